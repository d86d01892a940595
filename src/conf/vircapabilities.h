/*
 * vircapabilities.h: the capabilities XML model (virConnectGetCapabilities):
 * the host part (vircapshost.h) and the guests a driver can run
 *
 * A driver builds a virCaps with virCapabilitiesNew(), fills caps->host
 * (with the virCapsHost... setters, or from the machine with
 * virCapsHostInitFromSystem() in vircapshostinit.h), adds guests, and
 * formats it with virCapabilitiesFormatXML() exactly as libvirt 9.0 does.
 * There is no parser: drivers report their own model.
 *
 * Architecture, OS type and hypervisor type are libvirt's names as
 * strings ("x86_64", "hvm", "kvm"); the setters check them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stddef.h>

#include <glib.h>

#include "virbitmap.h"
#include "virbuffer.h"
#include "vircapshost.h"
#include "vircapshostinit.h"
#include "virenum.h"
#include "virobject.h"

/* Guest features, in the order they are formatted. */
typedef enum {
    VIR_CAPS_GUEST_FEATURE_TYPE_PAE = 0,
    VIR_CAPS_GUEST_FEATURE_TYPE_NONPAE,
    VIR_CAPS_GUEST_FEATURE_TYPE_IA64_BE,
    VIR_CAPS_GUEST_FEATURE_TYPE_ACPI, /* has default and toggle */
    VIR_CAPS_GUEST_FEATURE_TYPE_APIC, /* has default and toggle */
    VIR_CAPS_GUEST_FEATURE_TYPE_CPUSELECTION,
    VIR_CAPS_GUEST_FEATURE_TYPE_DEVICEBOOT,
    VIR_CAPS_GUEST_FEATURE_TYPE_DISKSNAPSHOT, /* has default and toggle */
    VIR_CAPS_GUEST_FEATURE_TYPE_HAP,          /* has default and toggle */
    /* libvirt 9.9 and later; the 9.0 schema rejects it */
    VIR_CAPS_GUEST_FEATURE_TYPE_EXTERNAL_SNAPSHOT,

    VIR_CAPS_GUEST_FEATURE_TYPE_LAST
} virCapsGuestFeatureType;

/* "pae", "nonpae", ... "externalSnapshot" */
VIR_ENUM_DECL(virCapsGuestFeature);

/* <machine canonical=... maxCpus=... deprecated='yes'>name</machine> */
typedef struct _virCapsGuestMachine virCapsGuestMachine;
struct _virCapsGuestMachine {
    char *name;      /* owned */
    char *canonical; /* NULL = absent; owned */
    int maxCpus;     /* 0 = absent */
    bool deprecated; /* formatted only in the arch's default list */
};

/* Emulator, loader and machines of a guest arch or of one domain type. */
typedef struct _virCapsGuestDomainInfo virCapsGuestDomainInfo;
struct _virCapsGuestDomainInfo {
    char *emulator;                 /* NULL = absent; owned */
    char *loader;                   /* NULL = absent; owned */
    virCapsGuestMachine **machines; /* owned */
    size_t nmachines;
};

/* <domain type=...> */
typedef struct _virCapsGuestDomain virCapsGuestDomain;
struct _virCapsGuestDomain {
    char *type; /* hypervisor type, e.g. "kvm"; owned */
    virCapsGuestDomainInfo info;
};

/* <arch name=...> */
typedef struct _virCapsGuestArch virCapsGuestArch;
struct _virCapsGuestArch {
    char *name;            /* owned */
    unsigned int wordsize; /* bits */
    virCapsGuestDomainInfo defaultInfo;
    virCapsGuestDomain **domains; /* owned */
    size_t ndomains;
};

typedef struct _virCapsGuestFeature virCapsGuestFeature;
struct _virCapsGuestFeature {
    bool present;
    virTristateSwitch defaultOn; /* default=..., ABSENT = no attribute */
    virTristateBool toggle;      /* toggle=..., ABSENT = no attribute */
};

/* <guest> */
typedef struct _virCapsGuest virCapsGuest;
struct _virCapsGuest {
    char *ostype; /* <os_type>; owned */
    virCapsGuestArch arch;
    virCapsGuestFeature features[VIR_CAPS_GUEST_FEATURE_TYPE_LAST];
};

/* The capabilities; a virObject so that drivers can share one. */
typedef struct _virCaps virCaps;
struct _virCaps {
    virObject parent;
    virCapsHost host;
    virCapsGuest **guests; /* owned */
    size_t nguests;
};

/* What virCapabilitiesDomainDataLookup() found; strings are borrowed from the caps. */
typedef struct _virCapsDomainData virCapsDomainData;
struct _virCapsDomainData {
    const char *ostype;
    const char *arch;
    const char *domaintype;
    const char *emulator;    /* the domain's own or the arch's default; may be NULL */
    const char *machinetype; /* the matching machine's name; may be NULL */
};

/*
 * virCapabilitiesNew:
 * @hostarch: the host architecture in libvirt's spelling, or NULL
 * @offlineMigrate: the driver can migrate (formats <migration_features>)
 * @liveMigrate: the driver can migrate live (formats <live/>)
 *
 * Returns a new object (one reference), or NULL with VIR_ERR_INVALID_ARG
 * for an architecture libvirt does not know.
 */
virCaps *virCapabilitiesNew(const char *hostarch, bool offlineMigrate, bool liveMigrate);

/*
 * virCapabilitiesInitHost:
 * @caps: the capabilities
 * @sysfs_prefix: root of sysfs, NULL for "/sys"
 * @procfs_prefix: root of procfs, NULL for "/proc"
 * @flags: bitwise-OR of virCapsHostInitFlags
 *
 * Fills caps->host from the machine: virCapsHostInitFromSystem().
 *
 * Returns 0, or -1 with an error reported.
 */
int virCapabilitiesInitHost(virCaps *caps,
                            const char *sysfs_prefix,
                            const char *procfs_prefix,
                            unsigned int flags);

/*
 * virCapabilitiesIsKnownOSType, virCapabilitiesIsKnownVirtType:
 *
 * Whether @name is one of libvirt's OS types ("hvm", "xen", "linux",
 * "exe", "uml", "xenpvh") or hypervisor types ("qemu", "kvm", "test",
 * "lxc", "xen", ...).
 */
bool virCapabilitiesIsKnownOSType(const char *name);
bool virCapabilitiesIsKnownVirtType(const char *name);

/*
 * virCapabilitiesAllocMachines:
 * @names: machine type names
 * @nnames: number of names
 *
 * Returns a new array of @nnames machines with just their names set, to
 * pass to virCapabilitiesAddGuest() or virCapabilitiesAddGuestDomain().
 */
virCapsGuestMachine **virCapabilitiesAllocMachines(const char *const *names, size_t nnames);

/* Frees an array of @nmachines machines (NULL is fine). */
void virCapabilitiesFreeMachines(virCapsGuestMachine **machines, size_t nmachines);

/*
 * virCapabilitiesAddGuest:
 * @caps: the capabilities
 * @ostype: libvirt's OS type, e.g. "hvm"
 * @arch: the guest architecture, e.g. "x86_64" (gives <wordsize>)
 * @emulator: default emulator path, or NULL
 * @loader: default loader path, or NULL
 * @nmachines: length of @machines
 * @machines: default machine types; ownership is always taken
 *
 * Registers a guest; follow with virCapabilitiesAddGuestDomain().
 *
 * Returns the guest (borrowed from @caps), or NULL with
 * VIR_ERR_INVALID_ARG for an unknown OS type or architecture.
 */
virCapsGuest *virCapabilitiesAddGuest(virCaps *caps,
                                      const char *ostype,
                                      const char *arch,
                                      const char *emulator,
                                      const char *loader,
                                      size_t nmachines,
                                      virCapsGuestMachine **machines);

/*
 * virCapabilitiesAddGuestDomain:
 * @guest: the guest
 * @hvtype: hypervisor type, e.g. "kvm"
 * @emulator, @loader: overrides for this hypervisor type, or NULL
 * @nmachines, @machines: machine types for this type; ownership is
 *                        always taken
 *
 * Returns the domain (borrowed), or NULL with VIR_ERR_INVALID_ARG for an
 * unknown hypervisor type.
 */
virCapsGuestDomain *virCapabilitiesAddGuestDomain(virCapsGuest *guest,
                                                  const char *hvtype,
                                                  const char *emulator,
                                                  const char *loader,
                                                  size_t nmachines,
                                                  virCapsGuestMachine **machines);

/*
 * virCapabilitiesAddGuestFeature:
 *
 * Marks @feature present. For acpi, apic, disksnapshot and hap it also
 * sets default='off' toggle='no' (use ...WithToggle for other values).
 */
void virCapabilitiesAddGuestFeature(virCapsGuest *guest, virCapsGuestFeatureType feature);

/*
 * virCapabilitiesAddGuestFeatureWithToggle:
 * @defaultOn: default='on' (else 'off')
 * @toggle: toggle='yes' (else 'no')
 *
 * Marks @feature present; the two attributes are kept only for features
 * that have them (acpi, apic, disksnapshot, hap).
 */
void virCapabilitiesAddGuestFeatureWithToggle(virCapsGuest *guest,
                                              virCapsGuestFeatureType feature,
                                              bool defaultOn,
                                              bool toggle);

/*
 * virCapabilitiesDomainDataLookup:
 * @caps: the capabilities
 * @ostype: OS type to match, or NULL for any
 * @arch: architecture to match, or NULL for any (the host's preferred)
 * @domaintype: hypervisor type to match, or NULL for any
 * @emulator: emulator path to match, or NULL for any
 * @machinetype: machine name (or canonical name) to match, or NULL
 *
 * Finds the first guest/domain/machine matching everything given.
 *
 * Returns a new struct (g_free() it), or NULL with VIR_ERR_INVALID_ARG
 * "could not find capabilities for ...".
 */
virCapsDomainData *virCapabilitiesDomainDataLookup(const virCaps *caps,
                                                   const char *ostype,
                                                   const char *arch,
                                                   const char *domaintype,
                                                   const char *emulator,
                                                   const char *machinetype);

/*
 * virCapabilitiesFormatBuf:
 * @buf: the buffer to write the document to
 * @caps: the capabilities
 *
 * Writes the whole <capabilities> document.
 *
 * Returns 0, or -1 with an error reported.
 */
int virCapabilitiesFormatBuf(virBuffer *buf, const virCaps *caps);

/*
 * virCapabilitiesFormatXML:
 * @caps: the capabilities
 *
 * Returns the <capabilities> document as a new string, or NULL with an
 * error reported.
 */
char *virCapabilitiesFormatXML(const virCaps *caps);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virCaps, virObjectUnref);
