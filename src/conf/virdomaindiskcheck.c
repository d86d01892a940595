/*
 * virdomaindiskcheck.c: post-parse defaults and validation of <disk>
 * devices, as libvirt's generic parser applies them
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

#define VIR_FROM_THIS VIR_FROM_DOMAIN

/* units per controller of the narrow SCSI bus libvirt's generic code assumes */
#define SCSI_NARROW_UNITS 7


/* ---------------------------------------------------------------- post-parse */

static void
virDomainDiskDefaultBus(virDomainDiskDef *disk)
{
    if (disk->bus != VIR_DOMAIN_DISK_BUS_NONE)
        return;

    disk->bus = VIR_DOMAIN_DISK_BUS_IDE;
    if (disk->device == VIR_DOMAIN_DISK_DEVICE_FLOPPY)
        disk->bus = VIR_DOMAIN_DISK_BUS_FDC;
    else if (g_str_has_prefix(disk->dst, "hd"))
        disk->bus = VIR_DOMAIN_DISK_BUS_IDE;
    else if (g_str_has_prefix(disk->dst, "sd"))
        disk->bus = VIR_DOMAIN_DISK_BUS_SCSI;
    else if (g_str_has_prefix(disk->dst, "vd"))
        disk->bus = VIR_DOMAIN_DISK_BUS_VIRTIO;
    else if (g_str_has_prefix(disk->dst, "xvd"))
        disk->bus = VIR_DOMAIN_DISK_BUS_XEN;
    else if (g_str_has_prefix(disk->dst, "ubd"))
        disk->bus = VIR_DOMAIN_DISK_BUS_UML;
}


/* True if a SCSI hostdev of @def has the drive address @addr. */
static bool
virDomainDriveAddressUsedByHostdev(const virDomainDef *def, const virDomainDeviceDriveAddress *addr)
{
    size_t i;

    for (i = 0; i < def->nhostdevs; i++) {
        const virDomainHostdevDef *h = def->hostdevs[i];
        const virDomainDeviceDriveAddress *d;

        if (!virHostdevIsSCSIDevice(h) || h->info->type != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE)
            continue;
        d = &h->info->addr.drive;
        if (d->controller == addr->controller && d->bus == addr->bus && d->target == addr->target &&
            d->unit == addr->unit)
            return true;
    }
    return false;
}


static int
virDomainDiskAssignAddress(virDomainDiskDef *disk, const virDomainDef *def)
{
    virDomainDeviceDriveAddress *a = &disk->info.addr.drive;
    int idx = virDomainDiskNameIndex(disk->dst);

    if (idx < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("Unknown disk name '%1$s' and no address specified"),
                       disk->dst);
        return -1;
    }

    switch ((virDomainDiskBus)disk->bus) {
    case VIR_DOMAIN_DISK_BUS_SCSI: {
        virDomainDeviceDriveAddress addr = { idx / SCSI_NARROW_UNITS, 0, 0,
                                             idx % SCSI_NARROW_UNITS };

        if (virDomainDriveAddressUsedByHostdev(def, &addr)) {
            virReportError(
                VIR_ERR_CONFIG_UNSUPPORTED,
                _("using disk target name '%1$s' conflicts with SCSI host device address controller='%2$u' bus='%3$u' target='%4$u' unit='%5$u"),
                disk->dst, addr.controller, addr.bus, addr.target, addr.unit);
            return -1;
        }
        disk->info.type = VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE;
        *a = addr;
        break;
    }
    case VIR_DOMAIN_DISK_BUS_IDE:
        disk->info.type = VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE;
        a->controller = idx / 4;
        a->bus = (idx % 4) / 2;
        a->target = 0;
        a->unit = idx % 2;
        break;
    case VIR_DOMAIN_DISK_BUS_SATA:
        disk->info.type = VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE;
        a->controller = idx / 6;
        a->bus = 0;
        a->target = 0;
        a->unit = idx % 6;
        break;
    case VIR_DOMAIN_DISK_BUS_FDC:
        disk->info.type = VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE;
        a->controller = idx / 2;
        a->bus = 0;
        a->target = 0;
        a->unit = idx % 2;
        break;
    case VIR_DOMAIN_DISK_BUS_NONE:
    case VIR_DOMAIN_DISK_BUS_VIRTIO:
    case VIR_DOMAIN_DISK_BUS_XEN:
    case VIR_DOMAIN_DISK_BUS_USB:
    case VIR_DOMAIN_DISK_BUS_UML:
    case VIR_DOMAIN_DISK_BUS_SD:
    case VIR_DOMAIN_DISK_BUS_LAST:
        break;
    }
    return 0;
}


static bool
virDomainBlockIoTuneHasAny(const virDomainBlockIoTuneInfo *t)
{
    return t->total_bytes_sec || t->read_bytes_sec || t->write_bytes_sec || t->total_iops_sec ||
           t->read_iops_sec || t->write_iops_sec || t->total_bytes_sec_max ||
           t->read_bytes_sec_max || t->write_bytes_sec_max || t->total_iops_sec_max ||
           t->read_iops_sec_max || t->write_iops_sec_max || t->size_iops_sec ||
           t->total_bytes_sec_max_length || t->read_bytes_sec_max_length ||
           t->write_bytes_sec_max_length || t->total_iops_sec_max_length ||
           t->read_iops_sec_max_length || t->write_iops_sec_max_length;
}


/* A disk naming only an iotune group takes the values of the group. */
static void
virDomainDiskExpandGroupIoTune(virDomainDiskDef *disk, const virDomainDef *def)
{
    size_t i;

    if (!disk->iotune.group_name || virDomainBlockIoTuneHasAny(&disk->iotune))
        return;

    for (i = 0; i < def->ndisks; i++) {
        const virDomainBlockIoTuneInfo *other = &def->disks[i]->iotune;
        char *group;

        if (g_strcmp0(disk->iotune.group_name, other->group_name) != 0 ||
            !virDomainBlockIoTuneHasAny(other))
            continue;
        group = disk->iotune.group_name;
        disk->iotune = *other;
        disk->iotune.group_name = group;
        return;
    }
}


int
virDomainDiskDefPostParse(virDomainDiskDef *disk, virDomainDef *def)
{
    virStorageSource *src = disk->src;

    virDomainDiskDefaultBus(disk);

    if (disk->device == VIR_DOMAIN_DISK_DEVICE_CDROM)
        src->readonly = true;

    if (disk->snapshot == VIR_DOMAIN_SNAPSHOT_LOCATION_DEFAULT &&
        (src->readonly || src->type == VIR_STORAGE_TYPE_VHOST_USER))
        disk->snapshot = VIR_DOMAIN_SNAPSHOT_LOCATION_NO;

    /* an iSCSI name without LUN means LUN 0 */
    if (src->type == VIR_STORAGE_TYPE_NETWORK && src->protocol == VIR_STORAGE_NET_PROTOCOL_ISCSI &&
        src->path && !strchr(src->path, '/')) {
        char *path = g_strdup_printf("%s/0", src->path);

        g_free(src->path);
        src->path = path;
    }

    if (src->type == VIR_STORAGE_TYPE_NVME && src->hasNvme &&
        src->nvmeManaged == VIR_TRISTATE_BOOL_ABSENT)
        src->nvmeManaged = VIR_TRISTATE_BOOL_YES;

    virStorageSourceAssignDefaultPorts(src);

    if (disk->info.type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE &&
        virDomainDiskAssignAddress(disk, def) < 0)
        return -1;

    virDomainDiskExpandGroupIoTune(disk, def);
    return 0;
}


/* ---------------------------------------------------------------- validation */

/*
 * libvirt 9.0 reports the first failing check in this order (found by
 * pairing errors against the oracle): source chain, sgio, lun, address
 * type, bus-specific driver attributes, vhost-user, tray, vendor/product,
 * removable, startupPolicy, wwn, target name, empty source.
 */

/* A device label override needs relabeling enabled by the domain label of its model. */
static int
virDomainDiskValidateSeclabels(const virDomainDiskDef *disk, const virDomainDef *def)
{
    const virStorageSource *src;
    size_t i;
    size_t j;

    for (src = disk->src; src; src = src->backingStore) {
        for (i = 0; i < src->nseclabels; i++) {
            for (j = 0; j < def->nseclabels; j++) {
                if (g_strcmp0(def->seclabels[j]->model, src->seclabels[i]->model) != 0 ||
                    def->seclabels[j]->relabel)
                    continue;
                virReportError(
                    VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                    _("label overrides require relabeling to be enabled at the domain level"));
                return -1;
            }
        }
    }
    return 0;
}


static int
virDomainDiskValidateSourceChain(const virDomainDiskDef *disk, const virDomainDef *def)
{
    const virStorageSource *src = disk->src;

    if (src->fdgroup) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("driver does not support FD passing for disk '%1$s'"), disk->dst);
        return -1;
    }
    if (src->type == VIR_STORAGE_TYPE_NETWORK && src->auth) {
        switch ((virStorageNetProtocol)src->protocol) {
        case VIR_STORAGE_NET_PROTOCOL_ISCSI:
        case VIR_STORAGE_NET_PROTOCOL_RBD:
        case VIR_STORAGE_NET_PROTOCOL_HTTP:
        case VIR_STORAGE_NET_PROTOCOL_HTTPS:
        case VIR_STORAGE_NET_PROTOCOL_FTP:
        case VIR_STORAGE_NET_PROTOCOL_FTPS:
        case VIR_STORAGE_NET_PROTOCOL_SSH:
            break;
        default:
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("authentication is not supported for protocol '%1$s'"),
                           virStorageNetProtocolTypeToString(src->protocol));
            return -1;
        }
    }
    if (virStorageSourceValidateChain(src) < 0)
        return -1;
    return virDomainDiskValidateSeclabels(disk, def);
}


static int
virDomainDiskValidateLun(const virDomainDiskDef *disk)
{
    const virStorageSource *src = disk->src;

    if (disk->sgio == VIR_DOMAIN_DEVICE_SGIO_UNFILTERED) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("unfiltered sgio is no longer supported"));
        return -1;
    }

    if (disk->device != VIR_DOMAIN_DISK_DEVICE_LUN) {
        if (src->hasPR) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("<reservations/> allowed only for lun devices"));
            return -1;
        }
        if (disk->rawio != VIR_TRISTATE_BOOL_ABSENT) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("rawio can be used only with device='lun'"));
            return -1;
        }
        if (disk->sgio != VIR_DOMAIN_DEVICE_SGIO_DEFAULT) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("sgio can be used only with device='lun'"));
            return -1;
        }
        return 0;
    }

    if (src->type != VIR_STORAGE_TYPE_BLOCK && src->type != VIR_STORAGE_TYPE_NETWORK &&
        src->type != VIR_STORAGE_TYPE_VOLUME) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("disk device='lun' is only valid for block type disk source"));
        return -1;
    }
    if (src->type == VIR_STORAGE_TYPE_NETWORK && src->protocol != VIR_STORAGE_NET_PROTOCOL_ISCSI) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("disk device='lun' is not supported for protocol='%1$s'"),
                       virStorageNetProtocolTypeToString(src->protocol));
        return -1;
    }
    return 0;
}


/* IDE, FDC, SCSI and SATA disks sit on a drive address. */
static int
virDomainDiskValidateAddressType(const virDomainDiskDef *disk)
{
    int atype = disk->info.type;

    if (atype == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE ||
        atype == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE)
        return 0;
    if (disk->bus != VIR_DOMAIN_DISK_BUS_IDE && disk->bus != VIR_DOMAIN_DISK_BUS_FDC &&
        disk->bus != VIR_DOMAIN_DISK_BUS_SCSI && disk->bus != VIR_DOMAIN_DISK_BUS_SATA)
        return 0;
    virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                   _("Invalid address type '%1$s' for the disk '%2$s' with the bus type '%3$s'"),
                   virDomainDeviceAddressTypeToString(atype), disk->dst,
                   virDomainDiskBusTypeToString(disk->bus));
    return -1;
}


static int
virDomainDiskValidateBus(const virDomainDiskDef *disk)
{
    if (disk->bus == VIR_DOMAIN_DISK_BUS_VIRTIO)
        return 0;

    if (disk->model != VIR_DOMAIN_DISK_MODEL_DEFAULT) {
        virReportError(
            VIR_ERR_CONFIG_UNSUPPORTED, _("disk model '%1$s' not supported for bus '%2$s'"),
            virDomainDiskModelTypeToString(disk->model), virDomainDiskBusTypeToString(disk->bus));
        return -1;
    }
    if (disk->queues) {
        virReportError(
            VIR_ERR_CONFIG_UNSUPPORTED, "%s",
            _("queues attribute in disk driver element is only supported by virtio-blk"));
        return -1;
    }
    if (disk->event_idx != VIR_TRISTATE_SWITCH_ABSENT) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("disk event_idx mode supported only for virtio bus"));
        return -1;
    }
    if (disk->ioeventfd != VIR_TRISTATE_SWITCH_ABSENT) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("disk ioeventfd mode supported only for virtio bus"));
        return -1;
    }
    return virDomainVirtioOptionsCheckNonVirtio(&disk->virtio);
}


/* The first disk setting vhost-user disks cannot have, or NULL. */
static const char *
virDomainDiskVhostUserUnsupported(const virDomainDiskDef *disk)
{
    const virStorageSource *src = disk->src;
    const struct {
        bool set;
        const char *name;
    } checks[] = {
        { disk->cachemode != VIR_DOMAIN_DISK_CACHE_DEFAULT, "cache" },
        { disk->error_policy || disk->rerror_policy, "error_policy" },
        { disk->iomode != VIR_DOMAIN_DISK_IO_DEFAULT, "io" },
        { disk->ioeventfd != VIR_TRISTATE_SWITCH_ABSENT, "ioeventfd" },
        { disk->copy_on_read != VIR_TRISTATE_SWITCH_ABSENT, "copy_on_read" },
        { disk->discard != VIR_DOMAIN_DISK_DISCARD_DEFAULT, "discard" },
        { disk->iothread != 0, "iothread" },
        { disk->detect_zeroes != VIR_DOMAIN_DISK_DETECT_ZEROES_DEFAULT, "detect_zeroes" },
        { src->metadataCacheMaxSize > 0, "metadata_cache" },
        { disk->geometry_cylinders > 0 || disk->geometry_heads > 0 || disk->geometry_sectors > 0 ||
              disk->geometry_trans != VIR_DOMAIN_DISK_TRANS_DEFAULT,
          "geometry" },
        { disk->blockio_logical > 0 || disk->blockio_physical > 0, "blockio" },
        { disk->iotune.group_name || virDomainBlockIoTuneHasAny(&disk->iotune), "iotune" },
        { src->backingStore != NULL, "backingStore" },
        { src->encryption != NULL, "encryption" },
        { src->readonly, "readonly" },
        { src->shared, "shareable" },
        { disk->transient, "transient" },
        { disk->serial != NULL, "serial" },
        { disk->wwn != NULL, "wwn" },
        { disk->vendor != NULL, "vendor" },
        { disk->product != NULL, "product" },
    };
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(checks); i++) {
        if (checks[i].set)
            return checks[i].name;
    }
    return NULL;
}


static int
virDomainDiskValidateVhostUser(const virDomainDiskDef *disk)
{
    const char *what;

    if (disk->src->type != VIR_STORAGE_TYPE_VHOST_USER)
        return 0;
    if (disk->bus != VIR_DOMAIN_DISK_BUS_VIRTIO) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("vhostuser disk supports only virtio bus"));
        return -1;
    }
    if (disk->snapshot != VIR_DOMAIN_SNAPSHOT_LOCATION_NO) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("only snapshot=no is supported with vhostuser disk"));
        return -1;
    }
    if ((what = virDomainDiskVhostUserUnsupported(disk))) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("%1$s is not supported with vhostuser disk"),
                       what);
        return -1;
    }
    return 0;
}


static bool
virDomainDiskStringIsPrintable(const char *str)
{
    for (; *str; str++) {
        if (!g_ascii_isprint(*str))
            return false;
    }
    return true;
}


static int
virDomainDiskValidateInquiry(const virDomainDiskDef *disk)
{
    if (disk->vendor) {
        if (strlen(disk->vendor) > 8) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("disk vendor is more than 8 characters"));
            return -1;
        }
        if (!virDomainDiskStringIsPrintable(disk->vendor)) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("disk vendor is not printable string"));
            return -1;
        }
    }
    if (disk->product) {
        if (strlen(disk->product) > 16) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("disk product is more than 16 characters"));
            return -1;
        }
        if (!virDomainDiskStringIsPrintable(disk->product)) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("disk product is not printable string"));
            return -1;
        }
    }
    return 0;
}


static int
virDomainDiskValidateMedia(const virDomainDiskDef *disk)
{
    if (disk->device != VIR_DOMAIN_DISK_DEVICE_FLOPPY &&
        disk->device != VIR_DOMAIN_DISK_DEVICE_CDROM &&
        disk->tray_status != VIR_DOMAIN_DISK_TRAY_CLOSED) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("tray is only valid for cdrom and floppy"));
        return -1;
    }
    if (virDomainDiskValidateInquiry(disk) < 0)
        return -1;
    if (disk->bus != VIR_DOMAIN_DISK_BUS_USB && disk->removable != VIR_TRISTATE_SWITCH_ABSENT) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("removable is only valid for usb disks"));
        return -1;
    }
    if (disk->startupPolicy == VIR_DOMAIN_STARTUP_POLICY_DEFAULT)
        return 0;
    if (disk->src->type == VIR_STORAGE_TYPE_NETWORK) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("disk startupPolicy '%1$s' is not allowed for disk of '%2$s' type"),
                       virDomainStartupPolicyTypeToString(disk->startupPolicy),
                       virStorageTypeToString(disk->src->type));
        return -1;
    }
    if (disk->device != VIR_DOMAIN_DISK_DEVICE_CDROM &&
        disk->device != VIR_DOMAIN_DISK_DEVICE_FLOPPY &&
        disk->startupPolicy == VIR_DOMAIN_STARTUP_POLICY_REQUISITE) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("disk startupPolicy 'requisite' is allowed only for cdrom or floppy"));
        return -1;
    }
    return 0;
}


static int
virDomainDiskValidateWWN(const virDomainDiskDef *disk)
{
    const char *p = disk->wwn;
    size_t n = 0;

    if (!p)
        return 0;
    if (g_str_has_prefix(p, "0x"))
        p += 2;
    while (g_ascii_isxdigit(p[n]))
        n++;
    if (n != 16 || p[n]) {
        virReportErrorHelper(VIR_FROM_NONE, VIR_ERR_INTERNAL_ERROR, __FILE__, __func__, __LINE__,
                             _("Malformed wwn: %1$s"), disk->wwn);
        return -1;
    }
    return 0;
}


static int
virDomainDiskValidateTarget(const virDomainDiskDef *disk)
{
    if (disk->device == VIR_DOMAIN_DISK_DEVICE_FLOPPY) {
        if (disk->bus != VIR_DOMAIN_DISK_BUS_FDC) {
            virReportError(VIR_ERR_INTERNAL_ERROR, _("Invalid bus type '%1$s' for floppy disk"),
                           virDomainDiskBusTypeToString(disk->bus));
            return -1;
        }
        if (!g_str_has_prefix(disk->dst, "fd")) {
            virReportError(VIR_ERR_INTERNAL_ERROR, _("Invalid floppy device name: %1$s"),
                           disk->dst);
            return -1;
        }
        return 0;
    }
    if (disk->bus == VIR_DOMAIN_DISK_BUS_FDC) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("Invalid bus type '%1$s' for disk"),
                       virDomainDiskBusTypeToString(disk->bus));
        return -1;
    }
    if (!g_str_has_prefix(disk->dst, "hd") && !g_str_has_prefix(disk->dst, "sd") &&
        !g_str_has_prefix(disk->dst, "vd") && !g_str_has_prefix(disk->dst, "xvd") &&
        !g_str_has_prefix(disk->dst, "ubd")) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("Invalid harddisk device name: %1$s"), disk->dst);
        return -1;
    }
    return 0;
}


int
virDomainDiskDefValidate(const virDomainDiskDef *disk, const virDomainDef *def)
{
    if (virDomainDiskValidateSourceChain(disk, def) < 0 || virDomainDiskValidateLun(disk) < 0 ||
        virDomainDiskValidateAddressType(disk) < 0 || virDomainDiskValidateBus(disk) < 0 ||
        virDomainDiskValidateVhostUser(disk) < 0 || virDomainDiskValidateMedia(disk) < 0 ||
        virDomainDiskValidateWWN(disk) < 0 || virDomainDiskValidateTarget(disk) < 0)
        return -1;

    /* removable media and LUNs may be empty */
    if (virStorageSourceIsEmpty(disk->src) && disk->device == VIR_DOMAIN_DISK_DEVICE_DISK) {
        virReportError(VIR_ERR_NO_SOURCE, "%s", disk->dst);
        return -1;
    }
    return 0;
}


static bool
virDomainDriveAddressEqual(const virDomainDeviceDriveAddress *a,
                           const virDomainDeviceDriveAddress *b)
{
    return a->controller == b->controller && a->bus == b->bus && a->target == b->target &&
           a->unit == b->unit;
}


static int
virDomainHostdevDriveAddressesValidate(const virDomainDef *def)
{
    size_t i;
    size_t j;

    for (i = 0; i < def->nhostdevs; i++) {
        const virDomainHostdevDef *h = def->hostdevs[i];
        const virDomainDeviceDriveAddress *a;

        if (!virHostdevIsSCSIDevice(h) || h->info->type != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE)
            continue;
        a = &h->info->addr.drive;
        for (j = i + 1; j < def->nhostdevs; j++) {
            const virDomainHostdevDef *o = def->hostdevs[j];

            if (!virHostdevIsSCSIDevice(o) ||
                o->info->type != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE ||
                !virDomainDriveAddressEqual(a, &o->info->addr.drive))
                continue;
            virReportError(
                VIR_ERR_CONFIG_UNSUPPORTED,
                _("SCSI host address controller='%1$u' bus='%2$u' target='%3$u' unit='%4$u' in use by another SCSI host device"),
                a->bus, a->controller, a->target, a->unit);
            return -1;
        }
        for (j = 0; j < def->ndisks; j++) {
            const virDomainDiskDef *d = def->disks[j];

            if (d->bus != VIR_DOMAIN_DISK_BUS_SCSI ||
                d->info.type != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE ||
                !virDomainDriveAddressEqual(a, &d->info.addr.drive))
                continue;
            virReportError(
                VIR_ERR_XML_ERROR,
                _("SCSI host address controller='%1$u' bus='%2$u' target='%3$u' unit='%4$u' in use by a SCSI disk"),
                a->bus, a->controller, a->target, a->unit);
            return -1;
        }
    }
    return 0;
}


int
virDomainDiskDefsValidate(const virDomainDef *def)
{
    size_t i;
    size_t j;

    for (i = 0; i < def->ndisks; i++) {
        const virDomainDiskDef *a = def->disks[i];

        for (j = i + 1; j < def->ndisks; j++) {
            const virDomainDiskDef *b = def->disks[j];

            if (g_strcmp0(a->dst, b->dst) != 0)
                continue;
            virReportError(VIR_ERR_XML_ERROR,
                           _("target '%1$s' duplicated for disk sources '%2$s' and '%3$s'"), a->dst,
                           NULLSTR(a->src->path), NULLSTR(b->src->path));
            return -1;
        }
    }

    for (i = 0; i < def->ndisks; i++) {
        const virDomainDiskDef *a = def->disks[i];

        if (a->info.type != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE)
            continue;
        for (j = i + 1; j < def->ndisks; j++) {
            const virDomainDiskDef *b = def->disks[j];

            if (a->bus != b->bus || b->info.type != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE ||
                !virDomainDriveAddressEqual(&a->info.addr.drive, &b->info.addr.drive))
                continue;
            virReportError(
                VIR_ERR_CONFIG_UNSUPPORTED,
                _("Found duplicate drive address for disk with target name '%1$s' controller='%2$u' bus='%3$u' target='%4$u' unit='%5$u'"),
                a->dst, a->info.addr.drive.controller, a->info.addr.drive.bus,
                a->info.addr.drive.target, a->info.addr.drive.unit);
            return -1;
        }
    }
    return virDomainHostdevDriveAddressesValidate(def);
}
