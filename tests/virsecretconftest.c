/*
 * virsecretconftest.c: tests for the secret XML model
 *
 * The expected outputs (virsecretconfdata/NAME-out.xml) and the error
 * codes and messages below were recorded once from Debian's libvirt 9.0
 * (a session libvirtd, secret:///session: secretDefineXML, XMLDesc(0)).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virerror.h"
#include "virsecretconf.h"


static char *
testReadData(const char *name, const char *suffix)
{
    g_autofree char *path =
        g_strdup_printf("%s/virsecretconfdata/%s%s", g_getenv("abs_srcdir"), name, suffix);
    char *content = NULL;

    if (!g_file_get_contents(path, &content, NULL, NULL))
        g_error("cannot read %s", path);
    return content;
}


/* Asserts the last error's code, domain and (unless NULL) full message. */
static void
testCheckError(int code, int domain, const char *message)
{
    virErrorPtr err = virGetLastError();

    g_assert_nonnull(err);
    if (err->code != code || err->domain != domain)
        g_printerr("got error %d/%d: %s\n", err->code, err->domain, NULLSTR(err->message));
    g_assert_cmpint(err->code, ==, code);
    g_assert_cmpint(err->domain, ==, domain);
    if (message)
        g_assert_cmpstr(err->message, ==, message);
    virResetLastError();
}


static const char *const goodCases[] = {
    "ceph-description-only-spaces",
    "ceph-unicode",
    "ceph-usage",
    "comments",
    "description-empty",
    "description-escapes",
    "description-multiple",
    "empty-attributes",
    "ephemeral-no-private-yes",
    "ephemeral-private",
    "iscsi-second",
    "iscsi-usage",
    "minimal-uuid",
    "order-scrambled",
    "tls-nested-text",
    "tls-usage",
    "usage-extra-children",
    "usage-none",
    "uuid-no-dashes",
    "uuid-upper",
    "volume-escapes",
    "volume-relative",
    "volume-second",
    "volume-usage",
    "vtpm-long-name",
    "vtpm-private-no",
    "vtpm-usage",
};


/* parse -> format gives libvirt's output, and formatting is a fixed point */
static void
testSecretXML2XML(gconstpointer data)
{
    const char *name = data;
    g_autofree char *xml = testReadData(name, ".xml");
    g_autofree char *expected = testReadData(name, "-out.xml");
    g_autoptr(virSecretDef) def = virSecretDefParseString(xml, 0);
    g_autoptr(virSecretDef) again = NULL;
    g_autofree char *out = NULL;
    g_autofree char *out2 = NULL;

    if (!def)
        g_printerr("parse failed: %s\n", NULLSTR(virGetLastErrorMessage()));
    g_assert_nonnull(def);
    out = virSecretDefFormat(def, 0);
    g_assert_cmpstr(out, ==, expected);
    g_assert_cmpint(virSecretDefValidate(def), ==, 0);

    again = virSecretDefParseString(out, 0);
    g_assert_nonnull(again);
    out2 = virSecretDefFormat(again, 0);
    g_assert_cmpstr(out2, ==, expected);
}


typedef struct {
    const char *name; /* virsecretconfdata/NAME.xml */
    int code;
    int domain;
    const char *message;
} testBadCase;

static const testBadCase badCases[] = {
    { "bad-ceph-no-name", VIR_ERR_INTERNAL_ERROR, VIR_FROM_SECRET,
      "internal error: Ceph usage specified, but name is missing" },
    { "bad-ephemeral-upper", VIR_ERR_XML_ERROR, VIR_FROM_SECRET,
      "XML error: invalid value of 'ephemeral'" },
    { "bad-ephemeral", VIR_ERR_XML_ERROR, VIR_FROM_SECRET,
      "XML error: invalid value of 'ephemeral'" },
    { "bad-iscsi-name-not-target", VIR_ERR_INTERNAL_ERROR, VIR_FROM_SECRET,
      "internal error: iSCSI usage specified, but target is missing" },
    { "bad-private-true", VIR_ERR_XML_ERROR, VIR_FROM_SECRET,
      "XML error: invalid value of 'private'" },
    { "bad-private", VIR_ERR_XML_ERROR, VIR_FROM_SECRET, "XML error: invalid value of 'private'" },
    { "bad-root", VIR_ERR_XML_ERROR, VIR_FROM_XML,
      "XML error: expecting root element of 'secret', not 'secrets'" },
    { "bad-tls-no-name", VIR_ERR_INTERNAL_ERROR, VIR_FROM_SECRET,
      "internal error: TLS usage specified, but name is missing" },
    { "bad-usage-empty-type", VIR_ERR_XML_ERROR, VIR_FROM_SECRET,
      "XML error: unknown secret usage type" },
    { "bad-usage-no-type", VIR_ERR_XML_ERROR, VIR_FROM_SECRET,
      "XML error: unknown secret usage type" },
    { "bad-usage-type", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_SECRET,
      "unsupported configuration: unknown secret usage type disk" },
    { "bad-uuid-short", VIR_ERR_INTERNAL_ERROR, VIR_FROM_SECRET,
      "internal error: malformed uuid element" },
    { "bad-uuid", VIR_ERR_INTERNAL_ERROR, VIR_FROM_SECRET,
      "internal error: malformed uuid element" },
    { "bad-volume-empty", VIR_ERR_INTERNAL_ERROR, VIR_FROM_SECRET,
      "internal error: volume usage specified, but volume path is missing" },
    { "bad-volume-missing", VIR_ERR_INTERNAL_ERROR, VIR_FROM_SECRET,
      "internal error: volume usage specified, but volume path is missing" },
    { "bad-vtpm-empty-name", VIR_ERR_INTERNAL_ERROR, VIR_FROM_SECRET,
      "internal error: vTPM usage specified, but name is missing" },
    { "malformed", VIR_ERR_XML_DETAIL, VIR_FROM_SECRET,
      "(definition_of_secret):2: Premature end of data in tag secret line 1\n(null)\n^" },
};


static void
testSecretBad(gconstpointer data)
{
    const testBadCase *tc = data;
    g_autofree char *xml = testReadData(tc->name, ".xml");

    g_assert_null(virSecretDefParseString(xml, 0));
    testCheckError(tc->code, tc->domain, tc->message);
}


static void
testSecretGeneratedUUID(void)
{
    const char *xml = "<secret><usage type='ceph'><name>c</name></usage></secret>";
    static const unsigned char zero[VIR_UUID_BUFLEN] = { 0 };
    g_autoptr(virSecretDef) a = virSecretDefParseString(xml, 0);
    g_autoptr(virSecretDef) b = virSecretDefParseString(xml, 0);

    g_assert_nonnull(a);
    g_assert_nonnull(b);
    g_assert_cmpint(memcmp(a->uuid, zero, VIR_UUID_BUFLEN), !=, 0);
    g_assert_cmpint(memcmp(a->uuid, b->uuid, VIR_UUID_BUFLEN), !=, 0);
    g_assert_false(a->isephemeral);
    g_assert_false(a->isprivate);
    g_assert_cmpint(a->usage_type, ==, VIR_SECRET_USAGE_TYPE_CEPH);
    g_assert_cmpstr(a->usage_id, ==, "c");
}


/* Definitions built by code */
static void
testSecretValidate(void)
{
    g_autoptr(virSecretDef) def = g_new0(virSecretDef, 1);
    g_autofree char *out = NULL;

    def->usage_type = VIR_SECRET_USAGE_TYPE_ISCSI;
    g_assert_cmpint(virSecretDefValidate(def), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, VIR_FROM_SECRET,
                   "internal error: iSCSI usage specified, but target is missing");

    def->usage_id = g_strdup("iqn.2013-07.com.example:x");
    def->isprivate = true;
    g_assert_cmpint(virSecretDefValidate(def), ==, 0);
    out = virSecretDefFormat(def, 0);
    g_assert_cmpstr(out, ==,
                    "<secret ephemeral='no' private='yes'>\n"
                    "  <uuid>00000000-0000-0000-0000-000000000000</uuid>\n"
                    "  <usage type='iscsi'>\n"
                    "    <target>iqn.2013-07.com.example:x</target>\n"
                    "  </usage>\n"
                    "</secret>\n");

    def->usage_type = VIR_SECRET_USAGE_TYPE_LAST;
    g_assert_cmpint(virSecretDefValidate(def), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, VIR_FROM_SECRET, NULL);
    g_assert_null(virSecretDefFormat(def, 0));
    testCheckError(VIR_ERR_INTERNAL_ERROR, VIR_FROM_SECRET, NULL);

    virSecretDefFree(NULL);
}


/* VALIDATE checks the document against secret.rng first */
static void
testSecretSchemaValidate(void)
{
    g_autofree char *schema = g_build_filename(virXMLSchemaDir(), "secret.rng", NULL);
    const char *bogus = "<secret><bogus/></secret>";
    g_autofree char *good = testReadData("volume-usage", ".xml");
    virSecretDef *def;

    if (!g_file_test(schema, G_FILE_TEST_EXISTS)) {
        g_test_skip("libvirt's schemas are not installed");
        return;
    }

    g_assert_null(virSecretDefParseString(bogus, VIR_SECRET_DEF_PARSE_VALIDATE));
    testCheckError(VIR_ERR_XML_INVALID_SCHEMA, VIR_FROM_XML, NULL);
    def = virSecretDefParseString(bogus, 0);
    g_assert_nonnull(def);
    virSecretDefFree(def);
    def = virSecretDefParseString(good, VIR_SECRET_DEF_PARSE_VALIDATE);
    g_assert_nonnull(def);
    virSecretDefFree(def);
}


int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);

    for (i = 0; i < G_N_ELEMENTS(goodCases); i++) {
        g_autofree char *path = g_strdup_printf("/conf/secret/xml2xml/%s", goodCases[i]);

        g_test_add_data_func(path, goodCases[i], testSecretXML2XML);
    }
    for (i = 0; i < G_N_ELEMENTS(badCases); i++) {
        g_autofree char *path = g_strdup_printf("/conf/secret/bad/%s", badCases[i].name);

        g_test_add_data_func(path, &badCases[i], testSecretBad);
    }
    g_test_add_func("/conf/secret/generated-uuid", testSecretGeneratedUUID);
    g_test_add_func("/conf/secret/validate", testSecretValidate);
    g_test_add_func("/conf/secret/schema", testSecretSchemaValidate);

    return g_test_run();
}
