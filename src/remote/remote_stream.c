/*
 * remote_stream.c: virStream over RPC streams
 *
 * A stream-opening call (virStorageVolUpload, virStorageVolDownload, ...)
 * goes through remoteStreamCall(), which registers a virNetClientStream
 * on the call's serial before sending it; the public stream calls then
 * move data as STREAM frames (wire-protocol.md section 8).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include "remote_driver_priv.h"
#include "remote_internal.h"
#include "virerror.h"
#include "virlog.h"

#define VIR_FROM_THIS VIR_FROM_STREAMS

VIR_LOG_INIT("remote.remote_stream");


static int
remoteStreamSend(virStream *st, const char *data, size_t nbytes)
{
    return virNetClientStreamSend(st->privateData, data, nbytes);
}


static int
remoteStreamRecv(virStream *st, char *data, size_t nbytes)
{
    return virNetClientStreamRecv(st->privateData, data, nbytes,
                                  (st->flags & VIR_STREAM_NONBLOCK) != 0);
}


static int
remoteStreamFinish(virStream *st)
{
    return virNetClientStreamFinish(st->privateData);
}


static int
remoteStreamAbort(virStream *st)
{
    return virNetClientStreamAbort(st->privateData);
}


static virStreamDriver remoteStreamDriver = {
    .streamSend = remoteStreamSend,
    .streamRecv = remoteStreamRecv,
    .streamFinish = remoteStreamFinish,
    .streamAbort = remoteStreamAbort,
};


static void
remoteStreamFree(void *opaque)
{
    virNetClientStreamFree(opaque);
}


int
remoteStreamCall(virStream *st, int proc, const void *args, void *ret)
{
    virNetClient *client = remoteConnGetClient(st->conn);
    uint32_t serial = virNetClientNewSerial(client);
    virNetClientStream *cst = virNetClientStreamNew(client, &remoteProgramDef, proc, serial);

    VIR_DEBUG("stream=%p proc=%d serial=%u", st, proc, serial);
    if (virNetClientCall(client, &remoteProgramDef, proc, serial, args, ret, NULL, 0, NULL, NULL) <
        0) {
        virNetClientStreamFree(cst);
        return -1;
    }
    st->driver = &remoteStreamDriver;
    st->privateData = cst;
    st->ff = remoteStreamFree;
    return 0;
}
