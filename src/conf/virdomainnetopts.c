/*
 * virdomainnetopts.c: option elements of <interface>
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include "virdomainnetopts.h"
#include "virerror.h"
#include "virunits.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

/* characters libvirt's nwfilter accepts in variable names and values */
#define NET_FILTER_VAR_NAME_CHARS "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
#define NET_FILTER_VAR_VALUE_CHARS NET_FILTER_VAR_NAME_CHARS ".:"


/* ---- <ip> and <route> ---- */

static void
virDomainNetIPDefFree(virDomainNetIPDef *ip)
{
    g_free(ip);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainNetIPDef, virDomainNetIPDefFree);


static virDomainNetIPDef *
virDomainNetIPParseXML(xmlNodePtr node)
{
    g_autoptr(virDomainNetIPDef) ip = g_new0(virDomainNetIPDef, 1);
    g_autofree char *address = virXMLPropString(node, "address");
    g_autofree char *family = virXMLPropString(node, "family");
    g_autofree char *prefix = virXMLPropString(node, "prefix");
    g_autofree char *peer = virXMLPropString(node, "peer");
    int af = AF_UNSPEC;
    unsigned int max;

    if (!address) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("Missing required address in <ip>"));
        return NULL;
    }
    if (g_strcmp0(family, "ipv4") == 0)
        af = AF_INET;
    else if (g_strcmp0(family, "ipv6") == 0)
        af = AF_INET6;
    if (virSocketAddrParseQuiet(&ip->address, address, af) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("Invalid address '%1$s' in <ip>"), address);
        return NULL;
    }
    max = VIR_SOCKET_ADDR_IS_FAMILY(&ip->address, AF_INET) ? 32 : 128;
    if (prefix && (virStrToLong_uip(prefix, NULL, 10, &ip->prefix) < 0 || ip->prefix > max)) {
        virReportError(VIR_ERR_XML_ERROR, _("Invalid prefix value '%1$s' in <ip>"), prefix);
        return NULL;
    }
    if (peer && virSocketAddrParseQuiet(&ip->peer, peer, AF_UNSPEC) < 0) {
        virReportError(VIR_ERR_INVALID_ARG, _("Invalid peer '%1$s' in <ip>"), peer);
        return NULL;
    }
    return g_steal_pointer(&ip);
}


int
virDomainNetIPInfoParseXML(xmlNodePtr node, const char *what, virDomainNetIPInfo *info)
{
    g_autofree char *detail = g_strdup_printf("%s interface", what);
    xmlNodePtr cur;

    for (cur = node->children; cur; cur = cur->next) {
        if (cur->type != XML_ELEMENT_NODE)
            continue;
        if (virXMLNodeNameEqual(cur, "ip")) {
            virDomainNetIPDef *ip = virDomainNetIPParseXML(cur);

            if (!ip)
                return -1;
            info->ips = g_renew(virDomainNetIPDef *, info->ips, info->nips + 1);
            info->ips[info->nips++] = ip;
        } else if (virXMLNodeNameEqual(cur, "route")) {
            virNetDevIPRoute *route = virNetDevIPRouteParse(detail, cur);

            if (!route)
                return -1;
            info->routes = g_renew(virNetDevIPRoute *, info->routes, info->nroutes + 1);
            info->routes[info->nroutes++] = route;
        }
    }
    return 0;
}


int
virDomainNetIPInfoFormat(virBuffer *buf, const virDomainNetIPInfo *info)
{
    size_t i;

    for (i = 0; i < info->nips; i++) {
        const virDomainNetIPDef *ip = info->ips[i];
        g_autofree char *addr = virSocketAddrFormat(&ip->address);
        g_autofree char *peer = NULL;

        if (!addr)
            return -1;
        virBufferAsprintf(buf, "<ip address='%s'", addr);
        if (VIR_SOCKET_ADDR_IS_FAMILY(&ip->address, AF_INET))
            virBufferAddLit(buf, " family='ipv4'");
        else if (VIR_SOCKET_ADDR_IS_FAMILY(&ip->address, AF_INET6))
            virBufferAddLit(buf, " family='ipv6'");
        if (ip->prefix)
            virBufferAsprintf(buf, " prefix='%u'", ip->prefix);
        if (VIR_SOCKET_ADDR_VALID(&ip->peer)) {
            if (!(peer = virSocketAddrFormat(&ip->peer)))
                return -1;
            virBufferAsprintf(buf, " peer='%s'", peer);
        }
        virBufferAddLit(buf, "/>\n");
    }
    for (i = 0; i < info->nroutes; i++) {
        if (virNetDevIPRouteFormat(buf, info->routes[i]) < 0)
            return -1;
    }
    return 0;
}


void
virDomainNetIPInfoClear(virDomainNetIPInfo *info)
{
    size_t i;

    for (i = 0; i < info->nips; i++)
        virDomainNetIPDefFree(info->ips[i]);
    g_free(info->ips);
    for (i = 0; i < info->nroutes; i++)
        virNetDevIPRouteFree(info->routes[i]);
    g_free(info->routes);
    memset(info, 0, sizeof(*info));
}


/* ---- <portForward> ---- */

void
virDomainNetPortForwardFree(virDomainNetPortForward *pf)
{
    if (!pf)
        return;
    g_free(pf->dev);
    g_free(pf->ranges);
    g_free(pf);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainNetPortForward, virDomainNetPortForwardFree);


static int
virDomainNetPortForwardRangeParse(xmlNodePtr node, virDomainNetPortForward *pf)
{
    virDomainNetPortForwardRange range = { 0 };

    if (virXMLPropUInt(node, "start", 10, VIR_XML_PROP_NONE, &range.start) < 0 ||
        virXMLPropUInt(node, "end", 10, VIR_XML_PROP_NONE, &range.end) < 0 ||
        virXMLPropUInt(node, "to", 10, VIR_XML_PROP_NONE, &range.to) < 0 ||
        virXMLPropTristateBool(node, "exclude", VIR_XML_PROP_NONE, &range.exclude) < 0)
        return -1;
    if (range.start == 0)
        return 0;
    pf->ranges = g_renew(virDomainNetPortForwardRange, pf->ranges, pf->nranges + 1);
    pf->ranges[pf->nranges++] = range;
    return 0;
}


static virDomainNetPortForward *
virDomainNetPortForwardParse(xmlNodePtr node)
{
    g_autoptr(virDomainNetPortForward) pf = g_new0(virDomainNetPortForward, 1);
    g_autofree char *address = NULL;
    unsigned int proto = 0;
    xmlNodePtr cur;

    if (virXMLPropEnum(node, "proto", virDomainNetProtoTypeFromString,
                       VIR_XML_PROP_REQUIRED | VIR_XML_PROP_NONZERO, &proto) < 0)
        return NULL;
    pf->proto = proto;
    if ((address = virXMLPropString(node, "address")) &&
        virSocketAddrParseQuiet(&pf->address, address, AF_UNSPEC) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("Invalid address '%1$s' in <portForward>"), address);
        return NULL;
    }
    pf->dev = virXMLPropString(node, "dev");
    for (cur = node->children; cur; cur = cur->next) {
        if (cur->type == XML_ELEMENT_NODE && virXMLNodeNameEqual(cur, "range") &&
            virDomainNetPortForwardRangeParse(cur, pf) < 0)
            return NULL;
    }
    return g_steal_pointer(&pf);
}


int
virDomainNetPortForwardsParseXML(xmlNodePtr node, virDomainNetDef *net)
{
    xmlNodePtr cur;

    for (cur = node->children; cur; cur = cur->next) {
        virDomainNetPortForward *pf;

        if (cur->type != XML_ELEMENT_NODE || !virXMLNodeNameEqual(cur, "portForward"))
            continue;
        if (!(pf = virDomainNetPortForwardParse(cur)))
            return -1;
        net->portForwards =
            g_renew(virDomainNetPortForward *, net->portForwards, net->nPortForwards + 1);
        net->portForwards[net->nPortForwards++] = pf;
    }
    return 0;
}


void
virDomainNetPortForwardsFormat(virBuffer *buf, const virDomainNetDef *net)
{
    size_t i;
    size_t j;

    for (i = 0; i < net->nPortForwards; i++) {
        const virDomainNetPortForward *pf = net->portForwards[i];
        g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
        g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

        virBufferAsprintf(&attrBuf, " proto='%s'", virDomainNetProtoTypeToString(pf->proto));
        if (VIR_SOCKET_ADDR_VALID(&pf->address)) {
            g_autofree char *addr = virSocketAddrFormat(&pf->address);

            virBufferEscapeString(&attrBuf, " address='%s'", addr);
        }
        virBufferEscapeString(&attrBuf, " dev='%s'", pf->dev);
        for (j = 0; j < pf->nranges; j++) {
            const virDomainNetPortForwardRange *r = &pf->ranges[j];

            virBufferAsprintf(&childBuf, "<range start='%u'", r->start);
            if (r->end)
                virBufferAsprintf(&childBuf, " end='%u'", r->end);
            if (r->to)
                virBufferAsprintf(&childBuf, " to='%u'", r->to);
            if (r->exclude)
                virBufferAsprintf(&childBuf, " exclude='%s'",
                                  virTristateBoolTypeToString(r->exclude));
            virBufferAddLit(&childBuf, "/>\n");
        }
        virXMLFormatElementEmpty(buf, "portForward", &attrBuf, &childBuf);
    }
}


/* ---- <filterref> ---- */

static bool
virDomainNetFilterVarIsValid(const char *str, const char *chars)
{
    return *str && strspn(str, chars) == strlen(str);
}


void
virDomainNetFilterrefParseXML(xmlNodePtr filterref, virDomainNetDef *net)
{
    g_autofree char *filter = virXMLPropString(filterref, "filter");
    xmlNodePtr cur;

    if (!filter)
        return;
    net->filter = g_steal_pointer(&filter);
    for (cur = filterref->children; cur; cur = cur->next) {
        g_autofree char *name = NULL;
        g_autofree char *value = NULL;
        size_t pos;

        if (cur->type != XML_ELEMENT_NODE || !virXMLNodeNameEqual(cur, "parameter"))
            continue;
        name = virXMLPropString(cur, "name");
        value = virXMLPropString(cur, "value");
        if (!name || !value || !virDomainNetFilterVarIsValid(name, NET_FILTER_VAR_NAME_CHARS) ||
            !virDomainNetFilterVarIsValid(value, NET_FILTER_VAR_VALUE_CHARS))
            continue;
        /* keep the list sorted by name; equal names stay in document order */
        for (pos = net->nfilterparams; pos > 0; pos--) {
            if (strcmp(net->filterparams[pos - 1].name, name) <= 0)
                break;
        }
        net->filterparams =
            g_renew(virDomainNetFilterParam, net->filterparams, net->nfilterparams + 1);
        memmove(net->filterparams + pos + 1, net->filterparams + pos,
                (net->nfilterparams - pos) * sizeof(*net->filterparams));
        net->filterparams[pos].name = g_steal_pointer(&name);
        net->filterparams[pos].value = g_steal_pointer(&value);
        net->nfilterparams++;
    }
}


void
virDomainNetFilterrefFormat(virBuffer *buf, const virDomainNetDef *net)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    size_t i;

    if (!net->filter)
        return;
    virBufferEscapeString(&attrBuf, " filter='%s'", net->filter);
    for (i = 0; i < net->nfilterparams; i++) {
        virBufferEscapeString(&childBuf, "<parameter name='%s'", net->filterparams[i].name);
        virBufferEscapeString(&childBuf, " value='%s'/>\n", net->filterparams[i].value);
    }
    virXMLFormatElement(buf, "filterref", &attrBuf, &childBuf);
}


/* ---- virtio <driver> ---- */

static int
virDomainNetOffloadParse(xmlNodePtr node, const char *name, virTristateSwitch *val)
{
    return virXMLPropTristateSwitch(node, name, VIR_XML_PROP_NONE, val);
}


int
virDomainNetVirtioDriverParseXML(xmlNodePtr driver, virDomainNetVirtioDriver *drv)
{
    xmlNodePtr host = virXMLNodeGetSubelement(driver, "host");
    xmlNodePtr guest = virXMLNodeGetSubelement(driver, "guest");
    unsigned int name = 0;
    unsigned int txmode = 0;

    if (virXMLPropEnum(driver, "name", virDomainNetDriverTypeFromString, VIR_XML_PROP_NONZERO,
                       &name) < 0 ||
        virXMLPropEnum(driver, "txmode", virDomainNetVirtioTxModeTypeFromString,
                       VIR_XML_PROP_NONZERO, &txmode) < 0 ||
        virXMLPropTristateSwitch(driver, "ioeventfd", VIR_XML_PROP_NONE, &drv->ioeventfd) < 0 ||
        virXMLPropTristateSwitch(driver, "event_idx", VIR_XML_PROP_NONE, &drv->event_idx) < 0 ||
        virXMLPropUInt(driver, "queues", 10, VIR_XML_PROP_NONE, &drv->queues) < 0 ||
        virXMLPropUInt(driver, "rx_queue_size", 10, VIR_XML_PROP_NONE, &drv->rx_queue_size) < 0 ||
        virXMLPropUInt(driver, "tx_queue_size", 10, VIR_XML_PROP_NONE, &drv->tx_queue_size) < 0 ||
        virXMLPropTristateSwitch(driver, "rss", VIR_XML_PROP_NONE, &drv->rss) < 0 ||
        virXMLPropTristateSwitch(driver, "rss_hash_report", VIR_XML_PROP_NONE,
                                 &drv->rss_hash_report) < 0)
        return -1;
    drv->name = name;
    drv->txmode = txmode;

    if (host && (virDomainNetOffloadParse(host, "csum", &drv->host.csum) < 0 ||
                 virDomainNetOffloadParse(host, "gso", &drv->host.gso) < 0 ||
                 virDomainNetOffloadParse(host, "tso4", &drv->host.tso4) < 0 ||
                 virDomainNetOffloadParse(host, "tso6", &drv->host.tso6) < 0 ||
                 virDomainNetOffloadParse(host, "ecn", &drv->host.ecn) < 0 ||
                 virDomainNetOffloadParse(host, "ufo", &drv->host.ufo) < 0 ||
                 virDomainNetOffloadParse(host, "mrg_rxbuf", &drv->host.mrg_rxbuf) < 0))
        return -1;
    if (guest && (virDomainNetOffloadParse(guest, "csum", &drv->guest.csum) < 0 ||
                  virDomainNetOffloadParse(guest, "tso4", &drv->guest.tso4) < 0 ||
                  virDomainNetOffloadParse(guest, "tso6", &drv->guest.tso6) < 0 ||
                  virDomainNetOffloadParse(guest, "ecn", &drv->guest.ecn) < 0 ||
                  virDomainNetOffloadParse(guest, "ufo", &drv->guest.ufo) < 0))
        return -1;
    return 0;
}


static void
virDomainNetOffloadFormat(virBuffer *buf, const char *name, virTristateSwitch val)
{
    if (val)
        virBufferAsprintf(buf, " %s='%s'", name, virTristateSwitchTypeToString(val));
}


void
virDomainNetVirtioDriverFormat(virBuffer *buf,
                               const virDomainNetVirtioDriver *drv,
                               const virDomainVirtioOptions *virtio)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    g_auto(virBuffer) hostBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) guestBuf = VIR_BUFFER_INITIALIZER;

    if (drv->name)
        virBufferAsprintf(&attrBuf, " name='%s'", virDomainNetDriverTypeToString(drv->name));
    if (drv->txmode)
        virBufferAsprintf(&attrBuf, " txmode='%s'",
                          virDomainNetVirtioTxModeTypeToString(drv->txmode));
    virDomainNetOffloadFormat(&attrBuf, "ioeventfd", drv->ioeventfd);
    virDomainNetOffloadFormat(&attrBuf, "event_idx", drv->event_idx);
    if (drv->queues > 1)
        virBufferAsprintf(&attrBuf, " queues='%u'", drv->queues);
    if (drv->rx_queue_size)
        virBufferAsprintf(&attrBuf, " rx_queue_size='%u'", drv->rx_queue_size);
    if (drv->tx_queue_size)
        virBufferAsprintf(&attrBuf, " tx_queue_size='%u'", drv->tx_queue_size);
    virDomainNetOffloadFormat(&attrBuf, "rss", drv->rss);
    virDomainNetOffloadFormat(&attrBuf, "rss_hash_report", drv->rss_hash_report);
    virDomainVirtioOptionsFormat(&attrBuf, virtio);

    virDomainNetOffloadFormat(&hostBuf, "csum", drv->host.csum);
    virDomainNetOffloadFormat(&hostBuf, "gso", drv->host.gso);
    virDomainNetOffloadFormat(&hostBuf, "tso4", drv->host.tso4);
    virDomainNetOffloadFormat(&hostBuf, "tso6", drv->host.tso6);
    virDomainNetOffloadFormat(&hostBuf, "ecn", drv->host.ecn);
    virDomainNetOffloadFormat(&hostBuf, "ufo", drv->host.ufo);
    virDomainNetOffloadFormat(&hostBuf, "mrg_rxbuf", drv->host.mrg_rxbuf);
    virXMLFormatElement(&childBuf, "host", &hostBuf, NULL);

    virDomainNetOffloadFormat(&guestBuf, "csum", drv->guest.csum);
    virDomainNetOffloadFormat(&guestBuf, "tso4", drv->guest.tso4);
    virDomainNetOffloadFormat(&guestBuf, "tso6", drv->guest.tso6);
    virDomainNetOffloadFormat(&guestBuf, "ecn", drv->guest.ecn);
    virDomainNetOffloadFormat(&guestBuf, "ufo", drv->guest.ufo);
    virXMLFormatElement(&childBuf, "guest", &guestBuf, NULL);

    virXMLFormatElement(buf, "driver", &attrBuf, &childBuf);
}


/* ---- <coalesce>, <teaming> ---- */

int
virDomainNetCoalesceParseXML(xmlNodePtr node, unsigned int *frames)
{
    xmlNodePtr rx = virXMLNodeGetSubelement(node, "rx");
    xmlNodePtr fr = rx ? virXMLNodeGetSubelement(rx, "frames") : NULL;
    g_autofree char *max = fr ? virXMLPropString(fr, "max") : NULL;
    unsigned long long val = 0;

    *frames = 0;
    if (!max)
        return 0;
    if (virStrToLong_ullp(max, NULL, 10, &val) < 0) {
        virReportError(VIR_ERR_XML_DETAIL, _("cannot parse value '%1$s' for coalesce parameter"),
                       max);
        return -1;
    }
    if (val > UINT_MAX) {
        virReportError(VIR_ERR_OVERFLOW,
                       _("value '%1$s' is too big for coalesce parameter, maximum is '%2$u'"), max,
                       UINT_MAX);
        return -1;
    }
    *frames = val;
    return 0;
}


int
virDomainNetTeamingParseXML(xmlNodePtr node, virDomainNetDef *net)
{
    g_autofree char *type = virXMLPropString(node, "type");
    int val;

    if (!type)
        return 0;
    if ((val = virDomainNetTeamingTypeFromString(type)) <= 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown teaming type '%1$s'"), type);
        return -1;
    }
    net->teamingType = val;
    net->teamingPersistent = virXMLPropString(node, "persistent");
    return 0;
}


int
virDomainNetTeamingValidate(const virDomainNetDef *net)
{
    if (net->teamingType == VIR_DOMAIN_NET_TEAMING_TYPE_TRANSIENT && !net->teamingPersistent) {
        virReportError(
            VIR_ERR_CONFIG_UNSUPPORTED, "%s",
            _("teaming persistent attribute must be set if teaming type is 'transient'"));
        return -1;
    }
    if (net->teamingType == VIR_DOMAIN_NET_TEAMING_TYPE_PERSISTENT && net->teamingPersistent) {
        virReportError(
            VIR_ERR_CONFIG_UNSUPPORTED, "%s",
            _("teaming persistent attribute not allowed if teaming type is 'persistent'"));
        return -1;
    }
    return 0;
}
