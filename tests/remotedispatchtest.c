/*
 * remotedispatchtest.c: the REMOTE program served over a real socket
 *
 * A virNetServer with remoteDispatchProgramNew() runs in a thread on
 * UNIX sockets in a temp dir (one read-write, one read-only); the tests
 * speak raw frames to it, as virsh does, and check the answers against
 * libvirt's wire behaviour (handshake, errors, byte layouts, events),
 * using an in-process connection to test:///default (the same driver
 * state as the daemon's) as the oracle.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "datatypes.h"
#include "internal.h"
#include "remote_dispatch.h"
#include "remote_objects.h"
#include "remotedispatchtestutils.h"
#include "virerror.h"

#define TEST_VM "dispatch-vm"

#define TEST_VM_XML                                                                                \
 "<domain type='test'><name>" TEST_VM "</name><memory>1024</memory>"                               \
 "<os><type>hvm</type></os></domain>"


static const char *
testErrNotOpen(void)
{
    return "internal error: hypervisor connection not open";
}


/* ---- handshake ---- */

/* The sequence virsh 9.0 sends (wire-protocol.md 10.1), with its answers. */
static void
testHandshake(void)
{
    testClient *c = testClientNew(td.sock);
    virConnectPtr oracle = virConnectOpen("test:///default");
    remote_auth_list_ret auth = { 0 };
    remote_connect_open_args open = { (char *)"test:///default", 6 };
    remote_connect_get_type_ret type = { 0 };

    testCallOK(c, REMOTE_PROC_AUTH_LIST, NULL, &auth);
    g_assert_cmpuint(auth.types.len, ==, 1);
    g_assert_cmpint(((int32_t *)auth.types.val)[0], ==, 0);
    testFreeRet(REMOTE_PROC_AUTH_LIST, &auth);
    g_assert_cmpint(testFeature(c, 10), ==, 1);
    testCallOK(c, REMOTE_PROC_CONNECT_OPEN, &open, NULL);
    g_assert_cmpint(testFeature(c, 14), ==, 1);
    g_assert_cmpint(testFeature(c, 15), ==, 1);
    testCallOK(c, REMOTE_PROC_CONNECT_REGISTER_CLOSE_CALLBACK, NULL, NULL);

    testCallOK(c, REMOTE_PROC_CONNECT_GET_TYPE, NULL, &type);
    g_assert_cmpstr(type.type, ==, virConnectGetType(oracle));
    testFreeRet(REMOTE_PROC_CONNECT_GET_TYPE, &type);
    /* the other features: no fd passing handler, unknown ones are 0 */
    g_assert_cmpint(testFeature(c, 8), ==, 0);
    g_assert_cmpint(testFeature(c, 9), ==, 1);
    g_assert_cmpint(testFeature(c, 16), ==, 1);
    g_assert_cmpint(testFeature(c, 2), ==, 0);
    g_assert_cmpint(testFeature(c, 0), ==, 0);
    g_assert_cmpint(testFeature(c, 17), ==, 0);
    g_assert_cmpint(testFeature(c, 10), ==, 1);

    testCallOK(c, REMOTE_PROC_CONNECT_UNREGISTER_CLOSE_CALLBACK, NULL, NULL);
    testCallOK(c, REMOTE_PROC_CONNECT_CLOSE, NULL, NULL);
    testExpectClosed(c);
    testClientFree(c);
    virConnectClose(oracle);
}


/* Before CONNECT_OPEN only AUTH_LIST, feature 10 and the open work. */
static void
testPreOpen(void)
{
    testClient *c = testClientNew(td.sock);
    remote_connect_supports_feature_args f14 = { 14 };
    remote_connect_open_args open = { (char *)"", 0 };
    remote_connect_get_uri_ret uri = { 0 };

    testCallErr(c, REMOTE_PROC_CONNECT_SUPPORTS_FEATURE, &f14, VIR_ERR_INTERNAL_ERROR, VIR_FROM_RPC,
                testErrNotOpen());
    testCallErr(c, REMOTE_PROC_CONNECT_GET_TYPE, NULL, VIR_ERR_INTERNAL_ERROR, VIR_FROM_RPC,
                testErrNotOpen());
    testCallErr(c, REMOTE_PROC_CONNECT_GET_URI, NULL, VIR_ERR_INTERNAL_ERROR, VIR_FROM_RPC,
                testErrNotOpen());
    g_assert_cmpint(testFeature(c, 10), ==, 1);

    /* an empty name opens the daemon's default URI, which GET_URI tells */
    testCallOK(c, REMOTE_PROC_CONNECT_OPEN, &open, NULL);
    testCallOK(c, REMOTE_PROC_CONNECT_GET_URI, NULL, &uri);
    g_assert_cmpstr(uri.uri, ==, "test:///default");
    testFreeRet(REMOTE_PROC_CONNECT_GET_URI, &uri);
    g_assert_cmpint(testFeature(c, 14), ==, 1);

    /* a second open fails, as in libvirt */
    testCallErr(c, REMOTE_PROC_CONNECT_OPEN, &open, VIR_ERR_INTERNAL_ERROR, VIR_FROM_RPC,
                "internal error: connection already open");
    testClientFree(c);
}


/* Read-only: asked by the client (flags bit 0) or forced by the socket. */
static void
testReadOnly(void)
{
    testClient *ro = testOpen(td.sock, "test:///default", 7);
    testClient *sockro = testOpen(td.sockro, "test:///default", 6);
    remote_domain_define_xml_args def = { (char *)TEST_VM_XML };
    remote_domain_get_xml_desc_args xml = { { 0 }, 1 /* SECURE */ };
    remote_domain_get_xml_desc_ret xmlret = { 0 };
    const char *denied = "operation forbidden: read only access prevents virDomainDefineXML";

    testCallErr(ro, REMOTE_PROC_DOMAIN_DEFINE_XML, &def, VIR_ERR_OPERATION_DENIED, VIR_FROM_DOMAIN,
                denied);
    testCallErr(sockro, REMOTE_PROC_DOMAIN_DEFINE_XML, &def, VIR_ERR_OPERATION_DENIED,
                VIR_FROM_DOMAIN, denied);

    /* reading works; the secure XML is refused by the read-only connection */
    testLookup(sockro, "test", &xml.dom);
    testCallErr(sockro, REMOTE_PROC_DOMAIN_GET_XML_DESC, &xml, VIR_ERR_OPERATION_DENIED,
                VIR_FROM_DOMAIN, "operation forbidden: virDomainGetXMLDesc with secure flag");
    xml.flags = 0;
    testCallOK(sockro, REMOTE_PROC_DOMAIN_GET_XML_DESC, &xml, &xmlret);
    g_assert_nonnull(strstr(xmlret.xml, "<name>test</name>"));
    testFreeRet(REMOTE_PROC_DOMAIN_GET_XML_DESC, &xmlret);
    virXDRFree(&remote_nonnull_domain_desc, &xml.dom);
    testClientFree(ro);
    testClientFree(sockro);
}


/* CONNECT_CLOSE answers, then the daemon closes the socket. */
static void
testClose(void)
{
    testClient *c = testOpen(td.sock, "test:///default", 0);

    testCallOK(c, REMOTE_PROC_CONNECT_CLOSE, NULL, NULL);
    testExpectClosed(c);
    testClientFree(c);
}


/* ---- domains ---- */

static void
testLookups(void)
{
    testClient *c = testOpen(td.sock, "test:///default", 6);
    virConnectPtr oracle = virConnectOpen("test:///default");
    virDomainPtr odom = virDomainLookupByName(oracle, "test");
    unsigned char uuid[VIR_UUID_BUFLEN];
    remote_nonnull_domain dom = { 0 };
    remote_domain_lookup_by_uuid_args byuuid = { { 0 } };
    remote_domain_lookup_by_uuid_ret r1 = { 0 };
    remote_domain_lookup_by_id_args byid = { 0 };
    remote_domain_lookup_by_id_ret r2 = { 0 };
    remote_domain_lookup_by_name_args missing = { (char *)"nosuch" };

    g_assert_nonnull(odom);
    g_assert_cmpint(virDomainGetUUID(odom, uuid), ==, 0);
    testLookup(c, "test", &dom);
    g_assert_cmpstr(dom.name, ==, "test");
    g_assert_cmpmem(dom.uuid, VIR_UUID_BUFLEN, uuid, VIR_UUID_BUFLEN);
    /* the running id, as clients trust it */
    g_assert_cmpint(dom.id, ==, (int)virDomainGetID(odom));
    g_assert_cmpint(dom.id, >, 0);

    memcpy(byuuid.uuid, uuid, VIR_UUID_BUFLEN);
    testCallOK(c, REMOTE_PROC_DOMAIN_LOOKUP_BY_UUID, &byuuid, &r1);
    g_assert_cmpstr(r1.dom.name, ==, "test");
    g_assert_cmpint(r1.dom.id, ==, dom.id);
    byid.id = dom.id;
    testCallOK(c, REMOTE_PROC_DOMAIN_LOOKUP_BY_ID, &byid, &r2);
    g_assert_cmpstr(r2.dom.name, ==, "test");
    testFreeRet(REMOTE_PROC_DOMAIN_LOOKUP_BY_UUID, &r1);
    testFreeRet(REMOTE_PROC_DOMAIN_LOOKUP_BY_ID, &r2);

    testCallErr(c, REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME, &missing, VIR_ERR_NO_DOMAIN, VIR_FROM_TEST,
                "Domain not found");
    virXDRFree(&remote_nonnull_domain_desc, &dom);
    virObjectUnref(odom);
    virConnectClose(oracle);
    testClientFree(c);
}


static void
testListing(void)
{
    testClient *c = testOpen(td.sock, "test:///default", 6);
    virConnectPtr oracle = virConnectOpen("test:///default");
    int n = virConnectListAllDomains(oracle, NULL, 0);
    remote_connect_list_all_domains_args all = { 0, 0 };
    remote_connect_list_all_domains_ret r = { 0 };
    remote_connect_list_domains_args ids = { 16 };
    remote_connect_list_domains_ret rids = { 0 };
    remote_connect_list_defined_domains_args names = { -1 };
    remote_connect_num_of_domains_ret num = { 0 };

    g_assert_cmpint(n, >, 0);
    /* need_results 0: only the count */
    testCallOK(c, REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS, &all, &r);
    g_assert_cmpuint(r.domains.len, ==, 0);
    g_assert_cmpuint(r.ret, ==, (unsigned int)n);
    testFreeRet(REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS, &r);
    all.need_results = 1;
    all.flags = VIR_CONNECT_LIST_DOMAINS_ACTIVE | VIR_CONNECT_LIST_DOMAINS_INACTIVE;
    testCallOK(c, REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS, &all, &r);
    g_assert_cmpuint(r.domains.len, ==, (unsigned int)n);
    g_assert_cmpuint(r.ret, ==, (unsigned int)n);
    g_assert_cmpstr(((remote_nonnull_domain *)r.domains.val)[0].name, ==, "test");
    testFreeRet(REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS, &r);

    testCallOK(c, REMOTE_PROC_CONNECT_NUM_OF_DOMAINS, NULL, &num);
    g_assert_cmpint(num.num, ==, virConnectNumOfDomains(oracle));
    testCallOK(c, REMOTE_PROC_CONNECT_LIST_DOMAINS, &ids, &rids);
    g_assert_cmpuint(rids.ids.len, ==, (unsigned int)num.num);
    testFreeRet(REMOTE_PROC_CONNECT_LIST_DOMAINS, &rids);

    /* the client's limits are checked as libvirtd does */
    testCallErr(c, REMOTE_PROC_CONNECT_LIST_DEFINED_DOMAINS, &names, VIR_ERR_RPC, VIR_FROM_RPC,
                "maxnames must be non-negative");
    names.maxnames = REMOTE_DOMAIN_LIST_MAX + 1;
    testCallErr(c, REMOTE_PROC_CONNECT_LIST_DEFINED_DOMAINS, &names, VIR_ERR_RPC, VIR_FROM_RPC,
                "maxnames > REMOTE_DOMAIN_LIST_MAX");
    virConnectClose(oracle);
    testClientFree(c);
}


static uint32_t
testU32(const char *p)
{
    return ((uint32_t)(unsigned char)p[0] << 24) | ((uint32_t)(unsigned char)p[1] << 16) |
           ((uint32_t)(unsigned char)p[2] << 8) | (uint32_t)(unsigned char)p[3];
}


static uint64_t
testU64(const char *p)
{
    return ((uint64_t)testU32(p) << 32) | testU32(p + 4);
}


/* DOMAIN_GET_INFO and NODE_GET_INFO, byte by byte. */
static void
testInfoBytes(void)
{
    testClient *c = testOpen(td.sock, "test:///default", 6);
    virConnectPtr oracle = virConnectOpen("test:///default");
    virDomainPtr odom = virDomainLookupByName(oracle, "test");
    virDomainInfo info;
    virNodeInfo node;
    remote_domain_get_info_args a = { { 0 } };
    g_autoptr(virNetMessage) reply = NULL;
    g_autoptr(virNetMessage) nreply = NULL;
    const char *p;
    size_t len = 0;
    uint64_t before;
    size_t i;

    testLookup(c, "test", &a.dom);
    g_assert_cmpint(virDomainGetInfo(odom, &info), ==, 0);
    before = (uint64_t)g_get_real_time() * 1000;
    reply = testCall(c, REMOTE_PROC_DOMAIN_GET_INFO, &a);
    g_assert_cmpint(reply->header.status, ==, VIR_NET_OK);
    p = virNetMessagePayload(reply, &len);
    /* uchar state and ushort nrVirtCpu take 4 bytes: 4+8+8+4+8 */
    g_assert_cmpuint(len, ==, 32);
    g_assert_cmpuint(testU32(p), ==, info.state);
    g_assert_cmpuint(testU64(p + 4), ==, info.maxMem);
    g_assert_cmpuint(testU64(p + 12), ==, info.memory);
    g_assert_cmpuint(testU32(p + 20), ==, info.nrVirtCpu);
    g_assert_cmpuint(testU64(p + 24), >=, before - 1000000000ULL);
    g_assert_cmpuint(testU64(p + 24), <=, (uint64_t)g_get_real_time() * 1000);

    g_assert_cmpint(virNodeGetInfo(oracle, &node), ==, 0);
    nreply = testCall(c, REMOTE_PROC_NODE_GET_INFO, NULL);
    p = virNetMessagePayload(nreply, &len);
    /* char model[32]: one character per 4-byte word, NUL-padded */
    g_assert_cmpuint(len, ==, 32 * 4 + 8 + 6 * 4);
    for (i = 0; i < 32; i++) {
        char want = i < strlen(node.model) ? node.model[i] : '\0';

        g_assert_cmpuint(testU32(p + 4 * i), ==, (uint32_t)(unsigned char)want);
    }
    g_assert_cmpuint(testU64(p + 128), ==, node.memory);
    g_assert_cmpuint(testU32(p + 136), ==, node.cpus);
    g_assert_cmpuint(testU32(p + 140), ==, node.mhz);
    g_assert_cmpuint(testU32(p + 156), ==, node.threads);

    virXDRFree(&remote_nonnull_domain_desc, &a.dom);
    virObjectUnref(odom);
    virConnectClose(oracle);
    testClientFree(c);
}


/* char<N> strings of the security calls count their NUL. */
static void
testSecurityLabels(void)
{
    testClient *c = testOpen(td.sock, "test:///default", 6);
    virConnectPtr oracle = virConnectOpen("test:///default");
    virSecurityModel model;
    remote_node_get_security_model_ret m = { 0 };
    remote_domain_get_security_label_args a = { { 0 } };
    remote_domain_get_security_label_ret l = { 0 };

    memset(&model, 0, sizeof(model));
    g_assert_cmpint(virNodeGetSecurityModel(oracle, &model), ==, 0);
    testCallOK(c, REMOTE_PROC_NODE_GET_SECURITY_MODEL, NULL, &m);
    g_assert_cmpuint(m.model.len, ==, strlen(model.model) + 1);
    g_assert_cmpstr(m.model.val, ==, model.model);
    g_assert_cmpuint(m.doi.len, ==, strlen(model.doi) + 1);
    testFreeRet(REMOTE_PROC_NODE_GET_SECURITY_MODEL, &m);

    testLookup(c, "test", &a.dom);
    testCallOK(c, REMOTE_PROC_DOMAIN_GET_SECURITY_LABEL, &a, &l);
    g_assert_cmpuint(l.label.len, >=, 1);
    g_assert_cmpint(((char *)l.label.val)[l.label.len - 1], ==, '\0');
    testFreeRet(REMOTE_PROC_DOMAIN_GET_SECURITY_LABEL, &l);
    virXDRFree(&remote_nonnull_domain_desc, &a.dom);
    virConnectClose(oracle);
    testClientFree(c);
}


static void
testExpectState(testClient *c, const remote_nonnull_domain *dom, int state)
{
    remote_domain_get_state_args a = { *dom, 0 };
    remote_domain_get_state_ret r = { 0 };

    testCallOK(c, REMOTE_PROC_DOMAIN_GET_STATE, &a, &r);
    g_assert_cmpint(r.state, ==, state);
}


static int
testDomainInt(testClient *c, int proc, const remote_nonnull_domain *dom, unsigned int flags)
{
    /* every { dom[, flags] } -> { int } procedure used here */
    remote_domain_has_managed_save_image_args a = { *dom, flags };
    remote_domain_has_managed_save_image_ret r = { 0 };

    if (proc == REMOTE_PROC_DOMAIN_IS_ACTIVE || proc == REMOTE_PROC_DOMAIN_IS_PERSISTENT ||
        proc == REMOTE_PROC_DOMAIN_GET_AUTOSTART)
        testCallOK(c, proc, dom, &r);
    else
        testCallOK(c, proc, &a, &r);
    return r.result;
}


/* virsh's define; dominfo; dumpxml; start; suspend; resume; destroy; undefine (section 14). */
static void
testLifecycle(void)
{
    testClient *c = testOpen(td.sock, "test:///default", 6);
    remote_domain_define_xml_args def = { (char *)TEST_VM_XML };
    remote_domain_define_xml_ret d = { 0 };
    remote_nonnull_domain dom = { 0 };
    remote_domain_get_os_type_ret os = { 0 };
    remote_domain_get_info_ret info = { 0 };
    remote_domain_get_messages_args msgs = { { 0 }, 0 };
    remote_domain_get_xml_desc_args xml = { { 0 }, 0 };
    remote_domain_get_xml_desc_ret rxml = { 0 };
    remote_domain_lookup_by_uuid_args byuuid = { { 0 } };
    remote_domain_lookup_by_uuid_ret started = { 0 };
    remote_domain_undefine_flags_args undef = { { 0 }, 0 };
    remote_domain_lookup_by_name_args gone = { (char *)TEST_VM };

    testCallOK(c, REMOTE_PROC_DOMAIN_DEFINE_XML, &def, &d);
    g_assert_cmpstr(d.dom.name, ==, TEST_VM);
    g_assert_cmpint(d.dom.id, ==, -1);
    testFreeRet(REMOTE_PROC_DOMAIN_DEFINE_XML, &d);

    /* dominfo */
    testLookup(c, TEST_VM, &dom);
    g_assert_cmpint(dom.id, ==, -1);
    testCallOK(c, REMOTE_PROC_DOMAIN_GET_OS_TYPE, &dom, &os);
    /* libvirt's test driver says "linux" whatever the XML */
    g_assert_cmpstr(os.type, ==, "linux");
    testFreeRet(REMOTE_PROC_DOMAIN_GET_OS_TYPE, &os);
    testCallOK(c, REMOTE_PROC_DOMAIN_GET_INFO, &dom, &info);
    g_assert_cmpuint(info.state, ==, VIR_DOMAIN_SHUTOFF);
    g_assert_cmpuint(info.maxMem, ==, 1024);
    g_assert_cmpint(testDomainInt(c, REMOTE_PROC_DOMAIN_IS_PERSISTENT, &dom, 0), ==, 1);
    g_assert_cmpint(testDomainInt(c, REMOTE_PROC_DOMAIN_GET_AUTOSTART, &dom, 0), ==, 0);
    g_assert_cmpint(testDomainInt(c, REMOTE_PROC_DOMAIN_HAS_MANAGED_SAVE_IMAGE, &dom, 0), ==, 0);
    /* the test driver has no messages: its error goes back unchanged */
    msgs.dom = dom;
    testCallErr(c, REMOTE_PROC_DOMAIN_GET_MESSAGES, &msgs, VIR_ERR_NO_SUPPORT, VIR_FROM_DOMAIN,
                "this function is not supported by the connection driver: virDomainGetMessages");

    /* dumpxml */
    xml.dom = dom;
    testCallOK(c, REMOTE_PROC_DOMAIN_GET_XML_DESC, &xml, &rxml);
    g_assert_nonnull(strstr(rxml.xml, "<name>" TEST_VM "</name>"));
    testFreeRet(REMOTE_PROC_DOMAIN_GET_XML_DESC, &rxml);

    /* start: the id virsh learns from LOOKUP_BY_UUID afterwards */
    testDomainCall(c, REMOTE_PROC_DOMAIN_CREATE, &dom);
    memcpy(byuuid.uuid, dom.uuid, VIR_UUID_BUFLEN);
    testCallOK(c, REMOTE_PROC_DOMAIN_LOOKUP_BY_UUID, &byuuid, &started);
    g_assert_cmpint(started.dom.id, >, 0);
    testExpectState(c, &started.dom, VIR_DOMAIN_RUNNING);

    /* suspend, resume (twice: the driver's error goes back unchanged) */
    testDomainCall(c, REMOTE_PROC_DOMAIN_SUSPEND, &started.dom);
    testExpectState(c, &started.dom, VIR_DOMAIN_PAUSED);
    testDomainCall(c, REMOTE_PROC_DOMAIN_RESUME, &started.dom);
    testExpectState(c, &started.dom, VIR_DOMAIN_RUNNING);
    testCallErr(c, REMOTE_PROC_DOMAIN_RESUME, &started.dom, VIR_ERR_INTERNAL_ERROR, VIR_FROM_TEST,
                "internal error: domain '" TEST_VM "' not paused");

    /* destroy, undefine */
    testDomainCall(c, REMOTE_PROC_DOMAIN_DESTROY, &started.dom);
    g_assert_cmpint(testDomainInt(c, REMOTE_PROC_DOMAIN_IS_ACTIVE, &dom, 0), ==, 0);
    g_assert_cmpint(testDomainInt(c, REMOTE_PROC_DOMAIN_SNAPSHOT_NUM, &dom, 0), ==, 0);
    undef.dom = dom;
    testCallOK(c, REMOTE_PROC_DOMAIN_UNDEFINE_FLAGS, &undef, NULL);
    testCallErr(c, REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME, &gone, VIR_ERR_NO_DOMAIN, VIR_FROM_TEST,
                "Domain not found");

    testFreeRet(REMOTE_PROC_DOMAIN_LOOKUP_BY_UUID, &started);
    virXDRFree(&remote_nonnull_domain_desc, &dom);
    testClientFree(c);
}


/* Procedures without a public function have no handler; typed parameters. */
static void
testNoSupport(void)
{
    testClient *c = testOpen(td.sock, "test:///default", 6);
    remote_domain_get_memory_parameters_args mem = { { 0 }, 0, 0 };
    remote_domain_save_params_args save = { { 0 }, { 0 }, 0 };
    virXDRTypedParam param = { (char *)"file", VIR_TYPED_PARAM_STRING, { 0 } };

    testLookup(c, "test", &mem.dom);
    testCallErr(c, REMOTE_PROC_DOMAIN_GET_MEMORY_PARAMETERS, &mem, VIR_ERR_NO_SUPPORT,
                VIR_FROM_DOMAIN,
                "this function is not supported by the connection driver: "
                "virDomainGetMemoryParameters");
    /* the typed parameters are converted, then the driver declines */
    param.value.s = (char *)"/nonexistent/save.img";
    save.dom = mem.dom;
    save.params.len = 1;
    save.params.val = &param;
    testCallErr(c, REMOTE_PROC_DOMAIN_SAVE_PARAMS, &save, VIR_ERR_NO_SUPPORT, VIR_FROM_DOMAIN,
                "this function is not supported by the connection driver: virDomainSaveParams");
    virXDRFree(&remote_nonnull_domain_desc, &mem.dom);
    testClientFree(c);
}


/* ---- networks, storage, secrets ---- */

static void
testNetworks(void)
{
    testClient *c = testOpen(td.sock, "test:///default", 6);
    remote_connect_list_all_networks_args all = { 1, 3 };
    remote_connect_list_all_networks_ret r = { 0 };
    remote_network_get_bridge_name_ret bridge = { 0 };
    remote_network_is_active_ret active = { 0 };
    remote_network_get_xml_desc_args xml = { { 0 }, 0 };
    remote_network_get_xml_desc_ret rxml = { 0 };
    remote_connect_list_networks_args names = { 8 };
    remote_connect_list_networks_ret rnames = { 0 };
    remote_network_lookup_by_name_args missing = { (char *)"nosuch" };
    remote_nonnull_network *net;

    testCallOK(c, REMOTE_PROC_CONNECT_LIST_ALL_NETWORKS, &all, &r);
    g_assert_cmpuint(r.nets.len, ==, 1);
    g_assert_cmpuint(r.ret, ==, 1);
    net = r.nets.val;
    g_assert_cmpstr(net->name, ==, "default");
    /* net-list --all asks these per network */
    testCallOK(c, REMOTE_PROC_NETWORK_IS_ACTIVE, net, &active);
    g_assert_cmpint(active.active, ==, 1);
    testCallOK(c, REMOTE_PROC_NETWORK_GET_BRIDGE_NAME, net, &bridge);
    g_assert_cmpstr(bridge.name, ==, "virbr0");
    testFreeRet(REMOTE_PROC_NETWORK_GET_BRIDGE_NAME, &bridge);
    xml.net = *net;
    testCallOK(c, REMOTE_PROC_NETWORK_GET_XML_DESC, &xml, &rxml);
    g_assert_nonnull(strstr(rxml.xml, "<name>default</name>"));
    testFreeRet(REMOTE_PROC_NETWORK_GET_XML_DESC, &rxml);
    testFreeRet(REMOTE_PROC_CONNECT_LIST_ALL_NETWORKS, &r);

    testCallOK(c, REMOTE_PROC_CONNECT_LIST_NETWORKS, &names, &rnames);
    g_assert_cmpuint(rnames.names.len, ==, 1);
    g_assert_cmpstr(((char **)rnames.names.val)[0], ==, "default");
    testFreeRet(REMOTE_PROC_CONNECT_LIST_NETWORKS, &rnames);
    testCallErr(c, REMOTE_PROC_NETWORK_LOOKUP_BY_NAME, &missing, VIR_ERR_NO_NETWORK, VIR_FROM_TEST,
                "Network not found: no network with matching name 'nosuch'");
    testClientFree(c);
}


static void
testStorage(void)
{
    testClient *c = testOpen(td.sock, "test:///default", 6);
    remote_connect_list_all_storage_pools_args all = { 1, 3 };
    remote_connect_list_all_storage_pools_ret pools = { 0 };
    remote_storage_pool_get_info_ret pinfo = { 0 };
    remote_storage_vol_create_xml_args create = { { 0 }, NULL, 0 };
    remote_storage_vol_create_xml_ret vol = { 0 };
    remote_storage_vol_get_info_ret vinfo = { 0 };
    remote_storage_vol_get_path_ret path = { 0 };
    remote_storage_pool_list_all_volumes_args vols = { { 0 }, 0, 0 };
    remote_storage_pool_list_all_volumes_ret rvols = { 0 };
    remote_storage_vol_delete_args del = { { 0 }, 0 };
    remote_storage_vol_upload_args up = { { 0 }, 0, 0, 0 };
    remote_nonnull_storage_pool *pool;

    testCallOK(c, REMOTE_PROC_CONNECT_LIST_ALL_STORAGE_POOLS, &all, &pools);
    g_assert_cmpuint(pools.ret, ==, 1);
    pool = pools.pools.val;
    g_assert_cmpstr(pool->name, ==, "default-pool");
    testCallOK(c, REMOTE_PROC_STORAGE_POOL_GET_INFO, pool, &pinfo);
    g_assert_cmpuint(pinfo.state, ==, VIR_STORAGE_POOL_RUNNING);
    g_assert_cmpuint(pinfo.capacity, >, 0);

    create.pool = *pool;
    create.xml = (char *)"<volume><name>dispatch.img</name><capacity>1048576</capacity></volume>";
    testCallOK(c, REMOTE_PROC_STORAGE_VOL_CREATE_XML, &create, &vol);
    g_assert_cmpstr(vol.vol.pool, ==, "default-pool");
    g_assert_cmpstr(vol.vol.name, ==, "dispatch.img");
    testCallOK(c, REMOTE_PROC_STORAGE_VOL_GET_INFO, &vol.vol, &vinfo);
    g_assert_cmpuint(vinfo.capacity, ==, 1048576);
    testCallOK(c, REMOTE_PROC_STORAGE_VOL_GET_PATH, &vol.vol, &path);
    g_assert_cmpstr(path.name, ==, "/default-pool/dispatch.img");
    testFreeRet(REMOTE_PROC_STORAGE_VOL_GET_PATH, &path);
    vols.pool = *pool;
    testCallOK(c, REMOTE_PROC_STORAGE_POOL_LIST_ALL_VOLUMES, &vols, &rvols);
    g_assert_cmpuint(rvols.vols.len, ==, 0);
    g_assert_cmpuint(rvols.ret, >=, 1);

    /* streams reach the driver, which (test driver) has no upload */
    up.vol = vol.vol;
    testCallErr(c, REMOTE_PROC_STORAGE_VOL_UPLOAD, &up, VIR_ERR_NO_SUPPORT, VIR_FROM_STORAGE,
                "this function is not supported by the connection driver: virStorageVolUpload");

    del.vol = vol.vol;
    testCallOK(c, REMOTE_PROC_STORAGE_VOL_DELETE, &del, NULL);
    testFreeRet(REMOTE_PROC_STORAGE_VOL_CREATE_XML, &vol);
    testFreeRet(REMOTE_PROC_CONNECT_LIST_ALL_STORAGE_POOLS, &pools);
    testClientFree(c);
}


static void
testSecrets(void)
{
    testClient *c = testOpen(td.sock, "test:///default", 6);
    remote_secret_define_xml_args def = {
        (char *)"<secret ephemeral='no' private='no'>"
                "<usage type='volume'><volume>/dispatch/vol</volume></usage></secret>",
        0
    };
    remote_secret_define_xml_ret s = { 0 };
    const char value[] = "a\0b\377c";
    remote_secret_set_value_args set = { { { 0 }, 0, NULL }, { 5, (void *)value }, 0 };
    remote_secret_get_value_args get = { { { 0 }, 0, NULL }, 0 };
    remote_secret_get_value_ret got = { 0 };
    remote_secret_lookup_by_usage_args usage = { VIR_SECRET_USAGE_TYPE_VOLUME,
                                                 (char *)"/dispatch/vol" };
    remote_secret_lookup_by_usage_ret found = { 0 };
    remote_secret_lookup_by_uuid_args byuuid = { { 0 } };

    testCallOK(c, REMOTE_PROC_SECRET_DEFINE_XML, &def, &s);
    g_assert_cmpint(s.secret.usageType, ==, VIR_SECRET_USAGE_TYPE_VOLUME);
    g_assert_cmpstr(s.secret.usageID, ==, "/dispatch/vol");

    /* the value is opaque: NUL and high bytes survive */
    set.secret = s.secret;
    testCallOK(c, REMOTE_PROC_SECRET_SET_VALUE, &set, NULL);
    get.secret = s.secret;
    testCallOK(c, REMOTE_PROC_SECRET_GET_VALUE, &get, &got);
    g_assert_cmpmem(got.value.val, got.value.len, value, 5);
    testFreeRet(REMOTE_PROC_SECRET_GET_VALUE, &got);

    testCallOK(c, REMOTE_PROC_SECRET_LOOKUP_BY_USAGE, &usage, &found);
    g_assert_cmpmem(found.secret.uuid, VIR_UUID_BUFLEN, s.secret.uuid, VIR_UUID_BUFLEN);
    testFreeRet(REMOTE_PROC_SECRET_LOOKUP_BY_USAGE, &found);

    testCallOK(c, REMOTE_PROC_SECRET_UNDEFINE, &s.secret, NULL);
    memcpy(byuuid.uuid, s.secret.uuid, VIR_UUID_BUFLEN);
    {
        g_autoptr(virNetMessage) reply = testCall(c, REMOTE_PROC_SECRET_LOOKUP_BY_UUID, &byuuid);
        remote_error err = { 0 };

        g_assert_cmpint(reply->header.status, ==, VIR_NET_ERROR);
        g_assert_cmpint(virNetMessageDecodePayload(reply, &remote_error_desc, &err), ==, 0);
        g_assert_cmpint(err.code, ==, VIR_ERR_NO_SECRET);
        g_assert_cmpint(err.domain, ==, VIR_FROM_SECRET);
        virXDRFree(&remote_error_desc, &err);
    }
    testFreeRet(REMOTE_PROC_SECRET_DEFINE_XML, &s);
    testClientFree(c);
}


/* ---- events ---- */

static int
testRegister(testClient *c, int proc, int eventID, const void *filter)
{
    /* the four register argument structs are { int eventID; ref *filter; } */
    remote_connect_domain_event_callback_register_any_args a = { eventID, (void *)filter };
    remote_connect_domain_event_callback_register_any_ret r = { -1 };

    testCallOK(c, proc, &a, &r);
    return r.callbackID;
}


/* Expects lifecycle events (318) for the callbackIDs in @ids (any order). */
static void
testExpectLifecycle(testClient *c, const int *ids, size_t nids, int event)
{
    bool seen[8] = { false };
    size_t i;
    size_t k;

    g_assert_cmpuint(nids, <=, G_N_ELEMENTS(seen));
    for (i = 0; i < nids; i++) {
        g_autoptr(virNetMessage) msg = testNextEvent(c, TEST_WAIT_MS);
        remote_domain_event_callback_lifecycle_msg m = { 0 };

        g_assert_nonnull(msg);
        g_assert_cmpuint(msg->header.prog, ==, REMOTE_PROGRAM);
        g_assert_cmpint(msg->header.proc, ==, REMOTE_PROC_DOMAIN_EVENT_CALLBACK_LIFECYCLE);
        g_assert_cmpint(msg->header.status, ==, VIR_NET_OK);
        g_assert_cmpint(virNetMessageDecodePayload(msg, testProc(msg->header.proc)->ret, &m), ==,
                        0);
        g_assert_cmpstr(m.msg.dom.name, ==, "test");
        g_assert_cmpint(m.msg.dom.id, >, 0);
        g_assert_cmpint(m.msg.event, ==, event);
        g_assert_cmpint(m.msg.detail, ==, 0);
        for (k = 0; k < nids && ids[k] != m.callbackID; k++)
            ;
        g_assert_cmpuint(k, <, nids);
        g_assert_false(seen[k]);
        seen[k] = true;
        virXDRFree(testProc(msg->header.proc)->ret, &m);
    }
}


static void
testSuspendResume(testClient *c, const remote_nonnull_domain *dom, bool suspend)
{
    testDomainCall(c, suspend ? REMOTE_PROC_DOMAIN_SUSPEND : REMOTE_PROC_DOMAIN_RESUME, dom);
}


static void
testEvents(void)
{
    testClient *a = testOpen(td.sock, "test:///default", 6);
    testClient *b = testOpen(td.sock, "test:///default", 6);
    remote_nonnull_domain dom = { 0 };
    remote_connect_domain_event_callback_register_any_args bad = { 99, NULL };
    remote_connect_domain_event_callback_deregister_any_args dereg = { 0 };
    int both[2];
    int filtered;
    int reboot;

    testLookup(b, "test", &dom);
    g_assert_cmpint(
        testRegister(a, REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY, 0, NULL), ==, 0);
    testCallErr(a, REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY, &bad,
                VIR_ERR_INTERNAL_ERROR, VIR_FROM_RPC, "internal error: unsupported event ID 99");
    reboot = testRegister(a, REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY, 1, NULL);
    g_assert_cmpint(reboot, ==, 1);
    filtered = testRegister(a, REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY, 0, &dom);
    g_assert_cmpint(filtered, ==, 2);
    both[0] = 0;
    both[1] = filtered;

    /* another client's suspend/resume reaches both lifecycle registrations */
    testSuspendResume(b, &dom, true);
    testExpectLifecycle(a, both, 2, VIR_DOMAIN_EVENT_SUSPENDED);
    testSuspendResume(b, &dom, false);
    testExpectLifecycle(a, both, 2, VIR_DOMAIN_EVENT_RESUMED);

    /* after deregistering 0 only the filtered registration remains */
    testCallOK(a, REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY, &dereg, NULL);
    testCallErr(a, REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY, &dereg,
                VIR_ERR_INTERNAL_ERROR, VIR_FROM_RPC,
                "internal error: domain event 0 not registered");
    testSuspendResume(b, &dom, true);
    testExpectLifecycle(a, &filtered, 1, VIR_DOMAIN_EVENT_SUSPENDED);
    g_assert_null(testNextEvent(a, TEST_QUIET_MS));
    testSuspendResume(b, &dom, false);
    testExpectLifecycle(a, &filtered, 1, VIR_DOMAIN_EVENT_RESUMED);

    /* a client going away drops its registrations; the others go on */
    testClientFree(a);
    testSuspendResume(b, &dom, true);
    testSuspendResume(b, &dom, false);
    testExpectState(b, &dom, VIR_DOMAIN_RUNNING);
    virXDRFree(&remote_nonnull_domain_desc, &dom);
    testClientFree(b);
}


/* @b starts and stops a transient network; @a sees it on registration @net. */
static void
testNetworkEvent(testClient *a, testClient *b, int net)
{
    remote_network_create_xml_args create = { (
        char *)"<network><name>dispatch-net</name></network>" };
    remote_network_create_xml_ret created = { 0 };
    int want[] = { VIR_NETWORK_EVENT_STARTED, VIR_NETWORK_EVENT_STOPPED };
    size_t i;

    testCallOK(b, REMOTE_PROC_NETWORK_CREATE_XML, &create, &created);
    testCallOK(b, REMOTE_PROC_NETWORK_DESTROY, &created.net, NULL);
    for (i = 0; i < G_N_ELEMENTS(want); i++) {
        g_autoptr(virNetMessage) msg = testNextEvent(a, TEST_WAIT_MS);
        remote_network_event_lifecycle_msg m = { 0 };

        g_assert_nonnull(msg);
        g_assert_cmpint(msg->header.proc, ==, REMOTE_PROC_NETWORK_EVENT_LIFECYCLE);
        g_assert_cmpint(
            virNetMessageDecodePayload(msg, &remote_network_event_lifecycle_msg_desc, &m), ==, 0);
        g_assert_cmpint(m.callbackID, ==, net);
        g_assert_cmpstr(m.net.name, ==, "dispatch-net");
        g_assert_cmpmem(m.net.uuid, VIR_UUID_BUFLEN, created.net.uuid, VIR_UUID_BUFLEN);
        g_assert_cmpint(m.event, ==, want[i]);
        virXDRFree(&remote_network_event_lifecycle_msg_desc, &m);
    }
    testFreeRet(REMOTE_PROC_NETWORK_CREATE_XML, &created);
}


/* Network and storage pool events; secret events pass the driver's error on. */
static void
testOtherEvents(void)
{
    testClient *a = testOpen(td.sock, "test:///default", 6);
    testClient *b = testOpen(td.sock, "test:///default", 6);
    remote_connect_list_all_storage_pools_args all = { 1, 0 };
    remote_connect_list_all_storage_pools_ret pools = { 0 };
    remote_storage_pool_refresh_args refresh = { { 0 }, 0 };
    remote_connect_secret_event_register_any_args secret = { 0, NULL };
    remote_connect_network_event_deregister_any_args dereg = { 0 };
    remote_storage_pool_event_refresh_msg m = { 0 };
    g_autoptr(virNetMessage) msg = NULL;
    int net;
    int lifecycle;
    int refreshID;

    net = testRegister(a, REMOTE_PROC_CONNECT_NETWORK_EVENT_REGISTER_ANY, 0, NULL);
    lifecycle = testRegister(a, REMOTE_PROC_CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY, 0, NULL);
    refreshID = testRegister(a, REMOTE_PROC_CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY, 1, NULL);
    g_assert_cmpint(net, ==, 0);
    g_assert_cmpint(lifecycle, ==, 1);
    g_assert_cmpint(refreshID, ==, 2);
    {
        g_autoptr(virNetMessage) reply =
            testCall(a, REMOTE_PROC_CONNECT_SECRET_EVENT_REGISTER_ANY, &secret);
        remote_error err = { 0 };

        g_assert_cmpint(reply->header.status, ==, VIR_NET_ERROR);
        g_assert_cmpint(virNetMessageDecodePayload(reply, &remote_error_desc, &err), ==, 0);
        g_assert_cmpint(err.code, ==, VIR_ERR_NO_SUPPORT);
        virXDRFree(&remote_error_desc, &err);
    }

    testCallOK(b, REMOTE_PROC_CONNECT_LIST_ALL_STORAGE_POOLS, &all, &pools);
    refresh.pool = ((remote_nonnull_storage_pool *)pools.pools.val)[0];
    testCallOK(b, REMOTE_PROC_STORAGE_POOL_REFRESH, &refresh, NULL);
    msg = testNextEvent(a, TEST_WAIT_MS);
    g_assert_nonnull(msg);
    g_assert_cmpint(msg->header.proc, ==, REMOTE_PROC_STORAGE_POOL_EVENT_REFRESH);
    g_assert_cmpint(
        virNetMessageDecodePayload(msg, &remote_storage_pool_event_refresh_msg_desc, &m), ==, 0);
    g_assert_cmpint(m.callbackID, ==, refreshID);
    g_assert_cmpstr(m.pool.name, ==, "default-pool");
    virXDRFree(&remote_storage_pool_event_refresh_msg_desc, &m);
    g_assert_null(testNextEvent(a, TEST_QUIET_MS));

    /* a transient network: started, then stopped */
    testNetworkEvent(a, b, net);

    testCallOK(a, REMOTE_PROC_CONNECT_NETWORK_EVENT_DEREGISTER_ANY, &dereg, NULL);
    testCallErr(a, REMOTE_PROC_CONNECT_NETWORK_EVENT_DEREGISTER_ANY, &dereg, VIR_ERR_INTERNAL_ERROR,
                VIR_FROM_RPC, "internal error: network event 0 not registered");
    testFreeRet(REMOTE_PROC_CONNECT_LIST_ALL_STORAGE_POOLS, &pools);
    testClientFree(a);
    testClientFree(b);
}


/* ---- remote_objects.c ---- */

static void
testObjectsTypedParams(void)
{
    virTypedParameter params[8];
    virTypedParameterPtr back = NULL;
    int nback = 0;
    virXDRArray wire = { 0 };
    virXDRTypedParam *w;
    virXDRTypedParam bad = { (char *)"x", 9, { 0 } };
    virXDRArray badwire = { 1, &bad };
    g_autofree char *longname = g_strnfill(VIR_TYPED_PARAM_FIELD_LENGTH, 'f');
    virXDRTypedParam toolong = { longname, VIR_TYPED_PARAM_INT, { 0 } };
    virXDRArray longwire = { 1, &toolong };
    int i;

    memset(params, 0, sizeof(params));
    for (i = 0; i < 7; i++) {
        g_snprintf(params[i].field, sizeof(params[i].field), "p%d", i + 1);
        params[i].type = i + 1;
    }
    params[0].value.i = -5;
    params[1].value.ui = 7;
    params[2].value.l = -(1LL << 40);
    params[3].value.ul = 1ULL << 63;
    params[4].value.d = 2.5;
    params[5].value.b = 1;
    params[6].value.s = (char *)"str";
    /* params[7] is unset (type 0): skipped, as libvirt does for sparse arrays */
    g_assert_cmpint(remoteTypedParamsToWire(&wire, params, 8), ==, 0);
    g_assert_cmpuint(wire.len, ==, 7);
    w = wire.val;
    g_assert_cmpstr(w[6].field, ==, "p7");
    g_assert_cmpstr(w[6].value.s, ==, "str");

    g_assert_cmpint(remoteTypedParamsFromWire(&wire, 7, &back, &nback), ==, 0);
    g_assert_cmpint(nback, ==, 7);
    g_assert_cmpint(back[0].value.i, ==, -5);
    g_assert_cmpuint(back[1].value.ui, ==, 7);
    g_assert_cmpint(back[2].value.l, ==, -(1LL << 40));
    g_assert_cmpuint(back[3].value.ul, ==, 1ULL << 63);
    g_assert_cmpfloat(back[4].value.d, ==, 2.5);
    g_assert_cmpint(back[5].value.b, ==, 1);
    g_assert_cmpstr(back[6].value.s, ==, "str");
    g_assert_cmpstr(back[6].field, ==, "p7");
    virTypedParamsFree(back, nback);

    /* errors: over the limit, unknown type, a field name too long */
    g_assert_cmpint(remoteTypedParamsFromWire(&wire, 6, &back, &nback), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_RPC);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "too many parameters '7' for limit '6'");
    g_assert_cmpint(remoteTypedParamsFromWire(&badwire, 7, &back, &nback), ==, -1);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "unknown parameter type: 9");
    g_assert_cmpint(remoteTypedParamsFromWire(&longwire, 7, &back, &nback), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
    g_assert_nonnull(strstr(virGetLastErrorMessage(), "too big for destination"));
    virResetLastError();
    virXDRFree(&remote_domain_save_params_args_desc,
               &(remote_domain_save_params_args){ { 0 }, wire, 0 });
}


static void
testObjectsRefs(void)
{
    virConnectPtr conn = virConnectOpen("test:///default");
    virDomainPtr dom = virDomainLookupByName(conn, "test");
    remote_nonnull_domain d = { 0 };
    remote_nonnull_domain_snapshot s = { 0 };
    remote_nonnull_storage_vol v = { (char *)"pool", (char *)"vol", (char *)"/key" };
    virDomainSnapshotPtr snap;
    virStorageVolPtr vol;
    virDomainPtr back;

    g_assert_nonnull(dom);
    remoteDomainToWire(&d, dom);
    g_assert_cmpstr(d.name, ==, "test");
    g_assert_cmpint(d.id, ==, virDomainGetID(dom));
    back = remoteDomainFromWire(conn, &d);
    g_assert_nonnull(back);
    g_assert_cmpstr(back->name, ==, "test");
    g_assert_cmpmem(back->uuid, VIR_UUID_BUFLEN, dom->uuid, VIR_UUID_BUFLEN);
    g_assert_cmpint(back->id, ==, dom->id);

    /* a snapshot carries its domain */
    s.name = (char *)"snap1";
    s.dom = d;
    snap = remoteSnapshotFromWire(conn, &s);
    g_assert_nonnull(snap);
    g_assert_cmpstr(snap->name, ==, "snap1");
    g_assert_cmpstr(snap->domain->name, ==, "test");
    vol = remoteStorageVolFromWire(conn, &v);
    g_assert_cmpstr(vol->pool, ==, "pool");
    g_assert_cmpstr(vol->key, ==, "/key");

    virObjectUnref(vol);
    virObjectUnref(snap);
    virObjectUnref(back);
    virXDRFree(&remote_nonnull_domain_desc, &d);
    virObjectUnref(dom);
    virConnectClose(conn);
}


int
main(int argc, char **argv)
{
    int ret;

    g_test_init(&argc, &argv, NULL);
    /* a wedged daemon must not hang the suite */
    alarm(100);
    testDaemonStart();

    g_test_add_func("/remote/objects/refs", testObjectsRefs);
    g_test_add_func("/remote/objects/typedparams", testObjectsTypedParams);
    g_test_add_func("/remote/dispatch/handshake", testHandshake);
    g_test_add_func("/remote/dispatch/preopen", testPreOpen);
    g_test_add_func("/remote/dispatch/readonly", testReadOnly);
    g_test_add_func("/remote/dispatch/close", testClose);
    g_test_add_func("/remote/dispatch/lookups", testLookups);
    g_test_add_func("/remote/dispatch/listing", testListing);
    g_test_add_func("/remote/dispatch/infobytes", testInfoBytes);
    g_test_add_func("/remote/dispatch/securitylabels", testSecurityLabels);
    g_test_add_func("/remote/dispatch/lifecycle", testLifecycle);
    g_test_add_func("/remote/dispatch/nosupport", testNoSupport);
    g_test_add_func("/remote/dispatch/networks", testNetworks);
    g_test_add_func("/remote/dispatch/storage", testStorage);
    g_test_add_func("/remote/dispatch/secrets", testSecrets);
    g_test_add_func("/remote/dispatch/events", testEvents);
    g_test_add_func("/remote/dispatch/otherevents", testOtherEvents);

    ret = g_test_run();
    testDaemonStop();
    return ret;
}
