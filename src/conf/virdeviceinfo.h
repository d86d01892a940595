/*
 * virdeviceinfo.h: what every domain device carries besides its own
 * settings: <alias>, <address>, <boot order>, <rom>, <acpi index>
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>

#include "virbuffer.h"
#include "virenum.h"
#include "virxml.h"

typedef enum {
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE = 0,
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_PCI,
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE,
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_SERIAL,
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCID,
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_USB,
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_SPAPRVIO,
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_S390,
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCW,
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_MMIO,
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_ISA,
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DIMM,
    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_UNASSIGNED,

    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_LAST
} virDomainDeviceAddressType;

VIR_ENUM_DECL(virDomainDeviceAddress);

/* <address type='pci' domain='0x0000' bus='0x00' slot='0x01' function='0x0'/> */
typedef struct _virPCIDeviceAddress virPCIDeviceAddress;
struct _virPCIDeviceAddress {
    unsigned int domain;
    unsigned int bus;
    unsigned int slot;
    unsigned int function;
    virTristateSwitch multi; /* multifunction='on|off' */
    bool zpciSet;            /* a <zpci> child was given */
    unsigned int zpciUid;    /* <zpci uid='0x..'/> */
    unsigned int zpciFid;    /* <zpci fid='0x..'/> */
};

/* <address type='drive' controller='0' bus='0' target='0' unit='0'/> */
typedef struct _virDomainDeviceDriveAddress virDomainDeviceDriveAddress;
struct _virDomainDeviceDriveAddress {
    unsigned int controller;
    unsigned int bus;
    unsigned int target;
    unsigned int unit;
};

/* type='virtio-serial' controller bus port; type='ccid' controller slot */
typedef struct _virDomainDeviceVirtioSerialAddress virDomainDeviceVirtioSerialAddress;
struct _virDomainDeviceVirtioSerialAddress {
    unsigned int controller;
    unsigned int bus;
    unsigned int port;
};

typedef struct _virDomainDeviceCCIDAddress virDomainDeviceCCIDAddress;
struct _virDomainDeviceCCIDAddress {
    unsigned int controller;
    unsigned int slot;
};

#define VIR_DOMAIN_DEVICE_USB_MAX_PORT_DEPTH 4
/* type='usb' bus port='1.2.3' */
typedef struct _virDomainDeviceUSBAddress virDomainDeviceUSBAddress;
struct _virDomainDeviceUSBAddress {
    unsigned int bus;
    unsigned int port[VIR_DOMAIN_DEVICE_USB_MAX_PORT_DEPTH]; /* 0-terminated path */
};

typedef struct _virDomainDeviceSpaprVioAddress virDomainDeviceSpaprVioAddress;
struct _virDomainDeviceSpaprVioAddress {
    unsigned long long reg;
    bool has_reg;
};

typedef struct _virDomainDeviceCCWAddress virDomainDeviceCCWAddress;
struct _virDomainDeviceCCWAddress {
    unsigned int cssid;
    unsigned int ssid;
    unsigned int devno;
    bool assigned;
};

typedef struct _virDomainDeviceISAAddress virDomainDeviceISAAddress;
struct _virDomainDeviceISAAddress {
    unsigned int iobase;
    unsigned int irq;
};

typedef struct _virDomainDeviceDimmAddress virDomainDeviceDimmAddress;
struct _virDomainDeviceDimmAddress {
    unsigned int slot;
    unsigned long long base;
};

/* <rom bar='on' file='...' enabled='yes'/> */
typedef struct _virDomainDeviceRomInfo virDomainDeviceRomInfo;
struct _virDomainDeviceRomInfo {
    virTristateSwitch bar;
    char *file;
    virTristateBool enabled;
};

/*
 * Embedded (by value) in every device definition as its `info` field.
 */
typedef struct _virDomainDeviceInfo virDomainDeviceInfo;
struct _virDomainDeviceInfo {
    char *alias; /* <alias name='...'/>, owned; NULL when absent */
    int type;    /* virDomainDeviceAddressType */
    union {
        virPCIDeviceAddress pci;
        virDomainDeviceDriveAddress drive;
        virDomainDeviceVirtioSerialAddress vioserial;
        virDomainDeviceCCIDAddress ccid;
        virDomainDeviceUSBAddress usb;
        virDomainDeviceSpaprVioAddress spaprvio;
        virDomainDeviceCCWAddress ccw;
        virDomainDeviceISAAddress isa;
        virDomainDeviceDimmAddress dimm;
    } addr;
    unsigned int bootIndex;          /* <boot order='N'/>, 0 when absent */
    char *loadparm;                  /* <boot loadparm='...'/>, owned */
    virDomainDeviceRomInfo rom;      /* <rom .../> */
    unsigned int acpiIndex;          /* <acpi index='N'/>, 0 when absent */
    unsigned int usbMasterStartport; /* <master startport='N'/> for USB companions */
    bool usbMasterSet;
};

typedef enum {
    VIR_DOMAIN_DEF_PARSE_INACTIVE = 1 << 0,   /* ignore runtime-only data */
    VIR_DOMAIN_DEF_PARSE_ALLOW_BOOT = 1 << 1, /* device may carry <boot order> */
    VIR_DOMAIN_DEF_PARSE_ALLOW_ROM = 1 << 2,  /* device may carry <rom> */
    VIR_DOMAIN_DEF_PARSE_VALIDATE_SCHEMA = 1 << 3,
    VIR_DOMAIN_DEF_PARSE_STATUS = 1 << 4, /* runtime status file */
} virDomainDefParseFlags;

typedef enum {
    VIR_DOMAIN_DEF_FORMAT_SECURE = 1 << 0,   /* include passwords */
    VIR_DOMAIN_DEF_FORMAT_INACTIVE = 1 << 1, /* persistent config only */
    VIR_DOMAIN_DEF_FORMAT_STATUS = 1 << 2,
    VIR_DOMAIN_DEF_FORMAT_ALLOW_BOOT = 1 << 3,
    VIR_DOMAIN_DEF_FORMAT_ALLOW_ROM = 1 << 4,
} virDomainDefFormatFlags;

/*
 * virDomainDeviceInfoParseXML:
 * @ctxt: XPath context; its node is set to @node while parsing and restored
 * @node: the device element
 * @info: filled in (zeroed by the caller)
 * @flags: virDomainDefParseFlags (ALLOW_BOOT, ALLOW_ROM)
 *
 * Parses the <alias>, <address>, <boot>, <rom>, <acpi> and <master>
 * children of a device element. Returns 0, or -1 with an error.
 */
int virDomainDeviceInfoParseXML(xmlXPathContextPtr ctxt,
                                xmlNodePtr node,
                                virDomainDeviceInfo *info,
                                unsigned int flags);

/*
 * virDomainDeviceInfoFormat:
 *
 * Writes the children parsed above, in libvirt's order (boot, alias,
 * master, rom, address, acpi...), at @buf's indentation.
 */
void virDomainDeviceInfoFormat(virBuffer *buf, const virDomainDeviceInfo *info, unsigned int flags);

/* Frees the strings inside @info and zeroes it; @info itself is not freed. */
void virDomainDeviceInfoClear(virDomainDeviceInfo *info);

/* Returns true if @a and @b are the same address (same type and values). */
bool virDomainDeviceInfoAddressEqual(const virDomainDeviceInfo *a, const virDomainDeviceInfo *b);

/* Parses/formats one <address> element on its own (hostdev sources use it). */
int virDomainDeviceAddressParseXML(xmlNodePtr address, virDomainDeviceInfo *info);
void
virPCIDeviceAddressFormat(virBuffer *buf, const virPCIDeviceAddress *addr, bool includeTypeInAddr);
int virPCIDeviceAddressParseXML(xmlNodePtr node, virPCIDeviceAddress *addr);
