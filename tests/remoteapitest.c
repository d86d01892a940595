/*
 * remoteapitest.c: every domain, snapshot, network, storage and secret
 * function of the remote driver (src/remote/remote_domain*.c,
 * remote_network.c, remote_storage.c, remote_secret.c), driven through the
 * public API over a real server
 *
 * The server runs in this process (virNetServer with the REMOTE program of
 * src/daemon, in a thread, on a socket in a temporary directory) and
 * serves test:///default, so "remote" (test+unix:///default?socket=...)
 * and "local" (test:///default opened here) see the same objects: each
 * check makes the same call on both and expects the same result, or the
 * same error (code, domain and message), or makes a change through the
 * remote connection and reads it back through the local one. Checks of
 * the remote driver's own limits expect libvirt 9.0's client texts.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>
#include <unistd.h>

#include "remoteapitestutils.h"

#define DOM_XML(name)                                                                              \
 "<domain type='test'><name>" name "</name><memory>1024</memory>"                                  \
 "<os><type>hvm</type></os></domain>"
#define VOL_XML(name, cap, alloc)                                                                  \
 "<volume><name>" name "</name><capacity>" cap "</capacity>"                                       \
 "<allocation>" alloc "</allocation></volume>"
#define NET_XML                                                                                    \
 "<network><name>rapi-net</name><ip address='192.168.150.1' netmask='255.255.255.0'>"              \
 "<dhcp><range start='192.168.150.2' end='192.168.150.254'/></dhcp></ip></network>"
#define SECRET_UUID "11111111-2222-3333-4444-555555555555"
#define OVER_LIMIT 16385 /* one more than every list limit of the protocol */

/* the running domain "test" of test:///default, through each connection */
static virDomainPtr ltest;
static virDomainPtr rtest;

/*
 * testNewDomain:
 * Makes the domain @name through @rconn: defined, or started as a
 * transient one when @transient. Returns the remote handle and stores
 * the local one in *@local (new references).
 */
static virDomainPtr
testNewDomain(const char *name, bool transient, virDomainPtr *local)
{
    g_autofree char *xml = g_strdup_printf("<domain type='test'><name>%s</name>"
                                           "<memory>1024</memory><os><type>hvm</type></os>"
                                           "</domain>",
                                           name);
    virDomainPtr r = transient ? virDomainCreateXML(rconn, xml, 0) : virDomainDefineXML(rconn, xml);

    g_assert_nonnull(r);
    *local = virDomainLookupByName(lconn, name);
    g_assert_nonnull(*local);
    return r;
}


static void
testDomainLists(void)
{
    g_autofree int *ids = g_new0(int, OVER_LIMIT);
    g_autofree int *rids = g_new0(int, 64);
    g_autofree char **names = g_new0(char *, OVER_LIMIT);
    virDomainPtr def = virDomainDefineXML(rconn, DOM_XML("rapi-list"));
    int n;

    g_assert_nonnull(def);
    SAME_RET(virConnectNumOfDomains(lconn), virConnectNumOfDomains(rconn));
    SAME_RET(virConnectNumOfDefinedDomains(lconn), virConnectNumOfDefinedDomains(rconn));
    n = virConnectListDomains(lconn, ids, 64);
    g_assert_cmpint(n, >, 0);
    g_assert_cmpint(virConnectListDomains(rconn, rids, 64), ==, n);
    g_assert_cmpint(memcmp(ids, rids, n * sizeof(int)), ==, 0);
    SAME_NAMES(virConnectListDefinedDomains, lconn, rconn);
    SAME_LIST_ALL(virConnectListAllDomains, lconn, rconn, VIR_CONNECT_LIST_DOMAINS_INACTIVE);

    testRemoteError(virConnectListDomains(rconn, ids, OVER_LIMIT) < 0,
                    "Too many domains '16385' for limit '16384'");
    testRemoteError(virConnectListDefinedDomains(rconn, names, OVER_LIMIT) < 0,
                    "too many remote strings: 16385 > 16384,in parameter 'names' for "
                    "'virConnectListDefinedDomains'");
    g_assert_cmpint(virDomainUndefine(def), ==, 0);
    virDomainFree(def);
}


static void
testDomainLookup(void)
{
    unsigned char uuid[VIR_UUID_BUFLEN] = { 0 };
    int id = virDomainGetID(ltest);

    virDomainGetUUID(ltest, uuid);
    testSameObj(virDomainLookupByName(lconn, "test"), virDomainLookupByName(rconn, "test"));
    testSameObj(virDomainLookupByID(lconn, id), virDomainLookupByID(rconn, id));
    testSameObj(virDomainLookupByUUID(lconn, uuid), virDomainLookupByUUID(rconn, uuid));
    uuid[0] ^= 0xff;
    SAME_FAIL(!virDomainLookupByUUID(lconn, uuid), !virDomainLookupByUUID(rconn, uuid));
    SAME_FAIL(!virDomainLookupByName(lconn, "nope"), !virDomainLookupByName(rconn, "nope"));
    SAME_FAIL(!virDomainLookupByID(lconn, 4242), !virDomainLookupByID(rconn, 4242));
}


static void
testDomainLifecycle(void)
{
    virDomainPtr l = NULL;
    virDomainPtr r = testNewDomain("rapi-life", false, &l);

    testSameObj(virDomainLookupByName(lconn, "rapi-life"), virObjectRef(r));
    g_assert_cmpint(virDomainCreate(r), ==, 0);
    /* the handle learns the new id, as libvirt's client */
    g_assert_cmpint((int)virDomainGetID(r), !=, -1);
    g_assert_cmpint((int)virDomainGetID(r), ==, testLocalDomain("rapi-life", NULL));
    SAME_FAIL(virDomainCreate(l) < 0, virDomainCreate(r) < 0);
    g_assert_cmpint(virDomainSuspend(r), ==, 0);
    g_assert_cmpint(testLocalState("rapi-life"), ==, VIR_DOMAIN_PAUSED);
    g_assert_cmpint(virDomainResume(r), ==, 0);
    g_assert_cmpint(testLocalState("rapi-life"), ==, VIR_DOMAIN_RUNNING);
    SAME_RET(virDomainReboot(l, 0), virDomainReboot(r, 0));
    SAME_RET(virDomainReset(l, 0), virDomainReset(r, 0));
    g_assert_cmpint(virDomainShutdown(r), ==, 0);
    g_assert_cmpint(testLocalState("rapi-life"), ==, VIR_DOMAIN_SHUTOFF);
    SAME_FAIL(virDomainShutdown(l) < 0, virDomainShutdown(r) < 0);
    SAME_FAIL(virDomainShutdownFlags(l, 0) < 0, virDomainShutdownFlags(r, 0) < 0);
    g_assert_cmpint(virDomainCreateWithFlags(r, 0), ==, 0);
    g_assert_cmpint((int)virDomainGetID(r), ==, testLocalDomain("rapi-life", NULL));
    g_assert_cmpint(virDomainShutdownFlags(r, 0), ==, 0);
    g_assert_cmpint(virDomainCreate(r), ==, 0);
    g_assert_cmpint(virDomainDestroy(r), ==, 0);
    g_assert_cmpint((int)virDomainGetID(r), ==, -1);
    g_assert_cmpint(testLocalState("rapi-life"), ==, VIR_DOMAIN_SHUTOFF);
    g_assert_cmpint(virDomainCreate(r), ==, 0);
    g_assert_cmpint(virDomainDestroyFlags(r, 0), ==, 0);
    g_assert_cmpint(testLocalState("rapi-life"), ==, VIR_DOMAIN_SHUTOFF);
    SAME_FAIL(virDomainDestroy(l) < 0, virDomainDestroy(r) < 0);
    g_assert_cmpint(virDomainUndefineFlags(r, 0), ==, 0);
    SAME_FAIL(!virDomainLookupByName(lconn, "rapi-life"),
              !virDomainLookupByName(rconn, "rapi-life"));
    SAME_FAIL(virDomainUndefine(l) < 0, virDomainUndefine(r) < 0);
    virDomainFree(r);
    virDomainFree(l);

    r = virDomainDefineXMLFlags(rconn, DOM_XML("rapi-life"), 0);
    g_assert_nonnull(r);
    g_assert_cmpint(virDomainUndefine(r), ==, 0);
    virDomainFree(r);
}


static void
testDomainTransient(void)
{
    virDomainPtr l = NULL;
    virDomainPtr r = testNewDomain("rapi-tr", true, &l);

    g_assert_cmpint((int)virDomainGetID(r), ==, virDomainGetID(l));
    SAME_RET(virDomainIsPersistent(l), virDomainIsPersistent(r));
    /* libvirt's test driver accepts this (recorded with libvirt 9.0) */
    SAME_RET(virDomainUndefine(l), virDomainUndefine(r));
    SAME_FAIL(!virDomainCreateXML(lconn, DOM_XML("rapi-tr"), 0),
              !virDomainCreateXML(rconn, DOM_XML("rapi-tr"), 0));
    g_assert_cmpint(virDomainDestroy(r), ==, 0);
    SAME_FAIL(!virDomainLookupByName(lconn, "rapi-tr"), !virDomainLookupByName(rconn, "rapi-tr"));
    virDomainFree(r);
    virDomainFree(l);
}


/* Read-only queries of the running domain "test". */
static void
testDomainQueries(void)
{
    virDomainInfo li;
    virDomainInfo ri;
    virSecurityLabel lsec;
    virSecurityLabel rsec;
    int lstate[2] = { -1, -1 };
    int rstate[2] = { -1, -1 };

    g_assert_cmpint(virDomainGetInfo(ltest, &li), ==, 0);
    g_assert_cmpint(virDomainGetInfo(rtest, &ri), ==, 0);
    g_assert_cmpint(ri.state, ==, li.state);
    g_assert_cmpuint(ri.maxMem, ==, li.maxMem);
    g_assert_cmpuint(ri.memory, ==, li.memory);
    g_assert_cmpuint(ri.nrVirtCpu, ==, li.nrVirtCpu);
    g_assert_cmpuint(ri.cpuTime, >=, li.cpuTime);
    g_assert_cmpint(virDomainGetState(ltest, &lstate[0], &lstate[1], 0), ==, 0);
    g_assert_cmpint(virDomainGetState(rtest, &rstate[0], &rstate[1], 0), ==, 0);
    g_assert_cmpint(rstate[0], ==, lstate[0]);
    g_assert_cmpint(rstate[1], ==, lstate[1]);
    g_assert_cmpint(virDomainGetState(rtest, &rstate[0], NULL, 0), ==, 0);
    SAME_FAIL(virDomainGetState(ltest, lstate, NULL, 1) < 0,
              virDomainGetState(rtest, rstate, NULL, 1) < 0);

    testSameStr(virDomainGetOSType(ltest), virDomainGetOSType(rtest));
    SAME_RET((int)virDomainGetMaxMemory(ltest), (int)virDomainGetMaxMemory(rtest));
    SAME_RET(virDomainGetMaxVcpus(ltest), virDomainGetMaxVcpus(rtest));
    SAME_RET(virDomainGetVcpusFlags(ltest, 0), virDomainGetVcpusFlags(rtest, 0));
    SAME_RET(virDomainIsActive(ltest), virDomainIsActive(rtest));
    SAME_RET(virDomainIsPersistent(ltest), virDomainIsPersistent(rtest));
    SAME_RET(virDomainIsUpdated(ltest), virDomainIsUpdated(rtest));
    testSameStr(virDomainGetXMLDesc(ltest, 0), virDomainGetXMLDesc(rtest, 0));
    testSameStr(virDomainGetXMLDesc(ltest, VIR_DOMAIN_XML_INACTIVE),
                virDomainGetXMLDesc(rtest, VIR_DOMAIN_XML_INACTIVE));
    testSameStr(virDomainGetHostname(ltest, 0), virDomainGetHostname(rtest, 0));

    g_assert_cmpint(virDomainGetSecurityLabel(ltest, &lsec), ==, 0);
    g_assert_cmpint(virDomainGetSecurityLabel(rtest, &rsec), ==, 0);
    g_assert_cmpstr(rsec.label, ==, lsec.label);
    g_assert_cmpint(rsec.enforcing, ==, lsec.enforcing);
}


/* Calls the test driver lacks: the server's NO_SUPPORT error comes back. */
static void
testDomainUnsupported(void)
{
    const char *disk = "<disk type='file'><target dev='vdb'/></disk>";
    virDomainJobInfo job;
    char **msgs = NULL;

    SAME_FAIL(virDomainGetJobInfo(ltest, &job) < 0, virDomainGetJobInfo(rtest, &job) < 0);
    SAME_FAIL(virDomainAttachDevice(ltest, disk) < 0, virDomainAttachDevice(rtest, disk) < 0);
    SAME_FAIL(virDomainDetachDevice(ltest, disk) < 0, virDomainDetachDevice(rtest, disk) < 0);
    SAME_FAIL(virDomainAttachDeviceFlags(ltest, disk, 0) < 0,
              virDomainAttachDeviceFlags(rtest, disk, 0) < 0);
    SAME_FAIL(virDomainDetachDeviceFlags(ltest, disk, 0) < 0,
              virDomainDetachDeviceFlags(rtest, disk, 0) < 0);
    SAME_FAIL(virDomainUpdateDeviceFlags(ltest, disk, 0) < 0,
              virDomainUpdateDeviceFlags(rtest, disk, 0) < 0);
    SAME_FAIL(virDomainDetachDeviceAlias(ltest, "ua-x", 0) < 0,
              virDomainDetachDeviceAlias(rtest, "ua-x", 0) < 0);
    SAME_FAIL(virDomainGetMessages(ltest, &msgs, 0) < 0, virDomainGetMessages(rtest, &msgs, 0) < 0);
}


/* Changes through the remote connection, read back locally. */
static void
testDomainSettings(void)
{
    virDomainPtr l = NULL;
    virDomainPtr r = testNewDomain("rapi-set", false, &l);
    virDomainInfo info;
    int autostart = -1;

    g_assert_cmpint(virDomainSetMaxMemory(r, 4096), ==, 0);
    g_assert_cmpuint(virDomainGetMaxMemory(l), ==, 4096);
    g_assert_cmpuint(virDomainGetMaxMemory(r), ==, 4096);
    SAME_FAIL(virDomainSetMemory(l, 2048) < 0, virDomainSetMemory(r, 2048) < 0);
    g_assert_cmpint(virDomainSetMemoryFlags(r, 3072, VIR_DOMAIN_AFFECT_CONFIG), ==, 0);
    g_assert_cmpint(virDomainGetInfo(l, &info), ==, 0);
    g_assert_cmpuint(info.memory, ==, 3072);
    SAME_FAIL(virDomainSetMemoryFlags(l, 1 << 30, VIR_DOMAIN_AFFECT_CONFIG) < 0,
              virDomainSetMemoryFlags(r, 1 << 30, VIR_DOMAIN_AFFECT_CONFIG) < 0);
    g_assert_cmpint(virDomainCreate(r), ==, 0);
    g_assert_cmpint(virDomainSetMemory(r, 2048), ==, 0);
    g_assert_cmpint(virDomainGetInfo(l, &info), ==, 0);
    g_assert_cmpuint(info.memory, ==, 2048);
    g_assert_cmpint(virDomainDestroy(r), ==, 0);

    g_assert_cmpint(
        virDomainSetVcpusFlags(r, 4, VIR_DOMAIN_AFFECT_CONFIG | VIR_DOMAIN_VCPU_MAXIMUM), ==, 0);
    g_assert_cmpint(virDomainGetVcpusFlags(l, VIR_DOMAIN_AFFECT_CONFIG | VIR_DOMAIN_VCPU_MAXIMUM),
                    ==, 4);
    g_assert_cmpint(virDomainSetVcpusFlags(r, 3, VIR_DOMAIN_AFFECT_CONFIG), ==, 0);
    g_assert_cmpint(virDomainGetVcpusFlags(l, VIR_DOMAIN_AFFECT_CONFIG), ==, 3);
    SAME_RET(virDomainSetVcpus(l, 2), virDomainSetVcpus(r, 2));
    SAME_RET(virDomainGetVcpusFlags(l, VIR_DOMAIN_AFFECT_CONFIG),
             virDomainGetVcpusFlags(r, VIR_DOMAIN_AFFECT_CONFIG));

    g_assert_cmpint(virDomainSetAutostart(r, 1), ==, 0);
    g_assert_cmpint(virDomainGetAutostart(l, &autostart), ==, 0);
    g_assert_cmpint(autostart, ==, 1);
    autostart = -1;
    g_assert_cmpint(virDomainGetAutostart(r, &autostart), ==, 0);
    g_assert_cmpint(autostart, ==, 1);
    g_assert_cmpint(virDomainSetAutostart(r, 0), ==, 0);
    g_assert_cmpint(virDomainUndefine(r), ==, 0);
    virDomainFree(r);
    virDomainFree(l);
}


static void
testDomainSave(void)
{
    virDomainPtr l = NULL;
    virDomainPtr r = testNewDomain("rapi-save", true, &l);
    g_autofree char *path = g_strdup_printf("%s/rapi.sav", tmpdir);
    g_autofree char *xml = NULL;

    SAME_FAIL(virDomainSaveFlags(l, path, "<domain/>", 0) < 0,
              virDomainSaveFlags(r, path, "<domain/>", 0) < 0);
    g_assert_cmpint(virDomainSave(r, path), ==, 0);
    g_assert_cmpint((int)virDomainGetID(r), ==, -1);
    SAME_FAIL(!virDomainLookupByName(lconn, "rapi-save"),
              !virDomainLookupByName(rconn, "rapi-save"));

    xml = virDomainSaveImageGetXMLDesc(lconn, path, 0);
    testSameStr(g_strdup(xml), virDomainSaveImageGetXMLDesc(rconn, path, 0));
    SAME_RET(virDomainSaveImageDefineXML(lconn, path, xml, 0),
             virDomainSaveImageDefineXML(rconn, path, xml, 0));
    SAME_FAIL(virDomainRestore(lconn, "/nonexistent.sav") < 0,
              virDomainRestore(rconn, "/nonexistent.sav") < 0);
    g_assert_cmpint(virDomainRestore(rconn, path), ==, 0);
    g_assert_cmpint(testLocalState("rapi-save"), ==, VIR_DOMAIN_RUNNING);
    SAME_FAIL(virDomainRestore(lconn, path) < 0, virDomainRestore(rconn, path) < 0);
    virDomainFree(r);
    r = virDomainLookupByName(rconn, "rapi-save");

    g_assert_cmpint(virDomainSaveFlags(r, path, NULL, 0), ==, 0);
    SAME_FAIL(!virDomainLookupByName(lconn, "rapi-save"),
              !virDomainLookupByName(rconn, "rapi-save"));
    SAME_FAIL(virDomainRestoreFlags(lconn, path, "<domain/>", 0) < 0,
              virDomainRestoreFlags(rconn, path, "<domain/>", 0) < 0);
    g_assert_cmpint(virDomainRestoreFlags(rconn, path, NULL, 0), ==, 0);
    g_assert_cmpint(testLocalState("rapi-save"), ==, VIR_DOMAIN_RUNNING);
    g_assert_cmpint(virDomainDestroy(r), ==, 0);
    (void)unlink(path);
    virDomainFree(r);
    virDomainFree(l);
}


static void
testDomainSaveParams(void)
{
    g_autofree char *path = g_strdup_printf("%s/params.sav", tmpdir);
    g_autofree virTypedParameterPtr many = g_new0(virTypedParameter, 65);
    virTypedParameter param = { .type = VIR_TYPED_PARAM_STRING };
    size_t i;

    g_strlcpy(param.field, VIR_DOMAIN_SAVE_PARAM_FILE, sizeof(param.field));
    param.value.s = path;
    SAME_FAIL(virDomainSaveParams(ltest, &param, 1, 0) < 0,
              virDomainSaveParams(rtest, &param, 1, 0) < 0);
    SAME_FAIL(virDomainRestoreParams(lconn, &param, 1, 0) < 0,
              virDomainRestoreParams(rconn, &param, 1, 0) < 0);
    for (i = 0; i < 65; i++) {
        g_snprintf(many[i].field, sizeof(many[i].field), "p%zu", i);
        many[i].type = VIR_TYPED_PARAM_INT;
    }
    testRemoteError(virDomainSaveParams(rtest, many, 65, 0) < 0,
                    "too many parameters '65' for limit '64'");
    testRemoteError(virDomainRestoreParams(rconn, many, 65, 0) < 0,
                    "too many parameters '65' for limit '64'");
}


static void
testDomainManagedSave(void)
{
    virDomainPtr l = NULL;
    virDomainPtr r = testNewDomain("rapi-ms", false, &l);
    g_autofree char *core = g_strdup_printf("%s/core", tmpdir);

    g_assert_cmpint(virDomainCreate(r), ==, 0);
    g_assert_cmpint(virDomainManagedSave(r, 0), ==, 0);
    g_assert_cmpint((int)virDomainGetID(r), ==, -1);
    g_assert_cmpint(testLocalState("rapi-ms"), ==, VIR_DOMAIN_SHUTOFF);
    SAME_RET(virDomainHasManagedSaveImage(l, 0), virDomainHasManagedSaveImage(r, 0));
    g_assert_cmpint(virDomainHasManagedSaveImage(r, 0), ==, 1);
    SAME_FAIL(!virDomainManagedSaveGetXMLDesc(l, 0), !virDomainManagedSaveGetXMLDesc(r, 0));
    SAME_FAIL(virDomainManagedSaveDefineXML(l, NULL, 0) < 0,
              virDomainManagedSaveDefineXML(r, NULL, 0) < 0);
    g_assert_cmpint(virDomainManagedSaveRemove(r, 0), ==, 0);
    g_assert_cmpint(virDomainHasManagedSaveImage(l, 0), ==, 0);

    SAME_FAIL(virDomainCoreDump(l, core, 0) < 0, virDomainCoreDump(r, core, 0) < 0);
    g_assert_cmpint(virDomainCreate(r), ==, 0);
    g_assert_cmpint(virDomainCoreDump(r, core, 0), ==, 0);
    g_assert_true(g_file_test(core, G_FILE_TEST_EXISTS));
    (void)unlink(core);
    g_assert_cmpint(
        virDomainCoreDumpWithFormat(r, core, VIR_DOMAIN_CORE_DUMP_FORMAT_RAW, VIR_DUMP_CRASH), ==,
        0);
    g_assert_cmpint(testLocalState("rapi-ms"), ==, VIR_DOMAIN_SHUTOFF);
    (void)unlink(core);
    g_assert_cmpint(virDomainUndefine(r), ==, 0);
    virDomainFree(r);
    virDomainFree(l);
}


static void
testDomainMetadataRename(void)
{
    virDomainPtr l = NULL;
    virDomainPtr r = testNewDomain("rapi-meta", false, &l);
    const char *ns = "http://example.org/rapi/";

    g_assert_cmpint(
        virDomainSetMetadata(r, VIR_DOMAIN_METADATA_DESCRIPTION, "hello", NULL, NULL, 0), ==, 0);
    testSameStr(virDomainGetMetadata(l, VIR_DOMAIN_METADATA_DESCRIPTION, NULL, 0),
                virDomainGetMetadata(r, VIR_DOMAIN_METADATA_DESCRIPTION, NULL, 0));
    g_assert_cmpint(virDomainSetMetadata(r, VIR_DOMAIN_METADATA_ELEMENT, "<x a='1'/>", "k", ns, 0),
                    ==, 0);
    testSameStr(virDomainGetMetadata(l, VIR_DOMAIN_METADATA_ELEMENT, ns, 0),
                virDomainGetMetadata(r, VIR_DOMAIN_METADATA_ELEMENT, ns, 0));
    SAME_FAIL(!virDomainGetMetadata(l, VIR_DOMAIN_METADATA_TITLE, NULL, 0),
              !virDomainGetMetadata(r, VIR_DOMAIN_METADATA_TITLE, NULL, 0));
    SAME_FAIL(virDomainSetMetadata(l, VIR_DOMAIN_METADATA_ELEMENT, "<x/>", NULL, ns, 0) < 0,
              virDomainSetMetadata(r, VIR_DOMAIN_METADATA_ELEMENT, "<x/>", NULL, ns, 0) < 0);

    g_assert_cmpint(virDomainRename(r, "rapi-meta2", 0), ==, 0);
    /* the handle follows the new name */
    g_assert_cmpstr(virDomainGetName(r), ==, "rapi-meta2");
    g_assert_cmpint(testLocalState("rapi-meta2"), ==, VIR_DOMAIN_SHUTOFF);
    SAME_FAIL(virDomainRename(ltest, "rapi-x", 0) < 0, virDomainRename(rtest, "rapi-x", 0) < 0);
    g_assert_cmpint(virDomainUndefine(r), ==, 0);
    virDomainFree(r);
    virDomainFree(l);
}


/* A snapshot handle of the local domain @dom, by name. */
static virDomainSnapshotPtr
testLocalSnap(virDomainPtr dom, const char *name)
{
    virDomainSnapshotPtr snap = virDomainSnapshotLookupByName(dom, name, 0);

    g_assert_nonnull(snap);
    return snap;
}


static void
testSnapshotQueries(virDomainPtr l,
                    virDomainPtr r,
                    virDomainSnapshotPtr s1,
                    virDomainSnapshotPtr s2)
{
    virDomainSnapshotPtr l1 = testLocalSnap(l, "s1");
    virDomainSnapshotPtr l2 = testLocalSnap(l, "s2");
    char *ln[4] = { NULL };
    char *rn[4] = { NULL };
    int n;

    testSameStr(virDomainSnapshotGetXMLDesc(l1, 0), virDomainSnapshotGetXMLDesc(s1, 0));
    SAME_RET(virDomainSnapshotNum(l, 0), virDomainSnapshotNum(r, 0));
    n = virDomainSnapshotListNames(l, ln, 4, 0);
    testSameNames(n, ln, virDomainSnapshotListNames(r, rn, 4, 0), rn);
    SAME_LIST_ALL(virDomainListAllSnapshots, l, r, VIR_DOMAIN_SNAPSHOT_LIST_ROOTS);
    SAME_RET(virDomainSnapshotNumChildren(l1, 0), virDomainSnapshotNumChildren(s1, 0));
    g_assert_cmpint(virDomainSnapshotNumChildren(s1, 0), ==, 1);
    n = virDomainSnapshotListChildrenNames(l1, ln, 4, 0);
    testSameNames(n, ln, virDomainSnapshotListChildrenNames(s1, rn, 4, 0), rn);
    SAME_LIST_ALL(virDomainSnapshotListAllChildren, l1, s1, VIR_DOMAIN_SNAPSHOT_LIST_LEAVES);
    testSameObj(virDomainSnapshotLookupByName(l, "s2", 0),
                virDomainSnapshotLookupByName(r, "s2", 0));
    SAME_FAIL(!virDomainSnapshotLookupByName(l, "nope", 0),
              !virDomainSnapshotLookupByName(r, "nope", 0));
    SAME_RET(virDomainHasCurrentSnapshot(l, 0), virDomainHasCurrentSnapshot(r, 0));
    testSameObj(virDomainSnapshotCurrent(l, 0), virDomainSnapshotCurrent(r, 0));
    testSameObj(virDomainSnapshotGetParent(l2, 0), virDomainSnapshotGetParent(s2, 0));
    SAME_FAIL(!virDomainSnapshotGetParent(l1, 0), !virDomainSnapshotGetParent(s1, 0));
    SAME_RET(virDomainSnapshotIsCurrent(l1, 0), virDomainSnapshotIsCurrent(s1, 0));
    SAME_RET(virDomainSnapshotIsCurrent(l2, 0), virDomainSnapshotIsCurrent(s2, 0));
    SAME_RET(virDomainSnapshotHasMetadata(l1, 0), virDomainSnapshotHasMetadata(s1, 0));
    virDomainSnapshotFree(l1);
    virDomainSnapshotFree(l2);
}


static void
testSnapshots(void)
{
    virDomainPtr l = NULL;
    virDomainPtr r = testNewDomain("rapi-snap", true, &l);
    g_autofree char **names = g_new0(char *, OVER_LIMIT);
    virDomainSnapshotPtr s1;
    virDomainSnapshotPtr s2;
    virDomainSnapshotPtr ls1;
    virDomainSnapshotPtr ls2;

    s1 = virDomainSnapshotCreateXML(r, "<domainsnapshot><name>s1</name></domainsnapshot>", 0);
    s2 = virDomainSnapshotCreateXML(r, "<domainsnapshot><name>s2</name></domainsnapshot>", 0);
    g_assert_nonnull(s1);
    g_assert_nonnull(s2);
    SAME_FAIL(
        !virDomainSnapshotCreateXML(l, "<domainsnapshot><name>s1</name></domainsnapshot>", 0),
        !virDomainSnapshotCreateXML(r, "<domainsnapshot><name>s1</name></domainsnapshot>", 0));
    testSnapshotQueries(l, r, s1, s2);
    testRemoteError(virDomainSnapshotListNames(r, names, OVER_LIMIT, 0) < 0,
                    "too many remote strings: 16385 > 16384,in parameter 'names' for "
                    "'virDomainSnapshotListNames'");
    testRemoteError(virDomainSnapshotListChildrenNames(s1, names, OVER_LIMIT, 0) < 0,
                    "too many remote strings: 16385 > 16384,in parameter 'names' for "
                    "'virDomainSnapshotListChildrenNames'");

    g_assert_cmpint(virDomainRevertToSnapshot(s1, 0), ==, 0);
    ls1 = testLocalSnap(l, "s1");
    ls2 = testLocalSnap(l, "s2");
    g_assert_cmpint(virDomainSnapshotIsCurrent(ls1, 0), ==, 1);
    g_assert_cmpint(virDomainSnapshotDelete(s2, 0), ==, 0);
    g_assert_cmpint(virDomainSnapshotNum(l, 0), ==, 1);
    SAME_FAIL(virDomainSnapshotDelete(ls2, 0) < 0, virDomainSnapshotDelete(s2, 0) < 0);
    SAME_FAIL(virDomainRevertToSnapshot(ls2, 0) < 0, virDomainRevertToSnapshot(s2, 0) < 0);
    g_assert_cmpint(virDomainSnapshotDelete(s1, 0), ==, 0);
    g_assert_cmpint(virDomainDestroy(r), ==, 0);
    virDomainSnapshotFree(ls1);
    virDomainSnapshotFree(ls2);
    virDomainSnapshotFree(s1);
    virDomainSnapshotFree(s2);
    virDomainFree(r);
    virDomainFree(l);
}


static void
testNetworkQueries(void)
{
    g_autofree char **names = g_new0(char *, OVER_LIMIT);
    unsigned char uuid[VIR_UUID_BUFLEN];
    virNetworkPtr l = virNetworkLookupByName(lconn, "default");
    virNetworkPtr r = virNetworkLookupByName(rconn, "default");
    int la = -1;
    int ra = -1;

    SAME_RET(virConnectNumOfNetworks(lconn), virConnectNumOfNetworks(rconn));
    SAME_RET(virConnectNumOfDefinedNetworks(lconn), virConnectNumOfDefinedNetworks(rconn));
    SAME_NAMES(virConnectListNetworks, lconn, rconn);
    SAME_NAMES(virConnectListDefinedNetworks, lconn, rconn);
    SAME_LIST_ALL(virConnectListAllNetworks, lconn, rconn, VIR_CONNECT_LIST_NETWORKS_ACTIVE);
    testSameObj(virNetworkLookupByName(lconn, "default"), virObjectRef(r));
    virNetworkGetUUID(l, uuid);
    testSameObj(virNetworkLookupByUUID(lconn, uuid), virNetworkLookupByUUID(rconn, uuid));
    testSameStr(virNetworkGetXMLDesc(l, 0), virNetworkGetXMLDesc(r, 0));
    testSameStr(virNetworkGetBridgeName(l), virNetworkGetBridgeName(r));
    g_assert_cmpint(virNetworkGetAutostart(l, &la), ==, 0);
    g_assert_cmpint(virNetworkGetAutostart(r, &ra), ==, 0);
    g_assert_cmpint(ra, ==, la);
    SAME_RET(virNetworkIsActive(l), virNetworkIsActive(r));
    SAME_RET(virNetworkIsPersistent(l), virNetworkIsPersistent(r));
    SAME_FAIL(!virNetworkGetXMLDesc(l, 1), !virNetworkGetXMLDesc(r, 1));
    SAME_FAIL(!virNetworkLookupByName(lconn, "nope"), !virNetworkLookupByName(rconn, "nope"));
    uuid[0] ^= 0xff;
    SAME_FAIL(!virNetworkLookupByUUID(lconn, uuid), !virNetworkLookupByUUID(rconn, uuid));
    testRemoteError(virConnectListNetworks(rconn, names, OVER_LIMIT) < 0,
                    "too many remote strings: 16385 > 16384,in parameter 'names' for "
                    "'virConnectListNetworks'");
    testRemoteError(virConnectListDefinedNetworks(rconn, names, OVER_LIMIT) < 0,
                    "too many remote strings: 16385 > 16384,in parameter 'names' for "
                    "'virConnectListDefinedNetworks'");
    virNetworkFree(l);
    virNetworkFree(r);
}


static void
testNetworkLifecycle(void)
{
    virNetworkPtr r = virNetworkDefineXML(rconn, NET_XML);
    virNetworkPtr l = virNetworkLookupByName(lconn, "rapi-net");
    virNetworkDHCPLeasePtr *leases = NULL;
    virNetworkDHCPLeasePtr *rleases = NULL;
    const char *host = "<host mac='52:54:00:00:00:01' ip='192.168.150.9'/>";
    g_autofree char *xml = NULL;
    int autostart = -1;

    g_assert_nonnull(r);
    g_assert_cmpint(virNetworkCreate(r), ==, 0);
    g_assert_cmpint(virNetworkIsActive(l), ==, 1);
    SAME_FAIL(virNetworkCreate(l) < 0, virNetworkCreate(r) < 0);
    SAME_FAIL(virNetworkUndefine(l) < 0, virNetworkUndefine(r) < 0);
    g_assert_cmpint(virNetworkSetAutostart(r, 1), ==, 0);
    g_assert_cmpint(virNetworkGetAutostart(l, &autostart), ==, 0);
    g_assert_cmpint(autostart, ==, 1);
    g_assert_cmpint(
        virNetworkUpdate(r, VIR_NETWORK_UPDATE_COMMAND_ADD_LAST, VIR_NETWORK_SECTION_IP_DHCP_HOST,
                         -1, host,
                         VIR_NETWORK_UPDATE_AFFECT_LIVE | VIR_NETWORK_UPDATE_AFFECT_CONFIG),
        ==, 0);
    xml = virNetworkGetXMLDesc(l, 0);
    g_assert_nonnull(xml);
    g_assert_nonnull(strstr(xml, "<host mac='52:54:00:00:00:01' ip='192.168.150.9'/>"));
    SAME_FAIL(virNetworkUpdate(
                  l, VIR_NETWORK_UPDATE_COMMAND_ADD_LAST, VIR_NETWORK_SECTION_IP_DHCP_HOST, -1,
                  host, VIR_NETWORK_UPDATE_AFFECT_LIVE | VIR_NETWORK_UPDATE_AFFECT_CONFIG) < 0,
              virNetworkUpdate(
                  r, VIR_NETWORK_UPDATE_COMMAND_ADD_LAST, VIR_NETWORK_SECTION_IP_DHCP_HOST, -1,
                  host, VIR_NETWORK_UPDATE_AFFECT_LIVE | VIR_NETWORK_UPDATE_AFFECT_CONFIG) < 0);
    SAME_RET(virNetworkGetDHCPLeases(l, NULL, &leases, 0),
             virNetworkGetDHCPLeases(r, NULL, &rleases, 0));
    testFreeLeases(leases);
    testFreeLeases(rleases);
    SAME_RET(virNetworkGetDHCPLeases(l, "52:54:00:00:00:01", NULL, 0),
             virNetworkGetDHCPLeases(r, "52:54:00:00:00:01", NULL, 0));
    g_assert_cmpint(virNetworkDestroy(r), ==, 0);
    g_assert_cmpint(virNetworkIsActive(l), ==, 0);
    /* libvirt's test driver accepts this too */
    SAME_RET(virNetworkDestroy(l), virNetworkDestroy(r));
    g_assert_cmpint(virNetworkUndefine(r), ==, 0);
    SAME_FAIL(!virNetworkLookupByName(lconn, "rapi-net"),
              !virNetworkLookupByName(rconn, "rapi-net"));
    virNetworkFree(r);
    virNetworkFree(l);

    r = virNetworkDefineXMLFlags(rconn, "<network><name>rapi-net</name></network>", 0);
    g_assert_cmpint(virNetworkUndefine(r), ==, 0);
    virNetworkFree(r);
    r = virNetworkCreateXML(rconn, "<network><name>rapi-tnet</name></network>");
    testSameObj(virNetworkLookupByName(lconn, "rapi-tnet"), virObjectRef(r));
    g_assert_cmpint(virNetworkDestroy(r), ==, 0);
    virNetworkFree(r);
    r = virNetworkCreateXMLFlags(rconn, "<network><name>rapi-tnet</name></network>", 0);
    testSameObj(virNetworkLookupByName(lconn, "rapi-tnet"), virObjectRef(r));
    SAME_FAIL(!virNetworkCreateXMLFlags(lconn, "<network><name>rapi-tnet</name></network>", 0),
              !virNetworkCreateXMLFlags(rconn, "<network><name>rapi-tnet</name></network>", 0));
    g_assert_cmpint(virNetworkDestroy(r), ==, 0);
    virNetworkFree(r);
}


static void
testPoolQueries(void)
{
    g_autofree char **names = g_new0(char *, OVER_LIMIT);
    virStoragePoolPtr l = virStoragePoolLookupByName(lconn, "default-pool");
    virStoragePoolPtr r = virStoragePoolLookupByName(rconn, "default-pool");
    unsigned char uuid[VIR_UUID_BUFLEN];
    virStoragePoolInfo li;
    virStoragePoolInfo ri;
    int la = -1;
    int ra = -1;

    SAME_RET(virConnectNumOfStoragePools(lconn), virConnectNumOfStoragePools(rconn));
    SAME_RET(virConnectNumOfDefinedStoragePools(lconn), virConnectNumOfDefinedStoragePools(rconn));
    SAME_NAMES(virConnectListStoragePools, lconn, rconn);
    SAME_NAMES(virConnectListDefinedStoragePools, lconn, rconn);
    SAME_LIST_ALL(virConnectListAllStoragePools, lconn, rconn,
                  VIR_CONNECT_LIST_STORAGE_POOLS_INACTIVE);
    testSameStr(virConnectFindStoragePoolSources(lconn, "logical", NULL, 0),
                virConnectFindStoragePoolSources(rconn, "logical", NULL, 0));
    virStoragePoolGetUUID(l, uuid);
    testSameObj(virStoragePoolLookupByUUID(lconn, uuid), virStoragePoolLookupByUUID(rconn, uuid));
    /* the test driver lacks it, as libvirt's: NO_SUPPORT from the server */
    SAME_FAIL(!virStoragePoolLookupByTargetPath(lconn, "/default-pool"),
              !virStoragePoolLookupByTargetPath(rconn, "/default-pool"));
    g_assert_cmpint(virStoragePoolGetInfo(l, &li), ==, 0);
    g_assert_cmpint(virStoragePoolGetInfo(r, &ri), ==, 0);
    g_assert_cmpint(ri.state, ==, li.state);
    g_assert_cmpuint(ri.capacity, ==, li.capacity);
    g_assert_cmpuint(ri.allocation, ==, li.allocation);
    g_assert_cmpuint(ri.available, ==, li.available);
    testSameStr(virStoragePoolGetXMLDesc(l, 0), virStoragePoolGetXMLDesc(r, 0));
    g_assert_cmpint(virStoragePoolGetAutostart(l, &la), ==, 0);
    g_assert_cmpint(virStoragePoolGetAutostart(r, &ra), ==, 0);
    g_assert_cmpint(ra, ==, la);
    SAME_RET(virStoragePoolIsActive(l), virStoragePoolIsActive(r));
    SAME_RET(virStoragePoolIsPersistent(l), virStoragePoolIsPersistent(r));
    SAME_RET(virStoragePoolNumOfVolumes(l), virStoragePoolNumOfVolumes(r));
    SAME_NAMES(virStoragePoolListVolumes, l, r);
    SAME_LIST_ALL(virStoragePoolListAllVolumes, l, r, 0);
    SAME_FAIL(!virStoragePoolLookupByName(lconn, "nope"),
              !virStoragePoolLookupByName(rconn, "nope"));
    testRemoteError(virStoragePoolListVolumes(r, names, OVER_LIMIT) < 0,
                    "too many remote strings: 16385 > 16384,in parameter 'names' for "
                    "'virStoragePoolListVolumes'");
    testRemoteError(virConnectListStoragePools(rconn, names, OVER_LIMIT) < 0,
                    "too many remote strings: 16385 > 16384,in parameter 'names' for "
                    "'virConnectListStoragePools'");
    virStoragePoolFree(l);
    virStoragePoolFree(r);
}


static void
testPoolLifecycle(void)
{
    const char *xml = "<pool type='dir'><name>rapi-pool</name>"
                      "<target><path>/rapi-pool</path></target></pool>";
    virStoragePoolPtr r = virStoragePoolDefineXML(rconn, xml, 0);
    virStoragePoolPtr l = virStoragePoolLookupByName(lconn, "rapi-pool");
    int autostart = -1;

    g_assert_nonnull(r);
    g_assert_cmpint(virStoragePoolBuild(r, 0), ==, 0);
    g_assert_cmpint(virStoragePoolCreate(r, 0), ==, 0);
    g_assert_cmpint(virStoragePoolIsActive(l), ==, 1);
    SAME_FAIL(virStoragePoolCreate(l, 0) < 0, virStoragePoolCreate(r, 0) < 0);
    SAME_FAIL(virStoragePoolDelete(l, 0) < 0, virStoragePoolDelete(r, 0) < 0);
    g_assert_cmpint(virStoragePoolRefresh(r, 0), ==, 0);
    g_assert_cmpint(virStoragePoolSetAutostart(r, 1), ==, 0);
    g_assert_cmpint(virStoragePoolGetAutostart(l, &autostart), ==, 0);
    g_assert_cmpint(autostart, ==, 1);
    g_assert_cmpint(virStoragePoolDestroy(r), ==, 0);
    g_assert_cmpint(virStoragePoolIsActive(l), ==, 0);
    SAME_FAIL(virStoragePoolDestroy(l) < 0, virStoragePoolDestroy(r) < 0);
    SAME_FAIL(virStoragePoolRefresh(l, 0) < 0, virStoragePoolRefresh(r, 0) < 0);
    g_assert_cmpint(virStoragePoolDelete(r, 0), ==, 0);
    g_assert_cmpint(virStoragePoolUndefine(r), ==, 0);
    SAME_FAIL(virStoragePoolUndefine(l) < 0, virStoragePoolUndefine(r) < 0);
    virStoragePoolFree(r);
    virStoragePoolFree(l);

    r = virStoragePoolCreateXML(rconn, xml, 0);
    g_assert_nonnull(r);
    g_assert_cmpint(virStoragePoolIsPersistent(r), ==, 0);
    SAME_FAIL(!virStoragePoolCreateXML(lconn, xml, 0), !virStoragePoolCreateXML(rconn, xml, 0));
    g_assert_cmpint(virStoragePoolDestroy(r), ==, 0);
    virStoragePoolFree(r);
}


static void
testSameVolInfo(const virStorageVolInfo *l, const virStorageVolInfo *r)
{
    g_assert_cmpint(r->type, ==, l->type);
    g_assert_cmpuint(r->capacity, ==, l->capacity);
    g_assert_cmpuint(r->allocation, ==, l->allocation);
}


static void
testVolumeQueries(virStoragePoolPtr lp, virStoragePoolPtr rp, virStorageVolPtr rv)
{
    virStorageVolPtr lv = virStorageVolLookupByName(lp, "v1");
    virStorageVolInfo li;
    virStorageVolInfo ri;

    testSameObj(virStorageVolLookupByName(lp, "v1"), virStorageVolLookupByName(rp, "v1"));
    testSameObj(virStorageVolLookupByKey(lconn, "/default-pool/v1"),
                virStorageVolLookupByKey(rconn, "/default-pool/v1"));
    testSameObj(virStorageVolLookupByPath(lconn, "/default-pool/v1"),
                virStorageVolLookupByPath(rconn, "/default-pool/v1"));
    testSameObj(virStoragePoolLookupByVolume(lv), virStoragePoolLookupByVolume(rv));
    g_assert_cmpint(virStorageVolGetInfo(lv, &li), ==, 0);
    g_assert_cmpint(virStorageVolGetInfo(rv, &ri), ==, 0);
    testSameVolInfo(&li, &ri);
    /* the test driver lacks it, as libvirt's: NO_SUPPORT from the server */
    SAME_FAIL(virStorageVolGetInfoFlags(lv, &li, 0) < 0, virStorageVolGetInfoFlags(rv, &ri, 0) < 0);
    testSameStr(virStorageVolGetXMLDesc(lv, 0), virStorageVolGetXMLDesc(rv, 0));
    testSameStr(virStorageVolGetPath(lv), virStorageVolGetPath(rv));
    SAME_FAIL(!virStorageVolLookupByName(lp, "nope"), !virStorageVolLookupByName(rp, "nope"));
    SAME_FAIL(!virStorageVolLookupByKey(lconn, "nope"), !virStorageVolLookupByKey(rconn, "nope"));
    SAME_FAIL(!virStorageVolLookupByPath(lconn, "/nope"),
              !virStorageVolLookupByPath(rconn, "/nope"));
    virStorageVolFree(lv);
}


/* Volume streams: the test driver has none, as libvirt's. */
static void
testVolumeStreams(virStorageVolPtr lv, virStorageVolPtr rv)
{
    virStreamPtr ls = virStreamNew(lconn, 0);
    virStreamPtr rs = virStreamNew(rconn, 0);

    SAME_FAIL(virStorageVolUpload(lv, ls, 0, 10, 0) < 0, virStorageVolUpload(rv, rs, 0, 10, 0) < 0);
    SAME_FAIL(virStorageVolDownload(lv, ls, 0, 10, 0) < 0,
              virStorageVolDownload(rv, rs, 0, 10, 0) < 0);
    virStreamFree(ls);
    virStreamFree(rs);
}


static void
testVolumes(void)
{
    virStoragePoolPtr lp = virStoragePoolLookupByName(lconn, "default-pool");
    virStoragePoolPtr rp = virStoragePoolLookupByName(rconn, "default-pool");
    virStorageVolPtr v1 = virStorageVolCreateXML(rp, VOL_XML("v1", "1000", "500"), 0);
    virStorageVolPtr v2;
    virStorageVolPtr lv1;
    virStorageVolPtr lv2;
    virStorageVolInfo info;

    g_assert_nonnull(v1);
    testVolumeQueries(lp, rp, v1);
    SAME_FAIL(!virStorageVolCreateXML(lp, VOL_XML("v1", "1000", "500"), 0),
              !virStorageVolCreateXML(rp, VOL_XML("v1", "1000", "500"), 0));
    v2 = virStorageVolCreateXMLFrom(rp, VOL_XML("v2", "1000", "100"), v1, 0);
    g_assert_nonnull(v2);
    testSameObj(virStorageVolLookupByName(lp, "v2"), virStorageVolLookupByName(rp, "v2"));
    lv1 = virStorageVolLookupByName(lp, "v1");
    lv2 = virStorageVolLookupByName(lp, "v2");
    testVolumeStreams(lv1, v1);
    g_assert_cmpint(virStorageVolWipe(v1, 0), ==, 0);
    SAME_RET(virStorageVolWipePattern(lv1, VIR_STORAGE_VOL_WIPE_ALG_ZERO, 0),
             virStorageVolWipePattern(v1, VIR_STORAGE_VOL_WIPE_ALG_ZERO, 0));
    g_assert_cmpint(virStorageVolResize(v1, 2000, 0), ==, 0);
    g_assert_cmpint(virStorageVolGetInfo(lv1, &info), ==, 0);
    g_assert_cmpuint(info.capacity, ==, 2000);
    SAME_FAIL(virStorageVolResize(lv1, 100, 0) < 0, virStorageVolResize(v1, 100, 0) < 0);
    g_assert_cmpint(virStorageVolDelete(v2, 0), ==, 0);
    SAME_FAIL(!virStorageVolLookupByName(lp, "v2"), !virStorageVolLookupByName(rp, "v2"));
    SAME_FAIL(virStorageVolDelete(lv2, 0) < 0, virStorageVolDelete(v2, 0) < 0);
    g_assert_cmpint(virStorageVolDelete(v1, 0), ==, 0);
    virStorageVolFree(lv1);
    virStorageVolFree(lv2);
    virStorageVolFree(v1);
    virStorageVolFree(v2);
    virStoragePoolFree(lp);
    virStoragePoolFree(rp);
}


static void
testSecrets(void)
{
    g_autofree char **names = g_new0(char *, OVER_LIMIT);
    g_autofree unsigned char *big = g_new0(unsigned char, 65537);
    virSecretPtr r = virSecretDefineXML(rconn,
                                        "<secret private='no'><uuid>" SECRET_UUID "</uuid>"
                                        "<usage type='ceph'><name>rapi</name></usage></secret>",
                                        0);
    virSecretPtr l = virSecretLookupByUUIDString(lconn, SECRET_UUID);
    unsigned char uuid[VIR_UUID_BUFLEN];
    size_t lsize = 0;
    size_t rsize = 0;
    unsigned char *lval;
    unsigned char *rval;

    g_assert_nonnull(r);
    virSecretGetUUID(r, uuid);
    SAME_RET(virConnectNumOfSecrets(lconn), virConnectNumOfSecrets(rconn));
    SAME_NAMES(virConnectListSecrets, lconn, rconn);
    SAME_LIST_ALL(virConnectListAllSecrets, lconn, rconn, VIR_CONNECT_LIST_SECRETS_PRIVATE);
    testSameObj(virSecretLookupByUUID(lconn, uuid), virSecretLookupByUUID(rconn, uuid));
    testSameObj(virSecretLookupByUsage(lconn, VIR_SECRET_USAGE_TYPE_CEPH, "rapi"),
                virSecretLookupByUsage(rconn, VIR_SECRET_USAGE_TYPE_CEPH, "rapi"));
    SAME_FAIL(!virSecretLookupByUsage(lconn, VIR_SECRET_USAGE_TYPE_CEPH, "nope"),
              !virSecretLookupByUsage(rconn, VIR_SECRET_USAGE_TYPE_CEPH, "nope"));
    testSameStr(virSecretGetXMLDesc(l, 0), virSecretGetXMLDesc(r, 0));
    SAME_FAIL(!virSecretGetValue(l, &lsize, 0), !virSecretGetValue(r, &rsize, 0));

    g_assert_cmpint(virSecretSetValue(r, (const unsigned char *)"abc", 3, 0), ==, 0);
    lval = virSecretGetValue(l, &lsize, 0);
    rval = virSecretGetValue(r, &rsize, 0);
    g_assert_cmpuint(rsize, ==, 3);
    g_assert_cmpuint(lsize, ==, 3);
    g_assert_cmpint(memcmp(lval, rval, 3), ==, 0);
    g_free(lval);
    g_free(rval);
    testRemoteError(virSecretSetValue(r, big, 65537, 0) < 0,
                    "value length greater than maximum: 65537 > 65536");
    testRemoteError(virConnectListSecrets(rconn, names, OVER_LIMIT) < 0,
                    "too many remote strings: 16385 > 16384,in parameter 'uuids' for "
                    "'virConnectListSecrets'");

    g_assert_cmpint(virSecretUndefine(r), ==, 0);
    SAME_FAIL(virSecretUndefine(l) < 0, virSecretUndefine(r) < 0);
    uuid[0] ^= 0xff;
    SAME_FAIL(!virSecretLookupByUUID(lconn, uuid), !virSecretLookupByUUID(rconn, uuid));
    virSecretFree(r);
    virSecretFree(l);
}


static void
testAddCases(void)
{
    g_test_add_func("/remote/api/domain/lists", testDomainLists);
    g_test_add_func("/remote/api/domain/lookup", testDomainLookup);
    g_test_add_func("/remote/api/domain/lifecycle", testDomainLifecycle);
    g_test_add_func("/remote/api/domain/transient", testDomainTransient);
    g_test_add_func("/remote/api/domain/queries", testDomainQueries);
    g_test_add_func("/remote/api/domain/unsupported", testDomainUnsupported);
    g_test_add_func("/remote/api/domain/settings", testDomainSettings);
    g_test_add_func("/remote/api/domain/save", testDomainSave);
    g_test_add_func("/remote/api/domain/save-params", testDomainSaveParams);
    g_test_add_func("/remote/api/domain/managed-save", testDomainManagedSave);
    g_test_add_func("/remote/api/domain/metadata-rename", testDomainMetadataRename);
    g_test_add_func("/remote/api/snapshots", testSnapshots);
    g_test_add_func("/remote/api/network/queries", testNetworkQueries);
    g_test_add_func("/remote/api/network/lifecycle", testNetworkLifecycle);
    g_test_add_func("/remote/api/storage/pool-queries", testPoolQueries);
    g_test_add_func("/remote/api/storage/pool-lifecycle", testPoolLifecycle);
    g_test_add_func("/remote/api/storage/volumes", testVolumes);
    g_test_add_func("/remote/api/secrets", testSecrets);
}


int
main(int argc, char **argv)
{
    int ret;

    testServerStart(&argc, &argv);
    ltest = virDomainLookupByName(lconn, "test");
    rtest = virDomainLookupByName(rconn, "test");
    g_assert_nonnull(ltest);
    g_assert_nonnull(rtest);
    testAddCases();
    ret = g_test_run();
    virDomainFree(ltest);
    virDomainFree(rtest);
    testServerStop();
    return ret;
}
