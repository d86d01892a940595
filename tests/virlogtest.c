/*
 * virlogtest.c: tests for the logging module
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "internal.h"
#include "virerror.h"
#include "virlog.h"

#define VIR_LOGPRIV_H_ALLOW
#include "virlogpriv.h"

#define VIR_FROM_THIS VIR_FROM_NONE

VIR_LOG_INIT("tests.log");

/* One log line: "<date> <time>.<ms>+0000: <tid>: <level> : <func>:<line> : <text>" */
#define TEST_LINE_RE "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}\\+0000: " \
                     "([0-9]+): (debug|info|warning|error) : ([A-Za-z0-9_]+):([0-9]+) : (.*)$"

static char *testTmpDir;


/* Replaces each "@DIR@" in @str by the test's temporary directory. */
static char *
testExpand(const char *str)
{
    g_auto(GStrv) parts = NULL;

    if (!str)
        return NULL;
    parts = g_strsplit(str, "@DIR@", -1);
    return g_strjoinv(testTmpDir, parts);
}


static char *
testPath(const char *name)
{
    return g_build_filename(testTmpDir, name, NULL);
}


/* Redirects stderr into a file until testCaptureEnd() returns its text. */
typedef struct {
    int saved;
    char *path;
} testCapture;


static void
testCaptureBegin(testCapture *cap)
{
    int fd;

    cap->path = testPath("stderr.txt");
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


/* Back to the defaults, with journald pointed away from the real one. */
static void
testLogClean(void)
{
    g_autofree char *nojournal = testPath("no-journal.sock");

    virLogSetOutputHook(NULL, NULL);
    virLogReset();
    virLogSetJournalSocketPath(nojournal);
    virResetLastError();
}


typedef struct {
    const char *str;
    int expect;
} testPriorityCase;

static const testPriorityCase testPriorities[] = {
    { "1", VIR_LOG_DEBUG }, { "2", VIR_LOG_INFO }, { "3", VIR_LOG_WARN }, { "4", VIR_LOG_ERROR },
    { "debug", VIR_LOG_DEBUG }, { "info", VIR_LOG_INFO }, { "warning", VIR_LOG_WARN },
    { "warn", VIR_LOG_WARN }, { "error", VIR_LOG_ERROR },
    { "0", -1 }, { "5", -1 }, { "", -1 }, { "1x", -1 }, { "01", -1 }, { " 1", -1 },
    { "DEBUG", -1 }, { "-1", -1 }, { NULL, -1 },
};


static void
testParsePriority(void)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(testPriorities); i++) {
        if (virLogParsePriority(testPriorities[i].str) != testPriorities[i].expect)
            g_error("priority '%s': expected %d", NULLSTR(testPriorities[i].str),
                    testPriorities[i].expect);
    }
    g_assert_cmpstr(virLogPriorityString(VIR_LOG_WARN), ==, "warning");
    g_assert_cmpstr(virLogPriorityString(0), ==, "unknown");
}


static void
testDefaultPriority(void)
{
    testLogClean();
    g_assert_cmpint(virLogGetDefaultPriority(), ==, VIR_LOG_WARN);
    g_assert_cmpint(virLogSetDefaultPriority(VIR_LOG_ERROR), ==, 0);
    g_assert_cmpint(virLogGetDefaultPriority(), ==, VIR_LOG_ERROR);
    g_assert_cmpint(virLogSetDefaultPriority(0), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    g_assert_cmpint(virLogSetDefaultPriority(5), ==, -1);
    g_assert_cmpint(virLogGetDefaultPriority(), ==, VIR_LOG_ERROR);
    testLogClean();
    g_assert_cmpint(virLogGetDefaultPriority(), ==, VIR_LOG_WARN);
}


typedef struct {
    const char *input;
    const char *expect;   /* virLogGetFilters() afterwards */
} testSettingCase;

static const testSettingCase testFiltersValid[] = {
    { "1:rpc 3:util +1:qemu", "1:rpc 3:util 1:qemu" },
    { "  2:a   4:b  ", "2:a 4:b" },
    { "1:a\t2:b\n3:c", "1:a 2:b 3:c" },
    { "+1:a 2:+b", "1:a 2:b" },
    { "1:a:b", "1:a" },
    { "debug:x warning:y", "1:x 3:y" },
    { "1:a 3:a", "1:a 3:a" },
    { "1:*foo? 2:util.*", "1:*foo? 2:util.*" },
    { "", "" },
    { "   ", "" },
    { NULL, "" },
};


static void
testFiltersParse(void)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(testFiltersValid); i++) {
        g_autofree char *got = NULL;

        testLogClean();
        g_assert_cmpint(virLogSetFilters("4:previous"), ==, 0);
        if (virLogSetFilters(testFiltersValid[i].input) < 0)
            g_error("filters '%s': %s", testFiltersValid[i].input, virGetLastErrorMessage());
        got = virLogGetFilters();
        g_assert_cmpstr(got, ==, testFiltersValid[i].expect);
        /* and what we print parses back to the same */
        g_assert_cmpint(virLogSetFilters(got), ==, 0);
        g_free(got);
        got = virLogGetFilters();
        g_assert_cmpstr(got, ==, testFiltersValid[i].expect);
    }
    testLogClean();
}


typedef struct {
    const char *input;
    int code;
    const char *mention;  /* must appear in the error message */
} testBadCase;

static const testBadCase testFiltersInvalid[] = {
    { "x", VIR_ERR_INVALID_ARG, "'x'" },
    { "5:x", VIR_ERR_INVALID_ARG, "'5'" },
    { "0:x", VIR_ERR_INVALID_ARG, "'0:x'" },
    { "1:", VIR_ERR_INVALID_ARG, "'1:'" },
    { ":a", VIR_ERR_INVALID_ARG, "':a'" },
    { "1:+", VIR_ERR_INVALID_ARG, "'1:+'" },
    { "1::a", VIR_ERR_INVALID_ARG, "'1::a'" },
    { "1:a 9:b", VIR_ERR_INVALID_ARG, "'9:b'" },
    { "1:a bad 2:c", VIR_ERR_INVALID_ARG, "'bad'" },
    { "dbg:a", VIR_ERR_INVALID_ARG, "'dbg'" },
};


static void
testFiltersBad(void)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(testFiltersInvalid); i++) {
        const testBadCase *c = &testFiltersInvalid[i];
        g_autofree char *got = NULL;

        testLogClean();
        g_assert_cmpint(virLogSetFilters("2:keep 3:also"), ==, 0);
        if (virLogSetFilters(c->input) != -1)
            g_error("filters '%s' were accepted", c->input);
        g_assert_cmpint(virGetLastErrorCode(), ==, c->code);
        if (!strstr(virGetLastErrorMessage(), c->mention))
            g_error("filters '%s': message '%s' does not name %s", c->input,
                    virGetLastErrorMessage(), c->mention);
        got = virLogGetFilters();
        g_assert_cmpstr(got, ==, "2:keep 3:also");
    }
    testLogClean();
}


static const testSettingCase testOutputsValid[] = {
    { "3:stderr", "3:stderr" },
    { "1:file:@DIR@/a.log 2:stderr", "1:file:@DIR@/a.log 2:stderr" },
    { "2:syslog:modvirt-test", "2:syslog:modvirt-test" },
    { "4:syslog:one 4:syslog:two", "4:syslog:one 4:syslog:two" },
    { "1:journald", "1:journald" },
    { "1:stderr 3:stderr", "3:stderr" },
    { "1:file:@DIR@/a.log 2:file:@DIR@/a.log", "2:file:@DIR@/a.log" },
    { "1:file:@DIR@/a.log 2:file:@DIR@/b.log", "1:file:@DIR@/a.log 2:file:@DIR@/b.log" },
    { " 3:stderr\t", "3:stderr" },
    { "1:file:@DIR@/c:d.log", "1:file:@DIR@/c:d.log" },
    { "warning:stderr error:journald", "3:stderr 4:journald" },
    { "", "" },
    { NULL, "" },
};


static void
testOutputsParse(void)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(testOutputsValid); i++) {
        g_autofree char *input = testExpand(testOutputsValid[i].input);
        g_autofree char *expect = testExpand(testOutputsValid[i].expect);
        g_autofree char *got = NULL;

        testLogClean();
        g_assert_cmpint(virLogSetOutputs("4:stderr"), ==, 0);
        if (virLogSetOutputs(input) < 0)
            g_error("outputs '%s': %s", input, virGetLastErrorMessage());
        got = virLogGetOutputs();
        g_assert_cmpstr(got, ==, expect);
        g_assert_cmpint(virLogSetOutputs(got), ==, 0);
        g_free(got);
        got = virLogGetOutputs();
        g_assert_cmpstr(got, ==, expect);
    }
    testLogClean();
}


static const testBadCase testOutputsInvalid[] = {
    { "x", VIR_ERR_INVALID_ARG, "'x'" },
    { "1:file", VIR_ERR_INVALID_ARG, "'1:file'" },
    { "1:file:", VIR_ERR_INVALID_ARG, "'1:file:'" },
    { "2:syslog", VIR_ERR_INVALID_ARG, "'2:syslog'" },
    { "2:syslog:", VIR_ERR_INVALID_ARG, "'2:syslog:'" },
    { "1:bogus", VIR_ERR_INVALID_ARG, "'bogus'" },
    { "5:stderr", VIR_ERR_INVALID_ARG, "'5'" },
    { ":stderr", VIR_ERR_INVALID_ARG, "':stderr'" },
    { "1:stderr:x", VIR_ERR_INVALID_ARG, "'1:stderr:x'" },
    { "1:journald:x", VIR_ERR_INVALID_ARG, "'1:journald:x'" },
    { "1:stderr x", VIR_ERR_INVALID_ARG, "'x'" },
    { "1:file:@DIR@/missing/x.log", VIR_ERR_SYSTEM_ERROR, "@DIR@/missing/x.log" },
    /* a later failure closes what the earlier entries opened */
    { "1:file:@DIR@/ok.log 2:nowhere", VIR_ERR_INVALID_ARG, "'nowhere'" },
};


/* Returns how many descriptors the process has open. */
static int
testCountFds(void)
{
    g_autoptr(GDir) dir = g_dir_open("/proc/self/fd", 0, NULL);
    int n = 0;

    g_assert_nonnull(dir);
    while (g_dir_read_name(dir))
        n++;
    return n;
}


static void
testOutputsBad(void)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(testOutputsInvalid); i++) {
        const testBadCase *c = &testOutputsInvalid[i];
        g_autofree char *input = testExpand(c->input);
        g_autofree char *mention = testExpand(c->mention);
        g_autofree char *keep = testExpand("4:stderr 1:file:@DIR@/keep.log");
        g_autofree char *got = NULL;
        int fds;

        testLogClean();
        g_assert_cmpint(virLogSetOutputs(keep), ==, 0);
        fds = testCountFds();
        if (virLogSetOutputs(input) != -1)
            g_error("outputs '%s' were accepted", input);
        g_assert_cmpint(testCountFds(), ==, fds);
        g_assert_cmpint(virGetLastErrorCode(), ==, c->code);
        if (!strstr(virGetLastErrorMessage(), mention))
            g_error("outputs '%s': message '%s' does not name %s", input,
                    virGetLastErrorMessage(), mention);
        got = virLogGetOutputs();
        g_assert_cmpstr(got, ==, keep);
    }
    testLogClean();
    {
        g_autofree char *p = testPath("keep.log");
        g_autofree char *q = testPath("ok.log");

        (void)unlink(p);
        (void)unlink(q);
    }
}


/* The lowest priority @source emits, per its cached state. */
static int
testSourceLevel(virLogSource *source)
{
    int p;

    for (p = VIR_LOG_DEBUG; p <= VIR_LOG_ERROR; p++) {
        if (virLogSourceEnabled(source, p))
            return p;
    }
    return 5;
}


typedef struct {
    const char *source;
    int level;
    int after;   /* after the filters become "4:rpc" */
} testMatchCase;

static const testMatchCase testMatches[] = {
    { "rpc.server", 1, 4 },
    { "rpc", 1, 4 },
    { "util.file", 3, 2 },       /* "util" comes first and wins over "util.file" */
    { "util.json", 3, 2 },
    { "qemu.qemu_driver", 2, 2 },
    { "qamu.x", 2, 2 },          /* '?' matches one character */
    { "conf.netdev", 1, 2 },     /* "net*dev" anywhere in the name */
    { "conf.network_dev", 1, 2 },
    { "conf.domain", 4, 2 },     /* no match: the default level */
    { "libvirt", 4, 2 },
    { "RPC.server", 4, 2 },      /* matching is case sensitive */
};


static void
testFilterMatch(void)
{
    /* static: once checked, a source stays registered with the log module */
    static virLogSource sources[G_N_ELEMENTS(testMatches)];
    size_t i;

    testLogClean();
    g_assert_cmpint(virLogSetDefaultPriority(VIR_LOG_ERROR), ==, 0);
    g_assert_cmpint(virLogSetFilters("1:rpc 3:util 4:util.file 2:q?mu +1:net*dev"), ==, 0);
    for (i = 0; i < G_N_ELEMENTS(testMatches); i++) {
        sources[i] = (virLogSource){ .name = testMatches[i].source };
        if (testSourceLevel(&sources[i]) != testMatches[i].level)
            g_error("source '%s': level %d, expected %d", testMatches[i].source,
                    testSourceLevel(&sources[i]), testMatches[i].level);
    }

    /*
     * A change reaches sources already in use at once: VIR_DEBUG only
     * compares against the cached priority, so it must be rewritten.
     */
    g_assert_cmpint(virLogSetFilters("4:rpc"), ==, 0);
    g_assert_cmpint(virLogSetDefaultPriority(VIR_LOG_INFO), ==, 0);
    for (i = 0; i < G_N_ELEMENTS(testMatches); i++) {
        if (sources[i].priority != (unsigned int)testMatches[i].after)
            g_error("source '%s': cached level %u, expected %d", testMatches[i].source,
                    sources[i].priority, testMatches[i].after);
    }
    testLogClean();
    for (i = 0; i < G_N_ELEMENTS(testMatches); i++)
        g_assert_cmpuint(sources[i].priority, ==, VIR_LOG_WARN);
}


typedef struct {
    int calls;
    GPtrArray *lines;
} testHookData;


static void
testHook(virLogSource *source, virLogPriority priority, const char *line, void *opaque)
{
    testHookData *data = opaque;

    if (!g_str_equal(source->name, "tests.log"))
        return;
    data->calls++;
    if (data->lines)
        g_ptr_array_add(data->lines, g_strdup(line));
}


/* Disabled messages are neither formatted nor have their arguments evaluated. */
static void
testDisabled(void)
{
    testHookData data = { 0 };
    int evaluated = 0;

    testLogClean();
    virLogSetOutputHook(testHook, &data);
    VIR_DEBUG("debug %d", ++evaluated);
    VIR_INFO("info %d", ++evaluated);
    g_assert_cmpint(evaluated, ==, 0);
    g_assert_cmpint(data.calls, ==, 0);

    g_assert_cmpint(virLogSetOutputs("4:stderr"), ==, 0);
    g_assert_cmpint(virLogSetFilters("1:tests.log"), ==, 0);
    VIR_DEBUG("debug %d", ++evaluated);
    g_assert_cmpint(evaluated, ==, 1);
    g_assert_cmpint(data.calls, ==, 1);

    /* a filter for another source does not enable this one */
    g_assert_cmpint(virLogSetFilters("1:tests.other"), ==, 0);
    VIR_DEBUG("debug %d", ++evaluated);
    g_assert_cmpint(evaluated, ==, 1);

    /* a reset disables it again */
    testLogClean();
    VIR_DEBUG("debug %d", ++evaluated);
    g_assert_cmpint(evaluated, ==, 1);
    g_assert_cmpint(data.calls, ==, 1);
}


/* Parses a log line; returns false if it does not have the expected shape. */
static bool
testParseLine(const char *line, guint64 *tid, char **level, char **func, int *linenr,
              char **text)
{
    static GRegex *re;
    g_autoptr(GMatchInfo) mi = NULL;
    g_autofree char *tidstr = NULL;
    g_autofree char *linestr = NULL;
    guint64 num = 0;

    if (!re)
        re = g_regex_new(TEST_LINE_RE, 0, 0, NULL);
    if (!g_regex_match(re, line, 0, &mi))
        return false;
    tidstr = g_match_info_fetch(mi, 1);
    linestr = g_match_info_fetch(mi, 4);
    if (!g_ascii_string_to_unsigned(tidstr, 10, 1, G_MAXUINT64, tid, NULL) ||
        !g_ascii_string_to_unsigned(linestr, 10, 1, G_MAXINT, &num, NULL))
        return false;
    *linenr = num;
    *level = g_match_info_fetch(mi, 2);
    *func = g_match_info_fetch(mi, 3);
    *text = g_match_info_fetch(mi, 5);
    return true;
}


static void
testCheckLine(const char *line, const char *level, const char *func, int linenr,
              const char *text)
{
    g_autofree char *gotLevel = NULL;
    g_autofree char *gotFunc = NULL;
    g_autofree char *gotText = NULL;
    guint64 tid = 0;
    int gotLine = 0;

    if (!testParseLine(line, &tid, &gotLevel, &gotFunc, &gotLine, &gotText))
        g_error("malformed log line '%s'", line);
    g_assert_cmpuint(tid, ==, (guint64)gettid());
    g_assert_cmpstr(gotLevel, ==, level);
    g_assert_cmpstr(gotFunc, ==, func);
    g_assert_cmpint(gotLine, ==, linenr);
    g_assert_cmpstr(gotText, ==, text);
}


/* With nothing configured, warnings and errors go to stderr. */
static void
testDefaultStderr(void)
{
    testHookData data = { .lines = g_ptr_array_new_with_free_func(g_free) };
    g_auto(GStrv) lines = NULL;
    g_autofree char *out = NULL;
    testCapture cap;
    int warnLine;

    testLogClean();
    virLogSetOutputHook(testHook, &data);
    testCaptureBegin(&cap);
    VIR_INFO("not shown");
    VIR_WARN("shown %d", 1); warnLine = __LINE__;
    out = testCaptureEnd(&cap);
    testLogClean();

    lines = g_strsplit(out, "\n", -1);
    g_assert_cmpuint(g_strv_length(lines), ==, 2);
    g_assert_cmpstr(lines[1], ==, "");
    testCheckLine(lines[0], "warning", "testDefaultStderr", warnLine, "shown 1");
    /* the hook saw the same line */
    g_assert_cmpuint(data.lines->len, ==, 1);
    g_assert_cmpstr(g_ptr_array_index(data.lines, 0), ==, lines[0]);
    g_ptr_array_unref(data.lines);
}


static bool
testFdIsCloexec(const char *path)
{
    g_autoptr(GDir) dir = g_dir_open("/proc/self/fd", 0, NULL);
    const char *name;

    while ((name = g_dir_read_name(dir))) {
        g_autofree char *link = g_strdup_printf("/proc/self/fd/%s", name);
        g_autofree char *target = g_file_read_link(link, NULL);
        guint64 fd = 0;

        if (!target || !g_str_equal(target, path))
            continue;
        g_assert_true(g_ascii_string_to_unsigned(name, 10, 0, G_MAXINT, &fd, NULL));
        return (fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0;
    }
    g_error("'%s' is not open", path);
    return false;
}


static void
testFileOutput(void)
{
    g_autofree char *all = testPath("all.log");
    g_autofree char *warn = testPath("warn.log");
    g_autofree char *outputs = g_strdup_printf("1:file:%s 3:file:%s", all, warn);
    g_autofree char *allText = NULL;
    g_autofree char *warnText = NULL;
    g_auto(GStrv) allLines = NULL;
    g_auto(GStrv) warnLines = NULL;
    struct stat sb;
    int first;

    testLogClean();
    /* existing content is kept: the file is appended to */
    g_assert_true(g_file_set_contents(all, "older line\n", -1, NULL));
    g_assert_cmpint(virLogSetOutputs(outputs), ==, 0);
    g_assert_cmpint(virLogSetFilters("1:tests.log"), ==, 0);
    g_assert_true(testFdIsCloexec(all));
    g_assert_true(testFdIsCloexec(warn));
    g_assert_cmpint(stat(warn, &sb), ==, 0);
    g_assert_cmpint(sb.st_mode & 0777, ==, 0600);

    first = __LINE__ + 1;
    VIR_DEBUG("message %s", "one");
    VIR_INFO("message %s", "two");
    VIR_WARN("message %s", "three");
    VIR_ERROR("message %s", "four");
    testLogClean();
    /* closed: what follows goes to the default output, stderr */
    {
        g_autofree char *out = NULL;
        testCapture cap;

        testCaptureBegin(&cap);
        VIR_ERROR("message %s", "five");
        out = testCaptureEnd(&cap);
        g_assert_true(g_str_has_suffix(out, " : message five\n"));
    }

    g_assert_true(g_file_get_contents(all, &allText, NULL, NULL));
    g_assert_true(g_file_get_contents(warn, &warnText, NULL, NULL));
    allLines = g_strsplit(allText, "\n", -1);
    warnLines = g_strsplit(warnText, "\n", -1);
    g_assert_cmpuint(g_strv_length(allLines), ==, 6);
    g_assert_cmpstr(allLines[0], ==, "older line");
    testCheckLine(allLines[1], "debug", "testFileOutput", first, "message one");
    testCheckLine(allLines[2], "info", "testFileOutput", first + 1, "message two");
    testCheckLine(allLines[3], "warning", "testFileOutput", first + 2, "message three");
    testCheckLine(allLines[4], "error", "testFileOutput", first + 3, "message four");
    g_assert_cmpstr(allLines[5], ==, "");
    g_assert_cmpuint(g_strv_length(warnLines), ==, 3);
    testCheckLine(warnLines[0], "warning", "testFileOutput", first + 2, "message three");
    testCheckLine(warnLines[1], "error", "testFileOutput", first + 3, "message four");
    (void)unlink(all);
    (void)unlink(warn);
}


#define TEST_THREADS 8
#define TEST_THREAD_LINES 250

static gpointer
testThreadLogger(gpointer opaque)
{
    int i;

    for (i = 0; i < TEST_THREAD_LINES; i++)
        VIR_WARN("thread line %d of a message long enough to need more than one copy %s", i,
                 "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    return GINT_TO_POINTER(gettid());
}


/* Lines written by many threads at once arrive whole and complete. */
static void
testThreads(void)
{
    g_autofree char *path = testPath("threads.log");
    g_autofree char *outputs = g_strdup_printf("3:file:%s", path);
    g_autofree char *text = NULL;
    g_auto(GStrv) lines = NULL;
    g_autoptr(GHashTable) counts = g_hash_table_new(g_direct_hash, g_direct_equal);
    GThread *threads[TEST_THREADS];
    size_t i;

    testLogClean();
    g_assert_cmpint(virLogSetOutputs(outputs), ==, 0);
    for (i = 0; i < TEST_THREADS; i++)
        threads[i] = g_thread_new("logger", testThreadLogger, NULL);
    for (i = 0; i < TEST_THREADS; i++)
        g_hash_table_insert(counts, g_thread_join(threads[i]), GINT_TO_POINTER(0));
    testLogClean();

    g_assert_true(g_file_get_contents(path, &text, NULL, NULL));
    lines = g_strsplit(text, "\n", -1);
    g_assert_cmpuint(g_strv_length(lines), ==, TEST_THREADS * TEST_THREAD_LINES + 1);
    for (i = 0; lines[i] && *lines[i]; i++) {
        g_autofree char *level = NULL;
        g_autofree char *func = NULL;
        g_autofree char *msg = NULL;
        guint64 tid = 0;
        int linenr = 0;
        gpointer key;

        if (!testParseLine(lines[i], &tid, &level, &func, &linenr, &msg))
            g_error("malformed line %zu: '%s'", i, lines[i]);
        g_assert_true(g_str_has_prefix(msg, "thread line "));
        key = GINT_TO_POINTER((int)tid);
        g_assert_true(g_hash_table_contains(counts, key));
        g_hash_table_insert(counts, key,
                            GINT_TO_POINTER(GPOINTER_TO_INT(g_hash_table_lookup(counts, key)) + 1));
    }
    g_assert_cmpuint(g_hash_table_size(counts), ==, TEST_THREADS);
    {
        GHashTableIter iter;
        gpointer value;

        g_hash_table_iter_init(&iter, counts);
        while (g_hash_table_iter_next(&iter, NULL, &value))
            g_assert_cmpint(GPOINTER_TO_INT(value), ==, TEST_THREAD_LINES);
    }
    (void)unlink(path);
}


typedef struct {
    const char *debug;     /* LIBVIRT_DEBUG, NULL to unset */
    const char *filters;   /* LIBVIRT_LOG_FILTERS */
    const char *outputs;   /* LIBVIRT_LOG_OUTPUTS */
    int level;             /* default level afterwards */
    const char *expFilters;
    const char *expOutputs;
    const char *warning;   /* expected on stderr, or NULL for silence */
} testEnvCase;

static const testEnvCase testEnvs[] = {
    { NULL, NULL, NULL, 3, "", "", NULL },
    { "1", NULL, NULL, 1, "", "", NULL },
    { "error", "1:rpc 2:util", "2:stderr", 4, "1:rpc 2:util", "2:stderr", NULL },
    { "", "", "", 3, "", "", NULL },
    { NULL, "4:x", "1:file:@DIR@/env.log", 3, "4:x", "1:file:@DIR@/env.log", NULL },
    /* bad values are ignored with a warning; the others still apply */
    { "7", "2:ok", NULL, 3, "2:ok", "", "ignoring invalid LIBVIRT_DEBUG value '7'" },
    { "2", "bad", "4:stderr", 2, "", "4:stderr", "ignoring LIBVIRT_LOG_FILTERS: " },
    { NULL, "1:a", "1:nowhere", 3, "1:a", "", "'nowhere'" },
};


static void
testSetEnv(const char *name, const char *value)
{
    g_autofree char *expanded = testExpand(value);

    if (value)
        g_assert_true(g_setenv(name, expanded, TRUE));
    else
        g_unsetenv(name);
}


static void
testEnv(void)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(testEnvs); i++) {
        const testEnvCase *c = &testEnvs[i];
        g_autofree char *expOutputs = testExpand(c->expOutputs);
        g_autofree char *filters = NULL;
        g_autofree char *outputs = NULL;
        g_autofree char *out = NULL;
        testCapture cap;

        testLogClean();
        testSetEnv("LIBVIRT_DEBUG", c->debug);
        testSetEnv("LIBVIRT_LOG_FILTERS", c->filters);
        testSetEnv("LIBVIRT_LOG_OUTPUTS", c->outputs);
        /* the caller's last error survives */
        virReportError(VIR_ERR_NO_SUPPORT, "%s", "caller");
        testCaptureBegin(&cap);
        virLogSetFromEnv();
        out = testCaptureEnd(&cap);
        g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_SUPPORT);

        g_assert_cmpint(virLogGetDefaultPriority(), ==, c->level);
        filters = virLogGetFilters();
        outputs = virLogGetOutputs();
        g_assert_cmpstr(filters, ==, c->expFilters);
        g_assert_cmpstr(outputs, ==, expOutputs);
        if (c->warning && !strstr(out, c->warning))
            g_error("env case %zu: '%s' not in '%s'", i, c->warning, out);
        if (!c->warning)
            g_assert_cmpstr(out, ==, "");
    }
    g_unsetenv("LIBVIRT_DEBUG");
    g_unsetenv("LIBVIRT_LOG_FILTERS");
    g_unsetenv("LIBVIRT_LOG_OUTPUTS");
    testLogClean();
    {
        g_autofree char *p = testPath("env.log");

        (void)unlink(p);
    }
}


/* Returns the value of @key in one journal datagram, or NULL. */
static char *
testJournalField(const char *buf, size_t len, const char *key)
{
    size_t klen = strlen(key);
    const char *p = buf;
    const char *end = buf + len;

    while (p < end) {
        const char *nl = memchr(p, '\n', end - p);
        const char *eq = memchr(p, '=', nl ? nl - p : end - p);
        guint64 vlen = 0;

        if (!nl)
            return NULL;
        if (eq) {
            if ((size_t)(eq - p) == klen && memcmp(p, key, klen) == 0)
                return g_strndup(eq + 1, nl - eq - 1);
            p = nl + 1;
            continue;
        }
        /* binary form: KEY\n, little-endian 64-bit length, value, \n */
        g_assert_true(nl + 1 + sizeof(vlen) <= end);
        memcpy(&vlen, nl + 1, sizeof(vlen));
        vlen = GUINT64_FROM_LE(vlen);
        if ((size_t)(nl - p) == klen && memcmp(p, key, klen) == 0)
            return g_strndup(nl + 1 + sizeof(vlen), vlen);
        p = nl + 1 + sizeof(vlen) + vlen + 1;
    }
    return NULL;
}


static void
testJournald(void)
{
    g_autofree char *sockPath = testPath("journal.sock");
    struct sockaddr_un addr = { .sun_family = AF_UNIX };
    char buf[4096];
    ssize_t len;
    int fd;
    int line;

    testLogClean();
    fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    g_assert_cmpint(fd, >=, 0);
    g_assert_cmpuint(strlen(sockPath), <, sizeof(addr.sun_path));
    memcpy(addr.sun_path, sockPath, strlen(sockPath) + 1);
    g_assert_cmpint(bind(fd, (struct sockaddr *)&addr, sizeof(addr)), ==, 0);

    virLogSetJournalSocketPath(sockPath);
    g_assert_cmpint(virLogSetOutputs("2:journald"), ==, 0);
    g_assert_cmpint(virLogSetFilters("1:tests.log"), ==, 0);
    VIR_DEBUG("below the output level");
    VIR_INFO("hello %s", "journal"); line = __LINE__;
    VIR_ERROR("two\nlines");
    testLogClean();

    len = recv(fd, buf, sizeof(buf), MSG_DONTWAIT);
    g_assert_cmpint(len, >, 0);
    {
        g_autofree char *msg = testJournalField(buf, len, "MESSAGE");
        g_autofree char *prio = testJournalField(buf, len, "PRIORITY");
        g_autofree char *func = testJournalField(buf, len, "CODE_FUNC");
        g_autofree char *lineStr = testJournalField(buf, len, "CODE_LINE");
        g_autofree char *file = testJournalField(buf, len, "CODE_FILE");
        g_autofree char *expLine = g_strdup_printf("%d", line);

        g_assert_cmpstr(msg, ==, "hello journal");
        g_assert_cmpstr(prio, ==, "6");
        g_assert_cmpstr(func, ==, "testJournald");
        g_assert_cmpstr(lineStr, ==, expLine);
        g_assert_true(g_str_has_suffix(file, "virlogtest.c"));
    }
    len = recv(fd, buf, sizeof(buf), MSG_DONTWAIT);
    g_assert_cmpint(len, >, 0);
    {
        g_autofree char *msg = testJournalField(buf, len, "MESSAGE");
        g_autofree char *prio = testJournalField(buf, len, "PRIORITY");

        g_assert_cmpstr(msg, ==, "two\nlines");
        g_assert_cmpstr(prio, ==, "3");
    }
    /* nothing else: the debug message was below the output's level */
    g_assert_cmpint(recv(fd, buf, sizeof(buf), MSG_DONTWAIT), ==, -1);
    close(fd);
    (void)unlink(sockPath);
}


/* Without a journal, journald outputs write to stderr instead. */
static void
testJournaldFallback(void)
{
    g_autofree char *out = NULL;
    testCapture cap;

    testLogClean();
    g_assert_cmpint(virLogSetOutputs("2:journald"), ==, 0);
    testCaptureBegin(&cap);
    VIR_WARN("fell back");
    out = testCaptureEnd(&cap);
    testLogClean();
    g_assert_true(g_str_has_suffix(out, " : fell back\n"));
}


int
main(int argc, char **argv)
{
    int ret;

    g_test_init(&argc, &argv, NULL);
    testTmpDir = g_dir_make_tmp("virlogtest-XXXXXX", NULL);
    g_assert_nonnull(testTmpDir);

    g_test_add_func("/util/log/priority/parse", testParsePriority);
    g_test_add_func("/util/log/priority/default", testDefaultPriority);
    g_test_add_func("/util/log/filters/parse", testFiltersParse);
    g_test_add_func("/util/log/filters/invalid", testFiltersBad);
    g_test_add_func("/util/log/filters/match", testFilterMatch);
    g_test_add_func("/util/log/outputs/parse", testOutputsParse);
    g_test_add_func("/util/log/outputs/invalid", testOutputsBad);
    g_test_add_func("/util/log/emit/disabled", testDisabled);
    g_test_add_func("/util/log/emit/default-stderr", testDefaultStderr);
    g_test_add_func("/util/log/emit/file", testFileOutput);
    g_test_add_func("/util/log/emit/threads", testThreads);
    g_test_add_func("/util/log/emit/journald", testJournald);
    g_test_add_func("/util/log/emit/journald-fallback", testJournaldFallback);
    g_test_add_func("/util/log/env", testEnv);

    ret = g_test_run();
    testLogClean();
    {
        g_autofree char *p = testPath("a.log");
        g_autofree char *q = testPath("b.log");
        g_autofree char *r = testPath("c:d.log");

        (void)unlink(p);
        (void)unlink(q);
        (void)unlink(r);
    }
    if (rmdir(testTmpDir) < 0)
        g_printerr("cannot remove '%s': %s\n", testTmpDir, g_strerror(errno));
    g_free(testTmpDir);
    return ret;
}
