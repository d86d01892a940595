/*
 * virdomainlifecycle.h: lifecycle actions (<on_poweroff>, <on_reboot>,
 * <on_crash>, <on_lockfailure>), <pm>, <perf>, domain <seclabel>s and
 * <keywrap>, <launchSecurity>
 *
 * Internal to src/conf. Parsers take the XPath context positioned on
 * <domain>, fill @def and return 0, or -1 with an error (libvirt's codes
 * and texts); formatters write at @buf's indentation, nothing when unset.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virbuffer.h"
#include "virconftypes.h"
#include "virxml.h"

int virDomainDefParseLifecycleXML(xmlXPathContextPtr ctxt, virDomainDef *def);
void virDomainDefFormatLifecycle(virBuffer *buf, const virDomainDef *def);

int virDomainDefParsePMXML(xmlXPathContextPtr ctxt, virDomainDef *def);
void virDomainDefFormatPM(virBuffer *buf, const virDomainDef *def);

int virDomainDefParsePerfXML(xmlXPathContextPtr ctxt, virDomainDef *def);
void virDomainDefFormatPerf(virBuffer *buf, const virDomainDef *def);

/* @flags: virDomainDefParseFlags (INACTIVE drops runtime-only labels) */
int virDomainDefParseSeclabelsXML(xmlXPathContextPtr ctxt, virDomainDef *def, unsigned int flags);
void virDomainDefFormatSeclabels(virBuffer *buf, const virDomainDef *def);
void virSecurityLabelDefFree(virSecurityLabelDef *seclabel);

int virDomainDefParseKeywrapXML(xmlXPathContextPtr ctxt, virDomainDef *def);
void virDomainDefFormatKeywrap(virBuffer *buf, const virDomainDef *def);

/* <launchSecurity> */
int virDomainDefParseLaunchSecurityXML(xmlXPathContextPtr ctxt, virDomainDef *def);
void virDomainDefFormatLaunchSecurity(virBuffer *buf, const virDomainDef *def);
void virDomainSecDefFree(virDomainSecDef *sec);
