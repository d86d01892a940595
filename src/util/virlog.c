/*
 * virlog.c: leveled logging (minimal first version: default level and
 * stderr; filters and outputs are parsed in a later change)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <stdio.h>

#include "internal.h"
#include "virerror.h"
#include "virlog.h"

#define VIR_FROM_THIS VIR_FROM_NONE

static GMutex virLogLock;
static gint virLogDefaultPriority = VIR_LOG_DEFAULT;
/* Bumped whenever the filter set or default level changes. */
static gint virLogFiltersSerial = 1;
static virLogHookFunc virLogHook;
static void *virLogHookOpaque;


bool
virLogSourceEnabled(virLogSource *source, virLogPriority priority)
{
    unsigned int serial = (unsigned int)g_atomic_int_get(&virLogFiltersSerial);

    if (source->serial != serial) {
        g_mutex_lock(&virLogLock);
        source->priority = (unsigned int)g_atomic_int_get(&virLogDefaultPriority);
        source->serial = serial;
        g_mutex_unlock(&virLogLock);
    }
    return priority >= source->priority;
}


void
virLogVMessage(virLogSource *source,
               virLogPriority priority,
               const char *filename,
               int linenr,
               const char *funcname,
               const char *fmt,
               va_list vargs)
{
    int saved_errno = errno;
    g_autofree char *msg = NULL;
    g_autofree char *line = NULL;
    static const char *names[] = { "", "debug", "info", "warning", "error" };

    if (!virLogSourceEnabled(source, priority))
        return;
    msg = g_strdup_vprintf(fmt, vargs);
    line = g_strdup_printf("%s : %s:%d : %s", names[priority], funcname, linenr, msg);
    (void)filename;
    g_mutex_lock(&virLogLock);
    if (virLogHook)
        virLogHook(source, priority, line, virLogHookOpaque);
    fprintf(stderr, "%s\n", line);
    g_mutex_unlock(&virLogLock);
    errno = saved_errno;
}


void
virLogMessage(virLogSource *source,
              virLogPriority priority,
              const char *filename,
              int linenr,
              const char *funcname,
              const char *fmt,
              ...)
{
    va_list ap;

    va_start(ap, fmt);
    virLogVMessage(source, priority, filename, linenr, funcname, fmt, ap);
    va_end(ap);
}


int
virLogSetDefaultPriority(virLogPriority priority)
{
    if (priority < VIR_LOG_DEBUG || priority > VIR_LOG_ERROR) {
        virReportError(VIR_ERR_INVALID_ARG, _("log level %1$d out of range"), (int)priority);
        return -1;
    }
    g_atomic_int_set(&virLogDefaultPriority, priority);
    g_atomic_int_inc(&virLogFiltersSerial);
    return 0;
}


virLogPriority
virLogGetDefaultPriority(void)
{
    return g_atomic_int_get(&virLogDefaultPriority);
}


void
virLogSetOutputHook(virLogHookFunc func, void *opaque)
{
    g_mutex_lock(&virLogLock);
    virLogHook = func;
    virLogHookOpaque = opaque;
    g_mutex_unlock(&virLogLock);
}


void
virLogReset(void)
{
    g_atomic_int_set(&virLogDefaultPriority, VIR_LOG_DEFAULT);
    g_atomic_int_inc(&virLogFiltersSerial);
}
