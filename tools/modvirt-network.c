/*
 * modvirt-network.c: virtual network commands (net-*)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <stdlib.h>

#include "internal.h"
#include "modvirt.h"
#include "vshtable.h"


static virNetworkPtr
modvirtCommandOptNetwork(vshControl *ctl, const vshCmd *cmd, const char **name)
{
    return modvirtCommandOptNetworkBy(ctl, cmd, name, MODVIRT_BYUUID | MODVIRT_BYNAME);
}

static const vshCmdInfo infoNetAutostart = {
    .help = N_("autostart a network"),
    .desc = N_("Configure a network to be automatically started at boot."),
};

static const vshCmdOptDef optsNetAutostart[] = {
    { .name = "network",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("network name or uuid") },
    { .name = "disable", .type = VSH_OT_BOOL, .help = N_("disable autostarting") },
    { .name = NULL }
};


static bool
cmdNetAutostart(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtNetwork) net = NULL;
    bool autostart = !vshCommandOptBool(cmd, "disable");
    const char *name = NULL;

    if (!(net = modvirtCommandOptNetwork(ctl, cmd, &name)))
        return false;
    if (virNetworkSetAutostart(net, autostart) < 0) {
        if (autostart)
            vshError(ctl, _("failed to mark network %s as autostarted"), name);
        else
            vshError(ctl, _("failed to unmark network %s as autostarted"), name);
        return false;
    }
    if (autostart)
        vshPrintExtra(ctl, _("Network %s marked as autostarted\n"), name);
    else
        vshPrintExtra(ctl, _("Network %s unmarked as autostarted\n"), name);
    return true;
}

const vshCmdDef modvirtCmdNetAutostart = {
    .name = "net-autostart",
    .handler = cmdNetAutostart,
    .opts = optsNetAutostart,
    .info = &infoNetAutostart,
};

static const vshCmdInfo infoNetCreate = {
    .help = N_("create a network from an XML file"),
    .desc = N_("Create a network."),
};

static const vshCmdOptDef optsNetCreate[] = {
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("file containing an XML network description") },
    { .name = "validate", .type = VSH_OT_BOOL, .help = N_("validate the XML against the schema") },
    { .name = NULL }
};


static bool
cmdNetCreate(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtNetwork) net = NULL;
    g_autofree char *buffer = NULL;
    const char *from = NULL;
    bool validate = vshCommandOptBool(cmd, "validate");

    if (vshCommandOptStringReq(ctl, cmd, "file", &from) < 0)
        return false;
    if (!(buffer = modvirtReadFile(ctl, from)))
        return false;
    if (validate)
        net = virNetworkCreateXMLFlags(modvirtConn(ctl), buffer, VIR_NETWORK_CREATE_VALIDATE);
    else
        net = virNetworkCreateXML(modvirtConn(ctl), buffer);
    if (!net) {
        vshError(ctl, _("Failed to create network from %s"), from);
        return false;
    }
    vshPrintExtra(ctl, _("Network %s created from %s\n"), virNetworkGetName(net), from);
    return true;
}

const vshCmdDef modvirtCmdNetCreate = {
    .name = "net-create",
    .handler = cmdNetCreate,
    .opts = optsNetCreate,
    .info = &infoNetCreate,
};

static const vshCmdInfo infoNetDefine = {
    .help = N_(
        "define an inactive persistent virtual network or modify an existing persistent one from an XML file"),
    .desc = N_("Define or modify a persistent virtual network."),
};

static const vshCmdOptDef optsNetDefine[] = {
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("file containing an XML network description") },
    { .name = "validate", .type = VSH_OT_BOOL, .help = N_("validate the XML against the schema") },
    { .name = NULL }
};


static bool
cmdNetDefine(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtNetwork) net = NULL;
    g_autofree char *buffer = NULL;
    const char *from = NULL;
    bool validate = vshCommandOptBool(cmd, "validate");

    if (vshCommandOptStringReq(ctl, cmd, "file", &from) < 0)
        return false;
    if (!(buffer = modvirtReadFile(ctl, from)))
        return false;
    if (validate)
        net = virNetworkDefineXMLFlags(modvirtConn(ctl), buffer, VIR_NETWORK_DEFINE_VALIDATE);
    else
        net = virNetworkDefineXML(modvirtConn(ctl), buffer);
    if (!net) {
        vshError(ctl, _("Failed to define network from %s"), from);
        return false;
    }
    vshPrintExtra(ctl, _("Network %s defined from %s\n"), virNetworkGetName(net), from);
    return true;
}

const vshCmdDef modvirtCmdNetDefine = {
    .name = "net-define",
    .handler = cmdNetDefine,
    .opts = optsNetDefine,
    .info = &infoNetDefine,
};

static const vshCmdInfo infoNetDestroy = {
    .help = N_("destroy (stop) a network"),
    .desc = N_("Forcefully stop a given network."),
};

static const vshCmdOptDef optsNetDestroy[] = { { .name = "network",
                                                 .type = VSH_OT_DATA,
                                                 .flags = VSH_OFLAG_REQ,
                                                 .help = N_("network name or uuid") },
                                               { .name = NULL } };


static bool
cmdNetDestroy(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtNetwork) net = NULL;
    const char *name = NULL;

    if (!(net = modvirtCommandOptNetwork(ctl, cmd, &name)))
        return false;
    if (virNetworkDestroy(net) != 0) {
        vshError(ctl, _("Failed to destroy network %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Network %s destroyed\n"), name);
    return true;
}

const vshCmdDef modvirtCmdNetDestroy = {
    .name = "net-destroy",
    .handler = cmdNetDestroy,
    .opts = optsNetDestroy,
    .info = &infoNetDestroy,
};

static const vshCmdInfo infoNetDumpxml = {
    .help = N_("network information in XML"),
    .desc = N_("Output the network information as an XML dump to stdout."),
};

static const vshCmdOptDef optsNetDumpxml[] = {
    { .name = "network",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("network name or uuid") },
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
cmdNetDumpxml(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtNetwork) net = NULL;
    g_autofree char *xml = NULL;
    const char *xpath = NULL;
    unsigned int flags = 0;

    if (!(net = modvirtCommandOptNetwork(ctl, cmd, NULL)))
        return false;
    if (vshCommandOptBool(cmd, "inactive"))
        flags |= VIR_NETWORK_XML_INACTIVE;
    if (vshCommandOptStringQuiet(ctl, cmd, "xpath", &xpath) < 0)
        return false;
    if (!(xml = virNetworkGetXMLDesc(net, flags)))
        return false;
    return modvirtDumpXML(ctl, xml, xpath, vshCommandOptBool(cmd, "wrap"));
}

const vshCmdDef modvirtCmdNetDumpxml = {
    .name = "net-dumpxml",
    .handler = cmdNetDumpxml,
    .opts = optsNetDumpxml,
    .info = &infoNetDumpxml,
};

static const vshCmdInfo infoNetInfo = {
    .help = N_("network information"),
    .desc = N_("Returns basic information about the network"),
};

static const vshCmdOptDef optsNetInfo[] = { { .name = "network",
                                              .type = VSH_OT_DATA,
                                              .flags = VSH_OFLAG_REQ,
                                              .help = N_("network name or uuid") },
                                            { .name = NULL } };


static bool
cmdNetInfo(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtNetwork) net = NULL;
    g_autofree char *bridge = NULL;
    char uuid[VIR_UUID_STRING_BUFLEN];
    int persistent;
    int autostart;
    int active;

    if (!(net = modvirtCommandOptNetwork(ctl, cmd, NULL)))
        return false;
    vshPrint(ctl, "%-15s %s\n", _("Name:"), virNetworkGetName(net));
    if (virNetworkGetUUIDString(net, uuid) == 0)
        vshPrint(ctl, "%-15s %s\n", _("UUID:"), uuid);
    if ((active = virNetworkIsActive(net)) >= 0)
        vshPrint(ctl, "%-15s %s\n", _("Active:"), active ? _("yes") : _("no"));
    persistent = virNetworkIsPersistent(net);
    if (persistent < 0)
        vshPrint(ctl, "%-15s %s\n", _("Persistent:"), _("unknown"));
    else
        vshPrint(ctl, "%-15s %s\n", _("Persistent:"), persistent ? _("yes") : _("no"));
    if (virNetworkGetAutostart(net, &autostart) < 0)
        vshPrint(ctl, "%-15s %s\n", _("Autostart:"), _("no autostart"));
    else
        vshPrint(ctl, "%-15s %s\n", _("Autostart:"), autostart ? _("yes") : _("no"));
    if ((bridge = virNetworkGetBridgeName(net)))
        vshPrint(ctl, "%-15s %s\n", _("Bridge:"), bridge);
    return true;
}

const vshCmdDef modvirtCmdNetInfo = {
    .name = "net-info",
    .handler = cmdNetInfo,
    .opts = optsNetInfo,
    .info = &infoNetInfo,
};


static int
modvirtNetworkSorter(const void *a, const void *b)
{
    virNetworkPtr na = *(virNetworkPtr const *)a;
    virNetworkPtr nb = *(virNetworkPtr const *)b;

    return g_ascii_strcasecmp(virNetworkGetName(na), virNetworkGetName(nb));
}


static unsigned int
modvirtNetListFlags(const vshCmd *cmd)
{
    unsigned int flags = VIR_CONNECT_LIST_NETWORKS_ACTIVE;

    if (vshCommandOptBool(cmd, "inactive"))
        flags = VIR_CONNECT_LIST_NETWORKS_INACTIVE;
    if (vshCommandOptBool(cmd, "all"))
        flags = VIR_CONNECT_LIST_NETWORKS_ACTIVE | VIR_CONNECT_LIST_NETWORKS_INACTIVE;
    if (vshCommandOptBool(cmd, "persistent"))
        flags |= VIR_CONNECT_LIST_NETWORKS_PERSISTENT;
    if (vshCommandOptBool(cmd, "transient"))
        flags |= VIR_CONNECT_LIST_NETWORKS_TRANSIENT;
    if (vshCommandOptBool(cmd, "autostart"))
        flags |= VIR_CONNECT_LIST_NETWORKS_AUTOSTART;
    if (vshCommandOptBool(cmd, "no-autostart"))
        flags |= VIR_CONNECT_LIST_NETWORKS_NO_AUTOSTART;
    return flags;
}


static void
modvirtNetworkListFree(virNetworkPtr *list, int n)
{
    int i;

    for (i = 0; list && i < n; i++)
        virNetworkFree(list[i]);
    g_free(list); /* malloc'ed by the library: GLib uses the system malloc */
}

static const vshCmdInfo infoNetList = {
    .help = N_("list networks"),
    .desc = N_("Returns list of networks."),
};

static const vshCmdOptDef optsNetList[] = {
    { .name = "inactive", .type = VSH_OT_BOOL, .help = N_("list inactive networks") },
    { .name = "all", .type = VSH_OT_BOOL, .help = N_("list inactive & active networks") },
    { .name = "persistent", .type = VSH_OT_BOOL, .help = N_("list persistent networks") },
    { .name = "transient", .type = VSH_OT_BOOL, .help = N_("list transient networks") },
    { .name = "autostart",
      .type = VSH_OT_BOOL,
      .help = N_("list networks with autostart enabled") },
    { .name = "no-autostart",
      .type = VSH_OT_BOOL,
      .help = N_("list networks with autostart disabled") },
    { .name = "uuid", .type = VSH_OT_BOOL, .help = N_("list uuid's only") },
    { .name = "name", .type = VSH_OT_BOOL, .help = N_("list network names only") },
    { .name = "table", .type = VSH_OT_BOOL, .help = N_("list table (default)") },
    { .name = NULL }
};


static bool
cmdNetList(vshControl *ctl, const vshCmd *cmd)
{
    bool optName = vshCommandOptBool(cmd, "name");
    bool optTable = vshCommandOptBool(cmd, "table");
    bool optUUID = vshCommandOptBool(cmd, "uuid");
    g_autoptr(vshTable) table = NULL;
    char uuid[VIR_UUID_STRING_BUFLEN];
    virNetworkPtr *list = NULL;
    bool ret = false;
    int n;
    int i;

    if (optTable + optName + optUUID > 1) {
        vshError(ctl, "%s",
                 _("Only one argument from --table, --name and --uuid may be specified."));
        return false;
    }
    if (!optUUID && !optName)
        optTable = true;
    if ((n = virConnectListAllNetworks(modvirtConn(ctl), &list, modvirtNetListFlags(cmd))) < 0) {
        vshError(ctl, "%s", _("Failed to list networks"));
        return false;
    }
    qsort(list, n, sizeof(*list), modvirtNetworkSorter);
    if (optTable)
        table = vshTableNew(_("Name"), _("State"), _("Autostart"), _("Persistent"), NULL);

    for (i = 0; i < n; i++) {
        const char *autostartStr;
        int autostart = 0;

        if (optTable) {
            if (virNetworkGetAutostart(list[i], &autostart) < 0)
                autostartStr = _("no autostart");
            else
                autostartStr = autostart ? _("yes") : _("no");
            if (vshTableRowAppend(table, virNetworkGetName(list[i]),
                                  virNetworkIsActive(list[i]) ? _("active") : _("inactive"),
                                  autostartStr,
                                  virNetworkIsPersistent(list[i]) ? _("yes") : _("no"), NULL) < 0)
                goto cleanup;
        } else if (optUUID) {
            if (virNetworkGetUUIDString(list[i], uuid) < 0) {
                vshError(ctl, "%s", _("Failed to get network's UUID"));
                goto cleanup;
            }
            vshPrint(ctl, "%s\n", uuid);
        } else {
            vshPrint(ctl, "%s\n", virNetworkGetName(list[i]));
        }
    }
    if (optTable)
        vshTablePrintToStdout(table, ctl);
    ret = true;

cleanup:
    modvirtNetworkListFree(list, n);
    return ret;
}

const vshCmdDef modvirtCmdNetList = {
    .name = "net-list",
    .handler = cmdNetList,
    .opts = optsNetList,
    .info = &infoNetList,
};

static const vshCmdInfo infoNetName = {
    .help = N_("convert a network UUID to network name"),
    .desc = "",
};

static const vshCmdOptDef optsNetName[] = {
    { .name = "network", .type = VSH_OT_DATA, .flags = VSH_OFLAG_REQ, .help = N_("network uuid") },
    { .name = NULL }
};


static bool
cmdNetName(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtNetwork) net = NULL;

    if (!(net = modvirtCommandOptNetworkBy(ctl, cmd, NULL, MODVIRT_BYUUID)))
        return false;
    vshPrint(ctl, "%s\n", virNetworkGetName(net));
    return true;
}

const vshCmdDef modvirtCmdNetName = {
    .name = "net-name",
    .handler = cmdNetName,
    .opts = optsNetName,
    .info = &infoNetName,
};

static const vshCmdInfo infoNetStart = {
    .help = N_("start a (previously defined) inactive network"),
    .desc = N_("Start a network."),
};

static const vshCmdOptDef optsNetStart[] = { { .name = "network",
                                               .type = VSH_OT_DATA,
                                               .flags = VSH_OFLAG_REQ,
                                               .help = N_("network name or uuid") },
                                             { .name = NULL } };


static bool
cmdNetStart(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtNetwork) net = NULL;
    const char *name = NULL;

    if (!(net = modvirtCommandOptNetwork(ctl, cmd, &name)))
        return false;
    if (virNetworkCreate(net) != 0) {
        vshError(ctl, _("Failed to start network %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Network %s started\n"), name);
    return true;
}

const vshCmdDef modvirtCmdNetStart = {
    .name = "net-start",
    .handler = cmdNetStart,
    .opts = optsNetStart,
    .info = &infoNetStart,
};

static const vshCmdInfo infoNetUndefine = {
    .help = N_("undefine a persistent network"),
    .desc = N_("Undefine the configuration for a persistent network."),
};

static const vshCmdOptDef optsNetUndefine[] = { { .name = "network",
                                                  .type = VSH_OT_DATA,
                                                  .flags = VSH_OFLAG_REQ,
                                                  .help = N_("network name or uuid") },
                                                { .name = NULL } };


static bool
cmdNetUndefine(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtNetwork) net = NULL;
    const char *name = NULL;

    if (!(net = modvirtCommandOptNetwork(ctl, cmd, &name)))
        return false;
    if (virNetworkUndefine(net) != 0) {
        vshError(ctl, _("Failed to undefine network %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Network %s has been undefined\n"), name);
    return true;
}

const vshCmdDef modvirtCmdNetUndefine = {
    .name = "net-undefine",
    .handler = cmdNetUndefine,
    .opts = optsNetUndefine,
    .info = &infoNetUndefine,
};


/* Index of @name in @names, or -1. */
static int
modvirtNameIndex(const char *const *names, const char *name)
{
    int i;

    for (i = 0; names[i]; i++) {
        if (g_str_equal(names[i], name))
            return i;
    }
    return -1;
}


/* The update command and section; -1 with the error printed. */
static int
modvirtNetUpdateWhat(vshControl *ctl, const vshCmd *cmd, int *command, int *section)
{
    static const char *const commands[] = {
        "none", "modify", "delete", "add-last", "add-first", NULL,
    };
    static const char *const sections[] = {
        "none",         "bridge",
        "domain",       "ip",
        "ip-dhcp-host", "ip-dhcp-range",
        "forward",      "forward-interface",
        "forward-pf",   "portgroup",
        "dns-host",     "dns-txt",
        "dns-srv",      NULL,
    };
    const char *commandStr = NULL;
    const char *sectionStr = NULL;

    if (vshCommandOptStringReq(ctl, cmd, "command", &commandStr) < 0)
        return -1;
    if (g_str_equal(commandStr, "add"))
        *command = VIR_NETWORK_UPDATE_COMMAND_ADD_LAST;
    else if ((*command = modvirtNameIndex(commands, commandStr)) <= 0) {
        vshError(ctl, _("unrecognized command name '%s'"), commandStr);
        return -1;
    }
    if (vshCommandOptStringReq(ctl, cmd, "section", &sectionStr) < 0)
        return -1;
    if ((*section = modvirtNameIndex(sections, sectionStr)) <= 0) {
        vshError(ctl, _("unrecognized section name '%s'"), sectionStr);
        return -1;
    }
    return 0;
}


/* What net-update tells it changed. */
static void
modvirtNetUpdateReport(vshControl *ctl, virNetworkPtr net, bool config, bool live)
{
    const char *name = virNetworkGetName(net);

    if (config && live)
        vshPrintExtra(ctl, _("Updated network %s persistent config and live state"), name);
    else if (config)
        vshPrintExtra(ctl, _("Updated network %s persistent config"), name);
    else if (live || virNetworkIsActive(net))
        vshPrintExtra(ctl, _("Updated network %s live state"), name);
    else
        vshPrintExtra(ctl, _("Updated network %s persistent config"), name);
}


static bool
modvirtNetUpdate(vshControl *ctl, const vshCmd *cmd, virNetworkPtr net)
{
    bool config = vshCommandOptBool(cmd, "config");
    bool live = vshCommandOptBool(cmd, "live");
    unsigned int flags = VIR_NETWORK_UPDATE_AFFECT_CURRENT;
    g_autofree char *fromFile = NULL;
    const char *xml = NULL;
    int parentIndex = -1;
    int command;
    int section;

    if (modvirtNetUpdateWhat(ctl, cmd, &command, &section) < 0)
        return false;
    if (vshCommandOptInt(ctl, cmd, "parent-index", &parentIndex) < 0)
        return false;
    /* The XML itself when it starts with '<', else a file holding it. */
    if (vshCommandOptStringReq(ctl, cmd, "xml", &xml) < 0)
        return false;
    if (*xml != '<') {
        if (!(fromFile = modvirtReadFile(ctl, xml)))
            return false;
        xml = fromFile;
    }
    if (config)
        flags |= VIR_NETWORK_UPDATE_AFFECT_CONFIG;
    if (live)
        flags |= VIR_NETWORK_UPDATE_AFFECT_LIVE;
    if (virNetworkUpdate(net, command, section, parentIndex, xml, flags) < 0) {
        vshError(ctl, _("Failed to update network %s"), virNetworkGetName(net));
        return false;
    }
    modvirtNetUpdateReport(ctl, net, config, live);
    return true;
}

static const vshCmdInfo infoNetUpdate = {
    .help = N_("update parts of an existing network's configuration"),
    .desc = "",
};

static const vshCmdOptDef optsNetUpdate[] = {
    { .name = "network",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("network name or uuid") },
    { .name = "command",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("type of update (add-first, add-last (add), delete, or modify)") },
    { .name = "section",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("which section of network configuration to update") },
    { .name = "xml",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_(
          "name of file containing xml (or, if it starts with '<', the complete xml element itself) to add/modify, or to be matched for search") },
    { .name = "parent-index",
      .type = VSH_OT_INT,
      .help = N_("which parent object to search through") },
    { .name = "config", .type = VSH_OT_BOOL, .help = N_("affect next network startup") },
    { .name = "live", .type = VSH_OT_BOOL, .help = N_("affect running network") },
    { .name = "current", .type = VSH_OT_BOOL, .help = N_("affect current state of network") },
    { .name = NULL }
};


static bool
cmdNetUpdate(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtNetwork) net = NULL;
    bool ret;

    if (vshExclusiveOptions(ctl, cmd, "current", "live") < 0 ||
        vshExclusiveOptions(ctl, cmd, "current", "config") < 0)
        return false;
    if (!(net = modvirtCommandOptNetwork(ctl, cmd, NULL)))
        return false;
    ret = modvirtNetUpdate(ctl, cmd, net);
    /* virsh reports any pending error here, even after success. */
    vshReportError(ctl);
    return ret;
}

const vshCmdDef modvirtCmdNetUpdate = {
    .name = "net-update",
    .handler = cmdNetUpdate,
    .opts = optsNetUpdate,
    .info = &infoNetUpdate,
};

static const vshCmdInfo infoNetUuid = {
    .help = N_("convert a network name to network UUID"),
    .desc = "",
};

static const vshCmdOptDef optsNetUuid[] = {
    { .name = "network", .type = VSH_OT_DATA, .flags = VSH_OFLAG_REQ, .help = N_("network name") },
    { .name = NULL }
};


static bool
cmdNetUuid(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtNetwork) net = NULL;
    char uuid[VIR_UUID_STRING_BUFLEN];

    if (!(net = modvirtCommandOptNetworkBy(ctl, cmd, NULL, MODVIRT_BYNAME)))
        return false;
    if (virNetworkGetUUIDString(net, uuid) != -1)
        vshPrint(ctl, "%s\n", uuid);
    else
        vshError(ctl, "%s", _("failed to get network UUID"));
    return true;
}

const vshCmdDef modvirtCmdNetUuid = {
    .name = "net-uuid",
    .handler = cmdNetUuid,
    .opts = optsNetUuid,
    .info = &infoNetUuid,
};


static int
modvirtLeaseSorter(const void *a, const void *b)
{
    virNetworkDHCPLeasePtr la = *(virNetworkDHCPLeasePtr const *)a;
    virNetworkDHCPLeasePtr lb = *(virNetworkDHCPLeasePtr const *)b;

    return g_ascii_strcasecmp(la->mac ? la->mac : "", lb->mac ? lb->mac : "");
}


/* One row of net-dhcp-leases. */
static int
modvirtLeaseRow(vshTable *table, virNetworkDHCPLeasePtr lease)
{
    g_autoptr(GDateTime) then = g_date_time_new_from_unix_local(lease->expirytime);
    g_autofree char *thenstr = g_date_time_format(then, "%Y-%m-%d %H:%M:%S");
    g_autofree char *cidr = g_strdup_printf("%s/%d", lease->ipaddr, lease->prefix);
    const char *typestr = NULL;

    if (lease->type == VIR_IP_ADDR_TYPE_IPV4)
        typestr = "ipv4";
    else if (lease->type == VIR_IP_ADDR_TYPE_IPV6)
        typestr = "ipv6";
    return vshTableRowAppend(table, thenstr, lease->mac ? lease->mac : "-", typestr ? typestr : "-",
                             cidr, lease->hostname ? lease->hostname : "-",
                             lease->clientid ? lease->clientid : "-", NULL);
}

static const vshCmdInfo infoNetDhcpLeases = {
    .help = N_("print lease info for a given network"),
    .desc = N_("Print lease info for a given network"),
};

static const vshCmdOptDef optsNetDhcpLeases[] = {
    { .name = "network",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("network name or uuid") },
    { .name = "mac", .type = VSH_OT_STRING, .help = N_("MAC address") },
    { .name = NULL }
};


static bool
cmdNetDhcpLeases(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtNetwork) net = NULL;
    g_autoptr(vshTable) table = NULL;
    virNetworkDHCPLeasePtr *leases = NULL;
    const char *name = NULL;
    const char *mac = NULL;
    bool ret = false;
    int n;
    int i;

    if (vshCommandOptStringReq(ctl, cmd, "mac", &mac) < 0)
        return false;
    if (!(net = modvirtCommandOptNetwork(ctl, cmd, &name)))
        return false;
    if ((n = virNetworkGetDHCPLeases(net, mac, &leases, 0)) < 0) {
        vshError(ctl, _("Failed to get leases info for %s"), name);
        return false;
    }
    qsort(leases, n, sizeof(*leases), modvirtLeaseSorter);
    table = vshTableNew(_("Expiry Time"), _("MAC address"), _("Protocol"), _("IP address"),
                        _("Hostname"), _("Client ID or DUID"), NULL);
    for (i = 0; i < n; i++) {
        if (modvirtLeaseRow(table, leases[i]) < 0)
            goto cleanup;
    }
    vshTablePrintToStdout(table, ctl);
    ret = true;

cleanup:
    for (i = 0; i < n; i++)
        virNetworkDHCPLeaseFree(leases[i]);
    g_free(leases); /* malloc'ed by the library: GLib uses the system malloc */
    return ret;
}

const vshCmdDef modvirtCmdNetDhcpLeases = {
    .name = "net-dhcp-leases",
    .handler = cmdNetDhcpLeases,
    .opts = optsNetDhcpLeases,
    .info = &infoNetDhcpLeases,
};

/* What the net-event callback shares with the command. */
typedef struct {
    vshControl *ctl;
    bool loop;
    bool timestamp;
    int count;
} modvirtNetEventData;


static void
modvirtNetEventLifecycle(virConnectPtr conn G_GNUC_UNUSED,
                         virNetworkPtr net,
                         int event,
                         int detail G_GNUC_UNUSED,
                         void *opaque)
{
    static const char *const names[] = {
        N_("Defined"),
        N_("Undefined"),
        N_("Started"),
        N_("Stopped"),
    };
    modvirtNetEventData *data = opaque;
    g_autofree char *stamp = NULL;

    if (!data->loop && data->count)
        return;
    stamp = modvirtEventTimestamp(data->timestamp);
    vshPrint(data->ctl, _("%sevent 'lifecycle' for network %s: %s\n"), stamp,
             virNetworkGetName(net),
             event >= 0 && event < (int)G_N_ELEMENTS(names) ? _(names[event]) : _("unknown"));
    data->count++;
    if (!data->loop)
        modvirtEventDone(data->ctl);
}

static const vshCmdInfo infoNetEvent = {
    .help = N_("Network Events"),
    .desc = N_("List event types, or wait for network events to occur"),
};

static const vshCmdOptDef optsNetEvent[] = {
    { .name = "network", .type = VSH_OT_STRING, .help = N_("filter by network name or uuid") },
    { .name = "event", .type = VSH_OT_STRING, .help = N_("which event type to wait for") },
    { .name = "loop",
      .type = VSH_OT_BOOL,
      .help = N_("loop until timeout or interrupt, rather than one-shot") },
    { .name = "timeout", .type = VSH_OT_INT, .help = N_("timeout seconds") },
    { .name = "list", .type = VSH_OT_BOOL, .help = N_("list valid event types") },
    { .name = "timestamp",
      .type = VSH_OT_BOOL,
      .help = N_("show timestamp for each printed event") },
    { .name = NULL }
};


/* Wait for the events; returns whether any came. */
static bool
modvirtNetEventWait(vshControl *ctl, virNetworkPtr net, modvirtNetEventData *data, int timeout)
{
    virConnectNetworkEventGenericCallback cb =
        (virConnectNetworkEventGenericCallback)(void (*)(void))modvirtNetEventLifecycle;
    bool ret = false;
    int id;

    modvirtEventStart(ctl, timeout);
    id = virConnectNetworkEventRegisterAny(modvirtConn(ctl), net, VIR_NETWORK_EVENT_ID_LIFECYCLE,
                                           cb, data, NULL);
    if (id >= 0)
        ret = modvirtEventWaitReport(ctl, &data->count);
    modvirtEventCleanup(ctl);
    if (id >= 0 && virConnectNetworkEventDeregisterAny(modvirtConn(ctl), id) < 0)
        ret = false;
    return ret;
}


static bool
cmdNetEvent(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtNetwork) net = NULL;
    modvirtNetEventData data = { ctl, false, false, 0 };
    const char *eventName = NULL;
    int timeout = 0;

    if (vshCommandOptBool(cmd, "list")) {
        vshPrint(ctl, "%s\n", "lifecycle");
        return true;
    }
    if (vshCommandOptStringReq(ctl, cmd, "event", &eventName) < 0)
        return false;
    if (!eventName) {
        vshError(ctl, "%s", _("either --list or --event <type> is required"));
        return false;
    }
    if (!g_str_equal(eventName, "lifecycle")) {
        vshError(ctl, _("unknown event type %s"), eventName);
        return false;
    }
    data.loop = vshCommandOptBool(cmd, "loop");
    data.timestamp = vshCommandOptBool(cmd, "timestamp");
    if (vshCommandOptTimeoutToMs(ctl, cmd, &timeout) < 0)
        return false;
    /* An unknown network is reported, then events of all networks are shown. */
    if (vshCommandOptBool(cmd, "network"))
        net = modvirtCommandOptNetwork(ctl, cmd, NULL);
    return modvirtNetEventWait(ctl, net, &data, timeout);
}

const vshCmdDef modvirtCmdNetEvent = {
    .name = "net-event",
    .handler = cmdNetEvent,
    .opts = optsNetEvent,
    .info = &infoNetEvent,
};
