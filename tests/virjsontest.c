/*
 * virjsontest.c: tests for the JSON modules (virjson, virjsonadd)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <math.h>
#include <string.h>

#include "internal.h"
#include "virbitmap.h"
#include "virerror.h"
#include "virjson.h"
#include "virjsonadd.h"


typedef struct {
    const char *name;
    const char *input;
    const char *expect; /* compact output; NULL: parse error */
} testParseCase;

static const testParseCase parseCases[] = {
    { "object-empty", "{}", "{}" },
    { "array-empty", "[]", "[]" },
    { "ws", " \t\n{ \"a\" : 1 } \n", "{\"a\":1}" },
    { "int", "42", "42" },
    { "negative", "-5", "-5" },
    { "zero", "0", "0" },
    { "minus-zero", "-0", "0" },
    { "fraction", "1.5", "1.5" },
    /* non-integers are reprinted from their value */
    { "exponent", "1e3", "1000.0" },
    { "exponent-neg", "-2.5E-3", "-0.0025" },
    { "fraction-long", "0.10000000000000001", "0.1" },
    /* integers keep their text, whatever their size */
    { "int-big", "123456789012345678", "123456789012345678" },
    { "int64-max", "9223372036854775807", "9223372036854775807" },
    { "int64-min", "-9223372036854775808", "-9223372036854775808" },
    { "uint64-max", "18446744073709551615", "18446744073709551615" },
    { "true", "true", "true" },
    { "false", "false", "false" },
    { "null", "null", "null" },
    { "string", "\"abc\"", "\"abc\"" },
    { "string-escapes", "\"a\\nb\\t\\\"q\\\"\\\\\"", "\"a\\nb\\t\\\"q\\\"\\\\\"" },
    { "string-unicode", "\"\\u00e9\\u20ac\"", "\"\xc3\xa9\xe2\x82\xac\"" },
    { "string-utf8", "\"\xc3\xa9\"", "\"\xc3\xa9\"" },
    { "string-surrogates", "\"\\ud83d\\ude00\"", "\"\xf0\x9f\x98\x80\"" },
    /* '/' needs no escape and gets none */
    { "slash", "\"a\\/b/c\"", "\"a/b/c\"" },
    { "control-escaped", "\"\\u0001\"", "\"\\u0001\"" },
    { "nested", "{\"a\":[1,{\"b\":null}],\"c\":\"d\"}", "{\"a\":[1,{\"b\":null}],\"c\":\"d\"}" },
    { "key-order", "{\"z\":1,\"a\":2,\"m\":3}", "{\"z\":1,\"a\":2,\"m\":3}" },
    { "duplicate-key", "{\"a\":1,\"a\":2}", "{\"a\":2}" },
    { "qmp-greeting",
      "{\"QMP\": {\"version\": {\"qemu\": {\"micro\": 0, \"minor\": 2, \"major\": 7}, "
      "\"package\": \"\"}, \"capabilities\": [\"oob\"]}}",
      "{\"QMP\":{\"version\":{\"qemu\":{\"micro\":0,\"minor\":2,\"major\":7},"
      "\"package\":\"\"},\"capabilities\":[\"oob\"]}}" },
    { "empty", "", NULL },
    { "blank", "   ", NULL },
    { "open-object", "{", NULL },
    { "open-array", "[1", NULL },
    { "open-string", "\"abc", NULL },
    { "trailing-comma-array", "[1,]", NULL },
    { "trailing-comma-object", "{\"a\":1,}", NULL },
    /* json-c's leniencies (see virjson.h); a json-c that turns stricter
     * makes these fail, which is then worth knowing */
    { "lenient-single-quoted-key", "{'a':1}", "{\"a\":1}" },
    { "lenient-dot-last", "1.", "1.0" },
    { "lenient-raw-tab", "\"a\tb\"", "\"a\\tb\"" },
    { "single-quoted-string", "'a'", NULL },
    { "bare-key", "{a:1}", NULL },
    { "missing-colon", "{\"a\" 1}", NULL },
    { "missing-comma", "[1 2]", NULL },
    { "leading-zero", "01", NULL },
    { "plus", "+1", NULL },
    { "hex", "0x10", NULL },
    { "dot-first", ".5", NULL },
    { "two-values", "1 2", NULL },
    { "trailing-garbage", "{} x", NULL },
    { "two-objects", "{}{}", NULL },
    { "nan", "NaN", NULL },
    { "infinity", "Infinity", NULL },
    { "minus-infinity", "-Infinity", NULL },
    { "nan-member", "{\"a\":NaN}", NULL },
    { "overflow-double", "1e999", NULL },
    { "nul-escape", "\"a\\u0000b\"", NULL },
    { "bad-utf8", "\"\xff\"", NULL },
    { "truncated-utf8", "\"\xc3\"", NULL },
    { "bad-escape", "\"\\x\"", NULL },
    { "partial-true", "tru", NULL },
    { "partial-null", "nul", NULL },
    { "capital-true", "True", NULL },
    { "comment", "/* x */ 1", NULL },
};


static void
testParse(const void *opaque)
{
    const testParseCase *tc = opaque;
    g_autoptr(virJSONValue) value = NULL;
    g_autofree char *out = NULL;
    g_autofree char *prefix = NULL;

    virResetLastError();
    value = virJSONValueFromString(tc->input);
    if (!tc->expect) {
        g_assert_null(value);
        g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
        prefix = g_strdup_printf("internal error: cannot parse json %s: ", tc->input);
        g_assert_true(g_str_has_prefix(virGetLastErrorMessage(), prefix));
        return;
    }

    g_assert_nonnull(value);
    g_assert_null(virGetLastError());
    out = virJSONValueToString(value, false);
    g_assert_cmpstr(out, ==, tc->expect);
}


static void
testParseNull(void)
{
    virResetLastError();
    g_assert_null(virJSONValueFromString(NULL));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
}


static void
testParseDepth(void)
{
    g_autoptr(GString) ok = g_string_new(NULL);
    g_autoptr(GString) deep = g_string_new(NULL);
    g_autoptr(virJSONValue) value = NULL;
    size_t i;

    for (i = 0; i < VIR_JSON_MAX_DEPTH - 1; i++)
        g_string_append_c(ok, '[');
    for (i = 0; i < VIR_JSON_MAX_DEPTH - 1; i++)
        g_string_append_c(ok, ']');
    value = virJSONValueFromString(ok->str);
    g_assert_nonnull(value);

    /* untrusted input must not recurse without bound */
    for (i = 0; i < 100000; i++)
        g_string_append_c(deep, '[');
    for (i = 0; i < 100000; i++)
        g_string_append_c(deep, ']');
    g_assert_null(virJSONValueFromString(deep->str));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
}


/*
 * Expected getter results: a flag per C type saying whether the getter
 * succeeds, and the value it then gives. (No long double: valgrind
 * computes it with double precision.)
 */
typedef struct {
    const char *name;
    const char *input;
    bool iok;
    int ival;
    bool uok;
    unsigned int uval;
    bool lok;
    long long lval;
    bool ulok;
    unsigned long long ulval;
    bool dok;
    double dval;
} testNumberCase;

static const testNumberCase numberCases[] = {
    { "zero", "0", true, 0, true, 0, true, 0, true, 0, true, 0 },
    { "minus-one", "-1", true, -1, false, 0, true, -1, false, 0, true, -1 },
    { "int-max", "2147483647", true, 2147483647, true, 2147483647U, true, 2147483647LL, true,
      2147483647ULL, true, 2147483647.0 },
    { "int-max+1", "2147483648", false, 0, true, 2147483648U, true, 2147483648LL, true,
      2147483648ULL, true, 2147483648.0 },
    { "int-min", "-2147483648", true, -2147483647 - 1, false, 0, true, -2147483648LL, false, 0,
      true, -2147483648.0 },
    { "int-min-1", "-2147483649", false, 0, false, 0, true, -2147483649LL, false, 0, true,
      -2147483649.0 },
    { "uint-max", "4294967295", false, 0, true, 4294967295U, true, 4294967295LL, true,
      4294967295ULL, true, 4294967295.0 },
    { "uint-max+1", "4294967296", false, 0, false, 0, true, 4294967296LL, true, 4294967296ULL, true,
      4294967296.0 },
    { "long-max", "9223372036854775807", false, 0, false, 0, true, 9223372036854775807LL, true,
      9223372036854775807ULL, true, 9223372036854775807.0 },
    { "long-max+1", "9223372036854775808", false, 0, false, 0, false, 0, true,
      9223372036854775808ULL, true, 9223372036854775808.0 },
    { "long-min", "-9223372036854775808", false, 0, false, 0, true, -9223372036854775807LL - 1,
      false, 0, true, -9223372036854775808.0 },
    { "ulong-max", "18446744073709551615", false, 0, false, 0, false, 0, true,
      18446744073709551615ULL, true, 18446744073709551615.0 },
    { "fraction", "1.5", false, 0, false, 0, false, 0, false, 0, true, 1.5 },
    /* a double stays a double even when its value is integral */
    { "exponent", "1e3", false, 0, false, 0, false, 0, false, 0, true, 1000 },
    { "integral-double", "2.0", false, 0, false, 0, false, 0, false, 0, true, 2 },
    { "negative-fraction", "-0.25", false, 0, false, 0, false, 0, false, 0, true, -0.25 },
    { "string", "\"5\"", false, 0, false, 0, false, 0, false, 0, false, 0 },
    { "boolean", "true", false, 0, false, 0, false, 0, false, 0, false, 0 },
    { "null", "null", false, 0, false, 0, false, 0, false, 0, false, 0 },
    { "object", "{}", false, 0, false, 0, false, 0, false, 0, false, 0 },
};


static void
testNumbers(const void *opaque)
{
    const testNumberCase *tc = opaque;
    g_autoptr(virJSONValue) value = virJSONValueFromString(tc->input);
    g_autoptr(virJSONValue) obj = virJSONValueNewObject();
    g_autoptr(virJSONValue) copy = NULL;
    int i = 7;
    unsigned int u = 7;
    long long l = 7;
    unsigned long long ul = 7;
    double d = 7;

    g_assert_nonnull(value);

    /* failures leave the output alone */
    g_assert_cmpint(virJSONValueGetNumberInt(value, &i), ==, tc->iok ? 0 : -1);
    g_assert_cmpint(i, ==, tc->iok ? tc->ival : 7);
    g_assert_cmpint(virJSONValueGetNumberUint(value, &u), ==, tc->uok ? 0 : -1);
    g_assert_cmpuint(u, ==, tc->uok ? tc->uval : 7);
    g_assert_cmpint(virJSONValueGetNumberLong(value, &l), ==, tc->lok ? 0 : -1);
    g_assert_cmpint(l, ==, tc->lok ? tc->lval : 7);
    g_assert_cmpint(virJSONValueGetNumberUlong(value, &ul), ==, tc->ulok ? 0 : -1);
    g_assert_cmpuint(ul, ==, tc->ulok ? tc->ulval : 7);
    g_assert_cmpint(virJSONValueGetNumberDouble(value, &d), ==, tc->dok ? 0 : -1);
    g_assert_cmpfloat(d, ==, tc->dok ? tc->dval : 7);

    /* the object getters agree */
    copy = virJSONValueCopy(value);
    g_assert_cmpint(virJSONValueObjectAppend(obj, "n", &copy), ==, 0);
    g_assert_null(copy);
    g_assert_cmpint(virJSONValueObjectGetNumberInt(obj, "n", &i), ==, tc->iok ? 0 : -1);
    g_assert_cmpint(virJSONValueObjectGetNumberUint(obj, "n", &u), ==, tc->uok ? 0 : -1);
    g_assert_cmpint(virJSONValueObjectGetNumberLong(obj, "n", &l), ==, tc->lok ? 0 : -1);
    g_assert_cmpint(virJSONValueObjectGetNumberUlong(obj, "n", &ul), ==, tc->ulok ? 0 : -1);
    g_assert_cmpint(virJSONValueObjectGetNumberDouble(obj, "n", &d), ==, tc->dok ? 0 : -1);
    g_assert_cmpint(virJSONValueObjectGetNumberInt(obj, "missing", &i), ==, -1);
}


typedef enum {
    MAKE_INT_MIN,
    MAKE_UINT_MAX,
    MAKE_LONG_MIN,
    MAKE_ULONG_MAX,
    MAKE_TENTH,
    MAKE_THIRD,
    MAKE_THREE,
    MAKE_BIG,
    MAKE_NEG_ZERO,
    MAKE_NAN,
    MAKE_INF,
    MAKE_TRUE,
    MAKE_NULL,
    MAKE_STR_NULL,
    MAKE_STR,
} testMakeKind;

typedef struct {
    const char *name;
    testMakeKind make;
    const char *expect;
} testNewCase;

static const testNewCase newCases[] = {
    { "int-min", MAKE_INT_MIN, "-2147483648" },
    { "uint-max", MAKE_UINT_MAX, "4294967295" },
    { "long-min", MAKE_LONG_MIN, "-9223372036854775808" },
    { "ulong-max", MAKE_ULONG_MAX, "18446744073709551615" },
    /* doubles print as the shortest text that reads back exactly */
    { "double-tenth", MAKE_TENTH, "0.1" },
    { "double-third", MAKE_THIRD, "0.3333333333333333" },
    { "double-three", MAKE_THREE, "3.0" },
    { "double-big", MAKE_BIG, "1e+300" },
    { "double-neg-zero", MAKE_NEG_ZERO, "-0.0" },
    { "double-nan", MAKE_NAN, "null" },
    { "double-inf", MAKE_INF, "null" },
    { "boolean", MAKE_TRUE, "true" },
    { "null", MAKE_NULL, "null" },
    { "string-null", MAKE_STR_NULL, "null" },
    { "string-escapes", MAKE_STR, "\"a\\\"b\\\\c/\\u0001\\n\xc3\xa9\"" },
};


static virJSONValue *
testMake(testMakeKind kind)
{
    switch (kind) {
    case MAKE_INT_MIN:
        return virJSONValueNewNumberInt(-2147483647 - 1);
    case MAKE_UINT_MAX:
        return virJSONValueNewNumberUint(4294967295U);
    case MAKE_LONG_MIN:
        return virJSONValueNewNumberLong(-9223372036854775807LL - 1);
    case MAKE_ULONG_MAX:
        return virJSONValueNewNumberUlong(18446744073709551615ULL);
    case MAKE_TENTH:
        return virJSONValueNewNumberDouble(0.1);
    case MAKE_THIRD:
        return virJSONValueNewNumberDouble(1.0 / 3);
    case MAKE_THREE:
        return virJSONValueNewNumberDouble(3.0);
    case MAKE_BIG:
        return virJSONValueNewNumberDouble(1e300);
    case MAKE_NEG_ZERO:
        return virJSONValueNewNumberDouble(-0.0);
    case MAKE_NAN:
        return virJSONValueNewNumberDouble(NAN);
    case MAKE_INF:
        return virJSONValueNewNumberDouble(-INFINITY);
    case MAKE_TRUE:
        return virJSONValueNewBoolean(true);
    case MAKE_NULL:
        return virJSONValueNewNull();
    case MAKE_STR_NULL:
        return virJSONValueNewString(NULL);
    case MAKE_STR:
        return virJSONValueNewString("a\"b\\c/\x01\n\xc3\xa9");
    }
    g_assert_not_reached();
}


static void
testNew(const void *opaque)
{
    const testNewCase *tc = opaque;
    g_autoptr(virJSONValue) value = testMake(tc->make);
    g_autoptr(virJSONValue) back = NULL;
    g_autofree char *out = virJSONValueToString(value, false);
    g_autofree char *out2 = NULL;

    g_assert_cmpstr(out, ==, tc->expect);

    /* and what we print parses back to the same */
    back = virJSONValueFromString(out);
    g_assert_nonnull(back);
    out2 = virJSONValueToString(back, false);
    g_assert_cmpstr(out2, ==, tc->expect);
}


static void
testDoubleRoundTrip(void)
{
    g_autoptr(GRand) rand = g_rand_new_with_seed(7);
    size_t i;

    for (i = 0; i < 20000; i++) {
        union {
            guint64 bits;
            double d;
        } u;
        g_autoptr(virJSONValue) value = NULL;
        g_autoptr(virJSONValue) back = NULL;
        g_autofree char *str = NULL;
        double got = 0;

        u.bits = ((guint64)g_rand_int(rand) << 32) | g_rand_int(rand);
        if (!isfinite(u.d))
            continue;
        value = virJSONValueNewNumberDouble(u.d);
        str = virJSONValueToString(value, false);
        back = virJSONValueFromString(str);
        g_assert_nonnull(back);
        g_assert_cmpint(virJSONValueGetNumberDouble(back, &got), ==, 0);
        g_assert_true(memcmp(&got, &u.d, sizeof(got)) == 0 || (got == 0 && u.d == 0));
    }
}


static void
testObject(void)
{
    g_autoptr(virJSONValue) obj = virJSONValueNewObject();
    g_autoptr(virJSONValue) arr = virJSONValueNewArray();
    g_autoptr(virJSONValue) val = virJSONValueNewString("x");
    g_autofree char *out = NULL;

    g_assert_cmpint(virJSONValueGetType(obj), ==, VIR_JSON_TYPE_OBJECT);
    g_assert_cmpint(virJSONValueObjectAppendString(obj, "s", "str"), ==, 0);
    g_assert_cmpint(virJSONValueObjectAppendNumberInt(obj, "i", -3), ==, 0);
    g_assert_cmpint(virJSONValueObjectAppendNumberUint(obj, "u", 3), ==, 0);
    g_assert_cmpint(virJSONValueObjectAppendNumberLong(obj, "l", -4), ==, 0);
    g_assert_cmpint(virJSONValueObjectAppendNumberUlong(obj, "ul", 4), ==, 0);
    g_assert_cmpint(virJSONValueObjectAppendNumberDouble(obj, "d", 0.5), ==, 0);
    g_assert_cmpint(virJSONValueObjectAppendBoolean(obj, "b", true), ==, 0);
    g_assert_cmpint(virJSONValueObjectAppendNull(obj, "n"), ==, 0);
    g_assert_cmpint(virJSONValueObjectAppendString(obj, "sn", NULL), ==, 0);
    g_assert_cmpint(virJSONValueObjectAppend(obj, "a", &arr), ==, 0);
    g_assert_null(arr);

    out = virJSONValueToString(obj, false);
    g_assert_cmpstr(out, ==,
                    "{\"s\":\"str\",\"i\":-3,\"u\":3,\"l\":-4,\"ul\":4,\"d\":0.5,"
                    "\"b\":true,\"n\":null,\"sn\":null,\"a\":[]}");

    /* errors: duplicate key, missing value, not an object; value kept */
    virResetLastError();
    g_assert_cmpint(virJSONValueObjectAppend(obj, "s", &val), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "internal error: duplicate key 's'");
    g_assert_nonnull(val);
    g_assert_cmpint(virJSONValueObjectAppend(val, "k", &val), ==, -1);
    g_assert_nonnull(val);
    g_assert_cmpint(virJSONValueObjectAppend(obj, "k", &arr), ==, -1);
    g_assert_cmpint(virJSONValueObjectAppendNumberInt(obj, "i", 1), ==, -1);
    g_assert_cmpuint(virJSONValueObjectKeysNumber(obj), ==, 10);
}


static void
testObjectLookup(void)
{
    g_autoptr(virJSONValue) obj =
        virJSONValueFromString("{\"s\":\"str\",\"i\":-3,\"u\":3,\"l\":-4,\"ul\":4,"
                               "\"d\":0.5,\"b\":true,\"n\":null,\"sn\":null,\"a\":[]}");
    g_autoptr(virJSONValue) val = virJSONValueNewString("x");
    g_autoptr(virJSONValue) removed = NULL;
    bool b = false;

    g_assert_nonnull(obj);
    g_assert_true(virJSONValueObjectHasKey(obj, "n"));
    g_assert_false(virJSONValueObjectHasKey(obj, "nope"));
    g_assert_false(virJSONValueObjectHasKey(val, "s"));
    g_assert_false(virJSONValueObjectHasKey(NULL, "s"));
    g_assert_cmpstr(virJSONValueObjectGetString(obj, "s"), ==, "str");
    g_assert_null(virJSONValueObjectGetString(obj, "i"));
    g_assert_null(virJSONValueObjectGetString(obj, "nope"));
    g_assert_null(virJSONValueObjectGetString(NULL, "s"));
    g_assert_nonnull(virJSONValueObjectGetArray(obj, "a"));
    g_assert_null(virJSONValueObjectGetObject(obj, "a"));
    g_assert_null(virJSONValueObjectGetArray(obj, "s"));
    g_assert_nonnull(virJSONValueObjectGetByType(obj, "d", VIR_JSON_TYPE_NUMBER));
    g_assert_null(virJSONValueObjectGetByType(obj, "d", VIR_JSON_TYPE_STRING));
    g_assert_cmpint(virJSONValueObjectGetBoolean(obj, "b", &b), ==, 0);
    g_assert_true(b);
    g_assert_cmpint(virJSONValueObjectGetBoolean(obj, "s", &b), ==, -1);
    g_assert_true(virJSONValueObjectIsNull(obj, "n"));
    g_assert_true(virJSONValueObjectIsNull(obj, "sn"));
    g_assert_false(virJSONValueObjectIsNull(obj, "s"));
    g_assert_false(virJSONValueObjectIsNull(obj, "nope"));
    g_assert_true(virJSONValueIsObject(obj));
    g_assert_false(virJSONValueIsArray(obj));
    g_assert_true(virJSONValueIsArray(virJSONValueObjectGet(obj, "a")));
    g_assert_false(virJSONValueIsNull(NULL));

    /* index access in insertion order */
    g_assert_cmpstr(virJSONValueObjectGetKey(obj, 0), ==, "s");
    g_assert_cmpstr(virJSONValueObjectGetKey(obj, 9), ==, "a");
    g_assert_null(virJSONValueObjectGetKey(obj, 10));
    g_assert_true(virJSONValueObjectGetValue(obj, 1) == virJSONValueObjectGet(obj, "i"));
    g_assert_null(virJSONValueObjectGetValue(val, 0));

    /* removal */
    g_assert_cmpint(virJSONValueObjectRemoveKey(obj, "i", &removed), ==, 1);
    g_assert_nonnull(removed);
    g_clear_pointer(&removed, virJSONValueFree);
    g_assert_cmpint(virJSONValueObjectRemoveKey(obj, "i", &removed), ==, 0);
    g_assert_null(removed);
    g_assert_cmpint(virJSONValueObjectRemoveKey(obj, "u", NULL), ==, 1);
    virResetLastError();
    g_assert_cmpint(virJSONValueObjectRemoveKey(val, "u", NULL), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
    g_assert_cmpstr(virJSONValueObjectGetKey(obj, 1), ==, "l");
    g_assert_cmpuint(virJSONValueObjectKeysNumber(obj), ==, 8);
    g_assert_cmpuint(virJSONValueObjectKeysNumber(val), ==, 0);
}


static void
testObjectSteal(void)
{
    g_autoptr(virJSONValue) obj = virJSONValueFromString("{\"a\":[1],\"o\":{\"x\":1},\"s\":\"t\"}");
    g_autoptr(virJSONValue) arr = NULL;
    g_autoptr(virJSONValue) sub = NULL;
    g_autofree char *out = NULL;

    g_assert_null(virJSONValueObjectStealArray(obj, "o"));
    g_assert_null(virJSONValueObjectStealObject(obj, "a"));
    g_assert_null(virJSONValueObjectStealArray(obj, "missing"));
    g_assert_cmpuint(virJSONValueObjectKeysNumber(obj), ==, 3);
    arr = virJSONValueObjectStealArray(obj, "a");
    sub = virJSONValueObjectStealObject(obj, "o");
    g_assert_cmpuint(virJSONValueArraySize(arr), ==, 1);
    g_assert_cmpuint(virJSONValueObjectKeysNumber(sub), ==, 1);
    out = virJSONValueToString(obj, false);
    g_assert_cmpstr(out, ==, "{\"s\":\"t\"}");
}


static int
testForeachCollect(const char *key, virJSONValue *value, void *opaque)
{
    GString *seen = opaque;

    g_string_append_printf(seen, "%s=%d;", key, virJSONValueGetType(value));
    if (g_str_equal(key, "stop"))
        return -1;
    return 0;
}


static void
testObjectForeach(void)
{
    g_autoptr(virJSONValue) obj =
        virJSONValueFromString("{\"a\":1,\"b\":\"x\",\"stop\":null,\"c\":2}");
    g_autoptr(virJSONValue) arr = virJSONValueNewArray();
    g_autoptr(GString) seen = g_string_new(NULL);

    g_assert_cmpint(virJSONValueObjectForeachKeyValue(obj, testForeachCollect, seen), ==, -1);
    g_assert_cmpstr(seen->str, ==, "a=3;b=2;stop=5;");

    g_string_truncate(seen, 0);
    g_assert_cmpint(virJSONValueObjectRemoveKey(obj, "stop", NULL), ==, 1);
    g_assert_cmpint(virJSONValueObjectForeachKeyValue(obj, testForeachCollect, seen), ==, 0);
    g_assert_cmpstr(seen->str, ==, "a=3;b=2;c=3;");

    virResetLastError();
    g_assert_cmpint(virJSONValueObjectForeachKeyValue(arr, testForeachCollect, seen), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
}


static void
testArray(void)
{
    g_autoptr(virJSONValue) arr = virJSONValueNewArray();
    g_autoptr(virJSONValue) obj = virJSONValueNewObject();
    g_autoptr(virJSONValue) elem = NULL;
    g_autoptr(virJSONValue) stolen = NULL;
    g_autofree char *out = NULL;
    size_t i;

    for (i = 0; i < 5; i++) {
        elem = virJSONValueNewNumberUlong(i);
        g_assert_cmpint(virJSONValueArrayAppend(arr, &elem), ==, 0);
        g_assert_null(elem);
    }
    g_assert_cmpint(virJSONValueArrayAppendString(arr, "s"), ==, 0);
    g_assert_cmpint(virJSONValueArrayAppendString(arr, NULL), ==, 0);
    g_assert_cmpuint(virJSONValueArraySize(arr), ==, 7);
    g_assert_cmpstr(virJSONValueGetString(virJSONValueArrayGet(arr, 5)), ==, "s");
    g_assert_true(virJSONValueIsNull(virJSONValueArrayGet(arr, 6)));
    g_assert_null(virJSONValueArrayGet(arr, 7));
    g_assert_null(virJSONValueArrayGet(obj, 0));
    g_assert_cmpuint(virJSONValueArraySize(obj), ==, 0);
    g_assert_cmpuint(virJSONValueArraySize(NULL), ==, 0);

    stolen = virJSONValueArraySteal(arr, 1);
    g_assert_nonnull(stolen);
    g_assert_null(virJSONValueArraySteal(arr, 6));
    out = virJSONValueToString(arr, false);
    g_assert_cmpstr(out, ==, "[0,2,3,4,\"s\",null]");

    virResetLastError();
    g_assert_cmpint(virJSONValueArrayAppend(obj, &stolen), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
    g_assert_nonnull(stolen);
    g_assert_cmpint(virJSONValueArrayAppend(arr, &elem), ==, -1);
    g_assert_cmpint(virJSONValueArrayAppendString(obj, "x"), ==, -1);
}


static void
testCopy(void)
{
    g_autoptr(virJSONValue) orig =
        virJSONValueFromString("{\"a\":[1,\"x\",null,true,{\"b\":2.5}],\"c\":{}}");
    g_autoptr(virJSONValue) copy = virJSONValueCopy(orig);
    g_autofree char *o1 = virJSONValueToString(orig, false);
    g_autofree char *c1 = virJSONValueToString(copy, false);
    g_autofree char *o2 = NULL;

    g_assert_cmpstr(o1, ==, c1);
    g_assert_true(virJSONValueObjectGet(orig, "a") != virJSONValueObjectGet(copy, "a"));
    g_assert_cmpint(
        virJSONValueObjectAppendNumberInt(virJSONValueObjectGetObject(copy, "c"), "new", 1), ==, 0);
    o2 = virJSONValueToString(orig, false);
    g_assert_cmpstr(o1, ==, o2);
    virJSONValueFree(NULL);
}


static void
testPrettyFile(void)
{
    const char *srcdir = g_getenv("abs_srcdir");
    g_autofree char *jsonpath = NULL;
    g_autofree char *prettypath = NULL;
    g_autofree char *input = NULL;
    g_autofree char *expect = NULL;
    g_autoptr(virJSONValue) value = NULL;
    g_autoptr(virJSONValue) again = NULL;
    g_autofree char *pretty = NULL;
    g_autofree char *compact = NULL;
    g_autofree char *compact2 = NULL;
    unsigned long long ul = 0;
    double d = 0;
    long long l = 0;

    if (!srcdir)
        srcdir = MODVIRT_SOURCE_ROOT "/tests";
    jsonpath = g_build_filename(srcdir, "virjsondata", "query-block.json", NULL);
    prettypath = g_build_filename(srcdir, "virjsondata", "query-block.pretty", NULL);
    g_assert_true(g_file_get_contents(jsonpath, &input, NULL, NULL));
    g_assert_true(g_file_get_contents(prettypath, &expect, NULL, NULL));

    value = virJSONValueFromString(input);
    g_assert_nonnull(value);
    pretty = virJSONValueToString(value, true);
    g_assert_cmpstr(pretty, ==, expect);

    again = virJSONValueFromString(pretty);
    compact = virJSONValueToString(value, false);
    compact2 = virJSONValueToString(again, false);
    g_assert_cmpstr(compact, ==, compact2);

    /* the way QMP code digs into a reply */
    {
        virJSONValue *ret = virJSONValueObjectGetArray(value, "return");
        virJSONValue *inserted =
            virJSONValueObjectGetObject(virJSONValueArrayGet(ret, 0), "inserted");
        virJSONValue *image = virJSONValueObjectGetObject(inserted, "image");

        g_assert_cmpstr(virJSONValueObjectGetString(value, "id"), ==, "libvirt-12");
        g_assert_cmpint(virJSONValueObjectGetNumberUlong(image, "virtual-size", &ul), ==, 0);
        g_assert_cmpuint(ul, ==, 10737418240ULL);
        g_assert_cmpint(virJSONValueObjectGetNumberUlong(inserted, "bps_max", &ul), ==, 0);
        g_assert_cmpuint(ul, ==, G_MAXUINT64);
        g_assert_cmpint(virJSONValueObjectGetNumberLong(inserted, "bps_max", &l), ==, -1);
        g_assert_cmpint(virJSONValueObjectGetNumberDouble(inserted, "ratio", &d), ==, 0);
        g_assert_cmpfloat(d, ==, 0.75);
        g_assert_cmpint(virJSONValueObjectGetNumberLong(inserted, "delta", &l), ==, 0);
        g_assert_cmpint(l, ==, -42);
    }
}


static void
testPrettySmall(void)
{
    g_autoptr(virJSONValue) value = virJSONValueFromString("{\"a\":[1,2],\"b\":\"x/y\"}");
    g_autoptr(virJSONValue) num = virJSONValueNewNumberInt(5);
    g_autofree char *pretty = virJSONValueToString(value, true);
    g_autofree char *pnum = virJSONValueToString(num, true);

    g_assert_cmpstr(pretty, ==, "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": \"x/y\"\n}\n");
    g_assert_cmpstr(pnum, ==, "5\n");
}


static void
testAddAll(void)
{
    g_autoptr(virJSONValue) obj = NULL;
    g_autoptr(virJSONValue) child = virJSONValueNewObject();
    g_autoptr(virJSONValue) absent = NULL;
    g_autoptr(virBitmap) map = NULL;
    g_autofree char *out = NULL;

    g_assert_cmpint(virBitmapParse("1,3-4", &map, 8), ==, 0);
    g_assert_cmpint(
        virJSONValueObjectAdd(&obj, "s:driver", "qcow2", "S:absent-str", NULL, "i:int", -1,
                              "j:nonneg", 0, "k:skip-neg", -5, "k:keep", 5, "z:skip-zero", 0, "y:y",
                              2, "I:long", -9000000000LL, "J:Jzero", 0LL, "K:K", -1LL, "Z:Z", 0LL,
                              "Y:Y", 0LL, "u:uint", 4000000000U, "p:p", 0U, "U:ulong",
                              18446744073709551615ULL, "P:P", 0ULL, "d:dbl", 0.25, "b:flag", true,
                              "b:off", false, "B:B", false, "n:nothing", "a:child", &child,
                              "A:absent", &absent, "m:cpus", map, "M:nomap", NULL, NULL),
        ==, 1);
    g_assert_null(child);
    out = virJSONValueToString(obj, false);
    g_assert_cmpstr(out, ==,
                    "{\"driver\":\"qcow2\",\"int\":-1,\"nonneg\":0,\"keep\":5,\"y\":2,"
                    "\"long\":-9000000000,\"Jzero\":0,\"uint\":4000000000,"
                    "\"ulong\":18446744073709551615,\"dbl\":0.25,\"flag\":true,\"off\":false,"
                    "\"nothing\":null,\"child\":{},\"cpus\":[1,3,4]}");
}


static void
testAddOmitted(void)
{
    g_autoptr(virJSONValue) obj = NULL;
    g_autoptr(virJSONValue) absent = NULL;

    /* nothing added: no object is created */
    g_assert_cmpint(
        virJSONValueObjectAdd(&obj, "S:a", NULL, "z:b", 0, "A:c", &absent, "B:d", false, NULL), ==,
        0);
    g_assert_null(obj);
    g_assert_cmpint(virJSONValueObjectAdd(&obj, NULL), ==, 0);
    g_assert_null(obj);

    /* an existing object gains members */
    obj = virJSONValueNewObject();
    g_assert_cmpint(virJSONValueObjectAdd(&obj, "S:a", NULL, NULL), ==, 0);
    g_assert_nonnull(obj);
    g_assert_cmpint(virJSONValueObjectAdd(&obj, "i:a", 1, NULL), ==, 1);
    g_assert_cmpint(virJSONValueObjectAdd(&obj, "i:b", 2, NULL), ==, 1);
    g_assert_cmpuint(virJSONValueObjectKeysNumber(obj), ==, 2);
}


typedef struct {
    const char *name;
    int which;
    const char *message;
} testAddErrorCase;

static const testAddErrorCase addErrorCases[] = {
    { "short-key", 0, "internal error: argument key 's:' is too short or malformed" },
    { "no-colon", 1, "internal error: argument key 'sname' is too short or malformed" },
    { "unknown-letter", 2, "internal error: unsupported data type 'q' for arg 'q:x'" },
    { "null-string", 3, "internal error: argument key 'x' must not have null value" },
    { "negative-j", 4, "internal error: argument key 'x' must not be negative" },
    { "negative-y", 5, "internal error: argument key 'x' must not be negative" },
    { "negative-J", 6, "internal error: argument key 'x' must not be negative" },
    { "negative-Y", 7, "internal error: argument key 'x' must not be negative" },
    { "null-a", 8, "internal error: argument key 'x' must not have null value" },
    { "null-m", 9, "internal error: argument key 'x' must not have null value" },
    { "duplicate", 10, "internal error: duplicate key 'x'" },
};


static int
testAddErrorCall(int which, virJSONValue **obj, virJSONValue **later)
{
    virJSONValue *none = NULL;

    switch (which) {
    case 0:
        return virJSONValueObjectAdd(obj, "s:", "v", "a:later", later, NULL);
    case 1:
        return virJSONValueObjectAdd(obj, "sname", "v", "a:later", later, NULL);
    case 2:
        return virJSONValueObjectAdd(obj, "q:x", 1, "a:later", later, NULL);
    case 3:
        return virJSONValueObjectAdd(obj, "s:x", NULL, "a:later", later, NULL);
    case 4:
        return virJSONValueObjectAdd(obj, "j:x", -1, "a:later", later, NULL);
    case 5:
        return virJSONValueObjectAdd(obj, "y:x", -1, "a:later", later, NULL);
    case 6:
        return virJSONValueObjectAdd(obj, "J:x", -1LL, "a:later", later, NULL);
    case 7:
        return virJSONValueObjectAdd(obj, "Y:x", -1LL, "a:later", later, NULL);
    case 8:
        return virJSONValueObjectAdd(obj, "a:x", &none, "a:later", later, NULL);
    case 9:
        return virJSONValueObjectAdd(obj, "m:x", NULL, "a:later", later, NULL);
    case 10:
        return virJSONValueObjectAdd(obj, "i:x", 1, "i:x", 2, "a:later", later, NULL);
    }
    g_assert_not_reached();
}


static void
testAddError(const void *opaque)
{
    const testAddErrorCase *tc = opaque;
    g_autoptr(virJSONValue) obj = NULL;
    g_autoptr(virJSONValue) later = virJSONValueNewNull();
    g_autoptr(virJSONValue) existing = virJSONValueNewObject();

    virResetLastError();
    g_assert_cmpint(testAddErrorCall(tc->which, &obj, &later), ==, -1);
    g_assert_null(obj);
    /* the value after the failing pair was not taken */
    g_assert_nonnull(later);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, tc->message);

    /* an existing object survives the error */
    g_assert_cmpint(virJSONValueObjectAppendBoolean(existing, "keep", true), ==, 0);
    g_assert_cmpint(testAddErrorCall(tc->which, &existing, &later), ==, -1);
    g_assert_nonnull(existing);
    g_assert_true(virJSONValueObjectHasKey(existing, "keep"));
    g_assert_nonnull(later);
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

    ADD_TABLE("/util/json/parse", parseCases, testParse);
    g_test_add_func("/util/json/parse-null", testParseNull);
    g_test_add_func("/util/json/parse-depth", testParseDepth);
    ADD_TABLE("/util/json/number", numberCases, testNumbers);
    ADD_TABLE("/util/json/new", newCases, testNew);
    g_test_add_func("/util/json/double-round-trip", testDoubleRoundTrip);
    g_test_add_func("/util/json/object", testObject);
    g_test_add_func("/util/json/object-lookup", testObjectLookup);
    g_test_add_func("/util/json/object-steal", testObjectSteal);
    g_test_add_func("/util/json/object-foreach", testObjectForeach);
    g_test_add_func("/util/json/array", testArray);
    g_test_add_func("/util/json/copy", testCopy);
    g_test_add_func("/util/json/pretty-file", testPrettyFile);
    g_test_add_func("/util/json/pretty-small", testPrettySmall);
    g_test_add_func("/util/json/add-all", testAddAll);
    g_test_add_func("/util/json/add-omitted", testAddOmitted);
    ADD_TABLE("/util/json/add-error", addErrorCases, testAddError);

    return g_test_run();
}
