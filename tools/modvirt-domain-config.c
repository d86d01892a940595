/*
 * modvirt-domain-config.c: a domain's settings: dumpxml, desc, metadata,
 * domhostname, setmem, setmaxmem, setvcpus, vcpucount
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "modvirt.h"

static const vshCmdInfo infoDumpxml = {
    .help = N_("domain information in XML"),
    .desc = N_("Output the domain information as an XML dump to stdout."),
};

static const vshCmdOptDef optsDumpxml[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "inactive", .type = VSH_OT_BOOL, .help = N_("show inactive defined XML") },
    { .name = "security-info",
      .type = VSH_OT_BOOL,
      .help = N_("include security sensitive information in XML dump") },
    { .name = "update-cpu",
      .type = VSH_OT_BOOL,
      .help = N_("update guest CPU according to host CPU") },
    { .name = "migratable",
      .type = VSH_OT_BOOL,
      .help = N_("provide XML suitable for migrations") },
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
cmdDumpxml(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    g_autofree char *xml = NULL;
    const char *xpath = NULL;
    unsigned int flags = 0;

    if (vshCommandOptBool(cmd, "inactive"))
        flags |= VIR_DOMAIN_XML_INACTIVE;
    if (vshCommandOptBool(cmd, "security-info"))
        flags |= VIR_DOMAIN_XML_SECURE;
    if (vshCommandOptBool(cmd, "update-cpu"))
        flags |= VIR_DOMAIN_XML_UPDATE_CPU;
    if (vshCommandOptBool(cmd, "migratable"))
        flags |= VIR_DOMAIN_XML_MIGRATABLE;
    if (!(dom = modvirtCommandOptDomain(ctl, cmd, NULL)))
        return false;
    if (vshCommandOptStringQuiet(ctl, cmd, "xpath", &xpath) < 0)
        return false;
    if (!(xml = virDomainGetXMLDesc(dom, flags)))
        return false;
    return modvirtDumpXML(ctl, xml, xpath, vshCommandOptBool(cmd, "wrap"));
}

const vshCmdDef modvirtCmdDumpxml = {
    .name = "dumpxml",
    .handler = cmdDumpxml,
    .opts = optsDumpxml,
    .info = &infoDumpxml,
};


/*
 * The --live/--config/--current flags shared by several commands:
 * VIR_DOMAIN_AFFECT_*, or -1 after printing that --current excludes the
 * others.
 */
static int
modvirtAffectFlags(vshControl *ctl, const vshCmd *cmd)
{
    bool config = vshCommandOptBool(cmd, "config");
    bool live = vshCommandOptBool(cmd, "live");
    bool current = vshCommandOptBool(cmd, "current");
    int flags = VIR_DOMAIN_AFFECT_CURRENT;

    if (vshExclusiveFlags(ctl, current, "current", live, "live") < 0 ||
        vshExclusiveFlags(ctl, current, "current", config, "config") < 0)
        return -1;
    if (config)
        flags |= VIR_DOMAIN_AFFECT_CONFIG;
    if (live)
        flags |= VIR_DOMAIN_AFFECT_LIVE;
    return flags;
}


/* The text after the options (ARGV words joined by spaces), or NULL. */
static char *
modvirtJoinArgv(const vshCmd *cmd)
{
    g_autoptr(GString) buf = NULL;
    const vshCmdOpt *opt = NULL;

    while ((opt = vshCommandOptArgv(cmd, opt))) {
        if (!buf)
            buf = g_string_new(NULL);
        else
            g_string_append_c(buf, ' ');
        g_string_append(buf, opt->data);
    }
    return buf ? g_string_free(g_steal_pointer(&buf), FALSE) : NULL;
}


/* desc --edit: returns the new text, NULL when unchanged (reported), or
 * NULL with *@failed. */
static char *
modvirtDescEdit(vshControl *ctl, const char *old, bool title, bool *failed)
{
    g_autofree char *edited = NULL;
    size_t len;

    if (!(edited = modvirtEditText(ctl, old))) {
        *failed = true;
        return NULL;
    }
    /* Editors add a final newline; a title is one line. */
    len = strlen(edited);
    if (title && len && edited[len - 1] == '\n')
        edited[len - 1] = '\0';
    if (g_str_equal(old, edited)) {
        vshPrintExtra(ctl, "%s",
                      title ? _("Domain title not changed\n")
                            : _("Domain description not changed\n"));
        return NULL;
    }
    return g_steal_pointer(&edited);
}


/* desc with a new text or --edit. */
static bool
modvirtDescSet(vshControl *ctl,
               virDomainPtr dom,
               const vshCmd *cmd,
               char *arg,
               unsigned int flags,
               unsigned int queryflags)
{
    bool title = vshCommandOptBool(cmd, "title");
    g_autofree char *old = NULL;
    g_autofree char *desc = arg;
    bool failed = false;

    if (!(old = modvirtGetDomainDescription(ctl, dom, title, queryflags)))
        return false;
    if (!desc)
        desc = g_strdup(old);
    if (vshCommandOptBool(cmd, "edit")) {
        g_autofree char *edited = modvirtDescEdit(ctl, desc, title, &failed);

        if (!edited)
            return !failed;
        g_free(desc);
        desc = g_steal_pointer(&edited);
    }
    if (virDomainSetMetadata(dom,
                             title ? VIR_DOMAIN_METADATA_TITLE : VIR_DOMAIN_METADATA_DESCRIPTION,
                             desc, NULL, NULL, flags) < 0) {
        vshError(ctl, "%s",
                 title ? _("Failed to set new domain title")
                       : _("Failed to set new domain description"));
        return false;
    }
    vshPrintExtra(ctl, "%s",
                  title ? _("Domain title updated successfully")
                        : _("Domain description updated successfully"));
    return true;
}

static const vshCmdInfo infoDesc = {
    .help = N_("show or set domain's description or title"),
    .desc = N_("Allows setting or modifying the description or title of a domain."),
};

static const vshCmdOptDef optsDesc[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "live", .type = VSH_OT_BOOL, .help = N_("modify/get running state") },
    { .name = "config", .type = VSH_OT_BOOL, .help = N_("modify/get persistent configuration") },
    { .name = "current",
      .type = VSH_OT_BOOL,
      .help = N_("modify/get current state configuration") },
    { .name = "title",
      .type = VSH_OT_BOOL,
      .help = N_("modify/get the title instead of description") },
    { .name = "edit", .type = VSH_OT_BOOL, .help = N_("open an editor to modify the description") },
    { .name = "new-desc", .type = VSH_OT_ARGV, .help = N_("message") },
    { .name = NULL }
};


static bool
cmdDesc(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    g_autofree char *desc = NULL;
    bool title = vshCommandOptBool(cmd, "title");
    unsigned int queryflags = 0;
    char *arg;
    int flags;

    if ((flags = modvirtAffectFlags(ctl, cmd)) < 0)
        return false;
    if (flags & VIR_DOMAIN_AFFECT_CONFIG)
        queryflags |= VIR_DOMAIN_XML_INACTIVE;
    if (!(dom = modvirtCommandOptDomain(ctl, cmd, NULL)))
        return false;
    if (modvirtDomainState(ctl, dom, NULL) < 0)
        return false;

    arg = modvirtJoinArgv(cmd);
    if (arg || vshCommandOptBool(cmd, "edit"))
        return modvirtDescSet(ctl, dom, cmd, arg, flags, queryflags);

    if (!(desc = modvirtGetDomainDescription(ctl, dom, title, queryflags)))
        return false;
    if (*desc)
        vshPrint(ctl, "%s", desc);
    else
        vshPrintExtra(ctl,
                      title ? _("No title for domain: %s") : _("No description for domain: %s"),
                      virDomainGetName(dom));
    return true;
}

const vshCmdDef modvirtCmdDesc = {
    .name = "desc",
    .handler = cmdDesc,
    .opts = optsDesc,
    .info = &infoDesc,
};


/* metadata --edit. */
static bool
modvirtMetadataEdit(
    vshControl *ctl, virDomainPtr dom, const char *key, const char *uri, unsigned int flags)
{
    g_autofree char *old = NULL;
    g_autofree char *edited = NULL;

    if (!(old = virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, uri, flags))) {
        if (virGetLastErrorCode() != VIR_ERR_NO_DOMAIN_METADATA)
            return false;
        modvirtResetError(ctl);
        old = g_strdup("\n");
    }
    if (!(edited = modvirtEditText(ctl, old)))
        return false;
    if (g_str_equal(old, edited)) {
        vshPrintExtra(ctl, "%s", _("Metadata not changed"));
        return true;
    }
    if (virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, edited, key, uri, flags) < 0)
        return false;
    vshPrintExtra(ctl, "%s\n", _("Metadata modified"));
    return true;
}

static const vshCmdInfo infoMetadata = {
    .help = N_("show or set domain's custom XML metadata"),
    .desc = N_("Shows or modifies the XML metadata of a domain."),
};

static const vshCmdOptDef optsMetadata[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "uri",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("URI of the namespace") },
    { .name = "live", .type = VSH_OT_BOOL, .help = N_("modify/get running state") },
    { .name = "config", .type = VSH_OT_BOOL, .help = N_("modify/get persistent configuration") },
    { .name = "current",
      .type = VSH_OT_BOOL,
      .help = N_("modify/get current state configuration") },
    { .name = "edit", .type = VSH_OT_BOOL, .help = N_("use an editor to change the metadata") },
    { .name = "key",
      .type = VSH_OT_STRING,
      .help = N_("key to be used as a namespace identifier") },
    { .name = "set", .type = VSH_OT_STRING, .help = N_("new metadata to set") },
    { .name = "remove",
      .type = VSH_OT_BOOL,
      .help = N_("remove the metadata corresponding to an uri") },
    { .name = NULL }
};


static bool
cmdMetadata(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    g_autofree char *data = NULL;
    bool edit = vshCommandOptBool(cmd, "edit");
    bool rem = vshCommandOptBool(cmd, "remove");
    const char *set = NULL;
    const char *uri = NULL;
    const char *key = NULL;
    int flags;

    if ((flags = modvirtAffectFlags(ctl, cmd)) < 0 ||
        vshExclusiveOptions(ctl, cmd, "edit", "set") < 0 ||
        vshExclusiveOptions(ctl, cmd, "remove", "set") < 0 ||
        vshExclusiveOptions(ctl, cmd, "remove", "edit") < 0)
        return false;
    if (!(dom = modvirtCommandOptDomain(ctl, cmd, NULL)))
        return false;
    if (vshCommandOptStringReq(ctl, cmd, "uri", &uri) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "key", &key) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "set", &set) < 0)
        return false;
    if ((set || edit) && !key) {
        vshError(ctl, "%s", _("namespace key is required when modifying metadata"));
        return false;
    }

    if (set || rem) {
        if (virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, set, key, uri, flags) != 0)
            return false;
        vshPrintExtra(ctl, "%s\n", rem ? _("Metadata removed") : _("Metadata modified"));
        return true;
    }
    if (edit)
        return modvirtMetadataEdit(ctl, dom, key, uri, flags);
    if (!(data = virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, uri, flags)))
        return false;
    vshPrint(ctl, "%s\n", data);
    return true;
}

const vshCmdDef modvirtCmdMetadata = {
    .name = "metadata",
    .handler = cmdMetadata,
    .opts = optsMetadata,
    .info = &infoMetadata,
};

static const vshCmdInfo infoDomhostname = {
    .help = N_("print the domain's hostname"),
    .desc = "",
};

static const vshCmdOptDef optsDomhostname[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "source", .type = VSH_OT_STRING, .help = N_("address source: 'lease' or 'agent'") },
    { .name = NULL }
};


static bool
cmdDomhostname(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    g_autofree char *hostname = NULL;
    const char *source = NULL;
    unsigned int flags = 0;

    if (vshCommandOptStringReq(ctl, cmd, "source", &source) < 0)
        return false;
    if (source) {
        if (g_str_equal(source, "agent")) {
            flags |= VIR_DOMAIN_GET_HOSTNAME_AGENT;
        } else if (g_str_equal(source, "lease")) {
            flags |= VIR_DOMAIN_GET_HOSTNAME_LEASE;
        } else {
            vshError(ctl, _("Unknown data source '%s'"), source);
            return false;
        }
    }
    if (!(dom = modvirtCommandOptDomain(ctl, cmd, NULL)))
        return false;
    if (!(hostname = virDomainGetHostname(dom, flags))) {
        vshError(ctl, "%s", _("failed to get hostname"));
        return false;
    }
    vshPrint(ctl, "%s\n", hostname);
    return true;
}

const vshCmdDef modvirtCmdDomhostname = {
    .name = "domhostname",
    .handler = cmdDomhostname,
    .opts = optsDomhostname,
    .info = &infoDomhostname,
};


/*
 * The --size of setmem/setmaxmem in KiB (rounded up), or -1 with the
 * error printed. The API takes an unsigned long of KiB.
 */
static int
modvirtMemSize(vshControl *ctl, const vshCmd *cmd, unsigned long *kib)
{
    unsigned long long max =
        sizeof(unsigned long) < sizeof(unsigned long long) ? 1024ULL * ULONG_MAX : ULONG_MAX;
    unsigned long long bytes = 0;

    if (vshCommandOptScaledInt(ctl, cmd, "size", &bytes, 1024, max) < 0)
        return -1;
    *kib = (bytes + 1023) / 1024;
    return 0;
}

static const vshCmdInfo infoSetmem = {
    .help = N_("change memory allocation"),
    .desc = N_("Change the current memory allocation in the guest domain."),
};

static const vshCmdOptDef optsSetmem[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "kilobytes", .type = VSH_OT_ALIAS, .help = "size" },
    { .name = "size",
      .type = VSH_OT_INT,
      .flags = VSH_OFLAG_REQ,
      .help = N_("new memory size, as scaled integer (default KiB)") },
    { .name = "config", .type = VSH_OT_BOOL, .help = N_("affect next boot") },
    { .name = "live", .type = VSH_OT_BOOL, .help = N_("affect running domain") },
    { .name = "current", .type = VSH_OT_BOOL, .help = N_("affect current domain") },
    { .name = NULL }
};


static bool
cmdSetmem(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    unsigned long kib = 0;
    bool plain;
    int flags;

    if ((flags = modvirtAffectFlags(ctl, cmd)) < 0)
        return false;
    plain = !vshCommandOptBool(cmd, "current") && flags == VIR_DOMAIN_AFFECT_CURRENT;
    if (!(dom = modvirtCommandOptDomain(ctl, cmd, NULL)))
        return false;
    if (modvirtMemSize(ctl, cmd, &kib) < 0)
        return false;
    if (plain)
        return virDomainSetMemory(dom, kib) == 0;
    return virDomainSetMemoryFlags(dom, kib, flags) == 0;
}

const vshCmdDef modvirtCmdSetmem = {
    .name = "setmem",
    .handler = cmdSetmem,
    .opts = optsSetmem,
    .info = &infoSetmem,
};

static const vshCmdInfo infoSetmaxmem = {
    .help = N_("change maximum memory limit"),
    .desc = N_("Change the maximum memory allocation limit in the guest domain."),
};

static const vshCmdOptDef optsSetmaxmem[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "kilobytes", .type = VSH_OT_ALIAS, .help = "size" },
    { .name = "size",
      .type = VSH_OT_INT,
      .flags = VSH_OFLAG_REQ,
      .help = N_("new maximum memory size, as scaled integer (default KiB)") },
    { .name = "config", .type = VSH_OT_BOOL, .help = N_("affect next boot") },
    { .name = "live", .type = VSH_OT_BOOL, .help = N_("affect running domain") },
    { .name = "current", .type = VSH_OT_BOOL, .help = N_("affect current domain") },
    { .name = NULL }
};


static bool
cmdSetmaxmem(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    unsigned long kib = 0;
    bool plain;
    int flags;
    int rc;

    if ((flags = modvirtAffectFlags(ctl, cmd)) < 0)
        return false;
    plain = !vshCommandOptBool(cmd, "current") && flags == VIR_DOMAIN_AFFECT_CURRENT;
    if (!(dom = modvirtCommandOptDomain(ctl, cmd, NULL)))
        return false;
    if (modvirtMemSize(ctl, cmd, &kib) < 0)
        return false;
    if (plain)
        rc = virDomainSetMaxMemory(dom, kib);
    else
        rc = virDomainSetMemoryFlags(dom, kib, flags | VIR_DOMAIN_MEM_MAXIMUM);
    if (rc != 0) {
        vshError(ctl, "%s", _("Unable to change MaxMemorySize"));
        return false;
    }
    return true;
}

const vshCmdDef modvirtCmdSetmaxmem = {
    .name = "setmaxmem",
    .handler = cmdSetmaxmem,
    .opts = optsSetmaxmem,
    .info = &infoSetmaxmem,
};

static const vshCmdInfo infoSetvcpus = {
    .help = N_("change number of virtual CPUs"),
    .desc = N_("Change the number of virtual CPUs in the guest domain."),
};

static const vshCmdOptDef optsSetvcpus[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "count",
      .type = VSH_OT_INT,
      .flags = VSH_OFLAG_REQ,
      .help = N_("number of virtual CPUs") },
    { .name = "maximum", .type = VSH_OT_BOOL, .help = N_("set maximum limit on next boot") },
    { .name = "config", .type = VSH_OT_BOOL, .help = N_("affect next boot") },
    { .name = "live", .type = VSH_OT_BOOL, .help = N_("affect running domain") },
    { .name = "current", .type = VSH_OT_BOOL, .help = N_("affect current domain") },
    { .name = "guest", .type = VSH_OT_BOOL, .help = N_("modify cpu state in the guest") },
    { .name = "hotpluggable",
      .type = VSH_OT_BOOL,
      .help = N_("make added vcpus hot(un)pluggable") },
    { .name = NULL }
};


static bool
cmdSetvcpus(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    bool maximum = vshCommandOptBool(cmd, "maximum");
    bool config = vshCommandOptBool(cmd, "config");
    bool guest = vshCommandOptBool(cmd, "guest");
    unsigned int count = 0;
    int flags;

    if ((flags = modvirtAffectFlags(ctl, cmd)) < 0 ||
        vshExclusiveFlags(ctl, guest, "guest", config, "config") < 0 ||
        vshRequireFlag(ctl, maximum, "maximum", config, "config") < 0)
        return false;
    if (guest)
        flags |= VIR_DOMAIN_VCPU_GUEST;
    if (maximum)
        flags |= VIR_DOMAIN_VCPU_MAXIMUM;
    if (vshCommandOptBool(cmd, "hotpluggable"))
        flags |= VIR_DOMAIN_VCPU_HOTPLUGGABLE;

    if (!(dom = modvirtCommandOptDomain(ctl, cmd, NULL)))
        return false;
    if (vshCommandOptUInt(ctl, cmd, "count", &count) < 0)
        return false;
    if (count == 0) {
        vshError(ctl, "%s", _("Can't set 0 processors for a VM"));
        return false;
    }
    if (!vshCommandOptBool(cmd, "current") && flags == 0)
        return virDomainSetVcpus(dom, count) == 0;
    return virDomainSetVcpusFlags(dom, count, flags) == 0;
}

const vshCmdDef modvirtCmdSetvcpus = {
    .name = "setvcpus",
    .handler = cmdSetvcpus,
    .opts = optsSetvcpus,
    .info = &infoSetvcpus,
};


/* vCPU count from the inactive XML, for drivers without GetVcpusFlags. */
static int
modvirtVcpusFromXML(vshControl *ctl, virDomainPtr dom, bool maximum)
{
    g_autofree char *xml = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE);
    g_autofree char *val = NULL;
    char *end = NULL;
    long count;

    if (!xml)
        return -1;
    val = modvirtXPathString(ctl, xml,
                             maximum ? "string(/domain/vcpu)" : "string(/domain/vcpu/@current)");
    errno = 0;
    count = val ? strtol(val, &end, 10) : -1;
    if (!val || errno || end == val || *end || count < INT_MIN || count > INT_MAX) {
        vshError(ctl, "%s",
                 maximum ? _("Failed to retrieve maximum vcpu count")
                         : _("Failed to retrieve current vcpu count"));
        return -1;
    }
    return count;
}


/*
 * One vCPU count. Returns it, -2 when @checkState and the domain lacks
 * the asked state (not running for live, not persistent for config), or
 * -1 on error.
 */
static int
modvirtVcpuCount(vshControl *ctl, virDomainPtr dom, unsigned int flags, bool checkState)
{
    virDomainInfo info;
    int count;
    int code;

    if (checkState && (((flags & VIR_DOMAIN_AFFECT_LIVE) && virDomainIsActive(dom) < 1) ||
                       ((flags & VIR_DOMAIN_AFFECT_CONFIG) && virDomainIsPersistent(dom) < 1)))
        return -2;
    if ((count = virDomainGetVcpusFlags(dom, flags)) >= 0)
        return count;

    code = virGetLastErrorCode();
    if (code != VIR_ERR_NO_SUPPORT && code != VIR_ERR_INVALID_ARG)
        return -1;
    if (flags & VIR_DOMAIN_VCPU_GUEST) {
        vshError(ctl, "%s", _("Failed to retrieve vCPU count from the guest"));
        return -1;
    }
    if (!(flags & (VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG)) &&
        virDomainIsActive(dom) == 1)
        flags |= VIR_DOMAIN_AFFECT_LIVE;
    modvirtResetError(ctl);
    if (!(flags & VIR_DOMAIN_AFFECT_LIVE))
        return modvirtVcpusFromXML(ctl, dom, flags & VIR_DOMAIN_VCPU_MAXIMUM);
    if (flags & VIR_DOMAIN_VCPU_MAXIMUM)
        return virDomainGetMaxVcpus(dom);
    if (virDomainGetInfo(dom, &info) < 0)
        return -1;
    return info.nrVirtCpu;
}


/* vcpucount without options: the four counts that apply. */
static bool
modvirtVcpucountAll(vshControl *ctl, virDomainPtr dom)
{
    int confMax =
        modvirtVcpuCount(ctl, dom, VIR_DOMAIN_AFFECT_CONFIG | VIR_DOMAIN_VCPU_MAXIMUM, true);
    int confCur = modvirtVcpuCount(ctl, dom, VIR_DOMAIN_AFFECT_CONFIG, true);
    int liveMax =
        modvirtVcpuCount(ctl, dom, VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_VCPU_MAXIMUM, true);
    int liveCur = modvirtVcpuCount(ctl, dom, VIR_DOMAIN_AFFECT_LIVE, true);

    if (confMax == -1 || confCur == -1 || liveMax == -1 || liveCur == -1)
        return false;
    if (confMax > 0)
        vshPrint(ctl, "%-12s %-12s %3d\n", _("maximum"), _("config"), confMax);
    if (liveMax > 0)
        vshPrint(ctl, "%-12s %-12s %3d\n", _("maximum"), _("live"), liveMax);
    if (confCur > 0)
        vshPrint(ctl, "%-12s %-12s %3d\n", _("current"), _("config"), confCur);
    if (liveCur > 0)
        vshPrint(ctl, "%-12s %-12s %3d\n", _("current"), _("live"), liveCur);
    return true;
}

static const vshCmdInfo infoVcpucount = {
    .help = N_("domain vcpu counts"),
    .desc = N_("Returns the number of virtual CPUs used by the domain."),
};

static const vshCmdOptDef optsVcpucount[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "maximum", .type = VSH_OT_BOOL, .help = N_("get maximum count of vcpus") },
    { .name = "active", .type = VSH_OT_BOOL, .help = N_("get number of currently active vcpus") },
    { .name = "live", .type = VSH_OT_BOOL, .help = N_("get value from running domain") },
    { .name = "config", .type = VSH_OT_BOOL, .help = N_("get value to be used on next boot") },
    { .name = "current",
      .type = VSH_OT_BOOL,
      .help = N_("get value according to current domain state") },
    { .name = "guest",
      .type = VSH_OT_BOOL,
      .help = N_("retrieve vcpu count from the guest instead of the hypervisor") },
    { .name = NULL }
};


static bool
cmdVcpucount(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    bool maximum = vshCommandOptBool(cmd, "maximum");
    bool active = vshCommandOptBool(cmd, "active");
    bool config = vshCommandOptBool(cmd, "config");
    bool live = vshCommandOptBool(cmd, "live");
    bool current = vshCommandOptBool(cmd, "current");
    bool guest = vshCommandOptBool(cmd, "guest");
    bool all = !maximum && !active && !current && !config && !live && !guest;
    unsigned int flags = VIR_DOMAIN_AFFECT_CURRENT;
    int count;

    /* Before "current" meant the affected state, "--current" was the
     * opposite of "--maximum"; keep accepting that spelling. */
    if (!maximum && !active && current)
        current = false;
    if (vshExclusiveFlags(ctl, live, "live", config, "config") < 0 ||
        vshExclusiveFlags(ctl, current, "current", live, "live") < 0 ||
        vshExclusiveFlags(ctl, current, "current", config, "config") < 0 ||
        vshExclusiveFlags(ctl, active, "active", maximum, "maximum") < 0 ||
        vshExclusiveFlags(ctl, guest, "guest", config, "config") < 0)
        return false;
    if (live)
        flags |= VIR_DOMAIN_AFFECT_LIVE;
    if (config)
        flags |= VIR_DOMAIN_AFFECT_CONFIG;
    if (maximum)
        flags |= VIR_DOMAIN_VCPU_MAXIMUM;
    if (guest)
        flags |= VIR_DOMAIN_VCPU_GUEST;

    if (!(dom = modvirtCommandOptDomain(ctl, cmd, NULL)))
        return false;
    if (all)
        return modvirtVcpucountAll(ctl, dom);
    if ((count = modvirtVcpuCount(ctl, dom, flags, false)) < 0)
        return false;
    vshPrint(ctl, "%d\n", count);
    return true;
}

const vshCmdDef modvirtCmdVcpucount = {
    .name = "vcpucount",
    .handler = cmdVcpucount,
    .opts = optsVcpucount,
    .info = &infoVcpucount,
};
