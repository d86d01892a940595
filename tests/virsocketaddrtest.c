/*
 * virsocketaddrtest.c: tests for the IP address module
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virerror.h"
#include "virsocketaddr.h"

typedef struct {
    const char *name;
    const char *input;
    int family;            /* family asked for */
    const char *formatted; /* NULL: invalid */
} testParseCase;

static const testParseCase parseCases[] = {
    { "ipv4", "192.168.122.1", AF_UNSPEC, "192.168.122.1" },
    { "ipv4-octal", "010.1.1.1", AF_UNSPEC, "8.1.1.1" },
    { "ipv4-short", "10.1", AF_UNSPEC, "10.0.0.1" },
    { "ipv4-hex", "0x0a.1.2.3", AF_INET, "10.1.2.3" },
    { "ipv6", "2001:db8::1", AF_UNSPEC, "2001:db8::1" },
    { "ipv6-upper", "2001:DB8:0:0::1", AF_INET6, "2001:db8::1" },
    { "ipv6-mapped", "::ffff:10.1.2.3", AF_INET6, "::ffff:10.1.2.3" },
    { "ipv6-any", "::", AF_UNSPEC, "::" },
    { "leading-space", " 10.1.2.3", AF_UNSPEC, NULL },
    { "name", "example.com", AF_UNSPEC, NULL },
    { "garbage", "1.2.3.x", AF_UNSPEC, NULL },
    { "empty", "", AF_UNSPEC, NULL },
    { "v6-as-v4", "2001:db8::1", AF_INET, NULL },
    { "v4-as-v6", "10.1.2.3", AF_INET6, NULL },
};


static void
testParse(const void *opaque)
{
    const testParseCase *tc = opaque;
    virSocketAddr addr;
    g_autofree char *str = NULL;

    virResetLastError();
    if (!tc->formatted) {
        g_assert_cmpint(virSocketAddrParse(&addr, tc->input, tc->family), ==, -1);
        g_assert_nonnull(virGetLastError());
        g_assert_cmpint(virGetLastError()->code, ==, VIR_ERR_SYSTEM_ERROR);
        g_assert_true(g_str_has_prefix(virGetLastError()->message, "Cannot parse socket address"));

        virResetLastError();
        g_assert_cmpint(virSocketAddrParseQuiet(&addr, tc->input, tc->family), ==, -1);
        g_assert_null(virGetLastError());
        if (tc->family == AF_UNSPEC)
            g_assert_cmpint(virSocketAddrNumericFamily(tc->input), ==, -1);
        return;
    }

    g_assert_cmpint(virSocketAddrParse(&addr, tc->input, tc->family), >, 0);
    str = virSocketAddrFormat(&addr);
    g_assert_cmpstr(str, ==, tc->formatted);
}


static void
testFamily(void)
{
    g_assert_cmpint(virSocketAddrNumericFamily("10.0.0.1"), ==, AF_INET);
    g_assert_cmpint(virSocketAddrNumericFamily("fe80::1"), ==, AF_INET6);
    g_assert_cmpint(virSocketAddrNumericFamily("host"), ==, -1);
    g_assert_cmpint(virSocketAddrNumericFamily(NULL), ==, -1);
}


static void
testFormatUnset(void)
{
    virSocketAddr addr = { 0 };

    virResetLastError();
    g_assert_null(virSocketAddrFormat(&addr));
    g_assert_cmpint(virGetLastError()->code, ==, VIR_ERR_INTERNAL_ERROR);
}


typedef struct {
    const char *netmask;
    int bits;
} testNetmaskCase;

static const testNetmaskCase netmaskCases[] = {
    { "255.255.255.0", 24 },         { "255.255.255.255", 32 }, { "0.0.0.0", 0 },
    { "255.255.254.0", 23 },         { "255.0.255.0", -1 },     { "255.255.255.1", -1 },
    { "ffff:ffff:ffff:ffff::", 64 }, { "ffff:fff0::", 28 },     { "ffff:0:ffff::", -1 },
};


static void
testNetmask(void)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(netmaskCases); i++) {
        virSocketAddr mask;

        g_assert_cmpint(virSocketAddrParse(&mask, netmaskCases[i].netmask, AF_UNSPEC), >, 0);
        g_assert_cmpint(virSocketAddrGetNumNetmaskBits(&mask), ==, netmaskCases[i].bits);
        g_assert_cmpint(virSocketAddrIsNetmask(&mask), ==, netmaskCases[i].bits >= 0);

        if (netmaskCases[i].bits >= 0) {
            virSocketAddr back;
            g_autofree char *str = NULL;

            g_assert_cmpint(virSocketAddrPrefixToNetmask(netmaskCases[i].bits, &back,
                                                         VIR_SOCKET_ADDR_FAMILY(&mask)),
                            ==, 0);
            str = virSocketAddrFormat(&back);
            g_assert_cmpstr(str, ==, netmaskCases[i].netmask);
        }
    }
}


static void
testPrefixToNetmaskBad(void)
{
    virSocketAddr mask;

    g_assert_cmpint(virSocketAddrPrefixToNetmask(33, &mask, AF_INET), ==, -1);
    g_assert_cmpint(virSocketAddrPrefixToNetmask(129, &mask, AF_INET6), ==, -1);
    g_assert_cmpint(virSocketAddrPrefixToNetmask(8, &mask, AF_UNIX), ==, -1);
    g_assert_cmpint(virSocketAddrPrefixToNetmask(128, &mask, AF_INET6), ==, 0);
}


static char *
testMaskStr(const char *addrStr, unsigned int prefix, bool broadcast)
{
    virSocketAddr addr;
    virSocketAddr out;
    int rc;

    g_assert_cmpint(virSocketAddrParse(&addr, addrStr, AF_UNSPEC), >, 0);
    if (broadcast)
        rc = virSocketAddrBroadcastByPrefix(&addr, prefix, &out);
    else
        rc = virSocketAddrMaskByPrefix(&addr, prefix, &out);
    if (rc < 0)
        return NULL;
    return virSocketAddrFormat(&out);
}


static void
testMask(void)
{
    g_autofree char *a = testMaskStr("192.168.122.77", 24, false);
    g_autofree char *b = testMaskStr("192.168.122.77", 24, true);
    g_autofree char *c = testMaskStr("10.1.2.3", 8, true);
    g_autofree char *d = testMaskStr("2001:db8:1:2:3::9", 48, false);
    g_autofree char *e = testMaskStr("10.1.2.3", 33, false);
    g_autofree char *f = testMaskStr("10.1.2.3", 0, false);

    g_assert_cmpstr(a, ==, "192.168.122.0");
    g_assert_cmpstr(b, ==, "192.168.122.255");
    g_assert_cmpstr(c, ==, "10.255.255.255");
    g_assert_cmpstr(d, ==, "2001:db8:1::");
    g_assert_null(e);
    g_assert_cmpstr(f, ==, "0.0.0.0");
}


static void
testCheckNetmask(void)
{
    virSocketAddr a;
    virSocketAddr b;
    virSocketAddr c;
    virSocketAddr mask;
    virSocketAddr mask6;

    g_assert_cmpint(virSocketAddrParse(&a, "10.1.2.3", AF_UNSPEC), >, 0);
    g_assert_cmpint(virSocketAddrParse(&b, "10.1.2.200", AF_UNSPEC), >, 0);
    g_assert_cmpint(virSocketAddrParse(&c, "10.1.3.1", AF_UNSPEC), >, 0);
    g_assert_cmpint(virSocketAddrPrefixToNetmask(24, &mask, AF_INET), ==, 0);
    g_assert_cmpint(virSocketAddrPrefixToNetmask(64, &mask6, AF_INET6), ==, 0);

    g_assert_cmpint(virSocketAddrCheckNetmask(&a, &b, &mask), ==, 1);
    g_assert_cmpint(virSocketAddrCheckNetmask(&a, &c, &mask), ==, 0);
    g_assert_cmpint(virSocketAddrCheckNetmask(&a, &b, &mask6), ==, -1);
}


typedef struct {
    const char *address;
    const char *netmask; /* or NULL */
    int prefix;
    int expect;
} testPrefixCase;

static const testPrefixCase prefixCases[] = {
    { "10.1.2.3", NULL, 0, 8 },
    { "172.16.3.4", NULL, 0, 16 },
    { "192.168.3.4", NULL, 0, 24 },
    { "230.2.3.4", NULL, 0, -1 },
    { "0.0.0.0", NULL, 0, 0 },
    { "10.1.2.3", NULL, 20, 20 },
    { "10.1.2.3", "255.255.0.0", 0, 16 },
    { "10.1.2.3", "255.0.255.0", 0, -1 },
    { "2001:db8::1", NULL, 0, 64 },
    { "::", NULL, 0, 0 },
    { "2001:db8::1", NULL, 48, 48 },
};


static void
testGetIPPrefix(void)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(prefixCases); i++) {
        virSocketAddr addr;
        virSocketAddr mask = { 0 };

        g_assert_cmpint(virSocketAddrParse(&addr, prefixCases[i].address, AF_UNSPEC), >, 0);
        if (prefixCases[i].netmask)
            g_assert_cmpint(virSocketAddrParse(&mask, prefixCases[i].netmask, AF_UNSPEC), >, 0);
        g_assert_cmpint(virSocketAddrGetIPPrefix(&addr, &mask, prefixCases[i].prefix), ==,
                        prefixCases[i].expect);
    }
    g_assert_cmpint(virSocketAddrGetIPPrefix(NULL, NULL, 0), ==, -1);
}


typedef struct {
    const char *name;
    const char *start;
    const char *end;
    const char *network; /* or NULL */
    int prefix;
    int size;            /* -1: error expected */
    const char *message; /* expected error message */
} testRangeCase;

static const testRangeCase rangeCases[] = {
    { "v4-simple", "192.168.122.2", "192.168.122.254", "192.168.122.1", 24, 253, NULL },
    { "v4-one", "10.1.2.9", "10.1.2.9", "10.1.2.3", 24, 1, NULL },
    { "v4-max", "10.1.0.0", "10.1.255.255", "10.1.2.3", 8, 65536, NULL },
    { "v4-no-network", "1.2.3.4", "1.2.4.4", NULL, 0, 257, NULL },
    { "v4-outside", "1.2.4.5", "1.2.4.6", "1.2.3.4", 24, -1,
      "internal error: range 1.2.4.5 - 1.2.4.6 is not entirely within network 1.2.3.4/24" },
    { "v4-reversed", "1.2.3.9", "1.2.3.6", "1.2.3.4", 24, -1,
      "internal error: range 1.2.3.9 - 1.2.3.6 is reversed " },
    { "v4-network-address", "10.1.2.0", "10.1.2.255", "10.1.2.3", 24, -1,
      "internal error: start of range 10.1.2.0 - 10.1.2.255 in network 10.1.2.3/24 "
      "is the network address" },
    { "v4-broadcast", "10.1.2.4", "10.1.2.255", "10.1.2.3", 24, -1,
      "internal error: end of range 10.1.2.4 - 10.1.2.255 in network 10.1.2.3/24 "
      "is the broadcast address" },
    { "v4-too-large", "10.1.255.250", "10.2.0.5", "10.1.2.3", 8, -1,
      "internal error: range 10.1.255.250 - 10.2.0.5 is too large (> 65535)" },
    { "v4-bad-prefix", "240.1.2.4", "240.1.3.254", "240.1.2.3", -1, -1,
      "internal error: bad prefix -1 for network 240.1.2.3 when  checking range "
      "240.1.2.4 - 240.1.3.254" },
    { "family-mismatch", "10.1.2.4", "2001:db8::1", "10.1.2.3", 24, -1,
      "internal error: mismatch of address family in range 10.1.2.4 - 2001:db8::1" },
    { "network-family-mismatch", "2001:db8::1", "2001:db8::2", "10.1.2.3", 24, -1,
      "internal error: mismatch of address family in range 2001:db8::1 - 2001:db8::2 "
      "for network 10.1.2.3" },
    { "v6-simple", "2001:db8::10", "2001:db8::20", "2001:db8::1", 64, 17, NULL },
    { "v6-network-address-ok", "2001:db8::", "2001:db8::1", "2001:db8::1", 64, 2, NULL },
    { "v6-reversed", "2001:db8::1:10", "2001:db8::1:0", "2001:db8::1", 64, -1,
      "internal error: range 2001:db8::1:10 - 2001:db8::1:0 start larger than end" },
    { "v6-too-large", "2001:db8::ffff", "2001:db8::1:0", "2001:db8::1", 64, -1,
      "internal error: range 2001:db8::ffff - 2001:db8::1:0 is too large (> 65535)" },
    { "v6-outside", "2001:db8::10", "2001:db8:0:1::", "2001:db8::1", 64, -1,
      "internal error: range 2001:db8::10 - 2001:db8:0:1:: is not entirely within "
      "network 2001:db8::1/64" },
};


static void
testRange(const void *opaque)
{
    const testRangeCase *tc = opaque;
    virSocketAddr start;
    virSocketAddr end;
    virSocketAddr net;
    int rc;

    g_assert_cmpint(virSocketAddrParse(&start, tc->start, AF_UNSPEC), >, 0);
    g_assert_cmpint(virSocketAddrParse(&end, tc->end, AF_UNSPEC), >, 0);
    if (tc->network)
        g_assert_cmpint(virSocketAddrParse(&net, tc->network, AF_UNSPEC), >, 0);

    virResetLastError();
    rc = virSocketAddrGetRange(&start, &end, tc->network ? &net : NULL, tc->prefix);
    g_assert_cmpint(rc, ==, tc->size);
    if (tc->size < 0) {
        g_assert_cmpint(virGetLastError()->code, ==, VIR_ERR_INTERNAL_ERROR);
        g_assert_cmpstr(virGetLastError()->message, ==, tc->message);
    } else {
        g_assert_null(virGetLastError());
    }
}


static void
testEqualWildcard(void)
{
    virSocketAddr a;
    virSocketAddr b;

    g_assert_cmpint(virSocketAddrParse(&a, "010.0.0.1", AF_UNSPEC), >, 0);
    virSocketAddrSetIPv4Addr(&b, 0x08000001);
    g_assert_true(virSocketAddrEqual(&a, &b));
    g_assert_false(virSocketAddrIsWildcard(&a));

    g_assert_cmpint(virSocketAddrParse(&b, "::", AF_UNSPEC), >, 0);
    g_assert_true(virSocketAddrIsWildcard(&b));
    g_assert_false(virSocketAddrEqual(&a, &b));
}


int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);

    for (i = 0; i < G_N_ELEMENTS(parseCases); i++) {
        g_autofree char *path = g_strdup_printf("/util/socketaddr/parse/%s", parseCases[i].name);

        g_test_add_data_func(path, &parseCases[i], testParse);
    }
    for (i = 0; i < G_N_ELEMENTS(rangeCases); i++) {
        g_autofree char *path = g_strdup_printf("/util/socketaddr/range/%s", rangeCases[i].name);

        g_test_add_data_func(path, &rangeCases[i], testRange);
    }
    g_test_add_func("/util/socketaddr/family", testFamily);
    g_test_add_func("/util/socketaddr/format-unset", testFormatUnset);
    g_test_add_func("/util/socketaddr/netmask", testNetmask);
    g_test_add_func("/util/socketaddr/prefix-to-netmask-bad", testPrefixToNetmaskBad);
    g_test_add_func("/util/socketaddr/mask", testMask);
    g_test_add_func("/util/socketaddr/check-netmask", testCheckNetmask);
    g_test_add_func("/util/socketaddr/ip-prefix", testGetIPPrefix);
    g_test_add_func("/util/socketaddr/equal-wildcard", testEqualWildcard);

    return g_test_run();
}
