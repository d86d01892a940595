/*
 * virdomaindevtestutils.c: data-driven checks of whole domain documents
 * for the device family tests
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virdomaindef.h"
#include "virdomaindevtestutils.h"
#include "virdomainpostparse.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_NONE

static const char *testDataDir;


static char *
testDataPath(const char *name, const char *suffix)
{
    const char *srcdir = g_getenv("abs_srcdir");

    if (!srcdir)
        srcdir = ".";
    return g_strdup_printf("%s/%s/%s%s", srcdir, testDataDir, name, suffix);
}


static char *
testReadFile(const char *path)
{
    g_autofree char *content = NULL;
    g_autoptr(GError) err = NULL;

    if (!g_file_get_contents(path, &content, NULL, &err)) {
        g_test_message("cannot read %s: %s", path, err->message);
        g_test_fail();
        return NULL;
    }
    return g_steal_pointer(&content);
}


static void
testDomainDevice(gconstpointer opaque)
{
    const virDomainDevTestCase *tc = opaque;
    g_autofree char *inPath = testDataPath(tc->name, ".xml");
    g_autofree char *outPath = testDataPath(tc->name, "-out.xml");
    g_autofree char *input = testReadFile(inPath);
    g_autofree char *expected = NULL;
    g_autofree char *actual = NULL;
    g_autoptr(virDomainDef) def = NULL;
    virErrorPtr err;

    if (!input)
        return;
    virResetLastError();
    def = virDomainDefParseStringFull(input, virDomainXMLOptionGetTestDriver(),
                                      VIR_DOMAIN_DEF_PARSE_INACTIVE);
    if (tc->code) {
        err = virGetLastError();
        if (def || !err) {
            g_test_message("%s: parsed although libvirt refuses it", tc->name);
            g_test_fail();
            return;
        }
        if (err->code != tc->code || err->domain != tc->domain)
            g_test_message("%s: got code %d domain %d: %s", tc->name, err->code, err->domain,
                           NULLSTR(err->message));
        g_assert_cmpint(err->code, ==, tc->code);
        g_assert_cmpint(err->domain, ==, tc->domain);
        return;
    }
    if (!def) {
        err = virGetLastError();
        g_test_message("%s: %s", tc->name, err ? NULLSTR(err->message) : "no error");
        g_test_fail();
        return;
    }
    if (!(expected = testReadFile(outPath)))
        return;
    actual = virDomainDefFormat(def, VIR_DOMAIN_DEF_FORMAT_INACTIVE);
    g_assert_nonnull(actual);
    if (!g_str_equal(expected, actual))
        g_test_message("%s: expected\n%s\ngot\n%s", tc->name, expected, actual);
    g_assert_cmpstr(actual, ==, expected);
}


void
virDomainDevTestRegister(const char *prefix,
                         const char *datadir,
                         const virDomainDevTestCase *cases,
                         size_t ncases)
{
    size_t i;

    testDataDir = datadir;
    for (i = 0; i < ncases; i++) {
        g_autofree char *path = g_strdup_printf("%s/%s", prefix, cases[i].name);

        g_test_add_data_func(path, &cases[i], testDomainDevice);
    }
}
