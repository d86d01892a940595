/*
 * virdomainredirdev.c: smartcard, redirdev and redirfilter devices
 * (the chardev-backed USB devices)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include "virdomainchr.h"
#include "virdomaincontroller.h"
#include "virdomaindef.h"
#include "virdomaindevmisc.h"
#include "virdomainhostdev.h"
#include "virerror.h"
#include "virunits.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_ENUM_IMPL(
    virDomainSmartcard, VIR_DOMAIN_SMARTCARD_TYPE_LAST, "host", "host-certificates", "passthrough");


/* ---- smartcard ---- */

void
virDomainSmartcardDefFree(virDomainSmartcardDef *smartcard)
{
    size_t i;

    if (!smartcard)
        return;
    for (i = 0; i < VIR_DOMAIN_SMARTCARD_NUM_CERTIFICATES; i++)
        g_free(smartcard->certificates[i]);
    g_free(smartcard->database);
    virDomainChrSourceDefFree(smartcard->passthru);
    virDomainDeviceInfoClear(&smartcard->info);
    g_free(smartcard);
}


static int
virDomainSmartcardCertsParse(xmlNodePtr node, virDomainSmartcardDef *smartcard)
{
    g_autofree xmlNodePtr *certs = NULL;
    size_t n = virXMLNodeGetSubelementList(node, "certificate", &certs);
    xmlNodePtr db = virXMLNodeGetSubelement(node, "database");
    size_t i;

    if (n != VIR_DOMAIN_SMARTCARD_NUM_CERTIFICATES) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("host-certificates mode needs exactly three certificates"));
        return -1;
    }
    for (i = 0; i < n; i++)
        smartcard->certificates[i] = virXMLNodeContentString(certs[i]);
    if (db)
        smartcard->database = virXMLNodeContentString(db);
    return 0;
}


static int
virDomainSmartcardPassthroughParse(xmlXPathContextPtr ctxt,
                                   xmlNodePtr node,
                                   virDomainSmartcardDef *smartcard,
                                   unsigned int flags)
{
    g_autofree char *type = virXMLPropString(node, "type");
    int val;

    if (!type) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("passthrough mode requires a character device type attribute"));
        return -1;
    }
    if ((val = virDomainChrTypeFromString(type)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("unknown type presented to host for character device: %1$s"), type);
        return -1;
    }
    smartcard->passthru = virDomainChrSourceDefNew();
    smartcard->passthru->type = val;
    return virDomainChrSourceDefParseXML(ctxt, node, smartcard->passthru, flags);
}


virDomainSmartcardDef *
virDomainSmartcardDefParseXML(xmlXPathContextPtr ctxt,
                              xmlNodePtr node,
                              virDomainDef *def G_GNUC_UNUSED,
                              unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virDomainSmartcardDef) smartcard = g_new0(virDomainSmartcardDef, 1);
    unsigned int mode = 0;
    int rc = 0;

    ctxt->node = node;
    if (virXMLPropEnum(node, "mode", virDomainSmartcardTypeFromString, VIR_XML_PROP_REQUIRED,
                       &mode) < 0)
        return NULL;
    smartcard->type = mode;
    if (mode == VIR_DOMAIN_SMARTCARD_TYPE_HOST_CERTIFICATES)
        rc = virDomainSmartcardCertsParse(node, smartcard);
    else if (mode == VIR_DOMAIN_SMARTCARD_TYPE_PASSTHROUGH)
        rc = virDomainSmartcardPassthroughParse(ctxt, node, smartcard, flags);
    if (rc < 0 || virDomainDeviceInfoParseXML(ctxt, node, &smartcard->info, flags) < 0)
        return NULL;
    return g_steal_pointer(&smartcard);
}


int
virDomainSmartcardDefFormat(virBuffer *buf,
                            const virDomainSmartcardDef *smartcard,
                            const virDomainDef *def G_GNUC_UNUSED,
                            unsigned int flags)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    size_t i;

    virBufferAsprintf(&attrBuf, " mode='%s'", virDomainSmartcardTypeToString(smartcard->type));
    if (smartcard->type == VIR_DOMAIN_SMARTCARD_TYPE_HOST_CERTIFICATES) {
        for (i = 0; i < VIR_DOMAIN_SMARTCARD_NUM_CERTIFICATES; i++)
            virBufferEscapeString(&childBuf, "<certificate>%s</certificate>\n",
                                  smartcard->certificates[i]);
        virBufferEscapeString(&childBuf, "<database>%s</database>\n", smartcard->database);
    } else if (smartcard->type == VIR_DOMAIN_SMARTCARD_TYPE_PASSTHROUGH) {
        virBufferAsprintf(&attrBuf, " type='%s'",
                          virDomainChrTypeToString(smartcard->passthru->type));
        if (virDomainChrSourceDefFormat(&childBuf, smartcard->passthru, flags) < 0)
            return -1;
    }
    virDomainDeviceInfoFormat(&childBuf, &smartcard->info, flags);
    virXMLFormatElement(buf, "smartcard", &attrBuf, &childBuf);
    return 0;
}


int
virDomainSmartcardDefPostParse(virDomainSmartcardDef *smartcard, virDomainDef *def G_GNUC_UNUSED)
{
    if (smartcard->passthru && virDomainChrSourceDefValidate(smartcard->passthru, NULL) < 0)
        return -1;
    return 0;
}


void
virDomainDefSmartcardAssignAddresses(virDomainDef *def)
{
    size_t i;
    size_t j;

    for (i = 0; i < def->nsmartcards; i++) {
        virDomainDeviceInfo *info = &def->smartcards[i]->info;
        int maxslot = -1;

        if (info->type != VIR_DOMAIN_DEVICE_ADDRESS_TYPE_NONE)
            continue;
        /* the next free slot after the highest one used on controller 0 */
        for (j = 0; j < def->nsmartcards; j++) {
            const virDomainDeviceInfo *other = &def->smartcards[j]->info;

            if (other->type == VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCID &&
                other->addr.ccid.controller == 0 && (int)other->addr.ccid.slot > maxslot)
                maxslot = other->addr.ccid.slot;
        }
        info->type = VIR_DOMAIN_DEVICE_ADDRESS_TYPE_CCID;
        info->addr.ccid.controller = 0;
        info->addr.ccid.slot = maxslot + 1;
    }
}


/* ---- redirdev ---- */

void
virDomainRedirdevDefFree(virDomainRedirdevDef *redirdev)
{
    if (!redirdev)
        return;
    virDomainChrSourceDefFree(redirdev->source);
    virDomainDeviceInfoClear(&redirdev->info);
    g_free(redirdev);
}


virDomainRedirdevDef *
virDomainRedirdevDefParseXML(xmlXPathContextPtr ctxt,
                             xmlNodePtr node,
                             virDomainDef *def G_GNUC_UNUSED,
                             unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virDomainRedirdevDef) redirdev = g_new0(virDomainRedirdevDef, 1);
    g_autofree char *bus = virXMLPropString(node, "bus");
    g_autofree char *type = virXMLPropString(node, "type");
    int val;

    ctxt->node = node;
    if (bus && !g_str_equal(bus, "usb")) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown redirdev bus '%1$s'"), bus);
        return NULL;
    }
    if (!type) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("missing type in redirdev"));
        return NULL;
    }
    if ((val = virDomainChrTypeFromString(type)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("unknown redirdev character device type '%1$s'"), type);
        return NULL;
    }
    redirdev->source = virDomainChrSourceDefNew();
    redirdev->source->type = val;
    if (virDomainChrSourceDefParseXML(ctxt, node, redirdev->source, flags) < 0 ||
        virDomainDeviceInfoParseXML(ctxt, node, &redirdev->info,
                                    flags | VIR_DOMAIN_DEF_PARSE_ALLOW_BOOT) < 0)
        return NULL;
    return g_steal_pointer(&redirdev);
}


int
virDomainRedirdevDefFormat(virBuffer *buf,
                           const virDomainRedirdevDef *redirdev,
                           const virDomainDef *def G_GNUC_UNUSED,
                           unsigned int flags)
{
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    virBufferAsprintf(buf, "<redirdev bus='usb' type='%s'>\n",
                      virDomainChrTypeToString(redirdev->source->type));
    if (virDomainChrSourceDefFormat(&childBuf, redirdev->source, flags) < 0)
        return -1;
    virDomainDeviceInfoFormat(&childBuf, &redirdev->info, flags | VIR_DOMAIN_DEF_FORMAT_ALLOW_BOOT);
    virBufferAddBuffer(buf, &childBuf);
    virBufferAddLit(buf, "</redirdev>\n");
    return 0;
}


int
virDomainDefRedirdevsValidate(const virDomainDef *def)
{
    size_t i;
    bool usb = false;

    if (def->nredirdevs == 0)
        return 0;
    for (i = 0; i < def->ncontrollers; i++) {
        const virDomainControllerDef *cont = def->controllers[i];

        if (cont->type == VIR_DOMAIN_CONTROLLER_TYPE_USB &&
            cont->model != VIR_DOMAIN_CONTROLLER_MODEL_USB_NONE)
            usb = true;
    }
    if (!usb) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("cannot add redirected USB device: USB is disabled for this domain"));
        return -1;
    }
    for (i = 0; i < def->nredirdevs; i++) {
        if (virDomainChrSourceDefValidate(def->redirdevs[i]->source, NULL) < 0)
            return -1;
    }
    return 0;
}


/* ---- redirfilter ---- */

static void
virDomainRedirFilterUSBDevDefFree(virDomainRedirFilterUSBDevDef *usbdev)
{
    g_free(usbdev);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainRedirFilterUSBDevDef, virDomainRedirFilterUSBDevDefFree);


void
virDomainRedirFilterDefFree(virDomainRedirFilterDef *filter)
{
    size_t i;

    if (!filter)
        return;
    for (i = 0; i < filter->nusbdevs; i++)
        virDomainRedirFilterUSBDevDefFree(filter->usbdevs[i]);
    g_free(filter->usbdevs);
    g_free(filter);
}


/* "M.N" with M and N of at most two digits; a single N digit is tens */
static int
virDomainRedirFilterVersionParse(const char *str, int *version)
{
    const char *dot = strchr(str, '.');
    g_autofree char *major = NULL;
    unsigned int maj;
    unsigned int min;

    if (g_str_equal(str, "-1")) {
        *version = -1;
        return 0;
    }
    if (!dot || !dot[1] || strchr(dot + 1, '.'))
        goto error;
    major = g_strndup(str, dot - str);
    if (virStrToLong_uip(major, NULL, 10, &maj) < 0 ||
        virStrToLong_uip(dot + 1, NULL, 10, &min) < 0 || maj > 99 || min > 99)
        goto error;
    if (strlen(dot + 1) == 1)
        min *= 10;
    *version = (maj << 8) | min;
    return 0;

error:
    virReportError(VIR_ERR_XML_ERROR, _("Cannot parse USB device version %1$s"), str);
    return -1;
}


static virDomainRedirFilterUSBDevDef *
virDomainRedirFilterUSBDevParse(xmlNodePtr node)
{
    g_autoptr(virDomainRedirFilterUSBDevDef) usbdev = g_new0(virDomainRedirFilterUSBDevDef, 1);
    g_autofree char *version = virXMLPropString(node, "version");
    g_autofree char *usbClass = virXMLPropString(node, "class");
    virTristateBool allow = VIR_TRISTATE_BOOL_ABSENT;

    if (virXMLPropInt(node, "class", 0, VIR_XML_PROP_NONE, &usbdev->usbClass, -1) < 0)
        return NULL;
    if (usbdev->usbClass != -1 && (usbdev->usbClass < 0 || usbdev->usbClass > 0xff)) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("Invalid USB Class code %1$s"), usbClass);
        return NULL;
    }
    if (virXMLPropInt(node, "vendor", 0, VIR_XML_PROP_NONE, &usbdev->vendor, -1) < 0 ||
        virXMLPropInt(node, "product", 0, VIR_XML_PROP_NONE, &usbdev->product, -1) < 0)
        return NULL;
    usbdev->version = -1;
    if (version && virDomainRedirFilterVersionParse(version, &usbdev->version) < 0)
        return NULL;
    if (virXMLPropTristateBool(node, "allow", VIR_XML_PROP_REQUIRED, &allow) < 0)
        return NULL;
    usbdev->allow = allow == VIR_TRISTATE_BOOL_YES;
    return g_steal_pointer(&usbdev);
}


virDomainRedirFilterDef *
virDomainRedirFilterDefParseXML(xmlXPathContextPtr ctxt G_GNUC_UNUSED,
                                xmlNodePtr node,
                                virDomainDef *def G_GNUC_UNUSED,
                                unsigned int flags G_GNUC_UNUSED)
{
    g_autoptr(virDomainRedirFilterDef) filter = g_new0(virDomainRedirFilterDef, 1);
    g_autofree xmlNodePtr *nodes = NULL;
    size_t n = virXMLNodeGetSubelementList(node, "usbdev", &nodes);
    size_t i;

    filter->usbdevs = g_new0(virDomainRedirFilterUSBDevDef *, n);
    for (i = 0; i < n; i++) {
        if (!(filter->usbdevs[i] = virDomainRedirFilterUSBDevParse(nodes[i])))
            return NULL;
        filter->nusbdevs++;
    }
    return g_steal_pointer(&filter);
}


int
virDomainRedirFilterDefFormat(virBuffer *buf,
                              const virDomainRedirFilterDef *filter,
                              const virDomainDef *def G_GNUC_UNUSED,
                              unsigned int flags G_GNUC_UNUSED)
{
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    size_t i;

    for (i = 0; i < filter->nusbdevs; i++) {
        const virDomainRedirFilterUSBDevDef *usbdev = filter->usbdevs[i];

        virBufferAddLit(&childBuf, "<usbdev");
        if (usbdev->usbClass >= 0)
            virBufferAsprintf(&childBuf, " class='0x%02X'", usbdev->usbClass);
        if (usbdev->vendor >= 0)
            virBufferAsprintf(&childBuf, " vendor='0x%04X'", usbdev->vendor);
        if (usbdev->product >= 0)
            virBufferAsprintf(&childBuf, " product='0x%04X'", usbdev->product);
        if (usbdev->version >= 0)
            virBufferAsprintf(&childBuf, " version='%d.%02d'", usbdev->version >> 8,
                              usbdev->version & 0xff);
        virBufferAsprintf(&childBuf, " allow='%s'/>\n", usbdev->allow ? "yes" : "no");
    }
    virXMLFormatElement(buf, "redirfilter", NULL, &childBuf);
    return 0;
}
