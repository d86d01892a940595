/*
 * virdomainstoragetestutils.c: data-driven checks of the storage device
 * families on their own
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virdomaindef.h"
#include "virdomainstoragetestutils.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_NONE

static const char *testDataDir;


static int
testParseDevices(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    unsigned int flags = VIR_DOMAIN_DEF_PARSE_INACTIVE;
    int n;
    int i;

    n = virXPathNodeSet("./devices/disk", ctxt, &nodes);
    for (i = 0; i < n; i++) {
        virDomainDiskDef *disk = virDomainDiskDefParseXML(ctxt, nodes[i], def, flags);

        if (!disk)
            return -1;
        virDomainDiskInsert(def, disk);
    }
    g_clear_pointer(&nodes, g_free);

    n = virXPathNodeSet("./devices/controller", ctxt, &nodes);
    for (i = 0; i < n; i++) {
        virDomainControllerDef *cont = virDomainControllerDefParseXML(ctxt, nodes[i], def, flags);

        if (!cont)
            return -1;
        virDomainControllerInsert(def, cont);
    }
    g_clear_pointer(&nodes, g_free);

    n = virXPathNodeSet("./devices/filesystem", ctxt, &nodes);
    def->fss = g_new0(virDomainFSDef *, MAX(n, 0));
    for (i = 0; i < n; i++) {
        if (!(def->fss[def->nfss] = virDomainFSDefParseXML(ctxt, nodes[i], def, flags)))
            return -1;
        def->nfss++;
    }
    g_clear_pointer(&nodes, g_free);

    n = virXPathNodeSet("./devices/hostdev", ctxt, &nodes);
    def->hostdevs = g_new0(virDomainHostdevDef *, MAX(n, 0));
    for (i = 0; i < n; i++) {
        if (!(def->hostdevs[def->nhostdevs] =
                  virDomainHostdevDefParseXML(ctxt, nodes[i], def, flags)))
            return -1;
        def->nhostdevs++;
    }
    return 0;
}


/* libvirt's order: device post-parse (disks before hostdevs before
 * controllers), duplicate controllers, implicit controllers, validation */
static int
testPostParseValidate(virDomainDef *def)
{
    size_t i;

    for (i = 0; i < def->ndisks; i++) {
        if (virDomainDiskDefPostParse(def->disks[i], def) < 0)
            return -1;
    }
    for (i = 0; i < def->nhostdevs; i++) {
        if (virDomainHostdevDefPostParse(def->hostdevs[i], def) < 0)
            return -1;
    }
    for (i = 0; i < def->ncontrollers; i++) {
        if (virDomainControllerDefPostParse(def->controllers[i], def) < 0)
            return -1;
    }
    for (i = 0; i < def->nfss; i++) {
        if (virDomainFSDefPostParse(def->fss[i], def) < 0)
            return -1;
    }
    if (virDomainDefRejectDuplicateControllers(def) < 0 ||
        virDomainDefAddImplicitControllers(def) < 0)
        return -1;

    for (i = 0; i < def->ndisks; i++) {
        if (virDomainDiskDefValidate(def->disks[i], def) < 0)
            return -1;
    }
    for (i = 0; i < def->ncontrollers; i++) {
        if (virDomainControllerDefValidate(def->controllers[i], def) < 0)
            return -1;
    }
    for (i = 0; i < def->nfss; i++) {
        if (virDomainFSDefValidate(def->fss[i], def) < 0)
            return -1;
    }
    for (i = 0; i < def->nhostdevs; i++) {
        if (virDomainHostdevDefValidate(def->hostdevs[i], def) < 0)
            return -1;
    }
    return virDomainDiskDefsValidate(def);
}


static int
testFormatDevices(const virDomainDef *def, char **out)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;
    unsigned int flags = VIR_DOMAIN_DEF_FORMAT_INACTIVE;
    size_t i;

    virBufferAdjustIndent(&buf, 4);
    for (i = 0; i < def->ndisks; i++) {
        if (virDomainDiskDefFormat(&buf, def->disks[i], def, flags) < 0)
            return -1;
    }
    for (i = 0; i < def->ncontrollers; i++) {
        if (virDomainControllerDefFormat(&buf, def->controllers[i], def, flags) < 0)
            return -1;
    }
    for (i = 0; i < def->nfss; i++) {
        if (virDomainFSDefFormat(&buf, def->fss[i], def, flags) < 0)
            return -1;
    }
    for (i = 0; i < def->nhostdevs; i++) {
        if (virDomainHostdevDefFormat(&buf, def->hostdevs[i], def, flags) < 0)
            return -1;
    }
    *out = virBufferContentAndReset(&buf);
    if (!*out)
        *out = g_strdup("");
    return 0;
}


int
virDomainStorageTestRun(const char *xml, char **out)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autoptr(virDomainDef) def = virDomainDefNew();

    if (!(doc = virXMLParseStringCtxt(xml, "domain.xml", "domain", &ctxt)))
        return -1;
    ctxt->node = xmlDocGetRootElement(doc);
    if (testParseDevices(ctxt, def) < 0 || testPostParseValidate(def) < 0)
        return -1;
    return testFormatDevices(def, out);
}


static char *
testReadData(const char *name, const char *suffix)
{
    const char *srcdir = g_getenv("abs_srcdir");
    g_autofree char *path =
        g_strdup_printf("%s/%s/%s%s", srcdir ? srcdir : ".", testDataDir, name, suffix);
    g_autoptr(GError) err = NULL;
    char *content = NULL;

    if (!g_file_get_contents(path, &content, NULL, &err)) {
        g_test_message("cannot read %s: %s", path, err->message);
        g_test_fail();
        return NULL;
    }
    return content;
}


static void
testStorageCase(gconstpointer opaque)
{
    const virDomainStorageTestCase *tc = opaque;
    g_autofree char *input = testReadData(tc->name, ".xml");
    g_autofree char *expected = NULL;
    g_autofree char *actual = NULL;
    virErrorPtr err;
    int rc;

    if (!input)
        return;
    virResetLastError();
    rc = virDomainStorageTestRun(input, &actual);
    err = virGetLastError();
    if (tc->code) {
        if (rc == 0 || !err) {
            g_test_message("%s: accepted although libvirt refuses it", tc->name);
            g_test_fail();
            return;
        }
        if (err->code != tc->code)
            g_test_message("%s: got code %d: %s", tc->name, err->code, NULLSTR(err->message));
        g_assert_cmpint(err->code, ==, tc->code);
        return;
    }
    if (rc < 0) {
        g_test_message("%s: %s", tc->name, err ? NULLSTR(err->message) : "no error");
        g_test_fail();
        return;
    }
    if (!(expected = testReadData(tc->name, "-out.xml")))
        return;
    if (!g_str_equal(expected, actual))
        g_test_message("%s: expected\n%s\ngot\n%s", tc->name, expected, actual);
    g_assert_cmpstr(actual, ==, expected);
}


void
virDomainStorageTestRegister(const char *prefix,
                             const char *datadir,
                             const virDomainStorageTestCase *cases,
                             size_t ncases)
{
    size_t i;

    testDataDir = datadir;
    for (i = 0; i < ncases; i++) {
        g_autofree char *path = g_strdup_printf("%s/%s", prefix, cases[i].name);

        g_test_add_data_func(path, &cases[i], testStorageCase);
    }
}
