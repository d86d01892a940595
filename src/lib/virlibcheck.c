/*
 * virlibcheck.c: argument checks of the public entry points
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "virlibcheck.h"

#define VIR_FROM_THIS VIR_FROM_NONE


/* libvirt's texts: the argument, then the function. */
static char *
virLibArgMessage(virLibArgCheck what, const char *argname, const char *funcname)
{
    switch (what) {
    case VIR_LIB_ARG_NON_NULL:
        return g_strdup_printf(_("%1$s in %2$s must not be NULL"), argname, funcname);
    case VIR_LIB_ARG_NULL:
        return g_strdup_printf(_("%1$s in %2$s must be NULL"), argname, funcname);
    case VIR_LIB_ARG_NON_ZERO:
        return g_strdup_printf(_("%1$s in %2$s must not be zero"), argname, funcname);
    case VIR_LIB_ARG_POSITIVE:
        return g_strdup_printf(_("%1$s in %2$s must be greater than zero"), argname, funcname);
    case VIR_LIB_ARG_NON_NEGATIVE:
        return g_strdup_printf(_("%1$s in %2$s must be zero or greater"), argname, funcname);
    case VIR_LIB_ARG_LAST:
        break;
    }
    g_assert_not_reached();
}


bool
virCheckArgFull(bool ok,
                virLibArgCheck what,
                const char *argname,
                int domain,
                const char *filename,
                const char *funcname,
                size_t linenr)
{
    g_autofree char *message = NULL;

    if (ok)
        return true;
    message = virLibArgMessage(what, argname, funcname);
    virRaiseErrorFull(filename, funcname, linenr, domain, VIR_ERR_INVALID_ARG, VIR_ERR_ERROR,
                      funcname, argname, NULL, 0, 0, "%s", message);
    return false;
}


bool
virCheckReadOnlyFull(
    unsigned int connflags, int domain, const char *filename, const char *funcname, size_t linenr)
{
    if (!(connflags & VIR_CONNECT_RO))
        return true;
    virReportErrorHelper(domain, VIR_ERR_OPERATION_DENIED, filename, funcname, linenr,
                         _("read only access prevents %1$s"), funcname);
    return false;
}


bool
virCheckExclusiveFlagsFull(unsigned int flags,
                           unsigned int flag1,
                           unsigned int flag2,
                           const char *name1,
                           const char *name2,
                           int domain,
                           const char *filename,
                           const char *funcname,
                           size_t linenr)
{
    if (!(flags & flag1) || !(flags & flag2))
        return true;
    virRaiseErrorFull(filename, funcname, linenr, domain, VIR_ERR_INVALID_ARG, VIR_ERR_ERROR,
                      funcname, "flags", NULL, 0, 0,
                      _("Flags '%1$s' and '%2$s' are mutually exclusive"), name1, name2);
    return false;
}


bool
virCheckRequiredFlagFull(unsigned int flags,
                         unsigned int needed,
                         unsigned int by,
                         const char *neededName,
                         const char *byName,
                         int domain,
                         const char *filename,
                         const char *funcname,
                         size_t linenr)
{
    if (!(flags & by) || (flags & needed))
        return true;
    virRaiseErrorFull(filename, funcname, linenr, domain, VIR_ERR_INVALID_ARG, VIR_ERR_ERROR,
                      funcname, "flags", NULL, 0, 0, _("Flag '%1$s' is required by flag '%2$s'"),
                      neededName, byName);
    return false;
}


char *
virLibAbsolutePath(const char *path)
{
    g_autofree char *cwd = NULL;

    if (g_path_is_absolute(path))
        return g_strdup(path);
    cwd = g_get_current_dir();
    return g_strdup_printf("%s/%s", cwd, path);
}
