/*
 * remote_dispatch_domain_extra.c: REMOTE handlers of domain save/restore,
 * managed save, core dumps, metadata, devices and snapshots
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


/* ---- save, restore, core dumps ---- */

static int
remoteDispatchDomainSave(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_save_args *a = args;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || virDomainSave(dom, a->to) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainSaveFlags(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_save_flags_args *a = args;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || virDomainSaveFlags(dom, a->to, a->dxml, a->flags) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainSaveParams(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_save_params_args *a = args;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);
    virTypedParameterPtr params = NULL;
    int nparams = 0;
    int rv;

    if (!dom ||
        remoteTypedParamsFromWire(&a->params, REMOTE_DOMAIN_SAVE_PARAMS_MAX, &params, &nparams) < 0)
        return -1;
    rv = virDomainSaveParams(dom, params, nparams, a->flags);
    virTypedParamsFree(params, nparams);
    return rv < 0 ? -1 : 0;
}


static int
remoteDispatchDomainRestore(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_restore_args *a = args;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn || virDomainRestore(conn, a->from) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainRestoreFlags(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_restore_flags_args *a = args;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn || virDomainRestoreFlags(conn, a->from, a->dxml, a->flags) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainRestoreParams(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_restore_params_args *a = args;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);
    virTypedParameterPtr params = NULL;
    int nparams = 0;
    int rv;

    if (!conn ||
        remoteTypedParamsFromWire(&a->params, REMOTE_DOMAIN_SAVE_PARAMS_MAX, &params, &nparams) < 0)
        return -1;
    rv = virDomainRestoreParams(conn, params, nparams, a->flags);
    virTypedParamsFree(params, nparams);
    return rv < 0 ? -1 : 0;
}


static int
remoteDispatchDomainSaveImageGetXMLDesc(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_save_image_get_xml_desc_args *a = args;
    remote_domain_save_image_get_xml_desc_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn || !(r->xml = virDomainSaveImageGetXMLDesc(conn, a->file, a->flags)))
        return -1;
    return 0;
}


static int
remoteDispatchDomainSaveImageDefineXML(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_save_image_define_xml_args *a = args;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn || virDomainSaveImageDefineXML(conn, a->file, a->dxml, a->flags) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainCoreDump(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_core_dump_args *a = args;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || virDomainCoreDump(dom, a->to, a->flags) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainCoreDumpWithFormat(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_core_dump_with_format_args *a = args;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || virDomainCoreDumpWithFormat(dom, a->to, a->dumpformat, a->flags) < 0)
        return -1;
    return 0;
}


/* ---- managed save ---- */

static int
remoteDispatchDomainManagedSave(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_managed_save_args *a = args;

    return remoteDispatchDomainVoidFlags(client, &a->dom, a->flags, virDomainManagedSave);
}


static int
remoteDispatchDomainManagedSaveRemove(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_managed_save_remove_args *a = args;

    return remoteDispatchDomainVoidFlags(client, &a->dom, a->flags, virDomainManagedSaveRemove);
}


static int
remoteDispatchDomainHasManagedSaveImage(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_has_managed_save_image_args *a = args;
    remote_domain_has_managed_save_image_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || (r->result = virDomainHasManagedSaveImage(dom, a->flags)) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainManagedSaveGetXMLDesc(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_managed_save_get_xml_desc_args *a = args;
    remote_domain_managed_save_get_xml_desc_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || !(r->xml = virDomainManagedSaveGetXMLDesc(dom, a->flags)))
        return -1;
    return 0;
}


static int
remoteDispatchDomainManagedSaveDefineXML(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_managed_save_define_xml_args *a = args;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || virDomainManagedSaveDefineXML(dom, a->dxml, a->flags) < 0)
        return -1;
    return 0;
}


/* ---- metadata ---- */

static int
remoteDispatchDomainSetMetadata(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_set_metadata_args *a = args;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || virDomainSetMetadata(dom, a->type, a->metadata, a->key, a->uri, a->flags) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainGetMetadata(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_get_metadata_args *a = args;
    remote_domain_get_metadata_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || !(r->metadata = virDomainGetMetadata(dom, a->type, a->uri, a->flags)))
        return -1;
    return 0;
}


/* ---- devices ---- */

static int
remoteDispatchDomainAttachDevice(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_attach_device_args *a = args;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || virDomainAttachDevice(dom, a->xml) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainDetachDevice(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_detach_device_args *a = args;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || virDomainDetachDevice(dom, a->xml) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainAttachDeviceFlags(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_attach_device_flags_args *a = args;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || virDomainAttachDeviceFlags(dom, a->xml, a->flags) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainDetachDeviceFlags(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_detach_device_flags_args *a = args;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || virDomainDetachDeviceFlags(dom, a->xml, a->flags) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainUpdateDeviceFlags(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_update_device_flags_args *a = args;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || virDomainUpdateDeviceFlags(dom, a->xml, a->flags) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainDetachDeviceAlias(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_detach_device_alias_args *a = args;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || virDomainDetachDeviceAlias(dom, a->alias, a->flags) < 0)
        return -1;
    return 0;
}


/* ---- snapshots ---- */

/* The remoteDispatchToWireFunc of the family. */
static void
remoteDispatchSnapshotElemToWire(void *elem, void *obj)
{
    remoteSnapshotToWire(elem, obj);
}


/* Fills @wire with the snapshot an API returned (NULL: failure). */
static int
remoteDispatchSnapshotRet(remote_nonnull_domain_snapshot *wire, virDomainSnapshot *snap)
{
    return remoteDispatchHandleToWire(wire, snap, remoteDispatchSnapshotElemToWire);
}


/* Moves the list an API returned into @wire (*@snaps is freed). */
static int
remoteDispatchSnapshotListRet(virXDRArray *wire, virDomainSnapshotPtr **snaps, int n)
{
    return remoteDispatchHandlesToWire(
        wire, g_steal_pointer(snaps), n, REMOTE_DOMAIN_SNAPSHOT_LIST_MAX, "domain_snapshots",
        sizeof(remote_nonnull_domain_snapshot), remoteDispatchSnapshotElemToWire);
}


static int
remoteDispatchDomainSnapshotCreateXML(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_snapshot_create_xml_args *a = args;
    remote_domain_snapshot_create_xml_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom)
        return -1;
    return remoteDispatchSnapshotRet(&r->snap,
                                     virDomainSnapshotCreateXML(dom, a->xml_desc, a->flags));
}


static int
remoteDispatchDomainSnapshotLookupByName(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_snapshot_lookup_by_name_args *a = args;
    remote_domain_snapshot_lookup_by_name_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom)
        return -1;
    return remoteDispatchSnapshotRet(&r->snap,
                                     virDomainSnapshotLookupByName(dom, a->name, a->flags));
}


static int
remoteDispatchDomainSnapshotCurrent(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_snapshot_current_args *a = args;
    remote_domain_snapshot_current_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom)
        return -1;
    return remoteDispatchSnapshotRet(&r->snap, virDomainSnapshotCurrent(dom, a->flags));
}


static int
remoteDispatchDomainHasCurrentSnapshot(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_has_current_snapshot_args *a = args;
    remote_domain_has_current_snapshot_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || (r->result = virDomainHasCurrentSnapshot(dom, a->flags)) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainSnapshotNum(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_snapshot_num_args *a = args;
    remote_domain_snapshot_num_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || (r->num = virDomainSnapshotNum(dom, a->flags)) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainSnapshotListNames(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_snapshot_list_names_args *a = args;
    remote_domain_snapshot_list_names_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);
    g_autofree char **names = NULL;
    int n;

    if (!dom || remoteDispatchCheckMax(a->maxnames, REMOTE_DOMAIN_SNAPSHOT_LIST_MAX, "maxnames",
                                       "REMOTE_DOMAIN_SNAPSHOT_LIST_MAX") < 0)
        return -1;
    names = g_new0(char *, a->maxnames + 1);
    if ((n = virDomainSnapshotListNames(dom, names, a->maxnames, a->flags)) < 0)
        return -1;
    remoteDispatchStringsToWire(&r->names, names, n);
    return 0;
}


static int
remoteDispatchDomainListAllSnapshots(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_list_all_snapshots_args *a = args;
    remote_domain_list_all_snapshots_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);
    virDomainSnapshotPtr *snaps = NULL;
    int n;

    if (!dom ||
        (n = virDomainListAllSnapshots(dom, a->need_results ? &snaps : NULL, a->flags)) < 0 ||
        remoteDispatchSnapshotListRet(&r->snapshots, &snaps, n) < 0)
        return -1;
    r->ret = n;
    return 0;
}


static int
remoteDispatchDomainSnapshotGetXMLDesc(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_snapshot_get_xml_desc_args *a = args;
    remote_domain_snapshot_get_xml_desc_ret *r = ret;
    g_autoptr(virDomainSnapshot) snap = remoteDispatchGetSnapshot(client, &a->snap);

    if (!snap || !(r->xml = virDomainSnapshotGetXMLDesc(snap, a->flags)))
        return -1;
    return 0;
}


static int
remoteDispatchDomainRevertToSnapshot(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_revert_to_snapshot_args *a = args;
    g_autoptr(virDomainSnapshot) snap = remoteDispatchGetSnapshot(client, &a->snap);

    if (!snap || virDomainRevertToSnapshot(snap, a->flags) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainSnapshotDelete(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_snapshot_delete_args *a = args;
    g_autoptr(virDomainSnapshot) snap = remoteDispatchGetSnapshot(client, &a->snap);

    if (!snap || virDomainSnapshotDelete(snap, a->flags) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainSnapshotGetParent(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_snapshot_get_parent_args *a = args;
    remote_domain_snapshot_get_parent_ret *r = ret;
    g_autoptr(virDomainSnapshot) snap = remoteDispatchGetSnapshot(client, &a->snap);

    if (!snap)
        return -1;
    return remoteDispatchSnapshotRet(&r->snap, virDomainSnapshotGetParent(snap, a->flags));
}


static int
remoteDispatchDomainSnapshotIsCurrent(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_snapshot_is_current_args *a = args;
    remote_domain_snapshot_is_current_ret *r = ret;
    g_autoptr(virDomainSnapshot) snap = remoteDispatchGetSnapshot(client, &a->snap);

    if (!snap || (r->current = virDomainSnapshotIsCurrent(snap, a->flags)) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainSnapshotHasMetadata(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_snapshot_has_metadata_args *a = args;
    remote_domain_snapshot_has_metadata_ret *r = ret;
    g_autoptr(virDomainSnapshot) snap = remoteDispatchGetSnapshot(client, &a->snap);

    if (!snap || (r->metadata = virDomainSnapshotHasMetadata(snap, a->flags)) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainSnapshotNumChildren(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_snapshot_num_children_args *a = args;
    remote_domain_snapshot_num_children_ret *r = ret;
    g_autoptr(virDomainSnapshot) snap = remoteDispatchGetSnapshot(client, &a->snap);

    if (!snap || (r->num = virDomainSnapshotNumChildren(snap, a->flags)) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainSnapshotListChildrenNames(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_snapshot_list_children_names_args *a = args;
    remote_domain_snapshot_list_children_names_ret *r = ret;
    g_autoptr(virDomainSnapshot) snap = remoteDispatchGetSnapshot(client, &a->snap);
    g_autofree char **names = NULL;
    int n;

    if (!snap || remoteDispatchCheckMax(a->maxnames, REMOTE_DOMAIN_SNAPSHOT_LIST_MAX, "maxnames",
                                        "REMOTE_DOMAIN_SNAPSHOT_LIST_MAX") < 0)
        return -1;
    names = g_new0(char *, a->maxnames + 1);
    if ((n = virDomainSnapshotListChildrenNames(snap, names, a->maxnames, a->flags)) < 0)
        return -1;
    remoteDispatchStringsToWire(&r->names, names, n);
    return 0;
}


static int
remoteDispatchDomainSnapshotListAllChildren(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_snapshot_list_all_children_args *a = args;
    remote_domain_snapshot_list_all_children_ret *r = ret;
    g_autoptr(virDomainSnapshot) snap = remoteDispatchGetSnapshot(client, &a->snapshot);
    virDomainSnapshotPtr *snaps = NULL;
    int n;

    if (!snap ||
        (n = virDomainSnapshotListAllChildren(snap, a->need_results ? &snaps : NULL, a->flags)) <
            0 ||
        remoteDispatchSnapshotListRet(&r->snapshots, &snaps, n) < 0)
        return -1;
    r->ret = n;
    return 0;
}


static const virNetServerProcHandler remoteDispatchDomainExtraHandlers[] = {
    { REMOTE_PROC_DOMAIN_SAVE, remoteDispatchDomainSave },
    { REMOTE_PROC_DOMAIN_SAVE_FLAGS, remoteDispatchDomainSaveFlags },
    { REMOTE_PROC_DOMAIN_SAVE_PARAMS, remoteDispatchDomainSaveParams },
    { REMOTE_PROC_DOMAIN_RESTORE, remoteDispatchDomainRestore },
    { REMOTE_PROC_DOMAIN_RESTORE_FLAGS, remoteDispatchDomainRestoreFlags },
    { REMOTE_PROC_DOMAIN_RESTORE_PARAMS, remoteDispatchDomainRestoreParams },
    { REMOTE_PROC_DOMAIN_SAVE_IMAGE_GET_XML_DESC, remoteDispatchDomainSaveImageGetXMLDesc },
    { REMOTE_PROC_DOMAIN_SAVE_IMAGE_DEFINE_XML, remoteDispatchDomainSaveImageDefineXML },
    { REMOTE_PROC_DOMAIN_CORE_DUMP, remoteDispatchDomainCoreDump },
    { REMOTE_PROC_DOMAIN_CORE_DUMP_WITH_FORMAT, remoteDispatchDomainCoreDumpWithFormat },
    { REMOTE_PROC_DOMAIN_MANAGED_SAVE, remoteDispatchDomainManagedSave },
    { REMOTE_PROC_DOMAIN_MANAGED_SAVE_REMOVE, remoteDispatchDomainManagedSaveRemove },
    { REMOTE_PROC_DOMAIN_HAS_MANAGED_SAVE_IMAGE, remoteDispatchDomainHasManagedSaveImage },
    { REMOTE_PROC_DOMAIN_MANAGED_SAVE_GET_XML_DESC, remoteDispatchDomainManagedSaveGetXMLDesc },
    { REMOTE_PROC_DOMAIN_MANAGED_SAVE_DEFINE_XML, remoteDispatchDomainManagedSaveDefineXML },
    { REMOTE_PROC_DOMAIN_SET_METADATA, remoteDispatchDomainSetMetadata },
    { REMOTE_PROC_DOMAIN_GET_METADATA, remoteDispatchDomainGetMetadata },
    { REMOTE_PROC_DOMAIN_ATTACH_DEVICE, remoteDispatchDomainAttachDevice },
    { REMOTE_PROC_DOMAIN_DETACH_DEVICE, remoteDispatchDomainDetachDevice },
    { REMOTE_PROC_DOMAIN_ATTACH_DEVICE_FLAGS, remoteDispatchDomainAttachDeviceFlags },
    { REMOTE_PROC_DOMAIN_DETACH_DEVICE_FLAGS, remoteDispatchDomainDetachDeviceFlags },
    { REMOTE_PROC_DOMAIN_UPDATE_DEVICE_FLAGS, remoteDispatchDomainUpdateDeviceFlags },
    { REMOTE_PROC_DOMAIN_DETACH_DEVICE_ALIAS, remoteDispatchDomainDetachDeviceAlias },
    { REMOTE_PROC_DOMAIN_SNAPSHOT_CREATE_XML, remoteDispatchDomainSnapshotCreateXML },
    { REMOTE_PROC_DOMAIN_SNAPSHOT_LOOKUP_BY_NAME, remoteDispatchDomainSnapshotLookupByName },
    { REMOTE_PROC_DOMAIN_SNAPSHOT_CURRENT, remoteDispatchDomainSnapshotCurrent },
    { REMOTE_PROC_DOMAIN_HAS_CURRENT_SNAPSHOT, remoteDispatchDomainHasCurrentSnapshot },
    { REMOTE_PROC_DOMAIN_SNAPSHOT_NUM, remoteDispatchDomainSnapshotNum },
    { REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_NAMES, remoteDispatchDomainSnapshotListNames },
    { REMOTE_PROC_DOMAIN_LIST_ALL_SNAPSHOTS, remoteDispatchDomainListAllSnapshots },
    { REMOTE_PROC_DOMAIN_SNAPSHOT_GET_XML_DESC, remoteDispatchDomainSnapshotGetXMLDesc },
    { REMOTE_PROC_DOMAIN_REVERT_TO_SNAPSHOT, remoteDispatchDomainRevertToSnapshot },
    { REMOTE_PROC_DOMAIN_SNAPSHOT_DELETE, remoteDispatchDomainSnapshotDelete },
    { REMOTE_PROC_DOMAIN_SNAPSHOT_GET_PARENT, remoteDispatchDomainSnapshotGetParent },
    { REMOTE_PROC_DOMAIN_SNAPSHOT_IS_CURRENT, remoteDispatchDomainSnapshotIsCurrent },
    { REMOTE_PROC_DOMAIN_SNAPSHOT_HAS_METADATA, remoteDispatchDomainSnapshotHasMetadata },
    { REMOTE_PROC_DOMAIN_SNAPSHOT_NUM_CHILDREN, remoteDispatchDomainSnapshotNumChildren },
    { REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES,
      remoteDispatchDomainSnapshotListChildrenNames },
    { REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN, remoteDispatchDomainSnapshotListAllChildren },
};

const remoteDispatchHandlerTable remoteDispatchDomainExtraTable = {
    remoteDispatchDomainExtraHandlers,
    G_N_ELEMENTS(remoteDispatchDomainExtraHandlers),
};
