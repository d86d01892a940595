/*
 * libvirt-domain-snapshot.h: domain snapshots
 *
 * Do not include this file directly: include <libvirt/libvirt.h>.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#ifndef __VIR_LIBVIRT_H_INCLUDES__
# error "Don't include this file directly, only use libvirt/libvirt.h"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/*
 * A snapshot handle: names one snapshot of one domain. Reference counted
 * (virDomainSnapshotRef, virDomainSnapshotFree); it holds a reference on
 * its domain.
 */
typedef struct _virDomainSnapshot virDomainSnapshot;
typedef virDomainSnapshot *virDomainSnapshotPtr;

/* The snapshot's name (borrowed; valid while the handle is), or NULL. */
const char *virDomainSnapshotGetName(virDomainSnapshotPtr snapshot);

/* The snapshot's domain and connection (borrowed: no new reference), or NULL. */
virDomainPtr virDomainSnapshotGetDomain(virDomainSnapshotPtr snapshot);
virConnectPtr virDomainSnapshotGetConnect(virDomainSnapshotPtr snapshot);

/* Flags of virDomainSnapshotCreateXML(). */
typedef enum {
    VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE = 1 << 0,
    VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT = 1 << 1,
    VIR_DOMAIN_SNAPSHOT_CREATE_NO_METADATA = 1 << 2,
    VIR_DOMAIN_SNAPSHOT_CREATE_HALT = 1 << 3,
    VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY = 1 << 4,
    VIR_DOMAIN_SNAPSHOT_CREATE_REUSE_EXT = 1 << 5,
    VIR_DOMAIN_SNAPSHOT_CREATE_QUIESCE = 1 << 6,
    VIR_DOMAIN_SNAPSHOT_CREATE_ATOMIC = 1 << 7,
    VIR_DOMAIN_SNAPSHOT_CREATE_LIVE = 1 << 8,
    VIR_DOMAIN_SNAPSHOT_CREATE_VALIDATE = 1 << 9,
} virDomainSnapshotCreateFlags;

/*
 * Takes a snapshot of @domain described by the <domainsnapshot> XML
 * @xmlDesc. Returns a new reference, or NULL.
 */
virDomainSnapshotPtr
virDomainSnapshotCreateXML(virDomainPtr domain, const char *xmlDesc, unsigned int flags);

/* Flags of virDomainSnapshotGetXMLDesc(). */
typedef enum {
    VIR_DOMAIN_SNAPSHOT_XML_SECURE = VIR_DOMAIN_XML_SECURE,
} virDomainSnapshotXMLFlags;

/* The <domainsnapshot> XML (caller frees), or NULL. */
char *virDomainSnapshotGetXMLDesc(virDomainSnapshotPtr snapshot, unsigned int flags);

/*
 * Filters of the snapshot listing calls; groups of flags are ORed, groups
 * are ANDed. DESCENDANTS (= ROOTS) changes the meaning for the children
 * calls: all descendants instead of direct children.
 */
typedef enum {
    VIR_DOMAIN_SNAPSHOT_LIST_ROOTS = 1 << 0,
    VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS = 1 << 0,
    VIR_DOMAIN_SNAPSHOT_LIST_LEAVES = 1 << 2,
    VIR_DOMAIN_SNAPSHOT_LIST_NO_LEAVES = 1 << 3,
    VIR_DOMAIN_SNAPSHOT_LIST_METADATA = 1 << 1,
    VIR_DOMAIN_SNAPSHOT_LIST_NO_METADATA = 1 << 4,
    VIR_DOMAIN_SNAPSHOT_LIST_INACTIVE = 1 << 5,
    VIR_DOMAIN_SNAPSHOT_LIST_ACTIVE = 1 << 6,
    VIR_DOMAIN_SNAPSHOT_LIST_DISK_ONLY = 1 << 7,
    VIR_DOMAIN_SNAPSHOT_LIST_INTERNAL = 1 << 8,
    VIR_DOMAIN_SNAPSHOT_LIST_EXTERNAL = 1 << 9,
    VIR_DOMAIN_SNAPSHOT_LIST_TOPOLOGICAL = 1 << 10,
} virDomainSnapshotListFlags;

/*
 * Count and list snapshots of a domain, or children of a snapshot. The
 * Num calls return a count; ListNames fills @names with up to @nameslen
 * names the caller frees; ListAll returns a NULL-terminated array of new
 * references in *@snaps (when @snaps is not NULL). All return -1 on error.
 */
int virDomainSnapshotNum(virDomainPtr domain, unsigned int flags);
int virDomainSnapshotListNames(virDomainPtr domain, char **names, int nameslen, unsigned int flags);
int
virDomainListAllSnapshots(virDomainPtr domain, virDomainSnapshotPtr **snaps, unsigned int flags);
int virDomainSnapshotNumChildren(virDomainSnapshotPtr snapshot, unsigned int flags);
int virDomainSnapshotListChildrenNames(virDomainSnapshotPtr snapshot,
                                       char **names,
                                       int nameslen,
                                       unsigned int flags);
int virDomainSnapshotListAllChildren(virDomainSnapshotPtr snapshot,
                                     virDomainSnapshotPtr **snaps,
                                     unsigned int flags);

/*
 * Looks a snapshot up by name. Returns a new reference, or NULL with
 * VIR_ERR_NO_DOMAIN_SNAPSHOT.
 */
virDomainSnapshotPtr
virDomainSnapshotLookupByName(virDomainPtr domain, const char *name, unsigned int flags);

/* 1 if the domain has a current snapshot, 0 if not, -1 on error. */
int virDomainHasCurrentSnapshot(virDomainPtr domain, unsigned int flags);

/*
 * The current snapshot, or the parent of @snapshot: a new reference, or
 * NULL with VIR_ERR_NO_DOMAIN_SNAPSHOT when there is none.
 */
virDomainSnapshotPtr virDomainSnapshotCurrent(virDomainPtr domain, unsigned int flags);
virDomainSnapshotPtr virDomainSnapshotGetParent(virDomainSnapshotPtr snapshot, unsigned int flags);

/* 1 if @snapshot is the current one / has libvirt metadata, 0 if not, -1 on error. */
int virDomainSnapshotIsCurrent(virDomainSnapshotPtr snapshot, unsigned int flags);
int virDomainSnapshotHasMetadata(virDomainSnapshotPtr snapshot, unsigned int flags);

/* Flags of virDomainRevertToSnapshot(). */
typedef enum {
    VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING = 1 << 0,
    VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED = 1 << 1,
    VIR_DOMAIN_SNAPSHOT_REVERT_FORCE = 1 << 2,
    VIR_DOMAIN_SNAPSHOT_REVERT_RESET_NVRAM = 1 << 3,
} virDomainSnapshotRevertFlags;

/* Returns the domain to the state recorded in @snapshot. Returns 0 or -1. */
int virDomainRevertToSnapshot(virDomainSnapshotPtr snapshot, unsigned int flags);

/* Flags of virDomainSnapshotDelete(). */
typedef enum {
    VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN = 1 << 0,
    VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY = 1 << 1,
    VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY = 1 << 2,
} virDomainSnapshotDeleteFlags;

/* Deletes @snapshot (and, with flags, its children). Returns 0 or -1. */
int virDomainSnapshotDelete(virDomainSnapshotPtr snapshot, unsigned int flags);

/* Take or drop a reference on a snapshot handle. Return 0 or -1. */
int virDomainSnapshotRef(virDomainSnapshotPtr snapshot);
int virDomainSnapshotFree(virDomainSnapshotPtr snapshot);

#ifdef __cplusplus
}
#endif
