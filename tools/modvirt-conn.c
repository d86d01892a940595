/*
 * modvirt-conn.c: the connection: opening it as virsh does, noticing when
 * it is lost, the hooks the engine calls around commands, and the
 * `connect` command
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include "modvirt-conn.h"
#include "modvirt.h"


/* The connection went away for a reason other than our own close. */
static void
modvirtCatchDisconnect(virConnectPtr conn, int reason, void *opaque)
{
    vshControl *ctl = opaque;
    modvirtControl *priv = ctl->privData;
    g_autofree char *uri = NULL;
    const char *fmt = N_("Disconnected from %s due to unknown reason");

    if (reason == VIR_CONNECT_CLOSE_REASON_CLIENT)
        return;
    uri = virConnectGetURI(conn);
    if (reason == VIR_CONNECT_CLOSE_REASON_ERROR)
        fmt = N_("Disconnected from %s due to I/O error");
    else if (reason == VIR_CONNECT_CLOSE_REASON_EOF)
        fmt = N_("Disconnected from %s due to end of file");
    else if (reason == VIR_CONNECT_CLOSE_REASON_KEEPALIVE)
        fmt = N_("Disconnected from %s due to keepalive timeout");
    vshError(ctl, _(fmt), NULLSTR(uri));
    priv->disconnected = true;
    modvirtEventDone(ctl);
}


/* Open @uri and set up keepalive as -k/-K ask. */
static virConnectPtr
modvirtOpen(vshControl *ctl, const char *uri, bool readonly)
{
    virConnectPtr conn;
    int interval = 5;
    int count = 6;
    bool forced = false;

    if (ctl->keepaliveInterval >= 0) {
        interval = ctl->keepaliveInterval;
        forced = true;
    }
    if (ctl->keepaliveCount >= 0) {
        count = ctl->keepaliveCount;
        forced = true;
    }
    conn = virConnectOpenAuth(uri, virConnectAuthPtrDefault, readonly ? VIR_CONNECT_RO : 0);
    if (!conn)
        return NULL;

    if (interval > 0 && virConnectSetKeepAlive(conn, interval, count) != 0) {
        if (forced) {
            vshError(ctl, "%s",
                     _("Cannot setup keepalive on connection as requested, disconnecting"));
            (void)virConnectClose(conn);
            return NULL;
        }
        vshDebug(ctl, VSH_ERR_INFO, "%s", _("Failed to setup keepalive on connection\n"));
        modvirtResetError(ctl);
    }
    return conn;
}


/* Drop the connection, telling about leaked references. */
static void
modvirtDisconnect(vshControl *ctl)
{
    modvirtControl *priv = ctl->privData;
    int rc;

    if (!priv->conn)
        return;
    (void)virConnectUnregisterCloseCallback(priv->conn, modvirtCatchDisconnect);
    rc = virConnectClose(priv->conn);
    if (rc < 0)
        vshError(ctl, "%s", _("Failed to disconnect from the hypervisor"));
    else if (rc > 0)
        vshError(ctl, "%s",
                 _("One or more references were leaked after disconnect from the hypervisor"));
    priv->conn = NULL;
}


int
modvirtReconnect(vshControl *ctl, const char *name, bool readonly, bool force)
{
    modvirtControl *priv = ctl->privData;
    bool connected = priv->conn != NULL;

    /* Reconnecting to the same URI keeps its read-only mode. */
    if (!readonly && !name)
        readonly = priv->readonly;
    modvirtDisconnect(ctl);

    priv->conn = modvirtOpen(ctl, name ? name : ctl->connname, readonly);
    if (!priv->conn) {
        if (priv->disconnected)
            vshError(ctl, "%s", _("Failed to reconnect to the hypervisor"));
        else
            vshError(ctl, "%s", _("failed to connect to the hypervisor"));
        return -1;
    }
    if (name) {
        g_free(ctl->connname);
        ctl->connname = g_strdup(name);
    }
    priv->readonly = readonly;
    if (virConnectRegisterCloseCallback(priv->conn, modvirtCatchDisconnect, ctl, NULL) < 0)
        vshError(ctl, "%s", _("Unable to register disconnect callback"));
    if (connected && !force)
        vshError(ctl, "%s", _("Reconnected to the hypervisor"));
    priv->disconnected = false;
    return 0;
}


void
modvirtConnClose(vshControl *ctl)
{
    modvirtDisconnect(ctl);
}


/* Before each command that needs it: connect (again) if needed. */
static bool
modvirtConnectionHandler(vshControl *ctl)
{
    modvirtControl *priv = ctl->privData;

    if ((!priv->conn || priv->disconnected) && modvirtReconnect(ctl, NULL, false, false) < 0)
        return false;
    if (!priv->conn) {
        vshError(ctl, "%s", _("no valid connection"));
        return false;
    }
    return true;
}


/* After a failed command: errors that mean the connection is gone. */
static void
modvirtAfterCommand(vshControl *ctl, bool ok)
{
    modvirtControl *priv = ctl->privData;
    virErrorPtr err;

    if (ok || !(err = virGetLastError()))
        return;
    if ((err->code == VIR_ERR_SYSTEM_ERROR && err->domain == VIR_FROM_REMOTE) ||
        err->code == VIR_ERR_RPC || err->code == VIR_ERR_NO_CONNECT ||
        err->code == VIR_ERR_INVALID_CONN)
        priv->disconnected = true;
}


static const vshClientHooks modvirtHooks = {
    .connHandler = modvirtConnectionHandler,
    .fetchError = modvirtSaveLibError,
    .afterCommand = modvirtAfterCommand,
};


/* The library reports every error here: keep it for after the command. */
static void
modvirtErrorHandler(void *opaque, virErrorPtr error)
{
    vshControl *ctl = opaque;

    if (error && error->message)
        vshSaveError(ctl, "%s", error->message);
}


void
modvirtConnInit(vshControl *ctl)
{
    ctl->hooks = &modvirtHooks;
    virSetErrorFunc(ctl, modvirtErrorHandler);
}


static bool
cmdConnect(vshControl *ctl, const vshCmd *cmd)
{
    bool ro = vshCommandOptBool(cmd, "readonly");
    const char *name = NULL;

    if (vshCommandOptStringReq(ctl, cmd, "name", &name) < 0)
        return false;
    return modvirtReconnect(ctl, name, ro, true) == 0;
}


static const vshCmdInfo infoConnect = {
    .help = N_("(re)connect to hypervisor"),
    .desc = N_("Connect to local hypervisor. This is built-in command after shell start up."),
};

static const vshCmdOptDef optsConnect[] = {
    { .name = "name",
      .type = VSH_OT_STRING,
      .flags = VSH_OFLAG_EMPTY_OK,
      .help = N_("hypervisor connection URI") },
    { .name = "readonly", .type = VSH_OT_BOOL, .help = N_("read-only connection") },
    { .name = NULL }
};

const vshCmdDef modvirtCmdConnect = {
    .name = "connect",
    .handler = cmdConnect,
    .opts = optsConnect,
    .info = &infoConnect,
    .flags = VSH_CMD_FLAG_NOCONNECT,
};
