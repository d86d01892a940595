/*
 * virdriverpriv.h: test hooks of virdriver.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef VIR_DRIVERPRIV_H_ALLOW
# error "virdriverpriv.h is for virdriver.c and its tests only"
#endif

#pragma once

/*
 * virDriverResetForTest:
 *
 * Forgets every registered driver, so that a test can register its own
 * fake drivers in a known order. Not thread-safe.
 */
void virDriverResetForTest(void);

/*
 * virDriverSetConfigFileForTest:
 * @path: the client configuration file to read instead of the usual one,
 *        or NULL to go back to the usual one
 *
 * Lets tests exercise uri_default and uri_aliases without touching $HOME
 * or /etc. The path is copied.
 */
void virDriverSetConfigFileForTest(const char *path);
