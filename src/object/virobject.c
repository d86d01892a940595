/*
 * virobject.c: reference-counted objects with single inheritance
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <stdint.h>
#include <string.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virlog.h"
#include "virthread.h"
#define VIR_OBJECTPRIV_H_ALLOW
#include "virobjectpriv.h"

#define VIR_FROM_THIS VIR_FROM_NONE

VIR_LOG_INIT("object.virobject");

/* Immutable once created; classes are never freed. */
struct _virClass {
    virClass *parent;                 /* NULL only for virObject */
    unsigned int magic;               /* VIR_OBJECT_MAGIC_BASE + serial */
    char *name;                       /* owned */
    size_t objectSize;                /* instance size in bytes */
    virObjectDisposeCallback dispose; /* may be NULL */
};

static virClass *virObjectClass;
static virClass *virObjectLockableClass;
static virClass *virObjectRWLockableClass;

/* Number of classes created so far; gives each its magic. */
static gint virClassCount;

/* Test hook replacing the final g_free(); see virobjectpriv.h. */
static virObjectFreeHook virObjectFreeHookFunc;

static void virObjectLockableDispose(void *anyobj);
static void virObjectRWLockableDispose(void *anyobj);


static int
virObjectOnceInit(void)
{
    if (!(virObjectClass = virClassNew(NULL, "virObject", sizeof(virObject), 0, NULL)))
        return -1;
    if (!VIR_CLASS_NEW(virObjectLockable, virObjectClass))
        return -1;
    if (!VIR_CLASS_NEW(virObjectRWLockable, virObjectClass))
        return -1;
    return 0;
}

VIR_ONCE_GLOBAL_INIT(virObject);


virClass *
virClassForObject(void)
{
    if (virObjectInitialize() < 0)
        return NULL;
    return virObjectClass;
}


virClass *
virClassForObjectLockable(void)
{
    if (virObjectInitialize() < 0)
        return NULL;
    return virObjectLockableClass;
}


virClass *
virClassForObjectRWLockable(void)
{
    if (virObjectInitialize() < 0)
        return NULL;
    return virObjectRWLockableClass;
}


/* Checks what virClassNew() is given; returns 0 or -1 with an error reported. */
static int
virClassValidate(virClass *parent, const char *name, size_t objectSize, size_t parentSize)
{
    if (!name) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("class name is missing"));
        return -1;
    }
    if (!parent && !g_str_equal(name, "virObject")) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("class '%1$s' must have a parent class"), name);
        return -1;
    }
    if (!parent) {
        if (objectSize < sizeof(virObject)) {
            virReportError(VIR_ERR_INTERNAL_ERROR, _("class '%1$s' is smaller than virObject"),
                           name);
            return -1;
        }
        return 0;
    }
    if (parentSize != parent->objectSize) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("class '%1$s' embeds a parent of %2$zu bytes but '%3$s' has %4$zu"), name,
                       parentSize, parent->name, parent->objectSize);
        return -1;
    }
    if (objectSize < parent->objectSize) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("class '%1$s' is smaller than its parent class '%2$s'"), name,
                       parent->name);
        return -1;
    }
    return 0;
}


virClass *
virClassNew(virClass *parent,
            const char *name,
            size_t objectSize,
            size_t parentSize,
            virObjectDisposeCallback dispose)
{
    virClass *klass;
    unsigned int serial;

    if (virClassValidate(parent, name, objectSize, parentSize) < 0)
        return NULL;

    serial = (unsigned int)g_atomic_int_add(&virClassCount, 1);
    if (serial > ~VIR_OBJECT_MAGIC_MASK) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("too many object classes to create '%1$s'"), name);
        return NULL;
    }

    klass = g_new0(virClass, 1);
    klass->parent = parent;
    klass->magic = VIR_OBJECT_MAGIC_BASE + serial;
    klass->name = g_strdup(name);
    klass->objectSize = objectSize;
    klass->dispose = dispose;
    VIR_DEBUG("class %s magic 0x%x parent %s size %zu", name, klass->magic,
              parent ? parent->name : "-", objectSize);
    return klass;
}


const char *
virClassName(virClass *klass)
{
    return klass ? klass->name : NULL;
}


bool
virClassIsDerivedFrom(virClass *klass, virClass *parent)
{
    if (!parent)
        return false;
    for (; klass; klass = klass->parent) {
        if (klass->magic == parent->magic)
            return true;
    }
    return false;
}


/*
 * Whether @obj looks like a live object. For memory that was really
 * freed this reads freed memory and cannot be reliable; it catches NULL,
 * foreign pointers and poisoned memory not yet reused.
 */
static bool
virObjectIsValid(virObject *obj)
{
    return obj && (obj->magic & VIR_OBJECT_MAGIC_MASK) == VIR_OBJECT_MAGIC_BASE;
}


/* Logs why @anyobj was refused by @caller, which wanted a @want. */
static void
virObjectWarnRefused(void *anyobj, const char *caller, const char *want)
{
    virObject *obj = anyobj;

    if (!obj)
        VIR_WARN("%s: NULL given where a %s was expected, ignoring", caller, want);
    else if (!virObjectIsValid(obj))
        VIR_WARN("%s: %p is not a valid %s (magic 0x%x), ignoring", caller, anyobj, want,
                 obj->magic);
    else
        VIR_WARN("%s: object %p of class '%s' is not a %s, ignoring", caller, anyobj,
                 obj->klass->name, want);
}


void *
virObjectNew(virClass *klass)
{
    virObject *obj;

    if (!klass) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("object class is missing"));
        return NULL;
    }

    obj = g_malloc0(klass->objectSize);
    obj->magic = klass->magic;
    obj->klass = klass;
    g_atomic_int_set(&obj->refs, 1);
    VIR_DEBUG("new %p class %s", obj, klass->name);
    return obj;
}


/* Reports an error unless @klass derives from @base; returns 0 or -1. */
static int
virObjectCheckNewClass(virClass *klass, virClass *base)
{
    if (virClassIsDerivedFrom(klass, base))
        return 0;
    virReportError(VIR_ERR_INTERNAL_ERROR, _("class '%1$s' is not derived from '%2$s'"),
                   NULLSTR(virClassName(klass)), NULLSTR(virClassName(base)));
    return -1;
}


void *
virObjectLockableNew(virClass *klass)
{
    virObjectLockable *obj;

    if (virObjectCheckNewClass(klass, virClassForObjectLockable()) < 0)
        return NULL;
    obj = virObjectNew(klass);
    virMutexInit(&obj->lock);
    return obj;
}


void *
virObjectRWLockableNew(virClass *klass)
{
    virObjectRWLockable *obj;

    if (virObjectCheckNewClass(klass, virClassForObjectRWLockable()) < 0)
        return NULL;
    obj = virObjectNew(klass);
    virRWLockInit(&obj->lock);
    return obj;
}


static void
virObjectLockableDispose(void *anyobj)
{
    virObjectLockable *obj = anyobj;

    virMutexDestroy(&obj->lock);
}


static void
virObjectRWLockableDispose(void *anyobj)
{
    virObjectRWLockable *obj = anyobj;

    virRWLockDestroy(&obj->lock);
}


void *
virObjectRef(void *anyobj)
{
    virObject *obj = anyobj;

    if (!virObjectIsValid(obj)) {
        virObjectWarnRefused(anyobj, __func__, "virObject");
        return NULL;
    }
    if (g_atomic_int_add(&obj->refs, 1) <= 0) {
        /* Nothing can save the object now: it is being disposed (e.g. a
         * dispose callback referenced it) and will be freed regardless. */
        VIR_WARN("%s: object %p of class '%s' referenced while being disposed", __func__, anyobj,
                 obj->klass->name);
    }
    VIR_DEBUG("ref %p", obj);
    return obj;
}


/* The last reference is gone: dispose child-to-parent, poison, free. */
static void
virObjectDisposeAndFree(virObject *obj)
{
    virClass *klass = obj->klass;
    size_t size = klass->objectSize;
    virObjectFreeHook hook;

    VIR_DEBUG("dispose %p class %s", obj, klass->name);
    for (; klass; klass = klass->parent) {
        if (klass->dispose)
            klass->dispose(obj);
    }

    /* Poison so that a stale pointer is refused by the checks above for
     * as long as the allocator leaves the memory alone. */
    memset(obj, 0, size);
    obj->magic = VIR_OBJECT_POISON;
    obj->klass = (virClass *)(uintptr_t)VIR_OBJECT_POISON;

    hook = g_atomic_pointer_get(&virObjectFreeHookFunc);
    if (hook)
        hook(obj, size);
    else
        g_free(obj);
}


bool
virObjectUnref(void *anyobj)
{
    virObject *obj = anyobj;

    if (!obj)
        return false;
    if (!virObjectIsValid(obj)) {
        virObjectWarnRefused(anyobj, __func__, "virObject");
        return false;
    }
    VIR_DEBUG("unref %p", obj);
    if (!g_atomic_int_dec_and_test(&obj->refs))
        return false;
    virObjectDisposeAndFree(obj);
    return true;
}


void
virObjectAutoUnref(void *objptr)
{
    void **obj = objptr;

    virObjectUnref(*obj);
    *obj = NULL;
}


void
virObjectFreeCallback(void *opaque)
{
    virObjectUnref(opaque);
}


void
virObjectListFree(void *list)
{
    void **next;

    if (!list)
        return;
    for (next = list; *next; next++)
        virObjectUnref(*next);
    g_free(list);
}


bool
virObjectIsClass(void *anyobj, virClass *klass)
{
    virObject *obj = anyobj;

    if (!virObjectIsValid(obj))
        return false;
    return virClassIsDerivedFrom(obj->klass, klass);
}


/* Returns @anyobj if it is a virObjectLockable, else warns and returns NULL. */
static virObjectLockable *
virObjectGetLockable(void *anyobj, const char *caller)
{
    if (virObjectIsClass(anyobj, virClassForObjectLockable()))
        return anyobj;
    virObjectWarnRefused(anyobj, caller, "virObjectLockable");
    return NULL;
}


/* Returns @anyobj if it is a virObjectRWLockable, else warns and returns NULL. */
static virObjectRWLockable *
virObjectGetRWLockable(void *anyobj, const char *caller)
{
    if (virObjectIsClass(anyobj, virClassForObjectRWLockable()))
        return anyobj;
    virObjectWarnRefused(anyobj, caller, "virObjectRWLockable");
    return NULL;
}


void
virObjectLock(void *anyobj)
{
    virObjectLockable *obj = virObjectGetLockable(anyobj, __func__);

    if (obj)
        virMutexLock(&obj->lock);
}


void
virObjectUnlock(void *anyobj)
{
    virObjectLockable *obj = virObjectGetLockable(anyobj, __func__);

    if (obj)
        virMutexUnlock(&obj->lock);
}


void
virObjectRWLockRead(void *anyobj)
{
    virObjectRWLockable *obj = virObjectGetRWLockable(anyobj, __func__);

    if (obj)
        virRWLockRead(&obj->lock);
}


void
virObjectRWLockWrite(void *anyobj)
{
    virObjectRWLockable *obj = virObjectGetRWLockable(anyobj, __func__);

    if (obj)
        virRWLockWrite(&obj->lock);
}


void
virObjectRWUnlock(void *anyobj)
{
    virObjectRWLockable *obj = virObjectGetRWLockable(anyobj, __func__);

    if (obj)
        virRWLockUnlock(&obj->lock);
}


void
virObjectSetFreeHook(virObjectFreeHook hook)
{
    g_atomic_pointer_set(&virObjectFreeHookFunc, hook);
}
