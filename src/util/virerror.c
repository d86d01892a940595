/*
 * virerror.c: thread-local last error, reporting and the message table
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"
#include "virerror.h"
#include "virlog.h"

#define VIR_FROM_THIS VIR_FROM_NONE

VIR_LOG_INIT("util.error");

static GPrivate virLastErr = G_PRIVATE_INIT((GDestroyNotify)virFreeError);

static GMutex virErrorFuncLock;
static virErrorFunc virErrorHandler;
static void *virUserData;


int
virErrorInitialize(void)
{
    return 0;
}


/* Returns the thread's error slot, creating an empty one on first use. */
static virError *
virLastErrorObject(void)
{
    virError *err = g_private_get(&virLastErr);

    if (!err) {
        err = g_new0(virError, 1);
        g_private_set(&virLastErr, err);
    }
    return err;
}


void
virResetError(virErrorPtr err)
{
    if (!err)
        return;
    g_free(err->message);
    g_free(err->str1);
    g_free(err->str2);
    g_free(err->str3);
    memset(err, 0, sizeof(*err));
}


void
virFreeError(virErrorPtr err)
{
    virResetError(err);
    g_free(err);
}


int
virCopyError(const virError *from, virError *to)
{
    if (!to)
        return 0;
    virResetError(to);
    if (!from)
        return 0;
    to->code = from->code;
    to->domain = from->domain;
    to->level = from->level;
    to->message = g_strdup(from->message);
    to->str1 = g_strdup(from->str1);
    to->str2 = g_strdup(from->str2);
    to->str3 = g_strdup(from->str3);
    to->int1 = from->int1;
    to->int2 = from->int2;
    return to->code;
}


virError *
virErrorCopyNew(const virError *err)
{
    virError *ret = g_new0(virError, 1);

    virCopyError(err, ret);
    return ret;
}


virErrorPtr
virGetLastError(void)
{
    virError *err = virLastErrorObject();

    if (err->code == VIR_ERR_OK)
        return NULL;
    return err;
}


const char *
virGetLastErrorMessage(void)
{
    virError *err = virLastErrorObject();

    if (err->code == VIR_ERR_OK)
        return "no error";
    if (!err->message)
        return "unknown error";
    return err->message;
}


int
virGetLastErrorCode(void)
{
    return virLastErrorObject()->code;
}


int
virGetLastErrorDomain(void)
{
    return virLastErrorObject()->domain;
}


int
virCopyLastError(virErrorPtr to)
{
    virError *err = virLastErrorObject();

    if (!to)
        return -1;
    if (err->code == VIR_ERR_OK) {
        virResetError(to);
        return 0;
    }
    return virCopyError(err, to);
}


virErrorPtr
virSaveLastError(void)
{
    int saved_errno = errno;
    virError *ret = virErrorCopyNew(virLastErrorObject());

    errno = saved_errno;
    return ret;
}


void
virResetLastError(void)
{
    virError *err = g_private_get(&virLastErr);

    if (err)
        virResetError(err);
}


int
virSetError(const virError *newerr)
{
    int saved_errno = errno;

    virCopyError(newerr, virLastErrorObject());
    errno = saved_errno;
    return 0;
}


void
virErrorPreserveLast(virError **saveerr)
{
    int saved_errno = errno;
    virError *err = virLastErrorObject();

    *saveerr = NULL;
    if (err->code != VIR_ERR_OK) {
        *saveerr = virErrorCopyNew(err);
        virResetError(err);
    }
    errno = saved_errno;
}


void
virErrorRestore(virError **savederr)
{
    int saved_errno = errno;

    if (!*savederr)
        return;
    virSetError(*savederr);
    virFreeError(*savederr);
    *savederr = NULL;
    errno = saved_errno;
}


bool
virErrorLastCodeIs(int code)
{
    return virLastErrorObject()->code == code;
}


bool
virLastErrorIsSystemErrno(int errnum)
{
    virError *err = virLastErrorObject();

    if (err->code != VIR_ERR_SYSTEM_ERROR)
        return false;
    if (errnum != 0 && err->int1 != errnum)
        return false;
    return true;
}


void
virErrorSetErrnoFromLastError(void)
{
    virError *err = virLastErrorObject();

    if (err->code == VIR_ERR_SYSTEM_ERROR && err->int1 != 0)
        errno = err->int1;
    else
        errno = EIO;
}


void
virSetErrorFunc(void *userData, virErrorFunc handler)
{
    g_mutex_lock(&virErrorFuncLock);
    virErrorHandler = handler;
    virUserData = userData;
    g_mutex_unlock(&virErrorFuncLock);
}


void
virDefaultErrorFunc(virErrorPtr err)
{
    const char *dom;
    const char *lvl = "";

    if (!err || err->code == VIR_ERR_OK)
        return;
    dom = virErrorDomainName(err->domain);
    if (err->level == VIR_ERR_WARNING)
        lvl = _("warning");
    else if (err->level == VIR_ERR_ERROR)
        lvl = _("error");
    fprintf(stderr, "libvirt: %s %s : %s\n", dom, lvl,
            err->message ? err->message : _("unknown error"));
}


void
virRaiseErrorFull(const char *filename,
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
                  ...)
{
    int saved_errno = errno;
    virError *to;
    g_autofree char *detail = NULL;
    virErrorFunc handler;
    void *userData;

    if (code == VIR_ERR_OK)
        return;

    if (fmt) {
        va_list ap;

        va_start(ap, fmt);
        detail = g_strdup_vprintf(fmt, ap);
        va_end(ap);
    }

    to = virLastErrorObject();
    virResetError(to);
    to->code = code;
    to->domain = domain;
    to->level = level;
    /* The format comes from our own table, never from the caller. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    to->message = g_strdup_printf(virErrorMsg(code, detail), detail);
#pragma GCC diagnostic pop
    to->str1 = g_strdup(str1);
    to->str2 = g_strdup(str2);
    to->str3 = g_strdup(str3);
    to->int1 = int1;
    to->int2 = int2;

    VIR_DEBUG("error %d domain %d at %s:%s:%zu: %s",
              code, domain, filename, funcname, linenr, to->message);

    g_mutex_lock(&virErrorFuncLock);
    handler = virErrorHandler;
    userData = virUserData;
    g_mutex_unlock(&virErrorFuncLock);
    if (handler)
        handler(userData, to);

    errno = saved_errno;
}


void
virReportErrorHelper(int domain,
                     int code,
                     const char *filename,
                     const char *funcname,
                     size_t linenr,
                     const char *fmt,
                     ...)
{
    int saved_errno = errno;
    g_autofree char *detail = NULL;

    if (fmt) {
        va_list ap;

        va_start(ap, fmt);
        detail = g_strdup_vprintf(fmt, ap);
        va_end(ap);
    }
    virRaiseErrorFull(filename, funcname, linenr, domain, code, VIR_ERR_ERROR,
                      detail, NULL, NULL, -1, -1, detail ? "%s" : NULL, detail);
    errno = saved_errno;
}


void
virReportSystemErrorFull(int domain,
                         int theerrno,
                         const char *filename,
                         const char *funcname,
                         size_t linenr,
                         const char *fmt,
                         ...)
{
    int saved_errno = errno;
    g_autofree char *detail = NULL;
    g_autofree char *combined = NULL;
    const char *errstr = g_strerror(theerrno);

    if (fmt) {
        va_list ap;

        va_start(ap, fmt);
        detail = g_strdup_vprintf(fmt, ap);
        va_end(ap);
        combined = g_strdup_printf("%s: %s", detail, errstr);
    } else {
        combined = g_strdup(errstr);
    }
    virRaiseErrorFull(filename, funcname, linenr, domain, VIR_ERR_SYSTEM_ERROR,
                      VIR_ERR_ERROR, combined, NULL, NULL, theerrno, -1, "%s", combined);
    errno = saved_errno;
}


/*
 * The default text of each code: the first form is used without detail,
 * the second (with one %s) when there is one. Texts follow libvirt's, as
 * clients and users match on them.
 */
typedef struct {
    const char *msg;
    const char *msginfo;
} virErrorMsgTuple;

static const virErrorMsgTuple virErrorMsgStrings[] = {
    [VIR_ERR_OK] = { NULL, NULL },
    [VIR_ERR_INTERNAL_ERROR] = { N_("internal error"), N_("internal error: %s") },
    [VIR_ERR_NO_MEMORY] = { N_("out of memory"), N_("out of memory: %s") },
    [VIR_ERR_NO_SUPPORT] = {
        N_("this function is not supported by the connection driver"),
        N_("this function is not supported by the connection driver: %s") },
    [VIR_ERR_INVALID_ARG] = { N_("invalid argument"), N_("invalid argument: %s") },
    [VIR_ERR_SYSTEM_ERROR] = { N_("system call error"), "%s" },
    [VIR_ERR_OPERATION_FAILED] = { N_("operation failed"), N_("operation failed: %s") },
    [VIR_ERR_CONF_SYNTAX] = { N_("configuration file syntax error"), N_("configuration file syntax error: %s") },
};


const char *
virErrorMsg(int code, const char *info)
{
    const virErrorMsgTuple *t;

    if (code < 0 || (size_t)code >= G_N_ELEMENTS(virErrorMsgStrings) ||
        !virErrorMsgStrings[code].msg) {
        return info ? "%s" : _("unknown error");
    }
    t = &virErrorMsgStrings[code];
    return info ? t->msginfo : t->msg;
}


const char *
virErrorDomainName(int domain)
{
    (void)domain;
    return "";
}
