/*
 * virnodenuma.c: the host's NUMA nodes as sysfs shows them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "internal.h"
#include "virbitmap.h"
#include "virerror.h"
#include "virfile.h"
#include "virlog.h"
#include "virnodeinfo.h"
#include "virnodenuma.h"

#define VIR_FROM_THIS VIR_FROM_NONE

VIR_LOG_INIT("conf.nodenuma");

#define SYSFS_PATH virNodeInfoSysfsPath
#define PROCFS_PATH virNodeInfoProcfsPath


/*
 * Finds "KEY: <number> kB" in a meminfo text (lines may start with
 * "Node N "). Returns the value in bytes, or -1 with an error.
 */
static int
virNodeNUMAMeminfoField(const char *text,
                        const char *path,
                        const char *key,
                        unsigned long long *bytes)
{
    g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
    size_t i;

    for (i = 0; lines[i]; i++) {
        g_auto(GStrv) words = g_strsplit_set(lines[i], " \t", -1);
        gint64 kib;
        size_t w = 0;
        size_t n = 0;
        const char *fields[4] = { NULL };

        for (w = 0; words[w] && n < G_N_ELEMENTS(fields); w++) {
            if (*words[w])
                fields[n++] = words[w];
        }
        /* "Node 0 MemTotal: 123 kB" or "MemTotal: 123 kB" */
        if (n == 4 && g_str_equal(fields[0], "Node")) {
            fields[0] = fields[2];
            fields[1] = fields[3];
            n = 2;
        }
        if (n < 2 || !g_str_equal(fields[0], key))
            continue;
        if (!virNodeInfoParseNumber(fields[1], 0, G_MAXINT64 / 1024, &kib))
            break;
        *bytes = (unsigned long long)kib * 1024;
        return 0;
    }
    virReportError(VIR_ERR_INTERNAL_ERROR, _("cannot find '%1$s' in '%2$s'"), key, path);
    return -1;
}


/* Reads MemTotal and/or MemFree (bytes, NULL = not wanted) from a meminfo file. */
static int
virNodeNUMAReadMeminfo(const char *path, unsigned long long *total, unsigned long long *freemem)
{
    g_autofree char *text = NULL;

    /* Only the fields asked for must be there. */
    if (virFileReadAll(path, VIR_NODEINFO_MAX_FILE, &text) < 0)
        return -1;
    if ((total && virNodeNUMAMeminfoField(text, path, "MemTotal:", total) < 0) ||
        (freemem && virNodeNUMAMeminfoField(text, path, "MemFree:", freemem) < 0))
        return -1;
    return 0;
}


int
virNodeNUMAGetNodes(const char *sysfs_prefix, virBitmap **nodes)
{
    g_autofree char *nodedir = SYSFS_PATH(sysfs_prefix, "devices/system/node");
    g_autoptr(GPtrArray) names = NULL;
    g_autoptr(virBitmap) map = virBitmapNew(0);
    size_t i;
    int rc;

    *nodes = NULL;
    if ((rc = virNodeInfoListDir(nodedir, true, &names)) == -2)
        return 0;
    if (rc < 0)
        return -1;

    for (i = 0; i < names->len; i++) {
        unsigned int node;

        if (virNodeInfoParseIndexedName(g_ptr_array_index(names, i), "node", &node))
            virBitmapSetBitExpand(map, node);
    }
    if (virBitmapIsAllClear(map))
        return 0;
    *nodes = g_steal_pointer(&map);
    return 0;
}


int
virNodeNUMAGetNodeCPUs(const char *sysfs_prefix, unsigned int node, virBitmap **cpus)
{
    g_autofree char *path = SYSFS_PATH(sysfs_prefix, "devices/system/node/node%u/cpulist", node);
    int rc = virNodeInfoReadBitmap(path, cpus);

    if (rc == -2) {
        virReportSystemError(ENOENT, _("Cannot open file '%1$s'"), path);
        return -1;
    }
    return rc;
}


int
virNodeNUMAGetNodeMemory(const char *sysfs_prefix,
                         unsigned int node,
                         unsigned long long *total,
                         unsigned long long *freemem)
{
    g_autofree char *path = SYSFS_PATH(sysfs_prefix, "devices/system/node/node%u/meminfo", node);

    return virNodeNUMAReadMeminfo(path, total, freemem);
}


int
virNodeGetMemoryImpl(const char *sysfs_prefix,
                     const char *procfs_prefix,
                     unsigned long long *total,
                     unsigned long long *freemem)
{
    g_autoptr(virBitmap) nodes = NULL;
    unsigned long long sumTotal = 0;
    unsigned long long sumFree = 0;
    ssize_t node = -1;

    if (virNodeNUMAGetNodes(sysfs_prefix, &nodes) < 0)
        return -1;

    if (!nodes) {
        g_autofree char *path = PROCFS_PATH(procfs_prefix, "meminfo");

        return virNodeNUMAReadMeminfo(path, total, freemem);
    }

    while ((node = virBitmapNextSetBit(nodes, node)) >= 0) {
        unsigned long long t;
        unsigned long long f;

        if (virNodeNUMAGetNodeMemory(sysfs_prefix, node, &t, &f) < 0)
            return -1;
        sumTotal += t;
        sumFree += f;
    }
    if (total)
        *total = sumTotal;
    if (freemem)
        *freemem = sumFree;
    return 0;
}


unsigned long long
virNodeGetFreeMemoryImpl(const char *sysfs_prefix, const char *procfs_prefix)
{
    unsigned long long freemem = 0;

    if (virNodeGetMemoryImpl(sysfs_prefix, procfs_prefix, NULL, &freemem) < 0)
        return 0;
    return freemem;
}


/* virNodeGetCellsFreeMemoryImpl() for a host without NUMA nodes. */
static int
virNodeNUMACellsFreeFlat(const char *procfs_prefix, unsigned long long *freeMems, int startCell)
{
    g_autofree char *path = PROCFS_PATH(procfs_prefix, "meminfo");
    unsigned long long freemem;

    if (startCell != 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("start cell %1$d out of range (0-%2$d)"),
                       startCell, 0);
        return -1;
    }
    if (virNodeNUMAReadMeminfo(path, NULL, &freemem) < 0)
        return -1;
    if (freemem == 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("Cannot determine free memory"));
        return -1;
    }
    freeMems[0] = freemem;
    return 1;
}


int
virNodeGetCellsFreeMemoryImpl(const char *sysfs_prefix,
                              const char *procfs_prefix,
                              unsigned long long *freeMems,
                              int startCell,
                              int maxCells)
{
    g_autoptr(virBitmap) nodes = NULL;
    gint64 lastCell;
    gint64 maxCell;
    gint64 n;
    int count = 0;

    if (!freeMems || startCell < 0 || maxCells < 1) {
        virReportError(VIR_ERR_INVALID_ARG, "%s",
                       _("freeMems must be non-NULL, startCell >= 0 and maxCells > 0"));
        return -1;
    }
    if (virNodeNUMAGetNodes(sysfs_prefix, &nodes) < 0)
        return -1;
    if (!nodes)
        return virNodeNUMACellsFreeFlat(procfs_prefix, freeMems, startCell);

    maxCell = virBitmapLastSetBit(nodes);
    if (startCell > maxCell) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("start cell %1$d out of range (0-%2$d)"),
                       startCell, (int)maxCell);
        return -1;
    }
    lastCell = MIN((gint64)startCell + maxCells - 1, maxCell);

    for (n = startCell; n <= lastCell; n++) {
        unsigned long long freemem = 0;

        /* A missing or unreadable node counts as no free memory. */
        if (virBitmapIsBitSet(nodes, n) &&
            virNodeNUMAGetNodeMemory(sysfs_prefix, n, NULL, &freemem) < 0) {
            VIR_DEBUG("cannot read the memory of node %d, ignoring", (int)n);
            virResetLastError();
            freemem = 0;
        }
        freeMems[count++] = freemem;
    }
    return count;
}


int
virNodeNUMAGetDistances(const char *sysfs_prefix,
                        unsigned int node,
                        const virBitmap *nodes,
                        unsigned int **distances,
                        size_t *ndistances)
{
    g_autofree char *path = SYSFS_PATH(sysfs_prefix, "devices/system/node/node%u/distance", node);
    g_autofree char *text = NULL;
    g_auto(GStrv) words = NULL;
    g_autofree unsigned int *tmp = NULL;
    ssize_t target = -1;
    size_t len = virBitmapLastSetBit(nodes) + 1;
    size_t i;

    if (virFileReadAll(path, VIR_NODEINFO_MAX_FILE, &text) < 0)
        return -1;
    words = g_strsplit_set(g_strstrip(text), " \t", -1);
    tmp = g_new0(unsigned int, len);

    /* One value per present node, in ascending node order. */
    for (i = 0; words[i]; i++) {
        gint64 val;

        if (!*words[i])
            continue;
        if ((target = virBitmapNextSetBit(nodes, target)) < 0 ||
            !virNodeInfoParseNumber(words[i], 0, G_MAXUINT, &val)) {
            virReportError(VIR_ERR_INTERNAL_ERROR, _("cannot parse NUMA distances in '%1$s'"),
                           path);
            return -1;
        }
        tmp[target] = val;
    }
    *distances = g_steal_pointer(&tmp);
    *ndistances = len;
    return 0;
}


void
virNodePagesClear(virNodePages *pages)
{
    if (!pages)
        return;
    g_free(pages->size);
    g_free(pages->avail);
    g_free(pages->free);
    memset(pages, 0, sizeof(*pages));
}


/* Reads one huge page count ("N\n") from @dir/@file. */
static int
virNodeNUMAReadPageCount(const char *dir, const char *file, unsigned long long *count)
{
    g_autofree char *path = g_build_filename(dir, file, NULL);
    g_autofree char *buf = NULL;
    gint64 val;
    char *nl;

    if (virFileReadAll(path, VIR_NODEINFO_MAX_FILE, &buf) < 0)
        return -1;
    /* Exactly one number and a newline. */
    nl = strchr(buf, '\n');
    if (nl && nl[1] == '\0')
        *nl = '\0';
    else
        nl = NULL;
    if (!nl || !virNodeInfoParseNumber(buf, 0, G_MAXINT64, &val)) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unable to parse: %1$s"), buf);
        return -1;
    }
    *count = val;
    return 0;
}


/* Appends one pool to @pages. */
static void
virNodePagesAppend(virNodePages *pages,
                   unsigned int size,
                   unsigned long long avail,
                   unsigned long long freepages)
{
    size_t n = pages->npages + 1;

    pages->size = g_renew(unsigned int, pages->size, n);
    pages->avail = g_renew(unsigned long long, pages->avail, n);
    pages->free = g_renew(unsigned long long, pages->free, n);
    pages->size[n - 1] = size;
    pages->avail[n - 1] = avail;
    pages->free[n - 1] = freepages;
    pages->npages = n;
}


/* Reads the huge page pools in @dir (which may not exist). */
static int
virNodeNUMAReadHugePages(const char *dir, virNodePages *pages, unsigned long long *hugeBytes)
{
    g_autoptr(GPtrArray) names = NULL;
    size_t i;
    int rc;

    if ((rc = virNodeInfoListDir(dir, true, &names)) == -2)
        return 0;
    if (rc < 0)
        return -1;

    for (i = 0; i < names->len; i++) {
        const char *name = g_ptr_array_index(names, i);
        g_autofree char *sub = NULL;
        unsigned long long avail;
        unsigned long long freepages;
        unsigned int size;
        const char *unit;

        if (!g_str_has_prefix(name, "hugepages-"))
            continue;
        unit = name + strlen("hugepages-");
        if (!virNodeInfoParseIndexedName(name, "hugepages-", &size) ||
            g_ascii_strcasecmp(unit + strspn(unit, "0123456789"), "kB") != 0) {
            virReportError(VIR_ERR_INTERNAL_ERROR, _("unable to parse %1$s"), name);
            return -1;
        }
        sub = g_build_filename(dir, name, NULL);
        if (virNodeNUMAReadPageCount(sub, "nr_hugepages", &avail) < 0 ||
            virNodeNUMAReadPageCount(sub, "free_hugepages", &freepages) < 0)
            return -1;
        virNodePagesAppend(pages, size, avail, freepages);
        *hugeBytes += 1024ULL * size * avail;
    }
    return 0;
}


/* Sorts the pools by ascending size. */
static void
virNodePagesSort(virNodePages *pages)
{
    size_t i;
    size_t j;

    for (i = 1; i < pages->npages; i++) {
        for (j = i; j > 0 && pages->size[j - 1] > pages->size[j]; j--) {
            unsigned int s = pages->size[j];
            unsigned long long a = pages->avail[j];
            unsigned long long f = pages->free[j];

            pages->size[j] = pages->size[j - 1];
            pages->avail[j] = pages->avail[j - 1];
            pages->free[j] = pages->free[j - 1];
            pages->size[j - 1] = s;
            pages->avail[j - 1] = a;
            pages->free[j - 1] = f;
        }
    }
}


int
virNodeNUMAGetPages(const char *sysfs_prefix,
                    const char *procfs_prefix,
                    int node,
                    virNodePages *pages)
{
    g_autofree char *dir = NULL;
    virNodePages tmp = { 0 };
    unsigned long long hugeBytes = 0;
    unsigned long long total;
    unsigned long long freemem;
    long pagesize = sysconf(_SC_PAGESIZE);
    int rc;

    if (node < 0)
        dir = SYSFS_PATH(sysfs_prefix, "kernel/mm/hugepages");
    else
        dir = SYSFS_PATH(sysfs_prefix, "devices/system/node/node%d/hugepages", node);

    if (node < 0)
        rc = virNodeGetMemoryImpl(sysfs_prefix, procfs_prefix, &total, &freemem);
    else
        rc = virNodeNUMAGetNodeMemory(sysfs_prefix, node, &total, &freemem);

    if (rc < 0 || virNodeNUMAReadHugePages(dir, &tmp, &hugeBytes) < 0) {
        virNodePagesClear(&tmp);
        return -1;
    }

    /* Huge page pools are counted as used memory: take them off. */
    total = total > hugeBytes ? total - hugeBytes : 0;
    virNodePagesAppend(&tmp, pagesize / 1024, total / pagesize, freemem / pagesize);
    virNodePagesSort(&tmp);
    *pages = tmp;
    return 0;
}
