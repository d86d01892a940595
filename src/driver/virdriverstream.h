/*
 * virdriverstream.h: the stream driver table
 *
 * A stream (virStream) is created unattached by virStreamNew(); the API
 * call that uses it (virStorageVolUpload(), ...) attaches it to a driver
 * by setting its @driver and @privateData. The public stream calls then
 * dispatch here. Each field implements the public function of the same
 * name with "vir" prefixed; src/lib has checked the stream and the
 * pointer arguments. A NULL field (or an unattached stream) makes the
 * public call fail with VIR_ERR_NO_SUPPORT.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stddef.h>

#include "virerror.h"

typedef struct _virStreamDriver virStreamDriver;
struct _virStreamDriver {
    /* Sends up to @nbytes; returns the number sent, -2 (would block) or -1. */
    int (*streamSend)(virStream *st, const char *data, size_t nbytes);

    /* Receives up to @nbytes; returns the number read (0: end), -2 or -1. */
    int (*streamRecv)(virStream *st, char *data, size_t nbytes);

    /* Completes the transfer. Returns 0 or -1. */
    int (*streamFinish)(virStream *st);

    /* Cancels the transfer. Returns 0 or -1. */
    int (*streamAbort)(virStream *st);
};
