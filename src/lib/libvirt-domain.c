/*
 * libvirt-domain.c: public entry points for domain lookup and lifecycle
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
#include "viruuid.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_LOG_INIT("lib.domain");


virConnect *
virDomainGetConnect(virDomain *domain)
{
    VIR_DEBUG("domain=%p", domain);

    virResetLastError();
    if (!virCheckDomain(domain))
        return NULL;
    return domain->conn;
}


int
virDomainRef(virDomain *domain)
{
    VIR_DEBUG("domain=%p", domain);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    virObjectRef(domain);
    return 0;
}


int
virDomainFree(virDomain *domain)
{
    VIR_DEBUG("domain=%p", domain);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    virObjectUnref(domain);
    return 0;
}


const char *
virDomainGetName(virDomain *domain)
{
    VIR_DEBUG("domain=%p", domain);

    virResetLastError();
    if (!virCheckDomain(domain))
        return NULL;
    return domain->name;
}


unsigned int
virDomainGetID(virDomain *domain)
{
    VIR_DEBUG("domain=%p", domain);

    virResetLastError();
    if (!virCheckDomain(domain))
        return (unsigned int)-1;
    return (unsigned int)domain->id;
}


int
virDomainGetUUID(virDomain *domain, unsigned char *uuid)
{
    VIR_DEBUG("domain=%p, uuid=%p", domain, uuid);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    if (!virCheckNonNullArg(uuid)) {
        virDispatchError(domain->conn);
        return -1;
    }
    memcpy(uuid, domain->uuid, VIR_UUID_BUFLEN);
    return 0;
}


int
virDomainGetUUIDString(virDomain *domain, char *buf)
{
    VIR_DEBUG("domain=%p, buf=%p", domain, buf);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    if (!virCheckNonNullArg(buf)) {
        virDispatchError(domain->conn);
        return -1;
    }
    virUUIDFormat(domain->uuid, buf);
    return 0;
}


virDomain *
virDomainLookupByUUIDString(virConnect *conn, const char *uuidstr)
{
    unsigned char uuid[VIR_UUID_BUFLEN];

    VIR_DEBUG("conn=%p, uuidstr=%s", conn, NULLSTR(uuidstr));

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckNonNullArg(uuidstr))
        goto error;
    if (virUUIDParse(uuidstr, uuid) < 0) {
        virReportInvalidArg(uuidstr, "%s", _("Invalid UUID"));
        goto error;
    }
    return virDomainLookupByUUID(conn, uuid);

error:
    virDispatchError(conn);
    return NULL;
}


int
virConnectListDomains(virConnect *conn, int *ids, int maxids)
{
    int ret;

    VIR_DEBUG("conn=%p, ids=%p, maxids=%d", conn, ids, maxids);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!virCheckNonNullArg(ids))
        goto error;
    if (!virCheckNonNegativeArg(maxids))
        goto error;
    if (!conn->driver->connectListDomains) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->connectListDomains(conn, ids, maxids);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectNumOfDomains(virConnect *conn)
{
    int ret;

    VIR_DEBUG("conn=%p", conn);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!conn->driver->connectNumOfDomains) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->connectNumOfDomains(conn);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectListDefinedDomains(virConnect *conn, char **const names, int maxnames)
{
    int ret;

    VIR_DEBUG("conn=%p, names=%p, maxnames=%d", conn, names, maxnames);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!virCheckNonNullArg(names))
        goto error;
    if (!virCheckNonNegativeArg(maxnames))
        goto error;
    if (!conn->driver->connectListDefinedDomains) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->connectListDefinedDomains(conn, names, maxnames);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectNumOfDefinedDomains(virConnect *conn)
{
    int ret;

    VIR_DEBUG("conn=%p", conn);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!conn->driver->connectNumOfDefinedDomains) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->connectNumOfDefinedDomains(conn);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectListAllDomains(virConnect *conn, virDomain ***domains, unsigned int flags)
{
    int ret;

    VIR_DEBUG("conn=%p, domains=%p, flags=0x%x", conn, domains, flags);

    virResetLastError();
    if (domains)
        *domains = NULL;
    if (!virCheckConnect(conn))
        return -1;
    if (!conn->driver->connectListAllDomains) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->connectListAllDomains(conn, domains, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


virDomain *
virDomainLookupByName(virConnect *conn, const char *name)
{
    virDomain *ret;

    VIR_DEBUG("conn=%p, name=%s", conn, NULLSTR(name));

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckNonNullArg(name))
        goto error;
    if (!conn->driver->domainLookupByName) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainLookupByName(conn, name);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


virDomain *
virDomainLookupByID(virConnect *conn, int id)
{
    virDomain *ret;

    VIR_DEBUG("conn=%p, id=%d", conn, id);

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckNonNegativeArg(id))
        goto error;
    if (!conn->driver->domainLookupByID) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainLookupByID(conn, id);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


virDomain *
virDomainLookupByUUID(virConnect *conn, const unsigned char *uuid)
{
    virDomain *ret;

    VIR_DEBUG("conn=%p, uuid=%p", conn, uuid);

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckNonNullArg(uuid))
        goto error;
    if (!conn->driver->domainLookupByUUID) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainLookupByUUID(conn, uuid);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


virDomain *
virDomainCreateXML(virConnect *conn, const char *xmlDesc, unsigned int flags)
{
    virDomain *ret;

    VIR_DEBUG("conn=%p, xmlDesc=%s, flags=0x%x", conn, NULLSTR(xmlDesc), flags);

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckNonNullArg(xmlDesc))
        goto error;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->driver->domainCreateXML) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainCreateXML(conn, xmlDesc, flags);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


virDomain *
virDomainDefineXML(virConnect *conn, const char *xml)
{
    virDomain *ret;

    VIR_DEBUG("conn=%p, xml=%s", conn, NULLSTR(xml));

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckNonNullArg(xml))
        goto error;
    if (!conn->driver->domainDefineXML) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainDefineXML(conn, xml);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


virDomain *
virDomainDefineXMLFlags(virConnect *conn, const char *xml, unsigned int flags)
{
    virDomain *ret;

    VIR_DEBUG("conn=%p, xml=%s, flags=0x%x", conn, NULLSTR(xml), flags);

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckNonNullArg(xml))
        goto error;
    if (!conn->driver->domainDefineXMLFlags) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainDefineXMLFlags(conn, xml, flags);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


int
virDomainUndefine(virDomain *domain)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p", domain);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->driver->domainUndefine) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainUndefine(domain);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainUndefineFlags(virDomain *domain, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, flags=0x%x", domain, flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->driver->domainUndefineFlags) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainUndefineFlags(domain, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainCreate(virDomain *domain)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p", domain);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->driver->domainCreate) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainCreate(domain);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainCreateWithFlags(virDomain *domain, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, flags=0x%x", domain, flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->driver->domainCreateWithFlags) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainCreateWithFlags(domain, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainShutdown(virDomain *domain)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p", domain);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->driver->domainShutdown) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainShutdown(domain);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainShutdownFlags(virDomain *domain, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, flags=0x%x", domain, flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->driver->domainShutdownFlags) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainShutdownFlags(domain, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainReboot(virDomain *domain, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, flags=0x%x", domain, flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->driver->domainReboot) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainReboot(domain, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainReset(virDomain *domain, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, flags=0x%x", domain, flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->driver->domainReset) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainReset(domain, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainDestroy(virDomain *domain)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p", domain);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->driver->domainDestroy) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainDestroy(domain);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainDestroyFlags(virDomain *domain, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, flags=0x%x", domain, flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->driver->domainDestroyFlags) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainDestroyFlags(domain, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainSuspend(virDomain *domain)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p", domain);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->driver->domainSuspend) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainSuspend(domain);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainResume(virDomain *domain)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p", domain);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->driver->domainResume) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainResume(domain);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}
