/*
 * modvirt-domain-monitor.c: inspecting domains: list, dominfo, domstate,
 * domid, domname, domuuid
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <limits.h>
#include <stdlib.h>

#include "internal.h"
#include "modvirt.h"
#include "vshtable.h"

static const vshCmdInfo infoDominfo = {
    .help = N_("domain information"),
    .desc = N_("Returns basic information about the domain."),
};

static const vshCmdOptDef optsDominfo[] = { { .name = "domain",
                                              .type = VSH_OT_DATA,
                                              .flags = VSH_OFLAG_REQ,
                                              .help = N_("domain name, id or uuid") },
                                            { .name = NULL } };


/* The security model lines; false when the host's model cannot be read. */
static bool
modvirtDominfoSecurity(vshControl *ctl, virDomainPtr dom)
{
    virSecurityModel secmodel = { 0 };
    g_autofree virSecurityLabel *seclabel = NULL;

    if (virNodeGetSecurityModel(modvirtConn(ctl), &secmodel) < 0) {
        if (virGetLastErrorCode() != VIR_ERR_NO_SUPPORT)
            return false;
        modvirtResetError(ctl);
        return true;
    }
    if (secmodel.model[0] == '\0')
        return true;
    vshPrint(ctl, "%-15s %s\n", _("Security model:"), secmodel.model);
    vshPrint(ctl, "%-15s %s\n", _("Security DOI:"), secmodel.doi);
    seclabel = g_new0(virSecurityLabel, 1);
    if (virDomainGetSecurityLabel(dom, seclabel) < 0)
        return false;
    if (seclabel->label[0] != '\0')
        vshPrint(ctl, "%-15s %s (%s)\n", _("Security label:"), seclabel->label,
                 seclabel->enforcing ? "enforcing" : "permissive");
    return true;
}


/* The lines from virDomainGetInfo; false if it fails. */
static bool
modvirtDominfoInfo(vshControl *ctl, virDomainPtr dom)
{
    virDomainInfo info;

    if (virDomainGetInfo(dom, &info) < 0)
        return false;
    vshPrint(ctl, "%-15s %s\n", _("State:"), modvirtDomainStateToString(info.state));
    vshPrint(ctl, "%-15s %d\n", _("CPU(s):"), info.nrVirtCpu);
    if (info.cpuTime != 0)
        vshPrint(ctl, "%-15s %.1lfs\n", _("CPU time:"), info.cpuTime / 1000000000.0);
    if (info.maxMem != UINT_MAX)
        vshPrint(ctl, "%-15s %lu KiB\n", _("Max memory:"), info.maxMem);
    else
        vshPrint(ctl, "%-15s %s\n", _("Max memory:"), _("no limit"));
    vshPrint(ctl, "%-15s %lu KiB\n", _("Used memory:"), info.memory);
    return true;
}


static bool
cmdDominfo(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    char uuid[VIR_UUID_STRING_BUFLEN];
    g_autofree char *ostype = NULL;
    char **messages = NULL;
    unsigned int id;
    int persistent;
    int autostart;
    int managed;
    bool ret;
    int n;
    int i;

    if (!(dom = modvirtCommandOptDomain(ctl, cmd, NULL)))
        return false;

    id = virDomainGetID(dom);
    if (id == (unsigned int)-1)
        vshPrint(ctl, "%-15s %s\n", _("Id:"), "-");
    else
        vshPrint(ctl, "%-15s %d\n", _("Id:"), id);
    vshPrint(ctl, "%-15s %s\n", _("Name:"), virDomainGetName(dom));
    if (virDomainGetUUIDString(dom, uuid) == 0)
        vshPrint(ctl, "%-15s %s\n", _("UUID:"), uuid);
    if ((ostype = virDomainGetOSType(dom)))
        vshPrint(ctl, "%-15s %s\n", _("OS Type:"), ostype);
    ret = modvirtDominfoInfo(ctl, dom);

    persistent = virDomainIsPersistent(dom);
    if (persistent < 0)
        vshPrint(ctl, "%-15s %s\n", _("Persistent:"), _("unknown"));
    else
        vshPrint(ctl, "%-15s %s\n", _("Persistent:"), persistent ? _("yes") : _("no"));
    if (virDomainGetAutostart(dom, &autostart) == 0)
        vshPrint(ctl, "%-15s %s\n", _("Autostart:"), autostart ? _("enable") : _("disable"));
    managed = virDomainHasManagedSaveImage(dom, 0);
    if (managed < 0)
        vshPrint(ctl, "%-15s %s\n", _("Managed save:"), _("unknown"));
    else
        vshPrint(ctl, "%-15s %s\n", _("Managed save:"), managed ? _("yes") : _("no"));

    if (!modvirtDominfoSecurity(ctl, dom))
        return false;

    if ((n = virDomainGetMessages(dom, &messages, 0)) > 0) {
        for (i = 0; i < n; i++)
            vshPrint(ctl, "%-15s %s\n", i == 0 ? _("Messages:") : "", messages[i]);
    }
    /* malloc'ed by the library: GLib uses the system malloc. */
    g_strfreev(messages);
    return ret;
}

const vshCmdDef modvirtCmdDominfo = {
    .name = "dominfo",
    .handler = cmdDominfo,
    .opts = optsDominfo,
    .info = &infoDominfo,
};

static const vshCmdInfo infoDomstate = {
    .help = N_("domain state"),
    .desc = N_("Returns state about a domain."),
};

static const vshCmdOptDef optsDomstate[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "reason", .type = VSH_OT_BOOL, .help = N_("also print reason for the state") },
    { .name = NULL }
};


static bool
cmdDomstate(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    int reason;
    int state;

    if (!(dom = modvirtCommandOptDomain(ctl, cmd, NULL)))
        return false;
    if ((state = modvirtDomainState(ctl, dom, &reason)) < 0)
        return false;
    if (vshCommandOptBool(cmd, "reason"))
        vshPrint(ctl, "%s (%s)\n", modvirtDomainStateToString(state),
                 modvirtDomainStateReasonToString(state, reason));
    else
        vshPrint(ctl, "%s\n", modvirtDomainStateToString(state));
    return true;
}

const vshCmdDef modvirtCmdDomstate = {
    .name = "domstate",
    .handler = cmdDomstate,
    .opts = optsDomstate,
    .info = &infoDomstate,
};

static const vshCmdInfo infoDomid = {
    .help = N_("convert a domain name or UUID to domain id"),
    .desc = "",
};

static const vshCmdOptDef optsDomid[] = { { .name = "domain",
                                            .type = VSH_OT_DATA,
                                            .flags = VSH_OFLAG_REQ,
                                            .help = N_("domain name or uuid") },
                                          { .name = NULL } };


static bool
cmdDomid(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    unsigned int id;

    if (!(dom = modvirtCommandOptDomainBy(ctl, cmd, NULL, MODVIRT_BYNAME | MODVIRT_BYUUID)))
        return false;
    id = virDomainGetID(dom);
    if (id == (unsigned int)-1)
        vshPrint(ctl, "%s\n", "-");
    else
        vshPrint(ctl, "%d\n", id);
    return true;
}

const vshCmdDef modvirtCmdDomid = {
    .name = "domid",
    .handler = cmdDomid,
    .opts = optsDomid,
    .info = &infoDomid,
};

static const vshCmdInfo infoDomname = {
    .help = N_("convert a domain id or UUID to domain name"),
    .desc = "",
};

static const vshCmdOptDef optsDomname[] = { { .name = "domain",
                                              .type = VSH_OT_DATA,
                                              .flags = VSH_OFLAG_REQ,
                                              .help = N_("domain id or uuid") },
                                            { .name = NULL } };


static bool
cmdDomname(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;

    if (!(dom = modvirtCommandOptDomainBy(ctl, cmd, NULL, MODVIRT_BYID | MODVIRT_BYUUID)))
        return false;
    vshPrint(ctl, "%s\n", virDomainGetName(dom));
    return true;
}

const vshCmdDef modvirtCmdDomname = {
    .name = "domname",
    .handler = cmdDomname,
    .opts = optsDomname,
    .info = &infoDomname,
};

static const vshCmdInfo infoDomuuid = {
    .help = N_("convert a domain name or id to domain UUID"),
    .desc = "",
};

static const vshCmdOptDef optsDomuuid[] = { { .name = "domain",
                                              .type = VSH_OT_DATA,
                                              .flags = VSH_OFLAG_REQ,
                                              .help = N_("domain id or name") },
                                            { .name = NULL } };


static bool
cmdDomuuid(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    char uuid[VIR_UUID_STRING_BUFLEN];

    if (!(dom = modvirtCommandOptDomainBy(ctl, cmd, NULL, MODVIRT_BYNAME | MODVIRT_BYID)))
        return false;
    if (virDomainGetUUIDString(dom, uuid) < 0) {
        vshError(ctl, "%s", _("failed to get domain UUID"));
        return false;
    }
    vshPrint(ctl, "%s\n", uuid);
    return true;
}

const vshCmdDef modvirtCmdDomuuid = {
    .name = "domuuid",
    .handler = cmdDomuuid,
    .opts = optsDomuuid,
    .info = &infoDomuuid,
};

static const vshCmdInfo infoList = {
    .help = N_("list domains"),
    .desc = N_("Returns list of domains."),
};

static const vshCmdOptDef optsList[] = {
    { .name = "inactive", .type = VSH_OT_BOOL, .help = N_("list inactive domains") },
    { .name = "all", .type = VSH_OT_BOOL, .help = N_("list inactive & active domains") },
    { .name = "transient", .type = VSH_OT_BOOL, .help = N_("list transient domains") },
    { .name = "persistent", .type = VSH_OT_BOOL, .help = N_("list persistent domains") },
    { .name = "with-snapshot",
      .type = VSH_OT_BOOL,
      .help = N_("list domains with existing snapshot") },
    { .name = "without-snapshot",
      .type = VSH_OT_BOOL,
      .help = N_("list domains without a snapshot") },
    { .name = "with-checkpoint",
      .type = VSH_OT_BOOL,
      .help = N_("list domains with existing checkpoint") },
    { .name = "without-checkpoint",
      .type = VSH_OT_BOOL,
      .help = N_("list domains without a checkpoint") },
    { .name = "state-running", .type = VSH_OT_BOOL, .help = N_("list domains in running state") },
    { .name = "state-paused", .type = VSH_OT_BOOL, .help = N_("list domains in paused state") },
    { .name = "state-shutoff", .type = VSH_OT_BOOL, .help = N_("list domains in shutoff state") },
    { .name = "state-other", .type = VSH_OT_BOOL, .help = N_("list domains in other states") },
    { .name = "autostart", .type = VSH_OT_BOOL, .help = N_("list domains with autostart enabled") },
    { .name = "no-autostart",
      .type = VSH_OT_BOOL,
      .help = N_("list domains with autostart disabled") },
    { .name = "with-managed-save",
      .type = VSH_OT_BOOL,
      .help = N_("list domains with managed save state") },
    { .name = "without-managed-save",
      .type = VSH_OT_BOOL,
      .help = N_("list domains without managed save") },
    { .name = "uuid", .type = VSH_OT_BOOL, .help = N_("list uuid's only") },
    { .name = "name", .type = VSH_OT_BOOL, .help = N_("list domain names only") },
    { .name = "id", .type = VSH_OT_BOOL, .help = N_("list domain IDs only") },
    { .name = "table", .type = VSH_OT_BOOL, .help = N_("list table (default)") },
    { .name = "managed-save",
      .type = VSH_OT_BOOL,
      .help = N_("mark inactive domains with managed save state") },
    { .name = "title", .type = VSH_OT_BOOL, .help = N_("show domain title") },
    { .name = NULL }
};


/* Running domains by id first, then inactive ones by name. */
static int
modvirtDomainSorter(const void *a, const void *b)
{
    virDomainPtr da = *(virDomainPtr const *)a;
    virDomainPtr db = *(virDomainPtr const *)b;
    unsigned int ida = virDomainGetID(da);
    unsigned int idb = virDomainGetID(db);
    unsigned int inactive = (unsigned int)-1;

    if (ida == inactive && idb == inactive)
        return g_ascii_strcasecmp(virDomainGetName(da), virDomainGetName(db));
    if (ida != inactive && idb != inactive)
        return ida < idb ? -1 : ida > idb;
    return ida != inactive ? -1 : 1;
}


/* The filter flags of the list options. */
static unsigned int
modvirtListFlags(const vshCmd *cmd)
{
    static const struct {
        const char *name;
        unsigned int flag;
    } filters[] = {
        { "persistent", VIR_CONNECT_LIST_DOMAINS_PERSISTENT },
        { "transient", VIR_CONNECT_LIST_DOMAINS_TRANSIENT },
        { "with-managed-save", VIR_CONNECT_LIST_DOMAINS_MANAGEDSAVE },
        { "without-managed-save", VIR_CONNECT_LIST_DOMAINS_NO_MANAGEDSAVE },
        { "autostart", VIR_CONNECT_LIST_DOMAINS_AUTOSTART },
        { "no-autostart", VIR_CONNECT_LIST_DOMAINS_NO_AUTOSTART },
        { "with-snapshot", VIR_CONNECT_LIST_DOMAINS_HAS_SNAPSHOT },
        { "without-snapshot", VIR_CONNECT_LIST_DOMAINS_NO_SNAPSHOT },
        { "with-checkpoint", VIR_CONNECT_LIST_DOMAINS_HAS_CHECKPOINT },
        { "without-checkpoint", VIR_CONNECT_LIST_DOMAINS_NO_CHECKPOINT },
        { "state-running", VIR_CONNECT_LIST_DOMAINS_RUNNING },
        { "state-paused", VIR_CONNECT_LIST_DOMAINS_PAUSED },
        { "state-shutoff", VIR_CONNECT_LIST_DOMAINS_SHUTOFF },
        { "state-other", VIR_CONNECT_LIST_DOMAINS_OTHER },
    };
    unsigned int flags = VIR_CONNECT_LIST_DOMAINS_ACTIVE;
    size_t i;

    if (vshCommandOptBool(cmd, "inactive") || vshCommandOptBool(cmd, "state-shutoff"))
        flags = VIR_CONNECT_LIST_DOMAINS_INACTIVE;
    if (vshCommandOptBool(cmd, "all"))
        flags = VIR_CONNECT_LIST_DOMAINS_INACTIVE | VIR_CONNECT_LIST_DOMAINS_ACTIVE;
    for (i = 0; i < G_N_ELEMENTS(filters); i++) {
        if (vshCommandOptBool(cmd, filters[i].name))
            flags |= filters[i].flag;
    }
    return flags;
}


/* One row of the table: id, name, state (or "saved"), and maybe the title. */
static int
modvirtListRow(
    vshControl *ctl, vshTable *table, virDomainPtr dom, const char *id, bool managed, bool title)
{
    g_autofree char *desc = NULL;
    const char *stateStr;
    int state = modvirtDomainState(ctl, dom, NULL);

    /* The domain may have gone away meanwhile. */
    if (state < 0)
        return 0;
    if (managed && state == VIR_DOMAIN_SHUTOFF && virDomainHasManagedSaveImage(dom, 0) > 0)
        stateStr = _("saved");
    else
        stateStr = modvirtDomainStateToString(state);
    if (!title)
        return vshTableRowAppend(table, id, virDomainGetName(dom), stateStr, NULL);
    if (!(desc = modvirtGetDomainDescription(ctl, dom, true, 0)))
        return -1;
    return vshTableRowAppend(table, id, virDomainGetName(dom), stateStr, desc, NULL);
}


/* --uuid, --id, --name: one line per domain. Returns 0 or -1. */
static int
modvirtListPlain(
    vshControl *ctl, virDomainPtr dom, const char *id, bool optUUID, bool optID, bool optName)
{
    char uuid[VIR_UUID_STRING_BUFLEN];
    const char *sep = "";

    if (optUUID) {
        if (virDomainGetUUIDString(dom, uuid) < 0) {
            vshError(ctl, "%s", _("Failed to get domain's UUID"));
            return -1;
        }
        vshPrint(ctl, "%s", uuid);
        sep = " ";
    }
    if (optID) {
        /* With --id alone, inactive domains (no id) are left out. */
        if (g_str_equal(id, "-") && !optUUID && !optName)
            return 0;
        vshPrint(ctl, "%s%s", sep, id);
        sep = " ";
    }
    if (optName)
        vshPrint(ctl, "%s%s", sep, virDomainGetName(dom));
    vshPrint(ctl, "\n");
    return 0;
}


static void
modvirtDomainListFree(virDomainPtr *list, int n)
{
    int i;

    for (i = 0; list && i < n; i++)
        virDomainFree(list[i]);
    g_free(list); /* malloc'ed by the library: GLib uses the system malloc */
}


static bool
cmdList(vshControl *ctl, const vshCmd *cmd)
{
    bool optTitle = vshCommandOptBool(cmd, "title");
    bool optTable = vshCommandOptBool(cmd, "table");
    bool optUUID = vshCommandOptBool(cmd, "uuid");
    bool optName = vshCommandOptBool(cmd, "name");
    bool optID = vshCommandOptBool(cmd, "id");
    bool managed = vshCommandOptBool(cmd, "managed-save");
    g_autoptr(vshTable) table = NULL;
    virDomainPtr *list = NULL;
    bool ret = false;
    int n;
    int i;

    if (vshExclusiveOptions(ctl, cmd, "table", "name") < 0 ||
        vshExclusiveOptions(ctl, cmd, "table", "uuid") < 0 ||
        vshExclusiveOptions(ctl, cmd, "table", "id") < 0)
        return false;
    if (!optUUID && !optName && !optID)
        optTable = true;

    if ((n = virConnectListAllDomains(modvirtConn(ctl), &list, modvirtListFlags(cmd))) < 0) {
        vshError(ctl, "%s", _("Failed to list domains"));
        return false;
    }
    qsort(list, n, sizeof(*list), modvirtDomainSorter);

    if (optTable) {
        table = optTitle ? vshTableNew(_("Id"), _("Name"), _("State"), _("Title"), NULL)
                         : vshTableNew(_("Id"), _("Name"), _("State"), NULL);
    }
    for (i = 0; i < n; i++) {
        unsigned int id = virDomainGetID(list[i]);
        g_autofree char *idStr = id == (unsigned int)-1 ? g_strdup("-") : g_strdup_printf("%d", id);

        if (optTable && modvirtListRow(ctl, table, list[i], idStr, managed, optTitle) < 0)
            goto cleanup;
        if (!optTable && modvirtListPlain(ctl, list[i], idStr, optUUID, optID, optName) < 0)
            goto cleanup;
    }
    if (optTable)
        vshTablePrintToStdout(table, ctl);
    ret = true;

cleanup:
    modvirtDomainListFree(list, n);
    return ret;
}

const vshCmdDef modvirtCmdList = {
    .name = "list",
    .handler = cmdList,
    .opts = optsList,
    .info = &infoList,
};
