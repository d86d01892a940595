/*
 * virdomaintunetest.c: tests for <blkiotune>, <memtune>, <memoryBacking>,
 * <cputune> and <numatune>
 *
 * Valid cases parse tests/virdomaintunedata/NAME.xml (a whole domain) as
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
    "blkiotune-drops-empty",
    "blkiotune-full",
    "combined-all-sections",
    "cputune-cachetune",
    "cputune-iothreadids-order",
    "cputune-iothreads",
    "cputune-memorytune",
    "cputune-pins",
    "cputune-resctrl-dropped",
    "cputune-scalars",
    "cputune-vcpusched-split",
    "cputune-zero",
    "memorybacking-anon-ondemand",
    "memorybacking-empty",
    "memorybacking-full",
    "memorybacking-hugepage-node0",
    "memorybacking-hugepages-empty",
    "memorybacking-hugepages-numa",
    "memtune-units",
    "memtune-unlimited",
    "memtune-zero-and-bytes",
    "numatune-auto-keeps-cpuset",
    "numatune-auto-sets-vcpu",
    "numatune-interleave-auto",
    "numatune-memnode-restrictive",
    "numatune-memnodes",
    "numatune-preferred-static",
    "numatune-restrictive",
    "numatune-strict",
    "numatune-vcpu-auto-static-nodes",
    "numatune-vcpu-auto",
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
    return g_strdup_printf("%s/virdomaintunedata/%s%s", srcdir, name, suffix);
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
    { "bad-blkiotune-no-path", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_DOMAIN },
    { "bad-cachetune-collide", VIR_ERR_XML_ERROR, VIR_FROM_RESCTRL },
    { "bad-cputune-iothreadpin-missing", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_DOMAIN },
    { "bad-cputune-period", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_DOMAIN },
    { "bad-cputune-vcpupin-dup", VIR_ERR_INTERNAL_ERROR, VIR_FROM_DOMAIN },
    { "bad-cputune-vcpusched-overlap", VIR_ERR_XML_DETAIL, VIR_FROM_DOMAIN },
    { "bad-hugepages-two-masters", VIR_ERR_XML_DETAIL, VIR_FROM_DOMAIN },
    { "bad-memorytune-bandwidth", VIR_ERR_XML_ERROR, VIR_FROM_RESCTRL },
    { "bad-memtune-overflow", VIR_ERR_OVERFLOW, VIR_FROM_NONE },
    { "bad-numatune-memnode-nocells", VIR_ERR_XML_ERROR, VIR_FROM_DOMAIN },
    { "bad-numatune-nodeset-missing", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_DOMAIN },
};


/* The parsed model: per-vCPU schedulers, resctrl groups, memtune units. */
static void
testTuneModel(void)
{
    g_autofree char *sched = testLoad("cputune-vcpusched-split", ".xml");
    g_autofree char *mt = testLoad("memtune-units", ".xml");
    g_autofree char *ct = testLoad("cputune-cachetune", ".xml");
    g_autoptr(virDomainDef) def = testParse(sched);
    g_autoptr(virDomainDef) mdef = testParse(mt);
    g_autoptr(virDomainDef) cdef = testParse(ct);

    g_assert_nonnull(def);
    g_assert_cmpuint(def->cputune.nvcpusched, ==, 4);
    g_assert_cmpuint(def->cputune.vcpusched[2]->id, ==, 2);
    g_assert_cmpint(def->cputune.vcpusched[2]->policy, ==, VIR_PROC_POLICY_BATCH);
    g_assert_cmpint(def->cputune.vcpusched[3]->priority, ==, 99);

    g_assert_nonnull(mdef);
    g_assert_cmpuint(mdef->mem.hard_limit, ==, 1048576);
    g_assert_cmpuint(mdef->mem.swap_hard_limit, ==, 2097152);
    g_assert_cmpuint(mdef->mem.min_guarantee, ==, 65536);

    g_assert_nonnull(cdef);
    g_assert_cmpuint(cdef->cputune.nresctrls, ==, 2);
    /* caches are kept by level, type, id; sizes in bytes */
    g_assert_cmpuint(cdef->cputune.resctrls[0]->caches[0].level, ==, 2);
    g_assert_cmpuint(cdef->cputune.resctrls[0]->caches[0].size, ==, 2048);
    g_assert_cmpint(cdef->cputune.resctrls[0]->caches[1].type, ==, VIR_CACHE_TYPE_BOTH);
}


/* A domain not made by the parser has no memory limits after Init. */
static void
testTuneInit(void)
{
    g_autoptr(virDomainDef) def = virDomainDefNew();
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    virDomainMemtuneInit(&def->mem);
    virDomainMemtuneFormat(&buf, def, 0);
    g_assert_cmpuint(virBufferUse(&buf), ==, 0);

    def->mem.soft_limit = 0;
    virDomainMemtuneFormat(&buf, def, 0);
    g_assert_cmpstr(virBufferCurrentContent(&buf), ==,
                    "<memtune>\n  <soft_limit unit='KiB'>0</soft_limit>\n</memtune>\n");

    virDomainMemtuneClear(&def->mem);
    g_assert_cmpuint(def->mem.hard_limit, ==, VIR_DOMAIN_MEMORY_PARAM_UNLIMITED);
    virDomainCputuneClear(NULL);
    virDomainNumaClear(NULL);
    virDomainBlkiotuneClear(NULL);
}


int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);

    for (i = 0; i < G_N_ELEMENTS(validCases); i++) {
        g_autofree char *path = g_strdup_printf("/conf/domaintune/valid/%s", validCases[i]);

        g_test_add_data_func(path, validCases[i], testValid);
    }
    for (i = 0; i < G_N_ELEMENTS(invalidCases); i++) {
        g_autofree char *path =
            g_strdup_printf("/conf/domaintune/invalid/%s", invalidCases[i].name);

        g_test_add_data_func(path, &invalidCases[i], testInvalid);
    }

    g_test_add_func("/conf/domaintune/model", testTuneModel);
    g_test_add_func("/conf/domaintune/init", testTuneInit);

    return g_test_run();
}
