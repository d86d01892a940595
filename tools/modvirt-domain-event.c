/*
 * modvirt-domain-event.c: the `event` command: waiting for domain events
 * and printing them as virsh does
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <stdarg.h>

#include "internal.h"
#include "modvirt.h"

/* What every callback shares with the command (one per event type). */
typedef struct {
    vshControl *ctl;
    const char *name; /* the event type */
    bool loop;
    bool timestamp;
    int *count; /* shared by all types */
    int id;     /* registration, or -1 */
} modvirtDomEventData;


/* An entry of a NULL-terminated name table, or @fallback. */
static const char *
modvirtEnumName(const char *const *names, int value, const char *fallback)
{
    int i;

    for (i = 0; value >= 0 && names[i]; i++) {
        if (i == value)
            return _(names[i]);
    }
    return fallback;
}


static void G_GNUC_PRINTF(2, 3) modvirtEventPrintf(modvirtDomEventData *data, const char *fmt, ...)
{
    g_autofree char *stamp = NULL;
    g_autofree char *msg = NULL;
    va_list ap;

    if (!data->loop && *data->count)
        return;
    va_start(ap, fmt);
    msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    stamp = modvirtEventTimestamp(data->timestamp);
    vshPrint(data->ctl, "%s%s", stamp, msg);
    (*data->count)++;
    if (!data->loop)
        modvirtEventDone(data->ctl);
}


static void
modvirtEventGeneric(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom, void *opaque)
{
    modvirtDomEventData *data = opaque;

    modvirtEventPrintf(data, _("event '%s' for domain '%s'\n"), data->name, virDomainGetName(dom));
}


static const char *
modvirtEventDetail(int event, int detail)
{
    static const char *const defined[] = { N_("Added"), N_("Updated"), N_("Renamed"),
                                           N_("Snapshot"), NULL };
    static const char *const undefined[] = { N_("Removed"), N_("Renamed"), NULL };
    static const char *const started[] = { N_("Booted"),   N_("Migrated"),     N_("Restored"),
                                           N_("Snapshot"), N_("Event wakeup"), NULL };
    static const char *const suspended[] = {
        N_("Paused"),   N_("Migrated"),  N_("I/O Error"), N_("Watchdog"),        N_("Restored"),
        N_("Snapshot"), N_("API error"), N_("Post-copy"), N_("Post-copy Error"), NULL
    };
    static const char *const resumed[] = { N_("Unpaused"),  N_("Migrated"),        N_("Snapshot"),
                                           N_("Post-copy"), N_("Post-copy Error"), NULL };
    static const char *const stopped[] = { N_("Shutdown"), N_("Destroyed"),
                                           N_("Crashed"),  N_("Migrated"),
                                           N_("Saved"),    N_("Failed"),
                                           N_("Snapshot"), NULL };
    static const char *const shutdown[] = { N_("Finished"), N_("Finished after guest request"),
                                            N_("Finished after host request"), NULL };
    static const char *const pmsuspended[] = { N_("Memory"), N_("Disk"), NULL };
    static const char *const crashed[] = { N_("Panicked"), N_("Crashloaded"), NULL };
    static const char *const *const details[] = {
        defined, undefined, started, suspended, resumed, stopped, shutdown, pmsuspended, crashed,
    };

    if (event < 0 || event >= (int)G_N_ELEMENTS(details))
        return _("unknown");
    return modvirtEnumName(details[event], detail, _("unknown"));
}


static void
modvirtEventLifecycle(
    virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom, int event, int detail, void *opaque)
{
    static const char *const events[] = {
        N_("Defined"), N_("Undefined"), N_("Started"),     N_("Suspended"), N_("Resumed"),
        N_("Stopped"), N_("Shutdown"),  N_("PMSuspended"), N_("Crashed"),   NULL,
    };

    modvirtEventPrintf(opaque, _("event 'lifecycle' for domain '%s': %s %s\n"),
                       virDomainGetName(dom), modvirtEnumName(events, event, _("unknown")),
                       modvirtEventDetail(event, detail));
}


static void
modvirtEventRTCChange(virConnectPtr conn G_GNUC_UNUSED,
                      virDomainPtr dom,
                      long long utcoffset,
                      void *opaque)
{
    modvirtEventPrintf(opaque, _("event 'rtc-change' for domain '%s': %lld\n"),
                       virDomainGetName(dom), utcoffset);
}


static void
modvirtEventWatchdog(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom, int action, void *opaque)
{
    static const char *const actions[] = {
        "none", "pause", "reset", "poweroff", "shutdown", "debug", "inject-nmi", NULL,
    };

    modvirtEventPrintf(opaque, _("event 'watchdog' for domain '%s': %s\n"), virDomainGetName(dom),
                       modvirtEnumName(actions, action, "unknown"));
}


static const char *const modvirtIOErrorActions[] = { "none", "pause", "report", NULL };


static void
modvirtEventIOError(virConnectPtr conn G_GNUC_UNUSED,
                    virDomainPtr dom,
                    const char *srcPath,
                    const char *devAlias,
                    int action,
                    void *opaque)
{
    modvirtEventPrintf(opaque, _("event 'io-error' for domain '%s': %s (%s) %s\n"),
                       virDomainGetName(dom), srcPath, devAlias,
                       modvirtEnumName(modvirtIOErrorActions, action, "unknown"));
}


static void
modvirtEventIOErrorReason(virConnectPtr conn G_GNUC_UNUSED,
                          virDomainPtr dom,
                          const char *srcPath,
                          const char *devAlias,
                          int action,
                          const char *reason,
                          void *opaque)
{
    modvirtEventPrintf(opaque, _("event 'io-error' for domain '%s': %s (%s) %s due to %s\n"),
                       virDomainGetName(dom), srcPath, devAlias,
                       modvirtEnumName(modvirtIOErrorActions, action, "unknown"), reason);
}


static void
modvirtEventGraphics(virConnectPtr conn G_GNUC_UNUSED,
                     virDomainPtr dom,
                     int phase,
                     const virDomainEventGraphicsAddress *local,
                     const virDomainEventGraphicsAddress *remote,
                     const char *authScheme,
                     const virDomainEventGraphicsSubject *subject,
                     void *opaque)
{
    static const char *const phases[] = {
        N_("connect"),
        N_("initialize"),
        N_("disconnect"),
        NULL,
    };
    static const char *const families[] = { "IPv4", "IPv6", "unix", NULL };
    g_autoptr(GString) buf = g_string_new(NULL);
    int i;

    g_string_append_printf(
        buf, _("event 'graphics' for domain '%s': %s local[%s %s %s] remote[%s %s %s] %s\n"),
        virDomainGetName(dom), modvirtEnumName(phases, phase, _("unknown")),
        modvirtEnumName(families, local->family, _("unknown")), local->node, local->service,
        modvirtEnumName(families, remote->family, _("unknown")), remote->node, remote->service,
        authScheme);
    for (i = 0; i < subject->nidentity; i++)
        g_string_append_printf(buf, "\t%s=%s\n", subject->identities[i].type,
                               subject->identities[i].name);
    modvirtEventPrintf(opaque, "%s", buf->str);
}


static void
modvirtEventBlockJob(virConnectPtr conn G_GNUC_UNUSED,
                     virDomainPtr dom,
                     const char *disk,
                     int type,
                     int status,
                     void *opaque)
{
    static const char *const types[] = {
        N_("Unknown job"),
        N_("Block Pull"),
        N_("Block Copy"),
        N_("Block Commit"),
        N_("Active Block Commit"),
        N_("Backup"),
        NULL,
    };
    static const char *const statuses[] = {
        N_("completed"), N_("failed"), N_("canceled"), N_("ready"), NULL,
    };
    modvirtDomEventData *data = opaque;

    modvirtEventPrintf(data, _("event '%s' for domain '%s': %s for %s %s\n"), data->name,
                       virDomainGetName(dom), modvirtEnumName(types, type, _("Unknown job")), disk,
                       modvirtEnumName(statuses, status, _("unknown")));
}


static void
modvirtEventDiskChange(virConnectPtr conn G_GNUC_UNUSED,
                       virDomainPtr dom,
                       const char *oldSrc,
                       const char *newSrc,
                       const char *alias,
                       int reason,
                       void *opaque)
{
    static const char *const reasons[] = { N_("changed"), N_("dropped"), NULL };

    modvirtEventPrintf(opaque, _("event 'disk-change' for domain '%s' disk %s: %s -> %s: %s\n"),
                       virDomainGetName(dom), alias, NULLSTR(oldSrc), NULLSTR(newSrc),
                       modvirtEnumName(reasons, reason, _("unknown")));
}


static void
modvirtEventTrayChange(
    virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom, const char *alias, int reason, void *opaque)
{
    static const char *const reasons[] = { "opened", "closed", NULL };

    modvirtEventPrintf(opaque, _("event 'tray-change' for domain '%s' disk %s: %s\n"),
                       virDomainGetName(dom), alias, modvirtEnumName(reasons, reason, "unknown"));
}


static void
modvirtEventPMChange(virConnectPtr conn, virDomainPtr dom, int reason G_GNUC_UNUSED, void *opaque)
{
    modvirtEventGeneric(conn, dom, opaque);
}


static void
modvirtEventBalloonChange(virConnectPtr conn G_GNUC_UNUSED,
                          virDomainPtr dom,
                          unsigned long long actual,
                          void *opaque)
{
    modvirtEventPrintf(opaque, _("event 'balloon-change' for domain '%s': %lluKiB\n"),
                       virDomainGetName(dom), actual);
}


/* device-removed, device-added, device-removal-failed: the device alias. */
static void
modvirtEventDevice(virConnectPtr conn G_GNUC_UNUSED,
                   virDomainPtr dom,
                   const char *alias,
                   void *opaque)
{
    modvirtDomEventData *data = opaque;

    modvirtEventPrintf(data, _("event '%s' for domain '%s': %s\n"), data->name,
                       virDomainGetName(dom), alias);
}


/* A typed parameter's value as text. */
static char *
modvirtTypedParamString(const virTypedParameter *param)
{
    switch (param->type) {
    case VIR_TYPED_PARAM_INT:
        return g_strdup_printf("%d", param->value.i);
    case VIR_TYPED_PARAM_UINT:
        return g_strdup_printf("%u", param->value.ui);
    case VIR_TYPED_PARAM_LLONG:
        return g_strdup_printf("%lld", param->value.l);
    case VIR_TYPED_PARAM_ULLONG:
        return g_strdup_printf("%llu", param->value.ul);
    case VIR_TYPED_PARAM_DOUBLE:
        return g_strdup_printf("%g", param->value.d);
    case VIR_TYPED_PARAM_BOOLEAN:
        return g_strdup(param->value.b ? "yes" : "no");
    case VIR_TYPED_PARAM_STRING:
        return g_strdup(param->value.s);
    default:
        return NULL;
    }
}


/* tunable and job-completed: one tab-indented line per parameter. */
static void
modvirtEventParams(virConnectPtr conn G_GNUC_UNUSED,
                   virDomainPtr dom,
                   virTypedParameterPtr params,
                   int nparams,
                   void *opaque)
{
    modvirtDomEventData *data = opaque;
    g_autoptr(GString) buf = g_string_new(NULL);
    int i;

    g_string_append_printf(buf, _("event '%s' for domain '%s':\n"), data->name,
                           virDomainGetName(dom));
    for (i = 0; i < nparams; i++) {
        g_autofree char *value = modvirtTypedParamString(&params[i]);

        if (value)
            g_string_append_printf(buf, "\t%s: %s\n", params[i].field, value);
    }
    modvirtEventPrintf(data, "%s", buf->str);
}


static void
modvirtEventAgentLifecycle(
    virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom, int state, int reason, void *opaque)
{
    static const char *const states[] = { N_("unknown"), N_("connected"), N_("disconnected"),
                                          NULL };
    static const char *const reasons[] = { N_("unknown"), N_("domain started"), N_("channel event"),
                                           NULL };

    modvirtEventPrintf(opaque,
                       _("event 'agent-lifecycle' for domain '%s': state: '%s' reason: '%s'\n"),
                       virDomainGetName(dom), modvirtEnumName(states, state, "unsupported value"),
                       modvirtEnumName(reasons, reason, "unsupported value"));
}


static void
modvirtEventMigrationIteration(virConnectPtr conn G_GNUC_UNUSED,
                               virDomainPtr dom,
                               int iteration,
                               void *opaque)
{
    modvirtEventPrintf(opaque, _("event 'migration-iteration' for domain '%s': iteration: '%d'\n"),
                       virDomainGetName(dom), iteration);
}


static void
modvirtEventMetadataChange(
    virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom, int type, const char *nsuri, void *opaque)
{
    static const char *const types[] = { N_("description"), N_("title"), N_("element"), NULL };

    modvirtEventPrintf(opaque, _("event 'metadata-change' for domain '%s': type %s, uri %s\n"),
                       virDomainGetName(dom), modvirtEnumName(types, type, "unsupported value"),
                       NULLSTR(nsuri));
}


static void
modvirtEventBlockThreshold(virConnectPtr conn G_GNUC_UNUSED,
                           virDomainPtr dom,
                           const char *dev,
                           const char *path,
                           unsigned long long threshold,
                           unsigned long long excess,
                           void *opaque)
{
    modvirtEventPrintf(opaque,
                       _("event 'block-threshold' for domain '%s': dev: %s(%s) %llu %llu\n"),
                       virDomainGetName(dom), dev, NULLSTR(path), threshold, excess);
}


static void
modvirtEventMemoryFailure(virConnectPtr conn G_GNUC_UNUSED,
                          virDomainPtr dom,
                          int recipient,
                          int action,
                          unsigned int flags,
                          void *opaque)
{
    static const char *const recipients[] = { N_("hypervisor"), N_("guest"), NULL };
    static const char *const actions[] = { N_("ignore"), N_("inject"), N_("fatal"), N_("reset"),
                                           NULL };

    modvirtEventPrintf(
        opaque,
        _("event 'memory-failure' for domain '%s':\nrecipient: %s\naction: %s\nflags:\n\taction required: %d\n\trecursive: %d\n"),
        virDomainGetName(dom), modvirtEnumName(recipients, recipient, "unsupported value"),
        modvirtEnumName(actions, action, "unsupported value"),
        !!(flags & VIR_DOMAIN_MEMORY_FAILURE_ACTION_REQUIRED),
        !!(flags & VIR_DOMAIN_MEMORY_FAILURE_RECURSIVE));
}


static void
modvirtEventMemoryDeviceSizeChange(virConnectPtr conn G_GNUC_UNUSED,
                                   virDomainPtr dom,
                                   const char *alias,
                                   unsigned long long size,
                                   void *opaque)
{
    modvirtEventPrintf(
        opaque, _("event 'memory-device-size-change' for domain '%s':\nalias: %s\nsize: %llu\n"),
        virDomainGetName(dom), alias, size);
}


#define MODVIRT_EVENT_CB(cb) ((virConnectDomainEventGenericCallback)(void (*)(void))(cb))

/* The event types, in virDomainEventID order, with their printers. */
static const struct {
    const char *name;
    virConnectDomainEventGenericCallback cb;
} modvirtDomainEvents[] = {
    { "lifecycle", MODVIRT_EVENT_CB(modvirtEventLifecycle) },
    { "reboot", modvirtEventGeneric },
    { "rtc-change", MODVIRT_EVENT_CB(modvirtEventRTCChange) },
    { "watchdog", MODVIRT_EVENT_CB(modvirtEventWatchdog) },
    { "io-error", MODVIRT_EVENT_CB(modvirtEventIOError) },
    { "graphics", MODVIRT_EVENT_CB(modvirtEventGraphics) },
    { "io-error-reason", MODVIRT_EVENT_CB(modvirtEventIOErrorReason) },
    { "control-error", modvirtEventGeneric },
    { "block-job", MODVIRT_EVENT_CB(modvirtEventBlockJob) },
    { "disk-change", MODVIRT_EVENT_CB(modvirtEventDiskChange) },
    { "tray-change", MODVIRT_EVENT_CB(modvirtEventTrayChange) },
    { "pm-wakeup", MODVIRT_EVENT_CB(modvirtEventPMChange) },
    { "pm-suspend", MODVIRT_EVENT_CB(modvirtEventPMChange) },
    { "balloon-change", MODVIRT_EVENT_CB(modvirtEventBalloonChange) },
    { "pm-suspend-disk", MODVIRT_EVENT_CB(modvirtEventPMChange) },
    { "device-removed", MODVIRT_EVENT_CB(modvirtEventDevice) },
    { "block-job-2", MODVIRT_EVENT_CB(modvirtEventBlockJob) },
    { "tunable", MODVIRT_EVENT_CB(modvirtEventParams) },
    { "agent-lifecycle", MODVIRT_EVENT_CB(modvirtEventAgentLifecycle) },
    { "device-added", MODVIRT_EVENT_CB(modvirtEventDevice) },
    { "migration-iteration", MODVIRT_EVENT_CB(modvirtEventMigrationIteration) },
    { "job-completed", MODVIRT_EVENT_CB(modvirtEventParams) },
    { "device-removal-failed", MODVIRT_EVENT_CB(modvirtEventDevice) },
    { "metadata-change", MODVIRT_EVENT_CB(modvirtEventMetadataChange) },
    { "block-threshold", MODVIRT_EVENT_CB(modvirtEventBlockThreshold) },
    { "memory-failure", MODVIRT_EVENT_CB(modvirtEventMemoryFailure) },
    { "memory-device-size-change", MODVIRT_EVENT_CB(modvirtEventMemoryDeviceSizeChange) },
};

static const vshCmdInfo infoEvent = {
    .help = N_("Domain Events"),
    .desc = N_("List event types, or wait for domain events to occur"),
};

static const vshCmdOptDef optsEvent[] = {
    { .name = "domain", .type = VSH_OT_STRING, .help = N_("filter by domain name, id or uuid") },
    { .name = "event", .type = VSH_OT_STRING, .help = N_("which event type to wait for") },
    { .name = "all",
      .type = VSH_OT_BOOL,
      .help = N_("wait for all events instead of just one type") },
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


/*
 * Register the selected types, wait, deregister. A failed registration
 * after the first one is ignored: the driver may not know that type.
 */
static bool
modvirtEventRun(
    vshControl *ctl, virDomainPtr dom, modvirtDomEventData *data, size_t n, int timeout, int *count)
{
    bool ret = false;
    size_t i;

    modvirtEventStart(ctl, timeout);
    for (i = 0; i < n; i++) {
        size_t e;

        for (e = 0; !g_str_equal(modvirtDomainEvents[e].name, data[i].name); e++)
            ;
        data[i].id = virConnectDomainEventRegisterAny(modvirtConn(ctl), dom, e,
                                                      modvirtDomainEvents[e].cb, &data[i], NULL);
        if (data[i].id < 0 && i == 0)
            goto cleanup;
        if (data[i].id < 0)
            modvirtResetError(ctl);
    }
    ret = modvirtEventWaitReport(ctl, count);

cleanup:
    modvirtEventCleanup(ctl);
    for (i = 0; i < n; i++) {
        if (data[i].id >= 0 && virConnectDomainEventDeregisterAny(modvirtConn(ctl), data[i].id) < 0)
            ret = false;
    }
    return ret;
}


static bool
cmdEvent(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    g_autofree modvirtDomEventData *data = NULL;
    const char *eventName = NULL;
    bool all = vshCommandOptBool(cmd, "all");
    int timeout = 0;
    int count = 0;
    size_t n = 0;
    size_t i;

    if (vshExclusiveOptions(ctl, cmd, "all", "event") < 0 ||
        vshExclusiveOptions(ctl, cmd, "list", "all") < 0 ||
        vshExclusiveOptions(ctl, cmd, "list", "event") < 0)
        return false;
    if (vshCommandOptBool(cmd, "list")) {
        for (i = 0; i < G_N_ELEMENTS(modvirtDomainEvents); i++)
            vshPrint(ctl, "%s\n", modvirtDomainEvents[i].name);
        return true;
    }
    if (vshCommandOptStringReq(ctl, cmd, "event", &eventName) < 0)
        return false;
    if (!eventName && !all) {
        vshError(ctl, "%s", _("one of --list, --all, or --event <type> is required"));
        return false;
    }
    data = g_new0(modvirtDomEventData, G_N_ELEMENTS(modvirtDomainEvents));
    for (i = 0; i < G_N_ELEMENTS(modvirtDomainEvents); i++) {
        if (eventName && !g_str_equal(eventName, modvirtDomainEvents[i].name))
            continue;
        data[n].ctl = ctl;
        data[n].name = modvirtDomainEvents[i].name;
        data[n].loop = vshCommandOptBool(cmd, "loop");
        data[n].timestamp = vshCommandOptBool(cmd, "timestamp");
        data[n].count = &count;
        data[n].id = -1;
        n++;
    }
    if (n == 0) {
        vshError(ctl, _("unknown event type %s"), eventName);
        return false;
    }
    if (vshCommandOptTimeoutToMs(ctl, cmd, &timeout) < 0)
        return false;
    if (vshCommandOptBool(cmd, "domain") && !(dom = modvirtCommandOptDomain(ctl, cmd, NULL)))
        return false;
    return modvirtEventRun(ctl, dom, data, n, timeout, &count);
}

const vshCmdDef modvirtCmdEvent = {
    .name = "event",
    .handler = cmdEvent,
    .opts = optsEvent,
    .info = &infoEvent,
};
