/*
 * libvirt-network.c: public entry points for virtual networks
 *
 * Every entry point resets the thread's last error, checks its object and
 * arguments as libvirt does (virlibcheck.h, datatypes.h), dispatches to
 * the connection's driver table and, on failure, dispatches the error
 * (virDispatchError). The calls are documented in include/libvirt.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "datatypes.h"
#include "internal.h"
#include "libvirt-error.h"
#include "virlibcheck.h"
#include "virlog.h"
#include "viruuid.h"

#define VIR_FROM_THIS VIR_FROM_NETWORK

VIR_LOG_INIT("lib.network");


virConnect *
virNetworkGetConnect(virNetwork *network)
{
    VIR_DEBUG("network=%p", network);

    virResetLastError();
    if (!virCheckNetwork(network))
        return NULL;
    return network->conn;
}


int
virNetworkRef(virNetwork *network)
{
    VIR_DEBUG("network=%p", network);

    virResetLastError();
    if (!virCheckNetwork(network))
        return -1;
    virObjectRef(network);
    return 0;
}


int
virNetworkFree(virNetwork *network)
{
    VIR_DEBUG("network=%p", network);

    virResetLastError();
    if (!virCheckNetwork(network))
        return -1;
    virObjectUnref(network);
    return 0;
}


const char *
virNetworkGetName(virNetwork *network)
{
    VIR_DEBUG("network=%p", network);

    virResetLastError();
    if (!virCheckNetwork(network))
        return NULL;
    return network->name;
}


int
virNetworkGetUUID(virNetwork *network, unsigned char *uuid)
{
    VIR_DEBUG("network=%p, uuid=%p", network, uuid);

    virResetLastError();
    if (!virCheckNetwork(network))
        return -1;
    if (!virCheckNonNullArg(uuid)) {
        virDispatchError(network->conn);
        return -1;
    }
    memcpy(uuid, network->uuid, VIR_UUID_BUFLEN);
    return 0;
}


int
virNetworkGetUUIDString(virNetwork *network, char *buf)
{
    VIR_DEBUG("network=%p, buf=%p", network, buf);

    virResetLastError();
    if (!virCheckNetwork(network))
        return -1;
    if (!virCheckNonNullArg(buf)) {
        virDispatchError(network->conn);
        return -1;
    }
    virUUIDFormat(network->uuid, buf);
    return 0;
}


virNetwork *
virNetworkLookupByUUIDString(virConnect *conn, const char *uuidstr)
{
    unsigned char uuid[VIR_UUID_BUFLEN];

    VIR_DEBUG("conn=%p, uuidstr=%s", conn, NULLSTR(uuidstr));

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckNonNullArg(uuidstr))
        goto error;
    if (virUUIDParse(uuidstr, uuid) < 0) {
        virReportInvalidArg(uuidstr, _("uuidstr in %1$s must be a valid UUID"), __func__);
        goto error;
    }
    return virNetworkLookupByUUID(conn, uuid);

error:
    virDispatchError(conn);
    return NULL;
}


int
virConnectNumOfNetworks(virConnect *conn)
{
    int ret;

    VIR_DEBUG("conn=%p", conn);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!conn->networkDriver || !conn->networkDriver->connectNumOfNetworks) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->networkDriver->connectNumOfNetworks(conn);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectListNetworks(virConnect *conn, char **const names, int maxnames)
{
    int ret;

    VIR_DEBUG("conn=%p, names=%p, maxnames=%d", conn, names, maxnames);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!virCheckNonNullArg(names))
        goto error;
    if (!virCheckNonNegativeArg(maxnames))
        goto error;
    if (!conn->networkDriver || !conn->networkDriver->connectListNetworks) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->networkDriver->connectListNetworks(conn, names, maxnames);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectNumOfDefinedNetworks(virConnect *conn)
{
    int ret;

    VIR_DEBUG("conn=%p", conn);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!conn->networkDriver || !conn->networkDriver->connectNumOfDefinedNetworks) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->networkDriver->connectNumOfDefinedNetworks(conn);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectListDefinedNetworks(virConnect *conn, char **const names, int maxnames)
{
    int ret;

    VIR_DEBUG("conn=%p, names=%p, maxnames=%d", conn, names, maxnames);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!virCheckNonNullArg(names))
        goto error;
    if (!virCheckNonNegativeArg(maxnames))
        goto error;
    if (!conn->networkDriver || !conn->networkDriver->connectListDefinedNetworks) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->networkDriver->connectListDefinedNetworks(conn, names, maxnames);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectListAllNetworks(virConnect *conn, virNetwork ***nets, unsigned int flags)
{
    int ret;

    VIR_DEBUG("conn=%p, nets=%p, flags=0x%x", conn, nets, flags);

    virResetLastError();
    if (nets)
        *nets = NULL;
    if (!virCheckConnect(conn))
        return -1;
    if (!conn->networkDriver || !conn->networkDriver->connectListAllNetworks) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->networkDriver->connectListAllNetworks(conn, nets, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


virNetwork *
virNetworkLookupByName(virConnect *conn, const char *name)
{
    virNetwork *ret;

    VIR_DEBUG("conn=%p, name=%s", conn, NULLSTR(name));

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckNonNullArg(name))
        goto error;
    if (!conn->networkDriver || !conn->networkDriver->networkLookupByName) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->networkDriver->networkLookupByName(conn, name);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


virNetwork *
virNetworkLookupByUUID(virConnect *conn, const unsigned char *uuid)
{
    virNetwork *ret;

    VIR_DEBUG("conn=%p, uuid=%p", conn, uuid);

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckNonNullArg(uuid))
        goto error;
    if (!conn->networkDriver || !conn->networkDriver->networkLookupByUUID) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->networkDriver->networkLookupByUUID(conn, uuid);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


virNetwork *
virNetworkCreateXML(virConnect *conn, const char *xmlDesc)
{
    virNetwork *ret;

    VIR_DEBUG("conn=%p, xmlDesc=%s", conn, NULLSTR(xmlDesc));

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckNonNullArg(xmlDesc))
        goto error;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->networkDriver || !conn->networkDriver->networkCreateXML) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->networkDriver->networkCreateXML(conn, xmlDesc);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


virNetwork *
virNetworkCreateXMLFlags(virConnect *conn, const char *xmlDesc, unsigned int flags)
{
    virNetwork *ret;

    VIR_DEBUG("conn=%p, xmlDesc=%s, flags=0x%x", conn, NULLSTR(xmlDesc), flags);

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckNonNullArg(xmlDesc))
        goto error;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->networkDriver || !conn->networkDriver->networkCreateXMLFlags) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->networkDriver->networkCreateXMLFlags(conn, xmlDesc, flags);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


virNetwork *
virNetworkDefineXML(virConnect *conn, const char *xml)
{
    virNetwork *ret;

    VIR_DEBUG("conn=%p, xml=%s", conn, NULLSTR(xml));

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckNonNullArg(xml))
        goto error;
    if (!conn->networkDriver || !conn->networkDriver->networkDefineXML) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->networkDriver->networkDefineXML(conn, xml);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


virNetwork *
virNetworkDefineXMLFlags(virConnect *conn, const char *xml, unsigned int flags)
{
    virNetwork *ret;

    VIR_DEBUG("conn=%p, xml=%s, flags=0x%x", conn, NULLSTR(xml), flags);

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckNonNullArg(xml))
        goto error;
    if (!conn->networkDriver || !conn->networkDriver->networkDefineXMLFlags) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->networkDriver->networkDefineXMLFlags(conn, xml, flags);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


int
virNetworkUndefine(virNetwork *network)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("network=%p", network);

    virResetLastError();
    if (!virCheckNetwork(network))
        return -1;
    conn = network->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->networkDriver || !conn->networkDriver->networkUndefine) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->networkDriver->networkUndefine(network);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virNetworkUpdate(virNetwork *network,
                 unsigned int command,
                 unsigned int section,
                 int parentIndex,
                 const char *xml,
                 unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("network=%p, command=%u, section=%u, parentIndex=%d, xml=%s, flags=0x%x", network,
              command, section, parentIndex, NULLSTR(xml), flags);

    virResetLastError();
    if (!virCheckNetwork(network))
        return -1;
    conn = network->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckNonNullArg(xml))
        goto error;
    if (!conn->networkDriver || !conn->networkDriver->networkUpdate) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->networkDriver->networkUpdate(network, command, section, parentIndex, xml, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virNetworkCreate(virNetwork *network)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("network=%p", network);

    virResetLastError();
    if (!virCheckNetwork(network))
        return -1;
    conn = network->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->networkDriver || !conn->networkDriver->networkCreate) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->networkDriver->networkCreate(network);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virNetworkDestroy(virNetwork *network)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("network=%p", network);

    virResetLastError();
    if (!virCheckNetwork(network))
        return -1;
    conn = network->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->networkDriver || !conn->networkDriver->networkDestroy) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->networkDriver->networkDestroy(network);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


char *
virNetworkGetXMLDesc(virNetwork *network, unsigned int flags)
{
    virConnect *conn = NULL;
    char *ret;

    VIR_DEBUG("network=%p, flags=0x%x", network, flags);

    virResetLastError();
    if (!virCheckNetwork(network))
        return NULL;
    conn = network->conn;
    if (!conn->networkDriver || !conn->networkDriver->networkGetXMLDesc) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->networkDriver->networkGetXMLDesc(network, flags);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


char *
virNetworkGetBridgeName(virNetwork *network)
{
    virConnect *conn = NULL;
    char *ret;

    VIR_DEBUG("network=%p", network);

    virResetLastError();
    if (!virCheckNetwork(network))
        return NULL;
    conn = network->conn;
    if (!conn->networkDriver || !conn->networkDriver->networkGetBridgeName) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->networkDriver->networkGetBridgeName(network);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


int
virNetworkGetAutostart(virNetwork *network, int *autostart)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("network=%p, autostart=%p", network, autostart);

    virResetLastError();
    if (!virCheckNetwork(network))
        return -1;
    conn = network->conn;
    if (!virCheckNonNullArg(autostart))
        goto error;
    if (!conn->networkDriver || !conn->networkDriver->networkGetAutostart) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->networkDriver->networkGetAutostart(network, autostart);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virNetworkSetAutostart(virNetwork *network, int autostart)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("network=%p, autostart=%d", network, autostart);

    virResetLastError();
    if (!virCheckNetwork(network))
        return -1;
    conn = network->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->networkDriver || !conn->networkDriver->networkSetAutostart) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->networkDriver->networkSetAutostart(network, autostart);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virNetworkIsActive(virNetwork *net)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("net=%p", net);

    virResetLastError();
    if (!virCheckNetwork(net))
        return -1;
    conn = net->conn;
    if (!conn->networkDriver || !conn->networkDriver->networkIsActive) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->networkDriver->networkIsActive(net);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virNetworkIsPersistent(virNetwork *net)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("net=%p", net);

    virResetLastError();
    if (!virCheckNetwork(net))
        return -1;
    conn = net->conn;
    if (!conn->networkDriver || !conn->networkDriver->networkIsPersistent) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->networkDriver->networkIsPersistent(net);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virNetworkGetDHCPLeases(virNetwork *network,
                        const char *mac,
                        virNetworkDHCPLease ***leases,
                        unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("network=%p, mac=%s, leases=%p, flags=0x%x", network, NULLSTR(mac), leases, flags);

    virResetLastError();
    if (leases)
        *leases = NULL;
    if (!virCheckNetwork(network))
        return -1;
    conn = network->conn;
    if (!conn->networkDriver || !conn->networkDriver->networkGetDHCPLeases) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->networkDriver->networkGetDHCPLeases(network, mac, leases, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectNetworkEventRegisterAny(virConnect *conn,
                                  virNetwork *net,
                                  int eventID,
                                  virConnectNetworkEventGenericCallback cb,
                                  void *opaque,
                                  virFreeCallback freecb)
{
    int ret;

    VIR_DEBUG("conn=%p, net=%p, eventID=%d, cb=%p, opaque=%p, freecb=%p", conn, net, eventID,
              (void *)cb, opaque, (void *)freecb);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (net) {
        if (!virCheckNetworkArg(net))
            goto error;
        if (net->conn != conn) {
            virReportInvalidArg(net, _("network '%1$s' in %2$s must match connection"), net->name,
                                __func__);
            goto error;
        }
    }
    if (!virCheckNonNullArg(cb))
        goto error;
    if (!virCheckNonNegativeArg(eventID))
        goto error;
    if (eventID >= VIR_NETWORK_EVENT_ID_LAST) {
        virReportInvalidArg(eventID, _("eventID in %1$s must be less than %2$d"), __func__,
                            VIR_NETWORK_EVENT_ID_LAST);
        goto error;
    }
    if (!conn->networkDriver || !conn->networkDriver->connectNetworkEventRegisterAny) {
        virReportUnsupportedError();
        goto error;
    }
    ret =
        conn->networkDriver->connectNetworkEventRegisterAny(conn, net, eventID, cb, opaque, freecb);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectNetworkEventDeregisterAny(virConnect *conn, int callbackID)
{
    int ret;

    VIR_DEBUG("conn=%p, callbackID=%d", conn, callbackID);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!virCheckNonNegativeArg(callbackID))
        goto error;
    if (!conn->networkDriver || !conn->networkDriver->connectNetworkEventDeregisterAny) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->networkDriver->connectNetworkEventDeregisterAny(conn, callbackID);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


void
virNetworkDHCPLeaseFree(virNetworkDHCPLeasePtr lease)
{
    if (!lease)
        return;
    g_free(lease->iface);
    g_free(lease->mac);
    g_free(lease->iaid);
    g_free(lease->ipaddr);
    g_free(lease->hostname);
    g_free(lease->clientid);
    g_free(lease);
}
