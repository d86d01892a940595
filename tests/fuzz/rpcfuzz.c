/*
 * rpcfuzz.c: libFuzzer target for RPC frames and the XDR codec
 *
 * Each input is read as one frame the way the socket layer does it:
 * length word, header, fd count for *_WITH_FDS types, then the payload is
 * decoded with the description the header selects (CALL: the procedure's
 * args, REPLY: its ret, MESSAGE: its body, status ERROR: remote_error;
 * STREAM data is raw). Whatever decodes is encoded again into a fresh
 * frame, decoded from there and encoded a third time: the second and
 * third encodings must be equal (the first decode may normalise, e.g.
 * XDR chars 128..255 come back negative). Errors are expected for most
 * inputs; crashes, leaks and a failing re-encode are findings.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "internal.h"
#include "remote_protocol.h"
#include "virerror.h"
#include "virnetmessage.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);


int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
    virErrorInitialize();
    return 0;
}


/* The description the frame's header selects, or NULL. */
static const virXDRStruct *
fuzzSelectDesc(const virNetMessageHeader *hdr, bool *found)
{
    const virNetProgramDef *def = NULL;
    const virNetProcedure *proc;

    *found = false;
    if (hdr->status == VIR_NET_ERROR) {
        *found = true;
        return &remote_error_desc;
    }
    if (hdr->prog == REMOTE_PROGRAM)
        def = &remoteProgramDef;
    else if (hdr->prog == KEEPALIVE_PROGRAM)
        def = &keepaliveProgramDef;
    if (!def || !(proc = virNetProgramDefLookup(def, hdr->proc)))
        return NULL;

    switch (hdr->type) {
    case VIR_NET_CALL:
    case VIR_NET_CALL_WITH_FDS:
        *found = true;
        return proc->args;
    case VIR_NET_REPLY:
    case VIR_NET_REPLY_WITH_FDS:
    case VIR_NET_MESSAGE:
        *found = true;
        return proc->ret;
    default:
        return NULL;
    }
}


/* Encodes @data into a fresh frame with @hdr; aborts on failure. */
static virNetMessage *
fuzzEncode(const virNetMessageHeader *hdr, size_t nfds, const virXDRStruct *desc, void *data)
{
    virNetMessage *msg = virNetMessageNew();

    msg->header = *hdr;
    if (nfds) {
        msg->fds = g_new(int, nfds);
        memset(msg->fds, 0xff, nfds * sizeof(int));
        msg->nfds = nfds;
    }
    if (virNetMessageEncodeHeader(msg) < 0 || virNetMessageEncodePayload(msg, desc, data) < 0) {
        fprintf(stderr, "re-encoding %s failed: %s\n", desc ? desc->name : "void",
                virGetLastErrorMessage());
        abort();
    }
    return msg;
}


static void
fuzzRoundTrip(virNetMessage *msg, const virXDRStruct *desc)
{
    g_autofree char *first = g_malloc0(desc ? desc->size : 1);
    g_autofree char *second = g_malloc0(desc ? desc->size : 1);
    virNetMessage *enc1 = NULL;
    virNetMessage *enc2 = NULL;

    if (virNetMessageDecodePayload(msg, desc, first) < 0)
        return;
    enc1 = fuzzEncode(&msg->header, msg->nfds, desc, first);
    if (virNetMessageDecodeHeader(enc1) < 0 || (msg->nfds && virNetMessageDecodeNumFDs(enc1) < 0) ||
        virNetMessageDecodePayload(enc1, desc, second) < 0) {
        fprintf(stderr, "cannot decode the re-encoded %s\n", desc ? desc->name : "void");
        abort();
    }
    enc2 = fuzzEncode(&msg->header, msg->nfds, desc, second);
    if (enc1->bufferLength != enc2->bufferLength ||
        memcmp(enc1->buffer, enc2->buffer, enc1->bufferLength) != 0) {
        fprintf(stderr, "re-encoding of %s does not converge\n", desc ? desc->name : "void");
        abort();
    }
    virXDRFree(desc, first);
    virXDRFree(desc, second);
    virNetMessageFree(enc1);
    virNetMessageFree(enc2);
}


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    virNetMessage *msg = virNetMessageNew();
    const virXDRStruct *desc;
    bool found;
    size_t len;

    if (size < VIR_NET_MESSAGE_LEN_MAX)
        goto cleanup;
    virNetMessagePrepareRead(msg);
    memcpy(msg->buffer, data, VIR_NET_MESSAGE_LEN_MAX);
    msg->bufferOffset = VIR_NET_MESSAGE_LEN_MAX;
    if (virNetMessageDecodeLength(msg) < 0)
        goto cleanup;

    /* a frame cut short by the input is decoded as far as it goes */
    len = MIN(size, msg->bufferLength);
    memcpy(msg->buffer + VIR_NET_MESSAGE_LEN_MAX, data + VIR_NET_MESSAGE_LEN_MAX,
           len - VIR_NET_MESSAGE_LEN_MAX);
    msg->bufferLength = len;
    msg->bufferOffset = len;
    if (virNetMessageDecodeHeader(msg) < 0)
        goto cleanup;
    if ((msg->header.type == VIR_NET_CALL_WITH_FDS || msg->header.type == VIR_NET_REPLY_WITH_FDS) &&
        virNetMessageDecodeNumFDs(msg) < 0)
        goto cleanup;

    if (msg->header.type == VIR_NET_STREAM && msg->header.status != VIR_NET_ERROR) {
        const char *payload = virNetMessagePayload(msg, &len);
        virNetMessage *copy = virNetMessageNew();

        copy->header = msg->header;
        if (virNetMessageEncodeHeader(copy) < 0 ||
            virNetMessageEncodePayloadRaw(copy, payload, len) < 0 ||
            copy->bufferLength != msg->bufferLength)
            abort();
        virNetMessageFree(copy);
        goto cleanup;
    }

    desc = fuzzSelectDesc(&msg->header, &found);
    if (found)
        fuzzRoundTrip(msg, desc);

cleanup:
    virResetLastError();
    virNetMessageFree(msg);
    return 0;
}
