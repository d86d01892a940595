/*
 * virdomainvirtio.h: the virtio transport options shared by many device
 * <driver> elements (iommu, ats, packed, page_per_vq)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virbuffer.h"
#include "virenum.h"
#include "virxml.h"

typedef struct _virDomainVirtioOptions virDomainVirtioOptions;
struct _virDomainVirtioOptions {
    virTristateSwitch iommu;       /* <driver iommu=...> */
    virTristateSwitch ats;         /* <driver ats=...> */
    virTristateSwitch packed;      /* <driver packed=...> */
    virTristateSwitch page_per_vq; /* <driver page_per_vq=...> */
};

/*
 * virDomainVirtioOptionsParseXML:
 * @driver: the <driver> element, or NULL (nothing to parse)
 * @opts: filled in (zeroed by the caller)
 *
 * Returns 0, or -1 with the attribute getter's error (VIR_ERR_XML_ERROR).
 */
int virDomainVirtioOptionsParseXML(xmlNodePtr driver, virDomainVirtioOptions *opts);

/* Appends the set options as attributes (" iommu='on'"...) to @attrBuf. */
void virDomainVirtioOptionsFormat(virBuffer *attrBuf, const virDomainVirtioOptions *opts);

/* Returns true if any option is set. */
bool virDomainVirtioOptionsIsSet(const virDomainVirtioOptions *opts);

/*
 * virDomainVirtioOptionsCheckNonVirtio:
 * For a device model that is not virtio: returns 0 if no option is set,
 * else -1 with VIR_ERR_CONFIG_UNSUPPORTED "iommu driver option is only
 * supported for virtio devices" (naming the first option set).
 */
int virDomainVirtioOptionsCheckNonVirtio(const virDomainVirtioOptions *opts);
