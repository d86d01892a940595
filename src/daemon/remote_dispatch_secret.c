/*
 * remote_dispatch_secret.c: REMOTE handlers of secret calls
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"

#define VIR_REMOTE_DISPATCH_PRIV_H_ALLOW
#include "remote_dispatch_priv.h"

#define VIR_FROM_THIS VIR_FROM_RPC


/* The remoteDispatchToWireFunc of the family. */
static void
remoteDispatchSecretElemToWire(void *elem, void *obj)
{
    remoteSecretToWire(elem, obj);
}


/* Fills @wire with the secret an API returned (NULL: failure). */
static int
remoteDispatchSecretRet(remote_nonnull_secret *wire, virSecret *secret)
{
    return remoteDispatchHandleToWire(wire, secret, remoteDispatchSecretElemToWire);
}


static int
remoteDispatchConnectNumOfSecrets(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_num_of_secrets_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn || (r->num = virConnectNumOfSecrets(conn)) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchConnectListSecrets(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_list_secrets_args *a = args;
    remote_connect_list_secrets_ret *r = ret;

    return remoteDispatchListNames(client, virConnectListSecrets, a->maxuuids,
                                   REMOTE_SECRET_LIST_MAX, "maxuuids", "REMOTE_SECRET_LIST_MAX",
                                   &r->uuids);
}


static int
remoteDispatchConnectListAllSecrets(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_list_all_secrets_args *a = args;
    remote_connect_list_all_secrets_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);
    virSecretPtr *secrets = NULL;
    int n;

    if (!conn ||
        (n = virConnectListAllSecrets(conn, a->need_results ? &secrets : NULL, a->flags)) < 0 ||
        remoteDispatchHandlesToWire(&r->secrets, secrets, n, REMOTE_SECRET_LIST_MAX, "secrets",
                                    sizeof(remote_nonnull_secret),
                                    remoteDispatchSecretElemToWire) < 0)
        return -1;
    /* with need_results 0 only the count goes back */
    r->ret = (uint32_t)n;
    return 0;
}


static int
remoteDispatchSecretLookupByUUID(REMOTE_DISPATCH_PARAMS)
{
    remote_secret_lookup_by_uuid_args *a = args;
    remote_secret_lookup_by_uuid_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    return conn ? remoteDispatchSecretRet(&r->secret, virSecretLookupByUUID(conn, a->uuid)) : -1;
}


static int
remoteDispatchSecretLookupByUsage(REMOTE_DISPATCH_PARAMS)
{
    remote_secret_lookup_by_usage_args *a = args;
    remote_secret_lookup_by_usage_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn)
        return -1;
    return remoteDispatchSecretRet(&r->secret,
                                   virSecretLookupByUsage(conn, a->usageType, a->usageID));
}


static int
remoteDispatchSecretDefineXML(REMOTE_DISPATCH_PARAMS)
{
    remote_secret_define_xml_args *a = args;
    remote_secret_define_xml_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn)
        return -1;
    return remoteDispatchSecretRet(&r->secret, virSecretDefineXML(conn, a->xml, a->flags));
}


static int
remoteDispatchSecretGetXMLDesc(REMOTE_DISPATCH_PARAMS)
{
    remote_secret_get_xml_desc_args *a = args;
    remote_secret_get_xml_desc_ret *r = ret;
    g_autoptr(virSecret) secret = remoteDispatchGetSecret(client, &a->secret);

    if (!secret || !(r->xml = virSecretGetXMLDesc(secret, a->flags)))
        return -1;
    return 0;
}


static int
remoteDispatchSecretSetValue(REMOTE_DISPATCH_PARAMS)
{
    remote_secret_set_value_args *a = args;
    g_autoptr(virSecret) secret = remoteDispatchGetSecret(client, &a->secret);

    if (!secret || virSecretSetValue(secret, a->value.val, a->value.len, a->flags) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchSecretGetValue(REMOTE_DISPATCH_PARAMS)
{
    remote_secret_get_value_args *a = args;
    remote_secret_get_value_ret *r = ret;
    g_autoptr(virSecret) secret = remoteDispatchGetSecret(client, &a->secret);
    unsigned char *value;
    size_t size = 0;

    if (!secret || !(value = virSecretGetValue(secret, &size, a->flags)))
        return -1;
    if (size > REMOTE_SECRET_VALUE_MAX) {
        memset(value, 0, size);
        g_free(value);
        virReportError(VIR_ERR_RPC, _("secret value size %1$zu exceeds the maximum %2$d"), size,
                       REMOTE_SECRET_VALUE_MAX);
        return -1;
    }
    /* opaque bytes: the value is not a string and may hold NULs */
    r->value.len = (uint32_t)size;
    r->value.val = value;
    return 0;
}


static int
remoteDispatchSecretUndefine(REMOTE_DISPATCH_PARAMS)
{
    remote_secret_undefine_args *a = args;
    g_autoptr(virSecret) secret = remoteDispatchGetSecret(client, &a->secret);

    if (!secret || virSecretUndefine(secret) < 0)
        return -1;
    return 0;
}


static const virNetServerProcHandler remoteDispatchSecretHandlers[] = {
    { REMOTE_PROC_CONNECT_NUM_OF_SECRETS, remoteDispatchConnectNumOfSecrets },
    { REMOTE_PROC_CONNECT_LIST_SECRETS, remoteDispatchConnectListSecrets },
    { REMOTE_PROC_CONNECT_LIST_ALL_SECRETS, remoteDispatchConnectListAllSecrets },
    { REMOTE_PROC_SECRET_LOOKUP_BY_UUID, remoteDispatchSecretLookupByUUID },
    { REMOTE_PROC_SECRET_LOOKUP_BY_USAGE, remoteDispatchSecretLookupByUsage },
    { REMOTE_PROC_SECRET_DEFINE_XML, remoteDispatchSecretDefineXML },
    { REMOTE_PROC_SECRET_GET_XML_DESC, remoteDispatchSecretGetXMLDesc },
    { REMOTE_PROC_SECRET_SET_VALUE, remoteDispatchSecretSetValue },
    { REMOTE_PROC_SECRET_GET_VALUE, remoteDispatchSecretGetValue },
    { REMOTE_PROC_SECRET_UNDEFINE, remoteDispatchSecretUndefine },
};

const remoteDispatchHandlerTable remoteDispatchSecretTable = {
    remoteDispatchSecretHandlers,
    G_N_ELEMENTS(remoteDispatchSecretHandlers),
};
