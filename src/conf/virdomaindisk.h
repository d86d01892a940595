/*
 * virdomaindisk.h: <disk> devices (the storage source is in
 * virdomaindisksource.h)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virbuffer.h"
#include "virconftypes.h"
#include "virdeviceinfo.h"
#include "virdomaindisksource.h"
#include "virdomainvirtio.h"
#include "virenum.h"
#include "virxml.h"

/* <disk device='...'> */
typedef enum {
    VIR_DOMAIN_DISK_DEVICE_DISK = 0,
    VIR_DOMAIN_DISK_DEVICE_CDROM,
    VIR_DOMAIN_DISK_DEVICE_FLOPPY,
    VIR_DOMAIN_DISK_DEVICE_LUN,

    VIR_DOMAIN_DISK_DEVICE_LAST
} virDomainDiskDevice;
VIR_ENUM_DECL(virDomainDiskDevice);

/* <target bus='...'> */
typedef enum {
    VIR_DOMAIN_DISK_BUS_NONE = 0,
    VIR_DOMAIN_DISK_BUS_IDE,
    VIR_DOMAIN_DISK_BUS_FDC,
    VIR_DOMAIN_DISK_BUS_SCSI,
    VIR_DOMAIN_DISK_BUS_VIRTIO,
    VIR_DOMAIN_DISK_BUS_XEN,
    VIR_DOMAIN_DISK_BUS_USB,
    VIR_DOMAIN_DISK_BUS_UML,
    VIR_DOMAIN_DISK_BUS_SATA,
    VIR_DOMAIN_DISK_BUS_SD,

    VIR_DOMAIN_DISK_BUS_LAST
} virDomainDiskBus;
VIR_ENUM_DECL(virDomainDiskBus);

/* <disk model='...'> */
typedef enum {
    VIR_DOMAIN_DISK_MODEL_DEFAULT = 0,
    VIR_DOMAIN_DISK_MODEL_VIRTIO,
    VIR_DOMAIN_DISK_MODEL_VIRTIO_TRANSITIONAL,
    VIR_DOMAIN_DISK_MODEL_VIRTIO_NON_TRANSITIONAL,

    VIR_DOMAIN_DISK_MODEL_LAST
} virDomainDiskModel;
VIR_ENUM_DECL(virDomainDiskModel);

/* <driver cache='...'> */
typedef enum {
    VIR_DOMAIN_DISK_CACHE_DEFAULT = 0,
    VIR_DOMAIN_DISK_CACHE_DISABLE,
    VIR_DOMAIN_DISK_CACHE_WRITETHRU,
    VIR_DOMAIN_DISK_CACHE_WRITEBACK,
    VIR_DOMAIN_DISK_CACHE_DIRECTSYNC,
    VIR_DOMAIN_DISK_CACHE_UNSAFE,

    VIR_DOMAIN_DISK_CACHE_LAST
} virDomainDiskCache;
VIR_ENUM_DECL(virDomainDiskCache);

/* <driver error_policy='...' rerror_policy='...'> */
typedef enum {
    VIR_DOMAIN_DISK_ERROR_POLICY_DEFAULT = 0,
    VIR_DOMAIN_DISK_ERROR_POLICY_STOP,
    VIR_DOMAIN_DISK_ERROR_POLICY_REPORT,
    VIR_DOMAIN_DISK_ERROR_POLICY_IGNORE,
    VIR_DOMAIN_DISK_ERROR_POLICY_ENOSPACE,

    VIR_DOMAIN_DISK_ERROR_POLICY_LAST
} virDomainDiskErrorPolicy;
VIR_ENUM_DECL(virDomainDiskErrorPolicy);

/* <driver io='...'> */
typedef enum {
    VIR_DOMAIN_DISK_IO_DEFAULT = 0,
    VIR_DOMAIN_DISK_IO_NATIVE,
    VIR_DOMAIN_DISK_IO_THREADS,
    VIR_DOMAIN_DISK_IO_URING,

    VIR_DOMAIN_DISK_IO_LAST
} virDomainDiskIo;
VIR_ENUM_DECL(virDomainDiskIo);

/* <driver discard='...'> */
typedef enum {
    VIR_DOMAIN_DISK_DISCARD_DEFAULT = 0,
    VIR_DOMAIN_DISK_DISCARD_UNMAP,
    VIR_DOMAIN_DISK_DISCARD_IGNORE,

    VIR_DOMAIN_DISK_DISCARD_LAST
} virDomainDiskDiscard;
VIR_ENUM_DECL(virDomainDiskDiscard);

/* <driver detect_zeroes='...'> */
typedef enum {
    VIR_DOMAIN_DISK_DETECT_ZEROES_DEFAULT = 0,
    VIR_DOMAIN_DISK_DETECT_ZEROES_OFF,
    VIR_DOMAIN_DISK_DETECT_ZEROES_ON,
    VIR_DOMAIN_DISK_DETECT_ZEROES_UNMAP,

    VIR_DOMAIN_DISK_DETECT_ZEROES_LAST
} virDomainDiskDetectZeroes;
VIR_ENUM_DECL(virDomainDiskDetectZeroes);

/* <disk snapshot='...'> */
typedef enum {
    VIR_DOMAIN_SNAPSHOT_LOCATION_DEFAULT = 0,
    VIR_DOMAIN_SNAPSHOT_LOCATION_NO,
    VIR_DOMAIN_SNAPSHOT_LOCATION_INTERNAL,
    VIR_DOMAIN_SNAPSHOT_LOCATION_EXTERNAL,
    VIR_DOMAIN_SNAPSHOT_LOCATION_MANUAL,

    VIR_DOMAIN_SNAPSHOT_LOCATION_LAST
} virDomainSnapshotLocation;
VIR_ENUM_DECL(virDomainSnapshotLocation);

/* startupPolicy= of disk sources and USB/PCI hostdevs */
typedef enum {
    VIR_DOMAIN_STARTUP_POLICY_DEFAULT = 0,
    VIR_DOMAIN_STARTUP_POLICY_MANDATORY,
    VIR_DOMAIN_STARTUP_POLICY_REQUISITE,
    VIR_DOMAIN_STARTUP_POLICY_OPTIONAL,

    VIR_DOMAIN_STARTUP_POLICY_LAST
} virDomainStartupPolicy;
VIR_ENUM_DECL(virDomainStartupPolicy);

/* sgio= of lun disks and scsi hostdevs */
typedef enum {
    VIR_DOMAIN_DEVICE_SGIO_DEFAULT = 0,
    VIR_DOMAIN_DEVICE_SGIO_FILTERED,
    VIR_DOMAIN_DEVICE_SGIO_UNFILTERED,

    VIR_DOMAIN_DEVICE_SGIO_LAST
} virDomainDeviceSGIO;
VIR_ENUM_DECL(virDomainDeviceSGIO);

/* <target tray='...'> */
typedef enum {
    VIR_DOMAIN_DISK_TRAY_CLOSED = 0,
    VIR_DOMAIN_DISK_TRAY_OPEN,

    VIR_DOMAIN_DISK_TRAY_LAST
} virDomainDiskTray;
VIR_ENUM_DECL(virDomainDiskTray);

/* <geometry trans='...'> */
typedef enum {
    VIR_DOMAIN_DISK_TRANS_DEFAULT = 0,
    VIR_DOMAIN_DISK_TRANS_NONE,
    VIR_DOMAIN_DISK_TRANS_AUTO,
    VIR_DOMAIN_DISK_TRANS_LBA,

    VIR_DOMAIN_DISK_TRANS_LAST
} virDomainDiskGeometryTrans;
VIR_ENUM_DECL(virDomainDiskGeometryTrans);

/* <iotune>: every value 0 when absent */
typedef struct _virDomainBlockIoTuneInfo virDomainBlockIoTuneInfo;
struct _virDomainBlockIoTuneInfo {
    unsigned long long total_bytes_sec;
    unsigned long long read_bytes_sec;
    unsigned long long write_bytes_sec;
    unsigned long long total_iops_sec;
    unsigned long long read_iops_sec;
    unsigned long long write_iops_sec;
    unsigned long long total_bytes_sec_max;
    unsigned long long read_bytes_sec_max;
    unsigned long long write_bytes_sec_max;
    unsigned long long total_iops_sec_max;
    unsigned long long read_iops_sec_max;
    unsigned long long write_iops_sec_max;
    unsigned long long size_iops_sec;
    char *group_name;
    unsigned long long total_bytes_sec_max_length;
    unsigned long long read_bytes_sec_max_length;
    unsigned long long write_bytes_sec_max_length;
    unsigned long long total_iops_sec_max_length;
    unsigned long long read_iops_sec_max_length;
    unsigned long long write_iops_sec_max_length;
};

/* Generic disk device. */
struct _virDomainDiskDef {
    virStorageSource *src; /* never NULL after parse */
    int device;            /* virDomainDiskDevice */
    int bus;               /* virDomainDiskBus; NONE until post-parse when absent */
    char *dst;             /* <target dev='vda'>, owned */
    int model;             /* virDomainDiskModel */
    int tray_status;       /* virDomainDiskTray */
    virTristateSwitch removable;
    unsigned int rotation_rate;            /* rpm, 0 = absent */
    char *serial;                          /* <serial> */
    char *wwn;                             /* <wwn> */
    char *vendor;                          /* <vendor> */
    char *product;                         /* <product> */
    char *domain_name;                     /* <backenddomain name=...> */
    bool transient;                        /* <transient/> */
    virTristateBool transientShareBacking; /* <transient shareBacking=...> */
    int snapshot;                          /* virDomainSnapshotLocation */
    int startupPolicy;                     /* virDomainStartupPolicy (<source startupPolicy=...>) */
    virTristateBool rawio;                 /* rawio= */
    int sgio;                              /* virDomainDeviceSGIO */
    bool diskElementAuth;                  /* <auth> was a child of <disk>, not of <source> */
    bool diskElementEnc;                   /* <encryption> was a child of <disk> */
    /* <driver ...> */
    char *driverName;
    int cachemode;     /* virDomainDiskCache */
    int error_policy;  /* virDomainDiskErrorPolicy */
    int rerror_policy; /* virDomainDiskErrorPolicy */
    int iomode;        /* virDomainDiskIo */
    virTristateSwitch ioeventfd;
    virTristateSwitch event_idx;
    virTristateSwitch copy_on_read;
    int discard;                   /* virDomainDiskDiscard */
    unsigned int iothread;         /* 0 = absent */
    int detect_zeroes;             /* virDomainDiskDetectZeroes */
    unsigned int queues;           /* 0 = absent */
    unsigned int queue_size;       /* 0 = absent */
    virDomainVirtioOptions virtio; /* iommu/ats/packed/page_per_vq */
    /* <geometry cyls= heads= secs= trans=/> */
    unsigned int geometry_cylinders;
    unsigned int geometry_heads;
    unsigned int geometry_sectors;
    int geometry_trans; /* virDomainDiskGeometryTrans */
    /* <blockio logical_block_size= physical_block_size=/>, bytes */
    unsigned int blockio_logical;
    unsigned int blockio_physical;
    virDomainBlockIoTuneInfo iotune; /* <iotune> */
    virDomainDeviceInfo info;
};

/*
 * virDomainDiskDefParseXML:
 * @ctxt: XPath context (node changed and restored)
 * @node: the <disk> element
 * @def: the domain being parsed (for context, not modified)
 * @flags: virDomainDefParseFlags
 *
 * Returns a new disk, or NULL with an error reported.
 */
virDomainDiskDef *virDomainDiskDefParseXML(xmlXPathContextPtr ctxt,
                                           xmlNodePtr node,
                                           virDomainDef *def,
                                           unsigned int flags);

/* Writes <disk>...</disk> at @buf's indentation. Returns 0 or -1 with an error. */
int virDomainDiskDefFormat(virBuffer *buf,
                           const virDomainDiskDef *disk,
                           const virDomainDef *def,
                           unsigned int flags);

/* Frees @disk, its storage source chain and what it owns; accepts NULL. */
void virDomainDiskDefFree(virDomainDiskDef *disk);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainDiskDef, virDomainDiskDefFree);

/*
 * virDomainDiskDefPostParse:
 * @disk: a parsed disk of @def
 * @def: the domain
 *
 * libvirt's disk post-parse: strips "ioemu:" from the target, sets the
 * default bus from the device and target prefix, makes cdroms read-only,
 * snapshot='no' for read-only and vhost-user disks, iscsi names get a
 * "/0" LUN, default network ports, NVMe managed='yes', copies the iotune
 * of another disk of the same group, and assigns the drive address of a
 * disk without one (virDomainDiskDefAssignAddress).
 * Returns 0 or -1 with an error.
 */
int virDomainDiskDefPostParse(virDomainDiskDef *disk, virDomainDef *def);

/*
 * virDomainDiskDefValidate:
 * Per-disk checks of libvirt's generic validation (target names vs.
 * device and bus, lun/rawio/sgio, tray/removable, virtio-only driver
 * attributes, startupPolicy, vhost-user restrictions, source chain...).
 * Returns 0 or -1 with an error (libvirt's codes).
 */
int virDomainDiskDefValidate(const virDomainDiskDef *disk, const virDomainDef *def);

/*
 * virDomainDiskDefsValidate:
 * Checks across all disks of @def: duplicate targets and duplicate drive
 * addresses. Returns 0 or -1 with an error.
 */
int virDomainDiskDefsValidate(const virDomainDef *def);

/*
 * virDomainDiskInsert:
 * @def: the domain
 * @disk: the disk (ownership taken)
 *
 * Inserts @disk into def->disks where libvirt's parser puts it: after the
 * disks of the same bus with a lower or equal target index, before the
 * first one with a higher index, else at the end. Never fails.
 */
void virDomainDiskInsert(virDomainDef *def, virDomainDiskDef *disk);

/*
 * virDomainDiskIndexByName:
 * Returns the index in def->disks of the disk whose target is @name, or
 * -1.
 */
int virDomainDiskIndexByName(const virDomainDef *def, const char *name);
