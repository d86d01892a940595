/*
 * remote_dispatch_domain.c: REMOTE handlers of domain listing, lookup,
 * lifecycle and information calls
 *
 * Every domain reference sent back carries the id of the handle the API
 * returned, which the drivers keep current (-1 while inactive): clients
 * trust it (virsh refuses to start a domain whose id is not -1).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"

#define VIR_REMOTE_DISPATCH_PRIV_H_ALLOW
#include "remote_dispatch_priv.h"

#define VIR_FROM_THIS VIR_FROM_RPC


int
remoteDispatchDomainVoid(virNetServerClient *client,
                         const remote_nonnull_domain *d,
                         int (*fn)(virDomainPtr dom))
{
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, d);

    if (!dom || fn(dom) < 0)
        return -1;
    return 0;
}


int
remoteDispatchDomainVoidFlags(virNetServerClient *client,
                              const remote_nonnull_domain *d,
                              unsigned int flags,
                              int (*fn)(virDomainPtr dom, unsigned int flags))
{
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, d);

    if (!dom || fn(dom, flags) < 0)
        return -1;
    return 0;
}


/* The remoteDispatchToWireFunc of the family. */
static void
remoteDispatchDomainElemToWire(void *elem, void *obj)
{
    remoteDomainToWire(elem, obj);
}


/* Fills @wire with the domain @dom returned by an API (NULL: failure). */
static int
remoteDispatchDomainRet(remote_nonnull_domain *wire, virDomain *dom)
{
    return remoteDispatchHandleToWire(wire, dom, remoteDispatchDomainElemToWire);
}


/* ---- listing and lookup ---- */

static int
remoteDispatchConnectNumOfDomains(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_num_of_domains_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn || (r->num = virConnectNumOfDomains(conn)) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchConnectNumOfDefinedDomains(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_num_of_defined_domains_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn || (r->num = virConnectNumOfDefinedDomains(conn)) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchConnectListDomains(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_list_domains_args *a = args;
    remote_connect_list_domains_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);
    g_autofree int *ids = NULL;
    int n;

    if (!conn || remoteDispatchCheckMax(a->maxids, REMOTE_DOMAIN_LIST_MAX, "maxids",
                                        "REMOTE_DOMAIN_LIST_MAX") < 0)
        return -1;
    ids = g_new0(int, a->maxids + 1);
    if ((n = virConnectListDomains(conn, ids, a->maxids)) < 0)
        return -1;
    G_STATIC_ASSERT(sizeof(int) == sizeof(int32_t));
    r->ids.len = (uint32_t)n;
    r->ids.val = n > 0 ? g_steal_pointer(&ids) : NULL;
    return 0;
}


static int
remoteDispatchConnectListDefinedDomains(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_list_defined_domains_args *a = args;
    remote_connect_list_defined_domains_ret *r = ret;

    return remoteDispatchListNames(client, virConnectListDefinedDomains, a->maxnames,
                                   REMOTE_DOMAIN_LIST_MAX, "maxnames", "REMOTE_DOMAIN_LIST_MAX",
                                   &r->names);
}


static int
remoteDispatchConnectListAllDomains(REMOTE_DISPATCH_PARAMS)
{
    remote_connect_list_all_domains_args *a = args;
    remote_connect_list_all_domains_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);
    virDomainPtr *doms = NULL;
    int n;

    if (!conn ||
        (n = virConnectListAllDomains(conn, a->need_results ? &doms : NULL, a->flags)) < 0 ||
        remoteDispatchHandlesToWire(&r->domains, doms, n, REMOTE_DOMAIN_LIST_MAX, "domains",
                                    sizeof(remote_nonnull_domain),
                                    remoteDispatchDomainElemToWire) < 0)
        return -1;
    /* with need_results 0 only the count goes back */
    r->ret = (uint32_t)n;
    return 0;
}


static int
remoteDispatchDomainLookupByID(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_lookup_by_id_args *a = args;
    remote_domain_lookup_by_id_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    return conn ? remoteDispatchDomainRet(&r->dom, virDomainLookupByID(conn, a->id)) : -1;
}


static int
remoteDispatchDomainLookupByName(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_lookup_by_name_args *a = args;
    remote_domain_lookup_by_name_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    return conn ? remoteDispatchDomainRet(&r->dom, virDomainLookupByName(conn, a->name)) : -1;
}


static int
remoteDispatchDomainLookupByUUID(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_lookup_by_uuid_args *a = args;
    remote_domain_lookup_by_uuid_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    return conn ? remoteDispatchDomainRet(&r->dom, virDomainLookupByUUID(conn, a->uuid)) : -1;
}


/* ---- lifecycle ---- */

static int
remoteDispatchDomainCreateXML(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_create_xml_args *a = args;
    remote_domain_create_xml_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn)
        return -1;
    return remoteDispatchDomainRet(&r->dom, virDomainCreateXML(conn, a->xml_desc, a->flags));
}


static int
remoteDispatchDomainDefineXML(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_define_xml_args *a = args;
    remote_domain_define_xml_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    return conn ? remoteDispatchDomainRet(&r->dom, virDomainDefineXML(conn, a->xml)) : -1;
}


static int
remoteDispatchDomainDefineXMLFlags(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_define_xml_flags_args *a = args;
    remote_domain_define_xml_flags_ret *r = ret;
    g_autoptr(virConnect) conn = remoteDispatchGetConn(client);

    if (!conn)
        return -1;
    return remoteDispatchDomainRet(&r->dom, virDomainDefineXMLFlags(conn, a->xml, a->flags));
}


static int
remoteDispatchDomainCreate(REMOTE_DISPATCH_PARAMS)
{
    return remoteDispatchDomainVoid(client, &((remote_domain_create_args *)args)->dom,
                                    virDomainCreate);
}


static int
remoteDispatchDomainCreateWithFlags(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_create_with_flags_args *a = args;
    remote_domain_create_with_flags_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || virDomainCreateWithFlags(dom, a->flags) < 0)
        return -1;
    /* the driver updated the handle's id: send the domain back */
    remoteDomainToWire(&r->dom, dom);
    return 0;
}


static int
remoteDispatchDomainDestroy(REMOTE_DISPATCH_PARAMS)
{
    return remoteDispatchDomainVoid(client, &((remote_domain_destroy_args *)args)->dom,
                                    virDomainDestroy);
}


static int
remoteDispatchDomainDestroyFlags(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_destroy_flags_args *a = args;

    return remoteDispatchDomainVoidFlags(client, &a->dom, a->flags, virDomainDestroyFlags);
}


static int
remoteDispatchDomainSuspend(REMOTE_DISPATCH_PARAMS)
{
    return remoteDispatchDomainVoid(client, &((remote_domain_suspend_args *)args)->dom,
                                    virDomainSuspend);
}


static int
remoteDispatchDomainResume(REMOTE_DISPATCH_PARAMS)
{
    return remoteDispatchDomainVoid(client, &((remote_domain_resume_args *)args)->dom,
                                    virDomainResume);
}


static int
remoteDispatchDomainShutdown(REMOTE_DISPATCH_PARAMS)
{
    return remoteDispatchDomainVoid(client, &((remote_domain_shutdown_args *)args)->dom,
                                    virDomainShutdown);
}


static int
remoteDispatchDomainShutdownFlags(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_shutdown_flags_args *a = args;

    return remoteDispatchDomainVoidFlags(client, &a->dom, a->flags, virDomainShutdownFlags);
}


static int
remoteDispatchDomainReboot(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_reboot_args *a = args;

    return remoteDispatchDomainVoidFlags(client, &a->dom, a->flags, virDomainReboot);
}


static int
remoteDispatchDomainReset(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_reset_args *a = args;

    return remoteDispatchDomainVoidFlags(client, &a->dom, a->flags, virDomainReset);
}


static int
remoteDispatchDomainUndefine(REMOTE_DISPATCH_PARAMS)
{
    return remoteDispatchDomainVoid(client, &((remote_domain_undefine_args *)args)->dom,
                                    virDomainUndefine);
}


static int
remoteDispatchDomainUndefineFlags(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_undefine_flags_args *a = args;

    return remoteDispatchDomainVoidFlags(client, &a->dom, a->flags, virDomainUndefineFlags);
}


static int
remoteDispatchDomainRename(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_rename_args *a = args;
    remote_domain_rename_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || (r->retcode = virDomainRename(dom, a->new_name, a->flags)) < 0)
        return -1;
    return 0;
}


/* ---- information ---- */

static int
remoteDispatchDomainGetXMLDesc(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_get_xml_desc_args *a = args;
    remote_domain_get_xml_desc_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || !(r->xml = virDomainGetXMLDesc(dom, a->flags)))
        return -1;
    return 0;
}


static int
remoteDispatchDomainGetInfo(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_get_info_args *a = args;
    remote_domain_get_info_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);
    virDomainInfo info = { 0 };

    if (!dom || virDomainGetInfo(dom, &info) < 0)
        return -1;
    /* unsigned char state and unsigned short nrVirtCpu: 4 bytes each */
    r->state = info.state;
    r->maxMem = info.maxMem;
    r->memory = info.memory;
    r->nrVirtCpu = info.nrVirtCpu;
    r->cpuTime = info.cpuTime;
    return 0;
}


static int
remoteDispatchDomainGetState(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_get_state_args *a = args;
    remote_domain_get_state_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);
    int state = 0;
    int reason = 0;

    if (!dom || virDomainGetState(dom, &state, &reason, a->flags) < 0)
        return -1;
    r->state = state;
    r->reason = reason;
    return 0;
}


static int
remoteDispatchDomainGetAutostart(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_get_autostart_args *a = args;
    remote_domain_get_autostart_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);
    int autostart = 0;

    if (!dom || virDomainGetAutostart(dom, &autostart) < 0)
        return -1;
    r->autostart = autostart;
    return 0;
}


static int
remoteDispatchDomainSetAutostart(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_set_autostart_args *a = args;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || virDomainSetAutostart(dom, a->autostart) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainGetMaxMemory(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_get_max_memory_args *a = args;
    remote_domain_get_max_memory_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    /* 0 is the API's error value */
    if (!dom || (r->memory = virDomainGetMaxMemory(dom)) == 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainSetMaxMemory(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_set_max_memory_args *a = args;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || virDomainSetMaxMemory(dom, (unsigned long)a->memory) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainSetMemory(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_set_memory_args *a = args;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || virDomainSetMemory(dom, (unsigned long)a->memory) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainSetMemoryFlags(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_set_memory_flags_args *a = args;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || virDomainSetMemoryFlags(dom, (unsigned long)a->memory, a->flags) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainGetMaxVcpus(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_get_max_vcpus_args *a = args;
    remote_domain_get_max_vcpus_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || (r->num = virDomainGetMaxVcpus(dom)) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainSetVcpus(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_set_vcpus_args *a = args;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || virDomainSetVcpus(dom, a->nvcpus) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainSetVcpusFlags(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_set_vcpus_flags_args *a = args;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || virDomainSetVcpusFlags(dom, a->nvcpus, a->flags) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainGetVcpusFlags(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_get_vcpus_flags_args *a = args;
    remote_domain_get_vcpus_flags_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || (r->num = virDomainGetVcpusFlags(dom, a->flags)) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainGetOSType(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_get_os_type_args *a = args;
    remote_domain_get_os_type_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || !(r->type = virDomainGetOSType(dom)))
        return -1;
    return 0;
}


static int
remoteDispatchDomainIsActive(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_is_active_args *a = args;
    remote_domain_is_active_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || (r->active = virDomainIsActive(dom)) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainIsPersistent(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_is_persistent_args *a = args;
    remote_domain_is_persistent_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || (r->persistent = virDomainIsPersistent(dom)) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainIsUpdated(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_is_updated_args *a = args;
    remote_domain_is_updated_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || (r->updated = virDomainIsUpdated(dom)) < 0)
        return -1;
    return 0;
}


static int
remoteDispatchDomainGetJobInfo(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_get_job_info_args *a = args;
    remote_domain_get_job_info_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);
    virDomainJobInfo info = { 0 };

    if (!dom || virDomainGetJobInfo(dom, &info) < 0)
        return -1;
    r->type = info.type;
    r->timeElapsed = info.timeElapsed;
    r->timeRemaining = info.timeRemaining;
    r->dataTotal = info.dataTotal;
    r->dataProcessed = info.dataProcessed;
    r->dataRemaining = info.dataRemaining;
    r->memTotal = info.memTotal;
    r->memProcessed = info.memProcessed;
    r->memRemaining = info.memRemaining;
    r->fileTotal = info.fileTotal;
    r->fileProcessed = info.fileProcessed;
    r->fileRemaining = info.fileRemaining;
    return 0;
}


static int
remoteDispatchDomainGetSecurityLabel(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_get_security_label_args *a = args;
    remote_domain_get_security_label_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);
    virSecurityLabel label;

    memset(&label, 0, sizeof(label));
    if (!dom || virDomainGetSecurityLabel(dom, &label) < 0)
        return -1;
    label.label[sizeof(label.label) - 1] = '\0';
    /* char<N> on the wire: libvirt counts the terminating NUL */
    r->label.len = strlen(label.label) + 1;
    r->label.val = g_strdup(label.label);
    r->enforcing = label.enforcing;
    return 0;
}


static int
remoteDispatchDomainGetHostname(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_get_hostname_args *a = args;
    remote_domain_get_hostname_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);

    if (!dom || !(r->hostname = virDomainGetHostname(dom, a->flags)))
        return -1;
    return 0;
}


static int
remoteDispatchDomainGetMessages(REMOTE_DISPATCH_PARAMS)
{
    remote_domain_get_messages_args *a = args;
    remote_domain_get_messages_ret *r = ret;
    g_autoptr(virDomain) dom = remoteDispatchGetDomain(client, &a->dom);
    char **msgs = NULL;
    int n;

    if (!dom || (n = virDomainGetMessages(dom, &msgs, a->flags)) < 0)
        return -1;
    if (n > REMOTE_DOMAIN_MESSAGES_MAX) {
        g_strfreev(msgs);
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("Number of msgs %1$d, which exceeds max limit: %2$d"), n,
                       REMOTE_DOMAIN_MESSAGES_MAX);
        return -1;
    }
    remoteDispatchStringsToWire(&r->msgs, msgs, n);
    g_free(msgs);
    return 0;
}


static const virNetServerProcHandler remoteDispatchDomainHandlers[] = {
    { REMOTE_PROC_CONNECT_NUM_OF_DOMAINS, remoteDispatchConnectNumOfDomains },
    { REMOTE_PROC_CONNECT_NUM_OF_DEFINED_DOMAINS, remoteDispatchConnectNumOfDefinedDomains },
    { REMOTE_PROC_CONNECT_LIST_DOMAINS, remoteDispatchConnectListDomains },
    { REMOTE_PROC_CONNECT_LIST_DEFINED_DOMAINS, remoteDispatchConnectListDefinedDomains },
    { REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS, remoteDispatchConnectListAllDomains },
    { REMOTE_PROC_DOMAIN_LOOKUP_BY_ID, remoteDispatchDomainLookupByID },
    { REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME, remoteDispatchDomainLookupByName },
    { REMOTE_PROC_DOMAIN_LOOKUP_BY_UUID, remoteDispatchDomainLookupByUUID },
    { REMOTE_PROC_DOMAIN_CREATE_XML, remoteDispatchDomainCreateXML },
    { REMOTE_PROC_DOMAIN_DEFINE_XML, remoteDispatchDomainDefineXML },
    { REMOTE_PROC_DOMAIN_DEFINE_XML_FLAGS, remoteDispatchDomainDefineXMLFlags },
    { REMOTE_PROC_DOMAIN_CREATE, remoteDispatchDomainCreate },
    { REMOTE_PROC_DOMAIN_CREATE_WITH_FLAGS, remoteDispatchDomainCreateWithFlags },
    { REMOTE_PROC_DOMAIN_DESTROY, remoteDispatchDomainDestroy },
    { REMOTE_PROC_DOMAIN_DESTROY_FLAGS, remoteDispatchDomainDestroyFlags },
    { REMOTE_PROC_DOMAIN_SUSPEND, remoteDispatchDomainSuspend },
    { REMOTE_PROC_DOMAIN_RESUME, remoteDispatchDomainResume },
    { REMOTE_PROC_DOMAIN_SHUTDOWN, remoteDispatchDomainShutdown },
    { REMOTE_PROC_DOMAIN_SHUTDOWN_FLAGS, remoteDispatchDomainShutdownFlags },
    { REMOTE_PROC_DOMAIN_REBOOT, remoteDispatchDomainReboot },
    { REMOTE_PROC_DOMAIN_RESET, remoteDispatchDomainReset },
    { REMOTE_PROC_DOMAIN_UNDEFINE, remoteDispatchDomainUndefine },
    { REMOTE_PROC_DOMAIN_UNDEFINE_FLAGS, remoteDispatchDomainUndefineFlags },
    { REMOTE_PROC_DOMAIN_RENAME, remoteDispatchDomainRename },
    { REMOTE_PROC_DOMAIN_GET_XML_DESC, remoteDispatchDomainGetXMLDesc },
    { REMOTE_PROC_DOMAIN_GET_INFO, remoteDispatchDomainGetInfo },
    { REMOTE_PROC_DOMAIN_GET_STATE, remoteDispatchDomainGetState },
    { REMOTE_PROC_DOMAIN_GET_AUTOSTART, remoteDispatchDomainGetAutostart },
    { REMOTE_PROC_DOMAIN_SET_AUTOSTART, remoteDispatchDomainSetAutostart },
    { REMOTE_PROC_DOMAIN_GET_MAX_MEMORY, remoteDispatchDomainGetMaxMemory },
    { REMOTE_PROC_DOMAIN_SET_MAX_MEMORY, remoteDispatchDomainSetMaxMemory },
    { REMOTE_PROC_DOMAIN_SET_MEMORY, remoteDispatchDomainSetMemory },
    { REMOTE_PROC_DOMAIN_SET_MEMORY_FLAGS, remoteDispatchDomainSetMemoryFlags },
    { REMOTE_PROC_DOMAIN_GET_MAX_VCPUS, remoteDispatchDomainGetMaxVcpus },
    { REMOTE_PROC_DOMAIN_SET_VCPUS, remoteDispatchDomainSetVcpus },
    { REMOTE_PROC_DOMAIN_SET_VCPUS_FLAGS, remoteDispatchDomainSetVcpusFlags },
    { REMOTE_PROC_DOMAIN_GET_VCPUS_FLAGS, remoteDispatchDomainGetVcpusFlags },
    { REMOTE_PROC_DOMAIN_GET_OS_TYPE, remoteDispatchDomainGetOSType },
    { REMOTE_PROC_DOMAIN_IS_ACTIVE, remoteDispatchDomainIsActive },
    { REMOTE_PROC_DOMAIN_IS_PERSISTENT, remoteDispatchDomainIsPersistent },
    { REMOTE_PROC_DOMAIN_IS_UPDATED, remoteDispatchDomainIsUpdated },
    { REMOTE_PROC_DOMAIN_GET_JOB_INFO, remoteDispatchDomainGetJobInfo },
    { REMOTE_PROC_DOMAIN_GET_SECURITY_LABEL, remoteDispatchDomainGetSecurityLabel },
    { REMOTE_PROC_DOMAIN_GET_HOSTNAME, remoteDispatchDomainGetHostname },
    { REMOTE_PROC_DOMAIN_GET_MESSAGES, remoteDispatchDomainGetMessages },
};

const remoteDispatchHandlerTable remoteDispatchDomainTable = {
    remoteDispatchDomainHandlers,
    G_N_ELEMENTS(remoteDispatchDomainHandlers),
};
