/*
 * virdomaindisktest.c: tests of <disk>, <controller> and <filesystem>
 * (src/conf/virdomaindisk*.c, virdomaincontroller.c, virdomainfs.c)
 *
 * The data cases (virdomaindiskdata/NAME.xml) are whole domains; the
 * expected NAME-out.xml files hold the disk, controller, filesystem and
 * hostdev elements of libvirt 9.0's output for them (test:///default,
 * inactive), generated once from the oracle.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include "virdomaindef.h"
#define VIR_DOMAINDISKPRIV_H_ALLOW
#include "virdomaindiskpriv.h"
#include "virdomainstoragetestutils.h"
#include "virerror.h"

static const virDomainStorageTestCase diskCases[] = {
    STORAGE_TEST_OK("disk-address-empty-drive"),
    STORAGE_TEST_OK("disk-address-explicit"),
    STORAGE_TEST_OK("disk-auth-disk-level"),
    STORAGE_TEST_OK("disk-backenddomain"),
    STORAGE_TEST_OK("disk-backing-chain"),
    STORAGE_TEST_OK("disk-backing-network"),
    STORAGE_TEST_OK("disk-backing-terminator"),
    STORAGE_TEST_OK("disk-block-ide"),
    STORAGE_TEST_OK("disk-cdrom-block-nosource"),
    STORAGE_TEST_OK("disk-cdrom-empty"),
    STORAGE_TEST_OK("disk-cdrom-startup-policy"),
    STORAGE_TEST_OK("disk-cdrom-tray-open"),
    STORAGE_TEST_OK("disk-default-type"),
    STORAGE_TEST_OK("disk-dir"),
    STORAGE_TEST_OK("disk-driver-aio"),
    STORAGE_TEST_OK("disk-driver-all"),
    STORAGE_TEST_OK("disk-driver-formats"),
    STORAGE_TEST_OK("disk-driver-scsi-attrs"),
    STORAGE_TEST_OK("disk-encryption-disk-level"),
    STORAGE_TEST_OK("disk-encryption-source-luks"),
    STORAGE_TEST_OK("disk-escape"),
    STORAGE_TEST_OK("disk-file-auth"),
    STORAGE_TEST_OK("disk-file-virtio"),
    STORAGE_TEST_OK("disk-floppy-tray"),
    STORAGE_TEST_OK("disk-floppy"),
    STORAGE_TEST_OK("disk-geometry-blockio"),
    STORAGE_TEST_OK("disk-ioemu-prefix"),
    STORAGE_TEST_OK("disk-iotune-group"),
    STORAGE_TEST_OK("disk-iotune-rw"),
    STORAGE_TEST_OK("disk-iotune-total"),
    STORAGE_TEST_OK("disk-lun-empty-source"),
    STORAGE_TEST_OK("disk-lun-reservations"),
    STORAGE_TEST_OK("disk-lun-volume"),
    STORAGE_TEST_OK("disk-many-ide"),
    STORAGE_TEST_OK("disk-many-scsi"),
    STORAGE_TEST_OK("disk-metadata-cache-bytes"),
    STORAGE_TEST_OK("disk-net-gluster"),
    STORAGE_TEST_OK("disk-net-http-ftp"),
    STORAGE_TEST_OK("disk-net-https"),
    STORAGE_TEST_OK("disk-net-iscsi-lun"),
    STORAGE_TEST_OK("disk-net-iscsi"),
    STORAGE_TEST_OK("disk-net-nbd"),
    STORAGE_TEST_OK("disk-net-nfs"),
    STORAGE_TEST_OK("disk-net-others"),
    STORAGE_TEST_OK("disk-net-rbd"),
    STORAGE_TEST_OK("disk-net-transport-ignore"),
    STORAGE_TEST_OK("disk-nvme"),
    STORAGE_TEST_OK("disk-order-bus"),
    STORAGE_TEST_OK("disk-order-index"),
    STORAGE_TEST_OK("disk-partition-target"),
    STORAGE_TEST_OK("disk-sata"),
    STORAGE_TEST_OK("disk-seclabels"),
    STORAGE_TEST_OK("disk-serial-wwn-vendor"),
    STORAGE_TEST_OK("disk-slices"),
    STORAGE_TEST_OK("disk-snapshot-readonly"),
    STORAGE_TEST_OK("disk-usb-removable"),
    STORAGE_TEST_OK("disk-vhostuser"),
    STORAGE_TEST_OK("disk-virtio-pci-address"),
    STORAGE_TEST_OK("disk-volume"),
    STORAGE_TEST_OK("disk-xen-uml-sd"),
    STORAGE_TEST_BAD("bad-disk-auth-protocol", VIR_ERR_CONFIG_UNSUPPORTED),
    STORAGE_TEST_BAD("bad-disk-backing-noformat", VIR_ERR_XML_ERROR),
    STORAGE_TEST_BAD("bad-disk-bad-bus", VIR_ERR_XML_ERROR),
    STORAGE_TEST_BAD("bad-disk-bad-device", VIR_ERR_XML_ERROR),
    STORAGE_TEST_BAD("bad-disk-bad-name", VIR_ERR_XML_ERROR),
    STORAGE_TEST_BAD("bad-disk-bad-type", VIR_ERR_XML_ERROR),
    /* libvirt adds implicit controllers up to any index (found by fuzzing) */
    STORAGE_TEST_BAD("bad-disk-huge-controller-index", VIR_ERR_XML_ERROR),
    STORAGE_TEST_BAD("bad-disk-driver-format", VIR_ERR_CONFIG_UNSUPPORTED),
    STORAGE_TEST_BAD("bad-disk-dup-drive-address", VIR_ERR_CONFIG_UNSUPPORTED),
    STORAGE_TEST_BAD("bad-disk-dup-target", VIR_ERR_XML_ERROR),
    STORAGE_TEST_BAD("bad-disk-floppy-name", VIR_ERR_INTERNAL_ERROR),
    STORAGE_TEST_BAD("bad-disk-hostdev-conflict", VIR_ERR_CONFIG_UNSUPPORTED),
    STORAGE_TEST_BAD("bad-disk-ioeventfd-scsi", VIR_ERR_CONFIG_UNSUPPORTED),
    STORAGE_TEST_BAD("bad-disk-iotune-both", VIR_ERR_XML_ERROR),
    STORAGE_TEST_BAD("bad-disk-lun-file", VIR_ERR_CONFIG_UNSUPPORTED),
    STORAGE_TEST_BAD("bad-disk-lun-nosource", VIR_ERR_CONFIG_UNSUPPORTED),
    STORAGE_TEST_BAD("bad-disk-net-port", VIR_ERR_INVALID_ARG),
    STORAGE_TEST_BAD("bad-disk-no-source", VIR_ERR_NO_SOURCE),
    STORAGE_TEST_BAD("bad-disk-no-target", VIR_ERR_NO_TARGET),
    STORAGE_TEST_BAD("bad-disk-rawio-nonlun", VIR_ERR_CONFIG_UNSUPPORTED),
    STORAGE_TEST_BAD("bad-disk-rbd-split", VIR_ERR_XML_ERROR),
    STORAGE_TEST_BAD("bad-disk-removable-nonusb", VIR_ERR_XML_ERROR),
    STORAGE_TEST_BAD("bad-disk-vhostuser-bus", VIR_ERR_CONFIG_UNSUPPORTED),
    STORAGE_TEST_BAD("bad-disk-wwn", VIR_ERR_INTERNAL_ERROR),
};

static const virDomainStorageTestCase controllerCases[] = {
    STORAGE_TEST_OK("ctrl-all-types"),
    STORAGE_TEST_OK("ctrl-default-type"),
    STORAGE_TEST_OK("ctrl-ignored-attrs"),
    STORAGE_TEST_OK("ctrl-implicit-all"),
    STORAGE_TEST_OK("ctrl-noindex-scsi"),
    STORAGE_TEST_OK("ctrl-order"),
    STORAGE_TEST_OK("ctrl-pci-models"),
    STORAGE_TEST_OK("ctrl-pci-more"),
    STORAGE_TEST_OK("ctrl-pci-noindex"),
    STORAGE_TEST_OK("ctrl-scsi-driver"),
    STORAGE_TEST_OK("ctrl-scsi-models"),
    STORAGE_TEST_OK("ctrl-usb-ich9"),
    STORAGE_TEST_OK("ctrl-usb-models"),
    STORAGE_TEST_OK("ctrl-usb-noindex"),
    STORAGE_TEST_OK("ctrl-usb-none"),
    STORAGE_TEST_BAD("bad-ctrl-bad-model", VIR_ERR_CONFIG_UNSUPPORTED),
    STORAGE_TEST_BAD("bad-ctrl-bad-type", VIR_ERR_XML_ERROR),
    STORAGE_TEST_BAD("bad-ctrl-dup-index", VIR_ERR_XML_ERROR),
    STORAGE_TEST_BAD("bad-ctrl-pci-target-index", VIR_ERR_CONFIG_UNSUPPORTED),
    STORAGE_TEST_BAD("bad-ctrl-scsi-iothread", VIR_ERR_XML_ERROR),
    STORAGE_TEST_BAD("bad-ctrl-usb-none-other", VIR_ERR_XML_DETAIL),
};

static const virDomainStorageTestCase fsCases[] = {
    STORAGE_TEST_OK("fs-defaults-dropped"),
    STORAGE_TEST_OK("fs-model-virtio-opts"),
    STORAGE_TEST_OK("fs-mount-9p"),
    STORAGE_TEST_OK("fs-ram"),
    STORAGE_TEST_OK("fs-types"),
    STORAGE_TEST_OK("fs-virtiofs-binary-path"),
    STORAGE_TEST_OK("fs-virtiofs-socket"),
    STORAGE_TEST_OK("fs-virtiofs"),
    STORAGE_TEST_BAD("bad-fs-boot-9p", VIR_ERR_CONFIG_UNSUPPORTED),
    STORAGE_TEST_BAD("bad-fs-fmode", VIR_ERR_XML_ERROR),
    STORAGE_TEST_BAD("bad-fs-no-source", VIR_ERR_NO_SOURCE),
    STORAGE_TEST_BAD("bad-fs-no-target", VIR_ERR_NO_TARGET),
};


static void
testDiskNameIndex(void)
{
    static const struct {
        const char *name;
        int idx;
    } names[] = {
        { "sda", 0 },
        { "sdz", 25 },
        { "sdaa", 26 },
        { "hdc", 2 },
        { "vdab", 27 },
        { "xvda1", 0 },
        { "ubdb", 1 },
        { "fdb", 1 },
        { "vda0", 0 },
        { "sdzzzzzz", 321272405 },
        /* no letters, unknown prefix, upper case, trailing text, int overflow */
        { "sd", -1 },
        { "foo", -1 },
        { "vdA", -1 },
        { "vda1x", -1 },
        { "hd1", -1 },
        { "sdzzzzzzz", -1 },
        { "", -1 },
        { NULL, -1 },
    };
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(names); i++) {
        g_test_message("%s", NULLSTR(names[i].name));
        g_assert_cmpint(virDomainDiskNameIndex(names[i].name), ==, names[i].idx);
    }
}


static virDomainDiskDef *
testNewDisk(const char *dst, int bus)
{
    virDomainDiskDef *disk = g_new0(virDomainDiskDef, 1);

    disk->src = virStorageSourceNew();
    disk->dst = g_strdup(dst);
    disk->bus = bus;
    return disk;
}


/* disks are sorted by target index among disks of the same parsed bus */
static void
testDiskInsert(void)
{
    g_autoptr(virDomainDef) def = virDomainDefNew();
    static const char *const expected[] = { "hda", "vdc", "sda", "vda", "vdb" };
    size_t i;

    virDomainDiskInsert(def, testNewDisk("vdc", VIR_DOMAIN_DISK_BUS_NONE));
    virDomainDiskInsert(def, testNewDisk("sda", VIR_DOMAIN_DISK_BUS_VIRTIO));
    virDomainDiskInsert(def, testNewDisk("vdb", VIR_DOMAIN_DISK_BUS_VIRTIO));
    virDomainDiskInsert(def, testNewDisk("hda", VIR_DOMAIN_DISK_BUS_NONE));
    virDomainDiskInsert(def, testNewDisk("vda", VIR_DOMAIN_DISK_BUS_VIRTIO));

    g_assert_cmpuint(def->ndisks, ==, G_N_ELEMENTS(expected));
    for (i = 0; i < def->ndisks; i++)
        g_assert_cmpstr(def->disks[i]->dst, ==, expected[i]);
    g_assert_cmpint(virDomainDiskIndexByName(def, "vda"), ==, 3);
    g_assert_cmpint(virDomainDiskIndexByName(def, "vdz"), ==, -1);
}


static void
testControllerInsert(void)
{
    g_autoptr(virDomainDef) def = virDomainDefNew();
    static const struct {
        int type;
        int idx;
    } input[] = {
        { VIR_DOMAIN_CONTROLLER_TYPE_USB, 0 }, { VIR_DOMAIN_CONTROLLER_TYPE_IDE, 1 },
        { VIR_DOMAIN_CONTROLLER_TYPE_SCSI, 3 }, { VIR_DOMAIN_CONTROLLER_TYPE_IDE, 0 },
        { VIR_DOMAIN_CONTROLLER_TYPE_SCSI, 1 }, { VIR_DOMAIN_CONTROLLER_TYPE_SCSI, -1 },
    }, expected[] = {
        { VIR_DOMAIN_CONTROLLER_TYPE_USB, 0 }, { VIR_DOMAIN_CONTROLLER_TYPE_IDE, 0 },
        { VIR_DOMAIN_CONTROLLER_TYPE_IDE, 1 }, { VIR_DOMAIN_CONTROLLER_TYPE_SCSI, 1 },
        { VIR_DOMAIN_CONTROLLER_TYPE_SCSI, 3 }, { VIR_DOMAIN_CONTROLLER_TYPE_SCSI, -1 },
    };
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(input); i++) {
        virDomainControllerDef *cont = virDomainControllerDefNew(input[i].type);

        cont->idx = input[i].idx;
        virDomainControllerInsert(def, cont);
    }
    g_assert_cmpuint(def->ncontrollers, ==, G_N_ELEMENTS(expected));
    for (i = 0; i < def->ncontrollers; i++) {
        g_assert_cmpint(def->controllers[i]->type, ==, expected[i].type);
        g_assert_cmpint(def->controllers[i]->idx, ==, expected[i].idx);
    }

    /* an unset index becomes the first free one of its type */
    g_assert_cmpint(virDomainControllerDefPostParse(def->controllers[5], def), ==, 0);
    g_assert_cmpint(def->controllers[5]->idx, ==, 0);

    /* implicit controllers are appended, once */
    g_assert_cmpint(virDomainDefMaybeAddController(def, VIR_DOMAIN_CONTROLLER_TYPE_SATA, 0, -1), ==,
                    1);
    g_assert_cmpint(virDomainDefMaybeAddController(def, VIR_DOMAIN_CONTROLLER_TYPE_SATA, 0, -1), ==,
                    0);
    g_assert_cmpuint(def->ncontrollers, ==, G_N_ELEMENTS(expected) + 1);
    g_assert_cmpint(def->controllers[6]->type, ==, VIR_DOMAIN_CONTROLLER_TYPE_SATA);

    g_assert_cmpint(virDomainDefRejectDuplicateControllers(def), ==, 0);
    def->controllers[6]->type = VIR_DOMAIN_CONTROLLER_TYPE_SCSI;
    virResetLastError();
    g_assert_cmpint(virDomainDefRejectDuplicateControllers(def), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_XML_ERROR);
}


static void
testStorageSourcePorts(void)
{
    g_autoptr(virStorageSource) src = virStorageSourceNew();

    src->type = VIR_STORAGE_TYPE_NETWORK;
    src->protocol = VIR_STORAGE_NET_PROTOCOL_NBD;
    src->hosts = g_new0(virStorageNetHostDef, 3);
    src->nhosts = 3;
    src->hosts[0].name = g_strdup("a");
    src->hosts[1].name = g_strdup("b");
    src->hosts[1].port = 1234;
    src->hosts[2].transport = VIR_STORAGE_NET_HOST_TRANS_UNIX;
    src->hosts[2].socket = g_strdup("/s");
    src->backingStore = virStorageSourceNew();
    src->backingStore->type = VIR_STORAGE_TYPE_NETWORK;
    src->backingStore->protocol = VIR_STORAGE_NET_PROTOCOL_RBD;
    src->backingStore->hosts = g_new0(virStorageNetHostDef, 1);
    src->backingStore->nhosts = 1;

    virStorageSourceAssignDefaultPorts(src);
    g_assert_cmpuint(src->hosts[0].port, ==, 10809);
    g_assert_cmpuint(src->hosts[1].port, ==, 1234);
    g_assert_cmpuint(src->hosts[2].port, ==, 0);
    /* rbd has no default port */
    g_assert_cmpuint(src->backingStore->hosts[0].port, ==, 0);

    g_assert_false(virStorageSourceIsEmpty(src));
    src->protocol = VIR_STORAGE_NET_PROTOCOL_NONE;
    g_assert_true(virStorageSourceIsEmpty(src));
    src->type = VIR_STORAGE_TYPE_FILE;
    g_assert_true(virStorageSourceIsEmpty(src));
    src->path = g_strdup("/a");
    g_assert_false(virStorageSourceIsEmpty(src));
}


static void
testDiskRoundTrip(void)
{
    const char *xml =
        "<domain type='test'><name>x</name><memory>1024</memory><os><type>hvm</type></os>"
        "<devices><disk type='file' device='cdrom'><target dev='hdc'/></disk></devices>"
        "</domain>";
    g_autofree char *out = NULL;

    g_assert_cmpint(virDomainStorageTestRun(xml, &out), ==, 0);
    g_assert_cmpstr(out, ==,
                    "    <disk type='file' device='cdrom'>\n"
                    "      <target dev='hdc' bus='ide'/>\n"
                    "      <readonly/>\n"
                    "      <address type='drive' controller='0' bus='1' target='0' unit='0'/>\n"
                    "    </disk>\n"
                    "    <controller type='ide' index='0'/>\n");
}


int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);

    g_test_add_func("/conf/domain/disk/unit/name-index", testDiskNameIndex);
    g_test_add_func("/conf/domain/disk/unit/insert", testDiskInsert);
    g_test_add_func("/conf/domain/disk/unit/controller-insert", testControllerInsert);
    g_test_add_func("/conf/domain/disk/unit/source-ports", testStorageSourcePorts);
    g_test_add_func("/conf/domain/disk/unit/round-trip", testDiskRoundTrip);
    virDomainStorageTestRegister("/conf/domain/disk/data", "virdomaindiskdata", diskCases,
                                 G_N_ELEMENTS(diskCases));
    virDomainStorageTestRegister("/conf/domain/controller/data", "virdomaindiskdata",
                                 controllerCases, G_N_ELEMENTS(controllerCases));
    virDomainStorageTestRegister("/conf/domain/fs/data", "virdomaindiskdata", fsCases,
                                 G_N_ELEMENTS(fsCases));

    return g_test_run();
}
