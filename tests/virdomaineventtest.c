/*
 * virdomaineventtest.c: tests for the domain event class (virdomainevent):
 * every constructor, and dispatch of every event ID to the callback type
 * and argument list libvirt has for it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <unistd.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virobjecteventtestutils.h"

#define VIR_FROM_THIS VIR_FROM_NONE

#define TEST_ALARM_S 120


/* ---- one recording callback per callback type ---- */

static void
testLifecycleCb(virConnectPtr conn, virDomainPtr dom, int event, int detail, void *opaque)
{
    virObjectEventTestRecord(conn, dom, opaque, "lifecycle %d %d", event, detail);
}


static void
testRebootCb(virConnectPtr conn, virDomainPtr dom, void *opaque)
{
    virObjectEventTestRecord(conn, dom, opaque, "generic");
}


static void
testRTCCb(virConnectPtr conn, virDomainPtr dom, long long offset, void *opaque)
{
    virObjectEventTestRecord(conn, dom, opaque, "rtc %lld", offset);
}


static void
testIntCb(virConnectPtr conn, virDomainPtr dom, int value, void *opaque)
{
    virObjectEventTestRecord(conn, dom, opaque, "int %d", value);
}


static void
testIOErrorCb(virConnectPtr conn,
              virDomainPtr dom,
              const char *path,
              const char *alias,
              int action,
              void *opaque)
{
    virObjectEventTestRecord(conn, dom, opaque, "io-error %s %s %d", path, alias, action);
}


static void
testIOErrorReasonCb(virConnectPtr conn,
                    virDomainPtr dom,
                    const char *path,
                    const char *alias,
                    int action,
                    const char *reason,
                    void *opaque)
{
    virObjectEventTestRecord(conn, dom, opaque, "io-error-reason %s %s %d %s", path, alias, action,
                             reason);
}


static void
testBlockJobCb(
    virConnectPtr conn, virDomainPtr dom, const char *disk, int type, int status, void *opaque)
{
    virObjectEventTestRecord(conn, dom, opaque, "block-job %s %d %d", disk, type, status);
}


static void
testDiskChangeCb(virConnectPtr conn,
                 virDomainPtr dom,
                 const char *oldPath,
                 const char *newPath,
                 const char *alias,
                 int reason,
                 void *opaque)
{
    virObjectEventTestRecord(conn, dom, opaque, "disk-change %s %s %s %d", NULLSTR(oldPath),
                             NULLSTR(newPath), alias, reason);
}


static void
testTrayCb(virConnectPtr conn, virDomainPtr dom, const char *alias, int reason, void *opaque)
{
    virObjectEventTestRecord(conn, dom, opaque, "tray %s %d", alias, reason);
}


static void
testULLCb(virConnectPtr conn, virDomainPtr dom, unsigned long long value, void *opaque)
{
    virObjectEventTestRecord(conn, dom, opaque, "ull %llu", value);
}


static void
testAliasCb(virConnectPtr conn, virDomainPtr dom, const char *alias, void *opaque)
{
    virObjectEventTestRecord(conn, dom, opaque, "alias %s", alias);
}


static void
testParamsCb(
    virConnectPtr conn, virDomainPtr dom, virTypedParameterPtr params, int nparams, void *opaque)
{
    g_autoptr(GString) text = g_string_new("params");
    int i;

    for (i = 0; i < nparams; i++) {
        g_string_append_printf(text, " %s=", params[i].field);
        if (params[i].type == VIR_TYPED_PARAM_STRING)
            g_string_append(text, params[i].value.s);
        else
            g_string_append_printf(text, "%lld", params[i].value.l);
    }
    virObjectEventTestRecord(conn, dom, opaque, "%s", text->str);
}


static void
testAgentCb(virConnectPtr conn, virDomainPtr dom, int state, int reason, void *opaque)
{
    virObjectEventTestRecord(conn, dom, opaque, "agent %d %d", state, reason);
}


static void
testMetadataCb(virConnectPtr conn, virDomainPtr dom, int type, const char *nsuri, void *opaque)
{
    virObjectEventTestRecord(conn, dom, opaque, "metadata %d %s", type, NULLSTR(nsuri));
}


static void
testThresholdCb(virConnectPtr conn,
                virDomainPtr dom,
                const char *dev,
                const char *path,
                unsigned long long threshold,
                unsigned long long excess,
                void *opaque)
{
    virObjectEventTestRecord(conn, dom, opaque, "threshold %s %s %llu %llu", dev, path, threshold,
                             excess);
}


static void
testMemoryFailureCb(virConnectPtr conn,
                    virDomainPtr dom,
                    int recipient,
                    int action,
                    unsigned int flags,
                    void *opaque)
{
    virObjectEventTestRecord(conn, dom, opaque, "memory-failure %d %d %u", recipient, action,
                             flags);
}


static void
testMemorySizeCb(
    virConnectPtr conn, virDomainPtr dom, const char *alias, unsigned long long size, void *opaque)
{
    virObjectEventTestRecord(conn, dom, opaque, "memory-size %s %llu", alias, size);
}


static virTypedParameterPtr
testParams(int *nparams)
{
    virTypedParameterPtr params = g_new0(virTypedParameter, 2);

    g_strlcpy(params[0].field, "cputune.vcpu_quota", VIR_TYPED_PARAM_FIELD_LENGTH);
    params[0].type = VIR_TYPED_PARAM_LLONG;
    params[0].value.l = -1;
    g_strlcpy(params[1].field, "cputune.emulatorpin", VIR_TYPED_PARAM_FIELD_LENGTH);
    params[1].type = VIR_TYPED_PARAM_STRING;
    params[1].value.s = g_strdup("0-1");
    *nparams = 2;
    return params;
}


/* The callback of each event ID in testAllDomainEvents. */
static const struct {
    int eventID;
    virConnectDomainEventGenericCallback cb;
} testAllCbs[] = {
    { VIR_DOMAIN_EVENT_ID_LIFECYCLE, TEST_CB(testLifecycleCb) },
    { VIR_DOMAIN_EVENT_ID_REBOOT, TEST_CB(testRebootCb) },
    { VIR_DOMAIN_EVENT_ID_RTC_CHANGE, TEST_CB(testRTCCb) },
    { VIR_DOMAIN_EVENT_ID_WATCHDOG, TEST_CB(testIntCb) },
    { VIR_DOMAIN_EVENT_ID_IO_ERROR, TEST_CB(testIOErrorCb) },
    { VIR_DOMAIN_EVENT_ID_IO_ERROR_REASON, TEST_CB(testIOErrorReasonCb) },
    { VIR_DOMAIN_EVENT_ID_CONTROL_ERROR, TEST_CB(testRebootCb) },
    { VIR_DOMAIN_EVENT_ID_BLOCK_JOB, TEST_CB(testBlockJobCb) },
    { VIR_DOMAIN_EVENT_ID_DISK_CHANGE, TEST_CB(testDiskChangeCb) },
    { VIR_DOMAIN_EVENT_ID_TRAY_CHANGE, TEST_CB(testTrayCb) },
    { VIR_DOMAIN_EVENT_ID_PMWAKEUP, TEST_CB(testIntCb) },
    { VIR_DOMAIN_EVENT_ID_PMSUSPEND, TEST_CB(testIntCb) },
    { VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE, TEST_CB(testULLCb) },
    { VIR_DOMAIN_EVENT_ID_PMSUSPEND_DISK, TEST_CB(testIntCb) },
    { VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED, TEST_CB(testAliasCb) },
    { VIR_DOMAIN_EVENT_ID_BLOCK_JOB_2, TEST_CB(testBlockJobCb) },
    { VIR_DOMAIN_EVENT_ID_TUNABLE, TEST_CB(testParamsCb) },
    { VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE, TEST_CB(testAgentCb) },
    { VIR_DOMAIN_EVENT_ID_DEVICE_ADDED, TEST_CB(testAliasCb) },
    { VIR_DOMAIN_EVENT_ID_MIGRATION_ITERATION, TEST_CB(testIntCb) },
    { VIR_DOMAIN_EVENT_ID_JOB_COMPLETED, TEST_CB(testParamsCb) },
    { VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED, TEST_CB(testAliasCb) },
    { VIR_DOMAIN_EVENT_ID_METADATA_CHANGE, TEST_CB(testMetadataCb) },
    { VIR_DOMAIN_EVENT_ID_BLOCK_THRESHOLD, TEST_CB(testThresholdCb) },
    { VIR_DOMAIN_EVENT_ID_MEMORY_FAILURE, TEST_CB(testMemoryFailureCb) },
    { VIR_DOMAIN_EVENT_ID_MEMORY_DEVICE_SIZE_CHANGE, TEST_CB(testMemorySizeCb) },
};


/* One event of every ID (but GRAPHICS), in ID order, to its own callback. */
static void
testAllDomainEvents(void)
{
    virObjectEventState *state;
    virConnectPtr conn = virObjectEventTestConnNew();
    virObjectEventTestCb cb = { .tag = "all", .conn = conn, .deregisterID = -1 };
    virTypedParameterPtr params;
    int nparams;
    size_t i;
    const unsigned char *uuid = virObjectEventTestUUIDA;
    const char *expect = "all:a/5/aa:lifecycle 2 0\n"
                         "all:a/5/aa:generic\n"
                         "all:a/5/aa:rtc -3600\n"
                         "all:a/5/aa:int 1\n"
                         "all:a/5/aa:io-error /a.img vda 2\n"
                         "all:a/5/aa:io-error-reason /a.img vda 1 enospc\n"
                         "all:a/5/aa:generic\n"
                         "all:a/5/aa:block-job /a.img 2 3\n"
                         "all:a/5/aa:disk-change /o.iso <null> cd0 1\n"
                         "all:a/5/aa:tray cd0 1\n"
                         "all:a/5/aa:int 0\n"
                         "all:a/5/aa:int 0\n"
                         "all:a/5/aa:ull 524288\n"
                         "all:a/5/aa:int 0\n"
                         "all:a/5/aa:alias net0\n"
                         "all:a/5/aa:block-job vda 1 0\n"
                         "all:a/5/aa:params cputune.vcpu_quota=-1 cputune.emulatorpin=0-1\n"
                         "all:a/5/aa:agent 1 2\n"
                         "all:a/5/aa:alias hostdev0\n"
                         "all:a/5/aa:int 7\n"
                         "all:a/5/aa:params cputune.vcpu_quota=-1 cputune.emulatorpin=0-1\n"
                         "all:a/5/aa:alias rng0\n"
                         "all:a/5/aa:metadata 2 http://example.org/ns\n"
                         "all:a/5/aa:threshold vda /a.img 1024 512\n"
                         "all:a/5/aa:memory-failure 1 2 3\n"
                         "all:a/5/aa:memory-size dimm0 1048576\n";

    virObjectEventTestReset();
    state = virObjectEventStateNew();
    cb.state = state;
    for (i = 0; i < G_N_ELEMENTS(testAllCbs); i++)
        g_assert_cmpint(virDomainEventStateRegisterID(state, conn, NULL, testAllCbs[i].eventID,
                                                      testAllCbs[i].cb, &cb,
                                                      virObjectEventTestCbFree),
                        >=, 0);

#define Q(ev) virObjectEventStateQueue(state, (ev))
    Q(virDomainEventLifecycleNew(5, "a", uuid, VIR_DOMAIN_EVENT_STARTED,
                                 VIR_DOMAIN_EVENT_STARTED_BOOTED));
    Q(virDomainEventRebootNew(5, "a", uuid));
    Q(virDomainEventRTCChangeNew(5, "a", uuid, -3600));
    Q(virDomainEventWatchdogNew(5, "a", uuid, VIR_DOMAIN_EVENT_WATCHDOG_PAUSE));
    Q(virDomainEventIOErrorNew(5, "a", uuid, "/a.img", "vda", 2));
    Q(virDomainEventIOErrorReasonNew(5, "a", uuid, "/a.img", "vda", 1, "enospc"));
    Q(virDomainEventControlErrorNew(5, "a", uuid));
    Q(virDomainEventBlockJobNew(5, "a", uuid, "/a.img", 2, 3));
    Q(virDomainEventDiskChangeNew(5, "a", uuid, "/o.iso", NULL, "cd0", 1));
    Q(virDomainEventTrayChangeNew(5, "a", uuid, "cd0", 1));
    Q(virDomainEventPMWakeupNew(5, "a", uuid, 0));
    Q(virDomainEventPMSuspendNew(5, "a", uuid, 0));
    Q(virDomainEventBalloonChangeNew(5, "a", uuid, 524288));
    Q(virDomainEventPMSuspendDiskNew(5, "a", uuid, 0));
    Q(virDomainEventDeviceRemovedNew(5, "a", uuid, "net0"));
    Q(virDomainEventBlockJob2New(5, "a", uuid, "vda", 1, 0));
    params = testParams(&nparams);
    Q(virDomainEventTunableNew(5, "a", uuid, params, nparams));
    Q(virDomainEventAgentLifecycleNew(5, "a", uuid, 1, 2));
    Q(virDomainEventDeviceAddedNew(5, "a", uuid, "hostdev0"));
    Q(virDomainEventMigrationIterationNew(5, "a", uuid, 7));
    params = testParams(&nparams);
    Q(virDomainEventJobCompletedNew(5, "a", uuid, params, nparams));
    Q(virDomainEventDeviceRemovalFailedNew(5, "a", uuid, "rng0"));
    Q(virDomainEventMetadataChangeNew(5, "a", uuid, 2, "http://example.org/ns"));
    Q(virDomainEventBlockThresholdNew(5, "a", uuid, "vda", "/a.img", 1024, 512));
    Q(virDomainEventMemoryFailureNew(5, "a", uuid, 1, 2, 3));
    Q(virDomainEventMemoryDeviceSizeChangeNew(5, "a", uuid, "dimm0", 1048576));
#undef Q

    virObjectEventTestExpect(26);
    g_assert_cmpstr(virObjectEventTestLog->str, ==, expect);
    g_assert_cmpint(virObjectEventTestHandlesLive, ==, 0);

    g_assert_cmpint(virObjectEventStateDeregisterConn(state, conn), ==, 26);
    g_assert_cmpint(cb.frees, ==, 26);
    virObjectEventTestFinish(state);
    virObjectUnref(conn);
}


static void
testConstructorErrors(void)
{
    virObjectEvent *event;

    virObjectEventTestReset();
    g_assert_null(virDomainEventRebootNew(1, NULL, virObjectEventTestUUIDA));
    virObjectEventTestCheckError(VIR_ERR_INVALID_ARG, NULL);
    g_assert_null(virNetworkEventLifecycleNew("n", NULL, 0, 0));
    virObjectEventTestCheckError(VIR_ERR_INVALID_ARG, NULL);
    g_assert_null(
        virObjectEventNew(virClassForObjectLockable(), NULL, 0, 1, "a", virObjectEventTestUUIDA));
    virObjectEventTestCheckError(VIR_ERR_INTERNAL_ERROR, NULL);

    /* Owned parameters are released even when construction fails. */
    g_assert_null(virDomainEventTunableNew(1, NULL, virObjectEventTestUUIDA,
                                           g_new0(virTypedParameter, 1), 1));
    virObjectEventTestCheckError(VIR_ERR_INVALID_ARG, NULL);

    event = virDomainEventLifecycleNew(3, "a", virObjectEventTestUUIDA, 1, 2);
    g_assert_nonnull(event);
    g_assert_true(virObjectIsClass(event, virClassForDomainEvent()));
    g_assert_true(virObjectIsClass(event, virClassForObjectEvent()));
    g_assert_false(virObjectIsClass(event, virClassForNetworkEvent()));
    g_assert_cmpint(event->eventID, ==, VIR_DOMAIN_EVENT_ID_LIFECYCLE);
    g_assert_cmpint(event->id, ==, 3);
    g_assert_cmpstr(event->name, ==, "a");
    g_assert_cmpmem(event->uuid, VIR_UUID_BUFLEN, virObjectEventTestUUIDA, VIR_UUID_BUFLEN);
    g_assert_true(virObjectUnref(event));
}


int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    (void)alarm(TEST_ALARM_S);

    g_test_add_func("/conf/domainevent/all-ids", testAllDomainEvents);
    g_test_add_func("/conf/domainevent/constructor-errors", testConstructorErrors);

    return g_test_run();
}
