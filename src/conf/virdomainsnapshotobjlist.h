/*
 * virdomainsnapshotobjlist.h: the snapshots of one domain
 *
 * A forest of snapshot definitions linked by their parent names, with at
 * most one current snapshot. Plain data: it belongs to a virDomainObj and
 * is guarded by that object's lock.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stddef.h>

#include "virdomainsnapshot.h"
#include "virerror.h"

/* The filter groups of VIR_DOMAIN_SNAPSHOT_LIST_* (libvirt's internal
 * macros): within a group any set flag may match; groups are ANDed. */
#define VIR_DOMAIN_SNAPSHOT_FILTERS_METADATA                                                       \
 (VIR_DOMAIN_SNAPSHOT_LIST_METADATA | VIR_DOMAIN_SNAPSHOT_LIST_NO_METADATA)
#define VIR_DOMAIN_SNAPSHOT_FILTERS_LEAVES                                                         \
 (VIR_DOMAIN_SNAPSHOT_LIST_LEAVES | VIR_DOMAIN_SNAPSHOT_LIST_NO_LEAVES)
#define VIR_DOMAIN_SNAPSHOT_FILTERS_STATUS                                                         \
 (VIR_DOMAIN_SNAPSHOT_LIST_INACTIVE | VIR_DOMAIN_SNAPSHOT_LIST_ACTIVE |                            \
  VIR_DOMAIN_SNAPSHOT_LIST_DISK_ONLY)
#define VIR_DOMAIN_SNAPSHOT_FILTERS_LOCATION                                                       \
 (VIR_DOMAIN_SNAPSHOT_LIST_INTERNAL | VIR_DOMAIN_SNAPSHOT_LIST_EXTERNAL)
#define VIR_DOMAIN_SNAPSHOT_FILTERS_ALL                                                            \
 (VIR_DOMAIN_SNAPSHOT_FILTERS_METADATA | VIR_DOMAIN_SNAPSHOT_FILTERS_LEAVES |                      \
  VIR_DOMAIN_SNAPSHOT_FILTERS_STATUS | VIR_DOMAIN_SNAPSHOT_FILTERS_LOCATION)

typedef struct _virDomainSnapshotObjList virDomainSnapshotObjList;

/* Returns a new, empty list. Never fails. */
virDomainSnapshotObjList *virDomainSnapshotObjListNew(void);

/* Frees @list and every definition in it; NULL is fine. */
void virDomainSnapshotObjListFree(virDomainSnapshotObjList *list);

/*
 * virDomainSnapshotObjListAdd:
 * @list: the list
 * @def: the snapshot; ownership is taken on success
 *
 * Returns the definition (borrowed from @list), or NULL with
 * VIR_ERR_OPERATION_FAILED (VIR_FROM_DOMAIN) "domain moment NAME already
 * exists" (libvirt's text) and @def left to the caller.
 */
virDomainSnapshotDef *virDomainSnapshotObjListAdd(virDomainSnapshotObjList *list,
                                                  virDomainSnapshotDef *def);

/*
 * virDomainSnapshotObjListReplace:
 * Replaces the definition named like @def (which must exist) by @def,
 * taking ownership of @def. Returns the new definition (borrowed).
 */
virDomainSnapshotDef *virDomainSnapshotObjListReplace(virDomainSnapshotObjList *list,
                                                      virDomainSnapshotDef *def);

/* Returns the snapshot called @name (borrowed), or NULL (nothing reported). */
virDomainSnapshotDef *virDomainSnapshotObjListFind(virDomainSnapshotObjList *list,
                                                   const char *name);

/*
 * virDomainSnapshotObjListRemove:
 * Frees the snapshot called @name; its children keep their parent name
 * (the caller re-parents them first). The current snapshot, if removed,
 * is unset. Returns true if it was the current one.
 */
bool virDomainSnapshotObjListRemove(virDomainSnapshotObjList *list, const char *name);

/* Removes every snapshot. */
void virDomainSnapshotObjListRemoveAll(virDomainSnapshotObjList *list);

/*
 * virDomainSnapshotObjListGetCurrent / SetCurrent:
 * The current snapshot (borrowed) or NULL; setting NULL clears it. The
 * name given to SetCurrent must name a listed snapshot.
 */
virDomainSnapshotDef *virDomainSnapshotObjListGetCurrent(virDomainSnapshotObjList *list);
void virDomainSnapshotObjListSetCurrent(virDomainSnapshotObjList *list, const char *name);

/*
 * virDomainSnapshotObjListCollect:
 * @list: the list
 * @from: list the children of this snapshot (all descendants with
 *        VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS), or NULL for the whole
 *        list (only roots with VIR_DOMAIN_SNAPSHOT_LIST_ROOTS)
 * @flags: VIR_DOMAIN_SNAPSHOT_LIST_* filters; TOPOLOGICAL orders parents
 *         before their children, otherwise creation order
 *
 * Returns a new array of the matching definitions (borrowed from @list;
 * g_ptr_array_unref it). Never fails.
 */
GPtrArray *virDomainSnapshotObjListCollect(virDomainSnapshotObjList *list,
                                           const virDomainSnapshotDef *from,
                                           unsigned int flags);

/* Number of snapshots matching as virDomainSnapshotObjListCollect() would. */
int virDomainSnapshotObjListNum(virDomainSnapshotObjList *list,
                                const virDomainSnapshotDef *from,
                                unsigned int flags);

/*
 * virDomainSnapshotObjListReparentChildren:
 * Gives the children of @def the parent of @def (NULL: they become
 * roots), before @def is removed.
 */
void virDomainSnapshotObjListReparentChildren(virDomainSnapshotObjList *list,
                                              const virDomainSnapshotDef *def);

/*
 * virDomainSnapshotObjListRemoveDescendants:
 * Removes every descendant of @def (not @def). Returns true if the
 * current snapshot was one of them.
 */
bool virDomainSnapshotObjListRemoveDescendants(virDomainSnapshotObjList *list,
                                               const virDomainSnapshotDef *def);
