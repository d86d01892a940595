/*
 * remotedrivertestfake.c: the remote driver against a scripted server
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <glib.h>

#include "datatypes.h"
#include "internal.h"
#include "remote_protocol.h"
#include "remotedrivertestutils.h"
#include "virerror.h"
#include "virfile.h"
#include "virnetclient.h"
#include "virnetmessage.h"
#include "virnetsocket.h"

#include <libvirt/libvirt.h>


static virConnectPtr
testFakeOpen(testFake *f)
{
    virConnectPtr conn = virConnectOpen(testFakeURI(f));

    if (!conn)
        g_error("cannot open %s: %s", testFakeURI(f), virGetLastErrorMessage());
    return conn;
}


/* Waits until the fake has logged @text (its thread logs asynchronously). */
static bool
testFakeLogged(testFake *f, const char *text)
{
    gint64 deadline = g_get_monotonic_time() + (gint64)TEST_WAIT_MS * 1000;

    for (;;) {
        g_autofree char *log = testFakeLog(f);

        if (strstr(log, text))
            return true;
        if (g_get_monotonic_time() > deadline)
            return false;
        testRunLoopFor(20);
    }
}


/* The calls of open and close are virsh's, in order and with its serials (10.1). */
static void
testHandshake(void)
{
    testFake *f = testFakeStart(TEST_FAKE_ANSWER);
    virConnectPtr conn = testFakeOpen(f);
    unsigned int flags = geteuid() == 0 ? 0x0 : 0x6;
    g_autofree char *expected = NULL;
    g_autofree char *log = NULL;
    unsigned long ver = 0;

    g_assert_cmpint(virConnectGetVersion(conn, &ver), ==, 0);
    g_assert_cmpuint(ver, ==, 42);
    g_assert_cmpint(virConnectClose(conn), ==, 0);
    g_assert_true(testFakeLogged(f, "CALL 2 serial 6"));

    expected = g_strdup_printf("CALL 66 serial 0\n"
                               "CALL 60 serial 1 feature 10\n"
                               "CALL 1 serial 2 name 'test:///default' flags 0x%x\n"
                               "CALL 60 serial 3 feature 14\n"
                               "CALL 60 serial 4 feature 15\n"
                               "CALL 4 serial 5\n"
                               "CALL 2 serial 6\n",
                               flags);
    log = testFakeLog(f);
    g_assert_cmpstr(log, ==, expected);
    testFakeStop(f);
}


/* Error replies: every field kept; an old server's unknown procedure means NO_SUPPORT. */
static void
testErrors(void)
{
    testFake *f = testFakeStart(TEST_FAKE_ANSWER);
    virConnectPtr conn = testFakeOpen(f);
    virErrorPtr err;

    g_assert_null(virConnectGetHostname(conn));
    err = virGetLastError();
    g_assert_nonnull(err);
    g_assert_cmpint(err->code, ==, VIR_ERR_OPERATION_FAILED);
    g_assert_cmpint(err->domain, ==, VIR_FROM_TEST);
    g_assert_cmpstr(err->message, ==, "fake failure");
    g_assert_cmpint(err->level, ==, VIR_ERR_ERROR);
    g_assert_cmpstr(err->str1, ==, "s1");
    g_assert_cmpstr(err->str2, ==, "s2");
    g_assert_cmpstr(err->str3, ==, "s3");
    g_assert_cmpint(err->int1, ==, 7);
    g_assert_cmpint(err->int2, ==, 8);
    virResetLastError();

    g_assert_cmpint(virConnectGetMaxVcpus(conn, NULL), ==, -1);
    testCheckError(VIR_ERR_NO_SUPPORT, VIR_FROM_REMOTE, "unknown procedure: 5");
    /* in the RPC domain (what libvirtd sends) it stays as it is */
    g_assert_null(virConnectGetCapabilities(conn));
    testCheckError(VIR_ERR_RPC, VIR_FROM_RPC, "unknown procedure: 7");
    g_assert_cmpint(virConnectClose(conn), ==, 0);
    testFakeStop(f);
}


typedef struct {
    volatile int count;
    int event;
    int id;
    char name[64];
    unsigned char uuid[VIR_UUID_BUFLEN];
} testFakeEventData;


static int
testFakeLifecycleCb(virConnectPtr conn G_GNUC_UNUSED,
                    virDomainPtr dom,
                    int event,
                    int detail G_GNUC_UNUSED,
                    void *opaque)
{
    testFakeEventData *d = opaque;

    d->event = event;
    d->id = virDomainGetID(dom);
    g_strlcpy(d->name, virDomainGetName(dom), sizeof(d->name));
    g_assert_cmpint(virDomainGetUUID(dom, d->uuid), ==, 0);
    g_atomic_int_inc(&d->count);
    return 0;
}


static int
testFakeLifecycleCb2(virConnectPtr conn, virDomainPtr dom, int event, int detail, void *opaque)
{
    return testFakeLifecycleCb(conn, dom, event, detail, opaque);
}


static void
testFakeRebootCb(virConnectPtr conn G_GNUC_UNUSED,
                 virDomainPtr dom G_GNUC_UNUSED,
                 void *opaque G_GNUC_UNUSED)
{
}


/*
 * One 316 per distinct (event, filter), callbacks multiplexed locally,
 * 317 when the last local one goes; an event message reaches the
 * callbacks of the callbackID it names and no others.
 */
static void
testEvents(void)
{
    testFake *f = testFakeStart(TEST_FAKE_ANSWER);
    virConnectPtr conn = testFakeOpen(f);
    testFakeEventData a = { 0 }, b = { 0 };
    unsigned char uuid[VIR_UUID_BUFLEN];
    g_autofree char *sysinfo = NULL;
    g_autofree char *log = NULL;
    int idA, idB, idR;

    memset(uuid, 0x11, sizeof(uuid));
    idR = virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_REBOOT,
                                           TEST_DOM_CB(testFakeRebootCb), NULL, NULL);
    idA = virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                           TEST_DOM_CB(testFakeLifecycleCb), &a, NULL);
    idB = virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                           TEST_DOM_CB(testFakeLifecycleCb2), &b, NULL);
    g_assert_cmpint(idR, >=, 0);
    g_assert_cmpint(idA, >=, 0);
    g_assert_cmpint(idB, >=, 0);

    /* the server's callbackID 1 is the lifecycle registration */
    sysinfo = virConnectGetSysinfo(conn, 0);
    g_assert_cmpstr(sysinfo, ==, "<sysinfo/>");
    g_assert_true(testRunLoopUntil(&a.count, 1, TEST_WAIT_MS));
    g_assert_true(testRunLoopUntil(&b.count, 1, TEST_WAIT_MS));
    testRunLoopFor(200);
    g_assert_cmpint(a.count, ==, 1);
    g_assert_cmpint(b.count, ==, 1);
    g_assert_cmpint(a.event, ==, VIR_DOMAIN_EVENT_STARTED);
    g_assert_cmpint(a.id, ==, 7);
    g_assert_cmpstr(a.name, ==, "fakedom");
    g_assert_cmpint(memcmp(a.uuid, uuid, sizeof(uuid)), ==, 0);

    g_assert_cmpint(virConnectDomainEventDeregisterAny(conn, idA), ==, 0);
    g_assert_cmpint(virConnectDomainEventDeregisterAny(conn, idB), ==, 0);
    g_assert_cmpint(virConnectDomainEventDeregisterAny(conn, idR), ==, 0);
    g_assert_cmpint(virConnectClose(conn), ==, 0);
    g_assert_true(testFakeLogged(f, "CALL 2 "));
    log = testFakeLog(f);
    g_assert_nonnull(strstr(log, "CALL 316 serial 5\nCALL 316 serial 6\nCALL 203 serial 7\n"
                                 "CALL 317 serial 8\nCALL 317 serial 9\nCALL 2 serial 10\n"));
    testFakeStop(f);
}


typedef struct {
    virConnectPtr conn;
    int rc;
    char *error;
} testPendingCall;


static gpointer
testPendingThread(gpointer opaque)
{
    testPendingCall *call = opaque;
    unsigned long ver;

    call->rc = virConnectGetVersion(call->conn, &ver);
    call->error = g_strdup(virGetLastErrorMessage());
    return NULL;
}


static void
testKeepAliveCloseCb(virConnectPtr conn G_GNUC_UNUSED, int reason, void *opaque)
{
    int *closed = opaque;

    g_atomic_int_set(closed, reason + 1);
}


/*
 * A server that stops answering, PINGs included: with interval 1 and
 * count 2 the client gives up after about 3 seconds, fails the pending
 * call with libvirt's text and runs the close callback (KEEPALIVE).
 */
static void
testKeepAliveDead(void)
{
    testFake *f = testFakeStart(TEST_FAKE_SILENT);
    virConnectPtr conn = testFakeOpen(f);
    testPendingCall call = { conn, 0, NULL };
    volatile int closed = 0;
    gint64 start;
    GThread *thread;
    g_autofree char *log = NULL;

    g_assert_cmpint(
        virConnectRegisterCloseCallback(conn, testKeepAliveCloseCb, (void *)&closed, NULL), ==, 0);
    g_assert_cmpint(virConnectSetKeepAlive(conn, 1, 2), ==, 0);
    start = g_get_monotonic_time();
    thread = g_thread_new("pending", testPendingThread, &call);
    g_assert_true(testRunLoopUntil(&closed, 1, TEST_WAIT_MS));
    g_thread_join(thread);
    g_assert_cmpint(closed - 1, ==, VIR_CONNECT_CLOSE_REASON_KEEPALIVE);
    g_assert_cmpint(g_get_monotonic_time() - start, >=, 2 * G_USEC_PER_SEC);
    g_assert_cmpint(call.rc, ==, -1);
    g_assert_nonnull(strstr(call.error, "connection closed due to keepalive timeout"));
    g_assert_cmpint(virConnectIsAlive(conn), ==, 0);
    log = testFakeLog(f);
    g_assert_nonnull(strstr(log, "CALL 4 serial 6\nPING\nPING\n"));
    g_assert_cmpint(virConnectClose(conn), ==, 0);
    g_free(call.error);
    testFakeStop(f);
}


/* An idle connection whose server answers PINGs stays up. */
static void
testKeepAliveAlive(void)
{
    testFake *f = testFakeStart(TEST_FAKE_ANSWER);
    virConnectPtr conn = testFakeOpen(f);
    unsigned long ver = 0;

    g_assert_cmpint(virConnectSetKeepAlive(conn, 1, 1), ==, 0);
    /* already running: nothing changes */
    g_assert_cmpint(virConnectSetKeepAlive(conn, 1, 1), ==, 0);
    testRunLoopFor(3500);
    g_assert_true(testFakeLogged(f, "PING\nPING\n"));
    g_assert_cmpint(virConnectIsAlive(conn), ==, 1);
    g_assert_cmpint(virConnectGetVersion(conn, &ver), ==, 0);
    g_assert_cmpint(virConnectSetKeepAlive(conn, 0, 0), ==, 0);
    g_assert_cmpint(virConnectClose(conn), ==, 0);
    testFakeStop(f);
}


/* Download, upload, a failing upload and an abort over STREAM frames. */
static void
testStreams(void)
{
    testFake *f = testFakeStart(TEST_FAKE_ANSWER);
    virConnectPtr conn = testFakeOpen(f);
    virStorageVolPtr vol = virGetStorageVol(conn, "pool", "vol", "/key", NULL, NULL);
    g_autofree char *big = g_malloc(600 * 1024 + 1);
    g_autofree char *uploaded = NULL;
    GString *got = g_string_new(NULL);
    virStreamPtr st;
    char buf[4];
    int n;

    /* download: "hello world" in two frames, read 4 bytes at a time */
    st = virStreamNew(conn, 0);
    g_assert_cmpint(virStorageVolDownload(vol, st, 0, 0, 0), ==, 0);
    while ((n = virStreamRecv(st, buf, sizeof(buf))) > 0)
        g_string_append_len(got, buf, n);
    g_assert_cmpint(n, ==, 0);
    g_assert_cmpstr(got->str, ==, "hello world");
    g_assert_cmpint(virStreamFinish(st), ==, 0);
    virStreamFree(st);

    /* upload: more than one chunk */
    memset(big, 'x', 600 * 1024);
    big[600 * 1024] = '\0';
    st = virStreamNew(conn, 0);
    g_assert_cmpint(virStorageVolUpload(vol, st, 0, 0, 0), ==, 0);
    g_assert_cmpint(virStreamSend(st, big, 600 * 1024), ==, 600 * 1024);
    g_assert_cmpint(virStreamFinish(st), ==, 0);
    virStreamFree(st);
    uploaded = testFakeUpload(f);
    g_assert_cmpstr(uploaded, ==, big);

    /* the server refuses the data when the stream finishes */
    st = virStreamNew(conn, 0);
    g_assert_cmpint(virStorageVolUpload(vol, st, 0, 0, 0), ==, 0);
    g_assert_cmpint(virStreamSend(st, "FAIL", 4), ==, 4);
    g_assert_cmpint(virStreamFinish(st), ==, -1);
    testCheckError(VIR_ERR_OPERATION_FAILED, VIR_FROM_STORAGE, "upload failed");
    virStreamFree(st);

    /* abort: the server acknowledges */
    st = virStreamNew(conn, 0);
    g_assert_cmpint(virStorageVolUpload(vol, st, 0, 0, 0), ==, 0);
    g_assert_cmpint(virStreamAbort(st), ==, 0);
    virStreamFree(st);
    g_assert_true(testFakeLogged(f, "STREAM 1 0"));

    g_string_free(got, TRUE);
    virStorageVolFree(vol);
    g_assert_cmpint(virConnectClose(conn), ==, 0);
    testFakeStop(f);
}


/* The server side of testFDs: one exchange of descriptors, then a bad reply. */
static gpointer
testFDServer(gpointer opaque)
{
    int fd = GPOINTER_TO_INT(opaque);
    virNetMessage *msg = virNetMessageNew();
    virNetMessage *reply = virNetMessageNew();
    int p[2];

    virNetMessagePrepareRead(msg);
    g_assert_cmpint(virNetSocketReadMessage(fd, msg), ==, 1);
    g_assert_cmpint(msg->header.type, ==, VIR_NET_CALL_WITH_FDS);
    g_assert_cmpuint(msg->nfds, ==, 1);
    g_assert_cmpint(write(msg->fds[0], "x", 1), ==, 1);

    /* REPLY_WITH_FDS carrying the read end of a new pipe */
    g_assert_cmpint(pipe2(p, O_CLOEXEC), ==, 0);
    reply->header = msg->header;
    reply->header.type = VIR_NET_REPLY_WITH_FDS;
    reply->fds = g_new0(int, 1);
    reply->fds[0] = p[0];
    reply->nfds = 1;
    g_assert_cmpint(virNetMessageEncodeHeader(reply), ==, 0);
    g_assert_cmpint(virNetMessageEncodePayload(reply, NULL, NULL), ==, 0);
    g_assert_cmpint(virNetSocketWriteMessage(fd, reply), ==, 1);
    g_assert_cmpint(write(p[1], "y", 1), ==, 1);
    close(p[1]);

    /* the next call gets a reply for a serial nobody waits for */
    virNetMessageClear(msg);
    virNetMessagePrepareRead(msg);
    g_assert_cmpint(virNetSocketReadMessage(fd, msg), ==, 1);
    virNetMessageClear(reply);
    reply->header = msg->header;
    reply->header.type = VIR_NET_REPLY;
    reply->header.serial = 999;
    g_assert_cmpint(virNetMessageEncodeHeader(reply), ==, 0);
    g_assert_cmpint(virNetMessageEncodePayload(reply, NULL, NULL), ==, 0);
    g_assert_cmpint(virNetSocketWriteMessage(fd, reply), ==, 1);
    virNetMessageFree(msg);
    virNetMessageFree(reply);
    return NULL;
}


/*
 * CALL_WITH_FDS / REPLY_WITH_FDS move descriptors both ways; a reply no
 * call waits for breaks the protocol: the connection closes (as in
 * libvirt) and the pending call gets that error, later calls "client
 * socket is closed".
 */
static void
testFDs(void)
{
    remote_domain_open_graphics_fd_args args = { .dom = { .name = (char *)"d", .id = -1 } };
    remote_connect_get_version_ret ver = { 0 };
    virNetClient *client;
    GThread *server;
    int *fds = NULL;
    size_t nfds = 0;
    int sv[2];
    int p[2];
    char c = 0;

    g_assert_cmpint(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), ==, 0);
    g_assert_cmpint(pipe2(p, O_CLOEXEC), ==, 0);
    server = g_thread_new("fd-server", testFDServer, GINT_TO_POINTER(sv[1]));
    client = virNetClientNew(sv[0], true);
    g_assert_nonnull(client);

    g_assert_cmpint(virNetClientCall(client, &remoteProgramDef, REMOTE_PROC_DOMAIN_OPEN_GRAPHICS_FD,
                                     virNetClientNewSerial(client), &args, NULL, &p[1], 1, &fds,
                                     &nfds),
                    ==, 0);
    g_assert_cmpint(read(p[0], &c, 1), ==, 1);
    g_assert_cmpint(c, ==, 'x');
    g_assert_cmpuint(nfds, ==, 1);
    g_assert_cmpint(read(fds[0], &c, 1), ==, 1);
    g_assert_cmpint(c, ==, 'y');

    g_assert_cmpint(virNetClientCall(client, &remoteProgramDef, REMOTE_PROC_CONNECT_GET_VERSION,
                                     virNetClientNewSerial(client), NULL, &ver, NULL, 0, NULL,
                                     NULL),
                    ==, -1);
    testCheckError(VIR_ERR_RPC, VIR_FROM_RPC, "no call waiting for reply with prog");
    g_assert_cmpint(virNetClientCall(client, &remoteProgramDef, REMOTE_PROC_CONNECT_GET_VERSION,
                                     virNetClientNewSerial(client), NULL, &ver, NULL, 0, NULL,
                                     NULL),
                    ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, VIR_FROM_RPC, "client socket is closed");
    g_assert_false(virNetClientIsOpen(client));

    g_thread_join(server);
    virNetClientClose(client);
    virObjectUnref(client);
    close(fds[0]);
    g_free(fds);
    close(p[0]);
    close(p[1]);
    close(sv[1]);
}


void
testFakeRegister(void)
{
    g_test_add_func("/remote/client/fds", testFDs);
    g_test_add_func("/remote/fake/handshake", testHandshake);
    g_test_add_func("/remote/fake/errors", testErrors);
    g_test_add_func("/remote/fake/events", testEvents);
    g_test_add_func("/remote/fake/keepalive-dead", testKeepAliveDead);
    g_test_add_func("/remote/fake/keepalive-alive", testKeepAliveAlive);
    g_test_add_func("/remote/fake/streams", testStreams);
}
