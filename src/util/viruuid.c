/*
 * viruuid.c: generating, parsing and formatting UUIDs; the host UUID
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virlog.h"

#define VIR_UUIDPRIV_H_ALLOW
#include "viruuidpriv.h"

#define VIR_FROM_THIS VIR_FROM_NONE

VIR_LOG_INIT("util.uuid");

/* The host UUID, set once; hostUUIDSet tells whether it is. */
static GMutex hostUUIDLock;
static unsigned char hostUUID[VIR_UUID_BUFLEN];
static bool hostUUIDSet;

/* Where the kernel shows the firmware's system UUID, in order of preference. */
static const char *const dmiUUIDPaths[] = {
    "/sys/devices/virtual/dmi/id/product_uuid",
    "/sys/class/dmi/id/product_uuid",
};


int
virUUIDGenerate(unsigned char *uuid)
{
    size_t got = 0;
    ssize_t n;

    while (got < VIR_UUID_BUFLEN) {
        n = getrandom(uuid + got, VIR_UUID_BUFLEN - got, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            virReportSystemError(errno, "%s", _("cannot read random bytes for a UUID"));
            return -1;
        }
        got += n;
    }

    /* RFC 4122 section 4.4: version 4 in the top nibble of byte 6, and
     * the variant bits 10 at the top of byte 8. */
    uuid[6] = (uuid[6] & 0x0F) | 0x40;
    uuid[8] = (uuid[8] & 0x3F) | 0x80;
    return 0;
}


int
virUUIDParse(const char *uuidstr, unsigned char *uuid)
{
    unsigned char raw[VIR_UUID_BUFLEN];
    const char *p = uuidstr;
    size_t i = 0;
    int hi;
    int lo;

    if (!uuidstr)
        return -1;

    while (g_ascii_isspace(*p))
        p++;

    while (i < VIR_UUID_BUFLEN) {
        if (*p == '-' || *p == ' ') {
            p++;
            continue;
        }
        /* a NUL gives -1 here, so neither read runs past the end */
        if ((hi = g_ascii_xdigit_value(p[0])) < 0 || (lo = g_ascii_xdigit_value(p[1])) < 0) {
            return -1;
        }
        raw[i++] = hi * 16 + lo;
        p += 2;
    }

    while (g_ascii_isspace(*p))
        p++;
    if (*p)
        return -1;

    memcpy(uuid, raw, sizeof(raw));
    return 0;
}


const char *
virUUIDFormat(const unsigned char *uuid, char *uuidstr)
{
    g_snprintf(uuidstr, VIR_UUID_STRING_BUFLEN,
               "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", uuid[0],
               uuid[1], uuid[2], uuid[3], uuid[4], uuid[5], uuid[6], uuid[7], uuid[8], uuid[9],
               uuid[10], uuid[11], uuid[12], uuid[13], uuid[14], uuid[15]);
    return uuidstr;
}


bool
virUUIDIsValid(const unsigned char *uuid)
{
    size_t i;

    if (!uuid)
        return false;

    for (i = 1; i < VIR_UUID_BUFLEN; i++) {
        if (uuid[i] != uuid[0])
            return true;
    }
    return false;
}


int
virUUIDReadFile(const char *path, unsigned char *uuid)
{
    char text[128];
    unsigned char raw[VIR_UUID_BUFLEN];
    ssize_t n;
    int fd;

    if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
        VIR_DEBUG("cannot open '%s': %s", path, g_strerror(errno));
        return -1;
    }
    n = read(fd, text, sizeof(text) - 1);
    (void)close(fd);
    if (n < 0) {
        VIR_DEBUG("cannot read '%s'", path);
        return -1;
    }
    text[n] = '\0';

    if (virUUIDParse(text, raw) < 0 || !virUUIDIsValid(raw)) {
        VIR_DEBUG("no valid UUID in '%s', ignoring", path);
        return -1;
    }
    memcpy(uuid, raw, sizeof(raw));
    return 0;
}


/* Fills @uuid from DMI or at random. Called with hostUUIDLock held. */
static int
virUUIDDefaultHostUUID(unsigned char *uuid)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(dmiUUIDPaths); i++) {
        if (virUUIDReadFile(dmiUUIDPaths[i], uuid) == 0)
            return 0;
    }

    VIR_DEBUG("no usable DMI system UUID, generating a random host UUID");
    return virUUIDGenerate(uuid);
}


int
virSetHostUUIDStr(const char *uuidstr)
{
    G_GNUC_UNUSED g_autoptr(GMutexLocker) locker = g_mutex_locker_new(&hostUUIDLock);
    unsigned char uuid[VIR_UUID_BUFLEN];

    if (hostUUIDSet) {
        virReportError(VIR_ERR_OPERATION_INVALID, "%s", _("host UUID is already set"));
        return -1;
    }

    if (!uuidstr) {
        if (virUUIDDefaultHostUUID(uuid) < 0)
            return -1;
    } else if (virUUIDParse(uuidstr, uuid) < 0 || !virUUIDIsValid(uuid)) {
        virReportError(VIR_ERR_INVALID_ARG, _("invalid host UUID '%1$s'"), uuidstr);
        return -1;
    }

    memcpy(hostUUID, uuid, sizeof(uuid));
    hostUUIDSet = true;
    return 0;
}


int
virGetHostUUID(unsigned char *uuid)
{
    G_GNUC_UNUSED g_autoptr(GMutexLocker) locker = g_mutex_locker_new(&hostUUIDLock);

    if (!hostUUIDSet) {
        if (virUUIDDefaultHostUUID(hostUUID) < 0)
            return -1;
        hostUUIDSet = true;
    }

    memcpy(uuid, hostUUID, sizeof(hostUUID));
    return 0;
}


void
virUUIDResetHostUUID(void)
{
    G_GNUC_UNUSED g_autoptr(GMutexLocker) locker = g_mutex_locker_new(&hostUUIDLock);

    memset(hostUUID, 0, sizeof(hostUUID));
    hostUUIDSet = false;
}
