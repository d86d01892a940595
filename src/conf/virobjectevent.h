/*
 * virobjectevent.h: event queues and callback registries of drivers
 *
 * A driver owns one virObjectEventState. Connections register callbacks
 * in it (per connection, event family, event ID and optionally one object,
 * by UUID); the driver queues events (virObject subclasses of
 * virObjectEvent, built by virdomainevent.h or virnetworkevent.h) from
 * any thread. A timer on the registered event loop (virevent.h) flushes
 * the queue on the loop thread, delivering each event, in queue order, to
 * every matching callback in registration order, without holding the
 * state's lock, so callbacks may call back into the library (register,
 * deregister, queue events) freely.
 *
 * Callback numbers start at 0 per state and are never reused, as in
 * libvirt (where a driver's domain and network callbacks share one
 * state and so one numbering).
 *
 * Lifetime: while callbacks are registered, the event loop timer holds a
 * reference on the state; deregistering the last callback removes the
 * timer (and drops any queued events). A driver shutting down should
 * deregister its connections (virObjectEventStateDeregisterConn) before
 * dropping its own reference.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>

#include "virerror.h"
#include "virobject.h"

#include <libvirt/libvirt.h>

typedef struct _virObjectEvent virObjectEvent;
typedef struct _virObjectEventState virObjectEventState;

/*
 * The registry stores every family's callback as this type; each family's
 * dispatch function casts it back to the type the event ID calls for.
 */
typedef void (*virConnectObjectEventGenericCallback)(virConnectPtr conn, void *obj, void *opaque);

/*
 * virObjectEventDispatchFunc:
 * @conn: the connection that registered @cb (borrowed)
 * @event: the event (borrowed)
 * @cb: the registered callback, as stored
 * @cbopaque: its opaque data
 *
 * Makes the public handle of the event's object and calls @cb with the
 * arguments its event ID calls for. Runs on the event loop thread with no
 * lock held.
 */
typedef void (*virObjectEventDispatchFunc)(virConnectPtr conn,
                                           virObjectEvent *event,
                                           virConnectObjectEventGenericCallback cb,
                                           void *cbopaque);

/*
 * The common part of every event, embedded first by the family classes.
 * All fields are set by virObjectEventNew() and never change afterwards.
 */
struct _virObjectEvent {
    virObject parent;
    virObjectEventDispatchFunc dispatch; /* the family's dispatcher */
    int eventID;                         /* virDomainEventID, virNetworkEventID, ... */
    int id;                              /* the object's numeric id (domain id), or -1 */
    char *name;                          /* the object's name, owned */
    unsigned char uuid[VIR_UUID_BUFLEN]; /* the object's UUID */
};

/*
 * virClassForObjectEvent:
 *
 * Returns the base class of all events (borrowed, lives forever), for
 * family classes to derive from, or NULL with an error reported if it
 * cannot be created.
 */
virClass *virClassForObjectEvent(void);

/*
 * virObjectEventNew:
 * @klass: a class derived from virClassForObjectEvent()
 * @dispatch: the family's dispatch function
 * @eventID: the event ID within the family
 * @id: the object's numeric id, or -1
 * @name: the object's name (copied)
 * @uuid: the object's VIR_UUID_BUFLEN-byte UUID (copied)
 *
 * Returns a new event (one reference, owned by the caller) with the
 * common fields set and the family's fields zeroed, or NULL with
 * VIR_ERR_INTERNAL_ERROR reported if @klass is not an event class or
 * VIR_ERR_INVALID_ARG if @name or @uuid is NULL.
 */
void *virObjectEventNew(virClass *klass,
                        virObjectEventDispatchFunc dispatch,
                        int eventID,
                        int id,
                        const char *name,
                        const unsigned char *uuid);

/*
 * virObjectEventStateNew:
 *
 * Returns a new, empty state (one reference, owned by the caller), or NULL
 * with an error reported if its class cannot be created. No event loop is
 * needed until the first callback is registered.
 */
virObjectEventState *virObjectEventStateNew(void);

/*
 * virObjectEventStateRegisterID:
 * @state: the driver's state
 * @conn: the connection registering (a reference is taken for as long as
 *        the callback stays registered)
 * @klass: the event family class (virClassForDomainEvent(), ...)
 * @eventID: the event ID within the family
 * @uuid: deliver only events of the object with this UUID (copied), or
 *        NULL for every object
 * @cb: the callback
 * @opaque: passed to @cb
 * @freecb: if not NULL, called on @opaque once the callback is gone
 *          (after deregistration, or when the state is freed), never
 *          with the state's lock held; not called if registration fails
 * @legacy: true for the old lifecycle-only registration
 *          (virConnectDomainEventRegister), which is looked up by
 *          function rather than by number
 *
 * Adds a callback. The first callback of a state adds the flush timer to
 * the event loop. Family modules wrap this with typed callbacks.
 *
 * Returns the callback number (>= 0), or -1 with an error reported:
 * VIR_ERR_INVALID_ARG "event callback already tracked" if @conn already
 * registered @cb for the same family, event ID, object filter and
 * @legacy; VIR_ERR_INTERNAL_ERROR "could not initialize domain event
 * timer" (libvirt's text) if no event loop is registered.
 */
int virObjectEventStateRegisterID(virObjectEventState *state,
                                  virConnectPtr conn,
                                  virClass *klass,
                                  int eventID,
                                  const unsigned char *uuid,
                                  virConnectObjectEventGenericCallback cb,
                                  void *opaque,
                                  virFreeCallback freecb,
                                  bool legacy);

/*
 * virObjectEventStateDeregisterID:
 * @state: the driver's state
 * @conn: the connection that registered the callback
 * @callbackID: its number
 *
 * Removes a callback: it is called no more (except for a call already
 * running on the loop thread), and its free callback runs now, or at the
 * end of the flush in progress if called from within one. Removing the
 * last callback removes the flush timer and drops queued events.
 *
 * Returns 0, or -1 with VIR_ERR_INVALID_ARG "could not find event callback
 * N for deletion" (libvirt's text) if @conn has no callback @callbackID.
 */
int virObjectEventStateDeregisterID(virObjectEventState *state, virConnectPtr conn, int callbackID);

/*
 * virObjectEventStateDeregisterConn:
 * @state: the driver's state
 * @conn: a connection
 *
 * Removes every callback @conn registered, as virObjectEventStateDeregisterID
 * would. For a connection that closes or a client that goes away.
 * Returns the number of callbacks removed.
 */
int virObjectEventStateDeregisterConn(virObjectEventState *state, virConnectPtr conn);

/*
 * virObjectEventStateCallbackID:
 * @state: the driver's state
 * @conn: the connection
 * @klass: the event family class
 * @eventID: the event ID
 * @cb: a callback registered with @legacy true and no object filter
 *
 * Returns the number of @conn's legacy registration of @cb, or -1 with
 * VIR_ERR_INVALID_ARG "event callback function %p not registered"
 * (libvirt's text). Used to deregister old-style callbacks.
 */
int virObjectEventStateCallbackID(virObjectEventState *state,
                                  virConnectPtr conn,
                                  virClass *klass,
                                  int eventID,
                                  virConnectObjectEventGenericCallback cb);

/*
 * virObjectEventStateEventID:
 * @state: the driver's state
 * @conn: the connection
 * @callbackID: a callback number
 *
 * Returns the event ID @conn's callback @callbackID was registered for,
 * or -1 with VIR_ERR_INVALID_ARG "event callback id N not registered"
 * (libvirt's text).
 */
int virObjectEventStateEventID(virObjectEventState *state, virConnectPtr conn, int callbackID);

/*
 * virObjectEventStateQueue:
 * @state: the driver's state
 * @event: the event to deliver; ownership is taken (NULL is ignored, so
 *         a failed constructor can be passed straight in)
 *
 * Queues @event for delivery on the event loop and wakes the flush timer.
 * When no callback is registered the event is dropped at once, as in
 * libvirt. Any thread; never blocks on callbacks.
 */
void virObjectEventStateQueue(virObjectEventState *state, virObjectEvent *event);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virObjectEvent, virObjectUnref);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virObjectEventState, virObjectUnref);
