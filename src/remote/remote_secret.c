/*
 * remote_secret.c: the remote driver's secret calls
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "remote_calls.h"
#include "remote_driver_priv.h"
#include "virerror.h"
#include "virlog.h"

#define VIR_FROM_THIS VIR_FROM_REMOTE

VIR_LOG_INIT("remote.remote_secret");


static int
remoteConnectNumOfSecrets(virConnect *conn)
{
    return remoteConnNum(conn, REMOTE_PROC_CONNECT_NUM_OF_SECRETS);
}


static int
remoteConnectListSecrets(virConnect *conn, char **uuids, int maxuuids)
{
    return remoteConnListNames(conn, REMOTE_PROC_CONNECT_LIST_SECRETS, uuids, maxuuids);
}


static int
remoteConnectListAllSecrets(virConnect *conn, virSecret ***secrets, unsigned int flags)
{
    return remoteConnListAll(conn, REMOTE_PROC_CONNECT_LIST_ALL_SECRETS, (void ***)secrets, flags);
}


static virSecret *
remoteSecretLookupByUUID(virConnect *conn, const unsigned char *uuid)
{
    return remoteConnUUIDObject(conn, REMOTE_PROC_SECRET_LOOKUP_BY_UUID, uuid);
}


static virSecret *
remoteSecretLookupByUsage(virConnect *conn, int usageType, const char *usageID)
{
    remoteArg args[] = { REMOTE_ARG_INT(usageType), REMOTE_ARG_STR(usageID) };

    return remoteCallObject(conn, REMOTE_PROC_SECRET_LOOKUP_BY_USAGE, args, G_N_ELEMENTS(args));
}


static virSecret *
remoteSecretDefineXML(virConnect *conn, const char *xml, unsigned int flags)
{
    return remoteConnStrFlagsObject(conn, REMOTE_PROC_SECRET_DEFINE_XML, xml, flags);
}


static char *
remoteSecretGetXMLDesc(virSecret *secret, unsigned int flags)
{
    return remoteObjFlagsString(secret, REMOTE_PROC_SECRET_GET_XML_DESC, flags);
}


static int
remoteSecretSetValue(virSecret *secret,
                     const unsigned char *value,
                     size_t value_size,
                     unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(secret), REMOTE_ARG_BYTES(value, value_size),
                         REMOTE_ARG_UINT(flags) };

    return remoteCallArgs(secret->conn, REMOTE_PROC_SECRET_SET_VALUE, args, G_N_ELEMENTS(args),
                          NULL);
}


/*
 * @internalFlags stay on this side, as in libvirt's client: they mark
 * callers inside the library, which the server cannot tell apart.
 */
static unsigned char *
remoteSecretGetValue(virSecret *secret,
                     size_t *value_size,
                     unsigned int flags,
                     unsigned int internalFlags G_GNUC_UNUSED)
{
    const int proc = REMOTE_PROC_SECRET_GET_VALUE;
    remote_secret_get_value_ret ret = { 0 };
    remoteArg args[] = { REMOTE_ARG_OBJ(secret), REMOTE_ARG_UINT(flags) };
    unsigned char *value;

    if (remoteCallArgs(secret->conn, proc, args, G_N_ELEMENTS(args), &ret) < 0)
        return NULL;
    *value_size = ret.value.len;
    /* a zero-length value still gets a buffer: NULL means failure */
    value = g_malloc0(ret.value.len + 1);
    if (ret.value.len)
        memcpy(value, ret.value.val, ret.value.len);
    remoteFreeRet(proc, &ret);
    return value;
}


static int
remoteSecretUndefine(virSecret *secret)
{
    return remoteObjVoid(secret, REMOTE_PROC_SECRET_UNDEFINE);
}


void
remoteSecretDriverInit(virSecretDriver *drv)
{
    drv->connectNumOfSecrets = remoteConnectNumOfSecrets;
    drv->connectListSecrets = remoteConnectListSecrets;
    drv->connectListAllSecrets = remoteConnectListAllSecrets;
    drv->secretLookupByUUID = remoteSecretLookupByUUID;
    drv->secretLookupByUsage = remoteSecretLookupByUsage;
    drv->secretDefineXML = remoteSecretDefineXML;
    drv->secretGetXMLDesc = remoteSecretGetXMLDesc;
    drv->secretSetValue = remoteSecretSetValue;
    drv->secretGetValue = remoteSecretGetValue;
    drv->secretUndefine = remoteSecretUndefine;
}
