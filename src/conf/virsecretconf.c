/*
 * virsecretconf.c: the secret XML model
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <glib.h>

#include "virerror.h"
#include "virlog.h"
#include "virsecretconf.h"

#define VIR_FROM_THIS VIR_FROM_SECRET

VIR_LOG_INIT("conf.secretconf");

VIR_ENUM_IMPL(
    virSecretUsage, VIR_SECRET_USAGE_TYPE_LAST, "none", "volume", "ceph", "iscsi", "tls", "vtpm");

/* Per usage type: the child element holding the usage id, and libvirt's
 * message when it is missing. */
typedef struct {
    const char *element;
    const char *missing;
} virSecretUsageInfo;

static const virSecretUsageInfo usageInfo[VIR_SECRET_USAGE_TYPE_LAST] = {
    [VIR_SECRET_USAGE_TYPE_NONE] = { NULL, NULL },
    [VIR_SECRET_USAGE_TYPE_VOLUME] = { "volume",
                                       N_("volume usage specified, but volume path is missing") },
    [VIR_SECRET_USAGE_TYPE_CEPH] = { "name", N_("Ceph usage specified, but name is missing") },
    [VIR_SECRET_USAGE_TYPE_ISCSI] = { "target",
                                      N_("iSCSI usage specified, but target is missing") },
    [VIR_SECRET_USAGE_TYPE_TLS] = { "name", N_("TLS usage specified, but name is missing") },
    [VIR_SECRET_USAGE_TYPE_VTPM] = { "name", N_("vTPM usage specified, but name is missing") },
};


void
virSecretDefFree(virSecretDef *def)
{
    if (!def)
        return;
    g_free(def->description);
    g_free(def->usage_id);
    g_free(def);
}


int
virSecretDefValidate(const virSecretDef *def)
{
    const virSecretUsageInfo *info;

    if (def->usage_type >= VIR_SECRET_USAGE_TYPE_LAST) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unexpected secret usage type %1$d"),
                       def->usage_type);
        return -1;
    }
    info = &usageInfo[def->usage_type];
    if (info->element && !def->usage_id) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _(info->missing));
        return -1;
    }
    return 0;
}


static int
virSecretDefParseUsage(xmlXPathContextPtr ctxt, virSecretDef *def)
{
    g_autofree char *type_str = virXPathString("string(./usage/@type)", ctxt);
    g_autofree char *xpath = NULL;
    int type;

    if (!type_str) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("unknown secret usage type"));
        return -1;
    }
    if ((type = virSecretUsageTypeFromString(type_str)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown secret usage type %1$s"), type_str);
        return -1;
    }
    def->usage_type = type;

    if (!usageInfo[type].element)
        return 0;
    xpath = g_strdup_printf("string(./usage/%s)", usageInfo[type].element);
    def->usage_id = virXPathString(xpath, ctxt);
    return virSecretDefValidate(def);
}


static int
virSecretDefParseYesNo(xmlXPathContextPtr ctxt, const char *attr, bool *result)
{
    g_autofree char *xpath = g_strdup_printf("string(./@%s)", attr);
    g_autofree char *prop = virXPathString(xpath, ctxt);

    if (!prop)
        return 0;
    if (g_str_equal(prop, "yes")) {
        *result = true;
    } else if (g_str_equal(prop, "no")) {
        *result = false;
    } else {
        virReportError(VIR_ERR_XML_ERROR, _("invalid value of '%1$s'"), attr);
        return -1;
    }
    return 0;
}


virSecretDef *
virSecretDefParseNode(xmlXPathContextPtr ctxt, xmlNodePtr node, unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virSecretDef) def = g_new0(virSecretDef, 1);
    g_autofree char *uuid = NULL;

    ctxt->node = node;

    if (virSecretDefParseYesNo(ctxt, "ephemeral", &def->isephemeral) < 0 ||
        virSecretDefParseYesNo(ctxt, "private", &def->isprivate) < 0)
        return NULL;

    if (!(uuid = virXPathString("string(./uuid)", ctxt))) {
        if (virUUIDGenerate(def->uuid) < 0)
            return NULL;
    } else if (virUUIDParse(uuid, def->uuid) < 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("malformed uuid element"));
        return NULL;
    }

    def->description = virXPathString("string(./description)", ctxt);

    if (virXPathNode("./usage", ctxt) && virSecretDefParseUsage(ctxt, def) < 0)
        return NULL;

    return g_steal_pointer(&def);
}


virSecretDef *
virSecretDefParseString(const char *xml, unsigned int flags)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;

    if (!(doc = virXMLParse(NULL, xml, _("(definition_of_secret)"), "secret", &ctxt, "secret.rng",
                            flags & VIR_SECRET_DEF_PARSE_VALIDATE)))
        return NULL;
    return virSecretDefParseNode(ctxt, xmlDocGetRootElement(doc), flags);
}


int
virSecretDefFormatBuf(virBuffer *buf, const virSecretDef *def, unsigned int flags)
{
    char uuidstr[VIR_UUID_STRING_BUFLEN];
    const virSecretUsageInfo *info;

    if (def->usage_type >= VIR_SECRET_USAGE_TYPE_LAST) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unexpected secret usage type %1$d"),
                       def->usage_type);
        return -1;
    }
    info = &usageInfo[def->usage_type];

    virBufferAsprintf(buf, "<secret ephemeral='%s' private='%s'>\n",
                      def->isephemeral ? "yes" : "no", def->isprivate ? "yes" : "no");
    virBufferAdjustIndent(buf, 2);
    virBufferAsprintf(buf, "<uuid>%s</uuid>\n", virUUIDFormat(def->uuid, uuidstr));
    virBufferEscapeString(buf, "<description>%s</description>\n", def->description);

    if (info->element) {
        virBufferAsprintf(buf, "<usage type='%s'>\n", virSecretUsageTypeToString(def->usage_type));
        virBufferAdjustIndent(buf, 2);
        virBufferAsprintf(buf, "<%s>", info->element);
        virBufferEscapeString(buf, "%s", def->usage_id);
        virBufferAsprintf(buf, "</%s>\n", info->element);
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</usage>\n");
    }

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</secret>\n");
    return 0;
}


char *
virSecretDefFormat(const virSecretDef *def, unsigned int flags)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    if (virSecretDefFormatBuf(&buf, def, flags) < 0)
        return NULL;
    return virBufferContentAndReset(&buf);
}
