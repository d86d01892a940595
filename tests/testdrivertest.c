/*
 * testdrivertest.c: the test driver through the public API: connections,
 * the node, domains, snapshots and events (networks, storage, secrets and
 * node files are in testdriverobjtest.c)
 *
 * Every expected value, error code, error domain and message below was
 * recorded from Debian's libvirt 9.0 test driver with python3-libvirt
 * (the same calls on test:///default), except for the secret API and
 * volume wipe/resize, which libvirt's test driver lacks (see
 * src/testd/virtestsecret.c and virteststoragevol.c).
 *
 * Each case opens test:///default afresh and closes it at the end,
 * checking that no handle leaked (virConnectClose returns 0), so the
 * shared default state starts anew for the next case.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>
#include <unistd.h>

#include "testdriverutils.h"

#define DOM_XML(name)                                                                              \
 "<domain type='test'><name>" name "</name><memory>1024</memory>"                                  \
 "<os><type>hvm</type></os></domain>"
#define DOM_XML_UUID(name, uuid)                                                                   \
 "<domain type='test'><name>" name "</name><uuid>" uuid "</uuid><memory>1024</memory>"             \
 "<os><type>hvm</type></os></domain>"


static void
testOpenErrors(void)
{
    CHECK_ERR(!virConnectOpen("test:///"), VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
              "invalid argument: testOpen: supply a path or use test:///default");
    CHECK_ERR(!virConnectOpen("test:///nonexistent/node.xml"), VIR_ERR_XML_ERROR, VIR_FROM_TEST,
              "XML error: failed to parse xml document '/nonexistent/node.xml'");
}


static void
testNode(void)
{
    virConnectPtr conn = testOpen();
    unsigned long long cells[4] = { 0 };
    g_autofree char *caps = NULL;
    g_autofree char *sysinfo = NULL;
    g_autofree char *host = NULL;
    unsigned long ver = 0;
    virNodeInfo info;

    g_assert_cmpstr(virConnectGetType(conn), ==, "TEST");
    g_assert_cmpint(virConnectGetVersion(conn, &ver), ==, 0);
    g_assert_cmpuint(ver, ==, 2);
    g_assert_nonnull(host = virConnectGetHostname(conn));
    g_assert_cmpint(virConnectGetMaxVcpus(conn, NULL), ==, 32);
    g_assert_cmpint(virConnectIsAlive(conn), ==, 1);
    g_assert_cmpint(virConnectIsSecure(conn), ==, 1);
    g_assert_cmpint(virConnectIsEncrypted(conn), ==, 0);

    g_assert_cmpint(virNodeGetInfo(conn, &info), ==, 0);
    g_assert_cmpstr(info.model, ==, "i686");
    g_assert_cmpuint(info.memory, ==, 3145728);
    g_assert_cmpuint(info.cpus, ==, 16);
    g_assert_cmpuint(info.mhz, ==, 1400);
    g_assert_cmpuint(info.nodes, ==, 2);
    g_assert_cmpuint(info.sockets * info.cores * info.threads, ==, 8);
    g_assert_cmpuint(virNodeGetFreeMemory(conn), ==, 3145728);
    g_assert_cmpint(virNodeGetCellsFreeMemory(conn, cells, 0, 4), ==, 2);
    g_assert_cmpuint(cells[0], ==, 2097152);
    g_assert_cmpuint(cells[1], ==, 4194304);
    CHECK_ERR(virNodeGetCellsFreeMemory(conn, cells, 2, 1) < 0, VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
              "invalid argument: Range exceeds available cells");

    caps = virConnectGetCapabilities(conn);
    g_assert_nonnull(strstr(caps, "<cells num='2'>"));
    g_assert_nonnull(strstr(caps, "<emulator>/usr/bin/test-hv</emulator>"));
    g_assert_nonnull(strstr(caps, "<model>testSecurity</model>"));
    sysinfo = virConnectGetSysinfo(conn, 0);
    g_assert_nonnull(strstr(sysinfo, "<entry name='vendor'>LENOVO</entry>"));
    CHECK_ERR(!virConnectGetSysinfo(conn, 1), VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
              "unsupported flags (0x1) in function testConnectGetSysinfo");
    testClose(conn);
}


static void
testDefaultContents(void)
{
    virConnectPtr conn = testOpen();
    virDomainPtr dom = virDomainLookupByName(conn, "test");
    g_autofree char *xml = NULL;
    char uuid[VIR_UUID_STRING_BUFLEN];
    virDomainInfo info;

    g_assert_nonnull(dom);
    g_assert_cmpint(virDomainGetID(dom), ==, 1);
    g_assert_cmpint(virDomainGetUUIDString(dom, uuid), ==, 0);
    g_assert_cmpstr(uuid, ==, DEFAULT_UUID);
    testState(dom, VIR_DOMAIN_RUNNING, 0);
    g_assert_cmpint(virDomainGetInfo(dom, &info), ==, 0);
    g_assert_cmpuint(info.maxMem, ==, 8388608);
    g_assert_cmpuint(info.memory, ==, 2097152);
    g_assert_cmpuint(info.nrVirtCpu, ==, 2);
    xml = virDomainGetXMLDesc(dom, 0);
    g_assert_nonnull(strstr(xml, "<domain type='test' id='1'>\n"));
    g_assert_nonnull(strstr(xml, "      <target dev='testnet0'/>\n"));
    g_assert_cmpint(virDomainIsPersistent(dom), ==, 1);
    g_assert_cmpint(virDomainIsActive(dom), ==, 1);
    g_assert_cmpint(virDomainIsUpdated(dom), ==, 0);
    virDomainFree(dom);

    g_assert_cmpint(virConnectNumOfNetworks(conn), ==, 1);
    g_assert_cmpint(virConnectNumOfStoragePools(conn), ==, 1);
    g_assert_cmpint(virConnectNumOfDefinedDomains(conn), ==, 0);
    testClose(conn);
}


static void
testSharedDefault(void)
{
    virConnectPtr a = testOpen();
    virConnectPtr b = testOpen();
    virDomainPtr dom = virDomainDefineXML(a, DOM_XML("shared"));
    virDomainPtr seen;

    g_assert_nonnull(dom);
    seen = virDomainLookupByName(b, "shared");
    g_assert_nonnull(seen);
    virDomainFree(seen);
    virDomainFree(dom);
    testClose(b);
    testClose(a);

    /* the last close dropped the state */
    a = testOpen();
    CHECK_ERR(!virDomainLookupByName(a, "shared"), VIR_ERR_NO_DOMAIN, VIR_FROM_TEST,
              "Domain not found");
    testClose(a);
}


static void
testLifecycle(void)
{
    virConnectPtr conn = testOpen();
    virDomainPtr dom = virDomainLookupByName(conn, "test");

    CHECK_ERR(virDomainCreate(dom) < 0, VIR_ERR_INTERNAL_ERROR, VIR_FROM_TEST,
              "internal error: Domain 'test' is already running");
    CHECK_ERR(virDomainResume(dom) < 0, VIR_ERR_INTERNAL_ERROR, VIR_FROM_TEST,
              "internal error: domain 'test' not paused");
    g_assert_cmpint(virDomainSuspend(dom), ==, 0);
    testState(dom, VIR_DOMAIN_PAUSED, VIR_DOMAIN_PAUSED_USER);
    CHECK_ERR(virDomainSuspend(dom) < 0, VIR_ERR_INTERNAL_ERROR, VIR_FROM_TEST,
              "internal error: domain 'test' not running");
    g_assert_cmpint(virDomainResume(dom), ==, 0);
    testState(dom, VIR_DOMAIN_RUNNING, VIR_DOMAIN_RUNNING_UNPAUSED);
    g_assert_cmpint(virDomainReboot(dom, 0), ==, 0);
    testState(dom, VIR_DOMAIN_RUNNING, VIR_DOMAIN_RUNNING_BOOTED);
    g_assert_cmpint(virDomainReset(dom, 0), ==, 0);
    g_assert_cmpint(virDomainShutdown(dom), ==, 0);
    testState(dom, VIR_DOMAIN_SHUTOFF, VIR_DOMAIN_SHUTOFF_SHUTDOWN);
    g_assert_cmpuint(virDomainGetID(dom), ==, (unsigned int)-1);

    CHECK_ERR(virDomainShutdown(dom) < 0, VIR_ERR_INTERNAL_ERROR, VIR_FROM_TEST,
              "internal error: domain 'test' not running");
    CHECK_ERR(virDomainDestroy(dom) < 0, VIR_ERR_OPERATION_INVALID, VIR_FROM_DOMAIN, NOT_RUNNING);
    CHECK_ERR(virDomainReboot(dom, 0) < 0, VIR_ERR_OPERATION_INVALID, VIR_FROM_DOMAIN, NOT_RUNNING);
    CHECK_ERR(virDomainReset(dom, 0) < 0, VIR_ERR_OPERATION_INVALID, VIR_FROM_DOMAIN, NOT_RUNNING);
    CHECK_ERR(virDomainSuspend(dom) < 0, VIR_ERR_INTERNAL_ERROR, VIR_FROM_TEST,
              "internal error: domain 'test' not running");
    CHECK_ERR(virDomainResume(dom) < 0, VIR_ERR_INTERNAL_ERROR, VIR_FROM_TEST,
              "internal error: domain 'test' not paused");
    CHECK_ERR(!virDomainGetHostname(dom, 0), VIR_ERR_OPERATION_INVALID, VIR_FROM_DOMAIN,
              NOT_RUNNING);
    CHECK_ERR(virDomainManagedSave(dom, 0) < 0, VIR_ERR_OPERATION_INVALID, VIR_FROM_DOMAIN,
              NOT_RUNNING);

    g_assert_cmpint(virDomainCreate(dom), ==, 0);
    testState(dom, VIR_DOMAIN_RUNNING, VIR_DOMAIN_RUNNING_BOOTED);
    g_assert_cmpint(virDomainGetID(dom), ==, 2);
    g_assert_cmpint(virDomainDestroy(dom), ==, 0);
    testState(dom, VIR_DOMAIN_SHUTOFF, VIR_DOMAIN_SHUTOFF_DESTROYED);

    CHECK_ERR(virDomainCreateWithFlags(dom, 1) < 0, VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
              "unsupported flags (0x1) in function testDomainCreateWithFlags");
    CHECK_ERR(virDomainShutdownFlags(dom, 1) < 0, VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
              "unsupported flags (0x1) in function testDomainShutdownFlags");
    CHECK_ERR(virDomainReboot(dom, 64) < 0, VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
              "unsupported flags (0x40) in function testDomainReboot");
    CHECK_ERR(virDomainDestroyFlags(dom, 2) < 0, VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
              "unsupported flags (0x2) in function testDomainDestroyFlags");
    virDomainFree(dom);
    testClose(conn);
}


static void
testDefineUndefine(void)
{
    virConnectPtr conn = testOpen();
    virDomainPtr dom;
    virDomainPtr tr;

    CHECK_ERR(!virDomainDefineXML(conn, DOM_XML_UUID("other", DEFAULT_UUID)),
              VIR_ERR_OPERATION_FAILED, VIR_FROM_DOMAIN,
              "operation failed: domain 'test' is already defined with uuid " DEFAULT_UUID);
    CHECK_ERR(
        !virDomainDefineXML(conn, DOM_XML_UUID("test", "6695eb01-f6a4-8304-79aa-97f2502e1930")),
        VIR_ERR_OPERATION_FAILED, VIR_FROM_DOMAIN,
        "operation failed: domain 'test' already exists with uuid " DEFAULT_UUID);
    CHECK_ERR(!virDomainCreateXML(conn, DOM_XML_UUID("test", DEFAULT_UUID), 0),
              VIR_ERR_OPERATION_INVALID, VIR_FROM_DOMAIN,
              "Requested operation is not valid: domain 'test' is already active");
    CHECK_ERR(!virDomainDefineXML(conn, DOM_XML("a\nb")), VIR_ERR_XML_DETAIL, VIR_FROM_XML,
              "invalid char in name: \n");
    CHECK_ERR(!virDomainDefineXMLFlags(conn, DOM_XML("x"), 2), VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
              "unsupported flags (0x2) in function testDomainDefineXMLFlags");
    CHECK_ERR(!virDomainCreateXML(conn, DOM_XML("x"), 1), VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
              "unsupported flags (0x1) in function testDomainCreateXML");

    /* a transient domain: undefine is a no-op, destroy makes it vanish */
    tr = virDomainCreateXML(conn, DOM_XML("trans"), 0);
    g_assert_nonnull(tr);
    g_assert_cmpint(virDomainIsPersistent(tr), ==, 0);
    CHECK_ERR(
        !virDomainCreateXML(conn, DOM_XML_UUID("trans", "01234567-0123-0123-0123-0123456789ab"), 0),
        VIR_ERR_OPERATION_FAILED, VIR_FROM_DOMAIN, NULL);
    g_assert_cmpint(virDomainUndefine(tr), ==, 0);
    CHECK_ERR(virDomainManagedSave(tr, 0) < 0, VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
              "Requested operation is not valid: cannot do managed save for transient domain");
    CHECK_ERR(virDomainRename(tr, "foo", 0) < 0, VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
              "Requested operation is not valid: cannot rename active domain");
    g_assert_cmpint(virDomainDestroy(tr), ==, 0);
    CHECK_ERR(virDomainDestroy(tr) < 0, VIR_ERR_NO_DOMAIN, VIR_FROM_TEST, NULL);
    virDomainFree(tr);

    /* a running persistent domain becomes transient when undefined */
    dom = virDomainDefineXML(conn, DOM_XML("u1"));
    g_assert_nonnull(dom);
    testState(dom, VIR_DOMAIN_SHUTOFF, 0);
    g_assert_cmpint(virDomainCreate(dom), ==, 0);
    g_assert_cmpint(virDomainUndefine(dom), ==, 0);
    g_assert_cmpint(virDomainIsPersistent(dom), ==, 0);
    g_assert_cmpint(virDomainDestroy(dom), ==, 0);
    CHECK_ERR(virDomainIsActive(dom) < 0, VIR_ERR_NO_DOMAIN, VIR_FROM_TEST, NULL);
    virDomainFree(dom);

    /* managed save blocks undefine unless asked */
    dom = virDomainDefineXML(conn, DOM_XML("ms"));
    g_assert_cmpint(virDomainCreate(dom), ==, 0);
    g_assert_cmpint(virDomainManagedSave(dom, 0), ==, 0);
    testState(dom, VIR_DOMAIN_SHUTOFF, VIR_DOMAIN_SHUTOFF_SAVED);
    g_assert_cmpint(virDomainHasManagedSaveImage(dom, 0), ==, 1);
    CHECK_ERR(
        virDomainUndefine(dom) < 0, VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
        "Requested operation is not valid: Refusing to undefine while domain managed save image exists");
    CHECK_ERR(virDomainUndefineFlags(dom, 4) < 0, VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
              "unsupported flags (0x4) in function testDomainUndefineFlags");
    g_assert_cmpint(virDomainUndefineFlags(dom, VIR_DOMAIN_UNDEFINE_MANAGED_SAVE), ==, 0);
    virDomainFree(dom);
    testClose(conn);
}


/* Names of the domains listed with @flags, in list order. */
static char *
testListNames(virConnectPtr conn, unsigned int flags)
{
    virDomainPtr *doms = NULL;
    GString *out = g_string_new("");
    int n = virConnectListAllDomains(conn, &doms, flags);
    int i;

    g_assert_cmpint(n, >=, 0);
    for (i = 0; i < n; i++) {
        g_string_append_printf(out, "%s%s", i ? " " : "", virDomainGetName(doms[i]));
        virDomainFree(doms[i]);
    }
    g_free(doms);
    return g_string_free(out, FALSE);
}


static void
testListAll(void)
{
    virConnectPtr conn = testOpen();
    virDomainPtr off = virDomainDefineXML(conn, DOM_XML("off"));
    virDomainPtr tr = virDomainCreateXML(conn, DOM_XML("trans"), 0);
    virDomainPtr paused = virDomainDefineXML(conn, DOM_XML("paused"));
    char *names[4] = { NULL };
    int ids[4] = { 0 };
    size_t i;
    struct {
        unsigned int flags;
        const char *expect;
    } cases[] = {
        { 0, "test off trans paused" },
        { VIR_CONNECT_LIST_DOMAINS_ACTIVE, "test trans paused" },
        { VIR_CONNECT_LIST_DOMAINS_INACTIVE, "off" },
        { VIR_CONNECT_LIST_DOMAINS_TRANSIENT, "trans" },
        { VIR_CONNECT_LIST_DOMAINS_PAUSED, "paused" },
        { VIR_CONNECT_LIST_DOMAINS_SHUTOFF | VIR_CONNECT_LIST_DOMAINS_PAUSED, "off paused" },
        { VIR_CONNECT_LIST_DOMAINS_AUTOSTART, "off" },
        { VIR_CONNECT_LIST_DOMAINS_NO_SNAPSHOT, "test off trans paused" },
    };

    g_assert_cmpint(virDomainCreate(paused), ==, 0);
    g_assert_cmpint(virDomainSuspend(paused), ==, 0);
    g_assert_cmpint(virDomainSetAutostart(off, 1), ==, 0);
    for (i = 0; i < G_N_ELEMENTS(cases); i++) {
        g_autofree char *got = testListNames(conn, cases[i].flags);

        g_assert_cmpstr(got, ==, cases[i].expect);
    }
    CHECK_ERR(virConnectListAllDomains(conn, NULL, 1 << 20) < 0, VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
              "unsupported flags (0x100000) in function testConnectListAllDomains");

    g_assert_cmpint(virConnectNumOfDomains(conn), ==, 3);
    g_assert_cmpint(virConnectListDomains(conn, ids, 4), ==, 3);
    g_assert_cmpint(ids[0], ==, 1);
    g_assert_cmpint(ids[1], ==, 2);
    g_assert_cmpint(ids[2], ==, 3);
    g_assert_cmpint(virConnectNumOfDefinedDomains(conn), ==, 1);
    g_assert_cmpint(virConnectListDefinedDomains(conn, names, 4), ==, 1);
    g_assert_cmpstr(names[0], ==, "off");
    g_free(names[0]);

    CHECK_ERR(!virDomainLookupByID(conn, 99), VIR_ERR_NO_DOMAIN, VIR_FROM_TEST, "Domain not found");
    CHECK_ERR(!virDomainLookupByUUIDString(conn, "11111111-2222-3333-4444-555555555555"),
              VIR_ERR_NO_DOMAIN, VIR_FROM_TEST, "Domain not found");
    virDomainFree(off);
    virDomainFree(tr);
    virDomainFree(paused);
    testClose(conn);
}


static void
testMemoryVcpus(void)
{
    virConnectPtr conn = testOpen();
    virDomainPtr dom = virDomainLookupByName(conn, "test");
    g_autofree char *xml = NULL;

    CHECK_ERR(
        virDomainSetMaxMemory(dom, 4000000) < 0, VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
        "Requested operation is not valid: cannot resize the maximum memory on an active domain");
    CHECK_ERR(
        virDomainSetMemoryFlags(dom, 1, VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG) < 0,
        VIR_ERR_INVALID_ARG, VIR_FROM_DOMAIN,
        "Flags 'VIR_DOMAIN_AFFECT_LIVE' and 'VIR_DOMAIN_AFFECT_CONFIG' are mutually exclusive");
    CHECK_ERR(virDomainSetMemory(dom, 100000000) < 0, VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
              "invalid argument: cannot set memory higher than max memory");
    g_assert_cmpint(virDomainSetMemory(dom, 1000000), ==, 0);
    g_assert_cmpint(
        virDomainSetMemoryFlags(dom, 1000, VIR_DOMAIN_AFFECT_CONFIG | VIR_DOMAIN_MEM_MAXIMUM), ==,
        0);
    g_assert_cmpuint(virDomainGetMaxMemory(dom), ==, 8388608);

    g_assert_cmpint(virDomainGetMaxVcpus(dom), ==, 2);
    g_assert_cmpint(virDomainSetVcpus(dom, 1), ==, 0);
    CHECK_ERR(virDomainSetVcpus(dom, 3) < 0, VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
              "invalid argument: requested cpu amount exceeds maximum (3 > 2)");
    CHECK_ERR(virDomainSetVcpus(dom, 33) < 0, VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
              "invalid argument: requested cpu amount exceeds maximum supported amount (33 > 32)");
    g_assert_cmpint(
        virDomainSetVcpusFlags(dom, 4, VIR_DOMAIN_VCPU_MAXIMUM | VIR_DOMAIN_AFFECT_CONFIG), ==, 0);
    g_assert_cmpint(virDomainSetVcpusFlags(dom, 3, VIR_DOMAIN_AFFECT_CONFIG), ==, 0);
    g_assert_cmpint(virDomainGetVcpusFlags(dom, VIR_DOMAIN_AFFECT_CONFIG), ==, 3);
    g_assert_cmpint(virDomainGetVcpusFlags(dom, VIR_DOMAIN_AFFECT_CONFIG | VIR_DOMAIN_VCPU_MAXIMUM),
                    ==, 4);
    g_assert_cmpint(virDomainGetVcpusFlags(dom, VIR_DOMAIN_AFFECT_LIVE), ==, 1);

    xml = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE);
    g_assert_nonnull(strstr(xml, "  <memory unit='KiB'>1000</memory>\n"
                                 "  <currentMemory unit='KiB'>1000</currentMemory>\n"
                                 "  <vcpu placement='static' current='3'>4</vcpu>\n"));
    g_clear_pointer(&xml, g_free);
    xml = virDomainGetXMLDesc(dom, 0);
    g_assert_nonnull(strstr(xml, "<vcpu placement='static' current='1'>2</vcpu>"));
    CHECK_ERR(!virDomainGetXMLDesc(dom, 1 << 20), VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
              "unsupported flags (0x100000) in function testDomainGetXMLDesc");

    /* the config comes back when the domain stops */
    g_assert_cmpint(virDomainDestroy(dom), ==, 0);
    g_assert_cmpuint(virDomainGetMaxMemory(dom), ==, 1000);
    CHECK_ERR(virDomainSetMemory(dom, 10) < 0, VIR_ERR_OPERATION_INVALID, VIR_FROM_DOMAIN,
              NOT_RUNNING);
    CHECK_ERR(virDomainGetMaxVcpus(dom) < 0, VIR_ERR_OPERATION_INVALID, VIR_FROM_DOMAIN,
              NOT_RUNNING);
    virDomainFree(dom);
    testClose(conn);
}


static void
testMiscDomain(void)
{
    virConnectPtr conn = testOpen();
    virDomainPtr dom = virDomainLookupByName(conn, "test");
    virDomainPtr tr = virDomainCreateXML(conn, DOM_XML("tr"), 0);
    g_autofree char *host = virDomainGetHostname(dom, 0);
    g_autofree char *ostype = virDomainGetOSType(dom);
    g_autofree char *desc = NULL;
    int autostart = -1;

    g_assert_cmpstr(host, ==, "testhost");
    g_assert_cmpstr(ostype, ==, "linux");
    CHECK_ERR(!virDomainGetHostname(dom, 1), VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
              "unsupported flags (0x1) in function testDomainGetHostname");
    g_assert_cmpint(virDomainSetAutostart(tr, 1), ==, 0);
    g_assert_cmpint(virDomainGetAutostart(tr, &autostart), ==, 0);
    g_assert_cmpint(autostart, ==, 1);

    CHECK_ERR(!virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_DESCRIPTION, NULL, 0),
              VIR_ERR_NO_DOMAIN_METADATA, VIR_FROM_DOMAIN,
              "metadata not found: Requested metadata element is not present");
    g_assert_cmpint(virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_DESCRIPTION, "cfg", NULL, NULL,
                                         VIR_DOMAIN_AFFECT_CONFIG),
                    ==, 0);
    CHECK_ERR(!virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_DESCRIPTION, NULL, 0),
              VIR_ERR_NO_DOMAIN_METADATA, VIR_FROM_DOMAIN, NULL);
    desc =
        virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_DESCRIPTION, NULL, VIR_DOMAIN_AFFECT_CONFIG);
    g_assert_cmpstr(desc, ==, "cfg");
    CHECK_ERR(
        virDomainSetMetadata(tr, VIR_DOMAIN_METADATA_DESCRIPTION, "x", NULL, NULL,
                             VIR_DOMAIN_AFFECT_CONFIG) < 0,
        VIR_ERR_OPERATION_INVALID, VIR_FROM_DOMAIN,
        "Requested operation is not valid: transient domains do not have any persistent config");

    /* rename: only a persistent, shut-off domain */
    CHECK_ERR(virDomainRename(dom, "foo", 0) < 0, VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
              "Requested operation is not valid: cannot rename active domain");
    g_assert_cmpint(virDomainDestroy(dom), ==, 0);
    CHECK_ERR(virDomainRename(dom, "test", 0) < 0, VIR_ERR_OPERATION_INVALID, VIR_FROM_DOMAIN,
              "Requested operation is not valid: Can't rename domain to itself");
    CHECK_ERR(virDomainRename(dom, "tr", 0) < 0, VIR_ERR_OPERATION_INVALID, VIR_FROM_DOMAIN,
              "Requested operation is not valid: domain with name 'tr' already exists");
    g_assert_cmpint(virDomainRename(dom, "foo", 0), ==, 0);
    g_assert_cmpstr(virDomainGetName(dom), ==, "foo");
    CHECK_ERR(!virDomainLookupByName(conn, "test"), VIR_ERR_NO_DOMAIN, VIR_FROM_TEST, NULL);
    virDomainFree(dom);
    virDomainFree(tr);
    testClose(conn);
}


static void
testSaveRestore(void)
{
    virConnectPtr conn = testOpen();
    virDomainPtr dom = virDomainLookupByName(conn, "test");
    g_autofree char *dir = g_dir_make_tmp("testdrivertest-XXXXXX", NULL);
    g_autofree char *path = g_strdup_printf("%s/test.sav", dir);
    g_autofree char *junk = g_strdup_printf("%s/junk.sav", dir);
    g_autofree char *core = g_strdup_printf("%s/core", dir);
    g_autofree char *xml = NULL;
    g_autofree char *content = NULL;
    gsize len = 0;

    g_assert_nonnull(dir);
    CHECK_ERR(virDomainSaveFlags(dom, path, "<domain/>", 0) < 0, VIR_ERR_ARGUMENT_UNSUPPORTED,
              VIR_FROM_TEST, "argument unsupported: xml modification unsupported");
    g_assert_cmpint(virDomainSave(dom, path), ==, 0);
    testState(dom, VIR_DOMAIN_SHUTOFF, VIR_DOMAIN_SHUTOFF_SAVED);
    g_assert_true(g_file_get_contents(path, &content, &len, NULL));
    g_assert_cmpint(memcmp(content, "TestGuestMagic", 15), ==, 0);

    xml = virDomainSaveImageGetXMLDesc(conn, path, 0);
    g_assert_nonnull(strstr(xml, "<name>test</name>"));
    g_assert_cmpint(virDomainRestore(conn, path), ==, 0);
    testState(dom, VIR_DOMAIN_RUNNING, VIR_DOMAIN_RUNNING_RESTORED);
    CHECK_ERR(virDomainRestore(conn, path) < 0, VIR_ERR_OPERATION_INVALID, VIR_FROM_DOMAIN,
              "Requested operation is not valid: domain 'test' is already active");

    g_assert_true(g_file_set_contents(junk, "hello world, not a save file", -1, NULL));
    CHECK_ERR(virDomainRestore(conn, junk) < 0, VIR_ERR_INTERNAL_ERROR, VIR_FROM_TEST,
              "internal error: mismatched header magic");
    CHECK_ERR(virDomainRestore(conn, "/nonexistent.sav") < 0, VIR_ERR_SYSTEM_ERROR, VIR_FROM_TEST,
              "cannot read domain image '/nonexistent.sav': No such file or directory");

    g_assert_cmpint(virDomainCoreDump(dom, core, 0), ==, 0);
    testState(dom, VIR_DOMAIN_RUNNING, VIR_DOMAIN_RUNNING_RESTORED);
    g_assert_cmpint(virDomainCoreDump(dom, core, VIR_DUMP_CRASH), ==, 0);
    testState(dom, VIR_DOMAIN_SHUTOFF, VIR_DOMAIN_SHUTOFF_CRASHED);

    (void)unlink(path);
    (void)unlink(junk);
    (void)unlink(core);
    (void)rmdir(dir);
    virDomainFree(dom);
    testClose(conn);
}


static void
testSnapshots(void)
{
    virConnectPtr conn = testOpen();
    virDomainPtr dom = virDomainLookupByName(conn, "test");
    virDomainSnapshotPtr s1 = virDomainSnapshotCreateXML(dom,
                                                         "<domainsnapshot><name>s1</name>"
                                                         "<description>hi</description>"
                                                         "</domainsnapshot>",
                                                         0);
    virDomainSnapshotPtr s2 = virDomainSnapshotCreateXML(dom,
                                                         "<domainsnapshot><name>s2</name>"
                                                         "</domainsnapshot>",
                                                         VIR_DOMAIN_SNAPSHOT_CREATE_HALT);
    virDomainSnapshotPtr cur;
    g_autofree char *xml = NULL;
    char *names[4] = { NULL };

    g_assert_nonnull(s1);
    g_assert_nonnull(s2);
    testState(dom, VIR_DOMAIN_SHUTOFF, VIR_DOMAIN_SHUTOFF_FROM_SNAPSHOT);
    CHECK_ERR(
        !virDomainSnapshotCreateXML(dom, "<domainsnapshot><name>s1</name></domainsnapshot>", 0),
        VIR_ERR_OPERATION_FAILED, VIR_FROM_DOMAIN,
        "operation failed: domain moment s1 already exists");
    xml = virDomainSnapshotGetXMLDesc(s1, 0);
    g_assert_nonnull(strstr(xml,
                            "<domainsnapshot>\n  <name>s1</name>\n  <description>hi</description>\n"
                            "  <state>running</state>\n"));
    g_assert_nonnull(strstr(xml, "  <memory snapshot='internal'/>\n  <disks>\n"
                                 "    <disk name='vda' snapshot='internal'/>\n  </disks>\n"
                                 "  <domain type='test'>\n"));

    g_assert_cmpint(virDomainSnapshotNum(dom, 0), ==, 2);
    g_assert_cmpint(virDomainSnapshotListNames(dom, names, 4, VIR_DOMAIN_SNAPSHOT_LIST_ROOTS), ==,
                    1);
    g_assert_cmpstr(names[0], ==, "s1");
    g_free(names[0]);
    g_assert_cmpint(virDomainSnapshotNumChildren(s1, 0), ==, 1);
    cur = virDomainSnapshotCurrent(dom, 0);
    g_assert_cmpstr(virDomainSnapshotGetName(cur), ==, "s2");
    virDomainSnapshotFree(cur);
    CHECK_ERR(!virDomainSnapshotGetParent(s1, 0), VIR_ERR_NO_DOMAIN_SNAPSHOT, VIR_FROM_TEST,
              "Domain snapshot not found: snapshot 's1' does not have a parent");
    CHECK_ERR(!virDomainSnapshotLookupByName(dom, "nope", 0), VIR_ERR_NO_DOMAIN_SNAPSHOT,
              VIR_FROM_TEST,
              "Domain snapshot not found: no domain snapshot with matching name 'nope'");

    /* undefining a shut-off domain with snapshots needs the flag */
    CHECK_ERR(virDomainUndefine(dom) < 0, VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
              "Requested operation is not valid: cannot delete inactive domain with 2 snapshots");

    g_assert_cmpint(virDomainRevertToSnapshot(s1, 0), ==, 0);
    testState(dom, VIR_DOMAIN_RUNNING, VIR_DOMAIN_RUNNING_FROM_SNAPSHOT);
    g_assert_cmpint(virDomainRevertToSnapshot(s1, VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED), ==, 0);
    testState(dom, VIR_DOMAIN_PAUSED, VIR_DOMAIN_PAUSED_FROM_SNAPSHOT);
    g_assert_cmpint(virDomainSnapshotIsCurrent(s1, 0), ==, 1);

    g_assert_cmpint(virDomainSnapshotDelete(s1, VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY), ==, 0);
    g_assert_cmpint(virDomainSnapshotNum(dom, 0), ==, 1);
    g_assert_cmpint(virDomainSnapshotDelete(s1, 0), ==, 0);
    g_assert_cmpint(virDomainHasCurrentSnapshot(dom, 0), ==, 0);
    CHECK_ERR(!virDomainSnapshotCurrent(dom, 0), VIR_ERR_NO_DOMAIN_SNAPSHOT, VIR_FROM_TEST,
              "Domain snapshot not found: the domain does not have a current snapshot");
    virDomainSnapshotFree(s1);
    virDomainSnapshotFree(s2);
    virDomainFree(dom);
    testClose(conn);
}


/* Event recording: lifecycle events as "name:event:detail" words. */
static GString *testEvents;
static bool testTimerFired;


static int
testLifecycleCb(virConnectPtr conn G_GNUC_UNUSED,
                virDomainPtr dom,
                int event,
                int detail,
                void *opaque G_GNUC_UNUSED)
{
    g_string_append_printf(testEvents, "%s%s:%d:%d", testEvents->len ? " " : "",
                           virDomainGetName(dom), event, detail);
    return 0;
}


static void
testNetworkCb(virConnectPtr conn G_GNUC_UNUSED,
              virNetworkPtr net,
              int event,
              int detail,
              void *opaque G_GNUC_UNUSED)
{
    g_string_append_printf(testEvents, "%snet-%s:%d:%d", testEvents->len ? " " : "",
                           virNetworkGetName(net), event, detail);
}


static void
testPoolCb(virConnectPtr conn G_GNUC_UNUSED,
           virStoragePoolPtr pool,
           int event,
           int detail,
           void *opaque G_GNUC_UNUSED)
{
    g_string_append_printf(testEvents, "%spool-%s:%d:%d", testEvents->len ? " " : "",
                           virStoragePoolGetName(pool), event, detail);
}


static void
testPoolRefreshCb(virConnectPtr conn G_GNUC_UNUSED,
                  virStoragePoolPtr pool,
                  void *opaque G_GNUC_UNUSED)
{
    g_string_append_printf(testEvents, "%srefresh-%s", testEvents->len ? " " : "",
                           virStoragePoolGetName(pool));
}


static void
testTimerCb(int timer G_GNUC_UNUSED, void *opaque G_GNUC_UNUSED)
{
    testTimerFired = true;
}


/* Runs the loop until queued events are delivered; returns them. */
static char *
testDrainEvents(void)
{
    int timer = virEventAddTimeout(20, testTimerCb, NULL, NULL);

    g_assert_cmpint(timer, >=, 0);
    testTimerFired = false;
    while (!testTimerFired)
        g_assert_cmpint(virEventRunDefaultImpl(), ==, 0);
    virEventRemoveTimeout(timer);
    return g_string_free(g_steal_pointer(&testEvents), FALSE);
}


#define CHECK_EVENTS(call, expect)                                                                 \
 do {                                                                                              \
  g_autofree char *got = NULL;                                                                     \
  testEvents = g_string_new("");                                                                   \
  g_assert_cmpint((call), ==, 0);                                                                  \
  got = testDrainEvents();                                                                         \
  g_assert_cmpstr(got, ==, expect);                                                                \
 } while (0)


static void
testEventsLifecycle(void)
{
    virConnectPtr conn = testOpen();
    virDomainPtr dom = virDomainLookupByName(conn, "test");
    virNetworkPtr net = virNetworkLookupByName(conn, "default");
    virDomainPtr n1;
    int cb = virConnectDomainEventRegisterAny(
        conn, NULL, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
        VIR_DOMAIN_EVENT_CALLBACK((void (*)(void))testLifecycleCb), NULL, NULL);
    int netcb = virConnectNetworkEventRegisterAny(
        conn, NULL, VIR_NETWORK_EVENT_ID_LIFECYCLE,
        VIR_NETWORK_EVENT_CALLBACK((void (*)(void))testNetworkCb), NULL, NULL);

    g_assert_cmpint(cb, >=, 0);
    g_assert_cmpint(netcb, >=, 0);
    CHECK_EVENTS(virDomainSuspend(dom), "test:3:0");
    CHECK_EVENTS(virDomainResume(dom), "test:4:0");
    CHECK_EVENTS(virDomainReboot(dom, 0), "");
    CHECK_EVENTS(virDomainShutdown(dom), "test:5:0");
    CHECK_EVENTS(virDomainCreate(dom), "test:2:0");
    CHECK_EVENTS(virDomainDestroy(dom), "test:5:1");
    CHECK_EVENTS(virDomainCreate(dom), "test:2:0");
    CHECK_EVENTS(virDomainManagedSave(dom, 0), "test:5:4");
    CHECK_EVENTS(virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_TITLE, "t", NULL, NULL, 0), "");

    testEvents = g_string_new("");
    n1 = virDomainDefineXML(conn, DOM_XML("n1"));
    g_free(testDrainEvents());
    CHECK_EVENTS(virDomainRename(n1, "n2", 0), "n1:1:1 n2:0:2");
    CHECK_EVENTS(virDomainUndefine(n1), "n2:1:0");
    CHECK_EVENTS(virNetworkDestroy(net), "net-default:3:0");
    CHECK_EVENTS(virNetworkCreate(net), "net-default:2:0");

    g_assert_cmpint(virConnectDomainEventDeregisterAny(conn, cb), ==, 0);
    g_assert_cmpint(virConnectNetworkEventDeregisterAny(conn, netcb), ==, 0);
    CHECK_ERR(virConnectDomainEventDeregisterAny(conn, cb) < 0, VIR_ERR_INVALID_ARG, VIR_FROM_NONE,
              NULL);
    virDomainFree(n1);
    virDomainFree(dom);
    virNetworkFree(net);
    testClose(conn);
}


static void
testEventsSnapshot(void)
{
    virConnectPtr conn = testOpen();
    virDomainPtr dom = virDomainLookupByName(conn, "test");
    int cb = virConnectDomainEventRegisterAny(
        conn, dom, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
        VIR_DOMAIN_EVENT_CALLBACK((void (*)(void))testLifecycleCb), NULL, NULL);
    virDomainSnapshotPtr snap = virDomainSnapshotCreateXML(dom, "<domainsnapshot/>", 0);
    virDomainSnapshotPtr off;

    CHECK_EVENTS(virDomainRevertToSnapshot(snap, 0), "test:5:6 test:2:3");
    CHECK_EVENTS(virDomainRevertToSnapshot(snap, VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED),
                 "test:5:6 test:2:3 test:3:5");
    CHECK_EVENTS(virDomainDestroy(dom), "test:5:1");
    testEvents = g_string_new("");
    off = virDomainSnapshotCreateXML(dom, "<domainsnapshot><name>off</name></domainsnapshot>", 0);
    g_free(testDrainEvents());
    g_assert_cmpint(virDomainCreate(dom), ==, 0);
    testEvents = g_string_new("");
    g_free(testDrainEvents());
    CHECK_EVENTS(virDomainRevertToSnapshot(off, 0), "test:5:6");
    testState(dom, VIR_DOMAIN_SHUTOFF, VIR_DOMAIN_SHUTOFF_FROM_SNAPSHOT);
    /* libvirt 9.0 announces a start it does not perform */
    CHECK_EVENTS(virDomainRevertToSnapshot(off, VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING), "test:2:3");
    testState(dom, VIR_DOMAIN_SHUTOFF, VIR_DOMAIN_SHUTOFF_FROM_SNAPSHOT);

    g_assert_cmpint(virConnectDomainEventDeregisterAny(conn, cb), ==, 0);
    virDomainSnapshotFree(snap);
    virDomainSnapshotFree(off);
    virDomainFree(dom);
    testClose(conn);
}


#define POOL_XML(name)                                                                             \
 "<pool type='dir'><name>" name "</name><target><path>/" name "</path></target></pool>"

/*
 * Storage pool events where libvirt's test driver raises them: lifecycle
 * (DEFINED 0, UNDEFINED 1, STARTED 2, STOPPED 3, CREATED 4 by build,
 * DELETED 5) and refresh; a pool filter and deregistration hold.
 */
static void
testEventsStoragePool(void)
{
    virConnectPtr conn = testOpen();
    virStoragePoolPtr pool = virStoragePoolLookupByName(conn, "default-pool");
    virStoragePoolPtr p1;
    int cb = virConnectStoragePoolEventRegisterAny(
        conn, NULL, VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE,
        VIR_STORAGE_POOL_EVENT_CALLBACK((void (*)(void))testPoolCb), NULL, NULL);
    int refreshcb = virConnectStoragePoolEventRegisterAny(
        conn, pool, VIR_STORAGE_POOL_EVENT_ID_REFRESH, testPoolRefreshCb, NULL, NULL);

    g_assert_cmpint(cb, >=, 0);
    g_assert_cmpint(refreshcb, >, cb);
    CHECK_EVENTS(virStoragePoolRefresh(pool, 0), "refresh-default-pool");
    CHECK_EVENTS(virStoragePoolDestroy(pool), "pool-default-pool:3:0");
    CHECK_EVENTS(virStoragePoolBuild(pool, 0), "pool-default-pool:4:0");
    CHECK_EVENTS(virStoragePoolDelete(pool, 0), "pool-default-pool:5:0");
    CHECK_EVENTS(virStoragePoolCreate(pool, 0), "pool-default-pool:2:0");
    testEvents = g_string_new("");
    g_assert_true(virStoragePoolRefresh(pool, 1) < 0);
    g_assert_true(virStoragePoolBuild(pool, 0) < 0);
    g_free(testDrainEvents());

    testEvents = g_string_new("");
    p1 = virStoragePoolDefineXML(conn, POOL_XML("p1"), 0);
    g_assert_nonnull(p1);
    CHECK_EVENTS(virStoragePoolCreate(p1, 0), "pool-p1:0:0 pool-p1:2:0");
    /* the refresh callback is for default-pool only */
    CHECK_EVENTS(virStoragePoolRefresh(p1, 0), "");
    CHECK_EVENTS(virStoragePoolDestroy(p1), "pool-p1:3:0");
    CHECK_EVENTS(virStoragePoolUndefine(p1), "pool-p1:1:0");
    virStoragePoolFree(p1);

    testEvents = g_string_new("");
    p1 = virStoragePoolCreateXML(conn, POOL_XML("t1"), 0);
    g_assert_nonnull(p1);
    CHECK_EVENTS(virStoragePoolDestroy(p1), "pool-t1:2:0 pool-t1:3:0");
    virStoragePoolFree(p1);

    g_assert_cmpint(virConnectStoragePoolEventDeregisterAny(conn, cb), ==, 0);
    CHECK_EVENTS(virStoragePoolDestroy(pool), "");
    g_assert_cmpint(virConnectStoragePoolEventDeregisterAny(conn, refreshcb), ==, 0);
    CHECK_ERR(virConnectStoragePoolEventDeregisterAny(conn, cb) < 0, VIR_ERR_INVALID_ARG,
              VIR_FROM_NONE, NULL);
    CHECK_ERR(virConnectStoragePoolEventRegisterAny(conn, NULL, VIR_STORAGE_POOL_EVENT_ID_LAST,
                                                    testPoolRefreshCb, NULL, NULL) < 0,
              VIR_ERR_INVALID_ARG, VIR_FROM_STORAGE, NULL);
    virStoragePoolFree(pool);
    testClose(conn);
}


int
main(int argc, char **argv)
{
    if (testInit(&argc, &argv) < 0)
        return 1;

    g_test_add_func("/testd/open-errors", testOpenErrors);
    g_test_add_func("/testd/node", testNode);
    g_test_add_func("/testd/default-contents", testDefaultContents);
    g_test_add_func("/testd/shared-default", testSharedDefault);
    g_test_add_func("/testd/domain/lifecycle", testLifecycle);
    g_test_add_func("/testd/domain/define-undefine", testDefineUndefine);
    g_test_add_func("/testd/domain/list", testListAll);
    g_test_add_func("/testd/domain/memory-vcpus", testMemoryVcpus);
    g_test_add_func("/testd/domain/misc", testMiscDomain);
    g_test_add_func("/testd/domain/save-restore", testSaveRestore);
    g_test_add_func("/testd/domain/snapshots", testSnapshots);
    g_test_add_func("/testd/events/lifecycle", testEventsLifecycle);
    g_test_add_func("/testd/events/snapshot", testEventsSnapshot);
    g_test_add_func("/testd/events/storage-pool", testEventsStoragePool);
    return g_test_run();
}
