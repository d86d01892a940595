/*
 * virdomainevent.h: domain events
 *
 * One class, virDomainEvent (derived from virObjectEvent), carries every
 * domain event ID except VIR_DOMAIN_EVENT_ID_GRAPHICS, which no driver
 * of modvirt raises yet (callbacks may still register for it). A driver
 * builds an event with the constructor of its ID and hands it to
 * virObjectEventStateQueue(); the dispatcher then calls each matching
 * callback with the argument list libvirt's callback type for that ID
 * has.
 *
 * Every constructor takes the domain's identity first:
 *   @id: the domain's id (-1 while inactive)
 *   @name: its name (copied)
 *   @uuid: its VIR_UUID_BUFLEN-byte UUID (copied)
 * copies its string arguments (NULL stays NULL), and returns a new event
 * (one reference, owned by the caller) or NULL with an error reported
 * (NULL @name or @uuid).
 *
 * The public handle handed to the callbacks comes from the function set
 * with virDomainEventSetGetDomain(): src/lib installs virGetDomain() at
 * initialisation, so that this module does not depend on src/lib.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virobjectevent.h"

typedef struct _virDomainEvent virDomainEvent;

/*
 * virDomainEventGetDomainFunc:
 *
 * Returns a new reference to a public handle for the domain, or NULL
 * (any error it reports is left in the loop thread's last error). The
 * handle must be a virObject: the dispatcher releases it with
 * virObjectUnref() after the callback returns. virGetDomain() fits.
 */
typedef virDomainPtr (*virDomainEventGetDomainFunc)(virConnectPtr conn,
                                                    const char *name,
                                                    const unsigned char *uuid,
                                                    int id);

/*
 * virDomainEventSetGetDomain:
 * @func: the handle constructor, or NULL to unset
 *
 * Sets the process-wide handle constructor of domain event dispatch. Until
 * one is set, domain events are not delivered (logged at debug level).
 * Any thread.
 */
void virDomainEventSetGetDomain(virDomainEventGetDomainFunc func);

/*
 * virClassForDomainEvent:
 *
 * Returns the domain event class (borrowed), the @klass that identifies
 * domain callbacks in virObjectEventState, or NULL with an error reported
 * if it cannot be created.
 */
virClass *virClassForDomainEvent(void);

/*
 * virDomainEventStateRegisterID:
 * @state: the driver's event state
 * @conn: the registering connection
 * @uuid: only events of this domain, or NULL for all domains (the driver
 *        passes dom->uuid of virConnectDomainEventRegisterAny's @dom)
 * @eventID: a virDomainEventID
 * @cb: the callback, of the type @eventID calls for, cast to the generic
 *      type (VIR_DOMAIN_EVENT_CALLBACK)
 * @opaque, @freecb: as for virObjectEventStateRegisterID()
 *
 * What a driver's connectDomainEventRegisterAny does. Returns the
 * callback number (>= 0) or -1 with an error reported (those of
 * virObjectEventStateRegisterID(), or VIR_ERR_INVALID_ARG for an @eventID
 * out of range).
 */
int virDomainEventStateRegisterID(virObjectEventState *state,
                                  virConnectPtr conn,
                                  const unsigned char *uuid,
                                  int eventID,
                                  virConnectDomainEventGenericCallback cb,
                                  void *opaque,
                                  virFreeCallback freecb);

/*
 * virDomainEventStateRegister:
 *
 * What a driver's connectDomainEventRegister (the old, lifecycle-only
 * call) does: registers @cb for VIR_DOMAIN_EVENT_ID_LIFECYCLE of all
 * domains. Returns 0, or -1 with an error reported ("event callback
 * already tracked" if @conn registered @cb this way already). The
 * registration uses up a callback number, as in libvirt.
 */
int virDomainEventStateRegister(virObjectEventState *state,
                                virConnectPtr conn,
                                virConnectDomainEventCallback cb,
                                void *opaque,
                                virFreeCallback freecb);

/*
 * virDomainEventStateDeregister:
 *
 * What a driver's connectDomainEventDeregister does: removes @conn's
 * old-style registration of @cb. Returns 0, or -1 with VIR_ERR_INVALID_ARG
 * "event callback function %p not registered" reported.
 * (connectDomainEventDeregisterAny is virObjectEventStateDeregisterID.)
 */
int virDomainEventStateDeregister(virObjectEventState *state,
                                  virConnectPtr conn,
                                  virConnectDomainEventCallback cb);

/* VIR_DOMAIN_EVENT_ID_LIFECYCLE: @type is a virDomainEventType, @detail its detail. */
virObjectEvent *virDomainEventLifecycleNew(
    int id, const char *name, const unsigned char *uuid, int type, int detail);

/* VIR_DOMAIN_EVENT_ID_REBOOT. */
virObjectEvent *virDomainEventRebootNew(int id, const char *name, const unsigned char *uuid);

/* VIR_DOMAIN_EVENT_ID_RTC_CHANGE: @offset in seconds from UTC. */
virObjectEvent *
virDomainEventRTCChangeNew(int id, const char *name, const unsigned char *uuid, long long offset);

/* VIR_DOMAIN_EVENT_ID_WATCHDOG: @action is a virDomainEventWatchdogAction. */
virObjectEvent *
virDomainEventWatchdogNew(int id, const char *name, const unsigned char *uuid, int action);

/* VIR_DOMAIN_EVENT_ID_IO_ERROR: @action is a virDomainEventIOErrorAction. */
virObjectEvent *virDomainEventIOErrorNew(int id,
                                         const char *name,
                                         const unsigned char *uuid,
                                         const char *srcPath,
                                         const char *devAlias,
                                         int action);

/* VIR_DOMAIN_EVENT_ID_IO_ERROR_REASON: like IO_ERROR plus the @reason text. */
virObjectEvent *virDomainEventIOErrorReasonNew(int id,
                                               const char *name,
                                               const unsigned char *uuid,
                                               const char *srcPath,
                                               const char *devAlias,
                                               int action,
                                               const char *reason);

/* VIR_DOMAIN_EVENT_ID_CONTROL_ERROR. */
virObjectEvent *virDomainEventControlErrorNew(int id, const char *name, const unsigned char *uuid);

/*
 * VIR_DOMAIN_EVENT_ID_BLOCK_JOB (@disk is the source path) and
 * VIR_DOMAIN_EVENT_ID_BLOCK_JOB_2 (@disk is the target name): @type is a
 * virDomainBlockJobType, @status a virConnectDomainEventBlockJobStatus.
 */
virObjectEvent *virDomainEventBlockJobNew(
    int id, const char *name, const unsigned char *uuid, const char *disk, int type, int status);
virObjectEvent *virDomainEventBlockJob2New(
    int id, const char *name, const unsigned char *uuid, const char *disk, int type, int status);

/* VIR_DOMAIN_EVENT_ID_DISK_CHANGE: @reason is a virConnectDomainEventDiskChangeReason. */
virObjectEvent *virDomainEventDiskChangeNew(int id,
                                            const char *name,
                                            const unsigned char *uuid,
                                            const char *oldSrcPath,
                                            const char *newSrcPath,
                                            const char *devAlias,
                                            int reason);

/* VIR_DOMAIN_EVENT_ID_TRAY_CHANGE: @reason is a virDomainEventTrayChangeReason. */
virObjectEvent *virDomainEventTrayChangeNew(
    int id, const char *name, const unsigned char *uuid, const char *devAlias, int reason);

/* VIR_DOMAIN_EVENT_ID_PMWAKEUP, _PMSUSPEND, _PMSUSPEND_DISK: @reason is 0 (unused). */
virObjectEvent *
virDomainEventPMWakeupNew(int id, const char *name, const unsigned char *uuid, int reason);
virObjectEvent *
virDomainEventPMSuspendNew(int id, const char *name, const unsigned char *uuid, int reason);
virObjectEvent *
virDomainEventPMSuspendDiskNew(int id, const char *name, const unsigned char *uuid, int reason);

/* VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE: @actual in KiB. */
virObjectEvent *virDomainEventBalloonChangeNew(int id,
                                               const char *name,
                                               const unsigned char *uuid,
                                               unsigned long long actual);

/* VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED, _DEVICE_ADDED, _DEVICE_REMOVAL_FAILED. */
virObjectEvent *virDomainEventDeviceRemovedNew(int id,
                                               const char *name,
                                               const unsigned char *uuid,
                                               const char *devAlias);
virObjectEvent *virDomainEventDeviceAddedNew(int id,
                                             const char *name,
                                             const unsigned char *uuid,
                                             const char *devAlias);
virObjectEvent *virDomainEventDeviceRemovalFailedNew(int id,
                                                     const char *name,
                                                     const unsigned char *uuid,
                                                     const char *devAlias);

/*
 * VIR_DOMAIN_EVENT_ID_TUNABLE and VIR_DOMAIN_EVENT_ID_JOB_COMPLETED: take
 * ownership of @params (an array of @nparams allocated with g_malloc,
 * string values with g_strdup, as virTypedParamsAdd* does), also on
 * failure. Callbacks get the array borrowed.
 */
virObjectEvent *virDomainEventTunableNew(
    int id, const char *name, const unsigned char *uuid, virTypedParameterPtr params, int nparams);
virObjectEvent *virDomainEventJobCompletedNew(
    int id, const char *name, const unsigned char *uuid, virTypedParameterPtr params, int nparams);

/* VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE: virConnectDomainEventAgentLifecycle{State,Reason}. */
virObjectEvent *virDomainEventAgentLifecycleNew(
    int id, const char *name, const unsigned char *uuid, int state, int reason);

/* VIR_DOMAIN_EVENT_ID_MIGRATION_ITERATION. */
virObjectEvent *virDomainEventMigrationIterationNew(int id,
                                                    const char *name,
                                                    const unsigned char *uuid,
                                                    int iteration);

/* VIR_DOMAIN_EVENT_ID_METADATA_CHANGE: @type is a virDomainMetadataType; @nsuri may be NULL. */
virObjectEvent *virDomainEventMetadataChangeNew(
    int id, const char *name, const unsigned char *uuid, int type, const char *nsuri);

/* VIR_DOMAIN_EVENT_ID_BLOCK_THRESHOLD. */
virObjectEvent *virDomainEventBlockThresholdNew(int id,
                                                const char *name,
                                                const unsigned char *uuid,
                                                const char *dev,
                                                const char *path,
                                                unsigned long long threshold,
                                                unsigned long long excess);

/* VIR_DOMAIN_EVENT_ID_MEMORY_FAILURE: virDomainMemoryFailure{RecipientType,ActionType,Flags}. */
virObjectEvent *virDomainEventMemoryFailureNew(int id,
                                               const char *name,
                                               const unsigned char *uuid,
                                               int recipient,
                                               int action,
                                               unsigned int flags);

/* VIR_DOMAIN_EVENT_ID_MEMORY_DEVICE_SIZE_CHANGE: @size in KiB. */
virObjectEvent *virDomainEventMemoryDeviceSizeChangeNew(int id,
                                                        const char *name,
                                                        const unsigned char *uuid,
                                                        const char *alias,
                                                        unsigned long long size);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainEvent, virObjectUnref);
