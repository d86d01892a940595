/*
 * modvirt-host.c: host and hypervisor commands: uri, version, hostname,
 * nodeinfo, sysinfo, capabilities, freecell, maxvcpus
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <stdlib.h>

#include "internal.h"
#include "modvirt.h"

static const vshCmdInfo infoUri = {
    .help = N_("print the hypervisor canonical URI"),
    .desc = "",
};


static bool
cmdUri(vshControl *ctl, const vshCmd *cmd G_GNUC_UNUSED)
{
    g_autofree char *uri = virConnectGetURI(modvirtConn(ctl));

    if (!uri) {
        vshError(ctl, "%s", _("failed to get URI"));
        return false;
    }
    vshPrint(ctl, "%s\n", uri);
    return true;
}

const vshCmdDef modvirtCmdUri = {
    .name = "uri",
    .handler = cmdUri,
    .info = &infoUri,
};

static const vshCmdInfo infoVersion = {
    .help = N_("show version"),
    .desc = N_("Display the system version information."),
};

static const vshCmdOptDef optsVersion[] = {
    { .name = "daemon", .type = VSH_OT_BOOL, .help = N_("report daemon version too") },
    { .name = NULL }
};


/* Split a version number as major, minor, micro. */
static void
modvirtPrintVersion(vshControl *ctl, const char *fmt, const char *what, unsigned long v)
{
    if (what)
        vshPrint(ctl, fmt, what, (int)(v / 1000000), (int)((v / 1000) % 1000), (int)(v % 1000));
    else
        vshPrint(ctl, fmt, (int)(v / 1000000), (int)((v / 1000) % 1000), (int)(v % 1000));
}


static bool
cmdVersion(vshControl *ctl, const vshCmd *cmd)
{
    virConnectPtr conn = modvirtConn(ctl);
    unsigned long libVersion = 0;
    unsigned long apiVersion = 0;
    unsigned long hvVersion = 0;
    unsigned long daemonVersion = 0;
    const char *hvType;

    if (!(hvType = virConnectGetType(conn))) {
        vshError(ctl, "%s", _("failed to get hypervisor type"));
        return false;
    }
    modvirtPrintVersion(ctl, _("Compiled against library: libvirt %d.%d.%d\n"), NULL,
                        LIBVIR_VERSION_NUMBER);
    if (virGetVersion(&libVersion, hvType, &apiVersion) < 0) {
        vshError(ctl, "%s", _("failed to get the library version"));
        return false;
    }
    modvirtPrintVersion(ctl, _("Using library: libvirt %d.%d.%d\n"), NULL, libVersion);
    modvirtPrintVersion(ctl, _("Using API: %s %d.%d.%d\n"), hvType, apiVersion);

    if (virConnectGetVersion(conn, &hvVersion) < 0) {
        vshError(ctl, "%s", _("failed to get the hypervisor version"));
        return false;
    }
    if (hvVersion == 0)
        vshPrint(ctl, _("Cannot extract running %s hypervisor version\n"), hvType);
    else
        modvirtPrintVersion(ctl, _("Running hypervisor: %s %d.%d.%d\n"), hvType, hvVersion);

    if (vshCommandOptBool(cmd, "daemon")) {
        if (virConnectGetLibVersion(conn, &daemonVersion) < 0)
            vshError(ctl, "%s", _("failed to get the daemon version"));
        else
            modvirtPrintVersion(ctl, _("Running against daemon: %d.%d.%d\n"), NULL, daemonVersion);
    }
    return true;
}

const vshCmdDef modvirtCmdVersion = {
    .name = "version",
    .handler = cmdVersion,
    .opts = optsVersion,
    .info = &infoVersion,
};

static const vshCmdInfo infoHostname = {
    .help = N_("print the hypervisor hostname"),
    .desc = "",
};


static bool
cmdHostname(vshControl *ctl, const vshCmd *cmd G_GNUC_UNUSED)
{
    g_autofree char *hostname = virConnectGetHostname(modvirtConn(ctl));

    if (!hostname) {
        vshError(ctl, "%s", _("failed to get hostname"));
        return false;
    }
    vshPrint(ctl, "%s\n", hostname);
    return true;
}

const vshCmdDef modvirtCmdHostname = {
    .name = "hostname",
    .handler = cmdHostname,
    .info = &infoHostname,
};

static const vshCmdInfo infoNodeinfo = {
    .help = N_("node information"),
    .desc = N_("Returns basic information about the node."),
};


static bool
cmdNodeinfo(vshControl *ctl, const vshCmd *cmd G_GNUC_UNUSED)
{
    virNodeInfo info;

    if (virNodeGetInfo(modvirtConn(ctl), &info) < 0) {
        vshError(ctl, "%s", _("failed to get node information"));
        return false;
    }
    vshPrint(ctl, "%-20s %s\n", _("CPU model:"), info.model);
    vshPrint(ctl, "%-20s %d\n", _("CPU(s):"), info.cpus);
    if (info.mhz)
        vshPrint(ctl, "%-20s %d MHz\n", _("CPU frequency:"), info.mhz);
    vshPrint(ctl, "%-20s %d\n", _("CPU socket(s):"), info.sockets);
    vshPrint(ctl, "%-20s %d\n", _("Core(s) per socket:"), info.cores);
    vshPrint(ctl, "%-20s %d\n", _("Thread(s) per core:"), info.threads);
    vshPrint(ctl, "%-20s %d\n", _("NUMA cell(s):"), info.nodes);
    vshPrint(ctl, "%-20s %lu KiB\n", _("Memory size:"), info.memory);
    return true;
}

const vshCmdDef modvirtCmdNodeinfo = {
    .name = "nodeinfo",
    .handler = cmdNodeinfo,
    .info = &infoNodeinfo,
};

static const vshCmdInfo infoSysinfo = {
    .help = N_("print the hypervisor sysinfo"),
    .desc = N_("output an XML string for the hypervisor sysinfo, if available"),
};


static bool
cmdSysinfo(vshControl *ctl, const vshCmd *cmd G_GNUC_UNUSED)
{
    g_autofree char *sysinfo = virConnectGetSysinfo(modvirtConn(ctl), 0);

    if (!sysinfo) {
        vshError(ctl, "%s", _("failed to get sysinfo"));
        return false;
    }
    vshPrint(ctl, "%s", sysinfo);
    return true;
}

const vshCmdDef modvirtCmdSysinfo = {
    .name = "sysinfo",
    .handler = cmdSysinfo,
    .info = &infoSysinfo,
};

static const vshCmdInfo infoCapabilities = {
    .help = N_("capabilities"),
    .desc = N_("Returns capabilities of hypervisor/driver."),
};


static bool
cmdCapabilities(vshControl *ctl, const vshCmd *cmd G_GNUC_UNUSED)
{
    g_autofree char *caps = virConnectGetCapabilities(modvirtConn(ctl));

    if (!caps) {
        vshError(ctl, "%s", _("failed to get capabilities"));
        return false;
    }
    vshPrint(ctl, "%s\n", caps);
    return true;
}

const vshCmdDef modvirtCmdCapabilities = {
    .name = "capabilities",
    .handler = cmdCapabilities,
    .info = &infoCapabilities,
};

static const vshCmdInfo infoFreecell = {
    .help = N_("NUMA free memory"),
    .desc = N_("display available free memory for the NUMA cell."),
};

static const vshCmdOptDef optsFreecell[] = {
    { .name = "cellno", .type = VSH_OT_INT, .help = N_("NUMA cell number") },
    { .name = "all", .type = VSH_OT_BOOL, .help = N_("show free memory for all NUMA cells") },
    { .name = NULL }
};


/* freecell --all: every NUMA cell of the capabilities, then the total. */
static bool
modvirtFreecellAll(vshControl *ctl)
{
    virConnectPtr conn = modvirtConn(ctl);
    g_autofree char *caps = NULL;
    g_auto(GStrv) ids = NULL;
    unsigned long long total = 0;
    size_t i;

    if (!(caps = virConnectGetCapabilities(conn))) {
        vshError(ctl, "%s", _("unable to get node capabilities"));
        return false;
    }
    if (!(ids = modvirtXPathStrings(ctl, caps, "/capabilities/host/topology/cells/cell/@id"))) {
        vshError(ctl, "%s", _("unable to get node capabilities"));
        return false;
    }
    for (i = 0; ids[i]; i++) {
        unsigned long long freeMem = 0;
        char *end = NULL;
        unsigned long id = strtoul(ids[i], &end, 10);

        if (end == ids[i] || *end || ids[i][0] == '-') {
            vshError(ctl, "%s", _("conversion from string failed"));
            return false;
        }
        if (virNodeGetCellsFreeMemory(conn, &freeMem, id, 1) != 1) {
            vshError(ctl, _("failed to get free memory for NUMA node number: %lu"), id);
            return false;
        }
        vshPrint(ctl, "%5lu: %10llu KiB\n", id, freeMem / 1024);
        total += freeMem;
    }
    vshPrintExtra(ctl, "--------------------\n");
    vshPrintExtra(ctl, "%5s: %10llu KiB\n", _("Total"), total / 1024);
    return true;
}


static bool
cmdFreecell(vshControl *ctl, const vshCmd *cmd)
{
    bool all = vshCommandOptBool(cmd, "all");
    bool cellno = vshCommandOptBool(cmd, "cellno");
    unsigned long long memory = 0;
    int cell = -1;

    if (vshExclusiveFlags(ctl, all, "all", cellno, "cellno") < 0)
        return false;
    if (cellno && vshCommandOptInt(ctl, cmd, "cellno", &cell) < 0)
        return false;
    if (all)
        return modvirtFreecellAll(ctl);
    if (cellno) {
        if (virNodeGetCellsFreeMemory(modvirtConn(ctl), &memory, cell, 1) != 1)
            return false;
        vshPrint(ctl, "%d: %llu KiB\n", cell, memory / 1024);
        return true;
    }
    if ((memory = virNodeGetFreeMemory(modvirtConn(ctl))) == 0)
        return false;
    vshPrint(ctl, "%s: %llu KiB\n", _("Total"), memory / 1024);
    return true;
}

const vshCmdDef modvirtCmdFreecell = {
    .name = "freecell",
    .handler = cmdFreecell,
    .opts = optsFreecell,
    .info = &infoFreecell,
};

static const vshCmdInfo infoMaxvcpus = {
    .help = N_("connection vcpu maximum"),
    .desc = N_("Show maximum number of virtual CPUs for guests on this connection."),
};

static const vshCmdOptDef optsMaxvcpus[] = {
    { .name = "type", .type = VSH_OT_STRING, .help = N_("domain type") }, { .name = NULL }
};


static bool
cmdMaxvcpus(vshControl *ctl, const vshCmd *cmd)
{
    const char *type = NULL;
    int vcpus;

    if (vshCommandOptStringReq(ctl, cmd, "type", &type) < 0)
        return false;
    if ((vcpus = virConnectGetMaxVcpus(modvirtConn(ctl), type)) < 0)
        return false;
    vshPrint(ctl, "%d\n", vcpus);
    return true;
}

const vshCmdDef modvirtCmdMaxvcpus = {
    .name = "maxvcpus",
    .handler = cmdMaxvcpus,
    .opts = optsMaxvcpus,
    .info = &infoMaxvcpus,
};
