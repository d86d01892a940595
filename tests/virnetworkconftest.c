/*
 * virnetworkconftest.c: tests for the network XML model
 *
 * Valid cases parse tests/virnetworkconfdata/NAME.xml and format it; the
 * result must equal NAME-out.xml, which was produced once by libvirt 9.0's
 * test driver (networkDefineXML + XMLDesc). Invalid cases must fail with
 * the error code and domain libvirt 9.0 gives for the same input.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virerror.h"
#include "virnetworkconf.h"
#include "virnetworkipconf.h"

/* Inputs whose libvirt output does not parse back to itself. */
typedef struct {
    const char *name;
    bool roundTrip; /* formatting the output again gives the same text */
} testValidCase;

static const testValidCase validCases[] = {
    { "isolated-minimal", true },
    { "isolated-bridge-full", true },
    { "nat-basic", true },
    { "nat-dev", true },
    { "nat-no-mode", true },
    { "nat-address-port", true },
    { "nat-ipv6-no", true },
    { "route-ipv6-dhcp", true },
    { "open-mode", true },
    { "bridge-ovs", true },
    { "bridge-macvtap", true },
    { "private-8021qbh", true },
    { "vepa-8021qbg", true },
    { "passthrough-pf", true },
    { "passthrough-pf-ifs", true },
    { "hostdev-pci", true },
    { "hostdev-pf", true },
    { "dns-full", true },
    { "dns-disabled", true },
    { "lease-times", true },
    { "local-ptr", true },
    { "tftp-bootp", true },
    { "routes-ipv4", true },
    { "routes-ipv6", true },
    { "multi-ip", true },
    { "ipv6-nogw", true },
    { "bandwidth-network", true },
    /* an empty <bandwidth> element is dropped when read back */
    { "bandwidth-zero", false },
    { "metadata", true },
    { "metadata-sanitize", true },
    { "mac-forms", true },
    { "addr-normalize", true },
    { "escapes", true },
    { "portgroup-typeless-vport", true },
    { "midonet", true },
    { "duplicates-first-wins", true },
    { "empty-elements", true },
    { "class-prefix-range", true },
    { "nat-full", true },
    { "dnsmasq-options", true },
};

typedef struct {
    const char *name;
    int code;
    int domain;
} testInvalidCase;

static const testInvalidCase invalidCases[] = {
    { "bad-bandwidth-floor", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_NONE },
    { "bad-bridge-name-hostdev", VIR_ERR_XML_ERROR, VIR_FROM_NETWORK },
    { "bad-bridge-stp-in-bridge-mode", VIR_ERR_XML_ERROR, VIR_FROM_NETWORK },
    { "bad-dhcp-range-broadcast", VIR_ERR_INTERNAL_ERROR, VIR_FROM_NONE },
    { "bad-dhcp-range-outside", VIR_ERR_INTERNAL_ERROR, VIR_FROM_NONE },
    { "bad-dhcp-range-reversed", VIR_ERR_INTERNAL_ERROR, VIR_FROM_NONE },
    { "bad-dns-disabled-extra", VIR_ERR_XML_ERROR, VIR_FROM_NETWORK },
    { "bad-dns-txt-space", VIR_ERR_XML_DETAIL, VIR_FROM_NETWORK },
    { "bad-forward-dev-mismatch", VIR_ERR_XML_ERROR, VIR_FROM_NETWORK },
    { "bad-forward-mode", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_NETWORK },
    { "bad-host-ipv6-mac", VIR_ERR_XML_ERROR, VIR_FROM_NETWORK },
    { "bad-ip-address", VIR_ERR_XML_ERROR, VIR_FROM_NETWORK },
    { "bad-ipv4-prefix", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_NETWORK },
    { "bad-ipv6-attr", VIR_ERR_XML_ERROR, VIR_FROM_NETWORK },
    { "bad-ipv6-no-family", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_NETWORK },
    { "bad-lease-too-short", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_NETWORK },
    { "bad-mac-multicast", VIR_ERR_XML_ERROR, VIR_FROM_NETWORK },
    { "bad-mtu-private", VIR_ERR_XML_ERROR, VIR_FROM_NETWORK },
    { "bad-multiple-forward-ifs", VIR_ERR_XML_ERROR, VIR_FROM_NETWORK },
    { "bad-name-slash", VIR_ERR_XML_DETAIL, VIR_FROM_XML },
    { "bad-nat-no-ip", VIR_ERR_XML_ERROR, VIR_FROM_NETWORK },
    { "bad-no-name", VIR_ERR_NO_NAME, VIR_FROM_NETWORK },
    { "bad-open-with-dev", VIR_ERR_XML_ERROR, VIR_FROM_NETWORK },
    { "bad-pci-slot", VIR_ERR_XML_ERROR, VIR_FROM_NONE },
    { "bad-portgroup-no-name", VIR_ERR_XML_ERROR, VIR_FROM_NETWORK },
    { "bad-prefix-and-netmask", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_NETWORK },
    { "bad-root", VIR_ERR_XML_ERROR, VIR_FROM_XML },
    { "bad-route-unreachable", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_NETWORK },
    { "bad-srv-port-no-target", VIR_ERR_XML_DETAIL, VIR_FROM_NETWORK },
    { "bad-uuid", VIR_ERR_INTERNAL_ERROR, VIR_FROM_NETWORK },
    { "bad-virtualport-extra", VIR_ERR_XML_ERROR, VIR_FROM_NET },
    { "bad-virtualport-type", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_NONE },
    { "bad-vlan-tag-too-large", VIR_ERR_XML_ERROR, VIR_FROM_NONE },
    { "malformed", VIR_ERR_XML_DETAIL, VIR_FROM_NETWORK },
};


static char *
testDataPath(const char *name, const char *suffix)
{
    const char *srcdir = g_getenv("abs_srcdir");

    if (!srcdir)
        srcdir = MODVIRT_SOURCE_ROOT "/tests";
    return g_strdup_printf("%s/virnetworkconfdata/%s%s", srcdir, name, suffix);
}


static char *
testLoad(const char *name, const char *suffix)
{
    g_autofree char *path = testDataPath(name, suffix);
    g_autoptr(GError) err = NULL;
    char *content = NULL;

    if (!g_file_get_contents(path, &content, NULL, &err))
        g_error("cannot read %s: %s", path, err->message);
    return content;
}


/* Fails the test, showing both texts, when they differ. */
static void
testAssertSameText(const char *name, const char *expected, const char *actual)
{
    if (g_str_equal(expected, actual))
        return;
    g_test_message("%s: expected:\n%s", name, expected);
    g_test_message("%s: actual:\n%s", name, actual);
    g_test_fail();
}


/* Parses @xml with @parseFlags and returns the formatted text. */
static char *
testConvert(const char *xml, unsigned int parseFlags, unsigned int formatFlags)
{
    g_autoptr(virNetworkDef) def = NULL;
    char *out;

    virResetLastError();
    if (!(def = virNetworkDefParseString(xml, parseFlags))) {
        g_test_message("parse failed: %s", virGetLastErrorMessage());
        return NULL;
    }
    if (!(out = virNetworkDefFormat(def, formatFlags)))
        g_test_message("format failed: %s", virGetLastErrorMessage());
    return out;
}


static void
testValid(const void *opaque)
{
    const testValidCase *tc = opaque;
    g_autofree char *input = testLoad(tc->name, ".xml");
    g_autofree char *expected = testLoad(tc->name, "-out.xml");
    g_autofree char *actual = testConvert(input, 0, 0);
    g_autofree char *again = NULL;

    g_assert_nonnull(actual);
    testAssertSameText(tc->name, expected, actual);

    if (tc->roundTrip) {
        again = testConvert(actual, 0, 0);
        g_assert_nonnull(again);
        testAssertSameText(tc->name, actual, again);
    }
}


static void
testInvalid(const void *opaque)
{
    const testInvalidCase *tc = opaque;
    g_autofree char *input = testLoad(tc->name, ".xml");
    g_autoptr(virNetworkDef) def = NULL;
    virErrorPtr err;

    virResetLastError();
    def = virNetworkDefParseString(input, 0);
    g_assert_null(def);
    err = virGetLastError();
    g_assert_nonnull(err);
    if (err->code != tc->code || err->domain != tc->domain)
        g_test_message("%s: got code %d domain %d: %s", tc->name, err->code, err->domain,
                       err->message);
    g_assert_cmpint(err->code, ==, tc->code);
    g_assert_cmpint(err->domain, ==, tc->domain);
}


/* The persistent config shows a <pf> instead of the devices (libvirt's
 * networkxml2xml test formats with VIR_NETWORK_XML_INACTIVE). */
static void
testInactivePf(void)
{
    g_autofree char *input = testLoad("passthrough-pf-ifs", ".xml");
    g_autofree char *expected = testLoad("passthrough-pf-ifs-inactive", "-out.xml");
    g_autofree char *actual = testConvert(input, 0, VIR_NETWORK_DEF_FORMAT_INACTIVE);

    g_assert_nonnull(actual);
    testAssertSameText("passthrough-pf-ifs-inactive", expected, actual);
}


/* The network driver reads the dnsmasq:options namespace; the test driver
 * (and so the default) does not. */
static void
testDnsmasqNamespace(void)
{
    g_autofree char *input = testLoad("dnsmasq-options", ".xml");
    g_autofree char *expected = testLoad("dnsmasq-options-ns", "-out.xml");
    g_autofree char *actual = testConvert(input, VIR_NETWORK_DEF_PARSE_DNSMASQ_NS, 0);
    g_autoptr(virNetworkDef) def = NULL;

    g_assert_nonnull(actual);
    testAssertSameText("dnsmasq-options-ns", expected, actual);

    def = virNetworkDefParseString(actual, VIR_NETWORK_DEF_PARSE_DNSMASQ_NS);
    g_assert_nonnull(def);
    g_assert_nonnull(def->dnsmasq);
    g_assert_cmpuint(def->dnsmasq->noptions, ==, 2);
    g_assert_cmpstr(def->dnsmasq->options[0], ==, "foo=bar");
}


static void
testGeneratedUUID(void)
{
    static const unsigned char zero[VIR_UUID_BUFLEN] = { 0 };
    g_autoptr(virNetworkDef) a = virNetworkDefParseString("<network><name>n</name></network>", 0);
    g_autoptr(virNetworkDef) b = virNetworkDefParseString("<network><name>n</name></network>", 0);

    g_assert_nonnull(a);
    g_assert_nonnull(b);
    g_assert_false(a->uuid_specified);
    g_assert_true(memcmp(a->uuid, zero, VIR_UUID_BUFLEN) != 0);
    g_assert_true(memcmp(a->uuid, b->uuid, VIR_UUID_BUFLEN) != 0);
}


static void
testAccessors(void)
{
    g_autofree char *input = testLoad("multi-ip", ".xml");
    g_autoptr(virNetworkDef) def = virNetworkDefParseString(input, 0);
    g_autoptr(virNetworkDef) pgs = NULL;
    g_autofree char *pgInput = testLoad("private-8021qbh", ".xml");
    const virNetworkIPDef *ip;

    g_assert_nonnull(def);
    g_assert_cmpint(def->forward.type, ==, VIR_NETWORK_FORWARD_NAT);
    g_assert_cmpuint(def->nips, ==, 5);

    ip = virNetworkDefGetIPByIndex(def, AF_INET6, 1);
    g_assert_nonnull(ip);
    g_assert_cmpint(virNetworkIPDefPrefix(ip), ==, 64);
    ip = virNetworkDefGetIPByIndex(def, AF_INET, 2);
    g_assert_nonnull(ip);
    /* 10.24.10.1 without prefix or netmask: class A */
    g_assert_cmpint(virNetworkIPDefPrefix(ip), ==, 8);
    g_assert_null(virNetworkDefGetIPByIndex(def, AF_INET, 3));
    g_assert_nonnull(virNetworkDefGetIPByIndex(def, AF_UNSPEC, 4));

    pgs = virNetworkDefParseString(pgInput, 0);
    g_assert_nonnull(pgs);
    g_assert_cmpstr(virPortGroupFindByName(pgs, NULL)->name, ==, "engineering");
    g_assert_cmpstr(virPortGroupFindByName(pgs, "sales")->name, ==, "sales");
    g_assert_null(virPortGroupFindByName(pgs, "nosuch"));
}


/* virNetworkDefValidate() on a definition changed after parsing. */
static void
testValidate(void)
{
    g_autofree char *input = testLoad("nat-basic", ".xml");
    g_autoptr(virNetworkDef) def = virNetworkDefParseString(input, 0);

    g_assert_nonnull(def);
    g_assert_cmpint(virNetworkDefValidate(def), ==, 0);

    def->forward.type = VIR_NETWORK_FORWARD_PRIVATE;
    virResetLastError();
    g_assert_cmpint(virNetworkDefValidate(def), ==, -1);
    g_assert_cmpint(virGetLastError()->code, ==, VIR_ERR_XML_ERROR);
    g_assert_nonnull(strstr(virGetLastErrorMessage(), "bridge name not allowed in private mode"));
}


static void
testParseFile(void)
{
    g_autofree char *path = testDataPath("nat-dev", ".xml");
    g_autofree char *missing = testDataPath("does-not-exist", ".xml");
    g_autoptr(virNetworkDef) def = virNetworkDefParseFile(path, 0);

    g_assert_nonnull(def);
    g_assert_cmpstr(def->name, ==, "confdiff-nat-dev");
    g_assert_cmpuint(def->forward.nifs, ==, 1);
    g_assert_cmpstr(def->forward.ifs[0].device.dev, ==, "eth1");

    virResetLastError();
    g_assert_null(virNetworkDefParseFile(missing, 0));
    g_assert_nonnull(virGetLastError());
}


int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);

    for (i = 0; i < G_N_ELEMENTS(validCases); i++) {
        g_autofree char *path = g_strdup_printf("/conf/network/valid/%s", validCases[i].name);

        g_test_add_data_func(path, &validCases[i], testValid);
    }
    for (i = 0; i < G_N_ELEMENTS(invalidCases); i++) {
        g_autofree char *path = g_strdup_printf("/conf/network/invalid/%s", invalidCases[i].name);

        g_test_add_data_func(path, &invalidCases[i], testInvalid);
    }
    g_test_add_func("/conf/network/inactive-pf", testInactivePf);
    g_test_add_func("/conf/network/dnsmasq-namespace", testDnsmasqNamespace);
    g_test_add_func("/conf/network/generated-uuid", testGeneratedUUID);
    g_test_add_func("/conf/network/accessors", testAccessors);
    g_test_add_func("/conf/network/validate", testValidate);
    g_test_add_func("/conf/network/parse-file", testParseFile);

    return g_test_run();
}
