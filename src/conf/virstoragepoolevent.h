/*
 * virstoragepoolevent.h: storage pool events
 *
 * virStoragePoolEvent (derived from virObjectEvent) carries the storage
 * pool event IDs of libvirt 9.0: VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE and
 * VIR_STORAGE_POOL_EVENT_ID_REFRESH. Drivers build events here and queue
 * them with virObjectEventStateQueue(); callbacks get a public handle
 * made by the function set with virStoragePoolEventSetGetStoragePool()
 * (src/lib installs a wrapper of virGetStoragePool()).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virobjectevent.h"

typedef struct _virStoragePoolEvent virStoragePoolEvent;

/*
 * virStoragePoolEventGetStoragePoolFunc:
 *
 * Returns a new reference to a public handle for the pool, or NULL. The
 * handle must be a virObject (released with virObjectUnref() after the
 * callback returns).
 */
typedef virStoragePoolPtr (*virStoragePoolEventGetStoragePoolFunc)(virConnectPtr conn,
                                                                   const char *name,
                                                                   const unsigned char *uuid);

/*
 * virStoragePoolEventSetGetStoragePool:
 * @func: the handle constructor, or NULL to unset
 *
 * Sets the process-wide handle constructor of storage pool event
 * dispatch. Until one is set, pool events are not delivered. Any thread.
 */
void virStoragePoolEventSetGetStoragePool(virStoragePoolEventGetStoragePoolFunc func);

/*
 * virClassForStoragePoolEvent:
 *
 * Returns the storage pool event class (borrowed), or NULL with an error
 * reported if it cannot be created.
 */
virClass *virClassForStoragePoolEvent(void);

/*
 * virStoragePoolEventStateRegisterID:
 * @state: the driver's event state
 * @conn: the registering connection
 * @uuid: only events of this pool (pool->uuid), or NULL for all
 * @eventID: a virStoragePoolEventID
 * @cb: the callback, cast to the generic type
 *      (VIR_STORAGE_POOL_EVENT_CALLBACK for the lifecycle one)
 * @opaque, @freecb: as for virObjectEventStateRegisterID()
 *
 * What a driver's connectStoragePoolEventRegisterAny does. Returns the
 * callback number (>= 0; shared numbering with the state's other
 * families) or -1 with an error reported (VIR_ERR_INVALID_ARG for an
 * @eventID out of range, or those of virObjectEventStateRegisterID()).
 * Deregistration is virObjectEventStateDeregisterID().
 */
int virStoragePoolEventStateRegisterID(virObjectEventState *state,
                                       virConnectPtr conn,
                                       const unsigned char *uuid,
                                       int eventID,
                                       virConnectStoragePoolEventGenericCallback cb,
                                       void *opaque,
                                       virFreeCallback freecb);

/*
 * virStoragePoolEventLifecycleNew:
 * @name: the pool's name (copied)
 * @uuid: its VIR_UUID_BUFLEN-byte UUID (copied)
 * @type: a virStoragePoolEventLifecycleType
 * @detail: 0 (libvirt defines no details)
 *
 * Returns a new VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE event (owned by the
 * caller), or NULL with an error reported.
 */
virObjectEvent *
virStoragePoolEventLifecycleNew(const char *name, const unsigned char *uuid, int type, int detail);

/*
 * virStoragePoolEventRefreshNew:
 * @name: the pool's name (copied)
 * @uuid: its VIR_UUID_BUFLEN-byte UUID (copied)
 *
 * Returns a new VIR_STORAGE_POOL_EVENT_ID_REFRESH event (owned by the
 * caller), or NULL with an error reported.
 */
virObjectEvent *virStoragePoolEventRefreshNew(const char *name, const unsigned char *uuid);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virStoragePoolEvent, virObjectUnref);
