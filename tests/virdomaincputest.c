/*
 * virdomaincputest.c: tests for <cpu> (and its NUMA cells)
 *
 * Valid cases parse tests/virdomaincpudata/NAME.xml (a whole domain) as
 * libvirt's test driver does and format it; the result must equal
 * NAME-out.xml, produced once by libvirt 9.0 (defineXML + XMLDesc
 * inactive) and committed. Invalid cases must fail with libvirt's error
 * code and domain. standalone-NAME.xml files check the CPU model alone.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virdomaindef.h"
#include "virdomainpostparse.h"
#include "virerror.h"

/* Valid inputs: NAME.xml and libvirt's output NAME-out.xml. */
static const char *const validCases[] = {
    "cpu-cache-emulate",
    "cpu-check-default",
    "cpu-custom-empty",
    "cpu-custom-full",
    "cpu-empty",
    "cpu-host-model-empty-model",
    "cpu-host-model-fallback",
    "cpu-host-model",
    "cpu-match-minimum-vendorid",
    "cpu-maximum",
    "cpu-model-only",
    "cpu-passthrough-drops-model",
    "cpu-passthrough",
    "cpu-strict-none",
    "cpu-topology-only",
    "cpu-vendorid-only",
    "numa-cells-by-id",
    "numa-cells-noid-unordered",
    "numa-cells",
    "numa-cpuless-cell",
    "numa-distances-local-only",
    "numa-distances",
    "numa-hmat",
};

/* libvirt's output of these does not parse again (e.g. it drops a NUMA
 * cache's associativity='none' but then requires the attribute). */
static const char *const noRoundTripCases[] = {
    "numa-hmat",
    NULL,
};


static char *
testDataPath(const char *name, const char *suffix)
{
    const char *srcdir = g_getenv("abs_srcdir");

    if (!srcdir)
        srcdir = MODVIRT_SOURCE_ROOT "/tests";
    return g_strdup_printf("%s/virdomaincpudata/%s%s", srcdir, name, suffix);
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


/* Parses a domain the way libvirt's test driver does; NULL with a message on failure. */
static virDomainDef *
testParse(const char *xml)
{
    virDomainDef *def;

    virResetLastError();
    if (!(def = virDomainDefParseStringFull(xml, virDomainXMLOptionGetTestDriver(), 0)))
        g_test_message("parse failed: %s", virGetLastErrorMessage());
    return def;
}


static char *
testConvert(const char *xml)
{
    g_autoptr(virDomainDef) def = testParse(xml);
    char *out;

    if (!def)
        return NULL;
    if (!(out = virDomainDefFormat(def, 0)))
        g_test_message("format failed: %s", virGetLastErrorMessage());
    return out;
}


/* NAME.xml must give NAME-out.xml (libvirt 9.0's output), which must
 * give itself again (unless listed in noRoundTripCases). */
static void
testValid(const void *opaque)
{
    const char *name = opaque;
    g_autofree char *input = testLoad(name, ".xml");
    g_autofree char *expected = testLoad(name, "-out.xml");
    g_autofree char *actual = testConvert(input);
    g_autofree char *again = NULL;

    g_assert_nonnull(actual);
    testAssertSameText(name, expected, actual);

    if (g_strv_contains(noRoundTripCases, name))
        return;
    again = testConvert(expected);
    g_assert_nonnull(again);
    testAssertSameText(name, expected, again);
}


typedef struct {
    const char *name;
    int code;
    int domain;
} testInvalidCase;


static void
testInvalid(const void *opaque)
{
    const testInvalidCase *tc = opaque;
    g_autofree char *input = testLoad(tc->name, ".xml");
    g_autoptr(virDomainDef) def = NULL;
    virErrorPtr err;

    virResetLastError();
    def = virDomainDefParseStringFull(input, virDomainXMLOptionGetTestDriver(), 0);
    g_assert_null(def);
    err = virGetLastError();
    g_assert_nonnull(err);
    if (err->code != tc->code || err->domain != tc->domain)
        g_test_message("%s: got code %d domain %d: %s", tc->name, err->code, err->domain,
                       err->message);
    g_assert_cmpint(err->code, ==, tc->code);
    g_assert_cmpint(err->domain, ==, tc->domain);
}


/* Invalid inputs with the error code and domain of libvirt 9.0. */
static const testInvalidCase invalidCases[] = {
    { "bad-cpu-check-no-model", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_DOMAIN },
    { "bad-cpu-feature-dup", VIR_ERR_XML_ERROR, VIR_FROM_CPU },
    { "bad-cpu-features-no-model", VIR_ERR_XML_ERROR, VIR_FROM_CPU },
    { "bad-cpu-migratable-custom", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_CPU },
    { "bad-cpu-mode", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_CPU },
    { "bad-cpu-topology-zero", VIR_ERR_XML_ERROR, VIR_FROM_XML },
    { "bad-cpu-vendor-id-length", VIR_ERR_XML_ERROR, VIR_FROM_CPU },
    { "bad-cpu-vendor-no-model", VIR_ERR_XML_ERROR, VIR_FROM_CPU },
    { "bad-numa-distance-value", VIR_ERR_XML_ERROR, VIR_FROM_DOMAIN },
    { "bad-numa-link-defined", VIR_ERR_XML_ERROR, VIR_FROM_DOMAIN },
    { "bad-numa-overlap", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_DOMAIN },
    { "bad-numa-too-many-cpus", VIR_ERR_INTERNAL_ERROR, VIR_FROM_DOMAIN },
};


/* Inputs that are a lone <cpu> element (standalone-NAME.xml): parsed and
 * formatted with the CPU model alone; the expected text is the <cpu> of
 * libvirt's output for the same element in a domain (empty when libvirt
 * drops it). */
static const char *const standaloneCases[] = {
    "cache-emulate",
    "check-default",
    "custom-empty",
    "custom-full",
    "empty",
    "host-model-empty-model",
    "host-model-fallback",
    "host-model",
    "match-minimum-vendorid",
    "maximum",
    "model-only",
    "passthrough-drops-model",
    "passthrough",
    "strict-none",
    "topology-only",
    "vendorid-only",
};


static char *
testCPUConvert(const char *xml)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autoptr(virCPUDef) cpu = NULL;
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    virResetLastError();
    if (!(doc = virXMLParseHelper(VIR_FROM_CPU, NULL, xml, NULL, "cpu", &ctxt, NULL, false)) ||
        !(cpu = virCPUDefParseXML(ctxt, xmlDocGetRootElement(doc), 0))) {
        g_test_message("parse failed: %s", virGetLastErrorMessage());
        return NULL;
    }
    if (virCPUDefFormatBuf(&buf, cpu, 0) < 0)
        return NULL;
    return g_strdup(NULLSTR_EMPTY(virBufferCurrentContent(&buf)));
}


static void
testStandalone(const void *opaque)
{
    const char *name = opaque;
    g_autofree char *file = g_strdup_printf("standalone-%s", name);
    g_autofree char *input = testLoad(file, ".xml");
    g_autofree char *expected = testLoad(file, "-out.xml");
    g_autofree char *actual = testCPUConvert(input);

    g_assert_nonnull(actual);
    testAssertSameText(name, expected, actual);
}


/* The parsed model of a guest CPU and the NUMA cells it points at. */
static void
testCPUModel(void)
{
    g_autofree char *full = testLoad("cpu-custom-full", ".xml");
    g_autofree char *numa = testLoad("numa-distances", ".xml");
    g_autoptr(virDomainDef) def = testParse(full);
    g_autoptr(virDomainDef) ndef = testParse(numa);

    g_assert_nonnull(def);
    g_assert_nonnull(def->cpu);
    g_assert_cmpint(def->cpu->type, ==, VIR_CPU_TYPE_GUEST);
    g_assert_cmpint(def->cpu->mode, ==, VIR_CPU_MODE_CUSTOM);
    g_assert_cmpint(def->cpu->match, ==, VIR_CPU_MATCH_EXACT);
    g_assert_cmpint(def->cpu->check, ==, VIR_CPU_CHECK_FULL);
    g_assert_cmpint(def->cpu->fallback, ==, VIR_CPU_FALLBACK_FORBID);
    g_assert_cmpstr(def->cpu->model, ==, "core2duo");
    g_assert_cmpuint(def->cpu->dies, ==, 1);
    g_assert_cmpuint(def->cpu->nfeatures, ==, 6);
    /* a feature without policy requires it */
    g_assert_cmpint(def->cpu->features[5].policy, ==, VIR_CPU_FEATURE_REQUIRE);
    g_assert_null(def->cpu->numa);

    g_assert_nonnull(ndef);
    g_assert_nonnull(ndef->cpu);
    g_assert_true(ndef->cpu->numa == &ndef->numa);
    g_assert_cmpuint(ndef->numa.ncells, ==, 3);
    /* sibling distances are completed symmetrically, locals are 10 */
    g_assert_cmpuint(ndef->numa.cells[0].distances[2], ==, 31);
    g_assert_cmpuint(ndef->numa.cells[2].distances[0], ==, 31);
    g_assert_cmpuint(ndef->numa.cells[2].distances[2], ==, 10);
    g_assert_cmpuint(ndef->numa.cells[1].distances[0], ==, 21);
}


/* A host CPU (capabilities) has <arch> and features without policy. */
static void
testCPUHost(void)
{
    const char *xml = "<cpu><arch>x86_64</arch><model>Skylake</model><vendor>Intel</vendor>"
                      "<microcode version='236'/><signature family='6' model='94' stepping='3'/>"
                      "<topology sockets='1' cores='4' threads='2'/><feature name='ds'/></cpu>";
    const char *expected = "<cpu>\n"
                           "  <arch>x86_64</arch>\n"
                           "  <model>Skylake</model>\n"
                           "  <vendor>Intel</vendor>\n"
                           "  <microcode version='236'/>\n"
                           "  <signature family='6' model='94' stepping='3'/>\n"
                           "  <topology sockets='1' dies='1' cores='4' threads='2'/>\n"
                           "  <feature name='ds'/>\n"
                           "</cpu>\n";
    g_autofree char *actual = testCPUConvert(xml);
    g_autofree char *bad = testCPUConvert("<cpu><arch>pdp11</arch></cpu>");

    g_assert_nonnull(actual);
    testAssertSameText("host", expected, actual);
    g_assert_null(bad);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
}


static void
testCPUEmpty(void)
{
    g_autoptr(virCPUDef) cpu = g_new0(virCPUDef, 1);

    cpu->type = VIR_CPU_TYPE_GUEST;
    g_assert_true(virCPUDefIsEmpty(NULL));
    g_assert_true(virCPUDefIsEmpty(cpu));
    cpu->mode = VIR_CPU_MODE_HOST_MODEL;
    g_assert_false(virCPUDefIsEmpty(cpu));
    virCPUDefFree(NULL);
}


int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);

    for (i = 0; i < G_N_ELEMENTS(validCases); i++) {
        g_autofree char *path = g_strdup_printf("/conf/domaincpu/valid/%s", validCases[i]);

        g_test_add_data_func(path, validCases[i], testValid);
    }
    for (i = 0; i < G_N_ELEMENTS(invalidCases); i++) {
        g_autofree char *path = g_strdup_printf("/conf/domaincpu/invalid/%s", invalidCases[i].name);

        g_test_add_data_func(path, &invalidCases[i], testInvalid);
    }

    for (i = 0; i < G_N_ELEMENTS(standaloneCases); i++) {
        g_autofree char *path =
            g_strdup_printf("/conf/domaincpu/standalone/%s", standaloneCases[i]);

        g_test_add_data_func(path, standaloneCases[i], testStandalone);
    }
    g_test_add_func("/conf/domaincpu/model", testCPUModel);
    g_test_add_func("/conf/domaincpu/host", testCPUHost);
    g_test_add_func("/conf/domaincpu/empty", testCPUEmpty);

    return g_test_run();
}
