/*
 * virdomaintune.c: <blkiotune>, <memtune>, <memoryBacking>
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

VIR_ENUM_IMPL(
    virDomainMemorySource, VIR_DOMAIN_MEMORY_SOURCE_LAST, "none", "file", "anonymous", "memfd");

VIR_ENUM_IMPL(virDomainMemoryBackingAccess,
              VIR_DOMAIN_MEMORY_BACKING_ACCESS_LAST,
              "default",
              "shared",
              "private");

VIR_ENUM_IMPL(
    virDomainMemoryAllocation, VIR_DOMAIN_MEMORY_ALLOCATION_LAST, "none", "immediate", "ondemand");


int
virDomainTuneParseMemory(const char *xpath,
                         const char *units_xpath,
                         xmlXPathContextPtr ctxt,
                         unsigned long long *kib,
                         bool required)
{
    unsigned long long bytes = 0;
    int rc;

    if ((rc = virParseScaledValue(xpath, units_xpath, ctxt, &bytes, 1024, LLONG_MAX, required)) <=
        0)
        return rc;

    *kib = bytes / 1024 + (bytes % 1024 ? 1 : 0);
    if (*kib > VIR_DOMAIN_MEMORY_PARAM_UNLIMITED) {
        virReportError(VIR_ERR_OVERFLOW, "%s", _("size value too large"));
        return -1;
    }
    return 1;
}


/* hard/soft/swap limits: absent means unlimited */
static int
virDomainTuneParseMemoryLimit(const char *xpath, xmlXPathContextPtr ctxt, unsigned long long *kib)
{
    unsigned long long bytes = 0;
    int rc;

    *kib = VIR_DOMAIN_MEMORY_PARAM_UNLIMITED;
    if ((rc = virParseScaledValue(xpath, NULL, ctxt, &bytes, 1024,
                                  VIR_DOMAIN_MEMORY_PARAM_UNLIMITED << 10, false)) <= 0)
        return rc;
    *kib = MIN(bytes / 1024 + (bytes % 1024 ? 1 : 0),
               (unsigned long long)VIR_DOMAIN_MEMORY_PARAM_UNLIMITED);
    return 1;
}


/* One number of a blkiotune <device>; absent or empty leaves *@val */
static int
virDomainBlkioDeviceParseNum(xmlXPathContextPtr ctxt,
                             const char *xpath,
                             const char *what,
                             bool wide,
                             unsigned int *val,
                             unsigned long long *wval)
{
    g_autofree char *str = virXPathString(xpath, ctxt);
    int rc;

    if (!str)
        return 0;
    rc = wide ? virStrToLong_ull(str, NULL, 10, wval) : virStrToLong_ui(str, NULL, 10, val);
    if (rc < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("could not parse %1$s %2$s"), what, str);
        return -1;
    }
    return 0;
}


static int
virDomainBlkioDeviceParseXML(xmlXPathContextPtr ctxt, xmlNodePtr node, virBlkioDevice *dev)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)

    ctxt->node = node;
    if (!(dev->path = virXPathString("string(./path)", ctxt))) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s", _("missing per-device path"));
        return -1;
    }

    if (virDomainBlkioDeviceParseNum(ctxt, "string(./weight)", "weight", false, &dev->weight,
                                     NULL) < 0 ||
        virDomainBlkioDeviceParseNum(ctxt, "string(./read_iops_sec)", "read iops sec", false,
                                     &dev->riops, NULL) < 0 ||
        virDomainBlkioDeviceParseNum(ctxt, "string(./write_iops_sec)", "write iops sec", false,
                                     &dev->wiops, NULL) < 0 ||
        virDomainBlkioDeviceParseNum(ctxt, "string(./read_bytes_sec)", "read bytes sec", true, NULL,
                                     &dev->rbps) < 0 ||
        virDomainBlkioDeviceParseNum(ctxt, "string(./write_bytes_sec)", "write bytes sec", true,
                                     NULL, &dev->wbps) < 0)
        return -1;
    return 0;
}


int
virDomainBlkiotuneParseXML(xmlXPathContextPtr ctxt,
                           virDomainDef *def,
                           unsigned int flags G_GNUC_UNUSED)
{
    virDomainBlkiotune *blkio = &def->blkio;
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;
    size_t j;

    /* an unparsable weight is ignored, as libvirt does */
    if (virXPathUInt("string(./blkiotune/weight)", ctxt, &blkio->weight) < 0)
        blkio->weight = 0;

    if ((n = virXPathNodeSet("./blkiotune/device", ctxt, &nodes)) <= 0)
        return n;

    blkio->devices = g_new0(virBlkioDevice, n);
    for (i = 0; i < (size_t)n; i++) {
        virBlkioDevice *dev = &blkio->devices[blkio->ndevices++];

        if (virDomainBlkioDeviceParseXML(ctxt, nodes[i], dev) < 0)
            return -1;
        for (j = 0; j < i; j++) {
            if (g_str_equal(blkio->devices[j].path, dev->path)) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("duplicate blkio device path '%1$s'"),
                               dev->path);
                return -1;
            }
        }
    }
    return 0;
}


static bool
virBlkioDeviceIsSet(const virBlkioDevice *dev)
{
    return dev->weight || dev->riops || dev->wiops || dev->rbps || dev->wbps;
}


void
virDomainBlkiotuneFormat(virBuffer *buf, const virDomainDef *def, unsigned int flags G_GNUC_UNUSED)
{
    const virDomainBlkiotune *blkio = &def->blkio;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    size_t i;

    if (blkio->weight)
        virBufferAsprintf(&childBuf, "<weight>%u</weight>\n", blkio->weight);

    for (i = 0; i < blkio->ndevices; i++) {
        const virBlkioDevice *dev = &blkio->devices[i];

        if (!virBlkioDeviceIsSet(dev))
            continue;
        virBufferAddLit(&childBuf, "<device>\n");
        virBufferAdjustIndent(&childBuf, 2);
        virBufferEscapeString(&childBuf, "<path>%s</path>\n", dev->path);
        if (dev->weight)
            virBufferAsprintf(&childBuf, "<weight>%u</weight>\n", dev->weight);
        if (dev->riops)
            virBufferAsprintf(&childBuf, "<read_iops_sec>%u</read_iops_sec>\n", dev->riops);
        if (dev->wiops)
            virBufferAsprintf(&childBuf, "<write_iops_sec>%u</write_iops_sec>\n", dev->wiops);
        if (dev->rbps)
            virBufferAsprintf(&childBuf, "<read_bytes_sec>%llu</read_bytes_sec>\n", dev->rbps);
        if (dev->wbps)
            virBufferAsprintf(&childBuf, "<write_bytes_sec>%llu</write_bytes_sec>\n", dev->wbps);
        virBufferAdjustIndent(&childBuf, -2);
        virBufferAddLit(&childBuf, "</device>\n");
    }

    virXMLFormatElement(buf, "blkiotune", NULL, &childBuf);
}


void
virDomainBlkiotuneClear(virDomainBlkiotune *blkio)
{
    size_t i;

    if (!blkio)
        return;
    for (i = 0; i < blkio->ndevices; i++)
        g_free(blkio->devices[i].path);
    g_free(blkio->devices);
    memset(blkio, 0, sizeof(*blkio));
}


void
virDomainMemtuneInit(virDomainMemtune *mem)
{
    mem->hard_limit = VIR_DOMAIN_MEMORY_PARAM_UNLIMITED;
    mem->soft_limit = VIR_DOMAIN_MEMORY_PARAM_UNLIMITED;
    mem->swap_hard_limit = VIR_DOMAIN_MEMORY_PARAM_UNLIMITED;
}


int
virDomainMemtuneParseXML(xmlXPathContextPtr ctxt,
                         virDomainDef *def,
                         unsigned int flags G_GNUC_UNUSED)
{
    virDomainMemtune *mem = &def->mem;

    if (virDomainTuneParseMemoryLimit("./memtune/hard_limit[1]", ctxt, &mem->hard_limit) < 0 ||
        virDomainTuneParseMemoryLimit("./memtune/soft_limit[1]", ctxt, &mem->soft_limit) < 0 ||
        virDomainTuneParseMemory("./memtune/min_guarantee[1]", NULL, ctxt, &mem->min_guarantee,
                                 false) < 0 ||
        virDomainTuneParseMemoryLimit("./memtune/swap_hard_limit[1]", ctxt, &mem->swap_hard_limit) <
            0)
        return -1;
    return 0;
}


/* a limit is printed unless it is "unlimited" (which is also "absent") */
static void
virDomainMemtuneFormatLimit(virBuffer *buf, const char *name, unsigned long long val)
{
    if (val >= (unsigned long long)VIR_DOMAIN_MEMORY_PARAM_UNLIMITED)
        return;
    virBufferAsprintf(buf, "<%s unit='KiB'>%llu</%s>\n", name, val, name);
}


void
virDomainMemtuneFormat(virBuffer *buf, const virDomainDef *def, unsigned int flags G_GNUC_UNUSED)
{
    const virDomainMemtune *mem = &def->mem;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    virDomainMemtuneFormatLimit(&childBuf, "hard_limit", mem->hard_limit);
    virDomainMemtuneFormatLimit(&childBuf, "soft_limit", mem->soft_limit);
    if (mem->min_guarantee)
        virBufferAsprintf(&childBuf, "<min_guarantee unit='KiB'>%llu</min_guarantee>\n",
                          mem->min_guarantee);
    virDomainMemtuneFormatLimit(&childBuf, "swap_hard_limit", mem->swap_hard_limit);

    virXMLFormatElement(buf, "memtune", NULL, &childBuf);
}


static int
virDomainHugepagesParseXML(xmlXPathContextPtr ctxt, virDomainMemtune *mem)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./memoryBacking/hugepages/page", ctxt, &nodes)) < 0)
        return -1;

    if (n == 0) {
        if (virXPathNode("./memoryBacking/hugepages", ctxt)) {
            mem->hugepages = g_new0(virDomainHugePage, 1);
            mem->nhugepages = 1;
        }
        return 0;
    }

    mem->hugepages = g_new0(virDomainHugePage, n);
    for (i = 0; i < (size_t)n; i++) {
        virDomainHugePage *page = &mem->hugepages[mem->nhugepages++];
        g_autofree char *nodeset = NULL;

        ctxt->node = nodes[i];
        if (virDomainTuneParseMemory("./@size", "./@unit", ctxt, &page->size, true) < 0)
            return -1;
        if (page->size == 0) {
            virReportError(VIR_ERR_XML_DETAIL, "%s", _("hugepage size can't be zero"));
            return -1;
        }
        if ((nodeset = virXMLPropString(nodes[i], "nodeset")) &&
            virBitmapParse(nodeset, &page->nodemask, VIR_DOMAIN_CPUMASK_LEN) < 0)
            return -1;
    }
    return 0;
}


/* <source type=>, <access mode=>, <allocation mode= threads=> */
static int
virDomainMemoryBackingParseModes(xmlXPathContextPtr ctxt, virDomainMemtune *mem)
{
    g_autofree char *source = virXPathString("string(./memoryBacking/source/@type)", ctxt);
    g_autofree char *access = virXPathString("string(./memoryBacking/access/@mode)", ctxt);
    g_autofree char *alloc = virXPathString("string(./memoryBacking/allocation/@mode)", ctxt);

    if (source && (mem->source = virDomainMemorySourceTypeFromString(source)) <= 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown memoryBacking/source/type '%1$s'"),
                       source);
        return -1;
    }
    if (access && (mem->access = virDomainMemoryBackingAccessTypeFromString(access)) <= 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown memoryBacking/access/mode '%1$s'"),
                       access);
        return -1;
    }
    if (alloc && (mem->allocation = virDomainMemoryAllocationTypeFromString(alloc)) <= 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("unknown memoryBacking/allocation/mode '%1$s'"), alloc);
        return -1;
    }
    if (virXPathUInt("string(./memoryBacking/allocation/@threads)", ctxt,
                     &mem->allocation_threads) == -2) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("Failed to parse memory allocation threads"));
        return -1;
    }
    return 0;
}


int
virDomainMemoryBackingParseXML(xmlXPathContextPtr ctxt,
                               virDomainDef *def,
                               unsigned int flags G_GNUC_UNUSED)
{
    virDomainMemtune *mem = &def->mem;

    if (virDomainHugepagesParseXML(ctxt, mem) < 0)
        return -1;

    mem->nosharepages = virXPathBoolean("boolean(./memoryBacking/nosharepages)", ctxt) > 0;
    mem->locked = virXPathBoolean("boolean(./memoryBacking/locked)", ctxt) > 0;

    if (virDomainMemoryBackingParseModes(ctxt, mem) < 0)
        return -1;

    if (virXPathBoolean("boolean(./memoryBacking/discard)", ctxt) > 0)
        mem->discard = VIR_TRISTATE_SWITCH_ON;
    return 0;
}


static int
virDomainHugepagesValidateOne(virDomainDef *def, size_t i)
{
    virDomainHugePage *page = &def->mem.hugepages[i];
    size_t ncells = def->numa.ncells;
    ssize_t bit;
    size_t j;

    /* nodeset='0' of a guest without NUMA is node 0 of the whole guest */
    if (page->nodemask && ncells == 0 && virBitmapCountBits(page->nodemask) == 1 &&
        virBitmapIsBitSet(page->nodemask, 0))
        g_clear_pointer(&page->nodemask, virBitmapFree);

    if (page->nodemask) {
        bit = -1;
        while ((bit = virBitmapNextSetBit(page->nodemask, bit)) >= 0) {
            if ((size_t)bit >= ncells) {
                virReportError(VIR_ERR_XML_DETAIL, _("hugepages: node %1$zd not found"), bit);
                return -1;
            }
        }
    }

    for (j = 0; j < i; j++) {
        const virDomainHugePage *prev = &def->mem.hugepages[j];

        if (!page->nodemask && !prev->nodemask) {
            virReportError(VIR_ERR_XML_DETAIL,
                           _("two master hugepages detected: %1$llu and %2$llu"), page->size,
                           prev->size);
            return -1;
        }
        if (page->nodemask && prev->nodemask && virBitmapOverlaps(page->nodemask, prev->nodemask)) {
            virReportError(VIR_ERR_XML_DETAIL,
                           _("nodeset attribute of hugepages of sizes %1$llu and %2$llu intersect"),
                           page->size, prev->size);
            return -1;
        }
    }
    return 0;
}


int
virDomainHugepagesValidate(virDomainDef *def)
{
    size_t i;

    for (i = 0; i < def->mem.nhugepages; i++) {
        if (virDomainHugepagesValidateOne(def, i) < 0)
            return -1;
    }
    return 0;
}


static void
virDomainHugepagesFormat(virBuffer *buf, const virDomainMemtune *mem)
{
    size_t i;

    if (mem->nhugepages == 1 && mem->hugepages[0].size == 0) {
        virBufferAddLit(buf, "<hugepages/>\n");
        return;
    }

    virBufferAddLit(buf, "<hugepages>\n");
    virBufferAdjustIndent(buf, 2);
    for (i = 0; i < mem->nhugepages; i++) {
        const virDomainHugePage *page = &mem->hugepages[i];

        virBufferAsprintf(buf, "<page size='%llu' unit='KiB'", page->size);
        if (page->nodemask) {
            g_autofree char *nodeset = virBitmapFormat(page->nodemask);

            virBufferAsprintf(buf, " nodeset='%s'", nodeset);
        }
        virBufferAddLit(buf, "/>\n");
    }
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</hugepages>\n");
}


void
virDomainMemoryBackingFormat(virBuffer *buf,
                             const virDomainDef *def,
                             unsigned int flags G_GNUC_UNUSED)
{
    const virDomainMemtune *mem = &def->mem;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    if (mem->nhugepages)
        virDomainHugepagesFormat(&childBuf, mem);
    if (mem->nosharepages)
        virBufferAddLit(&childBuf, "<nosharepages/>\n");
    if (mem->locked)
        virBufferAddLit(&childBuf, "<locked/>\n");
    if (mem->source)
        virBufferAsprintf(&childBuf, "<source type='%s'/>\n",
                          virDomainMemorySourceTypeToString(mem->source));
    if (mem->access)
        virBufferAsprintf(&childBuf, "<access mode='%s'/>\n",
                          virDomainMemoryBackingAccessTypeToString(mem->access));
    if (mem->allocation || mem->allocation_threads) {
        virBufferAddLit(&childBuf, "<allocation");
        if (mem->allocation)
            virBufferAsprintf(&childBuf, " mode='%s'",
                              virDomainMemoryAllocationTypeToString(mem->allocation));
        if (mem->allocation_threads)
            virBufferAsprintf(&childBuf, " threads='%u'", mem->allocation_threads);
        virBufferAddLit(&childBuf, "/>\n");
    }
    if (mem->discard)
        virBufferAddLit(&childBuf, "<discard/>\n");

    virXMLFormatElement(buf, "memoryBacking", NULL, &childBuf);
}


void
virDomainMemtuneClear(virDomainMemtune *mem)
{
    size_t i;

    if (!mem)
        return;
    for (i = 0; i < mem->nhugepages; i++)
        virBitmapFree(mem->hugepages[i].nodemask);
    g_free(mem->hugepages);
    memset(mem, 0, sizeof(*mem));
    virDomainMemtuneInit(mem);
}
