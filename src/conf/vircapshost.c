/*
 * vircapshost.c: the <host> part of the capabilities XML model and its
 * formatter
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include <glib.h>

#include "internal.h"
#include "virbitmap.h"
#include "virbuffer.h"
#include "vircapshost.h"
#include "virenum.h"
#include "virerror.h"
#include "viruuid.h"

#define VIR_FROM_THIS VIR_FROM_CAPABILITIES

VIR_ENUM_IMPL(virCapsHostPMTarget,
              VIR_CAPS_HOST_PM_TARGET_LAST,
              "suspend_mem",
              "suspend_disk",
              "suspend_hybrid");

VIR_ENUM_IMPL(virCapsCacheType, VIR_CAPS_CACHE_TYPE_LAST, "both", "code", "data");

VIR_ENUM_IMPL(virCapsHostCPUMaxPhysAddrMode,
              VIR_CAPS_HOST_CPU_MAX_PHYS_ADDR_LAST,
              "",
              "emulate",
              "passthrough");

/* Appends a copy of @str to a string array. */
static void
virCapsStrvAppend(char ***list, size_t *n, const char *str)
{
    *list = g_renew(char *, *list, *n + 1);
    (*list)[(*n)++] = g_strdup(str);
}


static void
virCapsStrvFree(char **list, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        g_free(list[i]);
    g_free(list);
}


void
virCapsHostMonitorFree(virCapsHostMonitor *monitor)
{
    if (!monitor)
        return;
    virCapsStrvFree(monitor->features, monitor->nfeatures);
    g_free(monitor);
}


void
virCapsHostCacheBankFree(virCapsHostCacheBank *bank)
{
    if (!bank)
        return;
    virBitmapFree(bank->cpus);
    g_free(bank->controls);
    g_free(bank);
}


void
virCapsHostMemBWNodeFree(virCapsHostMemBWNode *node)
{
    if (!node)
        return;
    virBitmapFree(node->cpus);
    g_free(node);
}


virCapsHostCPU *
virCapsHostCPUNew(void)
{
    return g_new0(virCapsHostCPU, 1);
}


void
virCapsHostCPUAddFeature(virCapsHostCPU *cpu, const char *name)
{
    virCapsStrvAppend(&cpu->features, &cpu->nfeatures, name);
}


void
virCapsHostCPUFree(virCapsHostCPU *cpu)
{
    if (!cpu)
        return;
    g_free(cpu->model);
    g_free(cpu->vendor);
    g_free(cpu->counterName);
    virCapsStrvFree(cpu->features, cpu->nfeatures);
    g_free(cpu);
}


virCapsHostNUMA *
virCapsHostNUMANew(void)
{
    return g_new0(virCapsHostNUMA, 1);
}


static void
virCapsHostNUMACellFree(virCapsHostNUMACell *cell)
{
    size_t i;

    if (!cell)
        return;
    for (i = 0; i < cell->ncpus; i++)
        virBitmapFree(cell->cpus[i].siblings);
    g_free(cell->cpus);
    g_free(cell->distances);
    g_free(cell->pageinfo);
    g_free(cell);
}


void
virCapsHostNUMAFree(virCapsHostNUMA *numa)
{
    size_t i;

    if (!numa)
        return;
    for (i = 0; i < numa->ncells; i++)
        virCapsHostNUMACellFree(numa->cells[i]);
    g_free(numa->cells);
    g_free(numa);
}


void
virCapsHostNUMAAddCell(virCapsHostNUMA *numa,
                       int num,
                       unsigned long long mem,
                       size_t ncpus,
                       virCapsHostNUMACellCPU **cpus,
                       size_t ndistances,
                       virCapsHostNUMACellDistance **distances,
                       size_t npageinfo,
                       virCapsHostNUMACellPageInfo **pageinfo)
{
    virCapsHostNUMACell *cell = g_new0(virCapsHostNUMACell, 1);

    cell->num = num;
    cell->mem = mem;
    if (cpus && *cpus) {
        cell->cpus = g_steal_pointer(cpus);
        cell->ncpus = ncpus;
    }
    if (distances && *distances) {
        cell->distances = g_steal_pointer(distances);
        cell->ndistances = ndistances;
    }
    if (pageinfo && *pageinfo) {
        cell->pageinfo = g_steal_pointer(pageinfo);
        cell->npageinfo = npageinfo;
    }
    numa->cells = g_renew(virCapsHostNUMACell *, numa->cells, numa->ncells + 1);
    numa->cells[numa->ncells++] = cell;
}


void
virCapsHostClear(virCapsHost *host)
{
    size_t i;
    size_t j;

    g_free(host->arch);
    virCapsStrvFree(host->features, host->nfeatures);
    virCapsHostCPUFree(host->cpu);
    g_free(host->pagesSize);
    virCapsStrvFree(host->migrateTrans, host->nmigrateTrans);
    g_free(host->netprefix);
    virCapsHostNUMAFree(host->numa);
    for (i = 0; i < host->ncacheBanks; i++)
        virCapsHostCacheBankFree(host->cacheBanks[i]);
    g_free(host->cacheBanks);
    virCapsHostMonitorFree(host->cacheMonitor);
    for (i = 0; i < host->nmemBWNodes; i++)
        virCapsHostMemBWNodeFree(host->memBWNodes[i]);
    g_free(host->memBWNodes);
    virCapsHostMonitorFree(host->memBWMonitor);
    for (i = 0; i < host->nsecModels; i++) {
        virCapsHostSecModel *sm = &host->secModels[i];

        for (j = 0; j < sm->nlabels; j++) {
            g_free(sm->labels[j].type);
            g_free(sm->labels[j].label);
        }
        g_free(sm->labels);
        g_free(sm->model);
        g_free(sm->doi);
    }
    g_free(host->secModels);
}


void
virCapsHostSetUUID(virCapsHost *host, const unsigned char *uuid)
{
    memcpy(host->uuid, uuid, VIR_UUID_BUFLEN);
}


int
virCapsHostAddFeature(virCapsHost *host, const char *name)
{
    if (!name || !*name) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("host feature name must not be empty"));
        return -1;
    }
    virCapsStrvAppend(&host->features, &host->nfeatures, name);
    return 0;
}


int
virCapsHostAddMigrateTransport(virCapsHost *host, const char *name)
{
    if (!name || !*name) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("migration transport name must not be empty"));
        return -1;
    }
    virCapsStrvAppend(&host->migrateTrans, &host->nmigrateTrans, name);
    return 0;
}


void
virCapsHostSetNetPrefix(virCapsHost *host, const char *prefix)
{
    g_free(host->netprefix);
    host->netprefix = g_strdup(prefix);
}


void
virCapsHostSetCPU(virCapsHost *host, virCapsHostCPU *cpu)
{
    virCapsHostCPUFree(host->cpu);
    host->cpu = cpu;
}


void
virCapsHostAddPageSize(virCapsHost *host, unsigned int size)
{
    host->pagesSize = g_renew(unsigned int, host->pagesSize, host->nPagesSize + 1);
    host->pagesSize[host->nPagesSize++] = size;
}


void
virCapsHostSetNUMA(virCapsHost *host, virCapsHostNUMA *numa)
{
    virCapsHostNUMAFree(host->numa);
    host->numa = numa;
}


void
virCapsHostAddCacheBank(virCapsHost *host, virCapsHostCacheBank *bank)
{
    host->cacheBanks = g_renew(virCapsHostCacheBank *, host->cacheBanks, host->ncacheBanks + 1);
    host->cacheBanks[host->ncacheBanks++] = bank;
}


void
virCapsHostAddMemBWNode(virCapsHost *host, virCapsHostMemBWNode *node)
{
    host->memBWNodes = g_renew(virCapsHostMemBWNode *, host->memBWNodes, host->nmemBWNodes + 1);
    host->memBWNodes[host->nmemBWNodes++] = node;
}


virCapsHostSecModel *
virCapsHostAddSecModel(virCapsHost *host, const char *model, const char *doi)
{
    virCapsHostSecModel *sm;

    if (!model || !*model) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("security model name must not be empty"));
        return NULL;
    }
    host->secModels = g_renew(virCapsHostSecModel, host->secModels, host->nsecModels + 1);
    sm = &host->secModels[host->nsecModels++];
    memset(sm, 0, sizeof(*sm));
    sm->model = g_strdup(model);
    sm->doi = g_strdup(doi ? doi : "");
    return sm;
}


int
virCapsHostSecModelAddBaseLabel(virCapsHostSecModel *secmodel, const char *type, const char *label)
{
    if (!type || !label) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("base label type and label must not be NULL"));
        return -1;
    }
    secmodel->labels = g_renew(virCapsHostSecModelLabel, secmodel->labels, secmodel->nlabels + 1);
    secmodel->labels[secmodel->nlabels].type = g_strdup(type);
    secmodel->labels[secmodel->nlabels].label = g_strdup(label);
    secmodel->nlabels++;
    return 0;
}


/* Shortens a byte count to the largest unit that divides it. */
static unsigned long long
virCapsFormatIntPretty(unsigned long long val, const char **unit)
{
    static const char *const units[] = { "B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB" };
    size_t i = 0;

    while (val != 0 && val % 1024 == 0 && i + 1 < G_N_ELEMENTS(units)) {
        val /= 1024;
        i++;
    }
    *unit = units[i];
    return val;
}


/* <topology .../> <maxphysaddr/> and friends of the host <cpu>. */
static void
virCapsHostCPUFormat(virBuffer *buf, const virCapsHostCPU *cpu)
{
    size_t i;

    virBufferEscapeString(buf, "<model>%s</model>\n", cpu->model);
    virBufferEscapeString(buf, "<vendor>%s</vendor>\n", cpu->vendor);
    if (cpu->microcode)
        virBufferAsprintf(buf, "<microcode version='%u'/>\n", cpu->microcode);
    if (cpu->hasSignature)
        virBufferAsprintf(buf, "<signature family='%u' model='%u' stepping='%u'/>\n",
                          cpu->sigFamily, cpu->sigModel, cpu->sigStepping);
    if (cpu->counterName) {
        virBufferEscapeString(buf, "<counter name='%s'", cpu->counterName);
        virBufferAsprintf(buf, " frequency='%llu'", cpu->counterFrequency);
        if (cpu->counterScaling != VIR_TRISTATE_BOOL_ABSENT)
            virBufferAsprintf(buf, " scaling='%s'",
                              virTristateBoolTypeToString(cpu->counterScaling));
        virBufferAddLit(buf, "/>\n");
    }
    if (cpu->sockets) {
        virBufferAsprintf(buf, "<topology sockets='%u'", cpu->sockets);
        if (cpu->dies)
            virBufferAsprintf(buf, " dies='%u'", cpu->dies);
        virBufferAsprintf(buf, " cores='%u' threads='%u'/>\n", cpu->cores, cpu->threads);
    }
    if (cpu->maxPhysAddrMode != VIR_CAPS_HOST_CPU_MAX_PHYS_ADDR_NONE) {
        virBufferAsprintf(buf, "<maxphysaddr mode='%s'",
                          virCapsHostCPUMaxPhysAddrModeTypeToString(cpu->maxPhysAddrMode));
        if (cpu->maxPhysAddrBits)
            virBufferAsprintf(buf, " bits='%u'", cpu->maxPhysAddrBits);
        virBufferAddLit(buf, "/>\n");
    }
    for (i = 0; i < cpu->nfeatures; i++)
        virBufferEscapeString(buf, "<feature name='%s'/>\n", cpu->features[i]);
}


/* <cpu> of <host>. */
static void
virCapsFormatHostCPU(virBuffer *buf, const virCapsHost *host)
{
    size_t i;

    virBufferAddLit(buf, "<cpu>\n");
    virBufferAdjustIndent(buf, 2);
    virBufferEscapeString(buf, "<arch>%s</arch>\n", host->arch);
    if (host->nfeatures) {
        virBufferAddLit(buf, "<features>\n");
        virBufferAdjustIndent(buf, 2);
        for (i = 0; i < host->nfeatures; i++)
            virBufferAsprintf(buf, "<%s/>\n", host->features[i]);
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</features>\n");
    }
    if (host->cpu)
        virCapsHostCPUFormat(buf, host->cpu);
    for (i = 0; i < host->nPagesSize; i++)
        virBufferAsprintf(buf, "<pages unit='KiB' size='%u'/>\n", host->pagesSize[i]);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</cpu>\n");
}


/* <power_management>, <iommu>, <migration_features>, <netprefix>. */
static void
virCapsFormatHostFeatures(virBuffer *buf, const virCapsHost *host)
{
    size_t i;

    if (host->powerMgmt) {
        virBufferAddLit(buf, "<power_management>\n");
        virBufferAdjustIndent(buf, 2);
        for (i = 0; i < VIR_CAPS_HOST_PM_TARGET_LAST; i++) {
            if (host->powerMgmt & (1U << i))
                virBufferAsprintf(buf, "<%s/>\n", virCapsHostPMTargetTypeToString(i));
        }
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</power_management>\n");
    } else {
        virBufferAddLit(buf, "<power_management/>\n");
    }

    virBufferAsprintf(buf, "<iommu support='%s'/>\n", host->iommu ? "yes" : "no");

    if (host->offlineMigrate) {
        virBufferAddLit(buf, "<migration_features>\n");
        virBufferAdjustIndent(buf, 2);
        if (host->liveMigrate)
            virBufferAddLit(buf, "<live/>\n");
        if (host->nmigrateTrans) {
            virBufferAddLit(buf, "<uri_transports>\n");
            virBufferAdjustIndent(buf, 2);
            for (i = 0; i < host->nmigrateTrans; i++)
                virBufferEscapeString(buf, "<uri_transport>%s</uri_transport>\n",
                                      host->migrateTrans[i]);
            virBufferAdjustIndent(buf, -2);
            virBufferAddLit(buf, "</uri_transports>\n");
        }
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</migration_features>\n");
    }

    virBufferEscapeString(buf, "<netprefix>%s</netprefix>\n", host->netprefix);
}


/* <cpus num=...> of one cell. */
static int
virCapsFormatCellCPUs(virBuffer *buf, const virCapsHostNUMACell *cell)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    size_t i;

    virBufferAsprintf(&attrBuf, " num='%zu'", cell->ncpus);
    for (i = 0; i < cell->ncpus; i++) {
        const virCapsHostNUMACellCPU *cpu = &cell->cpus[i];

        virBufferAsprintf(&childBuf, "<cpu id='%u'", cpu->id);
        if (cpu->siblings) {
            g_autofree char *siblings = virBitmapFormat(cpu->siblings);

            virBufferAsprintf(&childBuf, " socket_id='%u' die_id='%u' core_id='%u' siblings='%s'",
                              cpu->socket_id, cpu->die_id, cpu->core_id, siblings);
        }
        virBufferAddLit(&childBuf, "/>\n");
    }
    virXMLFormatElement(buf, "cpus", &attrBuf, &childBuf);
    return 0;
}


/* One <cell>. */
static int
virCapsFormatCell(virBuffer *buf, const virCapsHostNUMACell *cell)
{
    g_auto(virBuffer) distBuf = VIR_BUFFER_INITIALIZER;
    size_t i;

    virBufferAsprintf(buf, "<cell id='%d'>\n", cell->num);
    virBufferAdjustIndent(buf, 2);
    if (cell->mem)
        virBufferAsprintf(buf, "<memory unit='KiB'>%llu</memory>\n", cell->mem);
    for (i = 0; i < cell->npageinfo; i++)
        virBufferAsprintf(buf, "<pages unit='KiB' size='%u'>%llu</pages>\n", cell->pageinfo[i].size,
                          cell->pageinfo[i].avail);

    virBufferSetChildIndent(&distBuf, buf);
    for (i = 0; i < cell->ndistances; i++) {
        /* 0 means "no such node" */
        if (cell->distances[i].value == 0)
            continue;
        virBufferAsprintf(&distBuf, "<sibling id='%u' value='%u'/>\n", cell->distances[i].cellid,
                          cell->distances[i].value);
    }
    virXMLFormatElement(buf, "distances", NULL, &distBuf);

    if (virCapsFormatCellCPUs(buf, cell) < 0)
        return -1;
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</cell>\n");
    return 0;
}


/* <topology>. */
static int
virCapsFormatNUMA(virBuffer *buf, const virCapsHostNUMA *numa)
{
    size_t i;

    if (!numa)
        return 0;
    virBufferAddLit(buf, "<topology>\n");
    virBufferAdjustIndent(buf, 2);
    virBufferAsprintf(buf, "<cells num='%zu'>\n", numa->ncells);
    virBufferAdjustIndent(buf, 2);
    for (i = 0; i < numa->ncells; i++) {
        if (virCapsFormatCell(buf, numa->cells[i]) < 0)
            return -1;
    }
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</cells>\n");
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</topology>\n");
    return 0;
}


/* <monitor> of <cache> or <memory_bandwidth>; nothing without features. */
static void
virCapsFormatMonitor(virBuffer *buf, const virCapsHostMonitor *monitor)
{
    size_t i;

    if (!monitor || monitor->nfeatures == 0)
        return;
    virBufferAddLit(buf, "<monitor ");
    if (monitor->hasLevel)
        virBufferAsprintf(buf, "level='%u' reuseThreshold='%u' ", monitor->level,
                          monitor->reuseThreshold);
    virBufferAsprintf(buf, "maxMonitors='%u'>\n", monitor->maxMonitors);
    virBufferAdjustIndent(buf, 2);
    for (i = 0; i < monitor->nfeatures; i++)
        virBufferEscapeString(buf, "<feature name='%s'/>\n", monitor->features[i]);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</monitor>\n");
}


/*
 * <control> of a cache bank. Granularity and minimum share one unit: the
 * smaller of the two units they would get on their own.
 */
static void
virCapsFormatCacheControl(virBuffer *buf, const virCapsHostCacheControl *ctl)
{
    const char *unit;
    const char *minUnit;
    unsigned long long gran = virCapsFormatIntPretty(ctl->granularity, &unit);
    unsigned long long min = virCapsFormatIntPretty(ctl->min, &minUnit);

    if (min) {
        unsigned long long granDiv = ctl->granularity / gran;
        unsigned long long minDiv = ctl->min / min;

        if (minDiv > granDiv) {
            min *= minDiv / granDiv;
        } else if (minDiv < granDiv) {
            unit = minUnit;
            gran *= granDiv / minDiv;
        }
    }

    virBufferAsprintf(buf, "<control granularity='%llu'", gran);
    if (min)
        virBufferAsprintf(buf, " min='%llu'", min);
    virBufferAsprintf(buf, " unit='%s' type='%s' maxAllocs='%u'/>\n", unit,
                      virCapsCacheTypeTypeToString(ctl->scope), ctl->maxAllocs);
}


/* <cache>. */
static void
virCapsFormatCache(virBuffer *buf, const virCapsHost *host)
{
    size_t i;
    size_t j;

    if (!host->ncacheBanks && !host->cacheMonitor)
        return;
    virBufferAddLit(buf, "<cache>\n");
    virBufferAdjustIndent(buf, 2);
    for (i = 0; i < host->ncacheBanks; i++) {
        const virCapsHostCacheBank *bank = host->cacheBanks[i];
        g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
        g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
        g_autofree char *cpus = virBitmapFormat(bank->cpus);
        const char *unit;
        unsigned long long size = virCapsFormatIntPretty(bank->size, &unit);

        virBufferAsprintf(&attrBuf, " id='%u' level='%u' type='%s' size='%llu' unit='%s' cpus='%s'",
                          bank->id, bank->level, virCapsCacheTypeTypeToString(bank->type), size,
                          unit, cpus);
        for (j = 0; j < bank->ncontrols; j++)
            virCapsFormatCacheControl(&childBuf, &bank->controls[j]);
        virXMLFormatElement(buf, "bank", &attrBuf, &childBuf);
    }
    virCapsFormatMonitor(buf, host->cacheMonitor);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</cache>\n");
}


/* <memory_bandwidth>. */
static void
virCapsFormatMemBW(virBuffer *buf, const virCapsHost *host)
{
    size_t i;

    if (!host->nmemBWNodes && !host->memBWMonitor)
        return;
    virBufferAddLit(buf, "<memory_bandwidth>\n");
    virBufferAdjustIndent(buf, 2);
    for (i = 0; i < host->nmemBWNodes; i++) {
        const virCapsHostMemBWNode *node = host->memBWNodes[i];
        g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
        g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
        g_autofree char *cpus = virBitmapFormat(node->cpus);

        virBufferAsprintf(&attrBuf, " id='%u' cpus='%s'", node->id, cpus);
        virBufferAsprintf(&childBuf, "<control granularity='%u' min='%u' maxAllocs='%u'/>\n",
                          node->granularity, node->min, node->maxAllocs);
        virXMLFormatElement(buf, "node", &attrBuf, &childBuf);
    }
    virCapsFormatMonitor(buf, host->memBWMonitor);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</memory_bandwidth>\n");
}


/* <secmodel> elements; <doi></doi> even when empty, as libvirt writes it. */
static void
virCapsFormatSecModels(virBuffer *buf, const virCapsHost *host)
{
    size_t i;
    size_t j;

    for (i = 0; i < host->nsecModels; i++) {
        const virCapsHostSecModel *sm = &host->secModels[i];

        virBufferAddLit(buf, "<secmodel>\n");
        virBufferAdjustIndent(buf, 2);
        virBufferEscapeString(buf, "<model>%s</model>\n", sm->model);
        virBufferEscapeString(buf, "<doi>%s</doi>\n", sm->doi ? sm->doi : "");
        for (j = 0; j < sm->nlabels; j++) {
            virBufferEscapeString(buf, "<baselabel type='%s'", sm->labels[j].type);
            virBufferEscapeString(buf, ">%s</baselabel>\n", sm->labels[j].label);
        }
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</secmodel>\n");
    }
}


/* <host>; left out entirely when there is nothing to say about the host. */
int
virCapsHostFormat(virBuffer *buf, const virCapsHost *host)
{
    char uuidstr[VIR_UUID_STRING_BUFLEN];
    bool hasUUID = virUUIDIsValid(host->uuid);

    if (!hasUUID && !host->arch && !host->powerMgmt && !host->iommu)
        return 0;

    virBufferAddLit(buf, "<host>\n");
    virBufferAdjustIndent(buf, 2);
    if (hasUUID)
        virBufferAsprintf(buf, "<uuid>%s</uuid>\n", virUUIDFormat(host->uuid, uuidstr));
    virCapsFormatHostCPU(buf, host);
    virCapsFormatHostFeatures(buf, host);
    if (virCapsFormatNUMA(buf, host->numa) < 0)
        return -1;
    virCapsFormatCache(buf, host);
    virCapsFormatMemBW(buf, host);
    virCapsFormatSecModels(buf, host);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</host>\n\n");
    return 0;
}
