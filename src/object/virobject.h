/*
 * virobject.h: reference-counted objects with single inheritance
 *
 * A class is created once (VIR_CLASS_NEW inside a VIR_ONCE_GLOBAL_INIT
 * initialiser) and knows its parent, name, instance size and dispose
 * callback. An instance is a struct whose first member is its parent's
 * struct, named `parent`:
 *
 *     struct _virFoo {
 *         virObjectLockable parent;
 *         char *name;
 *     };
 *
 * Instances start with one reference. When the last one is dropped the
 * dispose callbacks run, child class first, then each parent; they free
 * fields only. The core then poisons the memory (zeroes it and sets the
 * magic and class pointer to VIR_OBJECT_POISON, see virobjectpriv.h) and
 * frees it. Calls on NULL, poisoned or wrong-class objects do nothing and
 * log a warning rather than crash.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stddef.h>

#include <glib.h>

#include "virthread.h"

typedef struct _virClass virClass;

typedef struct _virObject virObject;
typedef struct _virObjectLockable virObjectLockable;
typedef struct _virObjectRWLockable virObjectRWLockable;

/*
 * virObjectDisposeCallback:
 * @obj: the object being destroyed, no longer referenced by anyone
 *
 * Frees the fields its class added; must not free @obj itself, take new
 * references to it or lock it.
 */
typedef void (*virObjectDisposeCallback)(void *obj);

/*
 * The fields are private to virobject.c; they are only in the header so
 * that subclasses can embed the struct.
 */
struct _virObject {
    unsigned int magic; /* the class's magic; VIR_OBJECT_POISON once freed */
    gint refs;          /* reference count; only touched with g_atomic_int_* */
    virClass *klass;    /* the object's class; poisoned once freed */
};

struct _virObjectLockable {
    virObject parent;
    virMutex lock; /* taken by virObjectLock() */
};

struct _virObjectRWLockable {
    virObject parent;
    virRWLock lock; /* taken by virObjectRWLockRead/Write() */
};


/*
 * virClassForObject / virClassForObjectLockable / virClassForObjectRWLockable:
 *
 * Return the base classes (borrowed; classes live until the process
 * exits), creating them on first use. They return NULL with an error
 * reported only if creating the classes failed.
 */
virClass *virClassForObject(void);
virClass *virClassForObjectLockable(void);
virClass *virClassForObjectRWLockable(void);

/*
 * virClassNew:
 * @parent: the parent class; NULL only for the root class "virObject"
 * @name: class name, copied
 * @objectSize: size of the instance struct
 * @parentSize: size of the parent's instance struct, checked against
 *              @parent so that a struct embedding the wrong parent is caught
 * @dispose: frees the fields this class adds, or NULL if there are none
 *
 * Creates a class. Use VIR_CLASS_NEW instead of calling this directly.
 * Returns the class (never freed), or NULL with VIR_ERR_INTERNAL_ERROR
 * reported if the arguments are inconsistent (missing parent or name,
 * size mismatch) or too many classes exist.
 */
virClass *virClassNew(virClass *parent,
                      const char *name,
                      size_t objectSize,
                      size_t parentSize,
                      virObjectDisposeCallback dispose);

/*
 * VIR_CLASS_NEW:
 * @name: the instance type, e.g. virFoo (a typedef of a struct whose
 *        first member is named `parent`)
 * @prnt: the parent class, e.g. virClassForObjectLockable()
 *
 * Creates the class of @name, stores it in the variable `nameClass` and
 * evaluates to it (NULL on error, reported). The dispose callback is the
 * function `nameDispose`. Fails to compile unless `parent` is the first
 * member of @name.
 *
 *     static virClass *virFooClass;
 *     static void virFooDispose(void *obj);
 *
 *     static int
 *     virFooOnceInit(void)
 *     {
 *         if (!VIR_CLASS_NEW(virFoo, virClassForObjectLockable()))
 *             return -1;
 *         return 0;
 *     }
 *
 *     VIR_ONCE_GLOBAL_INIT(virFoo);
 */
#define VIR_CLASS_NEW(name, prnt)                                                                  \
 (G_STATIC_ASSERT_EXPR(G_STRUCT_OFFSET(name, parent) == 0),                                        \
  (name##Class =                                                                                   \
       virClassNew(prnt, #name, sizeof(name), sizeof(((name *)NULL)->parent), name##Dispose)))

/*
 * virClassName:
 * @klass: a class, or NULL
 *
 * Returns the class name (borrowed, valid forever), or NULL for NULL.
 */
const char *virClassName(virClass *klass);

/*
 * virClassIsDerivedFrom:
 * @klass: a class, or NULL
 * @parent: a class, or NULL
 *
 * Returns true if @klass is @parent or has it among its ancestors; false
 * if either is NULL.
 */
bool virClassIsDerivedFrom(virClass *klass, virClass *parent);

/*
 * virObjectNew:
 * @klass: the class of the new object
 *
 * Allocates a zeroed instance of @klass holding one reference, which the
 * caller owns. For classes derived from virObjectLockable or
 * virObjectRWLockable use virObjectLockableNew()/virObjectRWLockableNew(),
 * which also set up the lock. Returns the object, or NULL with
 * VIR_ERR_INTERNAL_ERROR reported if @klass is NULL.
 */
void *virObjectNew(virClass *klass);

/*
 * virObjectLockableNew:
 * @klass: a class derived from virObjectLockable
 *
 * Like virObjectNew() and also initialises the mutex (unlocked). Returns
 * a new reference, or NULL with VIR_ERR_INTERNAL_ERROR reported if
 * @klass is not derived from virObjectLockable.
 */
void *virObjectLockableNew(virClass *klass);

/*
 * virObjectRWLockableNew:
 * @klass: a class derived from virObjectRWLockable
 *
 * Like virObjectNew() and also initialises the reader/writer lock.
 * Returns a new reference, or NULL with VIR_ERR_INTERNAL_ERROR reported if
 * @klass is not derived from virObjectRWLockable.
 */
void *virObjectRWLockableNew(virClass *klass);

/*
 * virObjectRef:
 * @obj: any virObject
 *
 * Takes a new reference on @obj (atomically; no lock needed, but the
 * caller must already hold a reference). Returns @obj, or NULL with a
 * warning logged if @obj is NULL or not a valid object.
 */
void *virObjectRef(void *obj);

/*
 * virObjectUnref:
 * @obj: any virObject, or NULL
 *
 * Drops one reference (atomically). The caller must not hold @obj's lock
 * when this may be the last reference. When it was the last one, runs
 * the dispose callbacks (child class first), poisons and frees the
 * memory. NULL is accepted silently, like any free function; an invalid
 * (e.g. already freed) object is left alone with a warning logged.
 * Returns true if this call freed the object, false otherwise.
 */
bool virObjectUnref(void *obj);

/*
 * virObjectAutoUnref:
 * @objptr: address of a pointer to a virObject (the pointer may be NULL)
 *
 * Unrefs *@objptr and sets it to NULL. For
 * __attribute__((cleanup(virObjectAutoUnref))); prefer g_autoptr.
 */
void virObjectAutoUnref(void *objptr);

/*
 * virObjectFreeCallback:
 * @opaque: a virObject, or NULL
 *
 * virObjectUnref() with a GDestroyNotify signature, e.g. as the value
 * destroy function of a GHashTable that owns a reference per value.
 */
void virObjectFreeCallback(void *opaque);

/*
 * virObjectListFree:
 * @list: a NULL-terminated array of virObject pointers (any subclass, so
 *        typed as void * to spare casts), or NULL
 *
 * Drops the reference held by each element and frees the array.
 */
void virObjectListFree(void *list);

/*
 * virObjectIsClass:
 * @obj: any pointer, may be NULL
 * @klass: a class
 *
 * Returns true if @obj is a valid object whose class is @klass or
 * derived from it.
 */
bool virObjectIsClass(void *obj, virClass *klass);

/*
 * virObjectLock:
 * @obj: an object derived from virObjectLockable, on which the caller
 *       holds a reference
 *
 * Locks the object's mutex, waiting as needed. Not recursive: the caller
 * must not hold it already. On NULL or any other kind of object, does
 * nothing and logs a warning.
 */
void virObjectLock(void *obj);

/*
 * virObjectUnlock:
 * @obj: an object derived from virObjectLockable, locked by the caller
 *
 * Unlocks the object's mutex. On NULL or any other kind of object, does
 * nothing and logs a warning.
 */
void virObjectUnlock(void *obj);

/*
 * virObjectRWLockRead / virObjectRWLockWrite:
 * @obj: an object derived from virObjectRWLockable, on which the caller
 *       holds a reference
 *
 * Take the object's lock for reading (shared) or writing (exclusive),
 * waiting as needed. A thread must not take it twice. On NULL or any
 * other kind of object, do nothing and log a warning.
 */
void virObjectRWLockRead(void *obj);
void virObjectRWLockWrite(void *obj);

/*
 * virObjectRWUnlock:
 * @obj: an object derived from virObjectRWLockable that the caller locked
 *
 * Releases the caller's read or write lock. On NULL or any other kind of
 * object, does nothing and logs a warning.
 */
void virObjectRWUnlock(void *obj);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virObject, virObjectUnref);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virObjectLockable, virObjectUnref);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virObjectRWLockable, virObjectUnref);
