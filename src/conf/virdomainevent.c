/*
 * virdomainevent.c: domain events
 *
 * One class for all domain event IDs: the fields an event uses depend on
 * its ID (see struct _virDomainEvent), the rest stay zero. The dispatcher
 * picks the callback type and the argument list from the ID.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <glib.h>

#include "internal.h"
#include "virdomainevent.h"
#include "virerror.h"
#include "virlog.h"

#define VIR_FROM_THIS VIR_FROM_NONE

VIR_LOG_INIT("conf.domainevent");

struct _virDomainEvent {
    virObjectEvent parent;
    /* LIFECYCLE: virDomainEventType; BLOCK_JOB(_2): job type;
     * METADATA_CHANGE: metadata type; AGENT_LIFECYCLE: state */
    int type;
    int detail;         /* LIFECYCLE: detail; BLOCK_JOB(_2): status */
    int action;         /* WATCHDOG, IO_ERROR(_REASON), MEMORY_FAILURE */
    int reason;         /* DISK_CHANGE, TRAY_CHANGE, PM*, AGENT_LIFECYCLE */
    int number;         /* MIGRATION_ITERATION: iteration; MEMORY_FAILURE: recipient */
    unsigned int flags; /* MEMORY_FAILURE */
    long long offset;   /* RTC_CHANGE: seconds from UTC */
    /* BALLOON_CHANGE: actual (KiB); BLOCK_THRESHOLD: threshold (bytes);
     * MEMORY_DEVICE_SIZE_CHANGE: size (KiB) */
    unsigned long long amount;
    unsigned long long excess; /* BLOCK_THRESHOLD: bytes past the threshold */
    /* IO_ERROR(_REASON): source path; DISK_CHANGE: old source path;
     * BLOCK_JOB(_2): disk; BLOCK_THRESHOLD: path */
    char *path;
    char *newPath; /* DISK_CHANGE: new source path */
    /* device alias of IO_ERROR(_REASON), DISK_CHANGE, TRAY_CHANGE,
     * DEVICE_*, MEMORY_DEVICE_SIZE_CHANGE; BLOCK_THRESHOLD: device */
    char *alias;
    char *text;                  /* IO_ERROR_REASON: reason; METADATA_CHANGE: nsuri */
    virTypedParameterPtr params; /* TUNABLE, JOB_COMPLETED; owned */
    int nparams;
};

static virClass *virDomainEventClass;
static void virDomainEventDispose(void *obj);

/* The handle constructor set by src/lib; guarded by virDomainEventHookLock. */
static GMutex virDomainEventHookLock;
static virDomainEventGetDomainFunc virDomainEventGetDomain;

/* Calls stored callbacks as their real type (no -Wcast-function-type). */
#define VIR_DOMAIN_EVENT_CB(type, cb) ((type)(void (*)(void))(cb))
/* Calls stored callback @cb as @type with the remaining arguments. */
#define VIR_DOMAIN_EVENT_CALL(type, cb, ...) (VIR_DOMAIN_EVENT_CB(type, cb)(__VA_ARGS__))


static int
virDomainEventOnceInit(void)
{
    virClass *parent = virClassForObjectEvent();

    if (!parent || !VIR_CLASS_NEW(virDomainEvent, parent))
        return -1;
    return 0;
}

VIR_ONCE_GLOBAL_INIT(virDomainEvent);


virClass *
virClassForDomainEvent(void)
{
    if (virDomainEventInitialize() < 0)
        return NULL;
    return virDomainEventClass;
}


static void
virDomainEventFreeParams(virTypedParameterPtr params, int nparams)
{
    int i;

    for (i = 0; params && i < nparams; i++) {
        if (params[i].type == VIR_TYPED_PARAM_STRING)
            g_free(params[i].value.s);
    }
    g_free(params);
}


static void
virDomainEventDispose(void *obj)
{
    virDomainEvent *event = obj;

    g_free(event->path);
    g_free(event->newPath);
    g_free(event->alias);
    g_free(event->text);
    virDomainEventFreeParams(event->params, event->nparams);
}


void
virDomainEventSetGetDomain(virDomainEventGetDomainFunc func)
{
    g_mutex_lock(&virDomainEventHookLock);
    virDomainEventGetDomain = func;
    g_mutex_unlock(&virDomainEventHookLock);
}


static virDomainEventGetDomainFunc
virDomainEventGetGetDomain(void)
{
    virDomainEventGetDomainFunc func;

    g_mutex_lock(&virDomainEventHookLock);
    func = virDomainEventGetDomain;
    g_mutex_unlock(&virDomainEventHookLock);
    return func;
}


/* ---- dispatch ---- */

/* The IDs whose arguments are numbers or typed parameters. Returns false for others. */
static bool
virDomainEventDispatchPlain(virConnectPtr conn,
                            virDomainPtr dom,
                            virDomainEvent *ev,
                            virConnectObjectEventGenericCallback cb,
                            void *op)
{
    switch ((virDomainEventID)ev->parent.eventID) {
    case VIR_DOMAIN_EVENT_ID_LIFECYCLE:
        VIR_DOMAIN_EVENT_CALL(virConnectDomainEventCallback, cb, conn, dom, ev->type, ev->detail,
                              op);
        return true;
    case VIR_DOMAIN_EVENT_ID_REBOOT:
    case VIR_DOMAIN_EVENT_ID_CONTROL_ERROR:
        VIR_DOMAIN_EVENT_CALL(virConnectDomainEventGenericCallback, cb, conn, dom, op);
        return true;
    case VIR_DOMAIN_EVENT_ID_RTC_CHANGE:
        VIR_DOMAIN_EVENT_CALL(virConnectDomainEventRTCChangeCallback, cb, conn, dom, ev->offset,
                              op);
        return true;
    case VIR_DOMAIN_EVENT_ID_WATCHDOG:
        VIR_DOMAIN_EVENT_CALL(virConnectDomainEventWatchdogCallback, cb, conn, dom, ev->action, op);
        return true;
    case VIR_DOMAIN_EVENT_ID_PMWAKEUP:
    case VIR_DOMAIN_EVENT_ID_PMSUSPEND:
    case VIR_DOMAIN_EVENT_ID_PMSUSPEND_DISK:
        /* The three callback types have the same signature. */
        VIR_DOMAIN_EVENT_CALL(virConnectDomainEventPMWakeupCallback, cb, conn, dom, ev->reason, op);
        return true;
    case VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE:
        VIR_DOMAIN_EVENT_CALL(virConnectDomainEventBalloonChangeCallback, cb, conn, dom, ev->amount,
                              op);
        return true;
    case VIR_DOMAIN_EVENT_ID_TUNABLE:
    case VIR_DOMAIN_EVENT_ID_JOB_COMPLETED:
        VIR_DOMAIN_EVENT_CALL(virConnectDomainEventTunableCallback, cb, conn, dom, ev->params,
                              ev->nparams, op);
        return true;
    case VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE:
        VIR_DOMAIN_EVENT_CALL(virConnectDomainEventAgentLifecycleCallback, cb, conn, dom, ev->type,
                              ev->reason, op);
        return true;
    case VIR_DOMAIN_EVENT_ID_MIGRATION_ITERATION:
        VIR_DOMAIN_EVENT_CALL(virConnectDomainEventMigrationIterationCallback, cb, conn, dom,
                              ev->number, op);
        return true;
    case VIR_DOMAIN_EVENT_ID_METADATA_CHANGE:
        VIR_DOMAIN_EVENT_CALL(virConnectDomainEventMetadataChangeCallback, cb, conn, dom, ev->type,
                              ev->text, op);
        return true;
    case VIR_DOMAIN_EVENT_ID_MEMORY_FAILURE:
        VIR_DOMAIN_EVENT_CALL(virConnectDomainEventMemoryFailureCallback, cb, conn, dom, ev->number,
                              ev->action, ev->flags, op);
        return true;
    default:
        return false;
    }
}


/* The IDs about a disk or device, with string arguments. Returns false for others. */
static bool
virDomainEventDispatchDevice(virConnectPtr conn,
                             virDomainPtr dom,
                             virDomainEvent *ev,
                             virConnectObjectEventGenericCallback cb,
                             void *op)
{
    switch ((virDomainEventID)ev->parent.eventID) {
    case VIR_DOMAIN_EVENT_ID_IO_ERROR:
        VIR_DOMAIN_EVENT_CALL(virConnectDomainEventIOErrorCallback, cb, conn, dom, ev->path,
                              ev->alias, ev->action, op);
        return true;
    case VIR_DOMAIN_EVENT_ID_IO_ERROR_REASON:
        VIR_DOMAIN_EVENT_CALL(virConnectDomainEventIOErrorReasonCallback, cb, conn, dom, ev->path,
                              ev->alias, ev->action, ev->text, op);
        return true;
    case VIR_DOMAIN_EVENT_ID_BLOCK_JOB:
    case VIR_DOMAIN_EVENT_ID_BLOCK_JOB_2:
        VIR_DOMAIN_EVENT_CALL(virConnectDomainEventBlockJobCallback, cb, conn, dom, ev->path,
                              ev->type, ev->detail, op);
        return true;
    case VIR_DOMAIN_EVENT_ID_DISK_CHANGE:
        VIR_DOMAIN_EVENT_CALL(virConnectDomainEventDiskChangeCallback, cb, conn, dom, ev->path,
                              ev->newPath, ev->alias, ev->reason, op);
        return true;
    case VIR_DOMAIN_EVENT_ID_TRAY_CHANGE:
        VIR_DOMAIN_EVENT_CALL(virConnectDomainEventTrayChangeCallback, cb, conn, dom, ev->alias,
                              ev->reason, op);
        return true;
    case VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED:
    case VIR_DOMAIN_EVENT_ID_DEVICE_ADDED:
    case VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED:
        /* The three callback types have the same signature. */
        VIR_DOMAIN_EVENT_CALL(virConnectDomainEventDeviceAddedCallback, cb, conn, dom, ev->alias,
                              op);
        return true;
    case VIR_DOMAIN_EVENT_ID_BLOCK_THRESHOLD:
        VIR_DOMAIN_EVENT_CALL(virConnectDomainEventBlockThresholdCallback, cb, conn, dom, ev->alias,
                              ev->path, ev->amount, ev->excess, op);
        return true;
    case VIR_DOMAIN_EVENT_ID_MEMORY_DEVICE_SIZE_CHANGE:
        VIR_DOMAIN_EVENT_CALL(virConnectDomainEventMemoryDeviceSizeChangeCallback, cb, conn, dom,
                              ev->alias, ev->amount, op);
        return true;
    default:
        return false;
    }
}


static void
virDomainEventDispatch(virConnectPtr conn,
                       virObjectEvent *event,
                       virConnectObjectEventGenericCallback cb,
                       void *cbopaque)
{
    virDomainEvent *ev = (virDomainEvent *)event;
    virDomainEventGetDomainFunc getDomain = virDomainEventGetGetDomain();
    virDomainPtr dom;

    if (!getDomain) {
        VIR_DEBUG("no domain handle constructor set, not delivering event %d", event->eventID);
        return;
    }
    if (!(dom = getDomain(conn, event->name, event->uuid, event->id))) {
        VIR_DEBUG("no handle for domain '%s', not delivering event %d", event->name,
                  event->eventID);
        return;
    }
    if (!virDomainEventDispatchPlain(conn, dom, ev, cb, cbopaque) &&
        !virDomainEventDispatchDevice(conn, dom, ev, cb, cbopaque))
        VIR_DEBUG("no dispatcher for domain event %d, ignoring", event->eventID);
    virObjectUnref(dom);
}


/* ---- registration ---- */

int
virDomainEventStateRegisterID(virObjectEventState *state,
                              virConnectPtr conn,
                              const unsigned char *uuid,
                              int eventID,
                              virConnectDomainEventGenericCallback cb,
                              void *opaque,
                              virFreeCallback freecb)
{
    virClass *klass = virClassForDomainEvent();

    if (!klass)
        return -1;
    if (eventID < 0 || eventID >= VIR_DOMAIN_EVENT_ID_LAST) {
        virReportError(VIR_ERR_INVALID_ARG, _("unsupported domain event ID %1$d"), eventID);
        return -1;
    }
    return virObjectEventStateRegisterID(
        state, conn, klass, eventID, uuid,
        VIR_DOMAIN_EVENT_CB(virConnectObjectEventGenericCallback, cb), opaque, freecb, false);
}


int
virDomainEventStateRegister(virObjectEventState *state,
                            virConnectPtr conn,
                            virConnectDomainEventCallback cb,
                            void *opaque,
                            virFreeCallback freecb)
{
    virClass *klass = virClassForDomainEvent();

    if (!klass)
        return -1;
    if (virObjectEventStateRegisterID(state, conn, klass, VIR_DOMAIN_EVENT_ID_LIFECYCLE, NULL,
                                      VIR_DOMAIN_EVENT_CB(virConnectObjectEventGenericCallback, cb),
                                      opaque, freecb, true) < 0)
        return -1;
    return 0;
}


int
virDomainEventStateDeregister(virObjectEventState *state,
                              virConnectPtr conn,
                              virConnectDomainEventCallback cb)
{
    virClass *klass = virClassForDomainEvent();
    int callbackID;

    if (!klass)
        return -1;
    callbackID = virObjectEventStateCallbackID(
        state, conn, klass, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
        VIR_DOMAIN_EVENT_CB(virConnectObjectEventGenericCallback, cb));
    if (callbackID < 0)
        return -1;
    return virObjectEventStateDeregisterID(state, conn, callbackID);
}


/* ---- constructors ---- */

static virDomainEvent *
virDomainEventNew(int eventID, int id, const char *name, const unsigned char *uuid)
{
    virClass *klass = virClassForDomainEvent();

    if (!klass)
        return NULL;
    return virObjectEventNew(klass, virDomainEventDispatch, eventID, id, name, uuid);
}


virObjectEvent *
virDomainEventLifecycleNew(
    int id, const char *name, const unsigned char *uuid, int type, int detail)
{
    virDomainEvent *ev = virDomainEventNew(VIR_DOMAIN_EVENT_ID_LIFECYCLE, id, name, uuid);

    if (!ev)
        return NULL;
    ev->type = type;
    ev->detail = detail;
    return &ev->parent;
}


virObjectEvent *
virDomainEventRebootNew(int id, const char *name, const unsigned char *uuid)
{
    virDomainEvent *ev = virDomainEventNew(VIR_DOMAIN_EVENT_ID_REBOOT, id, name, uuid);

    return ev ? &ev->parent : NULL;
}


virObjectEvent *
virDomainEventControlErrorNew(int id, const char *name, const unsigned char *uuid)
{
    virDomainEvent *ev = virDomainEventNew(VIR_DOMAIN_EVENT_ID_CONTROL_ERROR, id, name, uuid);

    return ev ? &ev->parent : NULL;
}


virObjectEvent *
virDomainEventRTCChangeNew(int id, const char *name, const unsigned char *uuid, long long offset)
{
    virDomainEvent *ev = virDomainEventNew(VIR_DOMAIN_EVENT_ID_RTC_CHANGE, id, name, uuid);

    if (!ev)
        return NULL;
    ev->offset = offset;
    return &ev->parent;
}


virObjectEvent *
virDomainEventWatchdogNew(int id, const char *name, const unsigned char *uuid, int action)
{
    virDomainEvent *ev = virDomainEventNew(VIR_DOMAIN_EVENT_ID_WATCHDOG, id, name, uuid);

    if (!ev)
        return NULL;
    ev->action = action;
    return &ev->parent;
}


virObjectEvent *
virDomainEventIOErrorNew(int id,
                         const char *name,
                         const unsigned char *uuid,
                         const char *srcPath,
                         const char *devAlias,
                         int action)
{
    virDomainEvent *ev = virDomainEventNew(VIR_DOMAIN_EVENT_ID_IO_ERROR, id, name, uuid);

    if (!ev)
        return NULL;
    ev->path = g_strdup(srcPath);
    ev->alias = g_strdup(devAlias);
    ev->action = action;
    return &ev->parent;
}


virObjectEvent *
virDomainEventIOErrorReasonNew(int id,
                               const char *name,
                               const unsigned char *uuid,
                               const char *srcPath,
                               const char *devAlias,
                               int action,
                               const char *reason)
{
    virDomainEvent *ev = virDomainEventNew(VIR_DOMAIN_EVENT_ID_IO_ERROR_REASON, id, name, uuid);

    if (!ev)
        return NULL;
    ev->path = g_strdup(srcPath);
    ev->alias = g_strdup(devAlias);
    ev->action = action;
    ev->text = g_strdup(reason);
    return &ev->parent;
}


static virObjectEvent *
virDomainEventBlockJobNewID(int eventID,
                            int id,
                            const char *name,
                            const unsigned char *uuid,
                            const char *disk,
                            int type,
                            int status)
{
    virDomainEvent *ev = virDomainEventNew(eventID, id, name, uuid);

    if (!ev)
        return NULL;
    ev->path = g_strdup(disk);
    ev->type = type;
    ev->detail = status;
    return &ev->parent;
}


virObjectEvent *
virDomainEventBlockJobNew(
    int id, const char *name, const unsigned char *uuid, const char *disk, int type, int status)
{
    return virDomainEventBlockJobNewID(VIR_DOMAIN_EVENT_ID_BLOCK_JOB, id, name, uuid, disk, type,
                                       status);
}


virObjectEvent *
virDomainEventBlockJob2New(
    int id, const char *name, const unsigned char *uuid, const char *disk, int type, int status)
{
    return virDomainEventBlockJobNewID(VIR_DOMAIN_EVENT_ID_BLOCK_JOB_2, id, name, uuid, disk, type,
                                       status);
}


virObjectEvent *
virDomainEventDiskChangeNew(int id,
                            const char *name,
                            const unsigned char *uuid,
                            const char *oldSrcPath,
                            const char *newSrcPath,
                            const char *devAlias,
                            int reason)
{
    virDomainEvent *ev = virDomainEventNew(VIR_DOMAIN_EVENT_ID_DISK_CHANGE, id, name, uuid);

    if (!ev)
        return NULL;
    ev->path = g_strdup(oldSrcPath);
    ev->newPath = g_strdup(newSrcPath);
    ev->alias = g_strdup(devAlias);
    ev->reason = reason;
    return &ev->parent;
}


/* Events with one alias and/or one reason: TRAY_CHANGE, PM*, DEVICE_*. */
static virObjectEvent *
virDomainEventAliasReasonNew(
    int eventID, int id, const char *name, const unsigned char *uuid, const char *alias, int reason)
{
    virDomainEvent *ev = virDomainEventNew(eventID, id, name, uuid);

    if (!ev)
        return NULL;
    ev->alias = g_strdup(alias);
    ev->reason = reason;
    return &ev->parent;
}


virObjectEvent *
virDomainEventTrayChangeNew(
    int id, const char *name, const unsigned char *uuid, const char *devAlias, int reason)
{
    return virDomainEventAliasReasonNew(VIR_DOMAIN_EVENT_ID_TRAY_CHANGE, id, name, uuid, devAlias,
                                        reason);
}


virObjectEvent *
virDomainEventPMWakeupNew(int id, const char *name, const unsigned char *uuid, int reason)
{
    return virDomainEventAliasReasonNew(VIR_DOMAIN_EVENT_ID_PMWAKEUP, id, name, uuid, NULL, reason);
}


virObjectEvent *
virDomainEventPMSuspendNew(int id, const char *name, const unsigned char *uuid, int reason)
{
    return virDomainEventAliasReasonNew(VIR_DOMAIN_EVENT_ID_PMSUSPEND, id, name, uuid, NULL,
                                        reason);
}


virObjectEvent *
virDomainEventPMSuspendDiskNew(int id, const char *name, const unsigned char *uuid, int reason)
{
    return virDomainEventAliasReasonNew(VIR_DOMAIN_EVENT_ID_PMSUSPEND_DISK, id, name, uuid, NULL,
                                        reason);
}


virObjectEvent *
virDomainEventDeviceRemovedNew(int id,
                               const char *name,
                               const unsigned char *uuid,
                               const char *devAlias)
{
    return virDomainEventAliasReasonNew(VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED, id, name, uuid,
                                        devAlias, 0);
}


virObjectEvent *
virDomainEventDeviceAddedNew(int id,
                             const char *name,
                             const unsigned char *uuid,
                             const char *devAlias)
{
    return virDomainEventAliasReasonNew(VIR_DOMAIN_EVENT_ID_DEVICE_ADDED, id, name, uuid, devAlias,
                                        0);
}


virObjectEvent *
virDomainEventDeviceRemovalFailedNew(int id,
                                     const char *name,
                                     const unsigned char *uuid,
                                     const char *devAlias)
{
    return virDomainEventAliasReasonNew(VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED, id, name, uuid,
                                        devAlias, 0);
}


virObjectEvent *
virDomainEventBalloonChangeNew(int id,
                               const char *name,
                               const unsigned char *uuid,
                               unsigned long long actual)
{
    virDomainEvent *ev = virDomainEventNew(VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE, id, name, uuid);

    if (!ev)
        return NULL;
    ev->amount = actual;
    return &ev->parent;
}


static virObjectEvent *
virDomainEventParamsNew(int eventID,
                        int id,
                        const char *name,
                        const unsigned char *uuid,
                        virTypedParameterPtr params,
                        int nparams)
{
    virDomainEvent *ev = virDomainEventNew(eventID, id, name, uuid);

    if (!ev) {
        virDomainEventFreeParams(params, nparams);
        return NULL;
    }
    ev->params = params;
    ev->nparams = nparams;
    return &ev->parent;
}


virObjectEvent *
virDomainEventTunableNew(
    int id, const char *name, const unsigned char *uuid, virTypedParameterPtr params, int nparams)
{
    return virDomainEventParamsNew(VIR_DOMAIN_EVENT_ID_TUNABLE, id, name, uuid, params, nparams);
}


virObjectEvent *
virDomainEventJobCompletedNew(
    int id, const char *name, const unsigned char *uuid, virTypedParameterPtr params, int nparams)
{
    return virDomainEventParamsNew(VIR_DOMAIN_EVENT_ID_JOB_COMPLETED, id, name, uuid, params,
                                   nparams);
}


virObjectEvent *
virDomainEventAgentLifecycleNew(
    int id, const char *name, const unsigned char *uuid, int state, int reason)
{
    virDomainEvent *ev = virDomainEventNew(VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE, id, name, uuid);

    if (!ev)
        return NULL;
    ev->type = state;
    ev->reason = reason;
    return &ev->parent;
}


virObjectEvent *
virDomainEventMigrationIterationNew(int id,
                                    const char *name,
                                    const unsigned char *uuid,
                                    int iteration)
{
    virDomainEvent *ev = virDomainEventNew(VIR_DOMAIN_EVENT_ID_MIGRATION_ITERATION, id, name, uuid);

    if (!ev)
        return NULL;
    ev->number = iteration;
    return &ev->parent;
}


virObjectEvent *
virDomainEventMetadataChangeNew(
    int id, const char *name, const unsigned char *uuid, int type, const char *nsuri)
{
    virDomainEvent *ev = virDomainEventNew(VIR_DOMAIN_EVENT_ID_METADATA_CHANGE, id, name, uuid);

    if (!ev)
        return NULL;
    ev->type = type;
    ev->text = g_strdup(nsuri);
    return &ev->parent;
}


virObjectEvent *
virDomainEventBlockThresholdNew(int id,
                                const char *name,
                                const unsigned char *uuid,
                                const char *dev,
                                const char *path,
                                unsigned long long threshold,
                                unsigned long long excess)
{
    virDomainEvent *ev = virDomainEventNew(VIR_DOMAIN_EVENT_ID_BLOCK_THRESHOLD, id, name, uuid);

    if (!ev)
        return NULL;
    ev->alias = g_strdup(dev);
    ev->path = g_strdup(path);
    ev->amount = threshold;
    ev->excess = excess;
    return &ev->parent;
}


virObjectEvent *
virDomainEventMemoryFailureNew(int id,
                               const char *name,
                               const unsigned char *uuid,
                               int recipient,
                               int action,
                               unsigned int flags)
{
    virDomainEvent *ev = virDomainEventNew(VIR_DOMAIN_EVENT_ID_MEMORY_FAILURE, id, name, uuid);

    if (!ev)
        return NULL;
    ev->number = recipient;
    ev->action = action;
    ev->flags = flags;
    return &ev->parent;
}


virObjectEvent *
virDomainEventMemoryDeviceSizeChangeNew(
    int id, const char *name, const unsigned char *uuid, const char *alias, unsigned long long size)
{
    virDomainEvent *ev =
        virDomainEventNew(VIR_DOMAIN_EVENT_ID_MEMORY_DEVICE_SIZE_CHANGE, id, name, uuid);

    if (!ev)
        return NULL;
    ev->alias = g_strdup(alias);
    ev->amount = size;
    return &ev->parent;
}
