/*
 * vircommand.h: run child processes without a shell
 *
 * A virCommand collects a program, its arguments, environment, working
 * directory, file descriptors and stdio wiring, then runs it with fork
 * and exec. The child never goes through a shell.
 *
 * Misuse while building (a bad fd, setting stdin twice, ...) does not
 * report at once: the first such error is kept in the command and
 * reported by virCommandRun/RunAsync/ToString, so building code can
 * call the Add/Set functions without checking each one. Every builder
 * function accepts a NULL @cmd and does nothing.
 *
 * A virCommand is not thread-safe; use one from one thread at a time.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <sys/types.h>

#include <glib.h>

/* The virProcess* helpers (wait, kill, exit status text) come with it. */
#include "virprocess.h"

typedef struct _virCommand virCommand;

typedef enum {
    /* The parent's copy of the fd is closed once the child was started
     * (or when the command is freed without running). */
    VIR_COMMAND_PASS_FD_CLOSE_PARENT = (1 << 0),
} virCommandPassFDFlags;

/*
 * virCommandNew:
 * @binary: program to run; without a '/', it is looked up in the
 *          parent's $PATH when the command is run
 *
 * Returns a new command whose argv[0] is @binary; free with
 * virCommandFree().
 */
virCommand *virCommandNew(const char *binary);

/* virCommandNewArgs: a new command from the NULL-terminated @args (args[0] is the binary). */
virCommand *virCommandNewArgs(const char *const *args);

/* virCommandNewArgList: a new command from @binary and a NULL-terminated list of arguments. */
virCommand *virCommandNewArgList(const char *binary, ...) G_GNUC_NULL_TERMINATED;

/* virCommandAddArg: appends one argument (copied). NULL records an error. */
void virCommandAddArg(virCommand *cmd, const char *val);

/* virCommandAddArgFormat: appends one printf-formatted argument. */
void virCommandAddArgFormat(virCommand *cmd, const char *format, ...) G_GNUC_PRINTF(2, 3);

/*
 * virCommandAddArgPair:
 *
 * Appends the single argument "@name=@val" (as libvirt does), e.g.
 * ("file", "/x") gives "file=/x". NULL records an error.
 */
void virCommandAddArgPair(virCommand *cmd, const char *name, const char *val);

/* virCommandAddArgSet: appends every string of the NULL-terminated @vals. */
void virCommandAddArgSet(virCommand *cmd, const char *const *vals);

/* virCommandAddArgList: appends a NULL-terminated list of arguments. */
void virCommandAddArgList(virCommand *cmd, ...) G_GNUC_NULL_TERMINATED;

/*
 * virCommandAddEnvPair:
 *
 * Sets @name=@value in the child's environment, replacing an earlier
 * setting of @name. By default the child inherits the parent's
 * environment (at run time) with these settings applied on top; see
 * virCommandClearEnv(). An empty @name or one containing '=' records
 * an error.
 */
void virCommandAddEnvPair(virCommand *cmd, const char *name, const char *value);

/* virCommandAddEnvFormat: like AddEnvPair with a printf-formatted value. */
void virCommandAddEnvFormat(virCommand *cmd, const char *name, const char *format, ...)
    G_GNUC_PRINTF(3, 4);

/* virCommandAddEnvString: sets "NAME=VALUE" from one string; no '=' records an error. */
void virCommandAddEnvString(virCommand *cmd, const char *str);

/* virCommandAddEnvPass: copies @name from the parent's environment, if it is set there. */
void virCommandAddEnvPass(virCommand *cmd, const char *name);

/*
 * virCommandAddEnvPassCommon:
 *
 * Sets LC_ALL=C and passes PATH, LD_PRELOAD, LD_LIBRARY_PATH, HOME,
 * USER, LOGNAME and TMPDIR from the parent: what a helper program
 * needs after virCommandClearEnv().
 */
void virCommandAddEnvPassCommon(virCommand *cmd);

/*
 * virCommandClearEnv:
 *
 * The child gets only the variables added with the AddEnv functions
 * (before or after this call), nothing inherited.
 */
void virCommandClearEnv(virCommand *cmd);

/* virCommandSetWorkingDirectory: the child's cwd; setting it twice records an error. */
void virCommandSetWorkingDirectory(virCommand *cmd, const char *pwd);

/*
 * virCommandPassFD:
 * @fd: descriptor (>= 3) to keep open, at the same number, in the child
 * @flags: virCommandPassFDFlags
 *
 * Every other descriptor except stdin/stdout/stderr is closed in the
 * child before exec, whether or not it has O_CLOEXEC. An @fd < 3
 * records an error.
 */
void virCommandPassFD(virCommand *cmd, int fd, unsigned int flags);

/*
 * virCommandSetInputBuffer:
 *
 * Feeds the NUL-terminated @inbuf (copied) to the child's stdin, then
 * closes it. Requires virCommandRun() or RunAsync + Wait (the data is
 * written during Wait). Setting stdin twice records an error.
 */
void virCommandSetInputBuffer(virCommand *cmd, const char *inbuf);

/* virCommandSetInputFD: the child's stdin is a copy of @infd (>= 0, stays the caller's). */
void virCommandSetInputFD(virCommand *cmd, int infd);

/*
 * virCommandSetOutputBuffer:
 * @outbuf: set to NULL now, and to a new NUL-terminated string with
 *          all of the child's stdout by virCommandRun/Wait (also on
 *          most failures); caller frees
 *
 * The buffers are filled during Wait, with poll(), so stdout and
 * stderr may both be large. Setting stdout twice records an error.
 */
void virCommandSetOutputBuffer(virCommand *cmd, char **outbuf);

/*
 * virCommandSetErrorBuffer:
 *
 * Like virCommandSetOutputBuffer() for stderr. Passing the same
 * pointer as for stdout collects both streams, interleaved, in one
 * string.
 */
void virCommandSetErrorBuffer(virCommand *cmd, char **errbuf);

/*
 * virCommandSetOutputFD:
 * @outfd: if *@outfd >= 0, the child's stdout is a copy of it (e.g. a
 *         log file; the caller keeps it). If it is -1, a pipe is made
 *         at run time and *@outfd receives its read end, owned by the
 *         caller, who must drain it.
 *
 * Without any stdout setting, virCommandRun() captures stdout (and
 * discards it) and virCommandRunAsync() uses /dev/null.
 */
void virCommandSetOutputFD(virCommand *cmd, int *outfd);

/*
 * virCommandSetErrorFD:
 *
 * Like virCommandSetOutputFD() for stderr. Without any stderr setting,
 * virCommandRun() captures stderr for its error messages.
 */
void virCommandSetErrorFD(virCommand *cmd, int *errfd);

/* virCommandSetUmask: the child's umask. */
void virCommandSetUmask(virCommand *cmd, mode_t umask);

/*
 * virCommandSetTimeout:
 * @timeout_ms: > 0 to limit the run, 0 for no limit
 *
 * When the child is still running @timeout_ms after it was started,
 * Run/Wait send it SIGTERM, then SIGKILL after one more second, reap
 * it and fail with VIR_ERR_OPERATION_TIMEOUT ("... timed out ...").
 * The clock starts when the child is started. No effect on daemons.
 */
void virCommandSetTimeout(virCommand *cmd, int timeout_ms);

/*
 * virCommandDaemonize:
 *
 * The child detaches: it calls setsid(), forks again and the grandchild
 * runs the program, with cwd "/" (unless set) and unset stdio on
 * /dev/null. Run/RunAsync return once the program has been exec'd; the
 * intermediate child is reaped by then, so there is nothing to Wait
 * for. Buffers (input, output, error) cannot be used with it.
 */
void virCommandDaemonize(virCommand *cmd);

/*
 * virCommandSetPidFile:
 *
 * With virCommandDaemonize(): the daemon's pid is written atomically
 * to @pidfile before Run/RunAsync returns. Without daemonizing: the
 * child's pid is written right after it was started.
 */
void virCommandSetPidFile(virCommand *cmd, const char *pidfile);

/*
 * virCommandRawStatus:
 *
 * Run/Wait store the raw waitpid() status in *exitstatus instead of
 * the exit code, and a death by signal is no longer an error.
 */
void virCommandRawStatus(virCommand *cmd);

/*
 * virCommandToString:
 *
 * Returns the added environment settings and the arguments, shell-quoted
 * and joined by spaces, for logs and messages only; it is never run
 * through a shell. Caller frees. Returns NULL with the recorded error
 * reported if building the command failed.
 */
char *virCommandToString(virCommand *cmd);

/*
 * virCommandRun:
 * @exitstatus: where to store the exit code, or NULL
 *
 * Starts the child, feeds and collects the buffers, and waits for it.
 * With @exitstatus NULL, anything but exit code 0 is an error:
 * VIR_ERR_INTERNAL_ERROR "Child process (CMDLINE) unexpected exit
 * status N: STDERR-TAIL". With @exitstatus, the code is stored and
 * only a death by signal is an error (see virCommandRawStatus).
 *
 * A command runs at most once. Returns 0, or -1 with an error reported
 * (a child that was started has been reaped by then).
 */
int virCommandRun(virCommand *cmd, int *exitstatus);

/*
 * virCommandRunAsync:
 * @pid: where to store the child's pid (the daemon's with Daemonize), or NULL
 *
 * Starts the child and returns once it has been exec'd (an exec failure
 * is reported here). Unless daemonized, finish with virCommandWait() or
 * virCommandAbort(); freeing the command aborts a child still running.
 * Until Wait is called nothing drains the buffers' pipes.
 *
 * Returns 0, or -1 with an error reported.
 */
int virCommandRunAsync(virCommand *cmd, pid_t *pid);

/*
 * virCommandWait:
 *
 * Does the buffer I/O of a child started with RunAsync, waits for it
 * (honouring the timeout) and reaps it; @exitstatus as in Run.
 *
 * Returns 0, or -1 with an error reported.
 */
int virCommandWait(virCommand *cmd, int *exitstatus);

/*
 * virCommandAbort:
 *
 * If the child is still running: SIGTERM, SIGKILL after a grace period,
 * and reap. Reports nothing. Nothing to do for daemons or after Wait.
 */
void virCommandAbort(virCommand *cmd);

/* virCommandFree: aborts a running child (see Abort) and frees @cmd; NULL is fine. */
void virCommandFree(virCommand *cmd);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virCommand, virCommandFree);
