/*
 * remote_objects.c: object references on the wire <-> API handles
 *
 * Shared by the remote driver and the daemon dispatcher: both sides
 * rebuild handles from the wire references with the virGet*()
 * constructors (the driver behind the connection resolves them again by
 * UUID, name or key), and write handles back as references carrying the
 * current values (a domain's id is whatever the handle holds, which the
 * drivers keep current on the handles they return).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <limits.h>
#include <string.h>

#include <glib.h>

#include "remote_objects.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_RPC


virDomain *
remoteDomainFromWire(virConnect *conn, const remote_nonnull_domain *d)
{
    return virGetDomain(conn, d->name, d->uuid, d->id);
}


void
remoteDomainToWire(remote_nonnull_domain *d, virDomain *dom)
{
    d->name = g_strdup(dom->name);
    memcpy(d->uuid, dom->uuid, VIR_UUID_BUFLEN);
    d->id = dom->id;
}


virNetwork *
remoteNetworkFromWire(virConnect *conn, const remote_nonnull_network *n)
{
    return virGetNetwork(conn, n->name, n->uuid);
}


void
remoteNetworkToWire(remote_nonnull_network *n, virNetwork *net)
{
    n->name = g_strdup(net->name);
    memcpy(n->uuid, net->uuid, VIR_UUID_BUFLEN);
}


virStoragePool *
remoteStoragePoolFromWire(virConnect *conn, const remote_nonnull_storage_pool *p)
{
    return virGetStoragePool(conn, p->name, p->uuid, NULL, NULL);
}


void
remoteStoragePoolToWire(remote_nonnull_storage_pool *p, virStoragePool *pool)
{
    p->name = g_strdup(pool->name);
    memcpy(p->uuid, pool->uuid, VIR_UUID_BUFLEN);
}


virStorageVol *
remoteStorageVolFromWire(virConnect *conn, const remote_nonnull_storage_vol *v)
{
    return virGetStorageVol(conn, v->pool, v->name, v->key, NULL, NULL);
}


void
remoteStorageVolToWire(remote_nonnull_storage_vol *v, virStorageVol *vol)
{
    v->pool = g_strdup(vol->pool);
    v->name = g_strdup(vol->name);
    v->key = g_strdup(vol->key);
}


virSecret *
remoteSecretFromWire(virConnect *conn, const remote_nonnull_secret *s)
{
    return virGetSecret(conn, s->uuid, s->usageType, s->usageID);
}


void
remoteSecretToWire(remote_nonnull_secret *s, virSecret *secret)
{
    memcpy(s->uuid, secret->uuid, VIR_UUID_BUFLEN);
    s->usageType = secret->usageType;
    s->usageID = g_strdup(secret->usageID ? secret->usageID : "");
}


virDomainSnapshot *
remoteSnapshotFromWire(virConnect *conn, const remote_nonnull_domain_snapshot *s)
{
    g_autoptr(virDomain) dom = NULL;

    if (!(dom = remoteDomainFromWire(conn, &s->dom)))
        return NULL;
    /* the snapshot takes its own reference on @dom */
    return virGetDomainSnapshot(dom, s->name);
}


void
remoteSnapshotToWire(remote_nonnull_domain_snapshot *s, virDomainSnapshot *snap)
{
    s->name = g_strdup(snap->name);
    remoteDomainToWire(&s->dom, snap->domain);
}


/* Frees the first @n entries of a wire parameter array and the array. */
static void
remoteTypedParamsWireFree(virXDRTypedParam *val, uint32_t n)
{
    uint32_t i;

    for (i = 0; i < n; i++) {
        g_free(val[i].field);
        if (val[i].type == VIR_TYPED_PARAM_STRING)
            g_free(val[i].value.s);
    }
    g_free(val);
}


int
remoteTypedParamsToWire(virXDRArray *wire, virTypedParameterPtr params, int nparams)
{
    virXDRTypedParam *val;
    uint32_t n = 0;
    int i;

    wire->len = 0;
    wire->val = NULL;
    if (nparams <= 0 || !params)
        return 0;

    val = g_new0(virXDRTypedParam, nparams);
    for (i = 0; i < nparams; i++) {
        virTypedParameterPtr p = &params[i];
        virXDRTypedParam *w = &val[n];

        /* drivers may return sparse arrays: unset entries are skipped */
        if (p->type == 0)
            continue;
        w->field = g_strndup(p->field, VIR_TYPED_PARAM_FIELD_LENGTH);
        w->type = p->type;
        switch ((virTypedParameterType)p->type) {
        case VIR_TYPED_PARAM_INT:
            w->value.i = p->value.i;
            break;
        case VIR_TYPED_PARAM_UINT:
            w->value.ui = p->value.ui;
            break;
        case VIR_TYPED_PARAM_LLONG:
            w->value.l = p->value.l;
            break;
        case VIR_TYPED_PARAM_ULLONG:
            w->value.ul = p->value.ul;
            break;
        case VIR_TYPED_PARAM_DOUBLE:
            w->value.d = p->value.d;
            break;
        case VIR_TYPED_PARAM_BOOLEAN:
            w->value.i = p->value.b ? 1 : 0;
            break;
        case VIR_TYPED_PARAM_STRING:
            w->value.s = g_strdup(p->value.s ? p->value.s : "");
            break;
        case VIR_TYPED_PARAM_LAST:
        default:
            virReportError(VIR_ERR_RPC, _("unknown parameter type: %1$d"), p->type);
            g_free(w->field);
            remoteTypedParamsWireFree(val, n);
            return -1;
        }
        n++;
    }
    wire->val = val;
    wire->len = n;
    return 0;
}


/* Copies one wire parameter into @p; -1 with an error for a bad one. */
static int
remoteTypedParamFromWire(const virXDRTypedParam *w, virTypedParameterPtr p)
{
    if (!w->field || strlen(w->field) >= VIR_TYPED_PARAM_FIELD_LENGTH) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("parameter %1$s too big for destination"),
                       NULLSTR(w->field));
        return -1;
    }
    memcpy(p->field, w->field, strlen(w->field) + 1);
    p->type = w->type;
    switch ((virTypedParameterType)w->type) {
    case VIR_TYPED_PARAM_INT:
        p->value.i = w->value.i;
        break;
    case VIR_TYPED_PARAM_UINT:
        p->value.ui = w->value.ui;
        break;
    case VIR_TYPED_PARAM_LLONG:
        p->value.l = w->value.l;
        break;
    case VIR_TYPED_PARAM_ULLONG:
        p->value.ul = w->value.ul;
        break;
    case VIR_TYPED_PARAM_DOUBLE:
        p->value.d = w->value.d;
        break;
    case VIR_TYPED_PARAM_BOOLEAN:
        p->value.b = w->value.i != 0;
        break;
    case VIR_TYPED_PARAM_STRING:
        p->value.s = g_strdup(w->value.s ? w->value.s : "");
        break;
    case VIR_TYPED_PARAM_LAST:
    default:
        p->type = 0;
        virReportError(VIR_ERR_RPC, _("unknown parameter type: %1$d"), w->type);
        return -1;
    }
    return 0;
}


int
remoteTypedParamsFromWire(const virXDRArray *wire,
                          unsigned int max,
                          virTypedParameterPtr *params,
                          int *nparams)
{
    const virXDRTypedParam *val = wire->val;
    virTypedParameterPtr list;
    uint32_t i;

    if (wire->len > max || wire->len > INT_MAX) {
        virReportError(VIR_ERR_RPC, _("too many parameters '%1$u' for limit '%2$u'"), wire->len,
                       max);
        return -1;
    }
    list = g_new0(virTypedParameter, wire->len ? wire->len : 1);
    for (i = 0; i < wire->len; i++) {
        if (remoteTypedParamFromWire(&val[i], &list[i]) < 0) {
            virTypedParamsFree(list, (int)i + 1);
            return -1;
        }
    }
    *params = list;
    *nparams = (int)wire->len;
    return 0;
}
