/*
 * virobjecteventtest.c: tests for the event queue and callback registry
 * (virobjectevent): numbering, duplicates, filters, delivery order,
 * dropping, re-entrant callbacks and threads. The event classes are
 * covered by virdomaineventtest.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <unistd.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virevent.h"
#include "virobjecteventtestutils.h"

#define VIR_FROM_THIS VIR_FROM_NONE

#define TEST_ALARM_S 120


/* ---- callbacks ---- */

static int
testLegacyCb(virConnectPtr conn, virDomainPtr dom, int event, int detail, void *opaque)
{
    virObjectEventTestRecord(conn, dom, opaque, "legacy %d %d", event, detail);
    return 0;
}


/*
 * Lifecycle callbacks: several distinct functions, since a connection may
 * register a function only once per event and filter.
 */
static void
testLifecycleCb(virConnectPtr conn, virDomainPtr dom, int event, int detail, void *opaque)
{
    virObjectEventTestRecord(conn, dom, opaque, "lifecycle %d %d", event, detail);
}


static void
testLifecycle2Cb(virConnectPtr conn, virDomainPtr dom, int event, int detail, void *opaque)
{
    virObjectEventTestRecord(conn, dom, opaque, "lifecycle %d %d", event, detail);
}


static void
testLifecycle3Cb(virConnectPtr conn, virDomainPtr dom, int event, int detail, void *opaque)
{
    virObjectEventTestRecord(conn, dom, opaque, "lifecycle %d %d", event, detail);
}


static void
testLifecycleAddedCb(virConnectPtr conn, virDomainPtr dom, int event, int detail, void *opaque)
{
    virObjectEventTestRecord(conn, dom, opaque, "lifecycle %d %d", event, detail);
}


static void
testRebootCb(virConnectPtr conn, virDomainPtr dom, void *opaque)
{
    virObjectEventTestRecord(conn, dom, opaque, "generic");
}


static void
testNetLifecycleCb(virConnectPtr conn, virNetworkPtr net, int event, int detail, void *opaque)
{
    virObjectEventTestRecord(conn, net, opaque, "net-lifecycle %d %d", event, detail);
}


/* ---- tests ---- */

/* Must run before any event loop is registered. */
static void
testNoEventLoop(void)
{
    g_autoptr(virObjectEventState) state = virObjectEventStateNew();
    g_autoptr(virObjectLockable) conn = (virObjectLockable *)virObjectEventTestConnNew();
    virObjectEventTestCb cb = { .tag = "x", .deregisterID = -1 };

    if (virEventImplIsRegistered()) {
        g_test_skip("an event loop is already registered");
        return;
    }
    g_assert_cmpint(virDomainEventStateRegisterID(state, (virConnectPtr)conn, NULL, 0,
                                                  TEST_CB(testLifecycleCb), &cb,
                                                  virObjectEventTestCbFree),
                    ==, -1);
    virObjectEventTestCheckError(VIR_ERR_INTERNAL_ERROR,
                                 "internal error: could not initialize domain event timer");
    /* A failed registration neither keeps the data nor the connection. */
    g_assert_cmpint(cb.frees, ==, 0);
    g_assert_cmpint(TEST_REFS(conn), ==, 1);
    /* Without callbacks, events are dropped. */
    virObjectEventStateQueue(state, virDomainEventRebootNew(1, "a", virObjectEventTestUUIDA));
}


static void
testIDs(void)
{
    virObjectEventState *state;
    virConnectPtr conn = virObjectEventTestConnNew();
    virConnectPtr other = virObjectEventTestConnNew();
    virObjectEventTestCb cb = { .tag = "x", .conn = conn, .deregisterID = -1 };

    virObjectEventTestReset();
    state = virObjectEventStateNew();

    /* Numbers start at 0 and are shared by the families. */
    g_assert_cmpint(virDomainEventStateRegisterID(state, conn, NULL, 0, TEST_CB(testLifecycleCb),
                                                  &cb, virObjectEventTestCbFree),
                    ==, 0);
    g_assert_cmpint(virNetworkEventStateRegisterID(state, conn, NULL, 0,
                                                   TEST_NET_CB(testNetLifecycleCb), &cb,
                                                   virObjectEventTestCbFree),
                    ==, 1);
    g_assert_cmpint(virDomainEventStateRegisterID(state, conn, virObjectEventTestUUIDA, 0,
                                                  TEST_CB(testLifecycleCb), &cb,
                                                  virObjectEventTestCbFree),
                    ==, 2);
    g_assert_cmpint(TEST_REFS(conn), ==, 4);

    g_assert_cmpint(virObjectEventStateEventID(state, conn, 1), ==, 0);
    g_assert_cmpint(virObjectEventStateDeregisterID(state, conn, 1), ==, 0);
    g_assert_cmpint(cb.frees, ==, 1);
    g_assert_cmpint(TEST_REFS(conn), ==, 3);

    /* Not reused. */
    g_assert_cmpint(virDomainEventStateRegisterID(state, conn, NULL, VIR_DOMAIN_EVENT_ID_REBOOT,
                                                  TEST_CB(testRebootCb), &cb,
                                                  virObjectEventTestCbFree),
                    ==, 3);
    g_assert_cmpint(virObjectEventStateEventID(state, conn, 3), ==, VIR_DOMAIN_EVENT_ID_REBOOT);

    /* Unknown, already removed, or another connection's number. */
    g_assert_cmpint(virObjectEventStateDeregisterID(state, conn, 99), ==, -1);
    virObjectEventTestCheckError(VIR_ERR_INVALID_ARG,
                                 "invalid argument: could not find event callback 99 for deletion");
    g_assert_cmpint(virObjectEventStateDeregisterID(state, conn, 1), ==, -1);
    virObjectEventTestCheckError(VIR_ERR_INVALID_ARG, NULL);
    g_assert_cmpint(virObjectEventStateDeregisterID(state, other, 0), ==, -1);
    virObjectEventTestCheckError(VIR_ERR_INVALID_ARG, NULL);
    g_assert_cmpint(virObjectEventStateEventID(state, conn, 1), ==, -1);
    virObjectEventTestCheckError(VIR_ERR_INVALID_ARG,
                                 "invalid argument: event callback id 1 not registered");
    g_assert_cmpint(cb.frees, ==, 1);

    /* Event IDs out of range. */
    g_assert_cmpint(virDomainEventStateRegisterID(state, conn, NULL, VIR_DOMAIN_EVENT_ID_LAST,
                                                  TEST_CB(testRebootCb), &cb, NULL),
                    ==, -1);
    virObjectEventTestCheckError(VIR_ERR_INVALID_ARG, NULL);
    g_assert_cmpint(virNetworkEventStateRegisterID(state, conn, NULL, -1,
                                                   TEST_NET_CB(testNetLifecycleCb), &cb, NULL),
                    ==, -1);
    virObjectEventTestCheckError(VIR_ERR_INVALID_ARG, NULL);

    g_assert_cmpint(virObjectEventStateDeregisterConn(state, conn), ==, 3);
    g_assert_cmpint(cb.frees, ==, 4);
    g_assert_cmpint(TEST_REFS(conn), ==, 1);
    virObjectEventTestFinish(state);
    virObjectUnref(conn);
    virObjectUnref(other);
}


static void
testDuplicates(void)
{
    virObjectEventState *state;
    virConnectPtr conn = virObjectEventTestConnNew();
    virConnectPtr other = virObjectEventTestConnNew();
    virObjectEventTestCb cb = { .tag = "x", .deregisterID = -1 };
    const char *msg = "invalid argument: event callback already tracked";
    g_autofree char *notRegistered = NULL;

    virObjectEventTestReset();
    state = virObjectEventStateNew();
    g_assert_cmpint(virDomainEventStateRegisterID(state, conn, NULL, 0, TEST_CB(testLifecycleCb),
                                                  &cb, virObjectEventTestCbFree),
                    ==, 0);
    g_assert_cmpint(virDomainEventStateRegisterID(state, conn, NULL, 0, TEST_CB(testLifecycleCb),
                                                  &cb, virObjectEventTestCbFree),
                    ==, -1);
    virObjectEventTestCheckError(VIR_ERR_INVALID_ARG, msg);
    /* Not a duplicate: other filter, other connection, other function, old style. */
    g_assert_cmpint(virDomainEventStateRegisterID(state, conn, virObjectEventTestUUIDA, 0,
                                                  TEST_CB(testLifecycleCb), &cb,
                                                  virObjectEventTestCbFree),
                    ==, 1);
    g_assert_cmpint(virDomainEventStateRegisterID(state, other, NULL, 0, TEST_CB(testLifecycleCb),
                                                  &cb, virObjectEventTestCbFree),
                    ==, 2);
    g_assert_cmpint(virDomainEventStateRegisterID(state, conn, NULL, 0, TEST_CB(testLegacyCb), &cb,
                                                  virObjectEventTestCbFree),
                    ==, 3);
    g_assert_cmpint(
        virDomainEventStateRegister(state, conn, testLegacyCb, &cb, virObjectEventTestCbFree), ==,
        0);
    g_assert_cmpint(
        virDomainEventStateRegister(state, conn, testLegacyCb, &cb, virObjectEventTestCbFree), ==,
        -1);
    virObjectEventTestCheckError(VIR_ERR_INVALID_ARG, msg);
    /* The failed registrations did not free the caller's data. */
    g_assert_cmpint(cb.frees, ==, 0);

    /* Old-style deregistration finds the old-style registration only. */
    g_assert_cmpint(virDomainEventStateDeregister(state, conn, testLegacyCb), ==, 0);
    g_assert_cmpint(cb.frees, ==, 1);
    g_assert_cmpint(virDomainEventStateDeregister(state, conn, testLegacyCb), ==, -1);
    notRegistered = g_strdup_printf("invalid argument: event callback function %p not registered",
                                    (void *)testLegacyCb);
    virObjectEventTestCheckError(VIR_ERR_INVALID_ARG, notRegistered);
    g_assert_cmpint(virObjectEventStateEventID(state, conn, 3), ==, 0);

    g_assert_cmpint(virObjectEventStateDeregisterConn(state, conn), ==, 3);
    g_assert_cmpint(virObjectEventStateDeregisterConn(state, conn), ==, 0);
    g_assert_cmpint(virObjectEventStateDeregisterID(state, other, 2), ==, 0);
    g_assert_cmpint(cb.frees, ==, 5);
    virObjectEventTestFinish(state);
    virObjectUnref(conn);
    virObjectUnref(other);
}


/* Events in queue order, each to its callbacks in registration order; filters apply. */
static void
testFilterAndOrder(void)
{
    virObjectEventState *state;
    virConnectPtr conn = virObjectEventTestConnNew();
    virObjectEventTestCb all = { .tag = "all", .conn = conn, .deregisterID = -1 };
    virObjectEventTestCb onlyA = { .tag = "onlyA", .conn = conn, .deregisterID = -1 };
    virObjectEventTestCb reboot = { .tag = "reboot", .conn = conn, .deregisterID = -1 };
    virObjectEventTestCb net = { .tag = "net", .conn = conn, .deregisterID = -1 };

    virObjectEventTestReset();
    state = virObjectEventStateNew();
    g_assert_cmpint(
        virDomainEventStateRegisterID(state, conn, NULL, 0, TEST_CB(testLifecycleCb), &all, NULL),
        ==, 0);
    g_assert_cmpint(virDomainEventStateRegisterID(state, conn, virObjectEventTestUUIDA, 0,
                                                  TEST_CB(testLifecycleCb), &onlyA, NULL),
                    ==, 1);
    g_assert_cmpint(virDomainEventStateRegisterID(state, conn, NULL, VIR_DOMAIN_EVENT_ID_REBOOT,
                                                  TEST_CB(testRebootCb), &reboot, NULL),
                    ==, 2);
    /* Network event ID 0 is not domain event ID 0: the family must match too. */
    g_assert_cmpint(virNetworkEventStateRegisterID(state, conn, virObjectEventTestUUIDB, 0,
                                                   TEST_NET_CB(testNetLifecycleCb), &net, NULL),
                    ==, 3);

    virObjectEventStateQueue(state,
                             virDomainEventLifecycleNew(1, "a", virObjectEventTestUUIDA, 3, 0));
    virObjectEventStateQueue(state,
                             virDomainEventLifecycleNew(2, "b", virObjectEventTestUUIDB, 4, 0));
    virObjectEventStateQueue(state, virDomainEventRebootNew(1, "a", virObjectEventTestUUIDA));
    virObjectEventStateQueue(state,
                             virNetworkEventLifecycleNew("n", virObjectEventTestUUIDA, 2, 0));
    virObjectEventStateQueue(state,
                             virNetworkEventLifecycleNew("default", virObjectEventTestUUIDB, 3, 0));
    virObjectEventStateQueue(state, NULL);

    virObjectEventTestExpect(5);
    g_assert_cmpstr(virObjectEventTestLog->str, ==,
                    "all:a/1/aa:lifecycle 3 0\n"
                    "onlyA:a/1/aa:lifecycle 3 0\n"
                    "all:b/2/bb:lifecycle 4 0\n"
                    "reboot:a/1/aa:generic\n"
                    "net:default/-1/bb:net-lifecycle 3 0\n");

    g_assert_cmpint(virObjectEventStateDeregisterConn(state, conn), ==, 4);
    virObjectEventTestFinish(state);
    virObjectUnref(conn);
}


/* The old-style registration gets lifecycle events like a new-style one. */
static void
testLegacy(void)
{
    virObjectEventState *state;
    virConnectPtr conn = virObjectEventTestConnNew();
    virObjectEventTestCb legacy = { .tag = "legacy", .conn = conn, .deregisterID = -1 };

    virObjectEventTestReset();
    state = virObjectEventStateNew();
    g_assert_cmpint(
        virDomainEventStateRegister(state, conn, testLegacyCb, &legacy, virObjectEventTestCbFree),
        ==, 0);
    virObjectEventStateQueue(state,
                             virDomainEventLifecycleNew(-1, "a", virObjectEventTestUUIDA, 0, 1));
    virObjectEventStateQueue(state, virDomainEventRebootNew(1, "a", virObjectEventTestUUIDA));
    virObjectEventTestExpect(1);
    g_assert_cmpstr(virObjectEventTestLog->str, ==, "legacy:a/-1/aa:legacy 0 1\n");

    g_assert_cmpint(virDomainEventStateDeregister(state, conn, testLegacyCb), ==, 0);
    g_assert_cmpint(legacy.frees, ==, 1);
    virObjectEventTestFinish(state);
    virObjectUnref(conn);
}


/* Events are dropped when nobody listens, and when the last listener leaves. */
static void
testDrop(void)
{
    virObjectEventState *state;
    virConnectPtr conn = virObjectEventTestConnNew();
    virObjectEventTestCb cb = { .tag = "x", .conn = conn, .deregisterID = -1 };
    virObjectEvent *event;

    virObjectEventTestReset();
    state = virObjectEventStateNew();

    event = virDomainEventRebootNew(1, "a", virObjectEventTestUUIDA);
    virObjectRef(event);
    virObjectEventStateQueue(state, event);
    g_assert_cmpint(TEST_REFS(event), ==, 1);

    g_assert_cmpint(virDomainEventStateRegisterID(state, conn, NULL, VIR_DOMAIN_EVENT_ID_REBOOT,
                                                  TEST_CB(testRebootCb), &cb, NULL),
                    ==, 0);
    virObjectRef(event);
    virObjectEventStateQueue(state, event);
    g_assert_cmpint(TEST_REFS(event), ==, 2);
    g_assert_cmpint(virObjectEventStateDeregisterID(state, conn, 0), ==, 0);
    /* The queue was cleared with the last callback. */
    g_assert_true(virObjectUnref(event));
    virObjectEventTestFinish(state);
    g_assert_cmpint(virObjectEventTestDelivered, ==, 0);

    /* Without a handle constructor nothing is delivered, and nothing breaks. */
    state = virObjectEventStateNew();
    virDomainEventSetGetDomain(NULL);
    g_assert_cmpint(virDomainEventStateRegisterID(state, conn, NULL, VIR_DOMAIN_EVENT_ID_REBOOT,
                                                  TEST_CB(testRebootCb), &cb, NULL),
                    ==, 0);
    virObjectEventStateQueue(state, virDomainEventRebootNew(1, "a", virObjectEventTestUUIDA));
    g_assert_false(virObjectEventTestRunUntil(1, 50));
    virObjectEventTestReset(); /* puts the constructor back */
    g_assert_cmpint(virObjectEventStateDeregisterConn(state, conn), ==, 1);
    virObjectEventTestFinish(state);
    virObjectUnref(conn);
}


/*
 * Callbacks run without the state's lock: they can register (which would
 * deadlock under the lock), deregister themselves or others, and queue
 * events. A callback removed during a flush is not called again, and its
 * free callback runs once, after it returned.
 */
static void
testReentrant(void)
{
    virObjectEventState *state;
    virConnectPtr conn = virObjectEventTestConnNew();
    virObjectEventTestCb added = { .tag = "added", .conn = conn, .deregisterID = -1 };
    virObjectEventTestCb first = {
        .tag = "first",
        .conn = conn,
        .registerCb = &added,
        .registerFn = TEST_CB(testLifecycleAddedCb),
    };
    virObjectEventTestCb self = { .tag = "self", .conn = conn, .deregisterID = 1 };
    virObjectEventTestCb victim = { .tag = "victim", .conn = conn, .deregisterID = -1 };

    virObjectEventTestReset();
    state = virObjectEventStateNew();
    first.state = self.state = state;
    first.deregisterID = 2; /* "first" removes "victim" before it runs */
    first.queue = virDomainEventLifecycleNew(2, "b", virObjectEventTestUUIDB, 1, 0);
    g_assert_cmpint(virDomainEventStateRegisterID(state, conn, NULL, 0, TEST_CB(testLifecycleCb),
                                                  &first, virObjectEventTestCbFree),
                    ==, 0);
    g_assert_cmpint(virDomainEventStateRegisterID(state, conn, NULL, 0, TEST_CB(testLifecycle2Cb),
                                                  &self, virObjectEventTestCbFree),
                    ==, 1);
    g_assert_cmpint(virDomainEventStateRegisterID(state, conn, NULL, 0, TEST_CB(testLifecycle3Cb),
                                                  &victim, virObjectEventTestCbFree),
                    ==, 2);

    virObjectEventStateQueue(state,
                             virDomainEventLifecycleNew(1, "a", virObjectEventTestUUIDA, 0, 0));
    virObjectEventStateQueue(state,
                             virDomainEventLifecycleNew(1, "a", virObjectEventTestUUIDA, 2, 0));
    virObjectEventTestExpect(6);
    g_assert_cmpstr(virObjectEventTestLog->str, ==,
                    "first:a/1/aa:lifecycle 0 0\n"
                    "self:a/1/aa:lifecycle 0 0\n"
                    "first:a/1/aa:lifecycle 2 0\n"
                    "added:a/1/aa:lifecycle 2 0\n"
                    "first:b/2/bb:lifecycle 1 0\n"
                    "added:b/2/bb:lifecycle 1 0\n");
    g_assert_cmpint(added.frees, ==, 0);
    g_assert_cmpint(first.registeredID, ==, 3);
    g_assert_cmpint(self.calls, ==, 1);
    g_assert_cmpint(self.freesSeen, ==, 0);
    g_assert_cmpint(self.frees, ==, 1);
    g_assert_cmpint(victim.calls, ==, 0);
    g_assert_cmpint(victim.frees, ==, 1);

    /* Both were already gone. */
    g_assert_cmpint(virObjectEventStateDeregisterID(state, conn, 1), ==, -1);
    g_assert_cmpint(virObjectEventStateDeregisterID(state, conn, 2), ==, -1);
    virResetLastError();
    g_assert_cmpint(virObjectEventStateDeregisterConn(state, conn), ==, 2);
    g_assert_cmpint(first.frees + added.frees, ==, 2);
    virObjectEventTestFinish(state);
    virObjectUnref(conn);
}


/* A callback removing the last callback also removes the timer, mid-flush. */
static void
testRemoveLastDuringFlush(void)
{
    virObjectEventState *state;
    virConnectPtr conn = virObjectEventTestConnNew();
    virObjectEventTestCb only = { .tag = "only", .conn = conn, .deregisterID = 0 };

    virObjectEventTestReset();
    state = virObjectEventStateNew();
    only.state = state;
    g_assert_cmpint(virDomainEventStateRegisterID(state, conn, NULL, 0, TEST_CB(testLifecycleCb),
                                                  &only, virObjectEventTestCbFree),
                    ==, 0);
    virObjectEventStateQueue(state,
                             virDomainEventLifecycleNew(1, "a", virObjectEventTestUUIDA, 0, 0));
    virObjectEventStateQueue(state,
                             virDomainEventLifecycleNew(1, "a", virObjectEventTestUUIDA, 1, 0));
    virObjectEventTestExpect(1);
    g_assert_cmpint(only.frees, ==, 1);
    g_assert_cmpint(only.freesSeen, ==, 0);
    virObjectEventTestFinish(state);
    virObjectUnref(conn);
}


#define TEST_THREADS 4
#define TEST_EVENTS_PER_THREAD 250

typedef struct {
    virObjectEventState *state;
    int index;
} testProducer;

static int testNextSeq[TEST_THREADS];


static gpointer
testProduce(gpointer opaque)
{
    testProducer *p = opaque;
    int i;

    for (i = 0; i < TEST_EVENTS_PER_THREAD; i++)
        virObjectEventStateQueue(
            p->state,
            virDomainEventLifecycleNew(p->index, "t", virObjectEventTestUUIDA, p->index, i));
    return NULL;
}


static void
testOrderCb(virConnectPtr conn G_GNUC_UNUSED,
            virDomainPtr dom G_GNUC_UNUSED,
            int event,
            int detail,
            void *opaque G_GNUC_UNUSED)
{
    /* Each producer's events arrive once, in the order it queued them. */
    g_assert_cmpint(detail, ==, testNextSeq[event]);
    testNextSeq[event]++;
    virObjectEventTestDelivered++;
}


/* Producers on several threads while the loop delivers. */
static void
testThreads(void)
{
    virObjectEventState *state;
    virConnectPtr conn = virObjectEventTestConnNew();
    testProducer producers[TEST_THREADS];
    GThread *threads[TEST_THREADS];
    int i;

    virObjectEventTestReset();
    state = virObjectEventStateNew();
    g_assert_cmpint(
        virDomainEventStateRegisterID(state, conn, NULL, 0, TEST_CB(testOrderCb), NULL, NULL), ==,
        0);
    for (i = 0; i < TEST_THREADS; i++) {
        producers[i] = (testProducer){ .state = state, .index = i };
        threads[i] = g_thread_new("producer", testProduce, &producers[i]);
    }
    g_assert_true(
        virObjectEventTestRunUntil(TEST_THREADS * TEST_EVENTS_PER_THREAD, TEST_WAIT_MS * 2));
    for (i = 0; i < TEST_THREADS; i++) {
        g_thread_join(threads[i]);
        g_assert_cmpint(testNextSeq[i], ==, TEST_EVENTS_PER_THREAD);
    }
    virObjectEventTestExpect(TEST_THREADS * TEST_EVENTS_PER_THREAD);

    g_assert_cmpint(virObjectEventStateDeregisterID(state, conn, 0), ==, 0);
    virObjectEventTestFinish(state);
    virObjectUnref(conn);
}


int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    (void)alarm(TEST_ALARM_S);

    g_test_add_func("/conf/objectevent/no-event-loop", testNoEventLoop);
    g_test_add_func("/conf/objectevent/ids", testIDs);
    g_test_add_func("/conf/objectevent/duplicates", testDuplicates);
    g_test_add_func("/conf/objectevent/filter-order", testFilterAndOrder);
    g_test_add_func("/conf/objectevent/legacy", testLegacy);
    g_test_add_func("/conf/objectevent/drop", testDrop);
    g_test_add_func("/conf/objectevent/reentrant", testReentrant);
    g_test_add_func("/conf/objectevent/remove-last-during-flush", testRemoveLastDuringFlush);
    g_test_add_func("/conf/objectevent/threads", testThreads);

    return g_test_run();
}
