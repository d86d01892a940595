/*
 * virdaemonconfigtest.c: tests for the daemon configuration file
 *
 * Data: tests/virdaemonconfigdata/good-NAME.conf load (the checks are in
 * the table below); bad-NAME.conf fail with the message in bad-NAME.err,
 * where FILE stands for the .conf path.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <grp.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "internal.h"
#include "virdaemonconfig.h"
#include "virerror.h"
#include "virfile.h"
#include "virlog.h"
#include "virnetserver.h"

#define VIR_FROM_THIS VIR_FROM_NONE


static char *
testDataPath(const char *name, const char *ext)
{
    const char *srcdir = g_getenv("abs_srcdir");

    return g_strdup_printf("%s/virdaemonconfigdata/%s%s", srcdir ? srcdir : ".", name, ext);
}


static virDaemonConfig *
testLoadGood(const char *name)
{
    g_autofree char *path = testDataPath(name, ".conf");
    virDaemonConfig *cfg = NULL;

    virResetLastError();
    cfg = virDaemonConfigLoad(path, false);
    if (!cfg)
        g_test_message("%s: %s", name, virGetLastErrorMessage());
    g_assert_nonnull(cfg);
    g_assert_cmpstr(cfg->filename, ==, path);
    return cfg;
}


/* The defaults: libvirt's, except listen_addr (loopback). */
static void
testCheckDefaults(const virDaemonConfig *cfg)
{
    g_assert_null(cfg->unixSockDir);
    g_assert_null(cfg->unixSockGroup);
    g_assert_cmpuint(cfg->unixSockGid, ==, (gid_t)-1);
    g_assert_cmpuint(cfg->unixSockRoPerms, ==, 0777);
    g_assert_cmpuint(cfg->unixSockRwPerms, ==, 0700);
    g_assert_cmpuint(cfg->unixSockAdminPerms, ==, 0700);
    g_assert_false(cfg->listenTcp);
    g_assert_cmpstr(cfg->tcpPort, ==, "16509");
    g_assert_cmpstr(cfg->listenAddr, ==, "127.0.0.1");
    g_assert_cmpuint(cfg->maxClients, ==, 5000);
    g_assert_cmpuint(cfg->maxWorkers, ==, 20);
    g_assert_cmpuint(cfg->minWorkers, ==, 5);
    g_assert_cmpuint(cfg->prioWorkers, ==, 5);
    g_assert_cmpuint(cfg->maxClientRequests, ==, 5);
    g_assert_cmpint(cfg->keepaliveInterval, ==, 5);
    g_assert_cmpuint(cfg->keepaliveCount, ==, 5);
    g_assert_cmpuint(cfg->logLevel, ==, 0);
    g_assert_null(cfg->logFilters);
    g_assert_null(cfg->logOutputs);
}


static void
testCheckAll(const virDaemonConfig *cfg)
{
    g_assert_cmpstr(cfg->unixSockDir, ==, "/tmp/modvirt-sockets");
    g_assert_cmpstr(cfg->unixSockGroup, ==, "0");
    g_assert_cmpuint(cfg->unixSockGid, ==, 0);
    g_assert_cmpuint(cfg->unixSockRoPerms, ==, 0755);
    g_assert_cmpuint(cfg->unixSockRwPerms, ==, 0770);
    g_assert_cmpuint(cfg->unixSockAdminPerms, ==, 0600);
    g_assert_true(cfg->listenTcp);
    g_assert_cmpstr(cfg->tcpPort, ==, "16600");
    g_assert_cmpstr(cfg->listenAddr, ==, "::1");
    g_assert_cmpuint(cfg->maxClients, ==, 100);
    g_assert_cmpuint(cfg->maxWorkers, ==, 8);
    g_assert_cmpuint(cfg->minWorkers, ==, 2);
    g_assert_cmpuint(cfg->prioWorkers, ==, 0);
    g_assert_cmpuint(cfg->maxClientRequests, ==, 10);
    g_assert_cmpint(cfg->keepaliveInterval, ==, 10);
    g_assert_cmpuint(cfg->keepaliveCount, ==, 3);
    g_assert_cmpuint(cfg->logLevel, ==, 2);
    g_assert_cmpstr(cfg->logFilters, ==, "1:rpc 3:util");
    g_assert_cmpint(cfg->logFiltersLine, ==, 18);
    g_assert_cmpstr(cfg->logOutputs, ==, "3:stderr");
    g_assert_cmpint(cfg->logOutputsLine, ==, 19);
}


static void
testCheckGroupName(const virDaemonConfig *cfg)
{
    struct group *grp = getgrnam("root");

    g_assert_nonnull(grp);
    g_assert_cmpstr(cfg->unixSockGroup, ==, "root");
    g_assert_cmpuint(cfg->unixSockGid, ==, grp->gr_gid);
    /* leading zero optional, as with chmod */
    g_assert_cmpuint(cfg->unixSockRwPerms, ==, 0770);
}


static void
testCheckKeepaliveOff(const virDaemonConfig *cfg)
{
    g_assert_cmpint(cfg->keepaliveInterval, ==, -1);
    g_assert_cmpuint(cfg->keepaliveCount, ==, 0);
}


static void
testCheckKeepaliveZero(const virDaemonConfig *cfg)
{
    g_assert_cmpint(cfg->keepaliveInterval, ==, -1);
    g_assert_cmpuint(cfg->keepaliveCount, ==, 5);
}


static void
testCheckPortService(const virDaemonConfig *cfg)
{
    g_assert_cmpstr(cfg->tcpPort, ==, "libvirt");
    g_assert_false(cfg->listenTcp);
}


static void
testCheckWorkersEqual(const virDaemonConfig *cfg)
{
    g_assert_cmpuint(cfg->minWorkers, ==, 7);
    g_assert_cmpuint(cfg->maxWorkers, ==, 7);
}


static void
testCheckLogLines(const virDaemonConfig *cfg)
{
    g_assert_cmpuint(cfg->logLevel, ==, 3);
    g_assert_cmpstr(cfg->logFilters, ==, "x:rpc");
    g_assert_cmpint(cfg->logFiltersLine, ==, 4);
    g_assert_null(cfg->logOutputs);
}


static void
testCheckLogOutputs(const virDaemonConfig *cfg)
{
    g_assert_cmpstr(cfg->logOutputs, ==, "1:nowhere");
    g_assert_cmpint(cfg->logOutputsLine, ==, 1);
}


typedef struct {
    const char *name;
    void (*check)(const virDaemonConfig *cfg);
} testGood;

static const testGood goodCases[] = {
    { "good-empty", testCheckDefaults },
    { "good-all", testCheckAll },
    { "good-group-name", testCheckGroupName },
    { "good-keepalive-off", testCheckKeepaliveOff },
    { "good-keepalive-zero", testCheckKeepaliveZero },
    { "good-port-service", testCheckPortService },
    { "good-workers-equal", testCheckWorkersEqual },
    { "good-libvirt-keys", testCheckDefaults },
    { "good-log-bad-filters", testCheckLogLines },
    { "good-log-bad-outputs", testCheckLogOutputs },
};


static void
testGoodFile(const void *opaque)
{
    const testGood *data = opaque;
    g_autoptr(virDaemonConfig) cfg = testLoadGood(data->name);

    data->check(cfg);
}


typedef struct {
    const char *name;
    int code;
} testBad;

#define SYNTAX(n)                                                                                  \
 {                                                                                                 \
  n, VIR_ERR_CONF_SYNTAX                                                                           \
 }
#define UNSUPPORTED(n)                                                                             \
 {                                                                                                 \
  n, VIR_ERR_CONFIG_UNSUPPORTED                                                                    \
 }

static const testBad badCases[] = {
    SYNTAX("bad-syntax"),
    SYNTAX("bad-unknown-key"),
    SYNTAX("bad-uint-string"),
    SYNTAX("bad-uint-negative"),
    SYNTAX("bad-uint-range"),
    SYNTAX("bad-int-string"),
    SYNTAX("bad-int-range"),
    SYNTAX("bad-int-range-negative"),
    SYNTAX("bad-bool-range"),
    SYNTAX("bad-bool-string"),
    SYNTAX("bad-bool-negative"),
    SYNTAX("bad-string-int"),
    SYNTAX("bad-string-list"),
    SYNTAX("bad-list-string"),
    SYNTAX("bad-list-int"),
    SYNTAX("bad-perms-int"),
    SYNTAX("bad-perms-digits"),
    SYNTAX("bad-perms-range"),
    SYNTAX("bad-perms-text"),
    SYNTAX("bad-perms-empty"),
    UNSUPPORTED("bad-group"),
    UNSUPPORTED("bad-listen-tls"),
    UNSUPPORTED("bad-auth-polkit"),
    UNSUPPORTED("bad-auth-sasl"),
    UNSUPPORTED("bad-auth-unknown"),
    SYNTAX("bad-ignored-type"),
    UNSUPPORTED("bad-min-max"),
    UNSUPPORTED("bad-min-default-max"),
    UNSUPPORTED("bad-max-workers-zero"),
    UNSUPPORTED("bad-max-clients-zero"),
    UNSUPPORTED("bad-max-client-requests-zero"),
    SYNTAX("bad-log-level"),
    SYNTAX("bad-tcp-port-range"),
    SYNTAX("bad-tcp-port-empty"),
    SYNTAX("bad-listen-addr-empty"),
    SYNTAX("bad-sock-dir-relative"),
    SYNTAX("bad-line-semicolon"),
    SYNTAX("bad-line-multiline"),
    SYNTAX("bad-line-duplicate"),
};


static void
testBadFile(const void *opaque)
{
    const testBad *data = opaque;
    g_autofree char *conffile = testDataPath(data->name, ".conf");
    g_autofree char *errfile = testDataPath(data->name, ".err");
    g_autofree char *expected = NULL;
    g_autoptr(GString) actual = NULL;

    g_assert_true(g_file_get_contents(errfile, &expected, NULL, NULL));
    g_strchomp(expected);

    virResetLastError();
    g_assert_null(virDaemonConfigLoad(conffile, false));
    /* the same with the file optional: it exists, so it must still fail */
    g_assert_null(virDaemonConfigLoad(conffile, true));
    g_assert_cmpint(virGetLastErrorCode(), ==, data->code);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_CONF);
    actual = g_string_new(virGetLastErrorMessage());
    g_string_replace(actual, conffile, "FILE", 0);
    g_assert_cmpstr(actual->str, ==, expected);
}


/* A daemon's own keys (virtproxyd's) next to the skeleton's. */
static bool
testExtraOwns(const char *name)
{
    return g_str_has_prefix(name, "route_");
}


static int
testExtraLoad(virConf *conf, void *opaque)
{
    char **sock = opaque;

    return virConfGetValueString(conf, "route_test", sock);
}


static void
testExtraKeys(void)
{
    g_autofree char *dir = g_dir_make_tmp("virdaemonconfigtest-XXXXXX", NULL);
    g_autofree char *path = g_build_filename(dir, "virtproxyd.conf", NULL);
    g_autofree char *sock = NULL;
    const virDaemonConfigExtra extra = { testExtraOwns, testExtraLoad, &sock };
    g_autoptr(virDaemonConfig) cfg = NULL;

    g_assert_true(g_file_set_contents(path, "max_clients = 7\nroute_test = \"/s\"\n", -1, NULL));
    cfg = virDaemonConfigLoadExtra(path, false, &extra);
    g_assert_nonnull(cfg);
    g_assert_cmpuint(cfg->maxClients, ==, 7);
    g_assert_cmpstr(sock, ==, "/s");

    /* the skeleton alone refuses the daemon's key, with its line */
    virResetLastError();
    g_assert_null(virDaemonConfigLoad(path, false));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_CONF_SYNTAX);
    g_assert_nonnull(strstr(virGetLastErrorMessage(), "route_test"));

    /* other unknown keys are still refused; the hook's errors come through */
    g_assert_true(g_file_set_contents(path, "route_test = 3\nbogus = 1\n", -1, NULL));
    virResetLastError();
    g_assert_null(virDaemonConfigLoadExtra(path, false, &extra));
    g_assert_nonnull(strstr(virGetLastErrorMessage(), "bogus"));
    g_assert_true(g_file_set_contents(path, "route_test = 3\n", -1, NULL));
    virResetLastError();
    g_assert_null(virDaemonConfigLoadExtra(path, false, &extra));
    g_assert_cmpint(virGetLastErrorCode(), !=, VIR_ERR_OK);
    g_assert_cmpint(virFileDeleteTree(dir), ==, 0);
}


/* A missing default file gives the defaults; a missing --config file fails. */
static void
testMissingFile(void)
{
    g_autofree char *dir = g_dir_make_tmp("virdaemonconfigtest-XXXXXX", NULL);
    g_autofree char *path = g_build_filename(dir, "virttestd.conf", NULL);
    g_autoptr(virDaemonConfig) cfg = NULL;

    cfg = virDaemonConfigLoad(path, true);
    g_assert_nonnull(cfg);
    g_assert_null(cfg->filename);
    testCheckDefaults(cfg);

    virResetLastError();
    g_assert_null(virDaemonConfigLoad(path, false));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_SYSTEM_ERROR);
    g_assert_nonnull(strstr(virGetLastErrorMessage(), path));

    /* a directory is not a missing file */
    virResetLastError();
    g_assert_null(virDaemonConfigLoad(dir, true));
    g_assert_cmpint(virGetLastErrorCode(), !=, VIR_ERR_OK);
    g_assert_cmpint(virFileDeleteTree(dir), ==, 0);
}


static void
testDefaultsNew(void)
{
    g_autoptr(virDaemonConfig) cfg = virDaemonConfigNew();

    testCheckDefaults(cfg);
    g_assert_null(cfg->filename);
}


static void
testToServer(void)
{
    g_autoptr(virDaemonConfig) cfg = testLoadGood("good-all");
    virNetServerConfig srv;

    memset(&srv, 0xff, sizeof(srv));
    virDaemonConfigToServer(cfg, &srv);
    g_assert_cmpuint(srv.minWorkers, ==, 2);
    g_assert_cmpuint(srv.maxWorkers, ==, 8);
    g_assert_cmpuint(srv.prioWorkers, ==, 0);
    g_assert_cmpuint(srv.maxClients, ==, 100);
    g_assert_cmpuint(srv.maxClientRequests, ==, 10);
    g_assert_cmpint(srv.keepaliveInterval, ==, 10);
    g_assert_cmpuint(srv.keepaliveCount, ==, 3);
}


/* Collects the warnings logged while loading. */
static void
testLogHook(virLogSource *source, virLogPriority priority, const char *line, void *opaque)
{
    GString *log = opaque;

    if (priority >= VIR_LOG_WARN) {
        g_string_append(log, line);
        g_string_append_c(log, '\n');
    }
}


/* Every ignored libvirt key is named in a warning with its file and line. */
static void
testIgnoredWarnings(void)
{
    g_autofree char *path = testDataPath("good-libvirt-keys", ".conf");
    g_autoptr(GString) log = g_string_new(NULL);
    g_autoptr(virDaemonConfig) cfg = NULL;
    g_autofree char *hostUuid = NULL;
    g_autofree char *tlsPort = NULL;

    virLogReset();
    virLogSetOutputHook(testLogHook, log);
    g_assert_cmpint(virLogSetOutputs("4:stderr"), ==, 0);
    cfg = virDaemonConfigLoad(path, false);
    virLogSetOutputHook(NULL, NULL);
    virLogReset();
    g_assert_nonnull(cfg);

    hostUuid = g_strdup_printf(
        "%s:32: setting 'host_uuid' is not supported by modvirt yet, ignoring", path);
    tlsPort =
        g_strdup_printf("%s:3: setting 'tls_port' is not supported by modvirt yet, ignoring", path);
    g_assert_nonnull(strstr(log->str, hostUuid));
    g_assert_nonnull(strstr(log->str, tlsPort));
    g_assert_nonnull(strstr(log->str, "'admin_max_workers'"));
    /* honoured as written: no TLS, no authentication */
    g_assert_null(strstr(log->str, "'listen_tls'"));
    g_assert_null(strstr(log->str, "'auth_unix_rw'"));
}


static void
testUnsetLogEnv(void)
{
    g_unsetenv("LIBVIRT_DEBUG");
    g_unsetenv("LIBVIRT_LOG_FILTERS");
    g_unsetenv("LIBVIRT_LOG_OUTPUTS");
}


static void
testApplyLogging(void)
{
    g_autofree char *dir = g_dir_make_tmp("virdaemonconfigtest-XXXXXX", NULL);
    g_autofree char *logfile = g_build_filename(dir, "daemon.log", NULL);
    g_autofree char *fileOutput = g_strdup_printf("1:file:%s", logfile);
    g_autoptr(virDaemonConfig) cfg = testLoadGood("good-all");
    g_autoptr(virDaemonConfig) defaults = virDaemonConfigNew();
    g_autofree char *filters = NULL;
    g_autofree char *outputs = NULL;

    testUnsetLogEnv();
    g_assert_cmpint(virDaemonConfigApplyLogging(cfg, false, fileOutput), ==, 0);
    g_assert_cmpint(virLogGetDefaultPriority(), ==, VIR_LOG_INFO);
    filters = virLogGetFilters();
    g_assert_cmpstr(filters, ==, "1:rpc 3:util");
    outputs = virLogGetOutputs();
    g_assert_cmpstr(outputs, ==, "3:stderr");

    /* nothing set: warnings, no filters, the given default output */
    g_assert_cmpint(virDaemonConfigApplyLogging(defaults, false, fileOutput), ==, 0);
    g_assert_cmpint(virLogGetDefaultPriority(), ==, VIR_LOG_WARN);
    g_clear_pointer(&filters, g_free);
    filters = virLogGetFilters();
    g_assert_cmpstr(filters, ==, "");
    g_clear_pointer(&outputs, g_free);
    outputs = virLogGetOutputs();
    g_assert_cmpstr(outputs, ==, fileOutput);

    /* --verbose lowers warnings to info, never raises debug */
    g_assert_cmpint(virDaemonConfigApplyLogging(defaults, true, NULL), ==, 0);
    g_assert_cmpint(virLogGetDefaultPriority(), ==, VIR_LOG_INFO);
    defaults->logLevel = VIR_LOG_DEBUG;
    g_assert_cmpint(virDaemonConfigApplyLogging(defaults, true, NULL), ==, 0);
    g_assert_cmpint(virLogGetDefaultPriority(), ==, VIR_LOG_DEBUG);

    /* the environment wins, as in libvirt */
    g_setenv("LIBVIRT_LOG_FILTERS", "2:conf", TRUE);
    g_assert_cmpint(virDaemonConfigApplyLogging(cfg, false, NULL), ==, 0);
    g_clear_pointer(&filters, g_free);
    filters = virLogGetFilters();
    g_assert_cmpstr(filters, ==, "2:conf");
    testUnsetLogEnv();

    virLogReset();
    g_assert_cmpint(virFileDeleteTree(dir), ==, 0);
}


/* Values the log module rejects are reported with the file and line. */
static void
testApplyLoggingErrors(void)
{
    g_autoptr(virDaemonConfig) badFilters = testLoadGood("good-log-bad-filters");
    g_autoptr(virDaemonConfig) badOutputs = testLoadGood("good-log-bad-outputs");
    g_autofree char *where = NULL;

    testUnsetLogEnv();
    virResetLastError();
    g_assert_cmpint(virDaemonConfigApplyLogging(badFilters, false, NULL), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_CONF_SYNTAX);
    where =
        g_strdup_printf("configuration file syntax error: %s:4: invalid value for 'log_filters': ",
                        badFilters->filename);
    g_assert_true(g_str_has_prefix(virGetLastErrorMessage(), where));
    g_test_message("%s", virGetLastErrorMessage());
    g_assert_nonnull(strstr(virGetLastErrorMessage(), "x:rpc"));

    virResetLastError();
    g_assert_cmpint(virDaemonConfigApplyLogging(badOutputs, false, NULL), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_CONF_SYNTAX);
    g_clear_pointer(&where, g_free);
    where =
        g_strdup_printf("configuration file syntax error: %s:1: invalid value for 'log_outputs': ",
                        badOutputs->filename);
    g_assert_true(g_str_has_prefix(virGetLastErrorMessage(), where));
    g_assert_nonnull(strstr(virGetLastErrorMessage(), "nowhere"));
    virLogReset();
}


int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);

    for (i = 0; i < G_N_ELEMENTS(goodCases); i++) {
        g_autofree char *path = g_strdup_printf("/daemon/config/%s", goodCases[i].name);

        g_test_add_data_func(path, &goodCases[i], testGoodFile);
    }
    for (i = 0; i < G_N_ELEMENTS(badCases); i++) {
        g_autofree char *path = g_strdup_printf("/daemon/config/%s", badCases[i].name);

        g_test_add_data_func(path, &badCases[i], testBadFile);
    }
    g_test_add_func("/daemon/config/defaults", testDefaultsNew);
    g_test_add_func("/daemon/config/missing-file", testMissingFile);
    g_test_add_func("/daemon/config/extra-keys", testExtraKeys);
    g_test_add_func("/daemon/config/to-server", testToServer);
    g_test_add_func("/daemon/config/ignored-warnings", testIgnoredWarnings);
    g_test_add_func("/daemon/config/logging/apply", testApplyLogging);
    g_test_add_func("/daemon/config/logging/errors", testApplyLoggingErrors);

    return g_test_run();
}
