/*
 * virproxy.h: virtproxyd's routing table and forwarding engine
 *
 * The proxy accepts clients on libvirt-sock / libvirt-sock-ro, answers
 * the pre-open handshake itself (AUTH_LIST, SUPPORTS_FEATURE(10),
 * keepalive PING; anything else gets "hypervisor connection not open"),
 * and at CONNECT_OPEN picks a backend daemon by URI scheme. It then hands
 * the client's socket to that daemon (handoff, docs/proxy.md) or, when
 * that is off or fails, replays the handshake to it and forwards whole
 * frames both ways unchanged (fds of *_WITH_FDS frames included), with
 * back-pressure.
 * Everything runs on one thread around poll().
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>

#include <glib.h>

typedef struct _virProxy virProxy;

/*
 * virProxyNew:
 * @sockDir: the directory of the backends' sockets (<run>/libvirt)
 * @uriDefault: the URI whose scheme routes a CONNECT_OPEN with an empty
 *              name, or NULL (then: the first backend whose socket exists)
 *
 * Returns a new proxy with the default routing table and no listener
 * (free with virProxyFree).
 */
virProxy *virProxyNew(const char *sockDir, const char *uriDefault);

/* Frees @proxy, closing every connection and listener; NULL is accepted. */
void virProxyFree(virProxy *proxy);

/*
 * virProxySetRoute:
 * @scheme: URI scheme ("qemu")
 * @socket: the backend's read-write socket path; read-only clients use
 *          @socket with "-ro" appended
 *
 * Adds or overrides the route of @scheme (an added scheme goes last in
 * the table order).
 */
void virProxySetRoute(virProxy *proxy, const char *scheme, const char *socket);

/*
 * virProxyBackendSocket:
 * Returns the socket path (new string) a client (@readonly or not)
 * asking for @name (a CONNECT_OPEN name, "" for the default) is routed
 * to, or NULL with VIR_ERR_NO_CONNECT reported (unknown scheme, or no
 * backend socket exists for an empty name).
 */
char *virProxyBackendSocket(virProxy *proxy, const char *name, bool readonly);

/*
 * virProxySetHandoff:
 * @handoff: true (the default): at CONNECT_OPEN, pass the client's socket
 *           to the backend over its handoff socket when it has one; false:
 *           always forward
 */
void virProxySetHandoff(virProxy *proxy, bool handoff);

/*
 * virProxyHandoffPath:
 * @socket: a backend socket path, "DIR/NAME-sock" or "DIR/NAME-sock-ro"
 *
 * Returns "DIR/NAME-handoff-sock" (new string), or NULL when @socket
 * ends in neither suffix (no error reported).
 */
char *virProxyHandoffPath(const char *socket);

/*
 * virProxyAddListener:
 * @fd: a listening UNIX socket (the proxy owns it from now on)
 * @readonly: its clients are read-only
 */
void virProxyAddListener(virProxy *proxy, int fd, bool readonly);

/*
 * virProxyRun:
 * @stopfd: a descriptor whose readability ends the loop (a signalfd)
 * @timeout: idle seconds (no client) after which the loop ends; 0: never
 *
 * Serves until @stopfd is readable or the idle timeout expires.
 * Returns 0, or -1 with an error reported (poll failure).
 */
int virProxyRun(virProxy *proxy, int stopfd, unsigned int timeout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virProxy, virProxyFree);
