/*
 * virdomainchrtest.c: tests for <serial>, <parallel>, <console>, <channel> and
 * chardev sources
 *
 * Whole domains from tests/virdomainchrdata/NAME.xml are parsed as libvirt's
 * test driver does and formatted; NAME-out.xml holds what libvirt 9.0
 * printed for the same input (generated once with its test driver and
 * committed). Invalid inputs must fail with libvirt's error code and
 * domain. Direct checks of single functions follow the table.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virdomaindef.h"
#include "virdomaindevtestutils.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_NONE

static const virDomainDevTestCase cases[] = {
    TEST_OK("chr-serial-pty"),
    TEST_OK("chr-serial-tcp-raw"),
    TEST_OK("chr-serial-tcp-telnet-bind"),
    TEST_OK("chr-serial-tcp-reconnect"),
    TEST_OK("chr-serial-unix"),
    TEST_OK("chr-serial-udp"),
    TEST_OK("chr-serial-file-log"),
    TEST_OK("chr-serial-file-seclabel"),
    TEST_OK("chr-serial-dev-pipe"),
    TEST_OK("chr-serial-misc-types"),
    TEST_OK("chr-serial-targets"),
    TEST_OK("chr-serial-system"),
    TEST_OK("chr-serial-sclp"),
    TEST_OK("chr-serial-spapr"),
    TEST_OK("chr-serial-usb-first"),
    TEST_OK("chr-serial-ports"),
    TEST_OK("chr-serial-port-negative"),
    TEST_OK("chr-serial-info"),
    TEST_OK("chr-serial-vdagent"),
    TEST_OK("chr-console-only"),
    TEST_OK("chr-console-serial-port"),
    TEST_OK("chr-console-match"),
    TEST_OK("chr-console-mismatch"),
    TEST_OK("chr-console-virtio"),
    TEST_OK("chr-console-serial-virtio"),
    TEST_OK("chr-console-xen-lxc"),
    TEST_OK("chr-console-usb-serial"),
    TEST_OK("chr-parallel"),
    TEST_OK("chr-channel-virtio"),
    TEST_OK("chr-channel-spicevmc"),
    TEST_OK("chr-channel-guestfwd"),
    TEST_OK("chr-channel-xen-none"),
    TEST_OK("chr-channel-vdagent-dbus"),
    /* unsupported configuration: unknown type presented to host for character device: bogus */
    TEST_BAD("bad-chr-type", 67, 20),
    /* internal error: Missing source host attribute for char device */
    TEST_BAD("bad-chr-tcp-no-host", 1, 20),
    /* internal error: chardev reconnect is possible only for connect mode */
    TEST_BAD("bad-chr-reconnect-bind", 1, 20),
    /* unsupported configuration: Only the first console can be a serial port */
    TEST_BAD("bad-chr-console-second-serial", 67, 20),
    /* unsupported configuration: guestfwd channel only supports IPv4 addresses */
    TEST_BAD("bad-chr-guestfwd-ipv6", 67, 20),
    TEST_OK("chr-xen-console"),
    TEST_OK("chr-xen-console-only"),
    TEST_OK("chr-spicevmc-usb-serial"),
    TEST_OK("chr-nmdm-empty"),
};

/* Parses the chardev source of @xml (an element with a type attribute). */
static virDomainChrSourceDef *
testChrSourceParse(const char *xml, int type)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autoptr(virDomainChrSourceDef) src = virDomainChrSourceDefNew();

    if (!(doc = virXMLParseStringCtxt(xml, "(test)", NULL, &ctxt)))
        return NULL;
    src->type = type;
    if (virDomainChrSourceDefParseXML(ctxt, ctxt->node, src, 0) < 0)
        return NULL;
    return g_steal_pointer(&src);
}


/* A tcp source gets mode='connect' and the raw protocol written out. */
static void
testChrSourceTcp(void)
{
    g_autoptr(virDomainChrSourceDef) src = testChrSourceParse(
        "<x type='tcp'><source host='h' service='1'/></x>", VIR_DOMAIN_CHR_TYPE_TCP);
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    g_assert_nonnull(src);
    g_assert_cmpint(virDomainChrSourceDefValidate(src, NULL), ==, 0);
    g_assert_cmpint(virDomainChrSourceDefFormat(&buf, src, 0), ==, 0);
    g_assert_cmpstr(virBufferCurrentContent(&buf), ==,
                    "<source mode='connect' host='h' service='1'/>\n<protocol type='raw'/>\n");
}


/* Sources are equal when they describe the same host side. */
static void
testChrSourceEqual(void)
{
    g_autoptr(virDomainChrSourceDef) a =
        testChrSourceParse("<x><source path='/tmp/a'/></x>", VIR_DOMAIN_CHR_TYPE_FILE);
    g_autoptr(virDomainChrSourceDef) b =
        testChrSourceParse("<x><source path='/tmp/a'/></x>", VIR_DOMAIN_CHR_TYPE_FILE);
    g_autoptr(virDomainChrSourceDef) c =
        testChrSourceParse("<x><source path='/tmp/b'/></x>", VIR_DOMAIN_CHR_TYPE_FILE);
    g_autoptr(virDomainChrSourceDef) d =
        testChrSourceParse("<x><source path='/tmp/a'/></x>", VIR_DOMAIN_CHR_TYPE_PIPE);

    g_assert_true(virDomainChrSourceDefIsEqual(a, b));
    g_assert_false(virDomainChrSourceDefIsEqual(a, c));
    g_assert_false(virDomainChrSourceDefIsEqual(a, d));
}


/* Missing attributes are found by the source check, with libvirt's codes. */
static void
testChrSourceValidate(void)
{
    g_autoptr(virDomainChrSourceDef) tcp =
        testChrSourceParse("<x><source host='h'/></x>", VIR_DOMAIN_CHR_TYPE_TCP);
    g_autoptr(virDomainChrSourceDef) port =
        testChrSourceParse("<x/>", VIR_DOMAIN_CHR_TYPE_SPICEPORT);
    g_autoptr(virDomainChrSourceDef) two = NULL;

    g_assert_cmpint(virDomainChrSourceDefValidate(tcp, NULL), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
    g_assert_cmpint(virDomainChrSourceDefValidate(port, NULL), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_CONFIG_UNSUPPORTED);
    two = testChrSourceParse("<x><source path='/a'/><source path='/b'/></x>",
                             VIR_DOMAIN_CHR_TYPE_FILE);
    g_assert_null(two);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_XML_ERROR);
}


static void
testRegisterUnit(void)
{
    g_test_add_func("/conf/domain/chr/unit/source-tcp", testChrSourceTcp);
    g_test_add_func("/conf/domain/chr/unit/source-equal", testChrSourceEqual);
    g_test_add_func("/conf/domain/chr/unit/source-validate", testChrSourceValidate);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    virDomainDevTestRegister("/conf/domain/chr", "virdomainchrdata", cases, G_N_ELEMENTS(cases));
    testRegisterUnit();
    return g_test_run();
}
