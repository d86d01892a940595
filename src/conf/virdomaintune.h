/*
 * virdomaintune.h: <blkiotune>, <memtune>, <memoryBacking>; includes
 * virdomaincputune.h (<cputune>) and virdomainnuma.h (<numatune> and the
 * NUMA cells of <cpu><numa>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virbitmap.h"
#include "virbuffer.h"
#include "virconftypes.h"
#include "virenum.h"
#include "virxml.h"

/* Memory limit not set (memtune), in KiB: libvirt's value */
#define VIR_DOMAIN_MEMORY_PARAM_UNLIMITED 9007199254740991LL

/* Largest bit of the cpusets and nodesets of these sections (libvirt 9.0) */
#define VIR_DOMAIN_CPUMASK_LEN 16384

/* <device><path>..</path><weight>..</weight>...</device> */
typedef struct _virBlkioDevice virBlkioDevice;
struct _virBlkioDevice {
    char *path;
    unsigned int weight;     /* 0 = absent */
    unsigned int riops;      /* read_iops_sec, 0 = absent */
    unsigned int wiops;      /* write_iops_sec */
    unsigned long long rbps; /* read_bytes_sec */
    unsigned long long wbps; /* write_bytes_sec */
};

/* def->blkio */
struct _virDomainBlkiotune {
    unsigned int weight; /* 0 = absent */
    virBlkioDevice *devices;
    size_t ndevices;
};

/* <page size='2048' unit='KiB' nodeset='0'/> */
typedef struct _virDomainHugePage virDomainHugePage;
struct _virDomainHugePage {
    virBitmap *nodemask;     /* NULL = all nodes (the default page size) */
    unsigned long long size; /* KiB; 0 = <hugepages/> without <page> */
};

/* <memoryBacking><source type=...> */
typedef enum {
    VIR_DOMAIN_MEMORY_SOURCE_NONE = 0,
    VIR_DOMAIN_MEMORY_SOURCE_FILE,
    VIR_DOMAIN_MEMORY_SOURCE_ANONYMOUS,
    VIR_DOMAIN_MEMORY_SOURCE_MEMFD,

    VIR_DOMAIN_MEMORY_SOURCE_LAST
} virDomainMemorySource;
VIR_ENUM_DECL(virDomainMemorySource);

/* <access mode=...> and <cell memAccess=...>: the strings of virDomainMemoryAccess
 * (virdomaindevmisc.h: 0 default, 1 shared, 2 private); a table of our own so
 * that the two modules do not both define that enum's functions */
#define VIR_DOMAIN_MEMORY_BACKING_ACCESS_LAST 3
VIR_ENUM_DECL(virDomainMemoryBackingAccess);

/* <allocation mode=...> */
typedef enum {
    VIR_DOMAIN_MEMORY_ALLOCATION_NONE = 0,
    VIR_DOMAIN_MEMORY_ALLOCATION_IMMEDIATE,
    VIR_DOMAIN_MEMORY_ALLOCATION_ONDEMAND,

    VIR_DOMAIN_MEMORY_ALLOCATION_LAST
} virDomainMemoryAllocation;
VIR_ENUM_DECL(virDomainMemoryAllocation);

/* def->mem: memtune + memoryBacking */
struct _virDomainMemtune {
    /* <memtune>, all KiB. hard/soft/swap: VIR_DOMAIN_MEMORY_PARAM_UNLIMITED
     * when absent (set by virDomainMemtuneParseXML/virDomainMemtuneInit);
     * min_guarantee: 0 when absent. */
    unsigned long long hard_limit;
    unsigned long long soft_limit;
    unsigned long long min_guarantee;
    unsigned long long swap_hard_limit;
    /* <memoryBacking> */
    virDomainHugePage *hugepages;
    size_t nhugepages;
    bool nosharepages;
    bool locked;
    int source;     /* virDomainMemorySource */
    int access;     /* virDomainMemoryAccess (virDomainMemoryBackingAccess strings) */
    int allocation; /* virDomainMemoryAllocation */
    unsigned int allocation_threads; /* 0 = absent */
    virTristateSwitch discard;       /* <discard/>: ON */
};

/*
 * Parsers: @ctxt's node is the <domain> element; fill the embedded section
 * of @def. Return 0, or -1 with an error reported (libvirt 9.0's codes).
 * Formatters write the element at @buf's indentation, nothing when empty.
 */
int virDomainBlkiotuneParseXML(xmlXPathContextPtr ctxt, virDomainDef *def, unsigned int flags);
void virDomainBlkiotuneFormat(virBuffer *buf, const virDomainDef *def, unsigned int flags);
void virDomainBlkiotuneClear(virDomainBlkiotune *blkio);

/* Sets the memtune limits of @mem to "absent" (for domains not made by the parser). */
void virDomainMemtuneInit(virDomainMemtune *mem);
int virDomainMemtuneParseXML(xmlXPathContextPtr ctxt, virDomainDef *def, unsigned int flags);
void virDomainMemtuneFormat(virBuffer *buf, const virDomainDef *def, unsigned int flags);
int virDomainMemoryBackingParseXML(xmlXPathContextPtr ctxt, virDomainDef *def, unsigned int flags);
void virDomainMemoryBackingFormat(virBuffer *buf, const virDomainDef *def, unsigned int flags);
void virDomainMemtuneClear(virDomainMemtune *mem);

/*
 * virDomainHugepagesValidate:
 * libvirt's checks of the <page> nodesets against the guest NUMA cells
 * (def->numa): drops nodeset='0' of a guest without NUMA cells, refuses
 * nodes that do not exist, two default sizes or intersecting nodesets.
 * Called by virDomainNumatuneParseXML. Returns 0 or -1 with an error.
 */
int virDomainHugepagesValidate(virDomainDef *def);

/*
 * virDomainTuneParseMemory:
 * @xpath: the value (element or attribute), relative to ctxt->node
 * @units_xpath: the unit, or NULL for @xpath's @unit attribute
 * @kib: set to the value in KiB (rounded up)
 * @required: absence is an error
 *
 * libvirt's memory size parser: KiB by default, at most
 * VIR_DOMAIN_MEMORY_PARAM_UNLIMITED KiB. Returns 1, 0 if absent, -1 with
 * an error.
 */
int virDomainTuneParseMemory(const char *xpath,
                             const char *units_xpath,
                             xmlXPathContextPtr ctxt,
                             unsigned long long *kib,
                             bool required);

#include "virdomaincputune.h"
#include "virdomainnuma.h"
