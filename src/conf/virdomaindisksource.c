/*
 * virdomaindisksource.c: the storage source of a domain disk
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virdomaindisksource.h"
#include "virerror.h"
#include "virunits.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_ENUM_IMPL(virStorage,
              VIR_STORAGE_TYPE_LAST,
              "none",
              "file",
              "block",
              "dir",
              "network",
              "volume",
              "nvme",
              "vhostuser");

VIR_ENUM_IMPL(virStorageNetProtocol,
              VIR_STORAGE_NET_PROTOCOL_LAST,
              "none",
              "nbd",
              "rbd",
              "sheepdog",
              "gluster",
              "iscsi",
              "http",
              "https",
              "ftp",
              "ftps",
              "tftp",
              "ssh",
              "vxhs",
              "nfs");

VIR_ENUM_IMPL(virStorageNetHostTransport, VIR_STORAGE_NET_HOST_TRANS_LAST, "tcp", "unix", "rdma");

VIR_ENUM_IMPL(
    virStorageSourcePoolMode, VIR_STORAGE_SOURCE_POOL_MODE_LAST, "default", "host", "direct");

/* characters refused in cookie names and values (RFC 6265 plus controls) */
#define COOKIE_NAME_BAD "()<>@,;:\\\"/[]?={} \t"
#define COOKIE_VALUE_BAD " \",;\\"


virStorageSource *
virStorageSourceNew(void)
{
    return g_new0(virStorageSource, 1);
}


static void
virStorageSourceSeclabelFree(virStorageSourceSeclabel *sl)
{
    if (!sl)
        return;
    g_free(sl->model);
    g_free(sl->label);
    g_free(sl);
}


void
virStorageSourceFree(virStorageSource *src)
{
    size_t i;

    if (!src)
        return;
    virStorageSourceFree(src->backingStore);
    g_free(src->path);
    g_free(src->fdgroup);
    g_free(src->volume);
    g_free(src->query);
    g_free(src->tlsHostname);
    for (i = 0; i < src->nhosts; i++) {
        g_free(src->hosts[i].name);
        g_free(src->hosts[i].socket);
    }
    g_free(src->hosts);
    g_free(src->snapshot);
    g_free(src->configFile);
    g_free(src->initiatorIqn);
    for (i = 0; i < src->ncookies; i++) {
        g_free(src->cookies[i]->name);
        g_free(src->cookies[i]->value);
        g_free(src->cookies[i]);
    }
    g_free(src->cookies);
    g_free(src->nfsUser);
    g_free(src->nfsGroup);
    g_free(src->srcpool_pool);
    g_free(src->srcpool_volume);
    g_free(src->vhostuserPath);
    virStorageAuthDefFree(src->auth);
    virStorageEncryptionFree(src->encryption);
    for (i = 0; i < src->nseclabels; i++)
        virStorageSourceSeclabelFree(src->seclabels[i]);
    g_free(src->seclabels);
    g_free(src->prPath);
    g_free(src);
}


bool
virStorageSourceIsLocalStorage(const virStorageSource *src)
{
    return src->type == VIR_STORAGE_TYPE_FILE || src->type == VIR_STORAGE_TYPE_BLOCK ||
           src->type == VIR_STORAGE_TYPE_DIR;
}


bool
virStorageSourceIsEmpty(const virStorageSource *src)
{
    if (virStorageSourceIsLocalStorage(src) && !src->path)
        return true;
    if (src->type == VIR_STORAGE_TYPE_NONE)
        return true;
    if (src->type == VIR_STORAGE_TYPE_NETWORK && src->protocol == VIR_STORAGE_NET_PROTOCOL_NONE)
        return true;
    return false;
}


/* ---------------------------------------------------------------- parse */

int
virStorageNetHostDefParseXML(xmlNodePtr node, virStorageNetHostDef *host)
{
    g_autofree char *transport = virXMLPropString(node, "transport");
    g_autofree char *port = NULL;
    unsigned int p = 0;

    host->transport = VIR_STORAGE_NET_HOST_TRANS_TCP;
    if (transport && (host->transport = virStorageNetHostTransportTypeFromString(transport)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown protocol transport type '%1$s'"),
                       transport);
        return -1;
    }

    host->socket = virXMLPropString(node, "socket");
    if (host->transport == VIR_STORAGE_NET_HOST_TRANS_UNIX) {
        if (!host->socket) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("missing socket for unix transport"));
            return -1;
        }
        return 0;
    }
    if (host->socket) {
        virReportError(VIR_ERR_XML_ERROR, _("transport '%1$s' does not support socket attribute"),
                       NULLSTR(transport));
        return -1;
    }
    if (!(host->name = virXMLPropString(node, "name"))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing name for host"));
        return -1;
    }
    if ((port = virXMLPropString(node, "port"))) {
        if (virStrToLong_uip(port, NULL, 10, &p) < 0) {
            virReportErrorHelper(VIR_FROM_NONE, VIR_ERR_INVALID_ARG, __FILE__, __func__, __LINE__,
                                 _("failed to parse port number '%1$s'"), port);
            return -1;
        }
        if (p > 65535) {
            virReportErrorHelper(VIR_FROM_NONE, VIR_ERR_INVALID_ARG, __FILE__, __func__, __LINE__,
                                 _("port '%1$s' out of range"), port);
            return -1;
        }
        host->port = p;
    }
    return 0;
}


static int
virStorageNetHostsParse(xmlXPathContextPtr ctxt, virStorageSource *src)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./host", ctxt, &nodes)) <= 0)
        return n;

    src->hosts = g_new0(virStorageNetHostDef, n);
    src->nhosts = n;
    for (i = 0; i < (size_t)n; i++) {
        if (virStorageNetHostDefParseXML(nodes[i], &src->hosts[i]) < 0)
            return -1;
    }
    return 0;
}


static bool
virStorageHasBadChar(const char *str, const char *bad)
{
    const unsigned char *p;

    for (p = (const unsigned char *)str; *p; p++) {
        if (*p < 0x20 || *p == 0x7f || strchr(bad, *p))
            return true;
    }
    return false;
}


static int
virStorageNetCookieValidate(const virStorageNetCookieDef *cookie)
{
    g_autofree char *val = g_strdup(cookie->value);
    size_t len = strlen(val);
    const char *check = val;

    if (!*cookie->name) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("cookie name must not be empty"));
        return -1;
    }
    if (virStorageHasBadChar(cookie->name, COOKIE_NAME_BAD)) {
        virReportError(VIR_ERR_XML_ERROR, _("cookie name '%1$s' contains invalid characters"),
                       cookie->name);
        return -1;
    }
    if (len > 0 && val[0] == '"') {
        if (len < 2 || val[len - 1] != '"') {
            virReportError(VIR_ERR_XML_ERROR,
                           _("value of cookie '%1$s' contains invalid characters"), cookie->name);
            return -1;
        }
        val[len - 1] = '\0';
        check++;
    }
    if (virStorageHasBadChar(check, COOKIE_VALUE_BAD)) {
        virReportError(VIR_ERR_XML_ERROR, _("value of cookie '%1$s' contains invalid characters"),
                       cookie->name);
        return -1;
    }
    return 0;
}


static int
virStorageNetCookiesParse(xmlNodePtr node, xmlXPathContextPtr ctxt, virStorageSource *src)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;
    size_t j;

    ctxt->node = node;
    if ((n = virXPathNodeSet("./cookie", ctxt, &nodes)) <= 0)
        return n;

    src->cookies = g_new0(virStorageNetCookieDef *, n);
    for (i = 0; i < (size_t)n; i++) {
        virStorageNetCookieDef *c = g_new0(virStorageNetCookieDef, 1);

        src->cookies[src->ncookies++] = c;
        if (!(c->name = virXMLPropString(nodes[i], "name"))) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("missing cookie name"));
            return -1;
        }
        c->value = virXMLNodeContentString(nodes[i]);
        if (!c->value || !*c->value) {
            virReportError(VIR_ERR_XML_ERROR, _("missing value for cookie '%1$s'"), c->name);
            return -1;
        }
    }
    for (i = 0; i < src->ncookies; i++) {
        if (virStorageNetCookieValidate(src->cookies[i]) < 0)
            return -1;
        for (j = i + 1; j < src->ncookies; j++) {
            if (g_str_equal(src->cookies[i]->name, src->cookies[j]->name)) {
                virReportError(VIR_ERR_XML_ERROR, _("duplicate cookie '%1$s'"),
                               src->cookies[i]->name);
                return -1;
            }
        }
    }
    return 0;
}


/* gluster and rbd keep "VOLUME/image" in one attribute */
static int
virStorageSourceSplitVolume(virStorageSource *src)
{
    char *slash;

    if (!src->path || (src->protocol != VIR_STORAGE_NET_PROTOCOL_GLUSTER &&
                       src->protocol != VIR_STORAGE_NET_PROTOCOL_RBD))
        return 0;

    if (!(slash = strchr(src->path, '/')) || slash == src->path) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("can't split path '%1$s' into pool name and image name"), src->path);
        return -1;
    }
    src->volume = src->path;
    src->path = g_strdup(slash + 1);
    *slash = '\0';
    return 0;
}


static int
virStorageSourceNetworkParseExtra(xmlXPathContextPtr ctxt, virStorageSource *src)
{
    xmlNodePtr tmp;
    int p = src->protocol;

    if ((p == VIR_STORAGE_NET_PROTOCOL_HTTPS || p == VIR_STORAGE_NET_PROTOCOL_FTPS) &&
        (tmp = virXPathNode("./ssl", ctxt)) &&
        virXMLPropTristateBool(tmp, "verify", VIR_XML_PROP_NONE, &src->sslverify) < 0)
        return -1;

    if ((p == VIR_STORAGE_NET_PROTOCOL_HTTP || p == VIR_STORAGE_NET_PROTOCOL_HTTPS) &&
        (tmp = virXPathNode("./cookies", ctxt)) && virStorageNetCookiesParse(tmp, ctxt, src) < 0)
        return -1;

    if (p == VIR_STORAGE_NET_PROTOCOL_HTTP || p == VIR_STORAGE_NET_PROTOCOL_HTTPS ||
        p == VIR_STORAGE_NET_PROTOCOL_FTP || p == VIR_STORAGE_NET_PROTOCOL_FTPS) {
        if (virXPathULongLong("string(./readahead/@size)", ctxt, &src->readahead) == -2 ||
            virXPathULongLong("string(./timeout/@seconds)", ctxt, &src->timeout) == -2) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("invalid readahead size or timeout"));
            return -1;
        }
    }

    if (p == VIR_STORAGE_NET_PROTOCOL_NFS && (tmp = virXPathNode("./identity", ctxt))) {
        src->nfsUser = virXMLPropString(tmp, "user");
        src->nfsGroup = virXMLPropString(tmp, "group");
    }
    return 0;
}


static int
virStorageSourceNetworkParse(xmlNodePtr node, xmlXPathContextPtr ctxt, virStorageSource *src)
{
    unsigned int protocol = 0;

    if (virXMLPropEnum(node, "protocol", virStorageNetProtocolTypeFromString, VIR_XML_PROP_REQUIRED,
                       &protocol) < 0)
        return -1;
    src->protocol = protocol;

    if (!(src->path = virXMLPropString(node, "name")) &&
        src->protocol != VIR_STORAGE_NET_PROTOCOL_NBD) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing name for disk source"));
        return -1;
    }

    if (virXMLPropTristateBool(node, "tls", VIR_XML_PROP_NONE, &src->haveTLS) < 0)
        return -1;
    src->tlsHostname = virXMLPropString(node, "tlsHostname");

    if (virStorageSourceSplitVolume(src) < 0)
        return -1;

    src->snapshot = virXPathString("string(./snapshot/@name)", ctxt);
    src->configFile = virXPathString("string(./config/@file)", ctxt);

    if (src->protocol == VIR_STORAGE_NET_PROTOCOL_HTTP ||
        src->protocol == VIR_STORAGE_NET_PROTOCOL_HTTPS)
        src->query = virXMLPropString(node, "query");

    if (virStorageNetHostsParse(ctxt, src) < 0)
        return -1;

    src->initiatorIqn = virXPathString("string(./initiator/iqn/@name)", ctxt);

    return virStorageSourceNetworkParseExtra(ctxt, src);
}


static int
virStorageSourcePoolParse(xmlNodePtr node, virStorageSource *src)
{
    g_autofree char *pool = virXMLPropString(node, "pool");
    g_autofree char *volume = virXMLPropString(node, "volume");
    g_autofree char *mode = virXMLPropString(node, "mode");

    /* a <source> without pool and volume is as if absent */
    if (!pool && !volume)
        return 0;
    if (!pool || !volume) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("'pool' and 'volume' must be specified together for 'pool' type source"));
        return -1;
    }
    if (mode && (src->srcpool_mode = virStorageSourcePoolModeTypeFromString(mode)) <= 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("unknown source mode '%1$s' for volume type disk"), mode);
        return -1;
    }

    src->hasSrcpool = true;
    src->srcpool_pool = g_steal_pointer(&pool);
    src->srcpool_volume = g_steal_pointer(&volume);
    return 0;
}


static int
virStorageSourceNVMeParse(xmlNodePtr node, xmlXPathContextPtr ctxt, virStorageSource *src)
{
    g_autofree char *type = virXMLPropString(node, "type");
    g_autofree char *ns = NULL;
    xmlNodePtr address;

    if (!type) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing 'type' attribute to disk source"));
        return -1;
    }
    if (!g_str_equal(type, "pci")) {
        virReportError(VIR_ERR_XML_ERROR, _("unsupported source type '%1$s'"), type);
        return -1;
    }
    if (!(ns = virXMLPropString(node, "namespace"))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing 'namespace' attribute to disk source"));
        return -1;
    }
    if (virStrToLong_ull(ns, NULL, 10, &src->nvmeNamespace) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("malformed namespace '%1$s'"), ns);
        return -1;
    }
    if (virXMLPropTristateBool(node, "managed", VIR_XML_PROP_NONE, &src->nvmeManaged) < 0)
        return -1;
    if (!(address = virXPathNode("./address", ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("NVMe disk source is missing address"));
        return -1;
    }
    if (virPCIDeviceAddressParseXML(address, &src->nvmePciAddr) < 0)
        return -1;
    src->hasNvme = true;
    return 0;
}


static int
virStorageSourceVhostuserParse(xmlNodePtr node, xmlXPathContextPtr ctxt, virStorageSource *src)
{
    g_autofree char *type = virXMLPropString(node, "type");
    xmlNodePtr reconnect;

    if (!type) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("missing 'type' attribute for vhostuser disk source"));
        return -1;
    }
    if (!g_str_equal(type, "unix")) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("invalid 'type' attribute for vhostuser disk source"));
        return -1;
    }
    if (!(src->vhostuserPath = virXMLPropString(node, "path"))) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("missing 'path' attribute for vhostuser disk source"));
        return -1;
    }
    if ((reconnect = virXPathNode("./reconnect", ctxt))) {
        if (virXMLPropTristateBool(reconnect, "enabled", VIR_XML_PROP_NONE,
                                   &src->reconnectEnabled) < 0)
            return -1;
        if (src->reconnectEnabled == VIR_TRISTATE_BOOL_YES &&
            virXMLPropUInt(reconnect, "timeout", 10, VIR_XML_PROP_REQUIRED,
                           &src->reconnectTimeout) < 0)
            return -1;
    }
    return 0;
}


static int
virStorageSourcePRParse(xmlXPathContextPtr ctxt, virStorageSource *src)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autofree char *type = NULL;
    g_autofree char *path = NULL;
    g_autofree char *mode = NULL;

    if (!(ctxt->node = virXPathNode("./reservations", ctxt)))
        return 0;

    if (virXMLPropTristateBool(ctxt->node, "managed", VIR_XML_PROP_REQUIRED, &src->prManaged) < 0)
        return -1;

    type = virXPathString("string(./source[1]/@type)", ctxt);
    path = virXPathString("string(./source[1]/@path)", ctxt);
    mode = virXPathString("string(./source[1]/@mode)", ctxt);

    if (src->prManaged == VIR_TRISTATE_BOOL_NO || type || path || mode) {
        if (!type || !path || !mode) {
            virReportErrorHelper(VIR_FROM_STORAGE, VIR_ERR_XML_ERROR, __FILE__, __func__, __LINE__,
                                 !type   ? _("missing connection type for <reservations/>")
                                 : !path ? _("missing path for <reservations/>")
                                         : _("missing connection mode for <reservations/>"));
            return -1;
        }
    }
    if (type && !g_str_equal(type, "unix")) {
        virReportErrorHelper(VIR_FROM_STORAGE, VIR_ERR_XML_ERROR, __FILE__, __func__, __LINE__,
                             _("unsupported connection type for <reservations/>: %1$s"), type);
        return -1;
    }
    if (mode && !g_str_equal(mode, "client")) {
        virReportErrorHelper(VIR_FROM_STORAGE, VIR_ERR_XML_ERROR, __FILE__, __func__, __LINE__,
                             _("unsupported connection mode for <reservations/>: %1$s"), mode);
        return -1;
    }
    src->hasPR = true;
    src->prPath = g_steal_pointer(&path);
    return 0;
}


static int
virStorageSourceSeclabelsParse(xmlXPathContextPtr ctxt, virStorageSource *src, unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./seclabel", ctxt, &nodes)) <= 0)
        return n;

    src->seclabels = g_new0(virStorageSourceSeclabel *, n);
    for (i = 0; i < (size_t)n; i++) {
        virStorageSourceSeclabel *sl = g_new0(virStorageSourceSeclabel, 1);
        g_autofree char *relabel = virXMLPropString(nodes[i], "relabel");
        g_autofree char *labelskip = virXMLPropString(nodes[i], "labelskip");

        src->seclabels[src->nseclabels++] = sl;
        sl->model = virXMLPropString(nodes[i], "model");
        sl->relabel = true;
        if (relabel) {
            if (!g_str_equal(relabel, "yes") && !g_str_equal(relabel, "no")) {
                virReportError(VIR_ERR_XML_ERROR, _("invalid security relabel value '%1$s'"),
                               relabel);
                return -1;
            }
            sl->relabel = g_str_equal(relabel, "yes");
        }
        if (labelskip && !(flags & VIR_DOMAIN_DEF_PARSE_INACTIVE))
            sl->labelskip = g_str_equal(labelskip, "yes");

        ctxt->node = nodes[i];
        sl->label = virXPathString("string(./label)", ctxt);
        if (sl->label && !sl->relabel) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("Cannot specify a label if relabelling is turned off. model=%1$s"),
                           NULLSTR(sl->model));
            return -1;
        }
    }
    return 0;
}


static int
virStorageSourceSlicesParse(xmlXPathContextPtr ctxt, virStorageSource *src)
{
    xmlNodePtr node;
    g_autofree char *offset = NULL;
    g_autofree char *size = NULL;

    if (!(node = virXPathNode("./slices/slice[@type='storage']", ctxt)))
        return 0;

    offset = virXMLPropString(node, "offset");
    size = virXMLPropString(node, "size");
    if (!offset || !size) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing offset or size attribute of slice"));
        return -1;
    }
    if (virStrToLong_ullp(offset, NULL, 10, &src->sliceOffset) < 0) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("malformed value '%1$s' of 'offset' attribute of slice"), offset);
        return -1;
    }
    if (virStrToLong_ullp(size, NULL, 10, &src->sliceSize) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("malformed value '%1$s' of 'size' attribute of slice"),
                       size);
        return -1;
    }
    src->hasSlice = true;
    return 0;
}


static int
virStorageSourceParseType(xmlNodePtr node, xmlXPathContextPtr ctxt, virStorageSource *src)
{
    switch ((virStorageType)src->type) {
    case VIR_STORAGE_TYPE_FILE:
        src->path = virXMLPropString(node, "file");
        src->fdgroup = virXMLPropString(node, "fdgroup");
        return 0;
    case VIR_STORAGE_TYPE_BLOCK:
        src->path = virXMLPropString(node, "dev");
        return 0;
    case VIR_STORAGE_TYPE_DIR:
        src->path = virXMLPropString(node, "dir");
        return 0;
    case VIR_STORAGE_TYPE_NETWORK:
        return virStorageSourceNetworkParse(node, ctxt, src);
    case VIR_STORAGE_TYPE_VOLUME:
        return virStorageSourcePoolParse(node, src);
    case VIR_STORAGE_TYPE_NVME:
        return virStorageSourceNVMeParse(node, ctxt, src);
    case VIR_STORAGE_TYPE_VHOST_USER:
        return virStorageSourceVhostuserParse(node, ctxt, src);
    case VIR_STORAGE_TYPE_NONE:
    case VIR_STORAGE_TYPE_LAST:
        break;
    }
    virReportError(VIR_ERR_INTERNAL_ERROR, _("unexpected disk type %1$s"),
                   NULLSTR(virStorageTypeToString(src->type)));
    return -1;
}


int
virStorageSourceParse(xmlNodePtr node,
                      xmlXPathContextPtr ctxt,
                      virStorageSource *src,
                      unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    xmlNodePtr tmp;

    ctxt->node = node;

    if (virStorageSourceParseType(node, ctxt, src) < 0)
        return -1;

    if ((tmp = virXPathNode("./auth", ctxt)) && !(src->auth = virStorageAuthDefParse(tmp, ctxt)))
        return -1;

    if ((tmp = virXPathNode("./encryption", ctxt)) &&
        !(src->encryption = virStorageEncryptionParseNode(tmp, ctxt)))
        return -1;

    if (virStorageSourcePRParse(ctxt, src) < 0)
        return -1;

    if (virStorageSourceSeclabelsParse(ctxt, src, flags) < 0)
        return -1;

    /* an empty path means "no media" (some applications write file='') */
    if (src->path && !*src->path)
        g_clear_pointer(&src->path, g_free);

    return virStorageSourceSlicesParse(ctxt, src);
}


static int
virStorageSourceBackingStoreParseOne(xmlXPathContextPtr ctxt,
                                     const char *type,
                                     virStorageSource **ret,
                                     unsigned int flags)
{
    g_autoptr(virStorageSource) bs = virStorageSourceNew();
    g_autofree char *format = NULL;
    g_autofree char *idx = NULL;
    xmlNodePtr source;

    if (!(flags & VIR_DOMAIN_DEF_PARSE_INACTIVE))
        idx = virXMLPropString(ctxt->node, "index");

    if (!(format = virXPathString("string(./format/@type)", ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing disk backing store format"));
        return -1;
    }
    if (!(source = virXPathNode("./source", ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing disk backing store source"));
        return -1;
    }
    if ((bs->type = virStorageTypeFromString(type)) <= 0) {
        virReportError(VIR_ERR_XML_ERROR, _("unknown storage source type '%1$s'"), type);
        return -1;
    }
    if ((bs->format = virStorageFileFormatTypeFromString(format)) <= 0) {
        virReportError(VIR_ERR_XML_ERROR, _("unknown storage source format '%1$s'"), format);
        return -1;
    }
    if (idx && virStrToLong_uip(idx, NULL, 10, &bs->id) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("invalid storage source index '%1$s'"), idx);
        return -1;
    }

    /* backing images are never written by the guest */
    bs->readonly = true;

    if (virStorageSourceParse(source, ctxt, bs, flags) < 0 ||
        virStorageSourceBackingStoreParse(ctxt, bs, flags) < 0)
        return -1;

    if (virParseScaledValue("./format/metadata_cache/max_size", NULL, ctxt,
                            &bs->metadataCacheMaxSize, 1, ULLONG_MAX, false) < 0)
        return -1;

    *ret = g_steal_pointer(&bs);
    return 0;
}


int
virStorageSourceBackingStoreParse(xmlXPathContextPtr ctxt,
                                  virStorageSource *src,
                                  unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autofree char *type = NULL;

    if (!(ctxt->node = virXPathNode("./backingStore", ctxt)))
        return 0;

    /* the chain terminator <backingStore/> has no type */
    if (!(type = virXMLPropString(ctxt->node, "type"))) {
        src->backingStore = virStorageSourceNew();
        return 0;
    }
    return virStorageSourceBackingStoreParseOne(ctxt, type, &src->backingStore, flags);
}
