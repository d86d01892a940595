/*
 * virteststorage.c: test driver storage pools
 *
 * As Debian's libvirt 9.0 test driver (recorded with python3-libvirt):
 * every pool reports 100 GiB of capacity less what its volumes allocate,
 * pools are found by name, and volumes survive a pool's destroy/create.
 * Lifecycle events are raised where libvirt's test driver raises them
 * (define, undefine, start, stop, build, delete) and refresh events by
 * refresh.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "datatypes.h"
#include "internal.h"
#include "virerror.h"
#include "virstoragepoolevent.h"
#include "virtestdriverpriv.h"
#include "viruuid.h"
#include "virxml.h"

#define VIR_FROM_THIS VIR_FROM_TEST


static virStoragePoolObj *
testStoragePoolObjFindByName(virTestDriver *driver, const char *name)
{
    virStoragePoolObj *obj;

    if (!(obj = virStoragePoolObjListFindByName(driver->pools, name)))
        virReportError(VIR_ERR_NO_STORAGE_POOL, _("no storage pool with matching name '%1$s'"),
                       name);
    return obj;
}


static virStoragePoolObj *
testStoragePoolObjFindByUUID(virTestDriver *driver, const unsigned char *uuid)
{
    char uuidstr[VIR_UUID_STRING_BUFLEN];
    virStoragePoolObj *obj;

    if (!(obj = virStoragePoolObjListFindByUUID(driver->pools, uuid)))
        virReportError(VIR_ERR_NO_STORAGE_POOL, _("no storage pool with matching uuid '%1$s'"),
                       virUUIDFormat(uuid, uuidstr));
    return obj;
}


/* The pool @name if it is in state @active, else NULL with an error. */
static virStoragePoolObj *
testStoragePoolObjFindInState(virTestDriver *driver, const char *name, bool active)
{
    virStoragePoolObj *obj = testStoragePoolObjFindByName(driver, name);

    if (obj && obj->active != active) {
        if (active)
            virReportError(VIR_ERR_OPERATION_INVALID, _("storage pool '%1$s' is not active"), name);
        else
            virReportError(VIR_ERR_OPERATION_INVALID, _("storage pool '%1$s' is active"), name);
        virStoragePoolObjEndAPI(&obj);
    }
    return obj;
}


/* Queues a lifecycle event (@type: a virStoragePoolEventLifecycleType). */
static void
testStoragePoolEvent(virTestDriver *driver, const char *name, const unsigned char *uuid, int type)
{
    virObjectEventStateQueue(driver->events, virStoragePoolEventLifecycleNew(name, uuid, type, 0));
}


static void
testStoragePoolSetDefaults(virStoragePoolDef *def)
{
    def->capacity = VIR_TEST_POOL_CAPACITY;
    def->allocation = 0;
    def->available = VIR_TEST_POOL_CAPACITY;
}


/* A handle for @obj (locked; released here); NULL stays NULL. */
static virStoragePool *
testStoragePoolHandle(virConnect *conn, virStoragePoolObj *obj)
{
    virStoragePool *pool;

    if (!obj)
        return NULL;
    pool = virGetStoragePool(conn, obj->def->name, obj->def->uuid, NULL, NULL);
    virStoragePoolObjEndAPI(&obj);
    return pool;
}


static virStoragePool *
testStoragePoolLookupByName(virConnect *conn, const char *name)
{
    return testStoragePoolHandle(conn, testStoragePoolObjFindByName(conn->privateData, name));
}


static virStoragePool *
testStoragePoolLookupByUUID(virConnect *conn, const unsigned char *uuid)
{
    return testStoragePoolHandle(conn, testStoragePoolObjFindByUUID(conn->privateData, uuid));
}


static virStoragePool *
testStoragePoolLookupByVolume(virStorageVol *vol)
{
    return testStoragePoolLookupByName(vol->conn, vol->pool);
}


static int
testConnectNumOfStoragePools(virConnect *conn)
{
    return virStoragePoolObjListNum(((virTestDriver *)conn->privateData)->pools, true);
}


static int
testConnectListStoragePools(virConnect *conn, char **const names, int maxnames)
{
    return virStoragePoolObjListGetNames(((virTestDriver *)conn->privateData)->pools, true, names,
                                         maxnames);
}


static int
testConnectNumOfDefinedStoragePools(virConnect *conn)
{
    return virStoragePoolObjListNum(((virTestDriver *)conn->privateData)->pools, false);
}


static int
testConnectListDefinedStoragePools(virConnect *conn, char **const names, int maxnames)
{
    return virStoragePoolObjListGetNames(((virTestDriver *)conn->privateData)->pools, false, names,
                                         maxnames);
}


static int
testConnectListAllStoragePools(virConnect *conn, virStoragePool ***pools, unsigned int flags)
{
    virTestDriver *driver = conn->privateData;
    virStoragePoolObj **objs;
    size_t n = 0;
    size_t i;

    if (!virDriverCheckFlags(flags, VIR_CONNECT_LIST_STORAGE_POOLS_FILTERS_ALL))
        return -1;
    objs = virStoragePoolObjListCollect(driver->pools, flags, &n);
    if (pools) {
        g_autofree virStoragePool **list = g_new0(virStoragePool *, n + 1);

        for (i = 0; i < n; i++) {
            virObjectLock(objs[i]);
            list[i] = virGetStoragePool(conn, objs[i]->def->name, objs[i]->def->uuid, NULL, NULL);
            virObjectUnlock(objs[i]);
            if (!list[i]) {
                virObjectListFree(g_steal_pointer(&list));
                virObjectListFree(objs);
                return -1;
            }
        }
        *pools = g_steal_pointer(&list);
    }
    virObjectListFree(objs);
    return n;
}


static int
testStoragePoolIsActive(virStoragePool *pool)
{
    virStoragePoolObj *obj = testStoragePoolObjFindByUUID(pool->conn->privateData, pool->uuid);
    int ret;

    if (!obj)
        return -1;
    ret = obj->active;
    virStoragePoolObjEndAPI(&obj);
    return ret;
}


static int
testStoragePoolIsPersistent(virStoragePool *pool)
{
    virStoragePoolObj *obj = testStoragePoolObjFindByUUID(pool->conn->privateData, pool->uuid);
    int ret;

    if (!obj)
        return -1;
    ret = obj->persistent;
    virStoragePoolObjEndAPI(&obj);
    return ret;
}


static int
testStoragePoolCreate(virStoragePool *pool, unsigned int flags)
{
    virTestDriver *driver = pool->conn->privateData;
    virStoragePoolObj *obj;

    if (!virDriverCheckFlags(flags, 0))
        return -1;
    if (!(obj = testStoragePoolObjFindInState(driver, pool->name, false)))
        return -1;
    obj->active = true;
    testStoragePoolEvent(driver, pool->name, pool->uuid, VIR_STORAGE_POOL_EVENT_STARTED);
    virStoragePoolObjEndAPI(&obj);
    return 0;
}


static char *
testConnectFindStoragePoolSources(virConnect *conn G_GNUC_UNUSED,
                                  const char *type,
                                  const char *srcSpec,
                                  unsigned int flags)
{
    int pooltype;
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autofree char *host = NULL;

    if (!virDriverCheckFlags(flags, 0))
        return NULL;
    /* as libvirt: the first type (dir) counts as unknown here */
    if ((pooltype = virStoragePoolTypeFromString(type)) <= 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unknown storage pool type %1$s"), type);
        return NULL;
    }
    if (srcSpec && !(doc = virXMLParse(NULL, srcSpec, _("(storage_source_specification)"), "source",
                                       &ctxt, NULL, false)))
        return NULL;

    if (pooltype == VIR_STORAGE_POOL_LOGICAL)
        return g_strdup("<sources>\n"
                        "  <source>\n"
                        "    <device path='/dev/sda20'/>\n"
                        "    <name>testvg1</name>\n"
                        "    <format type='lvm2'/>\n"
                        "  </source>\n"
                        "  <source>\n"
                        "    <device path='/dev/sda21'/>\n"
                        "    <name>testvg2</name>\n"
                        "    <format type='lvm2'/>\n"
                        "  </source>\n"
                        "</sources>\n");
    if (pooltype == VIR_STORAGE_POOL_NETFS) {
        if (!ctxt || !(host = virXPathString("string(/source/host/@name)", ctxt))) {
            virReportError(VIR_ERR_INVALID_ARG, "%s",
                           _("hostname must be specified for netfs sources"));
            return NULL;
        }
        return g_strdup_printf("<sources>\n"
                               "  <source>\n"
                               "    <host name='%s'/>\n"
                               "    <dir path='/testshare'/>\n"
                               "    <format type='nfs'/>\n"
                               "  </source>\n"
                               "</sources>\n",
                               host);
    }
    virReportError(VIR_ERR_NO_SUPPORT, _("pool type '%1$s' does not support source discovery"),
                   type);
    return NULL;
}


static virStoragePool *
testStoragePoolCreateXML(virConnect *conn, const char *xml, unsigned int flags)
{
    virTestDriver *driver = conn->privateData;
    g_autoptr(virStoragePoolDef) def = NULL;
    virStoragePoolObj *obj;

    if (!virDriverCheckFlags(flags, 0))
        return NULL;
    if (!(def = virStoragePoolDefParseString(xml, 0)))
        return NULL;
    testStoragePoolSetDefaults(def);
    if (!(obj = virStoragePoolObjListAdd(driver->pools, &def,
                                         VIR_STORAGE_POOL_OBJ_LIST_ADD_CHECK_LIVE)))
        return NULL;
    obj->active = true;
    testStoragePoolEvent(driver, obj->def->name, obj->def->uuid, VIR_STORAGE_POOL_EVENT_STARTED);
    return testStoragePoolHandle(conn, obj);
}


static virStoragePool *
testStoragePoolDefineXML(virConnect *conn, const char *xml, unsigned int flags)
{
    virTestDriver *driver = conn->privateData;
    g_autoptr(virStoragePoolDef) def = NULL;
    virStoragePoolObj *obj;

    if (!virDriverCheckFlags(flags, VIR_STORAGE_POOL_DEFINE_VALIDATE))
        return NULL;
    if (!(def = virStoragePoolDefParseString(xml, (flags & VIR_STORAGE_POOL_DEFINE_VALIDATE)
                                                      ? VIR_STORAGE_POOL_DEF_PARSE_VALIDATE
                                                      : 0)))
        return NULL;
    testStoragePoolSetDefaults(def);
    if (!(obj = virStoragePoolObjListAdd(driver->pools, &def, 0)))
        return NULL;
    obj->persistent = true;
    testStoragePoolEvent(driver, obj->def->name, obj->def->uuid, VIR_STORAGE_POOL_EVENT_DEFINED);
    return testStoragePoolHandle(conn, obj);
}


static int
testStoragePoolUndefine(virStoragePool *pool)
{
    virTestDriver *driver = pool->conn->privateData;
    virStoragePoolObj *obj = testStoragePoolObjFindInState(driver, pool->name, false);

    if (!obj)
        return -1;
    testStoragePoolEvent(driver, pool->name, pool->uuid, VIR_STORAGE_POOL_EVENT_UNDEFINED);
    virStoragePoolObjListRemove(driver->pools, obj);
    virStoragePoolObjEndAPI(&obj);
    return 0;
}


/*
 * Build and delete: accepted on an inactive pool with nothing to do but
 * the event (@type). The flags are checked by the callers, whose names
 * libvirt's "unsupported flags" message shows.
 */
static int
testStoragePoolInactiveEvent(virStoragePool *pool, int type)
{
    virTestDriver *driver = pool->conn->privateData;
    virStoragePoolObj *obj;

    if (!(obj = testStoragePoolObjFindInState(driver, pool->name, false)))
        return -1;
    testStoragePoolEvent(driver, pool->name, pool->uuid, type);
    virStoragePoolObjEndAPI(&obj);
    return 0;
}


static int
testStoragePoolBuild(virStoragePool *pool, unsigned int flags)
{
    if (!virDriverCheckFlags(flags, 0))
        return -1;
    return testStoragePoolInactiveEvent(pool, VIR_STORAGE_POOL_EVENT_CREATED);
}


static int
testStoragePoolDelete(virStoragePool *pool, unsigned int flags)
{
    if (!virDriverCheckFlags(flags, 0))
        return -1;
    return testStoragePoolInactiveEvent(pool, VIR_STORAGE_POOL_EVENT_DELETED);
}


static int
testStoragePoolRefresh(virStoragePool *pool, unsigned int flags)
{
    virTestDriver *driver = pool->conn->privateData;
    virStoragePoolObj *obj;

    if (!virDriverCheckFlags(flags, 0))
        return -1;
    if (!(obj = testStoragePoolObjFindInState(driver, pool->name, true)))
        return -1;
    virObjectEventStateQueue(driver->events, virStoragePoolEventRefreshNew(pool->name, pool->uuid));
    virStoragePoolObjEndAPI(&obj);
    return 0;
}


static int
testStoragePoolDestroy(virStoragePool *pool)
{
    virTestDriver *driver = pool->conn->privateData;
    virStoragePoolObj *obj = testStoragePoolObjFindInState(driver, pool->name, true);

    if (!obj)
        return -1;
    obj->active = false;
    testStoragePoolEvent(driver, obj->def->name, obj->def->uuid, VIR_STORAGE_POOL_EVENT_STOPPED);
    if (!obj->persistent)
        virStoragePoolObjListRemove(driver->pools, obj);
    virStoragePoolObjEndAPI(&obj);
    return 0;
}


static int
testStoragePoolGetInfo(virStoragePool *pool, virStoragePoolInfo *info)
{
    virStoragePoolObj *obj = testStoragePoolObjFindByName(pool->conn->privateData, pool->name);

    if (!obj)
        return -1;
    info->state = obj->active ? VIR_STORAGE_POOL_RUNNING : VIR_STORAGE_POOL_INACTIVE;
    info->capacity = obj->def->capacity;
    info->allocation = obj->def->allocation;
    info->available = obj->def->available;
    virStoragePoolObjEndAPI(&obj);
    return 0;
}


static char *
testStoragePoolGetXMLDesc(virStoragePool *pool, unsigned int flags)
{
    virStoragePoolObj *obj;
    char *ret;

    if (!virDriverCheckFlags(flags, 0))
        return NULL;
    if (!(obj = testStoragePoolObjFindByName(pool->conn->privateData, pool->name)))
        return NULL;
    ret = virStoragePoolDefFormat(obj->def, 0);
    virStoragePoolObjEndAPI(&obj);
    return ret;
}


static int
testStoragePoolGetAutostart(virStoragePool *pool, int *autostart)
{
    virStoragePoolObj *obj = testStoragePoolObjFindByName(pool->conn->privateData, pool->name);

    if (!obj)
        return -1;
    *autostart = obj->persistent && obj->autostart;
    virStoragePoolObjEndAPI(&obj);
    return 0;
}


static int
testStoragePoolSetAutostart(virStoragePool *pool, int autostart)
{
    virStoragePoolObj *obj = testStoragePoolObjFindByName(pool->conn->privateData, pool->name);
    int ret = -1;

    if (!obj)
        return -1;
    if (!obj->persistent) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("pool has no config file"));
    } else {
        obj->autostart = autostart != 0;
        ret = 0;
    }
    virStoragePoolObjEndAPI(&obj);
    return ret;
}


/* Pool events share the driver's event state with the other families. */
static int
testConnectStoragePoolEventRegisterAny(virConnect *conn,
                                       virStoragePool *pool,
                                       int eventID,
                                       virConnectStoragePoolEventGenericCallback cb,
                                       void *opaque,
                                       virFreeCallback freecb)
{
    virTestDriver *driver = conn->privateData;

    return virStoragePoolEventStateRegisterID(driver->events, conn, pool ? pool->uuid : NULL,
                                              eventID, cb, opaque, freecb);
}


static int
testConnectStoragePoolEventDeregisterAny(virConnect *conn, int callbackID)
{
    virTestDriver *driver = conn->privateData;

    return virObjectEventStateDeregisterID(driver->events, conn, callbackID);
}


void
virTestStoragePoolFillDriver(virStorageDriver *drv)
{
    drv->connectNumOfStoragePools = testConnectNumOfStoragePools;
    drv->connectListStoragePools = testConnectListStoragePools;
    drv->connectNumOfDefinedStoragePools = testConnectNumOfDefinedStoragePools;
    drv->connectListDefinedStoragePools = testConnectListDefinedStoragePools;
    drv->connectListAllStoragePools = testConnectListAllStoragePools;
    drv->connectFindStoragePoolSources = testConnectFindStoragePoolSources;
    drv->storagePoolLookupByName = testStoragePoolLookupByName;
    drv->storagePoolLookupByUUID = testStoragePoolLookupByUUID;
    drv->storagePoolLookupByVolume = testStoragePoolLookupByVolume;
    drv->storagePoolCreateXML = testStoragePoolCreateXML;
    drv->storagePoolDefineXML = testStoragePoolDefineXML;
    drv->storagePoolBuild = testStoragePoolBuild;
    drv->storagePoolUndefine = testStoragePoolUndefine;
    drv->storagePoolCreate = testStoragePoolCreate;
    drv->storagePoolDestroy = testStoragePoolDestroy;
    drv->storagePoolDelete = testStoragePoolDelete;
    drv->storagePoolRefresh = testStoragePoolRefresh;
    drv->storagePoolGetInfo = testStoragePoolGetInfo;
    drv->storagePoolGetXMLDesc = testStoragePoolGetXMLDesc;
    drv->storagePoolGetAutostart = testStoragePoolGetAutostart;
    drv->storagePoolSetAutostart = testStoragePoolSetAutostart;
    drv->storagePoolIsActive = testStoragePoolIsActive;
    drv->storagePoolIsPersistent = testStoragePoolIsPersistent;
    drv->connectStoragePoolEventRegisterAny = testConnectStoragePoolEventRegisterAny;
    drv->connectStoragePoolEventDeregisterAny = testConnectStoragePoolEventDeregisterAny;
}
