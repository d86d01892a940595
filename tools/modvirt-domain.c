/*
 * modvirt-domain.c: domain life cycle: define, create, start, shutdown,
 * reboot, reset, destroy, suspend, resume, autostart, domrename
 * (undefine is in modvirt-domain-undefine.c)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>

#include "internal.h"
#include "modvirt.h"

static const vshCmdInfo infoDefine = {
    .help = N_("define (but don't start) a domain from an XML file"),
    .desc = N_("Define a domain."),
};

static const vshCmdOptDef optsDefine[] = {
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("file containing an XML domain description") },
    { .name = "validate", .type = VSH_OT_BOOL, .help = N_("validate the XML against the schema") },
    { .name = NULL }
};


static bool
cmdDefine(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    g_autofree char *buffer = NULL;
    const char *from = NULL;
    unsigned int flags = 0;

    if (vshCommandOptBool(cmd, "validate"))
        flags |= VIR_DOMAIN_DEFINE_VALIDATE;
    if (vshCommandOptStringReq(ctl, cmd, "file", &from) < 0)
        return false;
    if (!(buffer = modvirtReadFile(ctl, from)))
        return false;
    if (flags)
        dom = virDomainDefineXMLFlags(modvirtConn(ctl), buffer, flags);
    else
        dom = virDomainDefineXML(modvirtConn(ctl), buffer);
    if (!dom) {
        vshError(ctl, _("Failed to define domain from %s"), from);
        return false;
    }
    vshPrintExtra(ctl, _("Domain '%s' defined from %s\n"), virDomainGetName(dom), from);
    return true;
}

const vshCmdDef modvirtCmdDefine = {
    .name = "define",
    .handler = cmdDefine,
    .opts = optsDefine,
    .info = &infoDefine,
};


/*
 * --pass-fds N,M,...: check the numbers and the descriptors. modvirt's API
 * has no call that passes descriptors, so any list makes the caller fail.
 * Returns the number of descriptors, or -1 with the error printed.
 */
static int
modvirtPassFds(vshControl *ctl, const vshCmd *cmd)
{
    g_auto(GStrv) fds = NULL;
    const char *str = NULL;
    size_t i;

    if (vshCommandOptStringQuiet(ctl, cmd, "pass-fds", &str) < 0 || !str)
        return 0;
    fds = g_strsplit(str, ",", 0);
    for (i = 0; fds[i]; i++) {
        char *end = NULL;
        long fd;

        errno = 0;
        fd = strtol(fds[i], &end, 10);
        if (errno || end == fds[i] || *end || fd < 0 || fd > INT_MAX) {
            vshError(ctl, _("Unable to parse FD number '%s'"), fds[i]);
            return -1;
        }
        if (fcntl(fd, F_GETFD) < 0) {
            vshError(ctl, _("Unable to get current FD flags for FD %d: %s"), (int)fd,
                     g_strerror(errno));
            return -1;
        }
    }
    vshSaveError(ctl, _("this function is not supported by the connection driver: %s"),
                 "virDomainCreateWithFiles");
    return i;
}


/* --console: modvirt's API has no console stream. */
static bool
modvirtRunConsole(vshControl *ctl, const vshCmd *cmd)
{
    if (!vshCommandOptBool(cmd, "console"))
        return true;
    vshError(ctl, "%s", _("Unable to get domain status"));
    return false;
}

static const vshCmdInfo infoCreate = {
    .help = N_("create a domain from an XML file"),
    .desc = N_("Create a domain."),
};

static const vshCmdOptDef optsCreate[] = {
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("file containing an XML domain description") },
    { .name = "console", .type = VSH_OT_BOOL, .help = N_("attach to console after creation") },
    { .name = "paused", .type = VSH_OT_BOOL, .help = N_("leave the guest paused after creation") },
    { .name = "autodestroy",
      .type = VSH_OT_BOOL,
      .help = N_("automatically destroy the guest when virsh disconnects") },
    { .name = "pass-fds",
      .type = VSH_OT_STRING,
      .help = N_("pass file descriptors N,M,... to the guest") },
    { .name = "validate", .type = VSH_OT_BOOL, .help = N_("validate the XML against the schema") },
    { .name = "reset-nvram",
      .type = VSH_OT_BOOL,
      .help = N_("re-initialize NVRAM from its pristine template") },
    { .name = NULL }
};


static bool
cmdCreate(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    g_autofree char *buffer = NULL;
    const char *from = NULL;
    unsigned int flags = 0;
    int nfds;

    if (vshCommandOptStringReq(ctl, cmd, "file", &from) < 0)
        return false;
    if (!(buffer = modvirtReadFile(ctl, from)))
        return false;
    if ((nfds = modvirtPassFds(ctl, cmd)) < 0)
        return false;
    if (vshCommandOptBool(cmd, "paused"))
        flags |= VIR_DOMAIN_START_PAUSED;
    if (vshCommandOptBool(cmd, "autodestroy"))
        flags |= VIR_DOMAIN_START_AUTODESTROY;
    if (vshCommandOptBool(cmd, "validate"))
        flags |= VIR_DOMAIN_START_VALIDATE;
    if (vshCommandOptBool(cmd, "reset-nvram"))
        flags |= VIR_DOMAIN_START_RESET_NVRAM;

    if (nfds > 0 || !(dom = virDomainCreateXML(modvirtConn(ctl), buffer, flags))) {
        vshError(ctl, _("Failed to create domain from %s"), from);
        return false;
    }
    vshPrintExtra(ctl, _("Domain '%s' created from %s\n"), virDomainGetName(dom), from);
    return modvirtRunConsole(ctl, cmd);
}

const vshCmdDef modvirtCmdCreate = {
    .name = "create",
    .handler = cmdCreate,
    .opts = optsCreate,
    .info = &infoCreate,
};

static const vshCmdInfo infoStart = {
    .help = N_("start a (previously defined) inactive domain"),
    .desc = N_(
        "Start a domain, either from the last managedsave\n    state, or via a fresh boot if no managedsave state\n    is present."),
};

static const vshCmdOptDef optsStart[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("name of the inactive domain") },
    { .name = "console", .type = VSH_OT_BOOL, .help = N_("attach to console after creation") },
    { .name = "paused", .type = VSH_OT_BOOL, .help = N_("leave the guest paused after creation") },
    { .name = "autodestroy",
      .type = VSH_OT_BOOL,
      .help = N_("automatically destroy the guest when virsh disconnects") },
    { .name = "bypass-cache",
      .type = VSH_OT_BOOL,
      .help = N_("avoid file system cache when loading") },
    { .name = "force-boot",
      .type = VSH_OT_BOOL,
      .help = N_("force fresh boot by discarding any managed save") },
    { .name = "pass-fds",
      .type = VSH_OT_STRING,
      .help = N_("pass file descriptors N,M,... to the guest") },
    { .name = "reset-nvram",
      .type = VSH_OT_BOOL,
      .help = N_("re-initialize NVRAM from its pristine template") },
    { .name = NULL }
};


/* --force-boot: drop a managed save image, then boot. Returns 0 or -1. */
static int
modvirtStartForceBoot(vshControl *ctl, virDomainPtr dom, unsigned int flags)
{
    int rc;

    if (virDomainCreateWithFlags(dom, flags) == 0)
        return 1;
    rc = virGetLastErrorCode();
    if (rc != VIR_ERR_NO_SUPPORT && rc != VIR_ERR_INVALID_ARG) {
        vshReportError(ctl);
        return -1;
    }
    modvirtResetError(ctl);
    rc = virDomainHasManagedSaveImage(dom, 0);
    if (rc < 0) {
        modvirtResetError(ctl);
    } else if (rc > 0 && virDomainManagedSaveRemove(dom, 0) < 0) {
        vshReportError(ctl);
        return -1;
    }
    return 0;
}


static unsigned int
modvirtStartFlags(const vshCmd *cmd)
{
    unsigned int flags = VIR_DOMAIN_NONE;

    if (vshCommandOptBool(cmd, "paused"))
        flags |= VIR_DOMAIN_START_PAUSED;
    if (vshCommandOptBool(cmd, "autodestroy"))
        flags |= VIR_DOMAIN_START_AUTODESTROY;
    if (vshCommandOptBool(cmd, "bypass-cache"))
        flags |= VIR_DOMAIN_START_BYPASS_CACHE;
    if (vshCommandOptBool(cmd, "force-boot"))
        flags |= VIR_DOMAIN_START_FORCE_BOOT;
    if (vshCommandOptBool(cmd, "reset-nvram"))
        flags |= VIR_DOMAIN_START_RESET_NVRAM;
    return flags;
}


static bool
cmdStart(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    unsigned int flags = modvirtStartFlags(cmd);
    int nfds;
    int rc;

    if (!(dom = modvirtCommandOptDomainBy(ctl, cmd, NULL, MODVIRT_BYNAME | MODVIRT_BYUUID)))
        return false;
    if (virDomainGetID(dom) != (unsigned int)-1) {
        vshError(ctl, "%s", _("Domain is already active"));
        return false;
    }
    if ((nfds = modvirtPassFds(ctl, cmd)) < 0)
        return false;

    if (nfds == 0 && (flags & VIR_DOMAIN_START_FORCE_BOOT)) {
        if ((rc = modvirtStartForceBoot(ctl, dom, flags)) < 0) {
            vshError(ctl, _("Failed to start domain '%s'"), virDomainGetName(dom));
            return false;
        }
        if (rc > 0)
            goto started;
        flags &= ~VIR_DOMAIN_START_FORCE_BOOT;
    }

    if (nfds > 0)
        rc = -1;
    else if (flags != 0)
        rc = virDomainCreateWithFlags(dom, flags);
    else
        rc = virDomainCreate(dom);
    if (rc < 0) {
        vshError(ctl, _("Failed to start domain '%s'"), virDomainGetName(dom));
        return false;
    }

started:
    vshPrintExtra(ctl, _("Domain '%s' started\n"), virDomainGetName(dom));
    return modvirtRunConsole(ctl, cmd);
}

const vshCmdDef modvirtCmdStart = {
    .name = "start",
    .handler = cmdStart,
    .opts = optsStart,
    .info = &infoStart,
};


/*
 * --mode of shutdown and reboot: a comma-separated list of methods.
 * Returns the flags, or -1 with @errfmt printed for an unknown one.
 */
static int
modvirtShutdownModes(vshControl *ctl, const vshCmd *cmd, const char *errfmt)
{
    static const struct {
        const char *name;
        int flag; /* the shutdown and reboot flags have the same values */
    } modes[] = {
        { "acpi", VIR_DOMAIN_SHUTDOWN_ACPI_POWER_BTN },
        { "agent", VIR_DOMAIN_SHUTDOWN_GUEST_AGENT },
        { "initctl", VIR_DOMAIN_SHUTDOWN_INITCTL },
        { "signal", VIR_DOMAIN_SHUTDOWN_SIGNAL },
        { "paravirt", VIR_DOMAIN_SHUTDOWN_PARAVIRT },
    };
    g_auto(GStrv) list = NULL;
    const char *mode = NULL;
    int flags = 0;
    size_t i;
    size_t j;

    if (vshCommandOptStringReq(ctl, cmd, "mode", &mode) < 0)
        return -1;
    if (!mode)
        return 0;
    list = g_strsplit(mode, ",", 0);
    for (i = 0; list[i]; i++) {
        for (j = 0; j < G_N_ELEMENTS(modes); j++) {
            if (g_str_equal(list[i], modes[j].name))
                break;
        }
        if (j == G_N_ELEMENTS(modes)) {
            vshError(ctl, errfmt, list[i]);
            return -1;
        }
        flags |= modes[j].flag;
    }
    return flags;
}

static const vshCmdInfo infoShutdown = {
    .help = N_("gracefully shutdown a domain"),
    .desc = N_("Run shutdown in the target domain."),
};

static const vshCmdOptDef optsShutdown[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "mode",
      .type = VSH_OT_STRING,
      .help = N_("shutdown mode: acpi|agent|initctl|signal|paravirt") },
    { .name = NULL }
};


static bool
cmdShutdown(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    const char *name = NULL;
    int flags;
    int rc;

    flags = modvirtShutdownModes(
        ctl, cmd,
        _("Unknown mode %s value, expecting 'acpi', 'agent', 'initctl', 'signal', or 'paravirt'"));
    if (flags < 0)
        return false;
    if (!(dom = modvirtCommandOptDomain(ctl, cmd, &name)))
        return false;
    if (flags)
        rc = virDomainShutdownFlags(dom, flags);
    else
        rc = virDomainShutdown(dom);
    if (rc != 0) {
        vshError(ctl, _("Failed to shutdown domain '%s'"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Domain '%s' is being shutdown\n"), name);
    return true;
}

const vshCmdDef modvirtCmdShutdown = {
    .name = "shutdown",
    .handler = cmdShutdown,
    .opts = optsShutdown,
    .info = &infoShutdown,
};

static const vshCmdInfo infoReboot = {
    .help = N_("reboot a domain"),
    .desc = N_("Run a reboot command in the target domain."),
};

static const vshCmdOptDef optsReboot[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "mode",
      .type = VSH_OT_STRING,
      .help = N_("shutdown mode: acpi|agent|initctl|signal|paravirt") },
    { .name = NULL }
};


static bool
cmdReboot(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    const char *name = NULL;
    int flags;

    flags = modvirtShutdownModes(
        ctl, cmd,
        _("Unknown mode %s value, expecting 'acpi', 'agent', 'initctl', 'signal' or 'paravirt'"));
    if (flags < 0)
        return false;
    if (!(dom = modvirtCommandOptDomain(ctl, cmd, &name)))
        return false;
    if (virDomainReboot(dom, flags) != 0) {
        vshError(ctl, _("Failed to reboot domain '%s'"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Domain '%s' is being rebooted\n"), name);
    return true;
}

const vshCmdDef modvirtCmdReboot = {
    .name = "reboot",
    .handler = cmdReboot,
    .opts = optsReboot,
    .info = &infoReboot,
};

static const vshCmdInfo infoReset = {
    .help = N_("reset a domain"),
    .desc = N_("Reset the target domain as if by power button"),
};

static const vshCmdOptDef optsReset[] = { { .name = "domain",
                                            .type = VSH_OT_DATA,
                                            .flags = VSH_OFLAG_REQ,
                                            .help = N_("domain name, id or uuid") },
                                          { .name = NULL } };


static bool
cmdReset(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    const char *name = NULL;

    if (!(dom = modvirtCommandOptDomain(ctl, cmd, &name)))
        return false;
    if (virDomainReset(dom, 0) != 0) {
        vshError(ctl, _("Failed to reset domain '%s'"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Domain '%s' was reset\n"), name);
    return true;
}

const vshCmdDef modvirtCmdReset = {
    .name = "reset",
    .handler = cmdReset,
    .opts = optsReset,
    .info = &infoReset,
};

static const vshCmdInfo infoDestroy = {
    .help = N_("destroy (stop) a domain"),
    .desc = N_("Forcefully stop a given domain, but leave its resources intact."),
};

static const vshCmdOptDef optsDestroy[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "graceful", .type = VSH_OT_BOOL, .help = N_("terminate gracefully") },
    { .name = "remove-logs", .type = VSH_OT_BOOL, .help = N_("remove domain logs") },
    { .name = NULL }
};


static bool
cmdDestroy(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    const char *name = NULL;
    unsigned int flags = 0;
    int rc;

    if (!(dom = modvirtCommandOptDomain(ctl, cmd, &name)))
        return false;
    if (vshCommandOptBool(cmd, "graceful"))
        flags |= VIR_DOMAIN_DESTROY_GRACEFUL;
    if (vshCommandOptBool(cmd, "remove-logs"))
        flags |= VIR_DOMAIN_DESTROY_REMOVE_LOGS;
    if (flags)
        rc = virDomainDestroyFlags(dom, flags);
    else
        rc = virDomainDestroy(dom);
    if (rc < 0) {
        vshError(ctl, _("Failed to destroy domain '%s'"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Domain '%s' destroyed\n"), name);
    return true;
}

const vshCmdDef modvirtCmdDestroy = {
    .name = "destroy",
    .handler = cmdDestroy,
    .opts = optsDestroy,
    .info = &infoDestroy,
};

static const vshCmdInfo infoSuspend = {
    .help = N_("suspend a domain"),
    .desc = N_("Suspend a running domain."),
};

static const vshCmdOptDef optsSuspend[] = { { .name = "domain",
                                              .type = VSH_OT_DATA,
                                              .flags = VSH_OFLAG_REQ,
                                              .help = N_("domain name, id or uuid") },
                                            { .name = NULL } };


static bool
cmdSuspend(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    const char *name = NULL;

    if (!(dom = modvirtCommandOptDomain(ctl, cmd, &name)))
        return false;
    if (virDomainSuspend(dom) != 0) {
        vshError(ctl, _("Failed to suspend domain '%s'"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Domain '%s' suspended\n"), name);
    return true;
}

const vshCmdDef modvirtCmdSuspend = {
    .name = "suspend",
    .handler = cmdSuspend,
    .opts = optsSuspend,
    .info = &infoSuspend,
};

static const vshCmdInfo infoResume = {
    .help = N_("resume a domain"),
    .desc = N_("Resume a previously suspended domain."),
};

static const vshCmdOptDef optsResume[] = { { .name = "domain",
                                             .type = VSH_OT_DATA,
                                             .flags = VSH_OFLAG_REQ,
                                             .help = N_("domain name, id or uuid") },
                                           { .name = NULL } };


static bool
cmdResume(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    const char *name = NULL;

    if (!(dom = modvirtCommandOptDomain(ctl, cmd, &name)))
        return false;
    if (virDomainResume(dom) != 0) {
        vshError(ctl, _("Failed to resume domain '%s'"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Domain '%s' resumed\n"), name);
    return true;
}

const vshCmdDef modvirtCmdResume = {
    .name = "resume",
    .handler = cmdResume,
    .opts = optsResume,
    .info = &infoResume,
};

static const vshCmdInfo infoAutostart = {
    .help = N_("autostart a domain"),
    .desc = N_("Configure a domain to be automatically started at boot."),
};

static const vshCmdOptDef optsAutostart[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "disable", .type = VSH_OT_BOOL, .help = N_("disable autostarting") },
    { .name = NULL }
};


static bool
cmdAutostart(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    bool autostart = !vshCommandOptBool(cmd, "disable");
    const char *name = NULL;

    if (!(dom = modvirtCommandOptDomain(ctl, cmd, &name)))
        return false;
    if (virDomainSetAutostart(dom, autostart) < 0) {
        if (autostart)
            vshError(ctl, _("Failed to mark domain '%s' as autostarted"), name);
        else
            vshError(ctl, _("Failed to unmark domain '%s' as autostarted"), name);
        return false;
    }
    if (autostart)
        vshPrintExtra(ctl, _("Domain '%s' marked as autostarted\n"), name);
    else
        vshPrintExtra(ctl, _("Domain '%s' unmarked as autostarted\n"), name);
    return true;
}

const vshCmdDef modvirtCmdAutostart = {
    .name = "autostart",
    .handler = cmdAutostart,
    .opts = optsAutostart,
    .info = &infoAutostart,
};

static const vshCmdInfo infoDomrename = {
    .help = N_("rename a domain"),
    .desc = N_("Rename an inactive domain."),
};

static const vshCmdOptDef optsDomrename[] = { { .name = "domain",
                                                .type = VSH_OT_DATA,
                                                .flags = VSH_OFLAG_REQ,
                                                .help = N_("domain name or uuid") },
                                              { .name = "new-name",
                                                .type = VSH_OT_DATA,
                                                .flags = VSH_OFLAG_REQ,
                                                .help = N_("new domain name") },
                                              { .name = NULL } };


static bool
cmdDomrename(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    const char *newName = NULL;

    if (!(dom = modvirtCommandOptDomain(ctl, cmd, NULL)))
        return false;
    if (vshCommandOptStringReq(ctl, cmd, "new-name", &newName) < 0)
        return false;
    if (virDomainRename(dom, newName, 0) < 0)
        return false;
    vshPrintExtra(ctl, "Domain successfully renamed\n");
    return true;
}

const vshCmdDef modvirtCmdDomrename = {
    .name = "domrename",
    .handler = cmdDomrename,
    .opts = optsDomrename,
    .info = &infoDomrename,
};
