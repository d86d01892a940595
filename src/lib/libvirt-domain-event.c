/*
 * libvirt-domain-event.c: public entry points for domain event registration
 *
 * Every entry point resets the thread's last error, checks its object and
 * arguments as libvirt does (virlibcheck.h, datatypes.h), dispatches to
 * the connection's driver table and, on failure, dispatches the error
 * (virDispatchError). The calls are documented in include/libvirt.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>


#include "datatypes.h"
#include "internal.h"
#include "libvirt-error.h"
#include "virlibcheck.h"
#include "virlog.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_LOG_INIT("lib.domain");


int
virConnectDomainEventRegister(virConnect *conn,
                              virConnectDomainEventCallback cb,
                              void *opaque,
                              virFreeCallback freecb)
{
    int ret;

    VIR_DEBUG("conn=%p, cb=%p, opaque=%p, freecb=%p", conn, (void *)cb, opaque, (void *)freecb);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!virCheckNonNullArg(cb))
        goto error;
    if (!conn->driver->connectDomainEventRegister) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->connectDomainEventRegister(conn, cb, opaque, freecb);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectDomainEventDeregister(virConnect *conn, virConnectDomainEventCallback cb)
{
    int ret;

    VIR_DEBUG("conn=%p, cb=%p", conn, (void *)cb);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!virCheckNonNullArg(cb))
        goto error;
    if (!conn->driver->connectDomainEventDeregister) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->connectDomainEventDeregister(conn, cb);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectDomainEventRegisterAny(virConnect *conn,
                                 virDomain *dom,
                                 int eventID,
                                 virConnectDomainEventGenericCallback cb,
                                 void *opaque,
                                 virFreeCallback freecb)
{
    int ret;

    VIR_DEBUG("conn=%p, dom=%p, eventID=%d, cb=%p, opaque=%p, freecb=%p", conn, dom, eventID,
              (void *)cb, opaque, (void *)freecb);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (dom) {
        if (!virCheckDomainArg(dom))
            goto error;
        if (dom->conn != conn) {
            virReportInvalidArg(dom, _("domain '%1$s' must match connection"), dom->name);
            goto error;
        }
    }
    if (!virCheckNonNullArg(cb))
        goto error;
    if (!virCheckNonNegativeArg(eventID))
        goto error;
    if (eventID >= VIR_DOMAIN_EVENT_ID_LAST) {
        virReportInvalidArg(eventID, _("eventID must be less than %1$d"), VIR_DOMAIN_EVENT_ID_LAST);
        goto error;
    }
    if (!conn->driver->connectDomainEventRegisterAny) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->connectDomainEventRegisterAny(conn, dom, eventID, cb, opaque, freecb);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectDomainEventDeregisterAny(virConnect *conn, int callbackID)
{
    int ret;

    VIR_DEBUG("conn=%p, callbackID=%d", conn, callbackID);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!virCheckNonNegativeArg(callbackID))
        goto error;
    if (!conn->driver->connectDomainEventDeregisterAny) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->connectDomainEventDeregisterAny(conn, callbackID);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}
