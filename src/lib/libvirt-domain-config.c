/*
 * libvirt-domain-config.c: public entry points for domain information and settings
 *
 * Every entry point resets the thread's last error, checks its object and
 * arguments as libvirt does (virlibcheck.h, datatypes.h), dispatches to
 * the connection's driver table and, on failure, dispatches the error
 * (virDispatchError). The calls are documented in include/libvirt.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "datatypes.h"
#include "internal.h"
#include "libvirt-error.h"
#include "virlibcheck.h"
#include "virlog.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_LOG_INIT("lib.domain");


int
virDomainGetInfo(virDomain *domain, virDomainInfo *info)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, info=%p", domain, info);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckNonNullArg(info))
        goto error;
    if (!conn->driver->domainGetInfo) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainGetInfo(domain, info);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainGetState(virDomain *domain, int *state, int *reason, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, state=%p, reason=%p, flags=0x%x", domain, state, reason, flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckNonNullArg(state))
        goto error;
    if (!conn->driver->domainGetState) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainGetState(domain, state, reason, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainGetJobInfo(virDomain *dom, virDomainJobInfo *info)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("dom=%p, info=%p", dom, info);

    virResetLastError();
    if (!virCheckDomain(dom))
        return -1;
    conn = dom->conn;
    if (!virCheckNonNullArg(info))
        goto error;
    if (!conn->driver->domainGetJobInfo) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainGetJobInfo(dom, info);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


char *
virDomainGetOSType(virDomain *domain)
{
    virConnect *conn = NULL;
    char *ret;

    VIR_DEBUG("domain=%p", domain);

    virResetLastError();
    if (!virCheckDomain(domain))
        return NULL;
    conn = domain->conn;
    if (!conn->driver->domainGetOSType) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainGetOSType(domain);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


unsigned long
virDomainGetMaxMemory(virDomain *domain)
{
    virConnect *conn = NULL;
    unsigned long ret;

    VIR_DEBUG("domain=%p", domain);

    virResetLastError();
    if (!virCheckDomain(domain))
        return 0;
    conn = domain->conn;
    if (!conn->driver->domainGetMaxMemory) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainGetMaxMemory(domain);
    if (ret == 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return 0;
}


int
virDomainSetMaxMemory(virDomain *domain, unsigned long memory)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, memory=%lu", domain, memory);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckNonZeroArg(memory))
        goto error;
    if (!conn->driver->domainSetMaxMemory) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainSetMaxMemory(domain, memory);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainSetMemory(virDomain *domain, unsigned long memory)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, memory=%lu", domain, memory);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckNonZeroArg(memory))
        goto error;
    if (!conn->driver->domainSetMemory) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainSetMemory(domain, memory);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainSetMemoryFlags(virDomain *domain, unsigned long memory, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, memory=%lu, flags=0x%x", domain, memory, flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckNonZeroArg(memory))
        goto error;
    if (!virCheckExclusiveFlags(flags, VIR_DOMAIN_AFFECT_LIVE, VIR_DOMAIN_AFFECT_CONFIG))
        goto error;
    if (!conn->driver->domainSetMemoryFlags) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainSetMemoryFlags(domain, memory, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainGetMaxVcpus(virDomain *domain)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p", domain);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!conn->driver->domainGetMaxVcpus) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainGetMaxVcpus(domain);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainSetVcpus(virDomain *domain, unsigned int nvcpus)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, nvcpus=%u", domain, nvcpus);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckNonZeroArg(nvcpus))
        goto error;
    if (!conn->driver->domainSetVcpus) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainSetVcpus(domain, nvcpus);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainSetVcpusFlags(virDomain *domain, unsigned int nvcpus, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, nvcpus=%u, flags=0x%x", domain, nvcpus, flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckRequiredFlag(flags, VIR_DOMAIN_AFFECT_CONFIG, VIR_DOMAIN_VCPU_MAXIMUM))
        goto error;
    if (!virCheckExclusiveFlags(flags, VIR_DOMAIN_VCPU_GUEST, VIR_DOMAIN_AFFECT_CONFIG))
        goto error;
    if (!virCheckNonZeroArg(nvcpus))
        goto error;
    if (!conn->driver->domainSetVcpusFlags) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainSetVcpusFlags(domain, nvcpus, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainGetVcpusFlags(virDomain *domain, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, flags=0x%x", domain, flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if ((flags & VIR_DOMAIN_VCPU_GUEST) && !virCheckReadOnly(conn))
        goto error;
    if (!virCheckExclusiveFlags(flags, VIR_DOMAIN_AFFECT_LIVE, VIR_DOMAIN_AFFECT_CONFIG))
        goto error;
    if (!conn->driver->domainGetVcpusFlags) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainGetVcpusFlags(domain, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainGetSecurityLabel(virDomain *domain, virSecurityLabel *seclabel)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, seclabel=%p", domain, seclabel);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckNonNullArg(seclabel))
        goto error;
    if (!conn->driver->domainGetSecurityLabel) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainGetSecurityLabel(domain, seclabel);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


char *
virDomainGetHostname(virDomain *domain, unsigned int flags)
{
    virConnect *conn = NULL;
    char *ret;

    VIR_DEBUG("domain=%p, flags=0x%x", domain, flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return NULL;
    conn = domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->driver->domainGetHostname) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainGetHostname(domain, flags);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


char *
virDomainGetXMLDesc(virDomain *domain, unsigned int flags)
{
    virConnect *conn = NULL;
    char *ret;

    VIR_DEBUG("domain=%p, flags=0x%x", domain, flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return NULL;
    conn = domain->conn;
    if ((conn->flags & VIR_CONNECT_RO) &&
        (flags & (VIR_DOMAIN_XML_SECURE | VIR_DOMAIN_XML_MIGRATABLE))) {
        virReportError(VIR_ERR_OPERATION_DENIED, "%s", _("virDomainGetXMLDesc with secure flag"));
        goto error;
    }
    if (!conn->driver->domainGetXMLDesc) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainGetXMLDesc(domain, flags);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


int
virDomainGetAutostart(virDomain *domain, int *autostart)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, autostart=%p", domain, autostart);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckNonNullArg(autostart))
        goto error;
    if (!conn->driver->domainGetAutostart) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainGetAutostart(domain, autostart);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainSetAutostart(virDomain *domain, int autostart)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, autostart=%d", domain, autostart);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->driver->domainSetAutostart) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainSetAutostart(domain, autostart);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainIsActive(virDomain *dom)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("dom=%p", dom);

    virResetLastError();
    if (!virCheckDomain(dom))
        return -1;
    conn = dom->conn;
    if (!conn->driver->domainIsActive) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainIsActive(dom);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainIsPersistent(virDomain *dom)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("dom=%p", dom);

    virResetLastError();
    if (!virCheckDomain(dom))
        return -1;
    conn = dom->conn;
    if (!conn->driver->domainIsPersistent) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainIsPersistent(dom);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainIsUpdated(virDomain *dom)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("dom=%p", dom);

    virResetLastError();
    if (!virCheckDomain(dom))
        return -1;
    conn = dom->conn;
    if (!conn->driver->domainIsUpdated) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainIsUpdated(dom);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


char *
virDomainGetMetadata(virDomain *domain, int type, const char *uri, unsigned int flags)
{
    virConnect *conn = NULL;
    char *ret;

    VIR_DEBUG("domain=%p, type=%d, uri=%s, flags=0x%x", domain, type, NULLSTR(uri), flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return NULL;
    conn = domain->conn;
    if (!virCheckExclusiveFlags(flags, VIR_DOMAIN_AFFECT_LIVE, VIR_DOMAIN_AFFECT_CONFIG))
        goto error;
    switch (type) {
    case VIR_DOMAIN_METADATA_TITLE:
    case VIR_DOMAIN_METADATA_DESCRIPTION:
        if (!virCheckNullArg(uri))
            goto error;
        break;
    case VIR_DOMAIN_METADATA_ELEMENT:
        if (!virCheckNonNullArg(uri))
            goto error;
        break;
    default:
        /* left to the driver */
        break;
    }
    if (!conn->driver->domainGetMetadata) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainGetMetadata(domain, type, uri, flags);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


int
virDomainSetMetadata(virDomain *domain,
                     int type,
                     const char *metadata,
                     const char *key,
                     const char *uri,
                     unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, type=%d, metadata=%s, key=%s, uri=%s, flags=0x%x", domain, type,
              NULLSTR(metadata), NULLSTR(key), NULLSTR(uri), flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    switch (type) {
    case VIR_DOMAIN_METADATA_TITLE:
        if (metadata && strchr(metadata, '\n')) {
            virReportInvalidArg(metadata, "%s", _("metadata title can't contain newlines"));
            goto error;
        }
        G_GNUC_FALLTHROUGH;
    case VIR_DOMAIN_METADATA_DESCRIPTION:
        if (!virCheckNullArg(uri) || !virCheckNullArg(key))
            goto error;
        break;
    case VIR_DOMAIN_METADATA_ELEMENT:
        if (!virCheckNonNullArg(uri))
            goto error;
        if (metadata && !virCheckNonNullArg(key))
            goto error;
        break;
    default:
        /* left to the driver */
        break;
    }
    if (!conn->driver->domainSetMetadata) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainSetMetadata(domain, type, metadata, key, uri, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainRename(virDomain *dom, const char *new_name, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("dom=%p, new_name=%s, flags=0x%x", dom, NULLSTR(new_name), flags);

    virResetLastError();
    if (!virCheckDomain(dom))
        return -1;
    conn = dom->conn;
    if (!virCheckNonNullArg(new_name))
        goto error;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->driver->domainRename) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainRename(dom, new_name, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainGetMessages(virDomain *domain, char ***msgs, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, msgs=%p, flags=0x%x", domain, msgs, flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckNonNullArg(msgs))
        goto error;
    if (!conn->driver->domainGetMessages) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainGetMessages(domain, msgs, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainAttachDevice(virDomain *domain, const char *xml)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, xml=%s", domain, NULLSTR(xml));

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckNonNullArg(xml))
        goto error;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->driver->domainAttachDevice) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainAttachDevice(domain, xml);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainDetachDevice(virDomain *domain, const char *xml)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, xml=%s", domain, NULLSTR(xml));

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckNonNullArg(xml))
        goto error;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->driver->domainDetachDevice) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainDetachDevice(domain, xml);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainAttachDeviceFlags(virDomain *domain, const char *xml, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, xml=%s, flags=0x%x", domain, NULLSTR(xml), flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckNonNullArg(xml))
        goto error;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->driver->domainAttachDeviceFlags) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainAttachDeviceFlags(domain, xml, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainDetachDeviceFlags(virDomain *domain, const char *xml, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, xml=%s, flags=0x%x", domain, NULLSTR(xml), flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckNonNullArg(xml))
        goto error;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->driver->domainDetachDeviceFlags) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainDetachDeviceFlags(domain, xml, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainUpdateDeviceFlags(virDomain *domain, const char *xml, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, xml=%s, flags=0x%x", domain, NULLSTR(xml), flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckNonNullArg(xml))
        goto error;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->driver->domainUpdateDeviceFlags) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainUpdateDeviceFlags(domain, xml, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainDetachDeviceAlias(virDomain *domain, const char *alias, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, alias=%s, flags=0x%x", domain, NULLSTR(alias), flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckNonNullArg(alias))
        goto error;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->driver->domainDetachDeviceAlias) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainDetachDeviceAlias(domain, alias, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}
