/*
 * libvirt-domain-snapshot.c: public entry points for domain snapshots
 *
 * Every entry point resets the thread's last error, checks its object and
 * arguments as libvirt does (virlibcheck.h, datatypes.h), dispatches to
 * the connection's driver table and, on failure, dispatches the error
 * (virDispatchError). The calls are documented in include/libvirt.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>


#include "datatypes.h"
#include "internal.h"
#include "libvirt-error.h"
#include "virlibcheck.h"
#include "virlog.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN_SNAPSHOT

VIR_LOG_INIT("lib.snapshot");


const char *
virDomainSnapshotGetName(virDomainSnapshot *snapshot)
{
    VIR_DEBUG("snapshot=%p", snapshot);

    virResetLastError();
    if (!virCheckDomainSnapshot(snapshot))
        return NULL;
    return snapshot->name;
}


virDomain *
virDomainSnapshotGetDomain(virDomainSnapshot *snapshot)
{
    VIR_DEBUG("snapshot=%p", snapshot);

    virResetLastError();
    if (!virCheckDomainSnapshot(snapshot))
        return NULL;
    return snapshot->domain;
}


virConnect *
virDomainSnapshotGetConnect(virDomainSnapshot *snapshot)
{
    VIR_DEBUG("snapshot=%p", snapshot);

    virResetLastError();
    if (!virCheckDomainSnapshot(snapshot))
        return NULL;
    return snapshot->domain->conn;
}


int
virDomainSnapshotRef(virDomainSnapshot *snapshot)
{
    VIR_DEBUG("snapshot=%p", snapshot);

    virResetLastError();
    if (!virCheckDomainSnapshot(snapshot))
        return -1;
    virObjectRef(snapshot);
    return 0;
}


int
virDomainSnapshotFree(virDomainSnapshot *snapshot)
{
    VIR_DEBUG("snapshot=%p", snapshot);

    virResetLastError();
    if (!virCheckDomainSnapshot(snapshot))
        return -1;
    virObjectUnref(snapshot);
    return 0;
}


virDomainSnapshot *
virDomainSnapshotCreateXML(virDomain *domain, const char *xmlDesc, unsigned int flags)
{
    virConnect *conn = NULL;
    virDomainSnapshot *ret;

    VIR_DEBUG("domain=%p, xmlDesc=%s, flags=0x%x", domain, NULLSTR(xmlDesc), flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return NULL;
    conn = domain->conn;
    if (!virCheckNonNullArg(xmlDesc))
        goto error;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckRequiredFlag(flags, VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE,
                              VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT))
        goto error;
    if (!virCheckExclusiveFlags(flags, VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE,
                                VIR_DOMAIN_SNAPSHOT_CREATE_NO_METADATA))
        goto error;
    if (!virCheckExclusiveFlags(flags, VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE,
                                VIR_DOMAIN_SNAPSHOT_CREATE_HALT))
        goto error;
    if (!conn->driver->domainSnapshotCreateXML) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainSnapshotCreateXML(domain, xmlDesc, flags);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


char *
virDomainSnapshotGetXMLDesc(virDomainSnapshot *snapshot, unsigned int flags)
{
    virConnect *conn = NULL;
    char *ret;

    VIR_DEBUG("snapshot=%p, flags=0x%x", snapshot, flags);

    virResetLastError();
    if (!virCheckDomainSnapshot(snapshot))
        return NULL;
    conn = snapshot->domain->conn;
    if ((conn->flags & VIR_CONNECT_RO) && (flags & VIR_DOMAIN_SNAPSHOT_XML_SECURE)) {
        virReportError(VIR_ERR_OPERATION_DENIED, "%s",
                       _("virDomainSnapshotGetXMLDesc with secure flag"));
        goto error;
    }
    if (!conn->driver->domainSnapshotGetXMLDesc) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainSnapshotGetXMLDesc(snapshot, flags);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


int
virDomainSnapshotNum(virDomain *domain, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, flags=0x%x", domain, flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!conn->driver->domainSnapshotNum) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainSnapshotNum(domain, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainSnapshotListNames(virDomain *domain, char **names, int nameslen, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, names=%p, nameslen=%d, flags=0x%x", domain, names, nameslen, flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckNonNullArg(names))
        goto error;
    if (!virCheckNonNegativeArg(nameslen))
        goto error;
    if (!conn->driver->domainSnapshotListNames) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainSnapshotListNames(domain, names, nameslen, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainListAllSnapshots(virDomain *domain, virDomainSnapshot ***snaps, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, snaps=%p, flags=0x%x", domain, snaps, flags);

    virResetLastError();
    if (snaps)
        *snaps = NULL;
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!conn->driver->domainListAllSnapshots) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainListAllSnapshots(domain, snaps, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainSnapshotNumChildren(virDomainSnapshot *snapshot, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("snapshot=%p, flags=0x%x", snapshot, flags);

    virResetLastError();
    if (!virCheckDomainSnapshot(snapshot))
        return -1;
    conn = snapshot->domain->conn;
    if (!conn->driver->domainSnapshotNumChildren) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainSnapshotNumChildren(snapshot, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainSnapshotListChildrenNames(virDomainSnapshot *snapshot,
                                   char **names,
                                   int nameslen,
                                   unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("snapshot=%p, names=%p, nameslen=%d, flags=0x%x", snapshot, names, nameslen, flags);

    virResetLastError();
    if (!virCheckDomainSnapshot(snapshot))
        return -1;
    conn = snapshot->domain->conn;
    if (!virCheckNonNullArg(names))
        goto error;
    if (!virCheckNonNegativeArg(nameslen))
        goto error;
    if (!conn->driver->domainSnapshotListChildrenNames) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainSnapshotListChildrenNames(snapshot, names, nameslen, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainSnapshotListAllChildren(virDomainSnapshot *snapshot,
                                 virDomainSnapshot ***snaps,
                                 unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("snapshot=%p, snaps=%p, flags=0x%x", snapshot, snaps, flags);

    virResetLastError();
    if (snaps)
        *snaps = NULL;
    if (!virCheckDomainSnapshot(snapshot))
        return -1;
    conn = snapshot->domain->conn;
    if (!conn->driver->domainSnapshotListAllChildren) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainSnapshotListAllChildren(snapshot, snaps, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


virDomainSnapshot *
virDomainSnapshotLookupByName(virDomain *domain, const char *name, unsigned int flags)
{
    virConnect *conn = NULL;
    virDomainSnapshot *ret;

    VIR_DEBUG("domain=%p, name=%s, flags=0x%x", domain, NULLSTR(name), flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return NULL;
    conn = domain->conn;
    if (!virCheckNonNullArg(name))
        goto error;
    if (!conn->driver->domainSnapshotLookupByName) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainSnapshotLookupByName(domain, name, flags);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


int
virDomainHasCurrentSnapshot(virDomain *domain, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, flags=0x%x", domain, flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!conn->driver->domainHasCurrentSnapshot) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainHasCurrentSnapshot(domain, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


virDomainSnapshot *
virDomainSnapshotCurrent(virDomain *domain, unsigned int flags)
{
    virConnect *conn = NULL;
    virDomainSnapshot *ret;

    VIR_DEBUG("domain=%p, flags=0x%x", domain, flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return NULL;
    conn = domain->conn;
    if (!conn->driver->domainSnapshotCurrent) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainSnapshotCurrent(domain, flags);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


virDomainSnapshot *
virDomainSnapshotGetParent(virDomainSnapshot *snapshot, unsigned int flags)
{
    virConnect *conn = NULL;
    virDomainSnapshot *ret;

    VIR_DEBUG("snapshot=%p, flags=0x%x", snapshot, flags);

    virResetLastError();
    if (!virCheckDomainSnapshot(snapshot))
        return NULL;
    conn = snapshot->domain->conn;
    if (!conn->driver->domainSnapshotGetParent) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainSnapshotGetParent(snapshot, flags);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


int
virDomainSnapshotIsCurrent(virDomainSnapshot *snapshot, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("snapshot=%p, flags=0x%x", snapshot, flags);

    virResetLastError();
    if (!virCheckDomainSnapshot(snapshot))
        return -1;
    conn = snapshot->domain->conn;
    if (!conn->driver->domainSnapshotIsCurrent) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainSnapshotIsCurrent(snapshot, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainSnapshotHasMetadata(virDomainSnapshot *snapshot, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("snapshot=%p, flags=0x%x", snapshot, flags);

    virResetLastError();
    if (!virCheckDomainSnapshot(snapshot))
        return -1;
    conn = snapshot->domain->conn;
    if (!conn->driver->domainSnapshotHasMetadata) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainSnapshotHasMetadata(snapshot, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainRevertToSnapshot(virDomainSnapshot *snapshot, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("snapshot=%p, flags=0x%x", snapshot, flags);

    virResetLastError();
    if (!virCheckDomainSnapshot(snapshot))
        return -1;
    conn = snapshot->domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckExclusiveFlags(flags, VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING,
                                VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED))
        goto error;
    if (!conn->driver->domainRevertToSnapshot) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainRevertToSnapshot(snapshot, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainSnapshotDelete(virDomainSnapshot *snapshot, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("snapshot=%p, flags=0x%x", snapshot, flags);

    virResetLastError();
    if (!virCheckDomainSnapshot(snapshot))
        return -1;
    conn = snapshot->domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckExclusiveFlags(flags, VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN,
                                VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY))
        goto error;
    if (!conn->driver->domainSnapshotDelete) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainSnapshotDelete(snapshot, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}
