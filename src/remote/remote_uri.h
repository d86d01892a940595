/*
 * remote_uri.h: what the remote driver makes of a connection URI
 *
 * A URI such as "test+unix:///default?socket=/tmp/s" or "qemu:///session"
 * tells the remote driver which transport to use (the part of the scheme
 * after '+'), where to connect (host and port, or a UNIX socket chosen by
 * libvirt's rules of wire-protocol.md section 1), which of the query
 * parameters are for the client only, and what name to send in
 * CONNECT_OPEN (section 10.2). Everything here is pure computation: no
 * socket is opened, so that the rules can be tested one by one.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <sys/types.h>

#include "virconf.h"
#include "viruri.h"

/* The transports of libvirt's remote driver, in libvirt's order. */
typedef enum {
    REMOTE_URI_TRANSPORT_TLS = 0,
    REMOTE_URI_TRANSPORT_UNIX,
    REMOTE_URI_TRANSPORT_SSH,
    REMOTE_URI_TRANSPORT_LIBSSH2,
    REMOTE_URI_TRANSPORT_EXT,
    REMOTE_URI_TRANSPORT_TCP,
    REMOTE_URI_TRANSPORT_LIBSSH,
    REMOTE_URI_TRANSPORT_LAST
} remoteURITransport;

/* How the UNIX socket is picked (?mode= or remote_mode in libvirt.conf). */
typedef enum {
    REMOTE_URI_MODE_AUTO = 0, /* the per-driver socket if it exists, else libvirt-sock */
    REMOTE_URI_MODE_LEGACY,   /* libvirt-sock (monolithic libvirtd) */
    REMOTE_URI_MODE_DIRECT,   /* virt<drv>d-sock (per-driver daemons) */
    REMOTE_URI_MODE_LAST
} remoteURIMode;

/*
 * Open flags, with libvirt's values: they are also what a libvirt client
 * sends as CONNECT_OPEN flags (observed 0x6 for session URIs, 0x7 with
 * read-only), so they go on the wire unchanged.
 */
typedef enum {
    REMOTE_URI_OPEN_RO = 1 << 0,        /* read-only open: "-ro" system socket */
    REMOTE_URI_OPEN_USER = 1 << 1,      /* per-user (session) daemon */
    REMOTE_URI_OPEN_AUTOSTART = 1 << 2, /* may spawn the session daemon */
} remoteURIOpenFlags;

/* The system-wide socket directory, as libvirt clients spell it. */
#define REMOTE_URI_SYSTEM_SOCKET_DIR "/var/run/libvirt"
/* Default TCP port of libvirtd (listen_tcp). */
#define REMOTE_URI_TCP_PORT "16509"

typedef struct _remoteURIInfo remoteURIInfo;
struct _remoteURIInfo {
    /* the scheme before '+' ("test" of "test+unix"), or NULL without a
     * URI; "remote" stays "remote" */
    char *driver;
    remoteURITransport transport;
    remoteURIMode mode;
    unsigned int flags; /* remoteURIOpenFlags */
    char *name;         /* the CONNECT_OPEN name ("" = the server's default) */
    char *host;         /* server for TCP; "localhost" when the URI has none */
    char *port;         /* port for TCP (REMOTE_URI_TCP_PORT by default) */
    char *socket;       /* ?socket= (explicit UNIX socket), or NULL */
    char *authtype;     /* ?auth=, or NULL */
};

/*
 * remoteURISplitScheme:
 * @uri: a parsed URI with a scheme
 * @driver: set to a new copy of the scheme before '+'
 * @transport: set to the transport after '+', or without one TLS when
 *             the URI names a server and UNIX otherwise
 *
 * Returns 0, or -1 with VIR_ERR_INVALID_ARG reported for an unknown
 * transport or a UNIX transport with a server (libvirt's texts). The
 * outputs are written only on success.
 */
int remoteURISplitScheme(virURI *uri, char **driver, remoteURITransport *transport);

/* Returns the transport's name ("unix", ...), or NULL when out of range. */
const char *remoteURITransportName(remoteURITransport transport);

/*
 * remoteURIParse:
 * @uri: the connection's URI, or NULL when the application gave none
 *       (the client parameters it carries are marked ignored)
 * @conf: the client configuration (remote_mode), or NULL
 * @readonly: the open is read-only (VIR_CONNECT_RO)
 * @euid: the effective user id to decide between session and system
 *        (geteuid(); a parameter so that tests can act as either)
 * @autostartEnv: the value of $LIBVIRT_AUTOSTART, or NULL when unset
 * @info: set to a new remoteURIInfo (free with remoteURIInfoFree)
 *
 * Works out the transport, the client parameters, the open flags (a
 * non-root user gets USER for "/session" paths, "test+" schemes and no
 * URI at all, and AUTOSTART too on a local UNIX transport unless
 * $LIBVIRT_AUTOSTART is "0") and the CONNECT_OPEN name: the URI without
 * transport, user, host, port and client parameters; "" for the
 * "remote" scheme and for no URI; ?name= replaces it all.
 *
 * Returns 0, or -1 with an error reported (bad scheme, a bad boolean
 * parameter "Failed to parse value of URI component NAME", an unknown
 * mode "Unknown remote mode 'X'").
 */
int remoteURIParse(virURI *uri,
                   virConf *conf,
                   bool readonly,
                   uid_t euid,
                   const char *autostartEnv,
                   remoteURIInfo **info);

/* Frees @info; NULL is fine. */
void remoteURIInfoFree(remoteURIInfo *info);

/*
 * remoteURIUserRuntimeDir:
 *
 * Returns the per-user socket directory as a new string:
 * $XDG_RUNTIME_DIR/libvirt, or ~/.cache/libvirt (the user cache
 * directory) when XDG_RUNTIME_DIR is unset or empty. Reads the
 * environment on every call.
 */
char *remoteURIUserRuntimeDir(void);

/* Tells whether a socket path exists (virFileExists in real use). */
typedef bool (*remoteURIExistsFunc)(const char *path);

/*
 * remoteURIGetSocket:
 * @info: the parsed URI (UNIX transport)
 * @userdir: the per-user socket directory (remoteURIUserRuntimeDir())
 * @exists: how to check whether a candidate socket exists
 * @daemon: set to a new string naming the daemon to autostart
 *          ("virttestd"), or NULL when there is nothing to start
 *
 * Chooses the UNIX socket: ?socket= when given (never autostarts);
 * otherwise the per-driver ("direct", virt<drv>d-sock; libvirt-sock for
 * no driver or the "remote" scheme) or monolithic ("legacy",
 * libvirt-sock) socket in @userdir for USER opens or in
 * /var/run/libvirt (with "-ro" for read-only) otherwise. Mode auto takes
 * the direct socket if it exists, else the legacy one if it exists;
 * when neither does it takes the legacy name, as Debian's libvirt does,
 * except when the open may autostart a daemon of a known driver: then
 * it takes the direct socket, because modvirt has no monolithic daemon
 * and starts the per-driver one instead of libvirtd. A daemon is named
 * only for AUTOSTART opens of the direct socket of a known driver.
 *
 * Returns the socket path (new string); never fails.
 */
char *remoteURIGetSocket(const remoteURIInfo *info,
                         const char *userdir,
                         remoteURIExistsFunc exists,
                         char **daemon);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(remoteURIInfo, remoteURIInfoFree);
