/*
 * virnetworkupdate.h: virNetworkUpdate on network definitions
 *
 * What libvirt 9.0 does for virNetworkUpdate, for drivers to call: one
 * record of a section (a DHCP host or range, a DNS host, TXT or SRV
 * record, a portgroup or a forward interface) is added first or last,
 * modified or deleted, in the live definition, the persistent one, or
 * both. Sections libvirt cannot update (bridge, domain, ip, forward,
 * forward pf) fail with its "can't update 'X' section of network 'N'".
 * Errors are libvirt's codes and texts, in VIR_FROM_NETWORK.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virnetworkconf.h"
#include "virnetworkobj.h"

/*
 * virNetworkDefUpdateSection:
 * @def: the definition to change in place
 * @command: a virNetworkUpdateCommand (MODIFY, DELETE, ADD_LAST, ADD_FIRST)
 * @section: a virNetworkUpdateSection
 * @parentIndex: for the DHCP sections, the index of the <ip> among all
 *               of @def's (-1: the one that already has DHCP records,
 *               else the first IPv4, else the first IPv6)
 * @xml: the record, e.g. "<host mac='...' ip='...'/>"
 * @flags: virNetworkUpdateFlags (unused here)
 *
 * Applies the update to @def. A record to delete is matched on the
 * attributes it gives; one to add must not match an existing one (the
 * matching rules of each section are libvirt's). Records of DNS
 * sections, DHCP ranges and forward interfaces cannot be modified.
 *
 * On failure @def may be partly changed: callers work on a copy (as
 * virNetworkObjUpdate() does).
 *
 * Returns 0, or -1 with an error: the XML parser's for a malformed
 * @xml; VIR_ERR_XML_ERROR "unexpected element <A>, expecting <B>, while
 * updating network 'N'" and the record parsers' errors;
 * VIR_ERR_OPERATION_INVALID for a missing match, a duplicate, a missing
 * <ip> or an address family mismatch; VIR_ERR_OPERATION_UNSUPPORTED for
 * a section or command that cannot be done.
 */
int virNetworkDefUpdateSection(virNetworkDef *def,
                               unsigned int command,
                               unsigned int section,
                               int parentIndex,
                               const char *xml,
                               unsigned int flags);

/*
 * virNetworkObjUpdate:
 * @obj: the network, locked by the caller
 * @command, @section, @parentIndex, @xml: as virNetworkDefUpdateSection()
 * @flags: VIR_NETWORK_UPDATE_AFFECT_LIVE and/or _CONFIG; the caller has
 *         already turned AFFECT_CURRENT into one of them
 *
 * What virNetworkUpdate does to a network object: the update is made on
 * copies of the live definition (LIVE) and of the persistent one
 * (CONFIG: @obj->newDef while the network runs, made from the live
 * definition first if there is none; else @obj->def); each copy must
 * survive a format/parse cycle; only when every requested copy succeeded
 * do they replace the originals.
 *
 * Returns 0, or -1 with an error, @obj unchanged (except that a running
 * persistent network may have gained its separate persistent
 * definition): VIR_ERR_OPERATION_INVALID "network is not running" for
 * LIVE on an inactive network, "cannot change persistent config of a
 * transient network" for CONFIG on a transient one; otherwise those of
 * virNetworkDefUpdateSection() and of the parser.
 */
int virNetworkObjUpdate(virNetworkObj *obj,
                        unsigned int command,
                        unsigned int section,
                        int parentIndex,
                        const char *xml,
                        unsigned int flags);
