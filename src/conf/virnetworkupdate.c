/*
 * virnetworkupdate.c: virNetworkUpdate on network definitions
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
#include "virnetworkupdate.h"

#define VIR_FROM_THIS VIR_FROM_NETWORK

VIR_LOG_INIT("conf.networkupdate");

/*
 * A host's missing name, as libvirt's messages print it (it hands NULL to
 * printf, which glibc writes so).
 */
#define VIR_NETWORK_UPDATE_NULLSTR(s) ((s) ? (s) : "(null)")

/* The two ways a record is added. */
#define VIR_NETWORK_UPDATE_IS_ADD(command)                                                         \
 ((command) == VIR_NETWORK_UPDATE_COMMAND_ADD_FIRST ||                                             \
  (command) == VIR_NETWORK_UPDATE_COMMAND_ADD_LAST)

/*
 * Inserts the @size bytes at @elem into the array *@array of *@n
 * elements, first (ADD_FIRST) or last; *@n grows by one.
 */
static void
virNetworkUpdateInsert(void *array, size_t *n, size_t size, unsigned int command, const void *elem)
{
    char **arr = array;
    size_t at = command == VIR_NETWORK_UPDATE_COMMAND_ADD_FIRST ? 0 : *n;

    *arr = g_realloc(*arr, (*n + 1) * size);
    memmove(*arr + (at + 1) * size, *arr + at * size, (*n - at) * size);
    memcpy(*arr + at * size, elem, size);
    (*n)++;
}


/* Removes element @at (already cleared) from *@array; *@n shrinks by one. */
static void
virNetworkUpdateRemove(void *array, size_t *n, size_t size, size_t at)
{
    char **arr = array;

    memmove(*arr + at * size, *arr + (at + 1) * size, (*n - at - 1) * size);
    (*n)--;
}


static void
virNetworkUpdateNoSupport(const virNetworkDef *def, const char *section)
{
    virReportError(VIR_ERR_OPERATION_UNSUPPORTED,
                   _("can't update '%1$s' section of network '%2$s'"), section, def->name);
}


static void
virNetworkUpdateUnknownCommand(unsigned int command)
{
    virReportError(VIR_ERR_OPERATION_UNSUPPORTED,
                   _("unrecognized network update command code %1$d"), (int)command);
}


static int
virNetworkUpdateCheckElementName(const virNetworkDef *def, xmlNodePtr node, const char *section)
{
    if (virXMLNodeNameEqual(node, section))
        return 0;
    virReportError(VIR_ERR_XML_ERROR,
                   _("unexpected element <%1$s>, expecting <%2$s>, while updating network '%3$s'"),
                   (const char *)node->name, section, def->name);
    return -1;
}


/* MAC addresses compare by value ("52:54:0:0:0:1" is "52:54:00:00:00:01"). */
static bool
virNetworkUpdateMacEqual(const char *a, const char *b)
{
    virMacAddr ma;
    virMacAddr mb;

    if (virMacAddrParse(a, &ma) < 0 || virMacAddrParse(b, &mb) < 0)
        return g_ascii_strcasecmp(a, b) == 0;
    return virMacAddrCmp(&ma, &mb) == 0;
}


/* The @n-th <ip> of @family (AF_UNSPEC: of any family), or NULL. */
static virNetworkIPDef *
virNetworkUpdateIPByFamily(virNetworkDef *def, int family, size_t n)
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


/* The <ip> whose <dhcp> a DHCP update changes (see @parentIndex in the header). */
static virNetworkIPDef *
virNetworkUpdateIPByIndex(virNetworkDef *def, int parentIndex)
{
    virNetworkIPDef *ipdef = NULL;
    size_t i;

    if (parentIndex >= 0) {
        if (!(ipdef = virNetworkUpdateIPByFamily(def, AF_UNSPEC, parentIndex)))
            virReportError(
                VIR_ERR_OPERATION_INVALID,
                _("couldn't update dhcp host entry - no <ip> element found at index %1$d in network '%2$s'"),
                parentIndex, def->name);
        return ipdef;
    }

    for (i = 0; i < def->nips; i++) {
        if (def->ips[i].nranges || def->ips[i].nhosts)
            return &def->ips[i];
    }
    if (!(ipdef = virNetworkUpdateIPByFamily(def, AF_INET, 0)) &&
        !(ipdef = virNetworkUpdateIPByFamily(def, AF_INET6, 0)))
        virReportError(
            VIR_ERR_OPERATION_INVALID,
            _("couldn't update dhcp host entry - no <ip> element found in network '%1$s'"),
            def->name);
    return ipdef;
}


/* libvirt serves DHCP on one address per family: no other <ip> of it may have records. */
static int
virNetworkUpdateCheckMultiDHCP(virNetworkDef *def, const virNetworkIPDef *ipdef)
{
    int family = VIR_SOCKET_ADDR_FAMILY(&ipdef->address);
    virNetworkIPDef *ip;
    size_t i;

    for (i = 0; (ip = virNetworkUpdateIPByFamily(def, family, i)); i++) {
        if (ip != ipdef && (ip->nranges || ip->nhosts)) {
            virReportError(VIR_ERR_OPERATION_INVALID,
                           _("dhcp is supported only for a single %1$s address on each network"),
                           family == AF_INET ? "IPv4" : "IPv6");
            return -1;
        }
    }
    return 0;
}


/* ---- <host> of <dhcp> ---- */

/* Index of the host MODIFY replaces (any one field equal), or ipdef->nhosts. */
static size_t
virNetworkUpdateDHCPHostFindAny(const virNetworkIPDef *ipdef, const virNetworkDHCPHostDef *host)
{
    size_t i;

    for (i = 0; i < ipdef->nhosts; i++) {
        const virNetworkDHCPHostDef *cur = &ipdef->hosts[i];

        if ((host->mac && cur->mac && virNetworkUpdateMacEqual(host->mac, cur->mac)) ||
            (VIR_SOCKET_ADDR_VALID(&host->ip) && virSocketAddrEqual(&host->ip, &cur->ip)) ||
            (host->name && g_strcmp0(host->name, cur->name) == 0))
            break;
    }
    return i;
}


/* Index of the host DELETE removes (every given field equal), or ipdef->nhosts. */
static size_t
virNetworkUpdateDHCPHostFindAll(const virNetworkIPDef *ipdef, const virNetworkDHCPHostDef *host)
{
    size_t i;

    for (i = 0; i < ipdef->nhosts; i++) {
        const virNetworkDHCPHostDef *cur = &ipdef->hosts[i];

        if ((!host->mac || !cur->mac || virNetworkUpdateMacEqual(host->mac, cur->mac)) &&
            (!host->name || g_strcmp0(host->name, cur->name) == 0) &&
            (!VIR_SOCKET_ADDR_VALID(&host->ip) || virSocketAddrEqual(&host->ip, &cur->ip)))
            break;
    }
    return i;
}


/* Applies @command with @host (taken over when it goes into the list). */
static int
virNetworkUpdateDHCPHostApply(virNetworkDef *def,
                              virNetworkIPDef *ipdef,
                              unsigned int command,
                              virNetworkDHCPHostDef *host)
{
    g_autofree char *ip = NULL;
    size_t i;

    if (command == VIR_NETWORK_UPDATE_COMMAND_MODIFY) {
        if ((i = virNetworkUpdateDHCPHostFindAny(ipdef, host)) == ipdef->nhosts) {
            ip = virSocketAddrFormat(&host->ip);
            virReportError(
                VIR_ERR_OPERATION_INVALID,
                _("couldn't locate an existing dhcp host entry with \"mac='%1$s'\" \"name='%2$s'\" \"ip='%3$s'\" in network '%4$s'"),
                host->mac ? host->mac : _("unknown"), VIR_NETWORK_UPDATE_NULLSTR(host->name),
                ip ? ip : _("unknown"), def->name);
            return -1;
        }
        virNetworkDHCPHostDefClear(&ipdef->hosts[i]);
        ipdef->hosts[i] = *host;
    } else if (VIR_NETWORK_UPDATE_IS_ADD(command)) {
        if (virNetworkUpdateCheckMultiDHCP(def, ipdef) < 0)
            return -1;
        if (virNetworkUpdateDHCPHostFindAny(ipdef, host) < ipdef->nhosts) {
            ip = virSocketAddrFormat(&host->ip);
            virReportError(
                VIR_ERR_OPERATION_INVALID,
                _("there is an existing dhcp host entry in network '%1$s' that matches \"<host mac='%2$s' name='%3$s' ip='%4$s'/>\""),
                def->name, host->mac ? host->mac : _("unknown"),
                VIR_NETWORK_UPDATE_NULLSTR(host->name), ip ? ip : _("unknown"));
            return -1;
        }
        virNetworkUpdateInsert(&ipdef->hosts, &ipdef->nhosts, sizeof(*host), command, host);
    } else if (command == VIR_NETWORK_UPDATE_COMMAND_DELETE) {
        if ((i = virNetworkUpdateDHCPHostFindAll(ipdef, host)) == ipdef->nhosts) {
            virReportError(VIR_ERR_OPERATION_INVALID,
                           _("couldn't locate a matching dhcp host entry in network '%1$s'"),
                           def->name);
            return -1;
        }
        virNetworkDHCPHostDefClear(&ipdef->hosts[i]);
        virNetworkUpdateRemove(&ipdef->hosts, &ipdef->nhosts, sizeof(*host), i);
        virNetworkDHCPHostDefClear(host);
    } else {
        virNetworkUpdateUnknownCommand(command);
        return -1;
    }
    memset(host, 0, sizeof(*host));
    return 0;
}


static int
virNetworkUpdateDHCPHost(virNetworkDef *def, unsigned int command, int parentIndex, xmlNodePtr node)
{
    virNetworkDHCPHostDef host = { 0 };
    bool partialOkay = command == VIR_NETWORK_UPDATE_COMMAND_DELETE;
    virNetworkIPDef *ipdef;
    int ret = -1;

    if (virNetworkUpdateCheckElementName(def, node, "host") < 0 ||
        !(ipdef = virNetworkUpdateIPByIndex(def, parentIndex)))
        return -1;

    if (virNetworkDHCPHostDefParseXML(def->name, ipdef, node, &host, partialOkay) < 0)
        goto cleanup;

    if (!partialOkay &&
        VIR_SOCKET_ADDR_FAMILY(&ipdef->address) != VIR_SOCKET_ADDR_FAMILY(&host.ip)) {
        virReportError(
            VIR_ERR_OPERATION_INVALID, "%s",
            _("the address family of a host entry IP must match the address family of the dhcp element's parent"));
        goto cleanup;
    }

    ret = virNetworkUpdateDHCPHostApply(def, ipdef, command, &host);

cleanup:
    virNetworkDHCPHostDefClear(&host);
    return ret;
}


/* ---- <range> of <dhcp> ---- */

/* Applies ADD or DELETE with @range (taken over when it goes into the list). */
static int
virNetworkUpdateDHCPRangeApply(virNetworkDef *def,
                               virNetworkIPDef *ipdef,
                               unsigned int command,
                               virNetworkDHCPRangeDef *range)
{
    g_autofree char *start = NULL;
    g_autofree char *end = NULL;
    size_t i;

    for (i = 0; i < ipdef->nranges; i++) {
        if (virSocketAddrEqual(&range->start, &ipdef->ranges[i].start) &&
            virSocketAddrEqual(&range->end, &ipdef->ranges[i].end))
            break;
    }

    if (VIR_NETWORK_UPDATE_IS_ADD(command)) {
        if (virNetworkUpdateCheckMultiDHCP(def, ipdef) < 0)
            return -1;
        if (i < ipdef->nranges) {
            start = virSocketAddrFormat(&range->start);
            end = virSocketAddrFormat(&range->end);
            virReportError(
                VIR_ERR_OPERATION_INVALID,
                _("there is an existing dhcp range entry in network '%1$s' that matches \"<range start='%2$s' end='%3$s'/>\""),
                def->name, start ? start : "unknown", end ? end : "unknown");
            return -1;
        }
        virNetworkUpdateInsert(&ipdef->ranges, &ipdef->nranges, sizeof(*range), command, range);
        memset(range, 0, sizeof(*range));
    } else if (command == VIR_NETWORK_UPDATE_COMMAND_DELETE) {
        if (i == ipdef->nranges) {
            virReportError(VIR_ERR_OPERATION_INVALID,
                           _("couldn't locate a matching dhcp range entry in network '%1$s'"),
                           def->name);
            return -1;
        }
        g_free(ipdef->ranges[i].lease);
        virNetworkUpdateRemove(&ipdef->ranges, &ipdef->nranges, sizeof(*range), i);
    } else {
        virNetworkUpdateUnknownCommand(command);
        return -1;
    }
    return 0;
}


static int
virNetworkUpdateDHCPRange(virNetworkDef *def,
                          unsigned int command,
                          int parentIndex,
                          xmlNodePtr node)
{
    virNetworkDHCPRangeDef range = { 0 };
    virNetworkIPDef *ipdef;
    int ret = -1;

    if (virNetworkUpdateCheckElementName(def, node, "range") < 0 ||
        !(ipdef = virNetworkUpdateIPByIndex(def, parentIndex)))
        return -1;

    if (command == VIR_NETWORK_UPDATE_COMMAND_MODIFY) {
        virReportError(VIR_ERR_OPERATION_UNSUPPORTED, "%s",
                       _("dhcp ranges cannot be modified, only added or deleted"));
        return -1;
    }

    if (virNetworkDHCPRangeDefParseXML(def->name, ipdef, node, &range) < 0)
        goto cleanup;

    if (VIR_SOCKET_ADDR_FAMILY(&ipdef->address) != VIR_SOCKET_ADDR_FAMILY(&range.start)) {
        virReportError(
            VIR_ERR_OPERATION_INVALID, "%s",
            _("the address family of a dhcp range must match the address family of the dhcp element's parent"));
        goto cleanup;
    }

    ret = virNetworkUpdateDHCPRangeApply(def, ipdef, command, &range);

cleanup:
    g_free(range.lease);
    return ret;
}


/* ---- <interface> of <forward> ---- */

static int
virNetworkUpdateForwardInterfaceApply(virNetworkDef *def, unsigned int command, char **dev)
{
    virNetworkForwardDef *fwd = &def->forward;
    virNetworkForwardIfDef iface = { .type = VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_NETDEV };
    size_t i;

    for (i = 0; i < fwd->nifs; i++) {
        if (fwd->ifs[i].type == VIR_NETWORK_FORWARD_HOSTDEV_DEVICE_NETDEV &&
            g_str_equal(*dev, fwd->ifs[i].device.dev))
            break;
    }

    if (VIR_NETWORK_UPDATE_IS_ADD(command)) {
        if (i < fwd->nifs) {
            virReportError(
                VIR_ERR_OPERATION_INVALID,
                _("there is an existing interface entry in network '%1$s' that matches \"<interface dev='%2$s'>\""),
                def->name, *dev);
            return -1;
        }
        iface.device.dev = g_steal_pointer(dev);
        virNetworkUpdateInsert(&fwd->ifs, &fwd->nifs, sizeof(iface), command, &iface);
    } else if (command == VIR_NETWORK_UPDATE_COMMAND_DELETE) {
        if (i == fwd->nifs) {
            virReportError(
                VIR_ERR_OPERATION_INVALID,
                _("couldn't find an interface entry in network '%1$s' matching <interface dev='%2$s'>"),
                def->name, *dev);
            return -1;
        }
        if (fwd->ifs[i].connections > 0) {
            virReportError(
                VIR_ERR_OPERATION_INVALID,
                _("unable to delete interface '%1$s' in network '%2$s'. It is currently being used by %3$d domains."),
                *dev, def->name, fwd->ifs[i].connections);
            return -1;
        }
        g_free(fwd->ifs[i].device.dev);
        virNetworkUpdateRemove(&fwd->ifs, &fwd->nifs, sizeof(iface), i);
    } else {
        virNetworkUpdateUnknownCommand(command);
        return -1;
    }
    return 0;
}


static int
virNetworkUpdateForwardInterface(virNetworkDef *def, unsigned int command, xmlNodePtr node)
{
    g_autofree char *dev = NULL;

    if (virNetworkUpdateCheckElementName(def, node, "interface") < 0)
        return -1;

    if (command == VIR_NETWORK_UPDATE_COMMAND_MODIFY) {
        virReportError(VIR_ERR_OPERATION_UNSUPPORTED, "%s",
                       _("forward interface entries cannot be modified, only added or deleted"));
        return -1;
    }

    if (!(dev = virXMLPropString(node, "dev"))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing dev attribute in <interface> element"));
        return -1;
    }
    return virNetworkUpdateForwardInterfaceApply(def, command, &dev);
}


/* ---- <portgroup> ---- */

/* The checks of a portgroup update; @foundName is its index or -1. */
static int
virNetworkUpdatePortGroupCheck(const virNetworkDef *def,
                               unsigned int command,
                               const virPortGroupDef *portgroup,
                               int foundName,
                               int foundDefault)
{
    if (foundName < 0 && (command == VIR_NETWORK_UPDATE_COMMAND_MODIFY ||
                          command == VIR_NETWORK_UPDATE_COMMAND_DELETE)) {
        virReportError(
            VIR_ERR_OPERATION_INVALID,
            _("couldn't find a portgroup entry in network '%1$s' matching <portgroup name='%2$s'>"),
            def->name, portgroup->name);
        return -1;
    }
    if (foundName >= 0 && VIR_NETWORK_UPDATE_IS_ADD(command)) {
        virReportError(
            VIR_ERR_OPERATION_INVALID,
            _("there is an existing portgroup entry in network '%1$s' that matches \"<portgroup name='%2$s'>\""),
            def->name, portgroup->name);
        return -1;
    }
    if (command != VIR_NETWORK_UPDATE_COMMAND_DELETE && portgroup->isDefault && foundDefault >= 0 &&
        foundDefault != foundName) {
        virReportError(
            VIR_ERR_OPERATION_INVALID,
            _("a different portgroup entry in network '%1$s' is already set as the default. Only one default is allowed."),
            def->name);
        return -1;
    }
    return 0;
}


static int
virNetworkUpdatePortGroup(virNetworkDef *def, unsigned int command, xmlNodePtr node)
{
    virPortGroupDef portgroup = { 0 };
    int foundName = -1;
    int foundDefault = -1;
    int ret = -1;
    size_t i;

    if (virNetworkUpdateCheckElementName(def, node, "portgroup") < 0)
        return -1;
    if (virPortGroupDefParseXML(&portgroup, node) < 0)
        goto cleanup;

    for (i = 0; i < def->nPortGroups; i++) {
        if (g_str_equal(portgroup.name, def->portGroups[i].name))
            foundName = i;
        if (def->portGroups[i].isDefault)
            foundDefault = i;
    }
    if (virNetworkUpdatePortGroupCheck(def, command, &portgroup, foundName, foundDefault) < 0)
        goto cleanup;

    if (command == VIR_NETWORK_UPDATE_COMMAND_MODIFY) {
        virPortGroupDefClear(&def->portGroups[foundName]);
        def->portGroups[foundName] = portgroup;
        memset(&portgroup, 0, sizeof(portgroup));
    } else if (VIR_NETWORK_UPDATE_IS_ADD(command)) {
        virNetworkUpdateInsert(&def->portGroups, &def->nPortGroups, sizeof(portgroup), command,
                               &portgroup);
        memset(&portgroup, 0, sizeof(portgroup));
    } else if (command == VIR_NETWORK_UPDATE_COMMAND_DELETE) {
        virPortGroupDefClear(&def->portGroups[foundName]);
        virNetworkUpdateRemove(&def->portGroups, &def->nPortGroups, sizeof(portgroup), foundName);
    } else {
        virNetworkUpdateUnknownCommand(command);
        goto cleanup;
    }
    ret = 0;

cleanup:
    virPortGroupDefClear(&portgroup);
    return ret;
}


/* ---- <dns> records ---- */

/* DNS records can only be added or deleted; @message says so for one kind. */
static int
virNetworkUpdateDNSCheckCommand(unsigned int command, const char *message)
{
    if (command != VIR_NETWORK_UPDATE_COMMAND_MODIFY)
        return 0;
    virReportError(VIR_ERR_OPERATION_UNSUPPORTED, "%s", message);
    return -1;
}


/*
 * Counts the DNS hosts @host matches (its address; when searching, any of
 * its names too, since several records may share a name); *@found is the
 * last one's index.
 */
static size_t
virNetworkUpdateDNSHostMatch(const virNetworkDNSDef *dns,
                             const virNetworkDNSHostDef *host,
                             bool isAdd,
                             size_t *found)
{
    size_t count = 0;
    size_t i;
    size_t j;
    size_t k;

    for (i = 0; i < dns->nhosts; i++) {
        bool match = virSocketAddrEqual(&host->ip, &dns->hosts[i].ip);

        for (j = 0; !isAdd && !match && j < host->nnames; j++) {
            for (k = 0; !match && k < dns->hosts[i].nnames; k++)
                match = g_str_equal(host->names[j], dns->hosts[i].names[k]);
        }
        if (match) {
            count++;
            *found = i;
        }
    }
    return count;
}


/* Reports the result of a DELETE search (@count matches); 0 when exactly one. */
static int
virNetworkUpdateDNSCheckMatches(size_t count,
                                const char *noneFmt,
                                const char *manyFmt,
                                const virNetworkDef *def)
{
    if (count == 1)
        return 0;
    virReportError(VIR_ERR_OPERATION_INVALID, count ? manyFmt : noneFmt, def->name);
    return -1;
}


static int
virNetworkUpdateDNSHost(virNetworkDef *def, unsigned int command, xmlNodePtr node)
{
    virNetworkDNSDef *dns = &def->dns;
    virNetworkDNSHostDef host = { 0 };
    bool isAdd = VIR_NETWORK_UPDATE_IS_ADD(command);
    size_t found = 0;
    size_t count;
    int ret = -1;

    if (virNetworkUpdateDNSCheckCommand(
            command, _("DNS HOST records cannot be modified, only added or deleted")) < 0 ||
        virNetworkUpdateCheckElementName(def, node, "host") < 0)
        return -1;
    if (virNetworkDNSHostDefParseXML(def->name, node, &host, !isAdd) < 0)
        goto cleanup;

    count = virNetworkUpdateDNSHostMatch(dns, &host, isAdd, &found);
    if (isAdd) {
        if (count > 0) {
            virReportError(
                VIR_ERR_OPERATION_INVALID,
                _("there is already at least one DNS HOST record with a matching field in network %1$s"),
                def->name);
            goto cleanup;
        }
        virNetworkUpdateInsert(&dns->hosts, &dns->nhosts, sizeof(host), command, &host);
        memset(&host, 0, sizeof(host));
    } else if (command == VIR_NETWORK_UPDATE_COMMAND_DELETE) {
        if (virNetworkUpdateDNSCheckMatches(
                count, _("couldn't locate a matching DNS HOST record in network %1$s"),
                _("multiple matching DNS HOST records were found in network %1$s"), def) < 0)
            goto cleanup;
        virNetworkDNSHostDefClear(&dns->hosts[found]);
        virNetworkUpdateRemove(&dns->hosts, &dns->nhosts, sizeof(host), found);
    } else {
        virNetworkUpdateUnknownCommand(command);
        goto cleanup;
    }
    ret = 0;

cleanup:
    virNetworkDNSHostDefClear(&host);
    return ret;
}


/* Counts the SRV records with every field @srv gives; *@found is the last one's index. */
static size_t
virNetworkUpdateDNSSrvMatch(const virNetworkDNSDef *dns,
                            const virNetworkDNSSrvDef *srv,
                            size_t *found)
{
    size_t count = 0;
    size_t i;

    for (i = 0; i < dns->nsrvs; i++) {
        const virNetworkDNSSrvDef *cur = &dns->srvs[i];

        if ((!srv->domain || g_strcmp0(srv->domain, cur->domain) == 0) &&
            (!srv->service || g_strcmp0(srv->service, cur->service) == 0) &&
            (!srv->protocol || g_strcmp0(srv->protocol, cur->protocol) == 0) &&
            (!srv->target || g_strcmp0(srv->target, cur->target) == 0)) {
            count++;
            *found = i;
        }
    }
    return count;
}


static int
virNetworkUpdateDNSSrv(virNetworkDef *def, unsigned int command, xmlNodePtr node)
{
    virNetworkDNSDef *dns = &def->dns;
    virNetworkDNSSrvDef srv = { 0 };
    bool isAdd = VIR_NETWORK_UPDATE_IS_ADD(command);
    size_t found = 0;
    size_t count;
    int ret = -1;

    if (virNetworkUpdateDNSCheckCommand(
            command, _("DNS SRV records cannot be modified, only added or deleted")) < 0 ||
        virNetworkUpdateCheckElementName(def, node, "srv") < 0)
        return -1;
    if (virNetworkDNSSrvDefParseXML(def->name, node, &srv, !isAdd) < 0)
        goto cleanup;

    count = virNetworkUpdateDNSSrvMatch(dns, &srv, &found);
    if (isAdd) {
        if (count > 0) {
            virReportError(
                VIR_ERR_OPERATION_INVALID,
                _("there is already at least one DNS SRV record matching all specified fields in network %1$s"),
                def->name);
            goto cleanup;
        }
        virNetworkUpdateInsert(&dns->srvs, &dns->nsrvs, sizeof(srv), command, &srv);
        memset(&srv, 0, sizeof(srv));
    } else if (command == VIR_NETWORK_UPDATE_COMMAND_DELETE) {
        if (virNetworkUpdateDNSCheckMatches(
                count, _("couldn't locate a matching DNS SRV record in network %1$s"),
                _("multiple DNS SRV records matching all specified fields were found in network %1$s"),
                def) < 0)
            goto cleanup;
        virNetworkDNSSrvDefClear(&dns->srvs[found]);
        virNetworkUpdateRemove(&dns->srvs, &dns->nsrvs, sizeof(srv), found);
    } else {
        virNetworkUpdateUnknownCommand(command);
        goto cleanup;
    }
    ret = 0;

cleanup:
    virNetworkDNSSrvDefClear(&srv);
    return ret;
}


static int
virNetworkUpdateDNSTxt(virNetworkDef *def, unsigned int command, xmlNodePtr node)
{
    virNetworkDNSDef *dns = &def->dns;
    virNetworkDNSTxtDef txt = { 0 };
    bool isAdd = VIR_NETWORK_UPDATE_IS_ADD(command);
    size_t i;
    int ret = -1;

    if (virNetworkUpdateDNSCheckCommand(
            command, _("DNS TXT records cannot be modified, only added or deleted")) < 0 ||
        virNetworkUpdateCheckElementName(def, node, "txt") < 0)
        return -1;
    if (virNetworkDNSTxtDefParseXML(def->name, node, &txt, !isAdd) < 0)
        goto cleanup;

    for (i = 0; i < dns->ntxts; i++) {
        if (g_str_equal(txt.name, dns->txts[i].name))
            break;
    }

    if (isAdd) {
        if (i < dns->ntxts) {
            virReportError(VIR_ERR_OPERATION_INVALID,
                           _("there is already a DNS TXT record with name '%1$s' in network %2$s"),
                           txt.name, def->name);
            goto cleanup;
        }
        virNetworkUpdateInsert(&dns->txts, &dns->ntxts, sizeof(txt), command, &txt);
        memset(&txt, 0, sizeof(txt));
    } else if (command == VIR_NETWORK_UPDATE_COMMAND_DELETE) {
        if (i == dns->ntxts) {
            virReportError(VIR_ERR_OPERATION_INVALID,
                           _("couldn't locate a matching DNS TXT record in network %1$s"),
                           def->name);
            goto cleanup;
        }
        virNetworkDNSTxtDefClear(&dns->txts[i]);
        virNetworkUpdateRemove(&dns->txts, &dns->ntxts, sizeof(txt), i);
    } else {
        virNetworkUpdateUnknownCommand(command);
        goto cleanup;
    }
    ret = 0;

cleanup:
    virNetworkDNSTxtDefClear(&txt);
    return ret;
}


/* ---- entry points ---- */

int
virNetworkDefUpdateSection(virNetworkDef *def,
                           unsigned int command,
                           unsigned int section,
                           int parentIndex,
                           const char *xml,
                           unsigned int flags G_GNUC_UNUSED)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;

    if (!(doc = virXMLParseStringCtxt(xml, _("network_update_xml"), NULL, &ctxt)))
        return -1;

    switch ((virNetworkUpdateSection)section) {
    case VIR_NETWORK_SECTION_BRIDGE:
        virNetworkUpdateNoSupport(def, "bridge");
        return -1;
    case VIR_NETWORK_SECTION_DOMAIN:
        virNetworkUpdateNoSupport(def, "domain");
        return -1;
    case VIR_NETWORK_SECTION_IP:
        virNetworkUpdateNoSupport(def, "ip");
        return -1;
    case VIR_NETWORK_SECTION_IP_DHCP_HOST:
        return virNetworkUpdateDHCPHost(def, command, parentIndex, ctxt->node);
    case VIR_NETWORK_SECTION_IP_DHCP_RANGE:
        return virNetworkUpdateDHCPRange(def, command, parentIndex, ctxt->node);
    case VIR_NETWORK_SECTION_FORWARD:
        virNetworkUpdateNoSupport(def, "forward");
        return -1;
    case VIR_NETWORK_SECTION_FORWARD_INTERFACE:
        return virNetworkUpdateForwardInterface(def, command, ctxt->node);
    case VIR_NETWORK_SECTION_FORWARD_PF:
        virNetworkUpdateNoSupport(def, "forward pf");
        return -1;
    case VIR_NETWORK_SECTION_PORTGROUP:
        return virNetworkUpdatePortGroup(def, command, ctxt->node);
    case VIR_NETWORK_SECTION_DNS_HOST:
        return virNetworkUpdateDNSHost(def, command, ctxt->node);
    case VIR_NETWORK_SECTION_DNS_TXT:
        return virNetworkUpdateDNSTxt(def, command, ctxt->node);
    case VIR_NETWORK_SECTION_DNS_SRV:
        return virNetworkUpdateDNSSrv(def, command, ctxt->node);
    case VIR_NETWORK_SECTION_NONE:
    case VIR_NETWORK_SECTION_LAST:
    default:
        break;
    }
    virReportError(VIR_ERR_OPERATION_UNSUPPORTED, "%s",
                   _("can't update unrecognized section of network"));
    return -1;
}


/*
 * Returns an updated copy of @src (formatted with @formatFlags), checked
 * by one more format/parse cycle, or NULL with an error.
 */
static virNetworkDef *
virNetworkObjUpdateCopy(const virNetworkDef *src,
                        unsigned int formatFlags,
                        unsigned int command,
                        unsigned int section,
                        int parentIndex,
                        const char *xml,
                        unsigned int flags)
{
    g_autoptr(virNetworkDef) copy = NULL;
    g_autoptr(virNetworkDef) check = NULL;

    if (!(copy = virNetworkDefCopy(src, formatFlags)) ||
        virNetworkDefUpdateSection(copy, command, section, parentIndex, xml, flags) < 0 ||
        !(check = virNetworkDefCopy(copy, formatFlags)))
        return NULL;
    return g_steal_pointer(&copy);
}


/* Refuses what the network's state rules out; gives a running one its persistent definition. */
static int
virNetworkObjUpdateSetup(virNetworkObj *obj, unsigned int flags)
{
    if (!obj->active && (flags & VIR_NETWORK_UPDATE_AFFECT_LIVE)) {
        virReportError(VIR_ERR_OPERATION_INVALID, "%s", _("network is not running"));
        return -1;
    }
    if (!(flags & VIR_NETWORK_UPDATE_AFFECT_CONFIG))
        return 0;
    if (!obj->persistent) {
        virReportError(VIR_ERR_OPERATION_INVALID, "%s",
                       _("cannot change persistent config of a transient network"));
        return -1;
    }
    if (obj->active && !obj->newDef &&
        !(obj->newDef = virNetworkDefCopy(obj->def, VIR_NETWORK_DEF_FORMAT_INACTIVE)))
        return -1;
    return 0;
}


int
virNetworkObjUpdate(virNetworkObj *obj,
                    unsigned int command,
                    unsigned int section,
                    int parentIndex,
                    const char *xml,
                    unsigned int flags)
{
    g_autoptr(virNetworkDef) livedef = NULL;
    g_autoptr(virNetworkDef) configdef = NULL;

    if (virNetworkObjUpdateSetup(obj, flags) < 0)
        return -1;

    if ((flags & VIR_NETWORK_UPDATE_AFFECT_LIVE) &&
        !(livedef =
              virNetworkObjUpdateCopy(obj->def, 0, command, section, parentIndex, xml, flags)))
        return -1;

    if ((flags & VIR_NETWORK_UPDATE_AFFECT_CONFIG) &&
        !(configdef = virNetworkObjUpdateCopy(obj->newDef ? obj->newDef : obj->def,
                                              VIR_NETWORK_DEF_FORMAT_INACTIVE, command, section,
                                              parentIndex, xml, flags)))
        return -1;

    if (configdef) {
        virNetworkDef **persistent = obj->active ? &obj->newDef : &obj->def;

        virNetworkDefFree(*persistent);
        *persistent = g_steal_pointer(&configdef);
    }
    if (livedef) {
        virNetworkDefFree(obj->def);
        obj->def = g_steal_pointer(&livedef);
    }
    return 0;
}
