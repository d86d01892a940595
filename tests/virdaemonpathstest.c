/*
 * virdaemonpathstest.c: tests for the daemon path layouts
 *
 * Nothing is created: the paths are only computed, so the test can name
 * /etc and /run without touching them. HOME and the XDG variables are
 * set per case to fake values.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <unistd.h>

#include <glib.h>

#include "internal.h"
#include "virdaemonpaths.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_NONE


typedef struct {
    const char *home;       /* HOME, NULL: unset */
    const char *configHome; /* XDG_CONFIG_HOME */
    const char *runtimeDir; /* XDG_RUNTIME_DIR */
    const char *cacheHome;  /* XDG_CACHE_HOME */
} testEnv;

typedef struct {
    const char *configFile;
    const char *runDir;
    const char *sockDir;
    const char *sockRw;
    const char *sockRo;
    const char *sockAdmin;
    const char *pidFile;
    const char *stateDir;
    const char *configDir;
    const char *libDir;
    const char *logDir;
    const char *logFile;
} testLayout;

typedef struct {
    const char *name;
    virDaemonPathsMode mode;
    const char *root; /* for ROOT; "@CWD@/x" is relative to the cwd */
    testEnv env;
    const char *rootExpected; /* paths->root */
    testLayout want;
} testPathsCase;

/* HOME and XDG point where nothing exists: a SYSTEM or ROOT case must not read them */
#define NO_ENV                                                                                     \
 {                                                                                                 \
  "/nonexistent-home", "/nonexistent-config", "/nonexistent-run", "/nonexistent-cache"             \
 }

#define SYSTEM_LAYOUT(R)                                                                           \
 {                                                                                                 \
  R "/etc/libvirt/virttestd.conf", R "/run/libvirt", R "/run/libvirt",                             \
      R "/run/libvirt/virttestd-sock", R "/run/libvirt/virttestd-sock-ro",                         \
      R "/run/libvirt/virttestd-admin-sock", R "/run/virttestd.pid", R "/run/libvirt/test",        \
      R "/etc/libvirt/test", R "/var/lib/libvirt/test", R "/var/log/libvirt/test",                 \
      R "/var/log/libvirt/virttestd.log",                                                          \
 }

#define SESSION_LAYOUT(CONFIG, RUN, CACHE)                                                         \
 {                                                                                                 \
  CONFIG "/libvirt/virttestd.conf", RUN "/libvirt", RUN "/libvirt", RUN "/libvirt/virttestd-sock", \
      NULL, RUN "/libvirt/virttestd-admin-sock", RUN "/libvirt/virttestd.pid",                     \
      RUN "/libvirt/test/run", CONFIG "/libvirt/test", CONFIG "/libvirt/test/lib",                 \
      CACHE "/libvirt/test/log", CACHE "/libvirt/virttestd.log",                                   \
 }

static const testPathsCase pathsCases[] = {
    { "system", VIR_DAEMON_PATHS_SYSTEM, NULL, NO_ENV, NULL, SYSTEM_LAYOUT("") },
    { "system-ignores-root", VIR_DAEMON_PATHS_SYSTEM, "/srv/x", NO_ENV, NULL, SYSTEM_LAYOUT("") },
    { "session-xdg",
      VIR_DAEMON_PATHS_SESSION,
      NULL,
      { "/home/tester", "/xdg/config", "/xdg/run", "/xdg/cache" },
      NULL,
      SESSION_LAYOUT("/xdg/config", "/xdg/run", "/xdg/cache") },
    /* no XDG_RUNTIME_DIR: the cache directory, as libvirt's clients expect */
    { "session-home",
      VIR_DAEMON_PATHS_SESSION,
      NULL,
      { "/home/tester", NULL, NULL, NULL },
      NULL,
      SESSION_LAYOUT("/home/tester/.config", "/home/tester/.cache", "/home/tester/.cache") },
    { "session-empty-xdg",
      VIR_DAEMON_PATHS_SESSION,
      NULL,
      { "/home/tester", "", "", "" },
      NULL,
      SESSION_LAYOUT("/home/tester/.config", "/home/tester/.cache", "/home/tester/.cache") },
    /* relative XDG values are to be ignored (XDG base directory spec) */
    { "session-relative-xdg",
      VIR_DAEMON_PATHS_SESSION,
      NULL,
      { "/home/tester", "config", "run", "cache" },
      NULL,
      SESSION_LAYOUT("/home/tester/.config", "/home/tester/.cache", "/home/tester/.cache") },
    { "session-xdg-slashes",
      VIR_DAEMON_PATHS_SESSION,
      NULL,
      { "/home/tester", "/xdg//config/", "/xdg/run/", "/xdg/cache//" },
      NULL,
      SESSION_LAYOUT("/xdg/config", "/xdg/run", "/xdg/cache") },
    { "session-runtime-only",
      VIR_DAEMON_PATHS_SESSION,
      NULL,
      { "/home/tester", NULL, "/run/user/1000", NULL },
      NULL,
      SESSION_LAYOUT("/home/tester/.config", "/run/user/1000", "/home/tester/.cache") },
    { "root", VIR_DAEMON_PATHS_ROOT, "/tmp/vroot", NO_ENV, "/tmp/vroot",
      SYSTEM_LAYOUT("/tmp/vroot") },
    { "root-unclean", VIR_DAEMON_PATHS_ROOT, "/tmp//vroot/sub/../", NO_ENV, "/tmp/vroot",
      SYSTEM_LAYOUT("/tmp/vroot") },
    { "root-slash", VIR_DAEMON_PATHS_ROOT, "/", NO_ENV, "/", SYSTEM_LAYOUT("") },
    { "root-relative", VIR_DAEMON_PATHS_ROOT, "@CWD@/rel/root", NO_ENV, "@CWD@/rel/root",
      SYSTEM_LAYOUT("@CWD@/rel/root") },
};


static void
testSetEnv(const char *var, const char *value)
{
    if (value)
        g_setenv(var, value, TRUE);
    else
        g_unsetenv(var);
}


/* Replaces "@CWD@" in @str by the current directory. */
static char *
testExpand(const char *str)
{
    g_autofree char *cwd = g_get_current_dir();
    g_autoptr(GString) s = NULL;

    if (!str)
        return NULL;
    s = g_string_new(str);
    g_string_replace(s, "@CWD@", cwd, 0);
    return g_string_free(g_steal_pointer(&s), FALSE);
}


static void
testCheckPath(const char *what, const char *got, const char *want)
{
    g_autofree char *expanded = testExpand(want);

    if (g_strcmp0(got, expanded) != 0)
        g_test_message("%s: got '%s', want '%s'", what, NULLSTR(got), NULLSTR(expanded));
    g_assert_cmpstr(got, ==, expanded);
}


static void
testCheckLayout(const virDaemonPaths *paths, const testLayout *want)
{
    testCheckPath("configFile", paths->configFile, want->configFile);
    testCheckPath("runDir", paths->runDir, want->runDir);
    testCheckPath("sockDir", paths->sockDir, want->sockDir);
    testCheckPath("sockRw", paths->sockRw, want->sockRw);
    testCheckPath("sockRo", paths->sockRo, want->sockRo);
    testCheckPath("sockAdmin", paths->sockAdmin, want->sockAdmin);
    testCheckPath("pidFile", paths->pidFile, want->pidFile);
    testCheckPath("stateDir", paths->stateDir, want->stateDir);
    testCheckPath("configDir", paths->configDir, want->configDir);
    testCheckPath("libDir", paths->libDir, want->libDir);
    testCheckPath("logDir", paths->logDir, want->logDir);
    testCheckPath("logFile", paths->logFile, want->logFile);
}


static void
testPaths(const void *opaque)
{
    const testPathsCase *data = opaque;
    g_autofree char *root = testExpand(data->root);
    g_autoptr(virDaemonPaths) paths = NULL;

    testSetEnv("HOME", data->env.home);
    testSetEnv("XDG_CONFIG_HOME", data->env.configHome);
    testSetEnv("XDG_RUNTIME_DIR", data->env.runtimeDir);
    testSetEnv("XDG_CACHE_HOME", data->env.cacheHome);

    /* relative roots are given as such, the expectation is absolute */
    if (root && g_str_has_prefix(data->root, "@CWD@/")) {
        g_free(root);
        root = g_strdup(data->root + strlen("@CWD@/"));
    }
    paths = virDaemonPathsNew("virttestd", "test", data->mode, root);
    g_assert_nonnull(paths);
    g_assert_cmpint(paths->mode, ==, data->mode);
    g_assert_cmpstr(paths->name, ==, "virttestd");
    g_assert_cmpstr(paths->driver, ==, "test");
    testCheckPath("root", paths->root, data->rootExpected);
    testCheckLayout(paths, &data->want);
}


/* unix_sock_dir moves the sockets only; in ROOT mode it is not prefixed. */
static void
testSockDir(void)
{
    g_autoptr(virDaemonPaths) sys =
        virDaemonPathsNew("virttestd", "test", VIR_DAEMON_PATHS_SYSTEM, NULL);
    g_autoptr(virDaemonPaths) root =
        virDaemonPathsNew("virttestd", "test", VIR_DAEMON_PATHS_ROOT, "/tmp/vroot");
    g_autoptr(virDaemonPaths) session = NULL;

    virDaemonPathsSetSockDir(sys, "/srv/sockets/");
    g_assert_cmpstr(sys->sockDir, ==, "/srv/sockets");
    g_assert_cmpstr(sys->sockRw, ==, "/srv/sockets/virttestd-sock");
    g_assert_cmpstr(sys->sockRo, ==, "/srv/sockets/virttestd-sock-ro");
    g_assert_cmpstr(sys->sockAdmin, ==, "/srv/sockets/virttestd-admin-sock");
    g_assert_cmpstr(sys->pidFile, ==, "/run/virttestd.pid");
    g_assert_cmpstr(sys->runDir, ==, "/run/libvirt");
    virDaemonPathsSetSockDir(sys, NULL);
    g_assert_cmpstr(sys->sockRw, ==, "/run/libvirt/virttestd-sock");

    virDaemonPathsSetSockDir(root, "/tmp/elsewhere");
    g_assert_cmpstr(root->sockRw, ==, "/tmp/elsewhere/virttestd-sock");
    g_assert_cmpstr(root->sockRo, ==, "/tmp/elsewhere/virttestd-sock-ro");
    g_assert_cmpstr(root->pidFile, ==, "/tmp/vroot/run/virttestd.pid");

    g_setenv("XDG_RUNTIME_DIR", "/xdg/run", TRUE);
    session = virDaemonPathsNew("virttestd", "test", VIR_DAEMON_PATHS_SESSION, NULL);
    virDaemonPathsSetSockDir(session, "/tmp/s");
    g_assert_cmpstr(session->sockRw, ==, "/tmp/s/virttestd-sock");
    g_assert_null(session->sockRo);
    g_assert_cmpstr(session->pidFile, ==, "/xdg/run/libvirt/virttestd.pid");
}


/* The handoff control socket sits next to the others, in every layout. */
static void
testHandoffSock(void)
{
    g_autoptr(virDaemonPaths) sys =
        virDaemonPathsNew("virttestd", "test", VIR_DAEMON_PATHS_SYSTEM, NULL);
    g_autoptr(virDaemonPaths) root =
        virDaemonPathsNew("virtqemud", "qemu", VIR_DAEMON_PATHS_ROOT, "/tmp/vroot");
    g_autoptr(virDaemonPaths) session = NULL;

    g_assert_cmpstr(sys->sockHandoff, ==, "/run/libvirt/virttestd-handoff-sock");
    g_assert_cmpstr(root->sockHandoff, ==, "/tmp/vroot/run/libvirt/virtqemud-handoff-sock");
    virDaemonPathsSetSockDir(sys, "/srv/sockets");
    g_assert_cmpstr(sys->sockHandoff, ==, "/srv/sockets/virttestd-handoff-sock");

    g_setenv("XDG_RUNTIME_DIR", "/xdg/run", TRUE);
    session = virDaemonPathsNew("virttestd", "test", VIR_DAEMON_PATHS_SESSION, NULL);
    g_assert_cmpstr(session->sockHandoff, ==, "/xdg/run/libvirt/virttestd-handoff-sock");
    virDaemonPathsSetSockDir(session, "/tmp/s");
    g_assert_cmpstr(session->sockHandoff, ==, "/tmp/s/virttestd-handoff-sock");
}


/* Other daemon and driver names go everywhere they belong. */
static void
testNames(void)
{
    g_autoptr(virDaemonPaths) paths =
        virDaemonPathsNew("virtqemud", "qemu", VIR_DAEMON_PATHS_ROOT, "/r");

    g_assert_cmpstr(paths->configFile, ==, "/r/etc/libvirt/virtqemud.conf");
    g_assert_cmpstr(paths->sockRw, ==, "/r/run/libvirt/virtqemud-sock");
    g_assert_cmpstr(paths->pidFile, ==, "/r/run/virtqemud.pid");
    g_assert_cmpstr(paths->stateDir, ==, "/r/run/libvirt/qemu");
    g_assert_cmpstr(paths->configDir, ==, "/r/etc/libvirt/qemu");
}


static void
testErrors(void)
{
    virResetLastError();
    g_assert_null(virDaemonPathsNew("virttestd", "test", VIR_DAEMON_PATHS_ROOT, NULL));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    virResetLastError();
    g_assert_null(virDaemonPathsNew("virttestd", "test", VIR_DAEMON_PATHS_ROOT, ""));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    virResetLastError();
    g_assert_null(virDaemonPathsNew("virttestd", "test", VIR_DAEMON_PATHS_LAST, NULL));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    virDaemonPathsFree(NULL);
}


static void
testModes(void)
{
    g_assert_cmpint(virDaemonPathsModeFor(true, NULL), ==, VIR_DAEMON_PATHS_SYSTEM);
    g_assert_cmpint(virDaemonPathsModeFor(false, NULL), ==, VIR_DAEMON_PATHS_SESSION);
    g_assert_cmpint(virDaemonPathsModeFor(true, "/x"), ==, VIR_DAEMON_PATHS_ROOT);
    g_assert_cmpint(virDaemonPathsModeFor(false, "/x"), ==, VIR_DAEMON_PATHS_ROOT);
    g_assert_cmpstr(virDaemonPathsModeToString(VIR_DAEMON_PATHS_SYSTEM), ==, "system");
    g_assert_cmpstr(virDaemonPathsModeToString(VIR_DAEMON_PATHS_SESSION), ==, "session");
    g_assert_cmpstr(virDaemonPathsModeToString(VIR_DAEMON_PATHS_ROOT), ==, "root");
    g_assert_null(virDaemonPathsModeToString(VIR_DAEMON_PATHS_LAST));
}


int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);

    for (i = 0; i < G_N_ELEMENTS(pathsCases); i++) {
        g_autofree char *path = g_strdup_printf("/daemon/paths/%s", pathsCases[i].name);

        g_test_add_data_func(path, &pathsCases[i], testPaths);
    }
    g_test_add_func("/daemon/paths/sock-dir", testSockDir);
    g_test_add_func("/daemon/paths/handoff-sock", testHandoffSock);
    g_test_add_func("/daemon/paths/names", testNames);
    g_test_add_func("/daemon/paths/errors", testErrors);
    g_test_add_func("/daemon/paths/modes", testModes);

    return g_test_run();
}
