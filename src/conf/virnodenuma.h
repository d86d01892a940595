/*
 * virnodenuma.h: the host's NUMA nodes as sysfs shows them: their CPUs,
 * memory, distances and page pools; host memory totals
 * (virNodeGetFreeMemory, virNodeGetCellsFreeMemory)
 *
 * Every reader takes the root of sysfs (and of procfs), NULL meaning the
 * real "/sys" and "/proc", so that tests can point them at fake trees.
 *
 * One deliberate difference from libvirt 9.0: whether the host "has NUMA"
 * is decided by the presence of <sysfs>/devices/system/node with at least
 * one nodeN entry (libvirt asks the kernel through libnuma); on a real
 * machine both agree. Without NUMA, totals come from /proc/meminfo.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stddef.h>

#include <glib.h>

#include "virbitmap.h"

/* Page pools of one node (or of the whole host). */
typedef struct _virNodePages virNodePages;
struct _virNodePages {
    size_t npages;             /* number of page sizes */
    unsigned int *size;        /* page sizes in KiB, ascending; owned */
    unsigned long long *avail; /* pages in each pool; owned */
    unsigned long long *free;  /* free pages in each pool; owned */
};


/*
 * virNodeGetMemoryImpl:
 * @sysfs_prefix, @procfs_prefix: roots of sysfs and procfs, NULL for the real ones
 * @total: set to the total memory in bytes (may be NULL)
 * @freemem: set to the free memory in bytes (may be NULL)
 *
 * Sums MemTotal and MemFree over the NUMA nodes, or reads them from
 * /proc/meminfo when the host has no NUMA nodes.
 *
 * Returns 0, or -1 with an error reported.
 */
int virNodeGetMemoryImpl(const char *sysfs_prefix,
                         const char *procfs_prefix,
                         unsigned long long *total,
                         unsigned long long *freemem);

/*
 * virNodeGetFreeMemoryImpl:
 * @sysfs_prefix, @procfs_prefix: roots of sysfs and procfs, NULL for the real ones
 *
 * Returns the free memory in bytes (virNodeGetFreeMemory), or 0 with an
 * error reported.
 */
unsigned long long virNodeGetFreeMemoryImpl(const char *sysfs_prefix, const char *procfs_prefix);

/*
 * virNodeGetCellsFreeMemoryImpl:
 * @sysfs_prefix, @procfs_prefix: roots of sysfs and procfs, NULL for the real ones
 * @freeMems: array of at least @maxCells entries, free bytes per cell
 * @startCell: first cell
 * @maxCells: most cells to report
 *
 * Fills @freeMems with the free memory of cells @startCell onwards, up to
 * the highest node id (a missing node in between reports 0). Without NUMA
 * the host is one cell 0 holding /proc/meminfo MemFree.
 *
 * Returns the number of entries filled, or -1 with an error reported:
 * VIR_ERR_INVALID_ARG for a NULL @freeMems, negative @startCell or
 * @maxCells < 1, VIR_ERR_INTERNAL_ERROR "start cell N out of range (0-M)"
 * when @startCell is past the last node.
 */
int virNodeGetCellsFreeMemoryImpl(const char *sysfs_prefix,
                                  const char *procfs_prefix,
                                  unsigned long long *freeMems,
                                  int startCell,
                                  int maxCells);

/*
 * virNodeNUMAGetNodes:
 * @sysfs_prefix: root of sysfs, NULL for "/sys"
 * @nodes: set to a new bitmap of the node ids present, or NULL when the
 *         host has no NUMA nodes
 *
 * Returns 0, or -1 with an error reported.
 */
int virNodeNUMAGetNodes(const char *sysfs_prefix, virBitmap **nodes);

/*
 * virNodeNUMAGetNodeCPUs:
 * @sysfs_prefix: root of sysfs, NULL for "/sys"
 * @node: node id
 * @cpus: set to a new bitmap of the node's CPUs (online or not)
 *
 * Returns 0, or -1 with an error reported.
 */
int virNodeNUMAGetNodeCPUs(const char *sysfs_prefix, unsigned int node, virBitmap **cpus);

/*
 * virNodeNUMAGetNodeMemory:
 * @sysfs_prefix: root of sysfs, NULL for "/sys"
 * @node: node id
 * @total: set to the node's MemTotal in bytes (may be NULL)
 * @freemem: set to the node's MemFree in bytes (may be NULL)
 *
 * Returns 0, or -1 with an error reported.
 */
int virNodeNUMAGetNodeMemory(const char *sysfs_prefix,
                             unsigned int node,
                             unsigned long long *total,
                             unsigned long long *freemem);

/*
 * virNodeNUMAGetDistances:
 * @sysfs_prefix: root of sysfs, NULL for "/sys"
 * @node: node id
 * @nodes: the node ids present (see virNodeNUMAGetNodes())
 * @distances: set to a new array indexed by node id, 0 for a node that
 *             does not exist
 * @ndistances: set to the array length (highest node id + 1)
 *
 * The distance file lists one value per present node in ascending id
 * order.
 *
 * Returns 0, or -1 with an error reported.
 */
int virNodeNUMAGetDistances(const char *sysfs_prefix,
                            unsigned int node,
                            const virBitmap *nodes,
                            unsigned int **distances,
                            size_t *ndistances);

/*
 * virNodeNUMAGetPages:
 * @sysfs_prefix, @procfs_prefix: roots of sysfs and procfs, NULL for the real ones
 * @node: node id, or -1 for the whole host
 * @pages: filled with new arrays (free them with virNodePagesClear())
 *
 * Lists the huge page pools (hugepages-NkB directories) and the ordinary
 * pages, ascending by size. The ordinary pool holds the node's (or
 * host's) memory minus the memory of the huge page pools.
 *
 * Returns 0, or -1 with an error reported.
 */
int virNodeNUMAGetPages(const char *sysfs_prefix,
                        const char *procfs_prefix,
                        int node,
                        virNodePages *pages);

/* Frees the arrays of @pages (not @pages itself) and zeroes it. */
void virNodePagesClear(virNodePages *pages);
