/*
 * virobjecttest.c: tests for the object core
 *
 * VIR_TEST_OBJECT_ITERATIONS sets how many ref/unref pairs each thread of
 * the concurrency tests does (default 1000000); the valgrind run lowers
 * it. The lock tests do a tenth of that.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <stdint.h>
#include <string.h>

#include "internal.h"
#include "virerror.h"
#include "virlog.h"
#include "virobject.h"
#include "virthread.h"
#define VIR_OBJECTPRIV_H_ALLOW
#include "virobjectpriv.h"

#define VIR_FROM_THIS VIR_FROM_NONE

#define TEST_THREADS 8
#define TEST_DEADLINE_MS 10000

static guint64 testIterations = 1000000;


/* ---- test classes: testBase <- testMid <- testLeaf, and unrelated ones ---- */

typedef struct _testBase testBase;
struct _testBase {
    virObject parent;
    int a;
};

typedef struct _testMid testMid;
struct _testMid {
    testBase parent;
    char *name; /* owned */
};

typedef struct _testLeaf testLeaf;
struct _testLeaf {
    testMid parent;
    int *values; /* owned, @nvalues long */
    size_t nvalues;
};

typedef struct _testOther testOther;
struct _testOther {
    virObject parent;
    double x;
};

typedef struct _testCounter testCounter;
struct _testCounter {
    virObjectLockable parent;
    int counter;   /* guarded by the object lock, deliberately non-atomic */
    gint inside;   /* threads inside the critical section */
    gint overlaps; /* times a thread found another one inside */
};

typedef struct _testRWCounter testRWCounter;
struct _testRWCounter {
    virObjectRWLockable parent;
    int counter;     /* guarded by the object lock, written by writers only */
    gint readers;    /* threads holding the read lock */
    gint writers;    /* threads holding the write lock */
    gint violations; /* times the exclusion rules were broken */
};

typedef struct _testZombie testZombie;
struct _testZombie {
    virObject parent;
};

static virClass *testBaseClass;
static virClass *testMidClass;
static virClass *testLeafClass;
static virClass *testOtherClass;
static virClass *testCounterClass;
static virClass *testRWCounterClass;
static virClass *testZombieClass;

/* Names of disposed classes, in call order, separated by spaces. */
static GString *testDisposeLog;
static gint testOtherDisposed;


static void
testBaseDispose(void *obj)
{
    g_string_append(testDisposeLog, "testBase ");
    ((testBase *)obj)->a = -1;
}


static void
testMidDispose(void *obj)
{
    testMid *mid = obj;

    g_string_append(testDisposeLog, "testMid ");
    g_clear_pointer(&mid->name, g_free);
}


static void
testLeafDispose(void *obj)
{
    testLeaf *leaf = obj;

    /* Runs first: the parents' fields must still be intact. */
    if (!leaf->parent.name || leaf->parent.parent.a != 7)
        g_string_append(testDisposeLog, "parent-already-disposed ");
    g_string_append(testDisposeLog, "testLeaf ");
    g_clear_pointer(&leaf->values, g_free);
}


static void
testOtherDispose(void *obj)
{
    g_atomic_int_inc(&testOtherDisposed);
}


static void
testCounterDispose(void *obj)
{
    g_string_append(testDisposeLog, "testCounter ");
}


static void
testRWCounterDispose(void *obj)
{
    g_string_append(testDisposeLog, "testRWCounter ");
}


/* A buggy class that references the object it disposes. */
static void
testZombieDispose(void *obj)
{
    g_assert_true(virObjectRef(obj) == obj);
}


static int
testClassesOnceInit(void)
{
    if (!VIR_CLASS_NEW(testBase, virClassForObject()) || !VIR_CLASS_NEW(testMid, testBaseClass) ||
        !VIR_CLASS_NEW(testLeaf, testMidClass) || !VIR_CLASS_NEW(testOther, virClassForObject()) ||
        !VIR_CLASS_NEW(testCounter, virClassForObjectLockable()) ||
        !VIR_CLASS_NEW(testRWCounter, virClassForObjectRWLockable()) ||
        !VIR_CLASS_NEW(testZombie, virClassForObject()))
        return -1;
    return 0;
}

VIR_ONCE_GLOBAL_INIT(testClasses);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(testLeaf, virObjectUnref);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(testCounter, virObjectUnref);


static testLeaf *
testLeafNew(void)
{
    testLeaf *leaf;

    g_assert_cmpint(testClassesInitialize(), ==, 0);
    leaf = virObjectNew(testLeafClass);
    g_assert_nonnull(leaf);
    leaf->parent.parent.a = 7;
    leaf->parent.name = g_strdup("leaf");
    leaf->nvalues = 4;
    leaf->values = g_new0(int, leaf->nvalues);
    return leaf;
}


static int
testRefs(void *obj)
{
    return g_atomic_int_get(&((virObject *)obj)->refs);
}


static void
testDisposeLogReset(void)
{
    g_string_truncate(testDisposeLog, 0);
}


/* ---- capturing warnings ---- */

static GMutex testLogLock;
static GPtrArray *testLogLines; /* warning lines, guarded by testLogLock */


static void
testLogHook(virLogSource *source, virLogPriority priority, const char *line, void *opaque)
{
    if (priority != VIR_LOG_WARN)
        return;
    g_mutex_lock(&testLogLock);
    g_ptr_array_add(testLogLines, g_strdup(line));
    g_mutex_unlock(&testLogLock);
}


static guint
testWarnings(void)
{
    guint n;

    g_mutex_lock(&testLogLock);
    n = testLogLines->len;
    g_mutex_unlock(&testLogLock);
    return n;
}


/* Asserts that exactly one warning was logged since @before, containing @needle. */
static void
testAssertOneWarning(guint before, const char *needle)
{
    g_mutex_lock(&testLogLock);
    g_assert_cmpuint(testLogLines->len, ==, before + 1);
    if (!strstr(g_ptr_array_index(testLogLines, before), needle))
        g_error("warning '%s' lacks '%s'", (char *)g_ptr_array_index(testLogLines, before), needle);
    g_mutex_unlock(&testLogLock);
}


/* ---- (a) hierarchy, refcounts, dispose order ---- */

static void
testHierarchyRefs(void)
{
    testLeaf *leaf = testLeafNew();

    testDisposeLogReset();
    g_assert_cmpint(testRefs(leaf), ==, 1);
    g_assert_true(virObjectRef(leaf) == leaf);
    g_assert_true(virObjectRef(leaf) == leaf);
    g_assert_cmpint(testRefs(leaf), ==, 3);

    g_assert_false(virObjectUnref(leaf));
    g_assert_false(virObjectUnref(leaf));
    g_assert_cmpint(testRefs(leaf), ==, 1);
    g_assert_cmpstr(testDisposeLog->str, ==, "");

    g_assert_true(virObjectUnref(leaf));
    g_assert_cmpstr(testDisposeLog->str, ==, "testLeaf testMid testBase ");
}


static void
testHierarchyIsClass(void)
{
    g_autoptr(testLeaf) leaf = testLeafNew();
    testMid *mid = virObjectNew(testMidClass);
    testOther *other = virObjectNew(testOtherClass);

    g_assert_true(virObjectIsClass(leaf, testLeafClass));
    g_assert_true(virObjectIsClass(leaf, testMidClass));
    g_assert_true(virObjectIsClass(leaf, testBaseClass));
    g_assert_true(virObjectIsClass(leaf, virClassForObject()));
    g_assert_false(virObjectIsClass(leaf, testOtherClass));
    g_assert_false(virObjectIsClass(leaf, virClassForObjectLockable()));
    g_assert_false(virObjectIsClass(leaf, NULL));

    g_assert_true(virObjectIsClass(mid, testBaseClass));
    g_assert_false(virObjectIsClass(mid, testLeafClass));
    g_assert_true(virObjectIsClass(other, virClassForObject()));
    g_assert_false(virObjectIsClass(other, testBaseClass));
    g_assert_false(virObjectIsClass(NULL, testBaseClass));

    g_assert_true(virClassIsDerivedFrom(testLeafClass, testBaseClass));
    g_assert_false(virClassIsDerivedFrom(testBaseClass, testLeafClass));
    g_assert_true(virClassIsDerivedFrom(virClassForObjectLockable(), virClassForObject()));
    g_assert_false(virClassIsDerivedFrom(NULL, testBaseClass));

    g_assert_cmpstr(virClassName(testLeafClass), ==, "testLeaf");
    g_assert_cmpstr(virClassName(virClassForObject()), ==, "virObject");
    g_assert_cmpstr(virClassName(virClassForObjectLockable()), ==, "virObjectLockable");
    g_assert_cmpstr(virClassName(virClassForObjectRWLockable()), ==, "virObjectRWLockable");
    g_assert_null(virClassName(NULL));

    testDisposeLogReset();
    g_assert_true(virObjectUnref(mid));
    /* A testMid has no leaf part to dispose. */
    g_assert_cmpstr(testDisposeLog->str, ==, "testMid testBase ");
    g_assert_true(virObjectUnref(other));
}


static void
testClassErrors(void)
{
    virClass *base = virClassForObject();

    virResetLastError();
    g_assert_null(virClassNew(NULL, "orphan", sizeof(testBase), 0, NULL));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
    g_assert_nonnull(strstr(virGetLastErrorMessage(), "'orphan' must have a parent"));

    virResetLastError();
    g_assert_null(virClassNew(base, NULL, sizeof(testBase), sizeof(virObject), NULL));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);

    /* Embeds something that is not the parent's struct. */
    virResetLastError();
    g_assert_null(virClassNew(base, "wrongParent", sizeof(testMid), sizeof(testBase), NULL));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
    g_assert_nonnull(strstr(virGetLastErrorMessage(), "'wrongParent' embeds a parent"));

    virResetLastError();
    g_assert_null(virClassNew(testMidClass, "tiny", sizeof(testBase), sizeof(testMid), NULL));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);

    virResetLastError();
    g_assert_null(virObjectNew(NULL));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);

    virResetLastError();
    g_assert_null(virObjectLockableNew(testBaseClass));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
    g_assert_nonnull(
        strstr(virGetLastErrorMessage(), "'testBase' is not derived from 'virObjectLockable'"));

    virResetLastError();
    g_assert_null(virObjectRWLockableNew(testCounterClass));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);

    virResetLastError();
    g_assert_null(virObjectLockableNew(NULL));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
    virResetLastError();
}


/* ---- (b) concurrent ref/unref ---- */

static gint testEarlyFrees;

/* Start gate: the threads begin hammering only once all of them exist,
 * so that they really overlap. */
static GMutex testGateLock;
static GCond testGateCond;
static int testGateArrived; /* guarded by testGateLock */


static void
testRefUnrefThread(void *opaque)
{
    guint64 i;

    g_mutex_lock(&testGateLock);
    if (++testGateArrived == TEST_THREADS)
        g_cond_broadcast(&testGateCond);
    while (testGateArrived < TEST_THREADS)
        g_cond_wait(&testGateCond, &testGateLock);
    g_mutex_unlock(&testGateLock);

    for (i = 0; i < testIterations; i++) {
        virObjectRef(opaque);
        if (virObjectUnref(opaque))
            g_atomic_int_inc(&testEarlyFrees);
    }
}


static void
testConcurrentRefs(void)
{
    testOther *obj = virObjectNew(testOtherClass);
    virThread threads[TEST_THREADS];
    size_t i;

    g_atomic_int_set(&testOtherDisposed, 0);
    for (i = 0; i < TEST_THREADS; i++)
        g_assert_cmpint(virThreadCreate("refs", true, testRefUnrefThread, obj, &threads[i]), ==, 0);
    for (i = 0; i < TEST_THREADS; i++)
        virThreadJoin(&threads[i]);

    g_assert_cmpint(g_atomic_int_get(&testEarlyFrees), ==, 0);
    g_assert_cmpint(g_atomic_int_get(&testOtherDisposed), ==, 0);
    g_assert_cmpint(testRefs(obj), ==, 1);
    g_assert_true(virObjectUnref(obj));
    g_assert_cmpint(g_atomic_int_get(&testOtherDisposed), ==, 1);
}


/* ---- (c) poisoning, observed through the free hook ---- */

static void *testFreedMem;
static size_t testFreedSize;
static int testFreedCount;


static void
testFreeHook(void *mem, size_t size)
{
    testFreedMem = mem;
    testFreedSize = size;
    testFreedCount++;
}


/* Checks that @size bytes at @mem are zero except the poisoned fields. */
static void
testAssertPoisoned(void *mem, size_t size)
{
    virObject *obj = mem;
    g_autofree unsigned char *copy = g_memdup2(mem, size);
    size_t i;

    g_assert_cmphex(obj->magic, ==, VIR_OBJECT_POISON);
    g_assert_true(obj->klass == (virClass *)(uintptr_t)VIR_OBJECT_POISON);
    g_assert_cmpint(obj->refs, ==, 0);

    /* Blank the two poisoned fields in a copy; all the rest must be 0. */
    ((virObject *)copy)->magic = 0;
    ((virObject *)copy)->klass = NULL;
    for (i = 0; i < size; i++) {
        if (copy[i] != 0)
            g_error("byte %zu of a disposed object is 0x%x, not 0", i, copy[i]);
    }
}


static void
testPoison(void)
{
    testLeaf *leaf = testLeafNew();
    testCounter *counter = virObjectLockableNew(testCounterClass);
    guint before;

    testFreedCount = 0;
    virObjectSetFreeHook(testFreeHook);

    g_assert_true(virObjectUnref(leaf));
    g_assert_cmpint(testFreedCount, ==, 1);
    g_assert_true(testFreedMem == leaf);
    g_assert_cmpuint(testFreedSize, ==, sizeof(testLeaf));
    testAssertPoisoned(leaf, sizeof(testLeaf));

    /* A stale pointer is refused with a warning, and nothing changes. */
    before = testWarnings();
    g_assert_null(virObjectRef(leaf));
    testAssertOneWarning(before, "is not a valid virObject (magic 0xdeadbeef)");
    before = testWarnings();
    g_assert_false(virObjectUnref(leaf));
    testAssertOneWarning(before, "is not a valid virObject");
    g_assert_false(virObjectIsClass(leaf, testLeafClass));
    g_assert_false(virObjectIsClass(leaf, virClassForObject()));
    g_assert_cmpint(testFreedCount, ==, 1);
    testAssertPoisoned(leaf, sizeof(testLeaf));
    g_free(testFreedMem);

    g_assert_true(virObjectUnref(counter));
    g_assert_cmpint(testFreedCount, ==, 2);
    testAssertPoisoned(counter, sizeof(testCounter));
    before = testWarnings();
    virObjectLock(counter);
    testAssertOneWarning(before, "virObjectLock: ");
    before = testWarnings();
    virObjectUnlock(counter);
    testAssertOneWarning(before, "is not a valid virObjectLockable");
    g_free(testFreedMem);

    virObjectSetFreeHook(NULL);
}


/* ---- (d) NULL and wrong-class objects ---- */

static void
testMisuseNull(void)
{
    guint before = testWarnings();

    g_assert_null(virObjectRef(NULL));
    testAssertOneWarning(before, "virObjectRef: NULL given");
    before = testWarnings();
    virObjectLock(NULL);
    testAssertOneWarning(before, "virObjectLock: NULL given where a virObjectLockable");
    before = testWarnings();
    virObjectUnlock(NULL);
    testAssertOneWarning(before, "virObjectUnlock: NULL given");
    before = testWarnings();
    virObjectRWLockRead(NULL);
    testAssertOneWarning(before, "virObjectRWLockRead: NULL given");
    before = testWarnings();
    virObjectRWUnlock(NULL);
    testAssertOneWarning(before, "virObjectRWUnlock: NULL given");

    /* Unref is a free function: NULL is normal there and stays quiet. */
    before = testWarnings();
    g_assert_false(virObjectUnref(NULL));
    virObjectFreeCallback(NULL);
    virObjectListFree(NULL);
    g_assert_cmpuint(testWarnings(), ==, before);
}


static void
testMisuseWrongClass(void)
{
    g_autoptr(testLeaf) leaf = testLeafNew();
    g_autoptr(testCounter) counter = virObjectLockableNew(testCounterClass);
    /* Memory that never was an object. */
    uint64_t notObject[4] = { 0 };
    guint before = testWarnings();

    virObjectLock(leaf);
    testAssertOneWarning(before, "virObjectLock: object ");
    before = testWarnings();
    virObjectUnlock(leaf);
    testAssertOneWarning(before, "of class 'testLeaf' is not a virObjectLockable");
    before = testWarnings();
    virObjectRWLockWrite(counter);
    testAssertOneWarning(before, "of class 'testCounter' is not a virObjectRWLockable");
    before = testWarnings();
    virObjectRWUnlock(counter);
    testAssertOneWarning(before, "of class 'testCounter' is not a virObjectRWLockable");

    /* The refused calls did not touch the objects. */
    g_assert_cmpint(testRefs(leaf), ==, 1);
    virObjectLock(counter);
    g_assert_false(g_mutex_trylock(&counter->parent.lock.lock));
    virObjectUnlock(counter);

    before = testWarnings();
    g_assert_null(virObjectRef(notObject));
    testAssertOneWarning(before, "is not a valid virObject (magic 0x0)");
    before = testWarnings();
    g_assert_false(virObjectUnref(notObject));
    testAssertOneWarning(before, "is not a valid virObject");
    g_assert_false(virObjectIsClass(notObject, virClassForObject()));
}


static void
testMisuseRefInDispose(void)
{
    testZombie *zombie = virObjectNew(testZombieClass);
    guint before = testWarnings();

    g_assert_true(virObjectUnref(zombie));
    testAssertOneWarning(before, "of class 'testZombie' referenced while being disposed");
}


/* ---- (e) lockable objects exclude ---- */

static guint64
testLockIterations(void)
{
    return MAX(testIterations / 10, 1);
}


static void
testLockableThread(void *opaque)
{
    testCounter *obj = opaque;
    guint64 i;

    for (i = 0; i < testLockIterations(); i++) {
        virObjectLock(obj);
        if (g_atomic_int_add(&obj->inside, 1) != 0)
            g_atomic_int_inc(&obj->overlaps);
        obj->counter++;
        g_atomic_int_add(&obj->inside, -1);
        virObjectUnlock(obj);
    }
    virObjectUnref(obj);
}


static void
testLockableExcludes(void)
{
    testCounter *obj = virObjectLockableNew(testCounterClass);
    virThread threads[4];
    size_t i;

    g_assert_nonnull(obj);
    g_assert_true(virObjectIsClass(obj, virClassForObjectLockable()));
    for (i = 0; i < G_N_ELEMENTS(threads); i++) {
        /* Each thread owns a reference, as it must before locking. */
        g_assert_cmpint(
            virThreadCreate("lockable", true, testLockableThread, virObjectRef(obj), &threads[i]),
            ==, 0);
    }
    for (i = 0; i < G_N_ELEMENTS(threads); i++)
        virThreadJoin(&threads[i]);

    g_assert_cmpint(obj->overlaps, ==, 0);
    g_assert_cmpuint(obj->counter, ==, testLockIterations() * G_N_ELEMENTS(threads));
    testDisposeLogReset();
    g_assert_true(virObjectUnref(obj));
    g_assert_cmpstr(testDisposeLog->str, ==, "testCounter ");
}


static void
testRWLockableThread(void *opaque)
{
    testRWCounter *obj = opaque;
    guint64 i;

    for (i = 0; i < testLockIterations(); i++) {
        if (i % 4 == 0) {
            virObjectRWLockWrite(obj);
            if (g_atomic_int_add(&obj->writers, 1) != 0 || g_atomic_int_get(&obj->readers))
                g_atomic_int_inc(&obj->violations);
            obj->counter++;
            g_atomic_int_add(&obj->writers, -1);
        } else {
            virObjectRWLockRead(obj);
            g_atomic_int_inc(&obj->readers);
            if (g_atomic_int_get(&obj->writers))
                g_atomic_int_inc(&obj->violations);
            g_atomic_int_add(&obj->readers, -1);
        }
        virObjectRWUnlock(obj);
    }
    virObjectUnref(obj);
}


typedef struct {
    testRWCounter *obj;
    virMutex lock;
    virCond cond;
    bool inside; /* guarded by @lock */
} testReaderData;


static void
testSecondReader(void *opaque)
{
    testReaderData *data = opaque;

    virObjectRWLockRead(data->obj);
    virMutexLock(&data->lock);
    data->inside = true;
    virCondSignal(&data->cond);
    virMutexUnlock(&data->lock);
    virObjectRWUnlock(data->obj);
}


/* While we hold a read lock on @obj, another reader must get in. */
static void
testRWLockableTwoReaders(testRWCounter *obj)
{
    testReaderData data = { .obj = obj };
    unsigned long long deadline = g_get_real_time() / 1000 + TEST_DEADLINE_MS;
    virThread thread;

    virMutexInit(&data.lock);
    virCondInit(&data.cond);
    virObjectRWLockRead(obj);
    g_assert_cmpint(virThreadCreate("reader", true, testSecondReader, &data, &thread), ==, 0);
    virMutexLock(&data.lock);
    while (!data.inside) {
        if (virCondWaitUntil(&data.cond, &data.lock, deadline) < 0)
            break;
    }
    g_assert_true(data.inside);
    virMutexUnlock(&data.lock);
    virObjectRWUnlock(obj);
    virThreadJoin(&thread);
    virCondDestroy(&data.cond);
    virMutexDestroy(&data.lock);
}


static void
testRWLockableExcludes(void)
{
    testRWCounter *obj = virObjectRWLockableNew(testRWCounterClass);
    virThread threads[4];
    size_t i;

    g_assert_nonnull(obj);
    testRWLockableTwoReaders(obj);
    for (i = 0; i < G_N_ELEMENTS(threads); i++) {
        g_assert_cmpint(virThreadCreate("rwlockable", true, testRWLockableThread, virObjectRef(obj),
                                        &threads[i]),
                        ==, 0);
    }
    for (i = 0; i < G_N_ELEMENTS(threads); i++)
        virThreadJoin(&threads[i]);

    g_assert_cmpint(obj->violations, ==, 0);
    g_assert_cmpuint(obj->counter, ==, ((testLockIterations() + 3) / 4) * G_N_ELEMENTS(threads));
    testDisposeLogReset();
    g_assert_true(virObjectUnref(obj));
    g_assert_cmpstr(testDisposeLog->str, ==, "testRWCounter ");
}


/* ---- (f) automatic cleanup and list helpers ---- */

static testLeaf *
testAutoptrSteal(void)
{
    g_autoptr(testLeaf) leaf = testLeafNew();

    return g_steal_pointer(&leaf);
}


static void
testAutoptr(void)
{
    testLeaf *kept;

    testDisposeLogReset();
    {
        g_autoptr(testLeaf) leaf = testLeafNew();
        g_autoptr(virObject) extra = virObjectRef(leaf);

        g_assert_true(extra == (virObject *)leaf);
        g_assert_cmpint(testRefs(leaf), ==, 2);
    }
    g_assert_cmpstr(testDisposeLog->str, ==, "testLeaf testMid testBase ");

    testDisposeLogReset();
    {
        g_autoptr(virObjectLockable) lockable = virObjectLockableNew(testCounterClass);
        g_autoptr(virObjectRWLockable) rwlockable = virObjectRWLockableNew(testRWCounterClass);

        g_assert_nonnull(lockable);
        g_assert_nonnull(rwlockable);
    }
    g_assert_cmpstr(testDisposeLog->str, ==, "testRWCounter testCounter ");

    testDisposeLogReset();
    kept = testAutoptrSteal();
    g_assert_cmpstr(testDisposeLog->str, ==, "");
    g_assert_cmpint(testRefs(kept), ==, 1);

    {
        __attribute__((cleanup(virObjectAutoUnref))) testLeaf *alias = kept;

        g_assert_nonnull(alias);
    }
    g_assert_cmpstr(testDisposeLog->str, ==, "testLeaf testMid testBase ");
}


static void
testListHelpers(void)
{
    testOther **list = g_new0(testOther *, 4);
    GHashTable *table = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, virObjectFreeCallback);
    size_t i;

    g_atomic_int_set(&testOtherDisposed, 0);
    for (i = 0; i < 3; i++)
        list[i] = virObjectNew(testOtherClass);
    virObjectListFree(list);
    g_assert_cmpint(g_atomic_int_get(&testOtherDisposed), ==, 3);

    g_hash_table_insert(table, (char *)"a", virObjectNew(testOtherClass));
    g_hash_table_insert(table, (char *)"b", virObjectNew(testOtherClass));
    g_hash_table_insert(table, (char *)"a", virObjectNew(testOtherClass));
    g_assert_cmpint(g_atomic_int_get(&testOtherDisposed), ==, 4);
    g_hash_table_destroy(table);
    g_assert_cmpint(g_atomic_int_get(&testOtherDisposed), ==, 6);
}


static void
testSetup(void)
{
    const char *env = g_getenv("VIR_TEST_OBJECT_ITERATIONS");

    if (env && !g_ascii_string_to_unsigned(env, 10, 1, G_MAXUINT32, &testIterations, NULL))
        g_error("VIR_TEST_OBJECT_ITERATIONS='%s' is not a positive number", env);

    testDisposeLog = g_string_new(NULL);
    testLogLines = g_ptr_array_new_with_free_func(g_free);
    g_assert_cmpint(virLogSetDefaultPriority(VIR_LOG_WARN), ==, 0);
    virLogSetOutputHook(testLogHook, NULL);
    g_assert_cmpint(testClassesInitialize(), ==, 0);
}


int
main(int argc, char **argv)
{
    int ret;

    g_test_init(&argc, &argv, NULL);
    testSetup();

    g_test_add_func("/object/hierarchy/refs", testHierarchyRefs);
    g_test_add_func("/object/hierarchy/isclass", testHierarchyIsClass);
    g_test_add_func("/object/class/errors", testClassErrors);
    g_test_add_func("/object/threads/ref-unref", testConcurrentRefs);
    g_test_add_func("/object/poison", testPoison);
    g_test_add_func("/object/misuse/null", testMisuseNull);
    g_test_add_func("/object/misuse/wrong-class", testMisuseWrongClass);
    g_test_add_func("/object/misuse/ref-in-dispose", testMisuseRefInDispose);
    g_test_add_func("/object/lockable/exclude", testLockableExcludes);
    g_test_add_func("/object/rwlockable/exclude", testRWLockableExcludes);
    g_test_add_func("/object/autoptr", testAutoptr);
    g_test_add_func("/object/list-helpers", testListHelpers);

    ret = g_test_run();

    virLogSetOutputHook(NULL, NULL);
    g_ptr_array_unref(testLogLines);
    g_string_free(testDisposeLog, TRUE);
    return ret;
}
