/*
 * virnetworkforwardconf.h: the <forward> element of the network XML model
 *
 * The structures are declared in virnetworkconf.h; virnetworkconf.c calls
 * these while parsing and formatting a <network>.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virnetworkconf.h"

/*
 * virNetworkForwardDefParseXML:
 * @networkName: the network's name, for messages
 * @node: the <forward> element
 * @def: filled in (zeroed by the caller)
 *
 * Parses the mode (default 'nat'), managed, <driver>, <nat>, <pf>, the
 * <interface> list (a dev attribute alone becomes the one interface) or,
 * without interfaces, the <address type='pci'> list.
 *
 * Returns 0, or -1 with an error (@def then holds what was parsed, for
 * virNetworkForwardDefClear()).
 */
int
virNetworkForwardDefParseXML(const char *networkName, xmlNodePtr node, virNetworkForwardDef *def);

/*
 * virNetworkForwardDefFormat:
 * @inactive: the persistent configuration is wanted: a <pf> then stands
 *            for the devices under it, which are left out; otherwise
 *            the device list is written and the <pf> only without one
 *
 * Writes <forward> (nothing for VIR_NETWORK_FORWARD_NONE). Returns 0, or
 * -1 with an error.
 */
int virNetworkForwardDefFormat(virBuffer *buf, const virNetworkForwardDef *def, bool inactive);

/* Frees what @def owns and zeroes it (@def itself is not freed). */
void virNetworkForwardDefClear(virNetworkForwardDef *def);
