/*
 * virtproxyd.c: the routing proxy in front of the per-driver daemons
 *
 * Listens on libvirt-sock and libvirt-sock-ro (the monolithic libvirtd's
 * names) under the daemon layout (virdaemonpaths.h with --root, system or
 * session), reads virtproxyd.conf (the daemon skeleton's keys plus
 * uri_default, handoff and route_<scheme>), holds the pid file and serves with
 * the one-thread engine of virproxy.h until SIGTERM / SIGINT / SIGQUIT
 * or the --timeout idle limit. See docs/proxy.md.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib-unix.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "internal.h"
#include "virconf.h"
#include "virdaemonconfig.h"
#include "virdaemonopts.h"
#include "virdaemonpaths.h"
#include "virdaemonproc.h"
#include "virerror.h"
#include "virfile.h"
#include "virlog.h"
#include "virnetsocket.h"
#include "virpidfile.h"
#include "virproxy.h"

#define VIR_FROM_THIS VIR_FROM_NONE

VIR_LOG_INIT("proxy.daemon");

#define VIR_PROXY_NAME "virtproxyd"
#define VIR_PROXY_ROUTE_PREFIX "route_"

typedef struct _virProxyDaemon virProxyDaemon;
struct _virProxyDaemon {
    virDaemonOpts *opts;
    virDaemonPaths *paths;
    virDaemonConfig *cfg;
    char *uriDefault;
    bool handoff;
    GPtrArray *routes; /* scheme, socket, scheme, socket ... */
    char *sockRw;
    char *sockRo;
    int pidFd;
    int readyFd; /* --daemon: the pipe to the waiting parent, else -1 */
};


/* The proxy's own settings, next to the skeleton's. */
static bool
virProxyOwnsKey(const char *name)
{
    return g_str_equal(name, "uri_default") || g_str_equal(name, "handoff") ||
           g_str_has_prefix(name, VIR_PROXY_ROUTE_PREFIX);
}


static int
virProxyRouteKey(const char *name, virConfValue *value G_GNUC_UNUSED, void *opaque)
{
    virProxyDaemon *d = opaque;

    if (g_str_has_prefix(name, VIR_PROXY_ROUTE_PREFIX))
        g_ptr_array_add(d->routes, g_strdup(name + strlen(VIR_PROXY_ROUTE_PREFIX)));
    return 0;
}


/* Reads uri_default, handoff and the route_SCHEME settings. */
static int
virProxyLoadOwnKeys(virConf *conf, void *opaque)
{
    virProxyDaemon *d = opaque;
    size_t i;

    if (virConfGetValueString(conf, "uri_default", &d->uriDefault) < 0 ||
        virConfGetValueBool(conf, "handoff", &d->handoff) < 0)
        return -1;
    virConfWalk(conf, virProxyRouteKey, d);
    for (i = 0; i < d->routes->len; i += 2) {
        g_autofree char *key =
            g_strdup_printf(VIR_PROXY_ROUTE_PREFIX "%s", (char *)g_ptr_array_index(d->routes, i));
        char *sock = NULL;

        if (virConfGetValueString(conf, key, &sock) < 0)
            return -1;
        g_ptr_array_insert(d->routes, i + 1, sock ? sock : g_strdup(""));
    }
    return 0;
}


static int
virProxyLoadConfig(virProxyDaemon *d, const char *file, bool allowMissing)
{
    const virDaemonConfigExtra extra = { virProxyOwnsKey, virProxyLoadOwnKeys, d };

    d->cfg = virDaemonConfigLoadExtra(file, allowMissing, &extra);
    return d->cfg ? 0 : -1;
}


static int
virProxySetup(virProxyDaemon *d, int argc, char **argv, int *status)
{
    const char *file;

    if (!(d->opts = virDaemonOptsParse(argc, argv)))
        return -1;
    if (d->opts->version || d->opts->help) {
        g_autofree char *text = d->opts->version ? virDaemonOptsVersion(VIR_PROXY_NAME) : NULL;

        if (!text)
            text = virDaemonOptsHelp(VIR_PROXY_NAME, "routes libvirt clients to per-driver daemons",
                                     NULL);
        printf("%s%s", text, d->opts->version ? "\n" : "");
        *status = 0;
        return 1;
    }
    if (!(d->paths = virDaemonPathsNew(VIR_PROXY_NAME, "proxy",
                                       virDaemonPathsModeFor(geteuid() == 0, d->opts->root),
                                       d->opts->root)))
        return -1;
    file = d->opts->configFile ? d->opts->configFile : d->paths->configFile;
    if (virProxyLoadConfig(d, file, !d->opts->configFile) < 0)
        return -1;
    if (virDaemonConfigApplyLogging(d->cfg, d->opts->verbose, NULL) < 0)
        return -1;
    virDaemonPathsSetSockDir(d->paths, d->cfg->unixSockDir);
    if (d->opts->pidFile) {
        g_free(d->paths->pidFile);
        d->paths->pidFile = g_strdup(d->opts->pidFile);
    }
    d->sockRw = g_strdup_printf("%s/libvirt-sock", d->paths->sockDir);
    if (d->paths->mode != VIR_DAEMON_PATHS_SESSION)
        d->sockRo = g_strdup_printf("%s/libvirt-sock-ro", d->paths->sockDir);
    return 0;
}


/* listen_tcp = 1: plain TCP on listen_addr:tcp_port, read-write clients. */
static int
virProxyListenTCP(virProxyDaemon *d, virProxy *proxy)
{
    g_autofree int *fds = NULL;
    size_t nfds = 0;
    size_t i;

    if (!d->cfg->listenTcp)
        return 0;
    if (virNetSocketListenTCP(d->cfg->listenAddr, d->cfg->tcpPort, &fds, &nfds) < 0)
        return -1;
    for (i = 0; i < nfds; i++)
        virProxyAddListener(proxy, fds[i], false);
    return 0;
}


static int
virProxyListen(virProxyDaemon *d, virProxy *proxy)
{
    int fd;

    if ((fd = virNetSocketListenUNIX(d->sockRw, d->cfg->unixSockRwPerms, d->cfg->unixSockGid)) < 0)
        return -1;
    virProxyAddListener(proxy, fd, false);
    if (d->sockRo) {
        if ((fd = virNetSocketListenUNIX(d->sockRo, d->cfg->unixSockRoPerms, d->cfg->unixSockGid)) <
            0)
            return -1;
        virProxyAddListener(proxy, fd, true);
    }
    return virProxyListenTCP(d, proxy);
}


static int
virProxyServe(virProxyDaemon *d)
{
    g_autoptr(virProxy) proxy = virProxyNew(d->paths->sockDir, d->uriDefault);
    sigset_t set;
    size_t i;
    int sfd;
    int ret = -1;

    virProxySetHandoff(proxy, d->handoff);
    for (i = 0; i + 1 < d->routes->len; i += 2)
        virProxySetRoute(proxy, g_ptr_array_index(d->routes, i),
                         g_ptr_array_index(d->routes, i + 1));
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGQUIT);
    sigprocmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);
    signal(SIGHUP, SIG_IGN); /* nothing to reload at runtime yet */
    if ((sfd = signalfd(-1, &set, SFD_CLOEXEC)) < 0) {
        virReportSystemError(errno, "%s", _("cannot create a signalfd"));
        return -1;
    }
    if (virProxyListen(d, proxy) == 0) {
        virDaemonProcReportReady(&d->readyFd);
        ret = virProxyRun(proxy, sfd, d->opts->timeout);
    }
    close(sfd);
    unlink(d->sockRw);
    if (d->sockRo)
        unlink(d->sockRo);
    return ret;
}


static int
virProxyStart(virProxyDaemon *d, int argc, char **argv, int *status)
{
    int rc;

    if ((rc = virProxySetup(d, argc, argv, status)) != 0)
        return rc;
    if (d->opts->daemonize && (rc = virDaemonProcDetach(&d->readyFd, status)) != 0)
        return rc;
    if (virDaemonProcMakeDirs(d->paths) < 0)
        return -1;
    if ((d->pidFd = virPidFileAcquirePath(d->paths->pidFile, getpid())) < 0)
        return -1;
    rc = virProxyServe(d);
    virPidFileReleasePath(d->paths->pidFile, d->pidFd);
    return rc;
}


int
main(int argc, char **argv)
{
    virProxyDaemon d = { .pidFd = -1, .readyFd = -1, .handoff = true };
    int status = 1;
    int rc;

    if (virErrorInitialize() < 0)
        return 1;
    d.routes = g_ptr_array_new_with_free_func(g_free);
    rc = virProxyStart(&d, argc, argv, &status);
    if (rc == 0)
        status = 0;
    else if (rc < 0)
        fprintf(stderr, "%s: error: %s\n", VIR_PROXY_NAME, virGetLastErrorMessage());
    /* a detached daemon that failed: closing without a byte tells the parent */
    VIR_FORCE_CLOSE(d.readyFd);
    g_ptr_array_unref(d.routes);
    g_free(d.uriDefault);
    g_free(d.sockRw);
    g_free(d.sockRo);
    virDaemonConfigFree(d.cfg);
    virDaemonPathsFree(d.paths);
    virDaemonOptsFree(d.opts);
    return status;
}
