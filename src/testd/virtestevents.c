/*
 * virtestevents.c: test driver event callbacks (domain and network)
 *
 * Callbacks live in the driver's virObjectEventState, so every connection
 * to test:///default sees the events that any other one causes, as in
 * libvirt. Events are queued by the operations themselves (virtest*.c)
 * and delivered from the registered event loop.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "datatypes.h"
#include "internal.h"
#include "virdomainevent.h"
#include "virerror.h"
#include "virnetworkevent.h"
#include "virtestdriverpriv.h"

#define VIR_FROM_THIS VIR_FROM_TEST


static int
testConnectDomainEventRegister(virConnect *conn,
                               virConnectDomainEventCallback cb,
                               void *opaque,
                               virFreeCallback freecb)
{
    virTestDriver *driver = conn->privateData;

    return virDomainEventStateRegister(driver->events, conn, cb, opaque, freecb);
}


static int
testConnectDomainEventDeregister(virConnect *conn, virConnectDomainEventCallback cb)
{
    virTestDriver *driver = conn->privateData;

    return virDomainEventStateDeregister(driver->events, conn, cb);
}


static int
testConnectDomainEventRegisterAny(virConnect *conn,
                                  virDomain *dom,
                                  int eventID,
                                  virConnectDomainEventGenericCallback cb,
                                  void *opaque,
                                  virFreeCallback freecb)
{
    virTestDriver *driver = conn->privateData;

    return virDomainEventStateRegisterID(driver->events, conn, dom ? dom->uuid : NULL, eventID, cb,
                                         opaque, freecb);
}


static int
testConnectDomainEventDeregisterAny(virConnect *conn, int callbackID)
{
    virTestDriver *driver = conn->privateData;

    return virObjectEventStateDeregisterID(driver->events, conn, callbackID);
}


static int
testConnectNetworkEventRegisterAny(virConnect *conn,
                                   virNetwork *net,
                                   int eventID,
                                   virConnectNetworkEventGenericCallback cb,
                                   void *opaque,
                                   virFreeCallback freecb)
{
    virTestDriver *driver = conn->privateData;

    return virNetworkEventStateRegisterID(driver->events, conn, net ? net->uuid : NULL, eventID, cb,
                                          opaque, freecb);
}


static int
testConnectNetworkEventDeregisterAny(virConnect *conn, int callbackID)
{
    virTestDriver *driver = conn->privateData;

    return virObjectEventStateDeregisterID(driver->events, conn, callbackID);
}


void
virTestEventFillDriver(virHypervisorDriver *drv, virNetworkDriver *netdrv)
{
    drv->connectDomainEventRegister = testConnectDomainEventRegister;
    drv->connectDomainEventDeregister = testConnectDomainEventDeregister;
    drv->connectDomainEventRegisterAny = testConnectDomainEventRegisterAny;
    drv->connectDomainEventDeregisterAny = testConnectDomainEventDeregisterAny;
    netdrv->connectNetworkEventRegisterAny = testConnectNetworkEventRegisterAny;
    netdrv->connectNetworkEventDeregisterAny = testConnectNetworkEventDeregisterAny;
}
