/*
 * virnetworkevent.h: network events
 *
 * virNetworkEvent (derived from virObjectEvent) carries the network event
 * IDs of libvirt 9.0: VIR_NETWORK_EVENT_ID_LIFECYCLE. Drivers build events
 * here and queue them with virObjectEventStateQueue(); callbacks get a
 * public handle made by the function set with virNetworkEventSetGetNetwork()
 * (src/lib installs virGetNetwork()).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virobjectevent.h"

typedef struct _virNetworkEvent virNetworkEvent;

/*
 * virNetworkEventGetNetworkFunc:
 *
 * Returns a new reference to a public handle for the network, or NULL.
 * The handle must be a virObject (released with virObjectUnref() after
 * the callback returns). virGetNetwork() fits.
 */
typedef virNetworkPtr (*virNetworkEventGetNetworkFunc)(virConnectPtr conn,
                                                       const char *name,
                                                       const unsigned char *uuid);

/*
 * virNetworkEventSetGetNetwork:
 * @func: the handle constructor, or NULL to unset
 *
 * Sets the process-wide handle constructor of network event dispatch.
 * Until one is set, network events are not delivered. Any thread.
 */
void virNetworkEventSetGetNetwork(virNetworkEventGetNetworkFunc func);

/*
 * virClassForNetworkEvent:
 *
 * Returns the network event class (borrowed), or NULL with an error
 * reported if it cannot be created.
 */
virClass *virClassForNetworkEvent(void);

/*
 * virNetworkEventStateRegisterID:
 * @state: the driver's event state
 * @conn: the registering connection
 * @uuid: only events of this network (net->uuid), or NULL for all
 * @eventID: a virNetworkEventID
 * @cb: the callback, cast to the generic type (VIR_NETWORK_EVENT_CALLBACK)
 * @opaque, @freecb: as for virObjectEventStateRegisterID()
 *
 * What a driver's connectNetworkEventRegisterAny does. Returns the
 * callback number (>= 0; shared numbering with the state's other
 * families) or -1 with an error reported (VIR_ERR_INVALID_ARG for an
 * @eventID out of range, or those of virObjectEventStateRegisterID()).
 * Deregistration is virObjectEventStateDeregisterID().
 */
int virNetworkEventStateRegisterID(virObjectEventState *state,
                                   virConnectPtr conn,
                                   const unsigned char *uuid,
                                   int eventID,
                                   virConnectNetworkEventGenericCallback cb,
                                   void *opaque,
                                   virFreeCallback freecb);

/*
 * virNetworkEventLifecycleNew:
 * @name: the network's name (copied)
 * @uuid: its VIR_UUID_BUFLEN-byte UUID (copied)
 * @type: a virNetworkEventLifecycleType
 * @detail: 0 (libvirt defines no details)
 *
 * Returns a new VIR_NETWORK_EVENT_ID_LIFECYCLE event (owned by the
 * caller), or NULL with an error reported.
 */
virObjectEvent *
virNetworkEventLifecycleNew(const char *name, const unsigned char *uuid, int type, int detail);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virNetworkEvent, virObjectUnref);
