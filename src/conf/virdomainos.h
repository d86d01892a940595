/*
 * virdomainos.h: the <os> section of a domain and <idmap>
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virbuffer.h"
#include "virconftypes.h"
#include "virenum.h"
#include "virxml.h"

typedef struct _virStorageSource virStorageSource;

#define VIR_DOMAIN_BOOT_LAST 4 /* at most 4 <boot dev=.../> entries */

/* CPU architectures, as libvirt 9.0 names them (<type arch='...'>) */
typedef enum {
    VIR_ARCH_NONE = 0,
    VIR_ARCH_ALPHA,
    VIR_ARCH_ARMV6L,
    VIR_ARCH_ARMV7L,
    VIR_ARCH_ARMV7B,
    VIR_ARCH_AARCH64,
    VIR_ARCH_CRIS,
    VIR_ARCH_I686,
    VIR_ARCH_ITANIUM,
    VIR_ARCH_LM32,
    VIR_ARCH_M68K,
    VIR_ARCH_MICROBLAZE,
    VIR_ARCH_MICROBLAZEEL,
    VIR_ARCH_MIPS,
    VIR_ARCH_MIPSEL,
    VIR_ARCH_MIPS64,
    VIR_ARCH_MIPS64EL,
    VIR_ARCH_OR32,
    VIR_ARCH_PARISC,
    VIR_ARCH_PARISC64,
    VIR_ARCH_PPC,
    VIR_ARCH_PPCLE,
    VIR_ARCH_PPC64,
    VIR_ARCH_PPC64LE,
    VIR_ARCH_PPCEMB,
    VIR_ARCH_RISCV32,
    VIR_ARCH_RISCV64,
    VIR_ARCH_S390,
    VIR_ARCH_S390X,
    VIR_ARCH_SH4,
    VIR_ARCH_SH4EB,
    VIR_ARCH_SPARC,
    VIR_ARCH_SPARC64,
    VIR_ARCH_UNICORE32,
    VIR_ARCH_X86_64,
    VIR_ARCH_XTENSA,
    VIR_ARCH_XTENSAEB,

    VIR_ARCH_LAST
} virArch;
VIR_ENUM_DECL(virArch);

/* <os><type>...</type> */
typedef enum {
    VIR_DOMAIN_OSTYPE_HVM = 0,
    VIR_DOMAIN_OSTYPE_XEN,
    VIR_DOMAIN_OSTYPE_LINUX,
    VIR_DOMAIN_OSTYPE_EXE,
    VIR_DOMAIN_OSTYPE_UML,
    VIR_DOMAIN_OSTYPE_XENPVH,

    VIR_DOMAIN_OSTYPE_LAST
} virDomainOSType;
VIR_ENUM_DECL(virDomainOS);

/* <boot dev='...'/> */
typedef enum {
    VIR_DOMAIN_BOOT_FLOPPY = 0,
    VIR_DOMAIN_BOOT_CDROM,
    VIR_DOMAIN_BOOT_DISK,
    VIR_DOMAIN_BOOT_NET,

    VIR_DOMAIN_BOOT_DEV_LAST
} virDomainBootOrder;
VIR_ENUM_DECL(virDomainBoot);

/* <os firmware='...'> */
typedef enum {
    VIR_DOMAIN_OS_DEF_FIRMWARE_NONE = 0,
    VIR_DOMAIN_OS_DEF_FIRMWARE_BIOS,
    VIR_DOMAIN_OS_DEF_FIRMWARE_EFI,

    VIR_DOMAIN_OS_DEF_FIRMWARE_LAST
} virDomainOsDefFirmware;
VIR_ENUM_DECL(virDomainOsDefFirmware);

/* <firmware><feature name='...'/> (index into firmwareFeatures) */
typedef enum {
    VIR_DOMAIN_OS_DEF_FIRMWARE_FEATURE_ENROLLED_KEYS = 0,
    VIR_DOMAIN_OS_DEF_FIRMWARE_FEATURE_SECURE_BOOT,

    VIR_DOMAIN_OS_DEF_FIRMWARE_FEATURE_LAST
} virDomainOsDefFirmwareFeature;
VIR_ENUM_DECL(virDomainOsDefFirmwareFeature);

/* <loader type='...'> */
typedef enum {
    VIR_DOMAIN_LOADER_TYPE_NONE = 0,
    VIR_DOMAIN_LOADER_TYPE_ROM,
    VIR_DOMAIN_LOADER_TYPE_PFLASH,

    VIR_DOMAIN_LOADER_TYPE_LAST
} virDomainLoader;
VIR_ENUM_DECL(virDomainLoader);

/* <smbios mode='...'/> */
typedef enum {
    VIR_DOMAIN_SMBIOS_NONE = 0,
    VIR_DOMAIN_SMBIOS_EMULATE,
    VIR_DOMAIN_SMBIOS_HOST,
    VIR_DOMAIN_SMBIOS_SYSINFO,

    VIR_DOMAIN_SMBIOS_LAST
} virDomainSmbiosMode;
VIR_ENUM_DECL(virDomainSmbiosMode);

/* <acpi><table type='...'> */
typedef enum {
    VIR_DOMAIN_OS_ACPI_TABLE_TYPE_SLIC = 0,

    VIR_DOMAIN_OS_ACPI_TABLE_TYPE_LAST
} virDomainOsACPITable;
VIR_ENUM_DECL(virDomainOsACPITable);

/* <loader readonly='yes' secure='no' type='pflash'>path</loader> and <nvram> */
typedef struct _virDomainLoaderDef virDomainLoaderDef;
struct _virDomainLoaderDef {
    char *path; /* text content, owned; NULL when absent/empty */
    virTristateBool readonly;
    int type; /* virDomainLoader; ROM by default when path is set */
    virTristateBool secure;
    virTristateBool stateless;
    char *nvram;                   /* <nvram>path</nvram>, owned */
    char *nvramTemplate;           /* <nvram template='...'>, owned */
    virStorageSource *nvramSource; /* <nvram type='...'><source .../></nvram>, owned;
                                    * NULL for a plain path */
};

/* <acpi><table type='slic'>path</table></acpi> */
typedef struct _virDomainOSACPITableDef virDomainOSACPITableDef;
struct _virDomainOSACPITableDef {
    int type;   /* virDomainOsACPITable */
    char *path; /* owned, may be "" */
};

/* <initenv name='X'>value</initenv> */
typedef struct _virDomainOSEnv virDomainOSEnv;
struct _virDomainOSEnv {
    char *name;
    char *value;
};

/* Embedded (by value) in virDomainDef as def->os. */
struct _virDomainOSDef {
    int type;                   /* <type>hvm</type>: virDomainOSType */
    int arch;                   /* <type arch='x86_64'>: virArch; 0 until the post-parse default */
    char *machine;              /* <type machine='...'>, owned */
    int firmware;               /* <os firmware='efi|bios'>: virDomainOsDefFirmware, 0 = absent */
    int *firmwareFeatures;      /* virTristateBool per virDomainOsDefFirmwareFeature
                               * (VIR_DOMAIN_OS_DEF_FIRMWARE_FEATURE_LAST entries), NULL = none */
    virDomainLoaderDef *loader; /* NULL when neither <loader> nor <nvram> */
    char *kernel;               /* <kernel>, owned */
    char *initrd;               /* <initrd> */
    char *cmdline;              /* <cmdline> */
    char *dtb;                  /* <dtb> */
    char *root;                 /* <root> */
    virDomainOSACPITableDef **acpiTables;
    size_t nacpiTables;
    int bootDevs[VIR_DOMAIN_BOOT_LAST]; /* <boot dev=...> in order: virDomainBootOrder */
    size_t nBootDevs;
    virTristateBool bootmenu; /* <bootmenu enable=.../> */
    unsigned int bm_timeout;  /* <bootmenu timeout='ms'>, only with enable='yes' */
    bool bm_timeout_set;
    int smbios_mode;                /* <smbios mode=...>: virDomainSmbiosMode, 0 = absent */
    virTristateBool bios_useserial; /* <bios useserial=.../> */
    int bios_rebootTimeout;         /* <bios rebootTimeout='ms'>, -1..65535 */
    bool bios_rebootTimeout_set;
    char *init;      /* <init> (containers) */
    char **initargv; /* NULL-terminated <initarg> list, NULL when none */
    virDomainOSEnv **initenv;
    size_t ninitenv;
    char *initdir;   /* <initdir> */
    char *inituser;  /* <inituser> */
    char *initgroup; /* <initgroup> */
};

/* <uid start='0' target='1000' count='10'/> */
typedef struct _virDomainIdMapEntry virDomainIdMapEntry;
struct _virDomainIdMapEntry {
    unsigned int start;
    unsigned int target;
    unsigned int count;
};

/* Embedded (by value) in virDomainDef as def->idmap; entries sorted by start. */
struct _virDomainIdmapDef {
    virDomainIdMapEntry *uidmap;
    size_t nuidmap;
    virDomainIdMapEntry *gidmap;
    size_t ngidmap;
};

/*
 * virDomainOSDefParseXML:
 * @ctxt: XPath context whose node is the <domain> element
 * @def: the domain; fills def->os (reads def->virtType, looks at
 *       <bootloader> in the document)
 * @flags: virDomainDefParseFlags
 *
 * Parses <os> the way libvirt 9.0 does for the OS type found (e.g. <boot>
 * only for hvm, <init...> only for exe), applies the loader type 'rom'
 * default for a loader path and libvirt's checks of the firmware/loader/
 * nvram combination. The default arch and <boot dev='hd'/> are applied by
 * the core's post-parse (virDomainDefPostParse).
 *
 * Returns 0, or -1 with an error reported (libvirt's codes and messages).
 */
int virDomainOSDefParseXML(xmlXPathContextPtr ctxt, virDomainDef *def, unsigned int flags);

/* Writes <os>...</os> at @buf's indentation. */
void virDomainOSDefFormat(virBuffer *buf, const virDomainDef *def, unsigned int flags);

/* Frees everything inside @os and zeroes it (@os itself is embedded); NULL is allowed. */
void virDomainOSDefClear(virDomainOSDef *os);

/*
 * virDomainIdmapParseXML:
 * Fills def->idmap from <idmap> (sorted by start). Returns 0, or -1 with
 * an error (VIR_ERR_XML_ERROR for bad numbers, VIR_ERR_CONFIG_UNSUPPORTED
 * when only one of uid/gid is mapped or root is not mapped).
 */
int virDomainIdmapParseXML(xmlXPathContextPtr ctxt, virDomainDef *def, unsigned int flags);

/* Writes <idmap>...</idmap> (nothing when empty). */
void virDomainIdmapFormat(virBuffer *buf, const virDomainDef *def, unsigned int flags);

/* Frees everything inside @idmap and zeroes it; NULL is allowed. */
void virDomainIdmapDefClear(virDomainIdmapDef *idmap);
