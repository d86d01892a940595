/*
 * virdomainfs.h: <filesystem> devices
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virbuffer.h"
#include "virconftypes.h"
#include "virdeviceinfo.h"
#include "virdomainvirtio.h"
#include "virenum.h"
#include "virxml.h"

/* <filesystem type='...'> */
typedef enum {
    VIR_DOMAIN_FS_TYPE_MOUNT = 0,
    VIR_DOMAIN_FS_TYPE_BLOCK,
    VIR_DOMAIN_FS_TYPE_FILE,
    VIR_DOMAIN_FS_TYPE_TEMPLATE,
    VIR_DOMAIN_FS_TYPE_RAM,
    VIR_DOMAIN_FS_TYPE_BIND,
    VIR_DOMAIN_FS_TYPE_VOLUME,

    VIR_DOMAIN_FS_TYPE_LAST
} virDomainFSType;
VIR_ENUM_DECL(virDomainFS);

/* <driver type='...'> */
typedef enum {
    VIR_DOMAIN_FS_DRIVER_TYPE_DEFAULT = 0,
    VIR_DOMAIN_FS_DRIVER_TYPE_PATH,
    VIR_DOMAIN_FS_DRIVER_TYPE_HANDLE,
    VIR_DOMAIN_FS_DRIVER_TYPE_LOOP,
    VIR_DOMAIN_FS_DRIVER_TYPE_NBD,
    VIR_DOMAIN_FS_DRIVER_TYPE_PLOOP,
    VIR_DOMAIN_FS_DRIVER_TYPE_VIRTIOFS,

    VIR_DOMAIN_FS_DRIVER_TYPE_LAST
} virDomainFSDriverType;
VIR_ENUM_DECL(virDomainFSDriver);

/* accessmode= */
typedef enum {
    VIR_DOMAIN_FS_ACCESSMODE_DEFAULT = 0,
    VIR_DOMAIN_FS_ACCESSMODE_PASSTHROUGH,
    VIR_DOMAIN_FS_ACCESSMODE_MAPPED,
    VIR_DOMAIN_FS_ACCESSMODE_SQUASH,

    VIR_DOMAIN_FS_ACCESSMODE_LAST
} virDomainFSAccessMode;
VIR_ENUM_DECL(virDomainFSAccessMode);

/* <driver wrpolicy='...'> */
typedef enum {
    VIR_DOMAIN_FS_WRPOLICY_DEFAULT = 0,
    VIR_DOMAIN_FS_WRPOLICY_IMMEDIATE,

    VIR_DOMAIN_FS_WRPOLICY_LAST
} virDomainFSWrpolicy;
VIR_ENUM_DECL(virDomainFSWrpolicy);

/* model= */
typedef enum {
    VIR_DOMAIN_FS_MODEL_DEFAULT = 0,
    VIR_DOMAIN_FS_MODEL_VIRTIO,
    VIR_DOMAIN_FS_MODEL_VIRTIO_TRANSITIONAL,
    VIR_DOMAIN_FS_MODEL_VIRTIO_NON_TRANSITIONAL,

    VIR_DOMAIN_FS_MODEL_LAST
} virDomainFSModel;
VIR_ENUM_DECL(virDomainFSModel);

/* multidevs= */
typedef enum {
    VIR_DOMAIN_FS_MULTIDEVS_DEFAULT = 0,
    VIR_DOMAIN_FS_MULTIDEVS_REMAP,
    VIR_DOMAIN_FS_MULTIDEVS_FORBID,
    VIR_DOMAIN_FS_MULTIDEVS_WARN,

    VIR_DOMAIN_FS_MULTIDEVS_LAST
} virDomainFSMultidevs;
VIR_ENUM_DECL(virDomainFSMultidevs);

/* <binary><cache mode='...'> */
typedef enum {
    VIR_DOMAIN_FS_CACHE_MODE_DEFAULT = 0,
    VIR_DOMAIN_FS_CACHE_MODE_NONE,
    VIR_DOMAIN_FS_CACHE_MODE_ALWAYS,

    VIR_DOMAIN_FS_CACHE_MODE_LAST
} virDomainFSCacheMode;
VIR_ENUM_DECL(virDomainFSCacheMode);

/* <binary><sandbox mode='...'> */
typedef enum {
    VIR_DOMAIN_FS_SANDBOX_MODE_DEFAULT = 0,
    VIR_DOMAIN_FS_SANDBOX_MODE_NAMESPACE,
    VIR_DOMAIN_FS_SANDBOX_MODE_CHROOT,

    VIR_DOMAIN_FS_SANDBOX_MODE_LAST
} virDomainFSSandboxMode;
VIR_ENUM_DECL(virDomainFSSandboxMode);

struct _virDomainFSDef {
    int type;                            /* virDomainFSType */
    int fsdriver;                        /* virDomainFSDriverType */
    int accessmode;                      /* virDomainFSAccessMode */
    int format;                          /* <driver format=...>: virStorageFileFormat */
    int wrpolicy;                        /* virDomainFSWrpolicy */
    int model;                           /* virDomainFSModel */
    int multidevs;                       /* virDomainFSMultidevs */
    unsigned long long usage;            /* type='ram' size, bytes */
    char *src;                           /* <source dir/file/dev/name>, owned */
    char *sock;                          /* <source socket=...> (virtiofs) */
    char *srcpool;                       /* type='volume' <source pool=...> */
    char *srcvolume;                     /* type='volume' <source volume=...> */
    char *dst;                           /* <target dir=...> */
    bool readonly;                       /* <readonly/> */
    unsigned long long space_hard_limit; /* bytes */
    unsigned long long space_soft_limit; /* bytes */
    unsigned int fmode;                  /* 0 = absent */
    unsigned int dmode;                  /* 0 = absent */
    unsigned long long queue_size;       /* virtiofs <driver queue=...> */
    virDomainVirtioOptions virtio;
    /* virtiofs <binary> */
    char *binary; /* path= (sanitized) */
    virTristateSwitch xattr;
    int cache;   /* virDomainFSCacheMode */
    int sandbox; /* virDomainFSSandboxMode */
    virTristateSwitch posix_lock;
    virTristateSwitch flock;
    int thread_pool_size; /* -1 = absent */
    virDomainDeviceInfo info;
};

/*
 * virDomainFSDefParseXML:
 * @ctxt: XPath context (node changed and restored)
 * @node: the <filesystem> element
 * @def: the domain being parsed (unused, may be NULL)
 * @flags: virDomainDefParseFlags
 *
 * Returns a new filesystem, or NULL with an error (libvirt's codes, e.g.
 * VIR_ERR_NO_SOURCE / VIR_ERR_NO_TARGET).
 */
virDomainFSDef *virDomainFSDefParseXML(xmlXPathContextPtr ctxt,
                                       xmlNodePtr node,
                                       virDomainDef *def,
                                       unsigned int flags);

/* Writes <filesystem>...</filesystem> at @buf's indentation. Returns 0 or
 * -1 with VIR_ERR_INTERNAL_ERROR for an unknown type. */
int virDomainFSDefFormat(virBuffer *buf,
                         const virDomainFSDef *fs,
                         const virDomainDef *def,
                         unsigned int flags);

/* Frees @fs and what it owns; accepts NULL. */
void virDomainFSDefFree(virDomainFSDef *fs);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainFSDef, virDomainFSDefFree);

/* Post-parse: accessmode defaults to passthrough unless the source is a
 * socket. Returns 0. */
int virDomainFSDefPostParse(virDomainFSDef *fs, virDomainDef *def);

/* Validation: boot order only for virtiofs. Returns 0 or -1 with an error. */
int virDomainFSDefValidate(const virDomainFSDef *fs, const virDomainDef *def);
