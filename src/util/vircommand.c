/*
 * vircommand.c: run child processes without a shell
 *
 * This file builds the command, wires up stdio and does the buffer I/O;
 * the fork and exec happen in virProcessSpawn() (virprocess.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>

#include "internal.h"
#include "vircommand.h"
#include "virerror.h"
#include "virfile.h"
#include "virlog.h"
#include "virpidfile.h"
#include "virprocess.h"

#define VIR_FROM_THIS VIR_FROM_NONE

VIR_LOG_INIT("util.command");

/* Time between SIGTERM and SIGKILL when a timed-out or aborted child is ended. */
#define VIR_COMMAND_KILL_GRACE_MS 1000
/* Bytes of stderr quoted in "unexpected exit status" errors. */
#define VIR_COMMAND_ERR_TAIL 1024
/* Stderr that Run captures on its own is trimmed to about this size. */
#define VIR_COMMAND_CAPTURE_MAX (64 * 1024)

typedef struct {
    int fd;
    unsigned int flags; /* virCommandPassFDFlags */
} virCommandFD;

struct _virCommand {
    int errcode;  /* first misuse recorded by a builder call (virErrorNumber), 0 if none */
    char *errmsg; /* its message */

    GPtrArray *args; /* owned strings; args[0] is the binary as given */
    GPtrArray *env;  /* owned "NAME=VALUE" strings, at most one per NAME */
    bool clearEnv;   /* the child gets only @env */
    char *pwd;       /* the child's cwd, or NULL */
    GArray *passfds; /* virCommandFD kept open in the child; fd -1 once closed */

    char *inbuf;   /* data for stdin, or NULL */
    size_t inlen;  /* strlen(inbuf) */
    int infd;      /* caller's fd for stdin (borrowed), or -1 */
    char **outbuf; /* where stdout goes as a string, or NULL */
    char **errbuf; /* where stderr goes as a string, or NULL (may equal @outbuf) */
    int *outfdptr; /* caller's stdout fd slot, or NULL */
    int *errfdptr; /* caller's stderr fd slot, or NULL (may equal @outfdptr) */

    bool hasUmask;
    mode_t umask;
    int timeout; /* ms, 0 for none */
    bool daemonize;
    char *pidfile; /* or NULL */
    bool rawStatus;

    /* Run state. */
    bool started;         /* Run/RunAsync was called; a command runs once */
    bool capture;         /* set by Run: capture stdout/stderr the caller left unset */
    pid_t pid;            /* child still to be reaped, or -1 */
    int pidfd;            /* pidfd of @pid, or -1 (kernels before 5.3) */
    gint64 deadline;      /* g_get_monotonic_time() when the timeout hits, 0 for none */
    virProcessPipe io[3]; /* parent's side of pipes to the child's stdin, stdout, stderr */
    int *madefd[2];       /* caller slots (stdout, stderr) we filled with a new pipe */
};


static void virCommandRecordError(virCommand *cmd, int code, const char *fmt, ...)
    G_GNUC_PRINTF(3, 4);

static void
virCommandRecordError(virCommand *cmd, int code, const char *fmt, ...)
{
    va_list ap;

    if (cmd->errcode)
        return;
    va_start(ap, fmt);
    cmd->errmsg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    cmd->errcode = code;
    VIR_DEBUG("command '%s': %s", (char *)cmd->args->pdata[0], cmd->errmsg);
}


virCommand *
virCommandNew(const char *binary)
{
    virCommand *cmd = g_new0(virCommand, 1);

    cmd->args = g_ptr_array_new_with_free_func(g_free);
    cmd->env = g_ptr_array_new_with_free_func(g_free);
    cmd->passfds = g_array_new(FALSE, FALSE, sizeof(virCommandFD));
    cmd->infd = -1;
    cmd->pid = -1;
    cmd->pidfd = -1;
    cmd->io[0].fd = -1;
    cmd->io[1].fd = -1;
    cmd->io[2].fd = -1;
    g_ptr_array_add(cmd->args, g_strdup(binary ? binary : ""));
    if (!binary || !*binary)
        virCommandRecordError(cmd, VIR_ERR_INVALID_ARG, "%s", _("Missing binary for command"));
    return cmd;
}


virCommand *
virCommandNewArgs(const char *const *args)
{
    virCommand *cmd = virCommandNew(args[0]);

    if (args[0])
        virCommandAddArgSet(cmd, args + 1);
    return cmd;
}


virCommand *
virCommandNewArgList(const char *binary, ...)
{
    virCommand *cmd = virCommandNew(binary);
    const char *arg;
    va_list ap;

    va_start(ap, binary);
    while ((arg = va_arg(ap, const char *)))
        virCommandAddArg(cmd, arg);
    va_end(ap);
    return cmd;
}


void
virCommandAddArg(virCommand *cmd, const char *val)
{
    if (!cmd)
        return;
    if (!val) {
        virCommandRecordError(cmd, VIR_ERR_INVALID_ARG, "%s", _("Missing argument for command"));
        return;
    }
    g_ptr_array_add(cmd->args, g_strdup(val));
}


void
virCommandAddArgFormat(virCommand *cmd, const char *format, ...)
{
    va_list ap;

    if (!cmd)
        return;
    va_start(ap, format);
    g_ptr_array_add(cmd->args, g_strdup_vprintf(format, ap));
    va_end(ap);
}


void
virCommandAddArgPair(virCommand *cmd, const char *name, const char *val)
{
    if (!cmd)
        return;
    if (!name || !val) {
        virCommandRecordError(cmd, VIR_ERR_INVALID_ARG, "%s", _("Missing argument for command"));
        return;
    }
    virCommandAddArgFormat(cmd, "%s=%s", name, val);
}


void
virCommandAddArgSet(virCommand *cmd, const char *const *vals)
{
    size_t i;

    for (i = 0; cmd && vals[i]; i++)
        virCommandAddArg(cmd, vals[i]);
}


void
virCommandAddArgList(virCommand *cmd, ...)
{
    const char *arg;
    va_list ap;

    if (!cmd)
        return;
    va_start(ap, cmd);
    while ((arg = va_arg(ap, const char *)))
        virCommandAddArg(cmd, arg);
    va_end(ap);
}


/* Adds "NAME=VALUE" (taking ownership of @str), dropping an earlier NAME. */
static void
virCommandSetEnv(virCommand *cmd, char *str)
{
    size_t namelen = strchr(str, '=') - str + 1;
    guint i;

    for (i = 0; i < cmd->env->len; i++) {
        if (strncmp(cmd->env->pdata[i], str, namelen) == 0) {
            g_ptr_array_remove_index(cmd->env, i);
            break;
        }
    }
    g_ptr_array_add(cmd->env, str);
}


void
virCommandAddEnvPair(virCommand *cmd, const char *name, const char *value)
{
    if (!cmd)
        return;
    if (!name || !*name || strchr(name, '=') || !value) {
        virCommandRecordError(cmd, VIR_ERR_INVALID_ARG, _("Invalid environment variable '%1$s'"),
                              NULLSTR(name));
        return;
    }
    virCommandSetEnv(cmd, g_strdup_printf("%s=%s", name, value));
}


void
virCommandAddEnvFormat(virCommand *cmd, const char *name, const char *format, ...)
{
    g_autofree char *value = NULL;
    va_list ap;

    if (!cmd)
        return;
    va_start(ap, format);
    value = g_strdup_vprintf(format, ap);
    va_end(ap);
    virCommandAddEnvPair(cmd, name, value);
}


void
virCommandAddEnvString(virCommand *cmd, const char *str)
{
    if (!cmd)
        return;
    if (!str || !strchr(str, '=') || str[0] == '=') {
        virCommandRecordError(cmd, VIR_ERR_INVALID_ARG, _("Invalid environment setting '%1$s'"),
                              NULLSTR(str));
        return;
    }
    virCommandSetEnv(cmd, g_strdup(str));
}


void
virCommandAddEnvPass(virCommand *cmd, const char *name)
{
    const char *value;

    if (!cmd || !name)
        return;
    if ((value = g_getenv(name)))
        virCommandAddEnvPair(cmd, name, value);
}


void
virCommandAddEnvPassCommon(virCommand *cmd)
{
    static const char *const pass[] = {
        "PATH", "LD_PRELOAD", "LD_LIBRARY_PATH", "HOME", "USER", "LOGNAME", "TMPDIR",
    };
    size_t i;

    virCommandAddEnvPair(cmd, "LC_ALL", "C");
    for (i = 0; i < G_N_ELEMENTS(pass); i++)
        virCommandAddEnvPass(cmd, pass[i]);
}


void
virCommandClearEnv(virCommand *cmd)
{
    if (cmd)
        cmd->clearEnv = true;
}


void
virCommandSetWorkingDirectory(virCommand *cmd, const char *pwd)
{
    if (!cmd)
        return;
    if (cmd->pwd || !pwd) {
        virCommandRecordError(cmd, VIR_ERR_INTERNAL_ERROR, "%s",
                              _("Cannot set the working directory of a command twice"));
        return;
    }
    cmd->pwd = g_strdup(pwd);
}


void
virCommandPassFD(virCommand *cmd, int fd, unsigned int flags)
{
    virCommandFD ent = { .fd = fd, .flags = flags };
    guint i;

    if (!cmd)
        return;
    if (fd < 3) {
        virCommandRecordError(cmd, VIR_ERR_INVALID_ARG, _("Cannot pass descriptor %1$d to a child"),
                              fd);
        return;
    }
    for (i = 0; i < cmd->passfds->len; i++) {
        virCommandFD *have = &g_array_index(cmd->passfds, virCommandFD, i);

        if (have->fd == fd) {
            have->flags |= flags;
            return;
        }
    }
    g_array_append_val(cmd->passfds, ent);
}


void
virCommandSetInputBuffer(virCommand *cmd, const char *inbuf)
{
    if (!cmd)
        return;
    if (cmd->inbuf || cmd->infd >= 0 || !inbuf) {
        virCommandRecordError(cmd, VIR_ERR_INTERNAL_ERROR, "%s",
                              _("Cannot set the input of a command twice"));
        return;
    }
    cmd->inbuf = g_strdup(inbuf);
    cmd->inlen = strlen(inbuf);
}


void
virCommandSetInputFD(virCommand *cmd, int infd)
{
    if (!cmd)
        return;
    if (cmd->inbuf || cmd->infd >= 0 || infd < 0) {
        virCommandRecordError(cmd, VIR_ERR_INTERNAL_ERROR, "%s",
                              _("Cannot set the input of a command twice"));
        return;
    }
    cmd->infd = infd;
}


/* Common part of the four stdout/stderr setters. */
static void
virCommandSetOutput(virCommand *cmd, bool isErr, char **buf, int *fdptr)
{
    char ***bufslot;
    int **fdslot;

    if (buf)
        *buf = NULL;
    if (!cmd)
        return;
    bufslot = isErr ? &cmd->errbuf : &cmd->outbuf;
    fdslot = isErr ? &cmd->errfdptr : &cmd->outfdptr;
    if (*bufslot || *fdslot || (!buf && !fdptr)) {
        virCommandRecordError(cmd, VIR_ERR_INTERNAL_ERROR,
                              _("Cannot set the %1$s of a command twice"),
                              isErr ? "stderr" : "stdout");
        return;
    }
    *bufslot = buf;
    *fdslot = fdptr;
}


void
virCommandSetOutputBuffer(virCommand *cmd, char **outbuf)
{
    virCommandSetOutput(cmd, false, outbuf, NULL);
}


void
virCommandSetErrorBuffer(virCommand *cmd, char **errbuf)
{
    virCommandSetOutput(cmd, true, errbuf, NULL);
}


void
virCommandSetOutputFD(virCommand *cmd, int *outfd)
{
    virCommandSetOutput(cmd, false, NULL, outfd);
}


void
virCommandSetErrorFD(virCommand *cmd, int *errfd)
{
    virCommandSetOutput(cmd, true, NULL, errfd);
}


void
virCommandSetUmask(virCommand *cmd, mode_t umask)
{
    if (!cmd)
        return;
    cmd->hasUmask = true;
    cmd->umask = umask & 0777;
}


void
virCommandSetTimeout(virCommand *cmd, int timeout_ms)
{
    if (cmd)
        cmd->timeout = MAX(timeout_ms, 0);
}


void
virCommandDaemonize(virCommand *cmd)
{
    if (cmd)
        cmd->daemonize = true;
}


void
virCommandSetPidFile(virCommand *cmd, const char *pidfile)
{
    if (!cmd)
        return;
    g_free(cmd->pidfile);
    cmd->pidfile = g_strdup(pidfile);
}


void
virCommandRawStatus(virCommand *cmd)
{
    if (cmd)
        cmd->rawStatus = true;
}


/* Appends @s quoted for a POSIX shell (only when needed). */
static void
virCommandQuote(GString *buf, const char *s)
{
    static const char safe[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                               "0123456789_@%+=:,./-";
    const char *p;

    if (*s && strspn(s, safe) == strlen(s)) {
        g_string_append(buf, s);
        return;
    }
    g_string_append_c(buf, '\'');
    for (p = s; *p; p++) {
        if (*p == '\'')
            g_string_append(buf, "'\\''");
        else
            g_string_append_c(buf, *p);
    }
    g_string_append_c(buf, '\'');
}


static char *
virCommandJoin(virCommand *cmd, bool withEnv)
{
    GString *buf = g_string_new(NULL);
    guint i;

    for (i = 0; withEnv && i < cmd->env->len; i++) {
        const char *var = cmd->env->pdata[i];
        const char *eq = strchr(var, '=');

        g_string_append_len(buf, var, eq - var + 1);
        virCommandQuote(buf, eq + 1);
        g_string_append_c(buf, ' ');
    }
    for (i = 0; i < cmd->args->len; i++) {
        if (i > 0)
            g_string_append_c(buf, ' ');
        virCommandQuote(buf, cmd->args->pdata[i]);
    }
    return g_string_free(buf, FALSE);
}


char *
virCommandToString(virCommand *cmd)
{
    if (!cmd) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("Missing command"));
        return NULL;
    }
    if (cmd->errcode) {
        virReportError(cmd->errcode, "%s", cmd->errmsg);
        return NULL;
    }
    return virCommandJoin(cmd, true);
}


static void
virCommandClosePipes(virCommand *cmd)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(cmd->io); i++)
        VIR_FORCE_CLOSE(cmd->io[i].fd);
}


/* The parent's copies of fds passed with CLOSE_PARENT are closed once. */
static void
virCommandClosePassFDs(virCommand *cmd)
{
    guint i;

    for (i = 0; i < cmd->passfds->len; i++) {
        virCommandFD *ent = &g_array_index(cmd->passfds, virCommandFD, i);

        if (ent->flags & VIR_COMMAND_PASS_FD_CLOSE_PARENT)
            VIR_FORCE_CLOSE(ent->fd);
    }
}


/* Ends the child if it is still running (TERM, grace, KILL) and reaps it. */
static void
virCommandTerminate(virCommand *cmd)
{
    int status;

    if (cmd->pid <= 0)
        return;
    virCommandClosePipes(cmd);
    if (!virProcessWaitForExit(cmd->pid, cmd->pidfd, 0)) {
        VIR_DEBUG("terminating child %lld", (long long)cmd->pid);
        (void)kill(cmd->pid, SIGTERM);
        if (!virProcessWaitForExit(cmd->pid, cmd->pidfd, VIR_COMMAND_KILL_GRACE_MS))
            (void)kill(cmd->pid, SIGKILL);
    }
    while (waitpid(cmd->pid, &status, 0) < 0 && errno == EINTR) {
    }
    cmd->pid = -1;
    VIR_FORCE_CLOSE(cmd->pidfd);
}


/* Checks done before a run; reports the first builder error. */
static int
virCommandCheckRunnable(virCommand *cmd)
{
    if (!cmd) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("Missing command"));
        return -1;
    }
    if (cmd->errcode) {
        virReportError(cmd->errcode, "%s", cmd->errmsg);
        return -1;
    }
    if (cmd->started) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("Command '%1$s' has already been run"),
                       (char *)cmd->args->pdata[0]);
        return -1;
    }
    if (cmd->daemonize && (cmd->inbuf || cmd->outbuf || cmd->errbuf)) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("Command '%1$s' cannot use buffers when daemonized"),
                       (char *)cmd->args->pdata[0]);
        return -1;
    }
    return 0;
}


/* Milliseconds until the deadline: -1 for no timeout, 0 once it passed. */
static int
virCommandRemainingMs(virCommand *cmd)
{
    gint64 left;

    if (!cmd->deadline)
        return -1;
    left = cmd->deadline - g_get_monotonic_time();
    if (left <= 0)
        return 0;
    return (int)MIN((left + 999) / 1000, G_MAXINT);
}


/* Returns the end of what the child wrote to stderr (new string), or NULL. */
static char *
virCommandErrorTail(virCommand *cmd)
{
    GString *data = cmd->io[2].output;
    const char *start;
    g_autofree char *tail = NULL;

    if (cmd->errbuf && cmd->errbuf == cmd->outbuf)
        data = cmd->io[1].output;
    if (!data || data->len == 0)
        return NULL;
    start = data->str + (data->len > VIR_COMMAND_ERR_TAIL ? data->len - VIR_COMMAND_ERR_TAIL : 0);
    tail = g_utf8_make_valid(start, -1);
    g_strstrip(tail);
    if (!*tail)
        return NULL;
    return g_steal_pointer(&tail);
}


/* Hands the collected strings to the caller's buffers (always allocated). */
static void
virCommandDeliverBuffers(virCommand *cmd)
{
    GString **out = &cmd->io[1].output;
    GString **err = &cmd->io[2].output;

    if (cmd->outbuf) {
        g_free(*cmd->outbuf);
        *cmd->outbuf = *out ? g_string_free(g_steal_pointer(out), FALSE) : g_strdup("");
    }
    if (cmd->errbuf && cmd->errbuf != cmd->outbuf) {
        g_free(*cmd->errbuf);
        *cmd->errbuf = *err ? g_string_free(g_steal_pointer(err), FALSE) : g_strdup("");
    }
}


static int
virCommandCheckStatus(virCommand *cmd, int status, int *exitstatus)
{
    g_autofree char *argstr = NULL;
    g_autofree char *st = NULL;
    g_autofree char *tail = NULL;

    if (exitstatus && cmd->rawStatus) {
        *exitstatus = status;
        return 0;
    }
    if (exitstatus && WIFEXITED(status)) {
        *exitstatus = WEXITSTATUS(status);
        return 0;
    }
    if (!exitstatus && status == 0)
        return 0;

    argstr = virCommandJoin(cmd, false);
    st = virProcessTranslateStatus(status);
    tail = virCommandErrorTail(cmd);
    virReportError(VIR_ERR_INTERNAL_ERROR, _("Child process (%1$s) unexpected %2$s%3$s%4$s"),
                   argstr, st, tail ? ": " : "", NULLSTR_EMPTY(tail));
    return -1;
}


int
virCommandWait(virCommand *cmd, int *exitstatus)
{
    int status = 0;
    int rc;

    if (!cmd || !cmd->started || cmd->errcode) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                       _("Cannot wait for a command that did not start"));
        return -1;
    }
    if (cmd->pid <= 0) {
        if (cmd->daemonize) {
            if (exitstatus)
                *exitstatus = 0;
            return 0;
        }
        virReportError(VIR_ERR_INTERNAL_ERROR, _("Command '%1$s' has already been waited for"),
                       (char *)cmd->args->pdata[0]);
        return -1;
    }

    rc = virProcessPumpPipes(cmd->io, G_N_ELEMENTS(cmd->io), cmd->deadline, cmd->args->pdata[0]);
    if (rc == 0 && cmd->deadline &&
        !virProcessWaitForExit(cmd->pid, cmd->pidfd, virCommandRemainingMs(cmd)))
        rc = 1;
    if (rc != 0) {
        virError *saved = NULL;

        virErrorPreserveLast(&saved);
        virCommandTerminate(cmd);
        virErrorRestore(&saved);
        if (rc == 1) {
            g_autofree char *argstr = virCommandJoin(cmd, false);

            virReportError(VIR_ERR_OPERATION_TIMEOUT,
                           _("Child process (%1$s) timed out after %2$d ms"), argstr, cmd->timeout);
        }
        virCommandDeliverBuffers(cmd);
        return -1;
    }

    if (virProcessWait(cmd->pid, &status, true) < 0) {
        cmd->pid = -1;
        VIR_FORCE_CLOSE(cmd->pidfd);
        virCommandDeliverBuffers(cmd);
        return -1;
    }
    cmd->pid = -1;
    VIR_FORCE_CLOSE(cmd->pidfd);
    VIR_DEBUG("child '%s' ended with status %d", (char *)cmd->args->pdata[0], status);
    rc = virCommandCheckStatus(cmd, status, exitstatus);
    virCommandDeliverBuffers(cmd);
    return rc;
}


/* A pipe for one stdio stream; the parent's end is O_NONBLOCK if @nonblock. */
static int
virCommandMakePipe(bool childReads, bool nonblock, int *childEnd, int *parentEnd)
{
    int fds[2];

    if (pipe2(fds, O_CLOEXEC) < 0) {
        virReportSystemError(errno, "%s", _("Cannot create a pipe for a child process"));
        return -1;
    }
    *childEnd = fds[childReads ? 0 : 1];
    *parentEnd = fds[childReads ? 1 : 0];
    if (nonblock && fcntl(*parentEnd, F_SETFL, O_NONBLOCK) < 0) {
        virReportSystemError(errno, "%s", _("Cannot create a pipe for a child process"));
        VIR_FORCE_CLOSE(*childEnd);
        VIR_FORCE_CLOSE(*parentEnd);
        return -1;
    }
    return 0;
}


/*
 * Sets up stdout or stderr: a pipe into a buffer (the caller's, or for
 * Run our own capture), a pipe handed to the caller, the caller's fd,
 * or -1 for /dev/null. The child end of a pipe we made is also stored
 * in *@own, to be closed after the spawn.
 */
static int
virCommandSetupOutput(virCommand *cmd, bool isErr, int *src, int *own)
{
    char **buf = isErr ? cmd->errbuf : cmd->outbuf;
    int *fdptr = isErr ? cmd->errfdptr : cmd->outfdptr;

    if (buf || (!fdptr && cmd->capture)) {
        virProcessPipe *p = &cmd->io[isErr ? 2 : 1];

        if (virCommandMakePipe(false, true, src, &p->fd) < 0)
            return -1;
        *own = *src;
        /* Run's own stdout capture is only drained; its stderr feeds error messages. */
        if (isErr || buf)
            p->output = g_string_new(NULL);
        if (isErr && !buf)
            p->keepTail = VIR_COMMAND_CAPTURE_MAX;
        return 0;
    }
    if (fdptr && *fdptr < 0) {
        if (virCommandMakePipe(false, false, src, fdptr) < 0)
            return -1;
        *own = *src;
        cmd->madefd[isErr ? 1 : 0] = fdptr;
        return 0;
    }
    *src = fdptr ? *fdptr : -1;
    return 0;
}


static int
virCommandSetupStdio(virCommand *cmd, int *stdfds, int *own)
{
    stdfds[0] = cmd->infd;
    if (cmd->inbuf) {
        if (virCommandMakePipe(true, true, &stdfds[0], &cmd->io[0].fd) < 0)
            return -1;
        own[0] = stdfds[0];
        cmd->io[0].input = cmd->inbuf;
        cmd->io[0].inlen = cmd->inlen;
    }
    if (virCommandSetupOutput(cmd, false, &stdfds[1], &own[1]) < 0)
        return -1;
    /* The same buffer or fd slot for both: one stream, interleaved. */
    if ((cmd->errbuf && cmd->errbuf == cmd->outbuf) ||
        (cmd->errfdptr && cmd->errfdptr == cmd->outfdptr)) {
        stdfds[2] = stdfds[1];
        return 0;
    }
    return virCommandSetupOutput(cmd, true, &stdfds[2], &own[2]);
}


/* The child's environment: inherited (unless cleared) plus the additions. */
static char **
virCommandBuildEnv(virCommand *cmd)
{
    char **envp = cmd->clearEnv ? g_new0(char *, 1) : g_get_environ();
    guint i;

    for (i = 0; i < cmd->env->len; i++) {
        const char *var = cmd->env->pdata[i];
        const char *eq = strchr(var, '=');
        g_autofree char *name = g_strndup(var, eq - var);

        envp = g_environ_setenv(envp, name, eq + 1, TRUE);
    }
    return envp;
}


static char *
virCommandFindBinary(virCommand *cmd)
{
    const char *name = cmd->args->pdata[0];
    char *path;

    if (strchr(name, '/'))
        return g_strdup(name);
    if (!(path = virFileFindInPath(name)))
        virReportSystemError(ENOENT, _("Cannot find '%1$s' in path"), name);
    return path;
}


static int
virCommandSpawn(virCommand *cmd, pid_t *pidret)
{
    virProcessSpawnSpec spec = { .stdfds = { -1, -1, -1 } };
    g_autofree char *binary = NULL;
    g_autofree char **argv = NULL;
    g_auto(GStrv) envp = NULL;
    g_autofree int *passfds = NULL;
    int own[3] = { -1, -1, -1 };
    pid_t pid;
    int ret = -1;
    guint i;

    if (!(binary = virCommandFindBinary(cmd)) || virCommandSetupStdio(cmd, spec.stdfds, own) < 0)
        goto cleanup;

    argv = g_new0(char *, cmd->args->len + 1);
    for (i = 0; i < cmd->args->len; i++)
        argv[i] = cmd->args->pdata[i];
    envp = virCommandBuildEnv(cmd);
    passfds = g_new0(int, cmd->passfds->len + 1);
    for (i = 0; i < cmd->passfds->len; i++)
        passfds[i] = g_array_index(cmd->passfds, virCommandFD, i).fd;

    spec.binary = binary;
    spec.argv = argv;
    spec.envp = envp;
    spec.passfds = passfds;
    spec.npassfds = cmd->passfds->len;
    spec.pwd = cmd->pwd;
    spec.hasUmask = cmd->hasUmask;
    spec.umask = cmd->umask;
    spec.daemonize = cmd->daemonize;
    if (virProcessSpawn(&spec, &pid) < 0)
        goto cleanup;

    if (!cmd->daemonize) {
        cmd->pid = pid;
        cmd->pidfd = MAX(virProcessOpenPidfd(pid), -1);
        if (cmd->timeout > 0)
            cmd->deadline = g_get_monotonic_time() + (gint64)cmd->timeout * 1000;
    }
    if (cmd->pidfile && virPidFileWritePath(cmd->pidfile, pid) < 0) {
        if (cmd->daemonize)
            (void)virProcessKill(pid, SIGKILL);
        else
            virCommandTerminate(cmd);
        goto cleanup;
    }
    if (pidret)
        *pidret = pid;
    ret = 0;

cleanup:
    for (i = 0; i < 3; i++)
        VIR_FORCE_CLOSE(own[i]);
    return ret;
}


int
virCommandRunAsync(virCommand *cmd, pid_t *pid)
{
    g_autofree char *str = NULL;
    int ret;

    if (virCommandCheckRunnable(cmd) < 0)
        return -1;
    cmd->started = true;
    str = virCommandJoin(cmd, true);
    VIR_DEBUG("running %s%s", str, cmd->daemonize ? " (daemonized)" : "");

    ret = virCommandSpawn(cmd, pid);
    virCommandClosePassFDs(cmd);
    if (ret < 0) {
        size_t i;

        virCommandClosePipes(cmd);
        for (i = 0; i < G_N_ELEMENTS(cmd->madefd); i++) {
            if (cmd->madefd[i])
                VIR_FORCE_CLOSE(*cmd->madefd[i]);
        }
    }
    return ret;
}


int
virCommandRun(virCommand *cmd, int *exitstatus)
{
    if (cmd)
        cmd->capture = !cmd->daemonize;
    if (virCommandRunAsync(cmd, NULL) < 0)
        return -1;
    if (cmd->daemonize) {
        if (exitstatus)
            *exitstatus = 0;
        return 0;
    }
    return virCommandWait(cmd, exitstatus);
}


void
virCommandAbort(virCommand *cmd)
{
    if (!cmd)
        return;
    virCommandTerminate(cmd);
    virCommandClosePipes(cmd);
}


void
virCommandFree(virCommand *cmd)
{
    size_t i;

    if (!cmd)
        return;
    virCommandAbort(cmd);
    virCommandClosePassFDs(cmd);
    g_free(cmd->errmsg);
    g_ptr_array_unref(cmd->args);
    g_ptr_array_unref(cmd->env);
    g_array_unref(cmd->passfds);
    g_free(cmd->pwd);
    g_free(cmd->inbuf);
    g_free(cmd->pidfile);
    for (i = 0; i < G_N_ELEMENTS(cmd->io); i++) {
        if (cmd->io[i].output)
            g_string_free(cmd->io[i].output, TRUE);
    }
    g_free(cmd);
}
