/*
 * virdomainobjlist.h: the domains of a driver, keyed by UUID and name
 *
 * Lookups return the domain object locked and with a new reference
 * (release with virDomainObjEndAPI()); objects being removed are not
 * found. The list's own lock is a leaf (virobjlist.h), so functions that
 * take a locked domain (remove, rename) may call in.
 *
 * Order: virDomainObjListCollect() and virDomainObjListGetInactiveNames()
 * return domains in the order they were added; virDomainObjListGetActiveIDs()
 * returns ascending ids. libvirt walks a hash table seeded at random per
 * process, so its order is arbitrary (virsh sorts what it prints); ours is
 * deterministic.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stddef.h>

#include "virdomainobj.h"

/* The filter groups of VIR_CONNECT_LIST_DOMAINS_* (libvirt's internal
 * macros): within a group any set flag may match; groups are ANDed. */
#define VIR_CONNECT_LIST_DOMAINS_FILTERS_ACTIVE                                                    \
 (VIR_CONNECT_LIST_DOMAINS_ACTIVE | VIR_CONNECT_LIST_DOMAINS_INACTIVE)
#define VIR_CONNECT_LIST_DOMAINS_FILTERS_PERSISTENT                                                \
 (VIR_CONNECT_LIST_DOMAINS_PERSISTENT | VIR_CONNECT_LIST_DOMAINS_TRANSIENT)
#define VIR_CONNECT_LIST_DOMAINS_FILTERS_STATE                                                     \
 (VIR_CONNECT_LIST_DOMAINS_RUNNING | VIR_CONNECT_LIST_DOMAINS_PAUSED |                             \
  VIR_CONNECT_LIST_DOMAINS_SHUTOFF | VIR_CONNECT_LIST_DOMAINS_OTHER)
#define VIR_CONNECT_LIST_DOMAINS_FILTERS_MANAGEDSAVE                                               \
 (VIR_CONNECT_LIST_DOMAINS_MANAGEDSAVE | VIR_CONNECT_LIST_DOMAINS_NO_MANAGEDSAVE)
#define VIR_CONNECT_LIST_DOMAINS_FILTERS_AUTOSTART                                                 \
 (VIR_CONNECT_LIST_DOMAINS_AUTOSTART | VIR_CONNECT_LIST_DOMAINS_NO_AUTOSTART)
#define VIR_CONNECT_LIST_DOMAINS_FILTERS_SNAPSHOT                                                  \
 (VIR_CONNECT_LIST_DOMAINS_HAS_SNAPSHOT | VIR_CONNECT_LIST_DOMAINS_NO_SNAPSHOT)
#define VIR_CONNECT_LIST_DOMAINS_FILTERS_CHECKPOINT                                                \
 (VIR_CONNECT_LIST_DOMAINS_HAS_CHECKPOINT | VIR_CONNECT_LIST_DOMAINS_NO_CHECKPOINT)
#define VIR_CONNECT_LIST_DOMAINS_FILTERS_ALL                                                       \
 (VIR_CONNECT_LIST_DOMAINS_FILTERS_ACTIVE | VIR_CONNECT_LIST_DOMAINS_FILTERS_PERSISTENT |          \
  VIR_CONNECT_LIST_DOMAINS_FILTERS_STATE | VIR_CONNECT_LIST_DOMAINS_FILTERS_MANAGEDSAVE |          \
  VIR_CONNECT_LIST_DOMAINS_FILTERS_AUTOSTART | VIR_CONNECT_LIST_DOMAINS_FILTERS_SNAPSHOT |         \
  VIR_CONNECT_LIST_DOMAINS_FILTERS_CHECKPOINT)

typedef enum {
    /* the definition is a live one (starting the domain): see
     * virDomainObjAssignDef() */
    VIR_DOMAIN_OBJ_LIST_ADD_LIVE = 1 << 0,
    /* refuse to replace the definition of an active or transient domain */
    VIR_DOMAIN_OBJ_LIST_ADD_CHECK_LIVE = 1 << 1,
} virDomainObjListAddFlags;

typedef struct _virDomainObjList virDomainObjList;

/* Returns a new empty list (one reference), or NULL with an error. */
virDomainObjList *virDomainObjListNew(void);

/*
 * virDomainObjListAdd:
 * @doms: the list
 * @def: address of the definition to add; ownership is taken on success
 *       (*@def set to NULL), left to the caller on failure
 * @flags: virDomainObjListAddFlags
 * @oldDef: if non-NULL, receives the definition replaced, or NULL
 *
 * Adds a new domain for @def, or gives an existing domain of the same
 * UUID and name the new definition (virDomainObjAssignDef()). Errors,
 * libvirt's texts (VIR_FROM_DOMAIN):
 *  - VIR_ERR_OPERATION_FAILED "domain 'A' is already defined with uuid U"
 *    (same UUID, other name), "domain 'B' already exists with uuid U"
 *    (same name, other UUID), "domain 'A' is already being removed";
 *  - with CHECK_LIVE, VIR_ERR_OPERATION_INVALID "domain 'A' is already
 *    active", "domain 'A' is already being started" (transient).
 *
 * Returns the domain, locked, with a new reference; or NULL.
 */
virDomainObj *virDomainObjListAdd(virDomainObjList *doms,
                                  virDomainDef **def,
                                  unsigned int flags,
                                  virDomainDef **oldDef);

/*
 * virDomainObjListRemove:
 * @doms: the list
 * @vm: a listed domain, locked by the caller (and still locked after)
 *
 * Marks @vm as being removed and drops it from the list. The caller keeps
 * its own reference and releases it with virDomainObjEndAPI().
 */
void virDomainObjListRemove(virDomainObjList *doms, virDomainObj *vm);

/*
 * virDomainObjListFindByUUID / ByName / ByID:
 * Return the domain (an active one for an id), locked, with a new
 * reference; or NULL, reporting nothing.
 */
virDomainObj *virDomainObjListFindByUUID(virDomainObjList *doms, const unsigned char *uuid);
virDomainObj *virDomainObjListFindByName(virDomainObjList *doms, const char *name);
virDomainObj *virDomainObjListFindByID(virDomainObjList *doms, int id);

/*
 * virDomainObjListRename:
 * @doms: the list
 * @vm: a listed domain, locked
 * @newname: its new name
 *
 * Renames @vm in the list and in its definitions. Errors
 * (VIR_ERR_OPERATION_INVALID, libvirt's texts): "Can't rename domain to
 * itself", "domain with name 'N' already exists". Returns 0 or -1.
 */
int virDomainObjListRename(virDomainObjList *doms, virDomainObj *vm, const char *newname);

/* Number of active (@active) or inactive domains. */
int virDomainObjListNumOfDomains(virDomainObjList *doms, bool active);

/*
 * virDomainObjListGetActiveIDs:
 * Fills @ids with up to @maxids ids of active domains, ascending.
 * Returns how many were stored.
 */
int virDomainObjListGetActiveIDs(virDomainObjList *doms, int *ids, int maxids);

/*
 * virDomainObjListGetInactiveNames:
 * Fills @names with up to @maxnames new strings (the caller frees them):
 * the names of inactive domains. Returns how many were stored.
 */
int virDomainObjListGetInactiveNames(virDomainObjList *doms, char **const names, int maxnames);

/*
 * virDomainObjMatchFilter:
 * @vm: a domain, locked
 * @flags: VIR_CONNECT_LIST_DOMAINS_* filters
 *
 * Returns true if @vm passes every filter group present in @flags.
 */
bool virDomainObjMatchFilter(virDomainObj *vm, unsigned int flags);

/*
 * virDomainObjListCollect:
 * @doms: the list
 * @flags: VIR_CONNECT_LIST_DOMAINS_* filters (0: all)
 * @nvms: set to the number of domains returned
 *
 * Returns a new NULL-terminated array of the matching domains in the
 * order they were added, each a new reference, unlocked (free with
 * virObjectListFree). Never NULL.
 */
virDomainObj **virDomainObjListCollect(virDomainObjList *doms, unsigned int flags, size_t *nvms);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainObjList, virObjectUnref);
