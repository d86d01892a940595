/*
 * virunitstest.c: tests for strict number parsing and scaled integers
 *
 * The scaled-value messages, codes and domains were recorded from
 * libvirt 9.0 (python3-libvirt, test:///default, <memory> of a domain).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <limits.h>

#include "internal.h"
#include "virerror.h"
#include "virunits.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

/* libvirt's bound for <memory>: VIR_DOMAIN_MEMORY_PARAM_UNLIMITED KiB in bytes */
#define TEST_MEM_MAX (9007199254740991ULL << 10)


static void
testCheckError(int code, int domain, const char *message)
{
    virErrorPtr err = virGetLastError();

    g_assert_nonnull(err);
    g_assert_cmpint(err->code, ==, code);
    g_assert_cmpint(err->domain, ==, domain);
    g_assert_cmpstr(err->message, ==, message);
    virResetLastError();
}


typedef struct {
    const char *str;
    int rcInt; /* virStrToLong_i */
    int valInt;
    int rcUI; /* virStrToLong_ui */
    unsigned int valUI;
    int rcUIP;  /* virStrToLong_uip */
    int rcULLP; /* virStrToLong_ullp */
    unsigned long long valULLP;
} testStrToLongCase;

static const testStrToLongCase strToLongCases[] = {
    { "0", 0, 0, 0, 0, 0, 0, 0 },
    { "42", 0, 42, 0, 42, 0, 0, 42 },
    { " 42", 0, 42, 0, 42, 0, 0, 42 },
    { "+42", 0, 42, 0, 42, 0, 0, 42 },
    { "42 ", -1, 0, -1, 0, -1, -1, 0 },
    { "4x", -1, 0, -1, 0, -1, -1, 0 },
    { "", -1, 0, -1, 0, -1, -1, 0 },
    { "-", -1, 0, -1, 0, -1, -1, 0 },
    { "-1", 0, -1, 0, UINT_MAX, -1, -1, 0 },
    { "-0", 0, 0, 0, 0, -1, -1, 0 },
    { "2147483647", 0, INT_MAX, 0, INT_MAX, 0, 0, INT_MAX },
    { "2147483648", -1, 0, 0, 2147483648U, 0, 0, 2147483648ULL },
    { "-2147483648", 0, INT_MIN, 0, 2147483648U, -1, -1, 0 },
    { "-2147483649", -1, 0, 0, 2147483647U, -1, -1, 0 },
    { "4294967295", -1, 0, 0, UINT_MAX, 0, 0, UINT_MAX },
    { "4294967296", -1, 0, -1, 0, -1, 0, 4294967296ULL },
    { "-4294967296", -1, 0, -1, 0, -1, -1, 0 },
    { "18446744073709551615", -1, 0, -1, 0, -1, 0, 18446744073709551615ULL },
    { "18446744073709551616", -1, 0, -1, 0, -1, -1, 0 },
    { "010", 0, 10, 0, 10, 0, 0, 10 }, /* base 10: not octal */
    { "0x10", -1, 0, -1, 0, -1, -1, 0 },
};


static void
testStrToLong(void)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(strToLongCases); i++) {
        const testStrToLongCase *tc = &strToLongCases[i];
        int vi = 77;
        unsigned int vui = 77;
        unsigned long long vull = 77;

        g_test_message("input '%s'", tc->str);
        g_assert_cmpint(virStrToLong_i(tc->str, NULL, 10, &vi), ==, tc->rcInt);
        g_assert_cmpint(vi, ==, tc->rcInt == 0 ? tc->valInt : 77);
        g_assert_cmpint(virStrToLong_ui(tc->str, NULL, 10, &vui), ==, tc->rcUI);
        g_assert_cmpuint(vui, ==, tc->rcUI == 0 ? tc->valUI : 77);
        g_assert_cmpint(virStrToLong_uip(tc->str, NULL, 10, &vui), ==, tc->rcUIP);
        g_assert_cmpint(virStrToLong_ullp(tc->str, NULL, 10, &vull), ==, tc->rcULLP);
        g_assert_cmpuint(vull, ==, tc->rcULLP == 0 ? tc->valULLP : 77);
    }
}


static void
testStrToLongMisc(void)
{
    char *end = NULL;
    long long ll = 0;
    unsigned long long ull = 0;
    unsigned long ul = 0;
    long l = 0;
    int i = 0;

    /* with an end pointer trailing text is the caller's business */
    g_assert_cmpint(virStrToLong_i("12KiB", &end, 10, &i), ==, 0);
    g_assert_cmpint(i, ==, 12);
    g_assert_cmpstr(end, ==, "KiB");
    g_assert_cmpint(virStrToLong_i("x", &end, 10, &i), ==, -1);

    g_assert_cmpint(virStrToLong_i("0x1f", NULL, 16, &i), ==, 0);
    g_assert_cmpint(i, ==, 31);
    g_assert_cmpint(virStrToLong_i("0x1f", NULL, 0, &i), ==, 0);
    g_assert_cmpint(virStrToLong_i("017", NULL, 0, &i), ==, 0);
    g_assert_cmpint(i, ==, 15);

    g_assert_cmpint(virStrToLong_ll("-9223372036854775808", NULL, 10, &ll), ==, 0);
    g_assert_cmpint(ll, ==, G_MININT64);
    g_assert_cmpint(virStrToLong_ll("9223372036854775808", NULL, 10, &ll), ==, -1);
    g_assert_cmpint(virStrToLong_ull("-1", NULL, 10, &ull), ==, 0);
    g_assert_cmpuint(ull, ==, G_MAXUINT64);
    g_assert_cmpint(virStrToLong_l("-5", NULL, 10, &l), ==, 0);
    g_assert_cmpint(l, ==, -5);
    g_assert_cmpint(virStrToLong_ul("-1", NULL, 10, &ul), ==, 0);
    g_assert_cmpuint(ul, ==, G_MAXULONG);
    g_assert_cmpint(virStrToLong_ulp("-1", NULL, 10, &ul), ==, -1);
    g_assert_cmpint(virStrToLong_ulp("7", NULL, 10, &ul), ==, 0);
    g_assert_cmpuint(ul, ==, 7);
}


typedef struct {
    unsigned long long value;
    const char *suffix;
    unsigned long long scale;
    unsigned long long limit;
    int code;                  /* 0: success */
    unsigned long long result; /* or the expected message below */
    const char *message;
} testScaleCase;

static const testScaleCase scaleCases[] = {
    { 5, NULL, 1024, ULLONG_MAX, 0, 5120, NULL },
    { 5, "", 1, ULLONG_MAX, 0, 5, NULL },
    { 5, "b", 1024, ULLONG_MAX, 0, 5, NULL },
    { 5, "byte", 1024, ULLONG_MAX, 0, 5, NULL },
    { 5, "Bytes", 1024, ULLONG_MAX, 0, 5, NULL },
    { 1, "k", 1, ULLONG_MAX, 0, 1024, NULL },
    { 1, "K", 1, ULLONG_MAX, 0, 1024, NULL },
    { 1, "KiB", 1, ULLONG_MAX, 0, 1024, NULL },
    { 1, "kib", 1, ULLONG_MAX, 0, 1024, NULL },
    { 1, "KIB", 1, ULLONG_MAX, 0, 1024, NULL },
    { 1, "KB", 1, ULLONG_MAX, 0, 1000, NULL },
    { 1, "Kb", 1, ULLONG_MAX, 0, 1000, NULL },
    { 1, "mB", 1, ULLONG_MAX, 0, 1000000, NULL },
    { 1, "M", 1, ULLONG_MAX, 0, 1048576, NULL },
    { 1, "MiB", 1, ULLONG_MAX, 0, 1048576, NULL },
    { 1, "G", 1, ULLONG_MAX, 0, 1073741824ULL, NULL },
    { 1, "GB", 1, ULLONG_MAX, 0, 1000000000ULL, NULL },
    { 1, "TiB", 1, ULLONG_MAX, 0, 1099511627776ULL, NULL },
    { 1, "TB", 1, ULLONG_MAX, 0, 1000000000000ULL, NULL },
    { 1, "P", 1, ULLONG_MAX, 0, 1125899906842624ULL, NULL },
    { 1, "PB", 1, ULLONG_MAX, 0, 1000000000000000ULL, NULL },
    { 1, "EiB", 1, ULLONG_MAX, 0, 1152921504606846976ULL, NULL },
    { 1, "EB", 1, ULLONG_MAX, 0, 1000000000000000000ULL, NULL },
    { 15, "EiB", 1, ULLONG_MAX, 0, 15ULL << 60, NULL },
    { 0, "EiB", 1, 0, 0, 0, NULL },
    { 1, "XB", 1, ULLONG_MAX, VIR_ERR_INVALID_ARG, 0, "invalid argument: unknown suffix 'XB'" },
    { 1, "Ki", 1, ULLONG_MAX, VIR_ERR_INVALID_ARG, 0, "invalid argument: unknown suffix 'Ki'" },
    { 1, "Y", 1, ULLONG_MAX, VIR_ERR_INVALID_ARG, 0, "invalid argument: unknown suffix 'Y'" },
    { 1, "KiBs", 1, ULLONG_MAX, VIR_ERR_INVALID_ARG, 0, "invalid argument: unknown suffix 'KiBs'" },
    { 1, "bit", 1, ULLONG_MAX, VIR_ERR_INVALID_ARG, 0, "invalid argument: unknown suffix 'bit'" },
    { 16, "EiB", 1, ULLONG_MAX, VIR_ERR_OVERFLOW, 0, "numerical overflow: value too large: 16EiB" },
    { 100, "EiB", 1024, TEST_MEM_MAX, VIR_ERR_OVERFLOW, 0,
      "numerical overflow: value too large: 100EiB" },
    { 9007199254740991ULL, NULL, 1024, TEST_MEM_MAX, 0, TEST_MEM_MAX, NULL },
    { 9007199254740992ULL, "KiB", 1, TEST_MEM_MAX, VIR_ERR_OVERFLOW, 0,
      "numerical overflow: value too large: 9007199254740992KiB" },
    { 18446744073709551615ULL, NULL, 1024, TEST_MEM_MAX, VIR_ERR_OVERFLOW, 0,
      "numerical overflow: value too large: 18446744073709551615" },
    { 2000, "b", 1, 1999, VIR_ERR_OVERFLOW, 0, "numerical overflow: value too large: 2000b" },
    { 1, NULL, 0, 10, VIR_ERR_INTERNAL_ERROR, 0, "internal error: invalid scale 0" },
};


static void
testScale(const void *opaque)
{
    const testScaleCase *tc = opaque;
    unsigned long long value = tc->value;
    int rc = virScaleInteger(&value, tc->suffix, tc->scale, tc->limit);

    if (tc->code == 0) {
        g_assert_cmpint(rc, ==, 0);
        g_assert_cmpuint(value, ==, tc->result);
        g_assert_null(virGetLastError());
    } else {
        g_assert_cmpint(rc, ==, -1);
        g_assert_cmpuint(value, ==, tc->value);
        testCheckError(tc->code, VIR_FROM_NONE, tc->message);
    }
}


typedef struct {
    const char *element; /* the <memory> element, or "" for none */
    bool required;
    int rc;
    unsigned long long bytes;
    int code;
    int domain;
    const char *message;
} testScaledValueCase;

#define INVALID(v) "XML error: Invalid value '" v "' for element or attribute './memory[1]'"

static const testScaledValueCase scaledValueCases[] = {
    { "<memory>1024</memory>", true, 1, 1048576, 0, 0, NULL },
    { "<memory unit='MiB'>512</memory>", true, 1, 536870912, 0, 0, NULL },
    { "<memory unit='b'>100000</memory>", true, 1, 100000, 0, 0, NULL },
    { "<memory unit='bytes'>1025</memory>", true, 1, 1025, 0, 0, NULL },
    { "<memory unit='Kb'>1000</memory>", true, 1, 1000000, 0, 0, NULL },
    { "<memory unit=''>1</memory>", true, 1, 1024, 0, 0, NULL },
    { "<memory> 12</memory>", true, 1, 12288, 0, 0, NULL },
    { "<memory>010</memory>", true, 1, 10240, 0, 0, NULL },
    { "<memory>+5</memory>", true, 1, 5120, 0, 0, NULL },
    { "", false, 0, 0, 0, 0, NULL },
    { "<memory/>", false, 0, 0, 0, 0, NULL },
    { "", true, -1, 0, VIR_ERR_XML_ERROR, VIR_FROM_XML,
      "XML error: missing element or attribute './memory[1]'" },
    { "<memory>abc</memory>", true, -1, 0, VIR_ERR_XML_ERROR, VIR_FROM_XML, INVALID("abc") },
    { "<memory>-1</memory>", true, -1, 0, VIR_ERR_XML_ERROR, VIR_FROM_XML, INVALID("-1") },
    { "<memory>12 </memory>", true, -1, 0, VIR_ERR_XML_ERROR, VIR_FROM_XML, INVALID("12 ") },
    { "<memory>0x10</memory>", true, -1, 0, VIR_ERR_XML_ERROR, VIR_FROM_XML, INVALID("0x10") },
    { "<memory>1.5</memory>", true, -1, 0, VIR_ERR_XML_ERROR, VIR_FROM_XML, INVALID("1.5") },
    { "<memory unit='KB'>99999999999999999999</memory>", true, -1, 0, VIR_ERR_XML_ERROR,
      VIR_FROM_XML, INVALID("99999999999999999999") },
    { "<memory unit='XB'>1</memory>", true, -1, 0, VIR_ERR_INVALID_ARG, VIR_FROM_NONE,
      "invalid argument: unknown suffix 'XB'" },
    { "<memory unit='EiB'>100</memory>", true, -1, 0, VIR_ERR_OVERFLOW, VIR_FROM_NONE,
      "numerical overflow: value too large: 100EiB" },
    { "<memory unit='TiB'>17179869183</memory>", true, -1, 0, VIR_ERR_OVERFLOW, VIR_FROM_NONE,
      "numerical overflow: value too large: 17179869183TiB" },
    { "<memory>18446744073709551615</memory>", true, -1, 0, VIR_ERR_OVERFLOW, VIR_FROM_NONE,
      "numerical overflow: value too large: 18446744073709551615" },
};


static void
testScaledValue(const void *opaque)
{
    const testScaledValueCase *tc = opaque;
    g_autofree char *xml = g_strdup_printf("<domain>%s</domain>", tc->element);
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autoptr(xmlDoc) doc = virXMLParseStringCtxt(xml, "(test)", "domain", &ctxt);
    unsigned long long val = 99;

    g_assert_nonnull(doc);
    g_assert_cmpint(
        virParseScaledValue("./memory[1]", NULL, ctxt, &val, 1024, TEST_MEM_MAX, tc->required), ==,
        tc->rc);
    g_assert_cmpuint(val, ==, tc->bytes);
    if (tc->rc < 0)
        testCheckError(tc->code, tc->domain, tc->message);
    else
        g_assert_null(virGetLastError());
}


static void
testScaledValueUnitsXPath(void)
{
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autoptr(xmlDoc) doc = virXMLParseStringCtxt(
        "<volume><capacity>5</capacity><units>GB</units></volume>", "(test)", NULL, &ctxt);
    unsigned long long val = 0;

    g_assert_nonnull(doc);
    g_assert_cmpint(virParseScaledValue("./capacity", "./units", ctxt, &val, 1, ULLONG_MAX, true),
                    ==, 1);
    g_assert_cmpuint(val, ==, 5000000000ULL);
    /* the unit attribute of the element is not consulted then */
    g_assert_cmpint(virParseScaledValue("./capacity", "./nounits", ctxt, &val, 1, ULLONG_MAX, true),
                    ==, 1);
    g_assert_cmpuint(val, ==, 5);
}


int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);

    g_test_add_func("/util/units/strtol/table", testStrToLong);
    g_test_add_func("/util/units/strtol/misc", testStrToLongMisc);
    for (i = 0; i < G_N_ELEMENTS(scaleCases); i++) {
        g_autofree char *path =
            g_strdup_printf("/util/units/scale/%zu-%llu%s", i, scaleCases[i].value,
                            NULLSTR_EMPTY(scaleCases[i].suffix));

        g_test_add_data_func(path, &scaleCases[i], testScale);
    }
    for (i = 0; i < G_N_ELEMENTS(scaledValueCases); i++) {
        g_autofree char *path = g_strdup_printf("/util/units/scaled-value/%zu", i);

        g_test_add_data_func(path, &scaledValueCases[i], testScaledValue);
    }
    g_test_add_func("/util/units/scaled-value/units-xpath", testScaledValueUnitsXPath);

    return g_test_run();
}
