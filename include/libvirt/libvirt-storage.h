/*
 * libvirt-storage.h: storage pools and volumes
 *
 * Do not include this file directly: include <libvirt/libvirt.h>.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#ifndef __VIR_LIBVIRT_H_INCLUDES__
# error "Don't include this file directly, only use libvirt/libvirt.h"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Pool and volume handles: name one storage pool, or one volume of a pool,
 * of a connection. Reference counted (virStoragePoolRef/Free,
 * virStorageVolRef/Free).
 */
typedef struct _virStoragePool virStoragePool;
typedef virStoragePool *virStoragePoolPtr;

typedef struct _virStorageVol virStorageVol;
typedef virStorageVol *virStorageVolPtr;

/* The state of a pool. */
typedef enum {
    VIR_STORAGE_POOL_INACTIVE = 0,
    VIR_STORAGE_POOL_BUILDING = 1,
    VIR_STORAGE_POOL_RUNNING = 2,
    VIR_STORAGE_POOL_DEGRADED = 3,
    VIR_STORAGE_POOL_INACCESSIBLE = 4,
#ifdef VIR_ENUM_SENTINELS
    VIR_STORAGE_POOL_STATE_LAST
#endif
} virStoragePoolState;

/* Flags of the pool build, delete, create and define calls. */
typedef enum {
    VIR_STORAGE_POOL_BUILD_NEW = 0,
    VIR_STORAGE_POOL_BUILD_REPAIR = 1 << 0,
    VIR_STORAGE_POOL_BUILD_RESIZE = 1 << 1,
    VIR_STORAGE_POOL_BUILD_NO_OVERWRITE = 1 << 2,
    VIR_STORAGE_POOL_BUILD_OVERWRITE = 1 << 3,
} virStoragePoolBuildFlags;
typedef enum {
    VIR_STORAGE_POOL_DELETE_NORMAL = 0,
    VIR_STORAGE_POOL_DELETE_ZEROED = 1 << 0,
} virStoragePoolDeleteFlags;
typedef enum {
    VIR_STORAGE_POOL_CREATE_NORMAL = 0,
    VIR_STORAGE_POOL_CREATE_WITH_BUILD = 1 << 0,
    VIR_STORAGE_POOL_CREATE_WITH_BUILD_OVERWRITE = 1 << 1,
    VIR_STORAGE_POOL_CREATE_WITH_BUILD_NO_OVERWRITE = 1 << 2,
} virStoragePoolCreateFlags;
typedef enum {
    VIR_STORAGE_POOL_DEFINE_VALIDATE = 1 << 0,
} virStoragePoolDefineFlags;

/* What virStoragePoolGetInfo() reports: a virStoragePoolState and sizes in bytes. */
typedef struct _virStoragePoolInfo virStoragePoolInfo;
struct _virStoragePoolInfo {
    int state;
    unsigned long long capacity;
    unsigned long long allocation;
    unsigned long long available;
};
typedef virStoragePoolInfo *virStoragePoolInfoPtr;

/* The kind of a volume. */
typedef enum {
    VIR_STORAGE_VOL_FILE = 0,
    VIR_STORAGE_VOL_BLOCK = 1,
    VIR_STORAGE_VOL_DIR = 2,
    VIR_STORAGE_VOL_NETWORK = 3,
    VIR_STORAGE_VOL_NETDIR = 4,
    VIR_STORAGE_VOL_PLOOP = 5,
#ifdef VIR_ENUM_SENTINELS
    VIR_STORAGE_VOL_LAST
#endif
} virStorageVolType;

/* Flags of virStorageVolDelete() and the algorithms of virStorageVolWipePattern(). */
typedef enum {
    VIR_STORAGE_VOL_DELETE_NORMAL = 0,
    VIR_STORAGE_VOL_DELETE_ZEROED = 1 << 0,
    VIR_STORAGE_VOL_DELETE_WITH_SNAPSHOTS = 1 << 1,
} virStorageVolDeleteFlags;
typedef enum {
    VIR_STORAGE_VOL_WIPE_ALG_ZERO = 0,
    VIR_STORAGE_VOL_WIPE_ALG_NNSA = 1,
    VIR_STORAGE_VOL_WIPE_ALG_DOD = 2,
    VIR_STORAGE_VOL_WIPE_ALG_BSI = 3,
    VIR_STORAGE_VOL_WIPE_ALG_GUTMANN = 4,
    VIR_STORAGE_VOL_WIPE_ALG_SCHNEIER = 5,
    VIR_STORAGE_VOL_WIPE_ALG_PFITZNER7 = 6,
    VIR_STORAGE_VOL_WIPE_ALG_PFITZNER33 = 7,
    VIR_STORAGE_VOL_WIPE_ALG_RANDOM = 8,
    VIR_STORAGE_VOL_WIPE_ALG_TRIM = 9,
#ifdef VIR_ENUM_SENTINELS
    VIR_STORAGE_VOL_WIPE_ALG_LAST
#endif
} virStorageVolWipeAlgorithm;

/* Flags of virStorageVolGetInfoFlags(). */
typedef enum {
    VIR_STORAGE_VOL_USE_ALLOCATION = 0,
    VIR_STORAGE_VOL_GET_PHYSICAL = 1 << 0,
} virStorageVolInfoFlags;

/* What virStorageVolGetInfo() reports: a virStorageVolType and sizes in bytes. */
typedef struct _virStorageVolInfo virStorageVolInfo;
struct _virStorageVolInfo {
    int type;
    unsigned long long capacity;
    unsigned long long allocation;
};
typedef virStorageVolInfo *virStorageVolInfoPtr;

/* Flags of virStoragePoolGetXMLDesc(). */
typedef enum {
    VIR_STORAGE_XML_INACTIVE = 1 << 0,
} virStorageXMLFlags;

/* The connection of a pool or volume (borrowed: no new reference), or NULL. */
virConnectPtr virStoragePoolGetConnect(virStoragePoolPtr pool);

/*
 * Count or list pools. NumOf/List cover active pools, the Defined variants
 * inactive ones; List fills @names with up to @maxnames names the caller
 * frees. ListAll returns a NULL-terminated array of new references in
 * *@pools (when @pools is not NULL) matching @flags. All return the number
 * of pools, or -1.
 */
int virConnectNumOfStoragePools(virConnectPtr conn);
int virConnectListStoragePools(virConnectPtr conn, char **const names, int maxnames);
int virConnectNumOfDefinedStoragePools(virConnectPtr conn);
int virConnectListDefinedStoragePools(virConnectPtr conn, char **const names, int maxnames);

/* Filters of virConnectListAllStoragePools(); groups are ANDed. */
typedef enum {
    VIR_CONNECT_LIST_STORAGE_POOLS_INACTIVE = 1 << 0,
    VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE = 1 << 1,
    VIR_CONNECT_LIST_STORAGE_POOLS_PERSISTENT = 1 << 2,
    VIR_CONNECT_LIST_STORAGE_POOLS_TRANSIENT = 1 << 3,
    VIR_CONNECT_LIST_STORAGE_POOLS_AUTOSTART = 1 << 4,
    VIR_CONNECT_LIST_STORAGE_POOLS_NO_AUTOSTART = 1 << 5,
    VIR_CONNECT_LIST_STORAGE_POOLS_DIR = 1 << 6,
    VIR_CONNECT_LIST_STORAGE_POOLS_FS = 1 << 7,
    VIR_CONNECT_LIST_STORAGE_POOLS_NETFS = 1 << 8,
    VIR_CONNECT_LIST_STORAGE_POOLS_LOGICAL = 1 << 9,
    VIR_CONNECT_LIST_STORAGE_POOLS_DISK = 1 << 10,
    VIR_CONNECT_LIST_STORAGE_POOLS_ISCSI = 1 << 11,
    VIR_CONNECT_LIST_STORAGE_POOLS_SCSI = 1 << 12,
    VIR_CONNECT_LIST_STORAGE_POOLS_MPATH = 1 << 13,
    VIR_CONNECT_LIST_STORAGE_POOLS_RBD = 1 << 14,
    VIR_CONNECT_LIST_STORAGE_POOLS_SHEEPDOG = 1 << 15,
    VIR_CONNECT_LIST_STORAGE_POOLS_GLUSTER = 1 << 16,
    VIR_CONNECT_LIST_STORAGE_POOLS_ZFS = 1 << 17,
    VIR_CONNECT_LIST_STORAGE_POOLS_VSTORAGE = 1 << 18,
    VIR_CONNECT_LIST_STORAGE_POOLS_ISCSI_DIRECT = 1 << 19,
} virConnectListAllStoragePoolsFlags;

int
virConnectListAllStoragePools(virConnectPtr conn, virStoragePoolPtr **pools, unsigned int flags);

/*
 * Looks for pool sources of pool type @type (e.g. "netfs"), guided by the
 * optional <source> XML @srcSpec. Returns a <sources> XML document the
 * caller frees, or NULL.
 */
char *virConnectFindStoragePoolSources(virConnectPtr conn,
                                       const char *type,
                                       const char *srcSpec,
                                       unsigned int flags);

/*
 * Lookups. Return a new reference, or NULL with VIR_ERR_NO_STORAGE_POOL
 * when no pool matches.
 */
virStoragePoolPtr virStoragePoolLookupByName(virConnectPtr conn, const char *name);
virStoragePoolPtr virStoragePoolLookupByUUID(virConnectPtr conn, const unsigned char *uuid);
virStoragePoolPtr virStoragePoolLookupByUUIDString(virConnectPtr conn, const char *uuid);
virStoragePoolPtr virStoragePoolLookupByVolume(virStorageVolPtr vol);
virStoragePoolPtr virStoragePoolLookupByTargetPath(virConnectPtr conn, const char *path);

/* Create and start a transient pool. Returns a new reference, or NULL. */
virStoragePoolPtr
virStoragePoolCreateXML(virConnectPtr conn, const char *xmlDesc, unsigned int flags);

/* Define (or redefine) a persistent pool. Returns a new reference, or NULL. */
virStoragePoolPtr
virStoragePoolDefineXML(virConnectPtr conn, const char *xmlDesc, unsigned int flags);

/* Build the pool's underlying storage (e.g. create its directory). Returns 0 or -1. */
int virStoragePoolBuild(virStoragePoolPtr pool, unsigned int flags);

/* Removes the persistent definition of @pool. Returns 0 or -1. */
int virStoragePoolUndefine(virStoragePoolPtr pool);

/* Start an inactive pool, or stop an active one. Return 0 or -1. */
int virStoragePoolCreate(virStoragePoolPtr pool, unsigned int flags);
int virStoragePoolDestroy(virStoragePoolPtr pool);

/* Deletes the pool's underlying storage. Returns 0 or -1. */
int virStoragePoolDelete(virStoragePoolPtr pool, unsigned int flags);

/* Take or drop a reference on a pool handle. Return 0 or -1. */
int virStoragePoolRef(virStoragePoolPtr pool);
int virStoragePoolFree(virStoragePoolPtr pool);

/* Rescans the pool's volumes. Returns 0 or -1. */
int virStoragePoolRefresh(virStoragePoolPtr pool, unsigned int flags);

/* The pool's name (borrowed; valid while the handle is), or NULL. */
const char *virStoragePoolGetName(virStoragePoolPtr pool);

/* The UUID as raw bytes or text, in the caller's buffer. Return 0 or -1. */
int virStoragePoolGetUUID(virStoragePoolPtr pool, unsigned char *uuid);
int virStoragePoolGetUUIDString(virStoragePoolPtr pool, char *buf);

/* Fills @info. Returns 0 or -1. */
int virStoragePoolGetInfo(virStoragePoolPtr vol, virStoragePoolInfoPtr info);

/* The <pool> XML (caller frees), or NULL. */
char *virStoragePoolGetXMLDesc(virStoragePoolPtr pool, unsigned int flags);

/* Read or set the autostart flag. Return 0 or -1. */
int virStoragePoolGetAutostart(virStoragePoolPtr pool, int *autostart);
int virStoragePoolSetAutostart(virStoragePoolPtr pool, int autostart);

/*
 * Count or list the volumes of an active pool: the number, up to
 * @maxnames names (caller frees), or a NULL-terminated array of new
 * references. All return -1 on error.
 */
int virStoragePoolNumOfVolumes(virStoragePoolPtr pool);
int virStoragePoolListVolumes(virStoragePoolPtr pool, char **const names, int maxnames);
int
virStoragePoolListAllVolumes(virStoragePoolPtr pool, virStorageVolPtr **vols, unsigned int flags);

virConnectPtr virStorageVolGetConnect(virStorageVolPtr vol);

/*
 * Volume lookups: by name within @pool, by key or by path on the whole
 * connection. Return a new reference, or NULL with VIR_ERR_NO_STORAGE_VOL.
 */
virStorageVolPtr virStorageVolLookupByName(virStoragePoolPtr pool, const char *name);
virStorageVolPtr virStorageVolLookupByKey(virConnectPtr conn, const char *key);
virStorageVolPtr virStorageVolLookupByPath(virConnectPtr conn, const char *path);

/* The volume's name and key (borrowed; valid while the handle is), or NULL. */
const char *virStorageVolGetName(virStorageVolPtr vol);
const char *virStorageVolGetKey(virStorageVolPtr vol);

/* Flags of virStorageVolCreateXML() and virStorageVolCreateXMLFrom(). */
typedef enum {
    VIR_STORAGE_VOL_CREATE_PREALLOC_METADATA = 1 << 0,
    VIR_STORAGE_VOL_CREATE_REFLINK = 1 << 1,
    VIR_STORAGE_VOL_CREATE_VALIDATE = 1 << 2,
} virStorageVolCreateFlags;

/*
 * Create a volume in @pool from the <volume> XML @xmlDesc, empty or (From)
 * filled with the data of @clonevol. Return a new reference, or NULL.
 */
virStorageVolPtr
virStorageVolCreateXML(virStoragePoolPtr pool, const char *xmldesc, unsigned int flags);
virStorageVolPtr virStorageVolCreateXMLFrom(virStoragePoolPtr pool,
                                            const char *xmldesc,
                                            virStorageVolPtr clonevol,
                                            unsigned int flags);

/* Flags of virStorageVolDownload() and virStorageVolUpload(). */
typedef enum {
    VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM = 1 << 0,
} virStorageVolDownloadFlags;
typedef enum {
    VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM = 1 << 0,
} virStorageVolUploadFlags;

/*
 * Read (Download) or write (Upload) @length bytes (0: to the end) of the
 * volume at @offset through the stream @stream. Return 0 or -1.
 */
int virStorageVolDownload(virStorageVolPtr vol,
                          virStreamPtr stream,
                          unsigned long long offset,
                          unsigned long long length,
                          unsigned int flags);
int virStorageVolUpload(virStorageVolPtr vol,
                        virStreamPtr stream,
                        unsigned long long offset,
                        unsigned long long length,
                        unsigned int flags);

/* Deletes the volume. Returns 0 or -1. */
int virStorageVolDelete(virStorageVolPtr vol, unsigned int flags);

/* Overwrite the volume's data (with zeroes, or by @algorithm). Return 0 or -1. */
int virStorageVolWipe(virStorageVolPtr vol, unsigned int flags);
int virStorageVolWipePattern(virStorageVolPtr vol, unsigned int algorithm, unsigned int flags);

/* Take or drop a reference on a volume handle. Return 0 or -1. */
int virStorageVolRef(virStorageVolPtr vol);
int virStorageVolFree(virStorageVolPtr vol);

/* Fill @info. Return 0 or -1. */
int virStorageVolGetInfo(virStorageVolPtr vol, virStorageVolInfoPtr info);
int virStorageVolGetInfoFlags(virStorageVolPtr vol, virStorageVolInfoPtr info, unsigned int flags);

/* The <volume> XML (caller frees), or NULL. */
char *virStorageVolGetXMLDesc(virStorageVolPtr pool, unsigned int flags);

/* The volume's path on the host (caller frees), or NULL. */
char *virStorageVolGetPath(virStorageVolPtr vol);

/* Flags of virStorageVolResize(). */
typedef enum {
    VIR_STORAGE_VOL_RESIZE_ALLOCATE = 1 << 0,
    VIR_STORAGE_VOL_RESIZE_DELTA = 1 << 1,
    VIR_STORAGE_VOL_RESIZE_SHRINK = 1 << 2,
} virStorageVolResizeFlags;

/* Changes the volume's capacity to @capacity bytes (or by it, with DELTA). Returns 0 or -1. */
int virStorageVolResize(virStorageVolPtr vol, unsigned long long capacity, unsigned int flags);

/* 1 if active / persistent, 0 if not, -1 on error. */
int virStoragePoolIsActive(virStoragePoolPtr pool);
int virStoragePoolIsPersistent(virStoragePoolPtr pool);

/* Casts a specific callback to the generic type. */
#define VIR_STORAGE_POOL_EVENT_CALLBACK(cb) ((virConnectStoragePoolEventGenericCallback)(cb))

/* The kinds of pool event, and what happened in a lifecycle event. */
typedef enum {
    VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE = 0,
    VIR_STORAGE_POOL_EVENT_ID_REFRESH = 1,
#ifdef VIR_ENUM_SENTINELS
    VIR_STORAGE_POOL_EVENT_ID_LAST
#endif
} virStoragePoolEventID;
typedef enum {
    VIR_STORAGE_POOL_EVENT_DEFINED = 0,
    VIR_STORAGE_POOL_EVENT_UNDEFINED = 1,
    VIR_STORAGE_POOL_EVENT_STARTED = 2,
    VIR_STORAGE_POOL_EVENT_STOPPED = 3,
    VIR_STORAGE_POOL_EVENT_CREATED = 4,
    VIR_STORAGE_POOL_EVENT_DELETED = 5,
#ifdef VIR_ENUM_SENTINELS
    VIR_STORAGE_POOL_EVENT_LAST
#endif
} virStoragePoolEventLifecycleType;

/* Pool event callbacks: the generic type (also the refresh event's) and the lifecycle one. */
typedef void (*virConnectStoragePoolEventGenericCallback)(virConnectPtr conn,
                                                          virStoragePoolPtr pool,
                                                          void *opaque);
typedef void (*virConnectStoragePoolEventLifecycleCallback)(
    virConnectPtr conn, virStoragePoolPtr pool, int event, int detail, void *opaque);

/*
 * Register @cb for events @eventID of @pool (NULL: of every pool).
 * Returns a callback ID (>= 0), or -1. Deregistering returns 0 or -1.
 */
int virConnectStoragePoolEventRegisterAny(virConnectPtr conn,
                                          virStoragePoolPtr pool,
                                          int eventID,
                                          virConnectStoragePoolEventGenericCallback cb,
                                          void *opaque,
                                          virFreeCallback freecb);
int virConnectStoragePoolEventDeregisterAny(virConnectPtr conn, int callbackID);

#ifdef __cplusplus
}
#endif
