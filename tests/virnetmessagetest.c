/*
 * virnetmessagetest.c: tests for RPC frames (header, payload, fds, errors)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "internal.h"
#include "remote_protocol.h"
#include "virerror.h"
#include "virnetmessage.h"


/* The CONNECT_OPEN call of wire-protocol.md section 3, as observed. */
static const unsigned char testOpenFrame[] = {
    0x00, 0x00, 0x00, 0x38, 0x20, 0x00, 0x80, 0x86, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00,
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x0f, 'q',  'e',  'm',  'u',  ':',  '/',
    '/',  '/',  's',  'e',  's',  's',  'i',  'o',  'n',  0x00, 0x00, 0x00, 0x00, 0x06,
};


static void
testAssertError(int code, const char *message)
{
    virError *err = virGetLastError();

    g_assert_nonnull(err);
    g_assert_cmpint(err->code, ==, code);
    g_assert_cmpstr(err->message, ==, message);
    virResetLastError();
}


static void
testSetHeader(virNetMessage *msg,
              int proc,
              virNetMessageType type,
              uint32_t serial,
              virNetMessageStatus status)
{
    msg->header.prog = REMOTE_PROGRAM;
    msg->header.vers = REMOTE_PROTOCOL_VERSION;
    msg->header.proc = proc;
    msg->header.type = type;
    msg->header.serial = serial;
    msg->header.status = status;
}


/* Feeds @frame into a fresh message the way the socket layer reads it. */
static virNetMessage *
testReceive(const void *frame, size_t len)
{
    virNetMessage *msg = virNetMessageNew();

    virNetMessagePrepareRead(msg);
    g_assert_cmpuint(msg->bufferLength, ==, 4);
    g_assert_cmpuint(msg->bufferOffset, ==, 0);
    memcpy(msg->buffer, frame, 4);
    msg->bufferOffset = 4;
    g_assert_cmpint(virNetMessageDecodeLength(msg), ==, 0);
    g_assert_cmpuint(msg->bufferLength, ==, len);
    memcpy(msg->buffer + 4, (const char *)frame + 4, len - 4);
    msg->bufferOffset = len;
    g_assert_cmpint(virNetMessageDecodeHeader(msg), ==, 0);
    return msg;
}


static void
testEncodeCall(void)
{
    virNetMessage *msg = virNetMessageNew();
    remote_connect_open_args args = { (char *)"qemu:///session", 6 };

    testSetHeader(msg, REMOTE_PROC_CONNECT_OPEN, VIR_NET_CALL, 2, VIR_NET_OK);
    g_assert_cmpint(virNetMessageEncodeHeader(msg), ==, 0);
    g_assert_cmpuint(msg->bufferLength, ==, 28);
    g_assert_cmpint(virNetMessageEncodePayload(msg, &remote_connect_open_args_desc, &args), ==, 0);
    g_assert_cmpmem(msg->buffer, msg->bufferLength, testOpenFrame, sizeof(testOpenFrame));
    g_assert_cmpuint(msg->bufferOffset, ==, 0);

    /* a new header drops the old payload */
    g_assert_cmpint(virNetMessageEncodeHeader(msg), ==, 0);
    g_assert_cmpint(virNetMessageEncodePayload(msg, NULL, NULL), ==, 0);
    g_assert_cmpuint(msg->bufferLength, ==, 28);
    g_assert_cmpmem(msg->buffer, 4, "\0\0\0\x1c", 4);
    virNetMessageFree(msg);
    virNetMessageFree(NULL);
}


static void
testDecodeCall(void)
{
    virNetMessage *msg = testReceive(testOpenFrame, sizeof(testOpenFrame));
    remote_connect_open_args args = { 0 };
    size_t len;

    g_assert_cmpuint(msg->header.prog, ==, REMOTE_PROGRAM);
    g_assert_cmpuint(msg->header.vers, ==, 1);
    g_assert_cmpint(msg->header.proc, ==, REMOTE_PROC_CONNECT_OPEN);
    g_assert_cmpint(msg->header.type, ==, VIR_NET_CALL);
    g_assert_cmpuint(msg->header.serial, ==, 2);
    g_assert_cmpint(msg->header.status, ==, VIR_NET_OK);
    g_assert_cmpint(virNetMessageDecodePayload(msg, &remote_connect_open_args_desc, &args), ==, 0);
    g_assert_cmpstr(args.name, ==, "qemu:///session");
    g_assert_cmpuint(args.flags, ==, 6);
    virXDRFree(&remote_connect_open_args_desc, &args);
    g_assert_cmpuint(virNetMessagePayload(msg, &len) - msg->buffer, ==, 28);
    g_assert_cmpuint(len, ==, 28);

    /* a payload that does not match the procedure */
    msg->bufferLength = 40;
    g_assert_cmpint(virNetMessageDecodePayload(msg, &remote_connect_open_args_desc, &args), ==, -1);
    testAssertError(VIR_ERR_RPC, "Unable to decode message payload");
    virNetMessageFree(msg);
}


typedef struct {
    const char *name;
    uint32_t len;
    const char *error; /* NULL: accepted */
} testLength;

static const testLength testLengths[] = {
    { "zero", 0, "packet 0 bytes received from server too small, want 28" },
    { "len-8", 8, "packet 8 bytes received from server too small, want 28" },
    { "len-27", 27, "packet 27 bytes received from server too small, want 28" },
    { "len-28", 28, NULL },
    { "max", 33554436, NULL },
    { "max-plus-1", 33554437,
      "packet 33554433 bytes received from server too large, want 33554432" },
    { "40mib", 41943040, "packet 41943036 bytes received from server too large, want 33554432" },
    { "4gib", 0xffffffff, "packet 4294967291 bytes received from server too large, want 33554432" },
};


static void
testDecodeLength(const void *opaque)
{
    const testLength *t = opaque;
    virNetMessage *msg = virNetMessageNew();

    virNetMessagePrepareRead(msg);
    msg->buffer[0] = t->len >> 24;
    msg->buffer[1] = t->len >> 16;
    msg->buffer[2] = t->len >> 8;
    msg->buffer[3] = t->len;
    msg->bufferOffset = 4;
    if (t->error) {
        g_assert_cmpint(virNetMessageDecodeLength(msg), ==, -1);
        testAssertError(VIR_ERR_RPC, t->error);
    } else {
        g_assert_cmpint(virNetMessageDecodeLength(msg), ==, 0);
        g_assert_cmpuint(msg->bufferLength, ==, t->len);
        g_assert_cmpuint(msg->bufferCap, >=, t->len);
        g_assert_cmpuint(msg->bufferOffset, ==, 4);
    }
    virNetMessageFree(msg);
}


static void
testHeaderTooShort(void)
{
    virNetMessage *msg = virNetMessageNew();

    virNetMessagePrepareRead(msg);
    g_assert_cmpint(virNetMessageDecodeHeader(msg), ==, -1);
    testAssertError(VIR_ERR_RPC, "Unable to decode header");
    g_assert_cmpint(virNetMessageDecodeNumFDs(msg), ==, -1);
    testAssertError(VIR_ERR_RPC, "Unable to decode number of FDs");
    /* a payload before any header */
    virNetMessageClear(msg);
    g_assert_cmpint(virNetMessageEncodePayloadRaw(msg, "x", 1), ==, -1);
    testAssertError(VIR_ERR_INTERNAL_ERROR, "internal error: message header is not encoded");
    virNetMessageFree(msg);
}


static bool
testFDIsOpen(int fd)
{
    return fcntl(fd, F_GETFD) >= 0;
}


static void
testWithFDs(void)
{
    virNetMessage *msg = virNetMessageNew();
    virNetMessage *in;
    remote_domain_create_with_files_args args = { { (char *)"d", { 0 }, -1 }, 0 };
    remote_domain_create_with_files_args back = { { 0 } };
    int fds[2];

    g_assert_cmpint(pipe2(fds, O_CLOEXEC), ==, 0);
    testSetHeader(msg, REMOTE_PROC_DOMAIN_CREATE_WITH_FILES, VIR_NET_CALL_WITH_FDS, 5, VIR_NET_OK);
    msg->fds = g_new(int, 2);
    msg->fds[0] = fds[0];
    msg->fds[1] = fds[1];
    msg->nfds = 2;
    g_assert_cmpint(virNetMessageEncodeHeader(msg), ==, 0);
    g_assert_cmpint(
        virNetMessageEncodePayload(msg, &remote_domain_create_with_files_args_desc, &args), ==, 0);
    g_assert_cmpuint(msg->bufferLength, ==, 28 + 4 + 28 + 4);
    g_assert_cmpmem(msg->buffer + 28, 4, "\0\0\0\x02", 4);

    in = testReceive(msg->buffer, msg->bufferLength);
    g_assert_cmpint(virNetMessageDecodeNumFDs(in), ==, 0);
    g_assert_cmpuint(in->nfds, ==, 2);
    g_assert_cmpint(in->fds[0], ==, -1);
    g_assert_cmpint(in->fds[1], ==, -1);
    g_assert_cmpint(
        virNetMessageDecodePayload(in, &remote_domain_create_with_files_args_desc, &back), ==, 0);
    g_assert_cmpstr(back.dom.name, ==, "d");
    g_assert_cmpint(back.dom.id, ==, -1);
    virXDRFree(&remote_domain_create_with_files_args_desc, &back);

    /* 33 announced descriptors are refused */
    in->buffer[31] = 33;
    g_assert_cmpint(virNetMessageDecodeNumFDs(in), ==, -1);
    testAssertError(VIR_ERR_RPC, "Received too many FDs 33, expected 32 maximum");
    virNetMessageFree(in);

    /* freeing the message closes its descriptors */
    virNetMessageFree(msg);
    g_assert_false(testFDIsOpen(fds[0]));
    g_assert_false(testFDIsOpen(fds[1]));

    msg = virNetMessageNew();
    testSetHeader(msg, REMOTE_PROC_DOMAIN_CREATE_WITH_FILES, VIR_NET_CALL_WITH_FDS, 5, VIR_NET_OK);
    msg->nfds = 33;
    msg->fds = g_new(int, 33);
    memset(msg->fds, 0xff, 33 * sizeof(int));
    g_assert_cmpint(virNetMessageEncodeHeader(msg), ==, 0);
    g_assert_cmpint(
        virNetMessageEncodePayload(msg, &remote_domain_create_with_files_args_desc, &args), ==, -1);
    testAssertError(VIR_ERR_RPC, "Too many FDs to send 33, expected 32 maximum");
    virNetMessageFree(msg);
}


/* Raises an error with every field set, as a server-side failure would. */
static void
testRaiseFullError(void)
{
    virRaiseErrorFull(__FILE__, __func__, __LINE__, VIR_FROM_TEST, VIR_ERR_NO_DOMAIN, VIR_ERR_ERROR,
                      "Domain not found", "s2", "s3", 7, 8, "%s",
                      "Domain not found: no domain with matching name 'x'");
}


static void
testErrorRoundTrip(void)
{
    virNetMessage *msg = virNetMessageNew();
    virNetMessage *in;
    remote_error rerr = { 0 };
    virError *err;

    testSetHeader(msg, REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME, VIR_NET_CALL, 9, VIR_NET_OK);
    testRaiseFullError();
    g_assert_cmpint(virNetMessageEncodeError(msg, VIR_NET_REPLY), ==, 0);
    virResetLastError();

    in = testReceive(msg->buffer, msg->bufferLength);
    g_assert_cmpint(in->header.type, ==, VIR_NET_REPLY);
    g_assert_cmpint(in->header.status, ==, VIR_NET_ERROR);
    g_assert_cmpint(in->header.proc, ==, REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME);
    g_assert_cmpuint(in->header.serial, ==, 9);
    g_assert_cmpint(virNetMessageDecodePayload(in, &remote_error_desc, &rerr), ==, 0);
    g_assert_null(rerr.dom);
    g_assert_null(rerr.net);

    virNetMessageRaiseError(&rerr);
    err = virGetLastError();
    g_assert_nonnull(err);
    g_assert_cmpint(err->code, ==, VIR_ERR_NO_DOMAIN);
    g_assert_cmpint(err->domain, ==, VIR_FROM_TEST);
    g_assert_cmpint(err->level, ==, VIR_ERR_ERROR);
    g_assert_cmpstr(err->message, ==, "Domain not found: no domain with matching name 'x'");
    g_assert_cmpstr(err->str1, ==, "Domain not found");
    g_assert_cmpstr(err->str2, ==, "s2");
    g_assert_cmpstr(err->str3, ==, "s3");
    g_assert_cmpint(err->int1, ==, 7);
    g_assert_cmpint(err->int2, ==, 8);
    virResetLastError();
    virXDRFree(&remote_error_desc, &rerr);
    virNetMessageFree(in);

    /* a stream error keeps the STREAM type */
    testRaiseFullError();
    g_assert_cmpint(virNetMessageEncodeError(msg, VIR_NET_STREAM), ==, 0);
    g_assert_cmpint(msg->header.type, ==, VIR_NET_STREAM);
    g_assert_cmpmem(msg->buffer + 16, 4, "\0\0\0\x03", 4);
    virResetLastError();
    virNetMessageFree(msg);
}


static void
testErrorEdges(void)
{
    remote_error rerr = { 0 };
    virError *err;

    /* no last error: the generic internal error */
    virResetLastError();
    virNetMessageSaveError(&rerr);
    g_assert_cmpint(rerr.code, ==, VIR_ERR_INTERNAL_ERROR);
    g_assert_cmpint(rerr.domain, ==, VIR_FROM_RPC);
    g_assert_cmpint(rerr.level, ==, VIR_ERR_ERROR);
    g_assert_cmpstr(rerr.message, ==, "Library function returned error but did not set virError");
    g_assert_cmpint(rerr.int1, ==, -1);
    g_assert_cmpint(rerr.int2, ==, -1);
    virXDRFree(&remote_error_desc, &rerr);

    /* a peer's error without message, or with code 0, still fails */
    rerr.code = VIR_ERR_OK;
    rerr.domain = VIR_FROM_REMOTE;
    rerr.level = VIR_ERR_ERROR;
    virNetMessageRaiseError(&rerr);
    err = virGetLastError();
    g_assert_nonnull(err);
    g_assert_cmpint(err->code, ==, VIR_ERR_INTERNAL_ERROR);
    g_assert_cmpint(err->domain, ==, VIR_FROM_REMOTE);
    g_assert_cmpstr(err->message, ==, "Unknown error");
    virResetLastError();
}


static void
testStreamRaw(void)
{
    virNetMessage *msg = virNetMessageNew();
    virNetMessage *in;
    g_autofree char *data = g_malloc(1569);
    const char *payload;
    size_t len;
    size_t i;

    for (i = 0; i < 1569; i++)
        data[i] = (char)i;
    testSetHeader(msg, REMOTE_PROC_DOMAIN_SCREENSHOT, VIR_NET_STREAM, 11, VIR_NET_CONTINUE);
    g_assert_cmpint(virNetMessageEncodeHeader(msg), ==, 0);
    g_assert_cmpint(virNetMessageEncodePayloadRaw(msg, data, 1569), ==, 0);
    /* raw data: no XDR length, no padding */
    g_assert_cmpuint(msg->bufferLength, ==, 28 + 1569);

    in = testReceive(msg->buffer, msg->bufferLength);
    g_assert_cmpint(in->header.type, ==, VIR_NET_STREAM);
    g_assert_cmpint(in->header.status, ==, VIR_NET_CONTINUE);
    payload = virNetMessagePayload(in, &len);
    g_assert_cmpmem(payload, len, data, 1569);
    virNetMessageFree(in);

    /* the end-of-data frame is empty */
    g_assert_cmpint(virNetMessageEncodeHeader(msg), ==, 0);
    g_assert_cmpint(virNetMessageEncodePayloadRaw(msg, NULL, 0), ==, 0);
    g_assert_cmpuint(msg->bufferLength, ==, 28);
    virNetMessagePayload(msg, &len);
    g_assert_cmpuint(len, ==, 0);

    /* over 32 MiB does not fit */
    g_assert_cmpint(virNetMessageEncodeHeader(msg), ==, 0);
    g_assert_cmpint(virNetMessageEncodePayloadRaw(msg, data, VIR_NET_MESSAGE_PAYLOAD_MAX + 1), ==,
                    -1);
    testAssertError(
        VIR_ERR_RPC,
        "Stream data too long to send (33554409 bytes needed, 33554408 bytes available)");
    virNetMessageFree(msg);
}


static void
testPayloadTooLarge(void)
{
    virNetMessage *msg = virNetMessageNew();
    remote_connect_list_defined_domains_ret ret = { { 0 } };
    g_autofree char *big = g_strnfill(VIR_XDR_STRING_MAX, 'n');
    char *names[9];
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(names); i++)
        names[i] = big;
    ret.names.len = G_N_ELEMENTS(names);
    ret.names.val = names;
    testSetHeader(msg, REMOTE_PROC_CONNECT_LIST_DEFINED_DOMAINS, VIR_NET_REPLY, 1, VIR_NET_OK);
    g_assert_cmpint(virNetMessageEncodeHeader(msg), ==, 0);
    g_assert_cmpint(
        virNetMessageEncodePayload(msg, &remote_connect_list_defined_domains_ret_desc, &ret), ==,
        -1);
    testAssertError(VIR_ERR_RPC, "Unable to encode message payload");
    g_assert_cmpuint(msg->bufferLength, ==, 28);
    g_assert_cmpuint(msg->bufferCap, <=, (size_t)VIR_NET_MESSAGE_MAX + 4);

    /* 7 of them (28 MiB) fit */
    ret.names.len = 7;
    g_assert_cmpint(
        virNetMessageEncodePayload(msg, &remote_connect_list_defined_domains_ret_desc, &ret), ==,
        0);
    g_assert_cmpuint(msg->bufferLength, ==, 28 + 4 + 7 * (4 + (size_t)VIR_XDR_STRING_MAX));
    virNetMessageFree(msg);
}


int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);
    g_assert_cmpint(virErrorInitialize(), ==, 0);

    g_test_add_func("/rpc/message/encode-call", testEncodeCall);
    g_test_add_func("/rpc/message/decode-call", testDecodeCall);
    for (i = 0; i < G_N_ELEMENTS(testLengths); i++) {
        g_autofree char *p = g_strdup_printf("/rpc/message/length/%s", testLengths[i].name);

        g_test_add_data_func(p, &testLengths[i], testDecodeLength);
    }
    g_test_add_func("/rpc/message/header-too-short", testHeaderTooShort);
    g_test_add_func("/rpc/message/with-fds", testWithFDs);
    g_test_add_func("/rpc/message/error/round-trip", testErrorRoundTrip);
    g_test_add_func("/rpc/message/error/edges", testErrorEdges);
    g_test_add_func("/rpc/message/stream-raw", testStreamRaw);
    g_test_add_func("/rpc/message/payload-too-large", testPayloadTooLarge);

    return g_test_run();
}
