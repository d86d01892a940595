/*
 * virdomainnuma.c: guest NUMA cells (<cpu><numa>) and <numatune>
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virdomaindef.h"
#include "virdomaintune.h"
#include "virerror.h"
#include "virunits.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

#define VIR_NUMA_DISTANCE_LOCAL 10
#define VIR_NUMA_DISTANCE_MAX 255

VIR_ENUM_IMPL(virDomainNumatuneMemMode,
              VIR_DOMAIN_NUMATUNE_MEM_LAST,
              "strict",
              "preferred",
              "interleave",
              "restrictive");

VIR_ENUM_IMPL(
    virDomainNumatunePlacement, VIR_DOMAIN_NUMATUNE_PLACEMENT_LAST, "default", "static", "auto");

VIR_ENUM_IMPL(
    virNumaCacheAssociativity, VIR_NUMA_CACHE_ASSOCIATIVITY_LAST, "none", "direct", "full");

VIR_ENUM_IMPL(virNumaCachePolicy, VIR_NUMA_CACHE_POLICY_LAST, "none", "writeback", "writethrough");

VIR_ENUM_IMPL(virMemoryLatency, VIR_MEMORY_LATENCY_LAST, "access", "read", "write");


/* <distances><sibling id= value=/></distances> of cell @cur */
static int
virDomainNumaParseDistances(xmlNodePtr distances, virDomainNuma *numa, unsigned int cur)
{
    g_autofree xmlNodePtr *siblings = NULL;
    size_t n = virXMLNodeGetSubelementList(distances, "sibling", &siblings);
    size_t i;

    if (n == 0) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("NUMA distances defined without siblings"));
        return -1;
    }

    for (i = 0; i < n; i++) {
        unsigned int id;
        unsigned int value;
        virDomainNumaCell *cell;

        if (virXMLPropUInt(siblings[i], "id", 10, VIR_XML_PROP_REQUIRED, &id) < 0 ||
            virXMLPropUInt(siblings[i], "value", 10, VIR_XML_PROP_REQUIRED, &value) < 0)
            return -1;

        if (id >= numa->ncells) {
            virReportError(
                VIR_ERR_XML_ERROR,
                _("'sibling_id %1$u' does not refer to a valid cell within NUMA 'cell id %2$u'"),
                id, cur);
            return -1;
        }
        if ((id == cur && value != VIR_NUMA_DISTANCE_LOCAL) ||
            (id != cur && value <= VIR_NUMA_DISTANCE_LOCAL) || value > VIR_NUMA_DISTANCE_MAX) {
            virReportError(
                VIR_ERR_XML_ERROR,
                _("'value %1$u' is invalid for 'sibling id %2$u' under NUMA 'cell id %3$u'"), value,
                id, cur);
            return -1;
        }

        cell = &numa->cells[cur];
        if (!cell->distances) {
            cell->distances = g_new0(unsigned int, numa->ncells);
            cell->ndistances = numa->ncells;
        }
        cell->distances[id] = value;

        /* libvirt completes the matrix: the reverse link and both local distances */
        if (id != cur) {
            virDomainNumaCell *other = &numa->cells[id];

            if (!other->distances) {
                other->distances = g_new0(unsigned int, numa->ncells);
                other->ndistances = numa->ncells;
            }
            if (!other->distances[cur])
                other->distances[cur] = value;
            if (!other->distances[id])
                other->distances[id] = VIR_NUMA_DISTANCE_LOCAL;
            if (!cell->distances[cur])
                cell->distances[cur] = VIR_NUMA_DISTANCE_LOCAL;
        }
    }
    return 0;
}


static int
virDomainNumaParseCacheAttrs(xmlNodePtr node, unsigned int cur, virNumaCache *cache)
{
    g_autofree char *level = virXMLPropString(node, "level");
    g_autofree char *assoc = virXMLPropString(node, "associativity");
    g_autofree char *policy = virXMLPropString(node, "policy");

    if (!level) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Missing 'level' attribute in cache element for NUMA node %1$u"), cur);
        return -1;
    }
    if (virStrToLong_uip(level, NULL, 10, &cache->level) < 0) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid 'level' attribute in cache element for NUMA node %1$u"), cur);
        return -1;
    }
    if (!assoc) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Missing 'associativity' attribute in cache element for NUMA node %1$u"),
                       cur);
        return -1;
    }
    if ((cache->associativity = virNumaCacheAssociativityTypeFromString(assoc)) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("Invalid cache associativity '%1$s'"), assoc);
        return -1;
    }
    /* libvirt 9.0 prints "(null)" when the policy is missing */
    if ((cache->policy = virNumaCachePolicyTypeFromString(policy)) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("Invalid cache policy '%1$s'"),
                       policy ? policy : "(null)");
        return -1;
    }
    return 0;
}


/* <cache level= associativity= policy=><size/><line/></cache> of cell @cur */
static int
virDomainNumaParseCache(xmlXPathContextPtr ctxt,
                        xmlNodePtr node,
                        virDomainNumaCell *cell,
                        unsigned int cur)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    virNumaCache cache = { 0 };
    unsigned long long size = 0;
    unsigned long long line = 0;
    size_t i;

    if (virDomainNumaParseCacheAttrs(node, cur, &cache) < 0)
        return -1;

    for (i = 0; i < cell->ncaches; i++) {
        if (cell->caches[i].level == cache.level) {
            virReportError(VIR_ERR_XML_ERROR, _("Cache level '%1$u' already defined"), cache.level);
            return -1;
        }
    }

    /* libvirt 9.0 never finds the unit of these two (it looks for an
     * element instead of the attribute): size is KiB, line bytes */
    ctxt->node = node;
    if (virParseScaledValue("./size/@value", "./size/unit", ctxt, &size, 1024, LLONG_MAX, true) <
            0 ||
        virParseScaledValue("./line/@value", "./line/unit", ctxt, &line, 1, ULLONG_MAX, true) < 0)
        return -1;
    cache.size = size / 1024;
    cache.line = (unsigned int)line;

    cell->caches = g_renew(virNumaCache, cell->caches, cell->ncaches + 1);
    cell->caches[cell->ncaches++] = cache;
    return 0;
}


/* id and cpus of a <cell>; checks against the cells parsed before */
static int
virDomainNumaParseCellId(
    xmlNodePtr node, virDomainNuma *numa, const bool *seen, size_t pos, unsigned int *cur)
{
    int rc;

    if ((rc = virXMLPropUInt(node, "id", 10, VIR_XML_PROP_NONE, cur)) < 0)
        return -1;
    if (rc == 0)
        *cur = pos;
    if (*cur >= numa->ncells) {
        virReportError(
            VIR_ERR_XML_ERROR, "%s",
            _("Exactly one 'cell' element per guest NUMA cell allowed, non-contiguous ranges or ranges not starting from 0 are not allowed"));
        return -1;
    }
    if (seen[*cur]) {
        virReportError(VIR_ERR_XML_ERROR, _("Duplicate NUMA cell info for cell id '%1$u'"), *cur);
        return -1;
    }
    return 0;
}


static int
virDomainNumaParseCellCpus(xmlNodePtr node, virDomainNuma *numa, const bool *seen, unsigned int cur)
{
    g_autofree char *cpus = virXMLPropString(node, "cpus");
    virDomainNumaCell *cell = &numa->cells[cur];
    size_t j;

    if (!cpus)
        return 0;
    if (virBitmapParse(cpus, &cell->cpumask, VIR_DOMAIN_CPUMASK_LEN) < 0)
        return -1;
    if (virBitmapIsAllClear(cell->cpumask)) {
        g_clear_pointer(&cell->cpumask, virBitmapFree);
        return 0;
    }

    for (j = 0; j < numa->ncells; j++) {
        if (seen[j] && numa->cells[j].cpumask &&
            virBitmapOverlaps(numa->cells[j].cpumask, cell->cpumask)) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("NUMA cells %1$u and %2$zu have overlapping vCPU ids"), cur, j);
            return -1;
        }
    }
    return 0;
}


static int
virDomainNumaParseCell(
    xmlXPathContextPtr ctxt, xmlNodePtr node, virDomainNuma *numa, bool *seen, size_t pos)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autofree xmlNodePtr *caches = NULL;
    virDomainNumaCell *cell;
    xmlNodePtr distances;
    unsigned int cur;
    unsigned int access;
    size_t ncaches;
    size_t i;

    if (virDomainNumaParseCellId(node, numa, seen, pos, &cur) < 0)
        return -1;
    cell = &numa->cells[cur];

    if (virDomainNumaParseCellCpus(node, numa, seen, cur) < 0)
        return -1;
    seen[cur] = true;

    ctxt->node = node;
    if (virDomainTuneParseMemory("./@memory", "./@unit", ctxt, &cell->mem, true) < 0)
        return -1;

    if (virXMLPropEnum(node, "memAccess", virDomainMemoryBackingAccessTypeFromString,
                       VIR_XML_PROP_NONZERO, &access) < 0 ||
        virXMLPropTristateBool(node, "discard", VIR_XML_PROP_NONE, &cell->discard) < 0)
        return -1;
    cell->memAccess = access;

    if ((distances = virXMLNodeGetSubelement(node, "distances")) &&
        virDomainNumaParseDistances(distances, numa, cur) < 0)
        return -1;

    ncaches = virXMLNodeGetSubelementList(node, "cache", &caches);
    for (i = 0; i < ncaches; i++) {
        if (virDomainNumaParseCache(ctxt, caches[i], cell, cur) < 0)
            return -1;
    }
    return 0;
}


static int
virDomainNumaParseInterconnect(xmlXPathContextPtr ctxt, xmlNodePtr node, virDomainNuma *numa)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    virNumaInterconnect l = { 0 };
    unsigned int access;
    size_t i;

    l.type = virXMLNodeNameEqual(node, "latency") ? VIR_NUMA_INTERCONNECT_TYPE_LATENCY
                                                  : VIR_NUMA_INTERCONNECT_TYPE_BANDWIDTH;
    if (virXMLPropUInt(node, "initiator", 10, VIR_XML_PROP_REQUIRED, &l.initiator) < 0 ||
        virXMLPropUInt(node, "target", 10, VIR_XML_PROP_REQUIRED, &l.target) < 0 ||
        virXMLPropUInt(node, "cache", 10, VIR_XML_PROP_NONE, &l.cache) < 0 ||
        virXMLPropEnum(node, "type", virMemoryLatencyTypeFromString, VIR_XML_PROP_REQUIRED,
                       &access) < 0)
        return -1;
    l.accessType = access;

    if (l.type == VIR_NUMA_INTERCONNECT_TYPE_LATENCY) {
        if (virXMLPropULongLong(node, "value", 10, VIR_XML_PROP_REQUIRED, &l.value) < 0)
            return -1;
    } else {
        unsigned long long bytes = 0;

        ctxt->node = node;
        if (virParseScaledValue("./@value", "./@unit", ctxt, &bytes, 1024, ULLONG_MAX, true) < 0)
            return -1;
        l.value = bytes / 1024 + (bytes % 1024 ? 1 : 0);
    }

    for (i = 0; i < numa->ninterconnects; i++) {
        const virNumaInterconnect *o = &numa->interconnects[i];

        if (o->type == l.type && o->initiator == l.initiator && o->target == l.target &&
            o->cache == l.cache && o->accessType == l.accessType) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("Duplicate info for NUMA latencies"));
            return -1;
        }
    }

    numa->interconnects =
        g_renew(virNumaInterconnect, numa->interconnects, numa->ninterconnects + 1);
    numa->interconnects[numa->ninterconnects++] = l;
    return 0;
}


static int
virDomainNumaParseCells(xmlXPathContextPtr ctxt, virDomainNuma *numa)
{
    g_autofree xmlNodePtr *cells = NULL;
    g_autofree xmlNodePtr *links = NULL;
    g_autofree bool *seen = NULL;
    int n;
    size_t i;

    if (!virXPathNode("./cpu/numa[1]", ctxt))
        return 0;

    if ((n = virXPathNodeSet("./cpu/numa[1]/cell", ctxt, &cells)) < 0)
        return -1;
    if (n == 0) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("NUMA topology defined without NUMA cells"));
        return -1;
    }

    numa->cells = g_new0(virDomainNumaCell, n);
    numa->ncells = n;
    seen = g_new0(bool, n);
    for (i = 0; i < (size_t)n; i++) {
        if (virDomainNumaParseCell(ctxt, cells[i], numa, seen, i) < 0)
            return -1;
    }

    if ((n = virXPathNodeSet("./cpu/numa[1]/interconnects[1]/*", ctxt, &links)) < 0)
        return -1;
    for (i = 0; i < (size_t)n; i++) {
        if (!virXMLNodeNameEqual(links[i], "latency") &&
            !virXMLNodeNameEqual(links[i], "bandwidth"))
            continue;
        if (virDomainNumaParseInterconnect(ctxt, links[i], numa) < 0)
            return -1;
    }
    return 0;
}


/* the cells' vCPUs against <vcpu> */
static int
virDomainNumaCheckVcpus(const virDomainDef *def)
{
    const virDomainNuma *numa = &def->numa;
    size_t count = 0;
    ssize_t maxid = -1;
    size_t i;

    for (i = 0; i < numa->ncells; i++) {
        if (!numa->cells[i].cpumask)
            continue;
        count += virBitmapCountBits(numa->cells[i].cpumask);
        maxid = MAX(maxid, virBitmapLastSetBit(numa->cells[i].cpumask));
    }

    if (count > def->maxvcpus) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                       _("Number of CPUs in <numa> exceeds the <vcpu> count"));
        return -1;
    }
    if (maxid >= 0 && (size_t)maxid >= def->maxvcpus) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                       _("CPU IDs in <numa> exceed the <vcpu> count"));
        return -1;
    }
    return 0;
}


static bool
virDomainNumaCellHasCache(const virDomainNumaCell *cell, unsigned int level)
{
    size_t i;

    for (i = 0; i < cell->ncaches; i++) {
        if (cell->caches[i].level == level)
            return true;
    }
    return false;
}


/* libvirt's validation of <interconnects> (after parsing) */
static int
virDomainNumaValidateInterconnects(const virDomainNuma *numa)
{
    size_t i;
    size_t j;

    for (i = 0; i < numa->ninterconnects; i++) {
        const virNumaInterconnect *l = &numa->interconnects[i];

        if (l->initiator >= numa->ncells) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("'initiator' refers to a non-existent NUMA node"));
            return -1;
        }
        if (l->target >= numa->ncells) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("'target' refers to a non-existent NUMA node"));
            return -1;
        }
        if (!numa->cells[l->initiator].cpumask) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("NUMA nodes without CPUs can't be initiator"));
            return -1;
        }
        if (l->cache > 0 && !virDomainNumaCellHasCache(&numa->cells[l->target], l->cache)) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("'cache' refers to a non-existent NUMA node cache"));
            return -1;
        }
        for (j = 0; j < i; j++) {
            const virNumaInterconnect *o = &numa->interconnects[j];

            if (l->initiator != l->target && o->initiator == l->target &&
                o->target == l->initiator) {
                virReportError(VIR_ERR_XML_ERROR, "%s", _("Link already defined"));
                return -1;
            }
        }
    }
    return 0;
}


/* <numatune><memory mode= placement= nodeset=/> */
static int
virDomainNumatuneParseMemory(xmlNodePtr node, virDomainDef *def)
{
    virDomainNuma *numa = &def->numa;
    g_autofree char *mode = virXMLPropString(node, "mode");
    g_autofree char *placement = virXMLPropString(node, "placement");
    g_autofree char *nodeset = virXMLPropString(node, "nodeset");

    if (mode && (numa->memoryMode = virDomainNumatuneMemModeTypeFromString(mode)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("Unsupported NUMA memory tuning mode '%1$s'"),
                       mode);
        return -1;
    }
    if (placement &&
        (numa->memoryPlacement = virDomainNumatunePlacementTypeFromString(placement)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Unsupported NUMA memory placement mode '%1$s'"), placement);
        return -1;
    }
    if (nodeset) {
        if (virBitmapParse(nodeset, &numa->memoryNodeset, VIR_DOMAIN_CPUMASK_LEN) < 0)
            return -1;
        if (virBitmapIsAllClear(numa->memoryNodeset)) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("Invalid value of 'nodeset': %1$s"),
                           nodeset);
            return -1;
        }
    }

    if (numa->memoryPlacement == VIR_DOMAIN_NUMATUNE_PLACEMENT_DEFAULT) {
        if (!numa->memoryNodeset && def->placement_mode == 2)
            numa->memoryPlacement = VIR_DOMAIN_NUMATUNE_PLACEMENT_AUTO;
        else
            numa->memoryPlacement = VIR_DOMAIN_NUMATUNE_PLACEMENT_STATIC;
    }
    if (numa->memoryPlacement == VIR_DOMAIN_NUMATUNE_PLACEMENT_STATIC && !numa->memoryNodeset) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("nodeset for NUMA memory tuning must be set if 'placement' is 'static'"));
        return -1;
    }
    if (numa->memoryPlacement == VIR_DOMAIN_NUMATUNE_PLACEMENT_AUTO)
        g_clear_pointer(&numa->memoryNodeset, virBitmapFree);

    numa->memorySpecified = true;
    return 0;
}


static int
virDomainNumatuneParseMemnode(xmlNodePtr node, virDomainNuma *numa)
{
    g_autofree char *nodeset = NULL;
    virDomainNumatuneMemNode *mn;
    unsigned int cellid;
    unsigned int mode;

    if (virXMLPropUInt(node, "cellid", 10, VIR_XML_PROP_REQUIRED, &cellid) < 0)
        return -1;
    if (cellid >= numa->ncells) {
        virReportError(
            VIR_ERR_XML_ERROR, "%s",
            _("Argument 'cellid' in memnode element must correspond to existing guest's NUMA cell"));
        return -1;
    }
    mn = &numa->memnodes[cellid];
    if (mn->nodeset) {
        virReportError(VIR_ERR_XML_ERROR, _("Multiple memnode elements with cellid %1$u"), cellid);
        return -1;
    }
    if (virXMLPropEnum(node, "mode", virDomainNumatuneMemModeTypeFromString, VIR_XML_PROP_NONE,
                       &mode) < 0)
        return -1;
    if (!(nodeset = virXMLPropString(node, "nodeset"))) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("Missing required nodeset attribute in memnode element"));
        return -1;
    }
    if (virBitmapParse(nodeset, &mn->nodeset, VIR_DOMAIN_CPUMASK_LEN) < 0)
        return -1;
    if (virBitmapIsAllClear(mn->nodeset)) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("Invalid value of 'nodeset': %1$s"), nodeset);
        return -1;
    }
    mn->cellid = cellid;
    mn->mode = mode;
    return 0;
}


static int
virDomainNumatuneParse(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    virDomainNuma *numa = &def->numa;
    g_autofree xmlNodePtr *memnodes = NULL;
    xmlNodePtr memory = virXPathNode("./numatune[1]/memory[1]", ctxt);
    int n;
    size_t i;

    if (memory) {
        if (virDomainNumatuneParseMemory(memory, def) < 0)
            return -1;
    } else if (def->placement_mode == 2) {
        /* <vcpu placement='auto'> implies automatic memory placement */
        numa->memorySpecified = true;
        numa->memoryPlacement = VIR_DOMAIN_NUMATUNE_PLACEMENT_AUTO;
    }

    if ((n = virXPathNodeSet("./numatune[1]/memnode", ctxt, &memnodes)) < 0)
        return -1;
    if (n > 0) {
        if (numa->ncells == 0) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("Element 'memnode' is invalid without any guest NUMA cells"));
            return -1;
        }
        numa->memnodes = g_new0(virDomainNumatuneMemNode, numa->ncells);
        numa->nmemnodes = numa->ncells;
        for (i = 0; i < (size_t)n; i++) {
            if (virDomainNumatuneParseMemnode(memnodes[i], numa) < 0)
                return -1;
        }
        if (numa->memorySpecified && numa->memoryPlacement == VIR_DOMAIN_NUMATUNE_PLACEMENT_AUTO) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("Per-node binding is not compatible with automatic NUMA placement."));
            return -1;
        }
    }

    if (numa->memorySpecified && numa->memoryPlacement == VIR_DOMAIN_NUMATUNE_PLACEMENT_AUTO &&
        !def->cpumask)
        def->placement_mode = 2;
    return 0;
}


int
virDomainNumatuneParseXML(xmlXPathContextPtr ctxt,
                          virDomainDef *def,
                          unsigned int flags G_GNUC_UNUSED)
{
    virDomainNuma *numa = &def->numa;

    if (virDomainNumaParseCells(ctxt, numa) < 0 || virDomainNumaCheckVcpus(def) < 0)
        return -1;

    if (numa->ncells > 0) {
        if (!def->cpu) {
            def->cpu = g_new0(virCPUDef, 1);
            def->cpu->type = VIR_CPU_TYPE_GUEST;
            def->cpu->match = VIR_CPU_MATCH_EXACT;
        }
        def->cpu->numa = numa;
    }

    if (virDomainNumatuneParse(ctxt, def) < 0 || virDomainHugepagesValidate(def) < 0)
        return -1;

    if (def->cpu && def->cpu->type == VIR_CPU_TYPE_GUEST && def->cpu->mode == VIR_CPU_MODE_CUSTOM &&
        def->cpu->check && !def->cpu->model) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("check attribute specified for CPU with no model"));
        return -1;
    }

    return virDomainNumaValidateInterconnects(numa);
}


void
virDomainNumatuneFormat(virBuffer *buf, const virDomainDef *def, unsigned int flags G_GNUC_UNUSED)
{
    const virDomainNuma *numa = &def->numa;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    size_t i;

    if (numa->memorySpecified) {
        virBufferAsprintf(&childBuf, "<memory mode='%s'",
                          virDomainNumatuneMemModeTypeToString(numa->memoryMode));
        if (numa->memoryPlacement == VIR_DOMAIN_NUMATUNE_PLACEMENT_AUTO) {
            virBufferAddLit(&childBuf, " placement='auto'");
        } else if (numa->memoryNodeset) {
            g_autofree char *nodeset = virBitmapFormat(numa->memoryNodeset);

            virBufferAsprintf(&childBuf, " nodeset='%s'", nodeset);
        }
        virBufferAddLit(&childBuf, "/>\n");
    }

    for (i = 0; i < numa->nmemnodes; i++) {
        const virDomainNumatuneMemNode *mn = &numa->memnodes[i];
        g_autofree char *nodeset = NULL;

        if (!mn->nodeset)
            continue;
        nodeset = virBitmapFormat(mn->nodeset);
        virBufferAsprintf(&childBuf, "<memnode cellid='%zu' mode='%s' nodeset='%s'/>\n", i,
                          virDomainNumatuneMemModeTypeToString(mn->mode), nodeset);
    }

    virXMLFormatElement(buf, "numatune", NULL, &childBuf);
}


static void
virDomainNumaCellFormatChildren(virBuffer *buf, const virDomainNumaCell *cell)
{
    size_t i;

    if (cell->distances) {
        virBufferAddLit(buf, "<distances>\n");
        virBufferAdjustIndent(buf, 2);
        for (i = 0; i < cell->ndistances; i++) {
            if (cell->distances[i])
                virBufferAsprintf(buf, "<sibling id='%zu' value='%u'/>\n", i, cell->distances[i]);
        }
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</distances>\n");
    }

    for (i = 0; i < cell->ncaches; i++) {
        const virNumaCache *c = &cell->caches[i];

        virBufferAsprintf(buf, "<cache level='%u'", c->level);
        if (c->associativity)
            virBufferAsprintf(buf, " associativity='%s'",
                              virNumaCacheAssociativityTypeToString(c->associativity));
        if (c->policy)
            virBufferAsprintf(buf, " policy='%s'", virNumaCachePolicyTypeToString(c->policy));
        virBufferAddLit(buf, ">\n");
        virBufferAdjustIndent(buf, 2);
        virBufferAsprintf(buf, "<size value='%llu' unit='KiB'/>\n", c->size);
        if (c->line)
            virBufferAsprintf(buf, "<line value='%u' unit='B'/>\n", c->line);
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</cache>\n");
    }
}


static void
virDomainNumaInterconnectsFormat(virBuffer *buf, const virDomainNuma *numa)
{
    size_t i;

    if (!numa->ninterconnects)
        return;

    virBufferAddLit(buf, "<interconnects>\n");
    virBufferAdjustIndent(buf, 2);
    for (i = 0; i < numa->ninterconnects; i++) {
        const virNumaInterconnect *l = &numa->interconnects[i];
        bool latency = l->type == VIR_NUMA_INTERCONNECT_TYPE_LATENCY;

        virBufferAsprintf(buf, "<%s initiator='%u' target='%u'", latency ? "latency" : "bandwidth",
                          l->initiator, l->target);
        if (l->cache)
            virBufferAsprintf(buf, " cache='%u'", l->cache);
        virBufferAsprintf(buf, " type='%s' value='%llu'",
                          virMemoryLatencyTypeToString(l->accessType), l->value);
        virBufferAddStr(buf, latency ? "/>\n" : " unit='KiB'/>\n");
    }
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</interconnects>\n");
}


void
virDomainNumaCellsFormat(virBuffer *buf, const virDomainNuma *numa)
{
    size_t i;

    if (!numa || !numa->ncells)
        return;

    virBufferAddLit(buf, "<numa>\n");
    virBufferAdjustIndent(buf, 2);
    for (i = 0; i < numa->ncells; i++) {
        const virDomainNumaCell *cell = &numa->cells[i];
        g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
        g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

        virBufferAsprintf(&attrBuf, " id='%zu'", i);
        if (cell->cpumask) {
            g_autofree char *cpus = virBitmapFormat(cell->cpumask);

            virBufferAsprintf(&attrBuf, " cpus='%s'", cpus);
        }
        virBufferAsprintf(&attrBuf, " memory='%llu' unit='KiB'", cell->mem);
        if (cell->memAccess)
            virBufferAsprintf(&attrBuf, " memAccess='%s'",
                              virDomainMemoryBackingAccessTypeToString(cell->memAccess));
        if (cell->discard)
            virBufferAsprintf(&attrBuf, " discard='%s'",
                              virTristateBoolTypeToString(cell->discard));

        virDomainNumaCellFormatChildren(&childBuf, cell);
        virXMLFormatElement(buf, "cell", &attrBuf, &childBuf);
    }
    virDomainNumaInterconnectsFormat(buf, numa);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</numa>\n");
}


void
virDomainNumaClear(virDomainNuma *numa)
{
    size_t i;

    if (!numa)
        return;
    virBitmapFree(numa->memoryNodeset);
    for (i = 0; i < numa->nmemnodes; i++)
        virBitmapFree(numa->memnodes[i].nodeset);
    g_free(numa->memnodes);
    for (i = 0; i < numa->ncells; i++) {
        virBitmapFree(numa->cells[i].cpumask);
        g_free(numa->cells[i].distances);
        g_free(numa->cells[i].caches);
    }
    g_free(numa->cells);
    g_free(numa->interconnects);
    memset(numa, 0, sizeof(*numa));
}
