/*
 * remote_dispatch_storage.c: REMOTE handlers of storage pool and volume
 * calls (volume upload/download streams: remote_dispatch_stream.c)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"

#define VIR_REMOTE_DISPATCH_PRIV_H_ALLOW
#include "remote_dispatch_priv.h"

#define VIR_FROM_THIS VIR_FROM_RPC


/* The remoteDispatchToWireFunc of the family. */
static void
remoteDispatchStoragePoolElemToWire(void *elem, void *obj)
{
    remoteStoragePoolToWire(elem, obj);
}


/* Fills @wire with the pool an API returned (NULL: failure). */
static int
remoteDispatchPoolRet(remote_nonnull_storage_pool *wire, virStoragePool *pool)
{
    return remoteDispatchHandleToWire(wire, pool, remoteDispatchStoragePoolElemToWire);
}


/* The remoteDispatchToWireFunc of the family. */
static void
remoteDispatchStorageVolElemToWire(void *elem, void *obj)
{
    remoteStorageVolToWire(elem, obj);
}


/* Fills @wire with the volume an API returned (NULL: failure). */
static int
remoteDispatchVolRet(remote_nonnull_storage_vol *wire, virStorageVol *vol)
{
    return remoteDispatchHandleToWire(wire, vol, remoteDispatchStorageVolElemToWire);
}


/* Runs @fn (with @flags unless @fnNoFlags is used) on the pool @p. */
static int
remoteDispatchPoolVoid(virNetServerClient *client,
                       const remote_nonnull_storage_pool *p,
                       int (*fnNoFlags)(virStoragePoolPtr pool),
                       int (*fn)(virStoragePoolPtr pool, unsigned int flags),
                       unsigned int flags)
{
    g_autoptr(virStoragePool) pool = remoteDispatchGetStoragePool(client, p);

    if (!pool)
        return -1;
    if (fnNoFlags)
        return fnNoFlags(pool) < 0 ? -1 : 0;
    return fn(pool, flags) < 0 ? -1 : 0;
}


/* ---- pools ---- */

static int
remoteDispatchConnectNumOfStoragePools(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_num_of_storage_pools_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn || (r->num = virConnectNumOfStoragePools(conn)) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchConnectNumOfDefinedStoragePools(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_num_of_defined_storage_pools_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn || (r->num = virConnectNumOfDefinedStoragePools(conn)) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchConnectListStoragePools(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_list_storage_pools_args *a = args;
    remote_connect_list_storage_pools_ret *r = ret;

    return remoteDispatchListNames(client, virConnectListStoragePools, a->maxnames,
                                   REMOTE_STORAGE_POOL_LIST_MAX, "maxnames",
                                   "REMOTE_STORAGE_POOL_LIST_MAX", &r->names);
}


static int
remoteDispatchConnectListDefinedStoragePools(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_list_defined_storage_pools_args *a = args;
    remote_connect_list_defined_storage_pools_ret *r = ret;

    return remoteDispatchListNames(client, virConnectListDefinedStoragePools, a->maxnames,
                                   REMOTE_STORAGE_POOL_LIST_MAX, "maxnames",
                                   "REMOTE_STORAGE_POOL_LIST_MAX", &r->names);
}


static int
remoteDispatchConnectListAllStoragePools(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_list_all_storage_pools_args *a = args;
    remote_connect_list_all_storage_pools_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);
    virStoragePoolPtr *pools = NULL;
    int n;

    if (!conn ||
        (n = virConnectListAllStoragePools(conn, a->need_results ? &pools : NULL, a->flags)) < 0 ||
        remoteDispatchHandlesToWire(&r->pools, pools, n, REMOTE_STORAGE_POOL_LIST_MAX,
                                    "storage_pools", sizeof(remote_nonnull_storage_pool),
                                    remoteDispatchStoragePoolElemToWire) < 0)
        return -1;
    /* with need_results 0 only the count goes back */
    r->ret = (uint32_t)n;
    return 0;
}


static int
remoteDispatchConnectFindStoragePoolSources(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_find_storage_pool_sources_args *a = args;
    remote_connect_find_storage_pool_sources_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn || !(r->xml = virConnectFindStoragePoolSources(conn, a->type, a->srcSpec, a->flags)))
        return -1;
    return 0;
}


static int
remoteDispatchStoragePoolLookupByName(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_pool_lookup_by_name_args *a = args;
    remote_storage_pool_lookup_by_name_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    return conn ? remoteDispatchPoolRet(&r->pool, virStoragePoolLookupByName(conn, a->name)) : -1;
}


static int
remoteDispatchStoragePoolLookupByUUID(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_pool_lookup_by_uuid_args *a = args;
    remote_storage_pool_lookup_by_uuid_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    return conn ? remoteDispatchPoolRet(&r->pool, virStoragePoolLookupByUUID(conn, a->uuid)) : -1;
}


static int
remoteDispatchStoragePoolLookupByVolume(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_pool_lookup_by_volume_args *a = args;
    remote_storage_pool_lookup_by_volume_ret *r = ret;
    g_autoptr(virStorageVol) vol = remoteDispatchGetStorageVol(client, &a->vol);

    return vol ? remoteDispatchPoolRet(&r->pool, virStoragePoolLookupByVolume(vol)) : -1;
}


static int
remoteDispatchStoragePoolLookupByTargetPath(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_pool_lookup_by_target_path_args *a = args;
    remote_storage_pool_lookup_by_target_path_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn)
        return -1;
    return remoteDispatchPoolRet(&r->pool, virStoragePoolLookupByTargetPath(conn, a->path));
}


static int
remoteDispatchStoragePoolCreateXML(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_pool_create_xml_args *a = args;
    remote_storage_pool_create_xml_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn)
        return -1;
    return remoteDispatchPoolRet(&r->pool, virStoragePoolCreateXML(conn, a->xml, a->flags));
}


static int
remoteDispatchStoragePoolDefineXML(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_pool_define_xml_args *a = args;
    remote_storage_pool_define_xml_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn)
        return -1;
    return remoteDispatchPoolRet(&r->pool, virStoragePoolDefineXML(conn, a->xml, a->flags));
}


static int
remoteDispatchStoragePoolCreate(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_pool_create_args *a = args;

    return remoteDispatchPoolVoid(client, &a->pool, NULL, virStoragePoolCreate, a->flags);
}


static int
remoteDispatchStoragePoolBuild(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_pool_build_args *a = args;

    return remoteDispatchPoolVoid(client, &a->pool, NULL, virStoragePoolBuild, a->flags);
}


static int
remoteDispatchStoragePoolDestroy(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_pool_destroy_args *a = args;

    return remoteDispatchPoolVoid(client, &a->pool, virStoragePoolDestroy, NULL, 0);
}


static int
remoteDispatchStoragePoolDelete(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_pool_delete_args *a = args;

    return remoteDispatchPoolVoid(client, &a->pool, NULL, virStoragePoolDelete, a->flags);
}


static int
remoteDispatchStoragePoolUndefine(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_pool_undefine_args *a = args;

    return remoteDispatchPoolVoid(client, &a->pool, virStoragePoolUndefine, NULL, 0);
}


static int
remoteDispatchStoragePoolRefresh(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_pool_refresh_args *a = args;

    return remoteDispatchPoolVoid(client, &a->pool, NULL, virStoragePoolRefresh, a->flags);
}


static int
remoteDispatchStoragePoolGetInfo(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_pool_get_info_args *a = args;
    remote_storage_pool_get_info_ret *r = ret;
    g_autoptr(virStoragePool) pool = remoteDispatchGetStoragePool(client, &a->pool);
    virStoragePoolInfo info = { 0 };

    if (!pool || virStoragePoolGetInfo(pool, &info) < 0)
        return -1;
    r->state = (uint32_t)info.state;
    r->capacity = info.capacity;
    r->allocation = info.allocation;
    r->available = info.available;
    return 0;
}


static int
remoteDispatchStoragePoolGetXMLDesc(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_pool_get_xml_desc_args *a = args;
    remote_storage_pool_get_xml_desc_ret *r = ret;
    g_autoptr(virStoragePool) pool = remoteDispatchGetStoragePool(client, &a->pool);

    if (!pool || !(r->xml = virStoragePoolGetXMLDesc(pool, a->flags)))
        return -1;
    return 0;
}


static int
remoteDispatchStoragePoolGetAutostart(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_pool_get_autostart_args *a = args;
    remote_storage_pool_get_autostart_ret *r = ret;
    g_autoptr(virStoragePool) pool = remoteDispatchGetStoragePool(client, &a->pool);
    int autostart = 0;

    if (!pool || virStoragePoolGetAutostart(pool, &autostart) < 0)
        return -1;
    r->autostart = autostart;
    return 0;
}


static int
remoteDispatchStoragePoolSetAutostart(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_pool_set_autostart_args *a = args;
    g_autoptr(virStoragePool) pool = remoteDispatchGetStoragePool(client, &a->pool);

    if (!pool || virStoragePoolSetAutostart(pool, a->autostart) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchStoragePoolIsActive(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_pool_is_active_args *a = args;
    remote_storage_pool_is_active_ret *r = ret;
    g_autoptr(virStoragePool) pool = remoteDispatchGetStoragePool(client, &a->pool);

    if (!pool || (r->active = virStoragePoolIsActive(pool)) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchStoragePoolIsPersistent(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_pool_is_persistent_args *a = args;
    remote_storage_pool_is_persistent_ret *r = ret;
    g_autoptr(virStoragePool) pool = remoteDispatchGetStoragePool(client, &a->pool);

    if (!pool || (r->persistent = virStoragePoolIsPersistent(pool)) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchStoragePoolNumOfVolumes(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_pool_num_of_volumes_args *a = args;
    remote_storage_pool_num_of_volumes_ret *r = ret;
    g_autoptr(virStoragePool) pool = remoteDispatchGetStoragePool(client, &a->pool);

    if (!pool || (r->num = virStoragePoolNumOfVolumes(pool)) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchStoragePoolListVolumes(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_pool_list_volumes_args *a = args;
    remote_storage_pool_list_volumes_ret *r = ret;
    g_autoptr(virStoragePool) pool = remoteDispatchGetStoragePool(client, &a->pool);
    g_autofree char **names = NULL;
    int n;

    if (!pool || remoteDispatchCheckMax(a->maxnames, REMOTE_STORAGE_VOL_LIST_MAX, "maxnames",
                                        "REMOTE_STORAGE_VOL_LIST_MAX") < 0)
        return -1;
    names = g_new0(char *, a->maxnames + 1);
    if ((n = virStoragePoolListVolumes(pool, names, a->maxnames)) < 0)
        return -1;
    remoteDispatchStringsToWire(&r->names, names, n);
    return 0;
}


static int
remoteDispatchStoragePoolListAllVolumes(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_pool_list_all_volumes_args *a = args;
    remote_storage_pool_list_all_volumes_ret *r = ret;
    g_autoptr(virStoragePool) pool = remoteDispatchGetStoragePool(client, &a->pool);
    virStorageVolPtr *vols = NULL;
    int n;

    if (!pool ||
        (n = virStoragePoolListAllVolumes(pool, a->need_results ? &vols : NULL, a->flags)) < 0 ||
        remoteDispatchHandlesToWire(&r->vols, vols, n, REMOTE_STORAGE_VOL_LIST_MAX, "storage_vols",
                                    sizeof(remote_nonnull_storage_vol),
                                    remoteDispatchStorageVolElemToWire) < 0)
        return -1;
    /* with need_results 0 only the count goes back */
    r->ret = (uint32_t)n;
    return 0;
}


/* ---- volumes ---- */

static int
remoteDispatchStorageVolCreateXML(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_vol_create_xml_args *a = args;
    remote_storage_vol_create_xml_ret *r = ret;
    g_autoptr(virStoragePool) pool = remoteDispatchGetStoragePool(client, &a->pool);

    if (!pool)
        return -1;
    return remoteDispatchVolRet(&r->vol, virStorageVolCreateXML(pool, a->xml, a->flags));
}


static int
remoteDispatchStorageVolCreateXMLFrom(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_vol_create_xml_from_args *a = args;
    remote_storage_vol_create_xml_from_ret *r = ret;
    g_autoptr(virStoragePool) pool = remoteDispatchGetStoragePool(client, &a->pool);
    g_autoptr(virStorageVol) clone = NULL;

    if (!pool || !(clone = remoteDispatchGetStorageVol(client, &a->clonevol)))
        return -1;
    return remoteDispatchVolRet(&r->vol, virStorageVolCreateXMLFrom(pool, a->xml, clone, a->flags));
}


static int
remoteDispatchStorageVolLookupByName(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_vol_lookup_by_name_args *a = args;
    remote_storage_vol_lookup_by_name_ret *r = ret;
    g_autoptr(virStoragePool) pool = remoteDispatchGetStoragePool(client, &a->pool);

    return pool ? remoteDispatchVolRet(&r->vol, virStorageVolLookupByName(pool, a->name)) : -1;
}


static int
remoteDispatchStorageVolLookupByKey(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_vol_lookup_by_key_args *a = args;
    remote_storage_vol_lookup_by_key_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    return conn ? remoteDispatchVolRet(&r->vol, virStorageVolLookupByKey(conn, a->key)) : -1;
}


static int
remoteDispatchStorageVolLookupByPath(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_vol_lookup_by_path_args *a = args;
    remote_storage_vol_lookup_by_path_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    return conn ? remoteDispatchVolRet(&r->vol, virStorageVolLookupByPath(conn, a->path)) : -1;
}


static int
remoteDispatchStorageVolDelete(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_vol_delete_args *a = args;
    g_autoptr(virStorageVol) vol = remoteDispatchGetStorageVol(client, &a->vol);

    if (!vol || virStorageVolDelete(vol, a->flags) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchStorageVolWipe(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_vol_wipe_args *a = args;
    g_autoptr(virStorageVol) vol = remoteDispatchGetStorageVol(client, &a->vol);

    if (!vol || virStorageVolWipe(vol, a->flags) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchStorageVolWipePattern(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_vol_wipe_pattern_args *a = args;
    g_autoptr(virStorageVol) vol = remoteDispatchGetStorageVol(client, &a->vol);

    if (!vol || virStorageVolWipePattern(vol, a->algorithm, a->flags) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchStorageVolResize(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_vol_resize_args *a = args;
    g_autoptr(virStorageVol) vol = remoteDispatchGetStorageVol(client, &a->vol);

    if (!vol || virStorageVolResize(vol, a->capacity, a->flags) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchStorageVolGetInfo(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_vol_get_info_args *a = args;
    remote_storage_vol_get_info_ret *r = ret;
    g_autoptr(virStorageVol) vol = remoteDispatchGetStorageVol(client, &a->vol);
    virStorageVolInfo info = { 0 };

    if (!vol || virStorageVolGetInfo(vol, &info) < 0)
        return -1;
    r->type = info.type;
    r->capacity = info.capacity;
    r->allocation = info.allocation;
    return 0;
}


static int
remoteDispatchStorageVolGetInfoFlags(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_vol_get_info_flags_args *a = args;
    remote_storage_vol_get_info_flags_ret *r = ret;
    g_autoptr(virStorageVol) vol = remoteDispatchGetStorageVol(client, &a->vol);
    virStorageVolInfo info = { 0 };

    if (!vol || virStorageVolGetInfoFlags(vol, &info, a->flags) < 0)
        return -1;
    r->type = info.type;
    r->capacity = info.capacity;
    r->allocation = info.allocation;
    return 0;
}


static int
remoteDispatchStorageVolGetXMLDesc(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_vol_get_xml_desc_args *a = args;
    remote_storage_vol_get_xml_desc_ret *r = ret;
    g_autoptr(virStorageVol) vol = remoteDispatchGetStorageVol(client, &a->vol);

    if (!vol || !(r->xml = virStorageVolGetXMLDesc(vol, a->flags)))
        return -1;
    return 0;
}


static int
remoteDispatchStorageVolGetPath(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_vol_get_path_args *a = args;
    remote_storage_vol_get_path_ret *r = ret;
    g_autoptr(virStorageVol) vol = remoteDispatchGetStorageVol(client, &a->vol);

    if (!vol || !(r->name = virStorageVolGetPath(vol)))
        return -1;
    return 0;
}


static const virNetServerProcHandler remoteDispatchStorageHandlers[] = {
    { REMOTE_PROC_CONNECT_NUM_OF_STORAGE_POOLS, remoteDispatchConnectNumOfStoragePools },
    { REMOTE_PROC_CONNECT_NUM_OF_DEFINED_STORAGE_POOLS,
      remoteDispatchConnectNumOfDefinedStoragePools },
    { REMOTE_PROC_CONNECT_LIST_STORAGE_POOLS, remoteDispatchConnectListStoragePools },
    { REMOTE_PROC_CONNECT_LIST_DEFINED_STORAGE_POOLS,
      remoteDispatchConnectListDefinedStoragePools },
    { REMOTE_PROC_CONNECT_LIST_ALL_STORAGE_POOLS, remoteDispatchConnectListAllStoragePools },
    { REMOTE_PROC_CONNECT_FIND_STORAGE_POOL_SOURCES, remoteDispatchConnectFindStoragePoolSources },
    { REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_NAME, remoteDispatchStoragePoolLookupByName },
    { REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_UUID, remoteDispatchStoragePoolLookupByUUID },
    { REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_VOLUME, remoteDispatchStoragePoolLookupByVolume },
    { REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_TARGET_PATH, remoteDispatchStoragePoolLookupByTargetPath },
    { REMOTE_PROC_STORAGE_POOL_CREATE_XML, remoteDispatchStoragePoolCreateXML },
    { REMOTE_PROC_STORAGE_POOL_DEFINE_XML, remoteDispatchStoragePoolDefineXML },
    { REMOTE_PROC_STORAGE_POOL_CREATE, remoteDispatchStoragePoolCreate },
    { REMOTE_PROC_STORAGE_POOL_BUILD, remoteDispatchStoragePoolBuild },
    { REMOTE_PROC_STORAGE_POOL_DESTROY, remoteDispatchStoragePoolDestroy },
    { REMOTE_PROC_STORAGE_POOL_DELETE, remoteDispatchStoragePoolDelete },
    { REMOTE_PROC_STORAGE_POOL_UNDEFINE, remoteDispatchStoragePoolUndefine },
    { REMOTE_PROC_STORAGE_POOL_REFRESH, remoteDispatchStoragePoolRefresh },
    { REMOTE_PROC_STORAGE_POOL_GET_INFO, remoteDispatchStoragePoolGetInfo },
    { REMOTE_PROC_STORAGE_POOL_GET_XML_DESC, remoteDispatchStoragePoolGetXMLDesc },
    { REMOTE_PROC_STORAGE_POOL_GET_AUTOSTART, remoteDispatchStoragePoolGetAutostart },
    { REMOTE_PROC_STORAGE_POOL_SET_AUTOSTART, remoteDispatchStoragePoolSetAutostart },
    { REMOTE_PROC_STORAGE_POOL_IS_ACTIVE, remoteDispatchStoragePoolIsActive },
    { REMOTE_PROC_STORAGE_POOL_IS_PERSISTENT, remoteDispatchStoragePoolIsPersistent },
    { REMOTE_PROC_STORAGE_POOL_NUM_OF_VOLUMES, remoteDispatchStoragePoolNumOfVolumes },
    { REMOTE_PROC_STORAGE_POOL_LIST_VOLUMES, remoteDispatchStoragePoolListVolumes },
    { REMOTE_PROC_STORAGE_POOL_LIST_ALL_VOLUMES, remoteDispatchStoragePoolListAllVolumes },
    { REMOTE_PROC_STORAGE_VOL_CREATE_XML, remoteDispatchStorageVolCreateXML },
    { REMOTE_PROC_STORAGE_VOL_CREATE_XML_FROM, remoteDispatchStorageVolCreateXMLFrom },
    { REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_NAME, remoteDispatchStorageVolLookupByName },
    { REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_KEY, remoteDispatchStorageVolLookupByKey },
    { REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_PATH, remoteDispatchStorageVolLookupByPath },
    { REMOTE_PROC_STORAGE_VOL_DELETE, remoteDispatchStorageVolDelete },
    { REMOTE_PROC_STORAGE_VOL_WIPE, remoteDispatchStorageVolWipe },
    { REMOTE_PROC_STORAGE_VOL_WIPE_PATTERN, remoteDispatchStorageVolWipePattern },
    { REMOTE_PROC_STORAGE_VOL_RESIZE, remoteDispatchStorageVolResize },
    { REMOTE_PROC_STORAGE_VOL_GET_INFO, remoteDispatchStorageVolGetInfo },
    { REMOTE_PROC_STORAGE_VOL_GET_INFO_FLAGS, remoteDispatchStorageVolGetInfoFlags },
    { REMOTE_PROC_STORAGE_VOL_GET_XML_DESC, remoteDispatchStorageVolGetXMLDesc },
    { REMOTE_PROC_STORAGE_VOL_GET_PATH, remoteDispatchStorageVolGetPath },
};

const remoteDispatchHandlerTable remoteDispatchStorageTable = {
    remoteDispatchStorageHandlers,
    G_N_ELEMENTS(remoteDispatchStorageHandlers),
};
