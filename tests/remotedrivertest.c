/*
 * remotedrivertest.c: the remote driver (client side of the RPC protocol)
 *
 * First the pure URI rules (transport, CONNECT_OPEN name and flags,
 * socket choice), then the session daemon autostart, then the public API
 * over a real in-process daemon (answers compared with an in-process
 * connection to test:///default), and finally a scripted fake server for
 * the exact handshake, error passing, keepalive and streams.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <signal.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "datatypes.h"
#include "internal.h"
#include "remote_spawn.h"
#include "remote_uri.h"
#include "remotedrivertestutils.h"
#include "virconf.h"
#include "virerror.h"
#include "virfile.h"
#include "virprocess.h"

#include <libvirt/libvirt.h>

#define TEST_USER_DIR "/run/user/1000/libvirt"


void
testCheckError(int code, int domain, const char *text)
{
    virErrorPtr err = virGetLastError();

    g_assert_nonnull(err);
    if (err->code != code || (domain >= 0 && err->domain != domain) ||
        (text && !strstr(NULLSTR(err->message), text)))
        g_error("expected error %d/%d '%s', got %d/%d '%s'", code, domain, NULLSTR(text), err->code,
                err->domain, NULLSTR(err->message));
    virResetLastError();
}


/* ---- remote_uri: transports ---- */

typedef struct {
    const char *uri;
    const char *driver;
    int transport; /* remoteURITransport, or -1 for an error */
    const char *error;
} testSchemeCase;

static const testSchemeCase schemeCases[] = {
    { "test+unix:///default", "test", REMOTE_URI_TRANSPORT_UNIX, NULL },
    { "qemu:///system", "qemu", REMOTE_URI_TRANSPORT_UNIX, NULL },
    { "qemu://host/system", "qemu", REMOTE_URI_TRANSPORT_TLS, NULL },
    { "qemu+tcp://host/system", "qemu", REMOTE_URI_TRANSPORT_TCP, NULL },
    { "qemu+ssh://host/system", "qemu", REMOTE_URI_TRANSPORT_SSH, NULL },
    { "qemu+libssh2://host/system", "qemu", REMOTE_URI_TRANSPORT_LIBSSH2, NULL },
    { "qemu+ext:///system", "qemu", REMOTE_URI_TRANSPORT_EXT, NULL },
    { "remote+unix:///", "remote", REMOTE_URI_TRANSPORT_UNIX, NULL },
    { "qemu+bogus:///system", NULL, -1,
      "remote_open: transport in URL not recognised (should be tls|unix|ssh|ext|tcp|libssh2|libssh)" },
    { "qemu+unix+tcp:///system", NULL, -1, "transport in URL not recognised" },
    { "qemu+unix://host/system", NULL, -1,
      "using unix socket and remote server 'host' is not supported." },
};


static void
testURIScheme(void)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(schemeCases); i++) {
        const testSchemeCase *c = &schemeCases[i];
        g_autoptr(virURI) uri = virURIParse(c->uri);
        g_autofree char *driver = NULL;
        remoteURITransport transport = REMOTE_URI_TRANSPORT_LAST;

        g_assert_nonnull(uri);
        if (c->transport < 0) {
            g_assert_cmpint(remoteURISplitScheme(uri, &driver, &transport), ==, -1);
            g_assert_null(driver);
            testCheckError(VIR_ERR_INVALID_ARG, VIR_FROM_REMOTE, c->error);
            continue;
        }
        g_assert_cmpint(remoteURISplitScheme(uri, &driver, &transport), ==, 0);
        g_assert_cmpstr(driver, ==, c->driver);
        g_assert_cmpint(transport, ==, c->transport);
    }
    g_assert_cmpstr(remoteURITransportName(REMOTE_URI_TRANSPORT_TCP), ==, "tcp");
    g_assert_null(remoteURITransportName(REMOTE_URI_TRANSPORT_LAST));
}


/* ---- remote_uri: the CONNECT_OPEN name and flags (wire-protocol.md 10.2) ---- */

typedef struct {
    const char *uri; /* NULL: the application gave none */
    uid_t euid;
    bool readonly;
    const char *autostart; /* $LIBVIRT_AUTOSTART */
    const char *name;
    unsigned int flags;
} testNameCase;

static const testNameCase nameCases[] = {
    /* the observed table */
    { "qemu+unix:///session?socket=/tmp/mitm.sock", 1000, false, NULL, "qemu:///session", 0x6 },
    { "qemu:///session", 1000, false, NULL, "qemu:///session", 0x6 },
    { "test+unix:///default?socket=/tmp/s", 1000, false, NULL, "test:///default", 0x6 },
    { "test+unix:///default?socket=/tmp/s&mode=legacy", 1000, false, NULL, "test:///default", 0x6 },
    { "qemu+unix:///session?socket=/tmp/s&foo=bar", 1000, false, NULL, "qemu:///session?foo=bar",
      0x6 },
    { "test+unix:///default?socket=/tmp/s&proxy=auto&no_verify=1&pkipath=/x&keep=me#frag", 1000,
      false, NULL, "test:///default?keep=me#frag", 0x6 },
    { "qemu+unix:///session?socket=/tmp/s&name=test:///default", 1000, false, NULL,
      "test:///default", 0x6 },
    { "remote+unix:///?socket=/tmp/s", 1000, false, NULL, "", 0x0 },
    { NULL, 1000, false, NULL, "", 0x6 },
    { "lxc+unix:///?socket=/tmp/s", 1000, false, NULL, "lxc:///", 0x0 },
    /* flags: read-only, autostart off, root, system, servers */
    { "test+unix:///default?socket=/tmp/s", 1000, true, NULL, "test:///default", 0x7 },
    { "test+unix:///default", 1000, false, "0", "test:///default", 0x2 },
    { "test+unix:///default", 1000, false, "1", "test:///default", 0x6 },
    { "test+unix:///default", 0, false, NULL, "test:///default", 0x0 },
    { NULL, 0, false, NULL, "", 0x0 },
    { "qemu:///system", 1000, true, NULL, "qemu:///system", 0x1 },
    { "qemu+tcp://bob@host:1234/system?keep=1", 1000, false, NULL, "qemu:///system?keep=1", 0x0 },
    { "qemu+tcp://host/session", 1000, false, NULL, "qemu:///session", 0x2 },
    /* client parameters are matched case-insensitively, all are stripped */
    { "test+unix:///default?SOCKET=/tmp/s&Mode=direct", 1000, false, NULL, "test:///default", 0x6 },
    { "qemu:///session?authfile=/x&no_tty=1&command=ssh&netcat=nc&keyfile=k&sshauth=a"
      "&known_hosts=k&known_hosts_verify=n&tls_priority=p&auth=x&no_sanity=0&a=1",
      1000, false, NULL, "qemu:///session?a=1", 0x6 },
    { "qemu:///session?name=", 1000, false, NULL, "", 0x6 },
};


static void
testURIName(void)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(nameCases); i++) {
        const testNameCase *c = &nameCases[i];
        g_autoptr(virURI) uri = c->uri ? virURIParse(c->uri) : NULL;
        g_autoptr(remoteURIInfo) info = NULL;

        g_assert_true(!c->uri || uri);
        if (remoteURIParse(uri, NULL, c->readonly, c->euid, c->autostart, &info) < 0)
            g_error("%s: %s", NULLSTR(c->uri), virGetLastErrorMessage());
        if (!g_str_equal(info->name, c->name) || info->flags != c->flags)
            g_error("%s: got name '%s' flags 0x%x, expected '%s' 0x%x", NULLSTR(c->uri), info->name,
                    info->flags, c->name, c->flags);
    }
}


static void
testURIHostPort(void)
{
    g_autoptr(virURI) tcp = virURIParse("qemu+tcp://bob@host:1234/system");
    g_autoptr(virURI) dflt = virURIParse("qemu+tcp:///system?socket=/s&auth=sasl");
    g_autoptr(remoteURIInfo) a = NULL;
    g_autoptr(remoteURIInfo) b = NULL;

    g_assert_cmpint(remoteURIParse(tcp, NULL, false, 1000, NULL, &a), ==, 0);
    g_assert_cmpstr(a->host, ==, "host");
    g_assert_cmpstr(a->port, ==, "1234");
    g_assert_cmpint(a->transport, ==, REMOTE_URI_TRANSPORT_TCP);
    g_assert_null(a->socket);
    g_assert_cmpint(remoteURIParse(dflt, NULL, false, 1000, NULL, &b), ==, 0);
    g_assert_cmpstr(b->host, ==, "localhost");
    g_assert_cmpstr(b->port, ==, "16509");
    g_assert_cmpstr(b->socket, ==, "/s");
    g_assert_cmpstr(b->authtype, ==, "sasl");
}


static void
testURIBad(void)
{
    g_autoptr(virURI) notbool = virURIParse("qemu:///session?no_verify=abc");
    g_autoptr(virURI) badmode = virURIParse("qemu:///session?mode=bogus");
    g_autoptr(virURI) plain = virURIParse("qemu:///session");
    g_autoptr(virURI) overridden = virURIParse("qemu:///session?mode=direct");
    g_autoptr(virConf) legacy = virConfReadString("remote_mode = \"legacy\"\n", 0);
    g_autoptr(virConf) bogus = virConfReadString("remote_mode = \"xx\"\n", 0);
    g_autoptr(remoteURIInfo) info = NULL;
    g_autoptr(remoteURIInfo) info2 = NULL;

    g_assert_cmpint(remoteURIParse(notbool, NULL, false, 1000, NULL, &info), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG, VIR_FROM_REMOTE,
                   "Failed to parse value of URI component no_verify");
    g_assert_cmpint(remoteURIParse(badmode, NULL, false, 1000, NULL, &info), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG, VIR_FROM_REMOTE, "Unknown remote mode 'bogus'");
    g_assert_cmpint(remoteURIParse(plain, bogus, false, 1000, NULL, &info), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG, VIR_FROM_REMOTE, "Unknown remote mode 'xx'");
    g_assert_null(info);

    /* remote_mode of libvirt.conf applies unless the URI says otherwise */
    g_assert_cmpint(remoteURIParse(plain, legacy, false, 1000, NULL, &info), ==, 0);
    g_assert_cmpint(info->mode, ==, REMOTE_URI_MODE_LEGACY);
    g_assert_cmpint(remoteURIParse(overridden, legacy, false, 1000, NULL, &info2), ==, 0);
    g_assert_cmpint(info2->mode, ==, REMOTE_URI_MODE_DIRECT);
}


/* ---- remote_uri: socket choice (wire-protocol.md section 1) ---- */

typedef struct {
    const char *uri;
    uid_t euid;
    bool readonly;
    const char *autostart;
    const char *exists[3]; /* the sockets that exist */
    const char *socket;
    const char *daemon; /* the daemon autostart would start, or NULL */
} testSocketCase;

#define SYS "/var/run/libvirt/"
#define USR TEST_USER_DIR "/"

static const testSocketCase socketCases[] = {
    /* observed: neither socket, no autostart -> legacy libvirt-sock */
    { "qemu:///session", 1000, false, "0", { NULL }, USR "libvirt-sock", NULL },
    { "test+unix:///default", 1000, false, "0", { NULL }, USR "libvirt-sock", NULL },
    { "network:///session", 1000, false, "0", { NULL }, USR "libvirt-sock", NULL },
    { NULL, 1000, false, "0", { NULL }, USR "libvirt-sock", NULL },
    /* observed: only the per-driver socket exists */
    { "qemu:///session", 1000, false, "0", { USR "virtqemud-sock" }, USR "virtqemud-sock", NULL },
    { "qemu:///session", 1000, false, NULL, { USR "libvirt-sock" }, USR "libvirt-sock", NULL },
    { "qemu:///session",
      1000,
      false,
      NULL,
      { USR "libvirt-sock", USR "virtqemud-sock" },
      USR "virtqemud-sock",
      "virtqemud" },
    /* autostart: modvirt starts the per-driver daemon */
    { "qemu:///session", 1000, false, NULL, { NULL }, USR "virtqemud-sock", "virtqemud" },
    { "test+unix:///default", 1000, false, NULL, { NULL }, USR "virttestd-sock", "virttestd" },
    { NULL, 1000, false, NULL, { NULL }, USR "libvirt-sock", NULL },
    { "qemu:///session?mode=legacy", 1000, false, NULL, { NULL }, USR "libvirt-sock", NULL },
    { "qemu:///session?socket=/tmp/s", 1000, false, NULL, { NULL }, "/tmp/s", NULL },
    /* system sockets: root, or non-root on a system URI */
    { "qemu:///system", 1000, false, NULL, { NULL }, SYS "libvirt-sock", NULL },
    { "qemu:///system", 0, true, NULL, { NULL }, SYS "libvirt-sock-ro", NULL },
    { "qemu:///system", 0, false, NULL, { SYS "virtqemud-sock" }, SYS "virtqemud-sock", NULL },
    { "qemu:///system?mode=direct", 0, true, NULL, { NULL }, SYS "virtqemud-sock-ro", NULL },
    { "test+unix:///default", 0, false, NULL, { NULL }, SYS "libvirt-sock", NULL },
    { "remote:///?mode=direct", 0, false, NULL, { NULL }, SYS "libvirt-sock", NULL },
    { "qemu:///session", 1000, true, "0", { NULL }, USR "libvirt-sock", NULL },
};

static const char *const *testExisting;


static bool
testExists(const char *path)
{
    size_t i;

    for (i = 0; i < 3 && testExisting[i]; i++) {
        if (g_str_equal(testExisting[i], path))
            return true;
    }
    return false;
}


static void
testURISocket(void)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(socketCases); i++) {
        const testSocketCase *c = &socketCases[i];
        g_autoptr(virURI) uri = c->uri ? virURIParse(c->uri) : NULL;
        g_autoptr(remoteURIInfo) info = NULL;
        g_autofree char *sock = NULL;
        g_autofree char *daemon = NULL;

        g_assert_cmpint(remoteURIParse(uri, NULL, c->readonly, c->euid, c->autostart, &info), ==,
                        0);
        testExisting = c->exists;
        sock = remoteURIGetSocket(info, TEST_USER_DIR, testExists, &daemon);
        if (!g_str_equal(sock, c->socket) || g_strcmp0(daemon, c->daemon) != 0)
            g_error("case %zu %s: got %s (%s), expected %s (%s)", i, NULLSTR(c->uri), sock,
                    NULLSTR(daemon), c->socket, NULLSTR(c->daemon));
    }
}


static void
testURIRuntimeDir(void)
{
    g_autofree char *oldRuntime = g_strdup(g_getenv("XDG_RUNTIME_DIR"));
    g_autofree char *oldCache = g_strdup(g_getenv("XDG_CACHE_HOME"));
    g_autofree char *a = NULL;
    g_autofree char *b = NULL;

    g_setenv("XDG_RUNTIME_DIR", "/tmp/rt", TRUE);
    a = remoteURIUserRuntimeDir();
    g_unsetenv("XDG_RUNTIME_DIR");
    g_setenv("XDG_CACHE_HOME", "/tmp/cache", TRUE);
    b = remoteURIUserRuntimeDir();
    g_assert_cmpstr(a, ==, "/tmp/rt/libvirt");
    g_assert_cmpstr(b, ==, "/tmp/cache/libvirt");

    if (oldRuntime)
        g_setenv("XDG_RUNTIME_DIR", oldRuntime, TRUE);
    if (oldCache)
        g_setenv("XDG_CACHE_HOME", oldCache, TRUE);
    else
        g_unsetenv("XDG_CACHE_HOME");
}


int
main(int argc, char **argv)
{
    int ret;

    g_test_init(&argc, &argv, NULL);
    /* Before any open: with an event loop the client probes keepalive (feature 10). */
    g_assert_cmpint(virEventRegisterDefaultImpl(), ==, 0);

    g_test_add_func("/remote/uri/scheme", testURIScheme);
    g_test_add_func("/remote/uri/name", testURIName);
    g_test_add_func("/remote/uri/host-port", testURIHostPort);
    g_test_add_func("/remote/uri/bad", testURIBad);
    g_test_add_func("/remote/uri/socket", testURISocket);
    g_test_add_func("/remote/uri/runtime-dir", testURIRuntimeDir);
    testLiveRegister();
    testFakeRegister();

    ret = g_test_run();
    testLiveCleanup();
    return ret;
}
