/*
 * virdomaincontroller.h: <controller> devices and the implicit
 * controllers the post-parse step adds
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virbuffer.h"
#include "virconftypes.h"
#include "virdeviceinfo.h"
#include "virdomainvirtio.h"
#include "virenum.h"
#include "virxml.h"

typedef enum {
    VIR_DOMAIN_CONTROLLER_TYPE_IDE = 0,
    VIR_DOMAIN_CONTROLLER_TYPE_FDC,
    VIR_DOMAIN_CONTROLLER_TYPE_SCSI,
    VIR_DOMAIN_CONTROLLER_TYPE_SATA,
    VIR_DOMAIN_CONTROLLER_TYPE_VIRTIO_SERIAL,
    VIR_DOMAIN_CONTROLLER_TYPE_CCID,
    VIR_DOMAIN_CONTROLLER_TYPE_USB,
    VIR_DOMAIN_CONTROLLER_TYPE_PCI,
    VIR_DOMAIN_CONTROLLER_TYPE_XENBUS,
    VIR_DOMAIN_CONTROLLER_TYPE_ISA,

    VIR_DOMAIN_CONTROLLER_TYPE_LAST
} virDomainControllerType;
VIR_ENUM_DECL(virDomainController);

/* model= of type='pci' (-1 = absent) */
typedef enum {
    VIR_DOMAIN_CONTROLLER_MODEL_PCI_ROOT = 0,
    VIR_DOMAIN_CONTROLLER_MODEL_PCIE_ROOT,
    VIR_DOMAIN_CONTROLLER_MODEL_PCI_BRIDGE,
    VIR_DOMAIN_CONTROLLER_MODEL_DMI_TO_PCI_BRIDGE,
    VIR_DOMAIN_CONTROLLER_MODEL_PCIE_ROOT_PORT,
    VIR_DOMAIN_CONTROLLER_MODEL_PCIE_SWITCH_UPSTREAM_PORT,
    VIR_DOMAIN_CONTROLLER_MODEL_PCIE_SWITCH_DOWNSTREAM_PORT,
    VIR_DOMAIN_CONTROLLER_MODEL_PCI_EXPANDER_BUS,
    VIR_DOMAIN_CONTROLLER_MODEL_PCIE_EXPANDER_BUS,
    VIR_DOMAIN_CONTROLLER_MODEL_PCIE_TO_PCI_BRIDGE,

    VIR_DOMAIN_CONTROLLER_MODEL_PCI_LAST
} virDomainControllerModelPCI;
VIR_ENUM_DECL(virDomainControllerModelPCI);

/* model= of type='scsi' (-1 = absent) */
typedef enum {
    VIR_DOMAIN_CONTROLLER_MODEL_SCSI_AUTO = 0,
    VIR_DOMAIN_CONTROLLER_MODEL_SCSI_BUSLOGIC,
    VIR_DOMAIN_CONTROLLER_MODEL_SCSI_LSILOGIC,
    VIR_DOMAIN_CONTROLLER_MODEL_SCSI_LSISAS1068,
    VIR_DOMAIN_CONTROLLER_MODEL_SCSI_VMPVSCSI,
    VIR_DOMAIN_CONTROLLER_MODEL_SCSI_IBMVSCSI,
    VIR_DOMAIN_CONTROLLER_MODEL_SCSI_VIRTIO_SCSI,
    VIR_DOMAIN_CONTROLLER_MODEL_SCSI_LSISAS1078,
    VIR_DOMAIN_CONTROLLER_MODEL_SCSI_VIRTIO_TRANSITIONAL,
    VIR_DOMAIN_CONTROLLER_MODEL_SCSI_VIRTIO_NON_TRANSITIONAL,
    VIR_DOMAIN_CONTROLLER_MODEL_SCSI_NCR53C90,
    VIR_DOMAIN_CONTROLLER_MODEL_SCSI_DC390,
    VIR_DOMAIN_CONTROLLER_MODEL_SCSI_AM53C974,

    VIR_DOMAIN_CONTROLLER_MODEL_SCSI_LAST
} virDomainControllerModelSCSI;
VIR_ENUM_DECL(virDomainControllerModelSCSI);

/* model= of type='usb' (-1 = absent) */
typedef enum {
    VIR_DOMAIN_CONTROLLER_MODEL_USB_PIIX3_UHCI = 0,
    VIR_DOMAIN_CONTROLLER_MODEL_USB_PIIX4_UHCI,
    VIR_DOMAIN_CONTROLLER_MODEL_USB_EHCI,
    VIR_DOMAIN_CONTROLLER_MODEL_USB_ICH9_EHCI1,
    VIR_DOMAIN_CONTROLLER_MODEL_USB_ICH9_UHCI1,
    VIR_DOMAIN_CONTROLLER_MODEL_USB_ICH9_UHCI2,
    VIR_DOMAIN_CONTROLLER_MODEL_USB_ICH9_UHCI3,
    VIR_DOMAIN_CONTROLLER_MODEL_USB_VT82C686B_UHCI,
    VIR_DOMAIN_CONTROLLER_MODEL_USB_PCI_OHCI,
    VIR_DOMAIN_CONTROLLER_MODEL_USB_NEC_XHCI,
    VIR_DOMAIN_CONTROLLER_MODEL_USB_QUSB1,
    VIR_DOMAIN_CONTROLLER_MODEL_USB_QUSB2,
    VIR_DOMAIN_CONTROLLER_MODEL_USB_QEMU_XHCI,
    VIR_DOMAIN_CONTROLLER_MODEL_USB_NONE,

    VIR_DOMAIN_CONTROLLER_MODEL_USB_LAST
} virDomainControllerModelUSB;
VIR_ENUM_DECL(virDomainControllerModelUSB);

/* model= of type='ide' (-1 = absent) */
typedef enum {
    VIR_DOMAIN_CONTROLLER_MODEL_IDE_PIIX3 = 0,
    VIR_DOMAIN_CONTROLLER_MODEL_IDE_PIIX4,
    VIR_DOMAIN_CONTROLLER_MODEL_IDE_ICH6,

    VIR_DOMAIN_CONTROLLER_MODEL_IDE_LAST
} virDomainControllerModelIDE;
VIR_ENUM_DECL(virDomainControllerModelIDE);

/* model= of type='virtio-serial' (-1 = absent) */
typedef enum {
    VIR_DOMAIN_CONTROLLER_MODEL_VIRTIO_SERIAL_VIRTIO = 0,
    VIR_DOMAIN_CONTROLLER_MODEL_VIRTIO_SERIAL_VIRTIO_TRANSITIONAL,
    VIR_DOMAIN_CONTROLLER_MODEL_VIRTIO_SERIAL_VIRTIO_NON_TRANSITIONAL,

    VIR_DOMAIN_CONTROLLER_MODEL_VIRTIO_SERIAL_LAST
} virDomainControllerModelVirtioSerial;
VIR_ENUM_DECL(virDomainControllerModelVirtioSerial);

/* <model name='...'> of type='pci' */
typedef enum {
    VIR_DOMAIN_CONTROLLER_PCI_MODEL_NAME_NONE = 0,
    VIR_DOMAIN_CONTROLLER_PCI_MODEL_NAME_PCI_BRIDGE,
    VIR_DOMAIN_CONTROLLER_PCI_MODEL_NAME_I82801B11_BRIDGE,
    VIR_DOMAIN_CONTROLLER_PCI_MODEL_NAME_IOH3420,
    VIR_DOMAIN_CONTROLLER_PCI_MODEL_NAME_X3130_UPSTREAM,
    VIR_DOMAIN_CONTROLLER_PCI_MODEL_NAME_XIO3130_DOWNSTREAM,
    VIR_DOMAIN_CONTROLLER_PCI_MODEL_NAME_PXB,
    VIR_DOMAIN_CONTROLLER_PCI_MODEL_NAME_PXB_PCIE,
    VIR_DOMAIN_CONTROLLER_PCI_MODEL_NAME_PCIE_ROOT_PORT,
    VIR_DOMAIN_CONTROLLER_PCI_MODEL_NAME_SPAPR_PCI_HOST_BRIDGE,
    VIR_DOMAIN_CONTROLLER_PCI_MODEL_NAME_PCIE_PCI_BRIDGE,

    VIR_DOMAIN_CONTROLLER_PCI_MODEL_NAME_LAST
} virDomainControllerPCIModelName;
VIR_ENUM_DECL(virDomainControllerPCIModelName);

/* The type='pci' specifics: <model name>, <target ...>, <pcihole64> */
typedef struct _virDomainPCIControllerOpts virDomainPCIControllerOpts;
struct _virDomainPCIControllerOpts {
    int modelName;   /* virDomainControllerPCIModelName */
    int chassisNr;   /* -1 = absent */
    int chassis;     /* -1 = absent */
    int port;        /* -1 = absent */
    int busNr;       /* -1 = absent */
    int targetIndex; /* <target index=...>, -1 = absent */
    virTristateSwitch hotplug;
    int numaNode;                     /* <target><node>, -1 = absent */
    bool pcihole64;                   /* <pcihole64> given (root controllers only) */
    unsigned long long pcihole64size; /* KiB */
};

struct _virDomainControllerDef {
    int type;  /* virDomainControllerType */
    int idx;   /* index=, -1 until post-parse when absent */
    int model; /* per-type model enum above, -1 = absent */
    /* <driver queues= cmd_per_lun= max_sectors= ioeventfd= iothread=/> */
    unsigned int queues;
    unsigned int cmd_per_lun;
    unsigned int max_sectors;
    virTristateSwitch ioeventfd;
    unsigned int iothread;
    virDomainVirtioOptions virtio;
    int ports;                      /* virtio-serial / usb ports=, -1 = absent */
    int vectors;                    /* virtio-serial vectors=, -1 = absent */
    int maxGrantFrames;             /* xenbus, -1 = absent */
    int maxEventChannels;           /* xenbus, -1 = absent */
    virDomainPCIControllerOpts pci; /* type='pci' only */
    virDomainDeviceInfo info;
};

/*
 * virDomainControllerDefParseXML:
 * @ctxt: XPath context (node changed and restored)
 * @node: the <controller> element
 * @def: the domain being parsed (unused, may be NULL)
 * @flags: virDomainDefParseFlags
 *
 * Returns a new controller (idx -1 when index= is absent; ICH9 UHCI
 * companions get their default <master startport>), or NULL with an
 * error (libvirt's codes).
 */
virDomainControllerDef *virDomainControllerDefParseXML(xmlXPathContextPtr ctxt,
                                                       xmlNodePtr node,
                                                       virDomainDef *def,
                                                       unsigned int flags);

/* Writes <controller>...</controller> at @buf's indentation. Returns 0 or
 * -1 with VIR_ERR_INTERNAL_ERROR for out-of-range enum values. */
int virDomainControllerDefFormat(virBuffer *buf,
                                 const virDomainControllerDef *cont,
                                 const virDomainDef *def,
                                 unsigned int flags);

/* Frees @cont and what it owns; accepts NULL. */
void virDomainControllerDefFree(virDomainControllerDef *cont);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainControllerDef, virDomainControllerDefFree);

/*
 * virDomainControllerDefPostParse:
 * Gives a controller without index= the first index unused by the
 * controllers of its type, and rejects iothread= on non virtio-scsi
 * controllers (VIR_ERR_XML_ERROR). Returns 0 or -1 with an error.
 */
int virDomainControllerDefPostParse(virDomainControllerDef *cont, virDomainDef *def);

/*
 * virDomainControllerDefValidate:
 * Range checks of the pci <target> values. Returns 0 or -1 with
 * VIR_ERR_CONFIG_UNSUPPORTED.
 */
int virDomainControllerDefValidate(const virDomainControllerDef *cont, const virDomainDef *def);

/*
 * virDomainControllerDefNew:
 * @type: virDomainControllerType
 *
 * Returns a controller with every optional value unset (idx and model -1
 * etc.). Never fails.
 */
virDomainControllerDef *virDomainControllerDefNew(int type);

/*
 * virDomainControllerInsert:
 * @def: the domain
 * @cont: the controller (ownership taken)
 *
 * Inserts @cont into def->controllers where libvirt's parser puts it:
 * after the last controller of the same type when its index is unset,
 * else before the first controller of that type with a higher index (a
 * USB companion goes after its master), else after the last one of that
 * type, else at the end. Never fails.
 */
void virDomainControllerInsert(virDomainDef *def, virDomainControllerDef *cont);

/*
 * virDomainDefRejectDuplicateControllers:
 * Returns 0, or -1 with VIR_ERR_XML_ERROR "Multiple 'ide' controllers
 * with index '0'" (several USB controllers may share an index).
 */
int virDomainDefRejectDuplicateControllers(const virDomainDef *def);

/*
 * virDomainDefMaybeAddController:
 * @def: the domain
 * @type: virDomainControllerType
 * @idx: controller index
 * @model: model, -1 for none
 *
 * Appends a controller of @type/@idx to @def if none exists yet (libvirt
 * appends implicit controllers at the end). Returns 1 if added, 0 if it
 * existed.
 */
int virDomainDefMaybeAddController(virDomainDef *def, int type, int idx, int model);

/*
 * virDomainDefAddHostdevSCSIControllers:
 * @def: the domain
 * @extra: a hostdev not yet in def->hostdevs to count too, or NULL
 *
 * Appends the SCSI controllers 0..N that the SCSI hostdevs use (a hostdev
 * without address counts as controller 0), with the model of the
 * controller of the highest one if it exists. libvirt does this after
 * parsing each hostdev too (see virDomainHostdevDefParseXML).
 */
void virDomainDefAddHostdevSCSIControllers(virDomainDef *def, const virDomainHostdevDef *extra);

/*
 * virDomainDefAddImplicitControllers:
 *
 * Adds the controllers implied by the devices of @def, as libvirt's
 * generic parser does: scsi, fdc, ide and sata controllers 0..N for disks
 * with drive addresses, virtio-serial for virtio channels and consoles,
 * ccid for smartcards (which also get a ccid address), scsi for SCSI
 * hostdevs. Returns 0.
 */
int virDomainDefAddImplicitControllers(virDomainDef *def);
