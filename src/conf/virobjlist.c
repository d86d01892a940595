/*
 * virobjlist.c: a list of objects keyed by UUID and by name
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virlog.h"
#include "virobjlist.h"
#include "virthread.h"
#include "viruuid.h"

#define VIR_FROM_THIS VIR_FROM_NONE

VIR_LOG_INIT("conf.objlist");

/* One member; owned by @byObj. */
typedef struct _virObjListEntry virObjListEntry;
struct _virObjListEntry {
    virObject *obj;                       /* reference held */
    char uuidstr[VIR_UUID_STRING_BUFLEN]; /* key of @byUUID */
    char *name;                           /* key of @byName, owned */
};

struct _virObjList {
    virObjectLockable parent; /* the lock guards everything below */
    GHashTable *byObj;        /* virObject * -> entry (owns the entries) */
    GHashTable *byUUID;       /* uuid string -> entry (borrowed) */
    GHashTable *byName;       /* name -> entry (borrowed) */
    GPtrArray *order;         /* entries in insertion order (borrowed) */
};

static virClass *virObjListClass;
static void virObjListDispose(void *obj);


static int
virObjListOnceInit(void)
{
    if (!VIR_CLASS_NEW(virObjList, virClassForObjectLockable()))
        return -1;
    return 0;
}

VIR_ONCE_GLOBAL_INIT(virObjList);


static void
virObjListEntryFree(void *opaque)
{
    virObjListEntry *entry = opaque;

    virObjectUnref(entry->obj);
    g_free(entry->name);
    g_free(entry);
}


virObjList *
virObjListNew(void)
{
    virObjList *list;

    if (virObjListInitialize() < 0)
        return NULL;
    if (!(list = virObjectLockableNew(virObjListClass)))
        return NULL;

    list->byObj = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, virObjListEntryFree);
    list->byUUID = g_hash_table_new(g_str_hash, g_str_equal);
    list->byName = g_hash_table_new(g_str_hash, g_str_equal);
    list->order = g_ptr_array_new();
    return list;
}


static void
virObjListDispose(void *obj)
{
    virObjList *list = obj;

    g_ptr_array_unref(list->order);
    g_hash_table_unref(list->byName);
    g_hash_table_unref(list->byUUID);
    g_hash_table_unref(list->byObj);
}


int
virObjListAdd(virObjList *list, void *obj, const unsigned char *uuid, const char *name)
{
    virObjListEntry *entry = g_new0(virObjListEntry, 1);
    int ret = -1;

    virUUIDFormat(uuid, entry->uuidstr);
    entry->name = g_strdup(name);

    virObjectLock(list);
    if (g_hash_table_contains(list->byObj, obj) ||
        g_hash_table_contains(list->byUUID, entry->uuidstr) ||
        g_hash_table_contains(list->byName, name)) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("an object with uuid '%1$s' or name '%2$s' is already listed"),
                       entry->uuidstr, name);
    } else {
        entry->obj = virObjectRef(obj);
        g_hash_table_insert(list->byObj, obj, entry);
        g_hash_table_insert(list->byUUID, entry->uuidstr, entry);
        g_hash_table_insert(list->byName, entry->name, entry);
        g_ptr_array_add(list->order, entry);
        entry = NULL;
        ret = 0;
    }
    virObjectUnlock(list);

    if (entry)
        virObjListEntryFree(entry);
    return ret;
}


void
virObjListRemove(virObjList *list, void *obj)
{
    virObjListEntry *entry;

    virObjectLock(list);
    if ((entry = g_hash_table_lookup(list->byObj, obj))) {
        g_hash_table_remove(list->byUUID, entry->uuidstr);
        g_hash_table_remove(list->byName, entry->name);
        g_ptr_array_remove(list->order, entry);
        /* last: frees the entry and drops the list's reference */
        g_hash_table_remove(list->byObj, obj);
    }
    virObjectUnlock(list);
}


static void *
virObjListFind(virObjList *list, GHashTable *table, const char *key)
{
    virObjListEntry *entry;
    void *obj = NULL;

    virObjectLock(list);
    if ((entry = g_hash_table_lookup(table, key)))
        obj = virObjectRef(entry->obj);
    virObjectUnlock(list);
    return obj;
}


void *
virObjListFindByUUID(virObjList *list, const unsigned char *uuid)
{
    char uuidstr[VIR_UUID_STRING_BUFLEN];

    virUUIDFormat(uuid, uuidstr);
    return virObjListFind(list, list->byUUID, uuidstr);
}


void *
virObjListFindByName(virObjList *list, const char *name)
{
    return virObjListFind(list, list->byName, name);
}


bool
virObjListHasName(virObjList *list, const char *name)
{
    bool ret;

    virObjectLock(list);
    ret = g_hash_table_contains(list->byName, name);
    virObjectUnlock(list);
    return ret;
}


char *
virObjListGetName(virObjList *list, void *obj)
{
    virObjListEntry *entry;
    char *ret = NULL;

    virObjectLock(list);
    if ((entry = g_hash_table_lookup(list->byObj, obj)))
        ret = g_strdup(entry->name);
    virObjectUnlock(list);
    return ret;
}


int
virObjListRename(virObjList *list, void *obj, const char *newname)
{
    virObjListEntry *entry;
    virObjListEntry *other;
    int ret = -1;

    virObjectLock(list);
    entry = g_hash_table_lookup(list->byObj, obj);
    other = g_hash_table_lookup(list->byName, newname);
    if (!entry || (other && other != entry)) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("cannot rename a listed object to '%1$s'"),
                       newname);
    } else {
        g_hash_table_remove(list->byName, entry->name);
        g_free(entry->name);
        entry->name = g_strdup(newname);
        g_hash_table_insert(list->byName, entry->name, entry);
        ret = 0;
    }
    virObjectUnlock(list);
    return ret;
}


size_t
virObjListCount(virObjList *list)
{
    size_t n;

    virObjectLock(list);
    n = list->order->len;
    virObjectUnlock(list);
    return n;
}


void **
virObjListCollect(virObjList *list, size_t *nobjs)
{
    void **objs;
    size_t i;

    virObjectLock(list);
    objs = g_new0(void *, list->order->len + 1);
    for (i = 0; i < list->order->len; i++) {
        virObjListEntry *entry = g_ptr_array_index(list->order, i);

        objs[i] = virObjectRef(entry->obj);
    }
    *nobjs = list->order->len;
    virObjectUnlock(list);
    return objs;
}
