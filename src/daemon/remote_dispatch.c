/*
 * remote_dispatch.c: the REMOTE program: per-client data and handshake
 *
 * A client starts with no connection: only AUTH_LIST, SUPPORTS_FEATURE
 * (feature 10) and CONNECT_OPEN work (the server refuses the rest with
 * "hypervisor connection not open"). CONNECT_OPEN opens the client's own
 * virConnect with the public API, read-only when the client asks or its
 * socket is read-only; every later handler runs the public API on it.
 *
 * The library delivers events (domain lifecycle, ...) from the process's
 * event loop, so the first program created registers the default event
 * loop implementation and runs it on a thread of its own.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virlog.h"
#include "virthread.h"

#define VIR_REMOTE_DISPATCH_PRIV_H_ALLOW
#include "remote_dispatch_priv.h"

#define VIR_FROM_THIS VIR_FROM_RPC

VIR_LOG_INIT("daemon.remote_dispatch");

/* CONNECT_SUPPORTS_FEATURE numbers (libvirt's VIR_DRV_FEATURE_*). */
enum {
    REMOTE_FEATURE_FD_PASSING = 8,
    REMOTE_FEATURE_TYPED_PARAM_STRING = 9,
    REMOTE_FEATURE_PROGRAM_KEEPALIVE = 10,
    REMOTE_FEATURE_REMOTE_EVENT_CALLBACK = 14,
    REMOTE_FEATURE_REMOTE_CLOSE_CALLBACK = 15,
    REMOTE_FEATURE_NETWORK_UPDATE_HAS_CORRECT_ORDER = 16,
};

static GMutex remoteDispatchURILock;
static char *remoteDispatchDefaultURI; /* guarded by remoteDispatchURILock */


void
remoteDispatchSetDefaultURI(const char *uri)
{
    g_mutex_lock(&remoteDispatchURILock);
    g_free(remoteDispatchDefaultURI);
    remoteDispatchDefaultURI = g_strdup(uri);
    g_mutex_unlock(&remoteDispatchURILock);
}


/* Errors of the daemon's own API calls go to the clients, not to stderr. */
static void
remoteDispatchErrorQuiet(void *userData G_GNUC_UNUSED, virErrorPtr err G_GNUC_UNUSED)
{
}


static gpointer
remoteDispatchEventLoop(gpointer data G_GNUC_UNUSED)
{
    while (true) {
        if (virEventRunDefaultImpl() < 0)
            VIR_DEBUG("event loop iteration failed, ignoring");
    }
    return NULL;
}


static int
remoteDispatchOnceInit(void)
{
    GThread *thread;

    virSetErrorFunc(NULL, remoteDispatchErrorQuiet);
    if (virEventRegisterDefaultImpl() < 0)
        return -1;
    /* the loop runs for the life of the process, like libvirtd's */
    thread = g_thread_new("remote-events", remoteDispatchEventLoop, NULL);
    g_thread_unref(thread);
    return 0;
}

VIR_ONCE_GLOBAL_INIT(remoteDispatch);


/* ---- shared helpers ---- */

virConnect *
remoteDispatchGetConn(virNetServerClient *client)
{
    remoteDispatchClient *priv = virNetServerClientGetPrivateData(client);
    virConnect *conn = NULL;

    if (priv) {
        g_mutex_lock(&priv->lock);
        if (priv->conn)
            conn = virObjectRef(priv->conn);
        g_mutex_unlock(&priv->lock);
    }
    if (!conn)
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("hypervisor connection not open"));
    return conn;
}


int
remoteDispatchCheckMax(int value, int max, const char *field, const char *maxName)
{
    if (value < 0) {
        virReportError(VIR_ERR_RPC, _("%1$s must be non-negative"), field);
        return -1;
    }
    if (value > max) {
        virReportError(VIR_ERR_RPC, _("%1$s > %2$s"), field, maxName);
        return -1;
    }
    return 0;
}


void
remoteDispatchStringsToWire(virXDRArray *wire, char **names, int n)
{
    char **val;
    int i;

    if (n <= 0) {
        wire->len = 0;
        wire->val = NULL;
        return;
    }
    val = g_new0(char *, n);
    for (i = 0; i < n; i++)
        val[i] = g_steal_pointer(&names[i]);
    wire->len = (uint32_t)n;
    wire->val = val;
}


int
remoteDispatchListNames(virNetServerClient *client,
                        remoteDispatchListNamesFunc fn,
                        int maxnames,
                        int max,
                        const char *field,
                        const char *maxName,
                        virXDRArray *wire)
{
    g_autoptr(virConnect) conn = NULL;
    g_autofree char **names = NULL;
    int n;

    if (!(conn = remoteDispatchGetConn(client)) ||
        remoteDispatchCheckMax(maxnames, max, field, maxName) < 0)
        return -1;
    names = g_new0(char *, maxnames + 1);
    if ((n = fn(conn, names, maxnames)) < 0)
        return -1;
    remoteDispatchStringsToWire(wire, names, n);
    return 0;
}


int
remoteDispatchHandleToWire(void *wire, void *obj, remoteDispatchToWireFunc toWire)
{
    if (!obj)
        return -1;
    toWire(wire, obj);
    virObjectUnref(obj);
    return 0;
}


int
remoteDispatchHandlesToWire(virXDRArray *wire,
                            void *handles,
                            int n,
                            int max,
                            const char *what,
                            size_t elemSize,
                            remoteDispatchToWireFunc toWire)
{
    g_autofree void **list = handles;
    char *val;
    int i;

    if (n > max) {
        for (i = 0; list && i < n; i++)
            virObjectUnref(list[i]);
        virReportError(VIR_ERR_INTERNAL_ERROR, _("Too many %1$s '%2$d' for limit '%3$d'"), what, n,
                       max);
        return -1;
    }
    if (!list || n <= 0)
        return 0;
    val = g_malloc0_n(n, elemSize);
    for (i = 0; i < n; i++) {
        toWire(val + (size_t)i * elemSize, list[i]);
        virObjectUnref(list[i]);
    }
    wire->len = (uint32_t)n;
    wire->val = val;
    return 0;
}


virDomain *
remoteDispatchGetDomain(virNetServerClient *client, const remote_nonnull_domain *d)
{
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    return conn ? remoteDomainFromWire(conn, d) : NULL;
}


virNetwork *
remoteDispatchGetNetwork(virNetServerClient *client, const remote_nonnull_network *n)
{
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    return conn ? remoteNetworkFromWire(conn, n) : NULL;
}


virStoragePool *
remoteDispatchGetStoragePool(virNetServerClient *client, const remote_nonnull_storage_pool *p)
{
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    return conn ? remoteStoragePoolFromWire(conn, p) : NULL;
}


virStorageVol *
remoteDispatchGetStorageVol(virNetServerClient *client, const remote_nonnull_storage_vol *v)
{
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    return conn ? remoteStorageVolFromWire(conn, v) : NULL;
}


virSecret *
remoteDispatchGetSecret(virNetServerClient *client, const remote_nonnull_secret *s)
{
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    return conn ? remoteSecretFromWire(conn, s) : NULL;
}


virDomainSnapshot *
remoteDispatchGetSnapshot(virNetServerClient *client, const remote_nonnull_domain_snapshot *s)
{
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    return conn ? remoteSnapshotFromWire(conn, s) : NULL;
}


void
remoteDispatchEventTargetUnref(remoteDispatchEventTarget *target)
{
    if (!target || !g_atomic_int_dec_and_test(&target->refs))
        return;
    g_mutex_clear(&target->lock);
    g_free(target);
}


/* ---- per-client data ---- */

void *
remoteDispatchClientNew(virNetServerClient *client, void *opaque G_GNUC_UNUSED)
{
    remoteDispatchClient *priv = g_new0(remoteDispatchClient, 1);

    g_mutex_init(&priv->lock);
    priv->client = client;
    priv->target = g_new0(remoteDispatchEventTarget, 1);
    priv->target->refs = 1;
    g_mutex_init(&priv->target->lock);
    priv->target->client = client;
    priv->events = g_array_new(FALSE, TRUE, sizeof(remoteDispatchEventReg));
    return priv;
}


/* Sends CONNECT_EVENT_CONNECTION_CLOSED to the client (close callback). */
static void
remoteDispatchConnectionClosed(virConnectPtr conn G_GNUC_UNUSED, int reason, void *opaque)
{
    remoteDispatchEventTarget *target = opaque;
    remote_connect_event_connection_closed_msg body = { 0 };

    body.reason = reason;
    g_mutex_lock(&target->lock);
    if (target->client)
        (void)virNetServerClientSendEvent(target->client, &remoteProgramDef,
                                          REMOTE_PROC_CONNECT_EVENT_CONNECTION_CLOSED, &body);
    g_mutex_unlock(&target->lock);
}


/*
 * Releases the client's connection: event registrations, close callback,
 * then the connection itself. The caller took @conn out of @priv.
 */
static void
remoteDispatchReleaseConn(remoteDispatchClient *priv, virConnect *conn, bool closeCallback)
{
    virError *saved = NULL;

    /* the API calls below reset the last error; keep the caller's */
    virErrorPreserveLast(&saved);
    remoteDispatchEventsDeregisterAll(priv, conn);
    if (closeCallback)
        (void)virConnectUnregisterCloseCallback(conn, remoteDispatchConnectionClosed);
    (void)virConnectClose(conn);
    virErrorRestore(&saved);
}


/* Takes the client's connection out of @priv and releases it, if any. */
static void
remoteDispatchClientDropConn(remoteDispatchClient *priv)
{
    virConnect *conn;
    bool closeCallback;

    g_mutex_lock(&priv->lock);
    conn = g_steal_pointer(&priv->conn);
    closeCallback = priv->closeCallback;
    priv->closeCallback = false;
    g_mutex_unlock(&priv->lock);

    if (conn)
        remoteDispatchReleaseConn(priv, conn, closeCallback);
}


void
remoteDispatchClientFree(void *opaque)
{
    remoteDispatchClient *priv = opaque;

    if (!priv)
        return;
    /* from now on event callbacks still in flight send nothing */
    g_mutex_lock(&priv->target->lock);
    priv->target->client = NULL;
    g_mutex_unlock(&priv->target->lock);

    remoteDispatchClientDropConn(priv);

    remoteDispatchEventTargetUnref(priv->target);
    g_array_unref(priv->events);
    g_mutex_clear(&priv->lock);
    g_free(priv);
}


/* ---- handshake ---- */

static int
remoteDispatchAuthList(REMOTE_DISPATCH_PARAMS)
{
    remote_auth_list_ret *r = ret;
    int32_t *types = g_new0(int32_t, 1);

    types[0] = 0; /* REMOTE_AUTH_NONE */
    r->types.len = 1;
    r->types.val = types;
    return 0;
}


static int
remoteDispatchConnectSupportsFeature(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_supports_feature_args *a = args;
    remote_connect_supports_feature_ret *r = ret;
    remoteDispatchClient *priv = virNetServerClientGetPrivateData(client);
    g_autoptr(virConnect) conn = NULL;

    /* asked before CONNECT_OPEN: answering it arms server keepalive */
    if (a->feature == REMOTE_FEATURE_PROGRAM_KEEPALIVE) {
        g_mutex_lock(&priv->lock);
        priv->keepalive = true;
        g_mutex_unlock(&priv->lock);
        virNetServerClientStartKeepAlive(client);
        r->supported = 1;
        return 0;
    }
    if (!(conn = remoteDispatchGetConn(client)))
        return -1;

    switch (a->feature) {
    case REMOTE_FEATURE_TYPED_PARAM_STRING:
    case REMOTE_FEATURE_REMOTE_EVENT_CALLBACK:
    case REMOTE_FEATURE_REMOTE_CLOSE_CALLBACK:
    case REMOTE_FEATURE_NETWORK_UPDATE_HAS_CORRECT_ORDER:
        r->supported = 1;
        break;
    case REMOTE_FEATURE_FD_PASSING: /* no *_WITH_FILES handler */
    default:
        r->supported = 0;
        break;
    }
    return 0;
}


static int
remoteDispatchConnectOpen(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_open_args *a = args;
    remoteDispatchClient *priv = virNetServerClientGetPrivateData(client);
    g_autofree char *name = NULL;
    bool readonly;
    virConnect *conn;

    g_mutex_lock(&priv->lock);
    if (priv->conn) {
        g_mutex_unlock(&priv->lock);
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("connection already open"));
        return -1;
    }
    g_mutex_unlock(&priv->lock);

    /* an empty name (or, leniently, none) opens the daemon's default */
    if (a->name && *a->name) {
        name = g_strdup(a->name);
    } else {
        g_mutex_lock(&remoteDispatchURILock);
        name = g_strdup(remoteDispatchDefaultURI);
        g_mutex_unlock(&remoteDispatchURILock);
    }
    /* only bit 0 (VIR_CONNECT_RO) means something; clients leak others */
    readonly = (a->flags & VIR_CONNECT_RO) || virNetServerClientIsReadonly(client);
    VIR_DEBUG("client=%p name=%s readonly=%d", client, NULLSTR(name), readonly);

    if (readonly)
        conn = virConnectOpenReadOnly(name);
    else
        conn = virConnectOpen(name);
    if (!conn)
        return -1;

    g_mutex_lock(&priv->lock);
    if (priv->conn) {
        /* another CONNECT_OPEN of this client won the race */
        g_mutex_unlock(&priv->lock);
        (void)virConnectClose(conn);
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("connection already open"));
        return -1;
    }
    priv->conn = conn;
    g_mutex_unlock(&priv->lock);

    virNetServerClientSetOpened(client);
    return 0;
}


static int
remoteDispatchConnectClose(REMOTE_DISPATCH_PARAMS)
{
    remoteDispatchClient *priv = virNetServerClientGetPrivateData(client);

    remoteDispatchClientDropConn(priv);
    virNetServerClientDelayedClose(client);
    return 0;
}


static int
remoteDispatchConnectRegisterCloseCallback(REMOTE_DISPATCH_PARAMS)
{
    remoteDispatchClient *priv = virNetServerClientGetPrivateData(client);
    g_autoptr(virConnect) conn = NULL;
    bool registered;

    if (!(conn = remoteDispatchGetConn(client)))
        return -1;

    g_mutex_lock(&priv->lock);
    registered = priv->closeCallback;
    priv->closeCallback = true;
    g_mutex_unlock(&priv->lock);
    if (registered)
        return 0;

    /*
     * As libvirtd, no free function: drivers without close callbacks do
     * not keep it. The target outlives the registration: the client
     * unregisters before dropping it.
     */
    if (virConnectRegisterCloseCallback(conn, remoteDispatchConnectionClosed, priv->target, NULL) <
        0) {
        g_mutex_lock(&priv->lock);
        priv->closeCallback = false;
        g_mutex_unlock(&priv->lock);
        return -1;
    }
    return 0;
}


static int
remoteDispatchConnectUnregisterCloseCallback(REMOTE_DISPATCH_PARAMS)
{
    remoteDispatchClient *priv = virNetServerClientGetPrivateData(client);
    g_autoptr(virConnect) conn = NULL;
    bool registered;

    if (!(conn = remoteDispatchGetConn(client)))
        return -1;

    g_mutex_lock(&priv->lock);
    registered = priv->closeCallback;
    priv->closeCallback = false;
    g_mutex_unlock(&priv->lock);

    if (registered && virConnectUnregisterCloseCallback(conn, remoteDispatchConnectionClosed) < 0)
        return -1;
    return 0;
}


static const virNetServerProcHandler remoteDispatchHandshakeHandlers[] = {
    { REMOTE_PROC_CONNECT_OPEN, remoteDispatchConnectOpen },
    { REMOTE_PROC_CONNECT_CLOSE, remoteDispatchConnectClose },
    { REMOTE_PROC_CONNECT_SUPPORTS_FEATURE, remoteDispatchConnectSupportsFeature },
    { REMOTE_PROC_AUTH_LIST, remoteDispatchAuthList },
    { REMOTE_PROC_CONNECT_REGISTER_CLOSE_CALLBACK, remoteDispatchConnectRegisterCloseCallback },
    { REMOTE_PROC_CONNECT_UNREGISTER_CLOSE_CALLBACK, remoteDispatchConnectUnregisterCloseCallback },
};

static const remoteDispatchHandlerTable remoteDispatchHandshakeTable = {
    remoteDispatchHandshakeHandlers,
    G_N_ELEMENTS(remoteDispatchHandshakeHandlers),
};


/* ---- the program ---- */

static virNetServerProcHandler *remoteDispatchAllHandlers;
static size_t remoteDispatchNAllHandlers;

/* Joins the family tables once; the result lives as long as the process. */
static int
remoteDispatchHandlersOnceInit(void)
{
    const remoteDispatchHandlerTable *tables[] = {
        &remoteDispatchHandshakeTable,   &remoteDispatchConnectTable, &remoteDispatchDomainTable,
        &remoteDispatchDomainExtraTable, &remoteDispatchNetworkTable, &remoteDispatchStorageTable,
        &remoteDispatchSecretTable,      &remoteDispatchEventsTable,  &remoteDispatchStreamTable,
    };
    size_t total = 0;
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(tables); i++)
        total += tables[i]->nhandlers;
    remoteDispatchAllHandlers = g_new0(virNetServerProcHandler, total);
    for (i = 0; i < G_N_ELEMENTS(tables); i++) {
        memcpy(remoteDispatchAllHandlers + remoteDispatchNAllHandlers, tables[i]->handlers,
               tables[i]->nhandlers * sizeof(virNetServerProcHandler));
        remoteDispatchNAllHandlers += tables[i]->nhandlers;
    }
    return 0;
}

VIR_ONCE_GLOBAL_INIT(remoteDispatchHandlers);


virNetServerProgram *
remoteDispatchProgramNew(void)
{
    if (remoteDispatchInitialize() < 0) {
        /* the program still works; event registrations will fail */
        VIR_DEBUG("cannot start the event loop, events will not be delivered");
        virResetLastError();
    }
    (void)remoteDispatchHandlersInitialize();
    return virNetServerProgramNew(&remoteProgramDef, remoteDispatchAllHandlers,
                                  remoteDispatchNAllHandlers);
}
