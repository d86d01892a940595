/*
 * libvirt-storage.c: public entry points for storage pools
 *
 * Every entry point resets the thread's last error, checks its object and
 * arguments as libvirt does (virlibcheck.h, datatypes.h), dispatches to
 * the connection's driver table and, on failure, dispatches the error
 * (virDispatchError). The calls are documented in include/libvirt.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "datatypes.h"
#include "internal.h"
#include "libvirt-error.h"
#include "virlibcheck.h"
#include "virlog.h"
#include "viruuid.h"

#define VIR_FROM_THIS VIR_FROM_STORAGE

VIR_LOG_INIT("lib.storage");


virConnect *
virStoragePoolGetConnect(virStoragePool *pool)
{
    VIR_DEBUG("pool=%p", pool);

    virResetLastError();
    if (!virCheckStoragePool(pool))
        return NULL;
    return pool->conn;
}


int
virStoragePoolRef(virStoragePool *pool)
{
    VIR_DEBUG("pool=%p", pool);

    virResetLastError();
    if (!virCheckStoragePool(pool))
        return -1;
    virObjectRef(pool);
    return 0;
}


int
virStoragePoolFree(virStoragePool *pool)
{
    VIR_DEBUG("pool=%p", pool);

    virResetLastError();
    if (!virCheckStoragePool(pool))
        return -1;
    virObjectUnref(pool);
    return 0;
}


const char *
virStoragePoolGetName(virStoragePool *pool)
{
    VIR_DEBUG("pool=%p", pool);

    virResetLastError();
    if (!virCheckStoragePool(pool))
        return NULL;
    return pool->name;
}


int
virStoragePoolGetUUID(virStoragePool *pool, unsigned char *uuid)
{
    VIR_DEBUG("pool=%p, uuid=%p", pool, uuid);

    virResetLastError();
    if (!virCheckStoragePool(pool))
        return -1;
    if (!virCheckNonNullArg(uuid)) {
        virDispatchError(pool->conn);
        return -1;
    }
    memcpy(uuid, pool->uuid, VIR_UUID_BUFLEN);
    return 0;
}


int
virStoragePoolGetUUIDString(virStoragePool *pool, char *buf)
{
    VIR_DEBUG("pool=%p, buf=%p", pool, buf);

    virResetLastError();
    if (!virCheckStoragePool(pool))
        return -1;
    if (!virCheckNonNullArg(buf)) {
        virDispatchError(pool->conn);
        return -1;
    }
    virUUIDFormat(pool->uuid, buf);
    return 0;
}


virStoragePool *
virStoragePoolLookupByUUIDString(virConnect *conn, const char *uuidstr)
{
    unsigned char uuid[VIR_UUID_BUFLEN];

    VIR_DEBUG("conn=%p, uuidstr=%s", conn, NULLSTR(uuidstr));

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckNonNullArg(uuidstr))
        goto error;
    if (virUUIDParse(uuidstr, uuid) < 0) {
        virReportInvalidArg(uuidstr, _("uuidstr in %1$s must be a valid UUID"), __func__);
        goto error;
    }
    return virStoragePoolLookupByUUID(conn, uuid);

error:
    virDispatchError(conn);
    return NULL;
}


int
virConnectNumOfStoragePools(virConnect *conn)
{
    int ret;

    VIR_DEBUG("conn=%p", conn);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!conn->storageDriver || !conn->storageDriver->connectNumOfStoragePools) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->connectNumOfStoragePools(conn);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectListStoragePools(virConnect *conn, char **const names, int maxnames)
{
    int ret;

    VIR_DEBUG("conn=%p, names=%p, maxnames=%d", conn, names, maxnames);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!virCheckNonNullArg(names))
        goto error;
    if (!virCheckNonNegativeArg(maxnames))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->connectListStoragePools) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->connectListStoragePools(conn, names, maxnames);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectNumOfDefinedStoragePools(virConnect *conn)
{
    int ret;

    VIR_DEBUG("conn=%p", conn);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!conn->storageDriver || !conn->storageDriver->connectNumOfDefinedStoragePools) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->connectNumOfDefinedStoragePools(conn);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectListDefinedStoragePools(virConnect *conn, char **const names, int maxnames)
{
    int ret;

    VIR_DEBUG("conn=%p, names=%p, maxnames=%d", conn, names, maxnames);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!virCheckNonNullArg(names))
        goto error;
    if (!virCheckNonNegativeArg(maxnames))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->connectListDefinedStoragePools) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->connectListDefinedStoragePools(conn, names, maxnames);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectListAllStoragePools(virConnect *conn, virStoragePool ***pools, unsigned int flags)
{
    int ret;

    VIR_DEBUG("conn=%p, pools=%p, flags=0x%x", conn, pools, flags);

    virResetLastError();
    if (pools)
        *pools = NULL;
    if (!virCheckConnect(conn))
        return -1;
    if (!conn->storageDriver || !conn->storageDriver->connectListAllStoragePools) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->connectListAllStoragePools(conn, pools, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


char *
virConnectFindStoragePoolSources(virConnect *conn,
                                 const char *type,
                                 const char *srcSpec,
                                 unsigned int flags)
{
    char *ret;

    VIR_DEBUG("conn=%p, type=%s, srcSpec=%s, flags=0x%x", conn, NULLSTR(type), NULLSTR(srcSpec),
              flags);

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckNonNullArg(type))
        goto error;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->connectFindStoragePoolSources) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->connectFindStoragePoolSources(conn, type, srcSpec, flags);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


virStoragePool *
virStoragePoolLookupByName(virConnect *conn, const char *name)
{
    virStoragePool *ret;

    VIR_DEBUG("conn=%p, name=%s", conn, NULLSTR(name));

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckNonNullArg(name))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storagePoolLookupByName) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storagePoolLookupByName(conn, name);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


virStoragePool *
virStoragePoolLookupByUUID(virConnect *conn, const unsigned char *uuid)
{
    virStoragePool *ret;

    VIR_DEBUG("conn=%p, uuid=%p", conn, uuid);

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckNonNullArg(uuid))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storagePoolLookupByUUID) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storagePoolLookupByUUID(conn, uuid);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


virStoragePool *
virStoragePoolLookupByVolume(virStorageVol *vol)
{
    virConnect *conn = NULL;
    virStoragePool *ret;

    VIR_DEBUG("vol=%p", vol);

    virResetLastError();
    if (!virCheckStorageVol(vol))
        return NULL;
    conn = vol->conn;
    if (!conn->storageDriver || !conn->storageDriver->storagePoolLookupByVolume) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storagePoolLookupByVolume(vol);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


virStoragePool *
virStoragePoolLookupByTargetPath(virConnect *conn, const char *path)
{
    virStoragePool *ret;

    VIR_DEBUG("conn=%p, path=%s", conn, NULLSTR(path));

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckNonNullArg(path))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storagePoolLookupByTargetPath) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storagePoolLookupByTargetPath(conn, path);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


virStoragePool *
virStoragePoolCreateXML(virConnect *conn, const char *xmlDesc, unsigned int flags)
{
    virStoragePool *ret;

    VIR_DEBUG("conn=%p, xmlDesc=%s, flags=0x%x", conn, NULLSTR(xmlDesc), flags);

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckNonNullArg(xmlDesc))
        goto error;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storagePoolCreateXML) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storagePoolCreateXML(conn, xmlDesc, flags);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


virStoragePool *
virStoragePoolDefineXML(virConnect *conn, const char *xml, unsigned int flags)
{
    virStoragePool *ret;

    VIR_DEBUG("conn=%p, xml=%s, flags=0x%x", conn, NULLSTR(xml), flags);

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckNonNullArg(xml))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storagePoolDefineXML) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storagePoolDefineXML(conn, xml, flags);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


int
virStoragePoolBuild(virStoragePool *pool, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("pool=%p, flags=0x%x", pool, flags);

    virResetLastError();
    if (!virCheckStoragePool(pool))
        return -1;
    conn = pool->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storagePoolBuild) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storagePoolBuild(pool, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virStoragePoolUndefine(virStoragePool *pool)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("pool=%p", pool);

    virResetLastError();
    if (!virCheckStoragePool(pool))
        return -1;
    conn = pool->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storagePoolUndefine) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storagePoolUndefine(pool);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virStoragePoolCreate(virStoragePool *pool, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("pool=%p, flags=0x%x", pool, flags);

    virResetLastError();
    if (!virCheckStoragePool(pool))
        return -1;
    conn = pool->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storagePoolCreate) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storagePoolCreate(pool, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virStoragePoolDestroy(virStoragePool *pool)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("pool=%p", pool);

    virResetLastError();
    if (!virCheckStoragePool(pool))
        return -1;
    conn = pool->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storagePoolDestroy) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storagePoolDestroy(pool);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virStoragePoolDelete(virStoragePool *pool, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("pool=%p, flags=0x%x", pool, flags);

    virResetLastError();
    if (!virCheckStoragePool(pool))
        return -1;
    conn = pool->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storagePoolDelete) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storagePoolDelete(pool, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virStoragePoolRefresh(virStoragePool *pool, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("pool=%p, flags=0x%x", pool, flags);

    virResetLastError();
    if (!virCheckStoragePool(pool))
        return -1;
    conn = pool->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storagePoolRefresh) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storagePoolRefresh(pool, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virStoragePoolGetInfo(virStoragePool *pool, virStoragePoolInfo *info)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("pool=%p, info=%p", pool, info);

    virResetLastError();
    if (!virCheckStoragePool(pool))
        return -1;
    conn = pool->conn;
    if (!virCheckNonNullArg(info))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storagePoolGetInfo) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storagePoolGetInfo(pool, info);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


char *
virStoragePoolGetXMLDesc(virStoragePool *pool, unsigned int flags)
{
    virConnect *conn = NULL;
    char *ret;

    VIR_DEBUG("pool=%p, flags=0x%x", pool, flags);

    virResetLastError();
    if (!virCheckStoragePool(pool))
        return NULL;
    conn = pool->conn;
    if (!conn->storageDriver || !conn->storageDriver->storagePoolGetXMLDesc) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storagePoolGetXMLDesc(pool, flags);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


int
virStoragePoolGetAutostart(virStoragePool *pool, int *autostart)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("pool=%p, autostart=%p", pool, autostart);

    virResetLastError();
    if (!virCheckStoragePool(pool))
        return -1;
    conn = pool->conn;
    if (!virCheckNonNullArg(autostart))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storagePoolGetAutostart) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storagePoolGetAutostart(pool, autostart);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virStoragePoolSetAutostart(virStoragePool *pool, int autostart)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("pool=%p, autostart=%d", pool, autostart);

    virResetLastError();
    if (!virCheckStoragePool(pool))
        return -1;
    conn = pool->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storagePoolSetAutostart) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storagePoolSetAutostart(pool, autostart);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virStoragePoolNumOfVolumes(virStoragePool *pool)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("pool=%p", pool);

    virResetLastError();
    if (!virCheckStoragePool(pool))
        return -1;
    conn = pool->conn;
    if (!conn->storageDriver || !conn->storageDriver->storagePoolNumOfVolumes) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storagePoolNumOfVolumes(pool);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virStoragePoolListVolumes(virStoragePool *pool, char **const names, int maxnames)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("pool=%p, names=%p, maxnames=%d", pool, names, maxnames);

    virResetLastError();
    if (!virCheckStoragePool(pool))
        return -1;
    conn = pool->conn;
    if (!virCheckNonNullArg(names))
        goto error;
    if (!virCheckNonNegativeArg(maxnames))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storagePoolListVolumes) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storagePoolListVolumes(pool, names, maxnames);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virStoragePoolListAllVolumes(virStoragePool *pool, virStorageVol ***vols, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("pool=%p, vols=%p, flags=0x%x", pool, vols, flags);

    virResetLastError();
    if (vols)
        *vols = NULL;
    if (!virCheckStoragePool(pool))
        return -1;
    conn = pool->conn;
    if (!conn->storageDriver || !conn->storageDriver->storagePoolListAllVolumes) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storagePoolListAllVolumes(pool, vols, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virStoragePoolIsActive(virStoragePool *pool)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("pool=%p", pool);

    virResetLastError();
    if (!virCheckStoragePool(pool))
        return -1;
    conn = pool->conn;
    if (!conn->storageDriver || !conn->storageDriver->storagePoolIsActive) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storagePoolIsActive(pool);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virStoragePoolIsPersistent(virStoragePool *pool)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("pool=%p", pool);

    virResetLastError();
    if (!virCheckStoragePool(pool))
        return -1;
    conn = pool->conn;
    if (!conn->storageDriver || !conn->storageDriver->storagePoolIsPersistent) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storagePoolIsPersistent(pool);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectStoragePoolEventRegisterAny(virConnect *conn,
                                      virStoragePool *pool,
                                      int eventID,
                                      virConnectStoragePoolEventGenericCallback cb,
                                      void *opaque,
                                      virFreeCallback freecb)
{
    int ret;

    VIR_DEBUG("conn=%p, pool=%p, eventID=%d, cb=%p, opaque=%p, freecb=%p", conn, pool, eventID,
              (void *)cb, opaque, (void *)freecb);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (pool) {
        if (!virCheckStoragePoolArg(pool))
            goto error;
        if (pool->conn != conn) {
            virReportInvalidArg(pool, _("storage pool '%1$s' in %2$s must match connection"),
                                pool->name, __func__);
            goto error;
        }
    }
    if (!virCheckNonNullArg(cb))
        goto error;
    if (!virCheckNonNegativeArg(eventID))
        goto error;
    if (eventID >= VIR_STORAGE_POOL_EVENT_ID_LAST) {
        virReportInvalidArg(eventID, _("eventID in %1$s must be less than %2$d"), __func__,
                            VIR_STORAGE_POOL_EVENT_ID_LAST);
        goto error;
    }
    if (!conn->storageDriver || !conn->storageDriver->connectStoragePoolEventRegisterAny) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->connectStoragePoolEventRegisterAny(conn, pool, eventID, cb, opaque,
                                                                  freecb);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectStoragePoolEventDeregisterAny(virConnect *conn, int callbackID)
{
    int ret;

    VIR_DEBUG("conn=%p, callbackID=%d", conn, callbackID);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!virCheckNonNegativeArg(callbackID))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->connectStoragePoolEventDeregisterAny) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->connectStoragePoolEventDeregisterAny(conn, callbackID);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}
