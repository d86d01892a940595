/*
 * virnetserver.h: the RPC server: listeners, clients, workers, keepalive
 *
 * One GLib main loop thread (the caller of virNetServerRun) does all
 * socket I/O and timers. Complete CALL frames go to a worker pool:
 * @max_workers threads for ordinary procedures (started on demand, at
 * least @min_workers kept), plus @prio_workers threads that only run
 * procedures flagged VIR_NET_PROC_PRIORITY, so those never wait behind
 * slow ones. A worker decodes the arguments with the procedure table,
 * runs the program's handler, encodes the return (or the error) and
 * queues the reply; the main loop writes it.
 *
 * The server itself answers, without any handler:
 *   - KEEPALIVE PING with PONG (any time, even before CONNECT_OPEN);
 *     after virNetServerClientStartKeepAlive() it also pings an idle
 *     client every keepalive_interval seconds and drops it after
 *     keepalive_count unanswered pings;
 *   - unknown program / version: error reply VIR_ERR_RPC, VIR_FROM_RPC,
 *     "Cannot find program P version V"; unknown procedure, or an event
 *     (MESSAGE-only) procedure: "unknown procedure: N"; undecodable
 *     arguments: "Unable to decode message payload"; a CALL whose status
 *     is not OK: "Unexpected message status N" (connection kept);
 *   - before virNetServerClientSetOpened(): any procedure not flagged
 *     VIR_NET_PROC_PREOPEN, of any program but ADMIN (REMOTE, QEMU, LXC),
 *     gets VIR_ERR_INTERNAL_ERROR, VIR_FROM_RPC "internal error:
 *     hypervisor connection not open";
 *   - on a read-only client, any procedure not flagged
 *     VIR_NET_PROC_READONLY gets VIR_ERR_OPERATION_DENIED "operation
 *     forbidden: read only access prevents virXxx" in the domain of the
 *     API (virDomain*, virConnect*Domain* -> VIR_FROM_DOMAIN; Network,
 *     Storage, Secret, NodeDevice, Interface, NWFilter alike; else
 *     VIR_FROM_NONE);
 *   - a frame length under 28 or over the limit, or a client over
 *     max_client_requests queued calls: that client alone is dropped
 *     (over the limit, reading pauses instead until replies go out).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <sys/types.h>

#include "virnetmessage.h"
#include "virnetprotocol.h"

typedef struct _virNetServer virNetServer;
typedef struct _virNetServerClient virNetServerClient;
typedef struct _virNetServerProgram virNetServerProgram;

typedef struct _virNetServerConfig virNetServerConfig;
struct _virNetServerConfig {
    unsigned int minWorkers;        /* min_workers (libvirt default 5) */
    unsigned int maxWorkers;        /* max_workers (20) */
    unsigned int prioWorkers;       /* prio_workers (5) */
    unsigned int maxClients;        /* max_clients (5000) */
    unsigned int maxClientRequests; /* max_client_requests (5) */
    int keepaliveInterval;          /* keepalive_interval (5); -1 disables */
    unsigned int keepaliveCount;    /* keepalive_count (5) */
    /*
     * Run priority procedures on the main loop thread itself instead of
     * handing them to a priority worker: saves two thread wake-ups per
     * call. Only for drivers whose priority procedures never block (the
     * in-memory test driver); default false.
     */
    bool inlinePriority;
};

/* Fills @cfg with libvirt's defaults (above). */
void virNetServerConfigDefaults(virNetServerConfig *cfg);

/*
 * A procedure handler, run on a worker thread. @args is the decoded
 * argument struct (NULL for void), @ret a zeroed return struct (NULL for
 * void) that the handler fills with g_malloc'd data (the server encodes
 * then frees it with virXDRFree). @msg is the call (header, received
 * fds: a handler that keeps an fd sets msg->fds[i] = -1).
 * Returns 0 for a normal reply, or -1 with the thread's last error set
 * for an error reply.
 */
typedef int (*virNetServerProcFunc)(
    virNetServer *srv, virNetServerClient *client, virNetMessage *msg, void *args, void *ret);

typedef struct _virNetServerProcHandler virNetServerProcHandler;
struct _virNetServerProcHandler {
    int proc;
    virNetServerProcFunc func;
};

/*
 * virNetServerProgramNew:
 * @def: the procedure table (static)
 * @handlers: handlers (static), any order; a procedure of @def without a
 *            handler answers VIR_ERR_NO_SUPPORT ("this function is not
 *            supported by the connection driver: virXxx", the procedure's
 *            api name as libvirt words it, in the API's error domain)
 * @nhandlers: their number
 * Returns a new program (never NULL).
 */
virNetServerProgram *virNetServerProgramNew(const virNetProgramDef *def,
                                            const virNetServerProcHandler *handlers,
                                            size_t nhandlers);
void virNetServerProgramFree(virNetServerProgram *prog);

/*
 * Per-client data of the daemon (its connection to the driver, event
 * registrations): created when a client connects, freed (after the last
 * call of that client finished) when it goes.
 */
typedef void *(*virNetServerClientPrivNew)(virNetServerClient *client, void *opaque);
typedef void (*virNetServerClientPrivFree)(void *priv);

/*
 * virNetServerNew:
 * @name: a short name for logs ("virttestd")
 * @cfg: limits and pool sizes (copied)
 * @privNew, @privFree, @privOpaque: per-client data hooks (may be NULL)
 * Returns a new server, or NULL with an error.
 */
virNetServer *virNetServerNew(const char *name,
                              const virNetServerConfig *cfg,
                              virNetServerClientPrivNew privNew,
                              virNetServerClientPrivFree privFree,
                              void *privOpaque);

/* Stops everything, closes every client and listener, frees @srv. */
void virNetServerFree(virNetServer *srv);

/* Adds a program (ownership passes to @srv). Before virNetServerRun only. */
void virNetServerAddProgram(virNetServer *srv, virNetServerProgram *prog);

/*
 * virNetServerAddUNIXSocket:
 * @path: the socket path; a stale socket file is replaced
 * @mode: its permissions (unix_sock_rw_perms ...)
 * @gid: its group, or (gid_t)-1 to leave it
 * @readonly: clients of this socket are read-only
 * Returns 0, or -1 with a system error (the socket is not created).
 */
int virNetServerAddUNIXSocket(
    virNetServer *srv, const char *path, mode_t mode, gid_t gid, bool readonly);

/*
 * Proxy handoff. virtproxyd answers a client's AUTH_LIST and keepalive
 * probe itself, reads its CONNECT_OPEN, then passes the connected socket
 * to the backend daemon over that daemon's handoff control socket; the
 * backend owns the session from then on, as if it had accepted it.
 *
 * Control protocol, version 1 (docs/proxy.md, "Handoff: the control
 * protocol"): over a SOCK_STREAM UNIX socket (mode 0600; only peers of
 * uid 0 or the daemon's own uid are served), any number of messages in
 * a row, each:
 *
 *   offset size  field (integers are unsigned 32-bit big-endian)
 *   0      4     magic "MVHO"
 *   4      4     version: 1
 *   8      4     header length: 32 .. 256 (bytes after 32 are ignored)
 *   12     4     flags: 1 read-only, 2 keepalive already negotiated;
 *                any other bit is an error
 *   16     4     client uid as the proxy saw it (0xffffffff: unknown)
 *   20     4     client gid (likewise)
 *   24     4     client pid (likewise)
 *   28     4     pending length: at most 32 MiB + 4
 *   32..   ...   the rest of the header, then the pending bytes: frames
 *                the client sent that the proxy read and did not answer
 *                (its CONNECT_OPEN), possibly ending mid-frame; no frame
 *                carrying descriptors
 *
 * Exactly one descriptor (the client's connected stream socket) comes as
 * SCM_RIGHTS with the message's first byte. The daemon answers each
 * message with one big-endian u32 status (below). A bad magic, version,
 * header length, flags or pending length, or a descriptor anywhere else,
 * gets the status (where it can) and the control connection is closed;
 * other failures answer and keep it. A connection stalled 30 s
 * mid-message is dropped. The credentials are logged: the server takes
 * a UNIX client's identity from the socket itself (SO_PEERCRED of the
 * passed socket names the same client the proxy saw).
 */
#define VIR_NET_HANDOFF_MAGIC "MVHO"
#define VIR_NET_HANDOFF_VERSION 1
#define VIR_NET_HANDOFF_HEADER_LEN 32
#define VIR_NET_HANDOFF_HEADER_MAX 256
#define VIR_NET_HANDOFF_PENDING_MAX (VIR_NET_MESSAGE_MAX + VIR_NET_MESSAGE_LEN_MAX)
#define VIR_NET_HANDOFF_READONLY 0x1
#define VIR_NET_HANDOFF_KEEPALIVE 0x2

typedef enum {
    VIR_NET_HANDOFF_OK = 0,           /* adopted: the proxy forgets the client */
    VIR_NET_HANDOFF_ERR_PROTOCOL = 1, /* bad magic, header, flags or length */
    VIR_NET_HANDOFF_ERR_VERSION = 2,  /* unsupported version */
    VIR_NET_HANDOFF_ERR_NO_FD = 3,    /* no descriptor came with the message */
    VIR_NET_HANDOFF_ERR_REFUSED = 4,  /* not adopted (max_clients, not a socket) */
    VIR_NET_HANDOFF_ERR_SHUTDOWN = 5, /* the daemon is shutting down */
} virNetHandoffStatus;

/*
 * virNetServerAddHandoffSocket:
 * Listens for handoff control connections on @path (mode 0600, a stale
 * socket file replaced, removed when @srv is freed). Returns 0, or -1
 * with a system error.
 */
int virNetServerAddHandoffSocket(virNetServer *srv, const char *path);

/*
 * virNetServerAdoptClient:
 * @fd: a connected stream socket (ownership passes, also on failure)
 * @readonly: the client came in on a read-only socket
 * @keepaliveAsked: the client already negotiated keepalive (the proxy
 *                  answered SUPPORTS_FEATURE(10)): the server pings it
 * @pending, @npending: bytes the client sent that nobody answered yet
 *                      (copied); read, as frames, before the socket
 *
 * Makes a client exactly like an accepted one (max_clients, private
 * data). Main loop thread, or before virNetServerRun.
 * Returns 0, or -1 with an error (over max_clients, quitting, not a
 * stream socket, over VIR_NET_HANDOFF_PENDING_MAX bytes).
 */
int virNetServerAdoptClient(virNetServer *srv,
                            int fd,
                            bool readonly,
                            bool keepaliveAsked,
                            const char *pending,
                            size_t npending);

/*
 * virNetServerAddTCPSocket:
 * @addr: listen address ("127.0.0.1", "::1", "0.0.0.0" ...)
 * @port: port ("16509"; "0" picks one, see virNetServerGetTCPPort)
 * Returns 0, or -1 with an error.
 */
int virNetServerAddTCPSocket(virNetServer *srv, const char *addr, const char *port);

/* Returns the port the last TCP listener got (for port "0"), or -1. */
int virNetServerGetTCPPort(virNetServer *srv);

/*
 * virNetServerSetIdleTimeout:
 * Makes virNetServerRun return when no client has been connected for
 * @seconds (0: never), like libvirt's --timeout.
 */
void virNetServerSetIdleTimeout(virNetServer *srv, unsigned int seconds);

/*
 * virNetServerRun:
 * Runs the main loop in the calling thread until virNetServerQuit() (or
 * the idle timeout). Then stops accepting and reading, lets in-flight
 * calls finish and their replies go out (bounded to 5 seconds), closes
 * clients and returns 0. Call it once per server; virNetServerFree()
 * comes after it returned (Free waits for handlers still running).
 */
int virNetServerRun(virNetServer *srv);

/* Asks virNetServerRun to return; async-signal-safe (a self-pipe). */
void virNetServerQuit(virNetServer *srv);

/* Number of connected clients. */
size_t virNetServerClientCount(virNetServer *srv);

/* ---- clients (for handlers) ---- */

/*
 * virNetServerClientRef / virNetServerClientUnref:
 * A handler may use its @client freely while it runs. Code that keeps a
 * client beyond that (event callbacks registered by the daemon) takes a
 * reference, and drops it when done; a closed client stays valid (its
 * calls fail with -1) until its last reference goes, which also frees
 * its private data. Unref accepts NULL.
 */
void virNetServerClientRef(virNetServerClient *client);
void virNetServerClientUnref(virNetServerClient *client);

void *virNetServerClientGetPrivateData(virNetServerClient *client);
bool virNetServerClientIsReadonly(virNetServerClient *client);
/* The connection is open (CONNECT_OPEN done): REMOTE procedures allowed. */
void virNetServerClientSetOpened(virNetServerClient *client);
bool virNetServerClientIsOpened(virNetServerClient *client);
/* Peer credentials of a UNIX client; -1 on failure / TCP. */
int
virNetServerClientGetUNIXIdentity(virNetServerClient *client, uid_t *uid, gid_t *gid, pid_t *pid);
/* Arms server-side pinging of this client (after SUPPORTS_FEATURE(10)). */
void virNetServerClientStartKeepAlive(virNetServerClient *client);
/* Closes the client once the reply being prepared has been written
 * (CONNECT_CLOSE). */
void virNetServerClientDelayedClose(virNetServerClient *client);
/* Closes the client now (from any thread). */
void virNetServerClientClose(virNetServerClient *client);

/*
 * virNetServerClientAddReplyFD:
 * From the handler of the call @msg only: passes @fd (ownership passes,
 * also on failure, when it is closed) with the reply. A successful reply
 * with descriptors goes out as REPLY_WITH_FDS (fd count, ret, then each
 * fd by SCM_RIGHTS); an error reply never carries any.
 * Returns 0, or -1 (not the current handler's call, over 32 fds).
 */
int virNetServerClientAddReplyFD(virNetServerClient *client, virNetMessage *msg, int fd);

/*
 * virNetServerClientSendEvent:
 * Queues a MESSAGE frame (status OK, serial 1) of program @def, procedure
 * @proc with @body encoded by the procedure's description. Safe from any
 * thread (event callbacks). Returns 0, or -1 (client gone, encode error).
 */
int virNetServerClientSendEvent(virNetServerClient *client,
                                const virNetProgramDef *def,
                                int proc,
                                const void *body);

/*
 * Streams. A handler of a VIR_NET_PROC_STREAM procedure registers a
 * stream on the call's serial before returning 0; the server sends the
 * reply first (data the handler side sends before that is held back),
 * then routes STREAM frames of that serial to @recv (on a worker, one
 * frame at a time, in order) and lets the handler side send data with
 * virNetServerStreamSend. @recv never runs before the handler has
 * returned. If the handler returns -1 instead, the stream ends without
 * any frame and @recv is never called (the handler side still releases
 * its reference with virNetServerStreamFinish).
 *
 * Lifetime: virNetServerClientAddStream returns a reference owned by the
 * handler side, which releases it with virNetServerStreamFinish (always,
 * exactly once, even after the stream ended by itself). @freefn(@opaque)
 * runs once neither the server nor the handler side uses the stream any
 * more, on whichever thread drops the last reference.
 *
 * A stream ends when: the peer sends STREAM OK (@recv gets OK; the
 * server answers STREAM OK, or STREAM ERROR if @recv returned -1); the
 * peer aborts with STREAM ERROR (@recv gets ERROR, nothing is sent);
 * @recv returns -1 on data (STREAM ERROR sent); the handler side calls
 * virNetServerStreamFinish; or the client goes (@recv gets ERROR).
 * Frames arriving for an ended stream are dropped.
 */
typedef struct _virNetServerStream virNetServerStream;
/*
 * Called for each incoming STREAM frame of the stream: @status CONTINUE
 * with data (@len 0 = EOF), OK (finish), ERROR (abort, or the client is
 * gone). Returns 0, or -1 with an error (the server sends a STREAM ERROR
 * and ends the stream). STREAM_HOLE frames are refused with a STREAM
 * ERROR (then @recv gets ERROR).
 */
typedef int (*virNetServerStreamRecvFunc)(
    virNetServerStream *st, int status, const char *data, size_t len, void *opaque);
virNetServerStream *virNetServerClientAddStream(virNetServerClient *client,
                                                const virNetMessageHeader *call,
                                                virNetServerStreamRecvFunc recv,
                                                void *opaque,
                                                void (*freefn)(void *opaque));
/*
 * Queues STREAM CONTINUE data (@len 0: EOF) in chunks of at most
 * VIR_NET_MESSAGE_STREAM_CHUNK. Once the opening reply is out, blocks
 * while the client has 4 or more stream frames waiting to be written
 * (flow control). Returns 0, or -1 (stream ended, client gone).
 */
int virNetServerStreamSend(virNetServerStream *st, const char *data, size_t len);
/*
 * Sends STREAM OK (finish) or, with @error, a STREAM ERROR carrying the
 * thread's last error; the stream then ends. Releases the handler side's
 * reference: @st must not be used afterwards. Returns 0, or -1 when the
 * stream had already ended (nothing sent).
 */
int virNetServerStreamFinish(virNetServerStream *st, bool error);
