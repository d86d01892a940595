/*
 * virnetworkobj.c: virtual networks as a driver keeps them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include "virerror.h"
#include "virnetworkobj.h"
#include "virobjlist.h"
#include "virthread.h"
#include "viruuid.h"

#define VIR_FROM_THIS VIR_FROM_NETWORK

struct _virNetworkObjList {
    virObject parent;
    virObjList *objs; /* the virNetworkObj members, owned */
};

static virClass *virNetworkObjClass;
static virClass *virNetworkObjListClass;
static void virNetworkObjDispose(void *obj);
static void virNetworkObjListDispose(void *obj);


static int
virNetworkObjOnceInit(void)
{
    if (!VIR_CLASS_NEW(virNetworkObj, virClassForObjectLockable()) ||
        !VIR_CLASS_NEW(virNetworkObjList, virClassForObject()))
        return -1;
    return 0;
}

VIR_ONCE_GLOBAL_INIT(virNetworkObj);


static void
virNetworkObjDispose(void *obj)
{
    virNetworkObj *net = obj;

    virNetworkDefFree(net->def);
    virNetworkDefFree(net->newDef);
}


static void
virNetworkObjListDispose(void *obj)
{
    virNetworkObjList *nets = obj;

    virObjectUnref(nets->objs);
}


void
virNetworkObjEndAPI(virNetworkObj **obj)
{
    if (!*obj)
        return;
    virObjectUnlock(*obj);
    virObjectUnref(*obj);
    *obj = NULL;
}


virNetworkObjList *
virNetworkObjListNew(void)
{
    virNetworkObjList *nets;

    if (virNetworkObjInitialize() < 0)
        return NULL;
    if (!(nets = virObjectNew(virNetworkObjListClass)))
        return NULL;
    if (!(nets->objs = virObjListNew())) {
        virObjectUnref(nets);
        return NULL;
    }
    return nets;
}


static virNetworkObj *
virNetworkObjLockFound(virNetworkObj *obj)
{
    if (!obj)
        return NULL;
    virObjectLock(obj);
    if (obj->removing)
        virNetworkObjEndAPI(&obj);
    return obj;
}


virNetworkObj *
virNetworkObjListFindByUUID(virNetworkObjList *nets, const unsigned char *uuid)
{
    return virNetworkObjLockFound(virObjListFindByUUID(nets->objs, uuid));
}


virNetworkObj *
virNetworkObjListFindByName(virNetworkObjList *nets, const char *name)
{
    return virNetworkObjLockFound(virObjListFindByName(nets->objs, name));
}


static virNetworkObj *
virNetworkObjAssignExisting(virNetworkObj *obj, virNetworkDef **def, unsigned int flags)
{
    char uuidstr[VIR_UUID_STRING_BUFLEN];

    if (!g_str_equal(obj->def->name, (*def)->name)) {
        virReportError(VIR_ERR_OPERATION_FAILED,
                       _("network '%1$s' is already defined with uuid %2$s"), obj->def->name,
                       virUUIDFormat(obj->def->uuid, uuidstr));
        virNetworkObjEndAPI(&obj);
        return NULL;
    }
    if ((flags & VIR_NETWORK_OBJ_LIST_ADD_CHECK_LIVE) && obj->active) {
        virReportError(VIR_ERR_OPERATION_INVALID, _("network is already active as '%1$s'"),
                       obj->def->name);
        virNetworkObjEndAPI(&obj);
        return NULL;
    }

    if (flags & VIR_NETWORK_OBJ_LIST_ADD_LIVE) {
        virNetworkDefFree(obj->def);
        obj->def = g_steal_pointer(def);
    } else {
        virNetworkDefFree(obj->newDef);
        obj->newDef = NULL;
        if (obj->active) {
            obj->newDef = g_steal_pointer(def);
        } else {
            virNetworkDefFree(obj->def);
            obj->def = g_steal_pointer(def);
        }
        obj->persistent = true;
    }
    return obj;
}


virNetworkObj *
virNetworkObjListAssignDef(virNetworkObjList *nets, virNetworkDef **def, unsigned int flags)
{
    char uuidstr[VIR_UUID_STRING_BUFLEN];
    virNetworkObj *obj;

    if ((obj = virNetworkObjListFindByUUID(nets, (*def)->uuid)))
        return virNetworkObjAssignExisting(obj, def, flags);

    if ((obj = virNetworkObjListFindByName(nets, (*def)->name))) {
        virReportError(VIR_ERR_OPERATION_FAILED, _("network '%1$s' already exists with uuid %2$s"),
                       (*def)->name, virUUIDFormat(obj->def->uuid, uuidstr));
        virNetworkObjEndAPI(&obj);
        return NULL;
    }

    if (!(obj = virObjectLockableNew(virNetworkObjClass)))
        return NULL;
    virObjectLock(obj);
    obj->def = *def;
    obj->persistent = !(flags & VIR_NETWORK_OBJ_LIST_ADD_LIVE);
    if (virObjListAdd(nets->objs, obj, obj->def->uuid, obj->def->name) < 0) {
        obj->def = NULL;
        virNetworkObjEndAPI(&obj);
        return NULL;
    }
    *def = NULL;
    return obj;
}


void
virNetworkObjListRemove(virNetworkObjList *nets, virNetworkObj *obj)
{
    obj->removing = true;
    virObjListRemove(nets->objs, obj);
}


static bool
virNetworkObjMatch(virNetworkObj *obj, unsigned int flags)
{
#define VIR_FILTER(group, yes, no, cond)                                                           \
 ((flags & (group)) && !(((flags & (yes)) && (cond)) || ((flags & (no)) && !(cond))))

    if (VIR_FILTER(VIR_CONNECT_LIST_NETWORKS_FILTERS_ACTIVE, VIR_CONNECT_LIST_NETWORKS_ACTIVE,
                   VIR_CONNECT_LIST_NETWORKS_INACTIVE, obj->active))
        return false;
    if (VIR_FILTER(VIR_CONNECT_LIST_NETWORKS_FILTERS_PERSISTENT,
                   VIR_CONNECT_LIST_NETWORKS_PERSISTENT, VIR_CONNECT_LIST_NETWORKS_TRANSIENT,
                   obj->persistent))
        return false;
    if (VIR_FILTER(VIR_CONNECT_LIST_NETWORKS_FILTERS_AUTOSTART, VIR_CONNECT_LIST_NETWORKS_AUTOSTART,
                   VIR_CONNECT_LIST_NETWORKS_NO_AUTOSTART, obj->autostart))
        return false;
#undef VIR_FILTER
    return true;
}


virNetworkObj **
virNetworkObjListCollect(virNetworkObjList *nets, unsigned int flags, size_t *n)
{
    size_t count = 0;
    virNetworkObj **objs = (virNetworkObj **)virObjListCollect(nets->objs, &count);
    size_t i;
    size_t kept = 0;

    for (i = 0; i < count; i++) {
        bool keep;

        virObjectLock(objs[i]);
        keep = !objs[i]->removing && virNetworkObjMatch(objs[i], flags);
        virObjectUnlock(objs[i]);
        if (keep)
            objs[kept++] = objs[i];
        else
            virObjectUnref(objs[i]);
    }
    objs[kept] = NULL;
    *n = kept;
    return objs;
}


int
virNetworkObjListNum(virNetworkObjList *nets, bool active)
{
    size_t n = 0;
    virNetworkObj **objs = virNetworkObjListCollect(
        nets, active ? VIR_CONNECT_LIST_NETWORKS_ACTIVE : VIR_CONNECT_LIST_NETWORKS_INACTIVE, &n);

    virObjectListFree(objs);
    return n;
}


int
virNetworkObjListGetNames(virNetworkObjList *nets, bool active, char **const names, int maxnames)
{
    size_t n = 0;
    virNetworkObj **objs = virNetworkObjListCollect(
        nets, active ? VIR_CONNECT_LIST_NETWORKS_ACTIVE : VIR_CONNECT_LIST_NETWORKS_INACTIVE, &n);
    size_t i;
    int count = 0;

    for (i = 0; i < n && count < maxnames; i++) {
        virObjectLock(objs[i]);
        names[count++] = g_strdup(objs[i]->def->name);
        virObjectUnlock(objs[i]);
    }
    virObjectListFree(objs);
    return count;
}
