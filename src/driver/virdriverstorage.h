/*
 * virdriverstorage.h: the storage driver table
 *
 * The functions a driver provides for storage pools, volumes and pool
 * events.
 *
 * Every field implements the public API function of the same name with
 * "vir" prefixed (connectListAllDomains -> virConnectListAllDomains) and
 * takes the same arguments. src/lib has already reset the last error and
 * checked the objects, the pointer arguments and the read-only flag as
 * libvirt does; the driver checks @flags (virDriverCheckFlags), reports
 * its own errors with virReportError() and returns the public function's
 * error value. A NULL field makes the public call fail with
 * VIR_ERR_NO_SUPPORT. Objects handed out (lookups, lists) are new
 * references made with the virGet*() constructors of src/lib/datatypes.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virerror.h"

typedef struct _virStorageDriver virStorageDriver;
struct _virStorageDriver {
    /* the driver's name, for logs */
    const char *name;

    int (*connectNumOfStoragePools)(virConnect *conn);
    int (*connectListStoragePools)(virConnect *conn, char **const names, int maxnames);
    int (*connectNumOfDefinedStoragePools)(virConnect *conn);
    int (*connectListDefinedStoragePools)(virConnect *conn, char **const names, int maxnames);
    int (*connectListAllStoragePools)(virConnect *conn,
                                      virStoragePool ***pools,
                                      unsigned int flags);
    char *(*connectFindStoragePoolSources)(virConnect *conn,
                                           const char *type,
                                           const char *srcSpec,
                                           unsigned int flags);
    virStoragePool *(*storagePoolLookupByName)(virConnect *conn, const char *name);
    virStoragePool *(*storagePoolLookupByUUID)(virConnect *conn, const unsigned char *uuid);
    virStoragePool *(*storagePoolLookupByVolume)(virStorageVol *vol);
    virStoragePool *(*storagePoolLookupByTargetPath)(virConnect *conn, const char *path);
    virStoragePool *(*storagePoolCreateXML)(virConnect *conn,
                                            const char *xmlDesc,
                                            unsigned int flags);
    virStoragePool *(*storagePoolDefineXML)(virConnect *conn,
                                            const char *xmlDesc,
                                            unsigned int flags);
    int (*storagePoolBuild)(virStoragePool *pool, unsigned int flags);
    int (*storagePoolUndefine)(virStoragePool *pool);
    int (*storagePoolCreate)(virStoragePool *pool, unsigned int flags);
    int (*storagePoolDestroy)(virStoragePool *pool);
    int (*storagePoolDelete)(virStoragePool *pool, unsigned int flags);
    int (*storagePoolRefresh)(virStoragePool *pool, unsigned int flags);
    int (*storagePoolGetInfo)(virStoragePool *vol, virStoragePoolInfo *info);
    char *(*storagePoolGetXMLDesc)(virStoragePool *pool, unsigned int flags);
    int (*storagePoolGetAutostart)(virStoragePool *pool, int *autostart);
    int (*storagePoolSetAutostart)(virStoragePool *pool, int autostart);
    int (*storagePoolNumOfVolumes)(virStoragePool *pool);
    int (*storagePoolListVolumes)(virStoragePool *pool, char **const names, int maxnames);
    int (*storagePoolListAllVolumes)(virStoragePool *pool,
                                     virStorageVol ***vols,
                                     unsigned int flags);
    int (*storagePoolIsActive)(virStoragePool *pool);
    int (*storagePoolIsPersistent)(virStoragePool *pool);
    int (*connectStoragePoolEventRegisterAny)(virConnect *conn,
                                              virStoragePool *pool,
                                              int eventID,
                                              virConnectStoragePoolEventGenericCallback cb,
                                              void *opaque,
                                              virFreeCallback freecb);
    int (*connectStoragePoolEventDeregisterAny)(virConnect *conn, int callbackID);

    /* volumes */
    virStorageVol *(*storageVolLookupByName)(virStoragePool *pool, const char *name);
    virStorageVol *(*storageVolLookupByKey)(virConnect *conn, const char *key);
    virStorageVol *(*storageVolLookupByPath)(virConnect *conn, const char *path);
    virStorageVol *(*storageVolCreateXML)(virStoragePool *pool,
                                          const char *xmldesc,
                                          unsigned int flags);
    virStorageVol *(*storageVolCreateXMLFrom)(virStoragePool *pool,
                                              const char *xmldesc,
                                              virStorageVol *clonevol,
                                              unsigned int flags);
    int (*storageVolDownload)(virStorageVol *vol,
                              virStream *stream,
                              unsigned long long offset,
                              unsigned long long length,
                              unsigned int flags);
    int (*storageVolUpload)(virStorageVol *vol,
                            virStream *stream,
                            unsigned long long offset,
                            unsigned long long length,
                            unsigned int flags);
    int (*storageVolDelete)(virStorageVol *vol, unsigned int flags);
    int (*storageVolWipe)(virStorageVol *vol, unsigned int flags);
    int (*storageVolWipePattern)(virStorageVol *vol, unsigned int algorithm, unsigned int flags);
    int (*storageVolGetInfo)(virStorageVol *vol, virStorageVolInfo *info);
    int (*storageVolGetInfoFlags)(virStorageVol *vol, virStorageVolInfo *info, unsigned int flags);
    char *(*storageVolGetXMLDesc)(virStorageVol *pool, unsigned int flags);
    char *(*storageVolGetPath)(virStorageVol *vol);
    int (*storageVolResize)(virStorageVol *vol, unsigned long long capacity, unsigned int flags);
};
