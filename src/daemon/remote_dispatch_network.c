/*
 * remote_dispatch_network.c: REMOTE handlers of network calls
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
remoteDispatchNetworkElemToWire(void *elem, void *obj)
{
    remoteNetworkToWire(elem, obj);
}


/* Fills @wire with the network an API returned (NULL: failure). */
static int
remoteDispatchNetworkRet(remote_nonnull_network *wire, virNetwork *net)
{
    return remoteDispatchHandleToWire(wire, net, remoteDispatchNetworkElemToWire);
}


/* Runs @fn on the network @n of the client's connection. */
static int
remoteDispatchNetworkVoid(virNetServerClient *client,
                          const remote_nonnull_network *n,
                          int (*fn)(virNetworkPtr net))
{
    g_autoptr(virNetwork) net = remoteDispatchGetNetwork(client, n);

    if (!net || fn(net) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchConnectNumOfNetworks(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_num_of_networks_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn || (r->num = virConnectNumOfNetworks(conn)) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchConnectNumOfDefinedNetworks(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_num_of_defined_networks_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn || (r->num = virConnectNumOfDefinedNetworks(conn)) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchConnectListNetworks(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_list_networks_args *a = args;
    remote_connect_list_networks_ret *r = ret;

    return remoteDispatchListNames(client, virConnectListNetworks, a->maxnames,
                                   REMOTE_NETWORK_LIST_MAX, "maxnames", "REMOTE_NETWORK_LIST_MAX",
                                   &r->names);
}


static int
remoteDispatchConnectListDefinedNetworks(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_list_defined_networks_args *a = args;
    remote_connect_list_defined_networks_ret *r = ret;

    return remoteDispatchListNames(client, virConnectListDefinedNetworks, a->maxnames,
                                   REMOTE_NETWORK_LIST_MAX, "maxnames", "REMOTE_NETWORK_LIST_MAX",
                                   &r->names);
}


static int
remoteDispatchConnectListAllNetworks(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_list_all_networks_args *a = args;
    remote_connect_list_all_networks_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);
    virNetworkPtr *nets = NULL;
    int n;

    if (!conn ||
        (n = virConnectListAllNetworks(conn, a->need_results ? &nets : NULL, a->flags)) < 0 ||
        remoteDispatchHandlesToWire(&r->nets, nets, n, REMOTE_NETWORK_LIST_MAX, "networks",
                                    sizeof(remote_nonnull_network),
                                    remoteDispatchNetworkElemToWire) < 0)
        return -1;
    /* with need_results 0 only the count goes back */
    r->ret = (uint32_t)n;
    return 0;
}


static int
remoteDispatchNetworkLookupByName(REMOTE_DISPATCH_PARAMS)
{
    remote_network_lookup_by_name_args *a = args;
    remote_network_lookup_by_name_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    return conn ? remoteDispatchNetworkRet(&r->net, virNetworkLookupByName(conn, a->name)) : -1;
}


static int
remoteDispatchNetworkLookupByUUID(REMOTE_DISPATCH_PARAMS)
{
    remote_network_lookup_by_uuid_args *a = args;
    remote_network_lookup_by_uuid_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    return conn ? remoteDispatchNetworkRet(&r->net, virNetworkLookupByUUID(conn, a->uuid)) : -1;
}


static int
remoteDispatchNetworkCreateXML(REMOTE_DISPATCH_PARAMS)
{
    remote_network_create_xml_args *a = args;
    remote_network_create_xml_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    return conn ? remoteDispatchNetworkRet(&r->net, virNetworkCreateXML(conn, a->xml)) : -1;
}


static int
remoteDispatchNetworkCreateXMLFlags(REMOTE_DISPATCH_PARAMS)
{
    remote_network_create_xml_flags_args *a = args;
    remote_network_create_xml_flags_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn)
        return -1;
    return remoteDispatchNetworkRet(&r->net, virNetworkCreateXMLFlags(conn, a->xml, a->flags));
}


static int
remoteDispatchNetworkDefineXML(REMOTE_DISPATCH_PARAMS)
{
    remote_network_define_xml_args *a = args;
    remote_network_define_xml_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    return conn ? remoteDispatchNetworkRet(&r->net, virNetworkDefineXML(conn, a->xml)) : -1;
}


static int
remoteDispatchNetworkDefineXMLFlags(REMOTE_DISPATCH_PARAMS)
{
    remote_network_define_xml_flags_args *a = args;
    remote_network_define_xml_flags_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn)
        return -1;
    return remoteDispatchNetworkRet(&r->net, virNetworkDefineXMLFlags(conn, a->xml, a->flags));
}


static int
remoteDispatchNetworkCreate(REMOTE_DISPATCH_PARAMS)
{
    return remoteDispatchNetworkVoid(client, &((remote_network_create_args *)args)->net,
                                     virNetworkCreate);
}


static int
remoteDispatchNetworkDestroy(REMOTE_DISPATCH_PARAMS)
{
    return remoteDispatchNetworkVoid(client, &((remote_network_destroy_args *)args)->net,
                                     virNetworkDestroy);
}


static int
remoteDispatchNetworkUndefine(REMOTE_DISPATCH_PARAMS)
{
    return remoteDispatchNetworkVoid(client, &((remote_network_undefine_args *)args)->net,
                                     virNetworkUndefine);
}


static int
remoteDispatchNetworkGetXMLDesc(REMOTE_DISPATCH_PARAMS)
{
    remote_network_get_xml_desc_args *a = args;
    remote_network_get_xml_desc_ret *r = ret;
    g_autoptr(virNetwork) net = remoteDispatchGetNetwork(client, &a->net);

    if (!net || !(r->xml = virNetworkGetXMLDesc(net, a->flags)))
        return -1;
    return 0;
}


static int
remoteDispatchNetworkGetBridgeName(REMOTE_DISPATCH_PARAMS)
{
    remote_network_get_bridge_name_args *a = args;
    remote_network_get_bridge_name_ret *r = ret;
    g_autoptr(virNetwork) net = remoteDispatchGetNetwork(client, &a->net);

    if (!net || !(r->name = virNetworkGetBridgeName(net)))
        return -1;
    return 0;
}


static int
remoteDispatchNetworkGetAutostart(REMOTE_DISPATCH_PARAMS)
{
    remote_network_get_autostart_args *a = args;
    remote_network_get_autostart_ret *r = ret;
    g_autoptr(virNetwork) net = remoteDispatchGetNetwork(client, &a->net);
    int autostart = 0;

    if (!net || virNetworkGetAutostart(net, &autostart) < 0)
        return -1;
    r->autostart = autostart;
    return 0;
}


static int
remoteDispatchNetworkSetAutostart(REMOTE_DISPATCH_PARAMS)
{
    remote_network_set_autostart_args *a = args;
    g_autoptr(virNetwork) net = remoteDispatchGetNetwork(client, &a->net);

    if (!net || virNetworkSetAutostart(net, a->autostart) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchNetworkIsActive(REMOTE_DISPATCH_PARAMS)
{
    remote_network_is_active_args *a = args;
    remote_network_is_active_ret *r = ret;
    g_autoptr(virNetwork) net = remoteDispatchGetNetwork(client, &a->net);

    if (!net || (r->active = virNetworkIsActive(net)) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchNetworkIsPersistent(REMOTE_DISPATCH_PARAMS)
{
    remote_network_is_persistent_args *a = args;
    remote_network_is_persistent_ret *r = ret;
    g_autoptr(virNetwork) net = remoteDispatchGetNetwork(client, &a->net);

    if (!net || (r->persistent = virNetworkIsPersistent(net)) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchNetworkUpdate(REMOTE_DISPATCH_PARAMS)
{
    remote_network_update_args *a = args;
    g_autoptr(virNetwork) net = remoteDispatchGetNetwork(client, &a->net);

    /* feature 16 is advertised: command and section arrive in API order */
    if (!net || virNetworkUpdate(net, a->command, a->section, a->parentIndex, a->xml, a->flags) < 0)
        return -1;
    return 0;
}


/* Moves the leases an API returned into @wire and frees them. */
static void
remoteDispatchLeasesToWire(virXDRArray *wire, virNetworkDHCPLeasePtr *leases, int n)
{
    remote_network_dhcp_lease *val = g_new0(remote_network_dhcp_lease, n);
    int i;

    for (i = 0; i < n; i++) {
        virNetworkDHCPLeasePtr src = leases[i];
        remote_network_dhcp_lease *dst = &val[i];

        dst->iface = g_strdup(NULLSTR_EMPTY(src->iface));
        dst->expirytime = src->expirytime;
        dst->type = src->type;
        dst->mac = g_strdup(src->mac);
        dst->iaid = g_strdup(src->iaid);
        dst->ipaddr = g_strdup(NULLSTR_EMPTY(src->ipaddr));
        dst->prefix = src->prefix;
        dst->hostname = g_strdup(src->hostname);
        dst->clientid = g_strdup(src->clientid);
        virNetworkDHCPLeaseFree(src);
    }
    wire->len = (uint32_t)n;
    wire->val = val;
}


static int
remoteDispatchNetworkGetDHCPLeases(REMOTE_DISPATCH_PARAMS)
{
    remote_network_get_dhcp_leases_args *a = args;
    remote_network_get_dhcp_leases_ret *r = ret;
    g_autoptr(virNetwork) net = remoteDispatchGetNetwork(client, &a->net);
    virNetworkDHCPLeasePtr *leases = NULL;
    int n;
    int i;

    if (!net ||
        (n = virNetworkGetDHCPLeases(net, a->mac, a->need_results ? &leases : NULL, a->flags)) < 0)
        return -1;
    if (n > REMOTE_NETWORK_DHCP_LEASES_MAX) {
        for (i = 0; leases && i < n; i++)
            virNetworkDHCPLeaseFree(leases[i]);
        g_free(leases);
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("Number of leases is %1$d, which exceeds max limit: %2$d"), n,
                       REMOTE_NETWORK_DHCP_LEASES_MAX);
        return -1;
    }
    if (leases && n > 0)
        remoteDispatchLeasesToWire(&r->leases, leases, n);
    g_free(leases);
    r->ret = (uint32_t)n;
    return 0;
}


static const virNetServerProcHandler remoteDispatchNetworkHandlers[] = {
    { REMOTE_PROC_CONNECT_NUM_OF_NETWORKS, remoteDispatchConnectNumOfNetworks },
    { REMOTE_PROC_CONNECT_NUM_OF_DEFINED_NETWORKS, remoteDispatchConnectNumOfDefinedNetworks },
    { REMOTE_PROC_CONNECT_LIST_NETWORKS, remoteDispatchConnectListNetworks },
    { REMOTE_PROC_CONNECT_LIST_DEFINED_NETWORKS, remoteDispatchConnectListDefinedNetworks },
    { REMOTE_PROC_CONNECT_LIST_ALL_NETWORKS, remoteDispatchConnectListAllNetworks },
    { REMOTE_PROC_NETWORK_LOOKUP_BY_NAME, remoteDispatchNetworkLookupByName },
    { REMOTE_PROC_NETWORK_LOOKUP_BY_UUID, remoteDispatchNetworkLookupByUUID },
    { REMOTE_PROC_NETWORK_CREATE_XML, remoteDispatchNetworkCreateXML },
    { REMOTE_PROC_NETWORK_CREATE_XML_FLAGS, remoteDispatchNetworkCreateXMLFlags },
    { REMOTE_PROC_NETWORK_DEFINE_XML, remoteDispatchNetworkDefineXML },
    { REMOTE_PROC_NETWORK_DEFINE_XML_FLAGS, remoteDispatchNetworkDefineXMLFlags },
    { REMOTE_PROC_NETWORK_CREATE, remoteDispatchNetworkCreate },
    { REMOTE_PROC_NETWORK_DESTROY, remoteDispatchNetworkDestroy },
    { REMOTE_PROC_NETWORK_UNDEFINE, remoteDispatchNetworkUndefine },
    { REMOTE_PROC_NETWORK_GET_XML_DESC, remoteDispatchNetworkGetXMLDesc },
    { REMOTE_PROC_NETWORK_GET_BRIDGE_NAME, remoteDispatchNetworkGetBridgeName },
    { REMOTE_PROC_NETWORK_GET_AUTOSTART, remoteDispatchNetworkGetAutostart },
    { REMOTE_PROC_NETWORK_SET_AUTOSTART, remoteDispatchNetworkSetAutostart },
    { REMOTE_PROC_NETWORK_IS_ACTIVE, remoteDispatchNetworkIsActive },
    { REMOTE_PROC_NETWORK_IS_PERSISTENT, remoteDispatchNetworkIsPersistent },
    { REMOTE_PROC_NETWORK_UPDATE, remoteDispatchNetworkUpdate },
    { REMOTE_PROC_NETWORK_GET_DHCP_LEASES, remoteDispatchNetworkGetDHCPLeases },
};

const remoteDispatchHandlerTable remoteDispatchNetworkTable = {
    remoteDispatchNetworkHandlers,
    G_N_ELEMENTS(remoteDispatchNetworkHandlers),
};
