/*
 * viruuidpriv.h: viruuid internals exposed to the tests
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef VIR_UUIDPRIV_H_ALLOW
# error "viruuidpriv.h may only be included by viruuid.c or its test suite"
#endif

#pragma once

#include "viruuid.h"

/*
 * virUUIDReadFile:
 * @path: a file holding a UUID in text form (like DMI's product_uuid)
 * @uuid: VIR_UUID_BUFLEN bytes, written only on success
 *
 * Returns 0 if @path could be read and holds a valid UUID (see
 * virUUIDIsValid), -1 otherwise. Reports no error: a missing or bad file
 * only means another source is tried.
 */
int virUUIDReadFile(const char *path, unsigned char *uuid);

/*
 * virUUIDResetHostUUID:
 *
 * Forgets the host UUID so that the next set or get starts afresh.
 */
void virUUIDResetHostUUID(void);
