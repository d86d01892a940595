/*
 * virnetservertestutils.c: a toy RPC server in a thread and a raw
 * client speaking frames, for virnetservertest
 *
 * The toy program serves a handful of REMOTE procedures:
 *   AUTH_LIST, CONNECT_OPEN (opens), CONNECT_CLOSE (delayed close),
 *   CONNECT_SUPPORTS_FEATURE (10 arms keepalive), CONNECT_GET_HOSTNAME,
 *   CONNECT_GET_VERSION (priority), DOMAIN_GET_HOSTNAME (slow: blocks
 *   until testRelease), DOMAIN_DEFINE_XML, event registration (keeps
 *   the client), DOMAIN_SCREENSHOT (download stream), STORAGE_VOL_UPLOAD
 *   (upload stream), DOMAIN_CREATE_XML_WITH_FILES (uses a received fd),
 *   DOMAIN_OPEN_GRAPHICS_FD (replies with an fd).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virfile.h"
#include "virnetservertestutils.h"
#include "virnetsocket.h"

#define VIR_FROM_THIS VIR_FROM_NONE

/* Size of the download a DOMAIN_SCREENSHOT stream sends. */
testServer *ts;


static void
testSignal(void)
{
    g_cond_broadcast(&ts->cond);
}


static int
testAuthList(
    virNetServer *srv, virNetServerClient *client, virNetMessage *msg, void *args, void *ret)
{
    remote_auth_list_ret *r = ret;

    r->types.len = 1;
    r->types.val = g_new0(int32_t, 1);
    return 0;
}


static int
testConnectOpen(
    virNetServer *srv, virNetServerClient *client, virNetMessage *msg, void *args, void *ret)
{
    remote_connect_open_args *a = args;
    gid_t gid;
    pid_t pid;
    uid_t uid = (uid_t)-1;
    int rc;

    if (a->name && g_str_equal(a->name, "bogus:///")) {
        virReportError(VIR_ERR_OPERATION_FAILED, "%s", a->name);
        return -1;
    }
    rc = virNetServerClientGetUNIXIdentity(client, &uid, &gid, &pid);
    virResetLastError();
    g_mutex_lock(&ts->lock);
    ts->identityRc = rc;
    ts->identityUid = uid;
    g_mutex_unlock(&ts->lock);
    virNetServerClientSetOpened(client);
    return 0;
}


static int
testConnectClose(
    virNetServer *srv, virNetServerClient *client, virNetMessage *msg, void *args, void *ret)
{
    virNetServerClientDelayedClose(client);
    return 0;
}


static int
testSupportsFeature(
    virNetServer *srv, virNetServerClient *client, virNetMessage *msg, void *args, void *ret)
{
    remote_connect_supports_feature_args *a = args;
    remote_connect_supports_feature_ret *r = ret;

    if (a->feature == 10)
        virNetServerClientStartKeepAlive(client);
    r->supported = 1;
    return 0;
}


static int
testGetHostname(
    virNetServer *srv, virNetServerClient *client, virNetMessage *msg, void *args, void *ret)
{
    ((remote_connect_get_hostname_ret *)ret)->hostname = g_strdup("testhost");
    return 0;
}


static int
testGetVersion(
    virNetServer *srv, virNetServerClient *client, virNetMessage *msg, void *args, void *ret)
{
    ((remote_connect_get_version_ret *)ret)->hv_ver = 9000000;
    return 0;
}


/* Blocks until testRelease(); answers the domain's name. */
static int
testSlow(virNetServer *srv, virNetServerClient *client, virNetMessage *msg, void *args, void *ret)
{
    remote_domain_get_hostname_args *a = args;

    g_mutex_lock(&ts->lock);
    ts->slowActive++;
    ts->slowMax = MAX(ts->slowMax, ts->slowActive);
    testSignal();
    while (!ts->release)
        g_cond_wait(&ts->cond, &ts->lock);
    ts->slowActive--;
    testSignal();
    g_mutex_unlock(&ts->lock);
    ((remote_domain_get_hostname_ret *)ret)->hostname = g_strdup(a->dom.name);
    return 0;
}


static int
testDefineXML(
    virNetServer *srv, virNetServerClient *client, virNetMessage *msg, void *args, void *ret)
{
    remote_domain_define_xml_ret *r = ret;

    r->dom.name = g_strdup("vm1");
    r->dom.id = -1;
    return 0;
}


static int
testRegisterEvents(
    virNetServer *srv, virNetServerClient *client, virNetMessage *msg, void *args, void *ret)
{
    g_mutex_lock(&ts->lock);
    virNetServerClientUnref(ts->eventClient);
    virNetServerClientRef(client);
    ts->eventClient = client;
    testSignal();
    g_mutex_unlock(&ts->lock);
    ((remote_connect_domain_event_callback_register_any_ret *)ret)->callbackID = 5;
    return 0;
}


static void
testStreamFree(void *opaque)
{
    g_atomic_int_inc(&ts->streamsFreed);
}


static int
testDownloadRecv(virNetServerStream *st, int status, const char *data, size_t len, void *opaque)
{
    g_mutex_lock(&ts->lock);
    if (status == VIR_NET_OK)
        ts->downloadFinished++;
    else if (status == VIR_NET_ERROR)
        ts->uploadAborted++;
    testSignal();
    g_mutex_unlock(&ts->lock);
    return 0;
}


char
testPattern(size_t i)
{
    return (char)((i * 31) ^ (i >> 9));
}


static gpointer
testSenderMain(gpointer opaque)
{
    virNetServerStream *st = opaque;
    g_autofree char *data = g_malloc(TEST_DOWNLOAD_LEN);

    for (size_t i = 0; i < TEST_DOWNLOAD_LEN; i++)
        data[i] = testPattern(i);
    g_mutex_lock(&ts->lock);
    while (!ts->senderGo)
        g_cond_wait(&ts->cond, &ts->lock);
    g_mutex_unlock(&ts->lock);
    g_assert_cmpint(virNetServerStreamSend(st, data + TEST_DOWNLOAD_HELD,
                                           TEST_DOWNLOAD_LEN - TEST_DOWNLOAD_HELD),
                    ==, 0);
    g_assert_cmpint(virNetServerStreamSend(st, NULL, 0), ==, 0);
    g_mutex_lock(&ts->lock);
    ts->senderDone = true;
    testSignal();
    g_mutex_unlock(&ts->lock);
    return NULL;
}


/* Opens a download stream and sends its first bytes at once (they wait
 * for the reply); a thread sends the rest when the test says so. */
static int
testScreenshot(
    virNetServer *srv, virNetServerClient *client, virNetMessage *msg, void *args, void *ret)
{
    virNetServerStream *st =
        virNetServerClientAddStream(client, &msg->header, testDownloadRecv, NULL, testStreamFree);
    char head[TEST_DOWNLOAD_HELD];

    for (size_t i = 0; i < TEST_DOWNLOAD_HELD; i++)
        head[i] = testPattern(i);
    g_assert_cmpint(virNetServerStreamSend(st, head, TEST_DOWNLOAD_HELD), ==, 0);
    g_mutex_lock(&ts->lock);
    g_ptr_array_add(ts->streams, st);
    ts->streamsAdded++;
    ts->sender = g_thread_new("sender", testSenderMain, st);
    g_mutex_unlock(&ts->lock);
    ((remote_domain_screenshot_ret *)ret)->mime = g_strdup("image/png");
    return 0;
}


static int
testUploadRecv(virNetServerStream *st, int status, const char *data, size_t len, void *opaque)
{
    int ret = 0;

    g_mutex_lock(&ts->lock);
    if (status == VIR_NET_CONTINUE && len == 4 && memcmp(data, "FAIL", 4) == 0) {
        virReportError(VIR_ERR_OPERATION_FAILED, "%s", _("upload refused"));
        ret = -1;
    } else if (status == VIR_NET_CONTINUE) {
        g_string_append_len(ts->upload, data, len);
    } else if (status == VIR_NET_OK) {
        ts->uploadFinished++;
    } else {
        ts->uploadAborted++;
    }
    testSignal();
    g_mutex_unlock(&ts->lock);
    return ret;
}


static int
testUpload(virNetServer *srv, virNetServerClient *client, virNetMessage *msg, void *args, void *ret)
{
    virNetServerStream *st =
        virNetServerClientAddStream(client, &msg->header, testUploadRecv, NULL, testStreamFree);

    g_mutex_lock(&ts->lock);
    g_ptr_array_add(ts->streams, st);
    ts->streamsAdded++;
    g_mutex_unlock(&ts->lock);
    return 0;
}


/* Opens a stream, sends into it, releases it, then fails: none of it
 * may reach the client, which only gets the error reply. */
static int
testDownloadFail(
    virNetServer *srv, virNetServerClient *client, virNetMessage *msg, void *args, void *ret)
{
    virNetServerStream *st =
        virNetServerClientAddStream(client, &msg->header, testUploadRecv, NULL, testStreamFree);

    g_mutex_lock(&ts->lock);
    ts->streamsAdded++;
    g_mutex_unlock(&ts->lock);
    g_assert_cmpint(virNetServerStreamSend(st, "junk", 4), ==, 0);
    g_assert_cmpint(virNetServerStreamFinish(st, false), ==, 0);
    virReportError(VIR_ERR_NO_STORAGE_VOL, "%s", _("no volume"));
    return -1;
}


/* Writes "hi" into the descriptor that came with the call. */
static int
testCreateWithFiles(
    virNetServer *srv, virNetServerClient *client, virNetMessage *msg, void *args, void *ret)
{
    remote_domain_create_xml_with_files_ret *r = ret;

    if (msg->header.type != VIR_NET_CALL_WITH_FDS || msg->nfds != 1 || msg->fds[0] < 0) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("expected one descriptor"));
        return -1;
    }
    if (write(msg->fds[0], "hi", 2) != 2) {
        virReportSystemError(errno, "%s", _("cannot write"));
        return -1;
    }
    r->dom.name = g_strdup("vm1");
    r->dom.id = 1;
    return 0;
}


/* Replies with the write end of a pipe whose read end the test keeps. */
static int
testOpenGraphicsFD(
    virNetServer *srv, virNetServerClient *client, virNetMessage *msg, void *args, void *ret)
{
    int fds[2];

    if (pipe2(fds, O_CLOEXEC) < 0) {
        virReportSystemError(errno, "%s", _("cannot create pipe"));
        return -1;
    }
    g_mutex_lock(&ts->lock);
    ts->graphicsRead = fds[0];
    g_mutex_unlock(&ts->lock);
    return virNetServerClientAddReplyFD(client, msg, fds[1]);
}


static const virNetServerProcHandler testHandlers[] = {
    { REMOTE_PROC_AUTH_LIST, testAuthList },
    { REMOTE_PROC_CONNECT_OPEN, testConnectOpen },
    { REMOTE_PROC_CONNECT_CLOSE, testConnectClose },
    { REMOTE_PROC_CONNECT_SUPPORTS_FEATURE, testSupportsFeature },
    { REMOTE_PROC_CONNECT_GET_HOSTNAME, testGetHostname },
    { REMOTE_PROC_CONNECT_GET_VERSION, testGetVersion },
    { REMOTE_PROC_DOMAIN_GET_HOSTNAME, testSlow },
    { REMOTE_PROC_DOMAIN_DEFINE_XML, testDefineXML },
    { REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY, testRegisterEvents },
    { REMOTE_PROC_DOMAIN_SCREENSHOT, testScreenshot },
    { REMOTE_PROC_STORAGE_VOL_UPLOAD, testUpload },
    { REMOTE_PROC_STORAGE_VOL_DOWNLOAD, testDownloadFail },
    { REMOTE_PROC_DOMAIN_CREATE_XML_WITH_FILES, testCreateWithFiles },
    { REMOTE_PROC_DOMAIN_OPEN_GRAPHICS_FD, testOpenGraphicsFD },
};


static void *
testPrivNew(virNetServerClient *client, void *opaque)
{
    g_atomic_int_inc(&ts->privNew);
    return g_strdup("priv");
}


static void
testPrivFree(void *priv)
{
    g_assert_cmpstr(priv, ==, "priv");
    g_free(priv);
    g_atomic_int_inc(&ts->privFree);
}


static gpointer
testServerMain(gpointer opaque)
{
    int rc = virNetServerRun(ts->srv);

    g_assert_cmpint(rc, ==, 0);
    g_atomic_int_set(&ts->runDone, 1);
    return NULL;
}


void
testConfig(virNetServerConfig *cfg)
{
    virNetServerConfigDefaults(cfg);
    cfg->minWorkers = 2;
    cfg->maxWorkers = 4;
    cfg->prioWorkers = 1;
}


void
testServerStart(const virNetServerConfig *cfg, bool tcp)
{
    g_autoptr(GError) err = NULL;

    ts = g_new0(testServer, 1);
    g_mutex_init(&ts->lock);
    g_cond_init(&ts->cond);
    ts->streams = g_ptr_array_new();
    ts->upload = g_string_new(NULL);
    ts->graphicsRead = -1;
    ts->dir = g_dir_make_tmp("virnetservertest-XXXXXX", &err);
    g_assert_no_error(err);
    ts->sock = g_build_filename(ts->dir, "run", "test-sock", NULL);
    ts->sockro = g_build_filename(ts->dir, "run", "test-sock-ro", NULL);

    ts->srv = virNetServerNew("test", cfg, testPrivNew, testPrivFree, NULL);
    g_assert_nonnull(ts->srv);
    virNetServerAddProgram(ts->srv, virNetServerProgramNew(&remoteProgramDef, testHandlers,
                                                           G_N_ELEMENTS(testHandlers)));
    g_assert_cmpint(virNetServerAddUNIXSocket(ts->srv, ts->sock, 0600, (gid_t)-1, false), ==, 0);
    g_assert_cmpint(virNetServerAddUNIXSocket(ts->srv, ts->sockro, 0666, (gid_t)-1, true), ==, 0);
    g_assert_cmpint(virNetServerGetTCPPort(ts->srv), ==, -1);
    if (tcp) {
        g_assert_cmpint(virNetServerAddTCPSocket(ts->srv, "127.0.0.1", "0"), ==, 0);
        g_assert_cmpint(virNetServerGetTCPPort(ts->srv), >, 0);
    }
}


void
testServerRun(void)
{
    ts->thread = g_thread_new("server", testServerMain, NULL);
}


void
testStartDefault(void)
{
    virNetServerConfig cfg;

    testConfig(&cfg);
    testServerStart(&cfg, false);
    testServerRun();
}


bool
testWaitRunDone(void)
{
    for (int i = 0; i < TEST_WAIT_MS / 10; i++) {
        if (g_atomic_int_get(&ts->runDone))
            return true;
        g_usleep(10 * 1000);
    }
    return false;
}


void
testRelease(void)
{
    g_mutex_lock(&ts->lock);
    ts->release = true;
    testSignal();
    g_mutex_unlock(&ts->lock);
}


void
testServerStop(void)
{
    testRelease();
    g_mutex_lock(&ts->lock);
    ts->senderGo = true;
    testSignal();
    g_mutex_unlock(&ts->lock);
    virNetServerQuit(ts->srv);
    if (ts->thread)
        g_thread_join(ts->thread);
    if (ts->sender)
        g_thread_join(ts->sender);
    virNetServerFree(ts->srv);
    for (guint i = 0; i < ts->streams->len; i++)
        (void)virNetServerStreamFinish(g_ptr_array_index(ts->streams, i), false);
    g_assert_cmpint(g_atomic_int_get(&ts->streamsFreed), ==, ts->streamsAdded);
    virNetServerClientUnref(ts->eventClient);
    /* every client's data is gone once the last reference is */
    g_assert_cmpint(g_atomic_int_get(&ts->privFree), ==, g_atomic_int_get(&ts->privNew));
    VIR_FORCE_CLOSE(ts->graphicsRead);
    g_assert_cmpint(virFileDeleteTree(ts->dir), ==, 0);
    g_ptr_array_free(ts->streams, TRUE);
    g_string_free(ts->upload, TRUE);
    g_cond_clear(&ts->cond);
    g_mutex_clear(&ts->lock);
    g_free(ts->sock);
    g_free(ts->sockro);
    g_free(ts->dir);
    g_clear_pointer(&ts, g_free);
}


bool
testWaitCounter(int *counter, int value)
{
    gint64 deadline = g_get_monotonic_time() + TEST_WAIT_MS * G_TIME_SPAN_MILLISECOND;
    bool ok = true;

    g_mutex_lock(&ts->lock);
    while (*counter != value && ok)
        ok = g_cond_wait_until(&ts->cond, &ts->lock, deadline);
    ok = *counter == value;
    g_mutex_unlock(&ts->lock);
    return ok;
}


bool
testWaitClients(size_t n)
{
    for (int i = 0; i < TEST_WAIT_MS / 10; i++) {
        if (virNetServerClientCount(ts->srv) == n)
            return true;
        g_usleep(10 * 1000);
    }
    return false;
}


/* ---- the raw client ---- */

int
testConnect(const char *path)
{
    struct timeval tv = { 0, 100 * 1000 };
    int fd = virNetSocketConnectUNIX(path);

    g_assert_cmpint(fd, >=, 0);
    g_assert_cmpint(setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)), ==, 0);
    return fd;
}


int
testRawClient(const char *bytes, size_t len, bool hangup)
{
    int fd = testConnect(ts->sock);

    g_assert_cmpint(write(fd, bytes, len), ==, (ssize_t)len);
    if (hangup)
        VIR_FORCE_CLOSE(fd);
    return fd;
}


/* Writes @msg (owned) completely. */
static void
testWrite(int fd, virNetMessage *msg)
{
    int rc;

    while ((rc = virNetSocketWriteMessage(fd, msg)) == 0)
        g_usleep(1000);
    g_assert_cmpint(rc, ==, 1);
    virNetMessageFree(msg);
}


void
testSendFull(int fd,
             uint32_t prog,
             uint32_t vers,
             int proc,
             int type,
             uint32_t serial,
             int status,
             const virXDRStruct *desc,
             const void *data,
             const int *fds,
             size_t nfds)
{
    virNetMessage *msg = virNetMessageNew();

    msg->header = (virNetMessageHeader){ prog, vers, proc, type, serial, status };
    if (nfds) {
        msg->fds = g_new(int, nfds);
        for (size_t i = 0; i < nfds; i++)
            msg->fds[i] = fcntl(fds[i], F_DUPFD_CLOEXEC, 0);
        msg->nfds = nfds;
    }
    g_assert_cmpint(virNetMessageEncodeHeader(msg), ==, 0);
    g_assert_cmpint(virNetMessageEncodePayload(msg, desc, data), ==, 0);
    testWrite(fd, msg);
}


void
testCall(int fd, int proc, uint32_t serial, const virXDRStruct *desc, const void *args)
{
    testSendFull(fd, REMOTE_PROGRAM, REMOTE_PROTOCOL_VERSION, proc, VIR_NET_CALL, serial,
                 VIR_NET_OK, desc, args, NULL, 0);
}


void
testSendStream(int fd, int proc, uint32_t serial, int status, const char *data, size_t len)
{
    virNetMessage *msg = virNetMessageNew();

    msg->header = (virNetMessageHeader){ REMOTE_PROGRAM, REMOTE_PROTOCOL_VERSION,
                                         proc,           VIR_NET_STREAM,
                                         serial,         status };
    g_assert_cmpint(virNetMessageEncodeHeader(msg), ==, 0);
    g_assert_cmpint(virNetMessageEncodePayloadRaw(msg, data, len), ==, 0);
    testWrite(fd, msg);
}


int
testRead(int fd, int ms, virNetMessage **out)
{
    gint64 deadline = g_get_monotonic_time() + ms * G_TIME_SPAN_MILLISECOND;
    virNetMessage *msg = virNetMessageNew();
    int rc;

    virNetMessagePrepareRead(msg);
    while ((rc = virNetSocketReadMessage(fd, msg)) == 0 && g_get_monotonic_time() < deadline)
        ;
    if (rc <= 0) {
        virNetMessageFree(msg);
        virResetLastError();
        return rc;
    }
    *out = msg;
    return 1;
}


virNetMessage *
testRecv(int fd)
{
    virNetMessage *msg = NULL;

    while (true) {
        g_assert_cmpint(testRead(fd, TEST_WAIT_MS, &msg), ==, 1);
        if (msg->header.prog != KEEPALIVE_PROGRAM || msg->header.type != VIR_NET_MESSAGE)
            return msg;
        if (msg->header.proc == KEEPALIVE_PROC_PING)
            testSendFull(fd, KEEPALIVE_PROGRAM, 1, KEEPALIVE_PROC_PONG, VIR_NET_MESSAGE, 0,
                         VIR_NET_OK, NULL, NULL, NULL, 0);
        virNetMessageFree(msg);
    }
}


void
testExpectClosed(int fd)
{
    virNetMessage *msg = NULL;
    int rc;

    while ((rc = testRead(fd, TEST_WAIT_MS, &msg)) == 1)
        virNetMessageFree(msg);
    g_assert_cmpint(rc, ==, -1);
}


void
testCheckReply(virNetMessage *msg, int proc, uint32_t serial, const virXDRStruct *desc, void *ret)
{
    g_assert_cmpuint(msg->header.prog, ==, REMOTE_PROGRAM);
    g_assert_cmpint(msg->header.proc, ==, proc);
    g_assert_cmpuint(msg->header.serial, ==, serial);
    g_assert_cmpint(msg->header.status, ==, VIR_NET_OK);
    g_assert_true(msg->header.type == VIR_NET_REPLY || msg->header.type == VIR_NET_REPLY_WITH_FDS);
    if (desc)
        g_assert_cmpint(virNetMessageDecodePayload(msg, desc, ret), ==, 0);
    else
        g_assert_cmpuint(msg->bufferLength, ==, msg->header.type == VIR_NET_REPLY ? 28 : 32);
}


void
testCheckError(
    virNetMessage *msg, int type, uint32_t serial, int code, int domain, const char *message)
{
    remote_error rerr = { 0 };

    g_assert_cmpint(msg->header.type, ==, type);
    g_assert_cmpint(msg->header.status, ==, VIR_NET_ERROR);
    g_assert_cmpuint(msg->header.serial, ==, serial);
    g_assert_cmpint(virNetMessageDecodePayload(msg, &remote_error_desc, &rerr), ==, 0);
    g_assert_cmpint(rerr.code, ==, code);
    g_assert_cmpint(rerr.domain, ==, domain);
    g_assert_cmpstr(rerr.message, ==, message);
    g_assert_cmpint(rerr.level, ==, VIR_ERR_ERROR);
    virXDRFree(&remote_error_desc, &rerr);
}


void
testCallError(int fd,
              int proc,
              uint32_t serial,
              const virXDRStruct *desc,
              const void *args,
              int code,
              int domain,
              const char *message)
{
    virNetMessage *msg;

    testCall(fd, proc, serial, desc, args);
    msg = testRecv(fd);
    g_assert_cmpint(msg->header.proc, ==, proc);
    testCheckError(msg, VIR_NET_REPLY, serial, code, domain, message);
    virNetMessageFree(msg);
}


void
testCallVoid(int fd, int proc, uint32_t serial, const virXDRStruct *desc, const void *args)
{
    virNetMessage *msg;

    testCall(fd, proc, serial, desc, args);
    msg = testRecv(fd);
    testCheckReply(msg, proc, serial, NULL, NULL);
    virNetMessageFree(msg);
}


void
testOpen(int fd)
{
    remote_connect_open_args open = { (char *)"test:///default", 6 };
    remote_auth_list_ret auth = { 0 };
    virNetMessage *msg;

    testCall(fd, REMOTE_PROC_AUTH_LIST, 0, NULL, NULL);
    msg = testRecv(fd);
    testCheckReply(msg, REMOTE_PROC_AUTH_LIST, 0, &remote_auth_list_ret_desc, &auth);
    g_assert_cmpuint(auth.types.len, ==, 1);
    g_assert_cmpint(((int32_t *)auth.types.val)[0], ==, 0);
    virXDRFree(&remote_auth_list_ret_desc, &auth);
    virNetMessageFree(msg);
    testCallVoid(fd, REMOTE_PROC_CONNECT_OPEN, 1, &remote_connect_open_args_desc, &open);
}


void
testExpectHostname(int fd, uint32_t serial)
{
    remote_connect_get_hostname_ret ret = { 0 };
    virNetMessage *msg;

    testCall(fd, REMOTE_PROC_CONNECT_GET_HOSTNAME, serial, NULL, NULL);
    msg = testRecv(fd);
    testCheckReply(msg, REMOTE_PROC_CONNECT_GET_HOSTNAME, serial,
                   &remote_connect_get_hostname_ret_desc, &ret);
    g_assert_cmpstr(ret.hostname, ==, "testhost");
    virXDRFree(&remote_connect_get_hostname_ret_desc, &ret);
    virNetMessageFree(msg);
}


void
testSendSlow(int fd, uint32_t serial, const char *name)
{
    remote_domain_get_hostname_args args = { { (char *)name, { 0 }, 1 }, 0 };

    testCall(fd, REMOTE_PROC_DOMAIN_GET_HOSTNAME, serial, &remote_domain_get_hostname_args_desc,
             &args);
}


void
testExpectSlowReply(virNetMessage *msg, uint32_t serial, const char *name)
{
    remote_domain_get_hostname_ret ret = { 0 };

    testCheckReply(msg, REMOTE_PROC_DOMAIN_GET_HOSTNAME, serial,
                   &remote_domain_get_hostname_ret_desc, &ret);
    g_assert_cmpstr(ret.hostname, ==, name);
    virXDRFree(&remote_domain_get_hostname_ret_desc, &ret);
}


void
testCallUpload(int fd, uint32_t serial)
{
    remote_storage_vol_upload_args args = {
        { (char *)"pool", (char *)"vol", (char *)"key" }, 0, 0, 0
    };
    virNetMessage *msg;

    testCall(fd, REMOTE_PROC_STORAGE_VOL_UPLOAD, serial, &remote_storage_vol_upload_args_desc,
             &args);
    msg = testRecv(fd);
    testCheckReply(msg, REMOTE_PROC_STORAGE_VOL_UPLOAD, serial, NULL, NULL);
    virNetMessageFree(msg);
}
