/*
 * virstoragepoolconftest.c: tests for the storage pool XML model
 *
 * The expected outputs (virstoragepoolconfdata/NAME-out.xml) and the error
 * codes and messages below were recorded once from Debian's libvirt 9.0
 * (python3-libvirt, test:///default: storagePoolDefineXML, XMLDesc(0)).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virerror.h"
#include "virstoragepoolconf.h"

/* documents parsed directly by the tests report in this domain */
#define VIR_FROM_THIS VIR_FROM_STORAGE

/* What libvirt's test driver, which produced the expected files, reports
 * as a new pool's capacity and available space (allocation is 0). */
#define TEST_POOL_CAPACITY (100ULL * 1024 * 1024 * 1024)


static char *
testReadData(const char *name, const char *suffix)
{
    g_autofree char *path =
        g_strdup_printf("%s/virstoragepoolconfdata/%s%s", g_getenv("abs_srcdir"), name, suffix);
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


static virStoragePoolDef *
testParse(const char *xml)
{
    virStoragePoolDef *def = virStoragePoolDefParseString(xml, 0);

    if (!def)
        g_printerr("parse failed: %s\n", NULLSTR(virGetLastErrorMessage()));
    g_assert_nonnull(def);
    def->capacity = TEST_POOL_CAPACITY;
    def->available = TEST_POOL_CAPACITY;
    return def;
}


typedef struct {
    const char *name; /* virstoragepoolconfdata/NAME.xml and NAME-out.xml */
    bool noReparse;   /* libvirt's output is not valid input (a gid > INT_MAX
                       * is printed as a negative number) */
} testGoodCase;

static const testGoodCase goodCases[] = {
    { "dir-basic", false },
    { "dir-cow-no", false },
    { "dir-empty-elements", false },
    { "dir-name-escape", false },
    { "dir-octal-ids", true },
    { "dir-perms-label", false },
    { "dir-refresh", false },
    { "dir-source-ignored", false },
    { "dir-uuid-nodash", false },
    { "disk-gpt", false },
    { "fs-comments-pi", false },
    { "fs-default-format", false },
    { "fs-xfs-vendor", false },
    { "gluster-default-dir", false },
    { "gluster-subdir-auth", false },
    { "iscsi-auth-secret-type", false },
    { "iscsi-chap-initiator", false },
    { "iscsi-direct", false },
    { "iscsi-port-negative", false },
    { "logical-devices", false },
    { "logical-name-from-source", false },
    { "logical-no-source", false },
    { "mpath", false },
    { "netfs-auth-ns-ignored", false },
    { "netfs-cifs", false },
    { "netfs-nfs-proto", false },
    { "pci-domain-large", false },
    { "rbd-auth", false },
    { "rbd-refresh-ns-ignored", false },
    { "scsi-fc-host", false },
    { "scsi-fc-parent-wwn", false },
    { "scsi-host-name", false },
    { "scsi-parentaddr", false },
    { "sheepdog", false },
    { "vstorage", false },
    { "zfs-default-name", false },
    { "zfs-device", false },
};


/* parse -> format gives libvirt's output, and formatting is a fixed point */
static void
testPoolXML2XML(gconstpointer data)
{
    const testGoodCase *tc = data;
    const char *name = tc->name;
    g_autofree char *xml = testReadData(name, ".xml");
    g_autofree char *expected = testReadData(name, "-out.xml");
    g_autoptr(virStoragePoolDef) def = testParse(xml);
    g_autoptr(virStoragePoolDef) again = NULL;
    g_autofree char *out = virStoragePoolDefFormat(def, 0);
    g_autofree char *out2 = NULL;

    g_assert_cmpstr(out, ==, expected);
    g_assert_cmpint(virStoragePoolDefValidate(def), ==, 0);

    if (tc->noReparse) {
        g_assert_null(virStoragePoolDefParseString(out, 0));
        virResetLastError();
        return;
    }
    again = testParse(out);
    out2 = virStoragePoolDefFormat(again, 0);
    g_assert_cmpstr(out2, ==, expected);
}


typedef struct {
    const char *name; /* virstoragepoolconfdata/NAME.xml */
    int code;
    int domain;
    const char *message;
} testBadCase;

static const testBadCase badCases[] = {
    { "bad-adapter-empty", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: Either 'name' or 'parent' must be specified for the 'scsi_host' adapter" },
    { "bad-adapter-legacy-parentaddr", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: Use of 'parentaddr' element requires use of the adapter 'type'" },
    { "bad-adapter-legacy-wwn", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: Use of 'wwnn', 'wwpn', and 'parent' attributes requires use of the adapter 'type'" },
    { "bad-adapter-no-address", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: Missing scsi_host PCI address element" },
    { "bad-adapter-none", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: missing storage pool source adapter" },
    { "bad-adapter-type", VIR_ERR_XML_ERROR, VIR_FROM_XML,
      "XML error: Invalid value for attribute 'type' in element 'adapter': 'default'." },
    { "bad-adapter-unique-id", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: Missing or invalid scsi adapter 'unique_id' value" },
    { "bad-auth-bad-uuid", VIR_ERR_XML_ERROR, VIR_FROM_NONE,
      "XML error: invalid secret uuid 'xyz'" },
    { "bad-auth-both", VIR_ERR_XML_ERROR, VIR_FROM_NONE,
      "XML error: either secret uuid or usage expected" },
    { "bad-auth-neither", VIR_ERR_XML_ERROR, VIR_FROM_NONE,
      "XML error: missing secret uuid or usage attribute" },
    { "bad-auth-no-secret", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: Missing <secret> element in auth" },
    { "bad-auth-no-type", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_STORAGE,
      "unsupported configuration: storage pool missing auth type" },
    { "bad-auth-no-username", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: missing username for auth" },
    { "bad-auth-type", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_STORAGE,
      "unsupported configuration: unknown auth type 'kerberos'" },
    { "bad-cifs-protocol", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_STORAGE,
      "unsupported configuration: storage pool protocol ver unsupported for pool type 'cifs'" },
    { "bad-cow-state", VIR_ERR_XML_ERROR, VIR_FROM_XML,
      "XML error: Invalid value for attribute 'state' in element 'cow': 'on'." },
    { "bad-device-no-path", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: missing storage pool source device path" },
    { "bad-disk-format", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_STORAGE,
      "unsupported configuration: unknown pool format type ext4" },
    { "bad-empty-name", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: missing pool source name element" },
    { "bad-fc-fabric-wwn", VIR_ERR_INTERNAL_ERROR, VIR_FROM_NONE,
      "internal error: Malformed wwn: zz" },
    { "bad-fc-managed", VIR_ERR_XML_ERROR, VIR_FROM_XML,
      "XML error: Invalid value for attribute 'managed' in element 'adapter': 'sure'." },
    { "bad-fc-no-wwpn", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: 'wwnn' and 'wwpn' must be specified for adapter type 'fchost'" },
    { "bad-fc-parent-wwnn-only", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: when providing parent_wwnn='20000000c9831b4b', the parent_wwpn must also be provided" },
    { "bad-fc-parent-wwpn-only", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: when providing parent_wwpn='20000000c9831b4b', the parent_wwnn must also be provided" },
    { "bad-fs-format", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_STORAGE,
      "unsupported configuration: unknown pool format type nfs" },
    { "bad-fs-no-device", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: missing storage pool source device name" },
    { "bad-gluster-no-host", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: missing storage pool source host name" },
    { "bad-group", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE, "XML error: malformed group element" },
    { "bad-host-no-name", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: missing storage pool host name" },
    { "bad-host-port", VIR_ERR_XML_ERROR, VIR_FROM_XML,
      "XML error: Invalid value for attribute 'port' in element 'host': 'nfs'. Expected integer value" },
    { "bad-iqn-no-name", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_STORAGE,
      "unsupported configuration: missing initiator IQN" },
    { "bad-iscsi-direct-no-initiator", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_STORAGE,
      "unsupported configuration: missing initiator IQN" },
    { "bad-logical-format", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_STORAGE,
      "unsupported configuration: unknown pool format type lvm1" },
    { "bad-missing-target", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: missing storage pool target path" },
    { "bad-mode-not-octal", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: malformed octal mode" },
    { "bad-mode", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE, "XML error: malformed octal mode" },
    { "bad-name-slash", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: name confdiff/slash cannot contain '/'" },
    { "bad-netfs-no-dir", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: missing storage pool source path" },
    { "bad-netfs-no-host", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: missing storage pool source host name" },
    { "bad-no-name", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: missing pool source name element" },
    { "bad-no-type", VIR_ERR_XML_ERROR, VIR_FROM_XML,
      "XML error: Missing required attribute 'type' in element 'pool'" },
    { "bad-owner-space", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: malformed owner element" },
    { "bad-owner", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE, "XML error: malformed owner element" },
    { "bad-part-separator", VIR_ERR_XML_ERROR, VIR_FROM_XML,
      "XML error: Invalid value for attribute 'part_separator' in element 'device': 'on'." },
    { "bad-pci-bus", VIR_ERR_XML_ERROR, VIR_FROM_NONE,
      "XML error: Invalid PCI address bus='0x100', must be <= 0xFF" },
    { "bad-pci-function", VIR_ERR_XML_ERROR, VIR_FROM_NONE,
      "XML error: Invalid PCI address function=0x8, must be <= 7" },
    { "bad-pci-not-number", VIR_ERR_XML_ERROR, VIR_FROM_XML,
      "XML error: Invalid value for attribute 'bus' in element 'address': 'x'. Expected non-negative integer value" },
    { "bad-pci-slot", VIR_ERR_XML_ERROR, VIR_FROM_NONE,
      "XML error: Invalid PCI address slot='0x20', must be <= 0x1F" },
    { "bad-protocol-ext4", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_STORAGE,
      "unsupported configuration: storage pool protocol ver unsupported for pool type 'cifs'" },
    { "bad-rbd-no-host", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: missing storage pool source host name" },
    { "bad-rbd-no-source-name", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: element 'name' is mandatory for RBD pool" },
    { "bad-refresh", VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_STORAGE,
      "unsupported configuration: unknown storage pool volume refresh allocation type always" },
    { "bad-root", VIR_ERR_XML_ERROR, VIR_FROM_XML,
      "XML error: expecting root element of 'pool', not 'volume'" },
    { "bad-scsi-name-and-parentaddr", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: Both 'name' and 'parent' cannot be specified for the 'scsi_host' adapter" },
    { "bad-scsi-wwn", VIR_ERR_INTERNAL_ERROR, VIR_FROM_NONE,
      "internal error: Malformed wwn: 20000000c9831b4" },
    { "bad-sheepdog-no-names", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: missing pool source name element" },
    { "bad-unknown-type", VIR_ERR_XML_ERROR, VIR_FROM_XML,
      "XML error: Invalid value for attribute 'type' in element 'pool': 'floppy'." },
    { "bad-uuid", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE, "XML error: malformed uuid element" },
    { "bad-vstorage-no-target", VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
      "XML error: missing storage pool target path" },
    { "malformed", VIR_ERR_XML_DETAIL, VIR_FROM_STORAGE,
      "(storage_pool_definition):6: Premature end of data in tag pool line 1\n(null)\n^" },
};


static void
testPoolBad(gconstpointer data)
{
    const testBadCase *tc = data;
    g_autofree char *xml = testReadData(tc->name, ".xml");

    g_assert_null(virStoragePoolDefParseString(xml, 0));
    testCheckError(tc->code, tc->domain, tc->message);
}


/* The fs and rbd namespaces are parsed only on request (the storage
 * driver's behaviour; the test driver ignores them). The expected text
 * follows docs/formatstorage.rst, "Storage Pool Namespaces". */
static void
testPoolNamespaces(void)
{
    const char *rbd = "<pool type='rbd' xmlns:r='http://libvirt.org/schemas/storagepool/rbd/1.0'>\n"
                      "  <name>ceph</name>\n"
                      "  <uuid>47c1faee-0207-e741-f5ae-d9b019b98fe2</uuid>\n"
                      "  <source><name>rbd</name><host name='localhost' port='6789'/></source>\n"
                      "  <r:config_opts>\n"
                      "    <r:option name='client_mount_timeout' value='45'/>\n"
                      "    <r:option name='rados_osd_op_timeout' value='20'/>\n"
                      "  </r:config_opts>\n"
                      "</pool>\n";
    const char *rbdOut =
        "<pool type='rbd' xmlns:rbd='http://libvirt.org/schemas/storagepool/rbd/1.0'>\n"
        "  <name>ceph</name>\n"
        "  <uuid>47c1faee-0207-e741-f5ae-d9b019b98fe2</uuid>\n"
        "  <capacity unit='bytes'>0</capacity>\n"
        "  <allocation unit='bytes'>0</allocation>\n"
        "  <available unit='bytes'>0</available>\n"
        "  <source>\n"
        "    <host name='localhost' port='6789'/>\n"
        "    <name>rbd</name>\n"
        "  </source>\n"
        "  <rbd:config_opts>\n"
        "    <rbd:option name='client_mount_timeout' value='45'/>\n"
        "    <rbd:option name='rados_osd_op_timeout' value='20'/>\n"
        "  </rbd:config_opts>\n"
        "</pool>\n";
    const char *netfs =
        "<pool type='netfs' xmlns:fs='http://libvirt.org/schemas/storagepool/fs/1.0'>\n"
        "  <name>nfs</name>\n"
        "  <uuid>7641d5a8-af11-f730-a34e-0a7dfcede71f</uuid>\n"
        "  <source><host name='h'/><dir path='/e'/></source>\n"
        "  <target><path>/mnt</path></target>\n"
        "  <fs:mount_opts><fs:option name='sync'/><fs:option name='lazytime'/></fs:mount_opts>\n"
        "  <fs:other><fs:option name='ignored'/></fs:other>\n"
        "</pool>\n";
    const char *netfsTail = "  <target>\n"
                            "    <path>/mnt</path>\n"
                            "  </target>\n"
                            "  <fs:mount_opts>\n"
                            "    <fs:option name='sync'/>\n"
                            "    <fs:option name='lazytime'/>\n"
                            "  </fs:mount_opts>\n"
                            "</pool>\n";
    const char *badRbd =
        "<pool type='rbd' xmlns:rbd='http://libvirt.org/schemas/storagepool/rbd/1.0'>\n"
        "  <source><name>rbd</name><host name='h'/></source>\n"
        "  <rbd:config_opts><rbd:option name='x'/></rbd:config_opts>\n"
        "</pool>\n";
    g_autoptr(virStoragePoolDef) def = NULL;
    g_autofree char *out = NULL;

    def = virStoragePoolDefParseString(rbd, VIR_STORAGE_POOL_DEF_PARSE_NAMESPACES);
    g_assert_nonnull(def);
    g_assert_cmpuint(def->nrbdOpts, ==, 2);
    out = virStoragePoolDefFormat(def, 0);
    g_assert_cmpstr(out, ==, rbdOut);
    g_clear_pointer(&out, g_free);
    g_clear_pointer(&def, virStoragePoolDefFree);

    /* without the flag the options are dropped, as libvirt's test driver does */
    def = virStoragePoolDefParseString(rbd, 0);
    g_assert_nonnull(def);
    g_assert_cmpuint(def->nrbdOpts, ==, 0);
    out = virStoragePoolDefFormat(def, 0);
    g_assert_true(g_str_has_prefix(out, "<pool type='rbd'>\n"));
    g_assert_null(strstr(out, "config_opts"));
    g_clear_pointer(&out, g_free);
    g_clear_pointer(&def, virStoragePoolDefFree);

    def = virStoragePoolDefParseString(netfs, VIR_STORAGE_POOL_DEF_PARSE_NAMESPACES);
    g_assert_nonnull(def);
    g_assert_cmpuint(def->nmountOpts, ==, 2);
    out = virStoragePoolDefFormat(def, 0);
    g_assert_true(g_str_has_prefix(
        out, "<pool type='netfs' xmlns:fs='http://libvirt.org/schemas/storagepool/fs/1.0'>\n"));
    g_assert_true(g_str_has_suffix(out, netfsTail));
    g_clear_pointer(&def, virStoragePoolDefFree);

    g_assert_null(virStoragePoolDefParseString(badRbd, VIR_STORAGE_POOL_DEF_PARSE_NAMESPACES));
    testCheckError(VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
                   "XML error: invalid option in 'config_opts' namespace element");
}


typedef struct {
    const char *xml;      /* a <permissions> element */
    const char *expected; /* formatted, or NULL when parsing fails */
    const char *message;  /* the error when parsing fails */
} testPermsCase;

static const testPermsCase permsCases[] = {
    { "<permissions><mode>0755</mode><owner>107</owner><group>-1</group><label>x</label>"
      "</permissions>",
      "<permissions>\n  <mode>0755</mode>\n  <owner>107</owner>\n  <label>x</label>\n"
      "</permissions>\n",
      NULL },
    { "<permissions><mode>0</mode></permissions>",
      "<permissions>\n  <mode>00</mode>\n</permissions>\n", NULL },
    { "<permissions><mode> 640</mode><owner>+5</owner></permissions>",
      "<permissions>\n  <mode>0640</mode>\n  <owner>5</owner>\n</permissions>\n", NULL },
    /* (uid_t)-1 means "not set"; ids print as signed numbers */
    { "<permissions><owner>4294967295</owner><group>2147483648</group></permissions>",
      "<permissions>\n  <group>-2147483648</group>\n</permissions>\n", NULL },
    { "<permissions><mode></mode><label></label></permissions>", "", NULL },
    { "<permissions/>", "", NULL },
    { "<permissions><mode>0778</mode></permissions>", NULL, "XML error: malformed octal mode" },
    { "<permissions><mode>1000</mode></permissions>", NULL, "XML error: malformed octal mode" },
    { "<permissions><mode>-1</mode></permissions>", NULL, "XML error: malformed octal mode" },
    { "<permissions><owner>1.5</owner></permissions>", NULL, "XML error: malformed owner element" },
    { "<permissions><owner/></permissions>", NULL, "XML error: malformed owner element" },
    { "<permissions><group>-2</group></permissions>", NULL, "XML error: malformed group element" },
    { "<permissions><group>4294967296</group></permissions>", NULL,
      "XML error: malformed group element" },
};


static void
testPerms(void)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(permsCases); i++) {
        const testPermsCase *tc = &permsCases[i];
        g_autoptr(xmlXPathContext) ctxt = NULL;
        g_autoptr(xmlDoc) doc = virXMLParseStringCtxt(tc->xml, "(test)", NULL, &ctxt);
        g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;
        virStoragePerms perms;
        int rc;

        g_assert_nonnull(doc);
        rc = virStoragePermsParse(ctxt, "/permissions", &perms);
        if (!tc->expected) {
            g_assert_cmpint(rc, ==, -1);
            testCheckError(VIR_ERR_XML_ERROR, VIR_FROM_STORAGE, tc->message);
            virStoragePermsClear(&perms);
            continue;
        }
        g_assert_cmpint(rc, ==, 0);
        virStoragePermsFormat(&buf, &perms);
        g_assert_cmpstr(virBufferCurrentContent(&buf), ==, tc->expected);
        virStoragePermsClear(&perms);
        g_assert_null(perms.label);
        g_assert_true(perms.mode == (mode_t)-1);
    }
}


/* Free extents are runtime data of disk pools: written, never parsed. */
static void
testSourceFreeExtents(void)
{
    virStoragePoolSourceDeviceExtent extents[] = { { 0, 512 }, { 1024, 2048 } };
    virStoragePoolSourceDevice dev = { (char *)"/dev/sda", VIR_TRISTATE_BOOL_NO, 2, extents };
    virStoragePoolSource src = { 0 };
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    src.ndevice = 1;
    src.devices = &dev;
    src.format = VIR_STORAGE_POOL_DISK_GPT;
    g_assert_cmpint(virStoragePoolDefFormatSourceBuf(&buf, VIR_STORAGE_POOL_DISK, &src), ==, 0);
    g_assert_cmpstr(virBufferCurrentContent(&buf), ==,
                    "<source>\n"
                    "  <device path='/dev/sda' part_separator='no'>\n"
                    "    <freeExtent start='0' end='512'/>\n"
                    "    <freeExtent start='1024' end='2048'/>\n"
                    "  </device>\n"
                    "  <format type='gpt'/>\n"
                    "</source>\n");
    virBufferFreeAndReset(&buf);

    /* a format number the pool type does not know */
    src.format = 99;
    g_assert_cmpint(virStoragePoolDefFormatSourceBuf(&buf, VIR_STORAGE_POOL_DISK, &src), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, VIR_FROM_STORAGE,
                   "internal error: unknown pool format number 99");
}


/* Definitions built by code: Validate applies the parser's rules. */
static void
testValidate(void)
{
    g_autoptr(virStoragePoolDef) def = g_new0(virStoragePoolDef, 1);
    virStoragePoolSourceHost host = { (char *)"nfs.example.test", 0 };

    def->type = VIR_STORAGE_POOL_NETFS;
    g_assert_cmpint(virStoragePoolDefValidate(def), ==, -1);
    testCheckError(VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
                   "XML error: missing pool source name element");

    def->name = g_strdup("nfs");
    g_assert_cmpint(virStoragePoolDefValidate(def), ==, -1);
    testCheckError(VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
                   "XML error: missing storage pool source host name");

    def->source.hosts = &host;
    def->source.nhost = 1;
    g_assert_cmpint(virStoragePoolDefValidate(def), ==, -1);
    testCheckError(VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
                   "XML error: missing storage pool source path");

    def->source.dir = g_strdup("/export");
    g_assert_cmpint(virStoragePoolDefValidate(def), ==, -1);
    testCheckError(VIR_ERR_XML_ERROR, VIR_FROM_STORAGE,
                   "XML error: missing storage pool target path");

    def->target.path = g_strdup("/mnt");
    g_assert_cmpint(virStoragePoolDefValidate(def), ==, 0);

    /* an out-of-range type is refused by both Validate and Format */
    def->type = VIR_STORAGE_POOL_LAST;
    g_assert_cmpint(virStoragePoolDefValidate(def), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, VIR_FROM_STORAGE, NULL);
    g_assert_null(virStoragePoolDefFormat(def, 0));
    testCheckError(VIR_ERR_INTERNAL_ERROR, VIR_FROM_STORAGE, NULL);

    /* the host array is not ours to free */
    def->source.hosts = NULL;
    def->source.nhost = 0;
}


static void
testMisc(void)
{
    const char *noUUID = "<pool type='dir'><name>p</name><target><path>/p</path></target></pool>";
    const char *nested = "<pools><other/><pool type='dir'><name>inner</name>"
                         "<target><path>/p</path></target></pool></pools>";
    g_autoptr(virStoragePoolDef) a = virStoragePoolDefParseString(noUUID, 0);
    g_autoptr(virStoragePoolDef) b = virStoragePoolDefParseString(noUUID, 0);
    g_autoptr(virStoragePoolDef) c = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autoptr(xmlDoc) doc = virXMLParseStringCtxt(nested, "(test)", NULL, &ctxt);
    static const unsigned char zero[VIR_UUID_BUFLEN] = { 0 };
    xmlNodePtr root;

    /* a missing uuid is generated */
    g_assert_nonnull(a);
    g_assert_nonnull(b);
    g_assert_cmpint(memcmp(a->uuid, zero, VIR_UUID_BUFLEN), !=, 0);
    g_assert_cmpint(memcmp(a->uuid, b->uuid, VIR_UUID_BUFLEN), !=, 0);

    /* ParseNode works on an element inside a bigger document and puts
     * the context node back */
    g_assert_nonnull(doc);
    root = ctxt->node;
    c = virStoragePoolDefParseNode(ctxt, virXPathNode("./pool", ctxt), 0);
    g_assert_nonnull(c);
    g_assert_cmpstr(c->name, ==, "inner");
    g_assert_true(ctxt->node == root);

    virStoragePoolDefFree(NULL);
    virStoragePoolSourceClear(NULL);
}


/* VALIDATE checks the document against storagepool.rng first (libvirt
 * 9.0 reports VIR_ERR_XML_INVALID_SCHEMA in VIR_FROM_XML) */
static void
testSchemaValidate(void)
{
    g_autofree char *schema = g_build_filename(virXMLSchemaDir(), "storagepool.rng", NULL);
    const char *bogus = "<pool type='dir'><name>x</name><bogus/><target><path>/p</path></target>"
                        "</pool>";
    g_autofree char *good = testReadData("dir-perms-label", ".xml");
    virStoragePoolDef *def;

    if (!g_file_test(schema, G_FILE_TEST_EXISTS)) {
        g_test_skip("libvirt's schemas are not installed");
        return;
    }

    g_assert_null(virStoragePoolDefParseString(bogus, VIR_STORAGE_POOL_DEF_PARSE_VALIDATE));
    testCheckError(VIR_ERR_XML_INVALID_SCHEMA, VIR_FROM_XML, NULL);
    def = virStoragePoolDefParseString(bogus, 0);
    g_assert_nonnull(def);
    virStoragePoolDefFree(def);
    def = virStoragePoolDefParseString(good, VIR_STORAGE_POOL_DEF_PARSE_VALIDATE);
    g_assert_nonnull(def);
    virStoragePoolDefFree(def);
}


int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);

    for (i = 0; i < G_N_ELEMENTS(goodCases); i++) {
        g_autofree char *path = g_strdup_printf("/conf/storagepool/xml2xml/%s", goodCases[i].name);

        g_test_add_data_func(path, &goodCases[i], testPoolXML2XML);
    }
    for (i = 0; i < G_N_ELEMENTS(badCases); i++) {
        g_autofree char *path = g_strdup_printf("/conf/storagepool/bad/%s", badCases[i].name);

        g_test_add_data_func(path, &badCases[i], testPoolBad);
    }
    g_test_add_func("/conf/storagepool/namespaces", testPoolNamespaces);
    g_test_add_func("/conf/storagepool/perms", testPerms);
    g_test_add_func("/conf/storagepool/source/free-extents", testSourceFreeExtents);
    g_test_add_func("/conf/storagepool/validate", testValidate);
    g_test_add_func("/conf/storagepool/misc", testMisc);
    g_test_add_func("/conf/storagepool/schema", testSchemaValidate);

    return g_test_run();
}
