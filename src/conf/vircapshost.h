/*
 * vircapshost.h: the <host> part of the capabilities XML model: CPU,
 * power management, IOMMU, migration, NUMA topology, caches, memory
 * bandwidth, security models; and its formatter
 *
 * The host <cpu> uses virCapsHostCPU below rather than virCPUDef
 * (virdomaincpu.h): the host CPU needs <signature>, <counter> and
 * <maxphysaddr>, which the guest CPU model does not carry.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stddef.h>

#include <glib.h>

#include "virbitmap.h"
#include "virbuffer.h"
#include "virenum.h"
#include "viruuid.h"

/* Power management targets; bit (1 << target) in virCapsHost.powerMgmt. */
typedef enum {
    VIR_CAPS_HOST_PM_TARGET_MEM = 0, /* <suspend_mem/> */
    VIR_CAPS_HOST_PM_TARGET_DISK,    /* <suspend_disk/> */
    VIR_CAPS_HOST_PM_TARGET_HYBRID,  /* <suspend_hybrid/> */

    VIR_CAPS_HOST_PM_TARGET_LAST
} virCapsHostPMTarget;

/* "suspend_mem", "suspend_disk", "suspend_hybrid" */
VIR_ENUM_DECL(virCapsHostPMTarget);

/* Cache types of <bank type=...> and <control type=...>. */
typedef enum {
    VIR_CAPS_CACHE_TYPE_BOTH = 0,
    VIR_CAPS_CACHE_TYPE_CODE,
    VIR_CAPS_CACHE_TYPE_DATA,

    VIR_CAPS_CACHE_TYPE_LAST
} virCapsCacheType;

/* "both", "code", "data" */
VIR_ENUM_DECL(virCapsCacheType);

/* <maxphysaddr mode=...> */
typedef enum {
    VIR_CAPS_HOST_CPU_MAX_PHYS_ADDR_NONE = 0, /* no element */
    VIR_CAPS_HOST_CPU_MAX_PHYS_ADDR_EMULATE,
    VIR_CAPS_HOST_CPU_MAX_PHYS_ADDR_PASSTHROUGH,

    VIR_CAPS_HOST_CPU_MAX_PHYS_ADDR_LAST
} virCapsHostCPUMaxPhysAddrMode;

/* "", "emulate", "passthrough" */
VIR_ENUM_DECL(virCapsHostCPUMaxPhysAddrMode);

/* The host <cpu> beyond <arch>, <features> and <pages>. */
typedef struct _virCapsHostCPU virCapsHostCPU;
struct _virCapsHostCPU {
    char *model;                                   /* <model>, NULL = absent; owned */
    char *vendor;                                  /* <vendor>, NULL = absent; owned */
    unsigned int microcode;                        /* <microcode version=...>, 0 = absent */
    bool hasSignature;                             /* <signature> present */
    unsigned int sigFamily;                        /* <signature family=...> */
    unsigned int sigModel;                         /* <signature model=...> */
    unsigned int sigStepping;                      /* <signature stepping=...> */
    char *counterName;                             /* <counter name=...>, NULL = absent; owned */
    unsigned long long counterFrequency;           /* <counter frequency=...>, Hz */
    virTristateBool counterScaling;                /* <counter scaling=...> */
    unsigned int sockets;                          /* <topology sockets=...>, 0 = no <topology> */
    unsigned int dies;                             /* <topology dies=...>, 0 = attribute absent */
    unsigned int cores;                            /* <topology cores=...> */
    unsigned int threads;                          /* <topology threads=...> */
    virCapsHostCPUMaxPhysAddrMode maxPhysAddrMode; /* <maxphysaddr mode=...> */
    unsigned int maxPhysAddrBits;                  /* <maxphysaddr bits=...>, 0 = absent */
    char **features;                               /* <feature name=...>, owned */
    size_t nfeatures;
};

/* One logical CPU of a NUMA cell. */
typedef struct _virCapsHostNUMACellCPU virCapsHostNUMACellCPU;
struct _virCapsHostNUMACellCPU {
    unsigned int id;
    unsigned int socket_id;
    unsigned int die_id;
    unsigned int core_id;
    virBitmap *siblings; /* thread siblings; NULL formats only the id; owned */
};

/* <sibling id=... value=.../> */
typedef struct _virCapsHostNUMACellDistance virCapsHostNUMACellDistance;
struct _virCapsHostNUMACellDistance {
    unsigned int cellid; /* the other cell */
    unsigned int value;  /* distance, 10 for the cell itself */
};

/* <pages unit='KiB' size=...>avail</pages> */
typedef struct _virCapsHostNUMACellPageInfo virCapsHostNUMACellPageInfo;
struct _virCapsHostNUMACellPageInfo {
    unsigned int size;        /* page size in KiB */
    unsigned long long avail; /* pages in the pool */
};

typedef struct _virCapsHostNUMACell virCapsHostNUMACell;
struct _virCapsHostNUMACell {
    int num;                      /* <cell id=...> */
    unsigned long long mem;       /* <memory>, KiB; 0 = absent */
    virCapsHostNUMACellCPU *cpus; /* owned */
    size_t ncpus;
    virCapsHostNUMACellDistance *distances; /* owned */
    size_t ndistances;
    virCapsHostNUMACellPageInfo *pageinfo; /* owned */
    size_t npageinfo;
};

/* <topology><cells> */
typedef struct _virCapsHostNUMA virCapsHostNUMA;
struct _virCapsHostNUMA {
    virCapsHostNUMACell **cells; /* owned */
    size_t ncells;
};

/* Resource control of a cache bank: <control .../> */
typedef struct _virCapsHostCacheControl virCapsHostCacheControl;
struct _virCapsHostCacheControl {
    unsigned long long granularity; /* bytes */
    unsigned long long min;         /* bytes, 0 = absent */
    virCapsCacheType scope;         /* type=... */
    unsigned int maxAllocs;
};

/* <bank id=... level=... type=... size=... unit=... cpus=...> */
typedef struct _virCapsHostCacheBank virCapsHostCacheBank;
struct _virCapsHostCacheBank {
    unsigned int id;
    unsigned int level;
    virCapsCacheType type;
    unsigned long long size;           /* bytes */
    virBitmap *cpus;                   /* owned */
    virCapsHostCacheControl *controls; /* owned */
    size_t ncontrols;
};

/* Resource monitoring: <monitor .../> of <cache> or <memory_bandwidth> */
typedef struct _virCapsHostMonitor virCapsHostMonitor;
struct _virCapsHostMonitor {
    bool hasLevel; /* write level= and reuseThreshold= (cache) */
    unsigned int level;
    unsigned int reuseThreshold;
    unsigned int maxMonitors;
    char **features;  /* <feature name=.../>, "llc_..."/"mbm_..."; owned */
    size_t nfeatures; /* no feature: the element is left out */
};

/* <memory_bandwidth><node id=... cpus=...><control .../> */
typedef struct _virCapsHostMemBWNode virCapsHostMemBWNode;
struct _virCapsHostMemBWNode {
    unsigned int id;
    virBitmap *cpus;          /* owned */
    unsigned int granularity; /* percent */
    unsigned int min;         /* percent */
    unsigned int maxAllocs;
};

/* <baselabel type=...>label</baselabel> */
typedef struct _virCapsHostSecModelLabel virCapsHostSecModelLabel;
struct _virCapsHostSecModelLabel {
    char *type;  /* owned */
    char *label; /* owned */
};

/* <secmodel> */
typedef struct _virCapsHostSecModel virCapsHostSecModel;
struct _virCapsHostSecModel {
    char *model;                      /* owned */
    char *doi;                        /* owned; "" formats <doi></doi> */
    virCapsHostSecModelLabel *labels; /* owned */
    size_t nlabels;
};

typedef struct _virCapsHost virCapsHost;
struct _virCapsHost {
    char *arch;                          /* <cpu><arch>, NULL = unknown; owned */
    unsigned char uuid[VIR_UUID_BUFLEN]; /* formatted if virUUIDIsValid() */
    char **features;                     /* <cpu><features>: pae, nonpae, vmx, svm; owned */
    size_t nfeatures;
    virCapsHostCPU *cpu;     /* NULL = only arch, features, pages; owned */
    unsigned int *pagesSize; /* <cpu><pages size=...> in KiB; owned */
    size_t nPagesSize;
    unsigned int powerMgmt; /* bits (1 << virCapsHostPMTarget) */
    bool iommu;             /* <iommu support='yes'> */
    bool offlineMigrate;    /* <migration_features> present */
    bool liveMigrate;       /* <live/> */
    char **migrateTrans;    /* <uri_transport>; owned */
    size_t nmigrateTrans;
    char *netprefix;                   /* <netprefix>, NULL = absent; owned */
    virCapsHostNUMA *numa;             /* <topology>, NULL = absent; owned */
    virCapsHostCacheBank **cacheBanks; /* <cache><bank>; owned */
    size_t ncacheBanks;
    virCapsHostMonitor *cacheMonitor;  /* <cache><monitor>, may be NULL; owned */
    virCapsHostMemBWNode **memBWNodes; /* <memory_bandwidth><node>; owned */
    size_t nmemBWNodes;
    virCapsHostMonitor *memBWMonitor; /* <memory_bandwidth><monitor>; owned */
    virCapsHostSecModel *secModels;   /* owned */
    size_t nsecModels;
};

/*
 * virCapsHostSetUUID:
 * @host: the host part of the capabilities
 * @uuid: VIR_UUID_BUFLEN raw bytes
 *
 * Sets <host><uuid>; an invalid UUID (see virUUIDIsValid()) is not shown.
 */
void virCapsHostSetUUID(virCapsHost *host, const unsigned char *uuid);

/*
 * virCapsHostAddFeature:
 * @host: the host part of the capabilities
 * @name: a host CPU flag shown under <cpu><features>, e.g. "pae"
 *
 * Returns 0, or -1 with VIR_ERR_INVALID_ARG for a NULL or empty name.
 */
int virCapsHostAddFeature(virCapsHost *host, const char *name);

/*
 * virCapsHostAddMigrateTransport:
 * @host: the host part of the capabilities
 * @name: a migration URI scheme, e.g. "tcp"
 *
 * Returns 0, or -1 with VIR_ERR_INVALID_ARG for a NULL or empty name.
 */
int virCapsHostAddMigrateTransport(virCapsHost *host, const char *name);

/* Sets <netprefix> (NULL removes it). */
void virCapsHostSetNetPrefix(virCapsHost *host, const char *prefix);

/*
 * virCapsHostSetCPU:
 * @host: the host part of the capabilities
 * @cpu: the host CPU details; ownership is taken (NULL removes them)
 */
void virCapsHostSetCPU(virCapsHost *host, virCapsHostCPU *cpu);

/*
 * virCapsHostAddPageSize:
 * @host: the host part of the capabilities
 * @size: a page size the host supports, in KiB
 *
 * Adds <cpu><pages unit='KiB' size=.../> (in the order of the calls).
 */
void virCapsHostAddPageSize(virCapsHost *host, unsigned int size);

/*
 * virCapsHostSetNUMA:
 * @host: the host part of the capabilities
 * @numa: the NUMA topology; ownership is taken (NULL removes it)
 */
void virCapsHostSetNUMA(virCapsHost *host, virCapsHostNUMA *numa);

/*
 * virCapsHostAddCacheBank, virCapsHostAddMemBWNode:
 *
 * Append a cache bank / memory bandwidth node; ownership of @bank /
 * @node is taken.
 */
void virCapsHostAddCacheBank(virCapsHost *host, virCapsHostCacheBank *bank);
void virCapsHostAddMemBWNode(virCapsHost *host, virCapsHostMemBWNode *node);

/*
 * virCapsHostAddSecModel:
 * @host: the host part of the capabilities
 * @model: the security model name, e.g. "none", "dac", "selinux"
 * @doi: its domain of interpretation, e.g. "0" (NULL formats as empty)
 *
 * Returns the new <secmodel> (borrowed from @host), or NULL with
 * VIR_ERR_INVALID_ARG when @model is NULL or empty.
 */
virCapsHostSecModel *virCapsHostAddSecModel(virCapsHost *host, const char *model, const char *doi);

/*
 * virCapsHostSecModelAddBaseLabel:
 * @secmodel: a security model of the host
 * @type: the virtualization type, e.g. "kvm"
 * @label: the base label, e.g. "+77:+77"
 *
 * Returns 0, or -1 with VIR_ERR_INVALID_ARG when @type or @label is NULL.
 */
int
virCapsHostSecModelAddBaseLabel(virCapsHostSecModel *secmodel, const char *type, const char *label);

/* A new empty host CPU description. */
virCapsHostCPU *virCapsHostCPUNew(void);

/* Appends <feature name=.../> to @cpu. */
void virCapsHostCPUAddFeature(virCapsHostCPU *cpu, const char *name);

/* Frees @cpu (NULL is fine). */
void virCapsHostCPUFree(virCapsHostCPU *cpu);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virCapsHostCPU, virCapsHostCPUFree);

/* A new NUMA topology without cells. */
virCapsHostNUMA *virCapsHostNUMANew(void);

/*
 * virCapsHostNUMAAddCell:
 * @numa: the topology
 * @num: the cell id
 * @mem: the cell's memory in KiB (0 leaves <memory> out)
 * @ncpus: length of *@cpus
 * @cpus: the cell's CPUs; the array is taken and *@cpus set to NULL
 * @ndistances: length of *@distances
 * @distances: distances to the cells; taken, may point to NULL
 * @npageinfo: length of *@pageinfo
 * @pageinfo: page pools of the cell; taken, may point to NULL
 *
 * Appends a cell. Any of the array pointers may be NULL (no entries).
 */
void virCapsHostNUMAAddCell(virCapsHostNUMA *numa,
                            int num,
                            unsigned long long mem,
                            size_t ncpus,
                            virCapsHostNUMACellCPU **cpus,
                            size_t ndistances,
                            virCapsHostNUMACellDistance **distances,
                            size_t npageinfo,
                            virCapsHostNUMACellPageInfo **pageinfo);

/* Frees @numa and its cells (NULL is fine). */
void virCapsHostNUMAFree(virCapsHostNUMA *numa);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virCapsHostNUMA, virCapsHostNUMAFree);

/* Frees a cache bank / bandwidth node / monitor (NULL is fine). */
void virCapsHostCacheBankFree(virCapsHostCacheBank *bank);
void virCapsHostMemBWNodeFree(virCapsHostMemBWNode *node);
void virCapsHostMonitorFree(virCapsHostMonitor *monitor);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virCapsHostCacheBank, virCapsHostCacheBankFree);

/*
 * virCapsHostClear:
 * @host: the host part of the capabilities
 *
 * Frees everything @host holds (not @host itself).
 */
void virCapsHostClear(virCapsHost *host);

/*
 * virCapsHostFormat:
 * @buf: the buffer
 * @host: the host part of the capabilities
 *
 * Writes <host>...</host> and a blank line, or nothing at all when the
 * host has no valid UUID, no architecture, no power management and no
 * IOMMU (as libvirt does).
 *
 * Returns 0, or -1 with an error reported.
 */
int virCapsHostFormat(virBuffer *buf, const virCapsHost *host);
