/*
 * modvirt-main.c: the modvirt program: options, the command groups,
 * one-shot and interactive modes
 *
 *   modvirt [OPTIONS] [COMMAND_STRING]
 *   modvirt [OPTIONS] COMMAND [ARGS...]
 *
 * Without a command, modvirt reads commands interactively. Options,
 * messages, output and exit codes are virsh 9.0's.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "modvirt-conn.h"
#include "modvirt.h"

static const vshCmdDef *const modvirtGrpDomain[] = {
    &modvirtCmdAutostart,
    &modvirtCmdCreate,
    &modvirtCmdDefine,
    &modvirtCmdDesc,
    &modvirtCmdDestroy,
    &modvirtCmdDomhostname,
    &modvirtCmdDomid,
    &modvirtCmdDomname,
    &modvirtCmdDomrename,
    &modvirtCmdDomuuid,
    &modvirtCmdDump,
    &modvirtCmdDumpxml,
    &modvirtCmdManagedsave,
    &modvirtCmdManagedsaveRemove,
    &modvirtCmdManagedsaveDumpxml,
    &modvirtCmdManagedsaveDefine,
    &modvirtCmdMetadata,
    &modvirtCmdReboot,
    &modvirtCmdReset,
    &modvirtCmdRestore,
    &modvirtCmdResume,
    &modvirtCmdSave,
    &modvirtCmdSaveImageDefine,
    &modvirtCmdSaveImageDumpxml,
    &modvirtCmdSetmaxmem,
    &modvirtCmdSetmem,
    &modvirtCmdSetvcpus,
    &modvirtCmdShutdown,
    &modvirtCmdStart,
    &modvirtCmdSuspend,
    &modvirtCmdUndefine,
    &modvirtCmdVcpucount,
    NULL,
};

static const vshCmdDef *const modvirtGrpMonitor[] = {
    &modvirtCmdDominfo,
    &modvirtCmdDomstate,
    &modvirtCmdList,
    NULL,
};

static const vshCmdDef *const modvirtGrpEvents[] = {
    &modvirtCmdEvent,
    NULL,
};

static const vshCmdDef *const modvirtGrpHost[] = {
    &modvirtCmdCapabilities, &modvirtCmdFreecell, &modvirtCmdHostname,
    &modvirtCmdMaxvcpus,     &modvirtCmdNodeinfo, &modvirtCmdSysinfo,
    &modvirtCmdUri,          &modvirtCmdVersion,  NULL,
};

static const vshCmdDef *const modvirtGrpNetwork[] = {
    &modvirtCmdNetAutostart, &modvirtCmdNetCreate,     &modvirtCmdNetDefine,
    &modvirtCmdNetDestroy,   &modvirtCmdNetDhcpLeases, &modvirtCmdNetDumpxml,
    &modvirtCmdNetEvent,     &modvirtCmdNetInfo,       &modvirtCmdNetList,
    &modvirtCmdNetName,      &modvirtCmdNetStart,      &modvirtCmdNetUndefine,
    &modvirtCmdNetUpdate,    &modvirtCmdNetUuid,       NULL,
};

static const vshCmdDef *const modvirtGrpSecret[] = {
    &modvirtCmdSecretDefine,   &modvirtCmdSecretDumpxml,
    &modvirtCmdSecretEvent,    &modvirtCmdSecretGetValue,
    &modvirtCmdSecretList,     &modvirtCmdSecretSetValue,
    &modvirtCmdSecretUndefine, NULL,
};

static const vshCmdDef *const modvirtGrpSnapshot[] = {
    &modvirtCmdSnapshotCreate,  &modvirtCmdSnapshotCreateAs,
    &modvirtCmdSnapshotCurrent, &modvirtCmdSnapshotDelete,
    &modvirtCmdSnapshotDumpxml, &modvirtCmdSnapshotInfo,
    &modvirtCmdSnapshotList,    &modvirtCmdSnapshotParent,
    &modvirtCmdSnapshotRevert,  NULL,
};

static const vshCmdDef *const modvirtGrpPool[] = {
    &modvirtCmdFindStoragePoolSourcesAs,
    &modvirtCmdFindStoragePoolSources,
    &modvirtCmdPoolAutostart,
    &modvirtCmdPoolBuild,
    &modvirtCmdPoolCreateAs,
    &modvirtCmdPoolCreate,
    &modvirtCmdPoolDefineAs,
    &modvirtCmdPoolDefine,
    &modvirtCmdPoolDelete,
    &modvirtCmdPoolDestroy,
    &modvirtCmdPoolDumpxml,
    &modvirtCmdPoolInfo,
    &modvirtCmdPoolList,
    &modvirtCmdPoolName,
    &modvirtCmdPoolRefresh,
    &modvirtCmdPoolStart,
    &modvirtCmdPoolUndefine,
    &modvirtCmdPoolUuid,
    &modvirtCmdPoolEvent,
    NULL,
};

static const vshCmdDef *const modvirtGrpVolume[] = {
    &modvirtCmdVolClone,
    &modvirtCmdVolCreateAs,
    &modvirtCmdVolCreate,
    &modvirtCmdVolCreateFrom,
    &modvirtCmdVolDelete,
    &modvirtCmdVolDownload,
    &modvirtCmdVolDumpxml,
    &modvirtCmdVolInfo,
    &modvirtCmdVolKey,
    &modvirtCmdVolList,
    &modvirtCmdVolName,
    &modvirtCmdVolPath,
    &modvirtCmdVolPool,
    &modvirtCmdVolResize,
    &modvirtCmdVolUpload,
    &modvirtCmdVolWipe,
    NULL,
};

static const vshCmdDef *const modvirtGrpVirsh[] = {
    &vshCmdDefCd,  &vshCmdDefEcho, &vshCmdDefExit,     &vshCmdDefHelp,
    &vshCmdDefPwd, &vshCmdDefQuit, &modvirtCmdConnect, NULL,
};

/* virsh's groups, names and keywords, so that `help KEYWORD` works alike. */
static const vshCmdGrp modvirtGroups[] = {
    { "Domain Management", "domain", modvirtGrpDomain },
    { "Domain Monitoring", "monitor", modvirtGrpMonitor },
    { "Domain Events", "events", modvirtGrpEvents },
    { "Host and Hypervisor", "host", modvirtGrpHost },
    { "Networking", "network", modvirtGrpNetwork },
    { "Secret", "secret", modvirtGrpSecret },
    { "Snapshot", "snapshot", modvirtGrpSnapshot },
    { "Storage Pool", "pool", modvirtGrpPool },
    { "Storage Volume", "volume", modvirtGrpVolume },
    { "Virsh itself", "virsh", modvirtGrpVirsh },
    { NULL, NULL, NULL },
};


static void
modvirtUsage(vshControl *ctl)
{
    vshPrint(ctl,
             _("\n"
               "%s [options]... [<command_string>]\n"
               "%s [options]... <command> [args...]\n"
               "\n"
               "  options:\n"
               "    -c | --connect=URI      hypervisor connection URI\n"
               "    -d | --debug=NUM        debug level [0-4]\n"
               "    -e | --escape <char>    set escape sequence for console\n"
               "    -h | --help             this help\n"
               "    -k | --keepalive-interval=NUM\n"
               "                            keepalive interval in seconds, 0 for disable\n"
               "    -K | --keepalive-count=NUM\n"
               "                            number of possible missed keepalive messages\n"
               "    -l | --log=FILE         output logging to file\n"
               "    -q | --quiet            quiet mode\n"
               "    -r | --readonly         connect readonly\n"
               "    -t | --timing           print timing information\n"
               "    -v                      short version\n"
               "    -V                      long version\n"
               "         --version[=TYPE]   version, TYPE is short or long (default short)\n"
               "  commands (non interactive mode):\n"
               "\n"),
             ctl->progname, ctl->progname);
    vshPrintGroups(ctl, false);
    vshPrint(ctl, "%s",
             _("\n  (specify help <group> for details about the commands in the group)\n"
               "\n  (specify help <command> for details about the command)\n\n"));
}


static void
modvirtShowVersion(vshControl *ctl)
{
    unsigned long libVersion = 0;

    if (virGetVersion(&libVersion, NULL, NULL) < 0)
        modvirtResetError(ctl);
    vshPrint(ctl, _("Virsh-compatible command line tool of modvirt %s\n"), PACKAGE_VERSION);
    vshPrint(ctl, _("Built against libvirt API %d.%d.%d\n"), LIBVIR_VERSION_NUMBER / 1000000,
             (LIBVIR_VERSION_NUMBER / 1000) % 1000, LIBVIR_VERSION_NUMBER % 1000);
    vshPrint(ctl, _("Using library API %lu.%lu.%lu\n"), libVersion / 1000000,
             (libVersion / 1000) % 1000, libVersion % 1000);
    vshPrint(ctl, "\n%s\n", _("Compiled with support for:"));
    vshPrint(ctl, " %s %s\n", _("Miscellaneous:"), _("Readline"));
}


/* Numeric option value, with virsh's error texts. Returns 0 or -1. */
static int
modvirtOptNumber(vshControl *ctl, const char *arg, const char *optname, int *value)
{
    char *end = NULL;
    long val;

    errno = 0;
    val = strtol(arg, &end, 10);
    if (errno || end == arg || *end || val < INT_MIN || val > INT_MAX) {
        vshError(ctl, _("option %s takes a numeric argument"), optname);
        return -1;
    }
    *value = val;
    return 0;
}


/* -k and -K: a non-negative number. */
static int
modvirtOptKeepalive(vshControl *ctl, const char *arg, const char *optname, int *value)
{
    char *end = NULL;
    long val;

    errno = 0;
    val = strtol(arg, &end, 0);
    if (errno || end == arg || *end || val < INT_MIN || val > INT_MAX) {
        vshError(ctl, _("Invalid value for option %s"), optname);
        return -1;
    }
    if (val < 0) {
        vshError(ctl, _("option %s requires a positive integer argument"), optname);
        return -1;
    }
    *value = val;
    return 0;
}


static const struct option modvirtLongOpts[] = {
    { "connect", required_argument, NULL, 'c' },
    { "debug", required_argument, NULL, 'd' },
    { "escape", required_argument, NULL, 'e' },
    { "help", no_argument, NULL, 'h' },
    { "keepalive-interval", required_argument, NULL, 'k' },
    { "keepalive-count", required_argument, NULL, 'K' },
    { "log", required_argument, NULL, 'l' },
    { "quiet", no_argument, NULL, 'q' },
    { "readonly", no_argument, NULL, 'r' },
    { "timing", no_argument, NULL, 't' },
    { "version", optional_argument, NULL, 'v' },
    { NULL, 0, NULL, 0 },
};


static bool
modvirtEscapeValid(const char *arg)
{
    size_t len = strlen(arg);

    if (len == 1)
        return *arg != '^';
    /* ^X for a control character: letters and @[\]^_ */
    return len == 2 && arg[0] == '^' && (g_ascii_isalpha(arg[1]) || strchr("@[\\]^_", arg[1]));
}


/* Report a getopt failure as virsh does. */
static void
modvirtOptError(vshControl *ctl, int arg, char *const *argv)
{
    size_t i;

    if (arg == ':') {
        for (i = 0; modvirtLongOpts[i].name; i++) {
            if (modvirtLongOpts[i].val == optopt)
                break;
        }
        if (modvirtLongOpts[i].name)
            vshError(ctl, _("option '-%c'/'--%s' requires an argument"), optopt,
                     modvirtLongOpts[i].name);
        else
            vshError(ctl, _("option '-%c' requires an argument"), optopt);
    } else if (optopt) {
        vshError(ctl, _("unsupported option '-%c'. See --help."), optopt);
    } else {
        vshError(ctl, _("unsupported option '%s'. See --help."), argv[optind - 1]);
    }
}


/* One option. Returns 1 to go on, 0 to exit successfully, -1 to fail. */
static int
modvirtHandleOpt(vshControl *ctl, int arg, int longindex, char *const *argv)
{
    modvirtControl *priv = ctl->privData;
    int num;

    switch (arg) {
    case 'c':
        g_free(ctl->connname);
        ctl->connname = g_strdup(optarg);
        return 1;
    case 'd':
        if (modvirtOptNumber(ctl, optarg, longindex == -1 ? "-d" : "--debug", &num) < 0)
            return -1;
        if (num < VSH_ERR_DEBUG || num > VSH_ERR_ERROR)
            vshError(ctl, _("ignoring debug level %d out of range [%d-%d]"), num, VSH_ERR_DEBUG,
                     VSH_ERR_ERROR);
        else
            ctl->debug = num;
        return 1;
    case 'e':
        if (!modvirtEscapeValid(optarg)) {
            vshError(ctl, _("Invalid string '%s' for escape sequence"), optarg);
            return -1;
        }
        priv->escapeChar = optarg;
        return 1;
    case 'h':
        modvirtUsage(ctl);
        return 0;
    case 'k':
        return modvirtOptKeepalive(ctl, optarg, longindex == -1 ? "-k" : "--keepalive-interval",
                                   &ctl->keepaliveInterval) < 0
                   ? -1
                   : 1;
    case 'K':
        return modvirtOptKeepalive(ctl, optarg, longindex == -1 ? "-K" : "--keepalive-count",
                                   &ctl->keepaliveCount) < 0
                   ? -1
                   : 1;
    case 'l':
        return 1; /* handled in modvirtOpenLog */
    case 'q':
        ctl->quiet = true;
        return 1;
    case 't':
        ctl->timing = true;
        return 1;
    case 'r':
        priv->readonly = true;
        return 1;
    case 'v':
        if (g_strcmp0(optarg, "long") != 0) {
            vshPrint(ctl, "%s\n", PACKAGE_VERSION);
            return 0;
        }
        G_GNUC_FALLTHROUGH;
    case 'V':
        modvirtShowVersion(ctl);
        return 0;
    default:
        modvirtOptError(ctl, arg, argv);
        return -1;
    }
}


/* -l FILE: open (append) the log file. */
static void
modvirtOpenLog(vshControl *ctl, const char *path)
{
    if (ctl->logfd >= 0)
        (void)close(ctl->logfd);
    g_free(ctl->logfile);
    ctl->logfile = g_strdup(path);
    ctl->logfd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (ctl->logfd < 0)
        vshError(ctl, "%s", _("failed to open the log file. check the log file path"));
}


/*
 * Parse the program's options and its command. Returns 1 to run, 0 to
 * exit successfully (help, version), -1 to fail.
 */
static int
modvirtParseArgv(vshControl *ctl, int argc, char **argv)
{
    int longindex = -1;
    int arg;
    int rc;

    opterr = 0;
    while ((arg = getopt_long(argc, argv, "+:c:d:e:hk:K:l:qrtvV", modvirtLongOpts, &longindex)) !=
           -1) {
        if (arg == 'l')
            modvirtOpenLog(ctl, optarg);
        if ((rc = modvirtHandleOpt(ctl, arg, longindex, argv)) <= 0)
            return rc;
        longindex = -1;
    }

    if (argc == optind) {
        ctl->imode = true;
        return 1;
    }
    ctl->imode = false;
    if (argc - optind == 1) {
        vshDebug(ctl, VSH_ERR_INFO, "commands: \"%s\"\n", argv[optind]);
        return vshCommandStringParse(ctl, argv[optind]) ? 1 : -1;
    }
    return vshCommandArgvParse(ctl, argc - optind, argv + optind) ? 1 : -1;
}


/* The interactive shell: read, parse and run lines until quit or EOF. */
static void
modvirtInteractive(vshControl *ctl)
{
    modvirtControl *priv = ctl->privData;
    g_autofree char *line = NULL;

    if (!ctl->quiet) {
        vshPrint(ctl, _("Welcome to %s, the virtualization interactive terminal.\n\n"),
                 ctl->progname);
        vshPrint(ctl, "%s",
                 _("Type:  'help' for help with commands\n"
                   "       'quit' to quit\n\n"));
    }
    vshReadlineInit(ctl);
    do {
        g_autofree char *prompt =
            g_strdup_printf("%s %s ", ctl->progname, priv->readonly ? ">" : "#");

        g_clear_pointer(&line, g_free);
        if (!(line = vshReadline(ctl, prompt)))
            break;
        if (*line) {
            vshReadlineAddHistory(ctl, line);
            if (vshCommandStringParse(ctl, line))
                vshCommandRun(ctl, ctl->cmd);
        }
    } while (ctl->imode);
    /* End the prompt line (at EOF) or the last output line. */
    vshPrint(ctl, "\n");
    vshReadlineDeinit(ctl);
}


/* The connection URI from the environment, as virsh reads it. */
static void
modvirtDefaultConnname(vshControl *ctl)
{
    const char *env;

    if ((env = g_getenv("MODVIRT_DEFAULT_CONNECT_URI")) ||
        (env = g_getenv("VIRSH_DEFAULT_CONNECT_URI")))
        ctl->connname = g_strdup(env);
}


/* Set up the library side and, with -c, connect. */
static bool
modvirtInit(vshControl *ctl)
{
    if (virInitialize() < 0) {
        vshError(ctl, "%s", _("Failed to initialize libvirt"));
        return false;
    }
    modvirtConnInit(ctl);
    if (!modvirtEventLoopStart(ctl))
        return false;
    /* A named connection must work now; the default one waits until a
     * command needs it (the first might be `connect` or `help`). */
    if (ctl->connname && modvirtReconnect(ctl, NULL, false, false) < 0) {
        vshReportError(ctl);
        return false;
    }
    return true;
}


static void
modvirtDeinit(vshControl *ctl)
{
    modvirtConnClose(ctl);
    modvirtEventLoopStop(ctl);
    vshDeinit(ctl);
}


int
main(int argc, char **argv)
{
    modvirtControl priv = { 0 };
    vshControl ctl = { 0 };
    bool ok = true;
    int rc;

    if (!setlocale(LC_ALL, ""))
        g_printerr("%s: failed to set the locale\n", argv[0]);

    ctl.progname = "modvirt";
    ctl.envPrefix = "MODVIRT";
    ctl.groups = modvirtGroups;
    ctl.privData = &priv;
    vshInit(&ctl);
    modvirtDefaultConnname(&ctl);

    if ((rc = modvirtParseArgv(&ctl, argc, argv)) <= 0) {
        vshDeinit(&ctl);
        return rc == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
    }
    if (!modvirtInit(&ctl)) {
        modvirtDeinit(&ctl);
        return EXIT_FAILURE;
    }

    if (!ctl.imode)
        ok = vshCommandRun(&ctl, ctl.cmd);
    else
        modvirtInteractive(&ctl);

    modvirtDeinit(&ctl);
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
