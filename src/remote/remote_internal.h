/*
 * remote_internal.h: what the client helper's remote files share
 *
 * remote_driver.c owns the connection's private data; remote_events.c
 * and remote_stream.c reach the parts they need through these calls.
 * (The object families use remote_driver_priv.h.)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "datatypes.h"
#include "virnetclient.h"
#include "virnetmessage.h"
#include "virnetprotocol.h"
#include "virobjectevent.h"

typedef struct _remoteEvents remoteEvents;

/* The event families a remote connection registers for. */
typedef enum {
    REMOTE_EVENT_DOMAIN = 0,
    REMOTE_EVENT_NETWORK,
    REMOTE_EVENT_POOL,
    REMOTE_EVENT_SECRET,
    REMOTE_EVENT_LAST
} remoteEventFamily;

/* ---- remote_driver.c ---- */

/* The connection's RPC client (borrowed; valid while @conn is open). */
virNetClient *remoteConnGetClient(virConnect *conn);

/* The connection's event bookkeeping (borrowed; valid while @conn is open). */
remoteEvents *remoteConnGetEvents(virConnect *conn);

/* ---- remote_events.c ---- */

/*
 * remoteEventsNew:
 * @serverCallbacks: the server answered 1 to REMOTE_EVENT_CALLBACK (14),
 *                   so it takes 316/317 and sends callback-style events
 * Returns new, empty bookkeeping (never NULL).
 */
remoteEvents *remoteEventsNew(bool serverCallbacks);

/* Frees @ev (no callback may be registered any more); NULL is fine. */
void remoteEventsFree(remoteEvents *ev);

/*
 * remoteEventsHandleMessage:
 * @ev: the connection's bookkeeping
 * @p: the event procedure (flag VIR_NET_PROC_MESSAGE) of @msg
 * @msg: the MESSAGE frame (borrowed)
 *
 * Runs on the client's I/O thread: decodes the event, finds the
 * registration its callbackID belongs to and queues the event there, to
 * be delivered by the application's event loop. Unknown or undecodable
 * events are dropped (debug log).
 */
void remoteEventsHandleMessage(remoteEvents *ev, const virNetProcedure *p, virNetMessage *msg);

/* Fills the event registration fields of the remote driver tables. */
void remoteEventsDriverInit(virHypervisorDriver *hv,
                            virNetworkDriver *net,
                            virStorageDriver *storage,
                            virSecretDriver *secret);

/* ---- remote_events_build.c ---- */

/* Makes the local event of a decoded event body; NULL with an error. */
typedef virObjectEvent *(*remoteEventBuildFunc)(const void *body);

/* One callback-style event message. */
typedef struct _remoteEventDesc remoteEventDesc;
struct _remoteEventDesc {
    int proc;                 /* its REMOTE_PROC_* */
    remoteEventFamily family; /* the registration family it answers */
    int eventID;              /* the event ID within the family */
    remoteEventBuildFunc build;
};

/* Returns the description of event procedure @proc, or NULL (unsupported). */
const remoteEventDesc *remoteEventDescLookup(int proc);

/*
 * remoteEventSecretClass:
 * The event class of secret events (borrowed), for registering callbacks
 * in a virObjectEventState; NULL with an error if it cannot be created.
 */
virClass *remoteEventSecretClass(void);
