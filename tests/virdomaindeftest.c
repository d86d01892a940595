/*
 * virdomaindeftest.c: tests for the domain XML model (top level)
 *
 * Data: tests/virdomaindefdata/NAME.xml is parsed with the test driver's
 * hooks and formatted (inactive); NAME-out.xml holds the expected output
 * and NAME.err the expected error code when the input is invalid. Both
 * were generated once with libvirt 9.0 (python3-libvirt, test:///default:
 * defineXML then XMLDesc(VIR_DOMAIN_XML_INACTIVE)) and are committed.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "virdomaindef.h"
#include "virdomainpostparse.h"
#include "virdomainvalidate.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

#define PARSE_FLAGS VIR_DOMAIN_DEF_PARSE_INACTIVE

/* the start of a domain whose later elements are under test */
#define HEAD "<domain type='test'><name>x</name><memory>1</memory><os><type>hvm</type></os>"
#define FORMAT_FLAGS (VIR_DOMAIN_DEF_FORMAT_INACTIVE | VIR_DOMAIN_DEF_FORMAT_SECURE)


static char *
testDataDir(void)
{
    const char *srcdir = g_getenv("abs_srcdir");

    return g_build_filename(srcdir ? srcdir : ".", "virdomaindefdata", NULL);
}


static char *
testReadFile(const char *dir, const char *name)
{
    g_autofree char *path = g_build_filename(dir, name, NULL);
    char *content = NULL;

    if (!g_file_get_contents(path, &content, NULL, NULL))
        return NULL;
    return content;
}


/* One data case: @opaque is the input file name. */
static void
testDataCase(const void *opaque)
{
    const char *file = opaque;
    g_autofree char *dir = testDataDir();
    g_autofree char *base = g_strndup(file, strlen(file) - strlen(".xml"));
    g_autofree char *outName = g_strdup_printf("%s-out.xml", base);
    g_autofree char *errName = g_strdup_printf("%s.err", base);
    g_autofree char *input = testReadFile(dir, file);
    g_autofree char *expected = testReadFile(dir, outName);
    g_autofree char *expectedErr = testReadFile(dir, errName);
    g_autoptr(virDomainDef) def = NULL;
    g_autofree char *actual = NULL;

    g_assert_nonnull(input);
    g_assert_true(expected || expectedErr);

    virResetLastError();
    def = virDomainDefParseStringFull(input, virDomainXMLOptionGetTestDriver(), PARSE_FLAGS);
    if (expectedErr) {
        g_assert_null(def);
        g_assert_cmpint(virGetLastErrorCode(), ==, atoi(g_strstrip(expectedErr)));
        return;
    }
    if (!def)
        g_printerr("unexpected error: %s\n", virGetLastErrorMessage());
    g_assert_nonnull(def);
    actual = virDomainDefFormat(def, FORMAT_FLAGS);
    g_assert_nonnull(actual);
    g_assert_cmpstr(actual, ==, expected);
}


/* Formatting our own output again gives the same document. */
static void
testRoundTrip(const void *opaque)
{
    const char *file = opaque;
    g_autofree char *dir = testDataDir();
    g_autofree char *input = testReadFile(dir, file);
    g_autoptr(virDomainDef) def1 = NULL;
    g_autoptr(virDomainDef) def2 = NULL;
    g_autofree char *out1 = NULL;
    g_autofree char *out2 = NULL;

    def1 = virDomainDefParseStringFull(input, virDomainXMLOptionGetTestDriver(), PARSE_FLAGS);
    g_assert_nonnull(def1);
    out1 = virDomainDefFormat(def1, FORMAT_FLAGS);
    def2 = virDomainDefParseStringFull(out1, virDomainXMLOptionGetTestDriver(), PARSE_FLAGS);
    g_assert_nonnull(def2);
    out2 = virDomainDefFormat(def2, FORMAT_FLAGS);
    g_assert_cmpstr(out1, ==, out2);
}


static const char minimalXML[] = "<domain type='test'>\n"
                                 "  <name>m</name>\n"
                                 "  <uuid>4dea22b3-1d52-d8f3-2516-782e98ab3fa0</uuid>\n"
                                 "  <memory>1024</memory>\n"
                                 "  <os><type>hvm</type></os>\n"
                                 "</domain>\n";


static void
testErrors(void)
{
    static const struct {
        const char *xml;
        int code;
        int domain;
    } cases[] = {
        { "not xml", VIR_ERR_XML_DETAIL, VIR_FROM_DOMAIN },
        { "<foo/>", VIR_ERR_XML_ERROR, VIR_FROM_XML },
        { "<domain><name>x</name></domain>", VIR_ERR_INTERNAL_ERROR, VIR_FROM_DOMAIN },
        { "<domain type='foo'><name>x</name></domain>", VIR_ERR_CONFIG_UNSUPPORTED,
          VIR_FROM_DOMAIN },
        { "<domain type='test'><memory>1</memory></domain>", VIR_ERR_NO_NAME, VIR_FROM_DOMAIN },
        { "<domain type='test'><name>a&#10;b</name></domain>", VIR_ERR_XML_DETAIL, VIR_FROM_XML },
        { "<domain type='test'><name>x</name><memory unit='foo'>1</memory></domain>",
          VIR_ERR_INVALID_ARG, VIR_FROM_NONE },
        { "<domain type='test'><name>x</name><memory unit='b'>9223372036854775807</memory>"
          "</domain>",
          VIR_ERR_OVERFLOW, VIR_FROM_DOMAIN },
        { "<domain type='test'><name>x</name><memory>-5</memory></domain>", VIR_ERR_XML_ERROR,
          VIR_FROM_XML },
        { HEAD "<vcpu cpuset='x'>1</vcpu>"
               "</domain>",
          VIR_ERR_INVALID_ARG, VIR_FROM_NONE },
        { HEAD "<vcpu>0</vcpu></domain>", VIR_ERR_INTERNAL_ERROR, VIR_FROM_DOMAIN },
        { HEAD "<features><kvm><dirty-ring state='on' size='100'/></kvm></features></domain>",
          VIR_ERR_XML_ERROR, VIR_FROM_DOMAIN },
        { HEAD "<features><smm><tseg unit='x'>1</tseg></smm></features></domain>",
          VIR_ERR_INVALID_ARG, VIR_FROM_NONE },
        { HEAD "<features><hpt><maxpagesize>z</maxpagesize></hpt></features></domain>",
          VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_DOMAIN },
        { HEAD "<features><hyperv><foo state='on'/></hyperv></features></domain>",
          VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_DOMAIN },
        { HEAD "<features><capabilities policy='deny'><foo/></capabilities></features></domain>",
          VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_DOMAIN },
        { HEAD "<sysinfo type='fwcfg'><entry name='opt/a'/></sysinfo></domain>", VIR_ERR_XML_ERROR,
          VIR_FROM_DOMAIN },
        { HEAD
          "<iothreadids><iothread id='1' thread_pool_min='4' thread_pool_max='3'/></iothreadids>"
          "</domain>",
          VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_DOMAIN },
        { HEAD "<genid>x</genid></domain>", VIR_ERR_INTERNAL_ERROR, VIR_FROM_DOMAIN },
        { HEAD "<seclabel type='none' relabel='yes'/></domain>", VIR_ERR_CONFIG_UNSUPPORTED,
          VIR_FROM_DOMAIN },
        { HEAD "<seclabel type='dynamic' model='a'/><seclabel type='none'/></domain>",
          VIR_ERR_XML_ERROR, VIR_FROM_DOMAIN },
    };
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(cases); i++) {
        g_autoptr(virDomainDef) def = NULL;
        virErrorPtr err;

        virResetLastError();
        def = virDomainDefParseString(cases[i].xml, PARSE_FLAGS);
        if (def)
            g_printerr("case %zu unexpectedly parsed\n", i);
        g_assert_null(def);
        err = virGetLastError();
        g_assert_nonnull(err);
        g_assert_cmpint(err->code, ==, cases[i].code);
        g_assert_cmpint(err->domain, ==, cases[i].domain);
    }
}


static void
testNewFree(void)
{
    g_autoptr(virDomainDef) def = virDomainDefNew();

    g_assert_cmpint(def->id, ==, -1);
    g_assert_cmpuint(def->ndisks, ==, 0);
    virDomainDefFree(NULL);
}


static void
testDefaults(void)
{
    g_autoptr(virDomainDef) def = virDomainDefParseString(minimalXML, PARSE_FLAGS);

    g_assert_nonnull(def);
    g_assert_cmpuint(def->memory, ==, 1024);
    g_assert_cmpuint(def->currentMemory, ==, 1024);
    g_assert_cmpuint(def->maxvcpus, ==, 1);
    g_assert_cmpuint(virDomainDefGetVcpus(def), ==, 1);
    g_assert_cmpint(def->placement_mode, ==, VIR_DOMAIN_CPU_PLACEMENT_MODE_STATIC);
    g_assert_cmpint(def->onPoweroff, ==, VIR_DOMAIN_LIFECYCLE_ACTION_DESTROY);
    g_assert_cmpint(def->onReboot, ==, VIR_DOMAIN_LIFECYCLE_ACTION_RESTART);
    g_assert_cmpint(def->onCrash, ==, VIR_DOMAIN_LIFECYCLE_ACTION_DESTROY);
    /* the generic parser defaults to the host architecture, the test driver to i686 */
    g_assert_cmpint(def->os.arch, ==, VIR_ARCH_X86_64);
    g_assert_cmpuint(def->os.nBootDevs, ==, 1);
    g_assert_cmpint(def->os.bootDevs[0], ==, VIR_DOMAIN_BOOT_DISK);
    virDomainDefFree(g_steal_pointer(&def));

    def = virDomainDefParseStringFull(minimalXML, virDomainXMLOptionGetTestDriver(), PARSE_FLAGS);
    g_assert_nonnull(def);
    g_assert_cmpint(def->os.arch, ==, VIR_ARCH_I686);
    g_assert_cmpint(virDomainDefValidate(def), ==, 0);
}


static void
testFormatActive(void)
{
    g_autoptr(virDomainDef) def = NULL;
    g_autofree char *active = NULL;
    g_autofree char *inactive = NULL;
    const char *xml = "<domain type='test' id='7'><name>m</name><memory>1024</memory>"
                      "<os><type>hvm</type></os></domain>";

    def = virDomainDefParseString(xml, 0);
    g_assert_nonnull(def);
    g_assert_cmpint(def->id, ==, 7);
    active = virDomainDefFormat(def, 0);
    g_assert_true(g_str_has_prefix(active, "<domain type='test' id='7'>\n  <name>m</name>\n"));
    inactive = virDomainDefFormat(def, VIR_DOMAIN_DEF_FORMAT_INACTIVE);
    g_assert_true(g_str_has_prefix(inactive, "<domain type='test'>\n"));
    virDomainDefFree(g_steal_pointer(&def));

    def = virDomainDefParseString(xml, PARSE_FLAGS);
    g_assert_cmpint(def->id, ==, -1);
}


static void
testSysinfoUUID(void)
{
    const char *xml = "<domain type='test'><name>m</name><memory>1024</memory>"
                      "<os><type>hvm</type></os><sysinfo type='smbios'><system>"
                      "<entry name='uuid'>21111111222233334444555555555555</entry>"
                      "</system></sysinfo></domain>";
    g_autoptr(virDomainDef) def = virDomainDefParseString(xml, PARSE_FLAGS);
    g_autofree char *out = NULL;

    g_assert_nonnull(def);
    out = virDomainDefFormat(def, FORMAT_FLAGS);
    /* without <uuid> the domain takes the SMBIOS one */
    g_assert_nonnull(strstr(out, "<uuid>21111111-2222-3333-4444-555555555555</uuid>"));
    g_assert_nonnull(
        strstr(out, "<entry name='uuid'>21111111-2222-3333-4444-555555555555</entry>"));
}


/*
 * Unknown elements are dropped silently unless the caller asks for schema
 * validation; then the document is refused with VIR_ERR_XML_INVALID_SCHEMA
 * (what Debian's libvirt 9.0 answers for defineXMLFlags(VALIDATE)).
 */
static void
testValidateSchema(void)
{
    const char *xml = "<domain type='test'><name>v1</name><memory>1024</memory>"
                      "<os><type>hvm</type></os><bogus/></domain>";
    g_autoptr(virDomainDef) def = NULL;
    g_autoptr(virDomainDef) refused = NULL;
    g_autofree char *out = NULL;

    if (access("/usr/share/libvirt/schemas/domain.rng", R_OK) < 0 &&
        !g_getenv("MODVIRT_SCHEMA_DIR")) {
        g_test_skip("libvirt schemas not installed (apt-get install libvirt0)");
        return;
    }
    def = virDomainDefParseString(xml, 0);
    g_assert_nonnull(def);
    out = virDomainDefFormat(def, VIR_DOMAIN_DEF_FORMAT_INACTIVE);
    g_assert_null(strstr(out, "bogus"));

    virResetLastError();
    refused = virDomainDefParseString(xml, VIR_DOMAIN_DEF_PARSE_VALIDATE_SCHEMA);
    g_assert_null(refused);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_XML_INVALID_SCHEMA);
    g_assert_nonnull(strstr(virGetLastErrorMessage(), "bogus"));
}


static void
testGenid(void)
{
    const char *xml = "<domain type='test'><name>m</name><memory>1024</memory>"
                      "<os><type>hvm</type></os><genid/></domain>";
    g_autoptr(virDomainDef) def = virDomainDefParseString(xml, PARSE_FLAGS);
    static const unsigned char zero[VIR_UUID_BUFLEN_DOMAIN] = { 0 };

    g_assert_nonnull(def);
    g_assert_true(def->genidRequested);
    g_assert_true(def->genidGenerated);
    g_assert_true(memcmp(def->genid, zero, sizeof(zero)) != 0);
}


/* MACs, interface names and drive addresses given after parsing */
static void
testPostParseDevices(void)
{
    const char *xml =
        "<domain type='test'><name>m</name><memory>1024</memory><os><type>hvm</type></os>"
        "<devices>"
        "<disk type='file' device='disk'><source file='/a'/><target dev='hdd' bus='ide'/></disk>"
        "<disk type='file' device='disk'><source file='/b'/><target dev='sdp' bus='scsi'/></disk>"
        "<interface type='user'><mac address='00:00:00:00:00:00'/></interface>"
        "<interface type='user'/>"
        "</devices></domain>";
    g_autoptr(virDomainDef) def = NULL;
    virDomainDeviceDriveAddress *drive;
    size_t i;

    def = virDomainDefParseStringFull(xml, virDomainXMLOptionGetGeneric(), PARSE_FLAGS);
    g_assert_nonnull(def);
    g_assert_cmpuint(def->ndisks, ==, 2);
    g_assert_cmpint(def->disks[0]->info.type, ==, VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE);
    drive = &def->disks[0]->info.addr.drive;
    g_assert_cmpuint(drive->controller, ==, 0);
    g_assert_cmpuint(drive->bus, ==, 1);
    g_assert_cmpuint(drive->unit, ==, 1);
    drive = &def->disks[1]->info.addr.drive;
    g_assert_cmpuint(drive->controller, ==, 2);
    g_assert_cmpuint(drive->unit, ==, 1);
    /* the generic hooks regenerate an all-zero MAC with a fixed generator */
    g_assert_cmpuint(def->nnets, ==, 2);
    for (i = 0; i < def->nnets; i++) {
        static const unsigned char fixed[] = { 0x52, 0x54, 0, 0, 0, 0 };

        g_assert_true(memcmp(def->nets[i]->mac, fixed, sizeof(fixed)) == 0);
        g_assert_null(def->nets[i]->ifname);
    }
    virDomainDefFree(g_steal_pointer(&def));

    /* the test driver keeps the zero MAC and names the interfaces */
    def = virDomainDefParseStringFull(xml, virDomainXMLOptionGetTestDriver(), PARSE_FLAGS);
    g_assert_nonnull(def);
    g_assert_true(memcmp(def->nets[0]->mac, "\0\0\0\0\0\0", 6) == 0);
    g_assert_cmpstr(def->nets[0]->ifname, ==, "testnet0");
    g_assert_cmpstr(def->nets[1]->ifname, ==, "testnet1");
    g_assert_true(def->nets[1]->mac[0] == 0x52 && def->nets[1]->mac[1] == 0x54);
}


static void
testDiskNameToIndex(void)
{
    static const struct {
        const char *name;
        int idx;
    } cases[] = {
        { "sda", 0 },  { "sdz", 25 },   { "sdaa", 26 },    { "sdab", 27 }, { "hdzz", 701 },
        { "vda1", 0 }, { "xvdb", 1 },   { "ubdc", 2 },     { "fdb", 1 },   { "foo", -1 },
        { "sd", -1 },  { "sda1x", -1 }, { "mmcblk0", -1 }, { "sdA", -1 },
    };
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(cases); i++)
        g_assert_cmpint(virDiskNameToIndex(cases[i].name), ==, cases[i].idx);
}


static void
testControllerOrder(void)
{
    g_autoptr(virDomainDef) def = virDomainDefNew();
    virDomainControllerDef *c;
    static const int order[][2] = {
        { VIR_DOMAIN_CONTROLLER_TYPE_USB, 0 },  { VIR_DOMAIN_CONTROLLER_TYPE_SCSI, 1 },
        { VIR_DOMAIN_CONTROLLER_TYPE_SCSI, 2 }, { VIR_DOMAIN_CONTROLLER_TYPE_SCSI, 3 },
        { VIR_DOMAIN_CONTROLLER_TYPE_IDE, 0 },
    };
    size_t i;

    /* insert out of order: scsi 3, usb 0, scsi 1, ide 0, scsi 2 */
    c = virDomainControllerDefNew(VIR_DOMAIN_CONTROLLER_TYPE_USB);
    c->idx = 0;
    virDomainDefAddController(def, c);
    c = virDomainControllerDefNew(VIR_DOMAIN_CONTROLLER_TYPE_SCSI);
    c->idx = 3;
    virDomainDefAddController(def, c);
    c = virDomainControllerDefNew(VIR_DOMAIN_CONTROLLER_TYPE_SCSI);
    c->idx = 1;
    virDomainDefAddController(def, c);
    c = virDomainControllerDefNew(VIR_DOMAIN_CONTROLLER_TYPE_IDE);
    c->idx = 0;
    virDomainDefAddController(def, c);
    c = virDomainControllerDefNew(VIR_DOMAIN_CONTROLLER_TYPE_SCSI);
    c->idx = 2;
    virDomainDefAddController(def, c);

    g_assert_cmpuint(def->ncontrollers, ==, G_N_ELEMENTS(order));
    for (i = 0; i < G_N_ELEMENTS(order); i++) {
        g_assert_cmpint(def->controllers[i]->type, ==, order[i][0]);
        g_assert_cmpint(def->controllers[i]->idx, ==, order[i][1]);
    }
    g_assert_cmpint(virDomainDefFindController(def, VIR_DOMAIN_CONTROLLER_TYPE_SCSI, 2), ==, 2);
    g_assert_cmpint(virDomainDefFindController(def, VIR_DOMAIN_CONTROLLER_TYPE_SATA, 0), ==, -1);
}


static gint
testCompareNames(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}


/* The input files of the data directory, sorted. */
static GPtrArray *
testListData(void)
{
    g_autofree char *dir = testDataDir();
    g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
    GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
    const char *name;

    g_assert_nonnull(d);
    while ((name = g_dir_read_name(d))) {
        if (g_str_has_suffix(name, ".xml") && !g_str_has_suffix(name, "-out.xml"))
            g_ptr_array_add(files, g_strdup(name));
    }
    g_ptr_array_sort(files, testCompareNames);
    return files;
}


int
main(int argc, char **argv)
{
    g_autoptr(GPtrArray) files = NULL;
    int ret;
    size_t i;

    g_test_init(&argc, &argv, NULL);

    files = testListData();
    for (i = 0; i < files->len; i++) {
        const char *file = g_ptr_array_index(files, i);
        g_autofree char *base = g_strndup(file, strlen(file) - strlen(".xml"));
        g_autofree char *path = g_strdup_printf("/conf/domaindef/data/%s", base);

        g_test_add_data_func(path, file, testDataCase);
        if (!g_str_has_prefix(file, "bad-")) {
            g_autofree char *rt = g_strdup_printf("/conf/domaindef/roundtrip/%s", base);

            g_test_add_data_func(rt, file, testRoundTrip);
        }
    }
    g_test_add_func("/conf/domaindef/errors", testErrors);
    g_test_add_func("/conf/domaindef/new-free", testNewFree);
    g_test_add_func("/conf/domaindef/defaults", testDefaults);
    g_test_add_func("/conf/domaindef/format-active", testFormatActive);
    g_test_add_func("/conf/domaindef/sysinfo-uuid", testSysinfoUUID);
    g_test_add_func("/conf/domaindef/genid", testGenid);
    g_test_add_func("/conf/domaindef/validate-schema", testValidateSchema);
    g_test_add_func("/conf/domaindef/disk-name-index", testDiskNameToIndex);
    g_test_add_func("/conf/domaindef/postparse-devices", testPostParseDevices);
    g_test_add_func("/conf/domaindef/controller-order", testControllerOrder);

    ret = g_test_run();
    return ret;
}
