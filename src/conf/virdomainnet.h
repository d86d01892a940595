/*
 * virdomainnet.h: <interface> devices
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virbuffer.h"
#include "virconftypes.h"
#include "virdeviceinfo.h"
#include "virdomainvirtio.h"
#include "virenum.h"
#include "virmacaddr.h"
#include "virnetdevconf.h"
#include "virsocketaddr.h"
#include "viruuid.h"
#include "virxml.h"

/* <interface type=...> */
typedef enum {
    VIR_DOMAIN_NET_TYPE_USER = 0,
    VIR_DOMAIN_NET_TYPE_ETHERNET,
    VIR_DOMAIN_NET_TYPE_VHOSTUSER,
    VIR_DOMAIN_NET_TYPE_SERVER,
    VIR_DOMAIN_NET_TYPE_CLIENT,
    VIR_DOMAIN_NET_TYPE_MCAST,
    VIR_DOMAIN_NET_TYPE_NETWORK,
    VIR_DOMAIN_NET_TYPE_BRIDGE,
    VIR_DOMAIN_NET_TYPE_INTERNAL,
    VIR_DOMAIN_NET_TYPE_DIRECT,
    VIR_DOMAIN_NET_TYPE_HOSTDEV,
    VIR_DOMAIN_NET_TYPE_UDP,
    VIR_DOMAIN_NET_TYPE_VDPA,
    VIR_DOMAIN_NET_TYPE_NULL,
    VIR_DOMAIN_NET_TYPE_VDS,

    VIR_DOMAIN_NET_TYPE_LAST
} virDomainNetType;
VIR_ENUM_DECL(virDomainNet);

/* the known <model type=...> values (matched case-insensitively) */
typedef enum {
    VIR_DOMAIN_NET_MODEL_UNKNOWN = 0,
    VIR_DOMAIN_NET_MODEL_NETFRONT,
    VIR_DOMAIN_NET_MODEL_RTL8139,
    VIR_DOMAIN_NET_MODEL_VIRTIO,
    VIR_DOMAIN_NET_MODEL_E1000,
    VIR_DOMAIN_NET_MODEL_E1000E,
    VIR_DOMAIN_NET_MODEL_VIRTIO_TRANSITIONAL,
    VIR_DOMAIN_NET_MODEL_VIRTIO_NON_TRANSITIONAL,
    VIR_DOMAIN_NET_MODEL_USB_NET,
    VIR_DOMAIN_NET_MODEL_SPAPR_VLAN,
    VIR_DOMAIN_NET_MODEL_LAN9118,
    VIR_DOMAIN_NET_MODEL_SCM91C111,
    VIR_DOMAIN_NET_MODEL_VLANCE,
    VIR_DOMAIN_NET_MODEL_VMXNET,
    VIR_DOMAIN_NET_MODEL_VMXNET2,
    VIR_DOMAIN_NET_MODEL_VMXNET3,
    VIR_DOMAIN_NET_MODEL_AM79C970A,
    VIR_DOMAIN_NET_MODEL_AM79C973,
    VIR_DOMAIN_NET_MODEL_82540EM,
    VIR_DOMAIN_NET_MODEL_82545EM,
    VIR_DOMAIN_NET_MODEL_82543GC,

    VIR_DOMAIN_NET_MODEL_LAST
} virDomainNetModelType;
VIR_ENUM_DECL(virDomainNetModel);

/* <mac type=...> */
typedef enum {
    VIR_DOMAIN_NET_MAC_TYPE_DEFAULT = 0,
    VIR_DOMAIN_NET_MAC_TYPE_GENERATED,
    VIR_DOMAIN_NET_MAC_TYPE_STATIC,

    VIR_DOMAIN_NET_MAC_TYPE_LAST
} virDomainNetMacType;
VIR_ENUM_DECL(virDomainNetMacType);

/* direct <source mode=...> */
typedef enum {
    VIR_NETDEV_MACVLAN_MODE_VEPA = 0,
    VIR_NETDEV_MACVLAN_MODE_PRIVATE,
    VIR_NETDEV_MACVLAN_MODE_BRIDGE,
    VIR_NETDEV_MACVLAN_MODE_PASSTHRU,

    VIR_NETDEV_MACVLAN_MODE_LAST
} virNetDevMacVLanMode;
VIR_ENUM_DECL(virNetDevMacVLanMode);

/* virtio <driver name=...> */
typedef enum {
    VIR_DOMAIN_NET_DRIVER_TYPE_DEFAULT = 0,
    VIR_DOMAIN_NET_DRIVER_TYPE_QEMU,
    VIR_DOMAIN_NET_DRIVER_TYPE_VHOST,

    VIR_DOMAIN_NET_DRIVER_TYPE_LAST
} virDomainNetDriverType;
VIR_ENUM_DECL(virDomainNetDriver);

/* virtio <driver txmode=...> */
typedef enum {
    VIR_DOMAIN_NET_VIRTIO_TX_MODE_DEFAULT = 0,
    VIR_DOMAIN_NET_VIRTIO_TX_MODE_IOTHREAD,
    VIR_DOMAIN_NET_VIRTIO_TX_MODE_TIMER,

    VIR_DOMAIN_NET_VIRTIO_TX_MODE_LAST
} virDomainNetVirtioTxModeType;
VIR_ENUM_DECL(virDomainNetVirtioTxMode);

/* hostdev <driver name=...> */
typedef enum {
    VIR_DOMAIN_NET_HOSTDEV_DRIVER_DEFAULT = 0,
    VIR_DOMAIN_NET_HOSTDEV_DRIVER_KVM,
    VIR_DOMAIN_NET_HOSTDEV_DRIVER_VFIO,
    VIR_DOMAIN_NET_HOSTDEV_DRIVER_XEN,

    VIR_DOMAIN_NET_HOSTDEV_DRIVER_LAST
} virDomainNetHostdevDriver;
VIR_ENUM_DECL(virDomainNetHostdevDriver);

/* <link state=...> */
typedef enum {
    VIR_DOMAIN_NET_INTERFACE_LINK_STATE_DEFAULT = 0,
    VIR_DOMAIN_NET_INTERFACE_LINK_STATE_UP,
    VIR_DOMAIN_NET_INTERFACE_LINK_STATE_DOWN,

    VIR_DOMAIN_NET_INTERFACE_LINK_STATE_LAST
} virDomainNetInterfaceLinkState;
VIR_ENUM_DECL(virDomainNetInterfaceLinkState);

/* <teaming type=...> */
typedef enum {
    VIR_DOMAIN_NET_TEAMING_TYPE_NONE = 0,
    VIR_DOMAIN_NET_TEAMING_TYPE_PERSISTENT,
    VIR_DOMAIN_NET_TEAMING_TYPE_TRANSIENT,

    VIR_DOMAIN_NET_TEAMING_TYPE_LAST
} virDomainNetTeamingType;
VIR_ENUM_DECL(virDomainNetTeaming);

/* <backend type=...> */
typedef enum {
    VIR_DOMAIN_NET_BACKEND_DEFAULT = 0,
    VIR_DOMAIN_NET_BACKEND_PASST,

    VIR_DOMAIN_NET_BACKEND_LAST
} virDomainNetBackendType;
VIR_ENUM_DECL(virDomainNetBackend);

/* vhostuser <source mode=...>: server means the hypervisor listens */
typedef enum {
    VIR_DOMAIN_NET_VHOSTUSER_MODE_NONE = 0,
    VIR_DOMAIN_NET_VHOSTUSER_MODE_SERVER,
    VIR_DOMAIN_NET_VHOSTUSER_MODE_CLIENT,

    VIR_DOMAIN_NET_VHOSTUSER_MODE_LAST
} virDomainNetVhostuserMode;
VIR_ENUM_DECL(virDomainNetVhostuserMode);

/* <portForward proto=...> */
typedef enum {
    VIR_DOMAIN_NET_PROTO_NONE = 0,
    VIR_DOMAIN_NET_PROTO_TCP,
    VIR_DOMAIN_NET_PROTO_UDP,

    VIR_DOMAIN_NET_PROTO_LAST
} virDomainNetProto;
VIR_ENUM_DECL(virDomainNetProto);

/* <ip address= prefix= peer=/> of the guest or (ethernet) host side */
typedef struct _virDomainNetIPDef virDomainNetIPDef;
struct _virDomainNetIPDef {
    virSocketAddr address; /* required */
    unsigned int prefix;   /* 0 = not given */
    virSocketAddr peer;    /* unset when not given */
};

/* <ip> and <route> lists */
typedef struct _virDomainNetIPInfo virDomainNetIPInfo;
struct _virDomainNetIPInfo {
    virDomainNetIPDef **ips; /* owned */
    size_t nips;
    virNetDevIPRoute **routes; /* owned */
    size_t nroutes;
};

/* <portForward><range start= end= to= exclude=/> */
typedef struct _virDomainNetPortForwardRange virDomainNetPortForwardRange;
struct _virDomainNetPortForwardRange {
    unsigned int start; /* 0 = range ignored */
    unsigned int end;   /* 0 = not given */
    unsigned int to;    /* 0 = not given */
    virTristateBool exclude;
};

typedef struct _virDomainNetPortForward virDomainNetPortForward;
struct _virDomainNetPortForward {
    int proto;                            /* virDomainNetProto */
    virSocketAddr address;                /* unset when not given */
    char *dev;                            /* owned */
    virDomainNetPortForwardRange *ranges; /* owned */
    size_t nranges;
};

/* <filterref><parameter name= value=/> */
typedef struct _virDomainNetFilterParam virDomainNetFilterParam;
struct _virDomainNetFilterParam {
    char *name;  /* owned */
    char *value; /* owned */
};

/* virtio <driver> settings */
typedef struct _virDomainNetVirtioDriver virDomainNetVirtioDriver;
struct _virDomainNetVirtioDriver {
    int name;   /* virDomainNetDriverType */
    int txmode; /* virDomainNetVirtioTxModeType */
    virTristateSwitch ioeventfd;
    virTristateSwitch event_idx;
    unsigned int queues;        /* 0 or 1 = default */
    unsigned int rx_queue_size; /* 0 = default */
    unsigned int tx_queue_size; /* 0 = default */
    virTristateSwitch rss;
    virTristateSwitch rss_hash_report;
    struct {
        virTristateSwitch csum, gso, tso4, tso6, ecn, ufo, mrg_rxbuf;
    } host; /* <host .../> offloads */
    struct {
        virTristateSwitch csum, tso4, tso6, ecn, ufo;
    } guest; /* <guest .../> offloads */
};

struct _virDomainNetDef {
    int type; /* virDomainNetType */
    virTristateBool trustGuestRxFilters;
    unsigned char mac[VIR_MAC_BUFLEN]; /* <mac address=...> */
    bool mac_set;                      /* false: the post-parse step generates one */
    int mac_type;                      /* virDomainNetMacType */
    virTristateBool mac_check;         /* <mac check=...> */

    /* <source>, per type; all strings owned */
    char *network;                         /* network: network= */
    char *portgroup;                       /* network: portgroup= */
    unsigned char portid[VIR_UUID_BUFLEN]; /* network: portid= (live XML only) */
    bool portidSet;
    char *bridge;                     /* bridge: bridge= */
    char *linkdev;                    /* direct/vdpa: dev= */
    int directMode;                   /* direct: virNetDevMacVLanMode */
    char *internalName;               /* internal: name= */
    virDomainChrSourceDef *vhostuser; /* vhostuser: unix socket source */
    char *socketAddress;              /* server/client/mcast/udp: address= */
    int socketPort;                   /* server/client/mcast/udp: port= */
    char *localAddress;               /* udp: <local address=...> */
    int localPort;                    /* udp: <local port=...> */
    int hostdevAddrType;              /* hostdev: VIR_DOMAIN_DEVICE_ADDRESS_TYPE_PCI or _USB */
    virPCIDeviceAddress hostdevPCI;   /* hostdev pci source address */
    unsigned int hostdevUSBBus;       /* hostdev usb source bus */
    unsigned int hostdevUSBDevice;    /* hostdev usb source device */
    unsigned int hostdevUSBVendor;    /* hostdev usb <vendor id=...> */
    bool hostdevUSBVendorSet;
    unsigned int hostdevUSBProduct; /* hostdev usb <product id=...> */
    bool hostdevUSBProductSet;
    bool hostdevManaged;                        /* hostdev: <interface managed='yes'> */
    int hostdevDriver;                          /* hostdev: virDomainNetHostdevDriver */
    unsigned char vdsSwitchID[VIR_UUID_BUFLEN]; /* vds: switchid= */
    long long vdsPortID;                        /* vds: portid= */
    char *vdsPortgroupID;                       /* vds: portgroupid= */
    long long vdsConnectionID;                  /* vds: connectionid= */
    virDomainNetIPInfo hostIP;                  /* ethernet: <source><ip/><route/></source> */

    virDomainNetIPInfo guestIP;             /* <ip>/<route> children */
    virDomainNetPortForward **portForwards; /* owned */
    size_t nPortForwards;
    char *script;                          /* <script path=...> */
    char *downscript;                      /* <downscript path=...> */
    char *domain_name;                     /* <backenddomain name=...> */
    char *ifname;                          /* <target dev=...> */
    virTristateBool managed_tap;           /* <target managed=...> */
    char *ifname_guest;                    /* <guest dev=...> */
    char *ifname_guest_actual;             /* <guest actual=...> */
    int model;                             /* virDomainNetModelType */
    char *modelstr;                        /* unknown <model type=...> as given */
    virDomainNetVirtioDriver driver;       /* virtio models only */
    virDomainVirtioOptions virtio;         /* <driver iommu= ats= packed= page_per_vq=> */
    int backendType;                       /* virDomainNetBackendType */
    char *backendTap;                      /* <backend tap=...> */
    char *backendVhost;                    /* <backend vhost=...> */
    char *backendLogFile;                  /* <backend logFile=...> */
    char *filter;                          /* <filterref filter=...> */
    virDomainNetFilterParam *filterparams; /* sorted by name, owned */
    size_t nfilterparams;
    unsigned long long sndbuf; /* <tune><sndbuf>, valid when sndbuf_specified */
    bool sndbuf_specified;
    int teamingType;                        /* virDomainNetTeamingType */
    char *teamingPersistent;                /* <teaming persistent=...> */
    int linkstate;                          /* virDomainNetInterfaceLinkState */
    unsigned int mtu;                       /* <mtu size=...>, 0 = absent */
    unsigned int coalesceRxFrames;          /* <coalesce><rx><frames max=...>, 0 = absent */
    virNetDevBandwidth *bandwidth;          /* NULL if absent */
    virNetDevVlan *vlan;                    /* NULL if absent */
    virNetDevVPortProfile *virtPortProfile; /* NULL if absent */
    virTristateBool isolatedPort;           /* <port isolated=...> */
    virDomainHostdevDef *hostdev;           /* unused: hostdev sources are kept above */
    virDomainDeviceInfo info;
};

/*
 * virDomainNetDefParseXML:
 * @ctxt: XPath context (its node is restored)
 * @node: the <interface> element
 * @def: the domain being parsed (unused, may be NULL)
 * @flags: virDomainDefParseFlags
 *
 * Returns a new interface, or NULL with an error. A missing <mac> leaves
 * mac_set false (see virDomainNetDefPostParse).
 */
virDomainNetDef *virDomainNetDefParseXML(xmlXPathContextPtr ctxt,
                                         xmlNodePtr node,
                                         virDomainDef *def,
                                         unsigned int flags);

/* Writes the <interface> element at @buf's indentation. 0 or -1 with an error. */
int virDomainNetDefFormat(virBuffer *buf,
                          const virDomainNetDef *net,
                          const virDomainDef *def,
                          unsigned int flags);

/* Frees @net and everything it owns; NULL is allowed. */
void virDomainNetDefFree(virDomainNetDef *net);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainNetDef, virDomainNetDefFree);

/*
 * virDomainNetDefPostParse:
 * Checks that need the whole interface (libvirt's validation: vhostuser
 * needs a virtio model, reconnect only in client mode, teaming,
 * virtualport and port isolation rules, virtio-only driver options).
 * Does not generate a MAC (the core does, using its generator).
 * Returns 0 or -1 with an error.
 */
int virDomainNetDefPostParse(virDomainNetDef *net, virDomainDef *def);

/* Returns true for the virtio models (virtio, virtio-transitional, virtio-non-transitional). */
bool virDomainNetIsVirtioModel(const virDomainNetDef *net);

/* Returns the model name (known or as given), or NULL when there is no model. */
const char *virDomainNetGetModelString(const virDomainNetDef *net);

/*
 * virDomainNetTestDriverPostParse:
 * @def: the domain
 *
 * What libvirt's test driver does on define: every interface without a
 * <target dev> gets the first free name "testnetN". Returns 0 (never fails).
 */
int virDomainNetTestDriverPostParse(virDomainDef *def);
