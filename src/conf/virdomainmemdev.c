/*
 * virdomainmemdev.c: <memory> devices (dimm, nvdimm, virtio-pmem,
 * virtio-mem, sgx-epc)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include "virdomaindef.h"
#include "virdomaindevmisc.h"
#include "virerror.h"
#include "virunits.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_ENUM_IMPL(virDomainMemoryModel,
              VIR_DOMAIN_MEMORY_MODEL_LAST,
              "",
              "dimm",
              "nvdimm",
              "virtio-pmem",
              "virtio-mem",
              "sgx-epc");

VIR_ENUM_IMPL(virDomainMemoryAccess, VIR_DOMAIN_MEMORY_ACCESS_LAST, "default", "shared", "private");


void
virDomainMemoryDefFree(virDomainMemoryDef *mem)
{
    if (!mem)
        return;
    g_free(mem->nvdimmPath);
    virBitmapFree(mem->sourceNodes);
    virDomainDeviceInfoClear(&mem->info);
    g_free(mem);
}


/* A scaled size at @xpath (KiB when no unit), stored in KiB rounded up. */
static int
virDomainMemdevSizeParse(xmlXPathContextPtr ctxt,
                         const char *xpath,
                         unsigned long long *kib,
                         bool required)
{
    unsigned long long bytes = 0;
    int rc;

    if ((rc = virParseScaledValue(xpath, NULL, ctxt, &bytes, 1024, ULLONG_MAX, required)) < 0)
        return -1;
    *kib = rc > 0 ? bytes / 1024 + (bytes % 1024 ? 1 : 0) : 0;
    return 0;
}


static int
virDomainMemdevSourceParse(xmlXPathContextPtr ctxt, xmlNodePtr source, virDomainMemoryDef *mem)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autofree char *nodemask = NULL;

    ctxt->node = source;
    switch ((virDomainMemoryModel)mem->model) {
    case VIR_DOMAIN_MEMORY_MODEL_DIMM:
    case VIR_DOMAIN_MEMORY_MODEL_VIRTIO_MEM:
    case VIR_DOMAIN_MEMORY_MODEL_SGX_EPC:
        if (virDomainMemdevSizeParse(ctxt, "./pagesize", &mem->pagesize, false) < 0)
            return -1;
        if ((nodemask = virXPathString("string(./nodemask)", ctxt)) &&
            virBitmapParse(nodemask, &mem->sourceNodes, 4096) < 0)
            return -1;
        break;
    case VIR_DOMAIN_MEMORY_MODEL_NVDIMM:
        mem->nvdimmPath = virXPathString("string(./path)", ctxt);
        if (virDomainMemdevSizeParse(ctxt, "./alignsize", &mem->alignsize, false) < 0)
            return -1;
        mem->nvdimmPmem = virXPathNode("./pmem", ctxt) != NULL;
        break;
    case VIR_DOMAIN_MEMORY_MODEL_VIRTIO_PMEM:
        mem->nvdimmPath = virXPathString("string(./path)", ctxt);
        break;
    case VIR_DOMAIN_MEMORY_MODEL_NONE:
    case VIR_DOMAIN_MEMORY_MODEL_LAST:
        break;
    }
    return 0;
}


static int
virDomainMemdevTargetParse(xmlXPathContextPtr ctxt,
                           xmlNodePtr target,
                           virDomainMemoryDef *mem,
                           unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    int rc;

    ctxt->node = target;
    if (virDomainMemdevSizeParse(ctxt, "./size", &mem->size, true) < 0)
        return -1;
    if ((rc = virXPathInt("string(./node)", ctxt, &mem->targetNode)) == -2) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("invalid value of memory device node"));
        return -1;
    }
    if (rc == -1)
        mem->targetNode = -1;
    if (mem->model == VIR_DOMAIN_MEMORY_MODEL_NVDIMM) {
        if (virDomainMemdevSizeParse(ctxt, "./label/size", &mem->labelsize, false) < 0)
            return -1;
        mem->readonly = virXPathNode("./readonly", ctxt) != NULL;
    }
    if (mem->model == VIR_DOMAIN_MEMORY_MODEL_VIRTIO_MEM) {
        if (virDomainMemdevSizeParse(ctxt, "./block", &mem->blocksize, false) < 0 ||
            virDomainMemdevSizeParse(ctxt, "./requested", &mem->requestedsize, false) < 0)
            return -1;
        if (!(flags & VIR_DOMAIN_DEF_PARSE_INACTIVE) &&
            virDomainMemdevSizeParse(ctxt, "./current", &mem->currentsize, false) < 0)
            return -1;
    }
    return 0;
}


virDomainMemoryDef *
virDomainMemoryDefParseXML(xmlXPathContextPtr ctxt,
                           xmlNodePtr node,
                           virDomainDef *def G_GNUC_UNUSED,
                           unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virDomainMemoryDef) mem = g_new0(virDomainMemoryDef, 1);
    g_autofree char *uuid = NULL;
    xmlNodePtr cur;
    unsigned int val = 0;

    ctxt->node = node;
    if (virXMLPropEnum(node, "model", virDomainMemoryModelTypeFromString,
                       VIR_XML_PROP_REQUIRED | VIR_XML_PROP_NONZERO, &val) < 0)
        return NULL;
    mem->model = val;
    if (virXMLPropEnum(node, "access", virDomainMemoryAccessTypeFromString, VIR_XML_PROP_NONZERO,
                       &val) < 0 ||
        virXMLPropTristateBool(node, "discard", VIR_XML_PROP_NONE, &mem->discard) < 0)
        return NULL;
    mem->access = val;
    if ((uuid = virXPathString("string(./uuid)", ctxt))) {
        if (virUUIDParse(uuid, mem->uuid) < 0) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("malformed uuid element"));
            return NULL;
        }
        mem->uuidSet = true;
    }
    if ((cur = virXPathNode("./source", ctxt)) && virDomainMemdevSourceParse(ctxt, cur, mem) < 0)
        return NULL;
    if (!(cur = virXPathNode("./target", ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing <target> element for <memory> device"));
        return NULL;
    }
    if (virDomainMemdevTargetParse(ctxt, cur, mem, flags) < 0 ||
        virDomainDeviceInfoParseXML(ctxt, node, &mem->info, flags) < 0)
        return NULL;
    return g_steal_pointer(&mem);
}


static void
virDomainMemdevSourceFormat(virBuffer *buf, const virDomainMemoryDef *mem)
{
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    g_autofree char *nodemask = NULL;

    if (mem->sourceNodes && (nodemask = virBitmapFormat(mem->sourceNodes)))
        virBufferAsprintf(&childBuf, "<nodemask>%s</nodemask>\n", nodemask);
    if (mem->pagesize)
        virBufferAsprintf(&childBuf, "<pagesize unit='KiB'>%llu</pagesize>\n", mem->pagesize);
    virBufferEscapeString(&childBuf, "<path>%s</path>\n", mem->nvdimmPath);
    if (mem->alignsize)
        virBufferAsprintf(&childBuf, "<alignsize unit='KiB'>%llu</alignsize>\n", mem->alignsize);
    if (mem->nvdimmPmem)
        virBufferAddLit(&childBuf, "<pmem/>\n");
    virXMLFormatElement(buf, "source", NULL, &childBuf);
}


static void
virDomainMemdevTargetFormat(virBuffer *buf, const virDomainMemoryDef *mem, unsigned int flags)
{
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    virBufferAsprintf(&childBuf, "<size unit='KiB'>%llu</size>\n", mem->size);
    if (mem->targetNode >= 0)
        virBufferAsprintf(&childBuf, "<node>%d</node>\n", mem->targetNode);
    if (mem->labelsize) {
        virBufferAddLit(&childBuf, "<label>\n");
        virBufferAsprintf(&childBuf, "  <size unit='KiB'>%llu</size>\n", mem->labelsize);
        virBufferAddLit(&childBuf, "</label>\n");
    }
    if (mem->model == VIR_DOMAIN_MEMORY_MODEL_VIRTIO_MEM) {
        virBufferAsprintf(&childBuf, "<block unit='KiB'>%llu</block>\n", mem->blocksize);
        virBufferAsprintf(&childBuf, "<requested unit='KiB'>%llu</requested>\n",
                          mem->requestedsize);
        if (!(flags & VIR_DOMAIN_DEF_FORMAT_INACTIVE))
            virBufferAsprintf(&childBuf, "<current unit='KiB'>%llu</current>\n", mem->currentsize);
    }
    if (mem->readonly)
        virBufferAddLit(&childBuf, "<readonly/>\n");
    virXMLFormatElement(buf, "target", NULL, &childBuf);
}


int
virDomainMemoryDefFormat(virBuffer *buf,
                         const virDomainMemoryDef *mem,
                         const virDomainDef *def G_GNUC_UNUSED,
                         unsigned int flags)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    char uuidstr[VIR_UUID_STRING_BUFLEN];

    virBufferAsprintf(&attrBuf, " model='%s'", virDomainMemoryModelTypeToString(mem->model));
    if (mem->access)
        virBufferAsprintf(&attrBuf, " access='%s'", virDomainMemoryAccessTypeToString(mem->access));
    if (mem->discard)
        virBufferAsprintf(&attrBuf, " discard='%s'", virTristateBoolTypeToString(mem->discard));
    if (mem->uuidSet)
        virBufferAsprintf(&childBuf, "<uuid>%s</uuid>\n", virUUIDFormat(mem->uuid, uuidstr));
    virDomainMemdevSourceFormat(&childBuf, mem);
    virDomainMemdevTargetFormat(&childBuf, mem, flags);
    virDomainDeviceInfoFormat(&childBuf, &mem->info, flags);
    virXMLFormatElement(buf, "memory", &attrBuf, &childBuf);
    return 0;
}


static int
virDomainMemoryDefValidateModel(const virDomainMemoryDef *mem)
{
    const char *model = virDomainMemoryModelTypeToString(mem->model);

    if ((mem->model == VIR_DOMAIN_MEMORY_MODEL_NVDIMM ||
         mem->model == VIR_DOMAIN_MEMORY_MODEL_VIRTIO_PMEM) &&
        !mem->nvdimmPath) {
        virReportError(VIR_ERR_XML_DETAIL, _("path is required for model '%1$s'"), model);
        return -1;
    }
    if (mem->model == VIR_DOMAIN_MEMORY_MODEL_NVDIMM && mem->uuidSet) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("UUID is not supported for NVDIMM device"));
        return -1;
    }
    if (mem->model == VIR_DOMAIN_MEMORY_MODEL_VIRTIO_PMEM &&
        mem->access != VIR_DOMAIN_MEMORY_ACCESS_SHARED) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("shared access mode required for virtio-pmem device"));
        return -1;
    }
    if (mem->model == VIR_DOMAIN_MEMORY_MODEL_VIRTIO_MEM &&
        (mem->blocksize == 0 || (mem->blocksize & (mem->blocksize - 1)))) {
        virReportError(VIR_ERR_XML_DETAIL, "%s", _("block size must be a power of two"));
        return -1;
    }
    return 0;
}


int
virDomainMemoryDefPostParse(virDomainMemoryDef *mem, virDomainDef *def)
{
    /* a virtio-pmem device is shared unless said otherwise */
    if (mem->model == VIR_DOMAIN_MEMORY_MODEL_VIRTIO_PMEM && !mem->access)
        mem->access = VIR_DOMAIN_MEMORY_ACCESS_SHARED;
    if (virDomainMemoryDefValidateModel(mem) < 0)
        return -1;
    if (def && mem->targetNode >= 0 && (size_t)mem->targetNode >= def->numa.ncells) {
        virReportError(
            VIR_ERR_XML_DETAIL,
            _("can't add memory backend for guest node '%1$d' as the guest has only '%2$zu' NUMA nodes configured"),
            mem->targetNode, def->numa.ncells);
        return -1;
    }
    return 0;
}
