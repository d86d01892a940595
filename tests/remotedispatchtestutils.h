/*
 * remotedispatchtestutils.h: the daemon (a virNetServer serving
 * remoteDispatchProgramNew() in a thread) and a raw frame client, for
 * remotedispatchtest
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>

#include <glib.h>

#include "remote_protocol.h"
#include "virnetmessage.h"
#include "virnetserver.h"

#define TEST_WAIT_MS 5000 /* bound for anything that should happen at once */
#define TEST_QUIET_MS 300 /* how long "nothing arrives" is watched */

/* The server under test. */
typedef struct {
    char *dir;    /* temp dir, removed by testDaemonStop */
    char *sock;   /* read-write socket */
    char *sockro; /* read-only socket */
    virNetServer *srv;
    GThread *thread; /* runs virNetServerRun */
} testDaemon;

extern testDaemon td;

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virNetMessage, virNetMessageFree);

/* A raw client. */
typedef struct {
    int fd;
    uint32_t serial; /* the next call's */
    GQueue events;   /* MESSAGE frames read while waiting for replies */
} testClient;

/* Starts the daemon (default URI test:///default) in a temp dir. */
void testDaemonStart(void);
/* Quits it, frees it, removes the temp dir. */
void testDaemonStop(void);

/* Connects to @path (non-blocking socket). */
testClient *testClientNew(const char *path);
/* Closes the connection, frees queued events. NULL is a no-op. */
void testClientFree(testClient *c);
/* Sends one frame (asserts it went out within TEST_WAIT_MS). */
void testSend(testClient *c,
              uint32_t prog,
              int proc,
              int type,
              uint32_t serial,
              int status,
              const virXDRStruct *desc,
              const void *data);
/* One frame within @ms: 1 (*@out set), 0 timeout, -1 connection closed. */
int testRead(testClient *c, int ms, virNetMessage **out);
/* The next frame that is neither a keepalive PING (answered) nor an event (queued). */
virNetMessage *testNextReply(testClient *c);
/* The next event within @ms, or NULL. */
virNetMessage *testNextEvent(testClient *c, int ms);
/* The REMOTE procedure @proc (asserts it exists). */
const virNetProcedure *testProc(int proc);
/* Calls @proc with the next serial; returns its REPLY (owned). */
virNetMessage *testCall(testClient *c, int proc, const void *args);
/* Asserts @reply is an error with @code, @domain and @message. */
void testCheckErrorMsg(virNetMessage *reply, int code, int domain, const char *message);
/* Calls @proc and decodes its successful reply into @ret (zeroed, or NULL for void). */
void testCallOK(testClient *c, int proc, const void *args, void *ret);
/* Calls @proc and expects an error reply. */
void
testCallErr(testClient *c, int proc, const void *args, int code, int domain, const char *message);
/* Frees what a decoded return struct of @proc points to. */
void testFreeRet(int proc, void *ret);
/* CONNECT_SUPPORTS_FEATURE(@feature): the answer. */
int testFeature(testClient *c, int feature);
/* A new client after AUTH_LIST and CONNECT_OPEN of @name with @flags. */
testClient *testOpen(const char *path, const char *name, unsigned int flags);
/* DOMAIN_LOOKUP_BY_NAME: fills @dom (free with virXDRFree). */
void testLookup(testClient *c, const char *name, remote_nonnull_domain *dom);
/* Calls a void procedure whose arguments are just { dom }. */
void testDomainCall(testClient *c, int proc, const remote_nonnull_domain *dom);
/* Asserts the daemon closes the connection (frames before are skipped). */
void testExpectClosed(testClient *c);
