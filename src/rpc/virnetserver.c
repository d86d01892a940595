/*
 * virnetserver.c: the RPC server: its main loop, listeners, client list,
 * idle timeout and orderly shutdown
 *
 * The server runs its own GMainContext (not the global default one, which
 * the daemon's driver code may use for its own event loop).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
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

VIR_LOG_INIT("rpc.netserver");

/* At most this many connections are accepted per wake-up of a listener. */
#define VIR_NET_SERVER_ACCEPT_BATCH 64

typedef struct {
    virNetServer *srv; /* borrowed: owns the listener */
    int fd;            /* the listening socket */
    char *path;        /* a UNIX socket file to remove at the end, or NULL */
    bool readonly;     /* its clients are read-only */
    bool isUnix;
    bool handoff;    /* a handoff control socket (virnetserverhandoff.c) */
    GSource *source; /* accept watch, NULL once stopped */
} virNetServerListener;

struct _virNetServer {
    char *name;
    virNetServerConfig cfg;              /* immutable */
    virNetServerClientPrivNew privNew;   /* immutable */
    virNetServerClientPrivFree privFree; /* immutable */
    void *privOpaque;
    GMainContext *ctx; /* the server's own context */
    GMainLoop *loop;
    virNetServerPool *pool;
    GPtrArray *programs;  /* virNetServerProgram *, owned; fixed before Run */
    GPtrArray *listeners; /* virNetServerListener *, owned; main loop */
    int tcpPort;          /* port of the last TCP listener, or -1 */
    int quitPipe[2];      /* virNetServerQuit writes, the loop reads */
    GSource *quitSource;
    gint quitting;            /* atomic: Run is winding down */
    gint running;             /* atomic: Run is in its main phase */
    unsigned int idleTimeout; /* seconds, 0 = none (main loop) */
    GSource *idleSource;      /* armed while no client is connected */

    GMutex lock;
    GPtrArray *clients; /* virNetServerClient *, a reference each (lock) */
};


void
virNetServerConfigDefaults(virNetServerConfig *cfg)
{
    cfg->minWorkers = 5;
    cfg->maxWorkers = 20;
    cfg->prioWorkers = 5;
    cfg->maxClients = 5000;
    cfg->maxClientRequests = 5;
    cfg->keepaliveInterval = 5;
    cfg->keepaliveCount = 5;
    cfg->inlinePriority = false;
}


static void
virNetServerRunJob(void *data, void *opaque)
{
    virNetServer *srv = opaque;
    virNetServerJob *job = data;

    if (job->stream)
        virNetServerStreamRunJob(srv, job);
    else
        virNetServerDispatchCall(srv, job);
    virNetServerJobFree(job);
}


void
virNetServerJobFree(virNetServerJob *job)
{
    if (!job)
        return;
    if (job->streams) {
        for (guint i = 0; i < job->streams->len; i++)
            virNetServerStreamUnref(g_ptr_array_index(job->streams, i));
        g_ptr_array_free(job->streams, TRUE);
    }
    if (job->replyFds) {
        for (guint i = 0; i < job->replyFds->len; i++)
            VIR_FORCE_CLOSE(g_array_index(job->replyFds, int, i));
        g_array_free(job->replyFds, TRUE);
    }
    virNetMessageFree(job->msg);
    virNetServerStreamUnref(job->stream);
    virNetServerClientUnref(job->client);
    g_free(job);
}


static gboolean
virNetServerQuitCb(gint fd, GIOCondition cond, gpointer opaque)
{
    virNetServer *srv = opaque;
    char buf[16];

    while (read(fd, buf, sizeof(buf)) > 0)
        ;
    VIR_DEBUG("server '%s': quit requested", srv->name);
    g_main_loop_quit(srv->loop);
    return G_SOURCE_CONTINUE;
}


virNetServer *
virNetServerNew(const char *name,
                const virNetServerConfig *cfg,
                virNetServerClientPrivNew privNew,
                virNetServerClientPrivFree privFree,
                void *privOpaque)
{
    virNetServer *srv = g_new0(virNetServer, 1);

    if (pipe2(srv->quitPipe, O_CLOEXEC | O_NONBLOCK) < 0) {
        virReportSystemError(errno, "%s", _("Unable to create pipe"));
        g_free(srv);
        return NULL;
    }
    srv->name = g_strdup(name);
    srv->cfg = *cfg;
    srv->privNew = privNew;
    srv->privFree = privFree;
    srv->privOpaque = privOpaque;
    srv->ctx = g_main_context_new();
    srv->loop = g_main_loop_new(srv->ctx, FALSE);
    srv->programs = g_ptr_array_new_with_free_func((GDestroyNotify)virNetServerProgramFree);
    srv->listeners = g_ptr_array_new();
    srv->clients = g_ptr_array_new();
    srv->tcpPort = -1;
    g_mutex_init(&srv->lock);

    srv->quitSource = g_unix_fd_source_new(srv->quitPipe[0], G_IO_IN);
    g_source_set_callback(srv->quitSource, G_SOURCE_FUNC(virNetServerQuitCb), srv, NULL);
    g_source_attach(srv->quitSource, srv->ctx);

    srv->pool = virNetServerPoolNew(cfg->minWorkers, cfg->maxWorkers, cfg->prioWorkers,
                                    virNetServerRunJob, srv);
    VIR_DEBUG("server '%s' created", name);
    return srv;
}


/* Snapshot of the clients, each with a reference (free with the result). */
static GPtrArray *
virNetServerGetClients(virNetServer *srv)
{
    GPtrArray *list = g_ptr_array_new_with_free_func((GDestroyNotify)virNetServerClientUnref);

    g_mutex_lock(&srv->lock);
    for (guint i = 0; i < srv->clients->len; i++) {
        virNetServerClient *client = g_ptr_array_index(srv->clients, i);

        virNetServerClientRef(client);
        g_ptr_array_add(list, client);
    }
    g_mutex_unlock(&srv->lock);
    return list;
}


static void
virNetServerCloseAllClients(virNetServer *srv)
{
    g_autoptr(GPtrArray) list = virNetServerGetClients(srv);

    for (guint i = 0; i < list->len; i++)
        virNetServerClientCloseNow(g_ptr_array_index(list, i));
}


static void
virNetServerListenerStop(virNetServerListener *l)
{
    if (!l->source)
        return;
    g_source_destroy(l->source);
    g_clear_pointer(&l->source, g_source_unref);
}


static void
virNetServerListenerFree(virNetServerListener *l)
{
    virNetServerListenerStop(l);
    VIR_FORCE_CLOSE(l->fd);
    if (l->path)
        (void)unlink(l->path);
    g_free(l->path);
    g_free(l);
}


static void
virNetServerDisarmIdle(virNetServer *srv)
{
    if (!srv->idleSource)
        return;
    g_source_destroy(srv->idleSource);
    g_clear_pointer(&srv->idleSource, g_source_unref);
}


void
virNetServerFree(virNetServer *srv)
{
    if (!srv)
        return;
    VIR_DEBUG("server '%s': freeing", srv->name);
    g_atomic_int_set(&srv->quitting, 1);
    for (guint i = 0; i < srv->listeners->len; i++)
        virNetServerListenerStop(g_ptr_array_index(srv->listeners, i));
    virNetServerCloseAllClients(srv);
    /* the workers finish what is queued; then no job holds a client */
    virNetServerPoolFree(g_steal_pointer(&srv->pool));
    virNetServerDisarmIdle(srv);

    for (guint i = 0; i < srv->listeners->len; i++)
        virNetServerListenerFree(g_ptr_array_index(srv->listeners, i));
    g_ptr_array_free(srv->listeners, TRUE);
    g_ptr_array_free(srv->programs, TRUE);
    g_ptr_array_free(srv->clients, TRUE);
    g_source_destroy(srv->quitSource);
    g_source_unref(srv->quitSource);
    VIR_FORCE_CLOSE(srv->quitPipe[0]);
    VIR_FORCE_CLOSE(srv->quitPipe[1]);
    g_main_loop_unref(srv->loop);
    g_main_context_unref(srv->ctx);
    g_mutex_clear(&srv->lock);
    g_free(srv->name);
    g_free(srv);
}


void
virNetServerAddProgram(virNetServer *srv, virNetServerProgram *prog)
{
    g_ptr_array_add(srv->programs, prog);
}


virNetServerProgram *
virNetServerFindProgram(virNetServer *srv, uint32_t prog, uint32_t vers)
{
    for (guint i = 0; i < srv->programs->len; i++) {
        virNetServerProgram *p = g_ptr_array_index(srv->programs, i);

        if (virNetServerProgramMatches(p, prog, vers))
            return p;
    }
    return NULL;
}


virNetServerClient *
virNetServerAddClientFull(virNetServer *srv,
                          int fd,
                          bool readonly,
                          bool isUnix,
                          const char *pending,
                          size_t npending,
                          bool keepalive)
{
    virNetServerClient *client;
    size_t n;

    g_mutex_lock(&srv->lock);
    n = srv->clients->len;
    g_mutex_unlock(&srv->lock);
    if (n >= srv->cfg.maxClients) {
        VIR_DEBUG("server '%s': too many clients (%zu), dropping connection", srv->name, n);
        VIR_FORCE_CLOSE(fd);
        return NULL;
    }
    client = virNetServerClientNew(srv, fd, readonly, isUnix);
    if (npending > 0)
        virNetServerClientSetPending(client, pending, npending);
    if (keepalive)
        virNetServerClientStartKeepAlive(client);
    g_mutex_lock(&srv->lock);
    g_ptr_array_add(srv->clients, client); /* takes the new reference */
    g_mutex_unlock(&srv->lock);
    virNetServerDisarmIdle(srv);
    virNetServerClientAttach(client);
    return client;
}


static gboolean
virNetServerAcceptCb(gint fd, GIOCondition cond, gpointer opaque)
{
    virNetServerListener *l = opaque;

    for (int i = 0; i < VIR_NET_SERVER_ACCEPT_BATCH; i++) {
        int cfd = virNetSocketAccept(fd);

        if (cfd < 0) {
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                VIR_DEBUG("accept failed: %s, ignoring", g_strerror(errno));
            break;
        }
        if (l->handoff)
            virNetServerHandoffAccept(l->srv, cfd);
        else
            (void)virNetServerAddClientFull(l->srv, cfd, l->readonly, l->isUnix, NULL, 0, false);
    }
    return G_SOURCE_CONTINUE;
}


static void
virNetServerAddListener(
    virNetServer *srv, int fd, const char *path, bool readonly, bool isUnix, bool handoff)
{
    virNetServerListener *l = g_new0(virNetServerListener, 1);

    l->handoff = handoff;
    l->srv = srv;
    l->fd = fd;
    l->path = g_strdup(path);
    l->readonly = readonly;
    l->isUnix = isUnix;
    l->source = g_unix_fd_source_new(fd, G_IO_IN);
    g_source_set_callback(l->source, G_SOURCE_FUNC(virNetServerAcceptCb), l, NULL);
    g_source_attach(l->source, srv->ctx);
    g_ptr_array_add(srv->listeners, l);
}


int
virNetServerAddUNIXSocket(
    virNetServer *srv, const char *path, mode_t mode, gid_t gid, bool readonly)
{
    int fd = virNetSocketListenUNIX(path, mode, gid);

    if (fd < 0)
        return -1;
    virNetServerAddListener(srv, fd, path, readonly, true, false);
    return 0;
}


int
virNetServerAddHandoffSocket(virNetServer *srv, const char *path)
{
    int fd = virNetSocketListenUNIX(path, 0600, (gid_t)-1);

    if (fd < 0)
        return -1;
    virNetServerAddListener(srv, fd, path, false, true, true);
    return 0;
}


int
virNetServerAddTCPSocket(virNetServer *srv, const char *addr, const char *port)
{
    g_autofree int *fds = NULL;
    size_t nfds = 0;

    if (virNetSocketListenTCP(addr, port, &fds, &nfds) < 0)
        return -1;
    for (size_t i = 0; i < nfds; i++)
        virNetServerAddListener(srv, fds[i], NULL, false, false, false);
    srv->tcpPort = virNetSocketGetPort(fds[0]);
    return 0;
}


int
virNetServerGetTCPPort(virNetServer *srv)
{
    return srv->tcpPort;
}


static gboolean
virNetServerIdleCb(gpointer opaque)
{
    virNetServer *srv = opaque;

    g_clear_pointer(&srv->idleSource, g_source_unref);
    if (virNetServerClientCount(srv) == 0) {
        VIR_DEBUG("server '%s': idle timeout", srv->name);
        g_main_loop_quit(srv->loop);
    }
    return G_SOURCE_REMOVE;
}


/* Main loop: starts the idle countdown if it applies. */
static void
virNetServerArmIdle(virNetServer *srv)
{
    if (srv->idleTimeout == 0 || srv->idleSource || !g_atomic_int_get(&srv->running) ||
        g_atomic_int_get(&srv->quitting))
        return;
    srv->idleSource = g_timeout_source_new((guint)MIN(srv->idleTimeout, G_MAXUINT / 1000) * 1000);
    g_source_set_callback(srv->idleSource, virNetServerIdleCb, srv, NULL);
    g_source_attach(srv->idleSource, srv->ctx);
}


void
virNetServerSetIdleTimeout(virNetServer *srv, unsigned int seconds)
{
    srv->idleTimeout = seconds;
}


void
virNetServerRemoveClient(virNetServer *srv, virNetServerClient *client)
{
    bool found;
    size_t n;

    g_mutex_lock(&srv->lock);
    found = g_ptr_array_remove(srv->clients, client);
    n = srv->clients->len;
    g_mutex_unlock(&srv->lock);
    if (!found)
        return;
    if (n == 0)
        virNetServerArmIdle(srv);
    virNetServerClientUnref(client);
}


/* Are all calls answered and all replies written? */
static bool
virNetServerAllIdle(virNetServer *srv)
{
    g_autoptr(GPtrArray) list = virNetServerGetClients(srv);

    for (guint i = 0; i < list->len; i++) {
        if (!virNetServerClientIsIdle(g_ptr_array_index(list, i)))
            return false;
    }
    return true;
}


static gboolean
virNetServerTickCb(gpointer opaque)
{
    return G_SOURCE_CONTINUE;
}


/* After the main phase: lets in-flight calls finish and their replies out. */
static void
virNetServerDrain(virNetServer *srv)
{
    gint64 deadline =
        g_get_monotonic_time() + VIR_NET_SERVER_QUIT_WAIT_MS * G_TIME_SPAN_MILLISECOND;
    GSource *tick = g_timeout_source_new(50);

    /* the tick bounds each wait, so the deadline is noticed */
    g_source_set_callback(tick, virNetServerTickCb, NULL, NULL);
    g_source_attach(tick, srv->ctx);
    while (!virNetServerAllIdle(srv) && g_get_monotonic_time() < deadline)
        g_main_context_iteration(srv->ctx, TRUE);
    g_source_destroy(tick);
    g_source_unref(tick);
}


int
virNetServerRun(virNetServer *srv)
{
    VIR_DEBUG("server '%s': running", srv->name);
    g_atomic_int_set(&srv->running, 1);
    if (virNetServerClientCount(srv) == 0)
        virNetServerArmIdle(srv);
    g_main_loop_run(srv->loop);
    g_atomic_int_set(&srv->running, 0);

    VIR_DEBUG("server '%s': stopping", srv->name);
    g_atomic_int_set(&srv->quitting, 1);
    virNetServerDisarmIdle(srv);
    for (guint i = 0; i < srv->listeners->len; i++)
        virNetServerListenerStop(g_ptr_array_index(srv->listeners, i));
    /* reading stops (quitting): only replies to calls already read go out */
    g_main_context_wakeup(srv->ctx);
    virNetServerDrain(srv);
    virNetServerCloseAllClients(srv);
    VIR_DEBUG("server '%s': stopped", srv->name);
    return 0;
}


void
virNetServerQuit(virNetServer *srv)
{
    char c = 'q';

    /* async-signal-safe: one write(); a full pipe means a quit is pending */
    if (write(srv->quitPipe[1], &c, 1) < 0) {
        /* nothing to do */
    }
}


size_t
virNetServerClientCount(virNetServer *srv)
{
    size_t n;

    g_mutex_lock(&srv->lock);
    n = srv->clients->len;
    g_mutex_unlock(&srv->lock);
    return n;
}


GMainContext *
virNetServerGetContext(virNetServer *srv)
{
    return srv->ctx;
}


const virNetServerConfig *
virNetServerGetConfig(virNetServer *srv)
{
    return &srv->cfg;
}


bool
virNetServerIsQuitting(virNetServer *srv)
{
    return g_atomic_int_get(&srv->quitting) != 0;
}


void
virNetServerSubmitJob(virNetServer *srv, virNetServerJob *job, bool priority)
{
    if (priority && srv->cfg.inlinePriority && job->msg) {
        virNetServerPoolRunHere(srv->pool, job);
        return;
    }
    virNetServerPoolSubmit(srv->pool, job, priority);
}


void *
virNetServerNewClientPriv(virNetServer *srv,
                          virNetServerClient *client,
                          virNetServerClientPrivFree *privFree)
{
    *privFree = srv->privFree;
    return srv->privNew ? srv->privNew(client, srv->privOpaque) : NULL;
}
