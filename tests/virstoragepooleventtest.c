/*
 * virstoragepooleventtest.c: tests for storage pool events
 *
 * Connections and the pool handles callbacks receive are stand-in
 * objects (a fake handle constructor is installed), so nothing from
 * src/lib is needed; events go through a real virObjectEventState and
 * the GLib event loop, and every wait is bounded.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "vireventglib.h"
#include "virstoragepoolevent.h"

/* Generous: only reached when the code under test is broken. */
#define TEST_WAIT_MS 5000

/* The lifecycle callback through the generic type (no -Wcast-function-type). */
#define TEST_LIFECYCLE_CB                                                                          \
 ((virConnectStoragePoolEventGenericCallback)(void (*)(void))testLifecycleCb)

static const unsigned char testUUIDA[VIR_UUID_BUFLEN] = { 0xaa, 1, 2, 3 };
static const unsigned char testUUIDB[VIR_UUID_BUFLEN] = { 0xbb, 1, 2, 3 };

/* What the fake constructor hands out as virStoragePoolPtr. */
typedef struct {
    virObject parent;
    char *name;
    virConnectPtr conn; /* not referenced: the tests keep it alive */
} testPool;

static virClass *testPoolClass;
static int testPoolsLive;      /* handles not yet released */
static GString *testLog;       /* "tag:name:what\n" per delivery */
static int testDelivered;      /* deliveries since the last reset */
static bool testRefuseHandles; /* the constructor fails (handle errors) */


static void
testPoolDispose(void *obj)
{
    testPool *p = obj;

    g_free(p->name);
    testPoolsLive--;
}


static int
testPoolOnceInit(void)
{
    if (!VIR_CLASS_NEW(testPool, virClassForObject()))
        return -1;
    return 0;
}

VIR_ONCE_GLOBAL_INIT(testPool);


static virStoragePoolPtr
testGetPool(virConnectPtr conn, const char *name, const unsigned char *uuid G_GNUC_UNUSED)
{
    testPool *p;

    if (testRefuseHandles)
        return NULL;
    p = virObjectNew(testPoolClass);
    p->name = g_strdup(name);
    p->conn = conn;
    testPoolsLive++;
    return (virStoragePoolPtr)p;
}


static void
testRecord(virConnectPtr conn, virStoragePoolPtr pool, void *opaque, const char *what)
{
    testPool *p = (testPool *)pool;

    g_assert_true(p->conn == conn);
    g_string_append_printf(testLog, "%s:%s:%s\n", (const char *)opaque, p->name, what);
    testDelivered++;
}


static void
testLifecycleCb(virConnectPtr conn, virStoragePoolPtr pool, int event, int detail, void *opaque)
{
    g_autofree char *what = g_strdup_printf("lifecycle %d/%d", event, detail);

    testRecord(conn, pool, opaque, what);
}


static void
testRefreshCb(virConnectPtr conn, virStoragePoolPtr pool, void *opaque)
{
    testRecord(conn, pool, opaque, "refresh");
}


static gboolean
testGuardFired(gpointer opaque)
{
    *(bool *)opaque = true;
    return G_SOURCE_REMOVE;
}


/* Runs the loop until @target deliveries, or @ms pass. */
static bool
testRunUntil(int target, unsigned int ms)
{
    bool fired = false;
    GSource *guard = g_timeout_source_new(ms);

    g_source_set_callback(guard, testGuardFired, &fired, NULL);
    g_source_attach(guard, NULL);
    while (!fired && testDelivered < target)
        virEventGLibRunOnce();
    g_source_destroy(guard);
    g_source_unref(guard);
    return testDelivered >= target;
}


/* Delivers until @target, then makes sure nothing more comes. */
static void
testExpect(int target)
{
    g_assert_true(testRunUntil(target, TEST_WAIT_MS));
    g_assert_false(testRunUntil(target + 1, 30));
    g_assert_cmpint(testDelivered, ==, target);
}


static void
testReset(void)
{
    g_assert_cmpint(testPoolInitialize(), ==, 0);
    virEventGLibRegister();
    virStoragePoolEventSetGetStoragePool(testGetPool);
    if (!testLog)
        testLog = g_string_new(NULL);
    g_string_truncate(testLog, 0);
    testDelivered = 0;
    testRefuseHandles = false;
}


/* Lifecycle and refresh events reach their callbacks, filtered by ID and pool. */
static void
testDelivery(void)
{
    g_autoptr(virObjectEventState) state = NULL;
    g_autoptr(virObject) conn = NULL;
    int all;
    int onlyB;
    int refresh;

    testReset();
    state = virObjectEventStateNew();
    conn = virObjectLockableNew(virClassForObjectLockable());
    all = virStoragePoolEventStateRegisterID(state, (virConnectPtr)conn, NULL,
                                             VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE, TEST_LIFECYCLE_CB,
                                             (void *)"all", NULL);
    onlyB = virStoragePoolEventStateRegisterID(state, (virConnectPtr)conn, testUUIDB,
                                               VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE,
                                               TEST_LIFECYCLE_CB, (void *)"b", NULL);
    refresh = virStoragePoolEventStateRegisterID(state, (virConnectPtr)conn, NULL,
                                                 VIR_STORAGE_POOL_EVENT_ID_REFRESH, testRefreshCb,
                                                 (void *)"refresh", NULL);
    g_assert_cmpint(all, >=, 0);
    g_assert_cmpint(onlyB, >, all);
    g_assert_cmpint(refresh, >, onlyB);

    virObjectEventStateQueue(
        state, virStoragePoolEventLifecycleNew("pa", testUUIDA, VIR_STORAGE_POOL_EVENT_DEFINED, 0));
    virObjectEventStateQueue(
        state, virStoragePoolEventLifecycleNew("pb", testUUIDB, VIR_STORAGE_POOL_EVENT_STARTED, 0));
    virObjectEventStateQueue(state, virStoragePoolEventRefreshNew("pa", testUUIDA));
    testExpect(4);
    g_assert_cmpstr(testLog->str, ==,
                    "all:pa:lifecycle 0/0\n"
                    "all:pb:lifecycle 2/0\n"
                    "b:pb:lifecycle 2/0\n"
                    "refresh:pa:refresh\n");

    /* a deregistered callback gets nothing more */
    g_assert_cmpint(virObjectEventStateDeregisterID(state, (virConnectPtr)conn, all), ==, 0);
    virObjectEventStateQueue(
        state, virStoragePoolEventLifecycleNew("pb", testUUIDB, VIR_STORAGE_POOL_EVENT_DELETED, 0));
    testExpect(5);
    g_assert_true(g_str_has_suffix(testLog->str, "b:pb:lifecycle 5/0\n"));

    g_assert_cmpint(virObjectEventStateDeregisterID(state, (virConnectPtr)conn, onlyB), ==, 0);
    g_assert_cmpint(virObjectEventStateDeregisterID(state, (virConnectPtr)conn, refresh), ==, 0);
    g_assert_cmpint(testPoolsLive, ==, 0);
}


/* Out-of-range IDs are refused; without a handle nothing is delivered. */
static void
testRefused(void)
{
    g_autoptr(virObjectEventState) state = NULL;
    g_autoptr(virObject) conn = NULL;
    int id;

    testReset();
    state = virObjectEventStateNew();
    conn = virObjectLockableNew(virClassForObjectLockable());
    g_assert_cmpint(virStoragePoolEventStateRegisterID(state, (virConnectPtr)conn, NULL,
                                                       VIR_STORAGE_POOL_EVENT_ID_LAST,
                                                       testRefreshCb, NULL, NULL),
                    ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "invalid argument: unsupported storage pool event ID 2");
    virResetLastError();
    g_assert_cmpint(virStoragePoolEventStateRegisterID(state, (virConnectPtr)conn, NULL, -1,
                                                       testRefreshCb, NULL, NULL),
                    ==, -1);
    virResetLastError();

    id = virStoragePoolEventStateRegisterID(state, (virConnectPtr)conn, NULL,
                                            VIR_STORAGE_POOL_EVENT_ID_REFRESH, testRefreshCb,
                                            (void *)"r", NULL);
    g_assert_cmpint(id, >=, 0);
    testRefuseHandles = true;
    virObjectEventStateQueue(state, virStoragePoolEventRefreshNew("pa", testUUIDA));
    g_assert_false(testRunUntil(1, 100));
    testRefuseHandles = false;
    virObjectEventStateQueue(state, virStoragePoolEventRefreshNew("pa", testUUIDA));
    testExpect(1);
    g_assert_cmpint(virObjectEventStateDeregisterID(state, (virConnectPtr)conn, id), ==, 0);

    g_assert_null(virStoragePoolEventLifecycleNew(NULL, testUUIDA, 0, 0));
    virResetLastError();
}


int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);

    g_test_add_func("/conf/storagepoolevent/delivery", testDelivery);
    g_test_add_func("/conf/storagepoolevent/refused", testRefused);
    return g_test_run();
}
