/*
 * virproxytest.c: tests for virtproxyd's routing table and handoff paths
 *
 * The socket directory is a temporary directory; "backend sockets" are
 * plain files there (routing only checks that they exist); then the
 * derivation of a backend's handoff socket. The forwarding and handoff
 * engine is covered end to end by tests/interop/proxytest.py.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "internal.h"
#include "virerror.h"
#include "virproxy.h"

#define VIR_FROM_THIS VIR_FROM_NONE

static char *testDir;


typedef struct {
    const char *name; /* CONNECT_OPEN name */
    bool readonly;
    const char *socket;  /* expected, relative to testDir; NULL: error */
    const char *message; /* expected error message when @socket is NULL */
} testRouteCase;

static const testRouteCase routeCases[] = {
    { "qemu:///system", false, "virtqemud-sock", NULL },
    { "qemu:///session", true, "virtqemud-sock-ro", NULL },
    { "qemu+unix:///system", false, "virtqemud-sock", NULL },
    { "lxc:///", false, "virtlxcd-sock", NULL },
    { "xen:///system", false, "virtxend-sock", NULL },
    { "esx://host/", false, "virtesxd-sock", NULL },
    { "vpx://vc/dc", false, "virtesxd-sock", NULL },
    { "gsx://host/", false, "virtesxd-sock", NULL },
    { "hyperv://host/", false, "virthypervd-sock", NULL },
    { "test:///default", false, "virttestd-sock", NULL },
    { "test:///default?keep=me#frag", true, "virttestd-sock-ro", NULL },
    { "bogus:///x", false, NULL, "no connection driver available for bogus:///x" },
    { "noscheme", false, NULL, "no connection driver available for noscheme" },
};


static void
testRoute(const void *opaque)
{
    const testRouteCase *tc = opaque;
    g_autoptr(virProxy) proxy = virProxyNew(testDir, NULL);
    g_autofree char *got = NULL;

    virResetLastError();
    got = virProxyBackendSocket(proxy, tc->name, tc->readonly);
    if (tc->socket) {
        g_autofree char *want = g_build_filename(testDir, tc->socket, NULL);

        g_assert_cmpstr(got, ==, want);
    } else {
        virErrorPtr err = virGetLastError();

        g_assert_null(got);
        g_assert_nonnull(err);
        g_assert_cmpint(err->code, ==, VIR_ERR_NO_CONNECT);
        g_assert_cmpint(err->domain, ==, VIR_FROM_NONE);
        g_assert_cmpstr(err->message, ==, tc->message);
    }
}


static void
testOverride(void)
{
    g_autoptr(virProxy) proxy = virProxyNew(testDir, NULL);
    g_autofree char *qemu = NULL;
    g_autofree char *qemuRo = NULL;
    g_autofree char *added = NULL;

    virProxySetRoute(proxy, "qemu", "/srv/a/virttestd-sock");
    virProxySetRoute(proxy, "vbox", "/srv/b/vbox-sock");
    qemu = virProxyBackendSocket(proxy, "qemu:///system", false);
    qemuRo = virProxyBackendSocket(proxy, "qemu:///system", true);
    added = virProxyBackendSocket(proxy, "vbox:///session", false);
    g_assert_cmpstr(qemu, ==, "/srv/a/virttestd-sock");
    g_assert_cmpstr(qemuRo, ==, "/srv/a/virttestd-sock-ro");
    g_assert_cmpstr(added, ==, "/srv/b/vbox-sock");
}


static void
testTouch(const char *name)
{
    g_autofree char *path = g_build_filename(testDir, name, NULL);

    g_assert_true(g_file_set_contents(path, "", 0, NULL));
}


static void
testRemove(const char *name)
{
    g_autofree char *path = g_build_filename(testDir, name, NULL);

    g_unlink(path);
}


/* An empty name: uri_default, else the first existing socket in table order. */
static void
testDefault(void)
{
    g_autoptr(virProxy) proxy = virProxyNew(testDir, NULL);
    g_autoptr(virProxy) withDefault = virProxyNew(testDir, "lxc:///");
    g_autofree char *none = NULL;
    g_autofree char *first = NULL;
    g_autofree char *firstRo = NULL;
    g_autofree char *configured = NULL;
    g_autofree char *want = NULL;
    g_autofree char *wantLxc = NULL;
    virErrorPtr err;

    virResetLastError();
    none = virProxyBackendSocket(proxy, "", false);
    err = virGetLastError();
    g_assert_null(none);
    g_assert_nonnull(err);
    g_assert_cmpint(err->code, ==, VIR_ERR_NO_CONNECT);

    testTouch("virttestd-sock");
    testTouch("virtxend-sock");
    testTouch("virttestd-sock-ro");
    first = virProxyBackendSocket(proxy, "", false);
    firstRo = virProxyBackendSocket(proxy, "", true);
    configured = virProxyBackendSocket(withDefault, "", false);
    testRemove("virttestd-sock");
    testRemove("virtxend-sock");
    testRemove("virttestd-sock-ro");

    want = g_build_filename(testDir, "virtxend-sock", NULL);
    g_assert_cmpstr(first, ==, want); /* xen comes before test */
    g_free(want);
    want = g_build_filename(testDir, "virttestd-sock-ro", NULL);
    g_assert_cmpstr(firstRo, ==, want); /* only test has an -ro socket */
    wantLxc = g_build_filename(testDir, "virtlxcd-sock", NULL);
    g_assert_cmpstr(configured, ==, wantLxc); /* missing, but configured */
}


typedef struct {
    const char *socket;
    const char *handoff; /* expected; NULL: none */
} testHandoffPathCase;

static const testHandoffPathCase handoffPathCases[] = {
    { "/run/libvirt/virttestd-sock", "/run/libvirt/virttestd-handoff-sock" },
    { "/run/libvirt/virttestd-sock-ro", "/run/libvirt/virttestd-handoff-sock" },
    { "/srv/a-sock/virtqemud-sock", "/srv/a-sock/virtqemud-handoff-sock" },
    { "x-sock", "x-handoff-sock" },
    { "-sock", "-handoff-sock" },
    { "/srv/backend.socket", NULL },
    { "/srv/virttestd-sock-rw", NULL },
    { "/srv/virttestd-sock/", NULL },
    { "", NULL },
};


static void
testHandoffPath(gconstpointer data)
{
    const testHandoffPathCase *tc = data;
    g_autofree char *got = virProxyHandoffPath(tc->socket);

    g_assert_cmpstr(got, ==, tc->handoff);
}


int
main(int argc, char **argv)
{
    g_autoptr(GError) gerr = NULL;
    size_t i;
    int ret;

    g_test_init(&argc, &argv, NULL);
    virErrorInitialize();
    if (!(testDir = g_dir_make_tmp("virproxytest-XXXXXX", &gerr)))
        g_error("%s", gerr->message);
    for (i = 0; i < G_N_ELEMENTS(routeCases); i++) {
        g_autofree char *path = g_strdup_printf("/proxy/route/%zu", i);

        g_test_add_data_func(path, &routeCases[i], testRoute);
    }
    g_test_add_func("/proxy/route/override", testOverride);
    g_test_add_func("/proxy/route/default", testDefault);
    for (i = 0; i < G_N_ELEMENTS(handoffPathCases); i++) {
        g_autofree char *path = g_strdup_printf("/proxy/handoff/path/%zu", i);

        g_test_add_data_func(path, &handoffPathCases[i], testHandoffPath);
    }
    ret = g_test_run();
    g_rmdir(testDir);
    g_free(testDir);
    return ret;
}
