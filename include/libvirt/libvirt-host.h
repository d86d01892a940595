/*
 * libvirt-host.h: the library, connections and the host (node)
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
 * A connection to a hypervisor driver: the handle every other call starts
 * from. Opened by virConnectOpen*(), reference counted, closed by
 * virConnectClose().
 */
typedef struct _virConnect virConnect;
typedef virConnect *virConnectPtr;

/* A data stream between the client and a driver (see libvirt-stream.h). */
typedef struct _virStream virStream;
typedef virStream *virStreamPtr;

/* Buffer sizes for the security label and model calls, NUL included. */
#define VIR_SECURITY_LABEL_BUFLEN (4096 + 1)
#define VIR_SECURITY_MODEL_BUFLEN (256 + 1)
#define VIR_SECURITY_DOI_BUFLEN (256 + 1)

/* A domain's security label: its text and whether it is enforced (1) or not (0). */
typedef struct _virSecurityLabel virSecurityLabel;
struct _virSecurityLabel {
    char label[VIR_SECURITY_LABEL_BUFLEN];
    int enforcing;
};
typedef virSecurityLabel *virSecurityLabelPtr;

/* The host's security model name and domain of interpretation. */
typedef struct _virSecurityModel virSecurityModel;
struct _virSecurityModel {
    char model[VIR_SECURITY_MODEL_BUFLEN];
    char doi[VIR_SECURITY_DOI_BUFLEN];
};
typedef virSecurityModel *virSecurityModelPtr;

/*
 * What virNodeGetInfo() reports about the host. @model is the CPU
 * architecture (NUL-terminated), @memory is in KiB, @mhz the expected CPU
 * frequency (0 if unknown); @nodes, @sockets, @cores and @threads describe
 * the topology (sockets per NUMA node, cores per socket, threads per core).
 */
typedef struct _virNodeInfo virNodeInfo;
struct _virNodeInfo {
    char model[32];
    unsigned long memory;
    unsigned int cpus;
    unsigned int mhz;
    unsigned int nodes;
    unsigned int sockets;
    unsigned int cores;
    unsigned int threads;
};
typedef virNodeInfo *virNodeInfoPtr;

/* Number of CPUs the topology of a virNodeInfo describes. */
#define VIR_NODEINFO_MAXCPUS(nodeinfo)                                                             \
 ((nodeinfo).nodes * (nodeinfo).sockets * (nodeinfo).cores * (nodeinfo).threads)

/* Flags of virConnectOpenAuth(). */
typedef enum {
    VIR_CONNECT_RO = 1 << 0,
    VIR_CONNECT_NO_ALIASES = 1 << 1,
} virConnectFlags;

/* What an authentication callback is asked to provide. */
typedef enum {
    VIR_CRED_USERNAME = 1,
    VIR_CRED_AUTHNAME = 2,
    VIR_CRED_LANGUAGE = 3,
    VIR_CRED_CNONCE = 4,
    VIR_CRED_PASSPHRASE = 5,
    VIR_CRED_ECHOPROMPT = 6,
    VIR_CRED_NOECHOPROMPT = 7,
    VIR_CRED_REALM = 8,
    VIR_CRED_EXTERNAL = 9,
#ifdef VIR_ENUM_SENTINELS
    VIR_CRED_LAST
#endif
} virConnectCredentialType;

/*
 * One credential request. The callback stores a malloc'ed answer in
 * @result (the library frees it) and its length in @resultlen.
 */
typedef struct _virConnectCredential virConnectCredential;
struct _virConnectCredential {
    int type;
    const char *prompt;
    const char *challenge;
    const char *defresult;
    char *result;
    unsigned int resultlen;
};
typedef virConnectCredential *virConnectCredentialPtr;

/* Answers @ncred credential requests; returns 0, or -1 to give up. */
typedef int (*virConnectAuthCallbackPtr)(virConnectCredentialPtr cred,
                                         unsigned int ncred,
                                         void *cbdata);

/*
 * Authentication parameters of virConnectOpenAuth(): the credential types
 * the callback can answer, the callback and its data.
 */
typedef struct _virConnectAuth virConnectAuth;
struct _virConnectAuth {
    int *credtype;
    unsigned int ncredtype;
    virConnectAuthCallbackPtr cb;
    void *cbdata;
};
typedef virConnectAuth *virConnectAuthPtr;

/*
 * A ready-made virConnectAuth that prompts on the terminal (stdin and
 * stdout) for user names and passphrases.
 */
VIR_EXPORT_VAR virConnectAuthPtr virConnectAuthPtrDefault;

/*
 * Sizes of a raw UUID and of its text form (36 characters and the NUL).
 * Spelled exactly as in modvirt's internal viruuid.h, so that both
 * definitions may appear in one translation unit.
 */
#define VIR_UUID_BUFLEN 16
#define VIR_UUID_STRING_BUFLEN (36 + 1)

/* Called when a connection closes for a virConnectCloseReason. */
typedef void (*virConnectCloseFunc)(virConnectPtr conn, int reason, void *opaque);

/*
 * Reports the API level (LIBVIR_VERSION_NUMBER) in *@libVer and, when
 * @typeVer is not NULL, in *@typeVer too. @type is ignored. Returns 0, or
 * -1 when @libVer is NULL.
 */
int virGetVersion(unsigned long *libVer, const char *type, unsigned long *typeVer);

/*
 * One-time library set-up (driver registration). Called by the open and
 * version calls; a program only needs it before virEventRegisterImpl() or
 * virSetErrorFunc(). Returns 0 or -1.
 */
int virInitialize(void);

/*
 * Open a connection to the driver that accepts the URI @name. A NULL or
 * empty @name means $LIBVIRT_DEFAULT_URI, then uri_default from the
 * client configuration file. Return a new connection (release it with
 * virConnectClose), or NULL with the error set (VIR_ERR_NO_CONNECT when
 * no driver accepts the URI).
 */
virConnectPtr virConnectOpen(const char *name);
virConnectPtr virConnectOpenReadOnly(const char *name);
virConnectPtr virConnectOpenAuth(const char *name, virConnectAuthPtr auth, unsigned int flags);

/* Takes an extra reference on @conn, released by virConnectClose(). Returns 0 or -1. */
int virConnectRef(virConnectPtr conn);

/*
 * Drops one reference on @conn. Returns the number of references left
 * (0: the connection is closed and freed), or -1 on error.
 */
int virConnectClose(virConnectPtr conn);

/* The driver's name, e.g. "QEMU" or "TEST" (borrowed), or NULL on error. */
const char *virConnectGetType(virConnectPtr conn);

/* The hypervisor's version, major * 1,000,000 + minor * 1,000 + micro. Returns 0 or -1. */
int virConnectGetVersion(virConnectPtr conn, unsigned long *hvVer);

/* The library version serving the connection, same encoding. Returns 0 or -1. */
int virConnectGetLibVersion(virConnectPtr conn, unsigned long *libVer);

/* The host name of the hypervisor host (caller frees), or NULL on error. */
char *virConnectGetHostname(virConnectPtr conn);

/* The canonical URI of the connection (caller frees), or NULL on error. */
char *virConnectGetURI(virConnectPtr conn);

/* The host's SMBIOS data as <sysinfo> XML (caller frees), or NULL. */
char *virConnectGetSysinfo(virConnectPtr conn, unsigned int flags);

/*
 * Keepalive settings of a remote connection: probe every @interval
 * seconds, give up after @count unanswered probes. Returns 0, 1 when the
 * peer does not support keepalive, or -1 (VIR_ERR_NO_SUPPORT for drivers
 * without keepalive, such as the in-process ones; callers ignore that).
 */
int virConnectSetKeepAlive(virConnectPtr conn, int interval, unsigned int count);

/*
 * Register or unregister the one close callback of @conn. A driver that
 * cannot lose its connection accepts both and never calls the callback.
 * Return 0 or -1.
 */
int virConnectRegisterCloseCallback(virConnectPtr conn,
                                    virConnectCloseFunc cb,
                                    void *opaque,
                                    virFreeCallback freecb);
int virConnectUnregisterCloseCallback(virConnectPtr conn, virConnectCloseFunc cb);

/* Maximum vCPUs of a guest of the given virt @type (NULL: the default). Returns -1 on error. */
int virConnectGetMaxVcpus(virConnectPtr conn, const char *type);

/* Fills @info with the host's CPU and memory description. Returns 0 or -1. */
int virNodeGetInfo(virConnectPtr conn, virNodeInfoPtr info);

/* The capabilities XML of the host and hypervisor (caller frees), or NULL. */
char *virConnectGetCapabilities(virConnectPtr conn);

/* Free host memory in bytes, or 0 on error. */
unsigned long long virNodeGetFreeMemory(virConnectPtr conn);

/*
 * Free memory in bytes of up to @maxCells NUMA cells starting at
 * @startCell, stored in @freeMems. Returns the number of cells filled, or
 * -1.
 */
int virNodeGetCellsFreeMemory(virConnectPtr conn,
                              unsigned long long *freeMems,
                              int startCell,
                              int maxCells);

/* Fills @secmodel with the host's security model. Returns 0 or -1. */
int virNodeGetSecurityModel(virConnectPtr conn, virSecurityModelPtr secmodel);

/*
 * Properties of the connection's transport: 1 (yes), 0 (no) or -1
 * (error). A local connection counts as secure and not encrypted; a
 * connection is alive until its transport fails.
 */
int virConnectIsEncrypted(virConnectPtr conn);
int virConnectIsSecure(virConnectPtr conn);
int virConnectIsAlive(virConnectPtr conn);

#ifdef __cplusplus
}
#endif
