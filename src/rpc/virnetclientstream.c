/*
 * virnetclientstream.c: data streams over a virNetClient
 *
 * A stream's state is guarded by its client's lock: the I/O thread
 * queues incoming frames under it, the application's thread consumes
 * them under it and sleeps on the stream's condition.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "remote_protocol.h"
#include "virerror.h"
#include "virlog.h"
#include "virnetclient.h"
#define VIR_NETCLIENTPRIV_H_ALLOW
#include "virnetclientpriv.h"

#define VIR_FROM_THIS VIR_FROM_RPC

VIR_LOG_INIT("rpc.netclientstream");

struct _virNetClientStream {
    virNetClient *client; /* reference held */
    uint32_t prog;        /* fixed: the frames' program, version, procedure, serial */
    uint32_t vers;
    int proc;
    uint32_t serial;
    GQueue rx;         /* client lock: received data frames (virNetMessage) */
    size_t rxOffset;   /* client lock: bytes of the head frame consumed */
    bool eof;          /* client lock: the server sent its end of data */
    bool finished;     /* client lock: the server sent STREAM OK */
    remote_error *err; /* client lock: the server's STREAM ERROR, or NULL */
    virCond cond;      /* client lock: broadcast on any change above */
};


virNetClientStream *
virNetClientStreamNew(virNetClient *client, const virNetProgramDef *def, int proc, uint32_t serial)
{
    virNetClientStream *st = g_new0(virNetClientStream, 1);

    st->client = virObjectRef(client);
    st->prog = def->prog;
    st->vers = def->vers;
    st->proc = proc;
    st->serial = serial;
    g_queue_init(&st->rx);
    virCondInit(&st->cond);

    virObjectLock(client);
    virNetClientAddStreamLocked(client, st);
    virObjectUnlock(client);
    VIR_DEBUG("stream=%p proc=%d serial=%u", st, proc, serial);
    return st;
}


void
virNetClientStreamFree(virNetClientStream *st)
{
    if (!st)
        return;
    VIR_DEBUG("stream=%p", st);
    virObjectLock(st->client);
    virNetClientRemoveStreamLocked(st->client, st);
    virObjectUnlock(st->client);

    g_queue_clear_full(&st->rx, (GDestroyNotify)virNetMessageFree);
    if (st->err) {
        virXDRFree(&remote_error_desc, st->err);
        g_free(st->err);
    }
    virCondDestroy(&st->cond);
    virObjectUnref(st->client);
    g_free(st);
}


bool
virNetClientStreamMatches(virNetClientStream *st, const virNetMessageHeader *hdr)
{
    return st->prog == hdr->prog && st->vers == hdr->vers && st->proc == hdr->proc &&
           st->serial == hdr->serial;
}


/* Keeps the error a server's STREAM ERROR frame carries. */
static void
virNetClientStreamSetErrorLocked(virNetClientStream *st, virNetMessage *msg)
{
    if (st->err)
        return;
    st->err = g_new0(remote_error, 1);
    if (virNetMessageDecodePayload(msg, &remote_error_desc, st->err) < 0)
        virNetMessageSaveError(st->err);
}


void
virNetClientStreamDispatchLocked(virNetClientStream *st, virNetMessage *msg)
{
    size_t len = 0;

    /* Holes only come with sparse streams, which are never asked for. */
    if (msg->header.type == VIR_NET_STREAM_HOLE) {
        VIR_DEBUG("stream=%p ignoring a hole", st);
        virNetMessageFree(msg);
        return;
    }
    switch (msg->header.status) {
    case VIR_NET_CONTINUE:
        (void)virNetMessagePayload(msg, &len);
        if (len == 0) {
            st->eof = true;
            virNetMessageFree(msg);
        } else {
            g_queue_push_tail(&st->rx, msg);
        }
        break;
    case VIR_NET_OK:
        st->finished = true;
        virNetMessageFree(msg);
        break;
    case VIR_NET_ERROR:
        virNetClientStreamSetErrorLocked(st, msg);
        virNetMessageFree(msg);
        break;
    default:
        VIR_DEBUG("stream=%p frame with unexpected status %d", st, msg->header.status);
        virNetMessageFree(msg);
        break;
    }
    virCondBroadcast(&st->cond);
}


void
virNetClientStreamWakeLocked(virNetClientStream *st)
{
    virCondBroadcast(&st->cond);
}


/* Sends one STREAM frame of @status and waits until it is written. */
static int
virNetClientStreamSendFrame(virNetClientStream *st, int status, const char *data, size_t len)
{
    virNetMessage *msg = virNetMessageNew();

    msg->header.prog = st->prog;
    msg->header.vers = st->vers;
    msg->header.proc = st->proc;
    msg->header.type = VIR_NET_STREAM;
    msg->header.serial = st->serial;
    msg->header.status = status;
    if (virNetMessageEncodeHeader(msg) < 0 || virNetMessageEncodePayloadRaw(msg, data, len) < 0) {
        virNetMessageFree(msg);
        return -1;
    }
    return virNetClientSendMessage(st->client, msg, false, NULL);
}


/* Raises the server's stream error, if it sent one. Client lock held. */
static bool
virNetClientStreamRaiseErrorLocked(virNetClientStream *st)
{
    if (!st->err)
        return false;
    virNetMessageRaiseError(st->err);
    return true;
}


int
virNetClientStreamSend(virNetClientStream *st, const char *data, size_t len)
{
    size_t done = 0;

    while (done < len) {
        size_t chunk = MIN(len - done, VIR_NET_MESSAGE_STREAM_CHUNK);
        bool failed;

        virObjectLock(st->client);
        failed = virNetClientStreamRaiseErrorLocked(st);
        virObjectUnlock(st->client);
        if (failed || virNetClientStreamSendFrame(st, VIR_NET_CONTINUE, data + done, chunk) < 0)
            return -1;
        done += chunk;
    }
    return (int)MIN(len, (size_t)G_MAXINT);
}


/* Moves up to @len queued bytes into @data. Client lock held. */
static size_t
virNetClientStreamCopyLocked(virNetClientStream *st, char *data, size_t len)
{
    size_t got = 0;

    while (got < len && !g_queue_is_empty(&st->rx)) {
        virNetMessage *msg = g_queue_peek_head(&st->rx);
        size_t plen = 0;
        const char *payload = virNetMessagePayload(msg, &plen);
        size_t n = MIN(len - got, plen - st->rxOffset);

        memcpy(data + got, payload + st->rxOffset, n);
        got += n;
        st->rxOffset += n;
        if (st->rxOffset == plen) {
            virNetMessageFree(g_queue_pop_head(&st->rx));
            st->rxOffset = 0;
        }
    }
    return got;
}


int
virNetClientStreamRecv(virNetClientStream *st, char *data, size_t len, bool nonblock)
{
    virNetClient *client = st->client;
    int ret = -2;

    virObjectLock(client);
    while (g_queue_is_empty(&st->rx) && !st->err && !st->eof &&
           !virNetClientIsClosedLocked(client) && !nonblock)
        virNetClientWaitLocked(client, &st->cond);

    if (!g_queue_is_empty(&st->rx)) {
        ret = (int)virNetClientStreamCopyLocked(st, data, MIN(len, (size_t)G_MAXINT));
    } else if (virNetClientStreamRaiseErrorLocked(st)) {
        ret = -1;
    } else if (st->eof) {
        ret = 0;
    } else if (virNetClientIsClosedLocked(client)) {
        virNetClientReportClosedLocked(client, false);
        ret = -1;
    }
    virObjectUnlock(client);
    return ret;
}


/*
 * Sends the end frame of @status (OK to finish, ERROR to abort) unless
 * the server ended the stream already, then waits for its answer.
 */
static int
virNetClientStreamEnd(virNetClientStream *st, int status)
{
    virNetClient *client = st->client;
    int ret = 0;

    virObjectLock(client);
    if (virNetClientStreamRaiseErrorLocked(st)) {
        virObjectUnlock(client);
        return -1;
    }
    if (st->finished) {
        virObjectUnlock(client);
        return 0;
    }
    virObjectUnlock(client);

    if (virNetClientStreamSendFrame(st, status, NULL, 0) < 0)
        return -1;

    virObjectLock(client);
    while (!st->finished && !st->err && !virNetClientIsClosedLocked(client))
        virNetClientWaitLocked(client, &st->cond);
    if (status == VIR_NET_OK && virNetClientStreamRaiseErrorLocked(st)) {
        ret = -1;
    } else if (!st->finished && !st->err) {
        virNetClientReportClosedLocked(client, false);
        ret = -1;
    }
    virObjectUnlock(client);
    return ret;
}


int
virNetClientStreamFinish(virNetClientStream *st)
{
    return virNetClientStreamEnd(st, VIR_NET_OK);
}


int
virNetClientStreamAbort(virNetClientStream *st)
{
    return virNetClientStreamEnd(st, VIR_NET_ERROR);
}
