/*
 * virdomainhostdev.h: <hostdev> devices (subsystem pci/usb/scsi/scsi_host/
 * mdev and capabilities storage/misc/net); <redirdev>, <redirfilter>
 * (the latter two are implemented by D4)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virbuffer.h"
#include "virconftypes.h"
#include "virdeviceinfo.h"
#include "virdomaindisksource.h"
#include "virenum.h"
#include "virnetdevconf.h"
#include "virsocketaddr.h"
#include "virxml.h"

/* <hostdev mode='...'> */
typedef enum {
    VIR_DOMAIN_HOSTDEV_MODE_SUBSYS = 0,
    VIR_DOMAIN_HOSTDEV_MODE_CAPABILITIES,

    VIR_DOMAIN_HOSTDEV_MODE_LAST
} virDomainHostdevMode;
VIR_ENUM_DECL(virDomainHostdevMode);

/* <hostdev mode='subsystem' type='...'> */
typedef enum {
    VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_USB = 0,
    VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_PCI,
    VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI,
    VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI_HOST,
    VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_MDEV,

    VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_LAST
} virDomainHostdevSubsysType;
VIR_ENUM_DECL(virDomainHostdevSubsys);

/* <hostdev mode='capabilities' type='...'> */
typedef enum {
    VIR_DOMAIN_HOSTDEV_CAPS_TYPE_STORAGE = 0,
    VIR_DOMAIN_HOSTDEV_CAPS_TYPE_MISC,
    VIR_DOMAIN_HOSTDEV_CAPS_TYPE_NET,

    VIR_DOMAIN_HOSTDEV_CAPS_TYPE_LAST
} virDomainHostdevCapsType;
VIR_ENUM_DECL(virDomainHostdevCaps);

/* pci <driver name='...'> */
typedef enum {
    VIR_DOMAIN_HOSTDEV_PCI_BACKEND_DEFAULT = 0,
    VIR_DOMAIN_HOSTDEV_PCI_BACKEND_KVM,
    VIR_DOMAIN_HOSTDEV_PCI_BACKEND_VFIO,
    VIR_DOMAIN_HOSTDEV_PCI_BACKEND_XEN,

    VIR_DOMAIN_HOSTDEV_PCI_BACKEND_LAST
} virDomainHostdevSubsysPCIBackend;
VIR_ENUM_DECL(virDomainHostdevSubsysPCIBackend);

/* usb <source guestReset='...'> */
typedef enum {
    VIR_DOMAIN_HOSTDEV_USB_GUEST_RESET_DEFAULT = 0,
    VIR_DOMAIN_HOSTDEV_USB_GUEST_RESET_OFF,
    VIR_DOMAIN_HOSTDEV_USB_GUEST_RESET_UNINITIALIZED,
    VIR_DOMAIN_HOSTDEV_USB_GUEST_RESET_ON,

    VIR_DOMAIN_HOSTDEV_USB_GUEST_RESET_LAST
} virDomainHostdevSubsysUSBGuestReset;
VIR_ENUM_DECL(virDomainHostdevSubsysUSBGuestReset);

/* scsi <source protocol='...'> */
typedef enum {
    VIR_DOMAIN_HOSTDEV_SCSI_PROTOCOL_TYPE_NONE = 0,
    VIR_DOMAIN_HOSTDEV_SCSI_PROTOCOL_TYPE_ISCSI,

    VIR_DOMAIN_HOSTDEV_SCSI_PROTOCOL_TYPE_LAST
} virDomainHostdevSCSIProtocolType;
VIR_ENUM_DECL(virDomainHostdevSubsysSCSIProtocol);

/* scsi_host <source protocol='...'> */
typedef enum {
    VIR_DOMAIN_HOSTDEV_SUBSYS_SCSI_HOST_PROTOCOL_TYPE_NONE = 0,
    VIR_DOMAIN_HOSTDEV_SUBSYS_SCSI_HOST_PROTOCOL_TYPE_VHOST,

    VIR_DOMAIN_HOSTDEV_SUBSYS_SCSI_HOST_PROTOCOL_TYPE_LAST
} virDomainHostdevSubsysSCSIHostProtocolType;
VIR_ENUM_DECL(virDomainHostdevSubsysSCSIHostProtocol);

/* scsi_host model='...' */
typedef enum {
    VIR_DOMAIN_HOSTDEV_SUBSYS_SCSI_VHOST_MODEL_TYPE_DEFAULT = 0,
    VIR_DOMAIN_HOSTDEV_SUBSYS_SCSI_VHOST_MODEL_TYPE_VIRTIO,
    VIR_DOMAIN_HOSTDEV_SUBSYS_SCSI_VHOST_MODEL_TYPE_VIRTIO_TRANSITIONAL,
    VIR_DOMAIN_HOSTDEV_SUBSYS_SCSI_VHOST_MODEL_TYPE_VIRTIO_NON_TRANSITIONAL,

    VIR_DOMAIN_HOSTDEV_SUBSYS_SCSI_VHOST_MODEL_TYPE_LAST
} virDomainHostdevSubsysSCSIVHostModelType;
VIR_ENUM_DECL(virDomainHostdevSubsysSCSIVHostModel);

/* mdev model='...' */
typedef enum {
    VIR_MDEV_MODEL_TYPE_VFIO_PCI = 0,
    VIR_MDEV_MODEL_TYPE_VFIO_CCW,
    VIR_MDEV_MODEL_TYPE_VFIO_AP,

    VIR_MDEV_MODEL_TYPE_LAST
} virMediatedDeviceModelType;
VIR_ENUM_DECL(virMediatedDeviceModel);

/* <teaming type='...'> */
typedef enum {
    VIR_DOMAIN_HOSTDEV_TEAMING_TYPE_NONE = 0,
    VIR_DOMAIN_HOSTDEV_TEAMING_TYPE_PERSISTENT,
    VIR_DOMAIN_HOSTDEV_TEAMING_TYPE_TRANSIENT,

    VIR_DOMAIN_HOSTDEV_TEAMING_TYPE_LAST
} virDomainHostdevTeamingType;
VIR_ENUM_DECL(virDomainHostdevTeaming);

/* One <ip address= prefix= peer=/> of a capabilities net hostdev. */
typedef struct _virDomainHostdevIP virDomainHostdevIP;
struct _virDomainHostdevIP {
    virSocketAddr address;
    virSocketAddr peer;  /* unset (AF_UNSPEC) when absent */
    unsigned int prefix; /* 0 = absent */
};

/* The source of a hostdev (only the members of its mode/type are used). */
typedef struct _virDomainHostdevSource virDomainHostdevSource;
struct _virDomainHostdevSource {
    /* usb */
    bool usbAutoAddress; /* no <address bus= device=> was given */
    unsigned int usbBus;
    unsigned int usbDevice;
    unsigned int usbVendor; /* 0 = absent */
    unsigned int usbProduct;
    int usbGuestReset; /* virDomainHostdevSubsysUSBGuestReset */
    /* pci */
    virPCIDeviceAddress pciAddr;
    int pciBackend; /* virDomainHostdevSubsysPCIBackend */
    /* scsi */
    int scsiProtocol;  /* virDomainHostdevSCSIProtocolType */
    char *scsiAdapter; /* <adapter name=...> */
    unsigned int scsiBus;
    unsigned int scsiTarget;
    unsigned long long scsiUnit;
    virStorageSource *iscsiSrc; /* protocol='iscsi': name, host, auth, initiator */
    int sgio;                   /* virDomainDeviceSGIO */
    virTristateBool rawio;
    /* scsi_host */
    int scsiHostProtocol; /* virDomainHostdevSubsysSCSIHostProtocolType */
    char *wwpn;
    int scsiHostModel; /* virDomainHostdevSubsysSCSIVHostModelType */
    /* mdev */
    int mdevModel; /* virMediatedDeviceModelType */
    char *mdevUuid;
    virTristateSwitch mdevDisplay;
    virTristateSwitch mdevRamfb;
    /* capabilities */
    char *capsPath;           /* storage <block>, misc <char>, net <interface> */
    virDomainHostdevIP **ips; /* net: <ip> */
    size_t nips;
    virNetDevIPRoute **routes; /* net: <route> */
    size_t nroutes;
};

struct _virDomainHostdevDef {
    int mode;                       /* virDomainHostdevMode */
    bool managed;                   /* managed='yes' */
    int subsysType;                 /* virDomainHostdevSubsysType */
    int capsType;                   /* virDomainHostdevCapsType */
    int startupPolicy;              /* virDomainStartupPolicy (usb/pci <source>) */
    virTristateBool writeFiltering; /* pci <source writeFiltering=...> */
    bool readonly;                  /* <readonly/> */
    bool shareable;                 /* <shareable/> */
    bool hasTeaming;                /* a <teaming> element was given */
    int teaming;                    /* virDomainHostdevTeamingType */
    char *teamingPersistent;        /* <teaming persistent=...> */
    virDomainHostdevSource *source; /* never NULL after parse */
    virDomainNetDef *parentnet;     /* set when this hostdev is an <interface type='hostdev'> */
    virDomainDeviceInfo *info;      /* points to own storage or parentnet's info */
    virDomainDeviceInfo infoStorage;
};

/*
 * virDomainHostdevDefParseXML:
 * @ctxt: XPath context (node changed and restored)
 * @node: the <hostdev> element
 * @def: the domain being parsed, or NULL; as libvirt's parser does, the
 *       SCSI controllers a SCSI hostdev uses are appended to it right away
 *       (virDomainDefAddHostdevSCSIControllers)
 * @flags: virDomainDefParseFlags
 *
 * Returns a new hostdev, or NULL with an error (libvirt's codes).
 */
virDomainHostdevDef *virDomainHostdevDefParseXML(xmlXPathContextPtr ctxt,
                                                 xmlNodePtr node,
                                                 virDomainDef *def,
                                                 unsigned int flags);
/* Writes <hostdev>...</hostdev> at @buf's indentation. Returns 0 or -1 with
 * an error. */
int virDomainHostdevDefFormat(virBuffer *buf,
                              const virDomainHostdevDef *hostdev,
                              const virDomainDef *def,
                              unsigned int flags);

/* Frees @hostdev and what it owns; accepts NULL. */
void virDomainHostdevDefFree(virDomainHostdevDef *hostdev);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainHostdevDef, virDomainHostdevDefFree);

/*
 * virDomainHostdevDefPostParse:
 * Gives a SCSI hostdev without address the first free drive address
 * (units 0-6 of controller 0, 1, ...: not used by disks, other hostdevs,
 * or reserved by the controller model), as libvirt does. Must run after
 * the disks' post-parse. Returns 0 or -1 with an error.
 */
int virDomainHostdevDefPostParse(virDomainHostdevDef *hostdev, virDomainDef *def);

/*
 * virDomainHostdevDefValidate:
 * Per-hostdev checks of libvirt's generic validation (address types,
 * SCSI address conflicts with disks and other hostdevs...).
 * Returns 0 or -1 with an error.
 */
int virDomainHostdevDefValidate(const virDomainHostdevDef *hostdev, const virDomainDef *def);

/* True if @hostdev is a subsystem SCSI hostdev (it then has a drive address). */
bool virHostdevIsSCSIDevice(const virDomainHostdevDef *hostdev);

/* <redirdev bus='usb' type='spicevmc'>... */
struct _virDomainRedirdevDef {
    int bus;                       /* usb */
    virDomainChrSourceDef *source; /* chardev source (virdomainchr.h) */
    virDomainDeviceInfo info;
};

/* Implemented by D4 in virdomainredirdev.c (see that file for the contracts). */
virDomainRedirdevDef *virDomainRedirdevDefParseXML(xmlXPathContextPtr ctxt,
                                                   xmlNodePtr node,
                                                   virDomainDef *def,
                                                   unsigned int flags);
int virDomainRedirdevDefFormat(virBuffer *buf,
                               const virDomainRedirdevDef *redirdev,
                               const virDomainDef *def,
                               unsigned int flags);
void virDomainRedirdevDefFree(virDomainRedirdevDef *redirdev);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainRedirdevDef, virDomainRedirdevDefFree);

/* <usbdev class= vendor= product= version= allow=/> */
typedef struct _virDomainRedirFilterUSBDevDef virDomainRedirFilterUSBDevDef;
struct _virDomainRedirFilterUSBDevDef {
    int usbClass; /* -1 = any */
    int vendor;   /* -1 = any */
    int product;  /* -1 = any */
    int version;  /* -1 = any */
    bool allow;
};

struct _virDomainRedirFilterDef {
    virDomainRedirFilterUSBDevDef **usbdevs;
    size_t nusbdevs;
};

virDomainRedirFilterDef *virDomainRedirFilterDefParseXML(xmlXPathContextPtr ctxt,
                                                         xmlNodePtr node,
                                                         virDomainDef *def,
                                                         unsigned int flags);
int virDomainRedirFilterDefFormat(virBuffer *buf,
                                  const virDomainRedirFilterDef *filter,
                                  const virDomainDef *def,
                                  unsigned int flags);
void virDomainRedirFilterDefFree(virDomainRedirFilterDef *filter);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainRedirFilterDef, virDomainRedirFilterDefFree);
