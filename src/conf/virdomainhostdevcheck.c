/*
 * virdomainhostdevcheck.c: post-parse defaults and validation of <hostdev>
 * devices (parser and formatter are in virdomainhostdev.c)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virdomaindef.h"
#include "virdomainhostdev.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

/* units of a narrow SCSI bus */
#define SCSI_NARROW_UNITS 7


/* ---------------------------------------------------------------- post-parse, validation */

static const virDomainControllerDef *
virDomainHostdevFindSCSIController(const virDomainDef *def, unsigned int idx)
{
    size_t i;

    for (i = 0; i < def->ncontrollers; i++) {
        if (def->controllers[i]->type == VIR_DOMAIN_CONTROLLER_TYPE_SCSI &&
            def->controllers[i]->idx == (int)idx)
            return def->controllers[i];
    }
    return NULL;
}


/* Units the SCSI controller model cannot use: beyond its maximum or its own unit. */
static bool
virDomainSCSIUnitReserved(const virDomainControllerDef *cont, unsigned int unit)
{
    int max = -1;
    int reserved = -1;

    switch (cont->model) {
    case VIR_DOMAIN_CONTROLLER_MODEL_SCSI_VIRTIO_SCSI:
    case VIR_DOMAIN_CONTROLLER_MODEL_SCSI_VIRTIO_TRANSITIONAL:
    case VIR_DOMAIN_CONTROLLER_MODEL_SCSI_VIRTIO_NON_TRANSITIONAL:
        max = 16383;
        break;
    case VIR_DOMAIN_CONTROLLER_MODEL_SCSI_IBMVSCSI:
        max = 31;
        reserved = 7;
        break;
    case VIR_DOMAIN_CONTROLLER_MODEL_SCSI_LSISAS1068:
        max = 1;
        break;
    case VIR_DOMAIN_CONTROLLER_MODEL_SCSI_LSISAS1078:
        max = 255;
        break;
    case VIR_DOMAIN_CONTROLLER_MODEL_SCSI_LSILOGIC:
    case VIR_DOMAIN_CONTROLLER_MODEL_SCSI_VMPVSCSI:
    case VIR_DOMAIN_CONTROLLER_MODEL_SCSI_BUSLOGIC:
        reserved = 7;
        break;
    case VIR_DOMAIN_CONTROLLER_MODEL_SCSI_NCR53C90:
    case VIR_DOMAIN_CONTROLLER_MODEL_SCSI_DC390:
    case VIR_DOMAIN_CONTROLLER_MODEL_SCSI_AM53C974:
        max = 6;
        break;
    default:
        break;
    }
    return (max != -1 && (int)unit > max) || (reserved != -1 && (int)unit == reserved);
}


static bool
virDomainSCSIDriveAddressIsUsed(const virDomainDef *def, unsigned int controller, unsigned int unit)
{
    const virDomainControllerDef *cont = virDomainHostdevFindSCSIController(def, controller);
    size_t i;

    if (cont && virDomainSCSIUnitReserved(cont, unit))
        return true;

    for (i = 0; i < def->ndisks; i++) {
        const virDomainDiskDef *disk = def->disks[i];
        const virDomainDeviceDriveAddress *a = &disk->info.addr.drive;

        if (disk->bus == VIR_DOMAIN_DISK_BUS_SCSI &&
            disk->info.type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE &&
            a->controller == controller && a->bus == 0 && a->target == 0 && a->unit == unit)
            return true;
    }
    for (i = 0; i < def->nhostdevs; i++) {
        const virDomainHostdevDef *h = def->hostdevs[i];
        const virDomainDeviceDriveAddress *a = &h->info->addr.drive;

        if (virHostdevIsSCSIDevice(h) && h->info->type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE &&
            a->controller == controller && a->bus == 0 && a->target == 0 && a->unit == unit)
            return true;
    }
    return false;
}


/* An explicit SCSI hostdev address must not be a SCSI disk's. */
static int
virDomainHostdevDiskConflict(const virDomainHostdevDef *hostdev, const virDomainDef *def)
{
    const virDomainDeviceDriveAddress *a = &hostdev->info->addr.drive;
    size_t i;

    if (hostdev->info->type != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE)
        return 0;
    for (i = 0; i < def->ndisks; i++) {
        const virDomainDiskDef *d = def->disks[i];
        const virDomainDeviceDriveAddress *b = &d->info.addr.drive;

        if (d->bus != VIR_DOMAIN_DISK_BUS_SCSI ||
            d->info.type != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE ||
            a->controller != b->controller || a->bus != b->bus || a->target != b->target ||
            a->unit != b->unit)
            continue;
        virReportError(
            VIR_ERR_XML_ERROR,
            _("SCSI host address controller='%1$u' bus='%2$u' target='%3$u' unit='%4$u' in use by a SCSI disk"),
            a->controller, a->bus, a->target, a->unit);
        return -1;
    }
    return 0;
}


int
virDomainHostdevDefPostParse(virDomainHostdevDef *hostdev, virDomainDef *def)
{
    virStorageSource *iscsi;
    unsigned int controller = 0;
    unsigned int unit;

    if (!virHostdevIsSCSIDevice(hostdev))
        return 0;

    /* an iSCSI name without LUN means LUN 0 */
    iscsi = hostdev->source->iscsiSrc;
    if (iscsi && iscsi->path && !strchr(iscsi->path, '/')) {
        char *path = g_strdup_printf("%s/0", iscsi->path);

        g_free(iscsi->path);
        iscsi->path = path;
    }

    if (hostdev->info->type != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE)
        return virDomainHostdevDiskConflict(hostdev, def);

    for (;; controller++) {
        for (unit = 0; unit < SCSI_NARROW_UNITS; unit++) {
            if (!virDomainSCSIDriveAddressIsUsed(def, controller, unit))
                break;
        }
        if (unit < SCSI_NARROW_UNITS)
            break;
    }
    hostdev->info->type = VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE;
    hostdev->info->addr.drive.controller = controller;
    hostdev->info->addr.drive.bus = 0;
    hostdev->info->addr.drive.target = 0;
    hostdev->info->addr.drive.unit = unit;
    return 0;
}


static int
virDomainHostdevMdevValidate(const virDomainHostdevDef *hostdev)
{
    int model = hostdev->source->mdevModel;
    int atype = hostdev->info->type;

    if ((model == VIR_MDEV_MODEL_TYPE_VFIO_PCI && atype != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_PCI &&
         atype != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE) ||
        (model == VIR_MDEV_MODEL_TYPE_VFIO_CCW && atype != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCW &&
         atype != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE)) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Unsupported address type '%1$s' with mediated device model '%2$s'"),
                       virDomainDeviceAddressTypeToString(atype),
                       virMediatedDeviceModelTypeToString(model));
        return -1;
    }
    return 0;
}


static int
virDomainHostdevAddressValidate(const virDomainHostdevDef *hostdev)
{
    int atype = hostdev->info->type;

    switch ((virDomainHostdevSubsysType)hostdev->subsysType) {
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_PCI:
        if (atype != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE &&
            atype != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_PCI &&
            atype != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_UNASSIGNED) {
            virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                           _("PCI host devices must use 'pci' or 'unassigned' address type"));
            return -1;
        }
        break;
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI:
        if (atype != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE &&
            atype != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("SCSI host device must use 'drive' address type"));
            return -1;
        }
        break;
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI_HOST:
        if (atype != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE &&
            atype != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_PCI &&
            atype != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCW) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("SCSI_host host device must use 'pci' or 'ccw' address type"));
            return -1;
        }
        break;
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_USB:
        if (atype != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE &&
            atype != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_USB) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("USB host device must use 'usb' address type"));
            return -1;
        }
        break;
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_MDEV:
        return virDomainHostdevMdevValidate(hostdev);
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_LAST:
        break;
    }
    return 0;
}


static bool
virDomainHostdevMatchSubsys(const virDomainHostdevDef *a, const virDomainHostdevDef *b)
{
    const virDomainHostdevSource *x = a->source;
    const virDomainHostdevSource *y = b->source;

    if (a->subsysType != b->subsysType)
        return false;

    switch ((virDomainHostdevSubsysType)a->subsysType) {
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_PCI:
        return x->pciAddr.domain == y->pciAddr.domain && x->pciAddr.bus == y->pciAddr.bus &&
               x->pciAddr.slot == y->pciAddr.slot && x->pciAddr.function == y->pciAddr.function;
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_USB:
        /* the first device decides whether it is named by location or by ids */
        if (x->usbBus && x->usbDevice)
            return x->usbBus == y->usbBus && x->usbDevice == y->usbDevice;
        return x->usbProduct == y->usbProduct && x->usbVendor == y->usbVendor;
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI:
        if (x->scsiProtocol != y->scsiProtocol)
            return false;
        if (x->scsiProtocol == VIR_DOMAIN_HOSTDEV_SCSI_PROTOCOL_TYPE_ISCSI)
            return g_strcmp0(x->iscsiSrc->hosts[0].name, y->iscsiSrc->hosts[0].name) == 0 &&
                   g_strcmp0(x->iscsiSrc->path, y->iscsiSrc->path) == 0;
        return g_strcmp0(x->scsiAdapter, y->scsiAdapter) == 0 && x->scsiBus == y->scsiBus &&
               x->scsiTarget == y->scsiTarget && x->scsiUnit == y->scsiUnit;
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI_HOST:
        return x->scsiHostProtocol == y->scsiHostProtocol && g_strcmp0(x->wwpn, y->wwpn) == 0;
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_MDEV:
        return g_strcmp0(x->mdevUuid, y->mdevUuid) == 0;
    case VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_LAST:
        break;
    }
    return false;
}


/* True if @a and @b name the same host device (@a is the earlier one). */
static bool
virDomainHostdevMatch(const virDomainHostdevDef *a, const virDomainHostdevDef *b)
{
    if (a->mode != b->mode)
        return false;
    if (a->mode == VIR_DOMAIN_HOSTDEV_MODE_SUBSYS)
        return virDomainHostdevMatchSubsys(a, b);
    return a->capsType == b->capsType && g_strcmp0(a->source->capsPath, b->source->capsPath) == 0;
}


int
virDomainHostdevDefValidate(const virDomainHostdevDef *hostdev, const virDomainDef *def)
{
    size_t i;

    for (i = 0; i < def->nhostdevs && def->hostdevs[i] != hostdev; i++) {
        if (virDomainHostdevMatch(def->hostdevs[i], hostdev)) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("Hostdev already exists in the domain configuration"));
            return -1;
        }
    }

    if (hostdev->mode != VIR_DOMAIN_HOSTDEV_MODE_SUBSYS)
        return 0;

    if (hostdev->hasTeaming && hostdev->teaming != VIR_DOMAIN_HOSTDEV_TEAMING_TYPE_NONE) {
        if (hostdev->teaming != VIR_DOMAIN_HOSTDEV_TEAMING_TYPE_TRANSIENT) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("teaming hostdev devices must have type='transient'"));
            return -1;
        }
        if (!hostdev->teamingPersistent) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("missing required persistent attribute in hostdev teaming element"));
            return -1;
        }
    }
    return virDomainHostdevAddressValidate(hostdev);
}
