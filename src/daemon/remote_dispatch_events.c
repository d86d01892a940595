/*
 * remote_dispatch_events.c: REMOTE event registration and forwarding
 *
 * A client registers (CONNECT_*_EVENT_*REGISTER_ANY) an event ID with an
 * optional object filter; the handler registers one C callback per event
 * ID on the client's own connection and hands the client a callbackID of
 * its own (0, 1, 2, ... per client). When the library delivers an event
 * (on the event loop thread), the callback builds the event's message
 * body, starting with that callbackID, and queues it to the client as a
 * MESSAGE frame.
 *
 * Callbacks may run after the client went: each holds a reference on the
 * client's event target, whose client pointer is cleared first when the
 * client goes, so late events are dropped.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <stddef.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virlog.h"

#define VIR_REMOTE_DISPATCH_PRIV_H_ALLOW
#include "remote_dispatch_priv.h"

#define VIR_FROM_THIS VIR_FROM_RPC

VIR_LOG_INIT("daemon.remote_dispatch_events");

/* The opaque data of every registered callback. */
typedef struct _remoteDispatchEventCallback remoteDispatchEventCallback;
struct _remoteDispatchEventCallback {
    remoteDispatchEventTarget *target; /* one reference */
    int callbackID;                    /* the client's ID, first in every body */
    int proc;                          /* the REMOTE_PROC_* of the event's message */
};


static void
remoteDispatchEventCallbackFree(void *opaque)
{
    remoteDispatchEventCallback *cb = opaque;

    remoteDispatchEventTargetUnref(cb->target);
    g_free(cb);
}


static int32_t
remoteDispatchEventCallbackID(void *opaque)
{
    return ((remoteDispatchEventCallback *)opaque)->callbackID;
}


/*
 * Queues @body as the callback's event message to its client (if it is
 * still there), then frees what @body points to.
 */
static void
remoteDispatchEventSend(void *opaque, void *body)
{
    remoteDispatchEventCallback *cb = opaque;
    int proc = cb->proc;
    const virNetProcedure *p = virNetProgramDefLookup(&remoteProgramDef, proc);

    g_mutex_lock(&cb->target->lock);
    if (cb->target->client &&
        virNetServerClientSendEvent(cb->target->client, &remoteProgramDef, proc, body) < 0)
        VIR_DEBUG("cannot send event %d to client %p, ignoring", proc, cb->target->client);
    g_mutex_unlock(&cb->target->lock);
    if (p)
        virXDRFree(p->ret, body);
}


/* ---- domain events: one callback per event ID ---- */

static int
remoteDispatchDomainEventLifecycle(
    virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom, int event, int detail, void *opaque)
{
    remote_domain_event_callback_lifecycle_msg m = { 0 };

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteDomainToWire(&m.msg.dom, dom);
    m.msg.event = event;
    m.msg.detail = detail;
    remoteDispatchEventSend(opaque, &m);
    return 0;
}


/* REBOOT and CONTROL_ERROR: the domain only. */
static void
remoteDispatchDomainEventPlain(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom, void *opaque)
{
    remote_domain_event_callback_reboot_msg m = { 0 };

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteDomainToWire(&m.msg.dom, dom);
    remoteDispatchEventSend(opaque, &m);
}


static void
remoteDispatchDomainEventRTCChange(virConnectPtr conn G_GNUC_UNUSED,
                                   virDomainPtr dom,
                                   long long offset,
                                   void *opaque)
{
    remote_domain_event_callback_rtc_change_msg m = { 0 };

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteDomainToWire(&m.msg.dom, dom);
    m.msg.offset = offset;
    remoteDispatchEventSend(opaque, &m);
}


static void
remoteDispatchDomainEventWatchdog(virConnectPtr conn G_GNUC_UNUSED,
                                  virDomainPtr dom,
                                  int action,
                                  void *opaque)
{
    remote_domain_event_callback_watchdog_msg m = { 0 };

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteDomainToWire(&m.msg.dom, dom);
    m.msg.action = action;
    remoteDispatchEventSend(opaque, &m);
}


static void
remoteDispatchDomainEventIOError(virConnectPtr conn G_GNUC_UNUSED,
                                 virDomainPtr dom,
                                 const char *srcPath,
                                 const char *devAlias,
                                 int action,
                                 void *opaque)
{
    remote_domain_event_callback_io_error_msg m = { 0 };

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteDomainToWire(&m.msg.dom, dom);
    m.msg.srcPath = g_strdup(NULLSTR_EMPTY(srcPath));
    m.msg.devAlias = g_strdup(NULLSTR_EMPTY(devAlias));
    m.msg.action = action;
    remoteDispatchEventSend(opaque, &m);
}


static void
remoteDispatchGraphicsAddressToWire(remote_domain_event_graphics_address *w,
                                    const virDomainEventGraphicsAddress *a)
{
    w->family = a ? a->family : 0;
    w->node = g_strdup(a ? NULLSTR_EMPTY(a->node) : "");
    w->service = g_strdup(a ? NULLSTR_EMPTY(a->service) : "");
}


static void
remoteDispatchDomainEventGraphics(virConnectPtr conn G_GNUC_UNUSED,
                                  virDomainPtr dom,
                                  int phase,
                                  const virDomainEventGraphicsAddress *local,
                                  const virDomainEventGraphicsAddress *remote,
                                  const char *authScheme,
                                  const virDomainEventGraphicsSubject *subject,
                                  void *opaque)
{
    remote_domain_event_callback_graphics_msg m = { 0 };
    remote_domain_event_graphics_identity *ids = NULL;
    int n = subject ? subject->nidentity : 0;
    int i;

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteDomainToWire(&m.msg.dom, dom);
    m.msg.phase = phase;
    remoteDispatchGraphicsAddressToWire(&m.msg.local, local);
    remoteDispatchGraphicsAddressToWire(&m.msg.remote, remote);
    m.msg.authScheme = g_strdup(NULLSTR_EMPTY(authScheme));
    n = CLAMP(n, 0, REMOTE_DOMAIN_EVENT_GRAPHICS_IDENTITY_MAX);
    if (n > 0) {
        ids = g_new0(remote_domain_event_graphics_identity, n);
        for (i = 0; i < n; i++) {
            ids[i].type = g_strdup(NULLSTR_EMPTY(subject->identities[i].type));
            ids[i].name = g_strdup(NULLSTR_EMPTY(subject->identities[i].name));
        }
    }
    m.msg.subject.len = (uint32_t)n;
    m.msg.subject.val = ids;
    remoteDispatchEventSend(opaque, &m);
}


static void
remoteDispatchDomainEventIOErrorReason(virConnectPtr conn G_GNUC_UNUSED,
                                       virDomainPtr dom,
                                       const char *srcPath,
                                       const char *devAlias,
                                       int action,
                                       const char *reason,
                                       void *opaque)
{
    remote_domain_event_callback_io_error_reason_msg m = { 0 };

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteDomainToWire(&m.msg.dom, dom);
    m.msg.srcPath = g_strdup(NULLSTR_EMPTY(srcPath));
    m.msg.devAlias = g_strdup(NULLSTR_EMPTY(devAlias));
    m.msg.action = action;
    m.msg.reason = g_strdup(NULLSTR_EMPTY(reason));
    remoteDispatchEventSend(opaque, &m);
}


static void
remoteDispatchDomainEventBlockJob(virConnectPtr conn G_GNUC_UNUSED,
                                  virDomainPtr dom,
                                  const char *path,
                                  int type,
                                  int status,
                                  void *opaque)
{
    remote_domain_event_callback_block_job_msg m = { 0 };

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteDomainToWire(&m.msg.dom, dom);
    m.msg.path = g_strdup(NULLSTR_EMPTY(path));
    m.msg.type = type;
    m.msg.status = status;
    remoteDispatchEventSend(opaque, &m);
}


static void
remoteDispatchDomainEventDiskChange(virConnectPtr conn G_GNUC_UNUSED,
                                    virDomainPtr dom,
                                    const char *oldSrcPath,
                                    const char *newSrcPath,
                                    const char *devAlias,
                                    int reason,
                                    void *opaque)
{
    remote_domain_event_callback_disk_change_msg m = { 0 };

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteDomainToWire(&m.msg.dom, dom);
    m.msg.oldSrcPath = g_strdup(oldSrcPath);
    m.msg.newSrcPath = g_strdup(newSrcPath);
    m.msg.devAlias = g_strdup(NULLSTR_EMPTY(devAlias));
    m.msg.reason = reason;
    remoteDispatchEventSend(opaque, &m);
}


static void
remoteDispatchDomainEventTrayChange(virConnectPtr conn G_GNUC_UNUSED,
                                    virDomainPtr dom,
                                    const char *devAlias,
                                    int reason,
                                    void *opaque)
{
    remote_domain_event_callback_tray_change_msg m = { 0 };

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteDomainToWire(&m.msg.dom, dom);
    m.msg.devAlias = g_strdup(NULLSTR_EMPTY(devAlias));
    m.msg.reason = reason;
    remoteDispatchEventSend(opaque, &m);
}


/* PMWAKEUP, PMSUSPEND and PMSUSPEND_DISK: a reason and the domain. */
static void
remoteDispatchDomainEventPM(virConnectPtr conn G_GNUC_UNUSED,
                            virDomainPtr dom,
                            int reason,
                            void *opaque)
{
    remote_domain_event_callback_pmwakeup_msg m = { 0 };

    /* reason comes before the nested body here, as in libvirt */
    m.callbackID = remoteDispatchEventCallbackID(opaque);
    m.reason = reason;
    remoteDomainToWire(&m.msg.dom, dom);
    remoteDispatchEventSend(opaque, &m);
}


static void
remoteDispatchDomainEventBalloonChange(virConnectPtr conn G_GNUC_UNUSED,
                                       virDomainPtr dom,
                                       unsigned long long actual,
                                       void *opaque)
{
    remote_domain_event_callback_balloon_change_msg m = { 0 };

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteDomainToWire(&m.msg.dom, dom);
    m.msg.actual = actual;
    remoteDispatchEventSend(opaque, &m);
}


static void
remoteDispatchDomainEventDeviceRemoved(virConnectPtr conn G_GNUC_UNUSED,
                                       virDomainPtr dom,
                                       const char *devAlias,
                                       void *opaque)
{
    remote_domain_event_callback_device_removed_msg m = { 0 };

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteDomainToWire(&m.msg.dom, dom);
    m.msg.devAlias = g_strdup(NULLSTR_EMPTY(devAlias));
    remoteDispatchEventSend(opaque, &m);
}


static void
remoteDispatchDomainEventBlockJob2(virConnectPtr conn G_GNUC_UNUSED,
                                   virDomainPtr dom,
                                   const char *dst,
                                   int type,
                                   int status,
                                   void *opaque)
{
    remote_domain_event_block_job_2_msg m = { 0 };

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteDomainToWire(&m.dom, dom);
    m.dst = g_strdup(NULLSTR_EMPTY(dst));
    m.type = type;
    m.status = status;
    remoteDispatchEventSend(opaque, &m);
}


/* TUNABLE and JOB_COMPLETED: the domain and typed parameters. */
static void
remoteDispatchDomainEventParams(virConnectPtr conn G_GNUC_UNUSED,
                                virDomainPtr dom,
                                virTypedParameterPtr params,
                                int nparams,
                                void *opaque)
{
    remote_domain_event_callback_tunable_msg m = { 0 };

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteDomainToWire(&m.dom, dom);
    if (remoteTypedParamsToWire(&m.params, params, nparams) < 0) {
        virXDRFree(&remote_domain_event_callback_tunable_msg_desc, &m);
        return;
    }
    remoteDispatchEventSend(opaque, &m);
}


static void
remoteDispatchDomainEventAgentLifecycle(
    virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom, int state, int reason, void *opaque)
{
    remote_domain_event_callback_agent_lifecycle_msg m = { 0 };

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteDomainToWire(&m.dom, dom);
    m.state = state;
    m.reason = reason;
    remoteDispatchEventSend(opaque, &m);
}


/* DEVICE_ADDED and DEVICE_REMOVAL_FAILED: the domain and a device alias. */
static void
remoteDispatchDomainEventDevAlias(virConnectPtr conn G_GNUC_UNUSED,
                                  virDomainPtr dom,
                                  const char *devAlias,
                                  void *opaque)
{
    remote_domain_event_callback_device_added_msg m = { 0 };

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteDomainToWire(&m.dom, dom);
    m.devAlias = g_strdup(NULLSTR_EMPTY(devAlias));
    remoteDispatchEventSend(opaque, &m);
}


static void
remoteDispatchDomainEventMigrationIteration(virConnectPtr conn G_GNUC_UNUSED,
                                            virDomainPtr dom,
                                            int iteration,
                                            void *opaque)
{
    remote_domain_event_callback_migration_iteration_msg m = { 0 };

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteDomainToWire(&m.dom, dom);
    m.iteration = iteration;
    remoteDispatchEventSend(opaque, &m);
}


static void
remoteDispatchDomainEventMetadataChange(
    virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom, int type, const char *nsuri, void *opaque)
{
    remote_domain_event_callback_metadata_change_msg m = { 0 };

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteDomainToWire(&m.dom, dom);
    m.type = type;
    m.nsuri = g_strdup(nsuri);
    remoteDispatchEventSend(opaque, &m);
}


static void
remoteDispatchDomainEventBlockThreshold(virConnectPtr conn G_GNUC_UNUSED,
                                        virDomainPtr dom,
                                        const char *dev,
                                        const char *path,
                                        unsigned long long threshold,
                                        unsigned long long excess,
                                        void *opaque)
{
    remote_domain_event_block_threshold_msg m = { 0 };

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteDomainToWire(&m.dom, dom);
    m.dev = g_strdup(NULLSTR_EMPTY(dev));
    m.path = g_strdup(path);
    m.threshold = threshold;
    m.excess = excess;
    remoteDispatchEventSend(opaque, &m);
}


static void
remoteDispatchDomainEventMemoryFailure(virConnectPtr conn G_GNUC_UNUSED,
                                       virDomainPtr dom,
                                       int recipient,
                                       int action,
                                       unsigned int flags,
                                       void *opaque)
{
    remote_domain_event_memory_failure_msg m = { 0 };

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteDomainToWire(&m.dom, dom);
    m.recipient = recipient;
    m.action = action;
    m.flags = flags;
    remoteDispatchEventSend(opaque, &m);
}


static void
remoteDispatchDomainEventMemoryDeviceSizeChange(virConnectPtr conn G_GNUC_UNUSED,
                                                virDomainPtr dom,
                                                const char *alias,
                                                unsigned long long size,
                                                void *opaque)
{
    remote_domain_event_memory_device_size_change_msg m = { 0 };

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteDomainToWire(&m.dom, dom);
    m.alias = g_strdup(NULLSTR_EMPTY(alias));
    m.size = size;
    remoteDispatchEventSend(opaque, &m);
}


/*
 * Callbacks whose messages have the same C layout serve several event IDs;
 * the registration tells them their procedure.
 */
#define REMOTE_SAME_LAYOUT(a, b, field)                                                            \
 G_STATIC_ASSERT(sizeof(a) == sizeof(b) && offsetof(a, field) == offsetof(b, field))
REMOTE_SAME_LAYOUT(remote_domain_event_callback_reboot_msg,
                   remote_domain_event_callback_control_error_msg,
                   msg.dom);
REMOTE_SAME_LAYOUT(remote_domain_event_callback_pmwakeup_msg,
                   remote_domain_event_callback_pmsuspend_msg,
                   msg.dom);
REMOTE_SAME_LAYOUT(remote_domain_event_callback_pmwakeup_msg,
                   remote_domain_event_callback_pmsuspend_disk_msg,
                   msg.dom);
REMOTE_SAME_LAYOUT(remote_domain_event_callback_device_added_msg,
                   remote_domain_event_callback_device_removal_failed_msg,
                   devAlias);
REMOTE_SAME_LAYOUT(remote_domain_event_callback_tunable_msg,
                   remote_domain_event_callback_job_completed_msg,
                   params);

/* An event ID's callback (stored as the generic type) and message. */
typedef struct _remoteDispatchEventProc remoteDispatchEventProc;
struct _remoteDispatchEventProc {
    void (*callback)(void);
    int proc;
};
#define REMOTE_EVENT_CB(fn) ((void (*)(void))(fn))

static const remoteDispatchEventProc remoteDispatchDomainEventProcs[] = {
    { REMOTE_EVENT_CB(remoteDispatchDomainEventLifecycle),
      REMOTE_PROC_DOMAIN_EVENT_CALLBACK_LIFECYCLE },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventPlain), REMOTE_PROC_DOMAIN_EVENT_CALLBACK_REBOOT },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventRTCChange),
      REMOTE_PROC_DOMAIN_EVENT_CALLBACK_RTC_CHANGE },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventWatchdog),
      REMOTE_PROC_DOMAIN_EVENT_CALLBACK_WATCHDOG },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventIOError),
      REMOTE_PROC_DOMAIN_EVENT_CALLBACK_IO_ERROR },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventGraphics),
      REMOTE_PROC_DOMAIN_EVENT_CALLBACK_GRAPHICS },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventIOErrorReason),
      REMOTE_PROC_DOMAIN_EVENT_CALLBACK_IO_ERROR_REASON },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventPlain),
      REMOTE_PROC_DOMAIN_EVENT_CALLBACK_CONTROL_ERROR },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventBlockJob),
      REMOTE_PROC_DOMAIN_EVENT_CALLBACK_BLOCK_JOB },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventDiskChange),
      REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DISK_CHANGE },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventTrayChange),
      REMOTE_PROC_DOMAIN_EVENT_CALLBACK_TRAY_CHANGE },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventPM), REMOTE_PROC_DOMAIN_EVENT_CALLBACK_PMWAKEUP },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventPM), REMOTE_PROC_DOMAIN_EVENT_CALLBACK_PMSUSPEND },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventBalloonChange),
      REMOTE_PROC_DOMAIN_EVENT_CALLBACK_BALLOON_CHANGE },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventPM),
      REMOTE_PROC_DOMAIN_EVENT_CALLBACK_PMSUSPEND_DISK },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventDeviceRemoved),
      REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DEVICE_REMOVED },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventBlockJob2), REMOTE_PROC_DOMAIN_EVENT_BLOCK_JOB_2 },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventParams), REMOTE_PROC_DOMAIN_EVENT_CALLBACK_TUNABLE },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventAgentLifecycle),
      REMOTE_PROC_DOMAIN_EVENT_CALLBACK_AGENT_LIFECYCLE },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventDevAlias),
      REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DEVICE_ADDED },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventMigrationIteration),
      REMOTE_PROC_DOMAIN_EVENT_CALLBACK_MIGRATION_ITERATION },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventParams),
      REMOTE_PROC_DOMAIN_EVENT_CALLBACK_JOB_COMPLETED },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventDevAlias),
      REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DEVICE_REMOVAL_FAILED },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventMetadataChange),
      REMOTE_PROC_DOMAIN_EVENT_CALLBACK_METADATA_CHANGE },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventBlockThreshold),
      REMOTE_PROC_DOMAIN_EVENT_BLOCK_THRESHOLD },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventMemoryFailure),
      REMOTE_PROC_DOMAIN_EVENT_MEMORY_FAILURE },
    { REMOTE_EVENT_CB(remoteDispatchDomainEventMemoryDeviceSizeChange),
      REMOTE_PROC_DOMAIN_EVENT_MEMORY_DEVICE_SIZE_CHANGE },
};
G_STATIC_ASSERT(G_N_ELEMENTS(remoteDispatchDomainEventProcs) == VIR_DOMAIN_EVENT_ID_LAST);


/* ---- network, storage pool and secret events ---- */

static void
remoteDispatchNetworkEventLifecycle(
    virConnectPtr conn G_GNUC_UNUSED, virNetworkPtr net, int event, int detail, void *opaque)
{
    remote_network_event_lifecycle_msg m = { 0 };

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteNetworkToWire(&m.net, net);
    m.event = event;
    m.detail = detail;
    remoteDispatchEventSend(opaque, &m);
}


static void
remoteDispatchStoragePoolEventLifecycle(
    virConnectPtr conn G_GNUC_UNUSED, virStoragePoolPtr pool, int event, int detail, void *opaque)
{
    remote_storage_pool_event_lifecycle_msg m = { 0 };

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteStoragePoolToWire(&m.pool, pool);
    m.event = event;
    m.detail = detail;
    remoteDispatchEventSend(opaque, &m);
}


static void
remoteDispatchStoragePoolEventRefresh(virConnectPtr conn G_GNUC_UNUSED,
                                      virStoragePoolPtr pool,
                                      void *opaque)
{
    remote_storage_pool_event_refresh_msg m = { 0 };

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteStoragePoolToWire(&m.pool, pool);
    remoteDispatchEventSend(opaque, &m);
}


static void
remoteDispatchSecretEventLifecycle(
    virConnectPtr conn G_GNUC_UNUSED, virSecretPtr secret, int event, int detail, void *opaque)
{
    remote_secret_event_lifecycle_msg m = { 0 };

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteSecretToWire(&m.secret, secret);
    m.event = event;
    m.detail = detail;
    remoteDispatchEventSend(opaque, &m);
}


static void
remoteDispatchSecretEventValueChanged(virConnectPtr conn G_GNUC_UNUSED,
                                      virSecretPtr secret,
                                      void *opaque)
{
    remote_secret_event_value_changed_msg m = { 0 };

    m.callbackID = remoteDispatchEventCallbackID(opaque);
    remoteSecretToWire(&m.secret, secret);
    remoteDispatchEventSend(opaque, &m);
}


static const remoteDispatchEventProc remoteDispatchNetworkEventProcs[] = {
    { REMOTE_EVENT_CB(remoteDispatchNetworkEventLifecycle), REMOTE_PROC_NETWORK_EVENT_LIFECYCLE },
};
G_STATIC_ASSERT(G_N_ELEMENTS(remoteDispatchNetworkEventProcs) == VIR_NETWORK_EVENT_ID_LAST);

static const remoteDispatchEventProc remoteDispatchStoragePoolEventProcs[] = {
    { REMOTE_EVENT_CB(remoteDispatchStoragePoolEventLifecycle),
      REMOTE_PROC_STORAGE_POOL_EVENT_LIFECYCLE },
    { REMOTE_EVENT_CB(remoteDispatchStoragePoolEventRefresh),
      REMOTE_PROC_STORAGE_POOL_EVENT_REFRESH },
};
G_STATIC_ASSERT(G_N_ELEMENTS(remoteDispatchStoragePoolEventProcs) ==
                VIR_STORAGE_POOL_EVENT_ID_LAST);

static const remoteDispatchEventProc remoteDispatchSecretEventProcs[] = {
    { REMOTE_EVENT_CB(remoteDispatchSecretEventLifecycle), REMOTE_PROC_SECRET_EVENT_LIFECYCLE },
    { REMOTE_EVENT_CB(remoteDispatchSecretEventValueChanged),
      REMOTE_PROC_SECRET_EVENT_VALUE_CHANGED },
};
G_STATIC_ASSERT(G_N_ELEMENTS(remoteDispatchSecretEventProcs) == VIR_SECRET_EVENT_ID_LAST);


/* ---- registration ---- */

/* What differs between the event families. */
typedef struct _remoteDispatchEventFamily remoteDispatchEventFamily;
struct _remoteDispatchEventFamily {
    int nids;                             /* number of event IDs */
    const remoteDispatchEventProc *procs; /* @nids callbacks, by event ID */
    const char *unsupported;              /* libvirtd's text for a bad event ID */
    const char *notRegistered;            /* ... for an unknown callbackID */
    int (*deregister)(virConnectPtr conn, int callbackID);
};

static const remoteDispatchEventFamily remoteDispatchEventFamilies[] = {
    [REMOTE_DISPATCH_EVENT_DOMAIN] = { VIR_DOMAIN_EVENT_ID_LAST, remoteDispatchDomainEventProcs,
                                       N_("unsupported event ID %1$d"),
                                       N_("domain event %1$d not registered"),
                                       virConnectDomainEventDeregisterAny },
    [REMOTE_DISPATCH_EVENT_NETWORK] = { VIR_NETWORK_EVENT_ID_LAST, remoteDispatchNetworkEventProcs,
                                        N_("unsupported network event ID %1$d"),
                                        N_("network event %1$d not registered"),
                                        virConnectNetworkEventDeregisterAny },
    [REMOTE_DISPATCH_EVENT_STORAGE_POOL] = { VIR_STORAGE_POOL_EVENT_ID_LAST,
                                             remoteDispatchStoragePoolEventProcs,
                                             N_("unsupported storage pool event ID %1$d"),
                                             N_("storage pool event %1$d not registered"),
                                             virConnectStoragePoolEventDeregisterAny },
    [REMOTE_DISPATCH_EVENT_SECRET] = { VIR_SECRET_EVENT_ID_LAST, remoteDispatchSecretEventProcs,
                                       N_("unsupported secret event ID %1$d"),
                                       N_("secret event %1$d not registered"),
                                       virConnectSecretEventDeregisterAny },
};
G_STATIC_ASSERT(G_N_ELEMENTS(remoteDispatchEventFamilies) == REMOTE_DISPATCH_EVENT_LAST);


/*
 * Registers @cb for @eventID of family @kind on @conn, filtered on the
 * wire object @filter (NULL: all objects). Returns the connection's
 * registration ID, or -1 with an error (@cb is then not owned by @conn).
 */
static int
remoteDispatchEventRegisterLocal(virConnect *conn,
                                 remoteDispatchEventKind kind,
                                 int eventID,
                                 const void *filter,
                                 remoteDispatchEventCallback *cb)
{
    virFreeCallback ff = remoteDispatchEventCallbackFree;
    void (*callback)(void) = remoteDispatchEventFamilies[kind].procs[eventID].callback;
    g_autoptr(virDomain) dom = NULL;
    g_autoptr(virNetwork) net = NULL;
    g_autoptr(virStoragePool) pool = NULL;
    g_autoptr(virSecret) secret = NULL;

    switch (kind) {
    case REMOTE_DISPATCH_EVENT_DOMAIN:
        if (filter && !(dom = remoteDomainFromWire(conn, filter)))
            return -1;
        return virConnectDomainEventRegisterAny(
            conn, dom, eventID, (virConnectDomainEventGenericCallback)callback, cb, ff);
    case REMOTE_DISPATCH_EVENT_NETWORK:
        if (filter && !(net = remoteNetworkFromWire(conn, filter)))
            return -1;
        return virConnectNetworkEventRegisterAny(
            conn, net, eventID, (virConnectNetworkEventGenericCallback)callback, cb, ff);
    case REMOTE_DISPATCH_EVENT_STORAGE_POOL:
        if (filter && !(pool = remoteStoragePoolFromWire(conn, filter)))
            return -1;
        return virConnectStoragePoolEventRegisterAny(
            conn, pool, eventID, (virConnectStoragePoolEventGenericCallback)callback, cb, ff);
    case REMOTE_DISPATCH_EVENT_SECRET:
        if (filter && !(secret = remoteSecretFromWire(conn, filter)))
            return -1;
        return virConnectSecretEventRegisterAny(
            conn, secret, eventID, (virConnectSecretEventGenericCallback)callback, cb, ff);
    case REMOTE_DISPATCH_EVENT_LAST:
    default:
        break;
    }
    virReportError(VIR_ERR_INTERNAL_ERROR, _("unexpected event family %1$d"), kind);
    return -1;
}


/* Gives back a callbackID that was never handed out (failed registration). */
static void
remoteDispatchEventReleaseID(remoteDispatchClient *priv, int callbackID)
{
    g_mutex_lock(&priv->lock);
    if (priv->nextCallbackID == callbackID + 1)
        priv->nextCallbackID--;
    g_mutex_unlock(&priv->lock);
}


/*
 * The register handlers' common part: checks @eventID, registers, and
 * records the registration. Returns 0 with *@callbackID set, or -1.
 */
static int
remoteDispatchEventRegister(virNetServerClient *client,
                            remoteDispatchEventKind kind,
                            int eventID,
                            const void *filter,
                            int32_t *callbackID)
{
    remoteDispatchClient *priv = virNetServerClientGetPrivateData(client);
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);
    remoteDispatchEventCallback *cb;
    remoteDispatchEventReg reg = { kind, -1, -1 };
    bool closed;

    if (!conn)
        return -1;
    if (eventID < 0 || eventID >= remoteDispatchEventFamilies[kind].nids) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _(remoteDispatchEventFamilies[kind].unsupported),
                       eventID);
        return -1;
    }

    cb = g_new0(remoteDispatchEventCallback, 1);
    g_mutex_lock(&priv->lock);
    cb->target = priv->target;
    g_atomic_int_inc(&cb->target->refs);
    reg.callbackID = cb->callbackID = priv->nextCallbackID++;
    cb->proc = remoteDispatchEventFamilies[kind].procs[eventID].proc;
    g_mutex_unlock(&priv->lock);

    if ((reg.localID = remoteDispatchEventRegisterLocal(conn, kind, eventID, filter, cb)) < 0) {
        remoteDispatchEventReleaseID(priv, reg.callbackID);
        remoteDispatchEventCallbackFree(cb);
        return -1;
    }

    g_mutex_lock(&priv->lock);
    closed = priv->conn != conn;
    if (!closed)
        g_array_append_val(priv->events, reg);
    g_mutex_unlock(&priv->lock);
    if (closed) {
        /* CONNECT_CLOSE ran meanwhile: do not leave the registration behind */
        (void)remoteDispatchEventFamilies[kind].deregister(conn, reg.localID);
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("hypervisor connection not open"));
        return -1;
    }
    *callbackID = reg.callbackID;
    return 0;
}


static int
remoteDispatchEventDeregister(virNetServerClient *client,
                              remoteDispatchEventKind kind,
                              int callbackID)
{
    remoteDispatchClient *priv = virNetServerClientGetPrivateData(client);
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);
    remoteDispatchEventReg reg = { kind, -1, -1 };
    guint i;

    if (!conn)
        return -1;
    g_mutex_lock(&priv->lock);
    for (i = 0; i < priv->events->len; i++) {
        remoteDispatchEventReg *r = &g_array_index(priv->events, remoteDispatchEventReg, i);

        if (r->kind == kind && r->callbackID == callbackID) {
            reg = *r;
            g_array_remove_index(priv->events, i);
            break;
        }
    }
    g_mutex_unlock(&priv->lock);

    if (reg.localID < 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _(remoteDispatchEventFamilies[kind].notRegistered),
                       callbackID);
        return -1;
    }
    return remoteDispatchEventFamilies[kind].deregister(conn, reg.localID) < 0 ? -1 : 0;
}


void
remoteDispatchEventsDeregisterAll(remoteDispatchClient *priv, virConnect *conn)
{
    g_autoptr(GArray) events = NULL;
    guint i;

    g_mutex_lock(&priv->lock);
    events = g_steal_pointer(&priv->events);
    priv->events = g_array_new(FALSE, TRUE, sizeof(remoteDispatchEventReg));
    g_mutex_unlock(&priv->lock);

    for (i = 0; i < events->len; i++) {
        remoteDispatchEventReg *r = &g_array_index(events, remoteDispatchEventReg, i);

        if (remoteDispatchEventFamilies[r->kind].deregister(conn, r->localID) < 0)
            VIR_DEBUG("cannot deregister event callback %d, ignoring", r->localID);
    }
}


/* ---- handlers ---- */

static int
remoteDispatchConnectDomainEventCallbackRegisterAny(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_domain_event_callback_register_any_args *a = args;
    remote_connect_domain_event_callback_register_any_ret *r = ret;

    return remoteDispatchEventRegister(client, REMOTE_DISPATCH_EVENT_DOMAIN, a->eventID, a->dom,
                                       &r->callbackID);
}


static int
remoteDispatchConnectDomainEventCallbackDeregisterAny(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_domain_event_callback_deregister_any_args *a = args;

    return remoteDispatchEventDeregister(client, REMOTE_DISPATCH_EVENT_DOMAIN, a->callbackID);
}


static int
remoteDispatchConnectNetworkEventRegisterAny(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_network_event_register_any_args *a = args;
    remote_connect_network_event_register_any_ret *r = ret;

    return remoteDispatchEventRegister(client, REMOTE_DISPATCH_EVENT_NETWORK, a->eventID, a->net,
                                       &r->callbackID);
}


static int
remoteDispatchConnectNetworkEventDeregisterAny(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_network_event_deregister_any_args *a = args;

    return remoteDispatchEventDeregister(client, REMOTE_DISPATCH_EVENT_NETWORK, a->callbackID);
}


static int
remoteDispatchConnectStoragePoolEventRegisterAny(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_storage_pool_event_register_any_args *a = args;
    remote_connect_storage_pool_event_register_any_ret *r = ret;

    return remoteDispatchEventRegister(client, REMOTE_DISPATCH_EVENT_STORAGE_POOL, a->eventID,
                                       a->pool, &r->callbackID);
}


static int
remoteDispatchConnectStoragePoolEventDeregisterAny(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_storage_pool_event_deregister_any_args *a = args;

    return remoteDispatchEventDeregister(client, REMOTE_DISPATCH_EVENT_STORAGE_POOL, a->callbackID);
}


static int
remoteDispatchConnectSecretEventRegisterAny(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_secret_event_register_any_args *a = args;
    remote_connect_secret_event_register_any_ret *r = ret;

    return remoteDispatchEventRegister(client, REMOTE_DISPATCH_EVENT_SECRET, a->eventID, a->secret,
                                       &r->callbackID);
}


static int
remoteDispatchConnectSecretEventDeregisterAny(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_secret_event_deregister_any_args *a = args;

    return remoteDispatchEventDeregister(client, REMOTE_DISPATCH_EVENT_SECRET, a->callbackID);
}


static const virNetServerProcHandler remoteDispatchEventsHandlers[] = {
    { REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY,
      remoteDispatchConnectDomainEventCallbackRegisterAny },
    { REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY,
      remoteDispatchConnectDomainEventCallbackDeregisterAny },
    { REMOTE_PROC_CONNECT_NETWORK_EVENT_REGISTER_ANY,
      remoteDispatchConnectNetworkEventRegisterAny },
    { REMOTE_PROC_CONNECT_NETWORK_EVENT_DEREGISTER_ANY,
      remoteDispatchConnectNetworkEventDeregisterAny },
    { REMOTE_PROC_CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY,
      remoteDispatchConnectStoragePoolEventRegisterAny },
    { REMOTE_PROC_CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY,
      remoteDispatchConnectStoragePoolEventDeregisterAny },
    { REMOTE_PROC_CONNECT_SECRET_EVENT_REGISTER_ANY, remoteDispatchConnectSecretEventRegisterAny },
    { REMOTE_PROC_CONNECT_SECRET_EVENT_DEREGISTER_ANY,
      remoteDispatchConnectSecretEventDeregisterAny },
};

const remoteDispatchHandlerTable remoteDispatchEventsTable = {
    remoteDispatchEventsHandlers,
    G_N_ELEMENTS(remoteDispatchEventsHandlers),
};
