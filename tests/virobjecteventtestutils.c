/*
 * virobjecteventtestutils.c: shared fixtures of the event tests
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "vireventglib.h"
#include "virobjecteventtestutils.h"

const unsigned char virObjectEventTestUUIDA[VIR_UUID_BUFLEN] = { 0xaa, 1, 2, 3 };
const unsigned char virObjectEventTestUUIDB[VIR_UUID_BUFLEN] = { 0xbb, 1, 2, 3 };

GString *virObjectEventTestLog;
int virObjectEventTestDelivered;
int virObjectEventTestHandlesLive;


/* ---- fake public handles ---- */

/* What testGetDomain/testGetNetwork hand out as virDomainPtr/virNetworkPtr. */
typedef struct {
    virObject parent;
    char *name;
    unsigned char uuid[VIR_UUID_BUFLEN];
    int id;
    virConnectPtr conn; /* not referenced: the tests keep it alive */
} testHandle;

static virClass *testHandleClass;


static void
testHandleDispose(void *obj)
{
    testHandle *h = obj;

    g_free(h->name);
    virObjectEventTestHandlesLive--;
}


static int
testHandleOnceInit(void)
{
    if (!VIR_CLASS_NEW(testHandle, virClassForObject()))
        return -1;
    return 0;
}

VIR_ONCE_GLOBAL_INIT(testHandle);


static testHandle *
testHandleNew(virConnectPtr conn, const char *name, const unsigned char *uuid, int id)
{
    testHandle *h = virObjectNew(testHandleClass);

    h->name = g_strdup(name);
    memcpy(h->uuid, uuid, VIR_UUID_BUFLEN);
    h->id = id;
    h->conn = conn;
    virObjectEventTestHandlesLive++;
    return h;
}


static virDomainPtr
testGetDomain(virConnectPtr conn, const char *name, const unsigned char *uuid, int id)
{
    return (virDomainPtr)testHandleNew(conn, name, uuid, id);
}


static virNetworkPtr
testGetNetwork(virConnectPtr conn, const char *name, const unsigned char *uuid)
{
    return (virNetworkPtr)testHandleNew(conn, name, uuid, -1);
}


virConnectPtr
virObjectEventTestConnNew(void)
{
    /* To the code under test, a connection is any virObject. */
    return virObjectLockableNew(virClassForObjectLockable());
}


/* ---- recording ---- */

void
virObjectEventTestCbFree(void *opaque)
{
    virObjectEventTestCb *cb = opaque;

    cb->frees++;
}


/* The actions of a registration's first call. */
static void
testActions(virObjectEventTestCb *cb, virConnectPtr conn)
{
    if (cb->deregisterID >= 0)
        g_assert_cmpint(virObjectEventStateDeregisterID(cb->state, conn, cb->deregisterID), ==, 0);
    if (cb->registerCb) {
        cb->registeredID =
            virDomainEventStateRegisterID(cb->state, conn, NULL, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                          cb->registerFn, cb->registerCb, virObjectEventTestCbFree);
    }
    if (cb->queue)
        virObjectEventStateQueue(cb->state, g_steal_pointer(&cb->queue));
}


void
virObjectEventTestRecord(virConnectPtr conn, void *handle, void *opaque, const char *fmt, ...)
{
    virObjectEventTestCb *cb = opaque;
    testHandle *h = handle;
    va_list ap;

    g_assert_true(conn == cb->conn);
    g_assert_true(h->conn == conn);
    g_string_append_printf(virObjectEventTestLog, "%s:%s/%d/%02x:", cb->tag, h->name, h->id,
                           h->uuid[0]);
    va_start(ap, fmt);
    g_string_append_vprintf(virObjectEventTestLog, fmt, ap);
    va_end(ap);
    g_string_append_c(virObjectEventTestLog, '\n');

    if (cb->calls++ == 0)
        testActions(cb, conn);
    cb->freesSeen = cb->frees;
    virObjectEventTestDelivered++;
}


/* ---- loop ---- */

static gboolean
testGuardFired(gpointer opaque)
{
    bool *fired = opaque;

    *fired = true;
    return G_SOURCE_REMOVE;
}


bool
virObjectEventTestRunUntil(int target, unsigned int ms)
{
    bool fired = false;
    GSource *guard = g_timeout_source_new(ms);

    g_source_set_callback(guard, testGuardFired, &fired, NULL);
    g_source_attach(guard, NULL);
    while (!fired && virObjectEventTestDelivered < target)
        virEventGLibRunOnce();
    g_source_destroy(guard);
    g_source_unref(guard);
    return virObjectEventTestDelivered >= target;
}


void
virObjectEventTestExpect(int target)
{
    g_assert_true(virObjectEventTestRunUntil(target, TEST_WAIT_MS));
    g_assert_false(virObjectEventTestRunUntil(target + 1, 30));
    g_assert_cmpint(virObjectEventTestDelivered, ==, target);
}


void
virObjectEventTestReset(void)
{
    g_assert_cmpint(testHandleInitialize(), ==, 0);
    virEventGLibRegister();
    virDomainEventSetGetDomain(testGetDomain);
    virNetworkEventSetGetNetwork(testGetNetwork);
    if (!virObjectEventTestLog)
        virObjectEventTestLog = g_string_new(NULL);
    g_string_truncate(virObjectEventTestLog, 0);
    virObjectEventTestDelivered = 0;
}


void
virObjectEventTestFinish(virObjectEventState *state)
{
    g_assert_false(virObjectEventTestRunUntil(virObjectEventTestDelivered + 1, 30));
    g_assert_true(virObjectUnref(state));
    g_assert_cmpint(virObjectEventTestHandlesLive, ==, 0);
}


void
virObjectEventTestCheckError(int code, const char *message)
{
    g_assert_cmpint(virGetLastErrorCode(), ==, code);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_NONE);
    if (message)
        g_assert_cmpstr(virGetLastErrorMessage(), ==, message);
    virResetLastError();
}
