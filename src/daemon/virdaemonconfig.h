/*
 * virdaemonconfig.h: the configuration file of a modvirt daemon
 *
 * Every per-driver daemon reads one file in libvirt's config syntax
 * (virconf.h) with libvirt's key names and defaults (libvirtd.conf,
 * virtqemud.conf ...). Settings modvirt honours are stored in
 * virDaemonConfig; the other keys libvirt's daemons accept (TLS,
 * SASL/polkit, audit, admin server limits ...) are type-checked and
 * ignored with a warning; anything else is rejected as an unknown
 * setting, so a typo does not go unnoticed.
 *
 * Where modvirt differs from libvirt on purpose:
 *   - listen_addr defaults to "127.0.0.1" (libvirt: all interfaces):
 *     TCP is off by default and loopback-only when switched on;
 *   - listen_tls = 1 is refused (TLS is not implemented yet);
 *   - auth_* keys accept only "none" (no SASL or polkit yet: silently
 *     serving without the authentication that was asked for would be
 *     a security hole);
 *   - keepalive_interval <= 0 means "never ping" (libvirt documents -1).
 *
 * Errors carry the file, the line and the key: type and syntax problems
 * are VIR_ERR_CONF_SYNTAX, values modvirt cannot honour are
 * VIR_ERR_CONFIG_UNSUPPORTED.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <sys/types.h>

#include <glib.h>

#include "virconf.h"

typedef struct _virNetServerConfig virNetServerConfig;

/* libvirt's defaults (modvirt's for listen_addr) */
#define VIR_DAEMON_CONFIG_DEFAULT_RO_PERMS 0777
#define VIR_DAEMON_CONFIG_DEFAULT_RW_PERMS 0700
#define VIR_DAEMON_CONFIG_DEFAULT_ADMIN_PERMS 0700
#define VIR_DAEMON_CONFIG_DEFAULT_TCP_PORT "16509"
#define VIR_DAEMON_CONFIG_DEFAULT_LISTEN_ADDR "127.0.0.1"

typedef struct _virDaemonConfig virDaemonConfig;
struct _virDaemonConfig {
    char *filename; /* the file these values came from; NULL for defaults
                     * or when the file was missing */

    char *unixSockDir;         /* unix_sock_dir; NULL: the layout's default */
    char *unixSockGroup;       /* unix_sock_group as written; NULL: unset */
    gid_t unixSockGid;         /* unix_sock_group resolved; (gid_t)-1: unset */
    mode_t unixSockRoPerms;    /* unix_sock_ro_perms ("0777") */
    mode_t unixSockRwPerms;    /* unix_sock_rw_perms ("0700") */
    mode_t unixSockAdminPerms; /* unix_sock_admin_perms ("0700") */

    bool listenTcp;   /* listen_tcp (0) */
    char *tcpPort;    /* tcp_port ("16509"), never NULL */
    char *listenAddr; /* listen_addr ("127.0.0.1"), never NULL */

    unsigned int maxClients;        /* max_clients (5000), >= 1 */
    unsigned int maxWorkers;        /* max_workers (20), >= 1 */
    unsigned int minWorkers;        /* min_workers (5), <= maxWorkers */
    unsigned int prioWorkers;       /* prio_workers (5) */
    unsigned int maxClientRequests; /* max_client_requests (5), >= 1 */
    int keepaliveInterval;          /* keepalive_interval (5); -1: never ping */
    unsigned int keepaliveCount;    /* keepalive_count (5) */

    unsigned int logLevel; /* log_level 1..4; 0: not set */
    char *logFilters;      /* log_filters; NULL: not set */
    int logFiltersLine;    /* its line in @filename, for error messages */
    char *logOutputs;      /* log_outputs; NULL: not set */
    int logOutputsLine;    /* its line in @filename */
};

/*
 * virDaemonConfigNew:
 *
 * Returns a new configuration holding the defaults (free with
 * virDaemonConfigFree).
 */
virDaemonConfig *virDaemonConfigNew(void);

/* Frees @cfg and its strings; NULL is accepted. */
void virDaemonConfigFree(virDaemonConfig *cfg);

/*
 * virDaemonConfigLoad:
 * @filename: the configuration file
 * @allowMissing: a missing @filename gives the defaults instead of an
 *                error (the daemon's default file is optional; a file
 *                named with --config is not)
 *
 * Reads @filename and checks every setting (types, ranges, permissions
 * written as octal strings, unix_sock_group resolved by name or number,
 * min_workers <= max_workers ...).
 *
 * Returns a new configuration (defaults + the file), or NULL with an error
 * reported: the read error naming the file, VIR_ERR_CONF_SYNTAX
 * "FILE:LINE: ..." for syntax, unknown keys and wrong types or formats,
 * VIR_ERR_CONFIG_UNSUPPORTED "FILE:LINE: ..." for values modvirt does not
 * support. Ignored libvirt keys are logged with VIR_WARN.
 */
virDaemonConfig *virDaemonConfigLoad(const char *filename, bool allowMissing);

/*
 * A daemon's own settings next to the skeleton's (virtproxyd: uri_default,
 * handoff, route_SCHEME): keys @ownsKey accepts are not refused as
 * unknown, and @load reads them from the same parsed file once the
 * skeleton's settings are valid. @load returns 0, or -1 with an error.
 */
typedef struct _virDaemonConfigExtra virDaemonConfigExtra;
struct _virDaemonConfigExtra {
    bool (*ownsKey)(const char *name);
    int (*load)(virConf *conf, void *opaque);
    void *opaque;
};

/*
 * virDaemonConfigLoadExtra:
 * virDaemonConfigLoad() for a daemon with settings of its own (@extra may
 * be NULL). A missing file allowed by @allowMissing gives the defaults
 * and does not call @extra->load.
 */
virDaemonConfig *virDaemonConfigLoadExtra(const char *filename,
                                          bool allowMissing,
                                          const virDaemonConfigExtra *extra);

/*
 * virDaemonConfigToServer:
 *
 * Fills the server limits @srvcfg (all of its fields) from @cfg.
 */
void virDaemonConfigToServer(const virDaemonConfig *cfg, virNetServerConfig *srvcfg);

/*
 * virDaemonConfigApplyLogging:
 * @cfg: the configuration
 * @verbose: --verbose: lower the default level to "info" if it is higher
 * @defaultOutputs: outputs to use when log_outputs is not set (e.g. a log
 *                  file for a daemon detached from its terminal), or NULL
 *                  for the default (stderr)
 *
 * Replaces the process's log settings: default level from log_level,
 * filters from log_filters, outputs from log_outputs, then
 * LIBVIRT_DEBUG / LIBVIRT_LOG_FILTERS / LIBVIRT_LOG_OUTPUTS from the
 * environment on top, as libvirt's daemons do. Safe to call again (SIGHUP).
 *
 * Returns 0, or -1 with an error reported (VIR_ERR_CONF_SYNTAX
 * "FILE:LINE: invalid value for 'log_filters': ..." for a value the log
 * module rejects); the log settings may then be half applied, the default
 * level and outputs remain usable.
 */
int
virDaemonConfigApplyLogging(const virDaemonConfig *cfg, bool verbose, const char *defaultOutputs);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDaemonConfig, virDaemonConfigFree);
