/*
 * virnetworkconf.h: the virtual network XML model (<network>)
 *
 * Parsing applies what libvirt 9.0's parser does on define: a <forward>
 * without mode is 'nat', <forward dev='X'> gains <interface dev='X'/>,
 * the bridge of a nat/route/open/isolated network gets stp='on' and
 * delay='0', a missing uuid is generated, and the cross-checks between
 * the forward mode and the other elements are made.
 *
 * The IP addressing part (<ip>, <dns>) lives in virnetworkipconf.{c,h};
 * the structures of both are declared here.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stddef.h>

#include "virbuffer.h"
#include "virdeviceinfo.h"
#include "virenum.h"
#include "virmacaddr.h"
#include "virnetdevconf.h"
#include "virsocketaddr.h"
#include "viruuid.h"
#include "virxml.h"

typedef enum {
    VIR_NETWORK_FORWARD_NONE = 0,
    VIR_NETWORK_FORWARD_NAT,
    VIR_NETWORK_FORWARD_ROUTE,
    VIR_NETWORK_FORWARD_OPEN,
    VIR_NETWORK_FORWARD_BRIDGE,
    VIR_NETWORK_FORWARD_PRIVATE,
    VIR_NETWORK_FORWARD_VEPA,
    VIR_NETWORK_FORWARD_PASSTHROUGH,
    VIR_NETWORK_FORWARD_HOSTDEV,

    VIR_NETWORK_FORWARD_LAST
} virNetworkForwardType;

VIR_ENUM_DECL(virNetworkForward);

typedef enum {
    VIR_NETWORK_BRIDGE_MAC_TABLE_MANAGER_DEFAULT = 0,
    VIR_NETWORK_BRIDGE_MAC_TABLE_MANAGER_KERNEL,
    VIR_NETWORK_BRIDGE_MAC_TABLE_MANAGER_LIBVIRT,

    VIR_NETWORK_BRIDGE_MAC_TABLE_MANAGER_LAST
} virNetworkBridgeMACTableManagerType;

VIR_ENUM_DECL(virNetworkBridgeMACTableManager);

typedef enum {
    VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_NONE = 0,
    VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_PCI,    /* <address type='pci' .../> */
    VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_NETDEV, /* <interface dev='...'/> */

    VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_LAST
} virNetworkForwardHostdevDeviceType;

typedef enum {
    VIR_NETWORK_FORWARD_DRIVER_NAME_DEFAULT = 0,
    VIR_NETWORK_FORWARD_DRIVER_NAME_KVM,
    VIR_NETWORK_FORWARD_DRIVER_NAME_VFIO,

    VIR_NETWORK_FORWARD_DRIVER_NAME_LAST
} virNetworkForwardDriverNameType;

VIR_ENUM_DECL(virNetworkForwardDriverName);

typedef enum {
    VIR_NETWORK_DHCP_LEASETIME_UNIT_SECONDS = 0,
    VIR_NETWORK_DHCP_LEASETIME_UNIT_MINUTES,
    VIR_NETWORK_DHCP_LEASETIME_UNIT_HOURS,

    VIR_NETWORK_DHCP_LEASETIME_UNIT_LAST
} virNetworkDHCPLeaseTimeUnitType;

VIR_ENUM_DECL(virNetworkDHCPLeaseTimeUnit);

/* <lease expiry='N' unit='...'/> of a DHCP range or host */
typedef struct _virNetworkDHCPLeaseTimeDef virNetworkDHCPLeaseTimeDef;
struct _virNetworkDHCPLeaseTimeDef {
    unsigned long long expiry;            /* in @unit; 0 = infinite */
    virNetworkDHCPLeaseTimeUnitType unit; /* MINUTES when not given */
};

/* <range start='...' end='...'/> */
typedef struct _virNetworkDHCPRangeDef virNetworkDHCPRangeDef;
struct _virNetworkDHCPRangeDef {
    virSocketAddr start;
    virSocketAddr end;
    virNetworkDHCPLeaseTimeDef *lease; /* owned, NULL when absent */
};

/* <host mac='...' id='...' name='...' ip='...'/> */
typedef struct _virNetworkDHCPHostDef virNetworkDHCPHostDef;
struct _virNetworkDHCPHostDef {
    char *mac;  /* as written (libvirt keeps its case), NULL if absent */
    char *id;   /* DHCPv6 DUID, NULL if absent */
    char *name; /* NULL if absent */
    virSocketAddr ip;
    virNetworkDHCPLeaseTimeDef *lease; /* owned, NULL when absent */
};

/* One <ip> element. */
typedef struct _virNetworkIPDef virNetworkIPDef;
struct _virNetworkIPDef {
    char *family;             /* "ipv4", "ipv6" or NULL (= ipv4), as written */
    virSocketAddr address;    /* the bridge's address */
    unsigned int prefix;      /* 0 when not given (0 is treated as not given) */
    virSocketAddr netmask;    /* unset when not given */
    virTristateBool localPTR; /* localPtr='yes|no' */

    size_t nranges;
    virNetworkDHCPRangeDef *ranges; /* owned */
    size_t nhosts;
    virNetworkDHCPHostDef *hosts; /* owned */

    char *tftproot;           /* <tftp root='...'/>, NULL if absent */
    char *bootfile;           /* <bootp file='...'/>, NULL if absent */
    virSocketAddr bootserver; /* <bootp server='...'/>, unset if absent */
};

typedef struct _virNetworkDNSTxtDef virNetworkDNSTxtDef;
struct _virNetworkDNSTxtDef {
    char *name;
    char *value;
};

typedef struct _virNetworkDNSSrvDef virNetworkDNSSrvDef;
struct _virNetworkDNSSrvDef {
    char *domain; /* NULL if absent */
    char *service;
    char *protocol;
    char *target;          /* NULL if absent */
    unsigned int port;     /* 1..65535, 0 when absent */
    unsigned int priority; /* 0..65535 */
    unsigned int weight;   /* 0..65535 */
};

typedef struct _virNetworkDNSHostDef virNetworkDNSHostDef;
struct _virNetworkDNSHostDef {
    virSocketAddr ip;
    size_t nnames;
    char **names; /* owned */
};

typedef struct _virNetworkDNSForwarder virNetworkDNSForwarder;
struct _virNetworkDNSForwarder {
    virSocketAddr addr; /* unset when absent */
    char *domain;       /* NULL when absent */
};

typedef struct _virNetworkDNSDef virNetworkDNSDef;
struct _virNetworkDNSDef {
    virTristateBool enable;
    virTristateBool forwardPlainNames;
    size_t ntxts;
    virNetworkDNSTxtDef *txts;
    size_t nhosts;
    virNetworkDNSHostDef *hosts;
    size_t nsrvs;
    virNetworkDNSSrvDef *srvs;
    size_t nfwds;
    virNetworkDNSForwarder *forwarders;
};

/* One <interface dev='...'/> or <address type='pci' .../> of <forward>. */
typedef struct _virNetworkForwardIfDef virNetworkForwardIfDef;
struct _virNetworkForwardIfDef {
    virNetworkForwardHostdevDeviceType type;
    union {
        virPCIDeviceAddress pci; /* PCI */
        char *dev;               /* NETDEV, owned */
    } device;
    int connections; /* runtime only, never parsed */
};

typedef struct _virNetworkForwardPfDef virNetworkForwardPfDef;
struct _virNetworkForwardPfDef {
    char *dev;       /* owned */
    int connections; /* runtime only */
};

typedef struct _virNetworkForwardDef virNetworkForwardDef;
struct _virNetworkForwardDef {
    virNetworkForwardType type;
    bool managed; /* managed='yes' (hostdev) */
    virNetworkForwardDriverNameType driverName;

    /* at most one <pf> is allowed */
    size_t npfs;
    virNetworkForwardPfDef *pfs;

    /* interfaces or (when there are none) PCI addresses */
    size_t nifs;
    virNetworkForwardIfDef *ifs;

    /* <nat> */
    virSocketAddr addrStart; /* <address start=.../>, unset when absent */
    virSocketAddr addrEnd;
    unsigned int portStart; /* <port start=.../>, 0 when absent */
    unsigned int portEnd;
    virTristateBool natIPv6; /* <nat ipv6='yes|no'> */
};

typedef struct _virPortGroupDef virPortGroupDef;
struct _virPortGroupDef {
    char *name;
    bool isDefault;
    virTristateBool trustGuestRxFilters;
    virNetDevVPortProfile *virtPortProfile; /* owned, NULL if absent */
    virNetDevBandwidth *bandwidth;          /* owned, NULL if absent */
    virNetDevVlan vlan;
};

/* The dnsmasq:options namespace data (only with the parse flag below). */
typedef struct _virNetworkDnsmasqOptions virNetworkDnsmasqOptions;
struct _virNetworkDnsmasqOptions {
    size_t noptions;
    char **options; /* the value attributes, owned */
};

#define VIR_NETWORK_DNSMASQ_NS_HREF "http://libvirt.org/schemas/network/dnsmasq/1.0"

typedef struct _virNetworkDef virNetworkDef;
struct _virNetworkDef {
    unsigned char uuid[VIR_UUID_BUFLEN];
    bool uuid_specified; /* false: @uuid was generated */
    char *name;
    int connections; /* runtime only, never parsed */

    char *bridge;     /* <bridge name>, NULL if absent */
    char *bridgeZone; /* <bridge zone>, NULL if absent */
    virNetworkBridgeMACTableManagerType macTableManager;
    char *domain; /* <domain name>, NULL if absent */
    virTristateBool domainLocalOnly;
    unsigned long delay; /* <bridge delay>, seconds */
    bool stp;            /* <bridge stp>, true unless 'off' */
    unsigned int mtu;    /* <mtu size>, 0 when absent */
    virMacAddr mac;      /* valid when mac_specified */
    bool mac_specified;

    bool ipv6nogw; /* ipv6='yes' on <network> */
    virTristateBool trustGuestRxFilters;
    virTristateBool isolatedPort; /* <port isolated> */

    virNetworkForwardDef forward;

    size_t nips;
    virNetworkIPDef *ips; /* owned */

    size_t nroutes;
    virNetDevIPRoute **routes; /* owned */

    virNetworkDNSDef dns;

    virNetDevVPortProfile *virtPortProfile; /* owned, NULL if absent */

    size_t nPortGroups;
    virPortGroupDef *portGroups; /* owned */

    virNetDevBandwidth *bandwidth; /* owned, NULL if absent */
    virNetDevVlan vlan;

    xmlNodePtr metadata;               /* owned copy of <metadata>, NULL if absent */
    virNetworkDnsmasqOptions *dnsmasq; /* owned, NULL if absent */
};

typedef enum {
    /* read the dnsmasq:options namespace (the network driver does; the
     * test driver ignores it) */
    VIR_NETWORK_DEF_PARSE_DNSMASQ_NS = 1 << 0,
    /* validate the document against network.rng first (what
     * VIR_NETWORK_DEFINE_VALIDATE and VIR_NETWORK_CREATE_VALIDATE ask) */
    VIR_NETWORK_DEF_PARSE_VALIDATE = 1 << 1,
} virNetworkDefParseFlags;

typedef enum {
    /* as VIR_NETWORK_XML_INACTIVE: the persistent configuration only (a
     * <pf> then replaces the interface list derived from it) */
    VIR_NETWORK_DEF_FORMAT_INACTIVE = 1 << 0,
} virNetworkDefFormatFlags;

/* Frees @def and everything it owns (NULL is fine). */
void virNetworkDefFree(virNetworkDef *def);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virNetworkDef, virNetworkDefFree);

/*
 * virNetworkDefParseString:
 * @xml: the document
 * @flags: virNetworkDefParseFlags
 *
 * Parses and checks a <network> document as libvirt's define does.
 * Errors carry libvirt's codes: VIR_ERR_NO_NAME for a missing name,
 * VIR_ERR_XML_ERROR / VIR_ERR_XML_DETAIL for malformed values,
 * VIR_ERR_CONFIG_UNSUPPORTED for unsupported combinations,
 * VIR_ERR_INTERNAL_ERROR for a malformed uuid or a bad DHCP range; with
 * VIR_NETWORK_DEF_PARSE_VALIDATE, the errors of
 * virXMLValidateAgainstSchema() for a document network.rng refuses.
 *
 * Returns a new definition, or NULL with an error.
 */
virNetworkDef *virNetworkDefParseString(const char *xml, unsigned int flags);

/*
 * virNetworkDefParseFile:
 *
 * As virNetworkDefParseString() for the document in @filename.
 */
virNetworkDef *virNetworkDefParseFile(const char *filename, unsigned int flags);

/*
 * virNetworkDefParseNode:
 * @ctxt: XPath context of the document (its node is saved and restored)
 * @node: the <network> element
 * @flags: virNetworkDefParseFlags
 *
 * Returns a new definition, or NULL with an error.
 */
virNetworkDef *virNetworkDefParseNode(xmlXPathContextPtr ctxt, xmlNodePtr node, unsigned int flags);

/*
 * virNetworkDefCopy:
 * @def: the definition
 * @flags: virNetworkDefFormatFlags (INACTIVE: copy the persistent view)
 *
 * Copies @def through its XML, as libvirt does: formatting and parsing
 * again also checks that the copy is a valid definition (what
 * virNetworkDefUpdateSection() relies on). Runtime-only fields are not
 * copied.
 *
 * Returns a new definition, or NULL with the parser's error.
 */
virNetworkDef *virNetworkDefCopy(const virNetworkDef *def, unsigned int flags);

/*
 * virNetworkDefValidate:
 *
 * The cross-checks libvirt makes once a definition is parsed: forward
 * mode against IP addresses, bridge options, MTU and forward devices,
 * and that every static route's gateway is on one of the networks.
 * virNetworkDefParseString() calls it; callers that build a definition
 * themselves call it too. Returns 0, or -1 with an error.
 */
int virNetworkDefValidate(const virNetworkDef *def);

/*
 * virNetworkDefFormat:
 * @def: the definition
 * @flags: virNetworkDefFormatFlags
 *
 * Returns a new string with the XML, or NULL with an error.
 */
char *virNetworkDefFormat(const virNetworkDef *def, unsigned int flags);

/*
 * virNetworkDefFormatBuf:
 *
 * Writes the XML of @def into @buf at its indentation. Returns 0, or -1
 * with an error.
 */
int virNetworkDefFormatBuf(virBuffer *buf, const virNetworkDef *def, unsigned int flags);

/*
 * virNetworkDefGetIPByIndex:
 * @family: AF_UNSPEC, AF_INET or AF_INET6
 * @n: index among the <ip> of that family
 *
 * Returns the @n-th <ip> of @family (borrowed), or NULL.
 */
const virNetworkIPDef *virNetworkDefGetIPByIndex(const virNetworkDef *def, int family, size_t n);

/*
 * virPortGroupDefParseXML:
 * @def: filled in (zeroed by the caller)
 * @node: a <portgroup> element
 *
 * Parses name (required), default, trustGuestRxFilters, <virtualport>,
 * <bandwidth> and <vlan>. Returns 0, or -1 with an error (what was
 * filled in stays for virPortGroupDefClear()).
 */
int virPortGroupDefParseXML(virPortGroupDef *def, xmlNodePtr node);

/* Frees what @def owns and zeroes it (@def itself is not freed). */
void virPortGroupDefClear(virPortGroupDef *def);

/*
 * virPortGroupFindByName:
 * @portgroup: a name, or NULL for the default portgroup
 *
 * Returns the portgroup (borrowed), or NULL when there is none.
 */
const virPortGroupDef *virPortGroupFindByName(const virNetworkDef *def, const char *portgroup);
