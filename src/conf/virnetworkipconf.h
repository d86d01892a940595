/*
 * virnetworkipconf.h: the addressing part of the network XML model:
 * <ip> (with <dhcp> and <tftp>) and <dns>
 *
 * The structures are declared in virnetworkconf.h; virnetworkconf.c calls
 * these for each element while parsing and formatting a <network>.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virnetworkconf.h"

/*
 * virNetworkIPDefParseXML:
 * @networkName: the network's name, for messages
 * @node: the <ip> element
 * @def: filled in (zeroed by the caller)
 *
 * Parses the address, netmask/prefix, family, localPtr, <tftp> and the
 * first <dhcp> (ranges, hosts, bootp), checking each DHCP range against
 * the network (virSocketAddrGetRange) and lease times (at least two
 * minutes unless 0).
 *
 * Returns 0, or -1 with an error (what was filled in stays in @def for
 * virNetworkIPDefClear()).
 */
int virNetworkIPDefParseXML(const char *networkName, xmlNodePtr node, virNetworkIPDef *def);

/*
 * virNetworkIPDefFormat:
 *
 * Writes <ip ...>...</ip> (always with an end tag, as libvirt). Returns
 * 0, or -1 with an error.
 */
int virNetworkIPDefFormat(virBuffer *buf, const virNetworkIPDef *def);

/* Frees what @def owns and zeroes it (@def itself is not freed). */
void virNetworkIPDefClear(virNetworkIPDef *def);

/*
 * virNetworkDNSDefParseXML:
 * @networkName: the network's name, for messages
 * @node: the <dns> element
 * @def: filled in (zeroed by the caller)
 *
 * Parses enable, forwardPlainNames, <forwarder>, <host>, <srv> and <txt>.
 * Returns 0, or -1 with an error (@def then holds what was parsed, for
 * virNetworkDNSDefClear()).
 */
int virNetworkDNSDefParseXML(const char *networkName, xmlNodePtr node, virNetworkDNSDef *def);

/*
 * virNetworkDNSDefFormat:
 *
 * Writes <dns> unless it has no attribute and no record. Returns 0, or
 * -1 with an error.
 */
int virNetworkDNSDefFormat(virBuffer *buf, const virNetworkDNSDef *def);

/* Frees what @def owns and zeroes it (@def itself is not freed). */
void virNetworkDNSDefClear(virNetworkDNSDef *def);

/*
 * virNetworkIPDefPrefix:
 *
 * Returns the prefix length of @def: the prefix if given, the netmask's
 * if given (-1 when not contiguous), else the natural one (classful for
 * IPv4, 64 for IPv6).
 */
int virNetworkIPDefPrefix(const virNetworkIPDef *def);

/*
 * virNetworkPropNonEmpty:
 *
 * Returns a new string with attribute @name of @node, or NULL when it is
 * absent or empty (what libvirt's XPath string() lookups give), for the
 * network modules.
 */
char *virNetworkPropNonEmpty(xmlNodePtr node, const char *name);
