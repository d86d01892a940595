/*
 * virdomainhostdev.c: <hostdev> devices
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virdomaincontroller.h"
#include "virdomaindef.h"
#include "virdomaindisk.h"
#include "virdomainhostdev.h"
#include "virerror.h"
#include "virunits.h"
#include "viruuid.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_ENUM_IMPL(virDomainHostdevMode, VIR_DOMAIN_HOSTDEV_MODE_LAST, "subsystem", "capabilities");

VIR_ENUM_IMPL(virDomainHostdevSubsys,
              VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_LAST,
              "usb",
              "pci",
              "scsi",
              "scsi_host",
              "mdev");

VIR_ENUM_IMPL(virDomainHostdevCaps, VIR_DOMAIN_HOSTDEV_CAPS_TYPE_LAST, "storage", "misc", "net");

VIR_ENUM_IMPL(virDomainHostdevSubsysPCIBackend,
              VIR_DOMAIN_HOSTDEV_PCI_BACKEND_LAST,
              "default",
              "kvm",
              "vfio",
              "xen");

VIR_ENUM_IMPL(virDomainHostdevSubsysUSBGuestReset,
              VIR_DOMAIN_HOSTDEV_USB_GUEST_RESET_LAST,
              "default",
              "off",
              "uninitialized",
              "on");

VIR_ENUM_IMPL(virDomainHostdevSubsysSCSIProtocol,
              VIR_DOMAIN_HOSTDEV_SCSI_PROTOCOL_TYPE_LAST,
              "adapter",
              "iscsi");

VIR_ENUM_IMPL(virDomainHostdevSubsysSCSIHostProtocol,
              VIR_DOMAIN_HOSTDEV_SUBSYS_SCSI_HOST_PROTOCOL_TYPE_LAST,
              "none",
              "vhost");

VIR_ENUM_IMPL(virDomainHostdevSubsysSCSIVHostModel,
              VIR_DOMAIN_HOSTDEV_SUBSYS_SCSI_VHOST_MODEL_TYPE_LAST,
              "default",
              "virtio",
              "virtio-transitional",
              "virtio-non-transitional");

VIR_ENUM_IMPL(virMediatedDeviceModel, VIR_MDEV_MODEL_TYPE_LAST, "vfio-pci", "vfio-ccw", "vfio-ap");

VIR_ENUM_IMPL(virDomainHostdevTeaming,
              VIR_DOMAIN_HOSTDEV_TEAMING_TYPE_LAST,
              "none",
              "persistent",
              "transient");

static void
virDomainHostdevSourceFree(virDomainHostdevSource *src)
{
    size_t i;

    if (!src)
        return;
    g_free(src->scsiAdapter);
    virStorageSourceFree(src->iscsiSrc);
    g_free(src->wwpn);
    g_free(src->mdevUuid);
    g_free(src->capsPath);
    for (i = 0; i < src->nips; i++)
        g_free(src->ips[i]);
    g_free(src->ips);
    for (i = 0; i < src->nroutes; i++)
        virNetDevIPRouteFree(src->routes[i]);
    g_free(src->routes);
    g_free(src);
}


void
virDomainHostdevDefFree(virDomainHostdevDef *hostdev)
{
    if (!hostdev)
        return;
    virDomainHostdevSourceFree(hostdev->source);
    g_free(hostdev->teamingPersistent);
    virDomainDeviceInfoClear(&hostdev->infoStorage);
    g_free(hostdev);
}


bool
virHostdevIsSCSIDevice(const virDomainHostdevDef *hostdev)
{
    return hostdev->mode == VIR_DOMAIN_HOSTDEV_MODE_SUBSYS &&
           hostdev->subsysType == VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI;
}


/* ---------------------------------------------------------------- parse: subsystem */

static int
virDomainHostdevUSBParse(virDomainHostdevDef *hostdev, xmlNodePtr source, xmlXPathContextPtr ctxt)
{
    virDomainHostdevSource *src = hostdev->source;
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    unsigned int val = 0;
    virTristateBool autoAddress = VIR_TRISTATE_BOOL_ABSENT;
    xmlNodePtr node;

    ctxt->node = source;
    if (virXMLPropEnum(source, "startupPolicy", virDomainStartupPolicyTypeFromString,
                       VIR_XML_PROP_NONZERO, &val) < 0)
        return -1;
    hostdev->startupPolicy = val;
    if (virXMLPropTristateBool(source, "autoAddress", VIR_XML_PROP_NONE, &autoAddress) < 0)
        return -1;
    src->usbAutoAddress = autoAddress == VIR_TRISTATE_BOOL_YES;
    val = 0;
    if (virXMLPropEnum(source, "guestReset", virDomainHostdevSubsysUSBGuestResetTypeFromString,
                       VIR_XML_PROP_NONZERO, &val) < 0)
        return -1;
    src->usbGuestReset = val;

    if (!virXPathNode("./vendor", ctxt) && virXPathNode("./product", ctxt)) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("missing vendor"));
        return -1;
    }
    if ((node = virXPathNode("./vendor", ctxt))) {
        if (virXMLPropUInt(node, "id", 0, VIR_XML_PROP_REQUIRED | VIR_XML_PROP_NONZERO,
                           &src->usbVendor) < 0)
            return -1;
        if (!(node = virXPathNode("./product", ctxt))) {
            virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("missing product"));
            return -1;
        }
        if (virXMLPropUInt(node, "id", 0, VIR_XML_PROP_REQUIRED, &src->usbProduct) < 0)
            return -1;
    }
    if ((node = virXPathNode("./address", ctxt)) &&
        (virXMLPropUInt(node, "bus", 0, VIR_XML_PROP_REQUIRED, &src->usbBus) < 0 ||
         virXMLPropUInt(node, "device", 0, VIR_XML_PROP_REQUIRED, &src->usbDevice) < 0))
        return -1;
    return 0;
}


static int
virDomainHostdevTeamingParse(virDomainHostdevDef *hostdev, xmlXPathContextPtr ctxt)
{
    g_autofree char *type = virXPathString("string(./teaming/@type)", ctxt);
    g_autofree char *persistent = virXPathString("string(./teaming/@persistent)", ctxt);

    /* an empty <teaming/> is ignored */
    if (!type && !persistent)
        return 0;
    if (!type || (hostdev->teaming = virDomainHostdevTeamingTypeFromString(type)) <= 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown teaming type '%1$s'"), NULLSTR(type));
        return -1;
    }
    hostdev->hasTeaming = true;
    hostdev->teamingPersistent = g_steal_pointer(&persistent);
    return 0;
}


static int
virDomainHostdevPCIParse(virDomainHostdevDef *hostdev, xmlNodePtr source, xmlXPathContextPtr ctxt)
{
    virDomainHostdevSource *src = hostdev->source;
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    unsigned int val = 0;
    xmlNodePtr node;

    ctxt->node = source;
    if (virXMLPropTristateBool(source, "writeFiltering", VIR_XML_PROP_NONE,
                               &hostdev->writeFiltering) < 0)
        return -1;
    if ((node = virXPathNode("./address", ctxt)) &&
        virPCIDeviceAddressParseXML(node, &src->pciAddr) < 0)
        return -1;

    ctxt->node = source->parent;
    if ((node = virXPathNode("./driver", ctxt))) {
        if (virXMLPropEnum(node, "name", virDomainHostdevSubsysPCIBackendTypeFromString,
                           VIR_XML_PROP_NONZERO, &val) < 0)
            return -1;
        src->pciBackend = val;
    }
    return virDomainHostdevTeamingParse(hostdev, ctxt);
}


static int
virDomainHostdevSCSIAdapterParse(virDomainHostdevSource *src, xmlXPathContextPtr ctxt)
{
    xmlNodePtr addr;

    if (!(addr = virXPathNode("./address", ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("'address' must be specified for scsi hostdev source"));
        return -1;
    }
    if (virXMLPropUInt(addr, "bus", 0, VIR_XML_PROP_REQUIRED, &src->scsiBus) < 0 ||
        virXMLPropUInt(addr, "target", 0, VIR_XML_PROP_REQUIRED, &src->scsiTarget) < 0 ||
        virXMLPropULongLong(addr, "unit", 0, VIR_XML_PROP_REQUIRED, &src->scsiUnit) < 0)
        return -1;
    if (!(src->scsiAdapter = virXPathString("string(./adapter/@name)", ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("'adapter' name must be specified for scsi hostdev source"));
        return -1;
    }
    return 0;
}


static int
virDomainHostdevISCSIParse(virDomainHostdevSource *src, xmlNodePtr source, xmlXPathContextPtr ctxt)
{
    g_autofree xmlNodePtr *hosts = NULL;
    virStorageSource *iscsi;
    xmlNodePtr node;
    int n;

    iscsi = src->iscsiSrc = virStorageSourceNew();
    iscsi->type = VIR_STORAGE_TYPE_NETWORK;
    iscsi->protocol = VIR_STORAGE_NET_PROTOCOL_ISCSI;

    if (!(iscsi->path = virXMLPropString(source, "name"))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing iSCSI hostdev source path name"));
        return -1;
    }
    if ((n = virXPathNodeSet("./host", ctxt, &hosts)) < 1) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("missing the host address for the iSCSI hostdev"));
        return -1;
    }
    if (n > 1) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("only one source host address may be specified for the iSCSI hostdev"));
        return -1;
    }
    iscsi->hosts = g_new0(virStorageNetHostDef, 1);
    iscsi->nhosts = 1;
    if (virStorageNetHostDefParseXML(hosts[0], &iscsi->hosts[0]) < 0)
        return -1;

    if ((node = virXPathNode("./auth", ctxt))) {
        g_autoptr(virStorageAuthDef) auth = virStorageAuthDefParse(node, ctxt);
        const char *usage;

        if (!auth)
            return -1;
        usage = auth->secrettype;
        if (!usage || !(g_str_equal(usage, "none") || g_str_equal(usage, "volume") ||
                        g_str_equal(usage, "ceph") || g_str_equal(usage, "iscsi") ||
                        g_str_equal(usage, "tls") || g_str_equal(usage, "vtpm"))) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("invalid secret type %1$s"),
                           NULLSTR(usage));
            return -1;
        }
        if (!g_str_equal(usage, "iscsi")) {
            virReportError(VIR_ERR_INTERNAL_ERROR, _("hostdev invalid secret type '%1$s'"), usage);
            return -1;
        }
        iscsi->auth = g_steal_pointer(&auth);
    }
    iscsi->initiatorIqn = virXPathString("string(./initiator/iqn/@name)", ctxt);
    return 0;
}


static int
virDomainHostdevSCSIParse(virDomainHostdevSource *src, xmlNodePtr source, xmlXPathContextPtr ctxt)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autofree char *protocol = virXMLPropString(source, "protocol");

    ctxt->node = source;
    if (protocol &&
        (src->scsiProtocol = virDomainHostdevSubsysSCSIProtocolTypeFromString(protocol)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("Unknown SCSI subsystem protocol '%1$s'"),
                       protocol);
        return -1;
    }
    if (src->scsiProtocol == VIR_DOMAIN_HOSTDEV_SCSI_PROTOCOL_TYPE_ISCSI)
        return virDomainHostdevISCSIParse(src, source, ctxt);
    return virDomainHostdevSCSIAdapterParse(src, ctxt);
}


static bool
virDomainHostdevValidWWN(const char *wwn)
{
    const char *p = wwn;
    size_t n = 0;

    if (g_str_has_prefix(p, "0x"))
        p += 2;
    while (g_ascii_isxdigit(p[n]))
        n++;
    return n == 16 && !p[n];
}


static int
virDomainHostdevSCSIHostParse(virDomainHostdevSource *src, xmlNodePtr source)
{
    g_autofree char *protocol = virXMLPropString(source, "protocol");
    g_autofree char *wwpn = NULL;

    if (!protocol) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("Missing scsi_host subsystem protocol"));
        return -1;
    }
    src->scsiHostProtocol = virDomainHostdevSubsysSCSIHostProtocolTypeFromString(protocol);
    if (src->scsiHostProtocol <= 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("Unknown scsi_host subsystem protocol '%1$s'"),
                       protocol);
        return -1;
    }
    if (!(wwpn = virXMLPropString(source, "wwpn"))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing vhost-scsi hostdev source wwpn"));
        return -1;
    }
    if (!g_str_has_prefix(wwpn, "naa.") || !virDomainHostdevValidWWN(wwpn + 4)) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("malformed 'wwpn' value"));
        return -1;
    }
    src->wwpn = g_steal_pointer(&wwpn);
    return 0;
}


static int
virDomainHostdevMdevParse(virDomainHostdevSource *src, xmlXPathContextPtr ctxt)
{
    unsigned char uuid[VIR_UUID_BUFLEN] = { 0 };
    char uuidstr[VIR_UUID_STRING_BUFLEN];
    g_autofree char *str = NULL;
    xmlNodePtr node;

    if (!(node = virXPathNode("./source/address", ctxt))) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s", _("Missing <address> element"));
        return -1;
    }
    if (!(str = virXMLPropString(node, "uuid"))) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("Missing 'uuid' attribute for element <address>"));
        return -1;
    }
    if (virUUIDParse(str, uuid) < 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                       _("Cannot parse uuid attribute of element <address>"));
        return -1;
    }
    src->mdevUuid = g_strdup(virUUIDFormat(uuid, uuidstr));
    return 0;
}


/* The attributes of <hostdev> that only some subsystem types accept. */
static int
virDomainHostdevSubsysAttrsParse(virDomainHostdevDef *hostdev, xmlNodePtr node)
{
    virDomainHostdevSource *src = hostdev->source;
    int type = hostdev->subsysType;
    unsigned int val = 0;
    int rc;

    if ((rc = virXMLPropEnum(node, "sgio", virDomainDeviceSGIOTypeFromString, VIR_XML_PROP_NONZERO,
                             &val)) < 0)
        return -1;
    src->sgio = val;
    if (rc > 0 && type != VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("sgio is only supported for scsi host device"));
        return -1;
    }
    if ((rc = virXMLPropTristateBool(node, "rawio", VIR_XML_PROP_NONE, &src->rawio)) < 0)
        return -1;
    if (rc > 0 && type != VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("rawio is only supported for scsi host device"));
        return -1;
    }

    if (type == VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI_HOST) {
        val = 0;
        if (virXMLPropEnum(node, "model", virDomainHostdevSubsysSCSIVHostModelTypeFromString,
                           VIR_XML_PROP_NONZERO, &val) < 0)
            return -1;
        src->scsiHostModel = val;
    } else if (type == VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_MDEV) {
        val = 0;
        if (virXMLPropEnum(node, "model", virMediatedDeviceModelTypeFromString,
                           VIR_XML_PROP_REQUIRED, &val) < 0 ||
            virXMLPropTristateSwitch(node, "display", VIR_XML_PROP_NONE, &src->mdevDisplay) < 0 ||
            virXMLPropTristateSwitch(node, "ramfb", VIR_XML_PROP_NONE, &src->mdevRamfb) < 0)
            return -1;
        src->mdevModel = val;
    } else if (xmlHasProp(node, BAD_CAST "model")) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("'model' attribute in <hostdev> is only supported when type='%1$s'"),
                       virDomainHostdevSubsysTypeToString(type));
        return -1;
    }
    return 0;
}


static int
virDomainHostdevSubsysParse(virDomainHostdevDef *hostdev,
                            xmlNodePtr node,
                            xmlXPathContextPtr ctxt,
                            const char *type)
{
    virTristateBool managed = VIR_TRISTATE_BOOL_ABSENT;
    xmlNodePtr source;

    /* an invalid managed= is ignored, as libvirt does */
    if (virXMLPropTristateBool(node, "managed", VIR_XML_PROP_NONE, &managed) < 0)
        virResetLastError();
    hostdev->managed = managed == VIR_TRISTATE_BOOL_YES;

    if (!type) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing source address type"));
        return -1;
    }
    if ((hostdev->subsysType = virDomainHostdevSubsysTypeFromString(type)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("unknown host device source address type '%1$s'"), type);
        return -1;
    }
    if (!(source = virXPathNode("./source", ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("Missing <source> element in hostdev device"));
        return -1;
    }
    if (hostdev->subsysType != VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_USB &&
        xmlHasProp(source, BAD_CAST "startupPolicy")) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("Setting startupPolicy is only allowed for USB devices"));
        return -1;
    }
    if (virDomainHostdevSubsysAttrsParse(hostdev, node) < 0)
        return -1;

    switch ((virDomainHostdevSubsysType)hostdev->subsysType) {
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_PCI:
        return virDomainHostdevPCIParse(hostdev, source, ctxt);
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_USB:
        return virDomainHostdevUSBParse(hostdev, source, ctxt);
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI:
        return virDomainHostdevSCSIParse(hostdev->source, source, ctxt);
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI_HOST:
        return virDomainHostdevSCSIHostParse(hostdev->source, source);
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_MDEV:
        return virDomainHostdevMdevParse(hostdev->source, ctxt);
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_LAST:
        break;
    }
    return 0;
}


/* ---------------------------------------------------------------- parse: capabilities */

static int
virDomainHostdevIPParse(virDomainHostdevSource *src, xmlNodePtr node)
{
    g_autofree virDomainHostdevIP *ip = g_new0(virDomainHostdevIP, 1);
    g_autofree char *address = virXMLPropString(node, "address");
    g_autofree char *family = virXMLPropString(node, "family");
    g_autofree char *prefix = virXMLPropString(node, "prefix");
    g_autofree char *peer = virXMLPropString(node, "peer");
    int af;

    if (!address) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("Missing required address in <ip>"));
        return -1;
    }
    if (family && g_str_equal(family, "ipv4"))
        af = AF_INET;
    else if (family && g_str_equal(family, "ipv6"))
        af = AF_INET6;
    else
        af = virSocketAddrNumericFamily(address);

    if (virSocketAddrParseQuiet(&ip->address, address, af) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("Invalid address '%1$s' in <ip>"), address);
        return -1;
    }
    if (prefix && (virStrToLong_ui(prefix, NULL, 10, &ip->prefix) < 0 ||
                   (af == AF_INET6 && ip->prefix > 128) || (af == AF_INET && ip->prefix > 32))) {
        virReportError(VIR_ERR_XML_ERROR, _("Invalid prefix value '%1$s' in <ip>"), prefix);
        return -1;
    }
    if (peer && virSocketAddrParseQuiet(&ip->peer, peer, af) < 0) {
        virReportError(VIR_ERR_INVALID_ARG, _("Invalid peer '%1$s' in <ip>"), peer);
        return -1;
    }
    src->ips = g_renew(virDomainHostdevIP *, src->ips, src->nips + 1);
    src->ips[src->nips++] = g_steal_pointer(&ip);
    return 0;
}


static int
virDomainHostdevNetIPParse(virDomainHostdevSource *src, xmlXPathContextPtr ctxt)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    n = virXPathNodeSet("./ip", ctxt, &nodes);
    for (i = 0; i < (size_t)MAX(n, 0); i++) {
        if (virDomainHostdevIPParse(src, nodes[i]) < 0)
            return -1;
    }
    g_clear_pointer(&nodes, g_free);

    n = virXPathNodeSet("./route", ctxt, &nodes);
    for (i = 0; i < (size_t)MAX(n, 0); i++) {
        virNetDevIPRoute *route = virNetDevIPRouteParse(_("Domain hostdev device"), nodes[i]);

        if (!route)
            return -1;
        src->routes = g_renew(virNetDevIPRoute *, src->routes, src->nroutes + 1);
        src->routes[src->nroutes++] = route;
    }
    return 0;
}


static int
virDomainHostdevCapsParse(virDomainHostdevDef *hostdev, xmlXPathContextPtr ctxt, const char *type)
{
    static const char *const xpaths[] = {
        "string(./source/block[1])",
        "string(./source/char[1])",
        "string(./source/interface[1])",
    };
    static const char *const missing[] = {
        N_("Missing <block> element in hostdev storage device"),
        N_("Missing <char> element in hostdev character device"),
        N_("Missing <interface> element in hostdev net device"),
    };

    if (!type) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing source address type"));
        return -1;
    }
    if ((hostdev->capsType = virDomainHostdevCapsTypeFromString(type)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("unknown host device source address type '%1$s'"), type);
        return -1;
    }
    if (!virXPathNode("./source", ctxt)) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("Missing <source> element in hostdev device"));
        return -1;
    }
    if (!(hostdev->source->capsPath = virXPathString(xpaths[hostdev->capsType], ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _(missing[hostdev->capsType]));
        return -1;
    }
    if (hostdev->capsType == VIR_DOMAIN_HOSTDEV_CAPS_TYPE_NET)
        return virDomainHostdevNetIPParse(hostdev->source, ctxt);
    return 0;
}


/* True if the domain has a USB controller of model 'none'. */
static bool
virDomainHostdevUSBDisabled(const virDomainDef *def)
{
    size_t i;

    for (i = 0; i < def->ncontrollers; i++) {
        if (def->controllers[i]->type == VIR_DOMAIN_CONTROLLER_TYPE_USB &&
            def->controllers[i]->model == VIR_DOMAIN_CONTROLLER_MODEL_USB_NONE)
            return true;
    }
    return false;
}


virDomainHostdevDef *
virDomainHostdevDefParseXML(xmlXPathContextPtr ctxt,
                            xmlNodePtr node,
                            virDomainDef *def,
                            unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autoptr(virDomainHostdevDef) hostdev = g_new0(virDomainHostdevDef, 1);
    g_autofree char *mode = virXMLPropString(node, "mode");
    g_autofree char *type = virXMLPropString(node, "type");

    ctxt->node = node;
    hostdev->source = g_new0(virDomainHostdevSource, 1);
    hostdev->info = &hostdev->infoStorage;

    if (mode && (hostdev->mode = virDomainHostdevModeTypeFromString(mode)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown hostdev mode '%1$s'"), mode);
        return NULL;
    }

    if (hostdev->mode == VIR_DOMAIN_HOSTDEV_MODE_SUBSYS) {
        if (virDomainHostdevSubsysParse(hostdev, node, ctxt, type) < 0)
            return NULL;
    } else if (virDomainHostdevCapsParse(hostdev, ctxt, type) < 0) {
        return NULL;
    }

    if (virDomainDeviceInfoParseXML(ctxt, node, hostdev->info,
                                    flags | VIR_DOMAIN_DEF_PARSE_ALLOW_BOOT |
                                        VIR_DOMAIN_DEF_PARSE_ALLOW_ROM) < 0)
        return NULL;

    /* only SCSI hostdevs take <readonly/> and <shareable/> */
    if (virHostdevIsSCSIDevice(hostdev)) {
        hostdev->readonly = virXPathNode("./readonly", ctxt) != NULL;
        hostdev->shareable = virXPathNode("./shareable", ctxt) != NULL;
    }

    if (def && hostdev->mode == VIR_DOMAIN_HOSTDEV_MODE_SUBSYS &&
        hostdev->subsysType == VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_USB &&
        virDomainHostdevUSBDisabled(def)) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("Can't add host USB device: USB is disabled in this host"));
        return NULL;
    }

    /* libvirt's parser adds the SCSI controllers of the hostdevs parsed so
     * far (and this one) right away, before controllers without index get
     * one in post-parse */
    if (def && virHostdevIsSCSIDevice(hostdev))
        virDomainDefAddHostdevSCSIControllers(def, hostdev);

    return g_steal_pointer(&hostdev);
}


/* ---------------------------------------------------------------- format */

static void
virDomainHostdevPCIFormat(virBuffer *buf, const virDomainHostdevDef *hostdev)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    const virDomainHostdevSource *src = hostdev->source;

    if (src->pciBackend != VIR_DOMAIN_HOSTDEV_PCI_BACKEND_DEFAULT)
        virBufferAsprintf(buf, "<driver name='%s'/>\n",
                          virDomainHostdevSubsysPCIBackendTypeToString(src->pciBackend));
    if (hostdev->writeFiltering != VIR_TRISTATE_BOOL_ABSENT)
        virBufferAsprintf(&attrBuf, " writeFiltering='%s'",
                          virTristateBoolTypeToString(hostdev->writeFiltering));
    virPCIDeviceAddressFormat(&childBuf, &src->pciAddr, false);
    virXMLFormatElement(buf, "source", &attrBuf, &childBuf);
}


static void
virDomainHostdevUSBFormat(virBuffer *buf, const virDomainHostdevDef *hostdev)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    const virDomainHostdevSource *src = hostdev->source;

    if (hostdev->startupPolicy)
        virBufferAsprintf(&attrBuf, " startupPolicy='%s'",
                          virDomainStartupPolicyTypeToString(hostdev->startupPolicy));
    if (src->usbGuestReset)
        virBufferAsprintf(&attrBuf, " guestReset='%s'",
                          virDomainHostdevSubsysUSBGuestResetTypeToString(src->usbGuestReset));
    if (src->usbVendor) {
        virBufferAsprintf(&childBuf, "<vendor id='0x%.4x'/>\n", src->usbVendor);
        virBufferAsprintf(&childBuf, "<product id='0x%.4x'/>\n", src->usbProduct);
    }
    if (src->usbBus || src->usbDevice)
        virBufferAsprintf(&childBuf, "<address bus='%d' device='%d'/>\n", (int)src->usbBus,
                          (int)src->usbDevice);
    virXMLFormatElement(buf, "source", &attrBuf, &childBuf);
}


static void
virDomainHostdevSCSIFormat(virBuffer *buf, const virDomainHostdevDef *hostdev)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    const virDomainHostdevSource *src = hostdev->source;
    const virStorageSource *iscsi = src->iscsiSrc;

    if (src->scsiProtocol == VIR_DOMAIN_HOSTDEV_SCSI_PROTOCOL_TYPE_ISCSI) {
        virBufferAddLit(&attrBuf, " protocol='iscsi'");
        virBufferEscapeString(&attrBuf, " name='%s'", iscsi->path);
        virBufferAddLit(&childBuf, "<host");
        virBufferEscapeString(&childBuf, " name='%s'", iscsi->hosts[0].name);
        if (iscsi->hosts[0].port)
            virBufferAsprintf(&childBuf, " port='%u'", iscsi->hosts[0].port);
        virBufferAddLit(&childBuf, "/>\n");
        if (iscsi->auth)
            virStorageAuthDefFormat(&childBuf, iscsi->auth);
        if (iscsi->initiatorIqn) {
            virBufferAddLit(&childBuf, "<initiator>\n");
            virBufferAdjustIndent(&childBuf, 2);
            virBufferEscapeString(&childBuf, "<iqn name='%s'/>\n", iscsi->initiatorIqn);
            virBufferAdjustIndent(&childBuf, -2);
            virBufferAddLit(&childBuf, "</initiator>\n");
        }
    } else {
        /* libvirt writes the adapter name without escaping it */
        virBufferAsprintf(&childBuf, "<adapter name='%s'/>\n", src->scsiAdapter);
        virBufferAsprintf(&childBuf, "<address bus='%u' target='%u' unit='%llu'/>\n", src->scsiBus,
                          src->scsiTarget, src->scsiUnit);
    }
    virXMLFormatElement(buf, "source", &attrBuf, &childBuf);
}


static void
virDomainHostdevSubsysFormat(virBuffer *buf, const virDomainHostdevDef *hostdev)
{
    const virDomainHostdevSource *src = hostdev->source;

    switch ((virDomainHostdevSubsysType)hostdev->subsysType) {
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_PCI:
        virDomainHostdevPCIFormat(buf, hostdev);
        break;
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_USB:
        virDomainHostdevUSBFormat(buf, hostdev);
        break;
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI:
        virDomainHostdevSCSIFormat(buf, hostdev);
        break;
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI_HOST:
        virBufferAsprintf(
            buf, "<source protocol='%s'",
            virDomainHostdevSubsysSCSIHostProtocolTypeToString(src->scsiHostProtocol));
        virBufferEscapeString(buf, " wwpn='%s'/>\n", src->wwpn);
        break;
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_MDEV:
        virBufferAddLit(buf, "<source>\n");
        virBufferAdjustIndent(buf, 2);
        virBufferAsprintf(buf, "<address uuid='%s'/>\n", src->mdevUuid);
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</source>\n");
        break;
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_LAST:
        break;
    }
}


static int
virDomainHostdevCapsFormat(virBuffer *buf, const virDomainHostdevDef *hostdev)
{
    static const char *const elems[] = { "block", "char", "interface" };
    const virDomainHostdevSource *src = hostdev->source;
    const char *elem = elems[hostdev->capsType];
    size_t i;

    virBufferAddLit(buf, "<source>\n");
    virBufferAdjustIndent(buf, 2);
    virBufferAsprintf(buf, "<%s>", elem);
    virBufferEscapeString(buf, "%s", src->capsPath);
    virBufferAsprintf(buf, "</%s>\n", elem);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</source>\n");

    for (i = 0; i < src->nips; i++) {
        const virDomainHostdevIP *ip = src->ips[i];
        g_autofree char *addr = virSocketAddrFormat(&ip->address);

        if (!addr)
            return -1;
        virBufferAsprintf(buf, "<ip address='%s'", addr);
        if (VIR_SOCKET_ADDR_IS_FAMILY(&ip->address, AF_INET6))
            virBufferAddLit(buf, " family='ipv6'");
        else if (VIR_SOCKET_ADDR_IS_FAMILY(&ip->address, AF_INET))
            virBufferAddLit(buf, " family='ipv4'");
        if (ip->prefix)
            virBufferAsprintf(buf, " prefix='%u'", ip->prefix);
        if (VIR_SOCKET_ADDR_VALID(&ip->peer)) {
            g_autofree char *peer = virSocketAddrFormat(&ip->peer);

            if (!peer)
                return -1;
            virBufferAsprintf(buf, " peer='%s'", peer);
        }
        virBufferAddLit(buf, "/>\n");
    }
    for (i = 0; i < src->nroutes; i++) {
        if (virNetDevIPRouteFormat(buf, src->routes[i]) < 0)
            return -1;
    }
    return 0;
}


static void
virDomainHostdevAttrsFormat(virBuffer *buf, const virDomainHostdevDef *hostdev)
{
    const virDomainHostdevSource *src = hostdev->source;

    virBufferAsprintf(buf, " managed='%s'", hostdev->managed ? "yes" : "no");
    switch ((virDomainHostdevSubsysType)hostdev->subsysType) {
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI:
        if (src->sgio)
            virBufferAsprintf(buf, " sgio='%s'", virDomainDeviceSGIOTypeToString(src->sgio));
        if (src->rawio)
            virBufferAsprintf(buf, " rawio='%s'", virTristateBoolTypeToString(src->rawio));
        break;
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI_HOST:
        if (src->scsiHostModel)
            virBufferAsprintf(buf, " model='%s'",
                              virDomainHostdevSubsysSCSIVHostModelTypeToString(src->scsiHostModel));
        break;
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_MDEV:
        virBufferAsprintf(buf, " model='%s'", virMediatedDeviceModelTypeToString(src->mdevModel));
        if (src->mdevDisplay)
            virBufferAsprintf(buf, " display='%s'",
                              virTristateSwitchTypeToString(src->mdevDisplay));
        if (src->mdevRamfb)
            virBufferAsprintf(buf, " ramfb='%s'", virTristateSwitchTypeToString(src->mdevRamfb));
        break;
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_PCI:
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_USB:
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_LAST:
        break;
    }
}


int
virDomainHostdevDefFormat(virBuffer *buf,
                          const virDomainHostdevDef *hostdev,
                          const virDomainDef *def G_GNUC_UNUSED,
                          unsigned int flags)
{
    bool subsys = hostdev->mode == VIR_DOMAIN_HOSTDEV_MODE_SUBSYS;

    virBufferAsprintf(buf, "<hostdev mode='%s' type='%s'",
                      virDomainHostdevModeTypeToString(hostdev->mode),
                      subsys ? virDomainHostdevSubsysTypeToString(hostdev->subsysType)
                             : virDomainHostdevCapsTypeToString(hostdev->capsType));
    if (subsys)
        virDomainHostdevAttrsFormat(buf, hostdev);
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);

    if (subsys)
        virDomainHostdevSubsysFormat(buf, hostdev);
    else if (virDomainHostdevCapsFormat(buf, hostdev) < 0)
        return -1;

    if (hostdev->readonly)
        virBufferAddLit(buf, "<readonly/>\n");
    if (hostdev->shareable)
        virBufferAddLit(buf, "<shareable/>\n");
    if (hostdev->hasTeaming && hostdev->teaming != VIR_DOMAIN_HOSTDEV_TEAMING_TYPE_NONE) {
        virBufferAsprintf(buf, "<teaming type='%s'",
                          virDomainHostdevTeamingTypeToString(hostdev->teaming));
        virBufferEscapeString(buf, " persistent='%s'", hostdev->teamingPersistent);
        virBufferAddLit(buf, "/>\n");
    }

    virDomainDeviceInfoFormat(buf, hostdev->info,
                              flags | VIR_DOMAIN_DEF_FORMAT_ALLOW_BOOT |
                                  VIR_DOMAIN_DEF_FORMAT_ALLOW_ROM);

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</hostdev>\n");
    return 0;
}
