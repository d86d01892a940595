/*
 * datatypes.h: the objects behind the public handles
 *
 * virConnect, virDomain, virNetwork, virStoragePool, virStorageVol,
 * virSecret, virDomainSnapshot and virStream are virObject subclasses. The
 * public API only sees opaque pointers; drivers see the structs below and
 * read their fields directly, as libvirt's drivers do (dom->name,
 * conn->privateData). Handles are cheap: every lookup makes a new one, and
 * two handles for the same domain are equal in name and UUID, not in
 * address. A handle holds a reference on its connection (a snapshot on its
 * domain, which holds one on the connection), so a connection lives until
 * its last handle is freed.
 *
 * The check functions implement libvirt's object checks: a NULL, freed or
 * wrong-class pointer, or one whose connection is invalid, is reported as
 * VIR_ERR_INVALID_CONN / _DOMAIN / _NETWORK / ... with the calling
 * function's name as detail.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stddef.h>

#include "internal.h"
#include "virdriver.h"
#include "virerror.h"
#include "virobject.h"
#include "viruri.h"

/* A connection to a driver. */
struct _virConnect {
    virObjectLockable parent; /* the lock guards @err, @handler, @userData */
    unsigned int flags;       /* VIR_CONNECT_RO or 0; fixed before connectOpen */
    /* the parsed URI (path never NULL), or NULL when opened without one;
     * a driver's connectOpen may set it then; fixed once open */
    virURI *uri;
    /* the driver tables serving this connection, set by the open sequence;
     * fixed once open; the family tables may be NULL */
    virHypervisorDriver *driver;
    virNetworkDriver *networkDriver;
    virStorageDriver *storageDriver;
    virSecretDriver *secretDriver;
    void *privateData; /* the driver's state: set by connectOpen, freed by connectClose */

    virError err;         /* last error of a call on this connection (virConnGetLastError) */
    virErrorFunc handler; /* virConnSetErrorFunc() callback, or NULL */
    void *userData;       /* its opaque data */
};

/* A domain handle. */
struct _virDomain {
    virObject parent;
    virConnect *conn; /* reference held */
    char *name;       /* owned */
    int id;           /* -1 while inactive; the driver sets it on handles it returns */
    unsigned char uuid[VIR_UUID_BUFLEN];
};

/* A network handle. */
struct _virNetwork {
    virObject parent;
    virConnect *conn; /* reference held */
    char *name;       /* owned */
    unsigned char uuid[VIR_UUID_BUFLEN];
};

/* A storage pool handle. */
struct _virStoragePool {
    virObject parent;
    virConnect *conn; /* reference held */
    char *name;       /* owned */
    unsigned char uuid[VIR_UUID_BUFLEN];
    void *privateData;                   /* the driver's, or NULL */
    virFreeCallback privateDataFreeFunc; /* frees @privateData with the handle, or NULL */
};

/* A storage volume handle. */
struct _virStorageVol {
    virObject parent;
    virConnect *conn;                    /* reference held */
    char *pool;                          /* name of the pool, owned */
    char *name;                          /* owned */
    char *key;                           /* unique key (usually the path), owned */
    void *privateData;                   /* the driver's, or NULL */
    virFreeCallback privateDataFreeFunc; /* frees @privateData with the handle, or NULL */
};

/* A secret handle. */
struct _virSecret {
    virObject parent;
    virConnect *conn; /* reference held */
    unsigned char uuid[VIR_UUID_BUFLEN];
    int usageType; /* a virSecretUsageType */
    char *usageID; /* owned; "" for VIR_SECRET_USAGE_TYPE_NONE */
};

/* A domain snapshot handle. */
struct _virDomainSnapshot {
    virObject parent;
    char *name;        /* owned */
    virDomain *domain; /* reference held */
};

/* A data stream. */
struct _virStream {
    virObjectLockable parent; /* the lock guards nothing yet; for drivers */
    virConnect *conn;         /* reference held */
    unsigned int flags;       /* virStreamFlags */
    /* set by the API call that attaches the stream; NULL until then */
    virStreamDriver *driver;
    void *privateData;  /* the driver's */
    virFreeCallback ff; /* frees @privateData with the stream, or NULL */
};

/*
 * virGetConnect:
 *
 * Returns a new, unopened connection (one reference, no driver), or NULL
 * with an error reported if the class cannot be created. Used by the
 * open sequence.
 */
virConnect *virGetConnect(void);

/*
 * virGetDomain / virGetNetwork / virGetStoragePool / virGetStorageVol /
 * virGetSecret / virGetDomainSnapshot / virGetStream:
 *
 * Handle constructors for drivers. The strings and the UUID are copied;
 * the handle takes a reference on @conn (@domain for a snapshot). For
 * pools and volumes, @privateData is handed over and freed with the
 * handle by @freeFunc (may be NULL). A NULL @usageID of a secret is
 * stored as "".
 *
 * Each returns a new reference, or NULL with VIR_ERR_INVALID_CONN (bad
 * @conn), VIR_ERR_INVALID_DOMAIN (bad @domain) or VIR_ERR_INVALID_ARG (a
 * NULL name, UUID, pool or key) reported.
 */
virDomain *virGetDomain(virConnect *conn, const char *name, const unsigned char *uuid, int id);
virNetwork *virGetNetwork(virConnect *conn, const char *name, const unsigned char *uuid);
virStoragePool *virGetStoragePool(virConnect *conn,
                                  const char *name,
                                  const unsigned char *uuid,
                                  void *privateData,
                                  virFreeCallback freeFunc);
virStorageVol *virGetStorageVol(virConnect *conn,
                                const char *pool,
                                const char *name,
                                const char *key,
                                void *privateData,
                                virFreeCallback freeFunc);
virSecret *
virGetSecret(virConnect *conn, const unsigned char *uuid, int usageType, const char *usageID);
virDomainSnapshot *virGetDomainSnapshot(virDomain *domain, const char *name);
virStream *virGetStream(virConnect *conn);

/*
 * virObjectIsConnect / virObjectIsDomain / ...:
 * @obj: any pointer, may be NULL
 *
 * Return true if @obj is a live object of that class (whatever its
 * connection's state). Report nothing.
 */
bool virObjectIsConnect(void *obj);
bool virObjectIsDomain(void *obj);
bool virObjectIsNetwork(void *obj);
bool virObjectIsStoragePool(void *obj);
bool virObjectIsStorageVol(void *obj);
bool virObjectIsSecret(void *obj);
bool virObjectIsDomainSnapshot(void *obj);
bool virObjectIsStream(void *obj);

/*
 * Object checks of the public entry points.
 *
 * virCheckXxxFull checks that @obj is a valid object of its class whose
 * connection (for a snapshot: whose domain and its connection) is valid.
 * On failure it reports the class's VIR_ERR_INVALID_* error with
 * @funcname as detail, in libvirt's error domain for that check (the
 * caller's @domain for connections; VIR_FROM_DOM, VIR_FROM_NETWORK,
 * VIR_FROM_STORAGE, VIR_FROM_SECRET, VIR_FROM_DOMAIN_SNAPSHOT and
 * VIR_FROM_STREAMS for the others) and, when @dispatch is true, runs
 * virDispatchError(NULL): an invalid object has no connection to copy the
 * error into. Returns true if the object is valid.
 *
 * virCheckXxx(obj) is the form for the object an entry point works on (it
 * dispatches); virCheckXxxArg(obj) the form for further object arguments,
 * whose caller goes on to dispatch against its own connection.
 */
bool virCheckConnectFull(virConnect *conn,
                         bool dispatch,
                         int domain,
                         const char *filename,
                         const char *funcname,
                         size_t linenr);
bool virCheckDomainFull(
    virDomain *dom, bool dispatch, const char *filename, const char *funcname, size_t linenr);
bool virCheckNetworkFull(
    virNetwork *net, bool dispatch, const char *filename, const char *funcname, size_t linenr);
bool virCheckStoragePoolFull(
    virStoragePool *pool, bool dispatch, const char *filename, const char *funcname, size_t linenr);
bool virCheckStorageVolFull(
    virStorageVol *vol, bool dispatch, const char *filename, const char *funcname, size_t linenr);
bool virCheckSecretFull(
    virSecret *secret, bool dispatch, const char *filename, const char *funcname, size_t linenr);
bool virCheckDomainSnapshotFull(virDomainSnapshot *snapshot,
                                bool dispatch,
                                const char *filename,
                                const char *funcname,
                                size_t linenr);
bool virCheckStreamFull(
    virStream *st, bool dispatch, const char *filename, const char *funcname, size_t linenr);

#define VIR_CHECK_WHERE __FILE__, __func__, __LINE__

#define virCheckConnect(obj) virCheckConnectFull(obj, true, VIR_FROM_THIS, VIR_CHECK_WHERE)
#define virCheckConnectArg(obj) virCheckConnectFull(obj, false, VIR_FROM_THIS, VIR_CHECK_WHERE)
#define virCheckDomain(obj) virCheckDomainFull(obj, true, VIR_CHECK_WHERE)
#define virCheckDomainArg(obj) virCheckDomainFull(obj, false, VIR_CHECK_WHERE)
#define virCheckNetwork(obj) virCheckNetworkFull(obj, true, VIR_CHECK_WHERE)
#define virCheckNetworkArg(obj) virCheckNetworkFull(obj, false, VIR_CHECK_WHERE)
#define virCheckStoragePool(obj) virCheckStoragePoolFull(obj, true, VIR_CHECK_WHERE)
#define virCheckStoragePoolArg(obj) virCheckStoragePoolFull(obj, false, VIR_CHECK_WHERE)
#define virCheckStorageVol(obj) virCheckStorageVolFull(obj, true, VIR_CHECK_WHERE)
#define virCheckStorageVolArg(obj) virCheckStorageVolFull(obj, false, VIR_CHECK_WHERE)
#define virCheckSecret(obj) virCheckSecretFull(obj, true, VIR_CHECK_WHERE)
#define virCheckSecretArg(obj) virCheckSecretFull(obj, false, VIR_CHECK_WHERE)
#define virCheckDomainSnapshot(obj) virCheckDomainSnapshotFull(obj, true, VIR_CHECK_WHERE)
#define virCheckDomainSnapshotArg(obj) virCheckDomainSnapshotFull(obj, false, VIR_CHECK_WHERE)
#define virCheckStream(obj) virCheckStreamFull(obj, true, VIR_CHECK_WHERE)
#define virCheckStreamArg(obj) virCheckStreamFull(obj, false, VIR_CHECK_WHERE)

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virConnect, virObjectUnref);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomain, virObjectUnref);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virNetwork, virObjectUnref);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virStoragePool, virObjectUnref);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virStorageVol, virObjectUnref);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virSecret, virObjectUnref);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainSnapshot, virObjectUnref);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virStream, virObjectUnref);
