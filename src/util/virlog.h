/*
 * virlog.h: leveled logging with libvirt's filter and output syntax
 *
 * Each .c file names its log source once with VIR_LOG_INIT("util.file")
 * and then logs with VIR_DEBUG/VIR_INFO/VIR_WARN/VIR_ERROR. A message is
 * formatted only when some filter or the default level lets it through;
 * a disabled call costs one integer comparison and does not evaluate its
 * arguments.
 *
 * Filters: "LEVEL:MATCH ..." e.g. "1:rpc 3:util"; MATCH is a glob ('*',
 * '?') matched anywhere in the source name, as if written "*MATCH*"
 * (libvirt 9.0's rule), and the first matching filter sets the source's
 * level. A leading '+' on the filter or on MATCH asks libvirt for a stack
 * trace; it is accepted and ignored here. Outputs: "LEVEL:stderr",
 * "LEVEL:file:PATH", "LEVEL:journald", "LEVEL:syslog:NAME"; each gets the
 * messages at or above its own LEVEL. Entries are separated by white
 * space. Levels: 1 debug, 2 info, 3 warning, 4 error.
 *
 * Each output line has libvirt's shape:
 *   "2026-11-24 21:35:01.123+0000: <thread id>: debug : func:line : text"
 * (UTC timestamp; syslog and journald get it without the timestamp).
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
 * One log source (one per .c file). The first check of a source registers
 * it with the log module; from then on every change of filters or of the
 * default level rewrites @priority of all registered sources (under the
 * log lock), so the fast path only compares against it. Both fields are
 * written under the log lock and read atomically without it.
 */
typedef struct _virLogSource virLogSource;
struct _virLogSource {
    const char *name;      /* dotted source name, static */
    unsigned int priority; /* minimum priority to emit; 0 until registered */
    unsigned int serial;   /* configuration generation @priority belongs to;
                             * 0 until registered */
};

#define VIR_LOG_INIT(n)                                                                            \
 static G_GNUC_UNUSED virLogSource virLogSelf = {                                                  \
     .name = "" n "",                                                                              \
     .priority = 0,                                                                                \
     .serial = 0,                                                                                  \
 }

/*
 * virLogMessage:
 * @source: the file's log source
 * @priority: a virLogPriority
 * @filename, @linenr, @funcname: where the message comes from
 * @fmt: printf format
 *
 * Formats the message and, if the source's filters or the default level
 * let it through, passes the line to the output hook and sends it to
 * every output whose level admits it (to stderr when no output is
 * configured). Never fails; preserves errno. Takes the log lock: must not
 * be called from the output hook.
 */
void virLogMessage(virLogSource *source,
                   virLogPriority priority,
                   const char *filename,
                   int linenr,
                   const char *funcname,
                   const char *fmt,
                   ...) G_GNUC_PRINTF(6, 7);

/*
 * virLogVMessage:
 *
 * virLogMessage() with a va_list; @vargs is consumed.
 */
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
 * Returns true if a message of @priority from @source passes the source's
 * filter (or the default level). Registers @source on first use.
 */
bool virLogSourceEnabled(virLogSource *source, virLogPriority priority);

/*
 * The first test is the whole cost of a disabled message once the source
 * is registered: a relaxed load (a plain load on common CPUs) and one
 * comparison. virLogSourceEnabled() then does the exact check.
 */
#define VIR_LOG_EMIT(prio, ...)                                                                    \
 do {                                                                                              \
  if ((unsigned int)(prio) >= __atomic_load_n(&virLogSelf.priority, __ATOMIC_RELAXED) &&           \
      virLogSourceEnabled(&virLogSelf, prio))                                                      \
   virLogMessage(&virLogSelf, prio, __FILE__, __LINE__, __func__, __VA_ARGS__);                    \
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
 * with VIR_ERR_INVALID_ARG for an out-of-range value.
 */
int virLogSetDefaultPriority(virLogPriority priority);

/*
 * virLogGetDefaultPriority:
 *
 * Returns the level used for sources no filter matches.
 */
virLogPriority virLogGetDefaultPriority(void);

/*
 * virLogPriorityString:
 * @priority: a virLogPriority
 *
 * Returns the static name used in log lines ("debug", "info", "warning",
 * "error"), or "unknown" for an out-of-range value.
 */
const char *virLogPriorityString(virLogPriority priority);

/*
 * virLogSetFilters:
 * @filters: libvirt filter syntax, e.g. "1:rpc 3:util"; NULL or "" clears
 *
 * Parses and installs the filters, replacing the current set. On a syntax
 * error nothing changes and -1 is returned with VIR_ERR_INVALID_ARG and a
 * message naming the bad entry. Like libvirt 9.0, "1:a:b" is taken as
 * "1:a" (text after a second ':' is ignored).
 */
int virLogSetFilters(const char *filters);

/*
 * virLogSetOutputs:
 * @outputs: libvirt output syntax, e.g. "3:stderr 1:file:/tmp/x.log";
 *           NULL or "" restores the default: stderr, for every message
 *           that passes the filters (so warnings and up by default)
 *
 * Parses, opens and installs the outputs, replacing (and closing) the
 * current ones. A file is opened for appending (created 0600 if missing);
 * everything after "file:" is its path. Repeating a destination (same
 * file, same syslog name, stderr or journald twice) keeps only the last
 * entry. journald writes datagrams to the journal socket and falls back
 * to stderr (with a debug note) when the socket cannot be reached. With
 * several syslog outputs the last name is the ident used for all of them.
 * On a syntax error nothing changes and -1 is returned with
 * VIR_ERR_INVALID_ARG naming the bad entry; a file that cannot be opened
 * gives VIR_ERR_SYSTEM_ERROR.
 */
int virLogSetOutputs(const char *outputs);

/*
 * virLogGetFilters / virLogGetOutputs:
 *
 * Return the current settings formatted in libvirt syntax ("1:rpc 3:util",
 * "3:stderr 1:file:/x.log"), which virLogSetFilters/Outputs accept back;
 * "" when none are set (for outputs: the implicit stderr output). The
 * caller frees the string.
 */
char *virLogGetFilters(void);
char *virLogGetOutputs(void);

/*
 * virLogSetFromEnv:
 *
 * Applies LIBVIRT_DEBUG (default level, see virLogParsePriority),
 * LIBVIRT_LOG_FILTERS and LIBVIRT_LOG_OUTPUTS, in that order, when set
 * and not empty. A bad value is ignored with a warning (VIR_WARN) and
 * leaves that setting as it was; the thread's last error is preserved.
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
 * @str: "1".."4" or "debug"/"info"/"warning"/"error" ("warn" is accepted
 *       too, as libvirt's documentation names it)
 *
 * Returns the priority, or -1 (no error reported) if @str is none of them.
 */
int virLogParsePriority(const char *str);

/*
 * virLogSetOutputHook:
 * @func: called with every line that passes the source's filter (already
 *        formatted as in a log file, timestamp included, no newline), in
 *        addition to the outputs and whatever their levels; NULL removes it
 * @opaque: passed to @func
 *
 * For tests that check what was logged. @func runs with the log lock
 * held: it must not log or report errors.
 */
typedef void (*virLogHookFunc)(virLogSource *source,
                               virLogPriority priority,
                               const char *line,
                               void *opaque);
void virLogSetOutputHook(virLogHookFunc func, void *opaque);
