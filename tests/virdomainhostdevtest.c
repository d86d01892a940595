/*
 * virdomainhostdevtest.c: tests of <hostdev> (src/conf/virdomainhostdev.c)
 *
 * The data cases (virdomainhostdevdata/NAME.xml) are whole domains; the
 * expected NAME-out.xml files hold the disk, controller, filesystem and
 * hostdev elements of libvirt 9.0's output for them (test:///default,
 * inactive), generated once from the oracle.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include "virdomaindef.h"
#include "virdomainstoragetestutils.h"
#include "virerror.h"

static const virDomainStorageTestCase hostdevCases[] = {
    STORAGE_TEST_OK("hostdev-caps"),
    STORAGE_TEST_OK("hostdev-mdev"),
    STORAGE_TEST_OK("hostdev-pci-more"),
    STORAGE_TEST_OK("hostdev-pci"),
    STORAGE_TEST_OK("hostdev-scsi-autoaddr"),
    STORAGE_TEST_BAD("hostdev-scsi-ctrl-explicit", VIR_ERR_XML_ERROR),
    STORAGE_TEST_OK("hostdev-scsi-ctrl-index"),
    STORAGE_TEST_OK("hostdev-scsi-fill"),
    STORAGE_TEST_OK("hostdev-scsi-host"),
    STORAGE_TEST_OK("hostdev-scsi"),
    STORAGE_TEST_OK("hostdev-usb-odd"),
    STORAGE_TEST_OK("hostdev-usb"),
    STORAGE_TEST_BAD("bad-hostdev-bad-type", VIR_ERR_CONFIG_UNSUPPORTED),
    STORAGE_TEST_BAD("bad-hostdev-dup-pci", VIR_ERR_XML_ERROR),
    STORAGE_TEST_BAD("bad-hostdev-dup-usb", VIR_ERR_XML_ERROR),
    STORAGE_TEST_BAD("bad-hostdev-mdev-model", VIR_ERR_XML_ERROR),
    STORAGE_TEST_BAD("bad-hostdev-no-type", VIR_ERR_XML_ERROR),
    STORAGE_TEST_BAD("bad-hostdev-pci-startup", VIR_ERR_CONFIG_UNSUPPORTED),
    STORAGE_TEST_BAD("bad-hostdev-scsi-disk", VIR_ERR_XML_ERROR),
    STORAGE_TEST_BAD("bad-hostdev-scsi-dup", VIR_ERR_CONFIG_UNSUPPORTED),
    STORAGE_TEST_BAD("bad-hostdev-teaming-notype", VIR_ERR_CONFIG_UNSUPPORTED),
    STORAGE_TEST_BAD("bad-hostdev-teaming", VIR_ERR_CONFIG_UNSUPPORTED),
    STORAGE_TEST_BAD("bad-hostdev-usb-address", VIR_ERR_CONFIG_UNSUPPORTED),
    STORAGE_TEST_BAD("bad-hostdev-usb-disabled", VIR_ERR_CONFIG_UNSUPPORTED),
    STORAGE_TEST_BAD("bad-hostdev-usb-product-only", VIR_ERR_INTERNAL_ERROR),
    STORAGE_TEST_BAD("bad-hostdev-wwpn", VIR_ERR_XML_ERROR),
    STORAGE_TEST_OK("mix-everything"),
    STORAGE_TEST_OK("mix-with-others"),
};


/* SCSI hostdevs without address take the first unit free of disks,
 * other hostdevs and the controller's own unit */
static void
testHostdevSCSIAddress(void)
{
    const char *xml =
        "<domain type='test'><name>x</name><memory>1024</memory><os><type>hvm</type></os>"
        "<devices>"
        "<disk type='file'><source file='/a'/><target dev='sda'/></disk>"
        "<controller type='scsi' index='0' model='lsilogic'/>"
        "<hostdev type='scsi'><source><adapter name='h'/>"
        "<address bus='0' target='0' unit='1'/></source>"
        "<address type='drive' controller='0' bus='0' target='0' unit='1'/></hostdev>"
        "<hostdev type='scsi'><source><adapter name='h'/>"
        "<address bus='0' target='0' unit='2'/></source></hostdev>"
        "</devices></domain>";
    g_autofree char *out = NULL;

    g_assert_cmpint(virDomainStorageTestRun(xml, &out), ==, 0);
    g_assert_nonnull(strstr(out, "<address type='drive' controller='0' bus='0' target='0' "
                                 "unit='2'/>"));
    g_assert_null(strstr(out, "unit='0'/>\n    </hostdev>"));
}


static void
testHostdevIsSCSI(void)
{
    virDomainHostdevDef hostdev = { 0 };

    hostdev.mode = VIR_DOMAIN_HOSTDEV_MODE_SUBSYS;
    hostdev.subsysType = VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI;
    g_assert_true(virHostdevIsSCSIDevice(&hostdev));
    hostdev.subsysType = VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI_HOST;
    g_assert_false(virHostdevIsSCSIDevice(&hostdev));
    hostdev.mode = VIR_DOMAIN_HOSTDEV_MODE_CAPABILITIES;
    hostdev.subsysType = VIR_DOMAIN_HOSTDEV_SUBSYS_TYPE_SCSI;
    g_assert_false(virHostdevIsSCSIDevice(&hostdev));
}


/* a wrong mode is refused by the parser itself */
static void
testHostdevParseError(void)
{
    const char *xml =
        "<domain type='test'><name>x</name><memory>1024</memory><os><type>hvm</type></os>"
        "<devices><hostdev mode='foo' type='usb'><source/></hostdev></devices></domain>";
    g_autofree char *out = NULL;

    virResetLastError();
    g_assert_cmpint(virDomainStorageTestRun(xml, &out), ==, -1);
    g_assert_null(out);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_CONFIG_UNSUPPORTED);
}


int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);

    g_test_add_func("/conf/domain/hostdev/unit/scsi-address", testHostdevSCSIAddress);
    g_test_add_func("/conf/domain/hostdev/unit/is-scsi", testHostdevIsSCSI);
    g_test_add_func("/conf/domain/hostdev/unit/parse-error", testHostdevParseError);
    virDomainStorageTestRegister("/conf/domain/hostdev/data", "virdomainhostdevdata", hostdevCases,
                                 G_N_ELEMENTS(hostdevCases));

    return g_test_run();
}
