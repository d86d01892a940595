/*
 * virprocesstest.c: tests for spawning, waiting for and killing processes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virfile.h"
#include "virprocess.h"

#define VIR_FROM_THIS VIR_FROM_NONE

static const char *helperPath;
extern char **environ;


/* Starts commandhelper with @args and stdio from @stdfds (-1: /dev/null). */
static pid_t
testSpawn(const char *const *args, int in, int out, int err)
{
    g_autofree char **argv = g_new0(char *, g_strv_length((char **)args) + 2);
    virProcessSpawnSpec spec = { .stdfds = { in, out, err } };
    pid_t pid = -1;
    size_t i;

    argv[0] = (char *)helperPath;
    for (i = 0; args[i]; i++)
        argv[i + 1] = (char *)args[i];
    spec.binary = helperPath;
    spec.argv = argv;
    spec.envp = environ;
    g_assert_cmpint(virProcessSpawn(&spec, &pid), ==, 0);
    g_assert_cmpint(pid, >, 0);
    return pid;
}


typedef struct {
    int status;
    const char *text;
} testStatusCase;


static void
testTranslateStatus(void)
{
    const testStatusCase cases[] = {
        { 0, "exit status 0" },
        { 3 << 8, "exit status 3" },
        { 255 << 8, "exit status 255" },
        { SIGKILL, "fatal signal 9" },
        { SIGSEGV | 0x80, "fatal signal 11" },
        { 0x137f, "invalid value 4991" },
    };
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(cases); i++) {
        g_autofree char *got = virProcessTranslateStatus(cases[i].status);

        g_assert_cmpstr(got, ==, cases[i].text);
    }
}


static void
testWait(void)
{
    const char *fail3[] = { "fail", "3", "oops", NULL };
    const char *fail0[] = { "fail", "0", "fine", NULL };
    g_autofree char *want = NULL;
    int status = -1;
    pid_t pid;

    pid = testSpawn(fail3, -1, -1, -1);
    g_assert_cmpint(virProcessWait(pid, &status, false), ==, 0);
    g_assert_cmpint(status, ==, 3);

    pid = testSpawn(fail3, -1, -1, -1);
    g_assert_cmpint(virProcessWait(pid, &status, true), ==, 0);
    g_assert_true(WIFEXITED(status));
    g_assert_cmpint(WEXITSTATUS(status), ==, 3);

    pid = testSpawn(fail3, -1, -1, -1);
    want = g_strdup_printf("internal error: Child process (%lld) unexpected exit status 3",
                           (long long)pid);
    virResetLastError();
    g_assert_cmpint(virProcessWait(pid, NULL, false), ==, -1);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, want);

    pid = testSpawn(fail0, -1, -1, -1);
    g_assert_cmpint(virProcessWait(pid, NULL, false), ==, 0);

    virResetLastError();
    g_assert_cmpint(virProcessWait(0, NULL, false), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);

    /* Not our child. */
    virResetLastError();
    g_assert_cmpint(virProcessWait(1, NULL, false), ==, -1);
    g_assert_true(virLastErrorIsSystemErrno(ECHILD));
}


static void
testWaitSignal(void)
{
    const char *args[] = { "ignoreterm", NULL };
    int status = 0;
    pid_t pid = testSpawn(args, -1, -1, -1);

    g_assert_cmpint(kill(pid, SIGKILL), ==, 0);
    virResetLastError();
    g_assert_cmpint(virProcessWait(pid, &status, false), ==, -1);
    g_assert_nonnull(strstr(virGetLastErrorMessage(), "unexpected fatal signal 9"));
}


static void
testKillRefuses(void)
{
    /* These would hit init, our process group or everyone: refused. */
    const pid_t bad[] = { 1, 0, -1, -12345 };
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(bad); i++) {
        errno = 0;
        g_assert_cmpint(virProcessKill(bad[i], 0), ==, -1);
        g_assert_cmpint(errno, ==, ESRCH);
    }
    g_assert_cmpint(virProcessKill(getpid(), 0), ==, 0);
    virResetLastError();
    g_assert_cmpint(virProcessKillPainfully(1, true), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
}


static void
testKillPainfully(void)
{
    const char *args[] = { "cat", NULL };
    gint64 start = g_get_monotonic_time();
    int inpipe[2];
    int status;
    pid_t pid;

    /* "cat" on a pipe we keep open runs until killed. */
    g_assert_cmpint(pipe2(inpipe, O_CLOEXEC), ==, 0);
    pid = testSpawn(args, inpipe[0], -1, -1);
    g_assert_false(virProcessWaitForExit(pid, -1, 0));

    /* Our child turns into a zombie, which counts as exited. */
    g_assert_cmpint(virProcessKillPainfully(pid, false), ==, 0);
    g_assert_cmpint(g_get_monotonic_time() - start, <, 3 * G_USEC_PER_SEC);
    g_assert_cmpint(waitpid(pid, &status, 0), ==, pid);
    g_assert_true(WIFSIGNALED(status));
    g_assert_cmpint(WTERMSIG(status), ==, SIGTERM);

    /* Already gone (reaped): nothing to do. */
    g_assert_cmpint(virProcessKillPainfully(pid, true), ==, 0);
    VIR_FORCE_CLOSE(inpipe[0]);
    VIR_FORCE_CLOSE(inpipe[1]);
}


/* Slow (the SIGTERM wait is 10 s by contract): only with -m slow. */
static void
testKillPainfullyForce(void)
{
    const char *args[] = { "ignoreterm", NULL };
    int outpipe[2];
    char ready[6];
    int status;
    pid_t pid;

    if (!g_test_slow()) {
        g_test_skip("needs -m slow");
        return;
    }
    g_assert_cmpint(pipe2(outpipe, O_CLOEXEC), ==, 0);
    pid = testSpawn(args, -1, outpipe[1], -1);
    g_assert_cmpint(read(outpipe[0], ready, sizeof(ready)), ==, 6);
    virResetLastError();
    g_assert_cmpint(virProcessKillPainfully(pid, false), ==, -1);
    g_assert_true(virLastErrorIsSystemErrno(EBUSY));
    g_assert_cmpint(virProcessKillPainfully(pid, true), ==, 1);
    g_assert_cmpint(waitpid(pid, &status, 0), ==, pid);
    g_assert_cmpint(WTERMSIG(status), ==, SIGKILL);
    VIR_FORCE_CLOSE(outpipe[0]);
    VIR_FORCE_CLOSE(outpipe[1]);
}


static void
testWaitForExit(void)
{
    const char *args[] = { "cat", NULL };
    int inpipe[2];
    int pidfd;
    gint64 start;
    pid_t pid;

    g_assert_cmpint(pipe2(inpipe, O_CLOEXEC), ==, 0);
    pid = testSpawn(args, inpipe[0], -1, -1);
    pidfd = virProcessOpenPidfd(pid);

    start = g_get_monotonic_time();
    g_assert_false(virProcessWaitForExit(pid, pidfd, 150));
    g_assert_cmpint(g_get_monotonic_time() - start, >=, 140 * 1000);

    /* EOF on stdin ends "cat"; the wait returns when it exits, not at the timeout. */
    VIR_FORCE_CLOSE(inpipe[1]);
    start = g_get_monotonic_time();
    g_assert_true(virProcessWaitForExit(pid, pidfd, 20000));
    g_assert_true(virProcessWaitForExit(pid, -1, 0));
    g_assert_cmpint(g_get_monotonic_time() - start, <, 5 * G_USEC_PER_SEC);
    g_assert_cmpint(virProcessWait(pid, NULL, false), ==, 0);
    g_assert_true(virProcessWaitForExit(pid, -1, 0));
    VIR_FORCE_CLOSE(pidfd);
    VIR_FORCE_CLOSE(inpipe[0]);
}


/* stdio sources may be any fds, even 0-2 in a mixed-up order, or one fd twice. */
static void
testSpawnStdio(void)
{
    const char *args[] = { "fail", "0", "to-stderr", NULL };
    const char *flood[] = { "flood", "3", NULL };
    g_autofree char *out = NULL;
    int saved0 = fcntl(0, F_DUPFD_CLOEXEC, 3);
    int outpipe[2];
    pid_t pid;

    g_assert_cmpint(saved0, >=, 3);
    /*
     * The child's stderr source is fd 0, while its stdin becomes /dev/null:
     * installing stdin must not clobber the source of stderr.
     */
    g_assert_cmpint(pipe2(outpipe, O_CLOEXEC), ==, 0);
    g_assert_cmpint(dup2(outpipe[1], 0), ==, 0);
    VIR_FORCE_CLOSE(outpipe[1]);
    pid = testSpawn(args, -1, -1, 0);
    g_assert_cmpint(dup2(saved0, 0), ==, 0);
    VIR_FORCE_CLOSE(saved0);
    g_assert_cmpint(virProcessWait(pid, NULL, false), ==, 0);
    g_assert_cmpint(virFileReadLimFD(outpipe[0], 100, &out), >, 0);
    g_assert_cmpstr(out, ==, "to-stderr\n");
    g_clear_pointer(&out, g_free);
    VIR_FORCE_CLOSE(outpipe[0]);

    /* One fd for stdout and stderr. */
    g_assert_cmpint(pipe2(outpipe, O_CLOEXEC), ==, 0);
    pid = testSpawn(flood, -1, outpipe[1], outpipe[1]);
    VIR_FORCE_CLOSE(outpipe[1]);
    g_assert_cmpint(virProcessWait(pid, NULL, false), ==, 0);
    g_assert_cmpint(virFileReadLimFD(outpipe[0], 100, &out), ==, 6);
    g_assert_true(g_str_equal(out, "oooeee") || g_str_equal(out, "eeeooo"));
    VIR_FORCE_CLOSE(outpipe[0]);
}


static void
testSpawnErrors(void)
{
    char *argv[] = { (char *)"x", NULL };
    virProcessSpawnSpec spec = {
        .binary = "/nonexistent/x",
        .argv = argv,
        .envp = environ,
        .stdfds = { -1, -1, -1 },
    };
    int low[] = { 2 };
    pid_t pid = -1;

    virResetLastError();
    g_assert_cmpint(virProcessSpawn(&spec, &pid), ==, -1);
    g_assert_cmpint(pid, ==, -1);
    g_assert_true(virLastErrorIsSystemErrno(ENOENT));

    spec.binary = helperPath;
    spec.pwd = "/nonexistent";
    virResetLastError();
    g_assert_cmpint(virProcessSpawn(&spec, &pid), ==, -1);
    g_assert_nonnull(
        strstr(virGetLastErrorMessage(), "Unable to change to directory '/nonexistent'"));

    spec.pwd = NULL;
    spec.passfds = low;
    spec.npassfds = 1;
    virResetLastError();
    g_assert_cmpint(virProcessSpawn(&spec, &pid), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    /* Failed spawns left no child behind. */
    g_assert_cmpint(waitpid(-1, NULL, WNOHANG), ==, -1);
    g_assert_cmpint(errno, ==, ECHILD);
}


static void
testPumpDeadline(void)
{
    virProcessPipe p = { .output = g_string_new(NULL) };
    int fds[2];
    gint64 start = g_get_monotonic_time();

    /* Nobody writes or closes: the pump stops at the deadline. */
    g_assert_cmpint(pipe2(fds, O_CLOEXEC | O_NONBLOCK), ==, 0);
    p.fd = fds[0];
    g_assert_cmpint(virProcessPumpPipes(&p, 1, start + 100 * 1000, "test"), ==, 1);
    g_assert_cmpint(g_get_monotonic_time() - start, >=, 90 * 1000);
    g_assert_cmpint(p.fd, ==, fds[0]);
    VIR_FORCE_CLOSE(p.fd);
    VIR_FORCE_CLOSE(fds[1]);
    g_string_free(p.output, TRUE);
}


static void
testPumpKeepTail(void)
{
    virProcessPipe p = { .output = g_string_new(NULL), .keepTail = 100 };
    g_autofree char *data = g_strnfill(10000, 'a');
    int fds[2];

    data[9999] = 'z';
    g_assert_cmpint(pipe2(fds, O_CLOEXEC | O_NONBLOCK), ==, 0);
    g_assert_cmpint(virFileSafeWrite(fds[1], data, 10000), ==, 10000);
    VIR_FORCE_CLOSE(fds[1]);
    p.fd = fds[0];
    g_assert_cmpint(virProcessPumpPipes(&p, 1, 0, "test"), ==, 0);
    g_assert_cmpint(p.fd, ==, -1);
    g_assert_cmpuint(p.output->len, ==, 100);
    g_assert_cmpmem(p.output->str, 100, data + 9900, 100);
    g_string_free(p.output, TRUE);
}


int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    helperPath = g_getenv("VIR_TEST_COMMANDHELPER");
    g_assert_nonnull(helperPath);

    g_test_add_func("/util/process/translate-status", testTranslateStatus);
    g_test_add_func("/util/process/wait", testWait);
    g_test_add_func("/util/process/wait-signal", testWaitSignal);
    g_test_add_func("/util/process/kill-refuses", testKillRefuses);
    g_test_add_func("/util/process/kill-painfully", testKillPainfully);
    g_test_add_func("/util/process/kill-painfully-force", testKillPainfullyForce);
    g_test_add_func("/util/process/wait-for-exit", testWaitForExit);
    g_test_add_func("/util/process/spawn-stdio", testSpawnStdio);
    g_test_add_func("/util/process/spawn-errors", testSpawnErrors);
    g_test_add_func("/util/process/pump-deadline", testPumpDeadline);
    g_test_add_func("/util/process/pump-keep-tail", testPumpKeepTail);
    return g_test_run();
}
