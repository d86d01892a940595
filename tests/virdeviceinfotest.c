/*
 * virdeviceinfotest.c: tests for the <alias>/<address>/<boot>/<rom>/
 * <acpi>/<master> children of domain devices
 *
 * Expected outputs and error codes were recorded from libvirt 9.0
 * (python3-libvirt, test:///default: defineXML of a domain whose
 * <interface> carried the children, then XMLDesc(INACTIVE)).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virdeviceinfo.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

#define PARSE_FLAGS                                                                                \
 (VIR_DOMAIN_DEF_PARSE_INACTIVE | VIR_DOMAIN_DEF_PARSE_ALLOW_BOOT | VIR_DOMAIN_DEF_PARSE_ALLOW_ROM)
#define FORMAT_FLAGS                                                                               \
 (VIR_DOMAIN_DEF_FORMAT_INACTIVE | VIR_DOMAIN_DEF_FORMAT_ALLOW_BOOT |                              \
  VIR_DOMAIN_DEF_FORMAT_ALLOW_ROM)

typedef struct {
    const char *name;
    const char *input;  /* children of the device element */
    const char *output; /* formatted children, or NULL when parsing fails */
    int code;           /* expected error code when @output is NULL */
    int domain;         /* expected error domain when @output is NULL */
} testInfoCase;

static const testInfoCase infoCases[] = {
    /* addresses of every type */
    { "pci-full",
      "<address type='pci' domain='0x0001' bus='2' slot='0x1f' function='7' multifunction='on'>"
      "<zpci uid='0x12' fid='3'/></address>",
      "<address type='pci' domain='0x0001' bus='0x02' slot='0x1f' function='0x7' multifunction='on'>\n"
      "  <zpci uid='0x0012' fid='0x00000003'/>\n"
      "</address>\n",
      0, 0 },
    { "pci-empty", "<address type='pci'/>", "<address type='pci'/>\n", 0, 0 },
    { "pci-function-only", "<address type='pci' function='1'/>", "<address type='pci'/>\n", 0, 0 },
    { "pci-multifunction-only", "<address type='pci' multifunction='off'/>",
      "<address type='pci' multifunction='off'/>\n", 0, 0 },
    { "pci-octal", "<address type='pci' domain='010' slot='010'/>",
      "<address type='pci' domain='0x0008' bus='0x00' slot='0x08' function='0x0'/>\n", 0, 0 },
    { "pci-big-domain", "<address type='pci' domain='0xffffffff' slot='1'/>",
      "<address type='pci' domain='0xffffffff' bus='0x00' slot='0x01' function='0x0'/>\n", 0, 0 },
    { "pci-zpci-fid", "<address type='pci'><zpci fid='2'/></address>",
      "<address type='pci'>\n  <zpci uid='0x0000' fid='0x00000002'/>\n</address>\n", 0, 0 },
    { "pci-zpci-empty", "<address type='pci'><zpci/></address>", "<address type='pci'/>\n", 0, 0 },
    { "pci-bad-bus", "<address type='pci' bus='256'/>", NULL, VIR_ERR_XML_ERROR, VIR_FROM_NONE },
    { "pci-bad-slot", "<address type='pci' slot='32'/>", NULL, VIR_ERR_XML_ERROR, VIR_FROM_NONE },
    { "pci-bad-function", "<address type='pci' slot='1' function='8'/>", NULL, VIR_ERR_XML_ERROR,
      VIR_FROM_NONE },
    { "pci-function-8-empty", "<address type='pci' function='8'/>", "<address type='pci'/>\n", 0,
      0 },
    { "pci-bad-value", "<address type='pci' slot='x'/>", NULL, VIR_ERR_XML_ERROR, VIR_FROM_XML },
    { "pci-bad-negative", "<address type='pci' domain='-1' slot='1'/>", NULL, VIR_ERR_XML_ERROR,
      VIR_FROM_XML },
    { "pci-bad-multifunction", "<address type='pci' multifunction='yes'/>", NULL, VIR_ERR_XML_ERROR,
      VIR_FROM_XML },
    { "pci-bad-zpci", "<address type='pci'><zpci uid='x'/></address>", NULL, VIR_ERR_XML_ERROR,
      VIR_FROM_XML },
    { "drive", "<address type='drive' controller='0' bus='0' target='3' unit='2'/>",
      "<address type='drive' controller='0' bus='0' target='3' unit='2'/>\n", 0, 0 },
    { "drive-defaults", "<address type='drive' unit='3'/>",
      "<address type='drive' controller='0' bus='0' target='0' unit='3'/>\n", 0, 0 },
    { "drive-bad-hex", "<address type='drive' controller='0x10'/>", NULL, VIR_ERR_XML_ERROR,
      VIR_FROM_XML },
    { "virtio-serial", "<address type='virtio-serial' controller='0' bus='0' port='2'/>",
      "<address type='virtio-serial' controller='0' bus='0' port='2'/>\n", 0, 0 },
    { "virtio-serial-defaults", "<address type='virtio-serial'/>",
      "<address type='virtio-serial' controller='0' bus='0' port='0'/>\n", 0, 0 },
    { "ccid", "<address type='ccid'/>", "<address type='ccid' controller='0' slot='0'/>\n", 0, 0 },
    { "usb-port", "<address type='usb' bus='0' port='1.2.3'/>",
      "<address type='usb' bus='0' port='1.2.3'/>\n", 0, 0 },
    { "usb-port-4", "<address type='usb' port='1.2.3.4'/>",
      "<address type='usb' bus='0' port='1.2.3.4'/>\n", 0, 0 },
    { "usb-port-zero", "<address type='usb' port='1.0'/>",
      "<address type='usb' bus='0' port='1'/>\n", 0, 0 },
    { "usb-bus-only", "<address type='usb' bus='1'/>", "<address type='usb' bus='1'/>\n", 0, 0 },
    { "usb-bad-depth", "<address type='usb' port='1.2.3.4.5'/>", NULL, VIR_ERR_INTERNAL_ERROR,
      VIR_FROM_DEVICE },
    { "usb-bad-empty", "<address type='usb' port=''/>", NULL, VIR_ERR_INTERNAL_ERROR,
      VIR_FROM_DEVICE },
    { "usb-bad-trailing-dot", "<address type='usb' port='1.2.'/>", NULL, VIR_ERR_INTERNAL_ERROR,
      VIR_FROM_DEVICE },
    { "usb-bad-negative", "<address type='usb' port='-1'/>", NULL, VIR_ERR_INTERNAL_ERROR,
      VIR_FROM_DEVICE },
    { "usb-bad-bus", "<address type='usb' bus='0x1'/>", NULL, VIR_ERR_XML_ERROR, VIR_FROM_XML },
    { "spapr-vio", "<address type='spapr-vio' reg='0x2000'/>",
      "<address type='spapr-vio' reg='0x00002000'/>\n", 0, 0 },
    { "spapr-vio-hex-default", "<address type='spapr-vio' reg='100'/>",
      "<address type='spapr-vio' reg='0x00000100'/>\n", 0, 0 },
    { "spapr-vio-wide", "<address type='spapr-vio' reg='0x123456789'/>",
      "<address type='spapr-vio' reg='0x123456789'/>\n", 0, 0 },
    { "spapr-vio-noreg", "<address type='spapr-vio'/>", "<address type='spapr-vio'/>\n", 0, 0 },
    { "spapr-vio-bad", "<address type='spapr-vio' reg='0x'/>", NULL, VIR_ERR_XML_ERROR,
      VIR_FROM_XML },
    { "ccw", "<address type='ccw' cssid='0xfe' ssid='0' devno='0x0001'/>",
      "<address type='ccw' cssid='0xfe' ssid='0x0' devno='0x0001'/>\n", 0, 0 },
    { "ccw-decimal", "<address type='ccw' cssid='10' ssid='3' devno='1'/>",
      "<address type='ccw' cssid='0xa' ssid='0x3' devno='0x0001'/>\n", 0, 0 },
    { "ccw-empty", "<address type='ccw'/>",
      "<address type='ccw' cssid='0x0' ssid='0x0' devno='0x0000'/>\n", 0, 0 },
    { "ccw-bad-partial", "<address type='ccw' cssid='1'/>", NULL, VIR_ERR_INTERNAL_ERROR,
      VIR_FROM_DEVICE },
    { "ccw-bad-cssid", "<address type='ccw' cssid='0xff' ssid='0' devno='1'/>", NULL,
      VIR_ERR_INTERNAL_ERROR, VIR_FROM_DEVICE },
    { "ccw-bad-devno", "<address type='ccw' cssid='0xfe' ssid='1' devno='0x10000'/>", NULL,
      VIR_ERR_INTERNAL_ERROR, VIR_FROM_DEVICE },
    { "virtio-mmio", "<address type='virtio-mmio' foo='1'/>", "<address type='virtio-mmio'/>\n", 0,
      0 },
    { "isa", "<address type='isa' iobase='0x3f8' irq='4'/>",
      "<address type='isa' iobase='0x3f8' irq='0x4'/>\n", 0, 0 },
    { "isa-hex-default", "<address type='isa' iobase='100' irq='010'/>",
      "<address type='isa' iobase='0x100' irq='0x10'/>\n", 0, 0 },
    { "isa-irq-only", "<address type='isa' irq='5'/>", "<address type='isa' irq='0x5'/>\n", 0, 0 },
    { "isa-empty", "<address type='isa'/>", "<address type='isa'/>\n", 0, 0 },
    { "dimm", "<address type='dimm' slot='0' base='0x100000000'/>",
      "<address type='dimm' slot='0' base='0x100000000'/>\n", 0, 0 },
    { "dimm-slot-only", "<address type='dimm' slot='3'/>", "<address type='dimm' slot='3'/>\n", 0,
      0 },
    { "dimm-bad-noslot", "<address type='dimm' base='x'/>", NULL, VIR_ERR_XML_ERROR, VIR_FROM_XML },
    { "dimm-bad-slot-hex", "<address type='dimm' slot='0x10'/>", NULL, VIR_ERR_XML_ERROR,
      VIR_FROM_XML },
    { "unassigned", "<address type='unassigned'/>", "<address type='unassigned'/>\n", 0, 0 },
    { "bad-virtio-s390", "<address type='virtio-s390'/>", NULL, VIR_ERR_XML_ERROR,
      VIR_FROM_DOMAIN },
    { "bad-type", "<address type='foo'/>", NULL, VIR_ERR_CONFIG_UNSUPPORTED, VIR_FROM_DOMAIN },
    { "bad-no-type", "<address/>", NULL, VIR_ERR_INTERNAL_ERROR, VIR_FROM_DOMAIN },
    /* alias */
    { "alias-user", "<alias name='ua-mydisk'/>", "<alias name='ua-mydisk'/>\n", 0, 0 },
    { "alias-user-empty", "<alias name='ua-'/>", "<alias name='ua-'/>\n", 0, 0 },
    { "alias-runtime", "<alias name='virtio-disk1'/>", "", 0, 0 },
    { "alias-user-bad-chars", "<alias name='ua-x y'/>", "", 0, 0 },
    { "alias-first-only", "<alias name='foo'/><alias name='ua-zz'/>", "", 0, 0 },
    { "alias-no-name", "<alias/>", "", 0, 0 },
    /* boot */
    { "boot", "<boot order='2' loadparm='a.b'/>", "<boot order='2' loadparm='A.B'/>\n", 0, 0 },
    { "boot-bad-zero", "<boot order='0'/>", NULL, VIR_ERR_XML_ERROR, VIR_FROM_XML },
    { "boot-bad-missing", "<boot/>", NULL, VIR_ERR_XML_ERROR, VIR_FROM_XML },
    { "boot-bad-loadparm-long", "<boot order='2' loadparm='abcdefghi'/>", NULL,
      VIR_ERR_INTERNAL_ERROR, VIR_FROM_DOMAIN },
    { "boot-bad-loadparm-chars", "<boot order='2' loadparm='a_b'/>", NULL, VIR_ERR_INTERNAL_ERROR,
      VIR_FROM_DOMAIN },
    { "boot-bad-loadparm-empty", "<boot order='2' loadparm=''/>", NULL, VIR_ERR_INTERNAL_ERROR,
      VIR_FROM_DOMAIN },
    /* acpi */
    { "acpi", "<acpi index='16384'/>", "<acpi index='16384'/>\n", 0, 0 },
    { "acpi-empty", "<acpi/>", "", 0, 0 },
    { "acpi-bad-zero", "<acpi index='0'/>", NULL, VIR_ERR_XML_ERROR, VIR_FROM_XML },
    { "acpi-bad-value", "<acpi index='x'/>", NULL, VIR_ERR_XML_ERROR, VIR_FROM_XML },
    /* rom */
    { "rom", "<rom bar='on' file='/x.rom' enabled='yes'/>",
      "<rom enabled='yes' bar='on' file='/x.rom'/>\n", 0, 0 },
    { "rom-empty-file", "<rom file=''/>", "<rom file=''/>\n", 0, 0 },
    { "rom-escape", "<rom file='/a&amp;b'/>", "<rom file='/a&amp;b'/>\n", 0, 0 },
    { "rom-none", "<rom/>", "", 0, 0 },
    { "rom-bad-bar", "<rom bar='yes'/>", NULL, VIR_ERR_XML_ERROR, VIR_FROM_XML },
    /* master */
    { "master", "<master startport='2'/>", "<master startport='2'/>\n", 0, 0 },
    { "master-default", "<master/>", "<master startport='0'/>\n", 0, 0 },
    { "master-bad", "<master startport='x'/>", NULL, VIR_ERR_XML_ERROR, VIR_FROM_XML },
    /* order of everything */
    { "all",
      "<address type='pci' slot='2'/><rom bar='on'/><acpi index='2'/><master startport='1'/>"
      "<alias name='ua-n'/><boot order='1'/>",
      "<boot order='1'/>\n<alias name='ua-n'/>\n<master startport='1'/>\n<rom bar='on'/>\n"
      "<acpi index='2'/>\n"
      "<address type='pci' domain='0x0000' bus='0x00' slot='0x02' function='0x0'/>\n",
      0, 0 },
};


static int
testParseInfo(const char *children, virDomainDeviceInfo *info, unsigned int flags)
{
    g_autofree char *xml = g_strdup_printf("<interface>%s</interface>", children);
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;

    doc = virXMLParseStringCtxt(xml, "(test)", "interface", &ctxt);
    g_assert_nonnull(doc);
    return virDomainDeviceInfoParseXML(ctxt, xmlDocGetRootElement(doc), info, flags);
}


static void
testInfo(const void *opaque)
{
    const testInfoCase *tc = opaque;
    virDomainDeviceInfo info = { 0 };
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;
    g_autofree char *out = NULL;

    virResetLastError();
    if (!tc->output) {
        virErrorPtr err;

        g_assert_cmpint(testParseInfo(tc->input, &info, PARSE_FLAGS), ==, -1);
        err = virGetLastError();
        g_assert_nonnull(err);
        g_assert_cmpint(err->code, ==, tc->code);
        g_assert_cmpint(err->domain, ==, tc->domain);
        virDomainDeviceInfoClear(&info);
        return;
    }

    g_assert_cmpint(testParseInfo(tc->input, &info, PARSE_FLAGS), ==, 0);
    virDomainDeviceInfoFormat(&buf, &info, FORMAT_FLAGS);
    out = virBufferContentAndReset(&buf);
    g_assert_cmpstr(NULLSTR_EMPTY(out), ==, tc->output);
    virDomainDeviceInfoClear(&info);
    g_assert_null(info.alias);
    g_assert_cmpint(info.type, ==, VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE);
}


/* Without ALLOW_BOOT/ALLOW_ROM, <boot> and <rom> are ignored. */
static void
testInfoFlags(void)
{
    virDomainDeviceInfo info = { 0 };
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;
    g_autofree char *out = NULL;

    g_assert_cmpint(
        testParseInfo("<boot order='x'/><rom bar='x'/><alias name='virtio-net0'/>", &info, 0), ==,
        0);
    g_assert_cmpuint(info.bootIndex, ==, 0);
    /* runtime aliases are kept when not parsing inactive XML */
    g_assert_cmpstr(info.alias, ==, "virtio-net0");

    info.bootIndex = 3;
    info.rom.bar = VIR_TRISTATE_SWITCH_ON;
    virDomainDeviceInfoFormat(&buf, &info, 0);
    out = virBufferContentAndReset(&buf);
    g_assert_cmpstr(out, ==, "<alias name='virtio-net0'/>\n");
    virDomainDeviceInfoClear(&info);
}


static void
testAddressEqual(void)
{
    virDomainDeviceInfo a = { 0 };
    virDomainDeviceInfo b = { 0 };

    g_assert_cmpint(testParseInfo("<address type='pci' slot='3' multifunction='on'/>", &a, 0), ==,
                    0);
    g_assert_cmpint(testParseInfo("<address type='pci' slot='0x3'/>", &b, 0), ==, 0);
    g_assert_true(virDomainDeviceInfoAddressEqual(&a, &b));
    virDomainDeviceInfoClear(&b);

    g_assert_cmpint(testParseInfo("<address type='pci' slot='3' function='1'/>", &b, 0), ==, 0);
    g_assert_false(virDomainDeviceInfoAddressEqual(&a, &b));
    virDomainDeviceInfoClear(&b);

    g_assert_cmpint(testParseInfo("<address type='drive' slot='3'/>", &b, 0), ==, 0);
    g_assert_false(virDomainDeviceInfoAddressEqual(&a, &b));
    virDomainDeviceInfoClear(&a);
    virDomainDeviceInfoClear(&b);

    g_assert_cmpint(testParseInfo("<address type='usb' bus='1' port='1.2'/>", &a, 0), ==, 0);
    g_assert_cmpint(testParseInfo("<address type='usb' bus='1' port='1.2'/>", &b, 0), ==, 0);
    g_assert_true(virDomainDeviceInfoAddressEqual(&a, &b));
    virDomainDeviceInfoClear(&b);
    g_assert_cmpint(testParseInfo("<address type='usb' bus='1' port='1.3'/>", &b, 0), ==, 0);
    g_assert_false(virDomainDeviceInfoAddressEqual(&a, &b));
    virDomainDeviceInfoClear(&a);
    virDomainDeviceInfoClear(&b);
}


/* The hostdev source form: no type, every field written. */
static void
testPCIAddressFormat(void)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;
    g_autofree char *out = NULL;
    g_autoptr(xmlDoc) doc = NULL;
    virPCIDeviceAddress addr = { 0 };

    doc = virXMLParseStringCtxt("<address domain='0' bus='1' slot='2' function='3'/>", "(test)",
                                "address", NULL);
    g_assert_nonnull(doc);
    g_assert_cmpint(virPCIDeviceAddressParseXML(xmlDocGetRootElement(doc), &addr), ==, 0);
    virPCIDeviceAddressFormat(&buf, &addr, false);
    virPCIDeviceAddressFormat(&buf, &addr, true);
    out = virBufferContentAndReset(&buf);
    g_assert_cmpstr(
        out, ==,
        "<address domain='0x0000' bus='0x01' slot='0x02' function='0x3'/>\n"
        "<address type='pci' domain='0x0000' bus='0x01' slot='0x02' function='0x3'/>\n");
}


static void
testAddressTypeEnum(void)
{
    g_assert_cmpstr(virDomainDeviceAddressTypeToString(VIR_DOMAIN_DEVICE_ADDRESS_TYPE_SPAPRVIO), ==,
                    "spapr-vio");
    g_assert_cmpint(virDomainDeviceAddressTypeFromString("unassigned"), ==,
                    VIR_DOMAIN_DEVICE_ADDRESS_TYPE_UNASSIGNED);
    g_assert_null(virDomainDeviceAddressTypeToString(VIR_DOMAIN_DEVICE_ADDRESS_TYPE_LAST));
}


int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);

    for (i = 0; i < G_N_ELEMENTS(infoCases); i++) {
        g_autofree char *path = g_strdup_printf("/conf/deviceinfo/%s", infoCases[i].name);

        g_test_add_data_func(path, &infoCases[i], testInfo);
    }
    g_test_add_func("/conf/deviceinfo/flags", testInfoFlags);
    g_test_add_func("/conf/deviceinfo/equal", testAddressEqual);
    g_test_add_func("/conf/deviceinfo/pci-source", testPCIAddressFormat);
    g_test_add_func("/conf/deviceinfo/enum", testAddressTypeEnum);

    return g_test_run();
}
