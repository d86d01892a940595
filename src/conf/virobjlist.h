/*
 * virobjlist.h: a list of objects keyed by UUID and by name
 *
 * The storage behind the domain, network, storage pool and secret object
 * lists of the drivers: each member is a virObject (a reference is held
 * while it is listed) registered under a UUID and a name, both unique in
 * the list. The list keeps insertion order, which is the order of
 * virObjListCollect(). It knows nothing of the members' contents: the
 * typed lists (virdomainobjlist.h, ...) make their own checks and report
 * their own errors before calling in.
 *
 * Locking: the list has its own mutex, a leaf lock: while holding it the
 * list takes no other lock and calls no callback, so callers may hold one
 * member's lock when they call in (remove, rename), and lookups return a
 * reference without locking the member.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stddef.h>

#include "internal.h"
#include "virobject.h"

typedef struct _virObjList virObjList;

/*
 * virObjListNew:
 *
 * Returns a new, empty list (one reference; release with virObjectUnref,
 * which drops the references the list holds on its members), or NULL
 * with an error reported if the class cannot be created.
 */
virObjList *virObjListNew(void);

/*
 * virObjListAdd:
 * @list: the list
 * @obj: a virObject; the list takes a reference of its own
 * @uuid: VIR_UUID_BUFLEN bytes, the member's UUID key
 * @name: the member's name key (copied)
 *
 * Returns 0, or -1 with VIR_ERR_INTERNAL_ERROR reported when @obj is
 * already listed or either key is taken (callers check the keys first
 * to report the error their API documents; this is the last defence).
 */
int virObjListAdd(virObjList *list, void *obj, const unsigned char *uuid, const char *name);

/*
 * virObjListRemove:
 * @list: the list
 * @obj: a member, or an object that is not listed (then nothing happens)
 *
 * Drops @obj from the list and the list's reference on it. The caller
 * must hold a reference of its own if it goes on using @obj.
 */
void virObjListRemove(virObjList *list, void *obj);

/*
 * virObjListFindByUUID / virObjListFindByName:
 * @list: the list
 * @uuid / @name: the key
 *
 * Return the member with that key as a new reference (not locked), or
 * NULL (nothing reported) if there is none.
 */
void *virObjListFindByUUID(virObjList *list, const unsigned char *uuid);
void *virObjListFindByName(virObjList *list, const char *name);

/*
 * virObjListHasName:
 * Returns true if a member is listed under @name. Reports nothing.
 */
bool virObjListHasName(virObjList *list, const char *name);

/*
 * virObjListGetName:
 * @list: the list
 * @obj: a member
 *
 * Returns a copy of the name @obj is listed under (g_free it), or NULL if
 * @obj is not listed. Reports nothing.
 */
char *virObjListGetName(virObjList *list, void *obj);

/*
 * virObjListRename:
 * @list: the list
 * @obj: a member
 * @newname: its new name key (copied)
 *
 * Moves @obj to the name @newname, keeping its UUID and its position.
 * Returns 0, or -1 with VIR_ERR_INTERNAL_ERROR reported if @obj is not
 * listed or @newname is taken by another member.
 */
int virObjListRename(virObjList *list, void *obj, const char *newname);

/*
 * virObjListCount:
 * Returns the number of members.
 */
size_t virObjListCount(virObjList *list);

/*
 * virObjListCollect:
 * @list: the list
 * @nobjs: set to the number of members returned
 *
 * Returns the members in insertion order as a new NULL-terminated array
 * of new references (free with virObjectListFree), taken at one instant;
 * never NULL.
 */
void **virObjListCollect(virObjList *list, size_t *nobjs);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virObjList, virObjectUnref);
