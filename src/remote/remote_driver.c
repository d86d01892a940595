/*
 * remote_driver.c: the remote driver's connection, handshake and
 * connection-level functions
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "remote_driver.h"
#include "remote_driver_priv.h"
#include "remote_internal.h"
#include "remote_spawn.h"
#include "remote_uri.h"
#include "virerror.h"
#include "virevent.h"
#include "virfile.h"
#include "virlog.h"
#include "virnetsocket.h"
#include "virthread.h"

#define VIR_FROM_THIS VIR_FROM_REMOTE

VIR_LOG_INIT("remote.remote_driver");

/* The features of CONNECT_SUPPORTS_FEATURE the client asks (libvirt's numbers). */
enum {
    REMOTE_FEATURE_PROGRAM_KEEPALIVE = 10,
    REMOTE_FEATURE_REMOTE_EVENT_CALLBACK = 14,
    REMOTE_FEATURE_REMOTE_CLOSE_CALLBACK = 15,
};

/* REMOTE_AUTH_* of AUTH_LIST */
enum {
    REMOTE_AUTH_NONE = 0,
    REMOTE_AUTH_SASL = 1,
    REMOTE_AUTH_POLKIT = 2,
};

/* The connection's private data (conn->privateData). */
typedef struct _remotePriv remotePriv;
struct _remotePriv {
    virMutex lock;            /* guards the fields marked "lock" */
    virNetClient *client;     /* fixed once open; reference held */
    bool isSecure;            /* fixed: the transport is local (UNIX socket) */
    bool keepaliveSupported;  /* fixed: an event loop was registered at open */
    bool serverKeepAlive;     /* fixed: the server answered 1 to feature 10 */
    bool serverCloseCallback; /* fixed: the server answered 1 to feature 15 */
    remoteEvents *events;     /* fixed once open */
    char *type;               /* lock: cached CONNECT_GET_TYPE answer */

    /* the close callback (virConnectRegisterCloseCallback), all "lock" */
    virConnectCloseFunc closeCb;
    void *closeOpaque;
    virFreeCallback closeFreecb;
    virConnect *closeConn; /* reference held while registered, as libvirt */
};

static bool remoteInsideDaemon;
static bool remoteMonolithicDaemon;


void
remoteSetInsideDaemon(bool monolithic)
{
    remoteInsideDaemon = true;
    remoteMonolithicDaemon = monolithic;
}


virNetClient *
remoteConnGetClient(virConnect *conn)
{
    remotePriv *priv = conn->privateData;

    return priv->client;
}


remoteEvents *
remoteConnGetEvents(virConnect *conn)
{
    remotePriv *priv = conn->privateData;

    return priv->events;
}


int
remoteCallFDs(virConnect *conn,
              int proc,
              const void *args,
              void *ret,
              const int *fdsin,
              size_t nfdsin,
              int **fdsout,
              size_t *nfdsout)
{
    remotePriv *priv = conn->privateData;
    virNetClient *client = priv->client;

    return virNetClientCall(client, &remoteProgramDef, proc, virNetClientNewSerial(client), args,
                            ret, fdsin, nfdsin, fdsout, nfdsout);
}


int
remoteCall(virConnect *conn, int proc, const void *args, void *ret)
{
    return remoteCallFDs(conn, proc, args, ret, NULL, 0, NULL, NULL);
}


void
remoteFreeRet(int proc, void *ret)
{
    const virNetProcedure *p = virNetProgramDefLookup(&remoteProgramDef, proc);

    if (p && ret)
        virXDRFree(p->ret, ret);
}


/* ---- close callbacks ---- */

/*
 * Runs the registered close callback once and drops the registration,
 * as libvirt does. Any thread; no lock held on entry.
 */
static void
remoteCloseCallbackRun(virConnect *conn, int reason)
{
    remotePriv *priv = conn->privateData;
    virConnectCloseFunc cb;
    void *opaque;
    virFreeCallback freecb;
    virConnect *cbconn;

    virMutexLock(&priv->lock);
    cb = g_steal_pointer(&priv->closeCb);
    opaque = g_steal_pointer(&priv->closeOpaque);
    freecb = g_steal_pointer(&priv->closeFreecb);
    cbconn = g_steal_pointer(&priv->closeConn);
    virMutexUnlock(&priv->lock);

    if (!cb)
        return;
    VIR_DEBUG("conn=%p running close callback, reason %d", conn, reason);
    cb(cbconn, reason, opaque);
    if (freecb)
        freecb(opaque);
    /* May be the last reference: nothing may touch @priv after this. */
    virObjectUnref(cbconn);
}


typedef struct _remoteCloseEvent remoteCloseEvent;
struct _remoteCloseEvent {
    virConnect *conn; /* reference held */
    int reason;
};


static void
remoteCloseEventFree(void *opaque)
{
    remoteCloseEvent *ev = opaque;

    virObjectUnref(ev->conn);
    g_free(ev);
}


static void
remoteCloseEventFire(int timer, void *opaque)
{
    remoteCloseEvent *ev = opaque;

    virEventImplRemoveTimeout(timer);
    if (!ev->conn)
        return;
    remoteCloseCallbackRun(ev->conn, ev->reason);
    /* Now, not when the loop frees the timer: once the callback ran, a
     * virConnectClose() must find the last reference gone, as in libvirt. */
    g_clear_pointer(&ev->conn, virObjectUnref);
}


/*
 * The connection closed (@reason): runs the close callback on the
 * application's event loop when one is registered (where libvirt runs
 * it), else right here on the I/O thread.
 */
static void
remoteCloseCallbackFire(virConnect *conn, int reason)
{
    remotePriv *priv = conn->privateData;
    remoteCloseEvent *ev;

    virMutexLock(&priv->lock);
    if (!priv->closeCb) {
        virMutexUnlock(&priv->lock);
        return;
    }
    /* Safe: the registration holds a reference on @conn. */
    ev = g_new0(remoteCloseEvent, 1);
    ev->conn = virObjectRef(conn);
    ev->reason = reason;
    virMutexUnlock(&priv->lock);

    if (virEventImplIsRegistered() &&
        virEventImplAddTimeout(0, remoteCloseEventFire, ev, remoteCloseEventFree) >= 0)
        return;
    remoteCloseCallbackRun(conn, reason);
    remoteCloseEventFree(ev);
}


/* virNetClient close callback (I/O thread): the socket went away. */
static void
remoteClientClosed(virNetClient *client G_GNUC_UNUSED, int reason, void *opaque)
{
    remoteCloseCallbackFire(opaque, reason);
}


/* virNetClient message handler (I/O thread): events and close notices. */
static void
remoteClientMessage(virNetClient *client G_GNUC_UNUSED, virNetMessage *msg, void *opaque)
{
    virConnect *conn = opaque;
    remotePriv *priv = conn->privateData;
    const virNetProcedure *p;

    if (msg->header.prog != REMOTE_PROGRAM || msg->header.vers != REMOTE_PROTOCOL_VERSION ||
        !(p = virNetProgramDefLookup(&remoteProgramDef, msg->header.proc)) ||
        !(p->flags & VIR_NET_PROC_MESSAGE)) {
        VIR_DEBUG("ignoring message prog=0x%x proc=%d", msg->header.prog, msg->header.proc);
        return;
    }
    if (p->proc == REMOTE_PROC_CONNECT_EVENT_CONNECTION_CLOSED) {
        remote_connect_event_connection_closed_msg body = { 0 };

        if (virNetMessageDecodePayload(msg, p->ret, &body) == 0)
            remoteCloseCallbackFire(conn, body.reason);
        virResetLastError();
        return;
    }
    if (priv->events)
        remoteEventsHandleMessage(priv->events, p, msg);
}


static int
remoteConnectRegisterCloseCallback(virConnect *conn,
                                   virConnectCloseFunc cb,
                                   void *opaque,
                                   virFreeCallback freecb)
{
    remotePriv *priv = conn->privateData;
    bool busy;

    virMutexLock(&priv->lock);
    busy = priv->closeCb != NULL;
    virMutexUnlock(&priv->lock);
    if (busy) {
        virReportError(VIR_ERR_OPERATION_INVALID, "%s",
                       _("A close callback is already registered"));
        return -1;
    }
    if (priv->serverCloseCallback &&
        remoteCall(conn, REMOTE_PROC_CONNECT_REGISTER_CLOSE_CALLBACK, NULL, NULL) < 0)
        return -1;

    virMutexLock(&priv->lock);
    priv->closeCb = cb;
    priv->closeOpaque = opaque;
    priv->closeFreecb = freecb;
    priv->closeConn = virObjectRef(conn);
    virMutexUnlock(&priv->lock);
    return 0;
}


static int
remoteConnectUnregisterCloseCallback(virConnect *conn, virConnectCloseFunc cb)
{
    remotePriv *priv = conn->privateData;
    void *opaque;
    virFreeCallback freecb;
    virConnect *cbconn;

    virMutexLock(&priv->lock);
    if (priv->closeCb != cb) {
        virMutexUnlock(&priv->lock);
        virReportError(VIR_ERR_OPERATION_INVALID, "%s", _("A different callback was requested"));
        return -1;
    }
    virMutexUnlock(&priv->lock);
    if (priv->serverCloseCallback &&
        remoteCall(conn, REMOTE_PROC_CONNECT_UNREGISTER_CLOSE_CALLBACK, NULL, NULL) < 0)
        return -1;

    virMutexLock(&priv->lock);
    priv->closeCb = NULL;
    opaque = g_steal_pointer(&priv->closeOpaque);
    freecb = g_steal_pointer(&priv->closeFreecb);
    cbconn = g_steal_pointer(&priv->closeConn);
    virMutexUnlock(&priv->lock);
    if (freecb)
        freecb(opaque);
    virObjectUnref(cbconn);
    return 0;
}


/* ---- open and close ---- */

static remotePriv *
remotePrivNew(void)
{
    remotePriv *priv = g_new0(remotePriv, 1);

    virMutexInit(&priv->lock);
    return priv;
}


static void
remotePrivFree(remotePriv *priv)
{
    if (!priv)
        return;
    if (priv->client) {
        virNetClientSetMessageHandler(priv->client, NULL, NULL);
        virNetClientSetCloseCallback(priv->client, NULL, NULL);
        virNetClientClose(priv->client);
        virObjectUnref(priv->client);
    }
    remoteEventsFree(priv->events);
    g_free(priv->type);
    virMutexDestroy(&priv->lock);
    g_free(priv);
}


/* Whether the remote driver inside a daemon leaves @conn's URI alone. */
static int
remoteDeclinesInsideDaemon(virConnect *conn)
{
    g_autofree char *driver = NULL;
    remoteURITransport transport;

    if (!conn->uri)
        return 1;
    if (conn->uri->server || virURICheckUnixSocket(conn->uri))
        return 0;
    if (remoteURISplitScheme(conn->uri, &driver, &transport) < 0)
        return -1;
    return virHasDriverForURIScheme(driver) || remoteMonolithicDaemon;
}


/* Connects the transport @info names and starts the client. */
static int
remoteOpenTransport(virConnect *conn, remotePriv *priv, const remoteURIInfo *info)
{
    g_autofree char *userdir = NULL;
    g_autofree char *sockpath = NULL;
    g_autofree char *daemon = NULL;
    g_autofree char *daemonPath = NULL;
    int fd;

    switch (info->transport) {
    case REMOTE_URI_TRANSPORT_UNIX:
        userdir = remoteURIUserRuntimeDir();
        sockpath = remoteURIGetSocket(info, userdir, virFileExists, &daemon);
        if (daemon)
            daemonPath = remoteSpawnFindDaemon(daemon);
        VIR_DEBUG("UNIX socket '%s', autostart %s", sockpath, NULLSTR(daemonPath));
        fd = remoteSpawnConnect(sockpath, daemonPath);
        priv->isSecure = true;
        break;
    case REMOTE_URI_TRANSPORT_TCP:
        fd = virNetSocketConnectTCP(info->host, info->port);
        break;
    default:
        virReportError(VIR_ERR_INVALID_ARG, _("transport '%1$s' is not supported yet"),
                       remoteURITransportName(info->transport));
        return -1;
    }
    if (fd < 0)
        return -1;
    if (!(priv->client = virNetClientNew(fd, info->transport == REMOTE_URI_TRANSPORT_UNIX)))
        return -1;
    virNetClientSetMessageHandler(priv->client, remoteClientMessage, conn);
    virNetClientSetCloseCallback(priv->client, remoteClientClosed, conn);
    return 0;
}


/* Asks CONNECT_SUPPORTS_FEATURE; a failure counts as "no". */
static bool
remoteSupportsFeature(virConnect *conn, int feature)
{
    remote_connect_supports_feature_args args = { .feature = feature };
    remote_connect_supports_feature_ret ret = { 0 };

    if (remoteCall(conn, REMOTE_PROC_CONNECT_SUPPORTS_FEATURE, &args, &ret) < 0) {
        VIR_DEBUG("feature %d: %s", feature, virGetLastErrorMessage());
        virResetLastError();
        return false;
    }
    return ret.supported != 0;
}


/* The REMOTE_AUTH_* type named by ?auth=, or -1 with an error. */
static int
remoteAuthTypeFromName(const char *name)
{
    if (g_ascii_strcasecmp(name, "sasl") == 0 || g_ascii_strncasecmp(name, "sasl.", 5) == 0)
        return REMOTE_AUTH_SASL;
    if (g_ascii_strcasecmp(name, "polkit") == 0)
        return REMOTE_AUTH_POLKIT;
    virReportError(VIR_ERR_AUTH_FAILED, _("unknown authentication type %1$s"), name);
    return -1;
}


/* Picks the authentication method from AUTH_LIST (only NONE is supported). */
static int
remoteChooseAuth(const remote_auth_list_ret *list, const char *authtype)
{
    const int32_t *types = list->types.val;
    int want;
    size_t i;

    if (list->types.len == 0)
        return 0;
    if (authtype) {
        if ((want = remoteAuthTypeFromName(authtype)) < 0)
            return -1;
        for (i = 0; i < list->types.len && types[i] != want; i++) {
        }
        if (i == list->types.len) {
            virReportError(VIR_ERR_AUTH_FAILED, _("requested authentication type %1$s rejected"),
                           authtype);
            return -1;
        }
    } else {
        want = types[0];
    }
    if (want != REMOTE_AUTH_NONE) {
        virReportError(VIR_ERR_AUTH_FAILED, _("unsupported authentication type %1$d"), want);
        return -1;
    }
    return 0;
}


static int
remoteAuthenticate(virConnect *conn, const char *authtype)
{
    remote_auth_list_ret ret = { 0 };
    int rc;

    if (remoteCall(conn, REMOTE_PROC_AUTH_LIST, NULL, &ret) < 0) {
        /* very old servers know no AUTH_LIST: no authentication */
        if (virGetLastErrorCode() == VIR_ERR_NO_SUPPORT) {
            virResetLastError();
            return 0;
        }
        return -1;
    }
    rc = remoteChooseAuth(&ret, authtype);
    remoteFreeRet(REMOTE_PROC_AUTH_LIST, &ret);
    return rc;
}


/* CONNECT_GET_URI for an application that gave no URI. */
static int
remoteProbeURI(virConnect *conn)
{
    remote_connect_get_uri_ret ret = { 0 };

    if (remoteCall(conn, REMOTE_PROC_CONNECT_GET_URI, NULL, &ret) < 0)
        return -1;
    VIR_DEBUG("auto-probed URI is %s", ret.uri);
    conn->uri = virURIParse(ret.uri);
    remoteFreeRet(REMOTE_PROC_CONNECT_GET_URI, &ret);
    if (!conn->uri)
        return -1;
    if (!conn->uri->path)
        conn->uri->path = g_strdup("");
    return 0;
}


/* libvirt's handshake (wire-protocol.md section 10.1). */
static int
remoteHandshake(virConnect *conn, remotePriv *priv, const remoteURIInfo *info)
{
    remote_connect_open_args args = { .name = info->name, .flags = info->flags };

    if (remoteAuthenticate(conn, info->authtype) < 0)
        return -1;
    priv->keepaliveSupported = virEventImplIsRegistered();
    if (priv->keepaliveSupported)
        priv->serverKeepAlive = remoteSupportsFeature(conn, REMOTE_FEATURE_PROGRAM_KEEPALIVE);
    VIR_DEBUG("opening '%s' flags 0x%x", info->name, info->flags);
    if (remoteCall(conn, REMOTE_PROC_CONNECT_OPEN, &args, NULL) < 0)
        return -1;
    if (!conn->uri && remoteProbeURI(conn) < 0)
        return -1;
    priv->events =
        remoteEventsNew(remoteSupportsFeature(conn, REMOTE_FEATURE_REMOTE_EVENT_CALLBACK));
    priv->serverCloseCallback = remoteSupportsFeature(conn, REMOTE_FEATURE_REMOTE_CLOSE_CALLBACK);
    return 0;
}


static virDrvOpenStatus
remoteConnectOpen(virConnect *conn,
                  virConnectAuth *auth G_GNUC_UNUSED,
                  virConf *conf,
                  unsigned int flags)
{
    g_autoptr(remoteURIInfo) info = NULL;
    remotePriv *priv;
    int declined;

    if (remoteInsideDaemon) {
        if ((declined = remoteDeclinesInsideDaemon(conn)) < 0)
            return VIR_DRV_OPEN_ERROR;
        if (declined)
            return VIR_DRV_OPEN_DECLINED;
    }
    if (remoteURIParse(conn->uri, conf, flags & VIR_CONNECT_RO, geteuid(),
                       g_getenv("LIBVIRT_AUTOSTART"), &info) < 0)
        return VIR_DRV_OPEN_ERROR;
    /* A daemon proxying a local URI goes to that driver's own daemon. */
    if (remoteInsideDaemon && conn->uri && !conn->uri->server)
        info->mode = REMOTE_URI_MODE_DIRECT;

    priv = remotePrivNew();
    conn->privateData = priv;
    if (remoteOpenTransport(conn, priv, info) < 0 || remoteHandshake(conn, priv, info) < 0) {
        remotePrivFree(priv);
        conn->privateData = NULL;
        return VIR_DRV_OPEN_ERROR;
    }
    return VIR_DRV_OPEN_SUCCESS;
}


static int
remoteConnectClose(virConnect *conn)
{
    remotePriv *priv = conn->privateData;
    virError *saved = NULL;
    int ret = 0;

    if (!priv)
        return 0;
    /* Closing must not leave an error behind in the caller's thread. */
    virErrorPreserveLast(&saved);
    if (remoteCall(conn, REMOTE_PROC_CONNECT_CLOSE, NULL, NULL) < 0)
        ret = -1;
    virResetLastError();
    virErrorRestore(&saved);
    /* The I/O thread may still look at conn->privateData until the
     * client is closed, which remotePrivFree() waits for. */
    remotePrivFree(priv);
    conn->privateData = NULL;
    return ret;
}


/* ---- connection and node ---- */

static const char *
remoteConnectGetType(virConnect *conn)
{
    remotePriv *priv = conn->privateData;
    remote_connect_get_type_ret ret = { 0 };
    const char *type;

    /* The API returns a string owned by the connection: keep the first answer. */
    virMutexLock(&priv->lock);
    type = priv->type;
    virMutexUnlock(&priv->lock);
    if (type)
        return type;

    if (remoteCall(conn, REMOTE_PROC_CONNECT_GET_TYPE, NULL, &ret) < 0)
        return NULL;
    virMutexLock(&priv->lock);
    if (!priv->type)
        priv->type = g_steal_pointer(&ret.type);
    type = priv->type;
    virMutexUnlock(&priv->lock);
    remoteFreeRet(REMOTE_PROC_CONNECT_GET_TYPE, &ret);
    return type;
}


static int
remoteConnectGetVersion(virConnect *conn, unsigned long *hvVer)
{
    remote_connect_get_version_ret ret = { 0 };

    if (remoteCall(conn, REMOTE_PROC_CONNECT_GET_VERSION, NULL, &ret) < 0)
        return -1;
    *hvVer = ret.hv_ver;
    return 0;
}


static int
remoteConnectGetLibVersion(virConnect *conn, unsigned long *libVer)
{
    remote_connect_get_lib_version_ret ret = { 0 };

    if (remoteCall(conn, REMOTE_PROC_CONNECT_GET_LIB_VERSION, NULL, &ret) < 0)
        return -1;
    *libVer = ret.lib_ver;
    return 0;
}


static char *
remoteConnectGetHostname(virConnect *conn)
{
    remote_connect_get_hostname_ret ret = { 0 };

    if (remoteCall(conn, REMOTE_PROC_CONNECT_GET_HOSTNAME, NULL, &ret) < 0)
        return NULL;
    return ret.hostname;
}


static char *
remoteConnectGetSysinfo(virConnect *conn, unsigned int flags)
{
    remote_connect_get_sysinfo_args args = { .flags = flags };
    remote_connect_get_sysinfo_ret ret = { 0 };

    if (remoteCall(conn, REMOTE_PROC_CONNECT_GET_SYSINFO, &args, &ret) < 0)
        return NULL;
    return ret.sysinfo;
}


static char *
remoteConnectGetCapabilities(virConnect *conn)
{
    remote_connect_get_capabilities_ret ret = { 0 };

    if (remoteCall(conn, REMOTE_PROC_CONNECT_GET_CAPABILITIES, NULL, &ret) < 0)
        return NULL;
    return ret.capabilities;
}


static int
remoteConnectGetMaxVcpus(virConnect *conn, const char *type)
{
    remote_connect_get_max_vcpus_args args = { .type = (char *)type };
    remote_connect_get_max_vcpus_ret ret = { 0 };

    if (remoteCall(conn, REMOTE_PROC_CONNECT_GET_MAX_VCPUS, &args, &ret) < 0)
        return -1;
    return ret.max_vcpus;
}


static int
remoteNodeGetInfo(virConnect *conn, virNodeInfo *info)
{
    remote_node_get_info_ret ret = { 0 };
    size_t len;

    if (remoteCall(conn, REMOTE_PROC_NODE_GET_INFO, NULL, &ret) < 0)
        return -1;
    memset(info, 0, sizeof(*info));
    len = strnlen(ret.model, sizeof(ret.model));
    memcpy(info->model, ret.model, MIN(len, sizeof(info->model) - 1));
    info->memory = ret.memory;
    info->cpus = ret.cpus;
    info->mhz = ret.mhz;
    info->nodes = ret.nodes;
    info->sockets = ret.sockets;
    info->cores = ret.cores;
    info->threads = ret.threads;
    return 0;
}


static unsigned long long
remoteNodeGetFreeMemory(virConnect *conn)
{
    remote_node_get_free_memory_ret ret = { 0 };

    if (remoteCall(conn, REMOTE_PROC_NODE_GET_FREE_MEMORY, NULL, &ret) < 0)
        return 0;
    return ret.freeMem;
}


static int
remoteNodeGetCellsFreeMemory(virConnect *conn,
                             unsigned long long *freeMems,
                             int startCell,
                             int maxCells)
{
    remote_node_get_cells_free_memory_args args = { .startCell = startCell, .maxcells = maxCells };
    remote_node_get_cells_free_memory_ret ret = { 0 };
    const uint64_t *cells;
    size_t i;

    if (maxCells > REMOTE_NODE_MAX_CELLS) {
        virReportError(VIR_ERR_RPC, _("too many NUMA cells: %1$d > %2$d"), maxCells,
                       REMOTE_NODE_MAX_CELLS);
        return -1;
    }
    if (remoteCall(conn, REMOTE_PROC_NODE_GET_CELLS_FREE_MEMORY, &args, &ret) < 0)
        return -1;
    if (ret.cells.len > (uint32_t)MAX(maxCells, 0)) {
        virReportError(VIR_ERR_RPC, _("too many NUMA cells: %1$u > %2$d"), ret.cells.len, maxCells);
        remoteFreeRet(REMOTE_PROC_NODE_GET_CELLS_FREE_MEMORY, &ret);
        return -1;
    }
    cells = ret.cells.val;
    for (i = 0; i < ret.cells.len; i++)
        freeMems[i] = cells[i];
    remoteFreeRet(REMOTE_PROC_NODE_GET_CELLS_FREE_MEMORY, &ret);
    return (int)i;
}


/* Copies a NUL-counted XDR char array into @dst; -1 when it does not fit. */
static int
remoteCopyLabel(const virXDRArray *src, char *dst, size_t dstlen)
{
    size_t len = src->val ? strnlen(src->val, src->len) : 0;

    if (len >= dstlen)
        return -1;
    if (len)
        memcpy(dst, src->val, len);
    dst[len] = '\0';
    return 0;
}


static int
remoteNodeGetSecurityModel(virConnect *conn, virSecurityModel *secmodel)
{
    remote_node_get_security_model_ret ret = { 0 };
    int rc = -1;

    if (remoteCall(conn, REMOTE_PROC_NODE_GET_SECURITY_MODEL, NULL, &ret) < 0)
        return -1;
    memset(secmodel, 0, sizeof(*secmodel));
    if (remoteCopyLabel(&ret.model, secmodel->model, sizeof(secmodel->model)) < 0)
        virReportError(VIR_ERR_RPC, _("security model exceeds maximum: %1$zu"),
                       sizeof(secmodel->model) - 1);
    else if (remoteCopyLabel(&ret.doi, secmodel->doi, sizeof(secmodel->doi)) < 0)
        virReportError(VIR_ERR_RPC, _("security doi exceeds maximum: %1$zu"),
                       sizeof(secmodel->doi) - 1);
    else
        rc = 0;
    remoteFreeRet(REMOTE_PROC_NODE_GET_SECURITY_MODEL, &ret);
    return rc;
}


/* CONNECT_IS_SECURE: whether the server's side of the connection is secure. */
static int
remoteServerIsSecure(virConnect *conn)
{
    remote_connect_is_secure_ret ret = { 0 };

    if (remoteCall(conn, REMOTE_PROC_CONNECT_IS_SECURE, NULL, &ret) < 0)
        return -1;
    return ret.secure ? 1 : 0;
}


static int
remoteConnectIsSecure(virConnect *conn)
{
    remotePriv *priv = conn->privateData;
    int secure = remoteServerIsSecure(conn);

    if (secure < 0)
        return -1;
    /* Secure only if both the transport and the server's side are. */
    return priv->isSecure && secure ? 1 : 0;
}


static int
remoteConnectIsEncrypted(virConnect *conn)
{
    /* No encrypting transport (TLS, SSH) exists yet; libvirt still asks. */
    if (remoteServerIsSecure(conn) < 0)
        return -1;
    return 0;
}


static int
remoteConnectIsAlive(virConnect *conn)
{
    remotePriv *priv = conn->privateData;

    return virNetClientIsOpen(priv->client) ? 1 : 0;
}


static int
remoteConnectSetKeepAlive(virConnect *conn, int interval, unsigned int count)
{
    remotePriv *priv = conn->privateData;

    if (!priv->keepaliveSupported) {
        virReportError(
            VIR_ERR_INTERNAL_ERROR, "%s",
            _("the caller doesn't support keepalive protocol; perhaps it's missing event loop implementation"));
        return -1;
    }
    if (!priv->serverKeepAlive)
        return 1;
    if (interval > 0)
        return virNetClientKeepAliveStart(priv->client, interval, count);
    virNetClientKeepAliveStop(priv->client);
    return 0;
}


/* ---- the driver ---- */

static virHypervisorDriver remoteHypervisorDriver;
static virNetworkDriver remoteNetworkDriver;
static virStorageDriver remoteStorageDriver;
static virSecretDriver remoteSecretDriver;

static virConnectDriver remoteConnectDriver = {
    .hypervisorDriver = &remoteHypervisorDriver,
    .networkDriver = &remoteNetworkDriver,
    .storageDriver = &remoteStorageDriver,
    .secretDriver = &remoteSecretDriver,
};


/* The connection-level fields: filled last, so that nobody else overrides them. */
static void
remoteConnectDriverInit(virHypervisorDriver *drv)
{
    drv->name = "remote";
    drv->connectOpen = remoteConnectOpen;
    drv->connectClose = remoteConnectClose;
    drv->connectGetType = remoteConnectGetType;
    drv->connectGetVersion = remoteConnectGetVersion;
    drv->connectGetLibVersion = remoteConnectGetLibVersion;
    drv->connectGetHostname = remoteConnectGetHostname;
    drv->connectGetSysinfo = remoteConnectGetSysinfo;
    drv->connectGetMaxVcpus = remoteConnectGetMaxVcpus;
    drv->nodeGetInfo = remoteNodeGetInfo;
    drv->connectGetCapabilities = remoteConnectGetCapabilities;
    drv->nodeGetFreeMemory = remoteNodeGetFreeMemory;
    drv->nodeGetCellsFreeMemory = remoteNodeGetCellsFreeMemory;
    drv->nodeGetSecurityModel = remoteNodeGetSecurityModel;
    drv->connectIsEncrypted = remoteConnectIsEncrypted;
    drv->connectIsSecure = remoteConnectIsSecure;
    drv->connectIsAlive = remoteConnectIsAlive;
    drv->connectSetKeepAlive = remoteConnectSetKeepAlive;
    drv->connectRegisterCloseCallback = remoteConnectRegisterCloseCallback;
    drv->connectUnregisterCloseCallback = remoteConnectUnregisterCloseCallback;
}


int
remoteRegister(void)
{
#ifdef WITH_REMOTE_DOMAIN
    remoteDomainDriverInit(&remoteHypervisorDriver);
#endif
#ifdef WITH_REMOTE_DOMAIN_EXTRA
    remoteDomainExtraDriverInit(&remoteHypervisorDriver);
#endif
#ifdef WITH_REMOTE_NETWORK
    remoteNetworkDriverInit(&remoteNetworkDriver);
#endif
#ifdef WITH_REMOTE_STORAGE
    remoteStorageDriverInit(&remoteStorageDriver);
#endif
#ifdef WITH_REMOTE_SECRET
    remoteSecretDriverInit(&remoteSecretDriver);
#endif
    remoteEventsDriverInit(&remoteHypervisorDriver, &remoteNetworkDriver, &remoteStorageDriver,
                           &remoteSecretDriver);
    remoteConnectDriverInit(&remoteHypervisorDriver);

    if (virRegisterConnectDriver(&remoteConnectDriver) < 0)
        return -1;
    return 0;
}
