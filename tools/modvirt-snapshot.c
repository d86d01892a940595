/*
 * modvirt-snapshot.c: domain snapshot commands: snapshot-create(-as),
 * snapshot-current, snapshot-info, snapshot-dumpxml, snapshot-parent,
 * snapshot-revert, snapshot-delete (snapshot-list is in
 * modvirt-snapshot-list.c)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "modvirt.h"


/* Create the snapshot and say so; false with the error printed or saved. */
static bool
modvirtSnapshotCreate(
    vshControl *ctl, virDomainPtr dom, const char *xml, unsigned int flags, const char *from)
{
    g_autoptr(modvirtDomainSnapshot) snap = virDomainSnapshotCreateXML(dom, xml, flags);
    const char *name;

    /* Drivers that do not know --validate: try without, unless a file was given. */
    if (!snap && virGetLastErrorCode() == VIR_ERR_NO_SUPPORT && !from) {
        flags &= ~VIR_DOMAIN_SNAPSHOT_CREATE_VALIDATE;
        snap = virDomainSnapshotCreateXML(dom, xml, flags);
    }
    if (!snap)
        return false;
    if (!(name = virDomainSnapshotGetName(snap))) {
        vshError(ctl, "%s", _("Could not get snapshot name"));
        return false;
    }
    if (from)
        vshPrintExtra(ctl, _("Domain snapshot %s created from '%s'"), name, from);
    else
        vshPrintExtra(ctl, _("Domain snapshot %s created"), name);
    return true;
}


/* The creation flags shared by snapshot-create and snapshot-create-as. */
static unsigned int
modvirtSnapshotCreateFlags(const vshCmd *cmd)
{
    static const struct {
        const char *name;
        unsigned int flag;
    } opts[] = {
        { "redefine", VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE },
        { "current", VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT },
        { "no-metadata", VIR_DOMAIN_SNAPSHOT_CREATE_NO_METADATA },
        { "halt", VIR_DOMAIN_SNAPSHOT_CREATE_HALT },
        { "disk-only", VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY },
        { "reuse-external", VIR_DOMAIN_SNAPSHOT_CREATE_REUSE_EXT },
        { "quiesce", VIR_DOMAIN_SNAPSHOT_CREATE_QUIESCE },
        { "atomic", VIR_DOMAIN_SNAPSHOT_CREATE_ATOMIC },
        { "live", VIR_DOMAIN_SNAPSHOT_CREATE_LIVE },
        { "validate", VIR_DOMAIN_SNAPSHOT_CREATE_VALIDATE },
    };
    unsigned int flags = 0;
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(opts); i++) {
        if (vshCommandOptBool(cmd, opts[i].name))
            flags |= opts[i].flag;
    }
    return flags;
}

static const vshCmdInfo infoSnapshotCreate = {
    .help = N_("Create a snapshot from XML"),
    .desc = N_("Create a snapshot (disk and RAM) from XML"),
};

static const vshCmdOptDef optsSnapshotCreate[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "xmlfile", .type = VSH_OT_STRING, .help = N_("domain snapshot XML") },
    { .name = "redefine",
      .type = VSH_OT_BOOL,
      .help = N_("redefine metadata for existing snapshot") },
    { .name = "current", .type = VSH_OT_BOOL, .help = N_("with redefine, set current snapshot") },
    { .name = "no-metadata",
      .type = VSH_OT_BOOL,
      .help = N_("take snapshot but create no metadata") },
    { .name = "halt", .type = VSH_OT_BOOL, .help = N_("halt domain after snapshot is created") },
    { .name = "disk-only", .type = VSH_OT_BOOL, .help = N_("capture disk state but not vm state") },
    { .name = "reuse-external",
      .type = VSH_OT_BOOL,
      .help = N_("reuse any existing external files") },
    { .name = "quiesce", .type = VSH_OT_BOOL, .help = N_("quiesce guest's file systems") },
    { .name = "atomic", .type = VSH_OT_BOOL, .help = N_("require atomic operation") },
    { .name = "live", .type = VSH_OT_BOOL, .help = N_("take a live snapshot") },
    { .name = "validate", .type = VSH_OT_BOOL, .help = N_("validate the XML against the schema") },
    { .name = NULL }
};


static bool
cmdSnapshotCreate(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    g_autofree char *buffer = NULL;
    unsigned int flags = modvirtSnapshotCreateFlags(cmd);
    const char *from = NULL;

    if (!(dom = modvirtCommandOptDomain(ctl, cmd, NULL)))
        return false;
    if (vshCommandOptStringReq(ctl, cmd, "xmlfile", &from) < 0)
        return false;
    if (!from)
        buffer = g_strdup("<domainsnapshot/>");
    else if (!(buffer = modvirtReadFile(ctl, from)))
        return false;
    return modvirtSnapshotCreate(ctl, dom, buffer, flags, from);
}

const vshCmdDef modvirtCmdSnapshotCreate = {
    .name = "snapshot-create",
    .handler = cmdSnapshotCreate,
    .opts = optsSnapshotCreate,
    .info = &infoSnapshotCreate,
};


/* Append an escaped attribute or element when @value is set. */
static void
modvirtAppendEscaped(GString *buf, const char *fmt, const char *value)
{
    g_autofree char *esc = NULL;

    if (!value)
        return;
    esc = vshEscapeXML(value);
    g_string_append_printf(buf, fmt, esc);
}


/* --memspec [file=]name[,snapshot=type]; -1 with the error printed. */
static int
modvirtSnapshotMemspec(vshControl *ctl, GString *buf, const char *str)
{
    g_auto(GStrv) parts = vshStringToArray(str);
    const char *snapshot = NULL;
    const char *file = NULL;
    size_t i;

    for (i = 0; parts[i]; i++) {
        if (!snapshot && g_str_has_prefix(parts[i], "snapshot=")) {
            snapshot = parts[i] + strlen("snapshot=");
        } else if (!file && g_str_has_prefix(parts[i], "file=")) {
            file = parts[i] + strlen("file=");
        } else if (!file && *parts[i] == '/') {
            file = parts[i];
        } else {
            vshError(ctl, _("unable to parse memspec: %s"), str);
            return -1;
        }
    }
    g_string_append(buf, "  <memory");
    modvirtAppendEscaped(buf, " snapshot='%s'", snapshot);
    modvirtAppendEscaped(buf, " file='%s'", file);
    g_string_append(buf, "/>\n");
    return 0;
}


/* One --diskspec disk[,snapshot=type][,driver=type][,stype=type][,file=name]. */
static int
modvirtSnapshotDiskspec(vshControl *ctl, GString *buf, const char *str)
{
    g_auto(GStrv) parts = vshStringToArray(str);
    const char *v[4] = { NULL }; /* snapshot, driver, stype, file */
    static const char *const keys[] = { "snapshot=", "driver=", "stype=", "file=" };
    size_t i;
    size_t k;

    for (i = 1; parts[i]; i++) {
        for (k = 0; k < G_N_ELEMENTS(keys); k++) {
            if (!v[k] && g_str_has_prefix(parts[i], keys[k])) {
                v[k] = parts[i] + strlen(keys[k]);
                break;
            }
        }
        if (k == G_N_ELEMENTS(keys))
            goto error;
    }
    modvirtAppendEscaped(buf, "    <disk name='%s'", parts[0]);
    if (v[0])
        g_string_append_printf(buf, " snapshot='%s'", v[0]);
    if (v[2]) {
        if (!g_str_equal(v[2], "block") && !g_str_equal(v[2], "file")) {
            vshError(ctl, _("Unknown storage type: '%s'"), v[2]);
            goto error;
        }
        g_string_append_printf(buf, " type='%s'", v[2]);
    }
    if (!v[1] && !v[3]) {
        g_string_append(buf, "/>\n");
        return 0;
    }
    g_string_append(buf, ">\n");
    if (v[1])
        g_string_append_printf(buf, "      <driver type='%s'/>\n", v[1]);
    if (v[3] && v[2] && g_str_equal(v[2], "block"))
        modvirtAppendEscaped(buf, "      <source dev='%s'/>\n", v[3]);
    else if (v[3])
        modvirtAppendEscaped(buf, "      <source file='%s'/>\n", v[3]);
    g_string_append(buf, "    </disk>\n");
    return 0;

error:
    vshError(ctl, _("unable to parse diskspec: %s"), str);
    return -1;
}


/* The snapshot XML of snapshot-create-as; NULL with the error printed. */
static char *
modvirtSnapshotBuildXML(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(GString) buf = g_string_new("<domainsnapshot>\n");
    const vshCmdOpt *opt = NULL;
    const char *name = NULL;
    const char *desc = NULL;
    const char *memspec = NULL;

    if (vshCommandOptStringReq(ctl, cmd, "name", &name) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "description", &desc) < 0)
        return NULL;
    modvirtAppendEscaped(buf, "  <name>%s</name>\n", name);
    modvirtAppendEscaped(buf, "  <description>%s</description>\n", desc);
    if (vshCommandOptStringReq(ctl, cmd, "memspec", &memspec) < 0)
        return NULL;
    if (memspec && modvirtSnapshotMemspec(ctl, buf, memspec) < 0)
        return NULL;
    if (vshCommandOptBool(cmd, "diskspec")) {
        g_string_append(buf, "  <disks>\n");
        while ((opt = vshCommandOptArgv(cmd, opt))) {
            if (modvirtSnapshotDiskspec(ctl, buf, opt->data) < 0)
                return NULL;
        }
        g_string_append(buf, "  </disks>\n");
    }
    g_string_append(buf, "</domainsnapshot>\n");
    return g_string_free(g_steal_pointer(&buf), FALSE);
}

static const vshCmdInfo infoSnapshotCreateAs = {
    .help = N_("Create a snapshot from a set of args"),
    .desc = N_("Create a snapshot (disk and RAM) from arguments"),
};

static const vshCmdOptDef optsSnapshotCreateAs[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "name", .type = VSH_OT_STRING, .help = N_("name of snapshot") },
    { .name = "description", .type = VSH_OT_STRING, .help = N_("description of snapshot") },
    { .name = "print-xml",
      .type = VSH_OT_BOOL,
      .help = N_("print XML document rather than create") },
    { .name = "no-metadata",
      .type = VSH_OT_BOOL,
      .help = N_("take snapshot but create no metadata") },
    { .name = "halt", .type = VSH_OT_BOOL, .help = N_("halt domain after snapshot is created") },
    { .name = "disk-only", .type = VSH_OT_BOOL, .help = N_("capture disk state but not vm state") },
    { .name = "reuse-external",
      .type = VSH_OT_BOOL,
      .help = N_("reuse any existing external files") },
    { .name = "quiesce", .type = VSH_OT_BOOL, .help = N_("quiesce guest's file systems") },
    { .name = "atomic", .type = VSH_OT_BOOL, .help = N_("require atomic operation") },
    { .name = "live", .type = VSH_OT_BOOL, .help = N_("take a live snapshot") },
    { .name = "validate", .type = VSH_OT_BOOL, .help = N_("validate the XML against the schema") },
    { .name = "memspec",
      .type = VSH_OT_STRING,
      .flags = VSH_OFLAG_REQ_OPT,
      .help = N_("memory attributes: [file=]name[,snapshot=type]") },
    { .name = "diskspec",
      .type = VSH_OT_ARGV,
      .help = N_("disk attributes: disk[,snapshot=type][,driver=type][,stype=type][,file=name]") },
    { .name = NULL }
};


static bool
cmdSnapshotCreateAs(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    g_autofree char *xml = NULL;
    unsigned int flags = modvirtSnapshotCreateFlags(cmd);

    if (!(dom = modvirtCommandOptDomain(ctl, cmd, NULL)))
        return false;
    if (!(xml = modvirtSnapshotBuildXML(ctl, cmd)))
        return false;
    if (vshCommandOptBool(cmd, "print-xml")) {
        vshPrint(ctl, "%s\n", xml);
        return true;
    }
    return modvirtSnapshotCreate(ctl, dom, xml, flags, NULL);
}

const vshCmdDef modvirtCmdSnapshotCreateAs = {
    .name = "snapshot-create-as",
    .handler = cmdSnapshotCreateAs,
    .opts = optsSnapshotCreateAs,
    .info = &infoSnapshotCreateAs,
};


int
modvirtLookupSnapshot(vshControl *ctl,
                      const vshCmd *cmd,
                      const char *arg,
                      bool exclusive,
                      virDomainPtr dom,
                      virDomainSnapshotPtr *snap,
                      const char **name)
{
    bool current = vshCommandOptBool(cmd, "current");
    const char *snapname = NULL;

    *snap = NULL;
    if (vshCommandOptStringReq(ctl, cmd, arg, &snapname) < 0)
        return -1;
    if (exclusive && current && snapname) {
        vshError(ctl, _("--%s and --current are mutually exclusive"), arg);
        return -1;
    }
    if (snapname) {
        *snap = virDomainSnapshotLookupByName(dom, snapname, 0);
    } else if (current) {
        *snap = virDomainSnapshotCurrent(dom, 0);
    } else {
        vshError(ctl, _("--%s or --current is required"), arg);
        return -1;
    }
    if (!*snap) {
        vshReportError(ctl);
        return -1;
    }
    *name = virDomainSnapshotGetName(*snap);
    return 0;
}


/* snapshot-current SNAPSHOTNAME: make that snapshot the current one. */
static bool
modvirtSnapshotSetCurrent(vshControl *ctl, virDomainPtr dom, const char *snapname)
{
    g_autoptr(modvirtDomainSnapshot) snap = NULL;
    g_autoptr(modvirtDomainSnapshot) snap2 = NULL;
    g_autofree char *xml = NULL;
    unsigned int flags = VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE | VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT;

    if (!(snap = virDomainSnapshotLookupByName(dom, snapname, 0)) ||
        !(xml = virDomainSnapshotGetXMLDesc(snap, VIR_DOMAIN_XML_SECURE)))
        return false;
    if (strstr(xml, "<state>disk-snapshot</state>"))
        flags |= VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY;
    if (!(snap2 = virDomainSnapshotCreateXML(dom, xml, flags)))
        return false;
    vshPrintExtra(ctl, _("Snapshot %s set as current"), snapname);
    return true;
}


/* snapshot-current without a name: show the current snapshot. */
static bool
modvirtSnapshotShowCurrent(
    vshControl *ctl, const vshCmd *cmd, virDomainPtr dom, const char *domname, unsigned int flags)
{
    g_autoptr(modvirtDomainSnapshot) snap = NULL;
    g_autofree char *xml = NULL;
    const char *name;
    int current;

    if ((current = virDomainHasCurrentSnapshot(dom, 0)) < 0)
        return false;
    if (!current) {
        vshError(ctl, _("domain '%s' has no current snapshot"), domname);
        return false;
    }
    if (!(snap = virDomainSnapshotCurrent(dom, 0)))
        return false;
    if (vshCommandOptBool(cmd, "name")) {
        if (!(name = virDomainSnapshotGetName(snap)))
            return false;
        vshPrint(ctl, "%s", name);
        return true;
    }
    if (!(xml = virDomainSnapshotGetXMLDesc(snap, flags)))
        return false;
    vshPrint(ctl, "%s", xml);
    return true;
}

static const vshCmdInfo infoSnapshotCurrent = {
    .help = N_("Get or set the current snapshot"),
    .desc = N_("Get or set the current snapshot"),
};

static const vshCmdOptDef optsSnapshotCurrent[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "name", .type = VSH_OT_BOOL, .help = N_("list the name, rather than the full xml") },
    { .name = "security-info",
      .type = VSH_OT_BOOL,
      .help = N_("include security sensitive information in XML dump") },
    { .name = "snapshotname",
      .type = VSH_OT_STRING,
      .help = N_("name of existing snapshot to make current") },
    { .name = NULL }
};


static bool
cmdSnapshotCurrent(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    const char *snapname = NULL;
    const char *domname = NULL;
    unsigned int flags = 0;
    bool ret = false;

    if (vshCommandOptBool(cmd, "security-info"))
        flags |= VIR_DOMAIN_XML_SECURE;
    if (vshExclusiveOptions(ctl, cmd, "name", "snapshotname") < 0)
        return false;
    if (!(dom = modvirtCommandOptDomain(ctl, cmd, &domname)))
        return false;
    if (vshCommandOptStringReq(ctl, cmd, "snapshotname", &snapname) == 0) {
        if (snapname)
            ret = modvirtSnapshotSetCurrent(ctl, dom, snapname);
        else
            ret = modvirtSnapshotShowCurrent(ctl, cmd, dom, domname, flags);
    }
    if (!ret)
        vshReportError(ctl);
    return ret;
}

const vshCmdDef modvirtCmdSnapshotCurrent = {
    .name = "snapshot-current",
    .handler = cmdSnapshotCurrent,
    .opts = optsSnapshotCurrent,
    .info = &infoSnapshotCurrent,
};


int
modvirtGetSnapshotParent(vshControl *ctl, virDomainSnapshotPtr snap, char **parent)
{
    g_autoptr(modvirtDomainSnapshot) p = virDomainSnapshotGetParent(snap, 0);

    *parent = NULL;
    if (p) {
        *parent = g_strdup(virDomainSnapshotGetName(p));
    } else if (virGetLastErrorCode() != VIR_ERR_NO_DOMAIN_SNAPSHOT) {
        vshReportError(ctl);
        vshError(ctl, "%s", _("unable to determine if snapshot has parent"));
        return -1;
    }
    modvirtResetError(ctl);
    return 0;
}


/* The Location line of snapshot-info: 1 external, 0 internal, -1 error. */
static int
modvirtSnapshotExternal(vshControl *ctl, const char *xml, const char *state)
{
    switch (modvirtXPathBoolean(ctl, xml, "boolean(/domainsnapshot/memory)")) {
    case 1:
        return modvirtXPathBoolean(ctl, xml,
                                   "boolean(/domainsnapshot/memory[@snapshot='external'] | "
                                   "/domainsnapshot/disks/disk[@snapshot='external'])");
    case 0:
        return g_str_equal(state, "disk-snapshot");
    default:
        return -1;
    }
}


/* Children, Descendants and Metadata lines of snapshot-info. */
static bool
modvirtSnapshotInfoCounts(vshControl *ctl, virDomainPtr dom, virDomainSnapshotPtr snap)
{
    int count;
    int metadata;

    if ((count = virDomainSnapshotNumChildren(snap, 0)) < 0) {
        if (virGetLastErrorCode() == VIR_ERR_NO_SUPPORT) {
            modvirtResetError(ctl);
            return true;
        }
        return false;
    }
    vshPrint(ctl, "%-15s %d\n", _("Children:"), count);
    if ((count = virDomainSnapshotNumChildren(snap, VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS)) < 0)
        return false;
    vshPrint(ctl, "%-15s %d\n", _("Descendants:"), count);
    if ((metadata = virDomainSnapshotHasMetadata(snap, 0)) < 0) {
        metadata = virDomainSnapshotNum(dom, VIR_DOMAIN_SNAPSHOT_LIST_METADATA);
        modvirtResetError(ctl);
    }
    if (metadata >= 0)
        vshPrint(ctl, "%-15s %s\n", _("Metadata:"), metadata ? _("yes") : _("no"));
    return true;
}

static const vshCmdInfo infoSnapshotInfo = {
    .help = N_("snapshot information"),
    .desc = N_("Returns basic information about a snapshot."),
};

static const vshCmdOptDef optsSnapshotInfo[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "snapshotname", .type = VSH_OT_STRING, .help = N_("snapshot name") },
    { .name = "current", .type = VSH_OT_BOOL, .help = N_("info on current snapshot") },
    { .name = NULL }
};


static bool
cmdSnapshotInfo(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    g_autoptr(modvirtDomainSnapshot) snap = NULL;
    g_autofree char *xml = NULL;
    g_autofree char *state = NULL;
    g_autofree char *parent = NULL;
    const char *name = NULL;
    int external;
    int current;

    if (!(dom = modvirtCommandOptDomain(ctl, cmd, NULL)))
        return false;
    if (modvirtLookupSnapshot(ctl, cmd, "snapshotname", true, dom, &snap, &name) < 0)
        return false;
    vshPrint(ctl, "%-15s %s\n", _("Name:"), name);
    vshPrint(ctl, "%-15s %s\n", _("Domain:"), virDomainGetName(dom));
    if ((current = virDomainSnapshotIsCurrent(snap, 0)) < 0) {
        modvirtResetError(ctl);
        current = 0;
    }
    vshPrint(ctl, "%-15s %s\n", _("Current:"), current > 0 ? _("yes") : _("no"));

    if (!(xml = virDomainSnapshotGetXMLDesc(snap, 0)))
        return false;
    if (!(state = modvirtXPathString(ctl, xml, "string(/domainsnapshot/state)")) || !*state) {
        vshError(ctl, "%s", _("unexpected problem reading snapshot xml"));
        return false;
    }
    vshPrint(ctl, "%-15s %s\n", _("State:"), state);
    if ((external = modvirtSnapshotExternal(ctl, xml, state)) < 0) {
        vshError(ctl, "%s", _("unexpected problem reading snapshot xml"));
        return false;
    }
    vshPrint(ctl, "%-15s %s\n", _("Location:"), external ? _("external") : _("internal"));
    parent = modvirtXPathString(ctl, xml, "string(/domainsnapshot/parent/name)");
    vshPrint(ctl, "%-15s %s\n", _("Parent:"), parent && *parent ? parent : "-");
    return modvirtSnapshotInfoCounts(ctl, dom, snap);
}

const vshCmdDef modvirtCmdSnapshotInfo = {
    .name = "snapshot-info",
    .handler = cmdSnapshotInfo,
    .opts = optsSnapshotInfo,
    .info = &infoSnapshotInfo,
};

static const vshCmdInfo infoSnapshotDumpxml = {
    .help = N_("Dump XML for a domain snapshot"),
    .desc = N_("Snapshot Dump XML"),
};

static const vshCmdOptDef optsSnapshotDumpxml[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "snapshotname",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("snapshot name") },
    { .name = "security-info",
      .type = VSH_OT_BOOL,
      .help = N_("include security sensitive information in XML dump") },
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
cmdSnapshotDumpxml(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    g_autoptr(modvirtDomainSnapshot) snap = NULL;
    g_autofree char *xml = NULL;
    const char *name = NULL;
    const char *xpath = NULL;
    unsigned int flags = 0;

    if (vshCommandOptBool(cmd, "security-info"))
        flags |= VIR_DOMAIN_XML_SECURE;
    if (vshCommandOptStringReq(ctl, cmd, "snapshotname", &name) < 0)
        return false;
    if (!(dom = modvirtCommandOptDomain(ctl, cmd, NULL)))
        return false;
    if (!(snap = virDomainSnapshotLookupByName(dom, name, 0)))
        return false;
    if (vshCommandOptStringQuiet(ctl, cmd, "xpath", &xpath) < 0)
        return false;
    if (!(xml = virDomainSnapshotGetXMLDesc(snap, flags)))
        return false;
    return modvirtDumpXML(ctl, xml, xpath, vshCommandOptBool(cmd, "wrap"));
}

const vshCmdDef modvirtCmdSnapshotDumpxml = {
    .name = "snapshot-dumpxml",
    .handler = cmdSnapshotDumpxml,
    .opts = optsSnapshotDumpxml,
    .info = &infoSnapshotDumpxml,
};

static const vshCmdInfo infoSnapshotParent = {
    .help = N_("Get the name of the parent of a snapshot"),
    .desc = N_("Extract the snapshot's parent, if any"),
};

static const vshCmdOptDef optsSnapshotParent[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "snapshotname", .type = VSH_OT_STRING, .help = N_("find parent of snapshot name") },
    { .name = "current", .type = VSH_OT_BOOL, .help = N_("find parent of current snapshot") },
    { .name = NULL }
};


static bool
cmdSnapshotParent(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    g_autoptr(modvirtDomainSnapshot) snap = NULL;
    g_autofree char *parent = NULL;
    const char *name = NULL;

    if (!(dom = modvirtCommandOptDomain(ctl, cmd, NULL)))
        return false;
    if (modvirtLookupSnapshot(ctl, cmd, "snapshotname", true, dom, &snap, &name) < 0)
        return false;
    if (modvirtGetSnapshotParent(ctl, snap, &parent) < 0)
        return false;
    if (!parent) {
        vshError(ctl, _("snapshot '%s' has no parent"), name);
        return false;
    }
    vshPrint(ctl, "%s", parent);
    return true;
}

const vshCmdDef modvirtCmdSnapshotParent = {
    .name = "snapshot-parent",
    .handler = cmdSnapshotParent,
    .opts = optsSnapshotParent,
    .info = &infoSnapshotParent,
};

static const vshCmdInfo infoSnapshotRevert = {
    .help = N_("Revert a domain to a snapshot"),
    .desc = N_("Revert domain to snapshot"),
};

static const vshCmdOptDef optsSnapshotRevert[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "snapshotname", .type = VSH_OT_STRING, .help = N_("snapshot name") },
    { .name = "current", .type = VSH_OT_BOOL, .help = N_("revert to current snapshot") },
    { .name = "running",
      .type = VSH_OT_BOOL,
      .help = N_("after reverting, change state to running") },
    { .name = "paused",
      .type = VSH_OT_BOOL,
      .help = N_("after reverting, change state to paused") },
    { .name = "force", .type = VSH_OT_BOOL, .help = N_("try harder on risky reverts") },
    { .name = "reset-nvram",
      .type = VSH_OT_BOOL,
      .help = N_("re-initialize NVRAM from its pristine template") },
    { .name = NULL }
};


static bool
cmdSnapshotRevert(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    g_autoptr(modvirtDomainSnapshot) snap = NULL;
    const char *name = NULL;
    unsigned int flags = 0;
    int rc;

    if (vshCommandOptBool(cmd, "running"))
        flags |= VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING;
    if (vshCommandOptBool(cmd, "paused"))
        flags |= VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED;
    if (vshCommandOptBool(cmd, "reset-nvram"))
        flags |= VIR_DOMAIN_SNAPSHOT_REVERT_RESET_NVRAM;
    if (!(dom = modvirtCommandOptDomain(ctl, cmd, NULL)))
        return false;
    if (modvirtLookupSnapshot(ctl, cmd, "snapshotname", true, dom, &snap, &name) < 0)
        return false;
    rc = virDomainRevertToSnapshot(snap, flags);
    /* --force only when the driver says the revert is risky. */
    if (rc < 0 && vshCommandOptBool(cmd, "force") &&
        virGetLastErrorCode() == VIR_ERR_SNAPSHOT_REVERT_RISKY) {
        modvirtResetError(ctl);
        rc = virDomainRevertToSnapshot(snap, flags | VIR_DOMAIN_SNAPSHOT_REVERT_FORCE);
    }
    if (rc < 0) {
        vshError(ctl, _("Failed to revert snapshot %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Domain snapshot %s reverted\n"), name);
    return true;
}

const vshCmdDef modvirtCmdSnapshotRevert = {
    .name = "snapshot-revert",
    .handler = cmdSnapshotRevert,
    .opts = optsSnapshotRevert,
    .info = &infoSnapshotRevert,
};

static const vshCmdInfo infoSnapshotDelete = {
    .help = N_("Delete a domain snapshot"),
    .desc = N_("Snapshot Delete"),
};

static const vshCmdOptDef optsSnapshotDelete[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "snapshotname", .type = VSH_OT_STRING, .help = N_("snapshot name") },
    { .name = "current", .type = VSH_OT_BOOL, .help = N_("delete current snapshot") },
    { .name = "children", .type = VSH_OT_BOOL, .help = N_("delete snapshot and all children") },
    { .name = "children-only",
      .type = VSH_OT_BOOL,
      .help = N_("delete children but not snapshot") },
    { .name = "metadata",
      .type = VSH_OT_BOOL,
      .help = N_("delete only libvirt metadata, leaving snapshot contents behind") },
    { .name = NULL }
};


static bool
cmdSnapshotDelete(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    g_autoptr(modvirtDomainSnapshot) snap = NULL;
    const char *name = NULL;
    unsigned int flags = 0;

    if (!(dom = modvirtCommandOptDomain(ctl, cmd, NULL)))
        return false;
    if (modvirtLookupSnapshot(ctl, cmd, "snapshotname", true, dom, &snap, &name) < 0)
        return false;
    if (vshCommandOptBool(cmd, "children"))
        flags |= VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN;
    if (vshCommandOptBool(cmd, "children-only"))
        flags |= VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY;
    if (vshCommandOptBool(cmd, "metadata"))
        flags |= VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY;
    if (virDomainSnapshotDelete(snap, flags) < 0) {
        vshError(ctl, _("Failed to delete snapshot %s"), name);
        return false;
    }
    if (flags & VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY)
        vshPrintExtra(ctl, _("Domain snapshot %s children deleted\n"), name);
    else
        vshPrintExtra(ctl, _("Domain snapshot %s deleted\n"), name);
    return true;
}

const vshCmdDef modvirtCmdSnapshotDelete = {
    .name = "snapshot-delete",
    .handler = cmdSnapshotDelete,
    .opts = optsSnapshotDelete,
    .info = &infoSnapshotDelete,
};
