/*
 * virstoragepoolconf.h: the storage pool XML model (<pool>)
 *
 * Parses and formats pool definitions as libvirt 9.0 does
 * (docs/formatstorage.rst, schema storagepool.rng): per-type source
 * elements and defaults (netfs format 'auto', logical format 'lvm2' and
 * source name, gluster dir '/', generated target paths of logical and
 * zfs pools), fixed child order, and libvirt's error codes and messages.
 *
 * Also home of <permissions>, which volumes share.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <sys/types.h>

#include "internal.h"
#include "virbuffer.h"
#include "virenum.h"
#include "virstorageadapter.h"
#include "virstorageencryption.h"
#include "viruuid.h"
#include "virxml.h"

/* <pool type='...'>; values match libvirt's internal enum */
typedef enum {
    VIR_STORAGE_POOL_DIR = 0,
    VIR_STORAGE_POOL_FS,
    VIR_STORAGE_POOL_NETFS,
    VIR_STORAGE_POOL_LOGICAL,
    VIR_STORAGE_POOL_DISK,
    VIR_STORAGE_POOL_ISCSI,
    VIR_STORAGE_POOL_ISCSI_DIRECT,
    VIR_STORAGE_POOL_SCSI,
    VIR_STORAGE_POOL_MPATH,
    VIR_STORAGE_POOL_RBD,
    VIR_STORAGE_POOL_SHEEPDOG,
    VIR_STORAGE_POOL_GLUSTER,
    VIR_STORAGE_POOL_ZFS,
    VIR_STORAGE_POOL_VSTORAGE,

    VIR_STORAGE_POOL_LAST
} virStoragePoolType;
VIR_ENUM_DECL(virStoragePool);

/* <source><format type='...'> of fs pools */
typedef enum {
    VIR_STORAGE_POOL_FS_AUTO = 0,
    VIR_STORAGE_POOL_FS_EXT2,
    VIR_STORAGE_POOL_FS_EXT3,
    VIR_STORAGE_POOL_FS_EXT4,
    VIR_STORAGE_POOL_FS_UFS,
    VIR_STORAGE_POOL_FS_ISO,
    VIR_STORAGE_POOL_FS_UDF,
    VIR_STORAGE_POOL_FS_GFS,
    VIR_STORAGE_POOL_FS_GFS2,
    VIR_STORAGE_POOL_FS_VFAT,
    VIR_STORAGE_POOL_FS_HFSPLUS,
    VIR_STORAGE_POOL_FS_XFS,
    VIR_STORAGE_POOL_FS_OCFS2,
    VIR_STORAGE_POOL_FS_VMFS,

    VIR_STORAGE_POOL_FS_LAST
} virStoragePoolFormatFileSystem;
VIR_ENUM_DECL(virStoragePoolFormatFileSystem);

/* <source><format type='...'> of netfs pools */
typedef enum {
    VIR_STORAGE_POOL_NETFS_AUTO = 0,
    VIR_STORAGE_POOL_NETFS_NFS,
    VIR_STORAGE_POOL_NETFS_GLUSTERFS,
    VIR_STORAGE_POOL_NETFS_CIFS,

    VIR_STORAGE_POOL_NETFS_LAST
} virStoragePoolFormatFileSystemNet;
VIR_ENUM_DECL(virStoragePoolFormatFileSystemNet);

/* <source><format type='...'> of disk pools (partition table) */
typedef enum {
    VIR_STORAGE_POOL_DISK_UNKNOWN = 0,
    VIR_STORAGE_POOL_DISK_DOS,
    VIR_STORAGE_POOL_DISK_DVH,
    VIR_STORAGE_POOL_DISK_GPT,
    VIR_STORAGE_POOL_DISK_MAC,
    VIR_STORAGE_POOL_DISK_BSD,
    VIR_STORAGE_POOL_DISK_PC98,
    VIR_STORAGE_POOL_DISK_SUN,
    VIR_STORAGE_POOL_DISK_LVM2,

    VIR_STORAGE_POOL_DISK_LAST
} virStoragePoolFormatDisk;
VIR_ENUM_DECL(virStoragePoolFormatDisk);

/* <source><format type='...'> of logical pools */
typedef enum {
    VIR_STORAGE_POOL_LOGICAL_UNKNOWN = 0,
    VIR_STORAGE_POOL_LOGICAL_LVM2,

    VIR_STORAGE_POOL_LOGICAL_LAST
} virStoragePoolFormatLogical;
VIR_ENUM_DECL(virStoragePoolFormatLogical);

/* <refresh><volume allocation='...'/></refresh> */
typedef enum {
    VIR_STORAGE_VOL_DEF_REFRESH_ALLOCATION_DEFAULT = 0,
    VIR_STORAGE_VOL_DEF_REFRESH_ALLOCATION_CAPACITY,

    VIR_STORAGE_VOL_DEF_REFRESH_ALLOCATION_LAST
} virStorageVolDefRefreshAllocation;
VIR_ENUM_DECL(virStorageVolDefRefreshAllocation);

/* <permissions> of a pool target, a volume target or a backing store */
typedef struct _virStoragePerms virStoragePerms;
struct _virStoragePerms {
    mode_t mode; /* permission bits (<= 0777), (mode_t)-1 when absent */
    uid_t uid;   /* owner, (uid_t)-1 when absent */
    gid_t gid;   /* group, (gid_t)-1 when absent */
    char *label; /* MAC label, owned, NULL when absent */
};

/* <host name='...' port='...'/> */
typedef struct _virStoragePoolSourceHost virStoragePoolSourceHost;
struct _virStoragePoolSourceHost {
    char *name; /* owned */
    int port;   /* 0 when absent; written only when non-zero */
};

/* <freeExtent start='...' end='...'/> (output only, filled by drivers) */
typedef struct _virStoragePoolSourceDeviceExtent virStoragePoolSourceDeviceExtent;
struct _virStoragePoolSourceDeviceExtent {
    unsigned long long start; /* bytes */
    unsigned long long end;   /* bytes */
};

/* <device path='...' part_separator='yes|no'> */
typedef struct _virStoragePoolSourceDevice virStoragePoolSourceDevice;
struct _virStoragePoolSourceDevice {
    char *path;                     /* owned */
    virTristateBool part_separator; /* ABSENT when not given */
    size_t nfreeExtent;
    virStoragePoolSourceDeviceExtent *freeExtents; /* owned array */
};

/* <source> of a pool; which parts are written depends on the pool type */
typedef struct _virStoragePoolSource virStoragePoolSource;
struct _virStoragePoolSource {
    size_t nhost;
    virStoragePoolSourceHost *hosts; /* owned array */
    size_t ndevice;
    virStoragePoolSourceDevice *devices; /* owned array */
    char *dir;                           /* <dir path='...'/>, owned */
    virStorageAdapter adapter;
    char *name;              /* <name> (VG, RBD pool, ...), owned */
    char *initiatorIqn;      /* <initiator><iqn name='...'/>, owned */
    virStorageAuthDef *auth; /* owned, NULL when absent */
    char *vendor;            /* <vendor name='...'/>, owned */
    char *product;           /* <product name='...'/>, owned */
    int format;              /* virStoragePoolFormat* enum of the pool type */
    char *protocolVer;       /* <protocol ver='...'/> as written, owned */
};

/* <target> of a pool */
typedef struct _virStoragePoolTarget virStoragePoolTarget;
struct _virStoragePoolTarget {
    char *path; /* sanitized, owned; NULL for network pools */
    virStoragePerms perms;
};

typedef struct _virStoragePoolDef virStoragePoolDef;
struct _virStoragePoolDef {
    char *name;                          /* owned */
    unsigned char uuid[VIR_UUID_BUFLEN]; /* generated when absent */
    virStoragePoolType type;

    /* runtime sizes in bytes: never parsed, always written */
    unsigned long long capacity;
    unsigned long long allocation;
    unsigned long long available;

    virTristateBool featureCow; /* <features><cow state=...> */
    bool hasRefresh;            /* <refresh><volume allocation=...> given */
    virStorageVolDefRefreshAllocation refreshVolAlloc;

    virStoragePoolSource source;
    virStoragePoolTarget target;

    /* namespaced extensions, parsed only with
     * VIR_STORAGE_POOL_DEF_PARSE_NAMESPACES */
    size_t nmountOpts;
    char **mountOpts; /* fs/netfs <fs:option name=...>, owned */
    size_t nrbdOpts;
    char **rbdOptNames;  /* rbd <rbd:option name=...>, owned */
    char **rbdOptValues; /* ... value=..., owned */
};

typedef enum {
    /* validate against storagepool.rng first (the value of the public
     * VIR_STORAGE_POOL_DEFINE_VALIDATE) */
    VIR_STORAGE_POOL_DEF_PARSE_VALIDATE = 1 << 0,
    /* parse <fs:mount_opts> (fs, netfs) and <rbd:config_opts> (rbd), as
     * libvirt's storage driver does; libvirt's test driver has no such
     * namespaces and ignores those elements, which is the default */
    VIR_STORAGE_POOL_DEF_PARSE_NAMESPACES = 1 << 1,
} virStoragePoolDefParseFlags;

#define VIR_STORAGE_POOL_FS_NAMESPACE_HREF "http://libvirt.org/schemas/storagepool/fs/1.0"
#define VIR_STORAGE_POOL_RBD_NAMESPACE_HREF "http://libvirt.org/schemas/storagepool/rbd/1.0"

/*
 * virStoragePoolDefParseString:
 * @xml: the document
 * @flags: virStoragePoolDefParseFlags
 *
 * Parses a <pool> document. Errors as libvirt (domain VIR_FROM_STORAGE
 * unless noted): malformed XML or wrong root (virxml); VIR_ERR_XML_ERROR
 * for missing name/source/target parts, bad uuid, permissions, adapter;
 * VIR_ERR_CONFIG_UNSUPPORTED for unknown formats and auth types, missing
 * initiator IQN of iscsi-direct pools.
 *
 * Returns a new definition (free with virStoragePoolDefFree), or NULL
 * with an error reported.
 */
virStoragePoolDef *virStoragePoolDefParseString(const char *xml, unsigned int flags);

/*
 * virStoragePoolDefParseNode:
 * @ctxt: XPath context of the document (its node is changed and restored)
 * @node: the <pool> element
 * @flags: virStoragePoolDefParseFlags
 *
 * As virStoragePoolDefParseString() for an already parsed document.
 */
virStoragePoolDef *
virStoragePoolDefParseNode(xmlXPathContextPtr ctxt, xmlNodePtr node, unsigned int flags);

/*
 * virStoragePoolDefFormat:
 * @def: the definition
 * @flags: unused, pass 0
 *
 * Returns the <pool> document as a new string, or NULL with
 * VIR_ERR_INTERNAL_ERROR when @def holds an out-of-range enum value.
 */
char *virStoragePoolDefFormat(const virStoragePoolDef *def, unsigned int flags);

/* Appends the <pool> document to @buf. Returns 0 or -1 (as above). */
int virStoragePoolDefFormatBuf(virBuffer *buf, const virStoragePoolDef *def, unsigned int flags);

/* Frees @def and everything it owns; accepts NULL. */
void virStoragePoolDefFree(virStoragePoolDef *def);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virStoragePoolDef, virStoragePoolDefFree);

/*
 * virStoragePoolDefValidate:
 * The semantic rules libvirt checks while parsing (required source parts
 * per type, adapter consistency); virStoragePoolDefParse* already ran
 * them. Returns 0, or -1 with the error libvirt reports.
 */
int virStoragePoolDefValidate(const virStoragePoolDef *def);

/*
 * virStoragePoolDefFormatSourceBuf:
 * @buf: output buffer
 * @type: the pool type deciding which source parts are written
 * @src: the source
 *
 * Writes one <source> element (also used by the pool source discovery
 * API's <sources> document). Returns 0, or -1 with an error.
 */
int virStoragePoolDefFormatSourceBuf(virBuffer *buf,
                                     virStoragePoolType type,
                                     const virStoragePoolSource *src);

/* Frees what @source owns and zeroes it (@source itself is not freed). */
void virStoragePoolSourceClear(virStoragePoolSource *source);

/*
 * virStoragePermsParse:
 * @ctxt: XPath context (its node is changed and restored)
 * @xpath: location of the <permissions> element, e.g.
 *         "./target/permissions"
 * @perms: filled in; all fields "absent" when there is no element
 *
 * Errors (VIR_ERR_XML_ERROR): "malformed octal mode" (not octal or
 * > 0777), "malformed owner element", "malformed group element" (not a
 * decimal integer that fits uid_t/gid_t, or -1).
 *
 * Returns 0, or -1 with an error reported.
 */
int virStoragePermsParse(xmlXPathContextPtr ctxt, const char *xpath, virStoragePerms *perms);

/*
 * virStoragePermsFormat:
 * Writes <permissions> with mode (octal, leading 0), owner, group, label
 * when any of them is set; nothing otherwise.
 */
void virStoragePermsFormat(virBuffer *buf, const virStoragePerms *perms);

/* Frees the label of @perms and marks every field absent. */
void virStoragePermsClear(virStoragePerms *perms);
