/*
 * virdaemonconfig.c: the configuration file of a modvirt daemon
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <grp.h>
#include <limits.h>
#include <stddef.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "internal.h"
#include "virconf.h"
#include "virdaemonconfig.h"
#include "virerror.h"
#include "virfile.h"
#include "virlog.h"
#include "virnetserver.h"

#define VIR_FROM_THIS VIR_FROM_CONF

VIR_LOG_INIT("daemon.config");

/* virconf's own limit; a bigger file fails there first */
#define VIR_DAEMON_CONFIG_MAX_SIZE (10 * 1024 * 1024)

typedef enum {
    VIR_DAEMON_KEY_BOOL,   /* 0 or 1 */
    VIR_DAEMON_KEY_UINT,   /* unsigned int */
    VIR_DAEMON_KEY_INT,    /* int */
    VIR_DAEMON_KEY_STRING, /* string */
    VIR_DAEMON_KEY_LIST,   /* list of strings */
    VIR_DAEMON_KEY_PERMS,  /* string holding an octal mode */
} virDaemonKeyType;

/* Marks a key modvirt accepts (libvirt knows it) but does not honour. */
#define VIR_DAEMON_KEY_IGNORED ((ptrdiff_t)-1)

typedef struct {
    const char *name;
    virDaemonKeyType type;
    ptrdiff_t offset; /* of the field in virDaemonConfig, or IGNORED */
} virDaemonKey;

#define HONOURED(name, type, field)                                                                \
 {                                                                                                 \
  name, VIR_DAEMON_KEY_##type, offsetof(virDaemonConfig, field)                                    \
 }
#define IGNORED(name, type)                                                                        \
 {                                                                                                 \
  name, VIR_DAEMON_KEY_##type, VIR_DAEMON_KEY_IGNORED                                              \
 }

/* Every key of libvirt 9.0's daemon configuration files. */
static const virDaemonKey virDaemonKeys[] = {
    HONOURED("unix_sock_dir", STRING, unixSockDir),
    HONOURED("unix_sock_group", STRING, unixSockGroup),
    HONOURED("unix_sock_ro_perms", PERMS, unixSockRoPerms),
    HONOURED("unix_sock_rw_perms", PERMS, unixSockRwPerms),
    HONOURED("unix_sock_admin_perms", PERMS, unixSockAdminPerms),
    HONOURED("listen_tcp", BOOL, listenTcp),
    HONOURED("tcp_port", STRING, tcpPort),
    HONOURED("listen_addr", STRING, listenAddr),
    HONOURED("max_clients", UINT, maxClients),
    HONOURED("max_workers", UINT, maxWorkers),
    HONOURED("min_workers", UINT, minWorkers),
    HONOURED("prio_workers", UINT, prioWorkers),
    HONOURED("max_client_requests", UINT, maxClientRequests),
    HONOURED("keepalive_interval", INT, keepaliveInterval),
    HONOURED("keepalive_count", UINT, keepaliveCount),
    HONOURED("log_level", UINT, logLevel),
    HONOURED("log_filters", STRING, logFilters),
    HONOURED("log_outputs", STRING, logOutputs),
    /* listen_tls and auth_* are checked further in virDaemonConfigCheckIgnored */
    IGNORED("listen_tls", BOOL),
    IGNORED("auth_unix_ro", STRING),
    IGNORED("auth_unix_rw", STRING),
    IGNORED("auth_tcp", STRING),
    IGNORED("auth_tls", STRING),
    IGNORED("tls_port", STRING),
    IGNORED("access_drivers", LIST),
    IGNORED("tls_no_sanity_certificate", BOOL),
    IGNORED("tls_no_verify_certificate", BOOL),
    IGNORED("key_file", STRING),
    IGNORED("cert_file", STRING),
    IGNORED("ca_file", STRING),
    IGNORED("crl_file", STRING),
    IGNORED("key_files", LIST),
    IGNORED("cert_files", LIST),
    IGNORED("tls_allowed_dn_list", LIST),
    IGNORED("tls_priority", STRING),
    IGNORED("tcp_min_ssf", UINT),
    IGNORED("sasl_allowed_username_list", LIST),
    IGNORED("max_queued_clients", UINT),
    IGNORED("max_anonymous_clients", UINT),
    IGNORED("admin_min_workers", UINT),
    IGNORED("admin_max_workers", UINT),
    IGNORED("admin_max_clients", UINT),
    IGNORED("admin_max_queued_clients", UINT),
    IGNORED("admin_max_client_requests", UINT),
    IGNORED("admin_keepalive_interval", INT),
    IGNORED("admin_keepalive_count", UINT),
    IGNORED("keepalive_required", BOOL),
    IGNORED("admin_keepalive_required", BOOL),
    IGNORED("audit_level", UINT),
    IGNORED("audit_logging", BOOL),
    IGNORED("host_uuid", STRING),
    IGNORED("host_uuid_source", STRING),
    IGNORED("ovs_timeout", UINT),
};

#undef HONOURED
#undef IGNORED

/* One load in progress. */
typedef struct {
    virConf *conf;        /* the parsed file, owned */
    const char *filename; /* borrowed */
    char *text;           /* the file's text, for line numbers; owned */
    virDaemonConfig *cfg; /* being filled, owned */
    const virDaemonConfigExtra *extra; /* the daemon's own keys, or NULL */
    GPtrArray *known;                  /* every accepted key name (borrowed strings) */
} virDaemonConfigLoader;


virDaemonConfig *
virDaemonConfigNew(void)
{
    virDaemonConfig *cfg = g_new0(virDaemonConfig, 1);

    cfg->unixSockGid = (gid_t)-1;
    cfg->unixSockRoPerms = VIR_DAEMON_CONFIG_DEFAULT_RO_PERMS;
    cfg->unixSockRwPerms = VIR_DAEMON_CONFIG_DEFAULT_RW_PERMS;
    cfg->unixSockAdminPerms = VIR_DAEMON_CONFIG_DEFAULT_ADMIN_PERMS;
    cfg->tcpPort = g_strdup(VIR_DAEMON_CONFIG_DEFAULT_TCP_PORT);
    cfg->listenAddr = g_strdup(VIR_DAEMON_CONFIG_DEFAULT_LISTEN_ADDR);
    cfg->maxClients = 5000;
    cfg->maxWorkers = 20;
    cfg->minWorkers = 5;
    cfg->prioWorkers = 5;
    cfg->maxClientRequests = 5;
    cfg->keepaliveInterval = 5;
    cfg->keepaliveCount = 5;
    return cfg;
}


void
virDaemonConfigFree(virDaemonConfig *cfg)
{
    if (!cfg)
        return;
    g_free(cfg->filename);
    g_free(cfg->unixSockDir);
    g_free(cfg->unixSockGroup);
    g_free(cfg->tcpPort);
    g_free(cfg->listenAddr);
    g_free(cfg->logFilters);
    g_free(cfg->logOutputs);
    g_free(cfg);
}


/* Skips a quoted string starting at @p; counts the newlines it spans. */
static const char *
virDaemonConfigSkipString(const char *p, int *line)
{
    char quote = *p;

    if (g_str_has_prefix(p, "\"\"\"")) {
        const char *end = strstr(p + 3, "\"\"\"");
        const char *stop = end ? end + 3 : p + strlen(p);

        for (; p < stop; p++) {
            if (*p == '\n')
                (*line)++;
        }
        return stop;
    }
    for (p++; *p && *p != quote && *p != '\n'; p++)
        ;
    return *p == quote ? p + 1 : p;
}


/*
 * Returns the line (from 1) on which @name is first assigned in @text, or
 * 0 if not found. virconf keeps line numbers to itself, so this scans
 * the text again with the same lexical rules: statements start at a line
 * start or after ';', '#' comments run to the end of the line, strings
 * are skipped (a key name can only start a statement, never a value).
 */
static int
virDaemonConfigFindLine(const char *text, const char *name)
{
    size_t len = strlen(name);
    const char *p = text;
    bool start = true;
    int line = 1;

    while (p && *p) {
        if (*p == '\n') {
            line++;
            start = true;
            p++;
        } else if (*p == ' ' || *p == '\t' || *p == '\r') {
            p++;
        } else if (*p == '#') {
            p += strcspn(p, "\n");
        } else if (*p == ';') {
            start = true;
            p++;
        } else if (*p == '"' || *p == '\'') {
            p = virDaemonConfigSkipString(p, &line);
            start = false;
        } else if (start && g_ascii_isalpha(*p)) {
            const char *word = p;

            while (g_ascii_isalnum(*p) || *p == '_')
                p++;
            if ((size_t)(p - word) == len && memcmp(word, name, len) == 0)
                return line;
            start = false;
        } else {
            start = false;
            p++;
        }
    }
    return 0;
}


/* Returns "FILE:LINE" for @key, or "FILE" when its line is unknown. */
static char *
virDaemonConfigWhere(virDaemonConfigLoader *ld, const char *key)
{
    int line = virDaemonConfigFindLine(ld->text, key);

    if (line > 0)
        return g_strdup_printf("%s:%d", ld->filename, line);
    return g_strdup(ld->filename);
}


/*
 * Parses an octal permission string such as "0770" (1 to 4 octal
 * digits, at most 0777). Returns 0 and sets @mode, or -1.
 */
static int
virDaemonConfigParsePerms(const char *str, mode_t *mode)
{
    guint64 val = 0;
    size_t len = strlen(str);

    if (len == 0 || len > 4 || strspn(str, "01234567") != len)
        return -1;
    if (!g_ascii_string_to_unsigned(str, 8, 0, 0777, &val, NULL))
        return -1;
    *mode = (mode_t)val;
    return 0;
}


/* Checks that @val is a list of strings only. */
static bool
virDaemonConfigIsStringList(virConfValue *val)
{
    virConfValue *elem;

    if (val->type != VIR_CONF_LIST)
        return false;
    for (elem = val->list; elem; elem = elem->next) {
        if (elem->type != VIR_CONF_STRING)
            return false;
    }
    return true;
}


/* Reports a wrong type for @key. */
static void
virDaemonConfigBadType(virDaemonConfigLoader *ld, const virDaemonKey *key)
{
    g_autofree char *where = virDaemonConfigWhere(ld, key->name);
    const char *what = "a string";

    switch (key->type) {
    case VIR_DAEMON_KEY_BOOL:
        what = "a bool (0 or 1)";
        break;
    case VIR_DAEMON_KEY_UINT:
        what = "an unsigned integer";
        break;
    case VIR_DAEMON_KEY_INT:
        what = "a signed integer";
        break;
    case VIR_DAEMON_KEY_LIST:
        what = "a list of strings";
        break;
    case VIR_DAEMON_KEY_PERMS:
        what = "an octal mode in a string (such as \"0770\")";
        break;
    case VIR_DAEMON_KEY_STRING:
        break;
    }
    virReportError(VIR_ERR_CONF_SYNTAX, _("%1$s: expected %2$s for '%3$s' parameter"), where, what,
                   key->name);
}


/* Reports an integer out of range for @key. */
static void
virDaemonConfigBadRange(virDaemonConfigLoader *ld,
                        const char *name,
                        long long min,
                        unsigned long long max)
{
    g_autofree char *where = virDaemonConfigWhere(ld, name);

    virReportError(VIR_ERR_CONF_SYNTAX,
                   _("%1$s: value for '%2$s' parameter must be in range %3$lld:%4$llu"), where,
                   name, min, max);
}


/*
 * Checks an integer value against @key's type. Returns 0 and sets @out,
 * or -1 with an error.
 */
static int
virDaemonConfigCheckInt(virDaemonConfigLoader *ld,
                        const virDaemonKey *key,
                        virConfValue *val,
                        long long *out)
{
    unsigned long long u = (unsigned long long)val->l;

    switch (key->type) {
    case VIR_DAEMON_KEY_BOOL:
        if (val->type != VIR_CONF_ULLONG)
            break;
        if (u > 1) {
            virDaemonConfigBadRange(ld, key->name, 0, 1);
            return -1;
        }
        *out = (long long)u;
        return 0;
    case VIR_DAEMON_KEY_UINT:
        if (val->type != VIR_CONF_ULLONG)
            break;
        if (u > UINT_MAX) {
            virDaemonConfigBadRange(ld, key->name, 0, UINT_MAX);
            return -1;
        }
        *out = (long long)u;
        return 0;
    case VIR_DAEMON_KEY_INT:
        if (val->type != VIR_CONF_LLONG && val->type != VIR_CONF_ULLONG)
            break;
        if ((val->type == VIR_CONF_ULLONG && u > INT_MAX) ||
            (val->type == VIR_CONF_LLONG && (val->l < INT_MIN || val->l > INT_MAX))) {
            virDaemonConfigBadRange(ld, key->name, INT_MIN, INT_MAX);
            return -1;
        }
        *out = val->l;
        return 0;
    default:
        break;
    }
    virDaemonConfigBadType(ld, key);
    return -1;
}


/* Checks a string or list value against @key's type. */
static int
virDaemonConfigCheckText(virDaemonConfigLoader *ld,
                         const virDaemonKey *key,
                         virConfValue *val,
                         mode_t *mode)
{
    g_autofree char *where = NULL;

    if (key->type == VIR_DAEMON_KEY_LIST) {
        if (virDaemonConfigIsStringList(val))
            return 0;
    } else if (val->type == VIR_CONF_STRING) {
        if (key->type == VIR_DAEMON_KEY_STRING)
            return 0;
        if (virDaemonConfigParsePerms(val->str, mode) == 0)
            return 0;
        where = virDaemonConfigWhere(ld, key->name);
        virReportError(
            VIR_ERR_CONF_SYNTAX,
            _("%1$s: invalid permissions '%2$s' for '%3$s' parameter: expected an octal mode such as '0770'"),
            where, val->str, key->name);
        return -1;
    }
    virDaemonConfigBadType(ld, key);
    return -1;
}


/* Type-checks one setting and, if honoured, stores it into ld->cfg. */
static int
virDaemonConfigLoadKey(virDaemonConfigLoader *ld, const virDaemonKey *key, virConfValue *val)
{
    char *field = (char *)ld->cfg + key->offset;
    long long num = 0;
    mode_t mode = 0;

    if (key->type == VIR_DAEMON_KEY_BOOL || key->type == VIR_DAEMON_KEY_UINT ||
        key->type == VIR_DAEMON_KEY_INT) {
        if (virDaemonConfigCheckInt(ld, key, val, &num) < 0)
            return -1;
    } else if (virDaemonConfigCheckText(ld, key, val, &mode) < 0) {
        return -1;
    }
    if (key->offset == VIR_DAEMON_KEY_IGNORED)
        return 0;

    switch (key->type) {
    case VIR_DAEMON_KEY_BOOL:
        *(bool *)field = num != 0;
        break;
    case VIR_DAEMON_KEY_UINT:
        *(unsigned int *)field = (unsigned int)num;
        break;
    case VIR_DAEMON_KEY_INT:
        *(int *)field = (int)num;
        break;
    case VIR_DAEMON_KEY_STRING:
        g_free(*(char **)field);
        *(char **)field = g_strdup(val->str);
        break;
    case VIR_DAEMON_KEY_PERMS:
        *(mode_t *)field = mode;
        break;
    case VIR_DAEMON_KEY_LIST:
        /* no honoured list key */
        break;
    }
    return 0;
}


/*
 * The ignored keys: listen_tls = 1 and auth schemes other than "none"
 * are refused (accepting them would silently drop encryption or
 * authentication that was asked for); other keys get a warning.
 */
static int
virDaemonConfigCheckIgnored(virDaemonConfigLoader *ld, const virDaemonKey *key, virConfValue *val)
{
    g_autofree char *where = virDaemonConfigWhere(ld, key->name);

    if (g_str_equal(key->name, "listen_tls")) {
        if (val->l == 0)
            return 0;
        virReportError(
            VIR_ERR_CONFIG_UNSUPPORTED,
            _("%1$s: 'listen_tls' is not supported yet: TLS is not implemented, set it to 0"),
            where);
        return -1;
    }
    if (g_str_has_prefix(key->name, "auth_")) {
        if (g_str_equal(val->str, "none"))
            return 0;
        if (g_str_equal(val->str, "sasl") || g_str_equal(val->str, "polkit")) {
            virReportError(
                VIR_ERR_CONFIG_UNSUPPORTED,
                _("%1$s: '%2$s' auth scheme '%3$s' is not supported yet, only 'none' is"), where,
                key->name, val->str);
        } else {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("%1$s: %2$s: unsupported auth %3$s"),
                           where, key->name, val->str);
        }
        return -1;
    }
    VIR_WARN("%s: setting '%s' is not supported by modvirt yet, ignoring", where, key->name);
    return 0;
}


/* Resolves unix_sock_group: a group name, or a number. */
static int
virDaemonConfigResolveGroup(virDaemonConfigLoader *ld)
{
    virDaemonConfig *cfg = ld->cfg;
    g_autofree char *where = NULL;
    g_autofree char *buf = NULL;
    guint64 num = 0;
    long size = sysconf(_SC_GETGR_R_SIZE_MAX);
    struct group grp;
    struct group *found = NULL;
    int rc;

    if (!cfg->unixSockGroup)
        return 0;
    if (g_ascii_string_to_unsigned(cfg->unixSockGroup, 10, 0, G_MAXUINT32 - 1, &num, NULL)) {
        cfg->unixSockGid = (gid_t)num;
        return 0;
    }
    for (size = size > 0 ? size : 1024; size <= 1024 * 1024; size *= 2) {
        g_free(buf);
        buf = g_new0(char, size);
        rc = getgrnam_r(cfg->unixSockGroup, &grp, buf, size, &found);
        if (rc != ERANGE)
            break;
    }
    if (found) {
        cfg->unixSockGid = found->gr_gid;
        return 0;
    }
    where = virDaemonConfigWhere(ld, "unix_sock_group");
    virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                   _("%1$s: unknown group '%2$s' for 'unix_sock_group' parameter"), where,
                   cfg->unixSockGroup);
    return -1;
}


/* Reports @key as invalid because it must be greater than 0. */
static int
virDaemonConfigNotZero(virDaemonConfigLoader *ld, const char *key, unsigned int value)
{
    g_autofree char *where = NULL;

    if (value > 0)
        return 0;
    where = virDaemonConfigWhere(ld, key);
    virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("%1$s: '%2$s' must be greater than 0"), where,
                   key);
    return -1;
}


/* Checks tcp_port, listen_addr and unix_sock_dir. */
static int
virDaemonConfigCheckStrings(virDaemonConfigLoader *ld)
{
    virDaemonConfig *cfg = ld->cfg;
    g_autofree char *where = NULL;
    guint64 port = 0;

    if (!*cfg->tcpPort || (g_ascii_isdigit(*cfg->tcpPort) &&
                           !g_ascii_string_to_unsigned(cfg->tcpPort, 10, 0, 65535, &port, NULL))) {
        where = virDaemonConfigWhere(ld, "tcp_port");
        virReportError(
            VIR_ERR_CONF_SYNTAX,
            _("%1$s: invalid port '%2$s' for 'tcp_port' parameter: expected 0 to 65535 or a service name"),
            where, cfg->tcpPort);
        return -1;
    }
    if (!*cfg->listenAddr) {
        where = virDaemonConfigWhere(ld, "listen_addr");
        virReportError(VIR_ERR_CONF_SYNTAX, _("%1$s: 'listen_addr' must not be empty"), where);
        return -1;
    }
    if (cfg->unixSockDir && !virFileIsAbsPath(cfg->unixSockDir)) {
        where = virDaemonConfigWhere(ld, "unix_sock_dir");
        virReportError(VIR_ERR_CONF_SYNTAX,
                       _("%1$s: 'unix_sock_dir' must be an absolute path, not '%2$s'"), where,
                       cfg->unixSockDir);
        return -1;
    }
    return 0;
}


/* The checks that involve values rather than types. */
static int
virDaemonConfigValidate(virDaemonConfigLoader *ld)
{
    virDaemonConfig *cfg = ld->cfg;
    g_autofree char *where = NULL;

    if (virDaemonConfigNotZero(ld, "max_workers", cfg->maxWorkers) < 0 ||
        virDaemonConfigNotZero(ld, "max_clients", cfg->maxClients) < 0 ||
        virDaemonConfigNotZero(ld, "max_client_requests", cfg->maxClientRequests) < 0)
        return -1;
    if (cfg->minWorkers > cfg->maxWorkers) {
        bool hasMin = virConfGetValue(ld->conf, "min_workers") != NULL;

        where = virDaemonConfigWhere(ld, hasMin ? "min_workers" : "max_workers");
        virReportError(
            VIR_ERR_CONFIG_UNSUPPORTED,
            _("%1$s: 'min_workers' (%2$u) must not be greater than 'max_workers' (%3$u)"), where,
            cfg->minWorkers, cfg->maxWorkers);
        return -1;
    }
    if (cfg->logLevel > VIR_LOG_ERROR) {
        virDaemonConfigBadRange(ld, "log_level", 0, VIR_LOG_ERROR);
        return -1;
    }
    if (cfg->keepaliveInterval <= 0)
        cfg->keepaliveInterval = -1;
    if (virDaemonConfigCheckStrings(ld) < 0)
        return -1;
    return virDaemonConfigResolveGroup(ld);
}


/* virConfWalk callback: accepts the keys the daemon's extra hook owns. */
static int
virDaemonConfigAddExtraKey(const char *name, virConfValue *value G_GNUC_UNUSED, void *opaque)
{
    virDaemonConfigLoader *ld = opaque;

    if (ld->extra->ownsKey(name))
        g_ptr_array_add(ld->known, (gpointer)name);
    return 0;
}


/* Refuses a key that is neither the skeleton's nor the daemon's own. */
static int
virDaemonConfigCheckKnown(virDaemonConfigLoader *ld)
{
    g_autoptr(GPtrArray) known = g_ptr_array_new();
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(virDaemonKeys); i++)
        g_ptr_array_add(known, (gpointer)virDaemonKeys[i].name);
    ld->known = known;
    if (ld->extra)
        virConfWalk(ld->conf, virDaemonConfigAddExtraKey, ld);
    ld->known = NULL;
    g_ptr_array_add(known, NULL);
    return virConfCheckKeys(ld->conf, (const char **)known->pdata);
}


/* Loads every known key of ld->conf into ld->cfg. */
static int
virDaemonConfigLoadAll(virDaemonConfigLoader *ld)
{
    size_t i;

    if (virDaemonConfigCheckKnown(ld) < 0)
        return -1;

    for (i = 0; i < G_N_ELEMENTS(virDaemonKeys); i++) {
        const virDaemonKey *key = &virDaemonKeys[i];
        virConfValue *val = virConfGetValue(ld->conf, key->name);

        if (!val)
            continue;
        if (virDaemonConfigLoadKey(ld, key, val) < 0)
            return -1;
        if (key->offset == VIR_DAEMON_KEY_IGNORED && virDaemonConfigCheckIgnored(ld, key, val) < 0)
            return -1;
    }
    ld->cfg->logFiltersLine = virDaemonConfigFindLine(ld->text, "log_filters");
    ld->cfg->logOutputsLine = virDaemonConfigFindLine(ld->text, "log_outputs");
    ld->cfg->filename = g_strdup(ld->filename);
    if (virDaemonConfigValidate(ld) < 0)
        return -1;
    return ld->extra ? ld->extra->load(ld->conf, ld->extra->opaque) : 0;
}


virDaemonConfig *
virDaemonConfigLoad(const char *filename, bool allowMissing)
{
    return virDaemonConfigLoadExtra(filename, allowMissing, NULL);
}


virDaemonConfig *
virDaemonConfigLoadExtra(const char *filename,
                         bool allowMissing,
                         const virDaemonConfigExtra *extra)
{
    virDaemonConfigLoader ld = { .filename = filename, .extra = extra };
    virDaemonConfig *ret = NULL;

    if (allowMissing && access(filename, F_OK) < 0 && errno == ENOENT) {
        VIR_DEBUG("no configuration file '%s', using the defaults", filename);
        return virDaemonConfigNew();
    }
    ld.conf = virConfReadFile(filename, 0);
    if (!ld.conf)
        return NULL;
    /* virconf just read it, so this normally succeeds; it is only for lines */
    if (virFileReadAll(filename, VIR_DAEMON_CONFIG_MAX_SIZE, &ld.text) < 0)
        goto cleanup;

    ld.cfg = virDaemonConfigNew();
    if (virDaemonConfigLoadAll(&ld) < 0)
        goto cleanup;
    ret = g_steal_pointer(&ld.cfg);

cleanup:
    virDaemonConfigFree(ld.cfg);
    virConfFree(ld.conf);
    g_free(ld.text);
    return ret;
}


void
virDaemonConfigToServer(const virDaemonConfig *cfg, virNetServerConfig *srvcfg)
{
    srvcfg->minWorkers = cfg->minWorkers;
    srvcfg->maxWorkers = cfg->maxWorkers;
    srvcfg->prioWorkers = cfg->prioWorkers;
    srvcfg->maxClients = cfg->maxClients;
    srvcfg->maxClientRequests = cfg->maxClientRequests;
    srvcfg->keepaliveInterval = cfg->keepaliveInterval;
    srvcfg->keepaliveCount = cfg->keepaliveCount;
}


/*
 * Turns the log module's error about @key into one naming the file and
 * line of the setting.
 */
static void
virDaemonConfigLogError(const virDaemonConfig *cfg, const char *key, int line)
{
    const char *detail = virGetLastErrorMessage();
    const char *format = virErrorMsg(virGetLastErrorCode(), "");
    const char *conv = strstr(format, "%s");
    g_autofree char *where = NULL;
    g_autofree char *text = NULL;

    /* drop the generic "invalid argument: " before the log module's text */
    if (conv && conv > format && strncmp(detail, format, conv - format) == 0)
        detail += conv - format;
    /* a copy: reporting replaces the message @detail points into */
    text = g_strdup(detail);
    if (line > 0)
        where = g_strdup_printf("%s:%d", NULLSTR(cfg->filename), line);
    else
        where = g_strdup(NULLSTR(cfg->filename));
    virReportError(VIR_ERR_CONF_SYNTAX, _("%1$s: invalid value for '%2$s': %3$s"), where, key,
                   text);
}


int
virDaemonConfigApplyLogging(const virDaemonConfig *cfg, bool verbose, const char *defaultOutputs)
{
    virLogPriority level = cfg->logLevel ? (virLogPriority)cfg->logLevel : VIR_LOG_DEFAULT;

    if (verbose && level > VIR_LOG_INFO)
        level = VIR_LOG_INFO;
    if (virLogSetDefaultPriority(level) < 0)
        return -1;
    if (virLogSetFilters(cfg->logFilters) < 0) {
        virDaemonConfigLogError(cfg, "log_filters", cfg->logFiltersLine);
        return -1;
    }
    if (cfg->logOutputs) {
        if (virLogSetOutputs(cfg->logOutputs) < 0) {
            virDaemonConfigLogError(cfg, "log_outputs", cfg->logOutputsLine);
            return -1;
        }
    } else if (virLogSetOutputs(defaultOutputs) < 0) {
        return -1;
    }
    virLogSetFromEnv();
    return 0;
}
