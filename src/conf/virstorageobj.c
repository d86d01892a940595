/*
 * virstorageobj.c: storage pools and their volumes as a driver keeps them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include "virerror.h"
#include "virobjlist.h"
#include "virstorageobj.h"
#include "virthread.h"
#include "viruuid.h"

#define VIR_FROM_THIS VIR_FROM_STORAGE

struct _virStoragePoolObjList {
    virObject parent;
    virObjList *objs; /* the virStoragePoolObj members, owned */
};

static virClass *virStoragePoolObjClass;
static virClass *virStoragePoolObjListClass;
static void virStoragePoolObjDispose(void *obj);
static void virStoragePoolObjListDispose(void *obj);


static int
virStoragePoolObjOnceInit(void)
{
    if (!VIR_CLASS_NEW(virStoragePoolObj, virClassForObjectLockable()) ||
        !VIR_CLASS_NEW(virStoragePoolObjList, virClassForObject()))
        return -1;
    return 0;
}

VIR_ONCE_GLOBAL_INIT(virStoragePoolObj);


static void
virStoragePoolObjDispose(void *obj)
{
    virStoragePoolObj *pool = obj;

    virStoragePoolDefFree(pool->def);
    virStoragePoolDefFree(pool->newDef);
    g_ptr_array_unref(pool->volumes);
}


static void
virStoragePoolObjListDispose(void *obj)
{
    virStoragePoolObjList *pools = obj;

    virObjectUnref(pools->objs);
}


void
virStoragePoolObjEndAPI(virStoragePoolObj **obj)
{
    if (!*obj)
        return;
    virObjectUnlock(*obj);
    virObjectUnref(*obj);
    *obj = NULL;
}


virStoragePoolObjList *
virStoragePoolObjListNew(void)
{
    virStoragePoolObjList *pools;

    if (virStoragePoolObjInitialize() < 0)
        return NULL;
    if (!(pools = virObjectNew(virStoragePoolObjListClass)))
        return NULL;
    if (!(pools->objs = virObjListNew())) {
        virObjectUnref(pools);
        return NULL;
    }
    return pools;
}


static virStoragePoolObj *
virStoragePoolObjLockFound(virStoragePoolObj *obj)
{
    if (!obj)
        return NULL;
    virObjectLock(obj);
    if (obj->removing)
        virStoragePoolObjEndAPI(&obj);
    return obj;
}


virStoragePoolObj *
virStoragePoolObjListFindByUUID(virStoragePoolObjList *pools, const unsigned char *uuid)
{
    return virStoragePoolObjLockFound(virObjListFindByUUID(pools->objs, uuid));
}


virStoragePoolObj *
virStoragePoolObjListFindByName(virStoragePoolObjList *pools, const char *name)
{
    return virStoragePoolObjLockFound(virObjListFindByName(pools->objs, name));
}


/* A dir pool whose target path @def also uses, or NULL. Reports nothing;
 * the caller frees the returned name. */
static char *
virStoragePoolObjFindSourceConflict(virStoragePoolObjList *pools, const virStoragePoolDef *def)
{
    size_t n = 0;
    virStoragePoolObj **objs;
    char *ret = NULL;
    size_t i;

    if (def->type != VIR_STORAGE_POOL_DIR || !def->target.path)
        return NULL;
    objs = (virStoragePoolObj **)virObjListCollect(pools->objs, &n);
    for (i = 0; i < n && !ret; i++) {
        virObjectLock(objs[i]);
        if (!objs[i]->removing && objs[i]->def->type == VIR_STORAGE_POOL_DIR &&
            !g_str_equal(objs[i]->def->name, def->name) &&
            g_strcmp0(objs[i]->def->target.path, def->target.path) == 0)
            ret = g_strdup(objs[i]->def->name);
        virObjectUnlock(objs[i]);
    }
    virObjectListFree(objs);
    return ret;
}


/* libvirt's duplicate checks; returns 0 or -1 with an error. */
static int
virStoragePoolObjListCheckDuplicate(virStoragePoolObjList *pools,
                                    const virStoragePoolDef *def,
                                    unsigned int flags)
{
    char uuidstr[VIR_UUID_STRING_BUFLEN];
    g_autofree char *conflict = NULL;
    virStoragePoolObj *obj;

    if ((obj = virStoragePoolObjListFindByUUID(pools, def->uuid))) {
        int ret = 0;

        if (!g_str_equal(obj->def->name, def->name)) {
            virReportError(VIR_ERR_OPERATION_FAILED,
                           _("pool '%1$s' is already defined with uuid %2$s"), obj->def->name,
                           virUUIDFormat(obj->def->uuid, uuidstr));
            ret = -1;
        } else if ((flags & VIR_STORAGE_POOL_OBJ_LIST_ADD_CHECK_LIVE) && obj->active) {
            virReportError(VIR_ERR_OPERATION_INVALID, _("pool is already active as '%1$s'"),
                           obj->def->name);
            ret = -1;
        }
        virStoragePoolObjEndAPI(&obj);
        return ret;
    }
    if ((obj = virStoragePoolObjListFindByName(pools, def->name))) {
        virReportError(VIR_ERR_OPERATION_FAILED, _("pool '%1$s' already exists with uuid %2$s"),
                       def->name, virUUIDFormat(obj->def->uuid, uuidstr));
        virStoragePoolObjEndAPI(&obj);
        return -1;
    }
    if ((conflict = virStoragePoolObjFindSourceConflict(pools, def))) {
        virReportError(VIR_ERR_OPERATION_FAILED, _("Storage source conflict with pool: '%1$s'"),
                       conflict);
        return -1;
    }
    return 0;
}


virStoragePoolObj *
virStoragePoolObjListAdd(virStoragePoolObjList *pools, virStoragePoolDef **def, unsigned int flags)
{
    virStoragePoolObj *obj;

    if (virStoragePoolObjListCheckDuplicate(pools, *def, flags) < 0)
        return NULL;

    if ((obj = virStoragePoolObjListFindByName(pools, (*def)->name))) {
        if (obj->active) {
            virStoragePoolDefFree(obj->newDef);
            obj->newDef = g_steal_pointer(def);
        } else {
            virStoragePoolDefFree(obj->def);
            obj->def = g_steal_pointer(def);
        }
        return obj;
    }

    if (!(obj = virObjectLockableNew(virStoragePoolObjClass)))
        return NULL;
    virObjectLock(obj);
    obj->volumes = g_ptr_array_new_with_free_func((GDestroyNotify)virStorageVolDefFree);
    obj->def = *def;
    if (virObjListAdd(pools->objs, obj, obj->def->uuid, obj->def->name) < 0) {
        obj->def = NULL;
        virStoragePoolObjEndAPI(&obj);
        return NULL;
    }
    *def = NULL;
    return obj;
}


void
virStoragePoolObjListRemove(virStoragePoolObjList *pools, virStoragePoolObj *obj)
{
    obj->removing = true;
    virObjListRemove(pools->objs, obj);
}


/* The VIR_CONNECT_LIST_STORAGE_POOLS_* flag of each pool type. */
static const unsigned int virStoragePoolTypeFlags[VIR_STORAGE_POOL_LAST] = {
    [VIR_STORAGE_POOL_DIR] = VIR_CONNECT_LIST_STORAGE_POOLS_DIR,
    [VIR_STORAGE_POOL_FS] = VIR_CONNECT_LIST_STORAGE_POOLS_FS,
    [VIR_STORAGE_POOL_NETFS] = VIR_CONNECT_LIST_STORAGE_POOLS_NETFS,
    [VIR_STORAGE_POOL_LOGICAL] = VIR_CONNECT_LIST_STORAGE_POOLS_LOGICAL,
    [VIR_STORAGE_POOL_DISK] = VIR_CONNECT_LIST_STORAGE_POOLS_DISK,
    [VIR_STORAGE_POOL_ISCSI] = VIR_CONNECT_LIST_STORAGE_POOLS_ISCSI,
    [VIR_STORAGE_POOL_ISCSI_DIRECT] = VIR_CONNECT_LIST_STORAGE_POOLS_ISCSI_DIRECT,
    [VIR_STORAGE_POOL_SCSI] = VIR_CONNECT_LIST_STORAGE_POOLS_SCSI,
    [VIR_STORAGE_POOL_MPATH] = VIR_CONNECT_LIST_STORAGE_POOLS_MPATH,
    [VIR_STORAGE_POOL_RBD] = VIR_CONNECT_LIST_STORAGE_POOLS_RBD,
    [VIR_STORAGE_POOL_SHEEPDOG] = VIR_CONNECT_LIST_STORAGE_POOLS_SHEEPDOG,
    [VIR_STORAGE_POOL_GLUSTER] = VIR_CONNECT_LIST_STORAGE_POOLS_GLUSTER,
    [VIR_STORAGE_POOL_ZFS] = VIR_CONNECT_LIST_STORAGE_POOLS_ZFS,
    [VIR_STORAGE_POOL_VSTORAGE] = VIR_CONNECT_LIST_STORAGE_POOLS_VSTORAGE,
};


static bool
virStoragePoolObjMatch(virStoragePoolObj *obj, unsigned int flags)
{
#define VIR_FILTER(group, yes, no, cond)                                                           \
 ((flags & (group)) && !(((flags & (yes)) && (cond)) || ((flags & (no)) && !(cond))))

    if (VIR_FILTER(VIR_CONNECT_LIST_STORAGE_POOLS_FILTERS_ACTIVE,
                   VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE, VIR_CONNECT_LIST_STORAGE_POOLS_INACTIVE,
                   obj->active))
        return false;
    if (VIR_FILTER(VIR_CONNECT_LIST_STORAGE_POOLS_FILTERS_PERSISTENT,
                   VIR_CONNECT_LIST_STORAGE_POOLS_PERSISTENT,
                   VIR_CONNECT_LIST_STORAGE_POOLS_TRANSIENT, obj->persistent))
        return false;
    if (VIR_FILTER(VIR_CONNECT_LIST_STORAGE_POOLS_FILTERS_AUTOSTART,
                   VIR_CONNECT_LIST_STORAGE_POOLS_AUTOSTART,
                   VIR_CONNECT_LIST_STORAGE_POOLS_NO_AUTOSTART, obj->autostart))
        return false;
#undef VIR_FILTER
    if ((flags & VIR_CONNECT_LIST_STORAGE_POOLS_FILTERS_POOL_TYPE) &&
        (obj->def->type >= VIR_STORAGE_POOL_LAST ||
         !(flags & virStoragePoolTypeFlags[obj->def->type])))
        return false;
    return true;
}


virStoragePoolObj **
virStoragePoolObjListCollect(virStoragePoolObjList *pools, unsigned int flags, size_t *n)
{
    size_t count = 0;
    virStoragePoolObj **objs = (virStoragePoolObj **)virObjListCollect(pools->objs, &count);
    size_t i;
    size_t kept = 0;

    for (i = 0; i < count; i++) {
        bool keep;

        virObjectLock(objs[i]);
        keep = !objs[i]->removing && virStoragePoolObjMatch(objs[i], flags);
        virObjectUnlock(objs[i]);
        if (keep)
            objs[kept++] = objs[i];
        else
            virObjectUnref(objs[i]);
    }
    objs[kept] = NULL;
    *n = kept;
    return objs;
}


int
virStoragePoolObjListNum(virStoragePoolObjList *pools, bool active)
{
    size_t n = 0;
    virStoragePoolObj **objs = virStoragePoolObjListCollect(
        pools,
        active ? VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE : VIR_CONNECT_LIST_STORAGE_POOLS_INACTIVE,
        &n);

    virObjectListFree(objs);
    return n;
}


int
virStoragePoolObjListGetNames(virStoragePoolObjList *pools,
                              bool active,
                              char **const names,
                              int maxnames)
{
    size_t n = 0;
    virStoragePoolObj **objs = virStoragePoolObjListCollect(
        pools,
        active ? VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE : VIR_CONNECT_LIST_STORAGE_POOLS_INACTIVE,
        &n);
    size_t i;
    int count = 0;

    for (i = 0; i < n && count < maxnames; i++) {
        virObjectLock(objs[i]);
        names[count++] = g_strdup(objs[i]->def->name);
        virObjectUnlock(objs[i]);
    }
    virObjectListFree(objs);
    return count;
}


virStorageVolDef *
virStoragePoolObjFindVolByName(virStoragePoolObj *obj, const char *name)
{
    size_t i;

    for (i = 0; i < obj->volumes->len; i++) {
        virStorageVolDef *vol = g_ptr_array_index(obj->volumes, i);

        if (g_str_equal(vol->name, name))
            return vol;
    }
    return NULL;
}


virStorageVolDef *
virStoragePoolObjFindVolByKey(virStoragePoolObj *obj, const char *key)
{
    size_t i;

    for (i = 0; i < obj->volumes->len; i++) {
        virStorageVolDef *vol = g_ptr_array_index(obj->volumes, i);

        if (g_strcmp0(vol->key, key) == 0)
            return vol;
    }
    return NULL;
}


virStorageVolDef *
virStoragePoolObjFindVolByPath(virStoragePoolObj *obj, const char *path)
{
    size_t i;

    for (i = 0; i < obj->volumes->len; i++) {
        virStorageVolDef *vol = g_ptr_array_index(obj->volumes, i);

        if (g_strcmp0(vol->target.path, path) == 0)
            return vol;
    }
    return NULL;
}


void
virStoragePoolObjAddVol(virStoragePoolObj *obj, virStorageVolDef *vol)
{
    g_ptr_array_add(obj->volumes, vol);
}


void
virStoragePoolObjRemoveVol(virStoragePoolObj *obj, virStorageVolDef *vol)
{
    g_ptr_array_remove(obj->volumes, vol);
}
