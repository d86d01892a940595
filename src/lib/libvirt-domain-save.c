/*
 * libvirt-domain-save.c: public entry points for domain save, restore and dumps
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

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_LOG_INIT("lib.domain");


int
virDomainSave(virDomain *domain, const char *to)
{
    virConnect *conn = NULL;
    int ret;
    g_autofree char *absolute = NULL;

    VIR_DEBUG("domain=%p, to=%s", domain, NULLSTR(to));

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckNonNullArg(to))
        goto error;
    if (!conn->driver->domainSave) {
        virReportUnsupportedError();
        goto error;
    }
    absolute = virLibAbsolutePath(to);
    ret = conn->driver->domainSave(domain, absolute);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainSaveFlags(virDomain *domain, const char *to, const char *dxml, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;
    g_autofree char *absolute = NULL;

    VIR_DEBUG("domain=%p, to=%s, dxml=%s, flags=0x%x", domain, NULLSTR(to), NULLSTR(dxml), flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckNonNullArg(to))
        goto error;
    if (!virCheckExclusiveFlags(flags, VIR_DOMAIN_SAVE_RUNNING, VIR_DOMAIN_SAVE_PAUSED))
        goto error;
    if (!conn->driver->domainSaveFlags) {
        virReportUnsupportedError();
        goto error;
    }
    absolute = virLibAbsolutePath(to);
    ret = conn->driver->domainSaveFlags(domain, absolute, dxml, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainSaveParams(virDomain *domain, virTypedParameter *params, int nparams, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, params=%p, nparams=%d, flags=0x%x", domain, params, nparams, flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckExclusiveFlags(flags, VIR_DOMAIN_SAVE_RUNNING, VIR_DOMAIN_SAVE_PAUSED))
        goto error;
    if (!conn->driver->domainSaveParams) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainSaveParams(domain, params, nparams, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainRestore(virConnect *conn, const char *from)
{
    int ret;
    g_autofree char *absolute = NULL;

    VIR_DEBUG("conn=%p, from=%s", conn, NULLSTR(from));

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckNonNullArg(from))
        goto error;
    if (!conn->driver->domainRestore) {
        virReportUnsupportedError();
        goto error;
    }
    absolute = virLibAbsolutePath(from);
    ret = conn->driver->domainRestore(conn, absolute);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainRestoreFlags(virConnect *conn, const char *from, const char *dxml, unsigned int flags)
{
    int ret;
    g_autofree char *absolute = NULL;

    VIR_DEBUG("conn=%p, from=%s, dxml=%s, flags=0x%x", conn, NULLSTR(from), NULLSTR(dxml), flags);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckNonNullArg(from))
        goto error;
    if (!virCheckExclusiveFlags(flags, VIR_DOMAIN_SAVE_RUNNING, VIR_DOMAIN_SAVE_PAUSED))
        goto error;
    if (!conn->driver->domainRestoreFlags) {
        virReportUnsupportedError();
        goto error;
    }
    absolute = virLibAbsolutePath(from);
    ret = conn->driver->domainRestoreFlags(conn, absolute, dxml, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainRestoreParams(virConnect *conn, virTypedParameter *params, int nparams, unsigned int flags)
{
    int ret;

    VIR_DEBUG("conn=%p, params=%p, nparams=%d, flags=0x%x", conn, params, nparams, flags);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckExclusiveFlags(flags, VIR_DOMAIN_SAVE_RUNNING, VIR_DOMAIN_SAVE_PAUSED))
        goto error;
    if (!conn->driver->domainRestoreParams) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainRestoreParams(conn, params, nparams, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


char *
virDomainSaveImageGetXMLDesc(virConnect *conn, const char *file, unsigned int flags)
{
    char *ret;
    g_autofree char *absolute = NULL;

    VIR_DEBUG("conn=%p, file=%s, flags=0x%x", conn, NULLSTR(file), flags);

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckNonNullArg(file))
        goto error;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->driver->domainSaveImageGetXMLDesc) {
        virReportUnsupportedError();
        goto error;
    }
    absolute = virLibAbsolutePath(file);
    ret = conn->driver->domainSaveImageGetXMLDesc(conn, absolute, flags);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


int
virDomainSaveImageDefineXML(virConnect *conn,
                            const char *file,
                            const char *dxml,
                            unsigned int flags)
{
    int ret;
    g_autofree char *absolute = NULL;

    VIR_DEBUG("conn=%p, file=%s, dxml=%s, flags=0x%x", conn, NULLSTR(file), NULLSTR(dxml), flags);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckNonNullArg(file))
        goto error;
    if (!virCheckNonNullArg(dxml))
        goto error;
    if (!virCheckExclusiveFlags(flags, VIR_DOMAIN_SAVE_RUNNING, VIR_DOMAIN_SAVE_PAUSED))
        goto error;
    if (!conn->driver->domainSaveImageDefineXML) {
        virReportUnsupportedError();
        goto error;
    }
    absolute = virLibAbsolutePath(file);
    ret = conn->driver->domainSaveImageDefineXML(conn, absolute, dxml, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainManagedSave(virDomain *dom, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("dom=%p, flags=0x%x", dom, flags);

    virResetLastError();
    if (!virCheckDomain(dom))
        return -1;
    conn = dom->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckExclusiveFlags(flags, VIR_DOMAIN_SAVE_RUNNING, VIR_DOMAIN_SAVE_PAUSED))
        goto error;
    if (!conn->driver->domainManagedSave) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainManagedSave(dom, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainHasManagedSaveImage(virDomain *dom, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("dom=%p, flags=0x%x", dom, flags);

    virResetLastError();
    if (!virCheckDomain(dom))
        return -1;
    conn = dom->conn;
    if (!conn->driver->domainHasManagedSaveImage) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainHasManagedSaveImage(dom, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainManagedSaveRemove(virDomain *dom, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("dom=%p, flags=0x%x", dom, flags);

    virResetLastError();
    if (!virCheckDomain(dom))
        return -1;
    conn = dom->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->driver->domainManagedSaveRemove) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainManagedSaveRemove(dom, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


char *
virDomainManagedSaveGetXMLDesc(virDomain *domain, unsigned int flags)
{
    virConnect *conn = NULL;
    char *ret;

    VIR_DEBUG("domain=%p, flags=0x%x", domain, flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return NULL;
    conn = domain->conn;
    if ((conn->flags & VIR_CONNECT_RO) && (flags & VIR_DOMAIN_SAVE_IMAGE_XML_SECURE)) {
        virReportError(VIR_ERR_OPERATION_DENIED, "%s",
                       _("virDomainManagedSaveGetXMLDesc with secure flag"));
        goto error;
    }
    if (!conn->driver->domainManagedSaveGetXMLDesc) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainManagedSaveGetXMLDesc(domain, flags);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


int
virDomainManagedSaveDefineXML(virDomain *domain, const char *dxml, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("domain=%p, dxml=%s, flags=0x%x", domain, NULLSTR(dxml), flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckExclusiveFlags(flags, VIR_DOMAIN_SAVE_RUNNING, VIR_DOMAIN_SAVE_PAUSED))
        goto error;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->driver->domainManagedSaveDefineXML) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->domainManagedSaveDefineXML(domain, dxml, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainCoreDump(virDomain *domain, const char *to, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;
    g_autofree char *absolute = NULL;

    VIR_DEBUG("domain=%p, to=%s, flags=0x%x", domain, NULLSTR(to), flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckNonNullArg(to))
        goto error;
    if (!virCheckExclusiveFlags(flags, VIR_DUMP_CRASH, VIR_DUMP_LIVE))
        goto error;
    if (!virCheckExclusiveFlags(flags, VIR_DUMP_CRASH, VIR_DUMP_RESET))
        goto error;
    if (!virCheckExclusiveFlags(flags, VIR_DUMP_LIVE, VIR_DUMP_RESET))
        goto error;
    if (!conn->driver->domainCoreDump) {
        virReportUnsupportedError();
        goto error;
    }
    absolute = virLibAbsolutePath(to);
    ret = conn->driver->domainCoreDump(domain, absolute, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virDomainCoreDumpWithFormat(virDomain *domain,
                            const char *to,
                            unsigned int dumpformat,
                            unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;
    g_autofree char *absolute = NULL;

    VIR_DEBUG("domain=%p, to=%s, dumpformat=%u, flags=0x%x", domain, NULLSTR(to), dumpformat,
              flags);

    virResetLastError();
    if (!virCheckDomain(domain))
        return -1;
    conn = domain->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!virCheckNonNullArg(to))
        goto error;
    if (dumpformat >= VIR_DOMAIN_CORE_DUMP_FORMAT_LAST) {
        virReportInvalidArg(flags, _("dumpformat '%1$d' is not supported"), (int)dumpformat);
        goto error;
    }
    if (!virCheckExclusiveFlags(flags, VIR_DUMP_CRASH, VIR_DUMP_LIVE))
        goto error;
    if (!virCheckExclusiveFlags(flags, VIR_DUMP_CRASH, VIR_DUMP_RESET))
        goto error;
    if (!virCheckExclusiveFlags(flags, VIR_DUMP_LIVE, VIR_DUMP_RESET))
        goto error;
    if (!conn->driver->domainCoreDumpWithFormat) {
        virReportUnsupportedError();
        goto error;
    }
    absolute = virLibAbsolutePath(to);
    ret = conn->driver->domainCoreDumpWithFormat(domain, absolute, dumpformat, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}
