/*
 * virdomainsnapshotobjlist.c: the snapshots of one domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <glib.h>

#include "internal.h"
#include "virdomainsnapshotobjlist.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

struct _virDomainSnapshotObjList {
    GPtrArray *snaps; /* virDomainSnapshotDef *, creation order, owned */
    char *current;    /* name of the current snapshot, owned, or NULL */
};


virDomainSnapshotObjList *
virDomainSnapshotObjListNew(void)
{
    virDomainSnapshotObjList *list = g_new0(virDomainSnapshotObjList, 1);

    list->snaps = g_ptr_array_new_with_free_func((GDestroyNotify)virDomainSnapshotDefFree);
    return list;
}


void
virDomainSnapshotObjListFree(virDomainSnapshotObjList *list)
{
    if (!list)
        return;
    g_ptr_array_unref(list->snaps);
    g_free(list->current);
    g_free(list);
}


static int
virDomainSnapshotObjListIndex(virDomainSnapshotObjList *list, const char *name)
{
    size_t i;

    for (i = 0; i < list->snaps->len; i++) {
        virDomainSnapshotDef *def = g_ptr_array_index(list->snaps, i);

        if (g_str_equal(def->name, name))
            return i;
    }
    return -1;
}


virDomainSnapshotDef *
virDomainSnapshotObjListFind(virDomainSnapshotObjList *list, const char *name)
{
    int idx = virDomainSnapshotObjListIndex(list, name);

    return idx < 0 ? NULL : g_ptr_array_index(list->snaps, idx);
}


virDomainSnapshotDef *
virDomainSnapshotObjListAdd(virDomainSnapshotObjList *list, virDomainSnapshotDef *def)
{
    if (virDomainSnapshotObjListIndex(list, def->name) >= 0) {
        virReportError(VIR_ERR_OPERATION_FAILED, _("domain moment %1$s already exists"), def->name);
        return NULL;
    }
    g_ptr_array_add(list->snaps, def);
    return def;
}


virDomainSnapshotDef *
virDomainSnapshotObjListReplace(virDomainSnapshotObjList *list, virDomainSnapshotDef *def)
{
    int idx = virDomainSnapshotObjListIndex(list, def->name);

    if (idx < 0) {
        g_ptr_array_add(list->snaps, def);
    } else {
        virDomainSnapshotDefFree(g_ptr_array_index(list->snaps, idx));
        g_ptr_array_index(list->snaps, idx) = def;
    }
    return def;
}


bool
virDomainSnapshotObjListRemove(virDomainSnapshotObjList *list, const char *name)
{
    int idx = virDomainSnapshotObjListIndex(list, name);
    bool wasCurrent = list->current && g_str_equal(list->current, name);

    if (wasCurrent)
        g_clear_pointer(&list->current, g_free);
    if (idx >= 0)
        g_ptr_array_remove_index(list->snaps, idx);
    return wasCurrent;
}


void
virDomainSnapshotObjListRemoveAll(virDomainSnapshotObjList *list)
{
    g_ptr_array_set_size(list->snaps, 0);
    g_clear_pointer(&list->current, g_free);
}


virDomainSnapshotDef *
virDomainSnapshotObjListGetCurrent(virDomainSnapshotObjList *list)
{
    return list->current ? virDomainSnapshotObjListFind(list, list->current) : NULL;
}


void
virDomainSnapshotObjListSetCurrent(virDomainSnapshotObjList *list, const char *name)
{
    char *copy = g_strdup(name);

    g_free(list->current);
    list->current = copy;
}


static bool
virDomainSnapshotIsChildOf(const virDomainSnapshotDef *def, const char *parent)
{
    return def->parent_name && g_str_equal(def->parent_name, parent);
}


static size_t
virDomainSnapshotObjListNumChildren(virDomainSnapshotObjList *list, const virDomainSnapshotDef *def)
{
    size_t i;
    size_t n = 0;

    for (i = 0; i < list->snaps->len; i++) {
        if (virDomainSnapshotIsChildOf(g_ptr_array_index(list->snaps, i), def->name))
            n++;
    }
    return n;
}


/* The state filter of one snapshot. */
static bool
virDomainSnapshotMatchStatus(const virDomainSnapshotDef *def, unsigned int flags)
{
    if (!(flags & VIR_DOMAIN_SNAPSHOT_FILTERS_STATUS))
        return true;
    if (def->state == VIR_DOMAIN_SNAPSHOT_SHUTOFF)
        return flags & VIR_DOMAIN_SNAPSHOT_LIST_INACTIVE;
    if (def->state == VIR_DOMAIN_SNAPSHOT_DISK_SNAPSHOT)
        return flags & VIR_DOMAIN_SNAPSHOT_LIST_DISK_ONLY;
    return flags & VIR_DOMAIN_SNAPSHOT_LIST_ACTIVE;
}


static bool
virDomainSnapshotMatch(virDomainSnapshotObjList *list,
                       const virDomainSnapshotDef *def,
                       unsigned int flags)
{
    if ((flags & VIR_DOMAIN_SNAPSHOT_FILTERS_METADATA) &&
        !(flags & VIR_DOMAIN_SNAPSHOT_LIST_METADATA))
        return false; /* every snapshot here has metadata */
    if (flags & VIR_DOMAIN_SNAPSHOT_FILTERS_LEAVES) {
        bool leaf = virDomainSnapshotObjListNumChildren(list, def) == 0;

        if (!((leaf && (flags & VIR_DOMAIN_SNAPSHOT_LIST_LEAVES)) ||
              (!leaf && (flags & VIR_DOMAIN_SNAPSHOT_LIST_NO_LEAVES))))
            return false;
    }
    if (!virDomainSnapshotMatchStatus(def, flags))
        return false;
    if (flags & VIR_DOMAIN_SNAPSHOT_FILTERS_LOCATION) {
        bool external = virDomainSnapshotDefIsExternal(def);

        if (!((external && (flags & VIR_DOMAIN_SNAPSHOT_LIST_EXTERNAL)) ||
              (!external && (flags & VIR_DOMAIN_SNAPSHOT_LIST_INTERNAL))))
            return false;
    }
    return true;
}


/* Appends the children of @parent (NULL: the roots), parents first when
 * @recurse, to @out. */
static void
virDomainSnapshotObjListWalk(virDomainSnapshotObjList *list,
                             const char *parent,
                             bool recurse,
                             GPtrArray *out)
{
    size_t i;

    for (i = 0; i < list->snaps->len; i++) {
        virDomainSnapshotDef *def = g_ptr_array_index(list->snaps, i);
        bool child = parent ? virDomainSnapshotIsChildOf(def, parent) : !def->parent_name;

        if (!child)
            continue;
        g_ptr_array_add(out, def);
        if (recurse)
            virDomainSnapshotObjListWalk(list, def->name, true, out);
    }
}


/* Snapshots whose parent is not listed count as roots too, so that a
 * broken chain cannot hide them. */
static void
virDomainSnapshotObjListAddOrphans(virDomainSnapshotObjList *list, GPtrArray *out)
{
    size_t i;

    for (i = 0; i < list->snaps->len; i++) {
        virDomainSnapshotDef *def = g_ptr_array_index(list->snaps, i);

        if (def->parent_name && !virDomainSnapshotObjListFind(list, def->parent_name)) {
            g_ptr_array_add(out, def);
            virDomainSnapshotObjListWalk(list, def->name, true, out);
        }
    }
}


GPtrArray *
virDomainSnapshotObjListCollect(virDomainSnapshotObjList *list,
                                const virDomainSnapshotDef *from,
                                unsigned int flags)
{
    g_autoptr(GPtrArray) all = g_ptr_array_new();
    GPtrArray *ret = g_ptr_array_new();
    size_t i;

    if (from) {
        bool descendants = flags & VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS;

        if (descendants && !(flags & VIR_DOMAIN_SNAPSHOT_LIST_TOPOLOGICAL)) {
            g_autoptr(GPtrArray) tmp = g_ptr_array_new();

            /* creation order of the descendants */
            virDomainSnapshotObjListWalk(list, from->name, true, tmp);
            for (i = 0; i < list->snaps->len; i++) {
                gpointer def = g_ptr_array_index(list->snaps, i);

                if (g_ptr_array_find(tmp, def, NULL))
                    g_ptr_array_add(all, def);
            }
        } else {
            virDomainSnapshotObjListWalk(list, from->name, descendants, all);
        }
    } else if (flags & VIR_DOMAIN_SNAPSHOT_LIST_ROOTS) {
        virDomainSnapshotObjListWalk(list, NULL, false, all);
    } else if (flags & VIR_DOMAIN_SNAPSHOT_LIST_TOPOLOGICAL) {
        virDomainSnapshotObjListWalk(list, NULL, true, all);
        virDomainSnapshotObjListAddOrphans(list, all);
    } else {
        for (i = 0; i < list->snaps->len; i++)
            g_ptr_array_add(all, g_ptr_array_index(list->snaps, i));
    }

    for (i = 0; i < all->len; i++) {
        virDomainSnapshotDef *def = g_ptr_array_index(all, i);

        if (virDomainSnapshotMatch(list, def, flags))
            g_ptr_array_add(ret, def);
    }
    return ret;
}


int
virDomainSnapshotObjListNum(virDomainSnapshotObjList *list,
                            const virDomainSnapshotDef *from,
                            unsigned int flags)
{
    g_autoptr(GPtrArray) snaps = virDomainSnapshotObjListCollect(list, from, flags);

    return snaps->len;
}


void
virDomainSnapshotObjListReparentChildren(virDomainSnapshotObjList *list,
                                         const virDomainSnapshotDef *def)
{
    size_t i;

    for (i = 0; i < list->snaps->len; i++) {
        virDomainSnapshotDef *child = g_ptr_array_index(list->snaps, i);

        if (virDomainSnapshotIsChildOf(child, def->name)) {
            g_free(child->parent_name);
            child->parent_name = g_strdup(def->parent_name);
        }
    }
}


bool
virDomainSnapshotObjListRemoveDescendants(virDomainSnapshotObjList *list,
                                          const virDomainSnapshotDef *def)
{
    g_autoptr(GPtrArray) desc = g_ptr_array_new();
    g_auto(GStrv) names = NULL;
    bool current = false;
    size_t i;

    virDomainSnapshotObjListWalk(list, def->name, true, desc);
    names = g_new0(char *, desc->len + 1);
    for (i = 0; i < desc->len; i++)
        names[i] = g_strdup(((virDomainSnapshotDef *)g_ptr_array_index(desc, i))->name);
    for (i = 0; names[i]; i++)
        current |= virDomainSnapshotObjListRemove(list, names[i]);
    return current;
}
