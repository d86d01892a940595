/*
 * libvirt-domain.h: domains (guests): lifecycle, configuration, save and
 * restore, events
 *
 * Do not include this file directly: include <libvirt/libvirt.h>.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#ifndef __VIR_LIBVIRT_H_INCLUDES__
# error "Don't include this file directly, only use libvirt/libvirt.h"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/*
 * A domain handle: names one guest of a connection (by name, UUID and,
 * while it runs, ID). Handles are reference counted (virDomainRef,
 * virDomainFree) and stay valid after the guest itself goes away.
 */
typedef struct _virDomain virDomain;
typedef virDomain *virDomainPtr;

/* ---- States -------------------------------------------------------- */

/* The state of a domain. */
typedef enum {
    VIR_DOMAIN_NOSTATE = 0,
    VIR_DOMAIN_RUNNING = 1,
    VIR_DOMAIN_BLOCKED = 2,
    VIR_DOMAIN_PAUSED = 3,
    VIR_DOMAIN_SHUTDOWN = 4,
    VIR_DOMAIN_SHUTOFF = 5,
    VIR_DOMAIN_CRASHED = 6,
    VIR_DOMAIN_PMSUSPENDED = 7,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_LAST
#endif
} virDomainState;

/*
 * Why a domain is in its current state: one enum per virDomainState,
 * reported as the reason of virDomainGetState().
 */
typedef enum {
    VIR_DOMAIN_NOSTATE_UNKNOWN = 0,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_NOSTATE_LAST
#endif
} virDomainNostateReason;
typedef enum {
    VIR_DOMAIN_RUNNING_UNKNOWN = 0,
    VIR_DOMAIN_RUNNING_BOOTED = 1,
    VIR_DOMAIN_RUNNING_MIGRATED = 2,
    VIR_DOMAIN_RUNNING_RESTORED = 3,
    VIR_DOMAIN_RUNNING_FROM_SNAPSHOT = 4,
    VIR_DOMAIN_RUNNING_UNPAUSED = 5,
    VIR_DOMAIN_RUNNING_MIGRATION_CANCELED = 6,
    VIR_DOMAIN_RUNNING_SAVE_CANCELED = 7,
    VIR_DOMAIN_RUNNING_WAKEUP = 8,
    VIR_DOMAIN_RUNNING_CRASHED = 9,
    VIR_DOMAIN_RUNNING_POSTCOPY = 10,
    VIR_DOMAIN_RUNNING_POSTCOPY_FAILED = 11,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_RUNNING_LAST
#endif
} virDomainRunningReason;
typedef enum {
    VIR_DOMAIN_BLOCKED_UNKNOWN = 0,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_BLOCKED_LAST
#endif
} virDomainBlockedReason;
typedef enum {
    VIR_DOMAIN_PAUSED_UNKNOWN = 0,
    VIR_DOMAIN_PAUSED_USER = 1,
    VIR_DOMAIN_PAUSED_MIGRATION = 2,
    VIR_DOMAIN_PAUSED_SAVE = 3,
    VIR_DOMAIN_PAUSED_DUMP = 4,
    VIR_DOMAIN_PAUSED_IOERROR = 5,
    VIR_DOMAIN_PAUSED_WATCHDOG = 6,
    VIR_DOMAIN_PAUSED_FROM_SNAPSHOT = 7,
    VIR_DOMAIN_PAUSED_SHUTTING_DOWN = 8,
    VIR_DOMAIN_PAUSED_SNAPSHOT = 9,
    VIR_DOMAIN_PAUSED_CRASHED = 10,
    VIR_DOMAIN_PAUSED_STARTING_UP = 11,
    VIR_DOMAIN_PAUSED_POSTCOPY = 12,
    VIR_DOMAIN_PAUSED_POSTCOPY_FAILED = 13,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_PAUSED_LAST
#endif
} virDomainPausedReason;
typedef enum {
    VIR_DOMAIN_SHUTDOWN_UNKNOWN = 0,
    VIR_DOMAIN_SHUTDOWN_USER = 1,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_SHUTDOWN_LAST
#endif
} virDomainShutdownReason;
typedef enum {
    VIR_DOMAIN_SHUTOFF_UNKNOWN = 0,
    VIR_DOMAIN_SHUTOFF_SHUTDOWN = 1,
    VIR_DOMAIN_SHUTOFF_DESTROYED = 2,
    VIR_DOMAIN_SHUTOFF_CRASHED = 3,
    VIR_DOMAIN_SHUTOFF_MIGRATED = 4,
    VIR_DOMAIN_SHUTOFF_SAVED = 5,
    VIR_DOMAIN_SHUTOFF_FAILED = 6,
    VIR_DOMAIN_SHUTOFF_FROM_SNAPSHOT = 7,
    VIR_DOMAIN_SHUTOFF_DAEMON = 8,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_SHUTOFF_LAST
#endif
} virDomainShutoffReason;
typedef enum {
    VIR_DOMAIN_CRASHED_UNKNOWN = 0,
    VIR_DOMAIN_CRASHED_PANICKED = 1,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_CRASHED_LAST
#endif
} virDomainCrashedReason;
typedef enum {
    VIR_DOMAIN_PMSUSPENDED_UNKNOWN = 0,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_PMSUSPENDED_LAST
#endif
} virDomainPMSuspendedReason;
typedef enum {
    VIR_DOMAIN_PMSUSPENDED_DISK_UNKNOWN = 0,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_PMSUSPENDED_DISK_LAST
#endif
} virDomainPMSuspendedDiskReason;

/*
 * What virDomainGetInfo() reports: a virDomainState, the maximum and
 * current memory in KiB, the number of virtual CPUs and the CPU time used
 * in nanoseconds.
 */
typedef struct _virDomainInfo virDomainInfo;
struct _virDomainInfo {
    unsigned char state;
    unsigned long maxMem;
    unsigned long memory;
    unsigned short nrVirtCpu;
    unsigned long long cpuTime;
};
typedef virDomainInfo *virDomainInfoPtr;

/*
 * Which definition a change applies to: the running guest (LIVE), the
 * persistent configuration (CONFIG), or whichever is current (CURRENT, 0).
 */
typedef enum {
    VIR_DOMAIN_AFFECT_CURRENT = 0,
    VIR_DOMAIN_AFFECT_LIVE = 1 << 0,
    VIR_DOMAIN_AFFECT_CONFIG = 1 << 1,
} virDomainModificationImpact;

/* ---- Flags of the lifecycle calls ---------------------------------- */

/* Flags of virDomainCreateXML() and virDomainCreateWithFlags(). */
typedef enum {
    VIR_DOMAIN_NONE = 0,
    VIR_DOMAIN_START_PAUSED = 1 << 0,
    VIR_DOMAIN_START_AUTODESTROY = 1 << 1,
    VIR_DOMAIN_START_BYPASS_CACHE = 1 << 2,
    VIR_DOMAIN_START_FORCE_BOOT = 1 << 3,
    VIR_DOMAIN_START_VALIDATE = 1 << 4,
    VIR_DOMAIN_START_RESET_NVRAM = 1 << 5,
} virDomainCreateFlags;

/* Flags of virDomainDefineXMLFlags(). */
typedef enum {
    VIR_DOMAIN_DEFINE_VALIDATE = 1 << 0,
} virDomainDefineFlags;

/* Flags of virDomainUndefineFlags(): what else to remove with the definition. */
typedef enum {
    VIR_DOMAIN_UNDEFINE_MANAGED_SAVE = 1 << 0,
    VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA = 1 << 1,
    VIR_DOMAIN_UNDEFINE_NVRAM = 1 << 2,
    VIR_DOMAIN_UNDEFINE_KEEP_NVRAM = 1 << 3,
    VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA = 1 << 4,
    VIR_DOMAIN_UNDEFINE_TPM = 1 << 5,
    VIR_DOMAIN_UNDEFINE_KEEP_TPM = 1 << 6,
} virDomainUndefineFlagsValues;

/* Shutdown methods for virDomainShutdownFlags() (0: the driver chooses). */
typedef enum {
    VIR_DOMAIN_SHUTDOWN_DEFAULT = 0,
    VIR_DOMAIN_SHUTDOWN_ACPI_POWER_BTN = 1 << 0,
    VIR_DOMAIN_SHUTDOWN_GUEST_AGENT = 1 << 1,
    VIR_DOMAIN_SHUTDOWN_INITCTL = 1 << 2,
    VIR_DOMAIN_SHUTDOWN_SIGNAL = 1 << 3,
    VIR_DOMAIN_SHUTDOWN_PARAVIRT = 1 << 4,
} virDomainShutdownFlagValues;

/* Reboot methods for virDomainReboot() (0: the driver chooses). */
typedef enum {
    VIR_DOMAIN_REBOOT_DEFAULT = 0,
    VIR_DOMAIN_REBOOT_ACPI_POWER_BTN = 1 << 0,
    VIR_DOMAIN_REBOOT_GUEST_AGENT = 1 << 1,
    VIR_DOMAIN_REBOOT_INITCTL = 1 << 2,
    VIR_DOMAIN_REBOOT_SIGNAL = 1 << 3,
    VIR_DOMAIN_REBOOT_PARAVIRT = 1 << 4,
} virDomainRebootFlagValues;

/* Flags of virDomainDestroyFlags(). */
typedef enum {
    VIR_DOMAIN_DESTROY_DEFAULT = 0,
    VIR_DOMAIN_DESTROY_GRACEFUL = 1 << 0,
    VIR_DOMAIN_DESTROY_REMOVE_LOGS = 1 << 1,
} virDomainDestroyFlagsValues;

/* Flags of virDomainGetXMLDesc(). */
typedef enum {
    VIR_DOMAIN_XML_SECURE = 1 << 0,
    VIR_DOMAIN_XML_INACTIVE = 1 << 1,
    VIR_DOMAIN_XML_UPDATE_CPU = 1 << 2,
    VIR_DOMAIN_XML_MIGRATABLE = 1 << 3,
} virDomainXMLFlags;

/* Flags of the save, restore and managed save calls. */
typedef enum {
    VIR_DOMAIN_SAVE_BYPASS_CACHE = 1 << 0,
    VIR_DOMAIN_SAVE_RUNNING = 1 << 1,
    VIR_DOMAIN_SAVE_PAUSED = 1 << 2,
    VIR_DOMAIN_SAVE_RESET_NVRAM = 1 << 3,
} virDomainSaveRestoreFlags;

/* Typed parameter names of virDomainSaveParams()/virDomainRestoreParams(). */
#define VIR_DOMAIN_SAVE_PARAM_FILE "file"
#define VIR_DOMAIN_SAVE_PARAM_DXML "dxml"

/* Flags of virDomainSaveImageGetXMLDesc() and virDomainManagedSaveGetXMLDesc(). */
typedef enum {
    VIR_DOMAIN_SAVE_IMAGE_XML_SECURE = VIR_DOMAIN_XML_SECURE,
} virDomainSaveImageXMLFlags;

/* Flags of virDomainCoreDump() and its output formats. */
typedef enum {
    VIR_DUMP_CRASH = 1 << 0,
    VIR_DUMP_LIVE = 1 << 1,
    VIR_DUMP_BYPASS_CACHE = 1 << 2,
    VIR_DUMP_RESET = 1 << 3,
    VIR_DUMP_MEMORY_ONLY = 1 << 4,
} virDomainCoreDumpFlags;
typedef enum {
    VIR_DOMAIN_CORE_DUMP_FORMAT_RAW,
    VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_ZLIB,
    VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_LZO,
    VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_SNAPPY,
    VIR_DOMAIN_CORE_DUMP_FORMAT_WIN_DMP,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_CORE_DUMP_FORMAT_LAST
#endif
} virDomainCoreDumpFormat;

/* Flags of virDomainSetMemoryFlags() (virDomainModificationImpact plus MAXIMUM). */
typedef enum {
    VIR_DOMAIN_MEM_CURRENT = VIR_DOMAIN_AFFECT_CURRENT,
    VIR_DOMAIN_MEM_LIVE = VIR_DOMAIN_AFFECT_LIVE,
    VIR_DOMAIN_MEM_CONFIG = VIR_DOMAIN_AFFECT_CONFIG,
    VIR_DOMAIN_MEM_MAXIMUM = 1 << 2,
} virDomainMemoryModFlags;

/* Flags of virDomainSetVcpusFlags() and virDomainGetVcpusFlags(). */
typedef enum {
    VIR_DOMAIN_VCPU_CURRENT = VIR_DOMAIN_AFFECT_CURRENT,
    VIR_DOMAIN_VCPU_LIVE = VIR_DOMAIN_AFFECT_LIVE,
    VIR_DOMAIN_VCPU_CONFIG = VIR_DOMAIN_AFFECT_CONFIG,
    VIR_DOMAIN_VCPU_MAXIMUM = 1 << 2,
    VIR_DOMAIN_VCPU_GUEST = 1 << 3,
    VIR_DOMAIN_VCPU_HOTPLUGGABLE = 1 << 4,
} virDomainVcpuFlags;

/* Flags of the device attach, detach and update calls. */
typedef enum {
    VIR_DOMAIN_DEVICE_MODIFY_CURRENT = VIR_DOMAIN_AFFECT_CURRENT,
    VIR_DOMAIN_DEVICE_MODIFY_LIVE = VIR_DOMAIN_AFFECT_LIVE,
    VIR_DOMAIN_DEVICE_MODIFY_CONFIG = VIR_DOMAIN_AFFECT_CONFIG,
    VIR_DOMAIN_DEVICE_MODIFY_FORCE = 1 << 2,
} virDomainDeviceModifyFlags;

/* Where virDomainGetHostname() looks (0: the driver chooses). */
typedef enum {
    VIR_DOMAIN_GET_HOSTNAME_LEASE = 1 << 0,
    VIR_DOMAIN_GET_HOSTNAME_AGENT = 1 << 1,
} virDomainGetHostnameFlags;

/* Which metadata virDomainGetMetadata()/virDomainSetMetadata() address. */
typedef enum {
    VIR_DOMAIN_METADATA_DESCRIPTION = 0,
    VIR_DOMAIN_METADATA_TITLE = 1,
    VIR_DOMAIN_METADATA_ELEMENT = 2,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_METADATA_LAST
#endif
} virDomainMetadataType;

/* Filters of virConnectListAllDomains(); groups of flags are ORed, groups are ANDed. */
typedef enum {
    VIR_CONNECT_LIST_DOMAINS_ACTIVE = 1 << 0,
    VIR_CONNECT_LIST_DOMAINS_INACTIVE = 1 << 1,
    VIR_CONNECT_LIST_DOMAINS_PERSISTENT = 1 << 2,
    VIR_CONNECT_LIST_DOMAINS_TRANSIENT = 1 << 3,
    VIR_CONNECT_LIST_DOMAINS_RUNNING = 1 << 4,
    VIR_CONNECT_LIST_DOMAINS_PAUSED = 1 << 5,
    VIR_CONNECT_LIST_DOMAINS_SHUTOFF = 1 << 6,
    VIR_CONNECT_LIST_DOMAINS_OTHER = 1 << 7,
    VIR_CONNECT_LIST_DOMAINS_MANAGEDSAVE = 1 << 8,
    VIR_CONNECT_LIST_DOMAINS_NO_MANAGEDSAVE = 1 << 9,
    VIR_CONNECT_LIST_DOMAINS_AUTOSTART = 1 << 10,
    VIR_CONNECT_LIST_DOMAINS_NO_AUTOSTART = 1 << 11,
    VIR_CONNECT_LIST_DOMAINS_HAS_SNAPSHOT = 1 << 12,
    VIR_CONNECT_LIST_DOMAINS_NO_SNAPSHOT = 1 << 13,
    VIR_CONNECT_LIST_DOMAINS_HAS_CHECKPOINT = 1 << 14,
    VIR_CONNECT_LIST_DOMAINS_NO_CHECKPOINT = 1 << 15,
} virConnectListAllDomainsFlags;

/* Kinds of message virDomainGetMessages() returns. */
typedef enum {
    VIR_DOMAIN_MESSAGE_DEPRECATION = 1 << 0,
    VIR_DOMAIN_MESSAGE_TAINTING = 1 << 1,
} virDomainMessageType;

/* Kinds of background job (virDomainGetJobInfo). */
typedef enum {
    VIR_DOMAIN_JOB_NONE = 0,
    VIR_DOMAIN_JOB_BOUNDED = 1,
    VIR_DOMAIN_JOB_UNBOUNDED = 2,
    VIR_DOMAIN_JOB_COMPLETED = 3,
    VIR_DOMAIN_JOB_FAILED = 4,
    VIR_DOMAIN_JOB_CANCELLED = 5,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_JOB_LAST
#endif
} virDomainJobType;

/*
 * Progress of the current background job: its virDomainJobType, times in
 * milliseconds and amounts in bytes.
 */
typedef struct _virDomainJobInfo virDomainJobInfo;
struct _virDomainJobInfo {
    int type;
    unsigned long long timeElapsed;
    unsigned long long timeRemaining;
    unsigned long long dataTotal;
    unsigned long long dataProcessed;
    unsigned long long dataRemaining;
    unsigned long long memTotal;
    unsigned long long memProcessed;
    unsigned long long memRemaining;
    unsigned long long fileTotal;
    unsigned long long fileProcessed;
    unsigned long long fileRemaining;
};
typedef virDomainJobInfo *virDomainJobInfoPtr;

/* ---- Listing and lookup -------------------------------------------- */

/*
 * The IDs of up to @maxids running domains, stored in @ids. Returns the
 * number stored, or -1. Prefer virConnectListAllDomains().
 */
int virConnectListDomains(virConnectPtr conn, int *ids, int maxids);

/* The number of running domains, or -1. */
int virConnectNumOfDomains(virConnectPtr conn);

/*
 * The names of up to @maxnames defined but inactive domains, stored in
 * @names (the caller frees each). Returns the number stored, or -1.
 */
int virConnectListDefinedDomains(virConnectPtr conn, char **const names, int maxnames);

/* The number of defined but inactive domains, or -1. */
int virConnectNumOfDefinedDomains(virConnectPtr conn);

/*
 * All domains matching @flags (virConnectListAllDomainsFlags). When
 * @domains is not NULL it receives a NULL-terminated array of new
 * references (free each with virDomainFree, then the array with free()).
 * Returns the number of domains, or -1.
 */
int virConnectListAllDomains(virConnectPtr conn, virDomainPtr **domains, unsigned int flags);

/* The connection of @domain (borrowed: no new reference), or NULL. */
virConnectPtr virDomainGetConnect(virDomainPtr domain);

/*
 * Lookups. Return a new reference (release with virDomainFree), or NULL
 * with VIR_ERR_NO_DOMAIN when no domain matches. @uuid is VIR_UUID_BUFLEN
 * raw bytes; @uuid of virDomainLookupByUUIDString is the text form.
 */
virDomainPtr virDomainLookupByName(virConnectPtr conn, const char *name);
virDomainPtr virDomainLookupByID(virConnectPtr conn, int id);
virDomainPtr virDomainLookupByUUID(virConnectPtr conn, const unsigned char *uuid);
virDomainPtr virDomainLookupByUUIDString(virConnectPtr conn, const char *uuid);

/* ---- Definition and lifecycle -------------------------------------- */

/*
 * Starts a transient domain from @xmlDesc. Returns a new reference, or
 * NULL.
 */
virDomainPtr virDomainCreateXML(virConnectPtr conn, const char *xmlDesc, unsigned int flags);

/*
 * Define (or redefine) a persistent domain from @xml without starting it.
 * Return a new reference, or NULL.
 */
virDomainPtr virDomainDefineXML(virConnectPtr conn, const char *xml);
virDomainPtr virDomainDefineXMLFlags(virConnectPtr conn, const char *xml, unsigned int flags);

/*
 * Remove the persistent definition of @domain. A running domain keeps
 * running as a transient one. Return 0 or -1.
 */
int virDomainUndefine(virDomainPtr domain);
int virDomainUndefineFlags(virDomainPtr domain, unsigned int flags);

/* Start a defined but inactive domain. Return 0 or -1. */
int virDomainCreate(virDomainPtr domain);
int virDomainCreateWithFlags(virDomainPtr domain, unsigned int flags);

/*
 * Ask the guest to shut down (it may ignore the request), reboot, or reset
 * it as by the reset button. Return 0 once the request is delivered, or
 * -1.
 */
int virDomainShutdown(virDomainPtr domain);
int virDomainShutdownFlags(virDomainPtr domain, unsigned int flags);
int virDomainReboot(virDomainPtr domain, unsigned int flags);
int virDomainReset(virDomainPtr domain, unsigned int flags);

/* Stop the domain at once (power off). Return 0 or -1. */
int virDomainDestroy(virDomainPtr domain);
int virDomainDestroyFlags(virDomainPtr domain, unsigned int flags);

/* Pause and unpause the domain's CPUs. Return 0 or -1. */
int virDomainSuspend(virDomainPtr domain);
int virDomainResume(virDomainPtr domain);

/* Take or drop a reference on a domain handle. Return 0 or -1. */
int virDomainRef(virDomainPtr domain);
int virDomainFree(virDomainPtr domain);

/* ---- Save, restore, managed save, core dump ------------------------ */

/*
 * Save the memory and state of a running domain to file @to (stopping
 * it); virDomainSaveParams takes the file and an optional replacement XML
 * as typed parameters. Return 0 or -1.
 */
int virDomainSave(virDomainPtr domain, const char *to);
int virDomainSaveFlags(virDomainPtr domain, const char *to, const char *dxml, unsigned int flags);
int virDomainSaveParams(virDomainPtr domain,
                        virTypedParameterPtr params,
                        int nparams,
                        unsigned int flags);

/*
 * Start a domain again from a file written by virDomainSave*(), optionally
 * with a replacement XML (@dxml). Return 0 or -1.
 */
int virDomainRestore(virConnectPtr conn, const char *from);
int
virDomainRestoreFlags(virConnectPtr conn, const char *from, const char *dxml, unsigned int flags);
int virDomainRestoreParams(virConnectPtr conn,
                           virTypedParameterPtr params,
                           int nparams,
                           unsigned int flags);

/*
 * Read or replace the domain XML stored in a save image. GetXMLDesc
 * returns a string the caller frees, or NULL; DefineXML returns 0 or -1.
 */
char *virDomainSaveImageGetXMLDesc(virConnectPtr conn, const char *file, unsigned int flags);
int virDomainSaveImageDefineXML(virConnectPtr conn,
                                const char *file,
                                const char *dxml,
                                unsigned int flags);

/*
 * Managed save: the driver saves a running domain to a file it manages,
 * and the next start of the domain restores from it. HasManagedSaveImage
 * returns 1 or 0 (or -1); the others return 0 or -1, or for GetXMLDesc a
 * string the caller frees, or NULL.
 */
int virDomainManagedSave(virDomainPtr dom, unsigned int flags);
int virDomainHasManagedSaveImage(virDomainPtr dom, unsigned int flags);
int virDomainManagedSaveRemove(virDomainPtr dom, unsigned int flags);
char *virDomainManagedSaveGetXMLDesc(virDomainPtr domain, unsigned int flags);
int virDomainManagedSaveDefineXML(virDomainPtr domain, const char *dxml, unsigned int flags);

/* Write the guest's memory to file @to. Return 0 or -1. */
int virDomainCoreDump(virDomainPtr domain, const char *to, unsigned int flags);
int virDomainCoreDumpWithFormat(virDomainPtr domain,
                                const char *to,
                                unsigned int dumpformat,
                                unsigned int flags);

/* ---- Information ---------------------------------------------------- */

/* Fills @info. Returns 0 or -1. */
int virDomainGetInfo(virDomainPtr domain, virDomainInfoPtr info);

/*
 * Stores the virDomainState in @state and, when @reason is not NULL, the
 * reason (the enum of that state). Returns 0 or -1.
 */
int virDomainGetState(virDomainPtr domain, int *state, int *reason, unsigned int flags);

/* Fills @info with the current background job. Returns 0 or -1. */
int virDomainGetJobInfo(virDomainPtr dom, virDomainJobInfoPtr info);

/* The domain's name (borrowed; valid while the handle is), or NULL. */
const char *virDomainGetName(virDomainPtr domain);

/* The domain's ID, or (unsigned int)-1 when it is not running or on error. */
unsigned int virDomainGetID(virDomainPtr domain);

/*
 * The UUID as VIR_UUID_BUFLEN raw bytes or as text (VIR_UUID_STRING_BUFLEN
 * bytes) in the caller's @uuid / @buf. Return 0 or -1.
 */
int virDomainGetUUID(virDomainPtr domain, unsigned char *uuid);
int virDomainGetUUIDString(virDomainPtr domain, char *buf);

/* The guest OS type, e.g. "hvm" (caller frees), or NULL. */
char *virDomainGetOSType(virDomainPtr domain);

/* The maximum memory in KiB, or 0 on error. */
unsigned long virDomainGetMaxMemory(virDomainPtr domain);

/* Set the maximum memory (KiB) of the domain. Returns 0 or -1. */
int virDomainSetMaxMemory(virDomainPtr domain, unsigned long memory);

/* Set the current memory (KiB); SetMemoryFlags takes virDomainMemoryModFlags. Return 0 or -1. */
int virDomainSetMemory(virDomainPtr domain, unsigned long memory);
int virDomainSetMemoryFlags(virDomainPtr domain, unsigned long memory, unsigned int flags);

/* The maximum number of vCPUs of a running domain, or -1. */
int virDomainGetMaxVcpus(virDomainPtr domain);

/* Set the number of vCPUs; SetVcpusFlags takes virDomainVcpuFlags. Return 0 or -1. */
int virDomainSetVcpus(virDomainPtr domain, unsigned int nvcpus);
int virDomainSetVcpusFlags(virDomainPtr domain, unsigned int nvcpus, unsigned int flags);

/* The number of vCPUs selected by @flags (virDomainVcpuFlags), or -1. */
int virDomainGetVcpusFlags(virDomainPtr domain, unsigned int flags);

/* Fills @seclabel with the domain's security label. Returns 0 or -1. */
int virDomainGetSecurityLabel(virDomainPtr domain, virSecurityLabelPtr seclabel);

/* The guest's host name (caller frees), or NULL. */
char *virDomainGetHostname(virDomainPtr domain, unsigned int flags);

/*
 * The domain XML (caller frees), or NULL. @flags: virDomainXMLFlags;
 * VIR_DOMAIN_XML_SECURE is refused on read-only connections.
 */
char *virDomainGetXMLDesc(virDomainPtr domain, unsigned int flags);

/* Whether the domain should start with the host: stored in @autostart. Returns 0 or -1. */
int virDomainGetAutostart(virDomainPtr domain, int *autostart);

/* Sets the autostart flag. Returns 0 or -1. */
int virDomainSetAutostart(virDomainPtr domain, int autostart);

/* 1 if the domain is running, 0 if not, -1 on error. */
int virDomainIsActive(virDomainPtr dom);

/* 1 if the domain has a persistent definition, 0 if it is transient, -1 on error. */
int virDomainIsPersistent(virDomainPtr dom);

/* 1 if the running domain differs from its persistent definition, 0 if not, -1 on error. */
int virDomainIsUpdated(virDomainPtr dom);

/*
 * Metadata of type @type (virDomainMetadataType): the title, the
 * description, or an XML element in namespace @uri. GetMetadata returns a
 * string the caller frees, or NULL (VIR_ERR_NO_DOMAIN_METADATA when
 * absent). SetMetadata with a NULL @metadata removes it; @key is the
 * namespace prefix for VIR_DOMAIN_METADATA_ELEMENT. Returns 0 or -1.
 */
char *virDomainGetMetadata(virDomainPtr domain, int type, const char *uri, unsigned int flags);
int virDomainSetMetadata(virDomainPtr domain,
                         int type,
                         const char *metadata,
                         const char *key,
                         const char *uri,
                         unsigned int flags);

/* Renames an inactive domain. Returns 0 or -1. */
int virDomainRename(virDomainPtr dom, const char *new_name, unsigned int flags);

/*
 * Messages the driver has about the domain (tainting, deprecations) as a
 * newly allocated array of strings in *@msgs. Returns the number of
 * messages, or -1.
 */
int virDomainGetMessages(virDomainPtr domain, char ***msgs, unsigned int flags);

/* ---- Devices ------------------------------------------------------- */

/*
 * Add, remove or change a device described by the device XML @xml (or the
 * device with the given @alias). Return 0 or -1.
 */
int virDomainAttachDevice(virDomainPtr domain, const char *xml);
int virDomainDetachDevice(virDomainPtr domain, const char *xml);
int virDomainAttachDeviceFlags(virDomainPtr domain, const char *xml, unsigned int flags);
int virDomainDetachDeviceFlags(virDomainPtr domain, const char *xml, unsigned int flags);
int virDomainUpdateDeviceFlags(virDomainPtr domain, const char *xml, unsigned int flags);
int virDomainDetachDeviceAlias(virDomainPtr domain, const char *alias, unsigned int flags);

/* ---- Events -------------------------------------------------------- */

/* What happened in a lifecycle event. */
typedef enum {
    VIR_DOMAIN_EVENT_DEFINED = 0,
    VIR_DOMAIN_EVENT_UNDEFINED = 1,
    VIR_DOMAIN_EVENT_STARTED = 2,
    VIR_DOMAIN_EVENT_SUSPENDED = 3,
    VIR_DOMAIN_EVENT_RESUMED = 4,
    VIR_DOMAIN_EVENT_STOPPED = 5,
    VIR_DOMAIN_EVENT_SHUTDOWN = 6,
    VIR_DOMAIN_EVENT_PMSUSPENDED = 7,
    VIR_DOMAIN_EVENT_CRASHED = 8,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_LAST
#endif
} virDomainEventType;

/* Details of each virDomainEventType, passed as the lifecycle event's detail. */
typedef enum {
    VIR_DOMAIN_EVENT_DEFINED_ADDED = 0,
    VIR_DOMAIN_EVENT_DEFINED_UPDATED = 1,
    VIR_DOMAIN_EVENT_DEFINED_RENAMED = 2,
    VIR_DOMAIN_EVENT_DEFINED_FROM_SNAPSHOT = 3,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_DEFINED_LAST
#endif
} virDomainEventDefinedDetailType;
typedef enum {
    VIR_DOMAIN_EVENT_UNDEFINED_REMOVED = 0,
    VIR_DOMAIN_EVENT_UNDEFINED_RENAMED = 1,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_UNDEFINED_LAST
#endif
} virDomainEventUndefinedDetailType;
typedef enum {
    VIR_DOMAIN_EVENT_STARTED_BOOTED = 0,
    VIR_DOMAIN_EVENT_STARTED_MIGRATED = 1,
    VIR_DOMAIN_EVENT_STARTED_RESTORED = 2,
    VIR_DOMAIN_EVENT_STARTED_FROM_SNAPSHOT = 3,
    VIR_DOMAIN_EVENT_STARTED_WAKEUP = 4,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_STARTED_LAST
#endif
} virDomainEventStartedDetailType;
typedef enum {
    VIR_DOMAIN_EVENT_SUSPENDED_PAUSED = 0,
    VIR_DOMAIN_EVENT_SUSPENDED_MIGRATED = 1,
    VIR_DOMAIN_EVENT_SUSPENDED_IOERROR = 2,
    VIR_DOMAIN_EVENT_SUSPENDED_WATCHDOG = 3,
    VIR_DOMAIN_EVENT_SUSPENDED_RESTORED = 4,
    VIR_DOMAIN_EVENT_SUSPENDED_FROM_SNAPSHOT = 5,
    VIR_DOMAIN_EVENT_SUSPENDED_API_ERROR = 6,
    VIR_DOMAIN_EVENT_SUSPENDED_POSTCOPY = 7,
    VIR_DOMAIN_EVENT_SUSPENDED_POSTCOPY_FAILED = 8,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_SUSPENDED_LAST
#endif
} virDomainEventSuspendedDetailType;
typedef enum {
    VIR_DOMAIN_EVENT_RESUMED_UNPAUSED = 0,
    VIR_DOMAIN_EVENT_RESUMED_MIGRATED = 1,
    VIR_DOMAIN_EVENT_RESUMED_FROM_SNAPSHOT = 2,
    VIR_DOMAIN_EVENT_RESUMED_POSTCOPY = 3,
    VIR_DOMAIN_EVENT_RESUMED_POSTCOPY_FAILED = 4,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_RESUMED_LAST
#endif
} virDomainEventResumedDetailType;
typedef enum {
    VIR_DOMAIN_EVENT_STOPPED_SHUTDOWN = 0,
    VIR_DOMAIN_EVENT_STOPPED_DESTROYED = 1,
    VIR_DOMAIN_EVENT_STOPPED_CRASHED = 2,
    VIR_DOMAIN_EVENT_STOPPED_MIGRATED = 3,
    VIR_DOMAIN_EVENT_STOPPED_SAVED = 4,
    VIR_DOMAIN_EVENT_STOPPED_FAILED = 5,
    VIR_DOMAIN_EVENT_STOPPED_FROM_SNAPSHOT = 6,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_STOPPED_LAST
#endif
} virDomainEventStoppedDetailType;
typedef enum {
    VIR_DOMAIN_EVENT_SHUTDOWN_FINISHED = 0,
    VIR_DOMAIN_EVENT_SHUTDOWN_GUEST = 1,
    VIR_DOMAIN_EVENT_SHUTDOWN_HOST = 2,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_SHUTDOWN_LAST
#endif
} virDomainEventShutdownDetailType;
typedef enum {
    VIR_DOMAIN_EVENT_PMSUSPENDED_MEMORY = 0,
    VIR_DOMAIN_EVENT_PMSUSPENDED_DISK = 1,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_PMSUSPENDED_LAST
#endif
} virDomainEventPMSuspendedDetailType;
typedef enum {
    VIR_DOMAIN_EVENT_CRASHED_PANICKED = 0,
    VIR_DOMAIN_EVENT_CRASHED_CRASHLOADED = 1,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_CRASHED_LAST
#endif
} virDomainEventCrashedDetailType;

/* Parameters of the memory failure event. */
typedef enum {
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_RECIPIENT_HYPERVISOR = 0,
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_RECIPIENT_GUEST = 1,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_RECIPIENT_LAST
#endif
} virDomainMemoryFailureRecipientType;
typedef enum {
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_ACTION_IGNORE = 0,
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_ACTION_INJECT = 1,
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_ACTION_FATAL = 2,
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_ACTION_RESET = 3,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_ACTION_LAST
#endif
} virDomainMemoryFailureActionType;
typedef enum {
    VIR_DOMAIN_MEMORY_FAILURE_ACTION_REQUIRED = 1 << 0,
    VIR_DOMAIN_MEMORY_FAILURE_RECURSIVE = 1 << 1,
} virDomainMemoryFailureFlags;

/*
 * The lifecycle callback: @event is a virDomainEventType, @detail its
 * detail enum. Also the callback type of the old
 * virConnectDomainEventRegister().
 */
typedef int (*virConnectDomainEventCallback)(
    virConnectPtr conn, virDomainPtr dom, int event, int detail, void *opaque);

/*
 * Register a lifecycle callback the old way (one per callback/connection
 * pair). Return 0 or -1.
 */
int virConnectDomainEventRegister(virConnectPtr conn,
                                  virConnectDomainEventCallback cb,
                                  void *opaque,
                                  virFreeCallback freecb);
int virConnectDomainEventDeregister(virConnectPtr conn, virConnectDomainEventCallback cb);

/* Parameters of the watchdog, I/O error, graphics, block job, disk and tray events. */
typedef enum {
    VIR_DOMAIN_EVENT_WATCHDOG_NONE = 0,
    VIR_DOMAIN_EVENT_WATCHDOG_PAUSE,
    VIR_DOMAIN_EVENT_WATCHDOG_RESET,
    VIR_DOMAIN_EVENT_WATCHDOG_POWEROFF,
    VIR_DOMAIN_EVENT_WATCHDOG_SHUTDOWN,
    VIR_DOMAIN_EVENT_WATCHDOG_DEBUG,
    VIR_DOMAIN_EVENT_WATCHDOG_INJECTNMI,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_WATCHDOG_LAST
#endif
} virDomainEventWatchdogAction;
typedef enum {
    VIR_DOMAIN_EVENT_IO_ERROR_NONE = 0,
    VIR_DOMAIN_EVENT_IO_ERROR_PAUSE,
    VIR_DOMAIN_EVENT_IO_ERROR_REPORT,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_IO_ERROR_LAST
#endif
} virDomainEventIOErrorAction;
typedef enum {
    VIR_DOMAIN_EVENT_GRAPHICS_CONNECT = 0,
    VIR_DOMAIN_EVENT_GRAPHICS_INITIALIZE,
    VIR_DOMAIN_EVENT_GRAPHICS_DISCONNECT,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_GRAPHICS_LAST
#endif
} virDomainEventGraphicsPhase;
typedef enum {
    VIR_DOMAIN_EVENT_GRAPHICS_ADDRESS_IPV4,
    VIR_DOMAIN_EVENT_GRAPHICS_ADDRESS_IPV6,
    VIR_DOMAIN_EVENT_GRAPHICS_ADDRESS_UNIX,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_GRAPHICS_ADDRESS_LAST
#endif
} virDomainEventGraphicsAddressType;

/* One end of a graphics connection (graphics event). */
typedef struct _virDomainEventGraphicsAddress virDomainEventGraphicsAddress;
struct _virDomainEventGraphicsAddress {
    int family;
    char *node;
    char *service;
};
typedef virDomainEventGraphicsAddress *virDomainEventGraphicsAddressPtr;

/* One identity of an authenticated graphics client: its type and name. */
typedef struct _virDomainEventGraphicsSubjectIdentity virDomainEventGraphicsSubjectIdentity;
struct _virDomainEventGraphicsSubjectIdentity {
    char *type;
    char *name;
};
typedef virDomainEventGraphicsSubjectIdentity *virDomainEventGraphicsSubjectIdentityPtr;

/* The identities of a graphics client. */
typedef struct _virDomainEventGraphicsSubject virDomainEventGraphicsSubject;
struct _virDomainEventGraphicsSubject {
    int nidentity;
    virDomainEventGraphicsSubjectIdentityPtr identities;
};
typedef virDomainEventGraphicsSubject *virDomainEventGraphicsSubjectPtr;

typedef enum {
    VIR_DOMAIN_BLOCK_JOB_TYPE_UNKNOWN = 0,
    VIR_DOMAIN_BLOCK_JOB_TYPE_PULL = 1,
    VIR_DOMAIN_BLOCK_JOB_TYPE_COPY = 2,
    VIR_DOMAIN_BLOCK_JOB_TYPE_COMMIT = 3,
    VIR_DOMAIN_BLOCK_JOB_TYPE_ACTIVE_COMMIT = 4,
    VIR_DOMAIN_BLOCK_JOB_TYPE_BACKUP = 5,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_BLOCK_JOB_TYPE_LAST
#endif
} virDomainBlockJobType;
typedef enum {
    VIR_DOMAIN_BLOCK_JOB_COMPLETED = 0,
    VIR_DOMAIN_BLOCK_JOB_FAILED = 1,
    VIR_DOMAIN_BLOCK_JOB_CANCELED = 2,
    VIR_DOMAIN_BLOCK_JOB_READY = 3,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_BLOCK_JOB_LAST
#endif
} virConnectDomainEventBlockJobStatus;
typedef enum {
    VIR_DOMAIN_EVENT_DISK_CHANGE_MISSING_ON_START = 0,
    VIR_DOMAIN_EVENT_DISK_DROP_MISSING_ON_START = 1,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_DISK_CHANGE_LAST
#endif
} virConnectDomainEventDiskChangeReason;
typedef enum {
    VIR_DOMAIN_EVENT_TRAY_CHANGE_OPEN = 0,
    VIR_DOMAIN_EVENT_TRAY_CHANGE_CLOSE,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_TRAY_CHANGE_LAST
#endif
} virDomainEventTrayChangeReason;
typedef enum {
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_STATE_CONNECTED = 1,
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_STATE_DISCONNECTED = 2,
#ifdef VIR_ENUM_SENTINELS
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_STATE_LAST
#endif
} virConnectDomainEventAgentLifecycleState;
typedef enum {
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_REASON_UNKNOWN = 0,
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_REASON_DOMAIN_STARTED = 1,
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_REASON_CHANNEL = 2,
#ifdef VIR_ENUM_SENTINELS
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_REASON_LAST
#endif
} virConnectDomainEventAgentLifecycleReason;

/*
 * Callback types of the events registered with
 * virConnectDomainEventRegisterAny(), one per virDomainEventID. Every
 * callback gets the connection, the domain (a borrowed reference valid
 * during the call) and, last, the opaque data given at registration.
 */
typedef void (*virConnectDomainEventGenericCallback)(virConnectPtr conn,
                                                     virDomainPtr dom,
                                                     void *opaque);
typedef void (*virConnectDomainEventRTCChangeCallback)(virConnectPtr conn,
                                                       virDomainPtr dom,
                                                       long long utcoffset,
                                                       void *opaque);
typedef void (*virConnectDomainEventWatchdogCallback)(virConnectPtr conn,
                                                      virDomainPtr dom,
                                                      int action,
                                                      void *opaque);
typedef void (*virConnectDomainEventIOErrorCallback)(virConnectPtr conn,
                                                     virDomainPtr dom,
                                                     const char *srcPath,
                                                     const char *devAlias,
                                                     int action,
                                                     void *opaque);
typedef void (*virConnectDomainEventGraphicsCallback)(virConnectPtr conn,
                                                      virDomainPtr dom,
                                                      int phase,
                                                      const virDomainEventGraphicsAddress *local,
                                                      const virDomainEventGraphicsAddress *remote,
                                                      const char *authScheme,
                                                      const virDomainEventGraphicsSubject *subject,
                                                      void *opaque);
typedef void (*virConnectDomainEventIOErrorReasonCallback)(virConnectPtr conn,
                                                           virDomainPtr dom,
                                                           const char *srcPath,
                                                           const char *devAlias,
                                                           int action,
                                                           const char *reason,
                                                           void *opaque);
typedef void (*virConnectDomainEventBlockJobCallback)(
    virConnectPtr conn, virDomainPtr dom, const char *disk, int type, int status, void *opaque);
typedef void (*virConnectDomainEventDiskChangeCallback)(virConnectPtr conn,
                                                        virDomainPtr dom,
                                                        const char *oldSrcPath,
                                                        const char *newSrcPath,
                                                        const char *devAlias,
                                                        int reason,
                                                        void *opaque);
typedef void (*virConnectDomainEventTrayChangeCallback)(
    virConnectPtr conn, virDomainPtr dom, const char *devAlias, int reason, void *opaque);
typedef void (*virConnectDomainEventPMWakeupCallback)(virConnectPtr conn,
                                                      virDomainPtr dom,
                                                      int reason,
                                                      void *opaque);
typedef void (*virConnectDomainEventPMSuspendCallback)(virConnectPtr conn,
                                                       virDomainPtr dom,
                                                       int reason,
                                                       void *opaque);
typedef void (*virConnectDomainEventBalloonChangeCallback)(virConnectPtr conn,
                                                           virDomainPtr dom,
                                                           unsigned long long actual,
                                                           void *opaque);
typedef void (*virConnectDomainEventPMSuspendDiskCallback)(virConnectPtr conn,
                                                           virDomainPtr dom,
                                                           int reason,
                                                           void *opaque);
typedef void (*virConnectDomainEventDeviceRemovedCallback)(virConnectPtr conn,
                                                           virDomainPtr dom,
                                                           const char *devAlias,
                                                           void *opaque);
typedef void (*virConnectDomainEventDeviceAddedCallback)(virConnectPtr conn,
                                                         virDomainPtr dom,
                                                         const char *devAlias,
                                                         void *opaque);
typedef void (*virConnectDomainEventDeviceRemovalFailedCallback)(virConnectPtr conn,
                                                                 virDomainPtr dom,
                                                                 const char *devAlias,
                                                                 void *opaque);
typedef void (*virConnectDomainEventTunableCallback)(
    virConnectPtr conn, virDomainPtr dom, virTypedParameterPtr params, int nparams, void *opaque);
typedef void (*virConnectDomainEventAgentLifecycleCallback)(
    virConnectPtr conn, virDomainPtr dom, int state, int reason, void *opaque);
typedef void (*virConnectDomainEventMigrationIterationCallback)(virConnectPtr conn,
                                                                virDomainPtr dom,
                                                                int iteration,
                                                                void *opaque);
typedef void (*virConnectDomainEventJobCompletedCallback)(
    virConnectPtr conn, virDomainPtr dom, virTypedParameterPtr params, int nparams, void *opaque);
typedef void (*virConnectDomainEventMetadataChangeCallback)(
    virConnectPtr conn, virDomainPtr dom, int type, const char *nsuri, void *opaque);
typedef void (*virConnectDomainEventBlockThresholdCallback)(virConnectPtr conn,
                                                            virDomainPtr dom,
                                                            const char *dev,
                                                            const char *path,
                                                            unsigned long long threshold,
                                                            unsigned long long excess,
                                                            void *opaque);
typedef void (*virConnectDomainEventMemoryFailureCallback)(virConnectPtr conn,
                                                           virDomainPtr dom,
                                                           int recipient,
                                                           int action,
                                                           unsigned int flags,
                                                           void *opaque);
typedef void (*virConnectDomainEventMemoryDeviceSizeChangeCallback)(
    virConnectPtr conn, virDomainPtr dom, const char *alias, unsigned long long size, void *opaque);

/* Casts a specific event callback to the generic type that the registration call takes. */
#define VIR_DOMAIN_EVENT_CALLBACK(cb) ((virConnectDomainEventGenericCallback)(cb))

/* The kinds of domain event. */
typedef enum {
    VIR_DOMAIN_EVENT_ID_LIFECYCLE = 0,
    VIR_DOMAIN_EVENT_ID_REBOOT = 1,
    VIR_DOMAIN_EVENT_ID_RTC_CHANGE = 2,
    VIR_DOMAIN_EVENT_ID_WATCHDOG = 3,
    VIR_DOMAIN_EVENT_ID_IO_ERROR = 4,
    VIR_DOMAIN_EVENT_ID_GRAPHICS = 5,
    VIR_DOMAIN_EVENT_ID_IO_ERROR_REASON = 6,
    VIR_DOMAIN_EVENT_ID_CONTROL_ERROR = 7,
    VIR_DOMAIN_EVENT_ID_BLOCK_JOB = 8,
    VIR_DOMAIN_EVENT_ID_DISK_CHANGE = 9,
    VIR_DOMAIN_EVENT_ID_TRAY_CHANGE = 10,
    VIR_DOMAIN_EVENT_ID_PMWAKEUP = 11,
    VIR_DOMAIN_EVENT_ID_PMSUSPEND = 12,
    VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE = 13,
    VIR_DOMAIN_EVENT_ID_PMSUSPEND_DISK = 14,
    VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED = 15,
    VIR_DOMAIN_EVENT_ID_BLOCK_JOB_2 = 16,
    VIR_DOMAIN_EVENT_ID_TUNABLE = 17,
    VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE = 18,
    VIR_DOMAIN_EVENT_ID_DEVICE_ADDED = 19,
    VIR_DOMAIN_EVENT_ID_MIGRATION_ITERATION = 20,
    VIR_DOMAIN_EVENT_ID_JOB_COMPLETED = 21,
    VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED = 22,
    VIR_DOMAIN_EVENT_ID_METADATA_CHANGE = 23,
    VIR_DOMAIN_EVENT_ID_BLOCK_THRESHOLD = 24,
    VIR_DOMAIN_EVENT_ID_MEMORY_FAILURE = 25,
    VIR_DOMAIN_EVENT_ID_MEMORY_DEVICE_SIZE_CHANGE = 26,
#ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_ID_LAST
#endif
} virDomainEventID;

/*
 * Register @cb for events @eventID of domain @dom (NULL: of every domain).
 * Returns a callback ID (>= 0) for virConnectDomainEventDeregisterAny(),
 * or -1. @freecb, if set, releases @opaque when the callback is removed.
 * Events are delivered from the event loop (see libvirt-event.h).
 */
int virConnectDomainEventRegisterAny(virConnectPtr conn,
                                     virDomainPtr dom,
                                     int eventID,
                                     virConnectDomainEventGenericCallback cb,
                                     void *opaque,
                                     virFreeCallback freecb);

/* Removes the callback with ID @callbackID. Returns 0 or -1. */
int virConnectDomainEventDeregisterAny(virConnectPtr conn, int callbackID);

#ifdef __cplusplus
}
#endif
