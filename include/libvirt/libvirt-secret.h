/*
 * libvirt-secret.h: secrets (passphrases and keys stored by the host)
 *
 * Do not include this file directly: include <libvirt/libvirt.h>.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#ifndef __VIR_LIBVIRT_H_INCLUDES__
# error "Don't include this file directly, only use libvirt/libvirt.h"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/*
 * A secret handle: names one secret of a connection by UUID. Reference
 * counted (virSecretRef, virSecretFree).
 */
typedef struct _virSecret virSecret;
typedef virSecret *virSecretPtr;

/* What a secret is for. */
typedef enum {
    VIR_SECRET_USAGE_TYPE_NONE = 0,
    VIR_SECRET_USAGE_TYPE_VOLUME = 1,
    VIR_SECRET_USAGE_TYPE_CEPH = 2,
    VIR_SECRET_USAGE_TYPE_ISCSI = 3,
    VIR_SECRET_USAGE_TYPE_TLS = 4,
    VIR_SECRET_USAGE_TYPE_VTPM = 5,
#ifdef VIR_ENUM_SENTINELS
    VIR_SECRET_USAGE_TYPE_LAST
#endif
} virSecretUsageType;

/* The connection of @secret (borrowed: no new reference), or NULL. */
virConnectPtr virSecretGetConnect(virSecretPtr secret);

/*
 * Count or list secrets: the number, up to @maxuuids UUID strings in
 * @uuids (caller frees), or a NULL-terminated array of new references in
 * *@secrets matching @flags. All return -1 on error.
 */
int virConnectNumOfSecrets(virConnectPtr conn);
int virConnectListSecrets(virConnectPtr conn, char **uuids, int maxuuids);

/* Filters of virConnectListAllSecrets(); groups are ANDed. */
typedef enum {
    VIR_CONNECT_LIST_SECRETS_EPHEMERAL = 1 << 0,
    VIR_CONNECT_LIST_SECRETS_NO_EPHEMERAL = 1 << 1,
    VIR_CONNECT_LIST_SECRETS_PRIVATE = 1 << 2,
    VIR_CONNECT_LIST_SECRETS_NO_PRIVATE = 1 << 3,
} virConnectListAllSecretsFlags;

int virConnectListAllSecrets(virConnectPtr conn, virSecretPtr **secrets, unsigned int flags);

/*
 * Lookups by UUID or by usage (@usageType and its @usageID, e.g. a volume
 * path). Return a new reference, or NULL with VIR_ERR_NO_SECRET.
 */
virSecretPtr virSecretLookupByUUID(virConnectPtr conn, const unsigned char *uuid);
virSecretPtr virSecretLookupByUUIDString(virConnectPtr conn, const char *uuid);
virSecretPtr virSecretLookupByUsage(virConnectPtr conn, int usageType, const char *usageID);

/* Flags of virSecretDefineXML(). */
typedef enum {
    VIR_SECRET_DEFINE_VALIDATE = 1 << 0,
} virSecretDefineFlags;

/* Define (or redefine) a secret. Returns a new reference, or NULL. */
virSecretPtr virSecretDefineXML(virConnectPtr conn, const char *xml, unsigned int flags);

/* The UUID as raw bytes or text, in the caller's buffer. Return 0 or -1. */
int virSecretGetUUID(virSecretPtr secret, unsigned char *buf);
int virSecretGetUUIDString(virSecretPtr secret, char *buf);

/* The virSecretUsageType, or -1. */
int virSecretGetUsageType(virSecretPtr secret);

/* The usage ID (borrowed; valid while the handle is), or NULL. */
const char *virSecretGetUsageID(virSecretPtr secret);

/* The <secret> XML (caller frees), or NULL. */
char *virSecretGetXMLDesc(virSecretPtr secret, unsigned int flags);

/* Stores @value_size bytes as the secret's value. Returns 0 or -1. */
int virSecretSetValue(virSecretPtr secret,
                      const unsigned char *value,
                      size_t value_size,
                      unsigned int flags);

/*
 * The secret's value (caller frees), its size stored in *@value_size, or
 * NULL. Refused for private secrets.
 */
unsigned char *virSecretGetValue(virSecretPtr secret, size_t *value_size, unsigned int flags);

/* Deletes the secret. Returns 0 or -1. */
int virSecretUndefine(virSecretPtr secret);

/* Take or drop a reference on a secret handle. Return 0 or -1. */
int virSecretRef(virSecretPtr secret);
int virSecretFree(virSecretPtr secret);

/* Casts a specific callback to the generic type. */
#define VIR_SECRET_EVENT_CALLBACK(cb) ((virConnectSecretEventGenericCallback)(cb))

/* The kinds of secret event, and what happened in a lifecycle event. */
typedef enum {
    VIR_SECRET_EVENT_ID_LIFECYCLE = 0,
    VIR_SECRET_EVENT_ID_VALUE_CHANGED = 1,
#ifdef VIR_ENUM_SENTINELS
    VIR_SECRET_EVENT_ID_LAST
#endif
} virSecretEventID;
typedef enum {
    VIR_SECRET_EVENT_DEFINED = 0,
    VIR_SECRET_EVENT_UNDEFINED = 1,
#ifdef VIR_ENUM_SENTINELS
    VIR_SECRET_EVENT_LAST
#endif
} virSecretEventLifecycleType;

/*
 * Secret event callbacks: the generic type (also that of the value change
 * event) and the lifecycle one.
 */
typedef void (*virConnectSecretEventGenericCallback)(virConnectPtr conn,
                                                     virSecretPtr secret,
                                                     void *opaque);
typedef void (*virConnectSecretEventLifecycleCallback)(
    virConnectPtr conn, virSecretPtr secret, int event, int detail, void *opaque);

/*
 * Register @cb for events @eventID of @secret (NULL: of every secret).
 * Returns a callback ID (>= 0), or -1. Deregistering returns 0 or -1.
 */
int virConnectSecretEventRegisterAny(virConnectPtr conn,
                                     virSecretPtr secret,
                                     int eventID,
                                     virConnectSecretEventGenericCallback cb,
                                     void *opaque,
                                     virFreeCallback freecb);
int virConnectSecretEventDeregisterAny(virConnectPtr conn, int callbackID);

#ifdef __cplusplus
}
#endif
