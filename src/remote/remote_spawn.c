/*
 * remote_spawn.c: connecting to a session daemon, starting it on demand
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "internal.h"
#include "remote_spawn.h"
#include "vircommand.h"
#include "virerror.h"
#include "virfile.h"
#include "virlog.h"
#include "virnetsocket.h"
#include "virprocess.h"

#define VIR_FROM_THIS VIR_FROM_REMOTE

VIR_LOG_INIT("remote.remote_spawn");

/* Between bind() and listen() a socket refuses: how often to retry then. */
#define REMOTE_SPAWN_REFUSED_RETRY_MS 20


char *
remoteSpawnFindDaemon(const char *name)
{
    const char *dir = g_getenv(REMOTE_SPAWN_DAEMON_PATH_ENV);
    g_autofree char *built = NULL;

    if (dir && *dir)
        return g_build_filename(dir, name, NULL);
#ifdef VIRTTESTD_BUILD_PATH
    built = g_build_filename(VIRTTESTD_BUILD_PATH, name, NULL);
    if (virFileIsExecutable(built))
        return g_steal_pointer(&built);
#endif
    return g_build_filename(MODVIRT_SBINDIR, name, NULL);
}


/* One connect() attempt; returns the fd, or -1 with *@err set (nothing reported). */
static int
remoteSpawnTryConnect(const char *path, int *err)
{
    struct sockaddr_un addr = { .sun_family = AF_UNIX };
    int fd;
    int rc = 0;

    if (strlen(path) >= sizeof(addr.sun_path)) {
        *err = ENAMETOOLONG;
        return -1;
    }
    memcpy(addr.sun_path, path, strlen(path) + 1);
    if ((fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0)) < 0) {
        *err = errno;
        return -1;
    }
    do {
        rc = connect(fd, (struct sockaddr *)&addr, sizeof(addr));
    } while (rc < 0 && errno == EINTR);
    if (rc < 0) {
        *err = errno;
        VIR_FORCE_CLOSE(fd);
        return -1;
    }
    return fd;
}


/* Starts @daemon detached with libvirt's idle timeout; sets *@pid. */
static int
remoteSpawnStart(const char *daemon, pid_t *pid)
{
    g_autoptr(virCommand) cmd = virCommandNewArgList(daemon, "--timeout=120", NULL);

    VIR_DEBUG("starting session daemon %s", daemon);
    virCommandDaemonize(cmd);
    return virCommandRunAsync(cmd, pid);
}


/* Waits for one of @ino (directory changes) and @pidfd (daemon exit). */
static void
remoteSpawnPoll(int ino, int pidfd, int timeout, bool *exited)
{
    struct pollfd fds[2] = { { .fd = ino, .events = POLLIN }, { .fd = pidfd, .events = POLLIN } };
    char buf[4096];

    if (poll(fds, G_N_ELEMENTS(fds), timeout) <= 0)
        return;
    if (fds[1].revents)
        *exited = true;
    if (fds[0].revents) {
        while (read(ino, buf, sizeof(buf)) > 0) {
        }
    }
}


/*
 * Waits until @sockpath in @dir accepts a connection, the daemon @pid
 * exits, or the timeout passes; the directory is watched with inotify
 * so that the socket's creation ends the wait at once. Returns the fd,
 * or -1 with *@err set.
 */
static int
remoteSpawnWait(const char *sockpath, const char *dir, pid_t pid, int *err)
{
    gint64 deadline = g_get_monotonic_time() + (gint64)REMOTE_SPAWN_TIMEOUT_MS * 1000;
    int ino = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
    int pidfd = virProcessOpenPidfd(pid);
    bool exited = false;
    int fd = -1;

    if (ino >= 0 && inotify_add_watch(ino, dir, IN_CREATE | IN_MOVED_TO | IN_ATTRIB) < 0)
        VIR_FORCE_CLOSE(ino);

    for (;;) {
        gint64 left;
        int timeout;

        if ((fd = remoteSpawnTryConnect(sockpath, err)) >= 0 ||
            (*err != ENOENT && *err != ECONNREFUSED) || exited)
            break;
        if ((left = deadline - g_get_monotonic_time()) <= 0)
            break;
        timeout = (int)(left / 1000) + 1;
        /* A refusing socket, no inotify or no pidfd: nothing will signal
         * readiness (or the daemon's death), so look again soon. */
        if (*err == ECONNREFUSED || ino < 0 || pidfd < 0)
            timeout = MIN(timeout, REMOTE_SPAWN_REFUSED_RETRY_MS);
        remoteSpawnPoll(ino, pidfd, timeout, &exited);
        if (pidfd < 0 && virProcessWaitForExit(pid, -1, 0))
            exited = true;
    }
    if (exited && fd < 0)
        VIR_DEBUG("daemon %lld exited before its socket answered", (long long)pid);
    VIR_FORCE_CLOSE(ino);
    if (pidfd >= 0)
        VIR_FORCE_CLOSE(pidfd);
    return fd;
}


/* Under the spawn lock: connect, or start the daemon and wait for it. */
static int
remoteSpawnLocked(const char *sockpath, const char *daemon, const char *dir, int *err)
{
    pid_t pid = -1;
    int fd;

    /* Someone else may have started it while we waited for the lock. */
    if ((fd = remoteSpawnTryConnect(sockpath, err)) >= 0 ||
        (*err != ENOENT && *err != ECONNREFUSED))
        return fd;
    if (remoteSpawnStart(daemon, &pid) < 0)
        return -2;
    return remoteSpawnWait(sockpath, dir, pid, err);
}


int
remoteSpawnConnect(const char *sockpath, const char *daemon)
{
    g_autofree char *dir = NULL;
    g_autofree char *base = NULL;
    g_autofree char *lockpath = NULL;
    int lockfd = -1;
    int err = 0;
    int fd;
    int rc = 0;

    if (!daemon)
        return virNetSocketConnectUNIX(sockpath);
    if ((fd = remoteSpawnTryConnect(sockpath, &err)) >= 0)
        return fd;
    if (err != ENOENT && err != ECONNREFUSED) {
        virReportSystemError(err, _("Failed to connect socket to '%1$s'"), sockpath);
        return -1;
    }

    dir = g_path_get_dirname(sockpath);
    base = g_path_get_basename(daemon);
    lockpath = g_strdup_printf("%s/%s.lock", dir, base);
    if (virFileMakePathWithMode(dir, 0700) < 0) {
        virReportSystemError(errno, _("Cannot create directory '%1$s'"), dir);
        return -1;
    }
    if ((lockfd = open(lockpath, O_RDWR | O_CREAT | O_CLOEXEC, 0600)) < 0 ||
        (rc = virFileLock(lockfd, false, 0, 1, true)) < 0) {
        virReportSystemError(lockfd < 0 ? errno : -rc, _("Unable to lock '%1$s'"), lockpath);
        VIR_FORCE_CLOSE(lockfd);
        return -1;
    }

    fd = remoteSpawnLocked(sockpath, daemon, dir, &err);
    VIR_FORCE_CLOSE(lockfd);
    if (fd == -1)
        virReportSystemError(err, _("Failed to connect socket to '%1$s'"), sockpath);
    return fd < 0 ? -1 : fd;
}
