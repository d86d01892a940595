/*
 * virnetclient.c: the client side of an RPC connection
 *
 * Locking: one lock (the object's) guards every field below marked
 * "lock". The socket is written by whichever thread holds the @txBusy
 * token (taken and released under the lock, the write itself done
 * without it) and read only by the I/O thread, so no lock is ever held
 * across socket I/O.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include "internal.h"
#include "remote_protocol.h"
#include "virerror.h"
#include "virfile.h"
#include "virlog.h"
#include "virnetclient.h"
#define VIR_NETCLIENTPRIV_H_ALLOW
#include "virnetclientpriv.h"
#include "virnetsocket.h"
#include "virthread.h"

#define VIR_FROM_THIS VIR_FROM_RPC

VIR_LOG_INIT("rpc.netclient");

/* One outgoing message, and for calls the wait for its reply. */
typedef struct _virNetClientTx virNetClientTx;
struct _virNetClientTx {
    virNetMessage *msg;   /* the frame to send (owned) */
    bool expectReply;     /* a REPLY with @msg's serial completes it */
    bool haveThread;      /* a thread waits on @cond; else freed once written */
    bool done;            /* written (no reply expected), replied, or failed */
    bool queued;          /* in the transmit queue (maybe being written) */
    virNetMessage *reply; /* the reply, once received (owned) */
    virCond cond;         /* signalled when @done is set */
    virNetClientTx *next; /* in the transmit queue */
};

struct _virNetClient {
    virObjectLockable parent;

    int fd;        /* the socket; closed by the I/O thread when it ends */
    bool isUnix;   /* fixed */
    int wakeup[2]; /* pipe waking the I/O thread from poll(); fixed */

    bool quit;                   /* lock: virNetClientClose() asked the thread to stop */
    bool closed;                 /* lock: the socket is (being) closed; no new calls */
    int closeReason;             /* lock: VIR_CONNECT_CLOSE_REASON_* of the first close */
    virError *closeError;        /* lock: the error that closed it, for waiters */
    bool threadRunning;          /* lock: the I/O thread has not finished */
    unsigned long long threadID; /* lock: the I/O thread's id */
    virCond threadCond;          /* lock: broadcast when the thread ends or @txBusy drops */

    uint32_t nextSerial;    /* lock */
    virNetClientTx *txHead; /* lock: queue of frames to write */
    virNetClientTx *txTail; /* lock */
    bool txBusy;            /* lock: a thread is writing the socket */
    GPtrArray *waiting;     /* lock: calls waiting for replies (borrowed) */
    GPtrArray *streams;     /* lock: registered streams (borrowed) */

    virNetClientMessageFunc msgFunc; /* lock */
    void *msgOpaque;                 /* lock */
    virNetClientCloseFunc closeFunc; /* lock */
    void *closeOpaque;               /* lock */

    bool kaActive;               /* lock: client-side keepalive running */
    int kaInterval;              /* lock: seconds */
    unsigned int kaCount;        /* lock */
    unsigned int kaCountToDeath; /* lock: PINGs left before giving up */
    gint64 kaIntervalStart;      /* lock: monotonic microseconds */
};

static virClass *virNetClientClass;
static void virNetClientDispose(void *obj);

static int
virNetClientOnceInit(void)
{
    if (!VIR_CLASS_NEW(virNetClient, virClassForObjectLockable()))
        return -1;
    return 0;
}

VIR_ONCE_GLOBAL_INIT(virNetClient);

static void virNetClientIOThread(void *opaque);


/* Wakes the I/O thread up from poll(). Any thread, lock or not. */
static void
virNetClientWakeup(virNetClient *client)
{
    char c = 0;

    /* A full pipe already has a wake-up pending. */
    if (write(client->wakeup[1], &c, 1) < 0 && errno != EAGAIN)
        VIR_DEBUG("cannot wake up the I/O thread: %s", g_strerror(errno));
}


virNetClient *
virNetClientNew(int fd, bool isUnix)
{
    g_autoptr(virNetClient) client = NULL;

    if (virNetClientInitialize() < 0 || !(client = virObjectLockableNew(virNetClientClass))) {
        VIR_FORCE_CLOSE(fd);
        return NULL;
    }
    client->fd = fd;
    client->isUnix = isUnix;
    client->wakeup[0] = client->wakeup[1] = -1;
    client->waiting = g_ptr_array_new();
    client->streams = g_ptr_array_new();
    virCondInit(&client->threadCond);

    if (pipe2(client->wakeup, O_CLOEXEC | O_NONBLOCK) < 0) {
        virReportSystemError(errno, "%s", _("Unable to create wake-up pipe"));
        return NULL;
    }
    if (virNetSocketSetBlocking(fd, false) < 0) {
        virReportSystemError(errno, "%s", _("Unable to set socket non-blocking"));
        return NULL;
    }

    client->threadRunning = true;
    virObjectRef(client);
    if (virThreadCreate("rpc-client", false, virNetClientIOThread, client, NULL) < 0) {
        client->threadRunning = false;
        virObjectUnref(client);
        return NULL;
    }
    VIR_DEBUG("client=%p fd=%d unix=%d", client, fd, isUnix);
    return g_steal_pointer(&client);
}


static void
virNetClientDispose(void *obj)
{
    virNetClient *client = obj;

    VIR_DEBUG("client=%p", client);
    VIR_FORCE_CLOSE(client->fd);
    VIR_FORCE_CLOSE(client->wakeup[0]);
    VIR_FORCE_CLOSE(client->wakeup[1]);
    virFreeError(client->closeError);
    g_ptr_array_unref(client->waiting);
    g_ptr_array_unref(client->streams);
    virCondDestroy(&client->threadCond);
}


void
virNetClientSetMessageHandler(virNetClient *client, virNetClientMessageFunc func, void *opaque)
{
    virObjectLock(client);
    client->msgFunc = func;
    client->msgOpaque = opaque;
    virObjectUnlock(client);
}


void
virNetClientSetCloseCallback(virNetClient *client, virNetClientCloseFunc func, void *opaque)
{
    virObjectLock(client);
    client->closeFunc = func;
    client->closeOpaque = opaque;
    virObjectUnlock(client);
}


uint32_t
virNetClientNewSerial(virNetClient *client)
{
    uint32_t serial;

    virObjectLock(client);
    serial = client->nextSerial++;
    virObjectUnlock(client);
    return serial;
}


bool
virNetClientIsOpen(virNetClient *client)
{
    bool open;

    if (!client)
        return false;
    virObjectLock(client);
    open = !client->closed;
    virObjectUnlock(client);
    return open;
}


bool
virNetClientIsUnix(virNetClient *client)
{
    return client->isUnix;
}


/*
 * Records that the socket is closing: the thread's last error becomes
 * the error of every pending call. Only the first close counts.
 */
static void
virNetClientMarkCloseLocked(virNetClient *client, int reason)
{
    if (client->closed)
        return;
    VIR_DEBUG("client=%p closing, reason %d", client, reason);
    client->closed = true;
    client->closeReason = reason;
    if (virGetLastError())
        client->closeError = virErrorCopyNew(virGetLastError());
    virNetClientWakeup(client);
}


void
virNetClientReportClosedLocked(virNetClient *client, bool pending)
{
    if (pending && client->closeError && client->closeError->code != VIR_ERR_OK)
        virSetError(client->closeError);
    else
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("client socket is closed"));
}


static void
virNetClientTxFree(virNetClientTx *call)
{
    if (!call)
        return;
    virNetMessageFree(call->msg);
    virNetMessageFree(call->reply);
    virCondDestroy(&call->cond);
    g_free(call);
}


static virNetClientTx *
virNetClientTxNew(virNetMessage *msg, bool expectReply, bool haveThread)
{
    virNetClientTx *call = g_new0(virNetClientTx, 1);

    call->msg = msg;
    call->expectReply = expectReply;
    call->haveThread = haveThread;
    virCondInit(&call->cond);
    return call;
}


/* Marks @call done: wakes its thread, or frees it when it has none. */
static void
virNetClientTxCompleteLocked(virNetClientTx *call)
{
    call->done = true;
    if (call->haveThread)
        virCondSignal(&call->cond);
    else
        virNetClientTxFree(call);
}


/*
 * Takes the head of the transmit queue off it. A reply can complete a
 * call whose frame another thread is still finishing to write (the
 * server answers as soon as it has read it), so its waiter also waits
 * for this before it frees the call.
 */
static void
virNetClientTxDequeueLocked(virNetClient *client)
{
    virNetClientTx *call = client->txHead;

    client->txHead = call->next;
    if (!client->txHead)
        client->txTail = NULL;
    call->next = NULL;
    call->queued = false;
    if (!call->expectReply)
        virNetClientTxCompleteLocked(call);
    else if (call->haveThread)
        virCondSignal(&call->cond);
}


/*
 * Writes queued frames while the socket takes them and no other thread
 * writes. Called with the lock held; drops it around each write. A full
 * socket leaves the rest to the I/O thread (woken unless it is the
 * caller).
 */
static void
virNetClientTransmitLocked(virNetClient *client, bool ioThread)
{
    while (client->txHead && !client->txBusy && !client->closed) {
        virNetClientTx *call = client->txHead;
        int rc;

        client->txBusy = true;
        virObjectUnlock(client);
        rc = virNetSocketWriteMessage(client->fd, call->msg);
        virObjectLock(client);
        client->txBusy = false;
        virCondBroadcast(&client->threadCond);

        if (rc < 0) {
            virNetClientMarkCloseLocked(client, VIR_CONNECT_CLOSE_REASON_ERROR);
            return;
        }
        if (rc == 0) {
            if (!ioThread)
                virNetClientWakeup(client);
            return;
        }
        virNetClientTxDequeueLocked(client);
    }
}


/* Appends @call to the transmit queue and tries to write it at once. */
static void
virNetClientQueueLocked(virNetClient *client, virNetClientTx *call, bool ioThread)
{
    if (client->txTail)
        client->txTail->next = call;
    else
        client->txHead = call;
    client->txTail = call;
    call->queued = true;
    virNetClientTransmitLocked(client, ioThread);
}


int
virNetClientSendMessage(virNetClient *client,
                        virNetMessage *msg,
                        bool expectReply,
                        virNetMessage **reply)
{
    virNetClientTx *call = virNetClientTxNew(msg, expectReply, true);
    int ret = -1;

    virObjectLock(client);
    if (client->closed) {
        virNetClientReportClosedLocked(client, false);
        goto cleanup;
    }
    if (expectReply)
        g_ptr_array_add(client->waiting, call);
    virNetClientQueueLocked(client, call, false);

    while (!call->done || call->queued)
        virCondWait(&call->cond, &client->parent.lock);

    if (expectReply && !call->reply) {
        virNetClientReportClosedLocked(client, true);
        goto cleanup;
    }
    if (reply)
        *reply = g_steal_pointer(&call->reply);
    ret = 0;

cleanup:
    g_ptr_array_remove_fast(client->waiting, call);
    virObjectUnlock(client);
    virNetClientTxFree(call);
    return ret;
}


/* Builds the CALL frame of @proc; NULL with an error on failure. */
static virNetMessage *
virNetClientBuildCall(virNetClient *client,
                      const virNetProgramDef *def,
                      const virNetProcedure *p,
                      uint32_t serial,
                      const void *args,
                      const int *fdsin,
                      size_t nfdsin)
{
    virNetMessage *msg = NULL;
    size_t i;

    if (nfdsin > 0 && !client->isUnix) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                       _("Unable to send file descriptors over this connection"));
        return NULL;
    }
    if (nfdsin > VIR_NET_MESSAGE_NUM_FDS_MAX) {
        virReportError(VIR_ERR_RPC, _("Too many FDs to send %1$zu, expected %2$d maximum"), nfdsin,
                       VIR_NET_MESSAGE_NUM_FDS_MAX);
        return NULL;
    }
    msg = virNetMessageNew();
    msg->header.prog = def->prog;
    msg->header.vers = def->vers;
    msg->header.proc = p->proc;
    msg->header.type = nfdsin > 0 ? VIR_NET_CALL_WITH_FDS : VIR_NET_CALL;
    msg->header.serial = serial;
    msg->header.status = VIR_NET_OK;

    if (nfdsin > 0)
        msg->fds = g_new0(int, nfdsin);
    for (i = 0; i < nfdsin; i++) {
        if ((msg->fds[i] = fcntl(fdsin[i], F_DUPFD_CLOEXEC, 0)) < 0) {
            virReportSystemError(errno, _("Unable to duplicate FD %1$d"), fdsin[i]);
            goto error;
        }
        msg->nfds++;
    }
    if (virNetMessageEncodeHeader(msg) < 0 || virNetMessageEncodePayload(msg, p->args, args) < 0)
        goto error;
    return msg;

error:
    virNetMessageFree(msg);
    return NULL;
}


/*
 * Raises the error of an ERROR reply. A server too old to know the
 * procedure answers "unknown procedure" in the REMOTE domain, which
 * libvirt clients turn into VIR_ERR_NO_SUPPORT.
 */
static void
virNetClientRaiseReplyError(virNetMessage *reply)
{
    remote_error rerr = { 0 };

    if (virNetMessageDecodePayload(reply, &remote_error_desc, &rerr) < 0)
        return;
    if (rerr.domain == VIR_FROM_REMOTE && rerr.code == VIR_ERR_RPC && rerr.level == VIR_ERR_ERROR &&
        rerr.message && g_str_has_prefix(rerr.message, "unknown procedure"))
        rerr.code = VIR_ERR_NO_SUPPORT;
    virNetMessageRaiseError(&rerr);
    virXDRFree(&remote_error_desc, &rerr);
}


/* Checks @reply against the call and decodes it into @ret. */
static int
virNetClientDecodeReply(
    virNetMessage *reply, const virNetProcedure *p, void *ret, int **fdsout, size_t *nfdsout)
{
    if (reply->header.type != VIR_NET_REPLY && reply->header.type != VIR_NET_REPLY_WITH_FDS) {
        virReportError(VIR_ERR_RPC, _("Unexpected message type %1$d"), reply->header.type);
        return -1;
    }
    if (reply->header.proc != p->proc) {
        virReportError(VIR_ERR_RPC, _("Unexpected message proc %1$d != %2$d"), reply->header.proc,
                       p->proc);
        return -1;
    }
    switch (reply->header.status) {
    case VIR_NET_OK:
        if (ret && virNetMessageDecodePayload(reply, p->ret, ret) < 0)
            return -1;
        if (fdsout && nfdsout && reply->nfds > 0) {
            *fdsout = g_steal_pointer(&reply->fds);
            *nfdsout = reply->nfds;
            reply->nfds = 0;
        }
        return 0;
    case VIR_NET_ERROR:
        virNetClientRaiseReplyError(reply);
        return -1;
    default:
        virReportError(VIR_ERR_RPC, _("Unexpected message status %1$d"), reply->header.status);
        return -1;
    }
}


int
virNetClientCall(virNetClient *client,
                 const virNetProgramDef *def,
                 int proc,
                 uint32_t serial,
                 const void *args,
                 void *retval,
                 const int *fdsin,
                 size_t nfdsin,
                 int **fdsout,
                 size_t *nfdsout)
{
    const virNetProcedure *p = virNetProgramDefLookup(def, proc);
    virNetMessage *reply = NULL;
    virNetMessage *msg;
    int ret;

    if (fdsout)
        *fdsout = NULL;
    if (nfdsout)
        *nfdsout = 0;
    if (!p || (p->flags & VIR_NET_PROC_MESSAGE)) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unknown procedure %1$d of program %2$s"), proc,
                       def->name);
        return -1;
    }
    VIR_DEBUG("client=%p prog=%s proc=%s serial=%u", client, def->name, p->name, serial);
    if (!(msg = virNetClientBuildCall(client, def, p, serial, args, fdsin, nfdsin)))
        return -1;
    if (virNetClientSendMessage(client, msg, true, &reply) < 0)
        return -1;
    ret = virNetClientDecodeReply(reply, p, retval, fdsout, nfdsout);
    virNetMessageFree(reply);
    return ret;
}


bool
virNetClientIsClosedLocked(virNetClient *client)
{
    return client->closed;
}


void
virNetClientWaitLocked(virNetClient *client, virCond *cond)
{
    virCondWait(cond, &client->parent.lock);
}


void
virNetClientAddStreamLocked(virNetClient *client, virNetClientStream *st)
{
    g_ptr_array_add(client->streams, st);
}


void
virNetClientRemoveStreamLocked(virNetClient *client, virNetClientStream *st)
{
    g_ptr_array_remove_fast(client->streams, st);
}


/* Routes a STREAM frame to its stream; takes ownership of @msg. */
static void
virNetClientRouteStreamLocked(virNetClient *client, virNetMessage *msg)
{
    size_t i;

    for (i = 0; i < client->streams->len; i++) {
        virNetClientStream *st = g_ptr_array_index(client->streams, i);

        if (virNetClientStreamMatches(st, &msg->header)) {
            virNetClientStreamDispatchLocked(st, msg);
            return;
        }
    }
    /* Late frames of a stream already gone are normal. */
    VIR_DEBUG("ignoring stream frame proc=%d serial=%u", msg->header.proc, msg->header.serial);
    virNetMessageFree(msg);
}


/* Queues a keepalive frame from the I/O thread (nobody waits for it). */
static void
virNetClientQueueKeepAliveLocked(virNetClient *client, int proc)
{
    virNetMessage *msg = virNetMessageNew();

    msg->header.prog = KEEPALIVE_PROGRAM;
    msg->header.vers = KEEPALIVE_PROTOCOL_VERSION;
    msg->header.proc = proc;
    msg->header.type = VIR_NET_MESSAGE;
    msg->header.serial = 0;
    msg->header.status = VIR_NET_OK;
    if (virNetMessageEncodeHeader(msg) < 0 || virNetMessageEncodePayload(msg, NULL, NULL) < 0) {
        VIR_DEBUG("cannot encode keepalive %d, ignoring", proc);
        virNetMessageFree(msg);
        return;
    }
    VIR_DEBUG("client=%p sending keepalive %s", client,
              proc == KEEPALIVE_PROC_PING ? "PING" : "PONG");
    virNetClientQueueLocked(client, virNetClientTxNew(msg, false, false), true);
}


int
virNetClientKeepAliveStart(virNetClient *client, int interval, unsigned int count)
{
    virObjectLock(client);
    if (client->closed) {
        virNetClientReportClosedLocked(client, false);
        virObjectUnlock(client);
        return -1;
    }
    if (!client->kaActive) {
        VIR_DEBUG("client=%p keepalive interval=%d count=%u", client, interval, count);
        client->kaActive = true;
        client->kaInterval = interval;
        client->kaCount = count;
        client->kaCountToDeath = count;
        client->kaIntervalStart = g_get_monotonic_time();
        virNetClientWakeup(client);
    }
    virObjectUnlock(client);
    return 0;
}


void
virNetClientKeepAliveStop(virNetClient *client)
{
    virObjectLock(client);
    client->kaActive = false;
    virNetClientWakeup(client);
    virObjectUnlock(client);
}


/* Milliseconds until the next keepalive deadline, or -1 for none. */
static int
virNetClientKeepAliveTimeoutLocked(virNetClient *client)
{
    gint64 left;

    if (!client->kaActive)
        return -1;
    left = client->kaIntervalStart + (gint64)client->kaInterval * G_USEC_PER_SEC -
           g_get_monotonic_time();
    if (left <= 0)
        return 0;
    return (int)MIN(left / 1000 + 1, G_MAXINT);
}


/* Sends a PING after an idle interval; gives up after kaCount of them. */
static void
virNetClientKeepAliveTickLocked(virNetClient *client)
{
    gint64 now = g_get_monotonic_time();

    if (!client->kaActive || client->closed ||
        now - client->kaIntervalStart < (gint64)client->kaInterval * G_USEC_PER_SEC)
        return;
    if (client->kaCountToDeath == 0) {
        VIR_DEBUG("client=%p no keepalive response after %u pings", client, client->kaCount);
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                       _("connection closed due to keepalive timeout"));
        virNetClientMarkCloseLocked(client, VIR_CONNECT_CLOSE_REASON_KEEPALIVE);
        return;
    }
    client->kaCountToDeath--;
    client->kaIntervalStart = now;
    virNetClientQueueKeepAliveLocked(client, KEEPALIVE_PROC_PING);
}


/* Hands a REPLY to the call waiting for it; takes ownership of @msg. */
static int
virNetClientDispatchReplyLocked(virNetClient *client, virNetMessage *msg)
{
    size_t i;

    for (i = 0; i < client->waiting->len; i++) {
        virNetClientTx *call = g_ptr_array_index(client->waiting, i);

        if (call->msg->header.prog == msg->header.prog &&
            call->msg->header.vers == msg->header.vers &&
            call->msg->header.serial == msg->header.serial && !call->reply) {
            g_ptr_array_remove_index_fast(client->waiting, i);
            call->reply = msg;
            virNetClientTxCompleteLocked(call);
            return 0;
        }
    }
    virReportError(VIR_ERR_RPC, _("no call waiting for reply with prog %1$d vers %2$d serial %3$d"),
                   msg->header.prog, msg->header.vers, msg->header.serial);
    virNetMessageFree(msg);
    return -1;
}


/*
 * Dispatches one complete frame read by the I/O thread. Takes ownership
 * of @msg. Called with the lock held (dropped around the message
 * handler). Returns 0, or -1 with an error when the server broke the
 * protocol (the connection is then closed, as libvirt does).
 */
static int
virNetClientDispatchLocked(virNetClient *client, virNetMessage *msg)
{
    virNetClientMessageFunc func;
    void *opaque;

    /* Anything from the server proves it alive. */
    client->kaCountToDeath = client->kaCount;
    client->kaIntervalStart = g_get_monotonic_time();

    if (msg->header.prog == KEEPALIVE_PROGRAM && msg->header.type == VIR_NET_MESSAGE) {
        if (msg->header.proc == KEEPALIVE_PROC_PING)
            virNetClientQueueKeepAliveLocked(client, KEEPALIVE_PROC_PONG);
        virNetMessageFree(msg);
        return 0;
    }

    switch (msg->header.type) {
    case VIR_NET_REPLY:
    case VIR_NET_REPLY_WITH_FDS:
        return virNetClientDispatchReplyLocked(client, msg);
    case VIR_NET_MESSAGE:
        func = client->msgFunc;
        opaque = client->msgOpaque;
        if (func) {
            virObjectUnlock(client);
            func(client, msg, opaque);
            virObjectLock(client);
        }
        virNetMessageFree(msg);
        return 0;
    case VIR_NET_STREAM:
    case VIR_NET_STREAM_HOLE:
        virNetClientRouteStreamLocked(client, msg);
        return 0;
    default:
        virReportError(VIR_ERR_RPC,
                       _("got unexpected RPC call prog %1$d vers %2$d proc %3$d type %4$d"),
                       msg->header.prog, msg->header.vers, msg->header.proc, msg->header.type);
        virNetMessageFree(msg);
        return -1;
    }
}


/*
 * Reads and dispatches every complete frame the socket has. @rx is the
 * frame in progress (the I/O thread's own). Returns 0, or -1 with an
 * error (EOF, I/O error, protocol violation).
 */
static int
virNetClientReadAll(virNetClient *client, virNetMessage **rx)
{
    for (;;) {
        int rc = virNetSocketReadMessage(client->fd, *rx);
        virNetMessage *msg;

        if (rc <= 0)
            return rc;
        msg = g_steal_pointer(rx);
        *rx = virNetMessageNew();
        virNetMessagePrepareRead(*rx);

        virObjectLock(client);
        rc = virNetClientDispatchLocked(client, msg);
        virObjectUnlock(client);
        if (rc < 0)
            return -1;
    }
}


/*
 * Why reading failed: the server hung up (POLLHUP, or a read that hit
 * the end of the stream, which the socket layer reports as EIO), or an
 * error.
 */
static int
virNetClientReadFailReason(short revents)
{
    virErrorPtr err = virGetLastError();

    if ((revents & POLLHUP) || (err && err->code == VIR_ERR_SYSTEM_ERROR && err->int1 == EIO))
        return VIR_CONNECT_CLOSE_REASON_EOF;
    return VIR_CONNECT_CLOSE_REASON_ERROR;
}


/* Waits in poll() for the socket, the wake-up pipe or a keepalive deadline. */
static int
virNetClientPoll(virNetClient *client, short *revents)
{
    struct pollfd fds[2];
    int timeout;
    int rc;

    virObjectLock(client);
    fds[0].fd = client->fd;
    fds[0].events = POLLIN;
    if (client->txHead && !client->txBusy)
        fds[0].events |= POLLOUT;
    timeout = virNetClientKeepAliveTimeoutLocked(client);
    virObjectUnlock(client);
    fds[1].fd = client->wakeup[0];
    fds[1].events = POLLIN;

    do {
        rc = poll(fds, G_N_ELEMENTS(fds), timeout);
    } while (rc < 0 && errno == EINTR);
    if (rc < 0) {
        virReportSystemError(errno, "%s", _("Unable to poll on socket"));
        return -1;
    }
    if (fds[1].revents) {
        char buf[64];

        while (read(client->wakeup[0], buf, sizeof(buf)) > 0) {
        }
    }
    *revents = fds[0].revents;
    return 0;
}


/*
 * The end of the I/O thread: waits for a writer to finish, fails every
 * pending call and stream, closes the socket. Returns with the lock held.
 */
static void
virNetClientShutdownLocked(virNetClient *client)
{
    size_t i;

    while (client->txBusy)
        virCondWait(&client->threadCond, &client->parent.lock);

    while (client->txHead)
        virNetClientTxDequeueLocked(client);
    for (i = 0; i < client->waiting->len; i++)
        virNetClientTxCompleteLocked(g_ptr_array_index(client->waiting, i));
    g_ptr_array_set_size(client->waiting, 0);
    for (i = 0; i < client->streams->len; i++)
        virNetClientStreamWakeLocked(g_ptr_array_index(client->streams, i));

    VIR_FORCE_CLOSE(client->fd);
}


static void
virNetClientIOThread(void *opaque)
{
    virNetClient *client = opaque;
    virNetMessage *rx = virNetMessageNew();
    virNetClientCloseFunc func = NULL;
    void *funcOpaque = NULL;
    int reason;

    virNetMessagePrepareRead(rx);
    virObjectLock(client);
    client->threadID = virThreadSelfID();
    while (!client->closed) {
        short revents = 0;

        virObjectUnlock(client);
        if (virNetClientPoll(client, &revents) < 0) {
            virObjectLock(client);
            virNetClientMarkCloseLocked(client, VIR_CONNECT_CLOSE_REASON_ERROR);
            break;
        }
        if ((revents & (POLLIN | POLLHUP | POLLERR)) && virNetClientReadAll(client, &rx) < 0) {
            virObjectLock(client);
            virNetClientMarkCloseLocked(client, virNetClientReadFailReason(revents));
            break;
        }
        virObjectLock(client);
        if (revents & POLLOUT)
            virNetClientTransmitLocked(client, true);
        virNetClientKeepAliveTickLocked(client);
    }

    virNetClientShutdownLocked(client);
    virNetMessageFree(rx);
    if (!client->quit) {
        func = client->closeFunc;
        funcOpaque = client->closeOpaque;
    }
    reason = client->closeReason;
    virObjectUnlock(client);

    /* Before the thread counts as finished: virNetClientClose() waits for
     * it, so no callback can run once that returned. */
    if (func)
        func(client, reason, funcOpaque);

    virObjectLock(client);
    client->threadRunning = false;
    virCondBroadcast(&client->threadCond);
    virObjectUnlock(client);
    VIR_DEBUG("client=%p I/O thread done", client);
    virObjectUnref(client);
}


void
virNetClientClose(virNetClient *client)
{
    if (!client)
        return;
    virObjectLock(client);
    VIR_DEBUG("client=%p", client);
    client->quit = true;
    if (!client->closed) {
        client->closed = true;
        client->closeReason = VIR_CONNECT_CLOSE_REASON_CLIENT;
        virNetClientWakeup(client);
    }
    if (client->threadID != virThreadSelfID()) {
        while (client->threadRunning)
            virCondWait(&client->threadCond, &client->parent.lock);
    }
    virObjectUnlock(client);
}
