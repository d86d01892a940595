/*
 * vsh.c: the shell engine: output, saved errors, running commands,
 * command lookup and small helpers
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "vsh.h"


bool
vshInit(vshControl *ctl)
{
    g_autofree char *debugVar = g_strdup_printf("%s_DEBUG", ctl->envPrefix);
    g_autofree char *logVar = g_strdup_printf("%s_LOG_FILE", ctl->envPrefix);
    const char *env;
    char *end = NULL;

    ctl->out = stdout;
    ctl->err = stderr;
    ctl->debug = VSH_ERR_ERROR;
    ctl->keepaliveInterval = -1;
    ctl->keepaliveCount = -1;
    ctl->logfd = -1;

    if ((env = g_getenv(debugVar)) && *env) {
        long level = strtol(env, &end, 10);

        if (*end || level < VSH_ERR_DEBUG || level > VSH_ERR_ERROR)
            vshError(ctl, _("%1$s_DEBUG not set with a valid numeric value"), ctl->envPrefix);
        else
            ctl->debug = level;
    }
    if ((env = g_getenv(logVar)) && *env) {
        ctl->logfile = g_strdup(env);
        ctl->logfd = open(env, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
        if (ctl->logfd < 0)
            vshError(ctl, _("failed to open the log file. check the log file path"));
    }
    return true;
}


void
vshDeinit(vshControl *ctl)
{
    g_clear_pointer(&ctl->cmd, vshCommandFree);
    g_clear_pointer(&ctl->connname, g_free);
    g_clear_pointer(&ctl->lastError, g_free);
    g_clear_pointer(&ctl->logfile, g_free);
    g_clear_pointer(&ctl->historydir, g_free);
    g_clear_pointer(&ctl->historyfile, g_free);
    if (ctl->logfd >= 0)
        (void)close(ctl->logfd);
    ctl->logfd = -1;
}


static FILE *
vshOut(vshControl *ctl)
{
    return ctl && ctl->out ? ctl->out : stdout;
}


static FILE *
vshErr(vshControl *ctl)
{
    return ctl && ctl->err ? ctl->err : stderr;
}


/* Append one line to the -l log file, if any. */
static void
vshLog(vshControl *ctl, const char *kind, const char *msg)
{
    g_autoptr(GDateTime) now = NULL;
    g_autofree char *stamp = NULL;
    g_autofree char *line = NULL;
    size_t len;

    if (!ctl || ctl->logfd < 0)
        return;
    now = g_date_time_new_now_local();
    stamp = g_date_time_format(now, "%Y.%m.%d %H:%M:%S");
    line = g_strdup_printf("[%s %s %d] %s %s", stamp, ctl->progname, (int)getpid(), kind, msg);
    len = strlen(line);
    if (len == 0 || line[len - 1] != '\n') {
        g_autofree char *tmp = g_steal_pointer(&line);

        line = g_strconcat(tmp, "\n", NULL);
    }
    if (write(ctl->logfd, line, strlen(line)) < 0)
        vshError(NULL, _("failed to write the log file: %1$s"), g_strerror(errno));
}


void
vshPrint(vshControl *ctl, const char *format, ...)
{
    va_list ap;
    g_autofree char *str = NULL;

    va_start(ap, format);
    str = g_strdup_vprintf(format, ap);
    va_end(ap);
    fputs(str, vshOut(ctl));
}


void
vshPrintExtra(vshControl *ctl, const char *format, ...)
{
    va_list ap;
    g_autofree char *str = NULL;

    if (ctl && ctl->quiet)
        return;
    va_start(ap, format);
    str = g_strdup_vprintf(format, ap);
    va_end(ap);
    fputs(str, vshOut(ctl));
}


void
vshError(vshControl *ctl, const char *format, ...)
{
    va_list ap;
    g_autofree char *str = NULL;

    va_start(ap, format);
    str = g_strdup_vprintf(format, ap);
    va_end(ap);

    vshLog(ctl, "ERROR", str);
    /* Keep the order of the two streams when both go to one file. */
    fflush(vshOut(ctl));
    fprintf(vshErr(ctl), "%s%s\n", _("error: "), str);
    fflush(vshErr(ctl));
}


void
vshPrintStderr(vshControl *ctl, const char *format, ...)
{
    va_list ap;
    g_autofree char *str = NULL;

    va_start(ap, format);
    str = g_strdup_vprintf(format, ap);
    va_end(ap);
    fflush(vshOut(ctl));
    fputs(str, vshErr(ctl));
    fflush(vshErr(ctl));
}


void
vshDebug(vshControl *ctl, int level, const char *format, ...)
{
    va_list ap;
    g_autofree char *str = NULL;

    if (level < ctl->debug)
        return;
    va_start(ap, format);
    str = g_strdup_vprintf(format, ap);
    va_end(ap);
    vshLog(ctl, "DEBUG", str);
    fputs(str, vshOut(ctl));
}


void
vshSaveError(vshControl *ctl, const char *format, ...)
{
    va_list ap;

    g_free(ctl->lastError);
    va_start(ap, format);
    ctl->lastError = g_strdup_vprintf(format, ap);
    va_end(ap);
}


void
vshResetError(vshControl *ctl)
{
    g_clear_pointer(&ctl->lastError, g_free);
}


void
vshReportError(vshControl *ctl)
{
    if (!ctl->lastError && ctl->hooks && ctl->hooks->fetchError)
        ctl->hooks->fetchError(ctl);
    if (!ctl->lastError)
        return;
    vshError(ctl, "%s", ctl->lastError);
    vshResetError(ctl);
}


/* Run one command: connect first unless it needs no connection. */
static bool
vshCommandRunOne(vshControl *ctl, const vshCmd *cmd)
{
    const vshClientHooks *hooks = ctl->hooks;
    g_autofree char *line = NULL;
    const vshCmdOpt *opt;

    if (ctl->logfd >= 0) {
        g_autoptr(GString) buf = g_string_new(cmd->def->name);

        for (opt = cmd->opts; opt; opt = opt->next)
            g_string_append_printf(buf, " --%s %s", opt->def->name, NULLSTR_EMPTY(opt->data));
        line = g_string_free(g_steal_pointer(&buf), FALSE);
        vshLog(ctl, "INFO", line);
    }
    if (cmd->def->flags & VSH_CMD_FLAG_NOCONNECT)
        return cmd->def->handler(ctl, cmd);
    if (hooks && hooks->connHandler && hooks->connHandler(ctl))
        return cmd->def->handler(ctl, cmd);
    return false;
}


bool
vshCommandRun(vshControl *ctl, const vshCmd *cmd)
{
    bool ret = true;

    for (; cmd; cmd = cmd->next) {
        gint64 before = g_get_monotonic_time();
        gint64 after;

        ret = vshCommandRunOne(ctl, cmd);
        after = g_get_monotonic_time();

        if (ctl->hooks && ctl->hooks->afterCommand)
            ctl->hooks->afterCommand(ctl, ret);
        if (!ret)
            vshReportError(ctl);
        else
            vshResetError(ctl);

        if (g_str_equal(cmd->def->name, "quit") || g_str_equal(cmd->def->name, "exit"))
            return ret;

        if (ctl->timing)
            vshPrint(ctl, _("\n(Time: %.3f ms)\n\n"), (after - before) / 1000.0);
        else
            vshPrintExtra(ctl, "\n");
    }
    return ret;
}


const vshCmdDef *
vshCmddefSearch(vshControl *ctl, const char *name)
{
    const vshCmdGrp *grp;
    size_t i;

    for (grp = ctl->groups; grp && grp->name; grp++) {
        for (i = 0; grp->commands[i]; i++) {
            if (g_str_equal(grp->commands[i]->name, name))
                return grp->commands[i];
        }
    }
    return NULL;
}


const vshCmdGrp *
vshCmdGrpSearch(vshControl *ctl, const char *name)
{
    const vshCmdGrp *grp;

    for (grp = ctl->groups; grp && grp->name; grp++) {
        if (g_str_equal(grp->name, name) || g_str_equal(grp->keyword, name))
            return grp;
    }
    return NULL;
}


char **
vshStringToArray(const char *str)
{
    g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(GString) cur = g_string_new(NULL);
    const char *p;

    for (p = str; *p; p++) {
        if (*p != ',') {
            g_string_append_c(cur, *p);
        } else if (p[1] == ',') {
            g_string_append_c(cur, ',');
            p++;
        } else {
            g_ptr_array_add(parts, g_strdup(cur->str));
            g_string_truncate(cur, 0);
        }
    }
    g_ptr_array_add(parts, g_strdup(cur->str));
    g_ptr_array_add(parts, NULL);
    return (char **)g_ptr_array_free(g_steal_pointer(&parts), FALSE);
}


double
vshPrettyCapacity(unsigned long long val, const char **unit)
{
    static const char *const units[] = { "B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB" };
    double limit = 1024;
    size_t i;

    if (val < limit) {
        *unit = units[0];
        return val;
    }
    for (i = 1; i < G_N_ELEMENTS(units) - 1; i++) {
        if (val < limit * 1024) {
            *unit = units[i];
            return val / limit;
        }
        limit *= 1024;
    }
    *unit = units[G_N_ELEMENTS(units) - 1];
    return val / limit;
}


char *
vshEscapeXML(const char *str)
{
    GString *buf = g_string_new(NULL);
    const unsigned char *p;

    for (p = (const unsigned char *)str; *p; p++) {
        switch (*p) {
        case '<':
            g_string_append(buf, "&lt;");
            break;
        case '>':
            g_string_append(buf, "&gt;");
            break;
        case '&':
            g_string_append(buf, "&amp;");
            break;
        case '"':
            g_string_append(buf, "&quot;");
            break;
        case '\'':
            g_string_append(buf, "&apos;");
            break;
        default:
            /* Control characters other than tab, newline and carriage
             * return, up to 0x19, are dropped (as libvirt's buffer does). */
            if (*p <= 0x19 && *p != '\t' && *p != '\n' && *p != '\r')
                break;
            g_string_append_c(buf, *p);
        }
    }
    return g_string_free(buf, FALSE);
}


char *
vshEscapeShell(const char *str)
{
    GString *buf;
    const char *p;

    if (*str && !strpbrk(str, "\r\t\n !\"#$&'()*;<>?[\\]^`{|}~"))
        return g_strdup(str);

    buf = g_string_new("'");
    for (p = str; *p; p++) {
        if (*p == '\'')
            g_string_append(buf, "'\\'");
        g_string_append_c(buf, *p);
    }
    g_string_append_c(buf, '\'');
    return g_string_free(buf, FALSE);
}
