/*
 * modvirt-volume.c: storage volume commands: vol-create(-as, -from),
 * vol-clone, vol-delete, vol-wipe, vol-resize, vol-dumpxml, vol-info,
 * vol-list, vol-key, vol-name, vol-path, vol-pool (upload and download
 * are in modvirt-volume-stream.c)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <limits.h>
#include <stdlib.h>

#include "internal.h"
#include "modvirt.h"
#include "vshtable.h"


virStorageVolPtr
modvirtCommandOptVol(vshControl *ctl, const vshCmd *cmd, const char **name)
{
    return modvirtCommandOptVolBy(ctl, cmd, "vol", "pool", name, MODVIRT_BYUUID | MODVIRT_BYNAME);
}


static virStoragePoolPtr
modvirtCommandOptPool(vshControl *ctl, const vshCmd *cmd)
{
    return modvirtCommandOptPoolBy(ctl, cmd, "pool", NULL, MODVIRT_BYUUID | MODVIRT_BYNAME);
}


/* A size in bytes with an optional unit; -1 with the reason saved. */
static int
modvirtVolSize(vshControl *ctl, const char *str, unsigned long long *val)
{
    return vshParseScaledInt(ctl, str, val, 1, ULLONG_MAX);
}


/* The backing volume of vol-create-as, by name, key or path. */
static virStorageVolPtr
modvirtBackingVol(vshControl *ctl, virStoragePoolPtr pool, const char *name)
{
    virStorageVolPtr vol;

    if ((vol = virStorageVolLookupByName(pool, name)) ||
        (vol = virStorageVolLookupByKey(modvirtConn(ctl), name)) ||
        (vol = virStorageVolLookupByPath(modvirtConn(ctl), name)))
        return vol;
    vshError(ctl, _("failed to get vol '%s'"), name);
    return NULL;
}


/* The <backingStore> element of vol-create-as; -1 with the error printed. */
static int
modvirtVolBackingXML(
    vshControl *ctl, virStoragePoolPtr pool, const char *backing, const char *format, GString *buf)
{
    g_autoptr(modvirtStorageVol) vol = NULL;
    g_autofree char *path = NULL;

    if (!(vol = modvirtBackingVol(ctl, pool, backing)))
        return -1;
    if (!(path = virStorageVolGetPath(vol)))
        return -1;
    g_string_append_printf(buf, "  <backingStore>\n    <path>%s</path>\n", path);
    if (format)
        g_string_append_printf(buf, "    <format type='%s'/>\n", format);
    g_string_append(buf, "  </backingStore>\n");
    return 0;
}


/* The volume XML of vol-create-as; NULL with the error printed. */
static char *
modvirtVolBuildXML(vshControl *ctl, const vshCmd *cmd, virStoragePoolPtr pool, const char *name)
{
    g_autoptr(GString) buf = g_string_new(NULL);
    const char *capacityStr = NULL;
    const char *allocationStr = NULL;
    const char *format = NULL;
    const char *backing = NULL;
    const char *backingFormat = NULL;
    unsigned long long capacity;
    unsigned long long allocation = 0;

    if (vshCommandOptStringReq(ctl, cmd, "capacity", &capacityStr) < 0)
        return NULL;
    if (modvirtVolSize(ctl, capacityStr, &capacity) < 0) {
        vshError(ctl, _("Malformed size %s"), capacityStr);
        return NULL;
    }
    if (vshCommandOptStringQuiet(ctl, cmd, "allocation", &allocationStr) > 0 &&
        modvirtVolSize(ctl, allocationStr, &allocation) < 0) {
        vshError(ctl, _("Malformed size %s"), allocationStr);
        return NULL;
    }
    if (vshCommandOptStringReq(ctl, cmd, "format", &format) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "backing-vol", &backing) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "backing-vol-format", &backingFormat) < 0)
        return NULL;

    g_string_append_printf(buf, "<volume>\n  <name>%s</name>\n", name);
    g_string_append_printf(buf, "  <capacity>%llu</capacity>\n", capacity);
    if (allocationStr)
        g_string_append_printf(buf, "  <allocation>%llu</allocation>\n", allocation);
    if (format)
        g_string_append_printf(buf, "  <target>\n    <format type='%s'/>\n  </target>\n", format);
    if (backing && modvirtVolBackingXML(ctl, pool, backing, backingFormat, buf) < 0)
        return NULL;
    g_string_append(buf, "</volume>\n");
    return g_string_free(g_steal_pointer(&buf), FALSE);
}

static const vshCmdInfo infoVolCreateAs = {
    .help = N_("create a volume from a set of args"),
    .desc = N_("Create a vol."),
};

static const vshCmdOptDef optsVolCreateAs[] = {
    { .name = "pool", .type = VSH_OT_DATA, .flags = VSH_OFLAG_REQ, .help = N_("pool name") },
    { .name = "name",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("name of the volume") },
    { .name = "capacity",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("size of the vol, as scaled integer (default bytes)") },
    { .name = "allocation",
      .type = VSH_OT_STRING,
      .help = N_("initial allocation size, as scaled integer (default bytes)") },
    { .name = "format",
      .type = VSH_OT_STRING,
      .help = N_("file format type raw,bochs,qcow,qcow2,qed,vmdk") },
    { .name = "backing-vol",
      .type = VSH_OT_STRING,
      .help = N_("the backing volume if taking a snapshot") },
    { .name = "backing-vol-format",
      .type = VSH_OT_STRING,
      .help = N_("format of backing volume if taking a snapshot") },
    { .name = "prealloc-metadata",
      .type = VSH_OT_BOOL,
      .help = N_("preallocate metadata (for qcow2 instead of full allocation)") },
    { .name = "print-xml",
      .type = VSH_OT_BOOL,
      .help = N_("print XML document, but don't define/create") },
    { .name = NULL }
};


static bool
cmdVolCreateAs(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStoragePool) pool = NULL;
    g_autoptr(modvirtStorageVol) vol = NULL;
    g_autofree char *xml = NULL;
    const char *name = NULL;
    unsigned int flags = 0;

    if (vshCommandOptBool(cmd, "prealloc-metadata"))
        flags |= VIR_STORAGE_VOL_CREATE_PREALLOC_METADATA;
    if (!(pool = modvirtCommandOptPool(ctl, cmd)))
        return false;
    if (vshCommandOptStringReq(ctl, cmd, "name", &name) < 0)
        return false;
    if (!(xml = modvirtVolBuildXML(ctl, cmd, pool, name)))
        return false;
    if (vshCommandOptBool(cmd, "print-xml")) {
        vshPrint(ctl, "%s", xml);
        return true;
    }
    if (!(vol = virStorageVolCreateXML(pool, xml, flags))) {
        vshError(ctl, _("Failed to create vol %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Vol %s created\n"), name);
    return true;
}

const vshCmdDef modvirtCmdVolCreateAs = {
    .name = "vol-create-as",
    .handler = cmdVolCreateAs,
    .opts = optsVolCreateAs,
    .info = &infoVolCreateAs,
};

static const vshCmdInfo infoVolCreate = {
    .help = N_("create a vol from an XML file"),
    .desc = N_("Create a vol."),
};

static const vshCmdOptDef optsVolCreate[] = {
    { .name = "pool", .type = VSH_OT_DATA, .flags = VSH_OFLAG_REQ, .help = N_("pool name") },
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("file containing an XML vol description") },
    { .name = "prealloc-metadata",
      .type = VSH_OT_BOOL,
      .help = N_("preallocate metadata (for qcow2 instead of full allocation)") },
    { .name = "validate", .type = VSH_OT_BOOL, .help = N_("validate the XML against the schema") },
    { .name = NULL }
};


static bool
cmdVolCreate(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStoragePool) pool = NULL;
    g_autoptr(modvirtStorageVol) vol = NULL;
    g_autofree char *buffer = NULL;
    const char *from = NULL;
    unsigned int flags = 0;

    if (vshCommandOptBool(cmd, "prealloc-metadata"))
        flags |= VIR_STORAGE_VOL_CREATE_PREALLOC_METADATA;
    if (vshCommandOptBool(cmd, "validate"))
        flags |= VIR_STORAGE_VOL_CREATE_VALIDATE;
    if (!(pool = modvirtCommandOptPool(ctl, cmd)))
        return false;
    if (vshCommandOptStringReq(ctl, cmd, "file", &from) < 0)
        return false;
    if (!(buffer = modvirtReadFile(ctl, from)))
        return false;
    if (!(vol = virStorageVolCreateXML(pool, buffer, flags))) {
        vshError(ctl, _("Failed to create vol from %s"), from);
        return false;
    }
    vshPrintExtra(ctl, _("Vol %s created from %s\n"), virStorageVolGetName(vol), from);
    return true;
}

const vshCmdDef modvirtCmdVolCreate = {
    .name = "vol-create",
    .handler = cmdVolCreate,
    .opts = optsVolCreate,
    .info = &infoVolCreate,
};

static const vshCmdInfo infoVolCreateFrom = {
    .help = N_("create a vol, using another volume as input"),
    .desc = N_("Create a vol from an existing volume."),
};

static const vshCmdOptDef optsVolCreateFrom[] = {
    { .name = "pool",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("pool name or uuid") },
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("file containing an XML vol description") },
    { .name = "vol",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("vol name, key or path") },
    { .name = "inputpool",
      .type = VSH_OT_STRING,
      .help = N_("pool name or uuid of the input volume's pool") },
    { .name = "prealloc-metadata",
      .type = VSH_OT_BOOL,
      .help = N_("preallocate metadata (for qcow2 instead of full allocation)") },
    { .name = "reflink", .type = VSH_OT_BOOL, .help = N_("use btrfs COW lightweight copy") },
    { .name = "validate", .type = VSH_OT_BOOL, .help = N_("validate the XML against the schema") },
    { .name = NULL }
};


static bool
cmdVolCreateFrom(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStoragePool) pool = NULL;
    g_autoptr(modvirtStorageVol) input = NULL;
    g_autoptr(modvirtStorageVol) vol = NULL;
    g_autofree char *buffer = NULL;
    const char *from = NULL;
    unsigned int flags = 0;

    if (!(pool = modvirtCommandOptPool(ctl, cmd)))
        return false;
    if (vshCommandOptBool(cmd, "prealloc-metadata"))
        flags |= VIR_STORAGE_VOL_CREATE_PREALLOC_METADATA;
    if (vshCommandOptBool(cmd, "reflink"))
        flags |= VIR_STORAGE_VOL_CREATE_REFLINK;
    if (vshCommandOptBool(cmd, "validate"))
        flags |= VIR_STORAGE_VOL_CREATE_VALIDATE;
    if (vshCommandOptStringReq(ctl, cmd, "file", &from) < 0)
        return false;
    if (!(input = modvirtCommandOptVolBy(ctl, cmd, "vol", "inputpool", NULL,
                                         MODVIRT_BYUUID | MODVIRT_BYNAME)))
        return false;
    if (!(buffer = modvirtReadFile(ctl, from))) {
        vshReportError(ctl);
        return false;
    }
    if (!(vol = virStorageVolCreateXMLFrom(pool, buffer, input, flags))) {
        vshError(ctl, _("Failed to create vol from %s"), from);
        return false;
    }
    vshPrintExtra(ctl, _("Vol %s created from input vol %s\n"), virStorageVolGetName(vol),
                  virStorageVolGetName(input));
    return true;
}

const vshCmdDef modvirtCmdVolCreateFrom = {
    .name = "vol-create-from",
    .handler = cmdVolCreateFrom,
    .opts = optsVolCreateFrom,
    .info = &infoVolCreateFrom,
};

static const vshCmdInfo infoVolClone = {
    .help = N_("clone a volume."),
    .desc = N_("Clone an existing volume within the parent pool."),
};

static const vshCmdOptDef optsVolClone[] = {
    { .name = "vol",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("vol name, key or path") },
    { .name = "newname", .type = VSH_OT_DATA, .flags = VSH_OFLAG_REQ, .help = N_("clone name") },
    { .name = "pool", .type = VSH_OT_STRING, .help = N_("pool name or uuid") },
    { .name = "prealloc-metadata",
      .type = VSH_OT_BOOL,
      .help = N_("preallocate metadata (for qcow2 instead of full allocation)") },
    { .name = "reflink", .type = VSH_OT_BOOL, .help = N_("use btrfs COW lightweight copy") },
    { .name = "print-xml",
      .type = VSH_OT_BOOL,
      .help = N_("print XML document rather than clone the volume") },
    { .name = NULL }
};


static bool
cmdVolClone(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStoragePool) pool = NULL;
    g_autoptr(modvirtStorageVol) orig = NULL;
    g_autoptr(modvirtStorageVol) vol = NULL;
    g_autofree char *origxml = NULL;
    g_autofree char *newxml = NULL;
    const char *name = NULL;
    unsigned int flags = 0;

    if (!(orig = modvirtCommandOptVol(ctl, cmd, NULL)))
        return false;
    if (vshCommandOptBool(cmd, "prealloc-metadata"))
        flags |= VIR_STORAGE_VOL_CREATE_PREALLOC_METADATA;
    if (vshCommandOptBool(cmd, "reflink"))
        flags |= VIR_STORAGE_VOL_CREATE_REFLINK;
    if (!(pool = virStoragePoolLookupByVolume(orig))) {
        vshError(ctl, "%s", _("failed to get parent pool"));
        return false;
    }
    if (vshCommandOptStringReq(ctl, cmd, "newname", &name) < 0)
        return false;
    if (!(origxml = virStorageVolGetXMLDesc(orig, 0)))
        return false;
    if (!(newxml = modvirtXMLSetText(ctl, origxml, "/volume/name", name))) {
        vshError(ctl, "%s", _("Failed to allocate XML buffer"));
        return false;
    }
    if (vshCommandOptBool(cmd, "print-xml")) {
        vshPrint(ctl, "%s", newxml);
        return true;
    }
    if (!(vol = virStorageVolCreateXMLFrom(pool, newxml, orig, flags))) {
        vshError(ctl, _("Failed to clone vol from %s"), virStorageVolGetName(orig));
        return false;
    }
    vshPrintExtra(ctl, _("Vol %s cloned from %s\n"), virStorageVolGetName(vol),
                  virStorageVolGetName(orig));
    return true;
}

const vshCmdDef modvirtCmdVolClone = {
    .name = "vol-clone",
    .handler = cmdVolClone,
    .opts = optsVolClone,
    .info = &infoVolClone,
};

static const vshCmdInfo infoVolDelete = {
    .help = N_("delete a vol"),
    .desc = N_("Delete a given vol."),
};

static const vshCmdOptDef optsVolDelete[] = {
    { .name = "vol",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("vol name, key or path") },
    { .name = "pool", .type = VSH_OT_STRING, .help = N_("pool name or uuid") },
    { .name = "delete-snapshots",
      .type = VSH_OT_BOOL,
      .help = N_("delete snapshots associated with volume (must be supported by storage driver)") },
    { .name = NULL }
};


static bool
cmdVolDelete(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStorageVol) vol = NULL;
    const char *name = NULL;
    unsigned int flags = 0;

    if (!(vol = modvirtCommandOptVol(ctl, cmd, &name)))
        return false;
    if (vshCommandOptBool(cmd, "delete-snapshots"))
        flags |= VIR_STORAGE_VOL_DELETE_WITH_SNAPSHOTS;
    if (virStorageVolDelete(vol, flags) != 0) {
        vshError(ctl, _("Failed to delete vol %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Vol %s deleted\n"), name);
    return true;
}

const vshCmdDef modvirtCmdVolDelete = {
    .name = "vol-delete",
    .handler = cmdVolDelete,
    .opts = optsVolDelete,
    .info = &infoVolDelete,
};

static const vshCmdInfo infoVolWipe = {
    .help = N_("wipe a vol"),
    .desc = N_("Ensure data previously on a volume is not accessible to future reads"),
};

static const vshCmdOptDef optsVolWipe[] = {
    { .name = "vol",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("vol name, key or path") },
    { .name = "pool", .type = VSH_OT_STRING, .help = N_("pool name or uuid") },
    { .name = "algorithm", .type = VSH_OT_STRING, .help = N_("perform selected wiping algorithm") },
    { .name = NULL }
};


static bool
cmdVolWipe(vshControl *ctl, const vshCmd *cmd)
{
    static const char *const algorithms[] = {
        "zero",      "nnsa",       "dod",    "bsi",  "gutmann", "schneier",
        "pfitzner7", "pfitzner33", "random", "trim", NULL,
    };
    g_autoptr(modvirtStorageVol) vol = NULL;
    const char *algorithmStr = NULL;
    const char *name = NULL;
    int algorithm = VIR_STORAGE_VOL_WIPE_ALG_ZERO;
    int rc;

    if (!(vol = modvirtCommandOptVol(ctl, cmd, &name)))
        return false;
    if (vshCommandOptStringReq(ctl, cmd, "algorithm", &algorithmStr) < 0)
        return false;
    if (algorithmStr) {
        for (algorithm = 0; algorithms[algorithm]; algorithm++) {
            if (g_str_equal(algorithms[algorithm], algorithmStr))
                break;
        }
        if (!algorithms[algorithm]) {
            vshError(ctl, _("Unsupported algorithm '%s'"), algorithmStr);
            return false;
        }
    }
    rc = virStorageVolWipePattern(vol, algorithm, 0);
    if (rc < 0 && virGetLastErrorCode() == VIR_ERR_NO_SUPPORT &&
        algorithm == VIR_STORAGE_VOL_WIPE_ALG_ZERO)
        rc = virStorageVolWipe(vol, 0);
    if (rc < 0) {
        vshError(ctl, _("Failed to wipe vol %s"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Vol %s wiped\n"), name);
    return true;
}

const vshCmdDef modvirtCmdVolWipe = {
    .name = "vol-wipe",
    .handler = cmdVolWipe,
    .opts = optsVolWipe,
    .info = &infoVolWipe,
};


static const char *
modvirtVolTypeToString(int type)
{
    static const char *const names[] = {
        N_("file"), N_("block"), N_("dir"), N_("network"), N_("netdir"), N_("ploop"),
    };

    if (type < 0 || type >= (int)G_N_ELEMENTS(names))
        return _("unknown");
    return _(names[type]);
}

static const vshCmdInfo infoVolInfo = {
    .help = N_("storage vol information"),
    .desc = N_("Returns basic information about the storage vol."),
};

static const vshCmdOptDef optsVolInfo[] = {
    { .name = "vol",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("vol name, key or path") },
    { .name = "pool", .type = VSH_OT_STRING, .help = N_("pool name or uuid") },
    { .name = "bytes",
      .type = VSH_OT_BOOL,
      .help = N_("sizes are represented in bytes rather than pretty units") },
    { .name = "physical",
      .type = VSH_OT_BOOL,
      .help = N_("return the physical size of the volume in allocation field") },
    { .name = NULL }
};


static bool
cmdVolInfo(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStorageVol) vol = NULL;
    bool physical = vshCommandOptBool(cmd, "physical");
    const char *label = physical ? _("Physical:") : _("Allocation:");
    virStorageVolInfo info;
    const char *unit;
    double val;
    int rc;

    if (!(vol = modvirtCommandOptVol(ctl, cmd, NULL)))
        return false;
    vshPrint(ctl, "%-15s %s\n", _("Name:"), virStorageVolGetName(vol));
    if (physical)
        rc = virStorageVolGetInfoFlags(vol, &info, VIR_STORAGE_VOL_GET_PHYSICAL);
    else
        rc = virStorageVolGetInfo(vol, &info);
    if (rc < 0)
        return false;
    vshPrint(ctl, "%-15s %s\n", _("Type:"), modvirtVolTypeToString(info.type));
    if (vshCommandOptBool(cmd, "bytes")) {
        vshPrint(ctl, "%-15s %llu %s\n", _("Capacity:"), info.capacity, _("bytes"));
        vshPrint(ctl, "%-15s %llu %s\n", label, info.allocation, _("bytes"));
        return true;
    }
    val = vshPrettyCapacity(info.capacity, &unit);
    vshPrint(ctl, "%-15s %2.2lf %s\n", _("Capacity:"), val, unit);
    val = vshPrettyCapacity(info.allocation, &unit);
    vshPrint(ctl, "%-15s %2.2lf %s\n", label, val, unit);
    return true;
}

const vshCmdDef modvirtCmdVolInfo = {
    .name = "vol-info",
    .handler = cmdVolInfo,
    .opts = optsVolInfo,
    .info = &infoVolInfo,
};

static const vshCmdInfo infoVolResize = {
    .help = N_("resize a vol"),
    .desc = N_(
        "Resizes a storage volume. This is safe only for storage volumes not in use by an active guest.\nSee blockresize for live resizing."),
};

static const vshCmdOptDef optsVolResize[] = {
    { .name = "vol",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("vol name, key or path") },
    { .name = "capacity",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("new capacity for the vol, as scaled integer (default bytes)") },
    { .name = "pool", .type = VSH_OT_STRING, .help = N_("pool name or uuid") },
    { .name = "allocate",
      .type = VSH_OT_BOOL,
      .help = N_("allocate the new capacity, rather than leaving it sparse") },
    { .name = "delta",
      .type = VSH_OT_BOOL,
      .help = N_("use capacity as a delta to current size, rather than the new size") },
    { .name = "shrink", .type = VSH_OT_BOOL, .help = N_("allow the resize to shrink the volume") },
    { .name = NULL }
};


static bool
cmdVolResize(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStorageVol) vol = NULL;
    bool delta = vshCommandOptBool(cmd, "delta");
    bool shrink = vshCommandOptBool(cmd, "shrink");
    const char *capacityStr = NULL;
    unsigned long long capacity = 0;
    unsigned int flags = 0;

    if (vshCommandOptBool(cmd, "allocate"))
        flags |= VIR_STORAGE_VOL_RESIZE_ALLOCATE;
    if (shrink)
        flags |= VIR_STORAGE_VOL_RESIZE_SHRINK;
    if (!(vol = modvirtCommandOptVol(ctl, cmd, NULL)))
        return false;
    if (vshCommandOptStringReq(ctl, cmd, "capacity", &capacityStr) < 0)
        return false;
    while (g_ascii_isspace(*capacityStr))
        capacityStr++;
    /* A negative size is a shrinking delta. */
    if (*capacityStr == '-') {
        if (!shrink) {
            vshError(ctl, "%s", _("negative size requires --shrink"));
            return false;
        }
        capacityStr++;
        delta = true;
    }
    if (delta)
        flags |= VIR_STORAGE_VOL_RESIZE_DELTA;
    if (modvirtVolSize(ctl, capacityStr, &capacity) < 0) {
        vshError(ctl, _("Malformed size %s"), capacityStr);
        return false;
    }
    if (virStorageVolResize(vol, capacity, flags) < 0) {
        vshError(ctl,
                 delta ? _("Failed to change size of volume '%s' by %s")
                       : _("Failed to change size of volume '%s' to %s"),
                 virStorageVolGetName(vol), capacityStr);
        return false;
    }
    vshPrintExtra(ctl,
                  delta ? _("Size of volume '%s' successfully changed by %s\n")
                        : _("Size of volume '%s' successfully changed to %s\n"),
                  virStorageVolGetName(vol), capacityStr);
    return true;
}

const vshCmdDef modvirtCmdVolResize = {
    .name = "vol-resize",
    .handler = cmdVolResize,
    .opts = optsVolResize,
    .info = &infoVolResize,
};

static const vshCmdInfo infoVolDumpxml = {
    .help = N_("vol information in XML"),
    .desc = N_("Output the vol information as an XML dump to stdout."),
};

static const vshCmdOptDef optsVolDumpxml[] = {
    { .name = "vol",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("vol name, key or path") },
    { .name = "pool", .type = VSH_OT_STRING, .help = N_("pool name or uuid") },
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
cmdVolDumpxml(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStorageVol) vol = NULL;
    g_autofree char *xml = NULL;
    const char *xpath = NULL;

    if (!(vol = modvirtCommandOptVol(ctl, cmd, NULL)))
        return false;
    if (vshCommandOptStringQuiet(ctl, cmd, "xpath", &xpath) < 0)
        return false;
    if (!(xml = virStorageVolGetXMLDesc(vol, 0)))
        return false;
    return modvirtDumpXML(ctl, xml, xpath, vshCommandOptBool(cmd, "wrap"));
}

const vshCmdDef modvirtCmdVolDumpxml = {
    .name = "vol-dumpxml",
    .handler = cmdVolDumpxml,
    .opts = optsVolDumpxml,
    .info = &infoVolDumpxml,
};


static int
modvirtVolSorter(const void *a, const void *b)
{
    virStorageVolPtr va = *(virStorageVolPtr const *)a;
    virStorageVolPtr vb = *(virStorageVolPtr const *)b;

    return g_ascii_strcasecmp(virStorageVolGetName(va), virStorageVolGetName(vb));
}


/* One row of vol-list. */
static int
modvirtVolListRow(vshTable *table, virStorageVolPtr vol, bool details)
{
    g_autofree char *path = virStorageVolGetPath(vol);
    g_autofree char *capacity = NULL;
    g_autofree char *allocation = NULL;
    const char *type = _("unknown");
    virStorageVolInfo info;
    const char *unit;
    double val;

    if (!path)
        path = g_strdup(_("unknown"));
    if (!details)
        return vshTableRowAppend(table, virStorageVolGetName(vol), path, NULL);
    if (virStorageVolGetInfo(vol, &info) != 0) {
        capacity = g_strdup(_("unknown"));
        allocation = g_strdup(_("unknown"));
    } else {
        type = modvirtVolTypeToString(info.type);
        val = vshPrettyCapacity(info.capacity, &unit);
        capacity = g_strdup_printf("%.2lf %s", val, unit);
        val = vshPrettyCapacity(info.allocation, &unit);
        allocation = g_strdup_printf("%.2lf %s", val, unit);
    }
    return vshTableRowAppend(table, virStorageVolGetName(vol), path, type, capacity, allocation,
                             NULL);
}

static const vshCmdInfo infoVolList = {
    .help = N_("list vols"),
    .desc = N_("Returns list of vols by pool."),
};

static const vshCmdOptDef optsVolList[] = {
    { .name = "pool",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("pool name or uuid") },
    { .name = "details", .type = VSH_OT_BOOL, .help = N_("display extended details for volumes") },
    { .name = NULL }
};


static bool
cmdVolList(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStoragePool) pool = NULL;
    g_autoptr(vshTable) table = NULL;
    bool details = vshCommandOptBool(cmd, "details");
    virStorageVolPtr *list = NULL;
    bool ret = false;
    int n;
    int i;

    if (!(pool = modvirtCommandOptPool(ctl, cmd)))
        return false;
    if ((n = virStoragePoolListAllVolumes(pool, &list, 0)) < 0) {
        vshError(ctl, "%s", _("Failed to list volumes"));
        return false;
    }
    qsort(list, n, sizeof(*list), modvirtVolSorter);
    if (details)
        table = vshTableNew(_("Name"), _("Path"), _("Type"), _("Capacity"), _("Allocation"), NULL);
    else
        table = vshTableNew(_("Name"), _("Path"), NULL);
    for (i = 0; i < n; i++) {
        if (modvirtVolListRow(table, list[i], details) < 0)
            goto cleanup;
    }
    vshTablePrintToStdout(table, ctl);
    ret = true;

cleanup:
    for (i = 0; i < n; i++)
        virStorageVolFree(list[i]);
    g_free(list); /* malloc'ed by the library: GLib uses the system malloc */
    return ret;
}

const vshCmdDef modvirtCmdVolList = {
    .name = "vol-list",
    .handler = cmdVolList,
    .opts = optsVolList,
    .info = &infoVolList,
};

static const vshCmdInfo infoVolName = {
    .help = N_("returns the volume name for a given volume key or path"),
    .desc = "",
};

static const vshCmdOptDef optsVolName[] = { { .name = "vol",
                                              .type = VSH_OT_DATA,
                                              .flags = VSH_OFLAG_REQ,
                                              .help = N_("volume key or path") },
                                            { .name = NULL } };


static bool
cmdVolName(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStorageVol) vol = NULL;

    if (!(vol = modvirtCommandOptVolBy(ctl, cmd, "vol", NULL, NULL, MODVIRT_BYUUID)))
        return false;
    vshPrint(ctl, "%s\n", virStorageVolGetName(vol));
    return true;
}

const vshCmdDef modvirtCmdVolName = {
    .name = "vol-name",
    .handler = cmdVolName,
    .opts = optsVolName,
    .info = &infoVolName,
};

static const vshCmdInfo infoVolPool = {
    .help = N_("returns the storage pool for a given volume key or path"),
    .desc = "",
};

static const vshCmdOptDef optsVolPool[] = { { .name = "vol",
                                              .type = VSH_OT_DATA,
                                              .flags = VSH_OFLAG_REQ,
                                              .help = N_("volume key or path") },
                                            { .name = "uuid",
                                              .type = VSH_OT_BOOL,
                                              .help = N_(
                                                  "return the pool uuid rather than pool name") },
                                            { .name = NULL } };


static bool
cmdVolPool(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStorageVol) vol = NULL;
    g_autoptr(modvirtStoragePool) pool = NULL;
    char uuid[VIR_UUID_STRING_BUFLEN];

    if (!(vol = modvirtCommandOptVolBy(ctl, cmd, "vol", NULL, NULL, MODVIRT_BYUUID)))
        return false;
    if (!(pool = virStoragePoolLookupByVolume(vol))) {
        vshError(ctl, "%s", _("failed to get parent pool"));
        return false;
    }
    if (!vshCommandOptBool(cmd, "uuid"))
        vshPrint(ctl, "%s\n", virStoragePoolGetName(pool));
    else if (virStoragePoolGetUUIDString(pool, uuid) == 0)
        vshPrint(ctl, "%s\n", uuid);
    return true;
}

const vshCmdDef modvirtCmdVolPool = {
    .name = "vol-pool",
    .handler = cmdVolPool,
    .opts = optsVolPool,
    .info = &infoVolPool,
};

static const vshCmdInfo infoVolKey = {
    .help = N_("returns the volume key for a given volume name or path"),
    .desc = "",
};

static const vshCmdOptDef optsVolKey[] = {
    { .name = "vol",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("volume name or path") },
    { .name = "pool", .type = VSH_OT_STRING, .help = N_("pool name or uuid") },
    { .name = NULL }
};


static bool
cmdVolKey(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStorageVol) vol = NULL;

    if (!(vol = modvirtCommandOptVol(ctl, cmd, NULL)))
        return false;
    vshPrint(ctl, "%s\n", virStorageVolGetKey(vol));
    return true;
}

const vshCmdDef modvirtCmdVolKey = {
    .name = "vol-key",
    .handler = cmdVolKey,
    .opts = optsVolKey,
    .info = &infoVolKey,
};

static const vshCmdInfo infoVolPath = {
    .help = N_("returns the volume path for a given volume name or key"),
    .desc = "",
};

static const vshCmdOptDef optsVolPath[] = {
    { .name = "vol",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("volume name or key") },
    { .name = "pool", .type = VSH_OT_STRING, .help = N_("pool name or uuid") },
    { .name = NULL }
};


static bool
cmdVolPath(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtStorageVol) vol = NULL;
    g_autofree char *path = NULL;

    if (!(vol = modvirtCommandOptVol(ctl, cmd, NULL)))
        return false;
    if (!(path = virStorageVolGetPath(vol)))
        return false;
    vshPrint(ctl, "%s\n", path);
    return true;
}

const vshCmdDef modvirtCmdVolPath = {
    .name = "vol-path",
    .handler = cmdVolPath,
    .opts = optsVolPath,
    .info = &infoVolPath,
};
