/*
 * testdriverutils.h: helpers of the test driver's tests (testdrivertest,
 * testdriverobjtest)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "internal.h"
#include "virerror.h"

#define DEFAULT_UUID "6695eb01-f6a4-8304-79aa-97f2502e193f"
#define NET_UUID "dd8fe884-6c02-601e-7551-cca97df1c5df"
#define POOL_UUID "dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566"

#define NOT_RUNNING "Requested operation is not valid: domain is not running"

/*
 * testCheckError:
 * Asserts that the last error has @code, @domain and (unless NULL)
 * exactly @message, then resets it.
 */
void testCheckError(int code, int domain, const char *message);

/* @failed: the call's failure test, e.g. virDomainCreate(d) < 0 */
#define CHECK_ERR(failed, code, domain, message)                                                   \
 do {                                                                                              \
  virResetLastError();                                                                             \
  g_assert_true(failed);                                                                           \
  testCheckError(code, domain, message);                                                           \
 } while (0)

/* Opens test:///default (asserting success). */
virConnectPtr testOpen(void);

/* Closes @conn, asserting that no handle kept it alive. */
void testClose(virConnectPtr conn);

/* Asserts the state and reason of @dom. */
void testState(virDomainPtr dom, int state, int reason);

/*
 * testInit:
 * Common set-up of main(): g_test_init, a silent error callback, the
 * default event loop. Returns 0 or -1.
 */
int testInit(int *argc, char ***argv);
