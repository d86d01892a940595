/*
 * virdeviceinfo.c: <alias>, <address>, <boot>, <rom>, <acpi> and <master>
 * of domain devices
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virdeviceinfo.h"
#include "virerror.h"
#include "virunits.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_ENUM_IMPL(virDomainDeviceAddress,
              VIR_DOMAIN_DEVICE_ADDRESS_TYPE_LAST,
              "none",
              "pci",
              "drive",
              "virtio-serial",
              "ccid",
              "usb",
              "spapr-vio",
              "virtio-s390",
              "ccw",
              "virtio-mmio",
              "isa",
              "dimm",
              "unassigned");

#define USER_ALIAS_PREFIX "ua-"
#define USER_ALIAS_CHARS "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"

#define LOADPARM_CHARS "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789. "
#define LOADPARM_MAX_LEN 8

#define CCW_MAX_CSSID 0xfe
#define CCW_MAX_SSID 3
#define CCW_MAX_DEVNO 0xffff

#define PCI_MAX_BUS 0xFF
#define PCI_MAX_SLOT 0x1F
#define PCI_MAX_FUNCTION 7


/* True when domain, bus and slot are all 0 (the function is ignored). */
static bool
virPCIDeviceAddressIsEmpty(const virPCIDeviceAddress *addr)
{
    return !(addr->domain || addr->bus || addr->slot);
}


static int
virPCIDeviceAddressCheckValid(const virPCIDeviceAddress *addr)
{
    /* libvirt reports these from its PCI utilities, outside any domain */
    if (addr->bus > PCI_MAX_BUS) {
        virReportErrorHelper(VIR_FROM_NONE, VIR_ERR_XML_ERROR, __FILE__, __func__, __LINE__,
                             _("Invalid PCI address bus='0x%1$x', must be <= 0x%2$X"), addr->bus,
                             PCI_MAX_BUS);
        return -1;
    }
    if (addr->slot > PCI_MAX_SLOT) {
        virReportErrorHelper(VIR_FROM_NONE, VIR_ERR_XML_ERROR, __FILE__, __func__, __LINE__,
                             _("Invalid PCI address slot='0x%1$x', must be <= 0x%2$X"), addr->slot,
                             PCI_MAX_SLOT);
        return -1;
    }
    if (addr->function > PCI_MAX_FUNCTION) {
        virReportErrorHelper(VIR_FROM_NONE, VIR_ERR_XML_ERROR, __FILE__, __func__, __LINE__,
                             _("Invalid PCI address function=0x%1$x, must be <= %2$u"),
                             addr->function, PCI_MAX_FUNCTION);
        return -1;
    }
    return 0;
}


static int
virZPCIDeviceAddressParseXML(xmlNodePtr node, virPCIDeviceAddress *addr)
{
    int rc;
    bool set = false;

    if ((rc = virXMLPropUInt(node, "uid", 0, VIR_XML_PROP_NONE, &addr->zpciUid)) < 0)
        return -1;
    if (rc > 0)
        set = true;
    if ((rc = virXMLPropUInt(node, "fid", 0, VIR_XML_PROP_NONE, &addr->zpciFid)) < 0)
        return -1;
    if (rc > 0)
        set = true;
    addr->zpciSet = set;
    return 0;
}


int
virPCIDeviceAddressParseXML(xmlNodePtr node, virPCIDeviceAddress *addr)
{
    xmlNodePtr zpci;

    if (virXMLPropUInt(node, "domain", 0, VIR_XML_PROP_NONE, &addr->domain) < 0 ||
        virXMLPropUInt(node, "bus", 0, VIR_XML_PROP_NONE, &addr->bus) < 0 ||
        virXMLPropUInt(node, "slot", 0, VIR_XML_PROP_NONE, &addr->slot) < 0 ||
        virXMLPropUInt(node, "function", 0, VIR_XML_PROP_NONE, &addr->function) < 0)
        return -1;

    if (virXMLPropTristateSwitch(node, "multifunction", VIR_XML_PROP_NONE, &addr->multi) < 0)
        return -1;

    if (!virPCIDeviceAddressIsEmpty(addr) && virPCIDeviceAddressCheckValid(addr) < 0)
        return -1;

    if ((zpci = virXMLNodeGetSubelement(node, "zpci")) &&
        virZPCIDeviceAddressParseXML(zpci, addr) < 0)
        return -1;

    return 0;
}


void
virPCIDeviceAddressFormat(virBuffer *buf, const virPCIDeviceAddress *addr, bool includeTypeInAddr)
{
    virBufferAsprintf(buf,
                      "<address %sdomain='0x%04x' bus='0x%02x' slot='0x%02x' function='0x%x'/>\n",
                      includeTypeInAddr ? "type='pci' " : "", addr->domain, addr->bus, addr->slot,
                      addr->function);
}


static int
virDomainDeviceUSBAddressParsePort(const char *port, virDomainDeviceUSBAddress *addr)
{
    g_auto(GStrv) parts = g_strsplit(port, ".", -1);
    size_t i;

    if (!parts[0] || g_strv_length(parts) > VIR_DOMAIN_DEVICE_USB_MAX_PORT_DEPTH)
        goto error;

    for (i = 0; parts[i]; i++) {
        if (virStrToLong_uip(parts[i], NULL, 10, &addr->port[i]) < 0)
            goto error;
    }
    return 0;

error:
    virReportErrorHelper(VIR_FROM_DEVICE, VIR_ERR_INTERNAL_ERROR, __FILE__, __func__, __LINE__,
                         "%s", _("Cannot parse <address> 'port' attribute"));
    return -1;
}


static int
virDomainDeviceUSBAddressParseXML(xmlNodePtr node, virDomainDeviceUSBAddress *addr)
{
    g_autofree char *port = virXMLPropString(node, "port");

    if (port && virDomainDeviceUSBAddressParsePort(port, addr) < 0)
        return -1;

    if (virXMLPropUInt(node, "bus", 10, VIR_XML_PROP_NONE, &addr->bus) < 0)
        return -1;

    return 0;
}


static int
virDomainDeviceCCWAddressParseXML(xmlNodePtr node, virDomainDeviceCCWAddress *addr)
{
    int cssid;
    int ssid;
    int devno;

    if ((cssid = virXMLPropUInt(node, "cssid", 0, VIR_XML_PROP_NONE, &addr->cssid)) < 0 ||
        (ssid = virXMLPropUInt(node, "ssid", 0, VIR_XML_PROP_NONE, &addr->ssid)) < 0 ||
        (devno = virXMLPropUInt(node, "devno", 0, VIR_XML_PROP_NONE, &addr->devno)) < 0)
        return -1;

    if (cssid > 0 && ssid > 0 && devno > 0) {
        if (addr->cssid > CCW_MAX_CSSID || addr->ssid > CCW_MAX_SSID ||
            addr->devno > CCW_MAX_DEVNO) {
            virReportErrorHelper(
                VIR_FROM_DEVICE, VIR_ERR_INTERNAL_ERROR, __FILE__, __func__, __LINE__,
                _("Invalid specification for virtio ccw address: cssid='0x%1$x' ssid='0x%2$x' devno='0x%3$04x'"),
                addr->cssid, addr->ssid, addr->devno);
            return -1;
        }
        addr->assigned = true;
    } else if (cssid > 0 || ssid > 0 || devno > 0) {
        virReportErrorHelper(VIR_FROM_DEVICE, VIR_ERR_INTERNAL_ERROR, __FILE__, __func__, __LINE__,
                             "%s", _("Invalid partial specification for virtio ccw address"));
        return -1;
    }
    return 0;
}


static int
virDomainDeviceSpaprVioAddressParseXML(xmlNodePtr node, virDomainDeviceSpaprVioAddress *addr)
{
    int rc = virXMLPropULongLong(node, "reg", 16, VIR_XML_PROP_NONE, &addr->reg);

    if (rc < 0)
        return -1;
    addr->has_reg = rc > 0;
    return 0;
}


static int
virDomainDeviceAddressParseByType(xmlNodePtr node, virDomainDeviceInfo *info)
{
    switch ((virDomainDeviceAddressType)info->type) {
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_PCI:
        return virPCIDeviceAddressParseXML(node, &info->addr.pci);

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE:
        if (virXMLPropUInt(node, "controller", 10, VIR_XML_PROP_NONE,
                           &info->addr.drive.controller) < 0 ||
            virXMLPropUInt(node, "bus", 10, VIR_XML_PROP_NONE, &info->addr.drive.bus) < 0 ||
            virXMLPropUInt(node, "target", 10, VIR_XML_PROP_NONE, &info->addr.drive.target) < 0 ||
            virXMLPropUInt(node, "unit", 10, VIR_XML_PROP_NONE, &info->addr.drive.unit) < 0)
            return -1;
        return 0;

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_SERIAL:
        if (virXMLPropUInt(node, "controller", 10, VIR_XML_PROP_NONE,
                           &info->addr.vioserial.controller) < 0 ||
            virXMLPropUInt(node, "bus", 10, VIR_XML_PROP_NONE, &info->addr.vioserial.bus) < 0 ||
            virXMLPropUInt(node, "port", 10, VIR_XML_PROP_NONE, &info->addr.vioserial.port) < 0)
            return -1;
        return 0;

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCID:
        if (virXMLPropUInt(node, "controller", 10, VIR_XML_PROP_NONE, &info->addr.ccid.controller) <
                0 ||
            virXMLPropUInt(node, "slot", 10, VIR_XML_PROP_NONE, &info->addr.ccid.slot) < 0)
            return -1;
        return 0;

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_USB:
        return virDomainDeviceUSBAddressParseXML(node, &info->addr.usb);

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_SPAPRVIO:
        return virDomainDeviceSpaprVioAddressParseXML(node, &info->addr.spaprvio);

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCW:
        return virDomainDeviceCCWAddressParseXML(node, &info->addr.ccw);

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_ISA:
        if (virXMLPropUInt(node, "iobase", 16, VIR_XML_PROP_NONE, &info->addr.isa.iobase) < 0 ||
            virXMLPropUInt(node, "irq", 16, VIR_XML_PROP_NONE, &info->addr.isa.irq) < 0)
            return -1;
        return 0;

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DIMM:
        if (virXMLPropUInt(node, "slot", 10, VIR_XML_PROP_REQUIRED, &info->addr.dimm.slot) < 0 ||
            virXMLPropULongLong(node, "base", 16, VIR_XML_PROP_NONE, &info->addr.dimm.base) < 0)
            return -1;
        return 0;

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_S390:
        virReportError(VIR_ERR_XML_ERROR, "%s", _("virtio-s390 bus doesn't have an address"));
        return -1;

    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_MMIO:
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_UNASSIGNED:
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE:
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_LAST:
        break;
    }
    return 0;
}


int
virDomainDeviceAddressParseXML(xmlNodePtr address, virDomainDeviceInfo *info)
{
    g_autofree char *type = virXMLPropString(address, "type");

    if (!type) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("No type specified for device address"));
        return -1;
    }

    if ((info->type = virDomainDeviceAddressTypeFromString(type)) <= 0) {
        info->type = VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE;
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown address type '%1$s'"), type);
        return -1;
    }

    return virDomainDeviceAddressParseByType(address, info);
}


static bool
virDomainDeviceAliasIsUser(const char *alias)
{
    return g_str_has_prefix(alias, USER_ALIAS_PREFIX) &&
           strspn(alias + strlen(USER_ALIAS_PREFIX), USER_ALIAS_CHARS) ==
               strlen(alias + strlen(USER_ALIAS_PREFIX));
}


static int
virDomainDeviceBootParseXML(xmlNodePtr node, virDomainDeviceInfo *info)
{
    g_autofree char *loadparm = NULL;
    size_t len;

    if (virXMLPropUInt(node, "order", 10, VIR_XML_PROP_REQUIRED | VIR_XML_PROP_NONZERO,
                       &info->bootIndex) < 0)
        return -1;

    if (!(loadparm = virXMLPropString(node, "loadparm")))
        return 0;

    g_free(info->loadparm);
    info->loadparm = g_ascii_strup(loadparm, -1);
    len = strlen(info->loadparm);

    if (len < 1 || len > LOADPARM_MAX_LEN) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("loadparm value '%1$s' must be between 1 and 8 characters"),
                       info->loadparm);
        return -1;
    }
    if (strspn(info->loadparm, LOADPARM_CHARS) != len) {
        virReportError(
            VIR_ERR_INTERNAL_ERROR,
            _("invalid loadparm value '%1$s', expecting chars in set of [a-zA-Z0-9.] and blank spaces"),
            info->loadparm);
        return -1;
    }
    return 0;
}


static int
virDomainDeviceRomParseXML(xmlNodePtr node, virDomainDeviceRomInfo *rom)
{
    if (virXMLPropTristateSwitch(node, "bar", VIR_XML_PROP_NONE, &rom->bar) < 0)
        return -1;
    g_free(rom->file);
    rom->file = virXMLPropString(node, "file");
    if (virXMLPropTristateBool(node, "enabled", VIR_XML_PROP_NONE, &rom->enabled) < 0)
        return -1;
    return 0;
}


static void
virDomainDeviceAliasParseXML(xmlNodePtr node, virDomainDeviceInfo *info, unsigned int flags)
{
    g_autofree char *alias = virXMLPropString(node, "name");

    if (!alias)
        return;
    if ((flags & VIR_DOMAIN_DEF_PARSE_INACTIVE) && !virDomainDeviceAliasIsUser(alias))
        return;
    g_free(info->alias);
    info->alias = g_steal_pointer(&alias);
}


int
virDomainDeviceInfoParseXML(xmlXPathContextPtr ctxt,
                            xmlNodePtr node,
                            virDomainDeviceInfo *info,
                            unsigned int flags)
{
    xmlNodePtr child;

    if ((child = virXMLNodeGetSubelement(node, "alias")))
        virDomainDeviceAliasParseXML(child, info, flags);

    if ((child = virXMLNodeGetSubelement(node, "master"))) {
        info->usbMasterSet = true;
        if (virXMLPropUInt(child, "startport", 10, VIR_XML_PROP_NONE, &info->usbMasterStartport) <
            0)
            return -1;
    }

    if ((flags & VIR_DOMAIN_DEF_PARSE_ALLOW_BOOT) &&
        (child = virXMLNodeGetSubelement(node, "boot")) &&
        virDomainDeviceBootParseXML(child, info) < 0)
        return -1;

    if ((flags & VIR_DOMAIN_DEF_PARSE_ALLOW_ROM) &&
        (child = virXMLNodeGetSubelement(node, "rom")) &&
        virDomainDeviceRomParseXML(child, &info->rom) < 0)
        return -1;

    if ((child = virXMLNodeGetSubelement(node, "acpi")) &&
        virXMLPropUInt(child, "index", 10, VIR_XML_PROP_NONZERO, &info->acpiIndex) < 0)
        return -1;

    if ((child = virXMLNodeGetSubelement(node, "address")) &&
        virDomainDeviceAddressParseXML(child, info) < 0)
        return -1;

    (void)ctxt;
    return 0;
}


static void
virDomainDevicePCIAddressFormat(virBuffer *attrBuf,
                                virBuffer *childBuf,
                                const virPCIDeviceAddress *pci)
{
    if (!virPCIDeviceAddressIsEmpty(pci)) {
        virBufferAsprintf(attrBuf, " domain='0x%04x' bus='0x%02x' slot='0x%02x' function='0x%x'",
                          pci->domain, pci->bus, pci->slot, pci->function);
    }
    if (pci->multi != VIR_TRISTATE_SWITCH_ABSENT)
        virBufferAsprintf(attrBuf, " multifunction='%s'",
                          virTristateSwitchTypeToString(pci->multi));
    if (pci->zpciSet)
        virBufferAsprintf(childBuf, "<zpci uid='0x%04x' fid='0x%08x'/>\n", pci->zpciUid,
                          pci->zpciFid);
}


static void
virDomainDeviceUSBAddressFormat(virBuffer *attrBuf, const virDomainDeviceUSBAddress *usb)
{
    size_t i;

    virBufferAsprintf(attrBuf, " bus='%u'", usb->bus);
    if (!usb->port[0])
        return;
    virBufferAddLit(attrBuf, " port='");
    for (i = 0; i < VIR_DOMAIN_DEVICE_USB_MAX_PORT_DEPTH && usb->port[i]; i++)
        virBufferAsprintf(attrBuf, "%s%u", i ? "." : "", usb->port[i]);
    virBufferAddLit(attrBuf, "'");
}


static void
virDomainDeviceAddressFormatAttrs(virBuffer *attrBuf,
                                  virBuffer *childBuf,
                                  const virDomainDeviceInfo *info)
{
    switch ((virDomainDeviceAddressType)info->type) {
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_PCI:
        virDomainDevicePCIAddressFormat(attrBuf, childBuf, &info->addr.pci);
        break;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE:
        virBufferAsprintf(attrBuf, " controller='%u' bus='%u' target='%u' unit='%u'",
                          info->addr.drive.controller, info->addr.drive.bus,
                          info->addr.drive.target, info->addr.drive.unit);
        break;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_SERIAL:
        virBufferAsprintf(attrBuf, " controller='%u' bus='%u' port='%u'",
                          info->addr.vioserial.controller, info->addr.vioserial.bus,
                          info->addr.vioserial.port);
        break;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCID:
        virBufferAsprintf(attrBuf, " controller='%u' slot='%u'", info->addr.ccid.controller,
                          info->addr.ccid.slot);
        break;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_USB:
        virDomainDeviceUSBAddressFormat(attrBuf, &info->addr.usb);
        break;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_SPAPRVIO:
        if (info->addr.spaprvio.has_reg)
            virBufferAsprintf(attrBuf, " reg='0x%08llx'", info->addr.spaprvio.reg);
        break;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCW:
        virBufferAsprintf(attrBuf, " cssid='0x%x' ssid='0x%x' devno='0x%04x'", info->addr.ccw.cssid,
                          info->addr.ccw.ssid, info->addr.ccw.devno);
        break;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_ISA:
        if (info->addr.isa.iobase > 0)
            virBufferAsprintf(attrBuf, " iobase='0x%x'", info->addr.isa.iobase);
        if (info->addr.isa.irq > 0)
            virBufferAsprintf(attrBuf, " irq='0x%x'", info->addr.isa.irq);
        break;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DIMM:
        virBufferAsprintf(attrBuf, " slot='%u'", info->addr.dimm.slot);
        if (info->addr.dimm.base)
            virBufferAsprintf(attrBuf, " base='0x%llx'", info->addr.dimm.base);
        break;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_S390:
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_MMIO:
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_UNASSIGNED:
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE:
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_LAST:
        break;
    }
}


static void
virDomainDeviceRomFormat(virBuffer *buf, const virDomainDeviceRomInfo *rom)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;

    if (rom->enabled != VIR_TRISTATE_BOOL_ABSENT)
        virBufferAsprintf(&attrBuf, " enabled='%s'", virTristateBoolTypeToString(rom->enabled));
    if (rom->bar != VIR_TRISTATE_SWITCH_ABSENT)
        virBufferAsprintf(&attrBuf, " bar='%s'", virTristateSwitchTypeToString(rom->bar));
    if (rom->file)
        virBufferEscapeString(&attrBuf, " file='%s'", rom->file);
    virXMLFormatElement(buf, "rom", &attrBuf, NULL);
}


void
virDomainDeviceInfoFormat(virBuffer *buf, const virDomainDeviceInfo *info, unsigned int flags)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    if ((flags & VIR_DOMAIN_DEF_FORMAT_ALLOW_BOOT) && info->bootIndex) {
        virBufferAsprintf(buf, "<boot order='%u'", info->bootIndex);
        virBufferEscapeString(buf, " loadparm='%s'", info->loadparm);
        virBufferAddLit(buf, "/>\n");
    }

    if (info->alias)
        virBufferEscapeString(buf, "<alias name='%s'/>\n", info->alias);

    if (info->usbMasterSet)
        virBufferAsprintf(buf, "<master startport='%u'/>\n", info->usbMasterStartport);

    if (flags & VIR_DOMAIN_DEF_FORMAT_ALLOW_ROM)
        virDomainDeviceRomFormat(buf, &info->rom);

    if (info->acpiIndex)
        virBufferAsprintf(buf, "<acpi index='%u'/>\n", info->acpiIndex);

    if (info->type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE)
        return;

    virBufferAsprintf(&attrBuf, " type='%s'", virDomainDeviceAddressTypeToString(info->type));
    virDomainDeviceAddressFormatAttrs(&attrBuf, &childBuf, info);
    virXMLFormatElement(buf, "address", &attrBuf, &childBuf);
}


void
virDomainDeviceInfoClear(virDomainDeviceInfo *info)
{
    g_free(info->alias);
    g_free(info->loadparm);
    g_free(info->rom.file);
    memset(info, 0, sizeof(*info));
}


static bool
virPCIDeviceAddressEqual(const virPCIDeviceAddress *a, const virPCIDeviceAddress *b)
{
    return a->domain == b->domain && a->bus == b->bus && a->slot == b->slot &&
           a->function == b->function;
}


bool
virDomainDeviceInfoAddressEqual(const virDomainDeviceInfo *a, const virDomainDeviceInfo *b)
{
    if (a->type != b->type)
        return false;

    switch ((virDomainDeviceAddressType)a->type) {
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_PCI:
        return virPCIDeviceAddressEqual(&a->addr.pci, &b->addr.pci);
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE:
        return memcmp(&a->addr.drive, &b->addr.drive, sizeof(a->addr.drive)) == 0;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_SERIAL:
        return memcmp(&a->addr.vioserial, &b->addr.vioserial, sizeof(a->addr.vioserial)) == 0;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCID:
        return memcmp(&a->addr.ccid, &b->addr.ccid, sizeof(a->addr.ccid)) == 0;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_USB:
        return memcmp(&a->addr.usb, &b->addr.usb, sizeof(a->addr.usb)) == 0;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_SPAPRVIO:
        return a->addr.spaprvio.has_reg == b->addr.spaprvio.has_reg &&
               a->addr.spaprvio.reg == b->addr.spaprvio.reg;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCW:
        return a->addr.ccw.cssid == b->addr.ccw.cssid && a->addr.ccw.ssid == b->addr.ccw.ssid &&
               a->addr.ccw.devno == b->addr.ccw.devno;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_ISA:
        return a->addr.isa.iobase == b->addr.isa.iobase && a->addr.isa.irq == b->addr.isa.irq;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DIMM:
        return a->addr.dimm.slot == b->addr.dimm.slot && a->addr.dimm.base == b->addr.dimm.base;
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_S390:
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_MMIO:
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_UNASSIGNED:
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE:
    case VIR_DOMAIN_DEVICE_ADDRESS_TYPE_LAST:
        break;
    }
    return true;
}
