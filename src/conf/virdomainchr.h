/*
 * virdomainchr.h: character devices (<serial>, <parallel>, <console>,
 * <channel>); the chardev source is in virdomainchrsrc.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virbuffer.h"
#include "virconftypes.h"
#include "virdeviceinfo.h"
#include "virdomainchrsrc.h"
#include "virenum.h"
#include "virsocketaddr.h"
#include "virxml.h"

typedef enum {
    VIR_DOMAIN_CHR_DEVICE_TYPE_PARALLEL = 0,
    VIR_DOMAIN_CHR_DEVICE_TYPE_SERIAL,
    VIR_DOMAIN_CHR_DEVICE_TYPE_CONSOLE,
    VIR_DOMAIN_CHR_DEVICE_TYPE_CHANNEL,

    VIR_DOMAIN_CHR_DEVICE_TYPE_LAST
} virDomainChrDeviceType;
VIR_ENUM_DECL(virDomainChrDevice);

/* <console><target type=...> */
typedef enum {
    VIR_DOMAIN_CHR_CONSOLE_TARGET_TYPE_NONE = 0,
    VIR_DOMAIN_CHR_CONSOLE_TARGET_TYPE_SERIAL,
    VIR_DOMAIN_CHR_CONSOLE_TARGET_TYPE_XEN,
    VIR_DOMAIN_CHR_CONSOLE_TARGET_TYPE_UML,
    VIR_DOMAIN_CHR_CONSOLE_TARGET_TYPE_VIRTIO,
    VIR_DOMAIN_CHR_CONSOLE_TARGET_TYPE_LXC,
    VIR_DOMAIN_CHR_CONSOLE_TARGET_TYPE_OPENVZ,
    VIR_DOMAIN_CHR_CONSOLE_TARGET_TYPE_SCLP,
    VIR_DOMAIN_CHR_CONSOLE_TARGET_TYPE_SCLPLM,

    VIR_DOMAIN_CHR_CONSOLE_TARGET_TYPE_LAST
} virDomainChrConsoleTargetType;
VIR_ENUM_DECL(virDomainChrConsoleTarget);

/* <serial><target type=...> */
typedef enum {
    VIR_DOMAIN_CHR_SERIAL_TARGET_TYPE_NONE = 0,
    VIR_DOMAIN_CHR_SERIAL_TARGET_TYPE_ISA,
    VIR_DOMAIN_CHR_SERIAL_TARGET_TYPE_USB,
    VIR_DOMAIN_CHR_SERIAL_TARGET_TYPE_PCI,
    VIR_DOMAIN_CHR_SERIAL_TARGET_TYPE_SPAPR_VIO,
    VIR_DOMAIN_CHR_SERIAL_TARGET_TYPE_SYSTEM,
    VIR_DOMAIN_CHR_SERIAL_TARGET_TYPE_SCLP,
    VIR_DOMAIN_CHR_SERIAL_TARGET_TYPE_ISA_DEBUG,

    VIR_DOMAIN_CHR_SERIAL_TARGET_TYPE_LAST
} virDomainChrSerialTargetType;
VIR_ENUM_DECL(virDomainChrSerialTarget);

/* <serial><target><model name=...> */
typedef enum {
    VIR_DOMAIN_CHR_SERIAL_TARGET_MODEL_NONE = 0,
    VIR_DOMAIN_CHR_SERIAL_TARGET_MODEL_ISA_SERIAL,
    VIR_DOMAIN_CHR_SERIAL_TARGET_MODEL_USB_SERIAL,
    VIR_DOMAIN_CHR_SERIAL_TARGET_MODEL_PCI_SERIAL,
    VIR_DOMAIN_CHR_SERIAL_TARGET_MODEL_SPAPR_VTY,
    VIR_DOMAIN_CHR_SERIAL_TARGET_MODEL_PL011,
    VIR_DOMAIN_CHR_SERIAL_TARGET_MODEL_SCLPCONSOLE,
    VIR_DOMAIN_CHR_SERIAL_TARGET_MODEL_SCLPLMCONSOLE,
    VIR_DOMAIN_CHR_SERIAL_TARGET_MODEL_16550A,
    VIR_DOMAIN_CHR_SERIAL_TARGET_MODEL_ISA_DEBUGCON,

    VIR_DOMAIN_CHR_SERIAL_TARGET_MODEL_LAST
} virDomainChrSerialTargetModel;
VIR_ENUM_DECL(virDomainChrSerialTargetModel);

/* <channel><target type=...> */
typedef enum {
    VIR_DOMAIN_CHR_CHANNEL_TARGET_TYPE_NONE = 0,
    VIR_DOMAIN_CHR_CHANNEL_TARGET_TYPE_GUESTFWD,
    VIR_DOMAIN_CHR_CHANNEL_TARGET_TYPE_VIRTIO,
    VIR_DOMAIN_CHR_CHANNEL_TARGET_TYPE_XEN,

    VIR_DOMAIN_CHR_CHANNEL_TARGET_TYPE_LAST
} virDomainChrChannelTargetType;
VIR_ENUM_DECL(virDomainChrChannelTarget);

/* <channel><target type='virtio' state=...> (live only) */
typedef enum {
    VIR_DOMAIN_CHR_DEVICE_STATE_DEFAULT = 0,
    VIR_DOMAIN_CHR_DEVICE_STATE_CONNECTED,
    VIR_DOMAIN_CHR_DEVICE_STATE_DISCONNECTED,

    VIR_DOMAIN_CHR_DEVICE_STATE_LAST
} virDomainChrDeviceState;
VIR_ENUM_DECL(virDomainChrDeviceState);

struct _virDomainChrDef {
    int deviceType;                /* virDomainChrDeviceType */
    int targetType;                /* per-deviceType target enum above */
    int targetModel;               /* serial: virDomainChrSerialTargetModel */
    int targetPort;                /* <target port=...>, -1 = unset (assigned in post-parse) */
    char *targetName;              /* virtio/xen channel <target name=...>, owned */
    virSocketAddr guestfwdAddr;    /* guestfwd channel <target address=...> */
    unsigned int guestfwdPort;     /* guestfwd channel <target port=...>, 0..65535 */
    int targetState;               /* virtio channel state=: virDomainChrDeviceState */
    virDomainChrSourceDef *source; /* never NULL; owned */
    virDomainDeviceInfo info;
};

/*
 * virDomainChrDefParseXML:
 * @ctxt: XPath context (its node is restored)
 * @node: a <serial>, <parallel>, <console> or <channel> element; the
 *        device type comes from its name
 * @def: the domain being parsed (unused, may be NULL)
 * @flags: virDomainDefParseFlags
 *
 * Returns a new chardev (targetPort -1 when not given: ports, the
 * console<->serial link and the console target default are applied by
 * virDomainDefChrPostParse), or NULL with an error.
 */
virDomainChrDef *virDomainChrDefParseXML(xmlXPathContextPtr ctxt,
                                         xmlNodePtr node,
                                         virDomainDef *def,
                                         unsigned int flags);

/*
 * virDomainChrDefFormat:
 * Writes the device element at @buf's indentation. Returns 0 or -1 with
 * an error.
 */
int virDomainChrDefFormat(virBuffer *buf,
                          const virDomainChrDef *chr,
                          const virDomainDef *def,
                          unsigned int flags);

/* Frees @chr and its source; NULL is allowed. */
void virDomainChrDefFree(virDomainChrDef *chr);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainChrDef, virDomainChrDefFree);

/*
 * virDomainChrDefPostParse:
 * Per-device defaults and checks that need the domain (console target
 * type NONE becomes SERIAL; source checks such as a missing path).
 * Returns 0 or -1 with an error.
 */
int virDomainChrDefPostParse(virDomainChrDef *chr, virDomainDef *def);

/*
 * virDomainDefChrPostParse:
 * @def: the parsed domain
 *
 * Applies every chardev default that depends on the other chardevs, as
 * libvirt's generic post-parse: console ports are their index, the
 * first console of type serial is linked to (or becomes) serials[0], a
 * stub console is added for a console-capable first serial, unset
 * serial/parallel ports are numbered, and then virDomainChrDefPostParse
 * runs on every chardev. Call it once, before the other device
 * post-parse steps that look at chardevs.
 *
 * It ends with virDomainDefMiscDevicesPostParse() (virdomaindevmisc.h:
 * implicit video, primary video, audio ids, single watchdog, smartcard
 * addresses, redirdev checks), which may run again later without harm.
 *
 * Returns 0, or -1 with an error (VIR_ERR_CONFIG_UNSUPPORTED "Only the
 * first console can be a serial port", source errors).
 */
int virDomainDefChrPostParse(virDomainDef *def);

/*
 * virDomainDefChrsFormat:
 * Writes all <serial>, <parallel>, <console> and <channel> elements of
 * @def in libvirt's order; a console of type serial that is linked to a
 * serial port is written with that port's source and target (as libvirt
 * does). Returns 0 or -1 with an error.
 */
int virDomainDefChrsFormat(virBuffer *buf, const virDomainDef *def, unsigned int flags);

/* New chardev of @deviceType with a NULL-type source and port -1; never fails. */
virDomainChrDef *virDomainChrDefNew(int deviceType);
