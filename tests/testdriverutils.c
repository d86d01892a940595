/*
 * testdriverutils.c: helpers of the test driver's tests
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "testdriverutils.h"


void
testCheckError(int code, int domain, const char *message)
{
    virErrorPtr err = virGetLastError();

    g_assert_nonnull(err);
    if (err->code != code || err->domain != domain ||
        (message && g_strcmp0(err->message, message) != 0))
        g_printerr("got error %d/%d: %s\n", err->code, err->domain, NULLSTR(err->message));
    g_assert_cmpint(err->code, ==, code);
    g_assert_cmpint(err->domain, ==, domain);
    if (message)
        g_assert_cmpstr(err->message, ==, message);
    virResetLastError();
}


virConnectPtr
testOpen(void)
{
    virConnectPtr conn = virConnectOpen("test:///default");

    g_assert_nonnull(conn);
    return conn;
}


void
testClose(virConnectPtr conn)
{
    /* 0: no handle kept the connection alive */
    g_assert_cmpint(virConnectClose(conn), ==, 0);
}


void
testState(virDomainPtr dom, int state, int reason)
{
    int st = -1;
    int rs = -1;

    g_assert_cmpint(virDomainGetState(dom, &st, &rs, 0), ==, 0);
    g_assert_cmpint(st, ==, state);
    g_assert_cmpint(rs, ==, reason);
}


static void
testQuietErrors(void *opaque G_GNUC_UNUSED, virErrorPtr err G_GNUC_UNUSED)
{
}


int
testInit(int *argc, char ***argv)
{
    g_test_init(argc, argv, NULL);
    virSetErrorFunc(NULL, testQuietErrors);
    return virEventRegisterDefaultImpl();
}
