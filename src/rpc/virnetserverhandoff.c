/*
 * virnetserverhandoff.c: the daemon side of the proxy handoff: clients
 * adopted from virtproxyd over a UNIX control socket (SCM_RIGHTS)
 *
 * The control protocol is described in virnetserver.h and docs/proxy.md
 * ("Handoff: the control protocol"). Each control connection is a small
 * non-blocking state machine on the server's main loop: it collects one
 * message (header, pending bytes, the passed descriptor), adopts the
 * client, writes the 4-byte status and waits for the next message.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <glib-unix.h>
#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virfile.h"
#include "virlog.h"
#include "virnetsocket.h"

#define VIR_NETSERVERPRIV_H_ALLOW
#include "virnetserverpriv.h"

#define VIR_FROM_THIS VIR_FROM_RPC

VIR_LOG_INIT("rpc.netserverhandoff");

/* Descriptors accepted in one recvmsg (any beyond one is an error). */
#define VIR_NET_HANDOFF_MAX_FDS 4

/* A control connection that stays mid-message this long is dropped. */
#define VIR_NET_HANDOFF_STALL_SECONDS 30

typedef struct {
    unsigned int flags;
    uint32_t uid;
    uint32_t gid;
    uint32_t pid;
    size_t hdrLen;
    size_t npending;
} virNetServerHandoffHeader;

typedef struct {
    virNetServer *srv;             /* borrowed */
    int fd;                        /* the control connection */
    GSource *source;               /* its watch (owns this struct) */
    GSource *timer;                /* stall timeout while mid-message, or NULL */
    char *buf;                     /* header, then header + pending bytes */
    size_t need;                   /* bytes of the current message known so far */
    size_t have;                   /* bytes of it received */
    int clientFd;                  /* the passed descriptor, or -1 */
    virNetServerHandoffHeader hdr; /* of the current message, once read */
} virNetServerHandoffConn;


static uint32_t
virNetServerHandoffGetU32(const char *p)
{
    const unsigned char *u = (const unsigned char *)p;

    return ((uint32_t)u[0] << 24) | ((uint32_t)u[1] << 16) | ((uint32_t)u[2] << 8) | u[3];
}


/* Checks the fixed header in @buf. Returns a VIR_NET_HANDOFF_* status. */
static int
virNetServerHandoffParseHeader(
    const char *buf, size_t len, unsigned int *flags, size_t *hdrLen, size_t *npending)
{
    uint32_t v;

    if (len < VIR_NET_HANDOFF_HEADER_LEN)
        return VIR_NET_HANDOFF_ERR_PROTOCOL;
    if (memcmp(buf, VIR_NET_HANDOFF_MAGIC, 4) != 0)
        return VIR_NET_HANDOFF_ERR_PROTOCOL;
    if (virNetServerHandoffGetU32(buf + 4) != VIR_NET_HANDOFF_VERSION)
        return VIR_NET_HANDOFF_ERR_VERSION;
    v = virNetServerHandoffGetU32(buf + 8);
    if (v < VIR_NET_HANDOFF_HEADER_LEN || v > VIR_NET_HANDOFF_HEADER_MAX)
        return VIR_NET_HANDOFF_ERR_PROTOCOL;
    *hdrLen = v;
    *flags = virNetServerHandoffGetU32(buf + 12);
    if (*flags & ~(VIR_NET_HANDOFF_READONLY | VIR_NET_HANDOFF_KEEPALIVE))
        return VIR_NET_HANDOFF_ERR_PROTOCOL;
    v = virNetServerHandoffGetU32(buf + 28);
    if (v > VIR_NET_HANDOFF_PENDING_MAX)
        return VIR_NET_HANDOFF_ERR_PROTOCOL;
    *npending = v;
    return VIR_NET_HANDOFF_OK;
}


int
virNetServerAdoptClient(virNetServer *srv,
                        int fd,
                        bool readonly,
                        bool keepaliveAsked,
                        const char *pending,
                        size_t npending)
{
    struct sockaddr_storage ss;
    socklen_t sslen = sizeof(ss);
    int type = 0;
    socklen_t typelen = sizeof(type);

    if (virNetServerIsQuitting(srv)) {
        virReportError(VIR_ERR_OPERATION_INVALID, "%s", _("the server is shutting down"));
        goto error;
    }
    if (npending > VIR_NET_HANDOFF_PENDING_MAX) {
        virReportError(VIR_ERR_RPC, _("too many pending bytes %1$zu"), npending);
        goto error;
    }
    if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &typelen) < 0 || type != SOCK_STREAM ||
        getsockname(fd, (struct sockaddr *)&ss, &sslen) < 0) {
        virReportError(VIR_ERR_RPC, "%s", _("the handed-over descriptor is not a stream socket"));
        goto error;
    }
    if (fcntl(fd, F_SETFD, FD_CLOEXEC) < 0 || virNetSocketSetBlocking(fd, false) < 0) {
        virReportSystemError(errno, "%s", _("cannot set up the handed-over socket"));
        goto error;
    }
    if (!virNetServerAddClientFull(srv, fd, readonly, ss.ss_family == AF_UNIX, pending, npending,
                                   keepaliveAsked)) {
        virReportError(VIR_ERR_RPC, "%s", _("too many clients"));
        return -1;
    }
    VIR_DEBUG("adopted client fd=%d readonly=%d keepalive=%d pending=%zu", fd, readonly,
              keepaliveAsked, npending);
    return 0;

error:
    VIR_FORCE_CLOSE(fd);
    return -1;
}


static void
virNetServerHandoffConnFree(gpointer opaque)
{
    virNetServerHandoffConn *conn = opaque;

    if (conn->timer) {
        g_source_destroy(conn->timer);
        g_source_unref(conn->timer);
    }
    VIR_FORCE_CLOSE(conn->fd);
    VIR_FORCE_CLOSE(conn->clientFd);
    g_free(conn->buf);
    g_free(conn);
}


/* Ready for the next message. */
static void
virNetServerHandoffConnReset(virNetServerHandoffConn *conn)
{
    g_clear_pointer(&conn->buf, g_free);
    conn->buf = g_new0(char, VIR_NET_HANDOFF_HEADER_LEN);
    conn->need = VIR_NET_HANDOFF_HEADER_LEN;
    conn->have = 0;
    VIR_FORCE_CLOSE(conn->clientFd);
    if (conn->timer) {
        g_source_destroy(conn->timer);
        g_clear_pointer(&conn->timer, g_source_unref);
    }
}


/* Takes the descriptors of one control message. -1 if unacceptable. */
static int
virNetServerHandoffTakeFDs(virNetServerHandoffConn *conn, struct msghdr *mh)
{
    int ret = 0;

    for (struct cmsghdr *c = CMSG_FIRSTHDR(mh); c; c = CMSG_NXTHDR(mh, c)) {
        size_t n;
        int *fds = (int *)CMSG_DATA(c);

        if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
            continue;
        n = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
        for (size_t i = 0; i < n; i++) {
            int fd;

            memcpy(&fd, fds + i, sizeof(fd));
            if (conn->clientFd < 0 && conn->have == 0) {
                conn->clientFd = fd;
            } else {
                VIR_FORCE_CLOSE(fd);
                ret = -1;
            }
        }
    }
    if (mh->msg_flags & MSG_CTRUNC)
        ret = -1;
    return ret;
}


/* Reads what the current message still needs. 1 progress, 0 EAGAIN, -1 drop. */
static int
virNetServerHandoffConnRecv(virNetServerHandoffConn *conn)
{
    union {
        char buf[CMSG_SPACE(sizeof(int) * VIR_NET_HANDOFF_MAX_FDS)];
        struct cmsghdr align;
    } ctl;
    struct iovec iov = { conn->buf + conn->have, conn->need - conn->have };
    struct msghdr mh = { 0 };
    ssize_t rc;

    mh.msg_iov = &iov;
    mh.msg_iovlen = 1;
    mh.msg_control = ctl.buf;
    mh.msg_controllen = sizeof(ctl.buf);
    do {
        rc = recvmsg(conn->fd, &mh, MSG_CMSG_CLOEXEC);
    } while (rc < 0 && errno == EINTR);
    if (rc < 0)
        return (errno == EAGAIN || errno == EWOULDBLOCK) ? 0 : -1;
    if (virNetServerHandoffTakeFDs(conn, &mh) < 0) {
        VIR_DEBUG("handoff: unexpected descriptors, dropping control connection");
        return -1;
    }
    if (rc == 0)
        return -1; /* EOF: normal between messages */
    conn->have += rc;
    return 1;
}


static int
virNetServerHandoffWriteStatus(virNetServerHandoffConn *conn, uint32_t status)
{
    unsigned char out[4] = { status >> 24, (status >> 16) & 0xff, (status >> 8) & 0xff,
                             status & 0xff };
    ssize_t rc;

    do {
        rc = send(conn->fd, out, sizeof(out), MSG_NOSIGNAL | MSG_DONTWAIT);
    } while (rc < 0 && errno == EINTR);
    return rc == (ssize_t)sizeof(out) ? 0 : -1;
}


/* A complete message is in: adopts its client. Returns the status word. */
static uint32_t
virNetServerHandoffAdopt(virNetServerHandoffConn *conn, const virNetServerHandoffHeader *hdr)
{
    int fd = conn->clientFd;

    conn->clientFd = -1;
    if (fd < 0)
        return VIR_NET_HANDOFF_ERR_NO_FD;
    VIR_DEBUG("handoff: client uid=%u gid=%u pid=%u flags=0x%x pending=%zu", hdr->uid, hdr->gid,
              hdr->pid, hdr->flags, hdr->npending);
    if (virNetServerAdoptClient(conn->srv, fd, hdr->flags & VIR_NET_HANDOFF_READONLY,
                                hdr->flags & VIR_NET_HANDOFF_KEEPALIVE, conn->buf + hdr->hdrLen,
                                hdr->npending) < 0) {
        VIR_DEBUG("handoff: adoption failed: %s", virGetLastErrorMessage());
        return virNetServerIsQuitting(conn->srv) ? VIR_NET_HANDOFF_ERR_SHUTDOWN
                                                 : VIR_NET_HANDOFF_ERR_REFUSED;
    }
    return VIR_NET_HANDOFF_OK;
}


/* After reading: 0 to go on, -1 to drop the connection. */
static int
virNetServerHandoffConnStep(virNetServerHandoffConn *conn, virNetServerHandoffHeader *hdr)
{
    int status;

    if (conn->have < conn->need)
        return 0;
    if (conn->need == VIR_NET_HANDOFF_HEADER_LEN) {
        status = virNetServerHandoffParseHeader(conn->buf, conn->have, &hdr->flags, &hdr->hdrLen,
                                                &hdr->npending);
        if (status != VIR_NET_HANDOFF_OK) {
            VIR_DEBUG("handoff: bad header (status %d), dropping control connection", status);
            (void)virNetServerHandoffWriteStatus(conn, status);
            return -1;
        }
        hdr->uid = virNetServerHandoffGetU32(conn->buf + 16);
        hdr->gid = virNetServerHandoffGetU32(conn->buf + 20);
        hdr->pid = virNetServerHandoffGetU32(conn->buf + 24);
        conn->need = hdr->hdrLen + hdr->npending;
        if (conn->need > conn->have) {
            conn->buf = g_realloc(conn->buf, conn->need);
            return 0;
        }
    }
    status = virNetServerHandoffAdopt(conn, hdr);
    if (virNetServerHandoffWriteStatus(conn, status) < 0)
        return -1;
    virNetServerHandoffConnReset(conn);
    return 0;
}


static gboolean
virNetServerHandoffStallCb(gpointer opaque)
{
    virNetServerHandoffConn *conn = opaque;

    VIR_DEBUG("handoff: control connection stalled mid-message, dropping it");
    g_source_destroy(conn->source); /* frees @conn, and destroys this timer */
    return G_SOURCE_REMOVE;
}


static gboolean
virNetServerHandoffConnCb(gint fd, GIOCondition cond, gpointer opaque)
{
    virNetServerHandoffConn *conn = opaque;
    int rc;

    while ((rc = virNetServerHandoffConnRecv(conn)) > 0) {
        if (virNetServerHandoffConnStep(conn, &conn->hdr) < 0)
            return G_SOURCE_REMOVE;
    }
    if (rc < 0)
        return G_SOURCE_REMOVE;
    if (conn->have > 0 && !conn->timer) {
        conn->timer = g_timeout_source_new_seconds(VIR_NET_HANDOFF_STALL_SECONDS);
        g_source_set_callback(conn->timer, virNetServerHandoffStallCb, conn, NULL);
        g_source_attach(conn->timer, virNetServerGetContext(conn->srv));
    }
    return G_SOURCE_CONTINUE;
}


void
virNetServerHandoffAccept(virNetServer *srv, int fd)
{
    virNetServerHandoffConn *conn;
    uid_t uid = (uid_t)-1;
    gid_t gid;
    pid_t pid;

    if (virNetSocketGetUNIXIdentity(fd, &uid, &gid, &pid) < 0 || (uid != 0 && uid != geteuid())) {
        VIR_DEBUG("handoff: refusing control connection of uid %d", (int)uid);
        VIR_FORCE_CLOSE(fd);
        return;
    }
    conn = g_new0(virNetServerHandoffConn, 1);
    conn->srv = srv;
    conn->fd = fd;
    conn->clientFd = -1;
    virNetServerHandoffConnReset(conn);
    conn->source = g_unix_fd_source_new(fd, G_IO_IN);
    g_source_set_callback(conn->source, G_SOURCE_FUNC(virNetServerHandoffConnCb), conn,
                          virNetServerHandoffConnFree);
    g_source_attach(conn->source, virNetServerGetContext(srv));
    g_source_unref(conn->source); /* the context holds it until it is destroyed */
}
