/*
 * xmlconvtool.c: parse one XML document with modvirt's src/conf and format it
 *
 *   xmlconvtool --kind KIND [--pool POOL.xml] [--test-driver] FILE.xml
 *   xmlconvtool --list-kinds
 *   xmlconvtool --kind KIND --repeat N FILE.xml
 *
 * Prints the formatted (inactive) XML on stdout and exits 0, or prints
 * "error: CODE DOMAIN: MESSAGE" (numeric virErrorNumber and virErrorDomain)
 * on stderr and exits 1. A kind whose model is not written yet exits 2
 * ("kind not supported yet"); bad usage or an unreadable file exits 3.
 * --list-kinds prints the supported kinds, one per line.
 * --repeat N converts the document N times and prints, on stderr,
 * "xmlconvtool: repeat N total_ns NS" (used by bench/xmlbench.py).
 *
 * Used by tests/confdiff/confdifftest.py (against libvirt's test driver,
 * with --test-driver) and tests/confdiff/corpustest.py (against libvirt's
 * own test-suite expectations, without it).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>

#include "internal.h"
#include "virdomaindef.h"
#include "virdomainpostparse.h"
#include "virerror.h"
#include "virfile.h"
#include "virnetworkconf.h"
#include "virsecretconf.h"
#include "virstoragepoolconf.h"
#include "virstoragevolconf.h"

/*
 * ADDING A KIND: include the model's header here, write one converter
 * below (parse @xml, apply what libvirt's test driver adds when
 * opts->testDriver is set, format the inactive XML) and put it in the
 * table. See tests/confdiff/README.md.
 */

/* Read limit for the input files: above the parser's own 10 MiB limit, so
 * that oversize documents reach the parser and get its error. */
#define XMLCONV_MAX_FILE (64 * 1024 * 1024)

#define XMLCONV_EXIT_ERROR 1
#define XMLCONV_EXIT_UNSUPPORTED 2
#define XMLCONV_EXIT_USAGE 3

typedef struct {
    const char *poolXML; /* --pool: the parent pool's XML (vol only), else NULL */
    bool testDriver;     /* --test-driver: add what test:///default adds on define */
} xmlconvOptions;

/*
 * A converter parses @xml with the model's ParseString and returns the
 * model's Format output (a new string), or NULL with a virError set.
 */
typedef char *(*xmlconvFunc)(const char *xml, const xmlconvOptions *opts);

typedef struct {
    const char *kind;    /* as given to --kind */
    xmlconvFunc convert; /* NULL: the model does not exist yet */
} xmlconvKind;

/*
 * Example converter (network), to copy when the model exists:
 *
 * static char *
 * xmlconvNetwork(const char *xml, const xmlconvOptions *opts)
 * {
 *     g_autoptr(virNetworkDef) def = virNetworkDefParseString(xml, 0);
 *
 *     if (!def)
 *         return NULL;
 *     return virNetworkDefFormat(def, VIR_NETWORK_XML_INACTIVE);
 * }
 */

/* test:///default gives every pool 100 GiB of capacity, all available */
#define XMLCONV_TEST_POOL_CAPACITY (100ULL * 1024 * 1024 * 1024)

static char *
xmlconvPool(const char *xml, const xmlconvOptions *opts)
{
    g_autoptr(virStoragePoolDef) def = virStoragePoolDefParseString(xml, 0);

    if (!def)
        return NULL;
    if (opts->testDriver) {
        def->capacity = XMLCONV_TEST_POOL_CAPACITY;
        def->allocation = 0;
        def->available = XMLCONV_TEST_POOL_CAPACITY;
    }
    return virStoragePoolDefFormat(def, 0);
}


static char *
xmlconvVol(const char *xml, const xmlconvOptions *opts)
{
    g_autoptr(virStoragePoolDef) pool = NULL;
    g_autoptr(virStorageVolDef) def = NULL;

    if (!opts->poolXML) {
        virReportErrorHelper(VIR_FROM_NONE, VIR_ERR_INVALID_ARG, __FILE__, __func__, __LINE__, "%s",
                             "kind 'vol' needs --pool");
        return NULL;
    }
    if (!(pool = virStoragePoolDefParseString(opts->poolXML, 0)) ||
        !(def = virStorageVolDefParseString(pool, xml, 0)))
        return NULL;
    if (opts->testDriver) {
        /* the test driver refuses volumes that do not fit in its pool
         * and names them after the pool's path (printf of a NULL path
         * gives "(null)" there) */
        if (def->allocation > XMLCONV_TEST_POOL_CAPACITY) {
            virReportErrorHelper(VIR_FROM_TEST, VIR_ERR_INTERNAL_ERROR, __FILE__, __func__,
                                 __LINE__, "Not enough free space in pool for volume '%1$s'",
                                 def->name);
            return NULL;
        }
        g_free(def->target.path);
        g_free(def->key);
        def->target.path =
            g_strdup_printf("%s/%s", pool->target.path ? pool->target.path : "(null)", def->name);
        def->key = g_strdup(def->target.path);
    }
    return virStorageVolDefFormat(def, 0);
}


static char *
xmlconvSecret(const char *xml, const xmlconvOptions *opts)
{
    g_autoptr(virSecretDef) def = virSecretDefParseString(xml, 0);

    if (!def)
        return NULL;
    return virSecretDefFormat(def, 0);
}


/*
 * test:///default formats with flags 0 (it refuses VIR_NETWORK_XML_INACTIVE);
 * libvirt's own xml2xml test formats the inactive XML, where a <pf>
 * replaces the interface list. Nothing else differs.
 */
static char *
xmlconvNetwork(const char *xml, const xmlconvOptions *opts)
{
    g_autoptr(virNetworkDef) def = virNetworkDefParseString(xml, 0);

    if (!def)
        return NULL;
    return virNetworkDefFormat(def, opts->testDriver ? 0 : VIR_NETWORK_DEF_FORMAT_INACTIVE);
}


/*
 * test:///default parses with its own hooks (arch i686, "testnetN"
 * interface names, random MACs) and dumps with VIR_DOMAIN_XML_INACTIVE;
 * libvirt's genericxml2xml test uses the generic hooks (x86_64, an
 * all-zero MAC is regenerated by a fixed generator) and formats with
 * secrets.
 */
static char *
xmlconvDomain(const char *xml, const xmlconvOptions *opts)
{
    const virDomainXMLOption *xmlopt =
        opts->testDriver ? virDomainXMLOptionGetTestDriver() : virDomainXMLOptionGetGeneric();
    unsigned int formatFlags = VIR_DOMAIN_DEF_FORMAT_INACTIVE;
    g_autoptr(virDomainDef) def = NULL;

    if (!(def = virDomainDefParseStringFull(xml, xmlopt, VIR_DOMAIN_DEF_PARSE_INACTIVE)))
        return NULL;
    if (!opts->testDriver)
        formatFlags |= VIR_DOMAIN_DEF_FORMAT_SECURE;
    return virDomainDefFormat(def, formatFlags);
}


static const xmlconvKind xmlconvKinds[] = {
    { "domain", xmlconvDomain }, { "network", xmlconvNetwork }, { "pool", xmlconvPool },
    { "vol", xmlconvVol },       { "secret", xmlconvSecret },
};


static const xmlconvKind *
xmlconvFindKind(const char *kind)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(xmlconvKinds); i++) {
        if (g_str_equal(xmlconvKinds[i].kind, kind))
            return &xmlconvKinds[i];
    }
    return NULL;
}


static int
xmlconvUsage(const char *msg)
{
    if (msg)
        fprintf(stderr, "xmlconvtool: %s\n", msg);
    fprintf(stderr, "usage: xmlconvtool --kind KIND [--pool POOL.xml] [--test-driver] FILE.xml\n"
                    "       xmlconvtool --list-kinds\n");
    return XMLCONV_EXIT_USAGE;
}


/* Reads @path; on failure prints the reason and returns NULL. */
static char *
xmlconvRead(const char *path)
{
    char *content = NULL;

    if (virFileReadAll(path, XMLCONV_MAX_FILE, &content) < 0) {
        fprintf(stderr, "xmlconvtool: cannot read '%s': %s\n", path, virGetLastErrorMessage());
        return NULL;
    }
    return content;
}


/* Prints the last error in the documented form; returns the exit code. */
static int
xmlconvReportError(void)
{
    virErrorPtr err = virGetLastError();

    if (!err) {
        fprintf(stderr, "error: 0 0: converter failed without reporting an error\n");
        return XMLCONV_EXIT_ERROR;
    }
    fprintf(stderr, "error: %d %d: %s\n", err->code, err->domain, NULLSTR(err->message));
    return XMLCONV_EXIT_ERROR;
}


int
main(int argc, char **argv)
{
    g_autofree char *kind = NULL;
    g_autofree char *poolPath = NULL;
    g_autofree char *poolXML = NULL;
    g_autofree char *xml = NULL;
    g_autofree char *out = NULL;
    gboolean testDriver = FALSE;
    gboolean listKinds = FALSE;
    gint repeat = 1;
    GOptionEntry entries[] = {
        { "kind", 0, 0, G_OPTION_ARG_STRING, &kind, "document kind", "KIND" },
        { "pool", 0, 0, G_OPTION_ARG_FILENAME, &poolPath, "parent pool (vol)", "FILE" },
        { "test-driver", 0, 0, G_OPTION_ARG_NONE, &testDriver, "act as test:///default", NULL },
        { "list-kinds", 0, 0, G_OPTION_ARG_NONE, &listKinds, "list supported kinds", NULL },
        { "repeat", 0, 0, G_OPTION_ARG_INT, &repeat, "convert N times, print the time", "N" },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    g_autoptr(GOptionContext) octx = g_option_context_new("FILE.xml");
    g_autoptr(GError) gerr = NULL;
    xmlconvOptions opts = { NULL, false };
    const xmlconvKind *k;
    size_t i;

    g_option_context_add_main_entries(octx, entries, NULL);
    if (!g_option_context_parse(octx, &argc, &argv, &gerr))
        return xmlconvUsage(gerr->message);

    if (listKinds) {
        for (i = 0; i < G_N_ELEMENTS(xmlconvKinds); i++) {
            if (xmlconvKinds[i].convert)
                printf("%s\n", xmlconvKinds[i].kind);
        }
        return 0;
    }

    if (!kind || argc != 2 || repeat < 1)
        return xmlconvUsage(NULL);
    if (!(k = xmlconvFindKind(kind)))
        return xmlconvUsage("unknown kind");
    if (!k->convert) {
        fprintf(stderr, "xmlconvtool: kind not supported yet: %s\n", kind);
        return XMLCONV_EXIT_UNSUPPORTED;
    }

    if (!(xml = xmlconvRead(argv[1])))
        return XMLCONV_EXIT_USAGE;
    if (poolPath && !(poolXML = xmlconvRead(poolPath)))
        return XMLCONV_EXIT_USAGE;
    opts.poolXML = poolXML;
    opts.testDriver = testDriver;

    if (repeat > 1) {
        gint64 start = g_get_monotonic_time();

        for (i = 0; i < (size_t)repeat; i++) {
            g_autofree char *tmp = k->convert(xml, &opts);

            if (!tmp)
                return xmlconvReportError();
        }
        fprintf(stderr, "xmlconvtool: repeat %d total_ns %lld\n", repeat,
                (long long)(g_get_monotonic_time() - start) * 1000);
    }

    if (!(out = k->convert(xml, &opts)))
        return xmlconvReportError();

    fputs(out, stdout);
    return fflush(stdout) == 0 ? 0 : XMLCONV_EXIT_USAGE;
}
