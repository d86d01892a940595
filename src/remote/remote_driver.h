/*
 * remote_driver.h: the remote driver, client side of the RPC protocol
 *
 * The remote driver serves every URI the local drivers declined
 * (libvirt's semantics): "test+unix:///default", "qemu:///system" when no
 * local qemu driver exists, "qemu+tcp://host/system", ... It connects to
 * the daemon (remote_uri.c picks the socket, remote_spawn.c starts a
 * session daemon on demand), performs libvirt's handshake and serves the
 * public API with RPC calls (remote_domain*.c, remote_network.c,
 * remote_storage.c, remote_secret.c), events (remote_events.c) and
 * streams (remote_stream.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>

/*
 * remoteRegister:
 *
 * Fills the remote driver's tables and registers it (after the local
 * drivers). Called once by the library's initialisation.
 * Returns 0, or -1 with an error reported.
 */
int remoteRegister(void);

/*
 * remoteSetInsideDaemon:
 * @monolithic: the daemon serves every driver itself (libvirtd) rather
 *              than one (virt<drv>d)
 *
 * For daemons, before they open any connection: as in libvirt, the
 * remote driver inside a daemon then declines URIs without a server
 * (unless they name a UNIX socket) when the URI's driver is registered
 * in this process or the daemon is monolithic, so that such an open ends
 * with "no connection driver available for URI"; other local URIs go to
 * the per-driver daemon's socket ("direct" mode).
 */
void remoteSetInsideDaemon(bool monolithic);
