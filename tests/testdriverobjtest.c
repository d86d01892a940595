/*
 * testdriverobjtest.c: the test driver through the public API: networks,
 * storage pools and volumes, secrets, and test:///PATH node files
 *
 * Expected values, codes and messages were recorded from Debian's libvirt
 * 9.0 test driver with python3-libvirt (or virsh), except for the secret
 * API and volume wipe/resize, which libvirt's test driver lacks (see
 * src/testd/virtestsecret.c and virteststoragevol.c; resize follows
 * libvirt's storage driver).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>
#include <unistd.h>

#include "testdriverutils.h"
#include "virxml.h"

#define HOST_XML(mac, ip) "<host mac='" mac "' ip='" ip "'/>"


static void
testNetworks(void)
{
    virConnectPtr conn = testOpen();
    virNetworkPtr net = virNetworkLookupByName(conn, "default");
    virNetworkPtr nb;
    g_autofree char *bridge = virNetworkGetBridgeName(net);
    g_autofree char *xml = virNetworkGetXMLDesc(net, 0);
    int autostart = -1;

    g_assert_cmpstr(bridge, ==, "virbr0");
    g_assert_nonnull(strstr(xml, "<forward mode='nat'/>"));
    CHECK_ERR(
        !virNetworkDefineXML(conn, "<network><name>zz</name><uuid>" NET_UUID "</uuid></network>"),
        VIR_ERR_OPERATION_FAILED, VIR_FROM_NETWORK,
        "operation failed: network 'default' is already defined with uuid " NET_UUID);
    CHECK_ERR(!virNetworkCreateXML(conn, "<network><name>default</name><uuid>" NET_UUID
                                         "</uuid></network>"),
              VIR_ERR_OPERATION_INVALID, VIR_FROM_NETWORK,
              "Requested operation is not valid: network is already active as 'default'");
    CHECK_ERR(virNetworkCreate(net) < 0, VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
              "Requested operation is not valid: Network 'default' is already running");
    CHECK_ERR(virNetworkUndefine(net) < 0, VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
              "Requested operation is not valid: Network 'default' is still running");
    CHECK_ERR(!virNetworkGetXMLDesc(net, 1), VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
              "unsupported flags (0x1) in function testNetworkGetXMLDesc");
    g_assert_cmpint(virNetworkDestroy(net), ==, 0);
    g_assert_cmpint(virNetworkIsActive(net), ==, 0);
    g_assert_cmpint(virConnectNumOfDefinedNetworks(conn), ==, 1);
    g_assert_cmpint(virNetworkUndefine(net), ==, 0);
    CHECK_ERR(!virNetworkLookupByName(conn, "default"), VIR_ERR_NO_NETWORK, VIR_FROM_TEST,
              "Network not found: no network with matching name 'default'");
    CHECK_ERR(virNetworkIsActive(net) < 0, VIR_ERR_NO_NETWORK, VIR_FROM_TEST,
              "Network not found: no network with matching uuid '" NET_UUID "'");

    nb = virNetworkCreateXML(conn, "<network><name>nb</name></network>");
    g_assert_nonnull(nb);
    g_assert_cmpint(virNetworkIsPersistent(nb), ==, 0);
    CHECK_ERR(!virNetworkGetBridgeName(nb), VIR_ERR_INTERNAL_ERROR, VIR_FROM_TEST,
              "internal error: network 'nb' does not have a bridge name.");
    g_assert_cmpint(virNetworkSetAutostart(nb, 1), ==, 0);
    g_assert_cmpint(virNetworkGetAutostart(nb, &autostart), ==, 0);
    g_assert_cmpint(autostart, ==, 1);
    g_assert_cmpint(virNetworkDestroy(nb), ==, 0);
    CHECK_ERR(!virNetworkLookupByName(conn, "nb"), VIR_ERR_NO_NETWORK, VIR_FROM_TEST, NULL);
    virNetworkFree(nb);
    virNetworkFree(net);
    testClose(conn);
}


/* Whether libvirt's RelaxNG schema @name is installed (VALIDATE flags need it). */
static bool
testHaveSchema(const char *name)
{
    g_autofree char *path = g_build_filename(virXMLSchemaDir(), name, NULL);

    return g_file_test(path, G_FILE_TEST_EXISTS);
}


/* Whether the XML of @net (CURRENT view) contains @text. */
static bool
testNetworkHas(virNetworkPtr net, const char *text)
{
    g_autofree char *xml = virNetworkGetXMLDesc(net, 0);

    g_assert_nonnull(xml);
    return strstr(xml, text) != NULL;
}


/* virNetworkUpdate as libvirt's test driver does it (net-update of virsh 9.0). */
static void
testNetworkUpdate(void)
{
    virConnectPtr conn = testOpen();
    virNetworkPtr net = virNetworkLookupByName(conn, "default");
    virNetworkPtr nb;
    const char *host5 = HOST_XML("52:54:00:00:00:05", "192.168.122.5");
    const char *host6 = HOST_XML("52:54:00:00:00:06", "192.168.122.6");

    /* CURRENT on a running network: the live definition */
    g_assert_cmpint(virNetworkUpdate(net, VIR_NETWORK_UPDATE_COMMAND_ADD_LAST,
                                     VIR_NETWORK_SECTION_IP_DHCP_HOST, -1, host5, 0),
                    ==, 0);
    g_assert_true(testNetworkHas(net, "<host mac='52:54:00:00:00:05' ip='192.168.122.5'/>"));
    CHECK_ERR(virNetworkUpdate(net, VIR_NETWORK_UPDATE_COMMAND_ADD_LAST,
                               VIR_NETWORK_SECTION_IP_DHCP_HOST, -1, host5, 0) < 0,
              VIR_ERR_OPERATION_INVALID, VIR_FROM_NETWORK, NULL);
    /* CONFIG while running goes to the persistent definition, which the
     * test driver never shows */
    g_assert_cmpint(virNetworkUpdate(net, VIR_NETWORK_UPDATE_COMMAND_ADD_FIRST,
                                     VIR_NETWORK_SECTION_IP_DHCP_HOST, -1, host6,
                                     VIR_NETWORK_UPDATE_AFFECT_CONFIG),
                    ==, 0);
    g_assert_false(testNetworkHas(net, "192.168.122.6"));
    CHECK_ERR(virNetworkUpdate(net, VIR_NETWORK_UPDATE_COMMAND_DELETE,
                               VIR_NETWORK_SECTION_IP_DHCP_HOST, -1, host6, 4) < 0,
              VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
              "unsupported flags (0x4) in function testNetworkUpdate");
    CHECK_ERR(
        virNetworkUpdate(net, VIR_NETWORK_UPDATE_COMMAND_DELETE, VIR_NETWORK_SECTION_IP_DHCP_HOST,
                         -1, "<host mac='52:54:00:00:00:99'/>", 0) < 0,
        VIR_ERR_OPERATION_INVALID, VIR_FROM_NETWORK,
        "Requested operation is not valid: couldn't locate a matching dhcp host entry in network 'default'");

    /* an inactive network has no live definition; CURRENT is the persistent one */
    g_assert_cmpint(virNetworkDestroy(net), ==, 0);
    CHECK_ERR(virNetworkUpdate(net, VIR_NETWORK_UPDATE_COMMAND_ADD_LAST,
                               VIR_NETWORK_SECTION_DNS_TXT, -1, "<txt name='a' value='b'/>",
                               VIR_NETWORK_UPDATE_AFFECT_LIVE) < 0,
              VIR_ERR_OPERATION_INVALID, VIR_FROM_NETWORK,
              "Requested operation is not valid: network is not running");
    g_assert_cmpint(virNetworkUpdate(net, VIR_NETWORK_UPDATE_COMMAND_ADD_LAST,
                                     VIR_NETWORK_SECTION_DNS_TXT, -1, "<txt name='a' value='b'/>",
                                     0),
                    ==, 0);
    g_assert_true(testNetworkHas(net, "<txt name='a' value='b'/>"));

    nb = virNetworkCreateXML(conn, "<network><name>nb</name><bridge name='virbr3'/>"
                                   "<ip address='10.9.0.1' prefix='24'/></network>");
    g_assert_nonnull(nb);
    CHECK_ERR(
        virNetworkUpdate(nb, VIR_NETWORK_UPDATE_COMMAND_ADD_LAST, VIR_NETWORK_SECTION_IP_DHCP_RANGE,
                         -1, "<range start='10.9.0.2' end='10.9.0.9'/>",
                         VIR_NETWORK_UPDATE_AFFECT_CONFIG) < 0,
        VIR_ERR_OPERATION_INVALID, VIR_FROM_NETWORK,
        "Requested operation is not valid: cannot change persistent config of a transient network");
    g_assert_cmpint(virNetworkUpdate(nb, VIR_NETWORK_UPDATE_COMMAND_ADD_LAST,
                                     VIR_NETWORK_SECTION_IP_DHCP_RANGE, -1,
                                     "<range start='10.9.0.2' end='10.9.0.9'/>", 0),
                    ==, 0);
    g_assert_true(testNetworkHas(nb, "<range start='10.9.0.2' end='10.9.0.9'/>"));
    g_assert_cmpint(virNetworkDestroy(nb), ==, 0);
    CHECK_ERR(virNetworkUpdate(nb, VIR_NETWORK_UPDATE_COMMAND_ADD_LAST,
                               VIR_NETWORK_SECTION_IP_DHCP_RANGE, -1, "<range/>", 0) < 0,
              VIR_ERR_NO_NETWORK, VIR_FROM_TEST, NULL);
    virNetworkFree(nb);
    virNetworkFree(net);
    testClose(conn);
}


/* The VALIDATE flags of network create and define check network.rng. */
static void
testNetworkValidate(void)
{
    virConnectPtr conn = testOpen();
    const char *bogus = "<network><name>v</name><bogus/></network>";
    virNetworkPtr net;

    if (!testHaveSchema("network.rng")) {
        g_test_skip("libvirt's schemas are not installed");
        testClose(conn);
        return;
    }
    CHECK_ERR(!virNetworkCreateXMLFlags(conn, bogus, VIR_NETWORK_CREATE_VALIDATE),
              VIR_ERR_XML_INVALID_SCHEMA, VIR_FROM_XML, NULL);
    CHECK_ERR(!virNetworkDefineXMLFlags(conn, bogus, VIR_NETWORK_DEFINE_VALIDATE),
              VIR_ERR_XML_INVALID_SCHEMA, VIR_FROM_XML, NULL);
    CHECK_ERR(!virNetworkCreateXMLFlags(conn, bogus, 2), VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
              "unsupported flags (0x2) in function testNetworkCreateXMLFlags");
    /* without the flag the unknown element is ignored */
    net = virNetworkCreateXMLFlags(conn, bogus, 0);
    g_assert_nonnull(net);
    g_assert_cmpint(virNetworkDestroy(net), ==, 0);
    virNetworkFree(net);
    net = virNetworkCreateXMLFlags(conn, "<network><name>v</name></network>",
                                   VIR_NETWORK_CREATE_VALIDATE);
    g_assert_nonnull(net);
    g_assert_cmpint(virNetworkIsActive(net), ==, 1);
    virNetworkFree(net);
    testClose(conn);
}


static void
testStoragePools(void)
{
    virConnectPtr conn = testOpen();
    virStoragePoolPtr pool = virStoragePoolLookupByName(conn, "default-pool");
    virStoragePoolPtr tp;
    virStoragePoolInfo info;

    CHECK_ERR(!virStoragePoolDefineXML(conn,
                                       "<pool type='dir'><name>zz</name><uuid>" POOL_UUID
                                       "</uuid><target><path>/x</path></target></pool>",
                                       0),
              VIR_ERR_OPERATION_FAILED, VIR_FROM_STORAGE,
              "operation failed: pool 'default-pool' is already defined with uuid " POOL_UUID);
    CHECK_ERR(!virStoragePoolDefineXML(conn,
                                       "<pool type='dir'><name>p2</name>"
                                       "<target><path>/default-pool</path></target></pool>",
                                       0),
              VIR_ERR_OPERATION_FAILED, VIR_FROM_STORAGE,
              "operation failed: Storage source conflict with pool: 'default-pool'");
    CHECK_ERR(virStoragePoolCreate(pool, 0) < 0, VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
              "Requested operation is not valid: storage pool 'default-pool' is active");
    CHECK_ERR(virStoragePoolUndefine(pool) < 0, VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST, NULL);
    g_assert_cmpint(virStoragePoolGetInfo(pool, &info), ==, 0);
    g_assert_cmpint(info.state, ==, VIR_STORAGE_POOL_RUNNING);
    g_assert_cmpuint(info.capacity, ==, 107374182400ULL);

    g_assert_cmpint(virStoragePoolDestroy(pool), ==, 0);
    CHECK_ERR(virStoragePoolDestroy(pool) < 0, VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST,
              "Requested operation is not valid: storage pool 'default-pool' is not active");
    CHECK_ERR(virStoragePoolNumOfVolumes(pool) < 0, VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST, NULL);
    CHECK_ERR(virStoragePoolListAllVolumes(pool, NULL, 0) < 0, VIR_ERR_OPERATION_INVALID,
              VIR_FROM_TEST, "Requested operation is not valid: storage pool is not active");
    g_assert_cmpint(virStoragePoolBuild(pool, 0), ==, 0);
    /* the flag error names libvirt's function (pool-build --overwrite) */
    CHECK_ERR(virStoragePoolBuild(pool, VIR_STORAGE_POOL_BUILD_OVERWRITE) < 0, VIR_ERR_INVALID_ARG,
              VIR_FROM_TEST, "unsupported flags (0x8) in function testStoragePoolBuild");
    CHECK_ERR(virStoragePoolDelete(pool, VIR_STORAGE_POOL_DELETE_ZEROED) < 0, VIR_ERR_INVALID_ARG,
              VIR_FROM_TEST, "unsupported flags (0x1) in function testStoragePoolDelete");
    g_assert_cmpint(virStoragePoolUndefine(pool), ==, 0);
    CHECK_ERR(!virStoragePoolLookupByUUIDString(conn, POOL_UUID), VIR_ERR_NO_STORAGE_POOL,
              VIR_FROM_TEST,
              "Storage pool not found: no storage pool with matching uuid '" POOL_UUID "'");

    tp = virStoragePoolCreateXML(conn,
                                 "<pool type='dir'><name>tp</name>"
                                 "<target><path>/tp</path></target></pool>",
                                 0);
    g_assert_nonnull(tp);
    g_assert_cmpint(virStoragePoolIsPersistent(tp), ==, 0);
    CHECK_ERR(virStoragePoolSetAutostart(tp, 1) < 0, VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
              "invalid argument: pool has no config file");
    g_assert_cmpint(virStoragePoolDestroy(tp), ==, 0);
    CHECK_ERR(!virStoragePoolLookupByName(conn, "tp"), VIR_ERR_NO_STORAGE_POOL, VIR_FROM_TEST,
              "Storage pool not found: no storage pool with matching name 'tp'");
    virStoragePoolFree(tp);
    virStoragePoolFree(pool);
    testClose(conn);
}


#define VOL_XML(name, cap, alloc)                                                                  \
 "<volume><name>" name "</name><capacity>" cap "</capacity>"                                       \
 "<allocation>" alloc "</allocation></volume>"


static void
testVolumes(void)
{
    virConnectPtr conn = testOpen();
    virStoragePoolPtr pool = virStoragePoolLookupByName(conn, "default-pool");
    virStorageVolPtr v1 = virStorageVolCreateXML(pool, VOL_XML("v1", "1000", "500"), 0);
    virStorageVolPtr v3;
    virStorageVolPtr found;
    virStorageVolInfo info;
    virStoragePoolInfo pinfo;
    g_autofree char *path = NULL;

    g_assert_nonnull(v1);
    path = virStorageVolGetPath(v1);
    g_assert_cmpstr(path, ==, "/default-pool/v1");
    g_assert_cmpstr(virStorageVolGetKey(v1), ==, "/default-pool/v1");
    CHECK_ERR(!virStorageVolCreateXML(pool, VOL_XML("v1", "1000", "500"), 0),
              VIR_ERR_OPERATION_FAILED, VIR_FROM_TEST,
              "operation failed: storage vol already exists");
    CHECK_ERR(!virStorageVolCreateXML(pool, VOL_XML("big", "1000000000000", "1000000000000"), 0),
              VIR_ERR_INTERNAL_ERROR, VIR_FROM_TEST,
              "internal error: Not enough free space in pool for volume 'big'");
    g_assert_cmpint(virStorageVolGetInfo(v1, &info), ==, 0);
    g_assert_cmpint(info.type, ==, VIR_STORAGE_VOL_FILE);
    g_assert_cmpuint(info.capacity, ==, 1000);
    g_assert_cmpuint(info.allocation, ==, 500);

    found = virStorageVolLookupByPath(conn, "/default-pool/v1");
    g_assert_cmpstr(virStorageVolGetName(found), ==, "v1");
    virStorageVolFree(found);
    CHECK_ERR(!virStorageVolLookupByKey(conn, "nope"), VIR_ERR_NO_STORAGE_VOL, VIR_FROM_TEST,
              "Storage volume not found: no storage vol with matching key 'nope'");
    CHECK_ERR(!virStorageVolLookupByName(pool, "nope"), VIR_ERR_NO_STORAGE_VOL, VIR_FROM_TEST,
              "Storage volume not found: no storage vol with matching name 'nope'");

    v3 = virStorageVolCreateXMLFrom(pool, VOL_XML("v3", "1000", "100"), v1, 0);
    g_assert_nonnull(v3);
    g_assert_cmpint(virStoragePoolGetInfo(pool, &pinfo), ==, 0);
    g_assert_cmpuint(pinfo.allocation, ==, 600);

    /* wipe and resize exist here though not in libvirt's test driver */
    g_assert_cmpint(virStorageVolWipe(v1, 0), ==, 0);
    CHECK_ERR(virStorageVolResize(v1, 100, 0) < 0, VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
              "invalid argument: can't shrink capacity below existing allocation");
    CHECK_ERR(
        virStorageVolResize(v1, 800, 0) < 0, VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
        "invalid argument: Can't shrink capacity below current capacity unless shrink flag explicitly specified");
    g_assert_cmpint(virStorageVolResize(
                        v1, 1000, VIR_STORAGE_VOL_RESIZE_DELTA | VIR_STORAGE_VOL_RESIZE_ALLOCATE),
                    ==, 0);
    g_assert_cmpint(virStorageVolGetInfo(v1, &info), ==, 0);
    g_assert_cmpuint(info.capacity, ==, 2000);
    g_assert_cmpuint(info.allocation, ==, 2000);

    g_assert_cmpint(virStorageVolDelete(v1, 0), ==, 0);
    CHECK_ERR(virStorageVolDelete(v1, 0) < 0, VIR_ERR_NO_STORAGE_VOL, VIR_FROM_TEST, NULL);
    g_assert_cmpint(virStoragePoolNumOfVolumes(pool), ==, 1);
    virStorageVolFree(v1);
    virStorageVolFree(v3);
    virStoragePoolFree(pool);
    testClose(conn);
}


/*
 * Wipe and resize (libvirt's storage driver semantics): shrinking needs
 * the flag and never goes below the allocation or zero, ALLOCATE takes
 * pool space, and a volume of an inactive pool cannot be touched.
 */
static void
testVolumeWipeResize(void)
{
    virConnectPtr conn = testOpen();
    virStoragePoolPtr pool = virStoragePoolLookupByName(conn, "default-pool");
    virStorageVolPtr v = virStorageVolCreateXML(pool, VOL_XML("w", "1000", "500"), 0);
    virStorageVolInfo info;
    virStoragePoolInfo pinfo;

    g_assert_nonnull(v);
    g_assert_cmpint(virStorageVolWipe(v, 0), ==, 0);
    g_assert_cmpint(virStorageVolWipePattern(v, VIR_STORAGE_VOL_WIPE_ALG_NNSA, 0), ==, 0);
    CHECK_ERR(virStorageVolWipePattern(v, VIR_STORAGE_VOL_WIPE_ALG_LAST, 0) < 0,
              VIR_ERR_INVALID_ARG, VIR_FROM_TEST, NULL);
    CHECK_ERR(virStorageVolWipe(v, 1) < 0, VIR_ERR_INVALID_ARG, VIR_FROM_TEST, NULL);

    /* shrinking: the flag, the allocation and zero are limits */
    CHECK_ERR(virStorageVolResize(v, 999, 0) < 0, VIR_ERR_INVALID_ARG, VIR_FROM_TEST, NULL);
    CHECK_ERR(virStorageVolResize(v, 499, VIR_STORAGE_VOL_RESIZE_SHRINK) < 0, VIR_ERR_INVALID_ARG,
              VIR_FROM_TEST, "invalid argument: can't shrink capacity below existing allocation");
    CHECK_ERR(virStorageVolResize(v, 1001,
                                  VIR_STORAGE_VOL_RESIZE_DELTA | VIR_STORAGE_VOL_RESIZE_SHRINK) < 0,
              VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
              "invalid argument: can't shrink capacity below zero");
    g_assert_cmpint(virStorageVolResize(v, 500, VIR_STORAGE_VOL_RESIZE_SHRINK), ==, 0);
    g_assert_cmpint(virStorageVolGetInfo(v, &info), ==, 0);
    g_assert_cmpuint(info.capacity, ==, 500);
    g_assert_cmpuint(info.allocation, ==, 500);

    /* growing without ALLOCATE leaves the allocation alone */
    g_assert_cmpint(virStorageVolResize(v, 700, VIR_STORAGE_VOL_RESIZE_DELTA), ==, 0);
    g_assert_cmpint(virStorageVolGetInfo(v, &info), ==, 0);
    g_assert_cmpuint(info.capacity, ==, 1200);
    g_assert_cmpuint(info.allocation, ==, 500);
    CHECK_ERR(virStorageVolResize(v, 200ULL * 1024 * 1024 * 1024, VIR_STORAGE_VOL_RESIZE_ALLOCATE) <
                  0,
              VIR_ERR_OPERATION_FAILED, VIR_FROM_TEST,
              "operation failed: Not enough space left in storage pool");
    g_assert_cmpint(virStoragePoolGetInfo(pool, &pinfo), ==, 0);
    g_assert_cmpuint(pinfo.allocation, ==, 500);
    CHECK_ERR(virStorageVolResize(v, 2000, 0x10) < 0, VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
              "unsupported flags (0x10) in function testStorageVolResize");

    g_assert_cmpint(virStoragePoolDestroy(pool), ==, 0);
    CHECK_ERR(virStorageVolWipe(v, 0) < 0, VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST, NULL);
    CHECK_ERR(virStorageVolResize(v, 2000, 0) < 0, VIR_ERR_OPERATION_INVALID, VIR_FROM_TEST, NULL);
    virStorageVolFree(v);
    virStoragePoolFree(pool);
    testClose(conn);
}


/*
 * VIR_STORAGE_VOL_CREATE_VALIDATE reaches the volume parser, which (as in
 * libvirt 9.0) validates the document and then refuses the flag.
 */
static void
testVolumeValidate(void)
{
    virConnectPtr conn = testOpen();
    virStoragePoolPtr pool = virStoragePoolLookupByName(conn, "default-pool");
    virStorageVolPtr v1 = virStorageVolCreateXML(pool, VOL_XML("v1", "1000", "500"), 0);
    /* valid for storagevol.rng, unlike VOL_XML (no <target>) */
    const char *valid = "<volume><name>v2</name><capacity>1000</capacity>"
                        "<target><path>/default-pool/v2</path></target></volume>";

    g_assert_nonnull(v1);
    CHECK_ERR(!virStorageVolCreateXMLFrom(pool, VOL_XML("v2", "1000", "500"), v1,
                                          VIR_STORAGE_VOL_CREATE_PREALLOC_METADATA),
              VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
              "unsupported flags (0x1) in function testStorageVolCreateXMLFrom");
    if (testHaveSchema("storagevol.rng")) {
        CHECK_ERR(!virStorageVolCreateXML(pool, valid, VIR_STORAGE_VOL_CREATE_VALIDATE),
                  VIR_ERR_INVALID_ARG, VIR_FROM_STORAGE,
                  "unsupported flags (0x4) in function virStorageVolDefParseXML");
        CHECK_ERR(!virStorageVolCreateXMLFrom(pool, valid, v1, VIR_STORAGE_VOL_CREATE_VALIDATE),
                  VIR_ERR_INVALID_ARG, VIR_FROM_STORAGE,
                  "unsupported flags (0x4) in function virStorageVolDefParseXML");
        CHECK_ERR(!virStorageVolCreateXML(pool, "<volume><name>v2</name></volume>",
                                          VIR_STORAGE_VOL_CREATE_VALIDATE),
                  VIR_ERR_XML_INVALID_SCHEMA, VIR_FROM_XML, NULL);
    }
    g_assert_cmpint(virStoragePoolNumOfVolumes(pool), ==, 1);
    virStorageVolFree(v1);
    virStoragePoolFree(pool);
    testClose(conn);
}


static void
testSecrets(void)
{
    virConnectPtr conn = testOpen();
    virSecretPtr sec = virSecretDefineXML(conn,
                                          "<secret ephemeral='no' private='yes'>"
                                          "<uuid>11111111-2222-3333-4444-555555555555</uuid>"
                                          "<usage type='ceph'><name>c1</name></usage>"
                                          "</secret>",
                                          0);
    virSecretPtr pub;
    virSecretPtr found;
    unsigned char *value;
    size_t size = 0;

    g_assert_nonnull(sec);
    CHECK_ERR(
        !virSecretGetValue(sec, &size, 0), VIR_ERR_NO_SECRET, VIR_FROM_SECRET,
        "Secret not found: secret '11111111-2222-3333-4444-555555555555' does not have a value");
    g_assert_cmpint(virSecretSetValue(sec, (const unsigned char *)"pw", 2, 0), ==, 0);
    CHECK_ERR(!virSecretGetValue(sec, &size, 0), VIR_ERR_INVALID_SECRET, VIR_FROM_SECRET, NULL);
    CHECK_ERR(
        !virSecretDefineXML(conn, "<secret><usage type='ceph'><name>c1</name></usage></secret>", 0),
        VIR_ERR_INTERNAL_ERROR, VIR_FROM_SECRET,
        "internal error: a secret with UUID 11111111-2222-3333-4444-555555555555 already defined for use with c1");

    pub = virSecretDefineXML(
        conn, "<secret private='no'><usage type='tls'><name>t</name></usage></secret>", 0);
    g_assert_nonnull(pub);
    g_assert_cmpint(virSecretSetValue(pub, (const unsigned char *)"abc", 3, 0), ==, 0);
    value = virSecretGetValue(pub, &size, 0);
    g_assert_cmpuint(size, ==, 3);
    g_assert_cmpint(memcmp(value, "abc", 3), ==, 0);
    g_free(value);
    g_assert_cmpint(virConnectNumOfSecrets(conn), ==, 2);
    g_assert_cmpint(virConnectListAllSecrets(conn, NULL, VIR_CONNECT_LIST_SECRETS_PRIVATE), ==, 1);

    found = virSecretLookupByUsage(conn, VIR_SECRET_USAGE_TYPE_CEPH, "c1");
    g_assert_nonnull(found);
    virSecretFree(found);
    CHECK_ERR(!virSecretLookupByUsage(conn, VIR_SECRET_USAGE_TYPE_CEPH, "c2"), VIR_ERR_NO_SECRET,
              VIR_FROM_SECRET, "Secret not found: no secret with matching usage 'c2'");
    g_assert_cmpint(virSecretUndefine(sec), ==, 0);
    CHECK_ERR(virSecretUndefine(sec) < 0, VIR_ERR_NO_SECRET, VIR_FROM_SECRET, NULL);
    virSecretFree(sec);
    virSecretFree(pub);
    testClose(conn);
}


/* test:///PATH: a node file with inline and referenced objects. */
static void
testNodeFile(void)
{
    g_autofree char *dir = g_dir_make_tmp("testdrivertest-XXXXXX", NULL);
    g_autofree char *node = g_strdup_printf("%s/node.xml", dir);
    g_autofree char *beta = g_strdup_printf("%s/beta.xml", dir);
    g_autofree char *uri = g_strdup_printf("test://%s", node);
    virConnectPtr conn;
    virConnectPtr other;
    virDomainPtr alpha;
    virDomainPtr b;
    virStoragePoolPtr pool;
    virStoragePoolInfo pinfo;
    virNodeInfo info;

    g_assert_true(g_file_set_contents(
        beta,
        "<domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>"
        "<name>beta</name><memory>262144</memory><os><type>xen</type></os>"
        "<test:runstate>3</test:runstate><test:transient/></domain>",
        -1, NULL));
    g_assert_true(g_file_set_contents(
        node,
        "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>"
        "<domain type='test'><name>alpha</name><memory>524288</memory><vcpu>2</vcpu>"
        "<os><type>hvm</type></os><test:runstate>5</test:runstate></domain>"
        "<domain file='beta.xml'/>"
        "<network><name>priv</name><bridge name='brpriv'/></network>"
        "<pool type='dir'><name>p1</name><target><path>/p1</path></target>"
        "<volume><name>v1.img</name><capacity>1000000</capacity><allocation>5000</allocation></volume>"
        "</pool>"
        "<cpu><mhz>6000</mhz><model>i986</model><active>50</active><nodes>4</nodes>"
        "<sockets>4</sockets><cores>4</cores><threads>2</threads></cpu>"
        "<memory>8192000</memory></node>",
        -1, NULL));

    conn = virConnectOpen(uri);
    g_assert_nonnull(conn);
    g_assert_cmpint(virNodeGetInfo(conn, &info), ==, 0);
    g_assert_cmpstr(info.model, ==, "i986");
    g_assert_cmpuint(info.cpus, ==, 50);
    g_assert_cmpuint(info.memory, ==, 8192000);
    g_assert_cmpuint(virNodeGetFreeMemory(conn), ==, 0);

    alpha = virDomainLookupByName(conn, "alpha");
    testState(alpha, VIR_DOMAIN_SHUTOFF, 0);
    b = virDomainLookupByName(conn, "beta");
    testState(b, VIR_DOMAIN_PAUSED, 0);
    g_assert_cmpint(virDomainIsPersistent(b), ==, 0);
    pool = virStoragePoolLookupByName(conn, "p1");
    g_assert_cmpint(virStoragePoolGetInfo(pool, &pinfo), ==, 0);
    g_assert_cmpuint(pinfo.allocation, ==, 5000);
    g_assert_cmpint(virStoragePoolNumOfVolumes(pool), ==, 1);

    /* a file-based connection has a state of its own */
    g_assert_cmpint(virDomainCreate(alpha), ==, 0);
    other = virConnectOpen(uri);
    virDomainFree(alpha);
    alpha = virDomainLookupByName(other, "alpha");
    testState(alpha, VIR_DOMAIN_SHUTOFF, 0);

    virDomainFree(alpha);
    virDomainFree(b);
    virStoragePoolFree(pool);
    testClose(other);
    testClose(conn);
    (void)unlink(node);
    (void)unlink(beta);
    (void)rmdir(dir);
}


int
main(int argc, char **argv)
{
    if (testInit(&argc, &argv) < 0)
        return 1;

    g_test_add_func("/testd/network", testNetworks);
    g_test_add_func("/testd/network/update", testNetworkUpdate);
    g_test_add_func("/testd/network/validate", testNetworkValidate);
    g_test_add_func("/testd/storage/pools", testStoragePools);
    g_test_add_func("/testd/storage/volumes", testVolumes);
    g_test_add_func("/testd/storage/volume-wipe-resize", testVolumeWipeResize);
    g_test_add_func("/testd/storage/volume-validate", testVolumeValidate);
    g_test_add_func("/testd/secrets", testSecrets);
    g_test_add_func("/testd/node-file", testNodeFile);
    return g_test_run();
}
