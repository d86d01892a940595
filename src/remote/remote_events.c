/*
 * remote_events.c: event callbacks of remote connections
 *
 * The application's callbacks stay in this process; the server only
 * knows one registration per distinct (family, event ID, object filter),
 * made with 316/313/368/380 on the first local callback for it and
 * dropped with 317/314/369/381 when the last one goes. Each such
 * registration owns a local virObjectEventState holding its callbacks:
 * an event message names the server's callbackID, which picks the
 * registration, and the event is queued in that state, so it reaches
 * exactly the callbacks behind that registration (a callback filtered
 * on one domain and another on all domains must not see each other's
 * copy). The state delivers on the application's event loop, as the
 * in-process test driver does.
 *
 * Locking: @regLock serialises registration changes and is held across
 * their RPC calls; the I/O thread never takes it. @lock guards the
 * tables and is only held briefly (the I/O thread takes it).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "remote_driver_priv.h"
#include "remote_internal.h"
#include "virdomainevent.h"
#include "virerror.h"
#include "virevent.h"
#include "virlog.h"
#include "virnetworkevent.h"
#include "virobjectevent.h"
#include "virstoragepoolevent.h"
#include "virthread.h"

#define VIR_FROM_THIS VIR_FROM_REMOTE

VIR_LOG_INIT("remote.remote_events");

/* Register / deregister procedures of each family. */
static const int remoteEventRegisterProc[REMOTE_EVENT_LAST] = {
    REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY,
    REMOTE_PROC_CONNECT_NETWORK_EVENT_REGISTER_ANY,
    REMOTE_PROC_CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY,
    REMOTE_PROC_CONNECT_SECRET_EVENT_REGISTER_ANY,
};
static const int remoteEventDeregisterProc[REMOTE_EVENT_LAST] = {
    REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY,
    REMOTE_PROC_CONNECT_NETWORK_EVENT_DEREGISTER_ANY,
    REMOTE_PROC_CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY,
    REMOTE_PROC_CONNECT_SECRET_EVENT_DEREGISTER_ANY,
};

/* Any callback type; cast back by family and event ID. */
typedef void (*remoteEventFunc)(void);

/* What an application asks for. */
typedef struct _remoteEventRequest remoteEventRequest;
struct _remoteEventRequest {
    remoteEventFamily family;
    int eventID;
    void *obj;                 /* the filter's handle (virDomain, ...), or NULL */
    const unsigned char *uuid; /* its UUID, or NULL */
    remoteEventFunc cb;
    void *opaque;
    virFreeCallback freecb;
    bool legacy; /* virConnectDomainEventRegister */
};

/* One registration on the server. */
typedef struct _remoteEventReg remoteEventReg;
struct _remoteEventReg {
    remoteEventFamily family;            /* fixed */
    int eventID;                         /* fixed */
    bool filtered;                       /* fixed: @uuid is meaningful */
    unsigned char uuid[VIR_UUID_BUFLEN]; /* fixed */
    int remoteID;                        /* fixed: the server's callbackID */
    virObjectEventState *state;          /* fixed: its local callbacks */
    size_t nlocal;                       /* lock: callbacks in @state */
};

/* One local callback, as the application knows it. */
typedef struct _remoteEventCallback remoteEventCallback;
struct _remoteEventCallback {
    int id;              /* the callback number the application got */
    remoteEventReg *reg; /* borrowed */
    int stateID;         /* its number in reg->state */
};

struct _remoteEvents {
    bool serverCallbacks; /* fixed */
    virMutex regLock;     /* serialises (de)registration */
    virMutex lock;        /* guards the fields below */
    GPtrArray *regs;      /* remoteEventReg, owned */
    GPtrArray *callbacks; /* remoteEventCallback, owned */
    int nextID;           /* next callback number */
};


/* ---- bookkeeping ---- */

remoteEvents *
remoteEventsNew(bool serverCallbacks)
{
    remoteEvents *ev = g_new0(remoteEvents, 1);

    ev->serverCallbacks = serverCallbacks;
    virMutexInit(&ev->regLock);
    virMutexInit(&ev->lock);
    ev->regs = g_ptr_array_new();
    ev->callbacks = g_ptr_array_new_with_free_func(g_free);
    return ev;
}


static void
remoteEventRegFree(remoteEventReg *reg)
{
    if (!reg)
        return;
    virObjectUnref(reg->state);
    g_free(reg);
}


void
remoteEventsFree(remoteEvents *ev)
{
    if (!ev)
        return;
    g_ptr_array_set_free_func(ev->regs, (GDestroyNotify)remoteEventRegFree);
    g_ptr_array_unref(ev->regs);
    g_ptr_array_unref(ev->callbacks);
    virMutexDestroy(&ev->regLock);
    virMutexDestroy(&ev->lock);
    g_free(ev);
}


static remoteEventReg *
remoteEventsFindRegLocked(remoteEvents *ev, const remoteEventRequest *req)
{
    size_t i;

    for (i = 0; i < ev->regs->len; i++) {
        remoteEventReg *reg = g_ptr_array_index(ev->regs, i);

        if (reg->family == req->family && reg->eventID == req->eventID &&
            reg->filtered == (req->uuid != NULL) &&
            (!req->uuid || memcmp(reg->uuid, req->uuid, VIR_UUID_BUFLEN) == 0))
            return reg;
    }
    return NULL;
}


/* The filter object of @req on the wire, into the family's args struct. */
static int
remoteEventsRemoteRegister(virConnect *conn, const remoteEventRequest *req, int *remoteID)
{
    remote_nonnull_domain dom = { 0 };
    remote_nonnull_network net = { 0 };
    remote_nonnull_storage_pool pool = { 0 };
    remote_nonnull_secret secret = { 0 };
    /* every family's args are {eventID, optional object}, its ret {callbackID} */
    remote_connect_domain_event_callback_register_any_args dargs = { .eventID = req->eventID };
    remote_connect_network_event_register_any_args nargs = { .eventID = req->eventID };
    remote_connect_storage_pool_event_register_any_args pargs = { .eventID = req->eventID };
    remote_connect_secret_event_register_any_args sargs = { .eventID = req->eventID };
    const void *args[REMOTE_EVENT_LAST] = { &dargs, &nargs, &pargs, &sargs };
    remote_connect_domain_event_callback_register_any_ret ret = { 0 };
    int rc;

    if (req->obj) {
        switch (req->family) {
        case REMOTE_EVENT_DOMAIN:
            remoteDomainToWire(&dom, req->obj);
            dargs.dom = &dom;
            break;
        case REMOTE_EVENT_NETWORK:
            remoteNetworkToWire(&net, req->obj);
            nargs.net = &net;
            break;
        case REMOTE_EVENT_POOL:
            remoteStoragePoolToWire(&pool, req->obj);
            pargs.pool = &pool;
            break;
        case REMOTE_EVENT_SECRET:
        case REMOTE_EVENT_LAST:
            remoteSecretToWire(&secret, req->obj);
            sargs.secret = &secret;
            break;
        }
    }
    rc = remoteCall(conn, remoteEventRegisterProc[req->family], args[req->family], &ret);
    virXDRFree(&remote_nonnull_domain_desc, &dom);
    virXDRFree(&remote_nonnull_network_desc, &net);
    virXDRFree(&remote_nonnull_storage_pool_desc, &pool);
    virXDRFree(&remote_nonnull_secret_desc, &secret);
    if (rc < 0)
        return -1;
    VIR_DEBUG("family %d event %d: server callback %d", req->family, req->eventID, ret.callbackID);
    *remoteID = ret.callbackID;
    return 0;
}


static int
remoteEventsRemoteDeregister(virConnect *conn, remoteEventFamily family, int remoteID)
{
    /* every family's deregister args are {callbackID} */
    remote_connect_domain_event_callback_deregister_any_args args = { .callbackID = remoteID };

    return remoteCall(conn, remoteEventDeregisterProc[family], &args, NULL);
}


/* Adds the application's callback to @state; returns its number there. */
static int
remoteEventsLocalRegister(virObjectEventState *state,
                          virConnect *conn,
                          const remoteEventRequest *req)
{
    virConnectObjectEventGenericCallback cb = (virConnectObjectEventGenericCallback)req->cb;
    virClass *klass;

    switch (req->family) {
    case REMOTE_EVENT_DOMAIN:
        if (!req->legacy)
            return virDomainEventStateRegisterID(state, conn, req->uuid, req->eventID,
                                                 (virConnectDomainEventGenericCallback)req->cb,
                                                 req->opaque, req->freecb);
        if (virDomainEventStateRegister(state, conn, (virConnectDomainEventCallback)req->cb,
                                        req->opaque, req->freecb) < 0)
            return -1;
        return virObjectEventStateCallbackID(state, conn, virClassForDomainEvent(),
                                             VIR_DOMAIN_EVENT_ID_LIFECYCLE, cb);
    case REMOTE_EVENT_NETWORK:
        return virNetworkEventStateRegisterID(state, conn, req->uuid, req->eventID,
                                              (virConnectNetworkEventGenericCallback)req->cb,
                                              req->opaque, req->freecb);
    case REMOTE_EVENT_POOL:
        return virStoragePoolEventStateRegisterID(
            state, conn, req->uuid, req->eventID,
            (virConnectStoragePoolEventGenericCallback)req->cb, req->opaque, req->freecb);
    case REMOTE_EVENT_SECRET:
    case REMOTE_EVENT_LAST:
        break;
    }
    if (!(klass = remoteEventSecretClass()))
        return -1;
    return virObjectEventStateRegisterID(state, conn, klass, req->eventID, req->uuid, cb,
                                         req->opaque, req->freecb, false);
}


/* A new registration on the server for @req (regLock held); NULL with an error. */
static remoteEventReg *
remoteEventsNewReg(virConnect *conn, const remoteEventRequest *req)
{
    g_autofree remoteEventReg *reg = g_new0(remoteEventReg, 1);

    /* What the local state would say, before the server is bothered. */
    if (!virEventImplIsRegistered()) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("could not initialize domain event timer"));
        return NULL;
    }
    if (!(reg->state = virObjectEventStateNew()))
        return NULL;
    if (remoteEventsRemoteRegister(conn, req, &reg->remoteID) < 0) {
        virObjectUnref(reg->state);
        return NULL;
    }
    reg->family = req->family;
    reg->eventID = req->eventID;
    reg->filtered = req->uuid != NULL;
    if (req->uuid)
        memcpy(reg->uuid, req->uuid, VIR_UUID_BUFLEN);
    return g_steal_pointer(&reg);
}


/*
 * Registers the application's callback. Returns its number (>= 0), or
 * -1 with an error (the server's, or the local state's).
 */
static int
remoteEventsRegister(virConnect *conn, const remoteEventRequest *req)
{
    remoteEvents *ev = remoteConnGetEvents(conn);
    remoteEventReg *reg;
    remoteEventCallback *cb;
    bool fresh = false;
    int stateID;
    int id = -1;

    if (!ev->serverCallbacks) {
        virReportError(VIR_ERR_OPERATION_UNSUPPORTED, "%s",
                       _("the server does not support event callbacks"));
        return -1;
    }
    virMutexLock(&ev->regLock);
    virMutexLock(&ev->lock);
    reg = remoteEventsFindRegLocked(ev, req);
    virMutexUnlock(&ev->lock);
    if (!reg) {
        if (!(reg = remoteEventsNewReg(conn, req)))
            goto cleanup;
        fresh = true;
    }
    if ((stateID = remoteEventsLocalRegister(reg->state, conn, req)) < 0) {
        if (fresh) {
            virError *saved = NULL;

            virErrorPreserveLast(&saved);
            (void)remoteEventsRemoteDeregister(conn, reg->family, reg->remoteID);
            virErrorRestore(&saved);
            remoteEventRegFree(reg);
        }
        goto cleanup;
    }

    cb = g_new0(remoteEventCallback, 1);
    cb->reg = reg;
    cb->stateID = stateID;
    virMutexLock(&ev->lock);
    if (fresh)
        g_ptr_array_add(ev->regs, reg);
    reg->nlocal++;
    id = cb->id = ev->nextID++;
    g_ptr_array_add(ev->callbacks, cb);
    virMutexUnlock(&ev->lock);
    VIR_DEBUG("callback %d: family %d event %d, server callback %d", id, req->family, req->eventID,
              reg->remoteID);

cleanup:
    virMutexUnlock(&ev->regLock);
    return id;
}


/*
 * Removes @cb (regLock held, lock not held); the last callback of its
 * registration also ends that registration on the server.
 */
static int
remoteEventsDrop(virConnect *conn, remoteEvents *ev, remoteEventCallback *cb)
{
    remoteEventReg *reg = cb->reg;
    bool last;
    int rc = 0;

    if (virObjectEventStateDeregisterID(reg->state, conn, cb->stateID) < 0)
        return -1;
    virMutexLock(&ev->lock);
    g_ptr_array_remove_fast(ev->callbacks, cb);
    last = --reg->nlocal == 0;
    if (last)
        g_ptr_array_remove_fast(ev->regs, reg);
    virMutexUnlock(&ev->lock);

    if (last) {
        rc = remoteEventsRemoteDeregister(conn, reg->family, reg->remoteID);
        remoteEventRegFree(reg);
    }
    return rc;
}


static int
remoteEventsDeregister(virConnect *conn, remoteEventFamily family, int id)
{
    remoteEvents *ev = remoteConnGetEvents(conn);
    remoteEventCallback *cb = NULL;
    size_t i;
    int rc = -1;

    virMutexLock(&ev->regLock);
    virMutexLock(&ev->lock);
    for (i = 0; i < ev->callbacks->len && !cb; i++) {
        remoteEventCallback *tmp = g_ptr_array_index(ev->callbacks, i);

        if (tmp->id == id && tmp->reg->family == family)
            cb = tmp;
    }
    virMutexUnlock(&ev->lock);
    if (!cb)
        virReportError(VIR_ERR_INVALID_ARG, _("could not find event callback %1$d for deletion"),
                       id);
    else
        rc = remoteEventsDrop(conn, ev, cb);
    virMutexUnlock(&ev->regLock);
    return rc;
}


/* The callback behind an old-style domain registration of @func. */
static remoteEventCallback *
remoteEventsFindLegacy(virConnect *conn, remoteEvents *ev, virConnectDomainEventCallback func)
{
    remoteEventRequest req = { .family = REMOTE_EVENT_DOMAIN,
                               .eventID = VIR_DOMAIN_EVENT_ID_LIFECYCLE };
    remoteEventReg *reg;
    remoteEventCallback *cb = NULL;
    int stateID;
    size_t i;

    virMutexLock(&ev->lock);
    reg = remoteEventsFindRegLocked(ev, &req);
    virMutexUnlock(&ev->lock);
    if (!reg) {
        virReportError(VIR_ERR_INVALID_ARG, _("event callback function %1$p not registered"),
                       (void *)(remoteEventFunc)func);
        return NULL;
    }
    if ((stateID = virObjectEventStateCallbackID(
             reg->state, conn, virClassForDomainEvent(), VIR_DOMAIN_EVENT_ID_LIFECYCLE,
             (virConnectObjectEventGenericCallback)(remoteEventFunc)func)) < 0)
        return NULL;
    virMutexLock(&ev->lock);
    for (i = 0; i < ev->callbacks->len && !cb; i++) {
        remoteEventCallback *tmp = g_ptr_array_index(ev->callbacks, i);

        if (tmp->reg == reg && tmp->stateID == stateID)
            cb = tmp;
    }
    virMutexUnlock(&ev->lock);
    return cb;
}


/* The local state of the registration the server's @callbackID names. */
static virObjectEventState *
remoteEventsStateFor(remoteEvents *ev, const remoteEventDesc *desc, int callbackID)
{
    virObjectEventState *state = NULL;
    size_t i;

    virMutexLock(&ev->lock);
    for (i = 0; i < ev->regs->len && !state; i++) {
        remoteEventReg *reg = g_ptr_array_index(ev->regs, i);

        if (reg->family == desc->family && reg->remoteID == callbackID &&
            reg->eventID == desc->eventID)
            state = virObjectRef(reg->state);
    }
    virMutexUnlock(&ev->lock);
    return state;
}


void
remoteEventsHandleMessage(remoteEvents *ev, const virNetProcedure *p, virNetMessage *msg)
{
    const remoteEventDesc *desc = remoteEventDescLookup(p->proc);
    virObjectEventState *state = NULL;
    virObjectEvent *event;
    void *body;
    int callbackID;

    if (!desc || !p->ret) {
        VIR_DEBUG("ignoring event %s", p->name);
        return;
    }
    body = g_malloc0(p->ret->size);
    if (virNetMessageDecodePayload(msg, p->ret, body) < 0) {
        VIR_DEBUG("undecodable event %s: %s", p->name, virGetLastErrorMessage());
        goto cleanup;
    }
    /* every callback-style body starts with the server's callbackID */
    memcpy(&callbackID, body, sizeof(callbackID));
    if (!(state = remoteEventsStateFor(ev, desc, callbackID))) {
        VIR_DEBUG("event %s for unknown callback %d", p->name, callbackID);
        goto cleanup;
    }
    if (!(event = desc->build(body)))
        VIR_DEBUG("cannot build event %s: %s", p->name, virGetLastErrorMessage());
    virObjectEventStateQueue(state, event);

cleanup:
    virResetLastError();
    virObjectUnref(state);
    virXDRFree(p->ret, body);
    g_free(body);
}


/* ---- the driver functions ---- */

static int
remoteConnectDomainEventRegisterAny(virConnect *conn,
                                    virDomain *dom,
                                    int eventID,
                                    virConnectDomainEventGenericCallback cb,
                                    void *opaque,
                                    virFreeCallback freecb)
{
    remoteEventRequest req = { REMOTE_EVENT_DOMAIN, eventID, dom,    dom ? dom->uuid : NULL,
                               (remoteEventFunc)cb, opaque,  freecb, false };

    return remoteEventsRegister(conn, &req);
}


static int
remoteConnectDomainEventDeregisterAny(virConnect *conn, int callbackID)
{
    return remoteEventsDeregister(conn, REMOTE_EVENT_DOMAIN, callbackID);
}


static int
remoteConnectDomainEventRegister(virConnect *conn,
                                 virConnectDomainEventCallback cb,
                                 void *opaque,
                                 virFreeCallback freecb)
{
    remoteEventRequest req = { REMOTE_EVENT_DOMAIN,
                               VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                               NULL,
                               NULL,
                               (remoteEventFunc)cb,
                               opaque,
                               freecb,
                               true };

    return remoteEventsRegister(conn, &req) < 0 ? -1 : 0;
}


static int
remoteConnectDomainEventDeregister(virConnect *conn, virConnectDomainEventCallback cb)
{
    remoteEvents *ev = remoteConnGetEvents(conn);
    remoteEventCallback *found;
    int rc = -1;

    virMutexLock(&ev->regLock);
    if ((found = remoteEventsFindLegacy(conn, ev, cb)))
        rc = remoteEventsDrop(conn, ev, found);
    virMutexUnlock(&ev->regLock);
    return rc;
}


static int
remoteConnectNetworkEventRegisterAny(virConnect *conn,
                                     virNetwork *net,
                                     int eventID,
                                     virConnectNetworkEventGenericCallback cb,
                                     void *opaque,
                                     virFreeCallback freecb)
{
    remoteEventRequest req = { REMOTE_EVENT_NETWORK, eventID, net,    net ? net->uuid : NULL,
                               (remoteEventFunc)cb,  opaque,  freecb, false };

    return remoteEventsRegister(conn, &req);
}


static int
remoteConnectNetworkEventDeregisterAny(virConnect *conn, int callbackID)
{
    return remoteEventsDeregister(conn, REMOTE_EVENT_NETWORK, callbackID);
}


static int
remoteConnectStoragePoolEventRegisterAny(virConnect *conn,
                                         virStoragePool *pool,
                                         int eventID,
                                         virConnectStoragePoolEventGenericCallback cb,
                                         void *opaque,
                                         virFreeCallback freecb)
{
    remoteEventRequest req = { REMOTE_EVENT_POOL,   eventID, pool,   pool ? pool->uuid : NULL,
                               (remoteEventFunc)cb, opaque,  freecb, false };

    return remoteEventsRegister(conn, &req);
}


static int
remoteConnectStoragePoolEventDeregisterAny(virConnect *conn, int callbackID)
{
    return remoteEventsDeregister(conn, REMOTE_EVENT_POOL, callbackID);
}


static int
remoteConnectSecretEventRegisterAny(virConnect *conn,
                                    virSecret *secret,
                                    int eventID,
                                    virConnectSecretEventGenericCallback cb,
                                    void *opaque,
                                    virFreeCallback freecb)
{
    remoteEventRequest req = { REMOTE_EVENT_SECRET, eventID, secret, secret ? secret->uuid : NULL,
                               (remoteEventFunc)cb, opaque,  freecb, false };

    return remoteEventsRegister(conn, &req);
}


static int
remoteConnectSecretEventDeregisterAny(virConnect *conn, int callbackID)
{
    return remoteEventsDeregister(conn, REMOTE_EVENT_SECRET, callbackID);
}


void
remoteEventsDriverInit(virHypervisorDriver *hv,
                       virNetworkDriver *net,
                       virStorageDriver *storage,
                       virSecretDriver *secret)
{
    hv->connectDomainEventRegister = remoteConnectDomainEventRegister;
    hv->connectDomainEventDeregister = remoteConnectDomainEventDeregister;
    hv->connectDomainEventRegisterAny = remoteConnectDomainEventRegisterAny;
    hv->connectDomainEventDeregisterAny = remoteConnectDomainEventDeregisterAny;
    net->connectNetworkEventRegisterAny = remoteConnectNetworkEventRegisterAny;
    net->connectNetworkEventDeregisterAny = remoteConnectNetworkEventDeregisterAny;
    storage->connectStoragePoolEventRegisterAny = remoteConnectStoragePoolEventRegisterAny;
    storage->connectStoragePoolEventDeregisterAny = remoteConnectStoragePoolEventDeregisterAny;
    secret->connectSecretEventRegisterAny = remoteConnectSecretEventRegisterAny;
    secret->connectSecretEventDeregisterAny = remoteConnectSecretEventDeregisterAny;
}
