/*
 * virjsonadd.c: building JSON objects from a list of typed key-value pairs
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include <glib.h>

#include "internal.h"
#include "virbitmap.h"
#include "virerror.h"
#include "virjsonadd.h"

#define VIR_FROM_THIS VIR_FROM_NONE


/* Reports a forbidden NULL (or, if @negative, negative) builder value. */
static int
virJSONValueObjectAddBadArg(const char *key, bool negative)
{
    if (negative)
        virReportError(VIR_ERR_INTERNAL_ERROR, _("argument key '%1$s' must not be negative"), key);
    else
        virReportError(VIR_ERR_INTERNAL_ERROR, _("argument key '%1$s' must not have null value"),
                       key);
    return -1;
}


/* Integer letters i j k z y (int) and I J K Z Y (long long). */
static int
virJSONValueObjectAddInteger(virJSONValue *obj, char type, const char *key, long long val)
{
    char lower = g_ascii_tolower(type);

    if (val < 0 && (lower == 'j' || lower == 'y'))
        return virJSONValueObjectAddBadArg(key, true);
    if (val == 0 && (lower == 'z' || lower == 'y'))
        return 0;
    if (val < 0 && lower == 'k')
        return 0;

    if (virJSONValueObjectAppendNumberLong(obj, key, val) < 0)
        return -1;
    return 1;
}


static int
virJSONValueObjectAddBitmap(virJSONValue *obj, char type, const char *key, virBitmap *map)
{
    g_autoptr(virJSONValue) array = NULL;
    ssize_t pos = -1;

    if (!map)
        return type == 'M' ? 0 : virJSONValueObjectAddBadArg(key, false);

    array = virJSONValueNewArray();
    while ((pos = virBitmapNextSetBit(map, pos)) >= 0) {
        g_autoptr(virJSONValue) bit = virJSONValueNewNumberLong(pos);

        if (virJSONValueArrayAppend(array, &bit) < 0)
            return -1;
    }

    if (virJSONValueObjectAppend(obj, key, &array) < 0)
        return -1;
    return 1;
}


/* Adds one "T:key" pair, reading its value from @args. Returns 1 if a
 * member was added, 0 if omitted, -1 on error. */
static int
virJSONValueObjectAddOne(virJSONValue *obj, char type, const char *key, va_list *args)
{
    const char *str;
    unsigned long long ull;
    virJSONValue **valptr;
    int rc;

    switch (type) {
    case 's':
    case 'S':
        if (!(str = va_arg(*args, const char *)))
            return type == 'S' ? 0 : virJSONValueObjectAddBadArg(key, false);
        rc = virJSONValueObjectAppendString(obj, key, str);
        break;
    case 'i':
    case 'j':
    case 'k':
    case 'z':
    case 'y':
        return virJSONValueObjectAddInteger(obj, type, key, va_arg(*args, int));
    case 'I':
    case 'J':
    case 'K':
    case 'Z':
    case 'Y':
        return virJSONValueObjectAddInteger(obj, type, key, va_arg(*args, long long));
    case 'u':
    case 'p':
        ull = va_arg(*args, unsigned int);
        if (ull == 0 && type == 'p')
            return 0;
        rc = virJSONValueObjectAppendNumberUlong(obj, key, ull);
        break;
    case 'U':
    case 'P':
        ull = va_arg(*args, unsigned long long);
        if (ull == 0 && type == 'P')
            return 0;
        rc = virJSONValueObjectAppendNumberUlong(obj, key, ull);
        break;
    case 'd':
        rc = virJSONValueObjectAppendNumberDouble(obj, key, va_arg(*args, double));
        break;
    case 'b':
    case 'B':
        /* bool is promoted to int when passed through "..." */
        if (!(rc = va_arg(*args, int)) && type == 'B')
            return 0;
        rc = virJSONValueObjectAppendBoolean(obj, key, rc != 0);
        break;
    case 'n':
        rc = virJSONValueObjectAppendNull(obj, key);
        break;
    case 'a':
    case 'A':
        valptr = va_arg(*args, virJSONValue **);
        if (!*valptr)
            return type == 'A' ? 0 : virJSONValueObjectAddBadArg(key, false);
        rc = virJSONValueObjectAppend(obj, key, valptr);
        break;
    case 'm':
    case 'M':
        return virJSONValueObjectAddBitmap(obj, type, key, va_arg(*args, virBitmap *));
    default:
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unsupported data type '%1$c' for arg '%2$s'"),
                       type, key - 2);
        return -1;
    }
    return rc < 0 ? -1 : 1;
}


int
virJSONValueObjectAddVArgs(virJSONValue **objptr, va_list args)
{
    g_autoptr(virJSONValue) newobj = NULL;
    virJSONValue *obj = *objptr;
    const char *key;
    va_list ap;
    int rc = 0;

    if (!obj)
        obj = newobj = virJSONValueNewObject();

    va_copy(ap, args);
    while ((key = va_arg(ap, const char *)) != NULL) {
        if (strlen(key) < 3 || key[1] != ':') {
            virReportError(VIR_ERR_INTERNAL_ERROR,
                           _("argument key '%1$s' is too short or malformed"), key);
            rc = -1;
            break;
        }
        if ((rc = virJSONValueObjectAddOne(obj, key[0], key + 2, &ap)) < 0)
            break;
    }
    va_end(ap);

    if (rc < 0)
        return -1;
    if (virJSONValueObjectKeysNumber(obj) == 0)
        return 0;
    if (newobj)
        *objptr = g_steal_pointer(&newobj);
    return 1;
}


int
virJSONValueObjectAdd(virJSONValue **objptr, ...)
{
    va_list args;
    int ret;

    va_start(args, objptr);
    ret = virJSONValueObjectAddVArgs(objptr, args);
    va_end(args);
    return ret;
}
