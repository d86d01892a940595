/*
 * virdomaindevmisc.h: the smaller device families: input, tpm, sound,
 * audio, video, watchdog, memballoon, rng, panic, shmem, memory, iommu,
 * vsock, hub, smartcard, lease, nvram, crypto
 *
 * Implemented in virdomaindevmisc.c (input, hub, watchdog, panic, nvram,
 * lease, iommu, vsock, crypto), virdomainvideo.c (video, sound, audio),
 * virdomainrng.c (rng, tpm, memballoon, shmem, smartcard, redirdev,
 * redirfilter) and virdomainmemdev.c (memory).
 *
 * Every family X provides:
 *   virDomainXDef *virDomainXDefParseXML(ctxt, node, def, flags);
 *       new device, or NULL with an error reported (ctxt node restored)
 *   int virDomainXDefFormat(buf, x, def, flags);
 *       writes the element at @buf's indentation; 0 or -1 with an error
 *   void virDomainXDefFree(x);
 *   int virDomainXDefPostParse(x, def);
 *       domain-dependent defaults and checks; 0 or -1 with an error
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virbitmap.h"
#include "virbuffer.h"
#include "virconftypes.h"
#include "virdeviceinfo.h"
#include "virdomainvirtio.h"
#include "virenum.h"
#include "viruuid.h"
#include "virxml.h"

/* ---- input ---- */

typedef enum {
    VIR_DOMAIN_INPUT_TYPE_MOUSE = 0,
    VIR_DOMAIN_INPUT_TYPE_TABLET,
    VIR_DOMAIN_INPUT_TYPE_KBD,
    VIR_DOMAIN_INPUT_TYPE_PASSTHROUGH,
    VIR_DOMAIN_INPUT_TYPE_EVDEV,

    VIR_DOMAIN_INPUT_TYPE_LAST
} virDomainInputType;
VIR_ENUM_DECL(virDomainInput);

typedef enum {
    VIR_DOMAIN_INPUT_BUS_PS2 = 0,
    VIR_DOMAIN_INPUT_BUS_USB,
    VIR_DOMAIN_INPUT_BUS_XEN,
    VIR_DOMAIN_INPUT_BUS_PARALLELS,
    VIR_DOMAIN_INPUT_BUS_VIRTIO,
    VIR_DOMAIN_INPUT_BUS_NONE,

    VIR_DOMAIN_INPUT_BUS_LAST
} virDomainInputBus;
VIR_ENUM_DECL(virDomainInputBus);

typedef enum {
    VIR_DOMAIN_INPUT_MODEL_DEFAULT = 0,
    VIR_DOMAIN_INPUT_MODEL_VIRTIO,
    VIR_DOMAIN_INPUT_MODEL_VIRTIO_TRANSITIONAL,
    VIR_DOMAIN_INPUT_MODEL_VIRTIO_NON_TRANSITIONAL,

    VIR_DOMAIN_INPUT_MODEL_LAST
} virDomainInputModel;
VIR_ENUM_DECL(virDomainInputModel);

typedef enum {
    VIR_DOMAIN_INPUT_SOURCE_GRAB_DEFAULT = 0,
    VIR_DOMAIN_INPUT_SOURCE_GRAB_ALL,

    VIR_DOMAIN_INPUT_SOURCE_GRAB_LAST
} virDomainInputSourceGrab;
VIR_ENUM_DECL(virDomainInputSourceGrab);

typedef enum {
    VIR_DOMAIN_INPUT_SOURCE_GRAB_TOGGLE_DEFAULT = 0,
    VIR_DOMAIN_INPUT_SOURCE_GRAB_TOGGLE_CTRL_CTRL,
    VIR_DOMAIN_INPUT_SOURCE_GRAB_TOGGLE_ALT_ALT,
    VIR_DOMAIN_INPUT_SOURCE_GRAB_TOGGLE_SHIFT_SHIFT,
    VIR_DOMAIN_INPUT_SOURCE_GRAB_TOGGLE_META_META,
    VIR_DOMAIN_INPUT_SOURCE_GRAB_TOGGLE_SCROLLLOCK,
    VIR_DOMAIN_INPUT_SOURCE_GRAB_TOGGLE_CTRL_SCROLLLOCK,

    VIR_DOMAIN_INPUT_SOURCE_GRAB_TOGGLE_LAST
} virDomainInputSourceGrabToggle;
VIR_ENUM_DECL(virDomainInputSourceGrabToggle);

struct _virDomainInputDef {
    int type;                      /* virDomainInputType */
    int bus;                       /* virDomainInputBus */
    bool busSet;                   /* bus= was given (not a default) */
    int model;                     /* virDomainInputModel */
    char *source;                  /* passthrough <source evdev=>, evdev <source dev=>; owned */
    int grab;                      /* evdev: virDomainInputSourceGrab */
    int grabToggle;                /* evdev: virDomainInputSourceGrabToggle */
    virTristateSwitch repeat;      /* evdev */
    virDomainVirtioOptions virtio; /* <driver .../> */
    virDomainDeviceInfo info;
};

/* ---- tpm ---- */

typedef enum {
    VIR_DOMAIN_TPM_MODEL_DEFAULT = 0,
    VIR_DOMAIN_TPM_MODEL_TIS,
    VIR_DOMAIN_TPM_MODEL_CRB,
    VIR_DOMAIN_TPM_MODEL_SPAPR,
    VIR_DOMAIN_TPM_MODEL_SPAPR_PROXY,

    VIR_DOMAIN_TPM_MODEL_LAST
} virDomainTPMModel;
VIR_ENUM_DECL(virDomainTPMModel);

typedef enum {
    VIR_DOMAIN_TPM_TYPE_PASSTHROUGH = 0,
    VIR_DOMAIN_TPM_TYPE_EMULATOR,
    VIR_DOMAIN_TPM_TYPE_EXTERNAL,

    VIR_DOMAIN_TPM_TYPE_LAST
} virDomainTPMBackendType;
VIR_ENUM_DECL(virDomainTPMBackend);

typedef enum {
    VIR_DOMAIN_TPM_VERSION_DEFAULT = 0,
    VIR_DOMAIN_TPM_VERSION_1_2,
    VIR_DOMAIN_TPM_VERSION_2_0,

    VIR_DOMAIN_TPM_VERSION_LAST
} virDomainTPMVersion;
VIR_ENUM_DECL(virDomainTPMVersion);

/* bits of virDomainTPMDef.activePcrBanks */
typedef enum {
    VIR_DOMAIN_TPM_PCR_BANK_SHA1 = 0,
    VIR_DOMAIN_TPM_PCR_BANK_SHA256,
    VIR_DOMAIN_TPM_PCR_BANK_SHA384,
    VIR_DOMAIN_TPM_PCR_BANK_SHA512,

    VIR_DOMAIN_TPM_PCR_BANK_LAST
} virDomainTPMPcrBank;
VIR_ENUM_DECL(virDomainTPMPcrBank);

struct _virDomainTPMDef {
    int model;             /* virDomainTPMModel */
    int type;              /* virDomainTPMBackendType */
    char *path;            /* passthrough <device path=>; external unix socket; owned */
    int version;           /* emulator: virDomainTPMVersion */
    bool persistent_state; /* emulator persistent_state='yes' */
    unsigned char secretUUID[VIR_UUID_BUFLEN]; /* emulator <encryption secret=> */
    bool hasSecretUUID;
    unsigned int activePcrBanks; /* bitmask of virDomainTPMPcrBank */
    virDomainDeviceInfo info;
};

/* ---- sound ---- */

typedef enum {
    VIR_DOMAIN_SOUND_MODEL_SB16 = 0,
    VIR_DOMAIN_SOUND_MODEL_ES1370,
    VIR_DOMAIN_SOUND_MODEL_PCSPK,
    VIR_DOMAIN_SOUND_MODEL_AC97,
    VIR_DOMAIN_SOUND_MODEL_ICH6,
    VIR_DOMAIN_SOUND_MODEL_ICH9,
    VIR_DOMAIN_SOUND_MODEL_USB,
    VIR_DOMAIN_SOUND_MODEL_ICH7,

    VIR_DOMAIN_SOUND_MODEL_LAST
} virDomainSoundModel;
VIR_ENUM_DECL(virDomainSoundModel);

typedef enum {
    VIR_DOMAIN_SOUND_CODEC_TYPE_DUPLEX = 0,
    VIR_DOMAIN_SOUND_CODEC_TYPE_MICRO,
    VIR_DOMAIN_SOUND_CODEC_TYPE_OUTPUT,

    VIR_DOMAIN_SOUND_CODEC_TYPE_LAST
} virDomainSoundCodecType;
VIR_ENUM_DECL(virDomainSoundCodec);

struct _virDomainSoundDef {
    int model;   /* virDomainSoundModel */
    int *codecs; /* <codec type=...> list (ich6/ich9), owned */
    size_t ncodecs;
    unsigned int audioId; /* <audio id=...>, 0 = absent */
    virDomainDeviceInfo info;
};

/* ---- audio ---- */

typedef enum {
    VIR_DOMAIN_AUDIO_TYPE_NONE = 0,
    VIR_DOMAIN_AUDIO_TYPE_ALSA,
    VIR_DOMAIN_AUDIO_TYPE_COREAUDIO,
    VIR_DOMAIN_AUDIO_TYPE_JACK,
    VIR_DOMAIN_AUDIO_TYPE_OSS,
    VIR_DOMAIN_AUDIO_TYPE_PULSEAUDIO,
    VIR_DOMAIN_AUDIO_TYPE_SDL,
    VIR_DOMAIN_AUDIO_TYPE_SPICE,
    VIR_DOMAIN_AUDIO_TYPE_FILE,
    VIR_DOMAIN_AUDIO_TYPE_DBUS,

    VIR_DOMAIN_AUDIO_TYPE_LAST
} virDomainAudioType;
VIR_ENUM_DECL(virDomainAudio);

typedef enum {
    VIR_DOMAIN_AUDIO_SDL_DRIVER_DEFAULT = 0,
    VIR_DOMAIN_AUDIO_SDL_DRIVER_ESD,
    VIR_DOMAIN_AUDIO_SDL_DRIVER_ALSA,
    VIR_DOMAIN_AUDIO_SDL_DRIVER_ARTS,
    VIR_DOMAIN_AUDIO_SDL_DRIVER_PULSEAUDIO,

    VIR_DOMAIN_AUDIO_SDL_DRIVER_LAST
} virDomainAudioSDLDriver;
VIR_ENUM_DECL(virDomainAudioSDLDriver);

typedef enum {
    VIR_DOMAIN_AUDIO_FORMAT_DEFAULT = 0,
    VIR_DOMAIN_AUDIO_FORMAT_U8,
    VIR_DOMAIN_AUDIO_FORMAT_S8,
    VIR_DOMAIN_AUDIO_FORMAT_U16,
    VIR_DOMAIN_AUDIO_FORMAT_S16,
    VIR_DOMAIN_AUDIO_FORMAT_U32,
    VIR_DOMAIN_AUDIO_FORMAT_S32,
    VIR_DOMAIN_AUDIO_FORMAT_F32,

    VIR_DOMAIN_AUDIO_FORMAT_LAST
} virDomainAudioFormat;
VIR_ENUM_DECL(virDomainAudioFormat);

/* <input .../> or <output .../> of an audio backend */
typedef struct _virDomainAudioIOCommon virDomainAudioIOCommon;
struct _virDomainAudioIOCommon {
    virTristateBool mixingEngine;
    virTristateBool fixedSettings;
    unsigned int frequency;    /* <settings frequency=>, 0 = absent */
    unsigned int channels;     /* <settings channels=>, 0 = absent */
    int format;                /* <settings format=>: virDomainAudioFormat */
    unsigned int voices;       /* 0 = absent */
    unsigned int bufferLength; /* microseconds, 0 = absent */
    /* backend specific */
    char *dev;                 /* alsa, oss; owned */
    unsigned int bufferCount;  /* coreaudio, oss, sdl; 0 = absent */
    char *serverName;          /* jack; owned */
    char *clientName;          /* jack; owned */
    char *connectPorts;        /* jack; owned */
    virTristateBool exactName; /* jack */
    virTristateBool tryPoll;   /* oss */
    char *name;                /* pulseaudio; owned */
    char *streamName;          /* pulseaudio; owned */
    unsigned int latency;      /* pulseaudio, 0 = absent */
};

struct _virDomainAudioDef {
    int type;                 /* virDomainAudioType */
    unsigned int id;          /* id= (>= 1) */
    unsigned int timerPeriod; /* microseconds, 0 = absent */
    virDomainAudioIOCommon input;
    virDomainAudioIOCommon output;
    virTristateBool ossTryMMap;
    virTristateBool ossExclusive;
    bool ossDspPolicySet;
    int ossDspPolicy;
    char *serverName; /* pulseaudio serverName=; owned */
    int sdlDriver;    /* virDomainAudioSDLDriver */
    char *filePath;   /* file path=; owned */
};

/* ---- video ---- */

typedef enum {
    VIR_DOMAIN_VIDEO_TYPE_DEFAULT = 0,
    VIR_DOMAIN_VIDEO_TYPE_VGA,
    VIR_DOMAIN_VIDEO_TYPE_CIRRUS,
    VIR_DOMAIN_VIDEO_TYPE_VMVGA,
    VIR_DOMAIN_VIDEO_TYPE_XEN,
    VIR_DOMAIN_VIDEO_TYPE_VBOX,
    VIR_DOMAIN_VIDEO_TYPE_QXL,
    VIR_DOMAIN_VIDEO_TYPE_PARALLELS,
    VIR_DOMAIN_VIDEO_TYPE_VIRTIO,
    VIR_DOMAIN_VIDEO_TYPE_GOP,
    VIR_DOMAIN_VIDEO_TYPE_NONE,
    VIR_DOMAIN_VIDEO_TYPE_BOCHS,
    VIR_DOMAIN_VIDEO_TYPE_RAMFB,

    VIR_DOMAIN_VIDEO_TYPE_LAST
} virDomainVideoType;
VIR_ENUM_DECL(virDomainVideo);

typedef enum {
    VIR_DOMAIN_VIDEO_BACKEND_TYPE_DEFAULT = 0,
    VIR_DOMAIN_VIDEO_BACKEND_TYPE_QEMU,
    VIR_DOMAIN_VIDEO_BACKEND_TYPE_VHOSTUSER,

    VIR_DOMAIN_VIDEO_BACKEND_TYPE_LAST
} virDomainVideoBackendType;
VIR_ENUM_DECL(virDomainVideoBackend);

typedef enum {
    VIR_DOMAIN_VIDEO_VGACONF_IO = 0,
    VIR_DOMAIN_VIDEO_VGACONF_ON,
    VIR_DOMAIN_VIDEO_VGACONF_OFF,

    VIR_DOMAIN_VIDEO_VGACONF_LAST
} virDomainVideoVGAConf;
VIR_ENUM_DECL(virDomainVideoVGAConf);

struct _virDomainVideoDef {
    int type;            /* virDomainVideoType (DEFAULT until post-parse) */
    unsigned int ram;    /* KiB, qxl only */
    unsigned int vram;   /* KiB */
    unsigned int vram64; /* KiB, qxl only */
    unsigned int vgamem; /* KiB, qxl only */
    unsigned int heads;  /* 1 when not given */
    bool primary;
    bool accelSet; /* an <acceleration> element was given */
    virTristateBool accel3d;
    virTristateBool accel2d;
    char *rendernode;  /* <acceleration rendernode=>, owned */
    unsigned int resX; /* <resolution x=>, 0 = absent */
    unsigned int resY;
    int backend; /* <driver name=>: virDomainVideoBackendType */
    bool vgaconfSet;
    int vgaconf; /* <driver vgaconf=>: virDomainVideoVGAConf (vga only) */
    virDomainVirtioOptions virtio;
    virDomainDeviceInfo info;
};

/* ---- watchdog ---- */

typedef enum {
    VIR_DOMAIN_WATCHDOG_MODEL_I6300ESB = 0,
    VIR_DOMAIN_WATCHDOG_MODEL_IB700,
    VIR_DOMAIN_WATCHDOG_MODEL_DIAG288,

    VIR_DOMAIN_WATCHDOG_MODEL_LAST
} virDomainWatchdogModel;
VIR_ENUM_DECL(virDomainWatchdogModel);

typedef enum {
    VIR_DOMAIN_WATCHDOG_ACTION_RESET = 0,
    VIR_DOMAIN_WATCHDOG_ACTION_SHUTDOWN,
    VIR_DOMAIN_WATCHDOG_ACTION_POWEROFF,
    VIR_DOMAIN_WATCHDOG_ACTION_PAUSE,
    VIR_DOMAIN_WATCHDOG_ACTION_DUMP,
    VIR_DOMAIN_WATCHDOG_ACTION_NONE,
    VIR_DOMAIN_WATCHDOG_ACTION_INJECTNMI,

    VIR_DOMAIN_WATCHDOG_ACTION_LAST
} virDomainWatchdogAction;
VIR_ENUM_DECL(virDomainWatchdogAction);

struct _virDomainWatchdogDef {
    int model;  /* virDomainWatchdogModel */
    int action; /* virDomainWatchdogAction, reset by default */
    virDomainDeviceInfo info;
};

/* ---- memballoon ---- */

typedef enum {
    VIR_DOMAIN_MEMBALLOON_MODEL_VIRTIO = 0,
    VIR_DOMAIN_MEMBALLOON_MODEL_XEN,
    VIR_DOMAIN_MEMBALLOON_MODEL_NONE,
    VIR_DOMAIN_MEMBALLOON_MODEL_VIRTIO_TRANSITIONAL,
    VIR_DOMAIN_MEMBALLOON_MODEL_VIRTIO_NON_TRANSITIONAL,

    VIR_DOMAIN_MEMBALLOON_MODEL_LAST
} virDomainMemballoonModel;
VIR_ENUM_DECL(virDomainMemballoonModel);

struct _virDomainMemballoonDef {
    int model;  /* virDomainMemballoonModel */
    int period; /* <stats period=...>, seconds, <= 0 = absent */
    virTristateSwitch autodeflate;
    virTristateSwitch free_page_reporting;
    virDomainVirtioOptions virtio;
    virDomainDeviceInfo info;
};

/* ---- rng ---- */

typedef enum {
    VIR_DOMAIN_RNG_MODEL_VIRTIO = 0,
    VIR_DOMAIN_RNG_MODEL_VIRTIO_TRANSITIONAL,
    VIR_DOMAIN_RNG_MODEL_VIRTIO_NON_TRANSITIONAL,

    VIR_DOMAIN_RNG_MODEL_LAST
} virDomainRNGModel;
VIR_ENUM_DECL(virDomainRNGModel);

typedef enum {
    VIR_DOMAIN_RNG_BACKEND_RANDOM = 0,
    VIR_DOMAIN_RNG_BACKEND_EGD,
    VIR_DOMAIN_RNG_BACKEND_BUILTIN,

    VIR_DOMAIN_RNG_BACKEND_LAST
} virDomainRNGBackend;
VIR_ENUM_DECL(virDomainRNGBackend);

struct _virDomainRNGDef {
    int model;                        /* virDomainRNGModel */
    int backend;                      /* virDomainRNGBackend */
    unsigned int rate;                /* bytes per period, 0 = absent */
    unsigned int period;              /* ms, 0 = absent */
    char *file;                       /* backend random: device path, owned */
    virDomainChrSourceDef *chrSource; /* backend egd, owned */
    virDomainVirtioOptions virtio;
    virDomainDeviceInfo info;
};

/* ---- panic ---- */

typedef enum {
    VIR_DOMAIN_PANIC_MODEL_DEFAULT = 0,
    VIR_DOMAIN_PANIC_MODEL_ISA,
    VIR_DOMAIN_PANIC_MODEL_PSERIES,
    VIR_DOMAIN_PANIC_MODEL_HYPERV,
    VIR_DOMAIN_PANIC_MODEL_S390,

    VIR_DOMAIN_PANIC_MODEL_LAST
} virDomainPanicModel;
VIR_ENUM_DECL(virDomainPanicModel);

struct _virDomainPanicDef {
    int model; /* virDomainPanicModel */
    virDomainDeviceInfo info;
};

/* ---- shmem ---- */

typedef enum {
    VIR_DOMAIN_SHMEM_MODEL_IVSHMEM = 0,
    VIR_DOMAIN_SHMEM_MODEL_IVSHMEM_PLAIN,
    VIR_DOMAIN_SHMEM_MODEL_IVSHMEM_DOORBELL,

    VIR_DOMAIN_SHMEM_MODEL_LAST
} virDomainShmemModel;
VIR_ENUM_DECL(virDomainShmemModel);

typedef enum {
    VIR_DOMAIN_SHMEM_ROLE_DEFAULT = 0,
    VIR_DOMAIN_SHMEM_ROLE_MASTER,
    VIR_DOMAIN_SHMEM_ROLE_PEER,

    VIR_DOMAIN_SHMEM_ROLE_LAST
} virDomainShmemRole;
VIR_ENUM_DECL(virDomainShmemRole);

struct _virDomainShmemDef {
    char *name;               /* owned */
    unsigned long long size;  /* bytes, 0 = absent */
    int model;                /* virDomainShmemModel */
    int role;                 /* virDomainShmemRole */
    bool server_enabled;      /* <server> given */
    char *server_path;        /* <server path=...>, owned */
    bool msi_enabled;         /* <msi> given */
    unsigned int msi_vectors; /* 0 = absent */
    virTristateSwitch msi_ioeventfd;
    virDomainDeviceInfo info;
};

/* ---- memory devices ---- */

typedef enum {
    VIR_DOMAIN_MEMORY_MODEL_NONE = 0,
    VIR_DOMAIN_MEMORY_MODEL_DIMM,
    VIR_DOMAIN_MEMORY_MODEL_NVDIMM,
    VIR_DOMAIN_MEMORY_MODEL_VIRTIO_PMEM,
    VIR_DOMAIN_MEMORY_MODEL_VIRTIO_MEM,
    VIR_DOMAIN_MEMORY_MODEL_SGX_EPC,

    VIR_DOMAIN_MEMORY_MODEL_LAST
} virDomainMemoryModel;
VIR_ENUM_DECL(virDomainMemoryModel);

/* <memory access=...> (also used by <memoryBacking><access mode=...> and
 * NUMA cells, with their own string table in virdomaintune.h) */
typedef enum {
    VIR_DOMAIN_MEMORY_ACCESS_DEFAULT = 0,
    VIR_DOMAIN_MEMORY_ACCESS_SHARED,
    VIR_DOMAIN_MEMORY_ACCESS_PRIVATE,

    VIR_DOMAIN_MEMORY_ACCESS_LAST
} virDomainMemoryAccess;
VIR_ENUM_DECL(virDomainMemoryAccess);

struct _virDomainMemoryDef {
    int model;  /* virDomainMemoryModel */
    int access; /* virDomainMemoryAccess */
    virTristateBool discard;
    unsigned char uuid[VIR_UUID_BUFLEN]; /* nvdimm (ppc64 only) */
    bool uuidSet;
    /* <source> */
    char *nvdimmPath;             /* <path>, owned */
    unsigned long long pagesize;  /* KiB, 0 = absent */
    virBitmap *sourceNodes;       /* <nodemask>, owned */
    unsigned long long alignsize; /* KiB, 0 = absent */
    bool nvdimmPmem;              /* <pmem/> */
    /* <target> */
    unsigned long long size;          /* KiB */
    int targetNode;                   /* -1 = absent */
    unsigned long long labelsize;     /* KiB, 0 = absent */
    unsigned long long blocksize;     /* KiB, 0 = absent */
    unsigned long long requestedsize; /* KiB, 0 = absent */
    unsigned long long currentsize;   /* KiB (live only) */
    unsigned long long address;       /* <address base=> of virtio-mem/pmem, 0 = absent */
    bool readonly;                    /* nvdimm <readonly/> */
    virDomainDeviceInfo info;
};

/* ---- iommu ---- */

typedef enum {
    VIR_DOMAIN_IOMMU_MODEL_INTEL = 0,
    VIR_DOMAIN_IOMMU_MODEL_SMMUV3,
    VIR_DOMAIN_IOMMU_MODEL_VIRTIO,

    VIR_DOMAIN_IOMMU_MODEL_LAST
} virDomainIOMMUModel;
VIR_ENUM_DECL(virDomainIOMMUModel);

struct _virDomainIOMMUDef {
    int model; /* virDomainIOMMUModel */
    virTristateSwitch intremap;
    virTristateSwitch caching_mode;
    virTristateSwitch eim;
    virTristateSwitch iotlb;
    unsigned int aw_bits; /* 0 = absent */
    virDomainDeviceInfo info;
};

/* ---- vsock ---- */

typedef enum {
    VIR_DOMAIN_VSOCK_MODEL_DEFAULT = 0,
    VIR_DOMAIN_VSOCK_MODEL_VIRTIO,
    VIR_DOMAIN_VSOCK_MODEL_VIRTIO_TRANSITIONAL,
    VIR_DOMAIN_VSOCK_MODEL_VIRTIO_NON_TRANSITIONAL,

    VIR_DOMAIN_VSOCK_MODEL_LAST
} virDomainVsockModel;
VIR_ENUM_DECL(virDomainVsockModel);

struct _virDomainVsockDef {
    int model;              /* virDomainVsockModel */
    unsigned int guest_cid; /* 0 = absent */
    virTristateBool auto_cid;
    virDomainVirtioOptions virtio;
    virDomainDeviceInfo info;
};

/* ---- hub ---- */

typedef enum {
    VIR_DOMAIN_HUB_TYPE_USB = 0,

    VIR_DOMAIN_HUB_TYPE_LAST
} virDomainHubType;
VIR_ENUM_DECL(virDomainHub);

struct _virDomainHubDef {
    int type; /* virDomainHubType */
    virDomainDeviceInfo info;
};

/* ---- smartcard ---- */

typedef enum {
    VIR_DOMAIN_SMARTCARD_TYPE_HOST = 0,
    VIR_DOMAIN_SMARTCARD_TYPE_HOST_CERTIFICATES,
    VIR_DOMAIN_SMARTCARD_TYPE_PASSTHROUGH,

    VIR_DOMAIN_SMARTCARD_TYPE_LAST
} virDomainSmartcardType;
VIR_ENUM_DECL(virDomainSmartcard);

#define VIR_DOMAIN_SMARTCARD_NUM_CERTIFICATES 3

struct _virDomainSmartcardDef {
    int type; /* <smartcard mode=...>: virDomainSmartcardType */
    char *certificates[VIR_DOMAIN_SMARTCARD_NUM_CERTIFICATES]; /* host-certificates, owned */
    char *database;                                            /* host-certificates, owned */
    virDomainChrSourceDef *passthru;                           /* passthrough source, owned */
    virDomainDeviceInfo info;
};

/* ---- lease ---- */

struct _virDomainLeaseDef {
    char *lockspace;           /* owned */
    char *key;                 /* owned */
    char *path;                /* <target path=...>, owned */
    unsigned long long offset; /* <target offset=...>, 0 = absent */
};

/* ---- nvram ---- */

struct _virDomainNVRAMDef {
    virDomainDeviceInfo info; /* spapr-vio address */
};

/* ---- crypto ---- */

struct _virDomainCryptoDef {
    /* libvirt 9.0's generic parser ignores <crypto>: nothing is kept */
    virDomainDeviceInfo info;
};

virDomainInputDef *virDomainInputDefParseXML(xmlXPathContextPtr ctxt,
                                             xmlNodePtr node,
                                             virDomainDef *def,
                                             unsigned int flags);
int virDomainInputDefFormat(virBuffer *buf,
                            const virDomainInputDef *input,
                            const virDomainDef *def,
                            unsigned int flags);
void virDomainInputDefFree(virDomainInputDef *input);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainInputDef, virDomainInputDefFree);
int virDomainInputDefPostParse(virDomainInputDef *input, virDomainDef *def);

virDomainTPMDef *virDomainTPMDefParseXML(xmlXPathContextPtr ctxt,
                                         xmlNodePtr node,
                                         virDomainDef *def,
                                         unsigned int flags);
int virDomainTPMDefFormat(virBuffer *buf,
                          const virDomainTPMDef *tpm,
                          const virDomainDef *def,
                          unsigned int flags);
void virDomainTPMDefFree(virDomainTPMDef *tpm);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainTPMDef, virDomainTPMDefFree);
int virDomainTPMDefPostParse(virDomainTPMDef *tpm, virDomainDef *def);

virDomainSoundDef *virDomainSoundDefParseXML(xmlXPathContextPtr ctxt,
                                             xmlNodePtr node,
                                             virDomainDef *def,
                                             unsigned int flags);
int virDomainSoundDefFormat(virBuffer *buf,
                            const virDomainSoundDef *sound,
                            const virDomainDef *def,
                            unsigned int flags);
void virDomainSoundDefFree(virDomainSoundDef *sound);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainSoundDef, virDomainSoundDefFree);
int virDomainSoundDefPostParse(virDomainSoundDef *sound, virDomainDef *def);

virDomainAudioDef *virDomainAudioDefParseXML(xmlXPathContextPtr ctxt,
                                             xmlNodePtr node,
                                             virDomainDef *def,
                                             unsigned int flags);
int virDomainAudioDefFormat(virBuffer *buf,
                            const virDomainAudioDef *audio,
                            const virDomainDef *def,
                            unsigned int flags);
void virDomainAudioDefFree(virDomainAudioDef *audio);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainAudioDef, virDomainAudioDefFree);
int virDomainAudioDefPostParse(virDomainAudioDef *audio, virDomainDef *def);

virDomainVideoDef *virDomainVideoDefParseXML(xmlXPathContextPtr ctxt,
                                             xmlNodePtr node,
                                             virDomainDef *def,
                                             unsigned int flags);
int virDomainVideoDefFormat(virBuffer *buf,
                            const virDomainVideoDef *video,
                            const virDomainDef *def,
                            unsigned int flags);
void virDomainVideoDefFree(virDomainVideoDef *video);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainVideoDef, virDomainVideoDefFree);
int virDomainVideoDefPostParse(virDomainVideoDef *video, virDomainDef *def);

virDomainWatchdogDef *virDomainWatchdogDefParseXML(xmlXPathContextPtr ctxt,
                                                   xmlNodePtr node,
                                                   virDomainDef *def,
                                                   unsigned int flags);
int virDomainWatchdogDefFormat(virBuffer *buf,
                               const virDomainWatchdogDef *watchdog,
                               const virDomainDef *def,
                               unsigned int flags);
void virDomainWatchdogDefFree(virDomainWatchdogDef *watchdog);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainWatchdogDef, virDomainWatchdogDefFree);
int virDomainWatchdogDefPostParse(virDomainWatchdogDef *watchdog, virDomainDef *def);

virDomainMemballoonDef *virDomainMemballoonDefParseXML(xmlXPathContextPtr ctxt,
                                                       xmlNodePtr node,
                                                       virDomainDef *def,
                                                       unsigned int flags);
int virDomainMemballoonDefFormat(virBuffer *buf,
                                 const virDomainMemballoonDef *memballoon,
                                 const virDomainDef *def,
                                 unsigned int flags);
void virDomainMemballoonDefFree(virDomainMemballoonDef *memballoon);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainMemballoonDef, virDomainMemballoonDefFree);
int virDomainMemballoonDefPostParse(virDomainMemballoonDef *memballoon, virDomainDef *def);

virDomainRNGDef *virDomainRNGDefParseXML(xmlXPathContextPtr ctxt,
                                         xmlNodePtr node,
                                         virDomainDef *def,
                                         unsigned int flags);
int virDomainRNGDefFormat(virBuffer *buf,
                          const virDomainRNGDef *rng,
                          const virDomainDef *def,
                          unsigned int flags);
void virDomainRNGDefFree(virDomainRNGDef *rng);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainRNGDef, virDomainRNGDefFree);
int virDomainRNGDefPostParse(virDomainRNGDef *rng, virDomainDef *def);

virDomainPanicDef *virDomainPanicDefParseXML(xmlXPathContextPtr ctxt,
                                             xmlNodePtr node,
                                             virDomainDef *def,
                                             unsigned int flags);
int virDomainPanicDefFormat(virBuffer *buf,
                            const virDomainPanicDef *panic,
                            const virDomainDef *def,
                            unsigned int flags);
void virDomainPanicDefFree(virDomainPanicDef *panic);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainPanicDef, virDomainPanicDefFree);
int virDomainPanicDefPostParse(virDomainPanicDef *panic, virDomainDef *def);

virDomainShmemDef *virDomainShmemDefParseXML(xmlXPathContextPtr ctxt,
                                             xmlNodePtr node,
                                             virDomainDef *def,
                                             unsigned int flags);
int virDomainShmemDefFormat(virBuffer *buf,
                            const virDomainShmemDef *shmem,
                            const virDomainDef *def,
                            unsigned int flags);
void virDomainShmemDefFree(virDomainShmemDef *shmem);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainShmemDef, virDomainShmemDefFree);
int virDomainShmemDefPostParse(virDomainShmemDef *shmem, virDomainDef *def);

virDomainMemoryDef *virDomainMemoryDefParseXML(xmlXPathContextPtr ctxt,
                                               xmlNodePtr node,
                                               virDomainDef *def,
                                               unsigned int flags);
int virDomainMemoryDefFormat(virBuffer *buf,
                             const virDomainMemoryDef *mem,
                             const virDomainDef *def,
                             unsigned int flags);
void virDomainMemoryDefFree(virDomainMemoryDef *mem);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainMemoryDef, virDomainMemoryDefFree);
int virDomainMemoryDefPostParse(virDomainMemoryDef *mem, virDomainDef *def);

virDomainIOMMUDef *virDomainIOMMUDefParseXML(xmlXPathContextPtr ctxt,
                                             xmlNodePtr node,
                                             virDomainDef *def,
                                             unsigned int flags);
int virDomainIOMMUDefFormat(virBuffer *buf,
                            const virDomainIOMMUDef *iommu,
                            const virDomainDef *def,
                            unsigned int flags);
void virDomainIOMMUDefFree(virDomainIOMMUDef *iommu);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainIOMMUDef, virDomainIOMMUDefFree);
int virDomainIOMMUDefPostParse(virDomainIOMMUDef *iommu, virDomainDef *def);

virDomainVsockDef *virDomainVsockDefParseXML(xmlXPathContextPtr ctxt,
                                             xmlNodePtr node,
                                             virDomainDef *def,
                                             unsigned int flags);
int virDomainVsockDefFormat(virBuffer *buf,
                            const virDomainVsockDef *vsock,
                            const virDomainDef *def,
                            unsigned int flags);
void virDomainVsockDefFree(virDomainVsockDef *vsock);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainVsockDef, virDomainVsockDefFree);
int virDomainVsockDefPostParse(virDomainVsockDef *vsock, virDomainDef *def);

virDomainHubDef *virDomainHubDefParseXML(xmlXPathContextPtr ctxt,
                                         xmlNodePtr node,
                                         virDomainDef *def,
                                         unsigned int flags);
int virDomainHubDefFormat(virBuffer *buf,
                          const virDomainHubDef *hub,
                          const virDomainDef *def,
                          unsigned int flags);
void virDomainHubDefFree(virDomainHubDef *hub);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainHubDef, virDomainHubDefFree);
int virDomainHubDefPostParse(virDomainHubDef *hub, virDomainDef *def);

virDomainSmartcardDef *virDomainSmartcardDefParseXML(xmlXPathContextPtr ctxt,
                                                     xmlNodePtr node,
                                                     virDomainDef *def,
                                                     unsigned int flags);
int virDomainSmartcardDefFormat(virBuffer *buf,
                                const virDomainSmartcardDef *smartcard,
                                const virDomainDef *def,
                                unsigned int flags);
void virDomainSmartcardDefFree(virDomainSmartcardDef *smartcard);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainSmartcardDef, virDomainSmartcardDefFree);
int virDomainSmartcardDefPostParse(virDomainSmartcardDef *smartcard, virDomainDef *def);

virDomainLeaseDef *virDomainLeaseDefParseXML(xmlXPathContextPtr ctxt,
                                             xmlNodePtr node,
                                             virDomainDef *def,
                                             unsigned int flags);
int virDomainLeaseDefFormat(virBuffer *buf,
                            const virDomainLeaseDef *lease,
                            const virDomainDef *def,
                            unsigned int flags);
void virDomainLeaseDefFree(virDomainLeaseDef *lease);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainLeaseDef, virDomainLeaseDefFree);
int virDomainLeaseDefPostParse(virDomainLeaseDef *lease, virDomainDef *def);

virDomainNVRAMDef *virDomainNVRAMDefParseXML(xmlXPathContextPtr ctxt,
                                             xmlNodePtr node,
                                             virDomainDef *def,
                                             unsigned int flags);
int virDomainNVRAMDefFormat(virBuffer *buf,
                            const virDomainNVRAMDef *nvram,
                            const virDomainDef *def,
                            unsigned int flags);
void virDomainNVRAMDefFree(virDomainNVRAMDef *nvram);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainNVRAMDef, virDomainNVRAMDefFree);
int virDomainNVRAMDefPostParse(virDomainNVRAMDef *nvram, virDomainDef *def);

virDomainCryptoDef *virDomainCryptoDefParseXML(xmlXPathContextPtr ctxt,
                                               xmlNodePtr node,
                                               virDomainDef *def,
                                               unsigned int flags);
int virDomainCryptoDefFormat(virBuffer *buf,
                             const virDomainCryptoDef *crypto,
                             const virDomainDef *def,
                             unsigned int flags);
void virDomainCryptoDefFree(virDomainCryptoDef *crypto);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainCryptoDef, virDomainCryptoDefFree);
int virDomainCryptoDefPostParse(virDomainCryptoDef *crypto, virDomainDef *def);


/*
 * Checks and defaults across the devices of this header, as libvirt's
 * generic post-parse and validation do. Each returns 0 or -1 with an
 * error; call them after every device's own PostParse.
 *
 * virDomainDefVideosPostParse: adds the implicit video device when there
 *   is <graphics> but no <video>, moves the primary video first (or marks
 *   the first one primary), refuses two primaries and 'none' next to
 *   another video.
 * virDomainDefAudiosValidate: unique audio ids; every <sound><audio id>
 *   names an <audio>.
 * virDomainDefMiscDevicesValidate: single watchdog, single memballoon,
 *   one panic per model, iommu needs (eim, intremap), vsock cid.
 * virDomainDefSmartcardAssignAddresses: smartcards without an address get
 *   a ccid address on controller 0 (the caller adds the ccid controllers).
 * virDomainDefRedirdevsValidate: redirdevs need an enabled USB controller.
 *
 * virDomainDefMiscDevicesPostParse runs all of them in libvirt's order;
 * the core calls it once, after the per-device PostParse functions and
 * before adding implicit controllers (smartcards then have their ccid
 * addresses, which name the ccid controllers to add).
 */
int virDomainDefMiscDevicesPostParse(virDomainDef *def);
int virDomainDefVideosPostParse(virDomainDef *def);
int virDomainDefAudiosValidate(const virDomainDef *def);
int virDomainDefMiscDevicesValidate(const virDomainDef *def);
void virDomainDefSmartcardAssignAddresses(virDomainDef *def);
int virDomainDefRedirdevsValidate(const virDomainDef *def);
