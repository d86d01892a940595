/*
 * virstoragevolconf.h: the storage volume XML model (<volume>)
 *
 * A volume is parsed in the context of its pool: the pool type decides
 * whether <format type='...'> holds a file format (dir, fs, netfs, rbd,
 * gluster, vstorage pools; default raw), a partition type (disk pools;
 * default none) or nothing at all (other pools: ignored on input, not
 * written). Sizes are converted to bytes. As libvirt 9.0
 * (docs/formatstorage.rst, schema storagevol.rng).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <time.h>

#include "internal.h"
#include "virbuffer.h"
#include "virenum.h"
#include "virerror.h"
#include "virstorageencryption.h"
#include "virstoragepoolconf.h"
#include "virxml.h"

/*
 * <volume type='...'> takes the values of the public virStorageVolType
 * (include/libvirt/libvirt-storage.h, read through virerror.h, which also
 * makes its VIR_STORAGE_VOL_LAST sentinel visible).
 */
VIR_ENUM_DECL(virStorageVol);

/* Image file formats (also the disk <driver type='...'> values) */
typedef enum {
    VIR_STORAGE_FILE_NONE = 0,
    VIR_STORAGE_FILE_RAW,
    VIR_STORAGE_FILE_DIR,
    VIR_STORAGE_FILE_BOCHS,
    VIR_STORAGE_FILE_CLOOP,
    VIR_STORAGE_FILE_DMG,
    VIR_STORAGE_FILE_ISO,
    VIR_STORAGE_FILE_VPC,
    VIR_STORAGE_FILE_VDI,
    VIR_STORAGE_FILE_FAT,
    VIR_STORAGE_FILE_VHD,
    VIR_STORAGE_FILE_PLOOP,
    /* formats that can have a backing file */
    VIR_STORAGE_FILE_COW,
    VIR_STORAGE_FILE_QCOW,
    VIR_STORAGE_FILE_QCOW2,
    VIR_STORAGE_FILE_QED,
    VIR_STORAGE_FILE_VMDK,

    VIR_STORAGE_FILE_LAST
} virStorageFileFormat;
VIR_ENUM_DECL(virStorageFileFormat);

/* <target><features> children (qcow2) */
typedef enum {
    VIR_STORAGE_FILE_FEATURE_LAZY_REFCOUNTS = 0,
    VIR_STORAGE_FILE_FEATURE_EXTENDED_L2,

    VIR_STORAGE_FILE_FEATURE_LAST
} virStorageFileFeature;
VIR_ENUM_DECL(virStorageFileFeature);

/* <format type='...'> of volumes in disk pools (partition types) */
typedef enum {
    VIR_STORAGE_VOL_DISK_NONE = 0,
    VIR_STORAGE_VOL_DISK_LINUX,
    VIR_STORAGE_VOL_DISK_FAT16,
    VIR_STORAGE_VOL_DISK_FAT32,
    VIR_STORAGE_VOL_DISK_LINUX_SWAP,
    VIR_STORAGE_VOL_DISK_LINUX_LVM,
    VIR_STORAGE_VOL_DISK_LINUX_RAID,
    VIR_STORAGE_VOL_DISK_EXTENDED,

    VIR_STORAGE_VOL_DISK_LAST
} virStorageVolFormatDisk;
VIR_ENUM_DECL(virStorageVolFormatDisk);

/* <timestamps> (output only); a member with tv_nsec < 0 is not written */
typedef struct _virStorageTimestamps virStorageTimestamps;
struct _virStorageTimestamps {
    struct timespec atime;
    struct timespec btime;
    struct timespec ctime;
    struct timespec mtime;
};

/* <source><device path='...'><extent start= end=/> (output only) */
typedef struct _virStorageVolSourceExtent virStorageVolSourceExtent;
struct _virStorageVolSourceExtent {
    char *path;               /* device holding the extent, owned */
    unsigned long long start; /* bytes */
    unsigned long long end;   /* bytes */
};

/* <target> of a volume */
typedef struct _virStorageVolTarget virStorageVolTarget;
struct _virStorageVolTarget {
    char *path; /* owned, NULL when absent */
    int format; /* virStorageFileFormat or virStorageVolFormatDisk,
                                       * per the pool type (unused otherwise) */
    virStoragePerms perms;
    virStorageTimestamps *timestamps; /* owned, NULL when unknown */
    virStorageEncryption *encryption; /* owned, NULL when absent */
    char *compat;                     /* qcow2 compat level "N.M", owned */
    bool nocow;                       /* <nocow/> (parsed, not written, as libvirt) */
    unsigned long long clusterSize;   /* bytes, 0 when absent */
    bool hasFeatures;                 /* <features> given (written even when empty) */
    unsigned int features;            /* bit (1 << virStorageFileFeature) per feature */
};

/* <backingStore> */
typedef struct _virStorageVolBackingStore virStorageVolBackingStore;
struct _virStorageVolBackingStore {
    char *path; /* owned, never NULL */
    int format; /* as virStorageVolTarget.format */
    virStoragePerms perms;
    virStorageTimestamps *timestamps; /* owned, NULL when unknown */
};

typedef struct _virStorageVolDef virStorageVolDef;
struct _virStorageVolDef {
    char *name; /* owned */
    char *key;  /* owned, NULL when absent */
    virStorageVolType type;
    virStoragePoolType poolType;   /* type of the pool it belongs to (format names) */
    unsigned long long capacity;   /* bytes */
    unsigned long long allocation; /* bytes (capacity when not given) */
    unsigned long long physical;   /* bytes, output only, written when non-zero */
    size_t nextents;
    virStorageVolSourceExtent *extents; /* owned, output only */
    virStorageVolTarget target;
    virStorageVolBackingStore *backingStore; /* owned, NULL when absent */
};

typedef enum {
    /* capacity is not required (cloning a volume) */
    VIR_VOL_XML_PARSE_NO_CAPACITY = 1 << 0,
    /* capacity is optional when a backing store is given */
    VIR_VOL_XML_PARSE_OPT_CAPACITY = 1 << 1,
    /* validate against storagevol.rng first */
    VIR_VOL_XML_PARSE_VALIDATE = 1 << 2,
} virStorageVolDefParseFlags;

/*
 * virStorageVolDefParseString:
 * @pool: the pool the volume belongs to (only its type is used)
 * @xml: the <volume> document
 * @flags: virStorageVolDefParseFlags
 *
 * Errors as libvirt (domain VIR_FROM_STORAGE unless noted):
 * VIR_ERR_XML_ERROR "missing volume name element", "missing capacity
 * element", "malformed capacity element", "forbidden characters in
 * 'compat' attribute", permission errors; VIR_ERR_CONFIG_UNSUPPORTED
 * "unknown volume type 'X'", "unknown volume format type X",
 * "unsupported feature X"; unit errors of virunits (VIR_FROM_NONE);
 * encryption errors. VIR_VOL_XML_PARSE_VALIDATE validates @xml against
 * storagevol.rng (schema errors as virXMLValidateAgainstSchema()) and is
 * then refused as libvirt 9.0 refuses it: VIR_ERR_INVALID_ARG
 * "unsupported flags (0x4) in function virStorageVolDefParseXML"; any
 * other unknown flag likewise.
 *
 * Returns a new definition (free with virStorageVolDefFree), or NULL with
 * an error reported.
 */
virStorageVolDef *
virStorageVolDefParseString(const virStoragePoolDef *pool, const char *xml, unsigned int flags);

/*
 * virStorageVolDefParseNode:
 * @pool: the pool (only its type is used)
 * @ctxt: XPath context of the document (its node is changed and restored)
 * @node: the <volume> element
 * @flags: virStorageVolDefParseFlags
 *
 * As virStorageVolDefParseString() for an already parsed document.
 */
virStorageVolDef *virStorageVolDefParseNode(const virStoragePoolDef *pool,
                                            xmlXPathContextPtr ctxt,
                                            xmlNodePtr node,
                                            unsigned int flags);

/*
 * virStorageVolDefFormat:
 * @def: the volume (its poolType decides how formats are written)
 * @flags: unused, pass 0
 *
 * Returns the <volume> document as a new string, or NULL with
 * VIR_ERR_INTERNAL_ERROR for an out-of-range enum value.
 */
char *virStorageVolDefFormat(const virStorageVolDef *def, unsigned int flags);

/* Appends the <volume> document to @buf. Returns 0 or -1 (as above). */
int virStorageVolDefFormatBuf(virBuffer *buf, const virStorageVolDef *def, unsigned int flags);

/*
 * virStorageVolDefValidate:
 * Checks what parsing checks on a definition built by code: name present,
 * enums in range for the pool type. Returns 0, or -1 with an error.
 */
int virStorageVolDefValidate(const virStorageVolDef *def);

/* Frees @def and everything it owns; accepts NULL. */
void virStorageVolDefFree(virStorageVolDef *def);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virStorageVolDef, virStorageVolDefFree);
