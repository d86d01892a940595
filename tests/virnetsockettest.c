/*
 * virnetsockettest.c: tests for the RPC sockets: UNIX and TCP listening
 * and connecting, fd passing, and the non-blocking whole-frame reader and
 * writer (partial writes, EOF in the middle of a frame, bad lengths)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "internal.h"
#include "virerror.h"
#include "virfile.h"
#include "virnetmessage.h"
#include "virnetsocket.h"

#define TEST_ALARM_S 60


typedef struct {
    char *dir;  /* a temp dir, removed at the end */
    char *path; /* dir/sub/sock */
} testDir;


static void
testDirSetup(testDir *d)
{
    g_autoptr(GError) err = NULL;

    d->dir = g_dir_make_tmp("virnetsockettest-XXXXXX", &err);
    g_assert_no_error(err);
    d->path = g_build_filename(d->dir, "sub", "sock", NULL);
}


static void
testDirTeardown(testDir *d)
{
    g_assert_cmpint(virFileDeleteTree(d->dir), ==, 0);
    g_free(d->path);
    g_free(d->dir);
}


/* Accepts on a non-blocking listener, waiting a little for the connection. */
static int
testAccept(int lfd)
{
    for (int i = 0; i < 500; i++) {
        int fd = virNetSocketAccept(lfd);

        if (fd >= 0)
            return fd;
        g_assert_true(errno == EAGAIN || errno == EWOULDBLOCK);
        g_usleep(10 * 1000);
    }
    g_assert_not_reached();
    return -1;
}


static void
testAssertCloexec(int fd)
{
    g_assert_cmpint(fcntl(fd, F_GETFD) & FD_CLOEXEC, ==, FD_CLOEXEC);
}


static void
testAssertError(int code, const char *message)
{
    virError *err = virGetLastError();

    g_assert_nonnull(err);
    g_assert_cmpint(err->code, ==, code);
    g_assert_cmpint(err->domain, ==, VIR_FROM_RPC);
    if (message)
        g_assert_cmpstr(err->message, ==, message);
    virResetLastError();
}


static void
testUNIXListenConnect(void)
{
    testDir d = { 0 };
    struct stat sb;
    int lfd;
    int cfd;
    int sfd;
    uid_t uid;
    gid_t gid;
    pid_t pid;

    testDirSetup(&d);
    lfd = virNetSocketListenUNIX(d.path, 0600, (gid_t)-1);
    g_assert_cmpint(lfd, >=, 0);
    testAssertCloexec(lfd);
    g_assert_cmpint(fcntl(lfd, F_GETFL) & O_NONBLOCK, ==, O_NONBLOCK);
    g_assert_cmpint(stat(d.path, &sb), ==, 0);
    g_assert_true(S_ISSOCK(sb.st_mode));
    g_assert_cmpint(sb.st_mode & 0777, ==, 0600);

    /* nobody is waiting yet */
    g_assert_cmpint(virNetSocketAccept(lfd), ==, -1);
    g_assert_cmpint(errno, ==, EAGAIN);

    cfd = virNetSocketConnectUNIX(d.path);
    g_assert_cmpint(cfd, >=, 0);
    testAssertCloexec(cfd);
    g_assert_cmpint(fcntl(cfd, F_GETFL) & O_NONBLOCK, ==, 0);
    sfd = testAccept(lfd);
    testAssertCloexec(sfd);
    g_assert_cmpint(fcntl(sfd, F_GETFL) & O_NONBLOCK, ==, O_NONBLOCK);

    g_assert_cmpint(virNetSocketGetUNIXIdentity(sfd, &uid, &gid, &pid), ==, 0);
    g_assert_cmpint(uid, ==, getuid());
    g_assert_cmpint(gid, ==, getgid());
    g_assert_cmpint(pid, ==, getpid());
    g_assert_cmpint(virNetSocketGetPort(lfd), ==, -1);
    /* not a socket */
    g_assert_cmpint(virNetSocketGetUNIXIdentity(-1, &uid, &gid, &pid), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_SYSTEM_ERROR);
    virResetLastError();

    g_assert_cmpint(virNetSocketSetBlocking(sfd, true), ==, 0);
    g_assert_cmpint(fcntl(sfd, F_GETFL) & O_NONBLOCK, ==, 0);
    g_assert_cmpint(virNetSocketSetBlocking(sfd, false), ==, 0);
    g_assert_cmpint(fcntl(sfd, F_GETFL) & O_NONBLOCK, ==, O_NONBLOCK);

    VIR_FORCE_CLOSE(cfd);
    VIR_FORCE_CLOSE(sfd);
    VIR_FORCE_CLOSE(lfd);
    testDirTeardown(&d);
}


/* A socket file whose listener died refuses connections: it is replaced. */
static void
testUNIXStale(void)
{
    testDir d = { 0 };
    struct sockaddr_un addr = { .sun_family = AF_UNIX };
    g_autofree char *sub = NULL;
    int fd;
    int lfd;
    int cfd;

    testDirSetup(&d);
    sub = g_path_get_dirname(d.path);
    g_assert_cmpint(g_mkdir(sub, 0700), ==, 0);
    g_strlcpy(addr.sun_path, d.path, sizeof(addr.sun_path));
    fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    g_assert_cmpint(bind(fd, (struct sockaddr *)&addr, sizeof(addr)), ==, 0);
    VIR_FORCE_CLOSE(fd);
    g_assert_true(g_file_test(d.path, G_FILE_TEST_EXISTS));

    lfd = virNetSocketListenUNIX(d.path, 0700, (gid_t)-1);
    g_assert_cmpint(lfd, >=, 0);
    cfd = virNetSocketConnectUNIX(d.path);
    g_assert_cmpint(cfd, >=, 0);
    VIR_FORCE_CLOSE(cfd);
    VIR_FORCE_CLOSE(lfd);
    testDirTeardown(&d);
}


/* A socket somebody listens on is not stolen. */
static void
testUNIXLive(void)
{
    testDir d = { 0 };
    g_autofree char *msg = NULL;
    int lfd;
    int cfd;

    testDirSetup(&d);
    lfd = virNetSocketListenUNIX(d.path, 0700, (gid_t)-1);
    g_assert_cmpint(lfd, >=, 0);
    g_assert_cmpint(virNetSocketListenUNIX(d.path, 0700, (gid_t)-1), ==, -1);
    msg = g_strdup_printf("Failed to bind socket to '%s': Address already in use", d.path);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_SYSTEM_ERROR);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, msg);
    virResetLastError();

    /* the first listener still works */
    cfd = virNetSocketConnectUNIX(d.path);
    g_assert_cmpint(cfd, >=, 0);
    VIR_FORCE_CLOSE(cfd);
    VIR_FORCE_CLOSE(lfd);
    testDirTeardown(&d);
}


static void
testUNIXConnectMissing(void)
{
    testDir d = { 0 };
    g_autofree char *msg = NULL;
    g_autofree char *longpath = g_strnfill(200, 'x');

    testDirSetup(&d);
    g_assert_cmpint(virNetSocketConnectUNIX(d.path), ==, -1);
    msg = g_strdup_printf("Failed to connect socket to '%s': No such file or directory", d.path);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_SYSTEM_ERROR);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_RPC);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, msg);
    virResetLastError();

    /* a path that does not fit in sun_path */
    g_assert_cmpint(virNetSocketListenUNIX(longpath, 0700, (gid_t)-1), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
    virResetLastError();
    testDirTeardown(&d);
}


static void
testTCP(void)
{
    g_autofree int *fds = NULL;
    g_autofree char *port = NULL;
    g_autofree char *msg = NULL;
    size_t nfds = 0;
    int cfd;
    int sfd;

    g_assert_cmpint(virNetSocketListenTCP("127.0.0.1", "0", &fds, &nfds), ==, 0);
    g_assert_cmpuint(nfds, ==, 1);
    testAssertCloexec(fds[0]);
    g_assert_cmpint(virNetSocketGetPort(fds[0]), >, 0);
    port = g_strdup_printf("%d", virNetSocketGetPort(fds[0]));

    cfd = virNetSocketConnectTCP("127.0.0.1", port);
    g_assert_cmpint(cfd, >=, 0);
    testAssertCloexec(cfd);
    sfd = testAccept(fds[0]);
    g_assert_cmpint(write(cfd, "x", 1), ==, 1);
    VIR_FORCE_CLOSE(cfd);
    VIR_FORCE_CLOSE(sfd);

    VIR_FORCE_CLOSE(fds[0]);
    g_assert_cmpint(virNetSocketConnectTCP("127.0.0.1", port), ==, -1);
    msg =
        g_strdup_printf("unable to connect to server at '127.0.0.1:%s': Connection refused", port);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_SYSTEM_ERROR);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, msg);
    virResetLastError();

    /* an address that does not resolve */
    g_assert_cmpint(virNetSocketListenTCP("no.such.host.invalid", "0", &fds, &nfds), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_SYSTEM_ERROR);
    virResetLastError();
}


static void
testFDPassing(void)
{
    int sv[2];
    int pipefd[2];
    int got = -1;
    char buf[8] = { 0 };

    g_assert_cmpint(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, sv), ==, 0);
    g_assert_cmpint(pipe2(pipefd, O_CLOEXEC), ==, 0);

    /* nothing sent yet: would block */
    g_assert_cmpint(virNetSocketRecvFD(sv[1], &got), ==, 0);
    g_assert_cmpint(got, ==, -1);

    g_assert_cmpint(virNetSocketSendFD(sv[0], pipefd[0]), ==, 1);
    g_assert_cmpint(virNetSocketRecvFD(sv[1], &got), ==, 1);
    g_assert_cmpint(got, >=, 0);
    g_assert_cmpint(got, !=, pipefd[0]);
    testAssertCloexec(got);
    g_assert_cmpint(write(pipefd[1], "hello", 5), ==, 5);
    g_assert_cmpint(read(got, buf, sizeof(buf)), ==, 5);
    g_assert_cmpstr(buf, ==, "hello");
    VIR_FORCE_CLOSE(got);

    /* a plain byte where a descriptor was expected */
    g_assert_cmpint(write(sv[0], "", 1), ==, 1);
    g_assert_cmpint(virNetSocketRecvFD(sv[1], &got), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_RPC);
    virResetLastError();

    /* the peer went away */
    VIR_FORCE_CLOSE(sv[0]);
    g_assert_cmpint(virNetSocketRecvFD(sv[1], &got), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_SYSTEM_ERROR);
    virResetLastError();

    VIR_FORCE_CLOSE(sv[1]);
    VIR_FORCE_CLOSE(pipefd[0]);
    VIR_FORCE_CLOSE(pipefd[1]);
}


/* A frame with @len bytes of payload (a recognisable pattern). */
static virNetMessage *
testNewFrame(int type, size_t len, const int *fds, size_t nfds)
{
    virNetMessage *msg = virNetMessageNew();
    g_autofree char *data = g_malloc(len + 1);

    for (size_t i = 0; i < len; i++)
        data[i] = (char)(i * 7 + 3);
    msg->header.prog = 0x20008086;
    msg->header.vers = 1;
    msg->header.proc = 42;
    msg->header.type = type;
    msg->header.serial = 7;
    msg->header.status = type == VIR_NET_STREAM ? VIR_NET_CONTINUE : VIR_NET_OK;
    if (nfds) {
        msg->fds = g_new(int, nfds);
        for (size_t i = 0; i < nfds; i++)
            msg->fds[i] = fcntl(fds[i], F_DUPFD_CLOEXEC, 0);
        msg->nfds = nfds;
    }
    g_assert_cmpint(virNetMessageEncodeHeader(msg), ==, 0);
    g_assert_cmpint(virNetMessageEncodePayloadRaw(msg, data, len), ==, 0);
    return msg;
}


static void
testCheckFrame(virNetMessage *msg, int type, size_t len)
{
    const char *data;
    size_t got = 0;

    g_assert_cmpuint(msg->header.prog, ==, 0x20008086);
    g_assert_cmpint(msg->header.proc, ==, 42);
    g_assert_cmpint(msg->header.type, ==, type);
    g_assert_cmpuint(msg->header.serial, ==, 7);
    data = virNetMessagePayload(msg, &got);
    g_assert_cmpuint(got, ==, len);
    for (size_t i = 0; i < len; i++)
        g_assert_cmpint(data[i], ==, (char)(i * 7 + 3));
}


/*
 * Pumps @out through a socketpair with a tiny send buffer: the writer
 * must stop (0) many times and the reader must reassemble the frame.
 */
static void
testTransfer(int wfd, int rfd, virNetMessage *out, virNetMessage *in)
{
    int wrc = 0;
    int rrc = 0;
    int partial = 0;

    virNetMessagePrepareRead(in);
    while (wrc == 0 || rrc == 0) {
        if (wrc == 0) {
            wrc = virNetSocketWriteMessage(wfd, out);
            g_assert_cmpint(wrc, >=, 0);
            if (wrc == 0)
                partial++;
        }
        if (rrc == 0) {
            rrc = virNetSocketReadMessage(rfd, in);
            g_assert_cmpint(rrc, >=, 0);
        }
    }
    if (out->bufferLength > 100000)
        g_assert_cmpint(partial, >, 10);
}


static void
testMessagePartial(void)
{
    int sv[2];
    int pipefd[2];
    int size = 4096;
    g_autoptr(GPtrArray) msgs = g_ptr_array_new_with_free_func((GDestroyNotify)virNetMessageFree);
    virNetMessage *out;
    virNetMessage *in;
    char buf[4] = { 0 };

    g_assert_cmpint(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, sv), ==, 0);
    g_assert_cmpint(setsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, &size, sizeof(size)), ==, 0);
    g_assert_cmpint(setsockopt(sv[1], SOL_SOCKET, SO_RCVBUF, &size, sizeof(size)), ==, 0);

    /* 1 MiB of stream data */
    out = testNewFrame(VIR_NET_STREAM, 1024 * 1024, NULL, 0);
    in = virNetMessageNew();
    g_ptr_array_add(msgs, out);
    g_ptr_array_add(msgs, in);
    testTransfer(sv[0], sv[1], out, in);
    testCheckFrame(in, VIR_NET_STREAM, 1024 * 1024);
    g_assert_cmpuint(in->bufferLength, ==, out->bufferLength);

    /* a header-only frame (length 28) */
    out = testNewFrame(VIR_NET_CALL, 0, NULL, 0);
    in = virNetMessageNew();
    g_ptr_array_add(msgs, out);
    g_ptr_array_add(msgs, in);
    g_assert_cmpuint(out->bufferLength, ==, 28);
    testTransfer(sv[0], sv[1], out, in);
    testCheckFrame(in, VIR_NET_CALL, 0);

    /* a frame with two descriptors after a big payload */
    g_assert_cmpint(pipe2(pipefd, O_CLOEXEC), ==, 0);
    out = testNewFrame(VIR_NET_CALL_WITH_FDS, 300000, (int[]){ pipefd[0], pipefd[1] }, 2);
    in = virNetMessageNew();
    g_ptr_array_add(msgs, out);
    g_ptr_array_add(msgs, in);
    testTransfer(sv[0], sv[1], out, in);
    testCheckFrame(in, VIR_NET_CALL_WITH_FDS, 300000);
    g_assert_cmpuint(in->nfds, ==, 2);
    g_assert_cmpuint(in->donefds, ==, 2);
    testAssertCloexec(in->fds[0]);
    g_assert_cmpint(write(in->fds[1], "abc", 3), ==, 3);
    g_assert_cmpint(read(in->fds[0], buf, 3), ==, 3);
    g_assert_cmpstr(buf, ==, "abc");

    VIR_FORCE_CLOSE(pipefd[0]);
    VIR_FORCE_CLOSE(pipefd[1]);
    VIR_FORCE_CLOSE(sv[0]);
    VIR_FORCE_CLOSE(sv[1]);
}


/* Writes raw bytes, then reads with the frame reader: its result. */
static int
testReadRaw(const char *bytes, size_t len, bool closeAfter)
{
    virNetMessage *in = virNetMessageNew();
    int sv[2];
    int rc;

    g_assert_cmpint(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, sv), ==, 0);
    g_assert_cmpint(write(sv[0], bytes, len), ==, (ssize_t)len);
    if (closeAfter)
        VIR_FORCE_CLOSE(sv[0]);
    virNetMessagePrepareRead(in);
    rc = virNetSocketReadMessage(sv[1], in);
    /* a second call after "need more" must not lose track */
    if (rc == 0)
        rc = virNetSocketReadMessage(sv[1], in);
    VIR_FORCE_CLOSE(sv[0]);
    VIR_FORCE_CLOSE(sv[1]);
    virNetMessageFree(in);
    return rc;
}


static void
testMessageEOF(void)
{
    /* length says 100, 40 bytes follow, then EOF */
    char frame[44] = { 0, 0, 0, 100 };

    g_assert_cmpint(testReadRaw(frame, sizeof(frame), false), ==, 0);
    g_assert_cmpint(testReadRaw(frame, sizeof(frame), true), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_SYSTEM_ERROR);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "End of file while reading data: Input/output error");
    virResetLastError();

    /* EOF inside the length word, and on a frame boundary */
    g_assert_cmpint(testReadRaw(frame, 2, true), ==, -1);
    virResetLastError();
    g_assert_cmpint(testReadRaw(frame, 0, true), ==, -1);
    virResetLastError();
}


static void
testMessageBadLength(void)
{
    char small[8] = { 0, 0, 0, 8 };
    char large[4] = { 0x02, 0x80, 0, 0 }; /* 40 MiB */
    char max[4] = { 0x02, 0, 0, 4 };      /* 32 MiB + 4: accepted */
    char min[28] = { 0, 0, 0, 28 };

    g_assert_cmpint(testReadRaw(small, sizeof(small), false), ==, -1);
    testAssertError(VIR_ERR_RPC, NULL);
    g_assert_cmpint(testReadRaw(large, sizeof(large), false), ==, -1);
    testAssertError(VIR_ERR_RPC, NULL);
    g_assert_cmpint(testReadRaw(max, sizeof(max), false), ==, 0);
    g_assert_cmpint(testReadRaw(min, sizeof(min), false), ==, 1);
}


/* A full socket: the writer says "later" and keeps its place. */
static void
testMessageWriteErrors(void)
{
    virNetMessage *out = testNewFrame(VIR_NET_STREAM, 100, NULL, 0);
    int sv[2];

    g_assert_cmpint(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, sv), ==, 0);
    VIR_FORCE_CLOSE(sv[1]);
    g_assert_cmpint(virNetSocketWriteMessage(sv[0], out), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_SYSTEM_ERROR);
    virResetLastError();
    VIR_FORCE_CLOSE(sv[0]);
    virNetMessageFree(out);
}


int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    (void)alarm(TEST_ALARM_S);

    g_test_add_func("/rpc/socket/unix/listen-connect", testUNIXListenConnect);
    g_test_add_func("/rpc/socket/unix/stale", testUNIXStale);
    g_test_add_func("/rpc/socket/unix/live", testUNIXLive);
    g_test_add_func("/rpc/socket/unix/connect-missing", testUNIXConnectMissing);
    g_test_add_func("/rpc/socket/tcp", testTCP);
    g_test_add_func("/rpc/socket/fd-passing", testFDPassing);
    g_test_add_func("/rpc/socket/message/partial", testMessagePartial);
    g_test_add_func("/rpc/socket/message/eof", testMessageEOF);
    g_test_add_func("/rpc/socket/message/bad-length", testMessageBadLength);
    g_test_add_func("/rpc/socket/message/write-error", testMessageWriteErrors);
    return g_test_run();
}
