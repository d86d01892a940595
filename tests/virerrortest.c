/*
 * virerrortest.c: tests for the error module
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>

#include "internal.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN


static void
testReportError(void)
{
    virResetLastError();
    g_assert_null(virGetLastError());
    virReportError(VIR_ERR_INVALID_ARG, _("bad '%1$s'"), "x");
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_DOMAIN);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, "invalid argument: bad 'x'");
    virResetLastError();
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_OK);
}


int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/util/error/report", testReportError);
    return g_test_run();
}
