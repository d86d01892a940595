/*
 * virnetworkobj.h: virtual networks as a driver keeps them
 *
 * virNetworkObj is a virObjectLockable holding a network's definitions
 * and state; virNetworkObjList keys them by UUID and name (on the
 * generic virobjlist.h). Lookups return the object locked with a new
 * reference; release it with virNetworkObjEndAPI().
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stddef.h>

#include "virerror.h"
#include "virnetworkconf.h"
#include "virobject.h"

typedef struct _virNetworkObj virNetworkObj;
struct _virNetworkObj {
    virObjectLockable parent; /* the lock guards every field below */
    virNetworkDef *def;       /* the current (live while active) definition, owned */
    virNetworkDef *newDef;    /* a configuration defined while active, owned, or NULL */
    bool active;
    bool persistent;
    bool autostart;
    bool removing; /* being removed from its list */
};

/* The filter groups of VIR_CONNECT_LIST_NETWORKS_* (libvirt's internal macros). */
#define VIR_CONNECT_LIST_NETWORKS_FILTERS_ACTIVE                                                   \
 (VIR_CONNECT_LIST_NETWORKS_ACTIVE | VIR_CONNECT_LIST_NETWORKS_INACTIVE)
#define VIR_CONNECT_LIST_NETWORKS_FILTERS_PERSISTENT                                               \
 (VIR_CONNECT_LIST_NETWORKS_PERSISTENT | VIR_CONNECT_LIST_NETWORKS_TRANSIENT)
#define VIR_CONNECT_LIST_NETWORKS_FILTERS_AUTOSTART                                                \
 (VIR_CONNECT_LIST_NETWORKS_AUTOSTART | VIR_CONNECT_LIST_NETWORKS_NO_AUTOSTART)
#define VIR_CONNECT_LIST_NETWORKS_FILTERS_ALL                                                      \
 (VIR_CONNECT_LIST_NETWORKS_FILTERS_ACTIVE | VIR_CONNECT_LIST_NETWORKS_FILTERS_PERSISTENT |        \
  VIR_CONNECT_LIST_NETWORKS_FILTERS_AUTOSTART)

typedef enum {
    /* the definition is live: a new network is transient */
    VIR_NETWORK_OBJ_LIST_ADD_LIVE = 1 << 0,
    /* refuse an existing active network */
    VIR_NETWORK_OBJ_LIST_ADD_CHECK_LIVE = 1 << 1,
} virNetworkObjListAddFlags;

typedef struct _virNetworkObjList virNetworkObjList;

/* Unlocks and unrefs *@obj (NULL is fine) and sets it to NULL. */
void virNetworkObjEndAPI(virNetworkObj **obj);

/* Returns a new empty list, or NULL with an error. */
virNetworkObjList *virNetworkObjListNew(void);

/*
 * virNetworkObjListAssignDef:
 * @nets: the list
 * @def: address of the definition; taken on success (set to NULL)
 * @flags: virNetworkObjListAddFlags
 *
 * Adds a network, or gives an existing one of the same UUID and name the
 * definition (a live one replaces the current definition; a
 * configuration goes to @newDef while active and makes the network
 * persistent). Errors, libvirt's texts (VIR_FROM_NETWORK):
 * VIR_ERR_OPERATION_FAILED "network 'A' is already defined with uuid U",
 * "network 'B' already exists with uuid U"; with CHECK_LIVE,
 * VIR_ERR_OPERATION_INVALID "network is already active as 'A'".
 *
 * Returns the network locked with a new reference, or NULL.
 */
virNetworkObj *
virNetworkObjListAssignDef(virNetworkObjList *nets, virNetworkDef **def, unsigned int flags);

/* Removes @obj (locked by the caller, who keeps its reference). */
void virNetworkObjListRemove(virNetworkObjList *nets, virNetworkObj *obj);

/* Return the network locked with a new reference, or NULL (nothing reported). */
virNetworkObj *virNetworkObjListFindByUUID(virNetworkObjList *nets, const unsigned char *uuid);
virNetworkObj *virNetworkObjListFindByName(virNetworkObjList *nets, const char *name);

/*
 * virNetworkObjListCollect:
 * Returns the networks matching @flags (VIR_CONNECT_LIST_NETWORKS_*) in
 * the order they were added: a NULL-terminated array of new references,
 * unlocked (virObjectListFree). *@n is set to the count.
 */
virNetworkObj **virNetworkObjListCollect(virNetworkObjList *nets, unsigned int flags, size_t *n);

/* Number of active (@active) or inactive networks. */
int virNetworkObjListNum(virNetworkObjList *nets, bool active);

/*
 * virNetworkObjListGetNames:
 * Fills @names with up to @maxnames new strings: the names of the active
 * (@active) or inactive networks. Returns how many were stored.
 */
int
virNetworkObjListGetNames(virNetworkObjList *nets, bool active, char **const names, int maxnames);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virNetworkObjList, virObjectUnref);
