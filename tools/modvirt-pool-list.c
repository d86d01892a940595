/*
 * modvirt-pool-list.c: storage pool listing, source discovery and
 * events: pool-list, find-storage-pool-sources(-as), pool-event
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <stdlib.h>

#include "internal.h"
#include "modvirt.h"
#include "vshtable.h"


static int
modvirtPoolSorter(const void *a, const void *b)
{
    virStoragePoolPtr pa = *(virStoragePoolPtr const *)a;
    virStoragePoolPtr pb = *(virStoragePoolPtr const *)b;

    return g_ascii_strcasecmp(virStoragePoolGetName(pa), virStoragePoolGetName(pb));
}


/* --type: the listing flags of a comma-separated list of pool types; -1 on error. */
static int
modvirtPoolTypeFlags(vshControl *ctl, const char *types, unsigned int *flags)
{
    static const struct {
        const char *name;
        unsigned int flag;
    } map[] = {
        { "dir", VIR_CONNECT_LIST_STORAGE_POOLS_DIR },
        { "fs", VIR_CONNECT_LIST_STORAGE_POOLS_FS },
        { "netfs", VIR_CONNECT_LIST_STORAGE_POOLS_NETFS },
        { "logical", VIR_CONNECT_LIST_STORAGE_POOLS_LOGICAL },
        { "disk", VIR_CONNECT_LIST_STORAGE_POOLS_DISK },
        { "iscsi", VIR_CONNECT_LIST_STORAGE_POOLS_ISCSI },
        { "iscsi-direct", VIR_CONNECT_LIST_STORAGE_POOLS_ISCSI_DIRECT },
        { "scsi", VIR_CONNECT_LIST_STORAGE_POOLS_SCSI },
        { "mpath", VIR_CONNECT_LIST_STORAGE_POOLS_MPATH },
        { "rbd", VIR_CONNECT_LIST_STORAGE_POOLS_RBD },
        { "sheepdog", VIR_CONNECT_LIST_STORAGE_POOLS_SHEEPDOG },
        { "gluster", VIR_CONNECT_LIST_STORAGE_POOLS_GLUSTER },
        { "zfs", VIR_CONNECT_LIST_STORAGE_POOLS_ZFS },
        { "vstorage", VIR_CONNECT_LIST_STORAGE_POOLS_VSTORAGE },
    };
    g_auto(GStrv) list = vshStringToArray(types);
    size_t i;
    size_t j;

    for (i = 0; list[i]; i++) {
        for (j = 0; j < G_N_ELEMENTS(map) && !g_str_equal(map[j].name, list[i]); j++)
            ;
        if (j == G_N_ELEMENTS(map)) {
            vshError(ctl, _("Invalid pool type '%s'"), list[i]);
            return -1;
        }
        *flags |= map[j].flag;
    }
    return 0;
}


/* The listing flags of the options; -1 with the error printed. */
static int
modvirtPoolListFlags(vshControl *ctl, const vshCmd *cmd, unsigned int *flags)
{
    bool inactive = vshCommandOptBool(cmd, "inactive");
    bool all = vshCommandOptBool(cmd, "all");
    const char *type = NULL;

    if (vshExclusiveFlags(ctl, all, "all", inactive, "inactive") < 0)
        return -1;
    *flags = VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE;
    if (inactive)
        *flags = VIR_CONNECT_LIST_STORAGE_POOLS_INACTIVE;
    if (all)
        *flags = VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE | VIR_CONNECT_LIST_STORAGE_POOLS_INACTIVE;
    if (vshCommandOptBool(cmd, "autostart"))
        *flags |= VIR_CONNECT_LIST_STORAGE_POOLS_AUTOSTART;
    if (vshCommandOptBool(cmd, "no-autostart"))
        *flags |= VIR_CONNECT_LIST_STORAGE_POOLS_NO_AUTOSTART;
    if (vshCommandOptBool(cmd, "persistent"))
        *flags |= VIR_CONNECT_LIST_STORAGE_POOLS_PERSISTENT;
    if (vshCommandOptBool(cmd, "transient"))
        *flags |= VIR_CONNECT_LIST_STORAGE_POOLS_TRANSIENT;
    if (vshCommandOptStringReq(ctl, cmd, "type", &type) < 0)
        return -1;
    if (vshExclusiveOptions(ctl, cmd, "details", "uuid") < 0 ||
        vshExclusiveOptions(ctl, cmd, "details", "name") < 0)
        return -1;
    if (type && modvirtPoolTypeFlags(ctl, type, flags) < 0)
        return -1;
    return 0;
}


/* The columns of one pool: state, autostart, persistent, sizes. */
typedef struct {
    char *cols[6];
} modvirtPoolText;


static void
modvirtPoolTextClear(modvirtPoolText *t)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(t->cols); i++)
        g_free(t->cols[i]);
}


static char *
modvirtPrettySize(unsigned long long val)
{
    const char *unit;
    double v = vshPrettyCapacity(val, &unit);

    return g_strdup_printf("%.2lf %s", v, unit);
}


static void
modvirtPoolTextFill(vshControl *ctl, virStoragePoolPtr pool, bool details, modvirtPoolText *t)
{
    virStoragePoolInfo info;
    int autostart = 0;
    int persistent;

    if (virStoragePoolGetAutostart(pool, &autostart) < 0)
        t->cols[1] = g_strdup(_("no autostart"));
    else
        t->cols[1] = g_strdup(autostart ? _("yes") : _("no"));
    if (details) {
        persistent = virStoragePoolIsPersistent(pool);
        t->cols[2] = g_strdup(persistent < 0 ? _("unknown") : persistent ? _("yes") : _("no"));
    }
    if (virStoragePoolGetInfo(pool, &info) != 0) {
        vshError(ctl, "%s", _("Could not retrieve pool information"));
        t->cols[0] = g_strdup(_("unknown"));
        if (details) {
            t->cols[3] = g_strdup(_("unknown"));
            t->cols[4] = g_strdup(_("unknown"));
            t->cols[5] = g_strdup(_("unknown"));
        }
        return;
    }
    if (!details) {
        t->cols[0] = g_strdup(virStoragePoolIsActive(pool) ? _("active") : _("inactive"));
        return;
    }
    t->cols[0] = g_strdup(modvirtPoolStateToString(info.state));
    if (info.state == VIR_STORAGE_POOL_RUNNING || info.state == VIR_STORAGE_POOL_DEGRADED) {
        t->cols[3] = modvirtPrettySize(info.capacity);
        t->cols[4] = modvirtPrettySize(info.allocation);
        t->cols[5] = modvirtPrettySize(info.available);
    } else {
        t->cols[3] = g_strdup("-");
        t->cols[4] = g_strdup("-");
        t->cols[5] = g_strdup("-");
    }
}


/* --uuid/--name: fixed-width columns. */
static void
modvirtPoolListPlain(vshControl *ctl, virStoragePoolPtr *list, int n, bool uuid, bool name)
{
    char uuidStr[VIR_UUID_STRING_BUFLEN];
    int i;

    for (i = 0; i < n; i++) {
        if (uuid) {
            if (virStoragePoolGetUUIDString(list[i], uuidStr) < 0)
                uuidStr[0] = '\0';
            vshPrint(ctl, "%-36s%c", uuidStr, name ? ' ' : '\n');
        }
        if (name)
            vshPrint(ctl, "%-20s\n", virStoragePoolGetName(list[i]));
    }
}


/* The table of pool-list, with or without --details. Returns 0 or -1. */
static int
modvirtPoolListTable(
    vshControl *ctl, virStoragePoolPtr *list, int n, modvirtPoolText *texts, bool details)
{
    g_autoptr(vshTable) table = NULL;
    int i;

    if (details)
        table = vshTableNew(_("Name"), _("State"), _("Autostart"), _("Persistent"), _("Capacity"),
                            _("Allocation"), _("Available"), NULL);
    else
        table = vshTableNew(_("Name"), _("State"), _("Autostart"), NULL);
    for (i = 0; i < n; i++) {
        char **c = texts[i].cols;
        int rc;

        if (details)
            rc = vshTableRowAppend(table, virStoragePoolGetName(list[i]), c[0], c[1], c[2], c[3],
                                   c[4], c[5], NULL);
        else
            rc = vshTableRowAppend(table, virStoragePoolGetName(list[i]), c[0], c[1], NULL);
        if (rc < 0)
            return -1;
    }
    vshTablePrintToStdout(table, ctl);
    return 0;
}

static const vshCmdInfo infoPoolList = {
    .help = N_("list pools"),
    .desc = N_("Returns list of pools."),
};

static const vshCmdOptDef optsPoolList[] = {
    { .name = "inactive", .type = VSH_OT_BOOL, .help = N_("list inactive pools") },
    { .name = "all", .type = VSH_OT_BOOL, .help = N_("list inactive & active pools") },
    { .name = "transient", .type = VSH_OT_BOOL, .help = N_("list transient pools") },
    { .name = "persistent", .type = VSH_OT_BOOL, .help = N_("list persistent pools") },
    { .name = "autostart", .type = VSH_OT_BOOL, .help = N_("list pools with autostart enabled") },
    { .name = "no-autostart",
      .type = VSH_OT_BOOL,
      .help = N_("list pools with autostart disabled") },
    { .name = "type",
      .type = VSH_OT_STRING,
      .help = N_("only list pool of specified type(s) (if supported)") },
    { .name = "details", .type = VSH_OT_BOOL, .help = N_("display extended details for pools") },
    { .name = "uuid", .type = VSH_OT_BOOL, .help = N_("list UUID of active pools only") },
    { .name = "name", .type = VSH_OT_BOOL, .help = N_("list name of active pools only") },
    { .name = NULL }
};


static bool
cmdPoolList(vshControl *ctl, const vshCmd *cmd)
{
    bool details = vshCommandOptBool(cmd, "details");
    bool uuid = vshCommandOptBool(cmd, "uuid");
    bool name = vshCommandOptBool(cmd, "name");
    g_autofree modvirtPoolText *texts = NULL;
    virStoragePoolPtr *list = NULL;
    unsigned int flags = 0;
    bool ret = true;
    int n;
    int i;

    if (modvirtPoolListFlags(ctl, cmd, &flags) < 0)
        return false;
    if ((n = virConnectListAllStoragePools(modvirtConn(ctl), &list, flags)) < 0) {
        vshError(ctl, "%s", _("Failed to list pools"));
        return false;
    }
    qsort(list, n, sizeof(*list), modvirtPoolSorter);
    texts = g_new0(modvirtPoolText, n + 1);
    for (i = 0; i < n; i++)
        modvirtPoolTextFill(ctl, list[i], details, &texts[i]);

    if (!details && (uuid || name))
        modvirtPoolListPlain(ctl, list, n, uuid, name);
    else if (modvirtPoolListTable(ctl, list, n, texts, details) < 0)
        ret = false;

    for (i = 0; i < n; i++) {
        modvirtPoolTextClear(&texts[i]);
        virStoragePoolFree(list[i]);
    }
    g_free(list); /* malloc'ed by the library: GLib uses the system malloc */
    return ret;
}

const vshCmdDef modvirtCmdPoolList = {
    .name = "pool-list",
    .handler = cmdPoolList,
    .opts = optsPoolList,
    .info = &infoPoolList,
};

static const vshCmdInfo infoFindStoragePoolSourcesAs = {
    .help = N_("find potential storage pool sources"),
    .desc = N_("Returns XML <sources> document."),
};

static const vshCmdOptDef optsFindStoragePoolSourcesAs[] = {
    { .name = "type",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("type of storage pool sources to find") },
    { .name = "host", .type = VSH_OT_STRING, .help = N_("optional host to query") },
    { .name = "port", .type = VSH_OT_STRING, .help = N_("optional port to query") },
    { .name = "initiator",
      .type = VSH_OT_STRING,
      .help = N_("optional initiator IQN to use for query") },
    { .name = NULL }
};


static bool
cmdFindStoragePoolSourcesAs(vshControl *ctl, const vshCmd *cmd)
{
    g_autofree char *srcSpec = NULL;
    g_autofree char *srcList = NULL;
    const char *type = NULL;
    const char *host = NULL;
    const char *initiator = NULL;
    const char *port = NULL;

    if (vshCommandOptStringReq(ctl, cmd, "type", &type) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "host", &host) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "initiator", &initiator) < 0)
        return false;
    if (host) {
        GString *buf = g_string_new("<source>\n");

        if (vshCommandOptStringReq(ctl, cmd, "port", &port) < 0) {
            g_string_free(buf, TRUE);
            vshError(ctl, "%s", _("missing argument"));
            return false;
        }
        g_string_append_printf(buf, "  <host name='%s'", host);
        if (port)
            g_string_append_printf(buf, " port='%s'", port);
        g_string_append(buf, "/>\n");
        if (initiator)
            g_string_append_printf(buf, "  <initiator>\n    <iqn name='%s'/>\n  </initiator>\n",
                                   initiator);
        g_string_append(buf, "</source>\n");
        srcSpec = g_string_free(buf, FALSE);
    }
    if (!(srcList = virConnectFindStoragePoolSources(modvirtConn(ctl), type, srcSpec, 0))) {
        vshError(ctl, _("Failed to find any %s pool sources"), type);
        return false;
    }
    vshPrint(ctl, "%s", srcList);
    return true;
}

const vshCmdDef modvirtCmdFindStoragePoolSourcesAs = {
    .name = "find-storage-pool-sources-as",
    .handler = cmdFindStoragePoolSourcesAs,
    .opts = optsFindStoragePoolSourcesAs,
    .info = &infoFindStoragePoolSourcesAs,
};

static const vshCmdInfo infoFindStoragePoolSources = {
    .help = N_("discover potential storage pool sources"),
    .desc = N_("Returns XML <sources> document."),
};

static const vshCmdOptDef optsFindStoragePoolSources[] = {
    { .name = "type",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("type of storage pool sources to discover") },
    { .name = "srcSpec",
      .type = VSH_OT_STRING,
      .help = N_("optional file of source xml to query for pools") },
    { .name = NULL }
};


static bool
cmdFindStoragePoolSources(vshControl *ctl, const vshCmd *cmd)
{
    g_autofree char *srcSpec = NULL;
    g_autofree char *srcList = NULL;
    const char *type = NULL;
    const char *file = NULL;

    if (vshCommandOptStringReq(ctl, cmd, "type", &type) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "srcSpec", &file) < 0)
        return false;
    if (file && !(srcSpec = modvirtReadFile(ctl, file)))
        return false;
    if (!(srcList = virConnectFindStoragePoolSources(modvirtConn(ctl), type, srcSpec, 0))) {
        vshError(ctl, _("Failed to find any %s pool sources"), type);
        return false;
    }
    vshPrint(ctl, "%s", srcList);
    return true;
}

const vshCmdDef modvirtCmdFindStoragePoolSources = {
    .name = "find-storage-pool-sources",
    .handler = cmdFindStoragePoolSources,
    .opts = optsFindStoragePoolSources,
    .info = &infoFindStoragePoolSources,
};

/* What the pool-event callbacks share with the command. */
typedef struct {
    vshControl *ctl;
    bool loop;
    bool timestamp;
    int count;
    const char *name; /* the event type waited for */
} modvirtPoolEventData;


static void
modvirtPoolEventPrint(modvirtPoolEventData *data, virStoragePoolPtr pool, const char *what)
{
    g_autofree char *stamp = NULL;

    if (!data->loop && data->count)
        return;
    stamp = modvirtEventTimestamp(data->timestamp);
    if (what)
        vshPrint(data->ctl, _("%sevent 'lifecycle' for storage pool %s: %s\n"), stamp,
                 virStoragePoolGetName(pool), what);
    else
        vshPrint(data->ctl, _("%sevent '%s' for storage pool %s\n"), stamp, data->name,
                 virStoragePoolGetName(pool));
    data->count++;
    if (!data->loop)
        modvirtEventDone(data->ctl);
}


static void
modvirtPoolEventLifecycle(virConnectPtr conn G_GNUC_UNUSED,
                          virStoragePoolPtr pool,
                          int event,
                          int detail G_GNUC_UNUSED,
                          void *opaque)
{
    static const char *const names[] = {
        N_("Defined"), N_("Undefined"), N_("Started"), N_("Stopped"), N_("Created"), N_("Deleted"),
    };

    modvirtPoolEventPrint(opaque, pool,
                          event >= 0 && event < (int)G_N_ELEMENTS(names) ? _(names[event])
                                                                         : _("unknown"));
}


static void
modvirtPoolEventGeneric(virConnectPtr conn G_GNUC_UNUSED, virStoragePoolPtr pool, void *opaque)
{
    modvirtPoolEventPrint(opaque, pool, NULL);
}


static bool
modvirtPoolEventWait(
    vshControl *ctl, virStoragePoolPtr pool, int event, modvirtPoolEventData *data, int timeout)
{
    virConnectStoragePoolEventGenericCallback cb = modvirtPoolEventGeneric;
    bool ret = false;
    int id;

    if (event == VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE)
        cb = (virConnectStoragePoolEventGenericCallback)(void (*)(void))modvirtPoolEventLifecycle;
    modvirtEventStart(ctl, timeout);
    id = virConnectStoragePoolEventRegisterAny(modvirtConn(ctl), pool, event, cb, data, NULL);
    if (id >= 0)
        ret = modvirtEventWaitReport(ctl, &data->count);
    modvirtEventCleanup(ctl);
    if (id >= 0 && virConnectStoragePoolEventDeregisterAny(modvirtConn(ctl), id) < 0)
        ret = false;
    return ret;
}

static const vshCmdInfo infoPoolEvent = {
    .help = N_("Storage Pool Events"),
    .desc = N_("List event types, or wait for storage pool events to occur"),
};

static const vshCmdOptDef optsPoolEvent[] = {
    { .name = "pool", .type = VSH_OT_STRING, .help = N_("filter by storage pool name or uuid") },
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


static bool
cmdPoolEvent(vshControl *ctl, const vshCmd *cmd)
{
    static const char *const events[] = { "lifecycle", "refresh", NULL };
    g_autoptr(modvirtStoragePool) pool = NULL;
    modvirtPoolEventData data = { ctl, false, false, 0, NULL };
    const char *eventName = NULL;
    int timeout = 0;
    int event;

    if (vshCommandOptBool(cmd, "list")) {
        for (event = 0; events[event]; event++)
            vshPrint(ctl, "%s\n", events[event]);
        return true;
    }
    if (vshCommandOptStringReq(ctl, cmd, "event", &eventName) < 0)
        return false;
    if (!eventName) {
        vshError(ctl, "%s", _("either --list or --event <type> is required"));
        return false;
    }
    for (event = 0; events[event] && !g_str_equal(events[event], eventName); event++)
        ;
    if (!events[event]) {
        vshError(ctl, _("unknown event type %s"), eventName);
        return false;
    }
    data.name = events[event];
    data.loop = vshCommandOptBool(cmd, "loop");
    data.timestamp = vshCommandOptBool(cmd, "timestamp");
    if (vshCommandOptTimeoutToMs(ctl, cmd, &timeout) < 0)
        return false;
    if (vshCommandOptBool(cmd, "pool"))
        pool = modvirtCommandOptPoolBy(ctl, cmd, "pool", NULL, MODVIRT_BYUUID | MODVIRT_BYNAME);
    return modvirtPoolEventWait(ctl, pool, event, &data, timeout);
}

const vshCmdDef modvirtCmdPoolEvent = {
    .name = "pool-event",
    .handler = cmdPoolEvent,
    .opts = optsPoolEvent,
    .info = &infoPoolEvent,
};
