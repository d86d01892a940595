/*
 * virnetworkipconf.c: the addressing part of the network XML model:
 * <ip> (with <dhcp> and <tftp>) and <dns>
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virlog.h"
#include "virnetworkipconf.h"
#include "virunits.h"

#define VIR_FROM_THIS VIR_FROM_NETWORK

VIR_LOG_INIT("conf.networkipconf");

/* The shortest lease libvirt accepts (other than 0, infinite), in seconds. */
#define VIR_NETWORK_DHCP_LEASE_MIN 120

/* Characters allowed in the service and protocol of a DNS SRV record. */
#define VIR_NETWORK_SRV_PROTOCOL_CHARS                                                             \
 "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-+/"
#define VIR_NETWORK_SRV_SERVICE_CHARS VIR_NETWORK_SRV_PROTOCOL_CHARS "_*"


char *
virNetworkPropNonEmpty(xmlNodePtr node, const char *name)
{
    char *val = virXMLPropString(node, name);

    if (val && !*val)
        g_clear_pointer(&val, g_free);
    return val;
}


int
virNetworkIPDefPrefix(const virNetworkIPDef *def)
{
    return virSocketAddrGetIPPrefix(&def->address, &def->netmask, (int)def->prefix);
}


/* ---- <lease> ---- */

static int
virNetworkDHCPLeaseTimeParse(xmlNodePtr node, virNetworkDHCPLeaseTimeDef **lease)
{
    static const unsigned int seconds[] = { 1, 60, 3600 };
    unsigned long long expiry;
    unsigned int unit;
    int rc;

    G_STATIC_ASSERT(G_N_ELEMENTS(seconds) == VIR_NETWORK_DHCP_LEASETIME_UNIT_LAST);

    if ((rc = virXMLPropULongLong(node, "expiry", 0, VIR_XML_PROP_NONE, &expiry)) <= 0)
        return rc;

    if (virXMLPropEnumDefault(node, "unit", virNetworkDHCPLeaseTimeUnitTypeFromString,
                              VIR_XML_PROP_NONE, &unit,
                              VIR_NETWORK_DHCP_LEASETIME_UNIT_MINUTES) < 0)
        return -1;

    /* 0 means infinite; @expiry >= 120 is long enough in any unit */
    if (expiry > 0 && expiry < VIR_NETWORK_DHCP_LEASE_MIN &&
        expiry * seconds[unit] < VIR_NETWORK_DHCP_LEASE_MIN) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("The minimum lease time should be greater than 2 minutes"));
        return -1;
    }

    *lease = g_new0(virNetworkDHCPLeaseTimeDef, 1);
    (*lease)->expiry = expiry;
    (*lease)->unit = unit;
    return 0;
}


static void
virNetworkDHCPLeaseTimeFormat(virBuffer *buf, const virNetworkDHCPLeaseTimeDef *lease)
{
    virBufferAsprintf(buf, "<lease expiry='%llu'", lease->expiry);
    if (lease->expiry)
        virBufferAsprintf(buf, " unit='%s'", virNetworkDHCPLeaseTimeUnitTypeToString(lease->unit));
    virBufferAddLit(buf, "/>\n");
}


/* ---- <dhcp> ---- */

int
virNetworkDHCPRangeDefParseXML(const char *networkName,
                               const virNetworkIPDef *ipdef,
                               xmlNodePtr node,
                               virNetworkDHCPRangeDef *range)
{
    g_autofree char *start = virXMLPropString(node, "start");
    g_autofree char *end = virXMLPropString(node, "end");
    xmlNodePtr lease;

    if (!start) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Missing 'start' attribute in dhcp range for network '%1$s'"),
                       networkName);
        return -1;
    }
    if (!end) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Missing 'end' attribute in dhcp range for network '%1$s'"), networkName);
        return -1;
    }

    if (virSocketAddrParse(&range->start, start, AF_UNSPEC) < 0 ||
        virSocketAddrParse(&range->end, end, AF_UNSPEC) < 0)
        return -1;

    if (virSocketAddrGetRange(&range->start, &range->end, &ipdef->address,
                              virNetworkIPDefPrefix(ipdef)) < 0)
        return -1;

    if ((lease = virXMLNodeGetSubelement(node, "lease")) &&
        virNetworkDHCPLeaseTimeParse(lease, &range->lease) < 0)
        return -1;
    return 0;
}


/* Checks the mac and id attributes of a static host. */
static int
virNetworkDHCPHostParseIds(const char *networkName, bool ipv6, virNetworkDHCPHostDef *host)
{
    virMacAddr mac;
    const char *c;

    if (host->mac) {
        if (ipv6) {
            virReportError(
                VIR_ERR_XML_ERROR,
                _("Invalid to specify MAC address '%1$s' in network '%2$s' IPv6 static host definition"),
                host->mac, networkName);
            return -1;
        }
        if (virMacAddrParse(host->mac, &mac) < 0) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("Cannot parse MAC address '%1$s' in network '%2$s'"), host->mac,
                           networkName);
            return -1;
        }
        if (virMacAddrIsMulticast(&mac)) {
            virReportError(
                VIR_ERR_XML_ERROR,
                _("expected unicast mac address, found multicast '%1$s' in network '%2$s'"),
                host->mac, networkName);
            return -1;
        }
    }

    for (c = host->id; c && *c; c++) {
        if (!g_ascii_isxdigit(*c) && *c != ':') {
            virReportError(VIR_ERR_XML_ERROR,
                           _("Invalid character '%1$c' in id '%2$s' of network '%3$s'"), *c,
                           host->id, networkName);
            return -1;
        }
    }
    return 0;
}


/* What a static host needs besides its address (not for a partial one). */
static int
virNetworkDHCPHostCheckIdentity(const char *networkName,
                                bool ipv6,
                                const virNetworkDHCPHostDef *host)
{
    if (ipv6 && !host->id && !host->name) {
        virReportError(
            VIR_ERR_XML_ERROR,
            _("Static host definition in IPv6 network '%1$s' must have id or name attribute"),
            networkName);
        return -1;
    }
    if (!ipv6 && !host->mac && !host->name) {
        virReportError(
            VIR_ERR_XML_ERROR,
            _("Static host definition in IPv4 network '%1$s' must have mac or name attribute"),
            networkName);
        return -1;
    }
    return 0;
}


int
virNetworkDHCPHostDefParseXML(const char *networkName,
                              const virNetworkIPDef *ipdef,
                              xmlNodePtr node,
                              virNetworkDHCPHostDef *host,
                              bool partialOkay)
{
    bool ipv6 = VIR_SOCKET_ADDR_IS_FAMILY(&ipdef->address, AF_INET6);
    g_autofree char *ip = NULL;
    xmlNodePtr lease;

    host->mac = virXMLPropString(node, "mac");
    host->id = virXMLPropString(node, "id");
    if (virNetworkDHCPHostParseIds(networkName, ipv6, host) < 0)
        return -1;

    host->name = virXMLPropString(node, "name");
    /* libvirt wants a host name to start with a letter or digit */
    if (host->name && !g_ascii_isalnum(host->name[0])) {
        virReportError(VIR_ERR_XML_ERROR, _("Cannot use host name '%1$s' in network '%2$s'"),
                       host->name, networkName);
        return -1;
    }

    if (!partialOkay && virNetworkDHCPHostCheckIdentity(networkName, ipv6, host) < 0)
        return -1;

    if (!(ip = virXMLPropString(node, "ip"))) {
        if (!partialOkay) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("Missing IP address in static host definition for network '%1$s'"),
                           networkName);
            return -1;
        }
        /* a search needs one of the three; libvirt 9.0's message ends
         * with a space */
        if (!host->mac && !host->name) {
            virReportError(
                VIR_ERR_XML_ERROR,
                _("At least one of name, mac, or ip attribute must be specified for static host definition in network '%1$s' "),
                networkName);
            return -1;
        }
    } else if (virSocketAddrParseQuiet(&host->ip, ip, AF_UNSPEC) < 0) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid IP address in static host definition for network '%1$s'"),
                       networkName);
        return -1;
    }

    if ((lease = virXMLNodeGetSubelement(node, "lease")) &&
        virNetworkDHCPLeaseTimeParse(lease, &host->lease) < 0)
        return -1;
    return 0;
}


/* <bootp file='...' server='...'/>: IPv4 only; the last one wins. */
static int
virNetworkDHCPBootpParse(xmlNodePtr node, virNetworkIPDef *def)
{
    g_autofree char *file = virXMLPropString(node, "file");
    g_autofree char *server = NULL;

    if (!file)
        return 0;

    memset(&def->bootserver, 0, sizeof(def->bootserver));
    if ((server = virXMLPropString(node, "server")) &&
        virSocketAddrParse(&def->bootserver, server, AF_UNSPEC) < 0)
        return -1;

    g_free(def->bootfile);
    def->bootfile = g_steal_pointer(&file);
    return 0;
}


static int
virNetworkDHCPDefParse(const char *networkName, xmlNodePtr node, virNetworkIPDef *def)
{
    bool ipv4 = VIR_SOCKET_ADDR_IS_FAMILY(&def->address, AF_INET);
    size_t nranges = virXMLNodeGetSubelementList(node, "range", NULL);
    size_t nhosts = virXMLNodeGetSubelementList(node, "host", NULL);
    xmlNodePtr cur;

    def->ranges = g_new0(virNetworkDHCPRangeDef, nranges);
    def->hosts = g_new0(virNetworkDHCPHostDef, nhosts);

    /* in document order, so that the first bad element is the one reported */
    for (cur = node->children; cur; cur = cur->next) {
        if (cur->type != XML_ELEMENT_NODE)
            continue;

        if (virXMLNodeNameEqual(cur, "range")) {
            if (virNetworkDHCPRangeDefParseXML(networkName, def, cur,
                                               &def->ranges[def->nranges++]) < 0)
                return -1;
        } else if (virXMLNodeNameEqual(cur, "host")) {
            if (virNetworkDHCPHostDefParseXML(networkName, def, cur, &def->hosts[def->nhosts++],
                                              false) < 0)
                return -1;
        } else if (ipv4 && virXMLNodeNameEqual(cur, "bootp")) {
            if (virNetworkDHCPBootpParse(cur, def) < 0)
                return -1;
        }
    }
    return 0;
}


/* ---- <ip> ---- */

/* The family, netmask and prefix checks of an <ip>. */
static int
virNetworkIPDefCheckFamily(const char *networkName,
                           virNetworkIPDef *def,
                           const char *address,
                           const char *netmask)
{
    bool ipv4 = VIR_SOCKET_ADDR_IS_FAMILY(&def->address, AF_INET);

    if (!def->family) {
        if (!ipv4) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("no family specified for non-IPv4 address '%1$s' in network '%2$s'"),
                           address, networkName);
            return -1;
        }
    } else if (g_str_equal(def->family, "ipv4")) {
        if (!ipv4) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("ipv4 family specified for non-IPv4 address '%1$s' in network '%2$s'"),
                           address, networkName);
            return -1;
        }
    } else if (g_str_equal(def->family, "ipv6")) {
        if (ipv4 || !VIR_SOCKET_ADDR_IS_FAMILY(&def->address, AF_INET6)) {
            virReportError(
                VIR_ERR_CONFIG_UNSUPPORTED,
                _("Family 'ipv6' specified for non-IPv6 address '%1$s' in network '%2$s'"), address,
                networkName);
            return -1;
        }
    } else {
        virReportError(VIR_ERR_XML_ERROR, _("Unrecognized family '%1$s' in network '%2$s'"),
                       def->family, networkName);
        return -1;
    }

    if (ipv4) {
        if (netmask && def->prefix > 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Network '%1$s' IP address cannot have both a prefix and a netmask"),
                           networkName);
            return -1;
        }
        if (netmask && !VIR_SOCKET_ADDR_IS_FAMILY(&def->netmask, AF_INET)) {
            virReportError(
                VIR_ERR_CONFIG_UNSUPPORTED,
                _("Invalid netmask '%1$s' for address '%2$s' in network '%3$s' (both must be IPv4)"),
                netmask, address, networkName);
            return -1;
        }
        if (def->prefix > 32) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Invalid IPv4 prefix '%1$u' in network '%2$s'"), def->prefix,
                           networkName);
            return -1;
        }
    } else {
        if (netmask) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("netmask not allowed for IPv6 address '%1$s' in network '%2$s'"),
                           address, networkName);
            return -1;
        }
        if (def->prefix > 128) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Invalid IPv6 prefix '%1$u' in network '%2$s'"), def->prefix,
                           networkName);
            return -1;
        }
    }
    return 0;
}


/* The address and netmask attributes of an <ip>. */
static int
virNetworkIPDefParseAddrs(const char *networkName,
                          virNetworkIPDef *def,
                          const char *address,
                          const char *netmask)
{
    if (!address) {
        virReportError(VIR_ERR_XML_ERROR, _("Missing required address attribute in network '%1$s'"),
                       networkName);
        return -1;
    }
    if (virSocketAddrParseQuiet(&def->address, address, AF_UNSPEC) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("Invalid address '%1$s' in network '%2$s'"), address,
                       networkName);
        return -1;
    }
    if (netmask && virSocketAddrParseQuiet(&def->netmask, netmask, AF_UNSPEC) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("Invalid netmask '%1$s' in network '%2$s'"), netmask,
                       networkName);
        return -1;
    }
    return 0;
}


int
virNetworkIPDefParseXML(const char *networkName, xmlNodePtr node, virNetworkIPDef *def)
{
    g_autofree char *address = virNetworkPropNonEmpty(node, "address");
    g_autofree char *netmask = virNetworkPropNonEmpty(node, "netmask");
    xmlNodePtr child;

    def->family = virNetworkPropNonEmpty(node, "family");

    /* libvirt checks the address before it reads the other attributes */
    if (virNetworkIPDefParseAddrs(networkName, def, address, netmask) < 0 ||
        virXMLPropUInt(node, "prefix", 10, VIR_XML_PROP_NONE, &def->prefix) < 0 ||
        virXMLPropTristateBool(node, "localPtr", VIR_XML_PROP_NONE, &def->localPTR) < 0 ||
        virNetworkIPDefCheckFamily(networkName, def, address, netmask) < 0)
        return -1;

    if ((child = virXMLNodeGetSubelement(node, "dhcp")) &&
        virNetworkDHCPDefParse(networkName, child, def) < 0)
        return -1;

    if ((child = virXMLNodeGetSubelement(node, "tftp")) &&
        (def->tftproot = virNetworkPropNonEmpty(child, "root"))) {
        if (!VIR_SOCKET_ADDR_IS_FAMILY(&def->address, AF_INET)) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("Unsupported <tftp> element in an IPv6 element in network '%1$s'"),
                           networkName);
            return -1;
        }
    }
    return 0;
}


/* Writes " name='address'" for a set address. */
static int
virNetworkFormatAddrAttr(virBuffer *buf, const char *name, const virSocketAddr *addr)
{
    g_autofree char *str = NULL;

    if (!VIR_SOCKET_ADDR_VALID(addr))
        return 0;
    if (!(str = virSocketAddrFormat(addr)))
        return -1;
    virBufferAsprintf(buf, " %s='%s'", name, str);
    return 0;
}


static int
virNetworkDHCPRangeFormat(virBuffer *buf, const virNetworkDHCPRangeDef *range)
{
    virBufferAddLit(buf, "<range");
    if (virNetworkFormatAddrAttr(buf, "start", &range->start) < 0 ||
        virNetworkFormatAddrAttr(buf, "end", &range->end) < 0)
        return -1;
    if (!range->lease) {
        virBufferAddLit(buf, "/>\n");
        return 0;
    }
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);
    virNetworkDHCPLeaseTimeFormat(buf, range->lease);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</range>\n");
    return 0;
}


static int
virNetworkDHCPHostFormat(virBuffer *buf, const virNetworkDHCPHostDef *host)
{
    virBufferAddLit(buf, "<host");
    virBufferEscapeString(buf, " mac='%s'", host->mac);
    virBufferEscapeString(buf, " id='%s'", host->id);
    virBufferEscapeString(buf, " name='%s'", host->name);
    if (virNetworkFormatAddrAttr(buf, "ip", &host->ip) < 0)
        return -1;
    if (!host->lease) {
        virBufferAddLit(buf, "/>\n");
        return 0;
    }
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);
    virNetworkDHCPLeaseTimeFormat(buf, host->lease);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</host>\n");
    return 0;
}


static int
virNetworkDHCPDefFormat(virBuffer *buf, const virNetworkIPDef *def)
{
    size_t i;

    if (def->nranges == 0 && def->nhosts == 0)
        return 0;

    virBufferAddLit(buf, "<dhcp>\n");
    virBufferAdjustIndent(buf, 2);
    for (i = 0; i < def->nranges; i++) {
        if (virNetworkDHCPRangeFormat(buf, &def->ranges[i]) < 0)
            return -1;
    }
    for (i = 0; i < def->nhosts; i++) {
        if (virNetworkDHCPHostFormat(buf, &def->hosts[i]) < 0)
            return -1;
    }
    if (def->bootfile) {
        virBufferEscapeString(buf, "<bootp file='%s'", def->bootfile);
        if (virNetworkFormatAddrAttr(buf, "server", &def->bootserver) < 0)
            return -1;
        virBufferAddLit(buf, "/>\n");
    }
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</dhcp>\n");
    return 0;
}


int
virNetworkIPDefFormat(virBuffer *buf, const virNetworkIPDef *def)
{
    virBufferAddLit(buf, "<ip");
    virBufferEscapeString(buf, " family='%s'", def->family);
    if (virNetworkFormatAddrAttr(buf, "address", &def->address) < 0 ||
        virNetworkFormatAddrAttr(buf, "netmask", &def->netmask) < 0)
        return -1;
    if (def->prefix > 0)
        virBufferAsprintf(buf, " prefix='%u'", def->prefix);
    if (def->localPTR != VIR_TRISTATE_BOOL_ABSENT)
        virBufferAsprintf(buf, " localPtr='%s'", virTristateBoolTypeToString(def->localPTR));
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);

    virBufferEscapeString(buf, "<tftp root='%s'/>\n", def->tftproot);
    if (virNetworkDHCPDefFormat(buf, def) < 0)
        return -1;

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</ip>\n");
    return 0;
}


void
virNetworkDHCPHostDefClear(virNetworkDHCPHostDef *host)
{
    g_free(host->mac);
    g_free(host->id);
    g_free(host->name);
    g_free(host->lease);
    memset(host, 0, sizeof(*host));
}


void
virNetworkIPDefClear(virNetworkIPDef *def)
{
    size_t i;

    if (!def)
        return;

    g_free(def->family);
    for (i = 0; i < def->nranges; i++)
        g_free(def->ranges[i].lease);
    g_free(def->ranges);
    for (i = 0; i < def->nhosts; i++)
        virNetworkDHCPHostDefClear(&def->hosts[i]);
    g_free(def->hosts);
    g_free(def->tftproot);
    g_free(def->bootfile);
    memset(def, 0, sizeof(*def));
}


/* ---- <dns> ---- */

static int
virNetworkDNSForwarderParse(const char *networkName, xmlNodePtr node, virNetworkDNSForwarder *fwd)
{
    g_autofree char *addr = virXMLPropString(node, "addr");

    fwd->domain = virXMLPropString(node, "domain");
    if (!addr && !fwd->domain) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("Invalid forwarder element, must contain at least one of addr or domain"));
        return -1;
    }
    if (addr && virSocketAddrParseQuiet(&fwd->addr, addr, AF_UNSPEC) < 0) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid forwarder IP address '%1$s' in network '%2$s'"), addr,
                       networkName);
        return -1;
    }
    return 0;
}


int
virNetworkDNSHostDefParseXML(const char *networkName,
                             xmlNodePtr node,
                             virNetworkDNSHostDef *host,
                             bool partialOkay)
{
    g_autofree char *ip = virXMLPropString(node, "ip");
    g_autofree xmlNodePtr *names = NULL;
    size_t nnames;
    size_t i;

    if (!ip && !partialOkay) {
        virReportError(VIR_ERR_XML_DETAIL,
                       _("Missing IP address in network '%1$s' DNS HOST record"), networkName);
        return -1;
    }
    if (ip && virSocketAddrParseQuiet(&host->ip, ip, AF_UNSPEC) < 0) {
        virReportError(VIR_ERR_XML_DETAIL,
                       _("Invalid IP address in network '%1$s' DNS HOST record"), networkName);
        return -1;
    }

    nnames = virXMLNodeGetSubelementList(node, "hostname", &names);
    host->names = g_new0(char *, nnames + 1);
    for (i = 0; i < nnames; i++) {
        g_autofree char *name = virXMLNodeContentString(names[i]);

        if (name && *name)
            host->names[host->nnames++] = g_steal_pointer(&name);
    }

    if (host->nnames == 0 && !partialOkay) {
        virReportError(VIR_ERR_XML_DETAIL, _("Missing hostname in network '%1$s' DNS HOST record"),
                       networkName);
        return -1;
    }
    if (host->nnames == 0 && !ip) {
        virReportError(VIR_ERR_XML_DETAIL,
                       _("Missing ip and hostname in network '%1$s' DNS HOST record"), networkName);
        return -1;
    }
    return 0;
}


void
virNetworkDNSHostDefClear(virNetworkDNSHostDef *host)
{
    g_strfreev(host->names);
    memset(host, 0, sizeof(*host));
}


/*
 * Parses the port, priority or weight of an SRV record (0..65535; the
 * port 1..65535). As in libvirt, a value that parses needs a target,
 * which is checked before the range.
 */
static int
virNetworkDNSSrvParseNumber(const char *networkName,
                            xmlNodePtr node,
                            const virNetworkDNSSrvDef *srv,
                            const char *name,
                            const char *invalidFmt,
                            unsigned int *value)
{
    g_autofree char *str = virNetworkPropNonEmpty(node, name);
    unsigned int min = g_str_equal(name, "port") ? 1 : 0;
    bool parsed;

    if (!str)
        return 0;

    parsed = virStrToLong_uip(str, NULL, 10, value) == 0;
    if (!parsed)
        *value = 0;

    if (parsed && !srv->target) {
        virReportError(
            VIR_ERR_XML_DETAIL,
            _("DNS SRV %1$s attribute not permitted without target for service '%2$s' in network '%3$s'"),
            name, srv->service, networkName);
        return -1;
    }

    if (!parsed || *value < min || *value > 65535) {
        virReportError(VIR_ERR_XML_DETAIL, invalidFmt, srv->service, networkName);
        return -1;
    }
    return 0;
}


static int
virNetworkDNSSrvCheckChars(const char *networkName,
                           const char *what,
                           const char *value,
                           const char *allowed)
{
    if (strspn(value, allowed) == strlen(value))
        return 0;

    virReportError(
        VIR_ERR_XML_DETAIL,
        _("invalid character in %1$s attribute '%2$s' in DNS SRV record of network '%3$s'"), what,
        value, networkName);
    return -1;
}


int
virNetworkDNSSrvDefParseXML(const char *networkName,
                            xmlNodePtr node,
                            virNetworkDNSSrvDef *srv,
                            bool partialOkay)
{
    if (!(srv->service = virXMLPropString(node, "service")) && !partialOkay) {
        virReportError(VIR_ERR_XML_DETAIL,
                       _("missing required service attribute in DNS SRV record of network '%1$s'"),
                       networkName);
        return -1;
    }
    if (srv->service && virNetworkDNSSrvCheckChars(networkName, "service", srv->service,
                                                   VIR_NETWORK_SRV_SERVICE_CHARS) < 0)
        return -1;

    if (!(srv->protocol = virXMLPropString(node, "protocol")) && !partialOkay) {
        virReportError(
            VIR_ERR_XML_DETAIL,
            _("missing required protocol attribute in DNS SRV record '%1$s' of network '%2$s'"),
            srv->service, networkName);
        return -1;
    }
    if (srv->protocol && virNetworkDNSSrvCheckChars(networkName, "protocol", srv->protocol,
                                                    VIR_NETWORK_SRV_PROTOCOL_CHARS) < 0)
        return -1;

    srv->domain = virXMLPropString(node, "domain");
    srv->target = virXMLPropString(node, "target");

    if (virNetworkDNSSrvParseNumber(
            networkName, node, srv, "port",
            _("invalid DNS SRV port attribute for service '%1$s' in network '%2$s'"),
            &srv->port) < 0 ||
        virNetworkDNSSrvParseNumber(
            networkName, node, srv, "priority",
            _("Invalid DNS SRV priority attribute for service '%1$s' in network '%2$s'"),
            &srv->priority) < 0 ||
        virNetworkDNSSrvParseNumber(
            networkName, node, srv, "weight",
            _("invalid DNS SRV weight attribute for service '%1$s' in network '%2$s'"),
            &srv->weight) < 0)
        return -1;
    return 0;
}


int
virNetworkDNSTxtDefParseXML(const char *networkName,
                            xmlNodePtr node,
                            virNetworkDNSTxtDef *txt,
                            bool partialOkay)
{
    if (!(txt->name = virXMLPropString(node, "name"))) {
        virReportError(VIR_ERR_XML_DETAIL,
                       _("missing required name attribute in DNS TXT record of network %1$s"),
                       networkName);
        return -1;
    }
    if (strpbrk(txt->name, " ,")) {
        virReportError(VIR_ERR_XML_DETAIL,
                       _("prohibited character in DNS TXT record name '%1$s' of network %2$s"),
                       txt->name, networkName);
        return -1;
    }
    if (!(txt->value = virXMLPropString(node, "value")) && !partialOkay) {
        virReportError(
            VIR_ERR_XML_DETAIL,
            _("missing required value attribute in DNS TXT record named '%1$s' of network %2$s"),
            txt->name, networkName);
        return -1;
    }
    return 0;
}


int
virNetworkDNSDefParseXML(const char *networkName, xmlNodePtr node, virNetworkDNSDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    size_t n;
    size_t i;

    if (virXMLPropTristateBool(node, "enable", VIR_XML_PROP_NONE, &def->enable) < 0 ||
        virXMLPropTristateBool(node, "forwardPlainNames", VIR_XML_PROP_NONE,
                               &def->forwardPlainNames) < 0)
        return -1;

    n = virXMLNodeGetSubelementList(node, "forwarder", &nodes);
    def->forwarders = g_new0(virNetworkDNSForwarder, n);
    for (i = 0; i < n; i++) {
        if (virNetworkDNSForwarderParse(networkName, nodes[i], &def->forwarders[def->nfwds++]) < 0)
            return -1;
    }
    g_clear_pointer(&nodes, g_free);

    n = virXMLNodeGetSubelementList(node, "host", &nodes);
    def->hosts = g_new0(virNetworkDNSHostDef, n);
    for (i = 0; i < n; i++) {
        if (virNetworkDNSHostDefParseXML(networkName, nodes[i], &def->hosts[def->nhosts++], false) <
            0)
            return -1;
    }
    g_clear_pointer(&nodes, g_free);

    n = virXMLNodeGetSubelementList(node, "srv", &nodes);
    def->srvs = g_new0(virNetworkDNSSrvDef, n);
    for (i = 0; i < n; i++) {
        if (virNetworkDNSSrvDefParseXML(networkName, nodes[i], &def->srvs[def->nsrvs++], false) < 0)
            return -1;
    }
    g_clear_pointer(&nodes, g_free);

    n = virXMLNodeGetSubelementList(node, "txt", &nodes);
    def->txts = g_new0(virNetworkDNSTxtDef, n);
    for (i = 0; i < n; i++) {
        if (virNetworkDNSTxtDefParseXML(networkName, nodes[i], &def->txts[def->ntxts++], false) < 0)
            return -1;
    }

    if (def->enable == VIR_TRISTATE_BOOL_NO &&
        (def->nfwds || def->nhosts || def->nsrvs || def->ntxts)) {
        virReportError(VIR_ERR_XML_ERROR, _("Extra data in disabled network '%1$s'"), networkName);
        return -1;
    }
    return 0;
}


static int
virNetworkDNSRecordsFormat(virBuffer *buf, const virNetworkDNSDef *def)
{
    size_t i;
    size_t j;

    for (i = 0; i < def->nfwds; i++) {
        virBufferAddLit(buf, "<forwarder");
        virBufferEscapeString(buf, " domain='%s'", def->forwarders[i].domain);
        if (virNetworkFormatAddrAttr(buf, "addr", &def->forwarders[i].addr) < 0)
            return -1;
        virBufferAddLit(buf, "/>\n");
    }

    for (i = 0; i < def->ntxts; i++) {
        virBufferEscapeString(buf, "<txt name='%s' ", def->txts[i].name);
        virBufferEscapeString(buf, "value='%s'/>\n", def->txts[i].value);
    }

    for (i = 0; i < def->nsrvs; i++) {
        const virNetworkDNSSrvDef *srv = &def->srvs[i];

        virBufferEscapeString(buf, "<srv service='%s' ", srv->service);
        virBufferEscapeString(buf, "protocol='%s'", srv->protocol);
        virBufferEscapeString(buf, " domain='%s'", srv->domain);
        virBufferEscapeString(buf, " target='%s'", srv->target);
        if (srv->port)
            virBufferAsprintf(buf, " port='%u'", srv->port);
        if (srv->priority)
            virBufferAsprintf(buf, " priority='%u'", srv->priority);
        if (srv->weight)
            virBufferAsprintf(buf, " weight='%u'", srv->weight);
        virBufferAddLit(buf, "/>\n");
    }

    for (i = 0; i < def->nhosts; i++) {
        virBufferAddLit(buf, "<host");
        if (virNetworkFormatAddrAttr(buf, "ip", &def->hosts[i].ip) < 0)
            return -1;
        virBufferAddLit(buf, ">\n");
        virBufferAdjustIndent(buf, 2);
        for (j = 0; j < def->hosts[i].nnames; j++)
            virBufferEscapeString(buf, "<hostname>%s</hostname>\n", def->hosts[i].names[j]);
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</host>\n");
    }
    return 0;
}


int
virNetworkDNSDefFormat(virBuffer *buf, const virNetworkDNSDef *def)
{
    bool hasRecords = def->nfwds || def->ntxts || def->nsrvs || def->nhosts;

    if (def->enable == VIR_TRISTATE_BOOL_ABSENT &&
        def->forwardPlainNames == VIR_TRISTATE_BOOL_ABSENT && !hasRecords)
        return 0;

    virBufferAddLit(buf, "<dns");
    if (def->enable != VIR_TRISTATE_BOOL_ABSENT)
        virBufferAsprintf(buf, " enable='%s'", virTristateBoolTypeToString(def->enable));
    if (def->forwardPlainNames != VIR_TRISTATE_BOOL_ABSENT)
        virBufferAsprintf(buf, " forwardPlainNames='%s'",
                          virTristateBoolTypeToString(def->forwardPlainNames));
    if (!hasRecords) {
        virBufferAddLit(buf, "/>\n");
        return 0;
    }

    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);
    if (virNetworkDNSRecordsFormat(buf, def) < 0)
        return -1;
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</dns>\n");
    return 0;
}


void
virNetworkDNSSrvDefClear(virNetworkDNSSrvDef *srv)
{
    g_free(srv->domain);
    g_free(srv->service);
    g_free(srv->protocol);
    g_free(srv->target);
    memset(srv, 0, sizeof(*srv));
}


void
virNetworkDNSTxtDefClear(virNetworkDNSTxtDef *txt)
{
    g_free(txt->name);
    g_free(txt->value);
    memset(txt, 0, sizeof(*txt));
}


void
virNetworkDNSDefClear(virNetworkDNSDef *def)
{
    size_t i;

    if (!def)
        return;

    for (i = 0; i < def->nfwds; i++)
        g_free(def->forwarders[i].domain);
    g_free(def->forwarders);
    for (i = 0; i < def->ntxts; i++)
        virNetworkDNSTxtDefClear(&def->txts[i]);
    g_free(def->txts);
    for (i = 0; i < def->nsrvs; i++)
        virNetworkDNSSrvDefClear(&def->srvs[i]);
    g_free(def->srvs);
    for (i = 0; i < def->nhosts; i++)
        virNetworkDNSHostDefClear(&def->hosts[i]);
    g_free(def->hosts);
    memset(def, 0, sizeof(*def));
}
