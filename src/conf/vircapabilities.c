/*
 * vircapabilities.c: the capabilities XML model and its formatter
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include <glib.h>

#include "internal.h"
#include "virbitmap.h"
#include "virbuffer.h"
#include "vircapabilities.h"
#include "vircapshostinit.h"
#include "virenum.h"
#include "virerror.h"
#include "virlog.h"
#include "virnodeinfo.h"
#include "virobject.h"
#include "virthread.h"
#include "viruuid.h"

#define VIR_FROM_THIS VIR_FROM_CAPABILITIES

VIR_LOG_INIT("conf.capabilities");

VIR_ENUM_IMPL(virCapsGuestFeature,
              VIR_CAPS_GUEST_FEATURE_TYPE_LAST,
              "pae",
              "nonpae",
              "ia64_be",
              "acpi",
              "apic",
              "cpuselection",
              "deviceboot",
              "disksnapshot",
              "hap",
              "externalSnapshot");

/* Features whose element carries default= and toggle=. */
static const bool virCapsGuestFeatureHasToggle[VIR_CAPS_GUEST_FEATURE_TYPE_LAST] = {
    [VIR_CAPS_GUEST_FEATURE_TYPE_ACPI] = true,
    [VIR_CAPS_GUEST_FEATURE_TYPE_APIC] = true,
    [VIR_CAPS_GUEST_FEATURE_TYPE_DISKSNAPSHOT] = true,
    [VIR_CAPS_GUEST_FEATURE_TYPE_HAP] = true,
};

/* libvirt's virDomainOSType names. */
static const char *const virCapsOSTypes[] = {
    "hvm", "xen", "linux", "exe", "uml", "xenpvh",
};

/* libvirt's virDomainVirtType names. */
static const char *const virCapsVirtTypes[] = {
    "qemu",   "kqemu",  "kvm",  "xen",  "lxc",       "uml",   "openvz", "test",
    "vmware", "hyperv", "vbox", "phyp", "parallels", "bhyve", "vz",     "ch",
};

static virClass *virCapsClass;
static void virCapsDispose(void *obj);


static int
virCapsOnceInit(void)
{
    if (!VIR_CLASS_NEW(virCaps, virClassForObject()))
        return -1;
    return 0;
}

VIR_ONCE_GLOBAL_INIT(virCaps);


static bool
virCapsNameInList(const char *name, const char *const *list, size_t n)
{
    size_t i;

    for (i = 0; name && i < n; i++) {
        if (g_str_equal(list[i], name))
            return true;
    }
    return false;
}


int
virCapabilitiesInitHost(virCaps *caps,
                        const char *sysfs_prefix,
                        const char *procfs_prefix,
                        unsigned int flags)
{
    return virCapsHostInitFromSystem(&caps->host, sysfs_prefix, procfs_prefix, flags);
}


bool
virCapabilitiesIsKnownOSType(const char *name)
{
    return virCapsNameInList(name, virCapsOSTypes, G_N_ELEMENTS(virCapsOSTypes));
}


bool
virCapabilitiesIsKnownVirtType(const char *name)
{
    return virCapsNameInList(name, virCapsVirtTypes, G_N_ELEMENTS(virCapsVirtTypes));
}


virCaps *
virCapabilitiesNew(const char *hostarch, bool offlineMigrate, bool liveMigrate)
{
    virCaps *caps;

    if (hostarch && virNodeInfoArchWordSize(hostarch) == 0) {
        virReportError(VIR_ERR_INVALID_ARG, _("unknown architecture '%1$s'"), hostarch);
        return NULL;
    }
    if (virCapsInitialize() < 0)
        return NULL;
    if (!(caps = virObjectNew(virCapsClass)))
        return NULL;

    caps->host.arch = g_strdup(hostarch);
    caps->host.offlineMigrate = offlineMigrate;
    caps->host.liveMigrate = liveMigrate;
    return caps;
}


static void
virCapsGuestMachineFree(virCapsGuestMachine *machine)
{
    if (!machine)
        return;
    g_free(machine->name);
    g_free(machine->canonical);
    g_free(machine);
}


virCapsGuestMachine **
virCapabilitiesAllocMachines(const char *const *names, size_t nnames)
{
    virCapsGuestMachine **machines = g_new0(virCapsGuestMachine *, nnames);
    size_t i;

    for (i = 0; i < nnames; i++) {
        machines[i] = g_new0(virCapsGuestMachine, 1);
        machines[i]->name = g_strdup(names[i]);
    }
    return machines;
}


void
virCapabilitiesFreeMachines(virCapsGuestMachine **machines, size_t nmachines)
{
    size_t i;

    if (!machines)
        return;
    for (i = 0; i < nmachines; i++)
        virCapsGuestMachineFree(machines[i]);
    g_free(machines);
}


static void
virCapsGuestDomainInfoClear(virCapsGuestDomainInfo *info)
{
    g_free(info->emulator);
    g_free(info->loader);
    virCapabilitiesFreeMachines(info->machines, info->nmachines);
}


static void
virCapsGuestFree(virCapsGuest *guest)
{
    size_t i;

    if (!guest)
        return;
    g_free(guest->ostype);
    g_free(guest->arch.name);
    virCapsGuestDomainInfoClear(&guest->arch.defaultInfo);
    for (i = 0; i < guest->arch.ndomains; i++) {
        virCapsGuestDomainInfoClear(&guest->arch.domains[i]->info);
        g_free(guest->arch.domains[i]->type);
        g_free(guest->arch.domains[i]);
    }
    g_free(guest->arch.domains);
    g_free(guest);
}


static void
virCapsDispose(void *obj)
{
    virCaps *caps = obj;
    size_t i;

    virCapsHostClear(&caps->host);
    for (i = 0; i < caps->nguests; i++)
        virCapsGuestFree(caps->guests[i]);
    g_free(caps->guests);
}


virCapsGuest *
virCapabilitiesAddGuest(virCaps *caps,
                        const char *ostype,
                        const char *arch,
                        const char *emulator,
                        const char *loader,
                        size_t nmachines,
                        virCapsGuestMachine **machines)
{
    virCapsGuest *guest;
    unsigned int wordsize = virNodeInfoArchWordSize(arch);

    if (!virCapabilitiesIsKnownOSType(ostype)) {
        virReportError(VIR_ERR_INVALID_ARG, _("unknown OS type '%1$s'"), NULLSTR(ostype));
        virCapabilitiesFreeMachines(machines, nmachines);
        return NULL;
    }
    if (wordsize == 0) {
        virReportError(VIR_ERR_INVALID_ARG, _("unknown architecture '%1$s'"), NULLSTR(arch));
        virCapabilitiesFreeMachines(machines, nmachines);
        return NULL;
    }

    guest = g_new0(virCapsGuest, 1);
    guest->ostype = g_strdup(ostype);
    guest->arch.name = g_strdup(arch);
    guest->arch.wordsize = wordsize;
    guest->arch.defaultInfo.emulator = g_strdup(emulator);
    guest->arch.defaultInfo.loader = g_strdup(loader);
    if (machines) {
        guest->arch.defaultInfo.machines = machines;
        guest->arch.defaultInfo.nmachines = nmachines;
    }

    caps->guests = g_renew(virCapsGuest *, caps->guests, caps->nguests + 1);
    caps->guests[caps->nguests++] = guest;
    return guest;
}


virCapsGuestDomain *
virCapabilitiesAddGuestDomain(virCapsGuest *guest,
                              const char *hvtype,
                              const char *emulator,
                              const char *loader,
                              size_t nmachines,
                              virCapsGuestMachine **machines)
{
    virCapsGuestDomain *dom;

    if (!virCapabilitiesIsKnownVirtType(hvtype)) {
        virReportError(VIR_ERR_INVALID_ARG, _("unknown hypervisor type '%1$s'"), NULLSTR(hvtype));
        virCapabilitiesFreeMachines(machines, nmachines);
        return NULL;
    }

    dom = g_new0(virCapsGuestDomain, 1);
    dom->type = g_strdup(hvtype);
    dom->info.emulator = g_strdup(emulator);
    dom->info.loader = g_strdup(loader);
    if (machines) {
        dom->info.machines = machines;
        dom->info.nmachines = nmachines;
    }

    guest->arch.domains =
        g_renew(virCapsGuestDomain *, guest->arch.domains, guest->arch.ndomains + 1);
    guest->arch.domains[guest->arch.ndomains++] = dom;
    return dom;
}


void
virCapabilitiesAddGuestFeatureWithToggle(virCapsGuest *guest,
                                         virCapsGuestFeatureType feature,
                                         bool defaultOn,
                                         bool toggle)
{
    virCapsGuestFeature *f;

    g_return_if_fail(feature < VIR_CAPS_GUEST_FEATURE_TYPE_LAST);
    f = &guest->features[feature];
    f->present = true;
    if (virCapsGuestFeatureHasToggle[feature]) {
        f->defaultOn = virTristateSwitchFromBool(defaultOn);
        f->toggle = virTristateBoolFromBool(toggle);
    }
}


void
virCapabilitiesAddGuestFeature(virCapsGuest *guest, virCapsGuestFeatureType feature)
{
    virCapabilitiesAddGuestFeatureWithToggle(guest, feature, false, false);
}


/* The machine of @info named (or canonically named) @machinetype. */
static const virCapsGuestMachine *
virCapsFindMachine(const virCapsGuestDomainInfo *info, const char *machinetype)
{
    size_t k;

    for (k = 0; k < info->nmachines; k++) {
        const virCapsGuestMachine *m = info->machines[k];

        if (!machinetype || g_str_equal(m->name, machinetype) ||
            g_strcmp0(m->canonical, machinetype) == 0)
            return m;
    }
    return NULL;
}


/* Looks for a match within one guest; fills @ret and returns true if found. */
static bool
virCapsLookupGuest(const virCapsGuest *guest,
                   const char *domaintype,
                   const char *emulator,
                   const char *machinetype,
                   virCapsDomainData *ret)
{
    size_t j;

    for (j = 0; j < guest->arch.ndomains; j++) {
        const virCapsGuestDomain *dom = guest->arch.domains[j];
        const virCapsGuestDomainInfo *info = &dom->info;
        const virCapsGuestMachine *machine = NULL;
        const char *emu =
            dom->info.emulator ? dom->info.emulator : guest->arch.defaultInfo.emulator;

        if (domaintype && !g_str_equal(dom->type, domaintype))
            continue;
        if (emulator && g_strcmp0(emu, emulator) != 0)
            continue;
        if (info->nmachines == 0)
            info = &guest->arch.defaultInfo;
        if (info->nmachines > 0 && !(machine = virCapsFindMachine(info, machinetype)))
            continue;

        ret->ostype = guest->ostype;
        ret->arch = guest->arch.name;
        ret->domaintype = dom->type;
        ret->emulator = emu;
        ret->machinetype = machine ? machine->name : NULL;
        return true;
    }
    return false;
}


/* One lookup pass; reports the error when nothing matches. */
static virCapsDomainData *
virCapsLookupInternal(const virCaps *caps,
                      const char *ostype,
                      const char *arch,
                      const char *domaintype,
                      const char *emulator,
                      const char *machinetype)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;
    virCapsDomainData data = { 0 };
    size_t i;

    for (i = 0; i < caps->nguests; i++) {
        const virCapsGuest *guest = caps->guests[i];

        if ((ostype && !g_str_equal(guest->ostype, ostype)) ||
            (arch && !g_str_equal(guest->arch.name, arch)))
            continue;
        if (virCapsLookupGuest(guest, domaintype, emulator, machinetype, &data))
            return g_memdup2(&data, sizeof(data));
    }

    if (ostype)
        virBufferAsprintf(&buf, "ostype=%s ", ostype);
    if (arch)
        virBufferAsprintf(&buf, "arch=%s ", arch);
    if (domaintype)
        virBufferAsprintf(&buf, "domaintype=%s ", domaintype);
    if (emulator)
        virBufferEscapeString(&buf, "emulator=%s ", emulator);
    if (machinetype)
        virBufferEscapeString(&buf, "machine=%s ", machinetype);
    if (virBufferUse(&buf) == 0)
        virBufferAddLit(&buf, "any configuration");
    virReportError(VIR_ERR_INVALID_ARG, _("could not find capabilities for %1$s"),
                   virBufferCurrentContent(&buf));
    return NULL;
}


virCapsDomainData *
virCapabilitiesDomainDataLookup(const virCaps *caps,
                                const char *ostype,
                                const char *arch,
                                const char *domaintype,
                                const char *emulator,
                                const char *machinetype)
{
    virCapsDomainData *ret;

    /* Without an architecture, prefer the host's. */
    if (!arch && caps->host.arch &&
        (ret = virCapsLookupInternal(caps, ostype, caps->host.arch, domaintype, emulator,
                                     machinetype)))
        return ret;

    return virCapsLookupInternal(caps, ostype, arch, domaintype, emulator, machinetype);
}


/* <machine> elements; @withDeprecated for the arch's default list only. */
static void
virCapsFormatMachines(virBuffer *buf, const virCapsGuestDomainInfo *info, bool withDeprecated)
{
    size_t i;

    for (i = 0; i < info->nmachines; i++) {
        const virCapsGuestMachine *m = info->machines[i];

        virBufferAddLit(buf, "<machine");
        virBufferEscapeString(buf, " canonical='%s'", m->canonical);
        if (m->maxCpus > 0)
            virBufferAsprintf(buf, " maxCpus='%d'", m->maxCpus);
        if (withDeprecated && m->deprecated)
            virBufferAddLit(buf, " deprecated='yes'");
        virBufferEscapeString(buf, ">%s</machine>\n", m->name);
    }
}


/* <domain> elements of a guest arch. */
static void
virCapsFormatGuestDomains(virBuffer *buf, const virCapsGuestArch *arch)
{
    size_t i;

    for (i = 0; i < arch->ndomains; i++) {
        const virCapsGuestDomainInfo *info = &arch->domains[i]->info;

        virBufferEscapeString(buf, "<domain type='%s'", arch->domains[i]->type);
        if (!info->emulator && !info->loader && !info->nmachines) {
            virBufferAddLit(buf, "/>\n");
            continue;
        }
        virBufferAddLit(buf, ">\n");
        virBufferAdjustIndent(buf, 2);
        virBufferEscapeString(buf, "<emulator>%s</emulator>\n", info->emulator);
        virBufferEscapeString(buf, "<loader>%s</loader>\n", info->loader);
        virCapsFormatMachines(buf, info, false);
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</domain>\n");
    }
}


/* <features> of a guest; left out when none is present. */
static void
virCapsFormatGuestFeatures(virBuffer *buf, const virCapsGuest *guest)
{
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    size_t i;

    for (i = 0; i < VIR_CAPS_GUEST_FEATURE_TYPE_LAST; i++) {
        const virCapsGuestFeature *f = &guest->features[i];

        if (!f->present)
            continue;
        virBufferAsprintf(&childBuf, "<%s", virCapsGuestFeatureTypeToString(i));
        if (f->defaultOn != VIR_TRISTATE_SWITCH_ABSENT)
            virBufferAsprintf(&childBuf, " default='%s'",
                              virTristateSwitchTypeToString(f->defaultOn));
        if (f->toggle != VIR_TRISTATE_BOOL_ABSENT)
            virBufferAsprintf(&childBuf, " toggle='%s'", virTristateBoolTypeToString(f->toggle));
        virBufferAddLit(&childBuf, "/>\n");
    }
    virXMLFormatElement(buf, "features", NULL, &childBuf);
}


/* One <guest>. */
static void
virCapsFormatGuest(virBuffer *buf, const virCapsGuest *guest)
{
    const virCapsGuestArch *arch = &guest->arch;

    virBufferAddLit(buf, "<guest>\n");
    virBufferAdjustIndent(buf, 2);
    virBufferEscapeString(buf, "<os_type>%s</os_type>\n", guest->ostype);
    virBufferEscapeString(buf, "<arch name='%s'>\n", arch->name);
    virBufferAdjustIndent(buf, 2);
    virBufferAsprintf(buf, "<wordsize>%u</wordsize>\n", arch->wordsize);
    virBufferEscapeString(buf, "<emulator>%s</emulator>\n", arch->defaultInfo.emulator);
    virBufferEscapeString(buf, "<loader>%s</loader>\n", arch->defaultInfo.loader);
    virCapsFormatMachines(buf, &arch->defaultInfo, true);
    virCapsFormatGuestDomains(buf, arch);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</arch>\n");
    virCapsFormatGuestFeatures(buf, guest);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</guest>\n\n");
}


int
virCapabilitiesFormatBuf(virBuffer *buf, const virCaps *caps)
{
    size_t i;

    virBufferAddLit(buf, "<capabilities>\n\n");
    virBufferAdjustIndent(buf, 2);
    if (virCapsHostFormat(buf, &caps->host) < 0)
        return -1;
    for (i = 0; i < caps->nguests; i++)
        virCapsFormatGuest(buf, caps->guests[i]);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</capabilities>\n");
    return 0;
}


char *
virCapabilitiesFormatXML(const virCaps *caps)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    if (virCapabilitiesFormatBuf(&buf, caps) < 0)
        return NULL;
    return virBufferContentAndReset(&buf);
}
