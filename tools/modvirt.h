/*
 * modvirt.h: the virsh-compatible commands of modvirt
 *
 * The commands use the public API only (<libvirt/libvirt.h>). Each family
 * file (modvirt-host.c, modvirt-domain*.c, modvirt-network.c, ...) exports
 * one vshCmdDef per command; modvirt-main.c arranges them in virsh's groups
 * and order. modvirt-util.c has what several families share: the
 * connection, object lookups as virsh does them, errors, reading files.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include "vsh.h"

/* The event loop thread and event waits (private to modvirt-event.c). */
typedef struct _modvirtEvents modvirtEvents;

/* The client state behind ctl->privData. */
typedef struct _modvirtControl modvirtControl;
struct _modvirtControl {
    virConnectPtr conn;     /* the connection, or NULL */
    bool readonly;          /* -r or connect --readonly */
    bool disconnected;      /* the connection was lost: reconnect first */
    const char *escapeChar; /* -e, for console */
    modvirtEvents *events;  /* NULL until modvirtEventLoopStart() */
};

/* How a name given on the command line may be looked up. */
enum {
    MODVIRT_BYID = 1 << 0,
    MODVIRT_BYUUID = 1 << 1,
    MODVIRT_BYNAME = 1 << 2,
    MODVIRT_BYMAC = 1 << 3,
};

/* The connection of @ctl (borrowed), or NULL. */
virConnectPtr modvirtConn(vshControl *ctl);

/*
 * modvirtReconnect:
 * (Re)open the connection to @name (NULL: ctl->connname), read-only when
 * @readonly (or, reconnecting to the same URI, when it was read-only).
 * Prints virsh's messages. Returns 0 or -1.
 */
int modvirtReconnect(vshControl *ctl, const char *name, bool readonly, bool force);

/* Forget both the saved error and the library's last error. */
void modvirtResetError(vshControl *ctl);

/* Save the library's last error, if any, to be printed after the command. */
void modvirtSaveLibError(vshControl *ctl);

/*
 * Lookups of the object named by a command's option, printing virsh's
 * "failed to get ..." errors. Each returns a new reference (free it) or
 * NULL; *@name (optional) gets the option's value.
 */
virDomainPtr modvirtCommandOptDomainBy(vshControl *ctl,
                                       const vshCmd *cmd,
                                       const char **name,
                                       unsigned int flags);
virDomainPtr modvirtCommandOptDomain(vshControl *ctl, const vshCmd *cmd, const char **name);
virDomainPtr modvirtLookupDomainBy(vshControl *ctl, const char *name, unsigned int flags);
virNetworkPtr modvirtCommandOptNetworkBy(vshControl *ctl,
                                         const vshCmd *cmd,
                                         const char **name,
                                         unsigned int flags);
virStoragePoolPtr modvirtCommandOptPoolBy(
    vshControl *ctl, const vshCmd *cmd, const char *optname, const char **name, unsigned int flags);
virStorageVolPtr modvirtCommandOptVolBy(vshControl *ctl,
                                        const vshCmd *cmd,
                                        const char *optname,
                                        const char *pooloptname,
                                        const char **name,
                                        unsigned int flags);
/* The volume of the "vol" option, within the "pool" option's pool if given. */
virStorageVolPtr modvirtCommandOptVol(vshControl *ctl, const vshCmd *cmd, const char **name);
virSecretPtr modvirtCommandOptSecret(vshControl *ctl, const vshCmd *cmd, const char **name);

/*
 * modvirtReadFile:
 * The contents of @path ("-" is stdin), at most 10 MiB, or NULL with the
 * error saved as libvirt words it. Caller frees.
 */
char *modvirtReadFile(vshControl *ctl, const char *path);

/* Like modvirtReadFile, for at most @max bytes, storing the length in *@len. */
char *modvirtReadFileLen(vshControl *ctl, const char *path, size_t max, size_t *len);

/*
 * modvirtEditText:
 * Let the user edit @text in $VISUAL, $EDITOR or vi (through a temporary
 * file). Returns the edited text (caller frees), or NULL with the error
 * printed.
 */
char *modvirtEditText(vshControl *ctl, const char *text);

/*
 * modvirtDumpXML:
 * Print @xml, or with @xpath the nodes it selects (one per line, or all
 * inside <nodes> with @wrap). Returns true, or false with the error saved.
 */
bool modvirtDumpXML(vshControl *ctl, const char *xml, const char *xpath, bool wrap);

/* The --xpath/--wrap options of a dumpxml-style command, then modvirtDumpXML. */
bool modvirtDumpXMLCmd(vshControl *ctl, const vshCmd *cmd, const char *xml);

/*
 * modvirtXPathString:
 * The string value of the XPath expression @expr ("string(...)") over
 * @xml. Returns a new string, or NULL with the error saved.
 */
char *modvirtXPathString(vshControl *ctl, const char *xml, const char *expr);

/* The boolean value of @expr over @xml: 1, 0, or -1 with the error saved. */
int modvirtXPathBoolean(vshControl *ctl, const char *xml, const char *expr);

/*
 * modvirtXPathStrings:
 * The text content of each node @expr selects in @xml, in document order.
 * Returns a new NULL-terminated vector, or NULL with the error saved.
 */
char **modvirtXPathStrings(vshControl *ctl, const char *xml, const char *expr);

/*
 * modvirtXPathRecords:
 * For each node @nodes selects in @xml, the values of the string
 * expressions @fields (NULL-terminated) evaluated from that node ("" when
 * empty). Returns a new array of NULL-terminated vectors, or NULL with the
 * error saved.
 */
GPtrArray *
modvirtXPathRecords(vshControl *ctl, const char *xml, const char *nodes, const char *const *fields);

/*
 * modvirtXMLSetText:
 * @xml with the text of the first node @expr selects replaced by @text,
 * formatted by libxml2 (no final newline). Returns a new string, or NULL
 * when the document or the node is missing.
 */
char *modvirtXMLSetText(vshControl *ctl, const char *xml, const char *expr, const char *text);

/*
 * modvirtGetDomainDescription:
 * The title (@title) or description of @dom ("" when it has none), with
 * @flags of virDomainGetMetadata. Returns a new string, or NULL.
 */
char *
modvirtGetDomainDescription(vshControl *ctl, virDomainPtr dom, bool title, unsigned int flags);

/* Text of a virDomainState and of a state's reason, as virsh prints them. */
const char *modvirtDomainStateToString(int state);
const char *modvirtDomainStateReasonToString(int state, int reason);

/*
 * modvirtDomainState:
 * The state (and *@reason when not NULL) of @dom, through
 * virDomainGetState or, when unsupported, virDomainGetInfo. -1 on error.
 */
int modvirtDomainState(vshControl *ctl, virDomainPtr dom, int *reason);

/*
 * modvirtLookupSnapshot:
 * The snapshot named by option @arg, or the current one with --current
 * (both together are refused when @exclusive). Returns 0 with *@snap (new
 * reference) and *@name (borrowed from it) set, or -1 with the error
 * printed.
 */
int modvirtLookupSnapshot(vshControl *ctl,
                          const vshCmd *cmd,
                          const char *arg,
                          bool exclusive,
                          virDomainPtr dom,
                          virDomainSnapshotPtr *snap,
                          const char **name);

/*
 * modvirtGetSnapshotParent:
 * The name of the parent of @snap (caller frees) in *@parent, NULL for a
 * root. Returns 0, or -1 with the error printed.
 */
int modvirtGetSnapshotParent(vshControl *ctl, virDomainSnapshotPtr snap, char **parent);

/* Text of a virStoragePoolState, as virsh prints it. */
const char *modvirtPoolStateToString(int state);

/* Free helpers accepting NULL, for g_autoptr. */
typedef virDomain modvirtDomain;
void modvirtDomainFree(virDomainPtr dom);
typedef virNetwork modvirtNetwork;
void modvirtNetworkFree(virNetworkPtr net);
typedef virStoragePool modvirtStoragePool;
void modvirtStoragePoolFree(virStoragePoolPtr pool);
typedef virStorageVol modvirtStorageVol;
void modvirtStorageVolFree(virStorageVolPtr vol);
typedef virSecret modvirtSecret;
void modvirtSecretFree(virSecretPtr secret);
typedef virDomainSnapshot modvirtDomainSnapshot;
void modvirtDomainSnapshotFree(virDomainSnapshotPtr snap);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(modvirtDomain, modvirtDomainFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(modvirtNetwork, modvirtNetworkFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(modvirtStoragePool, modvirtStoragePoolFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(modvirtStorageVol, modvirtStorageVolFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(modvirtSecret, modvirtSecretFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(modvirtDomainSnapshot, modvirtDomainSnapshotFree);

/*
 * Events (modvirt-event.c): one waiting session per command. Callbacks
 * call modvirtEventDone() when a one-shot wait is satisfied; the command
 * calls modvirtEventWait(), which returns when done, on Ctrl-C or after
 * the timeout.
 */
typedef enum {
    MODVIRT_EVENT_DONE,      /* the callbacks said so */
    MODVIRT_EVENT_INTERRUPT, /* Ctrl-C */
    MODVIRT_EVENT_TIMEOUT,   /* --timeout expired */
} modvirtEventResult;

/* Start the background thread running the default event loop. */
bool modvirtEventLoopStart(vshControl *ctl);
/* Stop it (at exit). */
void modvirtEventLoopStop(vshControl *ctl);
/* Prepare a wait (catches SIGINT until modvirtEventCleanup). */
void modvirtEventStart(vshControl *ctl, int timeoutMs);
/* Called from an event callback: stop waiting. */
void modvirtEventDone(vshControl *ctl);
/* Wait until done, interrupted or timed out. */
modvirtEventResult modvirtEventWait(vshControl *ctl);
/*
 * Wait, then print how the wait ended and "events received: *@count"
 * (the callbacks count). Returns whether any event was received.
 */
bool modvirtEventWaitReport(vshControl *ctl, const int *count);
/* Restore SIGINT after a wait. */
void modvirtEventCleanup(vshControl *ctl);
/* "2023-01-01 12:00:00.123+0000: " when @enabled, else "", for --timestamp. */
char *modvirtEventTimestamp(bool enabled);

/* The commands, by virsh group. */
extern const vshCmdDef modvirtCmdConnect;

/* Host and Hypervisor */
extern const vshCmdDef modvirtCmdCapabilities;
extern const vshCmdDef modvirtCmdFreecell;
extern const vshCmdDef modvirtCmdHostname;
extern const vshCmdDef modvirtCmdMaxvcpus;
extern const vshCmdDef modvirtCmdNodeinfo;
extern const vshCmdDef modvirtCmdSysinfo;
extern const vshCmdDef modvirtCmdUri;
extern const vshCmdDef modvirtCmdVersion;

/* Domain Management */
extern const vshCmdDef modvirtCmdAutostart;
extern const vshCmdDef modvirtCmdCreate;
extern const vshCmdDef modvirtCmdDefine;
extern const vshCmdDef modvirtCmdDesc;
extern const vshCmdDef modvirtCmdDestroy;
extern const vshCmdDef modvirtCmdDomhostname;
extern const vshCmdDef modvirtCmdDomid;
extern const vshCmdDef modvirtCmdDomname;
extern const vshCmdDef modvirtCmdDomrename;
extern const vshCmdDef modvirtCmdDomuuid;
extern const vshCmdDef modvirtCmdDump;
extern const vshCmdDef modvirtCmdDumpxml;
extern const vshCmdDef modvirtCmdManagedsave;
extern const vshCmdDef modvirtCmdManagedsaveRemove;
extern const vshCmdDef modvirtCmdManagedsaveDumpxml;
extern const vshCmdDef modvirtCmdManagedsaveDefine;
extern const vshCmdDef modvirtCmdMetadata;
extern const vshCmdDef modvirtCmdReboot;
extern const vshCmdDef modvirtCmdReset;
extern const vshCmdDef modvirtCmdRestore;
extern const vshCmdDef modvirtCmdResume;
extern const vshCmdDef modvirtCmdSave;
extern const vshCmdDef modvirtCmdSaveImageDefine;
extern const vshCmdDef modvirtCmdSaveImageDumpxml;
extern const vshCmdDef modvirtCmdSetmaxmem;
extern const vshCmdDef modvirtCmdSetmem;
extern const vshCmdDef modvirtCmdSetvcpus;
extern const vshCmdDef modvirtCmdShutdown;
extern const vshCmdDef modvirtCmdStart;
extern const vshCmdDef modvirtCmdSuspend;
extern const vshCmdDef modvirtCmdUndefine;
extern const vshCmdDef modvirtCmdVcpucount;

/* Domain Monitoring */
extern const vshCmdDef modvirtCmdDominfo;
extern const vshCmdDef modvirtCmdDomstate;
extern const vshCmdDef modvirtCmdList;

/* Domain Events */
extern const vshCmdDef modvirtCmdEvent;

/* Networking */
extern const vshCmdDef modvirtCmdNetAutostart;
extern const vshCmdDef modvirtCmdNetCreate;
extern const vshCmdDef modvirtCmdNetDefine;
extern const vshCmdDef modvirtCmdNetDestroy;
extern const vshCmdDef modvirtCmdNetDhcpLeases;
extern const vshCmdDef modvirtCmdNetDumpxml;
extern const vshCmdDef modvirtCmdNetEvent;
extern const vshCmdDef modvirtCmdNetInfo;
extern const vshCmdDef modvirtCmdNetList;
extern const vshCmdDef modvirtCmdNetName;
extern const vshCmdDef modvirtCmdNetStart;
extern const vshCmdDef modvirtCmdNetUndefine;
extern const vshCmdDef modvirtCmdNetUpdate;
extern const vshCmdDef modvirtCmdNetUuid;

/* Secret */
extern const vshCmdDef modvirtCmdSecretDefine;
extern const vshCmdDef modvirtCmdSecretDumpxml;
extern const vshCmdDef modvirtCmdSecretEvent;
extern const vshCmdDef modvirtCmdSecretGetValue;
extern const vshCmdDef modvirtCmdSecretList;
extern const vshCmdDef modvirtCmdSecretSetValue;
extern const vshCmdDef modvirtCmdSecretUndefine;

/* Snapshot */
extern const vshCmdDef modvirtCmdSnapshotCreate;
extern const vshCmdDef modvirtCmdSnapshotCreateAs;
extern const vshCmdDef modvirtCmdSnapshotCurrent;
extern const vshCmdDef modvirtCmdSnapshotDelete;
extern const vshCmdDef modvirtCmdSnapshotDumpxml;
extern const vshCmdDef modvirtCmdSnapshotInfo;
extern const vshCmdDef modvirtCmdSnapshotList;
extern const vshCmdDef modvirtCmdSnapshotParent;
extern const vshCmdDef modvirtCmdSnapshotRevert;

/* Storage Pool */
extern const vshCmdDef modvirtCmdFindStoragePoolSourcesAs;
extern const vshCmdDef modvirtCmdFindStoragePoolSources;
extern const vshCmdDef modvirtCmdPoolAutostart;
extern const vshCmdDef modvirtCmdPoolBuild;
extern const vshCmdDef modvirtCmdPoolCreateAs;
extern const vshCmdDef modvirtCmdPoolCreate;
extern const vshCmdDef modvirtCmdPoolDefineAs;
extern const vshCmdDef modvirtCmdPoolDefine;
extern const vshCmdDef modvirtCmdPoolDelete;
extern const vshCmdDef modvirtCmdPoolDestroy;
extern const vshCmdDef modvirtCmdPoolDumpxml;
extern const vshCmdDef modvirtCmdPoolInfo;
extern const vshCmdDef modvirtCmdPoolList;
extern const vshCmdDef modvirtCmdPoolName;
extern const vshCmdDef modvirtCmdPoolRefresh;
extern const vshCmdDef modvirtCmdPoolStart;
extern const vshCmdDef modvirtCmdPoolUndefine;
extern const vshCmdDef modvirtCmdPoolUuid;
extern const vshCmdDef modvirtCmdPoolEvent;

/* Storage Volume */
extern const vshCmdDef modvirtCmdVolClone;
extern const vshCmdDef modvirtCmdVolCreateAs;
extern const vshCmdDef modvirtCmdVolCreate;
extern const vshCmdDef modvirtCmdVolCreateFrom;
extern const vshCmdDef modvirtCmdVolDelete;
extern const vshCmdDef modvirtCmdVolDownload;
extern const vshCmdDef modvirtCmdVolDumpxml;
extern const vshCmdDef modvirtCmdVolInfo;
extern const vshCmdDef modvirtCmdVolKey;
extern const vshCmdDef modvirtCmdVolList;
extern const vshCmdDef modvirtCmdVolName;
extern const vshCmdDef modvirtCmdVolPath;
extern const vshCmdDef modvirtCmdVolPool;
extern const vshCmdDef modvirtCmdVolResize;
extern const vshCmdDef modvirtCmdVolUpload;
extern const vshCmdDef modvirtCmdVolWipe;
