/*
 * virnetserverclient.c: one connected client of the RPC server: its
 * socket watch, reading, the output queue, keepalive and closing
 *
 * Each client has a GSource of its own on the server's main context.
 * Its prepare() recomputes what to poll for (read unless paused, write
 * while something is queued) and the keepalive deadline, so other
 * threads only change the client's state under its lock and wake the
 * context.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virfile.h"
#include "virlog.h"
#include "virnetsocket.h"

#define VIR_NETSERVERPRIV_H_ALLOW
#include "virnetserverpriv.h"

#define VIR_FROM_THIS VIR_FROM_RPC

VIR_LOG_INIT("rpc.netserverclient");


struct _virNetServerClient {
    gint refs;                /* atomic */
    virNetServer *srv;        /* borrowed: the server outlives its clients' sockets */
    bool readonly;            /* immutable */
    bool isUnix;              /* immutable */
    unsigned int maxRequests; /* immutable, max_client_requests */
    int kaInterval;           /* immutable, seconds; <= 0: no pinging */
    unsigned int kaCount;     /* immutable */
    gint opened;              /* atomic: CONNECT_OPEN done */
    void *priv;               /* daemon data, freed with the last reference */
    virNetServerClientPrivFree privFree;
    GMainContext *ctx; /* the server's context (a reference) */

    GMutex lock;
    GCond txCond;         /* stream senders wait for room (lock) */
    int fd;               /* the socket; -1 once closed (lock for writers) */
    bool closed;          /* lock */
    bool wantClose;       /* closing asked from another thread (lock) */
    bool delayedClose;    /* close once every reply is out (lock) */
    size_t nrequests;     /* calls without a written reply, plus stream
                                 * frames not yet processed (lock) */
    GQueue tx;            /* virNetMessage * waiting to be written (lock) */
    size_t ntxStream;     /* stream data frames in @tx (lock) */
    GList *streams;       /* virNetServerStream *, one reference each (lock) */
    bool kaActive;        /* server pings armed (lock) */
    gint64 kaLastRecv;    /* monotonic µs of the last frame received (lock) */
    unsigned int kaPings; /* pings sent since then (lock) */

    virNetMessage *rx; /* frame being read (main loop only) */
    char *pending;     /* bytes handed over with the client, read before
                        * the socket (main loop only) */
    size_t npending;   /* their number */
    size_t pendingOff; /* how many were consumed */
    GSource *source;   /* socket watch (lock to take it away) */
};

typedef struct {
    GSource parent;
    virNetServerClient *client; /* borrowed: destroyed before the client goes */
    gpointer tag;               /* the socket's GPollFD */
    GIOCondition events;        /* what @tag polls for (main loop only) */
} virNetServerClientSource;


virNetServerClient *
virNetServerClientNew(virNetServer *srv, int fd, bool readonly, bool isUnix)
{
    virNetServerClient *client = g_new0(virNetServerClient, 1);
    const virNetServerConfig *cfg = virNetServerGetConfig(srv);

    client->refs = 1;
    client->srv = srv;
    client->fd = fd;
    client->readonly = readonly;
    client->isUnix = isUnix;
    client->maxRequests = MAX(cfg->maxClientRequests, 1);
    client->kaInterval = cfg->keepaliveInterval;
    client->kaCount = cfg->keepaliveCount;
    client->ctx = g_main_context_ref(virNetServerGetContext(srv));
    g_mutex_init(&client->lock);
    g_cond_init(&client->txCond);
    g_queue_init(&client->tx);
    client->rx = virNetMessageNew();
    virNetMessagePrepareRead(client->rx);
    client->priv = virNetServerNewClientPriv(srv, client, &client->privFree);
    VIR_DEBUG("new client %p fd=%d readonly=%d", client, fd, readonly);
    return client;
}


void
virNetServerClientRef(virNetServerClient *client)
{
    g_atomic_int_inc(&client->refs);
}


static void
virNetServerClientFreeQueue(GQueue *q)
{
    virNetMessage *msg;

    while ((msg = g_queue_pop_head(q)))
        virNetMessageFree(msg);
}


void
virNetServerClientUnref(virNetServerClient *client)
{
    if (!client || !g_atomic_int_dec_and_test(&client->refs))
        return;
    VIR_DEBUG("freeing client %p", client);
    if (client->privFree && client->priv)
        client->privFree(client->priv);
    VIR_FORCE_CLOSE(client->fd);
    virNetMessageFree(client->rx);
    g_free(client->pending);
    virNetServerClientFreeQueue(&client->tx);
    g_main_context_unref(client->ctx);
    g_cond_clear(&client->txCond);
    g_mutex_clear(&client->lock);
    g_free(client);
}


void
virNetServerClientLock(virNetServerClient *client)
{
    g_mutex_lock(&client->lock);
}


void
virNetServerClientUnlock(virNetServerClient *client)
{
    g_mutex_unlock(&client->lock);
}


/* Client lock held: may the main loop read another frame? */
static bool
virNetServerClientCanReadLocked(virNetServerClient *client)
{
    return !client->closed && !client->wantClose && !client->delayedClose &&
           client->nrequests < client->maxRequests && !virNetServerIsQuitting(client->srv);
}


/* Client lock held: is it time to close? */
static bool
virNetServerClientShouldCloseLocked(virNetServerClient *client)
{
    if (client->closed)
        return false;
    return client->wantClose ||
           (client->delayedClose && client->nrequests == 0 && g_queue_is_empty(&client->tx));
}


/* Client lock held: when the next keepalive action is due (µs), or -1. */
static gint64
virNetServerClientKeepAliveDueLocked(virNetServerClient *client)
{
    if (!client->kaActive || client->closed)
        return -1;
    return client->kaLastRecv + (gint64)client->kaInterval * G_USEC_PER_SEC * (client->kaPings + 1);
}


static bool
virNetServerMessageIsStreamData(const virNetMessage *msg)
{
    return (msg->header.type == VIR_NET_STREAM || msg->header.type == VIR_NET_STREAM_HOLE) &&
           msg->header.status == VIR_NET_CONTINUE;
}


static bool
virNetServerMessageIsReply(const virNetMessage *msg)
{
    return msg->header.type == VIR_NET_REPLY || msg->header.type == VIR_NET_REPLY_WITH_FDS;
}


/* Client lock held: bookkeeping once @msg is completely written. */
static void
virNetServerClientSentLocked(virNetServerClient *client, virNetMessage *msg)
{
    if (virNetServerMessageIsReply(msg) && client->nrequests > 0)
        client->nrequests--;
    if (virNetServerMessageIsStreamData(msg) && client->ntxStream > 0) {
        client->ntxStream--;
        g_cond_broadcast(&client->txCond);
    }
}


/* Client lock held: writes what the socket takes. 0, or -1 on error. */
static int
virNetServerClientFlushLocked(virNetServerClient *client)
{
    virNetMessage *msg;

    while ((msg = g_queue_peek_head(&client->tx))) {
        int rc = virNetSocketWriteMessage(client->fd, msg);

        if (rc < 0)
            return -1;
        if (rc == 0)
            return 0;
        g_queue_pop_head(&client->tx);
        virNetServerClientSentLocked(client, msg);
        virNetMessageFree(msg);
    }
    return 0;
}


/*
 * Client lock held: queues @msg (owned). Returns whether the main loop
 * must look at the client again (something left to write, reading to
 * resume, a close to do).
 */
static bool
virNetServerClientQueueLocked(virNetServerClient *client, virNetMessage *msg)
{
    bool paused = client->nrequests >= client->maxRequests;

    if (client->closed || client->wantClose) {
        virNetMessageFree(msg);
        return false;
    }
    if (virNetServerMessageIsStreamData(msg))
        client->ntxStream++;
    g_queue_push_tail(&client->tx, msg);
    /* only the head can have been partly written: flush from there */
    if (g_queue_get_length(&client->tx) == 1 && virNetServerClientFlushLocked(client) < 0) {
        VIR_DEBUG("client %p: write failed: %s", client, virGetLastErrorMessage());
        client->wantClose = true;
    }
    return !g_queue_is_empty(&client->tx) || client->wantClose || client->delayedClose ||
           (paused && client->nrequests < client->maxRequests) ||
           virNetServerIsQuitting(client->srv);
}


int
virNetServerClientQueueMessage(virNetServerClient *client, virNetMessage *msg)
{
    bool wake;
    bool closed;

    g_mutex_lock(&client->lock);
    closed = client->closed || client->wantClose;
    wake = virNetServerClientQueueLocked(client, msg);
    g_mutex_unlock(&client->lock);
    if (wake)
        g_main_context_wakeup(client->ctx);
    return closed ? -1 : 0;
}


bool
virNetServerClientQueueMessageLocked(virNetServerClient *client, virNetMessage *msg)
{
    return virNetServerClientQueueLocked(client, msg);
}


void
virNetServerClientWake(virNetServerClient *client)
{
    g_main_context_wakeup(client->ctx);
}


void
virNetServerClientSendKeepAlive(virNetServerClient *client, int proc)
{
    virNetMessage *msg = virNetMessageNew();

    msg->header.prog = KEEPALIVE_PROGRAM;
    msg->header.vers = KEEPALIVE_PROTOCOL_VERSION;
    msg->header.proc = proc;
    msg->header.type = VIR_NET_MESSAGE;
    msg->header.serial = 0;
    msg->header.status = VIR_NET_OK;
    if (virNetMessageEncodeHeader(msg) < 0 || virNetMessageEncodePayload(msg, NULL, NULL) < 0) {
        virNetMessageFree(msg);
        return;
    }
    (void)virNetServerClientQueueMessage(client, msg);
}


void
virNetServerClientSetPending(virNetServerClient *client, const char *data, size_t n)
{
    g_free(client->pending);
    client->pending = g_memdup2(data, n);
    client->npending = n;
    client->pendingOff = 0;
}


/* Main loop: are handed-over bytes left to read? */
static bool
virNetServerClientHasPending(virNetServerClient *client)
{
    return client->pendingOff < client->npending;
}


/* Copies handed-over bytes into @msg's buffer up to @upto. */
static void
virNetServerClientTakePending(virNetServerClient *client, virNetMessage *msg, size_t upto)
{
    size_t n = MIN(upto - msg->bufferOffset, client->npending - client->pendingOff);

    memcpy(msg->buffer + msg->bufferOffset, client->pending + client->pendingOff, n);
    msg->bufferOffset += n;
    client->pendingOff += n;
    if (!virNetServerClientHasPending(client))
        g_clear_pointer(&client->pending, g_free);
}


/*
 * Main loop: like virNetSocketReadMessage, from the handed-over bytes.
 * A frame they end in the middle of is completed from the socket. Frames
 * with descriptors cannot be handed over. 1, 0 or -1 likewise.
 */
static int
virNetServerClientReadPending(virNetServerClient *client, virNetMessage *msg)
{
    if (msg->bufferLength == VIR_NET_MESSAGE_LEN_MAX) {
        virNetServerClientTakePending(client, msg, VIR_NET_MESSAGE_LEN_MAX);
        if (msg->bufferOffset < VIR_NET_MESSAGE_LEN_MAX)
            return 0;
        if (virNetMessageDecodeLength(msg) < 0)
            return -1;
    }
    virNetServerClientTakePending(client, msg, msg->bufferLength);
    if (msg->bufferOffset < msg->bufferLength)
        return 0;
    if (virNetMessageDecodeHeader(msg) < 0)
        return -1;
    if (msg->header.type == VIR_NET_CALL_WITH_FDS || msg->header.type == VIR_NET_REPLY_WITH_FDS) {
        virReportError(VIR_ERR_RPC, "%s", _("a handed-over frame cannot carry file descriptors"));
        return -1;
    }
    return 1;
}


/*
 * Main loop: reads and dispatches at most one frame per wake-up: trying
 * for a second one would mostly cost a read() that finds nothing (the
 * usual client waits for its reply); data already there makes the next
 * poll return at once. Handed-over bytes come first. 0, or -1 to drop
 * the client.
 */
static int
virNetServerClientRead(virNetServerClient *client)
{
    virNetMessage *msg;
    bool can;
    int rc;

    g_mutex_lock(&client->lock);
    can = virNetServerClientCanReadLocked(client);
    g_mutex_unlock(&client->lock);
    if (!can)
        return 0;
    if (virNetServerClientHasPending(client))
        rc = virNetServerClientReadPending(client, client->rx);
    else
        rc = virNetSocketReadMessage(client->fd, client->rx);
    if (rc < 0) {
        VIR_DEBUG("client %p: dropped: %s", client, virGetLastErrorMessage());
        return -1;
    }
    if (rc == 0)
        return 0;
    msg = client->rx;
    client->rx = virNetMessageNew();
    virNetMessagePrepareRead(client->rx);

    g_mutex_lock(&client->lock);
    client->kaLastRecv = g_get_monotonic_time();
    client->kaPings = 0;
    g_mutex_unlock(&client->lock);
    return virNetServerDispatchMessage(client->srv, client, msg) < 0 ? -1 : 0;
}


/* Main loop: sends a ping or gives up on a silent client. -1 to close. */
static int
virNetServerClientKeepAliveTimer(virNetServerClient *client)
{
    gint64 due;
    bool ping = false;
    bool dead = false;

    g_mutex_lock(&client->lock);
    due = virNetServerClientKeepAliveDueLocked(client);
    if (due >= 0 && g_get_monotonic_time() >= due) {
        if (client->kaPings >= client->kaCount) {
            dead = true;
        } else {
            client->kaPings++;
            ping = true;
        }
    }
    g_mutex_unlock(&client->lock);
    if (dead) {
        VIR_DEBUG("client %p: no keepalive answer, closing", client);
        return -1;
    }
    if (ping)
        virNetServerClientSendKeepAlive(client, 1 /* PING */);
    return 0;
}


static gboolean
virNetServerClientSourcePrepare(GSource *source, gint *timeout)
{
    virNetServerClientSource *cs = (virNetServerClientSource *)source;
    virNetServerClient *client = cs->client;
    GIOCondition want = 0;
    gboolean ready;
    gint64 due;

    *timeout = -1;
    g_mutex_lock(&client->lock);
    ready = virNetServerClientShouldCloseLocked(client);
    if (virNetServerClientCanReadLocked(client)) {
        want |= G_IO_IN;
        ready = ready || virNetServerClientHasPending(client);
    }
    if (!g_queue_is_empty(&client->tx))
        want |= G_IO_OUT;
    due = virNetServerClientKeepAliveDueLocked(client);
    g_mutex_unlock(&client->lock);

    if (due >= 0 && !ready) {
        gint64 now = g_get_monotonic_time();

        if (now >= due)
            ready = TRUE;
        else
            *timeout = (gint)MIN((due - now + 999) / 1000, G_MAXINT);
    }
    /* changing the poll set wakes the context: only do it on a change */
    if (want != cs->events) {
        g_source_modify_unix_fd(source, cs->tag, want);
        cs->events = want;
    }
    return ready;
}


static gboolean
virNetServerClientSourceCheck(GSource *source)
{
    virNetServerClientSource *cs = (virNetServerClientSource *)source;
    virNetServerClient *client = cs->client;
    gboolean ready;
    gint64 due;

    if (g_source_query_unix_fd(source, cs->tag) != 0)
        return TRUE;
    g_mutex_lock(&client->lock);
    ready = virNetServerClientShouldCloseLocked(client) ||
            (virNetServerClientHasPending(client) && virNetServerClientCanReadLocked(client));
    due = virNetServerClientKeepAliveDueLocked(client);
    g_mutex_unlock(&client->lock);
    return ready || (due >= 0 && g_get_monotonic_time() >= due);
}


/* Main loop: one round of I/O for the client. -1 to close it. */
static int
virNetServerClientHandleEvents(virNetServerClient *client,
                               GIOCondition revents,
                               GIOCondition events)
{
    int rc = 0;

    if (revents & G_IO_OUT) {
        g_mutex_lock(&client->lock);
        rc = client->closed ? 0 : virNetServerClientFlushLocked(client);
        g_mutex_unlock(&client->lock);
        if (rc < 0) {
            VIR_DEBUG("client %p: write failed: %s", client, virGetLastErrorMessage());
            return -1;
        }
    }
    if (((revents & G_IO_IN) || virNetServerClientHasPending(client)) &&
        virNetServerClientRead(client) < 0)
        return -1;
    /* on hang-up while reading, the read above meets EOF by itself */
    if (revents & (G_IO_ERR | G_IO_NVAL))
        return -1;
    if ((revents & G_IO_HUP) && !(events & G_IO_IN))
        return -1;
    return virNetServerClientKeepAliveTimer(client);
}


static gboolean
virNetServerClientSourceDispatch(GSource *source, GSourceFunc callback, gpointer data)
{
    virNetServerClientSource *cs = (virNetServerClientSource *)source;
    virNetServerClient *client = cs->client;
    GIOCondition revents = g_source_query_unix_fd(source, cs->tag);
    bool close;

    virNetServerClientRef(client);
    close = virNetServerClientHandleEvents(client, revents, cs->events) < 0;
    if (!close) {
        g_mutex_lock(&client->lock);
        close = virNetServerClientShouldCloseLocked(client);
        g_mutex_unlock(&client->lock);
    }
    if (close)
        virNetServerClientCloseNow(client);
    virNetServerClientUnref(client);
    return G_SOURCE_CONTINUE;
}


static GSourceFuncs virNetServerClientSourceFuncs = {
    .prepare = virNetServerClientSourcePrepare,
    .check = virNetServerClientSourceCheck,
    .dispatch = virNetServerClientSourceDispatch,
};


void
virNetServerClientAttach(virNetServerClient *client)
{
    GSource *source =
        g_source_new(&virNetServerClientSourceFuncs, sizeof(virNetServerClientSource));
    virNetServerClientSource *cs = (virNetServerClientSource *)source;

    cs->client = client;
    cs->events = G_IO_IN;
    cs->tag = g_source_add_unix_fd(source, client->fd, G_IO_IN);
    g_source_set_name(source, "rpc-client");
    client->source = source;
    g_source_attach(source, client->ctx);
}


void
virNetServerClientCloseNow(virNetServerClient *client)
{
    GQueue tx = G_QUEUE_INIT;
    GList *streams;
    GSource *source;
    int fd;

    g_mutex_lock(&client->lock);
    if (client->closed) {
        g_mutex_unlock(&client->lock);
        return;
    }
    VIR_DEBUG("closing client %p fd=%d", client, client->fd);
    client->closed = true;
    fd = client->fd;
    client->fd = -1;
    tx = client->tx;
    g_queue_init(&client->tx);
    client->ntxStream = 0;
    streams = g_steal_pointer(&client->streams);
    source = g_steal_pointer(&client->source);
    g_cond_broadcast(&client->txCond);
    g_mutex_unlock(&client->lock);

    if (source) {
        g_source_destroy(source);
        g_source_unref(source);
    }
    VIR_FORCE_CLOSE(fd);
    virNetServerClientFreeQueue(&tx);
    virNetServerStreamAbortAll(client->srv, client, streams);
    virNetServerRemoveClient(client->srv, client);
}


bool
virNetServerClientIsIdle(virNetServerClient *client)
{
    bool idle;

    g_mutex_lock(&client->lock);
    idle = client->closed || (client->nrequests == 0 && g_queue_is_empty(&client->tx));
    g_mutex_unlock(&client->lock);
    return idle;
}


bool
virNetServerClientIsClosedLocked(virNetServerClient *client)
{
    return client->closed || client->wantClose;
}


bool
virNetServerClientIsClosed(virNetServerClient *client)
{
    bool closed;

    g_mutex_lock(&client->lock);
    closed = client->closed || client->wantClose;
    g_mutex_unlock(&client->lock);
    return closed;
}


void
virNetServerClientAddRequestLocked(virNetServerClient *client)
{
    client->nrequests++;
}


void
virNetServerClientDropRequest(virNetServerClient *client)
{
    bool wake;

    g_mutex_lock(&client->lock);
    /* a closed client may outlive its server: do not look at it then */
    wake = !client->closed && (client->nrequests == client->maxRequests || client->delayedClose ||
                               virNetServerIsQuitting(client->srv));
    if (client->nrequests > 0)
        client->nrequests--;
    g_mutex_unlock(&client->lock);
    if (wake)
        g_main_context_wakeup(client->ctx);
}


GList **
virNetServerClientStreamsLocked(virNetServerClient *client)
{
    return &client->streams;
}


bool
virNetServerClientWaitStreamRoomLocked(virNetServerClient *client)
{
    while (!client->closed && !client->wantClose &&
           client->ntxStream >= VIR_NET_SERVER_STREAM_TX_MAX)
        g_cond_wait(&client->txCond, &client->lock);
    return !client->closed && !client->wantClose;
}


void
virNetServerClientBroadcastLocked(virNetServerClient *client)
{
    g_cond_broadcast(&client->txCond);
}


/* ---- public accessors ---- */

void *
virNetServerClientGetPrivateData(virNetServerClient *client)
{
    return client->priv;
}


bool
virNetServerClientIsReadonly(virNetServerClient *client)
{
    return client->readonly;
}


void
virNetServerClientSetOpened(virNetServerClient *client)
{
    g_atomic_int_set(&client->opened, 1);
}


bool
virNetServerClientIsOpened(virNetServerClient *client)
{
    return g_atomic_int_get(&client->opened) != 0;
}


int
virNetServerClientGetUNIXIdentity(virNetServerClient *client, uid_t *uid, gid_t *gid, pid_t *pid)
{
    int rc = -1;

    g_mutex_lock(&client->lock);
    if (!client->isUnix)
        virReportError(VIR_ERR_OPERATION_INVALID, "%s",
                       _("client is not connected over a UNIX socket"));
    else if (client->closed)
        virReportError(VIR_ERR_OPERATION_INVALID, "%s", _("client is closed"));
    else
        rc = virNetSocketGetUNIXIdentity(client->fd, uid, gid, pid);
    g_mutex_unlock(&client->lock);
    return rc;
}


void
virNetServerClientStartKeepAlive(virNetServerClient *client)
{
    if (client->kaInterval <= 0)
        return;
    g_mutex_lock(&client->lock);
    client->kaActive = true;
    client->kaLastRecv = g_get_monotonic_time();
    client->kaPings = 0;
    g_mutex_unlock(&client->lock);
    g_main_context_wakeup(client->ctx);
}


void
virNetServerClientDelayedClose(virNetServerClient *client)
{
    g_mutex_lock(&client->lock);
    client->delayedClose = true;
    g_mutex_unlock(&client->lock);
    g_main_context_wakeup(client->ctx);
}


void
virNetServerClientClose(virNetServerClient *client)
{
    g_mutex_lock(&client->lock);
    if (!client->closed)
        client->wantClose = true;
    g_cond_broadcast(&client->txCond);
    g_mutex_unlock(&client->lock);
    g_main_context_wakeup(client->ctx);
}


int
virNetServerClientSendEvent(virNetServerClient *client,
                            const virNetProgramDef *def,
                            int proc,
                            const void *body)
{
    const virNetProcedure *p = virNetProgramDefLookup(def, proc);
    virNetMessage *msg;

    if (!p) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unknown event procedure %1$d"), proc);
        return -1;
    }
    msg = virNetMessageNew();
    msg->header.prog = def->prog;
    msg->header.vers = def->vers;
    msg->header.proc = proc;
    msg->header.type = VIR_NET_MESSAGE;
    msg->header.serial = 1;
    msg->header.status = VIR_NET_OK;
    if (virNetMessageEncodeHeader(msg) < 0 || virNetMessageEncodePayload(msg, p->ret, body) < 0) {
        virNetMessageFree(msg);
        return -1;
    }
    if (virNetServerClientQueueMessage(client, msg) < 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("client is closed"));
        return -1;
    }
    return 0;
}
