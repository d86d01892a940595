/*
 * modvirt-domain-save.c: saving domain state: save, restore, managedsave
 * and its image, save images, core dumps
 *
 * virsh runs these in a thread while it watches the job; the library
 * calls here return when the job is over, so they run directly, and
 * --verbose prints the final progress line as virsh does (to stderr).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include "modvirt.h"


/* virsh's last progress line of a finished job. */
static void
modvirtJobDone(vshControl *ctl, const vshCmd *cmd, const char *label)
{
    if (vshCommandOptBool(cmd, "verbose"))
        vshPrintStderr(ctl, "\r%s: [%3d %%]", label, 100);
}


/* --running/--paused (and --bypass-cache, --reset-nvram when asked). */
static unsigned int
modvirtSaveFlags(const vshCmd *cmd, bool bypass, bool nvram)
{
    unsigned int flags = 0;

    if (bypass && vshCommandOptBool(cmd, "bypass-cache"))
        flags |= VIR_DOMAIN_SAVE_BYPASS_CACHE;
    if (vshCommandOptBool(cmd, "running"))
        flags |= VIR_DOMAIN_SAVE_RUNNING;
    if (vshCommandOptBool(cmd, "paused"))
        flags |= VIR_DOMAIN_SAVE_PAUSED;
    if (nvram && vshCommandOptBool(cmd, "reset-nvram"))
        flags |= VIR_DOMAIN_SAVE_RESET_NVRAM;
    return flags;
}


/* The contents of the file named by option @opt, if given. Returns 0 or -1. */
static int
modvirtOptXMLFile(vshControl *ctl, const vshCmd *cmd, const char *opt, char **xml)
{
    const char *path = NULL;

    *xml = NULL;
    if (vshCommandOptStringReq(ctl, cmd, opt, &path) < 0)
        return -1;
    if (path && !(*xml = modvirtReadFile(ctl, path)))
        return -1;
    return 0;
}

static const vshCmdInfo infoSave = {
    .help = N_("save a domain state to a file"),
    .desc = N_("Save the RAM state of a running domain."),
};

static const vshCmdOptDef optsSave[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("where to save the data") },
    { .name = "bypass-cache",
      .type = VSH_OT_BOOL,
      .help = N_("avoid file system cache when saving") },
    { .name = "xml",
      .type = VSH_OT_STRING,
      .help = N_("filename containing updated XML for the target") },
    { .name = "running", .type = VSH_OT_BOOL, .help = N_("set domain to be running on restore") },
    { .name = "paused", .type = VSH_OT_BOOL, .help = N_("set domain to be paused on restore") },
    { .name = "verbose", .type = VSH_OT_BOOL, .help = N_("display the progress of save") },
    { .name = NULL }
};


static bool
cmdSave(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    g_autofree char *xml = NULL;
    const char *name = NULL;
    const char *to = NULL;
    unsigned int flags;
    int rc;

    if (!(dom = modvirtCommandOptDomain(ctl, cmd, &name)))
        return false;
    if (vshCommandOptStringReq(ctl, cmd, "file", &to) < 0)
        return false;
    flags = modvirtSaveFlags(cmd, true, false);
    if (modvirtOptXMLFile(ctl, cmd, "xml", &xml) < 0) {
        vshReportError(ctl);
        return false;
    }
    if (flags || xml)
        rc = virDomainSaveFlags(dom, to, xml, flags);
    else
        rc = virDomainSave(dom, to);
    if (rc < 0) {
        vshError(ctl, _("Failed to save domain '%s' to %s"), name, to);
        return false;
    }
    modvirtJobDone(ctl, cmd, _("Save"));
    vshPrintExtra(ctl, _("\nDomain '%s' saved to %s\n"), name, to);
    return true;
}

const vshCmdDef modvirtCmdSave = {
    .name = "save",
    .handler = cmdSave,
    .opts = optsSave,
    .info = &infoSave,
};

static const vshCmdInfo infoRestore = {
    .help = N_("restore a domain from a saved state in a file"),
    .desc = N_("Restore a domain."),
};

static const vshCmdOptDef optsRestore[] = {
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("the state to restore") },
    { .name = "bypass-cache",
      .type = VSH_OT_BOOL,
      .help = N_("avoid file system cache when restoring") },
    { .name = "xml",
      .type = VSH_OT_STRING,
      .help = N_("filename containing updated XML for the target") },
    { .name = "running", .type = VSH_OT_BOOL, .help = N_("restore domain into running state") },
    { .name = "paused", .type = VSH_OT_BOOL, .help = N_("restore domain into paused state") },
    { .name = "reset-nvram",
      .type = VSH_OT_BOOL,
      .help = N_("re-initialize NVRAM from its pristine template") },
    { .name = NULL }
};


static bool
cmdRestore(vshControl *ctl, const vshCmd *cmd)
{
    g_autofree char *xml = NULL;
    const char *from = NULL;
    unsigned int flags;
    int rc;

    if (vshCommandOptStringReq(ctl, cmd, "file", &from) < 0)
        return false;
    flags = modvirtSaveFlags(cmd, true, true);
    if (modvirtOptXMLFile(ctl, cmd, "xml", &xml) < 0)
        return false;
    if (flags || xml)
        rc = virDomainRestoreFlags(modvirtConn(ctl), from, xml, flags);
    else
        rc = virDomainRestore(modvirtConn(ctl), from);
    if (rc < 0) {
        vshError(ctl, _("Failed to restore domain from %s"), from);
        return false;
    }
    vshPrintExtra(ctl, _("Domain restored from %s\n"), from);
    return true;
}

const vshCmdDef modvirtCmdRestore = {
    .name = "restore",
    .handler = cmdRestore,
    .opts = optsRestore,
    .info = &infoRestore,
};

static const vshCmdInfo infoManagedsave = {
    .help = N_("managed save of a domain state"),
    .desc = N_(
        "Save and destroy a running domain, so it can be restarted from\n    the same state at a later time.  When the virsh 'start'\n    command is next run for the domain, it will automatically\n    be started from this saved state."),
};

static const vshCmdOptDef optsManagedsave[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "bypass-cache",
      .type = VSH_OT_BOOL,
      .help = N_("avoid file system cache when saving") },
    { .name = "running",
      .type = VSH_OT_BOOL,
      .help = N_("set domain to be running on next start") },
    { .name = "paused", .type = VSH_OT_BOOL, .help = N_("set domain to be paused on next start") },
    { .name = "verbose", .type = VSH_OT_BOOL, .help = N_("display the progress of save") },
    { .name = NULL }
};


static bool
cmdManagedsave(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    const char *name = NULL;

    if (!(dom = modvirtCommandOptDomain(ctl, cmd, &name)))
        return false;
    if (virDomainManagedSave(dom, modvirtSaveFlags(cmd, true, false)) < 0) {
        vshError(ctl, _("Failed to save domain '%s' state"), name);
        return false;
    }
    modvirtJobDone(ctl, cmd, _("Managedsave"));
    vshPrintExtra(ctl, _("\nDomain '%s' state saved by libvirt\n"), name);
    return true;
}

const vshCmdDef modvirtCmdManagedsave = {
    .name = "managedsave",
    .handler = cmdManagedsave,
    .opts = optsManagedsave,
    .info = &infoManagedsave,
};

static const vshCmdInfo infoManagedsaveRemove = {
    .help = N_("Remove managed save of a domain"),
    .desc = N_("Remove an existing managed save state file from a domain"),
};

static const vshCmdOptDef optsManagedsaveRemove[] = { { .name = "domain",
                                                        .type = VSH_OT_DATA,
                                                        .flags = VSH_OFLAG_REQ,
                                                        .help = N_("domain name, id or uuid") },
                                                      { .name = NULL } };


static bool
cmdManagedsaveRemove(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    const char *name = NULL;
    int hassave;

    if (!(dom = modvirtCommandOptDomain(ctl, cmd, &name)))
        return false;
    if ((hassave = virDomainHasManagedSaveImage(dom, 0)) < 0) {
        vshError(ctl, "%s", _("Failed to check for domain managed save image"));
        return false;
    }
    if (hassave == 0) {
        vshPrintExtra(ctl, _("Domain '%s' has no manage save image; removal skipped"), name);
        return true;
    }
    if (virDomainManagedSaveRemove(dom, 0) < 0) {
        vshError(ctl, _("Failed to remove managed save image for domain '%s'"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Removed managedsave image for domain '%s'"), name);
    return true;
}

const vshCmdDef modvirtCmdManagedsaveRemove = {
    .name = "managedsave-remove",
    .handler = cmdManagedsaveRemove,
    .opts = optsManagedsaveRemove,
    .info = &infoManagedsaveRemove,
};

static const vshCmdInfo infoManagedsaveDumpxml = {
    .help = N_("Domain information of managed save state file in XML"),
    .desc = N_("Dump XML of domain information for a managed save state file to stdout."),
};

static const vshCmdOptDef optsManagedsaveDumpxml[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "security-info",
      .type = VSH_OT_BOOL,
      .help = N_("include security sensitive information in XML dump") },
    { .name = "xpath",
      .type = VSH_OT_STRING,
      .flags = VSH_OFLAG_REQ_OPT,
      .help = N_("xpath expression to filter the XML document") },
    { .name = "wrap",
      .type = VSH_OT_BOOL,
      .help = N_("wrap xpath results in an common root element") },
    { .name = NULL }
};


static bool
cmdManagedsaveDumpxml(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    g_autofree char *xml = NULL;
    const char *xpath = NULL;
    unsigned int flags = 0;

    if (vshCommandOptBool(cmd, "security-info"))
        flags |= VIR_DOMAIN_SAVE_IMAGE_XML_SECURE;
    if (!(dom = modvirtCommandOptDomain(ctl, cmd, NULL)))
        return false;
    if (vshCommandOptStringQuiet(ctl, cmd, "xpath", &xpath) < 0)
        return false;
    if (!(xml = virDomainManagedSaveGetXMLDesc(dom, flags)))
        return false;
    return modvirtDumpXML(ctl, xml, xpath, vshCommandOptBool(cmd, "wrap"));
}

const vshCmdDef modvirtCmdManagedsaveDumpxml = {
    .name = "managedsave-dumpxml",
    .handler = cmdManagedsaveDumpxml,
    .opts = optsManagedsaveDumpxml,
    .info = &infoManagedsaveDumpxml,
};

static const vshCmdInfo infoManagedsaveDefine = {
    .help = N_("redefine the XML for a domain's managed save state file"),
    .desc = N_("Replace the domain XML associated with a managed save state file"),
};

static const vshCmdOptDef optsManagedsaveDefine[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "xml",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("filename containing updated XML for the target") },
    { .name = "running", .type = VSH_OT_BOOL, .help = N_("set domain to be running on start") },
    { .name = "paused", .type = VSH_OT_BOOL, .help = N_("set domain to be paused on start") },
    { .name = NULL }
};


static bool
cmdManagedsaveDefine(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    g_autofree char *xml = NULL;
    const char *xmlfile = NULL;
    unsigned int flags = modvirtSaveFlags(cmd, false, false);

    if (vshExclusiveOptions(ctl, cmd, "running", "paused") < 0)
        return false;
    if (vshCommandOptStringReq(ctl, cmd, "xml", &xmlfile) < 0)
        return false;
    if (!(dom = modvirtCommandOptDomain(ctl, cmd, NULL)))
        return false;
    if (!(xml = modvirtReadFile(ctl, xmlfile)))
        return false;
    if (virDomainManagedSaveDefineXML(dom, xml, flags) < 0) {
        vshError(ctl, _("Failed to update %s XML configuration"), virDomainGetName(dom));
        return false;
    }
    vshPrintExtra(ctl, _("Managed save state file of domain '%s' updated.\n"),
                  virDomainGetName(dom));
    return true;
}

const vshCmdDef modvirtCmdManagedsaveDefine = {
    .name = "managedsave-define",
    .handler = cmdManagedsaveDefine,
    .opts = optsManagedsaveDefine,
    .info = &infoManagedsaveDefine,
};

static const vshCmdInfo infoSaveImageDefine = {
    .help = N_("redefine the XML for a domain's saved state file"),
    .desc = N_("Replace the domain XML associated with a saved state file"),
};

static const vshCmdOptDef optsSaveImageDefine[] = {
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("saved state file to modify") },
    { .name = "xml",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("filename containing updated XML for the target") },
    { .name = "running", .type = VSH_OT_BOOL, .help = N_("set domain to be running on restore") },
    { .name = "paused", .type = VSH_OT_BOOL, .help = N_("set domain to be paused on restore") },
    { .name = NULL }
};


static bool
cmdSaveImageDefine(vshControl *ctl, const vshCmd *cmd)
{
    g_autofree char *xml = NULL;
    const char *file = NULL;
    const char *xmlfile = NULL;
    unsigned int flags = modvirtSaveFlags(cmd, false, false);

    if (vshCommandOptStringReq(ctl, cmd, "file", &file) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "xml", &xmlfile) < 0)
        return false;
    if (!(xml = modvirtReadFile(ctl, xmlfile)))
        return false;
    if (virDomainSaveImageDefineXML(modvirtConn(ctl), file, xml, flags) < 0) {
        vshError(ctl, _("Failed to update %s"), file);
        return false;
    }
    vshPrintExtra(ctl, _("State file %s updated.\n"), file);
    return true;
}

const vshCmdDef modvirtCmdSaveImageDefine = {
    .name = "save-image-define",
    .handler = cmdSaveImageDefine,
    .opts = optsSaveImageDefine,
    .info = &infoSaveImageDefine,
};

static const vshCmdInfo infoSaveImageDumpxml = {
    .help = N_("saved state domain information in XML"),
    .desc = N_("Dump XML of domain information for a saved state file to stdout."),
};

static const vshCmdOptDef optsSaveImageDumpxml[] = {
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("saved state file to read") },
    { .name = "security-info",
      .type = VSH_OT_BOOL,
      .help = N_("include security sensitive information in XML dump") },
    { .name = "xpath",
      .type = VSH_OT_STRING,
      .flags = VSH_OFLAG_REQ_OPT,
      .help = N_("xpath expression to filter the XML document") },
    { .name = "wrap",
      .type = VSH_OT_BOOL,
      .help = N_("wrap xpath results in an common root element") },
    { .name = NULL }
};


static bool
cmdSaveImageDumpxml(vshControl *ctl, const vshCmd *cmd)
{
    g_autofree char *xml = NULL;
    const char *file = NULL;
    const char *xpath = NULL;
    unsigned int flags = 0;

    if (vshCommandOptBool(cmd, "security-info"))
        flags |= VIR_DOMAIN_SAVE_IMAGE_XML_SECURE;
    if (vshCommandOptStringReq(ctl, cmd, "file", &file) < 0)
        return false;
    if (vshCommandOptStringQuiet(ctl, cmd, "xpath", &xpath) < 0)
        return false;
    if (!(xml = virDomainSaveImageGetXMLDesc(modvirtConn(ctl), file, flags)))
        return false;
    return modvirtDumpXML(ctl, xml, xpath, vshCommandOptBool(cmd, "wrap"));
}

const vshCmdDef modvirtCmdSaveImageDumpxml = {
    .name = "save-image-dumpxml",
    .handler = cmdSaveImageDumpxml,
    .opts = optsSaveImageDumpxml,
    .info = &infoSaveImageDumpxml,
};

static const vshCmdInfo infoDump = {
    .help = N_("dump the core of a domain to a file for analysis"),
    .desc = N_("Core dump a domain."),
};

static const vshCmdOptDef optsDump[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("where to dump the core") },
    { .name = "live", .type = VSH_OT_BOOL, .help = N_("perform a live core dump if supported") },
    { .name = "crash", .type = VSH_OT_BOOL, .help = N_("crash the domain after core dump") },
    { .name = "bypass-cache",
      .type = VSH_OT_BOOL,
      .help = N_("avoid file system cache when dumping") },
    { .name = "reset", .type = VSH_OT_BOOL, .help = N_("reset the domain after core dump") },
    { .name = "verbose", .type = VSH_OT_BOOL, .help = N_("display the progress of dump") },
    { .name = "memory-only", .type = VSH_OT_BOOL, .help = N_("dump domain's memory only") },
    { .name = "format",
      .type = VSH_OT_STRING,
      .help = N_("specify the format of memory-only dump") },
    { .name = NULL }
};


/* --format: the dump format, or -1 with the error printed. */
static int
modvirtDumpFormat(vshControl *ctl, const vshCmd *cmd, unsigned int flags)
{
    static const struct {
        const char *name;
        int format;
    } formats[] = {
        { "kdump-zlib", VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_ZLIB },
        { "kdump-lzo", VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_LZO },
        { "kdump-snappy", VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_SNAPPY },
        { "win-dmp", VIR_DOMAIN_CORE_DUMP_FORMAT_WIN_DMP },
        { "elf", VIR_DOMAIN_CORE_DUMP_FORMAT_RAW },
    };
    const char *format = NULL;
    size_t i;

    if (!vshCommandOptBool(cmd, "format"))
        return VIR_DOMAIN_CORE_DUMP_FORMAT_RAW;
    if (!(flags & VIR_DUMP_MEMORY_ONLY)) {
        vshError(ctl, "%s", _("--format only works with --memory-only"));
        return -1;
    }
    if (vshCommandOptStringReq(ctl, cmd, "format", &format) < 0)
        return -1;
    for (i = 0; format && i < G_N_ELEMENTS(formats); i++) {
        if (g_str_equal(format, formats[i].name))
            return formats[i].format;
    }
    if (!format)
        return VIR_DOMAIN_CORE_DUMP_FORMAT_RAW;
    vshError(
        ctl,
        _("format '%s' is not supported, expecting 'kdump-zlib', 'kdump-lzo', 'kdump-snappy', 'win-dmp' or 'elf'"),
        format);
    return -1;
}


static bool
cmdDump(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    const char *name = NULL;
    const char *to = NULL;
    unsigned int flags = 0;
    int format;
    int rc;

    if (!(dom = modvirtCommandOptDomain(ctl, cmd, &name)))
        return false;
    if (vshCommandOptStringReq(ctl, cmd, "file", &to) < 0)
        return false;
    if (vshCommandOptBool(cmd, "live"))
        flags |= VIR_DUMP_LIVE;
    if (vshCommandOptBool(cmd, "crash"))
        flags |= VIR_DUMP_CRASH;
    if (vshCommandOptBool(cmd, "bypass-cache"))
        flags |= VIR_DUMP_BYPASS_CACHE;
    if (vshCommandOptBool(cmd, "reset"))
        flags |= VIR_DUMP_RESET;
    if (vshCommandOptBool(cmd, "memory-only"))
        flags |= VIR_DUMP_MEMORY_ONLY;
    if ((format = modvirtDumpFormat(ctl, cmd, flags)) < 0)
        return false;

    if (format != VIR_DOMAIN_CORE_DUMP_FORMAT_RAW)
        rc = virDomainCoreDumpWithFormat(dom, to, format, flags);
    else
        rc = virDomainCoreDump(dom, to, flags);
    if (rc < 0) {
        vshError(ctl, _("Failed to core dump domain '%s' to %s"), name, to);
        return false;
    }
    modvirtJobDone(ctl, cmd, _("Dump"));
    vshPrintExtra(ctl, _("\nDomain '%s' dumped to %s\n"), name, to);
    return true;
}

const vshCmdDef modvirtCmdDump = {
    .name = "dump",
    .handler = cmdDump,
    .opts = optsDump,
    .info = &infoDump,
};
