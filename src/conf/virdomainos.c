/*
 * virdomainos.c: the <os> section of a domain and <idmap>
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "virdomaindef.h"
#include "virdomaindisksource.h"
#include "virdomainos.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_ENUM_IMPL(virArch,
              VIR_ARCH_LAST,
              "none",
              "alpha",
              "armv6l",
              "armv7l",
              "armv7b",
              "aarch64",
              "cris",
              "i686",
              "ia64",
              "lm32",
              "m68k",
              "microblaze",
              "microblazeel",
              "mips",
              "mipsel",
              "mips64",
              "mips64el",
              "openrisc",
              "parisc",
              "parisc64",
              "ppc",
              "ppcle",
              "ppc64",
              "ppc64le",
              "ppcemb",
              "riscv32",
              "riscv64",
              "s390",
              "s390x",
              "sh4",
              "sh4eb",
              "sparc",
              "sparc64",
              "unicore32",
              "x86_64",
              "xtensa",
              "xtensaeb");

VIR_ENUM_IMPL(virDomainOS, VIR_DOMAIN_OSTYPE_LAST, "hvm", "xen", "linux", "exe", "uml", "xenpvh");

VIR_ENUM_IMPL(virDomainBoot, VIR_DOMAIN_BOOT_DEV_LAST, "fd", "cdrom", "hd", "network");

VIR_ENUM_IMPL(virDomainOsDefFirmware, VIR_DOMAIN_OS_DEF_FIRMWARE_LAST, "none", "bios", "efi");

VIR_ENUM_IMPL(virDomainOsDefFirmwareFeature,
              VIR_DOMAIN_OS_DEF_FIRMWARE_FEATURE_LAST,
              "enrolled-keys",
              "secure-boot");

VIR_ENUM_IMPL(virDomainLoader, VIR_DOMAIN_LOADER_TYPE_LAST, "none", "rom", "pflash");

VIR_ENUM_IMPL(virDomainSmbiosMode, VIR_DOMAIN_SMBIOS_LAST, "none", "emulate", "host", "sysinfo");

VIR_ENUM_IMPL(virDomainOsACPITable, VIR_DOMAIN_OS_ACPI_TABLE_TYPE_LAST, "slic");


/* <type arch='..' machine='..'>hvm</type> (and the bootloader-only case) */
static int
virDomainOSParseType(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    g_autofree char *ostype = virXPathString("string(./os/type[1])", ctxt);
    g_autofree char *arch = virXPathString("string(./os/type[1]/@arch)", ctxt);
    g_autofree char *bootloader = NULL;

    if (!ostype) {
        bootloader = virXPathString("string(./bootloader)", ctxt);
        if (!bootloader) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("an os <type> must be specified"));
            return -1;
        }
        def->os.type = VIR_DOMAIN_OSTYPE_XEN;
    } else if ((def->os.type = virDomainOSTypeFromString(ostype)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown OS type '%1$s'"), ostype);
        return -1;
    }

    /* Xen used to call paravirtualised guests 'linux' */
    if (def->virtType == VIR_DOMAIN_VIRT_XEN && def->os.type == VIR_DOMAIN_OSTYPE_LINUX)
        def->os.type = VIR_DOMAIN_OSTYPE_XEN;

    /* without arch, the core's post-parse applies the driver's default */
    if (arch && (def->os.arch = virArchTypeFromString(arch)) <= 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("Unknown architecture %1$s"), arch);
        return -1;
    }

    def->os.machine = virXPathString("string(./os/type[1]/@machine)", ctxt);
    return 0;
}


/* <os firmware='efi'> and <firmware><feature .../></firmware> (hvm only) */
static int
virDomainOSParseFirmware(xmlXPathContextPtr ctxt, virDomainOSDef *os)
{
    g_autofree char *firmware = virXPathString("string(./os/@firmware)", ctxt);
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if (!firmware)
        return 0;

    if ((os->firmware = virDomainOsDefFirmwareTypeFromString(firmware)) <= 0) {
        virReportError(VIR_ERR_XML_ERROR, _("unknown firmware value %1$s"), firmware);
        return -1;
    }

    if ((n = virXPathNodeSet("./os/firmware/feature", ctxt, &nodes)) < 0)
        return -1;
    if (n == 0)
        return 0;

    os->firmwareFeatures = g_new0(int, VIR_DOMAIN_OS_DEF_FIRMWARE_FEATURE_LAST);
    for (i = 0; i < (size_t)n; i++) {
        virTristateBool enabled;
        unsigned int feature;

        if (virXMLPropTristateBool(nodes[i], "enabled", VIR_XML_PROP_REQUIRED, &enabled) < 0)
            return -1;
        if (virXMLPropEnum(nodes[i], "name", virDomainOsDefFirmwareFeatureTypeFromString,
                           VIR_XML_PROP_REQUIRED, &feature) < 0)
            return -1;
        os->firmwareFeatures[feature] = enabled;
    }
    return 0;
}


/* <nvram type='...'><source .../></nvram>: a storage source (virdomaindisksource.h) */
static int
virDomainOSParseNvramSource(xmlXPathContextPtr ctxt,
                            xmlNodePtr node,
                            virDomainLoaderDef *loader,
                            unsigned int flags)
{
    g_autoptr(virStorageSource) src = virStorageSourceNew();
    unsigned int type;
    xmlNodePtr source;

    if (virXMLPropEnum(node, "type", virStorageTypeFromString, VIR_XML_PROP_NONZERO, &type) < 0)
        return -1;
    src->type = type;

    if (!(source = virXMLNodeGetSubelement(node, "source"))) {
        /* libvirt 9.0 fails here without setting an error */
        virReportErrorHelper(VIR_FROM_NONE, VIR_ERR_INTERNAL_ERROR, __FILE__, __func__, __LINE__,
                             "%s", _("An error occurred, but the cause is unknown"));
        return -1;
    }
    if (virStorageSourceParse(source, ctxt, src, flags) < 0)
        return -1;
    virStorageSourceAssignDefaultPorts(src);

    loader->nvramSource = g_steal_pointer(&src);
    return 0;
}


/* <loader> and <nvram> */
static int
virDomainOSParseLoader(xmlXPathContextPtr ctxt, virDomainOSDef *os, unsigned int flags)
{
    xmlNodePtr loaderNode = virXPathNode("./os/loader[1]", ctxt);
    xmlNodePtr nvramNode = virXPathNode("./os/nvram[1]", ctxt);
    virDomainLoaderDef *loader;

    if (!loaderNode && !nvramNode)
        return 0;

    loader = os->loader = g_new0(virDomainLoaderDef, 1);

    if (loaderNode) {
        unsigned int type;

        if (virXMLPropTristateBool(loaderNode, "readonly", VIR_XML_PROP_NONE, &loader->readonly) <
                0 ||
            virXMLPropTristateBool(loaderNode, "secure", VIR_XML_PROP_NONE, &loader->secure) < 0 ||
            virXMLPropEnum(loaderNode, "type", virDomainLoaderTypeFromString, VIR_XML_PROP_NONZERO,
                           &type) < 0 ||
            virXMLPropTristateBool(loaderNode, "stateless", VIR_XML_PROP_NONE, &loader->stateless) <
                0)
            return -1;
        loader->type = type;

        if (!(loader->path = virXMLNodeContentString(loaderNode)))
            return -1;
        if (!*loader->path)
            g_clear_pointer(&loader->path, g_free);

        /* a loader image without a type is a ROM */
        if (loader->path && loader->type == VIR_DOMAIN_LOADER_TYPE_NONE)
            loader->type = VIR_DOMAIN_LOADER_TYPE_ROM;
    }

    if (nvramNode) {
        g_autofree char *type = virXMLPropString(nvramNode, "type");

        loader->nvramTemplate = virXMLPropString(nvramNode, "template");
        if (type) {
            if (virDomainOSParseNvramSource(ctxt, nvramNode, loader, flags) < 0)
                return -1;
        } else {
            if (!(loader->nvram = virXMLNodeContentString(nvramNode)))
                return -1;
            if (!*loader->nvram)
                g_clear_pointer(&loader->nvram, g_free);
        }
    }
    return 0;
}


/* <kernel>, <initrd>, <cmdline>, <dtb>, <root> */
static void
virDomainOSParseKernel(xmlXPathContextPtr ctxt, virDomainOSDef *os)
{
    os->kernel = virXPathString("string(./os/kernel[1])", ctxt);
    os->initrd = virXPathString("string(./os/initrd[1])", ctxt);
    os->cmdline = virXPathString("string(./os/cmdline[1])", ctxt);
    os->dtb = virXPathString("string(./os/dtb[1])", ctxt);
    os->root = virXPathString("string(./os/root[1])", ctxt);
}


/* <acpi><table type='slic'>path</table></acpi> */
static int
virDomainOSParseACPI(xmlXPathContextPtr ctxt, virDomainOSDef *os)
{
    g_autofree xmlNodePtr *nodes = NULL;
    g_autofree char *type = NULL;
    virDomainOSACPITableDef *table;
    int n;

    if ((n = virXPathNodeSet("./os/acpi/table", ctxt, &nodes)) < 0)
        return -1;
    if (n == 0)
        return 0;
    if (n > 1) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("Only one acpi table is supported"));
        return -1;
    }

    if (!(type = virXMLPropString(nodes[0], "type"))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("Missing acpi table type"));
        return -1;
    }

    table = g_new0(virDomainOSACPITableDef, 1);
    os->acpiTables = g_new0(virDomainOSACPITableDef *, 1);
    os->acpiTables[os->nacpiTables++] = table;

    if ((table->type = virDomainOsACPITableTypeFromString(type)) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("Unknown acpi table type: %1$s"), type);
        return -1;
    }
    if (!(table->path = virXMLNodeContentString(nodes[0])))
        return -1;
    return 0;
}


/* <bootmenu enable= timeout=/> and <bios useserial= rebootTimeout=/> */
static int
virDomainOSParseBootMenuBios(xmlXPathContextPtr ctxt, virDomainOSDef *os)
{
    xmlNodePtr node;

    if ((node = virXPathNode("./os/bootmenu[1]", ctxt))) {
        int rc;

        if (virXMLPropTristateBool(node, "enable", VIR_XML_PROP_NONE, &os->bootmenu) < 0)
            return -1;

        if (os->bootmenu == VIR_TRISTATE_BOOL_YES) {
            if ((rc = virXMLPropUInt(node, "timeout", 10, VIR_XML_PROP_NONE, &os->bm_timeout)) < 0)
                return -1;
            if (rc > 0) {
                if (os->bm_timeout > 65535) {
                    virReportError(
                        VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                        _("invalid value for boot menu timeout, must be in range [0,65535]"));
                    return -1;
                }
                os->bm_timeout_set = true;
            }
        }
    }

    if ((node = virXPathNode("./os/bios[1]", ctxt))) {
        g_autofree char *useserial = virXMLPropString(node, "useserial");
        int rc;

        /* anything but 'yes' disables it, as libvirt has always done */
        if (useserial)
            os->bios_useserial =
                g_str_equal(useserial, "yes") ? VIR_TRISTATE_BOOL_YES : VIR_TRISTATE_BOOL_NO;

        if ((rc = virXMLPropInt(node, "rebootTimeout", 10, VIR_XML_PROP_NONE,
                                &os->bios_rebootTimeout, 0)) < 0)
            return -1;
        if (rc > 0) {
            if (os->bios_rebootTimeout < -1 || os->bios_rebootTimeout > 65535) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                               _("invalid value for rebootTimeout, must be in range [-1,65535]"));
                return -1;
            }
            os->bios_rebootTimeout_set = true;
        }
    }
    return 0;
}


/* <boot dev=.../> list (hvm); the default <boot dev='hd'/> and the check
 * against per-device <boot> are the core's post-parse */
static int
virDomainOSParseBoot(xmlXPathContextPtr ctxt, virDomainOSDef *os)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./os/boot", ctxt, &nodes)) < 0)
        return -1;

    for (i = 0; i < (size_t)n && i < VIR_DOMAIN_BOOT_LAST; i++) {
        unsigned int dev;

        if (virXMLPropEnum(nodes[i], "dev", virDomainBootTypeFromString, VIR_XML_PROP_REQUIRED,
                           &dev) < 0)
            return -1;
        os->bootDevs[os->nBootDevs++] = dev;
    }

    return virDomainOSParseBootMenuBios(ctxt, os);
}


/* <initarg> list: NULL-terminated vector, NULL when there are none */
static int
virDomainOSParseInitArgs(xmlXPathContextPtr ctxt, virDomainOSDef *os)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./os/initarg", ctxt, &nodes)) < 0)
        return -1;
    if (n == 0)
        return 0;

    os->initargv = g_new0(char *, n + 1);
    for (i = 0; i < (size_t)n; i++) {
        if (!nodes[i]->children) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("No data supplied for <initarg> element"));
            return -1;
        }
        if (!(os->initargv[i] = virXMLNodeContentString(nodes[i])))
            return -1;
    }
    return 0;
}


/* <init>, <initarg>, <initenv>, <initdir>, <inituser>, <initgroup>, <cmdline> (exe) */
static int
virDomainOSParseInit(xmlXPathContextPtr ctxt, virDomainOSDef *os)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if (!(os->init = virXPathString("string(./os/init[1])", ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("init binary must be specified"));
        return -1;
    }
    os->cmdline = virXPathString("string(./os/cmdline[1])", ctxt);
    os->initdir = virXPathString("string(./os/initdir[1])", ctxt);
    os->inituser = virXPathString("string(./os/inituser[1])", ctxt);
    os->initgroup = virXPathString("string(./os/initgroup[1])", ctxt);

    if (virDomainOSParseInitArgs(ctxt, os) < 0)
        return -1;

    if ((n = virXPathNodeSet("./os/initenv", ctxt, &nodes)) < 0)
        return -1;
    if (n > 0)
        os->initenv = g_new0(virDomainOSEnv *, n);
    for (i = 0; i < (size_t)n; i++) {
        virDomainOSEnv *env = g_new0(virDomainOSEnv, 1);

        os->initenv[os->ninitenv++] = env;
        if (!(env->name = virXMLPropString(nodes[i], "name"))) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("No name supplied for <initenv> element"));
            return -1;
        }
        if (!nodes[i]->children) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("No value supplied for <initenv name='%1$s'> element"), env->name);
            return -1;
        }
        if (!(env->value = virXMLNodeContentString(nodes[i])))
            return -1;
    }
    return 0;
}


/* firmware auto-selection rules of libvirt 9.0 (run after parsing) */
static int
virDomainOSValidateFirmware(const virDomainOSDef *os)
{
    const virDomainLoaderDef *loader = os->loader;
    const int *feat = os->firmwareFeatures;

    if (os->firmware) {
        if (feat &&
            feat[VIR_DOMAIN_OS_DEF_FIRMWARE_FEATURE_ENROLLED_KEYS] == VIR_TRISTATE_BOOL_YES &&
            feat[VIR_DOMAIN_OS_DEF_FIRMWARE_FEATURE_SECURE_BOOT] == VIR_TRISTATE_BOOL_NO) {
            virReportError(
                VIR_ERR_XML_DETAIL, "%s",
                _("firmware feature 'enrolled-keys' cannot be enabled when firmware feature 'secure-boot' is disabled"));
            return -1;
        }
        if (loader && loader->readonly) {
            virReportError(
                VIR_ERR_XML_DETAIL, "%s",
                _("loader attribute 'readonly' cannot be specified when firmware autoselection is enabled"));
            return -1;
        }
        if (loader && loader->type) {
            virReportError(
                VIR_ERR_XML_DETAIL, "%s",
                _("loader attribute 'type' cannot be specified when firmware autoselection is enabled"));
            return -1;
        }
        if (loader && loader->nvramTemplate) {
            virReportError(
                VIR_ERR_XML_DETAIL, "%s",
                _("nvram attribute 'template' cannot be specified when firmware autoselection is enabled"));
            return -1;
        }
        if (loader && loader->secure == VIR_TRISTATE_BOOL_NO) {
            virReportError(
                VIR_ERR_XML_DETAIL, "%s",
                _("loader attribute 'secure' cannot be specified when firmware autoselection is enabled"));
            return -1;
        }
    } else if (loader && !loader->path) {
        virReportError(VIR_ERR_XML_DETAIL, "%s",
                       _("no loader path specified and firmware auto selection disabled"));
        return -1;
    }

    if (loader && loader->stateless == VIR_TRISTATE_BOOL_YES) {
        if (loader->nvramTemplate) {
            virReportError(VIR_ERR_XML_DETAIL, "%s",
                           _("NVRAM template is not permitted when loader is stateless"));
            return -1;
        }
        if (loader->nvram || loader->nvramSource) {
            virReportError(VIR_ERR_XML_DETAIL, "%s",
                           _("NVRAM is not permitted when loader is stateless"));
            return -1;
        }
    }
    return 0;
}


static int
virDomainOSParseSmbios(xmlXPathContextPtr ctxt, virDomainOSDef *os)
{
    g_autofree char *mode = virXPathString("string(./os/smbios/@mode)", ctxt);

    if (!mode)
        return 0;
    if ((os->smbios_mode = virDomainSmbiosModeTypeFromString(mode)) <= 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown smbios mode '%1$s'"), mode);
        return -1;
    }
    return 0;
}


int
virDomainOSDefParseXML(xmlXPathContextPtr ctxt, virDomainDef *def, unsigned int flags)
{
    virDomainOSDef *os = &def->os;

    if (virDomainOSParseType(ctxt, def) < 0)
        return -1;

    switch ((virDomainOSType)os->type) {
    case VIR_DOMAIN_OSTYPE_HVM:
        virDomainOSParseKernel(ctxt, os);
        if (virDomainOSParseFirmware(ctxt, os) < 0 || virDomainOSParseLoader(ctxt, os, flags) < 0 ||
            virDomainOSParseACPI(ctxt, os) < 0 || virDomainOSParseBoot(ctxt, os) < 0)
            return -1;
        break;
    case VIR_DOMAIN_OSTYPE_XEN:
    case VIR_DOMAIN_OSTYPE_XENPVH:
    case VIR_DOMAIN_OSTYPE_UML:
        virDomainOSParseKernel(ctxt, os);
        if (virDomainOSParseLoader(ctxt, os, flags) < 0)
            return -1;
        break;
    case VIR_DOMAIN_OSTYPE_EXE:
        if (virDomainOSParseInit(ctxt, os) < 0)
            return -1;
        break;
    case VIR_DOMAIN_OSTYPE_LINUX:
    case VIR_DOMAIN_OSTYPE_LAST:
        break;
    }

    if (virDomainOSParseSmbios(ctxt, os) < 0)
        return -1;

    return virDomainOSValidateFirmware(os);
}


static void
virDomainOSFormatFirmware(virBuffer *buf, const virDomainOSDef *os)
{
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    size_t i;

    if (!os->firmwareFeatures)
        return;

    for (i = 0; i < VIR_DOMAIN_OS_DEF_FIRMWARE_FEATURE_LAST; i++) {
        if (os->firmwareFeatures[i] == VIR_TRISTATE_BOOL_ABSENT)
            continue;
        virBufferAsprintf(&childBuf, "<feature enabled='%s' name='%s'/>\n",
                          virTristateBoolTypeToString(os->firmwareFeatures[i]),
                          virDomainOsDefFirmwareFeatureTypeToString(i));
    }
    virXMLFormatElement(buf, "firmware", NULL, &childBuf);
}


static int
virDomainOSFormatNvram(virBuffer *buf, const virDomainLoaderDef *loader, unsigned int flags)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    virBufferEscapeString(&attrBuf, " template='%s'", loader->nvramTemplate);

    if (loader->nvramSource) {
        virBufferAsprintf(&attrBuf, " type='%s'",
                          virStorageTypeToString(loader->nvramSource->type));
        if (virStorageSourceFormat(&childBuf, loader->nvramSource, "source", NULL, false, false,
                                   false, flags) < 0)
            return -1;
        virXMLFormatElement(buf, "nvram", &attrBuf, &childBuf);
        return 0;
    }

    if (loader->nvram) {
        virBufferAddStr(buf, "<nvram");
        virBufferAddBuffer(buf, &attrBuf);
        virBufferEscapeString(buf, ">%s</nvram>\n", loader->nvram);
        return 0;
    }
    virXMLFormatElement(buf, "nvram", &attrBuf, NULL);
    return 0;
}


static void
virDomainOSFormatLoader(virBuffer *buf, const virDomainLoaderDef *loader, unsigned int flags)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;

    if (loader->readonly)
        virBufferAsprintf(&attrBuf, " readonly='%s'",
                          virTristateBoolTypeToString(loader->readonly));
    if (loader->secure)
        virBufferAsprintf(&attrBuf, " secure='%s'", virTristateBoolTypeToString(loader->secure));
    if (loader->type)
        virBufferAsprintf(&attrBuf, " type='%s'", virDomainLoaderTypeToString(loader->type));
    if (loader->stateless)
        virBufferAsprintf(&attrBuf, " stateless='%s'",
                          virTristateBoolTypeToString(loader->stateless));

    if (loader->path) {
        virBufferAddStr(buf, "<loader");
        virBufferAddBuffer(buf, &attrBuf);
        virBufferEscapeString(buf, ">%s</loader>\n", loader->path);
    } else {
        virXMLFormatElement(buf, "loader", &attrBuf, NULL);
    }

    if (loader->nvram || loader->nvramTemplate || loader->nvramSource)
        (void)virDomainOSFormatNvram(buf, loader, flags);
}


static void
virDomainOSFormatInit(virBuffer *buf, const virDomainOSDef *os)
{
    size_t i;

    virBufferEscapeString(buf, "<init>%s</init>\n", os->init);
    for (i = 0; os->initargv && os->initargv[i]; i++)
        virBufferEscapeString(buf, "<initarg>%s</initarg>\n", os->initargv[i]);
    /* libvirt 9.0 writes initenv, inituser and initgroup unescaped */
    for (i = 0; i < os->ninitenv; i++)
        virBufferAsprintf(buf, "<initenv name='%s'>%s</initenv>\n", os->initenv[i]->name,
                          os->initenv[i]->value);
    virBufferEscapeString(buf, "<initdir>%s</initdir>\n", os->initdir);
    if (os->inituser)
        virBufferAsprintf(buf, "<inituser>%s</inituser>\n", os->inituser);
    if (os->initgroup)
        virBufferAsprintf(buf, "<initgroup>%s</initgroup>\n", os->initgroup);
}


static void
virDomainOSFormatBoot(virBuffer *buf, const virDomainOSDef *os)
{
    size_t i;

    for (i = 0; i < os->nBootDevs; i++)
        virBufferAsprintf(buf, "<boot dev='%s'/>\n", virDomainBootTypeToString(os->bootDevs[i]));

    if (os->bootmenu) {
        virBufferAsprintf(buf, "<bootmenu enable='%s'", virTristateBoolTypeToString(os->bootmenu));
        if (os->bm_timeout_set)
            virBufferAsprintf(buf, " timeout='%u'", os->bm_timeout);
        virBufferAddLit(buf, "/>\n");
    }

    if (os->bios_useserial || os->bios_rebootTimeout_set) {
        virBufferAddLit(buf, "<bios");
        if (os->bios_useserial)
            virBufferAsprintf(buf, " useserial='%s'",
                              virTristateBoolTypeToString(os->bios_useserial));
        if (os->bios_rebootTimeout_set)
            virBufferAsprintf(buf, " rebootTimeout='%d'", os->bios_rebootTimeout);
        virBufferAddLit(buf, "/>\n");
    }
}


void
virDomainOSDefFormat(virBuffer *buf, const virDomainDef *def, unsigned int flags)
{
    const virDomainOSDef *os = &def->os;
    size_t i;

    virBufferAddLit(buf, "<os");
    if (os->firmware)
        virBufferAsprintf(buf, " firmware='%s'", virDomainOsDefFirmwareTypeToString(os->firmware));
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);

    virBufferAddLit(buf, "<type");
    if (os->arch)
        virBufferAsprintf(buf, " arch='%s'", virArchTypeToString(os->arch));
    /* libvirt 9.0 writes the machine type unescaped */
    if (os->machine)
        virBufferAsprintf(buf, " machine='%s'", os->machine);
    /* Xen paravirtualised guests are written 'linux', as they always were */
    if (def->virtType == VIR_DOMAIN_VIRT_XEN && os->type == VIR_DOMAIN_OSTYPE_XEN)
        virBufferAddLit(buf, ">linux</type>\n");
    else
        virBufferAsprintf(buf, ">%s</type>\n", virDomainOSTypeToString(os->type));

    virDomainOSFormatFirmware(buf, os);
    virDomainOSFormatInit(buf, os);

    if (os->loader)
        virDomainOSFormatLoader(buf, os->loader, flags);

    virBufferEscapeString(buf, "<kernel>%s</kernel>\n", os->kernel);
    virBufferEscapeString(buf, "<initrd>%s</initrd>\n", os->initrd);
    virBufferEscapeString(buf, "<cmdline>%s</cmdline>\n", os->cmdline);
    virBufferEscapeString(buf, "<dtb>%s</dtb>\n", os->dtb);
    virBufferEscapeString(buf, "<root>%s</root>\n", os->root);

    if (os->nacpiTables) {
        virBufferAddLit(buf, "<acpi>\n");
        virBufferAdjustIndent(buf, 2);
        for (i = 0; i < os->nacpiTables; i++) {
            virBufferAsprintf(buf, "<table type='%s'>",
                              virDomainOsACPITableTypeToString(os->acpiTables[i]->type));
            virBufferEscapeString(buf, "%s</table>\n", os->acpiTables[i]->path);
        }
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</acpi>\n");
    }

    virDomainOSFormatBoot(buf, os);

    if (os->smbios_mode)
        virBufferAsprintf(buf, "<smbios mode='%s'/>\n",
                          virDomainSmbiosModeTypeToString(os->smbios_mode));

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</os>\n");
}


void
virDomainOSDefClear(virDomainOSDef *os)
{
    size_t i;

    if (!os)
        return;
    if (os->loader) {
        g_free(os->loader->path);
        g_free(os->loader->nvram);
        g_free(os->loader->nvramTemplate);
        virStorageSourceFree(os->loader->nvramSource);
        g_free(os->loader);
    }
    g_free(os->machine);
    g_free(os->firmwareFeatures);
    g_free(os->kernel);
    g_free(os->initrd);
    g_free(os->cmdline);
    g_free(os->dtb);
    g_free(os->root);
    for (i = 0; i < os->nacpiTables; i++) {
        g_free(os->acpiTables[i]->path);
        g_free(os->acpiTables[i]);
    }
    g_free(os->acpiTables);
    g_free(os->init);
    g_strfreev(os->initargv);
    for (i = 0; i < os->ninitenv; i++) {
        g_free(os->initenv[i]->name);
        g_free(os->initenv[i]->value);
        g_free(os->initenv[i]);
    }
    g_free(os->initenv);
    g_free(os->initdir);
    g_free(os->inituser);
    g_free(os->initgroup);
    memset(os, 0, sizeof(*os));
}


static int
virDomainIdMapEntrySort(const void *a, const void *b)
{
    const virDomainIdMapEntry *ea = a;
    const virDomainIdMapEntry *eb = b;

    if (ea->start < eb->start)
        return -1;
    return ea->start > eb->start;
}


/* the <uid> or <gid> entries of <idmap>; *@num = 0 when none */
static int
virDomainIdmapParseList(xmlXPathContextPtr ctxt,
                        const char *xpath,
                        virDomainIdMapEntry **entries,
                        size_t *num)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet(xpath, ctxt, &nodes)) <= 0)
        return n;

    *entries = g_new0(virDomainIdMapEntry, n);
    *num = n;
    for (i = 0; i < (size_t)n; i++) {
        ctxt->node = nodes[i];
        if (virXPathUInt("string(./@start)", ctxt, &(*entries)[i].start) < 0 ||
            virXPathUInt("string(./@target)", ctxt, &(*entries)[i].target) < 0 ||
            virXPathUInt("string(./@count)", ctxt, &(*entries)[i].count) < 0) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("invalid idmap start/target/count settings"));
            return -1;
        }
    }
    qsort(*entries, n, sizeof(**entries), virDomainIdMapEntrySort);
    return 0;
}


int
virDomainIdmapParseXML(xmlXPathContextPtr ctxt, virDomainDef *def, unsigned int flags G_GNUC_UNUSED)
{
    virDomainIdmapDef *idmap = &def->idmap;

    if (virDomainIdmapParseList(ctxt, "./idmap/uid", &idmap->uidmap, &idmap->nuidmap) < 0 ||
        virDomainIdmapParseList(ctxt, "./idmap/gid", &idmap->gidmap, &idmap->ngidmap) < 0)
        return -1;

    if ((idmap->nuidmap > 0) != (idmap->ngidmap > 0)) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s", _("uid and gid should be mapped both"));
        return -1;
    }
    if ((idmap->nuidmap && idmap->uidmap[0].start != 0) ||
        (idmap->ngidmap && idmap->gidmap[0].start != 0)) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("You must map the root user of container"));
        return -1;
    }
    return 0;
}


void
virDomainIdmapFormat(virBuffer *buf, const virDomainDef *def, unsigned int flags G_GNUC_UNUSED)
{
    const virDomainIdmapDef *idmap = &def->idmap;
    size_t i;

    if (!idmap->nuidmap && !idmap->ngidmap)
        return;

    virBufferAddLit(buf, "<idmap>\n");
    virBufferAdjustIndent(buf, 2);
    for (i = 0; i < idmap->nuidmap; i++)
        virBufferAsprintf(buf, "<uid start='%u' target='%u' count='%u'/>\n", idmap->uidmap[i].start,
                          idmap->uidmap[i].target, idmap->uidmap[i].count);
    for (i = 0; i < idmap->ngidmap; i++)
        virBufferAsprintf(buf, "<gid start='%u' target='%u' count='%u'/>\n", idmap->gidmap[i].start,
                          idmap->gidmap[i].target, idmap->gidmap[i].count);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</idmap>\n");
}


void
virDomainIdmapDefClear(virDomainIdmapDef *idmap)
{
    if (!idmap)
        return;
    g_free(idmap->uidmap);
    g_free(idmap->gidmap);
    memset(idmap, 0, sizeof(*idmap));
}
