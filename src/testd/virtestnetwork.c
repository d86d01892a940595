/*
 * virtestnetwork.c: test driver virtual networks
 *
 * As Debian's libvirt 9.0 test driver (recorded with python3-libvirt):
 * networks are found by name for most calls, destroying an inactive
 * network succeeds, and a configuration defined while the network runs
 * is kept aside without replacing the live definition.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "datatypes.h"
#include "internal.h"
#include "virerror.h"
#include "virnetworkevent.h"
#include "virnetworkupdate.h"
#include "virtestdriverpriv.h"
#include "viruuid.h"

#define VIR_FROM_THIS VIR_FROM_TEST


static virNetworkObj *
testNetworkObjFindByUUID(virTestDriver *driver, const unsigned char *uuid)
{
    char uuidstr[VIR_UUID_STRING_BUFLEN];
    virNetworkObj *obj;

    if (!(obj = virNetworkObjListFindByUUID(driver->networks, uuid)))
        virReportError(VIR_ERR_NO_NETWORK, _("no network with matching uuid '%1$s'"),
                       virUUIDFormat(uuid, uuidstr));
    return obj;
}


static virNetworkObj *
testNetworkObjFindByName(virTestDriver *driver, const char *name)
{
    virNetworkObj *obj;

    if (!(obj = virNetworkObjListFindByName(driver->networks, name)))
        virReportError(VIR_ERR_NO_NETWORK, _("no network with matching name '%1$s'"), name);
    return obj;
}


/*
 * The parse flags for the create and define flags: both APIs' VALIDATE
 * flags are bit 0 and ask for network.rng validation.
 */
G_STATIC_ASSERT((int)VIR_NETWORK_CREATE_VALIDATE == (int)VIR_NETWORK_DEFINE_VALIDATE);

static unsigned int
testNetworkParseFlags(unsigned int flags)
{
    return (flags & VIR_NETWORK_DEFINE_VALIDATE) ? VIR_NETWORK_DEF_PARSE_VALIDATE : 0;
}


static void
testNetworkEvent(virTestDriver *driver, virNetworkObj *obj, int type)
{
    virObjectEventStateQueue(driver->events,
                             virNetworkEventLifecycleNew(obj->def->name, obj->def->uuid, type, 0));
}


static int
testConnectNumOfNetworks(virConnect *conn)
{
    return virNetworkObjListNum(((virTestDriver *)conn->privateData)->networks, true);
}


static int
testConnectListNetworks(virConnect *conn, char **const names, int maxnames)
{
    return virNetworkObjListGetNames(((virTestDriver *)conn->privateData)->networks, true, names,
                                     maxnames);
}


static int
testConnectNumOfDefinedNetworks(virConnect *conn)
{
    return virNetworkObjListNum(((virTestDriver *)conn->privateData)->networks, false);
}


static int
testConnectListDefinedNetworks(virConnect *conn, char **const names, int maxnames)
{
    return virNetworkObjListGetNames(((virTestDriver *)conn->privateData)->networks, false, names,
                                     maxnames);
}


static int
testConnectListAllNetworks(virConnect *conn, virNetwork ***nets, unsigned int flags)
{
    virTestDriver *driver = conn->privateData;
    virNetworkObj **objs;
    size_t n = 0;
    size_t i;

    if (!virDriverCheckFlags(flags, VIR_CONNECT_LIST_NETWORKS_FILTERS_ALL))
        return -1;
    objs = virNetworkObjListCollect(driver->networks, flags, &n);
    if (nets) {
        g_autofree virNetwork **list = g_new0(virNetwork *, n + 1);

        for (i = 0; i < n; i++) {
            virObjectLock(objs[i]);
            list[i] = virGetNetwork(conn, objs[i]->def->name, objs[i]->def->uuid);
            virObjectUnlock(objs[i]);
            if (!list[i]) {
                virObjectListFree(g_steal_pointer(&list));
                virObjectListFree(objs);
                return -1;
            }
        }
        *nets = g_steal_pointer(&list);
    }
    virObjectListFree(objs);
    return n;
}


/* A handle for @obj (found, locked; released here). */
static virNetwork *
testNetworkHandle(virConnect *conn, virNetworkObj *obj)
{
    virNetwork *net;

    if (!obj)
        return NULL;
    net = virGetNetwork(conn, obj->def->name, obj->def->uuid);
    virNetworkObjEndAPI(&obj);
    return net;
}


static virNetwork *
testNetworkLookupByUUID(virConnect *conn, const unsigned char *uuid)
{
    return testNetworkHandle(conn, testNetworkObjFindByUUID(conn->privateData, uuid));
}


static virNetwork *
testNetworkLookupByName(virConnect *conn, const char *name)
{
    return testNetworkHandle(conn, testNetworkObjFindByName(conn->privateData, name));
}


static int
testNetworkIsActive(virNetwork *net)
{
    virNetworkObj *obj = testNetworkObjFindByUUID(net->conn->privateData, net->uuid);
    int ret;

    if (!obj)
        return -1;
    ret = obj->active;
    virNetworkObjEndAPI(&obj);
    return ret;
}


static int
testNetworkIsPersistent(virNetwork *net)
{
    virNetworkObj *obj = testNetworkObjFindByUUID(net->conn->privateData, net->uuid);
    int ret;

    if (!obj)
        return -1;
    ret = obj->persistent;
    virNetworkObjEndAPI(&obj);
    return ret;
}


static virNetwork *
testNetworkCreateXMLFlags(virConnect *conn, const char *xml, unsigned int flags)
{
    virTestDriver *driver = conn->privateData;
    g_autoptr(virNetworkDef) def = NULL;
    virNetworkObj *obj;

    if (!virDriverCheckFlags(flags, VIR_NETWORK_CREATE_VALIDATE))
        return NULL;
    if (!(def = virNetworkDefParseString(xml, testNetworkParseFlags(flags))) ||
        !(obj = virNetworkObjListAssignDef(driver->networks, &def,
                                           VIR_NETWORK_OBJ_LIST_ADD_LIVE |
                                               VIR_NETWORK_OBJ_LIST_ADD_CHECK_LIVE)))
        return NULL;
    obj->active = true;
    testNetworkEvent(driver, obj, VIR_NETWORK_EVENT_STARTED);
    return testNetworkHandle(conn, obj);
}


static virNetwork *
testNetworkCreateXML(virConnect *conn, const char *xml)
{
    return testNetworkCreateXMLFlags(conn, xml, 0);
}


static virNetwork *
testNetworkDefineXMLFlags(virConnect *conn, const char *xml, unsigned int flags)
{
    virTestDriver *driver = conn->privateData;
    g_autoptr(virNetworkDef) def = NULL;
    virNetworkObj *obj;

    if (!virDriverCheckFlags(flags, VIR_NETWORK_DEFINE_VALIDATE))
        return NULL;
    if (!(def = virNetworkDefParseString(xml, testNetworkParseFlags(flags))) ||
        !(obj = virNetworkObjListAssignDef(driver->networks, &def, 0)))
        return NULL;
    testNetworkEvent(driver, obj, VIR_NETWORK_EVENT_DEFINED);
    return testNetworkHandle(conn, obj);
}


static virNetwork *
testNetworkDefineXML(virConnect *conn, const char *xml)
{
    return testNetworkDefineXMLFlags(conn, xml, 0);
}


static int
testNetworkUndefine(virNetwork *net)
{
    virTestDriver *driver = net->conn->privateData;
    virNetworkObj *obj = testNetworkObjFindByName(driver, net->name);

    if (!obj)
        return -1;
    if (obj->active) {
        virReportError(VIR_ERR_OPERATION_INVALID, _("Network '%1$s' is still running"), net->name);
        virNetworkObjEndAPI(&obj);
        return -1;
    }
    testNetworkEvent(driver, obj, VIR_NETWORK_EVENT_UNDEFINED);
    virNetworkObjListRemove(driver->networks, obj);
    virNetworkObjEndAPI(&obj);
    return 0;
}


/*
 * As libvirt's test driver: the network is found by UUID, CURRENT means
 * the live definition of a running network and the persistent one of an
 * inactive one, and no event is raised.
 */
static int
testNetworkUpdate(virNetwork *net,
                  unsigned int command,
                  unsigned int section,
                  int parentIndex,
                  const char *xml,
                  unsigned int flags)
{
    virNetworkObj *obj;
    int ret;

    if (!virDriverCheckFlags(flags,
                             VIR_NETWORK_UPDATE_AFFECT_LIVE | VIR_NETWORK_UPDATE_AFFECT_CONFIG))
        return -1;
    if (!(obj = testNetworkObjFindByUUID(net->conn->privateData, net->uuid)))
        return -1;
    if (!(flags & (VIR_NETWORK_UPDATE_AFFECT_LIVE | VIR_NETWORK_UPDATE_AFFECT_CONFIG)))
        flags |= obj->active ? VIR_NETWORK_UPDATE_AFFECT_LIVE : VIR_NETWORK_UPDATE_AFFECT_CONFIG;
    ret = virNetworkObjUpdate(obj, command, section, parentIndex, xml, flags);
    virNetworkObjEndAPI(&obj);
    return ret;
}


static int
testNetworkCreate(virNetwork *net)
{
    virTestDriver *driver = net->conn->privateData;
    virNetworkObj *obj = testNetworkObjFindByName(driver, net->name);

    if (!obj)
        return -1;
    if (obj->active) {
        virReportError(VIR_ERR_OPERATION_INVALID, _("Network '%1$s' is already running"),
                       net->name);
        virNetworkObjEndAPI(&obj);
        return -1;
    }
    obj->active = true;
    testNetworkEvent(driver, obj, VIR_NETWORK_EVENT_STARTED);
    virNetworkObjEndAPI(&obj);
    return 0;
}


static int
testNetworkDestroy(virNetwork *net)
{
    virTestDriver *driver = net->conn->privateData;
    virNetworkObj *obj = testNetworkObjFindByName(driver, net->name);

    if (!obj)
        return -1;
    obj->active = false;
    testNetworkEvent(driver, obj, VIR_NETWORK_EVENT_STOPPED);
    if (!obj->persistent)
        virNetworkObjListRemove(driver->networks, obj);
    virNetworkObjEndAPI(&obj);
    return 0;
}


static char *
testNetworkGetXMLDesc(virNetwork *net, unsigned int flags)
{
    virNetworkObj *obj;
    char *ret;

    if (!virDriverCheckFlags(flags, 0))
        return NULL;
    if (!(obj = testNetworkObjFindByName(net->conn->privateData, net->name)))
        return NULL;
    ret = virNetworkDefFormat(obj->def, 0);
    virNetworkObjEndAPI(&obj);
    return ret;
}


static char *
testNetworkGetBridgeName(virNetwork *net)
{
    virNetworkObj *obj;
    char *ret = NULL;

    if (!(obj = testNetworkObjFindByName(net->conn->privateData, net->name)))
        return NULL;
    if (!obj->def->bridge)
        virReportError(VIR_ERR_INTERNAL_ERROR, _("network '%1$s' does not have a bridge name."),
                       obj->def->name);
    else
        ret = g_strdup(obj->def->bridge);
    virNetworkObjEndAPI(&obj);
    return ret;
}


static int
testNetworkGetAutostart(virNetwork *net, int *autostart)
{
    virNetworkObj *obj;

    if (!(obj = testNetworkObjFindByName(net->conn->privateData, net->name)))
        return -1;
    *autostart = obj->autostart ? 1 : 0;
    virNetworkObjEndAPI(&obj);
    return 0;
}


static int
testNetworkSetAutostart(virNetwork *net, int autostart)
{
    virNetworkObj *obj;

    if (!(obj = testNetworkObjFindByName(net->conn->privateData, net->name)))
        return -1;
    obj->autostart = autostart != 0;
    virNetworkObjEndAPI(&obj);
    return 0;
}


void
virTestNetworkFillDriver(virNetworkDriver *drv)
{
    drv->connectNumOfNetworks = testConnectNumOfNetworks;
    drv->connectListNetworks = testConnectListNetworks;
    drv->connectNumOfDefinedNetworks = testConnectNumOfDefinedNetworks;
    drv->connectListDefinedNetworks = testConnectListDefinedNetworks;
    drv->connectListAllNetworks = testConnectListAllNetworks;
    drv->networkLookupByName = testNetworkLookupByName;
    drv->networkLookupByUUID = testNetworkLookupByUUID;
    drv->networkCreateXML = testNetworkCreateXML;
    drv->networkCreateXMLFlags = testNetworkCreateXMLFlags;
    drv->networkDefineXML = testNetworkDefineXML;
    drv->networkDefineXMLFlags = testNetworkDefineXMLFlags;
    drv->networkUndefine = testNetworkUndefine;
    drv->networkUpdate = testNetworkUpdate;
    drv->networkCreate = testNetworkCreate;
    drv->networkDestroy = testNetworkDestroy;
    drv->networkGetXMLDesc = testNetworkGetXMLDesc;
    drv->networkGetBridgeName = testNetworkGetBridgeName;
    drv->networkGetAutostart = testNetworkGetAutostart;
    drv->networkSetAutostart = testNetworkSetAutostart;
    drv->networkIsActive = testNetworkIsActive;
    drv->networkIsPersistent = testNetworkIsPersistent;
}
