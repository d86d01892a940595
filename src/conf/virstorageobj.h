/*
 * virstorageobj.h: storage pools and their volumes as a driver keeps them
 *
 * virStoragePoolObj is a virObjectLockable holding a pool's definition,
 * state and volume definitions; virStoragePoolObjList keys pools by UUID
 * and name (on the generic virobjlist.h). Lookups return the pool locked
 * with a new reference; release it with virStoragePoolObjEndAPI().
 * Volumes are plain definitions guarded by their pool's lock.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stddef.h>

#include "virerror.h"
#include "virobject.h"
#include "virstoragepoolconf.h"
#include "virstoragevolconf.h"

typedef struct _virStoragePoolObj virStoragePoolObj;
struct _virStoragePoolObj {
    virObjectLockable parent;  /* the lock guards every field below */
    virStoragePoolDef *def;    /* the definition, owned */
    virStoragePoolDef *newDef; /* a configuration defined while active, owned, or NULL */
    bool active;
    bool persistent; /* has a configuration (libvirt: a config file) */
    bool autostart;
    bool removing;      /* being removed from its list */
    GPtrArray *volumes; /* virStorageVolDef *, creation order, owned */
};

/* The filter groups of VIR_CONNECT_LIST_STORAGE_POOLS_* (libvirt's internal macros). */
#define VIR_CONNECT_LIST_STORAGE_POOLS_FILTERS_ACTIVE                                              \
 (VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE | VIR_CONNECT_LIST_STORAGE_POOLS_INACTIVE)
#define VIR_CONNECT_LIST_STORAGE_POOLS_FILTERS_PERSISTENT                                          \
 (VIR_CONNECT_LIST_STORAGE_POOLS_PERSISTENT | VIR_CONNECT_LIST_STORAGE_POOLS_TRANSIENT)
#define VIR_CONNECT_LIST_STORAGE_POOLS_FILTERS_AUTOSTART                                           \
 (VIR_CONNECT_LIST_STORAGE_POOLS_AUTOSTART | VIR_CONNECT_LIST_STORAGE_POOLS_NO_AUTOSTART)
#define VIR_CONNECT_LIST_STORAGE_POOLS_FILTERS_POOL_TYPE                                           \
 (VIR_CONNECT_LIST_STORAGE_POOLS_DIR | VIR_CONNECT_LIST_STORAGE_POOLS_FS |                         \
  VIR_CONNECT_LIST_STORAGE_POOLS_NETFS | VIR_CONNECT_LIST_STORAGE_POOLS_LOGICAL |                  \
  VIR_CONNECT_LIST_STORAGE_POOLS_DISK | VIR_CONNECT_LIST_STORAGE_POOLS_ISCSI |                     \
  VIR_CONNECT_LIST_STORAGE_POOLS_SCSI | VIR_CONNECT_LIST_STORAGE_POOLS_MPATH |                     \
  VIR_CONNECT_LIST_STORAGE_POOLS_RBD | VIR_CONNECT_LIST_STORAGE_POOLS_SHEEPDOG |                   \
  VIR_CONNECT_LIST_STORAGE_POOLS_GLUSTER | VIR_CONNECT_LIST_STORAGE_POOLS_ZFS |                    \
  VIR_CONNECT_LIST_STORAGE_POOLS_VSTORAGE | VIR_CONNECT_LIST_STORAGE_POOLS_ISCSI_DIRECT)
#define VIR_CONNECT_LIST_STORAGE_POOLS_FILTERS_ALL                                                 \
 (VIR_CONNECT_LIST_STORAGE_POOLS_FILTERS_ACTIVE |                                                  \
  VIR_CONNECT_LIST_STORAGE_POOLS_FILTERS_PERSISTENT |                                              \
  VIR_CONNECT_LIST_STORAGE_POOLS_FILTERS_AUTOSTART |                                               \
  VIR_CONNECT_LIST_STORAGE_POOLS_FILTERS_POOL_TYPE)

typedef enum {
    /* refuse an existing active pool (creating a transient pool) */
    VIR_STORAGE_POOL_OBJ_LIST_ADD_CHECK_LIVE = 1 << 0,
} virStoragePoolObjListAddFlags;

typedef struct _virStoragePoolObjList virStoragePoolObjList;

/* Unlocks and unrefs *@obj (NULL is fine) and sets it to NULL. */
void virStoragePoolObjEndAPI(virStoragePoolObj **obj);

/* Returns a new empty list, or NULL with an error. */
virStoragePoolObjList *virStoragePoolObjListNew(void);

/*
 * virStoragePoolObjListAdd:
 * @pools: the list
 * @def: address of the definition; taken on success (set to NULL)
 * @flags: virStoragePoolObjListAddFlags
 *
 * Adds a pool (not persistent, inactive), or gives the existing pool of
 * that name the definition (its @def while inactive, @newDef while
 * active). Errors, libvirt's texts (VIR_FROM_STORAGE):
 * VIR_ERR_OPERATION_FAILED "pool 'A' is already defined with uuid U",
 * "pool 'B' already exists with uuid U", "Storage source conflict with
 * pool: 'C'" (another dir pool with the same target path); with
 * CHECK_LIVE, VIR_ERR_OPERATION_INVALID "pool is already active as 'A'".
 *
 * Returns the pool locked with a new reference, or NULL.
 */
virStoragePoolObj *
virStoragePoolObjListAdd(virStoragePoolObjList *pools, virStoragePoolDef **def, unsigned int flags);

/* Removes @obj (locked by the caller, who keeps its reference). */
void virStoragePoolObjListRemove(virStoragePoolObjList *pools, virStoragePoolObj *obj);

/* Return the pool locked with a new reference, or NULL (nothing reported). */
virStoragePoolObj *virStoragePoolObjListFindByUUID(virStoragePoolObjList *pools,
                                                   const unsigned char *uuid);
virStoragePoolObj *virStoragePoolObjListFindByName(virStoragePoolObjList *pools, const char *name);

/*
 * virStoragePoolObjListCollect:
 * Returns the pools matching @flags (VIR_CONNECT_LIST_STORAGE_POOLS_*) in
 * the order they were added: a NULL-terminated array of new references,
 * unlocked (virObjectListFree). *@n is set to the count.
 */
virStoragePoolObj **
virStoragePoolObjListCollect(virStoragePoolObjList *pools, unsigned int flags, size_t *n);

/* Number of active (@active) or inactive pools. */
int virStoragePoolObjListNum(virStoragePoolObjList *pools, bool active);

/* Fills @names with up to @maxnames new strings: the names of the active
 * (@active) or inactive pools. Returns how many were stored. */
int virStoragePoolObjListGetNames(virStoragePoolObjList *pools,
                                  bool active,
                                  char **const names,
                                  int maxnames);

/*
 * Volumes of a locked pool. Find* return a borrowed definition or NULL
 * (nothing reported). AddVol takes ownership of @vol. RemoveVol frees it.
 */
virStorageVolDef *virStoragePoolObjFindVolByName(virStoragePoolObj *obj, const char *name);
virStorageVolDef *virStoragePoolObjFindVolByKey(virStoragePoolObj *obj, const char *key);
virStorageVolDef *virStoragePoolObjFindVolByPath(virStoragePoolObj *obj, const char *path);
void virStoragePoolObjAddVol(virStoragePoolObj *obj, virStorageVolDef *vol);
void virStoragePoolObjRemoveVol(virStoragePoolObj *obj, virStorageVolDef *vol);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virStoragePoolObjList, virObjectUnref);
