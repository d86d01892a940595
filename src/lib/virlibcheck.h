/*
 * virlibcheck.h: argument checks of the public entry points
 *
 * The checks libvirt's entry points make, with libvirt's error codes and
 * message texts, as functions that report and return false on failure so
 * that the control flow stays in the caller:
 *
 *     if (!virCheckNonNullArg(name))
 *         goto error;
 *
 * Each macro reports in the calling file's VIR_FROM_THIS domain and names
 * the calling function, as libvirt's messages do ("name in
 * virDomainLookupByName must not be NULL"). Argument errors are
 * VIR_ERR_INVALID_ARG whose message is the text alone (no "invalid
 * argument: " prefix), with str1 the function and str2 the argument name,
 * exactly like libvirt's virReportInvalidArg.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stddef.h>

#include "internal.h"
#include "virerror.h"

/* What virCheckArgFull() checked. */
typedef enum {
    VIR_LIB_ARG_NON_NULL = 0, /* "%s in %s must not be NULL" */
    VIR_LIB_ARG_NULL,         /* "%s in %s must be NULL" */
    VIR_LIB_ARG_NON_ZERO,     /* "%s in %s must not be zero" */
    VIR_LIB_ARG_POSITIVE,     /* "%s in %s must be greater than zero" */
    VIR_LIB_ARG_NON_NEGATIVE, /* "%s in %s must be zero or greater" */

    VIR_LIB_ARG_LAST
} virLibArgCheck;

/*
 * virCheckArgFull:
 * @ok: the outcome of the check
 * @what: the check, for the message
 * @argname: the argument's name
 * @domain, @filename, @funcname, @linenr: where the check is made
 *
 * Returns @ok; when it is false, first reports the VIR_ERR_INVALID_ARG
 * message of @what. Use the macros below.
 */
bool virCheckArgFull(bool ok,
                     virLibArgCheck what,
                     const char *argname,
                     int domain,
                     const char *filename,
                     const char *funcname,
                     size_t linenr);

#define VIR_LIB_CHECK_ARG(ok, what, arg)                                                           \
 virCheckArgFull((ok), what, #arg, VIR_FROM_THIS, __FILE__, __func__, __LINE__)
#define virCheckNonNullArg(arg) VIR_LIB_CHECK_ARG((arg) != NULL, VIR_LIB_ARG_NON_NULL, arg)
#define virCheckNullArg(arg) VIR_LIB_CHECK_ARG((arg) == NULL, VIR_LIB_ARG_NULL, arg)
#define virCheckNonZeroArg(arg) VIR_LIB_CHECK_ARG((arg) != 0, VIR_LIB_ARG_NON_ZERO, arg)
#define virCheckPositiveArg(arg) VIR_LIB_CHECK_ARG((arg) > 0, VIR_LIB_ARG_POSITIVE, arg)
#define virCheckNonNegativeArg(arg) VIR_LIB_CHECK_ARG((arg) >= 0, VIR_LIB_ARG_NON_NEGATIVE, arg)

/*
 * virReportInvalidArg:
 * @arg: the offending argument (its name is recorded in str2)
 * @...: printf format and arguments of the whole message
 *
 * Reports VIR_ERR_INVALID_ARG with exactly the formatted message, as
 * libvirt's macro of the same name does.
 */
#define virReportInvalidArg(arg, ...)                                                              \
 virRaiseErrorFull(__FILE__, __func__, __LINE__, VIR_FROM_THIS, VIR_ERR_INVALID_ARG,               \
                   VIR_ERR_ERROR, __func__, #arg, NULL, 0, 0, __VA_ARGS__)

/*
 * virCheckReadOnlyFull / virCheckReadOnly:
 * @connflags: the connection's flags
 *
 * Returns true unless @connflags has VIR_CONNECT_RO; then reports
 * VIR_ERR_OPERATION_DENIED "operation forbidden: read only access
 * prevents FUNC" and returns false.
 */
bool virCheckReadOnlyFull(
    unsigned int connflags, int domain, const char *filename, const char *funcname, size_t linenr);

#define virCheckReadOnly(conn)                                                                     \
 virCheckReadOnlyFull((conn)->flags, VIR_FROM_THIS, __FILE__, __func__, __LINE__)

/*
 * virCheckExclusiveFlagsFull / virCheckExclusiveFlags:
 *
 * Returns false with VIR_ERR_INVALID_ARG "Flags 'A' and 'B' are mutually
 * exclusive" reported when @flags has both @flag1 and @flag2.
 */
bool virCheckExclusiveFlagsFull(unsigned int flags,
                                unsigned int flag1,
                                unsigned int flag2,
                                const char *name1,
                                const char *name2,
                                int domain,
                                const char *filename,
                                const char *funcname,
                                size_t linenr);

#define virCheckExclusiveFlags(flags, flag1, flag2)                                                \
 virCheckExclusiveFlagsFull(flags, flag1, flag2, #flag1, #flag2, VIR_FROM_THIS, __FILE__,          \
                            __func__, __LINE__)

/*
 * virCheckRequiredFlagFull / virCheckRequiredFlag:
 * @needed: the flag that @by requires
 * @by: the flag that requires it
 *
 * Returns false with VIR_ERR_INVALID_ARG "Flag 'NEEDED' is required by
 * flag 'BY'" reported when @flags has @by but not @needed.
 */
bool virCheckRequiredFlagFull(unsigned int flags,
                              unsigned int needed,
                              unsigned int by,
                              const char *neededName,
                              const char *byName,
                              int domain,
                              const char *filename,
                              const char *funcname,
                              size_t linenr);

#define virCheckRequiredFlag(flags, needed, by)                                                    \
 virCheckRequiredFlagFull(flags, needed, by, #needed, #by, VIR_FROM_THIS, __FILE__, __func__,      \
                          __LINE__)

/*
 * virReportUnsupportedError:
 *
 * Reports VIR_ERR_NO_SUPPORT "this function is not supported by the
 * connection driver: FUNC" for the calling function.
 */
#define virReportUnsupportedError()                                                                \
 virReportErrorHelper(VIR_FROM_THIS, VIR_ERR_NO_SUPPORT, __FILE__, __func__, __LINE__, "%s",       \
                      __func__)

/*
 * virLibAbsolutePath:
 * @path: a file name
 *
 * Returns a new string (caller frees): @path itself when absolute, else
 * @path appended to the current directory with a '/', without any other
 * normalisation (as libvirt hands paths to drivers that may run in
 * another process with another working directory). Never fails.
 */
char *virLibAbsolutePath(const char *path);
