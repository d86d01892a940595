/*
 * virfile.h: file and directory helpers a daemon needs
 *
 * Atomic writes, bounded reads, mkdir -p, a symlink-safe tree removal,
 * byte-range locks and small path predicates. Failures of system calls
 * are reported with virReportSystemError naming the path, unless a
 * function says otherwise.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/*
 * virFileClose:
 * @fdptr: pointer to a file descriptor; -1 means nothing to close
 *
 * Closes *@fdptr if it is >= 0 and sets it to -1. EINTR counts as
 * closed (Linux always releases the descriptor). Never reports an error
 * and always preserves errno.
 *
 * Returns 0, or -errno of a failed close().
 */
int virFileClose(int *fdptr);

/* Close @fd (an lvalue) if open, set it to -1, keep errno; no result. */
#define VIR_FORCE_CLOSE(fd) ((void)virFileClose(&(fd)))

/* Close @fd (an lvalue) if open and set it to -1; 0 or -errno. */
#define VIR_CLOSE(fd) virFileClose(&(fd))

/*
 * virFileSafeWrite:
 * @fd: descriptor to write to
 * @buf: data
 * @len: number of bytes in @buf
 *
 * Writes all of @buf, retrying short writes and EINTR. Reports nothing.
 *
 * Returns @len, or -1 with errno set.
 */
ssize_t virFileSafeWrite(int fd, const void *buf, size_t len);

/*
 * virFileWriteAtomic:
 * @path: file to create or replace
 * @data: new content
 * @len: number of bytes in @data
 * @mode: permission bits the file gets (exactly, umask is not applied)
 *
 * Writes @data to a new temporary file in the directory of @path
 * (created with O_EXCL, named ".<name>.XXXXXX"), flushes it to disk,
 * renames it over @path and flushes the directory. Readers see either
 * the old or the new content, never a mix. A symlink at @path is
 * replaced by the file, not written through.
 *
 * Returns 0 on success. On failure returns -1 with an error reported;
 * the temporary file is removed and @path is left as it was (if the
 * failure comes after the rename, only the directory flush failed and
 * @path already has the new content).
 */
int virFileWriteAtomic(const char *path, const char *data, size_t len, mode_t mode);

/*
 * virFileWriteStr:
 * @path: file to write
 * @str: NUL-terminated content
 * @mode: 0 to require that @path exists (e.g. sysfs/cgroup files),
 *        otherwise the mode to create it with (subject to the umask)
 *
 * Truncates @path and writes @str in place; not atomic, see
 * virFileWriteAtomic() for that.
 *
 * Returns 0, or -1 with an error reported.
 */
int virFileWriteStr(const char *path, const char *str, mode_t mode);

/*
 * virFileReadLimFD:
 * @fd: descriptor to read until end of file
 * @maxlen: most bytes accepted (at most INT_MAX - 1)
 * @buf: set to a new NUL-terminated buffer on success; caller frees
 *
 * Reads everything from @fd. Memory grows with what was actually read,
 * never beyond @maxlen + 1 bytes.
 *
 * Returns the number of bytes read, or -1 with an error reported
 * (VIR_ERR_INTERNAL_ERROR if more than @maxlen bytes are available).
 */
int virFileReadLimFD(int fd, size_t maxlen, char **buf);

/*
 * virFileReadAll:
 * @path: file to read
 * @maxlen: most bytes accepted (at most INT_MAX - 1)
 * @buf: set to a new NUL-terminated buffer on success; caller frees
 *
 * Like virFileReadLimFD() on @path; messages name @path.
 *
 * Returns the length, or -1 with an error reported; a file longer than
 * @maxlen is VIR_ERR_INTERNAL_ERROR with the path and the limit.
 */
int virFileReadAll(const char *path, size_t maxlen, char **buf);

/*
 * virFileMakePathWithMode:
 * @path: directory to create, with any missing parents (mkdir -p)
 * @mode: mode of created directories (subject to the umask)
 *
 * Existing directories (or symlinks to directories) are accepted.
 *
 * Returns 0, or -1 with an error reported and errno set (ENOTDIR when
 * a component exists and is not a directory).
 */
int virFileMakePathWithMode(const char *path, mode_t mode);

/* virFileMakePath: virFileMakePathWithMode(@path, 0777). */
int virFileMakePath(const char *path);

/*
 * virFileDeleteTree:
 * @dir: directory to remove together with everything below it
 *
 * Never follows a symlink: links inside the tree are removed, not their
 * targets, and a @dir that is itself a symlink is refused. Refuses ""
 * and the root directory. A missing @dir is not an error.
 *
 * Returns 0, or -1 with an error reported (VIR_ERR_INVALID_ARG for a
 * refused @dir). On failure part of the tree may already be gone.
 */
int virFileDeleteTree(const char *dir);

/*
 * virFileLock:
 * @fd: open descriptor (readable for @shared, writable otherwise)
 * @shared: true for a read lock, false for an exclusive one
 * @start: first byte of the range
 * @len: length of the range, 0 for "to the end of the file"
 * @waitForLock: true to block until the lock is granted
 *
 * Takes an open-file-description lock (F_OFD_SETLK), so two descriptors
 * opened separately conflict even within one process; falls back to a
 * process-wide POSIX lock on kernels without OFD locks. The lock goes
 * away when the last descriptor of that open file is closed.
 *
 * Returns 0, or -errno (-EAGAIN when held elsewhere and not waiting)
 * without reporting an error.
 */
int virFileLock(int fd, bool shared, off_t start, off_t len, bool waitForLock);

/*
 * virFileUnlock:
 *
 * Releases a range locked with virFileLock(). Returns 0 or -errno,
 * reporting nothing.
 */
int virFileUnlock(int fd, off_t start, off_t len);

/* virFileExists: true if @path exists (follows symlinks). */
bool virFileExists(const char *path);

/* virFileIsDir: true if @path is a directory (follows symlinks). */
bool virFileIsDir(const char *path);

/*
 * virFileIsExecutable:
 *
 * True if @file is a regular file (after following symlinks) that the
 * caller may execute.
 */
bool virFileIsExecutable(const char *file);

/* virFileIsAbsPath: true if @path starts with '/'. */
bool virFileIsAbsPath(const char *path);

/*
 * virFileBuildPath:
 * @dir: directory
 * @name: file name
 * @ext: suffix such as ".xml", or NULL
 *
 * Returns a new string "@dir/@name@ext"; caller frees.
 */
char *virFileBuildPath(const char *dir, const char *name, const char *ext);

/*
 * virFileSanitizePath:
 * @path: a path
 *
 * Returns a new copy of @path with runs of '/' collapsed to one and
 * trailing '/' removed ("/" stays "/"; exactly two leading slashes are
 * kept, as POSIX gives them a meaning of their own). Does not touch
 * "." or ".." components. Caller frees.
 */
char *virFileSanitizePath(const char *path);

/*
 * virFileResolveLink:
 * @linkpath: a path
 * @resultpath: set to a new string on success; caller frees
 *
 * If @linkpath is a symlink, stores its fully resolved absolute target,
 * otherwise a copy of @linkpath.
 *
 * Returns 0, or -1 with an error reported.
 */
int virFileResolveLink(const char *linkpath, char **resultpath);

/*
 * virFileFindInPath:
 * @file: program name, or a path containing '/'
 *
 * A @file with a '/' is checked as is; otherwise each directory of
 * $PATH (or "/bin:/usr/bin" when unset) is searched, skipping empty
 * entries.
 *
 * Returns a new absolute path of an executable, or NULL (no error
 * reported) if none was found. Caller frees.
 */
char *virFileFindInPath(const char *file);
