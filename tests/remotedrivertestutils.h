/*
 * remotedrivertestutils.h: servers for the remote driver tests
 *
 * Two kinds of server run in threads of the test process, on UNIX
 * sockets in a temp dir:
 *   - testDaemon: the real thing (virNetServer + the REMOTE dispatcher
 *     over test:///default), optionally on a loopback TCP port too;
 *   - testFake: a scripted server speaking raw frames, for what a real
 *     daemon never does on purpose (errors with every field set, a
 *     server that stops answering, streams) and to record the exact
 *     calls a client makes.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>

#include <glib.h>

#include "virnetserver.h"

/* Bound for anything that should happen at once. */
#define TEST_WAIT_MS 10000

typedef struct _testDaemon testDaemon;
struct _testDaemon {
    char *dir;   /* temp dir, removed by testDaemonStop */
    char *sock;  /* read-write UNIX socket */
    char *uri;   /* "test+unix:///default?socket=<sock>" */
    int tcpPort; /* loopback TCP port, or -1 */
    virNetServer *srv;
    GThread *thread;
};

/* Starts a daemon (with a TCP listener on 127.0.0.1 when @tcp). */
testDaemon *testDaemonStart(bool tcp);

/* Stops it (its clients see the socket close), removes the temp dir. */
void testDaemonStop(testDaemon *d);

typedef struct _testFake testFake;

/* What the fake server does after CONNECT_OPEN. */
typedef enum {
    TEST_FAKE_ANSWER = 0, /* answer calls (see testFakeStart) and PINGs */
    TEST_FAKE_SILENT,     /* from the first GET_VERSION on, ignore everything, PINGs too */
} testFakeMode;

/*
 * testFakeStart:
 * Serves one client at a time on a socket in a new temp dir: the
 * handshake (AUTH_LIST [NONE], SUPPORTS_FEATURE: 10, 14, 15 -> 1,
 * CONNECT_OPEN, CLOSE, 360/361), then in ANSWER mode: GET_VERSION
 * (42), GET_MAX_VCPUS (the "unknown procedure" error of an old server,
 * in the REMOTE domain), GET_HOSTNAME (an error with every field set, see
 * remotedrivertest.c), STORAGE_VOL_DOWNLOAD (streams "hello world" in
 * two frames), STORAGE_VOL_UPLOAD (keeps the data; fails the finish
 * when it contains "FAIL"), 316/317 (callbackIDs 0, 1, ...),
 * GET_SYSINFO (first sends a lifecycle event STARTED of domain
 * "fakedom", id 7, UUID of 0x11 bytes, for the last callbackID, and the
 * same for callbackID 999); anything else gets "unknown procedure: N".
 */
testFake *testFakeStart(testFakeMode mode);

/* The URI of the fake's socket ("test+unix:///default?socket=..."). */
const char *testFakeURI(testFake *f);

/*
 * testFakeLog:
 * Returns a new string listing the frames received so far, one per
 * line: "CALL <proc> serial <n>", with " feature <f>" for 60 and
 * " name '<name>' flags 0x<x>" for CONNECT_OPEN; "PING"; "STREAM
 * <status> <len>".
 */
char *testFakeLog(testFake *f);

/* The data uploaded so far (new string). */
char *testFakeUpload(testFake *f);

/* Stops the fake and removes its temp dir. */
void testFakeStop(testFake *f);

/*
 * testRunLoopUntil:
 * Runs the default event loop until *@counter reaches @target (read
 * atomically: other threads may set it) or @timeoutMs passes. Returns
 * true if the target was reached. @counter may be NULL (never reached).
 */
bool testRunLoopUntil(volatile int *counter, int target, int timeoutMs);

/* Runs the default event loop for @ms milliseconds. */
void testRunLoopFor(int ms);

/*
 * testCheckError:
 * Asserts the thread's last error: @code, @domain (unless -1) and, when
 * @text is not NULL, a message containing it. Then resets it.
 */
void testCheckError(int code, int domain, const char *text);

/* The test groups (remotedrivertestlive.c, remotedrivertestfake.c). */
void testLiveRegister(void);
void testLiveCleanup(void);
void testFakeRegister(void);

/* Typed event callbacks to the generic types (through void (*)(void), as gcc wants). */
#define TEST_DOM_CB(cb) ((virConnectDomainEventGenericCallback)(void (*)(void))(cb))
#define TEST_NET_CB(cb) ((virConnectNetworkEventGenericCallback)(void (*)(void))(cb))
#define TEST_POOL_CB(cb) ((virConnectStoragePoolEventGenericCallback)(void (*)(void))(cb))
