/*
 * remote_storage.c: the remote driver's storage pool and volume calls
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <stddef.h>

#include "remote_calls.h"
#include "remote_driver_priv.h"
#include "virerror.h"
#include "virlog.h"

#define VIR_FROM_THIS VIR_FROM_REMOTE

VIR_LOG_INIT("remote.remote_storage");


static int
remoteConnectNumOfStoragePools(virConnect *conn)
{
    return remoteConnNum(conn, REMOTE_PROC_CONNECT_NUM_OF_STORAGE_POOLS);
}


static int
remoteConnectListStoragePools(virConnect *conn, char **const names, int maxnames)
{
    return remoteConnListNames(conn, REMOTE_PROC_CONNECT_LIST_STORAGE_POOLS, names, maxnames);
}


static int
remoteConnectNumOfDefinedStoragePools(virConnect *conn)
{
    return remoteConnNum(conn, REMOTE_PROC_CONNECT_NUM_OF_DEFINED_STORAGE_POOLS);
}


static int
remoteConnectListDefinedStoragePools(virConnect *conn, char **const names, int maxnames)
{
    return remoteConnListNames(conn, REMOTE_PROC_CONNECT_LIST_DEFINED_STORAGE_POOLS, names,
                               maxnames);
}


static int
remoteConnectListAllStoragePools(virConnect *conn, virStoragePool ***pools, unsigned int flags)
{
    return remoteConnListAll(conn, REMOTE_PROC_CONNECT_LIST_ALL_STORAGE_POOLS, (void ***)pools,
                             flags);
}


static char *
remoteConnectFindStoragePoolSources(virConnect *conn,
                                    const char *type,
                                    const char *srcSpec,
                                    unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_STR(type), REMOTE_ARG_STR(srcSpec), REMOTE_ARG_UINT(flags) };

    return remoteCallString(conn, REMOTE_PROC_CONNECT_FIND_STORAGE_POOL_SOURCES, args,
                            G_N_ELEMENTS(args));
}


static virStoragePool *
remoteStoragePoolLookupByName(virConnect *conn, const char *name)
{
    return remoteConnStrObject(conn, REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_NAME, name);
}


static virStoragePool *
remoteStoragePoolLookupByUUID(virConnect *conn, const unsigned char *uuid)
{
    return remoteConnUUIDObject(conn, REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_UUID, uuid);
}


static virStoragePool *
remoteStoragePoolLookupByVolume(virStorageVol *vol)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(vol) };

    return remoteCallObject(vol->conn, REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_VOLUME, args,
                            G_N_ELEMENTS(args));
}


static virStoragePool *
remoteStoragePoolLookupByTargetPath(virConnect *conn, const char *path)
{
    return remoteConnStrObject(conn, REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_TARGET_PATH, path);
}


static virStoragePool *
remoteStoragePoolCreateXML(virConnect *conn, const char *xmlDesc, unsigned int flags)
{
    return remoteConnStrFlagsObject(conn, REMOTE_PROC_STORAGE_POOL_CREATE_XML, xmlDesc, flags);
}


static virStoragePool *
remoteStoragePoolDefineXML(virConnect *conn, const char *xmlDesc, unsigned int flags)
{
    return remoteConnStrFlagsObject(conn, REMOTE_PROC_STORAGE_POOL_DEFINE_XML, xmlDesc, flags);
}


static int
remoteStoragePoolBuild(virStoragePool *pool, unsigned int flags)
{
    return remoteObjFlags(pool, REMOTE_PROC_STORAGE_POOL_BUILD, flags);
}


static int
remoteStoragePoolUndefine(virStoragePool *pool)
{
    return remoteObjVoid(pool, REMOTE_PROC_STORAGE_POOL_UNDEFINE);
}


static int
remoteStoragePoolCreate(virStoragePool *pool, unsigned int flags)
{
    return remoteObjFlags(pool, REMOTE_PROC_STORAGE_POOL_CREATE, flags);
}


static int
remoteStoragePoolDestroy(virStoragePool *pool)
{
    return remoteObjVoid(pool, REMOTE_PROC_STORAGE_POOL_DESTROY);
}


static int
remoteStoragePoolDelete(virStoragePool *pool, unsigned int flags)
{
    return remoteObjFlags(pool, REMOTE_PROC_STORAGE_POOL_DELETE, flags);
}


static int
remoteStoragePoolRefresh(virStoragePool *pool, unsigned int flags)
{
    return remoteObjFlags(pool, REMOTE_PROC_STORAGE_POOL_REFRESH, flags);
}


static int
remoteStoragePoolGetInfo(virStoragePool *pool, virStoragePoolInfo *info)
{
    remote_storage_pool_get_info_ret ret = { 0 };
    remoteArg args[] = { REMOTE_ARG_OBJ(pool) };

    if (remoteCallArgs(pool->conn, REMOTE_PROC_STORAGE_POOL_GET_INFO, args, G_N_ELEMENTS(args),
                       &ret) < 0)
        return -1;
    info->state = ret.state;
    info->capacity = ret.capacity;
    info->allocation = ret.allocation;
    info->available = ret.available;
    remoteFreeRet(REMOTE_PROC_STORAGE_POOL_GET_INFO, &ret);
    return 0;
}


static char *
remoteStoragePoolGetXMLDesc(virStoragePool *pool, unsigned int flags)
{
    return remoteObjFlagsString(pool, REMOTE_PROC_STORAGE_POOL_GET_XML_DESC, flags);
}


static int
remoteStoragePoolGetAutostart(virStoragePool *pool, int *autostart)
{
    return remoteObjGetAutostart(pool, REMOTE_PROC_STORAGE_POOL_GET_AUTOSTART, autostart);
}


static int
remoteStoragePoolSetAutostart(virStoragePool *pool, int autostart)
{
    return remoteObjSetAutostart(pool, REMOTE_PROC_STORAGE_POOL_SET_AUTOSTART, autostart);
}


static int
remoteStoragePoolNumOfVolumes(virStoragePool *pool)
{
    return remoteObjInt(pool, REMOTE_PROC_STORAGE_POOL_NUM_OF_VOLUMES);
}


static int
remoteStoragePoolListVolumes(virStoragePool *pool, char **const names, int maxnames)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(pool), REMOTE_ARG_INT(maxnames) };

    return remoteCallNames(pool->conn, REMOTE_PROC_STORAGE_POOL_LIST_VOLUMES, args,
                           G_N_ELEMENTS(args), names, maxnames);
}


static int
remoteStoragePoolListAllVolumes(virStoragePool *pool, virStorageVol ***vols, unsigned int flags)
{
    return remoteObjListAll(pool, REMOTE_PROC_STORAGE_POOL_LIST_ALL_VOLUMES, (void ***)vols, flags);
}


static int
remoteStoragePoolIsActive(virStoragePool *pool)
{
    return remoteObjInt(pool, REMOTE_PROC_STORAGE_POOL_IS_ACTIVE);
}


static int
remoteStoragePoolIsPersistent(virStoragePool *pool)
{
    return remoteObjInt(pool, REMOTE_PROC_STORAGE_POOL_IS_PERSISTENT);
}


static virStorageVol *
remoteStorageVolLookupByName(virStoragePool *pool, const char *name)
{
    return remoteObjStrObject(pool, REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_NAME, name);
}


static virStorageVol *
remoteStorageVolLookupByKey(virConnect *conn, const char *key)
{
    return remoteConnStrObject(conn, REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_KEY, key);
}


static virStorageVol *
remoteStorageVolLookupByPath(virConnect *conn, const char *path)
{
    return remoteConnStrObject(conn, REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_PATH, path);
}


static virStorageVol *
remoteStorageVolCreateXML(virStoragePool *pool, const char *xmldesc, unsigned int flags)
{
    return remoteObjStrFlagsObject(pool, REMOTE_PROC_STORAGE_VOL_CREATE_XML, xmldesc, flags);
}


static virStorageVol *
remoteStorageVolCreateXMLFrom(virStoragePool *pool,
                              const char *xmldesc,
                              virStorageVol *clonevol,
                              unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(pool), REMOTE_ARG_STR(xmldesc), REMOTE_ARG_OBJ(clonevol),
                         REMOTE_ARG_UINT(flags) };

    return remoteCallObject(pool->conn, REMOTE_PROC_STORAGE_VOL_CREATE_XML_FROM, args,
                            G_N_ELEMENTS(args));
}


/* {vol, offset, length, flags} and a stream: STORAGE_VOL_UPLOAD/_DOWNLOAD. */
static int
remoteStorageVolTransfer(virStorageVol *vol,
                         int proc,
                         virStream *stream,
                         unsigned long long offset,
                         unsigned long long length,
                         unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(vol), REMOTE_ARG_UHYPER(offset), REMOTE_ARG_UHYPER(length),
                         REMOTE_ARG_UINT(flags) };

    return remoteStreamCallArgs(stream, proc, args, G_N_ELEMENTS(args));
}


static int
remoteStorageVolDownload(virStorageVol *vol,
                         virStream *stream,
                         unsigned long long offset,
                         unsigned long long length,
                         unsigned int flags)
{
    return remoteStorageVolTransfer(vol, REMOTE_PROC_STORAGE_VOL_DOWNLOAD, stream, offset, length,
                                    flags);
}


static int
remoteStorageVolUpload(virStorageVol *vol,
                       virStream *stream,
                       unsigned long long offset,
                       unsigned long long length,
                       unsigned int flags)
{
    return remoteStorageVolTransfer(vol, REMOTE_PROC_STORAGE_VOL_UPLOAD, stream, offset, length,
                                    flags);
}


static int
remoteStorageVolDelete(virStorageVol *vol, unsigned int flags)
{
    return remoteObjFlags(vol, REMOTE_PROC_STORAGE_VOL_DELETE, flags);
}


static int
remoteStorageVolWipe(virStorageVol *vol, unsigned int flags)
{
    return remoteObjFlags(vol, REMOTE_PROC_STORAGE_VOL_WIPE, flags);
}


static int
remoteStorageVolWipePattern(virStorageVol *vol, unsigned int algorithm, unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(vol), REMOTE_ARG_UINT(algorithm), REMOTE_ARG_UINT(flags) };

    return remoteCallArgs(vol->conn, REMOTE_PROC_STORAGE_VOL_WIPE_PATTERN, args, G_N_ELEMENTS(args),
                          NULL);
}


/* STORAGE_VOL_GET_INFO {vol} and STORAGE_VOL_GET_INFO_FLAGS {vol, flags}:
 * both reply {type, capacity, allocation}. */
static int
remoteStorageVolInfo(
    virStorageVol *vol, int proc, const remoteArg *args, size_t nargs, virStorageVolInfo *info)
{
    remote_storage_vol_get_info_flags_ret ret = { 0 };

    G_STATIC_ASSERT(sizeof(remote_storage_vol_get_info_ret) == sizeof(ret));
    G_STATIC_ASSERT(offsetof(remote_storage_vol_get_info_ret, allocation) ==
                    offsetof(remote_storage_vol_get_info_flags_ret, allocation));

    if (remoteCallArgs(vol->conn, proc, args, nargs, &ret) < 0)
        return -1;
    info->type = ret.type;
    info->capacity = ret.capacity;
    info->allocation = ret.allocation;
    remoteFreeRet(proc, &ret);
    return 0;
}


static int
remoteStorageVolGetInfo(virStorageVol *vol, virStorageVolInfo *info)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(vol) };

    return remoteStorageVolInfo(vol, REMOTE_PROC_STORAGE_VOL_GET_INFO, args, G_N_ELEMENTS(args),
                                info);
}


static int
remoteStorageVolGetInfoFlags(virStorageVol *vol, virStorageVolInfo *info, unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(vol), REMOTE_ARG_UINT(flags) };

    return remoteStorageVolInfo(vol, REMOTE_PROC_STORAGE_VOL_GET_INFO_FLAGS, args,
                                G_N_ELEMENTS(args), info);
}


static char *
remoteStorageVolGetXMLDesc(virStorageVol *vol, unsigned int flags)
{
    return remoteObjFlagsString(vol, REMOTE_PROC_STORAGE_VOL_GET_XML_DESC, flags);
}


static char *
remoteStorageVolGetPath(virStorageVol *vol)
{
    return remoteObjString(vol, REMOTE_PROC_STORAGE_VOL_GET_PATH);
}


static int
remoteStorageVolResize(virStorageVol *vol, unsigned long long capacity, unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(vol), REMOTE_ARG_UHYPER(capacity), REMOTE_ARG_UINT(flags) };

    return remoteCallArgs(vol->conn, REMOTE_PROC_STORAGE_VOL_RESIZE, args, G_N_ELEMENTS(args),
                          NULL);
}


void
remoteStorageDriverInit(virStorageDriver *drv)
{
    drv->connectNumOfStoragePools = remoteConnectNumOfStoragePools;
    drv->connectListStoragePools = remoteConnectListStoragePools;
    drv->connectNumOfDefinedStoragePools = remoteConnectNumOfDefinedStoragePools;
    drv->connectListDefinedStoragePools = remoteConnectListDefinedStoragePools;
    drv->connectListAllStoragePools = remoteConnectListAllStoragePools;
    drv->connectFindStoragePoolSources = remoteConnectFindStoragePoolSources;
    drv->storagePoolLookupByName = remoteStoragePoolLookupByName;
    drv->storagePoolLookupByUUID = remoteStoragePoolLookupByUUID;
    drv->storagePoolLookupByVolume = remoteStoragePoolLookupByVolume;
    drv->storagePoolLookupByTargetPath = remoteStoragePoolLookupByTargetPath;
    drv->storagePoolCreateXML = remoteStoragePoolCreateXML;
    drv->storagePoolDefineXML = remoteStoragePoolDefineXML;
    drv->storagePoolBuild = remoteStoragePoolBuild;
    drv->storagePoolUndefine = remoteStoragePoolUndefine;
    drv->storagePoolCreate = remoteStoragePoolCreate;
    drv->storagePoolDestroy = remoteStoragePoolDestroy;
    drv->storagePoolDelete = remoteStoragePoolDelete;
    drv->storagePoolRefresh = remoteStoragePoolRefresh;
    drv->storagePoolGetInfo = remoteStoragePoolGetInfo;
    drv->storagePoolGetXMLDesc = remoteStoragePoolGetXMLDesc;
    drv->storagePoolGetAutostart = remoteStoragePoolGetAutostart;
    drv->storagePoolSetAutostart = remoteStoragePoolSetAutostart;
    drv->storagePoolNumOfVolumes = remoteStoragePoolNumOfVolumes;
    drv->storagePoolListVolumes = remoteStoragePoolListVolumes;
    drv->storagePoolListAllVolumes = remoteStoragePoolListAllVolumes;
    drv->storagePoolIsActive = remoteStoragePoolIsActive;
    drv->storagePoolIsPersistent = remoteStoragePoolIsPersistent;

    drv->storageVolLookupByName = remoteStorageVolLookupByName;
    drv->storageVolLookupByKey = remoteStorageVolLookupByKey;
    drv->storageVolLookupByPath = remoteStorageVolLookupByPath;
    drv->storageVolCreateXML = remoteStorageVolCreateXML;
    drv->storageVolCreateXMLFrom = remoteStorageVolCreateXMLFrom;
    drv->storageVolDownload = remoteStorageVolDownload;
    drv->storageVolUpload = remoteStorageVolUpload;
    drv->storageVolDelete = remoteStorageVolDelete;
    drv->storageVolWipe = remoteStorageVolWipe;
    drv->storageVolWipePattern = remoteStorageVolWipePattern;
    drv->storageVolGetInfo = remoteStorageVolGetInfo;
    drv->storageVolGetInfoFlags = remoteStorageVolGetInfoFlags;
    drv->storageVolGetXMLDesc = remoteStorageVolGetXMLDesc;
    drv->storageVolGetPath = remoteStorageVolGetPath;
    drv->storageVolResize = remoteStorageVolResize;
}
