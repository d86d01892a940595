/*
 * libvirt-network.h: virtual networks
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

/* Flags of virNetworkGetXMLDesc(). */
typedef enum {
    VIR_NETWORK_XML_INACTIVE = 1 << 0,
} virNetworkXMLFlags;

/*
 * A network handle: names one virtual network of a connection. Reference
 * counted (virNetworkRef, virNetworkFree).
 */
typedef struct _virNetwork virNetwork;
typedef virNetwork *virNetworkPtr;

/* The connection of @network (borrowed: no new reference), or NULL. */
virConnectPtr virNetworkGetConnect(virNetworkPtr network);

/*
 * Count or list networks. NumOf/List cover active networks, the Defined
 * variants inactive ones; List fills @names with up to @maxnames names the
 * caller frees. ListAll returns a NULL-terminated array of new references
 * in *@nets (when @nets is not NULL) matching @flags. All return the
 * number of networks, or -1.
 */
int virConnectNumOfNetworks(virConnectPtr conn);
int virConnectListNetworks(virConnectPtr conn, char **const names, int maxnames);
int virConnectNumOfDefinedNetworks(virConnectPtr conn);
int virConnectListDefinedNetworks(virConnectPtr conn, char **const names, int maxnames);

/* Filters of virConnectListAllNetworks(); groups are ANDed. */
typedef enum {
    VIR_CONNECT_LIST_NETWORKS_INACTIVE = 1 << 0,
    VIR_CONNECT_LIST_NETWORKS_ACTIVE = 1 << 1,
    VIR_CONNECT_LIST_NETWORKS_PERSISTENT = 1 << 2,
    VIR_CONNECT_LIST_NETWORKS_TRANSIENT = 1 << 3,
    VIR_CONNECT_LIST_NETWORKS_AUTOSTART = 1 << 4,
    VIR_CONNECT_LIST_NETWORKS_NO_AUTOSTART = 1 << 5,
} virConnectListAllNetworksFlags;

int virConnectListAllNetworks(virConnectPtr conn, virNetworkPtr **nets, unsigned int flags);

/*
 * Lookups. Return a new reference, or NULL with VIR_ERR_NO_NETWORK when no
 * network matches.
 */
virNetworkPtr virNetworkLookupByName(virConnectPtr conn, const char *name);
virNetworkPtr virNetworkLookupByUUID(virConnectPtr conn, const unsigned char *uuid);
virNetworkPtr virNetworkLookupByUUIDString(virConnectPtr conn, const char *uuid);

/* Flags of virNetworkCreateXMLFlags() and virNetworkDefineXMLFlags(). */
typedef enum {
    VIR_NETWORK_CREATE_VALIDATE = 1 << 0,
} virNetworkCreateFlags;
typedef enum {
    VIR_NETWORK_DEFINE_VALIDATE = 1 << 0,
} virNetworkDefineFlags;

/* Create and start a transient network. Return a new reference, or NULL. */
virNetworkPtr virNetworkCreateXML(virConnectPtr conn, const char *xmlDesc);
virNetworkPtr virNetworkCreateXMLFlags(virConnectPtr conn, const char *xmlDesc, unsigned int flags);

/* Define (or redefine) a persistent network. Return a new reference, or NULL. */
virNetworkPtr virNetworkDefineXML(virConnectPtr conn, const char *xmlDesc);
virNetworkPtr virNetworkDefineXMLFlags(virConnectPtr conn, const char *xmlDesc, unsigned int flags);

/* Removes the persistent definition of @network. Returns 0 or -1. */
int virNetworkUndefine(virNetworkPtr network);

/* What virNetworkUpdate() does, to which part of the XML, and where. */
typedef enum {
    VIR_NETWORK_UPDATE_COMMAND_NONE = 0,
    VIR_NETWORK_UPDATE_COMMAND_MODIFY = 1,
    VIR_NETWORK_UPDATE_COMMAND_DELETE = 2,
    VIR_NETWORK_UPDATE_COMMAND_ADD_LAST = 3,
    VIR_NETWORK_UPDATE_COMMAND_ADD_FIRST = 4,
#ifdef VIR_ENUM_SENTINELS
    VIR_NETWORK_UPDATE_COMMAND_LAST
#endif
} virNetworkUpdateCommand;
typedef enum {
    VIR_NETWORK_SECTION_NONE = 0,
    VIR_NETWORK_SECTION_BRIDGE = 1,
    VIR_NETWORK_SECTION_DOMAIN = 2,
    VIR_NETWORK_SECTION_IP = 3,
    VIR_NETWORK_SECTION_IP_DHCP_HOST = 4,
    VIR_NETWORK_SECTION_IP_DHCP_RANGE = 5,
    VIR_NETWORK_SECTION_FORWARD = 6,
    VIR_NETWORK_SECTION_FORWARD_INTERFACE = 7,
    VIR_NETWORK_SECTION_FORWARD_PF = 8,
    VIR_NETWORK_SECTION_PORTGROUP = 9,
    VIR_NETWORK_SECTION_DNS_HOST = 10,
    VIR_NETWORK_SECTION_DNS_TXT = 11,
    VIR_NETWORK_SECTION_DNS_SRV = 12,
#ifdef VIR_ENUM_SENTINELS
    VIR_NETWORK_SECTION_LAST
#endif
} virNetworkUpdateSection;
typedef enum {
    VIR_NETWORK_UPDATE_AFFECT_CURRENT = 0,
    VIR_NETWORK_UPDATE_AFFECT_LIVE = 1 << 0,
    VIR_NETWORK_UPDATE_AFFECT_CONFIG = 1 << 1,
} virNetworkUpdateFlags;

/*
 * Changes one part of the network definition (@section, at index
 * @parentIndex, -1 for any) with the XML fragment @xml. Returns 0 or -1.
 */
int virNetworkUpdate(virNetworkPtr network,
                     unsigned int command,
                     unsigned int section,
                     int parentIndex,
                     const char *xml,
                     unsigned int flags);

/* Start an inactive network, or stop an active one. Return 0 or -1. */
int virNetworkCreate(virNetworkPtr network);
int virNetworkDestroy(virNetworkPtr network);

/* Take or drop a reference on a network handle. Return 0 or -1. */
int virNetworkRef(virNetworkPtr network);
int virNetworkFree(virNetworkPtr network);

/* The network's name (borrowed; valid while the handle is), or NULL. */
const char *virNetworkGetName(virNetworkPtr network);

/* The UUID as raw bytes or text, in the caller's buffer. Return 0 or -1. */
int virNetworkGetUUID(virNetworkPtr network, unsigned char *uuid);
int virNetworkGetUUIDString(virNetworkPtr network, char *buf);

/* The <network> XML (caller frees), or NULL. */
char *virNetworkGetXMLDesc(virNetworkPtr network, unsigned int flags);

/* The name of the network's bridge device (caller frees), or NULL. */
char *virNetworkGetBridgeName(virNetworkPtr network);

/* Read or set the autostart flag. Return 0 or -1. */
int virNetworkGetAutostart(virNetworkPtr network, int *autostart);
int virNetworkSetAutostart(virNetworkPtr network, int autostart);

/* 1 if active / persistent, 0 if not, -1 on error. */
int virNetworkIsActive(virNetworkPtr net);
int virNetworkIsPersistent(virNetworkPtr net);

/* Address family of a DHCP lease. */
typedef enum {
    VIR_IP_ADDR_TYPE_IPV4,
    VIR_IP_ADDR_TYPE_IPV6,
#ifdef VIR_ENUM_SENTINELS
    VIR_IP_ADDR_TYPE_LAST
#endif
} virIPAddrType;

/* One DHCP lease handed out on a network; strings owned by the lease. */
typedef struct _virNetworkDHCPLease virNetworkDHCPLease;
struct _virNetworkDHCPLease {
    char *iface;
    long long expirytime;
    int type;
    char *mac;
    char *iaid;
    char *ipaddr;
    unsigned int prefix;
    char *hostname;
    char *clientid;
};
typedef virNetworkDHCPLease *virNetworkDHCPLeasePtr;

/*
 * The network's DHCP leases (only those of @mac when it is not NULL): a
 * NULL-terminated array of leases in *@leases when @leases is not NULL.
 * Returns the number of leases, or -1. Free each with
 * virNetworkDHCPLeaseFree() and the array with free().
 */
int virNetworkGetDHCPLeases(virNetworkPtr network,
                            const char *mac,
                            virNetworkDHCPLeasePtr **leases,
                            unsigned int flags);
void virNetworkDHCPLeaseFree(virNetworkDHCPLeasePtr lease);

/* What happened in a network lifecycle event. */
typedef enum {
    VIR_NETWORK_EVENT_DEFINED = 0,
    VIR_NETWORK_EVENT_UNDEFINED = 1,
    VIR_NETWORK_EVENT_STARTED = 2,
    VIR_NETWORK_EVENT_STOPPED = 3,
#ifdef VIR_ENUM_SENTINELS
    VIR_NETWORK_EVENT_LAST
#endif
} virNetworkEventLifecycleType;

/* Network event callbacks: the lifecycle one, and the generic type for registration. */
typedef void (*virConnectNetworkEventLifecycleCallback)(
    virConnectPtr conn, virNetworkPtr net, int event, int detail, void *opaque);
typedef void (*virConnectNetworkEventGenericCallback)(virConnectPtr conn,
                                                      virNetworkPtr net,
                                                      void *opaque);

/* Casts a specific callback to the generic type. */
#define VIR_NETWORK_EVENT_CALLBACK(cb) ((virConnectNetworkEventGenericCallback)(cb))

/* The kinds of network event. */
typedef enum {
    VIR_NETWORK_EVENT_ID_LIFECYCLE = 0,
#ifdef VIR_ENUM_SENTINELS
    VIR_NETWORK_EVENT_ID_LAST
#endif
} virNetworkEventID;

/*
 * Register @cb for events @eventID of @net (NULL: of every network).
 * Returns a callback ID (>= 0), or -1. Deregistering returns 0 or -1.
 */
int virConnectNetworkEventRegisterAny(virConnectPtr conn,
                                      virNetworkPtr net,
                                      int eventID,
                                      virConnectNetworkEventGenericCallback cb,
                                      void *opaque,
                                      virFreeCallback freecb);
int virConnectNetworkEventDeregisterAny(virConnectPtr conn, int callbackID);

#ifdef __cplusplus
}
#endif
