/*
 * virdomaincpu.c: the <cpu> model
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virdomaincpu.h"
#include "virdomainos.h"
#include "virdomaintune.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_CPU

#define VIR_CPU_VENDOR_ID_LENGTH 12

VIR_ENUM_IMPL(virCPUMode, VIR_CPU_MODE_LAST, "custom", "host-model", "host-passthrough", "maximum");

VIR_ENUM_IMPL(virCPUMatch, VIR_CPU_MATCH_LAST, "minimum", "exact", "strict");

VIR_ENUM_IMPL(virCPUCheck, VIR_CPU_CHECK_LAST, "default", "none", "partial", "full");

VIR_ENUM_IMPL(virCPUFallback, VIR_CPU_FALLBACK_LAST, "allow", "forbid");

VIR_ENUM_IMPL(
    virCPUFeaturePolicy, VIR_CPU_FEATURE_LAST, "force", "require", "optional", "disable", "forbid");

VIR_ENUM_IMPL(virCPUCacheMode, VIR_CPU_CACHE_MODE_LAST, "emulate", "passthrough", "disable");

VIR_ENUM_IMPL(virCPUMaxPhysAddrMode, VIR_CPU_MAX_PHYS_ADDR_MODE_LAST, "emulate", "passthrough");


static bool
virCPUDefFormatsModel(const virCPUDef *cpu)
{
    return cpu->type == VIR_CPU_TYPE_HOST || cpu->mode == VIR_CPU_MODE_CUSTOM ||
           cpu->mode == VIR_CPU_MODE_HOST_MODEL;
}


/* mode, match, check, migratable attributes of a guest <cpu> */
static int
virCPUDefParseGuestAttrs(xmlNodePtr node, virCPUDef *def)
{
    g_autofree char *mode = virXMLPropString(node, "mode");
    unsigned int val;
    int rc;

    if (mode && (def->mode = virCPUModeTypeFromString(mode)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("Invalid mode attribute '%1$s'"), mode);
        return -1;
    }

    if ((rc = virXMLPropEnum(node, "match", virCPUMatchTypeFromString, VIR_XML_PROP_NONE, &val)) <
        0)
        return -1;
    def->match = rc > 0 ? (int)val : VIR_CPU_MATCH_EXACT;

    if (virXMLPropEnum(node, "check", virCPUCheckTypeFromString, VIR_XML_PROP_NONE, &val) < 0)
        return -1;
    def->check = val;

    if (virXMLPropTristateSwitch(node, "migratable", VIR_XML_PROP_NONE, &def->migratable) < 0)
        return -1;
    if (def->migratable && def->mode != VIR_CPU_MODE_HOST_PASSTHROUGH &&
        def->mode != VIR_CPU_MODE_MAXIMUM) {
        virReportError(
            VIR_ERR_CONFIG_UNSUPPORTED, "%s",
            _("Attribute migratable is only allowed for 'host-passthrough' / 'maximum' CPU mode"));
        return -1;
    }
    return 0;
}


/* <model fallback= vendor_id=>name</model> and <vendor> */
static int
virCPUDefParseModel(xmlXPathContextPtr ctxt, virCPUDef *def)
{
    xmlNodePtr node = virXPathNode("./model[1]", ctxt);

    if (node && def->type == VIR_CPU_TYPE_GUEST && virCPUDefFormatsModel(def)) {
        g_autofree char *fallback = virXMLPropString(node, "fallback");
        g_autofree char *vendor_id = virXMLPropString(node, "vendor_id");

        if (fallback && (def->fallback = virCPUFallbackTypeFromString(fallback)) < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s", _("Invalid fallback attribute"));
            return -1;
        }
        if (vendor_id) {
            if (strlen(vendor_id) != VIR_CPU_VENDOR_ID_LENGTH) {
                virReportError(VIR_ERR_XML_ERROR, "%s",
                               _("vendor_id must be exactly 12 characters long"));
                return -1;
            }
            if (strchr(vendor_id, ',')) {
                virReportError(VIR_ERR_XML_ERROR, "%s", _("vendor id is invalid"));
                return -1;
            }
            def->vendor_id = g_steal_pointer(&vendor_id);
        }
    }

    def->model = virXPathString("string(./model[1])", ctxt);
    def->vendor = virXPathString("string(./vendor[1])", ctxt);
    if (def->vendor && !def->model) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("CPU vendor specified without CPU model"));
        return -1;
    }
    return 0;
}


static int
virCPUDefParseTopology(xmlXPathContextPtr ctxt, virCPUDef *def)
{
    xmlNodePtr node = virXPathNode("./topology[1]", ctxt);
    const virXMLPropFlags req = VIR_XML_PROP_REQUIRED | VIR_XML_PROP_NONZERO;

    if (!node)
        return 0;

    if (virXMLPropUInt(node, "sockets", 10, req, &def->sockets) < 0 ||
        virXMLPropUIntDefault(node, "dies", 10, VIR_XML_PROP_NONZERO, &def->dies, 1) < 0 ||
        virXMLPropUInt(node, "cores", 10, req, &def->cores) < 0 ||
        virXMLPropUInt(node, "threads", 10, req, &def->threads) < 0)
        return -1;
    return 0;
}


/* <cache> (at most one) and <maxphysaddr> */
static int
virCPUDefParseCacheAddr(xmlXPathContextPtr ctxt, virCPUDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    xmlNodePtr node;
    unsigned int mode;
    int n;

    if ((n = virXPathNodeSet("./cache", ctxt, &nodes)) < 0)
        return -1;
    if (n > 1) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("at most one CPU cache element may be specified"));
        return -1;
    }
    if (n == 1) {
        int level;
        int rc;

        if ((rc = virXMLPropInt(nodes[0], "level", 10, VIR_XML_PROP_NONNEGATIVE, &level, -1)) < 0)
            return -1;
        if (rc > 0 && (level < 1 || level > 3)) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("invalid CPU cache level, must be in range [1,3]"));
            return -1;
        }
        if (virXMLPropEnum(nodes[0], "mode", virCPUCacheModeTypeFromString, VIR_XML_PROP_REQUIRED,
                           &mode) < 0)
            return -1;
        def->cache = g_new0(virCPUCacheDef, 1);
        def->cache->level = level;
        def->cache->mode = mode;
    }

    if ((node = virXPathNode("./maxphysaddr[1]", ctxt))) {
        int bits;

        if (virXMLPropEnum(node, "mode", virCPUMaxPhysAddrModeTypeFromString, VIR_XML_PROP_REQUIRED,
                           &mode) < 0 ||
            virXMLPropInt(node, "bits", 10, VIR_XML_PROP_NONNEGATIVE, &bits, -1) < 0)
            return -1;
        def->addr = g_new0(virCPUMaxPhysAddrDef, 1);
        def->addr->mode = mode;
        def->addr->bits = bits;
    }
    return 0;
}


static int
virCPUDefParseFeatures(xmlXPathContextPtr ctxt, virCPUDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;
    size_t j;

    if ((n = virXPathNodeSet("./feature", ctxt, &nodes)) <= 0)
        return n;

    if (def->type == VIR_CPU_TYPE_GUEST && def->mode == VIR_CPU_MODE_CUSTOM && !def->model) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("Non-empty feature list specified without CPU model"));
        return -1;
    }

    def->features = g_new0(virCPUFeatureDef, n);
    def->nfeatures_max = n;
    for (i = 0; i < (size_t)n; i++) {
        g_autofree char *name = NULL;
        int policy = -1;

        if (def->type == VIR_CPU_TYPE_GUEST) {
            g_autofree char *strpolicy = virXMLPropString(nodes[i], "policy");

            policy = VIR_CPU_FEATURE_REQUIRE;
            if (strpolicy && (policy = virCPUFeaturePolicyTypeFromString(strpolicy)) < 0) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s", _("Invalid CPU feature policy"));
                return -1;
            }
        }

        if (!(name = virXMLPropString(nodes[i], "name")) || !*name) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("Invalid CPU feature name"));
            return -1;
        }

        for (j = 0; j < def->nfeatures; j++) {
            if (g_str_equal(def->features[j].name, name)) {
                virReportError(VIR_ERR_XML_ERROR, _("CPU feature '%1$s' specified more than once"),
                               name);
                return -1;
            }
        }
        def->features[def->nfeatures].name = g_steal_pointer(&name);
        def->features[def->nfeatures].policy = policy;
        def->nfeatures++;
    }
    return 0;
}


/* <arch>, <microcode>, <signature> of a host CPU */
static int
virCPUDefParseHost(xmlXPathContextPtr ctxt, virCPUDef *def)
{
    g_autofree char *arch = virXPathString("string(./arch[1])", ctxt);
    xmlNodePtr node;

    if (!arch || (def->arch = virArchTypeFromString(arch)) <= 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("Unknown architecture %1$s"), NULLSTR(arch));
        return -1;
    }

    if ((node = virXPathNode("./microcode[1]", ctxt)) &&
        virXMLPropUInt(node, "version", 10, VIR_XML_PROP_REQUIRED, &def->microcodeVersion) < 0)
        return -1;

    if ((node = virXPathNode("./signature[1]", ctxt)) &&
        (virXMLPropUInt(node, "family", 10, VIR_XML_PROP_REQUIRED, &def->sigFamily) < 0 ||
         virXMLPropUInt(node, "model", 10, VIR_XML_PROP_REQUIRED, &def->sigModel) < 0 ||
         virXMLPropUInt(node, "stepping", 10, VIR_XML_PROP_REQUIRED, &def->sigStepping) < 0))
        return -1;
    return 0;
}


virCPUDef *
virCPUDefParseXML(xmlXPathContextPtr ctxt, xmlNodePtr node, unsigned int flags G_GNUC_UNUSED)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autoptr(virCPUDef) def = g_new0(virCPUDef, 1);

    ctxt->node = node;

    if (virXPathBoolean("boolean(./arch)", ctxt) > 0) {
        def->type = VIR_CPU_TYPE_HOST;
        def->match = VIR_CPU_MATCH_EXACT;
        if (virCPUDefParseHost(ctxt, def) < 0)
            return NULL;
    } else {
        def->type = VIR_CPU_TYPE_GUEST;
        if (virCPUDefParseGuestAttrs(node, def) < 0)
            return NULL;
    }

    if (virCPUDefParseModel(ctxt, def) < 0 || virCPUDefParseTopology(ctxt, def) < 0 ||
        virCPUDefParseCacheAddr(ctxt, def) < 0 || virCPUDefParseFeatures(ctxt, def) < 0)
        return NULL;

    return g_steal_pointer(&def);
}


static void
virCPUDefFormatModel(virBuffer *buf, const virCPUDef *cpu)
{
    if (!virCPUDefFormatsModel(cpu))
        return;

    if (cpu->model || cpu->vendor_id) {
        virBufferAddLit(buf, "<model");
        if (cpu->type == VIR_CPU_TYPE_GUEST && cpu->model)
            virBufferAsprintf(buf, " fallback='%s'", virCPUFallbackTypeToString(cpu->fallback));
        virBufferEscapeString(buf, " vendor_id='%s'", cpu->vendor_id);
        if (cpu->model)
            virBufferEscapeString(buf, ">%s</model>\n", cpu->model);
        else
            virBufferAddLit(buf, "/>\n");
    }
    virBufferEscapeString(buf, "<vendor>%s</vendor>\n", cpu->vendor);
}


void
virCPUDefFormatContent(virBuffer *buf, const virCPUDef *cpu)
{
    size_t i;

    if (cpu->type == VIR_CPU_TYPE_HOST && cpu->arch)
        virBufferAsprintf(buf, "<arch>%s</arch>\n", virArchTypeToString(cpu->arch));

    virCPUDefFormatModel(buf, cpu);

    if (cpu->type == VIR_CPU_TYPE_HOST) {
        if (cpu->microcodeVersion)
            virBufferAsprintf(buf, "<microcode version='%u'/>\n", cpu->microcodeVersion);
        if (cpu->sigFamily)
            virBufferAsprintf(buf, "<signature family='%u' model='%u' stepping='%u'/>\n",
                              cpu->sigFamily, cpu->sigModel, cpu->sigStepping);
    }

    if (cpu->sockets && cpu->cores && cpu->threads)
        virBufferAsprintf(buf, "<topology sockets='%u' dies='%u' cores='%u' threads='%u'/>\n",
                          cpu->sockets, cpu->dies ? cpu->dies : 1, cpu->cores, cpu->threads);

    if (cpu->cache) {
        virBufferAddLit(buf, "<cache");
        if (cpu->cache->level > 0)
            virBufferAsprintf(buf, " level='%d'", cpu->cache->level);
        virBufferAsprintf(buf, " mode='%s'/>\n", virCPUCacheModeTypeToString(cpu->cache->mode));
    }

    if (cpu->addr) {
        virBufferAsprintf(buf, "<maxphysaddr mode='%s'",
                          virCPUMaxPhysAddrModeTypeToString(cpu->addr->mode));
        if (cpu->addr->bits >= 0)
            virBufferAsprintf(buf, " bits='%d'", cpu->addr->bits);
        virBufferAddLit(buf, "/>\n");
    }

    for (i = 0; i < cpu->nfeatures; i++) {
        const virCPUFeatureDef *f = &cpu->features[i];

        if (cpu->type == VIR_CPU_TYPE_GUEST && f->policy >= 0)
            virBufferAsprintf(buf, "<feature policy='%s'",
                              virCPUFeaturePolicyTypeToString(f->policy));
        else
            virBufferAddLit(buf, "<feature");
        /* libvirt 9.0 writes feature names unescaped */
        virBufferAsprintf(buf, " name='%s'/>\n", f->name);
    }

    if (cpu->numa)
        virDomainNumaCellsFormat(buf, cpu->numa);
}


static void
virCPUDefFormatAttrs(virBuffer *attrBuf, const virCPUDef *cpu)
{
    if (cpu->type != VIR_CPU_TYPE_GUEST)
        return;

    if (cpu->mode != VIR_CPU_MODE_CUSTOM || cpu->model)
        virBufferAsprintf(attrBuf, " mode='%s'", virCPUModeTypeToString(cpu->mode));
    if (cpu->mode == VIR_CPU_MODE_CUSTOM && cpu->model)
        virBufferAsprintf(attrBuf, " match='%s'", virCPUMatchTypeToString(cpu->match));
    if (cpu->check)
        virBufferAsprintf(attrBuf, " check='%s'", virCPUCheckTypeToString(cpu->check));
    if (cpu->migratable)
        virBufferAsprintf(attrBuf, " migratable='%s'",
                          virTristateSwitchTypeToString(cpu->migratable));
}


int
virCPUDefFormatBuf(virBuffer *buf, const virCPUDef *cpu, unsigned int flags G_GNUC_UNUSED)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    if (!cpu)
        return 0;

    virCPUDefFormatAttrs(&attrBuf, cpu);
    virCPUDefFormatContent(&childBuf, cpu);
    virXMLFormatElement(buf, "cpu", &attrBuf, &childBuf);
    return 0;
}


bool
virCPUDefIsEmpty(const virCPUDef *cpu)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    if (!cpu)
        return true;
    virCPUDefFormatBuf(&buf, cpu, 0);
    return virBufferUse(&buf) == 0;
}


void
virCPUDefFree(virCPUDef *cpu)
{
    size_t i;

    if (!cpu)
        return;
    g_free(cpu->model);
    g_free(cpu->vendor_id);
    g_free(cpu->vendor);
    g_free(cpu->cache);
    g_free(cpu->addr);
    for (i = 0; i < cpu->nfeatures; i++)
        g_free(cpu->features[i].name);
    g_free(cpu->features);
    g_free(cpu);
}
