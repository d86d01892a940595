/*
 * virdaemonopts.c: the command line of a modvirt daemon
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <glib.h>

#include "internal.h"
#include "virbuffer.h"
#include "virdaemonopts.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_NONE


/* Raw values as GOption fills them. */
typedef struct {
    char *configFile;
    char *pidFile;
    char *root;
    char *timeout;
    gboolean daemonize;
    gboolean verbose;
    gboolean version;
    gboolean help;
} virDaemonOptsRaw;


static void
virDaemonOptsRawClear(virDaemonOptsRaw *raw)
{
    g_free(raw->configFile);
    g_free(raw->pidFile);
    g_free(raw->root);
    g_free(raw->timeout);
}


/* Stores @value made absolute into @dst; rejects an empty value. */
static int
virDaemonOptsPath(const char *option, const char *value, char **dst)
{
    if (!value)
        return 0;
    if (!*value) {
        virReportError(VIR_ERR_INVALID_ARG, _("empty value for option '--%1$s'"), option);
        return -1;
    }
    *dst = g_canonicalize_filename(value, NULL);
    return 0;
}


/* Checks and converts what GOption collected. */
static virDaemonOpts *
virDaemonOptsFromRaw(const virDaemonOptsRaw *raw)
{
    g_autoptr(virDaemonOpts) opts = g_new0(virDaemonOpts, 1);

    if (virDaemonOptsPath("config", raw->configFile, &opts->configFile) < 0 ||
        virDaemonOptsPath("pid-file", raw->pidFile, &opts->pidFile) < 0 ||
        virDaemonOptsPath("root", raw->root, &opts->root) < 0)
        return NULL;
    if (raw->timeout) {
        guint64 val = 0;

        if (!g_ascii_string_to_unsigned(raw->timeout, 10, 0, G_MAXUINT32, &val, NULL)) {
            virReportError(VIR_ERR_INVALID_ARG,
                           _("invalid value for timeout '%1$s': expected a number of seconds"),
                           raw->timeout);
            return NULL;
        }
        opts->timeout = (unsigned int)val;
    }
    opts->daemonize = raw->daemonize;
    opts->verbose = raw->verbose;
    opts->version = raw->version;
    opts->help = raw->help;
    return g_steal_pointer(&opts);
}


virDaemonOpts *
virDaemonOptsParse(int argc, char **argv)
{
    virDaemonOptsRaw raw = { NULL };
    const GOptionEntry entries[] = {
        { "config", 'f', 0, G_OPTION_ARG_FILENAME, &raw.configFile, NULL, NULL },
        { "pid-file", 'p', 0, G_OPTION_ARG_FILENAME, &raw.pidFile, NULL, NULL },
        { "daemon", 'd', 0, G_OPTION_ARG_NONE, &raw.daemonize, NULL, NULL },
        { "timeout", 't', 0, G_OPTION_ARG_STRING, &raw.timeout, NULL, NULL },
        { "verbose", 'v', 0, G_OPTION_ARG_NONE, &raw.verbose, NULL, NULL },
        { "version", 'V', 0, G_OPTION_ARG_NONE, &raw.version, NULL, NULL },
        { "help", 'h', 0, G_OPTION_ARG_NONE, &raw.help, NULL, NULL },
        { "root", 0, 0, G_OPTION_ARG_FILENAME, &raw.root, NULL, NULL },
        { NULL },
    };
    g_autoptr(GOptionContext) ctx = g_option_context_new(NULL);
    g_autoptr(GError) gerr = NULL;
    g_auto(GStrv) args = g_new0(char *, argc + 1);
    virDaemonOpts *opts = NULL;
    int i;

    for (i = 0; i < argc; i++)
        args[i] = g_strdup(argv[i]);
    /* our own --help, so that parsing never prints or exits by itself */
    g_option_context_set_help_enabled(ctx, FALSE);
    g_option_context_add_main_entries(ctx, entries, NULL);

    if (!g_option_context_parse_strv(ctx, &args, &gerr)) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", gerr->message);
    } else if (args[0] && args[1]) {
        virReportError(VIR_ERR_INVALID_ARG,
                       _("unexpected, non-option, command line argument '%1$s'"), args[1]);
    } else {
        opts = virDaemonOptsFromRaw(&raw);
    }
    virDaemonOptsRawClear(&raw);
    return opts;
}


void
virDaemonOptsFree(virDaemonOpts *opts)
{
    if (!opts)
        return;
    g_free(opts->configFile);
    g_free(opts->pidFile);
    g_free(opts->root);
    g_free(opts);
}


char *
virDaemonOptsVersion(const char *name)
{
    return g_strdup_printf("%s (%s) %s", name, PACKAGE_NAME, PACKAGE_VERSION);
}


char *
virDaemonOptsHelp(const char *name, const char *summary, const virDaemonPaths *paths)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    virBufferAsprintf(&buf, "\nUsage:\n  %s [options]\n\n", name);
    virBufferAddStr(&buf, "Options:\n"
                          "  -h | --help              Display program help\n"
                          "  -v | --verbose           Verbose messages\n"
                          "  -d | --daemon            Run as a daemon & write PID file\n"
                          "  -t | --timeout <secs>    Exit after timeout period\n"
                          "  -f | --config <file>     Configuration file\n"
                          "  -V | --version           Display version information\n"
                          "  -p | --pid-file <file>   Change name of PID file\n"
                          "       --root <dir>        Put every file under this directory\n\n");
    if (summary)
        virBufferAsprintf(&buf, "%s:\n\n", summary);
    if (paths) {
        virBufferAsprintf(&buf, "  Default paths (%s):\n\n",
                          virDaemonPathsModeToString(paths->mode));
        virBufferAsprintf(&buf, "    Configuration file (unless overridden by -f):\n      %s\n\n",
                          paths->configFile);
        virBufferAsprintf(&buf, "    Sockets:\n      %s\n", paths->sockRw);
        if (paths->sockRo)
            virBufferAsprintf(&buf, "      %s\n", paths->sockRo);
        virBufferAsprintf(&buf, "\n    PID file (unless overridden by -p):\n      %s\n\n",
                          paths->pidFile);
    }
    return virBufferContentAndReset(&buf);
}
