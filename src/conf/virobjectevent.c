/*
 * virobjectevent.c: event queues and callback registries of drivers
 *
 * Locking: everything in a state is guarded by its lock, which is never
 * held while a callback, a free callback or a connection's last unref
 * runs. During a flush the lock is dropped around each callback; so that
 * the flush can walk the callback array by index meanwhile, nothing is
 * taken out of the array while a flush is in progress: deregistration
 * only marks the callback deleted, and the flush purges marked callbacks
 * when it ends. New callbacks are appended, and see the events that
 * follow the one being delivered.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <limits.h>
#include <string.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virevent.h"
#include "virlog.h"
#include "virobjectevent.h"

#define VIR_FROM_THIS VIR_FROM_NONE

VIR_LOG_INIT("conf.objectevent");

typedef struct _virObjectEventCallback virObjectEventCallback;
struct _virObjectEventCallback {
    int callbackID;                          /* number handed to the registrant */
    virClass *klass;                         /* event family it listens to */
    int eventID;                             /* event ID within the family */
    virConnectPtr conn;                      /* registrant; reference held */
    bool uuidFilter;                         /* only events of @uuid */
    unsigned char uuid[VIR_UUID_BUFLEN];     /* the object, if @uuidFilter */
    virConnectObjectEventGenericCallback cb; /* the callback, as registered */
    void *opaque;                            /* its data */
    virFreeCallback freecb;                  /* releases @opaque, or NULL */
    bool legacy;                             /* registered the old way */
    bool deleted;                            /* deregistered during a flush */
};

struct _virObjectEventState {
    virObjectLockable parent;
    GPtrArray *callbacks; /* virObjectEventCallback *, in registration order */
    GPtrArray *queue;     /* pending events (references), oldest first */
    int nextID;           /* number of the next callback */
    int timer;            /* flush timer of the event loop, -1 when none */
    int flushing;         /* flushes in progress (callbacks only get marked) */
};

static virClass *virObjectEventClass;
static virClass *virObjectEventStateClass;

static void virObjectEventDispose(void *obj);
static void virObjectEventStateDispose(void *obj);


static int
virObjectEventOnceInit(void)
{
    if (!VIR_CLASS_NEW(virObjectEvent, virClassForObject()))
        return -1;
    if (!VIR_CLASS_NEW(virObjectEventState, virClassForObjectLockable()))
        return -1;
    return 0;
}

VIR_ONCE_GLOBAL_INIT(virObjectEvent);


virClass *
virClassForObjectEvent(void)
{
    if (virObjectEventInitialize() < 0)
        return NULL;
    return virObjectEventClass;
}


static void
virObjectEventDispose(void *obj)
{
    virObjectEvent *event = obj;

    g_free(event->name);
}


void *
virObjectEventNew(virClass *klass,
                  virObjectEventDispatchFunc dispatch,
                  int eventID,
                  int id,
                  const char *name,
                  const unsigned char *uuid)
{
    virObjectEvent *event;

    if (virObjectEventInitialize() < 0)
        return NULL;
    if (!virClassIsDerivedFrom(klass, virObjectEventClass) || !dispatch) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("class '%1$s' is not an event class"),
                       NULLSTR(virClassName(klass)));
        return NULL;
    }
    if (!name || !uuid) {
        virReportError(VIR_ERR_INVALID_ARG, "%s",
                       _("an event needs the name and UUID of its object"));
        return NULL;
    }
    if (!(event = virObjectNew(klass)))
        return NULL;

    event->dispatch = dispatch;
    event->eventID = eventID;
    event->id = id;
    event->name = g_strdup(name);
    memcpy(event->uuid, uuid, VIR_UUID_BUFLEN);
    return event;
}


/* Releases a callback that is out of every list. Never call with a lock held. */
static void
virObjectEventCallbackFree(void *opaque)
{
    virObjectEventCallback *cb = opaque;

    if (cb->freecb)
        cb->freecb(cb->opaque);
    virObjectUnref(cb->conn);
    g_free(cb);
}


/* A list for callbacks taken out under the lock and freed after it. */
static GPtrArray *
virObjectEventCallbackGarbageNew(void)
{
    return g_ptr_array_new_with_free_func(virObjectEventCallbackFree);
}


static void
virObjectEventStateDispose(void *obj)
{
    virObjectEventState *state = obj;

    /* Only reachable without callbacks (the timer holds a reference while
     * there are any) unless the event loop dropped the timer's reference. */
    if (state->timer >= 0)
        (void)virEventImplRemoveTimeout(state->timer);
    if (state->callbacks) {
        g_ptr_array_set_free_func(state->callbacks, virObjectEventCallbackFree);
        g_ptr_array_unref(state->callbacks);
    }
    if (state->queue)
        g_ptr_array_unref(state->queue);
}


virObjectEventState *
virObjectEventStateNew(void)
{
    virObjectEventState *state;

    if (virObjectEventInitialize() < 0)
        return NULL;
    if (!(state = virObjectLockableNew(virObjectEventStateClass)))
        return NULL;

    state->callbacks = g_ptr_array_new();
    state->queue = g_ptr_array_new_with_free_func(virObjectFreeCallback);
    state->timer = -1;
    return state;
}


static bool
virObjectEventCallbackSameFilter(const virObjectEventCallback *cb, const unsigned char *uuid)
{
    if (!uuid)
        return !cb->uuidFilter;
    return cb->uuidFilter && memcmp(cb->uuid, uuid, VIR_UUID_BUFLEN) == 0;
}


/* Index of @conn's live callback @callbackID, or -1. Lock held. */
static int
virObjectEventStateFindLocked(virObjectEventState *state, virConnectPtr conn, int callbackID)
{
    guint i;

    for (i = 0; i < state->callbacks->len; i++) {
        virObjectEventCallback *cb = g_ptr_array_index(state->callbacks, i);

        if (!cb->deleted && cb->conn == conn && cb->callbackID == callbackID)
            return i;
    }
    return -1;
}


/* The number of @conn's live registration of @func, or -1. Lock held. */
static int
virObjectEventStateLookupLocked(virObjectEventState *state,
                                virConnectPtr conn,
                                virClass *klass,
                                int eventID,
                                const unsigned char *uuid,
                                virConnectObjectEventGenericCallback func,
                                bool legacy)
{
    guint i;

    for (i = 0; i < state->callbacks->len; i++) {
        virObjectEventCallback *cb = g_ptr_array_index(state->callbacks, i);

        if (!cb->deleted && cb->conn == conn && cb->klass == klass && cb->eventID == eventID &&
            cb->cb == func && cb->legacy == legacy && virObjectEventCallbackSameFilter(cb, uuid))
            return cb->callbackID;
    }
    return -1;
}


static void virObjectEventStateTimer(int timer, void *opaque);


/* Adds the (disabled) flush timer, which holds a reference. Lock held. */
static int
virObjectEventStateAddTimerLocked(virObjectEventState *state)
{
    int timer;

    virObjectRef(state);
    timer = virEventImplAddTimeout(-1, virObjectEventStateTimer, state, virObjectFreeCallback);
    if (timer < 0) {
        /* Not the last reference: the caller holds one. */
        virObjectUnref(state);
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("could not initialize domain event timer"));
        return -1;
    }
    state->timer = timer;
    return 0;
}


/*
 * Once no callback is left, removes the flush timer (whose free callback
 * drops its reference later, from the loop) and the queued events, which
 * nobody can receive any more. Lock held.
 */
static void
virObjectEventStateCleanupTimerLocked(virObjectEventState *state)
{
    if (state->callbacks->len > 0 || state->timer < 0)
        return;
    (void)virEventImplRemoveTimeout(state->timer);
    state->timer = -1;
    g_ptr_array_set_size(state->queue, 0);
}


int
virObjectEventStateRegisterID(virObjectEventState *state,
                              virConnectPtr conn,
                              virClass *klass,
                              int eventID,
                              const unsigned char *uuid,
                              virConnectObjectEventGenericCallback cb,
                              void *opaque,
                              virFreeCallback freecb,
                              bool legacy)
{
    virObjectEventCallback *entry;
    int id;

    virObjectLock(state);
    if (virObjectEventStateLookupLocked(state, conn, klass, eventID, uuid, cb, legacy) >= 0) {
        virObjectUnlock(state);
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("event callback already tracked"));
        return -1;
    }
    if (state->nextID == INT_MAX) {
        virObjectUnlock(state);
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("too many event callbacks"));
        return -1;
    }
    if (state->timer < 0 && virObjectEventStateAddTimerLocked(state) < 0) {
        virObjectUnlock(state);
        return -1;
    }

    entry = g_new0(virObjectEventCallback, 1);
    id = entry->callbackID = state->nextID++;
    entry->klass = klass;
    entry->eventID = eventID;
    entry->conn = virObjectRef(conn);
    if (uuid) {
        entry->uuidFilter = true;
        memcpy(entry->uuid, uuid, VIR_UUID_BUFLEN);
    }
    entry->cb = cb;
    entry->opaque = opaque;
    entry->freecb = freecb;
    entry->legacy = legacy;
    g_ptr_array_add(state->callbacks, entry);
    virObjectUnlock(state);

    VIR_DEBUG("state=%p conn=%p eventID=%d legacy=%d callbackID=%d", state, conn, eventID, legacy,
              id);
    return id;
}


/*
 * Takes callback @i out of service: during a flush it is only marked (the
 * flush purges it), otherwise it moves to @garbage. Lock held.
 */
static void
virObjectEventStateDetachLocked(virObjectEventState *state, guint i, GPtrArray *garbage)
{
    virObjectEventCallback *cb = g_ptr_array_index(state->callbacks, i);

    if (state->flushing > 0) {
        cb->deleted = true;
        return;
    }
    g_ptr_array_add(garbage, g_ptr_array_steal_index(state->callbacks, i));
}


int
virObjectEventStateDeregisterID(virObjectEventState *state, virConnectPtr conn, int callbackID)
{
    g_autoptr(GPtrArray) garbage = virObjectEventCallbackGarbageNew();
    int i;

    virObjectLock(state);
    if ((i = virObjectEventStateFindLocked(state, conn, callbackID)) < 0) {
        virObjectUnlock(state);
        virReportError(VIR_ERR_INVALID_ARG, _("could not find event callback %1$d for deletion"),
                       callbackID);
        return -1;
    }
    virObjectEventStateDetachLocked(state, i, garbage);
    virObjectEventStateCleanupTimerLocked(state);
    virObjectUnlock(state);

    VIR_DEBUG("state=%p conn=%p callbackID=%d", state, conn, callbackID);
    return 0; /* @garbage is freed now, without the lock */
}


int
virObjectEventStateDeregisterConn(virObjectEventState *state, virConnectPtr conn)
{
    g_autoptr(GPtrArray) garbage = virObjectEventCallbackGarbageNew();
    guint i;
    int count = 0;

    virObjectLock(state);
    /* Backwards, since detaching may take the entry out of the array. */
    for (i = state->callbacks->len; i-- > 0;) {
        virObjectEventCallback *cb = g_ptr_array_index(state->callbacks, i);

        if (cb->deleted || cb->conn != conn)
            continue;
        virObjectEventStateDetachLocked(state, i, garbage);
        count++;
    }
    virObjectEventStateCleanupTimerLocked(state);
    virObjectUnlock(state);

    VIR_DEBUG("state=%p conn=%p removed=%d", state, conn, count);
    return count;
}


int
virObjectEventStateCallbackID(virObjectEventState *state,
                              virConnectPtr conn,
                              virClass *klass,
                              int eventID,
                              virConnectObjectEventGenericCallback cb)
{
    int id;

    virObjectLock(state);
    id = virObjectEventStateLookupLocked(state, conn, klass, eventID, NULL, cb, true);
    virObjectUnlock(state);

    if (id < 0) {
        virReportError(VIR_ERR_INVALID_ARG, _("event callback function %1$p not registered"),
                       (void *)cb);
    }
    return id;
}


int
virObjectEventStateEventID(virObjectEventState *state, virConnectPtr conn, int callbackID)
{
    int eventID = -1;
    int i;

    virObjectLock(state);
    if ((i = virObjectEventStateFindLocked(state, conn, callbackID)) >= 0) {
        virObjectEventCallback *cb = g_ptr_array_index(state->callbacks, i);

        eventID = cb->eventID;
    }
    virObjectUnlock(state);

    if (eventID < 0) {
        virReportError(VIR_ERR_INVALID_ARG, _("event callback id %1$d not registered"), callbackID);
    }
    return eventID;
}


void
virObjectEventStateQueue(virObjectEventState *state, virObjectEvent *event)
{
    if (!event)
        return;

    virObjectLock(state);
    if (state->timer < 0) {
        virObjectUnlock(state);
        VIR_DEBUG("state=%p has no callbacks, dropping event %d", state, event->eventID);
        virObjectUnref(event);
        return;
    }
    g_ptr_array_add(state->queue, event);
    /* The first pending event arms the timer; later ones ride along. */
    if (state->queue->len == 1)
        virEventImplUpdateTimeout(state->timer, 0);
    virObjectUnlock(state);
}


static bool
virObjectEventCallbackMatches(const virObjectEventCallback *cb, virObjectEvent *event)
{
    if (cb->deleted || cb->eventID != event->eventID)
        return false;
    if (!virObjectIsClass(event, cb->klass))
        return false;
    return !cb->uuidFilter || memcmp(cb->uuid, event->uuid, VIR_UUID_BUFLEN) == 0;
}


/*
 * Delivers @event to the matching callbacks registered so far, dropping
 * the lock around each call. The callbacks stay in the array meanwhile
 * (see the top of the file), so index and entry remain valid.
 */
static void
virObjectEventStateDispatchLocked(virObjectEventState *state, virObjectEvent *event)
{
    guint count = state->callbacks->len;
    guint i;

    for (i = 0; i < count; i++) {
        virObjectEventCallback *cb = g_ptr_array_index(state->callbacks, i);

        if (!virObjectEventCallbackMatches(cb, event))
            continue;
        virObjectUnlock(state);
        event->dispatch(cb->conn, event, cb->cb, cb->opaque);
        virObjectLock(state);
    }
}


/* Moves the callbacks marked during flushes to a new garbage list. Lock held. */
static GPtrArray *
virObjectEventStatePurgeLocked(virObjectEventState *state)
{
    GPtrArray *garbage = virObjectEventCallbackGarbageNew();
    guint i;

    if (state->flushing > 0)
        return garbage;
    for (i = state->callbacks->len; i-- > 0;) {
        virObjectEventCallback *cb = g_ptr_array_index(state->callbacks, i);

        if (cb->deleted)
            g_ptr_array_add(garbage, g_ptr_array_steal_index(state->callbacks, i));
    }
    return garbage;
}


/* The flush timer: delivers every queued event, on the loop thread. */
static void
virObjectEventStateTimer(int timer G_GNUC_UNUSED, void *opaque)
{
    virObjectEventState *state = opaque;
    g_autoptr(GPtrArray) events = NULL;
    g_autoptr(GPtrArray) garbage = NULL;
    guint i;

    /* Our own reference: a callback may remove the last callback, and
     * with it the timer and the timer's reference. */
    virObjectRef(state);
    virObjectLock(state);
    state->flushing++;
    events = g_steal_pointer(&state->queue);
    state->queue = g_ptr_array_new_with_free_func(virObjectFreeCallback);
    if (state->timer >= 0)
        virEventImplUpdateTimeout(state->timer, -1);

    for (i = 0; i < events->len; i++)
        virObjectEventStateDispatchLocked(state, g_ptr_array_index(events, i));

    state->flushing--;
    garbage = virObjectEventStatePurgeLocked(state);
    virObjectEventStateCleanupTimerLocked(state);
    virObjectUnlock(state);

    /* Free the delivered events and purged callbacks before the state. */
    g_clear_pointer(&events, g_ptr_array_unref);
    g_clear_pointer(&garbage, g_ptr_array_unref);
    virObjectUnref(state);
}
