/*
 * virnetdevconftest.c: tests for the shared network-device XML pieces
 * (<bandwidth>, <vlan>, <virtualport>, <route>, <port>)
 *
 * The expected texts and error codes are libvirt 9.0's, observed with its
 * test driver in <network> and domain <interface> definitions.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virerror.h"
#include "virnetdevconf.h"

#define VIR_FROM_THIS VIR_FROM_NONE

typedef enum {
    TEST_BANDWIDTH,       /* network context: no floor, no classID */
    TEST_BANDWIDTH_FLOOR, /* interface type='network': floor allowed */
    TEST_BANDWIDTH_CLASS, /* status XML: classID allowed */
    TEST_VLAN,
    TEST_VPORT_NETWORK,   /* <network>: type required */
    TEST_VPORT_PORTGROUP, /* <portgroup>: nothing required */
    TEST_VPORT_DIRECT,    /* <interface type='direct'>: everything required */
    TEST_ROUTE,
    TEST_PORT,
} testKind;

typedef struct {
    const char *name;
    testKind kind;
    const char *xml;
    const char *expected; /* NULL: parsing must fail with @code/@domain */
    int code;
    int domain;
} testCase;

static const testCase cases[] = {
    /* <bandwidth> */
    { "bandwidth/both", TEST_BANDWIDTH,
      "<bandwidth><outbound average='128' peak='256' burst='256'/>"
      "<inbound average='1000' peak='5000' burst='5120'/></bandwidth>",
      "<bandwidth>\n  <inbound average='1000' peak='5000' burst='5120'/>\n"
      "  <outbound average='128' peak='256' burst='256'/>\n</bandwidth>\n",
      0, 0 },
    { "bandwidth/empty", TEST_BANDWIDTH, "<bandwidth/>", "", 0, 0 },
    { "bandwidth/zero-average", TEST_BANDWIDTH,
      "<bandwidth><inbound average='0' peak='5'/></bandwidth>", "<bandwidth>\n</bandwidth>\n", 0,
      0 },
    { "bandwidth/zero-peak-burst", TEST_BANDWIDTH,
      "<bandwidth><inbound average='5' peak='0' burst='0'/></bandwidth>",
      "<bandwidth>\n  <inbound average='5'/>\n</bandwidth>\n", 0, 0 },
    { "bandwidth/big", TEST_BANDWIDTH,
      "<bandwidth><inbound average='18446744073709551615'/></bandwidth>",
      "<bandwidth>\n  <inbound average='18446744073709551615'/>\n</bandwidth>\n", 0, 0 },
    { "bandwidth/floor-order", TEST_BANDWIDTH_FLOOR,
      "<bandwidth><inbound burst='4' floor='3' peak='6' average='5'/></bandwidth>",
      "<bandwidth>\n  <inbound average='5' peak='6' floor='3' burst='4'/>\n</bandwidth>\n", 0, 0 },
    { "bandwidth/floor-only", TEST_BANDWIDTH_FLOOR, "<bandwidth><inbound floor='3'/></bandwidth>",
      "<bandwidth>\n  <inbound floor='3'/>\n</bandwidth>\n", 0, 0 },
    { "bandwidth/class-id", TEST_BANDWIDTH_CLASS,
      "<bandwidth classID='7'><outbound average='1'/></bandwidth>",
      "<bandwidth classID='7'>\n  <outbound average='1'/>\n</bandwidth>\n", 0, 0 },
    { "bandwidth/floor-not-allowed", TEST_BANDWIDTH,
      "<bandwidth><inbound average='5' floor='3'/></bandwidth>", NULL, VIR_ERR_CONFIG_UNSUPPORTED,
      VIR_FROM_NONE },
    { "bandwidth/floor-outbound", TEST_BANDWIDTH_FLOOR,
      "<bandwidth><outbound average='5' floor='3'/></bandwidth>", NULL, VIR_ERR_CONFIG_UNSUPPORTED,
      VIR_FROM_NONE },
    { "bandwidth/no-average", TEST_BANDWIDTH, "<bandwidth><inbound peak='5'/></bandwidth>", NULL,
      VIR_ERR_XML_DETAIL, VIR_FROM_NONE },
    { "bandwidth/two-inbound", TEST_BANDWIDTH,
      "<bandwidth><inbound average='5'/><inbound average='6'/></bandwidth>", NULL,
      VIR_ERR_XML_DETAIL, VIR_FROM_NONE },
    { "bandwidth/bad-number", TEST_BANDWIDTH, "<bandwidth><inbound average='-1'/></bandwidth>",
      NULL, VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_NONE },
    { "bandwidth/class-not-allowed", TEST_BANDWIDTH,
      "<bandwidth classID='3'><outbound average='5'/></bandwidth>", NULL, VIR_ERR_XML_DETAIL,
      VIR_FROM_NONE },

    /* <vlan> */
    { "vlan/one", TEST_VLAN, "<vlan><tag id='42'/></vlan>", "<vlan>\n  <tag id='42'/>\n</vlan>\n",
      0, 0 },
    { "vlan/implicit-trunk", TEST_VLAN, "<vlan><tag id='1'/><tag id='2'/></vlan>",
      "<vlan trunk='yes'>\n  <tag id='1'/>\n  <tag id='2'/>\n</vlan>\n", 0, 0 },
    { "vlan/native", TEST_VLAN,
      "<vlan trunk='yes'><tag id='42' nativeMode='untagged'/><tag id='47'/></vlan>",
      "<vlan trunk='yes'>\n  <tag id='42' nativeMode='untagged'/>\n  <tag id='47'/>\n</vlan>\n", 0,
      0 },
    { "vlan/trunk-no", TEST_VLAN, "<vlan trunk='no'><tag id='1'/></vlan>",
      "<vlan>\n  <tag id='1'/>\n</vlan>\n", 0, 0 },
    { "vlan/trunk-empty", TEST_VLAN, "<vlan trunk=''><tag id='4095'/></vlan>",
      "<vlan>\n  <tag id='4095'/>\n</vlan>\n", 0, 0 },
    { "vlan/no-tag", TEST_VLAN, "<vlan/>", NULL, VIR_ERR_XML_ERROR, VIR_FROM_NONE },
    { "vlan/no-id", TEST_VLAN, "<vlan><tag/></vlan>", NULL, VIR_ERR_XML_ERROR, VIR_FROM_XML },
    { "vlan/too-large", TEST_VLAN, "<vlan><tag id='4096'/></vlan>", NULL, VIR_ERR_XML_ERROR,
      VIR_FROM_NONE },
    { "vlan/two-native", TEST_VLAN,
      "<vlan><tag id='1' nativeMode='untagged'/><tag id='2' nativeMode='tagged'/></vlan>", NULL,
      VIR_ERR_XML_ERROR, VIR_FROM_NONE },
    { "vlan/trunk-no-many", TEST_VLAN, "<vlan trunk='no'><tag id='1'/><tag id='2'/></vlan>", NULL,
      VIR_ERR_XML_ERROR, VIR_FROM_NONE },
    { "vlan/trunk-bad", TEST_VLAN, "<vlan trunk='maybe'><tag id='1'/></vlan>", NULL,
      VIR_ERR_XML_ERROR, VIR_FROM_NONE },
    { "vlan/trunk-no-native", TEST_VLAN,
      "<vlan trunk='no'><tag id='1' nativeMode='tagged'/></vlan>", NULL, VIR_ERR_XML_ERROR,
      VIR_FROM_NONE },
    { "vlan/bad-mode", TEST_VLAN, "<vlan><tag id='1' nativeMode='bad'/></vlan>", NULL,
      VIR_ERR_XML_ERROR, VIR_FROM_XML },

    /* <virtualport> */
    { "vport/qbg", TEST_VPORT_NETWORK,
      "<virtualport type='802.1Qbg'><parameters instanceid='B153FA89-1B87-9719-EC12-99E0054FB844' "
      "typeidversion='2' typeid='1193047' managerid='0x0b'/></virtualport>",
      "<virtualport type='802.1Qbg'>\n  <parameters managerid='11' typeid='1193047' "
      "typeidversion='2' instanceid='b153fa89-1b87-9719-ec12-99e0054fb844'/>\n"
      "</virtualport>\n",
      0, 0 },
    { "vport/qbh-empty-params", TEST_VPORT_NETWORK,
      "<virtualport type='802.1Qbh'><parameters/></virtualport>",
      "<virtualport type='802.1Qbh'/>\n", 0, 0 },
    { "vport/qbh-profile-unescaped", TEST_VPORT_NETWORK,
      "<virtualport type='802.1Qbh'><parameters profileid='a&amp;b'/></virtualport>",
      "<virtualport type='802.1Qbh'>\n  <parameters profileid='a&b'/>\n</virtualport>\n", 0, 0 },
    { "vport/ovs", TEST_VPORT_NETWORK,
      "<virtualport type='openvswitch'><parameters profileid='p' "
      "interfaceid='09b11c538b5c4eeb8f00d84eaa0aaa4f'/></virtualport>",
      "<virtualport type='openvswitch'>\n  <parameters "
      "interfaceid='09b11c53-8b5c-4eeb-8f00-d84eaa0aaa4f' profileid='p'/>\n</virtualport>\n",
      0, 0 },
    { "vport/midonet-no-extras-check", TEST_VPORT_NETWORK,
      "<virtualport type='midonet'><parameters managerid='1' profileid='x'/></virtualport>",
      "<virtualport type='midonet'>\n  <parameters/>\n</virtualport>\n", 0, 0 },
    { "vport/typeless", TEST_VPORT_PORTGROUP,
      "<virtualport><parameters profileid='x' managerid='3' "
      "interfaceid='09b11c53-8b5c-4eeb-8f00-d84eaa0aaa4f'/></virtualport>",
      "<virtualport>\n  <parameters managerid='3' "
      "interfaceid='09b11c53-8b5c-4eeb-8f00-d84eaa0aaa4f' profileid='x'/>\n</virtualport>\n",
      0, 0 },
    { "vport/typeless-empty", TEST_VPORT_PORTGROUP, "<virtualport/>", "", 0, 0 },
    { "vport/qbg-complete", TEST_VPORT_DIRECT,
      "<virtualport type='802.1Qbg'><parameters managerid='1' typeid='2' typeidversion='3' "
      "instanceid='060fbd47-703d-4e03-9e02-667a3d5324f8'/></virtualport>",
      "<virtualport type='802.1Qbg'>\n  <parameters managerid='1' typeid='2' "
      "typeidversion='3' instanceid='060fbd47-703d-4e03-9e02-667a3d5324f8'/>\n"
      "</virtualport>\n",
      0, 0 },
    { "vport/missing-type", TEST_VPORT_NETWORK, "<virtualport/>", NULL, VIR_ERR_XML_ERROR,
      VIR_FROM_NONE },
    { "vport/unknown-type", TEST_VPORT_PORTGROUP, "<virtualport type='none'/>", NULL,
      VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_NONE },
    { "vport/extra", TEST_VPORT_NETWORK,
      "<virtualport type='802.1Qbh'><parameters managerid='1' typeid='2'/></virtualport>", NULL,
      VIR_ERR_XML_ERROR, VIR_FROM_NET },
    { "vport/manager-range", TEST_VPORT_NETWORK,
      "<virtualport type='802.1Qbg'><parameters managerid='256'/></virtualport>", NULL,
      VIR_ERR_XML_ERROR, VIR_FROM_NONE },
    { "vport/typeid-range", TEST_VPORT_NETWORK,
      "<virtualport type='802.1Qbg'><parameters typeid='16777216'/></virtualport>", NULL,
      VIR_ERR_XML_ERROR, VIR_FROM_NONE },
    { "vport/profile-too-long", TEST_VPORT_NETWORK,
      "<virtualport type='openvswitch'><parameters "
      "profileid='0123456789012345678901234567890123456789'/></virtualport>",
      NULL, VIR_ERR_XML_ERROR, VIR_FROM_NONE },
    { "vport/bad-uuid", TEST_VPORT_NETWORK,
      "<virtualport type='openvswitch'><parameters interfaceid='x'/></virtualport>", NULL,
      VIR_ERR_XML_ERROR, VIR_FROM_NONE },
    { "vport/direct-missing-typeid", TEST_VPORT_DIRECT,
      "<virtualport type='802.1Qbg'><parameters managerid='1'/></virtualport>", NULL,
      VIR_ERR_XML_ERROR, VIR_FROM_NET },
    { "vport/direct-missing-profile", TEST_VPORT_DIRECT, "<virtualport type='802.1Qbh'/>", NULL,
      VIR_ERR_XML_ERROR, VIR_FROM_NET },
    { "vport/direct-midonet", TEST_VPORT_DIRECT, "<virtualport type='midonet'/>", NULL,
      VIR_ERR_XML_ERROR, VIR_FROM_NET },

    /* <route> */
    { "route/prefix", TEST_ROUTE,
      "<route address='192.168.222.0' prefix='24' gateway='192.168.122.2' metric='2'/>",
      "<route address='192.168.222.0' prefix='24' gateway='192.168.122.2' metric='2'/>\n", 0, 0 },
    { "route/netmask", TEST_ROUTE,
      "<route family='ipv4' gateway='10.1.2.1' netmask='255.255.0.0' address='10.5.0.0'/>",
      "<route family='ipv4' address='10.5.0.0' netmask='255.255.0.0' gateway='10.1.2.1'/>\n", 0,
      0 },
    { "route/default", TEST_ROUTE, "<route address='0.0.0.0' gateway='10.1.2.1'/>",
      "<route address='0.0.0.0' gateway='10.1.2.1'/>\n", 0, 0 },
    { "route/ipv6", TEST_ROUTE,
      "<route family='ipv6' address='2001:DB9::' prefix='64' gateway='2001:db8::5'/>",
      "<route family='ipv6' address='2001:db9::' prefix='64' gateway='2001:db8::5'/>\n", 0, 0 },
    { "route/no-gateway", TEST_ROUTE, "<route address='10.1.5.0' prefix='24'/>", NULL,
      VIR_ERR_XML_ERROR, VIR_FROM_NETWORK },
    { "route/not-network", TEST_ROUTE, "<route address='10.1.5.1' prefix='24' gateway='10.1.2.1'/>",
      NULL, VIR_ERR_XML_ERROR, VIR_FROM_NETWORK },
    { "route/no-prefix-not-network", TEST_ROUTE, "<route address='10.0.0.0' gateway='10.1.2.1'/>",
      NULL, VIR_ERR_XML_ERROR, VIR_FROM_NETWORK },
    { "route/both", TEST_ROUTE,
      "<route address='10.1.5.0' prefix='24' netmask='255.255.255.0' gateway='10.1.2.1'/>", NULL,
      VIR_ERR_XML_ERROR, VIR_FROM_NETWORK },
    { "route/v6-no-family", TEST_ROUTE,
      "<route address='2001:db9::' prefix='64' gateway='2001:db8::2'/>", NULL, VIR_ERR_XML_ERROR,
      VIR_FROM_NETWORK },
    { "route/v6-netmask", TEST_ROUTE,
      "<route family='ipv6' address='2001:db9::' netmask='255.255.255.0' gateway='2001:db8::2'/>",
      NULL, VIR_ERR_XML_ERROR, VIR_FROM_NETWORK },
    { "route/bad-family", TEST_ROUTE,
      "<route family='ipx' address='10.1.5.0' prefix='24' gateway='10.1.2.1'/>", NULL,
      VIR_ERR_XML_ERROR, VIR_FROM_NETWORK },
    { "route/metric-zero", TEST_ROUTE,
      "<route address='10.1.5.0' prefix='24' gateway='10.1.2.1' metric='0'/>", NULL,
      VIR_ERR_XML_ERROR, VIR_FROM_XML },

    /* <port> */
    { "port/yes", TEST_PORT, "<port isolated='yes'/>", "<port isolated='yes'/>\n", 0, 0 },
    { "port/absent", TEST_PORT, "<port/>", "", 0, 0 },
    { "port/bad", TEST_PORT, "<port isolated='maybe'/>", NULL, VIR_ERR_XML_ERROR, VIR_FROM_XML },
};


/* Parses @tc's element and formats it into @buf; returns -1 on a parse error. */
static int
testParseFormat(const testCase *tc, xmlNodePtr node, virBuffer *buf)
{
    g_autoptr(virNetDevBandwidth) bw = NULL;
    g_autoptr(virNetDevIPRoute) route = NULL;
    g_autofree virNetDevVPortProfile *vport = NULL;
    virNetDevVlan vlan = { 0 };
    virTristateBool isolated;
    unsigned int classID = 0;
    unsigned int vportFlags = 0;

    switch (tc->kind) {
    case TEST_BANDWIDTH:
    case TEST_BANDWIDTH_FLOOR:
    case TEST_BANDWIDTH_CLASS:
        if (virNetDevBandwidthParse(&bw, tc->kind == TEST_BANDWIDTH_CLASS ? &classID : NULL, node,
                                    tc->kind == TEST_BANDWIDTH_FLOOR) < 0)
            return -1;
        virNetDevBandwidthFormat(bw, classID, buf);
        return 0;
    case TEST_VLAN:
        if (virNetDevVlanParse(node, &vlan) < 0)
            return -1;
        virNetDevVlanFormat(&vlan, buf);
        virNetDevVlanClear(&vlan);
        return 0;
    case TEST_VPORT_NETWORK:
        vportFlags = VIR_VPORT_XML_REQUIRE_TYPE;
        break;
    case TEST_VPORT_DIRECT:
        vportFlags = VIR_VPORT_XML_GENERATE_MISSING_DEFAULTS |
                     VIR_VPORT_XML_REQUIRE_ALL_ATTRIBUTES | VIR_VPORT_XML_REQUIRE_TYPE;
        break;
    case TEST_VPORT_PORTGROUP:
        break;
    case TEST_ROUTE:
        if (!(route = virNetDevIPRouteParse("net", node)))
            return -1;
        g_assert_cmpint(virNetDevIPRouteFormat(buf, route), ==, 0);
        return 0;
    case TEST_PORT:
        if (virNetDevPortParse(node, &isolated) < 0)
            return -1;
        virNetDevPortFormat(buf, isolated);
        return 0;
    }

    if (!(vport = virNetDevVPortProfileParse(node, vportFlags)))
        return -1;
    virNetDevVPortProfileFormat(vport, buf);
    return 0;
}


static void
testOne(const void *opaque)
{
    const testCase *tc = opaque;
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;
    g_autofree char *out = NULL;
    int rc;

    doc = virXMLParseStringCtxt(tc->xml, NULL, NULL, &ctxt);
    g_assert_nonnull(doc);

    virResetLastError();
    rc = testParseFormat(tc, ctxt->node, &buf);
    if (!tc->expected) {
        g_assert_cmpint(rc, ==, -1);
        g_assert_nonnull(virGetLastError());
        if (virGetLastError()->code != tc->code || virGetLastError()->domain != tc->domain)
            g_test_message("%s: %s", tc->name, virGetLastErrorMessage());
        g_assert_cmpint(virGetLastError()->code, ==, tc->code);
        g_assert_cmpint(virGetLastError()->domain, ==, tc->domain);
        return;
    }

    if (rc < 0)
        g_test_message("%s: %s", tc->name, virGetLastErrorMessage());
    g_assert_cmpint(rc, ==, 0);
    out = virBufferContentAndReset(&buf);
    g_assert_cmpstr(out ? out : "", ==, tc->expected);
}


/* Generated ids for interfaces (libvirt's GENERATE_MISSING_DEFAULTS). */
static void
testVPortGenerate(void)
{
    unsigned int flags = VIR_VPORT_XML_GENERATE_MISSING_DEFAULTS;
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autofree virNetDevVPortProfile *ovs = NULL;
    g_autofree virNetDevVPortProfile *none = NULL;
    g_autofree virNetDevVPortProfile *again = NULL;

    doc = virXMLParseStringCtxt("<v><virtualport type='openvswitch'/><virtualport/></v>", NULL,
                                NULL, &ctxt);
    g_assert_nonnull(doc);

    ovs = virNetDevVPortProfileParse(virXPathNode("./virtualport[1]", ctxt), flags);
    g_assert_nonnull(ovs);
    g_assert_true(ovs->interfaceID_specified);
    g_assert_false(ovs->instanceID_specified);

    none = virNetDevVPortProfileParse(virXPathNode("./virtualport[2]", ctxt), flags);
    g_assert_nonnull(none);
    g_assert_true(none->interfaceID_specified);
    g_assert_true(none->instanceID_specified);

    /* an openvswitch port without interfaceid is complete only if one
     * will be generated */
    again = virNetDevVPortProfileParse(virXPathNode("./virtualport[1]", ctxt), 0);
    g_assert_nonnull(again);
    g_assert_cmpint(virNetDevVPortProfileCheckComplete(again, true), ==, 0);
    g_assert_cmpint(virNetDevVPortProfileCheckComplete(again, false), ==, -1);

    g_assert_true(virNetDevVPortProfileEqual(NULL, NULL));
    g_assert_false(virNetDevVPortProfileEqual(ovs, NULL));
    g_assert_true(virNetDevVPortProfileEqual(ovs, ovs));
    g_assert_false(virNetDevVPortProfileEqual(ovs, again));
}


static void
testBandwidthCopy(void)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autoptr(virNetDevBandwidth) bw = NULL;
    g_autoptr(virNetDevBandwidth) copy = NULL;

    doc = virXMLParseStringCtxt("<bandwidth><inbound average='5' floor='2'/></bandwidth>", NULL,
                                NULL, &ctxt);
    g_assert_nonnull(doc);
    g_assert_cmpint(virNetDevBandwidthParse(&bw, NULL, ctxt->node, true), ==, 0);

    copy = virNetDevBandwidthCopy(bw);
    g_assert_nonnull(copy);
    g_assert_true(copy->in != bw->in);
    g_assert_cmpuint(copy->in->average, ==, 5);
    g_assert_cmpuint(copy->in->floor, ==, 2);
    g_assert_null(copy->out);
    g_assert_null(virNetDevBandwidthCopy(NULL));
}


static void
testRoutePrefix(void)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autoptr(virNetDevIPRoute) r1 = NULL;
    g_autoptr(virNetDevIPRoute) r2 = NULL;

    doc = virXMLParseStringCtxt("<r><route address='10.5.0.0' netmask='255.255.0.0' "
                                "gateway='10.1.2.1'/><route family='ipv6' address='::' "
                                "gateway='fe80::1'/></r>",
                                NULL, NULL, &ctxt);
    g_assert_nonnull(doc);
    r1 = virNetDevIPRouteParse("net", virXPathNode("./route[1]", ctxt));
    r2 = virNetDevIPRouteParse("net", virXPathNode("./route[2]", ctxt));
    g_assert_nonnull(r1);
    g_assert_nonnull(r2);
    g_assert_cmpint(virNetDevIPRouteGetPrefix(r1), ==, 16);
    g_assert_cmpint(virNetDevIPRouteGetPrefix(r2), ==, 0);
}


int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);

    for (i = 0; i < G_N_ELEMENTS(cases); i++) {
        g_autofree char *path = g_strdup_printf("/conf/netdev/%s", cases[i].name);

        g_test_add_data_func(path, &cases[i], testOne);
    }
    g_test_add_func("/conf/netdev/vport/generate", testVPortGenerate);
    g_test_add_func("/conf/netdev/bandwidth/copy", testBandwidthCopy);
    g_test_add_func("/conf/netdev/route/get-prefix", testRoutePrefix);

    return g_test_run();
}
