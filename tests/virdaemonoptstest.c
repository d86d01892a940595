/*
 * virdaemonoptstest.c: tests for the daemon command line
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include <glib.h>

#include "internal.h"
#include "virdaemonopts.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_NONE


typedef struct {
    const char *name;
    const char *args[12]; /* after argv[0], NULL-terminated */
    /* expectations when it parses; "@CWD@/" stands for the current directory */
    const char *configFile;
    const char *pidFile;
    const char *root;
    bool daemonize;
    unsigned int timeout;
    bool verbose;
    bool version;
    bool help;
} testGoodOpts;

static const testGoodOpts goodCases[] = {
    { "none", { NULL } },
    { "long",
      { "--config", "/etc/x.conf", "--pid-file", "/run/x.pid", "--root", "/srv/r", "--daemon",
        "--timeout", "120", "--verbose" },
      "/etc/x.conf",
      "/run/x.pid",
      "/srv/r",
      true,
      120,
      true },
    { "short",
      { "-f", "/etc/x.conf", "-p", "/run/x.pid", "-d", "-t", "5", "-v" },
      "/etc/x.conf",
      "/run/x.pid",
      NULL,
      true,
      5,
      true },
    { "equals",
      { "--config=/a.conf", "--timeout=120", "--root=/r" },
      "/a.conf",
      NULL,
      "/r",
      false,
      120 },
    { "relative",
      { "-f", "conf/x.conf", "--pid-file", "x.pid", "--root", "root/" },
      "@CWD@/conf/x.conf",
      "@CWD@/x.pid",
      "@CWD@/root" },
    { "timeout-zero", { "--timeout", "0" } },
    { "version", { "--version" }, .version = true },
    { "version-short", { "-V" }, .version = true },
    { "help", { "--help" }, .help = true },
    { "help-short", { "-h" }, .help = true },
};


typedef struct {
    const char *name;
    const char *args[4];
    const char *message; /* a part of the error message */
} testBadOpts;

static const testBadOpts badCases[] = {
    { "unknown-long", { "--bogus" }, "--bogus" },
    { "unknown-short", { "-Z" }, "-Z" },
    { "extra-argument", { "extra" }, "'extra'" },
    { "extra-after-options", { "-v", "--", "extra" }, "'extra'" },
    { "missing-value", { "--config" }, "--config" },
    { "timeout-text", { "--timeout", "abc" }, "'abc'" },
    { "timeout-negative", { "--timeout", "-1" }, "'-1'" },
    { "timeout-huge", { "-t", "99999999999" }, "'99999999999'" },
    { "empty-root", { "--root", "" }, "'--root'" },
    { "empty-config", { "--config=" }, "'--config'" },
};


/* Builds argv: the program name, then @args. */
static char **
testArgv(const char *const *args, int *argc)
{
    g_autoptr(GPtrArray) argv = g_ptr_array_new();

    g_ptr_array_add(argv, g_strdup("virttestd"));
    for (; *args; args++)
        g_ptr_array_add(argv, g_strdup(*args));
    *argc = argv->len;
    g_ptr_array_add(argv, NULL);
    return (char **)g_ptr_array_free(g_steal_pointer(&argv), FALSE);
}


static void
testCheckPath(const char *got, const char *want)
{
    g_autofree char *cwd = g_get_current_dir();
    g_autofree char *expanded = NULL;

    if (want && g_str_has_prefix(want, "@CWD@/"))
        expanded = g_build_filename(cwd, want + strlen("@CWD@/"), NULL);
    else
        expanded = g_strdup(want);
    g_assert_cmpstr(got, ==, expanded);
}


static void
testGood(const void *opaque)
{
    const testGoodOpts *data = opaque;
    int argc = 0;
    g_auto(GStrv) argv = testArgv(data->args, &argc);
    g_auto(GStrv) copy = g_strdupv(argv);
    g_autoptr(virDaemonOpts) opts = NULL;

    virResetLastError();
    opts = virDaemonOptsParse(argc, argv);
    if (!opts)
        g_test_message("%s", virGetLastErrorMessage());
    g_assert_nonnull(opts);
    testCheckPath(opts->configFile, data->configFile);
    testCheckPath(opts->pidFile, data->pidFile);
    testCheckPath(opts->root, data->root);
    g_assert_cmpint(opts->daemonize, ==, data->daemonize);
    g_assert_cmpuint(opts->timeout, ==, data->timeout);
    g_assert_cmpint(opts->verbose, ==, data->verbose);
    g_assert_cmpint(opts->version, ==, data->version);
    g_assert_cmpint(opts->help, ==, data->help);
    /* the caller's argv is left alone */
    g_assert_true(g_strv_equal((const char *const *)argv, (const char *const *)copy));
}


static void
testBad(const void *opaque)
{
    const testBadOpts *data = opaque;
    int argc = 0;
    g_auto(GStrv) argv = testArgv(data->args, &argc);

    virResetLastError();
    g_assert_null(virDaemonOptsParse(argc, argv));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    if (!strstr(virGetLastErrorMessage(), data->message))
        g_test_message("message: %s", virGetLastErrorMessage());
    g_assert_nonnull(strstr(virGetLastErrorMessage(), data->message));
}


static void
testVersionHelp(void)
{
    g_autofree char *version = virDaemonOptsVersion("virttestd");
    g_autofree char *expected = g_strdup_printf("virttestd (modvirt) %s", PACKAGE_VERSION);
    g_autoptr(virDaemonPaths) paths =
        virDaemonPathsNew("virttestd", "test", VIR_DAEMON_PATHS_ROOT, "/r");
    g_autofree char *help = virDaemonOptsHelp("virttestd", "test daemon", paths);
    g_autofree char *bare = virDaemonOptsHelp("virttestd", NULL, NULL);
    const char *words[] = { "virttestd [options]",
                            "--config",
                            "--pid-file",
                            "--daemon",
                            "--timeout",
                            "--verbose",
                            "--version",
                            "--help",
                            "--root",
                            "test daemon:",
                            "/r/etc/libvirt/virttestd.conf",
                            "/r/run/libvirt/virttestd-sock\n",
                            "/r/run/libvirt/virttestd-sock-ro",
                            "/r/run/virttestd.pid" };
    size_t i;

    g_assert_cmpstr(version, ==, expected);
    for (i = 0; i < G_N_ELEMENTS(words); i++) {
        if (!strstr(help, words[i]))
            g_test_message("'%s' missing from:\n%s", words[i], help);
        g_assert_nonnull(strstr(help, words[i]));
    }
    g_assert_true(g_str_has_suffix(help, "\n"));
    g_assert_nonnull(strstr(bare, "--root"));
    g_assert_null(strstr(bare, "Default paths"));
}


int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);

    for (i = 0; i < G_N_ELEMENTS(goodCases); i++) {
        g_autofree char *path = g_strdup_printf("/daemon/opts/good/%s", goodCases[i].name);

        g_test_add_data_func(path, &goodCases[i], testGood);
    }
    for (i = 0; i < G_N_ELEMENTS(badCases); i++) {
        g_autofree char *path = g_strdup_printf("/daemon/opts/bad/%s", badCases[i].name);

        g_test_add_data_func(path, &badCases[i], testBad);
    }
    g_test_add_func("/daemon/opts/version-help", testVersionHelp);

    return g_test_run();
}
