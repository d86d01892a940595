/*
 * libvirt-host.c: public entry points for connections and the node
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

VIR_LOG_INIT("lib.host");


int
virConnectRef(virConnect *conn)
{
    VIR_DEBUG("conn=%p", conn);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    virObjectRef(conn);
    return 0;
}


const char *
virConnectGetType(virConnect *conn)
{
    const char *ret;

    VIR_DEBUG("conn=%p", conn);

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    /* The driver may name itself differently per connection; else its table's name. */
    if (conn->driver->connectGetType && (ret = conn->driver->connectGetType(conn)))
        return ret;
    return conn->driver->name;
}


int
virConnectGetLibVersion(virConnect *conn, unsigned long *libVer)
{
    VIR_DEBUG("conn=%p, libVer=%p", conn, libVer);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!virCheckNonNullArg(libVer))
        goto error;
    /* A remote driver asks the daemon; in-process drivers are this library. */
    if (conn->driver->connectGetLibVersion) {
        if (conn->driver->connectGetLibVersion(conn, libVer) < 0)
            goto error;
        return 0;
    }
    *libVer = LIBVIR_VERSION_NUMBER;
    return 0;

error:
    virDispatchError(conn);
    return -1;
}


char *
virConnectGetURI(virConnect *conn)
{
    VIR_DEBUG("conn=%p", conn);

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!conn->uri) {
        /* Only a driver that accepted the NULL URI without setting one. */
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("connection has no URI"));
        virDispatchError(conn);
        return NULL;
    }
    return virURIFormat(conn->uri);
}


int
virConnectGetVersion(virConnect *conn, unsigned long *hvVer)
{
    int ret;

    VIR_DEBUG("conn=%p, hvVer=%p", conn, hvVer);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!virCheckNonNullArg(hvVer))
        goto error;
    if (!conn->driver->connectGetVersion) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->connectGetVersion(conn, hvVer);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


char *
virConnectGetHostname(virConnect *conn)
{
    char *ret;

    VIR_DEBUG("conn=%p", conn);

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!conn->driver->connectGetHostname) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->connectGetHostname(conn);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


char *
virConnectGetSysinfo(virConnect *conn, unsigned int flags)
{
    char *ret;

    VIR_DEBUG("conn=%p, flags=0x%x", conn, flags);

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!conn->driver->connectGetSysinfo) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->connectGetSysinfo(conn, flags);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


int
virConnectGetMaxVcpus(virConnect *conn, const char *type)
{
    int ret;

    VIR_DEBUG("conn=%p, type=%s", conn, NULLSTR(type));

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!conn->driver->connectGetMaxVcpus) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->connectGetMaxVcpus(conn, type);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virNodeGetInfo(virConnect *conn, virNodeInfo *info)
{
    int ret;

    VIR_DEBUG("conn=%p, info=%p", conn, info);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!virCheckNonNullArg(info))
        goto error;
    if (!conn->driver->nodeGetInfo) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->nodeGetInfo(conn, info);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


char *
virConnectGetCapabilities(virConnect *conn)
{
    char *ret;

    VIR_DEBUG("conn=%p", conn);

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!conn->driver->connectGetCapabilities) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->connectGetCapabilities(conn);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


unsigned long long
virNodeGetFreeMemory(virConnect *conn)
{
    unsigned long long ret;

    VIR_DEBUG("conn=%p", conn);

    virResetLastError();
    if (!virCheckConnect(conn))
        return 0;
    if (!conn->driver->nodeGetFreeMemory) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->nodeGetFreeMemory(conn);
    if (ret == 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return 0;
}


int
virNodeGetCellsFreeMemory(virConnect *conn,
                          unsigned long long *freeMems,
                          int startCell,
                          int maxCells)
{
    int ret;

    VIR_DEBUG("conn=%p, freeMems=%p, startCell=%d, maxCells=%d", conn, freeMems, startCell,
              maxCells);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!virCheckNonNullArg(freeMems))
        goto error;
    if (!virCheckNonNegativeArg(startCell))
        goto error;
    if (!virCheckPositiveArg(maxCells))
        goto error;
    if (!conn->driver->nodeGetCellsFreeMemory) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->nodeGetCellsFreeMemory(conn, freeMems, startCell, maxCells);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virNodeGetSecurityModel(virConnect *conn, virSecurityModel *secmodel)
{
    int ret;

    VIR_DEBUG("conn=%p, secmodel=%p", conn, secmodel);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!virCheckNonNullArg(secmodel))
        goto error;
    if (!conn->driver->nodeGetSecurityModel) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->nodeGetSecurityModel(conn, secmodel);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectIsEncrypted(virConnect *conn)
{
    int ret;

    VIR_DEBUG("conn=%p", conn);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!conn->driver->connectIsEncrypted) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->connectIsEncrypted(conn);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectIsSecure(virConnect *conn)
{
    int ret;

    VIR_DEBUG("conn=%p", conn);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!conn->driver->connectIsSecure) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->connectIsSecure(conn);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectIsAlive(virConnect *conn)
{
    int ret;

    VIR_DEBUG("conn=%p", conn);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!conn->driver->connectIsAlive) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->connectIsAlive(conn);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectSetKeepAlive(virConnect *conn, int interval, unsigned int count)
{
    int ret;

    VIR_DEBUG("conn=%p, interval=%d, count=%u", conn, interval, count);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!conn->driver->connectSetKeepAlive) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->driver->connectSetKeepAlive(conn, interval, count);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectRegisterCloseCallback(virConnect *conn,
                                virConnectCloseFunc cb,
                                void *opaque,
                                virFreeCallback freecb)
{
    VIR_DEBUG("conn=%p, cb=%p, opaque=%p, freecb=%p", conn, (void *)cb, opaque, (void *)freecb);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!virCheckNonNullArg(cb))
        goto error;
    if (conn->driver->connectRegisterCloseCallback &&
        conn->driver->connectRegisterCloseCallback(conn, cb, opaque, freecb) < 0)
        goto error;
    return 0;

error:
    virDispatchError(conn);
    return -1;
}


int
virConnectUnregisterCloseCallback(virConnect *conn, virConnectCloseFunc cb)
{
    VIR_DEBUG("conn=%p, cb=%p", conn, (void *)cb);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    if (!virCheckNonNullArg(cb))
        goto error;
    if (conn->driver->connectUnregisterCloseCallback &&
        conn->driver->connectUnregisterCloseCallback(conn, cb) < 0)
        goto error;
    return 0;

error:
    virDispatchError(conn);
    return -1;
}
