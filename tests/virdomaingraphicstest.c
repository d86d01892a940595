/*
 * virdomaingraphicstest.c: tests for <graphics> devices
 *
 * Whole domains from tests/virdomaingraphicsdata/NAME.xml are parsed as libvirt's
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
    TEST_OK("gfx-vnc-default"),
    TEST_OK("gfx-vnc-full"),
    TEST_OK("gfx-vnc-socket"),
    TEST_OK("gfx-vnc-listens"),
    TEST_OK("gfx-vnc-listen-none"),
    TEST_OK("gfx-vnc-socket-replaces"),
    TEST_OK("gfx-vnc-autoport-variants"),
    TEST_OK("gfx-vnc-audio"),
    TEST_OK("gfx-spice-default"),
    TEST_OK("gfx-spice-full"),
    TEST_OK("gfx-spice-autoport"),
    TEST_OK("gfx-spice-listen-address-none"),
    TEST_OK("gfx-sdl-desktop"),
    TEST_OK("gfx-rdp"),
    TEST_OK("gfx-egl-dbus"),
    TEST_OK("gfx-implicit-video"),
    /* unsupported configuration: graphics 'listen' attribute '1.2.3.4' must match 'address'
     * attribute of first listen element (found '5.6.7.8') */
    TEST_BAD("bad-gfx-listen-mismatch", 67, 20),
    /* unsupported configuration: VNC supports connected='keep' only */
    TEST_BAD("bad-gfx-vnc-connected", 67, 20),
    /* unsupported configuration: listen type 'socket' is not available for graphics type 'rdp' */
    TEST_BAD("bad-gfx-rdp-socket", 67, 20),
    TEST_OK("gfx-rdp-port-zero"),
    TEST_OK("gfx-spice-network-listen"),
    TEST_OK("gfx-spice-socket-compat"),
    TEST_OK("gfx-vnc-socket-over-network"),
    /* XML error: 'socket' attribute is valid only for listen type 'socket' */
    TEST_BAD("bad-gfx-listen-socket-attr", 27, 20),
};

/* Parses one <graphics> element and formats it (no post-parse). */
static char *
testGraphicsRoundTrip(const char *xml)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autoptr(virDomainGraphicsDef) graphics = NULL;
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    if (!(doc = virXMLParseStringCtxt(xml, "(test)", "graphics", &ctxt)))
        return NULL;
    if (!(graphics =
              virDomainGraphicsDefParseXML(ctxt, ctxt->node, NULL, VIR_DOMAIN_DEF_PARSE_INACTIVE)))
        return NULL;
    if (virDomainGraphicsDefFormat(&buf, graphics, NULL, VIR_DOMAIN_DEF_FORMAT_INACTIVE) < 0)
        return NULL;
    return virBufferContentAndReset(&buf);
}


/* The legacy listen= attribute becomes the first <listen> element. */
static void
testGraphicsListenCompat(void)
{
    g_autofree char *out = testGraphicsRoundTrip("<graphics type='vnc' listen='1.2.3.4'/>");

    g_assert_cmpstr(out, ==,
                    "<graphics type='vnc' port='-1' autoport='yes' listen='1.2.3.4'>\n"
                    "  <listen type='address' address='1.2.3.4'/>\n"
                    "</graphics>\n");
}


/* The password is shown only with FORMAT_SECURE; its expiry always. */
static void
testGraphicsPasswd(void)
{
    g_autofree char *out = testGraphicsRoundTrip("<graphics type='sdl'/>");
    g_autofree char *vnc = testGraphicsRoundTrip("<graphics type='vnc' socket='/s' passwd='x' "
                                                 "passwdValidTo='2001-2-3T4:5:6'/>");

    g_assert_cmpstr(out, ==, "<graphics type='sdl'/>\n");
    g_assert_cmpstr(vnc, ==,
                    "<graphics type='vnc' socket='/s' passwdValidTo='2001-02-03T04:05:06'>\n"
                    "  <listen type='socket' socket='/s'/>\n"
                    "</graphics>\n");
}


/* A missing type is an error of the attribute getter. */
static void
testGraphicsBad(void)
{
    g_assert_null(testGraphicsRoundTrip("<graphics/>"));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_XML_ERROR);
    g_assert_null(testGraphicsRoundTrip("<graphics type='vnc' port='x'/>"));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
}


static void
testRegisterUnit(void)
{
    g_test_add_func("/conf/domain/graphics/unit/listen-compat", testGraphicsListenCompat);
    g_test_add_func("/conf/domain/graphics/unit/passwd", testGraphicsPasswd);
    g_test_add_func("/conf/domain/graphics/unit/bad", testGraphicsBad);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    virDomainDevTestRegister("/conf/domain/graphics", "virdomaingraphicsdata", cases,
                             G_N_ELEMENTS(cases));
    testRegisterUnit();
    return g_test_run();
}
