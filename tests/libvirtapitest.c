/*
 * libvirtapitest.c: the public entry points of src/lib
 *
 * The argument checks of every entry point are table-driven
 * (libvirtapidata/argchecks.def: the calls and the errors libvirt 9.0
 * reports for them) and run against a fake connection driver that
 * implements no API function, so every call that gets past the checks
 * must fail with VIR_ERR_NO_SUPPORT naming the function. Each failing
 * call must dispatch its error exactly once: to the error callback and
 * into its connection's own error slot.
 *
 * The other cases cover the error API (virSaveLastError, virCopyLastError,
 * virConn*), references, typed parameters, the event loop forwarding and
 * the version calls.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "datatypes.h"
#include "internal.h"
#include "virdriver.h"
#include "virevent.h"
#define VIR_DRIVERPRIV_H_ALLOW
#include "virdriverpriv.h"

#define VIR_FROM_THIS VIR_FROM_TEST

/* The objects the table's calls use; one set per connection. */
typedef struct {
    virConnect *conn;
    virDomain *dom;
    virNetwork *net;
    virStoragePool *pool;
    virStorageVol *vol;
    virSecret *secret;
    virDomainSnapshot *snap;
    virStream *stream;
} testObjs;

static testObjs testRW;
static testObjs testRO;

/* A zeroed, suitably aligned buffer for every output argument. */
static union {
    char c[65536];
    long long ll;
    double d;
    void *p;
} testBuf;

#define TEST_BUF ((void *)&testBuf)
#define TEST_UUID "c7a5fdbd-edaf-9455-926a-d65c16db1809"
#define TEST_CB(type) ((type)(void (*)(void))testNeverCalled)

static const unsigned char testUUID[VIR_UUID_BUFLEN] = {
    0xc7, 0xa5, 0xfd, 0xbd, 0xed, 0xaf, 0x94, 0x55, 0x92, 0x6a, 0xd6, 0x5c, 0x16, 0xdb, 0x18, 0x09,
};

/* Error callbacks seen, reset by each case. */
static int testCallbackCount;
static int testCallbackCode;


static void
testNeverCalled(void)
{
    g_assert_not_reached();
}


static void
testErrorFunc(void *opaque G_GNUC_UNUSED, virErrorPtr err)
{
    testCallbackCount++;
    testCallbackCode = err->code;
}


/* Counts its calls in the int @opaque points to. */
static void
testErrorFuncCount(void *opaque, virErrorPtr err G_GNUC_UNUSED)
{
    (*(int *)opaque)++;
}


/* ---- the fake driver: opens fakeapi:// and implements nothing else ---- */

static virDrvOpenStatus
testFakeOpen(virConnect *conn G_GNUC_UNUSED,
             virConnectAuth *auth G_GNUC_UNUSED,
             virConf *conf G_GNUC_UNUSED,
             unsigned int flags G_GNUC_UNUSED)
{
    return VIR_DRV_OPEN_SUCCESS;
}


/* connectClose calls of the fake drivers, i.e. connections freed */
static int testCloseCount;

static int
testFakeClose(virConnect *conn G_GNUC_UNUSED)
{
    testCloseCount++;
    return 0;
}


/* Fails without reporting anything, to exercise the generic error. */
static char *
testSilentHostname(virConnect *conn G_GNUC_UNUSED)
{
    return NULL;
}


static const char *const testFakeSchemes[] = { "fakeapi", NULL };
static const char *const testSilentSchemes[] = { "fakesilent", NULL };
static virHypervisorDriver testFakeHv = {
    .name = "FakeAPI",
    .connectOpen = testFakeOpen,
    .connectClose = testFakeClose,
};
static virHypervisorDriver testSilentHv = {
    .name = "FakeSilent",
    .connectOpen = testFakeOpen,
    .connectClose = testFakeClose,
    .connectGetHostname = testSilentHostname,
};
/* Empty family tables: present, but without any function. */
static virNetworkDriver testFakeNet = { .name = "FakeAPI" };
static virStorageDriver testFakeStorage = { .name = "FakeAPI" };
static virSecretDriver testFakeSecret = { .name = "FakeAPI" };
static virConnectDriver testFakeDriver = {
    .uriSchemes = testFakeSchemes,
    .hypervisorDriver = &testFakeHv,
    .networkDriver = &testFakeNet,
    .storageDriver = &testFakeStorage,
    .secretDriver = &testFakeSecret,
};
/* No family tables at all. */
static virConnectDriver testSilentDriver = {
    .uriSchemes = testSilentSchemes,
    .hypervisorDriver = &testSilentHv,
};


static void
testObjsOpen(testObjs *o, bool readonly)
{
    o->conn = readonly ? virConnectOpenReadOnly("fakeapi:///") : virConnectOpen("fakeapi:///");
    g_assert_nonnull(o->conn);
    o->dom = virGetDomain(o->conn, "d", testUUID, 1);
    o->net = virGetNetwork(o->conn, "n", testUUID);
    o->pool = virGetStoragePool(o->conn, "p", testUUID, NULL, NULL);
    o->vol = virGetStorageVol(o->conn, "p", "v", "/p/v", NULL, NULL);
    o->secret = virGetSecret(o->conn, testUUID, VIR_SECRET_USAGE_TYPE_VOLUME, "/p/v");
    g_assert_nonnull(o->dom);
    o->snap = virGetDomainSnapshot(o->dom, "s");
    o->stream = virStreamNew(o->conn, 0);
    g_assert_true(o->net && o->pool && o->vol && o->secret && o->snap && o->stream);
}


static void
testObjsClose(testObjs *o)
{
    virObjectUnref(o->stream);
    virObjectUnref(o->snap);
    virObjectUnref(o->secret);
    virObjectUnref(o->vol);
    virObjectUnref(o->pool);
    virObjectUnref(o->net);
    virObjectUnref(o->dom);
    g_assert_cmpint(virConnectClose(o->conn), ==, 0);
}


/* ---- the table of argument checks ---- */

typedef struct {
    int id;
    bool readonly;
    const char *what; /* "null:name", "ro", ... */
    const char *call; /* the C call, for messages */
    void (*run)(testObjs *o);
    int code;
    int domain;
    const char *message; /* NULL: no error expected */
    const char *nosup;   /* for VIR_ERR_NO_SUPPORT: the function named */
} testArgCase;

#define TEST_CASE(id, ro, what, call, code, domain, message)                                       \
 static void testCall##id(testObjs *o)                                                             \
 {                                                                                                 \
  (void)o;                                                                                         \
  (void)(call);                                                                                    \
 }
#define TEST_NOSUP(id, ro, what, call, domain, function) TEST_CASE(id, ro, what, call, 0, 0, NULL)
#include "libvirtapidata/argchecks.def"
#undef TEST_CASE
#undef TEST_NOSUP

#define TEST_CASE(id, ro, what, call, code, domain, message)                                       \
 { id, ro, what, #call, testCall##id, code, domain, message, NULL },
#define TEST_NOSUP(id, ro, what, call, domain, function)                                           \
 { id, ro, what, #call, testCall##id, VIR_ERR_NO_SUPPORT, domain, NULL, function },
static const testArgCase testArgCases[] = {
#include "libvirtapidata/argchecks.def"
};
#undef TEST_CASE
#undef TEST_NOSUP


/* The call without the g_free( that some cases wrap around it. */
static const char *
testCaseCall(const testArgCase *tc)
{
    if (g_str_has_prefix(tc->call, "g_free("))
        return tc->call + strlen("g_free(");
    return tc->call;
}


/* Whether the case passes an invalid object first (then no connection gets the error). */
static bool
testCaseHasBadObject(const testArgCase *tc)
{
    const char *open = strchr(testCaseCall(tc), '(');

    return open && g_str_has_prefix(open + 1, "NULL");
}


static void
testArgCheck(const void *opaque)
{
    const testArgCase *tc = opaque;
    testObjs *o = tc->readonly ? &testRO : &testRW;
    g_autofree char *message = NULL;
    virError *connErr;

    if (tc->nosup)
        message = g_strdup_printf("this function is not supported by the connection driver: %s",
                                  tc->nosup);
    else
        message = g_strdup(tc->message);
    virConnResetLastError(testRW.conn);
    virConnResetLastError(testRO.conn);
    testCallbackCount = 0;
    virResetLastError();

    tc->run(o);

    /* Report mismatches with the call and go on, so that one run lists them all. */
    if (!message) {
        if (virGetLastError() || testCallbackCount != 0)
            g_test_fail_printf("%s: want no error, got %d '%s' (%d callbacks)", tc->call,
                               virGetLastErrorCode(), virGetLastErrorMessage(), testCallbackCount);
        return;
    }
    if (virGetLastErrorCode() != tc->code || virGetLastErrorDomain() != tc->domain ||
        !g_str_equal(virGetLastErrorMessage(), message)) {
        g_test_fail_printf("%s: want %d/%d '%s', got %d/%d '%s'", tc->call, tc->code, tc->domain,
                           message, virGetLastErrorCode(), virGetLastErrorDomain(),
                           virGetLastErrorMessage());
        return;
    }
    /* dispatched exactly once */
    if (testCallbackCount != 1 || testCallbackCode != tc->code) {
        g_test_fail_printf("%s: %d error callbacks", tc->call, testCallbackCount);
        return;
    }
    /* and copied into the connection unless the object itself was bad */
    connErr = virConnGetLastError(o->conn);
    if (testCaseHasBadObject(tc)
            ? connErr->code != VIR_ERR_OK
            : connErr->code != tc->code || g_strcmp0(connErr->message, message) != 0)
        g_test_fail_printf("%s: connection error %d '%s'", tc->call, connErr->code,
                           NULLSTR(connErr->message));
}


/* ---- the error API ---- */

static void
testErrorSaveCopy(void)
{
    virError copy;
    virErrorPtr saved;

    g_assert_null(virDomainGetName(NULL));
    saved = virSaveLastError();
    g_assert_nonnull(saved);
    g_assert_cmpint(saved->code, ==, VIR_ERR_INVALID_DOMAIN);
    g_assert_cmpstr(saved->message, ==, "invalid domain pointer in virDomainGetName");

    /* the copy is independent of later errors */
    g_assert_cmpint(virCopyLastError(&copy), ==, VIR_ERR_INVALID_DOMAIN);
    g_assert_null(virNetworkGetName(NULL));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_NETWORK);
    g_assert_cmpstr(saved->message, ==, "invalid domain pointer in virDomainGetName");
    g_assert_cmpstr(copy.message, ==, "invalid domain pointer in virDomainGetName");
    virResetError(&copy);
    g_assert_null(copy.message);
    virFreeError(saved);

    /* a successful call resets the last error */
    g_assert_cmpstr(virDomainGetName(testRW.dom), ==, "d");
    g_assert_null(virGetLastError());
    saved = virSaveLastError();
    g_assert_cmpint(saved->code, ==, VIR_ERR_OK);
    virFreeError(saved);
    g_assert_cmpint(virCopyLastError(NULL), ==, -1);
}


static void
testErrorConn(void)
{
    virError copy;
    int connCalls = 0;

    virConnResetLastError(testRW.conn);
    g_assert_cmpint(virConnCopyLastError(testRW.conn, &copy), ==, VIR_ERR_OK);
    g_assert_null(virDomainGetOSType(testRW.dom));
    g_assert_cmpint(virConnCopyLastError(testRW.conn, &copy), ==, VIR_ERR_NO_SUPPORT);
    g_assert_cmpstr(copy.message, ==,
                    "this function is not supported by the connection driver: virDomainGetOSType");
    virResetError(&copy);
    g_assert_cmpint(virConnGetLastError(testRW.conn)->code, ==, VIR_ERR_NO_SUPPORT);
    /* the other connection's slot is untouched */
    virConnResetLastError(testRO.conn);
    g_assert_cmpint(virConnGetLastError(testRO.conn)->code, ==, VIR_ERR_OK);
    virConnResetLastError(testRW.conn);
    g_assert_cmpint(virConnGetLastError(testRW.conn)->code, ==, VIR_ERR_OK);

    /* NULL connections */
    g_assert_null(virConnGetLastError(NULL));
    g_assert_cmpint(virConnCopyLastError(NULL, &copy), ==, -1);
    virConnResetLastError(NULL);
    virConnSetErrorFunc(NULL, NULL, NULL);

    /* a connection's callback replaces the process-wide one, for it only */
    virConnSetErrorFunc(testRW.conn, &connCalls, testErrorFuncCount);
    testCallbackCount = 0;
    g_assert_null(virDomainGetOSType(testRW.dom));
    g_assert_cmpint(connCalls, ==, 1);
    g_assert_cmpint(testCallbackCount, ==, 0);
    g_assert_null(virDomainGetOSType(testRO.dom));
    g_assert_cmpint(connCalls, ==, 1);
    g_assert_cmpint(testCallbackCount, ==, 1);
    virConnSetErrorFunc(testRW.conn, NULL, NULL);
    g_assert_null(virDomainGetOSType(testRW.dom));
    g_assert_cmpint(connCalls, ==, 1);
    g_assert_cmpint(testCallbackCount, ==, 2);
}


/* A failure that reports nothing becomes libvirt's generic error. */
static void
testErrorGeneric(void)
{
    virConnect *conn = virConnectOpen("fakesilent:///");

    g_assert_nonnull(conn);
    testCallbackCount = 0;
    g_assert_null(virConnectGetHostname(conn));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_NONE);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "An error occurred, but the cause is unknown");
    g_assert_cmpint(testCallbackCount, ==, 1);

    /* a connection without the family tables: VIR_ERR_NO_SUPPORT too */
    g_assert_cmpint(virConnectNumOfNetworks(conn), ==, -1);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_NETWORK);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "this function is not supported by the connection driver: "
                    "virConnectNumOfNetworks");
    g_assert_cmpint(virConnectNumOfStoragePools(conn), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_SUPPORT);
    g_assert_cmpint(virConnectNumOfSecrets(conn), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_SUPPORT);
    virConnectClose(conn);
}


/* Handles hold their connection; Ref/Free count. */
static void
testObjectRefs(void)
{
    virConnect *conn = virConnectOpen("fakeapi:///refs");
    virDomain *dom;
    virDomainSnapshot *snap;
    unsigned char uuid[VIR_UUID_BUFLEN];
    char uuidstr[VIR_UUID_STRING_BUFLEN];
    int closes;

    g_assert_nonnull(conn);
    dom = virGetDomain(conn, "refs", testUUID, -1);
    snap = virGetDomainSnapshot(dom, "snap");
    g_assert_nonnull(snap);
    g_assert_cmpint(virDomainRef(dom), ==, 0);
    g_assert_cmpint(virDomainFree(dom), ==, 0);
    /* the domain (through the snapshot, too) keeps the connection */
    closes = testCloseCount;
    g_assert_cmpint(virConnectClose(conn), ==, 1);
    g_assert_cmpint(testCloseCount, ==, closes);
    g_assert_true(virObjectIsConnect(conn));
    g_assert_true(virDomainSnapshotGetConnect(snap) == conn);
    g_assert_true(virDomainSnapshotGetDomain(snap) == dom);
    g_assert_cmpstr(virDomainSnapshotGetName(snap), ==, "snap");

    g_assert_cmpstr(virDomainGetName(dom), ==, "refs");
    g_assert_cmpuint(virDomainGetID(dom), ==, (unsigned int)-1);
    g_assert_cmpint(virDomainGetUUID(dom, uuid), ==, 0);
    g_assert_cmpmem(uuid, sizeof(uuid), testUUID, sizeof(testUUID));
    g_assert_cmpint(virDomainGetUUIDString(dom, uuidstr), ==, 0);
    g_assert_cmpstr(uuidstr, ==, TEST_UUID);
    g_assert_true(virDomainGetConnect(dom) == conn);

    g_assert_cmpint(virDomainSnapshotFree(snap), ==, 0);
    closes = testCloseCount;
    g_assert_cmpint(virDomainFree(dom), ==, 0);
    /* the last handle took the connection with it */
    g_assert_cmpint(testCloseCount, ==, closes + 1);

    /* constructors check their arguments */
    g_assert_null(virGetDomain(NULL, "x", testUUID, 1));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_CONN);
    g_assert_null(virGetDomain(testRW.conn, NULL, testUUID, 1));
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "name in virGetDomain must not be NULL");
    g_assert_null(virGetStorageVol(testRW.conn, "p", "v", NULL, NULL, NULL));
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "key in virGetStorageVol must not be NULL");
    g_assert_null(virGetDomainSnapshot(NULL, "s"));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_DOMAIN);
    virResetLastError();
}


/* Lookups by UUID string parse the UUID and use the ByUUID driver call. */
static void
testLookupUUIDString(void)
{
    g_assert_null(virDomainLookupByUUIDString(testRW.conn, "not-a-uuid"));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "Invalid UUID");
    g_assert_null(virNetworkLookupByUUIDString(testRW.conn, "not-a-uuid"));
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "uuidstr in virNetworkLookupByUUIDString must be a valid UUID");
    g_assert_null(virStoragePoolLookupByUUIDString(testRW.conn, TEST_UUID));
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "this function is not supported by the connection driver: "
                    "virStoragePoolLookupByUUID");
}


static void
testTypedParams(void)
{
    virTypedParameterPtr params = NULL;
    int nparams = 0;
    int maxparams = 0;
    const char *s = NULL;
    const char *list[] = { "a", "b", NULL };
    unsigned long long ull = 0;
    int i = 0;

    g_assert_cmpint(virTypedParamsAddInt(&params, &nparams, &maxparams, "i", -5), ==, 0);
    g_assert_cmpint(virTypedParamsAddString(&params, &nparams, &maxparams, "file", "/x"), ==, 0);
    g_assert_cmpint(virTypedParamsAddULLong(&params, &nparams, &maxparams, "u", 7), ==, 0);
    g_assert_cmpint(virTypedParamsAddStringList(&params, &nparams, &maxparams, "l", list), ==, 0);
    g_assert_cmpint(nparams, ==, 5);
    g_assert_cmpint(maxparams, >=, nparams);

    g_assert_cmpint(virTypedParamsGetInt(params, nparams, "i", &i), ==, 1);
    g_assert_cmpint(i, ==, -5);
    g_assert_cmpint(virTypedParamsGetString(params, nparams, "file", &s), ==, 1);
    g_assert_cmpstr(s, ==, "/x");
    g_assert_cmpint(virTypedParamsGetULLong(params, nparams, "u", &ull), ==, 1);
    g_assert_cmpuint(ull, ==, 7);
    g_assert_cmpint(virTypedParamsGetInt(params, nparams, "missing", &i), ==, 0);
    g_assert_cmpint(virTypedParamsGetInt(params, nparams, "file", &i), ==, -1);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "invalid argument: Invalid type 'int' requested for parameter 'file', "
                    "actual type is 'string'");
    g_assert_true(virTypedParamsGet(params, nparams, "l") == &params[3]);

    /* a name may only be added once (string lists aside) */
    g_assert_cmpint(virTypedParamsAddInt(&params, &nparams, &maxparams, "i", 1), ==, -1);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "invalid argument: Parameter 'i' is already set");

    /* parsing from strings */
    g_assert_cmpint(virTypedParamsAddFromString(&params, &nparams, &maxparams, "b",
                                                VIR_TYPED_PARAM_BOOLEAN, "true"),
                    ==, 0);
    g_assert_cmpint(
        virTypedParamsAddFromString(&params, &nparams, &maxparams, "n", VIR_TYPED_PARAM_INT, "12x"),
        ==, -1);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "invalid argument: Invalid value for field 'n': expected int");
    g_assert_cmpint(virTypedParamsAddFromString(&params, &nparams, &maxparams, "n", 0, "1"), ==,
                    -1);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "internal error: unexpected type 0 for field n");
    g_assert_cmpint(nparams, ==, 6);
    g_assert_cmpint(virTypedParamsGetBoolean(params, nparams, "b", &i), ==, 1);
    g_assert_cmpint(i, ==, 1);

    virTypedParamsFree(params, nparams);
    virTypedParamsFree(NULL, 0);
}


/* A fake event loop, to check the forwarding. */
static int testEventCalls;

static int
testAddHandle(int fd,
              int event G_GNUC_UNUSED,
              virEventHandleCallback cb G_GNUC_UNUSED,
              void *opaque G_GNUC_UNUSED,
              virFreeCallback ff G_GNUC_UNUSED)
{
    testEventCalls++;
    return fd + 100;
}

static void
testUpdateHandle(int watch G_GNUC_UNUSED, int event G_GNUC_UNUSED)
{
    testEventCalls++;
}

static int
testRemoveHandle(int watch)
{
    testEventCalls++;
    return watch == 103 ? 0 : -1;
}

static int
testAddTimeout(int timeout,
               virEventTimeoutCallback cb G_GNUC_UNUSED,
               void *opaque G_GNUC_UNUSED,
               virFreeCallback ff G_GNUC_UNUSED)
{
    testEventCalls++;
    return timeout + 1;
}

static void
testUpdateTimeout(int timer G_GNUC_UNUSED, int timeout G_GNUC_UNUSED)
{
    testEventCalls++;
}

static int
testRemoveTimeout(int timer G_GNUC_UNUSED)
{
    testEventCalls++;
    return 0;
}


/*
 * The public calls forward to the registered loop; without one they fail
 * silently, as in libvirt. The registration cannot be undone, so this
 * case runs once, before any other registers a loop.
 */
static void
testEventForwarding(void)
{
    virResetLastError();
    g_assert_false(virEventImplIsRegistered());
    g_assert_cmpint(virEventAddHandle(3, VIR_EVENT_HANDLE_READABLE, NULL, NULL, NULL), ==, -1);
    g_assert_cmpint(virEventAddTimeout(10, NULL, NULL, NULL), ==, -1);
    g_assert_cmpint(virEventRemoveHandle(3), ==, -1);
    g_assert_null(virGetLastError());
    g_assert_cmpint(virEventImplRequire(), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), !=, VIR_ERR_OK);

    virEventRegisterImpl(testAddHandle, testUpdateHandle, testRemoveHandle, testAddTimeout,
                         testUpdateTimeout, testRemoveTimeout);
    testEventCalls = 0;
    g_assert_cmpint(virEventImplRequire(), ==, 0);
    g_assert_cmpint(virEventAddHandle(3, VIR_EVENT_HANDLE_READABLE, NULL, NULL, NULL), ==, 103);
    virEventUpdateHandle(103, 0);
    g_assert_cmpint(virEventRemoveHandle(103), ==, 0);
    g_assert_cmpint(virEventAddTimeout(10, NULL, NULL, NULL), ==, 11);
    virEventUpdateTimeout(11, -1);
    g_assert_cmpint(virEventRemoveTimeout(11), ==, 0);
    g_assert_cmpint(testEventCalls, ==, 6);

    /* the first registration stays, also over the default loop */
    virEventRegisterImpl(NULL, NULL, NULL, NULL, NULL, NULL);
    g_assert_cmpint(virEventRegisterDefaultImpl(), ==, 0);
    g_assert_cmpint(virEventAddHandle(4, VIR_EVENT_HANDLE_READABLE, NULL, NULL, NULL), ==, 104);
}


static void
testVersion(void)
{
    unsigned long lib = 0;
    unsigned long type = 0;

    g_assert_cmpint(virGetVersion(&lib, NULL, &type), ==, 0);
    g_assert_cmpuint(lib, ==, LIBVIR_VERSION_NUMBER);
    g_assert_cmpuint(lib, ==, 9000000);
    g_assert_cmpuint(type, ==, 9000000);
    g_assert_true(LIBVIR_CHECK_VERSION(9, 0, 0));
    g_assert_false(LIBVIR_CHECK_VERSION(9, 0, 1));

    testCallbackCount = 0;
    g_assert_cmpint(virGetVersion(NULL, NULL, NULL), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "An error occurred, but the cause is unknown");
    g_assert_cmpint(testCallbackCount, ==, 1);

    lib = 0;
    g_assert_cmpint(virConnectGetLibVersion(testRW.conn, &lib), ==, 0);
    g_assert_cmpuint(lib, ==, LIBVIR_VERSION_NUMBER);
    g_assert_cmpstr(virConnectGetType(testRW.conn), ==, "FakeAPI");
}


int
main(int argc, char **argv)
{
    size_t i;
    int ret;

    g_test_init(&argc, &argv, NULL);
    virSetErrorFunc(NULL, testErrorFunc);
    g_assert_cmpint(virInitialize(), ==, 0);
    virDriverResetForTest();
    virDriverSetConfigFileForTest("/nonexistent/modvirt-test/libvirt.conf");
    g_unsetenv("LIBVIRT_DEFAULT_URI");
    g_assert_cmpint(virRegisterConnectDriver(&testFakeDriver), ==, 0);
    g_assert_cmpint(virRegisterConnectDriver(&testSilentDriver), ==, 1);
    testObjsOpen(&testRW, false);
    testObjsOpen(&testRO, true);

    for (i = 0; i < G_N_ELEMENTS(testArgCases); i++) {
        const testArgCase *tc = &testArgCases[i];
        g_autofree char *name = NULL;
        g_autofree char *fn = g_strndup(testCaseCall(tc), strcspn(testCaseCall(tc), "("));

        name = g_strdup_printf("/api/argchecks/%s/%d-%s", fn, tc->id, tc->what);
        g_test_add_data_func(name, tc, testArgCheck);
    }
    g_test_add_func("/api/errors/save-copy", testErrorSaveCopy);
    g_test_add_func("/api/errors/conn", testErrorConn);
    g_test_add_func("/api/errors/generic", testErrorGeneric);
    g_test_add_func("/api/objects/refs", testObjectRefs);
    g_test_add_func("/api/objects/lookup-uuid-string", testLookupUUIDString);
    g_test_add_func("/api/typed-params", testTypedParams);
    g_test_add_func("/api/event/forwarding", testEventForwarding);
    g_test_add_func("/api/version", testVersion);

    ret = g_test_run();
    testObjsClose(&testRO);
    testObjsClose(&testRW);
    return ret;
}
