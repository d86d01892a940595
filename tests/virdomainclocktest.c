/*
 * virdomainclocktest.c: tests for <clock> and its timers
 *
 * Valid cases parse tests/virdomainclockdata/NAME.xml (a whole domain) as
 * libvirt's test driver does and format it; the result must equal
 * NAME-out.xml, produced once by libvirt 9.0 (defineXML + XMLDesc
 * inactive) and committed. Invalid cases must fail with libvirt's error
 * code and domain.
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
    "clock-absolute",
    "clock-localtime-adjustment",
    "clock-localtime",
    "clock-timers-modes",
    "clock-timers",
    "clock-timezone",
    "clock-utc-adjustment",
    "clock-utc-reset",
    "clock-variable-defaults",
    "clock-variable",
};

/* libvirt's output of these does not parse again (e.g. it drops a NUMA
 * cache's associativity='none' but then requires the attribute). */
static const char *const noRoundTripCases[] = {
    NULL,
};


static char *
testDataPath(const char *name, const char *suffix)
{
    const char *srcdir = g_getenv("abs_srcdir");

    if (!srcdir)
        srcdir = MODVIRT_SOURCE_ROOT "/tests";
    return g_strdup_printf("%s/virdomainclockdata/%s%s", srcdir, name, suffix);
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
    { "bad-clock-catchup-policy", VIR_ERR_XML_ERROR, VIR_FROM_DOMAIN },
    { "bad-clock-offset", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_DOMAIN },
    { "bad-clock-timer-track", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_DOMAIN },
    { "bad-clock-timezone-missing", VIR_ERR_INTERNAL_ERROR, VIR_FROM_DOMAIN },
};


/* utc/localtime with a number become variable clocks; timers keep order. */
static void
testClockModel(void)
{
    g_autofree char *adj = testLoad("clock-localtime-adjustment", ".xml");
    g_autofree char *timers = testLoad("clock-timers", ".xml");
    g_autoptr(virDomainDef) def = testParse(adj);
    g_autoptr(virDomainDef) tdef = testParse(timers);

    g_assert_nonnull(def);
    g_assert_cmpint(def->clock.offset, ==, VIR_DOMAIN_CLOCK_OFFSET_VARIABLE);
    g_assert_cmpint(def->clock.basis, ==, VIR_DOMAIN_CLOCK_BASIS_LOCALTIME);
    g_assert_cmpint(def->clock.adjustment, ==, -3600);

    g_assert_nonnull(tdef);
    g_assert_cmpuint(tdef->clock.ntimers, ==, 8);
    g_assert_cmpint(tdef->clock.timers[0]->name, ==, VIR_DOMAIN_TIMER_NAME_RTC);
    g_assert_cmpuint(tdef->clock.timers[0]->catchup_limit, ==, 10000);
    g_assert_cmpuint(tdef->clock.timers[5]->frequency, ==, 1000000000);
    g_assert_cmpint(tdef->clock.timers[5]->mode, ==, VIR_DOMAIN_TIMER_MODE_NATIVE);

    virDomainClockDefClear(&tdef->clock);
    g_assert_cmpuint(tdef->clock.ntimers, ==, 0);
    g_assert_null(tdef->clock.timers);
    virDomainClockDefClear(NULL);
}


/* A zeroed clock is <clock offset='utc'/>. */
static void
testClockDefault(void)
{
    g_autoptr(virDomainDef) def = virDomainDefNew();
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    virDomainClockFormat(&buf, def, 0);
    g_assert_cmpstr(virBufferCurrentContent(&buf), ==, "<clock offset='utc'/>\n");
}


int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);

    for (i = 0; i < G_N_ELEMENTS(validCases); i++) {
        g_autofree char *path = g_strdup_printf("/conf/domainclock/valid/%s", validCases[i]);

        g_test_add_data_func(path, validCases[i], testValid);
    }
    for (i = 0; i < G_N_ELEMENTS(invalidCases); i++) {
        g_autofree char *path =
            g_strdup_printf("/conf/domainclock/invalid/%s", invalidCases[i].name);

        g_test_add_data_func(path, &invalidCases[i], testInvalid);
    }

    g_test_add_func("/conf/domainclock/model", testClockModel);
    g_test_add_func("/conf/domainclock/default", testClockDefault);

    return g_test_run();
}
