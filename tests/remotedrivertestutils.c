/*
 * remotedrivertestutils.c: servers for the remote driver tests
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <poll.h>
#include <string.h>
#include <unistd.h>

#include <glib-unix.h>

#include "internal.h"
#include "remote_dispatch.h"
#include "remote_protocol.h"
#include "remotedrivertestutils.h"
#include "virerror.h"
#include "virfile.h"
#include "virnetmessage.h"
#include "virnetsocket.h"

#include <libvirt/libvirt.h>

/* ---- the real daemon ---- */

static gpointer
testDaemonRun(gpointer opaque)
{
    testDaemon *d = opaque;

    g_assert_cmpint(virNetServerRun(d->srv), ==, 0);
    return NULL;
}


testDaemon *
testDaemonStart(bool tcp)
{
    testDaemon *d = g_new0(testDaemon, 1);
    virNetServerConfig cfg;

    d->dir = g_dir_make_tmp("remotedrivertest-XXXXXX", NULL);
    g_assert_nonnull(d->dir);
    d->sock = g_build_filename(d->dir, "sock", NULL);
    d->uri = g_strdup_printf("test+unix:///default?socket=%s", d->sock);
    d->tcpPort = -1;
    virNetServerConfigDefaults(&cfg);
    cfg.minWorkers = 2;
    cfg.maxWorkers = 8;
    cfg.prioWorkers = 2;
    cfg.maxClientRequests = 16;
    remoteDispatchSetDefaultURI("test:///default");
    d->srv = virNetServerNew("remotedrivertest", &cfg, remoteDispatchClientNew,
                             remoteDispatchClientFree, NULL);
    g_assert_nonnull(d->srv);
    virNetServerAddProgram(d->srv, remoteDispatchProgramNew());
    g_assert_cmpint(virNetServerAddUNIXSocket(d->srv, d->sock, 0600, (gid_t)-1, false), ==, 0);
    if (tcp) {
        g_assert_cmpint(virNetServerAddTCPSocket(d->srv, "127.0.0.1", "0"), ==, 0);
        d->tcpPort = virNetServerGetTCPPort(d->srv);
        g_assert_cmpint(d->tcpPort, >, 0);
    }
    d->thread = g_thread_new("test-daemon", testDaemonRun, d);
    return d;
}


void
testDaemonStop(testDaemon *d)
{
    if (!d)
        return;
    virNetServerQuit(d->srv);
    g_thread_join(d->thread);
    virNetServerFree(d->srv);
    g_assert_cmpint(virFileDeleteTree(d->dir), ==, 0);
    g_free(d->dir);
    g_free(d->sock);
    g_free(d->uri);
    g_free(d);
}


/* ---- the fake server ---- */

struct _testFake {
    testFakeMode mode;
    char *dir;
    char *sock;
    char *uri;
    int listenfd;
    int quit[2]; /* written to stop the thread */
    GThread *thread;
    GMutex lock; /* guards @log and @upload */
    GString *log;
    GString *upload;
    bool opened;                   /* thread only: CONNECT_OPEN done */
    bool silenced;                 /* thread only: SILENT mode has begun */
    virNetMessageHeader streamHdr; /* thread only: the open stream's call */
    bool streaming;                /* thread only */
    int nextCallback;              /* thread only: the next event callbackID */
};


static void testFakeLogf(testFake *f, const char *fmt, ...) G_GNUC_PRINTF(2, 3);

static void
testFakeLogf(testFake *f, const char *fmt, ...)
{
    va_list ap;

    g_mutex_lock(&f->lock);
    va_start(ap, fmt);
    g_string_append_vprintf(f->log, fmt, ap);
    va_end(ap);
    g_string_append_c(f->log, '\n');
    g_mutex_unlock(&f->lock);
}


/* Sends a frame of @type/@status with @hdr's prog/proc/serial. */
static void
testFakeSend(int fd,
             const virNetMessageHeader *hdr,
             int type,
             int status,
             const virXDRStruct *desc,
             const void *data,
             const char *raw,
             size_t rawlen)
{
    virNetMessage *msg = virNetMessageNew();

    msg->header = *hdr;
    msg->header.type = type;
    msg->header.status = status;
    g_assert_cmpint(virNetMessageEncodeHeader(msg), ==, 0);
    if (raw)
        g_assert_cmpint(virNetMessageEncodePayloadRaw(msg, raw, rawlen), ==, 0);
    else
        g_assert_cmpint(virNetMessageEncodePayload(msg, desc, data), ==, 0);
    /* a client gone is fine here */
    (void)virNetSocketWriteMessage(fd, msg);
    virNetMessageFree(msg);
    virResetLastError();
}


static void
testFakeReply(int fd, const virNetMessageHeader *hdr, const virXDRStruct *desc, const void *data)
{
    testFakeSend(fd, hdr, VIR_NET_REPLY, VIR_NET_OK, desc, data, NULL, 0);
}


static void
testFakeError(int fd, const virNetMessageHeader *hdr, int type, remote_error *err)
{
    testFakeSend(fd, hdr, type, VIR_NET_ERROR, &remote_error_desc, err, NULL, 0);
}


static void
testFakeUnknown(int fd, const virNetMessageHeader *hdr, int domain)
{
    g_autofree char *text = g_strdup_printf("unknown procedure: %d", hdr->proc);
    remote_error err = { .code = VIR_ERR_RPC,
                         .domain = domain,
                         .message = text,
                         .level = VIR_ERR_ERROR,
                         .int1 = -1,
                         .int2 = -1 };

    testFakeError(fd, hdr, VIR_NET_REPLY, &err);
}


/* The handshake procedures; returns false for anything else. */
static bool
testFakeHandshake(testFake *f, int fd, virNetMessage *msg)
{
    const virNetMessageHeader *hdr = &msg->header;

    switch (hdr->proc) {
    case REMOTE_PROC_AUTH_LIST: {
        int32_t none = 0;
        remote_auth_list_ret ret = { .types = { 1, &none } };

        testFakeReply(fd, hdr, &remote_auth_list_ret_desc, &ret);
        return true;
    }
    case REMOTE_PROC_CONNECT_SUPPORTS_FEATURE: {
        remote_connect_supports_feature_args args = { 0 };
        remote_connect_supports_feature_ret ret = { 0 };

        g_assert_cmpint(
            virNetMessageDecodePayload(msg, &remote_connect_supports_feature_args_desc, &args), ==,
            0);
        testFakeLogf(f, "CALL 60 serial %u feature %d", hdr->serial, args.feature);
        ret.supported = args.feature == 10 || args.feature == 14 || args.feature == 15;
        testFakeReply(fd, hdr, &remote_connect_supports_feature_ret_desc, &ret);
        return true;
    }
    case REMOTE_PROC_CONNECT_OPEN: {
        remote_connect_open_args args = { 0 };

        g_assert_cmpint(virNetMessageDecodePayload(msg, &remote_connect_open_args_desc, &args), ==,
                        0);
        testFakeLogf(f, "CALL 1 serial %u name '%s' flags 0x%x", hdr->serial, NULLSTR(args.name),
                     args.flags);
        virXDRFree(&remote_connect_open_args_desc, &args);
        f->opened = true;
        testFakeReply(fd, hdr, NULL, NULL);
        return true;
    }
    case REMOTE_PROC_CONNECT_REGISTER_CLOSE_CALLBACK:
    case REMOTE_PROC_CONNECT_UNREGISTER_CLOSE_CALLBACK:
    case REMOTE_PROC_CONNECT_CLOSE:
        testFakeReply(fd, hdr, NULL, NULL);
        return true;
    default:
        return false;
    }
}


/* STORAGE_VOL_DOWNLOAD: reply, then "hello world" in two frames and EOF. */
static void
testFakeDownload(testFake *f, int fd, const virNetMessageHeader *hdr)
{
    testFakeReply(fd, hdr, NULL, NULL);
    testFakeSend(fd, hdr, VIR_NET_STREAM, VIR_NET_CONTINUE, NULL, NULL, "hello ", 6);
    testFakeSend(fd, hdr, VIR_NET_STREAM, VIR_NET_CONTINUE, NULL, NULL, "world", 5);
    testFakeSend(fd, hdr, VIR_NET_STREAM, VIR_NET_CONTINUE, NULL, NULL, "", 0);
    f->streamHdr = *hdr;
    f->streaming = true;
}


/* A STREAM frame of the client. */
static void
testFakeStream(testFake *f, int fd, virNetMessage *msg)
{
    size_t len = 0;
    const char *data = virNetMessagePayload(msg, &len);
    bool failed;
    remote_error err = { .code = VIR_ERR_OPERATION_FAILED,
                         .domain = VIR_FROM_STORAGE,
                         .level = VIR_ERR_ERROR,
                         .int1 = -1,
                         .int2 = -1 };

    testFakeLogf(f, "STREAM %d %zu", msg->header.status, len);
    if (!f->streaming)
        return;
    switch (msg->header.status) {
    case VIR_NET_CONTINUE:
        g_mutex_lock(&f->lock);
        g_string_append_len(f->upload, data, len);
        g_mutex_unlock(&f->lock);
        return;
    case VIR_NET_OK:
        g_mutex_lock(&f->lock);
        failed = strstr(f->upload->str, "FAIL") != NULL;
        g_mutex_unlock(&f->lock);
        f->streaming = false;
        if (!failed) {
            testFakeSend(fd, &f->streamHdr, VIR_NET_STREAM, VIR_NET_OK, NULL, NULL, "", 0);
            return;
        }
        err.message = (char *)"upload failed";
        testFakeError(fd, &f->streamHdr, VIR_NET_STREAM, &err);
        return;
    default:
        f->streaming = false;
        err.code = VIR_ERR_RPC;
        err.domain = VIR_FROM_RPC;
        err.message = (char *)"stream aborted at client request";
        testFakeError(fd, &f->streamHdr, VIR_NET_STREAM, &err);
        return;
    }
}


/*
 * GET_SYSINFO triggers two lifecycle events (STARTED of "fakedom"): one
 * for the last callbackID handed out, one for an unknown callbackID.
 */
static void
testFakeEvents(testFake *f, int fd, const virNetMessageHeader *hdr)
{
    virNetMessageHeader ev = { .prog = REMOTE_PROGRAM,
                               .vers = REMOTE_PROTOCOL_VERSION,
                               .proc = REMOTE_PROC_DOMAIN_EVENT_CALLBACK_LIFECYCLE,
                               .serial = 1 };
    remote_domain_event_callback_lifecycle_msg body = {
        .callbackID = f->nextCallback - 1,
        .msg = { .dom = { .name = (char *)"fakedom", .id = 7 }, .event = 2, .detail = 0 },
    };
    remote_connect_get_sysinfo_ret ret = { .sysinfo = (char *)"<sysinfo/>" };

    memset(body.msg.dom.uuid, 0x11, sizeof(body.msg.dom.uuid));
    testFakeSend(fd, &ev, VIR_NET_MESSAGE, VIR_NET_OK,
                 &remote_domain_event_callback_lifecycle_msg_desc, &body, NULL, 0);
    body.callbackID = 999;
    testFakeSend(fd, &ev, VIR_NET_MESSAGE, VIR_NET_OK,
                 &remote_domain_event_callback_lifecycle_msg_desc, &body, NULL, 0);
    testFakeReply(fd, hdr, &remote_connect_get_sysinfo_ret_desc, &ret);
}


/* The calls of ANSWER mode after the handshake. */
static void
testFakeCall(testFake *f, int fd, virNetMessage *msg)
{
    const virNetMessageHeader *hdr = &msg->header;
    remote_connect_get_version_ret ver = { .hv_ver = 42 };
    remote_error err = { .code = VIR_ERR_OPERATION_FAILED,
                         .domain = VIR_FROM_TEST,
                         .message = (char *)"fake failure",
                         .level = VIR_ERR_ERROR,
                         .str1 = (char *)"s1",
                         .str2 = (char *)"s2",
                         .str3 = (char *)"s3",
                         .int1 = 7,
                         .int2 = 8 };

    switch (hdr->proc) {
    case REMOTE_PROC_CONNECT_GET_VERSION:
        testFakeReply(fd, hdr, &remote_connect_get_version_ret_desc, &ver);
        break;
    case REMOTE_PROC_CONNECT_GET_MAX_VCPUS:
        testFakeUnknown(fd, hdr, VIR_FROM_REMOTE);
        break;
    case REMOTE_PROC_CONNECT_GET_HOSTNAME:
        testFakeError(fd, hdr, VIR_NET_REPLY, &err);
        break;
    case REMOTE_PROC_STORAGE_VOL_DOWNLOAD:
        testFakeDownload(f, fd, hdr);
        break;
    case REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY: {
        remote_connect_domain_event_callback_register_any_ret ret = { f->nextCallback++ };

        testFakeReply(fd, hdr, &remote_connect_domain_event_callback_register_any_ret_desc, &ret);
        break;
    }
    case REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY:
        testFakeReply(fd, hdr, NULL, NULL);
        break;
    case REMOTE_PROC_CONNECT_GET_SYSINFO:
        testFakeEvents(f, fd, hdr);
        break;
    case REMOTE_PROC_STORAGE_VOL_UPLOAD:
        testFakeReply(fd, hdr, NULL, NULL);
        f->streamHdr = *hdr;
        f->streaming = true;
        break;
    default:
        testFakeUnknown(fd, hdr, VIR_FROM_RPC);
        break;
    }
}


/* One frame from the client. Returns false to drop the client. */
static bool
testFakeFrame(testFake *f, int fd, virNetMessage *msg)
{
    const virNetMessageHeader *hdr = &msg->header;

    if (hdr->prog == KEEPALIVE_PROGRAM) {
        virNetMessageHeader pong = *hdr;

        testFakeLogf(f, "PING");
        pong.proc = KEEPALIVE_PROC_PONG;
        if (!f->silenced && hdr->proc == KEEPALIVE_PROC_PING)
            testFakeSend(fd, &pong, VIR_NET_MESSAGE, VIR_NET_OK, NULL, NULL, NULL, 0);
        return true;
    }
    if (hdr->type == VIR_NET_STREAM) {
        testFakeStream(f, fd, msg);
        return true;
    }
    if (hdr->proc != REMOTE_PROC_CONNECT_SUPPORTS_FEATURE && hdr->proc != REMOTE_PROC_CONNECT_OPEN)
        testFakeLogf(f, "CALL %d serial %u", hdr->proc, hdr->serial);
    /* SILENT: the first GET_VERSION is the last thing ever answered (never) */
    if (hdr->proc == REMOTE_PROC_CONNECT_GET_VERSION && f->mode == TEST_FAKE_SILENT)
        f->silenced = true;
    if (f->silenced)
        return true;
    if (testFakeHandshake(f, fd, msg))
        return hdr->proc != REMOTE_PROC_CONNECT_CLOSE;
    testFakeCall(f, fd, msg);
    return true;
}


/* Waits for @fd to be readable; false when asked to quit. */
static bool
testFakeWait(testFake *f, int fd)
{
    struct pollfd fds[2] = { { .fd = fd, .events = POLLIN },
                             { .fd = f->quit[0], .events = POLLIN } };

    while (poll(fds, 2, -1) < 0) {
    }
    return !fds[1].revents;
}


static void
testFakeServe(testFake *f, int fd)
{
    virNetMessage *msg = virNetMessageNew();

    f->opened = false;
    f->nextCallback = 0;
    f->silenced = false;
    f->streaming = false;
    for (;;) {
        virNetMessagePrepareRead(msg);
        if (!testFakeWait(f, fd) || virNetSocketReadMessage(fd, msg) != 1)
            break;
        if (!testFakeFrame(f, fd, msg))
            break;
        virNetMessageClear(msg);
    }
    virResetLastError();
    virNetMessageFree(msg);
}


static gpointer
testFakeRun(gpointer opaque)
{
    testFake *f = opaque;
    int fd;

    while (testFakeWait(f, f->listenfd)) {
        if ((fd = virNetSocketAccept(f->listenfd)) < 0)
            continue;
        g_assert_cmpint(virNetSocketSetBlocking(fd, true), ==, 0);
        testFakeServe(f, fd);
        close(fd);
    }
    return NULL;
}


testFake *
testFakeStart(testFakeMode mode)
{
    testFake *f = g_new0(testFake, 1);

    f->mode = mode;
    f->dir = g_dir_make_tmp("remotedrivertest-fake-XXXXXX", NULL);
    g_assert_nonnull(f->dir);
    f->sock = g_build_filename(f->dir, "sock", NULL);
    f->uri = g_strdup_printf("test+unix:///default?socket=%s", f->sock);
    g_mutex_init(&f->lock);
    f->log = g_string_new(NULL);
    f->upload = g_string_new(NULL);
    g_assert_true(g_unix_open_pipe(f->quit, FD_CLOEXEC, NULL));
    f->listenfd = virNetSocketListenUNIX(f->sock, 0600, (gid_t)-1);
    g_assert_cmpint(f->listenfd, >=, 0);
    f->thread = g_thread_new("test-fake", testFakeRun, f);
    return f;
}


const char *
testFakeURI(testFake *f)
{
    return f->uri;
}


char *
testFakeLog(testFake *f)
{
    char *ret;

    g_mutex_lock(&f->lock);
    ret = g_strdup(f->log->str);
    g_mutex_unlock(&f->lock);
    return ret;
}


char *
testFakeUpload(testFake *f)
{
    char *ret;

    g_mutex_lock(&f->lock);
    ret = g_strdup(f->upload->str);
    g_mutex_unlock(&f->lock);
    return ret;
}


void
testFakeStop(testFake *f)
{
    if (!f)
        return;
    g_assert_cmpint(write(f->quit[1], "q", 1), ==, 1);
    g_thread_join(f->thread);
    close(f->listenfd);
    close(f->quit[0]);
    close(f->quit[1]);
    g_assert_cmpint(virFileDeleteTree(f->dir), ==, 0);
    g_string_free(f->log, TRUE);
    g_string_free(f->upload, TRUE);
    g_mutex_clear(&f->lock);
    g_free(f->dir);
    g_free(f->sock);
    g_free(f->uri);
    g_free(f);
}


/* ---- the event loop ---- */

static void
testLoopTick(int timer G_GNUC_UNUSED, void *opaque G_GNUC_UNUSED)
{
}


static bool
testReached(volatile int *counter, int target)
{
    return counter && g_atomic_int_get(counter) >= target;
}


bool
testRunLoopUntil(volatile int *counter, int target, int timeoutMs)
{
    gint64 deadline = g_get_monotonic_time() + (gint64)timeoutMs * 1000;
    int timer = virEventAddTimeout(50, testLoopTick, NULL, NULL);

    g_assert_cmpint(timer, >, 0);
    while (!testReached(counter, target) && g_get_monotonic_time() < deadline)
        g_assert_cmpint(virEventRunDefaultImpl(), ==, 0);
    virEventRemoveTimeout(timer);
    return testReached(counter, target);
}


void
testRunLoopFor(int ms)
{
    (void)testRunLoopUntil(NULL, 0, ms);
}
