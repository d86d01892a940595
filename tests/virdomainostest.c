/*
 * virdomainostest.c: tests for <os> and <idmap> of the domain XML
 *
 * Valid cases parse tests/virdomainosdata/NAME.xml (a whole domain) as
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
    "os-acpi-empty-table",
    "os-arch-machine",
    "os-bios-useserial-legacy",
    "os-boot-multi",
    "os-bootloader",
    "os-bootmenu-bios",
    "os-bootmenu-no",
    "os-direct-kernel",
    "os-exe-init",
    "os-firmware-bios",
    "os-firmware-efi",
    "os-firmware-features",
    "os-hvm-bootloader",
    "os-hvm-minimal",
    "os-idmap",
    "os-linux-type",
    "os-loader-stateless",
    "os-nvram-block",
    "os-nvram-file",
    "os-nvram-network",
    "os-uefi-manual",
    "os-uml",
    "os-xen-domain-linux",
    "os-xen-pv",
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
    return g_strdup_printf("%s/virdomainosdata/%s%s", srcdir, name, suffix);
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
    { "bad-idmap-root", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_DOMAIN },
    { "bad-os-acpi-two-tables", VIR_ERR_XML_ERROR, VIR_FROM_DOMAIN },
    { "bad-os-arch", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_DOMAIN },
    { "bad-os-boot-dev", VIR_ERR_XML_ERROR, VIR_FROM_XML },
    { "bad-os-bootmenu-timeout", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_DOMAIN },
    { "bad-os-enrolled-keys", VIR_ERR_XML_DETAIL, VIR_FROM_DOMAIN },
    { "bad-os-exe-no-init", VIR_ERR_XML_ERROR, VIR_FROM_DOMAIN },
    { "bad-os-firmware-readonly", VIR_ERR_XML_DETAIL, VIR_FROM_DOMAIN },
    { "bad-os-firmware-template", VIR_ERR_XML_DETAIL, VIR_FROM_DOMAIN },
    { "bad-os-loader-nopath", VIR_ERR_XML_DETAIL, VIR_FROM_DOMAIN },
    { "bad-os-no-type", VIR_ERR_XML_ERROR, VIR_FROM_DOMAIN },
    { "bad-os-reboot-timeout", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_DOMAIN },
    { "bad-os-stateless-nvram", VIR_ERR_XML_DETAIL, VIR_FROM_DOMAIN },
    { "bad-os-type", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_DOMAIN },
};


/* The parsed model, not only the text: boot order, firmware features. */
static void
testOSModel(void)
{
    g_autofree char *input = testLoad("os-boot-multi", ".xml");
    g_autofree char *fw = testLoad("os-firmware-features", ".xml");
    g_autoptr(virDomainDef) def = testParse(input);
    g_autoptr(virDomainDef) fwdef = testParse(fw);

    g_assert_nonnull(def);
    g_assert_cmpint(def->os.type, ==, VIR_DOMAIN_OSTYPE_HVM);
    /* only the first four <boot> elements count */
    g_assert_cmpuint(def->os.nBootDevs, ==, VIR_DOMAIN_BOOT_LAST);
    g_assert_cmpint(def->os.bootDevs[0], ==, VIR_DOMAIN_BOOT_NET);
    g_assert_cmpint(def->os.bootDevs[1], ==, VIR_DOMAIN_BOOT_CDROM);
    g_assert_cmpint(def->os.bootDevs[2], ==, VIR_DOMAIN_BOOT_FLOPPY);
    g_assert_cmpint(def->os.bootDevs[3], ==, VIR_DOMAIN_BOOT_DISK);

    g_assert_nonnull(fwdef);
    g_assert_cmpint(fwdef->os.firmware, ==, VIR_DOMAIN_OS_DEF_FIRMWARE_EFI);
    g_assert_nonnull(fwdef->os.firmwareFeatures);
    g_assert_cmpint(fwdef->os.firmwareFeatures[VIR_DOMAIN_OS_DEF_FIRMWARE_FEATURE_SECURE_BOOT], ==,
                    VIR_TRISTATE_BOOL_YES);
    g_assert_cmpint(fwdef->os.firmwareFeatures[VIR_DOMAIN_OS_DEF_FIRMWARE_FEATURE_ENROLLED_KEYS],
                    ==, VIR_TRISTATE_BOOL_NO);
    g_assert_nonnull(fwdef->os.loader);
    g_assert_null(fwdef->os.loader->path);
    g_assert_cmpstr(fwdef->os.loader->nvram, ==, "/var/lib/nv.fd");
}


/* Container init, the idmap sorted by start, and Clear. */
static void
testOSInitIdmap(void)
{
    g_autofree char *exe = testLoad("os-exe-init", ".xml");
    g_autofree char *idm = testLoad("os-idmap", ".xml");
    g_autoptr(virDomainDef) def = testParse(exe);
    g_autoptr(virDomainDef) idef = testParse(idm);

    g_assert_nonnull(def);
    g_assert_cmpstr(def->os.init, ==, "/bin/sh");
    g_assert_nonnull(def->os.initargv);
    g_assert_cmpstr(def->os.initargv[1], ==, "echo 'hi' && sleep 1");
    g_assert_null(def->os.initargv[2]);
    g_assert_cmpuint(def->os.ninitenv, ==, 2);
    g_assert_cmpstr(def->os.initenv[1]->value, ==, "/usr/bin:/bin");

    virDomainOSDefClear(&def->os);
    g_assert_null(def->os.init);
    g_assert_null(def->os.initargv);
    g_assert_cmpuint(def->os.ninitenv, ==, 0);
    virDomainOSDefClear(NULL);

    g_assert_nonnull(idef);
    g_assert_cmpuint(idef->idmap.nuidmap, ==, 2);
    g_assert_cmpuint(idef->idmap.uidmap[0].start, ==, 0);
    g_assert_cmpuint(idef->idmap.uidmap[1].start, ==, 10);
    g_assert_cmpuint(idef->idmap.ngidmap, ==, 1);
    virDomainIdmapDefClear(&idef->idmap);
    g_assert_null(idef->idmap.uidmap);
}


/* Every enum string parses back to its value. */
static void
testOSEnums(void)
{
    int i;

    for (i = 1; i < VIR_ARCH_LAST; i++)
        g_assert_cmpint(virArchTypeFromString(virArchTypeToString(i)), ==, i);
    for (i = 0; i < VIR_DOMAIN_OSTYPE_LAST; i++)
        g_assert_cmpint(virDomainOSTypeFromString(virDomainOSTypeToString(i)), ==, i);
    g_assert_cmpstr(virArchTypeToString(VIR_ARCH_X86_64), ==, "x86_64");
    g_assert_cmpstr(virArchTypeToString(VIR_ARCH_ITANIUM), ==, "ia64");
    g_assert_cmpint(virArchTypeFromString("loongarch64"), ==, -1);
    g_assert_cmpstr(virDomainBootTypeToString(VIR_DOMAIN_BOOT_DISK), ==, "hd");
    g_assert_null(virDomainLoaderTypeToString(VIR_DOMAIN_LOADER_TYPE_LAST));
}


int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);

    for (i = 0; i < G_N_ELEMENTS(validCases); i++) {
        g_autofree char *path = g_strdup_printf("/conf/domainos/valid/%s", validCases[i]);

        g_test_add_data_func(path, validCases[i], testValid);
    }
    for (i = 0; i < G_N_ELEMENTS(invalidCases); i++) {
        g_autofree char *path = g_strdup_printf("/conf/domainos/invalid/%s", invalidCases[i].name);

        g_test_add_data_func(path, &invalidCases[i], testInvalid);
    }

    g_test_add_func("/conf/domainos/model", testOSModel);
    g_test_add_func("/conf/domainos/init-idmap", testOSInitIdmap);
    g_test_add_func("/conf/domainos/enums", testOSEnums);

    return g_test_run();
}
