/*
 * virthreadtest.c: tests for one-time init, locks, conditions and threads
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "internal.h"
#include "virerror.h"
#include "virthread.h"

#define VIR_FROM_THIS VIR_FROM_THREAD

#define TEST_RACERS 8
/* Generous: only reached when the code under test is broken. */
#define TEST_DEADLINE_MS 10000


static unsigned long long
testDeadline(unsigned long long ms)
{
    return (unsigned long long)(g_get_real_time() / 1000) + ms;
}


/* A start gate so that racing threads really start together. */
typedef struct {
    virMutex lock;
    virCond cond;
    bool open;
} testGate;


static void
testGateWait(testGate *gate)
{
    virMutexLock(&gate->lock);
    while (!gate->open)
        virCondWait(&gate->cond, &gate->lock);
    virMutexUnlock(&gate->lock);
}


static void
testGateOpen(testGate *gate)
{
    virMutexLock(&gate->lock);
    gate->open = true;
    virCondBroadcast(&gate->cond);
    virMutexUnlock(&gate->lock);
}


/* ---- once: success under a race ---- */

static gint testOnceRaceCalls;
static gint testOnceRaceFinished;
static testGate testOnceGate;


static int
testOnceRaceOnceInit(void)
{
    g_atomic_int_inc(&testOnceRaceCalls);
    /* Give the other racers time to arrive while we are still running. */
    g_usleep(20 * 1000);
    g_atomic_int_set(&testOnceRaceFinished, 1);
    return 0;
}

VIR_ONCE_GLOBAL_INIT(testOnceRace);


typedef struct {
    int ret;
    bool sawFinished;
} testOnceRacer;


static void
testOnceRaceThread(void *opaque)
{
    testOnceRacer *racer = opaque;

    testGateWait(&testOnceGate);
    racer->ret = testOnceRaceInitialize();
    /* Every caller must return only after the initialiser completed. */
    racer->sawFinished = g_atomic_int_get(&testOnceRaceFinished) == 1;
}


static void
testOnceRace(void)
{
    virThread threads[TEST_RACERS];
    testOnceRacer racers[TEST_RACERS] = { 0 };
    size_t i;

    virMutexInit(&testOnceGate.lock);
    virCondInit(&testOnceGate.cond);
    for (i = 0; i < TEST_RACERS; i++) {
        racers[i].ret = 42;
        g_assert_cmpint(
            virThreadCreate("once-racer", true, testOnceRaceThread, &racers[i], &threads[i]), ==,
            0);
    }
    testGateOpen(&testOnceGate);
    for (i = 0; i < TEST_RACERS; i++)
        virThreadJoin(&threads[i]);

    g_assert_cmpint(g_atomic_int_get(&testOnceRaceCalls), ==, 1);
    for (i = 0; i < TEST_RACERS; i++) {
        g_assert_cmpint(racers[i].ret, ==, 0);
        g_assert_true(racers[i].sawFinished);
    }
    /* Later calls do not run it again. */
    g_assert_cmpint(testOnceRaceInitialize(), ==, 0);
    g_assert_cmpint(g_atomic_int_get(&testOnceRaceCalls), ==, 1);
    virCondDestroy(&testOnceGate.cond);
    virMutexDestroy(&testOnceGate.lock);
}


/* ---- once: a failure sticks ---- */

static int testOnceFailCalls;


static int
testOnceFailOnceInit(void)
{
    testOnceFailCalls++;
    virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("broken setting '%1$s'"), "boom");
    return -1;
}

VIR_ONCE_GLOBAL_INIT(testOnceFail);


static void
testOnceFailCheckError(void)
{
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_CONFIG_UNSUPPORTED);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_THREAD);
    g_assert_nonnull(strstr(virGetLastErrorMessage(), "broken setting 'boom'"));
}


static void
testOnceFailThread(void *opaque)
{
    int *ret = opaque;

    /* The thread-local error must be set in this thread as well. */
    virResetLastError();
    *ret = testOnceFailInitialize();
    testOnceFailCheckError();
}


static void
testOnceFail(void)
{
    virThread thread;
    int ret = 0;

    virResetLastError();
    g_assert_cmpint(testOnceFailInitialize(), ==, -1);
    testOnceFailCheckError();

    virResetLastError();
    g_assert_cmpint(testOnceFailInitialize(), ==, -1);
    testOnceFailCheckError();

    g_assert_cmpint(virThreadCreate("once-fail", true, testOnceFailThread, &ret, &thread), ==, 0);
    virThreadJoin(&thread);
    g_assert_cmpint(ret, ==, -1);
    g_assert_cmpint(testOnceFailCalls, ==, 1);
    virResetLastError();
}


/* An initialiser that fails without reporting still yields an error. */
static int
testOnceSilentOnceInit(void)
{
    return -1;
}

VIR_ONCE_GLOBAL_INIT(testOnceSilent);


static void
testOnceSilent(void)
{
    virResetLastError();
    g_assert_cmpint(testOnceSilentInitialize(), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
    virResetLastError();
    g_assert_cmpint(testOnceSilentInitialize(), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
    virResetLastError();
}


/* ---- mutex ---- */

#define TEST_MUTEX_ITERATIONS 200000

typedef struct {
    virMutex lock;
    int counter;   /* guarded by @lock, deliberately non-atomic */
    gint inside;   /* threads inside the critical section */
    gint overlaps; /* times a thread found another one inside */
} testMutexData;


static void
testMutexThread(void *opaque)
{
    testMutexData *data = opaque;
    size_t i;

    for (i = 0; i < TEST_MUTEX_ITERATIONS; i++) {
        virMutexLock(&data->lock);
        if (g_atomic_int_add(&data->inside, 1) != 0)
            g_atomic_int_inc(&data->overlaps);
        data->counter++;
        g_atomic_int_add(&data->inside, -1);
        virMutexUnlock(&data->lock);
    }
}


static void
testMutexExcludes(void)
{
    testMutexData data = { 0 };
    virThread threads[4];
    size_t i;

    virMutexInit(&data.lock);
    for (i = 0; i < G_N_ELEMENTS(threads); i++)
        g_assert_cmpint(virThreadCreate("mutex", true, testMutexThread, &data, &threads[i]), ==, 0);
    for (i = 0; i < G_N_ELEMENTS(threads); i++)
        virThreadJoin(&threads[i]);
    g_assert_cmpint(data.overlaps, ==, 0);
    g_assert_cmpint(data.counter, ==, TEST_MUTEX_ITERATIONS * G_N_ELEMENTS(threads));
    virMutexDestroy(&data.lock);
}


static virMutex testStaticLock = VIR_MUTEX_INITIALIZER;


static void
testMutexStatic(void)
{
    /* Static storage works without virMutexInit. */
    virMutexLock(&testStaticLock);
    g_assert_false(g_mutex_trylock(&testStaticLock.lock));
    virMutexUnlock(&testStaticLock);
    g_assert_true(g_mutex_trylock(&testStaticLock.lock));
    virMutexUnlock(&testStaticLock);
}


/* ---- conditions ---- */

typedef struct {
    virMutex lock;
    virCond cond; /* signalled when @waiting or @go changes */
    int waiting;
    bool go;
    int woken;
    int timedOut;
} testCondData;


static void
testCondWaiter(void *opaque)
{
    testCondData *data = opaque;
    unsigned long long deadline = testDeadline(TEST_DEADLINE_MS);

    virMutexLock(&data->lock);
    data->waiting++;
    virCondBroadcast(&data->cond);
    while (!data->go) {
        if (virCondWaitUntil(&data->cond, &data->lock, deadline) < 0) {
            g_assert_cmpint(errno, ==, ETIMEDOUT);
            data->timedOut++;
            break;
        }
    }
    if (data->go)
        data->woken++;
    virMutexUnlock(&data->lock);
}


static void
testCondBroadcast(void)
{
    testCondData data = { 0 };
    virThread threads[3];
    size_t i;

    virMutexInit(&data.lock);
    virCondInit(&data.cond);
    for (i = 0; i < G_N_ELEMENTS(threads); i++)
        g_assert_cmpint(virThreadCreate("cond", true, testCondWaiter, &data, &threads[i]), ==, 0);

    virMutexLock(&data.lock);
    while (data.waiting < (int)G_N_ELEMENTS(threads))
        virCondWait(&data.cond, &data.lock);
    data.go = true;
    virCondBroadcast(&data.cond);
    virMutexUnlock(&data.lock);

    for (i = 0; i < G_N_ELEMENTS(threads); i++)
        virThreadJoin(&threads[i]);
    g_assert_cmpint(data.woken, ==, G_N_ELEMENTS(threads));
    g_assert_cmpint(data.timedOut, ==, 0);
    virCondDestroy(&data.cond);
    virMutexDestroy(&data.lock);
}


static void
testCondSignal(void)
{
    testCondData data = { 0 };
    virThread thread;

    virMutexInit(&data.lock);
    virCondInit(&data.cond);
    g_assert_cmpint(virThreadCreate("cond", true, testCondWaiter, &data, &thread), ==, 0);

    virMutexLock(&data.lock);
    while (data.waiting < 1)
        virCondWait(&data.cond, &data.lock);
    data.go = true;
    virCondSignal(&data.cond);
    virMutexUnlock(&data.lock);

    virThreadJoin(&thread);
    g_assert_cmpint(data.woken, ==, 1);
    g_assert_cmpint(data.timedOut, ==, 0);
    virCondDestroy(&data.cond);
    virMutexDestroy(&data.lock);
}


static void
testCondTimeout(void)
{
    virMutex lock;
    virCond cond;
    gint64 start;
    int ret;

    virMutexInit(&lock);
    virCondInit(&cond);
    virMutexLock(&lock);

    start = g_get_monotonic_time();
    do {
        errno = 0;
        ret = virCondWaitUntil(&cond, &lock, testDeadline(50));
    } while (ret == 0); /* spurious wake-ups */
    g_assert_cmpint(errno, ==, ETIMEDOUT);
    g_assert_cmpint(g_get_monotonic_time() - start, >=, 40 * 1000);

    /* A deadline in the past times out at once. */
    errno = 0;
    g_assert_cmpint(virCondWaitUntil(&cond, &lock, 1000), ==, -1);
    g_assert_cmpint(errno, ==, ETIMEDOUT);

    virMutexUnlock(&lock);
    virCondDestroy(&cond);
    virMutexDestroy(&lock);
}


/* ---- rwlock ---- */

typedef struct {
    virRWLock rw;
    virMutex lock;
    virCond cond;
    bool inside; /* guarded by @lock */
} testRWData;


static void
testRWThread(void *opaque, bool write)
{
    testRWData *data = opaque;

    if (write)
        virRWLockWrite(&data->rw);
    else
        virRWLockRead(&data->rw);
    virMutexLock(&data->lock);
    data->inside = true;
    virCondBroadcast(&data->cond);
    virMutexUnlock(&data->lock);
    virRWLockUnlock(&data->rw);
}


static void
testRWReader(void *opaque)
{
    testRWThread(opaque, false);
}


static void
testRWWriter(void *opaque)
{
    testRWThread(opaque, true);
}


/* Waits up to @ms for data->inside; returns its value. */
static bool
testRWWaitInside(testRWData *data, unsigned long long ms)
{
    unsigned long long deadline = testDeadline(ms);
    bool inside;

    virMutexLock(&data->lock);
    while (!data->inside) {
        if (virCondWaitUntil(&data->cond, &data->lock, deadline) < 0)
            break;
    }
    inside = data->inside;
    virMutexUnlock(&data->lock);
    return inside;
}


static void
testRWLock(void)
{
    testRWData data = { 0 };
    virThread thread;

    virRWLockInit(&data.rw);
    virMutexInit(&data.lock);
    virCondInit(&data.cond);

    /* A second reader gets in while we hold a read lock. */
    virRWLockRead(&data.rw);
    g_assert_cmpint(virThreadCreate("reader", true, testRWReader, &data, &thread), ==, 0);
    g_assert_true(testRWWaitInside(&data, TEST_DEADLINE_MS));
    virRWLockUnlock(&data.rw);
    virThreadJoin(&thread);

    /* A writer does not get in while we hold a read lock ... */
    data.inside = false;
    virRWLockRead(&data.rw);
    g_assert_cmpint(virThreadCreate("writer", true, testRWWriter, &data, &thread), ==, 0);
    g_assert_false(testRWWaitInside(&data, 100));
    /* ... and does once we let go. */
    virRWLockUnlock(&data.rw);
    g_assert_true(testRWWaitInside(&data, TEST_DEADLINE_MS));
    virThreadJoin(&thread);

    /* A reader does not get in while we hold the write lock. */
    data.inside = false;
    virRWLockWrite(&data.rw);
    g_assert_cmpint(virThreadCreate("reader", true, testRWReader, &data, &thread), ==, 0);
    g_assert_false(testRWWaitInside(&data, 100));
    virRWLockUnlock(&data.rw);
    g_assert_true(testRWWaitInside(&data, TEST_DEADLINE_MS));
    virThreadJoin(&thread);

    virCondDestroy(&data.cond);
    virMutexDestroy(&data.lock);
    virRWLockDestroy(&data.rw);
}


/* ---- threads ---- */

typedef struct {
    virMutex lock;
    virCond cond;
    bool done;
    unsigned long long tid;
} testThreadData;


static void
testThreadBody(void *opaque)
{
    testThreadData *data = opaque;

    virMutexLock(&data->lock);
    data->tid = virThreadSelfID();
    data->done = true;
    virCondSignal(&data->cond);
    virMutexUnlock(&data->lock);
}


static void
testThreadJoinable(void)
{
    testThreadData data = { 0 };
    virThread thread;

    virMutexInit(&data.lock);
    virCondInit(&data.cond);
    g_assert_cmpint(virThreadCreate("joinable", true, testThreadBody, &data, &thread), ==, 0);
    virThreadJoin(&thread);
    g_assert_null(thread.thread);
    g_assert_true(data.done);
    g_assert_cmpuint(data.tid, !=, 0);
    g_assert_cmpuint(data.tid, !=, virThreadSelfID());
    /* The main thread's id is the process id. */
    g_assert_cmpuint(virThreadSelfID(), ==, (unsigned long long)getpid());
    virCondDestroy(&data.cond);
    virMutexDestroy(&data.lock);
}


static void
testThreadDetached(void)
{
    testThreadData data = { 0 };
    unsigned long long deadline = testDeadline(TEST_DEADLINE_MS);

    virMutexInit(&data.lock);
    virCondInit(&data.cond);
    g_assert_cmpint(virThreadCreate("detached", false, testThreadBody, &data, NULL), ==, 0);
    virMutexLock(&data.lock);
    while (!data.done) {
        if (virCondWaitUntil(&data.cond, &data.lock, deadline) < 0)
            break;
    }
    g_assert_true(data.done);
    virMutexUnlock(&data.lock);
    /* The thread may still be between its unlock and its exit; it no
     * longer touches @data after unlocking, so we can tear down. */
    virCondDestroy(&data.cond);
    virMutexDestroy(&data.lock);
}


static void
testThreadNeverRuns(void *opaque)
{
    g_assert_not_reached();
}


/*
 * Runs in a subprocess: with almost no address space left, the new
 * thread's stack cannot be mapped and creation must fail cleanly.
 */
static void
testThreadCreateFailChild(void)
{
    g_autofree char *statm = NULL;
    g_auto(GStrv) fields = NULL;
    guint64 pages = 0;
    struct rlimit lim;
    virThread thread = { 0 };
    int ret;

    g_assert_true(g_file_get_contents("/proc/self/statm", &statm, NULL, NULL));
    fields = g_strsplit(statm, " ", 2);
    g_assert_true(g_ascii_string_to_unsigned(fields[0], 10, 1, G_MAXUINT64, &pages, NULL));
    lim.rlim_cur = lim.rlim_max = pages * (unsigned long long)sysconf(_SC_PAGESIZE) + 1024 * 1024;
    g_assert_cmpint(setrlimit(RLIMIT_AS, &lim), ==, 0);

    ret = virThreadCreate("doomed", true, testThreadNeverRuns, NULL, &thread);
    g_assert_cmpint(ret, ==, -1);
    g_assert_null(thread.thread);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_SYSTEM_ERROR);
    g_assert_nonnull(strstr(virGetLastErrorMessage(), "cannot create thread 'doomed'"));
}


static void
testThreadCreateFail(void)
{
    /* The child lowers RLIMIT_AS so that creating a thread fails; ASan
     * reserves terabytes of shadow memory and cannot run under that. */
#if defined(__SANITIZE_ADDRESS__)
    g_test_skip("address-space limits do not work under AddressSanitizer");
    return;
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
    g_test_skip("address-space limits do not work under AddressSanitizer");
    return;
# endif
#endif
    g_test_trap_subprocess("/util/thread/create-fail/subprocess", 0,
                           G_TEST_SUBPROCESS_INHERIT_STDERR);
    g_test_trap_assert_passed();
}


int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);

    g_test_add_func("/util/thread/once/race", testOnceRace);
    g_test_add_func("/util/thread/once/fail", testOnceFail);
    g_test_add_func("/util/thread/once/fail-silent", testOnceSilent);
    g_test_add_func("/util/thread/mutex/exclude", testMutexExcludes);
    g_test_add_func("/util/thread/mutex/static", testMutexStatic);
    g_test_add_func("/util/thread/cond/signal", testCondSignal);
    g_test_add_func("/util/thread/cond/broadcast", testCondBroadcast);
    g_test_add_func("/util/thread/cond/timeout", testCondTimeout);
    g_test_add_func("/util/thread/rwlock", testRWLock);
    g_test_add_func("/util/thread/create/joinable", testThreadJoinable);
    g_test_add_func("/util/thread/create/detached", testThreadDetached);
    g_test_add_func("/util/thread/create-fail", testThreadCreateFail);
    g_test_add_func("/util/thread/create-fail/subprocess", testThreadCreateFailChild);

    return g_test_run();
}
