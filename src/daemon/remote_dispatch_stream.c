/*
 * remote_dispatch_stream.c: REMOTE handlers of volume upload/download
 *
 * The handler attaches a (blocking) virStream of the client's connection
 * with virStorageVolUpload/Download, then opens a server stream on the
 * call's serial:
 *   - upload: each STREAM CONTINUE frame is written to the virStream on a
 *     worker; the client's STREAM OK finishes it (the server confirms with
 *     STREAM OK, or answers STREAM ERROR if finishing failed);
 *   - download: a thread reads the virStream and sends the data (the
 *     server holds it until the call's reply is out), then the empty EOF
 *     frame, and waits for the client's STREAM OK (or abort).
 *
 * The server stream's own reference is dropped exactly once with
 * virNetServerStreamFinish(): by the upload's last frame, or by the
 * download thread when it is done.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virlog.h"

#define VIR_REMOTE_DISPATCH_PRIV_H_ALLOW
#include "remote_dispatch_priv.h"

#define VIR_FROM_THIS VIR_FROM_STREAMS

VIR_LOG_INIT("daemon.remote_dispatch_stream");

typedef struct _remoteDispatchStream remoteDispatchStream;
struct _remoteDispatchStream {
    virStream *st;           /* the client connection's stream (one reference) */
    virNetServerStream *sst; /* the server stream; its owner reference is ours */
    GMutex lock;             /* guards the fields below */
    GCond cond;              /* signalled when @done is set */
    bool done;               /* download: the client finished or aborted */
    virError *error;         /* download: why finishing failed, or NULL */
};


static void
remoteDispatchStreamFree(void *opaque)
{
    remoteDispatchStream *ctx = opaque;

    virObjectUnref(ctx->st);
    if (ctx->error)
        virFreeError(ctx->error);
    g_mutex_clear(&ctx->lock);
    g_cond_clear(&ctx->cond);
    g_free(ctx);
}


static remoteDispatchStream *
remoteDispatchStreamNew(virStream *st)
{
    remoteDispatchStream *ctx = g_new0(remoteDispatchStream, 1);

    ctx->st = st;
    g_mutex_init(&ctx->lock);
    g_cond_init(&ctx->cond);
    return ctx;
}


/* ---- upload: client -> server ---- */

static int
remoteDispatchUploadRecv(
    virNetServerStream *sst G_GNUC_UNUSED, int status, const char *data, size_t len, void *opaque)
{
    remoteDispatchStream *ctx = opaque;
    size_t pos = 0;
    int n;

    switch (status) {
    case VIR_NET_CONTINUE:
        while (pos < len) {
            if ((n = virStreamSend(ctx->st, data + pos, len - pos)) < 0) {
                (void)virStreamAbort(ctx->st);
                (void)virNetServerStreamFinish(ctx->sst, true);
                return -1;
            }
            pos += (size_t)n;
        }
        return 0;
    case VIR_NET_OK:
        if (virStreamFinish(ctx->st) < 0) {
            (void)virNetServerStreamFinish(ctx->sst, true);
            return -1;
        }
        (void)virNetServerStreamFinish(ctx->sst, false);
        return 0;
    default:
        /* the client aborted or went away: the stream has ended already */
        (void)virStreamAbort(ctx->st);
        (void)virNetServerStreamFinish(ctx->sst, false);
        return 0;
    }
}


/* ---- download: server -> client ---- */

/* Marks the download as finished by the client and wakes the thread. */
static void
remoteDispatchDownloadDone(remoteDispatchStream *ctx, bool failed)
{
    g_mutex_lock(&ctx->lock);
    if (failed && !ctx->error)
        ctx->error = virErrorCopyNew(virGetLastError());
    ctx->done = true;
    g_cond_broadcast(&ctx->cond);
    g_mutex_unlock(&ctx->lock);
}


static int
remoteDispatchDownloadRecv(virNetServerStream *sst G_GNUC_UNUSED,
                           int status,
                           const char *data G_GNUC_UNUSED,
                           size_t len,
                           void *opaque)
{
    remoteDispatchStream *ctx = opaque;

    switch (status) {
    case VIR_NET_CONTINUE:
        if (len == 0)
            return 0;
        virReportError(VIR_ERR_RPC, "%s", _("unexpected stream data from the client"));
        (void)virStreamAbort(ctx->st);
        remoteDispatchDownloadDone(ctx, true);
        return -1;
    case VIR_NET_OK:
        if (virStreamFinish(ctx->st) < 0) {
            remoteDispatchDownloadDone(ctx, true);
            return -1;
        }
        remoteDispatchDownloadDone(ctx, false);
        return 0;
    default:
        (void)virStreamAbort(ctx->st);
        remoteDispatchDownloadDone(ctx, false);
        return 0;
    }
}


/*
 * Sends the volume's data then EOF. Returns 0, or -1 with an error (the
 * virStream is aborted).
 */
static int
remoteDispatchDownloadPump(remoteDispatchStream *ctx)
{
    g_autofree char *buf = g_new0(char, VIR_NET_MESSAGE_STREAM_CHUNK);
    int n;

    while (true) {
        g_mutex_lock(&ctx->lock);
        n = ctx->done ? -1 : 0;
        g_mutex_unlock(&ctx->lock);
        if (n < 0) {
            virReportError(VIR_ERR_OPERATION_ABORTED, "%s", _("stream aborted"));
            return -1;
        }
        if ((n = virStreamRecv(ctx->st, buf, VIR_NET_MESSAGE_STREAM_CHUNK)) < 0) {
            (void)virStreamAbort(ctx->st);
            return -1;
        }
        /* n == 0 sends the empty EOF frame */
        if (virNetServerStreamSend(ctx->sst, buf, (size_t)n) < 0) {
            (void)virStreamAbort(ctx->st);
            return -1;
        }
        if (n == 0)
            return 0;
    }
}


static gpointer
remoteDispatchDownloadThread(gpointer opaque)
{
    remoteDispatchStream *ctx = opaque;
    virNetServerStream *sst = ctx->sst;
    bool error = false;

    if (remoteDispatchDownloadPump(ctx) < 0) {
        error = true;
    } else {
        /* the client finishes (STREAM OK) or aborts */
        g_mutex_lock(&ctx->lock);
        while (!ctx->done)
            g_cond_wait(&ctx->cond, &ctx->lock);
        if (ctx->error) {
            virSetError(ctx->error);
            error = true;
        }
        g_mutex_unlock(&ctx->lock);
    }
    /* last use of @ctx: this may free it */
    (void)virNetServerStreamFinish(sst, error);
    return NULL;
}


/* ---- handlers ---- */

/* Attaches a new stream of @vol's connection; NULL with an error. */
static virStream *
remoteDispatchStreamAttach(
    virStorageVol *vol, bool upload, uint64_t offset, uint64_t length, unsigned int flags)
{
    virStream *st;
    int rc;

    if (!(st = virStreamNew(vol->conn, 0)))
        return NULL;
    if (upload)
        rc = virStorageVolUpload(vol, st, offset, length, flags);
    else
        rc = virStorageVolDownload(vol, st, offset, length, flags);
    if (rc < 0) {
        virObjectUnref(st);
        return NULL;
    }
    return st;
}


static int
remoteDispatchStorageVolUpload(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_vol_upload_args *a = args;
    g_autoptr(virStorageVol) vol = remoteDispatchGetStorageVol(client, &a->vol);
    remoteDispatchStream *ctx;
    virStream *st;

    if (!vol || !(st = remoteDispatchStreamAttach(vol, true, a->offset, a->length, a->flags)))
        return -1;
    ctx = remoteDispatchStreamNew(st);
    ctx->sst = virNetServerClientAddStream(client, &msg->header, remoteDispatchUploadRecv, ctx,
                                           remoteDispatchStreamFree);
    return 0;
}


static int
remoteDispatchStorageVolDownload(REMOTE_DISPATCH_PARAMS)
{
    remote_storage_vol_download_args *a = args;
    g_autoptr(virStorageVol) vol = remoteDispatchGetStorageVol(client, &a->vol);
    remoteDispatchStream *ctx;
    virStream *st;

    if (!vol || !(st = remoteDispatchStreamAttach(vol, false, a->offset, a->length, a->flags)))
        return -1;
    ctx = remoteDispatchStreamNew(st);
    ctx->sst = virNetServerClientAddStream(client, &msg->header, remoteDispatchDownloadRecv, ctx,
                                           remoteDispatchStreamFree);
    /* what the thread sends before the reply is out is held back */
    g_thread_unref(g_thread_new("vol-download", remoteDispatchDownloadThread, ctx));
    return 0;
}


static const virNetServerProcHandler remoteDispatchStreamHandlers[] = {
    { REMOTE_PROC_STORAGE_VOL_UPLOAD, remoteDispatchStorageVolUpload },
    { REMOTE_PROC_STORAGE_VOL_DOWNLOAD, remoteDispatchStorageVolDownload },
};

const remoteDispatchHandlerTable remoteDispatchStreamTable = {
    remoteDispatchStreamHandlers,
    G_N_ELEMENTS(remoteDispatchStreamHandlers),
};
