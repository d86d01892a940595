/*
 * virmacaddr.c: Ethernet MAC addresses: parsing, formatting, generating
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include <glib.h>

#include "internal.h"
#include "virmacaddr.h"

static int
virMacAddrHexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}


int
virMacAddrParse(const char *str, virMacAddr *addr)
{
    unsigned char raw[VIR_MAC_BUFLEN];
    size_t i;

    if (!str)
        return -1;

    for (i = 0; i < VIR_MAC_BUFLEN; i++) {
        int hi = virMacAddrHexDigit(*str);
        int lo;

        if (hi < 0)
            return -1;
        str++;
        lo = virMacAddrHexDigit(*str);
        if (lo >= 0) {
            raw[i] = (hi << 4) | lo;
            str++;
        } else {
            raw[i] = hi;
        }

        if (i == VIR_MAC_BUFLEN - 1)
            break;
        if (*str != ':')
            return -1;
        str++;
    }

    if (*str != '\0')
        return -1;

    memcpy(addr->addr, raw, sizeof(raw));
    return 0;
}


const char *
virMacAddrFormat(const virMacAddr *addr, char *str)
{
    g_snprintf(str, VIR_MAC_STRING_BUFLEN, "%02x:%02x:%02x:%02x:%02x:%02x", addr->addr[0],
               addr->addr[1], addr->addr[2], addr->addr[3], addr->addr[4], addr->addr[5]);
    return str;
}


void
virMacAddrGenerate(const unsigned char prefix[VIR_MAC_PREFIX_BUFLEN], virMacAddr *addr)
{
    size_t i;

    memcpy(addr->addr, prefix, VIR_MAC_PREFIX_BUFLEN);
    for (i = VIR_MAC_PREFIX_BUFLEN; i < VIR_MAC_BUFLEN; i++)
        addr->addr[i] = g_random_int_range(0, 256);
}


bool
virMacAddrIsMulticast(const virMacAddr *addr)
{
    return (addr->addr[0] & 1) != 0;
}


bool
virMacAddrIsUnicast(const virMacAddr *addr)
{
    return (addr->addr[0] & 1) == 0;
}


bool
virMacAddrIsBroadcast(const virMacAddr *addr)
{
    size_t i;

    for (i = 0; i < VIR_MAC_BUFLEN; i++) {
        if (addr->addr[i] != 0xff)
            return false;
    }
    return true;
}


int
virMacAddrCmp(const virMacAddr *a, const virMacAddr *b)
{
    return memcmp(a->addr, b->addr, VIR_MAC_BUFLEN);
}


int
virMacAddrCmpRaw(const virMacAddr *a, const unsigned char b[VIR_MAC_BUFLEN])
{
    return memcmp(a->addr, b, VIR_MAC_BUFLEN);
}


void
virMacAddrSet(virMacAddr *dst, const virMacAddr *src)
{
    memcpy(dst->addr, src->addr, VIR_MAC_BUFLEN);
}


void
virMacAddrSetRaw(virMacAddr *dst, const unsigned char raw[VIR_MAC_BUFLEN])
{
    memcpy(dst->addr, raw, VIR_MAC_BUFLEN);
}
