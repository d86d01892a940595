/*
 * virfiletest.c: tests for the file helpers
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virfile.h"

#define VIR_FROM_THIS VIR_FROM_NONE


static char *
testMakeTmpDir(void)
{
    g_autoptr(GError) err = NULL;
    char *dir = g_dir_make_tmp("virfiletest-XXXXXX", &err);

    g_assert_no_error(err);
    return dir;
}


static void
testRemoveTmpDir(const char *dir)
{
    g_assert_cmpint(virFileDeleteTree(dir), ==, 0);
    g_assert_false(virFileExists(dir));
}


static void
testWriteFile(const char *path, const char *content)
{
    g_autoptr(GError) err = NULL;

    g_assert_true(g_file_set_contents(path, content, -1, &err));
    g_assert_no_error(err);
}


static void
testAssertContent(const char *path, const char *expect)
{
    g_autofree char *got = NULL;

    g_assert_true(g_file_get_contents(path, &got, NULL, NULL));
    g_assert_cmpstr(got, ==, expect);
}


/* Number of entries in @dir (leftover temporary files show up here). */
static guint
testCountEntries(const char *dir)
{
    g_autoptr(GDir) dh = g_dir_open(dir, 0, NULL);
    guint n = 0;

    g_assert_nonnull(dh);
    while (g_dir_read_name(dh))
        n++;
    return n;
}


static void
testAssertSystemError(int errnum, const char *needle)
{
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_SYSTEM_ERROR);
    g_assert_true(virLastErrorIsSystemErrno(errnum));
    if (needle)
        g_assert_nonnull(strstr(virGetLastErrorMessage(), needle));
}


static void
testWriteAtomicBasic(void)
{
    g_autofree char *dir = testMakeTmpDir();
    g_autofree char *path = g_build_filename(dir, "conf.xml", NULL);
    struct stat sb;

    g_assert_cmpint(virFileWriteAtomic(path, "first\n", 6, 0640), ==, 0);
    testAssertContent(path, "first\n");
    g_assert_cmpint(stat(path, &sb), ==, 0);
    g_assert_cmpint(sb.st_mode & 0777, ==, 0640);

    /* Replacing keeps one entry and switches to the new mode. */
    g_assert_cmpint(virFileWriteAtomic(path, "second", 6, 0600), ==, 0);
    testAssertContent(path, "second");
    g_assert_cmpint(stat(path, &sb), ==, 0);
    g_assert_cmpint(sb.st_mode & 0777, ==, 0600);
    g_assert_cmpuint(testCountEntries(dir), ==, 1);

    /* Embedded NULs and an empty file are written as given. */
    g_assert_cmpint(virFileWriteAtomic(path, "a\0b", 3, 0600), ==, 0);
    g_assert_cmpint(stat(path, &sb), ==, 0);
    g_assert_cmpint(sb.st_size, ==, 3);
    g_assert_cmpint(virFileWriteAtomic(path, "", 0, 0600), ==, 0);
    testAssertContent(path, "");
    testRemoveTmpDir(dir);
}


/*
 * A write that fails after part of the data went out: RLIMIT_FSIZE makes
 * write() fail with EFBIG part-way, which works even as root.
 */
static void
testWriteAtomicFailMidway(void)
{
    g_autofree char *dir = testMakeTmpDir();
    g_autofree char *path = g_build_filename(dir, "state.xml", NULL);
    g_autofree char *big = g_malloc0(64 * 1024);
    struct sigaction ign = { .sa_handler = SIG_IGN };
    struct sigaction oldsa;
    struct rlimit oldrl;
    struct rlimit rl;
    int rc;

    testWriteFile(path, "old content");
    g_assert_cmpint(getrlimit(RLIMIT_FSIZE, &oldrl), ==, 0);
    rl = oldrl;
    rl.rlim_cur = 4096;
    g_assert_cmpint(sigaction(SIGXFSZ, &ign, &oldsa), ==, 0);
    g_assert_cmpint(setrlimit(RLIMIT_FSIZE, &rl), ==, 0);

    virResetLastError();
    rc = virFileWriteAtomic(path, big, 64 * 1024, 0600);

    g_assert_cmpint(setrlimit(RLIMIT_FSIZE, &oldrl), ==, 0);
    g_assert_cmpint(sigaction(SIGXFSZ, &oldsa, NULL), ==, 0);

    g_assert_cmpint(rc, ==, -1);
    testAssertSystemError(EFBIG, "Cannot write to");
    testAssertContent(path, "old content");
    g_assert_cmpuint(testCountEntries(dir), ==, 1);
    testRemoveTmpDir(dir);
}


static void
testWriteAtomicErrors(void)
{
    g_autofree char *dir = testMakeTmpDir();
    g_autofree char *missing = g_build_filename(dir, "nodir", "file", NULL);
    g_autofree char *sub = g_build_filename(dir, "sub", NULL);
    g_autofree char *inner = g_build_filename(sub, "keep", NULL);
    g_autofree char *slash = g_strdup_printf("%s/", dir);

    /* The directory of the target does not exist: nothing is created. */
    virResetLastError();
    g_assert_cmpint(virFileWriteAtomic(missing, "x", 1, 0600), ==, -1);
    testAssertSystemError(ENOENT, missing);
    g_assert_cmpuint(testCountEntries(dir), ==, 0);

    /* The target is a non-empty directory: the rename fails, the temp goes. */
    g_assert_cmpint(virFileMakePath(sub), ==, 0);
    testWriteFile(inner, "inner");
    virResetLastError();
    g_assert_cmpint(virFileWriteAtomic(sub, "x", 1, 0600), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_SYSTEM_ERROR);
    g_assert_nonnull(strstr(virGetLastErrorMessage(), "Cannot rename"));
    testAssertContent(inner, "inner");
    g_assert_cmpuint(testCountEntries(dir), ==, 1);

    /* A path naming a directory by its trailing slash is not a file name. */
    virResetLastError();
    g_assert_cmpint(virFileWriteAtomic(slash, "x", 1, 0600), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    testRemoveTmpDir(dir);
}


static void
testWriteStr(void)
{
    g_autofree char *dir = testMakeTmpDir();
    g_autofree char *path = g_build_filename(dir, "value", NULL);

    /* Mode 0 means "must exist". */
    virResetLastError();
    g_assert_cmpint(virFileWriteStr(path, "1", 0), ==, -1);
    testAssertSystemError(ENOENT, path);
    g_assert_cmpint(virFileWriteStr(path, "12345", 0600), ==, 0);
    g_assert_cmpint(virFileWriteStr(path, "9", 0), ==, 0);
    testAssertContent(path, "9");
    testRemoveTmpDir(dir);
}


typedef struct {
    size_t size;
    size_t maxlen;
    bool ok;
} testReadCase;

static const testReadCase readCases[] = {
    { 0, 0, true },
    { 0, 10, true },
    { 1, 0, false },
    { 10, 10, true },
    { 11, 10, false },
    { 4095, 4096, true },
    { 4096, 4096, true },
    { 4097, 4096, false },
    { 100000, 100000, true },
    { 100001, 100000, false },
    { 300000, 1000000, true },
};


static void
testReadAllTable(void)
{
    g_autofree char *dir = testMakeTmpDir();
    g_autofree char *path = g_build_filename(dir, "data", NULL);
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(readCases); i++) {
        const testReadCase *tc = &readCases[i];
        g_autofree char *data = g_malloc(tc->size + 1);
        g_autofree char *buf = NULL;
        g_autofree char *limit = g_strdup_printf("%zu bytes", tc->maxlen);
        size_t j;
        int rc;

        for (j = 0; j < tc->size; j++)
            data[j] = 'a' + (char)(j % 26);
        g_assert_cmpint(virFileWriteAtomic(path, data, tc->size, 0600), ==, 0);

        virResetLastError();
        rc = virFileReadAll(path, tc->maxlen, &buf);
        if (tc->ok) {
            g_assert_cmpint(rc, ==, (int)tc->size);
            g_assert_nonnull(buf);
            g_assert_cmpint(buf[tc->size], ==, '\0');
            g_assert_cmpmem(buf, tc->size, data, tc->size);
        } else {
            g_assert_cmpint(rc, ==, -1);
            g_assert_null(buf);
            g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
            g_assert_nonnull(strstr(virGetLastErrorMessage(), path));
            g_assert_nonnull(strstr(virGetLastErrorMessage(), limit));
        }
    }
    testRemoveTmpDir(dir);
}


static void
testReadAllSpecial(void)
{
    g_autofree char *buf = NULL;
    int fd;

    /* An endless source fails at the limit instead of allocating forever. */
    virResetLastError();
    g_assert_cmpint(virFileReadAll("/dev/zero", 1024 * 1024, &buf), ==, -1);
    g_assert_null(buf);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);

    /* procfs files report size 0 but have content. */
    g_assert_cmpint(virFileReadAll("/proc/self/status", 1024 * 1024, &buf), >, 0);
    g_assert_nonnull(strstr(buf, "Pid:"));
    g_clear_pointer(&buf, g_free);

    virResetLastError();
    g_assert_cmpint(virFileReadAll("/nonexistent/file", 10, &buf), ==, -1);
    testAssertSystemError(ENOENT, "/nonexistent/file");

    fd = open("/dev/zero", O_RDONLY | O_CLOEXEC);
    g_assert_cmpint(fd, >=, 0);
    g_assert_cmpint(virFileReadLimFD(fd, 100, &buf), ==, -1);
    g_assert_null(buf);
    VIR_FORCE_CLOSE(fd);
    g_assert_cmpint(fd, ==, -1);

    fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    g_assert_cmpint(virFileReadLimFD(fd, 100, &buf), ==, 0);
    g_assert_cmpstr(buf, ==, "");
    VIR_FORCE_CLOSE(fd);
}


static void
testMakePath(void)
{
    g_autofree char *dir = testMakeTmpDir();
    g_autofree char *deep = g_build_filename(dir, "a", "b", "c", NULL);
    g_autofree char *messy = g_strdup_printf("%s//x///y/", dir);
    g_autofree char *xy = g_build_filename(dir, "x", "y", NULL);
    g_autofree char *file = g_build_filename(dir, "file", NULL);
    g_autofree char *under = g_build_filename(file, "sub", NULL);
    g_autofree char *link = g_build_filename(dir, "link", NULL);
    g_autofree char *vialink = g_build_filename(link, "z", NULL);
    g_autofree char *modedir = g_build_filename(dir, "m", NULL);
    struct stat sb;

    g_assert_cmpint(virFileMakePath(deep), ==, 0);
    g_assert_true(virFileIsDir(deep));
    g_assert_cmpint(virFileMakePath(deep), ==, 0);
    g_assert_cmpint(virFileMakePath(messy), ==, 0);
    g_assert_true(virFileIsDir(xy));

    testWriteFile(file, "");
    virResetLastError();
    errno = 0;
    g_assert_cmpint(virFileMakePath(under), ==, -1);
    g_assert_cmpint(errno, ==, ENOTDIR);
    testAssertSystemError(ENOTDIR, file);
    virResetLastError();
    g_assert_cmpint(virFileMakePath(file), ==, -1);
    testAssertSystemError(ENOTDIR, file);

    /* A symlink to a directory is an acceptable component. */
    g_assert_cmpint(symlink(deep, link), ==, 0);
    g_assert_cmpint(virFileMakePath(vialink), ==, 0);
    g_assert_true(virFileIsDir(vialink));

    g_assert_cmpint(virFileMakePathWithMode(modedir, 0700), ==, 0);
    g_assert_cmpint(stat(modedir, &sb), ==, 0);
    g_assert_cmpint(sb.st_mode & 0777, ==, 0700);

    virResetLastError();
    g_assert_cmpint(virFileMakePath(""), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    testRemoveTmpDir(dir);
}


static void
testDeleteTreeSymlinks(void)
{
    g_autofree char *dir = testMakeTmpDir();
    g_autofree char *outside = g_build_filename(dir, "outside", NULL);
    g_autofree char *precious = g_build_filename(outside, "precious", NULL);
    g_autofree char *tree = g_build_filename(dir, "tree", NULL);
    g_autofree char *deep = g_build_filename(tree, "a", "b", NULL);
    g_autofree char *f1 = g_build_filename(tree, "f1", NULL);
    g_autofree char *f2 = g_build_filename(deep, "f2", NULL);
    g_autofree char *dirlink = g_build_filename(tree, "a", "dirlink", NULL);
    g_autofree char *filelink = g_build_filename(deep, "filelink", NULL);
    g_autofree char *dangling = g_build_filename(tree, "dangling", NULL);
    g_autofree char *fifo = g_build_filename(tree, "fifo", NULL);

    g_assert_cmpint(virFileMakePath(outside), ==, 0);
    testWriteFile(precious, "keep me");
    g_assert_cmpint(virFileMakePath(deep), ==, 0);
    testWriteFile(f1, "1");
    testWriteFile(f2, "2");
    g_assert_cmpint(symlink(outside, dirlink), ==, 0);
    g_assert_cmpint(symlink(precious, filelink), ==, 0);
    g_assert_cmpint(symlink("/nonexistent", dangling), ==, 0);
    g_assert_cmpint(mkfifo(fifo, 0600), ==, 0);

    g_assert_cmpint(virFileDeleteTree(tree), ==, 0);
    g_assert_false(virFileExists(tree));
    testAssertContent(precious, "keep me");

    /* A tree given as a symlink is refused and its target kept. */
    g_assert_cmpint(symlink(outside, tree), ==, 0);
    virResetLastError();
    g_assert_cmpint(virFileDeleteTree(tree), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_SYSTEM_ERROR);
    testAssertContent(precious, "keep me");

    /* Missing is fine. */
    g_assert_cmpint(virFileDeleteTree("/nonexistent/virfiletest"), ==, 0);
    testRemoveTmpDir(dir);
}


static void
testDeleteTreeRefuse(void)
{
    const char *refused[] = { "", "/", "//", "///", "/.", "/..", "/tmp/.." };
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(refused); i++) {
        virResetLastError();
        g_assert_cmpint(virFileDeleteTree(refused[i]), ==, -1);
        g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    }
    virResetLastError();
    g_assert_cmpint(virFileDeleteTree(NULL), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    g_assert_true(virFileIsDir("/tmp"));
}


static void
testLock(void)
{
    g_autofree char *dir = testMakeTmpDir();
    g_autofree char *path = g_build_filename(dir, "lock", NULL);
    int fd1 = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    int fd2 = open(path, O_RDWR | O_CLOEXEC);
    int fd3 = open(path, O_RDWR | O_CLOEXEC);

    g_assert_cmpint(fd1, >=, 0);
    g_assert_cmpint(fd2, >=, 0);
    g_assert_cmpint(fd3, >=, 0);

    /* Exclusive excludes both kinds, even between two opens of one process. */
    g_assert_cmpint(virFileLock(fd1, false, 0, 1, false), ==, 0);
    g_assert_cmpint(virFileLock(fd2, false, 0, 1, false), ==, -EAGAIN);
    g_assert_cmpint(virFileLock(fd2, true, 0, 1, false), ==, -EAGAIN);
    /* Other byte ranges are independent. */
    g_assert_cmpint(virFileLock(fd2, false, 1, 1, false), ==, 0);
    g_assert_cmpint(virFileUnlock(fd2, 1, 1), ==, 0);

    g_assert_cmpint(virFileUnlock(fd1, 0, 1), ==, 0);
    g_assert_cmpint(virFileLock(fd2, true, 0, 1, false), ==, 0);
    g_assert_cmpint(virFileLock(fd3, true, 0, 1, false), ==, 0);
    g_assert_cmpint(virFileLock(fd1, false, 0, 1, false), ==, -EAGAIN);

    /* Closing a descriptor drops its lock. */
    VIR_FORCE_CLOSE(fd2);
    VIR_FORCE_CLOSE(fd3);
    g_assert_cmpint(virFileLock(fd1, false, 0, 0, true), ==, 0);

    g_assert_cmpint(virFileLock(-1, false, 0, 1, false), ==, -EBADF);
    VIR_FORCE_CLOSE(fd1);
    testRemoveTmpDir(dir);
}


static void
testClose(void)
{
    int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    int none = -1;

    g_assert_cmpint(fd, >=, 0);
    errno = ERANGE;
    VIR_FORCE_CLOSE(fd);
    g_assert_cmpint(fd, ==, -1);
    g_assert_cmpint(errno, ==, ERANGE);
    g_assert_cmpint(VIR_CLOSE(none), ==, 0);
    g_assert_cmpint(fcntl(fd, F_GETFD), ==, -1);
}


typedef struct {
    const char *in;
    const char *out;
} testSanitizeCase;

static const testSanitizeCase sanitizeCases[] = {
    { "", "" },
    { "/", "/" },
    { "//", "//" },
    { "///", "/" },
    { "/foo", "/foo" },
    { "/foo/", "/foo" },
    { "/foo///bar//", "/foo/bar" },
    { "//foo//bar", "//foo/bar" },
    { "///foo", "/foo" },
    { "foo/bar/", "foo/bar" },
    { "foo", "foo" },
    { "/../foo/./", "/../foo/." },
};


static void
testSanitize(void)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(sanitizeCases); i++) {
        g_autofree char *got = virFileSanitizePath(sanitizeCases[i].in);

        if (!g_str_equal(got, sanitizeCases[i].out))
            g_test_message("sanitize '%s': want '%s', got '%s'", sanitizeCases[i].in,
                           sanitizeCases[i].out, got);
        g_assert_cmpstr(got, ==, sanitizeCases[i].out);
    }
}


static void
testPredicates(void)
{
    g_autofree char *dir = testMakeTmpDir();
    g_autofree char *prog = g_build_filename(dir, "prog", NULL);
    g_autofree char *plain = g_build_filename(dir, "plain", NULL);
    g_autofree char *built = virFileBuildPath("/a/b", "dom", ".xml");
    g_autofree char *noext = virFileBuildPath("/a", "dom", NULL);

    g_assert_cmpstr(built, ==, "/a/b/dom.xml");
    g_assert_cmpstr(noext, ==, "/a/dom");
    g_assert_true(virFileIsAbsPath("/x"));
    g_assert_false(virFileIsAbsPath("x/y"));
    g_assert_false(virFileIsAbsPath(""));

    testWriteFile(prog, "#!/bin/sh\n");
    testWriteFile(plain, "data");
    g_assert_cmpint(chmod(prog, 0755), ==, 0);
    g_assert_cmpint(chmod(plain, 0644), ==, 0);
    g_assert_true(virFileExists(plain));
    g_assert_false(virFileExists("/nonexistent/x"));
    g_assert_true(virFileIsDir(dir));
    g_assert_false(virFileIsDir(plain));
    g_assert_true(virFileIsExecutable(prog));
    g_assert_false(virFileIsExecutable(plain));
    g_assert_false(virFileIsExecutable(dir));
    testRemoveTmpDir(dir);
}


static void
testFindInPath(void)
{
    g_autofree char *dir = testMakeTmpDir();
    g_autofree char *prog = g_build_filename(dir, "virfiletest-prog", NULL);
    g_autofree char *plain = g_build_filename(dir, "virfiletest-plain", NULL);
    g_autofree char *oldpath = g_strdup(g_getenv("PATH"));
    g_autofree char *newpath = g_strdup_printf("::/nonexistent:%s", dir);
    g_autofree char *found = NULL;
    g_autofree char *sh = NULL;

    testWriteFile(prog, "#!/bin/sh\n");
    testWriteFile(plain, "");
    g_assert_cmpint(chmod(prog, 0755), ==, 0);
    g_assert_cmpint(chmod(plain, 0644), ==, 0);

    g_setenv("PATH", newpath, TRUE);
    found = virFileFindInPath("virfiletest-prog");
    g_assert_cmpstr(found, ==, prog);
    g_assert_null(virFileFindInPath("virfiletest-plain"));
    g_assert_null(virFileFindInPath("virfiletest-missing"));
    g_assert_null(virFileFindInPath(""));
    if (oldpath)
        g_setenv("PATH", oldpath, TRUE);
    else
        g_unsetenv("PATH");

    /* A name with a slash is taken as a path. */
    sh = virFileFindInPath("/bin/sh");
    g_assert_cmpstr(sh, ==, "/bin/sh");
    g_assert_null(virFileFindInPath(plain));
    testRemoveTmpDir(dir);
}


static void
testResolveLink(void)
{
    g_autofree char *dir = testMakeTmpDir();
    g_autofree char *target = g_build_filename(dir, "target", NULL);
    g_autofree char *link = g_build_filename(dir, "link", NULL);
    g_autofree char *res = NULL;
    g_autofree char *real = NULL;
    char buf[4096];

    testWriteFile(target, "");
    g_assert_cmpint(symlink("target", link), ==, 0);
    g_assert_nonnull(realpath(target, buf));
    real = g_strdup(buf);

    g_assert_cmpint(virFileResolveLink(link, &res), ==, 0);
    g_assert_cmpstr(res, ==, real);
    g_clear_pointer(&res, g_free);
    g_assert_cmpint(virFileResolveLink(target, &res), ==, 0);
    g_assert_cmpstr(res, ==, target);
    g_clear_pointer(&res, g_free);

    virResetLastError();
    g_assert_cmpint(virFileResolveLink("/nonexistent/x", &res), ==, -1);
    g_assert_null(res);
    testAssertSystemError(ENOENT, NULL);
    testRemoveTmpDir(dir);
}


int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/util/file/write-atomic/basic", testWriteAtomicBasic);
    g_test_add_func("/util/file/write-atomic/fail-midway", testWriteAtomicFailMidway);
    g_test_add_func("/util/file/write-atomic/errors", testWriteAtomicErrors);
    g_test_add_func("/util/file/write-str", testWriteStr);
    g_test_add_func("/util/file/read-all/table", testReadAllTable);
    g_test_add_func("/util/file/read-all/special", testReadAllSpecial);
    g_test_add_func("/util/file/make-path", testMakePath);
    g_test_add_func("/util/file/delete-tree/symlinks", testDeleteTreeSymlinks);
    g_test_add_func("/util/file/delete-tree/refuse", testDeleteTreeRefuse);
    g_test_add_func("/util/file/lock", testLock);
    g_test_add_func("/util/file/close", testClose);
    g_test_add_func("/util/file/sanitize", testSanitize);
    g_test_add_func("/util/file/predicates", testPredicates);
    g_test_add_func("/util/file/find-in-path", testFindInPath);
    g_test_add_func("/util/file/resolve-link", testResolveLink);
    return g_test_run();
}
