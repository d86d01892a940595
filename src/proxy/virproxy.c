/*
 * virproxy.c: virtproxyd's routing table and forwarding engine
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"
#include "remote_protocol.h"
#include "virerror.h"
#include "virlog.h"
#include "virnetmessage.h"
#include "virnetprotocol.h"
#include "virnetserver.h"
#include "virnetsocket.h"
#include "virproxy.h"

#define VIR_FROM_THIS VIR_FROM_RPC

VIR_LOG_INIT("proxy.engine");

/* stop reading a side while the other side has this much queued */
#define VIR_PROXY_QUEUE_MAX (1024 * 1024)
/* frames read from one socket per wake-up, so no side starves another */
#define VIR_PROXY_BURST 16
#define VIR_PROXY_FEATURE_KEEPALIVE 10
/* seconds the proxy waits for a handoff status (without blocking its loop) */
#define VIR_PROXY_HANDOFF_TIMEOUT 2
#define VIR_PROXY_UNKNOWN_ID 0xffffffffU

typedef struct _virProxyRoute virProxyRoute;
struct _virProxyRoute {
    char *scheme;
    char *socket; /* read-write socket path */
};

typedef struct _virProxySide virProxySide;
struct _virProxySide {
    int fd;
    virNetMessage *rx; /* frame being read */
    GQueue tx;         /* of virNetMessage *, being written */
    size_t txBytes;
    bool eof; /* peer closed (or failed): stop after flushing the other side */
};

typedef struct _virProxyConn virProxyConn;
struct _virProxyConn {
    virProxySide client;
    virProxySide backend; /* fd -1 until CONNECT_OPEN */
    bool readonly;
    bool wantKeepalive;     /* the client asked SUPPORTS_FEATURE(10) */
    bool open;              /* CONNECT_OPEN went to the backend */
    bool gone;              /* handed off (or dropped): forget the connection */
    int ctlFd;              /* handoff control connection awaiting its status, or -1 */
    gint64 ctlDeadline;     /* monotonic µs: no status by then, give the client up */
    virNetMessage *handing; /* the CONNECT_OPEN being handed off */
    char *handPath;         /* its backend socket */
    char *handName;         /* its URI */
    unsigned char st[4];    /* the status word, as it arrives */
    size_t stGot;
    unsigned int replay; /* replayed replies still to swallow */
};

typedef struct _virProxyListener virProxyListener;
struct _virProxyListener {
    int fd;
    bool readonly;
};

struct _virProxy {
    char *sockDir;
    char *uriDefault;
    GPtrArray *routes; /* of virProxyRoute *, table order */
    GArray *listeners; /* of virProxyListener */
    GPtrArray *conns;  /* of virProxyConn * */
    bool handoff;      /* hand sessions to the backends when they can */
};

static const struct {
    const char *scheme;
    const char *daemon;
} virProxyDefaultRoutes[] = {
    { "qemu", "virtqemud" },     { "lxc", "virtlxcd" },   { "xen", "virtxend" },
    { "esx", "virtesxd" },       { "vpx", "virtesxd" },   { "gsx", "virtesxd" },
    { "hyperv", "virthypervd" }, { "test", "virttestd" },
};


static void
virProxyRouteFree(void *opaque)
{
    virProxyRoute *r = opaque;

    g_free(r->scheme);
    g_free(r->socket);
    g_free(r);
}


static void
virProxySideInit(virProxySide *side, int fd)
{
    side->fd = fd;
    side->rx = virNetMessageNew();
    virNetMessagePrepareRead(side->rx);
    g_queue_init(&side->tx);
}


static void
virProxySideClear(virProxySide *side)
{
    virNetMessage *msg;

    if (side->fd >= 0)
        close(side->fd);
    side->fd = -1;
    virNetMessageFree(side->rx);
    side->rx = NULL;
    while ((msg = g_queue_pop_head(&side->tx)))
        virNetMessageFree(msg);
    side->txBytes = 0;
}


static void
virProxyConnFree(void *opaque)
{
    virProxyConn *c = opaque;

    virProxySideClear(&c->client);
    virProxySideClear(&c->backend);
    if (c->ctlFd >= 0)
        close(c->ctlFd);
    virNetMessageFree(c->handing);
    g_free(c->handPath);
    g_free(c->handName);
    g_free(c);
}


virProxy *
virProxyNew(const char *sockDir, const char *uriDefault)
{
    virProxy *proxy = g_new0(virProxy, 1);
    size_t i;

    proxy->sockDir = g_strdup(sockDir);
    proxy->uriDefault = g_strdup(uriDefault);
    proxy->routes = g_ptr_array_new_with_free_func(virProxyRouteFree);
    proxy->listeners = g_array_new(FALSE, TRUE, sizeof(virProxyListener));
    proxy->conns = g_ptr_array_new_with_free_func(virProxyConnFree);
    proxy->handoff = true;
    for (i = 0; i < G_N_ELEMENTS(virProxyDefaultRoutes); i++) {
        g_autofree char *path =
            g_strdup_printf("%s/%s-sock", sockDir, virProxyDefaultRoutes[i].daemon);

        virProxySetRoute(proxy, virProxyDefaultRoutes[i].scheme, path);
    }
    return proxy;
}


void
virProxyFree(virProxy *proxy)
{
    size_t i;

    if (!proxy)
        return;
    for (i = 0; i < proxy->listeners->len; i++)
        close(g_array_index(proxy->listeners, virProxyListener, i).fd);
    g_array_unref(proxy->listeners);
    g_ptr_array_unref(proxy->conns);
    g_ptr_array_unref(proxy->routes);
    g_free(proxy->sockDir);
    g_free(proxy->uriDefault);
    g_free(proxy);
}


void
virProxySetRoute(virProxy *proxy, const char *scheme, const char *socket)
{
    virProxyRoute *r;
    size_t i;

    for (i = 0; i < proxy->routes->len; i++) {
        r = g_ptr_array_index(proxy->routes, i);
        if (g_str_equal(r->scheme, scheme)) {
            g_free(r->socket);
            r->socket = g_strdup(socket);
            return;
        }
    }
    r = g_new0(virProxyRoute, 1);
    r->scheme = g_strdup(scheme);
    r->socket = g_strdup(socket);
    g_ptr_array_add(proxy->routes, r);
}


static char *
virProxyRoutePath(const virProxyRoute *r, bool readonly)
{
    return readonly ? g_strdup_printf("%s-ro", r->socket) : g_strdup(r->socket);
}


static char *
virProxySchemeOf(const char *name)
{
    const char *colon = strchr(name, ':');
    const char *plus;

    if (!colon)
        return NULL;
    plus = memchr(name, '+', colon - name);
    return g_strndup(name, (plus ? plus : colon) - name);
}


char *
virProxyBackendSocket(virProxy *proxy, const char *name, bool readonly)
{
    g_autofree char *scheme = NULL;
    size_t i;

    if (!*name && proxy->uriDefault)
        name = proxy->uriDefault;
    if (!*name) {
        for (i = 0; i < proxy->routes->len; i++) {
            g_autofree char *path =
                virProxyRoutePath(g_ptr_array_index(proxy->routes, i), readonly);

            if (access(path, F_OK) == 0)
                return g_steal_pointer(&path);
        }
        virReportErrorHelper(VIR_FROM_NONE, VIR_ERR_NO_CONNECT, __FILE__, __func__, __LINE__,
                             _("the default URI: no backend socket exists in '%1$s'"),
                             proxy->sockDir);
        return NULL;
    }
    if ((scheme = virProxySchemeOf(name))) {
        for (i = 0; i < proxy->routes->len; i++) {
            virProxyRoute *r = g_ptr_array_index(proxy->routes, i);

            if (g_str_equal(r->scheme, scheme))
                return virProxyRoutePath(r, readonly);
        }
    }
    virReportErrorHelper(VIR_FROM_NONE, VIR_ERR_NO_CONNECT, __FILE__, __func__, __LINE__, "%s",
                         name);
    return NULL;
}


void
virProxySetHandoff(virProxy *proxy, bool handoff)
{
    proxy->handoff = handoff;
}


char *
virProxyHandoffPath(const char *socket)
{
    size_t len = strlen(socket);

    if (g_str_has_suffix(socket, "-sock-ro"))
        len -= strlen("-sock-ro");
    else if (g_str_has_suffix(socket, "-sock"))
        len -= strlen("-sock");
    else
        return NULL;
    return g_strdup_printf("%.*s-handoff-sock", (int)len, socket);
}


void
virProxyAddListener(virProxy *proxy, int fd, bool readonly)
{
    virProxyListener l = { fd, readonly };

    g_array_append_val(proxy->listeners, l);
}


/* ---- queues ---- */

static void
virProxyQueue(virProxySide *side, virNetMessage *msg)
{
    msg->bufferOffset = 0;
    msg->donefds = 0;
    side->txBytes += msg->bufferLength;
    g_queue_push_tail(&side->tx, msg);
}


/* A reply without payload encoding problems: header from @call, then @desc/@data. */
static void
virProxyQueueReply(virProxySide *side,
                   const virNetMessageHeader *call,
                   int type,
                   int proc,
                   const virXDRStruct *desc,
                   const void *data)
{
    virNetMessage *msg = virNetMessageNew();

    msg->header = *call;
    msg->header.type = type;
    msg->header.proc = proc;
    msg->header.status = VIR_NET_OK;
    if (virNetMessageEncodeHeader(msg) < 0 || virNetMessageEncodePayload(msg, desc, data) < 0) {
        virNetMessageFree(msg);
        return;
    }
    virProxyQueue(side, msg);
}


/* An error reply to @call carrying the thread's last error. */
static void
virProxyQueueError(virProxySide *side, const virNetMessageHeader *call)
{
    virNetMessage *msg = virNetMessageNew();

    msg->header = *call;
    if (virNetMessageEncodeError(msg, VIR_NET_REPLY) < 0) {
        virNetMessageFree(msg);
        return;
    }
    virProxyQueue(side, msg);
}


/* A CALL frame the proxy makes itself for the backend replay. */
static virNetMessage *
virProxyNewCall(int proc, unsigned int serial, const virXDRStruct *desc, const void *data)
{
    virNetMessage *msg = virNetMessageNew();

    msg->header.prog = REMOTE_PROGRAM;
    msg->header.vers = REMOTE_PROTOCOL_VERSION;
    msg->header.proc = proc;
    msg->header.type = VIR_NET_CALL;
    msg->header.serial = serial;
    msg->header.status = VIR_NET_OK;
    if (virNetMessageEncodeHeader(msg) < 0 || virNetMessageEncodePayload(msg, desc, data) < 0) {
        virNetMessageFree(msg);
        return NULL;
    }
    return msg;
}


/* ---- handoff: the client's socket goes to the backend ---- */

typedef enum {
    VIR_PROXY_HANDOFF_DONE,    /* adopted: the proxy forgets the client */
    VIR_PROXY_HANDOFF_FORWARD, /* not adopted: forward the session instead */
    VIR_PROXY_HANDOFF_WAIT,    /* sent: the status word is awaited in the loop */
    VIR_PROXY_HANDOFF_DROP,    /* unknown outcome: forget the client, it is in flight */
} virProxyHandoffResult;


/* A non-blocking control connection: a local connect succeeds at once or fails. */
static int
virProxyHandoffConnect(const char *path)
{
    struct sockaddr_un sa = { .sun_family = AF_UNIX };
    size_t len = strlen(path);
    int fd;

    if (len >= sizeof(sa.sun_path))
        return -1;
    memcpy(sa.sun_path, path, len + 1);
    if ((fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0)) < 0)
        return -1;
    if (connect(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
        VIR_DEBUG("handoff socket '%s': %s", path, g_strerror(errno));
        close(fd);
        return -1;
    }
    return fd;
}


static void
virProxyPutU32(unsigned char *p, uint32_t v)
{
    p[0] = v >> 24;
    p[1] = v >> 16;
    p[2] = v >> 8;
    p[3] = v;
}


/* The control message's header for client @fd. */
static void
virProxyHandoffHeader(unsigned char *hdr, int fd, uint32_t flags, size_t npending)
{
    struct sockaddr_storage ss;
    socklen_t sslen = sizeof(ss);
    struct ucred cr;
    socklen_t crlen = sizeof(cr);
    uint32_t uid = VIR_PROXY_UNKNOWN_ID;
    uint32_t gid = VIR_PROXY_UNKNOWN_ID;
    uint32_t pid = VIR_PROXY_UNKNOWN_ID;

    if (getsockname(fd, (struct sockaddr *)&ss, &sslen) == 0 && ss.ss_family == AF_UNIX &&
        getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cr, &crlen) == 0) {
        uid = cr.uid;
        gid = cr.gid;
        pid = cr.pid;
    }
    memcpy(hdr, VIR_NET_HANDOFF_MAGIC, 4);
    virProxyPutU32(hdr + 4, VIR_NET_HANDOFF_VERSION);
    virProxyPutU32(hdr + 8, VIR_NET_HANDOFF_HEADER_LEN);
    virProxyPutU32(hdr + 12, flags);
    virProxyPutU32(hdr + 16, uid);
    virProxyPutU32(hdr + 20, gid);
    virProxyPutU32(hdr + 24, pid);
    virProxyPutU32(hdr + 28, npending);
}


/* Sends the message with @fd attached. Returns bytes sent by the first sendmsg, -1 if none. */
static ssize_t
virProxyHandoffSend(int cfd, int fd, const unsigned char *hdr, const char *pending, size_t n)
{
    struct iovec iov[2] = { { (void *)hdr, VIR_NET_HANDOFF_HEADER_LEN }, { (void *)pending, n } };
    union {
        char buf[CMSG_SPACE(sizeof(int))];
        struct cmsghdr align;
    } ctl;
    struct msghdr mh = { 0 };
    struct cmsghdr *cm;
    ssize_t rc;

    memset(&ctl, 0, sizeof(ctl));
    mh.msg_iov = iov;
    mh.msg_iovlen = 2;
    mh.msg_control = ctl.buf;
    mh.msg_controllen = sizeof(ctl.buf);
    cm = CMSG_FIRSTHDR(&mh);
    cm->cmsg_level = SOL_SOCKET;
    cm->cmsg_type = SCM_RIGHTS;
    cm->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(cm), &fd, sizeof(int));
    do {
        rc = sendmsg(cfd, &mh, MSG_NOSIGNAL);
    } while (rc < 0 && errno == EINTR);
    return rc;
}


/*
 * Offers client @c (whose CONNECT_OPEN is @open) to the backend of
 * socket @path over its handoff socket; on VIR_PROXY_HANDOFF_WAIT the
 * control connection is c->ctlFd, polled by the loop.
 */
static virProxyHandoffResult
virProxyHandoff(virProxyConn *c, const char *path, virNetMessage *open, bool readonly)
{
    g_autofree char *ctl = virProxyHandoffPath(path);
    unsigned char hdr[VIR_NET_HANDOFF_HEADER_LEN];
    uint32_t flags = (readonly ? VIR_NET_HANDOFF_READONLY : 0) |
                     (c->wantKeepalive ? VIR_NET_HANDOFF_KEEPALIVE : 0);
    ssize_t sent;
    int cfd;

    if (!ctl || access(ctl, F_OK) < 0 || (cfd = virProxyHandoffConnect(ctl)) < 0)
        return VIR_PROXY_HANDOFF_FORWARD;
    virProxyHandoffHeader(hdr, c->client.fd, flags, open->bufferLength);
    sent = virProxyHandoffSend(cfd, c->client.fd, hdr, open->buffer, open->bufferLength);
    if (sent < 0) {
        VIR_DEBUG("handoff to '%s' not sent: %s", ctl, g_strerror(errno));
        close(cfd);
        return VIR_PROXY_HANDOFF_FORWARD; /* nothing (no descriptor) reached it */
    }
    if ((size_t)sent < VIR_NET_HANDOFF_HEADER_LEN + open->bufferLength) {
        /* a fresh socket's buffer takes a CONNECT_OPEN whole; if not, the
         * descriptor is out and the outcome unknown */
        VIR_WARN("handoff of client %d to '%s' sent in part: the client is left to it",
                 c->client.fd, ctl);
        close(cfd);
        return VIR_PROXY_HANDOFF_DROP;
    }
    c->ctlFd = cfd;
    c->stGot = 0;
    c->ctlDeadline = g_get_monotonic_time() + VIR_PROXY_HANDOFF_TIMEOUT * G_USEC_PER_SEC;
    return VIR_PROXY_HANDOFF_WAIT;
}


/* ---- the handshake before CONNECT_OPEN ---- */

/* Connects the forwarding backend of @c (socket @path, for URI @name) and queues the replay. */
static int
virProxyForward(virProxyConn *c, const char *path, const char *name)
{
    remote_connect_supports_feature_args feat = { VIR_PROXY_FEATURE_KEEPALIVE };
    virNetMessage *msg;
    int fd;

    if ((fd = virNetSocketConnectUNIX(path)) < 0) {
        virErrorPtr err = virGetLastError();
        g_autofree char *detail = g_strdup(err && err->message ? err->message : path);

        virReportErrorHelper(VIR_FROM_NONE, VIR_ERR_NO_CONNECT, __FILE__, __func__, __LINE__,
                             _("'%1$s': backend socket '%2$s' is not available: %3$s"),
                             NULLSTR(name), path, detail);
        return -1;
    }
    if (virNetSocketSetBlocking(fd, false) < 0) {
        close(fd);
        return -1;
    }
    VIR_DEBUG("client %d: '%s' -> %s", c->client.fd, NULLSTR(name), path);
    virProxySideInit(&c->backend, fd);
    if ((msg = virProxyNewCall(REMOTE_PROC_AUTH_LIST, 0, NULL, NULL))) {
        virProxyQueue(&c->backend, msg);
        c->replay++;
    }
    if (c->wantKeepalive &&
        (msg = virProxyNewCall(REMOTE_PROC_CONNECT_SUPPORTS_FEATURE, 1,
                               &remote_connect_supports_feature_args_desc, &feat))) {
        virProxyQueue(&c->backend, msg);
        c->replay++;
    }
    return 0;
}


/*
 * CONNECT_OPEN from client @c: hands it off or connects the backend.
 * Returns 0 (forwarding: queue @open to the backend), 1 (handed off or
 * given up: drop @c), 2 (handoff awaits its status: @c owns @open now),
 * or -1 with an error reported.
 */
static int
virProxyConnectBackend(virProxy *proxy, virProxyConn *c, virNetMessage *open)
{
    remote_connect_open_args args = { 0 };
    g_autofree char *path = NULL;
    int ret = -1;

    if (virNetMessageDecodePayload(open, &remote_connect_open_args_desc, &args) < 0)
        return -1;
    if (!(path = virProxyBackendSocket(proxy, args.name ? args.name : "", c->readonly)))
        goto cleanup;
    /* handoff needs nothing of ours still owed to the client */
    if (proxy->handoff && c->client.tx.length == 0) {
        switch (virProxyHandoff(c, path, open, c->readonly || (args.flags & 1))) {
        case VIR_PROXY_HANDOFF_DONE:
        case VIR_PROXY_HANDOFF_DROP:
            c->gone = true;
            ret = 1;
            goto cleanup;
        case VIR_PROXY_HANDOFF_WAIT:
            c->handing = open;
            c->handPath = g_steal_pointer(&path);
            c->handName = g_strdup(args.name);
            ret = 2;
            goto cleanup;
        case VIR_PROXY_HANDOFF_FORWARD:
            break;
        }
    }
    ret = virProxyForward(c, path, args.name);
cleanup:
    virXDRFree(&remote_connect_open_args_desc, &args);
    return ret;
}


/* Forwards the session whose handoff was not taken. */
static void
virProxyHandoffFallback(virProxyConn *c)
{
    virNetMessage *open = g_steal_pointer(&c->handing);

    close(c->ctlFd);
    c->ctlFd = -1;
    if (virProxyForward(c, c->handPath, c->handName) == 0) {
        c->open = true;
        virProxyQueue(&c->backend, open);
        return;
    }
    virProxyQueueError(&c->client, &open->header);
    virNetMessageFree(open);
}


/* The pending handoff of @c: its status word, or its deadline. Returns false to drop @c. */
static bool
virProxyHandoffPoll(virProxyConn *c, short rev)
{
    uint32_t status;
    ssize_t rc;

    if (!rev) {
        if (g_get_monotonic_time() < c->ctlDeadline)
            return true;
        /* the message (and the descriptor) went out: two readers must not be */
        VIR_WARN("handoff of client %d to '%s' got no answer: the client is left to it",
                 c->client.fd, c->handPath);
        return false;
    }
    rc = recv(c->ctlFd, c->st + c->stGot, sizeof(c->st) - c->stGot, MSG_DONTWAIT);
    if (rc < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        return true;
    if (rc <= 0) { /* closed without a status: not adopted */
        virProxyHandoffFallback(c);
        return true;
    }
    c->stGot += rc;
    if (c->stGot < sizeof(c->st))
        return true;
    status = ((uint32_t)c->st[0] << 24) | ((uint32_t)c->st[1] << 16) | ((uint32_t)c->st[2] << 8) |
             c->st[3];
    VIR_DEBUG("client %d handed to '%s': status %u", c->client.fd, c->handPath, status);
    if (status == VIR_NET_HANDOFF_OK)
        return false; /* adopted: keep nothing */
    virProxyHandoffFallback(c);
    return true;
}


static void
virProxyPreOpenCall(virProxyConn *c, virNetMessage *msg)
{
    const virNetMessageHeader *h = &msg->header;

    if (h->prog == REMOTE_PROGRAM && h->proc == REMOTE_PROC_AUTH_LIST) {
        int32_t none = 0;
        remote_auth_list_ret ret = { { 1, &none } };

        virProxyQueueReply(&c->client, h, VIR_NET_REPLY, h->proc, &remote_auth_list_ret_desc, &ret);
        return;
    }
    if (h->prog == REMOTE_PROGRAM && h->proc == REMOTE_PROC_CONNECT_SUPPORTS_FEATURE) {
        remote_connect_supports_feature_args args = { 0 };

        if (virNetMessageDecodePayload(msg, &remote_connect_supports_feature_args_desc, &args) ==
                0 &&
            args.feature == VIR_PROXY_FEATURE_KEEPALIVE) {
            remote_connect_supports_feature_ret ret = { 1 };

            c->wantKeepalive = true;
            virProxyQueueReply(&c->client, h, VIR_NET_REPLY, h->proc,
                               &remote_connect_supports_feature_ret_desc, &ret);
            return;
        }
    }
    virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("hypervisor connection not open"));
    virProxyQueueError(&c->client, h);
}


/* A frame from the client before its CONNECT_OPEN went through. Consumes @msg. */
static void
virProxyPreOpen(virProxy *proxy, virProxyConn *c, virNetMessage *msg)
{
    const virNetMessageHeader *h = &msg->header;

    if (h->prog == KEEPALIVE_PROGRAM && h->type == VIR_NET_MESSAGE) {
        if (h->proc == KEEPALIVE_PROC_PING)
            virProxyQueueReply(&c->client, h, VIR_NET_MESSAGE, KEEPALIVE_PROC_PONG, NULL, NULL);
    } else if (h->type == VIR_NET_CALL || h->type == VIR_NET_CALL_WITH_FDS) {
        if (h->prog == REMOTE_PROGRAM && h->proc == REMOTE_PROC_CONNECT_OPEN &&
            h->type == VIR_NET_CALL) {
            int rc = virProxyConnectBackend(proxy, c, msg);

            if (rc == 2)
                return; /* @c holds it until the handoff's status */
            if (rc == 0) {
                c->open = true;
                virProxyQueue(&c->backend, msg);
                return;
            }
            if (rc < 0)
                virProxyQueueError(&c->client, h);
        } else {
            virProxyPreOpenCall(c, msg);
        }
    }
    virNetMessageFree(msg);
}


/* A frame from the backend: the replayed handshake's replies are swallowed. */
static void
virProxyFromBackend(virProxyConn *c, virNetMessage *msg)
{
    const virNetMessageHeader *h = &msg->header;

    if (c->replay > 0 && h->type == VIR_NET_REPLY && h->prog == REMOTE_PROGRAM &&
        (h->proc == REMOTE_PROC_AUTH_LIST || h->proc == REMOTE_PROC_CONNECT_SUPPORTS_FEATURE)) {
        c->replay--;
        if (h->status != VIR_NET_OK)
            VIR_WARN("backend of client %d refused the replayed handshake (proc %d)", c->client.fd,
                     h->proc);
        virNetMessageFree(msg);
        return;
    }
    virProxyQueue(&c->client, msg);
}


/* ---- I/O ---- */

/* Reads up to a burst of frames from @side. Returns 0, or -1 on EOF/error. */
static int
virProxyRead(virProxy *proxy, virProxyConn *c, bool fromClient)
{
    virProxySide *side = fromClient ? &c->client : &c->backend;
    size_t n;

    for (n = 0; n < VIR_PROXY_BURST; n++) {
        virNetMessage *msg;
        int rc = virNetSocketReadMessage(side->fd, side->rx);

        if (rc < 0)
            return -1;
        if (rc == 0)
            return 0;
        msg = side->rx;
        side->rx = virNetMessageNew();
        virNetMessagePrepareRead(side->rx);
        if (!fromClient)
            virProxyFromBackend(c, msg);
        else if (c->open)
            virProxyQueue(&c->backend, msg);
        else
            virProxyPreOpen(proxy, c, msg);
        if (c->gone)
            return -1; /* handed off: drop our copy, keep nothing */
        if (c->ctlFd >= 0)
            return 0; /* nothing more from the client until the handoff is settled */
        if (fromClient && c->open && c->backend.txBytes > VIR_PROXY_QUEUE_MAX)
            break;
        if (!fromClient && c->client.txBytes > VIR_PROXY_QUEUE_MAX)
            break;
    }
    return 0;
}


/* Writes what @side has queued. Returns 0, or -1 on error. */
static int
virProxyWrite(virProxySide *side)
{
    virNetMessage *msg;

    while ((msg = g_queue_peek_head(&side->tx))) {
        int rc = virNetSocketWriteMessage(side->fd, msg);

        if (rc < 0)
            return -1;
        if (rc == 0)
            return 0;
        side->txBytes -= msg->bufferLength;
        virNetMessageFree(g_queue_pop_head(&side->tx));
    }
    return 0;
}


static short
virProxyEvents(const virProxyConn *c, bool client)
{
    const virProxySide *side = client ? &c->client : &c->backend;
    const virProxySide *other = client ? &c->backend : &c->client;
    short ev = 0;

    if (!side->eof && !other->eof && other->txBytes <= VIR_PROXY_QUEUE_MAX &&
        (c->open || side->txBytes <= VIR_PROXY_QUEUE_MAX)) /* pre-open: our own replies */
        ev |= POLLIN;
    if (side->tx.length > 0)
        ev |= POLLOUT;
    return ev;
}


/* Handles one connection's poll results; returns false when it is over. */
static bool
virProxyConnHandle(virProxy *proxy, virProxyConn *c, short crev, short brev)
{
    if (c->ctlFd >= 0) {
        if (!virProxyHandoffPoll(c, brev))
            return false;
        if (c->ctlFd >= 0)
            return true;
        crev = brev = 0; /* fell back to forwarding: write what is queued */
    }
    if ((crev & (POLLIN | POLLHUP | POLLERR)) && virProxyRead(proxy, c, true) < 0)
        return false; /* the client went away: drop the backend too */
    if (c->backend.fd >= 0 && (brev & (POLLIN | POLLHUP | POLLERR)) &&
        virProxyRead(proxy, c, false) < 0)
        c->backend.eof = true;
    if (c->backend.fd >= 0 && virProxyWrite(&c->backend) < 0)
        c->backend.eof = true;
    if (virProxyWrite(&c->client) < 0)
        return false;
    /* backend gone: the client ends once it got everything before that */
    if (c->backend.eof && c->client.tx.length == 0)
        return false;
    return true;
}


static void
virProxyAccept(virProxy *proxy, const virProxyListener *l)
{
    virProxyConn *c;
    int fd = virNetSocketAccept(l->fd);

    if (fd < 0) {
        if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            VIR_WARN("accept failed: %s", g_strerror(errno));
        return;
    }
    c = g_new0(virProxyConn, 1);
    c->readonly = l->readonly;
    virProxySideInit(&c->client, fd);
    c->backend.fd = -1;
    c->ctlFd = -1;
    g_ptr_array_add(proxy->conns, c);
}


static gint64
virProxyNow(void)
{
    return g_get_monotonic_time() / G_USEC_PER_SEC;
}


/* One poll round. Returns 1 to go on, 0 to stop, -1 on error. */
static int
virProxyIterate(virProxy *proxy, int stopfd, int timeoutMs)
{
    size_t nl = proxy->listeners->len;
    size_t nc = proxy->conns->len;
    g_autofree struct pollfd *pfd = g_new0(struct pollfd, 1 + nl + 2 * nc);
    size_t i;

    pfd[0].fd = stopfd;
    pfd[0].events = POLLIN;
    for (i = 0; i < nl; i++) {
        pfd[1 + i].fd = g_array_index(proxy->listeners, virProxyListener, i).fd;
        pfd[1 + i].events = POLLIN;
    }
    for (i = 0; i < nc; i++) {
        virProxyConn *c = g_ptr_array_index(proxy->conns, i);
        struct pollfd *p = &pfd[1 + nl + 2 * i];

        p[0].fd = c->client.fd;
        p[0].events = virProxyEvents(c, true);
        /* a backend that closed is not polled (POLLHUP would spin) */
        p[1].fd = c->backend.eof ? -1 : c->backend.fd;
        p[1].events = c->backend.fd >= 0 ? virProxyEvents(c, false) : 0;
        if (c->ctlFd >= 0) { /* awaiting the handoff status: the client waits */
            p[0].fd = -1;
            p[1].fd = c->ctlFd;
            p[1].events = POLLIN;
            if (timeoutMs < 0 || timeoutMs > 100)
                timeoutMs = 100;
        }
    }
    if (poll(pfd, 1 + nl + 2 * nc, timeoutMs) < 0) {
        if (errno == EINTR)
            return 1;
        virReportSystemError(errno, "%s", _("poll failed"));
        return -1;
    }
    if (pfd[0].revents)
        return 0;
    /* connections first (their indexes are the poll array's), newest last */
    for (i = nc; i-- > 0;) {
        virProxyConn *c = g_ptr_array_index(proxy->conns, i);
        struct pollfd *p = &pfd[1 + nl + 2 * i];

        if (!virProxyConnHandle(proxy, c, p[0].revents, p[1].revents))
            g_ptr_array_remove_index_fast(proxy->conns, i);
    }
    for (i = 0; i < nl; i++) {
        if (pfd[1 + i].revents & POLLIN)
            virProxyAccept(proxy, &g_array_index(proxy->listeners, virProxyListener, i));
    }
    return 1;
}


int
virProxyRun(virProxy *proxy, int stopfd, unsigned int timeout)
{
    gint64 idleSince = virProxyNow();

    for (;;) {
        int timeoutMs = timeout > 0 ? 1000 : -1;
        int rc = virProxyIterate(proxy, stopfd, timeoutMs);

        if (rc <= 0)
            return rc;
        if (proxy->conns->len > 0)
            idleSince = virProxyNow();
        else if (timeout > 0 && virProxyNow() - idleSince >= (gint64)timeout)
            return 0;
    }
}
