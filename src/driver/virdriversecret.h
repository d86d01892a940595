/*
 * virdriversecret.h: the secret driver table
 *
 * The functions a driver provides for secrets and their events.
 *
 * Every field implements the public API function of the same name with
 * "vir" prefixed (connectListAllDomains -> virConnectListAllDomains) and
 * takes the same arguments. src/lib has already reset the last error and
 * checked the objects, the pointer arguments and the read-only flag as
 * libvirt does; the driver checks @flags (virDriverCheckFlags), reports
 * its own errors with virReportError() and returns the public function's
 * error value. A NULL field makes the public call fail with
 * VIR_ERR_NO_SUPPORT. Objects handed out (lookups, lists) are new
 * references made with the virGet*() constructors of src/lib/datatypes.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virerror.h"

/*
 * internalFlags of secretGetValue: set when modvirt itself (not a client)
 * asks, which may read private secrets.
 */
typedef enum {
    VIR_SECRET_GET_VALUE_INTERNAL_CALL = 1 << 0,
} virSecretGetValueInternalFlags;

typedef struct _virSecretDriver virSecretDriver;
struct _virSecretDriver {
    /* the driver's name, for logs */
    const char *name;

    int (*connectNumOfSecrets)(virConnect *conn);
    int (*connectListSecrets)(virConnect *conn, char **uuids, int maxuuids);
    int (*connectListAllSecrets)(virConnect *conn, virSecret ***secrets, unsigned int flags);
    virSecret *(*secretLookupByUUID)(virConnect *conn, const unsigned char *uuid);
    virSecret *(*secretLookupByUsage)(virConnect *conn, int usageType, const char *usageID);
    virSecret *(*secretDefineXML)(virConnect *conn, const char *xml, unsigned int flags);
    char *(*secretGetXMLDesc)(virSecret *secret, unsigned int flags);
    int (*secretSetValue)(virSecret *secret,
                          const unsigned char *value,
                          size_t value_size,
                          unsigned int flags);
    unsigned char *(*secretGetValue)(virSecret *secret,
                                     size_t *value_size,
                                     unsigned int flags,
                                     unsigned int internalFlags);
    int (*secretUndefine)(virSecret *secret);
    int (*connectSecretEventRegisterAny)(virConnect *conn,
                                         virSecret *secret,
                                         int eventID,
                                         virConnectSecretEventGenericCallback cb,
                                         void *opaque,
                                         virFreeCallback freecb);
    int (*connectSecretEventDeregisterAny)(virConnect *conn, int callbackID);
};
