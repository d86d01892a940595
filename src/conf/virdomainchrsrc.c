/*
 * virdomainchrsrc.c: the host side of character devices (<source>,
 * <protocol>, <log>), shared by chardevs, redirdev, smartcard and rng
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include "virdomainchr.h"
#include "virdomainchrsrc.h"
#include "virdomaindef.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_ENUM_IMPL(virDomainChr,
              VIR_DOMAIN_CHR_TYPE_LAST,
              "null",
              "vc",
              "pty",
              "dev",
              "file",
              "pipe",
              "stdio",
              "udp",
              "tcp",
              "unix",
              "spicevmc",
              "spiceport",
              "nmdm",
              "qemu-vdagent",
              "dbus");

VIR_ENUM_IMPL(
    virDomainChrTcpProtocol, VIR_DOMAIN_CHR_TCP_PROTOCOL_LAST, "raw", "telnet", "telnets", "tls");

VIR_ENUM_IMPL(virDomainChrSourceMode, VIR_DOMAIN_CHR_SOURCE_MODE_LAST, "connect", "bind");

VIR_ENUM_IMPL(virDomainMouseMode, VIR_DOMAIN_MOUSE_MODE_LAST, "default", "server", "client");


/* ---- chardev source: allocation ---- */

static void
virDomainChrSeclabelDefFree(virDomainChrSeclabelDef *sl)
{
    if (!sl)
        return;
    g_free(sl->model);
    g_free(sl->label);
    g_free(sl);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainChrSeclabelDef, virDomainChrSeclabelDefFree);


virDomainChrSourceDef *
virDomainChrSourceDefNew(void)
{
    return g_new0(virDomainChrSourceDef, 1);
}


void
virDomainChrSourceDefFree(virDomainChrSourceDef *src)
{
    size_t i;

    if (!src)
        return;
    g_free(src->path);
    g_free(src->host);
    g_free(src->service);
    g_free(src->bindHost);
    g_free(src->bindService);
    g_free(src->spiceport);
    g_free(src->dbusChannel);
    g_free(src->master);
    g_free(src->slave);
    g_free(src->logfile);
    for (i = 0; i < src->nseclabels; i++)
        virDomainChrSeclabelDefFree(src->seclabels[i]);
    g_free(src->seclabels);
    g_free(src);
}


/* ---- chardev source: parsing ---- */

static int
virDomainChrSeclabelParse(xmlNodePtr source, virDomainChrSourceDef *src, unsigned int flags)
{
    xmlNodePtr cur;

    for (cur = source->children; cur; cur = cur->next) {
        g_autoptr(virDomainChrSeclabelDef) sl = NULL;
        virTristateBool relabel = VIR_TRISTATE_BOOL_ABSENT;
        virTristateBool skip = VIR_TRISTATE_BOOL_ABSENT;
        xmlNodePtr label;
        size_t i;

        if (cur->type != XML_ELEMENT_NODE || !virXMLNodeNameEqual(cur, "seclabel"))
            continue;

        sl = g_new0(virDomainChrSeclabelDef, 1);
        sl->model = virXMLPropString(cur, "model");
        if (virXMLPropTristateBool(cur, "relabel", VIR_XML_PROP_NONE, &relabel) < 0)
            return -1;
        sl->relabel = relabel != VIR_TRISTATE_BOOL_NO;
        if (!(flags & VIR_DOMAIN_DEF_PARSE_INACTIVE)) {
            if (virXMLPropTristateBool(cur, "labelskip", VIR_XML_PROP_NONE, &skip) < 0)
                return -1;
            sl->labelskip = skip == VIR_TRISTATE_BOOL_YES;
        }
        if ((label = virXMLNodeGetSubelement(cur, "label")))
            sl->label = virXMLNodeContentString(label);
        if (sl->label && !sl->relabel) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("Cannot specify a label if relabelling is turned off. model=%1$s"),
                           NULLSTR(sl->model));
            return -1;
        }
        for (i = 0; sl->model && i < src->nseclabels; i++) {
            if (g_strcmp0(src->seclabels[i]->model, sl->model) == 0) {
                virReportError(VIR_ERR_XML_DETAIL, _("seclabel for model %1$s is already provided"),
                               sl->model);
                return -1;
            }
        }
        src->seclabels = g_renew(virDomainChrSeclabelDef *, src->seclabels, src->nseclabels + 1);
        src->seclabels[src->nseclabels++] = g_steal_pointer(&sl);
    }
    return 0;
}


int
virDomainChrSourceReconnectParseXML(xmlNodePtr source, virDomainChrSourceDef *src)
{
    xmlNodePtr node = virXMLNodeGetSubelement(source, "reconnect");
    virTristateBool enabled = VIR_TRISTATE_BOOL_ABSENT;

    if (!node)
        return 0;
    if (virXMLPropTristateBool(node, "enabled", VIR_XML_PROP_NONE, &enabled) < 0)
        return -1;
    src->reconnectEnabled = enabled;
    if (enabled == VIR_TRISTATE_BOOL_YES &&
        virXMLPropUInt(node, "timeout", 10, VIR_XML_PROP_REQUIRED, &src->reconnectTimeout) < 0)
        return -1;
    return 0;
}


static int
virDomainChrSourceModeParse(xmlNodePtr source, unsigned int *mode)
{
    return virXMLPropEnum(source, "mode", virDomainChrSourceModeTypeFromString, VIR_XML_PROP_NONE,
                          mode) < 0
               ? -1
               : 0;
}


static int
virDomainChrSourceNetParse(xmlNodePtr source, virDomainChrSourceDef *src)
{
    unsigned int mode = VIR_DOMAIN_CHR_SOURCE_MODE_CONNECT;

    if (virDomainChrSourceModeParse(source, &mode) < 0)
        return -1;

    if (src->type == VIR_DOMAIN_CHR_TYPE_TCP) {
        src->listen = mode == VIR_DOMAIN_CHR_SOURCE_MODE_BIND;
        src->host = virXMLPropString(source, "host");
        src->service = virXMLPropString(source, "service");
        if (virXMLPropTristateBool(source, "tls", VIR_XML_PROP_NONE, &src->tls) < 0)
            return -1;
        return virDomainChrSourceReconnectParseXML(source, src);
    }

    /* udp: one connect and one bind source; the first of each counts */
    if (mode == VIR_DOMAIN_CHR_SOURCE_MODE_CONNECT) {
        if (!src->host && !src->service) {
            src->host = virXMLPropString(source, "host");
            src->service = virXMLPropString(source, "service");
        }
    } else if (!src->bindHost && !src->bindService) {
        src->bindHost = virXMLPropString(source, "host");
        src->bindService = virXMLPropString(source, "service");
    }
    return 0;
}


static int
virDomainChrSourceVdagentParse(xmlNodePtr source, virDomainChrSourceDef *src)
{
    xmlNodePtr node;
    unsigned int mode = 0;

    if ((node = virXMLNodeGetSubelement(source, "clipboard")) &&
        virXMLPropTristateBool(node, "copypaste", VIR_XML_PROP_REQUIRED, &src->clipboard) < 0)
        return -1;
    if ((node = virXMLNodeGetSubelement(source, "mouse"))) {
        if (virXMLPropEnum(node, "mode", virDomainMouseModeTypeFromString,
                           VIR_XML_PROP_REQUIRED | VIR_XML_PROP_NONZERO, &mode) < 0)
            return -1;
        src->mouseMode = mode;
    }
    return 0;
}


/* Parses one <source> element according to src->type. */
static int
virDomainChrSourceElemParse(xmlNodePtr source,
                            virDomainChrSourceDef *src,
                            bool first,
                            unsigned int flags)
{
    unsigned int mode = VIR_DOMAIN_CHR_SOURCE_MODE_CONNECT;

    switch ((virDomainChrType)src->type) {
    case VIR_DOMAIN_CHR_TYPE_FILE:
        if (virXMLPropTristateSwitch(source, "append", VIR_XML_PROP_NONE, &src->append) < 0)
            return -1;
        G_GNUC_FALLTHROUGH;
    case VIR_DOMAIN_CHR_TYPE_PTY:
    case VIR_DOMAIN_CHR_TYPE_DEV:
    case VIR_DOMAIN_CHR_TYPE_PIPE:
        src->path = virXMLPropString(source, "path");
        break;

    case VIR_DOMAIN_CHR_TYPE_UNIX:
        if (virDomainChrSourceModeParse(source, &mode) < 0)
            return -1;
        src->listen = mode == VIR_DOMAIN_CHR_SOURCE_MODE_BIND;
        src->path = virXMLPropString(source, "path");
        if (virDomainChrSourceReconnectParseXML(source, src) < 0)
            return -1;
        break;

    case VIR_DOMAIN_CHR_TYPE_UDP:
    case VIR_DOMAIN_CHR_TYPE_TCP:
        if (virDomainChrSourceNetParse(source, src) < 0)
            return -1;
        break;

    case VIR_DOMAIN_CHR_TYPE_SPICEPORT:
        src->spiceport = virXMLPropString(source, "channel");
        break;

    case VIR_DOMAIN_CHR_TYPE_DBUS:
        src->dbusChannel = virXMLPropString(source, "channel");
        break;

    case VIR_DOMAIN_CHR_TYPE_NMDM:
        src->master = virXMLPropString(source, "master");
        src->slave = virXMLPropString(source, "slave");
        break;

    case VIR_DOMAIN_CHR_TYPE_QEMU_VDAGENT:
        if (virDomainChrSourceVdagentParse(source, src) < 0)
            return -1;
        break;

    case VIR_DOMAIN_CHR_TYPE_NULL:
    case VIR_DOMAIN_CHR_TYPE_VC:
    case VIR_DOMAIN_CHR_TYPE_STDIO:
    case VIR_DOMAIN_CHR_TYPE_SPICEVMC:
    case VIR_DOMAIN_CHR_TYPE_LAST:
        break;
    }
    /* labels are read for every type (from the first source only); only
     * path-based types show them */
    if (first)
        return virDomainChrSeclabelParse(source, src, flags);
    return 0;
}


static int
virDomainChrLogParse(xmlNodePtr log, virDomainChrSourceDef *src)
{
    g_autofree char *file = virXMLPropString(log, "file");

    if (!file)
        return 0;
    if (virXMLPropTristateSwitch(log, "append", VIR_XML_PROP_NONE, &src->logappend) < 0)
        return -1;
    src->logfile = g_steal_pointer(&file);
    return 0;
}


static int
virDomainChrProtocolParse(xmlNodePtr protocol, virDomainChrSourceDef *src)
{
    g_autofree char *type = virXMLPropString(protocol, "type");
    int val;

    if (!type)
        return 0;
    if ((val = virDomainChrTcpProtocolTypeFromString(type)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("Unknown protocol '%1$s'"), type);
        return -1;
    }
    src->protocol = val;
    return 0;
}


int
virDomainChrSourceDefParseXML(xmlXPathContextPtr ctxt G_GNUC_UNUSED,
                              xmlNodePtr node,
                              virDomainChrSourceDef *src,
                              unsigned int flags)
{
    xmlNodePtr cur;
    size_t nsources = 0;
    size_t nlogs = 0;
    size_t nprotocols = 0;

    for (cur = node->children; cur; cur = cur->next) {
        if (cur->type != XML_ELEMENT_NODE)
            continue;
        if (virXMLNodeNameEqual(cur, "source")) {
            if (++nsources > 1 && src->type != VIR_DOMAIN_CHR_TYPE_UDP) {
                virReportError(VIR_ERR_XML_ERROR, "%s",
                               _("only one source element is allowed for character device"));
                return -1;
            }
            if (nsources > 2) {
                virReportError(VIR_ERR_XML_ERROR, "%s",
                               _("only two source elements are allowed for character device"));
                return -1;
            }
            if (virDomainChrSourceElemParse(cur, src, nsources == 1, flags) < 0)
                return -1;
        } else if (virXMLNodeNameEqual(cur, "log")) {
            if (++nlogs > 1) {
                virReportError(VIR_ERR_XML_ERROR, "%s",
                               _("only one log element is allowed for character device"));
                return -1;
            }
            if (virDomainChrLogParse(cur, src) < 0)
                return -1;
        } else if (virXMLNodeNameEqual(cur, "protocol")) {
            if (++nprotocols > 1) {
                virReportError(VIR_ERR_XML_ERROR, "%s",
                               _("only one protocol element is allowed for character device"));
                return -1;
            }
            if (src->type == VIR_DOMAIN_CHR_TYPE_TCP && virDomainChrProtocolParse(cur, src) < 0)
                return -1;
        }
    }
    return 0;
}


/* ---- chardev source: formatting ---- */

static void
virDomainChrSeclabelsFormat(virBuffer *buf, const virDomainChrSourceDef *src, unsigned int flags)
{
    size_t i;

    for (i = 0; i < src->nseclabels; i++) {
        const virDomainChrSeclabelDef *sl = src->seclabels[i];
        g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
        g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
        bool skip = sl->labelskip && !(flags & VIR_DOMAIN_DEF_FORMAT_INACTIVE);

        /* a default label (relabel, no label) says nothing: libvirt drops it */
        if (sl->relabel && !sl->label && !skip)
            continue;
        virBufferEscapeString(&attrBuf, " model='%s'", sl->model);
        if (skip)
            virBufferAddLit(&attrBuf, " labelskip='yes'");
        else
            virBufferAsprintf(&attrBuf, " relabel='%s'", sl->relabel ? "yes" : "no");
        if (sl->relabel)
            virBufferEscapeString(&childBuf, "<label>%s</label>\n", sl->label);
        virXMLFormatElement(buf, "seclabel", &attrBuf, &childBuf);
    }
}


void
virDomainChrSourceReconnectFormat(virBuffer *buf, const virDomainChrSourceDef *src)
{
    if (src->reconnectEnabled == VIR_TRISTATE_BOOL_ABSENT)
        return;
    virBufferAsprintf(buf, "<reconnect enabled='%s'",
                      virTristateBoolTypeToString(src->reconnectEnabled));
    if (src->reconnectEnabled == VIR_TRISTATE_BOOL_YES)
        virBufferAsprintf(buf, " timeout='%u'", src->reconnectTimeout);
    virBufferAddLit(buf, "/>\n");
}


static void
virDomainChrSourcePathFormat(virBuffer *buf, const virDomainChrSourceDef *src, unsigned int flags)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    if (src->type == VIR_DOMAIN_CHR_TYPE_UNIX) {
        if (!src->path)
            return;
        virBufferAsprintf(&attrBuf, " mode='%s'", src->listen ? "bind" : "connect");
    } else if (!src->path ||
               (src->type == VIR_DOMAIN_CHR_TYPE_PTY && (flags & VIR_DOMAIN_DEF_FORMAT_INACTIVE))) {
        return;
    }
    virBufferEscapeString(&attrBuf, " path='%s'", src->path);
    if (src->type == VIR_DOMAIN_CHR_TYPE_FILE && src->append)
        virBufferAsprintf(&attrBuf, " append='%s'", virTristateSwitchTypeToString(src->append));
    virDomainChrSeclabelsFormat(&childBuf, src, flags);
    if (src->type == VIR_DOMAIN_CHR_TYPE_UNIX)
        virDomainChrSourceReconnectFormat(&childBuf, src);
    virXMLFormatElement(buf, "source", &attrBuf, &childBuf);
}


static void
virDomainChrSourceTcpFormat(virBuffer *buf, const virDomainChrSourceDef *src)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    virBufferAsprintf(&attrBuf, " mode='%s'", src->listen ? "bind" : "connect");
    virBufferEscapeString(&attrBuf, " host='%s'", src->host);
    virBufferEscapeString(&attrBuf, " service='%s'", src->service);
    if (src->tls)
        virBufferAsprintf(&attrBuf, " tls='%s'", virTristateBoolTypeToString(src->tls));
    virDomainChrSourceReconnectFormat(&childBuf, src);
    virXMLFormatElement(buf, "source", &attrBuf, &childBuf);
    virBufferAsprintf(buf, "<protocol type='%s'/>\n",
                      virDomainChrTcpProtocolTypeToString(src->protocol));
}


static void
virDomainChrSourceUdpFormat(virBuffer *buf, const virDomainChrSourceDef *src)
{
    if (src->bindHost || src->bindService) {
        virBufferAddLit(buf, "<source mode='bind'");
        virBufferEscapeString(buf, " host='%s'", src->bindHost);
        virBufferEscapeString(buf, " service='%s'", src->bindService);
        virBufferAddLit(buf, "/>\n");
    }
    if (src->host || src->service) {
        virBufferAddLit(buf, "<source mode='connect'");
        virBufferEscapeString(buf, " host='%s'", src->host);
        virBufferEscapeString(buf, " service='%s'", src->service);
        virBufferAddLit(buf, "/>\n");
    }
}


static void
virDomainChrSourceVdagentFormat(virBuffer *buf, const virDomainChrSourceDef *src)
{
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    if (src->clipboard)
        virBufferAsprintf(&childBuf, "<clipboard copypaste='%s'/>\n",
                          virTristateBoolTypeToString(src->clipboard));
    if (src->mouseMode)
        virBufferAsprintf(&childBuf, "<mouse mode='%s'/>\n",
                          virDomainMouseModeTypeToString(src->mouseMode));
    virXMLFormatElement(buf, "source", NULL, &childBuf);
}


int
virDomainChrSourceDefFormat(virBuffer *buf, const virDomainChrSourceDef *src, unsigned int flags)
{
    switch ((virDomainChrType)src->type) {
    case VIR_DOMAIN_CHR_TYPE_PTY:
    case VIR_DOMAIN_CHR_TYPE_DEV:
    case VIR_DOMAIN_CHR_TYPE_FILE:
    case VIR_DOMAIN_CHR_TYPE_PIPE:
    case VIR_DOMAIN_CHR_TYPE_UNIX:
        virDomainChrSourcePathFormat(buf, src, flags);
        break;
    case VIR_DOMAIN_CHR_TYPE_UDP:
        virDomainChrSourceUdpFormat(buf, src);
        break;
    case VIR_DOMAIN_CHR_TYPE_TCP:
        virDomainChrSourceTcpFormat(buf, src);
        break;
    case VIR_DOMAIN_CHR_TYPE_SPICEPORT:
        virBufferEscapeString(buf, "<source channel='%s'/>\n", src->spiceport);
        break;
    case VIR_DOMAIN_CHR_TYPE_DBUS:
        virBufferEscapeString(buf, "<source channel='%s'/>\n", src->dbusChannel);
        break;
    case VIR_DOMAIN_CHR_TYPE_NMDM:
        if (src->master || src->slave) {
            virBufferAddLit(buf, "<source");
            virBufferEscapeString(buf, " master='%s'", src->master);
            virBufferEscapeString(buf, " slave='%s'", src->slave);
            virBufferAddLit(buf, "/>\n");
        }
        break;
    case VIR_DOMAIN_CHR_TYPE_QEMU_VDAGENT:
        virDomainChrSourceVdagentFormat(buf, src);
        break;
    case VIR_DOMAIN_CHR_TYPE_NULL:
    case VIR_DOMAIN_CHR_TYPE_VC:
    case VIR_DOMAIN_CHR_TYPE_STDIO:
    case VIR_DOMAIN_CHR_TYPE_SPICEVMC:
    case VIR_DOMAIN_CHR_TYPE_LAST:
        break;
    }

    if (src->logfile) {
        virBufferEscapeString(buf, "<log file='%s'", src->logfile);
        if (src->logappend)
            virBufferAsprintf(buf, " append='%s'", virTristateSwitchTypeToString(src->logappend));
        virBufferAddLit(buf, "/>\n");
    }
    return 0;
}


/* ---- chardev source: checks ---- */

static bool
virDomainChrSourceAllowsNoPath(const virDomainChrDef *chr)
{
    /* a driver may generate the socket of a virtio or xen channel */
    return chr && chr->deviceType == VIR_DOMAIN_CHR_DEVICE_TYPE_CHANNEL &&
           (chr->targetType == VIR_DOMAIN_CHR_CHANNEL_TARGET_TYPE_VIRTIO ||
            chr->targetType == VIR_DOMAIN_CHR_CHANNEL_TARGET_TYPE_XEN);
}


static int
virDomainChrSourceMissing(int code, const char *what)
{
    virReportError(code, _("Missing source %1$s attribute for char device"), what);
    return -1;
}


int
virDomainChrSourceDefValidate(const virDomainChrSourceDef *src, const virDomainChrDef *chr)
{
    switch ((virDomainChrType)src->type) {
    case VIR_DOMAIN_CHR_TYPE_DEV:
    case VIR_DOMAIN_CHR_TYPE_FILE:
    case VIR_DOMAIN_CHR_TYPE_PIPE:
        if (!src->path)
            return virDomainChrSourceMissing(VIR_ERR_INTERNAL_ERROR, "path");
        break;
    case VIR_DOMAIN_CHR_TYPE_UNIX:
        if (!src->path && !virDomainChrSourceAllowsNoPath(chr))
            return virDomainChrSourceMissing(VIR_ERR_INTERNAL_ERROR, "path");
        break;
    case VIR_DOMAIN_CHR_TYPE_TCP:
        if (!src->host)
            return virDomainChrSourceMissing(VIR_ERR_INTERNAL_ERROR, "host");
        if (!src->service)
            return virDomainChrSourceMissing(VIR_ERR_INTERNAL_ERROR, "service");
        break;
    case VIR_DOMAIN_CHR_TYPE_UDP:
        if (!src->service)
            return virDomainChrSourceMissing(VIR_ERR_INTERNAL_ERROR, "service");
        break;
    case VIR_DOMAIN_CHR_TYPE_SPICEPORT:
        if (!src->spiceport)
            return virDomainChrSourceMissing(VIR_ERR_CONFIG_UNSUPPORTED, "channel");
        break;
    case VIR_DOMAIN_CHR_TYPE_DBUS:
        if (!src->dbusChannel)
            return virDomainChrSourceMissing(VIR_ERR_CONFIG_UNSUPPORTED, "channel");
        break;
    case VIR_DOMAIN_CHR_TYPE_NMDM:
        if (!!src->master != !!src->slave) {
            virReportError(
                VIR_ERR_INTERNAL_ERROR, "%s",
                _("Should define both master and slave path attributes for nmdm device"));
            return -1;
        }
        break;
    case VIR_DOMAIN_CHR_TYPE_NULL:
    case VIR_DOMAIN_CHR_TYPE_VC:
    case VIR_DOMAIN_CHR_TYPE_PTY:
    case VIR_DOMAIN_CHR_TYPE_STDIO:
    case VIR_DOMAIN_CHR_TYPE_SPICEVMC:
    case VIR_DOMAIN_CHR_TYPE_QEMU_VDAGENT:
    case VIR_DOMAIN_CHR_TYPE_LAST:
        break;
    }

    if (src->reconnectEnabled != VIR_TRISTATE_BOOL_ABSENT && src->listen &&
        (src->type == VIR_DOMAIN_CHR_TYPE_TCP || src->type == VIR_DOMAIN_CHR_TYPE_UNIX)) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                       _("chardev reconnect is possible only for connect mode"));
        return -1;
    }
    return 0;
}


bool
virDomainChrSourceDefIsEqual(const virDomainChrSourceDef *a, const virDomainChrSourceDef *b)
{
    if (a->type != b->type)
        return false;

    switch ((virDomainChrType)a->type) {
    case VIR_DOMAIN_CHR_TYPE_PTY:
    case VIR_DOMAIN_CHR_TYPE_DEV:
    case VIR_DOMAIN_CHR_TYPE_FILE:
    case VIR_DOMAIN_CHR_TYPE_PIPE:
        return g_strcmp0(a->path, b->path) == 0 && a->append == b->append;
    case VIR_DOMAIN_CHR_TYPE_UDP:
        return g_strcmp0(a->bindHost, b->bindHost) == 0 &&
               g_strcmp0(a->bindService, b->bindService) == 0 && g_strcmp0(a->host, b->host) == 0 &&
               g_strcmp0(a->service, b->service) == 0;
    case VIR_DOMAIN_CHR_TYPE_TCP:
        return a->listen == b->listen && a->protocol == b->protocol &&
               g_strcmp0(a->host, b->host) == 0 && g_strcmp0(a->service, b->service) == 0;
    case VIR_DOMAIN_CHR_TYPE_UNIX:
        return a->listen == b->listen && g_strcmp0(a->path, b->path) == 0;
    case VIR_DOMAIN_CHR_TYPE_SPICEPORT:
        return g_strcmp0(a->spiceport, b->spiceport) == 0;
    case VIR_DOMAIN_CHR_TYPE_DBUS:
        return g_strcmp0(a->dbusChannel, b->dbusChannel) == 0;
    case VIR_DOMAIN_CHR_TYPE_NMDM:
        return g_strcmp0(a->master, b->master) == 0 && g_strcmp0(a->slave, b->slave) == 0;
    case VIR_DOMAIN_CHR_TYPE_QEMU_VDAGENT:
        return a->clipboard == b->clipboard && a->mouseMode == b->mouseMode;
    case VIR_DOMAIN_CHR_TYPE_NULL:
    case VIR_DOMAIN_CHR_TYPE_VC:
    case VIR_DOMAIN_CHR_TYPE_STDIO:
    case VIR_DOMAIN_CHR_TYPE_SPICEVMC:
    case VIR_DOMAIN_CHR_TYPE_LAST:
        break;
    }
    return true;
}
