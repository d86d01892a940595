/*
 * virconftest.c: tests for the configuration file module
 *
 * Good files in virconfdata/NAME.conf are parsed and written back with
 * virConfFormat(); the text must equal NAME.out (or the .conf itself when
 * there is no .out) and must not change when parsed and written again.
 * Bad files bad-NAME.conf must fail with the "LINE: message" held in
 * bad-NAME.err.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <glib/gstdio.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>

#include "internal.h"
#include "virconf.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_NONE

typedef struct {
    const char *name;
    unsigned int flags;
} testConfFile;


static char *
testDataPath(const char *name, const char *suffix)
{
    const char *srcdir = g_getenv("abs_srcdir");

    if (!srcdir)
        srcdir = MODVIRT_SOURCE_ROOT "/tests";
    return g_strdup_printf("%s/virconfdata/%s%s", srcdir, name, suffix);
}


static char *
testLoad(const char *path)
{
    g_autoptr(GError) err = NULL;
    char *content = NULL;

    if (!g_file_get_contents(path, &content, NULL, &err))
        g_error("cannot read %s: %s", path, err->message);
    return content;
}


static void
testCompare(const char *what, const char *expected, const char *actual)
{
    if (g_str_equal(expected, actual))
        return;
    g_printerr("%s differs\n--- expected\n%s--- actual\n%s---\n", what, expected, actual);
    g_test_fail();
}


static void
testConfGood(const void *opaque)
{
    const testConfFile *data = opaque;
    g_autofree char *conffile = testDataPath(data->name, ".conf");
    g_autofree char *outfile = testDataPath(data->name, ".out");
    g_autofree char *expected = NULL;
    g_autofree char *actual = NULL;
    g_autofree char *again = NULL;
    g_autoptr(virConf) conf = NULL;
    g_autoptr(virConf) reread = NULL;

    virResetLastError();
    if (!(conf = virConfReadFile(conffile, data->flags)))
        g_error("%s: %s", conffile, virGetLastErrorMessage());

    expected = testLoad(g_file_test(outfile, G_FILE_TEST_EXISTS) ? outfile : conffile);
    actual = virConfFormat(conf);
    g_assert_nonnull(actual);
    testCompare(conffile, expected, actual);

    reread = virConfReadString(actual, data->flags);
    g_assert_nonnull(reread);
    again = virConfFormat(reread);
    testCompare("second round trip", actual, again);
}


static void
testConfBad(const void *opaque)
{
    const testConfFile *data = opaque;
    g_autofree char *conffile = testDataPath(data->name, ".conf");
    g_autofree char *errfile = testDataPath(data->name, ".err");
    g_autofree char *errtext = testLoad(errfile);
    g_autofree char *expected = NULL;
    g_autofree char *content = NULL;
    g_autoptr(virConf) conf = NULL;

    g_strchomp(errtext);
    expected = g_strdup_printf("configuration file syntax error: %s:%s", conffile, errtext);

    virResetLastError();
    conf = virConfReadFile(conffile, data->flags);
    g_assert_null(conf);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_CONF_SYNTAX);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_CONF);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, expected);

    /* From memory the same error names "memory conf" instead. */
    content = testLoad(conffile);
    g_free(expected);
    expected = g_strdup_printf("configuration file syntax error: memory conf:%s", errtext);
    virResetLastError();
    g_assert_null(virConfReadString(content, data->flags));
    g_assert_cmpstr(virGetLastErrorMessage(), ==, expected);
}


static const testConfFile confGood[] = {
    { "libvirtd", 0 },
    { "quoting", 0 },
    { "numbers", 0 },
    { "lists", 0 },
    { "empty", 0 },
    { "blank", 0 },
    { "lxc-container", VIR_CONF_FLAG_LXC_FORMAT },
    { "vmx-guest", VIR_CONF_FLAG_VMX_FORMAT },
};

static const testConfFile confBad[] = {
    { "bad-no-assign", 0 },
    { "bad-no-value", 0 },
    { "bad-no-value-eof", 0 },
    { "bad-name-digit", 0 },
    { "bad-name-underscore", 0 },
    { "bad-name-dot", 0 },
    { "bad-unquoted", 0 },
    { "bad-unterminated-double", 0 },
    { "bad-unterminated-single", 0 },
    { "bad-string-newline", 0 },
    { "bad-triple-unterminated", 0 },
    { "bad-list-separator", 0 },
    { "bad-list-unclosed", 0 },
    { "bad-list-empty-element", 0 },
    { "bad-list-double-comma", 0 },
    { "bad-list-comment", 0 },
    { "bad-separator", 0 },
    { "bad-trailing-junk", 0 },
    { "bad-number-junk", 0 },
    { "bad-number-sign", 0 },
    { "bad-number-double-sign", 0 },
    { "bad-u64-overflow", 0 },
    { "bad-i64-underflow", 0 },
    { "bad-nested-too-deep", 0 },
    { "bad-vmx-list", VIR_CONF_FLAG_VMX_FORMAT },
    { "bad-vmx-number", VIR_CONF_FLAG_VMX_FORMAT },
};


/* ---- typed getters ------------------------------------------------------ */

/* clang-format off */
static const char getterConf[] =
    "str = \"hello\"\n"
    "list = [ \"a\", \"b\" ]\n"
    "zero = 0\n"
    "one = 1\n"
    "two = 2\n"
    "neg = -1\n"
    "negzero = -0\n"
    "intmax = 2147483647\n"
    "intmax1 = 2147483648\n"
    "intmin = -2147483648\n"
    "intmin1 = -2147483649\n"
    "uintmax = 4294967295\n"
    "uintmax1 = 4294967296\n"
    "llmax = 9223372036854775807\n"
    "llmax1 = 9223372036854775808\n"
    "llmin = -9223372036854775808\n"
    "u64max = 18446744073709551615\n"
    "dup = 1\n"
    "dup = 2\n";

typedef enum {
    GET_BOOL,
    GET_INT,
    GET_UINT,
    GET_SIZET,
    GET_SSIZET,
    GET_LLONG,
    GET_ULLONG,
    GET_STRING,
} testGetKind;

typedef struct {
    testGetKind kind;
    const char *setting;
    int rc;               /* expected return */
    const char *expected; /* value as printed, or the error message */
} testGetData;

#define INTERNAL "internal error: memory conf: "

static const testGetData getterCases[] = {
    { GET_BOOL, "zero", 1, "0" },
    { GET_BOOL, "one", 1, "1" },
    { GET_BOOL, "absent", 0, "untouched" },
    { GET_BOOL, "two", -1, INTERNAL "value for 'two' parameter must be 0 or 1" },
    { GET_BOOL, "neg", -1, INTERNAL "expected a bool for 'neg' parameter" },
    { GET_BOOL, "negzero", -1, INTERNAL "expected a bool for 'negzero' parameter" },
    { GET_BOOL, "str", -1, INTERNAL "expected a bool for 'str' parameter" },

    { GET_INT, "intmax", 1, "2147483647" },
    { GET_INT, "intmin", 1, "-2147483648" },
    { GET_INT, "neg", 1, "-1" },
    { GET_INT, "dup", 1, "1" },
    { GET_INT, "absent", 0, "untouched" },
    { GET_INT, "intmax1", -1,
      INTERNAL "value for 'intmax1' parameter must be in range -2147483648:2147483647" },
    { GET_INT, "intmin1", -1,
      INTERNAL "value for 'intmin1' parameter must be in range -2147483648:2147483647" },
    /* libvirt stores 2^64-1 as -1 and let it through as an int */
    { GET_INT, "u64max", -1,
      INTERNAL "value for 'u64max' parameter must be in range -2147483648:2147483647" },
    { GET_INT, "list", -1, INTERNAL "expected a signed integer for 'list' parameter" },

    { GET_UINT, "uintmax", 1, "4294967295" },
    { GET_UINT, "zero", 1, "0" },
    { GET_UINT, "uintmax1", -1, INTERNAL "value for 'uintmax1' parameter must be in range 0:4294967295" },
    { GET_UINT, "neg", -1, INTERNAL "expected an unsigned integer for 'neg' parameter" },
    { GET_UINT, "negzero", -1, INTERNAL "expected an unsigned integer for 'negzero' parameter" },
    { GET_UINT, "str", -1, INTERNAL "expected an unsigned integer for 'str' parameter" },

    { GET_SIZET, "uintmax1", 1, "4294967296" },
    { GET_SIZET, "neg", -1, INTERNAL "expected an unsigned integer for 'neg' parameter" },

    { GET_SSIZET, "llmin", 1, "-9223372036854775808" },
    { GET_SSIZET, "uintmax1", 1, "4294967296" },
    { GET_SSIZET, "str", -1, INTERNAL "expected a signed integer for 'str' parameter" },

    { GET_LLONG, "llmax", 1, "9223372036854775807" },
    { GET_LLONG, "llmin", 1, "-9223372036854775808" },
    { GET_LLONG, "negzero", 1, "0" },
    { GET_LLONG, "llmax1", -1,
      INTERNAL "value for 'llmax1' parameter must be in range -9223372036854775808:9223372036854775807" },
    { GET_LLONG, "u64max", -1,
      INTERNAL "value for 'u64max' parameter must be in range -9223372036854775808:9223372036854775807" },

    { GET_ULLONG, "u64max", 1, "18446744073709551615" },
    { GET_ULLONG, "llmax1", 1, "9223372036854775808" },
    { GET_ULLONG, "llmin", -1, INTERNAL "expected an unsigned integer for 'llmin' parameter" },
    { GET_ULLONG, "absent", 0, "untouched" },

    { GET_STRING, "str", 1, "hello" },
    { GET_STRING, "absent", 0, "untouched" },
    { GET_STRING, "one", -1, INTERNAL "expected a string for 'one' parameter" },
    { GET_STRING, "list", -1, INTERNAL "expected a string for 'list' parameter" },
};
/* clang-format on */


/* Calls the getter; on success prints the value into @out. */
static int
testCallGetter(virConf *conf, const testGetData *data, char **out)
{
    bool b = false;
    int i = 0;
    unsigned int u = 0;
    size_t sz = 0;
    ssize_t ssz = 0;
    long long ll = 0;
    unsigned long long ull = 0;
    g_autofree char *str = g_strdup("old");
    int rc = -2;

    switch (data->kind) {
    case GET_BOOL:
        if ((rc = virConfGetValueBool(conf, data->setting, &b)) == 1)
            *out = g_strdup_printf("%d", b);
        break;
    case GET_INT:
        if ((rc = virConfGetValueInt(conf, data->setting, &i)) == 1)
            *out = g_strdup_printf("%d", i);
        break;
    case GET_UINT:
        if ((rc = virConfGetValueUInt(conf, data->setting, &u)) == 1)
            *out = g_strdup_printf("%u", u);
        break;
    case GET_SIZET:
        if ((rc = virConfGetValueSizeT(conf, data->setting, &sz)) == 1)
            *out = g_strdup_printf("%zu", sz);
        break;
    case GET_SSIZET:
        if ((rc = virConfGetValueSSizeT(conf, data->setting, &ssz)) == 1)
            *out = g_strdup_printf("%zd", ssz);
        break;
    case GET_LLONG:
        if ((rc = virConfGetValueLLong(conf, data->setting, &ll)) == 1)
            *out = g_strdup_printf("%lld", ll);
        break;
    case GET_ULLONG:
        if ((rc = virConfGetValueULLong(conf, data->setting, &ull)) == 1)
            *out = g_strdup_printf("%llu", ull);
        break;
    case GET_STRING:
        if ((rc = virConfGetValueString(conf, data->setting, &str)) == 1)
            *out = g_strdup(str);
        else
            g_assert_cmpstr(str, ==, "old");
        break;
    }

    /* Nothing may be written when the getter does not return 1. */
    if (rc != 1)
        g_assert_true(!b && !i && !u && !sz && !ssz && !ll && !ull);
    return rc;
}


static void
testConfGetters(void)
{
    g_autoptr(virConf) conf = virConfReadString(getterConf, 0);
    size_t n;

    g_assert_nonnull(conf);

    for (n = 0; n < G_N_ELEMENTS(getterCases); n++) {
        const testGetData *data = &getterCases[n];
        g_autofree char *out = NULL;
        int rc;

        virResetLastError();
        rc = testCallGetter(conf, data, &out);
        if (rc != data->rc)
            g_error("case %zu ('%s'): rc %d, expected %d", n, data->setting, rc, data->rc);

        if (rc == 1) {
            g_assert_cmpstr(out, ==, data->expected);
        } else if (rc == 0) {
            g_assert_null(out);
            g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_OK);
        } else {
            g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
            g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_CONF);
            g_assert_cmpstr(virGetLastErrorMessage(), ==, data->expected);
        }
    }

    g_assert_cmpint(virConfGetValueType(conf, "list"), ==, VIR_CONF_LIST);
    g_assert_cmpint(virConfGetValueType(conf, "neg"), ==, VIR_CONF_LLONG);
    g_assert_cmpint(virConfGetValueType(conf, "negzero"), ==, VIR_CONF_LLONG);
    g_assert_cmpint(virConfGetValueType(conf, "zero"), ==, VIR_CONF_ULLONG);
    g_assert_cmpint(virConfGetValueType(conf, "str"), ==, VIR_CONF_STRING);
    g_assert_cmpint(virConfGetValueType(conf, "absent"), ==, VIR_CONF_NONE);
    g_assert_cmpint(virConfGetValueType(NULL, "str"), ==, VIR_CONF_NONE);
    g_assert_cmpstr(virConfTypeToString(VIR_CONF_ULLONG), ==, "unsigned long");
    g_assert_cmpstr(virConfTypeToString(VIR_CONF_LIST), ==, "list");
    g_assert_null(virConfTypeToString(VIR_CONF_LAST));
    g_assert_null(virConfTypeToString(-1));
}


static void
testConfStringList(void)
{
    g_autoptr(virConf) conf = NULL;
    g_auto(GStrv) values = NULL;

    conf = virConfReadString("list = [ \"a\", 'b', \"\" ]\n"
                             "empty = []\n"
                             "str = \"single\"\n"
                             "num = 5\n"
                             "mixed = [ \"a\", 1 ]\n"
                             "nested = [ [ \"a\" ] ]\n",
                             0);
    g_assert_nonnull(conf);

    g_assert_cmpint(virConfGetValueStringList(conf, "list", false, &values), ==, 1);
    g_assert_cmpuint(g_strv_length(values), ==, 3);
    g_assert_cmpstr(values[0], ==, "a");
    g_assert_cmpstr(values[1], ==, "b");
    g_assert_cmpstr(values[2], ==, "");

    /* a previous list is replaced */
    g_assert_cmpint(virConfGetValueStringList(conf, "empty", false, &values), ==, 1);
    g_assert_nonnull(values);
    g_assert_cmpuint(g_strv_length(values), ==, 0);

    g_assert_cmpint(virConfGetValueStringList(conf, "str", true, &values), ==, 1);
    g_assert_cmpuint(g_strv_length(values), ==, 1);
    g_assert_cmpstr(values[0], ==, "single");

    g_assert_cmpint(virConfGetValueStringList(conf, "absent", true, &values), ==, 0);
    g_assert_cmpstr(values[0], ==, "single");

    virResetLastError();
    g_assert_cmpint(virConfGetValueStringList(conf, "str", false, &values), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    INTERNAL "expected a string list for 'str' parameter");

    virResetLastError();
    g_assert_cmpint(virConfGetValueStringList(conf, "num", true, &values), ==, -1);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    INTERNAL "expected a string or string list for 'num' parameter");

    /* as in libvirt, a list with a non-string is a syntax error */
    virResetLastError();
    g_assert_cmpint(virConfGetValueStringList(conf, "mixed", true, &values), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_CONF_SYNTAX);
    g_assert_cmpstr(
        virGetLastErrorMessage(), ==,
        "configuration file syntax error: memory conf: expected a string list for 'mixed' parameter");
    g_assert_cmpint(virConfGetValueStringList(conf, "nested", false, &values), ==, -1);

    /* failures leave the old list alone */
    g_assert_cmpstr(values[0], ==, "single");
}


typedef struct {
    const char *conf;
    int rc;
    const char *error; /* expected message when rc is -1 */
} testKeysData;

static void
testConfCheckKeys(void)
{
    static const char *const known[] = { "listen_tls", "listen_tcp", "tls_port", NULL };
    static const testKeysData cases[] = {
        { "listen_tls = 0\nlisten_tcp = 1\n", 0, NULL },
        { "", 0, NULL },
        { "# listen_tsl = 1\n", 0, NULL },
        { "listen_tls = 0\n# comment\nlisten_tsl = 1\nbogus = 2\n", -1,
          "configuration file syntax error: memory conf:3: unknown setting 'listen_tsl'" },
        { "Listen_tls = 0\n", -1,
          "configuration file syntax error: memory conf:1: unknown setting 'Listen_tls'" },
        { "a = [\n  1,\n  2\n]\ntls_port = \"\"\"x\ny\"\"\"\nzz = 1\n", -1,
          "configuration file syntax error: memory conf:1: unknown setting 'a'" },
        { "tls_port = \"\"\"x\ny\"\"\"\nzz = 1\n", -1,
          "configuration file syntax error: memory conf:3: unknown setting 'zz'" },
    };
    static const char *const vmxknown[] = { "displayName", NULL };
    g_autoptr(virConf) vmx = NULL;
    g_autoptr(virConf) built = NULL;
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(cases); i++) {
        g_autoptr(virConf) conf = virConfReadString(cases[i].conf, 0);

        g_assert_nonnull(conf);
        virResetLastError();
        g_assert_cmpint(virConfCheckKeys(conf, known), ==, cases[i].rc);
        if (cases[i].rc < 0) {
            g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_CONF_SYNTAX);
            g_assert_cmpstr(virGetLastErrorMessage(), ==, cases[i].error);
        }
    }

    /* VMX names are case-insensitive */
    vmx = virConfReadString("DisplayName = \"x\"\n", VIR_CONF_FLAG_VMX_FORMAT);
    g_assert_cmpint(virConfCheckKeys(vmx, vmxknown), ==, 0);

    /* settings added by code have no line */
    built = virConfNew();
    g_assert_cmpint(virConfSetValue(built, "other", virConfValueNewULLong(1)), ==, 0);
    g_assert_cmpint(virConfCheckKeys(built, known), ==, -1);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "configuration file syntax error: memory conf: unknown setting 'other'");
}


/* ---- lookup flavours, line endings, NUL ------------------------------- */

static void
testConfFormats(void)
{
    g_autoptr(virConf) vmx = NULL;
    g_autoptr(virConf) lxc = NULL;
    g_autoptr(virConf) crlf = NULL;
    g_autoptr(virConf) deep = NULL;
    g_autofree char *str = NULL;
    static const char nulconf[] = "a = 1\nb = \"x\0y\"\n";
    g_autofree char *deeptext = NULL;

    vmx = virConfReadString("config.version = \"8\"\n", VIR_CONF_FLAG_VMX_FORMAT);
    g_assert_cmpint(virConfGetValueString(vmx, "CONFIG.Version", &str), ==, 1);
    g_assert_cmpstr(str, ==, "8");

    lxc = virConfReadString("lxc.tty.max = 4\n", VIR_CONF_FLAG_LXC_FORMAT);
    g_assert_cmpint(virConfGetValueType(lxc, "lxc.tty.max"), ==, VIR_CONF_STRING);
    g_assert_cmpint(virConfGetValueType(lxc, "LXC.tty.max"), ==, VIR_CONF_NONE);

    crlf = virConfReadString("a = 1\r\nb = \"x\"\r\n\r\nc = [ 1,\r\n 2 ]\r\n", 0);
    g_assert_nonnull(crlf);
    g_assert_cmpint(virConfGetValueType(crlf, "c"), ==, VIR_CONF_LIST);
    virResetLastError();
    g_assert_null(virConfReadString("a = 1\r\n\r\nb = \r\n", 0));
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "configuration file syntax error: memory conf:3: expecting a value");

    /* 16 levels are fine, 17 are not (see bad-nested-too-deep) */
    deeptext = g_strdup_printf("n = %s1%s\n", "[[[[[[[[[[[[[[[[", "]]]]]]]]]]]]]]]]");
    deep = virConfReadString(deeptext, 0);
    g_assert_nonnull(deep);

    /* a NUL inside a file is refused with its line, not silently cut */
    {
        g_autofree char *dir = g_dir_make_tmp("virconftest-XXXXXX", NULL);
        g_autofree char *path = g_build_filename(dir, "nul.conf", NULL);
        g_autofree char *expected =
            g_strdup_printf("configuration file syntax error: %s:2: unexpected NUL byte", path);

        g_assert_true(g_file_set_contents(path, nulconf, sizeof(nulconf) - 1, NULL));
        virResetLastError();
        g_assert_null(virConfReadFile(path, 0));
        g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_CONF_SYNTAX);
        g_assert_cmpstr(virGetLastErrorMessage(), ==, expected);
        g_assert_cmpint(g_unlink(path), ==, 0);
        g_assert_cmpint(g_rmdir(dir), ==, 0);
    }
}


static void
testConfReadErrors(void)
{
    g_autofree char *dir = g_dir_make_tmp("virconftest-XXXXXX", NULL);
    g_autofree char *missing = g_build_filename(dir, "missing.conf", NULL);
    g_autofree char *big = g_build_filename(dir, "big.conf", NULL);
    g_autofree char *fits = g_build_filename(dir, "fits.conf", NULL);
    g_autofree char *content = NULL;
    const size_t limit = 10 * 1024 * 1024;
    g_autoptr(virConf) conf = NULL;

    virResetLastError();
    g_assert_null(virConfReadFile(missing, 0));
    g_assert_true(virLastErrorIsSystemErrno(ENOENT));
    g_assert_nonnull(strstr(virGetLastErrorMessage(), missing));

    virResetLastError();
    g_assert_null(virConfReadFile(NULL, 0));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    g_assert_null(virConfReadString(NULL, 0));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);

    /* exactly 10 MiB of comment is accepted, one byte more is not */
    content = g_malloc(limit + 1);
    memset(content, ' ', limit + 1);
    content[0] = '#';
    g_assert_true(g_file_set_contents(fits, content, limit, NULL));
    conf = virConfReadFile(fits, 0);
    g_assert_nonnull(conf);

    g_assert_true(g_file_set_contents(big, content, limit + 1, NULL));
    virResetLastError();
    g_assert_null(virConfReadFile(big, 0));
    g_assert_cmpint(virGetLastErrorCode(), !=, VIR_ERR_OK);
    g_assert_nonnull(strstr(virGetLastErrorMessage(), big));

    /* the same cap applies to text in memory */
    content[limit] = '\0';
    {
        g_autoptr(virConf) mem = virConfReadString(content, 0);

        g_assert_nonnull(mem);
    }
    content = g_realloc(content, limit + 2);
    content[limit] = ' ';
    content[limit + 1] = '\0';
    virResetLastError();
    g_assert_null(virConfReadString(content, 0));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_CONF_SYNTAX);

    g_assert_cmpint(g_unlink(fits), ==, 0);
    g_assert_cmpint(g_unlink(big), ==, 0);
    g_assert_cmpint(g_rmdir(dir), ==, 0);
}


/* ---- setting, walking and writing --------------------------------------- */

static void
testConfWrite(void)
{
    g_autoptr(virConf) conf = virConfReadString("# head\nkeep = 1 # note\nold = \"x\"\n", 0);
    virConfValue *list = NULL;
    g_autofree char *text = NULL;
    char small[8];
    char roomy[512];
    int len;
    /* clang-format off */
    static const char expected[] =
        "# head\n"
        "keep = 1 # note\n"
        "old = -7\n"
        "str = 'say \"hi\"'\n"
        "multi = \"\"\"a\nb\"\"\"\n"
        "both = \"\"\"it's \"both\" kinds\"\"\"\n"
        "big = 18446744073709551615\n"
        "list = [ \"a\", 2, [  ] ]\n";
    /* clang-format on */

    g_assert_nonnull(conf);
    g_assert_cmpint(virConfSetValue(conf, "old", virConfValueNewLLong(-7)), ==, 0);
    g_assert_cmpint(virConfSetValue(conf, "str", virConfValueNewString("say \"hi\"")), ==, 0);
    g_assert_cmpint(virConfSetValue(conf, "multi", virConfValueNewString("a\nb")), ==, 0);
    g_assert_cmpint(virConfSetValue(conf, "both", virConfValueNewString("it's \"both\" kinds")), ==,
                    0);
    g_assert_cmpint(virConfSetValue(conf, "big", virConfValueNewULLong(ULLONG_MAX)), ==, 0);
    list = virConfValueNewString("a");
    list->next = virConfValueNewULLong(2);
    list->next->next = virConfValueNewList(NULL);
    g_assert_cmpint(virConfSetValue(conf, "list", virConfValueNewList(list)), ==, 0);

    text = virConfFormat(conf);
    testCompare("formatted", expected, text);

    /* what is written reads back to the same values */
    {
        g_autoptr(virConf) back = virConfReadString(text, 0);
        g_autofree char *s = NULL;
        unsigned long long ull = 0;

        g_assert_cmpint(virConfGetValueString(back, "both", &s), ==, 1);
        g_assert_cmpstr(s, ==, "it's \"both\" kinds");
        g_assert_cmpint(virConfGetValueULLong(back, "big", &ull), ==, 1);
        g_assert_true(ull == ULLONG_MAX);
    }

    len = sizeof(small);
    g_assert_cmpint(virConfWriteMem(small, &len, conf), ==, -1);
    g_assert_cmpint(len, ==, (int)strlen(expected));
    len = sizeof(roomy);
    g_assert_cmpint(virConfWriteMem(roomy, &len, conf), ==, (int)strlen(expected));
    g_assert_cmpint(len, ==, (int)strlen(expected));
    g_assert_true(memcmp(roomy, expected, len) == 0);
    g_assert_cmpint(virConfWriteMem(NULL, &len, conf), ==, -1);

    /* invalid values are refused and freed */
    virResetLastError();
    g_assert_cmpint(virConfSetValue(conf, "x", NULL), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    g_assert_cmpint(virConfSetValue(conf, "x", virConfValueNewList(NULL)), ==, 0);
    {
        virConfValue *nostr = virConfValueNewString("s");

        g_clear_pointer(&nostr->str, g_free);
        g_assert_cmpint(virConfSetValue(conf, "x", nostr), ==, -1);
    }

    /* a string that no quoting can hold */
    g_assert_cmpint(virConfSetValue(conf, "x", virConfValueNewString("'\"\"\"")), ==, 0);
    virResetLastError();
    g_assert_null(virConfFormat(conf));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_CONFIG_UNSUPPORTED);
    len = sizeof(roomy);
    g_assert_cmpint(virConfWriteMem(roomy, &len, conf), ==, -1);
    g_assert_cmpint(virConfSetValue(conf, "x", virConfValueNewString("'ends with \"")), ==, 0);
    g_assert_null(virConfFormat(conf));
}


static void
testConfWriteFile(void)
{
    g_autofree char *dir = g_dir_make_tmp("virconftest-XXXXXX", NULL);
    g_autofree char *path = g_build_filename(dir, "out.conf", NULL);
    g_autofree char *nodir = g_build_filename(dir, "nodir", "out.conf", NULL);
    g_autofree char *content = NULL;
    g_autoptr(virConf) conf = virConfNew();
    g_autoptr(virConf) back = NULL;
    GStatBuf st;
    int len;

    g_assert_cmpint(virConfSetValue(conf, "name", virConfValueNewString("v")), ==, 0);
    g_assert_cmpint(virConfSetValue(conf, "n", virConfValueNewLLong(-3)), ==, 0);
    len = virConfWriteFile(path, conf);
    g_assert_cmpint(len, ==, (int)strlen("name = \"v\"\nn = -3\n"));

    g_assert_true(g_file_get_contents(path, &content, NULL, NULL));
    g_assert_cmpstr(content, ==, "name = \"v\"\nn = -3\n");
    g_assert_cmpint(g_stat(path, &st), ==, 0);
    g_assert_cmpint(st.st_mode & 0777, ==, 0600);

    back = virConfReadFile(path, 0);
    g_assert_cmpint(virConfGetValueType(back, "n"), ==, VIR_CONF_LLONG);

    virResetLastError();
    g_assert_cmpint(virConfWriteFile(nodir, conf), ==, -1);
    g_assert_true(virLastErrorIsSystemErrno(ENOENT));

    g_assert_cmpint(g_unlink(path), ==, 0);
    g_assert_cmpint(g_rmdir(dir), ==, 0);
}


static int
testWalkCollect(const char *name, virConfValue *value, void *opaque)
{
    GString *seen = opaque;

    g_string_append_printf(seen, "%s:%s;", name, virConfTypeToString(value->type));
    return g_str_equal(name, "stop") ? -1 : 0;
}


static void
testConfWalk(void)
{
    g_autoptr(virConf) conf =
        virConfReadString("# c\na = 1\nb = \"x\"\nstop = []\nafter = -1\n", 0);
    g_autoptr(virConf) tail = virConfReadString("a = 1\nz = -1\n", 0);
    g_autoptr(GString) seen = g_string_new(NULL);

    g_assert_cmpint(virConfWalk(conf, testWalkCollect, seen), ==, -1);
    g_assert_cmpstr(seen->str, ==, "a:unsigned long;b:string;stop:list;");

    g_string_truncate(seen, 0);
    g_assert_cmpint(virConfWalk(tail, testWalkCollect, seen), ==, 0);
    g_assert_cmpstr(seen->str, ==, "a:unsigned long;z:long;");
    g_assert_cmpint(virConfWalk(NULL, testWalkCollect, seen), ==, 0);
}


int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);

    for (i = 0; i < G_N_ELEMENTS(confGood); i++) {
        g_autofree char *path = g_strdup_printf("/util/conf/good/%s", confGood[i].name);

        g_test_add_data_func(path, &confGood[i], testConfGood);
    }
    for (i = 0; i < G_N_ELEMENTS(confBad); i++) {
        g_autofree char *path = g_strdup_printf("/util/conf/bad/%s", confBad[i].name + 4);

        g_test_add_data_func(path, &confBad[i], testConfBad);
    }
    g_test_add_func("/util/conf/get/typed", testConfGetters);
    g_test_add_func("/util/conf/get/string-list", testConfStringList);
    g_test_add_func("/util/conf/check-keys", testConfCheckKeys);
    g_test_add_func("/util/conf/read/formats", testConfFormats);
    g_test_add_func("/util/conf/read/errors", testConfReadErrors);
    g_test_add_func("/util/conf/write/mem", testConfWrite);
    g_test_add_func("/util/conf/write/file", testConfWriteFile);
    g_test_add_func("/util/conf/walk", testConfWalk);

    return g_test_run();
}
