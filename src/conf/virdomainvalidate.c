/*
 * virdomainvalidate.c: semantic checks of a parsed domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virdomaindef.h"
#include "virdomainvalidate.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN


static int
virDomainDefValidateName(const virDomainDef *def)
{
    if (strchr(def->name, '/')) {
        virReportError(VIR_ERR_XML_ERROR, _("name %1$s cannot contain '/'"), def->name);
        return -1;
    }
    return 0;
}


/* The families' own checks, for every device. */
static int
virDomainDefValidateFamilies(const virDomainDef *def)
{
    size_t i;

    for (i = 0; i < def->ndisks; i++) {
        if (virDomainDiskDefValidate(def->disks[i], def) < 0)
            return -1;
    }
    /* duplicate disk targets and drive addresses */
    if (virDomainDiskDefsValidate(def) < 0)
        return -1;
    /* after post-parse, when every controller has its index */
    if (virDomainDefRejectDuplicateControllers(def) < 0)
        return -1;
    for (i = 0; i < def->ncontrollers; i++) {
        if (virDomainControllerDefValidate(def->controllers[i], def) < 0)
            return -1;
    }
    for (i = 0; i < def->nfss; i++) {
        if (virDomainFSDefValidate(def->fss[i], def) < 0)
            return -1;
    }
    for (i = 0; i < def->nhostdevs; i++) {
        if (virDomainHostdevDefValidate(def->hostdevs[i], def) < 0)
            return -1;
    }
    return 0;
}


typedef struct {
    GHashTable *aliases;    /* alias -> NULL */
    GHashTable *bootOrders; /* order -> NULL */
} virDomainValidateInfoData;


static int
virDomainDefValidateInfo(virDomainDef *def G_GNUC_UNUSED,
                         virDomainDeviceInfo *info,
                         const char *devname,
                         void *opaque)
{
    virDomainValidateInfoData *data = opaque;

    if (info->type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_UNASSIGNED &&
        !g_str_equal(devname, "hostdev")) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("address of type 'unassigned' is supported only for hostdevs"));
        return -1;
    }
    if (info->rom.enabled == VIR_TRISTATE_BOOL_NO &&
        (info->rom.bar != VIR_TRISTATE_SWITCH_ABSENT || info->rom.file)) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("ROM tuning is not supported when ROM is disabled"));
        return -1;
    }
    if (info->alias) {
        if (g_hash_table_contains(data->aliases, info->alias)) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("non unique alias detected: %1$s"),
                           info->alias);
            return -1;
        }
        g_hash_table_add(data->aliases, info->alias);
    }
    if (info->bootIndex) {
        if (g_hash_table_contains(data->bootOrders, GUINT_TO_POINTER(info->bootIndex))) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("boot order '%1$u' used for more than one device"), info->bootIndex);
            return -1;
        }
        g_hash_table_add(data->bootOrders, GUINT_TO_POINTER(info->bootIndex));
    }
    return 0;
}


static int
virDomainDefValidateDeviceInfos(const virDomainDef *def)
{
    virDomainValidateInfoData data;
    int ret;

    data.aliases = g_hash_table_new(g_str_hash, g_str_equal);
    data.bootOrders = g_hash_table_new(g_direct_hash, g_direct_equal);
    /* the callback only reads */
    ret = virDomainDeviceInfoIterate((virDomainDef *)def, virDomainDefValidateInfo, &data);
    g_hash_table_unref(data.aliases);
    g_hash_table_unref(data.bootOrders);
    return ret;
}


int
virDomainDefValidate(const virDomainDef *def)
{
    if (virDomainDefValidateName(def) < 0 || virDomainDefValidateFamilies(def) < 0 ||
        virDomainDefValidateDeviceInfos(def) < 0)
        return -1;
    return 0;
}
