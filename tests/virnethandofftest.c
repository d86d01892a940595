/*
 * virnethandofftest.c: the daemon side of the proxy handoff
 *
 * The test plays virtproxyd: it makes a client connection (a socketpair),
 * writes the client's first frames into the "pending bytes", passes the
 * other end over the server's handoff control socket and then talks to
 * the server directly on the client end.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virfile.h"
#include "virlog.h"
#include "virnetservertestutils.h"
#include "virnetsocket.h"

#define TEST_ALARM_S 110
#define TEST_HANDOFFS 50

static char *handoffPath;


/* Server with a handoff socket, not running yet. */
static void
testHandoffServer(const virNetServerConfig *cfg)
{
    testServerStart(cfg, false);
    handoffPath = g_build_filename(ts->dir, "run", "test-handoff-sock", NULL);
    g_assert_cmpint(virNetServerAddHandoffSocket(ts->srv, handoffPath), ==, 0);
}


static void
testHandoffStart(void)
{
    virNetServerConfig cfg;

    testConfig(&cfg);
    testHandoffServer(&cfg);
    testServerRun();
}


static void
testHandoffStop(void)
{
    testServerStop();
    g_clear_pointer(&handoffPath, g_free);
}


/* A client connection: [0] the client's end (blocking, 100 ms reads), [1] the proxy's. */
static void
testClientPair(int sv[2])
{
    struct timeval tv = { 0, 100 * 1000 };

    g_assert_cmpint(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), ==, 0);
    g_assert_cmpint(setsockopt(sv[0], SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)), ==, 0);
}


/* Everything the client wrote so far, as the proxy reads it (non-blocking). */
static GByteArray *
testDrain(int fd)
{
    GByteArray *out = g_byte_array_new();
    char buf[4096];
    ssize_t n;

    while ((n = recv(fd, buf, sizeof(buf), MSG_DONTWAIT)) > 0)
        g_byte_array_append(out, (guint8 *)buf, n);
    return out;
}


/* The client's AUTH_LIST (serial 0) and CONNECT_OPEN (1), as read by the proxy. */
static GByteArray *
testOpeningFrames(int sv[2], bool authList)
{
    remote_connect_open_args open = { (char *)"test:///default", 0 };

    if (authList)
        testCall(sv[0], REMOTE_PROC_AUTH_LIST, 0, NULL, NULL);
    testCall(sv[0], REMOTE_PROC_CONNECT_OPEN, 1, &remote_connect_open_args_desc, &open);
    return testDrain(sv[1]);
}


static void
testPutU32(guint8 *p, uint32_t v)
{
    p[0] = v >> 24;
    p[1] = (v >> 16) & 0xff;
    p[2] = (v >> 8) & 0xff;
    p[3] = v & 0xff;
}


/* A control message header; @magic and @version may be wrong on purpose. */
static void
testHeader(guint8 hdr[32], const char *magic, uint32_t version, uint32_t flags, uint32_t npending)
{
    memcpy(hdr, magic, 4);
    testPutU32(hdr + 4, version);
    testPutU32(hdr + 8, 32);
    testPutU32(hdr + 12, flags);
    testPutU32(hdr + 16, getuid());
    testPutU32(hdr + 20, getgid());
    testPutU32(hdr + 24, getpid());
    testPutU32(hdr + 28, npending);
}


/* Sends @len bytes of @data, the first chunk with @fd attached (-1: none). */
static void
testSendMsg(int ctl, const guint8 *data, size_t len, int fd)
{
    union {
        char buf[CMSG_SPACE(sizeof(int))];
        struct cmsghdr align;
    } ctlbuf;
    struct iovec iov = { (void *)data, len };
    struct msghdr mh = { 0 };
    ssize_t n;

    mh.msg_iov = &iov;
    mh.msg_iovlen = 1;
    if (fd >= 0) {
        struct cmsghdr *c;

        memset(&ctlbuf, 0, sizeof(ctlbuf));
        mh.msg_control = ctlbuf.buf;
        mh.msg_controllen = sizeof(ctlbuf.buf);
        c = CMSG_FIRSTHDR(&mh);
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(sizeof(int));
        memcpy(CMSG_DATA(c), &fd, sizeof(int));
    }
    n = sendmsg(ctl, &mh, MSG_NOSIGNAL);
    g_assert_cmpint(n, >, 0);
    if ((size_t)n < len)
        g_assert_cmpint(virFileSafeWrite(ctl, data + n, len - n), ==, (ssize_t)(len - n));
}


/* The status word, or -1 if the connection closed first. */
static int
testStatus(int ctl)
{
    guint8 st[4];
    size_t got = 0;

    while (got < sizeof(st)) {
        ssize_t n = read(ctl, st + got, sizeof(st) - got);

        if (n <= 0)
            return -1;
        got += n;
    }
    return (int)(((uint32_t)st[0] << 24) | ((uint32_t)st[1] << 16) | ((uint32_t)st[2] << 8) |
                 st[3]);
}


static int
testControl(void)
{
    struct timeval tv = { TEST_WAIT_MS / 1000, 0 };
    int ctl = virNetSocketConnectUNIX(handoffPath);

    g_assert_cmpint(ctl, >=, 0);
    g_assert_cmpint(setsockopt(ctl, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)), ==, 0);
    return ctl;
}


/* Hands @fd over with @pending; returns the status. */
static int
testHandoff(int ctl, int fd, uint32_t flags, const GByteArray *pending)
{
    g_autoptr(GByteArray) msg = g_byte_array_new();
    guint8 hdr[32];

    testHeader(hdr, "MVHO", 1, flags, pending ? pending->len : 0);
    g_byte_array_append(msg, hdr, sizeof(hdr));
    if (pending)
        g_byte_array_append(msg, pending->data, pending->len);
    testSendMsg(ctl, msg->data, msg->len, fd);
    return testStatus(ctl);
}


/*
 * The replies to the opening frames: both calls were pending at once, so
 * the server may run them in parallel and answer in either order.
 */
static void
testExpectOpened(int fd, bool authList)
{
    bool gotAuth = !authList;
    bool gotOpen = false;

    while (!gotAuth || !gotOpen) {
        virNetMessage *msg = testRecv(fd);

        if (msg->header.serial == 0 && !gotAuth) {
            g_assert_cmpint(msg->header.proc, ==, REMOTE_PROC_AUTH_LIST);
            g_assert_cmpint(msg->header.status, ==, VIR_NET_OK);
            gotAuth = true;
        } else {
            g_assert_false(gotOpen);
            testCheckReply(msg, REMOTE_PROC_CONNECT_OPEN, 1, NULL, NULL);
            gotOpen = true;
        }
        virNetMessageFree(msg);
    }
}


/* One client handed over on @ctl, opened; returns the client's end. */
static int
testHandoffClient(int ctl, uint32_t flags, bool authList)
{
    int sv[2];
    g_autoptr(GByteArray) pending = NULL;

    testClientPair(sv);
    pending = testOpeningFrames(sv, authList);
    g_assert_cmpint(testHandoff(ctl, sv[1], flags, pending), ==, VIR_NET_HANDOFF_OK);
    VIR_FORCE_CLOSE(sv[1]); /* the proxy keeps nothing */
    testExpectOpened(sv[0], authList);
    return sv[0];
}


static void
testBasic(void)
{
    int ctl;
    int fd;

    testHandoffStart();
    ctl = testControl();
    fd = testHandoffClient(ctl, 0, true);
    testExpectHostname(fd, 2);
    g_assert_true(testWaitClients(1));
    g_assert_cmpuint(virNetServerClientCount(ts->srv), ==, 1);
    g_assert_cmpint(g_atomic_int_get(&ts->privNew), ==, 1);
    VIR_FORCE_CLOSE(fd);
    g_assert_true(testWaitClients(0));
    VIR_FORCE_CLOSE(ctl);
    testHandoffStop();
}


/* Pending bytes that end inside a frame (or its length word): the socket has the rest. */
static void
testSplit(void)
{
    const size_t cuts[] = { 2, 4, 10, 28 };
    int ctl;

    testHandoffStart();
    ctl = testControl();
    for (size_t i = 0; i < G_N_ELEMENTS(cuts); i++) {
        int sv[2];
        g_autoptr(GByteArray) all = NULL;
        g_autoptr(GByteArray) head = g_byte_array_new();

        testClientPair(sv);
        all = testOpeningFrames(sv, false);
        g_assert_cmpuint(all->len, >, cuts[i]);
        g_byte_array_append(head, all->data, cuts[i]);
        g_assert_cmpint(testHandoff(ctl, sv[1], 0, head), ==, VIR_NET_HANDOFF_OK);
        /* the rest is still "in the socket" */
        g_assert_cmpint(virFileSafeWrite(sv[0], all->data + cuts[i], all->len - cuts[i]), ==,
                        (ssize_t)(all->len - cuts[i]));
        VIR_FORCE_CLOSE(sv[1]);
        testExpectOpened(sv[0], false);
        testExpectHostname(sv[0], 2);
        VIR_FORCE_CLOSE(sv[0]);
    }
    VIR_FORCE_CLOSE(ctl);
    testHandoffStop();
}


static void
testReadonly(void)
{
    remote_domain_define_xml_args def = { (char *)"<domain/>" };
    int ctl;
    int fd;

    testHandoffStart();
    ctl = testControl();
    fd = testHandoffClient(ctl, VIR_NET_HANDOFF_READONLY, true);
    testCallError(fd, REMOTE_PROC_DOMAIN_DEFINE_XML, 2, &remote_domain_define_xml_args_desc, &def,
                  VIR_ERR_OPERATION_DENIED, VIR_FROM_DOMAIN,
                  "operation forbidden: read only access prevents virDomainDefineXML");
    testExpectHostname(fd, 3);
    VIR_FORCE_CLOSE(fd);

    /* without the flag the same call goes through */
    fd = testHandoffClient(ctl, 0, false);
    testCall(fd, REMOTE_PROC_DOMAIN_DEFINE_XML, 2, &remote_domain_define_xml_args_desc, &def);
    {
        virNetMessage *msg = testRecv(fd);

        g_assert_cmpint(msg->header.status, ==, VIR_NET_OK);
        virNetMessageFree(msg);
    }
    VIR_FORCE_CLOSE(fd);
    VIR_FORCE_CLOSE(ctl);
    testHandoffStop();
}


/* Waits up to @ms for a PING; true if one came. */
static bool
testGetPing(int fd, int ms)
{
    virNetMessage *msg = NULL;
    bool ping;

    if (testRead(fd, ms, &msg) != 1)
        return false;
    ping = msg->header.prog == KEEPALIVE_PROGRAM && msg->header.proc == KEEPALIVE_PROC_PING;
    virNetMessageFree(msg);
    return ping;
}


static void
testKeepalive(void)
{
    virNetServerConfig cfg;
    int ctl;
    int ka;
    int plain;

    testConfig(&cfg);
    cfg.keepaliveInterval = 1;
    cfg.keepaliveCount = 5;
    testHandoffServer(&cfg);
    testServerRun();
    ctl = testControl();
    ka = testHandoffClient(ctl, VIR_NET_HANDOFF_KEEPALIVE, true);
    plain = testHandoffClient(ctl, 0, true);
    g_assert_true(testGetPing(ka, 3000));
    /* a client that did not negotiate keepalive is not pinged */
    g_assert_false(testGetPing(plain, 1500));
    VIR_FORCE_CLOSE(ka);
    VIR_FORCE_CLOSE(plain);
    VIR_FORCE_CLOSE(ctl);
    testHandoffStop();
}


/* A bad message gets its status, and the control connection is closed. */
static void
testBadHeader(const char *magic, uint32_t version, uint32_t flags, uint32_t npending, int want)
{
    int ctl = testControl();
    int sv[2];
    guint8 hdr[32];
    char c;

    testClientPair(sv);
    testHeader(hdr, magic, version, flags, npending);
    testSendMsg(ctl, hdr, sizeof(hdr), sv[1]);
    g_assert_cmpint(testStatus(ctl), ==, want);
    g_assert_cmpint(read(ctl, &c, 1), ==, 0);
    VIR_FORCE_CLOSE(ctl);
    VIR_FORCE_CLOSE(sv[0]);
    VIR_FORCE_CLOSE(sv[1]);
}


static void
testBad(void)
{
    g_autoptr(GByteArray) pending = NULL;
    guint8 hdr[32];
    int stalled;
    int ctl;
    int sv[2];
    int fd;

    testHandoffStart();
    /* a control connection stuck mid-header blocks nobody */
    stalled = testControl();
    g_assert_cmpint(virFileSafeWrite(stalled, "MVH", 3), ==, 3);

    testBadHeader("XVHO", 1, 0, 0, VIR_NET_HANDOFF_ERR_PROTOCOL);
    testBadHeader("MVHO", 2, 0, 0, VIR_NET_HANDOFF_ERR_VERSION);
    testBadHeader("MVHO", 1, 0x4, 0, VIR_NET_HANDOFF_ERR_PROTOCOL);
    testBadHeader("MVHO", 1, 0, VIR_NET_HANDOFF_PENDING_MAX + 1, VIR_NET_HANDOFF_ERR_PROTOCOL);
    testBadHeader("MVHO", 1, 0, G_MAXUINT32, VIR_NET_HANDOFF_ERR_PROTOCOL);

    /* a message without a descriptor: refused, the connection stays */
    ctl = testControl();
    testHeader(hdr, "MVHO", 1, 0, 0);
    testSendMsg(ctl, hdr, sizeof(hdr), -1);
    g_assert_cmpint(testStatus(ctl), ==, VIR_NET_HANDOFF_ERR_NO_FD);
    /* a descriptor that is not a socket */
    g_assert_cmpint(testHandoff(ctl, STDERR_FILENO, 0, NULL), ==, VIR_NET_HANDOFF_ERR_REFUSED);
    fd = testHandoffClient(ctl, 0, true);
    testExpectHostname(fd, 2);
    VIR_FORCE_CLOSE(fd);

    /* the server serves ordinary clients all along */
    fd = testConnect(ts->sock);
    testOpen(fd);
    testExpectHostname(fd, 2);
    VIR_FORCE_CLOSE(fd);

    /* the stalled connection finally sends garbage: dropped */
    g_assert_cmpint(virFileSafeWrite(stalled, "Xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 29), ==, 29);
    g_assert_cmpint(testStatus(stalled), ==, VIR_NET_HANDOFF_ERR_PROTOCOL);
    VIR_FORCE_CLOSE(stalled);

    /* a pending frame that carries descriptors: the client is dropped */
    testClientPair(sv);
    testSendFull(sv[0], REMOTE_PROGRAM, REMOTE_PROTOCOL_VERSION, REMOTE_PROC_CONNECT_GET_HOSTNAME,
                 VIR_NET_CALL_WITH_FDS, 2, VIR_NET_OK, NULL, NULL, &sv[0], 1);
    pending = testDrain(sv[1]);
    g_assert_cmpint(testHandoff(ctl, sv[1], 0, pending), ==, VIR_NET_HANDOFF_OK);
    VIR_FORCE_CLOSE(sv[1]);
    testExpectClosed(sv[0]);
    VIR_FORCE_CLOSE(sv[0]);
    VIR_FORCE_CLOSE(ctl);
    testHandoffStop();
}


static void
testMany(void)
{
    int fds[TEST_HANDOFFS];
    int ctl;

    testHandoffStart();
    ctl = testControl();
    for (size_t i = 0; i < TEST_HANDOFFS; i++) {
        fds[i] = testHandoffClient(ctl, 0, i % 2 == 0);
        testExpectHostname(fds[i], 2);
    }
    g_assert_true(testWaitClients(TEST_HANDOFFS));
    g_assert_cmpuint(virNetServerClientCount(ts->srv), ==, TEST_HANDOFFS);
    for (size_t i = 0; i < TEST_HANDOFFS; i++) {
        testExpectHostname(fds[i], 3);
        VIR_FORCE_CLOSE(fds[i]);
    }
    g_assert_true(testWaitClients(0));
    VIR_FORCE_CLOSE(ctl);
    testHandoffStop();
}


/* Handed-over clients count against max_clients like accepted ones. */
static void
testMaxClients(void)
{
    virNetServerConfig cfg;
    int sv[2];
    int ctl;
    int fd;

    testConfig(&cfg);
    cfg.maxClients = 1;
    testHandoffServer(&cfg);
    testServerRun();
    ctl = testControl();
    fd = testHandoffClient(ctl, 0, true);
    testClientPair(sv);
    g_assert_cmpint(testHandoff(ctl, sv[1], 0, NULL), ==, VIR_NET_HANDOFF_ERR_REFUSED);
    g_assert_cmpuint(virNetServerClientCount(ts->srv), ==, 1);
    VIR_FORCE_CLOSE(sv[0]);
    VIR_FORCE_CLOSE(sv[1]);
    testExpectHostname(fd, 2);
    VIR_FORCE_CLOSE(fd);
    VIR_FORCE_CLOSE(ctl);
    testHandoffStop();
}


/* virNetServerAdoptClient directly, before the server runs. */
static void
testAdoptAPI(void)
{
    virNetServerConfig cfg;
    g_autoptr(GByteArray) pending = NULL;
    int sv[2];
    int pipefd[2];

    testConfig(&cfg);
    testHandoffServer(&cfg);
    g_assert_cmpint(pipe(pipefd), ==, 0);
    g_assert_cmpint(virNetServerAdoptClient(ts->srv, pipefd[0], false, false, NULL, 0), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_RPC);
    VIR_FORCE_CLOSE(pipefd[1]);
    g_assert_cmpuint(virNetServerClientCount(ts->srv), ==, 0);

    testClientPair(sv);
    pending = testOpeningFrames(sv, true);
    g_assert_cmpint(
        virNetServerAdoptClient(ts->srv, sv[1], false, false, (char *)pending->data, pending->len),
        ==, 0);
    g_assert_cmpuint(virNetServerClientCount(ts->srv), ==, 1);
    testServerRun();
    testExpectOpened(sv[0], true);
    testExpectHostname(sv[0], 2);
    VIR_FORCE_CLOSE(sv[0]);
    g_assert_true(testWaitClients(0));
    testHandoffStop();
}


int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    (void)alarm(TEST_ALARM_S);
    signal(SIGPIPE, SIG_IGN);
    virLogSetFromEnv();

    g_test_add_func("/rpc/handoff/basic", testBasic);
    g_test_add_func("/rpc/handoff/split", testSplit);
    g_test_add_func("/rpc/handoff/readonly", testReadonly);
    g_test_add_func("/rpc/handoff/keepalive", testKeepalive);
    g_test_add_func("/rpc/handoff/bad", testBad);
    g_test_add_func("/rpc/handoff/many", testMany);
    g_test_add_func("/rpc/handoff/max-clients", testMaxClients);
    g_test_add_func("/rpc/handoff/adopt-api", testAdoptAPI);
    return g_test_run();
}
