/*
 * vircommandtest.c: tests for running child processes
 *
 * Most cases run tests/commandhelper (path in $VIR_TEST_COMMANDHELPER),
 * which reports what it got: arguments, environment, cwd, umask, fds.
 * Every child a test starts is reaped or killed before the test ends.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>

#include "internal.h"
#include "vircommand.h"
#include "virerror.h"
#include "virfile.h"
#include "virpidfile.h"

#define VIR_FROM_THIS VIR_FROM_NONE

static const char *helperPath;


static virCommand *
testHelper(const char *mode)
{
    return virCommandNewArgList(helperPath, mode, NULL);
}


/* The values of the "@key=" lines of the helper's output, in order. */
static GStrv
testValues(const char *out, const char *key)
{
    g_auto(GStrv) lines = g_strsplit(out, "\n", -1);
    g_autoptr(GPtrArray) vals = g_ptr_array_new();
    size_t klen = strlen(key);
    size_t i;

    for (i = 0; lines[i]; i++) {
        if (strncmp(lines[i], key, klen) == 0 && lines[i][klen] == '=')
            g_ptr_array_add(vals, g_strdup(lines[i] + klen + 1));
    }
    g_ptr_array_add(vals, NULL);
    return (GStrv)g_ptr_array_free(g_steal_pointer(&vals), FALSE);
}


static void
testAssertErrorContains(int code, const char *needle)
{
    const char *msg = virGetLastErrorMessage();

    g_assert_cmpint(virGetLastErrorCode(), ==, code);
    if (!strstr(msg, needle))
        g_test_message("error '%s' lacks '%s'", msg, needle);
    g_assert_nonnull(strstr(msg, needle));
}


static bool
testProcessGone(pid_t pid)
{
    return kill(pid, 0) < 0 && errno == ESRCH;
}


typedef struct {
    int code;
    const char *msg;
} testExitCase;

static const testExitCase exitCases[] = {
    { 0, "fine" },
    { 1, "first failure" },
    { 3, "third failure" },
    { 255, "last code" },
};


static void
testExitStatus(void)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(exitCases); i++) {
        g_autofree char *code = g_strdup_printf("%d", exitCases[i].code);
        g_autofree char *want =
            g_strdup_printf("unexpected exit status %d: %s", exitCases[i].code, exitCases[i].msg);
        g_autoptr(virCommand) cmd1 = testHelper("fail");
        g_autoptr(virCommand) cmd2 = testHelper("fail");
        int status = -1;

        virCommandAddArgList(cmd1, code, exitCases[i].msg, NULL);
        g_assert_cmpint(virCommandRun(cmd1, &status), ==, 0);
        g_assert_cmpint(status, ==, exitCases[i].code);

        /* Without @exitstatus only 0 is success; the error quotes stderr. */
        virCommandAddArgList(cmd2, code, exitCases[i].msg, NULL);
        virResetLastError();
        if (exitCases[i].code == 0) {
            g_assert_cmpint(virCommandRun(cmd2, NULL), ==, 0);
            continue;
        }
        g_assert_cmpint(virCommandRun(cmd2, NULL), ==, -1);
        testAssertErrorContains(VIR_ERR_INTERNAL_ERROR, want);
        testAssertErrorContains(VIR_ERR_INTERNAL_ERROR, helperPath);
    }
}


static void
testExitMessage(void)
{
    g_autoptr(virCommand) cmd = virCommandNew("/bin/false");

    virResetLastError();
    g_assert_cmpint(virCommandRun(cmd, NULL), ==, -1);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "internal error: Child process (/bin/false) unexpected exit status 1");
}


/*
 * Only the end of a long stderr goes into the message, the whole of it into
 * the buffer. The markers are upper-cased by the child, so that they are
 * not in the command line that the message quotes as well.
 */
static void
testErrorTail(void)
{
    const char *script = "{ echo head | tr a-z A-Z; head -c 5000 /dev/zero | tr '\\0' x;"
                         " echo tail | tr a-z A-Z; } >&2; exit 2";
    g_autoptr(virCommand) cmd = virCommandNewArgList("/bin/sh", "-c", script, NULL);
    g_autofree char *xs = g_strnfill(5000, 'x');
    g_autofree char *full = g_strdup_printf("HEAD\n%sTAIL\n", xs);
    g_autofree char *errbuf = NULL;

    virCommandSetErrorBuffer(cmd, &errbuf);
    virResetLastError();
    g_assert_cmpint(virCommandRun(cmd, NULL), ==, -1);
    testAssertErrorContains(VIR_ERR_INTERNAL_ERROR, "exit status 2: xxx");
    testAssertErrorContains(VIR_ERR_INTERNAL_ERROR, "xxxTAIL");
    g_assert_null(strstr(virGetLastErrorMessage(), "HEAD"));
    g_assert_cmpuint(strlen(virGetLastErrorMessage()), <, 1500);
    g_assert_cmpstr(errbuf, ==, full);
}


static void
testSignal(void)
{
    g_autoptr(virCommand) cmd1 = virCommandNewArgList("/bin/sh", "-c", "kill -9 $$", NULL);
    g_autoptr(virCommand) cmd2 = virCommandNewArgList("/bin/sh", "-c", "kill -9 $$", NULL);
    int status = 0;

    virResetLastError();
    g_assert_cmpint(virCommandRun(cmd1, &status), ==, -1);
    testAssertErrorContains(VIR_ERR_INTERNAL_ERROR, "unexpected fatal signal 9");

    virCommandRawStatus(cmd2);
    g_assert_cmpint(virCommandRun(cmd2, &status), ==, 0);
    g_assert_true(WIFSIGNALED(status));
    g_assert_cmpint(WTERMSIG(status), ==, SIGKILL);
}


static void
testOutputAndArgs(void)
{
    g_autoptr(virCommand) cmd = testHelper("info");
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;
    g_auto(GStrv) args = NULL;
    const char *want[] = { "plain", "two words", "it's", "", "k=v", "fmt-7", "x", "y", NULL };

    virCommandAddArg(cmd, "plain");
    virCommandAddArgList(cmd, "two words", "it's", "", NULL);
    virCommandAddArgPair(cmd, "k", "v");
    virCommandAddArgFormat(cmd, "fmt-%d", 7);
    virCommandAddArgSet(cmd, (const char *const[]){ "x", "y", NULL });
    virCommandSetOutputBuffer(cmd, &out);
    virCommandSetErrorBuffer(cmd, &err);
    g_assert_cmpint(virCommandRun(cmd, NULL), ==, 0);
    args = testValues(out, "arg");
    g_assert_cmpstrv(args, want);
    g_assert_cmpstr(err, ==, "");
}


static void
testInput(void)
{
    g_autoptr(virCommand) cmd1 = testHelper("cat");
    g_autoptr(virCommand) cmd2 = testHelper("cat");
    g_autofree char *big = g_strnfill(2 * 1024 * 1024 + 17, 'i');
    g_autofree char *out1 = NULL;
    g_autofree char *out2 = NULL;

    virCommandSetInputBuffer(cmd1, "hello\nworld");
    virCommandSetOutputBuffer(cmd1, &out1);
    g_assert_cmpint(virCommandRun(cmd1, NULL), ==, 0);
    g_assert_cmpstr(out1, ==, "hello\nworld");

    /* Large input and output at once: must not deadlock. */
    virCommandSetInputBuffer(cmd2, big);
    virCommandSetOutputBuffer(cmd2, &out2);
    virCommandSetTimeout(cmd2, 30000);
    g_assert_cmpint(virCommandRun(cmd2, NULL), ==, 0);
    g_assert_cmpstr(out2, ==, big);
}


/* A child that closes stdin early: EPIPE is ignored and SIGPIPE does not kill us. */
static void
testInputClosedEarly(void)
{
    g_autoptr(virCommand) cmd = testHelper("closein");
    g_autofree char *big = g_strnfill(4 * 1024 * 1024, 'i');

    virCommandSetInputBuffer(cmd, big);
    virCommandSetTimeout(cmd, 30000);
    g_assert_cmpint(virCommandRun(cmd, NULL), ==, 0);
}


static void
testLargeOutput(void)
{
    g_autoptr(virCommand) cmd = testHelper("flood");
    g_autoptr(virCommand) merged = testHelper("flood");
    const size_t size = 2 * 1024 * 1024 + 5;
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;
    g_autofree char *both = NULL;
    g_autofree char *size_s = g_strdup_printf("%zu", size);

    virCommandAddArg(cmd, size_s);
    virCommandSetOutputBuffer(cmd, &out);
    virCommandSetErrorBuffer(cmd, &err);
    virCommandSetTimeout(cmd, 30000);
    g_assert_cmpint(virCommandRun(cmd, NULL), ==, 0);
    g_assert_cmpuint(strlen(out), ==, size);
    g_assert_cmpuint(strlen(err), ==, size);
    g_assert_cmpuint(strspn(out, "o"), ==, size);
    g_assert_cmpuint(strspn(err, "e"), ==, size);

    /* One buffer for both streams gets both, interleaved. */
    virCommandAddArg(merged, "100000");
    virCommandSetOutputBuffer(merged, &both);
    virCommandSetErrorBuffer(merged, &both);
    virCommandSetTimeout(merged, 30000);
    g_assert_cmpint(virCommandRun(merged, NULL), ==, 0);
    g_assert_cmpuint(strlen(both), ==, 200000);
    g_assert_cmpuint(strspn(both, "oe"), ==, 200000);
}


static void
testEnvInherit(void)
{
    g_autoptr(virCommand) cmd = testHelper("info");
    g_autofree char *out = NULL;
    g_auto(GStrv) env = NULL;

    g_setenv("VIRCMDTEST_PARENT", "inherited", TRUE);
    virCommandAddEnvPair(cmd, "VIRCMDTEST_ADDED", "first");
    virCommandAddEnvPair(cmd, "VIRCMDTEST_ADDED", "second");
    virCommandAddEnvString(cmd, "VIRCMDTEST_PARENT=overridden");
    virCommandSetOutputBuffer(cmd, &out);
    g_assert_cmpint(virCommandRun(cmd, NULL), ==, 0);
    g_unsetenv("VIRCMDTEST_PARENT");

    env = testValues(out, "env");
    g_assert_true(g_strv_contains((const char *const *)env, "VIRCMDTEST_ADDED=second"));
    g_assert_false(g_strv_contains((const char *const *)env, "VIRCMDTEST_ADDED=first"));
    g_assert_true(g_strv_contains((const char *const *)env, "VIRCMDTEST_PARENT=overridden"));
    g_assert_nonnull(g_environ_getenv(env, "PATH"));
}


static void
testEnvClear(void)
{
    g_autoptr(virCommand) cmd1 = testHelper("info");
    g_autoptr(virCommand) cmd2 = testHelper("info");
    g_autofree char *out1 = NULL;
    g_autofree char *out2 = NULL;
    g_auto(GStrv) env1 = NULL;
    g_auto(GStrv) env2 = NULL;
    const char *want[] = { "A=1", "B=x y", NULL };

    g_setenv("VIRCMDTEST_PARENT", "inherited", TRUE);
    virCommandClearEnv(cmd1);
    virCommandAddEnvPair(cmd1, "B", "x y");
    virCommandAddEnvString(cmd1, "A=1");
    virCommandSetOutputBuffer(cmd1, &out1);
    g_assert_cmpint(virCommandRun(cmd1, NULL), ==, 0);
    env1 = testValues(out1, "env");
    g_assert_cmpstrv(env1, want);

    virCommandClearEnv(cmd2);
    virCommandAddEnvPassCommon(cmd2);
    virCommandAddEnvPass(cmd2, "VIRCMDTEST_UNSET_VARIABLE");
    virCommandSetOutputBuffer(cmd2, &out2);
    g_assert_cmpint(virCommandRun(cmd2, NULL), ==, 0);
    g_unsetenv("VIRCMDTEST_PARENT");
    env2 = testValues(out2, "env");
    g_assert_true(g_strv_contains((const char *const *)env2, "LC_ALL=C"));
    g_assert_cmpstr(g_environ_getenv(env2, "PATH"), ==, g_getenv("PATH"));
    g_assert_null(g_environ_getenv(env2, "VIRCMDTEST_PARENT"));
    g_assert_null(g_environ_getenv(env2, "VIRCMDTEST_UNSET_VARIABLE"));
}


static void
testCwdUmask(void)
{
    g_autofree char *dir = g_dir_make_tmp("vircommandtest-XXXXXX", NULL);
    g_autofree char *missing = g_build_filename(dir, "missing", NULL);
    g_autoptr(virCommand) cmd = testHelper("info");
    g_autoptr(virCommand) bad = testHelper("info");
    g_autofree char *out = NULL;
    g_auto(GStrv) cwd = NULL;
    g_auto(GStrv) mask = NULL;

    g_assert_nonnull(dir);
    virCommandSetWorkingDirectory(cmd, dir);
    virCommandSetUmask(cmd, 027);
    virCommandSetOutputBuffer(cmd, &out);
    g_assert_cmpint(virCommandRun(cmd, NULL), ==, 0);
    cwd = testValues(out, "cwd");
    mask = testValues(out, "umask");
    g_assert_cmpstr(cwd[0], ==, dir);
    g_assert_cmpstr(mask[0], ==, "0027");

    virCommandSetWorkingDirectory(bad, missing);
    virResetLastError();
    g_assert_cmpint(virCommandRun(bad, NULL), ==, -1);
    testAssertErrorContains(VIR_ERR_SYSTEM_ERROR, "Unable to change to directory");
    g_assert_true(virLastErrorIsSystemErrno(ENOENT));
    g_assert_cmpint(virFileDeleteTree(dir), ==, 0);
}


/* Only 0-2 and passed fds reach the child, O_CLOEXEC or not. */
static void
testFdsClosed(void)
{
    g_autoptr(virCommand) cmd = testHelper("info");
    g_autofree char *out = NULL;
    g_autofree char *passed = NULL;
    g_autofree char *passed2 = NULL;
    const char *want[] = { "0", "1", "2", NULL, NULL, NULL };
    g_auto(GStrv) fds = NULL;
    int leaky = open("/dev/null", O_RDONLY); /* no O_CLOEXEC on purpose */
    int cloexec = open("/dev/null", O_RDONLY | O_CLOEXEC);
    int pass = open("/dev/null", O_RDONLY | O_CLOEXEC);
    int pass2 = open("/dev/null", O_RDONLY | O_CLOEXEC);

    g_assert_cmpint(leaky, >=, 3);
    g_assert_cmpint(cloexec, >=, 3);
    g_assert_cmpint(pass, >=, 3);
    virCommandPassFD(cmd, pass, 0);
    virCommandPassFD(cmd, pass2, VIR_COMMAND_PASS_FD_CLOSE_PARENT);
    virCommandSetOutputBuffer(cmd, &out);
    g_assert_cmpint(virCommandRun(cmd, NULL), ==, 0);

    /* /proc lists fds in ascending order; pass < pass2 as they were opened in turn. */
    fds = testValues(out, "fd");
    passed = g_strdup_printf("%d", pass);
    passed2 = g_strdup_printf("%d", pass2);
    want[3] = passed;
    want[4] = passed2;
    g_assert_cmpstrv(fds, want);
    /* CLOSE_PARENT closed our copy, the other stays ours. */
    g_assert_cmpint(fcntl(pass2, F_GETFD), ==, -1);
    g_assert_cmpint(fcntl(pass, F_GETFD), >=, 0);
    VIR_FORCE_CLOSE(leaky);
    VIR_FORCE_CLOSE(cloexec);
    VIR_FORCE_CLOSE(pass);
}


static void
testTimeout(void)
{
    g_autoptr(virCommand) cmd = virCommandNewArgList("/bin/sleep", "30", NULL);
    gint64 start = g_get_monotonic_time();
    pid_t pid = -1;

    virCommandSetTimeout(cmd, 200);
    g_assert_cmpint(virCommandRunAsync(cmd, &pid), ==, 0);
    g_assert_cmpint(pid, >, 0);
    virResetLastError();
    g_assert_cmpint(virCommandWait(cmd, NULL), ==, -1);
    testAssertErrorContains(VIR_ERR_OPERATION_TIMEOUT, "timed out");
    testAssertErrorContains(VIR_ERR_OPERATION_TIMEOUT, "/bin/sleep 30");
    g_assert_cmpint(g_get_monotonic_time() - start, <, 5 * G_USEC_PER_SEC);
    g_assert_cmpint(g_get_monotonic_time() - start, >=, 190 * 1000);
    g_assert_true(testProcessGone(pid));
}


/* A timeout while output is still being produced also stops the I/O. */
static void
testTimeoutWithBuffers(void)
{
    g_autoptr(virCommand) cmd =
        virCommandNewArgList("/bin/sh", "-c", "echo started; exec sleep 30", NULL);
    g_autofree char *out = NULL;
    gint64 start = g_get_monotonic_time();

    virCommandSetOutputBuffer(cmd, &out);
    virCommandSetTimeout(cmd, 300);
    virResetLastError();
    g_assert_cmpint(virCommandRun(cmd, NULL), ==, -1);
    testAssertErrorContains(VIR_ERR_OPERATION_TIMEOUT, "timed out after 300 ms");
    g_assert_cmpint(g_get_monotonic_time() - start, <, 5 * G_USEC_PER_SEC);
    g_assert_cmpstr(out, ==, "started\n");
}


static void
testMissingBinary(void)
{
    g_autofree char *dir = g_dir_make_tmp("vircommandtest-XXXXXX", NULL);
    g_autofree char *plain = g_build_filename(dir, "notexec", NULL);
    g_autoptr(virCommand) abs = virCommandNew("/nonexistent/prog");
    g_autoptr(virCommand) rel = virCommandNew("vircommandtest-no-such-program");
    g_autoptr(virCommand) noexec = virCommandNew(plain);

    virResetLastError();
    g_assert_cmpint(virCommandRun(abs, NULL), ==, -1);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "cannot execute binary '/nonexistent/prog': No such file or directory");

    virResetLastError();
    g_assert_cmpint(virCommandRun(rel, NULL), ==, -1);
    testAssertErrorContains(VIR_ERR_SYSTEM_ERROR,
                            "Cannot find 'vircommandtest-no-such-program' in path");

    g_assert_true(g_file_set_contents(plain, "#!/bin/sh\n", -1, NULL));
    g_assert_cmpint(chmod(plain, 0644), ==, 0);
    virResetLastError();
    g_assert_cmpint(virCommandRun(noexec, NULL), ==, -1);
    testAssertErrorContains(VIR_ERR_SYSTEM_ERROR, "cannot execute binary");
    g_assert_true(virLastErrorIsSystemErrno(EACCES));
    g_assert_cmpint(virFileDeleteTree(dir), ==, 0);
}


static void
testPathLookup(void)
{
    g_autoptr(virCommand) cmd = virCommandNewArgList("sh", "-c", "exit 7", NULL);
    int status = 0;

    g_assert_cmpint(virCommandRun(cmd, &status), ==, 0);
    g_assert_cmpint(status, ==, 7);
}


static void
testToString(void)
{
    g_autoptr(virCommand) cmd = virCommandNewArgList("/usr/bin/prog", "-a", "b c", NULL);
    g_autoptr(virCommand) bad = virCommandNew("/bin/true");
    g_autofree char *str = NULL;

    virCommandAddArgList(cmd, "it's", "", "$HOME", NULL);
    virCommandAddArgPair(cmd, "file", "/x y");
    virCommandAddEnvPair(cmd, "LC_ALL", "C");
    virCommandAddEnvPair(cmd, "X", "a b");
    str = virCommandToString(cmd);
    g_assert_cmpstr(str, ==,
                    "LC_ALL=C X='a b' /usr/bin/prog -a 'b c' 'it'\\''s' '' '$HOME' 'file=/x y'");

    virCommandAddEnvString(bad, "NOEQUALS");
    virResetLastError();
    g_assert_null(virCommandToString(bad));
    testAssertErrorContains(VIR_ERR_INVALID_ARG, "NOEQUALS");
}


typedef void (*testMisuseFunc)(virCommand *cmd, char **buf);

static void
testMisuseInputTwice(virCommand *cmd, char **buf)
{
    (void)buf;
    virCommandSetInputBuffer(cmd, "a");
    virCommandSetInputFD(cmd, 0);
}


static void
testMisuseOutputTwice(virCommand *cmd, char **buf)
{
    int fd = -1;

    virCommandSetOutputBuffer(cmd, buf);
    virCommandSetOutputFD(cmd, &fd);
}


static void
testMisuseLowFd(virCommand *cmd, char **buf)
{
    (void)buf;
    virCommandPassFD(cmd, 1, 0);
}


static void
testMisuseBadEnv(virCommand *cmd, char **buf)
{
    (void)buf;
    virCommandAddEnvPair(cmd, "A=B", "c");
}


static void
testMisuseNullArg(virCommand *cmd, char **buf)
{
    (void)buf;
    virCommandAddArg(cmd, NULL);
}


static void
testMisuseDaemonBuffer(virCommand *cmd, char **buf)
{
    virCommandDaemonize(cmd);
    virCommandSetOutputBuffer(cmd, buf);
}

static const struct {
    const char *name;
    testMisuseFunc func;
    int code;
} misuseCases[] = {
    { "input twice", testMisuseInputTwice, VIR_ERR_INTERNAL_ERROR },
    { "output twice", testMisuseOutputTwice, VIR_ERR_INTERNAL_ERROR },
    { "low fd", testMisuseLowFd, VIR_ERR_INVALID_ARG },
    { "bad env", testMisuseBadEnv, VIR_ERR_INVALID_ARG },
    { "null arg", testMisuseNullArg, VIR_ERR_INVALID_ARG },
    { "daemon with buffer", testMisuseDaemonBuffer, VIR_ERR_INTERNAL_ERROR },
};


/* A builder error is kept and reported by Run, and nothing is started. */
static void
testMisuse(void)
{
    g_autofree char *dir = g_dir_make_tmp("vircommandtest-XXXXXX", NULL);
    g_autofree char *marker = g_build_filename(dir, "ran", NULL);
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(misuseCases); i++) {
        g_autoptr(virCommand) cmd = virCommandNewArgList("/usr/bin/touch", marker, NULL);
        g_autofree char *buf = NULL;

        g_test_message("misuse: %s", misuseCases[i].name);
        misuseCases[i].func(cmd, &buf);
        virResetLastError();
        g_assert_cmpint(virCommandRun(cmd, NULL), ==, -1);
        g_assert_cmpint(virGetLastErrorCode(), ==, misuseCases[i].code);
        g_assert_false(virFileExists(marker));
    }
    virResetLastError();
    g_assert_cmpint(virCommandRun(NULL, NULL), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    g_assert_cmpint(virFileDeleteTree(dir), ==, 0);
}


static void
testRunTwice(void)
{
    g_autoptr(virCommand) cmd = virCommandNew("/bin/true");

    g_assert_cmpint(virCommandRun(cmd, NULL), ==, 0);
    virResetLastError();
    g_assert_cmpint(virCommandRun(cmd, NULL), ==, -1);
    testAssertErrorContains(VIR_ERR_INTERNAL_ERROR, "already been run");
    virResetLastError();
    g_assert_cmpint(virCommandWait(cmd, NULL), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
}


static void
testAsync(void)
{
    g_autoptr(virCommand) cmd = testHelper("cat");
    g_autofree char *out = NULL;
    pid_t pid = -1;
    int status = -1;

    virCommandSetInputBuffer(cmd, "async data");
    virCommandSetOutputBuffer(cmd, &out);
    g_assert_cmpint(virCommandRunAsync(cmd, &pid), ==, 0);
    g_assert_cmpint(pid, >, 0);
    g_assert_cmpint(virCommandWait(cmd, &status), ==, 0);
    g_assert_cmpint(status, ==, 0);
    g_assert_cmpstr(out, ==, "async data");
    g_assert_true(testProcessGone(pid));
}


/* Output to a caller's file, and to a pipe handed to the caller. */
static void
testOutputFD(void)
{
    g_autofree char *dir = g_dir_make_tmp("vircommandtest-XXXXXX", NULL);
    g_autofree char *log = g_build_filename(dir, "log", NULL);
    g_autoptr(virCommand) cmd1 = testHelper("fail");
    g_autoptr(virCommand) cmd2 = virCommandNewArgList("/bin/echo", "through a pipe", NULL);
    g_autofree char *content = NULL;
    int logfd = open(log, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    int pipefd = -1;

    g_assert_cmpint(logfd, >=, 0);
    virCommandAddArgList(cmd1, "0", "to the log", NULL);
    virCommandSetOutputFD(cmd1, &logfd);
    virCommandSetErrorFD(cmd1, &logfd);
    g_assert_cmpint(virCommandRun(cmd1, NULL), ==, 0);
    g_assert_cmpint(virFileReadAll(log, 1024, &content), >, 0);
    g_assert_cmpstr(content, ==, "to the log\n");
    g_clear_pointer(&content, g_free);

    virCommandSetOutputFD(cmd2, &pipefd);
    g_assert_cmpint(virCommandRunAsync(cmd2, NULL), ==, 0);
    g_assert_cmpint(pipefd, >=, 0);
    g_assert_cmpint(virFileReadLimFD(pipefd, 1024, &content), >, 0);
    g_assert_cmpstr(content, ==, "through a pipe\n");
    g_assert_cmpint(virCommandWait(cmd2, NULL), ==, 0);
    VIR_FORCE_CLOSE(pipefd);
    VIR_FORCE_CLOSE(logfd);
    g_assert_cmpint(virFileDeleteTree(dir), ==, 0);
}


static void
testAbort(void)
{
    g_autoptr(virCommand) cmd = virCommandNewArgList("/bin/sleep", "30", NULL);
    virCommand *freed = virCommandNewArgList("/bin/sleep", "30", NULL);
    gint64 start = g_get_monotonic_time();
    pid_t pid = -1;
    pid_t pid2 = -1;

    g_assert_cmpint(virCommandRunAsync(cmd, &pid), ==, 0);
    virCommandAbort(cmd);
    g_assert_true(testProcessGone(pid));

    /* Freeing a command whose child still runs ends and reaps the child. */
    g_assert_cmpint(virCommandRunAsync(freed, &pid2), ==, 0);
    virCommandFree(freed);
    g_assert_true(testProcessGone(pid2));
    g_assert_cmpint(g_get_monotonic_time() - start, <, 3 * G_USEC_PER_SEC);
}


/* A child ignoring SIGTERM gets SIGKILL after the grace period. */
static void
testAbortIgnoresTerm(void)
{
    g_autoptr(virCommand) cmd = testHelper("ignoreterm");
    char ready[6] = { 0 };
    gint64 start;
    pid_t pid = -1;
    int outfd = -1;

    virCommandSetOutputFD(cmd, &outfd);
    g_assert_cmpint(virCommandRunAsync(cmd, &pid), ==, 0);
    g_assert_cmpint(read(outfd, ready, sizeof(ready)), ==, 6);
    g_assert_cmpmem(ready, 6, "ready\n", 6);
    start = g_get_monotonic_time();
    virCommandAbort(cmd);
    g_assert_true(testProcessGone(pid));
    g_assert_cmpint(g_get_monotonic_time() - start, >=, 900 * 1000);
    g_assert_cmpint(g_get_monotonic_time() - start, <, 5 * G_USEC_PER_SEC);
    VIR_FORCE_CLOSE(outfd);
}


/* Reads the parent pid of @pid from /proc. */
static pid_t
testParentOf(pid_t pid)
{
    g_autofree char *path = g_strdup_printf("/proc/%lld/stat", (long long)pid);
    g_autofree char *stat = NULL;
    g_auto(GStrv) fields = NULL;
    gint64 ppid = -1;

    g_assert_true(g_file_get_contents(path, &stat, NULL, NULL));
    fields = g_strsplit(strrchr(stat, ')') + 2, " ", 3);
    g_assert_true(g_ascii_string_to_signed(fields[1], 10, 0, G_MAXINT, &ppid, NULL));
    return (pid_t)ppid;
}


static void
testDaemonize(void)
{
    g_autofree char *dir = g_dir_make_tmp("vircommandtest-XXXXXX", NULL);
    g_autofree char *pidfile = g_build_filename(dir, "daemon.pid", NULL);
    g_autofree char *cwdlink = NULL;
    g_autofree char *cwd = NULL;
    g_autoptr(virCommand) cmd = virCommandNewArgList("/bin/sleep", "30", NULL);
    pid_t pid = -1;
    pid_t runpid = -1;
    int status;

    virCommandDaemonize(cmd);
    virCommandSetPidFile(cmd, pidfile);
    g_assert_cmpint(virCommandRunAsync(cmd, &runpid), ==, 0);

    /* The pid file is there as soon as Run returns. */
    g_assert_cmpint(virPidFileReadPath(pidfile, &pid), ==, 0);
    g_assert_cmpint(pid, ==, runpid);
    g_assert_cmpint(kill(pid, 0), ==, 0);
    /* Double fork: own session it does not lead, parent gone (we are the subreaper). */
    g_assert_cmpint(getsid(pid), !=, getsid(0));
    g_assert_cmpint(getsid(pid), !=, pid);
    g_assert_cmpint(testParentOf(pid), ==, getpid());
    cwdlink = g_strdup_printf("/proc/%lld/cwd", (long long)pid);
    cwd = g_file_read_link(cwdlink, NULL);
    g_assert_cmpstr(cwd, ==, "/");
    g_assert_cmpint(virCommandWait(cmd, &status), ==, 0);

    g_assert_cmpint(virProcessKillPainfully(pid, true), ==, 0);
    g_assert_cmpint(waitpid(pid, &status, 0), ==, pid);
    g_assert_true(WIFSIGNALED(status));
    g_assert_cmpint(virFileDeleteTree(dir), ==, 0);
}


static void
testPidFileNoDaemon(void)
{
    g_autofree char *dir = g_dir_make_tmp("vircommandtest-XXXXXX", NULL);
    g_autofree char *pidfile = g_build_filename(dir, "child.pid", NULL);
    g_autoptr(virCommand) cmd = virCommandNew("/bin/true");
    pid_t pid = -1;
    pid_t got = -1;

    virCommandSetPidFile(cmd, pidfile);
    g_assert_cmpint(virCommandRunAsync(cmd, &pid), ==, 0);
    g_assert_cmpint(virPidFileReadPath(pidfile, &got), ==, 0);
    g_assert_cmpint(got, ==, pid);
    g_assert_cmpint(virCommandWait(cmd, NULL), ==, 0);
    g_assert_cmpint(virFileDeleteTree(dir), ==, 0);
}


int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);

    helperPath = g_getenv("VIR_TEST_COMMANDHELPER");
    g_assert_nonnull(helperPath);
    g_assert_true(virFileIsExecutable(helperPath));
    /* Daemonized grandchildren get reparented to us, so we can reap them. */
    g_assert_cmpint(prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0), ==, 0);

    g_test_add_func("/util/command/exit-status", testExitStatus);
    g_test_add_func("/util/command/exit-message", testExitMessage);
    g_test_add_func("/util/command/error-tail", testErrorTail);
    g_test_add_func("/util/command/signal", testSignal);
    g_test_add_func("/util/command/output-args", testOutputAndArgs);
    g_test_add_func("/util/command/input", testInput);
    g_test_add_func("/util/command/input-closed-early", testInputClosedEarly);
    g_test_add_func("/util/command/large-output", testLargeOutput);
    g_test_add_func("/util/command/env/inherit", testEnvInherit);
    g_test_add_func("/util/command/env/clear", testEnvClear);
    g_test_add_func("/util/command/cwd-umask", testCwdUmask);
    g_test_add_func("/util/command/fds-closed", testFdsClosed);
    g_test_add_func("/util/command/timeout", testTimeout);
    g_test_add_func("/util/command/timeout-buffers", testTimeoutWithBuffers);
    g_test_add_func("/util/command/missing-binary", testMissingBinary);
    g_test_add_func("/util/command/path-lookup", testPathLookup);
    g_test_add_func("/util/command/to-string", testToString);
    g_test_add_func("/util/command/misuse", testMisuse);
    g_test_add_func("/util/command/run-twice", testRunTwice);
    g_test_add_func("/util/command/async", testAsync);
    g_test_add_func("/util/command/output-fd", testOutputFD);
    g_test_add_func("/util/command/abort", testAbort);
    g_test_add_func("/util/command/abort-ignores-term", testAbortIgnoresTerm);
    g_test_add_func("/util/command/daemonize", testDaemonize);
    g_test_add_func("/util/command/pidfile-no-daemon", testPidFileNoDaemon);
    return g_test_run();
}
