/*
 * virdriver.c: connection driver registration and the open sequence
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>
#include <unistd.h>

#include "datatypes.h"
#include "virdriver.h"
#include "virfile.h"
#include "virlibcheck.h"
#include "virlog.h"
#define VIR_DRIVERPRIV_H_ALLOW
#include "virdriverpriv.h"

#define VIR_FROM_THIS VIR_FROM_NONE

VIR_LOG_INIT("driver.virdriver");

/*
 * The registered drivers in priority order. Written during library
 * initialisation (under its once-guard) and by tests; read by every open.
 */
static virConnectDriver *virConnectDriverTab[VIR_DRIVER_MAX];
static size_t virConnectDriverTabCount;

/* Test override of the client configuration file, or NULL. */
static char *virDriverConfigFile;


int
virRegisterConnectDriver(virConnectDriver *driver)
{
    if (!virCheckNonNullArg(driver))
        return -1;
    if (!driver->hypervisorDriver || !driver->hypervisorDriver->name ||
        !driver->hypervisorDriver->connectOpen || !driver->hypervisorDriver->connectClose) {
        virReportInvalidArg(driver, "%s",
                            _("a connection driver needs a name, connectOpen and connectClose"));
        return -1;
    }
    if (virConnectDriverTabCount >= VIR_DRIVER_MAX) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("Too many drivers, cannot register %1$s"),
                       driver->hypervisorDriver->name);
        return -1;
    }
    VIR_DEBUG("registering %s as driver %zu", driver->hypervisorDriver->name,
              virConnectDriverTabCount);
    virConnectDriverTab[virConnectDriverTabCount] = driver;
    return (int)virConnectDriverTabCount++;
}


/* Returns true if @driver lists @scheme among its URI schemes. */
static bool
virDriverHasScheme(const virConnectDriver *driver, const char *scheme)
{
    size_t i;

    for (i = 0; driver->uriSchemes[i]; i++) {
        if (g_str_equal(driver->uriSchemes[i], scheme))
            return true;
    }
    return false;
}


bool
virHasDriverForURIScheme(const char *scheme)
{
    size_t i;

    if (!scheme)
        return false;
    for (i = 0; i < virConnectDriverTabCount; i++) {
        if (virConnectDriverTab[i]->uriSchemes &&
            virDriverHasScheme(virConnectDriverTab[i], scheme))
            return true;
    }
    return false;
}


void
virDriverResetForTest(void)
{
    memset(virConnectDriverTab, 0, sizeof(virConnectDriverTab));
    virConnectDriverTabCount = 0;
}


void
virDriverSetConfigFileForTest(const char *path)
{
    g_free(virDriverConfigFile);
    virDriverConfigFile = g_strdup(path);
}


/*
 * Loads the client configuration file into *@conf, or leaves it NULL when
 * the file does not exist. Returns 0, or -1 with the parse error reported.
 */
static int
virDriverLoadConfig(virConf **conf)
{
    g_autofree char *path = NULL;

    *conf = NULL;
    if (virDriverConfigFile)
        path = g_strdup(virDriverConfigFile);
    else if (geteuid() == 0)
        path = g_build_filename(MODVIRT_SYSCONFDIR, "libvirt", "libvirt.conf", NULL);
    else
        path = g_build_filename(g_get_user_config_dir(), "libvirt", "libvirt.conf", NULL);

    if (!virFileExists(path))
        return 0;
    VIR_DEBUG("loading client configuration '%s'", path);
    if (!(*conf = virConfReadFile(path, 0)))
        return -1;
    return 0;
}


/*
 * Finds the URI to use for a NULL name: LIBVIRT_DEFAULT_URI, uri_default,
 * then the drivers' probes. Stores a new string or NULL in *@uristr.
 * Returns 0, or -1 with an error reported.
 */
static int
virDriverDefaultURI(virConf *conf, char **uristr)
{
    const char *env = g_getenv("LIBVIRT_DEFAULT_URI");
    size_t i;

    *uristr = NULL;
    if (env && *env) {
        VIR_DEBUG("using LIBVIRT_DEFAULT_URI '%s'", env);
        *uristr = g_strdup(env);
        return 0;
    }
    if (conf && virConfGetValueString(conf, "uri_default", uristr) < 0)
        return -1;
    if (*uristr) {
        VIR_DEBUG("using uri_default '%s'", *uristr);
        return 0;
    }
    for (i = 0; i < virConnectDriverTabCount && !*uristr; i++) {
        virHypervisorDriver *hv = virConnectDriverTab[i]->hypervisorDriver;

        if (hv->connectURIProbe && hv->connectURIProbe(uristr) < 0)
            return -1;
        VIR_DEBUG("%s driver URI probe returned '%s'", hv->name, NULLSTR(*uristr));
    }
    return 0;
}


/*
 * libvirt's hint for "qemu://system" (two slashes), which parses as a
 * server called "system". Returns 0, or -1 with the error reported.
 */
static int
virDriverCheckMissingSlash(const char *uristr, virURI *uri)
{
    if (!uri->path || !uri->server)
        return 0;
    if (!g_str_equal(uri->scheme, "qemu") && !g_str_equal(uri->scheme, "vbox") &&
        !g_str_equal(uri->scheme, "vz"))
        return 0;
    if (g_str_equal(uri->server, "session") || g_str_equal(uri->server, "system")) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("invalid URI %1$s (maybe you want %2$s:///%3$s)"),
                       uristr, uri->scheme, uri->server);
        return -1;
    }
    return 0;
}


/*
 * Resolves aliases of @uristr and parses it into @conn->uri. @name is the
 * application's argument, which libvirt quotes in the missing-scheme
 * error. Returns 0, or -1 with an error reported.
 */
static int
virDriverParseURI(
    virConnect *conn, const char *name, const char *uristr, virConf *conf, unsigned int flags)
{
    g_autofree char *alias = NULL;

    if (!(flags & VIR_CONNECT_NO_ALIASES) && virURIResolveAlias(conf, uristr, &alias) < 0)
        return -1;
    if (alias) {
        VIR_DEBUG("alias '%s' stands for '%s'", uristr, alias);
        uristr = alias;
    }
    if (!(conn->uri = virURIParse(uristr)))
        return -1;
    /* Drivers need not tell "" from NULL, as in libvirt. */
    if (!conn->uri->path)
        conn->uri->path = g_strdup("");
    VIR_DEBUG("URI '%s': scheme %s, server %s, user %s, port %d, path %s", uristr,
              NULLSTR(conn->uri->scheme), NULLSTR(conn->uri->server), NULLSTR(conn->uri->user),
              conn->uri->port, conn->uri->path);

    if (!conn->uri->scheme) {
        virReportError(VIR_ERR_NO_CONNECT, _("URI '%1$s' does not include a driver name"),
                       name ? name : uristr);
        return -1;
    }
    return virDriverCheckMissingSlash(uristr, conn->uri);
}


/* Whether @driver is to be asked about @uri at all (see virdriver.h). */
static bool
virDriverWantsURI(const virConnectDriver *driver, const virURI *uri)
{
    if (driver->localOnly && uri && uri->server) {
        VIR_DEBUG("server present, skipping local only driver");
        return false;
    }
    if (!driver->uriSchemes)
        return true;
    if (!uri) {
        VIR_DEBUG("no URI, skipping driver with URI schemes");
        return false;
    }
    return virDriverHasScheme(driver, uri->scheme);
}


static void
virDriverAttach(virConnect *conn, const virConnectDriver *driver)
{
    conn->driver = driver ? driver->hypervisorDriver : NULL;
    conn->networkDriver = driver ? driver->networkDriver : NULL;
    conn->storageDriver = driver ? driver->storageDriver : NULL;
    conn->secretDriver = driver ? driver->secretDriver : NULL;
}


/*
 * Asks the drivers in turn. Returns 0 once one accepted (its tables are
 * attached to @conn), or -1 with an error reported.
 */
static int
virDriverTryAll(
    virConnect *conn, const char *name, virConnectAuth *auth, virConf *conf, unsigned int flags)
{
    size_t i;

    for (i = 0; i < virConnectDriverTabCount; i++) {
        virConnectDriver *driver = virConnectDriverTab[i];
        virDrvOpenStatus res;

        VIR_DEBUG("trying driver %zu (%s)", i, driver->hypervisorDriver->name);
        if (!virDriverWantsURI(driver, conn->uri))
            continue;
        if (driver->remoteOnly && conn->uri && !conn->uri->server) {
            virReportError(VIR_ERR_INVALID_ARG, "%s", _("URI is missing the server part"));
            return -1;
        }

        virDriverAttach(conn, driver);
        res = driver->hypervisorDriver->connectOpen(conn, auth, conf, flags);
        VIR_DEBUG("driver %zu (%s) returned %d", i, driver->hypervisorDriver->name, res);
        if (res == VIR_DRV_OPEN_SUCCESS)
            return 0;
        /* Not ours: the connection must not call its connectClose. */
        virDriverAttach(conn, NULL);
        if (res == VIR_DRV_OPEN_ERROR)
            return -1;
    }

    virReportError(VIR_ERR_NO_CONNECT, "%s", NULLSTR(name));
    return -1;
}


virConnect *
virDriverOpenConnect(const char *name, virConnectAuth *auth, unsigned int flags)
{
    g_autoptr(virConnect) conn = NULL;
    g_autofree char *uristr = NULL;
    virConf *conf = NULL;
    int ret = -1;

    if (!(conn = virGetConnect()))
        return NULL;
    if (virDriverLoadConfig(&conf) < 0)
        return NULL;

    if (name && !*name)
        name = NULL;
    /* libvirt's compatibility spellings of the Xen URI */
    if (name && (g_ascii_strcasecmp(name, "xen") == 0 || g_str_equal(name, "xen://")))
        name = "xen:///system";

    if (name)
        uristr = g_strdup(name);
    else if (virDriverDefaultURI(conf, &uristr) < 0)
        goto cleanup;

    if (uristr && virDriverParseURI(conn, name, uristr, conf, flags) < 0)
        goto cleanup;
    if (!uristr)
        VIR_DEBUG("no URI, letting the drivers choose");

    conn->flags = flags & VIR_CONNECT_RO;
    ret = virDriverTryAll(conn, name, auth, conf, flags);

cleanup:
    virConfFree(conf);
    if (ret < 0)
        return NULL;
    return g_steal_pointer(&conn);
}


bool
virDriverCheckFlagsFull(unsigned int flags,
                        unsigned int supported,
                        int domain,
                        const char *filename,
                        const char *funcname,
                        size_t linenr)
{
    unsigned int unsupported = flags & ~supported;

    if (!unsupported)
        return true;
    virRaiseErrorFull(filename, funcname, linenr, domain, VIR_ERR_INVALID_ARG, VIR_ERR_ERROR,
                      funcname, "flags", NULL, 0, 0,
                      _("unsupported flags (0x%1$x) in function %2$s"), unsupported, funcname);
    return false;
}
