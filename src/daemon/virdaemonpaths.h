/*
 * virdaemonpaths.h: where a modvirt daemon keeps its files
 *
 * Every path of a daemon "NAME" serving driver "DRIVER" (virttestd /
 * test, virtqemud / qemu ...), with libvirt's names and places, in one of
 * three layouts:
 *
 *   path        SYSTEM (root)                 SESSION (non-root)
 *   configFile  /etc/libvirt/NAME.conf        $XDG_CONFIG_HOME/libvirt/NAME.conf
 *   runDir      /run/libvirt                  $XDG_RUNTIME_DIR/libvirt
 *   sockRw      <sockDir>/NAME-sock           <sockDir>/NAME-sock
 *   sockRo      <sockDir>/NAME-sock-ro        NULL (libvirt has none in session mode)
 *   sockAdmin   <sockDir>/NAME-admin-sock     <sockDir>/NAME-admin-sock
 *   sockHandoff <sockDir>/NAME-handoff-sock   <sockDir>/NAME-handoff-sock
 *   pidFile     /run/NAME.pid                 $XDG_RUNTIME_DIR/libvirt/NAME.pid
 *   stateDir    /run/libvirt/DRIVER           $XDG_RUNTIME_DIR/libvirt/DRIVER/run
 *   configDir   /etc/libvirt/DRIVER           $XDG_CONFIG_HOME/libvirt/DRIVER
 *   libDir      /var/lib/libvirt/DRIVER       $XDG_CONFIG_HOME/libvirt/DRIVER/lib
 *   logDir      /var/log/libvirt/DRIVER       $XDG_CACHE_HOME/libvirt/DRIVER/log
 *   logFile     /var/log/libvirt/NAME.log     $XDG_CACHE_HOME/libvirt/NAME.log
 *
 * (sockDir is runDir unless unix_sock_dir says otherwise.) The third
 * layout, ROOT (the daemon's --root DIR option), is the SYSTEM layout with
 * every path prefixed by DIR (DIR/etc/libvirt/NAME.conf,
 * DIR/run/libvirt/NAME-sock ...), whoever runs it: a whole private
 * installation for tests and benchmarks.
 *
 * The SYSTEM paths are libvirt's fixed ones (/etc, /run, /var), not the
 * build's prefix, because libvirt clients look for the sockets there.
 * SESSION follows the XDG base directory rules: an unset, empty or
 * relative XDG_CONFIG_HOME / XDG_CACHE_HOME falls back to ~/.config /
 * ~/.cache ($HOME, else the password database), and XDG_RUNTIME_DIR to
 * the cache directory, as libvirt does.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>

#include <glib.h>

typedef enum {
    VIR_DAEMON_PATHS_SYSTEM = 0, /* privileged daemon */
    VIR_DAEMON_PATHS_SESSION,    /* per-user daemon */
    VIR_DAEMON_PATHS_ROOT,       /* SYSTEM layout under a root directory */

    VIR_DAEMON_PATHS_LAST
} virDaemonPathsMode;

typedef struct _virDaemonPaths virDaemonPaths;
struct _virDaemonPaths {
    virDaemonPathsMode mode;
    char *name;        /* the daemon's name */
    char *driver;      /* its driver */
    char *root;        /* ROOT: the absolute root directory; NULL otherwise */
    char *configFile;  /* the daemon's configuration file */
    char *runDir;      /* runtime directory of every daemon (<run>/libvirt) */
    char *sockDir;     /* directory of the sockets */
    char *sockRw;      /* read-write socket */
    char *sockRo;      /* read-only socket; NULL in SESSION mode */
    char *sockAdmin;   /* admin socket (reserved: not served yet) */
    char *sockHandoff; /* proxy handoff control socket (mode 0600; modvirt's own) */
    char *pidFile;     /* pid file (also the single-instance lock) */
    char *stateDir;    /* the driver's runtime state */
    char *configDir;   /* the driver's persistent definitions */
    char *libDir;      /* the driver's persistent data (images, save files) */
    char *logDir;      /* the driver's logs (per guest) */
    char *logFile;     /* the daemon's own log file when detached */
};

/*
 * virDaemonPathsModeFor:
 * @privileged: the daemon runs as root
 * @root: the --root directory, or NULL
 *
 * Returns ROOT when @root is given, else SYSTEM or SESSION.
 */
virDaemonPathsMode virDaemonPathsModeFor(bool privileged, const char *root);

/* Returns "system", "session" or "root" (static), or NULL when out of range. */
const char *virDaemonPathsModeToString(virDaemonPathsMode mode);

/*
 * virDaemonPathsNew:
 * @name: the daemon's name ("virttestd")
 * @driver: its driver ("test")
 * @mode: the layout
 * @root: for ROOT, the root directory (a relative one is made absolute
 *        against the current directory); ignored otherwise
 *
 * Computes every path (nothing is created). SESSION reads HOME and the
 * XDG_* variables now.
 *
 * Returns new paths (free with virDaemonPathsFree), or NULL with
 * VIR_ERR_INVALID_ARG reported for ROOT without a non-empty @root.
 */
virDaemonPaths *
virDaemonPathsNew(const char *name, const char *driver, virDaemonPathsMode mode, const char *root);

/*
 * virDaemonPathsSetSockDir:
 * @dir: unix_sock_dir from the configuration (absolute), or NULL for the
 *       layout's default
 *
 * Moves the four sockets to @dir. In ROOT mode @dir is used as given,
 * NOT prefixed with the root: a configuration that names a socket
 * directory means that directory (a test points it into its own temp
 * dir), and prefixing would make the same file mean two places. The pid
 * file stays where it is.
 */
void virDaemonPathsSetSockDir(virDaemonPaths *paths, const char *dir);

/* Frees @paths; NULL is accepted. */
void virDaemonPathsFree(virDaemonPaths *paths);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDaemonPaths, virDaemonPathsFree);
