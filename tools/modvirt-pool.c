/*
 * modvirt-pool.c: storage pool commands: pool-define(-as), pool-create(-as),
 * pool-start, pool-build, pool-destroy, pool-delete, pool-refresh,
 * pool-undefine, pool-autostart, pool-dumpxml, pool-info, pool-name,
 * pool-uuid (listing and events are in modvirt-pool-list.c)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include "modvirt.h"


static virStoragePoolPtr
modvirtCommandOptPool(vshControl *ctl, const vshCmd *cmd, const char **name)
{
    return modvirtCommandOptPoolBy(ctl, cmd, "pool", name, MODVIRT_BYUUID | MODVIRT_BYNAME);
}

static const vshCmdInfo infoPoolAutostart = {
    .help = N_("autostart a pool"),
    .desc = N_("Configure a pool to be automatically started at boot."),
};

static const vshCmdOptDef optsPoolAutostart[] = {
    { .name = "pool",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("pool name or uuid") },
    { .name = "disable", .type = VSH_OT_BOOL, .help = N_("disable autostarting") },
    { .name = NULL }
};


static bool
cmdPoolAutostart(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStoragePool) pool = NULL;
    bool autostart = !vshCommandOptBool(cmd, "disable");
    const char *name = NULL;

    if (!(pool = modvirtCommandOptPool(ctl, cmd, &name)))
        return false;
    if (virStoragePoolSetAutostart(pool, autostart) < 0) {
        if (autostart)
            vshError(ctl, _("failed to mark pool %s as autostarted"), name);
        else
            vshError(ctl, _("failed to unmark pool %s as autostarted"), name);
        return false;
    }
    if (autostart)
        vshPrintExtra(ctl, _("Pool %s marked as autostarted\n"), name);
    else
        vshPrintExtra(ctl, _("Pool %s unmarked as autostarted\n"), name);
    return true;
}

const vshCmdDef modvirtCmdPoolAutostart = {
    .name = "pool-autostart",
    .handler = cmdPoolAutostart,
    .opts = optsPoolAutostart,
    .info = &infoPoolAutostart,
};


/* --build/--overwrite/--no-overwrite of pool-create(-as) and pool-start; -1 on error. */
static int
modvirtPoolCreateFlags(vshControl *ctl, const vshCmd *cmd)
{
    bool overwrite = vshCommandOptBool(cmd, "overwrite");
    bool noOverwrite = vshCommandOptBool(cmd, "no-overwrite");
    int flags = 0;

    if (vshExclusiveFlags(ctl, overwrite, "overwrite", noOverwrite, "no-overwrite") < 0)
        return -1;
    if (vshCommandOptBool(cmd, "build"))
        flags |= VIR_STORAGE_POOL_CREATE_WITH_BUILD;
    if (overwrite)
        flags |= VIR_STORAGE_POOL_CREATE_WITH_BUILD_OVERWRITE;
    if (noOverwrite)
        flags |= VIR_STORAGE_POOL_CREATE_WITH_BUILD_NO_OVERWRITE;
    return flags;
}

static const vshCmdInfo infoPoolCreate = {
    .help = N_("create a pool from an XML file"),
    .desc = N_("Create a pool."),
};

static const vshCmdOptDef optsPoolCreate[] = {
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("file containing an XML pool description") },
    { .name = "build", .type = VSH_OT_BOOL, .help = N_("build the pool as normal") },
    { .name = "no-overwrite",
      .type = VSH_OT_BOOL,
      .help = N_("do not overwrite any existing data") },
    { .name = "overwrite", .type = VSH_OT_BOOL, .help = N_("overwrite any existing data") },
    { .name = NULL }
};


static bool
cmdPoolCreate(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStoragePool) pool = NULL;
    g_autofree char *buffer = NULL;
    const char *from = NULL;
    int flags;

    if (vshCommandOptStringReq(ctl, cmd, "file", &from) < 0)
        return false;
    if ((flags = modvirtPoolCreateFlags(ctl, cmd)) < 0)
        return false;
    if (!(buffer = modvirtReadFile(ctl, from)))
        return false;
    if (!(pool = virStoragePoolCreateXML(modvirtConn(ctl), buffer, flags))) {
        vshError(ctl, _("Failed to create pool from %s"), from);
        return false;
    }
    vshPrintExtra(ctl, _("Pool %s created from %s\n"), virStoragePoolGetName(pool), from);
    return true;
}

const vshCmdDef modvirtCmdPoolCreate = {
    .name = "pool-create",
    .handler = cmdPoolCreate,
    .opts = optsPoolCreate,
    .info = &infoPoolCreate,
};


/* The string options of pool-create-as and pool-define-as, in that order. */
static const char *const modvirtPoolXOpts[] = {
    "name",
    "type",
    "source-host",
    "source-path",
    "source-dev",
    "source-name",
    "source-format",
    "target",
    "auth-type",
    "auth-username",
    "secret-usage",
    "secret-uuid",
    "adapter-name",
    "adapter-wwnn",
    "adapter-wwpn",
    "adapter-parent",
    "adapter-parent-wwnn",
    "adapter-parent-wwpn",
    "adapter-parent-fabric-wwn",
    "source-protocol-ver",
    "source-initiator",
    NULL,
};

enum {
    POOL_NAME,
    POOL_TYPE,
    SRC_HOST,
    SRC_PATH,
    SRC_DEV,
    SRC_NAME,
    SRC_FORMAT,
    TARGET,
    AUTH_TYPE,
    AUTH_USER,
    SECRET_USAGE,
    SECRET_UUID,
    ADAPTER_NAME,
    ADAPTER_WWNN,
    ADAPTER_WWPN,
    ADAPTER_PARENT,
    ADAPTER_PARENT_WWNN,
    ADAPTER_PARENT_WWPN,
    ADAPTER_PARENT_FABRIC,
    PROTO_VER,
    SRC_INITIATOR,
    POOL_X_LAST
};


/* The <adapter> and <auth> elements of the pool source. */
static void
modvirtPoolXMLAdapterAuth(GString *buf, const char *const *v)
{
    if (v[ADAPTER_WWNN] && v[ADAPTER_WWPN]) {
        g_string_append(buf, "    <adapter type='fc_host'");
        if (v[ADAPTER_PARENT])
            g_string_append_printf(buf, " parent='%s'", v[ADAPTER_PARENT]);
        else if (v[ADAPTER_PARENT_WWNN] && v[ADAPTER_PARENT_WWPN])
            g_string_append_printf(buf, " parent_wwnn='%s' parent_wwpn='%s'",
                                   v[ADAPTER_PARENT_WWNN], v[ADAPTER_PARENT_WWPN]);
        else if (v[ADAPTER_PARENT_FABRIC])
            g_string_append_printf(buf, " parent_fabric_wwn='%s'", v[ADAPTER_PARENT_FABRIC]);
        g_string_append_printf(buf, " wwnn='%s' wwpn='%s'/>\n", v[ADAPTER_WWNN], v[ADAPTER_WWPN]);
    } else if (v[ADAPTER_NAME]) {
        g_string_append_printf(buf, "    <adapter type='scsi_host' name='%s'/>\n", v[ADAPTER_NAME]);
    }
    if (v[AUTH_TYPE] && v[AUTH_USER] && (v[SECRET_USAGE] || v[SECRET_UUID])) {
        g_string_append_printf(buf, "    <auth type='%s' username='%s'>\n", v[AUTH_TYPE],
                               v[AUTH_USER]);
        if (v[SECRET_USAGE])
            g_string_append_printf(buf, "      <secret usage='%s'/>\n", v[SECRET_USAGE]);
        else
            g_string_append_printf(buf, "      <secret uuid='%s'/>\n", v[SECRET_UUID]);
        g_string_append(buf, "    </auth>\n");
    }
}


/* The <source> element, when any source option was given. */
static void
modvirtPoolXMLSource(GString *buf, const char *const *v)
{
    if (!v[SRC_HOST] && !v[SRC_PATH] && !v[SRC_DEV] && !v[SRC_INITIATOR] && !v[SRC_FORMAT] &&
        !v[SRC_NAME] && !(v[ADAPTER_WWNN] && v[ADAPTER_WWPN]) && !v[ADAPTER_NAME])
        return;
    g_string_append(buf, "  <source>\n");
    if (v[SRC_HOST])
        g_string_append_printf(buf, "    <host name='%s'/>\n", v[SRC_HOST]);
    if (v[SRC_PATH])
        g_string_append_printf(buf, "    <dir path='%s'/>\n", v[SRC_PATH]);
    if (v[SRC_DEV])
        g_string_append_printf(buf, "    <device path='%s'/>\n", v[SRC_DEV]);
    if (v[SRC_INITIATOR])
        g_string_append_printf(buf, "    <initiator>\n      <iqn name='%s'/>\n    </initiator>\n",
                               v[SRC_INITIATOR]);
    modvirtPoolXMLAdapterAuth(buf, v);
    if (v[SRC_FORMAT])
        g_string_append_printf(buf, "    <format type='%s'/>\n", v[SRC_FORMAT]);
    if (v[SRC_NAME])
        g_string_append_printf(buf, "    <name>%s</name>\n", v[SRC_NAME]);
    if (v[PROTO_VER])
        g_string_append_printf(buf, "    <protocol ver='%s'/>\n", v[PROTO_VER]);
    g_string_append(buf, "  </source>\n");
}


/* The pool XML pool-create-as and pool-define-as build; NULL with the error printed. */
static char *
modvirtPoolBuildXML(vshControl *ctl, const vshCmd *cmd, const char **name)
{
    const char *v[POOL_X_LAST] = { NULL };
    GString *buf;
    size_t i;

    if (vshExclusiveOptions(ctl, cmd, "secret-usage", "secret-uuid") < 0)
        return NULL;
    for (i = 0; modvirtPoolXOpts[i]; i++) {
        if (vshCommandOptStringReq(ctl, cmd, modvirtPoolXOpts[i], &v[i]) < 0)
            return NULL;
    }
    buf = g_string_new(NULL);
    g_string_append_printf(buf, "<pool type='%s'>\n", v[POOL_TYPE]);
    g_string_append_printf(buf, "  <name>%s</name>\n", v[POOL_NAME]);
    modvirtPoolXMLSource(buf, v);
    if (v[TARGET])
        g_string_append_printf(buf, "  <target>\n    <path>%s</path>\n  </target>\n", v[TARGET]);
    g_string_append(buf, "</pool>\n");
    *name = v[POOL_NAME];
    return g_string_free(buf, FALSE);
}

static const vshCmdInfo infoPoolCreateAs = {
    .help = N_("create a pool from a set of args"),
    .desc = N_("Create a pool."),
};

static const vshCmdOptDef optsPoolCreateAs[] = {
    { .name = "name", .type = VSH_OT_DATA, .flags = VSH_OFLAG_REQ, .help = N_("name of the pool") },
    { .name = "type", .type = VSH_OT_DATA, .flags = VSH_OFLAG_REQ, .help = N_("type of the pool") },
    { .name = "print-xml",
      .type = VSH_OT_BOOL,
      .help = N_("print XML document, but don't define/create") },
    { .name = "source-host",
      .type = VSH_OT_STRING,
      .help = N_("source-host for underlying storage") },
    { .name = "source-path",
      .type = VSH_OT_STRING,
      .help = N_("source path for underlying storage") },
    { .name = "source-dev",
      .type = VSH_OT_STRING,
      .help = N_("source device for underlying storage") },
    { .name = "source-name",
      .type = VSH_OT_STRING,
      .help = N_("source name for underlying storage") },
    { .name = "target", .type = VSH_OT_STRING, .help = N_("target for underlying storage") },
    { .name = "source-format", .type = VSH_OT_STRING, .help = N_("format for underlying storage") },
    { .name = "auth-type",
      .type = VSH_OT_STRING,
      .help = N_("auth type to be used for underlying storage") },
    { .name = "auth-username",
      .type = VSH_OT_STRING,
      .help = N_("auth username to be used for underlying storage") },
    { .name = "secret-usage",
      .type = VSH_OT_STRING,
      .help = N_("auth secret usage to be used for underlying storage") },
    { .name = "secret-uuid",
      .type = VSH_OT_STRING,
      .help = N_("auth secret UUID to be used for underlying storage") },
    { .name = "adapter-name",
      .type = VSH_OT_STRING,
      .help = N_("adapter name to be used for underlying storage") },
    { .name = "adapter-wwnn",
      .type = VSH_OT_STRING,
      .help = N_("adapter wwnn to be used for underlying storage") },
    { .name = "adapter-wwpn",
      .type = VSH_OT_STRING,
      .help = N_("adapter wwpn to be used for underlying storage") },
    { .name = "adapter-parent",
      .type = VSH_OT_STRING,
      .help = N_("adapter parent scsi_hostN to be used for underlying vHBA storage") },
    { .name = "adapter-parent-wwnn",
      .type = VSH_OT_STRING,
      .help = N_("adapter parent scsi_hostN wwnn to be used for underlying vHBA storage") },
    { .name = "adapter-parent-wwpn",
      .type = VSH_OT_STRING,
      .help = N_("adapter parent scsi_hostN wwpn to be used for underlying vHBA storage") },
    { .name = "adapter-parent-fabric-wwn",
      .type = VSH_OT_STRING,
      .help = N_("adapter parent scsi_hostN fabric_wwn to be used for underlying vHBA storage") },
    { .name = "source-protocol-ver",
      .type = VSH_OT_STRING,
      .help = N_("nfsvers value for NFS pool mount option") },
    { .name = "source-initiator",
      .type = VSH_OT_STRING,
      .help = N_("initiator iqn for underlying storage") },
    { .name = "build", .type = VSH_OT_BOOL, .help = N_("build the pool as normal") },
    { .name = "no-overwrite",
      .type = VSH_OT_BOOL,
      .help = N_("do not overwrite any existing data") },
    { .name = "overwrite", .type = VSH_OT_BOOL, .help = N_("overwrite any existing data") },
    { .name = NULL }
};


static bool
cmdPoolCreateAs(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStoragePool) pool = NULL;
    g_autofree char *xml = NULL;
    const char *name = NULL;
    int flags;

    if ((flags = modvirtPoolCreateFlags(ctl, cmd)) < 0)
        return false;
    if (!(xml = modvirtPoolBuildXML(ctl, cmd, &name)))
        return false;
    if (vshCommandOptBool(cmd, "print-xml")) {
        vshPrint(ctl, "%s", xml);
        return true;
    }
    if (!(pool = virStoragePoolCreateXML(modvirtConn(ctl), xml, flags))) {
        vshError(ctl, _("Failed to create pool %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Pool %s created\n"), name);
    return true;
}

const vshCmdDef modvirtCmdPoolCreateAs = {
    .name = "pool-create-as",
    .handler = cmdPoolCreateAs,
    .opts = optsPoolCreateAs,
    .info = &infoPoolCreateAs,
};

static const vshCmdInfo infoPoolDefine = {
    .help = N_(
        "define an inactive persistent storage pool or modify an existing persistent one from an XML file"),
    .desc = N_("Define or modify a persistent storage pool."),
};

static const vshCmdOptDef optsPoolDefine[] = {
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("file containing an XML pool description") },
    { .name = "validate", .type = VSH_OT_BOOL, .help = N_("validate the XML against the schema") },
    { .name = NULL }
};


static bool
cmdPoolDefine(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStoragePool) pool = NULL;
    g_autofree char *buffer = NULL;
    const char *from = NULL;
    unsigned int flags = 0;

    if (vshCommandOptStringReq(ctl, cmd, "file", &from) < 0)
        return false;
    if (vshCommandOptBool(cmd, "validate"))
        flags |= VIR_STORAGE_POOL_DEFINE_VALIDATE;
    if (!(buffer = modvirtReadFile(ctl, from)))
        return false;
    if (!(pool = virStoragePoolDefineXML(modvirtConn(ctl), buffer, flags))) {
        vshError(ctl, _("Failed to define pool from %s"), from);
        return false;
    }
    vshPrintExtra(ctl, _("Pool %s defined from %s\n"), virStoragePoolGetName(pool), from);
    return true;
}

const vshCmdDef modvirtCmdPoolDefine = {
    .name = "pool-define",
    .handler = cmdPoolDefine,
    .opts = optsPoolDefine,
    .info = &infoPoolDefine,
};

static const vshCmdInfo infoPoolDefineAs = {
    .help = N_("define a pool from a set of args"),
    .desc = N_("Define a pool."),
};

static const vshCmdOptDef optsPoolDefineAs[] = {
    { .name = "name", .type = VSH_OT_DATA, .flags = VSH_OFLAG_REQ, .help = N_("name of the pool") },
    { .name = "type", .type = VSH_OT_DATA, .flags = VSH_OFLAG_REQ, .help = N_("type of the pool") },
    { .name = "print-xml",
      .type = VSH_OT_BOOL,
      .help = N_("print XML document, but don't define/create") },
    { .name = "source-host",
      .type = VSH_OT_STRING,
      .help = N_("source-host for underlying storage") },
    { .name = "source-path",
      .type = VSH_OT_STRING,
      .help = N_("source path for underlying storage") },
    { .name = "source-dev",
      .type = VSH_OT_STRING,
      .help = N_("source device for underlying storage") },
    { .name = "source-name",
      .type = VSH_OT_STRING,
      .help = N_("source name for underlying storage") },
    { .name = "target", .type = VSH_OT_STRING, .help = N_("target for underlying storage") },
    { .name = "source-format", .type = VSH_OT_STRING, .help = N_("format for underlying storage") },
    { .name = "auth-type",
      .type = VSH_OT_STRING,
      .help = N_("auth type to be used for underlying storage") },
    { .name = "auth-username",
      .type = VSH_OT_STRING,
      .help = N_("auth username to be used for underlying storage") },
    { .name = "secret-usage",
      .type = VSH_OT_STRING,
      .help = N_("auth secret usage to be used for underlying storage") },
    { .name = "secret-uuid",
      .type = VSH_OT_STRING,
      .help = N_("auth secret UUID to be used for underlying storage") },
    { .name = "adapter-name",
      .type = VSH_OT_STRING,
      .help = N_("adapter name to be used for underlying storage") },
    { .name = "adapter-wwnn",
      .type = VSH_OT_STRING,
      .help = N_("adapter wwnn to be used for underlying storage") },
    { .name = "adapter-wwpn",
      .type = VSH_OT_STRING,
      .help = N_("adapter wwpn to be used for underlying storage") },
    { .name = "adapter-parent",
      .type = VSH_OT_STRING,
      .help = N_("adapter parent scsi_hostN to be used for underlying vHBA storage") },
    { .name = "adapter-parent-wwnn",
      .type = VSH_OT_STRING,
      .help = N_("adapter parent scsi_hostN wwnn to be used for underlying vHBA storage") },
    { .name = "adapter-parent-wwpn",
      .type = VSH_OT_STRING,
      .help = N_("adapter parent scsi_hostN wwpn to be used for underlying vHBA storage") },
    { .name = "adapter-parent-fabric-wwn",
      .type = VSH_OT_STRING,
      .help = N_("adapter parent scsi_hostN fabric_wwn to be used for underlying vHBA storage") },
    { .name = "source-protocol-ver",
      .type = VSH_OT_STRING,
      .help = N_("nfsvers value for NFS pool mount option") },
    { .name = "source-initiator",
      .type = VSH_OT_STRING,
      .help = N_("initiator iqn for underlying storage") },
    { .name = NULL }
};


static bool
cmdPoolDefineAs(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStoragePool) pool = NULL;
    g_autofree char *xml = NULL;
    const char *name = NULL;

    if (!(xml = modvirtPoolBuildXML(ctl, cmd, &name)))
        return false;
    if (vshCommandOptBool(cmd, "print-xml")) {
        vshPrint(ctl, "%s", xml);
        return true;
    }
    if (!(pool = virStoragePoolDefineXML(modvirtConn(ctl), xml, 0))) {
        vshError(ctl, _("Failed to define pool %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Pool %s defined\n"), name);
    return true;
}

const vshCmdDef modvirtCmdPoolDefineAs = {
    .name = "pool-define-as",
    .handler = cmdPoolDefineAs,
    .opts = optsPoolDefineAs,
    .info = &infoPoolDefineAs,
};

static const vshCmdInfo infoPoolBuild = {
    .help = N_("build a pool"),
    .desc = N_("Build a given pool."),
};

static const vshCmdOptDef optsPoolBuild[] = {
    { .name = "pool",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("pool name or uuid") },
    { .name = "no-overwrite",
      .type = VSH_OT_BOOL,
      .help = N_("do not overwrite any existing data") },
    { .name = "overwrite", .type = VSH_OT_BOOL, .help = N_("overwrite any existing data") },
    { .name = NULL }
};


static bool
cmdPoolBuild(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStoragePool) pool = NULL;
    const char *name = NULL;
    unsigned int flags = 0;

    if (!(pool = modvirtCommandOptPool(ctl, cmd, &name)))
        return false;
    if (vshCommandOptBool(cmd, "no-overwrite"))
        flags |= VIR_STORAGE_POOL_BUILD_NO_OVERWRITE;
    if (vshCommandOptBool(cmd, "overwrite"))
        flags |= VIR_STORAGE_POOL_BUILD_OVERWRITE;
    if (virStoragePoolBuild(pool, flags) != 0) {
        vshError(ctl, _("Failed to build pool %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Pool %s built\n"), name);
    return true;
}

const vshCmdDef modvirtCmdPoolBuild = {
    .name = "pool-build",
    .handler = cmdPoolBuild,
    .opts = optsPoolBuild,
    .info = &infoPoolBuild,
};

static const vshCmdInfo infoPoolDestroy = {
    .help = N_("destroy (stop) a pool"),
    .desc = N_("Forcefully stop a given pool. Raw data in the pool is untouched"),
};

static const vshCmdOptDef optsPoolDestroy[] = { { .name = "pool",
                                                  .type = VSH_OT_DATA,
                                                  .flags = VSH_OFLAG_REQ,
                                                  .help = N_("pool name or uuid") },
                                                { .name = NULL } };


static bool
cmdPoolDestroy(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStoragePool) pool = NULL;
    const char *name = NULL;

    if (!(pool = modvirtCommandOptPool(ctl, cmd, &name)))
        return false;
    if (virStoragePoolDestroy(pool) != 0) {
        vshError(ctl, _("Failed to destroy pool %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Pool %s destroyed\n"), name);
    return true;
}

const vshCmdDef modvirtCmdPoolDestroy = {
    .name = "pool-destroy",
    .handler = cmdPoolDestroy,
    .opts = optsPoolDestroy,
    .info = &infoPoolDestroy,
};

static const vshCmdInfo infoPoolDelete = {
    .help = N_("delete a pool"),
    .desc = N_("Delete a given pool."),
};

static const vshCmdOptDef optsPoolDelete[] = { { .name = "pool",
                                                 .type = VSH_OT_DATA,
                                                 .flags = VSH_OFLAG_REQ,
                                                 .help = N_("pool name or uuid") },
                                               { .name = NULL } };


static bool
cmdPoolDelete(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStoragePool) pool = NULL;
    const char *name = NULL;

    if (!(pool = modvirtCommandOptPool(ctl, cmd, &name)))
        return false;
    if (virStoragePoolDelete(pool, 0) != 0) {
        vshError(ctl, _("Failed to delete pool %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Pool %s deleted\n"), name);
    return true;
}

const vshCmdDef modvirtCmdPoolDelete = {
    .name = "pool-delete",
    .handler = cmdPoolDelete,
    .opts = optsPoolDelete,
    .info = &infoPoolDelete,
};

static const vshCmdInfo infoPoolRefresh = {
    .help = N_("refresh a pool"),
    .desc = N_("Refresh a given pool."),
};

static const vshCmdOptDef optsPoolRefresh[] = { { .name = "pool",
                                                  .type = VSH_OT_DATA,
                                                  .flags = VSH_OFLAG_REQ,
                                                  .help = N_("pool name or uuid") },
                                                { .name = NULL } };


static bool
cmdPoolRefresh(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStoragePool) pool = NULL;
    const char *name = NULL;

    if (!(pool = modvirtCommandOptPool(ctl, cmd, &name)))
        return false;
    if (virStoragePoolRefresh(pool, 0) != 0) {
        vshError(ctl, _("Failed to refresh pool %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Pool %s refreshed\n"), name);
    return true;
}

const vshCmdDef modvirtCmdPoolRefresh = {
    .name = "pool-refresh",
    .handler = cmdPoolRefresh,
    .opts = optsPoolRefresh,
    .info = &infoPoolRefresh,
};

static const vshCmdInfo infoPoolDumpxml = {
    .help = N_("pool information in XML"),
    .desc = N_("Output the pool information as an XML dump to stdout."),
};

static const vshCmdOptDef optsPoolDumpxml[] = {
    { .name = "pool",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("pool name or uuid") },
    { .name = "inactive", .type = VSH_OT_BOOL, .help = N_("show inactive defined XML") },
    { .name = "xpath",
      .type = VSH_OT_STRING,
      .flags = VSH_OFLAG_REQ_OPT,
      .help = N_("xpath expression to filter the XML document") },
    { .name = "wrap",
      .type = VSH_OT_BOOL,
      .help = N_("wrap xpath results in an common root element") },
    { .name = NULL }
};


static bool
cmdPoolDumpxml(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStoragePool) pool = NULL;
    g_autofree char *xml = NULL;
    const char *xpath = NULL;
    unsigned int flags = 0;

    if (vshCommandOptBool(cmd, "inactive"))
        flags |= VIR_STORAGE_XML_INACTIVE;
    if (!(pool = modvirtCommandOptPool(ctl, cmd, NULL)))
        return false;
    if (vshCommandOptStringQuiet(ctl, cmd, "xpath", &xpath) < 0)
        return false;
    if (!(xml = virStoragePoolGetXMLDesc(pool, flags)))
        return false;
    return modvirtDumpXML(ctl, xml, xpath, vshCommandOptBool(cmd, "wrap"));
}

const vshCmdDef modvirtCmdPoolDumpxml = {
    .name = "pool-dumpxml",
    .handler = cmdPoolDumpxml,
    .opts = optsPoolDumpxml,
    .info = &infoPoolDumpxml,
};


const char *
modvirtPoolStateToString(int state)
{
    static const char *const names[] = {
        N_("inactive"), N_("building"), N_("running"), N_("degraded"), N_("inaccessible"),
    };

    if (state < 0 || state >= (int)G_N_ELEMENTS(names))
        return _("unknown");
    return _(names[state]);
}


/* The capacity lines of pool-info, in bytes or scaled. */
static void
modvirtPoolInfoSizes(vshControl *ctl, const virStoragePoolInfo *info, bool bytes)
{
    const char *unit;
    double val;

    if (bytes) {
        vshPrint(ctl, "%-15s %llu\n", _("Capacity:"), info->capacity);
        vshPrint(ctl, "%-15s %llu\n", _("Allocation:"), info->allocation);
        vshPrint(ctl, "%-15s %llu\n", _("Available:"), info->available);
        return;
    }
    val = vshPrettyCapacity(info->capacity, &unit);
    vshPrint(ctl, "%-15s %2.2lf %s\n", _("Capacity:"), val, unit);
    val = vshPrettyCapacity(info->allocation, &unit);
    vshPrint(ctl, "%-15s %2.2lf %s\n", _("Allocation:"), val, unit);
    val = vshPrettyCapacity(info->available, &unit);
    vshPrint(ctl, "%-15s %2.2lf %s\n", _("Available:"), val, unit);
}

static const vshCmdInfo infoPoolInfo = {
    .help = N_("storage pool information"),
    .desc = N_("Returns basic information about the storage pool."),
};

static const vshCmdOptDef optsPoolInfo[] = {
    { .name = "pool",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("pool name or uuid") },
    { .name = "bytes", .type = VSH_OT_BOOL, .help = N_("Return pool info in bytes") },
    { .name = NULL }
};


static bool
cmdPoolInfo(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStoragePool) pool = NULL;
    char uuid[VIR_UUID_STRING_BUFLEN];
    virStoragePoolInfo info;
    int persistent;
    int autostart = 0;

    if (!(pool = modvirtCommandOptPool(ctl, cmd, NULL)))
        return false;
    vshPrint(ctl, "%-15s %s\n", _("Name:"), virStoragePoolGetName(pool));
    if (virStoragePoolGetUUIDString(pool, uuid) == 0)
        vshPrint(ctl, "%-15s %s\n", _("UUID:"), uuid);
    if (virStoragePoolGetInfo(pool, &info) != 0)
        return false;

    vshPrint(ctl, "%-15s %s\n", _("State:"), modvirtPoolStateToString(info.state));
    persistent = virStoragePoolIsPersistent(pool);
    if (persistent < 0)
        vshPrint(ctl, "%-15s %s\n", _("Persistent:"), _("unknown"));
    else
        vshPrint(ctl, "%-15s %s\n", _("Persistent:"), persistent ? _("yes") : _("no"));
    if (virStoragePoolGetAutostart(pool, &autostart) < 0)
        vshPrint(ctl, "%-15s %s\n", _("Autostart:"), _("no autostart"));
    else
        vshPrint(ctl, "%-15s %s\n", _("Autostart:"), autostart ? _("yes") : _("no"));
    if (info.state == VIR_STORAGE_POOL_RUNNING || info.state == VIR_STORAGE_POOL_DEGRADED)
        modvirtPoolInfoSizes(ctl, &info, vshCommandOptBool(cmd, "bytes"));
    return true;
}

const vshCmdDef modvirtCmdPoolInfo = {
    .name = "pool-info",
    .handler = cmdPoolInfo,
    .opts = optsPoolInfo,
    .info = &infoPoolInfo,
};

static const vshCmdInfo infoPoolName = {
    .help = N_("convert a pool UUID to pool name"),
    .desc = "",
};

static const vshCmdOptDef optsPoolName[] = { { .name = "pool",
                                               .type = VSH_OT_DATA,
                                               .flags = VSH_OFLAG_REQ,
                                               .help = N_("pool name or uuid") },
                                             { .name = NULL } };


static bool
cmdPoolName(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStoragePool) pool = NULL;

    if (!(pool = modvirtCommandOptPoolBy(ctl, cmd, "pool", NULL, MODVIRT_BYUUID)))
        return false;
    vshPrint(ctl, "%s\n", virStoragePoolGetName(pool));
    return true;
}

const vshCmdDef modvirtCmdPoolName = {
    .name = "pool-name",
    .handler = cmdPoolName,
    .opts = optsPoolName,
    .info = &infoPoolName,
};

static const vshCmdInfo infoPoolStart = {
    .help = N_("start a (previously defined) inactive pool"),
    .desc = N_("Start a pool."),
};

static const vshCmdOptDef optsPoolStart[] = {
    { .name = "pool",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("pool name or uuid") },
    { .name = "build", .type = VSH_OT_BOOL, .help = N_("build the pool as normal") },
    { .name = "no-overwrite",
      .type = VSH_OT_BOOL,
      .help = N_("do not overwrite any existing data") },
    { .name = "overwrite", .type = VSH_OT_BOOL, .help = N_("overwrite any existing data") },
    { .name = NULL }
};


static bool
cmdPoolStart(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStoragePool) pool = NULL;
    const char *name = NULL;
    int flags;

    if (!(pool = modvirtCommandOptPool(ctl, cmd, &name)))
        return false;
    if ((flags = modvirtPoolCreateFlags(ctl, cmd)) < 0)
        return false;
    if (virStoragePoolCreate(pool, flags) != 0) {
        vshError(ctl, _("Failed to start pool %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Pool %s started\n"), name);
    return true;
}

const vshCmdDef modvirtCmdPoolStart = {
    .name = "pool-start",
    .handler = cmdPoolStart,
    .opts = optsPoolStart,
    .info = &infoPoolStart,
};

static const vshCmdInfo infoPoolUndefine = {
    .help = N_("undefine an inactive pool"),
    .desc = N_("Undefine the configuration for an inactive pool."),
};

static const vshCmdOptDef optsPoolUndefine[] = { { .name = "pool",
                                                   .type = VSH_OT_DATA,
                                                   .flags = VSH_OFLAG_REQ,
                                                   .help = N_("pool name or uuid") },
                                                 { .name = NULL } };


static bool
cmdPoolUndefine(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStoragePool) pool = NULL;
    const char *name = NULL;

    if (!(pool = modvirtCommandOptPool(ctl, cmd, &name)))
        return false;
    if (virStoragePoolUndefine(pool) != 0) {
        vshError(ctl, _("Failed to undefine pool %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Pool %s has been undefined\n"), name);
    return true;
}

const vshCmdDef modvirtCmdPoolUndefine = {
    .name = "pool-undefine",
    .handler = cmdPoolUndefine,
    .opts = optsPoolUndefine,
    .info = &infoPoolUndefine,
};

static const vshCmdInfo infoPoolUuid = {
    .help = N_("convert a pool name to pool UUID"),
    .desc = "",
};

static const vshCmdOptDef optsPoolUuid[] = { { .name = "pool",
                                               .type = VSH_OT_DATA,
                                               .flags = VSH_OFLAG_REQ,
                                               .help = N_("pool name or uuid") },
                                             { .name = NULL } };


static bool
cmdPoolUuid(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStoragePool) pool = NULL;
    char uuid[VIR_UUID_STRING_BUFLEN];

    if (!(pool = modvirtCommandOptPoolBy(ctl, cmd, "pool", NULL, MODVIRT_BYNAME)))
        return false;
    if (virStoragePoolGetUUIDString(pool, uuid) != -1)
        vshPrint(ctl, "%s\n", uuid);
    else
        vshError(ctl, "%s", _("failed to get pool UUID"));
    return true;
}

const vshCmdDef modvirtCmdPoolUuid = {
    .name = "pool-uuid",
    .handler = cmdPoolUuid,
    .opts = optsPoolUuid,
    .info = &infoPoolUuid,
};
