/*
 * virdomainchr.c: character devices (<serial>, <parallel>, <console>,
 * <channel>) and the console<->serial rules
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include "virdomainchr.h"
#include "virdomaindef.h"
#include "virerror.h"
#include "virunits.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_ENUM_IMPL(virDomainChrDevice,
              VIR_DOMAIN_CHR_DEVICE_TYPE_LAST,
              "parallel",
              "serial",
              "console",
              "channel");

VIR_ENUM_IMPL(virDomainChrConsoleTarget,
              VIR_DOMAIN_CHR_CONSOLE_TARGET_TYPE_LAST,
              "none",
              "serial",
              "xen",
              "uml",
              "virtio",
              "lxc",
              "openvz",
              "sclp",
              "sclplm");

VIR_ENUM_IMPL(virDomainChrSerialTarget,
              VIR_DOMAIN_CHR_SERIAL_TARGET_TYPE_LAST,
              "none",
              "isa-serial",
              "usb-serial",
              "pci-serial",
              "spapr-vio-serial",
              "system-serial",
              "sclp-serial",
              "isa-debug");

VIR_ENUM_IMPL(virDomainChrSerialTargetModel,
              VIR_DOMAIN_CHR_SERIAL_TARGET_MODEL_LAST,
              "none",
              "isa-serial",
              "usb-serial",
              "pci-serial",
              "spapr-vty",
              "pl011",
              "sclpconsole",
              "sclplmconsole",
              "16550a",
              "isa-debugcon");

VIR_ENUM_IMPL(virDomainChrChannelTarget,
              VIR_DOMAIN_CHR_CHANNEL_TARGET_TYPE_LAST,
              "none",
              "guestfwd",
              "virtio",
              "xen");

VIR_ENUM_IMPL(virDomainChrDeviceState,
              VIR_DOMAIN_CHR_DEVICE_STATE_LAST,
              "default",
              "connected",
              "disconnected");


/* ---- chardev devices ---- */

virDomainChrDef *
virDomainChrDefNew(int deviceType)
{
    virDomainChrDef *chr = g_new0(virDomainChrDef, 1);

    chr->deviceType = deviceType;
    chr->targetPort = -1;
    chr->source = virDomainChrSourceDefNew();
    return chr;
}


void
virDomainChrDefFree(virDomainChrDef *chr)
{
    if (!chr)
        return;
    virDomainChrSourceDefFree(chr->source);
    g_free(chr->targetName);
    virDomainDeviceInfoClear(&chr->info);
    g_free(chr);
}


static int
virDomainChrTargetTypeParse(virDomainChrDef *chr, const char *type)
{
    int val = 0;

    switch ((virDomainChrDeviceType)chr->deviceType) {
    case VIR_DOMAIN_CHR_DEVICE_TYPE_SERIAL:
        val = type ? virDomainChrSerialTargetTypeFromString(type) : 0;
        break;
    case VIR_DOMAIN_CHR_DEVICE_TYPE_CONSOLE:
        val = type ? virDomainChrConsoleTargetTypeFromString(type) : 0;
        break;
    case VIR_DOMAIN_CHR_DEVICE_TYPE_CHANNEL:
        if (!type) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("target type must be specified for channel device"));
            return -1;
        }
        val = virDomainChrChannelTargetTypeFromString(type);
        break;
    case VIR_DOMAIN_CHR_DEVICE_TYPE_PARALLEL:
    case VIR_DOMAIN_CHR_DEVICE_TYPE_LAST:
        break;
    }
    if (val < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("unknown target type '%1$s' specified for character device"), type);
        return -1;
    }
    chr->targetType = val;
    return 0;
}


static int
virDomainChrGuestfwdParse(xmlNodePtr target, virDomainChrDef *chr)
{
    g_autofree char *addr = virXMLPropString(target, "address");
    unsigned int port = 0;

    if (!addr) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("guestfwd channel does not define a target address"));
        return -1;
    }
    if (virSocketAddrParse(&chr->guestfwdAddr, addr, AF_UNSPEC) < 0)
        return -1;
    if (!VIR_SOCKET_ADDR_IS_FAMILY(&chr->guestfwdAddr, AF_INET)) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("guestfwd channel only supports IPv4 addresses"));
        return -1;
    }
    if (virXMLPropUInt(target, "port", 10, VIR_XML_PROP_REQUIRED, &port) < 0)
        return -1;
    /* the port lives in a 16-bit socket address field, as in libvirt */
    chr->guestfwdPort = port & 0xFFFF;
    return 0;
}


static int
virDomainChrChannelTargetParse(xmlNodePtr target, virDomainChrDef *chr, unsigned int flags)
{
    g_autofree char *state = NULL;
    int val;

    switch ((virDomainChrChannelTargetType)chr->targetType) {
    case VIR_DOMAIN_CHR_CHANNEL_TARGET_TYPE_GUESTFWD:
        return virDomainChrGuestfwdParse(target, chr);
    case VIR_DOMAIN_CHR_CHANNEL_TARGET_TYPE_VIRTIO:
        chr->targetName = virXMLPropString(target, "name");
        if (flags & VIR_DOMAIN_DEF_PARSE_INACTIVE)
            return 0;
        if (!(state = virXMLPropString(target, "state")))
            return 0;
        if ((val = virDomainChrDeviceStateTypeFromString(state)) <= 0) {
            virReportError(VIR_ERR_XML_ERROR, _("invalid channel state value '%1$s'"), state);
            return -1;
        }
        chr->targetState = val;
        return 0;
    case VIR_DOMAIN_CHR_CHANNEL_TARGET_TYPE_XEN:
        chr->targetName = virXMLPropString(target, "name");
        return 0;
    case VIR_DOMAIN_CHR_CHANNEL_TARGET_TYPE_NONE:
    case VIR_DOMAIN_CHR_CHANNEL_TARGET_TYPE_LAST:
        break;
    }
    return 0;
}


static int
virDomainChrPortTargetParse(xmlNodePtr target, virDomainChrDef *chr)
{
    g_autofree char *port = virXMLPropString(target, "port");
    xmlNodePtr model;
    g_autofree char *name = NULL;
    int val;

    if (chr->deviceType == VIR_DOMAIN_CHR_DEVICE_TYPE_SERIAL &&
        (model = virXMLNodeGetSubelement(target, "model")) &&
        (name = virXMLPropString(model, "name"))) {
        if ((val = virDomainChrSerialTargetModelTypeFromString(name)) <= 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("unknown target model '%1$s' specified for character device"), name);
            return -1;
        }
        chr->targetModel = val;
    }
    if (port && virStrToLong_i(port, NULL, 10, &chr->targetPort) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("Invalid port number: %1$s"), port);
        return -1;
    }
    return 0;
}


static int
virDomainChrTargetParse(xmlNodePtr node, virDomainChrDef *chr, unsigned int flags)
{
    xmlNodePtr target = virXMLNodeGetSubelement(node, "target");
    g_autofree char *type = target ? virXMLPropString(target, "type") : NULL;

    if (virDomainChrTargetTypeParse(chr, type) < 0)
        return -1;
    if (!target)
        return 0;
    if (chr->deviceType == VIR_DOMAIN_CHR_DEVICE_TYPE_CHANNEL)
        return virDomainChrChannelTargetParse(target, chr, flags);
    return virDomainChrPortTargetParse(target, chr);
}


virDomainChrDef *
virDomainChrDefParseXML(xmlXPathContextPtr ctxt,
                        xmlNodePtr node,
                        virDomainDef *def G_GNUC_UNUSED,
                        unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virDomainChrDef) chr = NULL;
    g_autofree char *type = virXMLPropString(node, "type");
    int deviceType = virDomainChrDeviceTypeFromString((const char *)node->name);
    int srcType = VIR_DOMAIN_CHR_TYPE_PTY;

    if (deviceType < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("unknown character device '%1$s'"),
                       (const char *)node->name);
        return NULL;
    }
    if (type && (srcType = virDomainChrTypeFromString(type)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("unknown type presented to host for character device: %1$s"), type);
        return NULL;
    }
    chr = virDomainChrDefNew(deviceType);
    chr->source->type = srcType;
    ctxt->node = node;

    if (virDomainChrTargetParse(node, chr, flags) < 0)
        return NULL;
    if (virDomainChrSourceDefParseXML(ctxt, node, chr->source, flags) < 0)
        return NULL;
    /* libvirt compares the target type with the virtio channel value
     * whatever the device is, so e.g. a usb-serial port passes */
    if (srcType == VIR_DOMAIN_CHR_TYPE_SPICEVMC &&
        chr->targetType != VIR_DOMAIN_CHR_CHANNEL_TARGET_TYPE_VIRTIO) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("spicevmc device type only supports virtio"));
        return NULL;
    }
    if (virDomainDeviceInfoParseXML(ctxt, node, &chr->info, flags) < 0)
        return NULL;
    return g_steal_pointer(&chr);
}


static void
virDomainChrChannelTargetFormat(virBuffer *buf, const virDomainChrDef *chr, unsigned int flags)
{
    g_autofree char *addr = NULL;

    virBufferAsprintf(buf, "<target type='%s'",
                      virDomainChrChannelTargetTypeToString(chr->targetType));
    switch ((virDomainChrChannelTargetType)chr->targetType) {
    case VIR_DOMAIN_CHR_CHANNEL_TARGET_TYPE_GUESTFWD:
        addr = virSocketAddrFormat(&chr->guestfwdAddr);
        virBufferEscapeString(buf, " address='%s'", addr);
        virBufferAsprintf(buf, " port='%u'", chr->guestfwdPort);
        break;
    case VIR_DOMAIN_CHR_CHANNEL_TARGET_TYPE_VIRTIO:
        virBufferEscapeString(buf, " name='%s'", chr->targetName);
        if (chr->targetState && !(flags & VIR_DOMAIN_DEF_FORMAT_INACTIVE))
            virBufferAsprintf(buf, " state='%s'",
                              virDomainChrDeviceStateTypeToString(chr->targetState));
        break;
    case VIR_DOMAIN_CHR_CHANNEL_TARGET_TYPE_XEN:
        virBufferEscapeString(buf, " name='%s'", chr->targetName);
        break;
    case VIR_DOMAIN_CHR_CHANNEL_TARGET_TYPE_NONE:
    case VIR_DOMAIN_CHR_CHANNEL_TARGET_TYPE_LAST:
        break;
    }
    virBufferAddLit(buf, "/>\n");
}


static void
virDomainChrTargetFormat(virBuffer *buf, const virDomainChrDef *chr, unsigned int flags)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    switch ((virDomainChrDeviceType)chr->deviceType) {
    case VIR_DOMAIN_CHR_DEVICE_TYPE_CHANNEL:
        virDomainChrChannelTargetFormat(buf, chr, flags);
        return;
    case VIR_DOMAIN_CHR_DEVICE_TYPE_CONSOLE:
        virBufferAsprintf(buf, "<target type='%s' port='%d'/>\n",
                          virDomainChrConsoleTargetTypeToString(chr->targetType), chr->targetPort);
        return;
    case VIR_DOMAIN_CHR_DEVICE_TYPE_SERIAL:
        if (chr->targetType)
            virBufferAsprintf(&attrBuf, " type='%s'",
                              virDomainChrSerialTargetTypeToString(chr->targetType));
        virBufferAsprintf(&attrBuf, " port='%d'", chr->targetPort);
        if (chr->targetModel)
            virBufferAsprintf(&childBuf, "<model name='%s'/>\n",
                              virDomainChrSerialTargetModelTypeToString(chr->targetModel));
        virXMLFormatElement(buf, "target", &attrBuf, &childBuf);
        return;
    case VIR_DOMAIN_CHR_DEVICE_TYPE_PARALLEL:
    case VIR_DOMAIN_CHR_DEVICE_TYPE_LAST:
        break;
    }
    virBufferAsprintf(buf, "<target port='%d'/>\n", chr->targetPort);
}


int
virDomainChrDefFormat(virBuffer *buf,
                      const virDomainChrDef *chr,
                      const virDomainDef *def G_GNUC_UNUSED,
                      unsigned int flags)
{
    const char *elem = virDomainChrDeviceTypeToString(chr->deviceType);
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    if (!elem) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unexpected chardev device type %1$d"),
                       chr->deviceType);
        return -1;
    }
    virBufferAsprintf(buf, "<%s type='%s'", elem, virDomainChrTypeToString(chr->source->type));
    if (chr->source->type == VIR_DOMAIN_CHR_TYPE_PTY && chr->source->path &&
        !(flags & VIR_DOMAIN_DEF_FORMAT_INACTIVE))
        virBufferEscapeString(buf, " tty='%s'", chr->source->path);
    virBufferAddLit(buf, ">\n");

    if (virDomainChrSourceDefFormat(&childBuf, chr->source, flags) < 0)
        return -1;
    virDomainChrTargetFormat(&childBuf, chr, flags);
    virDomainDeviceInfoFormat(&childBuf, &chr->info, flags);
    virBufferAddBuffer(buf, &childBuf);
    virBufferAsprintf(buf, "</%s>\n", elem);
    return 0;
}


/* ---- post-parse across the domain's chardevs ---- */

int
virDomainChrDefPostParse(virDomainChrDef *chr, virDomainDef *def G_GNUC_UNUSED)
{
    if (chr->deviceType == VIR_DOMAIN_CHR_DEVICE_TYPE_CONSOLE &&
        chr->targetType == VIR_DOMAIN_CHR_CONSOLE_TARGET_TYPE_NONE)
        chr->targetType = VIR_DOMAIN_CHR_CONSOLE_TARGET_TYPE_SERIAL;
    return virDomainChrSourceDefValidate(chr->source, chr);
}


/* the console compatibility rules only apply to HVM guests */
static bool
virDomainChrDefIsHVM(const virDomainDef *def)
{
    return def->os.type == VIR_DOMAIN_OSTYPE_HVM;
}


/* The serial target types that may double as the primary console. */
static bool
virDomainChrSerialIsConsoleCapable(const virDomainChrDef *serial)
{
    switch ((virDomainChrSerialTargetType)serial->targetType) {
    case VIR_DOMAIN_CHR_SERIAL_TARGET_TYPE_NONE:
    case VIR_DOMAIN_CHR_SERIAL_TARGET_TYPE_ISA:
    case VIR_DOMAIN_CHR_SERIAL_TARGET_TYPE_SPAPR_VIO:
    case VIR_DOMAIN_CHR_SERIAL_TARGET_TYPE_SYSTEM:
    case VIR_DOMAIN_CHR_SERIAL_TARGET_TYPE_SCLP:
        return true;
    case VIR_DOMAIN_CHR_SERIAL_TARGET_TYPE_USB:
    case VIR_DOMAIN_CHR_SERIAL_TARGET_TYPE_PCI:
    case VIR_DOMAIN_CHR_SERIAL_TARGET_TYPE_ISA_DEBUG:
    case VIR_DOMAIN_CHR_SERIAL_TARGET_TYPE_LAST:
        break;
    }
    return false;
}


static virDomainChrDef *
virDomainChrConsoleStubNew(void)
{
    virDomainChrDef *stub = virDomainChrDefNew(VIR_DOMAIN_CHR_DEVICE_TYPE_CONSOLE);

    stub->targetType = VIR_DOMAIN_CHR_CONSOLE_TARGET_TYPE_SERIAL;
    stub->targetPort = 0;
    return stub;
}


static bool
virDomainChrConsoleIsSerial(const virDomainChrDef *cons)
{
    return cons->targetType == VIR_DOMAIN_CHR_CONSOLE_TARGET_TYPE_SERIAL ||
           cons->targetType == VIR_DOMAIN_CHR_CONSOLE_TARGET_TYPE_NONE;
}


/*
 * The first console of an HVM guest, when of type serial, is only an
 * alias of serials[0]: it becomes that serial port when there is none,
 * and is replaced by a stub when it describes another host side.
 */
static int
virDomainDefConsoleCompat(virDomainDef *def)
{
    size_t i;

    for (i = 1; i < def->nconsoles; i++) {
        if (virDomainChrConsoleIsSerial(def->consoles[i])) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("Only the first console can be a serial port"));
            return -1;
        }
    }
    if (!virDomainChrDefIsHVM(def))
        return 0;

    if (def->nconsoles > 0 && virDomainChrConsoleIsSerial(def->consoles[0])) {
        virDomainChrDef *cons = def->consoles[0];

        if (def->nserials == 0) {
            cons->deviceType = VIR_DOMAIN_CHR_DEVICE_TYPE_SERIAL;
            cons->targetType = VIR_DOMAIN_CHR_SERIAL_TARGET_TYPE_NONE;
            cons->targetPort = 0;
            def->serials = g_new0(virDomainChrDef *, 1);
            def->serials[def->nserials++] = cons;
            def->consoles[0] = virDomainChrConsoleStubNew();
        } else if (!virDomainChrSourceDefIsEqual(def->serials[0]->source, cons->source)) {
            virDomainChrDefFree(cons);
            def->consoles[0] = virDomainChrConsoleStubNew();
        } else {
            cons->targetType = VIR_DOMAIN_CHR_CONSOLE_TARGET_TYPE_SERIAL;
        }
    } else if (def->nserials > 0 && virDomainChrSerialIsConsoleCapable(def->serials[0])) {
        def->consoles = g_renew(virDomainChrDef *, def->consoles, def->nconsoles + 1);
        memmove(def->consoles + 1, def->consoles, def->nconsoles * sizeof(*def->consoles));
        def->consoles[0] = virDomainChrConsoleStubNew();
        def->nconsoles++;
    }
    return 0;
}


/* serial ports: unset ones follow the highest port of all serials */
static void
virDomainDefSerialPorts(virDomainDef *def)
{
    size_t i;
    size_t j;

    for (i = 0; i < def->nserials; i++) {
        int maxport = -1;

        if (def->serials[i]->targetPort != -1)
            continue;
        for (j = 0; j < def->nserials; j++)
            maxport = MAX(maxport, def->serials[j]->targetPort);
        def->serials[i]->targetPort = maxport + 1;
    }
}


/* parallel ports: unset ones follow the highest port seen so far */
static void
virDomainDefParallelPorts(virDomainDef *def)
{
    size_t i;
    int maxport = -1;

    for (i = 0; i < def->nparallels; i++) {
        if (def->parallels[i]->targetPort == -1)
            def->parallels[i]->targetPort = maxport + 1;
        maxport = MAX(maxport, def->parallels[i]->targetPort);
    }
}


int
virDomainDefChrPostParse(virDomainDef *def)
{
    virDomainChrDef **lists[] = { def->serials, def->parallels, def->consoles, def->channels };
    size_t counts[] = { def->nserials, def->nparallels, def->nconsoles, def->nchannels };
    size_t i;
    size_t j;

    for (i = 0; i < def->nconsoles; i++)
        def->consoles[i]->targetPort = i;
    if (virDomainDefConsoleCompat(def) < 0)
        return -1;
    virDomainDefSerialPorts(def);
    virDomainDefParallelPorts(def);

    lists[0] = def->serials;
    lists[2] = def->consoles;
    counts[0] = def->nserials;
    counts[2] = def->nconsoles;
    for (i = 0; i < G_N_ELEMENTS(lists); i++) {
        for (j = 0; j < counts[i]; j++) {
            if (virDomainChrDefPostParse(lists[i][j], def) < 0)
                return -1;
        }
    }
    /* the other cross-device rules of D4's families; safe to run twice */
    return virDomainDefMiscDevicesPostParse(def);
}


int
virDomainDefChrsFormat(virBuffer *buf, const virDomainDef *def, unsigned int flags)
{
    size_t i;

    for (i = 0; i < def->nserials; i++) {
        if (virDomainChrDefFormat(buf, def->serials[i], def, flags) < 0)
            return -1;
    }
    for (i = 0; i < def->nparallels; i++) {
        if (virDomainChrDefFormat(buf, def->parallels[i], def, flags) < 0)
            return -1;
    }
    for (i = 0; i < def->nconsoles; i++) {
        virDomainChrDef copy;

        if (virDomainChrDefIsHVM(def) && i < def->nserials &&
            def->consoles[i]->targetType == VIR_DOMAIN_CHR_CONSOLE_TARGET_TYPE_SERIAL) {
            /* the console is the serial port: show that port's settings */
            copy = *def->serials[i];
            copy.deviceType = VIR_DOMAIN_CHR_DEVICE_TYPE_CONSOLE;
            copy.targetType = VIR_DOMAIN_CHR_CONSOLE_TARGET_TYPE_SERIAL;
        } else {
            copy = *def->consoles[i];
        }
        if (virDomainChrDefFormat(buf, &copy, def, flags) < 0)
            return -1;
    }
    for (i = 0; i < def->nchannels; i++) {
        if (virDomainChrDefFormat(buf, def->channels[i], def, flags) < 0)
            return -1;
    }
    return 0;
}
