/*
 * virmacaddrtest.c: tests for the MAC address module
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virmacaddr.h"

typedef struct {
    const char *name;
    const char *input;
    const char *formatted; /* NULL: the input is invalid */
} testParseCase;

static const testParseCase parseCases[] = {
    { "lower", "52:54:00:1c:da:2f", "52:54:00:1c:da:2f" },
    { "upper", "00:16:3E:5D:C7:9E", "00:16:3e:5d:c7:9e" },
    { "short-groups", "0:6:3E:5D:C7:9", "00:06:3e:5d:c7:09" },
    { "zero", "00:00:00:00:00:00", "00:00:00:00:00:00" },
    { "broadcast", "ff:ff:ff:ff:ff:ff", "ff:ff:ff:ff:ff:ff" },
    { "dashes", "00-16-3E-5D-C7-9E", NULL },
    { "five-groups", "00:16:3E:5D:C7", NULL },
    { "seven-groups", "00:16:3E:5D:C7:9E:01", NULL },
    { "three-digits", "000:16:3E:5D:C7:9E", NULL },
    { "trailing-colon", "00:16:3E:5D:C7:9E:", NULL },
    { "empty-group", "00::3E:5D:C7:9E", NULL },
    { "bad-digit", "00:16:3G:5D:C7:9E", NULL },
    { "leading-space", " 00:16:3E:5D:C7:9E", NULL },
    { "trailing-space", "00:16:3E:5D:C7:9E ", NULL },
    { "plus-sign", "+0:16:3E:5D:C7:9E", NULL },
    { "hex-prefix", "0x1:16:3E:5D:C7:9E", NULL },
    { "empty", "", NULL },
};


static void
testParse(const void *opaque)
{
    const testParseCase *tc = opaque;
    virMacAddr mac;
    char str[VIR_MAC_STRING_BUFLEN];

    memset(&mac, 0xAA, sizeof(mac));
    if (!tc->formatted) {
        g_assert_cmpint(virMacAddrParse(tc->input, &mac), ==, -1);
        /* the output is untouched on failure */
        g_assert_cmpint(mac.addr[0], ==, 0xAA);
        g_assert_cmpint(mac.addr[5], ==, 0xAA);
        return;
    }

    g_assert_cmpint(virMacAddrParse(tc->input, &mac), ==, 0);
    g_assert_cmpstr(virMacAddrFormat(&mac, str), ==, tc->formatted);
}


static void
testParseNull(void)
{
    virMacAddr mac;

    g_assert_cmpint(virMacAddrParse(NULL, &mac), ==, -1);
}


static void
testKinds(void)
{
    virMacAddr mac;

    g_assert_cmpint(virMacAddrParse("01:00:5e:00:00:01", &mac), ==, 0);
    g_assert_true(virMacAddrIsMulticast(&mac));
    g_assert_false(virMacAddrIsUnicast(&mac));
    g_assert_false(virMacAddrIsBroadcast(&mac));

    g_assert_cmpint(virMacAddrParse("52:54:00:00:00:01", &mac), ==, 0);
    g_assert_false(virMacAddrIsMulticast(&mac));
    g_assert_true(virMacAddrIsUnicast(&mac));

    g_assert_cmpint(virMacAddrParse("FF:FF:FF:FF:FF:FF", &mac), ==, 0);
    g_assert_true(virMacAddrIsBroadcast(&mac));
    g_assert_true(virMacAddrIsMulticast(&mac));
}


static void
testCompareAndSet(void)
{
    static const unsigned char raw[VIR_MAC_BUFLEN] = { 0x52, 0x54, 0x00, 0x01, 0x02, 0x03 };
    virMacAddr a;
    virMacAddr b;

    g_assert_cmpint(virMacAddrParse("52:54:00:01:02:03", &a), ==, 0);
    g_assert_cmpint(virMacAddrCmpRaw(&a, raw), ==, 0);

    virMacAddrSetRaw(&b, raw);
    g_assert_cmpint(virMacAddrCmp(&a, &b), ==, 0);

    b.addr[5] = 0x04;
    g_assert_cmpint(virMacAddrCmp(&a, &b), <, 0);
    g_assert_cmpint(virMacAddrCmp(&b, &a), >, 0);

    virMacAddrSet(&b, &a);
    g_assert_cmpint(virMacAddrCmp(&a, &b), ==, 0);
}


static void
testGenerate(void)
{
    static const unsigned char prefix[VIR_MAC_PREFIX_BUFLEN] = { 0x52, 0x54, 0x00 };
    virMacAddr mac;
    char str[VIR_MAC_STRING_BUFLEN];
    virMacAddr parsed;

    virMacAddrGenerate(prefix, &mac);
    g_assert_cmpmem(mac.addr, VIR_MAC_PREFIX_BUFLEN, prefix, VIR_MAC_PREFIX_BUFLEN);
    g_assert_true(virMacAddrIsUnicast(&mac));

    /* the formatted form parses back to the same address */
    g_assert_cmpint(virMacAddrParse(virMacAddrFormat(&mac, str), &parsed), ==, 0);
    g_assert_cmpint(virMacAddrCmp(&mac, &parsed), ==, 0);
    g_assert_true(g_str_has_prefix(str, "52:54:00:"));
}


int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);

    for (i = 0; i < G_N_ELEMENTS(parseCases); i++) {
        g_autofree char *path = g_strdup_printf("/util/macaddr/parse/%s", parseCases[i].name);

        g_test_add_data_func(path, &parseCases[i], testParse);
    }
    g_test_add_func("/util/macaddr/parse/null", testParseNull);
    g_test_add_func("/util/macaddr/kinds", testKinds);
    g_test_add_func("/util/macaddr/compare-set", testCompareAndSet);
    g_test_add_func("/util/macaddr/generate", testGenerate);

    return g_test_run();
}
