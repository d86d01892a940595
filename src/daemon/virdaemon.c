/*
 * virdaemon.c: the skeleton every modvirt daemon runs
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>

#include "internal.h"
#include "remote_dispatch.h"
#include "remote_driver.h"
#include "virdaemon.h"
#include "virdaemonconfig.h"
#include "virdaemonopts.h"
#include "virdaemonpaths.h"
#include "virdaemonproc.h"
#include "virerror.h"
#include "virfile.h"
#include "virlog.h"
#include "virnetserver.h"
#include "virpidfile.h"
#include "virthread.h"

#define VIR_FROM_THIS VIR_FROM_NONE

VIR_LOG_INIT("daemon.daemon");

/* Everything one run of virDaemonMain owns. */
typedef struct {
    const virDaemonInfo *info;
    virDaemonOpts *opts;   /* owned */
    virDaemonPaths *paths; /* owned */
    virDaemonConfig *cfg;  /* owned; replaced by SIGHUP on the signal thread
                            * once the server runs (nobody else reads it then) */
    char *configFile;      /* the file read (and re-read on SIGHUP), owned */
    bool configExplicit;   /* named by --config: must exist */
    bool privileged;       /* running as root */

    int statusFd;  /* --daemon: write end of the pipe to the waiting parent */
    int pidFd;     /* the locked pid file, or -1 */
    bool driverUp; /* the init hook succeeded (or there is none) */
    virNetServer *srv;
    GPtrArray *sockets; /* socket files we created, to remove at exit */

    virNetServer *running; /* atomic: d->srv once it serves, for the signal thread */
    int quitRequested;     /* atomic: SIGTERM & co. arrived */
    int sigFd;             /* signalfd of the handled signals, or -1 */
    int stopPipe[2];       /* wakes the signal thread for exit */
    bool sigThreadUp;
    virThread sigThread;
} virDaemon;


/* Prints the last error as "NAME: error: MESSAGE" on stderr. */
static void
virDaemonPrintError(const virDaemon *d)
{
    fprintf(stderr, "%s: error: %s\n", d->info->name, virGetLastErrorMessage());
    fflush(stderr);
}


/* The signals the signal thread handles, blocked in every thread. */
static void
virDaemonSignalSet(sigset_t *set)
{
    sigemptyset(set);
    sigaddset(set, SIGTERM);
    sigaddset(set, SIGINT);
    sigaddset(set, SIGQUIT);
    sigaddset(set, SIGHUP);
}


/* Parses the options; returns an exit status, or -1 to go on. */
static int
virDaemonParseOptions(virDaemon *d, int argc, char **argv)
{
    const char *name = d->info->name;

    d->opts = virDaemonOptsParse(argc, argv);
    if (!d->opts) {
        fprintf(stderr, "%s: error: %s\n", name, virGetLastErrorMessage());
        fprintf(stderr, "Try '%s --help' for more information.\n", name);
        return 1;
    }
    d->privileged = geteuid() == 0;
    d->paths = virDaemonPathsNew(
        name, d->info->driver, virDaemonPathsModeFor(d->privileged, d->opts->root), d->opts->root);
    if (!d->paths) {
        virDaemonPrintError(d);
        return 1;
    }
    if (d->opts->version) {
        g_autofree char *version = virDaemonOptsVersion(name);

        printf("%s\n", version);
        return 0;
    }
    if (d->opts->help) {
        g_autofree char *help = virDaemonOptsHelp(name, d->info->summary, d->paths);

        fputs(help, stdout);
        return 0;
    }
    return -1;
}


/* Reads the configuration and applies the paths it overrides. */
static int
virDaemonLoadConfig(virDaemon *d)
{
    d->configExplicit = d->opts->configFile != NULL;
    d->configFile = g_strdup(d->configExplicit ? d->opts->configFile : d->paths->configFile);
    d->cfg = virDaemonConfigLoad(d->configFile, !d->configExplicit);
    if (!d->cfg)
        return -1;
    if (d->cfg->unixSockDir)
        virDaemonPathsSetSockDir(d->paths, d->cfg->unixSockDir);
    if (d->opts->pidFile) {
        g_free(d->paths->pidFile);
        d->paths->pidFile = g_strdup(d->opts->pidFile);
    }
    return 0;
}


/* The log settings of @cfg; a detached daemon defaults to its log file. */
static int
virDaemonSetupLogging(virDaemon *d, const virDaemonConfig *cfg)
{
    g_autofree char *fileOutput = NULL;

    if (d->opts->daemonize) {
        g_autofree char *dir = g_path_get_dirname(d->paths->logFile);

        if (virFileMakePathWithMode(dir, 0700) < 0)
            return -1;
        fileOutput = g_strdup_printf("1:file:%s", d->paths->logFile);
    }
    return virDaemonConfigApplyLogging(cfg, d->opts->verbose, fileOutput);
}


/* Returns true if something accepts connections on the socket @path. */
static bool
virDaemonSocketInUse(const char *path)
{
    struct sockaddr_un addr = { .sun_family = AF_UNIX };
    int fd;
    bool used;

    if (strlen(path) >= sizeof(addr.sun_path))
        return false;
    memcpy(addr.sun_path, path, strlen(path) + 1);
    fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    used = connect(fd, (struct sockaddr *)&addr, sizeof(addr)) == 0;
    VIR_FORCE_CLOSE(fd);
    return used;
}


/* Adds one UNIX socket, refusing one that another daemon serves. */
static int
virDaemonAddUNIXSocket(virDaemon *d, const char *path, mode_t mode, bool readonly)
{
    if (virDaemonSocketInUse(path)) {
        virReportError(VIR_ERR_OPERATION_FAILED, _("socket '%1$s' is in use by another daemon"),
                       path);
        return -1;
    }
    if (virNetServerAddUNIXSocket(d->srv, path, mode, d->cfg->unixSockGid, readonly) < 0)
        return -1;
    g_ptr_array_add(d->sockets, g_strdup(path));
    VIR_INFO("listening on '%s' (mode %04o%s)", path, (unsigned int)mode,
             readonly ? ", read-only" : "");
    return 0;
}


/*
 * The proxy handoff control socket (mode 0600: root or our own uid only).
 * Not fatal: without it virtproxyd forwards this daemon's sessions.
 */
static void
virDaemonAddHandoffSocket(virDaemon *d)
{
    const char *path = d->paths->sockHandoff;

    if (virDaemonSocketInUse(path)) {
        VIR_WARN("handoff socket '%s' is in use by another daemon, not listening on it", path);
        return;
    }
    if (virNetServerAddHandoffSocket(d->srv, path) < 0) {
        VIR_WARN("cannot listen on handoff socket '%s': %s", path, virGetLastErrorMessage());
        virResetLastError();
        return;
    }
    g_ptr_array_add(d->sockets, g_strdup(path));
    VIR_INFO("listening for proxy handoffs on '%s'", path);
}


/* The listeners: UNIX rw (+ ro), handoff, TCP when asked; no admin socket yet. */
static int
virDaemonAddSockets(virDaemon *d)
{
    virDaemonConfig *cfg = d->cfg;

    if (virDaemonAddUNIXSocket(d, d->paths->sockRw, cfg->unixSockRwPerms, false) < 0)
        return -1;
    if (d->paths->sockRo &&
        virDaemonAddUNIXSocket(d, d->paths->sockRo, cfg->unixSockRoPerms, true) < 0)
        return -1;
    virDaemonAddHandoffSocket(d);
    if (cfg->listenTcp) {
        if (virNetServerAddTCPSocket(d->srv, cfg->listenAddr, cfg->tcpPort) < 0) {
            virLastErrorPrefixMessage(_("cannot listen on address '%1$s' port '%2$s'"),
                                      cfg->listenAddr, cfg->tcpPort);
            return -1;
        }
        VIR_INFO("listening on TCP %s:%s", cfg->listenAddr, cfg->tcpPort);
    }
    return 0;
}


/* The server with the REMOTE program, the driver, then the sockets. */
static int
virDaemonSetupServer(virDaemon *d)
{
    virNetServerConfig srvcfg;

    virNetServerConfigDefaults(&srvcfg);
    virDaemonConfigToServer(d->cfg, &srvcfg);
    srvcfg.inlinePriority = d->info->inlinePriority;
    /* before any connection opens: a client's URI must never loop back
     * into a daemon through the remote driver. A per-driver daemon serves
     * its own driver only: like libvirt's virtqemud (which has no remote
     * driver at all) and libvirtd, a URI no local driver accepts fails with
     * "no connection driver available for URI" */
    remoteSetInsideDaemon(true);
    remoteDispatchSetDefaultURI(d->info->defaultURI);
    d->srv = virNetServerNew(d->info->name, &srvcfg, remoteDispatchClientNew,
                             remoteDispatchClientFree, NULL);
    if (!d->srv)
        return -1;
    virNetServerAddProgram(d->srv, remoteDispatchProgramNew());

    if (d->info->init && d->info->init(d->paths, d->privileged, d->info->opaque) < 0)
        return -1;
    d->driverUp = true;

    if (virDaemonAddSockets(d) < 0)
        return -1;
    virNetServerSetIdleTimeout(d->srv, d->opts->timeout);
    return 0;
}


/* SIGHUP: reload the log settings, then the driver. */
static void
virDaemonReload(virDaemon *d)
{
    virDaemonConfig *cfg;

    VIR_INFO("reloading the configuration from '%s'", d->configFile);
    cfg = virDaemonConfigLoad(d->configFile, !d->configExplicit);
    if (!cfg) {
        VIR_ERROR("reload failed, keeping the current settings: %s", virGetLastErrorMessage());
    } else {
        if (virDaemonSetupLogging(d, cfg) < 0)
            VIR_ERROR("reload of the log settings failed: %s", virGetLastErrorMessage());
        virDaemonConfigFree(d->cfg);
        d->cfg = cfg;
    }
    if (d->info->reload && d->info->reload(d->info->opaque) < 0)
        VIR_ERROR("driver reload failed: %s", virGetLastErrorMessage());
}


/*
 * A stop signal. Before the server serves, only the flag is set and
 * virDaemonMain() checks it once it published d->running: with both
 * sides storing first and loading second, one of them sees the other.
 */
static void
virDaemonRequestQuit(virDaemon *d, unsigned int signo)
{
    virNetServer *srv;

    VIR_INFO("received signal %u (%s), stopping", signo, g_strsignal(signo));
    g_atomic_int_set(&d->quitRequested, 1);
    srv = g_atomic_pointer_get(&d->running);
    if (srv)
        virNetServerQuit(srv);
}


/* The signal thread: reads d->sigFd until the stop pipe says so. */
static void
virDaemonSignalThread(void *opaque)
{
    virDaemon *d = opaque;
    struct pollfd fds[2] = {
        { .fd = d->sigFd, .events = POLLIN },
        { .fd = d->stopPipe[0], .events = POLLIN },
    };

    for (;;) {
        struct signalfd_siginfo info;

        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            VIR_ERROR("signal thread: poll failed: %s", g_strerror(errno));
            return;
        }
        if (fds[1].revents)
            return;
        if (read(d->sigFd, &info, sizeof(info)) != sizeof(info))
            continue;
        if (info.ssi_signo != SIGHUP) {
            virDaemonRequestQuit(d, info.ssi_signo);
        } else if (!g_atomic_pointer_get(&d->running)) {
            /* start-up still reads d->cfg; nothing to reload yet anyway */
            VIR_WARN("SIGHUP during start-up, ignoring");
        } else {
            virDaemonReload(d);
        }
    }
}


/*
 * Blocks the handled signals (inherited by every thread created later,
 * so call this before any thread exists) and opens their signalfd;
 * ignores SIGPIPE (a client that goes away mid-write must not kill the
 * daemon). Signals that arrive before the signal thread runs stay
 * pending until it reads them.
 */
static int
virDaemonSetupSignals(virDaemon *d)
{
    struct sigaction ign = { .sa_handler = SIG_IGN };
    sigset_t set;

    virDaemonSignalSet(&set);
    if (pthread_sigmask(SIG_BLOCK, &set, NULL) != 0 || sigaction(SIGPIPE, &ign, NULL) < 0) {
        virReportSystemError(errno, "%s", _("cannot set up signal handling"));
        return -1;
    }
    d->sigFd = signalfd(-1, &set, SFD_CLOEXEC);
    if (d->sigFd < 0 || pipe2(d->stopPipe, O_CLOEXEC) < 0) {
        virReportSystemError(errno, "%s", _("cannot set up signal handling"));
        return -1;
    }
    return 0;
}


/* After forking: a thread does not survive fork(). */
static int
virDaemonStartSignalThread(virDaemon *d)
{
    if (virThreadCreate("daemon-signals", true, virDaemonSignalThread, d, &d->sigThread) < 0)
        return -1;
    d->sigThreadUp = true;
    return 0;
}


/* Stops the signal thread (before the server it uses goes away). */
static void
virDaemonStopSignalThread(virDaemon *d)
{
    char byte = 0;

    g_atomic_pointer_set(&d->running, NULL);
    if (d->sigThreadUp) {
        if (virFileSafeWrite(d->stopPipe[1], &byte, 1) < 0)
            VIR_WARN("cannot stop the signal thread: %s", g_strerror(errno));
        virThreadJoin(&d->sigThread);
        d->sigThreadUp = false;
    }
}


/* Undoes whatever was set up, in reverse order. */
static void
virDaemonCleanup(virDaemon *d)
{
    size_t i;

    virDaemonStopSignalThread(d);
    if (d->srv) {
        virNetServerFree(d->srv);
        d->srv = NULL;
    }
    if (d->driverUp && d->info->shutdown)
        d->info->shutdown(d->info->opaque);
    for (i = 0; d->sockets && i < d->sockets->len; i++) {
        const char *path = g_ptr_array_index(d->sockets, i);

        if (unlink(path) < 0 && errno != ENOENT)
            VIR_WARN("cannot remove socket '%s': %s", path, g_strerror(errno));
    }
    if (d->pidFd >= 0)
        virPidFileReleasePath(d->paths->pidFile, d->pidFd);
    d->pidFd = -1;

    g_clear_pointer(&d->sockets, g_ptr_array_unref);
    VIR_FORCE_CLOSE(d->sigFd);
    VIR_FORCE_CLOSE(d->stopPipe[0]);
    VIR_FORCE_CLOSE(d->stopPipe[1]);
    VIR_FORCE_CLOSE(d->statusFd);
    virDaemonConfigFree(d->cfg);
    virDaemonPathsFree(d->paths);
    virDaemonOptsFree(d->opts);
    g_free(d->configFile);
}


/* Everything from the configuration to listening sockets. */
static int
virDaemonStart(virDaemon *d, int *exitStatus)
{
    if (virDaemonSetupSignals(d) < 0 || virDaemonLoadConfig(d) < 0 ||
        virDaemonSetupLogging(d, d->cfg) < 0 || virDaemonProcMakeDirs(d->paths) < 0)
        return -1;
    if (d->opts->daemonize) {
        int rc = virDaemonProcDetach(&d->statusFd, exitStatus);

        if (rc != 0)
            return rc;
    }
    /* before any socket, so that a second instance leaves ours alone */
    d->pidFd = virPidFileAcquirePath(d->paths->pidFile, getpid());
    if (d->pidFd < 0)
        return -1;
    if (virDaemonStartSignalThread(d) < 0)
        return -1;

    VIR_INFO("%s starting (%s layout, pid %lld, config '%s')", d->info->name,
             virDaemonPathsModeToString(d->paths->mode), (long long)getpid(), d->configFile);
    d->sockets = g_ptr_array_new_with_free_func(g_free);
    if (virDaemonSetupServer(d) < 0)
        return -1;
    return 0;
}


int
virDaemonMain(int argc, char **argv, const virDaemonInfo *info)
{
    virDaemon d = {
        .info = info,
        .statusFd = -1,
        .pidFd = -1,
        .sigFd = -1,
        .stopPipe = { -1, -1 },
    };
    int exitStatus = 1;
    int rc;

    g_set_prgname(info->name);
    if (virErrorInitialize() < 0)
        return 1;
    rc = virDaemonParseOptions(&d, argc, argv);
    if (rc >= 0) {
        virDaemonCleanup(&d);
        return rc;
    }

    rc = virDaemonStart(&d, &exitStatus);
    if (rc > 0) {
        /* the original process of --daemon: the daemon went on without us */
        virDaemonCleanup(&d);
        return exitStatus;
    }
    if (rc < 0) {
        virDaemonPrintError(&d);
        virDaemonCleanup(&d);
        return 1;
    }

    virDaemonProcReportReady(&d.statusFd);
    g_atomic_pointer_set(&d.running, d.srv);
    if (!g_atomic_int_get(&d.quitRequested))
        virNetServerRun(d.srv);
    VIR_INFO("%s stopping", info->name);
    virDaemonCleanup(&d);
    return 0;
}
