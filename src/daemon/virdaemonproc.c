/*
 * virdaemonproc.c: directories, --daemon and readiness for every daemon
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>

#include "internal.h"
#include "virdaemonproc.h"
#include "virerror.h"
#include "virfile.h"
#include "virlog.h"

#define VIR_FROM_THIS VIR_FROM_NONE

VIR_LOG_INIT("daemon.proc");


int
virDaemonProcMakeDirs(const virDaemonPaths *paths)
{
    mode_t mode = paths->mode == VIR_DAEMON_PATHS_SESSION ? 0700 : 0755;
    g_autofree char *pidDir = g_path_get_dirname(paths->pidFile);
    const char *dirs[] = { paths->runDir, paths->sockDir, paths->stateDir, pidDir };
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(dirs); i++) {
        if (virFileMakePathWithMode(dirs[i], mode) < 0)
            return -1;
    }
    return 0;
}


int
virDaemonProcDetach(int *statusFd, int *exitStatus)
{
    int fds[2] = { -1, -1 };
    pid_t pid;
    char status = 1;

    if (pipe2(fds, O_CLOEXEC) < 0) {
        virReportSystemError(errno, "%s", _("cannot create a pipe"));
        return -1;
    }
    pid = fork();
    if (pid < 0) {
        virReportSystemError(errno, "%s", _("cannot fork into the background"));
        VIR_FORCE_CLOSE(fds[0]);
        VIR_FORCE_CLOSE(fds[1]);
        return -1;
    }
    if (pid == 0) {
        VIR_FORCE_CLOSE(fds[0]);
        if (setsid() < 0)
            _exit(1);
        pid = fork();
        if (pid < 0)
            _exit(1);
        if (pid > 0)
            _exit(0);
        *statusFd = fds[1];
        return 0;
    }

    VIR_FORCE_CLOSE(fds[1]);
    while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
        ;
    /* EOF without a byte: the daemon died or failed before it was ready */
    while (read(fds[0], &status, 1) < 0 && errno == EINTR)
        ;
    VIR_FORCE_CLOSE(fds[0]);
    *exitStatus = status == 0 ? 0 : 1;
    return 1;
}


void
virDaemonProcReportReady(int *statusFd)
{
    char ok = 0;
    int null;

    if (*statusFd < 0)
        return;
    if (chdir("/") < 0)
        VIR_WARN("cannot change to '/': %s", g_strerror(errno));
    null = open("/dev/null", O_RDWR | O_CLOEXEC);
    if (null >= 0) {
        (void)dup2(null, STDIN_FILENO);
        (void)dup2(null, STDOUT_FILENO);
        (void)dup2(null, STDERR_FILENO);
        VIR_FORCE_CLOSE(null);
    }
    if (virFileSafeWrite(*statusFd, &ok, 1) < 0)
        VIR_WARN("cannot report start-up to the parent: %s", g_strerror(errno));
    VIR_FORCE_CLOSE(*statusFd);
}
