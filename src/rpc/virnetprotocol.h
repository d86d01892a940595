/*
 * virnetprotocol.h: the procedure tables of the RPC programs
 *
 * One table per program (REMOTE, KEEPALIVE, ...) lists each procedure
 * once: its number, its name, the descriptions of its argument and return
 * payloads (virnetxdr.h), and its properties. The tables are generated at
 * build time from src/rpc/remote_protocol.def by scripts/genprotocol.py
 * into remote_protocol.h (the C structs, the procedure number enums) and
 * remote_protocol.c (the descriptions and tables). The server dispatcher
 * and the client both look procedures up here.
 *
 * Generated names follow one rule, so code can be written against them:
 *   - procedure enum: REMOTE_PROC_<NAME>, e.g. REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME
 *   - argument struct: remote_<name>_args, return struct: remote_<name>_ret,
 *     event body: remote_<name>_msg (all lower case), e.g.
 *     remote_domain_lookup_by_name_args { char *name; }
 *   - their descriptions: remote_<name>_args_desc (a virXDRStruct)
 *   - field names as in libvirt's protocol (wire-protocol.md section 12)
 *   - object references: remote_nonnull_domain { char *name;
 *     unsigned char uuid[16]; int32_t id; }, remote_nonnull_network,
 *     remote_nonnull_storage_pool, remote_nonnull_storage_vol,
 *     remote_nonnull_secret, remote_nonnull_domain_snapshot; optional ones
 *     are pointers (remote_nonnull_domain *dom, NULL = absent)
 *   - the error struct: remote_error (remote_error_desc)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virnetxdr.h"

/* Program numbers and versions (wire-protocol.md section 2). */
#define REMOTE_PROGRAM 0x20008086
#define REMOTE_PROTOCOL_VERSION 1
#define QEMU_PROGRAM 0x20008087
#define QEMU_PROTOCOL_VERSION 1
#define LXC_PROGRAM 0x00068000
#define LXC_PROTOCOL_VERSION 1
#define KEEPALIVE_PROGRAM 0x6b656570
#define KEEPALIVE_PROTOCOL_VERSION 1
#define ADMIN_PROGRAM 0x06900690
#define ADMIN_PROTOCOL_VERSION 1

typedef enum {
    /* runs on the priority workers: never blocks on a hypervisor */
    VIR_NET_PROC_PRIORITY = 1 << 0,
    /* allowed on a read-only connection / socket (does not mutate) */
    VIR_NET_PROC_READONLY = 1 << 1,
    /* an event body (MESSAGE frames only), not callable */
    VIR_NET_PROC_MESSAGE = 1 << 2,
    /* its call or reply carries file descriptors (CALL_WITH_FDS) */
    VIR_NET_PROC_FDS = 1 << 3,
    /* a successful reply opens a stream on the call's serial */
    VIR_NET_PROC_STREAM = 1 << 4,
    /* allowed before CONNECT_OPEN (AUTH_LIST, CONNECT_OPEN, ...) */
    VIR_NET_PROC_PREOPEN = 1 << 5,
} virNetProcedureFlags;

typedef struct _virNetProcedure virNetProcedure;
struct _virNetProcedure {
    int proc;                 /* number within the program */
    const char *name;         /* e.g. "DOMAIN_LOOKUP_BY_NAME" */
    const char *api;          /* the public function, e.g. "virDomainLookupByName"
                               * (for messages: NO_SUPPORT, read-only denial) */
    const virXDRStruct *args; /* NULL: no arguments */
    const virXDRStruct *ret;  /* NULL: void return; for MESSAGE: the body */
    unsigned int flags;       /* virNetProcedureFlags */
};

typedef struct _virNetProgramDef virNetProgramDef;
struct _virNetProgramDef {
    const char *name; /* "REMOTE", "KEEPALIVE", ... */
    uint32_t prog;
    uint32_t vers;
    const virNetProcedure *procs; /* sorted by @proc */
    size_t nprocs;
};

/*
 * virNetProgramDefLookup:
 * @def: a program table
 * @proc: a procedure number
 *
 * Returns the procedure's entry (binary search), or NULL if @def has no
 * such procedure.
 */
const virNetProcedure *virNetProgramDefLookup(const virNetProgramDef *def, int proc);

/* The generated tables (remote_protocol.c). */
extern const virNetProgramDef remoteProgramDef;
extern const virNetProgramDef keepaliveProgramDef;
