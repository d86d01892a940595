/*
 * virlog.c: leveled logging with libvirt's filter and output syntax
 *
 * Configuration (filters, outputs, default level) lives behind one mutex,
 * which also serialises writes so lines from different threads never mix.
 * Parsing and opening happen outside the lock; the result is swapped in
 * whole, so a failed change leaves the old configuration untouched.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"
#include "virerror.h"
#include "virlog.h"

#define VIR_LOGPRIV_H_ALLOW
#include "virlogpriv.h"

#define VIR_FROM_THIS VIR_FROM_NONE

VIR_LOG_INIT("util.log");

#define VIR_LOG_JOURNAL_SOCKET "/run/systemd/journal/socket"

/* One filter: sources whose name matches @spec log from @priority up. */
typedef struct {
    virLogPriority priority;
    char *match;        /* the MATCH as written, without any '+' */
    GPatternSpec *spec; /* "*MATCH*" */
} virLogFilter;

/* One output: where lines at or above @priority go. */
typedef struct {
    virLogDestination dest;
    virLogPriority priority;
    char *name; /* file path or syslog ident; NULL otherwise */
    int fd;     /* file or journal socket; -1 for stderr, syslog and a
                           * journald output that fell back to stderr */
} virLogOutput;

/* All of the following is guarded by virLogLock. */
static GMutex virLogLock;
static virLogPriority virLogDefaultPriority = VIR_LOG_DEFAULT;
static GPtrArray *virLogFilters; /* of virLogFilter; NULL when none */
static GPtrArray *virLogOutputs; /* of virLogOutput; NULL: implicit stderr */
static GPtrArray *virLogSources; /* every registered virLogSource, borrowed */
static bool virLogSyslogOpen;    /* openlog() was called for an output */
static char *virLogJournalPath;  /* test override of the journal socket */
static virLogHookFunc virLogHook;
static void *virLogHookOpaque;
/* Generation of the configuration; read without the lock. */
static unsigned int virLogSerial = 1;

static const char *const virLogPriorityNames[] = {
    [VIR_LOG_DEBUG] = "debug",
    [VIR_LOG_INFO] = "info",
    [VIR_LOG_WARN] = "warning",
    [VIR_LOG_ERROR] = "error",
};

static const char *const virLogDestNames[] = {
    [VIR_LOG_TO_STDERR] = "stderr",
    [VIR_LOG_TO_SYSLOG] = "syslog",
    [VIR_LOG_TO_FILE] = "file",
    [VIR_LOG_TO_JOURNALD] = "journald",
};

G_STATIC_ASSERT(G_N_ELEMENTS(virLogDestNames) == VIR_LOG_TO_OUTPUT_LAST);

/* The form each destination takes, for error messages. */
static const char *const virLogDestSyntax[] = {
    [VIR_LOG_TO_STDERR] = "LEVEL:stderr",
    [VIR_LOG_TO_SYSLOG] = "LEVEL:syslog:NAME",
    [VIR_LOG_TO_FILE] = "LEVEL:file:PATH",
    [VIR_LOG_TO_JOURNALD] = "LEVEL:journald",
};

G_STATIC_ASSERT(G_N_ELEMENTS(virLogDestSyntax) == VIR_LOG_TO_OUTPUT_LAST);

static const int virLogSyslogPriority[] = {
    [VIR_LOG_DEBUG] = LOG_DEBUG,
    [VIR_LOG_INFO] = LOG_INFO,
    [VIR_LOG_WARN] = LOG_WARNING,
    [VIR_LOG_ERROR] = LOG_ERR,
};


const char *
virLogPriorityString(virLogPriority priority)
{
    if (priority < VIR_LOG_DEBUG || priority > VIR_LOG_ERROR)
        return "unknown";
    return virLogPriorityNames[priority];
}


int
virLogParsePriority(const char *str)
{
    size_t i;

    if (!str)
        return -1;
    if (str[0] >= '1' && str[0] <= '4' && str[1] == '\0')
        return str[0] - '0';
    for (i = VIR_LOG_DEBUG; i <= VIR_LOG_ERROR; i++) {
        if (g_str_equal(str, virLogPriorityNames[i]))
            return i;
    }
    if (g_str_equal(str, "warn"))
        return VIR_LOG_WARN;
    return -1;
}


static void
virLogFilterFree(void *opaque)
{
    virLogFilter *filter = opaque;

    g_free(filter->match);
    if (filter->spec)
        g_pattern_spec_free(filter->spec);
    g_free(filter);
}


static void
virLogOutputFree(void *opaque)
{
    virLogOutput *output = opaque;

    if (output->fd >= 0)
        (void)close(output->fd);
    g_free(output->name);
    g_free(output);
}


/* Splits a filter or output string into its non-empty entries. */
static GStrv
virLogSplitEntries(const char *str)
{
    g_auto(GStrv) parts = g_strsplit_set(str, " \t\n", -1);
    GPtrArray *entries = g_ptr_array_new();
    size_t i;

    for (i = 0; parts[i]; i++) {
        if (*parts[i])
            g_ptr_array_add(entries, g_strdup(parts[i]));
    }
    g_ptr_array_add(entries, NULL);
    return (GStrv)g_ptr_array_free(entries, FALSE);
}


static virLogFilter *
virLogParseFilter(const char *entry)
{
    const char *str = entry;
    const char *colon;
    const char *match;
    g_autofree char *level = NULL;
    g_autofree char *glob = NULL;
    virLogFilter *filter;
    int priority;

    if (*str == '+')
        str++;
    if (!(colon = strchr(str, ':'))) {
        virReportError(VIR_ERR_INVALID_ARG, _("malformed log filter '%1$s': expected LEVEL:MATCH"),
                       entry);
        return NULL;
    }
    level = g_strndup(str, colon - str);
    if ((priority = virLogParsePriority(level)) < 0) {
        virReportError(VIR_ERR_INVALID_ARG, _("invalid priority '%1$s' in log filter '%2$s'"),
                       level, entry);
        return NULL;
    }
    match = colon + 1;
    if (*match == '+')
        match++;
    if (*match == '\0' || *match == ':') {
        virReportError(VIR_ERR_INVALID_ARG, _("empty match in log filter '%1$s'"), entry);
        return NULL;
    }

    filter = g_new0(virLogFilter, 1);
    filter->priority = priority;
    /* libvirt 9.0 ignores anything after a second ':'; so do we. */
    filter->match = g_strndup(match, strcspn(match, ":"));
    /* MATCH may sit anywhere in the source name. */
    glob = g_strdup_printf("*%s*", filter->match);
    filter->spec = g_pattern_spec_new(glob);
    return filter;
}


/* Returns the journal socket, or -1 when it cannot be reached. */
static int
virLogJournalOpen(void)
{
    struct sockaddr_un addr = { .sun_family = AF_UNIX };
    g_autofree char *path = NULL;
    int fd;

    g_mutex_lock(&virLogLock);
    path = g_strdup(virLogJournalPath ? virLogJournalPath : VIR_LOG_JOURNAL_SOCKET);
    g_mutex_unlock(&virLogLock);

    if (strlen(path) >= sizeof(addr.sun_path))
        return -1;
    memcpy(addr.sun_path, path, strlen(path) + 1);
    if ((fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0)) < 0)
        return -1;
    if (connect(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
        (void)close(fd);
        return -1;
    }
    return fd;
}


/* Opens what @output writes to. Returns 0, or -1 with an error reported. */
static int
virLogOutputOpen(virLogOutput *output)
{
    switch (output->dest) {
    case VIR_LOG_TO_FILE:
        output->fd = open(output->name, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
        if (output->fd < 0) {
            virReportSystemError(errno, _("failed to open log file '%1$s'"), output->name);
            return -1;
        }
        break;
    case VIR_LOG_TO_JOURNALD:
        /* A missing journal is not an error: the lines go to stderr. */
        output->fd = virLogJournalOpen();
        break;
    case VIR_LOG_TO_STDERR:
    case VIR_LOG_TO_SYSLOG:
    case VIR_LOG_TO_OUTPUT_LAST:
        break;
    }
    return 0;
}


static virLogOutput *
virLogParseOutput(const char *entry)
{
    g_auto(GStrv) parts = g_strsplit(entry, ":", 3);
    virLogOutput *output = NULL;
    int priority;
    bool needsName;
    int dest = -1;
    size_t i;

    if (g_strv_length(parts) < 2) {
        virReportError(VIR_ERR_INVALID_ARG,
                       _("malformed log output '%1$s': expected LEVEL:DESTINATION[:NAME]"), entry);
        return NULL;
    }
    if ((priority = virLogParsePriority(parts[0])) < 0) {
        virReportError(VIR_ERR_INVALID_ARG, _("invalid priority '%1$s' in log output '%2$s'"),
                       parts[0], entry);
        return NULL;
    }
    for (i = 0; i < G_N_ELEMENTS(virLogDestNames); i++) {
        if (g_str_equal(parts[1], virLogDestNames[i]))
            dest = i;
    }
    if (dest < 0) {
        virReportError(VIR_ERR_INVALID_ARG, _("unknown destination '%1$s' in log output '%2$s'"),
                       parts[1], entry);
        return NULL;
    }
    needsName = dest == VIR_LOG_TO_FILE || dest == VIR_LOG_TO_SYSLOG;
    if (needsName ? !parts[2] || !*parts[2] : parts[2] != NULL) {
        virReportError(VIR_ERR_INVALID_ARG,
                       _("log output '%1$s' does not fit destination '%2$s': expected %3$s"), entry,
                       parts[1], virLogDestSyntax[dest]);
        return NULL;
    }

    output = g_new0(virLogOutput, 1);
    output->dest = dest;
    output->priority = priority;
    output->name = needsName ? g_strdup(parts[2]) : NULL;
    output->fd = -1;
    if (virLogOutputOpen(output) < 0) {
        virLogOutputFree(output);
        return NULL;
    }
    return output;
}


/* Drops an earlier output to the same place: the last entry wins. */
static void
virLogOutputsDropSame(GPtrArray *outputs, const virLogOutput *output)
{
    size_t i;

    for (i = 0; i < outputs->len; i++) {
        virLogOutput *old = g_ptr_array_index(outputs, i);

        if (old->dest == output->dest && g_strcmp0(old->name, output->name) == 0) {
            g_ptr_array_remove_index(outputs, i);
            return;
        }
    }
}


/* Recomputes @source->priority from the current configuration. */
static void
virLogSourceUpdateLocked(virLogSource *source)
{
    unsigned int priority = virLogDefaultPriority;
    size_t i;

    for (i = 0; virLogFilters && i < virLogFilters->len; i++) {
        virLogFilter *filter = g_ptr_array_index(virLogFilters, i);

        if (g_pattern_spec_match_string(filter->spec, source->name)) {
            priority = filter->priority;
            break;
        }
    }
    __atomic_store_n(&source->priority, priority, __ATOMIC_RELAXED);
    __atomic_store_n(&source->serial, virLogSerial, __ATOMIC_RELEASE);
}


/*
 * Starts a new configuration generation: every registered source gets its
 * new priority now, which is what lets VIR_LOG_EMIT skip the serial check.
 */
static void
virLogConfigChangedLocked(void)
{
    size_t i;

    __atomic_store_n(&virLogSerial, virLogSerial + 1, __ATOMIC_RELEASE);
    for (i = 0; virLogSources && i < virLogSources->len; i++)
        virLogSourceUpdateLocked(g_ptr_array_index(virLogSources, i));
}


bool
virLogSourceEnabled(virLogSource *source, virLogPriority priority)
{
    unsigned int serial = __atomic_load_n(&virLogSerial, __ATOMIC_ACQUIRE);

    if (__atomic_load_n(&source->serial, __ATOMIC_ACQUIRE) != serial) {
        g_mutex_lock(&virLogLock);
        if (source->serial == 0) {
            if (!virLogSources)
                virLogSources = g_ptr_array_new();
            g_ptr_array_add(virLogSources, source);
        }
        virLogSourceUpdateLocked(source);
        g_mutex_unlock(&virLogLock);
    }
    return (unsigned int)priority >= __atomic_load_n(&source->priority, __ATOMIC_RELAXED);
}


/* Fills @buf with "YYYY-MM-DD HH:MM:SS.mmm+0000" for now, in UTC. */
static void
virLogFormatTimestamp(char *buf, size_t len)
{
    gint64 now = g_get_real_time();
    time_t secs = now / G_USEC_PER_SEC;
    struct tm tm;
    char date[32];

    gmtime_r(&secs, &tm);
    if (strftime(date, sizeof(date), "%Y-%m-%d %H:%M:%S", &tm) == 0)
        date[0] = '\0';
    g_snprintf(buf, len, "%s.%03d+0000", date, (int)((now % G_USEC_PER_SEC) / 1000));
}


static void
virLogWriteAll(int fd, const char *buf, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, buf, len);

        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        buf += n;
        len -= n;
    }
}


/* Appends one journal field; values with a newline use the binary form. */
static void
virLogJournalAddField(GString *buf, const char *key, const char *value)
{
    guint64 len;

    if (!strchr(value, '\n')) {
        g_string_append_printf(buf, "%s=%s\n", key, value);
        return;
    }
    len = GUINT64_TO_LE((guint64)strlen(value));
    g_string_append_printf(buf, "%s\n", key);
    g_string_append_len(buf, (const char *)&len, sizeof(len));
    g_string_append_printf(buf, "%s\n", value);
}


/* What one message hands to the outputs. */
typedef struct {
    virLogPriority priority;
    const char *filename;
    int linenr;
    const char *funcname;
    const char *msg;  /* the formatted message alone */
    const char *line; /* the whole line, newline included */
    size_t len;       /* length of @line */
    const char *body; /* @line after the timestamp, no newline */
    int bodylen;
} virLogRecord;


static void
virLogSendJournal(int fd, const virLogRecord *rec)
{
    g_autoptr(GString) buf = g_string_new(NULL);
    char num[32];

    virLogJournalAddField(buf, "MESSAGE", rec->msg);
    g_snprintf(num, sizeof(num), "%d", virLogSyslogPriority[rec->priority]);
    virLogJournalAddField(buf, "PRIORITY", num);
    virLogJournalAddField(buf, "LIBVIRT_SOURCE", "file");
    virLogJournalAddField(buf, "CODE_FILE", NULLSTR(rec->filename));
    g_snprintf(num, sizeof(num), "%d", rec->linenr);
    virLogJournalAddField(buf, "CODE_LINE", num);
    virLogJournalAddField(buf, "CODE_FUNC", NULLSTR(rec->funcname));
    /* A message too big for one datagram is dropped; journald has no reply. */
    (void)send(fd, buf->str, buf->len, MSG_NOSIGNAL);
}


static void
virLogOutputWriteLocked(const virLogOutput *output, const virLogRecord *rec)
{
    switch (output->dest) {
    case VIR_LOG_TO_SYSLOG:
        syslog(virLogSyslogPriority[rec->priority], "%.*s", rec->bodylen, rec->body);
        return;
    case VIR_LOG_TO_JOURNALD:
        if (output->fd >= 0) {
            virLogSendJournal(output->fd, rec);
            return;
        }
        break;
    case VIR_LOG_TO_FILE:
        virLogWriteAll(output->fd, rec->line, rec->len);
        return;
    case VIR_LOG_TO_STDERR:
    case VIR_LOG_TO_OUTPUT_LAST:
        break;
    }
    virLogWriteAll(STDERR_FILENO, rec->line, rec->len);
}


static void
virLogEmitLocked(virLogSource *source, virLogRecord *rec)
{
    size_t i;

    if (virLogHook) {
        /* The hook sees the line without its newline. */
        g_autofree char *line = g_strndup(rec->line, rec->len - 1);

        virLogHook(source, rec->priority, line, virLogHookOpaque);
    }
    if (!virLogOutputs) {
        virLogWriteAll(STDERR_FILENO, rec->line, rec->len);
        return;
    }
    for (i = 0; i < virLogOutputs->len; i++) {
        const virLogOutput *output = g_ptr_array_index(virLogOutputs, i);

        if (rec->priority >= output->priority)
            virLogOutputWriteLocked(output, rec);
    }
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
    char timestamp[64];
    int tslen;
    virLogRecord rec = {
        .filename = filename,
        .linenr = linenr,
        .funcname = funcname,
    };

    if (priority < VIR_LOG_DEBUG || priority > VIR_LOG_ERROR)
        priority = VIR_LOG_ERROR;
    rec.priority = priority;
    if (!virLogSourceEnabled(source, priority))
        return;

    msg = g_strdup_vprintf(fmt, vargs);
    virLogFormatTimestamp(timestamp, sizeof(timestamp));
    tslen = strlen(timestamp);
    line = g_strdup_printf("%s: %llu: %s : %s:%d : %s\n", timestamp, (unsigned long long)gettid(),
                           virLogPriorityNames[priority], NULLSTR(funcname), linenr, msg);
    rec.msg = msg;
    rec.line = line;
    rec.len = strlen(line);
    rec.body = line + tslen + 2;
    rec.bodylen = (int)(rec.len - tslen - 3);

    g_mutex_lock(&virLogLock);
    virLogEmitLocked(source, &rec);
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
    g_mutex_lock(&virLogLock);
    virLogDefaultPriority = priority;
    virLogConfigChangedLocked();
    g_mutex_unlock(&virLogLock);
    return 0;
}


virLogPriority
virLogGetDefaultPriority(void)
{
    virLogPriority ret;

    g_mutex_lock(&virLogLock);
    ret = virLogDefaultPriority;
    g_mutex_unlock(&virLogLock);
    return ret;
}


int
virLogSetFilters(const char *filters)
{
    g_autoptr(GPtrArray) parsed = NULL;
    g_autoptr(GPtrArray) old = NULL;
    g_auto(GStrv) entries = NULL;
    size_t i;

    if (filters && *filters) {
        entries = virLogSplitEntries(filters);
        parsed = g_ptr_array_new_with_free_func(virLogFilterFree);
        for (i = 0; entries[i]; i++) {
            virLogFilter *filter = virLogParseFilter(entries[i]);

            if (!filter)
                return -1;
            g_ptr_array_add(parsed, filter);
        }
        if (parsed->len == 0)
            g_clear_pointer(&parsed, g_ptr_array_unref);
    }

    g_mutex_lock(&virLogLock);
    old = virLogFilters;
    virLogFilters = g_steal_pointer(&parsed);
    virLogConfigChangedLocked();
    g_mutex_unlock(&virLogLock);
    return 0;
}


/* Installs @outputs (may be NULL) and returns the previous set. */
static GPtrArray *
virLogSwapOutputs(GPtrArray *outputs)
{
    GPtrArray *old;
    const char *ident = NULL;
    size_t i;

    for (i = 0; outputs && i < outputs->len; i++) {
        const virLogOutput *output = g_ptr_array_index(outputs, i);

        if (output->dest == VIR_LOG_TO_SYSLOG)
            ident = output->name;
    }

    g_mutex_lock(&virLogLock);
    old = virLogOutputs;
    virLogOutputs = outputs;
    /*
     * syslog keeps the ident pointer: re-open with the new one (owned by
     * the new set) or close before the old set and its ident are freed.
     */
    if (ident) {
        openlog(ident, LOG_PID, LOG_DAEMON);
        virLogSyslogOpen = true;
    } else if (virLogSyslogOpen) {
        closelog();
        virLogSyslogOpen = false;
    }
    g_mutex_unlock(&virLogLock);
    return old;
}


int
virLogSetOutputs(const char *outputs)
{
    g_autoptr(GPtrArray) parsed = NULL;
    g_autoptr(GPtrArray) old = NULL;
    g_auto(GStrv) entries = NULL;
    bool journalMissing = false;
    size_t i;

    if (outputs && *outputs) {
        entries = virLogSplitEntries(outputs);
        parsed = g_ptr_array_new_with_free_func(virLogOutputFree);
        for (i = 0; entries[i]; i++) {
            virLogOutput *output = virLogParseOutput(entries[i]);

            if (!output)
                return -1;
            virLogOutputsDropSame(parsed, output);
            g_ptr_array_add(parsed, output);
            if (output->dest == VIR_LOG_TO_JOURNALD && output->fd < 0)
                journalMissing = true;
        }
        if (parsed->len == 0)
            g_clear_pointer(&parsed, g_ptr_array_unref);
    }

    old = virLogSwapOutputs(g_steal_pointer(&parsed));
    if (journalMissing)
        VIR_DEBUG("journal socket unreachable, journald output goes to stderr instead");
    return 0;
}


char *
virLogGetFilters(void)
{
    g_autoptr(GString) buf = g_string_new(NULL);
    size_t i;

    g_mutex_lock(&virLogLock);
    for (i = 0; virLogFilters && i < virLogFilters->len; i++) {
        const virLogFilter *filter = g_ptr_array_index(virLogFilters, i);

        g_string_append_printf(buf, "%s%d:%s", i ? " " : "", filter->priority, filter->match);
    }
    g_mutex_unlock(&virLogLock);
    return g_string_free(g_steal_pointer(&buf), FALSE);
}


char *
virLogGetOutputs(void)
{
    g_autoptr(GString) buf = g_string_new(NULL);
    size_t i;

    g_mutex_lock(&virLogLock);
    for (i = 0; virLogOutputs && i < virLogOutputs->len; i++) {
        const virLogOutput *output = g_ptr_array_index(virLogOutputs, i);

        g_string_append_printf(buf, "%s%d:%s", i ? " " : "", output->priority,
                               virLogDestNames[output->dest]);
        if (output->name)
            g_string_append_printf(buf, ":%s", output->name);
    }
    g_mutex_unlock(&virLogLock);
    return g_string_free(g_steal_pointer(&buf), FALSE);
}


void
virLogSetFromEnv(void)
{
    g_autoptr(virError) saved = NULL;
    const char *val;
    int priority;

    virErrorPreserveLast(&saved);

    if ((val = g_getenv("LIBVIRT_DEBUG")) && *val) {
        if ((priority = virLogParsePriority(val)) < 0)
            VIR_WARN("ignoring invalid LIBVIRT_DEBUG value '%s'", val);
        else
            virLogSetDefaultPriority(priority);
    }
    if ((val = g_getenv("LIBVIRT_LOG_FILTERS")) && *val && virLogSetFilters(val) < 0)
        VIR_WARN("ignoring LIBVIRT_LOG_FILTERS: %s", virGetLastErrorMessage());
    if ((val = g_getenv("LIBVIRT_LOG_OUTPUTS")) && *val && virLogSetOutputs(val) < 0)
        VIR_WARN("ignoring LIBVIRT_LOG_OUTPUTS: %s", virGetLastErrorMessage());

    virResetLastError();
    virErrorRestore(&saved);
}


void
virLogReset(void)
{
    g_autoptr(GPtrArray) oldFilters = NULL;
    g_autoptr(GPtrArray) oldOutputs = NULL;

    oldOutputs = virLogSwapOutputs(NULL);
    g_mutex_lock(&virLogLock);
    oldFilters = g_steal_pointer(&virLogFilters);
    virLogDefaultPriority = VIR_LOG_DEFAULT;
    virLogConfigChangedLocked();
    g_mutex_unlock(&virLogLock);
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
virLogSetJournalSocketPath(const char *path)
{
    g_mutex_lock(&virLogLock);
    g_free(virLogJournalPath);
    virLogJournalPath = g_strdup(path);
    g_mutex_unlock(&virLogLock);
}
