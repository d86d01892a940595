/*
 * modvirt-domain-undefine.c: undefine, including the removal of the
 * domain's storage volumes (--storage, --remove-all-storage)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <stdio.h>

#include "internal.h"
#include "modvirt.h"

/* A volume to delete after the domain is gone. */
typedef struct {
    virStorageVolPtr vol;
    char *source;
    char *target;
} modvirtUndefineVolume;


static void
modvirtUndefineVolumeClear(gpointer data)
{
    modvirtUndefineVolume *vol = data;

    modvirtStorageVolFree(vol->vol);
    g_free(vol->source);
    g_free(vol->target);
}


/* The volume behind one disk, or NULL with the error printed. */
static virStorageVolPtr
modvirtUndefineFindVolume(vshControl *ctl, const char *target, const char *source, const char *pool)
{
    g_autoptr(modvirtStoragePool) storagepool = NULL;
    virStorageVolPtr vol;

    if (*pool) {
        if (!(storagepool = virStoragePoolLookupByName(modvirtConn(ctl), pool))) {
            vshError(ctl, _("Storage pool '%s' for volume '%s' not found."), pool, target);
            modvirtResetError(ctl);
            return NULL;
        }
        vol = virStorageVolLookupByName(storagepool, source);
    } else {
        vol = virStorageVolLookupByPath(modvirtConn(ctl), source);
    }
    if (!vol) {
        vshError(ctl, _("Storage volume '%s'(%s) is not managed by libvirt. Remove it manually.\n"),
                 target, source);
        modvirtResetError(ctl);
    }
    return vol;
}


/* Whether the user's list names the disk; a match is consumed. */
static bool
modvirtUndefineSelected(char **list, const char *target, const char *source)
{
    size_t i;

    if (!list)
        return true;
    for (i = 0; list[i]; i++) {
        if (*list[i] && (g_str_equal(list[i], target) || g_str_equal(list[i], source))) {
            list[i][0] = '\0';
            return true;
        }
    }
    return false;
}


/*
 * Collect the volumes to delete: every disk with a source, or those named
 * in @volString. Returns 0, or -1 with the error printed.
 */
static int
modvirtUndefineCollect(vshControl *ctl, virDomainPtr dom, const char *volString, GArray *vols)
{
    static const char *const fields[] = {
        "string(./target/@dev)",
        "string(./source/@file|./source/@dir|./source/@name|./source/@dev|./source/@volume)",
        "string(./source/@pool)",
        NULL,
    };
    g_autoptr(GPtrArray) disks = NULL;
    g_auto(GStrv) list = volString ? vshStringToArray(volString) : NULL;
    g_autofree char *xml = virDomainGetXMLDesc(dom, 0);
    bool missing = false;
    size_t i;

    if (!xml || !(disks = modvirtXPathRecords(ctl, xml, "./devices/disk", fields)))
        return -1;
    for (i = 0; i < disks->len; i++) {
        char **disk = g_ptr_array_index(disks, i);
        modvirtUndefineVolume vol = { 0 };

        if (!*disk[1] || !modvirtUndefineSelected(list, disk[0], disk[1]))
            continue;
        if (!(vol.vol = modvirtUndefineFindVolume(ctl, disk[0], disk[1], disk[2])))
            continue;
        vol.target = g_strdup(disk[0]);
        vol.source = g_strdup(disk[1]);
        g_array_append_val(vols, vol);
    }
    for (i = 0; list && list[i]; i++) {
        if (*list[i]) {
            vshError(ctl, _("Volume '%s' was not found in domain's definition.\n"), list[i]);
            missing = true;
        }
    }
    return missing ? -1 : 0;
}


/* Wipe (when asked) and delete the collected volumes. */
static bool
modvirtUndefineRemove(vshControl *ctl, GArray *vols, bool wipe, unsigned int flags)
{
    bool ret = true;
    size_t i;

    for (i = 0; i < vols->len; i++) {
        modvirtUndefineVolume *vol = &g_array_index(vols, modvirtUndefineVolume, i);

        if (wipe) {
            vshPrintExtra(ctl, _("Wiping volume '%s'(%s) ... "), vol->target, vol->source);
            fflush(stdout);
            if (virStorageVolWipe(vol->vol, 0) < 0) {
                vshError(ctl, "%s", _("Failed! Volume not removed."));
                ret = false;
                continue;
            }
            vshPrintExtra(ctl, "%s", _("Done.\n"));
        }
        if (virStorageVolDelete(vol->vol, flags) < 0) {
            vshError(ctl, _("Failed to remove storage volume '%s'(%s)"), vol->target, vol->source);
            ret = false;
        } else {
            vshPrintExtra(ctl, _("Volume '%s'(%s) removed.\n"), vol->target, vol->source);
        }
    }
    return ret;
}


/* What an inactive domain still has: managed save, snapshots. */
typedef struct {
    int managedSave;
    int snapshots;
    int snapshotsMetadata;
} modvirtUndefineState;


/* Returns 0, or -1 when a query failed for another reason than lack of support. */
static int
modvirtUndefineProbe(vshControl *ctl, virDomainPtr dom, modvirtUndefineState *st)
{
    if ((st->managedSave = virDomainHasManagedSaveImage(dom, 0)) < 0) {
        if (virGetLastErrorCode() != VIR_ERR_NO_SUPPORT)
            return -1;
        modvirtResetError(ctl);
        st->managedSave = 0;
    }
    if ((st->snapshots = virDomainSnapshotNum(dom, 0)) < 0) {
        if (virGetLastErrorCode() != VIR_ERR_NO_SUPPORT)
            return -1;
        modvirtResetError(ctl);
        st->snapshots = 0;
    }
    if (st->snapshots) {
        st->snapshotsMetadata = virDomainSnapshotNum(dom, VIR_DOMAIN_SNAPSHOT_LIST_METADATA);
        if (st->snapshotsMetadata < 0) {
            modvirtResetError(ctl);
            st->snapshotsMetadata = st->snapshots;
        }
    }
    return 0;
}


/* The undefine flags the options ask for. */
static unsigned int
modvirtUndefineFlags(const vshCmd *cmd)
{
    static const struct {
        const char *name;
        unsigned int flag;
    } opts[] = {
        { "managed-save", VIR_DOMAIN_UNDEFINE_MANAGED_SAVE },
        { "snapshots-metadata", VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA },
        { "checkpoints-metadata", VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA },
        { "nvram", VIR_DOMAIN_UNDEFINE_NVRAM },
        { "keep-nvram", VIR_DOMAIN_UNDEFINE_KEEP_NVRAM },
        { "tpm", VIR_DOMAIN_UNDEFINE_TPM },
        { "keep-tpm", VIR_DOMAIN_UNDEFINE_KEEP_TPM },
    };
    unsigned int flags = 0;
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(opts); i++) {
        if (vshCommandOptBool(cmd, opts[i].name))
            flags |= opts[i].flag;
    }
    return flags;
}


/* Undefine, with the flags the domain needs. Returns 0 or -1 (error printed or saved). */
static int
modvirtUndefineDomain(vshControl *ctl,
                      const vshCmd *cmd,
                      virDomainPtr dom,
                      const modvirtUndefineState *st)
{
    unsigned int flags = modvirtUndefineFlags(cmd);
    int code;

    if (!st->managedSave)
        flags &= ~VIR_DOMAIN_UNDEFINE_MANAGED_SAVE;
    if (!st->snapshotsMetadata)
        flags &= ~VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA;
    if (virDomainUndefineFlags(dom, flags) == 0)
        return 0;
    code = virGetLastErrorCode();
    if (vshCommandOptBool(cmd, "nvram") || vshCommandOptBool(cmd, "keep-nvram") ||
        (code != VIR_ERR_NO_SUPPORT && code != VIR_ERR_INVALID_ARG))
        return -1;

    /* Without undefine flags: do the parts one by one. */
    modvirtResetError(ctl);
    if (st->managedSave) {
        if (!vshCommandOptBool(cmd, "managed-save")) {
            vshError(ctl, "%s", _("Refusing to undefine while domain managed save image exists"));
            return -2;
        }
        if (virDomainManagedSaveRemove(dom, 0) < 0) {
            vshReportError(ctl);
            return -2;
        }
    }
    if (st->snapshotsMetadata) {
        vshError(ctl,
                 vshCommandOptBool(cmd, "snapshots-metadata")
                     ? _("Unable to remove metadata of %d snapshots")
                     : _("Refusing to undefine while %d snapshots exist"),
                 st->snapshotsMetadata);
        return -2;
    }
    return virDomainUndefine(dom);
}

static const vshCmdInfo infoUndefine = {
    .help = N_("undefine a domain"),
    .desc = N_("Undefine an inactive domain, or convert persistent to transient."),
};

static const vshCmdOptDef optsUndefine[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "managed-save", .type = VSH_OT_BOOL, .help = N_("remove domain managed state file") },
    { .name = "storage",
      .type = VSH_OT_STRING,
      .help = N_(
          "remove associated storage volumes (comma separated list of targets or source paths) (see domblklist)") },
    { .name = "remove-all-storage",
      .type = VSH_OT_BOOL,
      .help = N_("remove all associated storage volumes (use with caution)") },
    { .name = "delete-snapshots", .type = VSH_OT_ALIAS, .help = "delete-storage-volume-snapshots" },
    { .name = "delete-storage-volume-snapshots",
      .type = VSH_OT_BOOL,
      .help = N_(
          "delete snapshots associated with volume(s), requires --remove-all-storage (must be supported by storage driver)") },
    { .name = "wipe-storage", .type = VSH_OT_BOOL, .help = N_("wipe data on the removed volumes") },
    { .name = "snapshots-metadata",
      .type = VSH_OT_BOOL,
      .help = N_("remove all domain snapshot metadata (vm must be inactive)") },
    { .name = "checkpoints-metadata",
      .type = VSH_OT_BOOL,
      .help = N_("remove all domain checkpoint metadata (vm must be inactive)") },
    { .name = "nvram", .type = VSH_OT_BOOL, .help = N_("remove nvram file") },
    { .name = "keep-nvram", .type = VSH_OT_BOOL, .help = N_("keep nvram file") },
    { .name = "tpm", .type = VSH_OT_BOOL, .help = N_("remove TPM state") },
    { .name = "keep-tpm", .type = VSH_OT_BOOL, .help = N_("keep TPM state") },
    { .name = NULL }
};


/* The checks of the storage options; false with the error printed. */
static bool
modvirtUndefineCheckOpts(vshControl *ctl, const vshCmd *cmd, const char **volString)
{
    if (vshRequireOption(ctl, cmd, "delete-storage-volume-snapshots", "remove-all-storage") < 0 ||
        vshExclusiveOptions(ctl, cmd, "nvram", "keep-nvram") < 0 ||
        vshExclusiveOptions(ctl, cmd, "tpm", "keep-tpm") < 0)
        return false;
    *volString = NULL;
    (void)vshCommandOptStringQuiet(ctl, cmd, "storage", volString);
    if (!*volString && !vshCommandOptBool(cmd, "remove-all-storage") &&
        vshCommandOptBool(cmd, "wipe-storage")) {
        vshError(ctl, "%s",
                 _("'--wipe-storage' requires '--storage <string>' or '--remove-all-storage'"));
        return false;
    }
    return true;
}


/* The volumes to remove, checked against the domain. Returns 0 or -1. */
static int
modvirtUndefineStorage(vshControl *ctl,
                       const vshCmd *cmd,
                       virDomainPtr dom,
                       bool running,
                       const char *volString,
                       GArray *vols)
{
    bool all = vshCommandOptBool(cmd, "remove-all-storage");

    if (!volString && !all)
        return 0;
    if (running) {
        vshError(ctl, "%s", _("Storage volume deletion is supported only on stopped domains"));
        return -1;
    }
    if (volString && all) {
        vshError(ctl, "%s", _("Specified both --storage and --remove-all-storage"));
        return -1;
    }
    return modvirtUndefineCollect(ctl, dom, volString, vols);
}


static bool
cmdUndefine(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(modvirtDomain) dom = NULL;
    g_autoptr(GArray) vols = g_array_new(FALSE, TRUE, sizeof(modvirtUndefineVolume));
    modvirtUndefineState st = { 0 };
    const char *volString = NULL;
    const char *name = NULL;
    unsigned int volFlags = 0;
    int running;
    int rc;

    g_array_set_clear_func(vols, modvirtUndefineVolumeClear);
    if (!modvirtUndefineCheckOpts(ctl, cmd, &volString))
        return false;
    if (vshCommandOptBool(cmd, "delete-storage-volume-snapshots"))
        volFlags |= VIR_STORAGE_VOL_DELETE_WITH_SNAPSHOTS;
    if (!(dom = modvirtCommandOptDomain(ctl, cmd, &name)))
        return false;
    if ((running = virDomainIsActive(dom)) < 0)
        return false;
    if (!running && modvirtUndefineProbe(ctl, dom, &st) < 0)
        return false;
    if (modvirtUndefineStorage(ctl, cmd, dom, running, volString, vols) < 0)
        return false;

    if ((rc = modvirtUndefineDomain(ctl, cmd, dom, &st)) < 0) {
        if (rc == -1)
            vshError(ctl, _("Failed to undefine domain '%s'"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Domain '%s' has been undefined\n"), name);
    return modvirtUndefineRemove(ctl, vols, vshCommandOptBool(cmd, "wipe-storage"), volFlags);
}

const vshCmdDef modvirtCmdUndefine = {
    .name = "undefine",
    .handler = cmdUndefine,
    .opts = optsUndefine,
    .info = &infoUndefine,
};
