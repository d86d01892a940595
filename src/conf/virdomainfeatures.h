/*
 * virdomainfeatures.h: the <features> section of a domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virbuffer.h"
#include "virconftypes.h"
#include "virenum.h"
#include "virxml.h"

/* <features> children; def->features[] holds one value per entry:
 * a virTristateSwitch for the on/off ones, or the enum named below. */
typedef enum {
    VIR_DOMAIN_FEATURE_ACPI = 0,
    VIR_DOMAIN_FEATURE_APIC,
    VIR_DOMAIN_FEATURE_PAE,
    VIR_DOMAIN_FEATURE_HAP,
    VIR_DOMAIN_FEATURE_VIRIDIAN,
    VIR_DOMAIN_FEATURE_PRIVNET,
    VIR_DOMAIN_FEATURE_HYPERV, /* virDomainHyperVMode */
    VIR_DOMAIN_FEATURE_KVM,
    VIR_DOMAIN_FEATURE_PVSPINLOCK,
    VIR_DOMAIN_FEATURE_CAPABILITIES, /* virDomainCapabilitiesPolicy */
    VIR_DOMAIN_FEATURE_PMU,
    VIR_DOMAIN_FEATURE_VMPORT,
    VIR_DOMAIN_FEATURE_GIC,
    VIR_DOMAIN_FEATURE_SMM,
    VIR_DOMAIN_FEATURE_IOAPIC, /* virDomainIOAPIC */
    VIR_DOMAIN_FEATURE_HPT,
    VIR_DOMAIN_FEATURE_VMCOREINFO,
    VIR_DOMAIN_FEATURE_HTM,
    VIR_DOMAIN_FEATURE_NESTED_HV,
    VIR_DOMAIN_FEATURE_MSRS,
    VIR_DOMAIN_FEATURE_CCF_ASSIST,
    VIR_DOMAIN_FEATURE_XEN,
    VIR_DOMAIN_FEATURE_CFPC, /* virDomainCFPC */
    VIR_DOMAIN_FEATURE_SBBC, /* virDomainSBBC */
    VIR_DOMAIN_FEATURE_IBS,  /* virDomainIBS */
    VIR_DOMAIN_FEATURE_TCG,

    VIR_DOMAIN_FEATURE_LAST
} virDomainFeature;
VIR_ENUM_DECL(virDomainFeature);

typedef enum {
    VIR_DOMAIN_HYPERV_RELAXED = 0,
    VIR_DOMAIN_HYPERV_VAPIC,
    VIR_DOMAIN_HYPERV_SPINLOCKS,
    VIR_DOMAIN_HYPERV_VPINDEX,
    VIR_DOMAIN_HYPERV_RUNTIME,
    VIR_DOMAIN_HYPERV_SYNIC,
    VIR_DOMAIN_HYPERV_STIMER,
    VIR_DOMAIN_HYPERV_RESET,
    VIR_DOMAIN_HYPERV_VENDOR_ID,
    VIR_DOMAIN_HYPERV_FREQUENCIES,
    VIR_DOMAIN_HYPERV_REENLIGHTENMENT,
    VIR_DOMAIN_HYPERV_TLBFLUSH,
    VIR_DOMAIN_HYPERV_IPI,
    VIR_DOMAIN_HYPERV_EVMCS,
    VIR_DOMAIN_HYPERV_AVIC,

    VIR_DOMAIN_HYPERV_LAST
} virDomainHyperv;
VIR_ENUM_DECL(virDomainHyperv);

typedef enum {
    VIR_DOMAIN_HYPERV_MODE_NONE = 0,
    VIR_DOMAIN_HYPERV_MODE_CUSTOM,
    VIR_DOMAIN_HYPERV_MODE_PASSTHROUGH,

    VIR_DOMAIN_HYPERV_MODE_LAST
} virDomainHyperVMode;
VIR_ENUM_DECL(virDomainHyperVMode);

typedef enum {
    VIR_DOMAIN_KVM_HIDDEN = 0,
    VIR_DOMAIN_KVM_DEDICATED,
    VIR_DOMAIN_KVM_POLLCONTROL,
    VIR_DOMAIN_KVM_PVIPI,
    VIR_DOMAIN_KVM_DIRTY_RING,

    VIR_DOMAIN_KVM_LAST
} virDomainKVM;
VIR_ENUM_DECL(virDomainKVM);

typedef enum {
    VIR_DOMAIN_XEN_E820_HOST = 0,
    VIR_DOMAIN_XEN_PASSTHROUGH,

    VIR_DOMAIN_XEN_LAST
} virDomainXen;
VIR_ENUM_DECL(virDomainXen);

typedef enum {
    VIR_DOMAIN_XEN_PASSTHROUGH_MODE_DEFAULT = 0,
    VIR_DOMAIN_XEN_PASSTHROUGH_MODE_SYNC_PT,
    VIR_DOMAIN_XEN_PASSTHROUGH_MODE_SHARE_PT,

    VIR_DOMAIN_XEN_PASSTHROUGH_MODE_LAST
} virDomainXenPassthroughMode;
VIR_ENUM_DECL(virDomainXenPassthroughMode);

typedef enum {
    VIR_DOMAIN_CAPABILITIES_POLICY_DEFAULT = 0,
    VIR_DOMAIN_CAPABILITIES_POLICY_ALLOW,
    VIR_DOMAIN_CAPABILITIES_POLICY_DENY,

    VIR_DOMAIN_CAPABILITIES_POLICY_LAST
} virDomainCapabilitiesPolicy;
VIR_ENUM_DECL(virDomainCapabilitiesPolicy);

#define VIR_DOMAIN_PROCES_CAPS_FEATURE_LAST 37
VIR_ENUM_DECL(virDomainProcessCapsFeature);

typedef enum {
    VIR_GIC_VERSION_NONE = 0,
    VIR_GIC_VERSION_HOST,
    VIR_GIC_VERSION_2,
    VIR_GIC_VERSION_3,

    VIR_GIC_VERSION_LAST
} virGICVersion;
VIR_ENUM_DECL(virGICVersion);

typedef enum {
    VIR_DOMAIN_IOAPIC_NONE = 0,
    VIR_DOMAIN_IOAPIC_QEMU,
    VIR_DOMAIN_IOAPIC_KVM,

    VIR_DOMAIN_IOAPIC_LAST
} virDomainIOAPIC;
VIR_ENUM_DECL(virDomainIOAPIC);

typedef enum {
    VIR_DOMAIN_HPT_RESIZING_NONE = 0,
    VIR_DOMAIN_HPT_RESIZING_ENABLED,
    VIR_DOMAIN_HPT_RESIZING_DISABLED,
    VIR_DOMAIN_HPT_RESIZING_REQUIRED,

    VIR_DOMAIN_HPT_RESIZING_LAST
} virDomainHPTResizing;
VIR_ENUM_DECL(virDomainHPTResizing);

typedef enum {
    VIR_DOMAIN_MSRS_UNKNOWN_NONE = 0,
    VIR_DOMAIN_MSRS_UNKNOWN_IGNORE,
    VIR_DOMAIN_MSRS_UNKNOWN_FAULT,

    VIR_DOMAIN_MSRS_UNKNOWN_LAST
} virDomainMsrsUnknown;
VIR_ENUM_DECL(virDomainMsrsUnknown);

/* cfpc and sbbc share the values broken/workaround/fixed */
typedef enum {
    VIR_DOMAIN_CFPC_NONE = 0,
    VIR_DOMAIN_CFPC_BROKEN,
    VIR_DOMAIN_CFPC_WORKAROUND,
    VIR_DOMAIN_CFPC_FIXED,

    VIR_DOMAIN_CFPC_LAST
} virDomainCFPC;
VIR_ENUM_DECL(virDomainCFPC);

typedef enum {
    VIR_DOMAIN_IBS_NONE = 0,
    VIR_DOMAIN_IBS_BROKEN,
    VIR_DOMAIN_IBS_WORKAROUND,
    VIR_DOMAIN_IBS_FIXEDIBS,
    VIR_DOMAIN_IBS_FIXEDCCD,
    VIR_DOMAIN_IBS_FIXEDNA,

    VIR_DOMAIN_IBS_LAST
} virDomainIBS;
VIR_ENUM_DECL(virDomainIBS);

/* Details of the features that carry more than a state. */
typedef struct _virDomainFeaturesDetails virDomainFeaturesDetails;
struct _virDomainFeaturesDetails {
    virTristateSwitch apic_eoi;
    int hyperv_features[VIR_DOMAIN_HYPERV_LAST]; /* virTristateSwitch each */
    unsigned int hyperv_spinlocks;               /* retries */
    virTristateSwitch hyperv_stimer_direct;
    char *hyperv_vendor_id;
    int kvm_features[VIR_DOMAIN_KVM_LAST]; /* virTristateSwitch each */
    unsigned int kvm_dirty_ring_size;
    int xen_features[VIR_DOMAIN_XEN_LAST];                  /* virTristateSwitch each */
    int xen_passthrough_mode;                               /* virDomainXenPassthroughMode */
    int caps_features[VIR_DOMAIN_PROCES_CAPS_FEATURE_LAST]; /* virTristateSwitch */
    int gic_version;                                        /* virGICVersion */
    unsigned long long tseg_size;                           /* bytes */
    bool tseg_specified;
    int hpt_resizing;                   /* virDomainHPTResizing */
    unsigned long long hpt_maxpagesize; /* KiB, 0 = absent */
    int msrs_unknown;                   /* virDomainMsrsUnknown */
    unsigned long long tcg_tb_cache;    /* KiB, 0 = absent */
};

/*
 * virDomainFeaturesParseXML:
 * @ctxt: XPath context whose node is <domain>
 * @def: fills def->features and def->feat
 *
 * Returns 0, or -1 with an error (libvirt's codes and texts).
 */
int virDomainFeaturesParseXML(xmlXPathContextPtr ctxt, virDomainDef *def);

/* Writes <features>...</features> (nothing if no feature is set). */
void virDomainFeaturesFormat(virBuffer *buf, const virDomainDef *def);

/* Frees what def->feat owns. */
void virDomainFeaturesDetailsClear(virDomainFeaturesDetails *feat);
