/*
 * vircapabilitiestest.c: tests for the capabilities model, its formatter
 * and its filling from (fake) sysfs and procfs trees
 *
 * Formatter cases build a model in C and compare the document with
 * vircapabilitiesdata/<name>.xml:
 *   test-default  recorded from libvirt 9.0: test:///default getCapabilities()
 *   qemu-embed    recorded from libvirt 9.0: qemu:///embed on the oracle
 *                 machine (machine lists shortened by whole lines)
 *   caps-test     the corpus schema sample in libvirt 9.0's layout (see
 *                 testCorpusSample for how it relates to the sample)
 *   full          every element the model has (written by this code once,
 *                 checked against formatcaps.rst and capability.rng)
 * Host init cases fill the host from virnodeinfodata/<tree> and compare
 * with hostinit-<tree>.xml (written by this code once, reviewed); where a
 * hostinit-<tree>.oracle.xml exists, the host <cpu> topology and pages
 * lines and the <topology> and <cache> blocks must equal what libvirt 9.0
 * printed for the same tree (see virnodeinfodata/README.md).
 *
 * Every document that libvirt's schema should accept is validated against
 * capability.rng (skipped when the schema is not installed).
 *
 * Set VIR_TEST_REGENERATE_OUTPUT=1 to rewrite the expected files that
 * this code wrote (never the recorded ones).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include <glib.h>
#include <libxml/parser.h>

#include "internal.h"
#include "vircapabilities.h"
#include "vircapshostinit.h"
#include "virerror.h"
#include "virfile.h"
#include "virxml.h"

#define VIR_FROM_THIS VIR_FROM_CAPABILITIES


static char *
testSrcPath(const char *dir, const char *name)
{
    const char *srcdir = g_getenv("abs_srcdir");

    if (!srcdir)
        srcdir = MODVIRT_SOURCE_ROOT "/tests";
    return g_build_filename(srcdir, dir, name, NULL);
}


static void
testCheckError(int code, const char *message)
{
    virErrorPtr err = virGetLastError();

    g_assert_nonnull(err);
    g_assert_cmpint(err->code, ==, code);
    if (message)
        g_assert_cmpstr(err->message, ==, message);
    virResetLastError();
}


/* Fails with the first differing line when @actual is not @expected. */
static void
testCompareText(const char *what, const char *expected, const char *actual)
{
    g_auto(GStrv) exp = NULL;
    g_auto(GStrv) act = NULL;
    size_t i;

    if (g_str_equal(expected, actual))
        return;
    exp = g_strsplit(expected, "\n", -1);
    act = g_strsplit(actual, "\n", -1);
    for (i = 0; exp[i] && act[i] && g_str_equal(exp[i], act[i]); i++)
        ;
    g_test_message("%s differs at line %zu:\n-%s\n+%s", what, i + 1, NULLSTR(exp[i]),
                   NULLSTR(act[i]));
    g_test_fail();
}


/* Compares with vircapabilitiesdata/@name, or rewrites it when asked to. */
static void
testCompareFile(const char *name, const char *actual, bool recorded)
{
    g_autofree char *path = testSrcPath("vircapabilitiesdata", name);
    g_autofree char *expected = NULL;

    if (!recorded && g_getenv("VIR_TEST_REGENERATE_OUTPUT")) {
        g_assert_true(g_file_set_contents(path, actual, -1, NULL));
        return;
    }
    g_assert_true(g_file_get_contents(path, &expected, NULL, NULL));
    testCompareText(name, expected, actual);
}


/* Validates @xml against capability.rng; false (test skipped) without it. */
static bool
testValidate(const char *xml, bool expectValid)
{
    g_autofree char *schema = g_build_filename(virXMLSchemaDir(), "capability.rng", NULL);
    g_autoptr(xmlDoc) doc = NULL;
    int rc;

    if (!virFileExists(schema)) {
        g_test_skip("capability.rng is not installed; schema check skipped");
        return false;
    }
    doc = xmlReadMemory(xml, strlen(xml), "capabilities.xml", NULL, XML_PARSE_NONET);
    g_assert_nonnull(doc);
    rc = virXMLValidateAgainstSchema(schema, doc);
    if (expectValid && rc < 0)
        g_test_message("schema: %s", virGetLastErrorMessage());
    g_assert_cmpint(rc, ==, expectValid ? 0 : -1);
    virResetLastError();
    return true;
}


/* One NUMA cell of CPUs @first..@first+@n-1, one core each, socket @socket. */
static void
testAddCell(virCapsHostNUMA *numa,
            int id,
            unsigned long long mem,
            unsigned int first,
            unsigned int n,
            unsigned int socket,
            bool topology)
{
    virCapsHostNUMACellCPU *cpus = g_new0(virCapsHostNUMACellCPU, n);
    unsigned int i;

    for (i = 0; i < n; i++) {
        cpus[i].id = first + i;
        cpus[i].socket_id = socket;
        cpus[i].core_id = i;
        if (topology) {
            cpus[i].siblings = virBitmapNew(first + i + 1);
            g_assert_cmpint(virBitmapSetBit(cpus[i].siblings, first + i), ==, 0);
        }
    }
    virCapsHostNUMAAddCell(numa, id, mem, n, &cpus, 0, NULL, 0, NULL);
    g_assert_null(cpus);
}


/* Sets the page pools of the last cell. */
static void
testCellPages(virCapsHostNUMA *numa, const virCapsHostNUMACellPageInfo *pages, size_t n)
{
    virCapsHostNUMACell *cell = numa->cells[numa->ncells - 1];

    cell->pageinfo = g_memdup2(pages, n * sizeof(*pages));
    cell->npageinfo = n;
}


/* The capabilities of libvirt's test driver (test:///default). */
static virCaps *
testBuildTestDefault(void)
{
    g_autoptr(virCaps) caps = virCapabilitiesNew("i686", false, false);
    g_autoptr(virCapsHostNUMA) numa = virCapsHostNUMANew();
    static const virCapsHostNUMACellPageInfo pages0[] = { { 4, 524288 },
                                                          { 2048, 0 },
                                                          { 1048576, 0 } };
    static const virCapsHostNUMACellPageInfo pages1[] = { { 8, 524288 },
                                                          { 2048, 0 },
                                                          { 1048576, 0 } };
    static const unsigned int sizes[] = { 4, 8, 2048, 1048576 };
    const char *ostypes[] = { "hvm", "xen" };
    size_t i;

    g_assert_nonnull(caps);
    g_assert_cmpint(virCapsHostAddFeature(&caps->host, "pae"), ==, 0);
    g_assert_cmpint(virCapsHostAddFeature(&caps->host, "nonpae"), ==, 0);
    for (i = 0; i < G_N_ELEMENTS(sizes); i++)
        virCapsHostAddPageSize(&caps->host, sizes[i]);

    testAddCell(numa, 0, 2097152, 0, 8, 0, true);
    testCellPages(numa, pages0, G_N_ELEMENTS(pages0));
    testAddCell(numa, 1, 4194304, 8, 8, 1, true);
    testCellPages(numa, pages1, G_N_ELEMENTS(pages1));
    virCapsHostSetNUMA(&caps->host, g_steal_pointer(&numa));
    g_assert_nonnull(virCapsHostAddSecModel(&caps->host, "testSecurity", ""));

    for (i = 0; i < G_N_ELEMENTS(ostypes); i++) {
        virCapsGuest *guest =
            virCapabilitiesAddGuest(caps, ostypes[i], "i686", "/usr/bin/test-hv", NULL, 0, NULL);

        g_assert_nonnull(guest);
        g_assert_nonnull(virCapabilitiesAddGuestDomain(guest, "test", NULL, NULL, 0, NULL));
        virCapabilitiesAddGuestFeature(guest, VIR_CAPS_GUEST_FEATURE_TYPE_PAE);
        virCapabilitiesAddGuestFeature(guest, VIR_CAPS_GUEST_FEATURE_TYPE_NONPAE);
    }
    return g_steal_pointer(&caps);
}


/* The model behind the corpus schema sample caps-test.xml. */
static virCaps *
testBuildCapsTest(void)
{
    g_autoptr(virCaps) caps = testBuildTestDefault();
    g_autoptr(virCapsHostNUMA) numa = virCapsHostNUMANew();
    size_t c;

    /* The same guests; a host with its arch, features and two cells of
     * even and odd CPUs without topology or memory. */
    virCapsHostClear(&caps->host);
    memset(&caps->host, 0, sizeof(caps->host));
    caps->host.arch = g_strdup("i686");
    g_assert_cmpint(virCapsHostAddFeature(&caps->host, "pae"), ==, 0);
    g_assert_cmpint(virCapsHostAddFeature(&caps->host, "nonpae"), ==, 0);
    for (c = 0; c < 2; c++) {
        virCapsHostNUMACellCPU *cpus = g_new0(virCapsHostNUMACellCPU, 8);
        size_t i;

        for (i = 0; i < 8; i++)
            cpus[i].id = 2 * i + c;
        virCapsHostNUMAAddCell(numa, c, 0, 8, &cpus, 0, NULL, 0, NULL);
    }
    virCapsHostSetNUMA(&caps->host, g_steal_pointer(&numa));
    return g_steal_pointer(&caps);
}


typedef struct {
    const char *name;
    const char *canonical;
    int maxCpus;
    bool deprecated;
} testMachine;

static virCapsGuestMachine **
testMachines(const testMachine *list, size_t n)
{
    virCapsGuestMachine **machines = g_new0(virCapsGuestMachine *, n);
    size_t i;

    for (i = 0; i < n; i++) {
        machines[i] = g_new0(virCapsGuestMachine, 1);
        machines[i]->name = g_strdup(list[i].name);
        machines[i]->canonical = g_strdup(list[i].canonical);
        machines[i]->maxCpus = list[i].maxCpus;
        machines[i]->deprecated = list[i].deprecated;
    }
    return machines;
}


static const testMachine qemuMachines[] = {
    { "pc-i440fx-7.2", NULL, 255, false }, { "pc", "pc-i440fx-7.2", 255, false },
    { "pc-q35-5.2", NULL, 288, false },    { "pc-i440fx-1.5", NULL, 255, true },
    { "q35", "pc-q35-7.2", 288, false },   { "microvm", NULL, 288, false },
};

/* The host CPU features libvirt 9.0 listed on the oracle machine. */
static const char qemuFeatures[] =
    "vme ht pclmuldq ssse3 fma pcid sse4.1 sse4.2 x2apic movbe popcnt tsc-deadline aes "
    "xsave osxsave avx f16c rdrand hypervisor arat fsgsbase tsc_adjust bmi1 avx2 smep bmi2 "
    "erms invpcid avx512f avx512dq rdseed adx smap avx512ifma clflushopt clwb avx512cd "
    "sha-ni avx512bw avx512vl avx512vbmi umip avx512vbmi2 gfni vaes vpclmulqdq avx512vnni "
    "avx512bitalg avx512-vpopcntdq rdpid fsrm avx512-bf16 xsaveopt xsavec xgetbv1 xsaves "
    "mmxext fxsr_opt pdpe1gb rdtscp lahf_lm cmp_legacy cr8legacy abm sse4a misalignsse "
    "3dnowprefetch osvw topoext invtsc clzero xsaveerptr";


/* A guest of the QEMU driver with the usual x86 features. */
static void
testAddQemuGuest(virCaps *caps, const char *arch, const char *emulator, bool pae)
{
    virCapsGuest *guest;

    guest = virCapabilitiesAddGuest(caps, "hvm", arch, emulator, NULL, G_N_ELEMENTS(qemuMachines),
                                    testMachines(qemuMachines, G_N_ELEMENTS(qemuMachines)));
    g_assert_nonnull(guest);
    g_assert_nonnull(virCapabilitiesAddGuestDomain(guest, "qemu", NULL, NULL, 0, NULL));
    if (pae) {
        virCapabilitiesAddGuestFeature(guest, VIR_CAPS_GUEST_FEATURE_TYPE_PAE);
        virCapabilitiesAddGuestFeature(guest, VIR_CAPS_GUEST_FEATURE_TYPE_NONPAE);
    }
    virCapabilitiesAddGuestFeatureWithToggle(guest, VIR_CAPS_GUEST_FEATURE_TYPE_ACPI, true, true);
    virCapabilitiesAddGuestFeatureWithToggle(guest, VIR_CAPS_GUEST_FEATURE_TYPE_APIC, true, false);
    virCapabilitiesAddGuestFeature(guest, VIR_CAPS_GUEST_FEATURE_TYPE_CPUSELECTION);
    virCapabilitiesAddGuestFeature(guest, VIR_CAPS_GUEST_FEATURE_TYPE_DEVICEBOOT);
    virCapabilitiesAddGuestFeatureWithToggle(guest, VIR_CAPS_GUEST_FEATURE_TYPE_DISKSNAPSHOT, true,
                                             false);
}


/* The host CPU of the oracle machine as libvirt 9.0 described it. */
static virCapsHostCPU *
testQemuHostCPU(void)
{
    virCapsHostCPU *cpu = virCapsHostCPUNew();
    g_auto(GStrv) features = g_strsplit(qemuFeatures, " ", -1);
    size_t i;

    cpu->model = g_strdup("kvm64");
    cpu->vendor = g_strdup("AMD");
    cpu->microcode = 16777317;
    cpu->hasSignature = true;
    cpu->sigFamily = 25;
    cpu->sigModel = 17;
    cpu->sigStepping = 1;
    cpu->sockets = 1;
    cpu->dies = 1;
    cpu->cores = 2;
    cpu->threads = 1;
    cpu->maxPhysAddrMode = VIR_CAPS_HOST_CPU_MAX_PHYS_ADDR_EMULATE;
    cpu->maxPhysAddrBits = 48;
    for (i = 0; features[i]; i++)
        virCapsHostCPUAddFeature(cpu, features[i]);
    return cpu;
}


/* libvirt 9.0's QEMU driver on the oracle machine (qemu:///embed). */
static virCaps *
testBuildQemuEmbed(void)
{
    g_autoptr(virCaps) caps = virCapabilitiesNew("x86_64", true, true);
    g_autoptr(virCapsHostNUMA) numa = virCapsHostNUMANew();
    virCapsHostCacheBank *bank = g_new0(virCapsHostCacheBank, 1);
    virCapsHostNUMACellPageInfo *pages = g_new0(virCapsHostNUMACellPageInfo, 3);
    virCapsHostNUMACellDistance *dist = g_new0(virCapsHostNUMACellDistance, 1);
    virCapsHostNUMACellCPU *cpus = g_new0(virCapsHostNUMACellCPU, 2);
    unsigned char uuid[VIR_UUID_BUFLEN];
    size_t i;

    g_assert_cmpint(virUUIDParse("51cae441-ad13-48f9-9ecf-499379b5bd89", uuid), ==, 0);
    virCapsHostSetUUID(&caps->host, uuid);
    virCapsHostSetCPU(&caps->host, testQemuHostCPU());
    virCapsHostAddPageSize(&caps->host, 4);
    virCapsHostAddPageSize(&caps->host, 2048);
    virCapsHostAddPageSize(&caps->host, 1048576);
    g_assert_cmpint(virCapsHostAddMigrateTransport(&caps->host, "tcp"), ==, 0);
    g_assert_cmpint(virCapsHostAddMigrateTransport(&caps->host, "rdma"), ==, 0);

    pages[0] = (virCapsHostNUMACellPageInfo){ 4, 1661491 };
    pages[1] = (virCapsHostNUMACellPageInfo){ 2048, 0 };
    pages[2] = (virCapsHostNUMACellPageInfo){ 1048576, 0 };
    dist[0] = (virCapsHostNUMACellDistance){ 0, 10 };
    for (i = 0; i < 2; i++) {
        cpus[i].id = i;
        cpus[i].core_id = i;
        cpus[i].siblings = virBitmapParseUnlimited(i == 0 ? "0" : "1");
    }
    virCapsHostNUMAAddCell(numa, 0, 6645964, 2, &cpus, 1, &dist, 3, &pages);
    virCapsHostSetNUMA(&caps->host, g_steal_pointer(&numa));

    bank->level = 3;
    bank->size = 32ULL << 20;
    bank->cpus = virBitmapParseUnlimited("0-1");
    virCapsHostAddCacheBank(&caps->host, bank);
    g_assert_nonnull(virCapsHostAddSecModel(&caps->host, "none", "0"));

    testAddQemuGuest(caps, "i686", "/usr/bin/qemu-system-i386", true);
    testAddQemuGuest(caps, "x86_64", "/usr/bin/qemu-system-x86_64", false);
    return g_steal_pointer(&caps);
}


/* A host CPU with every element the model has. */
static virCapsHostCPU *
testFullHostCPU(void)
{
    virCapsHostCPU *cpu = virCapsHostCPUNew();

    cpu->model = g_strdup("Skylake-Client-noTSX-IBRS");
    cpu->vendor = g_strdup("Intel");
    cpu->microcode = 236;
    cpu->hasSignature = true;
    cpu->sigFamily = 6;
    cpu->sigModel = 142;
    cpu->sigStepping = 12;
    cpu->counterName = g_strdup("tsc");
    cpu->counterFrequency = 2303997000ULL;
    cpu->counterScaling = VIR_TRISTATE_BOOL_NO;
    cpu->sockets = 1;
    cpu->dies = 1;
    cpu->cores = 4;
    cpu->threads = 2;
    cpu->maxPhysAddrMode = VIR_CAPS_HOST_CPU_MAX_PHYS_ADDR_PASSTHROUGH;
    virCapsHostCPUAddFeature(cpu, "ds");
    virCapsHostCPUAddFeature(cpu, "md-clear");
    return cpu;
}


/* Two cells: one with memory, pages, distances (a 0 one left out) and
 * CPUs with and without topology; one with nothing but its id. */
static virCapsHostNUMA *
testFullNUMA(void)
{
    virCapsHostNUMA *numa = virCapsHostNUMANew();
    virCapsHostNUMACellCPU *cpus = g_new0(virCapsHostNUMACellCPU, 3);
    virCapsHostNUMACellDistance *dist = g_new0(virCapsHostNUMACellDistance, 3);
    virCapsHostNUMACellPageInfo *pages = g_new0(virCapsHostNUMACellPageInfo, 2);

    cpus[0] = (virCapsHostNUMACellCPU){ 0, 0, 0, 0, virBitmapParseUnlimited("0,4") };
    cpus[1] = (virCapsHostNUMACellCPU){ 4, 0, 0, 0, virBitmapParseUnlimited("0,4") };
    cpus[2] = (virCapsHostNUMACellCPU){ 7, 0, 0, 0, NULL };
    dist[0] = (virCapsHostNUMACellDistance){ 0, 10 };
    dist[1] = (virCapsHostNUMACellDistance){ 1, 0 };
    dist[2] = (virCapsHostNUMACellDistance){ 2, 21 };
    pages[0] = (virCapsHostNUMACellPageInfo){ 4, 6813808 };
    pages[1] = (virCapsHostNUMACellPageInfo){ 2048, 2048 };
    virCapsHostNUMAAddCell(numa, 0, 32498112, 3, &cpus, 3, &dist, 2, &pages);
    virCapsHostNUMAAddCell(numa, 2, 0, 0, NULL, 0, NULL, 0, NULL);
    return numa;
}


/* A monitor with @n features. */
static virCapsHostMonitor *
testMonitor(bool hasLevel, const char *const *features, size_t n)
{
    virCapsHostMonitor *mon = g_new0(virCapsHostMonitor, 1);
    size_t i;

    mon->hasLevel = hasLevel;
    mon->level = 3;
    mon->reuseThreshold = 270336;
    mon->maxMonitors = 176;
    mon->features = g_new0(char *, n);
    for (i = 0; i < n; i++)
        mon->features[i] = g_strdup(features[i]);
    mon->nfeatures = n;
    return mon;
}


/* <cache> with controls and a monitor, <memory_bandwidth>. */
static void
testFullResctrl(virCapsHost *host)
{
    static const char *const cacheMon[] = { "llc_occupancy", "mbm_total_bytes" };
    static const char *const bwMon[] = { "mbm_total_bytes", "mbm_local_bytes" };
    virCapsHostCacheBank *bank = g_new0(virCapsHostCacheBank, 1);
    virCapsHostMemBWNode *node = g_new0(virCapsHostMemBWNode, 1);

    bank->level = 3;
    bank->size = 8ULL << 20;
    bank->cpus = virBitmapParseUnlimited("0-7");
    bank->controls = g_new0(virCapsHostCacheControl, 2);
    /* same unit for both */
    bank->controls[0] =
        (virCapsHostCacheControl){ 768 << 10, 1536 << 10, VIR_CAPS_CACHE_TYPE_BOTH, 16 };
    /* 1 MiB granularity, 512 KiB minimum: both in KiB */
    bank->controls[1] =
        (virCapsHostCacheControl){ 1 << 20, 512 << 10, VIR_CAPS_CACHE_TYPE_CODE, 4 };
    bank->ncontrols = 2;
    virCapsHostAddCacheBank(host, bank);

    bank = g_new0(virCapsHostCacheBank, 1);
    bank->id = 1;
    bank->level = 3;
    bank->type = VIR_CAPS_CACHE_TYPE_DATA;
    bank->size = 3 << 19; /* 1.5 MiB: shown in KiB */
    bank->cpus = virBitmapParseUnlimited("8-15");
    bank->controls = g_new0(virCapsHostCacheControl, 1);
    bank->controls[0] = (virCapsHostCacheControl){ 1536, 0, VIR_CAPS_CACHE_TYPE_DATA, 8 };
    bank->ncontrols = 1;
    virCapsHostAddCacheBank(host, bank);
    host->cacheMonitor = testMonitor(true, cacheMon, G_N_ELEMENTS(cacheMon));

    node->cpus = virBitmapParseUnlimited("0-5");
    node->granularity = 10;
    node->min = 10;
    node->maxAllocs = 8;
    virCapsHostAddMemBWNode(host, node);
    host->memBWMonitor = testMonitor(false, bwMon, G_N_ELEMENTS(bwMon));
}


/*
 * Guests with a loader, per-type emulators and machines, every feature.
 * (capability.rng has no <loader> inside <domain>, although libvirt
 * writes one: see testEscape.)
 */
static void
testFullGuests(virCaps *caps)
{
    static const testMachine defMachines[] = { { "pc", "pc-i440fx-7.2", 255, false },
                                               { "pc-i440fx-1.5", NULL, 255, true } };
    static const testMachine kvmMachines[] = { { "pc-q35-7.2", NULL, 288, false },
                                               { "pc-i440fx-1.4", NULL, 0, true } };
    virCapsGuest *guest;
    size_t i;

    guest = virCapabilitiesAddGuest(caps, "hvm", "x86_64", "/usr/bin/qemu-system-x86_64",
                                    "/usr/share/seabios/bios.bin", 2, testMachines(defMachines, 2));
    g_assert_nonnull(guest);
    g_assert_nonnull(virCapabilitiesAddGuestDomain(guest, "qemu", NULL, NULL, 0, NULL));
    g_assert_nonnull(virCapabilitiesAddGuestDomain(guest, "kvm", "/usr/bin/qemu-kvm", NULL, 2,
                                                   testMachines(kvmMachines, 2)));
    for (i = 0; i < VIR_CAPS_GUEST_FEATURE_TYPE_EXTERNAL_SNAPSHOT; i++)
        virCapabilitiesAddGuestFeatureWithToggle(guest, i, i % 2 == 0, i % 3 == 0);
    /* without toggles: default='off' toggle='no' */
    virCapabilitiesAddGuestFeature(guest, VIR_CAPS_GUEST_FEATURE_TYPE_DISKSNAPSHOT);

    guest =
        virCapabilitiesAddGuest(caps, "exe", "x86_64", "/usr/libexec/libvirt_lxc", NULL, 0, NULL);
    g_assert_nonnull(guest);
    g_assert_nonnull(virCapabilitiesAddGuestDomain(guest, "lxc", NULL, NULL, 0, NULL));

    guest = virCapabilitiesAddGuest(caps, "xen", "i686", NULL, NULL, 0, NULL);
    g_assert_nonnull(guest);
    g_assert_nonnull(
        virCapabilitiesAddGuestDomain(guest, "xen", "/usr/lib/xen/bin/qemu-dm", NULL, 0, NULL));
}


/* Every element of the model. */
static virCaps *
testBuildFull(void)
{
    g_autoptr(virCaps) caps = virCapabilitiesNew("x86_64", true, false);
    unsigned char uuid[VIR_UUID_BUFLEN];
    virCapsHostSecModel *sm;

    g_assert_cmpint(virUUIDParse("7b55704c-29f4-11b2-a85c-9dc6ff50623f", uuid), ==, 0);
    virCapsHostSetUUID(&caps->host, uuid);
    g_assert_cmpint(virCapsHostAddFeature(&caps->host, "vmx"), ==, 0);
    virCapsHostSetCPU(&caps->host, testFullHostCPU());
    virCapsHostAddPageSize(&caps->host, 4);
    virCapsHostAddPageSize(&caps->host, 2048);
    caps->host.powerMgmt = 1U << VIR_CAPS_HOST_PM_TARGET_MEM | 1U << VIR_CAPS_HOST_PM_TARGET_DISK |
                           1U << VIR_CAPS_HOST_PM_TARGET_HYBRID;
    caps->host.iommu = true;
    g_assert_cmpint(virCapsHostAddMigrateTransport(&caps->host, "tcp"), ==, 0);
    virCapsHostSetNUMA(&caps->host, testFullNUMA());
    testFullResctrl(&caps->host);

    g_assert_nonnull(virCapsHostAddSecModel(&caps->host, "none", "0"));
    g_assert_nonnull((sm = virCapsHostAddSecModel(&caps->host, "dac", "0")));
    g_assert_cmpint(virCapsHostSecModelAddBaseLabel(sm, "kvm", "+77:+77"), ==, 0);
    g_assert_cmpint(virCapsHostSecModelAddBaseLabel(sm, "qemu", "+77:+77"), ==, 0);

    testFullGuests(caps);
    return g_steal_pointer(&caps);
}


typedef struct {
    const char *name; /* vircapabilitiesdata/<name>.xml */
    virCaps *(*build)(void);
    bool recorded;          /* the expected file came from libvirt */
    const char *invalidWhy; /* why capability.rng rejects it, or NULL */
} testFormatCase;

static const testFormatCase formatCases[] = {
    { "test-default", testBuildTestDefault, true, NULL },
    { "qemu-embed", testBuildQemuEmbed, true,
      "libvirt 9.0 writes feature names such as 'sse4.1', which its own schema's "
      "pattern [a-zA-Z0-9\\-_]+ rejects" },
    { "caps-test", testBuildCapsTest, false, NULL },
    { "full", testBuildFull, false, NULL },
};


static void
testFormat(gconstpointer opaque)
{
    const testFormatCase *tc = opaque;
    g_autoptr(virCaps) caps = tc->build();
    g_autofree char *xml = virCapabilitiesFormatXML(caps);
    g_autofree char *file = g_strdup_printf("%s.xml", tc->name);

    g_assert_nonnull(xml);
    testCompareFile(file, xml, tc->recorded);
    if (tc->invalidWhy)
        g_test_message("schema check: %s", tc->invalidWhy);
    testValidate(xml, !tc->invalidWhy);
}


/*
 * The corpus sample comes from an older libvirt: it has no
 * <power_management/> and <iommu/> (always written since) and writes an
 * empty <domain> as an open and a close tag. With those three told
 * apart, our caps-test document is the sample; both validate.
 */
static void
testCorpusSample(void)
{
    g_autofree char *path = g_build_filename(MODVIRT_SOURCE_ROOT, "..", "shared", "corpus", "caps",
                                             "capabilityschemadata", "caps-test.xml", NULL);
    g_autoptr(virCaps) caps = testBuildCapsTest();
    g_autofree char *xml = virCapabilitiesFormatXML(caps);
    g_autofree char *sample = NULL;
    g_auto(GStrv) parts = NULL;
    g_autofree char *ours = NULL;
    g_autofree char *theirs = NULL;

    if (!g_file_get_contents(path, &sample, NULL, NULL)) {
        g_test_skip("corpus sample caps-test.xml not found");
        return;
    }
    parts = g_strsplit(xml, "    <power_management/>\n    <iommu support='no'/>\n", -1);
    ours = g_strjoinv("", parts);
    g_strfreev(g_steal_pointer(&parts));
    parts = g_strsplit(sample, "<domain type='test'>\n      </domain>", -1);
    theirs = g_strjoinv("<domain type='test'/>", parts);
    testCompareText("caps-test.xml (normalised)", theirs, ours);
    testValidate(sample, true);
}


/* Every schema sample of the corpus validates (skipped without them). */
static void
testCorpusValidate(void)
{
    g_autofree char *dir = g_build_filename(MODVIRT_SOURCE_ROOT, "..", "shared", "corpus", "caps",
                                            "capabilityschemadata", NULL);
    g_autoptr(GDir) gdir = g_dir_open(dir, 0, NULL);
    const char *name;
    size_t n = 0;

    if (!gdir) {
        g_test_skip("corpus capabilityschemadata not found");
        return;
    }
    while ((name = g_dir_read_name(gdir))) {
        g_autofree char *path = NULL;
        g_autofree char *xml = NULL;

        if (!g_str_has_suffix(name, ".xml"))
            continue;
        path = g_build_filename(dir, name, NULL);
        g_assert_true(g_file_get_contents(path, &xml, NULL, NULL));
        g_test_message("validating %s", name);
        if (!testValidate(xml, true))
            return;
        n++;
    }
    g_assert_cmpuint(n, >, 0);
}


typedef struct {
    const char *tree; /* virnodeinfodata/<tree> */
    const char *arch; /* host architecture to read it as */
} testHostInitCase;

static const testHostInitCase hostInitCases[] = {
    { "vm-2cpu", "x86_64" },      { "2s8c-ht", "x86_64" },      { "numa-split-socket", "x86_64" },
    { "offline-cpus", "x86_64" }, { "odd-topology", "x86_64" }, { "sparse-nodes", "x86_64" },
    { "no-mhz", "x86_64" },       { "arm-8cpu", "x86_64" },     { "arm-8cpu", "aarch64" },
    { "single-cpu", "x86_64" },   { "s390-4cpu", "s390x" },
};


/* Appends to @out the lines of @lines from @start to @end (both included). */
static void
testExtractBlock(GString *out, char **lines, const char *start, const char *end)
{
    size_t i;
    bool in = false;

    for (i = 0; lines[i]; i++) {
        if (!in && g_str_equal(lines[i], start))
            in = true;
        if (in)
            g_string_append_printf(out, "%s\n", lines[i]);
        if (in && g_str_equal(lines[i], end))
            return;
    }
}


/* The parts of a host that libvirt's output can be compared with. */
static char *
testExtractComparable(const char *xml)
{
    g_auto(GStrv) lines = g_strsplit(xml, "\n", -1);
    GString *out = g_string_new(NULL);
    size_t i;

    for (i = 0; lines[i]; i++) {
        if (g_str_has_prefix(lines[i], "      <topology sockets=") ||
            (g_str_has_prefix(lines[i], "      <pages unit='KiB' size='") &&
             g_str_has_suffix(lines[i], "'/>")))
            g_string_append_printf(out, "%s\n", lines[i]);
    }
    testExtractBlock(out, lines, "    <topology>", "    </topology>");
    testExtractBlock(out, lines, "    <cache>", "    </cache>");
    return g_string_free(out, FALSE);
}


static void
testHostInit(gconstpointer opaque)
{
    const testHostInitCase *tc = opaque;
    g_autofree char *root = testSrcPath("virnodeinfodata", tc->tree);
    g_autofree char *sys = g_build_filename(root, "sys", NULL);
    g_autofree char *proc = g_build_filename(root, "proc", NULL);
    g_autoptr(virCaps) caps = virCapabilitiesNew(tc->arch, false, false);
    g_autofree char *xml = NULL;
    g_autofree char *file = NULL;
    g_autofree char *oracleName = g_strdup_printf("hostinit-%s.oracle.xml", tc->tree);
    g_autofree char *oraclePath = testSrcPath("vircapabilitiesdata", oracleName);
    g_autofree char *oracle = NULL;
    unsigned char uuid[VIR_UUID_BUFLEN];

    g_assert_cmpint(virUUIDParse("0b5e9a1e-6f3c-4e67-9a0a-5d1c2e3f4a5b", uuid), ==, 0);
    virCapsHostSetUUID(&caps->host, uuid);

    g_assert_cmpint(
        virCapsHostInitFromSystem(&caps->host, sys, proc,
                                  VIR_CAPS_HOST_INIT_UUID | VIR_CAPS_HOST_INIT_SECMODEL_NONE),
        ==, 0);
    xml = virCapabilitiesFormatXML(caps);
    g_assert_nonnull(xml);

    file = g_strdup_printf("hostinit-%s-%s.xml", tc->tree, tc->arch);
    testCompareFile(file, xml, false);

    /* x86 only: <feature> names of the kernel always fit the schema */
    testValidate(xml, true);

    if (g_str_equal(tc->arch, "x86_64") && g_file_get_contents(oraclePath, &oracle, NULL, NULL)) {
        g_autofree char *ours = testExtractComparable(xml);

        testCompareText(oracleName, oracle, ours);
    }
}


/* A tree whose topology cannot be read: the node info error comes out. */
static void
testHostInitError(void)
{
    g_autofree char *root = testSrcPath("virnodeinfodata", "bad-socket");
    g_autofree char *sys = g_build_filename(root, "sys", NULL);
    g_autofree char *proc = g_build_filename(root, "proc", NULL);
    g_autoptr(virCaps) caps = virCapabilitiesNew("x86_64", false, false);

    g_assert_cmpint(virCapsHostInitFromSystem(&caps->host, sys, proc, 0), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
    virResetLastError();
}


/* The real machine: whatever it is, the document must fit the schema. */
static void
testHostInitReal(void)
{
    g_autoptr(virCaps) caps = virCapabilitiesNew(NULL, false, false);
    g_autofree char *xml = NULL;

    if (!virFileExists("/sys/devices/system/cpu/present")) {
        g_test_skip("no sysfs CPU information on this machine");
        return;
    }
    g_assert_cmpint(virCapabilitiesInitHost(caps, NULL, NULL, VIR_CAPS_HOST_INIT_SECMODEL_NONE), ==,
                    0);
    g_assert_nonnull(caps->host.arch);
    g_assert_nonnull(caps->host.cpu);
    g_assert_nonnull(caps->host.numa);
    g_assert_cmpuint(caps->host.numa->ncells, >, 0);
    g_assert_cmpuint(caps->host.nPagesSize, >, 0);
    xml = virCapabilitiesFormatXML(caps);
    g_assert_nonnull(strstr(xml, "<secmodel>\n      <model>none</model>\n      <doi>0</doi>\n"));
    testValidate(xml, true);
}


static void
testEmpty(void)
{
    g_autoptr(virCaps) caps = virCapabilitiesNew(NULL, false, false);
    g_autofree char *xml = virCapabilitiesFormatXML(caps);

    /* Nothing known about the host: libvirt leaves <host> out. */
    g_assert_cmpstr(xml, ==, "<capabilities>\n\n</capabilities>\n");
    testValidate(xml, false);
}


/* Elements libvirt 9.0 can write but its schema does not describe. */
static void
testOutsideSchema(void)
{
    g_autoptr(virCaps) caps = testBuildTestDefault();
    g_autofree char *xml = NULL;
    virCapsGuest *guest = caps->guests[0];

    virCapsHostSetNetPrefix(&caps->host, "vnet");
    virCapabilitiesAddGuestFeature(guest, VIR_CAPS_GUEST_FEATURE_TYPE_EXTERNAL_SNAPSHOT);
    xml = virCapabilitiesFormatXML(caps);
    g_assert_nonnull(strstr(xml, "    <iommu support='no'/>\n    <netprefix>vnet</netprefix>\n"
                                 "    <topology>\n"));
    g_assert_nonnull(strstr(xml, "      <nonpae/>\n      <externalSnapshot/>\n    </features>\n"));
    testValidate(xml, false);

    virCapsHostSetNetPrefix(&caps->host, NULL);
    g_free(xml);
    xml = virCapabilitiesFormatXML(caps);
    g_assert_null(strstr(xml, "netprefix"));
}


/* Values are escaped; a domain with only a loader is not written empty. */
static void
testEscape(void)
{
    g_autoptr(virCaps) caps = virCapabilitiesNew("x86_64", false, false);
    static const char *const names[] = { "a<b" };
    virCapsGuest *guest;

    guest = virCapabilitiesAddGuest(caps, "hvm", "x86_64", "/opt/q&a/qemu", NULL, 1,
                                    virCapabilitiesAllocMachines(names, 1));
    g_assert_nonnull(guest);
    g_assert_nonnull(virCapabilitiesAddGuestDomain(guest, "kvm", NULL, "/l'x", 0, NULL));
    {
        g_autofree char *xml = virCapabilitiesFormatXML(caps);

        g_assert_nonnull(strstr(xml, "<emulator>/opt/q&amp;a/qemu</emulator>\n"));
        g_assert_nonnull(strstr(xml, "<machine>a&lt;b</machine>\n"));
        g_assert_nonnull(strstr(xml, "<domain type='kvm'>\n        <loader>/l&apos;x</loader>\n"
                                     "      </domain>\n"));
    }
}


static void
testBadArgs(void)
{
    g_autoptr(virCaps) caps = NULL;
    virCapsHostSecModel *sm;

    g_assert_null(virCapabilitiesNew("x86-64", false, false));
    testCheckError(VIR_ERR_INVALID_ARG, "invalid argument: unknown architecture 'x86-64'");

    caps = virCapabilitiesNew("x86_64", false, false);
    g_assert_nonnull(caps);
    g_assert_null(virCapabilitiesAddGuest(caps, "hvmx", "x86_64", NULL, NULL, 0, NULL));
    testCheckError(VIR_ERR_INVALID_ARG, "invalid argument: unknown OS type 'hvmx'");
    /* the machines are freed even on failure (checked by valgrind/ASan runs) */
    g_assert_null(
        virCapabilitiesAddGuest(caps, "hvm", "amd64", NULL, NULL, 1,
                                virCapabilitiesAllocMachines((const char *[]){ "pc" }, 1)));
    testCheckError(VIR_ERR_INVALID_ARG, "invalid argument: unknown architecture 'amd64'");
    g_assert_null(virCapabilitiesAddGuest(caps, NULL, "x86_64", NULL, NULL, 0, NULL));
    testCheckError(VIR_ERR_INVALID_ARG, NULL);
    g_assert_cmpuint(caps->nguests, ==, 0);

    g_assert_null(virCapabilitiesAddGuestDomain(
        virCapabilitiesAddGuest(caps, "hvm", "x86_64", NULL, NULL, 0, NULL), "kvm2", NULL, NULL, 0,
        NULL));
    testCheckError(VIR_ERR_INVALID_ARG, "invalid argument: unknown hypervisor type 'kvm2'");

    g_assert_cmpint(virCapsHostAddFeature(&caps->host, ""), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG, NULL);
    g_assert_cmpint(virCapsHostAddMigrateTransport(&caps->host, NULL), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG, NULL);
    g_assert_null(virCapsHostAddSecModel(&caps->host, "", "0"));
    testCheckError(VIR_ERR_INVALID_ARG, NULL);
    sm = virCapsHostAddSecModel(&caps->host, "dac", NULL);
    g_assert_nonnull(sm);
    g_assert_cmpstr(sm->doi, ==, "");
    g_assert_cmpint(virCapsHostSecModelAddBaseLabel(sm, "kvm", NULL), ==, -1);
    testCheckError(VIR_ERR_INVALID_ARG, NULL);
    g_assert_cmpuint(sm->nlabels, ==, 0);

    g_assert_true(virCapabilitiesIsKnownOSType("xenpvh"));
    g_assert_false(virCapabilitiesIsKnownOSType(NULL));
    g_assert_true(virCapabilitiesIsKnownVirtType("ch"));
    g_assert_false(virCapabilitiesIsKnownVirtType("none"));
}


static void
testLookup(void)
{
    g_autoptr(virCaps) test = testBuildTestDefault();
    g_autoptr(virCaps) qemu = testBuildQemuEmbed();
    g_autoptr(virCaps) empty = virCapabilitiesNew(NULL, false, false);
    g_autofree virCapsDomainData *d = NULL;

    d = virCapabilitiesDomainDataLookup(test, NULL, NULL, "test", NULL, NULL);
    g_assert_nonnull(d);
    g_assert_cmpstr(d->ostype, ==, "hvm");
    g_assert_cmpstr(d->arch, ==, "i686");
    g_assert_cmpstr(d->domaintype, ==, "test");
    g_assert_cmpstr(d->emulator, ==, "/usr/bin/test-hv");
    g_assert_null(d->machinetype);
    g_free(g_steal_pointer(&d));

    d = virCapabilitiesDomainDataLookup(test, "xen", "i686", NULL, NULL, NULL);
    g_assert_nonnull(d);
    g_assert_cmpstr(d->ostype, ==, "xen");
    g_free(g_steal_pointer(&d));

    /* the host's architecture first: x86_64 although i686 comes first */
    d = virCapabilitiesDomainDataLookup(qemu, "hvm", NULL, "qemu", NULL, "q35");
    g_assert_nonnull(d);
    g_assert_cmpstr(d->arch, ==, "x86_64");
    g_assert_cmpstr(d->machinetype, ==, "q35");
    g_assert_cmpstr(d->emulator, ==, "/usr/bin/qemu-system-x86_64");
    g_free(g_steal_pointer(&d));

    /* no machine given: the first one */
    d = virCapabilitiesDomainDataLookup(qemu, NULL, "i686", NULL, NULL, NULL);
    g_assert_nonnull(d);
    g_assert_cmpstr(d->machinetype, ==, "pc-i440fx-7.2");
    g_free(g_steal_pointer(&d));

    /* a canonical name finds its alias when nothing has that name */
    qemu->guests[1]->arch.defaultInfo.machines[0]->name[0] = 'P';
    d = virCapabilitiesDomainDataLookup(qemu, NULL, "x86_64", NULL, NULL, "pc-i440fx-7.2");
    g_assert_nonnull(d);
    g_assert_cmpstr(d->machinetype, ==, "pc");
    g_free(g_steal_pointer(&d));

    g_assert_null(virCapabilitiesDomainDataLookup(test, "hvm", "x86_64", NULL, NULL, NULL));
    testCheckError(VIR_ERR_INVALID_ARG,
                   "invalid argument: could not find capabilities for ostype=hvm arch=x86_64 ");
    g_assert_null(virCapabilitiesDomainDataLookup(qemu, NULL, NULL, "kvm", NULL, NULL));
    testCheckError(VIR_ERR_INVALID_ARG,
                   "invalid argument: could not find capabilities for domaintype=kvm ");
    g_assert_null(virCapabilitiesDomainDataLookup(qemu, NULL, NULL, NULL, "/bin/q&", "isapc"));
    testCheckError(VIR_ERR_INVALID_ARG, "invalid argument: could not find capabilities for "
                                        "emulator=/bin/q&amp; machine=isapc ");
    g_assert_null(virCapabilitiesDomainDataLookup(empty, NULL, NULL, NULL, NULL, NULL));
    testCheckError(VIR_ERR_INVALID_ARG,
                   "invalid argument: could not find capabilities for any configuration");
}


static void
testObject(void)
{
    virCaps *caps = virCapabilitiesNew("x86_64", false, false);

    /* a virObject: shared by reference, freed with the last one */
    g_assert_true(virObjectRef(caps) == caps);
    g_assert_false(virObjectUnref(caps));
    g_assert_true(virObjectUnref(caps));
}


int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);

    for (i = 0; i < G_N_ELEMENTS(formatCases); i++) {
        g_autofree char *path =
            g_strdup_printf("/conf/capabilities/format/%s", formatCases[i].name);

        g_test_add_data_func(path, &formatCases[i], testFormat);
    }
    for (i = 0; i < G_N_ELEMENTS(hostInitCases); i++) {
        g_autofree char *path = g_strdup_printf("/conf/capabilities/hostinit/%s/%s",
                                                hostInitCases[i].tree, hostInitCases[i].arch);

        g_test_add_data_func(path, &hostInitCases[i], testHostInit);
    }
    g_test_add_func("/conf/capabilities/hostinit/error", testHostInitError);
    g_test_add_func("/conf/capabilities/hostinit/real", testHostInitReal);
    g_test_add_func("/conf/capabilities/corpus/caps-test", testCorpusSample);
    g_test_add_func("/conf/capabilities/corpus/validate", testCorpusValidate);
    g_test_add_func("/conf/capabilities/empty", testEmpty);
    g_test_add_func("/conf/capabilities/outside-schema", testOutsideSchema);
    g_test_add_func("/conf/capabilities/escape", testEscape);
    g_test_add_func("/conf/capabilities/bad-args", testBadArgs);
    g_test_add_func("/conf/capabilities/lookup", testLookup);
    g_test_add_func("/conf/capabilities/object", testObject);

    return g_test_run();
}
