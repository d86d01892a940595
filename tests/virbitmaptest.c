/*
 * virbitmaptest.c: tests for the bitmap module
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <stdint.h>
#include <string.h>

#include "internal.h"
#include "virbitmap.h"
#include "virerror.h"


typedef struct {
    const char *name;
    const char *input;
    size_t size;        /* virBitmapParse size; unused by "unlimited*" cases,
                           * which call virBitmapParseUnlimited */
    const char *expect; /* formatted result; NULL: parse error */
    size_t expectSize;  /* size of the unlimited result */
} testParseCase;

static const testParseCase parseCases[] = {
    { "single", "3", 8, "3", 0 },
    { "list", "0,2,4", 8, "0,2,4", 0 },
    { "range", "0-3", 8, "0-3", 0 },
    { "range-one", "5-5", 8, "5", 0 },
    { "merge", "0,1,2,3,5,6,7", 8, "0-3,5-7", 0 },
    { "overlap", "0-3,2-5", 8, "0-5", 0 },
    { "exclude", "0-7,^3", 8, "0-2,4-7", 0 },
    { "exclude-first", "^3,0-7", 8, "0-7", 0 },
    { "exclude-unset", "1,^2", 8, "1", 0 },
    { "exclude-all", "1,^1", 8, "", 0 },
    { "mixed", "0-3,^2,8", 16, "0-1,3,8", 0 },
    { "spaces", "  0 - 3 ,  ^ 2", 8, NULL, 0 },
    { "spaces-ok", "  0 - 3 ,  ^2 , 5  ", 8, "0-1,3,5", 0 },
    { "tabs-newlines", "\t0-1,\n4\n", 8, "0-1,4", 0 },
    { "trailing-comma", "1,", 8, "1", 0 },
    { "leading-zeros", "007", 8, "7", 0 },
    { "last-bit", "63", 64, "63", 0 },
    { "word-boundary", "62-65", 128, "62-65", 0 },
    { "null", NULL, 8, NULL, 0 },
    { "empty", "", 8, NULL, 0 },
    { "blank", "   ", 8, NULL, 0 },
    { "out-of-range", "8", 8, NULL, 0 },
    { "range-out-of-range", "4-8", 8, NULL, 0 },
    { "exclude-out-of-range", "^8", 8, NULL, 0 },
    { "reversed", "3-1", 8, NULL, 0 },
    { "neg-range", "^1-3", 8, NULL, 0 },
    { "negative", "-1", 8, NULL, 0 },
    { "plus", "+1", 8, NULL, 0 },
    { "range-plus", "0-+3", 8, NULL, 0 },
    { "double-comma", "1,,2", 8, NULL, 0 },
    { "leading-comma", ",1", 8, NULL, 0 },
    { "only-comma", ",", 8, NULL, 0 },
    { "open-range", "1-", 8, NULL, 0 },
    { "two-numbers", "1 2", 8, NULL, 0 },
    { "letters", "a", 8, NULL, 0 },
    { "junk-after", "1x", 8, NULL, 0 },
    { "hex", "0x1", 8, NULL, 0 },
    { "double-caret", "^^1", 8, NULL, 0 },
    { "semicolon", "1;2", 8, NULL, 0 },
    { "int-overflow", "2147483648", 8, NULL, 0 },
    { "huge", "99999999999999999999999", 8, NULL, 0 },
    { "size-zero", "0", 0, NULL, 0 },
    { "unlimited", "1,70", 0, "1,70", 71 },
    { "unlimited-exclude", "0-9,^9", 0, "0-8", 10 },
    { "unlimited-exclude-high", "1,^100", 0, "1", 101 },
    { "unlimited-cap", "16777215", 0, "16777215", 16777216 },
    { "unlimited-over-cap", "16777216", 0, NULL, 0 },
    { "unlimited-bad", "1-", 0, NULL, 0 },
};


static void
testParse(const void *opaque)
{
    const testParseCase *tc = opaque;
    g_autoptr(virBitmap) map = NULL;
    g_autofree char *got = NULL;
    virBitmap *sentinel = (virBitmap *)&map;
    bool unlimited = g_str_has_prefix(tc->name, "unlimited");

    virResetLastError();
    if (unlimited) {
        map = virBitmapParseUnlimited(tc->input);
    } else {
        map = sentinel;
        if (virBitmapParse(tc->input, &map, tc->size) < 0) {
            /* output untouched on failure */
            g_assert_true(map == sentinel);
            map = NULL;
        } else {
            g_assert_true(map != sentinel);
            g_assert_cmpuint(virBitmapSize(map), ==, tc->size);
        }
    }

    if (!tc->expect) {
        g_assert_null(map);
        g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
        g_assert_nonnull(strstr(virGetLastErrorMessage(), "Failed to parse bitmap '"));
        return;
    }

    g_assert_nonnull(map);
    g_assert_null(virGetLastError());
    got = virBitmapFormat(map);
    g_assert_cmpstr(got, ==, tc->expect);
    if (unlimited)
        g_assert_cmpuint(virBitmapSize(map), ==, tc->expectSize);
}


static void
testErrorMessage(void)
{
    g_autoptr(virBitmap) map = NULL;

    g_assert_cmpint(virBitmapParse("1-x", &map, 8), ==, -1);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "invalid argument: Failed to parse bitmap '1-x'");
}


typedef struct {
    const char *name;
    size_t size;
    const size_t *bits;
    size_t nbits;
    const char *format;
    const char *hex;
} testFormatCase;

static const size_t bitsA[] = { 0, 1, 2, 3, 5, 7, 8 };
static const size_t bitsB[] = { 63, 64 };
static const size_t bitsC[] = { 0, 5 };
static const size_t bitsD[] = { 129 };

static const testFormatCase formatCases[] = {
    { "none", 16, NULL, 0, "", "0000" },
    { "ranges", 12, bitsA, G_N_ELEMENTS(bitsA), "0-3,5,7-8", "1af" },
    { "across-words", 65, bitsB, G_N_ELEMENTS(bitsB), "63-64", "18000000000000000" },
    { "odd-size", 12, bitsC, G_N_ELEMENTS(bitsC), "0,5", "021" },
    { "high", 130, bitsD, G_N_ELEMENTS(bitsD), "129", "200000000000000000000000000000000" },
    { "empty-map", 0, NULL, 0, "", "" },
};


static void
testFormat(const void *opaque)
{
    const testFormatCase *tc = opaque;
    g_autoptr(virBitmap) map = virBitmapNew(tc->size);
    g_autoptr(virBitmap) back = NULL;
    g_autoptr(virBitmap) fromHex = NULL;
    g_autofree char *str = NULL;
    g_autofree char *hex = NULL;
    size_t i;

    for (i = 0; i < tc->nbits; i++)
        g_assert_cmpint(virBitmapSetBit(map, tc->bits[i]), ==, 0);

    str = virBitmapFormat(map);
    g_assert_cmpstr(str, ==, tc->format);
    g_assert_cmpuint(virBitmapCountBits(map), ==, tc->nbits);

    hex = virBitmapToString(map);
    g_assert_cmpstr(hex, ==, tc->hex);
    fromHex = virBitmapNewString(hex);
    g_assert_nonnull(fromHex);
    g_assert_true(virBitmapEqual(map, fromHex));

    if (tc->nbits > 0) {
        g_assert_cmpint(virBitmapParse(str, &back, tc->size), ==, 0);
        g_assert_true(virBitmapEqual(map, back));
    }
}


static void
testFormatNull(void)
{
    g_autofree char *str = virBitmapFormat(NULL);

    g_assert_cmpstr(str, ==, "");
}


static void
testBits(void)
{
    g_autoptr(virBitmap) map = virBitmapNew(70);
    bool val = true;

    g_assert_cmpuint(virBitmapSize(map), ==, 70);
    g_assert_true(virBitmapIsAllClear(map));
    g_assert_false(virBitmapIsAllSet(map));

    g_assert_cmpint(virBitmapSetBit(map, 0), ==, 0);
    g_assert_cmpint(virBitmapSetBit(map, 69), ==, 0);
    g_assert_true(virBitmapIsBitSet(map, 0));
    g_assert_true(virBitmapIsBitSet(map, 69));
    g_assert_false(virBitmapIsBitSet(map, 1));
    g_assert_cmpint(virBitmapGetBit(map, 69, &val), ==, 0);
    g_assert_true(val);
    g_assert_cmpint(virBitmapGetBit(map, 68, &val), ==, 0);
    g_assert_false(val);

    /* out of range: -1, error, unchanged */
    virResetLastError();
    g_assert_cmpint(virBitmapSetBit(map, 70), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    virResetLastError();
    g_assert_cmpint(virBitmapClearBit(map, 1000), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    val = true;
    g_assert_cmpint(virBitmapGetBit(map, 70, &val), ==, -1);
    g_assert_true(val);
    g_assert_false(virBitmapIsBitSet(map, 70));
    g_assert_false(virBitmapIsBitSet(map, SIZE_MAX));
    g_assert_cmpuint(virBitmapCountBits(map), ==, 2);

    g_assert_cmpint(virBitmapClearBit(map, 0), ==, 0);
    g_assert_false(virBitmapIsBitSet(map, 0));
    g_assert_cmpuint(virBitmapCountBits(map), ==, 1);

    virBitmapSetAll(map);
    g_assert_true(virBitmapIsAllSet(map));
    g_assert_cmpuint(virBitmapCountBits(map), ==, 70);
    g_assert_cmpint(virBitmapLastSetBit(map), ==, 69);
    g_assert_cmpint(virBitmapNextClearBit(map, -1), ==, -1);

    virBitmapClearAll(map);
    g_assert_true(virBitmapIsAllClear(map));
    g_assert_cmpuint(virBitmapCountBits(map), ==, 0);
}


static void
testIterate(void)
{
    g_autoptr(virBitmap) map = NULL;
    static const ssize_t expect[] = { 0, 3, 63, 64, 65, 127, 128 };
    ssize_t i;
    size_t n = 0;

    g_assert_cmpint(virBitmapParse("0,3,63-65,127,128", &map, 130), ==, 0);
    for (i = -1; (i = virBitmapNextSetBit(map, i)) >= 0;) {
        g_assert_cmpuint(n, <, G_N_ELEMENTS(expect));
        g_assert_cmpint(i, ==, expect[n++]);
    }
    g_assert_cmpuint(n, ==, G_N_ELEMENTS(expect));
    g_assert_cmpint(virBitmapNextSetBit(map, -5), ==, 0);
    g_assert_cmpint(virBitmapNextSetBit(map, 128), ==, -1);
    g_assert_cmpint(virBitmapNextSetBit(map, 1000), ==, -1);
    g_assert_cmpint(virBitmapNextSetBit(NULL, -1), ==, -1);
    g_assert_cmpint(virBitmapLastSetBit(map), ==, 128);
    g_assert_cmpint(virBitmapLastSetBit(NULL), ==, -1);

    g_assert_cmpint(virBitmapNextClearBit(map, -1), ==, 1);
    g_assert_cmpint(virBitmapNextClearBit(map, 2), ==, 4);
    g_assert_cmpint(virBitmapNextClearBit(map, 62), ==, 66);
    g_assert_cmpint(virBitmapNextClearBit(map, 128), ==, 129);
    /* bit 129 is the last one: nothing clear beyond it */
    g_assert_cmpint(virBitmapNextClearBit(map, 129), ==, -1);

    virBitmapClearAll(map);
    g_assert_cmpint(virBitmapNextSetBit(map, -1), ==, -1);
    g_assert_cmpint(virBitmapLastSetBit(map), ==, -1);
}


static void
testExpand(void)
{
    g_autoptr(virBitmap) map = virBitmapNew(0);
    g_autofree char *str = NULL;
    size_t i;

    g_assert_cmpuint(virBitmapSize(map), ==, 0);
    g_assert_true(virBitmapIsAllClear(map));
    g_assert_true(virBitmapIsAllSet(map));
    g_assert_cmpint(virBitmapSetBit(map, 0), ==, -1);

    virBitmapSetBitExpand(map, 5);
    g_assert_cmpuint(virBitmapSize(map), ==, 6);
    virBitmapSetBitExpand(map, 2);
    g_assert_cmpuint(virBitmapSize(map), ==, 6);
    for (i = 0; i < 1000; i += 7)
        virBitmapSetBitExpand(map, i);
    g_assert_cmpuint(virBitmapSize(map), ==, 995);
    virBitmapClearBitExpand(map, 2000);
    g_assert_cmpuint(virBitmapSize(map), ==, 2001);
    virBitmapClearBitExpand(map, 0);
    g_assert_cmpuint(virBitmapCountBits(map), ==, 1 + 1 + 142);
    g_assert_cmpint(virBitmapLastSetBit(map), ==, 994);

    /* shrinking drops the high bits; growing again must not revive them */
    virBitmapShrink(map, 10);
    g_assert_cmpuint(virBitmapSize(map), ==, 10);
    str = virBitmapFormat(map);
    g_assert_cmpstr(str, ==, "2,5,7");
    virBitmapSetBitExpand(map, 300);
    g_assert_cmpuint(virBitmapCountBits(map), ==, 4);
    virBitmapShrink(map, 1000);
    g_assert_cmpuint(virBitmapSize(map), ==, 301);
    virBitmapShrink(NULL, 1);
}


static void
testSetAllTail(void)
{
    g_autoptr(virBitmap) map = virBitmapNew(3);

    /* SetAll must not set bits beyond the size, which growing would expose */
    virBitmapSetAll(map);
    g_assert_cmpuint(virBitmapCountBits(map), ==, 3);
    virBitmapSetBitExpand(map, 100);
    g_assert_cmpuint(virBitmapCountBits(map), ==, 4);
    g_assert_cmpint(virBitmapNextSetBit(map, 2), ==, 100);
}


static void
testCompareAndSets(void)
{
    g_autoptr(virBitmap) a = NULL;
    g_autoptr(virBitmap) b = NULL;
    g_autoptr(virBitmap) c = NULL;
    g_autoptr(virBitmap) copy = NULL;
    g_autofree char *s1 = NULL;
    g_autofree char *s2 = NULL;
    g_autofree char *s3 = NULL;

    g_assert_cmpint(virBitmapParse("0-3,100", &a, 128), ==, 0);
    g_assert_cmpint(virBitmapParse("0-3,100", &b, 256), ==, 0);
    g_assert_cmpint(virBitmapParse("2-5", &c, 8), ==, 0);

    /* different sizes, same bits */
    g_assert_true(virBitmapEqual(a, b));
    g_assert_true(virBitmapEqual(b, a));
    g_assert_true(virBitmapEqual(NULL, NULL));
    g_assert_false(virBitmapEqual(a, NULL));
    g_assert_false(virBitmapEqual(NULL, a));
    g_assert_false(virBitmapEqual(a, c));
    g_assert_true(virBitmapSetBit(b, 200) == 0);
    g_assert_false(virBitmapEqual(a, b));
    g_assert_false(virBitmapEqual(b, a));

    copy = virBitmapNewCopy(a);
    g_assert_true(virBitmapEqual(a, copy));
    g_assert_cmpuint(virBitmapSize(copy), ==, 128);
    g_assert_cmpint(virBitmapClearBit(copy, 0), ==, 0);
    g_assert_true(virBitmapIsBitSet(a, 0));

    g_assert_true(virBitmapOverlaps(a, c));
    g_assert_true(virBitmapOverlaps(c, a));
    g_assert_cmpint(virBitmapClearBit(copy, 2), ==, 0);
    g_assert_cmpint(virBitmapClearBit(copy, 3), ==, 0);
    g_assert_false(virBitmapOverlaps(copy, c));

    virBitmapIntersect(a, c);
    s1 = virBitmapFormat(a);
    g_assert_cmpstr(s1, ==, "2-3");

    virBitmapUnion(c, b);
    g_assert_cmpuint(virBitmapSize(c), ==, 256);
    s2 = virBitmapFormat(c);
    g_assert_cmpstr(s2, ==, "0-5,100,200");

    virBitmapSubtract(c, copy);
    s3 = virBitmapFormat(c);
    g_assert_cmpstr(s3, ==, "0,2-5,200");
}


static void
testData(void)
{
    static const unsigned char data[] = { 0x05, 0x00, 0x80, 0x01, 0, 0, 0, 0, 0xff, 0x00 };
    g_autoptr(virBitmap) map = virBitmapNewData(data, sizeof(data));
    g_autofree char *str = virBitmapFormat(map);
    g_autofree unsigned char *out = NULL;
    g_autoptr(virBitmap) empty = virBitmapNew(40);
    g_autofree unsigned char *out2 = NULL;
    unsigned char buf[12];
    size_t len = 0;

    g_assert_cmpuint(virBitmapSize(map), ==, 80);
    g_assert_cmpstr(str, ==, "0,2,23-24,64-71");

    virBitmapToData(map, &out, &len);
    g_assert_cmpmem(out, len, data, 9);

    memset(buf, 0xaa, sizeof(buf));
    virBitmapToDataBuf(map, buf, 2);
    g_assert_cmpint(buf[0], ==, 0x05);
    g_assert_cmpint(buf[1], ==, 0x00);
    g_assert_cmpint(buf[2], ==, 0xaa);
    virBitmapToDataBuf(map, buf, sizeof(buf));
    g_assert_cmpmem(buf, 10, data, 10);
    /* map holds 16 bytes of units but only 10 of data; the rest zero */
    g_assert_cmpint(buf[10], ==, 0);
    g_assert_cmpint(buf[11], ==, 0);

    virBitmapToData(empty, &out2, &len);
    g_assert_cmpuint(len, ==, 1);
    g_assert_cmpint(out2[0], ==, 0);
}


static void
testNewStringBad(void)
{
    virResetLastError();
    g_assert_null(virBitmapNewString("12g"));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    g_assert_null(virBitmapNewString("0x1"));
}


#define ADD_TABLE(prefix, cases, func)                                                             \
 do {                                                                                              \
  size_t i_;                                                                                       \
  for (i_ = 0; i_ < G_N_ELEMENTS(cases); i_++) {                                                   \
   g_autofree char *p_ = g_strdup_printf("%s/%s", prefix, cases[i_].name);                         \
   g_test_add_data_func(p_, &cases[i_], func);                                                     \
  }                                                                                                \
 } while (0)


int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);

    ADD_TABLE("/util/bitmap/parse", parseCases, testParse);
    g_test_add_func("/util/bitmap/parse-message", testErrorMessage);
    ADD_TABLE("/util/bitmap/format", formatCases, testFormat);
    g_test_add_func("/util/bitmap/format-null", testFormatNull);
    g_test_add_func("/util/bitmap/bits", testBits);
    g_test_add_func("/util/bitmap/iterate", testIterate);
    g_test_add_func("/util/bitmap/expand", testExpand);
    g_test_add_func("/util/bitmap/set-all-tail", testSetAllTail);
    g_test_add_func("/util/bitmap/compare-sets", testCompareAndSets);
    g_test_add_func("/util/bitmap/data", testData);
    g_test_add_func("/util/bitmap/new-string-bad", testNewStringBad);

    return g_test_run();
}
