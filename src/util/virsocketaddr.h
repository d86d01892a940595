/*
 * virsocketaddr.h: IPv4/IPv6 addresses: parsing, formatting, netmasks,
 * prefixes and address ranges
 *
 * Parsing uses getaddrinfo() with AI_NUMERICHOST, so it accepts what the
 * C library accepts (IPv4 "10.1" or "010.1.2.3" are inet_aton forms, as in
 * libvirt) and never does a DNS lookup. Formatting uses getnameinfo() with
 * NI_NUMERICHOST, which gives the canonical text ("2001:db8::1").
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>

#include <netinet/in.h>
#include <sys/socket.h>

typedef struct _virSocketAddr virSocketAddr;
struct _virSocketAddr {
    union {
        struct sockaddr sa;
        struct sockaddr_storage stor;
        struct sockaddr_in inet4;
        struct sockaddr_in6 inet6;
    } data;
    socklen_t len; /* length of the valid part of @data; 0 when unset */
};

/* True when @s holds an address (of any family). */
#define VIR_SOCKET_ADDR_VALID(s) ((s)->data.sa.sa_family != AF_UNSPEC)
/* True when @s holds an address of family @f (AF_INET or AF_INET6). */
#define VIR_SOCKET_ADDR_IS_FAMILY(s, f) ((s)->data.sa.sa_family == (f))
/* The family of @s (AF_UNSPEC when unset). */
#define VIR_SOCKET_ADDR_FAMILY(s) ((s)->data.sa.sa_family)

#define VIR_SOCKET_ADDR_IPV4_ALL "0.0.0.0"
#define VIR_SOCKET_ADDR_IPV6_ALL "::"

/*
 * virSocketAddrParse:
 * @addr: filled on success (may be NULL to only check @val)
 * @val: numeric address text
 * @family: AF_UNSPEC, AF_INET or AF_INET6 (the family required)
 *
 * Returns the length of the address (> 0), or -1 with
 * VIR_ERR_SYSTEM_ERROR "Cannot parse socket address '@val': <reason>".
 */
int virSocketAddrParse(virSocketAddr *addr, const char *val, int family);

/*
 * virSocketAddrParseQuiet:
 *
 * Same as virSocketAddrParse(), but reports no error on failure (for
 * callers that report their own message).
 */
int virSocketAddrParseQuiet(virSocketAddr *addr, const char *val, int family);

/*
 * virSocketAddrFormat:
 * @addr: the address
 *
 * Returns a new string with the numeric form of @addr (an IPv6 scope is
 * kept, "fe80::1%eth0"), or NULL with VIR_ERR_INTERNAL_ERROR when @addr is
 * unset or cannot be formatted.
 */
char *virSocketAddrFormat(const virSocketAddr *addr);

/*
 * virSocketAddrEqual:
 *
 * Returns true if @a and @b are the same family and address (the port
 * and, for IPv6, the scope are compared too).
 */
bool virSocketAddrEqual(const virSocketAddr *a, const virSocketAddr *b);

/* Returns true for 0.0.0.0 and ::. */
bool virSocketAddrIsWildcard(const virSocketAddr *addr);

/*
 * virSocketAddrSetIPv4Addr:
 * @addr: set to the IPv4 address @val (host byte order)
 */
void virSocketAddrSetIPv4Addr(virSocketAddr *addr, unsigned int val);

/*
 * virSocketAddrGetNumNetmaskBits:
 * @netmask: an IPv4 or IPv6 netmask
 *
 * Returns the number of leading one bits (the prefix length), or -1 if
 * the ones are not contiguous or @netmask is not an address.
 */
int virSocketAddrGetNumNetmaskBits(const virSocketAddr *netmask);

/* Returns true if @netmask is a contiguous netmask. */
bool virSocketAddrIsNetmask(const virSocketAddr *netmask);

/*
 * virSocketAddrPrefixToNetmask:
 * @prefix: 0..32 for AF_INET, 0..128 for AF_INET6
 * @netmask: set to the netmask on success
 * @family: AF_INET or AF_INET6
 *
 * Returns 0, or -1 (no error reported) for a bad @prefix or @family.
 */
int virSocketAddrPrefixToNetmask(unsigned int prefix, virSocketAddr *netmask, int family);

/*
 * virSocketAddrMask:
 * @addr: the address
 * @netmask: a netmask of the same family
 * @network: set to @addr with the host bits cleared
 *
 * Returns 0, or -1 (no error reported) when the families differ.
 */
int
virSocketAddrMask(const virSocketAddr *addr, const virSocketAddr *netmask, virSocketAddr *network);

/* Same as virSocketAddrMask() with a prefix length. */
int
virSocketAddrMaskByPrefix(const virSocketAddr *addr, unsigned int prefix, virSocketAddr *network);

/*
 * virSocketAddrBroadcastByPrefix:
 * @addr: the address
 * @prefix: the prefix length
 * @broadcast: set to @addr with all host bits set
 *
 * Returns 0, or -1 (no error reported) for a bad prefix.
 */
int virSocketAddrBroadcastByPrefix(const virSocketAddr *addr,
                                   unsigned int prefix,
                                   virSocketAddr *broadcast);

/*
 * virSocketAddrCheckNetmask:
 *
 * Returns 1 if @addr1 and @addr2 are in the same network for @netmask,
 * 0 if not, -1 (no error reported) if the three are not all of one
 * family.
 */
int virSocketAddrCheckNetmask(const virSocketAddr *addr1,
                              const virSocketAddr *addr2,
                              const virSocketAddr *netmask);

/*
 * virSocketAddrGetIPPrefix:
 * @address: the address of an interface or network
 * @netmask: its netmask, or NULL / unset
 * @prefix: its prefix length, or 0 when not given
 *
 * Returns @prefix if > 0, else the prefix of @netmask if set (-1 when
 * not contiguous), else the natural prefix: for IPv4 0 for 0.0.0.0, 8,
 * 16 or 24 for class A, B or C, -1 otherwise; for IPv6 0 for :: and 64
 * otherwise. Returns -1 for an unset @address.
 */
int
virSocketAddrGetIPPrefix(const virSocketAddr *address, const virSocketAddr *netmask, int prefix);

/*
 * virSocketAddrGetRange:
 * @start: first address of the range
 * @end: last address of the range
 * @network: the network the range must be in, or NULL for no check
 * @prefix: the network's prefix length (ignored without @network)
 *
 * Checks a DHCP-style range as libvirt does: both ends of one family
 * (and of @network's), inside the network, the IPv4 start not being the
 * network address nor the end the broadcast address, at most 65536
 * addresses (IPv4: the first two bytes equal; IPv6: all but the last 16
 * bits equal) and start <= end.
 *
 * Returns the number of addresses, or -1 with VIR_ERR_INTERNAL_ERROR
 * naming the problem ("range A - B is not entirely within network N/P").
 */
int virSocketAddrGetRange(const virSocketAddr *start,
                          const virSocketAddr *end,
                          const virSocketAddr *network,
                          int prefix);

/*
 * virSocketAddrNumericFamily:
 * @address: text
 *
 * Returns AF_INET or AF_INET6 if @address is a numeric address of that
 * family, -1 otherwise (no error reported).
 */
int virSocketAddrNumericFamily(const char *address);
