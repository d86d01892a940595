/*
 * virnetserverstream.c: data streams opened by a call (STREAM frames)
 *
 * Incoming frames of a stream are queued on it and fed to its recv
 * callback by one stream job at a time, so they arrive in order even
 * though any worker may run the job. Outgoing data waits ("held") until
 * the reply of the opening call is queued, then obeys a small window of
 * queued frames per client (VIR_NET_SERVER_STREAM_TX_MAX).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virlog.h"

#define VIR_NETSERVERPRIV_H_ALLOW
#include "virnetserverpriv.h"

#define VIR_FROM_THIS VIR_FROM_STREAMS

VIR_LOG_INIT("rpc.netserverstream");

struct _virNetServerStream {
    gint refs;                       /* atomic */
    virNetServerClient *client;      /* a reference */
    virNetMessageHeader hdr;         /* prog, vers, proc, serial of the opening call */
    virNetServerStreamRecvFunc recv; /* immutable */
    void *opaque;                    /* immutable, freed by @freefn */
    void (*freefn)(void *opaque);

    /* guarded by the client's lock: */
    GQueue rxq;        /* incoming frames not yet given to @recv */
    bool scheduled;    /* a stream job is queued or running */
    bool abortPending; /* the client went: @recv gets an ERROR */
    bool active;       /* the opening reply is queued */
    GQueue held;       /* frames sent before that */
    bool ended;        /* no more frames either way */
};


void
virNetServerStreamRef(virNetServerStream *st)
{
    g_atomic_int_inc(&st->refs);
}


static void
virNetServerStreamFreeQueue(GQueue *q)
{
    virNetMessage *msg;

    while ((msg = g_queue_pop_head(q)))
        virNetMessageFree(msg);
}


void
virNetServerStreamUnref(virNetServerStream *st)
{
    if (!st || !g_atomic_int_dec_and_test(&st->refs))
        return;
    VIR_DEBUG("freeing stream %p serial=%u", st, st->hdr.serial);
    if (st->freefn)
        st->freefn(st->opaque);
    virNetServerStreamFreeQueue(&st->rxq);
    virNetServerStreamFreeQueue(&st->held);
    virNetServerClientUnref(st->client);
    g_free(st);
}


virNetServerStream *
virNetServerClientAddStream(virNetServerClient *client,
                            const virNetMessageHeader *call,
                            virNetServerStreamRecvFunc recv,
                            void *opaque,
                            void (*freefn)(void *opaque))
{
    virNetServerStream *st = g_new0(virNetServerStream, 1);
    virNetServerJob *job = virNetServerCurrentJob();
    bool inCall =
        job && job->client == client && job->msg && job->msg->header.serial == call->serial;
    GList **streams;

    st->refs = 1; /* the caller's */
    st->client = client;
    virNetServerClientRef(client);
    st->hdr = *call;
    st->hdr.type = VIR_NET_STREAM;
    st->recv = recv;
    st->opaque = opaque;
    st->freefn = freefn;
    g_queue_init(&st->rxq);
    g_queue_init(&st->held);

    virNetServerClientLock(client);
    streams = virNetServerClientStreamsLocked(client);
    if (virNetServerClientIsClosedLocked(client)) {
        st->ended = true;
    } else {
        virNetServerStreamRef(st); /* the client's list */
        *streams = g_list_append(*streams, st);
        /* inside the opening call's handler: data waits for its reply */
        st->active = !inCall;
        if (inCall) {
            virNetServerStreamRef(st);
            g_ptr_array_add(job->streams, st);
        }
    }
    virNetServerClientUnlock(client);
    VIR_DEBUG("client %p: stream %p serial=%u", client, st, call->serial);
    return st;
}


static bool virNetServerStreamScheduleLocked(virNetServerStream *st);
static void virNetServerStreamSubmit(virNetServer *srv, virNetServerStream *st);


/* A data, OK or EOF frame of @st. */
static virNetMessage *
virNetServerStreamNewFrame(virNetServerStream *st, int status, const char *data, size_t len)
{
    virNetMessage *msg = virNetMessageNew();

    msg->header = st->hdr;
    msg->header.type = VIR_NET_STREAM;
    msg->header.status = status;
    if (virNetMessageEncodeHeader(msg) < 0 || virNetMessageEncodePayloadRaw(msg, data, len) < 0) {
        virNetMessageFree(msg);
        return NULL;
    }
    return msg;
}


/* A STREAM ERROR frame carrying the thread's last error. */
static virNetMessage *
virNetServerStreamNewErrorFrame(virNetServerStream *st)
{
    virNetMessage *msg = virNetMessageNew();

    msg->header = st->hdr;
    if (virNetMessageEncodeError(msg, VIR_NET_STREAM) < 0) {
        virNetMessageFree(msg);
        return NULL;
    }
    return msg;
}


/* Client lock held: queues @msg, or holds it back until the reply is out. */
static bool
virNetServerStreamPutLocked(virNetServerStream *st, virNetMessage *msg)
{
    if (st->active)
        return virNetServerClientQueueMessageLocked(st->client, msg);
    g_queue_push_tail(&st->held, msg);
    return false;
}


/*
 * Ends @st, with @frame (owned, may be NULL) as its last frame.
 * Returns 0, or -1 if it had ended already (@frame is dropped).
 */
static int
virNetServerStreamEnd(virNetServerStream *st, virNetMessage *frame)
{
    virNetServerClient *client = st->client;
    GList **streams;
    GList *link;
    bool wake = false;

    virNetServerClientLock(client);
    if (st->ended) {
        virNetServerClientUnlock(client);
        virNetMessageFree(frame);
        return -1;
    }
    st->ended = true;
    streams = virNetServerClientStreamsLocked(client);
    if ((link = g_list_find(*streams, st)))
        *streams = g_list_delete_link(*streams, link);
    if (frame)
        wake = virNetServerStreamPutLocked(st, frame);
    /* senders blocked on the window must see the end */
    virNetServerClientBroadcastLocked(client);
    virNetServerClientUnlock(client);
    if (wake)
        virNetServerClientWake(client);
    if (link)
        virNetServerStreamUnref(st);
    return 0;
}


void
virNetServerStreamActivate(virNetServer *srv, virNetServerStream *st, bool ok)
{
    virNetServerClient *client = st->client;
    bool wake = false;
    bool submit = false;
    virNetMessage *msg;
    guint dropped = 0;

    if (!ok)
        (void)virNetServerStreamEnd(st, NULL);
    virNetServerClientLock(client);
    if (ok) {
        st->active = true;
        while ((msg = g_queue_pop_head(&st->held)))
            wake |= virNetServerClientQueueMessageLocked(client, msg);
        submit = virNetServerStreamScheduleLocked(st);
    } else {
        /* the handler failed: its stream never existed for @recv */
        virNetServerStreamFreeQueue(&st->held);
        dropped = g_queue_get_length(&st->rxq);
        virNetServerStreamFreeQueue(&st->rxq);
        st->abortPending = false;
    }
    virNetServerClientUnlock(client);
    if (wake)
        virNetServerClientWake(client);
    while (dropped-- > 0)
        virNetServerClientDropRequest(client);
    if (submit)
        virNetServerStreamSubmit(srv, st);
}


int
virNetServerStreamSend(virNetServerStream *st, const char *data, size_t len)
{
    virNetServerClient *client = st->client;
    size_t pos = 0;
    int ret = 0;

    virNetServerStreamRef(st);
    do {
        size_t n = MIN(len - pos, VIR_NET_MESSAGE_STREAM_CHUNK);
        virNetMessage *msg = virNetServerStreamNewFrame(st, VIR_NET_CONTINUE, data + pos, n);
        bool ok;
        bool wake = false;

        if (!msg) {
            ret = -1;
            break;
        }
        virNetServerClientLock(client);
        ok = !st->active || virNetServerClientWaitStreamRoomLocked(client);
        if (ok && !st->ended)
            wake = virNetServerStreamPutLocked(st, g_steal_pointer(&msg));
        virNetServerClientUnlock(client);
        if (wake)
            virNetServerClientWake(client);
        if (msg) {
            virNetMessageFree(msg);
            virReportError(VIR_ERR_RPC, "%s", _("stream is closed"));
            ret = -1;
            break;
        }
        pos += n;
    } while (pos < len);
    virNetServerStreamUnref(st);
    return ret;
}


int
virNetServerStreamFinish(virNetServerStream *st, bool error)
{
    virNetMessage *frame;
    int ret;

    if (error)
        frame = virNetServerStreamNewErrorFrame(st);
    else
        frame = virNetServerStreamNewFrame(st, VIR_NET_OK, NULL, 0);
    ret = virNetServerStreamEnd(st, frame);
    virNetServerStreamUnref(st);
    return ret;
}


/* Worker: gives one incoming frame to @recv and answers as needed. */
static void
virNetServerStreamHandleFrame(virNetServerStream *st, virNetMessage *msg)
{
    int status = msg->header.status;
    const char *data;
    size_t len = 0;
    int rc;

    virNetServerClientLock(st->client);
    rc = st->ended ? -1 : 0;
    virNetServerClientUnlock(st->client);
    if (rc < 0)
        return;

    virResetLastError();
    if (msg->header.type == VIR_NET_STREAM_HOLE) {
        virReportError(VIR_ERR_OPERATION_UNSUPPORTED, "%s", _("sparse streams are not supported"));
        (void)virNetServerStreamEnd(st, virNetServerStreamNewErrorFrame(st));
        st->recv(st, VIR_NET_ERROR, NULL, 0, st->opaque);
        return;
    }
    switch (status) {
    case VIR_NET_CONTINUE:
        data = virNetMessagePayload(msg, &len);
        if (st->recv(st, VIR_NET_CONTINUE, data, len, st->opaque) < 0)
            (void)virNetServerStreamEnd(st, virNetServerStreamNewErrorFrame(st));
        break;
    case VIR_NET_OK:
        if (st->recv(st, VIR_NET_OK, NULL, 0, st->opaque) < 0)
            (void)virNetServerStreamEnd(st, virNetServerStreamNewErrorFrame(st));
        else
            (void)virNetServerStreamEnd(st, virNetServerStreamNewFrame(st, VIR_NET_OK, NULL, 0));
        break;
    default:
        /* the peer aborts: nothing to answer */
        (void)virNetServerStreamEnd(st, NULL);
        st->recv(st, VIR_NET_ERROR, NULL, 0, st->opaque);
        break;
    }
}


void
virNetServerStreamRunJob(virNetServer *srv, virNetServerJob *job)
{
    virNetServerStream *st = job->stream;
    virNetServerClient *client = st->client;

    while (true) {
        virNetMessage *msg = NULL;
        bool abort = false;

        virNetServerClientLock(client);
        if (st->abortPending) {
            st->abortPending = false;
            abort = true;
        } else if (!(msg = g_queue_pop_head(&st->rxq))) {
            st->scheduled = false;
        }
        virNetServerClientUnlock(client);
        if (abort) {
            virResetLastError();
            st->recv(st, VIR_NET_ERROR, NULL, 0, st->opaque);
            continue;
        }
        if (!msg)
            break;
        virNetServerStreamHandleFrame(st, msg);
        virNetMessageFree(msg);
        virNetServerClientDropRequest(client);
    }
}


/*
 * Client lock held: makes sure a stream job will look at what @st has
 * pending. Returns true if the caller must submit one. @recv never runs
 * before the opening call's handler has returned: until then (inactive)
 * frames wait and virNetServerStreamActivate schedules them.
 */
static bool
virNetServerStreamScheduleLocked(virNetServerStream *st)
{
    if (st->scheduled || !st->active)
        return false;
    if (!st->abortPending && g_queue_is_empty(&st->rxq))
        return false;
    st->scheduled = true;
    virNetServerStreamRef(st);
    return true;
}


static void
virNetServerStreamSubmit(virNetServer *srv, virNetServerStream *st)
{
    virNetServerJob *job = g_new0(virNetServerJob, 1);

    virNetServerClientRef(st->client);
    job->client = st->client;
    job->stream = st; /* the reference taken when scheduling */
    virNetServerSubmitJob(srv, job, false);
}


void
virNetServerStreamRoute(virNetServer *srv, virNetServerClient *client, virNetMessage *msg)
{
    virNetServerStream *st = NULL;
    bool submit = false;
    GList *l;

    virNetServerClientLock(client);
    for (l = *virNetServerClientStreamsLocked(client); l; l = l->next) {
        virNetServerStream *s = l->data;

        if (s->hdr.serial == msg->header.serial && s->hdr.prog == msg->header.prog &&
            s->hdr.proc == msg->header.proc) {
            st = s;
            break;
        }
    }
    if (st && !st->ended) {
        g_queue_push_tail(&st->rxq, g_steal_pointer(&msg));
        virNetServerClientAddRequestLocked(client);
        submit = virNetServerStreamScheduleLocked(st);
    }
    virNetServerClientUnlock(client);
    /* frames of a stream that ended are dropped, as libvirt does */
    virNetMessageFree(msg);
    if (submit)
        virNetServerStreamSubmit(srv, st);
}


void
virNetServerStreamAbortAll(virNetServer *srv, virNetServerClient *client, GList *streams)
{
    for (GList *l = streams; l; l = l->next) {
        virNetServerStream *st = l->data;
        bool submit = false;

        virNetServerClientLock(client);
        virNetServerStreamFreeQueue(&st->rxq);
        virNetServerStreamFreeQueue(&st->held);
        if (!st->ended) {
            st->ended = true;
            st->abortPending = true;
            submit = virNetServerStreamScheduleLocked(st);
        }
        virNetServerClientUnlock(client);
        if (submit)
            virNetServerStreamSubmit(srv, st);
        virNetServerStreamUnref(st); /* the list's reference */
    }
    g_list_free(streams);
}
