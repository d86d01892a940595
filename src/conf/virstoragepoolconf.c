/*
 * virstoragepoolconf.c: the storage pool XML model
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <glib.h>

#include "virerror.h"
#include "virfile.h"
#include "virlog.h"
#include "virstoragepoolconf.h"
#include "virunits.h"

#define VIR_FROM_THIS VIR_FROM_STORAGE

VIR_LOG_INIT("conf.storagepoolconf");

VIR_ENUM_IMPL(virStoragePool,
              VIR_STORAGE_POOL_LAST,
              "dir",
              "fs",
              "netfs",
              "logical",
              "disk",
              "iscsi",
              "iscsi-direct",
              "scsi",
              "mpath",
              "rbd",
              "sheepdog",
              "gluster",
              "zfs",
              "vstorage");

VIR_ENUM_IMPL(virStoragePoolFormatFileSystem,
              VIR_STORAGE_POOL_FS_LAST,
              "auto",
              "ext2",
              "ext3",
              "ext4",
              "ufs",
              "iso9660",
              "udf",
              "gfs",
              "gfs2",
              "vfat",
              "hfs+",
              "xfs",
              "ocfs2",
              "vmfs");

VIR_ENUM_IMPL(virStoragePoolFormatFileSystemNet,
              VIR_STORAGE_POOL_NETFS_LAST,
              "auto",
              "nfs",
              "glusterfs",
              "cifs");

VIR_ENUM_IMPL(virStoragePoolFormatDisk,
              VIR_STORAGE_POOL_DISK_LAST,
              "unknown",
              "dos",
              "dvh",
              "gpt",
              "mac",
              "bsd",
              "pc98",
              "sun",
              "lvm2");

VIR_ENUM_IMPL(virStoragePoolFormatLogical, VIR_STORAGE_POOL_LOGICAL_LAST, "unknown", "lvm2");

VIR_ENUM_IMPL(virStorageVolDefRefreshAllocation,
              VIR_STORAGE_VOL_DEF_REFRESH_ALLOCATION_LAST,
              "default",
              "capacity");

/* Which <source> parts a pool type uses (parsed always, written and
 * checked only when the type uses them). */
enum {
    SRC_HOST = 1 << 0,
    SRC_DEVICE = 1 << 1,
    SRC_DIR = 1 << 2,
    SRC_ADAPTER = 1 << 3,
    SRC_NAME = 1 << 4,
    SRC_INITIATOR = 1 << 5,
    SRC_NETWORK = 1 << 6, /* no local target */
};

typedef struct {
    unsigned int flags;
    int defaultFormat;
    int (*formatFromString)(const char *str);
    const char *(*formatToString)(int format);
} virStoragePoolTypeInfo;

static const virStoragePoolTypeInfo poolTypeInfo[VIR_STORAGE_POOL_LAST] = {
    [VIR_STORAGE_POOL_DIR] = { 0, 0, NULL, NULL },
    [VIR_STORAGE_POOL_FS] = { SRC_DEVICE, VIR_STORAGE_POOL_FS_AUTO,
                              virStoragePoolFormatFileSystemTypeFromString,
                              virStoragePoolFormatFileSystemTypeToString },
    [VIR_STORAGE_POOL_NETFS] = { SRC_HOST | SRC_DIR, VIR_STORAGE_POOL_NETFS_AUTO,
                                 virStoragePoolFormatFileSystemNetTypeFromString,
                                 virStoragePoolFormatFileSystemNetTypeToString },
    [VIR_STORAGE_POOL_LOGICAL] = { SRC_NAME | SRC_DEVICE, VIR_STORAGE_POOL_LOGICAL_LVM2,
                                   virStoragePoolFormatLogicalTypeFromString,
                                   virStoragePoolFormatLogicalTypeToString },
    [VIR_STORAGE_POOL_DISK] = { SRC_DEVICE, VIR_STORAGE_POOL_DISK_UNKNOWN,
                                virStoragePoolFormatDiskTypeFromString,
                                virStoragePoolFormatDiskTypeToString },
    [VIR_STORAGE_POOL_ISCSI] = { SRC_HOST | SRC_DEVICE | SRC_INITIATOR, 0, NULL, NULL },
    [VIR_STORAGE_POOL_ISCSI_DIRECT] = { SRC_HOST | SRC_DEVICE | SRC_NETWORK | SRC_INITIATOR, 0,
                                        NULL, NULL },
    [VIR_STORAGE_POOL_SCSI] = { SRC_ADAPTER, 0, NULL, NULL },
    [VIR_STORAGE_POOL_MPATH] = { 0, 0, NULL, NULL },
    [VIR_STORAGE_POOL_RBD] = { SRC_HOST | SRC_NETWORK | SRC_NAME, 0, NULL, NULL },
    [VIR_STORAGE_POOL_SHEEPDOG] = { SRC_HOST | SRC_NETWORK | SRC_NAME, 0, NULL, NULL },
    [VIR_STORAGE_POOL_GLUSTER] = { SRC_HOST | SRC_NETWORK | SRC_NAME | SRC_DIR, 0, NULL, NULL },
    [VIR_STORAGE_POOL_ZFS] = { SRC_NAME | SRC_DEVICE, 0, NULL, NULL },
    [VIR_STORAGE_POOL_VSTORAGE] = { SRC_NAME, 0, NULL, NULL },
};

void
virStoragePermsClear(virStoragePerms *perms)
{
    g_clear_pointer(&perms->label, g_free);
    perms->mode = (mode_t)-1;
    perms->uid = (uid_t)-1;
    perms->gid = (gid_t)-1;
}


/* owner/group: a decimal number that fits the id type, or -1 */
static int
virStoragePermsParseId(xmlXPathContextPtr ctxt, bool owner, unsigned int *id)
{
    xmlNodePtr node = virXPathNode(owner ? "./owner" : "./group", ctxt);
    g_autofree char *str = NULL;
    long long val;

    if (!node)
        return 0;
    str = virXMLNodeContentString(node);
    if (virStrToLong_ll(str, NULL, 10, &val) < 0 || ((unsigned int)val != val && val != -1)) {
        if (owner)
            virReportError(VIR_ERR_XML_ERROR, "%s", _("malformed owner element"));
        else
            virReportError(VIR_ERR_XML_ERROR, "%s", _("malformed group element"));
        return -1;
    }
    *id = (unsigned int)val;
    return 0;
}


int
virStoragePermsParse(xmlXPathContextPtr ctxt, const char *xpath, virStoragePerms *perms)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autofree char *mode = NULL;
    unsigned int uid = (unsigned int)-1;
    unsigned int gid = (unsigned int)-1;
    xmlNodePtr node;

    perms->mode = (mode_t)-1;
    perms->uid = (uid_t)-1;
    perms->gid = (gid_t)-1;
    perms->label = NULL;

    if (!(node = virXPathNode(xpath, ctxt)))
        return 0;
    ctxt->node = node;

    if ((mode = virXPathString("string(./mode)", ctxt))) {
        int tmp;

        if (virStrToLong_i(mode, NULL, 8, &tmp) < 0 || (tmp & ~0777)) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("malformed octal mode"));
            return -1;
        }
        perms->mode = tmp;
    }

    if (virStoragePermsParseId(ctxt, true, &uid) < 0 ||
        virStoragePermsParseId(ctxt, false, &gid) < 0)
        return -1;
    perms->uid = uid;
    perms->gid = gid;

    perms->label = virXPathString("string(./label)", ctxt);
    return 0;
}


void
virStoragePermsFormat(virBuffer *buf, const virStoragePerms *perms)
{
    if (perms->mode == (mode_t)-1 && perms->uid == (uid_t)-1 && perms->gid == (gid_t)-1 &&
        !perms->label)
        return;

    virBufferAddLit(buf, "<permissions>\n");
    virBufferAdjustIndent(buf, 2);
    if (perms->mode != (mode_t)-1)
        virBufferAsprintf(buf, "<mode>0%o</mode>\n", (unsigned int)perms->mode);
    /* libvirt prints ids as signed numbers */
    if (perms->uid != (uid_t)-1)
        virBufferAsprintf(buf, "<owner>%d</owner>\n", (int)perms->uid);
    if (perms->gid != (gid_t)-1)
        virBufferAsprintf(buf, "<group>%d</group>\n", (int)perms->gid);
    virBufferEscapeString(buf, "<label>%s</label>\n", perms->label);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</permissions>\n");
}


void
virStoragePoolSourceClear(virStoragePoolSource *source)
{
    size_t i;

    if (!source)
        return;
    for (i = 0; i < source->nhost; i++)
        g_free(source->hosts[i].name);
    g_free(source->hosts);
    for (i = 0; i < source->ndevice; i++) {
        g_free(source->devices[i].path);
        g_free(source->devices[i].freeExtents);
    }
    g_free(source->devices);
    g_free(source->dir);
    virStorageAdapterClear(&source->adapter);
    g_free(source->name);
    g_free(source->initiatorIqn);
    virStorageAuthDefFree(source->auth);
    g_free(source->vendor);
    g_free(source->product);
    g_free(source->protocolVer);
    memset(source, 0, sizeof(*source));
}


void
virStoragePoolDefFree(virStoragePoolDef *def)
{
    size_t i;

    if (!def)
        return;
    g_free(def->name);
    virStoragePoolSourceClear(&def->source);
    g_free(def->target.path);
    virStoragePermsClear(&def->target.perms);
    for (i = 0; i < def->nmountOpts; i++)
        g_free(def->mountOpts[i]);
    g_free(def->mountOpts);
    for (i = 0; i < def->nrbdOpts; i++) {
        g_free(def->rbdOptNames[i]);
        g_free(def->rbdOptValues[i]);
    }
    g_free(def->rbdOptNames);
    g_free(def->rbdOptValues);
    g_free(def);
}


static int
virStoragePoolSourceParseHosts(xmlXPathContextPtr ctxt, virStoragePoolSource *source)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./host", ctxt, &nodes)) <= 0)
        return n;
    source->hosts = g_new0(virStoragePoolSourceHost, n);
    source->nhost = n;
    for (i = 0; i < source->nhost; i++) {
        if (!(source->hosts[i].name = virXMLPropString(nodes[i], "name"))) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("missing storage pool host name"));
            return -1;
        }
        if (virXMLPropInt(nodes[i], "port", 10, VIR_XML_PROP_NONE, &source->hosts[i].port, 0) < 0)
            return -1;
    }
    return 0;
}


static int
virStoragePoolSourceParseDevices(xmlXPathContextPtr ctxt, virStoragePoolSource *source)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./device", ctxt, &nodes)) <= 0)
        return n;
    source->devices = g_new0(virStoragePoolSourceDevice, n);
    source->ndevice = n;
    for (i = 0; i < source->ndevice; i++) {
        virStoragePoolSourceDevice *dev = &source->devices[i];

        if (!(dev->path = virXMLPropString(nodes[i], "path"))) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("missing storage pool source device path"));
            return -1;
        }
        if (virXMLPropTristateBool(nodes[i], "part_separator", VIR_XML_PROP_NONE,
                                   &dev->part_separator) < 0)
            return -1;
    }
    return 0;
}


static int
virStoragePoolSourceParseFormat(xmlXPathContextPtr ctxt,
                                virStoragePoolSource *source,
                                const virStoragePoolTypeInfo *info)
{
    g_autofree char *format = NULL;

    if (!info->formatFromString)
        return 0;
    if (!(format = virXPathString("string(./format/@type)", ctxt))) {
        source->format = info->defaultFormat;
        return 0;
    }
    if ((source->format = info->formatFromString(format)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown pool format type %1$s"), format);
        return -1;
    }
    return 0;
}


static int
virStoragePoolSourceParse(xmlXPathContextPtr ctxt,
                          xmlNodePtr node,
                          virStoragePoolType type,
                          virStoragePoolSource *source)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    xmlNodePtr child;

    ctxt->node = node;

    source->name = virXPathString("string(./name)", ctxt);
    if (type == VIR_STORAGE_POOL_RBD && !source->name) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("element 'name' is mandatory for RBD pool"));
        return -1;
    }
    if (virStoragePoolSourceParseFormat(ctxt, source, &poolTypeInfo[type]) < 0 ||
        virStoragePoolSourceParseHosts(ctxt, source) < 0)
        return -1;
    source->initiatorIqn = virXPathString("string(./initiator/iqn/@name)", ctxt);
    if (virStoragePoolSourceParseDevices(ctxt, source) < 0)
        return -1;

    source->dir = virXPathString("string(./dir/@path)", ctxt);
    if (!source->dir && type == VIR_STORAGE_POOL_GLUSTER)
        source->dir = g_strdup("/");

    if ((child = virXPathNode("./adapter", ctxt)) &&
        virStorageAdapterParseXML(child, ctxt, &source->adapter) < 0)
        return -1;

    if ((child = virXPathNode("./auth", ctxt))) {
        if (!(source->auth = virStorageAuthDefParse(child, ctxt)))
            return -1;
        if (source->auth->authType == VIR_STORAGE_AUTH_TYPE_NONE) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s", _("storage pool missing auth type"));
            return -1;
        }
    }

    source->protocolVer = virXPathString("string(./protocol/@ver)", ctxt);
    /* libvirt compares the raw format number whatever the pool type, so
     * e.g. an ext4 fs pool is refused as if it were a cifs one */
    if (source->protocolVer && source->format == VIR_STORAGE_POOL_NETFS_CIFS) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("storage pool protocol ver unsupported for pool type '%1$s'"),
                       virStoragePoolFormatFileSystemNetTypeToString(source->format));
        return -1;
    }

    source->vendor = virXPathString("string(./vendor/@name)", ctxt);
    source->product = virXPathString("string(./product/@name)", ctxt);
    return 0;
}


/* The source checks libvirt makes after reading the name and uuid. */
static int
virStoragePoolDefValidateSource(const virStoragePoolDef *def)
{
    const virStoragePoolTypeInfo *info = &poolTypeInfo[def->type];

    if ((info->flags & SRC_HOST) && def->source.nhost == 0) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing storage pool source host name"));
        return -1;
    }
    if ((info->flags & SRC_DIR) && !def->source.dir) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing storage pool source path"));
        return -1;
    }
    if ((info->flags & SRC_ADAPTER) && virStorageAdapterValidate(&def->source.adapter) < 0)
        return -1;
    /* a device is required only where it is the sole kind of source */
    if (info->flags == SRC_DEVICE && def->source.ndevice == 0) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing storage pool source device name"));
        return -1;
    }
    return 0;
}


static int
virStoragePoolDefValidateInitiator(const virStoragePoolDef *def)
{
    if (def->type == VIR_STORAGE_POOL_ISCSI_DIRECT && !def->source.initiatorIqn) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s", _("missing initiator IQN"));
        return -1;
    }
    return 0;
}


int
virStoragePoolDefValidate(const virStoragePoolDef *def)
{
    if (def->type >= VIR_STORAGE_POOL_LAST) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unexpected pool type %1$d"), def->type);
        return -1;
    }
    if (!def->name) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing pool source name element"));
        return -1;
    }
    if (virStoragePoolDefValidateSource(def) < 0)
        return -1;
    if (!(poolTypeInfo[def->type].flags & SRC_NETWORK) && !def->target.path) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing storage pool target path"));
        return -1;
    }
    return virStoragePoolDefValidateInitiator(def);
}


/* Is @node the element @name in the namespace @href (any prefix)? */
static bool
virStoragePoolIsNSElement(xmlNodePtr node, const char *href, const char *name)
{
    return node->type == XML_ELEMENT_NODE && node->ns &&
           xmlStrEqual(node->ns->href, BAD_CAST href) && virXMLNodeNameEqual(node, name);
}


static int
virStoragePoolDefParseNamespaces(xmlNodePtr root, virStoragePoolDef *def)
{
    bool fs = def->type == VIR_STORAGE_POOL_FS || def->type == VIR_STORAGE_POOL_NETFS;
    const char *href =
        fs ? VIR_STORAGE_POOL_FS_NAMESPACE_HREF : VIR_STORAGE_POOL_RBD_NAMESPACE_HREF;
    const char *group = fs ? "mount_opts" : "config_opts";
    xmlNodePtr cur;
    xmlNodePtr opt;

    if (!fs && def->type != VIR_STORAGE_POOL_RBD)
        return 0;

    for (cur = root->children; cur; cur = cur->next) {
        if (!virStoragePoolIsNSElement(cur, href, group))
            continue;
        for (opt = cur->children; opt; opt = opt->next) {
            g_autofree char *name = NULL;
            g_autofree char *value = NULL;

            if (!virStoragePoolIsNSElement(opt, href, "option"))
                continue;
            name = virXMLPropString(opt, "name");
            value = fs ? NULL : virXMLPropString(opt, "value");
            if (!name || !*name || (!fs && (!value || !*value))) {
                virReportError(VIR_ERR_XML_ERROR, _("invalid option in '%1$s' namespace element"),
                               group);
                return -1;
            }
            if (fs) {
                def->mountOpts = g_renew(char *, def->mountOpts, def->nmountOpts + 1);
                def->mountOpts[def->nmountOpts++] = g_steal_pointer(&name);
            } else {
                def->rbdOptNames = g_renew(char *, def->rbdOptNames, def->nrbdOpts + 1);
                def->rbdOptValues = g_renew(char *, def->rbdOptValues, def->nrbdOpts + 1);
                def->rbdOptNames[def->nrbdOpts] = g_steal_pointer(&name);
                def->rbdOptValues[def->nrbdOpts++] = g_steal_pointer(&value);
            }
        }
    }
    return 0;
}


static int
virStoragePoolDefParseName(xmlXPathContextPtr ctxt, virStoragePoolDef *def)
{
    def->name = virXPathString("string(./name)", ctxt);
    if (!def->name && (poolTypeInfo[def->type].flags & SRC_NAME))
        def->name = g_strdup(def->source.name);
    if (!def->name) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing pool source name element"));
        return -1;
    }
    if (strchr(def->name, '/')) {
        virReportError(VIR_ERR_XML_ERROR, _("name %1$s cannot contain '/'"), def->name);
        return -1;
    }
    return 0;
}


static int
virStoragePoolDefParseUUID(xmlXPathContextPtr ctxt, virStoragePoolDef *def)
{
    g_autofree char *uuid = virXPathString("string(./uuid)", ctxt);

    if (!uuid)
        return virUUIDGenerate(def->uuid);
    if (virUUIDParse(uuid, def->uuid) < 0) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("malformed uuid element"));
        return -1;
    }
    return 0;
}


static int
virStoragePoolDefParseTarget(xmlXPathContextPtr ctxt, virStoragePoolDef *def)
{
    g_autofree char *path = NULL;

    /* network pools have no local target: whatever is given is ignored */
    if (poolTypeInfo[def->type].flags & SRC_NETWORK)
        return 0;

    if (def->type == VIR_STORAGE_POOL_LOGICAL)
        path = g_strdup_printf("/dev/%s", def->source.name);
    else if (def->type == VIR_STORAGE_POOL_ZFS)
        path = g_strdup_printf("/dev/zvol/%s", def->source.name);
    else if (!(path = virXPathString("string(./target/path)", ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing storage pool target path"));
        return -1;
    }
    def->target.path = virFileSanitizePath(path);

    return virStoragePermsParse(ctxt, "./target/permissions", &def->target.perms);
}


static int
virStoragePoolDefParseExtras(xmlXPathContextPtr ctxt, virStoragePoolDef *def)
{
    xmlNodePtr node;
    g_autofree char *alloc = NULL;
    int val;

    if ((node = virXPathNode("./features/cow", ctxt)) &&
        virXMLPropTristateBool(node, "state", VIR_XML_PROP_NONE, &def->featureCow) < 0)
        return -1;

    if ((alloc = virXPathString("string(./refresh/volume/@allocation)", ctxt))) {
        if ((val = virStorageVolDefRefreshAllocationTypeFromString(alloc)) < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("unknown storage pool volume refresh allocation type %1$s"), alloc);
            return -1;
        }
        def->hasRefresh = true;
        def->refreshVolAlloc = val;
    }
    return 0;
}


virStoragePoolDef *
virStoragePoolDefParseNode(xmlXPathContextPtr ctxt, xmlNodePtr node, unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virStoragePoolDef) def = g_new0(virStoragePoolDef, 1);
    unsigned int type = 0;
    xmlNodePtr source;

    ctxt->node = node;
    def->target.perms.mode = (mode_t)-1;
    def->target.perms.uid = (uid_t)-1;
    def->target.perms.gid = (gid_t)-1;

    if (virXMLPropEnum(node, "type", virStoragePoolTypeFromString, VIR_XML_PROP_REQUIRED, &type) <
        0)
        return NULL;
    def->type = type;

    if ((source = virXPathNode("./source", ctxt))) {
        if (virStoragePoolSourceParse(ctxt, source, def->type, &def->source) < 0)
            return NULL;
    } else {
        def->source.format = poolTypeInfo[def->type].defaultFormat;
    }

    if (virStoragePoolDefParseName(ctxt, def) < 0 || virStoragePoolDefParseUUID(ctxt, def) < 0 ||
        virStoragePoolDefValidateSource(def) < 0)
        return NULL;

    if ((poolTypeInfo[def->type].flags & SRC_NAME) && !def->source.name)
        def->source.name = g_strdup(def->name);

    if (virStoragePoolDefParseTarget(ctxt, def) < 0 ||
        virStoragePoolDefValidateInitiator(def) < 0 || virStoragePoolDefParseExtras(ctxt, def) < 0)
        return NULL;

    if ((flags & VIR_STORAGE_POOL_DEF_PARSE_NAMESPACES) &&
        virStoragePoolDefParseNamespaces(node, def) < 0)
        return NULL;

    return g_steal_pointer(&def);
}


virStoragePoolDef *
virStoragePoolDefParseString(const char *xml, unsigned int flags)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;

    if (!(doc = virXMLParse(NULL, xml, _("(storage_pool_definition)"), "pool", &ctxt,
                            "storagepool.rng", flags & VIR_STORAGE_POOL_DEF_PARSE_VALIDATE)))
        return NULL;
    return virStoragePoolDefParseNode(ctxt, xmlDocGetRootElement(doc), flags);
}


static void
virStoragePoolSourceFormatDevices(virBuffer *buf, const virStoragePoolSource *src)
{
    size_t i;
    size_t j;

    for (i = 0; i < src->ndevice; i++) {
        const virStoragePoolSourceDevice *dev = &src->devices[i];

        virBufferEscapeString(buf, "<device path='%s'", dev->path);
        if (dev->part_separator != VIR_TRISTATE_BOOL_ABSENT)
            virBufferAsprintf(buf, " part_separator='%s'",
                              virTristateBoolTypeToString(dev->part_separator));
        if (dev->nfreeExtent == 0) {
            virBufferAddLit(buf, "/>\n");
            continue;
        }
        virBufferAddLit(buf, ">\n");
        virBufferAdjustIndent(buf, 2);
        for (j = 0; j < dev->nfreeExtent; j++)
            virBufferAsprintf(buf, "<freeExtent start='%llu' end='%llu'/>\n",
                              dev->freeExtents[j].start, dev->freeExtents[j].end);
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</device>\n");
    }
}


int
virStoragePoolDefFormatSourceBuf(virBuffer *buf,
                                 virStoragePoolType type,
                                 const virStoragePoolSource *src)
{
    const virStoragePoolTypeInfo *info;
    size_t i;

    if (type >= VIR_STORAGE_POOL_LAST) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unexpected pool type %1$d"), type);
        return -1;
    }
    info = &poolTypeInfo[type];

    virBufferAddLit(buf, "<source>\n");
    virBufferAdjustIndent(buf, 2);

    if (info->flags & SRC_HOST) {
        for (i = 0; i < src->nhost; i++) {
            virBufferEscapeString(buf, "<host name='%s'", src->hosts[i].name);
            if (src->hosts[i].port)
                virBufferAsprintf(buf, " port='%d'", src->hosts[i].port);
            virBufferAddLit(buf, "/>\n");
        }
    }
    if (info->flags & SRC_DEVICE)
        virStoragePoolSourceFormatDevices(buf, src);
    if (info->flags & SRC_DIR)
        virBufferEscapeString(buf, "<dir path='%s'/>\n", src->dir);
    if ((info->flags & SRC_ADAPTER) && src->adapter.type != VIR_STORAGE_ADAPTER_TYPE_DEFAULT)
        virStorageAdapterFormat(buf, &src->adapter);
    if (info->flags & SRC_NAME)
        virBufferEscapeString(buf, "<name>%s</name>\n", src->name);
    if ((info->flags & SRC_INITIATOR) && src->initiatorIqn) {
        virBufferAddLit(buf, "<initiator>\n");
        virBufferAdjustIndent(buf, 2);
        virBufferEscapeString(buf, "<iqn name='%s'/>\n", src->initiatorIqn);
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</initiator>\n");
    }
    if (info->formatToString) {
        const char *format = info->formatToString(src->format);

        if (!format) {
            virReportError(VIR_ERR_INTERNAL_ERROR, _("unknown pool format number %1$d"),
                           src->format);
            return -1;
        }
        virBufferAsprintf(buf, "<format type='%s'/>\n", format);
    }
    if (src->auth)
        virStorageAuthDefFormat(buf, src->auth);
    virBufferEscapeString(buf, "<protocol ver='%s'/>\n", src->protocolVer);
    virBufferEscapeString(buf, "<vendor name='%s'/>\n", src->vendor);
    virBufferEscapeString(buf, "<product name='%s'/>\n", src->product);

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</source>\n");
    return 0;
}


static void
virStoragePoolDefFormatNamespaces(virBuffer *buf, const virStoragePoolDef *def)
{
    size_t i;

    if (def->nmountOpts > 0) {
        virBufferAddLit(buf, "<fs:mount_opts>\n");
        virBufferAdjustIndent(buf, 2);
        for (i = 0; i < def->nmountOpts; i++)
            virBufferEscapeString(buf, "<fs:option name='%s'/>\n", def->mountOpts[i]);
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</fs:mount_opts>\n");
    }
    if (def->nrbdOpts > 0) {
        virBufferAddLit(buf, "<rbd:config_opts>\n");
        virBufferAdjustIndent(buf, 2);
        for (i = 0; i < def->nrbdOpts; i++) {
            virBufferEscapeString(buf, "<rbd:option name='%s'", def->rbdOptNames[i]);
            virBufferEscapeString(buf, " value='%s'/>\n", def->rbdOptValues[i]);
        }
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</rbd:config_opts>\n");
    }
}


static void
virStoragePoolDefFormatHead(virBuffer *buf, const virStoragePoolDef *def)
{
    char uuidstr[VIR_UUID_STRING_BUFLEN];

    virBufferAsprintf(buf, "<pool type='%s'", virStoragePoolTypeToString(def->type));
    if (def->nmountOpts > 0)
        virBufferAddLit(buf, " xmlns:fs='" VIR_STORAGE_POOL_FS_NAMESPACE_HREF "'");
    else if (def->nrbdOpts > 0)
        virBufferAddLit(buf, " xmlns:rbd='" VIR_STORAGE_POOL_RBD_NAMESPACE_HREF "'");
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);

    virBufferEscapeString(buf, "<name>%s</name>\n", def->name);
    virBufferAsprintf(buf, "<uuid>%s</uuid>\n", virUUIDFormat(def->uuid, uuidstr));
    virBufferAsprintf(buf, "<capacity unit='bytes'>%llu</capacity>\n", def->capacity);
    virBufferAsprintf(buf, "<allocation unit='bytes'>%llu</allocation>\n", def->allocation);
    virBufferAsprintf(buf, "<available unit='bytes'>%llu</available>\n", def->available);

    if (def->featureCow != VIR_TRISTATE_BOOL_ABSENT) {
        virBufferAddLit(buf, "<features>\n");
        virBufferAdjustIndent(buf, 2);
        virBufferAsprintf(buf, "<cow state='%s'/>\n", virTristateBoolTypeToString(def->featureCow));
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</features>\n");
    }
}


int
virStoragePoolDefFormatBuf(virBuffer *buf, const virStoragePoolDef *def, unsigned int flags)
{
    if (def->type >= VIR_STORAGE_POOL_LAST) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unexpected pool type %1$d"), def->type);
        return -1;
    }

    virStoragePoolDefFormatHead(buf, def);

    if (virStoragePoolDefFormatSourceBuf(buf, def->type, &def->source) < 0)
        return -1;

    if (!(poolTypeInfo[def->type].flags & SRC_NETWORK)) {
        virBufferAddLit(buf, "<target>\n");
        virBufferAdjustIndent(buf, 2);
        virBufferEscapeString(buf, "<path>%s</path>\n", def->target.path);
        virStoragePermsFormat(buf, &def->target.perms);
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</target>\n");
    }

    if (def->hasRefresh) {
        virBufferAddLit(buf, "<refresh>\n");
        virBufferAdjustIndent(buf, 2);
        virBufferAsprintf(buf, "<volume allocation='%s'/>\n",
                          virStorageVolDefRefreshAllocationTypeToString(def->refreshVolAlloc));
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</refresh>\n");
    }

    virStoragePoolDefFormatNamespaces(buf, def);

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</pool>\n");
    return 0;
}


char *
virStoragePoolDefFormat(const virStoragePoolDef *def, unsigned int flags)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    if (virStoragePoolDefFormatBuf(&buf, def, flags) < 0)
        return NULL;
    return virBufferContentAndReset(&buf);
}
