/*
 * virnodeinfotest.c: tests for the node info and host memory readers
 *
 * Each case points the readers at a fake sysfs/procfs tree under
 * virnodeinfodata/<case>/ (written by virnodeinfodata/mktrees.py). The
 * expected numbers of the cases marked "oracle" were recorded from
 * Debian's libvirt 9.0 with the same tree bind-mounted over
 * /sys/devices/system, /sys/kernel/mm/hugepages, /proc/cpuinfo and
 * /proc/meminfo (see virnodeinfodata/README.md); libvirt's Python binding
 * reports memory in MiB, the C struct (and this table) in KiB.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "internal.h"
#include "virerror.h"
#include "virfile.h"
#include "virnodeinfo.h"
#include "virnodenuma.h"

#define VIR_FROM_THIS VIR_FROM_NONE

#define MAX_CELLS 4

typedef struct {
    const char *name;                    /* directory under virnodeinfodata */
    const char *arch;                    /* architecture the tree is read as */
    virNodeInfoData info;                /* expected numbers (model is arch) */
    unsigned long long freeMem;          /* virNodeGetFreeMemory, bytes */
    unsigned long long cells[MAX_CELLS]; /* virNodeGetCellsFreeMemory(0, MAX_CELLS) */
    int ncells;
} testNodeInfoCase;

static const testNodeInfoCase nodeInfoCases[] = {
    /* oracle: the machine the oracle ran on, reproduced */
    { "vm-2cpu",
      "x86_64",
      { "x86_64", 6645964, 2, 2596, 1, 1, 2, 1 },
      5855666176ULL,
      { 5855666176ULL },
      1 },
    /* oracle: 2 sockets x 8 cores x 2 threads, node per socket; the last
     * CPU's "cpu MHz" wins */
    { "2s8c-ht",
      "x86_64",
      { "x86_64", 33554432, 32, 2401, 2, 1, 8, 2 },
      12884901888ULL,
      { 8589934592ULL, 4294967296ULL },
      2 },
    /* oracle: one socket in two nodes */
    { "numa-split-socket",
      "x86_64",
      { "x86_64", 16777216, 8, 3000, 2, 1, 4, 1 },
      13958643712ULL,
      { 7516192768ULL, 6442450944ULL },
      2 },
    /* oracle: CPUs 5 and 7 offline count in the product, not in cpus */
    { "offline-cpus",
      "x86_64",
      { "x86_64", 8388608, 6, 2800, 1, 1, 4, 2 },
      4294967296ULL,
      { 4294967296ULL },
      1 },
    /* oracle: no frequency anywhere */
    { "no-mhz",
      "x86_64",
      { "x86_64", 4194304, 4, 0, 1, 1, 4, 1 },
      2147483648ULL,
      { 2147483648ULL },
      1 },
    /* oracle: cpufreq knows 3.4 GHz, but only cpuinfo counts */
    { "cpufreq-only",
      "x86_64",
      { "x86_64", 4194304, 2, 0, 1, 1, 2, 1 },
      2147483648ULL,
      { 2147483648ULL },
      1 },
    /* oracle: a memory-only node breaks the product: flat numbers */
    { "odd-topology",
      "x86_64",
      { "x86_64", 6291456, 4, 2000, 1, 1, 4, 1 },
      3221225472ULL,
      { 1073741824ULL, 2147483648ULL },
      2 },
    /* oracle: node 1 missing reports 0 free bytes */
    { "sparse-nodes",
      "x86_64",
      { "x86_64", 8388608, 4, 2200, 2, 1, 2, 1 },
      4294967296ULL,
      { 3221225472ULL, 0, 1073741824ULL },
      3 },
    /* oracle (read as x86_64): arm cpuinfo has no "cpu MHz", ids -1 */
    { "arm-8cpu",
      "x86_64",
      { "x86_64", 16777216, 8, 0, 1, 1, 8, 1 },
      16106127360ULL,
      { 16106127360ULL },
      1 },
    { "arm-8cpu",
      "aarch64",
      { "aarch64", 16777216, 8, 0, 1, 1, 8, 1 },
      16106127360ULL,
      { 16106127360ULL },
      1 },
    /* no NUMA: memory from /proc/meminfo (the oracle, on a NUMA kernel
     * with the node directory hidden, reports 0 here) */
    { "single-cpu",
      "x86_64",
      { "x86_64", 1015808, 1, 1999, 1, 1, 1, 1 },
      524288000ULL,
      { 524288000ULL },
      1 },
    /* oracle for cpus/mhz/topology: a malformed second "cpu MHz" line
     * keeps the first value */
    { "bad-mhz",
      "x86_64",
      { "x86_64", 2097152, 2, 1800, 1, 1, 2, 1 },
      1073741824ULL,
      { 1073741824ULL },
      1 },
    /* s390: every CPU is a core, "cpu MHz dynamic" is the frequency */
    { "s390-4cpu",
      "s390x",
      { "s390x", 8388608, 4, 5208, 1, 1, 4, 1 },
      4294967296ULL,
      { 4294967296ULL },
      1 },
    /* oracle for cpus/mhz/topology: read as x86 the same tree has
     * all-zero core ids, so the product fails and no frequency matches */
    { "s390-4cpu",
      "x86_64",
      { "x86_64", 8388608, 4, 0, 1, 1, 4, 1 },
      4294967296ULL,
      { 4294967296ULL },
      1 },
};


static char *
testDataDir(const char *name, const char *sub)
{
    const char *srcdir = g_getenv("abs_srcdir");

    if (!srcdir)
        srcdir = MODVIRT_SOURCE_ROOT "/tests";
    return g_build_filename(srcdir, "virnodeinfodata", name, sub, NULL);
}


/* Asserts the last error's code and, unless NULL, that its message contains @part. */
static void
testCheckError(int code, const char *part)
{
    virErrorPtr err = virGetLastError();

    g_assert_nonnull(err);
    g_assert_cmpint(err->code, ==, code);
    if (part)
        g_assert_nonnull(strstr(err->message, part));
    virResetLastError();
}


static void
testNodeInfo(gconstpointer opaque)
{
    const testNodeInfoCase *tc = opaque;
    g_autofree char *sys = testDataDir(tc->name, "sys");
    g_autofree char *proc = testDataDir(tc->name, "proc");
    virNodeInfoData info;

    memset(&info, 0xff, sizeof(info));
    g_assert_cmpint(virNodeInfoPopulateArch(tc->arch, sys, proc, &info), ==, 0);
    g_assert_cmpstr(info.model, ==, tc->info.model);
    g_assert_cmpuint(info.memory, ==, tc->info.memory);
    g_assert_cmpuint(info.cpus, ==, tc->info.cpus);
    g_assert_cmpuint(info.mhz, ==, tc->info.mhz);
    g_assert_cmpuint(info.nodes, ==, tc->info.nodes);
    g_assert_cmpuint(info.sockets, ==, tc->info.sockets);
    g_assert_cmpuint(info.cores, ==, tc->info.cores);
    g_assert_cmpuint(info.threads, ==, tc->info.threads);
}


static void
testFreeMemory(gconstpointer opaque)
{
    const testNodeInfoCase *tc = opaque;
    g_autofree char *sys = testDataDir(tc->name, "sys");
    g_autofree char *proc = testDataDir(tc->name, "proc");
    unsigned long long cells[MAX_CELLS + 1];
    int i;
    int n;

    g_assert_cmpuint(virNodeGetFreeMemoryImpl(sys, proc), ==, tc->freeMem);

    memset(cells, 0xff, sizeof(cells));
    n = virNodeGetCellsFreeMemoryImpl(sys, proc, cells, 0, MAX_CELLS);
    g_assert_cmpint(n, ==, tc->ncells);
    for (i = 0; i < n; i++)
        g_assert_cmpuint(cells[i], ==, tc->cells[i]);
    /* nothing written past the cells reported */
    g_assert_cmpuint(cells[n], ==, G_MAXUINT64);

    /* from the second cell on, and only one cell at a time */
    if (tc->ncells > 1) {
        g_assert_cmpint(virNodeGetCellsFreeMemoryImpl(sys, proc, cells, 1, MAX_CELLS), ==,
                        tc->ncells - 1);
        g_assert_cmpuint(cells[0], ==, tc->cells[1]);
        g_assert_cmpint(virNodeGetCellsFreeMemoryImpl(sys, proc, cells, 0, 1), ==, 1);
        g_assert_cmpuint(cells[0], ==, tc->cells[0]);
    }

    /* past the last cell: libvirt's message */
    {
        g_autofree char *msg =
            g_strdup_printf("start cell %d out of range (0-%d)", tc->ncells, tc->ncells - 1);

        g_assert_cmpint(virNodeGetCellsFreeMemoryImpl(sys, proc, cells, tc->ncells, 1), ==, -1);
        testCheckError(VIR_ERR_INTERNAL_ERROR, msg);
    }
}


/* The physical_package_id of a CPU is not a number. */
static void
testBadSocket(void)
{
    g_autofree char *sys = testDataDir("bad-socket", "sys");
    g_autofree char *proc = testDataDir("bad-socket", "proc");
    virNodeInfoData info;

    g_assert_cmpint(virNodeInfoPopulateArch("x86_64", sys, proc, &info), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, "Invalid integer value 'zero' in file '");
}


/* No /proc/cpuinfo: a system error naming the file. */
static void
testMissingCpuinfo(void)
{
    g_autofree char *sys = testDataDir("vm-2cpu", "sys");
    g_autofree char *proc = testDataDir("no-such-case", "proc");
    virNodeInfoData info;

    g_assert_cmpint(virNodeInfoPopulateArch("x86_64", sys, proc, &info), ==, -1);
    testCheckError(VIR_ERR_SYSTEM_ERROR, "cpuinfo");
}


/* Writes @text to @dir/@rel, creating directories. */
static void
testWriteFile(const char *dir, const char *rel, const char *text)
{
    g_autofree char *path = g_build_filename(dir, rel, NULL);
    g_autofree char *parent = g_path_get_dirname(path);

    g_assert_cmpint(g_mkdir_with_parents(parent, 0700), ==, 0);
    g_assert_true(g_file_set_contents(path, text, -1, NULL));
}


/* Trees that are broken in ways the committed ones are not. */
static void
testBrokenTrees(void)
{
    g_autofree char *tmp = g_dir_make_tmp("virnodeinfotest-XXXXXX", NULL);
    g_autofree char *sys = g_build_filename(tmp, "sys", NULL);
    g_autofree char *proc = g_build_filename(tmp, "proc", NULL);
    virNodeInfoData info;
    unsigned long long cells[2];

    g_assert_nonnull(tmp);
    testWriteFile(proc, "cpuinfo", "processor\t: 0\ncpu MHz\t\t: 1000.000\n");
    testWriteFile(proc, "meminfo", "MemTotal:        2048 kB\nMemFree:  0 kB\n");

    /* no devices/system/cpu/present */
    g_assert_cmpint(virNodeInfoPopulateArch("x86_64", sys, proc, &info), ==, -1);
    testCheckError(VIR_ERR_SYSTEM_ERROR, "present");

    /* present and online but no CPU directory at all */
    testWriteFile(sys, "devices/system/cpu/present", "0\n");
    testWriteFile(sys, "devices/system/cpu/online", "0\n");
    g_assert_cmpint(virNodeInfoPopulateArch("x86_64", sys, proc, &info), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, "no CPUs found");

    /* a CPU directory without topology files: one socket, core 0, itself */
    testWriteFile(sys, "devices/system/cpu/cpu0/online", "1\n");
    g_assert_cmpint(virNodeInfoPopulateArch("x86_64", sys, proc, &info), ==, 0);
    g_assert_cmpuint(info.cpus, ==, 1);
    g_assert_cmpuint(info.memory, ==, 2048);
    g_assert_cmpuint(info.mhz, ==, 1000);
    g_assert_cmpuint(info.sockets * info.cores * info.threads * info.nodes, ==, 1);

    /* no free memory and no NUMA: libvirt's message */
    g_assert_cmpint(virNodeGetCellsFreeMemoryImpl(sys, proc, cells, 0, 2), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, "Cannot determine free memory");

    /* meminfo without MemTotal */
    testWriteFile(proc, "meminfo", "MemFree: 10 kB\n");
    g_assert_cmpint(virNodeInfoPopulateArch("x86_64", sys, proc, &info), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, "MemTotal");
    g_assert_cmpuint(virNodeGetFreeMemoryImpl(sys, proc), ==, 10240);

    g_assert_cmpint(virFileDeleteTree(tmp), ==, 0);
}


static void
testCellsBadArgs(void)
{
    g_autofree char *sys = testDataDir("vm-2cpu", "sys");
    g_autofree char *proc = testDataDir("vm-2cpu", "proc");
    unsigned long long cells[2];

    g_assert_cmpint(virNodeGetCellsFreeMemoryImpl(sys, proc, NULL, 0, 1), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG, NULL);
    g_assert_cmpint(virNodeGetCellsFreeMemoryImpl(sys, proc, cells, -1, 1), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG, NULL);
    g_assert_cmpint(virNodeGetCellsFreeMemoryImpl(sys, proc, cells, 0, 0), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG, NULL);
}


/* NUMA helpers on the two-node tree. */
static void
testNUMAHelpers(void)
{
    g_autofree char *sys = testDataDir("2s8c-ht", "sys");
    g_autofree char *proc = testDataDir("2s8c-ht", "proc");
    g_autoptr(virBitmap) nodes = NULL;
    g_autoptr(virBitmap) cpus = NULL;
    g_autofree char *nodestr = NULL;
    g_autofree char *cpustr = NULL;
    g_autofree unsigned int *dist = NULL;
    virNodePages pages = { 0 };
    virNodeCPUTopology topo;
    size_t ndist = 0;

    g_assert_cmpint(virNodeNUMAGetNodes(sys, &nodes), ==, 0);
    nodestr = virBitmapFormat(nodes);
    g_assert_cmpstr(nodestr, ==, "0-1");

    g_assert_cmpint(virNodeNUMAGetNodeCPUs(sys, 1, &cpus), ==, 0);
    cpustr = virBitmapFormat(cpus);
    g_assert_cmpstr(cpustr, ==, "8-15,24-31");

    g_assert_cmpint(virNodeNUMAGetDistances(sys, 1, nodes, &dist, &ndist), ==, 0);
    g_assert_cmpuint(ndist, ==, 2);
    g_assert_cmpuint(dist[0], ==, 21);
    g_assert_cmpuint(dist[1], ==, 10);

    /* 16 GiB minus 512 x 2 MiB and 1 x 1 GiB huge pages, in system pages */
    g_assert_cmpint(virNodeNUMAGetPages(sys, proc, 0, &pages), ==, 0);
    g_assert_cmpuint(pages.npages, ==, 3);
    g_assert_cmpuint(pages.size[0], ==, sysconf(_SC_PAGESIZE) / 1024);
    g_assert_cmpuint(pages.avail[0], ==, (14ULL << 30) / sysconf(_SC_PAGESIZE));
    g_assert_cmpuint(pages.free[0], ==, (8ULL << 30) / sysconf(_SC_PAGESIZE));
    g_assert_cmpuint(pages.size[1], ==, 2048);
    g_assert_cmpuint(pages.avail[1], ==, 512);
    g_assert_cmpuint(pages.free[1], ==, 256);
    g_assert_cmpuint(pages.size[2], ==, 1048576);
    g_assert_cmpuint(pages.avail[2], ==, 1);
    virNodePagesClear(&pages);

    g_assert_cmpint(virNodeInfoGetCPUTopology(sys, 25, &topo), ==, 0);
    g_assert_cmpuint(topo.socket_id, ==, 1);
    g_assert_cmpuint(topo.die_id, ==, 0);
    g_assert_cmpuint(topo.core_id, ==, 1);
    g_free(cpustr);
    cpustr = virBitmapFormat(topo.siblings);
    g_assert_cmpstr(cpustr, ==, "9,25");
    virBitmapFree(topo.siblings);
}


/* The real machine: only what is certain about any host. */
static void
testRealHost(void)
{
    virNodeInfoData info;
    long online = sysconf(_SC_NPROCESSORS_ONLN);

    if (!g_file_test("/sys/devices/system/cpu/present", G_FILE_TEST_EXISTS)) {
        g_test_skip("no /sys/devices/system/cpu/present on this machine");
        return;
    }
    g_assert_cmpint(virNodeInfoPopulate(NULL, NULL, &info), ==, 0);
    g_assert_cmpstr(info.model, ==, virNodeInfoHostArch());
    g_assert_cmpuint(info.cpus, ==, online);
    g_assert_cmpuint(info.memory, >, 0);
    g_assert_cmpuint((guint64)info.nodes * info.sockets * info.cores * info.threads, >=, info.cpus);
    g_assert_cmpuint(virNodeGetFreeMemoryImpl(NULL, NULL), >, 0);
}


static void
testArch(void)
{
    struct utsname ut;

    g_assert_cmpuint(virNodeInfoArchWordSize("x86_64"), ==, 64);
    g_assert_cmpuint(virNodeInfoArchWordSize("i686"), ==, 32);
    g_assert_cmpuint(virNodeInfoArchWordSize("s390"), ==, 32);
    g_assert_cmpuint(virNodeInfoArchWordSize("sh4eb"), ==, 64);
    g_assert_cmpuint(virNodeInfoArchWordSize("i386"), ==, 0);
    g_assert_cmpuint(virNodeInfoArchWordSize(NULL), ==, 0);

    g_assert_cmpint(uname(&ut), ==, 0);
    if (g_str_equal(ut.machine, "x86_64"))
        g_assert_cmpstr(virNodeInfoHostArch(), ==, "x86_64");
    g_assert_cmpuint(virNodeInfoArchWordSize(virNodeInfoHostArch()), >, 0);
}


int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);

    for (i = 0; i < G_N_ELEMENTS(nodeInfoCases); i++) {
        const testNodeInfoCase *tc = &nodeInfoCases[i];
        g_autofree char *info =
            g_strdup_printf("/conf/nodeinfo/populate/%s/%s", tc->name, tc->arch);
        g_autofree char *mem = g_strdup_printf("/conf/nodeinfo/freemem/%s/%s", tc->name, tc->arch);

        g_test_add_data_func(info, tc, testNodeInfo);
        g_test_add_data_func(mem, tc, testFreeMemory);
    }
    g_test_add_func("/conf/nodeinfo/error/bad-socket", testBadSocket);
    g_test_add_func("/conf/nodeinfo/error/missing-cpuinfo", testMissingCpuinfo);
    g_test_add_func("/conf/nodeinfo/error/broken-trees", testBrokenTrees);
    g_test_add_func("/conf/nodeinfo/error/cells-args", testCellsBadArgs);
    g_test_add_func("/conf/nodeinfo/numa-helpers", testNUMAHelpers);
    g_test_add_func("/conf/nodeinfo/arch", testArch);
    g_test_add_func("/conf/nodeinfo/real-host", testRealHost);

    return g_test_run();
}
