/*
 * virdomainfs.c: <filesystem> devices
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include "virdomaindisksource.h"
#include "virdomainfs.h"
#include "virerror.h"
#include "virfile.h"
#include "virunits.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_ENUM_IMPL(virDomainFS,
              VIR_DOMAIN_FS_TYPE_LAST,
              "mount",
              "block",
              "file",
              "template",
              "ram",
              "bind",
              "volume");

VIR_ENUM_IMPL(virDomainFSDriver,
              VIR_DOMAIN_FS_DRIVER_TYPE_LAST,
              "default",
              "path",
              "handle",
              "loop",
              "nbd",
              "ploop",
              "virtiofs");

VIR_ENUM_IMPL(
    virDomainFSAccessMode, VIR_DOMAIN_FS_ACCESSMODE_LAST, "", "passthrough", "mapped", "squash");

VIR_ENUM_IMPL(virDomainFSWrpolicy, VIR_DOMAIN_FS_WRPOLICY_LAST, "default", "immediate");

VIR_ENUM_IMPL(virDomainFSModel,
              VIR_DOMAIN_FS_MODEL_LAST,
              "default",
              "virtio",
              "virtio-transitional",
              "virtio-non-transitional");

VIR_ENUM_IMPL(
    virDomainFSMultidevs, VIR_DOMAIN_FS_MULTIDEVS_LAST, "default", "remap", "forbid", "warn");

VIR_ENUM_IMPL(virDomainFSCacheMode, VIR_DOMAIN_FS_CACHE_MODE_LAST, "default", "none", "always");

VIR_ENUM_IMPL(
    virDomainFSSandboxMode, VIR_DOMAIN_FS_SANDBOX_MODE_LAST, "default", "namespace", "chroot");


void
virDomainFSDefFree(virDomainFSDef *fs)
{
    if (!fs)
        return;
    g_free(fs->src);
    g_free(fs->sock);
    g_free(fs->srcpool);
    g_free(fs->srcvolume);
    g_free(fs->dst);
    g_free(fs->binary);
    virDomainDeviceInfoClear(&fs->info);
    g_free(fs);
}


/* ---------------------------------------------------------------- parse */

static int
virDomainFSAttrsParse(virDomainFSDef *fs, xmlNodePtr node, xmlXPathContextPtr ctxt)
{
    unsigned int val = 0;

#define FS_ENUM(attr, func, flg, field)                                                            \
 do {                                                                                              \
  val = 0;                                                                                         \
  if (virXMLPropEnum(node, attr, func, flg, &val) < 0)                                             \
   return -1;                                                                                      \
  fs->field = val;                                                                                 \
 } while (0)

    FS_ENUM("type", virDomainFSTypeFromString, VIR_XML_PROP_NONE, type);
    /* accessmode='' means the default, as in libvirt */
    FS_ENUM("accessmode", virDomainFSAccessModeTypeFromString, VIR_XML_PROP_NONE, accessmode);

    if (virXMLPropUInt(node, "fmode", 8, VIR_XML_PROP_NONE, &fs->fmode) < 0)
        return -1;
    if (fs->fmode > 0777) {
        virReportError(VIR_ERR_XML_ERROR, _("invalid fmode: '0%1$o'"), fs->fmode);
        return -1;
    }
    if (virXMLPropUInt(node, "dmode", 8, VIR_XML_PROP_NONE, &fs->dmode) < 0)
        return -1;
    if (fs->dmode > 0777) {
        virReportError(VIR_ERR_XML_ERROR, _("invalid dmode: '0%1$o'"), fs->dmode);
        return -1;
    }

    FS_ENUM("model", virDomainFSModelTypeFromString, VIR_XML_PROP_NONZERO, model);
    FS_ENUM("multidevs", virDomainFSMultidevsTypeFromString, VIR_XML_PROP_NONE, multidevs);
#undef FS_ENUM

    if (virParseScaledValue("./space_hard_limit[1]", NULL, ctxt, &fs->space_hard_limit, 1,
                            ULLONG_MAX, false) < 0 ||
        virParseScaledValue("./space_soft_limit[1]", NULL, ctxt, &fs->space_soft_limit, 1,
                            ULLONG_MAX, false) < 0)
        return -1;
    return 0;
}


static int
virDomainFSSourceParse(virDomainFSDef *fs, xmlXPathContextPtr ctxt, char **usage, char **units)
{
    xmlNodePtr node;
    g_autofree char *pool = NULL;
    g_autofree char *volume = NULL;

    if (!(node = virXPathNode("./source", ctxt)))
        return 0;

    switch ((virDomainFSType)fs->type) {
    case VIR_DOMAIN_FS_TYPE_MOUNT:
    case VIR_DOMAIN_FS_TYPE_BIND:
        fs->src = virXMLPropString(node, "dir");
        fs->sock = virXMLPropString(node, "socket");
        break;
    case VIR_DOMAIN_FS_TYPE_FILE:
        fs->src = virXMLPropString(node, "file");
        break;
    case VIR_DOMAIN_FS_TYPE_BLOCK:
        fs->src = virXMLPropString(node, "dev");
        break;
    case VIR_DOMAIN_FS_TYPE_TEMPLATE:
        fs->src = virXMLPropString(node, "name");
        break;
    case VIR_DOMAIN_FS_TYPE_RAM:
        *usage = virXMLPropString(node, "usage");
        *units = virXMLPropString(node, "units");
        break;
    case VIR_DOMAIN_FS_TYPE_VOLUME:
        pool = virXMLPropString(node, "pool");
        volume = virXMLPropString(node, "volume");
        if (!pool && !volume)
            break;
        if (!pool || !volume) {
            virReportError(
                VIR_ERR_XML_ERROR, "%s",
                _("'pool' and 'volume' must be specified together for 'pool' type source"));
            return -1;
        }
        fs->srcpool = g_steal_pointer(&pool);
        fs->srcvolume = g_steal_pointer(&volume);
        break;
    case VIR_DOMAIN_FS_TYPE_LAST:
        break;
    }
    return 0;
}


static int
virDomainFSDriverParse(virDomainFSDef *fs, xmlNodePtr driver)
{
    unsigned int val = 0;
    g_autofree char *format = NULL;

    if (virXMLPropEnum(driver, "type", virDomainFSDriverTypeFromString, VIR_XML_PROP_NONE, &val) <
        0)
        return -1;
    fs->fsdriver = val;

    val = 0;
    if (virXMLPropEnum(driver, "wrpolicy", virDomainFSWrpolicyTypeFromString, VIR_XML_PROP_NONE,
                       &val) < 0)
        return -1;
    fs->wrpolicy = val;

    if ((format = virXMLPropString(driver, "format")) &&
        (fs->format = virStorageFileFormatTypeFromString(format)) <= 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown driver format value '%1$s'"), format);
        return -1;
    }
    return 0;
}


static int
virDomainFSBinaryParse(virDomainFSDef *fs, xmlXPathContextPtr ctxt)
{
    g_autofree char *queue = virXPathString("string(./driver/@queue)", ctxt);
    g_autofree char *binary = virXPathString("string(./binary/@path)", ctxt);
    g_autofree char *pool = virXPathString("string(./binary/thread_pool/@size)", ctxt);
    xmlNodePtr node;
    unsigned int val = 0;

    if (queue && virStrToLong_ull(queue, NULL, 10, &fs->queue_size) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("cannot parse queue size '%1$s' for virtiofs"), queue);
        return -1;
    }
    if (pool && virStrToLong_i(pool, NULL, 10, &fs->thread_pool_size) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("cannot parse thread pool size '%1$s' for virtiofs"),
                       pool);
        return -1;
    }
    if (binary)
        fs->binary = virFileSanitizePath(binary);

    if ((node = virXPathNode("./binary", ctxt)) &&
        virXMLPropTristateSwitch(node, "xattr", VIR_XML_PROP_NONE, &fs->xattr) < 0)
        return -1;
    if ((node = virXPathNode("./binary/lock", ctxt)) &&
        (virXMLPropTristateSwitch(node, "posix", VIR_XML_PROP_NONE, &fs->posix_lock) < 0 ||
         virXMLPropTristateSwitch(node, "flock", VIR_XML_PROP_NONE, &fs->flock) < 0))
        return -1;
    if ((node = virXPathNode("./binary/cache", ctxt))) {
        if (virXMLPropEnum(node, "mode", virDomainFSCacheModeTypeFromString, VIR_XML_PROP_NONZERO,
                           &val) < 0)
            return -1;
        fs->cache = val;
    }
    val = 0;
    if ((node = virXPathNode("./binary/sandbox", ctxt))) {
        if (virXMLPropEnum(node, "mode", virDomainFSSandboxModeTypeFromString, VIR_XML_PROP_NONZERO,
                           &val) < 0)
            return -1;
        fs->sandbox = val;
    }
    return 0;
}


static int
virDomainFSRamUsageParse(virDomainFSDef *fs, const char *usage, const char *units)
{
    if (!usage) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing 'usage' attribute for RAM filesystem"));
        return -1;
    }
    if (virStrToLong_ull(usage, NULL, 10, &fs->usage) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("cannot parse usage '%1$s' for RAM filesystem"), usage);
        return -1;
    }
    return virScaleInteger(&fs->usage, units, 1024, ULLONG_MAX);
}


virDomainFSDef *
virDomainFSDefParseXML(xmlXPathContextPtr ctxt,
                       xmlNodePtr node,
                       virDomainDef *def G_GNUC_UNUSED,
                       unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autoptr(virDomainFSDef) fs = g_new0(virDomainFSDef, 1);
    g_autofree char *usage = NULL;
    g_autofree char *units = NULL;
    xmlNodePtr driver;

    ctxt->node = node;
    fs->thread_pool_size = -1;

    if (virDomainFSAttrsParse(fs, node, ctxt) < 0 ||
        virDomainFSSourceParse(fs, ctxt, &usage, &units) < 0)
        return NULL;

    fs->dst = virXPathString("string(./target/@dir)", ctxt);
    fs->readonly = virXPathNode("./readonly", ctxt) != NULL;

    if ((driver = virXPathNode("./driver", ctxt)) && virDomainFSDriverParse(fs, driver) < 0)
        return NULL;

    if (fs->fsdriver == VIR_DOMAIN_FS_DRIVER_TYPE_VIRTIOFS && virDomainFSBinaryParse(fs, ctxt) < 0)
        return NULL;

    if (!fs->src && !fs->sock && fs->type != VIR_DOMAIN_FS_TYPE_RAM &&
        fs->type != VIR_DOMAIN_FS_TYPE_VOLUME) {
        virReportError(VIR_ERR_NO_SOURCE, "%s", NULLSTR(fs->dst));
        return NULL;
    }
    if (!fs->dst) {
        virReportError(VIR_ERR_NO_TARGET, "%s", NULLSTR(fs->src));
        return NULL;
    }
    if (fs->type == VIR_DOMAIN_FS_TYPE_RAM && virDomainFSRamUsageParse(fs, usage, units) < 0)
        return NULL;

    if (virDomainDeviceInfoParseXML(ctxt, node, &fs->info,
                                    flags | VIR_DOMAIN_DEF_PARSE_ALLOW_BOOT) < 0)
        return NULL;

    if (virDomainVirtioOptionsParseXML(driver, &fs->virtio) < 0)
        return NULL;

    return g_steal_pointer(&fs);
}


/* ---------------------------------------------------------------- format */

static void
virDomainFSDriverFormat(virBuffer *buf, const virDomainFSDef *fs)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;

    if (fs->fsdriver) {
        virBufferAsprintf(&attrBuf, " type='%s'", virDomainFSDriverTypeToString(fs->fsdriver));
        if (fs->format)
            virBufferAsprintf(&attrBuf, " format='%s'",
                              virStorageFileFormatTypeToString(fs->format));
        if (fs->wrpolicy)
            virBufferAsprintf(&attrBuf, " wrpolicy='%s'",
                              virDomainFSWrpolicyTypeToString(fs->wrpolicy));
        if (fs->queue_size)
            virBufferAsprintf(&attrBuf, " queue='%llu'", fs->queue_size);
    }
    virDomainVirtioOptionsFormat(&attrBuf, &fs->virtio);
    virXMLFormatElement(buf, "driver", &attrBuf, NULL);
}


static void
virDomainFSBinaryFormat(virBuffer *buf, const virDomainFSDef *fs)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    g_auto(virBuffer) lockBuf = VIR_BUFFER_INITIALIZER;

    if (fs->fsdriver != VIR_DOMAIN_FS_DRIVER_TYPE_VIRTIOFS)
        return;

    virBufferEscapeString(&attrBuf, " path='%s'", fs->binary);
    if (fs->xattr)
        virBufferAsprintf(&attrBuf, " xattr='%s'", virTristateSwitchTypeToString(fs->xattr));
    if (fs->cache)
        virBufferAsprintf(&childBuf, "<cache mode='%s'/>\n",
                          virDomainFSCacheModeTypeToString(fs->cache));
    if (fs->sandbox)
        virBufferAsprintf(&childBuf, "<sandbox mode='%s'/>\n",
                          virDomainFSSandboxModeTypeToString(fs->sandbox));
    if (fs->posix_lock)
        virBufferAsprintf(&lockBuf, " posix='%s'", virTristateSwitchTypeToString(fs->posix_lock));
    if (fs->flock)
        virBufferAsprintf(&lockBuf, " flock='%s'", virTristateSwitchTypeToString(fs->flock));
    virXMLFormatElement(&childBuf, "lock", &lockBuf, NULL);
    if (fs->thread_pool_size >= 0)
        virBufferAsprintf(&childBuf, "<thread_pool size='%d'/>\n", fs->thread_pool_size);
    virXMLFormatElement(buf, "binary", &attrBuf, &childBuf);
}


static void
virDomainFSSourceFormat(virBuffer *buf, const virDomainFSDef *fs)
{
    switch ((virDomainFSType)fs->type) {
    case VIR_DOMAIN_FS_TYPE_MOUNT:
    case VIR_DOMAIN_FS_TYPE_BIND:
        if (fs->sock)
            virBufferEscapeString(buf, "<source socket='%s'/>\n", fs->sock);
        else
            virBufferEscapeString(buf, "<source dir='%s'/>\n", fs->src);
        break;
    case VIR_DOMAIN_FS_TYPE_BLOCK:
        virBufferEscapeString(buf, "<source dev='%s'/>\n", fs->src);
        break;
    case VIR_DOMAIN_FS_TYPE_FILE:
        virBufferEscapeString(buf, "<source file='%s'/>\n", fs->src);
        break;
    case VIR_DOMAIN_FS_TYPE_TEMPLATE:
        virBufferEscapeString(buf, "<source name='%s'/>\n", fs->src);
        break;
    case VIR_DOMAIN_FS_TYPE_RAM:
        virBufferAsprintf(buf, "<source usage='%llu' units='KiB'/>\n", fs->usage / 1024);
        break;
    case VIR_DOMAIN_FS_TYPE_VOLUME:
        virBufferAddLit(buf, "<source");
        virBufferEscapeString(buf, " pool='%s'", fs->srcpool);
        virBufferEscapeString(buf, " volume='%s'", fs->srcvolume);
        virBufferAddLit(buf, "/>\n");
        break;
    case VIR_DOMAIN_FS_TYPE_LAST:
        break;
    }
}


int
virDomainFSDefFormat(virBuffer *buf,
                     const virDomainFSDef *fs,
                     const virDomainDef *def G_GNUC_UNUSED,
                     unsigned int flags)
{
    const char *type = virDomainFSTypeToString(fs->type);

    if (!type) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unexpected filesystem type %1$d"), fs->type);
        return -1;
    }

    virBufferAsprintf(buf, "<filesystem type='%s'", type);
    if (fs->accessmode)
        virBufferAsprintf(buf, " accessmode='%s'",
                          virDomainFSAccessModeTypeToString(fs->accessmode));
    if (fs->model)
        virBufferAsprintf(buf, " model='%s'", virDomainFSModelTypeToString(fs->model));
    if (fs->multidevs)
        virBufferAsprintf(buf, " multidevs='%s'", virDomainFSMultidevsTypeToString(fs->multidevs));
    if (fs->fmode)
        virBufferAsprintf(buf, " fmode='%04o'", fs->fmode);
    if (fs->dmode)
        virBufferAsprintf(buf, " dmode='%04o'", fs->dmode);
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);

    virDomainFSDriverFormat(buf, fs);
    virDomainFSBinaryFormat(buf, fs);
    virDomainFSSourceFormat(buf, fs);
    virBufferEscapeString(buf, "<target dir='%s'/>\n", fs->dst);
    if (fs->readonly)
        virBufferAddLit(buf, "<readonly/>\n");

    virDomainDeviceInfoFormat(buf, &fs->info, flags | VIR_DOMAIN_DEF_FORMAT_ALLOW_BOOT);

    if (fs->space_hard_limit)
        virBufferAsprintf(buf, "<space_hard_limit unit='bytes'>%llu</space_hard_limit>\n",
                          fs->space_hard_limit);
    if (fs->space_soft_limit)
        virBufferAsprintf(buf, "<space_soft_limit unit='bytes'>%llu</space_soft_limit>\n",
                          fs->space_soft_limit);

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</filesystem>\n");
    return 0;
}


/* ---------------------------------------------------------------- post-parse, validation */

int
virDomainFSDefPostParse(virDomainFSDef *fs, virDomainDef *def G_GNUC_UNUSED)
{
    if (fs->accessmode == VIR_DOMAIN_FS_ACCESSMODE_DEFAULT && !fs->sock)
        fs->accessmode = VIR_DOMAIN_FS_ACCESSMODE_PASSTHROUGH;
    return 0;
}


int
virDomainFSDefValidate(const virDomainFSDef *fs, const virDomainDef *def G_GNUC_UNUSED)
{
    if (fs->info.bootIndex && fs->fsdriver != VIR_DOMAIN_FS_DRIVER_TYPE_VIRTIOFS) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("boot order is only supported for virtiofs"));
        return -1;
    }
    return 0;
}
