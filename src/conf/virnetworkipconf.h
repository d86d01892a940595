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

/*
 * The record parsers of <dhcp> and <dns>, for the network parser and for
 * virNetworkDefUpdateSection() (virnetworkupdate.h), which parses one
 * record at a time. Each fills the zeroed @host/@range/@srv/@txt from
 * @node and returns 0, or -1 with libvirt's error (what was filled in
 * stays for the matching Clear function). @networkName is for messages.
 *
 * @partialOkay: the record is a search key (net-update delete): only
 * what identifies it is needed. A DHCP host then needs one of mac, name
 * or ip ("At least one of name, mac, or ip attribute must be specified
 * ..."); a DNS host an ip or a hostname ("Missing ip and hostname ...");
 * a DNS SRV record neither service nor protocol; a TXT record no value.
 */
int virNetworkDHCPHostDefParseXML(const char *networkName,
                                  const virNetworkIPDef *ipdef,
                                  xmlNodePtr node,
                                  virNetworkDHCPHostDef *host,
                                  bool partialOkay);
/* @ipdef: the <ip> the range belongs to (the range must lie in it) */
int virNetworkDHCPRangeDefParseXML(const char *networkName,
                                   const virNetworkIPDef *ipdef,
                                   xmlNodePtr node,
                                   virNetworkDHCPRangeDef *range);
int virNetworkDNSHostDefParseXML(const char *networkName,
                                 xmlNodePtr node,
                                 virNetworkDNSHostDef *host,
                                 bool partialOkay);
int virNetworkDNSSrvDefParseXML(const char *networkName,
                                xmlNodePtr node,
                                virNetworkDNSSrvDef *srv,
                                bool partialOkay);
int virNetworkDNSTxtDefParseXML(const char *networkName,
                                xmlNodePtr node,
                                virNetworkDNSTxtDef *txt,
                                bool partialOkay);

/* Free what the record owns and zero it (the record itself is not freed). */
void virNetworkDHCPHostDefClear(virNetworkDHCPHostDef *host);
void virNetworkDNSHostDefClear(virNetworkDNSHostDef *host);
void virNetworkDNSSrvDefClear(virNetworkDNSSrvDef *srv);
void virNetworkDNSTxtDefClear(virNetworkDNSTxtDef *txt);
