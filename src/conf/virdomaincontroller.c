/*
 * virdomaincontroller.c: <controller> devices and implicit controllers
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virdomaincontroller.h"
#include "virdomaindef.h"
#include "virerror.h"
#include "virunits.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_ENUM_IMPL(virDomainController,
              VIR_DOMAIN_CONTROLLER_TYPE_LAST,
              "ide",
              "fdc",
              "scsi",
              "sata",
              "virtio-serial",
              "ccid",
              "usb",
              "pci",
              "xenbus",
              "isa");

VIR_ENUM_IMPL(virDomainControllerModelPCI,
              VIR_DOMAIN_CONTROLLER_MODEL_PCI_LAST,
              "pci-root",
              "pcie-root",
              "pci-bridge",
              "dmi-to-pci-bridge",
              "pcie-root-port",
              "pcie-switch-upstream-port",
              "pcie-switch-downstream-port",
              "pci-expander-bus",
              "pcie-expander-bus",
              "pcie-to-pci-bridge");

VIR_ENUM_IMPL(virDomainControllerModelSCSI,
              VIR_DOMAIN_CONTROLLER_MODEL_SCSI_LAST,
              "auto",
              "buslogic",
              "lsilogic",
              "lsisas1068",
              "vmpvscsi",
              "ibmvscsi",
              "virtio-scsi",
              "lsisas1078",
              "virtio-transitional",
              "virtio-non-transitional",
              "ncr53c90",
              "dc390",
              "am53c974");

VIR_ENUM_IMPL(virDomainControllerModelUSB,
              VIR_DOMAIN_CONTROLLER_MODEL_USB_LAST,
              "piix3-uhci",
              "piix4-uhci",
              "ehci",
              "ich9-ehci1",
              "ich9-uhci1",
              "ich9-uhci2",
              "ich9-uhci3",
              "vt82c686b-uhci",
              "pci-ohci",
              "nec-xhci",
              "qusb1",
              "qusb2",
              "qemu-xhci",
              "none");

VIR_ENUM_IMPL(
    virDomainControllerModelIDE, VIR_DOMAIN_CONTROLLER_MODEL_IDE_LAST, "piix3", "piix4", "ich6");

VIR_ENUM_IMPL(virDomainControllerModelVirtioSerial,
              VIR_DOMAIN_CONTROLLER_MODEL_VIRTIO_SERIAL_LAST,
              "virtio",
              "virtio-transitional",
              "virtio-non-transitional");

VIR_ENUM_IMPL(virDomainControllerPCIModelName,
              VIR_DOMAIN_CONTROLLER_PCI_MODEL_NAME_LAST,
              "none",
              "pci-bridge",
              "i82801b11-bridge",
              "ioh3420",
              "x3130-upstream",
              "xio3130-downstream",
              "pxb",
              "pxb-pcie",
              "pcie-root-port",
              "spapr-pci-host-bridge",
              "pcie-pci-bridge");


virDomainControllerDef *
virDomainControllerDefNew(int type)
{
    virDomainControllerDef *cont = g_new0(virDomainControllerDef, 1);

    cont->type = type;
    cont->idx = -1;
    cont->model = -1;
    cont->ports = -1;
    cont->vectors = -1;
    cont->maxGrantFrames = -1;
    cont->maxEventChannels = -1;
    cont->pci.chassisNr = -1;
    cont->pci.chassis = -1;
    cont->pci.port = -1;
    cont->pci.busNr = -1;
    cont->pci.targetIndex = -1;
    cont->pci.numaNode = -1;
    return cont;
}


void
virDomainControllerDefFree(virDomainControllerDef *cont)
{
    if (!cont)
        return;
    virDomainDeviceInfoClear(&cont->info);
    g_free(cont);
}


/* Model names per controller type; -1 for unknown names or types without models. */
static int
virDomainControllerModelFromString(int type, const char *model)
{
    switch ((virDomainControllerType)type) {
    case VIR_DOMAIN_CONTROLLER_TYPE_SCSI:
        return virDomainControllerModelSCSITypeFromString(model);
    case VIR_DOMAIN_CONTROLLER_TYPE_USB:
        return virDomainControllerModelUSBTypeFromString(model);
    case VIR_DOMAIN_CONTROLLER_TYPE_PCI:
        return virDomainControllerModelPCITypeFromString(model);
    case VIR_DOMAIN_CONTROLLER_TYPE_IDE:
        return virDomainControllerModelIDETypeFromString(model);
    case VIR_DOMAIN_CONTROLLER_TYPE_VIRTIO_SERIAL:
        return virDomainControllerModelVirtioSerialTypeFromString(model);
    case VIR_DOMAIN_CONTROLLER_TYPE_FDC:
    case VIR_DOMAIN_CONTROLLER_TYPE_SATA:
    case VIR_DOMAIN_CONTROLLER_TYPE_CCID:
    case VIR_DOMAIN_CONTROLLER_TYPE_XENBUS:
    case VIR_DOMAIN_CONTROLLER_TYPE_ISA:
    case VIR_DOMAIN_CONTROLLER_TYPE_LAST:
        break;
    }
    return -1;
}


static const char *
virDomainControllerModelToString(int type, int model)
{
    switch ((virDomainControllerType)type) {
    case VIR_DOMAIN_CONTROLLER_TYPE_SCSI:
        return virDomainControllerModelSCSITypeToString(model);
    case VIR_DOMAIN_CONTROLLER_TYPE_USB:
        return virDomainControllerModelUSBTypeToString(model);
    case VIR_DOMAIN_CONTROLLER_TYPE_PCI:
        return virDomainControllerModelPCITypeToString(model);
    case VIR_DOMAIN_CONTROLLER_TYPE_IDE:
        return virDomainControllerModelIDETypeToString(model);
    case VIR_DOMAIN_CONTROLLER_TYPE_VIRTIO_SERIAL:
        return virDomainControllerModelVirtioSerialTypeToString(model);
    case VIR_DOMAIN_CONTROLLER_TYPE_FDC:
    case VIR_DOMAIN_CONTROLLER_TYPE_SATA:
    case VIR_DOMAIN_CONTROLLER_TYPE_CCID:
    case VIR_DOMAIN_CONTROLLER_TYPE_XENBUS:
    case VIR_DOMAIN_CONTROLLER_TYPE_ISA:
    case VIR_DOMAIN_CONTROLLER_TYPE_LAST:
        break;
    }
    return NULL;
}


/* ---------------------------------------------------------------- parse */

static int
virDomainControllerDriverParse(virDomainControllerDef *cont, xmlNodePtr driver)
{
    if (virXMLPropUInt(driver, "queues", 10, VIR_XML_PROP_NONE, &cont->queues) < 0 ||
        virXMLPropUInt(driver, "cmd_per_lun", 10, VIR_XML_PROP_NONE, &cont->cmd_per_lun) < 0 ||
        virXMLPropUInt(driver, "max_sectors", 10, VIR_XML_PROP_NONE, &cont->max_sectors) < 0 ||
        virXMLPropTristateSwitch(driver, "ioeventfd", VIR_XML_PROP_NONE, &cont->ioeventfd) < 0 ||
        virXMLPropUInt(driver, "iothread", 10, VIR_XML_PROP_NONE, &cont->iothread) < 0)
        return -1;
    return virDomainVirtioOptionsParseXML(driver, &cont->virtio);
}


static int
virDomainControllerPCITargetParse(virDomainControllerDef *cont, xmlNodePtr target)
{
    virDomainPCIControllerOpts *o = &cont->pci;

    if (virXMLPropInt(target, "chassisNr", 0, VIR_XML_PROP_NONNEGATIVE, &o->chassisNr, -1) < 0 ||
        virXMLPropInt(target, "chassis", 0, VIR_XML_PROP_NONNEGATIVE, &o->chassis, -1) < 0 ||
        virXMLPropInt(target, "port", 0, VIR_XML_PROP_NONNEGATIVE, &o->port, -1) < 0 ||
        virXMLPropInt(target, "busNr", 0, VIR_XML_PROP_NONNEGATIVE, &o->busNr, -1) < 0 ||
        virXMLPropTristateSwitch(target, "hotplug", VIR_XML_PROP_NONE, &o->hotplug) < 0 ||
        virXMLPropInt(target, "index", 0, VIR_XML_PROP_NONNEGATIVE, &o->targetIndex, -1) < 0)
        return -1;
    return 0;
}


static int
virDomainControllerModelTargetParse(virDomainControllerDef *cont, xmlXPathContextPtr ctxt)
{
    g_autofree xmlNodePtr *models = NULL;
    g_autofree xmlNodePtr *targets = NULL;
    unsigned int name = 0;
    int n;
    int rc;
    int node = -1;

    if ((n = virXPathNodeSet("./model", ctxt, &models)) > 1) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("Multiple <model> elements in controller definition not allowed"));
        return -1;
    }
    if (n == 1 && cont->type == VIR_DOMAIN_CONTROLLER_TYPE_PCI) {
        if (virXMLPropEnum(models[0], "name", virDomainControllerPCIModelNameTypeFromString,
                           VIR_XML_PROP_NONE, &name) < 0)
            return -1;
        cont->pci.modelName = name;
    }

    if ((n = virXPathNodeSet("./target", ctxt, &targets)) > 1) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("Multiple <target> elements in controller definition not allowed"));
        return -1;
    }
    if (n == 1 && cont->type == VIR_DOMAIN_CONTROLLER_TYPE_PCI &&
        virDomainControllerPCITargetParse(cont, targets[0]) < 0)
        return -1;

    /* <node> is a child element, unlike the other target settings */
    rc = virXPathInt("string(./target/node)", ctxt, &node);
    if (rc == -2 || (rc == 0 && node < 0)) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("invalid NUMA node in target"));
        return -1;
    }
    if (cont->type == VIR_DOMAIN_CONTROLLER_TYPE_PCI)
        cont->pci.numaNode = node;
    return 0;
}


static int
virDomainControllerTypeAttrsParse(virDomainControllerDef *cont,
                                  xmlNodePtr node,
                                  xmlXPathContextPtr ctxt,
                                  int ports)
{
    int rc;
    unsigned long long bytes = 0;

    switch ((virDomainControllerType)cont->type) {
    case VIR_DOMAIN_CONTROLLER_TYPE_VIRTIO_SERIAL:
        cont->ports = ports;
        return virXMLPropInt(node, "vectors", 10, VIR_XML_PROP_NONNEGATIVE, &cont->vectors, -1);
    case VIR_DOMAIN_CONTROLLER_TYPE_USB:
        cont->ports = ports;
        /* the UHCI companions of an EHCI controller have a default master port */
        if (!cont->info.usbMasterSet && cont->model >= VIR_DOMAIN_CONTROLLER_MODEL_USB_ICH9_UHCI1 &&
            cont->model <= VIR_DOMAIN_CONTROLLER_MODEL_USB_ICH9_UHCI3) {
            cont->info.usbMasterSet = true;
            cont->info.usbMasterStartport =
                (cont->model - VIR_DOMAIN_CONTROLLER_MODEL_USB_ICH9_UHCI1) * 2;
        }
        return 0;
    case VIR_DOMAIN_CONTROLLER_TYPE_PCI:
        if (cont->model != VIR_DOMAIN_CONTROLLER_MODEL_PCI_ROOT &&
            cont->model != VIR_DOMAIN_CONTROLLER_MODEL_PCIE_ROOT)
            return 0;
        if ((rc = virParseScaledValue("./pcihole64", NULL, ctxt, &bytes, 1024, 1024ULL * G_MAXULONG,
                                      false)) < 0)
            return -1;
        cont->pci.pcihole64 = rc == 1;
        cont->pci.pcihole64size = (bytes + 1023) / 1024;
        return 0;
    case VIR_DOMAIN_CONTROLLER_TYPE_XENBUS:
        if (virXMLPropInt(node, "maxGrantFrames", 10, VIR_XML_PROP_NONNEGATIVE,
                          &cont->maxGrantFrames, -1) < 0 ||
            virXMLPropInt(node, "maxEventChannels", 10, VIR_XML_PROP_NONNEGATIVE,
                          &cont->maxEventChannels, -1) < 0)
            return -1;
        return 0;
    case VIR_DOMAIN_CONTROLLER_TYPE_IDE:
    case VIR_DOMAIN_CONTROLLER_TYPE_FDC:
    case VIR_DOMAIN_CONTROLLER_TYPE_SCSI:
    case VIR_DOMAIN_CONTROLLER_TYPE_SATA:
    case VIR_DOMAIN_CONTROLLER_TYPE_CCID:
    case VIR_DOMAIN_CONTROLLER_TYPE_ISA:
    case VIR_DOMAIN_CONTROLLER_TYPE_LAST:
        break;
    }
    return 0;
}


virDomainControllerDef *
virDomainControllerDefParseXML(xmlXPathContextPtr ctxt,
                               xmlNodePtr node,
                               virDomainDef *def G_GNUC_UNUSED,
                               unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autoptr(virDomainControllerDef) cont = NULL;
    g_autofree char *model = NULL;
    unsigned int type = 0;
    xmlNodePtr driver;
    int ports = -1;

    ctxt->node = node;

    if (virXMLPropEnum(node, "type", virDomainControllerTypeFromString, VIR_XML_PROP_NONE, &type) <
        0)
        return NULL;
    cont = virDomainControllerDefNew(type);

    if ((model = virXMLPropString(node, "model")) &&
        (cont->model = virDomainControllerModelFromString(cont->type, model)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("Unknown model type '%1$s'"), model);
        return NULL;
    }

    if (virXMLPropInt(node, "index", 10, VIR_XML_PROP_NONNEGATIVE, &cont->idx, -1) < 0)
        return NULL;

    if ((driver = virXPathNode("./driver", ctxt)) &&
        virDomainControllerDriverParse(cont, driver) < 0)
        return NULL;

    if (virDomainControllerModelTargetParse(cont, ctxt) < 0)
        return NULL;

    if (virDomainDeviceInfoParseXML(ctxt, node, &cont->info, flags) < 0)
        return NULL;

    if (virXMLPropInt(node, "ports", 10, VIR_XML_PROP_NONNEGATIVE, &ports, -1) < 0)
        return NULL;

    if (virDomainControllerTypeAttrsParse(cont, node, ctxt, ports) < 0)
        return NULL;

    return g_steal_pointer(&cont);
}


/* ---------------------------------------------------------------- format */

static void
virDomainControllerPCIFormat(virBuffer *buf, const virDomainControllerDef *cont)
{
    const virDomainPCIControllerOpts *o = &cont->pci;

    if (o->modelName != VIR_DOMAIN_CONTROLLER_PCI_MODEL_NAME_NONE)
        virBufferAsprintf(buf, "<model name='%s'/>\n",
                          virDomainControllerPCIModelNameTypeToString(o->modelName));

    if (o->chassisNr == -1 && o->chassis == -1 && o->port == -1 && o->busNr == -1 &&
        o->targetIndex == -1 && o->numaNode == -1 && o->hotplug == VIR_TRISTATE_SWITCH_ABSENT)
        return;

    virBufferAddLit(buf, "<target");
    if (o->chassisNr != -1)
        virBufferAsprintf(buf, " chassisNr='%d'", o->chassisNr);
    if (o->chassis != -1)
        virBufferAsprintf(buf, " chassis='%d'", o->chassis);
    if (o->port != -1)
        virBufferAsprintf(buf, " port='0x%x'", (unsigned int)o->port);
    if (o->busNr != -1)
        virBufferAsprintf(buf, " busNr='%d'", o->busNr);
    if (o->targetIndex != -1)
        virBufferAsprintf(buf, " index='%d'", o->targetIndex);
    if (o->hotplug != VIR_TRISTATE_SWITCH_ABSENT)
        virBufferAsprintf(buf, " hotplug='%s'", virTristateSwitchTypeToString(o->hotplug));
    if (o->numaNode == -1) {
        virBufferAddLit(buf, "/>\n");
        return;
    }
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);
    virBufferAsprintf(buf, "<node>%d</node>\n", o->numaNode);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</target>\n");
}


static void
virDomainControllerDriverFormat(virBuffer *buf, const virDomainControllerDef *cont)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;

    if (cont->queues)
        virBufferAsprintf(&attrBuf, " queues='%u'", cont->queues);
    if (cont->cmd_per_lun)
        virBufferAsprintf(&attrBuf, " cmd_per_lun='%u'", cont->cmd_per_lun);
    if (cont->max_sectors)
        virBufferAsprintf(&attrBuf, " max_sectors='%u'", cont->max_sectors);
    if (cont->ioeventfd)
        virBufferAsprintf(&attrBuf, " ioeventfd='%s'",
                          virTristateSwitchTypeToString(cont->ioeventfd));
    if (cont->iothread)
        virBufferAsprintf(&attrBuf, " iothread='%u'", cont->iothread);
    virDomainVirtioOptionsFormat(&attrBuf, &cont->virtio);
    virXMLFormatElement(buf, "driver", &attrBuf, NULL);
}


static void
virDomainControllerAttrsFormat(virBuffer *attrBuf, const virDomainControllerDef *cont)
{
    switch ((virDomainControllerType)cont->type) {
    case VIR_DOMAIN_CONTROLLER_TYPE_VIRTIO_SERIAL:
        if (cont->ports != -1)
            virBufferAsprintf(attrBuf, " ports='%d'", cont->ports);
        if (cont->vectors != -1)
            virBufferAsprintf(attrBuf, " vectors='%d'", cont->vectors);
        break;
    case VIR_DOMAIN_CONTROLLER_TYPE_USB:
        if (cont->ports != -1)
            virBufferAsprintf(attrBuf, " ports='%d'", cont->ports);
        break;
    case VIR_DOMAIN_CONTROLLER_TYPE_XENBUS:
        if (cont->maxGrantFrames != -1)
            virBufferAsprintf(attrBuf, " maxGrantFrames='%d'", cont->maxGrantFrames);
        if (cont->maxEventChannels != -1)
            virBufferAsprintf(attrBuf, " maxEventChannels='%d'", cont->maxEventChannels);
        break;
    case VIR_DOMAIN_CONTROLLER_TYPE_IDE:
    case VIR_DOMAIN_CONTROLLER_TYPE_FDC:
    case VIR_DOMAIN_CONTROLLER_TYPE_SCSI:
    case VIR_DOMAIN_CONTROLLER_TYPE_SATA:
    case VIR_DOMAIN_CONTROLLER_TYPE_CCID:
    case VIR_DOMAIN_CONTROLLER_TYPE_PCI:
    case VIR_DOMAIN_CONTROLLER_TYPE_ISA:
    case VIR_DOMAIN_CONTROLLER_TYPE_LAST:
        break;
    }
}


int
virDomainControllerDefFormat(virBuffer *buf,
                             const virDomainControllerDef *cont,
                             const virDomainDef *def G_GNUC_UNUSED,
                             unsigned int flags)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    const char *type = virDomainControllerTypeToString(cont->type);
    const char *model = NULL;

    if (!type) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unexpected controller type %1$d"), cont->type);
        return -1;
    }
    if (cont->model != -1 && !(model = virDomainControllerModelToString(cont->type, cont->model))) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unexpected model type %1$d"), cont->model);
        return -1;
    }

    virBufferAsprintf(&attrBuf, " type='%s' index='%d'", type, cont->idx);
    virBufferEscapeString(&attrBuf, " model='%s'", model);
    virDomainControllerAttrsFormat(&attrBuf, cont);

    if (cont->type == VIR_DOMAIN_CONTROLLER_TYPE_PCI)
        virDomainControllerPCIFormat(&childBuf, cont);

    virDomainControllerDriverFormat(&childBuf, cont);
    virDomainDeviceInfoFormat(&childBuf, &cont->info, flags);

    if (cont->type == VIR_DOMAIN_CONTROLLER_TYPE_PCI && cont->pci.pcihole64)
        virBufferAsprintf(&childBuf, "<pcihole64 unit='KiB'>%llu</pcihole64>\n",
                          cont->pci.pcihole64size);

    virXMLFormatElement(buf, "controller", &attrBuf, &childBuf);
    return 0;
}


/* ---------------------------------------------------------------- placement */

void
virDomainControllerInsert(virDomainDef *def, virDomainControllerDef *cont)
{
    ssize_t pos = -1;
    ssize_t i;

    for (i = (ssize_t)def->ncontrollers - 1; i >= 0; i--) {
        const virDomainControllerDef *cur = def->controllers[i];

        if (cur->type != cont->type)
            continue;
        if (cont->idx == -1) {
            pos = i + 1;
            break;
        }
        if (cur->idx > cont->idx) {
            pos = i;
        } else if (!cont->info.usbMasterSet && cur->info.usbMasterSet && cur->idx == cont->idx) {
            /* a master goes before its companions */
            pos = i;
        } else if (pos == -1) {
            pos = i + 1;
        }
    }
    if (pos < 0)
        pos = def->ncontrollers;

    def->controllers = g_renew(virDomainControllerDef *, def->controllers, def->ncontrollers + 1);
    memmove(def->controllers + pos + 1, def->controllers + pos,
            (def->ncontrollers - pos) * sizeof(*def->controllers));
    def->controllers[pos] = cont;
    def->ncontrollers++;
}


static bool
virDomainControllerExists(const virDomainDef *def, int type, int idx)
{
    size_t i;

    for (i = 0; i < def->ncontrollers; i++) {
        if (def->controllers[i]->type == type && def->controllers[i]->idx == idx)
            return true;
    }
    return false;
}


int
virDomainDefMaybeAddController(virDomainDef *def, int type, int idx, int model)
{
    virDomainControllerDef *cont;

    if (virDomainControllerExists(def, type, idx))
        return 0;

    cont = virDomainControllerDefNew(type);
    cont->idx = idx;
    cont->model = model;
    def->controllers = g_renew(virDomainControllerDef *, def->controllers, def->ncontrollers + 1);
    def->controllers[def->ncontrollers++] = cont;
    return 1;
}


static bool
virDomainControllerIsICH9USB(const virDomainControllerDef *cont)
{
    return cont->type == VIR_DOMAIN_CONTROLLER_TYPE_USB &&
           cont->model >= VIR_DOMAIN_CONTROLLER_MODEL_USB_ICH9_EHCI1 &&
           cont->model <= VIR_DOMAIN_CONTROLLER_MODEL_USB_ICH9_UHCI3;
}


/*
 * An ICH9 EHCI controller and its UHCI companions share one index: a
 * member of that family without index joins the set of the controller
 * just before it, unless that set already has a controller of its model.
 * Returns the index to use, or -1.
 */
static int
virDomainControllerICH9SetIndex(const virDomainDef *def, const virDomainControllerDef *cont)
{
    const virDomainControllerDef *prev = NULL;
    size_t i;

    if (!virDomainControllerIsICH9USB(cont))
        return -1;
    for (i = 0; i < def->ncontrollers && def->controllers[i] != cont; i++)
        prev = def->controllers[i];
    if (!prev || !virDomainControllerIsICH9USB(prev) || prev->idx == -1)
        return -1;
    for (i = 0; i < def->ncontrollers; i++) {
        const virDomainControllerDef *other = def->controllers[i];

        if (virDomainControllerIsICH9USB(other) && other->idx == prev->idx &&
            other->model == cont->model)
            return -1;
    }
    return prev->idx;
}


int
virDomainControllerDefPostParse(virDomainControllerDef *cont, virDomainDef *def)
{
    if (cont->idx == -1)
        cont->idx = virDomainControllerICH9SetIndex(def, cont);
    if (cont->idx == -1) {
        int idx = 0;

        while (virDomainControllerExists(def, cont->type, idx))
            idx++;
        cont->idx = idx;
    }

    if (cont->iothread && cont->model != VIR_DOMAIN_CONTROLLER_MODEL_SCSI_VIRTIO_SCSI &&
        cont->model != VIR_DOMAIN_CONTROLLER_MODEL_SCSI_VIRTIO_TRANSITIONAL &&
        cont->model != VIR_DOMAIN_CONTROLLER_MODEL_SCSI_VIRTIO_NON_TRANSITIONAL) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("'iothread' attribute only supported for virtio scsi controllers"));
        return -1;
    }
    return 0;
}


int
virDomainDefRejectDuplicateControllers(const virDomainDef *def)
{
    size_t i;
    size_t j;
    bool usbNone = false;
    bool usbOther = false;

    for (i = 0; i < def->ncontrollers; i++) {
        const virDomainControllerDef *a = def->controllers[i];

        if (a->type != VIR_DOMAIN_CONTROLLER_TYPE_USB)
            continue;
        if (a->model == VIR_DOMAIN_CONTROLLER_MODEL_USB_NONE)
            usbNone = true;
        else
            usbOther = true;
    }
    if (usbNone && usbOther) {
        virReportError(VIR_ERR_XML_DETAIL, "%s",
                       _("Can't add another USB controller: USB is disabled for this domain"));
        return -1;
    }

    for (i = 0; i < def->ncontrollers; i++) {
        const virDomainControllerDef *a = def->controllers[i];

        /* several USB controllers (an EHCI and its companions) share an index */
        if (a->type == VIR_DOMAIN_CONTROLLER_TYPE_USB)
            continue;
        for (j = 0; j < i; j++) {
            const virDomainControllerDef *b = def->controllers[j];

            if (a->type == b->type && a->idx == b->idx) {
                virReportError(VIR_ERR_XML_ERROR,
                               _("Multiple '%1$s' controllers with index '%2$d'"),
                               virDomainControllerTypeToString(a->type), a->idx);
                return -1;
            }
        }
    }
    return 0;
}


int
virDomainControllerDefValidate(const virDomainControllerDef *cont,
                               const virDomainDef *def G_GNUC_UNUSED)
{
    const virDomainPCIControllerOpts *o = &cont->pci;

    if (cont->type != VIR_DOMAIN_CONTROLLER_TYPE_PCI)
        return 0;

    if (o->targetIndex != -1) {
        if (o->targetIndex < 0 || o->targetIndex > 30) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("PCI controller target index '%1$d' out of range - must be 0-30"),
                           o->targetIndex);
            return -1;
        }
        if ((cont->idx == 0 && o->targetIndex != 0) || (cont->idx != 0 && o->targetIndex == 0)) {
            virReportError(
                VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                _("Only the PCI controller with index 0 can have target index 0, and vice versa"));
            return -1;
        }
    }
    if (o->chassisNr != -1 && (o->chassisNr < 1 || o->chassisNr > 255)) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("PCI controller chassisNr '%1$d' out of range - must be 1-255"),
                       o->chassisNr);
        return -1;
    }
    if (o->chassis != -1 && (o->chassis < 0 || o->chassis > 255)) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("PCI controller chassis '%1$d' out of range - must be 0-255"), o->chassis);
        return -1;
    }
    if (o->port != -1 && (o->port < 0 || o->port > 255)) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("PCI controller port '%1$d' out of range - must be 0-255"), o->port);
        return -1;
    }
    if (o->busNr != -1 && (o->busNr < 1 || o->busNr > 254)) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("PCI controller busNr '%1$d' out of range - must be 1-254"), o->busNr);
        return -1;
    }
    if (o->numaNode >= 0 && cont->idx == 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("The PCI controller with index=0 can't be associated with a NUMA node"));
        return -1;
    }
    return 0;
}


/* ---------------------------------------------------------------- implicit controllers */

/*
 * Implicit controllers are added for every index up to the highest one a
 * drive address names; libvirt has no bound, so a single address such as
 * controller='4000000000' makes it add controllers until memory runs out
 * (found by fuzzing). Indices above this are refused instead.
 */
#define VIR_DOMAIN_IMPLICIT_CONTROLLER_MAX 1024

static int
virDomainDefAddDiskControllersForType(virDomainDef *def, int controllerType, int diskBus)
{
    unsigned int maxController = 0;
    bool any = false;
    size_t i;

    for (i = 0; i < def->ndisks; i++) {
        const virDomainDiskDef *disk = def->disks[i];

        if (disk->bus != diskBus || disk->info.type != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_DRIVE)
            continue;
        any = true;
        maxController = MAX(maxController, disk->info.addr.drive.controller);
    }
    if (!any)
        return 0;
    if (maxController > VIR_DOMAIN_IMPLICIT_CONTROLLER_MAX) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("controller index %1$u in a drive address is too large (at most %2$d)"),
                       maxController, VIR_DOMAIN_IMPLICIT_CONTROLLER_MAX);
        return -1;
    }
    for (i = 0; i <= maxController; i++)
        virDomainDefMaybeAddController(def, controllerType, i, -1);
    return 0;
}


static void
virDomainDefAddVirtioSerialControllers(virDomainDef *def)
{
    size_t i;

    for (i = 0; i < def->nchannels; i++) {
        const virDomainChrDef *chr = def->channels[i];
        int idx = 0;

        if (chr->targetType != VIR_DOMAIN_CHR_CHANNEL_TARGET_TYPE_VIRTIO)
            continue;
        if (chr->info.type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_SERIAL)
            idx = chr->info.addr.vioserial.controller;
        virDomainDefMaybeAddController(def, VIR_DOMAIN_CONTROLLER_TYPE_VIRTIO_SERIAL, idx, -1);
    }

    for (i = 0; i < def->nconsoles; i++) {
        const virDomainChrDef *chr = def->consoles[i];
        int idx = 0;

        if (chr->targetType != VIR_DOMAIN_CHR_CONSOLE_TARGET_TYPE_VIRTIO)
            continue;
        if (chr->info.type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_VIRTIO_SERIAL)
            idx = chr->info.addr.vioserial.controller;
        virDomainDefMaybeAddController(def, VIR_DOMAIN_CONTROLLER_TYPE_VIRTIO_SERIAL, idx, -1);
    }
}


static void
virDomainDefAddSmartcardControllers(virDomainDef *def)
{
    size_t i;
    size_t j;

    for (i = 0; i < def->nsmartcards; i++) {
        virDomainDeviceInfo *info = &def->smartcards[i]->info;
        int idx = 0;

        if (info->type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCID) {
            idx = info->addr.ccid.controller;
        } else if (info->type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE) {
            int max = -1;

            /* the next free slot of controller 0 */
            for (j = 0; j < def->nsmartcards; j++) {
                const virDomainDeviceInfo *other = &def->smartcards[j]->info;

                if (other->type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCID &&
                    other->addr.ccid.controller == 0 && (int)other->addr.ccid.slot > max)
                    max = other->addr.ccid.slot;
            }
            info->type = VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCID;
            info->addr.ccid.controller = 0;
            info->addr.ccid.slot = max + 1;
        }
        virDomainDefMaybeAddController(def, VIR_DOMAIN_CONTROLLER_TYPE_CCID, idx, -1);
    }
}


static const virDomainControllerDef *
virDomainDefFindSCSIController(const virDomainDef *def, unsigned int idx)
{
    size_t i;

    for (i = 0; i < def->ncontrollers; i++) {
        if (def->controllers[i]->type == VIR_DOMAIN_CONTROLLER_TYPE_SCSI &&
            def->controllers[i]->idx == (int)idx)
            return def->controllers[i];
    }
    return NULL;
}


/* The highest SCSI controller used by @hostdev; model of that controller. */
static void
virDomainHostdevSCSIControllerMax(const virDomainDef *def,
                                  const virDomainHostdevDef *hostdev,
                                  int *maxController,
                                  int *model)
{
    const virDomainControllerDef *cont;

    if (!virHostdevIsSCSIDevice(hostdev) ||
        (int)hostdev->info->addr.drive.controller <= *maxController)
        return;
    *maxController = hostdev->info->addr.drive.controller;
    /* keep the model of the controller that is full for the new ones */
    cont = virDomainDefFindSCSIController(def, hostdev->info->addr.drive.controller);
    if (cont && cont->model != -1)
        *model = cont->model;
}


void
virDomainDefAddHostdevSCSIControllers(virDomainDef *def, const virDomainHostdevDef *extra)
{
    int maxController = -1;
    int model = -1;
    size_t i;

    for (i = 0; i < def->nhostdevs; i++)
        virDomainHostdevSCSIControllerMax(def, def->hostdevs[i], &maxController, &model);
    if (extra)
        virDomainHostdevSCSIControllerMax(def, extra, &maxController, &model);
    /* an index over the bound adds nothing here (see above) */
    if (maxController > VIR_DOMAIN_IMPLICIT_CONTROLLER_MAX)
        return;
    for (i = 0; (int)i <= maxController; i++)
        virDomainDefMaybeAddController(def, VIR_DOMAIN_CONTROLLER_TYPE_SCSI, i, model);
}


int
virDomainDefAddImplicitControllers(virDomainDef *def)
{
    if (virDomainDefAddDiskControllersForType(def, VIR_DOMAIN_CONTROLLER_TYPE_SCSI,
                                              VIR_DOMAIN_DISK_BUS_SCSI) < 0 ||
        virDomainDefAddDiskControllersForType(def, VIR_DOMAIN_CONTROLLER_TYPE_FDC,
                                              VIR_DOMAIN_DISK_BUS_FDC) < 0 ||
        virDomainDefAddDiskControllersForType(def, VIR_DOMAIN_CONTROLLER_TYPE_IDE,
                                              VIR_DOMAIN_DISK_BUS_IDE) < 0 ||
        virDomainDefAddDiskControllersForType(def, VIR_DOMAIN_CONTROLLER_TYPE_SATA,
                                              VIR_DOMAIN_DISK_BUS_SATA) < 0)
        return -1;
    virDomainDefAddVirtioSerialControllers(def);
    virDomainDefAddSmartcardControllers(def);
    virDomainDefAddHostdevSCSIControllers(def, NULL);
    return 0;
}
