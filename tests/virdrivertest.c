/*
 * virdrivertest.c: driver registration and the open sequence
 *
 * Fake connection drivers record the order in which they are asked and
 * accept, decline or fail as each test case needs; the cases check which
 * driver serves a URI and the errors libvirt reports when none does.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <glib/gstdio.h>

#include "datatypes.h"
#include "internal.h"
#include "virdriver.h"
#define VIR_DRIVERPRIV_H_ALLOW
#include "virdriverpriv.h"

#define VIR_FROM_THIS VIR_FROM_TEST

/* What a fake driver's connectOpen does with a URI it is asked about. */
typedef enum {
    TEST_ACCEPT,
    TEST_DECLINE,
    TEST_FAIL,
} testOpenAction;

/* Everything the fake drivers observed, reset by testSetUp(). */
static GString *testLog;  /* "name;" per connectOpen, in call order */
static char *testSeenURI; /* URI the accepting driver saw, or "(none)" */
static unsigned int testSeenFlags;
static int testCloseCalls;
static char *testProbeURI; /* what the probing driver proposes, or NULL */


static int
testDriverClose(virConnect *conn G_GNUC_UNUSED)
{
    testCloseCalls++;
    return 0;
}


static virDrvOpenStatus
testOpenAs(const char *name, testOpenAction action, virConnect *conn, unsigned int flags)
{
    g_string_append_printf(testLog, "%s;", name);
    switch (action) {
    case TEST_ACCEPT:
        g_free(testSeenURI);
        testSeenURI = conn->uri ? virURIFormat(conn->uri) : g_strdup("(none)");
        testSeenFlags = flags;
        return VIR_DRV_OPEN_SUCCESS;
    case TEST_FAIL:
        virReportError(VIR_ERR_OPERATION_FAILED, "%s", "driver failure");
        return VIR_DRV_OPEN_ERROR;
    case TEST_DECLINE:
        break;
    }
    return VIR_DRV_OPEN_DECLINED;
}


/* One fake hypervisor table per behaviour; the name says what it does. */
#define TEST_FAKE_OPEN(fname, label, action)                                                       \
 static virDrvOpenStatus fname(virConnect *conn, virConnectAuth *auth G_GNUC_UNUSED,               \
                               virConf *conf G_GNUC_UNUSED, unsigned int flags)                    \
 {                                                                                                 \
  return testOpenAs(label, action, conn, flags);                                                   \
 }

TEST_FAKE_OPEN(testOpenAcceptA, "acceptA", TEST_ACCEPT)
TEST_FAKE_OPEN(testOpenAcceptB, "acceptB", TEST_ACCEPT)
TEST_FAKE_OPEN(testOpenDecline, "decline", TEST_DECLINE)
TEST_FAKE_OPEN(testOpenFail, "fail", TEST_FAIL)


static int
testProbe(char **uri)
{
    *uri = g_strdup(testProbeURI);
    return 0;
}


static virHypervisorDriver testHvAcceptA = {
    .name = "FakeA",
    .connectOpen = testOpenAcceptA,
    .connectClose = testDriverClose,
};
static virHypervisorDriver testHvAcceptB = {
    .name = "FakeB",
    .connectOpen = testOpenAcceptB,
    .connectClose = testDriverClose,
};
static virHypervisorDriver testHvDecline = {
    .name = "FakeDecline",
    .connectOpen = testOpenDecline,
    .connectClose = testDriverClose,
    .connectURIProbe = testProbe,
};
static virHypervisorDriver testHvFail = {
    .name = "FakeFail",
    .connectOpen = testOpenFail,
    .connectClose = testDriverClose,
};

static const char *const testSchemesA[] = { "fakea", "shared", NULL };
static const char *const testSchemesB[] = { "fakeb", "shared", NULL };
static const char *const testSchemesFail[] = { "fakefail", NULL };

/* Serves fakea:// and shared:// */
static virConnectDriver testDrvA = {
    .uriSchemes = testSchemesA,
    .hypervisorDriver = &testHvAcceptA,
};
/* Serves fakeb:// and shared:// (registered after A: A wins shared://) */
static virConnectDriver testDrvB = {
    .uriSchemes = testSchemesB,
    .hypervisorDriver = &testHvAcceptB,
};
/* Asked about every URI and no URI, declines all */
static virConnectDriver testDrvDecline = {
    .hypervisorDriver = &testHvDecline,
};
/* Fails the open for fakefail:// */
static virConnectDriver testDrvFail = {
    .uriSchemes = testSchemesFail,
    .hypervisorDriver = &testHvFail,
};
/* Serves any URI, but only local ones */
static virConnectDriver testDrvLocalAny = {
    .localOnly = true,
    .hypervisorDriver = &testHvAcceptB,
};
/* Serves any URI naming a server; fails the open for the others */
static virConnectDriver testDrvRemoteOnly = {
    .remoteOnly = true,
    .hypervisorDriver = &testHvAcceptA,
};


static void
testSetUp(void)
{
    virDriverResetForTest();
    /* Never read the user's or the system's libvirt.conf. */
    virDriverSetConfigFileForTest("/nonexistent/modvirt-test/libvirt.conf");
    g_unsetenv("LIBVIRT_DEFAULT_URI");
    g_string_truncate(testLog, 0);
    g_clear_pointer(&testSeenURI, g_free);
    g_clear_pointer(&testProbeURI, g_free);
    testSeenFlags = 0;
    testCloseCalls = 0;
    virResetLastError();
}


static void
testRegister(virConnectDriver *drv)
{
    g_assert_cmpint(virRegisterConnectDriver(drv), >=, 0);
}


/* Opens @uri (read-only if asked) and checks that it fails with @code and @message. */
static void
testOpenFails(const char *uri, bool readonly, int code, int domain, const char *message)
{
    virConnect *conn = readonly ? virConnectOpenReadOnly(uri) : virConnectOpen(uri);

    g_assert_null(conn);
    g_assert_cmpint(virGetLastErrorCode(), ==, code);
    g_assert_cmpint(virGetLastErrorDomain(), ==, domain);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, message);
}


/* The first registered driver that lists the scheme and accepts serves it. */
static void
testOrderFirstWins(void)
{
    virConnect *conn;

    testSetUp();
    testRegister(&testDrvDecline);
    testRegister(&testDrvA);
    testRegister(&testDrvB);

    conn = virConnectOpen("shared:///x");
    g_assert_nonnull(conn);
    /* the declining wildcard driver is asked first, then A accepts; B never is */
    g_assert_cmpstr(testLog->str, ==, "decline;acceptA;");
    g_assert_true(conn->driver == &testHvAcceptA);
    g_assert_cmpstr(virConnectGetType(conn), ==, "FakeA");
    g_assert_cmpstr(testSeenURI, ==, "shared:///x");
    g_assert_cmpint(virConnectClose(conn), ==, 0);
    g_assert_cmpint(testCloseCalls, ==, 1);

    /* a scheme only B lists goes to B, A is not even asked */
    g_string_truncate(testLog, 0);
    conn = virConnectOpen("fakeb:///y");
    g_assert_nonnull(conn);
    g_assert_cmpstr(testLog->str, ==, "decline;acceptB;");
    g_assert_cmpstr(virConnectGetType(conn), ==, "FakeB");
    virConnectClose(conn);
}


/* An error from a driver ends the open: later drivers are not asked. */
static void
testOrderErrorStops(void)
{
    testSetUp();
    testRegister(&testDrvFail);
    testRegister(&testDrvDecline);
    testOpenFails("fakefail:///", false, VIR_ERR_OPERATION_FAILED, VIR_FROM_TEST,
                  "operation failed: driver failure");
    g_assert_cmpstr(testLog->str, ==, "fail;");
    /* a driver that did not accept never gets connectClose */
    g_assert_cmpint(testCloseCalls, ==, 0);
}


/* When all decline: libvirt's VIR_ERR_NO_CONNECT with the URI. */
static void
testAllDecline(void)
{
    testSetUp();
    testRegister(&testDrvDecline);
    testRegister(&testDrvA);
    testOpenFails("foo:///bar", false, VIR_ERR_NO_CONNECT, VIR_FROM_NONE,
                  "no connection driver available for foo:///bar");
    g_assert_cmpstr(testLog->str, ==, "decline;");

    /* with no driver at all, the same */
    testSetUp();
    testOpenFails("foo:///bar", false, VIR_ERR_NO_CONNECT, VIR_FROM_NONE,
                  "no connection driver available for foo:///bar");
}


/* URI syntax errors of the open sequence. */
static void
testBadURI(void)
{
    testSetUp();
    testRegister(&testDrvDecline);
    testOpenFails("x", false, VIR_ERR_NO_CONNECT, VIR_FROM_NONE,
                  "no connection driver available for URI 'x' does not include a driver name");
    testOpenFails("qemu://system", false, VIR_ERR_INTERNAL_ERROR, VIR_FROM_NONE,
                  "internal error: invalid URI qemu://system (maybe you want qemu:///system)");
    g_assert_cmpstr(testLog->str, ==, "");
}


/* LIBVIRT_DEFAULT_URI replaces a NULL or empty name, not a given one. */
static void
testDefaultURIEnv(void)
{
    virConnect *conn;

    testSetUp();
    testRegister(&testDrvA);
    testRegister(&testDrvB);
    g_setenv("LIBVIRT_DEFAULT_URI", "fakeb:///env", TRUE);

    conn = virConnectOpen(NULL);
    g_assert_nonnull(conn);
    g_assert_cmpstr(testSeenURI, ==, "fakeb:///env");
    virConnectClose(conn);

    conn = virConnectOpen("");
    g_assert_nonnull(conn);
    g_assert_cmpstr(testSeenURI, ==, "fakeb:///env");
    virConnectClose(conn);

    conn = virConnectOpen("fakea:///given");
    g_assert_nonnull(conn);
    g_assert_cmpstr(testSeenURI, ==, "fakea:///given");
    virConnectClose(conn);

    /* libvirt quotes the application's (NULL) name when nobody accepts */
    g_setenv("LIBVIRT_DEFAULT_URI", "nobody:///x", TRUE);
    testOpenFails(NULL, false, VIR_ERR_NO_CONNECT, VIR_FROM_NONE,
                  "no connection driver available for <null>");
    g_unsetenv("LIBVIRT_DEFAULT_URI");
}


/* Without any URI: probes first, else only wildcard drivers are asked. */
static void
testNullURI(void)
{
    virConnect *conn;

    testSetUp();
    testRegister(&testDrvA);
    testRegister(&testDrvDecline);
    testOpenFails(NULL, false, VIR_ERR_NO_CONNECT, VIR_FROM_NONE,
                  "no connection driver available for <null>");
    /* A lists schemes, so only the wildcard driver was asked */
    g_assert_cmpstr(testLog->str, ==, "decline;");

    testProbeURI = g_strdup("fakea:///probed");
    g_string_truncate(testLog, 0);
    conn = virConnectOpen(NULL);
    g_assert_nonnull(conn);
    g_assert_cmpstr(testSeenURI, ==, "fakea:///probed");
    virConnectClose(conn);
}


/* uri_default and uri_aliases of the client configuration file. */
static void
testConfigFile(void)
{
    g_autofree char *dir = g_dir_make_tmp("virdrivertest-XXXXXX", NULL);
    g_autofree char *path = g_build_filename(dir, "libvirt.conf", NULL);
    const char *text = "uri_default = \"fakea:///fromconf\"\n"
                       "uri_aliases = [ \"short=fakeb:///aliased\" ]\n";
    virConnect *conn;

    g_assert_nonnull(dir);
    g_assert_true(g_file_set_contents(path, text, -1, NULL));
    testSetUp();
    virDriverSetConfigFileForTest(path);
    testRegister(&testDrvA);
    testRegister(&testDrvB);

    conn = virConnectOpen(NULL);
    g_assert_nonnull(conn);
    g_assert_cmpstr(testSeenURI, ==, "fakea:///fromconf");
    virConnectClose(conn);

    conn = virConnectOpen("short");
    g_assert_nonnull(conn);
    g_assert_cmpstr(testSeenURI, ==, "fakeb:///aliased");
    virConnectClose(conn);

    /* VIR_CONNECT_NO_ALIASES keeps the name as it is: no scheme then */
    g_assert_null(virConnectOpenAuth("short", NULL, VIR_CONNECT_NO_ALIASES));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_NO_CONNECT);

    /* the environment still wins over the file */
    g_setenv("LIBVIRT_DEFAULT_URI", "fakeb:///env", TRUE);
    conn = virConnectOpen(NULL);
    g_assert_nonnull(conn);
    g_assert_cmpstr(testSeenURI, ==, "fakeb:///env");
    virConnectClose(conn);

    g_unsetenv("LIBVIRT_DEFAULT_URI");
    virDriverSetConfigFileForTest(NULL);
    g_assert_cmpint(g_unlink(path), ==, 0);
    g_assert_cmpint(g_rmdir(dir), ==, 0);
}


/* The read-only flag reaches the driver and stays in the connection. */
static void
testReadOnly(void)
{
    virConnect *conn;

    testSetUp();
    testRegister(&testDrvA);

    conn = virConnectOpenReadOnly("fakea:///ro");
    g_assert_nonnull(conn);
    g_assert_cmpuint(conn->flags, ==, VIR_CONNECT_RO);
    g_assert_cmpuint(testSeenFlags & VIR_CONNECT_RO, ==, VIR_CONNECT_RO);
    /* a call that modifies is refused before the driver is asked */
    g_assert_null(virDomainCreateXML(conn, "<domain/>", 0));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_OPERATION_DENIED);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "operation forbidden: read only access prevents virDomainCreateXML");
    virConnectClose(conn);

    conn = virConnectOpenAuth("fakea:///rw", NULL, 0);
    g_assert_nonnull(conn);
    g_assert_cmpuint(conn->flags, ==, 0);
    virConnectClose(conn);
}


/* localOnly drivers skip URIs with a server; remoteOnly need one. */
static void
testLocalRemote(void)
{
    virConnect *conn;

    testSetUp();
    testRegister(&testDrvLocalAny);
    testRegister(&testDrvRemoteOnly);

    conn = virConnectOpen("any:///local");
    g_assert_nonnull(conn);
    g_assert_cmpstr(virConnectGetType(conn), ==, "FakeB");
    virConnectClose(conn);

    conn = virConnectOpen("any://host/remote");
    g_assert_nonnull(conn);
    g_assert_cmpstr(virConnectGetType(conn), ==, "FakeA");
    virConnectClose(conn);

    testSetUp();
    testRegister(&testDrvRemoteOnly);
    testOpenFails("any:///local", false, VIR_ERR_INVALID_ARG, VIR_FROM_NONE,
                  "invalid argument: URI is missing the server part");
}


/* References: the driver's connectClose runs once, with the last one. */
static void
testCloseRefs(void)
{
    virConnect *conn;

    testSetUp();
    testRegister(&testDrvA);
    conn = virConnectOpen("fakea:///refs");
    g_assert_nonnull(conn);
    g_assert_cmpint(virConnectRef(conn), ==, 0);
    g_assert_cmpint(virConnectClose(conn), ==, 1);
    g_assert_cmpint(testCloseCalls, ==, 0);
    g_assert_cmpint(virConnectClose(conn), ==, 0);
    g_assert_cmpint(testCloseCalls, ==, 1);

    /* NULL is an invalid connection */
    g_assert_cmpint(virConnectClose(NULL), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_CONN);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "invalid connection pointer in virConnectClose");
}


/* Registration refuses bad drivers and more than VIR_DRIVER_MAX. */
static void
testRegistration(void)
{
    virConnectDriver incomplete = { .hypervisorDriver = NULL };
    size_t i;

    testSetUp();
    g_assert_cmpint(virRegisterConnectDriver(NULL), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "driver in virRegisterConnectDriver must not be NULL");
    g_assert_cmpint(virRegisterConnectDriver(&incomplete), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);

    for (i = 0; i < VIR_DRIVER_MAX; i++)
        g_assert_cmpint(virRegisterConnectDriver(&testDrvA), ==, (int)i);
    g_assert_cmpint(virRegisterConnectDriver(&testDrvB), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "internal error: Too many drivers, cannot register FakeB");

    g_assert_true(virHasDriverForURIScheme("fakea"));
    g_assert_true(virHasDriverForURIScheme("shared"));
    g_assert_false(virHasDriverForURIScheme("fakeb"));
    g_assert_false(virHasDriverForURIScheme(NULL));
    testSetUp();
    g_assert_false(virHasDriverForURIScheme("fakea"));
}


/* The flag check drivers use, with libvirt's message. */
static void
testCheckFlags(void)
{
    virResetLastError();
    g_assert_true(virDriverCheckFlags(0x3, 0x7));
    g_assert_null(virGetLastError());
    g_assert_false(virDriverCheckFlags(0x19, 0x1));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_TEST);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "unsupported flags (0x18) in function testCheckFlags");
    virResetLastError();
}


static void
testQuietErrors(void *opaque G_GNUC_UNUSED, virErrorPtr err G_GNUC_UNUSED)
{
}


int
main(int argc, char **argv)
{
    int ret;

    g_test_init(&argc, &argv, NULL);
    testLog = g_string_new(NULL);
    /* Failed opens dispatch their error; keep stderr clean. */
    virSetErrorFunc(NULL, testQuietErrors);
    g_assert_cmpint(virInitialize(), ==, 0);

    g_test_add_func("/driver/open/order-first-wins", testOrderFirstWins);
    g_test_add_func("/driver/open/order-error-stops", testOrderErrorStops);
    g_test_add_func("/driver/open/all-decline", testAllDecline);
    g_test_add_func("/driver/open/bad-uri", testBadURI);
    g_test_add_func("/driver/open/default-uri-env", testDefaultURIEnv);
    g_test_add_func("/driver/open/null-uri", testNullURI);
    g_test_add_func("/driver/open/config-file", testConfigFile);
    g_test_add_func("/driver/open/read-only", testReadOnly);
    g_test_add_func("/driver/open/local-remote", testLocalRemote);
    g_test_add_func("/driver/close/refs", testCloseRefs);
    g_test_add_func("/driver/register", testRegistration);
    g_test_add_func("/driver/check-flags", testCheckFlags);

    ret = g_test_run();
    testSetUp();
    g_string_free(testLog, TRUE);
    return ret;
}
