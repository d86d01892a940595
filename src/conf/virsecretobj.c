/*
 * virsecretobj.c: secrets as a driver keeps them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virerror.h"
#include "virobjlist.h"
#include "virsecretobj.h"
#include "virthread.h"
#include "viruuid.h"

#define VIR_FROM_THIS VIR_FROM_SECRET

struct _virSecretObjList {
    virObject parent;
    virObjList *objs; /* the virSecretObj members, owned; name key = UUID string */
};

static virClass *virSecretObjClass;
static virClass *virSecretObjListClass;
static void virSecretObjDispose(void *obj);
static void virSecretObjListDispose(void *obj);


static int
virSecretObjOnceInit(void)
{
    if (!VIR_CLASS_NEW(virSecretObj, virClassForObjectLockable()) ||
        !VIR_CLASS_NEW(virSecretObjList, virClassForObject()))
        return -1;
    return 0;
}

VIR_ONCE_GLOBAL_INIT(virSecretObj);


static void
virSecretObjDispose(void *obj)
{
    virSecretObj *secret = obj;

    virSecretDefFree(secret->def);
    if (secret->value) {
        /* do not leave secret material in freed memory */
        memset(secret->value, 0, secret->value_size);
        g_free(secret->value);
    }
}


static void
virSecretObjListDispose(void *obj)
{
    virSecretObjList *secrets = obj;

    virObjectUnref(secrets->objs);
}


void
virSecretObjEndAPI(virSecretObj **obj)
{
    if (!*obj)
        return;
    virObjectUnlock(*obj);
    virObjectUnref(*obj);
    *obj = NULL;
}


virSecretObjList *
virSecretObjListNew(void)
{
    virSecretObjList *secrets;

    if (virSecretObjInitialize() < 0)
        return NULL;
    if (!(secrets = virObjectNew(virSecretObjListClass)))
        return NULL;
    if (!(secrets->objs = virObjListNew())) {
        virObjectUnref(secrets);
        return NULL;
    }
    return secrets;
}


virSecretObj *
virSecretObjListFindByUUID(virSecretObjList *secrets, const unsigned char *uuid)
{
    virSecretObj *obj = virObjListFindByUUID(secrets->objs, uuid);

    if (!obj)
        return NULL;
    virObjectLock(obj);
    if (obj->removing)
        virSecretObjEndAPI(&obj);
    return obj;
}


virSecretObj *
virSecretObjListFindByUsage(virSecretObjList *secrets, int usageType, const char *usageID)
{
    size_t n = 0;
    virSecretObj **objs;
    virSecretObj *ret = NULL;
    size_t i;

    if (usageType == VIR_SECRET_USAGE_TYPE_NONE)
        return NULL;
    objs = (virSecretObj **)virObjListCollect(secrets->objs, &n);
    for (i = 0; i < n && !ret; i++) {
        virObjectLock(objs[i]);
        if (!objs[i]->removing && (int)objs[i]->def->usage_type == usageType &&
            g_strcmp0(objs[i]->def->usage_id, usageID) == 0)
            ret = virObjectRef(objs[i]);
        else
            virObjectUnlock(objs[i]);
    }
    virObjectListFree(objs);
    return ret;
}


static virSecretObj *
virSecretObjListReplace(virSecretObj *obj, virSecretDef **def, virSecretDef **oldDef)
{
    char uuidstr[VIR_UUID_STRING_BUFLEN];

    if (g_strcmp0(obj->def->usage_id, (*def)->usage_id) != 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("a secret with UUID %1$s is already defined for use with %2$s"),
                       virUUIDFormat(obj->def->uuid, uuidstr), NULLSTR(obj->def->usage_id));
        virSecretObjEndAPI(&obj);
        return NULL;
    }
    if (obj->def->isprivate && !(*def)->isprivate) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                       _("cannot change private flag on existing secret"));
        virSecretObjEndAPI(&obj);
        return NULL;
    }
    if (oldDef)
        *oldDef = obj->def;
    else
        virSecretDefFree(obj->def);
    obj->def = g_steal_pointer(def);
    return obj;
}


virSecretObj *
virSecretObjListAdd(virSecretObjList *secrets, virSecretDef **def, virSecretDef **oldDef)
{
    char uuidstr[VIR_UUID_STRING_BUFLEN];
    virSecretObj *obj;

    if (oldDef)
        *oldDef = NULL;
    if ((obj = virSecretObjListFindByUUID(secrets, (*def)->uuid)))
        return virSecretObjListReplace(obj, def, oldDef);

    if ((obj = virSecretObjListFindByUsage(secrets, (*def)->usage_type, (*def)->usage_id))) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("a secret with UUID %1$s already defined for use with %2$s"),
                       virUUIDFormat(obj->def->uuid, uuidstr), NULLSTR((*def)->usage_id));
        virSecretObjEndAPI(&obj);
        return NULL;
    }

    if (!(obj = virObjectLockableNew(virSecretObjClass)))
        return NULL;
    virObjectLock(obj);
    obj->def = *def;
    virUUIDFormat(obj->def->uuid, uuidstr);
    if (virObjListAdd(secrets->objs, obj, obj->def->uuid, uuidstr) < 0) {
        obj->def = NULL;
        virSecretObjEndAPI(&obj);
        return NULL;
    }
    *def = NULL;
    return obj;
}


void
virSecretObjListRemove(virSecretObjList *secrets, virSecretObj *obj)
{
    obj->removing = true;
    virObjListRemove(secrets->objs, obj);
}


static bool
virSecretObjMatch(virSecretObj *obj, unsigned int flags)
{
#define VIR_FILTER(group, yes, no, cond)                                                           \
 ((flags & (group)) && !(((flags & (yes)) && (cond)) || ((flags & (no)) && !(cond))))

    if (VIR_FILTER(VIR_CONNECT_LIST_SECRETS_FILTERS_EPHEMERAL, VIR_CONNECT_LIST_SECRETS_EPHEMERAL,
                   VIR_CONNECT_LIST_SECRETS_NO_EPHEMERAL, obj->def->isephemeral))
        return false;
    if (VIR_FILTER(VIR_CONNECT_LIST_SECRETS_FILTERS_PRIVATE, VIR_CONNECT_LIST_SECRETS_PRIVATE,
                   VIR_CONNECT_LIST_SECRETS_NO_PRIVATE, obj->def->isprivate))
        return false;
#undef VIR_FILTER
    return true;
}


virSecretObj **
virSecretObjListCollect(virSecretObjList *secrets, unsigned int flags, size_t *n)
{
    size_t count = 0;
    virSecretObj **objs = (virSecretObj **)virObjListCollect(secrets->objs, &count);
    size_t i;
    size_t kept = 0;

    for (i = 0; i < count; i++) {
        bool keep;

        virObjectLock(objs[i]);
        keep = !objs[i]->removing && virSecretObjMatch(objs[i], flags);
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


void
virSecretObjSetValue(virSecretObj *obj, const unsigned char *value, size_t value_size)
{
    if (obj->value) {
        memset(obj->value, 0, obj->value_size);
        g_free(obj->value);
    }
    obj->value = g_memdup2(value, value_size);
    obj->value_size = value_size;
}
