/*
 * remote_dispatch_priv.h: what the REMOTE dispatcher's files share
 *
 * remote_dispatch.c owns the per-client data (the client's connection,
 * its event registrations) and the handshake; remote_dispatch_*.c hold
 * the handlers of one API family each and export their handler tables,
 * which remoteDispatchProgramNew() joins into the program.
 *
 * Every handler follows libvirtd: take the client's connection, turn the
 * wire references into handles (remote_objects.h), call the public API,
 * fill the return struct with g_malloc'd data, drop the handles. A failed
 * API call leaves its last error, which the server sends as the reply.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#ifndef VIR_REMOTE_DISPATCH_PRIV_H_ALLOW
# error "remote_dispatch_priv.h may only be included by the dispatcher and its tests"
#endif

#include <glib.h>

#include "datatypes.h"
#include "remote_dispatch.h"
#include "remote_objects.h"
#include "remote_protocol.h"

/*
 * The parameter list every handler has (virNetServerProcFunc); the
 * handlers cast @args and @ret to their generated structs.
 */
#define REMOTE_DISPATCH_PARAMS                                                                     \
 virNetServer *srv G_GNUC_UNUSED, virNetServerClient *client G_GNUC_UNUSED,                        \
     virNetMessage *msg G_GNUC_UNUSED, void *args G_GNUC_UNUSED, void *ret G_GNUC_UNUSED

/* Kinds of event registrations a client holds. */
typedef enum {
    REMOTE_DISPATCH_EVENT_DOMAIN = 0,
    REMOTE_DISPATCH_EVENT_NETWORK,
    REMOTE_DISPATCH_EVENT_STORAGE_POOL,
    REMOTE_DISPATCH_EVENT_SECRET,

    REMOTE_DISPATCH_EVENT_LAST
} remoteDispatchEventKind;

/*
 * The part of a client that event callbacks reach. Callbacks run on the
 * event loop thread and may outlive the client: each holds a reference on
 * this target, and the client clears @client (under @lock) before it goes,
 * after which callbacks send nothing.
 */
typedef struct _remoteDispatchEventTarget remoteDispatchEventTarget;
struct _remoteDispatchEventTarget {
    gint refs;                  /* atomic */
    GMutex lock;                /* guards @client */
    virNetServerClient *client; /* NULL once the client is gone */
};

/* One event registration of a client. */
typedef struct _remoteDispatchEventReg remoteDispatchEventReg;
struct _remoteDispatchEventReg {
    remoteDispatchEventKind kind;
    int callbackID; /* the ID given to the client */
    int localID;    /* the registration on the client's connection */
};

/* The per-client data (virNetServerClientGetPrivateData). */
typedef struct _remoteDispatchClient remoteDispatchClient;
struct _remoteDispatchClient {
    GMutex lock;                       /* guards everything below */
    virNetServerClient *client;        /* the server's client (borrowed) */
    virConnect *conn;                  /* NULL until CONNECT_OPEN, and after CLOSE */
    bool keepalive;                    /* the client asked feature 10 */
    bool closeCallback;                /* CONNECT_REGISTER_CLOSE_CALLBACK done */
    remoteDispatchEventTarget *target; /* for event callbacks (one reference) */
    GArray *events;                    /* remoteDispatchEventReg, registration order */
    int nextCallbackID;                /* the next callbackID handed out (0, 1, 2, ...) */
};

/* A handler table of one family. */
typedef struct _remoteDispatchHandlerTable remoteDispatchHandlerTable;
struct _remoteDispatchHandlerTable {
    const virNetServerProcHandler *handlers;
    size_t nhandlers;
};

/* The family tables (each file's handlers; static data). */
extern const remoteDispatchHandlerTable remoteDispatchConnectTable;     /* _connect.c */
extern const remoteDispatchHandlerTable remoteDispatchDomainTable;      /* _domain.c */
extern const remoteDispatchHandlerTable remoteDispatchDomainExtraTable; /* _domain_extra.c */
extern const remoteDispatchHandlerTable remoteDispatchNetworkTable;     /* _network.c */
extern const remoteDispatchHandlerTable remoteDispatchStorageTable;     /* _storage.c */
extern const remoteDispatchHandlerTable remoteDispatchSecretTable;      /* _secret.c */
extern const remoteDispatchHandlerTable remoteDispatchEventsTable;      /* _events.c */
extern const remoteDispatchHandlerTable remoteDispatchStreamTable;      /* _stream.c */

/*
 * remoteDispatchGetConn:
 * @client: the calling client
 *
 * Returns a new reference on the client's connection, or NULL with
 * VIR_ERR_INTERNAL_ERROR "hypervisor connection not open" reported.
 */
virConnect *remoteDispatchGetConn(virNetServerClient *client);

/*
 * remoteDispatchCheckMax:
 * @value: a count the client asked for (maxnames, maxids, ...)
 * @max: the protocol's limit
 * @field: the argument's name ("maxnames")
 * @maxName: the limit's name ("REMOTE_DOMAIN_LIST_MAX")
 *
 * Returns 0 if 0 <= @value <= @max, else -1 with libvirtd's VIR_ERR_RPC
 * error ("maxnames must be non-negative", "maxnames > REMOTE_..._MAX").
 */
int remoteDispatchCheckMax(int value, int max, const char *field, const char *maxName);

/*
 * remoteDispatchStringsToWire:
 * @wire: the array to fill (val: char **)
 * @names: @n strings owned by the caller (handed over: the array's
 *         strings are moved into @wire; the caller frees @names only)
 * @n: their number (>= 0)
 */
void remoteDispatchStringsToWire(virXDRArray *wire, char **names, int n);

/* A virConnectList*() function returning names (or UUID strings). */
typedef int (*remoteDispatchListNamesFunc)(virConnectPtr conn, char **names, int maxnames);

/*
 * remoteDispatchListNames:
 * @client: the calling client
 * @fn: the listing API
 * @maxnames, @max, @field, @maxName: the client's limit and its check
 *           (remoteDispatchCheckMax)
 * @wire: the return array to fill (char **)
 *
 * Returns 0, or -1 with an error.
 */
int remoteDispatchListNames(virNetServerClient *client,
                            remoteDispatchListNamesFunc fn,
                            int maxnames,
                            int max,
                            const char *field,
                            const char *maxName,
                            virXDRArray *wire);

/* Fills the wire element @elem (zeroed) from the handle @obj. */
typedef void (*remoteDispatchToWireFunc)(void *elem, void *obj);

/*
 * remoteDispatchHandleToWire:
 * @wire: the return struct's object to fill
 * @obj: the handle an API returned (taken: unreffed), NULL when it failed
 * @toWire: fills @wire from @obj
 *
 * Returns 0, or -1 (the API's error stays) when @obj is NULL.
 */
int remoteDispatchHandleToWire(void *wire, void *obj, remoteDispatchToWireFunc toWire);

/*
 * remoteDispatchHandlesToWire:
 * @wire: the return array to fill (an array of @elemSize elements)
 * @handles: the virConnectListAll*() result (an array of @n handles, or
 *           NULL when the client did not ask for results); taken: every
 *           handle is unreffed and the array freed, also on error
 * @n: the API's result (>= 0)
 * @max: the protocol's limit (REMOTE_DOMAIN_LIST_MAX, ...)
 * @what: the objects' name in the error ("domains", "storage_pools")
 * @elemSize: the size of one wire element
 * @toWire: fills one element from one handle
 *
 * Returns 0, or -1 with VIR_ERR_INTERNAL_ERROR "Too many @what '@n' for
 * limit '@max'" when @n > @max.
 */
int remoteDispatchHandlesToWire(virXDRArray *wire,
                                void *handles,
                                int n,
                                int max,
                                const char *what,
                                size_t elemSize,
                                remoteDispatchToWireFunc toWire);

/*
 * remoteDispatchGetDomain / GetNetwork / GetStoragePool / GetStorageVol /
 * GetSecret / GetSnapshot:
 * Return a new handle on the client's connection for the wire reference
 * (the handle holds the connection), or NULL with an error.
 */
virDomain *remoteDispatchGetDomain(virNetServerClient *client, const remote_nonnull_domain *d);
virNetwork *remoteDispatchGetNetwork(virNetServerClient *client, const remote_nonnull_network *n);
virStoragePool *remoteDispatchGetStoragePool(virNetServerClient *client,
                                             const remote_nonnull_storage_pool *p);
virStorageVol *remoteDispatchGetStorageVol(virNetServerClient *client,
                                           const remote_nonnull_storage_vol *v);
virSecret *remoteDispatchGetSecret(virNetServerClient *client, const remote_nonnull_secret *s);
virDomainSnapshot *remoteDispatchGetSnapshot(virNetServerClient *client,
                                             const remote_nonnull_domain_snapshot *s);

/*
 * remoteDispatchDomainVoid / remoteDispatchDomainVoidFlags:
 * Run @fn (virDomainSuspend, virDomainReboot, ...) on the domain @d of
 * the client's connection. Return 0, or -1 with the API's error.
 */
int remoteDispatchDomainVoid(virNetServerClient *client,
                             const remote_nonnull_domain *d,
                             int (*fn)(virDomainPtr dom));
int remoteDispatchDomainVoidFlags(virNetServerClient *client,
                                  const remote_nonnull_domain *d,
                                  unsigned int flags,
                                  int (*fn)(virDomainPtr dom, unsigned int flags));

/*
 * remoteDispatchEventsDeregisterAll:
 * @priv: the client's data, whose lock the caller does NOT hold
 *
 * Deregisters every event registration of the client from @conn (the
 * client's connection, borrowed) and forgets them. Used by CONNECT_CLOSE
 * and when the client goes.
 */
void remoteDispatchEventsDeregisterAll(remoteDispatchClient *priv, virConnect *conn);

/*
 * remoteDispatchEventTargetUnref:
 * Drops a reference on @target, freeing it with the last one. NULL is a
 * no-op.
 */
void remoteDispatchEventTargetUnref(remoteDispatchEventTarget *target);
