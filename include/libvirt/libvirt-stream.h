/*
 * libvirt-stream.h: data streams (the minimal part)
 *
 * A stream carries bulk data between the client and a driver, e.g. for
 * virStorageVolUpload()/virStorageVolDownload(). modvirt declares the
 * blocking calls only; the event-driven and sparse-stream calls of libvirt
 * are not provided yet.
 *
 * Do not include this file directly: include <libvirt/libvirt.h>.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#ifndef __VIR_LIBVIRT_H_INCLUDES__
# error "Don't include this file directly, only use libvirt/libvirt.h"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Flags of virStreamNew(). */
typedef enum {
    VIR_STREAM_NONBLOCK = 1 << 0,
} virStreamFlags;

/*
 * Creates an unattached stream on @conn; an API call such as
 * virStorageVolUpload() then attaches it to a driver. Returns a new
 * reference (release with virStreamFree), or NULL.
 */
virStreamPtr virStreamNew(virConnectPtr conn, unsigned int flags);

/* Takes an extra reference. Returns 0 or -1. */
int virStreamRef(virStreamPtr st);

/*
 * Write @nbytes of @data to / read up to @nbytes into @data from the
 * stream. Return the number of bytes moved (0 from Recv: end of stream),
 * -2 when a non-blocking stream would block, or -1.
 */
int virStreamSend(virStreamPtr st, const char *data, size_t nbytes);
int virStreamRecv(virStreamPtr st, char *data, size_t nbytes);

/*
 * Finish (after the last Send, or once Recv returned 0) or abort the
 * transfer; either must be called once before virStreamFree. Return 0 or
 * -1.
 */
int virStreamFinish(virStreamPtr st);
int virStreamAbort(virStreamPtr st);

/* Drops a reference. Returns 0 or -1. */
int virStreamFree(virStreamPtr st);

#ifdef __cplusplus
}
#endif
