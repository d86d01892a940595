/*
 * virnetsocket.c: sockets for RPC: listen, connect, fd passing, and the
 * non-blocking reading and writing of whole frames
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virfile.h"
#include "virlog.h"
#include "virnetsocket.h"

#define VIR_FROM_THIS VIR_FROM_RPC

VIR_LOG_INIT("rpc.netsocket");

/* How many pending connections a listener queues (the kernel caps it). */
#define VIR_NET_SOCKET_BACKLOG SOMAXCONN


/* Fills @addr for @path; -1 with an error when @path does not fit. */
static int
virNetSocketUNIXAddr(const char *path, struct sockaddr_un *addr)
{
    memset(addr, 0, sizeof(*addr));
    addr->sun_family = AF_UNIX;
    if (strlen(path) >= sizeof(addr->sun_path)) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("Path '%1$s' too long for unix socket"), path);
        return -1;
    }
    memcpy(addr->sun_path, path, strlen(path) + 1);
    return 0;
}


/*
 * Tells whether something accepts connections on @addr: a socket file
 * left by a dead process refuses them (ECONNREFUSED) and may be replaced.
 */
static bool
virNetSocketUNIXIsLive(const struct sockaddr_un *addr)
{
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    bool live = false;

    if (fd < 0)
        return false;
    if (connect(fd, (const struct sockaddr *)addr, sizeof(*addr)) == 0)
        live = true;
    VIR_FORCE_CLOSE(fd);
    return live;
}


static int
virNetSocketBindUNIX(int fd, const char *path, const struct sockaddr_un *addr)
{
    if (bind(fd, (const struct sockaddr *)addr, sizeof(*addr)) == 0)
        return 0;
    if (errno != EADDRINUSE || virNetSocketUNIXIsLive(addr)) {
        virReportSystemError(errno, _("Failed to bind socket to '%1$s'"), path);
        return -1;
    }
    VIR_DEBUG("replacing stale socket '%s'", path);
    if (unlink(path) < 0 && errno != ENOENT) {
        virReportSystemError(errno, _("Failed to remove stale socket '%1$s'"), path);
        return -1;
    }
    if (bind(fd, (const struct sockaddr *)addr, sizeof(*addr)) < 0) {
        virReportSystemError(errno, _("Failed to bind socket to '%1$s'"), path);
        return -1;
    }
    return 0;
}


int
virNetSocketListenUNIX(const char *path, mode_t mode, gid_t gid)
{
    struct sockaddr_un addr;
    g_autofree char *dir = g_path_get_dirname(path);
    int fd = -1;

    if (virNetSocketUNIXAddr(path, &addr) < 0)
        return -1;
    if (g_mkdir_with_parents(dir, 0755) < 0) {
        virReportSystemError(errno, _("Cannot create directory '%1$s'"), dir);
        return -1;
    }
    if ((fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0)) < 0) {
        virReportSystemError(errno, "%s", _("Failed to create socket"));
        return -1;
    }
    if (virNetSocketBindUNIX(fd, path, &addr) < 0)
        goto error;
    if (chmod(path, mode) < 0) {
        virReportSystemError(errno, _("Failed to change permissions of socket '%1$s'"), path);
        goto error_unlink;
    }
    if (gid != (gid_t)-1 && chown(path, (uid_t)-1, gid) < 0) {
        virReportSystemError(errno, _("Failed to change group of socket '%1$s'"), path);
        goto error_unlink;
    }
    if (listen(fd, VIR_NET_SOCKET_BACKLOG) < 0) {
        virReportSystemError(errno, "%s", _("Unable to listen on socket"));
        goto error_unlink;
    }
    VIR_DEBUG("listening on '%s' fd=%d", path, fd);
    return fd;

error_unlink:
    (void)unlink(path);
error:
    VIR_FORCE_CLOSE(fd);
    return -1;
}


/* Creates, binds and starts listening on one resolved TCP address. */
static int
virNetSocketListenOne(const struct addrinfo *ai)
{
    int fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, ai->ai_protocol);
    int on = 1;

    if (fd < 0)
        return -1;
    if (setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on)) < 0)
        goto error;
    /* "::" must not swallow the IPv4 port that "0.0.0.0" binds next */
    if (ai->ai_family == AF_INET6 && setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof(on)) < 0)
        goto error;
    if (bind(fd, ai->ai_addr, ai->ai_addrlen) < 0)
        goto error;
    if (listen(fd, VIR_NET_SOCKET_BACKLOG) < 0)
        goto error;
    return fd;

error:
    VIR_FORCE_CLOSE(fd);
    return -1;
}


/* Sets the port of a resolved address (used once port "0" got a number). */
static void
virNetSocketSetAddrPort(struct addrinfo *ai, int port)
{
    if (ai->ai_family == AF_INET)
        ((struct sockaddr_in *)ai->ai_addr)->sin_port = htons(port);
    else if (ai->ai_family == AF_INET6)
        ((struct sockaddr_in6 *)ai->ai_addr)->sin6_port = htons(port);
}


int
virNetSocketListenTCP(const char *addr, const char *port, int **fds, size_t *nfds)
{
    struct addrinfo hints = { 0 };
    struct addrinfo *res = NULL;
    struct addrinfo *ai;
    g_autoptr(GArray) list = g_array_new(FALSE, FALSE, sizeof(int));
    int gotport = -1;
    int err;

    hints.ai_flags = AI_PASSIVE;
    hints.ai_socktype = SOCK_STREAM;
    if ((err = getaddrinfo(addr, port, &hints, &res)) != 0) {
        virReportError(VIR_ERR_SYSTEM_ERROR,
                       _("Unable to resolve address '%1$s' service '%2$s': %3$s"), NULLSTR(addr),
                       port, gai_strerror(err));
        return -1;
    }
    for (ai = res; ai; ai = ai->ai_next) {
        int fd;

        if (ai->ai_family != AF_INET && ai->ai_family != AF_INET6)
            continue;
        /* with port "0" every address shares the port the first one got */
        if (gotport > 0)
            virNetSocketSetAddrPort(ai, gotport);
        if ((fd = virNetSocketListenOne(ai)) < 0) {
            if (errno == EADDRNOTAVAIL || errno == EAFNOSUPPORT)
                continue;
            virReportSystemError(errno, _("Failed to bind socket to '%1$s:%2$s'"), NULLSTR(addr),
                                 port);
            goto error;
        }
        g_array_append_val(list, fd);
        if (gotport < 0)
            gotport = virNetSocketGetPort(fd);
    }
    if (list->len == 0) {
        virReportSystemError(EADDRNOTAVAIL, "%s", _("No addresses to bind to"));
        goto error;
    }
    freeaddrinfo(res);
    *nfds = list->len;
    *fds = (int *)(void *)g_array_free(g_steal_pointer(&list), FALSE);
    return 0;

error:
    for (guint i = 0; i < list->len; i++)
        VIR_FORCE_CLOSE(g_array_index(list, int, i));
    freeaddrinfo(res);
    return -1;
}


int
virNetSocketGetPort(int fd)
{
    struct sockaddr_storage ss;
    socklen_t len = sizeof(ss);

    if (getsockname(fd, (struct sockaddr *)&ss, &len) < 0)
        return -1;
    if (ss.ss_family == AF_INET)
        return ntohs(((struct sockaddr_in *)&ss)->sin_port);
    if (ss.ss_family == AF_INET6)
        return ntohs(((struct sockaddr_in6 *)&ss)->sin6_port);
    return -1;
}


/* Disables Nagle on TCP sockets: RPC frames are small and latency bound. */
static void
virNetSocketSetNoDelay(int fd)
{
    struct sockaddr_storage ss;
    socklen_t len = sizeof(ss);
    int on = 1;

    if (getsockname(fd, (struct sockaddr *)&ss, &len) < 0)
        return;
    if (ss.ss_family == AF_INET || ss.ss_family == AF_INET6)
        (void)setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof(on));
}


int
virNetSocketAccept(int listenfd)
{
    int fd;

    do {
        fd = accept4(listenfd, NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK);
    } while (fd < 0 && errno == EINTR);
    if (fd >= 0)
        virNetSocketSetNoDelay(fd);
    return fd;
}


int
virNetSocketConnectUNIX(const char *path)
{
    struct sockaddr_un addr;
    int fd;
    int rc;

    if (virNetSocketUNIXAddr(path, &addr) < 0)
        return -1;
    if ((fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0)) < 0) {
        virReportSystemError(errno, "%s", _("Failed to create socket"));
        return -1;
    }
    do {
        rc = connect(fd, (struct sockaddr *)&addr, sizeof(addr));
    } while (rc < 0 && errno == EINTR);
    if (rc < 0) {
        virReportSystemError(errno, _("Failed to connect socket to '%1$s'"), path);
        VIR_FORCE_CLOSE(fd);
        return -1;
    }
    return fd;
}


/* Tries one resolved address; returns the connected fd or -1 (errno). */
static int
virNetSocketConnectOne(const struct addrinfo *ai)
{
    int fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
    int rc;

    if (fd < 0)
        return -1;
    do {
        rc = connect(fd, ai->ai_addr, ai->ai_addrlen);
    } while (rc < 0 && errno == EINTR);
    if (rc < 0) {
        VIR_FORCE_CLOSE(fd);
        return -1;
    }
    virNetSocketSetNoDelay(fd);
    return fd;
}


int
virNetSocketConnectTCP(const char *host, const char *port)
{
    struct addrinfo hints = { 0 };
    struct addrinfo *res = NULL;
    struct addrinfo *ai;
    int saved = ECONNREFUSED;
    int fd = -1;
    int err;

    hints.ai_flags = AI_ADDRCONFIG;
    hints.ai_socktype = SOCK_STREAM;
    if ((err = getaddrinfo(host, port, &hints, &res)) != 0) {
        virReportError(VIR_ERR_SYSTEM_ERROR,
                       _("Unable to resolve address '%1$s' service '%2$s': %3$s"), host, port,
                       gai_strerror(err));
        return -1;
    }
    for (ai = res; ai && fd < 0; ai = ai->ai_next) {
        if ((fd = virNetSocketConnectOne(ai)) < 0)
            saved = errno;
    }
    freeaddrinfo(res);
    if (fd < 0) {
        virReportSystemError(saved, _("unable to connect to server at '%1$s:%2$s'"), host, port);
        return -1;
    }
    return fd;
}


int
virNetSocketSetBlocking(int fd, bool blocking)
{
    int flags = fcntl(fd, F_GETFL);

    if (flags < 0)
        return -1;
    if (blocking)
        flags &= ~O_NONBLOCK;
    else
        flags |= O_NONBLOCK;
    return fcntl(fd, F_SETFL, flags) < 0 ? -1 : 0;
}


int
virNetSocketGetUNIXIdentity(int fd, uid_t *uid, gid_t *gid, pid_t *pid)
{
    struct ucred cr;
    socklen_t len = sizeof(cr);

    if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cr, &len) < 0) {
        virReportSystemError(errno, "%s", _("Failed to get client socket identity"));
        return -1;
    }
    *uid = cr.uid;
    *gid = cr.gid;
    *pid = cr.pid;
    return 0;
}


int
virNetSocketSendFD(int sock, int fd)
{
    char byte = 0;
    struct iovec iov = { .iov_base = &byte, .iov_len = 1 };
    union {
        struct cmsghdr hdr;
        char buf[CMSG_SPACE(sizeof(int))];
    } control;
    struct msghdr mh = { 0 };
    struct cmsghdr *cmsg;
    ssize_t rc;

    memset(&control, 0, sizeof(control));
    mh.msg_iov = &iov;
    mh.msg_iovlen = 1;
    mh.msg_control = control.buf;
    mh.msg_controllen = sizeof(control.buf);
    cmsg = CMSG_FIRSTHDR(&mh);
    cmsg->cmsg_level = SOL_SOCKET;
    cmsg->cmsg_type = SCM_RIGHTS;
    cmsg->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(cmsg), &fd, sizeof(int));

    do {
        rc = sendmsg(sock, &mh, MSG_NOSIGNAL);
    } while (rc < 0 && errno == EINTR);
    if (rc < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return 0;
        virReportSystemError(errno, "%s", _("Failed to send file descriptor"));
        return -1;
    }
    return 1;
}


/* Picks the descriptor out of a received message; closes any extra ones. */
static int
virNetSocketTakeFD(struct msghdr *mh)
{
    struct cmsghdr *cmsg;
    int fd = -1;

    for (cmsg = CMSG_FIRSTHDR(mh); cmsg; cmsg = CMSG_NXTHDR(mh, cmsg)) {
        size_t n;
        int *fdp;

        if (cmsg->cmsg_level != SOL_SOCKET || cmsg->cmsg_type != SCM_RIGHTS)
            continue;
        n = (cmsg->cmsg_len - CMSG_LEN(0)) / sizeof(int);
        fdp = (int *)(void *)CMSG_DATA(cmsg);
        for (size_t i = 0; i < n; i++) {
            int one;

            memcpy(&one, fdp + i, sizeof(int));
            if (fd < 0)
                fd = one;
            else
                VIR_FORCE_CLOSE(one);
        }
    }
    return fd;
}


int
virNetSocketRecvFD(int sock, int *fd)
{
    char byte = 0;
    struct iovec iov = { .iov_base = &byte, .iov_len = 1 };
    union {
        struct cmsghdr hdr;
        char buf[CMSG_SPACE(sizeof(int) * 4)];
    } control;
    struct msghdr mh = { 0 };
    ssize_t rc;
    int got;

    memset(&control, 0, sizeof(control));
    mh.msg_iov = &iov;
    mh.msg_iovlen = 1;
    mh.msg_control = control.buf;
    mh.msg_controllen = sizeof(control.buf);

    do {
        rc = recvmsg(sock, &mh, MSG_CMSG_CLOEXEC);
    } while (rc < 0 && errno == EINTR);
    if (rc < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return 0;
        virReportSystemError(errno, "%s", _("Failed to receive file descriptor"));
        return -1;
    }
    got = virNetSocketTakeFD(&mh);
    if (rc == 0) {
        VIR_FORCE_CLOSE(got);
        virReportSystemError(EIO, "%s", _("End of file while reading data"));
        return -1;
    }
    if (got < 0) {
        virReportError(VIR_ERR_RPC, "%s", _("Expected a file descriptor but got none"));
        return -1;
    }
    *fd = got;
    return 1;
}


/*
 * One read() of at most @len bytes into @msg's buffer at bufferOffset.
 * Returns 1 (bytes read), 0 (would block) or -1 (error or end of file).
 */
static int
virNetSocketReadOnce(int fd, virNetMessage *msg, size_t len)
{
    ssize_t rc;

    do {
        rc = read(fd, msg->buffer + msg->bufferOffset, len);
    } while (rc < 0 && errno == EINTR);
    if (rc < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return 0;
        virReportSystemError(errno, "%s", _("Cannot recv data"));
        return -1;
    }
    if (rc == 0) {
        virReportSystemError(EIO, "%s", _("End of file while reading data"));
        return -1;
    }
    msg->bufferOffset += rc;
    return 1;
}


/* Reads until bufferOffset reaches bufferLength: 1, 0 (would block) or -1. */
static int
virNetSocketReadBuffer(int fd, virNetMessage *msg)
{
    while (msg->bufferOffset < msg->bufferLength) {
        int rc = virNetSocketReadOnce(fd, msg, msg->bufferLength - msg->bufferOffset);

        if (rc <= 0)
            return rc;
    }
    return 1;
}


/*
 * Reads the length word, and with it as much of the header as has
 * arrived: every frame is at least 28 bytes long, so reading that much
 * never takes bytes of the next frame (nor the data byte of a passed
 * descriptor), and a frame without payload takes one read() instead of
 * two. The buffer has room for 28 bytes (virNetMessagePrepareRead).
 */
static int
virNetSocketReadLength(int fd, virNetMessage *msg)
{
    const size_t want = VIR_NET_MESSAGE_LEN_MAX + VIR_NET_MESSAGE_HEADER_MAX;

    while (msg->bufferOffset < VIR_NET_MESSAGE_LEN_MAX) {
        int rc = virNetSocketReadOnce(fd, msg, want - msg->bufferOffset);

        if (rc <= 0)
            return rc;
    }
    return 1;
}


/* Receives the descriptors a *_WITH_FDS frame announced. */
static int
virNetSocketReadFDs(int fd, virNetMessage *msg)
{
    while (msg->donefds < msg->nfds) {
        int rc = virNetSocketRecvFD(fd, &msg->fds[msg->donefds]);

        if (rc <= 0)
            return rc;
        msg->donefds++;
    }
    return 1;
}


static bool
virNetSocketTypeHasFDs(int type)
{
    return type == VIR_NET_CALL_WITH_FDS || type == VIR_NET_REPLY_WITH_FDS;
}


int
virNetSocketReadMessage(int fd, virNetMessage *msg)
{
    /* the length word: bufferLength stays 4 until it is decoded */
    bool fresh = msg->bufferLength == VIR_NET_MESSAGE_LEN_MAX;
    int rc;

    if (fresh) {
        if ((rc = virNetSocketReadLength(fd, msg)) <= 0)
            return rc;
        if (virNetMessageDecodeLength(msg) < 0)
            return -1;
    }
    /* the rest (possibly already there), then the header */
    if (fresh || msg->bufferOffset < msg->bufferLength) {
        if ((rc = virNetSocketReadBuffer(fd, msg)) <= 0)
            return rc;
        if (virNetMessageDecodeHeader(msg) < 0)
            return -1;
        if (virNetSocketTypeHasFDs(msg->header.type) && virNetMessageDecodeNumFDs(msg) < 0)
            return -1;
    }
    if (virNetSocketTypeHasFDs(msg->header.type))
        return virNetSocketReadFDs(fd, msg);
    return 1;
}


int
virNetSocketWriteMessage(int fd, virNetMessage *msg)
{
    while (msg->bufferOffset < msg->bufferLength) {
        ssize_t rc = send(fd, msg->buffer + msg->bufferOffset,
                          msg->bufferLength - msg->bufferOffset, MSG_NOSIGNAL);

        if (rc < 0 && errno == ENOTSOCK)
            rc = write(fd, msg->buffer + msg->bufferOffset, msg->bufferLength - msg->bufferOffset);
        if (rc < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return 0;
            virReportSystemError(errno, "%s", _("Cannot write data"));
            return -1;
        }
        msg->bufferOffset += rc;
    }
    while (msg->donefds < msg->nfds) {
        int rc = virNetSocketSendFD(fd, msg->fds[msg->donefds]);

        if (rc <= 0)
            return rc;
        msg->donefds++;
    }
    return 1;
}
