/*
 * libvirt-st.c: public entry points for data streams (minimal part)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "datatypes.h"
#include "internal.h"
#include "libvirt-error.h"
#include "virlibcheck.h"
#include "virlog.h"

#define VIR_FROM_THIS VIR_FROM_STREAMS

VIR_LOG_INIT("lib.st");


virStream *
virStreamNew(virConnect *conn, unsigned int flags)
{
    virStream *st;

    VIR_DEBUG("conn=%p, flags=0x%x", conn, flags);

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!(st = virGetStream(conn))) {
        virDispatchError(conn);
        return NULL;
    }
    st->flags = flags;
    return st;
}


int
virStreamRef(virStream *st)
{
    VIR_DEBUG("st=%p", st);

    virResetLastError();
    if (!virCheckStream(st))
        return -1;
    virObjectRef(st);
    return 0;
}


int
virStreamSend(virStream *st, const char *data, size_t nbytes)
{
    int ret;

    VIR_DEBUG("st=%p, data=%p, nbytes=%zu", st, data, nbytes);

    virResetLastError();
    if (!virCheckStream(st))
        return -1;
    if (!virCheckNonNullArg(data))
        goto error;
    if (!st->driver || !st->driver->streamSend) {
        virReportUnsupportedError();
        goto error;
    }
    ret = st->driver->streamSend(st, data, nbytes);
    /* -2 means "would block" on a non-blocking st: not an error */
    if (ret == -2)
        return -2;
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(st->conn);
    return -1;
}


int
virStreamRecv(virStream *st, char *data, size_t nbytes)
{
    int ret;

    VIR_DEBUG("st=%p, data=%p, nbytes=%zu", st, data, nbytes);

    virResetLastError();
    if (!virCheckStream(st))
        return -1;
    if (!virCheckNonNullArg(data))
        goto error;
    if (!st->driver || !st->driver->streamRecv) {
        virReportUnsupportedError();
        goto error;
    }
    ret = st->driver->streamRecv(st, data, nbytes);
    if (ret == -2)
        return -2;
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(st->conn);
    return -1;
}


int
virStreamFinish(virStream *st)
{
    VIR_DEBUG("st=%p", st);

    virResetLastError();
    if (!virCheckStream(st))
        return -1;
    if (!st->driver || !st->driver->streamFinish) {
        virReportUnsupportedError();
        goto error;
    }
    if (st->driver->streamFinish(st) < 0)
        goto error;
    return 0;

error:
    virDispatchError(st->conn);
    return -1;
}


int
virStreamAbort(virStream *st)
{
    VIR_DEBUG("st=%p", st);

    virResetLastError();
    if (!virCheckStream(st))
        return -1;
    /* Aborting a st that was never attached is a no-op, as in libvirt. */
    if (!st->driver) {
        VIR_DEBUG("aborting an unused stream");
        return 0;
    }
    if (!st->driver->streamAbort) {
        virReportUnsupportedError();
        goto error;
    }
    if (st->driver->streamAbort(st) < 0)
        goto error;
    return 0;

error:
    virDispatchError(st->conn);
    return -1;
}


int
virStreamFree(virStream *st)
{
    VIR_DEBUG("st=%p", st);

    virResetLastError();
    if (!virCheckStream(st))
        return -1;
    virObjectUnref(st);
    return 0;
}
