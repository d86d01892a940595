/*
 * modvirt-snapshot-list.c: snapshot-list, as a table, names or a tree
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <stdlib.h>

#include "internal.h"
#include "modvirt.h"
#include "vshtable.h"

/* One listed snapshot and, for --tree, the name of its parent. */
typedef struct {
    virDomainSnapshotPtr snap;
    char *parent;
} modvirtSnap;


static void
modvirtSnapClear(gpointer data)
{
    modvirtSnap *s = data;

    modvirtDomainSnapshotFree(s->snap);
    g_free(s->parent);
}


static int
modvirtSnapSorter(gconstpointer a, gconstpointer b)
{
    const modvirtSnap *sa = a;
    const modvirtSnap *sb = b;

    return g_ascii_strcasecmp(virDomainSnapshotGetName(sa->snap),
                              virDomainSnapshotGetName(sb->snap));
}


/*
 * The snapshots to list: all of @dom's, or the children of @from. With
 * @tree, each entry knows its parent, and @from itself is added as the
 * root. Returns the array, or NULL with the error printed.
 */
static GArray *
modvirtSnapshotCollect(
    vshControl *ctl, virDomainPtr dom, virDomainSnapshotPtr from, unsigned int flags, bool tree)
{
    g_autoptr(GArray) list = g_array_new(FALSE, TRUE, sizeof(modvirtSnap));
    virDomainSnapshotPtr *snaps = NULL;
    int count;
    int i;

    g_array_set_clear_func(list, modvirtSnapClear);
    if (from)
        count = virDomainSnapshotListAllChildren(from, &snaps, flags);
    else
        count = virDomainListAllSnapshots(dom, &snaps, flags);
    if (count < 0)
        return NULL;
    for (i = 0; i < count; i++) {
        modvirtSnap s = { snaps[i], NULL };

        g_array_append_val(list, s);
    }
    g_free(snaps); /* malloc'ed by the library: GLib uses the system malloc */
    if (tree) {
        for (i = 0; i < count; i++) {
            if (modvirtGetSnapshotParent(ctl, g_array_index(list, modvirtSnap, i).snap,
                                         &g_array_index(list, modvirtSnap, i).parent) < 0)
                return NULL;
        }
        if (from) {
            modvirtSnap s = { from, NULL };

            virDomainSnapshotRef(from);
            g_array_append_val(list, s);
        }
    }
    if (!(flags & VIR_DOMAIN_SNAPSHOT_LIST_TOPOLOGICAL))
        g_array_sort(list, modvirtSnapSorter);
    return g_steal_pointer(&list);
}


/*
 * Print the tree below entry @id: "+- name" lines, with "|" continuing
 * the branches of earlier siblings, as virsh's tree listings do.
 */
static void
modvirtTreePrint(
    vshControl *ctl, GArray *list, guint id, guint lastSibling, bool root, GString *indent)
{
    const char *name = virDomainSnapshotGetName(g_array_index(list, modvirtSnap, id).snap);
    gint lastChild = -1;
    guint i;

    vshPrint(ctl, "%s%s%s\n", indent->str, root ? "" : "+- ", name);
    if (!root)
        g_string_append(indent, id == lastSibling ? "  " : "| ");
    for (i = 0; i < list->len; i++) {
        const char *parent = g_array_index(list, modvirtSnap, i).parent;

        if (parent && g_str_equal(parent, name))
            lastChild = i;
    }
    if (lastChild >= 0)
        vshPrint(ctl, "%s  |\n", indent->str);
    g_string_append(indent, "  ");
    for (i = 0; i < list->len; i++) {
        const char *parent = g_array_index(list, modvirtSnap, i).parent;

        if (parent && g_str_equal(parent, name))
            modvirtTreePrint(ctl, list, i, lastChild, false, indent);
    }
    g_string_truncate(indent, indent->len - 2);
    if (lastChild < 0 && id == lastSibling)
        vshPrint(ctl, "%s\n", indent->str);
    if (!root)
        g_string_truncate(indent, indent->len - 2);
}


/* One table row; false to skip a snapshot whose XML cannot be read. */
static int
modvirtSnapshotRow(vshControl *ctl, vshTable *table, virDomainSnapshotPtr snap, bool parent)
{
    g_autofree char *xml = virDomainSnapshotGetXMLDesc(snap, 0);
    g_autofree char *state = NULL;
    g_autofree char *creation = NULL;
    g_autofree char *parentName = NULL;
    g_autofree char *when = NULL;
    g_autoptr(GDateTime) then = NULL;
    char *end = NULL;
    long long secs;

    if (!xml || !(state = modvirtXPathString(ctl, xml, "string(/domainsnapshot/state)")) ||
        !*state ||
        !(creation = modvirtXPathString(ctl, xml, "string(/domainsnapshot/creationTime)")))
        return 0;
    errno = 0;
    secs = strtoll(creation, &end, 10);
    if (errno || end == creation || *end)
        return 0;
    then = g_date_time_new_from_unix_local(secs);
    when = g_date_time_format(then, "%Y-%m-%d %H:%M:%S %z");
    if (!parent)
        return vshTableRowAppend(table, virDomainSnapshotGetName(snap), when, state, NULL);
    parentName = modvirtXPathString(ctl, xml, "string(/domainsnapshot/parent/name)");
    return vshTableRowAppend(table, virDomainSnapshotGetName(snap), when, state,
                             NULLSTR_EMPTY(parentName), NULL);
}


/* The filter flags of the options; -1 with the error printed. */
static int
modvirtSnapshotListFlags(vshControl *ctl, const vshCmd *cmd, bool tree, unsigned int *flags)
{
    static const struct {
        const char *name;
        unsigned int flag;
    } filters[] = {
        { "leaves", VIR_DOMAIN_SNAPSHOT_LIST_LEAVES },
        { "no-leaves", VIR_DOMAIN_SNAPSHOT_LIST_NO_LEAVES },
        { "inactive", VIR_DOMAIN_SNAPSHOT_LIST_INACTIVE },
        { "active", VIR_DOMAIN_SNAPSHOT_LIST_ACTIVE },
        { "disk-only", VIR_DOMAIN_SNAPSHOT_LIST_DISK_ONLY },
        { "internal", VIR_DOMAIN_SNAPSHOT_LIST_INTERNAL },
        { "external", VIR_DOMAIN_SNAPSHOT_LIST_EXTERNAL },
    };
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(filters); i++) {
        if (!vshCommandOptBool(cmd, filters[i].name))
            continue;
        if (tree) {
            vshError(ctl, _("--%s and --tree are mutually exclusive"), filters[i].name);
            return -1;
        }
        *flags |= filters[i].flag;
    }
    if (vshCommandOptBool(cmd, "topological"))
        *flags |= VIR_DOMAIN_SNAPSHOT_LIST_TOPOLOGICAL;
    if (vshCommandOptBool(cmd, "roots"))
        *flags |= VIR_DOMAIN_SNAPSHOT_LIST_ROOTS;
    if (vshCommandOptBool(cmd, "metadata"))
        *flags |= VIR_DOMAIN_SNAPSHOT_LIST_METADATA;
    if (vshCommandOptBool(cmd, "no-metadata"))
        *flags |= VIR_DOMAIN_SNAPSHOT_LIST_NO_METADATA;
    if (vshCommandOptBool(cmd, "descendants")) {
        if (!vshCommandOptBool(cmd, "from") && !vshCommandOptBool(cmd, "current")) {
            vshError(ctl, "%s", _("--descendants requires either --from or --current"));
            return -1;
        }
        *flags |= VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS;
    }
    return 0;
}


/* The combinations of options snapshot-list refuses. */
static int
modvirtSnapshotListCheck(vshControl *ctl, const vshCmd *cmd)
{
    static const char *const pairs[][2] = {
        { "tree", "name" },  { "parent", "roots" }, { "parent", "tree" },
        { "roots", "tree" }, { "roots", "from" },   { "roots", "current" },
    };
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(pairs); i++) {
        if (vshExclusiveOptions(ctl, cmd, pairs[i][0], pairs[i][1]) < 0)
            return -1;
    }
    return 0;
}


/* Print the collected snapshots. */
static bool
modvirtSnapshotListPrint(vshControl *ctl, GArray *list, bool tree, bool name, bool parent)
{
    g_autoptr(vshTable) table = NULL;
    guint i;

    if (tree) {
        g_autoptr(GString) indent = g_string_new(NULL);

        for (i = 0; i < list->len; i++) {
            if (!g_array_index(list, modvirtSnap, i).parent)
                modvirtTreePrint(ctl, list, i, i, true, indent);
        }
        return true;
    }
    if (!name)
        table = parent ? vshTableNew(_("Name"), _("Creation Time"), _("State"), _("Parent"), NULL)
                       : vshTableNew(_("Name"), _("Creation Time"), _("State"), NULL);
    for (i = 0; i < list->len; i++) {
        virDomainSnapshotPtr snap = g_array_index(list, modvirtSnap, i).snap;

        if (name)
            vshPrint(ctl, "%s\n", virDomainSnapshotGetName(snap));
        else if (modvirtSnapshotRow(ctl, table, snap, parent) < 0)
            return false;
    }
    if (table)
        vshTablePrintToStdout(table, ctl);
    return true;
}

static const vshCmdInfo infoSnapshotList = {
    .help = N_("List snapshots for a domain"),
    .desc = N_("Snapshot List"),
};

static const vshCmdOptDef optsSnapshotList[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "parent", .type = VSH_OT_BOOL, .help = N_("add a column showing parent snapshot") },
    { .name = "roots", .type = VSH_OT_BOOL, .help = N_("list only snapshots without parents") },
    { .name = "leaves", .type = VSH_OT_BOOL, .help = N_("list only snapshots without children") },
    { .name = "no-leaves",
      .type = VSH_OT_BOOL,
      .help = N_("list only snapshots that are not leaves (with children)") },
    { .name = "metadata",
      .type = VSH_OT_BOOL,
      .help = N_("list only snapshots that have metadata that would prevent undefine") },
    { .name = "no-metadata",
      .type = VSH_OT_BOOL,
      .help = N_("list only snapshots that have no metadata managed by libvirt") },
    { .name = "inactive",
      .type = VSH_OT_BOOL,
      .help = N_("filter by snapshots taken while inactive") },
    { .name = "active",
      .type = VSH_OT_BOOL,
      .help = N_("filter by snapshots taken while active (full system snapshots)") },
    { .name = "disk-only", .type = VSH_OT_BOOL, .help = N_("filter by disk-only snapshots") },
    { .name = "internal", .type = VSH_OT_BOOL, .help = N_("filter by internal snapshots") },
    { .name = "external", .type = VSH_OT_BOOL, .help = N_("filter by external snapshots") },
    { .name = "tree", .type = VSH_OT_BOOL, .help = N_("list snapshots in a tree") },
    { .name = "from",
      .type = VSH_OT_STRING,
      .help = N_("limit list to children of given snapshot") },
    { .name = "current",
      .type = VSH_OT_BOOL,
      .help = N_("limit list to children of current snapshot") },
    { .name = "descendants", .type = VSH_OT_BOOL, .help = N_("with --from, list all descendants") },
    { .name = "name", .type = VSH_OT_BOOL, .help = N_("list snapshot names only") },
    { .name = "topological",
      .type = VSH_OT_BOOL,
      .help = N_("sort list topologically rather than by name") },
    { .name = NULL }
};


static bool
cmdSnapshotList(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    g_autoptr(modvirtDomainSnapshot) start = NULL;
    g_autoptr(GArray) list = NULL;
    bool tree = vshCommandOptBool(cmd, "tree");
    const char *fromName = NULL;
    unsigned int flags = 0;

    if (modvirtSnapshotListCheck(ctl, cmd) < 0 ||
        modvirtSnapshotListFlags(ctl, cmd, tree, &flags) < 0)
        return false;
    if (!(dom = modvirtCommandOptDomain(ctl, cmd, NULL)))
        return false;
    if ((vshCommandOptBool(cmd, "from") || vshCommandOptBool(cmd, "current")) &&
        modvirtLookupSnapshot(ctl, cmd, "from", true, dom, &start, &fromName) < 0)
        return false;
    if (!(list = modvirtSnapshotCollect(ctl, dom, start, flags, tree)))
        return false;
    return modvirtSnapshotListPrint(ctl, list, tree, vshCommandOptBool(cmd, "name"),
                                    vshCommandOptBool(cmd, "parent"));
}

const vshCmdDef modvirtCmdSnapshotList = {
    .name = "snapshot-list",
    .handler = cmdSnapshotList,
    .opts = optsSnapshotList,
    .info = &infoSnapshotList,
};
