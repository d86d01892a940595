/*
 * remotedispatchtestutils.c: the daemon and the raw client of
 * remotedispatchtest
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <poll.h>
#include <unistd.h>

#include <glib.h>

#include "internal.h"
#include "remote_dispatch.h"
#include "remotedispatchtestutils.h"
#include "virerror.h"
#include "virfile.h"
#include "virnetsocket.h"

testDaemon td;


/* ---- the daemon ---- */

static gpointer
testDaemonRun(gpointer data G_GNUC_UNUSED)
{
    g_assert_cmpint(virNetServerRun(td.srv), ==, 0);
    return NULL;
}


void
testDaemonStart(void)
{
    virNetServerConfig cfg;

    td.dir = g_dir_make_tmp("remotedispatchtest-XXXXXX", NULL);
    g_assert_nonnull(td.dir);
    td.sock = g_build_filename(td.dir, "sock", NULL);
    td.sockro = g_build_filename(td.dir, "sock-ro", NULL);
    virNetServerConfigDefaults(&cfg);
    cfg.minWorkers = 2;
    cfg.maxWorkers = 4;
    cfg.prioWorkers = 2;
    remoteDispatchSetDefaultURI("test:///default");
    td.srv = virNetServerNew("remotedispatchtest", &cfg, remoteDispatchClientNew,
                             remoteDispatchClientFree, NULL);
    g_assert_nonnull(td.srv);
    virNetServerAddProgram(td.srv, remoteDispatchProgramNew());
    g_assert_cmpint(virNetServerAddUNIXSocket(td.srv, td.sock, 0600, (gid_t)-1, false), ==, 0);
    g_assert_cmpint(virNetServerAddUNIXSocket(td.srv, td.sockro, 0600, (gid_t)-1, true), ==, 0);
    td.thread = g_thread_new("server", testDaemonRun, NULL);
}


void
testDaemonStop(void)
{
    virNetServerQuit(td.srv);
    g_thread_join(td.thread);
    virNetServerFree(td.srv);
    g_assert_cmpint(virFileDeleteTree(td.dir), ==, 0);
    g_free(td.dir);
    g_free(td.sock);
    g_free(td.sockro);
}


/* ---- the raw client ---- */

testClient *
testClientNew(const char *path)
{
    testClient *c = g_new0(testClient, 1);

    c->fd = virNetSocketConnectUNIX(path);
    g_assert_cmpint(c->fd, >=, 0);
    g_assert_cmpint(virNetSocketSetBlocking(c->fd, false), ==, 0);
    g_queue_init(&c->events);
    return c;
}


void
testClientFree(testClient *c)
{
    virNetMessage *msg;

    if (!c)
        return;
    while ((msg = g_queue_pop_head(&c->events)))
        virNetMessageFree(msg);
    if (c->fd >= 0)
        close(c->fd);
    g_free(c);
}


static bool
testPoll(int fd, short events, gint64 deadline)
{
    struct pollfd pfd = { fd, events, 0 };
    gint64 left = (deadline - g_get_monotonic_time()) / 1000;

    if (left <= 0)
        return false;
    return poll(&pfd, 1, (int)left) > 0;
}


void
testSend(testClient *c,
         uint32_t prog,
         int proc,
         int type,
         uint32_t serial,
         int status,
         const virXDRStruct *desc,
         const void *data)
{
    virNetMessage *msg = virNetMessageNew();
    gint64 deadline = g_get_monotonic_time() + TEST_WAIT_MS * 1000;
    int rc;

    msg->header = (virNetMessageHeader){ prog, 1, proc, type, serial, status };
    g_assert_cmpint(virNetMessageEncodeHeader(msg), ==, 0);
    g_assert_cmpint(virNetMessageEncodePayload(msg, desc, data), ==, 0);
    while ((rc = virNetSocketWriteMessage(c->fd, msg)) == 0)
        g_assert_true(testPoll(c->fd, POLLOUT, deadline));
    g_assert_cmpint(rc, ==, 1);
    virNetMessageFree(msg);
}


/* One frame within @ms: 1 (*@out set), 0 timeout, -1 connection closed. */
int
testRead(testClient *c, int ms, virNetMessage **out)
{
    g_autoptr(virNetMessage) msg = virNetMessageNew();
    gint64 deadline = g_get_monotonic_time() + (gint64)ms * 1000;
    int rc;

    virNetMessagePrepareRead(msg);
    while ((rc = virNetSocketReadMessage(c->fd, msg)) == 0) {
        if (!testPoll(c->fd, POLLIN, deadline))
            return 0;
    }
    virResetLastError();
    if (rc < 0)
        return -1;
    *out = g_steal_pointer(&msg);
    return 1;
}


/* The next frame that is neither a keepalive PING (answered) nor an event (queued). */
virNetMessage *
testNextReply(testClient *c)
{
    virNetMessage *msg = NULL;

    while (true) {
        g_assert_cmpint(testRead(c, TEST_WAIT_MS, &msg), ==, 1);
        if (msg->header.prog == KEEPALIVE_PROGRAM) {
            if (msg->header.proc == KEEPALIVE_PROC_PING)
                testSend(c, KEEPALIVE_PROGRAM, KEEPALIVE_PROC_PONG, VIR_NET_MESSAGE, 0, VIR_NET_OK,
                         NULL, NULL);
            virNetMessageFree(msg);
            continue;
        }
        if (msg->header.type == VIR_NET_MESSAGE) {
            g_queue_push_tail(&c->events, msg);
            continue;
        }
        return msg;
    }
}


/* The next event within @ms, or NULL. */
virNetMessage *
testNextEvent(testClient *c, int ms)
{
    virNetMessage *msg = NULL;
    gint64 deadline = g_get_monotonic_time() + (gint64)ms * 1000;

    while (g_queue_is_empty(&c->events)) {
        gint64 left = (deadline - g_get_monotonic_time()) / 1000;

        if (left <= 0 || testRead(c, (int)left, &msg) != 1)
            return NULL;
        if (msg->header.prog == KEEPALIVE_PROGRAM) {
            virNetMessageFree(msg);
            continue;
        }
        g_assert_cmpint(msg->header.type, ==, VIR_NET_MESSAGE);
        g_queue_push_tail(&c->events, msg);
    }
    return g_queue_pop_head(&c->events);
}


const virNetProcedure *
testProc(int proc)
{
    const virNetProcedure *p = virNetProgramDefLookup(&remoteProgramDef, proc);

    g_assert_nonnull(p);
    return p;
}


/* Calls @proc; returns its reply (owned). */
virNetMessage *
testCall(testClient *c, int proc, const void *args)
{
    uint32_t serial = c->serial++;
    virNetMessage *reply;

    testSend(c, REMOTE_PROGRAM, proc, VIR_NET_CALL, serial, VIR_NET_OK, testProc(proc)->args, args);
    reply = testNextReply(c);
    g_assert_cmpuint(reply->header.prog, ==, REMOTE_PROGRAM);
    g_assert_cmpint(reply->header.proc, ==, proc);
    g_assert_cmpuint(reply->header.serial, ==, serial);
    g_assert_cmpint(reply->header.type, ==, VIR_NET_REPLY);
    return reply;
}


void
testCheckErrorMsg(virNetMessage *reply, int code, int domain, const char *message)
{
    remote_error err = { 0 };

    g_assert_cmpint(reply->header.status, ==, VIR_NET_ERROR);
    g_assert_cmpint(virNetMessageDecodePayload(reply, &remote_error_desc, &err), ==, 0);
    if (err.code != code || err.domain != domain || g_strcmp0(err.message, message) != 0)
        g_printerr("got error %d/%d: %s\n", err.code, err.domain, NULLSTR(err.message));
    g_assert_cmpint(err.code, ==, code);
    g_assert_cmpint(err.domain, ==, domain);
    g_assert_cmpstr(err.message, ==, message);
    g_assert_cmpint(err.level, ==, VIR_ERR_ERROR);
    virXDRFree(&remote_error_desc, &err);
}


/* Calls @proc and decodes its successful reply into @ret (a zeroed ret struct or NULL). */
void
testCallOK(testClient *c, int proc, const void *args, void *ret)
{
    g_autoptr(virNetMessage) reply = testCall(c, proc, args);

    if (reply->header.status != VIR_NET_OK)
        testCheckErrorMsg(reply, 0, 0, "(success expected)");
    if (ret)
        g_assert_cmpint(virNetMessageDecodePayload(reply, testProc(proc)->ret, ret), ==, 0);
    else
        g_assert_cmpuint(reply->bufferLength, ==, 28);
}


void
testCallErr(testClient *c, int proc, const void *args, int code, int domain, const char *message)
{
    g_autoptr(virNetMessage) reply = testCall(c, proc, args);

    testCheckErrorMsg(reply, code, domain, message);
}


void
testFreeRet(int proc, void *ret)
{
    virXDRFree(testProc(proc)->ret, ret);
}


int
testFeature(testClient *c, int feature)
{
    remote_connect_supports_feature_args a = { feature };
    remote_connect_supports_feature_ret r = { 0 };

    testCallOK(c, REMOTE_PROC_CONNECT_SUPPORTS_FEATURE, &a, &r);
    return r.supported;
}


/* AUTH_LIST, then CONNECT_OPEN of @name with @flags. */
testClient *
testOpen(const char *path, const char *name, unsigned int flags)
{
    testClient *c = testClientNew(path);
    remote_connect_open_args open = { (char *)name, flags };
    remote_auth_list_ret auth = { 0 };

    testCallOK(c, REMOTE_PROC_AUTH_LIST, NULL, &auth);
    testFreeRet(REMOTE_PROC_AUTH_LIST, &auth);
    testCallOK(c, REMOTE_PROC_CONNECT_OPEN, &open, NULL);
    return c;
}


/* The domain @name through the client; fills @dom (freed by the caller). */
void
testLookup(testClient *c, const char *name, remote_nonnull_domain *dom)
{
    remote_domain_lookup_by_name_args a = { (char *)name };
    remote_domain_lookup_by_name_ret r = { 0 };

    testCallOK(c, REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME, &a, &r);
    *dom = r.dom;
}


/* Calls a procedure whose arguments are just { dom }. */
void
testDomainCall(testClient *c, int proc, const remote_nonnull_domain *dom)
{
    testCallOK(c, proc, dom, NULL);
}


void
testExpectClosed(testClient *c)
{
    virNetMessage *msg = NULL;
    int rc;

    while ((rc = testRead(c, TEST_WAIT_MS, &msg)) == 1)
        virNetMessageFree(msg);
    g_assert_cmpint(rc, ==, -1);
}
