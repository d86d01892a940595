/*
 * virpidfile.c: pid files, and the lock that keeps a daemon unique
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virfile.h"
#include "virlog.h"
#include "virpidfile.h"

#define VIR_FROM_THIS VIR_FROM_NONE

VIR_LOG_INIT("util.pidfile");

/* More than enough for any pid plus newline; longer content is invalid. */
#define VIR_PID_FILE_MAX_LEN 32

/*
 * How often acquiring retries when the file is swapped under us between
 * open() and the lock. Each retry means another process removed or
 * replaced the file in that window, so a handful is plenty.
 */
#define VIR_PID_FILE_ACQUIRE_ATTEMPTS 16


char *
virPidFileBuildPath(const char *dir, const char *name)
{
    return g_strdup_printf("%s/%s.pid", dir, name);
}


int
virPidFileWritePath(const char *path, pid_t pid)
{
    g_autofree char *content = NULL;

    if (pid <= 0) {
        virReportError(VIR_ERR_INVALID_ARG, _("Invalid pid %1$lld for pid file '%2$s'"),
                       (long long)pid, path);
        return -1;
    }
    content = g_strdup_printf("%lld\n", (long long)pid);
    return virFileWriteAtomic(path, content, strlen(content), 0644);
}


int
virPidFileWrite(const char *dir, const char *name, pid_t pid)
{
    g_autofree char *path = virPidFileBuildPath(dir, name);

    return virPidFileWritePath(path, pid);
}


/* Strictly: one or more digits, an optional '\n', a value in 1..INT_MAX. */
static int
virPidFileParse(char *buf, size_t len, pid_t *pid)
{
    guint64 val;
    size_t i;

    if (len > 0 && buf[len - 1] == '\n')
        buf[--len] = '\0';
    if (len == 0)
        return -EINVAL;
    for (i = 0; i < len; i++) {
        if (!g_ascii_isdigit(buf[i]))
            return -EINVAL;
    }
    if (!g_ascii_string_to_unsigned(buf, 10, 1, G_MAXINT, &val, NULL))
        return -EINVAL;
    *pid = (pid_t)val;
    return 0;
}


int
virPidFileReadPath(const char *path, pid_t *pid)
{
    char buf[VIR_PID_FILE_MAX_LEN + 2];
    size_t len = 0;
    int fd;

    if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)) < 0)
        return -errno;
    while (len < sizeof(buf) - 1) {
        ssize_t n = read(fd, buf + len, sizeof(buf) - 1 - len);

        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            int err = errno;

            VIR_FORCE_CLOSE(fd);
            return -err;
        }
        if (n == 0)
            break;
        len += (size_t)n;
    }
    VIR_FORCE_CLOSE(fd);
    if (len > VIR_PID_FILE_MAX_LEN)
        return -EINVAL;
    buf[len] = '\0';
    return virPidFileParse(buf, len, pid);
}


int
virPidFileRead(const char *dir, const char *name, pid_t *pid)
{
    g_autofree char *path = virPidFileBuildPath(dir, name);

    return virPidFileReadPath(path, pid);
}


int
virPidFileDeletePath(const char *path)
{
    if (unlink(path) < 0 && errno != ENOENT) {
        virReportSystemError(errno, _("Cannot remove pid file '%1$s'"), path);
        return -1;
    }
    return 0;
}


int
virPidFileDelete(const char *dir, const char *name)
{
    g_autofree char *path = virPidFileBuildPath(dir, name);

    return virPidFileDeletePath(path);
}


/*
 * One attempt: returns the locked fd, -1 on error (reported), or -2 when
 * the file at @path is no longer the one that was locked.
 */
static int
virPidFileAcquireOnce(const char *path)
{
    struct stat locked;
    struct stat now;
    bool gone;
    int fd;
    int rc;

    /* O_NONBLOCK so that a FIFO planted at @path cannot hang the open. */
    if ((fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NONBLOCK | O_NOCTTY, 0644)) < 0) {
        virReportSystemError(errno, _("Failed to open pid file '%1$s'"), path);
        return -1;
    }
    if (fstat(fd, &locked) < 0) {
        virReportSystemError(errno, _("Unable to check status of pid file '%1$s'"), path);
        VIR_FORCE_CLOSE(fd);
        return -1;
    }
    if (!S_ISREG(locked.st_mode)) {
        virReportSystemError(EINVAL, _("Pid file '%1$s' is not a regular file"), path);
        VIR_FORCE_CLOSE(fd);
        return -1;
    }
    if ((rc = virFileLock(fd, false, 0, 1, false)) < 0) {
        virReportSystemError(-rc, _("Failed to acquire pid file '%1$s'"), path);
        VIR_FORCE_CLOSE(fd);
        return -1;
    }

    /*
     * The previous owner may have unlinked the file (virPidFileReleasePath)
     * after we opened it: we then hold a lock on an orphaned inode that no
     * one else will ever look at. Start over on the current file.
     */
    gone = stat(path, &now) < 0;
    if (gone && errno != ENOENT) {
        virReportSystemError(errno, _("Unable to check status of pid file '%1$s'"), path);
        VIR_FORCE_CLOSE(fd);
        return -1;
    }
    if (gone || now.st_ino != locked.st_ino || now.st_dev != locked.st_dev) {
        VIR_DEBUG("pid file '%s' was replaced while locking it, retrying", path);
        VIR_FORCE_CLOSE(fd);
        return -2;
    }
    return fd;
}


int
virPidFileAcquirePath(const char *path, pid_t pid)
{
    g_autofree char *content = NULL;
    size_t attempt;

    if (pid <= 0) {
        virReportError(VIR_ERR_INVALID_ARG, _("Invalid pid %1$lld for pid file '%2$s'"),
                       (long long)pid, path);
        return -1;
    }
    content = g_strdup_printf("%lld\n", (long long)pid);

    for (attempt = 0; attempt < VIR_PID_FILE_ACQUIRE_ATTEMPTS; attempt++) {
        int fd;

        if ((fd = virPidFileAcquireOnce(path)) == -1)
            return -1;
        if (fd == -2)
            continue;

        if (ftruncate(fd, 0) < 0 || virFileSafeWrite(fd, content, strlen(content)) < 0) {
            virReportSystemError(errno, _("Failed to write to pid file '%1$s'"), path);
            VIR_FORCE_CLOSE(fd);
            return -1;
        }
        VIR_DEBUG("acquired pid file '%s' for pid %lld", path, (long long)pid);
        return fd;
    }
    virReportError(VIR_ERR_OPERATION_FAILED,
                   _("Failed to acquire pid file '%1$s': it was replaced %2$d times while locking"),
                   path, VIR_PID_FILE_ACQUIRE_ATTEMPTS);
    return -1;
}


int
virPidFileAcquire(const char *dir, const char *name, pid_t pid)
{
    g_autofree char *path = virPidFileBuildPath(dir, name);

    return virPidFileAcquirePath(path, pid);
}


void
virPidFileReleasePath(const char *path, int fd)
{
    /* Unlink first: while we still hold the lock nobody can take over the
     * file, so we never remove a file that a new owner has just claimed. */
    if (unlink(path) < 0 && errno != ENOENT)
        VIR_DEBUG("cannot remove pid file '%s': %s, ignoring", path, g_strerror(errno));
    VIR_FORCE_CLOSE(fd);
}


void
virPidFileRelease(const char *dir, const char *name, int fd)
{
    g_autofree char *path = virPidFileBuildPath(dir, name);

    virPidFileReleasePath(path, fd);
}
