/*
 * virnetmessage.c: one RPC frame, its header and its payload
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "internal.h"
#include "remote_protocol.h"
#include "virerror.h"
#include "virlog.h"
#include "virnetmessage.h"

#define VIR_FROM_THIS VIR_FROM_RPC

VIR_LOG_INIT("rpc.netmessage");

/* length word + header */
#define VIR_NET_MESSAGE_HEADER_END (VIR_NET_MESSAGE_LEN_MAX + VIR_NET_MESSAGE_HEADER_MAX)
/* the largest frame, length word included */
#define VIR_NET_MESSAGE_FRAME_MAX ((size_t)VIR_NET_MESSAGE_MAX + VIR_NET_MESSAGE_LEN_MAX)


static void
virNetMessagePutU32(char *buf, uint32_t val)
{
    buf[0] = (char)(val >> 24);
    buf[1] = (char)(val >> 16);
    buf[2] = (char)(val >> 8);
    buf[3] = (char)val;
}


static uint32_t
virNetMessageGetU32(const char *buf)
{
    const unsigned char *b = (const unsigned char *)buf;

    return ((uint32_t)b[0] << 24) | ((uint32_t)b[1] << 16) | ((uint32_t)b[2] << 8) | b[3];
}


static bool
virNetMessageTypeHasFDs(int type)
{
    return type == VIR_NET_CALL_WITH_FDS || type == VIR_NET_REPLY_WITH_FDS;
}


/* Offset of the payload proper: after the header and the fd count. */
static size_t
virNetMessagePayloadOffset(const virNetMessage *msg)
{
    size_t off = VIR_NET_MESSAGE_HEADER_END;

    if (virNetMessageTypeHasFDs(msg->header.type))
        off += 4;
    return off;
}


static void
virNetMessageCloseFDs(virNetMessage *msg)
{
    size_t i;

    for (i = 0; i < msg->nfds; i++) {
        if (msg->fds[i] >= 0)
            (void)close(msg->fds[i]);
    }
    g_clear_pointer(&msg->fds, g_free);
    msg->nfds = 0;
    msg->donefds = 0;
}


virNetMessage *
virNetMessageNew(void)
{
    return g_new0(virNetMessage, 1);
}


void
virNetMessageClear(virNetMessage *msg)
{
    if (!msg)
        return;
    virNetMessageCloseFDs(msg);
    g_free(msg->buffer);
    memset(msg, 0, sizeof(*msg));
}


void
virNetMessageFree(virNetMessage *msg)
{
    if (!msg)
        return;
    virNetMessageClear(msg);
    g_free(msg);
}


/* Makes sure @msg->buffer holds at least @cap bytes. */
static void
virNetMessageReserve(virNetMessage *msg, size_t cap)
{
    if (msg->bufferCap >= cap)
        return;
    msg->buffer = g_realloc(msg->buffer, cap);
    msg->bufferCap = cap;
}


void
virNetMessagePrepareRead(virNetMessage *msg)
{
    /* room for a whole header: virNetSocketReadMessage reads the length
     * word and the header together */
    virNetMessageReserve(msg, VIR_NET_MESSAGE_LEN_MAX + VIR_NET_MESSAGE_HEADER_MAX);
    msg->bufferLength = VIR_NET_MESSAGE_LEN_MAX;
    msg->bufferOffset = 0;
}


int
virNetMessageDecodeLength(virNetMessage *msg)
{
    uint32_t len;

    if (!msg->buffer || msg->bufferLength < VIR_NET_MESSAGE_LEN_MAX) {
        virReportError(VIR_ERR_RPC, "%s", _("Unable to decode message length"));
        return -1;
    }
    len = virNetMessageGetU32(msg->buffer);
    if (len < VIR_NET_MESSAGE_HEADER_END) {
        virReportError(VIR_ERR_RPC,
                       _("packet %1$u bytes received from server too small, want %2$u"), len,
                       (unsigned int)VIR_NET_MESSAGE_HEADER_END);
        return -1;
    }
    if (len - VIR_NET_MESSAGE_LEN_MAX > VIR_NET_MESSAGE_MAX) {
        virReportError(VIR_ERR_RPC,
                       _("packet %1$u bytes received from server too large, want %2$u"),
                       len - VIR_NET_MESSAGE_LEN_MAX, (unsigned int)VIR_NET_MESSAGE_MAX);
        return -1;
    }
    /* the rest of the frame is read after the length word already there */
    virNetMessageReserve(msg, len);
    msg->bufferLength = len;
    return 0;
}


int
virNetMessageDecodeHeader(virNetMessage *msg)
{
    const char *h;

    if (!msg->buffer || msg->bufferLength < VIR_NET_MESSAGE_HEADER_END) {
        virReportError(VIR_ERR_RPC, "%s", _("Unable to decode header"));
        return -1;
    }
    h = msg->buffer + VIR_NET_MESSAGE_LEN_MAX;
    msg->header.prog = virNetMessageGetU32(h);
    msg->header.vers = virNetMessageGetU32(h + 4);
    msg->header.proc = (int32_t)virNetMessageGetU32(h + 8);
    msg->header.type = (int32_t)virNetMessageGetU32(h + 12);
    msg->header.serial = virNetMessageGetU32(h + 16);
    msg->header.status = (int32_t)virNetMessageGetU32(h + 20);
    return 0;
}


int
virNetMessageEncodeHeader(virNetMessage *msg)
{
    char *h;

    virNetMessageReserve(msg, VIR_NET_MESSAGE_INITIAL);
    h = msg->buffer;
    virNetMessagePutU32(h, VIR_NET_MESSAGE_HEADER_END);
    virNetMessagePutU32(h + 4, msg->header.prog);
    virNetMessagePutU32(h + 8, msg->header.vers);
    virNetMessagePutU32(h + 12, (uint32_t)msg->header.proc);
    virNetMessagePutU32(h + 16, (uint32_t)msg->header.type);
    virNetMessagePutU32(h + 20, msg->header.serial);
    virNetMessagePutU32(h + 24, (uint32_t)msg->header.status);
    msg->bufferLength = VIR_NET_MESSAGE_HEADER_END;
    msg->bufferOffset = 0;
    return 0;
}


/* Checks that the header was encoded and, for *_WITH_FDS types, appends
 * the fd count when nothing follows the header yet. */
static int
virNetMessageStartPayload(virNetMessage *msg)
{
    if (!msg->buffer || msg->bufferLength < VIR_NET_MESSAGE_HEADER_END) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("message header is not encoded"));
        return -1;
    }
    if (!virNetMessageTypeHasFDs(msg->header.type) ||
        msg->bufferLength != VIR_NET_MESSAGE_HEADER_END)
        return 0;
    if (msg->nfds > VIR_NET_MESSAGE_NUM_FDS_MAX) {
        virReportError(VIR_ERR_RPC, _("Too many FDs to send %1$zu, expected %2$d maximum"),
                       msg->nfds, VIR_NET_MESSAGE_NUM_FDS_MAX);
        return -1;
    }
    virNetMessageReserve(msg, msg->bufferLength + 4);
    virNetMessagePutU32(msg->buffer + msg->bufferLength, (uint32_t)msg->nfds);
    msg->bufferLength += 4;
    return 0;
}


static void
virNetMessageFinish(virNetMessage *msg)
{
    virNetMessagePutU32(msg->buffer, (uint32_t)msg->bufferLength);
    msg->bufferOffset = 0;
    msg->donefds = 0;
}


int
virNetMessageEncodePayload(virNetMessage *msg, const virXDRStruct *desc, const void *data)
{
    size_t len;

    if (virNetMessageStartPayload(msg) < 0)
        return -1;
    len = msg->bufferLength;
    if (virXDREncodeGrow(desc, data, &msg->buffer, &len, &msg->bufferCap,
                         VIR_NET_MESSAGE_FRAME_MAX) < 0)
        return -1;
    msg->bufferLength = len;
    virNetMessageFinish(msg);
    return 0;
}


int
virNetMessageEncodePayloadRaw(virNetMessage *msg, const char *data, size_t len)
{
    if (virNetMessageStartPayload(msg) < 0)
        return -1;
    if (len > VIR_NET_MESSAGE_FRAME_MAX - msg->bufferLength) {
        virReportError(
            VIR_ERR_RPC,
            _("Stream data too long to send (%1$zu bytes needed, %2$zu bytes available)"), len,
            VIR_NET_MESSAGE_FRAME_MAX - msg->bufferLength);
        return -1;
    }
    virNetMessageReserve(msg, msg->bufferLength + len);
    if (len)
        memcpy(msg->buffer + msg->bufferLength, data, len);
    msg->bufferLength += len;
    virNetMessageFinish(msg);
    return 0;
}


int
virNetMessageDecodeNumFDs(virNetMessage *msg)
{
    uint32_t n;
    size_t i;

    if (!msg->buffer || msg->bufferLength < VIR_NET_MESSAGE_HEADER_END + 4) {
        virReportError(VIR_ERR_RPC, "%s", _("Unable to decode number of FDs"));
        return -1;
    }
    n = virNetMessageGetU32(msg->buffer + VIR_NET_MESSAGE_HEADER_END);
    if (n > VIR_NET_MESSAGE_NUM_FDS_MAX) {
        virReportError(VIR_ERR_RPC, _("Received too many FDs %1$u, expected %2$d maximum"), n,
                       VIR_NET_MESSAGE_NUM_FDS_MAX);
        return -1;
    }
    virNetMessageCloseFDs(msg);
    if (n) {
        msg->fds = g_new(int, n);
        for (i = 0; i < n; i++)
            msg->fds[i] = -1;
    }
    msg->nfds = n;
    VIR_DEBUG("Got %u FDs from peer", n);
    return 0;
}


int
virNetMessageDecodePayload(virNetMessage *msg, const virXDRStruct *desc, void *data)
{
    size_t off = virNetMessagePayloadOffset(msg);

    if (!msg->buffer || msg->bufferLength < off) {
        virReportError(VIR_ERR_RPC, "%s", _("Unable to decode message payload"));
        return -1;
    }
    return virXDRDecode(desc, msg->buffer + off, msg->bufferLength - off, data);
}


const char *
virNetMessagePayload(const virNetMessage *msg, size_t *len)
{
    size_t off = virNetMessagePayloadOffset(msg);

    if (!msg->buffer || msg->bufferLength < off) {
        *len = 0;
        return msg->buffer ? msg->buffer + msg->bufferLength : NULL;
    }
    *len = msg->bufferLength - off;
    return msg->buffer + off;
}


void
virNetMessageSaveError(struct remote_error *rerr)
{
    virError *err = virGetLastError();

    if (err) {
        rerr->code = err->code;
        rerr->domain = err->domain;
        rerr->message = g_strdup(err->message);
        rerr->level = err->level;
        rerr->str1 = g_strdup(err->str1);
        rerr->str2 = g_strdup(err->str2);
        rerr->str3 = g_strdup(err->str3);
        rerr->int1 = err->int1;
        rerr->int2 = err->int2;
    } else {
        rerr->code = VIR_ERR_INTERNAL_ERROR;
        rerr->domain = VIR_FROM_RPC;
        rerr->message = g_strdup(_("Library function returned error but did not set virError"));
        rerr->level = VIR_ERR_ERROR;
        rerr->int1 = -1;
        rerr->int2 = -1;
    }
}


int
virNetMessageEncodeError(virNetMessage *msg, virNetMessageType type)
{
    remote_error rerr = { 0 };
    int ret;

    virNetMessageSaveError(&rerr);
    /* an error reply never carries descriptors */
    virNetMessageCloseFDs(msg);
    msg->header.type = type;
    msg->header.status = VIR_NET_ERROR;
    ret = virNetMessageEncodeHeader(msg);
    if (ret == 0)
        ret = virNetMessageEncodePayload(msg, &remote_error_desc, &rerr);
    virXDRFree(&remote_error_desc, &rerr);
    return ret;
}


void
virNetMessageRaiseError(const struct remote_error *rerr)
{
    /* a failure must leave an error behind, even if the peer sent code 0 */
    int code = rerr->code != VIR_ERR_OK ? rerr->code : VIR_ERR_INTERNAL_ERROR;

    virRaiseErrorFull(__FILE__, __func__, __LINE__, rerr->domain, code, (virErrorLevel)rerr->level,
                      rerr->str1, rerr->str2, rerr->str3, rerr->int1, rerr->int2, "%s",
                      rerr->message ? rerr->message : _("Unknown error"));
}
