/*
 * virdomainobjlist.c: the domains of a driver, keyed by UUID and name
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <stdlib.h>

#include "internal.h"
#include "virdomainobjlist.h"
#include "virerror.h"
#include "virlog.h"
#include "virobjlist.h"
#include "virthread.h"
#include "viruuid.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_LOG_INIT("conf.domainobjlist");

struct _virDomainObjList {
    virObject parent;
    virObjList *objs; /* the virDomainObj members; owned */
};

static virClass *virDomainObjListClass;
static void virDomainObjListDispose(void *obj);


static int
virDomainObjListOnceInit(void)
{
    if (!VIR_CLASS_NEW(virDomainObjList, virClassForObject()))
        return -1;
    return 0;
}

VIR_ONCE_GLOBAL_INIT(virDomainObjList);


virDomainObjList *
virDomainObjListNew(void)
{
    g_autoptr(virDomainObjList) doms = NULL;

    if (virDomainObjListInitialize() < 0)
        return NULL;
    if (!(doms = virObjectNew(virDomainObjListClass)))
        return NULL;
    if (!(doms->objs = virObjListNew()))
        return NULL;
    return g_steal_pointer(&doms);
}


static void
virDomainObjListDispose(void *obj)
{
    virDomainObjList *doms = obj;

    virObjectUnref(doms->objs);
}


/* Locks a referenced object; gives NULL (and drops the reference) if it
 * is being removed. */
static virDomainObj *
virDomainObjListLockFound(virDomainObj *vm)
{
    if (!vm)
        return NULL;
    virObjectLock(vm);
    if (vm->removing)
        virDomainObjEndAPI(&vm);
    return vm;
}


virDomainObj *
virDomainObjListFindByUUID(virDomainObjList *doms, const unsigned char *uuid)
{
    return virDomainObjListLockFound(virObjListFindByUUID(doms->objs, uuid));
}


virDomainObj *
virDomainObjListFindByName(virDomainObjList *doms, const char *name)
{
    return virDomainObjListLockFound(virObjListFindByName(doms->objs, name));
}


virDomainObj *
virDomainObjListFindByID(virDomainObjList *doms, int id)
{
    size_t n = 0;
    virDomainObj **vms = (virDomainObj **)virObjListCollect(doms->objs, &n);
    virDomainObj *ret = NULL;
    size_t i;

    for (i = 0; i < n && !ret; i++) {
        virObjectLock(vms[i]);
        if (!vms[i]->removing && virDomainObjIsActive(vms[i]) && vms[i]->def->id == id)
            ret = virObjectRef(vms[i]);
        else
            virObjectUnlock(vms[i]);
    }
    virObjectListFree(vms);
    return ret;
}


/* The existing domain of the same UUID gets @def (see the header). */
static virDomainObj *
virDomainObjListAddExisting(virDomainObj *vm,
                            virDomainDef **def,
                            unsigned int flags,
                            virDomainDef **oldDef)
{
    char uuidstr[VIR_UUID_STRING_BUFLEN];

    virObjectLock(vm);
    if (vm->removing) {
        virReportError(VIR_ERR_OPERATION_FAILED, _("domain '%1$s' is already being removed"),
                       vm->def->name);
        goto error;
    }
    if (!g_str_equal(vm->def->name, (*def)->name)) {
        virReportError(VIR_ERR_OPERATION_FAILED,
                       _("domain '%1$s' is already defined with uuid %2$s"), vm->def->name,
                       virUUIDFormat(vm->def->uuid, uuidstr));
        goto error;
    }
    if (flags & VIR_DOMAIN_OBJ_LIST_ADD_CHECK_LIVE) {
        if (virDomainObjIsActive(vm)) {
            virReportError(VIR_ERR_OPERATION_INVALID, _("domain '%1$s' is already active"),
                           vm->def->name);
            goto error;
        }
        if (!vm->persistent) {
            virReportError(VIR_ERR_OPERATION_INVALID, _("domain '%1$s' is already being started"),
                           vm->def->name);
            goto error;
        }
    }
    virDomainObjAssignDef(vm, def, !!(flags & VIR_DOMAIN_OBJ_LIST_ADD_LIVE), oldDef);
    return vm;

error:
    virDomainObjEndAPI(&vm);
    return NULL;
}


/* Reports the name clash with the domain called @name, if there is one. */
static bool
virDomainObjListNameTaken(virDomainObjList *doms, const char *name)
{
    virDomainObj *other = virObjListFindByName(doms->objs, name);
    char uuidstr[VIR_UUID_STRING_BUFLEN];

    if (!other)
        return false;
    virObjectLock(other);
    virUUIDFormat(other->def->uuid, uuidstr);
    virDomainObjEndAPI(&other);
    virReportError(VIR_ERR_OPERATION_FAILED, _("domain '%1$s' already exists with uuid %2$s"), name,
                   uuidstr);
    return true;
}


virDomainObj *
virDomainObjListAdd(virDomainObjList *doms,
                    virDomainDef **def,
                    unsigned int flags,
                    virDomainDef **oldDef)
{
    virDomainObj *vm;

    if (oldDef)
        *oldDef = NULL;

    if ((vm = virObjListFindByUUID(doms->objs, (*def)->uuid)))
        return virDomainObjListAddExisting(vm, def, flags, oldDef);

    if (virDomainObjListNameTaken(doms, (*def)->name))
        return NULL;

    if (!(vm = virDomainObjNew()))
        return NULL;
    vm->def = *def;
    if (virObjListAdd(doms->objs, vm, vm->def->uuid, vm->def->name) < 0) {
        vm->def = NULL;
        virDomainObjEndAPI(&vm);
        return NULL;
    }
    *def = NULL;
    return vm;
}


void
virDomainObjListRemove(virDomainObjList *doms, virDomainObj *vm)
{
    vm->removing = true;
    virObjListRemove(doms->objs, vm);
}


int
virDomainObjListRename(virDomainObjList *doms, virDomainObj *vm, const char *newname)
{
    if (g_str_equal(vm->def->name, newname)) {
        virReportError(VIR_ERR_OPERATION_INVALID, "%s", _("Can't rename domain to itself"));
        return -1;
    }
    if (virObjListHasName(doms->objs, newname)) {
        virReportError(VIR_ERR_OPERATION_INVALID, _("domain with name '%1$s' already exists"),
                       newname);
        return -1;
    }
    if (virObjListRename(doms->objs, vm, newname) < 0)
        return -1;

    g_free(vm->def->name);
    vm->def->name = g_strdup(newname);
    if (vm->newDef) {
        g_free(vm->newDef->name);
        vm->newDef->name = g_strdup(newname);
    }
    return 0;
}


bool
virDomainObjMatchFilter(virDomainObj *vm, unsigned int flags)
{
    bool active = virDomainObjIsActive(vm);
    int state = vm->state;
    int nsnap;

#define VIR_FILTER(group, yes, no, cond)                                                           \
 ((flags & (group)) && !(((flags & (yes)) && (cond)) || ((flags & (no)) && !(cond))))

    if (VIR_FILTER(VIR_CONNECT_LIST_DOMAINS_FILTERS_ACTIVE, VIR_CONNECT_LIST_DOMAINS_ACTIVE,
                   VIR_CONNECT_LIST_DOMAINS_INACTIVE, active))
        return false;
    if (VIR_FILTER(VIR_CONNECT_LIST_DOMAINS_FILTERS_PERSISTENT, VIR_CONNECT_LIST_DOMAINS_PERSISTENT,
                   VIR_CONNECT_LIST_DOMAINS_TRANSIENT, vm->persistent))
        return false;
    if (VIR_FILTER(VIR_CONNECT_LIST_DOMAINS_FILTERS_MANAGEDSAVE,
                   VIR_CONNECT_LIST_DOMAINS_MANAGEDSAVE, VIR_CONNECT_LIST_DOMAINS_NO_MANAGEDSAVE,
                   vm->hasManagedSave))
        return false;
    if (VIR_FILTER(VIR_CONNECT_LIST_DOMAINS_FILTERS_AUTOSTART, VIR_CONNECT_LIST_DOMAINS_AUTOSTART,
                   VIR_CONNECT_LIST_DOMAINS_NO_AUTOSTART, vm->autostart))
        return false;
    nsnap = virDomainSnapshotObjListNum(vm->snapshots, NULL, 0);
    if (VIR_FILTER(VIR_CONNECT_LIST_DOMAINS_FILTERS_SNAPSHOT, VIR_CONNECT_LIST_DOMAINS_HAS_SNAPSHOT,
                   VIR_CONNECT_LIST_DOMAINS_NO_SNAPSHOT, nsnap > 0))
        return false;
    /* no driver here keeps checkpoints */
    if (VIR_FILTER(VIR_CONNECT_LIST_DOMAINS_FILTERS_CHECKPOINT,
                   VIR_CONNECT_LIST_DOMAINS_HAS_CHECKPOINT, VIR_CONNECT_LIST_DOMAINS_NO_CHECKPOINT,
                   false))
        return false;
#undef VIR_FILTER

    if (flags & VIR_CONNECT_LIST_DOMAINS_FILTERS_STATE) {
        bool other = state != VIR_DOMAIN_RUNNING && state != VIR_DOMAIN_PAUSED &&
                     state != VIR_DOMAIN_SHUTOFF;

        if (!(((flags & VIR_CONNECT_LIST_DOMAINS_RUNNING) && state == VIR_DOMAIN_RUNNING) ||
              ((flags & VIR_CONNECT_LIST_DOMAINS_PAUSED) && state == VIR_DOMAIN_PAUSED) ||
              ((flags & VIR_CONNECT_LIST_DOMAINS_SHUTOFF) && state == VIR_DOMAIN_SHUTOFF) ||
              ((flags & VIR_CONNECT_LIST_DOMAINS_OTHER) && other)))
            return false;
    }
    return true;
}


virDomainObj **
virDomainObjListCollect(virDomainObjList *doms, unsigned int flags, size_t *nvms)
{
    size_t n = 0;
    virDomainObj **vms = (virDomainObj **)virObjListCollect(doms->objs, &n);
    size_t i;
    size_t kept = 0;

    for (i = 0; i < n; i++) {
        bool keep;

        virObjectLock(vms[i]);
        keep = !vms[i]->removing && virDomainObjMatchFilter(vms[i], flags);
        virObjectUnlock(vms[i]);
        if (keep)
            vms[kept++] = vms[i];
        else
            virObjectUnref(vms[i]);
    }
    vms[kept] = NULL;
    *nvms = kept;
    return vms;
}


int
virDomainObjListNumOfDomains(virDomainObjList *doms, bool active)
{
    unsigned int flags =
        active ? VIR_CONNECT_LIST_DOMAINS_ACTIVE : VIR_CONNECT_LIST_DOMAINS_INACTIVE;
    size_t n = 0;
    virDomainObj **vms = virDomainObjListCollect(doms, flags, &n);

    virObjectListFree(vms);
    return n;
}


static int
virDomainObjListCompareIDs(const void *a, const void *b)
{
    int x = *(const int *)a;
    int y = *(const int *)b;

    return (x > y) - (x < y);
}


int
virDomainObjListGetActiveIDs(virDomainObjList *doms, int *ids, int maxids)
{
    size_t n = 0;
    virDomainObj **vms = virDomainObjListCollect(doms, VIR_CONNECT_LIST_DOMAINS_ACTIVE, &n);
    g_autofree int *all = g_new0(int, n + 1);
    size_t i;
    int count = 0;

    for (i = 0; i < n; i++) {
        virObjectLock(vms[i]);
        all[count++] = vms[i]->def->id;
        virObjectUnlock(vms[i]);
    }
    virObjectListFree(vms);

    qsort(all, count, sizeof(int), virDomainObjListCompareIDs);
    if (count > maxids)
        count = maxids < 0 ? 0 : maxids;
    for (i = 0; i < (size_t)count; i++)
        ids[i] = all[i];
    return count;
}


int
virDomainObjListGetInactiveNames(virDomainObjList *doms, char **const names, int maxnames)
{
    size_t n = 0;
    virDomainObj **vms = virDomainObjListCollect(doms, VIR_CONNECT_LIST_DOMAINS_INACTIVE, &n);
    size_t i;
    int count = 0;

    for (i = 0; i < n && count < maxnames; i++) {
        virObjectLock(vms[i]);
        names[count++] = g_strdup(vms[i]->def->name);
        virObjectUnlock(vms[i]);
    }
    virObjectListFree(vms);
    return count;
}
