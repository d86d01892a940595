/*
 * libvirt-secret.c: public entry points for secrets
 *
 * Every entry point resets the thread's last error, checks its object and
 * arguments as libvirt does (virlibcheck.h, datatypes.h), dispatches to
 * the connection's driver table and, on failure, dispatches the error
 * (virDispatchError). The calls are documented in include/libvirt.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "datatypes.h"
#include "internal.h"
#include "libvirt-error.h"
#include "virlibcheck.h"
#include "virlog.h"
#include "viruuid.h"

#define VIR_FROM_THIS VIR_FROM_SECRET

VIR_LOG_INIT("lib.secret");


virConnect *
virSecretGetConnect(virSecret *secret)
{
    VIR_DEBUG("secret=%p", secret);

    virResetLastError();
    if (!virCheckSecret(secret))
        return NULL;
    return secret->conn;
}


int
virSecretRef(virSecret *secret)
{
    VIR_DEBUG("secret=%p", secret);

    virResetLastError();
    if (!virCheckSecret(secret))
        return -1;
    virObjectRef(secret);
    return 0;
}


int
virSecretFree(virSecret *secret)
{
    VIR_DEBUG("secret=%p", secret);

    virResetLastError();
    if (!virCheckSecret(secret))
        return -1;
    virObjectUnref(secret);
    return 0;
}


int
virSecretGetUUID(virSecret *secret, unsigned char *uuid)
{
    VIR_DEBUG("secret=%p, uuid=%p", secret, uuid);

    virResetLastError();
    if (!virCheckSecret(secret))
        return -1;
    if (!virCheckNonNullArg(uuid)) {
        virDispatchError(secret->conn);
        return -1;
    }
    memcpy(uuid, secret->uuid, VIR_UUID_BUFLEN);
    return 0;
}


int
virSecretGetUUIDString(virSecret *secret, char *buf)
{
    VIR_DEBUG("secret=%p, buf=%p", secret, buf);

    virResetLastError();
    if (!virCheckSecret(secret))
        return -1;
    if (!virCheckNonNullArg(buf)) {
        virDispatchError(secret->conn);
        return -1;
    }
    virUUIDFormat(secret->uuid, buf);
    return 0;
}


int
virSecretGetUsageType(virSecret *secret)
{
    VIR_DEBUG("secret=%p", secret);

    virResetLastError();
    if (!virCheckSecret(secret))
        return -1;
    return secret->usageType;
}


const char *
virSecretGetUsageID(virSecret *secret)
{
    VIR_DEBUG("secret=%p", secret);

    virResetLastError();
    if (!virCheckSecret(secret))
        return NULL;
    return secret->usageID;
}


virSecret *
virSecretLookupByUUIDString(virConnect *conn, const char *uuidstr)
{
    unsigned char uuid[VIR_UUID_BUFLEN];

    VIR_DEBUG("conn=%p, uuidstr=%s", conn, NULLSTR(uuidstr));

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckNonNullArg(uuidstr))
        goto error;
    if (virUUIDParse(uuidstr, uuid) < 0) {
        virReportInvalidArg(uuidstr, _("uuidstr in %1$s must be a valid UUID"), __func__);
        goto error;
    }
    return virSecretLookupByUUID(conn, uuid);

error:
    virDispatchError(conn);
    return NULL;
}


int
virConnectNumOfSecrets(virConnect *conn)
{
    int ret;

    VIR_DEBUG("conn=%p", conn);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!conn->secretDriver || !conn->secretDriver->connectNumOfSecrets) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->secretDriver->connectNumOfSecrets(conn);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectListSecrets(virConnect *conn, char **uuids, int maxuuids)
{
    int ret;

    VIR_DEBUG("conn=%p, uuids=%p, maxuuids=%d", conn, uuids, maxuuids);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!virCheckNonNullArg(uuids))
        goto error;
    if (!virCheckNonNegativeArg(maxuuids))
        goto error;
    if (!conn->secretDriver || !conn->secretDriver->connectListSecrets) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->secretDriver->connectListSecrets(conn, uuids, maxuuids);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectListAllSecrets(virConnect *conn, virSecret ***secrets, unsigned int flags)
{
    int ret;

    VIR_DEBUG("conn=%p, secrets=%p, flags=0x%x", conn, secrets, flags);

    virResetLastError();
    if (secrets)
        *secrets = NULL;
    if (!virCheckConnect(conn))
        return -1;
    if (!conn->secretDriver || !conn->secretDriver->connectListAllSecrets) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->secretDriver->connectListAllSecrets(conn, secrets, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


virSecret *
virSecretLookupByUUID(virConnect *conn, const unsigned char *uuid)
{
    virSecret *ret;

    VIR_DEBUG("conn=%p, uuid=%p", conn, uuid);

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckNonNullArg(uuid))
        goto error;
    if (!conn->secretDriver || !conn->secretDriver->secretLookupByUUID) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->secretDriver->secretLookupByUUID(conn, uuid);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


virSecret *
virSecretLookupByUsage(virConnect *conn, int usageType, const char *usageID)
{
    virSecret *ret;

    VIR_DEBUG("conn=%p, usageType=%d, usageID=%s", conn, usageType, NULLSTR(usageID));

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckNonNullArg(usageID))
        goto error;
    if (!conn->secretDriver || !conn->secretDriver->secretLookupByUsage) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->secretDriver->secretLookupByUsage(conn, usageType, usageID);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


virSecret *
virSecretDefineXML(virConnect *conn, const char *xml, unsigned int flags)
{
    virSecret *ret;

    VIR_DEBUG("conn=%p, xml=%s, flags=0x%x", conn, NULLSTR(xml), flags);

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckNonNullArg(xml))
        goto error;
    if (!conn->secretDriver || !conn->secretDriver->secretDefineXML) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->secretDriver->secretDefineXML(conn, xml, flags);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


char *
virSecretGetXMLDesc(virSecret *secret, unsigned int flags)
{
    virConnect *conn = NULL;
    char *ret;

    VIR_DEBUG("secret=%p, flags=0x%x", secret, flags);

    virResetLastError();
    if (!virCheckSecret(secret))
        return NULL;
    conn = secret->conn;
    if (!conn->secretDriver || !conn->secretDriver->secretGetXMLDesc) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->secretDriver->secretGetXMLDesc(secret, flags);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


int
virSecretSetValue(virSecret *secret,
                  const unsigned char *value,
                  size_t value_size,
                  unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("secret=%p, value=%p, value_size=%zu, flags=0x%x", secret, value, value_size, flags);

    virResetLastError();
    if (!virCheckSecret(secret))
        return -1;
    conn = secret->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckNonNullArg(value))
        goto error;
    if (!conn->secretDriver || !conn->secretDriver->secretSetValue) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->secretDriver->secretSetValue(secret, value, value_size, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


unsigned char *
virSecretGetValue(virSecret *secret, size_t *value_size, unsigned int flags)
{
    virConnect *conn = NULL;
    unsigned char *ret;

    VIR_DEBUG("secret=%p, value_size=%p, flags=0x%x", secret, value_size, flags);

    virResetLastError();
    if (!virCheckSecret(secret))
        return NULL;
    conn = secret->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckNonNullArg(value_size))
        goto error;
    if (!conn->secretDriver || !conn->secretDriver->secretGetValue) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->secretDriver->secretGetValue(secret, value_size, flags, 0);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


int
virSecretUndefine(virSecret *secret)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("secret=%p", secret);

    virResetLastError();
    if (!virCheckSecret(secret))
        return -1;
    conn = secret->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->secretDriver || !conn->secretDriver->secretUndefine) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->secretDriver->secretUndefine(secret);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectSecretEventRegisterAny(virConnect *conn,
                                 virSecret *secret,
                                 int eventID,
                                 virConnectSecretEventGenericCallback cb,
                                 void *opaque,
                                 virFreeCallback freecb)
{
    int ret;

    VIR_DEBUG("conn=%p, secret=%p, eventID=%d, cb=%p, opaque=%p, freecb=%p", conn, secret, eventID,
              (void *)cb, opaque, (void *)freecb);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (secret) {
        if (!virCheckSecretArg(secret))
            goto error;
        if (secret->conn != conn) {
            char uuidstr[VIR_UUID_STRING_BUFLEN];

            virUUIDFormat(secret->uuid, uuidstr);
            virReportInvalidArg(secret, _("secret '%1$s' in %2$s must match connection"), uuidstr,
                                __func__);
            goto error;
        }
    }
    if (!virCheckNonNullArg(cb))
        goto error;
    if (!virCheckNonNegativeArg(eventID))
        goto error;
    if (eventID >= VIR_SECRET_EVENT_ID_LAST) {
        virReportInvalidArg(eventID, _("eventID in %1$s must be less than %2$d"), __func__,
                            VIR_SECRET_EVENT_ID_LAST);
        goto error;
    }
    if (!conn->secretDriver || !conn->secretDriver->connectSecretEventRegisterAny) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->secretDriver->connectSecretEventRegisterAny(conn, secret, eventID, cb, opaque,
                                                            freecb);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectSecretEventDeregisterAny(virConnect *conn, int callbackID)
{
    int ret;

    VIR_DEBUG("conn=%p, callbackID=%d", conn, callbackID);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!virCheckNonNegativeArg(callbackID))
        goto error;
    if (!conn->secretDriver || !conn->secretDriver->connectSecretEventDeregisterAny) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->secretDriver->connectSecretEventDeregisterAny(conn, callbackID);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}
