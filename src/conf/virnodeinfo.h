/*
 * virnodeinfo.h: what the host's sysfs and procfs say about its CPUs
 * (virNodeGetInfo and the CPU part of the capabilities XML), plus the
 * small sysfs readers the other host modules share
 *
 * Every reader takes the root of sysfs and of procfs, NULL meaning the
 * real "/sys" and "/proc", so that tests can point them at fake trees.
 *
 * The numbers follow libvirt 9.0 (checked against it on fake trees, see
 * tests/virnodeinfotest.c). NUMA nodes, memory totals, free memory and
 * page pools are in virnodenuma.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stddef.h>

#include <glib.h>

#include "virbitmap.h"

/* Length of virNodeInfoData.model, as in libvirt's virNodeInfo. */
#define VIR_NODEINFO_MODEL_LEN 32

/* The numbers of virNodeGetInfo(); fields as in libvirt's virNodeInfo. */
typedef struct _virNodeInfoData virNodeInfoData;
struct _virNodeInfoData {
    char model[VIR_NODEINFO_MODEL_LEN]; /* architecture name, e.g. "x86_64" */
    unsigned long memory;               /* total memory in KiB */
    unsigned int cpus;                  /* online CPUs */
    unsigned int mhz;                   /* CPU frequency in MHz, 0 if unknown */
    unsigned int nodes;                 /* NUMA nodes; 1 when the topology is odd */
    unsigned int sockets;               /* sockets per node; 1 when the topology is odd */
    unsigned int cores;                 /* cores per socket; all CPUs when odd */
    unsigned int threads;               /* threads per core; 1 when odd */
};

/* Topology of one logical CPU, from <sysfs>/devices/system/cpu/cpuN/topology. */
typedef struct _virNodeCPUTopology virNodeCPUTopology;
struct _virNodeCPUTopology {
    unsigned int socket_id; /* physical_package_id; 0 if absent or negative */
    unsigned int die_id;    /* die_id; 0 if absent or negative */
    unsigned int core_id;   /* core_id; 0 if absent */
    virBitmap *siblings;    /* thread_siblings_list; just the CPU itself if
                             * absent; owned */
};

/* Largest sysfs or procfs file the readers accept. */
#define VIR_NODEINFO_MAX_FILE (1024 * 1024)

/*
 * virNodeInfoSysfsPath:
 * @sysfs_prefix: root of sysfs, NULL for "/sys"
 * @fmt: printf format of the path below the root
 *
 * Returns a new string: the root joined with the formatted path.
 */
char *virNodeInfoSysfsPath(const char *sysfs_prefix, const char *fmt, ...) G_GNUC_PRINTF(2, 3);

/* Like virNodeInfoSysfsPath() for procfs (NULL root: "/proc"). */
char *virNodeInfoProcfsPath(const char *procfs_prefix, const char *fmt, ...) G_GNUC_PRINTF(2, 3);

/*
 * virNodeInfoReadString:
 * @path: a small file (sysfs attribute, procfs file)
 * @value: set to a new string, the content without trailing white space
 *
 * Returns 0, -2 (nothing reported) if the file does not exist, or -1 with
 * an error reported.
 */
int virNodeInfoReadString(const char *path, char **value);

/*
 * virNodeInfoReadInt, virNodeInfoReadUInt:
 * @path: a file holding one decimal number
 * @value: set on success
 *
 * Returns 0, -2 (nothing reported) if the file does not exist, or -1 with
 * VIR_ERR_INTERNAL_ERROR "Invalid (unsigned) integer value 'V' in file
 * 'P'" or a read error reported.
 */
int virNodeInfoReadInt(const char *path, int *value);
int virNodeInfoReadUInt(const char *path, unsigned int *value);

/*
 * virNodeInfoReadBitmap:
 * @path: a file in cpuset syntax ("0-3,8"); empty means no bit
 * @map: set to a new bitmap on success
 *
 * Returns 0, -2 (nothing reported) if the file does not exist, or -1 with
 * an error reported.
 */
int virNodeInfoReadBitmap(const char *path, virBitmap **map);

/*
 * virNodeInfoParseNumber:
 * @str: text that must be a decimal number and nothing else
 * @min, @max: accepted range
 * @value: set on success
 *
 * Returns true on success; reports nothing.
 */
bool virNodeInfoParseNumber(const char *str, gint64 min, gint64 max, gint64 *value);

/*
 * virNodeInfoListDir:
 * @path: a directory
 * @allowMissing: a missing @path is not an error
 * @names: set to a new array of the entry names (without "." and ".."),
 *         sorted
 *
 * Returns 0, -2 (nothing reported) when @path does not exist and
 * @allowMissing, or -1 with a system error reported.
 */
int virNodeInfoListDir(const char *path, bool allowMissing, GPtrArray **names);

/*
 * virNodeInfoParseIndexedName:
 * @name: a directory entry name such as "cpu12" or "node1"
 * @prefix: the expected prefix ("cpu")
 * @num: set to the number after the prefix
 *
 * As sscanf("<prefix>%u"): digits must follow the prefix directly, and
 * anything after them is ignored ("hugepages-2048kB" gives 2048).
 * Returns true if @name matched.
 */
bool virNodeInfoParseIndexedName(const char *name, const char *prefix, unsigned int *num);

/*
 * virNodeInfoHostArch:
 *
 * Returns the host's architecture in libvirt's spelling, from uname():
 * "i686" for any i?86, "x86_64" for amd64, "aarch64" for arm64, the
 * machine name itself when libvirt knows it, else "none". Static string.
 */
const char *virNodeInfoHostArch(void);

/*
 * virNodeInfoArchWordSize:
 * @arch: an architecture name in libvirt's spelling, or NULL
 *
 * Returns the architecture's word size in bits (32 or 64), or 0 when
 * @arch is NULL or not an architecture libvirt knows.
 */
unsigned int virNodeInfoArchWordSize(const char *arch);

/*
 * virNodeInfoPopulate:
 * @sysfs_prefix: root of sysfs, NULL for "/sys"
 * @procfs_prefix: root of procfs, NULL for "/proc"
 * @info: filled on success
 *
 * Computes the host's node information as libvirt does, for the host's
 * architecture (see virNodeInfoPopulateArch()).
 *
 * Returns 0, or -1 with an error reported.
 */
int virNodeInfoPopulate(const char *sysfs_prefix, const char *procfs_prefix, virNodeInfoData *info);

/*
 * virNodeInfoPopulateArch:
 * @arch: architecture name; it decides the frequency line of
 *        /proc/cpuinfo ("cpu MHz" on x86, "clock" on ppc, "cpu MHz
 *        dynamic" on s390, "CPU MHz" on loongarch, none on arm) and makes
 *        every s390 CPU a core of its own
 * @sysfs_prefix, @procfs_prefix: as for virNodeInfoPopulate()
 * @info: filled on success
 *
 * model is @arch. memory is the sum of the nodes' MemTotal, or
 * /proc/meminfo MemTotal without NUMA. cpus counts the online CPUs; mhz
 * is the integer part of the last frequency line of /proc/cpuinfo (a
 * malformed line ends the search). nodes, sockets, cores and threads are
 * the node count and the largest per-node socket, per-socket core and
 * per-core thread counts; when their product differs from the number of
 * present CPUs they become 1, 1, present CPUs, 1. (libvirt's POWER
 * subcore rule, which asks KVM for the threads per subcore, is left out:
 * offline secondary threads always count as offline.)
 *
 * Returns 0, or -1 with an error reported: a system error when cpuinfo,
 * meminfo or the CPU lists cannot be read, VIR_ERR_INTERNAL_ERROR for a
 * malformed sysfs file or when no CPU, socket or thread is found.
 */
int virNodeInfoPopulateArch(const char *arch,
                            const char *sysfs_prefix,
                            const char *procfs_prefix,
                            virNodeInfoData *info);

/*
 * virNodeInfoGetCPUTopology:
 * @sysfs_prefix: root of sysfs, NULL for "/sys"
 * @cpu: CPU number
 * @topo: filled on success; free topo->siblings with virBitmapFree()
 *
 * Reads the CPU's topology files; a missing file gives the defaults
 * noted in virNodeCPUTopology (offline CPUs have none).
 *
 * Returns 0, or -1 with an error reported (VIR_ERR_INTERNAL_ERROR for a
 * malformed value).
 */
int virNodeInfoGetCPUTopology(const char *sysfs_prefix, unsigned int cpu, virNodeCPUTopology *topo);

/*
 * virNodeInfoGetCPUOnline:
 * @sysfs_prefix: root of sysfs, NULL for "/sys"
 * @cpu: CPU number
 * @online: set to whether the CPU is online (true when it has no
 *          "online" file, i.e. cannot be taken offline)
 *
 * Returns 0, or -1 with an error reported.
 */
int virNodeInfoGetCPUOnline(const char *sysfs_prefix, unsigned int cpu, bool *online);

/*
 * virNodeInfoGetCPUMap:
 * @sysfs_prefix: root of sysfs, NULL for "/sys"
 * @name: "online" or "present"
 * @map: set to a new bitmap read from <sysfs>/devices/system/cpu/@name
 *
 * Returns 0, or -1 with an error reported.
 */
int virNodeInfoGetCPUMap(const char *sysfs_prefix, const char *name, virBitmap **map);
