/*
 * remote_dispatch.h: the REMOTE program served by every daemon
 *
 * Handlers for the REMOTE procedures: the handshake (AUTH_LIST,
 * SUPPORTS_FEATURE, CONNECT_OPEN/CLOSE, close callbacks), then every
 * procedure of the public API, run by calling the public API on the
 * client's own virConnect (opened by CONNECT_OPEN with the name the
 * client sent, read-only when the client or its socket is), and event
 * registration that forwards the driver's events to the client as
 * MESSAGE frames.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virnetserver.h"

/*
 * remoteDispatchProgramNew:
 * Returns a new REMOTE program with every handler (for
 * virNetServerAddProgram).
 *
 * The first call also prepares the process for serving: it installs a
 * silent library error handler (errors go to the clients, not stderr),
 * registers the default event loop implementation
 * (virEventRegisterDefaultImpl, unless one is installed already) and
 * starts a thread running virEventRunDefaultImpl for the life of the
 * process, so that the drivers' events reach the event registrations.
 */
virNetServerProgram *remoteDispatchProgramNew(void);

/*
 * remoteDispatchClientNew / remoteDispatchClientFree:
 * The per-client data hooks to give virNetServerNew(): the client's
 * connection and event registrations. @opaque is unused (may be NULL).
 * Free closes the client's connection and drops its registrations.
 */
void *remoteDispatchClientNew(virNetServerClient *client, void *opaque);
void remoteDispatchClientFree(void *priv);

/*
 * remoteDispatchSetDefaultURI:
 * The URI a CONNECT_OPEN with an empty name opens (the daemon's default
 * hypervisor, e.g. "test:///default" for virttestd). Copied.
 */
void remoteDispatchSetDefaultURI(const char *uri);
