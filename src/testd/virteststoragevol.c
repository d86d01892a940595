/*
 * virteststoragevol.c: test driver storage volumes
 *
 * As Debian's libvirt 9.0 test driver (recorded with python3-libvirt):
 * a volume lives at POOLPATH/NAME with that path as key, and its
 * allocation counts against the pool's 100 GiB. libvirt's test driver has
 * no wipe or resize (they fail with VIR_ERR_NO_SUPPORT there); here wipe
 * succeeds without doing anything and resize follows libvirt's storage
 * driver (ALLOCATE, DELTA, SHRINK and their errors), so that the whole
 * volume API can be exercised in memory.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "datatypes.h"
#include "internal.h"
#include "virerror.h"
#include "virtestdriverpriv.h"

#define VIR_FROM_THIS VIR_FROM_TEST


/* The active pool @name, locked; NULL with libvirt's errors. */
static virStoragePoolObj *
testStoragePoolObjFindActive(virTestDriver *driver, const char *name)
{
    virStoragePoolObj *obj;

    if (!(obj = virStoragePoolObjListFindByName(driver->pools, name))) {
        virReportError(VIR_ERR_NO_STORAGE_POOL, _("no storage pool with matching name '%1$s'"),
                       name);
        return NULL;
    }
    if (!obj->active) {
        virReportError(VIR_ERR_OPERATION_INVALID, _("storage pool '%1$s' is not active"), name);
        virStoragePoolObjEndAPI(&obj);
    }
    return obj;
}


static virStorageVolDef *
testStorageVolDefFindByName(virStoragePoolObj *obj, const char *name)
{
    virStorageVolDef *vol;

    if (!(vol = virStoragePoolObjFindVolByName(obj, name)))
        virReportError(VIR_ERR_NO_STORAGE_VOL, _("no storage vol with matching name '%1$s'"), name);
    return vol;
}


/* Finds the pool and the volume of the handle @vol; the pool is returned
 * locked and *@def set, or NULL with an error. */
static virStoragePoolObj *
testStorageVolFind(virStorageVol *vol, virStorageVolDef **def)
{
    virStoragePoolObj *obj = testStoragePoolObjFindActive(vol->conn->privateData, vol->pool);

    if (obj && !(*def = testStorageVolDefFindByName(obj, vol->name)))
        virStoragePoolObjEndAPI(&obj);
    return obj;
}


static int
testStoragePoolNumOfVolumes(virStoragePool *pool)
{
    virStoragePoolObj *obj = testStoragePoolObjFindActive(pool->conn->privateData, pool->name);
    int ret;

    if (!obj)
        return -1;
    ret = obj->volumes->len;
    virStoragePoolObjEndAPI(&obj);
    return ret;
}


static int
testStoragePoolListVolumes(virStoragePool *pool, char **const names, int maxnames)
{
    virStoragePoolObj *obj = testStoragePoolObjFindActive(pool->conn->privateData, pool->name);
    int n = 0;

    if (!obj)
        return -1;
    for (n = 0; n < maxnames && (guint)n < obj->volumes->len; n++)
        names[n] = g_strdup(((virStorageVolDef *)g_ptr_array_index(obj->volumes, n))->name);
    virStoragePoolObjEndAPI(&obj);
    return n;
}


static int
testStoragePoolListAllVolumes(virStoragePool *pool, virStorageVol ***vols, unsigned int flags)
{
    virTestDriver *driver = pool->conn->privateData;
    g_autofree virStorageVol **list = NULL;
    virStoragePoolObj *obj;
    int n;
    size_t i;

    if (!virDriverCheckFlags(flags, 0))
        return -1;
    if (!(obj = virStoragePoolObjListFindByUUID(driver->pools, pool->uuid))) {
        virReportError(VIR_ERR_NO_STORAGE_POOL, _("no storage pool with matching name '%1$s'"),
                       pool->name);
        return -1;
    }
    if (!obj->active) {
        virReportError(VIR_ERR_OPERATION_INVALID, "%s", _("storage pool is not active"));
        virStoragePoolObjEndAPI(&obj);
        return -1;
    }
    n = obj->volumes->len;
    if (vols) {
        list = g_new0(virStorageVol *, n + 1);
        for (i = 0; i < (size_t)n; i++) {
            virStorageVolDef *def = g_ptr_array_index(obj->volumes, i);

            if (!(list[i] = virGetStorageVol(pool->conn, obj->def->name, def->name, def->key, NULL,
                                             NULL))) {
                virObjectListFree(g_steal_pointer(&list));
                n = -1;
                break;
            }
        }
        if (n >= 0)
            *vols = g_steal_pointer(&list);
    }
    virStoragePoolObjEndAPI(&obj);
    return n;
}


static virStorageVol *
testStorageVolLookupByName(virStoragePool *pool, const char *name)
{
    virStoragePoolObj *obj = testStoragePoolObjFindActive(pool->conn->privateData, pool->name);
    virStorageVolDef *def;
    virStorageVol *ret = NULL;

    if (!obj)
        return NULL;
    if ((def = testStorageVolDefFindByName(obj, name)))
        ret = virGetStorageVol(pool->conn, obj->def->name, def->name, def->key, NULL, NULL);
    virStoragePoolObjEndAPI(&obj);
    return ret;
}


/* The volume with @key (byKey) or path @key in an active pool. */
static virStorageVol *
testStorageVolLookupBy(virConnect *conn, const char *key, bool byKey)
{
    virTestDriver *driver = conn->privateData;
    size_t n = 0;
    virStoragePoolObj **objs =
        virStoragePoolObjListCollect(driver->pools, VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE, &n);
    virStorageVol *ret = NULL;
    size_t i;

    for (i = 0; i < n && !ret; i++) {
        virStorageVolDef *def;

        virObjectLock(objs[i]);
        def = byKey ? virStoragePoolObjFindVolByKey(objs[i], key)
                    : virStoragePoolObjFindVolByPath(objs[i], key);
        if (def)
            ret = virGetStorageVol(conn, objs[i]->def->name, def->name, def->key, NULL, NULL);
        virObjectUnlock(objs[i]);
    }
    virObjectListFree(objs);
    if (!ret) {
        if (byKey)
            virReportError(VIR_ERR_NO_STORAGE_VOL, _("no storage vol with matching key '%1$s'"),
                           key);
        else
            virReportError(VIR_ERR_NO_STORAGE_VOL, _("no storage vol with matching path '%1$s'"),
                           key);
    }
    return ret;
}


static virStorageVol *
testStorageVolLookupByKey(virConnect *conn, const char *key)
{
    return testStorageVolLookupBy(conn, key, true);
}


static virStorageVol *
testStorageVolLookupByPath(virConnect *conn, const char *path)
{
    return testStorageVolLookupBy(conn, path, false);
}


/* Parses and places a new volume of the active pool @obj (locked). */
static virStorageVol *
testStorageVolAdd(virConnect *conn, virStoragePoolObj *obj, virStorageVolDef *vol)
{
    virStoragePoolDef *def = obj->def;

    if (def->allocation + vol->allocation > def->capacity) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("Not enough free space in pool for volume '%1$s'"),
                       vol->name);
        virStorageVolDefFree(vol);
        return NULL;
    }
    g_free(vol->target.path);
    vol->target.path = g_strdup_printf("%s/%s", def->target.path, vol->name);
    g_free(vol->key);
    vol->key = g_strdup(vol->target.path);
    def->allocation += vol->allocation;
    def->available = def->capacity - def->allocation;
    virStoragePoolObjAddVol(obj, vol);
    return virGetStorageVol(conn, def->name, vol->name, vol->key, NULL, NULL);
}


/*
 * Creates a volume, cloning @clonevol (of the same pool) if non-NULL.
 * @flags: VIR_STORAGE_VOL_CREATE_VALIDATE or 0. As libvirt 9.0's test
 * driver, the flag goes to the volume parser as its VALIDATE flag (the
 * same bit), which validates the document and then refuses the flag.
 */
static virStorageVol *
testStorageVolCreate(virStoragePool *pool,
                     const char *xml,
                     virStorageVol *clonevol,
                     unsigned int flags)
{
    virStoragePoolObj *obj;
    g_autoptr(virStorageVolDef) vol = NULL;
    virStorageVol *ret = NULL;
    unsigned int parseFlags = 0;

    if (flags & VIR_STORAGE_VOL_CREATE_VALIDATE)
        parseFlags |= VIR_VOL_XML_PARSE_VALIDATE;
    if (!(obj = testStoragePoolObjFindActive(pool->conn->privateData, pool->name)))
        return NULL;
    if (!(vol = virStorageVolDefParseString(obj->def, xml, parseFlags)))
        goto cleanup;
    if (virStoragePoolObjFindVolByName(obj, vol->name)) {
        virReportError(VIR_ERR_OPERATION_FAILED, "%s", _("storage vol already exists"));
        goto cleanup;
    }
    if (clonevol && !virStoragePoolObjFindVolByName(obj, clonevol->name)) {
        virReportError(VIR_ERR_NO_STORAGE_VOL, _("no storage vol with matching name '%1$s'"),
                       clonevol->name);
        goto cleanup;
    }
    ret = testStorageVolAdd(pool->conn, obj, g_steal_pointer(&vol));

cleanup:
    virStoragePoolObjEndAPI(&obj);
    return ret;
}


static virStorageVol *
testStorageVolCreateXML(virStoragePool *pool, const char *xml, unsigned int flags)
{
    if (!virDriverCheckFlags(flags, VIR_STORAGE_VOL_CREATE_VALIDATE))
        return NULL;
    return testStorageVolCreate(pool, xml, NULL, flags);
}


static virStorageVol *
testStorageVolCreateXMLFrom(virStoragePool *pool,
                            const char *xml,
                            virStorageVol *clonevol,
                            unsigned int flags)
{
    if (!virDriverCheckFlags(flags, VIR_STORAGE_VOL_CREATE_VALIDATE))
        return NULL;
    return testStorageVolCreate(pool, xml, clonevol, flags);
}


static int
testStorageVolDelete(virStorageVol *vol, unsigned int flags)
{
    virStorageVolDef *def = NULL;
    virStoragePoolObj *obj;

    if (!virDriverCheckFlags(flags, 0))
        return -1;
    if (!(obj = testStorageVolFind(vol, &def)))
        return -1;
    obj->def->allocation -= def->allocation;
    obj->def->available = obj->def->capacity - obj->def->allocation;
    virStoragePoolObjRemoveVol(obj, def);
    virStoragePoolObjEndAPI(&obj);
    return 0;
}


static int
testStorageVolWipePattern(virStorageVol *vol, unsigned int algorithm, unsigned int flags)
{
    virStorageVolDef *def = NULL;
    virStoragePoolObj *obj;

    if (!virDriverCheckFlags(flags, 0))
        return -1;
    if (algorithm >= VIR_STORAGE_VOL_WIPE_ALG_LAST) {
        virReportError(VIR_ERR_INVALID_ARG, _("wiping algorithm %1$d not supported"), algorithm);
        return -1;
    }
    if (!(obj = testStorageVolFind(vol, &def)))
        return -1;
    /* nothing to overwrite: the volume has no data */
    virStoragePoolObjEndAPI(&obj);
    return 0;
}


static int
testStorageVolWipe(virStorageVol *vol, unsigned int flags)
{
    return testStorageVolWipePattern(vol, VIR_STORAGE_VOL_WIPE_ALG_ZERO, flags);
}


/* New capacity of a resize, or -1 with libvirt's storage driver errors. */
static int
testStorageVolResizeCapacity(virStorageVolDef *def,
                             unsigned long long capacity,
                             unsigned int flags,
                             unsigned long long *newcap)
{
    if (flags & VIR_STORAGE_VOL_RESIZE_DELTA) {
        if (flags & VIR_STORAGE_VOL_RESIZE_SHRINK) {
            if (capacity > def->capacity) {
                virReportError(VIR_ERR_INVALID_ARG, "%s", _("can't shrink capacity below zero"));
                return -1;
            }
            capacity = def->capacity - capacity;
        } else {
            capacity += def->capacity;
        }
    }
    if (capacity < def->allocation) {
        virReportError(VIR_ERR_INVALID_ARG, "%s",
                       _("can't shrink capacity below existing allocation"));
        return -1;
    }
    if (capacity < def->capacity && !(flags & VIR_STORAGE_VOL_RESIZE_SHRINK)) {
        virReportError(
            VIR_ERR_INVALID_ARG, "%s",
            _("Can't shrink capacity below current capacity unless shrink flag explicitly specified"));
        return -1;
    }
    *newcap = capacity;
    return 0;
}


static int
testStorageVolResize(virStorageVol *vol, unsigned long long capacity, unsigned int flags)
{
    virStorageVolDef *def = NULL;
    virStoragePoolObj *obj;
    unsigned long long newcap;
    int ret = -1;

    if (!virDriverCheckFlags(flags, VIR_STORAGE_VOL_RESIZE_ALLOCATE | VIR_STORAGE_VOL_RESIZE_DELTA |
                                        VIR_STORAGE_VOL_RESIZE_SHRINK))
        return -1;
    if (!(obj = testStorageVolFind(vol, &def)))
        return -1;
    if (testStorageVolResizeCapacity(def, capacity, flags, &newcap) < 0)
        goto cleanup;
    if ((flags & VIR_STORAGE_VOL_RESIZE_ALLOCATE) && newcap > def->allocation) {
        unsigned long long delta = newcap - def->allocation;

        if (delta > obj->def->available) {
            virReportError(VIR_ERR_OPERATION_FAILED, "%s",
                           _("Not enough space left in storage pool"));
            goto cleanup;
        }
        def->allocation = newcap;
        obj->def->allocation += delta;
        obj->def->available = obj->def->capacity - obj->def->allocation;
    }
    def->capacity = newcap;
    ret = 0;

cleanup:
    virStoragePoolObjEndAPI(&obj);
    return ret;
}


/* The volume type of a pool type, as libvirt's test driver reports it. */
static int
testStorageVolTypeForPool(int pooltype)
{
    switch (pooltype) {
    case VIR_STORAGE_POOL_DIR:
    case VIR_STORAGE_POOL_FS:
    case VIR_STORAGE_POOL_NETFS:
    case VIR_STORAGE_POOL_VSTORAGE:
        return VIR_STORAGE_VOL_FILE;
    case VIR_STORAGE_POOL_SHEEPDOG:
    case VIR_STORAGE_POOL_ISCSI_DIRECT:
    case VIR_STORAGE_POOL_GLUSTER:
    case VIR_STORAGE_POOL_RBD:
        return VIR_STORAGE_VOL_NETWORK;
    default:
        return VIR_STORAGE_VOL_BLOCK;
    }
}


static int
testStorageVolGetInfo(virStorageVol *vol, virStorageVolInfo *info)
{
    virStorageVolDef *def = NULL;
    virStoragePoolObj *obj;

    if (!(obj = testStorageVolFind(vol, &def)))
        return -1;
    info->type = testStorageVolTypeForPool(obj->def->type);
    info->capacity = def->capacity;
    info->allocation = def->allocation;
    virStoragePoolObjEndAPI(&obj);
    return 0;
}


static char *
testStorageVolGetXMLDesc(virStorageVol *vol, unsigned int flags)
{
    virStorageVolDef *def = NULL;
    virStoragePoolObj *obj;
    char *ret;

    if (!virDriverCheckFlags(flags, 0))
        return NULL;
    if (!(obj = testStorageVolFind(vol, &def)))
        return NULL;
    ret = virStorageVolDefFormat(def, 0);
    virStoragePoolObjEndAPI(&obj);
    return ret;
}


static char *
testStorageVolGetPath(virStorageVol *vol)
{
    virStorageVolDef *def = NULL;
    virStoragePoolObj *obj;
    char *ret;

    if (!(obj = testStorageVolFind(vol, &def)))
        return NULL;
    ret = g_strdup(def->target.path);
    virStoragePoolObjEndAPI(&obj);
    return ret;
}


void
virTestStorageVolFillDriver(virStorageDriver *drv)
{
    drv->storagePoolNumOfVolumes = testStoragePoolNumOfVolumes;
    drv->storagePoolListVolumes = testStoragePoolListVolumes;
    drv->storagePoolListAllVolumes = testStoragePoolListAllVolumes;
    drv->storageVolLookupByName = testStorageVolLookupByName;
    drv->storageVolLookupByKey = testStorageVolLookupByKey;
    drv->storageVolLookupByPath = testStorageVolLookupByPath;
    drv->storageVolCreateXML = testStorageVolCreateXML;
    drv->storageVolCreateXMLFrom = testStorageVolCreateXMLFrom;
    drv->storageVolDelete = testStorageVolDelete;
    drv->storageVolWipe = testStorageVolWipe;
    drv->storageVolWipePattern = testStorageVolWipePattern;
    drv->storageVolResize = testStorageVolResize;
    drv->storageVolGetInfo = testStorageVolGetInfo;
    drv->storageVolGetXMLDesc = testStorageVolGetXMLDesc;
    drv->storageVolGetPath = testStorageVolGetPath;
}
