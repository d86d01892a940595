/*
 * virerrortest.c: tests for the error module
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "virerror.h"
#include "virlog.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

/* The highest virErrorNumber and virErrorDomain in our public header. */
#define TEST_LAST_CODE VIR_ERR_MULTIPLE_DOMAINS
#define TEST_LAST_DOMAIN VIR_FROM_CH

static char *testTmpDir;


/*
 * Redirects stderr (fd 2) into a temporary file until testCaptureEnd(),
 * which returns what was written.
 */
typedef struct {
    int saved;
    char *path;
} testCapture;


static void
testCaptureBegin(testCapture *cap)
{
    int fd;

    cap->path = g_build_filename(testTmpDir, "stderr.txt", NULL);
    fd = open(cap->path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    g_assert_cmpint(fd, >=, 0);
    fflush(stderr);
    cap->saved = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
    g_assert_cmpint(cap->saved, >=, 0);
    g_assert_cmpint(dup2(fd, STDERR_FILENO), ==, STDERR_FILENO);
    close(fd);
}


static char *
testCaptureEnd(testCapture *cap)
{
    char *data = NULL;

    fflush(stderr);
    g_assert_cmpint(dup2(cap->saved, STDERR_FILENO), ==, STDERR_FILENO);
    close(cap->saved);
    g_assert_true(g_file_get_contents(cap->path, &data, NULL, NULL));
    (void)unlink(cap->path);
    g_clear_pointer(&cap->path, g_free);
    return data;
}


/* Counts the printf conversions in @fmt ("%%" counts as none). */
static int
testCountConversions(const char *fmt)
{
    int n = 0;

    for (; *fmt; fmt++) {
        if (*fmt != '%')
            continue;
        if (fmt[1] == '%') {
            fmt++;
            continue;
        }
        n++;
    }
    return n;
}


/* Every code has both texts; the detailed one takes exactly one "%s". */
static void
testTableComplete(void)
{
    int code;

    for (code = 0; code <= TEST_LAST_CODE; code++) {
        const char *plain = virErrorMsg(code, NULL);
        const char *detailed = virErrorMsg(code, "x");

        g_assert_nonnull(plain);
        g_assert_nonnull(detailed);
        g_assert_nonnull(virErrorNumberName(code));
        g_assert_cmpint(testCountConversions(plain), ==, 0);
        g_assert_cmpint(testCountConversions(detailed), ==, 1);
        g_assert_nonnull(strstr(detailed, "%s"));
        if (code == VIR_ERR_OK)
            continue;
        if (g_str_equal(plain, "unknown error"))
            g_error("code %d (%s) has no message", code, virErrorNumberName(code));
    }
    g_assert_cmpstr(virErrorMsg(TEST_LAST_CODE + 1, NULL), ==, "unknown error");
    g_assert_cmpstr(virErrorMsg(TEST_LAST_CODE + 1, "x"), ==, "%s");
    g_assert_cmpstr(virErrorMsg(-1, NULL), ==, "unknown error");
    g_assert_null(virErrorNumberName(TEST_LAST_CODE + 1));
    g_assert_null(virErrorNumberName(-1));

    for (code = 1; code <= TEST_LAST_DOMAIN; code++)
        g_assert_cmpstr(virErrorDomainName(code), !=, "");
    g_assert_cmpstr(virErrorDomainName(VIR_FROM_NONE), ==, "");
    g_assert_cmpstr(virErrorDomainName(TEST_LAST_DOMAIN + 1), ==, "");
    g_assert_cmpstr(virErrorDomainName(-1), ==, "");
}


/*
 * Reads one enum of the public header ("NAME = NUMBER," lines from the
 * line holding @first up to "} @type;") and checks each value.
 */
static void
testHeaderEnum(const char *header, const char *first, const char *type, bool codes)
{
    g_autofree char *end = g_strdup_printf("} %s;", type);
    const char *start = strstr(header, first);
    const char *stop = strstr(header, end);
    g_autoptr(GRegex) re =
        g_regex_new("^\\s*(VIR_[A-Z0-9_]+) = ([0-9]+),", G_REGEX_MULTILINE, 0, NULL);
    g_autoptr(GMatchInfo) mi = NULL;
    g_autofree char *body = NULL;
    int count = 0;

    g_assert_nonnull(start);
    g_assert_nonnull(stop);
    g_assert_true(start < stop);
    body = g_strndup(start, stop - start);
    g_regex_match(re, body, 0, &mi);
    for (; g_match_info_matches(mi); g_match_info_next(mi, NULL)) {
        g_autofree char *name = g_match_info_fetch(mi, 1);
        g_autofree char *num = g_match_info_fetch(mi, 2);
        guint64 value = 0;

        g_assert_true(g_ascii_string_to_unsigned(num, 10, 0, 1000, &value, NULL));
        g_assert_cmpint(value, ==, count);
        if (codes) {
            g_assert_cmpstr(virErrorNumberName(value), ==, name);
            if (value != VIR_ERR_OK)
                g_assert_cmpstr(virErrorMsg(value, NULL), !=, "unknown error");
        } else if (value != VIR_FROM_NONE) {
            g_assert_cmpstr(virErrorDomainName(value), !=, "");
        }
        count++;
    }
    g_assert_cmpint(count, ==, (codes ? TEST_LAST_CODE : TEST_LAST_DOMAIN) + 1);
}


/* The table covers every value the header defines, under its own name. */
static void
testTableHeader(void)
{
    g_autofree char *path =
        g_build_filename(MODVIRT_SOURCE_ROOT, "include", "libvirt", "virterror.h", NULL);
    g_autofree char *header = NULL;

    g_assert_true(g_file_get_contents(path, &header, NULL, NULL));
    testHeaderEnum(header, "VIR_ERR_OK = 0", "virErrorNumber", true);
    testHeaderEnum(header, "VIR_FROM_NONE = 0", "virErrorDomain", false);
}


typedef struct {
    int code;
    const char *detail;
    const char *expect;
} testMessageCase;

static const testMessageCase testMessages[] = {
    { VIR_ERR_NO_DOMAIN, NULL, "Domain not found" },
    { VIR_ERR_NO_DOMAIN, "no domain with matching name 'vm1'",
      "Domain not found: no domain with matching name 'vm1'" },
    { VIR_ERR_OPERATION_INVALID, NULL, "Requested operation is not valid" },
    { VIR_ERR_OPERATION_INVALID, "domain is not running",
      "Requested operation is not valid: domain is not running" },
    { VIR_ERR_XML_ERROR, NULL, "XML description is invalid or not well formed" },
    { VIR_ERR_XML_ERROR, "missing name", "XML error: missing name" },
    { VIR_ERR_INTERNAL_ERROR, "boom", "internal error: boom" },
    { VIR_ERR_NO_SUPPORT, "virDomainFoo",
      "this function is not supported by the connection driver: virDomainFoo" },
    { VIR_ERR_UNKNOWN_HOST, "h1", "unknown host h1" },
    { VIR_ERR_NO_CONNECT, "xen://", "no connection driver available for xen://" },
    { VIR_ERR_DOM_EXIST, "vm1", "domain vm1 exists already" },
    { VIR_ERR_DOM_EXIST, NULL, "this domain exists already" },
    { VIR_ERR_OPERATION_DENIED, NULL, "operation forbidden for read only access" },
    { VIR_ERR_OPERATION_DENIED, "x", "operation forbidden: x" },
    { VIR_ERR_SYSTEM_ERROR, "as is", "as is" },
    { VIR_ERR_SYSTEM_ERROR, NULL, "system call error" },
    { VIR_ERR_RPC, "cannot read", "cannot read" },
    { VIR_WAR_NO_NETWORK, "n", "Failed to find the network: n" },
    { VIR_ERR_CONFIG_UNSUPPORTED, "bus 'x'", "unsupported configuration: bus 'x'" },
    { VIR_ERR_STORAGE_VOL_EXIST, "v", "storage volume v exists already" },
    { VIR_ERR_NETWORK_PORT_EXIST, "p", "network port p exists already" },
    { VIR_ERR_INVALID_NODE_DEVICE, "f", "invalid node device pointer in f" },
    { VIR_ERR_MULTIPLE_DOMAINS, "d", "multiple matching domains found: d" },
    /* a '%' in the detail is text, not a conversion */
    { VIR_ERR_INVALID_ARG, "100%s done", "invalid argument: 100%s done" },
    /* an empty detail counts as none, as in libvirt */
    { VIR_ERR_INVALID_ARG, "", "invalid argument" },
    /* unknown codes: the detail alone */
    { 5000, "just this", "just this" },
    { 5000, NULL, "unknown error" },
};


static void
testMessageTexts(void)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(testMessages); i++) {
        const testMessageCase *c = &testMessages[i];

        virResetLastError();
        if (c->detail)
            virReportError(c->code, "%s", c->detail);
        else
            virReportError(c->code, NULL);
        g_assert_cmpint(virGetLastErrorCode(), ==, c->code);
        if (!g_str_equal(virGetLastErrorMessage(), c->expect))
            g_error("case %zu: code %d: expected '%s', got '%s'", i, c->code, c->expect,
                    virGetLastErrorMessage());
    }
    virResetLastError();
}


static void
testDomainNames(void)
{
    g_assert_cmpstr(virErrorDomainName(VIR_FROM_QEMU), ==, "QEMU Driver");
    g_assert_cmpstr(virErrorDomainName(VIR_FROM_DOMAIN), ==, "Domain Config");
    g_assert_cmpstr(virErrorDomainName(VIR_FROM_RPC), ==, "XML-RPC");
    g_assert_cmpstr(virErrorDomainName(VIR_FROM_VMWARE), ==, "VMware Driver");
    g_assert_cmpstr(virErrorDomainName(VIR_FROM_CH), ==, "Cloud-Hypervisor Driver");
}


typedef struct {
    int domain;
    int code;
    virErrorLevel level;
    int int1;
    const char *message;
    const char *expect;
} testPrintCase;

static const testPrintCase testPrints[] = {
    { VIR_FROM_QEMU, VIR_ERR_NO_DOMAIN, VIR_ERR_ERROR, 0, "Domain not found",
      "libvirt: QEMU Driver error : Domain not found\n" },
    { VIR_FROM_CONF, VIR_ERR_CONF_SYNTAX, VIR_ERR_WARNING, 0, "w",
      "libvirt: Config File warning : w\n" },
    { VIR_FROM_NONE, VIR_ERR_INTERNAL_ERROR, VIR_ERR_NONE, 0, "n", "libvirt:   : n\n" },
    { 999, VIR_ERR_INTERNAL_ERROR, VIR_ERR_ERROR, 0, "u", "libvirt: Unknown error : u\n" },
    { VIR_FROM_TEST, VIR_ERR_INTERNAL_ERROR, VIR_ERR_ERROR, 0, "has newline\n",
      "libvirt: Test Driver error : has newline\n" },
    { VIR_FROM_XML, VIR_ERR_XML_DETAIL, VIR_ERR_ERROR, 7, "bad tag\n",
      "libvirt: XML Util error : line 7: bad tag\n" },
};


/*
 * Oracle: the installed libvirt (Debian's 9.0) answers the same questions.
 * Its libvirt.so exports virErrorMsg among its private symbols. Skipped
 * where libvirt is not installed.
 */
typedef const char *(*testErrorMsgFunc)(int, const char *);
typedef void (*testDefaultErrorFunc)(virErrorPtr);

static void *
testOpenLibvirt(void)
{
    void *handle = dlopen("libvirt.so.0", RTLD_NOW | RTLD_LOCAL);

    if (!handle)
        g_test_skip("libvirt.so.0 is not installed");
    return handle;
}


static void
testOracleMessages(void)
{
    void *handle = testOpenLibvirt();
    testErrorMsgFunc theirs;
    int code;

    if (!handle)
        return;
    theirs = (testErrorMsgFunc)dlsym(handle, "virErrorMsg");
    if (!theirs) {
        g_test_skip("libvirt.so.0 has no virErrorMsg");
        dlclose(handle);
        return;
    }
    for (code = 1; code <= TEST_LAST_CODE; code++) {
        g_assert_cmpstr(virErrorMsg(code, NULL), ==, theirs(code, NULL));
        g_assert_cmpstr(virErrorMsg(code, "x"), ==, theirs(code, "x"));
    }
    dlclose(handle);
}


/* Runs @func on @err and returns what it printed on stderr. */
static char *
testPrintError(testDefaultErrorFunc func, virErrorPtr err)
{
    testCapture cap;

    testCaptureBegin(&cap);
    func(err);
    return testCaptureEnd(&cap);
}


static void
testOracleDefaultFunc(void)
{
    void *handle = testOpenLibvirt();
    testDefaultErrorFunc theirs;
    virError err = { 0 };
    int domain;

    if (!handle)
        return;
    theirs = (testDefaultErrorFunc)dlsym(handle, "virDefaultErrorFunc");
    g_assert_nonnull(theirs);
    err.code = VIR_ERR_INTERNAL_ERROR;
    err.level = VIR_ERR_ERROR;
    err.message = (char *)"msg";
    /* every domain, one past the last, and each level */
    for (domain = 0; domain <= TEST_LAST_DOMAIN + 1; domain++) {
        g_autofree char *a = NULL;
        g_autofree char *b = NULL;

        err.domain = domain;
        err.level = domain % 3;
        a = testPrintError(virDefaultErrorFunc, &err);
        b = testPrintError(theirs, &err);
        g_assert_cmpstr(a, ==, b);
    }
    /* the special shapes: XML line numbers, messages ending in a newline */
    for (domain = 0; domain < (int)G_N_ELEMENTS(testPrints); domain++) {
        g_autofree char *a = NULL;
        g_autofree char *b = NULL;

        err.domain = testPrints[domain].domain;
        err.code = testPrints[domain].code;
        err.level = testPrints[domain].level;
        err.int1 = testPrints[domain].int1;
        err.message = (char *)testPrints[domain].message;
        a = testPrintError(virDefaultErrorFunc, &err);
        b = testPrintError(theirs, &err);
        g_assert_cmpstr(a, ==, b);
    }
    dlclose(handle);
}


static void
testDefaultFunc(void)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(testPrints); i++) {
        virError err = { 0 };
        g_autofree char *out = NULL;

        err.domain = testPrints[i].domain;
        err.code = testPrints[i].code;
        err.level = testPrints[i].level;
        err.int1 = testPrints[i].int1;
        err.message = (char *)testPrints[i].message;
        out = testPrintError(virDefaultErrorFunc, &err);
        g_assert_cmpstr(out, ==, testPrints[i].expect);
    }
    /* no error, nothing printed */
    {
        virError none = { 0 };
        g_autofree char *out = testPrintError(virDefaultErrorFunc, &none);

        g_assert_cmpstr(out, ==, "");
    }
}


static void
testReportFields(void)
{
    virErrorPtr err;

    virResetLastError();
    g_assert_null(virGetLastError());
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "no error");
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_OK);

    virReportError(VIR_ERR_INVALID_ARG, _("bad '%1$s'"), "x");
    err = virGetLastError();
    g_assert_nonnull(err);
    g_assert_cmpint(err->code, ==, VIR_ERR_INVALID_ARG);
    g_assert_cmpint(err->domain, ==, VIR_FROM_DOMAIN);
    g_assert_cmpint(err->level, ==, VIR_ERR_ERROR);
    g_assert_cmpstr(err->message, ==, "invalid argument: bad 'x'");
    g_assert_cmpstr(err->str1, ==, "invalid argument: %s");
    g_assert_cmpstr(err->str2, ==, "bad 'x'");
    g_assert_null(err->str3);
    g_assert_cmpint(err->int1, ==, -1);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_DOMAIN);
    g_assert_true(virErrorLastCodeIs(VIR_ERR_INVALID_ARG));
    g_assert_false(virErrorLastCodeIs(VIR_ERR_INTERNAL_ERROR));

    /* a new report replaces the old one */
    virReportError(VIR_ERR_INTERNAL_ERROR, "%s", "second");
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "internal error: second");

    /* the full form keeps the extra fields */
    virRaiseErrorFull(__FILE__, __func__, __LINE__, VIR_FROM_RPC, VIR_ERR_RPC, VIR_ERR_WARNING,
                      "s1", "s2", "s3", 4, 5, "%s %d", "n", 3);
    err = virGetLastError();
    g_assert_cmpint(err->level, ==, VIR_ERR_WARNING);
    g_assert_cmpstr(err->message, ==, "n 3");
    g_assert_cmpstr(err->str3, ==, "s3");
    g_assert_cmpint(err->int2, ==, 5);

    /* VIR_ERR_OK only clears */
    virRaiseErrorFull(__FILE__, __func__, __LINE__, VIR_FROM_RPC, VIR_ERR_OK, VIR_ERR_ERROR, NULL,
                      NULL, NULL, 0, 0, NULL);
    g_assert_null(virGetLastError());

    virReportOOMError();
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "out of memory");
    virErrorSetErrnoFromLastError();
    g_assert_cmpint(errno, ==, ENOMEM);
    virResetLastError();
    g_assert_null(virGetLastError());
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "no error");
}


static void
testReportKeepsErrno(void)
{
    errno = EXDEV;
    virReportError(VIR_ERR_INTERNAL_ERROR, "%s", "x");
    g_assert_cmpint(errno, ==, EXDEV);
    virReportSystemError(EPERM, "%s", "y");
    g_assert_cmpint(errno, ==, EXDEV);
    errno = ENOTDIR;
    virResetLastError();
    g_assert_cmpint(errno, ==, ENOTDIR);
}


static void
testSystemError(void)
{
    static const int errnos[] = { ENOENT, EACCES, EEXIST, EINVAL };
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(errnos); i++) {
        g_autofree char *expect = g_strdup_printf("cannot open '/x/y': %s", g_strerror(errnos[i]));
        virErrorPtr err;

        virReportSystemError(errnos[i], _("cannot open '%1$s'"), "/x/y");
        err = virGetLastError();
        g_assert_cmpint(err->code, ==, VIR_ERR_SYSTEM_ERROR);
        g_assert_cmpint(err->domain, ==, VIR_FROM_DOMAIN);
        g_assert_cmpstr(err->message, ==, expect);
        g_assert_cmpint(err->int1, ==, errnos[i]);
        g_assert_true(virLastErrorIsSystemErrno(errnos[i]));
        g_assert_true(virLastErrorIsSystemErrno(0));
        g_assert_false(virLastErrorIsSystemErrno(ENOSPC));
        errno = 0;
        virErrorSetErrnoFromLastError();
        g_assert_cmpint(errno, ==, errnos[i]);
    }
    /* the errno text alone when there is no format */
    virReportSystemErrorFull(VIR_FROM_THIS, ENOENT, __FILE__, __func__, __LINE__, NULL);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, g_strerror(ENOENT));

    virReportError(VIR_ERR_INTERNAL_ERROR, "%s", "x");
    g_assert_false(virLastErrorIsSystemErrno(0));
    virErrorSetErrnoFromLastError();
    g_assert_cmpint(errno, ==, EIO);
    virResetLastError();
}


static void
testCopy(void)
{
    virError to;
    virErrorPtr saved;

    virResetLastError();
    g_assert_cmpint(virCopyLastError(NULL), ==, -1);

    /* @to may hold garbage: it must be overwritten, not freed */
    memset(&to, 0xA5, sizeof(to));
    g_assert_cmpint(virCopyLastError(&to), ==, 0);
    g_assert_cmpint(to.code, ==, VIR_ERR_OK);
    g_assert_null(to.message);

    virReportError(VIR_ERR_NO_NETWORK, _("no network '%1$s'"), "n1");
    memset(&to, 0xA5, sizeof(to));
    g_assert_cmpint(virCopyLastError(&to), ==, VIR_ERR_NO_NETWORK);
    g_assert_cmpstr(to.message, ==, "Network not found: no network 'n1'");
    g_assert_true(to.message != virGetLastError()->message);
    g_assert_cmpint(to.domain, ==, VIR_FROM_DOMAIN);
    virResetError(&to);
    g_assert_null(to.message);

    saved = virSaveLastError();
    virResetLastError();
    g_assert_cmpint(saved->code, ==, VIR_ERR_NO_NETWORK);
    g_assert_cmpstr(saved->message, ==, "Network not found: no network 'n1'");

    g_assert_cmpint(virSetError(saved), ==, 0);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "Network not found: no network 'n1'");
    g_assert_true(virGetLastError()->message != saved->message);
    virFreeError(saved);
    virFreeError(NULL);

    /* saving with no error gives an empty error, not NULL */
    virResetLastError();
    saved = virSaveLastError();
    g_assert_nonnull(saved);
    g_assert_cmpint(saved->code, ==, VIR_ERR_OK);
    virFreeError(saved);

    {
        g_autoptr(virError) copy = virErrorCopyNew(NULL);

        g_assert_cmpint(copy->code, ==, VIR_ERR_OK);
    }
}


static void
testPreserveRestore(void)
{
    virErrorPtr saved = NULL;

    virReportError(VIR_ERR_OPERATION_FAILED, "%s", "original");
    errno = EBADF;
    virErrorPreserveLast(&saved);
    g_assert_cmpint(errno, ==, EBADF);
    g_assert_nonnull(saved);
    g_assert_null(virGetLastError());

    /* cleanup code reports its own error ... */
    virReportError(VIR_ERR_INTERNAL_ERROR, "%s", "cleanup failed");
    errno = ESRCH;
    virErrorRestore(&saved);
    /* ... which the restore discards */
    g_assert_null(saved);
    g_assert_cmpint(errno, ==, ESRCH);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_OPERATION_FAILED);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "operation failed: original");

    /* with no error there is nothing to restore */
    virResetLastError();
    virErrorPreserveLast(&saved);
    g_assert_null(saved);
    virReportError(VIR_ERR_INTERNAL_ERROR, "%s", "kept");
    virErrorRestore(&saved);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "internal error: kept");
    virResetLastError();
}


static void
testPrefix(void)
{
    virResetLastError();
    virLastErrorPrefixMessage("ignored %d", 1);
    g_assert_null(virGetLastError());

    virReportError(VIR_ERR_OPERATION_FAILED, "%s", "inner");
    errno = EROFS;
    virLastErrorPrefixMessage(_("cannot start '%1$s'"), "vm");
    g_assert_cmpint(errno, ==, EROFS);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "cannot start 'vm': operation failed: inner");
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_OPERATION_FAILED);
    virResetLastError();
}


typedef struct {
    int calls;
    int code;
    char *message;
} testCallbackData;


static void
testCallbackFunc(void *opaque, virErrorPtr err)
{
    testCallbackData *data = opaque;

    data->calls++;
    data->code = err->code;
    g_free(data->message);
    data->message = g_strdup(err->message);
}


/*
 * Reporting never runs the callback (it used to run on every report, so a
 * callback saw errors that internal code reported and then recovered
 * from); dispatching runs it once, as libvirt's virDispatchError does.
 */
static void
testCallback(void)
{
    testCallbackData data = { 0 };
    testCallbackData connData = { 0 };
    virError *err;

    virSetErrorFunc(&data, testCallbackFunc);
    virReportError(VIR_ERR_NO_SECRET, "%s", "s1");
    virReportSystemError(ENOENT, "%s", "f");
    g_assert_cmpint(data.calls, ==, 0);

    /* the process-wide callback gets the last error */
    err = virErrorDispatchLast();
    g_assert_cmpint(err->code, ==, VIR_ERR_SYSTEM_ERROR);
    virErrorInvokeHandler(NULL, NULL, err);
    g_assert_cmpint(data.calls, ==, 1);
    g_assert_cmpint(data.code, ==, VIR_ERR_SYSTEM_ERROR);

    /* a connection's callback replaces it */
    virReportError(VIR_ERR_NO_SECRET, "%s", "s2");
    virErrorInvokeHandler(testCallbackFunc, &connData, virErrorDispatchLast());
    g_assert_cmpint(data.calls, ==, 1);
    g_assert_cmpint(connData.calls, ==, 1);
    g_assert_cmpstr(connData.message, ==, "Secret not found: s2");

    /* a failure that reported nothing becomes libvirt's generic error */
    virResetLastError();
    err = virErrorDispatchLast();
    g_assert_cmpint(err->code, ==, VIR_ERR_INTERNAL_ERROR);
    g_assert_cmpint(err->domain, ==, VIR_FROM_NONE);
    g_assert_cmpint(err->level, ==, VIR_ERR_ERROR);
    g_assert_cmpstr(err->message, ==, "An error occurred, but the cause is unknown");
    g_assert_true(virGetLastError() == err);
    virErrorInvokeHandler(NULL, NULL, err);
    g_assert_cmpint(data.calls, ==, 2);
    g_assert_cmpstr(data.message, ==, "An error occurred, but the cause is unknown");

    virSetErrorFunc(NULL, NULL);
    g_free(data.message);
    g_free(connData.message);
    virResetLastError();
}


/* Without any callback, dispatching prints the error as libvirt does. */
static void
testDispatchDefault(void)
{
    if (g_test_subprocess()) {
        virSetErrorFunc(NULL, NULL);
        virReportError(VIR_ERR_NO_DOMAIN, "%s", "d");
        virErrorInvokeHandler(NULL, NULL, virErrorDispatchLast());
        return;
    }
    g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("libvirt: Domain Config error : Domain not found: d\n");
}


/*
 * virRaiseErrorFull keeps the formatted text as the whole message, as
 * libvirt's does: the argument checks of the API rely on it ("name in
 * virDomainLookupByName must not be NULL", without "invalid argument: ").
 */
static void
testRaiseFullMessage(void)
{
    virError *err;

    virRaiseErrorFull(__FILE__, __func__, __LINE__, VIR_FROM_DOMAIN, VIR_ERR_INVALID_ARG,
                      VIR_ERR_ERROR, "virX", "name", NULL, 0, 0, "%1$s in %2$s must not be NULL",
                      "name", "virX");
    err = virGetLastError();
    g_assert_nonnull(err);
    g_assert_cmpint(err->code, ==, VIR_ERR_INVALID_ARG);
    g_assert_cmpstr(err->message, ==, "name in virX must not be NULL");
    g_assert_cmpstr(err->str1, ==, "virX");
    g_assert_cmpstr(err->str2, ==, "name");

    virRaiseErrorFull(__FILE__, __func__, __LINE__, VIR_FROM_DOMAIN, VIR_ERR_INVALID_ARG,
                      VIR_ERR_ERROR, NULL, NULL, NULL, 0, 0, NULL);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "No error message provided");
    virResetLastError();
}


static gpointer
testThreadBody(gpointer opaque)
{
    /* a new thread starts without an error, whatever the others have */
    if (virGetLastError() != NULL)
        return GINT_TO_POINTER(1);
    virReportError(VIR_ERR_NO_STORAGE_POOL, "%s", "thread");
    if (virGetLastErrorCode() != VIR_ERR_NO_STORAGE_POOL)
        return GINT_TO_POINTER(2);
    if (!g_str_equal(virGetLastErrorMessage(), "Storage pool not found: thread"))
        return GINT_TO_POINTER(3);
    return GINT_TO_POINTER(0);
}


static void
testThreadLocal(void)
{
    GThread *threads[4];
    size_t i;

    virReportError(VIR_ERR_NO_DOMAIN, "%s", "main");
    for (i = 0; i < G_N_ELEMENTS(threads); i++)
        threads[i] = g_thread_new("errtest", testThreadBody, NULL);
    for (i = 0; i < G_N_ELEMENTS(threads); i++)
        g_assert_cmpint(GPOINTER_TO_INT(g_thread_join(threads[i])), ==, 0);
    /* and their errors never reach this one */
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_DOMAIN);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "Domain not found: main");
    virResetLastError();
}


static void
testLogHook(virLogSource *source, virLogPriority priority, const char *line, void *opaque)
{
    GPtrArray *lines = opaque;

    if (g_str_equal(source->name, "util.error") && priority == VIR_LOG_DEBUG)
        g_ptr_array_add(lines, g_strdup(line));
}


/* A report is logged at debug with the reporter's function and line. */
static void
testReportLogs(void)
{
    g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func(g_free);
    g_autofree char *where = NULL;
    int line;

    /* default level: nothing logged */
    virLogSetOutputHook(testLogHook, lines);
    virReportError(VIR_ERR_INVALID_ARG, "%s", "quiet");
    g_assert_cmpuint(lines->len, ==, 0);

    g_assert_cmpint(virLogSetOutputs("4:stderr"), ==, 0);
    g_assert_cmpint(virLogSetFilters("1:util.error"), ==, 0);
    line = __LINE__ + 1; /* the report on the next line */
    virReportError(VIR_ERR_INVALID_ARG, "%s", "loud");
    virLogSetOutputHook(NULL, NULL);
    virLogReset();

    g_assert_cmpuint(lines->len, ==, 1);
    where = g_strdup_printf(": debug : testReportLogs:%d : ", line);
    g_assert_nonnull(strstr(g_ptr_array_index(lines, 0), where));
    g_assert_nonnull(strstr(g_ptr_array_index(lines, 0), "invalid argument: loud"));
    g_assert_nonnull(strstr(g_ptr_array_index(lines, 0), "VIR_ERR_INVALID_ARG"));
    virResetLastError();
}


int
main(int argc, char **argv)
{
    int ret;

    g_test_init(&argc, &argv, NULL);
    g_assert_cmpint(virErrorInitialize(), ==, 0);
    testTmpDir = g_dir_make_tmp("virerrortest-XXXXXX", NULL);
    g_assert_nonnull(testTmpDir);

    g_test_add_func("/util/error/table/complete", testTableComplete);
    g_test_add_func("/util/error/table/header", testTableHeader);
    g_test_add_func("/util/error/table/texts", testMessageTexts);
    g_test_add_func("/util/error/table/domains", testDomainNames);
    g_test_add_func("/util/error/oracle/messages", testOracleMessages);
    g_test_add_func("/util/error/oracle/default-func", testOracleDefaultFunc);
    g_test_add_func("/util/error/default-func", testDefaultFunc);
    g_test_add_func("/util/error/report/fields", testReportFields);
    g_test_add_func("/util/error/report/errno", testReportKeepsErrno);
    g_test_add_func("/util/error/report/system", testSystemError);
    g_test_add_func("/util/error/report/log", testReportLogs);
    g_test_add_func("/util/error/copy", testCopy);
    g_test_add_func("/util/error/preserve", testPreserveRestore);
    g_test_add_func("/util/error/prefix", testPrefix);
    g_test_add_func("/util/error/callback", testCallback);
    g_test_add_func("/util/error/dispatch-default", testDispatchDefault);
    g_test_add_func("/util/error/raise-full-message", testRaiseFullMessage);
    g_test_add_func("/util/error/thread-local", testThreadLocal);

    ret = g_test_run();
    (void)rmdir(testTmpDir);
    g_free(testTmpDir);
    return ret;
}
