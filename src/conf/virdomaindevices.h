/*
 * virdomaindevices.h: the <devices> section of a domain: dispatch of
 * each device element to its family's parser, formatter and free
 * function, in libvirt's order
 *
 * Internal to src/conf (used by virdomaindef.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virbuffer.h"
#include "virconftypes.h"
#include "virxml.h"

/*
 * virDomainDevicesParseXML:
 * @ctxt: XPath context whose node is <domain>
 * @def: receives the devices (appended to its lists)
 * @flags: virDomainDefParseFlags, passed to every family parser
 *
 * Returns 0, or -1 with an error (a family's, or libvirt's errors for
 * duplicated single devices).
 */
int virDomainDevicesParseXML(xmlXPathContextPtr ctxt, virDomainDef *def, unsigned int flags);

/*
 * virDomainDevicesFormat:
 * Writes <devices>...</devices> (always, even when empty, as libvirt).
 * Returns 0 or -1 with an error.
 */
int virDomainDevicesFormat(virBuffer *buf, const virDomainDef *def, unsigned int flags);

/* Frees every device of @def and empties the lists. */
void virDomainDevicesFree(virDomainDef *def);
