/*
 * virdomainpostparse.c: default values applied after parsing a domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virdomaindef.h"
#include "virdomainpostparse.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

/* drive address layout per bus */
#define IDE_UNITS_PER_BUS 2
#define IDE_BUSES 2
#define FDC_UNITS 2
#define SCSI_UNITS 7
#define SATA_UNITS 6


int
virDiskNameToIndex(const char *name)
{
    static const char *const prefixes[] = { "fd", "hd", "vd", "sd", "xvd", "ubd" };
    const char *ptr = NULL;
    int idx = 0;
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(prefixes); i++) {
        if (g_str_has_prefix(name, prefixes[i])) {
            ptr = name + strlen(prefixes[i]);
            break;
        }
    }
    if (!ptr)
        return -1;

    for (i = 0; *ptr >= 'a' && *ptr <= 'z'; i++, ptr++) {
        if (idx > (G_MAXINT / 26) - 26)
            return -1;
        idx = (idx + (i < 1 ? 0 : 1)) * 26 + (*ptr - 'a');
    }
    if (i == 0)
        return -1;

    /* an optional partition number */
    ptr += strspn(ptr, "0123456789");
    if (*ptr != '\0')
        return -1;
    return idx;
}


int
virDomainDiskDefAssignAddress(virDomainDiskDef *disk)
{
    virDomainDeviceDriveAddress *addr = &disk->info.addr.drive;
    int idx = disk->dst ? virDiskNameToIndex(disk->dst) : -1;

    if (idx < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("Unknown disk name '%1$s' and no address specified"),
                       NULLSTR(disk->dst));
        return -1;
    }

    memset(addr, 0, sizeof(*addr));
    switch ((virDomainDiskBus)disk->bus) {
    case VIR_DOMAIN_DISK_BUS_IDE:
        addr->controller = idx / (IDE_UNITS_PER_BUS * IDE_BUSES);
        addr->bus = (idx % (IDE_UNITS_PER_BUS * IDE_BUSES)) / IDE_UNITS_PER_BUS;
        addr->unit = idx % IDE_UNITS_PER_BUS;
        break;
    case VIR_DOMAIN_DISK_BUS_FDC:
        addr->controller = idx / FDC_UNITS;
        addr->unit = idx % FDC_UNITS;
        break;
    case VIR_DOMAIN_DISK_BUS_SCSI:
        addr->controller = idx / SCSI_UNITS;
        addr->unit = idx % SCSI_UNITS;
        break;
    case VIR_DOMAIN_DISK_BUS_SATA:
        addr->controller = idx / SATA_UNITS;
        addr->unit = idx % SATA_UNITS;
        break;
    default:
        /* no drive address on the other buses */
        return 0;
    }
    disk->info.type = VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE;
    return 0;
}


static int
virDomainDefPostParseMemory(virDomainDef *def)
{
    unsigned long long hotplug = 0;
    size_t i;

    if (def->memory == 0) {
        for (i = 0; i < def->numa.ncells; i++)
            def->memory += def->numa.cells[i].mem;
    }
    if (def->memory == 0) {
        virReportError(
            VIR_ERR_XML_ERROR, "%s",
            _("Memory size must be specified via <memory> or in the <numa> configuration"));
        return -1;
    }

    for (i = 0; i < def->nmems; i++)
        hotplug += def->mems[i]->size;
    if (hotplug > def->memory) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("Total size of memory devices exceeds the total memory size"));
        return -1;
    }

    if (def->currentMemory == 0 || def->currentMemory > def->memory)
        def->currentMemory = def->memory;

    if ((def->maxMemory > 0) != (def->memorySlots > 0)) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("both maximum memory size and memory slot count must be specified"));
        return -1;
    }
    if (def->maxMemory > 0 && def->maxMemory < def->memory) {
        virReportError(
            VIR_ERR_XML_ERROR, "%s",
            _("maximum memory size must be equal or greater than the actual memory size"));
        return -1;
    }
    return 0;
}


static int
virDomainDefPostParseVcpus(virDomainDef *def)
{
    ssize_t maxCPU = 0;
    size_t i;

    for (i = 0; i < def->numa.ncells; i++) {
        ssize_t last;

        if (def->numa.cells[i].cpumask &&
            (last = virBitmapLastSetBit(def->numa.cells[i].cpumask)) > maxCPU)
            maxCPU = last;
    }
    if (maxCPU >= (ssize_t)def->maxvcpus) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                       _("CPU IDs in <numa> exceed the <vcpu> count"));
        return -1;
    }
    return 0;
}


static int
virDomainDeviceHasBoot(virDomainDef *def G_GNUC_UNUSED,
                       virDomainDeviceInfo *info,
                       const char *devname G_GNUC_UNUSED,
                       void *opaque)
{
    bool *found = opaque;

    if (info->bootIndex)
        *found = true;
    return 0;
}


/* True if any device has a <boot order>. */
static bool
virDomainDefHasDeviceBoot(virDomainDef *def)
{
    bool found = false;

    (void)virDomainDeviceInfoIterate(def, virDomainDeviceHasBoot, &found);
    return found;
}


static int
virDomainDefPostParseOS(virDomainDef *def, const virDomainXMLOption *xmlopt)
{
    bool deviceBoot = virDomainDefHasDeviceBoot(def);

    if (deviceBoot && def->os.nBootDevs > 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("per-device boot elements cannot be used together with os/boot elements"));
        return -1;
    }

    if (def->os.arch == VIR_ARCH_NONE)
        def->os.arch = xmlopt && xmlopt->defaultArch ? xmlopt->defaultArch : VIR_ARCH_X86_64;

    if (def->os.type == VIR_DOMAIN_OSTYPE_HVM && !def->bootloader && def->os.nBootDevs == 0 &&
        !deviceBoot) {
        def->os.bootDevs[0] = VIR_DOMAIN_BOOT_DISK;
        def->os.nBootDevs = 1;
    }
    return 0;
}


static void
virDomainMacGenerateRandom(unsigned char *mac)
{
    size_t i;

    mac[0] = 0x52;
    mac[1] = 0x54;
    mac[2] = 0x00;
    for (i = 3; i < VIR_MAC_BUFLEN; i++)
        mac[i] = g_random_int_range(0, 256);
}


static void
virDomainDefPostParseMACs(virDomainDef *def, const virDomainXMLOption *xmlopt)
{
    static const unsigned char zero[VIR_MAC_BUFLEN] = { 0 };
    size_t i;

    for (i = 0; i < def->nnets; i++) {
        virDomainNetDef *net = def->nets[i];

        if (net->mac_set &&
            !(xmlopt && xmlopt->zeroMacIsUnset && memcmp(net->mac, zero, VIR_MAC_BUFLEN) == 0))
            continue;
        if (xmlopt && xmlopt->macGenerate)
            xmlopt->macGenerate(net->mac, xmlopt->opaque);
        else
            virDomainMacGenerateRandom(net->mac);
        net->mac_set = true;
    }
}


/* Family post-parse of every device; disks get their drive address. */
#define POSTPARSE_LIST(type, list, nlist)                                                          \
 do {                                                                                              \
  size_t k;                                                                                        \
  for (k = 0; k < def->nlist; k++) {                                                               \
   if (virDomain##type##DefPostParse(def->list[k], def) < 0)                                       \
    return -1;                                                                                     \
  }                                                                                                \
 } while (0)

#define POSTPARSE_ONE(type, field)                                                                 \
 do {                                                                                              \
  if (def->field && virDomain##type##DefPostParse(def->field, def) < 0)                            \
   return -1;                                                                                      \
 } while (0)


static int
virDomainDefPostParseDisks(virDomainDef *def)
{
    size_t i;

    for (i = 0; i < def->ndisks; i++) {
        virDomainDiskDef *disk = def->disks[i];

        if (virDomainDiskDefPostParse(disk, def) < 0)
            return -1;
        if (disk->info.type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE &&
            virDomainDiskDefAssignAddress(disk) < 0)
            return -1;
    }
    return 0;
}


static int
virDomainDefPostParseDevices(virDomainDef *def)
{
    if (virDomainDefPostParseDisks(def) < 0)
        return -1;
    POSTPARSE_LIST(Controller, controllers, ncontrollers);
    POSTPARSE_LIST(FS, fss, nfss);
    POSTPARSE_LIST(Net, nets, nnets);
    POSTPARSE_LIST(Smartcard, smartcards, nsmartcards);
    POSTPARSE_LIST(Input, inputs, ninputs);
    POSTPARSE_LIST(TPM, tpms, ntpms);
    POSTPARSE_LIST(Graphics, graphics, ngraphics);
    POSTPARSE_LIST(Sound, sounds, nsounds);
    POSTPARSE_LIST(Audio, audios, naudios);
    POSTPARSE_LIST(Video, videos, nvideos);
    POSTPARSE_LIST(Hostdev, hostdevs, nhostdevs);
    POSTPARSE_LIST(Hub, hubs, nhubs);
    POSTPARSE_LIST(Watchdog, watchdogs, nwatchdogs);
    POSTPARSE_ONE(Memballoon, memballoon);
    POSTPARSE_LIST(RNG, rngs, nrngs);
    POSTPARSE_LIST(Panic, panics, npanics);
    POSTPARSE_LIST(Shmem, shmems, nshmems);
    POSTPARSE_LIST(Memory, mems, nmems);
    POSTPARSE_ONE(IOMMU, iommu);
    POSTPARSE_ONE(Vsock, vsock);
    POSTPARSE_ONE(NVRAM, nvram);
    POSTPARSE_LIST(Crypto, cryptos, ncryptos);
    POSTPARSE_LIST(Lease, leases, nleases);
    return 0;
}


int
virDomainDefPostParse(virDomainDef *def, const virDomainXMLOption *xmlopt, unsigned int parseFlags)
{
    if (xmlopt && xmlopt->domainPostParse &&
        xmlopt->domainPostParse(def, parseFlags, xmlopt->opaque) < 0)
        return -1;

    if (virDomainDefPostParseMemory(def) < 0 || virDomainDefPostParseVcpus(def) < 0 ||
        virDomainDefPostParseOS(def, xmlopt) < 0)
        return -1;
    virDomainDefPostParseMACs(def, xmlopt);

    /* chardevs first (the console/serial links), then every device, the
     * checks across devices (videos, smartcard addresses...) and last the
     * controllers the devices imply */
    if (virDomainDefChrPostParse(def) < 0 || virDomainDefPostParseDevices(def) < 0 ||
        virDomainDefMiscDevicesPostParse(def) < 0 || virDomainDefAddImplicitControllers(def) < 0)
        return -1;

    if (xmlopt && xmlopt->domainPostParseLate &&
        xmlopt->domainPostParseLate(def, parseFlags, xmlopt->opaque) < 0)
        return -1;
    return 0;
}


/* libvirt's test driver names every interface without a target. */
static int
virDomainTestDriverPostParseLate(virDomainDef *def,
                                 unsigned int parseFlags G_GNUC_UNUSED,
                                 void *opaque G_GNUC_UNUSED)
{
    return virDomainNetTestDriverPostParse(def);
}


const virDomainXMLOption *
virDomainXMLOptionGetTestDriver(void)
{
    static const virDomainXMLOption testopt = {
        .defaultArch = VIR_ARCH_I686,
        .domainPostParseLate = virDomainTestDriverPostParseLate,
    };

    return &testopt;
}


/* The generator of libvirt's test suite: no random bytes. */
static void
virDomainMacGenerateFixed(unsigned char *mac, void *opaque G_GNUC_UNUSED)
{
    memset(mac, 0, VIR_MAC_BUFLEN);
    mac[0] = 0x52;
    mac[1] = 0x54;
}


const virDomainXMLOption *
virDomainXMLOptionGetGeneric(void)
{
    static const virDomainXMLOption genericopt = {
        .defaultArch = VIR_ARCH_X86_64,
        .zeroMacIsUnset = true,
        .macGenerate = virDomainMacGenerateFixed,
    };

    return &genericopt;
}
