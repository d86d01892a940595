/*
 * virdomaindevmisc.c: input, hub, watchdog, panic, nvram, lease, iommu,
 * vsock and crypto devices
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include "virdomaindef.h"
#include "virdomaindevmisc.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_ENUM_IMPL(virDomainInput,
              VIR_DOMAIN_INPUT_TYPE_LAST,
              "mouse",
              "tablet",
              "keyboard",
              "passthrough",
              "evdev");

VIR_ENUM_IMPL(virDomainInputBus,
              VIR_DOMAIN_INPUT_BUS_LAST,
              "ps2",
              "usb",
              "xen",
              "parallels",
              "virtio",
              "none");

VIR_ENUM_IMPL(virDomainInputModel,
              VIR_DOMAIN_INPUT_MODEL_LAST,
              "default",
              "virtio",
              "virtio-transitional",
              "virtio-non-transitional");

VIR_ENUM_IMPL(virDomainInputSourceGrab, VIR_DOMAIN_INPUT_SOURCE_GRAB_LAST, "default", "all");

VIR_ENUM_IMPL(virDomainInputSourceGrabToggle,
              VIR_DOMAIN_INPUT_SOURCE_GRAB_TOGGLE_LAST,
              "default",
              "ctrl-ctrl",
              "alt-alt",
              "shift-shift",
              "meta-meta",
              "scrolllock",
              "ctrl-scrolllock");

VIR_ENUM_IMPL(
    virDomainWatchdogModel, VIR_DOMAIN_WATCHDOG_MODEL_LAST, "i6300esb", "ib700", "diag288");

VIR_ENUM_IMPL(virDomainWatchdogAction,
              VIR_DOMAIN_WATCHDOG_ACTION_LAST,
              "reset",
              "shutdown",
              "poweroff",
              "pause",
              "dump",
              "none",
              "inject-nmi");

VIR_ENUM_IMPL(virDomainPanicModel,
              VIR_DOMAIN_PANIC_MODEL_LAST,
              "default",
              "isa",
              "pseries",
              "hyperv",
              "s390");

VIR_ENUM_IMPL(virDomainIOMMUModel, VIR_DOMAIN_IOMMU_MODEL_LAST, "intel", "smmuv3", "virtio");

VIR_ENUM_IMPL(virDomainVsockModel,
              VIR_DOMAIN_VSOCK_MODEL_LAST,
              "default",
              "virtio",
              "virtio-transitional",
              "virtio-non-transitional");

VIR_ENUM_IMPL(virDomainHub, VIR_DOMAIN_HUB_TYPE_LAST, "usb");

/* value of def->features[VIR_DOMAIN_FEATURE_IOAPIC] for <ioapic driver='qemu'/> */
#define VIR_DOMAIN_DEVMISC_IOAPIC_QEMU 2


/* Formats @info and wraps the element: "<name attrs/>" or with children. */
static void
virDomainDevMiscFinish(virBuffer *buf,
                       const char *name,
                       virBuffer *attrBuf,
                       virBuffer *childBuf,
                       const virDomainDeviceInfo *info,
                       unsigned int flags)
{
    virDomainDeviceInfoFormat(childBuf, info, flags);
    virXMLFormatElement(buf, name, attrBuf, childBuf);
}


/* ---- input ---- */

void
virDomainInputDefFree(virDomainInputDef *input)
{
    if (!input)
        return;
    g_free(input->source);
    virDomainDeviceInfoClear(&input->info);
    g_free(input);
}


/* PS/2 is the default mouse and keyboard bus of x86 guests only */
static bool
virDomainInputDefArchHasPS2(const virDomainDef *def)
{
    return !def || def->os.arch == VIR_ARCH_NONE || def->os.arch == VIR_ARCH_I686 ||
           def->os.arch == VIR_ARCH_X86_64;
}


static int
virDomainInputBusParse(xmlNodePtr node, virDomainInputDef *input, const virDomainDef *def)
{
    g_autofree char *bus = virXMLPropString(node, "bus");
    bool hvm = !def || def->os.type == VIR_DOMAIN_OSTYPE_HVM;

    if (!hvm && def->os.type != VIR_DOMAIN_OSTYPE_XEN && def->os.type != VIR_DOMAIN_OSTYPE_XENPVH) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                       _("Input devices are not supported by this virtualization driver."));
        return -1;
    }
    if (bus) {
        if ((input->bus = virDomainInputBusTypeFromString(bus)) < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown input bus type '%1$s'"), bus);
            return -1;
        }
        input->busSet = true;
    } else if (!hvm) {
        input->bus = VIR_DOMAIN_INPUT_BUS_XEN;
    } else if ((input->type == VIR_DOMAIN_INPUT_TYPE_MOUSE ||
                input->type == VIR_DOMAIN_INPUT_TYPE_KBD) &&
               virDomainInputDefArchHasPS2(def)) {
        input->bus = VIR_DOMAIN_INPUT_BUS_PS2;
    } else if (input->type == VIR_DOMAIN_INPUT_TYPE_PASSTHROUGH) {
        input->bus = VIR_DOMAIN_INPUT_BUS_VIRTIO;
    } else if (input->type == VIR_DOMAIN_INPUT_TYPE_EVDEV) {
        input->bus = VIR_DOMAIN_INPUT_BUS_NONE;
    } else {
        input->bus = VIR_DOMAIN_INPUT_BUS_USB;
    }
    return 0;
}


/* The bus rules, checked once the whole element is read. */
static int
virDomainInputBusCheck(const virDomainInputDef *input, const virDomainDef *def)
{
    bool hvm = !def || def->os.type == VIR_DOMAIN_OSTYPE_HVM;
    const char *bus = virDomainInputBusTypeToString(input->bus);
    bool mouseOrKbd =
        input->type == VIR_DOMAIN_INPUT_TYPE_MOUSE || input->type == VIR_DOMAIN_INPUT_TYPE_KBD;

    if (!hvm && !mouseOrKbd && input->bus == VIR_DOMAIN_INPUT_BUS_XEN) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("xen bus does not support %1$s input device"),
                       virDomainInputTypeToString(input->type));
        return -1;
    }
    if (!input->busSet)
        return 0;
    if (hvm && input->bus == VIR_DOMAIN_INPUT_BUS_PS2 && !mouseOrKbd) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("ps2 bus does not support %1$s input device"),
                       virDomainInputTypeToString(input->type));
        return -1;
    }
    if (hvm == (input->bus == VIR_DOMAIN_INPUT_BUS_XEN)) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unsupported input bus %1$s"), bus);
        return -1;
    }
    if (input->type == VIR_DOMAIN_INPUT_TYPE_EVDEV) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("input evdev doesn't support bus element"));
        return -1;
    }
    return 0;
}


static int
virDomainInputSourceParse(xmlNodePtr node, virDomainInputDef *input)
{
    xmlNodePtr source = virXMLNodeGetSubelement(node, "source");
    unsigned int grab = 0;
    unsigned int toggle = 0;

    if (!source || (input->type != VIR_DOMAIN_INPUT_TYPE_PASSTHROUGH &&
                    input->type != VIR_DOMAIN_INPUT_TYPE_EVDEV))
        return 0;
    input->source =
        virXMLPropString(source, input->type == VIR_DOMAIN_INPUT_TYPE_EVDEV ? "dev" : "evdev");
    if (!input->source) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("Missing evdev path for input device"));
        return -1;
    }
    if (input->type != VIR_DOMAIN_INPUT_TYPE_EVDEV)
        return 0;
    if (virXMLPropEnum(source, "grab", virDomainInputSourceGrabTypeFromString, VIR_XML_PROP_NONZERO,
                       &grab) < 0 ||
        virXMLPropEnum(source, "grabToggle", virDomainInputSourceGrabToggleTypeFromString,
                       VIR_XML_PROP_NONZERO, &toggle) < 0 ||
        virXMLPropTristateSwitch(source, "repeat", VIR_XML_PROP_NONE, &input->repeat) < 0)
        return -1;
    input->grab = grab;
    input->grabToggle = toggle;
    return 0;
}


static int
virDomainInputTypeModelParse(xmlNodePtr node, virDomainInputDef *input)
{
    g_autofree char *type = virXMLPropString(node, "type");
    g_autofree char *model = virXMLPropString(node, "model");

    if (!type) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("missing input device type"));
        return -1;
    }
    if ((input->type = virDomainInputTypeFromString(type)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown input device type '%1$s'"), type);
        return -1;
    }
    if (model && (input->model = virDomainInputModelTypeFromString(model)) <= 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown input model '%1$s'"), model);
        return -1;
    }
    return 0;
}


virDomainInputDef *
virDomainInputDefParseXML(xmlXPathContextPtr ctxt,
                          xmlNodePtr node,
                          virDomainDef *def,
                          unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virDomainInputDef) input = g_new0(virDomainInputDef, 1);

    ctxt->node = node;
    if (virDomainInputTypeModelParse(node, input) < 0 ||
        virDomainInputBusParse(node, input, def) < 0 ||
        virDomainInputSourceParse(node, input) < 0 || virDomainInputBusCheck(input, def) < 0)
        return NULL;
    if (input->model && input->bus != VIR_DOMAIN_INPUT_BUS_VIRTIO) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("only bus 'virtio' is supported for input model '%1$s'"),
                       virDomainInputModelTypeToString(input->model));
        return NULL;
    }
    if (input->type == VIR_DOMAIN_INPUT_TYPE_PASSTHROUGH &&
        input->bus != VIR_DOMAIN_INPUT_BUS_VIRTIO) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("only bus 'virtio' is supported for 'passthrough' input devices"));
        return NULL;
    }
    if (virDomainVirtioOptionsParseXML(virXMLNodeGetSubelement(node, "driver"), &input->virtio) <
            0 ||
        virDomainDeviceInfoParseXML(ctxt, node, &input->info, flags) < 0)
        return NULL;
    return g_steal_pointer(&input);
}


int
virDomainInputDefFormat(virBuffer *buf,
                        const virDomainInputDef *input,
                        const virDomainDef *def G_GNUC_UNUSED,
                        unsigned int flags)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    g_auto(virBuffer) drvBuf = VIR_BUFFER_INITIALIZER;

    virBufferAsprintf(&attrBuf, " type='%s'", virDomainInputTypeToString(input->type));
    if (input->bus != VIR_DOMAIN_INPUT_BUS_NONE)
        virBufferAsprintf(&attrBuf, " bus='%s'", virDomainInputBusTypeToString(input->bus));
    if (input->model)
        virBufferAsprintf(&attrBuf, " model='%s'", virDomainInputModelTypeToString(input->model));

    virDomainVirtioOptionsFormat(&drvBuf, &input->virtio);
    virXMLFormatElement(&childBuf, "driver", &drvBuf, NULL);
    if (input->type == VIR_DOMAIN_INPUT_TYPE_PASSTHROUGH) {
        virBufferEscapeString(&childBuf, "<source evdev='%s'/>\n", input->source);
    } else if (input->type == VIR_DOMAIN_INPUT_TYPE_EVDEV && input->source) {
        virBufferEscapeString(&childBuf, "<source dev='%s'", input->source);
        if (input->grab)
            virBufferAsprintf(&childBuf, " grab='%s'",
                              virDomainInputSourceGrabTypeToString(input->grab));
        if (input->grabToggle)
            virBufferAsprintf(&childBuf, " grabToggle='%s'",
                              virDomainInputSourceGrabToggleTypeToString(input->grabToggle));
        if (input->repeat)
            virBufferAsprintf(&childBuf, " repeat='%s'",
                              virTristateSwitchTypeToString(input->repeat));
        virBufferAddLit(&childBuf, "/>\n");
    }
    virDomainDevMiscFinish(buf, "input", &attrBuf, &childBuf, &input->info, flags);
    return 0;
}


int
virDomainInputDefPostParse(virDomainInputDef *input G_GNUC_UNUSED, virDomainDef *def G_GNUC_UNUSED)
{
    return 0;
}


/* ---- hub ---- */

void
virDomainHubDefFree(virDomainHubDef *hub)
{
    if (!hub)
        return;
    virDomainDeviceInfoClear(&hub->info);
    g_free(hub);
}


virDomainHubDef *
virDomainHubDefParseXML(xmlXPathContextPtr ctxt,
                        xmlNodePtr node,
                        virDomainDef *def G_GNUC_UNUSED,
                        unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virDomainHubDef) hub = g_new0(virDomainHubDef, 1);
    g_autofree char *type = virXMLPropString(node, "type");

    ctxt->node = node;
    if (!type) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("missing hub device type"));
        return NULL;
    }
    if ((hub->type = virDomainHubTypeFromString(type)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown hub device type '%1$s'"), type);
        return NULL;
    }
    if (virDomainDeviceInfoParseXML(ctxt, node, &hub->info, flags) < 0)
        return NULL;
    return g_steal_pointer(&hub);
}


int
virDomainHubDefFormat(virBuffer *buf,
                      const virDomainHubDef *hub,
                      const virDomainDef *def G_GNUC_UNUSED,
                      unsigned int flags)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    virBufferAsprintf(&attrBuf, " type='%s'", virDomainHubTypeToString(hub->type));
    virDomainDevMiscFinish(buf, "hub", &attrBuf, &childBuf, &hub->info, flags);
    return 0;
}


int
virDomainHubDefPostParse(virDomainHubDef *hub G_GNUC_UNUSED, virDomainDef *def G_GNUC_UNUSED)
{
    return 0;
}


/* ---- watchdog ---- */

void
virDomainWatchdogDefFree(virDomainWatchdogDef *watchdog)
{
    if (!watchdog)
        return;
    virDomainDeviceInfoClear(&watchdog->info);
    g_free(watchdog);
}


virDomainWatchdogDef *
virDomainWatchdogDefParseXML(xmlXPathContextPtr ctxt,
                             xmlNodePtr node,
                             virDomainDef *def G_GNUC_UNUSED,
                             unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virDomainWatchdogDef) wd = g_new0(virDomainWatchdogDef, 1);
    g_autofree char *model = virXMLPropString(node, "model");
    g_autofree char *action = virXMLPropString(node, "action");

    ctxt->node = node;
    if (!model) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("watchdog must contain model name"));
        return NULL;
    }
    if ((wd->model = virDomainWatchdogModelTypeFromString(model)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown watchdog model '%1$s'"), model);
        return NULL;
    }
    if (action && (wd->action = virDomainWatchdogActionTypeFromString(action)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown watchdog action '%1$s'"), action);
        return NULL;
    }
    if (virDomainDeviceInfoParseXML(ctxt, node, &wd->info, flags) < 0)
        return NULL;
    return g_steal_pointer(&wd);
}


int
virDomainWatchdogDefFormat(virBuffer *buf,
                           const virDomainWatchdogDef *watchdog,
                           const virDomainDef *def G_GNUC_UNUSED,
                           unsigned int flags)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    virBufferAsprintf(&attrBuf, " model='%s' action='%s'",
                      virDomainWatchdogModelTypeToString(watchdog->model),
                      virDomainWatchdogActionTypeToString(watchdog->action));
    virDomainDevMiscFinish(buf, "watchdog", &attrBuf, &childBuf, &watchdog->info, flags);
    return 0;
}


int
virDomainWatchdogDefPostParse(virDomainWatchdogDef *watchdog G_GNUC_UNUSED,
                              virDomainDef *def G_GNUC_UNUSED)
{
    return 0;
}


/* ---- panic ---- */

void
virDomainPanicDefFree(virDomainPanicDef *panic)
{
    if (!panic)
        return;
    virDomainDeviceInfoClear(&panic->info);
    g_free(panic);
}


virDomainPanicDef *
virDomainPanicDefParseXML(xmlXPathContextPtr ctxt,
                          xmlNodePtr node,
                          virDomainDef *def G_GNUC_UNUSED,
                          unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virDomainPanicDef) panic = g_new0(virDomainPanicDef, 1);
    g_autofree char *model = virXMLPropString(node, "model");

    ctxt->node = node;
    if (model && (panic->model = virDomainPanicModelTypeFromString(model)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown panic model '%1$s'"), model);
        return NULL;
    }
    if (virDomainDeviceInfoParseXML(ctxt, node, &panic->info, flags) < 0)
        return NULL;
    return g_steal_pointer(&panic);
}


int
virDomainPanicDefFormat(virBuffer *buf,
                        const virDomainPanicDef *panic,
                        const virDomainDef *def G_GNUC_UNUSED,
                        unsigned int flags)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    /* an empty default panic device is not written at all, as in libvirt */
    if (panic->model)
        virBufferAsprintf(&attrBuf, " model='%s'", virDomainPanicModelTypeToString(panic->model));
    virDomainDevMiscFinish(buf, "panic", &attrBuf, &childBuf, &panic->info, flags);
    return 0;
}


int
virDomainPanicDefPostParse(virDomainPanicDef *panic G_GNUC_UNUSED, virDomainDef *def G_GNUC_UNUSED)
{
    return 0;
}


/* ---- nvram ---- */

void
virDomainNVRAMDefFree(virDomainNVRAMDef *nvram)
{
    if (!nvram)
        return;
    virDomainDeviceInfoClear(&nvram->info);
    g_free(nvram);
}


virDomainNVRAMDef *
virDomainNVRAMDefParseXML(xmlXPathContextPtr ctxt,
                          xmlNodePtr node,
                          virDomainDef *def G_GNUC_UNUSED,
                          unsigned int flags)
{
    g_autoptr(virDomainNVRAMDef) nvram = g_new0(virDomainNVRAMDef, 1);

    if (virDomainDeviceInfoParseXML(ctxt, node, &nvram->info, flags) < 0)
        return NULL;
    return g_steal_pointer(&nvram);
}


int
virDomainNVRAMDefFormat(virBuffer *buf,
                        const virDomainNVRAMDef *nvram,
                        const virDomainDef *def G_GNUC_UNUSED,
                        unsigned int flags)
{
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    /* libvirt always writes both tags, even around nothing */
    virBufferAddLit(buf, "<nvram>\n");
    virDomainDeviceInfoFormat(&childBuf, &nvram->info, flags);
    virBufferAddBuffer(buf, &childBuf);
    virBufferAddLit(buf, "</nvram>\n");
    return 0;
}


int
virDomainNVRAMDefPostParse(virDomainNVRAMDef *nvram G_GNUC_UNUSED, virDomainDef *def G_GNUC_UNUSED)
{
    return 0;
}


/* ---- lease ---- */

void
virDomainLeaseDefFree(virDomainLeaseDef *lease)
{
    if (!lease)
        return;
    g_free(lease->lockspace);
    g_free(lease->key);
    g_free(lease->path);
    g_free(lease);
}


virDomainLeaseDef *
virDomainLeaseDefParseXML(xmlXPathContextPtr ctxt,
                          xmlNodePtr node,
                          virDomainDef *def G_GNUC_UNUSED,
                          unsigned int flags G_GNUC_UNUSED)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virDomainLeaseDef) lease = g_new0(virDomainLeaseDef, 1);
    xmlNodePtr target;

    ctxt->node = node;
    lease->lockspace = virXPathString("string(./lockspace)", ctxt);
    lease->key = virXPathString("string(./key)", ctxt);
    if (!lease->key) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("Missing 'key' element for lease"));
        return NULL;
    }
    if (!lease->lockspace) {
        /* libvirt fails here without saying why */
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                       _("An error occurred, but the cause is unknown"));
        return NULL;
    }
    if (!(target = virXPathNode("./target", ctxt)) ||
        !(lease->path = virXMLPropString(target, "path"))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("Missing 'target' element for lease"));
        return NULL;
    }
    if (virXMLPropULongLong(target, "offset", 10, VIR_XML_PROP_NONE, &lease->offset) < 0)
        return NULL;
    return g_steal_pointer(&lease);
}


int
virDomainLeaseDefFormat(virBuffer *buf,
                        const virDomainLeaseDef *lease,
                        const virDomainDef *def G_GNUC_UNUSED,
                        unsigned int flags G_GNUC_UNUSED)
{
    virBufferAddLit(buf, "<lease>\n");
    virBufferAdjustIndent(buf, 2);
    virBufferEscapeString(buf, "<lockspace>%s</lockspace>\n", lease->lockspace);
    virBufferEscapeString(buf, "<key>%s</key>\n", lease->key);
    virBufferEscapeString(buf, "<target path='%s'", lease->path);
    if (lease->offset)
        virBufferAsprintf(buf, " offset='%llu'", lease->offset);
    virBufferAddLit(buf, "/>\n");
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</lease>\n");
    return 0;
}


int
virDomainLeaseDefPostParse(virDomainLeaseDef *lease G_GNUC_UNUSED, virDomainDef *def G_GNUC_UNUSED)
{
    return 0;
}


/* ---- iommu ---- */

void
virDomainIOMMUDefFree(virDomainIOMMUDef *iommu)
{
    if (!iommu)
        return;
    virDomainDeviceInfoClear(&iommu->info);
    g_free(iommu);
}


virDomainIOMMUDef *
virDomainIOMMUDefParseXML(xmlXPathContextPtr ctxt,
                          xmlNodePtr node,
                          virDomainDef *def G_GNUC_UNUSED,
                          unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virDomainIOMMUDef) iommu = g_new0(virDomainIOMMUDef, 1);
    xmlNodePtr driver = virXMLNodeGetSubelement(node, "driver");
    unsigned int model = 0;

    ctxt->node = node;
    if (virXMLPropEnum(node, "model", virDomainIOMMUModelTypeFromString, VIR_XML_PROP_REQUIRED,
                       &model) < 0)
        return NULL;
    iommu->model = model;
    if (driver &&
        (virXMLPropTristateSwitch(driver, "intremap", VIR_XML_PROP_NONE, &iommu->intremap) < 0 ||
         virXMLPropTristateSwitch(driver, "caching_mode", VIR_XML_PROP_NONE, &iommu->caching_mode) <
             0 ||
         virXMLPropTristateSwitch(driver, "eim", VIR_XML_PROP_NONE, &iommu->eim) < 0 ||
         virXMLPropTristateSwitch(driver, "iotlb", VIR_XML_PROP_NONE, &iommu->iotlb) < 0 ||
         virXMLPropUInt(driver, "aw_bits", 10, VIR_XML_PROP_NONE, &iommu->aw_bits) < 0))
        return NULL;
    if (virDomainDeviceInfoParseXML(ctxt, node, &iommu->info, flags) < 0)
        return NULL;
    return g_steal_pointer(&iommu);
}


int
virDomainIOMMUDefFormat(virBuffer *buf,
                        const virDomainIOMMUDef *iommu,
                        const virDomainDef *def G_GNUC_UNUSED,
                        unsigned int flags)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    g_auto(virBuffer) drvBuf = VIR_BUFFER_INITIALIZER;

    virBufferAsprintf(&attrBuf, " model='%s'", virDomainIOMMUModelTypeToString(iommu->model));
    if (iommu->intremap)
        virBufferAsprintf(&drvBuf, " intremap='%s'",
                          virTristateSwitchTypeToString(iommu->intremap));
    if (iommu->caching_mode)
        virBufferAsprintf(&drvBuf, " caching_mode='%s'",
                          virTristateSwitchTypeToString(iommu->caching_mode));
    if (iommu->eim)
        virBufferAsprintf(&drvBuf, " eim='%s'", virTristateSwitchTypeToString(iommu->eim));
    if (iommu->iotlb)
        virBufferAsprintf(&drvBuf, " iotlb='%s'", virTristateSwitchTypeToString(iommu->iotlb));
    if (iommu->aw_bits)
        virBufferAsprintf(&drvBuf, " aw_bits='%u'", iommu->aw_bits);
    virXMLFormatElement(&childBuf, "driver", &drvBuf, NULL);
    virDomainDevMiscFinish(buf, "iommu", &attrBuf, &childBuf, &iommu->info, flags);
    return 0;
}


int
virDomainIOMMUDefPostParse(virDomainIOMMUDef *iommu, virDomainDef *def)
{
    if (iommu->model != VIR_DOMAIN_IOMMU_MODEL_INTEL &&
        (iommu->intremap || iommu->caching_mode || iommu->eim || iommu->iotlb || iommu->aw_bits)) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("iommu model '%1$s' doesn't support additional attributes"),
                       virDomainIOMMUModelTypeToString(iommu->model));
        return -1;
    }
    if (iommu->intremap == VIR_TRISTATE_SWITCH_ON && def &&
        def->features[VIR_DOMAIN_FEATURE_IOAPIC] != VIR_DOMAIN_DEVMISC_IOAPIC_QEMU) {
        virReportError(
            VIR_ERR_CONFIG_UNSUPPORTED, "%s",
            _("IOMMU interrupt remapping requires split I/O APIC (ioapic driver='qemu')"));
        return -1;
    }
    if (iommu->eim == VIR_TRISTATE_SWITCH_ON && iommu->intremap != VIR_TRISTATE_SWITCH_ON) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("IOMMU eim requires interrupt remapping to be enabled"));
        return -1;
    }
    return 0;
}


/* ---- vsock ---- */

void
virDomainVsockDefFree(virDomainVsockDef *vsock)
{
    if (!vsock)
        return;
    virDomainDeviceInfoClear(&vsock->info);
    g_free(vsock);
}


virDomainVsockDef *
virDomainVsockDefParseXML(xmlXPathContextPtr ctxt,
                          xmlNodePtr node,
                          virDomainDef *def G_GNUC_UNUSED,
                          unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virDomainVsockDef) vsock = g_new0(virDomainVsockDef, 1);
    xmlNodePtr cid = virXMLNodeGetSubelement(node, "cid");
    unsigned int model = 0;

    ctxt->node = node;
    if (virXMLPropEnum(node, "model", virDomainVsockModelTypeFromString, VIR_XML_PROP_NONE,
                       &model) < 0)
        return NULL;
    vsock->model = model;
    if (cid && (virXMLPropUInt(cid, "address", 10, VIR_XML_PROP_NONE, &vsock->guest_cid) < 0 ||
                virXMLPropTristateBool(cid, "auto", VIR_XML_PROP_NONE, &vsock->auto_cid) < 0))
        return NULL;
    if (virDomainDeviceInfoParseXML(ctxt, node, &vsock->info, flags) < 0 ||
        virDomainVirtioOptionsParseXML(virXMLNodeGetSubelement(node, "driver"), &vsock->virtio) < 0)
        return NULL;
    return g_steal_pointer(&vsock);
}


int
virDomainVsockDefFormat(virBuffer *buf,
                        const virDomainVsockDef *vsock,
                        const virDomainDef *def G_GNUC_UNUSED,
                        unsigned int flags)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    g_auto(virBuffer) drvBuf = VIR_BUFFER_INITIALIZER;

    if (vsock->model)
        virBufferAsprintf(&attrBuf, " model='%s'", virDomainVsockModelTypeToString(vsock->model));
    virBufferAddLit(&childBuf, "<cid");
    if (vsock->auto_cid)
        virBufferAsprintf(&childBuf, " auto='%s'", virTristateBoolTypeToString(vsock->auto_cid));
    if (vsock->guest_cid)
        virBufferAsprintf(&childBuf, " address='%u'", vsock->guest_cid);
    virBufferAddLit(&childBuf, "/>\n");
    virDomainDeviceInfoFormat(&childBuf, &vsock->info, flags);
    virDomainVirtioOptionsFormat(&drvBuf, &vsock->virtio);
    virXMLFormatElement(&childBuf, "driver", &drvBuf, NULL);
    virXMLFormatElement(buf, "vsock", &attrBuf, &childBuf);
    return 0;
}


int
virDomainVsockDefPostParse(virDomainVsockDef *vsock, virDomainDef *def G_GNUC_UNUSED)
{
    if (vsock->model == VIR_DOMAIN_VSOCK_MODEL_DEFAULT &&
        virDomainVirtioOptionsCheckNonVirtio(&vsock->virtio) < 0)
        return -1;
    if (vsock->auto_cid == VIR_TRISTATE_BOOL_ABSENT)
        vsock->auto_cid = vsock->guest_cid ? VIR_TRISTATE_BOOL_NO : VIR_TRISTATE_BOOL_YES;
    if (vsock->guest_cid == 1 || vsock->guest_cid == 2) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s", _("guest CIDs must be >= 3"));
        return -1;
    }
    return 0;
}


/* ---- crypto ---- */

void
virDomainCryptoDefFree(virDomainCryptoDef *crypto)
{
    if (!crypto)
        return;
    virDomainDeviceInfoClear(&crypto->info);
    g_free(crypto);
}


virDomainCryptoDef *
virDomainCryptoDefParseXML(xmlXPathContextPtr ctxt G_GNUC_UNUSED,
                           xmlNodePtr node G_GNUC_UNUSED,
                           virDomainDef *def G_GNUC_UNUSED,
                           unsigned int flags G_GNUC_UNUSED)
{
    /* libvirt 9.0's generic domain parser does not read <crypto> at all */
    return g_new0(virDomainCryptoDef, 1);
}


int
virDomainCryptoDefFormat(virBuffer *buf G_GNUC_UNUSED,
                         const virDomainCryptoDef *crypto G_GNUC_UNUSED,
                         const virDomainDef *def G_GNUC_UNUSED,
                         unsigned int flags G_GNUC_UNUSED)
{
    return 0;
}


int
virDomainCryptoDefPostParse(virDomainCryptoDef *crypto G_GNUC_UNUSED,
                            virDomainDef *def G_GNUC_UNUSED)
{
    return 0;
}


/* ---- checks across devices ---- */

int
virDomainDefMiscDevicesValidate(const virDomainDef *def)
{
    size_t i;
    size_t j;

    if (def->nwatchdogs > 1) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                       _("only a single watchdog device is supported"));
        return -1;
    }
    for (i = 0; i < def->npanics; i++) {
        for (j = 0; j < i; j++) {
            if (def->panics[i]->model == def->panics[j]->model) {
                virReportError(VIR_ERR_XML_ERROR, _("Multiple panic devices with model '%1$s'"),
                               virDomainPanicModelTypeToString(def->panics[i]->model));
                return -1;
            }
        }
    }
    return 0;
}


int
virDomainDefMiscDevicesPostParse(virDomainDef *def)
{
    if (virDomainDefVideosPostParse(def) < 0 || virDomainDefAudiosValidate(def) < 0 ||
        virDomainDefMiscDevicesValidate(def) < 0 || virDomainDefRedirdevsValidate(def) < 0)
        return -1;
    virDomainDefSmartcardAssignAddresses(def);
    return 0;
}
