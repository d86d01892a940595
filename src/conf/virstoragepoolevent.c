/*
 * virstoragepoolevent.c: storage pool events
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virlog.h"
#include "virstoragepoolevent.h"

#define VIR_FROM_THIS VIR_FROM_NONE

VIR_LOG_INIT("conf.storagepoolevent");

struct _virStoragePoolEvent {
    virObjectEvent parent;
    int type;   /* LIFECYCLE: virStoragePoolEventLifecycleType; unused for REFRESH */
    int detail; /* LIFECYCLE: detail (always 0 in libvirt 9.0) */
};

static virClass *virStoragePoolEventClass;
static void virStoragePoolEventDispose(void *obj);

/* The handle constructor set by src/lib; guarded by virStoragePoolEventHookLock. */
static GMutex virStoragePoolEventHookLock;
static virStoragePoolEventGetStoragePoolFunc virStoragePoolEventGetStoragePool;

/* Calls stored callbacks as their real type (no -Wcast-function-type). */
#define VIR_STORAGE_POOL_EVENT_CB(type, cb) ((type)(void (*)(void))(cb))


static int
virStoragePoolEventOnceInit(void)
{
    virClass *parent = virClassForObjectEvent();

    if (!parent || !VIR_CLASS_NEW(virStoragePoolEvent, parent))
        return -1;
    return 0;
}

VIR_ONCE_GLOBAL_INIT(virStoragePoolEvent);


virClass *
virClassForStoragePoolEvent(void)
{
    if (virStoragePoolEventInitialize() < 0)
        return NULL;
    return virStoragePoolEventClass;
}


static void
virStoragePoolEventDispose(void *obj G_GNUC_UNUSED)
{
}


void
virStoragePoolEventSetGetStoragePool(virStoragePoolEventGetStoragePoolFunc func)
{
    g_mutex_lock(&virStoragePoolEventHookLock);
    virStoragePoolEventGetStoragePool = func;
    g_mutex_unlock(&virStoragePoolEventHookLock);
}


static void
virStoragePoolEventDispatch(virConnectPtr conn,
                            virObjectEvent *event,
                            virConnectObjectEventGenericCallback cb,
                            void *cbopaque)
{
    virStoragePoolEvent *ev = (virStoragePoolEvent *)event;
    virStoragePoolEventGetStoragePoolFunc getPool;
    virStoragePoolPtr pool;

    g_mutex_lock(&virStoragePoolEventHookLock);
    getPool = virStoragePoolEventGetStoragePool;
    g_mutex_unlock(&virStoragePoolEventHookLock);

    if (!getPool) {
        VIR_DEBUG("no pool handle constructor set, not delivering event %d", event->eventID);
        return;
    }
    if (!(pool = getPool(conn, event->name, event->uuid))) {
        VIR_DEBUG("no handle for pool '%s', not delivering event %d", event->name, event->eventID);
        return;
    }
    switch ((virStoragePoolEventID)event->eventID) {
    case VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE:
        VIR_STORAGE_POOL_EVENT_CB(virConnectStoragePoolEventLifecycleCallback, cb)
        (conn, pool, ev->type, ev->detail, cbopaque);
        break;
    case VIR_STORAGE_POOL_EVENT_ID_REFRESH:
        VIR_STORAGE_POOL_EVENT_CB(virConnectStoragePoolEventGenericCallback, cb)
        (conn, pool, cbopaque);
        break;
    case VIR_STORAGE_POOL_EVENT_ID_LAST:
    default:
        VIR_DEBUG("no dispatcher for storage pool event %d, ignoring", event->eventID);
        break;
    }
    virObjectUnref(pool);
}


int
virStoragePoolEventStateRegisterID(virObjectEventState *state,
                                   virConnectPtr conn,
                                   const unsigned char *uuid,
                                   int eventID,
                                   virConnectStoragePoolEventGenericCallback cb,
                                   void *opaque,
                                   virFreeCallback freecb)
{
    virClass *klass = virClassForStoragePoolEvent();

    if (!klass)
        return -1;
    if (eventID < 0 || eventID >= VIR_STORAGE_POOL_EVENT_ID_LAST) {
        virReportError(VIR_ERR_INVALID_ARG, _("unsupported storage pool event ID %1$d"), eventID);
        return -1;
    }
    return virObjectEventStateRegisterID(
        state, conn, klass, eventID, uuid,
        VIR_STORAGE_POOL_EVENT_CB(virConnectObjectEventGenericCallback, cb), opaque, freecb, false);
}


static virStoragePoolEvent *
virStoragePoolEventNew(int eventID, const char *name, const unsigned char *uuid)
{
    virClass *klass = virClassForStoragePoolEvent();

    if (!klass)
        return NULL;
    return virObjectEventNew(klass, virStoragePoolEventDispatch, eventID, -1, name, uuid);
}


virObjectEvent *
virStoragePoolEventLifecycleNew(const char *name, const unsigned char *uuid, int type, int detail)
{
    virStoragePoolEvent *ev;

    if (!(ev = virStoragePoolEventNew(VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE, name, uuid)))
        return NULL;
    ev->type = type;
    ev->detail = detail;
    return &ev->parent;
}


virObjectEvent *
virStoragePoolEventRefreshNew(const char *name, const unsigned char *uuid)
{
    virStoragePoolEvent *ev;

    if (!(ev = virStoragePoolEventNew(VIR_STORAGE_POOL_EVENT_ID_REFRESH, name, uuid)))
        return NULL;
    return &ev->parent;
}
