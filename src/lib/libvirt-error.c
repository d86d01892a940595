/*
 * libvirt-error.c: dispatching errors and the per-connection error API
 *
 * The thread-local last error itself, virGetLastError() and friends live
 * in src/util/virerror.c; this file adds what needs connections.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include <string.h>

#include "datatypes.h"
#include "libvirt-error.h"

#define VIR_FROM_THIS VIR_FROM_NONE


void
virDispatchError(virConnect *conn)
{
    virError *err = virErrorDispatchLast();
    virErrorFunc handler = NULL;
    void *userData = NULL;

    if (virObjectIsConnect(conn)) {
        virObjectLock(conn);
        virCopyError(err, &conn->err);
        handler = conn->handler;
        userData = conn->userData;
        virObjectUnlock(conn);
    }
    virErrorInvokeHandler(handler, userData, err);
}


virErrorPtr
virConnGetLastError(virConnectPtr conn)
{
    if (!virObjectIsConnect(conn))
        return NULL;
    return &conn->err;
}


int
virConnCopyLastError(virConnectPtr conn, virErrorPtr to)
{
    if (!to)
        return -1;
    /* As in libvirt, @to may be uninitialised: never free what it holds. */
    memset(to, 0, sizeof(*to));
    if (!virObjectIsConnect(conn))
        return -1;
    virObjectLock(conn);
    virCopyError(&conn->err, to);
    virObjectUnlock(conn);
    return to->code;
}


void
virConnResetLastError(virConnectPtr conn)
{
    if (!virObjectIsConnect(conn))
        return;
    virObjectLock(conn);
    virResetError(&conn->err);
    virObjectUnlock(conn);
}


void
virConnSetErrorFunc(virConnectPtr conn, void *userData, virErrorFunc handler)
{
    if (!virObjectIsConnect(conn))
        return;
    virObjectLock(conn);
    conn->handler = handler;
    conn->userData = userData;
    virObjectUnlock(conn);
}
