/*
 * virpidfiletest.c: tests for pid files and their lock
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
#include "vircommand.h"
#include "virerror.h"
#include "virfile.h"
#include "virpidfile.h"

#define VIR_FROM_THIS VIR_FROM_NONE


static char *
testMakeTmpDir(void)
{
    char *dir = g_dir_make_tmp("virpidfiletest-XXXXXX", NULL);

    g_assert_nonnull(dir);
    return dir;
}


static void
testAssertContent(const char *path, const char *expect)
{
    g_autofree char *got = NULL;

    g_assert_true(g_file_get_contents(path, &got, NULL, NULL));
    g_assert_cmpstr(got, ==, expect);
}


static void
testWriteRead(void)
{
    g_autofree char *dir = testMakeTmpDir();
    g_autofree char *path = virPidFileBuildPath(dir, "virtqemud");
    g_autofree char *want = g_strdup_printf("%s/virtqemud.pid", dir);
    pid_t pid = 0;

    g_assert_cmpstr(path, ==, want);
    g_assert_cmpint(virPidFileWrite(dir, "virtqemud", 1234), ==, 0);
    testAssertContent(path, "1234\n");
    g_assert_cmpint(virPidFileRead(dir, "virtqemud", &pid), ==, 0);
    g_assert_cmpint(pid, ==, 1234);

    g_assert_cmpint(virPidFileWritePath(path, 987654), ==, 0);
    g_assert_cmpint(virPidFileReadPath(path, &pid), ==, 0);
    g_assert_cmpint(pid, ==, 987654);

    g_assert_cmpint(virPidFileDelete(dir, "virtqemud"), ==, 0);
    g_assert_false(virFileExists(path));
    g_assert_cmpint(virPidFileDelete(dir, "virtqemud"), ==, 0);
    g_assert_cmpint(virPidFileRead(dir, "virtqemud", &pid), ==, -ENOENT);
    g_assert_cmpint(virFileDeleteTree(dir), ==, 0);
}


typedef struct {
    const char *content;
    int ret;
    pid_t pid;
} testReadCase;

static const testReadCase readCases[] = {
    { "1", 0, 1 },
    { "42\n", 0, 42 },
    { "2147483647\n", 0, 2147483647 },
    { "007\n", 0, 7 },
    { "", -EINVAL, 0 },
    { "\n", -EINVAL, 0 },
    { "abc\n", -EINVAL, 0 },
    { "12a\n", -EINVAL, 0 },
    { " 12\n", -EINVAL, 0 },
    { "12 \n", -EINVAL, 0 },
    { "+12\n", -EINVAL, 0 },
    { "-5\n", -EINVAL, 0 },
    { "0\n", -EINVAL, 0 },
    { "2147483648\n", -EINVAL, 0 },
    { "99999999999999999999\n", -EINVAL, 0 },
    { "12\n\n", -EINVAL, 0 },
    { "1\n2\n", -EINVAL, 0 },
    { "12\r\n", -EINVAL, 0 },
    { "0000000000000000000000000000000000000000001\n", -EINVAL, 0 },
};


static void
testReadStrict(void)
{
    g_autofree char *dir = testMakeTmpDir();
    g_autofree char *path = g_build_filename(dir, "x.pid", NULL);
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(readCases); i++) {
        const testReadCase *tc = &readCases[i];
        pid_t pid = -77;
        int rc;

        g_assert_true(g_file_set_contents(path, tc->content, -1, NULL));
        rc = virPidFileReadPath(path, &pid);
        if (rc != tc->ret)
            g_test_message("content '%s': want %d, got %d", tc->content, tc->ret, rc);
        g_assert_cmpint(rc, ==, tc->ret);
        /* The output is written only on success. */
        g_assert_cmpint(pid, ==, tc->ret == 0 ? tc->pid : -77);
    }
    g_assert_cmpint(virFileDeleteTree(dir), ==, 0);
}


static void
testWriteErrors(void)
{
    g_autofree char *dir = testMakeTmpDir();
    g_autofree char *path = g_build_filename(dir, "x.pid", NULL);
    g_autofree char *missing = g_build_filename(dir, "nodir", "x.pid", NULL);

    virResetLastError();
    g_assert_cmpint(virPidFileWritePath(path, 0), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    g_assert_cmpint(virPidFileWritePath(path, -3), ==, -1);
    g_assert_false(virFileExists(path));

    virResetLastError();
    g_assert_cmpint(virPidFileWritePath(missing, 5), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_SYSTEM_ERROR);
    g_assert_true(virLastErrorIsSystemErrno(ENOENT));
    g_assert_cmpint(virFileDeleteTree(dir), ==, 0);
}


/* A second instance in the same process fails with libvirt's message. */
static void
testAcquireTwice(void)
{
    g_autofree char *dir = testMakeTmpDir();
    g_autofree char *path = virPidFileBuildPath(dir, "daemon");
    g_autofree char *mine = g_strdup_printf("%lld\n", (long long)getpid());
    g_autofree char *want =
        g_strdup_printf("Failed to acquire pid file '%s': Resource temporarily unavailable", path);
    int fd1;
    int fd2;

    fd1 = virPidFileAcquire(dir, "daemon", getpid());
    g_assert_cmpint(fd1, >=, 0);
    g_assert_cmpint(fcntl(fd1, F_GETFD) & FD_CLOEXEC, ==, FD_CLOEXEC);
    testAssertContent(path, mine);

    virResetLastError();
    fd2 = virPidFileAcquirePath(path, 4242);
    g_assert_cmpint(fd2, ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_SYSTEM_ERROR);
    g_assert_true(virLastErrorIsSystemErrno(EAGAIN));
    g_assert_cmpstr(virGetLastErrorMessage(), ==, want);
    /* The failed attempt left the owner's content alone. */
    testAssertContent(path, mine);

    virPidFileRelease(dir, "daemon", fd1);
    g_assert_false(virFileExists(path));
    fd2 = virPidFileAcquirePath(path, 4242);
    g_assert_cmpint(fd2, >=, 0);
    testAssertContent(path, "4242\n");
    virPidFileReleasePath(path, fd2);
    virPidFileReleasePath(path, -1);
    g_assert_cmpint(virFileDeleteTree(dir), ==, 0);
}


/* A pid file left behind by a dead daemon (no lock held) is taken over. */
static void
testAcquireStale(void)
{
    g_autofree char *dir = testMakeTmpDir();
    g_autofree char *path = g_build_filename(dir, "stale.pid", NULL);
    g_autofree char *mine = g_strdup_printf("%lld\n", (long long)getpid());
    struct stat before;
    struct stat after;
    int fd;

    /* Longer than the new content, so a missing truncate would show. */
    g_assert_true(g_file_set_contents(path, "2147483000\n", -1, NULL));
    g_assert_cmpint(stat(path, &before), ==, 0);
    fd = virPidFileAcquirePath(path, getpid());
    g_assert_cmpint(fd, >=, 0);
    testAssertContent(path, mine);
    /* Same inode: the lock sits on the file others will open. */
    g_assert_cmpint(stat(path, &after), ==, 0);
    g_assert_cmpuint(before.st_ino, ==, after.st_ino);
    virPidFileReleasePath(path, fd);
    g_assert_cmpint(virFileDeleteTree(dir), ==, 0);
}


/* The owner removed the file (as Release does) while still holding the lock. */
static void
testAcquireAfterUnlink(void)
{
    g_autofree char *dir = testMakeTmpDir();
    g_autofree char *path = g_build_filename(dir, "d.pid", NULL);
    int fd1 = virPidFileAcquirePath(path, 100);
    int fd2;

    g_assert_cmpint(fd1, >=, 0);
    g_assert_cmpint(unlink(path), ==, 0);
    fd2 = virPidFileAcquirePath(path, 200);
    g_assert_cmpint(fd2, >=, 0);
    testAssertContent(path, "200\n");
    VIR_FORCE_CLOSE(fd1);
    virPidFileReleasePath(path, fd2);
    g_assert_cmpint(virFileDeleteTree(dir), ==, 0);
}


/*
 * Another process holds a classic POSIX lock on the file, as a running
 * daemon would: acquiring fails until that process exits.
 */
static void
testAcquireOtherProcess(void)
{
    const char *helper = g_getenv("VIR_TEST_COMMANDHELPER");
    g_autofree char *dir = testMakeTmpDir();
    g_autofree char *path = g_build_filename(dir, "other.pid", NULL);
    g_autoptr(virCommand) cmd = NULL;
    char line[7] = { 0 };
    int inpipe[2];
    int outfd = -1;
    int fd;

    g_assert_nonnull(helper);
    g_assert_cmpint(pipe2(inpipe, O_CLOEXEC), ==, 0);
    cmd = virCommandNewArgList(helper, "lock", path, NULL);
    virCommandSetInputFD(cmd, inpipe[0]);
    virCommandSetOutputFD(cmd, &outfd);
    virCommandSetTimeout(cmd, 30000);
    g_assert_cmpint(virCommandRunAsync(cmd, NULL), ==, 0);
    VIR_FORCE_CLOSE(inpipe[0]);
    g_assert_cmpint(read(outfd, line, sizeof(line)), ==, 7);
    g_assert_cmpmem(line, 7, "locked\n", 7);

    virResetLastError();
    g_assert_cmpint(virPidFileAcquirePath(path, getpid()), ==, -1);
    g_assert_true(virLastErrorIsSystemErrno(EAGAIN));

    /* Closing its stdin makes the holder exit, which drops the lock. */
    VIR_FORCE_CLOSE(inpipe[1]);
    g_assert_cmpint(virCommandWait(cmd, NULL), ==, 0);
    fd = virPidFileAcquirePath(path, getpid());
    g_assert_cmpint(fd, >=, 0);
    virPidFileReleasePath(path, fd);
    VIR_FORCE_CLOSE(outfd);
    g_assert_cmpint(virFileDeleteTree(dir), ==, 0);
}


static void
testAcquireErrors(void)
{
    g_autofree char *dir = testMakeTmpDir();
    g_autofree char *missing = g_build_filename(dir, "nodir", "x.pid", NULL);
    g_autofree char *fifo = g_build_filename(dir, "fifo.pid", NULL);

    virResetLastError();
    g_assert_cmpint(virPidFileAcquirePath(missing, getpid()), ==, -1);
    g_assert_true(virLastErrorIsSystemErrno(ENOENT));

    virResetLastError();
    g_assert_cmpint(virPidFileAcquirePath(dir, getpid()), ==, -1);
    g_assert_true(virLastErrorIsSystemErrno(EISDIR));

    /* A FIFO planted at the path neither hangs nor is accepted. */
    g_assert_cmpint(mkfifo(fifo, 0600), ==, 0);
    virResetLastError();
    g_assert_cmpint(virPidFileAcquirePath(fifo, getpid()), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_SYSTEM_ERROR);

    virResetLastError();
    g_assert_cmpint(virPidFileAcquire(dir, "x", 0), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    g_assert_cmpint(virFileDeleteTree(dir), ==, 0);
}


int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/util/pidfile/write-read", testWriteRead);
    g_test_add_func("/util/pidfile/read-strict", testReadStrict);
    g_test_add_func("/util/pidfile/write-errors", testWriteErrors);
    g_test_add_func("/util/pidfile/acquire-twice", testAcquireTwice);
    g_test_add_func("/util/pidfile/acquire-stale", testAcquireStale);
    g_test_add_func("/util/pidfile/acquire-after-unlink", testAcquireAfterUnlink);
    g_test_add_func("/util/pidfile/acquire-other-process", testAcquireOtherProcess);
    g_test_add_func("/util/pidfile/acquire-errors", testAcquireErrors);
    return g_test_run();
}
