/*
 * virdomaindevmisctest.c: tests for the smaller device families
 * (video, input, sound, audio, watchdog, memballoon, rng, tpm, panic,
 * shmem, memory, iommu, vsock, hub, smartcard, lease, nvram, redirdev,
 * redirfilter, crypto)
 *
 * Whole domains from tests/virdomaindevmiscdata/NAME.xml are parsed as libvirt's
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
    TEST_OK("video-types"),
    TEST_OK("video-default"),
    TEST_OK("video-virtio-accel"),
    TEST_OK("video-primary-moves"),
    TEST_OK("video-none"),
    TEST_OK("video-vgaconf"),
    TEST_OK("video-xen-vmvga-gop"),
    TEST_OK("input-basic"),
    TEST_OK("input-virtio"),
    TEST_OK("input-passthrough-evdev"),
    TEST_OK("sound-models"),
    TEST_OK("sound-audio"),
    TEST_OK("audio-alsa-pulse"),
    TEST_OK("audio-oss-jack-sdl"),
    TEST_OK("audio-misc"),
    TEST_OK("watchdog"),
    TEST_OK("watchdog-action"),
    TEST_OK("memballoon"),
    TEST_OK("memballoon-none"),
    TEST_OK("memballoon-xen"),
    TEST_OK("rng-random"),
    TEST_OK("rng-egd"),
    TEST_OK("rng-builtin-pty"),
    TEST_OK("tpm-passthrough"),
    TEST_OK("tpm-emulator"),
    TEST_OK("tpm-external"),
    TEST_OK("panic"),
    TEST_OK("shmem"),
    TEST_OK("iommu-intel"),
    TEST_OK("iommu-virtio"),
    TEST_OK("vsock-auto"),
    TEST_OK("vsock-address"),
    TEST_OK("vsock-empty"),
    TEST_OK("hub"),
    TEST_OK("smartcard-host"),
    TEST_OK("smartcard-passthrough"),
    TEST_OK("lease"),
    TEST_OK("nvram"),
    TEST_OK("nvram-empty"),
    TEST_OK("redirdev"),
    TEST_OK("redirfilter"),
    TEST_OK("crypto-ignored"),
    /* unsupported configuration: Only one primary video device is supported */
    TEST_BAD("bad-video-two-primary", 67, 20),
    /* unsupported configuration: ram attribute only supported for video type qxl */
    TEST_BAD("bad-video-ram-vga", 67, 20),
    /* internal error: ps2 bus does not support tablet input device */
    TEST_BAD("bad-input-tablet-ps2", 1, 20),
    /* XML error: audio ID 1 is used multiple times */
    TEST_BAD("bad-audio-dup-id", 27, 20),
    /* XML error: no audio device with ID 1 */
    TEST_BAD("bad-sound-no-audio", 27, 20),
    /* XML error: only one RNG backend is supported */
    TEST_BAD("bad-rng-two-backends", 27, 20),
    /* XML error: <active_pcr_banks/> requires TPM version '2.0' */
    TEST_BAD("bad-tpm-pcr-banks-12", 27, 20),
    /* XML error: msi option is only supported with a server */
    TEST_BAD("bad-shmem-msi-no-server", 27, 20),
    /* unsupported configuration: cannot add redirected USB device: USB is disabled for this
     * domain */
    TEST_BAD("bad-redirdev-no-usb", 67, 20),
    /* unsupported configuration: guest CIDs must be >= 3 */
    TEST_BAD("bad-vsock-cid", 67, 20),
    /* XML error: host-certificates mode needs exactly three certificates */
    TEST_BAD("bad-smartcard-certs", 27, 20),
    /* XML error: Multiple panic devices with model 'isa' */
    TEST_BAD("bad-panic-dup", 27, 20),
    /* internal error: only a single watchdog device is supported */
    TEST_BAD("bad-watchdog-two", 1, 20),
    /* XML error: cannot parse 'dspPolicy' value '-3' */
    TEST_BAD("bad-audio-oss-dsppolicy", 27, 20),
    TEST_OK("memdev-dimm"),
    TEST_OK("memdev-nvdimm"),
    TEST_OK("memdev-virtio-pmem"),
    TEST_OK("memdev-virtio-mem"),
    TEST_OK("memdev-sgx-epc"),
    /* unsupported configuration: shared access mode required for virtio-pmem device */
    TEST_BAD("bad-memdev-pmem-private", 67, 20),
    /* can't add memory backend for guest node '5' as the guest has only '1' NUMA nodes
     * configured */
    TEST_BAD("bad-memdev-node", 35, 20),
    TEST_OK("input-xen"),
    TEST_OK("video-xen-guest"),
    TEST_OK("video-xenpvh"),
    /* internal error: xen bus does not support tablet input device */
    TEST_BAD("bad-input-xen-tablet", 1, 20),
    TEST_OK("shmem-roles"),
    /* unsupported configuration: iommu driver option is only supported for virtio devices */
    TEST_BAD("bad-vsock-iommu-default-model", 67, 20),
    /* unsupported configuration: unsupported rendernode accel attribute without 'vhostuser' */
    TEST_BAD("bad-video-rendernode", 67, 20),
    /* unsupported configuration: 'vhostuser' driver is only supported with 'virtio' device */
    TEST_BAD("bad-video-vhostuser-qxl", 67, 20),
    /* unsupported configuration: input evdev doesn't support bus element */
    TEST_BAD("bad-input-evdev-bus", 67, 20),
    /* XML error: Invalid value for attribute 'role' in element 'shmem': 'default'. */
    TEST_BAD("bad-shmem-role", 27, 5),
    /* XML error: Missing 'key' element for lease */
    TEST_BAD("bad-lease-no-key", 27, 20),
};

/* With graphics and no video, a primary default video is added. */
static void
testMiscImplicitVideo(void)
{
    g_autoptr(virDomainDef) def = virDomainDefNew();

    def->graphics = g_new0(virDomainGraphicsDef *, 1);
    def->graphics[def->ngraphics] = g_new0(virDomainGraphicsDef, 1);
    def->graphics[def->ngraphics++]->type = VIR_DOMAIN_GRAPHICS_TYPE_SDL;
    g_assert_cmpint(virDomainDefVideosPostParse(def), ==, 0);
    g_assert_cmpint(def->nvideos, ==, 1);
    g_assert_cmpint(def->videos[0]->type, ==, VIR_DOMAIN_VIDEO_TYPE_CIRRUS);
    g_assert_cmpuint(def->videos[0]->vram, ==, 16384);
    g_assert_cmpuint(def->videos[0]->heads, ==, 1);
    g_assert_true(def->videos[0]->primary);
    /* a second run adds nothing */
    g_assert_cmpint(virDomainDefVideosPostParse(def), ==, 0);
    g_assert_cmpint(def->nvideos, ==, 1);
}


/* Smartcards without an address take the next ccid slot of controller 0. */
static void
testMiscSmartcardSlots(void)
{
    g_autoptr(virDomainDef) def = virDomainDefNew();
    size_t i;

    def->smartcards = g_new0(virDomainSmartcardDef *, 3);
    for (i = 0; i < 3; i++)
        def->smartcards[def->nsmartcards++] = g_new0(virDomainSmartcardDef, 1);
    def->smartcards[1]->info.type = VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCID;
    def->smartcards[1]->info.addr.ccid.slot = 4;
    virDomainDefSmartcardAssignAddresses(def);
    g_assert_cmpuint(def->smartcards[0]->info.addr.ccid.slot, ==, 5);
    g_assert_cmpuint(def->smartcards[2]->info.addr.ccid.slot, ==, 6);
    g_assert_cmpint(def->smartcards[2]->info.type, ==, VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCID);
}


/* Two audio backends may not share an id. */
static void
testMiscAudioIds(void)
{
    g_autoptr(virDomainDef) def = virDomainDefNew();

    def->audios = g_new0(virDomainAudioDef *, 2);
    def->audios[def->naudios] = g_new0(virDomainAudioDef, 1);
    def->audios[def->naudios++]->id = 3;
    def->audios[def->naudios] = g_new0(virDomainAudioDef, 1);
    def->audios[def->naudios++]->id = 4;
    g_assert_cmpint(virDomainDefAudiosValidate(def), ==, 0);
    def->audios[1]->id = 3;
    g_assert_cmpint(virDomainDefAudiosValidate(def), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_XML_ERROR);
}


static void
testRegisterUnit(void)
{
    g_test_add_func("/conf/domain/devmisc/unit/implicit-video", testMiscImplicitVideo);
    g_test_add_func("/conf/domain/devmisc/unit/smartcard-slots", testMiscSmartcardSlots);
    g_test_add_func("/conf/domain/devmisc/unit/audio-ids", testMiscAudioIds);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    virDomainDevTestRegister("/conf/domain/devmisc", "virdomaindevmiscdata", cases,
                             G_N_ELEMENTS(cases));
    testRegisterUnit();
    return g_test_run();
}
