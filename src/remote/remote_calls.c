/*
 * remote_calls.c: generic calls for the object families of the remote driver
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "remote_calls.h"
#include "remote_driver_priv.h"
#include "virerror.h"
#include "virlog.h"
#include "virnetprotocol.h"

#define VIR_FROM_THIS VIR_FROM_REMOTE

VIR_LOG_INIT("remote.remote_calls");


static const virNetProcedure *
remoteProcLookup(int proc)
{
    const virNetProcedure *p = virNetProgramDefLookup(&remoteProgramDef, proc);

    if (!p)
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unknown remote procedure %1$d"), proc);
    return p;
}


virConnect *
remoteObjConn(void *obj)
{
    if (virObjectIsDomain(obj))
        return ((virDomain *)obj)->conn;
    if (virObjectIsNetwork(obj))
        return ((virNetwork *)obj)->conn;
    if (virObjectIsStoragePool(obj))
        return ((virStoragePool *)obj)->conn;
    if (virObjectIsStorageVol(obj))
        return ((virStorageVol *)obj)->conn;
    if (virObjectIsSecret(obj))
        return ((virSecret *)obj)->conn;
    if (virObjectIsDomainSnapshot(obj))
        return ((virDomainSnapshot *)obj)->domain->conn;
    return NULL;
}


/* Fills the wire reference @wire (described by @sub) from the handle @obj. */
static bool
remoteRefToWire(const virXDRStruct *sub, void *wire, void *obj)
{
    if (virObjectIsDomain(obj) && sub == &remote_nonnull_domain_desc)
        remoteDomainToWire(wire, obj);
    else if (virObjectIsNetwork(obj) && sub == &remote_nonnull_network_desc)
        remoteNetworkToWire(wire, obj);
    else if (virObjectIsStoragePool(obj) && sub == &remote_nonnull_storage_pool_desc)
        remoteStoragePoolToWire(wire, obj);
    else if (virObjectIsStorageVol(obj) && sub == &remote_nonnull_storage_vol_desc)
        remoteStorageVolToWire(wire, obj);
    else if (virObjectIsSecret(obj) && sub == &remote_nonnull_secret_desc)
        remoteSecretToWire(wire, obj);
    else if (virObjectIsDomainSnapshot(obj) && sub == &remote_nonnull_domain_snapshot_desc)
        remoteSnapshotToWire(wire, obj);
    else
        return false;
    return true;
}


/* Returns a new handle of @conn for the wire reference @wire described by
 * @sub, or NULL with an error. */
static void *
remoteRefFromWire(virConnect *conn, const virXDRStruct *sub, const void *wire)
{
    if (sub == &remote_nonnull_domain_desc)
        return remoteDomainFromWire(conn, wire);
    if (sub == &remote_nonnull_network_desc)
        return remoteNetworkFromWire(conn, wire);
    if (sub == &remote_nonnull_storage_pool_desc)
        return remoteStoragePoolFromWire(conn, wire);
    if (sub == &remote_nonnull_storage_vol_desc)
        return remoteStorageVolFromWire(conn, wire);
    if (sub == &remote_nonnull_secret_desc)
        return remoteSecretFromWire(conn, wire);
    if (sub == &remote_nonnull_domain_snapshot_desc)
        return remoteSnapshotFromWire(conn, wire);
    virReportError(VIR_ERR_INTERNAL_ERROR, _("unexpected object reference '%1$s'"),
                   sub ? sub->name : "");
    return NULL;
}


/* Stores the bytes or the typed parameters of @arg in the field @f at
 * @dst, checking the field's limit as libvirt's client does. */
static int
remoteArgStoreArray(const virXDRField *f, void *dst, const remoteArg *arg)
{
    virXDRArray *arr = dst;

    if (arg->kind == REMOTE_ARG_KIND_PARAMS) {
        if (f->max && arg->v.params.nparams > (int64_t)f->max) {
            virReportError(VIR_ERR_RPC, _("too many parameters '%1$d' for limit '%2$d'"),
                           arg->v.params.nparams, (int)f->max);
            return -1;
        }
        return remoteTypedParamsToWire(arr, arg->v.params.params, arg->v.params.nparams);
    }
    if (f->max && arg->v.bytes.len > f->max) {
        virReportError(VIR_ERR_RPC, _("%1$s length greater than maximum: %2$d > %3$d"), f->name,
                       (int)arg->v.bytes.len, (int)f->max);
        return -1;
    }
    arr->len = arg->v.bytes.len;
    arr->val = g_memdup2(arg->v.bytes.data, arg->v.bytes.len);
    return 0;
}


/* The kind of argument a field of type @type takes. */
static int
remoteArgKindOf(virXDRType type)
{
    switch (type) {
    case VIR_XDR_INT:
    case VIR_XDR_CHAR:
        return REMOTE_ARG_KIND_INT;
    case VIR_XDR_UINT:
    case VIR_XDR_UCHAR:
        return REMOTE_ARG_KIND_UINT;
    case VIR_XDR_HYPER:
        return REMOTE_ARG_KIND_HYPER;
    case VIR_XDR_UHYPER:
        return REMOTE_ARG_KIND_UHYPER;
    case VIR_XDR_STRING:
    case VIR_XDR_OPT_STRING:
        return REMOTE_ARG_KIND_STRING;
    case VIR_XDR_OPAQUE_FIXED:
        return REMOTE_ARG_KIND_UUID;
    case VIR_XDR_STRUCT:
        return REMOTE_ARG_KIND_OBJECT;
    case VIR_XDR_OPAQUE:
        return REMOTE_ARG_KIND_BYTES;
    case VIR_XDR_TYPED_PARAMS:
        return REMOTE_ARG_KIND_PARAMS;
    case VIR_XDR_DOUBLE:
    case VIR_XDR_CHARS_FIXED:
    case VIR_XDR_CHARS:
    case VIR_XDR_OPT_STRUCT:
    case VIR_XDR_ARRAY:
        break;
    }
    return -1;
}


/* Stores @arg in the field @f of the argument struct @data of @p. */
static int
remoteArgStore(const virNetProcedure *p, const virXDRField *f, char *data, const remoteArg *arg)
{
    void *dst = data + f->offset;

    if (remoteArgKindOf(f->type) != (int)arg->kind ||
        (f->type == VIR_XDR_OPAQUE_FIXED && f->max != VIR_UUID_BUFLEN)) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("wrong kind of value for argument '%1$s' of procedure %2$s"), f->name,
                       p->name);
        return -1;
    }

    switch (arg->kind) {
    case REMOTE_ARG_KIND_INT:
        *(int32_t *)dst = arg->v.i;
        break;
    case REMOTE_ARG_KIND_UINT:
        *(uint32_t *)dst = arg->v.u;
        break;
    case REMOTE_ARG_KIND_HYPER:
        *(int64_t *)dst = arg->v.i;
        break;
    case REMOTE_ARG_KIND_UHYPER:
        *(uint64_t *)dst = arg->v.u;
        break;
    case REMOTE_ARG_KIND_STRING:
        *(char **)dst = g_strdup(arg->v.s);
        break;
    case REMOTE_ARG_KIND_UUID:
        memcpy(dst, arg->v.uuid, VIR_UUID_BUFLEN);
        break;
    case REMOTE_ARG_KIND_OBJECT:
        if (!remoteRefToWire(f->sub, dst, arg->v.obj)) {
            virReportError(VIR_ERR_INTERNAL_ERROR,
                           _("wrong object for argument '%1$s' of procedure %2$s"), f->name,
                           p->name);
            return -1;
        }
        break;
    case REMOTE_ARG_KIND_BYTES:
    case REMOTE_ARG_KIND_PARAMS:
        return remoteArgStoreArray(f, dst, arg);
    }
    return 0;
}


/* remoteCallArgs(), or with @st non-NULL remoteStreamCall() on @st. */
static int
remoteCallArgsFull(
    virConnect *conn, virStream *st, int proc, const remoteArg *args, size_t nargs, void *ret)
{
    const virNetProcedure *p;
    g_autofree char *data = NULL;
    size_t nfields;
    size_t i;
    int rc = -1;

    if (!(p = remoteProcLookup(proc)))
        return -1;
    nfields = p->args ? p->args->nfields : 0;
    if (nargs != nfields) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("procedure %1$s takes %2$zu arguments, not %3$zu"),
                       p->name, nfields, nargs);
        return -1;
    }
    if (p->args) {
        data = g_malloc0(p->args->size);
        for (i = 0; i < nargs; i++) {
            if (remoteArgStore(p, &p->args->fields[i], data, &args[i]) < 0)
                goto cleanup;
        }
    }
    if (st)
        rc = remoteStreamCall(st, proc, data, ret);
    else
        rc = remoteCall(conn, proc, data, ret);

cleanup:
    virXDRFree(p->args, data);
    return rc;
}


int
remoteCallArgs(virConnect *conn, int proc, const remoteArg *args, size_t nargs, void *ret)
{
    return remoteCallArgsFull(conn, NULL, proc, args, nargs, ret);
}


int
remoteStreamCallArgs(virStream *st, int proc, const remoteArg *args, size_t nargs)
{
    return remoteCallArgsFull(st->conn, st, proc, args, nargs, NULL);
}


/*
 * Checks that @proc returns @nfields fields, the first of type @t1 or @t2,
 * and calls it into a new reply buffer (free it with remoteRetFree).
 * Returns the buffer, or NULL with an error; *@p is the procedure.
 */
static char *
remoteCallRet(virConnect *conn,
              int proc,
              const remoteArg *args,
              size_t nargs,
              virXDRType t1,
              virXDRType t2,
              size_t nfields,
              const virNetProcedure **p)
{
    g_autofree char *ret = NULL;
    const virXDRStruct *desc;

    if (!(*p = remoteProcLookup(proc)))
        return NULL;
    desc = (*p)->ret;
    if (!desc || desc->nfields != nfields ||
        (desc->fields[0].type != t1 && desc->fields[0].type != t2)) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("procedure %1$s does not return the expected value"), (*p)->name);
        return NULL;
    }
    ret = g_malloc0(desc->size);
    if (remoteCallArgs(conn, proc, args, nargs, ret) < 0)
        return NULL;
    return g_steal_pointer(&ret);
}


static void
remoteRetFree(int proc, char *ret)
{
    remoteFreeRet(proc, ret);
    g_free(ret);
}


int
remoteCallInt(virConnect *conn, int proc, const remoteArg *args, size_t nargs, int *value)
{
    const virNetProcedure *p = NULL;
    char *ret;

    if (!(ret = remoteCallRet(conn, proc, args, nargs, VIR_XDR_INT, VIR_XDR_UINT, 1, &p)))
        return -1;
    *value = *(int32_t *)(ret + p->ret->fields[0].offset);
    remoteRetFree(proc, ret);
    return 0;
}


int
remoteCallULLong(
    virConnect *conn, int proc, const remoteArg *args, size_t nargs, unsigned long long *value)
{
    const virNetProcedure *p = NULL;
    char *ret;

    if (!(ret = remoteCallRet(conn, proc, args, nargs, VIR_XDR_UHYPER, VIR_XDR_UHYPER, 1, &p)))
        return -1;
    *value = *(uint64_t *)(ret + p->ret->fields[0].offset);
    remoteRetFree(proc, ret);
    return 0;
}


char *
remoteCallString(virConnect *conn, int proc, const remoteArg *args, size_t nargs)
{
    const virNetProcedure *p = NULL;
    char *ret;
    char *s;

    if (!(ret = remoteCallRet(conn, proc, args, nargs, VIR_XDR_STRING, VIR_XDR_STRING, 1, &p)))
        return NULL;
    s = g_steal_pointer((char **)(ret + p->ret->fields[0].offset));
    remoteRetFree(proc, ret);
    return s;
}


void *
remoteCallObject(virConnect *conn, int proc, const remoteArg *args, size_t nargs)
{
    const virNetProcedure *p = NULL;
    char *ret;
    void *obj;

    if (!(ret = remoteCallRet(conn, proc, args, nargs, VIR_XDR_STRUCT, VIR_XDR_STRUCT, 1, &p)))
        return NULL;
    obj = remoteRefFromWire(conn, p->ret->fields[0].sub, ret + p->ret->fields[0].offset);
    remoteRetFree(proc, ret);
    return obj;
}


/* Reports libvirt's error for a list of @count values over @limit. */
static void
remoteReportTooMany(const virNetProcedure *p, const char *what, uint32_t count, int limit)
{
    virReportError(VIR_ERR_RPC,
                   _("too many remote %1$ss: %2$d > %3$d,in parameter '%4$s' for '%5$s'"), what,
                   (int)count, limit, p->ret->fields[0].name, p->api ? p->api : p->name);
}


/* Whether @f is an array of strings, stored as char * elements. */
static bool
remoteFieldIsStrings(const virXDRField *f)
{
    return f->sub && f->sub->size == sizeof(char *) && f->sub->nfields == 1 &&
           f->sub->fields[0].type == VIR_XDR_STRING && f->sub->fields[0].offset == 0;
}


int
remoteCallNames(
    virConnect *conn, int proc, const remoteArg *args, size_t nargs, char **names, int maxnames)
{
    const virNetProcedure *p = NULL;
    const virXDRField *f;
    virXDRArray *arr;
    char *ret = NULL;
    size_t i;
    int rv = -1;

    if (!(p = remoteProcLookup(proc)))
        return -1;
    if (p->ret && p->ret->nfields == 1 && remoteFieldIsStrings(&p->ret->fields[0]) &&
        maxnames > (int64_t)p->ret->fields[0].max) {
        remoteReportTooMany(p, "string", maxnames, p->ret->fields[0].max);
        return -1;
    }
    if (!(ret = remoteCallRet(conn, proc, args, nargs, VIR_XDR_ARRAY, VIR_XDR_ARRAY, 1, &p)))
        return -1;
    f = &p->ret->fields[0];
    arr = (virXDRArray *)(ret + f->offset);
    if (!remoteFieldIsStrings(f)) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("procedure %1$s does not return names"), p->name);
    } else if (arr->len > (uint32_t)MAX(maxnames, 0)) {
        remoteReportTooMany(p, "string", arr->len, maxnames);
    } else {
        for (i = 0; i < arr->len; i++)
            names[i] = g_steal_pointer(&((char **)arr->val)[i]);
        rv = arr->len;
    }
    remoteRetFree(proc, ret);
    return rv;
}


/* Converts the @n wire references at @refs (described by @sub) into a
 * new NULL-terminated array of handles, or NULL with an error. */
static void **
remoteRefsFromWire(virConnect *conn, const virXDRStruct *sub, const char *refs, uint32_t n)
{
    g_autofree void **objs = g_new0(void *, n + 1);
    size_t i;

    for (i = 0; i < n; i++) {
        if (!(objs[i] = remoteRefFromWire(conn, sub, refs + i * sub->size))) {
            while (i-- > 0)
                virObjectUnref(objs[i]);
            return NULL;
        }
    }
    return g_steal_pointer(&objs);
}


int
remoteCallList(virConnect *conn, int proc, const remoteArg *args, size_t nargs, void ***objs)
{
    const virNetProcedure *p = NULL;
    const virXDRField *f;
    virXDRArray *arr;
    char *ret;
    int rv = -1;

    if (!(ret = remoteCallRet(conn, proc, args, nargs, VIR_XDR_ARRAY, VIR_XDR_ARRAY, 2, &p)))
        return -1;
    f = &p->ret->fields[0];
    arr = (virXDRArray *)(ret + f->offset);
    /* The decoder has enforced the array's protocol limit already. */
    if (!objs) {
        rv = *(int32_t *)(ret + p->ret->fields[1].offset);
    } else if ((*objs = remoteRefsFromWire(conn, f->sub, arr->val, arr->len))) {
        rv = *(int32_t *)(ret + p->ret->fields[1].offset);
    }
    remoteRetFree(proc, ret);
    return rv;
}


int
remoteObjVoid(void *obj, int proc)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(obj) };

    return remoteCallArgs(remoteObjConn(obj), proc, args, G_N_ELEMENTS(args), NULL);
}


int
remoteObjFlags(void *obj, int proc, unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(obj), REMOTE_ARG_UINT(flags) };

    return remoteCallArgs(remoteObjConn(obj), proc, args, G_N_ELEMENTS(args), NULL);
}


int
remoteObjStr(void *obj, int proc, const char *s)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(obj), REMOTE_ARG_STR(s) };

    return remoteCallArgs(remoteObjConn(obj), proc, args, G_N_ELEMENTS(args), NULL);
}


int
remoteObjStrFlags(void *obj, int proc, const char *s, unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(obj), REMOTE_ARG_STR(s), REMOTE_ARG_UINT(flags) };

    return remoteCallArgs(remoteObjConn(obj), proc, args, G_N_ELEMENTS(args), NULL);
}


int
remoteObjInt(void *obj, int proc)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(obj) };
    int value;

    if (remoteCallInt(remoteObjConn(obj), proc, args, G_N_ELEMENTS(args), &value) < 0)
        return -1;
    return value;
}


int
remoteObjFlagsInt(void *obj, int proc, unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(obj), REMOTE_ARG_UINT(flags) };
    int value;

    if (remoteCallInt(remoteObjConn(obj), proc, args, G_N_ELEMENTS(args), &value) < 0)
        return -1;
    return value;
}


char *
remoteObjString(void *obj, int proc)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(obj) };

    return remoteCallString(remoteObjConn(obj), proc, args, G_N_ELEMENTS(args));
}


char *
remoteObjFlagsString(void *obj, int proc, unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(obj), REMOTE_ARG_UINT(flags) };

    return remoteCallString(remoteObjConn(obj), proc, args, G_N_ELEMENTS(args));
}


void *
remoteObjFlagsObject(void *obj, int proc, unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(obj), REMOTE_ARG_UINT(flags) };

    return remoteCallObject(remoteObjConn(obj), proc, args, G_N_ELEMENTS(args));
}


void *
remoteObjStrObject(void *obj, int proc, const char *s)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(obj), REMOTE_ARG_STR(s) };

    return remoteCallObject(remoteObjConn(obj), proc, args, G_N_ELEMENTS(args));
}


void *
remoteObjStrFlagsObject(void *obj, int proc, const char *s, unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(obj), REMOTE_ARG_STR(s), REMOTE_ARG_UINT(flags) };

    return remoteCallObject(remoteObjConn(obj), proc, args, G_N_ELEMENTS(args));
}


int
remoteObjListAll(void *obj, int proc, void ***objs, unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(obj), REMOTE_ARG_INT(!!objs), REMOTE_ARG_UINT(flags) };

    return remoteCallList(remoteObjConn(obj), proc, args, G_N_ELEMENTS(args), objs);
}


int
remoteObjSetAutostart(void *obj, int proc, int autostart)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(obj), REMOTE_ARG_INT(autostart) };

    return remoteCallArgs(remoteObjConn(obj), proc, args, G_N_ELEMENTS(args), NULL);
}


int
remoteObjGetAutostart(void *obj, int proc, int *autostart)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(obj) };

    return remoteCallInt(remoteObjConn(obj), proc, args, G_N_ELEMENTS(args), autostart);
}


int
remoteConnNum(virConnect *conn, int proc)
{
    int value;

    if (remoteCallInt(conn, proc, NULL, 0, &value) < 0)
        return -1;
    return value;
}


int
remoteConnListNames(virConnect *conn, int proc, char **names, int maxnames)
{
    remoteArg args[] = { REMOTE_ARG_INT(maxnames) };

    return remoteCallNames(conn, proc, args, G_N_ELEMENTS(args), names, maxnames);
}


int
remoteConnListAll(virConnect *conn, int proc, void ***objs, unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_INT(!!objs), REMOTE_ARG_UINT(flags) };

    return remoteCallList(conn, proc, args, G_N_ELEMENTS(args), objs);
}


void *
remoteConnStrObject(virConnect *conn, int proc, const char *s)
{
    remoteArg args[] = { REMOTE_ARG_STR(s) };

    return remoteCallObject(conn, proc, args, G_N_ELEMENTS(args));
}


void *
remoteConnStrFlagsObject(virConnect *conn, int proc, const char *s, unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_STR(s), REMOTE_ARG_UINT(flags) };

    return remoteCallObject(conn, proc, args, G_N_ELEMENTS(args));
}


void *
remoteConnUUIDObject(virConnect *conn, int proc, const unsigned char *uuid)
{
    remoteArg args[] = { REMOTE_ARG_UUID(uuid) };

    return remoteCallObject(conn, proc, args, G_N_ELEMENTS(args));
}


char *
remoteConnStrFlagsString(virConnect *conn, int proc, const char *s, unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_STR(s), REMOTE_ARG_UINT(flags) };

    return remoteCallString(conn, proc, args, G_N_ELEMENTS(args));
}
