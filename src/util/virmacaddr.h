/*
 * virmacaddr.h: Ethernet MAC addresses: parsing, formatting, generating
 *
 * A MAC address is kept raw as VIR_MAC_BUFLEN bytes and shown as six
 * colon-separated groups of two lower-case hexadecimal digits,
 * "52:54:00:1c:da:2f".
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>

#define VIR_MAC_BUFLEN 6
#define VIR_MAC_STRING_BUFLEN (VIR_MAC_BUFLEN * 3)
#define VIR_MAC_PREFIX_BUFLEN 3

typedef struct _virMacAddr virMacAddr;
struct _virMacAddr {
    unsigned char addr[VIR_MAC_BUFLEN]; /* raw bytes, first byte first */
};

/*
 * virMacAddrParse:
 * @str: the text form
 * @addr: written only on success
 *
 * Parses six groups of one or two hexadecimal digits (either case)
 * separated by ':' ("0:6:3E:5d:c7:9" is accepted, as libvirt does).
 * Nothing else may precede, follow or sit between the groups.
 *
 * Returns 0, or -1 WITHOUT reporting an error: callers report one that
 * says what they were parsing.
 */
int virMacAddrParse(const char *str, virMacAddr *addr);

/*
 * virMacAddrFormat:
 * @addr: the address
 * @str: VIR_MAC_STRING_BUFLEN bytes to write the text form into
 *
 * Returns @str, holding the lower-case form "xx:xx:xx:xx:xx:xx".
 */
const char *virMacAddrFormat(const virMacAddr *addr, char *str);

/*
 * virMacAddrGenerate:
 * @prefix: the VIR_MAC_PREFIX_BUFLEN first bytes (e.g. 52:54:00)
 * @addr: filled with @prefix followed by three random bytes
 */
void virMacAddrGenerate(const unsigned char prefix[VIR_MAC_PREFIX_BUFLEN], virMacAddr *addr);

/* Returns true if the group bit (lowest bit of the first byte) is set. */
bool virMacAddrIsMulticast(const virMacAddr *addr);

/* Returns true if the group bit is clear. */
bool virMacAddrIsUnicast(const virMacAddr *addr);

/* Returns true for ff:ff:ff:ff:ff:ff. */
bool virMacAddrIsBroadcast(const virMacAddr *addr);

/*
 * virMacAddrCmp:
 *
 * Returns <0, 0 or >0 as memcmp() of the raw bytes of @a and @b.
 */
int virMacAddrCmp(const virMacAddr *a, const virMacAddr *b);

/* Same as virMacAddrCmp() with raw bytes for @b. */
int virMacAddrCmpRaw(const virMacAddr *a, const unsigned char b[VIR_MAC_BUFLEN]);

/* Copies @src into @dst. */
void virMacAddrSet(virMacAddr *dst, const virMacAddr *src);

/* Copies VIR_MAC_BUFLEN raw bytes into @dst. */
void virMacAddrSetRaw(virMacAddr *dst, const unsigned char raw[VIR_MAC_BUFLEN]);
