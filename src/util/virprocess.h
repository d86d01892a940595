/*
 * virprocess.h: start, wait for and end processes
 *
 * virProcessSpawn() is the fork+exec primitive behind virCommand; most
 * code should build a virCommand instead of calling it directly.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include <glib.h>

/* What virProcessSpawn() starts; every pointer is borrowed for the call. */
typedef struct _virProcessSpawnSpec virProcessSpawnSpec;
struct _virProcessSpawnSpec {
    const char *binary; /* path to exec; no $PATH search is done */
    char *const *argv;  /* NULL-terminated; argv[0] is what the program sees */
    char *const *envp;  /* NULL-terminated environment */
    int stdfds[3];      /* become the child's 0-2 (any fds, one may repeat); -1: /dev/null */
    const int *passfds; /* fds (>= 3) that stay open at the same number */
    size_t npassfds;    /* entries in @passfds */
    const char *pwd;    /* the child's cwd, or NULL */
    bool hasUmask;      /* apply @umask in the child */
    mode_t umask;
    bool daemonize; /* setsid + second fork; cwd "/" unless @pwd */
};

/*
 * virProcessSpawn:
 * @spec: what to run
 * @pid: set on success to the child's pid, which the caller must reap
 *       (virProcessWait); with @spec->daemonize, to the daemon's pid
 *       (the intermediate child is reaped here)
 *
 * Forks and execs @spec->binary. In the child, signal handlers are reset
 * to the defaults and the signal mask is cleared; every fd but 0-2 and
 * @spec->passfds is closed, with or without O_CLOEXEC. Returns only once
 * the exec has happened or failed, so an exec error is reported here.
 *
 * Returns 0, or -1 with an error reported ("cannot execute binary
 * '...'" with the errno of execve for a missing or non-executable
 * binary).
 */
int virProcessSpawn(const virProcessSpawnSpec *spec, pid_t *pid);

/*
 * virProcessTranslateStatus:
 * @status: a waitpid() status
 *
 * Returns a new string "exit status N", "fatal signal N" or
 * "invalid value N"; caller frees.
 */
char *virProcessTranslateStatus(int status);

/*
 * virProcessWait:
 * @pid: a child of this process
 * @exitstatus: where to store the status, or NULL
 * @raw: store the raw waitpid() status instead of the exit code
 *
 * Reaps @pid, retrying on EINTR. With @exitstatus NULL, anything but
 * exit code 0 is an error; without @raw, a death by signal is one too.
 *
 * Returns 0, or -1 with an error reported (the child is reaped anyway
 * unless waitpid itself failed).
 */
int virProcessWait(pid_t pid, int *exitstatus, bool raw);

/*
 * virProcessKill:
 *
 * Sends @sig to @pid. A @pid <= 1 (init, "everyone", a process group)
 * is refused with ESRCH. Returns kill()'s result; reports nothing.
 */
int virProcessKill(pid_t pid, int sig);

/*
 * virProcessKillPainfully:
 * @pid: process to end
 * @force: send SIGKILL if SIGTERM did not work within 10 seconds
 *
 * Sends SIGTERM and waits up to 10 s for @pid to exit, then with
 * @force sends SIGKILL and waits up to 5 s more. Does not reap; a
 * zombie counts as exited.
 *
 * Returns 0 if the process exited after SIGTERM (or was already gone),
 * 1 if SIGKILL was needed, -1 with an error reported otherwise.
 */
int virProcessKillPainfully(pid_t pid, bool force);

/*
 * virProcessOpenPidfd:
 *
 * Returns a pidfd (O_CLOEXEC) for @pid that becomes readable when it
 * exits, or -errno (-ENOSYS before Linux 5.3, -ESRCH if it is gone).
 * Reports nothing.
 */
int virProcessOpenPidfd(pid_t pid);

/*
 * virProcessWaitForExit:
 * @pid: process to watch (it need not be a child)
 * @pidfd: a pidfd of @pid, or -1 to open one for the call
 * @timeout_ms: how long to wait, 0 to only check
 *
 * Waits until @pid has exited (a zombie counts) without reaping it.
 * Uses poll() on a pidfd; only on kernels without pidfds does it fall
 * back to checking every 10 ms.
 *
 * Returns true if @pid has exited or does not exist, false if it was
 * still running at the end of the wait. Reports nothing.
 */
bool virProcessWaitForExit(pid_t pid, int pidfd, int timeout_ms);


/* The parent's side of one stdio pipe, for virProcessPumpPipes(). */
typedef struct _virProcessPipe virProcessPipe;
struct _virProcessPipe {
    int fd;            /* parent's end, O_NONBLOCK; -1 when closed */
    const char *input; /* non-NULL for the child's stdin: the data to write */
    size_t inlen;      /* bytes in @input */
    size_t inoff;      /* bytes of @input written so far */
    GString *output;   /* for stdout/stderr: where the data goes, or NULL to drop it */
    size_t keepTail;   /* if > 0, @output keeps only its last @keepTail bytes */
};

/*
 * virProcessPumpPipes:
 * @pipes: the pipes to serve
 * @npipes: entries in @pipes
 * @deadline: g_get_monotonic_time() value at which to give up, 0 for never
 * @name: the program, for error messages
 *
 * Writes each input and reads each output with poll() until every fd is
 * closed: an input pipe is closed once all of it was written (or the
 * child closed its end: EPIPE is not an error), an output pipe at EOF.
 * SIGPIPE is blocked in the calling thread meanwhile and any SIGPIPE it
 * caused is consumed. Several large streams cannot deadlock.
 *
 * Returns 0 when all pipes are closed, 1 if @deadline came first (the
 * remaining pipes are left open), -1 with an error reported.
 */
int virProcessPumpPipes(virProcessPipe *pipes, size_t npipes, gint64 deadline, const char *name);
