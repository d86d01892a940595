/*
 * virdomaindisk.c: <disk> devices: parse, format, post-parse
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virdomaindisk.h"
#define VIR_DOMAINDISKPRIV_H_ALLOW
#include "virdomaindef.h"
#include "virdomaindiskpriv.h"
#include "virerror.h"
#include "virunits.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_ENUM_IMPL(virDomainDiskDevice, VIR_DOMAIN_DISK_DEVICE_LAST, "disk", "cdrom", "floppy", "lun");

VIR_ENUM_IMPL(virDomainDiskBus,
              VIR_DOMAIN_DISK_BUS_LAST,
              "none",
              "ide",
              "fdc",
              "scsi",
              "virtio",
              "xen",
              "usb",
              "uml",
              "sata",
              "sd");

VIR_ENUM_IMPL(virDomainDiskModel,
              VIR_DOMAIN_DISK_MODEL_LAST,
              "default",
              "virtio",
              "virtio-transitional",
              "virtio-non-transitional");

VIR_ENUM_IMPL(virDomainDiskCache,
              VIR_DOMAIN_DISK_CACHE_LAST,
              "default",
              "none",
              "writethrough",
              "writeback",
              "directsync",
              "unsafe");

VIR_ENUM_IMPL(virDomainDiskErrorPolicy,
              VIR_DOMAIN_DISK_ERROR_POLICY_LAST,
              "default",
              "stop",
              "report",
              "ignore",
              "enospace");

VIR_ENUM_IMPL(virDomainDiskIo, VIR_DOMAIN_DISK_IO_LAST, "default", "native", "threads", "io_uring");

VIR_ENUM_IMPL(virDomainDiskDiscard, VIR_DOMAIN_DISK_DISCARD_LAST, "default", "unmap", "ignore");

VIR_ENUM_IMPL(
    virDomainDiskDetectZeroes, VIR_DOMAIN_DISK_DETECT_ZEROES_LAST, "default", "off", "on", "unmap");

VIR_ENUM_IMPL(virDomainSnapshotLocation,
              VIR_DOMAIN_SNAPSHOT_LOCATION_LAST,
              "default",
              "no",
              "internal",
              "external",
              "manual");

VIR_ENUM_IMPL(virDomainStartupPolicy,
              VIR_DOMAIN_STARTUP_POLICY_LAST,
              "default",
              "mandatory",
              "requisite",
              "optional");

VIR_ENUM_IMPL(
    virDomainDeviceSGIO, VIR_DOMAIN_DEVICE_SGIO_LAST, "default", "filtered", "unfiltered");

VIR_ENUM_IMPL(virDomainDiskTray, VIR_DOMAIN_DISK_TRAY_LAST, "closed", "open");

VIR_ENUM_IMPL(
    virDomainDiskGeometryTrans, VIR_DOMAIN_DISK_TRANS_LAST, "default", "none", "auto", "lba");


void
virDomainDiskDefFree(virDomainDiskDef *disk)
{
    if (!disk)
        return;
    virStorageSourceFree(disk->src);
    g_free(disk->dst);
    g_free(disk->serial);
    g_free(disk->wwn);
    g_free(disk->vendor);
    g_free(disk->product);
    g_free(disk->domain_name);
    g_free(disk->driverName);
    g_free(disk->iotune.group_name);
    virDomainDeviceInfoClear(&disk->info);
    g_free(disk);
}


/* ---------------------------------------------------------------- parse */

static int
virDomainDiskDriverParse(virDomainDiskDef *disk, xmlNodePtr node, xmlXPathContextPtr ctxt)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    unsigned int val;
    g_autofree char *type = NULL;

    ctxt->node = node;
    disk->driverName = virXMLPropString(node, "name");

#define DRIVER_ENUM(attr, func, flg, field)                                                        \
 do {                                                                                              \
  val = 0;                                                                                         \
  if (virXMLPropEnum(node, attr, func, flg, &val) < 0)                                             \
   return -1;                                                                                      \
  disk->field = val;                                                                               \
 } while (0)

    DRIVER_ENUM("cache", virDomainDiskCacheTypeFromString, VIR_XML_PROP_NONE, cachemode);
    DRIVER_ENUM("error_policy", virDomainDiskErrorPolicyTypeFromString, VIR_XML_PROP_NONZERO,
                error_policy);
    DRIVER_ENUM("rerror_policy", virDomainDiskErrorPolicyTypeFromString, VIR_XML_PROP_NONZERO,
                rerror_policy);
    if (disk->rerror_policy == VIR_DOMAIN_DISK_ERROR_POLICY_ENOSPACE) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("Invalid disk read error policy: '%1$s'"),
                       "enospace");
        return -1;
    }
    DRIVER_ENUM("io", virDomainDiskIoTypeFromString, VIR_XML_PROP_NONZERO, iomode);
    if (virXMLPropTristateSwitch(node, "ioeventfd", VIR_XML_PROP_NONE, &disk->ioeventfd) < 0 ||
        virXMLPropTristateSwitch(node, "event_idx", VIR_XML_PROP_NONE, &disk->event_idx) < 0 ||
        virXMLPropTristateSwitch(node, "copy_on_read", VIR_XML_PROP_NONE, &disk->copy_on_read) < 0)
        return -1;
    DRIVER_ENUM("discard", virDomainDiskDiscardTypeFromString, VIR_XML_PROP_NONZERO, discard);
    if (virXMLPropUInt(node, "iothread", 10, VIR_XML_PROP_NONZERO, &disk->iothread) < 0)
        return -1;
    DRIVER_ENUM("detect_zeroes", virDomainDiskDetectZeroesTypeFromString, VIR_XML_PROP_NONZERO,
                detect_zeroes);
#undef DRIVER_ENUM

    if (virXMLPropUInt(node, "queues", 10, VIR_XML_PROP_NONE, &disk->queues) < 0 ||
        virXMLPropUInt(node, "queue_size", 10, VIR_XML_PROP_NONE, &disk->queue_size) < 0)
        return -1;

    if (virDomainVirtioOptionsParseXML(node, &disk->virtio) < 0)
        return -1;

    if ((type = virXMLPropString(node, "type"))) {
        /* "aio" is an old spelling of "raw" */
        if (g_str_equal(type, "aio")) {
            disk->src->format = VIR_STORAGE_FILE_RAW;
        } else if ((disk->src->format = virStorageFileFormatTypeFromString(type)) <= 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown driver format value '%1$s'"),
                           type);
            return -1;
        }
    }

    if (virParseScaledValue("./metadata_cache/max_size", NULL, ctxt,
                            &disk->src->metadataCacheMaxSize, 1, ULLONG_MAX, false) < 0)
        return -1;
    return 0;
}


static int
virDomainDiskTargetParse(virDomainDiskDef *disk, xmlNodePtr node)
{
    unsigned int val = 0;

    disk->dst = virXMLPropString(node, "dev");
    /* old Xen configurations wrote "ioemu:hda" */
    if (disk->dst && g_str_has_prefix(disk->dst, "ioemu:")) {
        char *dst = g_strdup(disk->dst + strlen("ioemu:"));

        g_free(disk->dst);
        disk->dst = dst;
    }

    if (virXMLPropEnum(node, "bus", virDomainDiskBusTypeFromString, VIR_XML_PROP_NONZERO, &val) < 0)
        return -1;
    disk->bus = val;

    val = 0;
    if (virXMLPropEnum(node, "tray", virDomainDiskTrayTypeFromString, VIR_XML_PROP_NONE, &val) < 0)
        return -1;
    disk->tray_status = val;

    if (virXMLPropTristateSwitch(node, "removable", VIR_XML_PROP_NONE, &disk->removable) < 0 ||
        virXMLPropUInt(node, "rotation_rate", 10, VIR_XML_PROP_NONE, &disk->rotation_rate) < 0)
        return -1;
    return 0;
}


static int
virDomainDiskGeometryBlockioParse(virDomainDiskDef *disk, xmlXPathContextPtr ctxt)
{
    xmlNodePtr node;
    unsigned int val = 0;

    if ((node = virXPathNode("./geometry", ctxt))) {
        if (virXMLPropUInt(node, "cyls", 10, VIR_XML_PROP_NONE, &disk->geometry_cylinders) < 0 ||
            virXMLPropUInt(node, "heads", 10, VIR_XML_PROP_NONE, &disk->geometry_heads) < 0 ||
            virXMLPropUInt(node, "secs", 10, VIR_XML_PROP_NONE, &disk->geometry_sectors) < 0 ||
            virXMLPropEnum(node, "trans", virDomainDiskGeometryTransTypeFromString,
                           VIR_XML_PROP_NONZERO, &val) < 0)
            return -1;
        disk->geometry_trans = val;
    }

    if ((node = virXPathNode("./blockio", ctxt))) {
        if (virXMLPropUInt(node, "logical_block_size", 10, VIR_XML_PROP_NONE,
                           &disk->blockio_logical) < 0 ||
            virXMLPropUInt(node, "physical_block_size", 10, VIR_XML_PROP_NONE,
                           &disk->blockio_physical) < 0)
            return -1;
    }
    return 0;
}


static int
virDomainDiskIotuneParseOne(xmlXPathContextPtr ctxt, const char *name, unsigned long long *value)
{
    g_autofree char *xpath = g_strdup_printf("string(./iotune/%s)", name);

    if (virXPathULongLong(xpath, ctxt, value) == -2) {
        virReportError(VIR_ERR_XML_ERROR, _("disk iotune field '%1$s' must be an integer"), name);
        return -1;
    }
    return 0;
}


static int
virDomainDiskIotuneParse(virDomainDiskDef *disk, xmlXPathContextPtr ctxt)
{
    virDomainBlockIoTuneInfo *t = &disk->iotune;

#define IOTUNE(field)                                                                              \
 if (virDomainDiskIotuneParseOne(ctxt, #field, &t->field) < 0)                                     \
 return -1

    IOTUNE(total_bytes_sec);
    IOTUNE(read_bytes_sec);
    IOTUNE(write_bytes_sec);
    IOTUNE(total_iops_sec);
    IOTUNE(read_iops_sec);
    IOTUNE(write_iops_sec);
    IOTUNE(total_bytes_sec_max);
    IOTUNE(read_bytes_sec_max);
    IOTUNE(write_bytes_sec_max);
    IOTUNE(total_iops_sec_max);
    IOTUNE(read_iops_sec_max);
    IOTUNE(write_iops_sec_max);
    IOTUNE(size_iops_sec);
    IOTUNE(total_bytes_sec_max_length);
    IOTUNE(read_bytes_sec_max_length);
    IOTUNE(write_bytes_sec_max_length);
    IOTUNE(total_iops_sec_max_length);
    IOTUNE(read_iops_sec_max_length);
    IOTUNE(write_iops_sec_max_length);
#undef IOTUNE

    t->group_name = virXPathString("string(./iotune/group_name)", ctxt);

#define IOTUNE_EXCL(kind)                                                                          \
 if (t->total_##kind && (t->read_##kind || t->write_##kind)) {                                     \
  virReportError(VIR_ERR_XML_ERROR, "%s",                                                          \
                 _("total and read/write " #kind " cannot be set at the same time"));              \
  return -1;                                                                                       \
 }

    IOTUNE_EXCL(bytes_sec);
    IOTUNE_EXCL(iops_sec);
    IOTUNE_EXCL(bytes_sec_max);
    IOTUNE_EXCL(iops_sec_max);
#undef IOTUNE_EXCL
    return 0;
}


static int
virDomainDiskSourceParse(virDomainDiskDef *disk,
                         xmlNodePtr node,
                         xmlXPathContextPtr ctxt,
                         unsigned int flags)
{
    unsigned int type = 0;
    xmlNodePtr source;

    if (virXMLPropEnumDefault(node, "type", virStorageTypeFromString, VIR_XML_PROP_NONZERO, &type,
                              VIR_STORAGE_TYPE_FILE) < 0)
        return -1;
    disk->src->type = type;

    if (!(source = virXPathNode("./source[1]", ctxt))) {
        /* without <source>, libvirt treats the disk as an empty file */
        disk->src->type = VIR_STORAGE_TYPE_FILE;
        return 0;
    }
    if (virStorageSourceParse(source, ctxt, disk->src, flags) < 0)
        return -1;

    if (!(flags & VIR_DOMAIN_DEF_PARSE_INACTIVE)) {
        g_autofree char *idx = virXMLPropString(source, "index");

        if (idx && virStrToLong_uip(idx, NULL, 10, &disk->src->id) < 0) {
            virReportError(VIR_ERR_XML_ERROR, _("invalid disk index '%1$s'"), idx);
            return -1;
        }
    }
    return 0;
}


static int
virDomainDiskAttrsParse(virDomainDiskDef *disk, xmlNodePtr node, xmlXPathContextPtr ctxt)
{
    unsigned int val = 0;
    xmlNodePtr source;

#define DISK_ENUM(n, attr, func, flg, field)                                                       \
 do {                                                                                              \
  val = 0;                                                                                         \
  if (virXMLPropEnum(n, attr, func, flg, &val) < 0)                                                \
   return -1;                                                                                      \
  disk->field = val;                                                                               \
 } while (0)

    if (virXMLPropEnumDefault(node, "device", virDomainDiskDeviceTypeFromString, VIR_XML_PROP_NONE,
                              &val, VIR_DOMAIN_DISK_DEVICE_DISK) < 0)
        return -1;
    disk->device = val;
    DISK_ENUM(node, "model", virDomainDiskModelTypeFromString, VIR_XML_PROP_NONE, model);
    DISK_ENUM(node, "snapshot", virDomainSnapshotLocationTypeFromString, VIR_XML_PROP_NONZERO,
              snapshot);
    if (virXMLPropTristateBool(node, "rawio", VIR_XML_PROP_NONE, &disk->rawio) < 0)
        return -1;
    DISK_ENUM(node, "sgio", virDomainDeviceSGIOTypeFromString, VIR_XML_PROP_NONZERO, sgio);

    if ((source = virXPathNode("./source", ctxt)))
        DISK_ENUM(source, "startupPolicy", virDomainStartupPolicyTypeFromString,
                  VIR_XML_PROP_NONZERO, startupPolicy);
#undef DISK_ENUM
    return 0;
}


static int
virDomainDiskAuthEncParse(virDomainDiskDef *disk, xmlXPathContextPtr ctxt)
{
    xmlNodePtr node;

    if ((node = virXPathNode("./auth", ctxt))) {
        g_autoptr(virStorageAuthDef) auth = virStorageAuthDefParse(node, ctxt);

        if (!auth)
            return -1;
        if (disk->src->auth) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("an <auth> definition already found for disk source"));
            return -1;
        }
        disk->src->auth = g_steal_pointer(&auth);
        disk->diskElementAuth = true;
    }

    if ((node = virXPathNode("./encryption", ctxt))) {
        g_autoptr(virStorageEncryption) enc = virStorageEncryptionParseNode(node, ctxt);

        if (!enc)
            return -1;
        if (disk->src->encryption) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("an <encryption> definition already found for disk source"));
            return -1;
        }
        disk->src->encryption = g_steal_pointer(&enc);
        disk->diskElementEnc = true;
    }
    return 0;
}


static int
virDomainDiskChildrenParse(virDomainDiskDef *disk, xmlXPathContextPtr ctxt)
{
    xmlNodePtr node;

    if ((node = virXPathNode("./target", ctxt)) && virDomainDiskTargetParse(disk, node) < 0)
        return -1;

    if (virDomainDiskGeometryBlockioParse(disk, ctxt) < 0)
        return -1;

    if ((node = virXPathNode("./driver", ctxt)) && virDomainDiskDriverParse(disk, node, ctxt) < 0)
        return -1;

    if (virXPathNode("./readonly", ctxt))
        disk->src->readonly = true;
    if (virXPathNode("./shareable", ctxt))
        disk->src->shared = true;
    if ((node = virXPathNode("./transient", ctxt))) {
        disk->transient = true;
        if (virXMLPropTristateBool(node, "shareBacking", VIR_XML_PROP_NONE,
                                   &disk->transientShareBacking) < 0)
            return -1;
    }

    if (virDomainDiskIotuneParse(disk, ctxt) < 0)
        return -1;

    disk->domain_name = virXPathString("string(./backenddomain/@name)", ctxt);
    disk->serial = virXPathString("string(./serial)", ctxt);
    disk->wwn = virXPathString("string(./wwn)", ctxt);
    disk->vendor = virXPathString("string(./vendor)", ctxt);
    disk->product = virXPathString("string(./product)", ctxt);
    return 0;
}


/* The checks libvirt's parser itself applies to a disk. */
static int
virDomainDiskParseValidate(const virDomainDiskDef *disk)
{
    if (!disk->dst) {
        if (disk->src->hasSrcpool)
            virReportError(VIR_ERR_NO_TARGET, _("pool = '%1$s', volume = '%2$s'"),
                           disk->src->srcpool_pool, disk->src->srcpool_volume);
        else
            virReportError(VIR_ERR_NO_TARGET, "%s", NULLSTR(disk->src->path));
        return -1;
    }

    return 0;
}


virDomainDiskDef *
virDomainDiskDefParseXML(xmlXPathContextPtr ctxt,
                         xmlNodePtr node,
                         virDomainDef *def G_GNUC_UNUSED,
                         unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autoptr(virDomainDiskDef) disk = g_new0(virDomainDiskDef, 1);

    ctxt->node = node;
    disk->src = virStorageSourceNew();

    if (virDomainDiskSourceParse(disk, node, ctxt, flags) < 0 ||
        virDomainDiskAttrsParse(disk, node, ctxt) < 0 ||
        virDomainDiskChildrenParse(disk, ctxt) < 0 || virDomainDiskAuthEncParse(disk, ctxt) < 0)
        return NULL;

    if (virDomainDeviceInfoParseXML(ctxt, node, &disk->info,
                                    flags | VIR_DOMAIN_DEF_PARSE_ALLOW_BOOT) < 0)
        return NULL;

    if (virStorageSourceBackingStoreParse(ctxt, disk->src, flags) < 0)
        return NULL;

    if (virDomainDiskParseValidate(disk) < 0)
        return NULL;

    return g_steal_pointer(&disk);
}


/* ---------------------------------------------------------------- format */

static void
virDomainDiskDriverFormat(virBuffer *buf, const virDomainDiskDef *disk)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    virBufferEscapeString(&attrBuf, " name='%s'", disk->driverName);
    if (disk->src->format > 0)
        virBufferAsprintf(&attrBuf, " type='%s'",
                          virStorageFileFormatTypeToString(disk->src->format));
    if (disk->cachemode)
        virBufferAsprintf(&attrBuf, " cache='%s'", virDomainDiskCacheTypeToString(disk->cachemode));
    if (disk->error_policy)
        virBufferAsprintf(&attrBuf, " error_policy='%s'",
                          virDomainDiskErrorPolicyTypeToString(disk->error_policy));
    if (disk->rerror_policy)
        virBufferAsprintf(&attrBuf, " rerror_policy='%s'",
                          virDomainDiskErrorPolicyTypeToString(disk->rerror_policy));
    if (disk->iomode)
        virBufferAsprintf(&attrBuf, " io='%s'", virDomainDiskIoTypeToString(disk->iomode));
    if (disk->ioeventfd)
        virBufferAsprintf(&attrBuf, " ioeventfd='%s'",
                          virTristateSwitchTypeToString(disk->ioeventfd));
    if (disk->event_idx)
        virBufferAsprintf(&attrBuf, " event_idx='%s'",
                          virTristateSwitchTypeToString(disk->event_idx));
    if (disk->copy_on_read)
        virBufferAsprintf(&attrBuf, " copy_on_read='%s'",
                          virTristateSwitchTypeToString(disk->copy_on_read));
    if (disk->discard)
        virBufferAsprintf(&attrBuf, " discard='%s'",
                          virDomainDiskDiscardTypeToString(disk->discard));
    if (disk->iothread)
        virBufferAsprintf(&attrBuf, " iothread='%u'", disk->iothread);
    if (disk->detect_zeroes)
        virBufferAsprintf(&attrBuf, " detect_zeroes='%s'",
                          virDomainDiskDetectZeroesTypeToString(disk->detect_zeroes));
    if (disk->queues)
        virBufferAsprintf(&attrBuf, " queues='%u'", disk->queues);
    if (disk->queue_size)
        virBufferAsprintf(&attrBuf, " queue_size='%u'", disk->queue_size);
    virDomainVirtioOptionsFormat(&attrBuf, &disk->virtio);

    if (disk->src->metadataCacheMaxSize > 0) {
        virBufferAddLit(&childBuf, "<metadata_cache>\n");
        virBufferAdjustIndent(&childBuf, 2);
        virBufferAsprintf(&childBuf, "<max_size unit='bytes'>%llu</max_size>\n",
                          disk->src->metadataCacheMaxSize);
        virBufferAdjustIndent(&childBuf, -2);
        virBufferAddLit(&childBuf, "</metadata_cache>\n");
    }
    virXMLFormatElement(buf, "driver", &attrBuf, &childBuf);
}


static void
virDomainDiskGeometryBlockioFormat(virBuffer *buf, const virDomainDiskDef *disk)
{
    if (disk->geometry_cylinders > 0 && disk->geometry_heads > 0 && disk->geometry_sectors > 0) {
        virBufferAsprintf(buf, "<geometry cyls='%u' heads='%u' secs='%u'", disk->geometry_cylinders,
                          disk->geometry_heads, disk->geometry_sectors);
        if (disk->geometry_trans != VIR_DOMAIN_DISK_TRANS_DEFAULT)
            virBufferAsprintf(buf, " trans='%s'",
                              virDomainDiskGeometryTransTypeToString(disk->geometry_trans));
        virBufferAddLit(buf, "/>\n");
    }

    if (disk->blockio_logical > 0 || disk->blockio_physical > 0) {
        virBufferAddLit(buf, "<blockio");
        if (disk->blockio_logical > 0)
            virBufferAsprintf(buf, " logical_block_size='%u'", disk->blockio_logical);
        if (disk->blockio_physical > 0)
            virBufferAsprintf(buf, " physical_block_size='%u'", disk->blockio_physical);
        virBufferAddLit(buf, "/>\n");
    }
}


static void
virDomainDiskTargetFormat(virBuffer *buf, const virDomainDiskDef *disk)
{
    virBufferEscapeString(buf, "<target dev='%s'", disk->dst);
    virBufferAsprintf(buf, " bus='%s'", virDomainDiskBusTypeToString(disk->bus));
    if ((disk->device == VIR_DOMAIN_DISK_DEVICE_FLOPPY ||
         disk->device == VIR_DOMAIN_DISK_DEVICE_CDROM) &&
        disk->tray_status != VIR_DOMAIN_DISK_TRAY_CLOSED)
        virBufferAsprintf(buf, " tray='%s'", virDomainDiskTrayTypeToString(disk->tray_status));
    if (disk->bus == VIR_DOMAIN_DISK_BUS_USB && disk->removable)
        virBufferAsprintf(buf, " removable='%s'", virTristateSwitchTypeToString(disk->removable));
    if (disk->rotation_rate)
        virBufferAsprintf(buf, " rotation_rate='%u'", disk->rotation_rate);
    virBufferAddLit(buf, "/>\n");
}


static void
virDomainDiskIotuneFormat(virBuffer *buf, const virDomainDiskDef *disk)
{
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    const virDomainBlockIoTuneInfo *t = &disk->iotune;

#define IOTUNE(field)                                                                              \
 if (t->field)                                                                                     \
 virBufferAsprintf(&childBuf, "<" #field ">%llu</" #field ">\n", t->field)

    IOTUNE(total_bytes_sec);
    IOTUNE(read_bytes_sec);
    IOTUNE(write_bytes_sec);
    IOTUNE(total_iops_sec);
    IOTUNE(read_iops_sec);
    IOTUNE(write_iops_sec);
    IOTUNE(total_bytes_sec_max);
    IOTUNE(read_bytes_sec_max);
    IOTUNE(write_bytes_sec_max);
    IOTUNE(total_iops_sec_max);
    IOTUNE(read_iops_sec_max);
    IOTUNE(write_iops_sec_max);
    IOTUNE(size_iops_sec);
    virBufferEscapeString(&childBuf, "<group_name>%s</group_name>\n", t->group_name);
    IOTUNE(total_bytes_sec_max_length);
    IOTUNE(read_bytes_sec_max_length);
    IOTUNE(write_bytes_sec_max_length);
    IOTUNE(total_iops_sec_max_length);
    IOTUNE(read_iops_sec_max_length);
    IOTUNE(write_iops_sec_max_length);
#undef IOTUNE

    virXMLFormatElement(buf, "iotune", NULL, &childBuf);
}


static void
virDomainDiskFlagsFormat(virBuffer *buf, const virDomainDiskDef *disk)
{
    if (disk->src->readonly)
        virBufferAddLit(buf, "<readonly/>\n");
    if (disk->src->shared)
        virBufferAddLit(buf, "<shareable/>\n");
    if (disk->transient) {
        virBufferAddLit(buf, "<transient");
        if (disk->transientShareBacking == VIR_TRISTATE_BOOL_YES)
            virBufferAddLit(buf, " shareBacking='yes'");
        virBufferAddLit(buf, "/>\n");
    }
    virBufferEscapeString(buf, "<serial>%s</serial>\n", disk->serial);
    virBufferEscapeString(buf, "<wwn>%s</wwn>\n", disk->wwn);
    virBufferEscapeString(buf, "<vendor>%s</vendor>\n", disk->vendor);
    virBufferEscapeString(buf, "<product>%s</product>\n", disk->product);
}


static void
virDomainDiskAttrsFormat(virBuffer *attrBuf, const virDomainDiskDef *disk)
{
    virBufferAsprintf(attrBuf, " type='%s' device='%s'", virStorageTypeToString(disk->src->type),
                      virDomainDiskDeviceTypeToString(disk->device));
    if (disk->model)
        virBufferAsprintf(attrBuf, " model='%s'", virDomainDiskModelTypeToString(disk->model));
    if (disk->rawio)
        virBufferAsprintf(attrBuf, " rawio='%s'", virTristateBoolTypeToString(disk->rawio));
    if (disk->sgio)
        virBufferAsprintf(attrBuf, " sgio='%s'", virDomainDeviceSGIOTypeToString(disk->sgio));
    if (disk->snapshot &&
        !(disk->snapshot == VIR_DOMAIN_SNAPSHOT_LOCATION_NO && disk->src->readonly))
        virBufferAsprintf(attrBuf, " snapshot='%s'",
                          virDomainSnapshotLocationTypeToString(disk->snapshot));
}


int
virDomainDiskDefFormat(virBuffer *buf,
                       const virDomainDiskDef *disk,
                       const virDomainDef *def G_GNUC_UNUSED,
                       unsigned int flags)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    const char *policy = NULL;

    virDomainDiskAttrsFormat(&attrBuf, disk);
    virDomainDiskDriverFormat(&childBuf, disk);

    if (disk->src->auth && disk->diskElementAuth)
        virStorageAuthDefFormat(&childBuf, disk->src->auth);

    if (disk->startupPolicy)
        policy = virDomainStartupPolicyTypeToString(disk->startupPolicy);
    if (virStorageSourceFormat(&childBuf, disk->src, "source", policy, true, disk->diskElementAuth,
                               disk->diskElementEnc, flags) < 0)
        return -1;
    if (virStorageSourceBackingStoreFormat(&childBuf, disk->src, flags) < 0)
        return -1;

    virBufferEscapeString(&childBuf, "<backenddomain name='%s'/>\n", disk->domain_name);
    virDomainDiskGeometryBlockioFormat(&childBuf, disk);
    virDomainDiskTargetFormat(&childBuf, disk);
    virDomainDiskIotuneFormat(&childBuf, disk);
    virDomainDiskFlagsFormat(&childBuf, disk);

    if (disk->src->encryption && disk->diskElementEnc &&
        virStorageEncryptionFormat(&childBuf, disk->src->encryption) < 0)
        return -1;

    virDomainDeviceInfoFormat(&childBuf, &disk->info, flags | VIR_DOMAIN_DEF_FORMAT_ALLOW_BOOT);

    virXMLFormatElement(buf, "disk", &attrBuf, &childBuf);
    return 0;
}


/* ---------------------------------------------------------------- placement */

int
virDomainDiskNameIndex(const char *name)
{
    static const char *const prefixes[] = { "fd", "hd", "vd", "sd", "xvd", "ubd" };
    const char *p = NULL;
    long long idx = 0;
    size_t i;

    if (!name)
        return -1;
    for (i = 0; i < G_N_ELEMENTS(prefixes); i++) {
        if (g_str_has_prefix(name, prefixes[i])) {
            p = name + strlen(prefixes[i]);
            break;
        }
    }
    if (!p || !g_ascii_islower(*p))
        return -1;

    for (i = 0; g_ascii_islower(*p); i++, p++) {
        idx = (idx + (i < 1 ? 0 : 1)) * 26 + (*p - 'a');
        if (idx > G_MAXINT)
            return -1;
    }
    /* an optional partition number may follow */
    if (p[strspn(p, "0123456789")] != '\0')
        return -1;
    return idx;
}


void
virDomainDiskInsert(virDomainDef *def, virDomainDiskDef *disk)
{
    ssize_t pos = -1;
    ssize_t i;
    int newIdx = virDomainDiskNameIndex(disk->dst);

    for (i = (ssize_t)def->ndisks - 1; i >= 0; i--) {
        if (def->disks[i]->bus != disk->bus)
            continue;
        if (virDomainDiskNameIndex(def->disks[i]->dst) > newIdx)
            pos = i;
        else if (pos == -1)
            pos = i + 1;
    }
    if (pos < 0)
        pos = def->ndisks;

    def->disks = g_renew(virDomainDiskDef *, def->disks, def->ndisks + 1);
    memmove(def->disks + pos + 1, def->disks + pos, (def->ndisks - pos) * sizeof(*def->disks));
    def->disks[pos] = disk;
    def->ndisks++;
}


int
virDomainDiskIndexByName(const virDomainDef *def, const char *name)
{
    size_t i;

    for (i = 0; i < def->ndisks; i++) {
        if (g_strcmp0(def->disks[i]->dst, name) == 0)
            return i;
    }
    return -1;
}
