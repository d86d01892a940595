/*
 * virdomaingeneral.h: the general top-level elements of a domain: name,
 * uuid, genid, title, description, metadata, memory, vcpu(s), iothreads,
 * resource (the rest is in virdomainlifecycle.h)
 *
 * Internal to src/conf: virdomaindef.c calls these in document order.
 * Every parser takes the XPath context positioned on <domain>, fills
 * @def and returns 0, or -1 with an error (libvirt's codes and texts).
 * Every formatter writes its elements at @buf's indentation (nothing when
 * unset).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virbuffer.h"
#include "virconftypes.h"
#include "virxml.h"

/*
 * virDomainDefParseIdentity:
 * @uuidGenerated: set to true when <uuid> was absent and one was generated
 *
 * name, uuid, genid, title, description, metadata.
 */
int virDomainDefParseIdentity(xmlXPathContextPtr ctxt, virDomainDef *def, bool *uuidGenerated);
void virDomainDefFormatIdentity(virBuffer *buf, const virDomainDef *def);

/*
 * virDomainParseMemory:
 * @xpath: e.g. "./memory[1]"
 * @units_xpath: NULL for "@xpath/@unit"
 * @mem: set to the size in KiB (rounded up)
 *
 * Returns 1 if present, 0 if absent (not @required), -1 with an error.
 */
int virDomainParseMemory(const char *xpath,
                         const char *units_xpath,
                         xmlXPathContextPtr ctxt,
                         unsigned long long *mem,
                         bool required);

/* maxMemory, memory, currentMemory */
int virDomainDefParseMemoryXML(xmlXPathContextPtr ctxt, virDomainDef *def);
void virDomainDefFormatMemory(virBuffer *buf, const virDomainDef *def);

/*
 * virDomainDefSetVcpusMax:
 * Resizes def->vcpus to @maxvcpus entries (new ones offline).
 */
void virDomainDefSetVcpusMax(virDomainDef *def, unsigned int maxvcpus);

/* <vcpu> and <vcpus> */
int virDomainDefParseVcpuXML(xmlXPathContextPtr ctxt, virDomainDef *def);
void virDomainDefFormatVcpu(virBuffer *buf, const virDomainDef *def);

/* <iothreads> and <iothreadids> */
int virDomainDefParseIOThreadsXML(xmlXPathContextPtr ctxt, virDomainDef *def);
void virDomainDefFormatIOThreads(virBuffer *buf, const virDomainDef *def);
void virDomainIOThreadIDDefFree(virDomainIOThreadIDDef *iothr);

/* <resource> */
int virDomainDefParseResourceXML(xmlXPathContextPtr ctxt, virDomainDef *def);
void virDomainDefFormatResource(virBuffer *buf, const virDomainDef *def);
void virDomainResourceDefFree(virDomainResourceDef *res);
