/*
 * datatypes.c: the objects behind the public handles
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include <string.h>

#include "datatypes.h"
#include "libvirt-error.h"
#include "virlibcheck.h"
#include "virlog.h"
#include "viruuid.h"

#define VIR_FROM_THIS VIR_FROM_NONE

VIR_LOG_INIT("lib.datatypes");

static virClass *virConnectClass;
static virClass *virDomainClass;
static virClass *virNetworkClass;
static virClass *virStoragePoolClass;
static virClass *virStorageVolClass;
static virClass *virSecretClass;
static virClass *virDomainSnapshotClass;
static virClass *virStreamClass;

static void virConnectDispose(void *obj);
static void virDomainDispose(void *obj);
static void virNetworkDispose(void *obj);
static void virStoragePoolDispose(void *obj);
static void virStorageVolDispose(void *obj);
static void virSecretDispose(void *obj);
static void virDomainSnapshotDispose(void *obj);
static void virStreamDispose(void *obj);


static int
virDataTypesOnceInit(void)
{
    virClass *lockable = virClassForObjectLockable();
    virClass *plain = virClassForObject();

    if (!lockable || !plain)
        return -1;
    if (!VIR_CLASS_NEW(virConnect, lockable) || !VIR_CLASS_NEW(virDomain, plain) ||
        !VIR_CLASS_NEW(virNetwork, plain) || !VIR_CLASS_NEW(virStoragePool, plain) ||
        !VIR_CLASS_NEW(virStorageVol, plain) || !VIR_CLASS_NEW(virSecret, plain) ||
        !VIR_CLASS_NEW(virDomainSnapshot, plain) || !VIR_CLASS_NEW(virStream, lockable))
        return -1;
    return 0;
}

VIR_ONCE_GLOBAL_INIT(virDataTypes);


virConnect *
virGetConnect(void)
{
    virConnect *conn;

    if (virDataTypesInitialize() < 0)
        return NULL;
    if (!(conn = virObjectLockableNew(virConnectClass)))
        return NULL;
    return conn;
}


static void
virConnectDispose(void *obj)
{
    virConnect *conn = obj;

    /* The driver is only set once its connectOpen accepted. */
    if (conn->driver && conn->driver->connectClose)
        conn->driver->connectClose(conn);
    virResetError(&conn->err);
    virURIFree(conn->uri);
}


/*
 * The checks shared by the constructors: the connection is valid and the
 * named arguments are not NULL. Reports in VIR_FROM_NONE, as libvirt's
 * datatypes.c does.
 */
static bool
virGetCheckConn(virConnect *conn, const char *funcname)
{
    if (virDataTypesInitialize() < 0)
        return false;
    return virCheckConnectFull(conn, false, VIR_FROM_THIS, __FILE__, funcname, __LINE__);
}


virDomain *
virGetDomain(virConnect *conn, const char *name, const unsigned char *uuid, int id)
{
    virDomain *dom;

    if (!virGetCheckConn(conn, __func__) || !virCheckNonNullArg(name) || !virCheckNonNullArg(uuid))
        return NULL;
    if (!(dom = virObjectNew(virDomainClass)))
        return NULL;
    dom->conn = virObjectRef(conn);
    dom->name = g_strdup(name);
    memcpy(dom->uuid, uuid, VIR_UUID_BUFLEN);
    dom->id = id;
    return dom;
}


static void
virDomainDispose(void *obj)
{
    virDomain *dom = obj;

    g_free(dom->name);
    virObjectUnref(dom->conn);
}


virNetwork *
virGetNetwork(virConnect *conn, const char *name, const unsigned char *uuid)
{
    virNetwork *net;

    if (!virGetCheckConn(conn, __func__) || !virCheckNonNullArg(name) || !virCheckNonNullArg(uuid))
        return NULL;
    if (!(net = virObjectNew(virNetworkClass)))
        return NULL;
    net->conn = virObjectRef(conn);
    net->name = g_strdup(name);
    memcpy(net->uuid, uuid, VIR_UUID_BUFLEN);
    return net;
}


static void
virNetworkDispose(void *obj)
{
    virNetwork *net = obj;

    g_free(net->name);
    virObjectUnref(net->conn);
}


virStoragePool *
virGetStoragePool(virConnect *conn,
                  const char *name,
                  const unsigned char *uuid,
                  void *privateData,
                  virFreeCallback freeFunc)
{
    virStoragePool *pool;

    if (!virGetCheckConn(conn, __func__) || !virCheckNonNullArg(name) || !virCheckNonNullArg(uuid))
        return NULL;
    if (!(pool = virObjectNew(virStoragePoolClass)))
        return NULL;
    pool->conn = virObjectRef(conn);
    pool->name = g_strdup(name);
    memcpy(pool->uuid, uuid, VIR_UUID_BUFLEN);
    pool->privateData = privateData;
    pool->privateDataFreeFunc = freeFunc;
    return pool;
}


static void
virStoragePoolDispose(void *obj)
{
    virStoragePool *pool = obj;

    if (pool->privateDataFreeFunc)
        pool->privateDataFreeFunc(pool->privateData);
    g_free(pool->name);
    virObjectUnref(pool->conn);
}


virStorageVol *
virGetStorageVol(virConnect *conn,
                 const char *pool,
                 const char *name,
                 const char *key,
                 void *privateData,
                 virFreeCallback freeFunc)
{
    virStorageVol *vol;

    if (!virGetCheckConn(conn, __func__) || !virCheckNonNullArg(pool) ||
        !virCheckNonNullArg(name) || !virCheckNonNullArg(key))
        return NULL;
    if (!(vol = virObjectNew(virStorageVolClass)))
        return NULL;
    vol->conn = virObjectRef(conn);
    vol->pool = g_strdup(pool);
    vol->name = g_strdup(name);
    vol->key = g_strdup(key);
    vol->privateData = privateData;
    vol->privateDataFreeFunc = freeFunc;
    return vol;
}


static void
virStorageVolDispose(void *obj)
{
    virStorageVol *vol = obj;

    if (vol->privateDataFreeFunc)
        vol->privateDataFreeFunc(vol->privateData);
    g_free(vol->key);
    g_free(vol->name);
    g_free(vol->pool);
    virObjectUnref(vol->conn);
}


virSecret *
virGetSecret(virConnect *conn, const unsigned char *uuid, int usageType, const char *usageID)
{
    virSecret *secret;

    if (!virGetCheckConn(conn, __func__) || !virCheckNonNullArg(uuid))
        return NULL;
    if (!(secret = virObjectNew(virSecretClass)))
        return NULL;
    secret->conn = virObjectRef(conn);
    memcpy(secret->uuid, uuid, VIR_UUID_BUFLEN);
    secret->usageType = usageType;
    secret->usageID = g_strdup(usageID ? usageID : "");
    return secret;
}


static void
virSecretDispose(void *obj)
{
    virSecret *secret = obj;

    g_free(secret->usageID);
    virObjectUnref(secret->conn);
}


virDomainSnapshot *
virGetDomainSnapshot(virDomain *domain, const char *name)
{
    virDomainSnapshot *snapshot;

    if (virDataTypesInitialize() < 0)
        return NULL;
    if (!virCheckDomainFull(domain, false, __FILE__, __func__, __LINE__) ||
        !virCheckNonNullArg(name))
        return NULL;
    if (!(snapshot = virObjectNew(virDomainSnapshotClass)))
        return NULL;
    snapshot->name = g_strdup(name);
    snapshot->domain = virObjectRef(domain);
    return snapshot;
}


static void
virDomainSnapshotDispose(void *obj)
{
    virDomainSnapshot *snapshot = obj;

    g_free(snapshot->name);
    virObjectUnref(snapshot->domain);
}


virStream *
virGetStream(virConnect *conn)
{
    virStream *st;

    if (!virGetCheckConn(conn, __func__))
        return NULL;
    if (!(st = virObjectLockableNew(virStreamClass)))
        return NULL;
    st->conn = virObjectRef(conn);
    return st;
}


static void
virStreamDispose(void *obj)
{
    virStream *st = obj;

    if (st->ff)
        st->ff(st->privateData);
    virObjectUnref(st->conn);
}


/* virObjectIsClass() with a class that may not exist yet (no object can). */
static bool
virObjectIsOf(void *obj, virClass *klass)
{
    return klass && virObjectIsClass(obj, klass);
}


bool
virObjectIsConnect(void *obj)
{
    return virObjectIsOf(obj, virConnectClass);
}


bool
virObjectIsDomain(void *obj)
{
    return virObjectIsOf(obj, virDomainClass);
}


bool
virObjectIsNetwork(void *obj)
{
    return virObjectIsOf(obj, virNetworkClass);
}


bool
virObjectIsStoragePool(void *obj)
{
    return virObjectIsOf(obj, virStoragePoolClass);
}


bool
virObjectIsStorageVol(void *obj)
{
    return virObjectIsOf(obj, virStorageVolClass);
}


bool
virObjectIsSecret(void *obj)
{
    return virObjectIsOf(obj, virSecretClass);
}


bool
virObjectIsDomainSnapshot(void *obj)
{
    return virObjectIsOf(obj, virDomainSnapshotClass);
}


bool
virObjectIsStream(void *obj)
{
    return virObjectIsOf(obj, virStreamClass);
}


/*
 * Reports an invalid object: @code with the function name as detail, and
 * dispatches when asked (see datatypes.h).
 */
static bool
virCheckFail(
    int domain, int code, bool dispatch, const char *filename, const char *funcname, size_t linenr)
{
    virReportErrorHelper(domain, code, filename, funcname, linenr, "%s", funcname);
    if (dispatch)
        virDispatchError(NULL);
    return false;
}


bool
virCheckConnectFull(virConnect *conn,
                    bool dispatch,
                    int domain,
                    const char *filename,
                    const char *funcname,
                    size_t linenr)
{
    if (virObjectIsConnect(conn))
        return true;
    return virCheckFail(domain, VIR_ERR_INVALID_CONN, dispatch, filename, funcname, linenr);
}


bool
virCheckDomainFull(
    virDomain *dom, bool dispatch, const char *filename, const char *funcname, size_t linenr)
{
    if (virObjectIsDomain(dom) && virObjectIsConnect(dom->conn))
        return true;
    return virCheckFail(VIR_FROM_DOM, VIR_ERR_INVALID_DOMAIN, dispatch, filename, funcname, linenr);
}


bool
virCheckNetworkFull(
    virNetwork *net, bool dispatch, const char *filename, const char *funcname, size_t linenr)
{
    if (virObjectIsNetwork(net) && virObjectIsConnect(net->conn))
        return true;
    return virCheckFail(VIR_FROM_NETWORK, VIR_ERR_INVALID_NETWORK, dispatch, filename, funcname,
                        linenr);
}


bool
virCheckStoragePoolFull(
    virStoragePool *pool, bool dispatch, const char *filename, const char *funcname, size_t linenr)
{
    if (virObjectIsStoragePool(pool) && virObjectIsConnect(pool->conn))
        return true;
    return virCheckFail(VIR_FROM_STORAGE, VIR_ERR_INVALID_STORAGE_POOL, dispatch, filename,
                        funcname, linenr);
}


bool
virCheckStorageVolFull(
    virStorageVol *vol, bool dispatch, const char *filename, const char *funcname, size_t linenr)
{
    if (virObjectIsStorageVol(vol) && virObjectIsConnect(vol->conn))
        return true;
    return virCheckFail(VIR_FROM_STORAGE, VIR_ERR_INVALID_STORAGE_VOL, dispatch, filename, funcname,
                        linenr);
}


bool
virCheckSecretFull(
    virSecret *secret, bool dispatch, const char *filename, const char *funcname, size_t linenr)
{
    if (virObjectIsSecret(secret) && virObjectIsConnect(secret->conn))
        return true;
    return virCheckFail(VIR_FROM_SECRET, VIR_ERR_INVALID_SECRET, dispatch, filename, funcname,
                        linenr);
}


bool
virCheckDomainSnapshotFull(virDomainSnapshot *snapshot,
                           bool dispatch,
                           const char *filename,
                           const char *funcname,
                           size_t linenr)
{
    if (virObjectIsDomainSnapshot(snapshot) && virObjectIsDomain(snapshot->domain) &&
        virObjectIsConnect(snapshot->domain->conn))
        return true;
    return virCheckFail(VIR_FROM_DOMAIN_SNAPSHOT, VIR_ERR_INVALID_DOMAIN_SNAPSHOT, dispatch,
                        filename, funcname, linenr);
}


bool
virCheckStreamFull(
    virStream *st, bool dispatch, const char *filename, const char *funcname, size_t linenr)
{
    if (virObjectIsStream(st) && virObjectIsConnect(st->conn))
        return true;
    return virCheckFail(VIR_FROM_STREAMS, VIR_ERR_INVALID_STREAM, dispatch, filename, funcname,
                        linenr);
}
