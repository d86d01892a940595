/*
 * virerror.h: the one error type and how code reports it
 *
 * Every failure is recorded in a thread-local virError where it happens
 * (virReportError), and the function returns -1, NULL or false. Callers
 * that see the failure return it again without reporting a second time.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdarg.h>
#include <stdbool.h>

/*
 * Internal code sees the _LAST sentinels of the public enums (libvirt's
 * own code does the same); client programs do not unless they ask for
 * them. This header is the one place that includes the public API, so the
 * sentinels are defined before any public header is read.
 */
#ifndef VIR_ENUM_SENTINELS
# define VIR_ENUM_SENTINELS
#endif
#include <libvirt/virterror.h>

/*
 * virErrorInitialize:
 *
 * One-time set-up of the thread-local error slot. Safe to call many times
 * and from any thread. Returns 0.
 */
int virErrorInitialize(void);

/*
 * virRaiseErrorFull:
 * @filename: source file that reports (for the log)
 * @funcname: function that reports (for the log)
 * @linenr: line that reports (for the log)
 * @domain: a virErrorDomain
 * @code: a virErrorNumber
 * @level: a virErrorLevel
 * @str1, @str2, @str3, @int1, @int2: extra fields copied into the error
 * @fmt: printf format of the detail, or NULL for none
 *
 * Records an error as the calling thread's last error, replacing the
 * previous one, and logs it at debug level (with @filename, @funcname and
 * @linenr). As in libvirt, the message is exactly the formatted @fmt (no
 * default text of @code is added; virReportErrorHelper does that), or
 * "No error message provided" when @fmt is NULL. @code VIR_ERR_OK only
 * clears the last error. Never fails; preserves errno. No error callback
 * runs: callbacks run when a public API call fails (virErrorDispatchLast,
 * virErrorInvokeHandler).
 */
void virRaiseErrorFull(const char *filename,
                       const char *funcname,
                       size_t linenr,
                       int domain,
                       int code,
                       virErrorLevel level,
                       const char *str1,
                       const char *str2,
                       const char *str3,
                       int int1,
                       int int2,
                       const char *fmt,
                       ...) G_GNUC_PRINTF(12, 13);

/*
 * virReportErrorHelper:
 *
 * Like virRaiseErrorFull() at level VIR_ERR_ERROR; what virReportError()
 * expands to. As libvirt does, the error's str1 is the message format of
 * @code, str2 the detail, int1 and int2 are -1.
 */
void virReportErrorHelper(int domain,
                          int code,
                          const char *filename,
                          const char *funcname,
                          size_t linenr,
                          const char *fmt,
                          ...) G_GNUC_PRINTF(6, 7);

/*
 * virReportSystemErrorFull:
 * @theerrno: the errno of the failed call
 *
 * Reports VIR_ERR_SYSTEM_ERROR with the detail followed by ": " and
 * strerror(@theerrno) (just the latter when @fmt is NULL). The error's
 * int1 is @theerrno, str2 the full text. Preserves errno.
 */
void virReportSystemErrorFull(int domain,
                              int theerrno,
                              const char *filename,
                              const char *funcname,
                              size_t linenr,
                              const char *fmt,
                              ...) G_GNUC_PRINTF(6, 7);

/*
 * virReportError:
 * @code: a virErrorNumber
 * @...: printf format and arguments of the detail
 *
 * Reports an error in the calling file's domain, which each .c file
 * names by defining VIR_FROM_THIS before it reports anything.
 */
#define virReportError(code, ...)                                                                  \
 virReportErrorHelper(VIR_FROM_THIS, code, __FILE__, __func__, __LINE__, __VA_ARGS__)

#define virReportSystemError(theerrno, fmt, ...)                                                   \
 virReportSystemErrorFull(VIR_FROM_THIS, theerrno, __FILE__, __func__, __LINE__, (fmt), __VA_ARGS__)

/* Out of memory: OOM aborts in GLib, so this only exists for symmetry. */
#define virReportOOMError()                                                                        \
 virReportErrorHelper(VIR_FROM_THIS, VIR_ERR_NO_MEMORY, __FILE__, __func__, __LINE__, NULL)

/*
 * virErrorMsg:
 * @code: a virErrorNumber
 * @info: the detail, or NULL
 *
 * Returns the default message format of @code (borrowed, static), the
 * text libvirt 9.0 uses: with exactly one "%s" for the detail when @info
 * is non-NULL, and without any conversion otherwise. For an unknown code
 * (VIR_ERR_OK included) it returns "%s" or "unknown error". Never NULL.
 */
const char *virErrorMsg(int code, const char *info);

/*
 * virErrorDomainName:
 * @domain: a virErrorDomain
 *
 * Returns the static name libvirt prints for @domain ("QEMU Driver",
 * "Domain Config", ...), or "" for VIR_FROM_NONE and unknown values.
 */
const char *virErrorDomainName(int domain);

/*
 * virErrorNumberName:
 * @code: a virErrorNumber
 *
 * Returns the static symbol of @code as spelled in virterror.h
 * ("VIR_ERR_NO_DOMAIN", "VIR_WAR_NO_NETWORK", ...), or NULL for an unknown
 * code. For diagnostics such as a CLI's verbose error output.
 */
const char *virErrorNumberName(int code);

/*
 * virLastErrorPrefixMessage:
 * @fmt: printf format of the prefix
 *
 * Adds context to the calling thread's last error: its message becomes
 * "<prefix>: <old message>". Does nothing when no error is set. Preserves
 * errno.
 */
void virLastErrorPrefixMessage(const char *fmt, ...) G_GNUC_PRINTF(1, 2);

/*
 * virGetLastErrorCode / Domain are in the public header. The calls below
 * are the internal side.
 */

/*
 * virErrorCopyNew:
 * @err: the error to copy, may be NULL
 *
 * Returns a new deep copy of @err (free with virFreeError), or a copy of
 * an empty error when @err is NULL.
 */
virError *virErrorCopyNew(const virError *err);

/*
 * virCopyError:
 * @from: source error
 * @to: destination; its old strings are freed first
 *
 * Deep-copies @from into @to (the conn, dom and net pointers are not
 * copied). A NULL @from leaves @to reset. Returns the copied code, or 0
 * when either is NULL.
 */
int virCopyError(const virError *from, virError *to);

/*
 * virErrorPreserveLast:
 * @saveerr: where to put the saved error
 *
 * Moves the thread's last error (if any) into a new heap copy stored in
 * @saveerr (NULL when there is none) and clears it, so that cleanup code
 * that may report errors of its own does not clobber it. Pair with
 * virErrorRestore(). Preserves errno.
 */
void virErrorPreserveLast(virError **saveerr);

/*
 * virErrorRestore:
 * @savederr: a pointer filled by virErrorPreserveLast()
 *
 * Makes *@savederr the thread's last error again (if it was non-NULL),
 * frees it and sets *@savederr to NULL. Preserves errno.
 */
void virErrorRestore(virError **savederr);

/*
 * virSetError:
 * @newerr: the error to set
 *
 * Makes a copy of @newerr the thread's last error (used when an error
 * arrives from elsewhere, such as the wire). Returns 0.
 */
int virSetError(const virError *newerr);

/*
 * virErrorDispatchLast:
 *
 * First half of dispatching the error of a failed public API call (see
 * src/lib's virDispatchError): returns the calling thread's last error
 * (borrowed; valid until the thread reports or resets again), after
 * setting it to libvirt's generic failure (VIR_ERR_INTERNAL_ERROR,
 * VIR_FROM_NONE, "An error occurred, but the cause is unknown") when the
 * call failed without reporting anything.
 */
virError *virErrorDispatchLast(void);

/*
 * virErrorInvokeHandler:
 * @handler: a connection's error callback, or NULL
 * @userData: its opaque data
 * @err: the error to hand over, from virErrorDispatchLast()
 *
 * Second half of dispatching: calls @handler, or when it is NULL the
 * process-wide callback of virSetErrorFunc(), or when that is NULL too
 * virDefaultErrorFunc() (which prints on stderr), exactly once. Runs on
 * the calling thread without any lock held.
 */
void virErrorInvokeHandler(virErrorFunc handler, void *userData, virError *err);

/*
 * virErrorSetErrnoFromLastError:
 *
 * Sets errno from the last error: its errno when it is a system error,
 * ENOMEM for VIR_ERR_NO_MEMORY, else EIO.
 */
void virErrorSetErrnoFromLastError(void);

/*
 * virLastErrorIsSystemErrno:
 * @errnum: the errno to look for, or 0 for any
 *
 * Returns true if the last error is a VIR_ERR_SYSTEM_ERROR and (when
 * @errnum is not 0) it was raised for @errnum.
 */
bool virLastErrorIsSystemErrno(int errnum);

/*
 * virErrorLastCodeIs:
 *
 * Returns true if the calling thread's last error has @code.
 */
bool virErrorLastCodeIs(int code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virError, virFreeError);
