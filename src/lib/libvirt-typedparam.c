/*
 * libvirt-typedparam.c: the typed parameter helpers of the public API
 *
 * Arrays of virTypedParameter that applications build (virTypedParamsAdd*)
 * and read (virTypedParamsGet*), with libvirt's semantics and messages.
 * Arrays and strings are allocated with the system allocator (GLib's
 * allocator is malloc), so applications may free them with free().
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include <string.h>

#include "datatypes.h"
#include "libvirt-error.h"
#include "virlibcheck.h"

#define VIR_FROM_THIS VIR_FROM_NONE

/* Type names used in libvirt's messages, by virTypedParameterType. */
static const char *const virTypedParamTypeNames[] = {
    [VIR_TYPED_PARAM_INT] = "int",       [VIR_TYPED_PARAM_UINT] = "uint",
    [VIR_TYPED_PARAM_LLONG] = "llong",   [VIR_TYPED_PARAM_ULLONG] = "ullong",
    [VIR_TYPED_PARAM_DOUBLE] = "double", [VIR_TYPED_PARAM_BOOLEAN] = "boolean",
    [VIR_TYPED_PARAM_STRING] = "string",
};


static const char *
virTypedParamTypeName(int type)
{
    if (type <= 0 || type >= VIR_TYPED_PARAM_LAST)
        return NULL;
    return virTypedParamTypeNames[type];
}


virTypedParameterPtr
virTypedParamsGet(virTypedParameterPtr params, int nparams, const char *name)
{
    int i;

    virResetLastError();
    if (!params || !name)
        return NULL;
    for (i = 0; i < nparams; i++) {
        if (g_str_equal(params[i].field, name))
            return params + i;
    }
    return NULL;
}


/*
 * Finds @name for a typed getter: returns 1 with *@param set, 0 when
 * absent, -1 (error dispatched) when it has a type other than @type.
 */
static int
virTypedParamsFind(virTypedParameterPtr params,
                   int nparams,
                   const char *name,
                   int type,
                   virTypedParameterPtr *param)
{
    virResetLastError();
    if (!(*param = virTypedParamsGet(params, nparams, name)))
        return 0;
    if ((*param)->type != type) {
        virReportError(
            VIR_ERR_INVALID_ARG,
            _("Invalid type '%1$s' requested for parameter '%2$s', actual type is '%3$s'"),
            virTypedParamTypeName(type), name, NULLSTR(virTypedParamTypeName((*param)->type)));
        virDispatchError(NULL);
        return -1;
    }
    return 1;
}


int
virTypedParamsGetInt(virTypedParameterPtr params, int nparams, const char *name, int *value)
{
    virTypedParameterPtr param;
    int rc = virTypedParamsFind(params, nparams, name, VIR_TYPED_PARAM_INT, &param);

    if (rc == 1 && value)
        *value = param->value.i;
    return rc;
}


int
virTypedParamsGetUInt(virTypedParameterPtr params,
                      int nparams,
                      const char *name,
                      unsigned int *value)
{
    virTypedParameterPtr param;
    int rc = virTypedParamsFind(params, nparams, name, VIR_TYPED_PARAM_UINT, &param);

    if (rc == 1 && value)
        *value = param->value.ui;
    return rc;
}


int
virTypedParamsGetLLong(virTypedParameterPtr params, int nparams, const char *name, long long *value)
{
    virTypedParameterPtr param;
    int rc = virTypedParamsFind(params, nparams, name, VIR_TYPED_PARAM_LLONG, &param);

    if (rc == 1 && value)
        *value = param->value.l;
    return rc;
}


int
virTypedParamsGetULLong(virTypedParameterPtr params,
                        int nparams,
                        const char *name,
                        unsigned long long *value)
{
    virTypedParameterPtr param;
    int rc = virTypedParamsFind(params, nparams, name, VIR_TYPED_PARAM_ULLONG, &param);

    if (rc == 1 && value)
        *value = param->value.ul;
    return rc;
}


int
virTypedParamsGetDouble(virTypedParameterPtr params, int nparams, const char *name, double *value)
{
    virTypedParameterPtr param;
    int rc = virTypedParamsFind(params, nparams, name, VIR_TYPED_PARAM_DOUBLE, &param);

    if (rc == 1 && value)
        *value = param->value.d;
    return rc;
}


int
virTypedParamsGetBoolean(virTypedParameterPtr params, int nparams, const char *name, int *value)
{
    virTypedParameterPtr param;
    int rc = virTypedParamsFind(params, nparams, name, VIR_TYPED_PARAM_BOOLEAN, &param);

    if (rc == 1 && value)
        *value = !!param->value.b;
    return rc;
}


int
virTypedParamsGetString(virTypedParameterPtr params,
                        int nparams,
                        const char *name,
                        const char **value)
{
    virTypedParameterPtr param;
    int rc = virTypedParamsFind(params, nparams, name, VIR_TYPED_PARAM_STRING, &param);

    if (rc == 1 && value)
        *value = param->value.s;
    return rc;
}


/*
 * Appends a parameter called @name of @type, its value still zero, to the
 * growable array; @unique refuses a name that is already present. Returns
 * the new parameter (the caller fills the value and then bumps
 * *@nparams), or NULL with an error reported (not dispatched).
 */
static virTypedParameterPtr
virTypedParamsAppend(virTypedParameterPtr *params,
                     int *nparams,
                     int *maxparams,
                     const char *name,
                     int type,
                     bool unique)
{
    virTypedParameterPtr param;

    if (!virCheckNonNullArg(params) || !virCheckNonNullArg(nparams) ||
        !virCheckNonNullArg(maxparams) || !virCheckNonNullArg(name) ||
        !virCheckNonNegativeArg(*nparams))
        return NULL;
    if (unique && virTypedParamsGet(*params, *nparams, name)) {
        virReportError(VIR_ERR_INVALID_ARG, _("Parameter '%1$s' is already set"), name);
        return NULL;
    }
    if (strlen(name) >= VIR_TYPED_PARAM_FIELD_LENGTH) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("Field name '%1$s' too long"), name);
        return NULL;
    }
    if (*nparams >= *maxparams) {
        int grow = MAX(*maxparams, 4);

        if (*maxparams > G_MAXINT / 2) {
            virReportError(VIR_ERR_OVERFLOW, "%s", _("too many typed parameters"));
            return NULL;
        }
        *params = g_renew(virTypedParameter, *params, *maxparams + grow);
        memset(*params + *maxparams, 0, sizeof(virTypedParameter) * grow);
        *maxparams += grow;
    }
    param = *params + *nparams;
    memset(param, 0, sizeof(*param));
    g_strlcpy(param->field, name, sizeof(param->field));
    param->type = type;
    return param;
}


int
virTypedParamsAddInt(
    virTypedParameterPtr *params, int *nparams, int *maxparams, const char *name, int value)
{
    virTypedParameterPtr param;

    virResetLastError();
    if (!(param =
              virTypedParamsAppend(params, nparams, maxparams, name, VIR_TYPED_PARAM_INT, true))) {
        virDispatchError(NULL);
        return -1;
    }
    param->value.i = value;
    (*nparams)++;
    return 0;
}


int
virTypedParamsAddUInt(virTypedParameterPtr *params,
                      int *nparams,
                      int *maxparams,
                      const char *name,
                      unsigned int value)
{
    virTypedParameterPtr param;

    virResetLastError();
    if (!(param =
              virTypedParamsAppend(params, nparams, maxparams, name, VIR_TYPED_PARAM_UINT, true))) {
        virDispatchError(NULL);
        return -1;
    }
    param->value.ui = value;
    (*nparams)++;
    return 0;
}


int
virTypedParamsAddLLong(
    virTypedParameterPtr *params, int *nparams, int *maxparams, const char *name, long long value)
{
    virTypedParameterPtr param;

    virResetLastError();
    if (!(param = virTypedParamsAppend(params, nparams, maxparams, name, VIR_TYPED_PARAM_LLONG,
                                       true))) {
        virDispatchError(NULL);
        return -1;
    }
    param->value.l = value;
    (*nparams)++;
    return 0;
}


int
virTypedParamsAddULLong(virTypedParameterPtr *params,
                        int *nparams,
                        int *maxparams,
                        const char *name,
                        unsigned long long value)
{
    virTypedParameterPtr param;

    virResetLastError();
    if (!(param = virTypedParamsAppend(params, nparams, maxparams, name, VIR_TYPED_PARAM_ULLONG,
                                       true))) {
        virDispatchError(NULL);
        return -1;
    }
    param->value.ul = value;
    (*nparams)++;
    return 0;
}


int
virTypedParamsAddDouble(
    virTypedParameterPtr *params, int *nparams, int *maxparams, const char *name, double value)
{
    virTypedParameterPtr param;

    virResetLastError();
    if (!(param = virTypedParamsAppend(params, nparams, maxparams, name, VIR_TYPED_PARAM_DOUBLE,
                                       true))) {
        virDispatchError(NULL);
        return -1;
    }
    param->value.d = value;
    (*nparams)++;
    return 0;
}


int
virTypedParamsAddBoolean(
    virTypedParameterPtr *params, int *nparams, int *maxparams, const char *name, int value)
{
    virTypedParameterPtr param;

    virResetLastError();
    if (!(param = virTypedParamsAppend(params, nparams, maxparams, name, VIR_TYPED_PARAM_BOOLEAN,
                                       true))) {
        virDispatchError(NULL);
        return -1;
    }
    param->value.b = !!value;
    (*nparams)++;
    return 0;
}


int
virTypedParamsAddString(
    virTypedParameterPtr *params, int *nparams, int *maxparams, const char *name, const char *value)
{
    virTypedParameterPtr param;

    virResetLastError();
    if (!virCheckNonNullArg(value) ||
        !(param = virTypedParamsAppend(params, nparams, maxparams, name, VIR_TYPED_PARAM_STRING,
                                       true))) {
        virDispatchError(NULL);
        return -1;
    }
    param->value.s = g_strdup(value);
    (*nparams)++;
    return 0;
}


int
virTypedParamsAddStringList(virTypedParameterPtr *params,
                            int *nparams,
                            int *maxparams,
                            const char *name,
                            const char **values)
{
    size_t i;

    virResetLastError();
    for (i = 0; values && values[i]; i++) {
        virTypedParameterPtr param;

        /* Repeating the name is the point of a string list. */
        if (!(param = virTypedParamsAppend(params, nparams, maxparams, name, VIR_TYPED_PARAM_STRING,
                                           false))) {
            virDispatchError(NULL);
            return -1;
        }
        param->value.s = g_strdup(values[i]);
        (*nparams)++;
    }
    return 0;
}


/*
 * Parses @value into @param (whose field and type are set), with
 * libvirt's messages. Returns 0, or -1 with an error reported.
 */
static int
virTypedParamParse(virTypedParameterPtr param, const char *name, const char *value)
{
    gint64 s = 0;
    guint64 u = 0;
    guint64 max;
    char *end = NULL;

    switch (param->type) {
    case VIR_TYPED_PARAM_INT:
    case VIR_TYPED_PARAM_LLONG:
        if (!g_ascii_string_to_signed(
                value, 10, param->type == VIR_TYPED_PARAM_INT ? G_MININT : G_MININT64,
                param->type == VIR_TYPED_PARAM_INT ? G_MAXINT : G_MAXINT64, &s, NULL))
            break;
        if (param->type == VIR_TYPED_PARAM_INT)
            param->value.i = (int)s;
        else
            param->value.l = s;
        return 0;
    case VIR_TYPED_PARAM_UINT:
    case VIR_TYPED_PARAM_ULLONG:
        max = param->type == VIR_TYPED_PARAM_UINT ? G_MAXUINT : G_MAXUINT64;
        if (!g_ascii_string_to_unsigned(value, 10, 0, max, &u, NULL))
            break;
        if (param->type == VIR_TYPED_PARAM_UINT)
            param->value.ui = (unsigned int)u;
        else
            param->value.ul = u;
        return 0;
    case VIR_TYPED_PARAM_DOUBLE:
        param->value.d = g_ascii_strtod(value, &end);
        if (!*value || *end)
            break;
        return 0;
    case VIR_TYPED_PARAM_BOOLEAN:
        if (g_ascii_strcasecmp(value, "true") == 0 || g_str_equal(value, "1")) {
            param->value.b = 1;
        } else if (g_ascii_strcasecmp(value, "false") == 0 || g_str_equal(value, "0")) {
            param->value.b = 0;
        } else {
            virReportError(VIR_ERR_INVALID_ARG, _("Invalid boolean value for field '%1$s'"), name);
            return -1;
        }
        return 0;
    case VIR_TYPED_PARAM_STRING:
        param->value.s = g_strdup(value);
        return 0;
    }
    virReportError(VIR_ERR_INVALID_ARG, _("Invalid value for field '%1$s': expected %2$s"), name,
                   param->type == VIR_TYPED_PARAM_INT      ? "int"
                   : param->type == VIR_TYPED_PARAM_UINT   ? "unsigned int"
                   : param->type == VIR_TYPED_PARAM_LLONG  ? "long long"
                   : param->type == VIR_TYPED_PARAM_ULLONG ? "unsigned long long"
                                                           : "double");
    return -1;
}


int
virTypedParamsAddFromString(virTypedParameterPtr *params,
                            int *nparams,
                            int *maxparams,
                            const char *name,
                            int type,
                            const char *value)
{
    virTypedParameterPtr param;

    virResetLastError();
    if (!virTypedParamTypeName(type)) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unexpected type %1$d for field %2$s"), type,
                       NULLSTR(name));
        goto error;
    }
    if (!value) {
        virReportError(VIR_ERR_INVALID_ARG, _("NULL value for field '%1$s'"), NULLSTR(name));
        goto error;
    }
    if (!(param = virTypedParamsAppend(params, nparams, maxparams, name, type, true)))
        goto error;
    if (virTypedParamParse(param, name, value) < 0) {
        memset(param, 0, sizeof(*param));
        goto error;
    }
    (*nparams)++;
    return 0;

error:
    virDispatchError(NULL);
    return -1;
}


void
virTypedParamsClear(virTypedParameterPtr params, int nparams)
{
    int i;

    if (!params)
        return;
    for (i = 0; i < nparams; i++) {
        if (params[i].type == VIR_TYPED_PARAM_STRING)
            g_clear_pointer(&params[i].value.s, g_free);
    }
}


void
virTypedParamsFree(virTypedParameterPtr params, int nparams)
{
    virTypedParamsClear(params, nparams);
    g_free(params);
}
