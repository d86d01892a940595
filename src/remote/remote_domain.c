/*
 * remote_domain.c: the remote driver's domain listing, lookup, lifecycle
 * and information calls
 *
 * Each function maps to the REMOTE procedure libvirt's remote driver uses
 * for it and keeps its client-side behaviour: the handle's id follows
 * DOMAIN_CREATE (looked up again by UUID), DOMAIN_CREATE_WITH_FLAGS and
 * DOMAIN_DESTROY, and list limits fail before the call with libvirt's texts.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <limits.h>
#include <string.h>

#include "remote_calls.h"
#include "remote_driver_priv.h"
#include "virerror.h"
#include "virlog.h"

#define VIR_FROM_THIS VIR_FROM_REMOTE

VIR_LOG_INIT("remote.remote_domain");


/* Copies the id of @fresh (a new reference, consumed) into @dom. */
static int
remoteDomainTakeID(virDomain *dom, virDomain *fresh)
{
    if (!fresh)
        return -1;
    dom->id = fresh->id;
    virObjectUnref(fresh);
    return 0;
}


/* Stores @value in *@out, failing where unsigned long is narrower. */
static int
remoteULongFromHyper(uint64_t value, unsigned long *out)
{
#if ULONG_MAX < UINT64_MAX
    if (value > ULONG_MAX) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("conversion from hyper to %1$s overflowed"),
                       "unsigned long");
        return -1;
    }
#endif
    *out = value;
    return 0;
}


static int
remoteConnectListDomains(virConnect *conn, int *ids, int maxids)
{
    remote_connect_list_domains_ret ret = { 0 };
    remoteArg args[] = { REMOTE_ARG_INT(maxids) };
    int rv = -1;

    if (maxids > REMOTE_DOMAIN_LIST_MAX) {
        virReportError(VIR_ERR_RPC, _("Too many domains '%1$d' for limit '%2$d'"), maxids,
                       REMOTE_DOMAIN_LIST_MAX);
        return -1;
    }
    if (remoteCallArgs(conn, REMOTE_PROC_CONNECT_LIST_DOMAINS, args, G_N_ELEMENTS(args), &ret) < 0)
        return -1;

    if (ret.ids.len > (uint32_t)maxids) {
        virReportError(VIR_ERR_RPC, _("Too many domains '%1$d' for limit '%2$d'"), (int)ret.ids.len,
                       maxids);
    } else {
        if (ret.ids.len)
            memcpy(ids, ret.ids.val, ret.ids.len * sizeof(int));
        rv = ret.ids.len;
    }
    remoteFreeRet(REMOTE_PROC_CONNECT_LIST_DOMAINS, &ret);
    return rv;
}


static int
remoteConnectNumOfDomains(virConnect *conn)
{
    return remoteConnNum(conn, REMOTE_PROC_CONNECT_NUM_OF_DOMAINS);
}


static int
remoteConnectListDefinedDomains(virConnect *conn, char **const names, int maxnames)
{
    return remoteConnListNames(conn, REMOTE_PROC_CONNECT_LIST_DEFINED_DOMAINS, names, maxnames);
}


static int
remoteConnectNumOfDefinedDomains(virConnect *conn)
{
    return remoteConnNum(conn, REMOTE_PROC_CONNECT_NUM_OF_DEFINED_DOMAINS);
}


static int
remoteConnectListAllDomains(virConnect *conn, virDomain ***domains, unsigned int flags)
{
    return remoteConnListAll(conn, REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS, (void ***)domains, flags);
}


static virDomain *
remoteDomainLookupByName(virConnect *conn, const char *name)
{
    return remoteConnStrObject(conn, REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME, name);
}


static virDomain *
remoteDomainLookupByID(virConnect *conn, int id)
{
    remoteArg args[] = { REMOTE_ARG_INT(id) };

    return remoteCallObject(conn, REMOTE_PROC_DOMAIN_LOOKUP_BY_ID, args, G_N_ELEMENTS(args));
}


static virDomain *
remoteDomainLookupByUUID(virConnect *conn, const unsigned char *uuid)
{
    return remoteConnUUIDObject(conn, REMOTE_PROC_DOMAIN_LOOKUP_BY_UUID, uuid);
}


static virDomain *
remoteDomainCreateXML(virConnect *conn, const char *xmlDesc, unsigned int flags)
{
    return remoteConnStrFlagsObject(conn, REMOTE_PROC_DOMAIN_CREATE_XML, xmlDesc, flags);
}


static virDomain *
remoteDomainDefineXML(virConnect *conn, const char *xml)
{
    return remoteConnStrObject(conn, REMOTE_PROC_DOMAIN_DEFINE_XML, xml);
}


static virDomain *
remoteDomainDefineXMLFlags(virConnect *conn, const char *xml, unsigned int flags)
{
    return remoteConnStrFlagsObject(conn, REMOTE_PROC_DOMAIN_DEFINE_XML_FLAGS, xml, flags);
}


static int
remoteDomainUndefine(virDomain *domain)
{
    return remoteObjVoid(domain, REMOTE_PROC_DOMAIN_UNDEFINE);
}


static int
remoteDomainUndefineFlags(virDomain *domain, unsigned int flags)
{
    return remoteObjFlags(domain, REMOTE_PROC_DOMAIN_UNDEFINE_FLAGS, flags);
}


static int
remoteDomainCreate(virDomain *domain)
{
    if (remoteObjVoid(domain, REMOTE_PROC_DOMAIN_CREATE) < 0)
        return -1;
    /* DOMAIN_CREATE returns nothing: learn the new id as libvirt does */
    return remoteDomainTakeID(
        domain,
        remoteConnUUIDObject(domain->conn, REMOTE_PROC_DOMAIN_LOOKUP_BY_UUID, domain->uuid));
}


static int
remoteDomainCreateWithFlags(virDomain *domain, unsigned int flags)
{
    return remoteDomainTakeID(
        domain, remoteObjFlagsObject(domain, REMOTE_PROC_DOMAIN_CREATE_WITH_FLAGS, flags));
}


static int
remoteDomainShutdown(virDomain *domain)
{
    return remoteObjVoid(domain, REMOTE_PROC_DOMAIN_SHUTDOWN);
}


static int
remoteDomainShutdownFlags(virDomain *domain, unsigned int flags)
{
    return remoteObjFlags(domain, REMOTE_PROC_DOMAIN_SHUTDOWN_FLAGS, flags);
}


static int
remoteDomainReboot(virDomain *domain, unsigned int flags)
{
    return remoteObjFlags(domain, REMOTE_PROC_DOMAIN_REBOOT, flags);
}


static int
remoteDomainReset(virDomain *domain, unsigned int flags)
{
    return remoteObjFlags(domain, REMOTE_PROC_DOMAIN_RESET, flags);
}


static int
remoteDomainDestroy(virDomain *domain)
{
    if (remoteObjVoid(domain, REMOTE_PROC_DOMAIN_DESTROY) < 0)
        return -1;
    /* libvirt's client resets the id after DOMAIN_DESTROY only */
    domain->id = -1;
    return 0;
}


static int
remoteDomainDestroyFlags(virDomain *domain, unsigned int flags)
{
    return remoteObjFlags(domain, REMOTE_PROC_DOMAIN_DESTROY_FLAGS, flags);
}


static int
remoteDomainSuspend(virDomain *domain)
{
    return remoteObjVoid(domain, REMOTE_PROC_DOMAIN_SUSPEND);
}


static int
remoteDomainResume(virDomain *domain)
{
    return remoteObjVoid(domain, REMOTE_PROC_DOMAIN_RESUME);
}


static int
remoteDomainGetInfo(virDomain *domain, virDomainInfo *info)
{
    const int proc = REMOTE_PROC_DOMAIN_GET_INFO;
    remote_domain_get_info_ret ret = { 0 };
    remoteArg args[] = { REMOTE_ARG_OBJ(domain) };
    int rv = -1;

    if (remoteCallArgs(domain->conn, proc, args, G_N_ELEMENTS(args), &ret) < 0)
        return -1;
    if (remoteULongFromHyper(ret.maxMem, &info->maxMem) == 0 &&
        remoteULongFromHyper(ret.memory, &info->memory) == 0) {
        info->state = ret.state;
        info->nrVirtCpu = ret.nrVirtCpu;
        info->cpuTime = ret.cpuTime;
        rv = 0;
    }
    remoteFreeRet(proc, &ret);
    return rv;
}


static int
remoteDomainGetState(virDomain *domain, int *state, int *reason, unsigned int flags)
{
    const int proc = REMOTE_PROC_DOMAIN_GET_STATE;
    remote_domain_get_state_ret ret = { 0 };
    remoteArg args[] = { REMOTE_ARG_OBJ(domain), REMOTE_ARG_UINT(flags) };

    if (remoteCallArgs(domain->conn, proc, args, G_N_ELEMENTS(args), &ret) < 0)
        return -1;
    *state = ret.state;
    if (reason)
        *reason = ret.reason;
    remoteFreeRet(proc, &ret);
    return 0;
}


static int
remoteDomainGetJobInfo(virDomain *dom, virDomainJobInfo *info)
{
    const int proc = REMOTE_PROC_DOMAIN_GET_JOB_INFO;
    remote_domain_get_job_info_ret ret = { 0 };
    remoteArg args[] = { REMOTE_ARG_OBJ(dom) };

    if (remoteCallArgs(dom->conn, proc, args, G_N_ELEMENTS(args), &ret) < 0)
        return -1;
    info->type = ret.type;
    info->timeElapsed = ret.timeElapsed;
    info->timeRemaining = ret.timeRemaining;
    info->dataTotal = ret.dataTotal;
    info->dataProcessed = ret.dataProcessed;
    info->dataRemaining = ret.dataRemaining;
    info->memTotal = ret.memTotal;
    info->memProcessed = ret.memProcessed;
    info->memRemaining = ret.memRemaining;
    info->fileTotal = ret.fileTotal;
    info->fileProcessed = ret.fileProcessed;
    info->fileRemaining = ret.fileRemaining;
    remoteFreeRet(proc, &ret);
    return 0;
}


static char *
remoteDomainGetOSType(virDomain *domain)
{
    return remoteObjString(domain, REMOTE_PROC_DOMAIN_GET_OS_TYPE);
}


static unsigned long
remoteDomainGetMaxMemory(virDomain *domain)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(domain) };
    unsigned long long memory;
    unsigned long rv;

    if (remoteCallULLong(domain->conn, REMOTE_PROC_DOMAIN_GET_MAX_MEMORY, args, G_N_ELEMENTS(args),
                         &memory) < 0 ||
        remoteULongFromHyper(memory, &rv) < 0)
        return 0;
    return rv;
}


/* {dom, memory}: DOMAIN_SET_MAX_MEMORY and DOMAIN_SET_MEMORY. */
static int
remoteDomainSetMemoryProc(virDomain *domain, int proc, unsigned long memory)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(domain), REMOTE_ARG_UHYPER(memory) };

    return remoteCallArgs(domain->conn, proc, args, G_N_ELEMENTS(args), NULL);
}


static int
remoteDomainSetMaxMemory(virDomain *domain, unsigned long memory)
{
    return remoteDomainSetMemoryProc(domain, REMOTE_PROC_DOMAIN_SET_MAX_MEMORY, memory);
}


static int
remoteDomainSetMemory(virDomain *domain, unsigned long memory)
{
    return remoteDomainSetMemoryProc(domain, REMOTE_PROC_DOMAIN_SET_MEMORY, memory);
}


static int
remoteDomainSetMemoryFlags(virDomain *domain, unsigned long memory, unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(domain), REMOTE_ARG_UHYPER(memory),
                         REMOTE_ARG_UINT(flags) };

    return remoteCallArgs(domain->conn, REMOTE_PROC_DOMAIN_SET_MEMORY_FLAGS, args,
                          G_N_ELEMENTS(args), NULL);
}


static int
remoteDomainGetMaxVcpus(virDomain *domain)
{
    return remoteObjInt(domain, REMOTE_PROC_DOMAIN_GET_MAX_VCPUS);
}


static int
remoteDomainSetVcpus(virDomain *domain, unsigned int nvcpus)
{
    /* {dom, nvcpus} has the layout of {dom, flags} */
    return remoteObjFlags(domain, REMOTE_PROC_DOMAIN_SET_VCPUS, nvcpus);
}


static int
remoteDomainSetVcpusFlags(virDomain *domain, unsigned int nvcpus, unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(domain), REMOTE_ARG_UINT(nvcpus), REMOTE_ARG_UINT(flags) };

    return remoteCallArgs(domain->conn, REMOTE_PROC_DOMAIN_SET_VCPUS_FLAGS, args,
                          G_N_ELEMENTS(args), NULL);
}


static int
remoteDomainGetVcpusFlags(virDomain *domain, unsigned int flags)
{
    return remoteObjFlagsInt(domain, REMOTE_PROC_DOMAIN_GET_VCPUS_FLAGS, flags);
}


static int
remoteDomainGetSecurityLabel(virDomain *domain, virSecurityLabel *seclabel)
{
    remote_domain_get_security_label_ret ret = { 0 };
    remoteArg args[] = { REMOTE_ARG_OBJ(domain) };
    size_t len;
    int rv = 0;

    memset(seclabel, 0, sizeof(*seclabel));
    if (remoteCallArgs(domain->conn, REMOTE_PROC_DOMAIN_GET_SECURITY_LABEL, args,
                       G_N_ELEMENTS(args), &ret) < 0)
        return -1;

    /* the wire text counts its NUL; an empty reply leaves the label empty */
    if (ret.label.val) {
        len = strnlen(ret.label.val, ret.label.len);
        if (len >= sizeof(seclabel->label)) {
            virReportError(VIR_ERR_RPC, _("security label exceeds maximum: %1$zu"),
                           sizeof(seclabel->label) - 1);
            rv = -1;
        } else {
            memcpy(seclabel->label, ret.label.val, len);
            seclabel->enforcing = ret.enforcing;
        }
    }
    remoteFreeRet(REMOTE_PROC_DOMAIN_GET_SECURITY_LABEL, &ret);
    return rv;
}


static char *
remoteDomainGetHostname(virDomain *domain, unsigned int flags)
{
    return remoteObjFlagsString(domain, REMOTE_PROC_DOMAIN_GET_HOSTNAME, flags);
}


static char *
remoteDomainGetXMLDesc(virDomain *domain, unsigned int flags)
{
    return remoteObjFlagsString(domain, REMOTE_PROC_DOMAIN_GET_XML_DESC, flags);
}


static int
remoteDomainGetAutostart(virDomain *domain, int *autostart)
{
    return remoteObjGetAutostart(domain, REMOTE_PROC_DOMAIN_GET_AUTOSTART, autostart);
}


static int
remoteDomainSetAutostart(virDomain *domain, int autostart)
{
    return remoteObjSetAutostart(domain, REMOTE_PROC_DOMAIN_SET_AUTOSTART, autostart);
}


static int
remoteDomainIsActive(virDomain *dom)
{
    return remoteObjInt(dom, REMOTE_PROC_DOMAIN_IS_ACTIVE);
}


static int
remoteDomainIsPersistent(virDomain *dom)
{
    return remoteObjInt(dom, REMOTE_PROC_DOMAIN_IS_PERSISTENT);
}


static int
remoteDomainIsUpdated(virDomain *dom)
{
    return remoteObjInt(dom, REMOTE_PROC_DOMAIN_IS_UPDATED);
}


static int
remoteDomainAttachDevice(virDomain *domain, const char *xml)
{
    return remoteObjStr(domain, REMOTE_PROC_DOMAIN_ATTACH_DEVICE, xml);
}


static int
remoteDomainDetachDevice(virDomain *domain, const char *xml)
{
    return remoteObjStr(domain, REMOTE_PROC_DOMAIN_DETACH_DEVICE, xml);
}


static int
remoteDomainAttachDeviceFlags(virDomain *domain, const char *xml, unsigned int flags)
{
    return remoteObjStrFlags(domain, REMOTE_PROC_DOMAIN_ATTACH_DEVICE_FLAGS, xml, flags);
}


static int
remoteDomainDetachDeviceFlags(virDomain *domain, const char *xml, unsigned int flags)
{
    return remoteObjStrFlags(domain, REMOTE_PROC_DOMAIN_DETACH_DEVICE_FLAGS, xml, flags);
}


static int
remoteDomainUpdateDeviceFlags(virDomain *domain, const char *xml, unsigned int flags)
{
    return remoteObjStrFlags(domain, REMOTE_PROC_DOMAIN_UPDATE_DEVICE_FLAGS, xml, flags);
}


static int
remoteDomainDetachDeviceAlias(virDomain *domain, const char *alias, unsigned int flags)
{
    return remoteObjStrFlags(domain, REMOTE_PROC_DOMAIN_DETACH_DEVICE_ALIAS, alias, flags);
}


void
remoteDomainDriverInit(virHypervisorDriver *drv)
{
    drv->connectListDomains = remoteConnectListDomains;
    drv->connectNumOfDomains = remoteConnectNumOfDomains;
    drv->connectListDefinedDomains = remoteConnectListDefinedDomains;
    drv->connectNumOfDefinedDomains = remoteConnectNumOfDefinedDomains;
    drv->connectListAllDomains = remoteConnectListAllDomains;
    drv->domainLookupByName = remoteDomainLookupByName;
    drv->domainLookupByID = remoteDomainLookupByID;
    drv->domainLookupByUUID = remoteDomainLookupByUUID;
    drv->domainCreateXML = remoteDomainCreateXML;
    drv->domainDefineXML = remoteDomainDefineXML;
    drv->domainDefineXMLFlags = remoteDomainDefineXMLFlags;
    drv->domainUndefine = remoteDomainUndefine;
    drv->domainUndefineFlags = remoteDomainUndefineFlags;
    drv->domainCreate = remoteDomainCreate;
    drv->domainCreateWithFlags = remoteDomainCreateWithFlags;
    drv->domainShutdown = remoteDomainShutdown;
    drv->domainShutdownFlags = remoteDomainShutdownFlags;
    drv->domainReboot = remoteDomainReboot;
    drv->domainReset = remoteDomainReset;
    drv->domainDestroy = remoteDomainDestroy;
    drv->domainDestroyFlags = remoteDomainDestroyFlags;
    drv->domainSuspend = remoteDomainSuspend;
    drv->domainResume = remoteDomainResume;

    drv->domainGetInfo = remoteDomainGetInfo;
    drv->domainGetState = remoteDomainGetState;
    drv->domainGetJobInfo = remoteDomainGetJobInfo;
    drv->domainGetOSType = remoteDomainGetOSType;
    drv->domainGetMaxMemory = remoteDomainGetMaxMemory;
    drv->domainSetMaxMemory = remoteDomainSetMaxMemory;
    drv->domainSetMemory = remoteDomainSetMemory;
    drv->domainSetMemoryFlags = remoteDomainSetMemoryFlags;
    drv->domainGetMaxVcpus = remoteDomainGetMaxVcpus;
    drv->domainSetVcpus = remoteDomainSetVcpus;
    drv->domainSetVcpusFlags = remoteDomainSetVcpusFlags;
    drv->domainGetVcpusFlags = remoteDomainGetVcpusFlags;
    drv->domainGetSecurityLabel = remoteDomainGetSecurityLabel;
    drv->domainGetHostname = remoteDomainGetHostname;
    drv->domainGetXMLDesc = remoteDomainGetXMLDesc;
    drv->domainGetAutostart = remoteDomainGetAutostart;
    drv->domainSetAutostart = remoteDomainSetAutostart;
    drv->domainIsActive = remoteDomainIsActive;
    drv->domainIsPersistent = remoteDomainIsPersistent;
    drv->domainIsUpdated = remoteDomainIsUpdated;
    drv->domainAttachDevice = remoteDomainAttachDevice;
    drv->domainDetachDevice = remoteDomainDetachDevice;
    drv->domainAttachDeviceFlags = remoteDomainAttachDeviceFlags;
    drv->domainDetachDeviceFlags = remoteDomainDetachDeviceFlags;
    drv->domainUpdateDeviceFlags = remoteDomainUpdateDeviceFlags;
    drv->domainDetachDeviceAlias = remoteDomainDetachDeviceAlias;
}
