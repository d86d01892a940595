/*
 * virnetworkconf.c: the virtual network XML model (<network>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virlog.h"
#include "virnetworkconf.h"
#include "virnetworkforwardconf.h"
#include "virnetworkipconf.h"
#include "virunits.h"

#define VIR_FROM_THIS VIR_FROM_NETWORK

VIR_LOG_INIT("conf.networkconf");

VIR_ENUM_IMPL(virNetworkForward,
              VIR_NETWORK_FORWARD_LAST,
              "none",
              "nat",
              "route",
              "open",
              "bridge",
              "private",
              "vepa",
              "passthrough",
              "hostdev");

VIR_ENUM_IMPL(virNetworkBridgeMACTableManager,
              VIR_NETWORK_BRIDGE_MAC_TABLE_MANAGER_LAST,
              "default",
              "kernel",
              "libvirt");

VIR_ENUM_IMPL(
    virNetworkForwardDriverName, VIR_NETWORK_FORWARD_DRIVER_NAME_LAST, "default", "kvm", "vfio");

VIR_ENUM_IMPL(virNetworkDHCPLeaseTimeUnit,
              VIR_NETWORK_DHCP_LEASETIME_UNIT_LAST,
              "seconds",
              "minutes",
              "hours");

void
virPortGroupDefClear(virPortGroupDef *def)
{
    g_free(def->name);
    g_free(def->virtPortProfile);
    virNetDevBandwidthFree(def->bandwidth);
    virNetDevVlanClear(&def->vlan);
    memset(def, 0, sizeof(*def));
}


static void
virNetworkDnsmasqOptionsFree(virNetworkDnsmasqOptions *opts)
{
    if (!opts)
        return;
    g_strfreev(opts->options);
    g_free(opts);
}


void
virNetworkDefFree(virNetworkDef *def)
{
    size_t i;

    if (!def)
        return;

    g_free(def->name);
    g_free(def->bridge);
    g_free(def->bridgeZone);
    g_free(def->domain);

    virNetworkForwardDefClear(&def->forward);

    for (i = 0; i < def->nips; i++)
        virNetworkIPDefClear(&def->ips[i]);
    g_free(def->ips);

    for (i = 0; i < def->nroutes; i++)
        virNetDevIPRouteFree(def->routes[i]);
    g_free(def->routes);

    virNetworkDNSDefClear(&def->dns);
    g_free(def->virtPortProfile);

    for (i = 0; i < def->nPortGroups; i++)
        virPortGroupDefClear(&def->portGroups[i]);
    g_free(def->portGroups);

    virNetDevBandwidthFree(def->bandwidth);
    virNetDevVlanClear(&def->vlan);

    if (def->metadata)
        xmlFreeNode(def->metadata);
    virNetworkDnsmasqOptionsFree(def->dnsmasq);
    g_free(def);
}


/* ---- <portgroup> ---- */

int
virPortGroupDefParseXML(virPortGroupDef *def, xmlNodePtr node)
{
    g_autofree char *isDefault = NULL;
    xmlNodePtr child;

    def->name = virXMLPropString(node, "name");
    if (!def->name || !*def->name) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("Missing required name attribute in portgroup"));
        return -1;
    }

    /* anything but 'yes' quietly means no, as in libvirt */
    isDefault = virXMLPropString(node, "default");
    def->isDefault = isDefault && g_str_equal(isDefault, "yes");

    if (virXMLPropTristateBool(node, "trustGuestRxFilters", VIR_XML_PROP_NONE,
                               &def->trustGuestRxFilters) < 0)
        return -1;

    if ((child = virXMLNodeGetSubelement(node, "virtualport")) &&
        !(def->virtPortProfile = virNetDevVPortProfileParse(child, 0)))
        return -1;

    if ((child = virXMLNodeGetSubelement(node, "bandwidth")) &&
        virNetDevBandwidthParse(&def->bandwidth, NULL, child, false) < 0)
        return -1;

    if ((child = virXMLNodeGetSubelement(node, "vlan")) &&
        virNetDevVlanParse(child, &def->vlan) < 0)
        return -1;

    return 0;
}


static void
virPortGroupDefFormat(virBuffer *buf, const virPortGroupDef *def)
{
    virBufferEscapeString(buf, "<portgroup name='%s'", def->name);
    if (def->isDefault)
        virBufferAddLit(buf, " default='yes'");
    if (def->trustGuestRxFilters != VIR_TRISTATE_BOOL_ABSENT)
        virBufferAsprintf(buf, " trustGuestRxFilters='%s'",
                          virTristateBoolTypeToString(def->trustGuestRxFilters));
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);
    virNetDevVlanFormat(&def->vlan, buf);
    virNetDevVPortProfileFormat(def->virtPortProfile, buf);
    virNetDevBandwidthFormat(def->bandwidth, 0, buf);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</portgroup>\n");
}


const virPortGroupDef *
virPortGroupFindByName(const virNetworkDef *def, const char *portgroup)
{
    size_t i;

    for (i = 0; i < def->nPortGroups; i++) {
        if (portgroup ? g_str_equal(portgroup, def->portGroups[i].name)
                      : def->portGroups[i].isDefault)
            return &def->portGroups[i];
    }
    return NULL;
}


const virNetworkIPDef *
virNetworkDefGetIPByIndex(const virNetworkDef *def, int family, size_t n)
{
    size_t i;

    for (i = 0; i < def->nips; i++) {
        if (family == AF_UNSPEC || VIR_SOCKET_ADDR_IS_FAMILY(&def->ips[i].address, family)) {
            if (n-- == 0)
                return &def->ips[i];
        }
    }
    return NULL;
}


/* ---- parsing ---- */

static int
virNetworkDefParseIdentity(xmlXPathContextPtr ctxt, xmlNodePtr root, virNetworkDef *def)
{
    g_autofree char *uuid = NULL;
    g_autofree char *ipv6 = NULL;

    if (!(def->name = virXPathString("string(./name[1])", ctxt))) {
        virReportError(VIR_ERR_NO_NAME, NULL);
        return -1;
    }
    if (virXMLCheckIllegalChars("name", def->name, "/") < 0)
        return -1;

    if ((uuid = virXPathString("string(./uuid[1])", ctxt))) {
        if (virUUIDParse(uuid, def->uuid) < 0) {
            virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("malformed uuid element"));
            return -1;
        }
        def->uuid_specified = true;
    } else if (virUUIDGenerate(def->uuid) < 0) {
        return -1;
    }

    if ((ipv6 = virNetworkPropNonEmpty(root, "ipv6"))) {
        if (g_str_equal(ipv6, "yes")) {
            def->ipv6nogw = true;
        } else if (!g_str_equal(ipv6, "no")) {
            virReportError(VIR_ERR_XML_ERROR, _("Invalid ipv6 setting '%1$s' in network '%2$s'"),
                           ipv6, def->name);
            return -1;
        }
    }

    return virXMLPropTristateBool(root, "trustGuestRxFilters", VIR_XML_PROP_NONE,
                                  &def->trustGuestRxFilters) < 0
               ? -1
               : 0;
}


/* <bridge>; sets *@stpGiven when the stp attribute is there. */
static int
virNetworkDefParseBridge(xmlNodePtr node, virNetworkDef *def, bool *stpGiven)
{
    g_autofree char *stp = NULL;
    g_autofree char *delay = NULL;
    g_autofree char *mtm = NULL;
    int val;

    def->stp = true;
    if (!node)
        return 0;

    def->bridge = virNetworkPropNonEmpty(node, "name");
    def->bridgeZone = virNetworkPropNonEmpty(node, "zone");

    /* anything but 'off' quietly means on, as in libvirt */
    if ((stp = virNetworkPropNonEmpty(node, "stp"))) {
        *stpGiven = true;
        def->stp = !g_str_equal(stp, "off");
    }

    if ((delay = virNetworkPropNonEmpty(node, "delay")) &&
        virStrToLong_ulp(delay, NULL, 10, &def->delay) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("Invalid delay value in network '%1$s'"), def->name);
        return -1;
    }

    if ((mtm = virNetworkPropNonEmpty(node, "macTableManager"))) {
        if ((val = virNetworkBridgeMACTableManagerTypeFromString(mtm)) <= 0) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("Invalid macTableManager setting '%1$s' in network '%2$s'"), mtm,
                           def->name);
            return -1;
        }
        def->macTableManager = val;
    }
    return 0;
}


/* <mtu>, <mac> and <domain>. */
static int
virNetworkDefParseLink(xmlXPathContextPtr ctxt, xmlNodePtr root, virNetworkDef *def)
{
    g_autofree char *mtu = NULL;
    g_autofree char *mac = NULL;
    xmlNodePtr node;

    /* as libvirt's string(./mtu/@size): the first <mtu> that has a size */
    if ((mtu = virXPathString("string(./mtu/@size)", ctxt)) &&
        virStrToLong_ui(mtu, NULL, 10, &def->mtu) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("Invalid mtu size '%1$s' in network '%2$s'"), mtu,
                       def->name);
        return -1;
    }

    if ((node = virXMLNodeGetSubelement(root, "mac")) &&
        (mac = virNetworkPropNonEmpty(node, "address"))) {
        if (virMacAddrParse(mac, &def->mac) < 0) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("Invalid bridge mac address '%1$s' in network '%2$s'"), mac,
                           def->name);
            return -1;
        }
        if (virMacAddrIsMulticast(&def->mac)) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("Invalid multicast bridge mac address '%1$s' in network '%2$s'"), mac,
                           def->name);
            return -1;
        }
        def->mac_specified = true;
    }

    if ((node = virXMLNodeGetSubelement(root, "domain"))) {
        def->domain = virXMLPropString(node, "name");
        if (virXMLPropTristateBool(node, "localOnly", VIR_XML_PROP_NONE, &def->domainLocalOnly) < 0)
            return -1;
    }
    return 0;
}


/* <dns>, <bandwidth>, <vlan>, <port> and <virtualport>. */
static int
virNetworkDefParseServices(xmlNodePtr root, virNetworkDef *def)
{
    xmlNodePtr node;

    if ((node = virXMLNodeGetSubelement(root, "dns")) &&
        virNetworkDNSDefParseXML(def->name, node, &def->dns) < 0)
        return -1;

    if ((node = virXMLNodeGetSubelement(root, "bandwidth")) &&
        virNetDevBandwidthParse(&def->bandwidth, NULL, node, false) < 0)
        return -1;

    if ((node = virXMLNodeGetSubelement(root, "vlan")) && virNetDevVlanParse(node, &def->vlan) < 0)
        return -1;

    if ((node = virXMLNodeGetSubelement(root, "port")) &&
        virNetDevPortParse(node, &def->isolatedPort) < 0)
        return -1;

    if ((node = virXMLNodeGetSubelement(root, "virtualport")) &&
        !(def->virtPortProfile = virNetDevVPortProfileParse(node, VIR_VPORT_XML_REQUIRE_TYPE)))
        return -1;

    return 0;
}


/* <portgroup>, <ip> and <route> lists. */
static int
virNetworkDefParseLists(xmlNodePtr root, virNetworkDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    size_t n;
    size_t i;

    n = virXMLNodeGetSubelementList(root, "portgroup", &nodes);
    def->portGroups = g_new0(virPortGroupDef, n);
    for (i = 0; i < n; i++) {
        if (virPortGroupDefParseXML(&def->portGroups[def->nPortGroups++], nodes[i]) < 0)
            return -1;
    }
    g_clear_pointer(&nodes, g_free);

    n = virXMLNodeGetSubelementList(root, "ip", &nodes);
    def->ips = g_new0(virNetworkIPDef, n);
    for (i = 0; i < n; i++) {
        if (virNetworkIPDefParseXML(def->name, nodes[i], &def->ips[def->nips++]) < 0)
            return -1;
    }
    g_clear_pointer(&nodes, g_free);

    n = virXMLNodeGetSubelementList(root, "route", &nodes);
    def->routes = g_new0(virNetDevIPRoute *, n);
    for (i = 0; i < n; i++) {
        if (!(def->routes[i] = virNetDevIPRouteParse(def->name, nodes[i])))
            return -1;
        def->nroutes++;
    }
    return 0;
}


/* The dnsmasq:options namespace element. */
static int
virNetworkDefParseDnsmasq(xmlNodePtr root, virNetworkDef *def)
{
    g_autoptr(GPtrArray) options = g_ptr_array_new_with_free_func(g_free);
    xmlNodePtr node = virXMLFindChildNodeByNs(root, VIR_NETWORK_DNSMASQ_NS_HREF);
    xmlNodePtr cur;

    if (!node || !virXMLNodeNameEqual(node, "options"))
        return 0;

    for (cur = node->children; cur; cur = cur->next) {
        char *value;

        if (cur->type != XML_ELEMENT_NODE || !virXMLNodeNameEqual(cur, "option"))
            continue;
        if (!(value = virXMLPropString(cur, "value"))) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("No dnsmasq options value specified"));
            return -1;
        }
        g_ptr_array_add(options, value);
    }

    if (options->len == 0)
        return 0;

    def->dnsmasq = g_new0(virNetworkDnsmasqOptions, 1);
    def->dnsmasq->noptions = options->len;
    g_ptr_array_add(options, NULL);
    def->dnsmasq->options = (char **)g_ptr_array_free(g_steal_pointer(&options), FALSE);
    return 0;
}


/* ---- checks ---- */

/* Every static route's gateway must be on one of the network's subnets. */
static int
virNetworkDefCheckRoutes(const virNetworkDef *def)
{
    size_t i;
    size_t j;

    for (i = 0; i < def->nroutes; i++) {
        const virSocketAddr *gateway = &def->routes[i]->gateway;
        bool reachable = false;
        g_autofree char *gwStr = NULL;

        for (j = 0; j < def->nips && !reachable; j++) {
            const virNetworkIPDef *ip = &def->ips[j];
            virSocketAddr netmask;
            int prefix = virNetworkIPDefPrefix(ip);

            if (VIR_SOCKET_ADDR_FAMILY(&ip->address) != VIR_SOCKET_ADDR_FAMILY(gateway) ||
                prefix < 0 ||
                virSocketAddrPrefixToNetmask(prefix, &netmask, VIR_SOCKET_ADDR_FAMILY(gateway)) < 0)
                continue;
            reachable = virSocketAddrCheckNetmask(&ip->address, gateway, &netmask) == 1;
        }

        if (!reachable) {
            if (!(gwStr = virSocketAddrFormat(gateway)))
                return -1;
            virReportError(
                VIR_ERR_CONFIG_UNSUPPORTED,
                _("unreachable static route gateway '%1$s' specified for network '%2$s'"), gwStr,
                def->name);
            return -1;
        }
    }
    return 0;
}


/* The forward modes libvirt manages a bridge for. */
static int
virNetworkDefCheckRoutedMode(const virNetworkDef *def, const char *mode)
{
    if (def->nips == 0) {
        virReportError(
            VIR_ERR_XML_ERROR,
            _("%1$s forwarding requested, but no IP address provided for network '%2$s'"), mode,
            def->name);
        return -1;
    }
    if (def->forward.nifs > 1) {
        virReportError(
            VIR_ERR_XML_ERROR,
            _("multiple forwarding interfaces specified for network '%1$s', only one is supported"),
            def->name);
        return -1;
    }
    if (def->forward.type == VIR_NETWORK_FORWARD_OPEN && def->forward.nifs > 0) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("forward dev not allowed for network '%1$s' with forward mode='%2$s'"),
                       def->name, mode);
        return -1;
    }
    return 0;
}


/* The modes where libvirt does not own the bridge. */
static int
virNetworkDefCheckUnmanagedMode(const virNetworkDef *def, const char *mode, bool stpGiven)
{
    if (def->forward.type != VIR_NETWORK_FORWARD_BRIDGE) {
        if (def->bridge) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("bridge name not allowed in %1$s mode (network '%2$s')"), mode,
                           def->name);
            return -1;
        }
        if (def->macTableManager) {
            virReportError(
                VIR_ERR_XML_ERROR,
                _("bridge macTableManager setting not allowed in %1$s mode (network '%2$s')"), mode,
                def->name);
            return -1;
        }
    }
    if (def->delay || stpGiven || def->bridgeZone) {
        virReportError(
            VIR_ERR_XML_ERROR,
            _("bridge delay/stp/zone options only allowed in route, nat, and isolated mode, not in %1$s (network '%2$s')"),
            mode, def->name);
        return -1;
    }
    if (def->forward.type == VIR_NETWORK_FORWARD_BRIDGE && def->bridge && def->forward.nifs > 0) {
        virReportError(
            VIR_ERR_XML_ERROR,
            _("A network with forward mode='%1$s' can specify a bridge name or a forward dev, but not both (network '%2$s')"),
            mode, def->name);
        return -1;
    }
    if (def->mtu) {
        virReportError(
            VIR_ERR_XML_ERROR,
            _("mtu size only allowed in open, route, nat, and isolated mode, not in %1$s (network '%2$s')"),
            mode, def->name);
        return -1;
    }
    return 0;
}


static int
virNetworkDefValidateInternal(const virNetworkDef *def, bool stpGiven)
{
    const char *mode = virNetworkForwardTypeToString(def->forward.type);

    if (virNetworkDefCheckRoutes(def) < 0)
        return -1;

    switch (def->forward.type) {
    case VIR_NETWORK_FORWARD_NAT:
    case VIR_NETWORK_FORWARD_ROUTE:
    case VIR_NETWORK_FORWARD_OPEN:
        return virNetworkDefCheckRoutedMode(def, mode);
    case VIR_NETWORK_FORWARD_BRIDGE:
    case VIR_NETWORK_FORWARD_PRIVATE:
    case VIR_NETWORK_FORWARD_VEPA:
    case VIR_NETWORK_FORWARD_PASSTHROUGH:
    case VIR_NETWORK_FORWARD_HOSTDEV:
        return virNetworkDefCheckUnmanagedMode(def, mode, stpGiven);
    case VIR_NETWORK_FORWARD_NONE:
    case VIR_NETWORK_FORWARD_LAST:
        break;
    }
    return 0;
}


int
virNetworkDefValidate(const virNetworkDef *def)
{
    /* without the document, only stp='off' shows that stp was given */
    return virNetworkDefValidateInternal(def, !def->stp);
}


virNetworkDef *
virNetworkDefParseNode(xmlXPathContextPtr ctxt, xmlNodePtr node, unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autoptr(virNetworkDef) def = g_new0(virNetworkDef, 1);
    xmlNodePtr child;
    bool stpGiven = false;

    ctxt->node = node;

    if (virNetworkDefParseIdentity(ctxt, node, def) < 0)
        return NULL;

    if ((child = virXMLNodeGetSubelement(node, "metadata"))) {
        def->metadata = xmlCopyNode(child, 1);
        virXMLNodeSanitizeNamespaces(def->metadata);
    }

    if (virNetworkDefParseBridge(virXMLNodeGetSubelement(node, "bridge"), def, &stpGiven) < 0 ||
        virNetworkDefParseLink(ctxt, node, def) < 0 || virNetworkDefParseServices(node, def) < 0 ||
        virNetworkDefParseLists(node, def) < 0)
        return NULL;

    if ((child = virXMLNodeGetSubelement(node, "forward")) &&
        virNetworkForwardDefParseXML(def->name, child, &def->forward) < 0)
        return NULL;

    if ((flags & VIR_NETWORK_DEF_PARSE_DNSMASQ_NS) && virNetworkDefParseDnsmasq(node, def) < 0)
        return NULL;

    if (virNetworkDefValidateInternal(def, stpGiven) < 0)
        return NULL;

    return g_steal_pointer(&def);
}


static virNetworkDef *
virNetworkDefParse(const char *xml, const char *filename, unsigned int flags)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;

    if (!(doc = virXMLParse(filename, xml, _("(network_definition)"), "network", &ctxt,
                            "network.rng", flags & VIR_NETWORK_DEF_PARSE_VALIDATE)))
        return NULL;
    return virNetworkDefParseNode(ctxt, xmlDocGetRootElement(doc), flags);
}


virNetworkDef *
virNetworkDefParseString(const char *xml, unsigned int flags)
{
    return virNetworkDefParse(xml, NULL, flags);
}


virNetworkDef *
virNetworkDefParseFile(const char *filename, unsigned int flags)
{
    return virNetworkDefParse(NULL, filename, flags);
}


virNetworkDef *
virNetworkDefCopy(const virNetworkDef *def, unsigned int flags)
{
    g_autofree char *xml = NULL;

    if (!(xml = virNetworkDefFormat(def, flags)))
        return NULL;
    return virNetworkDefParseString(xml, def->dnsmasq ? VIR_NETWORK_DEF_PARSE_DNSMASQ_NS : 0);
}


/* ---- formatting ---- */

static void
virNetworkDefFormatBridge(virBuffer *buf, const virNetworkDef *def)
{
    const char *mtm = NULL;

    if (def->macTableManager)
        mtm = virNetworkBridgeMACTableManagerTypeToString(def->macTableManager);

    switch (def->forward.type) {
    case VIR_NETWORK_FORWARD_NONE:
    case VIR_NETWORK_FORWARD_NAT:
    case VIR_NETWORK_FORWARD_ROUTE:
    case VIR_NETWORK_FORWARD_OPEN:
        /* libvirt owns this bridge, so its settings are always shown */
        virBufferAddLit(buf, "<bridge");
        virBufferEscapeString(buf, " name='%s'", def->bridge);
        virBufferEscapeString(buf, " zone='%s'", def->bridgeZone);
        virBufferAsprintf(buf, " stp='%s' delay='%lu'", def->stp ? "on" : "off", def->delay);
        break;
    default:
        if (!def->bridge && !mtm)
            return;
        virBufferAddLit(buf, "<bridge");
        virBufferEscapeString(buf, " name='%s'", def->bridge);
        break;
    }
    if (mtm)
        virBufferAsprintf(buf, " macTableManager='%s'", mtm);
    virBufferAddLit(buf, "/>\n");
}


static void
virNetworkDefFormatLink(virBuffer *buf, const virNetworkDef *def)
{
    char macstr[VIR_MAC_STRING_BUFLEN];

    virNetworkDefFormatBridge(buf, def);

    if (def->mtu)
        virBufferAsprintf(buf, "<mtu size='%u'/>\n", def->mtu);

    if (def->mac_specified)
        virBufferAsprintf(buf, "<mac address='%s'/>\n", virMacAddrFormat(&def->mac, macstr));

    if (def->domain) {
        virBufferEscapeString(buf, "<domain name='%s'", def->domain);
        if (def->domainLocalOnly != VIR_TRISTATE_BOOL_ABSENT)
            virBufferAsprintf(buf, " localOnly='%s'",
                              virTristateBoolTypeToString(def->domainLocalOnly));
        virBufferAddLit(buf, "/>\n");
    }
}


static void
virNetworkDefFormatDnsmasq(virBuffer *buf, const virNetworkDef *def)
{
    size_t i;

    if (!def->dnsmasq)
        return;

    virBufferAddLit(buf, "<dnsmasq:options>\n");
    virBufferAdjustIndent(buf, 2);
    for (i = 0; i < def->dnsmasq->noptions; i++)
        virBufferEscapeString(buf, "<dnsmasq:option value='%s'/>\n", def->dnsmasq->options[i]);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</dnsmasq:options>\n");
}


/* Everything between </uuid> and </network>. */
static int
virNetworkDefFormatBody(virBuffer *buf, const virNetworkDef *def, unsigned int flags)
{
    size_t i;

    if (def->metadata && virXMLFormatMetadata(buf, def->metadata) < 0)
        return -1;

    if (virNetworkForwardDefFormat(buf, &def->forward, flags & VIR_NETWORK_DEF_FORMAT_INACTIVE) < 0)
        return -1;

    virNetworkDefFormatLink(buf, def);

    if (virNetworkDNSDefFormat(buf, &def->dns) < 0)
        return -1;

    virNetDevVlanFormat(&def->vlan, buf);
    virNetDevBandwidthFormat(def->bandwidth, 0, buf);
    virNetDevPortFormat(buf, def->isolatedPort);

    for (i = 0; i < def->nips; i++) {
        if (virNetworkIPDefFormat(buf, &def->ips[i]) < 0)
            return -1;
    }
    for (i = 0; i < def->nroutes; i++) {
        if (virNetDevIPRouteFormat(buf, def->routes[i]) < 0)
            return -1;
    }

    virNetDevVPortProfileFormat(def->virtPortProfile, buf);

    for (i = 0; i < def->nPortGroups; i++)
        virPortGroupDefFormat(buf, &def->portGroups[i]);

    virNetworkDefFormatDnsmasq(buf, def);
    return 0;
}


int
virNetworkDefFormatBuf(virBuffer *buf, const virNetworkDef *def, unsigned int flags)
{
    char uuidstr[VIR_UUID_STRING_BUFLEN];

    virBufferAddLit(buf, "<network");
    if (def->dnsmasq)
        virBufferAddLit(buf, " xmlns:dnsmasq='" VIR_NETWORK_DNSMASQ_NS_HREF "'");
    if (!(flags & VIR_NETWORK_DEF_FORMAT_INACTIVE) && def->connections > 0)
        virBufferAsprintf(buf, " connections='%d'", def->connections);
    if (def->ipv6nogw)
        virBufferAddLit(buf, " ipv6='yes'");
    if (def->trustGuestRxFilters != VIR_TRISTATE_BOOL_ABSENT)
        virBufferAsprintf(buf, " trustGuestRxFilters='%s'",
                          virTristateBoolTypeToString(def->trustGuestRxFilters));
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);

    virBufferEscapeString(buf, "<name>%s</name>\n", def->name);
    virBufferAsprintf(buf, "<uuid>%s</uuid>\n", virUUIDFormat(def->uuid, uuidstr));

    if (virNetworkDefFormatBody(buf, def, flags) < 0)
        return -1;

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</network>\n");
    return 0;
}


char *
virNetworkDefFormat(const virNetworkDef *def, unsigned int flags)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    if (virNetworkDefFormatBuf(&buf, def, flags) < 0)
        return NULL;
    return virBufferContentAndReset(&buf);
}
