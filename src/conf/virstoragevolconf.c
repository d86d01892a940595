/*
 * virstoragevolconf.c: the storage volume XML model
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <limits.h>

#include <glib.h>

#include "virerror.h"
#include "virlog.h"
#include "virstoragevolconf.h"
#include "virunits.h"

#define VIR_FROM_THIS VIR_FROM_STORAGE

VIR_LOG_INIT("conf.storagevolconf");

VIR_ENUM_IMPL(
    virStorageVol, VIR_STORAGE_VOL_LAST, "file", "block", "dir", "network", "netdir", "ploop");

VIR_ENUM_IMPL(virStorageFileFormat,
              VIR_STORAGE_FILE_LAST,
              "none",
              "raw",
              "dir",
              "bochs",
              "cloop",
              "dmg",
              "iso",
              "vpc",
              "vdi",
              "fat",
              "vhd",
              "ploop",
              "cow",
              "qcow",
              "qcow2",
              "qed",
              "vmdk");

VIR_ENUM_IMPL(virStorageFileFeature,
              VIR_STORAGE_FILE_FEATURE_LAST,
              "lazy_refcounts",
              "extended_l2");

VIR_ENUM_IMPL(virStorageVolFormatDisk,
              VIR_STORAGE_VOL_DISK_LAST,
              "none",
              "linux",
              "fat16",
              "fat32",
              "linux-swap",
              "linux-lvm",
              "linux-raid",
              "extended");

/* What <format type='...'> means for volumes of a pool type. */
typedef enum {
    VOL_FORMAT_KIND_NONE, /* ignored on input, not written */
    VOL_FORMAT_KIND_FILE, /* virStorageFileFormat, default raw, "none" refused */
    VOL_FORMAT_KIND_DISK, /* virStorageVolFormatDisk, default none */
} virStorageVolFormatKind;


static virStorageVolFormatKind
virStorageVolFormatKindForPool(virStoragePoolType type)
{
    switch (type) {
    case VIR_STORAGE_POOL_DIR:
    case VIR_STORAGE_POOL_FS:
    case VIR_STORAGE_POOL_NETFS:
    case VIR_STORAGE_POOL_RBD:
    case VIR_STORAGE_POOL_GLUSTER:
    case VIR_STORAGE_POOL_VSTORAGE:
        return VOL_FORMAT_KIND_FILE;
    case VIR_STORAGE_POOL_DISK:
        return VOL_FORMAT_KIND_DISK;
    case VIR_STORAGE_POOL_LOGICAL:
    case VIR_STORAGE_POOL_ISCSI:
    case VIR_STORAGE_POOL_ISCSI_DIRECT:
    case VIR_STORAGE_POOL_SCSI:
    case VIR_STORAGE_POOL_MPATH:
    case VIR_STORAGE_POOL_SHEEPDOG:
    case VIR_STORAGE_POOL_ZFS:
    case VIR_STORAGE_POOL_LAST:
    default:
        break;
    }
    return VOL_FORMAT_KIND_NONE;
}


static const char *
virStorageVolFormatToString(virStorageVolFormatKind kind, int format)
{
    if (kind == VOL_FORMAT_KIND_FILE)
        return virStorageFileFormatTypeToString(format);
    return virStorageVolFormatDiskTypeToString(format);
}


static void
virStorageTimestampsFree(virStorageTimestamps *ts)
{
    g_free(ts);
}


void
virStorageVolDefFree(virStorageVolDef *def)
{
    size_t i;

    if (!def)
        return;
    g_free(def->name);
    g_free(def->key);
    for (i = 0; i < def->nextents; i++)
        g_free(def->extents[i].path);
    g_free(def->extents);
    g_free(def->target.path);
    virStoragePermsClear(&def->target.perms);
    virStorageTimestampsFree(def->target.timestamps);
    virStorageEncryptionFree(def->target.encryption);
    g_free(def->target.compat);
    if (def->backingStore) {
        g_free(def->backingStore->path);
        virStoragePermsClear(&def->backingStore->perms);
        virStorageTimestampsFree(def->backingStore->timestamps);
        g_free(def->backingStore);
    }
    g_free(def);
}


/*
 * <format type='...'> at @xpath: the pool's default when absent, an
 * error when unknown, and untouched for pools without volume formats.
 */
static int
virStorageVolParseFormat(xmlXPathContextPtr ctxt,
                         virStorageVolFormatKind kind,
                         const char *xpath,
                         int *format)
{
    g_autofree char *str = NULL;
    int val;

    if (kind == VOL_FORMAT_KIND_NONE)
        return 0;
    if (!(str = virXPathString(xpath, ctxt))) {
        *format = kind == VOL_FORMAT_KIND_FILE ? VIR_STORAGE_FILE_RAW : VIR_STORAGE_VOL_DISK_NONE;
        return 0;
    }
    if (kind == VOL_FORMAT_KIND_FILE) {
        val = virStorageFileFormatTypeFromString(str);
        /* "none" is no image format */
        if (val == VIR_STORAGE_FILE_NONE)
            val = -1;
    } else {
        val = virStorageVolFormatDiskTypeFromString(str);
    }
    if (val < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown volume format type %1$s"), str);
        return -1;
    }
    *format = val;
    return 0;
}


/* A decimal byte count scaled by @unit; capped at LLONG_MAX (off_t). */
static int
virStorageVolParseSize(const char *unit, const char *val, unsigned long long *ret)
{
    if (virStrToLong_ullp(val, NULL, 10, ret) < 0) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("malformed capacity element"));
        return -1;
    }
    return virScaleInteger(ret, unit, 1, LLONG_MAX);
}


static int
virStorageVolDefParseBackingStore(xmlXPathContextPtr ctxt,
                                  virStorageVolFormatKind kind,
                                  virStorageVolDef *def)
{
    g_autofree char *path = virXPathString("string(./backingStore/path)", ctxt);
    virStorageVolBackingStore *bs;

    if (!path)
        return 0;
    bs = def->backingStore = g_new0(virStorageVolBackingStore, 1);
    bs->path = g_steal_pointer(&path);
    bs->perms.mode = (mode_t)-1;
    bs->perms.uid = (uid_t)-1;
    bs->perms.gid = (gid_t)-1;

    if (virStorageVolParseFormat(ctxt, kind, "string(./backingStore/format/@type)", &bs->format) <
        0)
        return -1;
    return virStoragePermsParse(ctxt, "./backingStore/permissions", &bs->perms);
}


static int
virStorageVolDefParseSizes(xmlXPathContextPtr ctxt, unsigned int flags, virStorageVolDef *def)
{
    g_autofree char *capacity = virXPathString("string(./capacity)", ctxt);
    g_autofree char *capunit = virXPathString("string(./capacity/@unit)", ctxt);
    g_autofree char *allocation = virXPathString("string(./allocation)", ctxt);
    g_autofree char *allocunit = virXPathString("string(./allocation/@unit)", ctxt);

    if (capacity) {
        if (virStorageVolParseSize(capunit, capacity, &def->capacity) < 0)
            return -1;
    } else if (!(flags & VIR_VOL_XML_PARSE_NO_CAPACITY) &&
               !((flags & VIR_VOL_XML_PARSE_OPT_CAPACITY) && def->backingStore)) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing capacity element"));
        return -1;
    }

    if (allocation)
        return virStorageVolParseSize(allocunit, allocation, &def->allocation);
    def->allocation = def->capacity;
    return 0;
}


/* "N.M": exactly two unsigned numbers */
static int
virStorageVolCheckCompat(const char *compat)
{
    g_auto(GStrv) parts = g_strsplit(compat, ".", 0);
    unsigned int val;

    if (g_strv_length(parts) != 2 || virStrToLong_ui(parts[0], NULL, 10, &val) < 0 ||
        virStrToLong_ui(parts[1], NULL, 10, &val) < 0) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("forbidden characters in 'compat' attribute"));
        return -1;
    }
    return 0;
}


static int
virStorageVolDefParseFeatures(xmlXPathContextPtr ctxt, virStorageVolTarget *target)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if (!virXPathNode("./target/features", ctxt))
        return 0;
    if ((n = virXPathNodeSet("./target/features/*", ctxt, &nodes)) < 0)
        return -1;

    /* features need qcow2 v3 */
    if (!target->compat)
        target->compat = g_strdup("1.1");
    target->hasFeatures = true;

    for (i = 0; i < (size_t)n; i++) {
        int f = virStorageFileFeatureTypeFromString((const char *)nodes[i]->name);

        if (f < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unsupported feature %1$s"),
                           (const char *)nodes[i]->name);
            return -1;
        }
        target->features |= 1U << f;
    }
    return 0;
}


static int
virStorageVolDefParseTarget(xmlXPathContextPtr ctxt,
                            virStorageVolFormatKind kind,
                            virStorageVolTarget *target)
{
    xmlNodePtr node;

    target->path = virXPathString("string(./target/path)", ctxt);
    if (virStorageVolParseFormat(ctxt, kind, "string(./target/format/@type)", &target->format) <
            0 ||
        virStoragePermsParse(ctxt, "./target/permissions", &target->perms) < 0)
        return -1;

    if ((node = virXPathNode("./target/encryption", ctxt)) &&
        !(target->encryption = virStorageEncryptionParseNode(node, ctxt)))
        return -1;

    if ((target->compat = virXPathString("string(./target/compat)", ctxt)) &&
        virStorageVolCheckCompat(target->compat) < 0)
        return -1;

    if (virParseScaledValue("./target/clusterSize", NULL, ctxt, &target->clusterSize, 1, ULLONG_MAX,
                            false) < 0)
        return -1;

    target->nocow = virXPathNode("./target/nocow", ctxt) != NULL;

    return virStorageVolDefParseFeatures(ctxt, target);
}


/*
 * Parses the <volume> at ctxt->node. Named as libvirt's parser, whose
 * name shows in its flag error: as in libvirt 9.0, VALIDATE is for the
 * schema step before this one and is refused here, so a volume created
 * with VIR_STORAGE_VOL_CREATE_VALIDATE fails even when the document is
 * valid ("unsupported flags (0x4) in function virStorageVolDefParseXML").
 */
static virStorageVolDef *
virStorageVolDefParseXML(const virStoragePoolDef *pool, xmlXPathContextPtr ctxt, unsigned int flags)
{
    unsigned int unsupported =
        flags & ~(VIR_VOL_XML_PARSE_NO_CAPACITY | VIR_VOL_XML_PARSE_OPT_CAPACITY);
    g_autoptr(virStorageVolDef) def = NULL;
    g_autofree char *type = NULL;
    virStorageVolFormatKind kind = virStorageVolFormatKindForPool(pool->type);

    if (unsupported) {
        /* as libvirt's flag checks: the message stands alone, without the
         * "invalid argument: " prefix of VIR_ERR_INVALID_ARG */
        virRaiseErrorFull(__FILE__, __func__, __LINE__, VIR_FROM_THIS, VIR_ERR_INVALID_ARG,
                          VIR_ERR_ERROR, __func__, "flags", NULL, 0, 0,
                          _("unsupported flags (0x%1$x) in function %2$s"), unsupported, __func__);
        return NULL;
    }

    def = g_new0(virStorageVolDef, 1);
    def->poolType = pool->type;
    def->target.perms.mode = (mode_t)-1;
    def->target.perms.uid = (uid_t)-1;
    def->target.perms.gid = (gid_t)-1;

    if (!(def->name = virXPathString("string(./name)", ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing volume name element"));
        return NULL;
    }

    /* normally set by the pool, but kept for tests and copies */
    def->key = virXPathString("string(./key)", ctxt);

    if ((type = virXPathString("string(./@type)", ctxt))) {
        int t = virStorageVolTypeFromString(type);

        if (t < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown volume type '%1$s'"), type);
            return NULL;
        }
        def->type = t;
    }

    if (virStorageVolDefParseBackingStore(ctxt, kind, def) < 0 ||
        virStorageVolDefParseSizes(ctxt, flags, def) < 0 ||
        virStorageVolDefParseTarget(ctxt, kind, &def->target) < 0)
        return NULL;

    return g_steal_pointer(&def);
}


virStorageVolDef *
virStorageVolDefParseNode(const virStoragePoolDef *pool,
                          xmlXPathContextPtr ctxt,
                          xmlNodePtr node,
                          unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);

    ctxt->node = node;
    return virStorageVolDefParseXML(pool, ctxt, flags);
}


virStorageVolDef *
virStorageVolDefParseString(const virStoragePoolDef *pool, const char *xml, unsigned int flags)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;

    if (!(doc = virXMLParse(NULL, xml, _("(storage_volume_definition)"), "volume", &ctxt,
                            "storagevol.rng", flags & VIR_VOL_XML_PARSE_VALIDATE)))
        return NULL;
    return virStorageVolDefParseNode(pool, ctxt, xmlDocGetRootElement(doc), flags);
}


int
virStorageVolDefValidate(const virStorageVolDef *def)
{
    virStorageVolFormatKind kind;

    if (!def->name) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing volume name element"));
        return -1;
    }
    if (def->type >= VIR_STORAGE_VOL_LAST || def->poolType >= VIR_STORAGE_POOL_LAST) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("unexpected volume or pool type"));
        return -1;
    }
    kind = virStorageVolFormatKindForPool(def->poolType);
    if (kind != VOL_FORMAT_KIND_NONE &&
        (!virStorageVolFormatToString(kind, def->target.format) ||
         (def->backingStore && !virStorageVolFormatToString(kind, def->backingStore->format)))) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("unknown volume format number"));
        return -1;
    }
    return 0;
}


static void
virStorageVolTimestampFormat(virBuffer *buf, const char *name, const struct timespec *ts)
{
    if (ts->tv_nsec < 0)
        return;
    virBufferAsprintf(buf, "<%s>%llu", name, (unsigned long long)ts->tv_sec);
    if (ts->tv_nsec)
        virBufferAsprintf(buf, ".%09ld", (long)ts->tv_nsec);
    virBufferAsprintf(buf, "</%s>\n", name);
}


static void
virStorageVolTimestampsFormat(virBuffer *buf, const virStorageTimestamps *ts)
{
    if (!ts)
        return;
    virBufferAddLit(buf, "<timestamps>\n");
    virBufferAdjustIndent(buf, 2);
    virStorageVolTimestampFormat(buf, "atime", &ts->atime);
    virStorageVolTimestampFormat(buf, "btime", &ts->btime);
    virStorageVolTimestampFormat(buf, "ctime", &ts->ctime);
    virStorageVolTimestampFormat(buf, "mtime", &ts->mtime);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</timestamps>\n");
}


static int
virStorageVolFormatFormat(virBuffer *buf, virStorageVolFormatKind kind, int format)
{
    const char *str;

    if (kind == VOL_FORMAT_KIND_NONE)
        return 0;
    if (!(str = virStorageVolFormatToString(kind, format))) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unknown volume format number %1$d"), format);
        return -1;
    }
    virBufferAsprintf(buf, "<format type='%s'/>\n", str);
    return 0;
}


static void
virStorageVolFeaturesFormat(virBuffer *buf, const virStorageVolTarget *target)
{
    size_t i;

    if (!target->hasFeatures)
        return;
    if (target->features == 0) {
        virBufferAddLit(buf, "<features/>\n");
        return;
    }
    virBufferAddLit(buf, "<features>\n");
    virBufferAdjustIndent(buf, 2);
    for (i = 0; i < VIR_STORAGE_FILE_FEATURE_LAST; i++) {
        if (target->features & (1U << i))
            virBufferAsprintf(buf, "<%s/>\n", virStorageFileFeatureTypeToString(i));
    }
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</features>\n");
}


static int
virStorageVolTargetFormat(virBuffer *buf,
                          virStorageVolFormatKind kind,
                          const virStorageVolTarget *target)
{
    virBufferAddLit(buf, "<target>\n");
    virBufferAdjustIndent(buf, 2);

    virBufferEscapeString(buf, "<path>%s</path>\n", target->path);
    if (virStorageVolFormatFormat(buf, kind, target->format) < 0)
        return -1;
    virStoragePermsFormat(buf, &target->perms);
    virStorageVolTimestampsFormat(buf, target->timestamps);
    if (target->encryption && virStorageEncryptionFormat(buf, target->encryption) < 0)
        return -1;
    virBufferEscapeString(buf, "<compat>%s</compat>\n", target->compat);
    if (target->clusterSize > 0)
        virBufferAsprintf(buf, "<clusterSize unit='B'>%llu</clusterSize>\n", target->clusterSize);
    virStorageVolFeaturesFormat(buf, target);

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</target>\n");
    return 0;
}


static int
virStorageVolBackingStoreFormat(virBuffer *buf,
                                virStorageVolFormatKind kind,
                                const virStorageVolBackingStore *bs)
{
    virBufferAddLit(buf, "<backingStore>\n");
    virBufferAdjustIndent(buf, 2);
    virBufferEscapeString(buf, "<path>%s</path>\n", bs->path);
    if (virStorageVolFormatFormat(buf, kind, bs->format) < 0)
        return -1;
    virStoragePermsFormat(buf, &bs->perms);
    virStorageVolTimestampsFormat(buf, bs->timestamps);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</backingStore>\n");
    return 0;
}


/* <source> with one <device> per run of extents on the same device */
static void
virStorageVolSourceFormat(virBuffer *buf, const virStorageVolDef *def)
{
    size_t i;

    if (def->nextents == 0)
        return;
    virBufferAddLit(buf, "<source>\n");
    virBufferAdjustIndent(buf, 2);
    for (i = 0; i < def->nextents; i++) {
        const virStorageVolSourceExtent *ext = &def->extents[i];

        if (i == 0 || g_strcmp0(ext->path, def->extents[i - 1].path) != 0) {
            if (i > 0) {
                virBufferAdjustIndent(buf, -2);
                virBufferAddLit(buf, "</device>\n");
            }
            virBufferEscapeString(buf, "<device path='%s'>\n", ext->path);
            virBufferAdjustIndent(buf, 2);
        }
        virBufferAsprintf(buf, "<extent start='%llu' end='%llu'/>\n", ext->start, ext->end);
    }
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</device>\n");
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</source>\n");
}


int
virStorageVolDefFormatBuf(virBuffer *buf, const virStorageVolDef *def, unsigned int flags)
{
    virStorageVolFormatKind kind;
    const char *type = virStorageVolTypeToString(def->type);

    if (!type || def->poolType >= VIR_STORAGE_POOL_LAST) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unexpected volume type %1$d"), def->type);
        return -1;
    }
    kind = virStorageVolFormatKindForPool(def->poolType);

    virBufferAsprintf(buf, "<volume type='%s'>\n", type);
    virBufferAdjustIndent(buf, 2);
    virBufferEscapeString(buf, "<name>%s</name>\n", def->name);
    virBufferEscapeString(buf, "<key>%s</key>\n", def->key);
    virStorageVolSourceFormat(buf, def);
    virBufferAsprintf(buf, "<capacity unit='bytes'>%llu</capacity>\n", def->capacity);
    virBufferAsprintf(buf, "<allocation unit='bytes'>%llu</allocation>\n", def->allocation);
    if (def->physical > 0)
        virBufferAsprintf(buf, "<physical unit='bytes'>%llu</physical>\n", def->physical);

    if (virStorageVolTargetFormat(buf, kind, &def->target) < 0)
        return -1;
    if (def->backingStore && virStorageVolBackingStoreFormat(buf, kind, def->backingStore) < 0)
        return -1;

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</volume>\n");
    return 0;
}


char *
virStorageVolDefFormat(const virStorageVolDef *def, unsigned int flags)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    if (virStorageVolDefFormatBuf(&buf, def, flags) < 0)
        return NULL;
    return virBufferContentAndReset(&buf);
}
