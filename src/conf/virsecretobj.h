/*
 * virsecretobj.h: secrets as a driver keeps them
 *
 * virSecretObj is a virObjectLockable holding a secret's definition and
 * value; virSecretObjList keys secrets by UUID (on the generic
 * virobjlist.h, with the UUID string as name key) and finds them by
 * usage. Lookups return the secret locked with a new reference; release
 * it with virSecretObjEndAPI().
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stddef.h>

#include "virerror.h"
#include "virobject.h"
#include "virsecretconf.h"

typedef struct _virSecretObj virSecretObj;
struct _virSecretObj {
    virObjectLockable parent; /* the lock guards every field below */
    virSecretDef *def;        /* owned */
    unsigned char *value;     /* owned, NULL until set */
    size_t value_size;
    bool removing; /* being removed from its list */
};

/* The filter groups of VIR_CONNECT_LIST_SECRETS_* (libvirt's internal macros). */
#define VIR_CONNECT_LIST_SECRETS_FILTERS_EPHEMERAL                                                 \
 (VIR_CONNECT_LIST_SECRETS_EPHEMERAL | VIR_CONNECT_LIST_SECRETS_NO_EPHEMERAL)
#define VIR_CONNECT_LIST_SECRETS_FILTERS_PRIVATE                                                   \
 (VIR_CONNECT_LIST_SECRETS_PRIVATE | VIR_CONNECT_LIST_SECRETS_NO_PRIVATE)
#define VIR_CONNECT_LIST_SECRETS_FILTERS_ALL                                                       \
 (VIR_CONNECT_LIST_SECRETS_FILTERS_EPHEMERAL | VIR_CONNECT_LIST_SECRETS_FILTERS_PRIVATE)

typedef struct _virSecretObjList virSecretObjList;

/* Unlocks and unrefs *@obj (NULL is fine) and sets it to NULL. */
void virSecretObjEndAPI(virSecretObj **obj);

/* Returns a new empty list, or NULL with an error. */
virSecretObjList *virSecretObjListNew(void);

/*
 * virSecretObjListAdd:
 * @secrets: the list
 * @def: address of the definition; taken on success (set to NULL)
 * @oldDef: if non-NULL, receives the definition replaced, or NULL
 *
 * Adds a secret, or replaces the definition of the secret with the same
 * UUID (keeping its value). Errors, as libvirt's secret driver
 * (VIR_ERR_INTERNAL_ERROR, VIR_FROM_SECRET): "a secret with UUID U is
 * already defined for use with X" (same UUID, other usage), "a secret
 * with UUID U already defined for use with X" (same usage, other UUID),
 * "cannot change private flag on existing secret".
 *
 * Returns the secret locked with a new reference, or NULL.
 */
virSecretObj *
virSecretObjListAdd(virSecretObjList *secrets, virSecretDef **def, virSecretDef **oldDef);

/* Removes @obj (locked by the caller, who keeps its reference). */
void virSecretObjListRemove(virSecretObjList *secrets, virSecretObj *obj);

/* Return the secret locked with a new reference, or NULL (nothing reported). */
virSecretObj *virSecretObjListFindByUUID(virSecretObjList *secrets, const unsigned char *uuid);
virSecretObj *
virSecretObjListFindByUsage(virSecretObjList *secrets, int usageType, const char *usageID);

/*
 * virSecretObjListCollect:
 * Returns the secrets matching @flags (VIR_CONNECT_LIST_SECRETS_*) in the
 * order they were defined: a NULL-terminated array of new references,
 * unlocked (virObjectListFree). *@n is set to the count.
 */
virSecretObj **virSecretObjListCollect(virSecretObjList *secrets, unsigned int flags, size_t *n);

/*
 * virSecretObjSetValue:
 * Replaces the value of a locked secret with a copy of @value.
 */
void virSecretObjSetValue(virSecretObj *obj, const unsigned char *value, size_t value_size);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virSecretObjList, virObjectUnref);
