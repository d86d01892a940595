/*
 * virdomainobj.c: a domain as a driver keeps it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include "virdomainobj.h"
#include "virerror.h"
#include "virlog.h"
#include "virthread.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_LOG_INIT("conf.domainobj");

static virClass *virDomainObjClass;
static void virDomainObjDispose(void *obj);


static int
virDomainObjOnceInit(void)
{
    if (!VIR_CLASS_NEW(virDomainObj, virClassForObjectLockable()))
        return -1;
    return 0;
}

VIR_ONCE_GLOBAL_INIT(virDomainObj);


virDomainObj *
virDomainObjNew(void)
{
    virDomainObj *vm;

    if (virDomainObjInitialize() < 0)
        return NULL;
    if (!(vm = virObjectLockableNew(virDomainObjClass)))
        return NULL;
    vm->snapshots = virDomainSnapshotObjListNew();
    /* as libvirt: a new domain is shut off, reason unknown */
    vm->state = VIR_DOMAIN_SHUTOFF;
    vm->reason = VIR_DOMAIN_SHUTOFF_UNKNOWN;
    virObjectLock(vm);
    return vm;
}


static void
virDomainObjDispose(void *obj)
{
    virDomainObj *vm = obj;

    virDomainDefFree(vm->def);
    virDomainDefFree(vm->newDef);
    virDomainSnapshotObjListFree(vm->snapshots);
    if (vm->privateDataFreeFunc)
        vm->privateDataFreeFunc(vm->privateData);
}


void
virDomainObjEndAPI(virDomainObj **vm)
{
    if (!*vm)
        return;
    virObjectUnlock(*vm);
    virObjectUnref(*vm);
    *vm = NULL;
}


bool
virDomainObjIsActive(virDomainObj *vm)
{
    return vm->def && vm->def->id != -1;
}


int
virDomainObjGetState(virDomainObj *vm, int *reason)
{
    if (reason)
        *reason = vm->reason;
    return vm->state;
}


void
virDomainObjSetState(virDomainObj *vm, int state, int reason)
{
    vm->state = state;
    vm->reason = reason;
}


int
virDomainObjCheckActive(virDomainObj *vm)
{
    if (!virDomainObjIsActive(vm)) {
        virReportError(VIR_ERR_OPERATION_INVALID, "%s", _("domain is not running"));
        return -1;
    }
    return 0;
}


void
virDomainObjAssignDef(virDomainObj *vm, virDomainDef **def, bool live, virDomainDef **oldDef)
{
    virDomainDef *replaced = NULL;

    if (virDomainObjIsActive(vm)) {
        /* a running domain keeps its live definition: this is its new config */
        replaced = vm->newDef;
        vm->newDef = g_steal_pointer(def);
    } else if (live) {
        /* keep the configuration to restore when the domain stops */
        if (!vm->newDef)
            vm->newDef = vm->def;
        else
            virDomainDefFree(vm->def);
        vm->def = g_steal_pointer(def);
    } else {
        replaced = vm->def;
        vm->def = g_steal_pointer(def);
    }

    if (oldDef)
        *oldDef = replaced;
    else
        virDomainDefFree(replaced);
}


virDomainDef *
virDomainDefCopy(const virDomainDef *src, const virDomainXMLOption *xmlopt, bool migratable)
{
    unsigned int formatFlags = VIR_DOMAIN_DEF_FORMAT_SECURE;
    g_autofree char *xml = NULL;

    if (migratable)
        formatFlags |= VIR_DOMAIN_DEF_FORMAT_INACTIVE;
    if (!(xml = virDomainDefFormat(src, formatFlags)))
        return NULL;
    return virDomainDefParseStringFull(xml, xmlopt, VIR_DOMAIN_DEF_PARSE_INACTIVE);
}


int
virDomainObjSetDefTransient(virDomainObj *vm, const virDomainXMLOption *xmlopt)
{
    if (!vm->persistent || vm->newDef)
        return 0;
    if (!(vm->newDef = virDomainDefCopy(vm->def, xmlopt, false)))
        return -1;
    return 0;
}


void
virDomainObjRemoveTransientDef(virDomainObj *vm)
{
    if (vm->newDef) {
        virDomainDefFree(vm->def);
        vm->def = g_steal_pointer(&vm->newDef);
    }
    vm->def->id = -1;
}


virDomainDef *
virDomainObjGetPersistentDef(virDomainObj *vm)
{
    if (!vm->persistent)
        return NULL;
    if (virDomainObjIsActive(vm) && vm->newDef)
        return vm->newDef;
    return vm->def;
}


int
virDomainObjUpdateModificationImpact(virDomainObj *vm, unsigned int *flags)
{
    bool active = virDomainObjIsActive(vm);

    if ((*flags & (VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG)) == 0)
        *flags |= active ? VIR_DOMAIN_AFFECT_LIVE : VIR_DOMAIN_AFFECT_CONFIG;

    if (!active && (*flags & VIR_DOMAIN_AFFECT_LIVE)) {
        virReportError(VIR_ERR_OPERATION_INVALID, "%s", _("domain is not running"));
        return -1;
    }
    if (!vm->persistent && (*flags & VIR_DOMAIN_AFFECT_CONFIG)) {
        virReportError(VIR_ERR_OPERATION_INVALID, "%s",
                       _("transient domains do not have any persistent config"));
        return -1;
    }
    return 0;
}


int
virDomainObjGetDefs(virDomainObj *vm,
                    unsigned int flags,
                    virDomainDef **liveDef,
                    virDomainDef **persDef)
{
    if (liveDef)
        *liveDef = NULL;
    if (persDef)
        *persDef = NULL;
    if (virDomainObjUpdateModificationImpact(vm, &flags) < 0)
        return -1;
    if (liveDef && (flags & VIR_DOMAIN_AFFECT_LIVE))
        *liveDef = vm->def;
    if (persDef && (flags & VIR_DOMAIN_AFFECT_CONFIG))
        *persDef = virDomainObjGetPersistentDef(vm);
    return 0;
}


virDomainDef *
virDomainObjGetOneDefState(virDomainObj *vm, unsigned int flags, bool *live)
{
    if ((flags & VIR_DOMAIN_AFFECT_LIVE) && (flags & VIR_DOMAIN_AFFECT_CONFIG)) {
        virRaiseErrorFull(__FILE__, __func__, __LINE__, VIR_FROM_THIS, VIR_ERR_INVALID_ARG,
                          VIR_ERR_ERROR, __func__, "flags", NULL, 0, 0,
                          _("Flags '%1$s' and '%2$s' are mutually exclusive"),
                          "VIR_DOMAIN_AFFECT_LIVE", "VIR_DOMAIN_AFFECT_CONFIG");
        return NULL;
    }
    if (virDomainObjUpdateModificationImpact(vm, &flags) < 0)
        return NULL;
    if (live)
        *live = (flags & VIR_DOMAIN_AFFECT_LIVE) != 0;
    if (flags & VIR_DOMAIN_AFFECT_LIVE)
        return vm->def;
    return virDomainObjGetPersistentDef(vm);
}


virDomainDef *
virDomainObjGetOneDef(virDomainObj *vm, unsigned int flags)
{
    return virDomainObjGetOneDefState(vm, flags, NULL);
}
