/*
 * virstorageadapter.c: the <adapter> element of scsi storage pools
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <glib.h>

#include "virerror.h"
#include "virlog.h"
#include "virstorageadapter.h"
#include "virunits.h"

#define VIR_FROM_THIS VIR_FROM_STORAGE

VIR_LOG_INIT("conf.storageadapter");

VIR_ENUM_IMPL(virStorageAdapter, VIR_STORAGE_ADAPTER_TYPE_LAST, "default", "scsi_host", "fc_host");

/* util-level errors (PCI addresses, WWNs) carry no domain in libvirt */
#define virReportUtilError(code, ...)                                                              \
 virReportErrorHelper(VIR_FROM_NONE, code, __FILE__, __func__, __LINE__, __VA_ARGS__)


void
virStorageAdapterClear(virStorageAdapter *adapter)
{
    if (adapter->type == VIR_STORAGE_ADAPTER_TYPE_SCSI_HOST) {
        g_free(adapter->data.scsi_host.name);
    } else if (adapter->type == VIR_STORAGE_ADAPTER_TYPE_FC_HOST) {
        virStorageAdapterFCHost *fc = &adapter->data.fchost;

        g_free(fc->parent);
        g_free(fc->parent_wwnn);
        g_free(fc->parent_wwpn);
        g_free(fc->parent_fabric_wwn);
        g_free(fc->wwnn);
        g_free(fc->wwpn);
    }
    memset(adapter, 0, sizeof(*adapter));
}


/* <address domain= bus= slot= function=/> of a scsi_host parentaddr */
static int
virStorageAdapterParsePCIAddress(xmlNodePtr node, virStorageAdapterSCSIHost *scsi)
{
    if (virXMLPropUInt(node, "domain", 0, VIR_XML_PROP_NONE, &scsi->domain) < 0 ||
        virXMLPropUInt(node, "bus", 0, VIR_XML_PROP_NONE, &scsi->bus) < 0 ||
        virXMLPropUInt(node, "slot", 0, VIR_XML_PROP_NONE, &scsi->slot) < 0 ||
        virXMLPropUInt(node, "function", 0, VIR_XML_PROP_NONE, &scsi->function) < 0)
        return -1;

    /* libvirt accepts any 32-bit PCI domain */
    if (scsi->bus > 0xFF) {
        virReportUtilError(VIR_ERR_XML_ERROR,
                           _("Invalid PCI address bus='0x%1$x', must be <= 0xFF"), scsi->bus);
        return -1;
    }
    if (scsi->slot > 0x1F) {
        virReportUtilError(VIR_ERR_XML_ERROR,
                           _("Invalid PCI address slot='0x%1$x', must be <= 0x1F"), scsi->slot);
        return -1;
    }
    if (scsi->function > 7) {
        virReportUtilError(VIR_ERR_XML_ERROR,
                           _("Invalid PCI address function=0x%1$x, must be <= 7"), scsi->function);
        return -1;
    }
    return 0;
}


static int
virStorageAdapterParseSCSIHost(xmlNodePtr node,
                               xmlXPathContextPtr ctxt,
                               virStorageAdapterSCSIHost *scsi)
{
    xmlNodePtr parentaddr;
    xmlNodePtr addrnode;
    g_autofree char *uid = NULL;

    scsi->name = virXMLPropString(node, "name");
    if (!(parentaddr = virXPathNode("./parentaddr", ctxt)))
        return 0;

    ctxt->node = parentaddr;
    if (!(addrnode = virXPathNode("./address", ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("Missing scsi_host PCI address element"));
        return -1;
    }
    scsi->has_parent = true;
    if (virStorageAdapterParsePCIAddress(addrnode, scsi) < 0)
        return -1;

    uid = virXMLPropString(parentaddr, "unique_id");
    if (!uid || virStrToLong_i(uid, NULL, 10, &scsi->unique_id) < 0 || scsi->unique_id < 0) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("Missing or invalid scsi adapter 'unique_id' value"));
        return -1;
    }
    return 0;
}


int
virStorageAdapterParseXML(xmlNodePtr node, xmlXPathContextPtr ctxt, virStorageAdapter *adapter)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    unsigned int type = VIR_STORAGE_ADAPTER_TYPE_DEFAULT;
    g_autofree char *wwnn = NULL;
    g_autofree char *wwpn = NULL;
    g_autofree char *parent = NULL;

    ctxt->node = node;
    if (virXMLPropEnum(node, "type", virStorageAdapterTypeFromString, VIR_XML_PROP_NONZERO, &type) <
        0)
        return -1;
    adapter->type = type;

    if (type == VIR_STORAGE_ADAPTER_TYPE_SCSI_HOST)
        return virStorageAdapterParseSCSIHost(node, ctxt, &adapter->data.scsi_host);

    if (type == VIR_STORAGE_ADAPTER_TYPE_FC_HOST) {
        virStorageAdapterFCHost *fc = &adapter->data.fchost;

        if (virXMLPropTristateBool(node, "managed", VIR_XML_PROP_NONE, &fc->managed) < 0)
            return -1;
        fc->parent = virXMLPropString(node, "parent");
        fc->parent_wwnn = virXMLPropString(node, "parent_wwnn");
        fc->parent_wwpn = virXMLPropString(node, "parent_wwpn");
        fc->parent_fabric_wwn = virXMLPropString(node, "parent_fabric_wwn");
        fc->wwnn = virXMLPropString(node, "wwnn");
        fc->wwpn = virXMLPropString(node, "wwpn");
        return 0;
    }

    /* Without a type only the old scsi_host form (name alone) is valid */
    wwnn = virXMLPropString(node, "wwnn");
    wwpn = virXMLPropString(node, "wwpn");
    parent = virXMLPropString(node, "parent");
    if (wwnn || wwpn || parent) {
        virReportError(
            VIR_ERR_XML_ERROR, "%s",
            _("Use of 'wwnn', 'wwpn', and 'parent' attributes requires use of the adapter 'type'"));
        return -1;
    }
    if (virXPathNode("./parentaddr", ctxt)) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("Use of 'parentaddr' element requires use of the adapter 'type'"));
        return -1;
    }
    if ((adapter->data.scsi_host.name = virXMLPropString(node, "name")))
        adapter->type = VIR_STORAGE_ADAPTER_TYPE_SCSI_HOST;
    return 0;
}


/* 16 hex digits, optionally after "0x" */
static bool
virStorageValidateWWN(const char *wwn)
{
    const char *p = wwn;
    size_t i;

    if (g_str_has_prefix(p, "0x"))
        p += 2;
    for (i = 0; p[i]; i++) {
        if (!g_ascii_isxdigit(p[i]))
            break;
    }
    if (i != 16 || p[i]) {
        virReportUtilError(VIR_ERR_INTERNAL_ERROR, _("Malformed wwn: %1$s"), wwn);
        return false;
    }
    return true;
}


static int
virStorageAdapterValidateFCHost(const virStorageAdapterFCHost *fc)
{
    if (!fc->wwnn || !fc->wwpn) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("'wwnn' and 'wwpn' must be specified for adapter type 'fchost'"));
        return -1;
    }
    if (!virStorageValidateWWN(fc->wwnn) || !virStorageValidateWWN(fc->wwpn))
        return -1;

    if (fc->parent_wwnn && !fc->parent_wwpn) {
        virReportError(
            VIR_ERR_XML_ERROR,
            _("when providing parent_wwnn='%1$s', the parent_wwpn must also be provided"),
            fc->parent_wwnn);
        return -1;
    }
    if (!fc->parent_wwnn && fc->parent_wwpn) {
        virReportError(
            VIR_ERR_XML_ERROR,
            _("when providing parent_wwpn='%1$s', the parent_wwnn must also be provided"),
            fc->parent_wwpn);
        return -1;
    }
    if (fc->parent_wwnn &&
        (!virStorageValidateWWN(fc->parent_wwnn) || !virStorageValidateWWN(fc->parent_wwpn)))
        return -1;
    if (fc->parent_fabric_wwn && !virStorageValidateWWN(fc->parent_fabric_wwn))
        return -1;
    return 0;
}


int
virStorageAdapterValidate(const virStorageAdapter *adapter)
{
    const virStorageAdapterSCSIHost *scsi = &adapter->data.scsi_host;

    switch (adapter->type) {
    case VIR_STORAGE_ADAPTER_TYPE_SCSI_HOST:
        if (!scsi->name && !scsi->has_parent) {
            virReportError(
                VIR_ERR_XML_ERROR, "%s",
                _("Either 'name' or 'parent' must be specified for the 'scsi_host' adapter"));
            return -1;
        }
        if (scsi->name && scsi->has_parent) {
            virReportError(
                VIR_ERR_XML_ERROR, "%s",
                _("Both 'name' and 'parent' cannot be specified for the 'scsi_host' adapter"));
            return -1;
        }
        return 0;
    case VIR_STORAGE_ADAPTER_TYPE_FC_HOST:
        return virStorageAdapterValidateFCHost(&adapter->data.fchost);
    case VIR_STORAGE_ADAPTER_TYPE_DEFAULT:
    case VIR_STORAGE_ADAPTER_TYPE_LAST:
    default:
        break;
    }
    virReportError(VIR_ERR_XML_ERROR, "%s", _("missing storage pool source adapter"));
    return -1;
}


void
virStorageAdapterFormat(virBuffer *buf, const virStorageAdapter *adapter)
{
    const virStorageAdapterSCSIHost *scsi = &adapter->data.scsi_host;
    const virStorageAdapterFCHost *fc = &adapter->data.fchost;

    virBufferAsprintf(buf, "<adapter type='%s'", virStorageAdapterTypeToString(adapter->type));

    if (adapter->type == VIR_STORAGE_ADAPTER_TYPE_FC_HOST) {
        virBufferEscapeString(buf, " parent='%s'", fc->parent);
        virBufferEscapeString(buf, " parent_wwnn='%s'", fc->parent_wwnn);
        virBufferEscapeString(buf, " parent_wwpn='%s'", fc->parent_wwpn);
        virBufferEscapeString(buf, " parent_fabric_wwn='%s'", fc->parent_fabric_wwn);
        if (fc->managed != VIR_TRISTATE_BOOL_ABSENT)
            virBufferAsprintf(buf, " managed='%s'", virTristateBoolTypeToString(fc->managed));
        virBufferEscapeString(buf, " wwnn='%s'", fc->wwnn);
        virBufferEscapeString(buf, " wwpn='%s'", fc->wwpn);
        virBufferAddLit(buf, "/>\n");
        return;
    }

    if (scsi->name) {
        virBufferEscapeString(buf, " name='%s'/>\n", scsi->name);
        return;
    }
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);
    virBufferAsprintf(buf, "<parentaddr unique_id='%d'>\n", scsi->unique_id);
    virBufferAdjustIndent(buf, 2);
    virBufferAsprintf(buf, "<address domain='0x%04x' bus='0x%02x' slot='0x%02x'", scsi->domain,
                      scsi->bus, scsi->slot);
    virBufferAsprintf(buf, " function='0x%d'/>\n", scsi->function);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</parentaddr>\n");
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</adapter>\n");
}
