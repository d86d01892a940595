/*
 * remote_uri.c: what the remote driver makes of a connection URI
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "remote_uri.h"
#include "virerror.h"
#include "virlog.h"
#include "virunits.h"

#define VIR_FROM_THIS VIR_FROM_REMOTE

VIR_LOG_INIT("remote.remote_uri");

static const char *const remoteURITransportNames[REMOTE_URI_TRANSPORT_LAST] = {
    "tls", "unix", "ssh", "libssh2", "ext", "tcp", "libssh",
};

static const char *const remoteURIModeNames[REMOTE_URI_MODE_LAST] = {
    "auto",
    "legacy",
    "direct",
};

/* Client-only string parameters, stripped from the CONNECT_OPEN name. */
static const char *const remoteURIStringParams[] = {
    "name",         "command", "socket",  "auth",        "sshauth",
    "netcat",       "keyfile", "pkipath", "known_hosts", "known_hosts_verify",
    "tls_priority", "mode",    "proxy",
};

/* Client-only boolean parameters (an integer; only its parsing matters). */
static const char *const remoteURIBoolParams[] = {
    "no_sanity",
    "no_verify",
    "no_tty",
};


const char *
remoteURITransportName(remoteURITransport transport)
{
    if ((int)transport < 0 || transport >= REMOTE_URI_TRANSPORT_LAST)
        return NULL;
    return remoteURITransportNames[transport];
}


static int
remoteURITransportFromName(const char *name)
{
    size_t i;

    for (i = 0; i < REMOTE_URI_TRANSPORT_LAST; i++) {
        if (g_ascii_strcasecmp(remoteURITransportNames[i], name) == 0)
            return (int)i;
    }
    return -1;
}


int
remoteURISplitScheme(virURI *uri, char **driver, remoteURITransport *transport)
{
    const char *plus = strchr(uri->scheme, '+');
    int val;

    if (!plus) {
        *driver = g_strdup(uri->scheme);
        *transport = uri->server ? REMOTE_URI_TRANSPORT_TLS : REMOTE_URI_TRANSPORT_UNIX;
        return 0;
    }

    if ((val = remoteURITransportFromName(plus + 1)) < 0) {
        virReportError(
            VIR_ERR_INVALID_ARG, "%s",
            _("remote_open: transport in URL not recognised (should be tls|unix|ssh|ext|tcp|libssh2|libssh)"));
        return -1;
    }
    if (val == REMOTE_URI_TRANSPORT_UNIX && uri->server) {
        virReportError(VIR_ERR_INVALID_ARG,
                       _("using unix socket and remote server '%1$s' is not supported."),
                       uri->server);
        return -1;
    }
    *driver = g_strndup(uri->scheme, plus - uri->scheme);
    *transport = val;
    return 0;
}


static bool
remoteURINameIn(const char *name, const char *const *list, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        if (g_ascii_strcasecmp(list[i], name) == 0)
            return true;
    }
    return false;
}


/*
 * Takes the client parameters out of @uri (marking them ignored) into
 * @info. Returns 0, or -1 with an error reported.
 */
static int
remoteURIExtractParams(virURI *uri, remoteURIInfo *info, char **name, char **mode)
{
    size_t i;

    for (i = 0; i < uri->paramsCount; i++) {
        virURIParam *var = &uri->params[i];
        char **dest = NULL;

        if (g_ascii_strcasecmp(var->name, "name") == 0)
            dest = name;
        else if (g_ascii_strcasecmp(var->name, "socket") == 0)
            dest = &info->socket;
        else if (g_ascii_strcasecmp(var->name, "auth") == 0)
            dest = &info->authtype;
        else if (g_ascii_strcasecmp(var->name, "mode") == 0)
            dest = mode;

        if (dest) {
            g_free(*dest);
            *dest = g_strdup(var->value);
            var->ignore = true;
        } else if (remoteURINameIn(var->name, remoteURIStringParams,
                                   G_N_ELEMENTS(remoteURIStringParams)) ||
                   g_ascii_strcasecmp(var->name, "authfile") == 0) {
            var->ignore = true;
        } else if (remoteURINameIn(var->name, remoteURIBoolParams,
                                   G_N_ELEMENTS(remoteURIBoolParams))) {
            int tmp;

            if (virStrToLong_i(var->value, NULL, 10, &tmp) < 0) {
                virReportError(VIR_ERR_INVALID_ARG,
                               _("Failed to parse value of URI component %1$s"), var->name);
                return -1;
            }
            var->ignore = true;
        } else {
            VIR_DEBUG("passing through variable '%s' ('%s') to remote end", var->name, var->value);
        }
    }
    return 0;
}


/* The CONNECT_OPEN name of @uri: scheme @driver, path, kept parameters, fragment. */
static char *
remoteURIFormatName(virURI *uri, const char *driver)
{
    g_autofree char *query = virURIFormatParams(uri);
    virURI tmp = {
        .scheme = (char *)driver,
        .path = uri->path,
        .query = *query ? query : NULL,
        .fragment = uri->fragment,
    };

    return virURIFormat(&tmp);
}


static int
remoteURIParseMode(const char *str, remoteURIMode *mode)
{
    size_t i;

    for (i = 0; i < REMOTE_URI_MODE_LAST; i++) {
        if (g_str_equal(remoteURIModeNames[i], str)) {
            *mode = i;
            return 0;
        }
    }
    virReportError(VIR_ERR_INVALID_ARG, _("Unknown remote mode '%1$s'"), str);
    return -1;
}


/* libvirt's rules for the session daemon and its autostart. */
static unsigned int
remoteURIDaemonFlags(virURI *uri,
                     remoteURITransport transport,
                     uid_t euid,
                     const char *autostartEnv)
{
    bool autostart = !autostartEnv || !g_str_equal(autostartEnv, "0");
    unsigned int flags = 0;

    if (euid == 0)
        return 0;
    if (!uri) {
        flags |= REMOTE_URI_OPEN_USER;
        if (autostart)
            flags |= REMOTE_URI_OPEN_AUTOSTART;
        return flags;
    }
    if (uri->path && uri->scheme &&
        (g_str_equal(uri->path, "/session") || g_str_has_prefix(uri->scheme, "test+"))) {
        flags |= REMOTE_URI_OPEN_USER;
        if (!uri->server && transport == REMOTE_URI_TRANSPORT_UNIX && autostart)
            flags |= REMOTE_URI_OPEN_AUTOSTART;
    }
    return flags;
}


/* The name part once the parameters are known (see remoteURIParse). */
static char *
remoteURIBuildName(virURI *uri, const char *driver, char *explicitName)
{
    if (explicitName)
        return explicitName;
    if (!uri || g_str_equal(uri->scheme, "remote") || g_str_has_prefix(uri->scheme, "remote+"))
        return g_strdup("");
    return remoteURIFormatName(uri, driver);
}


int
remoteURIParse(virURI *uri,
               virConf *conf,
               bool readonly,
               uid_t euid,
               const char *autostartEnv,
               remoteURIInfo **info)
{
    g_autoptr(remoteURIInfo) ret = g_new0(remoteURIInfo, 1);
    g_autofree char *name = NULL;
    g_autofree char *mode = NULL;

    ret->transport = REMOTE_URI_TRANSPORT_UNIX;
    if (uri && remoteURISplitScheme(uri, &ret->driver, &ret->transport) < 0)
        return -1;

    if (uri && remoteURIExtractParams(uri, ret, &name, &mode) < 0)
        return -1;
    if (!mode && conf && virConfGetValueString(conf, "remote_mode", &mode) < 0)
        return -1;
    if (mode && remoteURIParseMode(mode, &ret->mode) < 0)
        return -1;

    ret->flags = remoteURIDaemonFlags(uri, ret->transport, euid, autostartEnv);
    if (readonly)
        ret->flags |= REMOTE_URI_OPEN_RO;

    ret->host = g_strdup(uri && uri->server ? uri->server : "localhost");
    if (uri && uri->port > 0)
        ret->port = g_strdup_printf("%d", uri->port);
    else
        ret->port = g_strdup(REMOTE_URI_TCP_PORT);

    ret->name = remoteURIBuildName(uri, ret->driver, g_steal_pointer(&name));
    VIR_DEBUG("driver=%s transport=%s mode=%s flags=0x%x name='%s' socket=%s", NULLSTR(ret->driver),
              remoteURITransportNames[ret->transport], remoteURIModeNames[ret->mode], ret->flags,
              ret->name, NULLSTR(ret->socket));
    *info = g_steal_pointer(&ret);
    return 0;
}


void
remoteURIInfoFree(remoteURIInfo *info)
{
    if (!info)
        return;
    g_free(info->driver);
    g_free(info->name);
    g_free(info->host);
    g_free(info->port);
    g_free(info->socket);
    g_free(info->authtype);
    g_free(info);
}


char *
remoteURIUserRuntimeDir(void)
{
    const char *dir = g_getenv("XDG_RUNTIME_DIR");

    if (dir && *dir)
        return g_build_filename(dir, "libvirt", NULL);
    dir = g_getenv("XDG_CACHE_HOME");
    if (dir && *dir)
        return g_build_filename(dir, "libvirt", NULL);
    return g_build_filename(g_get_home_dir(), ".cache", "libvirt", NULL);
}


/* "<dir>/<prefix>-sock", with "-ro" for read-only system sockets. */
static char *
remoteURISocketName(const remoteURIInfo *info, const char *userdir, const char *prefix)
{
    if (info->flags & REMOTE_URI_OPEN_USER)
        return g_strdup_printf("%s/%s-sock", userdir, prefix);
    return g_strdup_printf("%s/%s-%s", REMOTE_URI_SYSTEM_SOCKET_DIR, prefix,
                           info->flags & REMOTE_URI_OPEN_RO ? "sock-ro" : "sock");
}


char *
remoteURIGetSocket(const remoteURIInfo *info,
                   const char *userdir,
                   remoteURIExistsFunc exists,
                   char **daemon)
{
    bool knownDriver = info->driver && !g_str_equal(info->driver, "remote");
    g_autofree char *directDaemon = NULL;
    g_autofree char *direct = NULL;
    g_autofree char *legacy = NULL;
    remoteURIMode mode = info->mode;

    *daemon = NULL;
    if (info->socket)
        return g_strdup(info->socket);

    if (knownDriver) {
        directDaemon = g_strdup_printf("virt%sd", info->driver);
        direct = remoteURISocketName(info, userdir, directDaemon);
    } else {
        direct = remoteURISocketName(info, userdir, "libvirt");
    }
    legacy = remoteURISocketName(info, userdir, "libvirt");

    if (mode == REMOTE_URI_MODE_AUTO) {
        if (exists(direct))
            mode = REMOTE_URI_MODE_DIRECT;
        else if (exists(legacy))
            mode = REMOTE_URI_MODE_LEGACY;
        else if (knownDriver && (info->flags & REMOTE_URI_OPEN_AUTOSTART))
            mode = REMOTE_URI_MODE_DIRECT;
        else
            mode = REMOTE_URI_MODE_LEGACY;
    }
    VIR_DEBUG("socket mode %s: direct %s, legacy %s", remoteURIModeNames[mode], direct, legacy);

    if (mode == REMOTE_URI_MODE_LEGACY)
        return g_steal_pointer(&legacy);
    if (knownDriver && (info->flags & REMOTE_URI_OPEN_AUTOSTART))
        *daemon = g_steal_pointer(&directDaemon);
    return g_steal_pointer(&direct);
}
