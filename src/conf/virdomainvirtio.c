/*
 * virdomainvirtio.c: virtio transport options of device <driver> elements
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include "virdomainvirtio.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN


int
virDomainVirtioOptionsParseXML(xmlNodePtr driver, virDomainVirtioOptions *opts)
{
    if (!driver)
        return 0;
    if (virXMLPropTristateSwitch(driver, "iommu", VIR_XML_PROP_NONE, &opts->iommu) < 0 ||
        virXMLPropTristateSwitch(driver, "ats", VIR_XML_PROP_NONE, &opts->ats) < 0 ||
        virXMLPropTristateSwitch(driver, "packed", VIR_XML_PROP_NONE, &opts->packed) < 0 ||
        virXMLPropTristateSwitch(driver, "page_per_vq", VIR_XML_PROP_NONE, &opts->page_per_vq) < 0)
        return -1;
    return 0;
}


void
virDomainVirtioOptionsFormat(virBuffer *attrBuf, const virDomainVirtioOptions *opts)
{
    if (opts->iommu)
        virBufferAsprintf(attrBuf, " iommu='%s'", virTristateSwitchTypeToString(opts->iommu));
    if (opts->ats)
        virBufferAsprintf(attrBuf, " ats='%s'", virTristateSwitchTypeToString(opts->ats));
    if (opts->packed)
        virBufferAsprintf(attrBuf, " packed='%s'", virTristateSwitchTypeToString(opts->packed));
    if (opts->page_per_vq)
        virBufferAsprintf(attrBuf, " page_per_vq='%s'",
                          virTristateSwitchTypeToString(opts->page_per_vq));
}


bool
virDomainVirtioOptionsIsSet(const virDomainVirtioOptions *opts)
{
    return opts->iommu || opts->ats || opts->packed || opts->page_per_vq;
}


int
virDomainVirtioOptionsCheckNonVirtio(const virDomainVirtioOptions *opts)
{
    const char *name = NULL;

    if (opts->iommu)
        name = "iommu";
    else if (opts->ats)
        name = "ats";
    else if (opts->packed)
        name = "packed";
    else if (opts->page_per_vq)
        name = "page_per_vq";
    if (!name)
        return 0;
    virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                   _("%1$s driver option is only supported for virtio devices"), name);
    return -1;
}
