/*
 * virdomainvideo.c: video, sound and audio devices
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

VIR_ENUM_IMPL(virDomainVideo,
              VIR_DOMAIN_VIDEO_TYPE_LAST,
              "default",
              "vga",
              "cirrus",
              "vmvga",
              "xen",
              "vbox",
              "qxl",
              "parallels",
              "virtio",
              "gop",
              "none",
              "bochs",
              "ramfb");

VIR_ENUM_IMPL(
    virDomainVideoBackend, VIR_DOMAIN_VIDEO_BACKEND_TYPE_LAST, "default", "qemu", "vhostuser");

VIR_ENUM_IMPL(virDomainVideoVGAConf, VIR_DOMAIN_VIDEO_VGACONF_LAST, "io", "on", "off");

VIR_ENUM_IMPL(virDomainSoundModel,
              VIR_DOMAIN_SOUND_MODEL_LAST,
              "sb16",
              "es1370",
              "pcspk",
              "ac97",
              "ich6",
              "ich9",
              "usb",
              "ich7");

VIR_ENUM_IMPL(virDomainSoundCodec, VIR_DOMAIN_SOUND_CODEC_TYPE_LAST, "duplex", "micro", "output");

VIR_ENUM_IMPL(virDomainAudio,
              VIR_DOMAIN_AUDIO_TYPE_LAST,
              "none",
              "alsa",
              "coreaudio",
              "jack",
              "oss",
              "pulseaudio",
              "sdl",
              "spice",
              "file",
              "dbus");

VIR_ENUM_IMPL(virDomainAudioSDLDriver,
              VIR_DOMAIN_AUDIO_SDL_DRIVER_LAST,
              "",
              "esd",
              "alsa",
              "arts",
              "pulseaudio");

VIR_ENUM_IMPL(virDomainAudioFormat,
              VIR_DOMAIN_AUDIO_FORMAT_LAST,
              "",
              "u8",
              "s8",
              "u16",
              "s16",
              "u32",
              "s32",
              "f32");


/* ---- video ---- */

void
virDomainVideoDefFree(virDomainVideoDef *video)
{
    if (!video)
        return;
    g_free(video->rendernode);
    virDomainDeviceInfoClear(&video->info);
    g_free(video);
}


/* Next power of two >= @val; 0 when that does not fit (as libvirt). */
static unsigned int
virDomainVideoRoundUp(unsigned int val)
{
    unsigned long long p = 1;

    if (val == 0)
        return 0;
    while (p < val)
        p <<= 1;
    return p > UINT_MAX ? 0 : p;
}


static int
virDomainVideoSizeParse(xmlNodePtr model, const char *name, unsigned int *val)
{
    g_autofree char *str = virXMLPropString(model, name);

    if (!str)
        return 0;
    if (virStrToLong_uip(str, NULL, 10, val) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("cannot parse video %1$s '%2$s'"), name, str);
        return -1;
    }
    return 0;
}


static int
virDomainVideoAccelParse(xmlNodePtr model, virDomainVideoDef *video)
{
    xmlNodePtr accel = model ? virXMLNodeGetSubelement(model, "acceleration") : NULL;

    if (!accel)
        return 0;
    if (virXMLPropTristateBool(accel, "accel3d", VIR_XML_PROP_NONE, &video->accel3d) < 0 ||
        virXMLPropTristateBool(accel, "accel2d", VIR_XML_PROP_NONE, &video->accel2d) < 0)
        return -1;
    video->rendernode = virXMLPropString(accel, "rendernode");
    if (!video->accel3d && !video->accel2d && !video->rendernode) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s", _("missing values for acceleration"));
        return -1;
    }
    video->accelSet = true;
    return 0;
}


static int
virDomainVideoResolutionParse(xmlNodePtr model, virDomainVideoDef *video)
{
    xmlNodePtr res = virXMLNodeGetSubelement(model, "resolution");

    if (!res)
        return 0;
    if (virXMLPropUInt(res, "x", 10, VIR_XML_PROP_REQUIRED, &video->resX) < 0 ||
        virXMLPropUInt(res, "y", 10, VIR_XML_PROP_REQUIRED, &video->resY) < 0)
        return -1;
    if (video->resX == 0 || video->resY == 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("video resolution values must be greater than 0"));
        return -1;
    }
    return 0;
}


static int
virDomainVideoModelParse(xmlNodePtr model, virDomainVideoDef *video)
{
    g_autofree char *type = virXMLPropString(model, "type");
    g_autofree char *heads = virXMLPropString(model, "heads");
    g_autofree char *primary = virXMLPropString(model, "primary");

    if (type && (video->type = virDomainVideoTypeFromString(type)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown video model '%1$s'"), type);
        return -1;
    }
    if (virDomainVideoSizeParse(model, "ram", &video->ram) < 0 ||
        virDomainVideoSizeParse(model, "vram", &video->vram) < 0 ||
        virDomainVideoSizeParse(model, "vram64", &video->vram64) < 0 ||
        virDomainVideoSizeParse(model, "vgamem", &video->vgamem) < 0)
        return -1;
    video->ram = virDomainVideoRoundUp(video->ram);
    video->vram = virDomainVideoRoundUp(video->vram);
    if (heads && virStrToLong_uip(heads, NULL, 10, &video->heads) < 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("cannot parse video heads '%1$s'"), heads);
        return -1;
    }
    video->primary = g_strcmp0(primary, "yes") == 0;
    return virDomainVideoResolutionParse(model, video);
}


static int
virDomainVideoDriverParse(xmlNodePtr driver, virDomainVideoDef *video)
{
    g_autofree char *vgaconf = NULL;
    unsigned int backend = 0;
    int val;

    if (!driver)
        return 0;
    if (virDomainVirtioOptionsParseXML(driver, &video->virtio) < 0 ||
        virXMLPropEnum(driver, "name", virDomainVideoBackendTypeFromString, VIR_XML_PROP_NONZERO,
                       &backend) < 0)
        return -1;
    video->backend = backend;
    if ((vgaconf = virXMLPropString(driver, "vgaconf")) &&
        (val = virDomainVideoVGAConfTypeFromString(vgaconf)) >= 0) {
        video->vgaconf = val;
        video->vgaconfSet = true;
    }
    return 0;
}


virDomainVideoDef *
virDomainVideoDefParseXML(xmlXPathContextPtr ctxt,
                          xmlNodePtr node,
                          virDomainDef *def G_GNUC_UNUSED,
                          unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virDomainVideoDef) video = g_new0(virDomainVideoDef, 1);
    xmlNodePtr model = virXMLNodeGetSubelement(node, "model");

    ctxt->node = node;
    video->heads = 1;
    /* libvirt reads the acceleration first and the driver before the model */
    if (virDomainVideoAccelParse(model, video) < 0 ||
        virDomainVideoDriverParse(virXMLNodeGetSubelement(node, "driver"), video) < 0)
        return NULL;
    if (model && virDomainVideoModelParse(model, video) < 0)
        return NULL;
    if (virDomainDeviceInfoParseXML(ctxt, node, &video->info, flags) < 0)
        return NULL;
    return g_steal_pointer(&video);
}


static void
virDomainVideoModelFormat(virBuffer *buf, const virDomainVideoDef *video)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    virBufferAsprintf(&attrBuf, " type='%s'", virDomainVideoTypeToString(video->type));
    if (video->ram)
        virBufferAsprintf(&attrBuf, " ram='%u'", video->ram);
    if (video->vram)
        virBufferAsprintf(&attrBuf, " vram='%u'", video->vram);
    if (video->vram64)
        virBufferAsprintf(&attrBuf, " vram64='%u'", video->vram64);
    if (video->vgamem)
        virBufferAsprintf(&attrBuf, " vgamem='%u'", video->vgamem);
    if (video->heads)
        virBufferAsprintf(&attrBuf, " heads='%u'", video->heads);
    if (video->primary)
        virBufferAddLit(&attrBuf, " primary='yes'");
    if (video->accelSet) {
        virBufferAddLit(&childBuf, "<acceleration");
        if (video->accel3d)
            virBufferAsprintf(&childBuf, " accel3d='%s'",
                              virTristateBoolTypeToString(video->accel3d));
        if (video->accel2d)
            virBufferAsprintf(&childBuf, " accel2d='%s'",
                              virTristateBoolTypeToString(video->accel2d));
        virBufferEscapeString(&childBuf, " rendernode='%s'", video->rendernode);
        virBufferAddLit(&childBuf, "/>\n");
    }
    if (video->resX && video->resY)
        virBufferAsprintf(&childBuf, "<resolution x='%u' y='%u'/>\n", video->resX, video->resY);
    virXMLFormatElement(buf, "model", &attrBuf, &childBuf);
}


int
virDomainVideoDefFormat(virBuffer *buf,
                        const virDomainVideoDef *video,
                        const virDomainDef *def G_GNUC_UNUSED,
                        unsigned int flags)
{
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    g_auto(virBuffer) drvBuf = VIR_BUFFER_INITIALIZER;

    virDomainVirtioOptionsFormat(&drvBuf, &video->virtio);
    if (video->backend)
        virBufferAsprintf(&drvBuf, " name='%s'", virDomainVideoBackendTypeToString(video->backend));
    if (video->vgaconfSet)
        virBufferAsprintf(&drvBuf, " vgaconf='%s'",
                          virDomainVideoVGAConfTypeToString(video->vgaconf));
    virXMLFormatElement(&childBuf, "driver", &drvBuf, NULL);
    virDomainVideoModelFormat(&childBuf, video);
    virDomainDeviceInfoFormat(&childBuf, &video->info, flags);
    virBufferAddLit(buf, "<video>\n");
    virBufferAddBuffer(buf, &childBuf);
    virBufferAddLit(buf, "</video>\n");
    return 0;
}


/* Xen PV guests (<os><type>xen|linux</type>) get a Xen framebuffer */
static bool
virDomainVideoIsXenGuest(const virDomainDef *def)
{
    return def &&
           (def->os.type == VIR_DOMAIN_OSTYPE_XEN || def->os.type == VIR_DOMAIN_OSTYPE_LINUX);
}


static unsigned int
virDomainVideoDefaultVRAM(const virDomainVideoDef *video, const virDomainDef *def)
{
    switch ((virDomainVideoType)video->type) {
    case VIR_DOMAIN_VIDEO_TYPE_VGA:
    case VIR_DOMAIN_VIDEO_TYPE_CIRRUS:
    case VIR_DOMAIN_VIDEO_TYPE_VMVGA:
    case VIR_DOMAIN_VIDEO_TYPE_BOCHS:
        if (def && def->virtType == VIR_DOMAIN_VIRT_VBOX)
            return 8 * 1024;
        if (def && def->virtType == VIR_DOMAIN_VIRT_VMWARE)
            return 4 * 1024;
        return 16 * 1024;
    case VIR_DOMAIN_VIDEO_TYPE_XEN:
        return 4 * 1024;
    case VIR_DOMAIN_VIDEO_TYPE_QXL:
        return 64 * 1024;
    case VIR_DOMAIN_VIDEO_TYPE_DEFAULT:
    case VIR_DOMAIN_VIDEO_TYPE_VBOX:
    case VIR_DOMAIN_VIDEO_TYPE_PARALLELS:
    case VIR_DOMAIN_VIDEO_TYPE_VIRTIO:
    case VIR_DOMAIN_VIDEO_TYPE_GOP:
    case VIR_DOMAIN_VIDEO_TYPE_NONE:
    case VIR_DOMAIN_VIDEO_TYPE_RAMFB:
    case VIR_DOMAIN_VIDEO_TYPE_LAST:
        break;
    }
    return 0;
}


static int
virDomainVideoQxlOnly(const char *what)
{
    virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                   _("%1$s attribute only supported for video type qxl"), what);
    return -1;
}


int
virDomainVideoDefPostParse(virDomainVideoDef *video, virDomainDef *def)
{
    if (video->type == VIR_DOMAIN_VIDEO_TYPE_DEFAULT)
        video->type = virDomainVideoIsXenGuest(def) ? VIR_DOMAIN_VIDEO_TYPE_XEN
                                                    : VIR_DOMAIN_VIDEO_TYPE_CIRRUS;
    if (video->type == VIR_DOMAIN_VIDEO_TYPE_NONE) {
        /* a 'none' device has nothing to configure */
        video->ram = video->vram = video->vram64 = video->vgamem = video->heads = 0;
        video->primary = false;
        return 0;
    }
    if (video->type != VIR_DOMAIN_VIDEO_TYPE_QXL) {
        if (video->ram)
            return virDomainVideoQxlOnly("ram");
        if (video->vram64)
            return virDomainVideoQxlOnly("vram64");
        if (video->vgamem)
            return virDomainVideoQxlOnly("vgamem");
    } else if (!video->ram) {
        video->ram = 64 * 1024;
    }
    if (!video->vram)
        video->vram = virDomainVideoDefaultVRAM(video, def);
    if (video->type != VIR_DOMAIN_VIDEO_TYPE_VGA)
        video->vgaconfSet = false;
    if (video->backend == VIR_DOMAIN_VIDEO_BACKEND_TYPE_VHOSTUSER &&
        video->type != VIR_DOMAIN_VIDEO_TYPE_VIRTIO) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("'vhostuser' driver is only supported with 'virtio' device"));
        return -1;
    }
    if (video->rendernode && video->backend != VIR_DOMAIN_VIDEO_BACKEND_TYPE_VHOSTUSER) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("unsupported rendernode accel attribute without 'vhostuser'"));
        return -1;
    }
    if (video->type != VIR_DOMAIN_VIDEO_TYPE_VIRTIO &&
        virDomainVirtioOptionsCheckNonVirtio(&video->virtio) < 0)
        return -1;
    return 0;
}


int
virDomainDefVideosPostParse(virDomainDef *def)
{
    size_t i;
    size_t primary = 0;
    size_t nprimary = 0;

    if (def->ngraphics > 0 && def->nvideos == 0) {
        virDomainVideoDef *video = g_new0(virDomainVideoDef, 1);

        video->heads = 1;
        def->videos = g_new0(virDomainVideoDef *, 1);
        def->videos[def->nvideos++] = video;
        if (virDomainVideoDefPostParse(video, def) < 0)
            return -1;
    }
    for (i = 0; i < def->nvideos; i++) {
        if (def->videos[i]->type == VIR_DOMAIN_VIDEO_TYPE_NONE && def->nvideos > 1) {
            virReportError(
                VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                _("a 'none' video type must be the only video device defined for the domain"));
            return -1;
        }
        if (def->videos[i]->primary) {
            primary = i;
            nprimary++;
        }
    }
    if (nprimary > 1) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("Only one primary video device is supported"));
        return -1;
    }
    if (nprimary == 1 && primary > 0) {
        virDomainVideoDef *video = def->videos[primary];

        memmove(def->videos + 1, def->videos, primary * sizeof(*def->videos));
        def->videos[0] = video;
    }
    if (def->nvideos > 0 && def->videos[0]->type != VIR_DOMAIN_VIDEO_TYPE_NONE)
        def->videos[0]->primary = true;
    return 0;
}


/* ---- sound ---- */

void
virDomainSoundDefFree(virDomainSoundDef *sound)
{
    if (!sound)
        return;
    g_free(sound->codecs);
    virDomainDeviceInfoClear(&sound->info);
    g_free(sound);
}


static int
virDomainSoundCodecsParse(xmlNodePtr node, virDomainSoundDef *sound)
{
    g_autofree xmlNodePtr *nodes = NULL;
    size_t n = virXMLNodeGetSubelementList(node, "codec", &nodes);
    size_t i;

    sound->codecs = g_new0(int, n);
    for (i = 0; i < n; i++) {
        g_autofree char *type = virXMLPropString(nodes[i], "type");
        int val = virDomainSoundCodecTypeFromString(type);

        if (val < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown codec type '%1$s'"),
                           type ? type : "(null)");
            return -1;
        }
        sound->codecs[sound->ncodecs++] = val;
    }
    return 0;
}


virDomainSoundDef *
virDomainSoundDefParseXML(xmlXPathContextPtr ctxt,
                          xmlNodePtr node,
                          virDomainDef *def G_GNUC_UNUSED,
                          unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virDomainSoundDef) sound = g_new0(virDomainSoundDef, 1);
    xmlNodePtr audio = virXMLNodeGetSubelement(node, "audio");
    unsigned int model = 0;

    ctxt->node = node;
    if (virXMLPropEnum(node, "model", virDomainSoundModelTypeFromString, VIR_XML_PROP_REQUIRED,
                       &model) < 0)
        return NULL;
    sound->model = model;
    if ((model == VIR_DOMAIN_SOUND_MODEL_ICH6 || model == VIR_DOMAIN_SOUND_MODEL_ICH9) &&
        virDomainSoundCodecsParse(node, sound) < 0)
        return NULL;
    if (audio && virXMLPropUInt(audio, "id", 10, VIR_XML_PROP_REQUIRED | VIR_XML_PROP_NONZERO,
                                &sound->audioId) < 0)
        return NULL;
    if (virDomainDeviceInfoParseXML(ctxt, node, &sound->info, flags) < 0)
        return NULL;
    return g_steal_pointer(&sound);
}


int
virDomainSoundDefFormat(virBuffer *buf,
                        const virDomainSoundDef *sound,
                        const virDomainDef *def G_GNUC_UNUSED,
                        unsigned int flags)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    size_t i;

    virBufferAsprintf(&attrBuf, " model='%s'", virDomainSoundModelTypeToString(sound->model));
    for (i = 0; i < sound->ncodecs; i++)
        virBufferAsprintf(&childBuf, "<codec type='%s'/>\n",
                          virDomainSoundCodecTypeToString(sound->codecs[i]));
    if (sound->audioId)
        virBufferAsprintf(&childBuf, "<audio id='%u'/>\n", sound->audioId);
    virDomainDeviceInfoFormat(&childBuf, &sound->info, flags);
    virXMLFormatElement(buf, "sound", &attrBuf, &childBuf);
    return 0;
}


int
virDomainSoundDefPostParse(virDomainSoundDef *sound, virDomainDef *def)
{
    size_t i;

    if (!sound->audioId)
        return 0;
    for (i = 0; def && i < def->naudios; i++) {
        if (def->audios[i]->id == sound->audioId)
            return 0;
    }
    virReportError(VIR_ERR_XML_ERROR, _("no audio device with ID %1$u"), sound->audioId);
    return -1;
}


/* ---- audio ---- */

static void
virDomainAudioIOCommonClear(virDomainAudioIOCommon *io)
{
    g_free(io->dev);
    g_free(io->serverName);
    g_free(io->clientName);
    g_free(io->connectPorts);
    g_free(io->name);
    g_free(io->streamName);
}


void
virDomainAudioDefFree(virDomainAudioDef *audio)
{
    if (!audio)
        return;
    virDomainAudioIOCommonClear(&audio->input);
    virDomainAudioIOCommonClear(&audio->output);
    g_free(audio->serverName);
    g_free(audio->filePath);
    g_free(audio);
}


static int
virDomainAudioSettingsParse(xmlNodePtr node, virDomainAudioIOCommon *io)
{
    xmlNodePtr settings = virXMLNodeGetSubelement(node, "settings");
    unsigned int format = 0;

    if (io->fixedSettings == VIR_TRISTATE_BOOL_YES) {
        if (io->mixingEngine != VIR_TRISTATE_BOOL_YES) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("fixed audio settings requires mixing engine"));
            return -1;
        }
        if (!settings)
            return 0;
        if (virXMLPropUInt(settings, "frequency", 10, VIR_XML_PROP_NONZERO, &io->frequency) < 0 ||
            virXMLPropUInt(settings, "channels", 10, VIR_XML_PROP_NONZERO, &io->channels) < 0 ||
            virXMLPropEnum(settings, "format", virDomainAudioFormatTypeFromString,
                           VIR_XML_PROP_NONZERO, &format) < 0)
            return -1;
        io->format = format;
    } else if (settings) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("audio settings specified without fixed settings flag"));
        return -1;
    }
    return 0;
}


static int
virDomainAudioIOBackendParse(xmlNodePtr node, int type, virDomainAudioIOCommon *io)
{
    switch ((virDomainAudioType)type) {
    case VIR_DOMAIN_AUDIO_TYPE_ALSA:
        io->dev = virXMLPropString(node, "dev");
        break;
    case VIR_DOMAIN_AUDIO_TYPE_COREAUDIO:
    case VIR_DOMAIN_AUDIO_TYPE_SDL:
        return virXMLPropUInt(node, "bufferCount", 10, VIR_XML_PROP_NONE, &io->bufferCount);
    case VIR_DOMAIN_AUDIO_TYPE_JACK:
        io->serverName = virXMLPropString(node, "serverName");
        io->clientName = virXMLPropString(node, "clientName");
        io->connectPorts = virXMLPropString(node, "connectPorts");
        return virXMLPropTristateBool(node, "exactName", VIR_XML_PROP_NONE, &io->exactName);
    case VIR_DOMAIN_AUDIO_TYPE_OSS:
        io->dev = virXMLPropString(node, "dev");
        if (virXMLPropUInt(node, "bufferCount", 10, VIR_XML_PROP_NONE, &io->bufferCount) < 0)
            return -1;
        return virXMLPropTristateBool(node, "tryPoll", VIR_XML_PROP_NONE, &io->tryPoll);
    case VIR_DOMAIN_AUDIO_TYPE_PULSEAUDIO:
        io->name = virXMLPropString(node, "name");
        io->streamName = virXMLPropString(node, "streamName");
        return virXMLPropUInt(node, "latency", 10, VIR_XML_PROP_NONE, &io->latency);
    case VIR_DOMAIN_AUDIO_TYPE_NONE:
    case VIR_DOMAIN_AUDIO_TYPE_SPICE:
    case VIR_DOMAIN_AUDIO_TYPE_FILE:
    case VIR_DOMAIN_AUDIO_TYPE_DBUS:
    case VIR_DOMAIN_AUDIO_TYPE_LAST:
        break;
    }
    return 0;
}


static int
virDomainAudioIOParse(xmlNodePtr node, int type, virDomainAudioIOCommon *io)
{
    if (!node)
        return 0;
    if (virXMLPropTristateBool(node, "mixingEngine", VIR_XML_PROP_NONE, &io->mixingEngine) < 0 ||
        virXMLPropTristateBool(node, "fixedSettings", VIR_XML_PROP_NONE, &io->fixedSettings) < 0 ||
        virXMLPropUInt(node, "voices", 10, VIR_XML_PROP_NONZERO, &io->voices) < 0 ||
        virXMLPropUInt(node, "bufferLength", 10, VIR_XML_PROP_NONZERO, &io->bufferLength) < 0)
        return -1;
    if (virDomainAudioSettingsParse(node, io) < 0)
        return -1;
    return virDomainAudioIOBackendParse(node, type, io) < 0 ? -1 : 0;
}


static int
virDomainAudioBackendParse(xmlNodePtr node, virDomainAudioDef *audio)
{
    unsigned int driver = 0;
    int rc;

    switch ((virDomainAudioType)audio->type) {
    case VIR_DOMAIN_AUDIO_TYPE_OSS:
        if (virXMLPropTristateBool(node, "tryMMap", VIR_XML_PROP_NONE, &audio->ossTryMMap) < 0 ||
            virXMLPropTristateBool(node, "exclusive", VIR_XML_PROP_NONE, &audio->ossExclusive) < 0)
            return -1;
        if ((rc = virXMLPropInt(node, "dspPolicy", 10, VIR_XML_PROP_NONE, &audio->ossDspPolicy,
                                0)) < 0)
            return -1;
        if (rc > 0 && audio->ossDspPolicy < 0) {
            virReportError(VIR_ERR_XML_ERROR, _("cannot parse 'dspPolicy' value '%1$d'"),
                           audio->ossDspPolicy);
            return -1;
        }
        audio->ossDspPolicySet = rc > 0;
        break;
    case VIR_DOMAIN_AUDIO_TYPE_PULSEAUDIO:
        audio->serverName = virXMLPropString(node, "serverName");
        break;
    case VIR_DOMAIN_AUDIO_TYPE_SDL:
        if (virXMLPropEnum(node, "driver", virDomainAudioSDLDriverTypeFromString,
                           VIR_XML_PROP_NONZERO, &driver) < 0)
            return -1;
        audio->sdlDriver = driver;
        break;
    case VIR_DOMAIN_AUDIO_TYPE_FILE:
        audio->filePath = virXMLPropString(node, "path");
        break;
    case VIR_DOMAIN_AUDIO_TYPE_NONE:
    case VIR_DOMAIN_AUDIO_TYPE_ALSA:
    case VIR_DOMAIN_AUDIO_TYPE_COREAUDIO:
    case VIR_DOMAIN_AUDIO_TYPE_JACK:
    case VIR_DOMAIN_AUDIO_TYPE_SPICE:
    case VIR_DOMAIN_AUDIO_TYPE_DBUS:
    case VIR_DOMAIN_AUDIO_TYPE_LAST:
        break;
    }
    return 0;
}


virDomainAudioDef *
virDomainAudioDefParseXML(xmlXPathContextPtr ctxt G_GNUC_UNUSED,
                          xmlNodePtr node,
                          virDomainDef *def G_GNUC_UNUSED,
                          unsigned int flags G_GNUC_UNUSED)
{
    g_autoptr(virDomainAudioDef) audio = g_new0(virDomainAudioDef, 1);
    unsigned int type = 0;

    if (virXMLPropUInt(node, "id", 10, VIR_XML_PROP_REQUIRED | VIR_XML_PROP_NONZERO, &audio->id) <
            0 ||
        virXMLPropEnum(node, "type", virDomainAudioTypeFromString, VIR_XML_PROP_REQUIRED, &type) <
            0 ||
        virXMLPropUInt(node, "timerPeriod", 10, VIR_XML_PROP_NONZERO, &audio->timerPeriod) < 0)
        return NULL;
    audio->type = type;
    if (virDomainAudioIOParse(virXMLNodeGetSubelement(node, "input"), type, &audio->input) < 0 ||
        virDomainAudioIOParse(virXMLNodeGetSubelement(node, "output"), type, &audio->output) < 0 ||
        virDomainAudioBackendParse(node, audio) < 0)
        return NULL;
    return g_steal_pointer(&audio);
}


static void
virDomainAudioTristateFormat(virBuffer *buf, const char *name, virTristateBool val)
{
    if (val)
        virBufferAsprintf(buf, " %s='%s'", name, virTristateBoolTypeToString(val));
}


static void
virDomainAudioUIntFormat(virBuffer *buf, const char *name, unsigned int val)
{
    if (val)
        virBufferAsprintf(buf, " %s='%u'", name, val);
}


static void
virDomainAudioIOFormat(virBuffer *buf, const char *elem, int type, const virDomainAudioIOCommon *io)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    g_auto(virBuffer) setBuf = VIR_BUFFER_INITIALIZER;

    virDomainAudioTristateFormat(&attrBuf, "mixingEngine", io->mixingEngine);
    virDomainAudioTristateFormat(&attrBuf, "fixedSettings", io->fixedSettings);
    virDomainAudioUIntFormat(&attrBuf, "voices", io->voices);
    virDomainAudioUIntFormat(&attrBuf, "bufferLength", io->bufferLength);
    if (type == VIR_DOMAIN_AUDIO_TYPE_ALSA || type == VIR_DOMAIN_AUDIO_TYPE_OSS)
        virBufferEscapeString(&attrBuf, " dev='%s'", io->dev);
    if (type == VIR_DOMAIN_AUDIO_TYPE_COREAUDIO || type == VIR_DOMAIN_AUDIO_TYPE_OSS ||
        type == VIR_DOMAIN_AUDIO_TYPE_SDL)
        virDomainAudioUIntFormat(&attrBuf, "bufferCount", io->bufferCount);
    if (type == VIR_DOMAIN_AUDIO_TYPE_OSS)
        virDomainAudioTristateFormat(&attrBuf, "tryPoll", io->tryPoll);
    if (type == VIR_DOMAIN_AUDIO_TYPE_JACK) {
        virBufferEscapeString(&attrBuf, " serverName='%s'", io->serverName);
        virBufferEscapeString(&attrBuf, " clientName='%s'", io->clientName);
        virBufferEscapeString(&attrBuf, " connectPorts='%s'", io->connectPorts);
        virDomainAudioTristateFormat(&attrBuf, "exactName", io->exactName);
    }
    if (type == VIR_DOMAIN_AUDIO_TYPE_PULSEAUDIO) {
        virBufferEscapeString(&attrBuf, " name='%s'", io->name);
        virBufferEscapeString(&attrBuf, " streamName='%s'", io->streamName);
        virDomainAudioUIntFormat(&attrBuf, "latency", io->latency);
    }
    if (io->fixedSettings == VIR_TRISTATE_BOOL_YES) {
        virDomainAudioUIntFormat(&setBuf, "frequency", io->frequency);
        virDomainAudioUIntFormat(&setBuf, "channels", io->channels);
        if (io->format)
            virBufferAsprintf(&setBuf, " format='%s'",
                              virDomainAudioFormatTypeToString(io->format));
        virXMLFormatElementEmpty(&childBuf, "settings", &setBuf, NULL);
    }
    virXMLFormatElement(buf, elem, &attrBuf, &childBuf);
}


int
virDomainAudioDefFormat(virBuffer *buf,
                        const virDomainAudioDef *audio,
                        const virDomainDef *def G_GNUC_UNUSED,
                        unsigned int flags G_GNUC_UNUSED)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    virBufferAsprintf(&attrBuf, " id='%u' type='%s'", audio->id,
                      virDomainAudioTypeToString(audio->type));
    virDomainAudioUIntFormat(&attrBuf, "timerPeriod", audio->timerPeriod);
    if (audio->type == VIR_DOMAIN_AUDIO_TYPE_OSS) {
        virDomainAudioTristateFormat(&attrBuf, "tryMMap", audio->ossTryMMap);
        virDomainAudioTristateFormat(&attrBuf, "exclusive", audio->ossExclusive);
        if (audio->ossDspPolicySet)
            virBufferAsprintf(&attrBuf, " dspPolicy='%d'", audio->ossDspPolicy);
    }
    virBufferEscapeString(&attrBuf, " serverName='%s'", audio->serverName);
    if (audio->sdlDriver)
        virBufferAsprintf(&attrBuf, " driver='%s'",
                          virDomainAudioSDLDriverTypeToString(audio->sdlDriver));
    virBufferEscapeString(&attrBuf, " path='%s'", audio->filePath);
    virDomainAudioIOFormat(&childBuf, "input", audio->type, &audio->input);
    virDomainAudioIOFormat(&childBuf, "output", audio->type, &audio->output);
    virXMLFormatElement(buf, "audio", &attrBuf, &childBuf);
    return 0;
}


int
virDomainAudioDefPostParse(virDomainAudioDef *audio G_GNUC_UNUSED, virDomainDef *def G_GNUC_UNUSED)
{
    return 0;
}


int
virDomainDefAudiosValidate(const virDomainDef *def)
{
    size_t i;
    size_t j;

    for (i = 0; i < def->naudios; i++) {
        for (j = 0; j < i; j++) {
            if (def->audios[i]->id == def->audios[j]->id) {
                virReportError(VIR_ERR_XML_ERROR, _("audio ID %1$u is used multiple times"),
                               def->audios[i]->id);
                return -1;
            }
        }
    }
    return 0;
}
