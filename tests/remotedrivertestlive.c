/*
 * remotedrivertestlive.c: the remote driver against a real daemon, and
 * session daemon autostart
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>

#include "datatypes.h"
#include "internal.h"
#include "remote_spawn.h"
#include "remotedrivertestutils.h"
#include "virerror.h"
#include "virfile.h"
#include "virprocess.h"

#include <libvirt/libvirt.h>

#define TEST_THREADS 8
#define TEST_THREAD_CALLS 250

static testDaemon *live;


/* The shared daemon, started by the first test that needs it (after the
 * tests that change the environment, which threads make unsafe). */
static testDaemon *
testLive(void)
{
    if (!live)
        live = testDaemonStart(false);
    return live;
}


/* ---- autostart ---- */

/* A fake daemon: logs its pid and arguments, then listens on $TEST_SPAWN_SOCK. */
static const char testFakeDaemon[] = "#!/bin/sh\n"
                                     "echo \"$$ $*\" >> \"$TEST_SPAWN_LOG\"\n"
                                     "exec python3 -c 'import socket, sys, time\n"
                                     "time.sleep(0.2)\n"
                                     "s = socket.socket(socket.AF_UNIX)\n"
                                     "s.bind(sys.argv[1])\n"
                                     "s.listen(64)\n"
                                     "time.sleep(30)\n"
                                     "' \"$TEST_SPAWN_SOCK\"\n";

typedef struct {
    const char *sock;
    const char *daemon;
    int fd;
} testSpawnJob;


static gpointer
testSpawnThread(gpointer opaque)
{
    testSpawnJob *job = opaque;

    job->fd = remoteSpawnConnect(job->sock, job->daemon);
    return NULL;
}


/* Writes an executable script @name into @dir; returns its path. */
static char *
testWriteScript(const char *dir, const char *name, const char *text)
{
    char *path = g_build_filename(dir, name, NULL);

    g_assert_true(g_file_set_contents(path, text, -1, NULL));
    g_assert_cmpint(chmod(path, 0755), ==, 0);
    return path;
}


/* Kills the daemons listed in the spawn log (one "pid args" per line). */
static size_t
testKillSpawned(const char *log, char ***lines)
{
    g_autofree char *text = NULL;
    size_t n = 0;
    size_t i;

    g_assert_true(g_file_get_contents(log, &text, NULL, NULL));
    *lines = g_strsplit(g_strchomp(text), "\n", 0);
    for (i = 0; (*lines)[i]; i++) {
        long long pid = g_ascii_strtoll((*lines)[i], NULL, 10);

        g_assert_cmpint(pid, >, 1);
        (void)kill((pid_t)pid, SIGTERM);
        g_assert_true(virProcessWaitForExit((pid_t)pid, -1, TEST_WAIT_MS));
        n++;
    }
    return n;
}


/*
 * Concurrent clients of a missing session socket start exactly one
 * daemon, with libvirt's --timeout=120, and all get connected.
 */
static void
testSpawnOnce(void)
{
    g_autofree char *dir = g_dir_make_tmp("remotedrivertest-spawn-XXXXXX", NULL);
    g_autofree char *sock = g_build_filename(dir, "run", "virtfaked-sock", NULL);
    g_autofree char *log = g_build_filename(dir, "spawn.log", NULL);
    g_autofree char *daemon = testWriteScript(dir, "virtfaked", testFakeDaemon);
    g_auto(GStrv) lines = NULL;
    testSpawnJob jobs[4];
    GThread *threads[4];
    size_t i;

    g_setenv("TEST_SPAWN_LOG", log, TRUE);
    g_setenv("TEST_SPAWN_SOCK", sock, TRUE);
    for (i = 0; i < G_N_ELEMENTS(jobs); i++) {
        jobs[i] = (testSpawnJob){ sock, daemon, -1 };
        threads[i] = g_thread_new("spawn", testSpawnThread, &jobs[i]);
    }
    for (i = 0; i < G_N_ELEMENTS(jobs); i++) {
        g_thread_join(threads[i]);
        g_assert_cmpint(jobs[i].fd, >=, 0);
        close(jobs[i].fd);
    }
    g_assert_cmpuint(testKillSpawned(log, &lines), ==, 1);
    g_assert_nonnull(strstr(lines[0], " --timeout=120"));
    g_assert_cmpint(virFileDeleteTree(dir), ==, 0);
}


/* A daemon that dies without a socket, or cannot run: a prompt error. */
static void
testSpawnFailure(void)
{
    g_autofree char *dir = g_dir_make_tmp("remotedrivertest-spawn-XXXXXX", NULL);
    g_autofree char *sock = g_build_filename(dir, "virtbadd-sock", NULL);
    g_autofree char *bad = testWriteScript(dir, "virtbadd", "#!/bin/sh\nexit 1\n");
    g_autofree char *missing = g_build_filename(dir, "virtmissingd", NULL);
    g_autofree char *expected = g_strdup_printf("Failed to connect socket to '%s'", sock);
    gint64 start = g_get_monotonic_time();

    g_assert_cmpint(remoteSpawnConnect(sock, bad), ==, -1);
    testCheckError(VIR_ERR_SYSTEM_ERROR, VIR_FROM_REMOTE, expected);
    g_assert_cmpint(g_get_monotonic_time() - start, <, REMOTE_SPAWN_TIMEOUT_MS * 1000 / 2);

    g_assert_cmpint(remoteSpawnConnect(sock, missing), ==, -1);
    virResetLastError();
    /* without a daemon to start: libvirt's plain connect error */
    g_assert_cmpint(remoteSpawnConnect(sock, NULL), ==, -1);
    testCheckError(VIR_ERR_SYSTEM_ERROR, -1, "No such file or directory");
    g_assert_cmpint(virFileDeleteTree(dir), ==, 0);
}


static void
testSpawnFind(void)
{
    g_autofree char *a = NULL;
    g_autofree char *b = NULL;

    g_setenv(REMOTE_SPAWN_DAEMON_PATH_ENV, "/opt/daemons", TRUE);
    a = remoteSpawnFindDaemon("virttestd");
    g_unsetenv(REMOTE_SPAWN_DAEMON_PATH_ENV);
    b = remoteSpawnFindDaemon("virttestd");
    g_assert_cmpstr(a, ==, "/opt/daemons/virttestd");
    g_assert_true(g_str_has_suffix(b, "/virttestd"));
    g_assert_true(g_path_is_absolute(b));
}


/*
 * The whole path for an ordinary user: "test+unix:///default" with no
 * daemon running starts virttestd (found through MODVIRT_DAEMON_PATH)
 * on the session socket. Root never autostarts, as libvirt.
 */
static void
testSpawnOpen(void)
{
    const char *builddir = g_getenv("abs_builddir");
    g_autofree char *real = NULL;
    g_autofree char *dir = NULL;
    g_autofree char *script = NULL;
    g_autofree char *log = NULL;
    g_autofree char *text = NULL;
    g_auto(GStrv) lines = NULL;
    virConnectPtr conn;

    if (geteuid() == 0) {
        g_test_skip("root never autostarts a session daemon");
        return;
    }
    real = g_build_filename(NULLSTR_EMPTY(builddir), "..", "src", "daemon", "virttestd", NULL);
    if (!builddir || !virFileIsExecutable(real)) {
        g_test_skip("virttestd is not built");
        return;
    }
    dir = g_dir_make_tmp("remotedrivertest-session-XXXXXX", NULL);
    log = g_build_filename(dir, "spawn.log", NULL);
    text = g_strdup_printf("#!/bin/sh\necho \"$$ $*\" >> '%s'\nexec '%s' \"$@\"\n", log, real);
    script = testWriteScript(dir, "virttestd", text);
    g_setenv("XDG_RUNTIME_DIR", dir, TRUE);
    g_setenv(REMOTE_SPAWN_DAEMON_PATH_ENV, dir, TRUE);
    g_unsetenv("LIBVIRT_AUTOSTART");

    conn = virConnectOpen("test+unix:///default");
    g_assert_nonnull(conn);
    g_assert_cmpstr(virConnectGetType(conn), ==, "TEST");
    g_assert_cmpint(virConnectClose(conn), ==, 0);
    g_unsetenv(REMOTE_SPAWN_DAEMON_PATH_ENV);
    g_assert_cmpuint(testKillSpawned(log, &lines), ==, 1);
    g_assert_nonnull(strstr(lines[0], "--timeout=120"));
    g_assert_cmpint(virFileDeleteTree(dir), ==, 0);
}


/* ---- a real daemon ---- */

static virConnectPtr
testOpen(const char *uri)
{
    virConnectPtr conn = virConnectOpen(uri);

    if (!conn)
        g_error("cannot open %s: %s", uri, virGetLastErrorMessage());
    return conn;
}


/* The connection and node calls answer what the driver behind says. */
static void
testOpenBasics(void)
{
    virConnectPtr conn = testOpen(testLive()->uri);
    virConnectPtr oracle = testOpen("test:///default");
    g_autofree char *uri = virConnectGetURI(conn);
    g_autofree char *host = virConnectGetHostname(conn);
    g_autofree char *ohost = virConnectGetHostname(oracle);
    g_autofree char *caps = virConnectGetCapabilities(conn);
    g_autofree char *ocaps = virConnectGetCapabilities(oracle);
    unsigned long ver = 0, over = 1, lib = 0, olib = 1;
    unsigned long long cells[4] = { 0 }, ocells[4] = { 1 };
    virNodeInfo info, oinfo;
    virSecurityModel sec, osec;

    g_assert_cmpstr(virConnectGetType(conn), ==, virConnectGetType(oracle));
    g_assert_cmpstr(virConnectGetType(conn), ==, "TEST");
    g_assert_cmpint(virConnectGetVersion(conn, &ver), ==, 0);
    g_assert_cmpint(virConnectGetVersion(oracle, &over), ==, 0);
    g_assert_cmpuint(ver, ==, over);
    g_assert_cmpint(virConnectGetLibVersion(conn, &lib), ==, 0);
    g_assert_cmpint(virConnectGetLibVersion(oracle, &olib), ==, 0);
    g_assert_cmpuint(lib, ==, olib);
    g_assert_cmpstr(uri, ==, testLive()->uri);
    g_assert_cmpstr(host, ==, ohost);
    g_assert_cmpstr(caps, ==, ocaps);
    g_assert_cmpint(virNodeGetInfo(conn, &info), ==, 0);
    g_assert_cmpint(virNodeGetInfo(oracle, &oinfo), ==, 0);
    g_assert_cmpint(memcmp(&info, &oinfo, sizeof(info)), ==, 0);
    g_assert_cmpint(virNodeGetCellsFreeMemory(conn, cells, 0, 4), ==,
                    virNodeGetCellsFreeMemory(oracle, ocells, 0, 4));
    g_assert_cmpint(memcmp(cells, ocells, sizeof(cells)), ==, 0);
    g_assert_cmpuint(virNodeGetFreeMemory(conn), ==, virNodeGetFreeMemory(oracle));
    g_assert_cmpint(virNodeGetSecurityModel(conn, &sec), ==, 0);
    g_assert_cmpint(virNodeGetSecurityModel(oracle, &osec), ==, 0);
    g_assert_cmpstr(sec.model, ==, osec.model);
    g_assert_cmpstr(sec.doi, ==, osec.doi);
    g_assert_cmpint(virConnectGetMaxVcpus(conn, NULL), ==, virConnectGetMaxVcpus(oracle, NULL));
    g_assert_cmpint(virConnectIsAlive(conn), ==, 1);
    g_assert_cmpint(virConnectIsSecure(conn), ==, 1);
    g_assert_cmpint(virConnectIsEncrypted(conn), ==, 0);
    /* libvirt checks the cell count before asking */
    g_assert_cmpint(virNodeGetCellsFreeMemory(conn, cells, 0, 2000), ==, -1);
    testCheckError(VIR_ERR_RPC, VIR_FROM_REMOTE, "too many NUMA cells: 2000 > 1024");
    g_assert_cmpint(virConnectClose(oracle), ==, 0);
    g_assert_cmpint(virConnectClose(conn), ==, 0);
}


/* Errors of the server become the caller's last error unchanged. */
static void
testServerErrors(void)
{
    virConnectPtr conn = testOpen(testLive()->uri);
    virConnectPtr oracle = testOpen("test:///default");
    virError oerr = { 0 };
    virErrorPtr err;

    g_assert_null(virDomainLookupByName(oracle, "nosuch"));
    g_assert_cmpint(virCopyLastError(&oerr), ==, VIR_ERR_NO_DOMAIN);
    g_assert_null(virDomainLookupByName(conn, "nosuch"));
    err = virGetLastError();
    g_assert_nonnull(err);
    g_assert_cmpint(err->code, ==, 42);
    g_assert_cmpint(err->domain, ==, 12);
    g_assert_cmpstr(err->message, ==, oerr.message);
    g_assert_cmpstr(err->str1, ==, oerr.str1);
    g_assert_cmpint(err->level, ==, oerr.level);
    /* ... and virConnGetLastError() of the connection has it too */
    g_assert_cmpint(virConnGetLastError(conn)->code, ==, 42);
    virResetError(&oerr);
    g_assert_cmpint(virConnectClose(oracle), ==, 0);
    g_assert_cmpint(virConnectClose(conn), ==, 0);
}


static void
testOpenErrors(void)
{
    g_autofree char *nosock = g_build_filename(testLive()->dir, "nosuch", NULL);
    g_autofree char *uri = g_strdup_printf("test+unix:///default?socket=%s", nosock);
    g_autofree char *expected =
        g_strdup_printf("Failed to connect socket to '%s': No such file or directory", nosock);

    g_assert_null(virConnectOpen(uri));
    testCheckError(VIR_ERR_SYSTEM_ERROR, -1, expected);
    g_assert_null(virConnectOpen("test+tls://127.0.0.1/default"));
    testCheckError(VIR_ERR_INVALID_ARG, VIR_FROM_REMOTE, "transport 'tls' is not supported yet");
    g_assert_null(virConnectOpen("test+bogus:///default"));
    testCheckError(VIR_ERR_INVALID_ARG, VIR_FROM_REMOTE, "transport in URL not recognised");
}


static void
testTCP(void)
{
    testDaemon *d = testDaemonStart(true);
    g_autofree char *uri = g_strdup_printf("test+tcp://127.0.0.1:%d/default", d->tcpPort);
    virConnectPtr conn = testOpen(uri);
    g_autofree char *got = virConnectGetURI(conn);
    virDomainPtr dom = virDomainLookupByName(conn, "test");

    g_assert_cmpstr(got, ==, uri);
    g_assert_cmpstr(virConnectGetType(conn), ==, "TEST");
    g_assert_nonnull(dom);
    g_assert_cmpint(virDomainGetID(dom), ==, 1);
    g_assert_cmpint(virConnectIsSecure(conn), ==, 0);
    g_assert_cmpint(virConnectIsEncrypted(conn), ==, 0);
    virDomainFree(dom);
    g_assert_cmpint(virConnectClose(conn), ==, 0);
    testDaemonStop(d);
}


typedef struct {
    virConnectPtr conn;
    int failures;
} testThreadJob;


static gpointer
testCallThread(gpointer opaque)
{
    testThreadJob *job = opaque;
    int i;

    for (i = 0; i < TEST_THREAD_CALLS; i++) {
        unsigned long ver = 0;
        virDomainPtr dom = virDomainLookupByName(job->conn, "test");
        virDomainPtr none = virDomainLookupByName(job->conn, "nosuch");
        int code = virGetLastErrorCode();

        if (!dom || virDomainGetID(dom) != 1 || !g_str_equal(virDomainGetName(dom), "test"))
            job->failures++;
        if (none || code != VIR_ERR_NO_DOMAIN)
            job->failures++;
        if (virConnectGetVersion(job->conn, &ver) < 0 || ver == 0)
            job->failures++;
        if (dom)
            virDomainFree(dom);
    }
    return NULL;
}


/* Many threads on one connection: every reply reaches its caller. */
static void
testThreads(void)
{
    virConnectPtr conn = testOpen(testLive()->uri);
    testThreadJob jobs[TEST_THREADS];
    GThread *threads[TEST_THREADS];
    size_t i;

    for (i = 0; i < TEST_THREADS; i++) {
        jobs[i] = (testThreadJob){ conn, 0 };
        threads[i] = g_thread_new("caller", testCallThread, &jobs[i]);
    }
    for (i = 0; i < TEST_THREADS; i++) {
        g_thread_join(threads[i]);
        g_assert_cmpint(jobs[i].failures, ==, 0);
    }
    g_assert_cmpint(virConnectClose(conn), ==, 0);
}


/* ---- close callbacks ---- */

typedef struct {
    volatile int fired;
    volatile int freed;
    int reason;
    virConnectPtr conn;
} testCloseData;


static void
testCloseCb(virConnectPtr conn, int reason, void *opaque)
{
    testCloseData *d = opaque;

    d->reason = reason;
    d->conn = conn;
    g_atomic_int_inc(&d->fired);
}


static void
testCloseFree(void *opaque)
{
    testCloseData *d = opaque;

    g_atomic_int_inc(&d->freed);
}


static void
testOtherCloseCb(virConnectPtr conn G_GNUC_UNUSED,
                 int reason G_GNUC_UNUSED,
                 void *opaque G_GNUC_UNUSED)
{
}


/* The server goes away: the close callback runs once, with reason EOF. */
static void
testCloseCallback(void)
{
    testDaemon *d = testDaemonStart(false);
    virConnectPtr conn = testOpen(d->uri);
    testCloseData data = { 0 };
    unsigned long ver;

    g_assert_cmpint(virConnectRegisterCloseCallback(conn, testCloseCb, &data, testCloseFree), ==,
                    0);
    g_assert_cmpint(virConnectRegisterCloseCallback(conn, testCloseCb, &data, NULL), ==, -1);
    testCheckError(VIR_ERR_OPERATION_INVALID, -1, "A close callback is already registered");
    g_assert_cmpint(virConnectUnregisterCloseCallback(conn, testOtherCloseCb), ==, -1);
    testCheckError(VIR_ERR_OPERATION_INVALID, -1, "A different callback was requested");

    testDaemonStop(d);
    g_assert_true(testRunLoopUntil(&data.fired, 1, TEST_WAIT_MS));
    g_assert_cmpint(data.reason, ==, VIR_CONNECT_CLOSE_REASON_EOF);
    g_assert_true(data.conn == conn);
    g_assert_cmpint(g_atomic_int_get(&data.freed), ==, 1);
    g_assert_cmpint(virConnectIsAlive(conn), ==, 0);
    g_assert_cmpint(virConnectGetVersion(conn, &ver), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, VIR_FROM_RPC, "client socket is closed");
    g_assert_cmpint(virConnectClose(conn), ==, 0);
    g_assert_cmpint(data.fired, ==, 1);
}


/* An explicit unregistration frees the opaque data; closing runs nothing. */
static void
testCloseCallbackUnregister(void)
{
    virConnectPtr conn = testOpen(testLive()->uri);
    testCloseData data = { 0 };

    g_assert_cmpint(virConnectRegisterCloseCallback(conn, testCloseCb, &data, testCloseFree), ==,
                    0);
    g_assert_cmpint(virConnectUnregisterCloseCallback(conn, testCloseCb), ==, 0);
    g_assert_cmpint(data.freed, ==, 1);
    g_assert_cmpint(virConnectClose(conn), ==, 0);
    testRunLoopFor(100);
    g_assert_cmpint(data.fired, ==, 0);
}


/* ---- events ---- */

typedef struct {
    volatile int count;
    int event;
    int detail;
    char name[64];
} testEventData;


static void
testEventRecord(testEventData *d, const char *name, int event, int detail)
{
    d->event = event;
    d->detail = detail;
    g_strlcpy(d->name, name, sizeof(d->name));
    g_atomic_int_inc(&d->count);
}


static int
testLifecycleCb(
    virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom, int event, int detail, void *opaque)
{
    testEventRecord(opaque, virDomainGetName(dom), event, detail);
    return 0;
}


static int
testLifecycleCb2(virConnectPtr conn, virDomainPtr dom, int event, int detail, void *opaque)
{
    return testLifecycleCb(conn, dom, event, detail, opaque);
}


static int
testLegacyCb(virConnectPtr conn, virDomainPtr dom, int event, int detail, void *opaque)
{
    return testLifecycleCb(conn, dom, event, detail, opaque);
}


static void
testNetworkCb(
    virConnectPtr conn G_GNUC_UNUSED, virNetworkPtr net, int event, int detail, void *opaque)
{
    testEventRecord(opaque, virNetworkGetName(net), event, detail);
}


/*
 * Another connection suspends and resumes the domain: each local
 * callback runs once per event, with libvirt's arguments, on the
 * application's event loop; callbacks sharing one server registration,
 * filtered ones and old-style ones all get exactly their events.
 */
static void
testDomainEvents(void)
{
    virConnectPtr conn = testOpen(testLive()->uri);
    virConnectPtr other = testOpen(testLive()->uri);
    virDomainPtr dom = virDomainLookupByName(other, "test");
    virDomainPtr filter = virDomainLookupByName(conn, "test");
    testEventData all = { 0 }, all2 = { 0 }, one = { 0 }, legacy = { 0 };
    int id1, id2, id3;

    g_assert_nonnull(dom);
    g_assert_nonnull(filter);
    id1 = virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                           TEST_DOM_CB(testLifecycleCb), &all, NULL);
    id2 = virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                           TEST_DOM_CB(testLifecycleCb2), &all2, NULL);
    id3 = virConnectDomainEventRegisterAny(conn, filter, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                           TEST_DOM_CB(testLifecycleCb), &one, NULL);
    g_assert_cmpint(id1, >=, 0);
    g_assert_cmpint(id2, >, id1);
    g_assert_cmpint(id3, >, id2);
    g_assert_cmpint(virConnectDomainEventRegister(conn, testLegacyCb, &legacy, NULL), ==, 0);
    g_assert_cmpint(virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                                     TEST_DOM_CB(testLifecycleCb), &all, NULL),
                    ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG, -1, "event callback already tracked");

    g_assert_cmpint(virDomainSuspend(dom), ==, 0);
    g_assert_true(testRunLoopUntil(&all.count, 1, TEST_WAIT_MS));
    g_assert_true(testRunLoopUntil(&all2.count, 1, TEST_WAIT_MS));
    g_assert_true(testRunLoopUntil(&one.count, 1, TEST_WAIT_MS));
    g_assert_true(testRunLoopUntil(&legacy.count, 1, TEST_WAIT_MS));
    testRunLoopFor(300);
    g_assert_cmpint(all.count + all2.count + one.count + legacy.count, ==, 4);
    g_assert_cmpstr(all.name, ==, "test");
    g_assert_cmpint(all.event, ==, VIR_DOMAIN_EVENT_SUSPENDED);
    g_assert_cmpint(all.detail, ==, VIR_DOMAIN_EVENT_SUSPENDED_PAUSED);
    g_assert_cmpint(legacy.event, ==, VIR_DOMAIN_EVENT_SUSPENDED);

    /* only the filtered callback is left */
    g_assert_cmpint(virConnectDomainEventDeregisterAny(conn, id1), ==, 0);
    g_assert_cmpint(virConnectDomainEventDeregisterAny(conn, id2), ==, 0);
    g_assert_cmpint(virConnectDomainEventDeregister(conn, testLegacyCb), ==, 0);
    g_assert_cmpint(virDomainResume(dom), ==, 0);
    g_assert_true(testRunLoopUntil(&one.count, 2, TEST_WAIT_MS));
    testRunLoopFor(300);
    g_assert_cmpint(one.event, ==, VIR_DOMAIN_EVENT_RESUMED);
    g_assert_cmpint(one.detail, ==, VIR_DOMAIN_EVENT_RESUMED_UNPAUSED);
    g_assert_cmpint(all.count + all2.count + legacy.count, ==, 3);

    g_assert_cmpint(virConnectDomainEventDeregisterAny(conn, id3), ==, 0);
    g_assert_cmpint(virConnectDomainEventDeregisterAny(conn, id3), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG, -1, "could not find event callback");
    g_assert_cmpint(virConnectDomainEventDeregister(conn, testLegacyCb), ==, -1);
    virResetLastError();

    virDomainFree(filter);
    virDomainFree(dom);
    g_assert_cmpint(virConnectClose(other), ==, 0);
    g_assert_cmpint(virConnectClose(conn), ==, 0);
}


static void
testNetworkEvents(void)
{
    virConnectPtr conn = testOpen(testLive()->uri);
    virConnectPtr other = testOpen(testLive()->uri);
    virNetworkPtr net = virNetworkLookupByName(other, "default");
    testEventData data = { 0 };
    int id;

    g_assert_nonnull(net);
    id = virConnectNetworkEventRegisterAny(conn, NULL, VIR_NETWORK_EVENT_ID_LIFECYCLE,
                                           TEST_NET_CB(testNetworkCb), &data, NULL);
    g_assert_cmpint(id, >=, 0);
    g_assert_cmpint(virNetworkDestroy(net), ==, 0);
    g_assert_true(testRunLoopUntil(&data.count, 1, TEST_WAIT_MS));
    g_assert_cmpint(data.event, ==, VIR_NETWORK_EVENT_STOPPED);
    g_assert_cmpstr(data.name, ==, "default");
    g_assert_cmpint(virNetworkCreate(net), ==, 0);
    g_assert_true(testRunLoopUntil(&data.count, 2, TEST_WAIT_MS));
    g_assert_cmpint(data.event, ==, VIR_NETWORK_EVENT_STARTED);
    /* a network callback number is no domain callback number */
    g_assert_cmpint(virConnectDomainEventDeregisterAny(conn, id), ==, -1);
    virResetLastError();
    g_assert_cmpint(virConnectNetworkEventDeregisterAny(conn, id), ==, 0);
    virNetworkFree(net);
    g_assert_cmpint(virConnectClose(other), ==, 0);
    g_assert_cmpint(virConnectClose(conn), ==, 0);
}


static void
testPoolCb(
    virConnectPtr conn G_GNUC_UNUSED, virStoragePoolPtr pool, int event, int detail, void *opaque)
{
    testEventRecord(opaque, virStoragePoolGetName(pool), event, detail);
}


static void
testPoolRefreshCb(virConnectPtr conn G_GNUC_UNUSED, virStoragePoolPtr pool, void *opaque)
{
    testEventRecord(opaque, virStoragePoolGetName(pool), -1, -1);
}


/* Storage pool lifecycle and refresh events come through as well. */
static void
testPoolEvents(void)
{
    virConnectPtr conn = testOpen(testLive()->uri);
    virConnectPtr other = testOpen(testLive()->uri);
    virStoragePoolPtr pool = virStoragePoolLookupByName(other, "default-pool");
    testEventData life = { 0 };
    testEventData refresh = { 0 };
    int idL;
    int idR;

    g_assert_nonnull(pool);
    idL = virConnectStoragePoolEventRegisterAny(conn, NULL, VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE,
                                                TEST_POOL_CB(testPoolCb), &life, NULL);
    idR = virConnectStoragePoolEventRegisterAny(conn, NULL, VIR_STORAGE_POOL_EVENT_ID_REFRESH,
                                                TEST_POOL_CB(testPoolRefreshCb), &refresh, NULL);
    g_assert_cmpint(idL, >=, 0);
    g_assert_cmpint(idR, >=, 0);

    g_assert_cmpint(virStoragePoolRefresh(pool, 0), ==, 0);
    g_assert_true(testRunLoopUntil(&refresh.count, 1, TEST_WAIT_MS));
    g_assert_cmpstr(refresh.name, ==, "default-pool");
    g_assert_cmpint(virStoragePoolDestroy(pool), ==, 0);
    g_assert_true(testRunLoopUntil(&life.count, 1, TEST_WAIT_MS));
    g_assert_cmpint(life.event, ==, VIR_STORAGE_POOL_EVENT_STOPPED);
    g_assert_cmpint(virStoragePoolCreate(pool, 0), ==, 0);
    g_assert_true(testRunLoopUntil(&life.count, 2, TEST_WAIT_MS));
    g_assert_cmpint(life.event, ==, VIR_STORAGE_POOL_EVENT_STARTED);
    testRunLoopFor(200);
    g_assert_cmpint(refresh.count, ==, 1);

    g_assert_cmpint(virConnectStoragePoolEventDeregisterAny(conn, idL), ==, 0);
    g_assert_cmpint(virConnectStoragePoolEventDeregisterAny(conn, idR), ==, 0);
    virStoragePoolFree(pool);
    g_assert_cmpint(virConnectClose(other), ==, 0);
    g_assert_cmpint(virConnectClose(conn), ==, 0);
}


void
testLiveRegister(void)
{
    g_test_add_func("/remote/spawn/once", testSpawnOnce);
    g_test_add_func("/remote/spawn/failure", testSpawnFailure);
    g_test_add_func("/remote/spawn/find", testSpawnFind);
    g_test_add_func("/remote/spawn/open", testSpawnOpen);
    g_test_add_func("/remote/live/basics", testOpenBasics);
    g_test_add_func("/remote/live/server-errors", testServerErrors);
    g_test_add_func("/remote/live/open-errors", testOpenErrors);
    g_test_add_func("/remote/live/tcp", testTCP);
    g_test_add_func("/remote/live/threads", testThreads);
    g_test_add_func("/remote/live/close-callback", testCloseCallback);
    g_test_add_func("/remote/live/close-callback-unregister", testCloseCallbackUnregister);
    g_test_add_func("/remote/live/domain-events", testDomainEvents);
    g_test_add_func("/remote/live/network-events", testNetworkEvents);
    g_test_add_func("/remote/live/pool-events", testPoolEvents);
}


void
testLiveCleanup(void)
{
    testDaemonStop(live);
    live = NULL;
}
