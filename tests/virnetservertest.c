/*
 * virnetservertest.c: tests for the RPC server (virnetserver.h)
 *
 * Each test starts a server in a thread on UNIX sockets in a temp dir
 * with a toy REMOTE program (virnetservertestutils.c) and talks to it
 * with raw frames: the handshake, libvirt's error answers, keepalive,
 * priority workers, per-client limits, bad frames, many clients, events,
 * streams, fd passing, quitting and the idle timeout. Every wait is
 * bounded; alarm() ends a hung run.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <fcntl.h>
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

#define VIR_NETSERVERPRIV_H_ALLOW
#include "virnetserverpriv.h"

#define TEST_ALARM_S 110
#define TEST_MANY_CLIENTS 200


/* AUTH_LIST, feature 10 before open, CONNECT_OPEN, calls, CONNECT_CLOSE. */
static void
testHandshake(void)
{
    remote_connect_supports_feature_args feat = { 10 };
    remote_connect_supports_feature_ret sup = { 0 };
    remote_connect_get_version_ret ver = { 0 };
    virNetMessage *msg;
    int fd;

    testStartDefault();
    fd = testConnect(ts->sock);
    testCall(fd, REMOTE_PROC_CONNECT_SUPPORTS_FEATURE, 7,
             &remote_connect_supports_feature_args_desc, &feat);
    msg = testRecv(fd);
    testCheckReply(msg, REMOTE_PROC_CONNECT_SUPPORTS_FEATURE, 7,
                   &remote_connect_supports_feature_ret_desc, &sup);
    g_assert_cmpint(sup.supported, ==, 1);
    virNetMessageFree(msg);

    testOpen(fd);
    g_assert_cmpint(ts->identityRc, ==, 0);
    g_assert_cmpint(ts->identityUid, ==, getuid());
    testExpectHostname(fd, 2);
    testCall(fd, REMOTE_PROC_CONNECT_GET_VERSION, 3, NULL, NULL);
    msg = testRecv(fd);
    testCheckReply(msg, REMOTE_PROC_CONNECT_GET_VERSION, 3, &remote_connect_get_version_ret_desc,
                   &ver);
    g_assert_cmpuint(ver.hv_ver, ==, 9000000);
    virNetMessageFree(msg);

    /* the reply comes, then the server hangs up */
    testCallVoid(fd, REMOTE_PROC_CONNECT_CLOSE, 4, NULL, NULL);
    testExpectClosed(fd);
    g_assert_true(testWaitClients(0));
    VIR_FORCE_CLOSE(fd);
    testServerStop();
}


/* libvirt's error answers; the connection stays usable after each. */
static void
testErrors(void)
{
    remote_connect_open_args bogus = { (char *)"bogus:///", 0 };
    remote_domain_lookup_by_name_args lookup = { (char *)"vm1" };
    remote_connect_get_version_ret wide = { ((uint64_t)7 << 32) | 0xdeadbeef };
    remote_connect_supports_feature_ret sup = { 0 };
    virNetMessage *msg;
    int fd;

    testStartDefault();
    fd = testConnect(ts->sock);
    testOpen(fd);

    testSendFull(fd, 0x12345678, 1, 1, VIR_NET_CALL, 10, VIR_NET_OK, NULL, NULL, NULL, 0);
    msg = testRecv(fd);
    g_assert_cmpuint(msg->header.prog, ==, 0x12345678);
    testCheckError(msg, VIR_NET_REPLY, 10, VIR_ERR_RPC, VIR_FROM_RPC,
                   "Cannot find program 305419896 version 1");
    virNetMessageFree(msg);
    testSendFull(fd, REMOTE_PROGRAM, 2, 1, VIR_NET_CALL, 11, VIR_NET_OK, NULL, NULL, NULL, 0);
    msg = testRecv(fd);
    testCheckError(msg, VIR_NET_REPLY, 11, VIR_ERR_RPC, VIR_FROM_RPC,
                   "Cannot find program 536903814 version 2");
    virNetMessageFree(msg);
    /* PING sent as a CALL is not a keepalive */
    testSendFull(fd, KEEPALIVE_PROGRAM, 1, 1, VIR_NET_CALL, 12, VIR_NET_OK, NULL, NULL, NULL, 0);
    msg = testRecv(fd);
    testCheckError(msg, VIR_NET_REPLY, 12, VIR_ERR_RPC, VIR_FROM_RPC,
                   "Cannot find program 1801807216 version 1");
    virNetMessageFree(msg);

    testCallError(fd, 9999, 13, NULL, NULL, VIR_ERR_RPC, VIR_FROM_RPC, "unknown procedure: 9999");
    testCallError(fd, REMOTE_PROC_DOMAIN_EVENT_CALLBACK_LIFECYCLE, 14, NULL, NULL, VIR_ERR_RPC,
                  VIR_FROM_RPC, "unknown procedure: 318");
    testSendFull(fd, REMOTE_PROGRAM, 1, REMOTE_PROC_CONNECT_GET_HOSTNAME, VIR_NET_CALL, 15,
                 VIR_NET_ERROR, NULL, NULL, NULL, 0);
    msg = testRecv(fd);
    testCheckError(msg, VIR_NET_REPLY, 15, VIR_ERR_RPC, VIR_FROM_RPC,
                   "Unexpected message status 1");
    virNetMessageFree(msg);
    /* SUPPORTS_FEATURE without its argument */
    testCallError(fd, REMOTE_PROC_CONNECT_SUPPORTS_FEATURE, 16, NULL, NULL, VIR_ERR_RPC,
                  VIR_FROM_RPC, "Unable to decode message payload");
    testCallError(fd, REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME, 17,
                  &remote_domain_lookup_by_name_args_desc, &lookup, VIR_ERR_NO_SUPPORT,
                  VIR_FROM_DOMAIN,
                  "this function is not supported by the connection driver: virDomainLookupByName");
    /* a handler's own error travels unchanged */
    testCallError(fd, REMOTE_PROC_CONNECT_OPEN, 18, &remote_connect_open_args_desc, &bogus,
                  VIR_ERR_OPERATION_FAILED, VIR_FROM_NONE, "operation failed: bogus:///");

    /* ignored: a client REPLY, a client MESSAGE, an unsolicited PONG */
    testSendFull(fd, REMOTE_PROGRAM, 1, 1, VIR_NET_REPLY, 19, VIR_NET_OK, NULL, NULL, NULL, 0);
    testSendFull(fd, REMOTE_PROGRAM, 1, 1, VIR_NET_MESSAGE, 19, VIR_NET_OK, NULL, NULL, NULL, 0);
    testSendFull(fd, KEEPALIVE_PROGRAM, 1, KEEPALIVE_PROC_PONG, VIR_NET_MESSAGE, 0, VIR_NET_OK,
                 NULL, NULL, NULL, 0);

    /* trailing bytes after the argument are ignored (feature = 7) */
    testCall(fd, REMOTE_PROC_CONNECT_SUPPORTS_FEATURE, 20, &remote_connect_get_version_ret_desc,
             &wide);
    msg = testRecv(fd);
    testCheckReply(msg, REMOTE_PROC_CONNECT_SUPPORTS_FEATURE, 20,
                   &remote_connect_supports_feature_ret_desc, &sup);
    virNetMessageFree(msg);
    testSendFull(fd, REMOTE_PROGRAM, 1, REMOTE_PROC_CONNECT_GET_HOSTNAME, 9, 21, VIR_NET_OK, NULL,
                 NULL, NULL, 0);
    msg = testRecv(fd);
    testCheckError(msg, VIR_NET_REPLY, 21, VIR_ERR_RPC, VIR_FROM_RPC, "Unexpected message type 9");
    virNetMessageFree(msg);

    testExpectHostname(fd, 22);
    VIR_FORCE_CLOSE(fd);
    testServerStop();
}


static void
testNotOpen(void)
{
    remote_domain_define_xml_args def = { (char *)"<domain/>" };
    int fd;

    testStartDefault();
    fd = testConnect(ts->sock);
    testCallError(fd, REMOTE_PROC_CONNECT_GET_HOSTNAME, 0, NULL, NULL, VIR_ERR_INTERNAL_ERROR,
                  VIR_FROM_RPC, "internal error: hypervisor connection not open");
    testCallError(fd, REMOTE_PROC_DOMAIN_DEFINE_XML, 1, &remote_domain_define_xml_args_desc, &def,
                  VIR_ERR_INTERNAL_ERROR, VIR_FROM_RPC,
                  "internal error: hypervisor connection not open");
    /* the handshake still works after that */
    testOpen(fd);
    testExpectHostname(fd, 2);
    VIR_FORCE_CLOSE(fd);
    testServerStop();
}


static void
testReadonly(void)
{
    remote_domain_define_xml_args def = { (char *)"<domain/>" };
    remote_network_define_xml_args net = { (char *)"<network/>" };
    remote_domain_define_xml_ret ret = { 0 };
    virNetMessage *msg;
    int ro;
    int rw;

    testStartDefault();
    ro = testConnect(ts->sockro);
    testOpen(ro);
    testCallError(ro, REMOTE_PROC_DOMAIN_DEFINE_XML, 2, &remote_domain_define_xml_args_desc, &def,
                  VIR_ERR_OPERATION_DENIED, VIR_FROM_DOMAIN,
                  "operation forbidden: read only access prevents virDomainDefineXML");
    testCallError(ro, REMOTE_PROC_NETWORK_DEFINE_XML, 3, &remote_network_define_xml_args_desc, &net,
                  VIR_ERR_OPERATION_DENIED, VIR_FROM_NETWORK,
                  "operation forbidden: read only access prevents virNetworkDefineXML");
    testExpectHostname(ro, 4);

    /* the same call on the read-write socket */
    rw = testConnect(ts->sock);
    testOpen(rw);
    testCall(rw, REMOTE_PROC_DOMAIN_DEFINE_XML, 2, &remote_domain_define_xml_args_desc, &def);
    msg = testRecv(rw);
    testCheckReply(msg, REMOTE_PROC_DOMAIN_DEFINE_XML, 2, &remote_domain_define_xml_ret_desc, &ret);
    g_assert_cmpstr(ret.dom.name, ==, "vm1");
    virXDRFree(&remote_domain_define_xml_ret_desc, &ret);
    virNetMessageFree(msg);
    VIR_FORCE_CLOSE(ro);
    VIR_FORCE_CLOSE(rw);
    testServerStop();
}


static void
testKeepalivePong(void)
{
    virNetMessage *msg = NULL;
    int fd;

    testStartDefault();
    fd = testConnect(ts->sock);
    testSendFull(fd, KEEPALIVE_PROGRAM, 1, KEEPALIVE_PROC_PING, VIR_NET_MESSAGE, 0, VIR_NET_OK,
                 NULL, NULL, NULL, 0);
    g_assert_cmpint(testRead(fd, TEST_WAIT_MS, &msg), ==, 1);
    g_assert_cmpuint(msg->header.prog, ==, KEEPALIVE_PROGRAM);
    g_assert_cmpuint(msg->header.vers, ==, 1);
    g_assert_cmpint(msg->header.proc, ==, KEEPALIVE_PROC_PONG);
    g_assert_cmpint(msg->header.type, ==, VIR_NET_MESSAGE);
    g_assert_cmpuint(msg->header.serial, ==, 0);
    g_assert_cmpint(msg->header.status, ==, VIR_NET_OK);
    g_assert_cmpuint(msg->bufferLength, ==, 28);
    virNetMessageFree(msg);
    /* no keepalive was asked for: the server does not ping by itself */
    g_assert_cmpint(testRead(fd, 300, &msg), ==, 0);
    VIR_FORCE_CLOSE(fd);
    testServerStop();
}


typedef struct {
    int fd;
    gint stop;
    int pings;
} testPonger;


/* Answers PINGs until told to stop. */
static gpointer
testPongerMain(gpointer opaque)
{
    testPonger *p = opaque;

    while (!g_atomic_int_get(&p->stop)) {
        virNetMessage *msg = NULL;

        if (testRead(p->fd, 100, &msg) != 1)
            continue;
        g_assert_cmpuint(msg->header.prog, ==, KEEPALIVE_PROGRAM);
        g_assert_cmpint(msg->header.proc, ==, KEEPALIVE_PROC_PING);
        p->pings++;
        testSendFull(p->fd, KEEPALIVE_PROGRAM, 1, KEEPALIVE_PROC_PONG, VIR_NET_MESSAGE, 0,
                     VIR_NET_OK, NULL, NULL, NULL, 0);
        virNetMessageFree(msg);
    }
    return NULL;
}


/* Interval 1 s, count 2: pings at 1 and 2 s, drop at 3 s, unless answered. */
static void
testKeepaliveDrop(void)
{
    remote_connect_supports_feature_args feat = { 10 };
    virNetServerConfig cfg;
    testPonger ponger = { 0 };
    GThread *thread;
    gint64 start;
    gint64 elapsed;
    int pings = 0;
    int fd;

    testConfig(&cfg);
    cfg.keepaliveInterval = 1;
    cfg.keepaliveCount = 2;
    testServerStart(&cfg, false);
    testServerRun();
    fd = testConnect(ts->sock);
    ponger.fd = testConnect(ts->sock);
    testCall(ponger.fd, REMOTE_PROC_CONNECT_SUPPORTS_FEATURE, 0,
             &remote_connect_supports_feature_args_desc, &feat);
    virNetMessageFree(testRecv(ponger.fd));
    thread = g_thread_new("ponger", testPongerMain, &ponger);

    testCall(fd, REMOTE_PROC_CONNECT_SUPPORTS_FEATURE, 0,
             &remote_connect_supports_feature_args_desc, &feat);
    virNetMessageFree(testRecv(fd));
    start = g_get_monotonic_time();
    while (true) {
        virNetMessage *msg = NULL;
        int rc = testRead(fd, TEST_WAIT_MS, &msg);

        g_assert_cmpint(rc, !=, 0);
        if (rc < 0)
            break;
        g_assert_cmpuint(msg->header.prog, ==, KEEPALIVE_PROGRAM);
        g_assert_cmpint(msg->header.proc, ==, KEEPALIVE_PROC_PING);
        g_assert_cmpint(msg->header.type, ==, VIR_NET_MESSAGE);
        pings++;
        virNetMessageFree(msg);
    }
    elapsed = (g_get_monotonic_time() - start) / G_TIME_SPAN_MILLISECOND;
    g_assert_cmpint(pings, ==, 2);
    g_assert_cmpint(elapsed, >=, 2500);
    g_assert_cmpint(elapsed, <, 4500);

    /* the client that answered is still there */
    g_atomic_int_set(&ponger.stop, 1);
    g_thread_join(thread);
    g_assert_cmpint(ponger.pings, >=, 2);
    testCallError(ponger.fd, REMOTE_PROC_CONNECT_GET_HOSTNAME, 1, NULL, NULL,
                  VIR_ERR_INTERNAL_ERROR, VIR_FROM_RPC,
                  "internal error: hypervisor connection not open");
    g_assert_true(testWaitClients(1));
    VIR_FORCE_CLOSE(fd);
    VIR_FORCE_CLOSE(ponger.fd);
    testServerStop();
}


/* With both ordinary workers stuck, a priority call is still answered. */
static void
testPriority(void)
{
    remote_connect_get_version_ret ver = { 0 };
    virNetServerConfig cfg;
    virNetMessage *msg;
    bool seen[3] = { false };
    int fd;

    testConfig(&cfg);
    cfg.minWorkers = 1;
    cfg.maxWorkers = 2;
    cfg.prioWorkers = 1;
    cfg.maxClientRequests = 10;
    testServerStart(&cfg, false);
    testServerRun();
    fd = testConnect(ts->sock);
    testOpen(fd);
    testSendSlow(fd, 2, "a");
    testSendSlow(fd, 3, "b");
    testSendSlow(fd, 4, "c");
    g_assert_true(testWaitCounter(&ts->slowActive, 2));

    testCall(fd, REMOTE_PROC_CONNECT_GET_VERSION, 5, NULL, NULL);
    msg = testRecv(fd);
    testCheckReply(msg, REMOTE_PROC_CONNECT_GET_VERSION, 5, &remote_connect_get_version_ret_desc,
                   &ver);
    virNetMessageFree(msg);
    g_mutex_lock(&ts->lock);
    g_assert_cmpint(ts->slowActive, ==, 2);
    g_mutex_unlock(&ts->lock);

    testRelease();
    for (int i = 0; i < 3; i++) {
        uint32_t serial;

        msg = testRecv(fd);
        serial = msg->header.serial;
        g_assert_cmpuint(serial, >=, 2);
        g_assert_cmpuint(serial, <=, 4);
        g_assert_false(seen[serial - 2]);
        seen[serial - 2] = true;
        testExpectSlowReply(msg, serial, (const char *[]){ "a", "b", "c" }[serial - 2]);
        virNetMessageFree(msg);
    }
    /* never more than max_workers ran at once */
    g_assert_cmpint(ts->slowMax, ==, 2);
    VIR_FORCE_CLOSE(fd);
    testServerStop();
}


/* max_client_requests 2: the third call is not even read until a reply went out. */
static void
testMaxRequests(void)
{
    virNetServerConfig cfg;
    int fd;
    int other;

    testConfig(&cfg);
    cfg.minWorkers = 4;
    cfg.maxWorkers = 8;
    cfg.maxClientRequests = 2;
    testServerStart(&cfg, false);
    testServerRun();
    fd = testConnect(ts->sock);
    testOpen(fd);
    for (int i = 0; i < 4; i++)
        testSendSlow(fd, 2 + i, "x");
    g_assert_true(testWaitCounter(&ts->slowActive, 2));
    g_usleep(300 * 1000);
    g_mutex_lock(&ts->lock);
    g_assert_cmpint(ts->slowActive, ==, 2);
    g_mutex_unlock(&ts->lock);

    /* another client is not held up */
    other = testConnect(ts->sock);
    testOpen(other);
    testExpectHostname(other, 2);

    testRelease();
    for (int i = 0; i < 4; i++) {
        virNetMessage *msg = testRecv(fd);

        testExpectSlowReply(msg, msg->header.serial, "x");
        virNetMessageFree(msg);
    }
    g_assert_cmpint(ts->slowMax, ==, 2);
    VIR_FORCE_CLOSE(fd);
    VIR_FORCE_CLOSE(other);
    testServerStop();
}


/* Bad lengths and clients vanishing mid-frame are dropped alone. */
static void
testBadFrames(void)
{
    char small[8] = { 0, 0, 0, 8 };
    char large[4] = { 0x02, 0x80, 0, 0 };
    char partial[50] = { 0, 0, 0, 100, 0x20, 0, (char)0x80, (char)0x86 };
    int good;
    int fd;

    testStartDefault();
    good = testConnect(ts->sock);
    testOpen(good);

    fd = testRawClient(small, sizeof(small), false);
    testExpectClosed(fd);
    VIR_FORCE_CLOSE(fd);
    fd = testRawClient(large, sizeof(large), false);
    testExpectClosed(fd);
    VIR_FORCE_CLOSE(fd);
    (void)testRawClient(partial, sizeof(partial), true);
    (void)testRawClient(partial, 2, true);

    testExpectHostname(good, 2);
    g_assert_true(testWaitClients(1));
    VIR_FORCE_CLOSE(good);
    testServerStop();
}


static void
testManyClients(void)
{
    int fds[TEST_MANY_CLIENTS];

    testStartDefault();
    for (int i = 0; i < TEST_MANY_CLIENTS; i++)
        fds[i] = testConnect(ts->sock);
    for (int i = 0; i < TEST_MANY_CLIENTS; i++)
        testCall(fds[i], REMOTE_PROC_AUTH_LIST, i, NULL, NULL);
    for (int i = 0; i < TEST_MANY_CLIENTS; i++) {
        remote_auth_list_ret auth = { 0 };
        virNetMessage *msg = testRecv(fds[i]);

        testCheckReply(msg, REMOTE_PROC_AUTH_LIST, i, &remote_auth_list_ret_desc, &auth);
        virXDRFree(&remote_auth_list_ret_desc, &auth);
        virNetMessageFree(msg);
    }
    g_assert_true(testWaitClients(TEST_MANY_CLIENTS));
    for (int i = 0; i < TEST_MANY_CLIENTS; i++)
        VIR_FORCE_CLOSE(fds[i]);
    g_assert_true(testWaitClients(0));
    testServerStop();
}


static void
testMaxClients(void)
{
    virNetServerConfig cfg;
    int fds[3];
    int extra;

    testConfig(&cfg);
    cfg.maxClients = 3;
    testServerStart(&cfg, false);
    testServerRun();
    for (int i = 0; i < 3; i++) {
        fds[i] = testConnect(ts->sock);
        testOpen(fds[i]);
    }
    g_assert_true(testWaitClients(3));
    extra = testConnect(ts->sock);
    testExpectClosed(extra);
    VIR_FORCE_CLOSE(extra);

    /* room again once one leaves */
    VIR_FORCE_CLOSE(fds[0]);
    g_assert_true(testWaitClients(2));
    fds[0] = testConnect(ts->sock);
    testOpen(fds[0]);
    for (int i = 0; i < 3; i++)
        VIR_FORCE_CLOSE(fds[i]);
    testServerStop();
}


static gpointer
testEventMain(gpointer opaque)
{
    virNetServerClient *client = opaque;

    for (int i = 0; i < 3; i++) {
        remote_domain_event_callback_lifecycle_msg ev = {
            5, { { (char *)"vm1", { 1, 2 }, 3 }, i, 1 }
        };

        g_assert_cmpint(virNetServerClientSendEvent(client, &remoteProgramDef,
                                                    REMOTE_PROC_DOMAIN_EVENT_CALLBACK_LIFECYCLE,
                                                    &ev),
                        ==, 0);
    }
    return NULL;
}


/* Events sent from another thread arrive as MESSAGE frames, serial 1. */
static void
testEvents(void)
{
    remote_connect_domain_event_callback_register_any_args reg = { 0, NULL };
    remote_connect_domain_event_callback_register_any_ret regret = { 0 };
    virNetServerClient *client;
    virNetMessage *msg;
    int fd;

    testStartDefault();
    fd = testConnect(ts->sock);
    testOpen(fd);
    testCall(fd, REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY, 2,
             &remote_connect_domain_event_callback_register_any_args_desc, &reg);
    msg = testRecv(fd);
    testCheckReply(msg, REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY, 2,
                   &remote_connect_domain_event_callback_register_any_ret_desc, &regret);
    g_assert_cmpint(regret.callbackID, ==, 5);
    virNetMessageFree(msg);
    client = ts->eventClient;

    g_thread_join(g_thread_new("events", testEventMain, client));
    for (int i = 0; i < 3; i++) {
        remote_domain_event_callback_lifecycle_msg ev = { 0 };

        msg = testRecv(fd);
        g_assert_cmpuint(msg->header.prog, ==, REMOTE_PROGRAM);
        g_assert_cmpint(msg->header.proc, ==, REMOTE_PROC_DOMAIN_EVENT_CALLBACK_LIFECYCLE);
        g_assert_cmpint(msg->header.type, ==, VIR_NET_MESSAGE);
        g_assert_cmpuint(msg->header.serial, ==, 1);
        g_assert_cmpint(msg->header.status, ==, VIR_NET_OK);
        g_assert_cmpint(
            virNetMessageDecodePayload(msg, &remote_domain_event_callback_lifecycle_msg_desc, &ev),
            ==, 0);
        g_assert_cmpint(ev.callbackID, ==, 5);
        g_assert_cmpstr(ev.msg.dom.name, ==, "vm1");
        g_assert_cmpint(ev.msg.dom.id, ==, 3);
        g_assert_cmpint(ev.msg.dom.uuid[1], ==, 2);
        g_assert_cmpint(ev.msg.event, ==, i);
        virXDRFree(&remote_domain_event_callback_lifecycle_msg_desc, &ev);
        virNetMessageFree(msg);
    }

    /* not an event procedure of the table */
    g_assert_cmpint(virNetServerClientSendEvent(client, &remoteProgramDef, 99999, NULL), ==, -1);
    virResetLastError();
    /* a client that went away */
    VIR_FORCE_CLOSE(fd);
    g_assert_true(testWaitClients(0));
    g_assert_cmpint(
        virNetServerClientSendEvent(client, &keepaliveProgramDef, KEEPALIVE_PROC_PING, NULL), ==,
        -1);
    virResetLastError();
    testServerStop();
}


/* Server to client: reply, held-back then flow-controlled data, EOF, finish. */
static void
testStreamDownload(void)
{
    remote_domain_screenshot_args args = { { (char *)"vm1", { 0 }, 1 }, 0, 0 };
    remote_domain_screenshot_ret ret = { 0 };
    virNetMessage *msg;
    size_t total = 0;
    int fd;

    testStartDefault();
    fd = testConnect(ts->sock);
    testOpen(fd);
    testCall(fd, REMOTE_PROC_DOMAIN_SCREENSHOT, 2, &remote_domain_screenshot_args_desc, &args);
    msg = testRecv(fd);
    testCheckReply(msg, REMOTE_PROC_DOMAIN_SCREENSHOT, 2, &remote_domain_screenshot_ret_desc, &ret);
    g_assert_cmpstr(ret.mime, ==, "image/png");
    virXDRFree(&remote_domain_screenshot_ret_desc, &ret);
    virNetMessageFree(msg);

    /* we do not read: the sender must be held back by the window */
    g_mutex_lock(&ts->lock);
    ts->senderGo = true;
    g_cond_broadcast(&ts->cond);
    g_mutex_unlock(&ts->lock);
    g_usleep(300 * 1000);
    g_mutex_lock(&ts->lock);
    g_assert_false(ts->senderDone);
    g_mutex_unlock(&ts->lock);

    while (true) {
        const char *data;
        size_t len = 0;

        msg = testRecv(fd);
        g_assert_cmpint(msg->header.type, ==, VIR_NET_STREAM);
        g_assert_cmpint(msg->header.proc, ==, REMOTE_PROC_DOMAIN_SCREENSHOT);
        g_assert_cmpuint(msg->header.serial, ==, 2);
        g_assert_cmpint(msg->header.status, ==, VIR_NET_CONTINUE);
        data = virNetMessagePayload(msg, &len);
        g_assert_cmpuint(len, <=, VIR_NET_MESSAGE_STREAM_CHUNK);
        for (size_t i = 0; i < len; i++)
            g_assert_cmpint(data[i], ==, testPattern(total + i));
        total += len;
        virNetMessageFree(msg);
        if (len == 0)
            break;
    }
    g_assert_cmpuint(total, ==, TEST_DOWNLOAD_LEN);

    testSendStream(fd, REMOTE_PROC_DOMAIN_SCREENSHOT, 2, VIR_NET_OK, NULL, 0);
    msg = testRecv(fd);
    g_assert_cmpint(msg->header.type, ==, VIR_NET_STREAM);
    g_assert_cmpint(msg->header.status, ==, VIR_NET_OK);
    g_assert_cmpuint(msg->bufferLength, ==, 28);
    virNetMessageFree(msg);
    g_assert_true(testWaitCounter(&ts->downloadFinished, 1));
    g_mutex_lock(&ts->lock);
    g_assert_true(ts->senderDone);
    g_mutex_unlock(&ts->lock);

    /* the stream ended: finishing it now only releases it */
    g_assert_cmpint(virNetServerStreamFinish(g_ptr_array_steal_index(ts->streams, 0), false), ==,
                    -1);
    /* the stream job may still hold it a moment */
    for (int i = 0; i < TEST_WAIT_MS / 10 && g_atomic_int_get(&ts->streamsFreed) != 1; i++)
        g_usleep(10 * 1000);
    g_assert_cmpint(g_atomic_int_get(&ts->streamsFreed), ==, 1);
    testExpectHostname(fd, 3);
    VIR_FORCE_CLOSE(fd);
    testServerStop();
}


/* Client to server: data, finish; refusal; abort; client going away. */
static void
testStreamUpload(void)
{
    g_autofree char *data = g_malloc(100000);
    virNetMessage *msg;
    int fd;

    testStartDefault();
    fd = testConnect(ts->sock);
    testOpen(fd);
    testCallUpload(fd, 2);
    for (int i = 0; i < 3; i++) {
        for (size_t j = 0; j < 100000; j++)
            data[j] = testPattern(i * 100000 + j);
        testSendStream(fd, REMOTE_PROC_STORAGE_VOL_UPLOAD, 2, VIR_NET_CONTINUE, data, 100000);
    }
    testSendStream(fd, REMOTE_PROC_STORAGE_VOL_UPLOAD, 2, VIR_NET_OK, NULL, 0);
    msg = testRecv(fd);
    g_assert_cmpint(msg->header.type, ==, VIR_NET_STREAM);
    g_assert_cmpuint(msg->header.serial, ==, 2);
    g_assert_cmpint(msg->header.status, ==, VIR_NET_OK);
    virNetMessageFree(msg);
    g_assert_true(testWaitCounter(&ts->uploadFinished, 1));
    g_assert_cmpuint(ts->upload->len, ==, 300000);
    for (size_t j = 0; j < 300000; j++)
        g_assert_cmpint(ts->upload->str[j], ==, testPattern(j));

    /* recv refuses the data: STREAM ERROR; later frames are dropped */
    testCallUpload(fd, 3);
    testSendStream(fd, REMOTE_PROC_STORAGE_VOL_UPLOAD, 3, VIR_NET_CONTINUE, "FAIL", 4);
    msg = testRecv(fd);
    g_assert_cmpint(msg->header.proc, ==, REMOTE_PROC_STORAGE_VOL_UPLOAD);
    testCheckError(msg, VIR_NET_STREAM, 3, VIR_ERR_OPERATION_FAILED, VIR_FROM_NONE,
                   "operation failed: upload refused");
    virNetMessageFree(msg);
    testSendStream(fd, REMOTE_PROC_STORAGE_VOL_UPLOAD, 3, VIR_NET_CONTINUE, "more", 4);
    testExpectHostname(fd, 4);

    /* the client aborts: recv hears of it, nothing is answered */
    testCallUpload(fd, 5);
    testSendStream(fd, REMOTE_PROC_STORAGE_VOL_UPLOAD, 5, VIR_NET_ERROR, NULL, 0);
    g_assert_true(testWaitCounter(&ts->uploadAborted, 1));
    testExpectHostname(fd, 6);

    /* a handler that fails after opening a stream: only the error comes */
    testCallError(fd, REMOTE_PROC_STORAGE_VOL_DOWNLOAD, 7, &remote_storage_vol_download_args_desc,
                  &(remote_storage_vol_download_args){ { (char *)"p", (char *)"v", (char *)"k" } },
                  VIR_ERR_NO_STORAGE_VOL, VIR_FROM_NONE, "Storage volume not found: no volume");
    testExpectHostname(fd, 8);

    /* the client goes with a stream open */
    testCallUpload(fd, 9);
    VIR_FORCE_CLOSE(fd);
    g_assert_true(testWaitCounter(&ts->uploadAborted, 2));
    g_assert_true(testWaitClients(0));
    g_assert_cmpstr(ts->upload->str + 300000, ==, "");
    testServerStop();
}


/* CALL_WITH_FDS hands the fd to the handler; a handler's fd comes back. */
static void
testFDs(void)
{
    remote_domain_create_xml_with_files_args args = { (char *)"<domain/>", 0 };
    remote_domain_create_xml_with_files_ret ret = { 0 };
    remote_domain_open_graphics_fd_args gargs = { { (char *)"vm1", { 0 }, 1 }, 0, 0 };
    virNetMessage *msg;
    char buf[4] = { 0 };
    int p[2];
    int fd;

    testStartDefault();
    fd = testConnect(ts->sock);
    testOpen(fd);
    g_assert_cmpint(pipe2(p, O_CLOEXEC), ==, 0);
    testSendFull(fd, REMOTE_PROGRAM, 1, REMOTE_PROC_DOMAIN_CREATE_XML_WITH_FILES,
                 VIR_NET_CALL_WITH_FDS, 2, VIR_NET_OK,
                 &remote_domain_create_xml_with_files_args_desc, &args, &p[1], 1);
    msg = testRecv(fd);
    g_assert_cmpint(msg->header.type, ==, VIR_NET_REPLY);
    testCheckReply(msg, REMOTE_PROC_DOMAIN_CREATE_XML_WITH_FILES, 2,
                   &remote_domain_create_xml_with_files_ret_desc, &ret);
    g_assert_cmpstr(ret.dom.name, ==, "vm1");
    virXDRFree(&remote_domain_create_xml_with_files_ret_desc, &ret);
    virNetMessageFree(msg);
    g_assert_cmpint(read(p[0], buf, 2), ==, 2);
    g_assert_cmpstr(buf, ==, "hi");
    VIR_FORCE_CLOSE(p[0]);
    VIR_FORCE_CLOSE(p[1]);

    /* the same procedure without descriptors */
    testCallError(fd, REMOTE_PROC_DOMAIN_CREATE_XML_WITH_FILES, 3,
                  &remote_domain_create_xml_with_files_args_desc, &args, VIR_ERR_INVALID_ARG,
                  VIR_FROM_NONE, "invalid argument: expected one descriptor");

    testCall(fd, REMOTE_PROC_DOMAIN_OPEN_GRAPHICS_FD, 4, &remote_domain_open_graphics_fd_args_desc,
             &gargs);
    msg = testRecv(fd);
    g_assert_cmpint(msg->header.type, ==, VIR_NET_REPLY_WITH_FDS);
    testCheckReply(msg, REMOTE_PROC_DOMAIN_OPEN_GRAPHICS_FD, 4, NULL, NULL);
    g_assert_cmpuint(msg->nfds, ==, 1);
    g_assert_cmpint(write(msg->fds[0], "xyz", 3), ==, 3);
    virNetMessageFree(msg);
    g_assert_cmpint(read(ts->graphicsRead, buf, 3), ==, 3);
    g_assert_cmpstr(buf, ==, "xyz");

    /* only a handler may add reply descriptors */
    g_assert_cmpint(virNetServerClientAddReplyFD(NULL, NULL, dup(0)), ==, -1);
    virResetLastError();
    VIR_FORCE_CLOSE(fd);
    testServerStop();
}


/* Quit waits for the call in flight and sends its reply; nothing new is read. */
static void
testQuit(void)
{
    virNetMessage *msg = NULL;
    int fd;

    testStartDefault();
    fd = testConnect(ts->sock);
    testOpen(fd);
    testSendSlow(fd, 2, "busy");
    g_assert_true(testWaitCounter(&ts->slowActive, 1));
    virNetServerQuit(ts->srv);
    g_usleep(300 * 1000);
    g_assert_false(g_atomic_int_get(&ts->runDone));
    testCall(fd, REMOTE_PROC_CONNECT_GET_HOSTNAME, 3, NULL, NULL);

    testRelease();
    msg = testRecv(fd);
    testExpectSlowReply(msg, 2, "busy");
    virNetMessageFree(msg);
    g_assert_cmpint(testRead(fd, TEST_WAIT_MS, &msg), ==, -1);
    g_assert_true(testWaitRunDone());
    VIR_FORCE_CLOSE(fd);
    testServerStop();
}


static void
testQuitHandler(int sig)
{
    virNetServerQuit(ts->srv);
}


/* virNetServerQuit from a signal handler. */
static void
testQuitSignal(void)
{
    struct sigaction sa = { 0 };
    struct sigaction old;

    testStartDefault();
    sa.sa_handler = testQuitHandler;
    g_assert_cmpint(sigaction(SIGUSR1, &sa, &old), ==, 0);
    g_assert_cmpint(raise(SIGUSR1), ==, 0);
    g_assert_true(testWaitRunDone());
    g_assert_cmpint(sigaction(SIGUSR1, &old, NULL), ==, 0);
    testServerStop();
}


/* The idle timeout counts only while no client is connected. */
static void
testIdleTimeout(void)
{
    virNetServerConfig cfg;
    gint64 start;
    int fd;

    testConfig(&cfg);
    testServerStart(&cfg, false);
    virNetServerSetIdleTimeout(ts->srv, 1);
    testServerRun();
    fd = testConnect(ts->sock);
    testOpen(fd);
    g_usleep(1500 * 1000);
    g_assert_false(g_atomic_int_get(&ts->runDone));
    VIR_FORCE_CLOSE(fd);
    start = g_get_monotonic_time();
    g_assert_true(testWaitRunDone());
    g_assert_cmpint((g_get_monotonic_time() - start) / G_TIME_SPAN_MILLISECOND, >=, 800);
    testServerStop();
}


static void
testTCP(void)
{
    virNetServerConfig cfg;
    g_autofree char *port = NULL;
    struct timeval tv = { 0, 100 * 1000 };
    int fd;

    testConfig(&cfg);
    testServerStart(&cfg, true);
    testServerRun();
    port = g_strdup_printf("%d", virNetServerGetTCPPort(ts->srv));
    fd = virNetSocketConnectTCP("127.0.0.1", port);
    g_assert_cmpint(fd, >=, 0);
    g_assert_cmpint(setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)), ==, 0);
    testOpen(fd);
    /* no peer credentials over TCP */
    g_assert_cmpint(ts->identityRc, ==, -1);
    testExpectHostname(fd, 2);
    VIR_FORCE_CLOSE(fd);
    testServerStop();
}


typedef struct {
    GMutex lock;
    GCond cond;
    int running;
    int done;
    bool release;
} testPoolState;


/* Jobs: 1 blocks until released, 2 returns at once. */
static void
testPoolJob(void *job, void *opaque)
{
    testPoolState *s = opaque;

    g_mutex_lock(&s->lock);
    s->running++;
    g_cond_broadcast(&s->cond);
    while (GPOINTER_TO_INT(job) == 1 && !s->release)
        g_cond_wait(&s->cond, &s->lock);
    s->running--;
    s->done++;
    g_cond_broadcast(&s->cond);
    g_mutex_unlock(&s->lock);
}


static bool
testPoolWait(testPoolState *s, int *counter, int value)
{
    gint64 deadline = g_get_monotonic_time() + TEST_WAIT_MS * G_TIME_SPAN_MILLISECOND;
    bool ok;

    g_mutex_lock(&s->lock);
    while (*counter != value && g_cond_wait_until(&s->cond, &s->lock, deadline))
        ;
    ok = *counter == value;
    g_mutex_unlock(&s->lock);
    return ok;
}


/* min workers at start, growth up to max, priority jobs past blocked workers. */
static void
testPool(void)
{
    testPoolState s = { 0 };
    virNetServerPool *pool;

    g_mutex_init(&s.lock);
    g_cond_init(&s.cond);
    pool = virNetServerPoolNew(2, 4, 1, testPoolJob, &s);
    g_assert_cmpuint(virNetServerPoolWorkerCount(pool, false), ==, 2);
    g_assert_cmpuint(virNetServerPoolWorkerCount(pool, true), ==, 1);
    for (int i = 0; i < 5; i++)
        virNetServerPoolSubmit(pool, GINT_TO_POINTER(1), false);
    g_assert_true(testPoolWait(&s, &s.running, 4));
    g_usleep(100 * 1000);
    g_assert_cmpint(s.running, ==, 4);
    g_assert_cmpuint(virNetServerPoolWorkerCount(pool, false), ==, 4);

    virNetServerPoolSubmit(pool, GINT_TO_POINTER(2), true);
    g_assert_true(testPoolWait(&s, &s.done, 1));

    g_mutex_lock(&s.lock);
    s.release = true;
    g_cond_broadcast(&s.cond);
    g_mutex_unlock(&s.lock);
    g_assert_true(testPoolWait(&s, &s.done, 6));
    /* queued jobs still run when the pool goes */
    virNetServerPoolSubmit(pool, GINT_TO_POINTER(2), false);
    virNetServerPoolFree(pool);
    g_assert_cmpint(s.done, ==, 7);
    g_cond_clear(&s.cond);
    g_mutex_clear(&s.lock);
}


int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    (void)alarm(TEST_ALARM_S);
    signal(SIGPIPE, SIG_IGN);
    /* LIBVIRT_DEBUG=1 LIBVIRT_LOG_OUTPUTS=1:stderr shows the server's side */
    virLogSetFromEnv();

    g_test_add_func("/rpc/server/pool", testPool);
    g_test_add_func("/rpc/server/handshake", testHandshake);
    g_test_add_func("/rpc/server/errors", testErrors);
    g_test_add_func("/rpc/server/not-open", testNotOpen);
    g_test_add_func("/rpc/server/readonly", testReadonly);
    g_test_add_func("/rpc/server/keepalive/pong", testKeepalivePong);
    g_test_add_func("/rpc/server/keepalive/drop", testKeepaliveDrop);
    g_test_add_func("/rpc/server/priority", testPriority);
    g_test_add_func("/rpc/server/max-requests", testMaxRequests);
    g_test_add_func("/rpc/server/bad-frames", testBadFrames);
    g_test_add_func("/rpc/server/many-clients", testManyClients);
    g_test_add_func("/rpc/server/max-clients", testMaxClients);
    g_test_add_func("/rpc/server/events", testEvents);
    g_test_add_func("/rpc/server/stream/download", testStreamDownload);
    g_test_add_func("/rpc/server/stream/upload", testStreamUpload);
    g_test_add_func("/rpc/server/fds", testFDs);
    g_test_add_func("/rpc/server/quit", testQuit);
    g_test_add_func("/rpc/server/quit-signal", testQuitSignal);
    g_test_add_func("/rpc/server/idle-timeout", testIdleTimeout);
    g_test_add_func("/rpc/server/tcp", testTCP);
    return g_test_run();
}
