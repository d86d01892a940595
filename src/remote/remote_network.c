/*
 * remote_network.c: the remote driver's network calls
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "remote_calls.h"
#include "remote_driver_priv.h"
#include "virerror.h"
#include "virlog.h"

#define VIR_FROM_THIS VIR_FROM_REMOTE

VIR_LOG_INIT("remote.remote_network");


static int
remoteConnectNumOfNetworks(virConnect *conn)
{
    return remoteConnNum(conn, REMOTE_PROC_CONNECT_NUM_OF_NETWORKS);
}


static int
remoteConnectListNetworks(virConnect *conn, char **const names, int maxnames)
{
    return remoteConnListNames(conn, REMOTE_PROC_CONNECT_LIST_NETWORKS, names, maxnames);
}


static int
remoteConnectNumOfDefinedNetworks(virConnect *conn)
{
    return remoteConnNum(conn, REMOTE_PROC_CONNECT_NUM_OF_DEFINED_NETWORKS);
}


static int
remoteConnectListDefinedNetworks(virConnect *conn, char **const names, int maxnames)
{
    return remoteConnListNames(conn, REMOTE_PROC_CONNECT_LIST_DEFINED_NETWORKS, names, maxnames);
}


static int
remoteConnectListAllNetworks(virConnect *conn, virNetwork ***nets, unsigned int flags)
{
    return remoteConnListAll(conn, REMOTE_PROC_CONNECT_LIST_ALL_NETWORKS, (void ***)nets, flags);
}


static virNetwork *
remoteNetworkLookupByName(virConnect *conn, const char *name)
{
    return remoteConnStrObject(conn, REMOTE_PROC_NETWORK_LOOKUP_BY_NAME, name);
}


static virNetwork *
remoteNetworkLookupByUUID(virConnect *conn, const unsigned char *uuid)
{
    return remoteConnUUIDObject(conn, REMOTE_PROC_NETWORK_LOOKUP_BY_UUID, uuid);
}


static virNetwork *
remoteNetworkCreateXML(virConnect *conn, const char *xmlDesc)
{
    return remoteConnStrObject(conn, REMOTE_PROC_NETWORK_CREATE_XML, xmlDesc);
}


static virNetwork *
remoteNetworkCreateXMLFlags(virConnect *conn, const char *xmlDesc, unsigned int flags)
{
    return remoteConnStrFlagsObject(conn, REMOTE_PROC_NETWORK_CREATE_XML_FLAGS, xmlDesc, flags);
}


static virNetwork *
remoteNetworkDefineXML(virConnect *conn, const char *xmlDesc)
{
    return remoteConnStrObject(conn, REMOTE_PROC_NETWORK_DEFINE_XML, xmlDesc);
}


static virNetwork *
remoteNetworkDefineXMLFlags(virConnect *conn, const char *xmlDesc, unsigned int flags)
{
    return remoteConnStrFlagsObject(conn, REMOTE_PROC_NETWORK_DEFINE_XML_FLAGS, xmlDesc, flags);
}


static int
remoteNetworkUndefine(virNetwork *network)
{
    return remoteObjVoid(network, REMOTE_PROC_NETWORK_UNDEFINE);
}


static int
remoteNetworkUpdate(virNetwork *network,
                    unsigned int command,
                    unsigned int section,
                    int parentIndex,
                    const char *xml,
                    unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(network),  REMOTE_ARG_UINT(command),
                         REMOTE_ARG_UINT(section), REMOTE_ARG_INT(parentIndex),
                         REMOTE_ARG_STR(xml),      REMOTE_ARG_UINT(flags) };

    return remoteCallArgs(network->conn, REMOTE_PROC_NETWORK_UPDATE, args, G_N_ELEMENTS(args),
                          NULL);
}


static int
remoteNetworkCreate(virNetwork *network)
{
    return remoteObjVoid(network, REMOTE_PROC_NETWORK_CREATE);
}


static int
remoteNetworkDestroy(virNetwork *network)
{
    return remoteObjVoid(network, REMOTE_PROC_NETWORK_DESTROY);
}


static char *
remoteNetworkGetXMLDesc(virNetwork *network, unsigned int flags)
{
    return remoteObjFlagsString(network, REMOTE_PROC_NETWORK_GET_XML_DESC, flags);
}


static char *
remoteNetworkGetBridgeName(virNetwork *network)
{
    return remoteObjString(network, REMOTE_PROC_NETWORK_GET_BRIDGE_NAME);
}


static int
remoteNetworkGetAutostart(virNetwork *network, int *autostart)
{
    return remoteObjGetAutostart(network, REMOTE_PROC_NETWORK_GET_AUTOSTART, autostart);
}


static int
remoteNetworkSetAutostart(virNetwork *network, int autostart)
{
    return remoteObjSetAutostart(network, REMOTE_PROC_NETWORK_SET_AUTOSTART, autostart);
}


static int
remoteNetworkIsActive(virNetwork *net)
{
    return remoteObjInt(net, REMOTE_PROC_NETWORK_IS_ACTIVE);
}


static int
remoteNetworkIsPersistent(virNetwork *net)
{
    return remoteObjInt(net, REMOTE_PROC_NETWORK_IS_PERSISTENT);
}


/* Returns a new lease with the values of the wire lease @src. */
static virNetworkDHCPLease *
remoteLeaseFromWire(const remote_network_dhcp_lease *src)
{
    virNetworkDHCPLease *lease = g_new0(virNetworkDHCPLease, 1);

    lease->iface = g_strdup(src->iface);
    lease->expirytime = src->expirytime;
    lease->type = src->type;
    lease->mac = g_strdup(src->mac);
    lease->iaid = g_strdup(src->iaid);
    lease->ipaddr = g_strdup(src->ipaddr);
    lease->prefix = src->prefix;
    lease->hostname = g_strdup(src->hostname);
    lease->clientid = g_strdup(src->clientid);
    return lease;
}


static int
remoteNetworkGetDHCPLeases(virNetwork *network,
                           const char *mac,
                           virNetworkDHCPLease ***leases,
                           unsigned int flags)
{
    remote_network_get_dhcp_leases_ret ret = { 0 };
    remoteArg args[] = { REMOTE_ARG_OBJ(network), REMOTE_ARG_STR(mac), REMOTE_ARG_INT(!!leases),
                         REMOTE_ARG_UINT(flags) };
    const remote_network_dhcp_lease *vals;
    size_t i;
    int rv;

    if (remoteCallArgs(network->conn, REMOTE_PROC_NETWORK_GET_DHCP_LEASES, args, G_N_ELEMENTS(args),
                       &ret) < 0)
        return -1;
    /* the decoder has enforced the protocol's limit on the count */
    if (leases) {
        vals = ret.leases.val;
        *leases = g_new0(virNetworkDHCPLease *, ret.leases.len + 1);
        for (i = 0; i < ret.leases.len; i++)
            (*leases)[i] = remoteLeaseFromWire(&vals[i]);
    }
    rv = ret.ret;
    remoteFreeRet(REMOTE_PROC_NETWORK_GET_DHCP_LEASES, &ret);
    return rv;
}


void
remoteNetworkDriverInit(virNetworkDriver *drv)
{
    drv->connectNumOfNetworks = remoteConnectNumOfNetworks;
    drv->connectListNetworks = remoteConnectListNetworks;
    drv->connectNumOfDefinedNetworks = remoteConnectNumOfDefinedNetworks;
    drv->connectListDefinedNetworks = remoteConnectListDefinedNetworks;
    drv->connectListAllNetworks = remoteConnectListAllNetworks;
    drv->networkLookupByName = remoteNetworkLookupByName;
    drv->networkLookupByUUID = remoteNetworkLookupByUUID;
    drv->networkCreateXML = remoteNetworkCreateXML;
    drv->networkCreateXMLFlags = remoteNetworkCreateXMLFlags;
    drv->networkDefineXML = remoteNetworkDefineXML;
    drv->networkDefineXMLFlags = remoteNetworkDefineXMLFlags;
    drv->networkUndefine = remoteNetworkUndefine;
    drv->networkUpdate = remoteNetworkUpdate;
    drv->networkCreate = remoteNetworkCreate;
    drv->networkDestroy = remoteNetworkDestroy;
    drv->networkGetXMLDesc = remoteNetworkGetXMLDesc;
    drv->networkGetBridgeName = remoteNetworkGetBridgeName;
    drv->networkGetAutostart = remoteNetworkGetAutostart;
    drv->networkSetAutostart = remoteNetworkSetAutostart;
    drv->networkIsActive = remoteNetworkIsActive;
    drv->networkIsPersistent = remoteNetworkIsPersistent;
    drv->networkGetDHCPLeases = remoteNetworkGetDHCPLeases;
}
