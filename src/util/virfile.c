/*
 * virfile.c: file and directory helpers a daemon needs
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "internal.h"
#include "virerror.h"
#include "virfile.h"
#include "virlog.h"

#define VIR_FROM_THIS VIR_FROM_NONE

VIR_LOG_INIT("util.file");


int
virFileClose(int *fdptr)
{
    int saved_errno = errno;
    int rc = 0;

    if (*fdptr < 0)
        return 0;
    if (close(*fdptr) < 0 && errno != EINTR)
        rc = -errno;
    *fdptr = -1;
    errno = saved_errno;
    return rc;
}


ssize_t
virFileSafeWrite(int fd, const void *buf, size_t len)
{
    const char *p = buf;
    size_t done = 0;

    while (done < len) {
        ssize_t n = write(fd, p + done, len - done);

        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        if (n == 0) {
            errno = EIO;
            return -1;
        }
        done += (size_t)n;
    }
    return (ssize_t)len;
}


/*
 * Fills the temporary file and closes it. The mode is set with fchmod()
 * so that the result does not depend on the caller's umask.
 */
static int
virFileWriteAtomicTmp(int *fd, const char *tmp, const char *data, size_t len, mode_t mode)
{
    if (fchmod(*fd, mode) < 0) {
        virReportSystemError(errno, _("Cannot set mode of '%1$s'"), tmp);
        return -1;
    }
    if (virFileSafeWrite(*fd, data, len) < 0) {
        virReportSystemError(errno, _("Cannot write to '%1$s'"), tmp);
        return -1;
    }
    if (fsync(*fd) < 0) {
        virReportSystemError(errno, _("Cannot flush '%1$s'"), tmp);
        return -1;
    }
    if (VIR_CLOSE(*fd) < 0) {
        virReportSystemError(errno, _("Cannot close '%1$s'"), tmp);
        return -1;
    }
    return 0;
}


static int
virFileSyncDir(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

    if (fd < 0) {
        virReportSystemError(errno, _("Cannot open directory '%1$s'"), dir);
        return -1;
    }
    /* Some file systems cannot fsync a directory; nothing more to do there. */
    if (fsync(fd) < 0 && errno != EINVAL) {
        virReportSystemError(errno, _("Cannot flush directory '%1$s'"), dir);
        VIR_FORCE_CLOSE(fd);
        return -1;
    }
    VIR_FORCE_CLOSE(fd);
    return 0;
}


int
virFileWriteAtomic(const char *path, const char *data, size_t len, mode_t mode)
{
    g_autofree char *dir = g_path_get_dirname(path);
    g_autofree char *base = g_path_get_basename(path);
    g_autofree char *tmp = NULL;
    int fd;

    if (!*path || path[strlen(path) - 1] == '/' || g_str_equal(base, ".") ||
        g_str_equal(base, "..")) {
        virReportError(VIR_ERR_INVALID_ARG, _("Cannot write to '%1$s': not a file name"), path);
        return -1;
    }

    tmp = g_strdup_printf("%s/.%s.XXXXXX", dir, base);
    if ((fd = g_mkstemp_full(tmp, O_WRONLY | O_CLOEXEC, mode & 0777)) < 0) {
        virReportSystemError(errno, _("Cannot create temporary file for '%1$s'"), path);
        return -1;
    }

    if (virFileWriteAtomicTmp(&fd, tmp, data, len, mode) < 0)
        goto error;

    if (rename(tmp, path) < 0) {
        virReportSystemError(errno, _("Cannot rename '%1$s' to '%2$s'"), tmp, path);
        goto error;
    }
    VIR_DEBUG("wrote %zu bytes to '%s'", len, path);
    return virFileSyncDir(dir);

error:
    VIR_FORCE_CLOSE(fd);
    (void)unlink(tmp);
    return -1;
}


int
virFileWriteStr(const char *path, const char *str, mode_t mode)
{
    int flags = O_WRONLY | O_TRUNC | O_CLOEXEC;
    int fd;

    if (mode)
        flags |= O_CREAT;
    if ((fd = open(path, flags, mode)) < 0) {
        virReportSystemError(errno, _("Cannot open '%1$s' for writing"), path);
        return -1;
    }
    if (virFileSafeWrite(fd, str, strlen(str)) < 0) {
        virReportSystemError(errno, _("Cannot write to '%1$s'"), path);
        VIR_FORCE_CLOSE(fd);
        return -1;
    }
    if (VIR_CLOSE(fd) < 0) {
        virReportSystemError(errno, _("Cannot close '%1$s'"), path);
        return -1;
    }
    return 0;
}


/*
 * Reads @fd to EOF into a buffer that grows with the data and is never
 * larger than @maxlen + 2 bytes: reading one byte beyond @maxlen is how
 * an oversized input is detected. @name is only used in messages.
 */
static int
virFileReadLimFDName(int fd, size_t maxlen, const char *name, char **buf)
{
    g_autofree char *data = NULL;
    size_t alloc = 0;
    size_t len = 0;
    size_t cap;

    maxlen = MIN(maxlen, (size_t)INT_MAX - 1);
    cap = maxlen + 1;
    while (len < cap) {
        ssize_t n;

        if (len + 1 >= alloc) {
            alloc = MIN(MAX(alloc * 2, 4096), cap + 1);
            data = g_realloc(data, alloc);
        }
        n = read(fd, data + len, alloc - 1 - len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            virReportSystemError(errno, _("Cannot read '%1$s'"), name);
            return -1;
        }
        if (n == 0)
            break;
        len += (size_t)n;
    }
    if (len > maxlen) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("File '%1$s' is larger than the limit of %2$zu bytes"), name, maxlen);
        return -1;
    }
    if (!data)
        data = g_new0(char, 1);
    data[len] = '\0';
    *buf = g_steal_pointer(&data);
    return (int)len;
}


int
virFileReadLimFD(int fd, size_t maxlen, char **buf)
{
    g_autofree char *name = g_strdup_printf("fd:%d", fd);

    return virFileReadLimFDName(fd, maxlen, name, buf);
}


int
virFileReadAll(const char *path, size_t maxlen, char **buf)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    int ret;

    if (fd < 0) {
        virReportSystemError(errno, _("Cannot open file '%1$s'"), path);
        return -1;
    }
    ret = virFileReadLimFDName(fd, maxlen, path, buf);
    VIR_FORCE_CLOSE(fd);
    return ret;
}


/* mkdir one component; an existing directory (or link to one) is fine. */
static int
virFileMakeOneDir(const char *path, mode_t mode)
{
    struct stat sb;

    if (mkdir(path, mode) == 0)
        return 0;
    if (errno != EEXIST) {
        virReportSystemError(errno, _("Cannot create directory '%1$s'"), path);
        return -1;
    }
    if (stat(path, &sb) < 0) {
        virReportSystemError(errno, _("Cannot access '%1$s'"), path);
        return -1;
    }
    if (!S_ISDIR(sb.st_mode)) {
        errno = ENOTDIR;
        virReportSystemError(errno, _("Cannot create directory '%1$s'"), path);
        return -1;
    }
    return 0;
}


int
virFileMakePathWithMode(const char *path, mode_t mode)
{
    g_autofree char *p = NULL;
    char *s;

    if (!path || !*path) {
        errno = EINVAL;
        virReportError(VIR_ERR_INVALID_ARG, "%s",
                       _("Cannot create a directory with an empty path"));
        return -1;
    }
    if (virFileIsDir(path))
        return 0;

    p = virFileSanitizePath(path);
    for (s = p + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = '\0';
        if (virFileMakeOneDir(p, mode) < 0)
            return -1;
        *s = '/';
    }
    return virFileMakeOneDir(p, mode);
}


int
virFileMakePath(const char *path)
{
    return virFileMakePathWithMode(path, 0777);
}


static int virFileDeleteTreeFD(int fd, const char *path);

/* Removes entry @name of the open directory @dirfd, recursing into directories. */
static int
virFileDeleteEntry(int dirfd, const char *dirpath, const char *name)
{
    g_autofree char *path = g_strdup_printf("%s/%s", dirpath, name);
    struct stat sb;
    int subfd;

    if (fstatat(dirfd, name, &sb, AT_SYMLINK_NOFOLLOW) < 0) {
        if (errno == ENOENT)
            return 0;
        virReportSystemError(errno, _("Cannot access '%1$s'"), path);
        return -1;
    }
    if (!S_ISDIR(sb.st_mode)) {
        if (unlinkat(dirfd, name, 0) < 0 && errno != ENOENT) {
            virReportSystemError(errno, _("Cannot remove '%1$s'"), path);
            return -1;
        }
        return 0;
    }

    /* O_NOFOLLOW: if the entry was swapped for a symlink since fstatat, fail. */
    subfd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (subfd < 0) {
        virReportSystemError(errno, _("Cannot open directory '%1$s'"), path);
        return -1;
    }
    if (virFileDeleteTreeFD(subfd, path) < 0)
        return -1;
    if (unlinkat(dirfd, name, AT_REMOVEDIR) < 0 && errno != ENOENT) {
        virReportSystemError(errno, _("Cannot remove directory '%1$s'"), path);
        return -1;
    }
    return 0;
}


/* Empties the directory open as @fd (which this call closes). */
static int
virFileDeleteTreeFD(int fd, const char *path)
{
    DIR *dh = fdopendir(fd);
    struct dirent *ent;
    int ret = 0;

    if (!dh) {
        virReportSystemError(errno, _("Cannot open directory '%1$s'"), path);
        VIR_FORCE_CLOSE(fd);
        return -1;
    }
    for (;;) {
        errno = 0;
        if (!(ent = readdir(dh))) {
            if (errno != 0) {
                virReportSystemError(errno, _("Cannot read directory '%1$s'"), path);
                ret = -1;
            }
            break;
        }
        if (g_str_equal(ent->d_name, ".") || g_str_equal(ent->d_name, ".."))
            continue;
        if (virFileDeleteEntry(dirfd(dh), path, ent->d_name) < 0) {
            ret = -1;
            break;
        }
    }
    closedir(dh);
    return ret;
}


int
virFileDeleteTree(const char *dir)
{
    g_autofree char *clean = NULL;
    struct stat sb;
    struct stat rootsb;
    int fd;

    if (!dir || !*dir) {
        virReportError(VIR_ERR_INVALID_ARG, "%s",
                       _("Refusing to delete a tree with an empty path"));
        return -1;
    }
    clean = virFileSanitizePath(dir);
    if (lstat(clean, &sb) < 0) {
        if (errno == ENOENT)
            return 0;
        virReportSystemError(errno, _("Cannot access '%1$s'"), clean);
        return -1;
    }
    if ((fd = open(clean, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) < 0) {
        virReportSystemError(errno, _("Cannot open directory '%1$s'"), clean);
        return -1;
    }
    /* Catches "/", "//", "/.." and the like by identity, not by spelling. */
    if (fstat(fd, &sb) < 0 || stat("/", &rootsb) < 0 ||
        (sb.st_dev == rootsb.st_dev && sb.st_ino == rootsb.st_ino)) {
        VIR_FORCE_CLOSE(fd);
        virReportError(VIR_ERR_INVALID_ARG, _("Refusing to delete directory tree '%1$s'"), dir);
        return -1;
    }
    if (virFileDeleteTreeFD(fd, clean) < 0)
        return -1;
    if (rmdir(clean) < 0) {
        virReportSystemError(errno, _("Cannot remove directory '%1$s'"), clean);
        return -1;
    }
    VIR_DEBUG("deleted tree '%s'", clean);
    return 0;
}


static int
virFileLockCmd(int fd, short type, off_t start, off_t len, bool waitForLock)
{
    struct flock fl = {
        .l_type = type,
        .l_whence = SEEK_SET,
        .l_start = start,
        .l_len = len,
        .l_pid = 0,
    };
    bool ofd = true;

    for (;;) {
        int cmd;

        if (ofd)
            cmd = waitForLock ? F_OFD_SETLKW : F_OFD_SETLK;
        else
            cmd = waitForLock ? F_SETLKW : F_SETLK;
        if (fcntl(fd, cmd, &fl) == 0)
            return 0;
        if (errno == EINTR)
            continue;
        /* Kernels before 3.15 lack OFD locks and reject the command. */
        if (errno == EINVAL && ofd) {
            ofd = false;
            continue;
        }
        if (errno == EACCES)
            return -EAGAIN;
        return -errno;
    }
}


int
virFileLock(int fd, bool shared, off_t start, off_t len, bool waitForLock)
{
    return virFileLockCmd(fd, shared ? F_RDLCK : F_WRLCK, start, len, waitForLock);
}


int
virFileUnlock(int fd, off_t start, off_t len)
{
    return virFileLockCmd(fd, F_UNLCK, start, len, false);
}


bool
virFileExists(const char *path)
{
    return access(path, F_OK) == 0;
}


bool
virFileIsDir(const char *path)
{
    struct stat sb;

    return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}


bool
virFileIsExecutable(const char *file)
{
    struct stat sb;

    return stat(file, &sb) == 0 && S_ISREG(sb.st_mode) && access(file, X_OK) == 0;
}


bool
virFileIsAbsPath(const char *path)
{
    return path && path[0] == '/';
}


char *
virFileBuildPath(const char *dir, const char *name, const char *ext)
{
    return g_strdup_printf("%s/%s%s", dir, name, ext ? ext : "");
}


char *
virFileSanitizePath(const char *path)
{
    GString *s = g_string_sized_new(strlen(path) + 1);
    const char *p = path;
    size_t keep = 0;

    if (p[0] == '/' && p[1] == '/' && p[2] != '/') {
        g_string_append(s, "//");
        p += 2;
        keep = 2;
    }
    for (; *p; p++) {
        if (*p == '/' && s->len > 0 && s->str[s->len - 1] == '/')
            continue;
        g_string_append_c(s, *p);
    }
    while (s->len > MAX(keep, 1) && s->str[s->len - 1] == '/')
        g_string_truncate(s, s->len - 1);
    return g_string_free(s, FALSE);
}


int
virFileResolveLink(const char *linkpath, char **resultpath)
{
    char buf[PATH_MAX];
    struct stat sb;

    if (lstat(linkpath, &sb) < 0) {
        virReportSystemError(errno, _("Cannot access '%1$s'"), linkpath);
        return -1;
    }
    if (!S_ISLNK(sb.st_mode)) {
        *resultpath = g_strdup(linkpath);
        return 0;
    }
    if (!realpath(linkpath, buf)) {
        virReportSystemError(errno, _("Cannot resolve symlink '%1$s'"), linkpath);
        return -1;
    }
    *resultpath = g_strdup(buf);
    return 0;
}


char *
virFileFindInPath(const char *file)
{
    g_auto(GStrv) dirs = NULL;
    const char *path;
    size_t i;

    if (!file || !*file)
        return NULL;
    if (strchr(file, '/')) {
        if (!virFileIsExecutable(file))
            return NULL;
        return g_canonicalize_filename(file, NULL);
    }

    if (!(path = g_getenv("PATH")))
        path = "/bin:/usr/bin";
    dirs = g_strsplit(path, ":", -1);
    for (i = 0; dirs[i]; i++) {
        g_autofree char *cand = NULL;

        if (!*dirs[i])
            continue;
        cand = g_build_filename(dirs[i], file, NULL);
        if (virFileIsExecutable(cand))
            return g_canonicalize_filename(cand, NULL);
    }
    return NULL;
}
