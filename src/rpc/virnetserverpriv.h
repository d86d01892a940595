/*
 * virnetserverpriv.h: declarations shared by the server's own files
 * (virnetserver.c, virnetserverclient.c, virnetserverprogram.c,
 * virnetserverpool.c, virnetserverstream.c)
 *
 * Threads: the main loop thread (the caller of virNetServerRun) does all
 * accepting, reading, timers and closing; workers run handlers and stream
 * callbacks. Replies are written by whichever thread queues them while
 * holding the client lock (non-blocking writes only), the rest by the
 * main loop. Lock order: never hold the server lock and a client lock
 * together; a stream has no lock of its own (its client's lock guards it).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#ifndef VIR_NETSERVERPRIV_H_ALLOW
# error "virnetserverpriv.h is private to the RPC server"
#endif

#include <glib.h>

#include "virnetserver.h"

/* How long virNetServerRun waits for in-flight calls when quitting. */
#define VIR_NET_SERVER_QUIT_WAIT_MS 5000

/* Stream data frames a client may have queued before StreamSend blocks. */
#define VIR_NET_SERVER_STREAM_TX_MAX 4

/* ---- worker pool (virnetserverpool.c) ---- */

typedef struct _virNetServerPool virNetServerPool;

/* Runs one job on a worker; owns @job. */
typedef void (*virNetServerPoolJobFunc)(void *job, void *opaque);

/*
 * virNetServerPoolNew:
 * @minWorkers: ordinary workers started at once and always kept
 * @maxWorkers: at most this many ordinary workers (started on demand)
 * @prioWorkers: workers that only run priority jobs
 * @func: runs a job
 * @opaque: passed to @func
 * Returns a new pool (never NULL; a worker that cannot be started is
 * logged, and the pool keeps at least one ordinary worker or runs jobs
 * as it can).
 */
virNetServerPool *virNetServerPoolNew(unsigned int minWorkers,
                                      unsigned int maxWorkers,
                                      unsigned int prioWorkers,
                                      virNetServerPoolJobFunc func,
                                      void *opaque);

/*
 * virNetServerPoolSubmit:
 * Queues @job (ownership passes to the pool). A @priority job can run on
 * a priority worker or an ordinary one; other jobs only on ordinary
 * workers, started on demand up to the maximum.
 */
void virNetServerPoolSubmit(virNetServerPool *pool, void *job, bool priority);

/*
 * virNetServerPoolRunHere:
 * Runs @job in the calling thread with the pool's job function, as a
 * worker would (for inline priority calls).
 */
void virNetServerPoolRunHere(virNetServerPool *pool, void *job);

/* Number of started ordinary / priority workers (for tests). */
size_t virNetServerPoolWorkerCount(virNetServerPool *pool, bool priority);

/*
 * virNetServerPoolFree:
 * Lets the workers run every queued job, then stops and joins them and
 * frees @pool. NULL is a no-op.
 */
void virNetServerPoolFree(virNetServerPool *pool);

/* ---- jobs ---- */

typedef struct _virNetServerJob virNetServerJob;
struct _virNetServerJob {
    virNetServerClient *client; /* a reference */
    virNetMessage *msg;         /* the CALL (owned), or NULL for a stream job */
    /* the call's program and procedure, looked up once when the frame
     * arrived (NULL: unknown; the worker reports it) */
    virNetServerProgram *prog;
    const virNetProcedure *proc;
    virNetServerStream *stream; /* a reference, for a stream job */
    GArray *replyFds;           /* int: fds a handler attached to its reply (owned) */
    GPtrArray *streams;         /* virNetServerStream * references: streams the
                                 * handler opened, activated after the reply */
};

/* Frees @job, dropping its references and closing its fds. NULL is a no-op. */
void virNetServerJobFree(virNetServerJob *job);

/* The job the calling worker runs, or NULL (not in a handler). */
virNetServerJob *virNetServerCurrentJob(void);

/* ---- server (virnetserver.c) ---- */

/* The server's main context (the clients attach their sources to it). */
GMainContext *virNetServerGetContext(virNetServer *srv);
/* The server's configuration (immutable). */
const virNetServerConfig *virNetServerGetConfig(virNetServer *srv);
/* true once virNetServerRun is winding down: clients are not read any more. */
bool virNetServerIsQuitting(virNetServer *srv);
/* The program for @prog/@vers or NULL (programs are fixed before Run). */
virNetServerProgram *virNetServerFindProgram(virNetServer *srv, uint32_t prog, uint32_t vers);
/* Queues @job (owned) on the worker pool. */
void virNetServerSubmitJob(virNetServer *srv, virNetServerJob *job, bool priority);
/* A closed client leaves the list (drops the list's reference). */
void virNetServerRemoveClient(virNetServer *srv, virNetServerClient *client);
/* Makes the per-client data of a new client; *@privFree gets its destructor. */
void *virNetServerNewClientPriv(virNetServer *srv,
                                virNetServerClient *client,
                                virNetServerClientPrivFree *privFree);

/*
 * virNetServerAddClientFull:
 * Main loop (or before Run): makes a client of the connected
 * non-blocking @fd (owned: closed on failure), with @npending bytes of
 * @pending (copied; may be NULL) read before its socket, and server
 * pinging armed when @keepalive. Returns the client (borrowed: the
 * server's list holds it), or NULL when max_clients is reached (no
 * error reported).
 */
virNetServerClient *virNetServerAddClientFull(virNetServer *srv,
                                              int fd,
                                              bool readonly,
                                              bool isUnix,
                                              const char *pending,
                                              size_t npending,
                                              bool keepalive);

/* ---- handoff (virnetserverhandoff.c) ---- */

/* Main loop: serves the new control connection @fd (owned) of @srv. */
void virNetServerHandoffAccept(virNetServer *srv, int fd);

/* ---- programs (virnetserverprogram.c) ---- */

bool virNetServerProgramMatches(virNetServerProgram *prog, uint32_t progNum, uint32_t vers);

/*
 * virNetServerDispatchMessage:
 * Main loop: handles one complete incoming @msg (owned) of @client:
 * keepalive, calls (to the pool), stream frames. Returns 0, or -1 to
 * drop the client.
 */
int virNetServerDispatchMessage(virNetServer *srv, virNetServerClient *client, virNetMessage *msg);
/* Worker: runs the call of @job and queues its reply. */
void virNetServerDispatchCall(virNetServer *srv, virNetServerJob *job);

/* ---- clients (virnetserverclient.c) ---- */

/*
 * virNetServerClientNew:
 * Wraps the accepted non-blocking @fd (owned) of server @srv.
 * Returns a new client with one reference (the caller's).
 */
virNetServerClient *virNetServerClientNew(virNetServer *srv, int fd, bool readonly, bool isUnix);
/*
 * virNetServerClientSetPending:
 * Before virNetServerClientAttach: @n bytes of @data (copied) that the
 * client sent before it was handed to this server; they are read, as
 * frames, before anything from the socket.
 */
void virNetServerClientSetPending(virNetServerClient *client, const char *data, size_t n);
/* Main loop: starts watching the client's socket on the server's context. */
void virNetServerClientAttach(virNetServerClient *client);
/*
 * virNetServerClientCloseNow:
 * Closes the socket, drops everything queued, aborts the streams and
 * removes the client from the server. Main loop thread (or any thread
 * once the loop stopped); the caller holds a reference.
 */
void virNetServerClientCloseNow(virNetServerClient *client);
/* true when the client has no call in flight and nothing left to write. */
bool virNetServerClientIsIdle(virNetServerClient *client);
/* true once the client is closed or closing. */
bool virNetServerClientIsClosed(virNetServerClient *client);

/*
 * virNetServerClientQueueMessage:
 * Queues @msg (owned, encoded) for writing: written at once when nothing
 * else is queued, else by the main loop. Returns 0, or -1 if the client
 * is closed (@msg freed).
 */
int virNetServerClientQueueMessage(virNetServerClient *client, virNetMessage *msg);
/* Encodes and queues a KEEPALIVE frame @proc (PING 1, PONG 2). */
void virNetServerClientSendKeepAlive(virNetServerClient *client, int proc);

void virNetServerClientLock(virNetServerClient *client);
void virNetServerClientUnlock(virNetServerClient *client);
/* Wakes the main loop to look at the client again. */
void virNetServerClientWake(virNetServerClient *client);
/*
 * Client lock held: like virNetServerClientQueueMessage; returns whether
 * the caller must call virNetServerClientWake() after unlocking.
 */
bool virNetServerClientQueueMessageLocked(virNetServerClient *client, virNetMessage *msg);
bool virNetServerClientIsClosedLocked(virNetServerClient *client);
/* Client lock held: counts a frame that still needs processing (pauses reading at the limit). */
void virNetServerClientAddRequestLocked(virNetServerClient *client);
/* A counted frame was processed: reading may resume. */
void virNetServerClientDropRequest(virNetServerClient *client);
/* Client lock held: the list of open streams (virNetServerStream *, a reference each). */
GList **virNetServerClientStreamsLocked(virNetServerClient *client);
/* Client lock held: waits for room in the stream window; false if the client closed. */
bool virNetServerClientWaitStreamRoomLocked(virNetServerClient *client);
/* Client lock held: wakes every thread waiting for stream room. */
void virNetServerClientBroadcastLocked(virNetServerClient *client);

/* ---- streams (virnetserverstream.c) ---- */

/*
 * virNetServerStreamRoute:
 * Main loop: hands the STREAM frame @msg (owned) to the stream of its
 * serial, or drops it when there is none (a stream that already ended).
 */
void virNetServerStreamRoute(virNetServer *srv, virNetServerClient *client, virNetMessage *msg);
/* Worker: feeds the queued frames of @job's stream to its recv callback. */
void virNetServerStreamRunJob(virNetServer *srv, virNetServerJob *job);
/*
 * After the opening call's reply is queued (@ok) or its error reply
 * (!@ok): releases the held-back frames and lets @recv see what arrived,
 * or ends the stream silently (nothing reaches @recv).
 */
void virNetServerStreamActivate(virNetServer *srv, virNetServerStream *st, bool ok);
/* The client closed: each stream of @streams (list references, consumed) is aborted. */
void virNetServerStreamAbortAll(virNetServer *srv, virNetServerClient *client, GList *streams);
void virNetServerStreamRef(virNetServerStream *st);
void virNetServerStreamUnref(virNetServerStream *st);
