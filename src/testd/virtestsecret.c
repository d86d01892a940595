/*
 * virtestsecret.c: an in-memory secret store for test connections
 *
 * libvirt's test driver has no secret driver: every secret call on
 * test:///default fails there with VIR_ERR_NO_SUPPORT ("this function is
 * not supported by the connection driver"). modvirt offers the secret API
 * on test connections too, kept in memory like the rest of the driver,
 * with the behaviour and texts of libvirt's own secret driver
 * (VIR_FROM_SECRET): lookups fail with VIR_ERR_NO_SECRET, a private
 * secret's value is refused to clients with VIR_ERR_INVALID_SECRET.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "datatypes.h"
#include "internal.h"
#include "virerror.h"
#include "virtestdriverpriv.h"
#include "viruuid.h"

#define VIR_FROM_THIS VIR_FROM_SECRET


static virSecretObj *
testSecretObjFromSecret(virSecret *secret)
{
    virTestDriver *driver = secret->conn->privateData;
    char uuidstr[VIR_UUID_STRING_BUFLEN];
    virSecretObj *obj;

    if (!(obj = virSecretObjListFindByUUID(driver->secrets, secret->uuid)))
        virReportError(VIR_ERR_NO_SECRET, _("no secret with matching uuid '%1$s'"),
                       virUUIDFormat(secret->uuid, uuidstr));
    return obj;
}


/* A handle for @obj (locked; released here); NULL stays NULL. */
static virSecret *
testSecretHandle(virConnect *conn, virSecretObj *obj)
{
    virSecret *secret;

    if (!obj)
        return NULL;
    secret = virGetSecret(conn, obj->def->uuid, obj->def->usage_type, obj->def->usage_id);
    virSecretObjEndAPI(&obj);
    return secret;
}


static int
testConnectListAllSecrets(virConnect *conn, virSecret ***secrets, unsigned int flags)
{
    virTestDriver *driver = conn->privateData;
    virSecretObj **objs;
    size_t n = 0;
    size_t i;

    if (!virDriverCheckFlags(flags, VIR_CONNECT_LIST_SECRETS_FILTERS_ALL))
        return -1;
    objs = virSecretObjListCollect(driver->secrets, flags, &n);
    if (secrets) {
        g_autofree virSecret **list = g_new0(virSecret *, n + 1);

        for (i = 0; i < n; i++) {
            virObjectLock(objs[i]);
            list[i] = virGetSecret(conn, objs[i]->def->uuid, objs[i]->def->usage_type,
                                   objs[i]->def->usage_id);
            virObjectUnlock(objs[i]);
            if (!list[i]) {
                virObjectListFree(g_steal_pointer(&list));
                virObjectListFree(objs);
                return -1;
            }
        }
        *secrets = g_steal_pointer(&list);
    }
    virObjectListFree(objs);
    return n;
}


static int
testConnectNumOfSecrets(virConnect *conn)
{
    return testConnectListAllSecrets(conn, NULL, 0);
}


static int
testConnectListSecrets(virConnect *conn, char **uuids, int maxuuids)
{
    virTestDriver *driver = conn->privateData;
    size_t n = 0;
    virSecretObj **objs = virSecretObjListCollect(driver->secrets, 0, &n);
    char uuidstr[VIR_UUID_STRING_BUFLEN];
    int count = 0;
    size_t i;

    for (i = 0; i < n && count < maxuuids; i++) {
        virObjectLock(objs[i]);
        uuids[count++] = g_strdup(virUUIDFormat(objs[i]->def->uuid, uuidstr));
        virObjectUnlock(objs[i]);
    }
    virObjectListFree(objs);
    return count;
}


static virSecret *
testSecretLookupByUUID(virConnect *conn, const unsigned char *uuid)
{
    virTestDriver *driver = conn->privateData;
    char uuidstr[VIR_UUID_STRING_BUFLEN];
    virSecretObj *obj;

    if (!(obj = virSecretObjListFindByUUID(driver->secrets, uuid))) {
        virReportError(VIR_ERR_NO_SECRET, _("no secret with matching uuid '%1$s'"),
                       virUUIDFormat(uuid, uuidstr));
        return NULL;
    }
    return testSecretHandle(conn, obj);
}


static virSecret *
testSecretLookupByUsage(virConnect *conn, int usageType, const char *usageID)
{
    virTestDriver *driver = conn->privateData;
    virSecretObj *obj;

    if (!(obj = virSecretObjListFindByUsage(driver->secrets, usageType, usageID))) {
        virReportError(VIR_ERR_NO_SECRET, _("no secret with matching usage '%1$s'"), usageID);
        return NULL;
    }
    return testSecretHandle(conn, obj);
}


static virSecret *
testSecretDefineXML(virConnect *conn, const char *xml, unsigned int flags)
{
    virTestDriver *driver = conn->privateData;
    g_autoptr(virSecretDef) def = NULL;

    if (!virDriverCheckFlags(flags, VIR_SECRET_DEFINE_VALIDATE))
        return NULL;
    if (!(def = virSecretDefParseString(
              xml, (flags & VIR_SECRET_DEFINE_VALIDATE) ? VIR_SECRET_DEF_PARSE_VALIDATE : 0)))
        return NULL;
    return testSecretHandle(conn, virSecretObjListAdd(driver->secrets, &def, NULL));
}


static char *
testSecretGetXMLDesc(virSecret *secret, unsigned int flags)
{
    virSecretObj *obj;
    char *ret;

    if (!virDriverCheckFlags(flags, 0))
        return NULL;
    if (!(obj = testSecretObjFromSecret(secret)))
        return NULL;
    ret = virSecretDefFormat(obj->def, 0);
    virSecretObjEndAPI(&obj);
    return ret;
}


static int
testSecretSetValue(virSecret *secret,
                   const unsigned char *value,
                   size_t value_size,
                   unsigned int flags)
{
    virSecretObj *obj;

    if (!virDriverCheckFlags(flags, 0))
        return -1;
    if (!(obj = testSecretObjFromSecret(secret)))
        return -1;
    virSecretObjSetValue(obj, value, value_size);
    virSecretObjEndAPI(&obj);
    return 0;
}


static unsigned char *
testSecretGetValue(virSecret *secret,
                   size_t *value_size,
                   unsigned int flags,
                   unsigned int internalFlags)
{
    char uuidstr[VIR_UUID_STRING_BUFLEN];
    virSecretObj *obj;
    unsigned char *ret = NULL;

    if (!virDriverCheckFlags(flags, 0))
        return NULL;
    if (!(obj = testSecretObjFromSecret(secret)))
        return NULL;
    if (!obj->value) {
        virReportError(VIR_ERR_NO_SECRET, _("secret '%1$s' does not have a value"),
                       virUUIDFormat(obj->def->uuid, uuidstr));
    } else if (obj->def->isprivate && !(internalFlags & VIR_SECRET_GET_VALUE_INTERNAL_CALL)) {
        virReportError(VIR_ERR_INVALID_SECRET, "%s", _("secret is private"));
    } else {
        ret = g_memdup2(obj->value, obj->value_size);
        *value_size = obj->value_size;
    }
    virSecretObjEndAPI(&obj);
    return ret;
}


static int
testSecretUndefine(virSecret *secret)
{
    virTestDriver *driver = secret->conn->privateData;
    virSecretObj *obj;

    if (!(obj = testSecretObjFromSecret(secret)))
        return -1;
    virSecretObjListRemove(driver->secrets, obj);
    virSecretObjEndAPI(&obj);
    return 0;
}


void
virTestSecretFillDriver(virSecretDriver *drv)
{
    drv->connectNumOfSecrets = testConnectNumOfSecrets;
    drv->connectListSecrets = testConnectListSecrets;
    drv->connectListAllSecrets = testConnectListAllSecrets;
    drv->secretLookupByUUID = testSecretLookupByUUID;
    drv->secretLookupByUsage = testSecretLookupByUsage;
    drv->secretDefineXML = testSecretDefineXML;
    drv->secretGetXMLDesc = testSecretGetXMLDesc;
    drv->secretSetValue = testSecretSetValue;
    drv->secretGetValue = testSecretGetValue;
    drv->secretUndefine = testSecretUndefine;
}
