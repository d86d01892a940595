/*
 * viruuid.h: generating, parsing and formatting UUIDs; the host UUID
 *
 * A UUID is kept raw as VIR_UUID_BUFLEN bytes and shown as 36 lower-case
 * characters "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx".
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>

#define VIR_UUID_BUFLEN 16
#define VIR_UUID_STRING_BUFLEN (36 + 1)

/*
 * virUUIDGenerate:
 * @uuid: VIR_UUID_BUFLEN bytes to fill
 *
 * Fills @uuid with a random (RFC 4122 version 4) UUID from the kernel's
 * random source. Returns 0, or -1 with a system error reported if no
 * random bytes could be read.
 */
int virUUIDGenerate(unsigned char *uuid);

/*
 * virUUIDParse:
 * @uuidstr: the text form
 * @uuid: VIR_UUID_BUFLEN bytes, written only on success
 *
 * Parses 32 hexadecimal digits (either case) in pairs. Leading and
 * trailing whitespace is skipped, and any number of '-' or ' ' may stand
 * before or between pairs (never inside a pair, nor after the last one
 * unless only whitespace follows). Anything else, fewer or more
 * digits, is an error.
 *
 * Returns 0, or -1 WITHOUT reporting an error: callers report one that
 * names what they were parsing.
 */
int virUUIDParse(const char *uuidstr, unsigned char *uuid);

/*
 * virUUIDFormat:
 * @uuid: VIR_UUID_BUFLEN raw bytes
 * @uuidstr: VIR_UUID_STRING_BUFLEN bytes to write the text form into
 *
 * Writes the lower-case, dashed text form of @uuid. Returns @uuidstr.
 */
const char *virUUIDFormat(const unsigned char *uuid, char *uuidstr);

/*
 * virUUIDIsValid:
 * @uuid: VIR_UUID_BUFLEN raw bytes, or NULL
 *
 * Returns false for NULL and for a UUID whose bytes are all equal
 * (00000000-... or ffffffff-..., what broken firmware reports as its
 * system UUID), true otherwise. Meant for host UUIDs; any 16 bytes are a
 * valid domain UUID.
 */
bool virUUIDIsValid(const unsigned char *uuid);

/*
 * virSetHostUUIDStr:
 * @uuidstr: the host UUID to use (e.g. from a daemon's config), or NULL
 *           for the machine's DMI system UUID, or a random one if the
 *           machine reports none (or an invalid one)
 *
 * Sets the process-wide host UUID once. Thread safe.
 *
 * Returns 0, or -1 with VIR_ERR_OPERATION_INVALID if it is already set,
 * VIR_ERR_INVALID_ARG if @uuidstr does not parse or fails
 * virUUIDIsValid(), or a system error if no random UUID could be made.
 */
int virSetHostUUIDStr(const char *uuidstr);

/*
 * virGetHostUUID:
 * @uuid: VIR_UUID_BUFLEN bytes to fill
 *
 * Copies the host UUID into @uuid, first setting it as
 * virSetHostUUIDStr(NULL) does if nothing set it yet. Thread safe.
 * Returns 0, or -1 with an error reported.
 */
int virGetHostUUID(unsigned char *uuid);
