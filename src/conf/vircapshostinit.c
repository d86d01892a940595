/*
 * vircapshostinit.c: fills the <host> part of the capabilities from the
 * machine (sysfs and procfs)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <string.h>

#include <glib.h>

#include "internal.h"
#include "virbitmap.h"
#include "vircapshost.h"
#include "vircapshostinit.h"
#include "virerror.h"
#include "virfile.h"
#include "virlog.h"
#include "virnodeinfo.h"
#include "virnodenuma.h"
#include "viruuid.h"

#define VIR_FROM_THIS VIR_FROM_CAPABILITIES

VIR_LOG_INIT("conf.capshostinit");

/* Lowest cache level shown in <cache>, as in libvirt. */
#define VIR_CAPS_HOST_CACHE_MIN_LEVEL 3


/* The value of the first "key : value" line for @key in @lines, or NULL. New string. */
static char *
virCapsHostCPUInfoValue(char **lines, const char *key)
{
    size_t i;

    for (i = 0; lines[i]; i++) {
        const char *colon = strchr(lines[i], ':');
        g_autofree char *name = NULL;

        if (!colon)
            continue;
        name = g_strstrip(g_strndup(lines[i], colon - lines[i]));
        if (g_str_equal(name, key))
            return g_strstrip(g_strdup(colon + 1));
    }
    return NULL;
}


/* Parses a cpuinfo number (decimal, or hex with 0x); false if absent or bad. */
static bool
virCapsHostCPUInfoNumber(char **lines, const char *key, unsigned int *value)
{
    g_autofree char *str = virCapsHostCPUInfoValue(lines, key);
    char *end = NULL;
    guint64 tmp;

    if (!str || !g_ascii_isdigit(*str))
        return false;
    errno = 0;
    tmp = g_ascii_strtoull(str, &end, 0);
    if (errno != 0 || tmp > G_MAXUINT || (*end && !g_ascii_isspace(*end)))
        return false;
    *value = tmp;
    return true;
}


/* libvirt's vendor name for an x86 vendor_id, or NULL. */
static const char *
virCapsHostCPUVendor(const char *vendorId)
{
    if (!vendorId)
        return NULL;
    if (g_str_equal(vendorId, "GenuineIntel"))
        return "Intel";
    if (g_str_equal(vendorId, "AuthenticAMD"))
        return "AMD";
    if (g_str_equal(vendorId, "HygonGenuine"))
        return "Hygon";
    return NULL;
}


/* The x86 details of the host CPU: vendor, microcode, signature, flags. */
static void
virCapsHostInitCPUX86(virCapsHostCPU *cpu, char **lines)
{
    g_autofree char *vendorId = virCapsHostCPUInfoValue(lines, "vendor_id");
    g_autofree char *flags = virCapsHostCPUInfoValue(lines, "flags");
    g_autofree char *addr = virCapsHostCPUInfoValue(lines, "address sizes");
    unsigned int family;
    unsigned int model;
    unsigned int stepping;
    guint64 bits;

    cpu->vendor = g_strdup(virCapsHostCPUVendor(vendorId));
    if (!virCapsHostCPUInfoNumber(lines, "microcode", &cpu->microcode))
        cpu->microcode = 0;
    if (virCapsHostCPUInfoNumber(lines, "cpu family", &family) && family > 0 &&
        virCapsHostCPUInfoNumber(lines, "model", &model) &&
        virCapsHostCPUInfoNumber(lines, "stepping", &stepping)) {
        cpu->hasSignature = true;
        cpu->sigFamily = family;
        cpu->sigModel = model;
        cpu->sigStepping = stepping;
    }

    /* "address sizes : 46 bits physical, 48 bits virtual" */
    if (addr && g_ascii_isdigit(*addr) && (bits = g_ascii_strtoull(addr, NULL, 10)) > 0 &&
        bits <= G_MAXUINT) {
        cpu->maxPhysAddrMode = VIR_CAPS_HOST_CPU_MAX_PHYS_ADDR_EMULATE;
        cpu->maxPhysAddrBits = bits;
    }

    if (flags) {
        g_auto(GStrv) names = g_strsplit_set(flags, " \t", -1);
        size_t i;

        for (i = 0; names[i]; i++) {
            if (*names[i])
                virCapsHostCPUAddFeature(cpu, names[i]);
        }
    }
}


/* <cpu> details: cpuinfo and the topology of @info. */
static int
virCapsHostInitCPU(virCapsHost *host, const char *procfs_prefix, const virNodeInfoData *info)
{
    g_autofree char *path = virNodeInfoProcfsPath(procfs_prefix, "cpuinfo");
    g_autofree char *text = NULL;
    g_auto(GStrv) lines = NULL;
    g_autoptr(virCapsHostCPU) cpu = virCapsHostCPUNew();

    if (virFileReadAll(path, VIR_NODEINFO_MAX_FILE, &text) < 0)
        return -1;
    lines = g_strsplit(text, "\n", -1);

    if (g_str_equal(host->arch, "x86_64") || g_str_equal(host->arch, "i686"))
        virCapsHostInitCPUX86(cpu, lines);

    cpu->sockets = info->sockets;
    cpu->dies = 1;
    cpu->cores = info->cores;
    cpu->threads = info->threads;
    virCapsHostSetCPU(host, g_steal_pointer(&cpu));
    return 0;
}


/* <cpu><pages>: every page size of the host. */
static int
virCapsHostInitPages(virCapsHost *host, const char *sysfs_prefix, const char *procfs_prefix)
{
    virNodePages pages = { 0 };
    size_t i;

    if (virNodeNUMAGetPages(sysfs_prefix, procfs_prefix, -1, &pages) < 0)
        return -1;
    g_clear_pointer(&host->pagesSize, g_free);
    host->nPagesSize = 0;
    for (i = 0; i < pages.npages; i++)
        virCapsHostAddPageSize(host, pages.size[i]);
    virNodePagesClear(&pages);
    return 0;
}


/* <power_management> from /sys/power/state and /sys/power/disk. */
static int
virCapsHostInitPM(virCapsHost *host, const char *sysfs_prefix)
{
    g_autofree char *statePath = virNodeInfoSysfsPath(sysfs_prefix, "power/state");
    g_autofree char *diskPath = virNodeInfoSysfsPath(sysfs_prefix, "power/disk");
    g_autofree char *state = NULL;
    g_autofree char *disk = NULL;
    g_auto(GStrv) words = NULL;
    unsigned int mask = 0;
    size_t i;

    host->powerMgmt = 0;
    if (virNodeInfoReadString(statePath, &state) == -1)
        return -1;
    if (!state)
        return 0;

    words = g_strsplit_set(state, " \t\n", -1);
    for (i = 0; words[i]; i++) {
        if (g_str_equal(words[i], "mem"))
            mask |= 1U << VIR_CAPS_HOST_PM_TARGET_MEM;
        else if (g_str_equal(words[i], "disk"))
            mask |= 1U << VIR_CAPS_HOST_PM_TARGET_DISK;
    }

    /* Hybrid suspend writes the image to disk, then suspends to RAM. */
    if ((mask & (1U << VIR_CAPS_HOST_PM_TARGET_MEM)) &&
        (mask & (1U << VIR_CAPS_HOST_PM_TARGET_DISK))) {
        if (virNodeInfoReadString(diskPath, &disk) == -1)
            return -1;
        if (disk && strstr(disk, "suspend"))
            mask |= 1U << VIR_CAPS_HOST_PM_TARGET_HYBRID;
    }
    host->powerMgmt = mask;
    return 0;
}


/* <iommu support=...>: whether the kernel made any IOMMU group. */
static void
virCapsHostInitIOMMU(virCapsHost *host, const char *sysfs_prefix)
{
    g_autofree char *path = virNodeInfoSysfsPath(sysfs_prefix, "kernel/iommu_groups");
    g_autoptr(GPtrArray) names = NULL;

    host->iommu = false;
    if (virNodeInfoListDir(path, true, &names) == 0)
        host->iommu = names->len > 0;
    else
        virResetLastError();
}


/* The CPUs of one cell, with their topology. */
static int
virCapsHostCellCPUs(const char *sysfs_prefix,
                    const virBitmap *cpumap,
                    virCapsHostNUMACellCPU **cpusRet,
                    size_t *ncpusRet)
{
    size_t ncpus = virBitmapCountBits(cpumap);
    virCapsHostNUMACellCPU *cpus = g_new0(virCapsHostNUMACellCPU, ncpus);
    ssize_t cpu = -1;
    size_t n = 0;

    while ((cpu = virBitmapNextSetBit(cpumap, cpu)) >= 0) {
        virNodeCPUTopology topo;

        if (virNodeInfoGetCPUTopology(sysfs_prefix, cpu, &topo) < 0) {
            while (n > 0)
                virBitmapFree(cpus[--n].siblings);
            g_free(cpus);
            return -1;
        }
        cpus[n].id = cpu;
        cpus[n].socket_id = topo.socket_id;
        cpus[n].die_id = topo.die_id;
        cpus[n].core_id = topo.core_id;
        cpus[n].siblings = topo.siblings;
        n++;
    }
    *cpusRet = cpus;
    *ncpusRet = n;
    return 0;
}


/* Distances and page pools of one cell. */
static int
virCapsHostCellMemory(const char *sysfs_prefix,
                      const char *procfs_prefix,
                      unsigned int node,
                      const virBitmap *nodes,
                      virCapsHostNUMACellDistance **distRet,
                      size_t *ndistRet,
                      virCapsHostNUMACellPageInfo **pagesRet,
                      size_t *npagesRet)
{
    g_autofree unsigned int *dist = NULL;
    virNodePages pages = { 0 };
    size_t ndist = 0;
    size_t i;

    if (virNodeNUMAGetDistances(sysfs_prefix, node, nodes, &dist, &ndist) < 0 ||
        virNodeNUMAGetPages(sysfs_prefix, procfs_prefix, node, &pages) < 0)
        return -1;

    /* Missing nodes have distance 0 and are left out. */
    *distRet = g_new0(virCapsHostNUMACellDistance, ndist);
    *ndistRet = 0;
    for (i = 0; i < ndist; i++) {
        if (dist[i] == 0)
            continue;
        (*distRet)[*ndistRet].cellid = i;
        (*distRet)[(*ndistRet)++].value = dist[i];
    }

    *pagesRet = g_new0(virCapsHostNUMACellPageInfo, pages.npages);
    *npagesRet = pages.npages;
    for (i = 0; i < pages.npages; i++) {
        (*pagesRet)[i].size = pages.size[i];
        (*pagesRet)[i].avail = pages.avail[i];
    }
    virNodePagesClear(&pages);
    return 0;
}


/* Adds the cell of NUMA node @node; a node without a CPU list is skipped. */
static int
virCapsHostInitCell(virCapsHostNUMA *numa,
                    const char *sysfs_prefix,
                    const char *procfs_prefix,
                    unsigned int node,
                    const virBitmap *nodes)
{
    g_autofree char *cpulist = NULL;
    g_autoptr(virBitmap) cpumap = NULL;
    g_autofree virCapsHostNUMACellDistance *dist = NULL;
    g_autofree virCapsHostNUMACellPageInfo *pages = NULL;
    virCapsHostNUMACellCPU *cpus = NULL;
    size_t ndist = 0;
    size_t npages = 0;
    size_t ncpus = 0;
    unsigned long long memory = 0;

    cpulist = virNodeInfoSysfsPath(sysfs_prefix, "devices/system/node/node%u/cpulist", node);
    if (!virFileExists(cpulist)) {
        VIR_DEBUG("NUMA topology for cell %u is not available, ignoring", node);
        return 0;
    }
    if (virNodeNUMAGetNodeCPUs(sysfs_prefix, node, &cpumap) < 0 ||
        virCapsHostCellMemory(sysfs_prefix, procfs_prefix, node, nodes, &dist, &ndist, &pages,
                              &npages) < 0 ||
        virNodeNUMAGetNodeMemory(sysfs_prefix, node, &memory, NULL) < 0 ||
        virCapsHostCellCPUs(sysfs_prefix, cpumap, &cpus, &ncpus) < 0)
        return -1;

    virCapsHostNUMAAddCell(numa, node, memory / 1024, ncpus, &cpus, ndist, &dist, npages, &pages);
    return 0;
}


/* The NUMA cells of the nodes in sysfs. */
static virCapsHostNUMA *
virCapsHostInitNUMAReal(const char *sysfs_prefix, const char *procfs_prefix, const virBitmap *nodes)
{
    g_autoptr(virCapsHostNUMA) numa = virCapsHostNUMANew();
    ssize_t node = -1;

    while ((node = virBitmapNextSetBit(nodes, node)) >= 0) {
        if (virCapsHostInitCell(numa, sysfs_prefix, procfs_prefix, node, nodes) < 0)
            return NULL;
    }
    return g_steal_pointer(&numa);
}


/*
 * One made-up cell 0 from the node info: CPUs numbered node by node,
 * socket by socket, core by core, thread by thread; offline ones left out.
 */
static virCapsHostNUMA *
virCapsHostInitNUMAFake(const char *sysfs_prefix, const virNodeInfoData *info)
{
    g_autoptr(virCapsHostNUMA) numa = virCapsHostNUMANew();
    unsigned int n;
    unsigned int s;
    unsigned int c;
    unsigned int t;
    unsigned int id = 0;

    for (n = 0; n < info->nodes; n++) {
        size_t ncpus = (size_t)info->sockets * info->cores * info->threads;
        virCapsHostNUMACellCPU *cpus = g_new0(virCapsHostNUMACellCPU, ncpus);
        size_t cid = 0;

        for (s = 0; s < info->sockets; s++) {
            for (c = 0; c < info->cores; c++) {
                g_autoptr(virBitmap) siblings = virBitmapNew(id + info->threads);

                for (t = 0; t < info->threads; t++)
                    (void)virBitmapSetBit(siblings, id + t);
                for (t = 0; t < info->threads; t++, id++) {
                    bool online = false;

                    if (virNodeInfoGetCPUOnline(sysfs_prefix, id, &online) < 0) {
                        while (cid > 0)
                            virBitmapFree(cpus[--cid].siblings);
                        g_free(cpus);
                        return NULL;
                    }
                    if (!online)
                        continue;
                    cpus[cid].id = id;
                    cpus[cid].socket_id = s;
                    cpus[cid].core_id = c;
                    cpus[cid++].siblings = virBitmapNewCopy(siblings);
                }
            }
        }
        virCapsHostNUMAAddCell(numa, 0, info->memory, cid, &cpus, 0, NULL, 0, NULL);
    }
    return g_steal_pointer(&numa);
}


/* <topology>: the real nodes, or the made-up cell when they cannot be read. */
static int
virCapsHostInitNUMA(virCapsHost *host,
                    const char *sysfs_prefix,
                    const char *procfs_prefix,
                    const virNodeInfoData *info)
{
    g_autoptr(virBitmap) nodes = NULL;
    virCapsHostNUMA *numa = NULL;

    if (virNodeNUMAGetNodes(sysfs_prefix, &nodes) < 0)
        return -1;
    if (nodes) {
        if (!(numa = virCapsHostInitNUMAReal(sysfs_prefix, procfs_prefix, nodes))) {
            VIR_DEBUG("Failed to query host NUMA topology (%s), faking single NUMA node",
                      virGetLastErrorMessage());
            virResetLastError();
        }
    }
    if (!numa && !(numa = virCapsHostInitNUMAFake(sysfs_prefix, info)))
        return -1;
    virCapsHostSetNUMA(host, numa);
    return 0;
}


/* Turns the -2 ("no such file") of a virNodeInfoRead... call into an error. */
static int
virCapsHostReadRequired(int rc, const char *path)
{
    if (rc == -2)
        virReportError(VIR_ERR_INTERNAL_ERROR, _("File '%1$s' does not exist"), path);
    return rc < 0 ? -1 : 0;
}


/* Parses a sysfs cache size ("32768K"); a bare number is in KiB. */
static int
virCapsHostParseCacheSize(const char *path, unsigned long long *bytes)
{
    g_autofree char *str = NULL;
    unsigned long long scale = 1024;
    char *end = NULL;
    guint64 val;

    if (virCapsHostReadRequired(virNodeInfoReadString(path, &str), path) < 0)
        return -1;
    errno = 0;
    val = g_ascii_strtoull(str, &end, 10);
    if (g_ascii_strcasecmp(end, "M") == 0)
        scale = 1024 * 1024;
    else if (g_ascii_strcasecmp(end, "G") == 0)
        scale = 1024 * 1024 * 1024;
    else if (*end && g_ascii_strcasecmp(end, "K") != 0)
        end = NULL;
    if (!g_ascii_isdigit(*str) || errno != 0 || !end || val > G_MAXUINT64 / scale) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("Invalid unsigned scaled integer value '%1$s' in file '%2$s'"), str, path);
        return -1;
    }
    *bytes = val * scale;
    return 0;
}


/* Reads @dir/@file as an unsigned number; a missing file is an error. */
static int
virCapsHostReadCacheUInt(const char *dir, const char *file, unsigned int *value)
{
    g_autofree char *path = g_build_filename(dir, file, NULL);

    return virCapsHostReadRequired(virNodeInfoReadUInt(path, value), path);
}


/* Reads one cpuN/cache/indexM directory; *bank is NULL for low levels. */
static int
virCapsHostReadCacheBank(const char *dir, virCapsHostCacheBank **bankRet)
{
    g_autoptr(virCapsHostCacheBank) bank = g_new0(virCapsHostCacheBank, 1);
    g_autofree char *typePath = g_build_filename(dir, "type", NULL);
    g_autofree char *sizePath = g_build_filename(dir, "size", NULL);
    g_autofree char *cpusPath = g_build_filename(dir, "shared_cpu_list", NULL);
    g_autofree char *type = NULL;

    *bankRet = NULL;
    if (virCapsHostReadCacheUInt(dir, "level", &bank->level) < 0)
        return -1;
    if (bank->level < VIR_CAPS_HOST_CACHE_MIN_LEVEL)
        return 0;
    if (virCapsHostReadCacheUInt(dir, "id", &bank->id) < 0 ||
        virCapsHostReadRequired(virNodeInfoReadString(typePath, &type), typePath) < 0 ||
        virCapsHostParseCacheSize(sizePath, &bank->size) < 0 ||
        virCapsHostReadRequired(virNodeInfoReadBitmap(cpusPath, &bank->cpus), cpusPath) < 0)
        return -1;

    if (g_str_equal(type, "Unified")) {
        bank->type = VIR_CAPS_CACHE_TYPE_BOTH;
    } else if (g_str_equal(type, "Instruction")) {
        bank->type = VIR_CAPS_CACHE_TYPE_CODE;
    } else if (g_str_equal(type, "Data")) {
        bank->type = VIR_CAPS_CACHE_TYPE_DATA;
    } else {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("Unknown cache type '%1$s'"), type);
        return -1;
    }
    *bankRet = g_steal_pointer(&bank);
    return 0;
}


/* Whether @host already lists a bank equal to @bank. */
static bool
virCapsHostHasCacheBank(const virCapsHost *host, const virCapsHostCacheBank *bank)
{
    size_t i;

    for (i = 0; i < host->ncacheBanks; i++) {
        const virCapsHostCacheBank *b = host->cacheBanks[i];

        if (b->id == bank->id && b->level == bank->level && b->type == bank->type &&
            b->size == bank->size && virBitmapEqual(b->cpus, bank->cpus))
            return true;
    }
    return false;
}


/* Reads the caches of one online CPU. */
static int
virCapsHostInitCPUCaches(virCapsHost *host, const char *sysfs_prefix, unsigned int cpu)
{
    g_autofree char *dir = NULL;
    g_autoptr(GPtrArray) names = NULL;
    size_t i;
    int rc;

    dir = virNodeInfoSysfsPath(sysfs_prefix, "devices/system/cpu/cpu%u/cache", cpu);
    if ((rc = virNodeInfoListDir(dir, true, &names)) == -2)
        return 0;
    if (rc < 0)
        return -1;

    for (i = 0; i < names->len; i++) {
        const char *name = g_ptr_array_index(names, i);
        g_autofree char *sub = NULL;
        virCapsHostCacheBank *bank = NULL;

        if (!g_str_has_prefix(name, "index"))
            continue;
        sub = g_build_filename(dir, name, NULL);
        if (virCapsHostReadCacheBank(sub, &bank) < 0)
            return -1;
        if (!bank)
            continue;
        if (virCapsHostHasCacheBank(host, bank))
            virCapsHostCacheBankFree(bank);
        else
            virCapsHostAddCacheBank(host, bank);
    }
    return 0;
}


static int
virCapsHostCacheBankCompare(gconstpointer a, gconstpointer b)
{
    const virCapsHostCacheBank *ca = *(virCapsHostCacheBank *const *)a;
    const virCapsHostCacheBank *cb = *(virCapsHostCacheBank *const *)b;

    if (ca->level != cb->level)
        return ca->level < cb->level ? -1 : 1;
    if (ca->id != cb->id)
        return ca->id < cb->id ? -1 : 1;
    return 0;
}


/* Drops the cache banks of @host. */
static void
virCapsHostClearCaches(virCapsHost *host)
{
    size_t i;

    for (i = 0; i < host->ncacheBanks; i++)
        virCapsHostCacheBankFree(host->cacheBanks[i]);
    g_clear_pointer(&host->cacheBanks, g_free);
    host->ncacheBanks = 0;
}


/* <cache>: the banks of level 3 and higher of the online CPUs. */
static int
virCapsHostInitCaches(virCapsHost *host, const char *sysfs_prefix)
{
    g_autoptr(virBitmap) online = NULL;
    ssize_t cpu = -1;

    virCapsHostClearCaches(host);
    if (virNodeInfoGetCPUMap(sysfs_prefix, "online", &online) < 0)
        return -1;
    while ((cpu = virBitmapNextSetBit(online, cpu)) >= 0) {
        if (virCapsHostInitCPUCaches(host, sysfs_prefix, cpu) < 0) {
            virCapsHostClearCaches(host);
            return -1;
        }
    }
    if (host->ncacheBanks > 1)
        qsort(host->cacheBanks, host->ncacheBanks, sizeof(*host->cacheBanks),
              virCapsHostCacheBankCompare);
    return 0;
}


int
virCapsHostInitFromSystem(virCapsHost *host,
                          const char *sysfs_prefix,
                          const char *procfs_prefix,
                          unsigned int flags)
{
    virNodeInfoData info;

    if (!host->arch)
        host->arch = g_strdup(virNodeInfoHostArch());

    if ((flags & VIR_CAPS_HOST_INIT_UUID) && !virUUIDIsValid(host->uuid) &&
        virGetHostUUID(host->uuid) < 0)
        return -1;

    if (virNodeInfoPopulateArch(host->arch, sysfs_prefix, procfs_prefix, &info) < 0 ||
        virCapsHostInitCPU(host, procfs_prefix, &info) < 0 ||
        virCapsHostInitPages(host, sysfs_prefix, procfs_prefix) < 0 ||
        virCapsHostInitPM(host, sysfs_prefix) < 0)
        return -1;
    virCapsHostInitIOMMU(host, sysfs_prefix);
    if (virCapsHostInitNUMA(host, sysfs_prefix, procfs_prefix, &info) < 0)
        return -1;

    /* As libvirt: no cache information is not a reason to fail. */
    if (virCapsHostInitCaches(host, sysfs_prefix) < 0) {
        VIR_DEBUG("Failed to get host CPU cache info (%s), ignoring", virGetLastErrorMessage());
        virResetLastError();
    }

    if ((flags & VIR_CAPS_HOST_INIT_SECMODEL_NONE) && !virCapsHostAddSecModel(host, "none", "0"))
        return -1;
    return 0;
}
