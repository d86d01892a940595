/*
 * virdomaincpu.h: the <cpu> model (guest CPU, also used for the host CPU
 * in capabilities; independent of virDomainDef)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virbuffer.h"
#include "virconftypes.h"
#include "virenum.h"
#include "virxml.h"

/* host CPU (capabilities, has <arch>) or guest CPU (domain) */
typedef enum {
    VIR_CPU_TYPE_HOST = 0,
    VIR_CPU_TYPE_GUEST,

    VIR_CPU_TYPE_LAST
} virCPUType;

/* <cpu mode='...'> */
typedef enum {
    VIR_CPU_MODE_CUSTOM = 0,
    VIR_CPU_MODE_HOST_MODEL,
    VIR_CPU_MODE_HOST_PASSTHROUGH,
    VIR_CPU_MODE_MAXIMUM,

    VIR_CPU_MODE_LAST
} virCPUMode;
VIR_ENUM_DECL(virCPUMode);

/* <cpu match='...'> */
typedef enum {
    VIR_CPU_MATCH_MINIMUM = 0,
    VIR_CPU_MATCH_EXACT,
    VIR_CPU_MATCH_STRICT,

    VIR_CPU_MATCH_LAST
} virCPUMatch;
VIR_ENUM_DECL(virCPUMatch);

/* <cpu check='...'> */
typedef enum {
    VIR_CPU_CHECK_DEFAULT = 0,
    VIR_CPU_CHECK_NONE,
    VIR_CPU_CHECK_PARTIAL,
    VIR_CPU_CHECK_FULL,

    VIR_CPU_CHECK_LAST
} virCPUCheck;
VIR_ENUM_DECL(virCPUCheck);

/* <model fallback='...'> */
typedef enum {
    VIR_CPU_FALLBACK_ALLOW = 0,
    VIR_CPU_FALLBACK_FORBID,

    VIR_CPU_FALLBACK_LAST
} virCPUFallback;
VIR_ENUM_DECL(virCPUFallback);

/* <feature policy='...'> */
typedef enum {
    VIR_CPU_FEATURE_FORCE = 0,
    VIR_CPU_FEATURE_REQUIRE,
    VIR_CPU_FEATURE_OPTIONAL,
    VIR_CPU_FEATURE_DISABLE,
    VIR_CPU_FEATURE_FORBID,

    VIR_CPU_FEATURE_LAST
} virCPUFeaturePolicy;
VIR_ENUM_DECL(virCPUFeaturePolicy);

/* <cache mode='...'> */
typedef enum {
    VIR_CPU_CACHE_MODE_EMULATE = 0,
    VIR_CPU_CACHE_MODE_PASSTHROUGH,
    VIR_CPU_CACHE_MODE_DISABLE,

    VIR_CPU_CACHE_MODE_LAST
} virCPUCacheMode;
VIR_ENUM_DECL(virCPUCacheMode);

/* <maxphysaddr mode='...'> */
typedef enum {
    VIR_CPU_MAX_PHYS_ADDR_MODE_EMULATE = 0,
    VIR_CPU_MAX_PHYS_ADDR_MODE_PASSTHROUGH,

    VIR_CPU_MAX_PHYS_ADDR_MODE_LAST
} virCPUMaxPhysAddrMode;
VIR_ENUM_DECL(virCPUMaxPhysAddrMode);

/* <feature policy='require' name='x2apic'/> */
typedef struct _virCPUFeatureDef virCPUFeatureDef;
struct _virCPUFeatureDef {
    char *name; /* owned */
    int policy; /* virCPUFeaturePolicy; -1 for host CPU features */
};

/* <cache level='3' mode='emulate'/> */
typedef struct _virCPUCacheDef virCPUCacheDef;
struct _virCPUCacheDef {
    int level; /* 1..3, -1 when absent */
    int mode;  /* virCPUCacheMode */
};

/* <maxphysaddr mode='emulate' bits='42'/> */
typedef struct _virCPUMaxPhysAddrDef virCPUMaxPhysAddrDef;
struct _virCPUMaxPhysAddrDef {
    int mode; /* virCPUMaxPhysAddrMode */
    int bits; /* -1 when absent */
};

struct _virCPUDef {
    int type;  /* virCPUType */
    int mode;  /* virCPUMode (guest) */
    int match; /* virCPUMatch; EXACT when absent (printed for custom + model) */
    int check; /* virCPUCheck, 0 = absent */
    virTristateSwitch migratable;
    int arch;                      /* <arch> (host CPU): virArch */
    char *model;                   /* <model>, owned */
    char *vendor_id;               /* <model vendor_id='...'> (12 characters) */
    int fallback;                  /* <model fallback='allow|forbid'>: virCPUFallback */
    char *vendor;                  /* <vendor> */
    unsigned int microcodeVersion; /* host: <microcode version=>, 0 = absent */
    unsigned int sigFamily; /* host: <signature family= model= stepping=>, family 0 = absent */
    unsigned int sigModel;
    unsigned int sigStepping;
    unsigned int sockets;  /* <topology>, 0 = absent */
    unsigned int dies;     /* 1 when <topology> has no dies */
    unsigned int clusters; /* unused by libvirt 9.0 (not parsed) */
    unsigned int cores;
    unsigned int threads;
    virCPUCacheDef *cache;      /* NULL when absent */
    virCPUMaxPhysAddrDef *addr; /* <maxphysaddr>, NULL when absent */
    virCPUFeatureDef *features;
    size_t nfeatures;
    size_t nfeatures_max;
    /* The guest NUMA cells (<cpu><numa>) live in the domain's virDomainNuma
     * (virdomaintune.h); the domain parser points this borrowed pointer at
     * them so that they are formatted inside <cpu>. NULL for host CPUs. */
    const virDomainNuma *numa;
};

/*
 * virCPUDefParseXML:
 * @ctxt: XPath context (its node is changed and restored)
 * @node: the <cpu> element
 * @flags: virDomainDefParseFlags (unused)
 *
 * A <cpu> with an <arch> child is a host CPU, anything else a guest CPU.
 * Errors follow libvirt 9.0 (VIR_FROM_CPU for the model's own rules,
 * VIR_FROM_XML for bad attribute values).
 *
 * Returns a new virCPUDef, or NULL with an error reported.
 */
virCPUDef *virCPUDefParseXML(xmlXPathContextPtr ctxt, xmlNodePtr node, unsigned int flags);

/*
 * virCPUDefFormatBuf:
 * Writes <cpu ...>...</cpu> at @buf's indentation, including the NUMA
 * cells of cpu->numa; nothing when it would be empty (e.g. <cpu/>).
 * Returns 0 or -1 with an error.
 */
int virCPUDefFormatBuf(virBuffer *buf, const virCPUDef *cpu, unsigned int flags);

/*
 * virCPUDefFormatContent:
 * Writes only the children of <cpu> (model, vendor, topology, ...), for
 * callers that add their own children (capabilities' <pages>).
 */
void virCPUDefFormatContent(virBuffer *buf, const virCPUDef *cpu);

/*
 * virCPUDefIsEmpty:
 * Returns true if @cpu would be formatted as nothing (it is then dropped
 * by libvirt: e.g. <cpu/> or <cpu mode='custom' match='exact'/>).
 */
bool virCPUDefIsEmpty(const virCPUDef *cpu);

/* Frees @cpu and everything it owns (not the borrowed numa); NULL is allowed. */
void virCPUDefFree(virCPUDef *cpu);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virCPUDef, virCPUDefFree);
