/*
 * virdomaindef.h: the domain XML model (virDomainDef): top-level
 * elements, device lists, parse/format entry points and post-parse
 *
 * Implemented in virdomaindef.c (entry points), virdomaingeneral.c,
 * virdomainlifecycle.c, virdomainsysinfo.c, virdomainfeatures.c (the
 * top-level elements), virdomaindevices.c (<devices> dispatch),
 * virdomainpostparse.c (defaults) and virdomainvalidate.c; each device
 * family and the <os>/<cpu>/tuning/<clock> sections have their own module.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virbitmap.h"
#include "virbuffer.h"
#include "virconftypes.h"
#include "virdeviceinfo.h"
#include "virdomainchr.h"
#include "virdomainclock.h"
#include "virdomaincontroller.h"
#include "virdomaincpu.h"
#include "virdomaindevmisc.h"
#include "virdomaindisk.h"
#include "virdomainfeatures.h"
#include "virdomainfs.h"
#include "virdomaingraphics.h"
#include "virdomainhostdev.h"
#include "virdomainnet.h"
#include "virdomainos.h"
#include "virdomainsysinfo.h"
#include "virdomaintune.h"
#include "virenum.h"
#include "virxml.h"

#define VIR_UUID_BUFLEN_DOMAIN 16

/*
 * VIR_DOMAIN_APPEND:
 * Appends @elem (ownership taken) to the array @arr of @n pointers,
 * growing it; @n is incremented. Never fails.
 */
#define VIR_DOMAIN_APPEND(arr, n, elem)                                                            \
 do {                                                                                              \
  (arr) = g_renew(__typeof__(*(arr)), (arr), (n) + 1);                                             \
  (arr)[(n)++] = (elem);                                                                           \
 } while (0)

/* <domain type='...'> */
typedef enum {
    VIR_DOMAIN_VIRT_NONE = 0,
    VIR_DOMAIN_VIRT_QEMU,
    VIR_DOMAIN_VIRT_KQEMU,
    VIR_DOMAIN_VIRT_KVM,
    VIR_DOMAIN_VIRT_XEN,
    VIR_DOMAIN_VIRT_LXC,
    VIR_DOMAIN_VIRT_UML,
    VIR_DOMAIN_VIRT_OPENVZ,
    VIR_DOMAIN_VIRT_TEST,
    VIR_DOMAIN_VIRT_VMWARE,
    VIR_DOMAIN_VIRT_HYPERV,
    VIR_DOMAIN_VIRT_VBOX,
    VIR_DOMAIN_VIRT_PHYP,
    VIR_DOMAIN_VIRT_PARALLELS,
    VIR_DOMAIN_VIRT_BHYVE,
    VIR_DOMAIN_VIRT_VZ,
    VIR_DOMAIN_VIRT_CH,

    VIR_DOMAIN_VIRT_LAST
} virDomainVirtType;
VIR_ENUM_DECL(virDomainVirt);

/* <on_poweroff>, <on_reboot>, <on_crash> */
typedef enum {
    VIR_DOMAIN_LIFECYCLE_ACTION_DESTROY = 0,
    VIR_DOMAIN_LIFECYCLE_ACTION_RESTART,
    VIR_DOMAIN_LIFECYCLE_ACTION_RESTART_RENAME,
    VIR_DOMAIN_LIFECYCLE_ACTION_PRESERVE,
    VIR_DOMAIN_LIFECYCLE_ACTION_COREDUMP_DESTROY,
    VIR_DOMAIN_LIFECYCLE_ACTION_COREDUMP_RESTART,

    VIR_DOMAIN_LIFECYCLE_ACTION_LAST
} virDomainLifecycleAction;
VIR_ENUM_DECL(virDomainLifecycleAction);

/* <on_lockfailure> */
typedef enum {
    VIR_DOMAIN_LOCK_FAILURE_DEFAULT = 0,
    VIR_DOMAIN_LOCK_FAILURE_POWEROFF,
    VIR_DOMAIN_LOCK_FAILURE_RESTART,
    VIR_DOMAIN_LOCK_FAILURE_PAUSE,
    VIR_DOMAIN_LOCK_FAILURE_IGNORE,

    VIR_DOMAIN_LOCK_FAILURE_LAST
} virDomainLockFailureAction;
VIR_ENUM_DECL(virDomainLockFailure);

/* <perf><event name=...> */
typedef enum {
    VIR_PERF_EVENT_CMT = 0,
    VIR_PERF_EVENT_MBMT,
    VIR_PERF_EVENT_MBML,
    VIR_PERF_EVENT_CPU_CYCLES,
    VIR_PERF_EVENT_INSTRUCTIONS,
    VIR_PERF_EVENT_CACHE_REFERENCES,
    VIR_PERF_EVENT_CACHE_MISSES,
    VIR_PERF_EVENT_BRANCH_INSTRUCTIONS,
    VIR_PERF_EVENT_BRANCH_MISSES,
    VIR_PERF_EVENT_BUS_CYCLES,
    VIR_PERF_EVENT_STALLED_CYCLES_FRONTEND,
    VIR_PERF_EVENT_STALLED_CYCLES_BACKEND,
    VIR_PERF_EVENT_REF_CPU_CYCLES,
    VIR_PERF_EVENT_CPU_CLOCK,
    VIR_PERF_EVENT_TASK_CLOCK,
    VIR_PERF_EVENT_PAGE_FAULTS,
    VIR_PERF_EVENT_CONTEXT_SWITCHES,
    VIR_PERF_EVENT_CPU_MIGRATIONS,
    VIR_PERF_EVENT_PAGE_FAULTS_MIN,
    VIR_PERF_EVENT_PAGE_FAULTS_MAJ,
    VIR_PERF_EVENT_ALIGNMENT_FAULTS,
    VIR_PERF_EVENT_EMULATION_FAULTS,

    VIR_PERF_EVENT_LAST
} virPerfEventType;
VIR_ENUM_DECL(virPerfEvent);

/* <seclabel type=...> */
typedef enum {
    VIR_DOMAIN_SECLABEL_DEFAULT = 0,
    VIR_DOMAIN_SECLABEL_NONE,
    VIR_DOMAIN_SECLABEL_DYNAMIC,
    VIR_DOMAIN_SECLABEL_STATIC,

    VIR_DOMAIN_SECLABEL_LAST
} virDomainSeclabelType;
VIR_ENUM_DECL(virDomainSeclabel);

/* <launchSecurity type=...> */
typedef enum {
    VIR_DOMAIN_LAUNCH_SECURITY_NONE = 0,
    VIR_DOMAIN_LAUNCH_SECURITY_SEV,
    VIR_DOMAIN_LAUNCH_SECURITY_PV,

    VIR_DOMAIN_LAUNCH_SECURITY_LAST
} virDomainLaunchSecurity;
VIR_ENUM_DECL(virDomainLaunchSecurity);

/* <launchSecurity> */
struct _virDomainSecDef {
    int sectype;                   /* virDomainLaunchSecurity */
    virTristateBool kernel_hashes; /* sev kernelHashes= */
    bool haveCbitpos;
    unsigned int cbitpos;
    bool haveReducedPhysBits;
    unsigned int reduced_phys_bits;
    unsigned int policy; /* sev <policy>, hexadecimal */
    char *dh_cert;
    char *session;
};

/* <vcpu placement=...> */
typedef enum {
    VIR_DOMAIN_CPU_PLACEMENT_MODE_DEFAULT = 0,
    VIR_DOMAIN_CPU_PLACEMENT_MODE_STATIC,
    VIR_DOMAIN_CPU_PLACEMENT_MODE_AUTO,

    VIR_DOMAIN_CPU_PLACEMENT_MODE_LAST
} virDomainCpuPlacementMode;
VIR_ENUM_DECL(virDomainCpuPlacementMode);

/* <vcpus><vcpu id= enabled= hotpluggable= order=/></vcpus> */
typedef struct _virDomainVcpuDef virDomainVcpuDef;
struct _virDomainVcpuDef {
    bool online; /* enabled='yes' */
    virTristateBool hotpluggable;
    unsigned int order; /* 0 = absent */
};

/* <iothread id='N' thread_pool_min= thread_pool_max=/> */
struct _virDomainIOThreadIDDef {
    bool autofill; /* generated from <iothreads> count */
    unsigned int iothread_id;
    int thread_pool_min; /* -1 = absent */
    int thread_pool_max; /* -1 = absent */
};

/* <resource><partition>..</partition><fibrechannel appid=../></resource> */
struct _virDomainResourceDef {
    char *partition;
    char *appid;
};

/* <seclabel type= model= relabel=><label/><imagelabel/><baselabel/></seclabel> */
struct _virSecurityLabelDef {
    char *model; /* NULL when absent */
    int type;    /* virDomainSeclabelType */
    bool relabel;
    char *label;      /* static labels */
    char *imagelabel; /* runtime only */
    char *baselabel;  /* dynamic labels */
};

/* The domain. */
struct _virDomainDef {
    int virtType; /* virDomainVirtType */
    int id;       /* -1 when inactive */
    char *name;
    unsigned char uuid[VIR_UUID_BUFLEN_DOMAIN];
    unsigned char genid[VIR_UUID_BUFLEN_DOMAIN];
    bool genidRequested; /* <genid/> given (possibly empty) */
    bool genidGenerated;
    char *title;
    char *description;
    xmlNodePtr metadata; /* copy of <metadata>, owned (own doc) */

    /* memory, all KiB */
    unsigned long long maxMemory;     /* <maxMemory>, 0 = absent */
    unsigned int memorySlots;         /* <maxMemory slots=...> */
    unsigned long long memory;        /* <memory> (total) */
    unsigned long long currentMemory; /* <currentMemory> */
    virTristateSwitch dumpCore;       /* <memory dumpCore=...> */

    /* vcpus */
    unsigned int maxvcpus;       /* <vcpu>N</vcpu> */
    virDomainVcpuDef **vcpus;    /* maxvcpus entries */
    unsigned int placement_mode; /* virDomainCpuPlacementMode */
    virBitmap *cpumask;          /* <vcpu cpuset=...> */

    /* iothreads */
    size_t niothreadids;
    virDomainIOThreadIDDef **iothreadids;

    virDomainResourceDef *resource;
    virDomainSysinfoDef **sysinfos; /* <sysinfo> elements (virdomainsysinfo.h) */
    size_t nsysinfos;

    char *bootloader;
    char *bootloader_args;

    /* features: per feature a tristate/switch/enum value (0 = absent) */
    int features[VIR_DOMAIN_FEATURE_LAST];
    bool featureCapsSet; /* <capabilities> given (policy may be 'default') */
    virDomainFeaturesDetails feat;

    int onPoweroff; /* virDomainLifecycleAction */
    int onReboot;
    int onCrash;
    int onLockFailure; /* virDomainLockFailureAction */

    virTristateBool pm_suspend_to_mem;
    virTristateBool pm_suspend_to_disk;

    int perf[VIR_PERF_EVENT_LAST]; /* virTristateBool per event */

    virSecurityLabelDef **seclabels;
    size_t nseclabels;

    virDomainSecDef *sec; /* <launchSecurity>, NULL when absent */

    virTristateSwitch keywrap_aes;
    virTristateSwitch keywrap_dea;
    bool keywrap_set;

    /* sections */
    virDomainOSDef os;
    virDomainIdmapDef idmap;
    virCPUDef *cpu;
    virDomainBlkiotune blkio;
    virDomainMemtune mem;
    virDomainCputune cputune;
    virDomainNuma numa;
    virDomainClockDef clock;

    /* devices */
    char *emulator;
    virDomainDiskDef **disks;
    size_t ndisks;
    virDomainControllerDef **controllers;
    size_t ncontrollers;
    virDomainLeaseDef **leases;
    size_t nleases;
    virDomainFSDef **fss;
    size_t nfss;
    virDomainNetDef **nets;
    size_t nnets;
    virDomainSmartcardDef **smartcards;
    size_t nsmartcards;
    virDomainChrDef **serials;
    size_t nserials;
    virDomainChrDef **parallels;
    size_t nparallels;
    virDomainChrDef **consoles;
    size_t nconsoles;
    virDomainChrDef **channels;
    size_t nchannels;
    virDomainInputDef **inputs;
    size_t ninputs;
    virDomainTPMDef **tpms;
    size_t ntpms;
    virDomainGraphicsDef **graphics;
    size_t ngraphics;
    virDomainSoundDef **sounds;
    size_t nsounds;
    virDomainAudioDef **audios;
    size_t naudios;
    virDomainVideoDef **videos;
    size_t nvideos;
    virDomainHostdevDef **hostdevs;
    size_t nhostdevs;
    virDomainRedirdevDef **redirdevs;
    size_t nredirdevs;
    virDomainRedirFilterDef *redirfilter;
    virDomainHubDef **hubs;
    size_t nhubs;
    virDomainWatchdogDef **watchdogs;
    size_t nwatchdogs;
    virDomainMemballoonDef *memballoon;
    virDomainRNGDef **rngs;
    size_t nrngs;
    virDomainPanicDef **panics;
    size_t npanics;
    virDomainShmemDef **shmems;
    size_t nshmems;
    virDomainMemoryDef **mems;
    size_t nmems;
    virDomainIOMMUDef *iommu;
    virDomainVsockDef *vsock;
    virDomainNVRAMDef *nvram;
    virDomainCryptoDef **cryptos;
    size_t ncryptos;
};

/*
 * Driver hooks applied after parsing (the generic parser's defaults are
 * always applied; these let the test and qemu drivers differ). A NULL
 * virDomainXMLOption means: default architecture x86_64, an all-zero MAC
 * is kept, missing MACs are random 52:54:00:xx:xx:xx.
 */
struct _virDomainXMLOption {
    int defaultArch;     /* virArch given to <os> without arch; 0 = x86_64 */
    bool zeroMacIsUnset; /* an all-zero <mac address> gets generated */
    /* Fills a new MAC (6 bytes); NULL = random 52:54:00:xx:xx:xx */
    void (*macGenerate)(unsigned char *mac, void *opaque);
    /* Called before the generic defaults; may be NULL. Returns 0 or -1. */
    int (*domainPostParse)(virDomainDef *def, unsigned int parseFlags, void *opaque);
    /* Called after the generic defaults; may be NULL. Returns 0 or -1. */
    int (*domainPostParseLate)(virDomainDef *def, unsigned int parseFlags, void *opaque);
    void *opaque;
};

/*
 * virDomainDefNew:
 *
 * Returns an empty domain with every optional value unset (id -1...).
 * Never fails.
 */
virDomainDef *virDomainDefNew(void);

/* Frees @def and everything it owns; NULL is allowed. */
void virDomainDefFree(virDomainDef *def);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainDef, virDomainDefFree);

/*
 * virDomainDefParseString:
 * @xml: the domain XML document
 * @flags: virDomainDefParseFlags
 *
 * Parses, applies the generic post-parse defaults (same as libvirt's test
 * driver) and validates. Returns a new domain, or NULL with an error.
 */
virDomainDef *virDomainDefParseString(const char *xml, unsigned int flags);

/*
 * virDomainDefParseStringFull:
 * @xml: the domain XML document
 * @xmlopt: driver hooks, NULL for the generic ones
 * @flags: virDomainDefParseFlags
 *
 * Same as virDomainDefParseString with driver hooks.
 */
virDomainDef *
virDomainDefParseStringFull(const char *xml, const virDomainXMLOption *xmlopt, unsigned int flags);

/*
 * virDomainDefParseNode:
 * @ctxt: XPath context of the document
 * @root: the <domain> element
 * @xmlopt: driver hooks, NULL for the generic ones
 * @flags: virDomainDefParseFlags
 *
 * Returns a new post-parsed, validated domain, or NULL with an error.
 */
virDomainDef *virDomainDefParseNode(xmlXPathContextPtr ctxt,
                                    xmlNodePtr root,
                                    const virDomainXMLOption *xmlopt,
                                    unsigned int flags);

/*
 * virDomainDefPostParse:
 * @def: a freshly parsed domain
 * @xmlopt: driver hooks, NULL for the generic ones
 * @parseFlags: virDomainDefParseFlags
 *
 * Applies default values: currentMemory, vcpus, implicit controllers,
 * drive addresses, console<->serial linking, MACs, device post-parse.
 * Returns 0, or -1 with an error.
 */
int
virDomainDefPostParse(virDomainDef *def, const virDomainXMLOption *xmlopt, unsigned int parseFlags);

/*
 * virDomainDefFormat:
 * @def: the domain
 * @flags: virDomainDefFormatFlags
 *
 * Returns the XML document as a new string, or NULL with an error.
 */
char *virDomainDefFormat(const virDomainDef *def, unsigned int flags);

/* Same, appending to @buf at its indentation. Returns 0 or -1 with an error. */
int virDomainDefFormatBuf(virBuffer *buf, const virDomainDef *def, unsigned int flags);

/* Number of online vCPUs of @def. */
unsigned int virDomainDefGetVcpus(const virDomainDef *def);

/*
 * virDomainDefFindController:
 * Returns the index in def->controllers of the controller of @type and
 * @idx, or -1.
 */
int virDomainDefFindController(const virDomainDef *def, int type, int idx);

/*
 * virDomainDeviceInfoCallback:
 * @def: the domain
 * @info: one device's info
 * @devname: the device element name ("disk", "interface", "hostdev"...)
 * @opaque: the caller's data
 *
 * Returns 0 to continue, -1 to stop (the error is the callback's).
 */
typedef int (*virDomainDeviceInfoCallback)(virDomainDef *def,
                                           virDomainDeviceInfo *info,
                                           const char *devname,
                                           void *opaque);

/*
 * virDomainDeviceInfoIterate:
 * Calls @cb for the info of every device of @def that has one (disks,
 * nets, sounds, hostdevs, videos, controllers, smartcards, chardevs,
 * inputs, filesystems, watchdogs, memballoon, hubs, shmems, tpms,
 * panics, memories, redirdevs, rngs, iommu, vsock, nvram, cryptos).
 * Returns 0, or -1 as soon as @cb fails.
 */
int virDomainDeviceInfoIterate(virDomainDef *def, virDomainDeviceInfoCallback cb, void *opaque);

/*
 * virDomainDefAddController:
 * Inserts @cont (ownership taken) in def->controllers where libvirt
 * does: after the last controller of the same type with a lower index or
 * before the first with a higher one, else at the end. Never fails.
 */
void virDomainDefAddController(virDomainDef *def, virDomainControllerDef *cont);
