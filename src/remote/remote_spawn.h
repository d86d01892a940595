/*
 * remote_spawn.h: connecting to a session daemon, starting it on demand
 *
 * libvirt clients start the per-user daemon themselves when its socket
 * is missing ("autostart"): the first client spawns it with
 * --timeout=120 (it exits once idle), concurrent clients serialise on a
 * lock file next to the socket so that only one daemon is started, and
 * everyone connects once the socket answers.
 *
 * Where libvirt's legacy mode would start the monolithic libvirtd,
 * modvirt starts the per-driver daemon (virt<drv>d), since it has no
 * monolithic daemon; remote_uri.c then picks that daemon's socket.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

/* Environment variable naming a directory to take daemons from (tests). */
#define REMOTE_SPAWN_DAEMON_PATH_ENV "MODVIRT_DAEMON_PATH"

/* How long a spawned daemon may take to answer on its socket. */
#define REMOTE_SPAWN_TIMEOUT_MS 10000

/*
 * remoteSpawnFindDaemon:
 * @name: the daemon's binary name, e.g. "virttestd"
 *
 * Returns a new string with the binary to run: $MODVIRT_DAEMON_PATH/NAME
 * when that variable is set, else NAME in the build tree when it exists
 * there (running from a build directory), else MODVIRT_SBINDIR/NAME.
 * Never fails (whether it runs is found out by spawning it).
 */
char *remoteSpawnFindDaemon(const char *name);

/*
 * remoteSpawnConnect:
 * @sockpath: the UNIX socket to connect to
 * @daemon: the daemon binary to start when nothing answers on @sockpath
 *          (missing socket or connection refused), or NULL to never start
 *          one
 *
 * Connects to @sockpath; with @daemon, starts it as described above and
 * waits (at most REMOTE_SPAWN_TIMEOUT_MS) until its socket accepts.
 *
 * Returns the connected socket (blocking, close-on-exec), or -1 with an
 * error reported: "Failed to connect socket to '...': <errno text>" as
 * libvirt words it, or the error of starting the daemon.
 */
int remoteSpawnConnect(const char *sockpath, const char *daemon);
