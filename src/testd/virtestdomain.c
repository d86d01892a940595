/*
 * virtestdomain.c: test driver domains: listing, lookup, definition and
 * lifecycle
 *
 * The accepted flags, the refused transitions (with their codes, domains
 * and texts) and the lifecycle events are those of Debian's libvirt 9.0
 * test driver, recorded through python3-libvirt: e.g. starting a running
 * domain is VIR_ERR_INTERNAL_ERROR "Domain 'test' is already running",
 * destroying an inactive one VIR_ERR_OPERATION_INVALID (VIR_FROM_DOMAIN)
 * "domain is not running", and a reboot raises no event at all.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "datatypes.h"
#include "internal.h"
#include "virdomainevent.h"
#include "virerror.h"
#include "virlog.h"
#include "virtestdriverpriv.h"
#include "viruuid.h"
#include "virxml.h"

#define VIR_FROM_THIS VIR_FROM_TEST

VIR_LOG_INIT("testd.domain");


virDomainObj *
virTestDomObjFromDomain(virDomain *dom)
{
    virTestDriver *driver = dom->conn->privateData;
    char uuidstr[VIR_UUID_STRING_BUFLEN];
    virDomainObj *vm;

    if (!(vm = virDomainObjListFindByUUID(driver->domains, dom->uuid))) {
        virReportError(VIR_ERR_NO_DOMAIN, _("no domain with matching uuid '%1$s' (%2$s)"),
                       virUUIDFormat(dom->uuid, uuidstr), dom->name);
    }
    return vm;
}


void
virTestDomainEvent(virTestDriver *driver, virDomainObj *vm, int type, int detail)
{
    virObjectEventStateQueue(
        driver->events,
        virDomainEventLifecycleNew(vm->def->id, vm->def->name, vm->def->uuid, type, detail));
}


void
virTestDomainShutdownState(virDomain *dom, virDomainObj *vm, int reason)
{
    virDomainObjRemoveTransientDef(vm);
    virDomainObjSetState(vm, VIR_DOMAIN_SHUTOFF, reason);
    if (dom)
        dom->id = -1;
}


int
virTestDomainStartState(virTestDriver *driver, virDomainObj *vm, int reason)
{
    virDomainObjSetState(vm, VIR_DOMAIN_RUNNING, reason);
    vm->def->id = g_atomic_int_add(&driver->nextDomID, 1);
    if (virDomainObjSetDefTransient(vm, driver->xmlopt) < 0) {
        virTestDomainShutdownState(NULL, vm, VIR_DOMAIN_SHUTOFF_FAILED);
        return -1;
    }
    vm->hasManagedSave = false;
    return 0;
}


/* A new handle for @vm (locked). */
static virDomain *
testDomainHandle(virConnect *conn, virDomainObj *vm)
{
    return virGetDomain(conn, vm->def->name, vm->def->uuid, vm->def->id);
}


/* Drops @vm from the list once it stops, if it has no configuration. */
static void
testDomainRemoveIfTransient(virTestDriver *driver, virDomainObj *vm)
{
    if (!vm->persistent)
        virDomainObjListRemove(driver->domains, vm);
}


static int
testConnectNumOfDomains(virConnect *conn)
{
    virTestDriver *driver = conn->privateData;

    return virDomainObjListNumOfDomains(driver->domains, true);
}


static int
testConnectListDomains(virConnect *conn, int *ids, int maxids)
{
    virTestDriver *driver = conn->privateData;

    return virDomainObjListGetActiveIDs(driver->domains, ids, maxids);
}


static int
testConnectNumOfDefinedDomains(virConnect *conn)
{
    virTestDriver *driver = conn->privateData;

    return virDomainObjListNumOfDomains(driver->domains, false);
}


static int
testConnectListDefinedDomains(virConnect *conn, char **const names, int maxnames)
{
    virTestDriver *driver = conn->privateData;

    return virDomainObjListGetInactiveNames(driver->domains, names, maxnames);
}


static int
testConnectListAllDomains(virConnect *conn, virDomain ***domains, unsigned int flags)
{
    virTestDriver *driver = conn->privateData;
    g_autofree virDomain **doms = NULL;
    virDomainObj **vms;
    size_t nvms = 0;
    size_t i;

    if (!virDriverCheckFlags(flags, VIR_CONNECT_LIST_DOMAINS_FILTERS_ALL))
        return -1;
    vms = virDomainObjListCollect(driver->domains, flags, &nvms);
    if (domains) {
        doms = g_new0(virDomain *, nvms + 1);
        for (i = 0; i < nvms; i++) {
            virObjectLock(vms[i]);
            doms[i] = testDomainHandle(conn, vms[i]);
            virObjectUnlock(vms[i]);
            if (!doms[i]) {
                virObjectListFree(g_steal_pointer(&doms));
                virObjectListFree(vms);
                return -1;
            }
        }
        *domains = g_steal_pointer(&doms);
    }
    virObjectListFree(vms);
    return nvms;
}


static virDomain *
testDomainLookupFound(virConnect *conn, virDomainObj *vm)
{
    virDomain *dom;

    if (!vm) {
        virReportError(VIR_ERR_NO_DOMAIN, NULL);
        return NULL;
    }
    dom = testDomainHandle(conn, vm);
    virDomainObjEndAPI(&vm);
    return dom;
}


static virDomain *
testDomainLookupByName(virConnect *conn, const char *name)
{
    virTestDriver *driver = conn->privateData;

    return testDomainLookupFound(conn, virDomainObjListFindByName(driver->domains, name));
}


static virDomain *
testDomainLookupByID(virConnect *conn, int id)
{
    virTestDriver *driver = conn->privateData;

    return testDomainLookupFound(conn, virDomainObjListFindByID(driver->domains, id));
}


static virDomain *
testDomainLookupByUUID(virConnect *conn, const unsigned char *uuid)
{
    virTestDriver *driver = conn->privateData;

    return testDomainLookupFound(conn, virDomainObjListFindByUUID(driver->domains, uuid));
}


static virDomain *
testDomainCreateXML(virConnect *conn, const char *xml, unsigned int flags)
{
    virTestDriver *driver = conn->privateData;
    unsigned int parseFlags = VIR_DOMAIN_DEF_PARSE_INACTIVE;
    g_autoptr(virDomainDef) def = NULL;
    virDomainObj *vm;
    virDomain *dom = NULL;

    if (!virDriverCheckFlags(flags, VIR_DOMAIN_START_VALIDATE))
        return NULL;
    if (flags & VIR_DOMAIN_START_VALIDATE)
        parseFlags |= VIR_DOMAIN_DEF_PARSE_VALIDATE_SCHEMA;
    if (!(def = virDomainDefParseStringFull(xml, driver->xmlopt, parseFlags)))
        return NULL;
    if (!(vm = virDomainObjListAdd(
              driver->domains, &def,
              VIR_DOMAIN_OBJ_LIST_ADD_LIVE | VIR_DOMAIN_OBJ_LIST_ADD_CHECK_LIVE, NULL)))
        return NULL;

    if (virTestDomainStartState(driver, vm, VIR_DOMAIN_RUNNING_BOOTED) < 0) {
        testDomainRemoveIfTransient(driver, vm);
        virDomainObjEndAPI(&vm);
        return NULL;
    }
    virTestDomainEvent(driver, vm, VIR_DOMAIN_EVENT_STARTED, VIR_DOMAIN_EVENT_STARTED_BOOTED);
    dom = testDomainHandle(conn, vm);
    virDomainObjEndAPI(&vm);
    return dom;
}


static virDomain *
testDomainDefineXMLFlags(virConnect *conn, const char *xml, unsigned int flags)
{
    virTestDriver *driver = conn->privateData;
    unsigned int parseFlags = VIR_DOMAIN_DEF_PARSE_INACTIVE;
    g_autoptr(virDomainDef) def = NULL;
    g_autoptr(virDomainDef) oldDef = NULL;
    virDomainObj *vm;
    virDomain *dom;

    if (!virDriverCheckFlags(flags, VIR_DOMAIN_DEFINE_VALIDATE))
        return NULL;
    if (flags & VIR_DOMAIN_DEFINE_VALIDATE)
        parseFlags |= VIR_DOMAIN_DEF_PARSE_VALIDATE_SCHEMA;
    if (!(def = virDomainDefParseStringFull(xml, driver->xmlopt, parseFlags)))
        return NULL;
    if (virXMLCheckIllegalChars("name", def->name, "\n") < 0)
        return NULL;
    if (!(vm = virDomainObjListAdd(driver->domains, &def, 0, &oldDef)))
        return NULL;
    vm->persistent = true;

    virTestDomainEvent(driver, vm, VIR_DOMAIN_EVENT_DEFINED,
                       oldDef ? VIR_DOMAIN_EVENT_DEFINED_UPDATED : VIR_DOMAIN_EVENT_DEFINED_ADDED);
    dom = testDomainHandle(conn, vm);
    virDomainObjEndAPI(&vm);
    return dom;
}


static virDomain *
testDomainDefineXML(virConnect *conn, const char *xml)
{
    return testDomainDefineXMLFlags(conn, xml, 0);
}


static int
testDomainUndefineFlags(virDomain *dom, unsigned int flags)
{
    virTestDriver *driver = dom->conn->privateData;
    virDomainObj *vm;
    int nsnapshots;

    if (!virDriverCheckFlags(flags, VIR_DOMAIN_UNDEFINE_MANAGED_SAVE |
                                        VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA))
        return -1;
    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;

    if (vm->hasManagedSave && !(flags & VIR_DOMAIN_UNDEFINE_MANAGED_SAVE)) {
        virReportError(VIR_ERR_OPERATION_INVALID, "%s",
                       _("Refusing to undefine while domain managed save image exists"));
        virDomainObjEndAPI(&vm);
        return -1;
    }
    /* as qemu: an inactive domain's snapshots go only on request */
    if (!virDomainObjIsActive(vm) &&
        (nsnapshots = virDomainSnapshotObjListNum(vm->snapshots, NULL, 0)) > 0 &&
        !(flags & VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA)) {
        virReportError(VIR_ERR_OPERATION_INVALID,
                       _("cannot delete inactive domain with %1$d snapshots"), nsnapshots);
        virDomainObjEndAPI(&vm);
        return -1;
    }

    virTestDomainEvent(driver, vm, VIR_DOMAIN_EVENT_UNDEFINED, VIR_DOMAIN_EVENT_UNDEFINED_REMOVED);
    vm->hasManagedSave = false;
    if (virDomainObjIsActive(vm))
        vm->persistent = false;
    else
        virDomainObjListRemove(driver->domains, vm);
    virDomainObjEndAPI(&vm);
    return 0;
}


static int
testDomainUndefine(virDomain *dom)
{
    return testDomainUndefineFlags(dom, 0);
}


static int
testDomainCreateWithFlags(virDomain *dom, unsigned int flags)
{
    virTestDriver *driver = dom->conn->privateData;
    virDomainObj *vm;
    int ret = -1;

    if (!virDriverCheckFlags(flags, 0))
        return -1;
    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;

    if (virDomainObjGetState(vm, NULL) != VIR_DOMAIN_SHUTOFF) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("Domain '%1$s' is already running"), dom->name);
        goto cleanup;
    }
    if (virTestDomainStartState(driver, vm, VIR_DOMAIN_RUNNING_BOOTED) < 0)
        goto cleanup;
    dom->id = vm->def->id;
    virTestDomainEvent(driver, vm, VIR_DOMAIN_EVENT_STARTED, VIR_DOMAIN_EVENT_STARTED_BOOTED);
    ret = 0;

cleanup:
    virDomainObjEndAPI(&vm);
    return ret;
}


static int
testDomainCreate(virDomain *dom)
{
    return testDomainCreateWithFlags(dom, 0);
}


/* The state a lifecycle action (<on_poweroff>, <on_reboot>) leads to. */
static void
testDomainActionSetState(virDomainObj *vm, int action)
{
    switch (action) {
    case VIR_DOMAIN_LIFECYCLE_ACTION_RESTART:
    case VIR_DOMAIN_LIFECYCLE_ACTION_RESTART_RENAME:
        virDomainObjSetState(vm, VIR_DOMAIN_RUNNING, VIR_DOMAIN_RUNNING_BOOTED);
        break;
    default:
        virDomainObjSetState(vm, VIR_DOMAIN_SHUTOFF, VIR_DOMAIN_SHUTOFF_SHUTDOWN);
        break;
    }
}


/* Runs @action on a running @vm (locked; released here). */
static int
testDomainRunAction(virDomain *dom, virDomainObj *vm, int action)
{
    virTestDriver *driver = dom->conn->privateData;

    testDomainActionSetState(vm, action);
    if (virDomainObjGetState(vm, NULL) == VIR_DOMAIN_SHUTOFF) {
        virTestDomainShutdownState(dom, vm, VIR_DOMAIN_SHUTOFF_SHUTDOWN);
        virTestDomainEvent(driver, vm, VIR_DOMAIN_EVENT_STOPPED, VIR_DOMAIN_EVENT_STOPPED_SHUTDOWN);
        testDomainRemoveIfTransient(driver, vm);
    }
    virDomainObjEndAPI(&vm);
    return 0;
}


static int
testDomainShutdownFlags(virDomain *dom, unsigned int flags)
{
    virDomainObj *vm;

    if (!virDriverCheckFlags(flags, 0))
        return -1;
    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    if (virDomainObjGetState(vm, NULL) == VIR_DOMAIN_SHUTOFF) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("domain '%1$s' not running"), dom->name);
        virDomainObjEndAPI(&vm);
        return -1;
    }
    return testDomainRunAction(dom, vm, vm->def->onPoweroff);
}


static int
testDomainShutdown(virDomain *dom)
{
    return testDomainShutdownFlags(dom, 0);
}


static int
testDomainReboot(virDomain *dom, unsigned int flags)
{
    virDomainObj *vm;

    if (!virDriverCheckFlags(flags, VIR_DOMAIN_REBOOT_ACPI_POWER_BTN |
                                        VIR_DOMAIN_REBOOT_GUEST_AGENT | VIR_DOMAIN_REBOOT_INITCTL |
                                        VIR_DOMAIN_REBOOT_SIGNAL | VIR_DOMAIN_REBOOT_PARAVIRT))
        return -1;
    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    if (virDomainObjCheckActive(vm) < 0) {
        virDomainObjEndAPI(&vm);
        return -1;
    }
    return testDomainRunAction(dom, vm, vm->def->onReboot);
}


static int
testDomainReset(virDomain *dom, unsigned int flags)
{
    virDomainObj *vm;
    int ret;

    if (!virDriverCheckFlags(flags, 0))
        return -1;
    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    ret = virDomainObjCheckActive(vm);
    virDomainObjEndAPI(&vm);
    return ret;
}


static int
testDomainDestroyFlags(virDomain *dom, unsigned int flags)
{
    virTestDriver *driver = dom->conn->privateData;
    virDomainObj *vm;

    if (!virDriverCheckFlags(flags, VIR_DOMAIN_DESTROY_GRACEFUL))
        return -1;
    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    if (virDomainObjCheckActive(vm) < 0) {
        virDomainObjEndAPI(&vm);
        return -1;
    }
    virTestDomainShutdownState(dom, vm, VIR_DOMAIN_SHUTOFF_DESTROYED);
    virTestDomainEvent(driver, vm, VIR_DOMAIN_EVENT_STOPPED, VIR_DOMAIN_EVENT_STOPPED_DESTROYED);
    testDomainRemoveIfTransient(driver, vm);
    virDomainObjEndAPI(&vm);
    return 0;
}


static int
testDomainDestroy(virDomain *dom)
{
    return testDomainDestroyFlags(dom, 0);
}


static int
testDomainSuspend(virDomain *dom)
{
    virTestDriver *driver = dom->conn->privateData;
    virDomainObj *vm;
    int state;

    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    state = virDomainObjGetState(vm, NULL);
    if (state == VIR_DOMAIN_SHUTOFF || state == VIR_DOMAIN_PAUSED) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("domain '%1$s' not running"), dom->name);
        virDomainObjEndAPI(&vm);
        return -1;
    }
    virDomainObjSetState(vm, VIR_DOMAIN_PAUSED, VIR_DOMAIN_PAUSED_USER);
    virTestDomainEvent(driver, vm, VIR_DOMAIN_EVENT_SUSPENDED, VIR_DOMAIN_EVENT_SUSPENDED_PAUSED);
    virDomainObjEndAPI(&vm);
    return 0;
}


static int
testDomainResume(virDomain *dom)
{
    virTestDriver *driver = dom->conn->privateData;
    virDomainObj *vm;

    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    if (virDomainObjGetState(vm, NULL) != VIR_DOMAIN_PAUSED) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("domain '%1$s' not paused"), dom->name);
        virDomainObjEndAPI(&vm);
        return -1;
    }
    virDomainObjSetState(vm, VIR_DOMAIN_RUNNING, VIR_DOMAIN_RUNNING_UNPAUSED);
    virTestDomainEvent(driver, vm, VIR_DOMAIN_EVENT_RESUMED, VIR_DOMAIN_EVENT_RESUMED_UNPAUSED);
    virDomainObjEndAPI(&vm);
    return 0;
}


void
virTestDomainFillDriver(virHypervisorDriver *drv)
{
    drv->connectListDomains = testConnectListDomains;
    drv->connectNumOfDomains = testConnectNumOfDomains;
    drv->connectListDefinedDomains = testConnectListDefinedDomains;
    drv->connectNumOfDefinedDomains = testConnectNumOfDefinedDomains;
    drv->connectListAllDomains = testConnectListAllDomains;
    drv->domainLookupByName = testDomainLookupByName;
    drv->domainLookupByID = testDomainLookupByID;
    drv->domainLookupByUUID = testDomainLookupByUUID;
    drv->domainCreateXML = testDomainCreateXML;
    drv->domainDefineXML = testDomainDefineXML;
    drv->domainDefineXMLFlags = testDomainDefineXMLFlags;
    drv->domainUndefine = testDomainUndefine;
    drv->domainUndefineFlags = testDomainUndefineFlags;
    drv->domainCreate = testDomainCreate;
    drv->domainCreateWithFlags = testDomainCreateWithFlags;
    drv->domainShutdown = testDomainShutdown;
    drv->domainShutdownFlags = testDomainShutdownFlags;
    drv->domainReboot = testDomainReboot;
    drv->domainReset = testDomainReset;
    drv->domainDestroy = testDomainDestroy;
    drv->domainDestroyFlags = testDomainDestroyFlags;
    drv->domainSuspend = testDomainSuspend;
    drv->domainResume = testDomainResume;
}
