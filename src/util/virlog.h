/*
 * virlog.h: leveled logging with libvirt's filter and output syntax
 *
 * Each .c file names its log source once with VIR_LOG_INIT("util.file")
 * and then logs with VIR_DEBUG/VIR_INFO/VIR_WARN/VIR_ERROR. A message is
 * formatted only when some filter or the default level lets it through;
 * a disabled call costs one integer comparison.
 *
 * Filters: "LEVEL:MATCH ..." e.g. "1:rpc 3:util"; a leading '+' on the
 * match also requests a stack trace in libvirt, and is accepted and
 * ignored here. Outputs: "LEVEL:stderr", "LEVEL:file:PATH",
 * "LEVEL:journald", "LEVEL:syslog:NAME", separated by spaces.
 * Levels: 1 debug, 2 info, 3 warning, 4 error.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include <glib.h>

typedef enum {
    VIR_LOG_DEBUG = 1,
    VIR_LOG_INFO,
    VIR_LOG_WARN,
    VIR_LOG_ERROR,
} virLogPriority;

#define VIR_LOG_DEFAULT VIR_LOG_WARN

typedef enum {
    VIR_LOG_TO_STDERR = 0,
    VIR_LOG_TO_SYSLOG,
    VIR_LOG_TO_FILE,
    VIR_LOG_TO_JOURNALD,

    VIR_LOG_TO_OUTPUT_LAST
} virLogDestination;

/*
 * One log source (one per .c file). @serial caches which generation of
 * the filter set @priority was computed for; both are updated lazily
 * under the log lock and read without it (a stale read only means one
 * extra slow-path check).
 */
typedef struct _virLogSource virLogSource;
struct _virLogSource {
    const char *name;       /* dotted source name, static */
    unsigned int priority;  /* cached minimum priority to emit */
    unsigned int serial;    /* filter generation @priority belongs to */
};

#define VIR_LOG_INIT(n) \
    static G_GNUC_UNUSED virLogSource virLogSelf = { \
        .name = "" n "", \
        .priority = VIR_LOG_ERROR, \
        .serial = 0, \
    }

/*
 * virLogMessage:
 * @source: the file's log source
 * @priority: a virLogPriority
 * @filename, @linenr, @funcname: where the message comes from
 * @fmt: printf format
 *
 * Formats and sends the message to every output whose level admits it,
 * if the source's filters or the default level let it through. Never
 * fails; preserves errno.
 */
void virLogMessage(virLogSource *source,
                   virLogPriority priority,
                   const char *filename,
                   int linenr,
                   const char *funcname,
                   const char *fmt,
                   ...) G_GNUC_PRINTF(6, 7);

void virLogVMessage(virLogSource *source,
                    virLogPriority priority,
                    const char *filename,
                    int linenr,
                    const char *funcname,
                    const char *fmt,
                    va_list vargs) G_GNUC_PRINTF(6, 0);

/*
 * virLogSourceEnabled:
 *
 * Returns true if a message of @priority from @source would be emitted.
 * The fast path of the VIR_DEBUG family.
 */
bool virLogSourceEnabled(virLogSource *source, virLogPriority priority);

#define VIR_LOG_EMIT(prio, ...) \
    do { \
        if (virLogSourceEnabled(&virLogSelf, prio)) \
            virLogMessage(&virLogSelf, prio, __FILE__, __LINE__, __func__, __VA_ARGS__); \
    } while (0)

#define VIR_DEBUG(...) VIR_LOG_EMIT(VIR_LOG_DEBUG, __VA_ARGS__)
#define VIR_INFO(...) VIR_LOG_EMIT(VIR_LOG_INFO, __VA_ARGS__)
#define VIR_WARN(...) VIR_LOG_EMIT(VIR_LOG_WARN, __VA_ARGS__)
#define VIR_ERROR(...) VIR_LOG_EMIT(VIR_LOG_ERROR, __VA_ARGS__)

/*
 * virLogSetDefaultPriority:
 * @priority: a virLogPriority
 *
 * Sets the level used for sources no filter matches. Returns 0, or -1
 * with an error reported for an out-of-range value.
 */
int virLogSetDefaultPriority(virLogPriority priority);
virLogPriority virLogGetDefaultPriority(void);

/*
 * virLogSetFilters:
 * @filters: libvirt filter syntax, e.g. "1:rpc 3:util"; NULL or "" clears
 *
 * Parses and installs the filters, replacing the current set. On a syntax
 * error nothing changes and -1 is returned with VIR_ERR_INVALID_ARG.
 */
int virLogSetFilters(const char *filters);

/*
 * virLogSetOutputs:
 * @outputs: libvirt output syntax, e.g. "3:stderr 1:file:/tmp/x.log";
 *           NULL or "" restores the default (stderr at the default level)
 *
 * Parses, opens and installs the outputs, replacing the current ones. On
 * any error nothing changes and -1 is returned with an error reported.
 */
int virLogSetOutputs(const char *outputs);

/*
 * virLogGetFilters / virLogGetOutputs:
 *
 * Return the current settings formatted in libvirt syntax; caller frees.
 */
char *virLogGetFilters(void);
char *virLogGetOutputs(void);

/*
 * virLogSetFromEnv:
 *
 * Applies LIBVIRT_DEBUG (level), LIBVIRT_LOG_FILTERS and
 * LIBVIRT_LOG_OUTPUTS when set. Bad values are ignored with a warning.
 */
void virLogSetFromEnv(void);

/*
 * virLogReset:
 *
 * Drops every filter and output and restores the default level.
 */
void virLogReset(void);

/*
 * virLogParsePriority:
 * @str: "1".."4" or "debug"/"info"/"warning"/"error"
 *
 * Returns the priority, or -1 (no error reported) if @str is none of them.
 */
int virLogParsePriority(const char *str);

/*
 * virLogSetOutputHook:
 * @func: called with every emitted line (already formatted, no newline)
 *        in addition to the outputs; NULL removes it
 *
 * For tests that check what was logged.
 */
typedef void (*virLogHookFunc)(virLogSource *source,
                               virLogPriority priority,
                               const char *line,
                               void *opaque);
void virLogSetOutputHook(virLogHookFunc func, void *opaque);
