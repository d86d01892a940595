/*
 * virnodeinfo.c: what the host's sysfs and procfs say about its CPUs,
 * NUMA nodes and memory
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <string.h>
#include <sys/utsname.h>
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

VIR_LOG_INIT("conf.nodeinfo");

#define VIR_NODEINFO_SYSFS_DEFAULT "/sys"
#define VIR_NODEINFO_PROCFS_DEFAULT "/proc"


/* Joins @prefix (or @deflt when NULL) with a printf-formatted path. */
static char *virNodeInfoPathV(const char *prefix, const char *deflt, const char *fmt, va_list ap)
    G_GNUC_PRINTF(3, 0);

static char *
virNodeInfoPathV(const char *prefix, const char *deflt, const char *fmt, va_list ap)
{
    g_autofree char *rel = g_strdup_vprintf(fmt, ap);

    return g_build_filename(prefix ? prefix : deflt, rel, NULL);
}


char *
virNodeInfoSysfsPath(const char *sysfs_prefix, const char *fmt, ...)
{
    va_list ap;
    char *ret;

    va_start(ap, fmt);
    ret = virNodeInfoPathV(sysfs_prefix, VIR_NODEINFO_SYSFS_DEFAULT, fmt, ap);
    va_end(ap);
    return ret;
}


char *
virNodeInfoProcfsPath(const char *procfs_prefix, const char *fmt, ...)
{
    va_list ap;
    char *ret;

    va_start(ap, fmt);
    ret = virNodeInfoPathV(procfs_prefix, VIR_NODEINFO_PROCFS_DEFAULT, fmt, ap);
    va_end(ap);
    return ret;
}

#define SYSFS_PATH virNodeInfoSysfsPath
#define PROCFS_PATH virNodeInfoProcfsPath


int
virNodeInfoReadString(const char *path, char **value)
{
    g_autofree char *buf = NULL;

    if (!virFileExists(path))
        return -2;
    if (virFileReadAll(path, VIR_NODEINFO_MAX_FILE, &buf) < 0)
        return -1;
    g_strchomp(buf);
    *value = g_steal_pointer(&buf);
    return 0;
}


bool
virNodeInfoParseNumber(const char *str, gint64 min, gint64 max, gint64 *value)
{
    gint64 tmp;
    char *end = NULL;

    if (!*str || g_ascii_isspace(*str))
        return false;
    errno = 0;
    tmp = g_ascii_strtoll(str, &end, 10);
    if (errno != 0 || *end != '\0' || tmp < min || tmp > max)
        return false;
    *value = tmp;
    return true;
}


int
virNodeInfoReadInt(const char *path, int *value)
{
    g_autofree char *str = NULL;
    gint64 tmp;
    int rc;

    if ((rc = virNodeInfoReadString(path, &str)) < 0)
        return rc;
    if (!virNodeInfoParseNumber(str, G_MININT, G_MAXINT, &tmp)) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("Invalid integer value '%1$s' in file '%2$s'"),
                       str, path);
        return -1;
    }
    *value = tmp;
    return 0;
}


int
virNodeInfoReadUInt(const char *path, unsigned int *value)
{
    g_autofree char *str = NULL;
    gint64 tmp;
    int rc;

    if ((rc = virNodeInfoReadString(path, &str)) < 0)
        return rc;
    if (!virNodeInfoParseNumber(str, 0, G_MAXUINT, &tmp)) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("Invalid unsigned integer value '%1$s' in file '%2$s'"), str, path);
        return -1;
    }
    *value = tmp;
    return 0;
}


int
virNodeInfoReadBitmap(const char *path, virBitmap **map)
{
    g_autofree char *str = NULL;
    int rc;

    if ((rc = virNodeInfoReadString(path, &str)) < 0)
        return rc;
    /* An empty list (a node without CPUs) is an empty map. */
    if (!*str) {
        *map = virBitmapNew(0);
        return 0;
    }
    if (!(*map = virBitmapParseUnlimited(str)))
        return -1;
    return 0;
}


/* Sorts a GPtrArray of strings. */
static int
virNodeInfoCompareNames(gconstpointer a, gconstpointer b)
{
    return g_strcmp0(*(const char *const *)a, *(const char *const *)b);
}


int
virNodeInfoListDir(const char *path, bool allowMissing, GPtrArray **names)
{
    g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func(g_free);
    struct dirent *ent;
    DIR *dir;

    /* glibc's opendir() opens the directory with O_CLOEXEC. */
    if (!(dir = opendir(path))) {
        if (allowMissing && (errno == ENOENT || errno == ENOTDIR))
            return -2;
        virReportSystemError(errno, _("cannot open directory '%1$s'"), path);
        return -1;
    }
    errno = 0;
    while ((ent = readdir(dir))) {
        if (!g_str_equal(ent->d_name, ".") && !g_str_equal(ent->d_name, ".."))
            g_ptr_array_add(list, g_strdup(ent->d_name));
        errno = 0;
    }
    if (errno != 0) {
        virReportSystemError(errno, _("Unable to read directory '%1$s'"), path);
        closedir(dir);
        return -1;
    }
    closedir(dir);
    g_ptr_array_sort(list, virNodeInfoCompareNames);
    *names = g_steal_pointer(&list);
    return 0;
}


bool
virNodeInfoParseIndexedName(const char *name, const char *prefix, unsigned int *num)
{
    const char *p;
    char *end = NULL;
    guint64 tmp;

    if (!g_str_has_prefix(name, prefix))
        return false;
    p = name + strlen(prefix);
    if (!g_ascii_isdigit(*p))
        return false;
    errno = 0;
    tmp = g_ascii_strtoull(p, &end, 10);
    if (errno != 0 || tmp > G_MAXUINT)
        return false;
    *num = tmp;
    return true;
}


/* libvirt's architecture names and word sizes. */
static const struct {
    const char *name;
    unsigned int wordsize;
} virNodeInfoArchs[] = {
    { "alpha", 64 },        { "armv6l", 32 },      { "armv7l", 32 },  { "armv7b", 32 },
    { "aarch64", 64 },      { "cris", 32 },        { "i686", 32 },    { "ia64", 64 },
    { "lm32", 32 },         { "loongarch64", 64 }, { "m68k", 32 },    { "microblaze", 32 },
    { "microblazeel", 32 }, { "mips", 32 },        { "mipsel", 32 },  { "mips64", 64 },
    { "mips64el", 64 },     { "openrisc", 32 },    { "parisc", 32 },  { "parisc64", 64 },
    { "ppc", 32 },          { "ppcle", 32 },       { "ppc64", 64 },   { "ppc64le", 64 },
    { "ppcemb", 32 },       { "riscv32", 32 },     { "riscv64", 64 }, { "s390", 32 },
    { "s390x", 64 },        { "sh4", 32 },         { "sh4eb", 64 },   { "sparc", 32 },
    { "sparc64", 64 },      { "unicore32", 32 },   { "x86_64", 64 },  { "xtensa", 32 },
    { "xtensaeb", 32 },
};


unsigned int
virNodeInfoArchWordSize(const char *arch)
{
    size_t i;

    for (i = 0; arch && i < G_N_ELEMENTS(virNodeInfoArchs); i++) {
        if (g_str_equal(virNodeInfoArchs[i].name, arch))
            return virNodeInfoArchs[i].wordsize;
    }
    return 0;
}


const char *
virNodeInfoHostArch(void)
{
    static const char *arch;
    static gsize once;

    if (g_once_init_enter(&once)) {
        struct utsname ut;
        size_t i;

        arch = "none";
        if (uname(&ut) < 0) {
            VIR_DEBUG("uname failed, host architecture unknown");
        } else if (strlen(ut.machine) == 4 && ut.machine[0] == 'i' &&
                   g_str_equal(ut.machine + 2, "86")) {
            arch = "i686";
        } else if (g_str_equal(ut.machine, "amd64")) {
            arch = "x86_64";
        } else if (g_str_equal(ut.machine, "arm64")) {
            arch = "aarch64";
        } else {
            for (i = 0; i < G_N_ELEMENTS(virNodeInfoArchs); i++) {
                if (g_str_equal(virNodeInfoArchs[i].name, ut.machine))
                    arch = virNodeInfoArchs[i].name;
            }
        }
        g_once_init_leave(&once, 1);
    }
    return arch;
}


int
virNodeInfoGetCPUMap(const char *sysfs_prefix, const char *name, virBitmap **map)
{
    g_autofree char *path = SYSFS_PATH(sysfs_prefix, "devices/system/cpu/%s", name);
    int rc = virNodeInfoReadBitmap(path, map);

    if (rc == -2) {
        virReportSystemError(ENOENT, _("Cannot open file '%1$s'"), path);
        return -1;
    }
    return rc;
}


int
virNodeInfoGetCPUOnline(const char *sysfs_prefix, unsigned int cpu, bool *online)
{
    g_autofree char *path = SYSFS_PATH(sysfs_prefix, "devices/system/cpu/cpu%u/online", cpu);
    unsigned int val = 1;
    int rc;

    /* No "online" file: the CPU cannot be taken offline. */
    if ((rc = virNodeInfoReadUInt(path, &val)) == -1)
        return -1;
    *online = val != 0;
    return 0;
}


/* Socket of @cpu: 0 when the file is absent or holds a negative id. */
static int
virNodeInfoGetSocket(const char *sysfs_prefix, unsigned int cpu, unsigned int *socket)
{
    g_autofree char *path = NULL;
    int val = 0;

    path = SYSFS_PATH(sysfs_prefix, "devices/system/cpu/cpu%u/topology/physical_package_id", cpu);
    if (virNodeInfoReadInt(path, &val) == -1)
        return -1;
    *socket = val < 0 ? 0 : val;
    return 0;
}


/* Core of @cpu: 0 when the file is absent. */
static int
virNodeInfoGetCore(const char *sysfs_prefix, unsigned int cpu, unsigned int *core)
{
    g_autofree char *path = NULL;
    unsigned int val = 0;

    path = SYSFS_PATH(sysfs_prefix, "devices/system/cpu/cpu%u/topology/core_id", cpu);
    if (virNodeInfoReadUInt(path, &val) == -1)
        return -1;
    *core = val;
    return 0;
}


/* Thread siblings of @cpu: the CPU alone when the file is absent. */
static virBitmap *
virNodeInfoGetSiblings(const char *sysfs_prefix, unsigned int cpu)
{
    g_autofree char *path = NULL;
    virBitmap *map = NULL;
    int rc;

    path = SYSFS_PATH(sysfs_prefix, "devices/system/cpu/cpu%u/topology/thread_siblings_list", cpu);
    if ((rc = virNodeInfoReadBitmap(path, &map)) == -1)
        return NULL;
    if (rc == -2) {
        map = virBitmapNew(cpu + 1);
        (void)virBitmapSetBit(map, cpu);
    }
    return map;
}


int
virNodeInfoGetCPUTopology(const char *sysfs_prefix, unsigned int cpu, virNodeCPUTopology *topo)
{
    g_autofree char *path = NULL;
    int die = 0;
    unsigned int socket;
    unsigned int core;
    virBitmap *siblings;

    path = SYSFS_PATH(sysfs_prefix, "devices/system/cpu/cpu%u/topology/die_id", cpu);
    if (virNodeInfoGetSocket(sysfs_prefix, cpu, &socket) < 0 ||
        virNodeInfoReadInt(path, &die) == -1 || virNodeInfoGetCore(sysfs_prefix, cpu, &core) < 0 ||
        !(siblings = virNodeInfoGetSiblings(sysfs_prefix, cpu)))
        return -1;

    topo->socket_id = socket;
    topo->die_id = die < 0 ? 0 : die;
    topo->core_id = core;
    topo->siblings = siblings;
    return 0;
}


/* Counts for one node (or for the whole host without NUMA). */
typedef struct {
    unsigned int processors; /* online CPUs */
    unsigned int sockets;    /* distinct sockets */
    unsigned int cores;      /* most distinct cores in one socket */
    unsigned int threads;    /* most thread siblings of one CPU */
} virNodeInfoCounts;


/* Collects the present CPUs listed in @dir and the sockets of the online ones. */
static int
virNodeInfoScanNodeDir(const char *sysfs_prefix,
                       const char *dir,
                       const virBitmap *present,
                       const virBitmap *online,
                       virBitmap *nodecpus,
                       GHashTable *sockets)
{
    g_autoptr(GPtrArray) names = NULL;
    size_t i;

    if (virNodeInfoListDir(dir, false, &names) < 0)
        return -1;

    for (i = 0; i < names->len; i++) {
        unsigned int cpu;
        unsigned int sock;

        if (!virNodeInfoParseIndexedName(g_ptr_array_index(names, i), "cpu", &cpu) ||
            !virBitmapIsBitSet(present, cpu))
            continue;
        virBitmapSetBitExpand(nodecpus, cpu);
        if (!virBitmapIsBitSet(online, cpu))
            continue;
        if (virNodeInfoGetSocket(sysfs_prefix, cpu, &sock) < 0)
            return -1;
        if (!g_hash_table_contains(sockets, GUINT_TO_POINTER(sock)))
            g_hash_table_insert(sockets, GUINT_TO_POINTER(sock), virBitmapNew(0));
    }
    return 0;
}


/* Adds online @cpu to the per-socket core maps and the thread count. */
static int
virNodeInfoCountCPU(const char *sysfs_prefix,
                    unsigned int cpu,
                    bool s390,
                    GHashTable *sockets,
                    virNodeInfoCounts *counts)
{
    g_autoptr(virBitmap) siblings = NULL;
    virBitmap *cores;
    unsigned int sock;
    unsigned int core;
    size_t nsiblings;

    if (virNodeInfoGetSocket(sysfs_prefix, cpu, &sock) < 0)
        return -1;
    if (!(cores = g_hash_table_lookup(sockets, GUINT_TO_POINTER(sock)))) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("CPU socket topology has changed"));
        return -1;
    }

    /* On s390 a logical CPU is a core of its own. */
    if (s390)
        core = cpu;
    else if (virNodeInfoGetCore(sysfs_prefix, cpu, &core) < 0)
        return -1;
    virBitmapSetBitExpand(cores, core);

    if (!(siblings = virNodeInfoGetSiblings(sysfs_prefix, cpu)))
        return -1;
    nsiblings = virBitmapCountBits(siblings);
    if (nsiblings == 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("no thread siblings for CPU %1$u"), cpu);
        return -1;
    }
    counts->processors++;
    if (nsiblings > counts->threads)
        counts->threads = nsiblings;
    return 0;
}


/*
 * Counts the CPUs of one node directory (or of devices/system/cpu).
 * Offline CPUs of the node are added to @offline.
 */
static int
virNodeInfoParseNode(const char *sysfs_prefix,
                     const char *dir,
                     bool s390,
                     const virBitmap *present,
                     const virBitmap *online,
                     virNodeInfoCounts *counts,
                     unsigned int *offline)
{
    g_autoptr(virBitmap) nodecpus = virBitmapNew(0);
    g_autoptr(GHashTable) sockets = NULL;
    GHashTableIter iter;
    gpointer value;
    ssize_t cpu = -1;

    sockets =
        g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, (GDestroyNotify)virBitmapFree);
    memset(counts, 0, sizeof(*counts));

    if (virNodeInfoScanNodeDir(sysfs_prefix, dir, present, online, nodecpus, sockets) < 0)
        return -1;

    while ((cpu = virBitmapNextSetBit(nodecpus, cpu)) >= 0) {
        if (!virBitmapIsBitSet(online, cpu)) {
            (*offline)++;
            continue;
        }
        if (virNodeInfoCountCPU(sysfs_prefix, cpu, s390, sockets, counts) < 0)
            return -1;
    }

    counts->sockets = g_hash_table_size(sockets);
    g_hash_table_iter_init(&iter, sockets);
    while (g_hash_table_iter_next(&iter, NULL, &value)) {
        unsigned int ncores = virBitmapCountBits(value);

        if (ncores > counts->cores)
            counts->cores = ncores;
    }
    return 0;
}


/*
 * Parses one /proc/cpuinfo line for the frequency after @prefix.
 * Returns 0 (found, @mhz set), 1 (another line) or -1 (malformed).
 */
static int
virNodeInfoParseFrequencyLine(const char *line, const char *prefix, unsigned int *mhz)
{
    const char *p;
    char *end = NULL;
    guint64 val;

    if (!g_str_has_prefix(line, prefix))
        return 1;
    p = line + strlen(prefix);
    while (g_ascii_isspace(*p))
        p++;
    if (*p == '\0')
        return -1;
    if (*p != ':')
        return 1;
    p++;
    while (g_ascii_isspace(*p))
        p++;
    if (!g_ascii_isdigit(*p))
        return -1;
    errno = 0;
    val = g_ascii_strtoull(p, &end, 10);
    if (errno != 0 || val > G_MAXUINT || (*end != '.' && *end != '\0' && !g_ascii_isspace(*end)))
        return -1;
    *mhz = val;
    return 0;
}


/* Frequency line prefix of /proc/cpuinfo for @arch, or NULL. */
static const char *
virNodeInfoFrequencyPrefix(const char *arch)
{
    if (g_str_equal(arch, "i686") || g_str_equal(arch, "x86_64"))
        return "cpu MHz";
    if (g_str_has_prefix(arch, "ppc"))
        return "clock";
    if (g_str_has_prefix(arch, "s390"))
        return "cpu MHz dynamic";
    if (g_str_has_prefix(arch, "loongarch"))
        return "CPU MHz";
    return NULL;
}


/* The last frequency in @cpuinfo; a malformed line ends the search. */
static unsigned int
virNodeInfoParseFrequency(const char *cpuinfo, const char *arch)
{
    const char *prefix = virNodeInfoFrequencyPrefix(arch);
    g_auto(GStrv) lines = NULL;
    unsigned int mhz = 0;
    size_t i;

    if (!prefix) {
        VIR_DEBUG("no CPU frequency in cpuinfo for architecture '%s'", arch);
        return 0;
    }
    lines = g_strsplit(cpuinfo, "\n", -1);
    for (i = 0; lines[i]; i++) {
        if (virNodeInfoParseFrequencyLine(lines[i], prefix, &mhz) < 0) {
            VIR_DEBUG("Missing or invalid CPU frequency in cpuinfo, ignoring");
            break;
        }
    }
    return mhz;
}


/* Counts node by node; @nodes is left 0 when the host has no NUMA nodes. */
static int
virNodeInfoCountNodes(const char *sysfs_prefix,
                      bool s390,
                      const virBitmap *present,
                      const virBitmap *online,
                      virNodeInfoData *info,
                      unsigned int *offline)
{
    g_autofree char *nodedir = SYSFS_PATH(sysfs_prefix, "devices/system/node");
    g_autoptr(GPtrArray) names = NULL;
    size_t i;
    int rc;

    /* No node directory: the host probably has no NUMA. */
    if ((rc = virNodeInfoListDir(nodedir, true, &names)) == -2)
        return 0;
    if (rc < 0)
        return -1;

    for (i = 0; i < names->len; i++) {
        const char *name = g_ptr_array_index(names, i);
        g_autofree char *dir = NULL;
        virNodeInfoCounts counts;
        unsigned int node;

        if (!virNodeInfoParseIndexedName(name, "node", &node))
            continue;
        info->nodes++;
        dir = g_build_filename(nodedir, name, NULL);
        if (virNodeInfoParseNode(sysfs_prefix, dir, s390, present, online, &counts, offline) < 0)
            return -1;
        info->cpus += counts.processors;
        info->sockets = MAX(info->sockets, counts.sockets);
        info->cores = MAX(info->cores, counts.cores);
        info->threads = MAX(info->threads, counts.threads);
    }
    return 0;
}


/* The topology part of virNodeInfoPopulateArch(). */
static int
virNodeInfoGetTopology(const char *arch, const char *sysfs_prefix, virNodeInfoData *info)
{
    g_autoptr(virBitmap) present = NULL;
    g_autoptr(virBitmap) online = NULL;
    bool s390 = g_str_has_prefix(arch, "s390");
    unsigned int offline = 0;

    if (virNodeInfoGetCPUMap(sysfs_prefix, "present", &present) < 0 ||
        virNodeInfoGetCPUMap(sysfs_prefix, "online", &online) < 0)
        return -1;

    if (virNodeInfoCountNodes(sysfs_prefix, s390, present, online, info, &offline) < 0)
        return -1;

    /* Without nodes (or CPUs in them) the CPU directory is one node. */
    if (info->cpus == 0 || info->nodes == 0) {
        g_autofree char *cpudir = SYSFS_PATH(sysfs_prefix, "devices/system/cpu");
        virNodeInfoCounts counts;

        if (virNodeInfoParseNode(sysfs_prefix, cpudir, s390, present, online, &counts, &offline) <
            0)
            return -1;
        info->nodes = 1;
        info->cpus = counts.processors;
        info->sockets = counts.sockets;
        info->cores = counts.cores;
        info->threads = counts.threads;
    }

    if (info->cpus == 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("no CPUs found"));
        return -1;
    }
    if (info->sockets == 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("no sockets found"));
        return -1;
    }
    if (info->threads == 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("no threads found"));
        return -1;
    }

    /*
     * A topology that does not multiply out (memory-only nodes, CPUs that
     * report cores as threads...) cannot be described by these numbers:
     * report a flat one and let the capabilities XML tell the truth.
     */
    if ((guint64)info->nodes * info->sockets * info->cores * info->threads !=
        (guint64)info->cpus + offline) {
        info->nodes = 1;
        info->sockets = 1;
        info->cores = info->cpus + offline;
        info->threads = 1;
    }
    return 0;
}


int
virNodeInfoPopulateArch(const char *arch,
                        const char *sysfs_prefix,
                        const char *procfs_prefix,
                        virNodeInfoData *info)
{
    g_autofree char *cpuinfoPath = PROCFS_PATH(procfs_prefix, "cpuinfo");
    g_autofree char *cpuinfo = NULL;
    virNodeInfoData tmp = { { 0 } };
    unsigned long long memory;

    g_strlcpy(tmp.model, arch, sizeof(tmp.model));

    if (virNodeGetMemoryImpl(sysfs_prefix, procfs_prefix, &memory, NULL) < 0)
        return -1;
    tmp.memory = memory / 1024;

    if (virFileReadAll(cpuinfoPath, VIR_NODEINFO_MAX_FILE, &cpuinfo) < 0)
        return -1;
    tmp.mhz = virNodeInfoParseFrequency(cpuinfo, arch);

    if (virNodeInfoGetTopology(arch, sysfs_prefix, &tmp) < 0)
        return -1;

    *info = tmp;
    return 0;
}


int
virNodeInfoPopulate(const char *sysfs_prefix, const char *procfs_prefix, virNodeInfoData *info)
{
    return virNodeInfoPopulateArch(virNodeInfoHostArch(), sysfs_prefix, procfs_prefix, info);
}
