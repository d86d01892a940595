/*
 * virdomainnet.c: <interface> devices
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include "virdomainchr.h"
#include "virdomaindef.h"
#include "virdomainnet.h"
#include "virdomainnetopts.h"
#include "virerror.h"
#include "virunits.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_ENUM_IMPL(virDomainNet,
              VIR_DOMAIN_NET_TYPE_LAST,
              "user",
              "ethernet",
              "vhostuser",
              "server",
              "client",
              "mcast",
              "network",
              "bridge",
              "internal",
              "direct",
              "hostdev",
              "udp",
              "vdpa",
              "null",
              "vds");

VIR_ENUM_IMPL(virDomainNetModel,
              VIR_DOMAIN_NET_MODEL_LAST,
              "unknown",
              "netfront",
              "rtl8139",
              "virtio",
              "e1000",
              "e1000e",
              "virtio-transitional",
              "virtio-non-transitional",
              "usb-net",
              "spapr-vlan",
              "lan9118",
              "scm91c111",
              "vlance",
              "vmxnet",
              "vmxnet2",
              "vmxnet3",
              "Am79C970A",
              "Am79C973",
              "82540EM",
              "82545EM",
              "82543GC");

VIR_ENUM_IMPL(virDomainNetMacType, VIR_DOMAIN_NET_MAC_TYPE_LAST, "", "generated", "static");

VIR_ENUM_IMPL(
    virNetDevMacVLanMode, VIR_NETDEV_MACVLAN_MODE_LAST, "vepa", "private", "bridge", "passthrough");

VIR_ENUM_IMPL(virDomainNetDriver, VIR_DOMAIN_NET_DRIVER_TYPE_LAST, "default", "qemu", "vhost");

VIR_ENUM_IMPL(
    virDomainNetVirtioTxMode, VIR_DOMAIN_NET_VIRTIO_TX_MODE_LAST, "default", "iothread", "timer");

VIR_ENUM_IMPL(
    virDomainNetHostdevDriver, VIR_DOMAIN_NET_HOSTDEV_DRIVER_LAST, "default", "kvm", "vfio", "xen");

VIR_ENUM_IMPL(virDomainNetInterfaceLinkState,
              VIR_DOMAIN_NET_INTERFACE_LINK_STATE_LAST,
              "default",
              "up",
              "down");

VIR_ENUM_IMPL(
    virDomainNetTeaming, VIR_DOMAIN_NET_TEAMING_TYPE_LAST, "none", "persistent", "transient");

VIR_ENUM_IMPL(virDomainNetBackend, VIR_DOMAIN_NET_BACKEND_LAST, "default", "passt");

VIR_ENUM_IMPL(
    virDomainNetVhostuserMode, VIR_DOMAIN_NET_VHOSTUSER_MODE_LAST, "", "server", "client");

VIR_ENUM_IMPL(virDomainNetProto, VIR_DOMAIN_NET_PROTO_LAST, "none", "tcp", "udp");

/* name prefixes of host devices libvirt generates (dropped from inactive XML) */
static const char *const virDomainNetGeneratedPrefixes[] = { "vnet", "macvtap", "macvlan" };


void
virDomainNetDefFree(virDomainNetDef *net)
{
    size_t i;

    if (!net)
        return;
    g_free(net->network);
    g_free(net->portgroup);
    g_free(net->bridge);
    g_free(net->linkdev);
    g_free(net->internalName);
    virDomainChrSourceDefFree(net->vhostuser);
    g_free(net->socketAddress);
    g_free(net->localAddress);
    g_free(net->vdsPortgroupID);
    virDomainNetIPInfoClear(&net->hostIP);
    virDomainNetIPInfoClear(&net->guestIP);
    for (i = 0; i < net->nPortForwards; i++)
        virDomainNetPortForwardFree(net->portForwards[i]);
    g_free(net->portForwards);
    g_free(net->script);
    g_free(net->downscript);
    g_free(net->domain_name);
    g_free(net->ifname);
    g_free(net->ifname_guest);
    g_free(net->ifname_guest_actual);
    g_free(net->modelstr);
    g_free(net->backendTap);
    g_free(net->backendVhost);
    g_free(net->backendLogFile);
    g_free(net->filter);
    for (i = 0; i < net->nfilterparams; i++) {
        g_free(net->filterparams[i].name);
        g_free(net->filterparams[i].value);
    }
    g_free(net->filterparams);
    g_free(net->teamingPersistent);
    virNetDevBandwidthFree(net->bandwidth);
    if (net->vlan)
        virNetDevVlanClear(net->vlan);
    g_free(net->vlan);
    g_free(net->virtPortProfile);
    virDomainDeviceInfoClear(&net->info);
    g_free(net);
}


bool
virDomainNetIsVirtioModel(const virDomainNetDef *net)
{
    return net->model == VIR_DOMAIN_NET_MODEL_VIRTIO ||
           net->model == VIR_DOMAIN_NET_MODEL_VIRTIO_TRANSITIONAL ||
           net->model == VIR_DOMAIN_NET_MODEL_VIRTIO_NON_TRANSITIONAL;
}


const char *
virDomainNetGetModelString(const virDomainNetDef *net)
{
    if (net->model)
        return virDomainNetModelTypeToString(net->model);
    return net->modelstr;
}


/* ---- parsing ---- */

static int
virDomainNetMacParse(xmlNodePtr mac, virDomainNetDef *net)
{
    g_autofree char *address = virXMLPropString(mac, "address");
    unsigned int type = 0;
    virMacAddr addr;

    if (address) {
        if (virMacAddrParse(address, &addr) < 0) {
            virReportError(VIR_ERR_XML_ERROR, _("unable to parse mac address '%1$s'"), address);
            return -1;
        }
        if (virMacAddrIsMulticast(&addr)) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("expected unicast mac address, found multicast '%1$s'"), address);
            return -1;
        }
        memcpy(net->mac, addr.addr, VIR_MAC_BUFLEN);
        net->mac_set = true;
    }
    if (virXMLPropEnum(mac, "type", virDomainNetMacTypeTypeFromString, VIR_XML_PROP_NONZERO,
                       &type) < 0 ||
        virXMLPropTristateBool(mac, "check", VIR_XML_PROP_NONE, &net->mac_check) < 0)
        return -1;
    net->mac_type = type;
    return 0;
}


static int
virDomainNetVhostuserParse(xmlNodePtr source, virDomainNetDef *net)
{
    g_autofree char *type = virXMLPropStringRequired(source, "type");
    unsigned int mode = 0;

    if (!type)
        return -1;
    if (!g_str_equal(type, "unix")) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Type='%1$s' unsupported for <interface type='vhostuser'>"), type);
        return -1;
    }
    net->vhostuser = virDomainChrSourceDefNew();
    net->vhostuser->type = VIR_DOMAIN_CHR_TYPE_UNIX;
    if (!(net->vhostuser->path = virXMLPropStringRequired(source, "path")))
        return -1;
    if (virXMLPropEnum(source, "mode", virDomainNetVhostuserModeTypeFromString,
                       VIR_XML_PROP_REQUIRED | VIR_XML_PROP_NONZERO, &mode) < 0)
        return -1;
    net->vhostuser->listen = mode == VIR_DOMAIN_NET_VHOSTUSER_MODE_SERVER;
    return virDomainChrSourceReconnectParseXML(source, net->vhostuser);
}


static int
virDomainNetSocketParse(xmlNodePtr source, virDomainNetDef *net)
{
    xmlNodePtr local;

    if (net->type == VIR_DOMAIN_NET_TYPE_SERVER)
        net->socketAddress = virXMLPropString(source, "address");
    else if (!(net->socketAddress = virXMLPropStringRequired(source, "address")))
        return -1;
    if (virXMLPropInt(source, "port", 10, VIR_XML_PROP_REQUIRED, &net->socketPort, 0) < 0)
        return -1;
    if (net->type != VIR_DOMAIN_NET_TYPE_UDP)
        return 0;
    if (!(local = virXMLNodeGetSubelement(source, "local"))) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("'<local>' element missing for 'udp' socket interface"));
        return -1;
    }
    if (!(net->localAddress = virXMLPropStringRequired(local, "address")) ||
        virXMLPropInt(local, "port", 10, VIR_XML_PROP_REQUIRED, &net->localPort, 0) < 0)
        return -1;
    return 0;
}


static int
virDomainNetHostdevUSBParse(xmlNodePtr source, xmlNodePtr addr, virDomainNetDef *net)
{
    xmlNodePtr vendor = virXMLNodeGetSubelement(source, "vendor");
    xmlNodePtr product = virXMLNodeGetSubelement(source, "product");

    if (vendor &&
        virXMLPropUInt(vendor, "id", 0, VIR_XML_PROP_REQUIRED, &net->hostdevUSBVendor) < 0)
        return -1;
    if (product &&
        virXMLPropUInt(product, "id", 0, VIR_XML_PROP_REQUIRED, &net->hostdevUSBProduct) < 0)
        return -1;
    net->hostdevUSBVendorSet = !!vendor;
    net->hostdevUSBProductSet = !!product;
    if (virXMLPropUInt(addr, "bus", 0, VIR_XML_PROP_REQUIRED, &net->hostdevUSBBus) < 0 ||
        virXMLPropUInt(addr, "device", 0, VIR_XML_PROP_REQUIRED, &net->hostdevUSBDevice) < 0)
        return -1;
    return 0;
}


static int
virDomainNetHostdevParse(xmlNodePtr node, xmlNodePtr source, virDomainNetDef *net)
{
    xmlNodePtr addr = source ? virXMLNodeGetSubelement(source, "address") : NULL;
    xmlNodePtr driver = virXMLNodeGetSubelement(node, "driver");
    g_autofree char *type = addr ? virXMLPropString(addr, "type") : NULL;
    g_autofree char *managed = virXMLPropString(node, "managed");
    unsigned int backend = 0;

    net->hostdevManaged = g_strcmp0(managed, "yes") == 0;
    if (!type) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing source address type"));
        return -1;
    }
    if (g_str_equal(type, "usb")) {
        net->hostdevAddrType = VIR_DOMAIN_DEVICE_ADDRESS_TYPE_USB;
        return virDomainNetHostdevUSBParse(source, addr, net);
    }
    if (!g_str_equal(type, "pci")) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("unknown host device source address type '%1$s'"), type);
        return -1;
    }
    net->hostdevAddrType = VIR_DOMAIN_DEVICE_ADDRESS_TYPE_PCI;
    if (driver && virXMLPropEnum(driver, "name", virDomainNetHostdevDriverTypeFromString,
                                 VIR_XML_PROP_NONZERO, &backend) < 0)
        return -1;
    net->hostdevDriver = backend;
    return virPCIDeviceAddressParseXML(addr, &net->hostdevPCI);
}


static int
virDomainNetVdsParse(xmlNodePtr source, virDomainNetDef *net)
{
    if (virXMLPropUUID(source, "switchid", VIR_XML_PROP_REQUIRED, net->vdsSwitchID) < 0 ||
        virXMLPropLongLong(source, "portid", 0, VIR_XML_PROP_REQUIRED, &net->vdsPortID, 0) < 0 ||
        !(net->vdsPortgroupID = virXMLPropStringRequired(source, "portgroupid")) ||
        virXMLPropLongLong(source, "connectionid", 0, VIR_XML_PROP_REQUIRED, &net->vdsConnectionID,
                           0) < 0)
        return -1;
    return 0;
}


static bool
virDomainNetTypeNeedsSource(int type)
{
    switch ((virDomainNetType)type) {
    case VIR_DOMAIN_NET_TYPE_NETWORK:
    case VIR_DOMAIN_NET_TYPE_BRIDGE:
    case VIR_DOMAIN_NET_TYPE_INTERNAL:
    case VIR_DOMAIN_NET_TYPE_DIRECT:
    case VIR_DOMAIN_NET_TYPE_VHOSTUSER:
    case VIR_DOMAIN_NET_TYPE_SERVER:
    case VIR_DOMAIN_NET_TYPE_CLIENT:
    case VIR_DOMAIN_NET_TYPE_MCAST:
    case VIR_DOMAIN_NET_TYPE_UDP:
    case VIR_DOMAIN_NET_TYPE_VDPA:
    case VIR_DOMAIN_NET_TYPE_VDS:
        return true;
    case VIR_DOMAIN_NET_TYPE_USER:
    case VIR_DOMAIN_NET_TYPE_ETHERNET:
    case VIR_DOMAIN_NET_TYPE_HOSTDEV:
    case VIR_DOMAIN_NET_TYPE_NULL:
    case VIR_DOMAIN_NET_TYPE_LAST:
        break;
    }
    return false;
}


static int
virDomainNetSourceParse(xmlNodePtr node, virDomainNetDef *net, unsigned int flags)
{
    xmlNodePtr source = virXMLNodeGetSubelement(node, "source");
    unsigned int mode = 0;

    if (!source && virDomainNetTypeNeedsSource(net->type)) {
        virReportError(VIR_ERR_XML_ERROR, _("interface type='%1$s' requires a 'source' element"),
                       virDomainNetTypeToString(net->type));
        return -1;
    }

    switch ((virDomainNetType)net->type) {
    case VIR_DOMAIN_NET_TYPE_NETWORK:
        if (!(net->network = virXMLPropStringRequired(source, "network")))
            return -1;
        net->portgroup = virXMLPropString(source, "portgroup");
        if (!(flags & VIR_DOMAIN_DEF_PARSE_INACTIVE)) {
            int rc = virXMLPropUUID(source, "portid", VIR_XML_PROP_NONE, net->portid);

            if (rc < 0)
                return -1;
            net->portidSet = rc > 0;
        }
        return 0;
    case VIR_DOMAIN_NET_TYPE_BRIDGE:
        return (net->bridge = virXMLPropStringRequired(source, "bridge")) ? 0 : -1;
    case VIR_DOMAIN_NET_TYPE_DIRECT:
        if (!(net->linkdev = virXMLPropStringRequired(source, "dev")) ||
            virXMLPropEnum(source, "mode", virNetDevMacVLanModeTypeFromString, VIR_XML_PROP_NONE,
                           &mode) < 0)
            return -1;
        net->directMode = mode;
        return 0;
    case VIR_DOMAIN_NET_TYPE_VDPA:
        return (net->linkdev = virXMLPropStringRequired(source, "dev")) ? 0 : -1;
    case VIR_DOMAIN_NET_TYPE_INTERNAL:
        return (net->internalName = virXMLPropStringRequired(source, "name")) ? 0 : -1;
    case VIR_DOMAIN_NET_TYPE_ETHERNET:
        return source ? virDomainNetIPInfoParseXML(source, "host", &net->hostIP) : 0;
    case VIR_DOMAIN_NET_TYPE_VHOSTUSER:
        return virDomainNetVhostuserParse(source, net);
    case VIR_DOMAIN_NET_TYPE_SERVER:
    case VIR_DOMAIN_NET_TYPE_CLIENT:
    case VIR_DOMAIN_NET_TYPE_MCAST:
    case VIR_DOMAIN_NET_TYPE_UDP:
        return virDomainNetSocketParse(source, net);
    case VIR_DOMAIN_NET_TYPE_HOSTDEV:
        return virDomainNetHostdevParse(node, source, net);
    case VIR_DOMAIN_NET_TYPE_VDS:
        return virDomainNetVdsParse(source, net);
    case VIR_DOMAIN_NET_TYPE_USER:
    case VIR_DOMAIN_NET_TYPE_NULL:
    case VIR_DOMAIN_NET_TYPE_LAST:
        break;
    }
    return 0;
}


static int
virDomainNetVirtualPortParse(xmlNodePtr node, virDomainNetDef *net)
{
    xmlNodePtr vport = virXMLNodeGetSubelement(node, "virtualport");
    unsigned int vflags = VIR_VPORT_XML_GENERATE_MISSING_DEFAULTS;

    if (!vport)
        return 0;
    switch ((virDomainNetType)net->type) {
    case VIR_DOMAIN_NET_TYPE_NETWORK:
        break;
    case VIR_DOMAIN_NET_TYPE_BRIDGE:
    case VIR_DOMAIN_NET_TYPE_DIRECT:
    case VIR_DOMAIN_NET_TYPE_HOSTDEV:
        vflags |= VIR_VPORT_XML_REQUIRE_ALL_ATTRIBUTES | VIR_VPORT_XML_REQUIRE_TYPE;
        break;
    default:
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("<virtualport> element unsupported for <interface type='%1$s'>"),
                       virDomainNetTypeToString(net->type));
        return -1;
    }
    return (net->virtPortProfile = virNetDevVPortProfileParse(vport, vflags)) ? 0 : -1;
}


/* <target dev= managed=> and <guest dev= actual=> */
static int
virDomainNetTargetParse(xmlNodePtr node, virDomainNetDef *net, unsigned int flags)
{
    xmlNodePtr target = virXMLNodeGetSubelement(node, "target");
    xmlNodePtr guest = virXMLNodeGetSubelement(node, "guest");
    size_t i;

    if (target) {
        if (virXMLPropTristateBool(target, "managed", VIR_XML_PROP_NONE, &net->managed_tap) < 0)
            return -1;
        net->ifname = virXMLPropString(target, "dev");
    }
    /* names the host generated are not part of the persistent config,
     * except for a tap device that is not managed by libvirt */
    for (i = 0; net->ifname && (flags & VIR_DOMAIN_DEF_PARSE_INACTIVE) &&
                i < G_N_ELEMENTS(virDomainNetGeneratedPrefixes);
         i++) {
        if (STRPREFIX(net->ifname, virDomainNetGeneratedPrefixes[i]) &&
            !(net->type == VIR_DOMAIN_NET_TYPE_ETHERNET &&
              net->managed_tap == VIR_TRISTATE_BOOL_NO))
            g_clear_pointer(&net->ifname, g_free);
    }
    if (guest) {
        net->ifname_guest = virXMLPropString(guest, "dev");
        net->ifname_guest_actual = virXMLPropString(guest, "actual");
    }
    return 0;
}


static int
virDomainNetModelParse(xmlNodePtr node, virDomainNetDef *net)
{
    xmlNodePtr model = virXMLNodeGetSubelement(node, "model");
    g_autofree char *type = model ? virXMLPropString(model, "type") : NULL;
    size_t i;

    if (!type || !*type)
        return 0;
    if (strspn(type, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") !=
        strlen(type)) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("Model name contains invalid characters"));
        return -1;
    }
    for (i = 1; i < VIR_DOMAIN_NET_MODEL_LAST; i++) {
        if (g_ascii_strcasecmp(type, virDomainNetModelTypeToString(i)) == 0) {
            net->model = i;
            return 0;
        }
    }
    net->modelstr = g_steal_pointer(&type);
    return 0;
}


static int
virDomainNetBackendParse(xmlNodePtr node, virDomainNetDef *net)
{
    xmlNodePtr backend = virXMLNodeGetSubelement(node, "backend");
    g_autofree char *type = NULL;
    int val;

    if (!backend)
        return 0;
    /* passt was not accepted yet by this version's generic parser */
    if ((type = virXMLPropString(backend, "type")) &&
        ((val = virDomainNetBackendTypeFromString(type)) <= 0 ||
         val == VIR_DOMAIN_NET_BACKEND_PASST)) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid value for attribute 'type' in element 'backend': '%1$s'."), type);
        return -1;
    }
    net->backendTap = virXMLPropString(backend, "tap");
    net->backendVhost = virXMLPropString(backend, "vhost");
    net->backendLogFile = virXMLPropString(backend, "logFile");
    return 0;
}


static int
virDomainNetDriverParse(xmlNodePtr node, virDomainNetDef *net)
{
    xmlNodePtr driver = virXMLNodeGetSubelement(node, "driver");

    if (!driver)
        return 0;
    if (virDomainVirtioOptionsParseXML(driver, &net->virtio) < 0)
        return -1;
    /* a hostdev's <driver name=> is its assignment backend (parsed with the source) */
    if (!virDomainNetIsVirtioModel(net) || net->type == VIR_DOMAIN_NET_TYPE_HOSTDEV)
        return 0;
    return virDomainNetVirtioDriverParseXML(driver, &net->driver);
}


static int
virDomainNetScalarsParse(xmlXPathContextPtr ctxt, virDomainNetDef *net)
{
    g_autofree char *linkstate = virXPathString("string(./link/@state)", ctxt);
    xmlNodePtr cur;
    int rc;

    net->script = virXPathString("string(./script/@path)", ctxt);
    net->downscript = virXPathString("string(./downscript/@path)", ctxt);
    net->domain_name = virXPathString("string(./backenddomain/@name)", ctxt);

    if ((rc = virXPathULongLong("string(./tune/sndbuf)", ctxt, &net->sndbuf)) == -2) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("sndbuf must be a positive integer"));
        return -1;
    }
    net->sndbuf_specified = rc == 0;

    if (linkstate) {
        if ((rc = virDomainNetInterfaceLinkStateTypeFromString(linkstate)) <= 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown interface link state '%1$s'"),
                           linkstate);
            return -1;
        }
        net->linkstate = rc;
    }
    if (virXPathUInt("string(./mtu/@size)", ctxt, &net->mtu) == -2) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("malformed mtu size"));
        return -1;
    }
    if ((cur = virXPathNode("./coalesce", ctxt)) &&
        virDomainNetCoalesceParseXML(cur, &net->coalesceRxFrames) < 0)
        return -1;
    if ((cur = virXPathNode("./teaming", ctxt)) && virDomainNetTeamingParseXML(cur, net) < 0)
        return -1;
    return 0;
}


static int
virDomainNetNetdevConfParse(xmlNodePtr node, virDomainNetDef *net)
{
    xmlNodePtr cur;

    if ((cur = virXMLNodeGetSubelement(node, "bandwidth")) &&
        virNetDevBandwidthParse(&net->bandwidth, NULL, cur,
                                net->type == VIR_DOMAIN_NET_TYPE_NETWORK) < 0)
        return -1;
    if ((cur = virXMLNodeGetSubelement(node, "vlan"))) {
        net->vlan = g_new0(virNetDevVlan, 1);
        if (virNetDevVlanParse(cur, net->vlan) < 0)
            return -1;
    }
    if ((cur = virXMLNodeGetSubelement(node, "port")) &&
        virNetDevPortParse(cur, &net->isolatedPort) < 0)
        return -1;
    return 0;
}


virDomainNetDef *
virDomainNetDefParseXML(xmlXPathContextPtr ctxt,
                        xmlNodePtr node,
                        virDomainDef *def G_GNUC_UNUSED,
                        unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virDomainNetDef) net = g_new0(virDomainNetDef, 1);
    unsigned int type = VIR_DOMAIN_NET_TYPE_USER;
    xmlNodePtr cur;

    ctxt->node = node;
    if (virXMLPropEnum(node, "type", virDomainNetTypeFromString, VIR_XML_PROP_NONE, &type) < 0 ||
        virXMLPropTristateBool(node, "trustGuestRxFilters", VIR_XML_PROP_NONE,
                               &net->trustGuestRxFilters) < 0)
        return NULL;
    net->type = type;

    if ((cur = virXMLNodeGetSubelement(node, "mac")) && virDomainNetMacParse(cur, net) < 0)
        return NULL;
    if (virDomainNetSourceParse(node, net, flags) < 0 ||
        virDomainNetVirtualPortParse(node, net) < 0 || virDomainNetNetdevConfParse(node, net) < 0 ||
        virDomainNetIPInfoParseXML(node, "guest", &net->guestIP) < 0 ||
        virDomainNetPortForwardsParseXML(node, net) < 0 ||
        virDomainNetTargetParse(node, net, flags) < 0 || virDomainNetModelParse(node, net) < 0 ||
        virDomainNetDriverParse(node, net) < 0 || virDomainNetBackendParse(node, net) < 0)
        return NULL;

    if ((cur = virXMLNodeGetSubelement(node, "filterref")) &&
        (net->type == VIR_DOMAIN_NET_TYPE_NETWORK || net->type == VIR_DOMAIN_NET_TYPE_BRIDGE ||
         net->type == VIR_DOMAIN_NET_TYPE_ETHERNET))
        virDomainNetFilterrefParseXML(cur, net);

    if (virDomainNetScalarsParse(ctxt, net) < 0)
        return NULL;
    if (virDomainDeviceInfoParseXML(ctxt, node, &net->info,
                                    flags | VIR_DOMAIN_DEF_PARSE_ALLOW_BOOT |
                                        VIR_DOMAIN_DEF_PARSE_ALLOW_ROM) < 0)
        return NULL;
    return g_steal_pointer(&net);
}


/* ---- formatting ---- */

static void
virDomainNetHostdevSourceFormat(virBuffer *buf, const virDomainNetDef *net)
{
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    if (net->hostdevDriver)
        virBufferAsprintf(buf, "<driver name='%s'/>\n",
                          virDomainNetHostdevDriverTypeToString(net->hostdevDriver));
    if (net->hostdevAddrType == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_USB) {
        if (net->hostdevUSBVendorSet)
            virBufferAsprintf(&childBuf, "<vendor id='0x%.4x'/>\n", net->hostdevUSBVendor);
        if (net->hostdevUSBProductSet)
            virBufferAsprintf(&childBuf, "<product id='0x%.4x'/>\n", net->hostdevUSBProduct);
        virBufferAsprintf(&childBuf, "<address type='usb' bus='%u' device='%u'/>\n",
                          net->hostdevUSBBus, net->hostdevUSBDevice);
    } else {
        virPCIDeviceAddress pci = net->hostdevPCI;

        /* only the host address itself is shown for an assigned device */
        pci.multi = VIR_TRISTATE_SWITCH_ABSENT;
        pci.zpciSet = false;
        virPCIDeviceAddressFormat(&childBuf, &pci, true);
    }
    virXMLFormatElement(buf, "source", NULL, &childBuf);
}


static void
virDomainNetVhostuserFormat(virBuffer *buf, const virDomainNetDef *net)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    if (!net->vhostuser)
        return;
    virBufferAddLit(&attrBuf, " type='unix'");
    virBufferEscapeString(&attrBuf, " path='%s'", net->vhostuser->path);
    virBufferAsprintf(&attrBuf, " mode='%s'", net->vhostuser->listen ? "server" : "client");
    virDomainChrSourceReconnectFormat(&childBuf, net->vhostuser);
    virXMLFormatElement(buf, "source", &attrBuf, &childBuf);
}


static int
virDomainNetSourceFormat(virBuffer *buf, const virDomainNetDef *net, unsigned int flags)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    char uuidstr[VIR_UUID_STRING_BUFLEN];

    switch ((virDomainNetType)net->type) {
    case VIR_DOMAIN_NET_TYPE_NETWORK:
        virBufferEscapeString(&attrBuf, " network='%s'", net->network);
        virBufferEscapeString(&attrBuf, " portgroup='%s'", net->portgroup);
        if (net->portidSet && !(flags & VIR_DOMAIN_DEF_FORMAT_INACTIVE))
            virBufferAsprintf(&attrBuf, " portid='%s'", virUUIDFormat(net->portid, uuidstr));
        break;
    case VIR_DOMAIN_NET_TYPE_BRIDGE:
        virBufferEscapeString(&attrBuf, " bridge='%s'", net->bridge);
        break;
    case VIR_DOMAIN_NET_TYPE_DIRECT:
        virBufferEscapeString(&attrBuf, " dev='%s'", net->linkdev);
        virBufferAsprintf(&attrBuf, " mode='%s'",
                          virNetDevMacVLanModeTypeToString(net->directMode));
        break;
    case VIR_DOMAIN_NET_TYPE_VDPA:
        virBufferEscapeString(&attrBuf, " dev='%s'", net->linkdev);
        break;
    case VIR_DOMAIN_NET_TYPE_INTERNAL:
        virBufferEscapeString(&attrBuf, " name='%s'", net->internalName);
        break;
    case VIR_DOMAIN_NET_TYPE_ETHERNET:
        if (virDomainNetIPInfoFormat(&childBuf, &net->hostIP) < 0)
            return -1;
        break;
    case VIR_DOMAIN_NET_TYPE_VHOSTUSER:
        virDomainNetVhostuserFormat(buf, net);
        return 0;
    case VIR_DOMAIN_NET_TYPE_SERVER:
    case VIR_DOMAIN_NET_TYPE_CLIENT:
    case VIR_DOMAIN_NET_TYPE_MCAST:
    case VIR_DOMAIN_NET_TYPE_UDP:
        virBufferEscapeString(&attrBuf, " address='%s'", net->socketAddress);
        virBufferAsprintf(&attrBuf, " port='%d'", net->socketPort);
        if (net->type == VIR_DOMAIN_NET_TYPE_UDP) {
            virBufferEscapeString(&childBuf, "<local address='%s'", net->localAddress);
            virBufferAsprintf(&childBuf, " port='%d'/>\n", net->localPort);
        }
        break;
    case VIR_DOMAIN_NET_TYPE_HOSTDEV:
        virDomainNetHostdevSourceFormat(buf, net);
        return 0;
    case VIR_DOMAIN_NET_TYPE_VDS:
        virBufferAsprintf(&attrBuf, " switchid='%s'", virUUIDFormat(net->vdsSwitchID, uuidstr));
        virBufferAsprintf(&attrBuf, " portid='%lld'", net->vdsPortID);
        virBufferEscapeString(&attrBuf, " portgroupid='%s'", net->vdsPortgroupID);
        virBufferAsprintf(&attrBuf, " connectionid='%lld'", net->vdsConnectionID);
        break;
    case VIR_DOMAIN_NET_TYPE_USER:
    case VIR_DOMAIN_NET_TYPE_NULL:
    case VIR_DOMAIN_NET_TYPE_LAST:
        break;
    }
    virXMLFormatElement(buf, "source", &attrBuf, &childBuf);
    return 0;
}


static void
virDomainNetMacFormat(virBuffer *buf, const virDomainNetDef *net)
{
    char macstr[VIR_MAC_STRING_BUFLEN];
    virMacAddr mac;

    memcpy(mac.addr, net->mac, VIR_MAC_BUFLEN);
    virBufferAsprintf(buf, "<mac address='%s'", virMacAddrFormat(&mac, macstr));
    if (net->mac_type)
        virBufferAsprintf(buf, " type='%s'", virDomainNetMacTypeTypeToString(net->mac_type));
    if (net->mac_check)
        virBufferAsprintf(buf, " check='%s'", virTristateBoolTypeToString(net->mac_check));
    virBufferAddLit(buf, "/>\n");
}


/* <script> ... <guest>: the host-side names */
static void
virDomainNetNamesFormat(virBuffer *buf, const virDomainNetDef *net)
{
    virBufferEscapeString(buf, "<script path='%s'/>\n", net->script);
    virBufferEscapeString(buf, "<downscript path='%s'/>\n", net->downscript);
    virBufferEscapeString(buf, "<backenddomain name='%s'/>\n", net->domain_name);
    if (net->ifname || net->managed_tap) {
        virBufferAddLit(buf, "<target");
        virBufferEscapeString(buf, " dev='%s'", net->ifname);
        if (net->managed_tap)
            virBufferAsprintf(buf, " managed='%s'", virTristateBoolTypeToString(net->managed_tap));
        virBufferAddLit(buf, "/>\n");
    }
    if (net->ifname_guest || net->ifname_guest_actual) {
        virBufferAddLit(buf, "<guest");
        virBufferEscapeString(buf, " dev='%s'", net->ifname_guest);
        virBufferEscapeString(buf, " actual='%s'", net->ifname_guest_actual);
        virBufferAddLit(buf, "/>\n");
    }
}


/* <model> ... <coalesce> */
static void
virDomainNetDeviceOptsFormat(virBuffer *buf, const virDomainNetDef *net)
{
    virBufferEscapeString(buf, "<model type='%s'/>\n", virDomainNetGetModelString(net));
    virDomainNetVirtioDriverFormat(buf, &net->driver, &net->virtio);
    if (net->backendType || net->backendTap || net->backendVhost || net->backendLogFile) {
        virBufferAddLit(buf, "<backend");
        if (net->backendType)
            virBufferAsprintf(buf, " type='%s'", virDomainNetBackendTypeToString(net->backendType));
        virBufferEscapeString(buf, " tap='%s'", net->backendTap);
        virBufferEscapeString(buf, " vhost='%s'", net->backendVhost);
        virBufferEscapeString(buf, " logFile='%s'", net->backendLogFile);
        virBufferAddLit(buf, "/>\n");
    }
    virDomainNetFilterrefFormat(buf, net);
    if (net->sndbuf_specified) {
        virBufferAddLit(buf, "<tune>\n");
        virBufferAsprintf(buf, "  <sndbuf>%llu</sndbuf>\n", net->sndbuf);
        virBufferAddLit(buf, "</tune>\n");
    }
    if (net->teamingType) {
        virBufferAsprintf(buf, "<teaming type='%s'",
                          virDomainNetTeamingTypeToString(net->teamingType));
        virBufferEscapeString(buf, " persistent='%s'", net->teamingPersistent);
        virBufferAddLit(buf, "/>\n");
    }
    if (net->linkstate)
        virBufferAsprintf(buf, "<link state='%s'/>\n",
                          virDomainNetInterfaceLinkStateTypeToString(net->linkstate));
    if (net->mtu)
        virBufferAsprintf(buf, "<mtu size='%u'/>\n", net->mtu);
    if (net->coalesceRxFrames) {
        virBufferAddLit(buf, "<coalesce>\n");
        virBufferAddLit(buf, "  <rx>\n");
        virBufferAsprintf(buf, "    <frames max='%u'/>\n", net->coalesceRxFrames);
        virBufferAddLit(buf, "  </rx>\n");
        virBufferAddLit(buf, "</coalesce>\n");
    }
}


int
virDomainNetDefFormat(virBuffer *buf,
                      const virDomainNetDef *net,
                      const virDomainDef *def G_GNUC_UNUSED,
                      unsigned int flags)
{
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    virBufferAsprintf(buf, "<interface type='%s'", virDomainNetTypeToString(net->type));
    if (net->type == VIR_DOMAIN_NET_TYPE_HOSTDEV && net->hostdevManaged)
        virBufferAddLit(buf, " managed='yes'");
    if (net->trustGuestRxFilters)
        virBufferAsprintf(buf, " trustGuestRxFilters='%s'",
                          virTristateBoolTypeToString(net->trustGuestRxFilters));
    virBufferAddLit(buf, ">\n");

    virDomainNetMacFormat(&childBuf, net);
    if (virDomainNetSourceFormat(&childBuf, net, flags) < 0)
        return -1;
    if (net->vlan)
        virNetDevVlanFormat(net->vlan, &childBuf);
    virNetDevVPortProfileFormat(net->virtPortProfile, &childBuf);
    virNetDevBandwidthFormat(net->bandwidth, 0, &childBuf);
    virNetDevPortFormat(&childBuf, net->isolatedPort);
    if (virDomainNetIPInfoFormat(&childBuf, &net->guestIP) < 0)
        return -1;
    virDomainNetPortForwardsFormat(&childBuf, net);
    virDomainNetNamesFormat(&childBuf, net);
    virDomainNetDeviceOptsFormat(&childBuf, net);
    virDomainDeviceInfoFormat(&childBuf, &net->info,
                              flags | VIR_DOMAIN_DEF_FORMAT_ALLOW_BOOT |
                                  VIR_DOMAIN_DEF_FORMAT_ALLOW_ROM);
    virBufferAddBuffer(buf, &childBuf);
    virBufferAddLit(buf, "</interface>\n");
    return 0;
}


/* ---- checks and test driver ---- */

static int
virDomainNetVhostuserValidate(const virDomainNetDef *net)
{
    if (!virDomainNetIsVirtioModel(net)) {
        virReportError(
            VIR_ERR_INTERNAL_ERROR, "%s",
            _("Wrong or no <model> 'type' attribute specified with <interface type='vhostuser'/>. vhostuser requires the virtio-net* frontend"));
        return -1;
    }
    if (net->vhostuser && net->vhostuser->listen &&
        net->vhostuser->reconnectEnabled == VIR_TRISTATE_BOOL_YES) {
        virReportError(
            VIR_ERR_CONFIG_UNSUPPORTED, "%s",
            _("'reconnect' attribute unsupported 'server' mode for <interface type='vhostuser'>"));
        return -1;
    }
    return 0;
}


/* An interface of type hostdev may not assign a host device twice. */
static int
virDomainNetHostdevCheckUnique(const virDomainNetDef *net, const virDomainDef *def)
{
    size_t i;

    for (i = 0; def && i < def->nnets && def->nets[i] != net; i++) {
        const virDomainNetDef *other = def->nets[i];
        bool same;

        if (other->type != VIR_DOMAIN_NET_TYPE_HOSTDEV ||
            other->hostdevAddrType != net->hostdevAddrType)
            continue;
        if (net->hostdevAddrType == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_PCI)
            same = other->hostdevPCI.domain == net->hostdevPCI.domain &&
                   other->hostdevPCI.bus == net->hostdevPCI.bus &&
                   other->hostdevPCI.slot == net->hostdevPCI.slot &&
                   other->hostdevPCI.function == net->hostdevPCI.function;
        else
            same = other->hostdevUSBBus == net->hostdevUSBBus &&
                   other->hostdevUSBDevice == net->hostdevUSBDevice;
        if (same) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("Hostdev already exists in the domain configuration"));
            return -1;
        }
    }
    return 0;
}


/* The interface rules of libvirt's validation that need no other device. */
static int
virDomainNetDefValidatePort(const virDomainNetDef *net)
{
    char macstr[VIR_MAC_STRING_BUFLEN];
    virMacAddr mac;

    memcpy(mac.addr, net->mac, VIR_MAC_BUFLEN);
    if (net->isolatedPort == VIR_TRISTATE_BOOL_YES && net->type != VIR_DOMAIN_NET_TYPE_NETWORK &&
        net->type != VIR_DOMAIN_NET_TYPE_BRIDGE) {
        virReportError(
            VIR_ERR_CONFIG_UNSUPPORTED,
            _("interface %1$s - <port isolated='yes'/> is not supported for network interfaces with type='%2$s'"),
            virMacAddrFormat(&mac, macstr), virDomainNetTypeToString(net->type));
        return -1;
    }
    if (net->isolatedPort && net->virtPortProfile &&
        net->virtPortProfile->virtPortType == VIR_NETDEV_VPORT_PROFILE_OPENVSWITCH) {
        virReportError(
            VIR_ERR_CONFIG_UNSUPPORTED,
            _("interface %1$s - <port isolated='yes'/> is not supported for network interfaces with virtualport type='openvswitch'"),
            virMacAddrFormat(&mac, macstr));
        return -1;
    }
    return 0;
}


int
virDomainNetDefPostParse(virDomainNetDef *net, virDomainDef *def)
{
    if (net->type == VIR_DOMAIN_NET_TYPE_HOSTDEV && virDomainNetHostdevCheckUnique(net, def) < 0)
        return -1;
    if (net->managed_tap == VIR_TRISTATE_BOOL_NO && net->type != VIR_DOMAIN_NET_TYPE_ETHERNET) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("unmanaged target dev is not supported on interfaces of type '%1$s'"),
                       virDomainNetTypeToString(net->type));
        return -1;
    }
    if (virDomainNetDefValidatePort(net) < 0)
        return -1;
    if (!virDomainNetIsVirtioModel(net) && virDomainVirtioOptionsCheckNonVirtio(&net->virtio) < 0)
        return -1;
    if (virDomainNetTeamingValidate(net) < 0)
        return -1;
    if (net->type == VIR_DOMAIN_NET_TYPE_VHOSTUSER && virDomainNetVhostuserValidate(net) < 0)
        return -1;
    return 0;
}


int
virDomainNetTestDriverPostParse(virDomainDef *def)
{
    size_t i;

    for (i = 0; i < def->nnets; i++) {
        unsigned int n;

        if (def->nets[i]->ifname)
            continue;
        for (n = 0;; n++) {
            g_autofree char *name = g_strdup_printf("testnet%u", n);
            size_t j;

            for (j = 0; j < def->nnets; j++) {
                if (g_strcmp0(def->nets[j]->ifname, name) == 0)
                    break;
            }
            if (j == def->nnets) {
                def->nets[i]->ifname = g_steal_pointer(&name);
                break;
            }
        }
    }
    return 0;
}
