/*
 * virnetworkforwardconf.c: the <forward> element of the network XML model
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virnetworkforwardconf.h"
#include "virnetworkipconf.h"
#include "virunits.h"

#define VIR_FROM_THIS VIR_FROM_NETWORK

/* Largest PCI address parts accepted in a hostdev pool (as libvirt). */
#define VIR_NETWORK_PCI_MAX_BUS 0xFF
#define VIR_NETWORK_PCI_MAX_SLOT 0x1F
#define VIR_NETWORK_PCI_MAX_FUNCTION 0x7


void
virNetworkForwardDefClear(virNetworkForwardDef *def)
{
    size_t i;

    for (i = 0; i < def->npfs; i++)
        g_free(def->pfs[i].dev);
    g_free(def->pfs);

    for (i = 0; i < def->nifs; i++) {
        if (def->ifs[i].type == VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_NETDEV)
            g_free(def->ifs[i].device.dev);
    }
    g_free(def->ifs);
    memset(def, 0, sizeof(*def));
}


/* ---- <forward> ---- */

static int
virNetworkForwardNatAddrParse(const char *networkName, xmlNodePtr node, virNetworkForwardDef *def)
{
    g_autofree char *start = virXMLPropString(node, "start");
    g_autofree char *end = virXMLPropString(node, "end");

    if (!start || !end) {
        virReportError(
            VIR_ERR_XML_ERROR,
            _("missing '%1$s' attribute in <address> element in <nat> in <forward> in network %2$s"),
            start ? "end" : "start", networkName);
        return -1;
    }
    if (virSocketAddrParseQuiet(&def->addrStart, start, AF_INET) < 0) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Bad ipv4 start address '%1$s' in <nat> in <forward> in network '%2$s'"),
                       start, networkName);
        return -1;
    }
    if (virSocketAddrParseQuiet(&def->addrEnd, end, AF_INET) < 0) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Bad ipv4 end address '%1$s' in <nat> in <forward> in network '%2$s'"),
                       end, networkName);
        return -1;
    }
    return virSocketAddrGetRange(&def->addrStart, &def->addrEnd, NULL, 0) < 0 ? -1 : 0;
}


/* Parses one port bound; -1 (no error reported) when missing or bad. */
static int
virNetworkForwardNatPortAttr(xmlNodePtr node, const char *name, unsigned int *port)
{
    g_autofree char *str = virXMLPropString(node, name);

    if (!str || virStrToLong_ui(str, NULL, 10, port) < 0 || *port > 65535)
        return -1;
    return 0;
}


static int
virNetworkForwardNatPortParse(const char *networkName, xmlNodePtr node, virNetworkForwardDef *def)
{
    if (virNetworkForwardNatPortAttr(node, "start", &def->portStart) < 0) {
        virReportError(
            VIR_ERR_XML_DETAIL,
            _("Missing or invalid 'start' attribute in <port> in <nat> in <forward> in network %1$s"),
            networkName);
        return -1;
    }
    if (virNetworkForwardNatPortAttr(node, "end", &def->portEnd) < 0 ||
        def->portEnd < def->portStart) {
        virReportError(
            VIR_ERR_XML_DETAIL,
            _("Missing or invalid 'end' attribute in <port> in <nat> in <forward> in network %1$s"),
            networkName);
        return -1;
    }
    return 0;
}


static int
virNetworkForwardNatParse(const char *networkName, xmlNodePtr node, virNetworkForwardDef *def)
{
    g_autofree xmlNodePtr *addrs = NULL;
    g_autofree xmlNodePtr *ports = NULL;
    size_t naddrs;
    size_t nports;

    if (virXMLPropTristateBool(node, "ipv6", VIR_XML_PROP_NONE, &def->natIPv6) < 0)
        return -1;

    naddrs = virXMLNodeGetSubelementList(node, "address", &addrs);
    if (naddrs > 1) {
        virReportError(
            VIR_ERR_XML_ERROR,
            _("Only one <address> element is allowed in <nat> in <forward> in network %1$s"),
            networkName);
        return -1;
    }
    if (naddrs == 1 && virNetworkForwardNatAddrParse(networkName, addrs[0], def) < 0)
        return -1;

    nports = virXMLNodeGetSubelementList(node, "port", &ports);
    if (nports > 1) {
        virReportError(
            VIR_ERR_XML_ERROR,
            _("Only one <port> element is allowed in <nat> in <forward> in network %1$s"),
            networkName);
        return -1;
    }
    if (nports == 1 && virNetworkForwardNatPortParse(networkName, ports[0], def) < 0)
        return -1;
    return 0;
}


static int
virNetworkForwardPCIAddrParse(const char *networkName, xmlNodePtr node, virPCIDeviceAddress *addr)
{
    g_autofree char *type = virXMLPropString(node, "type");

    if (!type) {
        virReportError(VIR_ERR_XML_ERROR, _("missing address type in network %1$s"), networkName);
        return -1;
    }
    if (!g_str_equal(type, "pci")) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown address type '%1$s' in network %2$s"),
                       type, networkName);
        return -1;
    }

    if (virXMLPropUInt(node, "domain", 0, VIR_XML_PROP_NONE, &addr->domain) < 0 ||
        virXMLPropUInt(node, "bus", 0, VIR_XML_PROP_NONE, &addr->bus) < 0 ||
        virXMLPropUInt(node, "slot", 0, VIR_XML_PROP_NONE, &addr->slot) < 0 ||
        virXMLPropUInt(node, "function", 0, VIR_XML_PROP_NONE, &addr->function) < 0)
        return -1;

    /* libvirt's PCI address check reports these without an error domain */
    if (addr->bus > VIR_NETWORK_PCI_MAX_BUS) {
        virReportErrorHelper(VIR_FROM_NONE, VIR_ERR_XML_ERROR, __FILE__, __func__, __LINE__,
                             _("Invalid PCI address bus='0x%1$x', must be <= 0xFF"), addr->bus);
        return -1;
    }
    if (addr->slot > VIR_NETWORK_PCI_MAX_SLOT) {
        virReportErrorHelper(VIR_FROM_NONE, VIR_ERR_XML_ERROR, __FILE__, __func__, __LINE__,
                             _("Invalid PCI address slot='0x%1$x', must be <= 0x1F"), addr->slot);
        return -1;
    }
    if (addr->function > VIR_NETWORK_PCI_MAX_FUNCTION) {
        virReportErrorHelper(VIR_FROM_NONE, VIR_ERR_XML_ERROR, __FILE__, __func__, __LINE__,
                             _("Invalid PCI address function=0x%1$x, must be <= 7"),
                             addr->function);
        return -1;
    }
    return 0;
}


static int
virNetworkForwardAddrsParse(const char *networkName,
                            xmlNodePtr *nodes,
                            size_t n,
                            virNetworkForwardDef *def)
{
    size_t i;
    size_t j;

    def->ifs = g_new0(virNetworkForwardIfDef, n);
    for (i = 0; i < n; i++) {
        virPCIDeviceAddress *addr = &def->ifs[i].device.pci;

        def->ifs[i].type = VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_PCI;
        def->nifs++;
        if (virNetworkForwardPCIAddrParse(networkName, nodes[i], addr) < 0)
            return -1;

        for (j = 0; j < i; j++) {
            const virPCIDeviceAddress *other = &def->ifs[j].device.pci;

            if (other->domain == addr->domain && other->bus == addr->bus &&
                other->slot == addr->slot && other->function == addr->function) {
                virReportError(
                    VIR_ERR_XML_ERROR,
                    _("PCI device '%1$04x:%2$02x:%3$02x.%4$x' can only be listed once in network %5$s"),
                    addr->domain, addr->bus, addr->slot, addr->function, networkName);
                return -1;
            }
        }
    }
    return 0;
}


static int
virNetworkForwardIfsParse(const char *networkName,
                          xmlNodePtr *nodes,
                          size_t n,
                          const char *forwardDev,
                          virNetworkForwardDef *def)
{
    size_t i;
    size_t j;

    def->ifs = g_new0(virNetworkForwardIfDef, MAX(n, 1));
    if (n == 0) {
        def->ifs[0].type = VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_NETDEV;
        def->ifs[0].device.dev = g_strdup(forwardDev);
        def->nifs = 1;
        return 0;
    }

    for (i = 0; i < n; i++) {
        g_autofree char *dev = virXMLPropString(nodes[i], "dev");

        if (!dev) {
            virReportError(
                VIR_ERR_XML_ERROR,
                _("Missing required dev attribute in <forward> <interface> element of network %1$s"),
                networkName);
            return -1;
        }
        if (i == 0 && forwardDev && !g_str_equal(dev, forwardDev)) {
            virReportError(
                VIR_ERR_XML_ERROR,
                _("<forward dev='%1$s'> must match first <interface dev='%2$s'/> in network %3$s"),
                forwardDev, dev, networkName);
            return -1;
        }
        for (j = 0; j < i; j++) {
            if (g_str_equal(def->ifs[j].device.dev, dev)) {
                virReportError(VIR_ERR_XML_ERROR,
                               _("interface '%1$s' can only be listed once in network %2$s"), dev,
                               networkName);
                return -1;
            }
        }
        def->ifs[i].type = VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_NETDEV;
        def->ifs[i].device.dev = g_steal_pointer(&dev);
        def->nifs++;
    }
    return 0;
}


/* The mode, managed, <driver> and <nat> of a <forward>. */
static int
virNetworkForwardModeParse(const char *networkName, xmlNodePtr node, virNetworkForwardDef *def)
{
    g_autofree char *mode = virNetworkPropNonEmpty(node, "mode");
    g_autofree char *managed = virXMLPropString(node, "managed");
    g_autofree char *driver = NULL;
    g_autofree xmlNodePtr *nats = NULL;
    xmlNodePtr child;
    size_t nnats;
    int val;

    def->type = VIR_NETWORK_FORWARD_NAT;
    if (mode) {
        if ((val = virNetworkForwardTypeFromString(mode)) < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown forwarding type '%1$s'"), mode);
            return -1;
        }
        def->type = val;
    }

    def->managed = managed && g_str_equal(managed, "yes");

    if ((child = virXMLNodeGetSubelement(node, "driver")) &&
        (driver = virNetworkPropNonEmpty(child, "name"))) {
        if ((val = virNetworkForwardDriverNameTypeFromString(driver)) <= 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Unknown forward <driver name='%1$s'/> in network %2$s"), driver,
                           networkName);
            return -1;
        }
        def->driverName = val;
    }

    nnats = virXMLNodeGetSubelementList(node, "nat", &nats);
    if (nnats > 1) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Only one <nat> element is allowed in <forward> of network %1$s"),
                       networkName);
        return -1;
    }
    if (nnats == 1) {
        if (def->type != VIR_NETWORK_FORWARD_NAT) {
            virReportError(
                VIR_ERR_XML_ERROR,
                _("The <nat> element can only be used when <forward> 'mode' is 'nat' in network %1$s"),
                networkName);
            return -1;
        }
        if (virNetworkForwardNatParse(networkName, nats[0], def) < 0)
            return -1;
    }
    return 0;
}


static int
virNetworkForwardPfParse(const char *networkName, xmlNodePtr node, virNetworkForwardDef *def)
{
    g_autofree char *dev = virXMLPropString(node, "dev");

    if (!dev) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Missing required dev attribute in <pf> element of network '%1$s'"),
                       networkName);
        return -1;
    }
    def->pfs = g_new0(virNetworkForwardPfDef, 1);
    def->pfs[0].dev = g_steal_pointer(&dev);
    def->npfs = 1;
    return 0;
}


int
virNetworkForwardDefParseXML(const char *networkName, xmlNodePtr node, virNetworkForwardDef *def)
{
    g_autofree char *forwardDev = virNetworkPropNonEmpty(node, "dev");
    g_autofree xmlNodePtr *ifNodes = NULL;
    g_autofree xmlNodePtr *addrNodes = NULL;
    g_autofree xmlNodePtr *pfNodes = NULL;
    size_t nifs;
    size_t naddrs;
    size_t npfs;

    if (virNetworkForwardModeParse(networkName, node, def) < 0)
        return -1;

    nifs = virXMLNodeGetSubelementList(node, "interface", &ifNodes);
    naddrs = virXMLNodeGetSubelementList(node, "address", &addrNodes);
    npfs = virXMLNodeGetSubelementList(node, "pf", &pfNodes);

    if ((naddrs > 0 || npfs > 0) && forwardDev) {
        /* libvirt's message really ends in a literal "%s" */
        virReportError(
            VIR_ERR_XML_ERROR, "%s",
            _("the <forward> 'dev' attribute cannot be used when <address> or <pf> sub-elements are present in network %s"));
        return -1;
    }

    if (nifs == 0 && naddrs == 0) {
        if (npfs > 1) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("Only one <pf> element is allowed in <forward> of network %1$s"),
                           networkName);
            return -1;
        }
        if (npfs == 1 && virNetworkForwardPfParse(networkName, pfNodes[0], def) < 0)
            return -1;
    } else if (npfs > 0) {
        /*
         * libvirt 9.0 ignores the <pf> when devices are listed too; keep
         * it (if usable) for the inactive format, which shows it instead
         * of the devices as newer libvirt does.
         */
        g_autofree char *dev = virXMLPropString(pfNodes[0], "dev");

        if (dev) {
            def->pfs = g_new0(virNetworkForwardPfDef, 1);
            def->pfs[0].dev = g_steal_pointer(&dev);
            def->npfs = 1;
        }
    }

    /* interfaces win over PCI addresses when both are given */
    if (nifs > 0 || forwardDev)
        return virNetworkForwardIfsParse(networkName, ifNodes, nifs, forwardDev, def);
    if (naddrs > 0)
        return virNetworkForwardAddrsParse(networkName, addrNodes, naddrs, def);
    return 0;
}


/* ---- formatting ---- */

static int
virNetworkForwardNatFormat(virBuffer *buf, const virNetworkForwardDef *def)
{
    bool hasAddr = VIR_SOCKET_ADDR_VALID(&def->addrStart);
    bool hasPort = def->portStart || def->portEnd;
    g_autofree char *start = NULL;
    g_autofree char *end = NULL;

    if (!hasAddr && !hasPort && def->natIPv6 == VIR_TRISTATE_BOOL_ABSENT)
        return 0;

    virBufferAddLit(buf, "<nat");
    if (def->natIPv6 != VIR_TRISTATE_BOOL_ABSENT)
        virBufferAsprintf(buf, " ipv6='%s'", virTristateBoolTypeToString(def->natIPv6));
    if (!hasAddr && !hasPort) {
        virBufferAddLit(buf, "/>\n");
        return 0;
    }
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);

    if (hasAddr) {
        if (!(start = virSocketAddrFormat(&def->addrStart)) ||
            !(end = virSocketAddrFormat(&def->addrEnd)))
            return -1;
        virBufferAsprintf(buf, "<address start='%s' end='%s'/>\n", start, end);
    }
    if (hasPort)
        virBufferAsprintf(buf, "<port start='%u' end='%u'/>\n", def->portStart, def->portEnd);

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</nat>\n");
    return 0;
}


static void
virNetworkForwardIfFormat(virBuffer *buf, const virNetworkForwardIfDef *fwdIf)
{
    const virPCIDeviceAddress *pci = &fwdIf->device.pci;

    if (fwdIf->type == VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_NETDEV) {
        virBufferEscapeString(buf, "<interface dev='%s'/>\n", fwdIf->device.dev);
        return;
    }
    virBufferAsprintf(
        buf, "<address type='pci' domain='0x%04x' bus='0x%02x' slot='0x%02x' function='0x%x'/>\n",
        pci->domain, pci->bus, pci->slot, pci->function);
}


int
virNetworkForwardDefFormat(virBuffer *buf, const virNetworkForwardDef *def, bool inactive)
{
    /* the persistent config shows the <pf>, the live one the devices found under it */
    bool showIfs = def->nifs > 0 && (def->npfs == 0 || !inactive);
    bool showPf = def->npfs > 0 && (inactive || def->nifs == 0);
    bool hasChildren;
    size_t i;

    if (def->type == VIR_NETWORK_FORWARD_NONE)
        return 0;

    virBufferAddLit(buf, "<forward");
    if (showIfs && def->ifs[0].type == VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_NETDEV)
        virBufferEscapeString(buf, " dev='%s'", def->ifs[0].device.dev);
    virBufferAsprintf(buf, " mode='%s'", virNetworkForwardTypeToString(def->type));
    if (def->type == VIR_NETWORK_FORWARD_HOSTDEV)
        virBufferAsprintf(buf, " managed='%s'", def->managed ? "yes" : "no");

    hasChildren = def->nifs || def->npfs || VIR_SOCKET_ADDR_VALID(&def->addrStart) ||
                  VIR_SOCKET_ADDR_VALID(&def->addrEnd) || def->portStart || def->portEnd ||
                  def->driverName != VIR_NETWORK_FORWARD_DRIVER_NAME_DEFAULT ||
                  def->natIPv6 != VIR_TRISTATE_BOOL_ABSENT;
    if (!hasChildren) {
        virBufferAddLit(buf, "/>\n");
        return 0;
    }
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);

    if (def->driverName != VIR_NETWORK_FORWARD_DRIVER_NAME_DEFAULT)
        virBufferAsprintf(buf, "<driver name='%s'/>\n",
                          virNetworkForwardDriverNameTypeToString(def->driverName));
    if (def->type == VIR_NETWORK_FORWARD_NAT && virNetworkForwardNatFormat(buf, def) < 0)
        return -1;
    if (showPf)
        virBufferEscapeString(buf, "<pf dev='%s'/>\n", def->pfs[0].dev);
    for (i = 0; showIfs && i < def->nifs; i++)
        virNetworkForwardIfFormat(buf, &def->ifs[i]);

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</forward>\n");
    return 0;
}
