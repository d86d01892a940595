/*
 * virdomainresctrl.c: <cachetune> and <memorytune> of <cputune>
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "virdomaindef.h"
#include "virdomaintune.h"
#include "virerror.h"
#include "virunits.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_ENUM_IMPL(virCache, VIR_CACHE_TYPE_LAST, "both", "code", "data");


void
virDomainResctrlDefFree(virDomainResctrlDef *resctrl)
{
    size_t i;

    if (!resctrl)
        return;
    virBitmapFree(resctrl->vcpus);
    g_free(resctrl->caches);
    g_free(resctrl->membws);
    for (i = 0; i < resctrl->nmonitors; i++)
        virBitmapFree(resctrl->monitors[i].vcpus);
    g_free(resctrl->monitors);
    g_free(resctrl);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainResctrlDef, virDomainResctrlDefFree);


/*
 * vcpus='...' of a cachetune/memorytune/monitor; bits beyond the domain's
 * vCPUs are dropped (for groups) so the result may be empty.
 */
static virBitmap *
virDomainResctrlParseVcpus(xmlNodePtr node, const char *element, unsigned int maxvcpus, bool shrink)
{
    g_autofree char *str = virXMLPropString(node, "vcpus");
    g_autoptr(virBitmap) map = NULL;

    if (!str) {
        virReportError(VIR_ERR_XML_ERROR, _("Missing %1$s attribute 'vcpus'"), element);
        return NULL;
    }
    if (virBitmapParse(str, &map, VIR_DOMAIN_CPUMASK_LEN) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("Invalid %1$s attribute 'vcpus' value '%2$s'"), element,
                       str);
        return NULL;
    }
    if (shrink)
        virBitmapShrink(map, maxvcpus);
    return g_steal_pointer(&map);
}


static int
virDomainResctrlAddMonitor(xmlNodePtr node, virDomainResctrlDef *resctrl, bool membw)
{
    g_autoptr(virBitmap) vcpus = NULL;
    unsigned int level = 0;
    size_t i;

    if (!membw) {
        if (virXMLPropUInt(node, "level", 10, VIR_XML_PROP_REQUIRED, &level) < 0)
            return -1;
        if (level != 3) {
            virReportError(VIR_ERR_XML_ERROR, _("Invalid monitor cache level '%1$u'"), level);
            return -1;
        }
    }

    if (!(vcpus = virDomainResctrlParseVcpus(node, "monitor", 0, false)))
        return -1;

    if (virBitmapIsAllClear(vcpus)) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("vcpus is empty"));
        return -1;
    }
    for (i = 0; i < virBitmapSize(vcpus); i++) {
        if (virBitmapIsBitSet(vcpus, i) && !virBitmapIsBitSet(resctrl->vcpus, i)) {
            virReportError(VIR_ERR_INVALID_ARG, "%s", _("Monitor vcpus conflicts with allocation"));
            return -1;
        }
    }
    for (i = 0; i < resctrl->nmonitors; i++) {
        const virDomainResctrlMonitor *mon = &resctrl->monitors[i];

        if (mon->membw == membw && virBitmapEqual(mon->vcpus, vcpus)) {
            virReportError(VIR_ERR_INVALID_ARG, "%s",
                           _("Identical vcpus found in same type monitors"));
            return -1;
        }
        if (!virBitmapEqual(mon->vcpus, vcpus) && virBitmapOverlaps(mon->vcpus, vcpus)) {
            virReportError(VIR_ERR_INVALID_ARG, "%s", _("vcpus overlaps in resctrl groups"));
            return -1;
        }
    }

    resctrl->monitors = g_renew(virDomainResctrlMonitor, resctrl->monitors, resctrl->nmonitors + 1);
    resctrl->monitors[resctrl->nmonitors].membw = membw;
    resctrl->monitors[resctrl->nmonitors].level = level;
    resctrl->monitors[resctrl->nmonitors].vcpus = g_steal_pointer(&vcpus);
    resctrl->nmonitors++;
    return 0;
}


static int
virDomainResctrlParseMonitors(xmlNodePtr node, virDomainResctrlDef *resctrl, bool membw)
{
    g_autofree xmlNodePtr *nodes = NULL;
    size_t n = virXMLNodeGetSubelementList(node, "monitor", &nodes);
    size_t i;

    for (i = 0; i < n; i++) {
        if (virDomainResctrlAddMonitor(nodes[i], resctrl, membw) < 0)
            return -1;
    }
    return 0;
}


static int
virDomainResctrlCacheCompare(const void *a, const void *b)
{
    const virDomainResctrlCache *ca = a;
    const virDomainResctrlCache *cb = b;

    if (ca->level != cb->level)
        return ca->level < cb->level ? -1 : 1;
    if (ca->type != cb->type)
        return ca->type < cb->type ? -1 : 1;
    if (ca->id != cb->id)
        return ca->id < cb->id ? -1 : 1;
    return 0;
}


static int
virDomainResctrlAddCache(xmlXPathContextPtr ctxt, xmlNodePtr node, virDomainResctrlDef *resctrl)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    virDomainResctrlCache cache = { 0 };
    unsigned int type;
    size_t i;

    ctxt->node = node;
    if (virXMLPropUInt(node, "id", 10, VIR_XML_PROP_REQUIRED, &cache.id) < 0 ||
        virXMLPropUInt(node, "level", 10, VIR_XML_PROP_REQUIRED, &cache.level) < 0 ||
        virXMLPropEnum(node, "type", virCacheTypeFromString, VIR_XML_PROP_REQUIRED, &type) < 0 ||
        virParseScaledValue("./@size", "./@unit", ctxt, &cache.size, 1024, ULLONG_MAX, true) < 0)
        return -1;
    cache.type = type;

    for (i = 0; i < resctrl->ncaches; i++) {
        const virDomainResctrlCache *c = &resctrl->caches[i];

        if (c->level == cache.level && c->id == cache.id &&
            (c->type == cache.type || c->type == VIR_CACHE_TYPE_BOTH ||
             cache.type == VIR_CACHE_TYPE_BOTH)) {
            virReportErrorHelper(
                VIR_FROM_RESCTRL, VIR_ERR_XML_ERROR, __FILE__, __func__, __LINE__,
                _("Colliding cache allocations for cache level '%1$u' id '%2$u', type '%3$s'"),
                cache.level, cache.id, virCacheTypeToString(cache.type));
            return -1;
        }
    }

    resctrl->caches = g_renew(virDomainResctrlCache, resctrl->caches, resctrl->ncaches + 1);
    resctrl->caches[resctrl->ncaches++] = cache;
    qsort(resctrl->caches, resctrl->ncaches, sizeof(cache), virDomainResctrlCacheCompare);
    return 0;
}


/*
 * Finds the group of @vcpus: returns its index, -1 if there is none, -2
 * with an error if @vcpus overlaps a group without being equal to it.
 */
static ssize_t
virDomainResctrlFindGroup(const virDomainCputune *cputune, const virBitmap *vcpus)
{
    size_t i;

    for (i = 0; i < cputune->nresctrls; i++) {
        if (virBitmapEqual(cputune->resctrls[i]->vcpus, vcpus))
            return i;
        if (virBitmapOverlaps(cputune->resctrls[i]->vcpus, vcpus)) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("Overlapping vcpus in resctrls"));
            return -2;
        }
    }
    return -1;
}


static int
virDomainCachetuneParse(xmlXPathContextPtr ctxt, xmlNodePtr node, virDomainDef *def)
{
    virDomainCputune *cputune = &def->cputune;
    g_autoptr(virDomainResctrlDef) resctrl = g_new0(virDomainResctrlDef, 1);
    g_autofree xmlNodePtr *caches = NULL;
    size_t ncaches;
    ssize_t idx;
    size_t i;

    if (!(resctrl->vcpus = virDomainResctrlParseVcpus(node, "cachetune", def->maxvcpus, true)))
        return -1;
    if (virBitmapIsAllClear(resctrl->vcpus))
        return 0;

    if ((idx = virDomainResctrlFindGroup(cputune, resctrl->vcpus)) == -2)
        return -1;
    if (idx >= 0) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("Identical vcpus in cachetunes found"));
        return -1;
    }

    ncaches = virXMLNodeGetSubelementList(node, "cache", &caches);
    for (i = 0; i < ncaches; i++) {
        if (virDomainResctrlAddCache(ctxt, caches[i], resctrl) < 0)
            return -1;
    }
    if (virDomainResctrlParseMonitors(node, resctrl, false) < 0)
        return -1;

    if (resctrl->ncaches == 0 && resctrl->nmonitors == 0)
        return 0;

    resctrl->cachetune = true;
    cputune->resctrls = g_renew(virDomainResctrlDef *, cputune->resctrls, cputune->nresctrls + 1);
    cputune->resctrls[cputune->nresctrls++] = g_steal_pointer(&resctrl);
    return 0;
}


static int
virDomainResctrlAddMemBW(xmlNodePtr node, virDomainResctrlDef *resctrl)
{
    virDomainResctrlMemBW bw;
    size_t pos;

    if (virXMLPropUInt(node, "id", 10, VIR_XML_PROP_REQUIRED, &bw.id) < 0 ||
        virXMLPropUInt(node, "bandwidth", 10, VIR_XML_PROP_REQUIRED, &bw.bandwidth) < 0)
        return -1;

    if (bw.bandwidth > 100) {
        virReportErrorHelper(VIR_FROM_RESCTRL, VIR_ERR_XML_ERROR, __FILE__, __func__, __LINE__,
                             "%s", _("Memory Bandwidth value exceeding 100 is invalid."));
        return -1;
    }
    for (pos = 0; pos < resctrl->nmembws; pos++) {
        if (resctrl->membws[pos].id == bw.id) {
            virReportErrorHelper(VIR_FROM_RESCTRL, VIR_ERR_XML_ERROR, __FILE__, __func__, __LINE__,
                                 _("Memory Bandwidth already defined for node %1$u"), bw.id);
            return -1;
        }
    }

    resctrl->membws = g_renew(virDomainResctrlMemBW, resctrl->membws, resctrl->nmembws + 1);
    for (pos = resctrl->nmembws; pos > 0 && resctrl->membws[pos - 1].id > bw.id; pos--)
        resctrl->membws[pos] = resctrl->membws[pos - 1];
    resctrl->membws[pos] = bw;
    resctrl->nmembws++;
    return 0;
}


static int
virDomainMemorytuneParse(xmlNodePtr node, virDomainDef *def)
{
    virDomainCputune *cputune = &def->cputune;
    g_autoptr(virDomainResctrlDef) fresh = NULL;
    g_autoptr(virBitmap) vcpus = NULL;
    g_autofree xmlNodePtr *nodes = NULL;
    virDomainResctrlDef *resctrl;
    size_t n;
    ssize_t idx;
    size_t i;

    if (!(vcpus = virDomainResctrlParseVcpus(node, "memorytune", def->maxvcpus, true)))
        return -1;
    if (virBitmapIsAllClear(vcpus))
        return 0;

    if ((idx = virDomainResctrlFindGroup(cputune, vcpus)) == -2)
        return -1;
    if (idx >= 0) {
        resctrl = cputune->resctrls[idx];
    } else {
        fresh = g_new0(virDomainResctrlDef, 1);
        fresh->vcpus = g_steal_pointer(&vcpus);
        resctrl = fresh;
    }

    n = virXMLNodeGetSubelementList(node, "node", &nodes);
    for (i = 0; i < n; i++) {
        if (virDomainResctrlAddMemBW(nodes[i], resctrl) < 0)
            return -1;
    }
    if (virDomainResctrlParseMonitors(node, resctrl, true) < 0)
        return -1;

    if (fresh && (fresh->nmembws || fresh->nmonitors)) {
        cputune->resctrls =
            g_renew(virDomainResctrlDef *, cputune->resctrls, cputune->nresctrls + 1);
        cputune->resctrls[cputune->nresctrls++] = g_steal_pointer(&fresh);
    }
    return 0;
}


int
virDomainResctrlParseXML(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    g_autofree xmlNodePtr *mnodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./cputune/cachetune", ctxt, &nodes)) < 0)
        return -1;
    for (i = 0; i < (size_t)n; i++) {
        if (virDomainCachetuneParse(ctxt, nodes[i], def) < 0)
            return -1;
    }

    if ((n = virXPathNodeSet("./cputune/memorytune", ctxt, &mnodes)) < 0)
        return -1;
    for (i = 0; i < (size_t)n; i++) {
        if (virDomainMemorytuneParse(mnodes[i], def) < 0)
            return -1;
    }
    return 0;
}


/* size in the largest unit that divides it exactly, as libvirt writes it */
static void
virDomainResctrlFormatSize(virBuffer *buf, unsigned long long size)
{
    static const char *const units[] = { "B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB" };
    size_t unit = 0;

    while (size && size % 1024 == 0 && unit + 1 < G_N_ELEMENTS(units)) {
        size /= 1024;
        unit++;
    }
    virBufferAsprintf(buf, " size='%llu' unit='%s'/>\n", size, units[unit]);
}


static void
virDomainResctrlFormatMonitors(virBuffer *buf, const virDomainResctrlDef *resctrl, bool membw)
{
    size_t i;

    for (i = 0; i < resctrl->nmonitors; i++) {
        const virDomainResctrlMonitor *mon = &resctrl->monitors[i];
        g_autofree char *vcpus = NULL;

        if (mon->membw != membw)
            continue;
        vcpus = virBitmapFormat(mon->vcpus);
        if (membw)
            virBufferAsprintf(buf, "<monitor vcpus='%s'/>\n", vcpus);
        else
            virBufferAsprintf(buf, "<monitor level='%u' vcpus='%s'/>\n", mon->level, vcpus);
    }
}


static bool
virDomainResctrlHasMonitors(const virDomainResctrlDef *resctrl, bool membw)
{
    size_t i;

    for (i = 0; i < resctrl->nmonitors; i++) {
        if (resctrl->monitors[i].membw == membw)
            return true;
    }
    return false;
}


static void
virDomainResctrlFormatOne(virBuffer *buf, const virDomainResctrlDef *resctrl, bool membw)
{
    g_autofree char *vcpus = NULL;
    size_t i;

    if (!(membw ? resctrl->nmembws : resctrl->ncaches) &&
        !virDomainResctrlHasMonitors(resctrl, membw))
        return;

    vcpus = virBitmapFormat(resctrl->vcpus);
    virBufferAsprintf(buf, "<%s vcpus='%s'>\n", membw ? "memorytune" : "cachetune", vcpus);
    virBufferAdjustIndent(buf, 2);
    if (membw) {
        for (i = 0; i < resctrl->nmembws; i++)
            virBufferAsprintf(buf, "<node id='%u' bandwidth='%u'/>\n", resctrl->membws[i].id,
                              resctrl->membws[i].bandwidth);
    } else {
        for (i = 0; i < resctrl->ncaches; i++) {
            const virDomainResctrlCache *c = &resctrl->caches[i];

            virBufferAsprintf(buf, "<cache id='%u' level='%u' type='%s'", c->id, c->level,
                              virCacheTypeToString(c->type));
            virDomainResctrlFormatSize(buf, c->size);
        }
    }
    virDomainResctrlFormatMonitors(buf, resctrl, membw);
    virBufferAdjustIndent(buf, -2);
    virBufferAsprintf(buf, "</%s>\n", membw ? "memorytune" : "cachetune");
}


void
virDomainResctrlFormat(virBuffer *buf, const virDomainCputune *cputune)
{
    size_t i;

    for (i = 0; i < cputune->nresctrls; i++)
        virDomainResctrlFormatOne(buf, cputune->resctrls[i], false);
    for (i = 0; i < cputune->nresctrls; i++)
        virDomainResctrlFormatOne(buf, cputune->resctrls[i], true);
}
