/*
 * virdaemonpaths.c: where a modvirt daemon keeps its files
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <glib.h>

#include "internal.h"
#include "virdaemonpaths.h"
#include "virerror.h"
#include "virfile.h"

#define VIR_FROM_THIS VIR_FROM_NONE


virDaemonPathsMode
virDaemonPathsModeFor(bool privileged, const char *root)
{
    if (root)
        return VIR_DAEMON_PATHS_ROOT;
    return privileged ? VIR_DAEMON_PATHS_SYSTEM : VIR_DAEMON_PATHS_SESSION;
}


const char *
virDaemonPathsModeToString(virDaemonPathsMode mode)
{
    switch (mode) {
    case VIR_DAEMON_PATHS_SYSTEM:
        return "system";
    case VIR_DAEMON_PATHS_SESSION:
        return "session";
    case VIR_DAEMON_PATHS_ROOT:
        return "root";
    case VIR_DAEMON_PATHS_LAST:
        break;
    }
    return NULL;
}


/*
 * Returns a new copy of the XDG variable @var when it is an absolute
 * path, else of $HOME/@fallback (the spec says relative values are to be
 * ignored).
 */
static char *
virDaemonPathsXDG(const char *var, const char *fallback)
{
    const char *val = g_getenv(var);
    const char *home = g_getenv("HOME");

    if (val && virFileIsAbsPath(val))
        return virFileSanitizePath(val);
    if (!home || !virFileIsAbsPath(home))
        home = g_get_home_dir();
    return g_build_filename(home, fallback, NULL);
}


/* The SYSTEM layout, under @root ("" for the real system). */
static void
virDaemonPathsSystem(virDaemonPaths *paths, const char *root)
{
    const char *name = paths->name;
    const char *driver = paths->driver;
    g_autofree char *conf = g_strconcat(root, "/etc/libvirt", NULL);
    g_autofree char *varlog = g_strconcat(root, "/var/log/libvirt", NULL);

    paths->configFile = g_strdup_printf("%s/%s.conf", conf, name);
    paths->runDir = g_strconcat(root, "/run/libvirt", NULL);
    paths->pidFile = g_strdup_printf("%s/run/%s.pid", root, name);
    paths->stateDir = g_build_filename(paths->runDir, driver, NULL);
    paths->configDir = g_build_filename(conf, driver, NULL);
    paths->libDir = g_strdup_printf("%s/var/lib/libvirt/%s", root, driver);
    paths->logDir = g_build_filename(varlog, driver, NULL);
    paths->logFile = g_strdup_printf("%s/%s.log", varlog, name);
}


/* The SESSION layout, from HOME and the XDG variables. */
static void
virDaemonPathsSession(virDaemonPaths *paths)
{
    const char *name = paths->name;
    const char *driver = paths->driver;
    g_autofree char *config = virDaemonPathsXDG("XDG_CONFIG_HOME", ".config");
    g_autofree char *cache = virDaemonPathsXDG("XDG_CACHE_HOME", ".cache");
    const char *runtime = g_getenv("XDG_RUNTIME_DIR");

    if (runtime && virFileIsAbsPath(runtime)) {
        g_autofree char *clean = virFileSanitizePath(runtime);

        paths->runDir = g_build_filename(clean, "libvirt", NULL);
    } else {
        paths->runDir = g_build_filename(cache, "libvirt", NULL);
    }
    paths->configFile = g_strdup_printf("%s/libvirt/%s.conf", config, name);
    paths->pidFile = g_strdup_printf("%s/%s.pid", paths->runDir, name);
    paths->stateDir = g_build_filename(paths->runDir, driver, "run", NULL);
    paths->configDir = g_build_filename(config, "libvirt", driver, NULL);
    paths->libDir = g_build_filename(config, "libvirt", driver, "lib", NULL);
    paths->logDir = g_build_filename(cache, "libvirt", driver, "log", NULL);
    paths->logFile = g_strdup_printf("%s/libvirt/%s.log", cache, name);
}


virDaemonPaths *
virDaemonPathsNew(const char *name, const char *driver, virDaemonPathsMode mode, const char *root)
{
    g_autoptr(virDaemonPaths) paths = g_new0(virDaemonPaths, 1);

    paths->mode = mode;
    paths->name = g_strdup(name);
    paths->driver = g_strdup(driver);

    switch (mode) {
    case VIR_DAEMON_PATHS_SYSTEM:
        virDaemonPathsSystem(paths, "");
        break;
    case VIR_DAEMON_PATHS_SESSION:
        virDaemonPathsSession(paths);
        break;
    case VIR_DAEMON_PATHS_ROOT: {
        g_autofree char *abs = NULL;

        if (!root || !*root) {
            virReportError(VIR_ERR_INVALID_ARG, "%s", _("no root directory given"));
            return NULL;
        }
        abs = g_canonicalize_filename(root, NULL);
        /* "/" as a root is the system itself; avoid "//etc" */
        paths->root = g_strdup(abs);
        virDaemonPathsSystem(paths, g_str_equal(abs, "/") ? "" : abs);
        break;
    }
    case VIR_DAEMON_PATHS_LAST:
    default:
        virReportError(VIR_ERR_INVALID_ARG, _("unknown daemon path layout %1$d"), (int)mode);
        return NULL;
    }
    virDaemonPathsSetSockDir(paths, NULL);
    return g_steal_pointer(&paths);
}


void
virDaemonPathsSetSockDir(virDaemonPaths *paths, const char *dir)
{
    g_free(paths->sockDir);
    g_free(paths->sockRw);
    g_free(paths->sockRo);
    g_free(paths->sockAdmin);
    g_free(paths->sockHandoff);

    paths->sockDir = dir ? virFileSanitizePath(dir) : g_strdup(paths->runDir);
    paths->sockRw = g_strdup_printf("%s/%s-sock", paths->sockDir, paths->name);
    paths->sockRo = NULL;
    if (paths->mode != VIR_DAEMON_PATHS_SESSION)
        paths->sockRo = g_strdup_printf("%s/%s-sock-ro", paths->sockDir, paths->name);
    paths->sockAdmin = g_strdup_printf("%s/%s-admin-sock", paths->sockDir, paths->name);
    paths->sockHandoff = g_strdup_printf("%s/%s-handoff-sock", paths->sockDir, paths->name);
}


void
virDaemonPathsFree(virDaemonPaths *paths)
{
    if (!paths)
        return;
    g_free(paths->name);
    g_free(paths->driver);
    g_free(paths->root);
    g_free(paths->configFile);
    g_free(paths->runDir);
    g_free(paths->sockDir);
    g_free(paths->sockRw);
    g_free(paths->sockRo);
    g_free(paths->sockAdmin);
    g_free(paths->sockHandoff);
    g_free(paths->pidFile);
    g_free(paths->stateDir);
    g_free(paths->configDir);
    g_free(paths->libDir);
    g_free(paths->logDir);
    g_free(paths->logFile);
    g_free(paths);
}
