/*
 * remote_objects.h: object references on the wire <-> API handles
 *
 * The remote driver (client) and the daemon dispatcher (server) both turn
 * wire references (remote_nonnull_domain {name, uuid, id}, ...) into
 * handles of a connection and back; this is the one place that does it
 * (wire-protocol.md section 5).
 *
 * The *FromWire functions return a new reference made with the virGet*()
 * constructors of src/lib/datatypes.h (NULL with an error on failure).
 * The *ToWire functions fill a zeroed wire struct with g_strdup'd copies
 * (freed later by virXDRFree of the containing struct) and never fail.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "datatypes.h"
#include "remote_protocol.h"

virDomain *remoteDomainFromWire(virConnect *conn, const remote_nonnull_domain *d);
void remoteDomainToWire(remote_nonnull_domain *d, virDomain *dom);

virNetwork *remoteNetworkFromWire(virConnect *conn, const remote_nonnull_network *n);
void remoteNetworkToWire(remote_nonnull_network *n, virNetwork *net);

virStoragePool *remoteStoragePoolFromWire(virConnect *conn, const remote_nonnull_storage_pool *p);
void remoteStoragePoolToWire(remote_nonnull_storage_pool *p, virStoragePool *pool);

virStorageVol *remoteStorageVolFromWire(virConnect *conn, const remote_nonnull_storage_vol *v);
void remoteStorageVolToWire(remote_nonnull_storage_vol *v, virStorageVol *vol);

virSecret *remoteSecretFromWire(virConnect *conn, const remote_nonnull_secret *s);
void remoteSecretToWire(remote_nonnull_secret *s, virSecret *secret);

/* snapshots carry their domain: the returned snapshot holds a reference to it */
virDomainSnapshot *remoteSnapshotFromWire(virConnect *conn,
                                          const remote_nonnull_domain_snapshot *s);
void remoteSnapshotToWire(remote_nonnull_domain_snapshot *s, virDomainSnapshot *snap);

/*
 * remoteTypedParamsToWire / remoteTypedParamsFromWire:
 * Convert between virTypedParameter arrays and the wire array
 * (virXDRArray of virXDRTypedParam). FromWire checks @max and rejects
 * unknown types (VIR_ERR_RPC); the result is freed with
 * virTypedParamsFree. Return 0 or -1.
 */
int remoteTypedParamsToWire(virXDRArray *wire, virTypedParameterPtr params, int nparams);
int remoteTypedParamsFromWire(const virXDRArray *wire,
                              unsigned int max,
                              virTypedParameterPtr *params,
                              int *nparams);
