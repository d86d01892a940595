/*
 * virdrivernetwork.h: the network driver table
 *
 * The functions a driver provides for virtual networks and their events.
 *
 * Every field implements the public API function of the same name with
 * "vir" prefixed (connectListAllDomains -> virConnectListAllDomains) and
 * takes the same arguments. src/lib has already reset the last error and
 * checked the objects, the pointer arguments and the read-only flag as
 * libvirt does; the driver checks @flags (virDriverCheckFlags), reports
 * its own errors with virReportError() and returns the public function's
 * error value. A NULL field makes the public call fail with
 * VIR_ERR_NO_SUPPORT. Objects handed out (lookups, lists) are new
 * references made with the virGet*() constructors of src/lib/datatypes.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virerror.h"

typedef struct _virNetworkDriver virNetworkDriver;
struct _virNetworkDriver {
    /* the driver's name, for logs */
    const char *name;

    int (*connectNumOfNetworks)(virConnect *conn);
    int (*connectListNetworks)(virConnect *conn, char **const names, int maxnames);
    int (*connectNumOfDefinedNetworks)(virConnect *conn);
    int (*connectListDefinedNetworks)(virConnect *conn, char **const names, int maxnames);
    int (*connectListAllNetworks)(virConnect *conn, virNetwork ***nets, unsigned int flags);
    virNetwork *(*networkLookupByName)(virConnect *conn, const char *name);
    virNetwork *(*networkLookupByUUID)(virConnect *conn, const unsigned char *uuid);
    virNetwork *(*networkCreateXML)(virConnect *conn, const char *xmlDesc);
    virNetwork *(*networkCreateXMLFlags)(virConnect *conn, const char *xmlDesc, unsigned int flags);
    virNetwork *(*networkDefineXML)(virConnect *conn, const char *xmlDesc);
    virNetwork *(*networkDefineXMLFlags)(virConnect *conn, const char *xmlDesc, unsigned int flags);
    int (*networkUndefine)(virNetwork *network);
    int (*networkUpdate)(virNetwork *network,
                         unsigned int command,
                         unsigned int section,
                         int parentIndex,
                         const char *xml,
                         unsigned int flags);
    int (*networkCreate)(virNetwork *network);
    int (*networkDestroy)(virNetwork *network);
    char *(*networkGetXMLDesc)(virNetwork *network, unsigned int flags);
    char *(*networkGetBridgeName)(virNetwork *network);
    int (*networkGetAutostart)(virNetwork *network, int *autostart);
    int (*networkSetAutostart)(virNetwork *network, int autostart);
    int (*networkIsActive)(virNetwork *net);
    int (*networkIsPersistent)(virNetwork *net);
    int (*networkGetDHCPLeases)(virNetwork *network,
                                const char *mac,
                                virNetworkDHCPLease ***leases,
                                unsigned int flags);
    int (*connectNetworkEventRegisterAny)(virConnect *conn,
                                          virNetwork *net,
                                          int eventID,
                                          virConnectNetworkEventGenericCallback cb,
                                          void *opaque,
                                          virFreeCallback freecb);
    int (*connectNetworkEventDeregisterAny)(virConnect *conn, int callbackID);
};
