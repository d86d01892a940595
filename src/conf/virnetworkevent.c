/*
 * virnetworkevent.c: network events
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virlog.h"
#include "virnetworkevent.h"

#define VIR_FROM_THIS VIR_FROM_NONE

VIR_LOG_INIT("conf.networkevent");

struct _virNetworkEvent {
    virObjectEvent parent;
    int type;   /* LIFECYCLE: virNetworkEventLifecycleType */
    int detail; /* LIFECYCLE: detail (always 0 in libvirt 9.0) */
};

static virClass *virNetworkEventClass;
static void virNetworkEventDispose(void *obj);

/* The handle constructor set by src/lib; guarded by virNetworkEventHookLock. */
static GMutex virNetworkEventHookLock;
static virNetworkEventGetNetworkFunc virNetworkEventGetNetwork;

/* Calls stored callbacks as their real type (no -Wcast-function-type). */
#define VIR_NETWORK_EVENT_CB(type, cb) ((type)(void (*)(void))(cb))
/* Calls stored callback @cb as @type with the remaining arguments. */
#define VIR_NETWORK_EVENT_CALL(type, cb, ...) (VIR_NETWORK_EVENT_CB(type, cb)(__VA_ARGS__))


static int
virNetworkEventOnceInit(void)
{
    virClass *parent = virClassForObjectEvent();

    if (!parent || !VIR_CLASS_NEW(virNetworkEvent, parent))
        return -1;
    return 0;
}

VIR_ONCE_GLOBAL_INIT(virNetworkEvent);


virClass *
virClassForNetworkEvent(void)
{
    if (virNetworkEventInitialize() < 0)
        return NULL;
    return virNetworkEventClass;
}


static void
virNetworkEventDispose(void *obj G_GNUC_UNUSED)
{
}


void
virNetworkEventSetGetNetwork(virNetworkEventGetNetworkFunc func)
{
    g_mutex_lock(&virNetworkEventHookLock);
    virNetworkEventGetNetwork = func;
    g_mutex_unlock(&virNetworkEventHookLock);
}


static void
virNetworkEventDispatch(virConnectPtr conn,
                        virObjectEvent *event,
                        virConnectObjectEventGenericCallback cb,
                        void *cbopaque)
{
    virNetworkEvent *ev = (virNetworkEvent *)event;
    virNetworkEventGetNetworkFunc getNetwork;
    virNetworkPtr net;

    g_mutex_lock(&virNetworkEventHookLock);
    getNetwork = virNetworkEventGetNetwork;
    g_mutex_unlock(&virNetworkEventHookLock);

    if (!getNetwork) {
        VIR_DEBUG("no network handle constructor set, not delivering event %d", event->eventID);
        return;
    }
    if (!(net = getNetwork(conn, event->name, event->uuid))) {
        VIR_DEBUG("no handle for network '%s', not delivering event %d", event->name,
                  event->eventID);
        return;
    }
    switch ((virNetworkEventID)event->eventID) {
    case VIR_NETWORK_EVENT_ID_LIFECYCLE:
        VIR_NETWORK_EVENT_CALL(virConnectNetworkEventLifecycleCallback, cb, conn, net, ev->type,
                               ev->detail, cbopaque);
        break;
    case VIR_NETWORK_EVENT_ID_LAST:
    default:
        VIR_DEBUG("no dispatcher for network event %d, ignoring", event->eventID);
        break;
    }
    virObjectUnref(net);
}


int
virNetworkEventStateRegisterID(virObjectEventState *state,
                               virConnectPtr conn,
                               const unsigned char *uuid,
                               int eventID,
                               virConnectNetworkEventGenericCallback cb,
                               void *opaque,
                               virFreeCallback freecb)
{
    virClass *klass = virClassForNetworkEvent();

    if (!klass)
        return -1;
    if (eventID < 0 || eventID >= VIR_NETWORK_EVENT_ID_LAST) {
        virReportError(VIR_ERR_INVALID_ARG, _("unsupported network event ID %1$d"), eventID);
        return -1;
    }
    return virObjectEventStateRegisterID(
        state, conn, klass, eventID, uuid,
        VIR_NETWORK_EVENT_CB(virConnectObjectEventGenericCallback, cb), opaque, freecb, false);
}


virObjectEvent *
virNetworkEventLifecycleNew(const char *name, const unsigned char *uuid, int type, int detail)
{
    virClass *klass = virClassForNetworkEvent();
    virNetworkEvent *ev;

    if (!klass)
        return NULL;
    if (!(ev = virObjectEventNew(klass, virNetworkEventDispatch, VIR_NETWORK_EVENT_ID_LIFECYCLE, -1,
                                 name, uuid)))
        return NULL;
    ev->type = type;
    ev->detail = detail;
    return &ev->parent;
}
