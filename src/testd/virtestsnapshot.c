/*
 * virtestsnapshot.c: test driver domain snapshots
 *
 * Snapshots are metadata only: a definition with the domain as it was.
 * Behaviour, texts and events as Debian's libvirt 9.0 test driver
 * (recorded with python3-libvirt on test:///default). Two observable
 * details of 9.0 are kept on purpose:
 *  - reverting an active domain to a running or paused snapshot stops
 *    and restarts it (events STOPPED, STARTED [, SUSPENDED], all
 *    FROM_SNAPSHOT), ending in RUNNING/PAUSED with reason FROM_SNAPSHOT;
 *  - reverting to a shut-off snapshot with the RUNNING or PAUSED flag
 *    raises STARTED (and SUSPENDED) events but leaves the domain shut off.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "datatypes.h"
#include "internal.h"
#include "virdomainobj.h"
#include "virerror.h"
#include "virtestdriverpriv.h"

#define VIR_FROM_THIS VIR_FROM_TEST

#define TEST_SNAPSHOT_LIST_FLAGS                                                                   \
 (VIR_DOMAIN_SNAPSHOT_LIST_ROOTS | VIR_DOMAIN_SNAPSHOT_LIST_TOPOLOGICAL |                          \
  VIR_DOMAIN_SNAPSHOT_FILTERS_ALL)
#define TEST_SNAPSHOT_CHILDREN_FLAGS                                                               \
 (VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS | VIR_DOMAIN_SNAPSHOT_LIST_TOPOLOGICAL |                    \
  VIR_DOMAIN_SNAPSHOT_FILTERS_ALL)


static virDomainSnapshotDef *
testSnapObjFromName(virDomainObj *vm, const char *name)
{
    virDomainSnapshotDef *snap = virDomainSnapshotObjListFind(vm->snapshots, name);

    if (!snap)
        virReportError(VIR_ERR_NO_DOMAIN_SNAPSHOT,
                       _("no domain snapshot with matching name '%1$s'"), name);
    return snap;
}


/* The domain (locked) and definition of @snapshot, or NULL with an error. */
static virDomainObj *
testSnapshotFind(virDomainSnapshot *snapshot, virDomainSnapshotDef **def)
{
    virDomainObj *vm = virTestDomObjFromDomain(snapshot->domain);

    if (vm && !(*def = testSnapObjFromName(vm, snapshot->name)))
        virDomainObjEndAPI(&vm);
    return vm;
}


/* New handles for @snaps; returns the count, or -1 (the array is freed). */
static int
testSnapshotHandles(virDomain *dom, GPtrArray *snaps, virDomainSnapshot ***out)
{
    g_autofree virDomainSnapshot **list = NULL;
    size_t i;

    if (out) {
        list = g_new0(virDomainSnapshot *, snaps->len + 1);
        for (i = 0; i < snaps->len; i++) {
            virDomainSnapshotDef *def = g_ptr_array_index(snaps, i);

            if (!(list[i] = virGetDomainSnapshot(dom, def->name))) {
                virObjectListFree(g_steal_pointer(&list));
                return -1;
            }
        }
        *out = g_steal_pointer(&list);
    }
    return snaps->len;
}


static int
testSnapshotNames(GPtrArray *snaps, char **names, int nameslen)
{
    int n;

    for (n = 0; n < nameslen && (guint)n < snaps->len; n++)
        names[n] = g_strdup(((virDomainSnapshotDef *)g_ptr_array_index(snaps, n))->name);
    return n;
}


static int
testDomainSnapshotNum(virDomain *dom, unsigned int flags)
{
    virDomainObj *vm;
    int n;

    if (!virDriverCheckFlags(flags, TEST_SNAPSHOT_LIST_FLAGS))
        return -1;
    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    n = virDomainSnapshotObjListNum(vm->snapshots, NULL, flags);
    virDomainObjEndAPI(&vm);
    return n;
}


static int
testDomainSnapshotListNames(virDomain *dom, char **names, int nameslen, unsigned int flags)
{
    g_autoptr(GPtrArray) snaps = NULL;
    virDomainObj *vm;
    int n;

    if (!virDriverCheckFlags(flags, TEST_SNAPSHOT_LIST_FLAGS))
        return -1;
    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    snaps = virDomainSnapshotObjListCollect(vm->snapshots, NULL, flags);
    n = testSnapshotNames(snaps, names, nameslen);
    virDomainObjEndAPI(&vm);
    return n;
}


static int
testDomainListAllSnapshots(virDomain *dom, virDomainSnapshot ***snaps, unsigned int flags)
{
    g_autoptr(GPtrArray) list = NULL;
    virDomainObj *vm;
    int n;

    if (!virDriverCheckFlags(flags, TEST_SNAPSHOT_LIST_FLAGS))
        return -1;
    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    list = virDomainSnapshotObjListCollect(vm->snapshots, NULL, flags);
    n = testSnapshotHandles(dom, list, snaps);
    virDomainObjEndAPI(&vm);
    return n;
}


static int
testDomainSnapshotNumChildren(virDomainSnapshot *snapshot, unsigned int flags)
{
    virDomainSnapshotDef *def = NULL;
    virDomainObj *vm;
    int n;

    if (!virDriverCheckFlags(flags, TEST_SNAPSHOT_CHILDREN_FLAGS))
        return -1;
    if (!(vm = testSnapshotFind(snapshot, &def)))
        return -1;
    n = virDomainSnapshotObjListNum(vm->snapshots, def, flags);
    virDomainObjEndAPI(&vm);
    return n;
}


static int
testDomainSnapshotListChildrenNames(virDomainSnapshot *snapshot,
                                    char **names,
                                    int nameslen,
                                    unsigned int flags)
{
    g_autoptr(GPtrArray) snaps = NULL;
    virDomainSnapshotDef *def = NULL;
    virDomainObj *vm;
    int n;

    if (!virDriverCheckFlags(flags, TEST_SNAPSHOT_CHILDREN_FLAGS))
        return -1;
    if (!(vm = testSnapshotFind(snapshot, &def)))
        return -1;
    snaps = virDomainSnapshotObjListCollect(vm->snapshots, def, flags);
    n = testSnapshotNames(snaps, names, nameslen);
    virDomainObjEndAPI(&vm);
    return n;
}


static int
testDomainSnapshotListAllChildren(virDomainSnapshot *snapshot,
                                  virDomainSnapshot ***snaps,
                                  unsigned int flags)
{
    g_autoptr(GPtrArray) list = NULL;
    virDomainSnapshotDef *def = NULL;
    virDomainObj *vm;
    int n;

    if (!virDriverCheckFlags(flags, TEST_SNAPSHOT_CHILDREN_FLAGS))
        return -1;
    if (!(vm = testSnapshotFind(snapshot, &def)))
        return -1;
    list = virDomainSnapshotObjListCollect(vm->snapshots, def, flags);
    n = testSnapshotHandles(snapshot->domain, list, snaps);
    virDomainObjEndAPI(&vm);
    return n;
}


static virDomainSnapshot *
testDomainSnapshotLookupByName(virDomain *dom, const char *name, unsigned int flags)
{
    virDomainSnapshot *ret = NULL;
    virDomainObj *vm;

    if (!virDriverCheckFlags(flags, 0))
        return NULL;
    if (!(vm = virTestDomObjFromDomain(dom)))
        return NULL;
    if (testSnapObjFromName(vm, name))
        ret = virGetDomainSnapshot(dom, name);
    virDomainObjEndAPI(&vm);
    return ret;
}


static int
testDomainHasCurrentSnapshot(virDomain *dom, unsigned int flags)
{
    virDomainObj *vm;
    int ret;

    if (!virDriverCheckFlags(flags, 0))
        return -1;
    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    ret = virDomainSnapshotObjListGetCurrent(vm->snapshots) != NULL;
    virDomainObjEndAPI(&vm);
    return ret;
}


static virDomainSnapshot *
testDomainSnapshotCurrent(virDomain *dom, unsigned int flags)
{
    virDomainSnapshotDef *current;
    virDomainSnapshot *ret = NULL;
    virDomainObj *vm;

    if (!virDriverCheckFlags(flags, 0))
        return NULL;
    if (!(vm = virTestDomObjFromDomain(dom)))
        return NULL;
    if (!(current = virDomainSnapshotObjListGetCurrent(vm->snapshots)))
        virReportError(VIR_ERR_NO_DOMAIN_SNAPSHOT, "%s",
                       _("the domain does not have a current snapshot"));
    else
        ret = virGetDomainSnapshot(dom, current->name);
    virDomainObjEndAPI(&vm);
    return ret;
}


static virDomainSnapshot *
testDomainSnapshotGetParent(virDomainSnapshot *snapshot, unsigned int flags)
{
    virDomainSnapshotDef *def = NULL;
    virDomainSnapshot *ret = NULL;
    virDomainObj *vm;

    if (!virDriverCheckFlags(flags, 0))
        return NULL;
    if (!(vm = testSnapshotFind(snapshot, &def)))
        return NULL;
    if (!def->parent_name)
        virReportError(VIR_ERR_NO_DOMAIN_SNAPSHOT, _("snapshot '%1$s' does not have a parent"),
                       def->name);
    else
        ret = virGetDomainSnapshot(snapshot->domain, def->parent_name);
    virDomainObjEndAPI(&vm);
    return ret;
}


static char *
testDomainSnapshotGetXMLDesc(virDomainSnapshot *snapshot, unsigned int flags)
{
    virDomainSnapshotDef *def = NULL;
    virDomainObj *vm;
    char *ret;

    if (!virDriverCheckFlags(flags, VIR_DOMAIN_SNAPSHOT_XML_SECURE))
        return NULL;
    if (!(vm = testSnapshotFind(snapshot, &def)))
        return NULL;
    ret = virDomainSnapshotDefFormat(
        def, (flags & VIR_DOMAIN_SNAPSHOT_XML_SECURE) ? VIR_DOMAIN_DEF_FORMAT_SECURE : 0);
    virDomainObjEndAPI(&vm);
    return ret;
}


static int
testDomainSnapshotIsCurrent(virDomainSnapshot *snapshot, unsigned int flags)
{
    virDomainSnapshotDef *def = NULL;
    virDomainObj *vm;
    int ret;

    if (!virDriverCheckFlags(flags, 0))
        return -1;
    if (!(vm = testSnapshotFind(snapshot, &def)))
        return -1;
    ret = virDomainSnapshotObjListGetCurrent(vm->snapshots) == def;
    virDomainObjEndAPI(&vm);
    return ret;
}


static int
testDomainSnapshotHasMetadata(virDomainSnapshot *snapshot, unsigned int flags)
{
    virDomainSnapshotDef *def = NULL;
    virDomainObj *vm;

    if (!virDriverCheckFlags(flags, 0))
        return -1;
    if (!(vm = testSnapshotFind(snapshot, &def)))
        return -1;
    virDomainObjEndAPI(&vm);
    return 1;
}


/* Fills a new snapshot from the domain: its state, a copy of its
 * definition, the memory and disk locations. */
static int
testSnapshotFromDomain(virTestDriver *driver, virDomainObj *vm, virDomainSnapshotDef *def)
{
    int location = VIR_DOMAIN_SNAPSHOT_LOCATION_INTERNAL;

    if (!(def->dom = virDomainDefCopy(vm->def, driver->xmlopt, true)))
        return -1;
    def->state = virDomainObjGetState(vm, NULL);
    if (def->memory == VIR_DOMAIN_SNAPSHOT_LOCATION_EXTERNAL)
        location = VIR_DOMAIN_SNAPSHOT_LOCATION_EXTERNAL;
    else
        def->memory = def->state == VIR_DOMAIN_SNAPSHOT_SHUTOFF
                          ? VIR_DOMAIN_SNAPSHOT_LOCATION_NO
                          : VIR_DOMAIN_SNAPSHOT_LOCATION_INTERNAL;
    return virDomainSnapshotAlignDisks(def, location,
                                       location == VIR_DOMAIN_SNAPSHOT_LOCATION_INTERNAL);
}


/* Adds @def (taken) as a new or redefined snapshot; borrowed result. */
static virDomainSnapshotDef *
testSnapshotAdd(virTestDriver *driver,
                virDomain *dom,
                virDomainObj *vm,
                virDomainSnapshotDef *def,
                unsigned int flags)
{
    g_autoptr(virDomainSnapshotDef) owned = def;
    virDomainSnapshotDef *current = virDomainSnapshotObjListGetCurrent(vm->snapshots);
    virDomainSnapshotDef *snap;

    if (flags & VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE) {
        if (virDomainSnapshotObjListFind(vm->snapshots, def->name))
            return virDomainSnapshotObjListReplace(vm->snapshots, g_steal_pointer(&owned));
        return virDomainSnapshotObjListAdd(vm->snapshots, g_steal_pointer(&owned));
    }
    if (testSnapshotFromDomain(driver, vm, def) < 0)
        return NULL;
    def->parent_name = g_strdup(current ? current->name : NULL);
    if (!(snap = virDomainSnapshotObjListAdd(vm->snapshots, def)))
        return NULL;
    owned = NULL;
    if ((flags & VIR_DOMAIN_SNAPSHOT_CREATE_HALT) && virDomainObjIsActive(vm)) {
        virTestDomainShutdownState(dom, vm, VIR_DOMAIN_SHUTOFF_FROM_SNAPSHOT);
        virTestDomainEvent(driver, vm, VIR_DOMAIN_EVENT_STOPPED,
                           VIR_DOMAIN_EVENT_STOPPED_FROM_SNAPSHOT);
    }
    return snap;
}


static virDomainSnapshot *
testDomainSnapshotCreateXML(virDomain *dom, const char *xml, unsigned int flags)
{
    virTestDriver *driver = dom->conn->privateData;
    bool redefine = flags & VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE;
    unsigned int parseFlags = redefine ? VIR_DOMAIN_SNAPSHOT_PARSE_REDEFINE : 0;
    virDomainSnapshotDef *def;
    virDomainSnapshot *ret = NULL;
    virDomainObj *vm;

    if (!virDriverCheckFlags(
            flags, VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE | VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT |
                       VIR_DOMAIN_SNAPSHOT_CREATE_HALT | VIR_DOMAIN_SNAPSHOT_CREATE_QUIESCE |
                       VIR_DOMAIN_SNAPSHOT_CREATE_ATOMIC | VIR_DOMAIN_SNAPSHOT_CREATE_LIVE |
                       VIR_DOMAIN_SNAPSHOT_CREATE_VALIDATE))
        return NULL;
    if (flags & VIR_DOMAIN_SNAPSHOT_CREATE_VALIDATE)
        parseFlags |= VIR_DOMAIN_SNAPSHOT_PARSE_VALIDATE;
    if (!(vm = virTestDomObjFromDomain(dom)))
        return NULL;
    if (!vm->persistent && (flags & VIR_DOMAIN_SNAPSHOT_CREATE_HALT)) {
        virReportError(VIR_ERR_OPERATION_INVALID, "%s",
                       _("cannot halt after transient domain snapshot"));
        goto cleanup;
    }
    if (!(def = virDomainSnapshotDefParseString(xml, driver->xmlopt, parseFlags)) ||
        !(def = testSnapshotAdd(driver, dom, vm, def, flags)))
        goto cleanup;
    if (!(ret = virGetDomainSnapshot(dom, def->name)))
        goto cleanup;
    if (!redefine || (flags & VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT))
        virDomainSnapshotObjListSetCurrent(vm->snapshots, def->name);

cleanup:
    virDomainObjEndAPI(&vm);
    return ret;
}


static int
testDomainSnapshotDelete(virDomainSnapshot *snapshot, unsigned int flags)
{
    virDomainSnapshotDef *def = NULL;
    g_autofree char *parent = NULL;
    virDomainObj *vm;
    bool wasCurrent;

    if (!virDriverCheckFlags(flags, VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN |
                                        VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY))
        return -1;
    if (!(vm = testSnapshotFind(snapshot, &def)))
        return -1;

    if (flags & (VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN | VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY)) {
        /* a removed current descendant passes the mark to @def */
        if (virDomainSnapshotObjListRemoveDescendants(vm->snapshots, def))
            virDomainSnapshotObjListSetCurrent(vm->snapshots, def->name);
    } else {
        virDomainSnapshotObjListReparentChildren(vm->snapshots, def);
    }

    if (!(flags & VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY)) {
        parent = g_strdup(def->parent_name);
        wasCurrent = virDomainSnapshotObjListRemove(vm->snapshots, def->name);
        if (wasCurrent && parent && virDomainSnapshotObjListFind(vm->snapshots, parent))
            virDomainSnapshotObjListSetCurrent(vm->snapshots, parent);
    }
    virDomainObjEndAPI(&vm);
    return 0;
}


static int
testSnapshotRevertCheck(virDomainObj *vm, virDomainSnapshotDef *snap, unsigned int flags)
{
    bool snapRuns =
        snap->state == VIR_DOMAIN_SNAPSHOT_RUNNING || snap->state == VIR_DOMAIN_SNAPSHOT_PAUSED;
    bool wantRun = flags & (VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING | VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED);

    if (!vm->persistent && !snapRuns && !wantRun) {
        virReportError(
            VIR_ERR_OPERATION_INVALID, "%s",
            _("transient domain needs to request run or pause to revert to inactive snapshot"));
        return -1;
    }
    if (flags & VIR_DOMAIN_SNAPSHOT_REVERT_FORCE)
        return 0;
    if (!snap->dom) {
        virReportError(VIR_ERR_SNAPSHOT_REVERT_RISKY,
                       _("snapshot '%1$s' lacks domain '%2$s' rollback info"), snap->name,
                       vm->def->name);
        return -1;
    }
    if (virDomainObjIsActive(vm) && !snapRuns && wantRun) {
        virReportError(VIR_ERR_SNAPSHOT_REVERT_RISKY, "%s",
                       _("must respawn guest to start inactive snapshot"));
        return -1;
    }
    return 0;
}


/* Reverting to a running or paused snapshot: (re)start from its domain. */
static int
testSnapshotRevertRunning(virTestDriver *driver,
                          virDomain *dom,
                          virDomainObj *vm,
                          virDomainSnapshotDef *snap,
                          virDomainDef **config,
                          unsigned int flags)
{
    if (virDomainObjIsActive(vm)) {
        virTestDomainShutdownState(dom, vm, VIR_DOMAIN_SHUTOFF_FROM_SNAPSHOT);
        virTestDomainEvent(driver, vm, VIR_DOMAIN_EVENT_STOPPED,
                           VIR_DOMAIN_EVENT_STOPPED_FROM_SNAPSHOT);
    }
    virDomainObjAssignDef(vm, config, false, NULL);
    if (virTestDomainStartState(driver, vm, VIR_DOMAIN_RUNNING_FROM_SNAPSHOT) < 0)
        return -1;
    dom->id = vm->def->id;
    virTestDomainEvent(driver, vm, VIR_DOMAIN_EVENT_STARTED,
                       VIR_DOMAIN_EVENT_STARTED_FROM_SNAPSHOT);
    if (!(flags & VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING) &&
        (snap->state == VIR_DOMAIN_SNAPSHOT_PAUSED ||
         (flags & VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED))) {
        virDomainObjSetState(vm, VIR_DOMAIN_PAUSED, VIR_DOMAIN_PAUSED_FROM_SNAPSHOT);
        virTestDomainEvent(driver, vm, VIR_DOMAIN_EVENT_SUSPENDED,
                           VIR_DOMAIN_EVENT_SUSPENDED_FROM_SNAPSHOT);
    }
    return 0;
}


/* Reverting to a shut-off snapshot (see the quirk in the file comment). */
static void
testSnapshotRevertInactive(virTestDriver *driver,
                           virDomain *dom,
                           virDomainObj *vm,
                           virDomainDef **config,
                           unsigned int flags)
{
    virDomainObjAssignDef(vm, config, false, NULL);
    if (virDomainObjIsActive(vm)) {
        virTestDomainShutdownState(dom, vm, VIR_DOMAIN_SHUTOFF_FROM_SNAPSHOT);
        virTestDomainEvent(driver, vm, VIR_DOMAIN_EVENT_STOPPED,
                           VIR_DOMAIN_EVENT_STOPPED_FROM_SNAPSHOT);
    }
    if (flags & (VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING | VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED)) {
        virTestDomainEvent(driver, vm, VIR_DOMAIN_EVENT_STARTED,
                           VIR_DOMAIN_EVENT_STARTED_FROM_SNAPSHOT);
        if (flags & VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED)
            virTestDomainEvent(driver, vm, VIR_DOMAIN_EVENT_SUSPENDED,
                               VIR_DOMAIN_EVENT_SUSPENDED_FROM_SNAPSHOT);
    }
}


static int
testDomainRevertToSnapshot(virDomainSnapshot *snapshot, unsigned int flags)
{
    virTestDriver *driver = snapshot->domain->conn->privateData;
    g_autoptr(virDomainDef) config = NULL;
    virDomainSnapshotDef *snap = NULL;
    virDomainObj *vm;
    int ret = -1;

    if (!virDriverCheckFlags(flags, VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING |
                                        VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED |
                                        VIR_DOMAIN_SNAPSHOT_REVERT_FORCE))
        return -1;
    if (!(vm = testSnapshotFind(snapshot, &snap)))
        return -1;
    if (testSnapshotRevertCheck(vm, snap, flags) < 0)
        goto cleanup;
    if (!snap->dom) {
        virReportError(VIR_ERR_SNAPSHOT_REVERT_RISKY,
                       _("snapshot '%1$s' lacks domain '%2$s' rollback info"), snap->name,
                       vm->def->name);
        goto cleanup;
    }
    virDomainSnapshotObjListSetCurrent(vm->snapshots, NULL);
    if (!(config = virDomainDefCopy(snap->dom, driver->xmlopt, true)))
        goto cleanup;

    if (snap->state == VIR_DOMAIN_SNAPSHOT_RUNNING || snap->state == VIR_DOMAIN_SNAPSHOT_PAUSED) {
        if (testSnapshotRevertRunning(driver, snapshot->domain, vm, snap, &config, flags) < 0)
            goto cleanup;
    } else {
        testSnapshotRevertInactive(driver, snapshot->domain, vm, &config, flags);
    }
    virDomainSnapshotObjListSetCurrent(vm->snapshots, snap->name);
    ret = 0;

cleanup:
    virDomainObjEndAPI(&vm);
    return ret;
}


void
virTestSnapshotFillDriver(virHypervisorDriver *drv)
{
    drv->domainSnapshotCreateXML = testDomainSnapshotCreateXML;
    drv->domainSnapshotGetXMLDesc = testDomainSnapshotGetXMLDesc;
    drv->domainSnapshotNum = testDomainSnapshotNum;
    drv->domainSnapshotListNames = testDomainSnapshotListNames;
    drv->domainListAllSnapshots = testDomainListAllSnapshots;
    drv->domainSnapshotNumChildren = testDomainSnapshotNumChildren;
    drv->domainSnapshotListChildrenNames = testDomainSnapshotListChildrenNames;
    drv->domainSnapshotListAllChildren = testDomainSnapshotListAllChildren;
    drv->domainSnapshotLookupByName = testDomainSnapshotLookupByName;
    drv->domainHasCurrentSnapshot = testDomainHasCurrentSnapshot;
    drv->domainSnapshotCurrent = testDomainSnapshotCurrent;
    drv->domainSnapshotGetParent = testDomainSnapshotGetParent;
    drv->domainSnapshotIsCurrent = testDomainSnapshotIsCurrent;
    drv->domainSnapshotHasMetadata = testDomainSnapshotHasMetadata;
    drv->domainRevertToSnapshot = testDomainRevertToSnapshot;
    drv->domainSnapshotDelete = testDomainSnapshotDelete;
}
