/*
 * libvirt-storage-vol.c: public entry points for storage volumes
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

#define VIR_FROM_THIS VIR_FROM_STORAGE

VIR_LOG_INIT("lib.storage");


virConnect *
virStorageVolGetConnect(virStorageVol *vol)
{
    VIR_DEBUG("vol=%p", vol);

    virResetLastError();
    if (!virCheckStorageVol(vol))
        return NULL;
    return vol->conn;
}


int
virStorageVolRef(virStorageVol *vol)
{
    VIR_DEBUG("vol=%p", vol);

    virResetLastError();
    if (!virCheckStorageVol(vol))
        return -1;
    virObjectRef(vol);
    return 0;
}


int
virStorageVolFree(virStorageVol *vol)
{
    VIR_DEBUG("vol=%p", vol);

    virResetLastError();
    if (!virCheckStorageVol(vol))
        return -1;
    virObjectUnref(vol);
    return 0;
}


const char *
virStorageVolGetName(virStorageVol *vol)
{
    VIR_DEBUG("vol=%p", vol);

    virResetLastError();
    if (!virCheckStorageVol(vol))
        return NULL;
    return vol->name;
}


const char *
virStorageVolGetKey(virStorageVol *vol)
{
    VIR_DEBUG("vol=%p", vol);

    virResetLastError();
    if (!virCheckStorageVol(vol))
        return NULL;
    return vol->key;
}


virStorageVol *
virStorageVolLookupByName(virStoragePool *pool, const char *name)
{
    virConnect *conn = NULL;
    virStorageVol *ret;

    VIR_DEBUG("pool=%p, name=%s", pool, NULLSTR(name));

    virResetLastError();
    if (!virCheckStoragePool(pool))
        return NULL;
    conn = pool->conn;
    if (!virCheckNonNullArg(name))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storageVolLookupByName) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storageVolLookupByName(pool, name);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


virStorageVol *
virStorageVolLookupByKey(virConnect *conn, const char *key)
{
    virStorageVol *ret;

    VIR_DEBUG("conn=%p, key=%s", conn, NULLSTR(key));

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckNonNullArg(key))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storageVolLookupByKey) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storageVolLookupByKey(conn, key);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


virStorageVol *
virStorageVolLookupByPath(virConnect *conn, const char *path)
{
    virStorageVol *ret;

    VIR_DEBUG("conn=%p, path=%s", conn, NULLSTR(path));

    virResetLastError();
    if (!virCheckConnect(conn))
        return NULL;
    if (!virCheckNonNullArg(path))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storageVolLookupByPath) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storageVolLookupByPath(conn, path);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


virStorageVol *
virStorageVolCreateXML(virStoragePool *pool, const char *xmlDesc, unsigned int flags)
{
    virConnect *conn = NULL;
    virStorageVol *ret;

    VIR_DEBUG("pool=%p, xmlDesc=%s, flags=0x%x", pool, NULLSTR(xmlDesc), flags);

    virResetLastError();
    if (!virCheckStoragePool(pool))
        return NULL;
    conn = pool->conn;
    if (!virCheckNonNullArg(xmlDesc))
        goto error;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storageVolCreateXML) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storageVolCreateXML(pool, xmlDesc, flags);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


virStorageVol *
virStorageVolCreateXMLFrom(virStoragePool *pool,
                           const char *xmlDesc,
                           virStorageVol *clonevol,
                           unsigned int flags)
{
    virConnect *conn = NULL;
    virStorageVol *ret;

    VIR_DEBUG("pool=%p, xmlDesc=%s, clonevol=%p, flags=0x%x", pool, NULLSTR(xmlDesc), clonevol,
              flags);

    virResetLastError();
    if (!virCheckStoragePool(pool))
        return NULL;
    conn = pool->conn;
    if (!virCheckNonNullArg(xmlDesc))
        goto error;
    if (!virCheckStorageVolArg(clonevol))
        goto error;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storageVolCreateXMLFrom) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storageVolCreateXMLFrom(pool, xmlDesc, clonevol, flags);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


int
virStorageVolDownload(virStorageVol *vol,
                      virStream *stream,
                      unsigned long long offset,
                      unsigned long long length,
                      unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("vol=%p, stream=%p, offset=%llu, length=%llu, flags=0x%x", vol, stream, offset,
              length, flags);

    virResetLastError();
    if (!virCheckStorageVol(vol))
        return -1;
    conn = vol->conn;
    if (!virCheckStreamArg(stream))
        goto error;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storageVolDownload) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storageVolDownload(vol, stream, offset, length, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virStorageVolUpload(virStorageVol *vol,
                    virStream *stream,
                    unsigned long long offset,
                    unsigned long long length,
                    unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("vol=%p, stream=%p, offset=%llu, length=%llu, flags=0x%x", vol, stream, offset,
              length, flags);

    virResetLastError();
    if (!virCheckStorageVol(vol))
        return -1;
    conn = vol->conn;
    if (!virCheckStreamArg(stream))
        goto error;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storageVolUpload) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storageVolUpload(vol, stream, offset, length, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virStorageVolDelete(virStorageVol *vol, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("vol=%p, flags=0x%x", vol, flags);

    virResetLastError();
    if (!virCheckStorageVol(vol))
        return -1;
    conn = vol->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storageVolDelete) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storageVolDelete(vol, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virStorageVolWipe(virStorageVol *vol, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("vol=%p, flags=0x%x", vol, flags);

    virResetLastError();
    if (!virCheckStorageVol(vol))
        return -1;
    conn = vol->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storageVolWipe) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storageVolWipe(vol, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virStorageVolWipePattern(virStorageVol *vol, unsigned int algorithm, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("vol=%p, algorithm=%u, flags=0x%x", vol, algorithm, flags);

    virResetLastError();
    if (!virCheckStorageVol(vol))
        return -1;
    conn = vol->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storageVolWipePattern) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storageVolWipePattern(vol, algorithm, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virStorageVolGetInfo(virStorageVol *vol, virStorageVolInfo *info)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("vol=%p, info=%p", vol, info);

    virResetLastError();
    if (!virCheckStorageVol(vol))
        return -1;
    conn = vol->conn;
    if (!virCheckNonNullArg(info))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storageVolGetInfo) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storageVolGetInfo(vol, info);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


int
virStorageVolGetInfoFlags(virStorageVol *vol, virStorageVolInfo *info, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("vol=%p, info=%p, flags=0x%x", vol, info, flags);

    virResetLastError();
    if (!virCheckStorageVol(vol))
        return -1;
    conn = vol->conn;
    if (!virCheckNonNullArg(info))
        goto error;
    if (!conn->storageDriver || !conn->storageDriver->storageVolGetInfoFlags) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storageVolGetInfoFlags(vol, info, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}


char *
virStorageVolGetXMLDesc(virStorageVol *vol, unsigned int flags)
{
    virConnect *conn = NULL;
    char *ret;

    VIR_DEBUG("vol=%p, flags=0x%x", vol, flags);

    virResetLastError();
    if (!virCheckStorageVol(vol))
        return NULL;
    conn = vol->conn;
    if (!conn->storageDriver || !conn->storageDriver->storageVolGetXMLDesc) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storageVolGetXMLDesc(vol, flags);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


char *
virStorageVolGetPath(virStorageVol *vol)
{
    virConnect *conn = NULL;
    char *ret;

    VIR_DEBUG("vol=%p", vol);

    virResetLastError();
    if (!virCheckStorageVol(vol))
        return NULL;
    conn = vol->conn;
    if (!conn->storageDriver || !conn->storageDriver->storageVolGetPath) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storageVolGetPath(vol);
    if (!ret)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return NULL;
}


int
virStorageVolResize(virStorageVol *vol, unsigned long long capacity, unsigned int flags)
{
    virConnect *conn = NULL;
    int ret;

    VIR_DEBUG("vol=%p, capacity=%llu, flags=0x%x", vol, capacity, flags);

    virResetLastError();
    if (!virCheckStorageVol(vol))
        return -1;
    conn = vol->conn;
    if (!virCheckReadOnly(conn))
        goto error;
    if (capacity == 0 &&
        !(flags & (VIR_STORAGE_VOL_RESIZE_DELTA | VIR_STORAGE_VOL_RESIZE_SHRINK))) {
        virReportInvalidArg(
            capacity, _("capacity in %1$s cannot be zero without 'delta' or 'shrink' flags set"),
            __func__);
        goto error;
    }
    if (!conn->storageDriver || !conn->storageDriver->storageVolResize) {
        virReportUnsupportedError();
        goto error;
    }
    ret = conn->storageDriver->storageVolResize(vol, capacity, flags);
    if (ret < 0)
        goto error;
    return ret;

error:
    virDispatchError(conn);
    return -1;
}
