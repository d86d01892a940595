/*
 * vireventglibtest.c: tests for the event loop registry and the default
 * event loop on GLib's main context
 *
 * Every wait is bounded: the loop runs under a guard timer, and alarm()
 * kills the whole program if something hangs anyway.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <fcntl.h>
#include <unistd.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virevent.h"
#include "vireventglib.h"

#define VIR_FROM_THIS VIR_FROM_EVENT

/* Generous: only reached when the code under test is broken. */
#define TEST_WAIT_MS 5000
#define TEST_ALARM_S 120


/* What the callbacks of one watch or timer observed. */
typedef struct {
    int calls;       /* callback invocations */
    int lastID;      /* watch or timer number passed to the last call */
    int lastFd;      /* fd passed to the last call (watches) */
    int lastEvents;  /* events passed to the last call (watches) */
    int frees;       /* free callback invocations */
    int freesSeen;   /* @frees as seen by the callback when it returned */
    bool removeSelf; /* the callback removes its own watch or timer */
    int removeRet;   /* what that remove returned */
} testData;


static void
testFree(void *opaque)
{
    testData *data = opaque;

    g_atomic_int_inc(&data->frees);
}


static void
testHandleCb(int watch, int fd, int events, void *opaque)
{
    testData *data = opaque;

    data->lastID = watch;
    data->lastFd = fd;
    data->lastEvents = events;
    if (data->removeSelf)
        data->removeRet = virEventGLibRemoveHandle(watch);
    data->freesSeen = g_atomic_int_get(&data->frees);
    g_atomic_int_inc(&data->calls);
}


static void
testTimeoutCb(int timer, void *opaque)
{
    testData *data = opaque;

    data->lastID = timer;
    if (data->removeSelf)
        data->removeRet = virEventGLibRemoveTimeout(timer);
    data->freesSeen = g_atomic_int_get(&data->frees);
    g_atomic_int_inc(&data->calls);
}


static gboolean
testGuardFired(gpointer opaque)
{
    bool *fired = opaque;

    *fired = true;
    return G_SOURCE_REMOVE;
}


/*
 * Runs the loop until *@counter reaches @target or @ms milliseconds pass.
 * With @counter NULL, just runs it for @ms. Returns true if the target was
 * reached.
 */
static bool
testRunUntil(int *counter, int target, guint ms)
{
    bool fired = false;
    GSource *guard = g_timeout_source_new(ms);

    g_source_set_callback(guard, testGuardFired, &fired, NULL);
    g_source_attach(guard, NULL);
    while (!fired && !(counter && g_atomic_int_get(counter) >= target))
        g_assert_cmpint(virEventGLibRunOnce(), ==, 0);
    g_source_destroy(guard);
    g_source_unref(guard);
    return counter && g_atomic_int_get(counter) >= target;
}


static void
testPipe(int fds[2])
{
    g_assert_cmpint(pipe2(fds, O_CLOEXEC | O_NONBLOCK), ==, 0);
}


static void
testCloseFd(int *fd)
{
    if (*fd >= 0)
        g_assert_cmpint(close(*fd), ==, 0);
    *fd = -1;
}


/* ---- registry ---- */

/* Must run first: nothing is registered yet. */
static void
testRegistryNone(void)
{
    if (virEventImplIsRegistered()) {
        g_test_skip("an implementation is already registered");
        return;
    }
    g_assert_cmpint(virEventImplAddHandle(0, VIR_EVENT_HANDLE_READABLE, testHandleCb, NULL, NULL),
                    ==, -1);
    g_assert_cmpint(virEventImplAddTimeout(0, testTimeoutCb, NULL, NULL), ==, -1);
    g_assert_cmpint(virEventImplRemoveHandle(1), ==, -1);
    g_assert_cmpint(virEventImplRemoveTimeout(1), ==, -1);
    virEventImplUpdateHandle(1, 0);
    virEventImplUpdateTimeout(1, 0);

    /* As libvirt: the wrappers themselves report nothing... */
    virResetLastError();
    g_assert_cmpint(virEventImplAddTimeout(0, testTimeoutCb, NULL, NULL), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_OK);

    /* ...and callers that need an error ask for one. */
    g_assert_cmpint(virEventImplRequire(), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_CONFIG_UNSUPPORTED);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_EVENT);
    virResetLastError();
}


static void
testRegistryGLib(void)
{
    testData data = { 0 };
    int timer;

    virEventGLibRegister();
    virEventGLibRegister();
    g_assert_true(virEventImplIsRegistered());
    g_assert_cmpint(virEventImplRequire(), ==, 0);

    /* The first registration stays. */
    g_assert_false(virEventImplRegister(NULL, NULL, NULL, NULL, NULL, NULL));
    g_assert_true(virEventImplIsRegistered());

    /* The wrappers reach the GLib loop. */
    timer = virEventImplAddTimeout(0, testTimeoutCb, &data, testFree);
    g_assert_cmpint(timer, >, 0);
    g_assert_true(testRunUntil(&data.calls, 3, TEST_WAIT_MS));
    g_assert_cmpint(data.lastID, ==, timer);
    virEventImplUpdateTimeout(timer, -1);
    g_assert_cmpint(virEventImplRemoveTimeout(timer), ==, 0);
    g_assert_cmpint(virEventImplRemoveTimeout(timer), ==, -1);
    g_assert_true(testRunUntil(&data.frees, 1, TEST_WAIT_MS));
    g_assert_cmpint(data.frees, ==, 1);
}


/* ---- numbers ---- */

static void
testIDs(void)
{
    testData data = { 0 };
    int h1 = virEventGLibAddHandle(0, 0, testHandleCb, &data, testFree);
    int h2 = virEventGLibAddHandle(0, 0, testHandleCb, &data, testFree);
    int t1 = virEventGLibAddTimeout(-1, testTimeoutCb, &data, testFree);
    int t2 = virEventGLibAddTimeout(-1, testTimeoutCb, &data, testFree);
    int h3;

    g_assert_cmpint(h1, >, 0);
    g_assert_cmpint(h2, >, h1);
    g_assert_cmpint(t1, >, 0);
    g_assert_cmpint(t2, >, t1);

    g_assert_cmpint(virEventGLibRemoveHandle(h1), ==, 0);
    g_assert_cmpint(virEventGLibRemoveHandle(h1), ==, -1);
    g_assert_cmpint(virEventGLibRemoveHandle(0), ==, -1);
    g_assert_cmpint(virEventGLibRemoveHandle(-5), ==, -1);
    g_assert_cmpint(virEventGLibRemoveTimeout(t2 + 1000), ==, -1);
    virEventGLibUpdateHandle(h1, VIR_EVENT_HANDLE_READABLE);
    virEventGLibUpdateTimeout(t2 + 1000, 0);

    /* A removed number is not handed out again. */
    h3 = virEventGLibAddHandle(0, 0, testHandleCb, &data, testFree);
    g_assert_cmpint(h3, >, h2);

    g_assert_cmpint(virEventGLibRemoveHandle(h2), ==, 0);
    g_assert_cmpint(virEventGLibRemoveHandle(h3), ==, 0);
    g_assert_cmpint(virEventGLibRemoveTimeout(t1), ==, 0);
    g_assert_cmpint(virEventGLibRemoveTimeout(t2), ==, 0);
    g_assert_true(testRunUntil(&data.frees, 5, TEST_WAIT_MS));
    /* The update of the removed h1 must not have revived it. */
    g_assert_cmpint(data.calls, ==, 0);
    g_assert_false(testRunUntil(&data.frees, 6, 50));
}


/* ---- handles ---- */

static void
testHandleReadable(void)
{
    testData data = { 0 };
    int fds[2];
    int watch;
    char c = 'x';

    testPipe(fds);
    watch = virEventGLibAddHandle(fds[0], VIR_EVENT_HANDLE_READABLE, testHandleCb, &data, testFree);

    /* Nothing to read yet. */
    g_assert_false(testRunUntil(&data.calls, 1, 50));

    g_assert_cmpint(write(fds[1], &c, 1), ==, 1);
    g_assert_true(testRunUntil(&data.calls, 1, TEST_WAIT_MS));
    g_assert_cmpint(data.lastID, ==, watch);
    g_assert_cmpint(data.lastFd, ==, fds[0]);
    g_assert_cmpint(data.lastEvents, ==, VIR_EVENT_HANDLE_READABLE);

    /* Level-triggered: still readable, so it fires again. */
    g_assert_true(testRunUntil(&data.calls, 3, TEST_WAIT_MS));

    /* Paused with events 0, resumed with READABLE. */
    virEventGLibUpdateHandle(watch, 0);
    data.calls = 0;
    g_assert_false(testRunUntil(&data.calls, 1, 50));
    virEventGLibUpdateHandle(watch, VIR_EVENT_HANDLE_READABLE);
    g_assert_true(testRunUntil(&data.calls, 1, TEST_WAIT_MS));

    /* Drained: quiet again. */
    g_assert_cmpint(read(fds[0], &c, 1), ==, 1);
    data.calls = 0;
    g_assert_false(testRunUntil(&data.calls, 1, 50));

    g_assert_cmpint(virEventGLibRemoveHandle(watch), ==, 0);
    g_assert_true(testRunUntil(&data.frees, 1, TEST_WAIT_MS));
    testCloseFd(&fds[0]);
    testCloseFd(&fds[1]);
}


static void
testHandleWritable(void)
{
    testData data = { 0 };
    int fds[2];
    int watch;

    testPipe(fds);
    /* Created paused, then switched to WRITABLE. */
    watch = virEventGLibAddHandle(fds[1], 0, testHandleCb, &data, testFree);
    g_assert_false(testRunUntil(&data.calls, 1, 50));

    virEventGLibUpdateHandle(watch, VIR_EVENT_HANDLE_WRITABLE);
    g_assert_true(testRunUntil(&data.calls, 1, TEST_WAIT_MS));
    g_assert_cmpint(data.lastEvents, ==, VIR_EVENT_HANDLE_WRITABLE);
    g_assert_cmpint(data.lastFd, ==, fds[1]);

    /* Switching to READABLE on a write end: never fires. */
    virEventGLibUpdateHandle(watch, VIR_EVENT_HANDLE_READABLE);
    data.calls = 0;
    g_assert_false(testRunUntil(&data.calls, 1, 50));

    g_assert_cmpint(virEventGLibRemoveHandle(watch), ==, 0);
    g_assert_true(testRunUntil(&data.frees, 1, TEST_WAIT_MS));
    testCloseFd(&fds[0]);
    testCloseFd(&fds[1]);
}


static void
testHandleHangup(void)
{
    testData data = { 0 };
    int fds[2];
    int watch;

    testPipe(fds);
    watch = virEventGLibAddHandle(fds[0], VIR_EVENT_HANDLE_READABLE, testHandleCb, &data, testFree);
    testCloseFd(&fds[1]);
    g_assert_true(testRunUntil(&data.calls, 1, TEST_WAIT_MS));
    g_assert_true(data.lastEvents & VIR_EVENT_HANDLE_HANGUP);

    g_assert_cmpint(virEventGLibRemoveHandle(watch), ==, 0);
    g_assert_true(testRunUntil(&data.frees, 1, TEST_WAIT_MS));
    testCloseFd(&fds[0]);
}


/* The callback removes its own watch: no more calls, free comes later. */
static void
testHandleRemoveSelf(void)
{
    testData data = { .removeSelf = true, .removeRet = 42 };
    int fds[2];
    char c = 'x';

    testPipe(fds);
    (void)virEventGLibAddHandle(fds[0], VIR_EVENT_HANDLE_READABLE, testHandleCb, &data, testFree);
    g_assert_cmpint(write(fds[1], &c, 1), ==, 1);

    g_assert_true(testRunUntil(&data.frees, 1, TEST_WAIT_MS));
    g_assert_cmpint(data.removeRet, ==, 0);
    g_assert_cmpint(data.calls, ==, 1);
    g_assert_cmpint(data.freesSeen, ==, 0);

    /* Still readable, but gone: no further call, no second free. */
    g_assert_false(testRunUntil(&data.calls, 2, 100));
    g_assert_cmpint(data.frees, ==, 1);
    testCloseFd(&fds[0]);
    testCloseFd(&fds[1]);
}


/* Removal from the main thread frees only from the loop, once. */
static void
testHandleRemoveLater(void)
{
    testData data = { 0 };
    int watch = virEventGLibAddHandle(0, 0, testHandleCb, &data, testFree);

    g_assert_cmpint(virEventGLibRemoveHandle(watch), ==, 0);
    g_assert_cmpint(data.frees, ==, 0);
    g_assert_true(testRunUntil(&data.frees, 1, TEST_WAIT_MS));
    g_assert_false(testRunUntil(&data.frees, 2, 50));

    /* A watch without free callback is released too. */
    watch = virEventGLibAddHandle(0, 0, testHandleCb, NULL, NULL);
    g_assert_cmpint(virEventGLibRemoveHandle(watch), ==, 0);
    g_assert_false(testRunUntil(NULL, 0, 20));
}


/* ---- timers ---- */

static void
testTimeoutDisabledAndUpdate(void)
{
    testData data = { 0 };
    int timer = virEventGLibAddTimeout(-1, testTimeoutCb, &data, testFree);
    gint64 start;
    gint64 elapsed;

    g_assert_false(testRunUntil(&data.calls, 1, 100));

    /* 0: on every iteration. */
    virEventGLibUpdateTimeout(timer, 0);
    g_assert_true(testRunUntil(&data.calls, 5, TEST_WAIT_MS));
    g_assert_cmpint(data.lastID, ==, timer);

    /* Back to disabled. */
    virEventGLibUpdateTimeout(timer, -1);
    data.calls = 0;
    g_assert_false(testRunUntil(&data.calls, 1, 100));

    /* A period counts from the update. */
    start = g_get_monotonic_time();
    virEventGLibUpdateTimeout(timer, 80);
    g_assert_true(testRunUntil(&data.calls, 1, TEST_WAIT_MS));
    elapsed = (g_get_monotonic_time() - start) / 1000;
    g_assert_cmpint(elapsed, >=, 70);

    /* Any negative period disables. */
    virEventGLibUpdateTimeout(timer, -7);
    data.calls = 0;
    g_assert_false(testRunUntil(&data.calls, 1, 150));

    g_assert_cmpint(virEventGLibRemoveTimeout(timer), ==, 0);
    g_assert_true(testRunUntil(&data.frees, 1, TEST_WAIT_MS));
    g_assert_cmpint(data.frees, ==, 1);
}


static void
testTimeoutPeriodic(void)
{
    testData data = { 0 };
    gint64 start = g_get_monotonic_time();
    int timer = virEventGLibAddTimeout(30, testTimeoutCb, &data, testFree);
    gint64 elapsed;

    g_assert_true(testRunUntil(&data.calls, 3, TEST_WAIT_MS));
    elapsed = (g_get_monotonic_time() - start) / 1000;
    g_assert_cmpint(elapsed, >=, 80);

    g_assert_cmpint(virEventGLibRemoveTimeout(timer), ==, 0);
    g_assert_true(testRunUntil(&data.frees, 1, TEST_WAIT_MS));
}


static void
testTimeoutRemoveSelf(void)
{
    testData data = { .removeSelf = true, .removeRet = 42 };

    (void)virEventGLibAddTimeout(0, testTimeoutCb, &data, testFree);
    g_assert_true(testRunUntil(&data.frees, 1, TEST_WAIT_MS));
    g_assert_cmpint(data.removeRet, ==, 0);
    g_assert_cmpint(data.calls, ==, 1);
    g_assert_cmpint(data.freesSeen, ==, 0);
    g_assert_false(testRunUntil(&data.calls, 2, 50));
}


/*
 * A timer of period 0 is always ready. Removed watches must still be
 * released next to it (this starved when the release used an idle of
 * idle priority, which GLib never dispatches while a default-priority
 * source is ready).
 */
static void
testTimeoutZeroNoStarvation(void)
{
    testData busy = { 0 };
    testData data = { 0 };
    int timer = virEventGLibAddTimeout(0, testTimeoutCb, &busy, testFree);
    int watch = virEventGLibAddHandle(0, 0, testHandleCb, &data, testFree);

    g_assert_true(testRunUntil(&busy.calls, 2, TEST_WAIT_MS));
    g_assert_cmpint(virEventGLibRemoveHandle(watch), ==, 0);
    g_assert_true(testRunUntil(&data.frees, 1, TEST_WAIT_MS));

    g_assert_cmpint(virEventGLibRemoveTimeout(timer), ==, 0);
    g_assert_true(testRunUntil(&busy.frees, 1, TEST_WAIT_MS));
}


/* ---- threads ---- */

/* What a helper thread does to the loop after a short delay. */
typedef enum {
    TEST_ACT_ADD_TIMEOUT,
    TEST_ACT_UPDATE_TIMEOUT,
    TEST_ACT_ADD_HANDLE,
} testAct;

typedef struct {
    testAct act;
    int arg; /* fd or timer number */
    testData *data;
    int result; /* number returned by an add */
} testThreadJob;


static gpointer
testThreadAct(gpointer opaque)
{
    testThreadJob *job = opaque;

    /* Long enough for the main thread to be asleep in poll(). */
    g_usleep(100 * 1000);
    switch (job->act) {
    case TEST_ACT_ADD_TIMEOUT:
        g_atomic_int_set(&job->result,
                         virEventGLibAddTimeout(0, testTimeoutCb, job->data, testFree));
        break;
    case TEST_ACT_UPDATE_TIMEOUT:
        virEventGLibUpdateTimeout(job->arg, 0);
        break;
    case TEST_ACT_ADD_HANDLE:
        g_atomic_int_set(&job->result, virEventGLibAddHandle(job->arg, VIR_EVENT_HANDLE_WRITABLE,
                                                             testHandleCb, job->data, testFree));
        break;
    }
    return NULL;
}


/* Runs @job on another thread; the sleeping loop must wake at once. */
static void
testWakeBy(testThreadJob *job)
{
    gint64 start = g_get_monotonic_time();
    GThread *thread = g_thread_new("wake", testThreadAct, job);

    g_assert_true(testRunUntil(&job->data->calls, 1, TEST_WAIT_MS));
    /* Without a wake-up it would take the whole TEST_WAIT_MS guard. */
    g_assert_cmpint((g_get_monotonic_time() - start) / 1000, <, TEST_WAIT_MS / 2);
    g_thread_join(thread);
}


static void
testThreadWake(void)
{
    testData data = { 0 };
    testThreadJob job = { .act = TEST_ACT_ADD_TIMEOUT, .data = &data };
    int fds[2];

    testWakeBy(&job);
    g_assert_cmpint(virEventGLibRemoveTimeout(job.result), ==, 0);
    g_assert_true(testRunUntil(&data.frees, 1, TEST_WAIT_MS));

    data = (testData){ 0 };
    job = (testThreadJob){ .act = TEST_ACT_UPDATE_TIMEOUT, .data = &data };
    job.arg = virEventGLibAddTimeout(-1, testTimeoutCb, &data, testFree);
    testWakeBy(&job);
    g_assert_cmpint(virEventGLibRemoveTimeout(job.arg), ==, 0);
    g_assert_true(testRunUntil(&data.frees, 1, TEST_WAIT_MS));

    data = (testData){ 0 };
    testPipe(fds);
    job = (testThreadJob){ .act = TEST_ACT_ADD_HANDLE, .arg = fds[1], .data = &data };
    testWakeBy(&job);
    g_assert_cmpint(data.lastFd, ==, fds[1]);
    g_assert_cmpint(virEventGLibRemoveHandle(job.result), ==, 0);
    g_assert_true(testRunUntil(&data.frees, 1, TEST_WAIT_MS));
    testCloseFd(&fds[0]);
    testCloseFd(&fds[1]);
}


/* A callback that another thread removes while it runs. */
typedef struct {
    GMutex lock;
    GCond cond;
    bool entered; /* the callback is running */
    bool removed; /* the other thread's remove returned */
    int removeRet;
    int watch;
    testData data;
} testRace;


static void
testRaceCb(int watch G_GNUC_UNUSED, int fd G_GNUC_UNUSED, int events G_GNUC_UNUSED, void *opaque)
{
    testRace *race = opaque;
    gint64 deadline = g_get_monotonic_time() + TEST_WAIT_MS * G_TIME_SPAN_MILLISECOND;

    g_mutex_lock(&race->lock);
    race->entered = true;
    g_cond_broadcast(&race->cond);
    while (!race->removed && g_cond_wait_until(&race->cond, &race->lock, deadline))
        ;
    g_mutex_unlock(&race->lock);
    /* Removed meanwhile, but the opaque data must still be ours. */
    race->data.freesSeen = g_atomic_int_get(&race->data.frees);
    g_atomic_int_inc(&race->data.calls);
}


static void
testRaceFree(void *opaque)
{
    testRace *race = opaque;

    g_atomic_int_inc(&race->data.frees);
}


static gpointer
testRaceRemover(gpointer opaque)
{
    testRace *race = opaque;
    gint64 deadline = g_get_monotonic_time() + TEST_WAIT_MS * G_TIME_SPAN_MILLISECOND;
    int ret;

    g_mutex_lock(&race->lock);
    while (!race->entered && g_cond_wait_until(&race->cond, &race->lock, deadline))
        ;
    g_mutex_unlock(&race->lock);

    ret = virEventGLibRemoveHandle(race->watch);

    g_mutex_lock(&race->lock);
    race->removeRet = ret;
    race->removed = true;
    g_cond_broadcast(&race->cond);
    g_mutex_unlock(&race->lock);
    return NULL;
}


static void
testThreadRemoveDuringDispatch(void)
{
    testRace race = { .removeRet = 42 };
    int fds[2];
    GThread *thread;

    g_mutex_init(&race.lock);
    g_cond_init(&race.cond);
    testPipe(fds);
    race.watch =
        virEventGLibAddHandle(fds[1], VIR_EVENT_HANDLE_WRITABLE, testRaceCb, &race, testRaceFree);
    thread = g_thread_new("remover", testRaceRemover, &race);

    g_assert_true(testRunUntil(&race.data.frees, 1, TEST_WAIT_MS));
    g_thread_join(thread);
    g_assert_true(race.removed);
    g_assert_cmpint(race.removeRet, ==, 0);
    g_assert_cmpint(race.data.calls, ==, 1);
    g_assert_cmpint(race.data.freesSeen, ==, 0);
    g_assert_false(testRunUntil(&race.data.calls, 2, 50));
    g_assert_cmpint(race.data.frees, ==, 1);

    testCloseFd(&fds[0]);
    testCloseFd(&fds[1]);
    g_cond_clear(&race.cond);
    g_mutex_clear(&race.lock);
}


#define TEST_STRESS_THREADS 4
#define TEST_STRESS_ROUNDS 200

static gpointer
testStressWorker(gpointer opaque)
{
    testData *data = opaque;
    size_t i;

    for (i = 0; i < TEST_STRESS_ROUNDS; i++) {
        int timer = virEventGLibAddTimeout(i % 2 ? 0 : -1, testTimeoutCb, data, testFree);
        int watch = virEventGLibAddHandle(0, 0, testHandleCb, data, testFree);

        g_assert_cmpint(timer, >, 0);
        g_assert_cmpint(watch, >, 0);
        virEventGLibUpdateTimeout(timer, i % 3 ? 5 : -1);
        g_assert_cmpint(virEventGLibRemoveTimeout(timer), ==, 0);
        g_assert_cmpint(virEventGLibRemoveHandle(watch), ==, 0);
    }
    return NULL;
}


/* Many threads add and remove while the loop runs: each free exactly once. */
static void
testThreadStress(void)
{
    testData data = { 0 };
    GThread *threads[TEST_STRESS_THREADS];
    const int expected = TEST_STRESS_THREADS * TEST_STRESS_ROUNDS * 2;
    size_t i;

    for (i = 0; i < TEST_STRESS_THREADS; i++)
        threads[i] = g_thread_new("stress", testStressWorker, &data);
    g_assert_true(testRunUntil(&data.frees, expected, TEST_WAIT_MS * 4));
    for (i = 0; i < TEST_STRESS_THREADS; i++)
        g_thread_join(threads[i]);
    g_assert_false(testRunUntil(&data.frees, expected + 1, 50));
    g_assert_cmpint(data.frees, ==, expected);
}


int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    (void)alarm(TEST_ALARM_S);

    g_test_add_func("/util/event/registry/none", testRegistryNone);
    g_test_add_func("/util/event/registry/glib", testRegistryGLib);
    g_test_add_func("/util/eventglib/ids", testIDs);
    g_test_add_func("/util/eventglib/handle/readable", testHandleReadable);
    g_test_add_func("/util/eventglib/handle/writable", testHandleWritable);
    g_test_add_func("/util/eventglib/handle/hangup", testHandleHangup);
    g_test_add_func("/util/eventglib/handle/remove-self", testHandleRemoveSelf);
    g_test_add_func("/util/eventglib/handle/remove-later", testHandleRemoveLater);
    g_test_add_func("/util/eventglib/timeout/update", testTimeoutDisabledAndUpdate);
    g_test_add_func("/util/eventglib/timeout/periodic", testTimeoutPeriodic);
    g_test_add_func("/util/eventglib/timeout/remove-self", testTimeoutRemoveSelf);
    g_test_add_func("/util/eventglib/timeout/zero-no-starvation", testTimeoutZeroNoStarvation);
    g_test_add_func("/util/eventglib/thread/wake", testThreadWake);
    g_test_add_func("/util/eventglib/thread/remove-during-dispatch",
                    testThreadRemoveDuringDispatch);
    g_test_add_func("/util/eventglib/thread/stress", testThreadStress);

    return g_test_run();
}
