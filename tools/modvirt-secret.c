/*
 * modvirt-secret.c: secret commands (secret-*)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "internal.h"
#include "modvirt.h"
#include "vshtable.h"

static const vshCmdInfo infoSecretDefine = {
    .help = N_("define or modify a secret from an XML file"),
    .desc = N_("Define or modify a secret."),
};

static const vshCmdOptDef optsSecretDefine[] = {
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("file containing secret attributes in XML") },
    { .name = "validate", .type = VSH_OT_BOOL, .help = N_("validate the XML against the schema") },
    { .name = NULL }
};


static bool
cmdSecretDefine(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtSecret) secret = NULL;
    g_autofree char *buffer = NULL;
    char uuid[VIR_UUID_STRING_BUFLEN];
    const char *from = NULL;
    unsigned int flags = 0;

    if (vshCommandOptStringReq(ctl, cmd, "file", &from) < 0)
        return false;
    if (vshCommandOptBool(cmd, "validate"))
        flags |= VIR_SECRET_DEFINE_VALIDATE;
    if (!(buffer = modvirtReadFile(ctl, from)))
        return false;
    if (!(secret = virSecretDefineXML(modvirtConn(ctl), buffer, flags))) {
        vshError(ctl, _("Failed to set attributes from %s"), from);
        return false;
    }
    if (virSecretGetUUIDString(secret, uuid) < 0) {
        vshError(ctl, "%s", _("Failed to get UUID of created secret"));
        return false;
    }
    vshPrintExtra(ctl, _("Secret %s created\n"), uuid);
    return true;
}

const vshCmdDef modvirtCmdSecretDefine = {
    .name = "secret-define",
    .handler = cmdSecretDefine,
    .opts = optsSecretDefine,
    .info = &infoSecretDefine,
};

static const vshCmdInfo infoSecretDumpxml = {
    .help = N_("secret attributes in XML"),
    .desc = N_("Output attributes of a secret as an XML dump to stdout."),
};

static const vshCmdOptDef optsSecretDumpxml[] = {
    { .name = "secret", .type = VSH_OT_DATA, .flags = VSH_OFLAG_REQ, .help = N_("secret UUID") },
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
cmdSecretDumpxml(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtSecret) secret = NULL;
    g_autofree char *xml = NULL;
    const char *xpath = NULL;

    if (!(secret = modvirtCommandOptSecret(ctl, cmd, NULL)))
        return false;
    if (vshCommandOptStringQuiet(ctl, cmd, "xpath", &xpath) < 0)
        return false;
    if (!(xml = virSecretGetXMLDesc(secret, 0)))
        return false;
    return modvirtDumpXML(ctl, xml, xpath, vshCommandOptBool(cmd, "wrap"));
}

const vshCmdDef modvirtCmdSecretDumpxml = {
    .name = "secret-dumpxml",
    .handler = cmdSecretDumpxml,
    .opts = optsSecretDumpxml,
    .info = &infoSecretDumpxml,
};


/* Read a line from the terminal without echoing it; NULL on failure. */
static char *
modvirtGetPassword(void)
{
    g_autoptr(GString) buf = g_string_new(NULL);
    struct termios old;
    struct termios noecho;
    bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
    int c;

    if (tty) {
        noecho = old;
        noecho.c_lflag &= ~ECHO;
        if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &noecho) < 0)
            return NULL;
    }
    while ((c = getchar()) != EOF && c != '\n')
        g_string_append_c(buf, c);
    if (tty) {
        (void)tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        fputc('\n', stdout);
    }
    if (c == EOF && buf->len == 0)
        return NULL;
    return g_string_free(g_steal_pointer(&buf), FALSE);
}


/* Where the value comes from; returns it, or NULL (error printed or saved). */
static char *
modvirtSecretValue(vshControl *ctl, const vshCmd *cmd, size_t *len, bool *plain)
{
    const char *base64 = NULL;
    const char *filename = NULL;
    char *value = NULL;

    if (vshCommandOptStringReq(ctl, cmd, "base64", &base64) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "file", &filename) < 0)
        return NULL;
    if (base64) {
        vshError(ctl, "%s", _("Passing secret value as command-line argument is insecure!"));
        *len = strlen(base64);
        return g_strdup(base64);
    }
    if (filename)
        return modvirtReadFileLen(ctl, filename, 1024, len);
    if (vshCommandOptBool(cmd, "interactive")) {
        vshPrint(ctl, "%s", _("Enter new value for secret:"));
        fflush(stdout);
        if (!(value = modvirtGetPassword())) {
            vshError(ctl, "%s", _("Failed to read secret"));
            return NULL;
        }
        *len = strlen(value);
        *plain = true;
        return value;
    }
    vshError(ctl, "%s", _("Input secret value is missing"));
    return NULL;
}

static const vshCmdInfo infoSecretSetValue = {
    .help = N_("set a secret value"),
    .desc = N_("Set a secret value."),
};

static const vshCmdOptDef optsSecretSetValue[] = {
    { .name = "secret", .type = VSH_OT_DATA, .flags = VSH_OFLAG_REQ, .help = N_("secret UUID") },
    { .name = "file",
      .type = VSH_OT_STRING,
      .flags = VSH_OFLAG_REQ_OPT,
      .help = N_("read secret from file") },
    { .name = "plain",
      .type = VSH_OT_BOOL,
      .help = N_("read the secret from file without converting from base64") },
    { .name = "interactive", .type = VSH_OT_BOOL, .help = N_("read the secret from the terminal") },
    { .name = "base64", .type = VSH_OT_STRING, .help = N_("base64-encoded secret value") },
    { .name = NULL }
};


static bool
cmdSecretSetValue(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtSecret) secret = NULL;
    g_autofree char *value = NULL;
    bool plain = vshCommandOptBool(cmd, "plain");
    size_t len = 0;
    int rc;

    if (vshExclusiveOptions(ctl, cmd, "file", "base64") < 0 ||
        vshExclusiveOptions(ctl, cmd, "plain", "base64") < 0 ||
        vshExclusiveOptions(ctl, cmd, "interactive", "base64") < 0 ||
        vshExclusiveOptions(ctl, cmd, "interactive", "plain") < 0 ||
        vshExclusiveOptions(ctl, cmd, "interactive", "file") < 0)
        return false;
    if (!(secret = modvirtCommandOptSecret(ctl, cmd, NULL)))
        return false;
    if (!(value = modvirtSecretValue(ctl, cmd, &len, &plain)))
        return false;
    if (!plain) {
        g_autofree char *encoded = g_steal_pointer(&value);
        gsize decoded = 0;

        value = (char *)g_base64_decode(encoded, &decoded);
        memset(encoded, 0, len);
        len = decoded;
    }
    rc = virSecretSetValue(secret, (unsigned char *)value, len, 0);
    memset(value, 0, len);
    if (rc != 0) {
        vshError(ctl, "%s", _("Failed to set secret value"));
        return false;
    }
    vshPrintExtra(ctl, "%s", _("Secret value set\n"));
    return true;
}

const vshCmdDef modvirtCmdSecretSetValue = {
    .name = "secret-set-value",
    .handler = cmdSecretSetValue,
    .opts = optsSecretSetValue,
    .info = &infoSecretSetValue,
};

static const vshCmdInfo infoSecretGetValue = {
    .help = N_("Output a secret value"),
    .desc = N_("Output a secret value to stdout."),
};

static const vshCmdOptDef optsSecretGetValue[] = {
    { .name = "secret", .type = VSH_OT_DATA, .flags = VSH_OFLAG_REQ, .help = N_("secret UUID") },
    { .name = "plain", .type = VSH_OT_BOOL, .help = N_("get value without converting to base64") },
    { .name = NULL }
};


static bool
cmdSecretGetValue(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtSecret) secret = NULL;
    unsigned char *value;
    size_t size = 0;
    bool ret = true;

    if (!(secret = modvirtCommandOptSecret(ctl, cmd, NULL)))
        return false;
    if (!(value = virSecretGetValue(secret, &size, 0)))
        return false;
    if (vshCommandOptBool(cmd, "plain")) {
        fflush(stdout);
        if (fwrite(value, 1, size, stdout) != size) {
            vshError(ctl, "%s", "failed to write secret");
            ret = false;
        }
    } else {
        g_autofree char *base64 = g_base64_encode(value, size);

        vshPrint(ctl, "%s", base64);
        memset(base64, 0, strlen(base64));
    }
    memset(value, 0, size);
    g_free(value); /* malloc'ed by the library: GLib uses the system malloc */
    return ret;
}

const vshCmdDef modvirtCmdSecretGetValue = {
    .name = "secret-get-value",
    .handler = cmdSecretGetValue,
    .opts = optsSecretGetValue,
    .info = &infoSecretGetValue,
};

static const vshCmdInfo infoSecretUndefine = {
    .help = N_("undefine a secret"),
    .desc = N_("Undefine a secret."),
};

static const vshCmdOptDef optsSecretUndefine[] = {
    { .name = "secret", .type = VSH_OT_DATA, .flags = VSH_OFLAG_REQ, .help = N_("secret UUID") },
    { .name = NULL }
};


static bool
cmdSecretUndefine(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtSecret) secret = NULL;
    const char *uuid = NULL;

    if (!(secret = modvirtCommandOptSecret(ctl, cmd, &uuid)))
        return false;
    if (virSecretUndefine(secret) < 0) {
        vshError(ctl, _("Failed to delete secret %s"), uuid);
        return false;
    }
    vshPrintExtra(ctl, _("Secret %s deleted\n"), uuid);
    return true;
}

const vshCmdDef modvirtCmdSecretUndefine = {
    .name = "secret-undefine",
    .handler = cmdSecretUndefine,
    .opts = optsSecretUndefine,
    .info = &infoSecretUndefine,
};


static int
modvirtSecretSorter(const void *a, const void *b)
{
    virSecretPtr sa = *(virSecretPtr const *)a;
    virSecretPtr sb = *(virSecretPtr const *)b;
    char ua[VIR_UUID_STRING_BUFLEN] = "";
    char ub[VIR_UUID_STRING_BUFLEN] = "";

    (void)virSecretGetUUIDString(sa, ua);
    (void)virSecretGetUUIDString(sb, ub);
    return g_ascii_strcasecmp(ua, ub);
}


/* Drivers without virConnectListAllSecrets: list by UUID. Returns the count or -1. */
static int
modvirtSecretListOld(vshControl *ctl, unsigned int flags, virSecretPtr **list)
{
    g_autofree char **uuids = NULL;
    int n;
    int i;
    int found = 0;

    modvirtResetError(ctl);
    if (flags) {
        vshError(ctl, "%s", _("Filtering is not supported by this libvirt"));
        return -1;
    }
    if ((n = virConnectNumOfSecrets(modvirtConn(ctl))) < 0) {
        vshError(ctl, "%s", _("Failed to count secrets"));
        return -1;
    }
    uuids = g_new0(char *, n + 1);
    if (n > 0 && (n = virConnectListSecrets(modvirtConn(ctl), uuids, n)) < 0) {
        vshError(ctl, "%s", _("Failed to list secrets"));
        return -1;
    }
    *list = g_new0(virSecretPtr, n + 1);
    for (i = 0; i < n; i++) {
        virSecretPtr secret = virSecretLookupByUUIDString(modvirtConn(ctl), uuids[i]);

        if (secret)
            (*list)[found++] = secret;
        g_free(uuids[i]);
    }
    return found;
}


static int
modvirtSecretListCollect(vshControl *ctl, unsigned int flags, virSecretPtr **list)
{
    int n;

    *list = NULL;
    if ((n = virConnectListAllSecrets(modvirtConn(ctl), list, flags)) >= 0)
        return n;
    if (virGetLastErrorCode() == VIR_ERR_NO_SUPPORT)
        return modvirtSecretListOld(ctl, flags, list);
    vshError(ctl, "%s", _("Failed to list node secrets"));
    return -1;
}


/* The usage column: "volume /path" or "Unused". */
static char *
modvirtSecretUsage(virSecretPtr secret)
{
    static const char *const types[] = { "none", "volume", "ceph", "iscsi", "tls", "vtpm" };
    int type = virSecretGetUsageType(secret);

    if (type <= 0)
        return g_strdup(_("Unused"));
    return g_strdup_printf("%s %s", type < (int)G_N_ELEMENTS(types) ? types[type] : "",
                           NULLSTR_EMPTY(virSecretGetUsageID(secret)));
}

static const vshCmdInfo infoSecretList = {
    .help = N_("list secrets"),
    .desc = N_("Returns a list of secrets"),
};

static const vshCmdOptDef optsSecretList[] = {
    { .name = "ephemeral", .type = VSH_OT_BOOL, .help = N_("list ephemeral secrets") },
    { .name = "no-ephemeral", .type = VSH_OT_BOOL, .help = N_("list non-ephemeral secrets") },
    { .name = "private", .type = VSH_OT_BOOL, .help = N_("list private secrets") },
    { .name = "no-private", .type = VSH_OT_BOOL, .help = N_("list non-private secrets") },
    { .name = NULL }
};


static bool
cmdSecretList(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(vshTable) table = NULL;
    virSecretPtr *list = NULL;
    unsigned int flags = 0;
    bool ret = false;
    int n;
    int i;

    if (vshCommandOptBool(cmd, "ephemeral"))
        flags |= VIR_CONNECT_LIST_SECRETS_EPHEMERAL;
    if (vshCommandOptBool(cmd, "no-ephemeral"))
        flags |= VIR_CONNECT_LIST_SECRETS_NO_EPHEMERAL;
    if (vshCommandOptBool(cmd, "private"))
        flags |= VIR_CONNECT_LIST_SECRETS_PRIVATE;
    if (vshCommandOptBool(cmd, "no-private"))
        flags |= VIR_CONNECT_LIST_SECRETS_NO_PRIVATE;
    if ((n = modvirtSecretListCollect(ctl, flags, &list)) < 0)
        return false;
    qsort(list, n, sizeof(*list), modvirtSecretSorter);

    table = vshTableNew(_("UUID"), _("Usage"), NULL);
    for (i = 0; i < n; i++) {
        char uuid[VIR_UUID_STRING_BUFLEN];
        g_autofree char *usage = modvirtSecretUsage(list[i]);

        if (virSecretGetUUIDString(list[i], uuid) < 0) {
            vshError(ctl, "%s", _("Failed to get uuid of secret"));
            goto cleanup;
        }
        if (vshTableRowAppend(table, uuid, usage, NULL) < 0)
            goto cleanup;
    }
    vshTablePrintToStdout(table, ctl);
    ret = true;

cleanup:
    for (i = 0; i < n; i++)
        virSecretFree(list[i]);
    g_free(list);
    return ret;
}

const vshCmdDef modvirtCmdSecretList = {
    .name = "secret-list",
    .handler = cmdSecretList,
    .opts = optsSecretList,
    .info = &infoSecretList,
};

/* What the secret-event callbacks share with the command. */
typedef struct {
    vshControl *ctl;
    bool loop;
    bool timestamp;
    int count;
    const char *name; /* the event type waited for */
} modvirtSecretEventData;


/* Print one event line; false once a one-shot wait has its event. */
static void
modvirtSecretEventPrint(modvirtSecretEventData *data, virSecretPtr secret, const char *what)
{
    char uuid[VIR_UUID_STRING_BUFLEN] = "";
    g_autofree char *stamp = NULL;

    if (!data->loop && data->count)
        return;
    (void)virSecretGetUUIDString(secret, uuid);
    stamp = modvirtEventTimestamp(data->timestamp);
    if (what)
        vshPrint(data->ctl, _("%sevent 'lifecycle' for secret %s: %s\n"), stamp, uuid, what);
    else
        vshPrint(data->ctl, _("%sevent '%s' for secret %s\n"), stamp, data->name, uuid);
    data->count++;
    if (!data->loop)
        modvirtEventDone(data->ctl);
}


static void
modvirtSecretEventLifecycle(virConnectPtr conn G_GNUC_UNUSED,
                            virSecretPtr secret,
                            int event,
                            int detail G_GNUC_UNUSED,
                            void *opaque)
{
    static const char *const names[] = { N_("Defined"), N_("Undefined") };

    modvirtSecretEventPrint(opaque, secret,
                            event >= 0 && event < (int)G_N_ELEMENTS(names) ? _(names[event])
                                                                           : _("unknown"));
}


static void
modvirtSecretEventGeneric(virConnectPtr conn G_GNUC_UNUSED, virSecretPtr secret, void *opaque)
{
    modvirtSecretEventPrint(opaque, secret, NULL);
}

static const vshCmdInfo infoSecretEvent = {
    .help = N_("Secret Events"),
    .desc = N_("List event types, or wait for secret events to occur"),
};

static const vshCmdOptDef optsSecretEvent[] = {
    { .name = "secret", .type = VSH_OT_STRING, .help = N_("filter by secret name or uuid") },
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
modvirtSecretEventWait(
    vshControl *ctl, virSecretPtr secret, int event, modvirtSecretEventData *data, int timeout)
{
    virConnectSecretEventGenericCallback cb = modvirtSecretEventGeneric;
    bool ret = false;
    int id;

    if (event == VIR_SECRET_EVENT_ID_LIFECYCLE)
        cb = (virConnectSecretEventGenericCallback)(void (*)(void))modvirtSecretEventLifecycle;
    modvirtEventStart(ctl, timeout);
    id = virConnectSecretEventRegisterAny(modvirtConn(ctl), secret, event, cb, data, NULL);
    if (id >= 0)
        ret = modvirtEventWaitReport(ctl, &data->count);
    modvirtEventCleanup(ctl);
    if (id >= 0 && virConnectSecretEventDeregisterAny(modvirtConn(ctl), id) < 0)
        ret = false;
    return ret;
}


static bool
cmdSecretEvent(vshControl *ctl, const vshCmd *cmd)
{
    static const char *const events[] = { "lifecycle", "value-changed", NULL };
    g_autoptr(modvirtSecret) secret = NULL;
    modvirtSecretEventData data = { ctl, false, false, 0, NULL };
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
    if (vshCommandOptBool(cmd, "secret"))
        secret = modvirtCommandOptSecret(ctl, cmd, NULL);
    return modvirtSecretEventWait(ctl, secret, event, &data, timeout);
}

const vshCmdDef modvirtCmdSecretEvent = {
    .name = "secret-event",
    .handler = cmdSecretEvent,
    .opts = optsSecretEvent,
    .info = &infoSecretEvent,
};
