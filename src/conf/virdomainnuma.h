/*
 * virdomainnuma.h: guest NUMA: the cells of <cpu><numa> (distances,
 * caches, interconnects) and <numatune> (included by virdomaintune.h)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virbitmap.h"
#include "virbuffer.h"
#include "virconftypes.h"
#include "virenum.h"
#include "virxml.h"

/* <numatune><memory mode=...> and <memnode mode=...> */
typedef enum {
    VIR_DOMAIN_NUMATUNE_MEM_STRICT = 0,
    VIR_DOMAIN_NUMATUNE_MEM_PREFERRED,
    VIR_DOMAIN_NUMATUNE_MEM_INTERLEAVE,
    VIR_DOMAIN_NUMATUNE_MEM_RESTRICTIVE,

    VIR_DOMAIN_NUMATUNE_MEM_LAST
} virDomainNumatuneMemMode;
VIR_ENUM_DECL(virDomainNumatuneMemMode);

/* <numatune><memory placement=...> */
typedef enum {
    VIR_DOMAIN_NUMATUNE_PLACEMENT_DEFAULT = 0,
    VIR_DOMAIN_NUMATUNE_PLACEMENT_STATIC,
    VIR_DOMAIN_NUMATUNE_PLACEMENT_AUTO,

    VIR_DOMAIN_NUMATUNE_PLACEMENT_LAST
} virDomainNumatunePlacement;
VIR_ENUM_DECL(virDomainNumatunePlacement);

/* <cache associativity=...> of a cell */
typedef enum {
    VIR_NUMA_CACHE_ASSOCIATIVITY_NONE = 0,
    VIR_NUMA_CACHE_ASSOCIATIVITY_DIRECT,
    VIR_NUMA_CACHE_ASSOCIATIVITY_FULL,

    VIR_NUMA_CACHE_ASSOCIATIVITY_LAST
} virNumaCacheAssociativity;
VIR_ENUM_DECL(virNumaCacheAssociativity);

/* <cache policy=...> of a cell */
typedef enum {
    VIR_NUMA_CACHE_POLICY_NONE = 0,
    VIR_NUMA_CACHE_POLICY_WRITEBACK,
    VIR_NUMA_CACHE_POLICY_WRITETHROUGH,

    VIR_NUMA_CACHE_POLICY_LAST
} virNumaCachePolicy;
VIR_ENUM_DECL(virNumaCachePolicy);

/* <interconnects> child element */
typedef enum {
    VIR_NUMA_INTERCONNECT_TYPE_LATENCY = 0,
    VIR_NUMA_INTERCONNECT_TYPE_BANDWIDTH,
} virNumaInterconnectType;

/* <latency type=...> */
typedef enum {
    VIR_MEMORY_LATENCY_ACCESS = 0,
    VIR_MEMORY_LATENCY_READ,
    VIR_MEMORY_LATENCY_WRITE,

    VIR_MEMORY_LATENCY_LAST
} virMemoryLatency;
VIR_ENUM_DECL(virMemoryLatency);

/* <memnode cellid='0' mode='strict' nodeset='1'/> */
typedef struct _virDomainNumatuneMemNode virDomainNumatuneMemNode;
struct _virDomainNumatuneMemNode {
    unsigned int cellid;
    int mode;           /* virDomainNumatuneMemMode */
    virBitmap *nodeset; /* NULL = no <memnode> for this cell */
};

/* <cache level= associativity= policy=><size/><line/></cache> of a cell */
typedef struct _virNumaCache virNumaCache;
struct _virNumaCache {
    unsigned int level;
    unsigned long long size; /* KiB (libvirt 9.0 ignores the unit) */
    unsigned int line;       /* bytes, 0 = not printed */
    int associativity;       /* virNumaCacheAssociativity */
    int policy;              /* virNumaCachePolicy */
};

/* <latency>/<bandwidth initiator= target= cache= type= value= unit=/> */
typedef struct _virNumaInterconnect virNumaInterconnect;
struct _virNumaInterconnect {
    int type; /* virNumaInterconnectType */
    unsigned int initiator;
    unsigned int target;
    unsigned int cache;       /* 0 = none */
    int accessType;           /* virMemoryLatency */
    unsigned long long value; /* latency (ns), bandwidth (KiB) */
};

/* <cell id='0' cpus='0-1' memory='512' unit='KiB' memAccess=.. discard=../> */
typedef struct _virDomainNumaCell virDomainNumaCell;
struct _virDomainNumaCell {
    virBitmap *cpumask;     /* NULL for CPU-less cells */
    unsigned long long mem; /* KiB */
    int memAccess;          /* virDomainMemoryAccess (virDomainMemoryBackingAccess strings) */
    virTristateBool discard;
    unsigned int *distances; /* ncells entries indexed by sibling id, 0 = unset */
    size_t ndistances;       /* 0 when the cell has no distances at all */
    virNumaCache *caches;
    size_t ncaches;
};

/* def->numa: <numatune> + <cpu><numa> cells */
struct _virDomainNuma {
    /* <numatune><memory mode nodeset placement/> */
    bool memorySpecified;
    int memoryMode;      /* virDomainNumatuneMemMode */
    int memoryPlacement; /* virDomainNumatunePlacement */
    virBitmap *memoryNodeset;
    virDomainNumatuneMemNode *memnodes; /* ncells entries (by cell id) when any memnode */
    size_t nmemnodes;
    /* cells, indexed by id */
    virDomainNumaCell *cells;
    size_t ncells;
    virNumaInterconnect *interconnects; /* document order */
    size_t ninterconnects;
};

/*
 * virDomainNumatuneParseXML:
 * @ctxt: XPath context whose node is <domain>
 * @def: the domain; the core parses <vcpu>, <cpu> and <memoryBacking>
 *       before calling this
 *
 * Parses the NUMA cells of <cpu><numa> (and points def->cpu->numa at
 * them), checks them against def->maxvcpus, checks the hugepage nodesets,
 * then parses <numatune>; applies libvirt's placement rules with
 * <vcpu placement=...> (may set def->placement_mode to auto).
 *
 * Returns 0, or -1 with an error.
 */
int virDomainNumatuneParseXML(xmlXPathContextPtr ctxt, virDomainDef *def, unsigned int flags);

/* Writes <numatune>...</numatune>, nothing when empty. */
void virDomainNumatuneFormat(virBuffer *buf, const virDomainDef *def, unsigned int flags);

/* Writes <numa>...</numa> (the cells; called inside <cpu>), nothing when no cells. */
void virDomainNumaCellsFormat(virBuffer *buf, const virDomainNuma *numa);

/* Frees everything inside @numa and zeroes it; NULL is allowed. */
void virDomainNumaClear(virDomainNuma *numa);
