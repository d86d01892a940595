/*
 * virsocketaddr.c: IPv4/IPv6 addresses: parsing, formatting, netmasks,
 * prefixes and address ranges
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <netdb.h>
#include <string.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virsocketaddr.h"

#define VIR_FROM_THIS VIR_FROM_NONE


/*
 * Returns a pointer to the raw address bytes of @addr (network order) and
 * sets *@nbytes, or NULL for an address that is neither IPv4 nor IPv6.
 */
static const unsigned char *
virSocketAddrBytes(const virSocketAddr *addr, size_t *nbytes)
{
    if (VIR_SOCKET_ADDR_IS_FAMILY(addr, AF_INET)) {
        *nbytes = 4;
        return (const unsigned char *)&addr->data.inet4.sin_addr.s_addr;
    }
    if (VIR_SOCKET_ADDR_IS_FAMILY(addr, AF_INET6)) {
        *nbytes = 16;
        return addr->data.inet6.sin6_addr.s6_addr;
    }
    *nbytes = 0;
    return NULL;
}


static unsigned char *
virSocketAddrBytesMutable(virSocketAddr *addr, size_t *nbytes)
{
    return (unsigned char *)virSocketAddrBytes(addr, nbytes);
}


static int
virSocketAddrParseInternal(virSocketAddr *addr, const char *val, int family, bool report)
{
    struct addrinfo hints = { 0 };
    struct addrinfo *res = NULL;
    int err;
    int len;

    if (!val) {
        if (report)
            virReportError(VIR_ERR_INVALID_ARG, "%s", _("Missing address"));
        return -1;
    }

    hints.ai_family = family;
    hints.ai_flags = AI_NUMERICHOST;
    if ((err = getaddrinfo(val, NULL, &hints, &res)) != 0) {
        if (report)
            virReportError(VIR_ERR_SYSTEM_ERROR, _("Cannot parse socket address '%1$s': %2$s"), val,
                           gai_strerror(err));
        return -1;
    }

    if (!res || res->ai_addrlen > sizeof(addr->data)) {
        if (report)
            virReportError(VIR_ERR_SYSTEM_ERROR, _("No socket addresses found for '%1$s'"), val);
        if (res)
            freeaddrinfo(res);
        return -1;
    }

    len = res->ai_addrlen;
    if (addr) {
        memset(addr, 0, sizeof(*addr));
        memcpy(&addr->data.stor, res->ai_addr, len);
        addr->len = len;
    }
    freeaddrinfo(res);
    return len;
}


int
virSocketAddrParse(virSocketAddr *addr, const char *val, int family)
{
    return virSocketAddrParseInternal(addr, val, family, true);
}


int
virSocketAddrParseQuiet(virSocketAddr *addr, const char *val, int family)
{
    return virSocketAddrParseInternal(addr, val, family, false);
}


char *
virSocketAddrFormat(const virSocketAddr *addr)
{
    char host[NI_MAXHOST];
    int err;

    if (!addr || !VIR_SOCKET_ADDR_VALID(addr) || addr->len == 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("cannot format an unset address"));
        return NULL;
    }

    err = getnameinfo(&addr->data.sa, addr->len, host, sizeof(host), NULL, 0, NI_NUMERICHOST);
    if (err != 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("Cannot convert socket address to string: %1$s"),
                       gai_strerror(err));
        return NULL;
    }
    return g_strdup(host);
}


bool
virSocketAddrEqual(const virSocketAddr *a, const virSocketAddr *b)
{
    if (VIR_SOCKET_ADDR_FAMILY(a) != VIR_SOCKET_ADDR_FAMILY(b))
        return false;

    if (VIR_SOCKET_ADDR_IS_FAMILY(a, AF_INET)) {
        return a->data.inet4.sin_addr.s_addr == b->data.inet4.sin_addr.s_addr &&
               a->data.inet4.sin_port == b->data.inet4.sin_port;
    }
    if (VIR_SOCKET_ADDR_IS_FAMILY(a, AF_INET6)) {
        return memcmp(&a->data.inet6.sin6_addr, &b->data.inet6.sin6_addr,
                      sizeof(a->data.inet6.sin6_addr)) == 0 &&
               a->data.inet6.sin6_port == b->data.inet6.sin6_port &&
               a->data.inet6.sin6_scope_id == b->data.inet6.sin6_scope_id;
    }
    return false;
}


bool
virSocketAddrIsWildcard(const virSocketAddr *addr)
{
    const unsigned char *bytes;
    size_t n;
    size_t i;

    if (!(bytes = virSocketAddrBytes(addr, &n)))
        return false;
    for (i = 0; i < n; i++) {
        if (bytes[i] != 0)
            return false;
    }
    return true;
}


void
virSocketAddrSetIPv4Addr(virSocketAddr *addr, unsigned int val)
{
    memset(addr, 0, sizeof(*addr));
    addr->data.inet4.sin_family = AF_INET;
    addr->data.inet4.sin_addr.s_addr = htonl(val);
    addr->len = sizeof(struct sockaddr_in);
}


int
virSocketAddrGetNumNetmaskBits(const virSocketAddr *netmask)
{
    const unsigned char *bytes;
    size_t n;
    size_t i;
    int bits = 0;
    bool seenZero = false;

    if (!(bytes = virSocketAddrBytes(netmask, &n)))
        return -1;

    for (i = 0; i < n; i++) {
        int bit;

        for (bit = 7; bit >= 0; bit--) {
            if (bytes[i] & (1 << bit)) {
                if (seenZero)
                    return -1;
                bits++;
            } else {
                seenZero = true;
            }
        }
    }
    return bits;
}


bool
virSocketAddrIsNetmask(const virSocketAddr *netmask)
{
    return virSocketAddrGetNumNetmaskBits(netmask) >= 0;
}


int
virSocketAddrPrefixToNetmask(unsigned int prefix, virSocketAddr *netmask, int family)
{
    virSocketAddr result = { 0 };
    unsigned char *bytes;
    size_t n;
    size_t i;

    if (family == AF_INET) {
        result.data.inet4.sin_family = AF_INET;
        result.len = sizeof(struct sockaddr_in);
    } else if (family == AF_INET6) {
        result.data.inet6.sin6_family = AF_INET6;
        result.len = sizeof(struct sockaddr_in6);
    } else {
        return -1;
    }

    bytes = virSocketAddrBytesMutable(&result, &n);
    if (prefix > n * 8)
        return -1;

    for (i = 0; i < n; i++) {
        if (prefix >= 8) {
            bytes[i] = 0xff;
            prefix -= 8;
        } else {
            bytes[i] = (unsigned char)(0xff << (8 - prefix));
            prefix = 0;
        }
    }

    *netmask = result;
    return 0;
}


int
virSocketAddrMask(const virSocketAddr *addr, const virSocketAddr *netmask, virSocketAddr *network)
{
    virSocketAddr result;
    const unsigned char *mask;
    unsigned char *bytes;
    size_t n;
    size_t nmask;
    size_t i;

    if (VIR_SOCKET_ADDR_FAMILY(addr) != VIR_SOCKET_ADDR_FAMILY(netmask))
        return -1;

    result = *addr;
    if (!(bytes = virSocketAddrBytesMutable(&result, &n)))
        return -1;
    mask = virSocketAddrBytes(netmask, &nmask);

    for (i = 0; i < n; i++)
        bytes[i] &= mask[i];

    if (VIR_SOCKET_ADDR_IS_FAMILY(&result, AF_INET))
        result.data.inet4.sin_port = 0;
    else
        result.data.inet6.sin6_port = 0;

    *network = result;
    return 0;
}


int
virSocketAddrMaskByPrefix(const virSocketAddr *addr, unsigned int prefix, virSocketAddr *network)
{
    virSocketAddr netmask;

    if (virSocketAddrPrefixToNetmask(prefix, &netmask, VIR_SOCKET_ADDR_FAMILY(addr)) < 0)
        return -1;
    return virSocketAddrMask(addr, &netmask, network);
}


int
virSocketAddrBroadcastByPrefix(const virSocketAddr *addr,
                               unsigned int prefix,
                               virSocketAddr *broadcast)
{
    virSocketAddr netmask;
    virSocketAddr result;
    const unsigned char *mask;
    unsigned char *bytes;
    size_t n;
    size_t i;

    if (virSocketAddrPrefixToNetmask(prefix, &netmask, VIR_SOCKET_ADDR_FAMILY(addr)) < 0)
        return -1;

    result = *addr;
    bytes = virSocketAddrBytesMutable(&result, &n);
    mask = virSocketAddrBytes(&netmask, &n);
    for (i = 0; i < n; i++)
        bytes[i] |= (unsigned char)~mask[i];

    *broadcast = result;
    return 0;
}


int
virSocketAddrCheckNetmask(const virSocketAddr *addr1,
                          const virSocketAddr *addr2,
                          const virSocketAddr *netmask)
{
    virSocketAddr net1;
    virSocketAddr net2;
    const unsigned char *b1;
    const unsigned char *b2;
    size_t n;

    if (VIR_SOCKET_ADDR_FAMILY(addr1) != VIR_SOCKET_ADDR_FAMILY(addr2) ||
        VIR_SOCKET_ADDR_FAMILY(addr1) != VIR_SOCKET_ADDR_FAMILY(netmask))
        return -1;

    if (virSocketAddrMask(addr1, netmask, &net1) < 0 ||
        virSocketAddrMask(addr2, netmask, &net2) < 0)
        return -1;

    b1 = virSocketAddrBytes(&net1, &n);
    b2 = virSocketAddrBytes(&net2, &n);
    return memcmp(b1, b2, n) == 0 ? 1 : 0;
}


int
virSocketAddrGetIPPrefix(const virSocketAddr *address, const virSocketAddr *netmask, int prefix)
{
    if (prefix > 0)
        return prefix;

    if (netmask && VIR_SOCKET_ADDR_VALID(netmask))
        return virSocketAddrGetNumNetmaskBits(netmask);

    if (!address)
        return -1;

    if (VIR_SOCKET_ADDR_IS_FAMILY(address, AF_INET)) {
        unsigned char first = ((const unsigned char *)&address->data.inet4.sin_addr.s_addr)[0];

        /* 0.0.0.0 stands for a default route, not a network */
        if (virSocketAddrIsWildcard(address))
            return 0;
        /* the classful prefix: A 0xxxxxxx, B 10xxxxxx, C 110xxxxx */
        if ((first & 0x80) == 0)
            return 8;
        if ((first & 0xC0) == 0x80)
            return 16;
        if ((first & 0xE0) == 0xC0)
            return 24;
        return -1;
    }

    if (VIR_SOCKET_ADDR_IS_FAMILY(address, AF_INET6))
        return virSocketAddrIsWildcard(address) ? 0 : 64;

    return -1;
}


/*
 * Checks that @start .. @end lies in @network/@prefix and, for IPv4, does
 * not start at the network address nor end at the broadcast address.
 */
static int
virSocketAddrCheckRangeInNetwork(const virSocketAddr *start,
                                 const virSocketAddr *end,
                                 const virSocketAddr *network,
                                 int prefix,
                                 const char *startStr,
                                 const char *endStr)
{
    g_autofree char *netStr = NULL;
    virSocketAddr netmask;
    virSocketAddr addr;

    if (!(netStr = virSocketAddrFormat(network)))
        return -1;

    if (prefix < 0 ||
        virSocketAddrPrefixToNetmask(prefix, &netmask, VIR_SOCKET_ADDR_FAMILY(network)) < 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("bad prefix %1$d for network %2$s when  checking range %3$s - %4$s"),
                       prefix, netStr, startStr, endStr);
        return -1;
    }

    if (virSocketAddrCheckNetmask(start, network, &netmask) <= 0 ||
        virSocketAddrCheckNetmask(end, network, &netmask) <= 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("range %1$s - %2$s is not entirely within network %3$s/%4$d"), startStr,
                       endStr, netStr, prefix);
        return -1;
    }

    if (!VIR_SOCKET_ADDR_IS_FAMILY(start, AF_INET))
        return 0;

    if (virSocketAddrMaskByPrefix(network, prefix, &addr) < 0 || virSocketAddrEqual(&addr, start)) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("start of range %1$s - %2$s in network %3$s/%4$d is the network address"),
                       startStr, endStr, netStr, prefix);
        return -1;
    }

    if (virSocketAddrBroadcastByPrefix(network, prefix, &addr) < 0 ||
        virSocketAddrEqual(&addr, end)) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("end of range %1$s - %2$s in network %3$s/%4$d is the broadcast address"),
                       startStr, endStr, netStr, prefix);
        return -1;
    }
    return 0;
}


/* Computes the size of the range once its ends are known to be sane. */
static int
virSocketAddrRangeSize(const virSocketAddr *start,
                       const virSocketAddr *end,
                       const char *startStr,
                       const char *endStr)
{
    const unsigned char *s;
    const unsigned char *e;
    size_t n;
    size_t fixed;
    int diff;

    s = virSocketAddrBytes(start, &n);
    e = virSocketAddrBytes(end, &n);

    /* only the last 16 bits may differ, so that the size fits 65536 */
    fixed = n - 2;
    if (memcmp(s, e, fixed) != 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("range %1$s - %2$s is too large (> 65535)"),
                       startStr, endStr);
        return -1;
    }

    diff = ((e[fixed] << 8) | e[fixed + 1]) - ((s[fixed] << 8) | s[fixed + 1]);
    if (diff < 0) {
        if (n == 4)
            virReportError(VIR_ERR_INTERNAL_ERROR, _("range %1$s - %2$s is reversed "), startStr,
                           endStr);
        else
            virReportError(VIR_ERR_INTERNAL_ERROR, _("range %1$s - %2$s start larger than end"),
                           startStr, endStr);
        return -1;
    }
    return diff + 1;
}


int
virSocketAddrGetRange(const virSocketAddr *start,
                      const virSocketAddr *end,
                      const virSocketAddr *network,
                      int prefix)
{
    g_autofree char *startStr = NULL;
    g_autofree char *endStr = NULL;

    if (!(startStr = virSocketAddrFormat(start)) || !(endStr = virSocketAddrFormat(end)))
        return -1;

    if (VIR_SOCKET_ADDR_FAMILY(start) != VIR_SOCKET_ADDR_FAMILY(end)) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("mismatch of address family in range %1$s - %2$s"),
                       startStr, endStr);
        return -1;
    }

    if (network && VIR_SOCKET_ADDR_VALID(network)) {
        if (VIR_SOCKET_ADDR_FAMILY(start) != VIR_SOCKET_ADDR_FAMILY(network)) {
            g_autofree char *netStr = virSocketAddrFormat(network);

            virReportError(VIR_ERR_INTERNAL_ERROR,
                           _("mismatch of address family in range %1$s - %2$s for network %3$s"),
                           startStr, endStr, NULLSTR(netStr));
            return -1;
        }
        if (virSocketAddrCheckRangeInNetwork(start, end, network, prefix, startStr, endStr) < 0)
            return -1;
    }

    if (!VIR_SOCKET_ADDR_IS_FAMILY(start, AF_INET) && !VIR_SOCKET_ADDR_IS_FAMILY(start, AF_INET6)) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unsupported address family in range %1$s - %2$s"),
                       startStr, endStr);
        return -1;
    }

    return virSocketAddrRangeSize(start, end, startStr, endStr);
}


int
virSocketAddrNumericFamily(const char *address)
{
    virSocketAddr addr;

    if (virSocketAddrParseQuiet(&addr, address, AF_UNSPEC) < 0)
        return -1;
    return VIR_SOCKET_ADDR_FAMILY(&addr);
}
