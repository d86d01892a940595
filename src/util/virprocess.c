/*
 * virprocess.c: start, wait for and end processes
 *
 * The child side of virProcessSpawn() (between fork and exec) only makes
 * async-signal-safe calls on data prepared before the fork: no
 * allocation, no locks, no logging. It reports a failure, and in daemon
 * mode the grandchild's pid, on a close-on-exec "status" pipe that the
 * parent reads to EOF; EOF means every process holding the write end has
 * exec'd or exited.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virfile.h"
#include "virlog.h"
#include "virprocess.h"

#define VIR_FROM_THIS VIR_FROM_NONE

VIR_LOG_INIT("util.process");

/* Bound for the close() loop used only on kernels without close_range (5.9). */
#define VIR_PROCESS_OPEN_MAX_FALLBACK 65536

typedef enum {
    VIR_PROCESS_MSG_ERROR = 1, /* a step failed: @stage, errno in @value */
    VIR_PROCESS_MSG_PID,       /* daemon mode: the grandchild's pid in @value */
} virProcessMsgKind;

typedef enum {
    VIR_PROCESS_STAGE_SETSID = 1,
    VIR_PROCESS_STAGE_FORK,
    VIR_PROCESS_STAGE_STDIO,
    VIR_PROCESS_STAGE_FDS,
    VIR_PROCESS_STAGE_CHDIR,
    VIR_PROCESS_STAGE_EXEC,
} virProcessStage;

/* One record on the status pipe; smaller than PIPE_BUF, so written atomically. */
typedef struct {
    int kind;  /* virProcessMsgKind */
    int stage; /* virProcessStage */
    int value;
} virProcessMsg;

/* Everything the child uses, prepared before fork. */
typedef struct {
    const virProcessSpawnSpec *spec;
    int stdfds[3]; /* private copies (>= 3) of the stdio sources */
    int *keep;     /* sorted fds that survive the close-all: passfds + statusfd */
    size_t nkeep;
    int statusfd; /* write end of the status pipe */
    long openmax; /* bound of the close() fallback */
} virProcessChild;


/* Reports @stage failing with @errno to the parent and exits. */
static void G_GNUC_NORETURN
virProcessChildFail(const virProcessChild *c, int stage)
{
    virProcessMsg msg = { .kind = VIR_PROCESS_MSG_ERROR, .stage = stage, .value = errno };

    if (write(c->statusfd, &msg, sizeof(msg)) < 0) {
        /* Nothing left to try; the parent still sees the exit status. */
    }
    _exit(127);
}


static void
virProcessChildCloseRange(const virProcessChild *c, unsigned int first, unsigned int last)
{
    long fd;

    if (first > last)
        return;
#ifdef SYS_close_range
    if (syscall(SYS_close_range, first, last, 0) == 0)
        return;
#endif
    for (fd = first; fd <= (long)last && fd < c->openmax; fd++)
        (void)close((int)fd);
}


/* Closes every fd >= 3 except the sorted @c->keep list. */
static void
virProcessChildCloseFds(const virProcessChild *c)
{
    unsigned int next = 3;
    size_t i;

    for (i = 0; i < c->nkeep; i++) {
        unsigned int k = (unsigned int)c->keep[i];

        if (k > next)
            virProcessChildCloseRange(c, next, k - 1);
        if (k >= next)
            next = k + 1;
    }
    virProcessChildCloseRange(c, next, ~0U);
}


/* Daemon mode: new session, then only the grandchild returns from here. */
static void
virProcessChildDetach(const virProcessChild *c)
{
    virProcessMsg msg = { .kind = VIR_PROCESS_MSG_PID };
    pid_t pid;

    if (setsid() < 0)
        virProcessChildFail(c, VIR_PROCESS_STAGE_SETSID);
    if ((pid = fork()) < 0)
        virProcessChildFail(c, VIR_PROCESS_STAGE_FORK);
    if (pid == 0)
        return;
    msg.value = (int)pid;
    if (write(c->statusfd, &msg, sizeof(msg)) < 0) {
        /* The parent sees no pid and reports that. */
    }
    _exit(0);
}


static void G_GNUC_NORETURN
virProcessChildRun(const virProcessChild *c)
{
    const virProcessSpawnSpec *spec = c->spec;
    sigset_t empty;
    size_t i;
    int sig;

    /* SIG_IGN survives exec; programs expect default dispositions. */
    for (sig = 1; sig < NSIG; sig++) {
        struct sigaction sa = { .sa_handler = SIG_DFL };

        (void)sigaction(sig, &sa, NULL);
    }
    if (spec->daemonize)
        virProcessChildDetach(c);

    for (i = 0; i < 3; i++) {
        if (dup2(c->stdfds[i], (int)i) < 0)
            virProcessChildFail(c, VIR_PROCESS_STAGE_STDIO);
    }
    for (i = 0; i < spec->npassfds; i++) {
        int flags = fcntl(spec->passfds[i], F_GETFD);

        if (flags < 0 || fcntl(spec->passfds[i], F_SETFD, flags & ~FD_CLOEXEC) < 0)
            virProcessChildFail(c, VIR_PROCESS_STAGE_FDS);
    }
    virProcessChildCloseFds(c);

    if (spec->hasUmask)
        umask(spec->umask);
    if (spec->pwd || spec->daemonize) {
        if (chdir(spec->pwd ? spec->pwd : "/") < 0)
            virProcessChildFail(c, VIR_PROCESS_STAGE_CHDIR);
    }

    sigemptyset(&empty);
    sigprocmask(SIG_SETMASK, &empty, NULL);
    execve(spec->binary, spec->argv, spec->envp);
    virProcessChildFail(c, VIR_PROCESS_STAGE_EXEC);
}


/* Moves an owned fd to a number >= 3, so dup2 onto 0-2 cannot clobber it. */
static int
virProcessFDAbove2(int fd)
{
    int copy;

    if (fd < 0 || fd >= 3)
        return fd;
    copy = fcntl(fd, F_DUPFD_CLOEXEC, 3);
    VIR_FORCE_CLOSE(fd);
    return copy;
}


static int
virProcessCompareInt(const void *a, const void *b)
{
    int x = *(const int *)a;
    int y = *(const int *)b;

    return (x > y) - (x < y);
}


static int
virProcessChildPrepare(virProcessChild *c, int *statusread)
{
    const virProcessSpawnSpec *spec = c->spec;
    struct rlimit rl;
    int fds[2];
    size_t i;

    for (i = 0; i < spec->npassfds; i++) {
        if (spec->passfds[i] < 3) {
            virReportError(VIR_ERR_INVALID_ARG, _("Cannot pass descriptor %1$d to a child"),
                           spec->passfds[i]);
            return -1;
        }
    }
    for (i = 0; i < 3; i++) {
        if (spec->stdfds[i] >= 0)
            c->stdfds[i] = fcntl(spec->stdfds[i], F_DUPFD_CLOEXEC, 3);
        else
            c->stdfds[i] =
                virProcessFDAbove2(open("/dev/null", (i ? O_WRONLY : O_RDONLY) | O_CLOEXEC));
        if (c->stdfds[i] < 0) {
            virReportSystemError(errno, _("Cannot set up stdio for '%1$s'"), spec->binary);
            return -1;
        }
    }
    if (pipe2(fds, O_CLOEXEC) < 0) {
        virReportSystemError(errno, "%s", _("Cannot create a pipe for a child process"));
        return -1;
    }
    *statusread = fds[0];
    if ((c->statusfd = virProcessFDAbove2(fds[1])) < 0) {
        virReportSystemError(errno, "%s", _("Cannot create a pipe for a child process"));
        return -1;
    }

    c->keep = g_new0(int, spec->npassfds + 1);
    if (spec->npassfds)
        memcpy(c->keep, spec->passfds, spec->npassfds * sizeof(int));
    c->keep[spec->npassfds] = c->statusfd;
    c->nkeep = spec->npassfds + 1;
    qsort(c->keep, c->nkeep, sizeof(int), virProcessCompareInt);

    c->openmax = VIR_PROCESS_OPEN_MAX_FALLBACK;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        c->openmax = (long)MIN(rl.rlim_cur, VIR_PROCESS_OPEN_MAX_FALLBACK);
    return 0;
}


/* Forks with all signals blocked, so no handler runs in the child before it resets them. */
static pid_t
virProcessFork(const virProcessChild *c)
{
    sigset_t all;
    sigset_t old;
    pid_t pid;
    int err;

    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    pid = fork();
    if (pid == 0)
        virProcessChildRun(c);
    err = errno;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (pid < 0)
        virReportSystemError(err, _("Cannot fork a child process for '%1$s'"), c->spec->binary);
    return pid;
}


static void
virProcessReap(pid_t pid)
{
    int status;

    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
}


static void
virProcessReportStage(const virProcessSpawnSpec *spec, const virProcessMsg *err)
{
    switch ((virProcessStage)err->stage) {
    case VIR_PROCESS_STAGE_EXEC:
        virReportSystemError(err->value, _("cannot execute binary '%1$s'"), spec->binary);
        break;
    case VIR_PROCESS_STAGE_CHDIR:
        virReportSystemError(err->value, _("Unable to change to directory '%1$s'"),
                             spec->pwd ? spec->pwd : "/");
        break;
    case VIR_PROCESS_STAGE_SETSID:
    case VIR_PROCESS_STAGE_FORK:
    case VIR_PROCESS_STAGE_STDIO:
    case VIR_PROCESS_STAGE_FDS:
    default:
        virReportSystemError(err->value, _("Cannot set up child process for '%1$s'"), spec->binary);
        break;
    }
}


/* Reads the status pipe to EOF and turns it into the spawn's result. */
static int
virProcessSpawnFinish(const virProcessSpawnSpec *spec, int statusfd, pid_t pid, pid_t *pidret)
{
    virProcessMsg err = { 0 };
    pid_t daemonpid = -1;

    for (;;) {
        virProcessMsg msg;
        ssize_t n = read(statusfd, &msg, sizeof(msg));

        if (n < 0 && errno == EINTR)
            continue;
        if (n != (ssize_t)sizeof(msg))
            break;
        if (msg.kind == VIR_PROCESS_MSG_PID)
            daemonpid = msg.value;
        else if (msg.kind == VIR_PROCESS_MSG_ERROR && !err.kind)
            err = msg;
    }
    if (spec->daemonize || err.kind)
        virProcessReap(pid);
    if (err.kind) {
        virProcessReportStage(spec, &err);
        return -1;
    }
    if (spec->daemonize) {
        if (daemonpid <= 0) {
            virReportError(VIR_ERR_INTERNAL_ERROR,
                           _("Daemonized child of '%1$s' did not report its pid"), spec->binary);
            return -1;
        }
        pid = daemonpid;
    }
    VIR_DEBUG("started '%s' as pid %lld", spec->binary, (long long)pid);
    *pidret = pid;
    return 0;
}


int
virProcessSpawn(const virProcessSpawnSpec *spec, pid_t *pid)
{
    virProcessChild c = { .spec = spec, .stdfds = { -1, -1, -1 }, .statusfd = -1 };
    int statusread = -1;
    pid_t child;
    int ret = -1;
    size_t i;

    if (virProcessChildPrepare(&c, &statusread) < 0)
        goto cleanup;
    if ((child = virProcessFork(&c)) < 0)
        goto cleanup;
    /* Our copy of the write end must go, or the read below never sees EOF. */
    VIR_FORCE_CLOSE(c.statusfd);
    ret = virProcessSpawnFinish(spec, statusread, child, pid);

cleanup:
    for (i = 0; i < 3; i++)
        VIR_FORCE_CLOSE(c.stdfds[i]);
    VIR_FORCE_CLOSE(c.statusfd);
    VIR_FORCE_CLOSE(statusread);
    g_free(c.keep);
    return ret;
}


char *
virProcessTranslateStatus(int status)
{
    if (WIFEXITED(status))
        return g_strdup_printf(_("exit status %1$d"), WEXITSTATUS(status));
    if (WIFSIGNALED(status))
        return g_strdup_printf(_("fatal signal %1$d"), WTERMSIG(status));
    return g_strdup_printf(_("invalid value %1$d"), status);
}


int
virProcessWait(pid_t pid, int *exitstatus, bool raw)
{
    g_autofree char *st = NULL;
    int status;

    if (pid <= 0) {
        virReportError(VIR_ERR_INVALID_ARG, _("Cannot wait for invalid process %1$lld"),
                       (long long)pid);
        return -1;
    }
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            virReportSystemError(errno, _("unable to wait for process %1$lld"), (long long)pid);
            return -1;
        }
    }
    if (exitstatus && raw) {
        *exitstatus = status;
        return 0;
    }
    if (exitstatus && WIFEXITED(status)) {
        *exitstatus = WEXITSTATUS(status);
        return 0;
    }
    if (!exitstatus && status == 0)
        return 0;

    st = virProcessTranslateStatus(status);
    virReportError(VIR_ERR_INTERNAL_ERROR, _("Child process (%1$lld) unexpected %2$s"),
                   (long long)pid, st);
    return -1;
}


int
virProcessKill(pid_t pid, int sig)
{
    if (pid <= 1) {
        errno = ESRCH;
        return -1;
    }
    return kill(pid, sig);
}


int
virProcessOpenPidfd(pid_t pid)
{
#ifdef SYS_pidfd_open
    long fd = syscall(SYS_pidfd_open, pid, 0);

    if (fd >= 0)
        return (int)fd;
    return -errno;
#else
    (void)pid;
    return -ENOSYS;
#endif
}


/* Fallback without pidfds: gone, or a zombie, per /proc. */
static bool
virProcessIsGone(pid_t pid)
{
    g_autofree char *path = g_strdup_printf("/proc/%lld/stat", (long long)pid);
    g_autofree char *stat = NULL;
    const char *paren;

    if (kill(pid, 0) < 0 && errno == ESRCH)
        return true;
    if (!g_file_get_contents(path, &stat, NULL, NULL))
        return true;
    /* The command name may contain ')': the state follows the last one. */
    if (!(paren = strrchr(stat, ')')) || !paren[1] || !paren[2])
        return false;
    return paren[2] == 'Z' || paren[2] == 'X';
}


bool
virProcessWaitForExit(pid_t pid, int pidfd, int timeout_ms)
{
    gint64 deadline = g_get_monotonic_time() + (gint64)MAX(timeout_ms, 0) * 1000;
    int fd = pidfd;
    bool gone = false;

    if (fd < 0 && (fd = virProcessOpenPidfd(pid)) == -ESRCH)
        return true;

    for (;;) {
        gint64 left = deadline - g_get_monotonic_time();
        int ms = left > 0 ? (int)MIN((left + 999) / 1000, G_MAXINT) : 0;

        if (fd >= 0) {
            struct pollfd pfd = { .fd = fd, .events = POLLIN };
            int rc = poll(&pfd, 1, ms);

            if (rc < 0 && errno == EINTR)
                continue;
            gone = rc > 0;
            break;
        }
        if ((gone = virProcessIsGone(pid)) || ms == 0)
            break;
        g_usleep(MIN(ms, 10) * 1000);
    }
    if (pidfd < 0 && fd >= 0)
        VIR_FORCE_CLOSE(fd);
    return gone;
}


int
virProcessKillPainfully(pid_t pid, bool force)
{
    if (pid <= 1) {
        virReportError(VIR_ERR_INVALID_ARG, _("Refusing to kill process %1$lld"), (long long)pid);
        return -1;
    }
    VIR_DEBUG("terminating process %lld (force=%d)", (long long)pid, force);
    if (kill(pid, SIGTERM) < 0) {
        if (errno == ESRCH)
            return 0;
        virReportSystemError(errno, _("Failed to terminate process %1$lld with SIG%2$s"),
                             (long long)pid, "TERM");
        return -1;
    }
    if (virProcessWaitForExit(pid, -1, 10 * 1000))
        return 0;
    if (!force) {
        virReportSystemError(EBUSY, _("Failed to terminate process %1$lld with SIG%2$s"),
                             (long long)pid, "TERM");
        return -1;
    }
    if (kill(pid, SIGKILL) < 0 && errno != ESRCH) {
        virReportSystemError(errno, _("Failed to terminate process %1$lld with SIG%2$s"),
                             (long long)pid, "KILL");
        return -1;
    }
    if (virProcessWaitForExit(pid, -1, 5 * 1000))
        return 1;
    virReportSystemError(EBUSY, _("Failed to terminate process %1$lld with SIG%2$s"),
                         (long long)pid, "KILL");
    return -1;
}


/* Milliseconds left until @deadline: -1 for none, 0 once it passed. */
static int
virProcessRemainingMs(gint64 deadline)
{
    gint64 left;

    if (!deadline)
        return -1;
    left = deadline - g_get_monotonic_time();
    if (left <= 0)
        return 0;
    return (int)MIN((left + 999) / 1000, G_MAXINT);
}


static int
virProcessPipeWrite(virProcessPipe *p, const char *name, bool *gotEpipe)
{
    ssize_t n = write(p->fd, p->input + p->inoff, p->inlen - p->inoff);

    if (n < 0) {
        if (errno == EAGAIN || errno == EINTR)
            return 0;
        if (errno == EPIPE) {
            VIR_DEBUG("'%s' closed its stdin early, ignoring", name);
            *gotEpipe = true;
            VIR_FORCE_CLOSE(p->fd);
            return 0;
        }
        virReportSystemError(errno, _("Cannot write to the input of '%1$s'"), name);
        return -1;
    }
    p->inoff += (size_t)n;
    if (p->inoff == p->inlen)
        VIR_FORCE_CLOSE(p->fd);
    return 0;
}


static int
virProcessPipeRead(virProcessPipe *p, const char *name)
{
    char buf[16384];
    ssize_t n = read(p->fd, buf, sizeof(buf));

    if (n < 0) {
        if (errno == EAGAIN || errno == EINTR)
            return 0;
        virReportSystemError(errno, _("Cannot read the output of '%1$s'"), name);
        return -1;
    }
    if (n == 0) {
        VIR_FORCE_CLOSE(p->fd);
        return 0;
    }
    if (!p->output)
        return 0;
    g_string_append_len(p->output, buf, n);
    if (p->keepTail && p->output->len > p->keepTail)
        g_string_erase(p->output, 0, p->output->len - p->keepTail);
    return 0;
}


/* One poll() round over the open pipes: 0 or 1 (deadline) or -1. */
static int
virProcessPumpOnce(virProcessPipe *pipes,
                   size_t npipes,
                   struct pollfd *fds,
                   gint64 deadline,
                   const char *name,
                   bool *gotEpipe)
{
    int timeout = virProcessRemainingMs(deadline);
    size_t i;

    if (timeout == 0)
        return 1;
    for (i = 0; i < npipes; i++) {
        /* poll() skips entries with a negative fd. */
        fds[i].fd = pipes[i].fd;
        fds[i].events = pipes[i].input ? POLLOUT : POLLIN;
        fds[i].revents = 0;
    }
    if (poll(fds, npipes, timeout) < 0) {
        if (errno == EINTR)
            return 0;
        virReportSystemError(errno, _("Cannot poll the pipes of '%1$s'"), name);
        return -1;
    }
    for (i = 0; i < npipes; i++) {
        int rc;

        if (!fds[i].revents || pipes[i].fd < 0)
            continue;
        if (pipes[i].input)
            rc = virProcessPipeWrite(&pipes[i], name, gotEpipe);
        else
            rc = virProcessPipeRead(&pipes[i], name);
        if (rc < 0)
            return -1;
    }
    return 0;
}


int
virProcessPumpPipes(virProcessPipe *pipes, size_t npipes, gint64 deadline, const char *name)
{
    g_autofree struct pollfd *fds = g_new0(struct pollfd, MAX(npipes, 1));
    sigset_t pipeset;
    sigset_t oldmask;
    sigset_t pending;
    bool wasPending;
    bool gotEpipe = false;
    int ret = 0;

    /* A child may close its stdin early: the write must fail with EPIPE,
     * not kill us. */
    sigemptyset(&pipeset);
    sigaddset(&pipeset, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipeset, &oldmask);
    sigpending(&pending);
    wasPending = sigismember(&pending, SIGPIPE);

    for (;;) {
        size_t open = 0;
        size_t i;

        for (i = 0; i < npipes; i++)
            open += pipes[i].fd >= 0;
        if (!open || (ret = virProcessPumpOnce(pipes, npipes, fds, deadline, name, &gotEpipe)) != 0)
            break;
    }

    if (gotEpipe && !wasPending) {
        struct timespec zero = { 0, 0 };

        while (sigtimedwait(&pipeset, NULL, &zero) < 0 && errno == EINTR) {
        }
    }
    pthread_sigmask(SIG_SETMASK, &oldmask, NULL);
    return ret;
}
