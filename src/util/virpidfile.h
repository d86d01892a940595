/*
 * virpidfile.h: pid files, and the lock that keeps a daemon unique
 *
 * A pid file holds one decimal pid followed by a newline. Files are
 * named "<dir>/<name>.pid" by the dir/name variants.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <sys/types.h>

/*
 * virPidFileBuildPath:
 *
 * Returns a new string "@dir/@name.pid"; caller frees.
 */
char *virPidFileBuildPath(const char *dir, const char *name);

/*
 * virPidFileWritePath:
 * @path: pid file to create or replace
 * @pid: pid to store, > 0
 *
 * Writes "@pid\n" atomically (see virFileWriteAtomic), mode 0644.
 *
 * Returns 0, or -1 with an error reported (VIR_ERR_INVALID_ARG for a
 * pid <= 0).
 */
int virPidFileWritePath(const char *path, pid_t pid);

/* virPidFileWrite: virPidFileWritePath() on "@dir/@name.pid". */
int virPidFileWrite(const char *dir, const char *name, pid_t pid);

/*
 * virPidFileReadPath:
 * @path: pid file to read
 * @pid: set to the stored pid on success
 *
 * The content must be decimal digits and one optional trailing newline,
 * with a value > 0 that fits pid_t; anything else is rejected.
 *
 * Returns 0, or -errno WITHOUT reporting an error (-ENOENT when the file
 * is missing, -EINVAL for bad content), because a missing or stale pid
 * file is an expected state callers handle themselves.
 */
int virPidFileReadPath(const char *path, pid_t *pid);

/* virPidFileRead: virPidFileReadPath() on "@dir/@name.pid". */
int virPidFileRead(const char *dir, const char *name, pid_t *pid);

/*
 * virPidFileDeletePath:
 *
 * Removes @path; a missing file is not an error. Returns 0, or -1 with
 * an error reported.
 */
int virPidFileDeletePath(const char *path);

/* virPidFileDelete: virPidFileDeletePath() on "@dir/@name.pid". */
int virPidFileDelete(const char *dir, const char *name);

/*
 * virPidFileAcquirePath:
 * @path: pid file of a daemon
 * @pid: pid to store in it (normally getpid())
 *
 * Opens or creates @path and takes an exclusive, non-blocking lock on
 * it (see virFileLock). If the file is locked by a live holder this
 * fails with VIR_ERR_SYSTEM_ERROR "Failed to acquire pid file '@path':
 * Resource temporarily unavailable", which is how a second instance of
 * a daemon refuses to start. A stale file (no holder) is reused. If
 * the file was replaced or removed between open and lock, the attempt
 * is repeated on the new file. On success the file holds "@pid\n".
 *
 * Returns the locked descriptor (O_CLOEXEC), to be kept open for the
 * life of the process and given to virPidFileReleasePath(); or -1 with
 * an error reported.
 */
int virPidFileAcquirePath(const char *path, pid_t pid);

/* virPidFileAcquire: virPidFileAcquirePath() on "@dir/@name.pid". */
int virPidFileAcquire(const char *dir, const char *name, pid_t pid);

/*
 * virPidFileReleasePath:
 * @path: the pid file given to virPidFileAcquirePath()
 * @fd: the descriptor it returned; closed here (-1 is accepted)
 *
 * Removes @path while still holding the lock, then closes @fd, which
 * drops the lock. Never fails; a failed unlink is logged and ignored.
 */
void virPidFileReleasePath(const char *path, int fd);

/* virPidFileRelease: virPidFileReleasePath() on "@dir/@name.pid". */
void virPidFileRelease(const char *dir, const char *name, int fd);
