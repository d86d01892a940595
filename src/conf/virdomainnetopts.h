/*
 * virdomainnetopts.h: the option elements of <interface>: <ip>/<route>,
 * <portForward>, <filterref>, the virtio <driver>, <coalesce>, <teaming>
 * (parse and format helpers of virdomainnet.c)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virdomainnet.h"

/*
 * virDomainNetIPInfoParseXML:
 * @node: the element whose <ip> and <route> children are read (the
 *        <interface>, or the <source> of an ethernet interface)
 * @what: "guest" or "host", used in route error messages
 * @info: filled in (zeroed by the caller)
 *
 * Returns 0, or -1 with an error (VIR_ERR_XML_ERROR "Invalid address
 * '...' in <ip>", "Missing required address in <ip>", "Invalid prefix
 * value '...' in <ip>"; VIR_ERR_INVALID_ARG "Invalid peer '...' in <ip>";
 * the route parser's errors).
 */
int virDomainNetIPInfoParseXML(xmlNodePtr node, const char *what, virDomainNetIPInfo *info);

/* Writes the <ip> then <route> elements of @info. Returns 0 or -1. */
int virDomainNetIPInfoFormat(virBuffer *buf, const virDomainNetIPInfo *info);

/* Frees the contents of @info and zeroes it. */
void virDomainNetIPInfoClear(virDomainNetIPInfo *info);

/* Parses every <portForward> child of @node into @net. Returns 0 or -1. */
int virDomainNetPortForwardsParseXML(xmlNodePtr node, virDomainNetDef *net);
void virDomainNetPortForwardsFormat(virBuffer *buf, const virDomainNetDef *net);
void virDomainNetPortForwardFree(virDomainNetPortForward *pf);

/*
 * virDomainNetFilterrefParseXML:
 * @filterref: the <filterref> element
 * @net: gets filter and the valid parameters, sorted by name
 *
 * A <filterref> without filter, and parameters with a missing or invalid
 * name or value, are ignored as libvirt does. Never fails.
 */
void virDomainNetFilterrefParseXML(xmlNodePtr filterref, virDomainNetDef *net);
void virDomainNetFilterrefFormat(virBuffer *buf, const virDomainNetDef *net);

/*
 * virDomainNetVirtioDriverParseXML:
 * @driver: the <driver> element
 * @drv: filled in
 *
 * Parses the virtio-net attributes and the <host>/<guest> offloads.
 * Returns 0, or -1 with the attribute getters' errors.
 */
int virDomainNetVirtioDriverParseXML(xmlNodePtr driver, virDomainNetVirtioDriver *drv);

/* Writes <driver .../> with the virtio settings and @virtio options, if any. */
void virDomainNetVirtioDriverFormat(virBuffer *buf,
                                    const virDomainNetVirtioDriver *drv,
                                    const virDomainVirtioOptions *virtio);

/*
 * virDomainNetCoalesceParseXML:
 * @node: the <coalesce> element
 * @frames: set to <rx><frames max=...>, 0 when absent
 *
 * Returns 0, or -1 with VIR_ERR_XML_DETAIL "cannot parse value '...' for
 * coalesce parameter" or VIR_ERR_OVERFLOW for a value over UINT_MAX.
 */
int virDomainNetCoalesceParseXML(xmlNodePtr node, unsigned int *frames);

/*
 * virDomainNetTeamingParseXML:
 * @node: the <teaming> element
 * @net: gets teamingType and teamingPersistent
 *
 * A missing type leaves teaming unset. Returns 0, or -1 with
 * VIR_ERR_CONFIG_UNSUPPORTED "unknown teaming type '...'".
 */
int virDomainNetTeamingParseXML(xmlNodePtr node, virDomainNetDef *net);

/* Checks the teaming type against the persistent attribute. 0 or -1. */
int virDomainNetTeamingValidate(const virDomainNetDef *net);
