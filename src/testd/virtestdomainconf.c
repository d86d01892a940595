/*
 * virtestdomainconf.c: test driver domains: information, XML, memory,
 * vCPUs, autostart, metadata and renaming
 *
 * Behaviour and texts as Debian's libvirt 9.0 test driver (recorded with
 * python3-libvirt): e.g. the OS type is always "linux", a domain's host
 * name is its name followed by "host", and changing the maximum memory
 * of a running domain is VIR_ERR_OPERATION_INVALID "cannot resize the
 * maximum memory on an active domain".
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "datatypes.h"
#include "internal.h"
#include "virdomainevent.h"
#include "virdomaingeneral.h"
#include "virdomainmetadata.h"
#include "virerror.h"
#include "virtestdriverpriv.h"

#define VIR_FROM_THIS VIR_FROM_TEST


static int
testDomainGetInfo(virDomain *dom, virDomainInfo *info)
{
    virDomainObj *vm;

    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    info->state = virDomainObjGetState(vm, NULL);
    info->memory = vm->def->currentMemory;
    info->maxMem = vm->def->memory;
    info->nrVirtCpu = virDomainDefGetVcpus(vm->def);
    /* a CPU time that grows, as libvirt's test driver fakes it */
    info->cpuTime = g_get_real_time() * 1000;
    virDomainObjEndAPI(&vm);
    return 0;
}


static int
testDomainGetState(virDomain *dom, int *state, int *reason, unsigned int flags)
{
    virDomainObj *vm;

    if (!virDriverCheckFlags(flags, 0))
        return -1;
    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    *state = virDomainObjGetState(vm, reason);
    virDomainObjEndAPI(&vm);
    return 0;
}


static char *
testDomainGetOSType(virDomain *dom G_GNUC_UNUSED)
{
    return g_strdup("linux");
}


static unsigned long
testDomainGetMaxMemory(virDomain *dom)
{
    virDomainObj *vm;
    unsigned long ret;

    if (!(vm = virTestDomObjFromDomain(dom)))
        return 0;
    ret = vm->def->memory;
    virDomainObjEndAPI(&vm);
    return ret;
}


static int
testDomainSetMaximumMemory(virDomainDef *def, bool live, unsigned long memory)
{
    if (live) {
        virReportError(VIR_ERR_OPERATION_INVALID, "%s",
                       _("cannot resize the maximum memory on an active domain"));
        return -1;
    }
    if (def->numa.ncells > 0) {
        virReportError(
            VIR_ERR_OPERATION_INVALID, "%s",
            _("initial memory size of a domain with NUMA nodes cannot be modified with this API"));
        return -1;
    }
    if (def->maxMemory && def->maxMemory < memory) {
        virReportError(VIR_ERR_OPERATION_INVALID, "%s",
                       _("cannot set initial memory size greater than the maximum memory size"));
        return -1;
    }
    def->memory = memory;
    if (def->currentMemory > memory)
        def->currentMemory = memory;
    return 0;
}


static int
testDomainSetMemoryFlags(virDomain *dom, unsigned long memory, unsigned int flags)
{
    virDomainObj *vm;
    virDomainDef *def;
    bool live = false;
    int ret = -1;

    if (!virDriverCheckFlags(flags, VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG |
                                        VIR_DOMAIN_MEM_MAXIMUM))
        return -1;
    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    if (!(def = virDomainObjGetOneDefState(vm, flags, &live)))
        goto cleanup;

    if (flags & VIR_DOMAIN_MEM_MAXIMUM) {
        ret = testDomainSetMaximumMemory(def, live, memory);
    } else if (memory > def->memory) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("cannot set memory higher than max memory"));
    } else {
        def->currentMemory = memory;
        ret = 0;
    }

cleanup:
    virDomainObjEndAPI(&vm);
    return ret;
}


static int
testDomainSetMemory(virDomain *dom, unsigned long memory)
{
    return testDomainSetMemoryFlags(dom, memory, VIR_DOMAIN_AFFECT_LIVE);
}


static int
testDomainSetMaxMemory(virDomain *dom, unsigned long memory)
{
    return testDomainSetMemoryFlags(dom, memory, VIR_DOMAIN_MEM_MAXIMUM);
}


static int
testDomainGetVcpusFlags(virDomain *dom, unsigned int flags)
{
    virDomainObj *vm;
    virDomainDef *def;
    int ret = -1;

    if (!virDriverCheckFlags(flags, VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG |
                                        VIR_DOMAIN_VCPU_MAXIMUM))
        return -1;
    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    if ((def = virDomainObjGetOneDef(vm, flags)))
        ret =
            (flags & VIR_DOMAIN_VCPU_MAXIMUM) ? (int)def->maxvcpus : (int)virDomainDefGetVcpus(def);
    virDomainObjEndAPI(&vm);
    return ret;
}


static int
testDomainGetMaxVcpus(virDomain *dom)
{
    return testDomainGetVcpusFlags(dom, VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_VCPU_MAXIMUM);
}


/* The first @nvcpus vCPUs of @def are online, the others offline. */
static void
testDomainDefSetVcpus(virDomainDef *def, unsigned int nvcpus)
{
    size_t i;

    for (i = 0; i < def->maxvcpus; i++)
        def->vcpus[i]->online = i < nvcpus;
}


static int
testDomainCheckMaxVcpus(virDomainDef *def, unsigned int nvcpus)
{
    if (def && def->maxvcpus < nvcpus) {
        virReportError(VIR_ERR_INVALID_ARG, _("requested cpu amount exceeds maximum (%1$d > %2$d)"),
                       nvcpus, def->maxvcpus);
        return -1;
    }
    return 0;
}


static int
testDomainSetVcpusFlags(virDomain *dom, unsigned int nvcpus, unsigned int flags)
{
    virDomainObj *vm;
    virDomainDef *def;
    virDomainDef *persDef;
    int ret = -1;

    if (!virDriverCheckFlags(flags, VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG |
                                        VIR_DOMAIN_VCPU_MAXIMUM))
        return -1;
    if (nvcpus > VIR_TEST_MAX_VCPUS) {
        virReportError(VIR_ERR_INVALID_ARG,
                       _("requested cpu amount exceeds maximum supported amount (%1$d > %2$d)"),
                       nvcpus, VIR_TEST_MAX_VCPUS);
        return -1;
    }
    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    if (virDomainObjGetDefs(vm, flags, &def, &persDef) < 0 ||
        testDomainCheckMaxVcpus(def, nvcpus) < 0 ||
        (!(flags & VIR_DOMAIN_VCPU_MAXIMUM) && testDomainCheckMaxVcpus(persDef, nvcpus) < 0))
        goto cleanup;

    if (def)
        testDomainDefSetVcpus(def, nvcpus);
    if (persDef) {
        if (flags & VIR_DOMAIN_VCPU_MAXIMUM) {
            unsigned int online = virDomainDefGetVcpus(persDef);

            virDomainDefSetVcpusMax(persDef, nvcpus);
            testDomainDefSetVcpus(persDef, MIN(online, nvcpus));
        } else {
            testDomainDefSetVcpus(persDef, nvcpus);
        }
    }
    ret = 0;

cleanup:
    virDomainObjEndAPI(&vm);
    return ret;
}


static int
testDomainSetVcpus(virDomain *dom, unsigned int nvcpus)
{
    return testDomainSetVcpusFlags(dom, nvcpus, VIR_DOMAIN_AFFECT_LIVE);
}


static char *
testDomainGetHostname(virDomain *dom, unsigned int flags)
{
    virDomainObj *vm;
    char *ret = NULL;

    if (!virDriverCheckFlags(flags, 0))
        return NULL;
    if (!(vm = virTestDomObjFromDomain(dom)))
        return NULL;
    if (virDomainObjCheckActive(vm) == 0)
        ret = g_strdup_printf("%shost", dom->name);
    virDomainObjEndAPI(&vm);
    return ret;
}


static char *
testDomainGetXMLDesc(virDomain *dom, unsigned int flags)
{
    virDomainObj *vm;
    virDomainDef *def;
    unsigned int formatFlags = 0;
    char *ret;

    if (!virDriverCheckFlags(flags, VIR_DOMAIN_XML_SECURE | VIR_DOMAIN_XML_INACTIVE |
                                        VIR_DOMAIN_XML_MIGRATABLE))
        return NULL;
    if (!(vm = virTestDomObjFromDomain(dom)))
        return NULL;
    if (flags & VIR_DOMAIN_XML_SECURE)
        formatFlags |= VIR_DOMAIN_DEF_FORMAT_SECURE;
    if (flags & (VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_MIGRATABLE))
        formatFlags |= VIR_DOMAIN_DEF_FORMAT_INACTIVE;
    def = (flags & VIR_DOMAIN_XML_INACTIVE) && vm->newDef ? vm->newDef : vm->def;
    ret = virDomainDefFormat(def, formatFlags);
    virDomainObjEndAPI(&vm);
    return ret;
}


static int
testDomainGetAutostart(virDomain *dom, int *autostart)
{
    virDomainObj *vm;

    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    *autostart = vm->autostart;
    virDomainObjEndAPI(&vm);
    return 0;
}


static int
testDomainSetAutostart(virDomain *dom, int autostart)
{
    virDomainObj *vm;

    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    vm->autostart = autostart != 0;
    virDomainObjEndAPI(&vm);
    return 0;
}


static int
testDomainIsActive(virDomain *dom)
{
    virDomainObj *vm;
    int ret;

    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    ret = virDomainObjIsActive(vm);
    virDomainObjEndAPI(&vm);
    return ret;
}


static int
testDomainIsPersistent(virDomain *dom)
{
    virDomainObj *vm;
    int ret;

    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    ret = vm->persistent;
    virDomainObjEndAPI(&vm);
    return ret;
}


static int
testDomainIsUpdated(virDomain *dom G_GNUC_UNUSED)
{
    return 0;
}


static char *
testDomainGetMetadata(virDomain *dom, int type, const char *uri, unsigned int flags)
{
    virDomainObj *vm;
    char *ret;

    if (!virDriverCheckFlags(flags, VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG))
        return NULL;
    if (!(vm = virTestDomObjFromDomain(dom)))
        return NULL;
    ret = virDomainObjGetMetadata(vm, type, uri, flags);
    virDomainObjEndAPI(&vm);
    return ret;
}


static int
testDomainSetMetadata(virDomain *dom,
                      int type,
                      const char *metadata,
                      const char *key,
                      const char *uri,
                      unsigned int flags)
{
    virTestDriver *driver = dom->conn->privateData;
    virDomainObj *vm;
    int ret;

    if (!virDriverCheckFlags(flags, VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG))
        return -1;
    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    ret = virDomainObjSetMetadata(vm, type, metadata, key, uri, flags);
    if (ret == 0)
        virObjectEventStateQueue(
            driver->events,
            virDomainEventMetadataChangeNew(vm->def->id, vm->def->name, vm->def->uuid, type, uri));
    virDomainObjEndAPI(&vm);
    return ret;
}


static int
testDomainRenameCheck(virDomainObj *vm)
{
    if (virDomainObjIsActive(vm)) {
        virReportError(VIR_ERR_OPERATION_INVALID, "%s", _("cannot rename active domain"));
        return -1;
    }
    if (!vm->persistent) {
        virReportError(VIR_ERR_OPERATION_INVALID, "%s", _("cannot rename a transient domain"));
        return -1;
    }
    if (virDomainObjGetState(vm, NULL) != VIR_DOMAIN_SHUTOFF) {
        virReportError(VIR_ERR_OPERATION_INVALID, "%s",
                       _("domain has to be shutoff before renaming"));
        return -1;
    }
    return 0;
}


static int
testDomainRename(virDomain *dom, const char *newname, unsigned int flags)
{
    virTestDriver *driver = dom->conn->privateData;
    g_autofree char *oldname = NULL;
    virDomainObj *vm;
    int ret = -1;

    if (!virDriverCheckFlags(flags, 0))
        return -1;
    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    if (testDomainRenameCheck(vm) < 0)
        goto cleanup;
    /* libvirt checks this after the name clashes of the list */
    if (strchr(newname, '/')) {
        virReportError(VIR_ERR_XML_ERROR, _("name %1$s cannot contain '/'"), newname);
        goto cleanup;
    }

    oldname = g_strdup(vm->def->name);
    if (virDomainObjListRename(driver->domains, vm, newname) < 0)
        goto cleanup;
    virObjectEventStateQueue(driver->events,
                             virDomainEventLifecycleNew(vm->def->id, oldname, vm->def->uuid,
                                                        VIR_DOMAIN_EVENT_UNDEFINED,
                                                        VIR_DOMAIN_EVENT_UNDEFINED_RENAMED));
    virTestDomainEvent(driver, vm, VIR_DOMAIN_EVENT_DEFINED, VIR_DOMAIN_EVENT_DEFINED_RENAMED);
    g_free(dom->name);
    dom->name = g_strdup(newname);
    ret = 0;

cleanup:
    virDomainObjEndAPI(&vm);
    return ret;
}


static int
testDomainGetSecurityLabel(virDomain *dom, virSecurityLabel *seclabel)
{
    virDomainObj *vm;

    memset(seclabel, 0, sizeof(*seclabel));
    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    if (virDomainObjIsActive(vm)) {
        g_strlcpy(seclabel->label, "libvirt-test", sizeof(seclabel->label));
        seclabel->enforcing = 1;
    }
    virDomainObjEndAPI(&vm);
    return 0;
}


void
virTestDomainConfFillDriver(virHypervisorDriver *drv)
{
    drv->domainGetInfo = testDomainGetInfo;
    drv->domainGetState = testDomainGetState;
    drv->domainGetOSType = testDomainGetOSType;
    drv->domainGetMaxMemory = testDomainGetMaxMemory;
    drv->domainSetMaxMemory = testDomainSetMaxMemory;
    drv->domainSetMemory = testDomainSetMemory;
    drv->domainSetMemoryFlags = testDomainSetMemoryFlags;
    drv->domainGetMaxVcpus = testDomainGetMaxVcpus;
    drv->domainSetVcpus = testDomainSetVcpus;
    drv->domainSetVcpusFlags = testDomainSetVcpusFlags;
    drv->domainGetVcpusFlags = testDomainGetVcpusFlags;
    drv->domainGetHostname = testDomainGetHostname;
    drv->domainGetXMLDesc = testDomainGetXMLDesc;
    drv->domainGetAutostart = testDomainGetAutostart;
    drv->domainSetAutostart = testDomainSetAutostart;
    drv->domainIsActive = testDomainIsActive;
    drv->domainIsPersistent = testDomainIsPersistent;
    drv->domainIsUpdated = testDomainIsUpdated;
    drv->domainGetMetadata = testDomainGetMetadata;
    drv->domainSetMetadata = testDomainSetMetadata;
    drv->domainRename = testDomainRename;
    drv->domainGetSecurityLabel = testDomainGetSecurityLabel;
}
