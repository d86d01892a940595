/*
 * virdaemon.h: the skeleton every modvirt daemon runs
 *
 * virDaemonMain() is the whole life of a per-driver daemon (virttestd,
 * later virtqemud ...):
 *
 *  1. options (virdaemonopts.h); --version / --help print and exit 0, a
 *     bad option prints "NAME: error: ..." and exits 1;
 *  2. paths (virdaemonpaths.h): --root DIR, else system (root) or
 *     session layout; the configuration file (virdaemonconfig.h): the
 *     default one may be missing, a --config one may not;
 *     unix_sock_dir and --pid-file override their paths;
 *  3. logging from log_level / log_filters / log_outputs, --verbose and
 *     LIBVIRT_DEBUG / LIBVIRT_LOG_FILTERS / LIBVIRT_LOG_OUTPUTS; a
 *     detached daemon without log_outputs logs to paths->logFile;
 *  4. directories: the run and socket dirs and the driver's state dir
 *     (0755 for system/root layouts, 0700 for session ones);
 *  5. --daemon: fork, setsid, fork again; the original process waits on
 *     a pipe and exits 0 once the daemon has its sockets up, or 1 if it
 *     failed (the error is printed on the original stderr); the daemon
 *     then changes to "/" and puts /dev/null on its stdio;
 *  6. the pid file is acquired (locked) BEFORE any socket is touched: a
 *     second instance with the same pid file exits 1 with "Failed to
 *     acquire pid file 'PATH': Resource temporarily unavailable" and
 *     leaves the first one's sockets alone; a socket that still answers
 *     (another daemon using other pid file) is refused too;
 *  7. the RPC server with the REMOTE program (remote_dispatch.h) serving
 *     @defaultURI, the driver's init hook, then the sockets: read-write
 *     and (except in session mode) read-only UNIX sockets with the
 *     configured modes and group, the proxy handoff control socket
 *     NAME-handoff-sock (mode 0600; a warning, not an error, if it cannot
 *     be created; docs/proxy.md), a TCP listener on listen_addr:tcp_port
 *     when listen_tcp = 1. The admin socket path is reserved but not
 *     created until the ADMIN program exists;
 *  8. the main loop until SIGTERM / SIGINT / SIGQUIT or the --timeout
 *     idle limit: new connections stop, in-flight calls finish, then the
 *     sockets and the pid file are removed and the exit status is 0.
 *
 * Signals are blocked in every thread and read from a signalfd by one
 * dedicated thread, so no code runs in signal context. SIGHUP re-reads
 * the configuration file and applies what can change at runtime: the log
 * level, filters and outputs (a bad file is reported in the log and the
 * old settings stay), then calls the driver's reload hook. Sockets,
 * listeners and worker limits need a restart. SIGPIPE is ignored.
 *
 * Driver events (domain lifecycle ...) are delivered by the default
 * event loop that the REMOTE dispatcher runs (remote_dispatch.c); the
 * server itself uses its own main context.
 *
 * Exit status: 0 after a normal stop, --version or --help; 1 on any
 * start-up error, printed as "NAME: error: MESSAGE" (the message names
 * the file or socket involved).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>

#include "virdaemonpaths.h"

typedef struct _virDaemonInfo virDaemonInfo;
struct _virDaemonInfo {
    const char *name;       /* daemon name: "virttestd" (sockets, pid file, config) */
    const char *driver;     /* driver name: "test" (state and config dirs) */
    const char *defaultURI; /* what a CONNECT_OPEN without a name opens */
    const char *summary;    /* one line for --help, or NULL */
    /* the driver's priority procedures never block: run them on the
     * server's main loop thread (virNetServerConfig.inlinePriority) */
    bool inlinePriority;

    /*
     * init: optional; runs once the pid file is held and the directories
     * exist, before any socket is created (no client can call yet).
     * Returns 0, or -1 with an error reported (the daemon exits 1).
     */
    int (*init)(const virDaemonPaths *paths, bool privileged, void *opaque);
    /*
     * reload: optional; runs on SIGHUP after the log settings were
     * reloaded, on the signal thread while the server keeps serving.
     * Returns 0, or -1 with an error reported (logged; the daemon runs on).
     */
    int (*reload)(void *opaque);
    /*
     * shutdown: optional; runs after the server stopped and every client
     * is gone, before the sockets and the pid file are removed; only if
     * init succeeded (or there is no init).
     */
    void (*shutdown)(void *opaque);
    void *opaque; /* given to the hooks */
};

/*
 * virDaemonMain:
 * @argc, @argv: main()'s arguments
 * @info: what the daemon is (static)
 *
 * Runs the daemon as described above; returns the exit status for
 * main() to return (in the original process of --daemon as well).
 */
int virDaemonMain(int argc, char **argv, const virDaemonInfo *info);
