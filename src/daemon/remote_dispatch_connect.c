/*
 * remote_dispatch_connect.c: REMOTE handlers of connection and host calls
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


static int
remoteDispatchConnectGetURI(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_get_uri_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn || !(r->uri = virConnectGetURI(conn)))
        return -1;
    return 0;
}


static int
remoteDispatchConnectGetType(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_get_type_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);
    const char *type;

    if (!conn || !(type = virConnectGetType(conn)))
        return -1;
    /* a constant string of the driver: copied */
    r->type = g_strdup(type);
    return 0;
}


static int
remoteDispatchConnectGetVersion(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_get_version_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);
    unsigned long version = 0;

    if (!conn || virConnectGetVersion(conn, &version) < 0)
        return -1;
    r->hv_ver = version;
    return 0;
}


static int
remoteDispatchConnectGetLibVersion(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_get_lib_version_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);
    unsigned long version = 0;

    if (!conn || virConnectGetLibVersion(conn, &version) < 0)
        return -1;
    r->lib_ver = version;
    return 0;
}


static int
remoteDispatchConnectGetHostname(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_get_hostname_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn || !(r->hostname = virConnectGetHostname(conn)))
        return -1;
    return 0;
}


static int
remoteDispatchConnectGetSysinfo(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_get_sysinfo_args *a = args;
    remote_connect_get_sysinfo_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn || !(r->sysinfo = virConnectGetSysinfo(conn, a->flags)))
        return -1;
    return 0;
}


static int
remoteDispatchConnectGetCapabilities(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_get_capabilities_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn || !(r->capabilities = virConnectGetCapabilities(conn)))
        return -1;
    return 0;
}


static int
remoteDispatchConnectGetMaxVcpus(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_get_max_vcpus_args *a = args;
    remote_connect_get_max_vcpus_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn || (r->max_vcpus = virConnectGetMaxVcpus(conn, a->type)) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchConnectIsSecure(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_is_secure_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn || (r->secure = virConnectIsSecure(conn)) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchNodeGetInfo(REMOTE_DISPATCH_PARAMS)
{
    remote_node_get_info_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);
    virNodeInfo info = { 0 };

    if (!conn || virNodeGetInfo(conn, &info) < 0)
        return -1;
    /* char model[32] on the wire: NUL-padded, as the struct's */
    G_STATIC_ASSERT(sizeof(r->model) == sizeof(info.model));
    memcpy(r->model, info.model, sizeof(r->model));
    r->model[sizeof(r->model) - 1] = '\0';
    r->memory = info.memory;
    r->cpus = (int32_t)info.cpus;
    r->mhz = (int32_t)info.mhz;
    r->nodes = (int32_t)info.nodes;
    r->sockets = (int32_t)info.sockets;
    r->cores = (int32_t)info.cores;
    r->threads = (int32_t)info.threads;
    return 0;
}


static int
remoteDispatchNodeGetFreeMemory(REMOTE_DISPATCH_PARAMS)
{
    remote_node_get_free_memory_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    /* 0 is the API's error value */
    if (!conn || (r->freeMem = virNodeGetFreeMemory(conn)) == 0)
        return -1;
    return 0;
}


static int
remoteDispatchNodeGetCellsFreeMemory(REMOTE_DISPATCH_PARAMS)
{
    remote_node_get_cells_free_memory_args *a = args;
    remote_node_get_cells_free_memory_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);
    g_autofree unsigned long long *cells = NULL;
    int n;

    if (!conn || remoteDispatchCheckMax(a->maxcells, REMOTE_NODE_MAX_CELLS, "maxcells",
                                        "REMOTE_NODE_MAX_CELLS") < 0)
        return -1;
    cells = g_new0(unsigned long long, a->maxcells ? a->maxcells : 1);
    if ((n = virNodeGetCellsFreeMemory(conn, cells, a->startCell, a->maxcells)) <= 0)
        return -1;
    G_STATIC_ASSERT(sizeof(unsigned long long) == sizeof(uint64_t));
    r->cells.len = (uint32_t)n;
    r->cells.val = g_steal_pointer(&cells);
    return 0;
}


static int
remoteDispatchNodeGetSecurityModel(REMOTE_DISPATCH_PARAMS)
{
    remote_node_get_security_model_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);
    virSecurityModel model = { 0 };

    if (!conn || virNodeGetSecurityModel(conn, &model) < 0)
        return -1;
    model.model[sizeof(model.model) - 1] = '\0';
    model.doi[sizeof(model.doi) - 1] = '\0';
    /* char<N> on the wire: libvirt counts the terminating NUL */
    r->model.len = strlen(model.model) + 1;
    r->model.val = g_strdup(model.model);
    r->doi.len = strlen(model.doi) + 1;
    r->doi.val = g_strdup(model.doi);
    return 0;
}


static const virNetServerProcHandler remoteDispatchConnectHandlers[] = {
    { REMOTE_PROC_CONNECT_GET_URI, remoteDispatchConnectGetURI },
    { REMOTE_PROC_CONNECT_GET_TYPE, remoteDispatchConnectGetType },
    { REMOTE_PROC_CONNECT_GET_VERSION, remoteDispatchConnectGetVersion },
    { REMOTE_PROC_CONNECT_GET_LIB_VERSION, remoteDispatchConnectGetLibVersion },
    { REMOTE_PROC_CONNECT_GET_HOSTNAME, remoteDispatchConnectGetHostname },
    { REMOTE_PROC_CONNECT_GET_SYSINFO, remoteDispatchConnectGetSysinfo },
    { REMOTE_PROC_CONNECT_GET_CAPABILITIES, remoteDispatchConnectGetCapabilities },
    { REMOTE_PROC_CONNECT_GET_MAX_VCPUS, remoteDispatchConnectGetMaxVcpus },
    { REMOTE_PROC_CONNECT_IS_SECURE, remoteDispatchConnectIsSecure },
    { REMOTE_PROC_NODE_GET_INFO, remoteDispatchNodeGetInfo },
    { REMOTE_PROC_NODE_GET_FREE_MEMORY, remoteDispatchNodeGetFreeMemory },
    { REMOTE_PROC_NODE_GET_CELLS_FREE_MEMORY, remoteDispatchNodeGetCellsFreeMemory },
    { REMOTE_PROC_NODE_GET_SECURITY_MODEL, remoteDispatchNodeGetSecurityModel },
};

const remoteDispatchHandlerTable remoteDispatchConnectTable = {
    remoteDispatchConnectHandlers,
    G_N_ELEMENTS(remoteDispatchConnectHandlers),
};
