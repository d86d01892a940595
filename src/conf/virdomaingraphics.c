/*
 * virdomaingraphics.c: <graphics> devices
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include "virdomainchr.h"
#include "virdomaindef.h"
#include "virdomaingraphics.h"
#include "virerror.h"
#include "virunits.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_ENUM_IMPL(virDomainGraphics,
              VIR_DOMAIN_GRAPHICS_TYPE_LAST,
              "sdl",
              "vnc",
              "rdp",
              "desktop",
              "spice",
              "egl-headless",
              "dbus");

VIR_ENUM_IMPL(virDomainGraphicsListen,
              VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_LAST,
              "none",
              "address",
              "network",
              "socket");

VIR_ENUM_IMPL(virDomainGraphicsVNCSharePolicy,
              VIR_DOMAIN_GRAPHICS_VNC_SHARE_LAST,
              "default",
              "allow-exclusive",
              "force-shared",
              "ignore");

VIR_ENUM_IMPL(virDomainGraphicsAuthConnected,
              VIR_DOMAIN_GRAPHICS_AUTH_CONNECTED_LAST,
              "default",
              "fail",
              "disconnect",
              "keep");

VIR_ENUM_IMPL(virDomainGraphicsSpiceChannelName,
              VIR_DOMAIN_GRAPHICS_SPICE_CHANNEL_LAST,
              "main",
              "display",
              "inputs",
              "cursor",
              "playback",
              "record",
              "smartcard",
              "usbredir");

VIR_ENUM_IMPL(virDomainGraphicsSpiceChannelMode,
              VIR_DOMAIN_GRAPHICS_SPICE_CHANNEL_MODE_LAST,
              "any",
              "secure",
              "insecure");

VIR_ENUM_IMPL(virDomainGraphicsSpiceImageCompression,
              VIR_DOMAIN_GRAPHICS_SPICE_IMAGE_COMPRESSION_LAST,
              "default",
              "auto_glz",
              "auto_lz",
              "quic",
              "glz",
              "lz",
              "off");

VIR_ENUM_IMPL(virDomainGraphicsSpiceCompression,
              VIR_DOMAIN_GRAPHICS_SPICE_COMPRESSION_LAST,
              "default",
              "auto",
              "never",
              "always");

VIR_ENUM_IMPL(virDomainGraphicsSpiceStreamingMode,
              VIR_DOMAIN_GRAPHICS_SPICE_STREAMING_MODE_LAST,
              "default",
              "filter",
              "all",
              "off");


static void
virDomainGraphicsListenDefClear(virDomainGraphicsListenDef *listen)
{
    g_free(listen->address);
    g_free(listen->network);
    g_free(listen->socket);
    memset(listen, 0, sizeof(*listen));
}


void
virDomainGraphicsDefFree(virDomainGraphicsDef *graphics)
{
    size_t i;

    if (!graphics)
        return;
    for (i = 0; i < graphics->nListens; i++)
        virDomainGraphicsListenDefClear(&graphics->listens[i]);
    g_free(graphics->listens);
    g_free(graphics->keymap);
    g_free(graphics->passwd);
    g_free(graphics->display);
    g_free(graphics->xauth);
    g_free(graphics->rendernode);
    g_free(graphics->dbusAddress);
    g_free(graphics);
}


/* ---- parsing helpers ---- */

/* Returns a new copy of attribute @name of @node, NULL when absent or empty. */
static char *
virDomainGraphicsPropNonEmpty(xmlNodePtr node, const char *name)
{
    char *val = virXMLPropString(node, name);

    if (val && !*val)
        g_clear_pointer(&val, g_free);
    return val;
}


static int
virDomainGraphicsValidToParse(const char *str, long long *validTo)
{
    int v[6] = { 0 };
    const char seps[] = "--T::";
    const char *cur = str;
    char *end = NULL;
    size_t i;
    g_autoptr(GDateTime) then = NULL;

    for (i = 0; i < 6; i++) {
        if (virStrToLong_i(cur, &end, 10, &v[i]) < 0 || *end != (i < 5 ? seps[i] : '\0')) {
            virReportError(
                VIR_ERR_INTERNAL_ERROR,
                _("cannot parse password validity time '%1$s', expect YYYY-MM-DDTHH:MM:SS"), str);
            return -1;
        }
        cur = end + 1;
    }
    /* an impossible date gives the epoch, as libvirt's conversion does */
    then = g_date_time_new_utc(v[0], v[1], v[2], v[3], v[4], v[5]);
    *validTo = then ? g_date_time_to_unix(then) : 0;
    return 0;
}


static int
virDomainGraphicsAuthParse(xmlNodePtr node, virDomainGraphicsDef *graphics)
{
    g_autofree char *validTo = NULL;
    g_autofree char *connected = NULL;
    int val;

    if (!(graphics->passwd = virXMLPropString(node, "passwd")))
        return 0;
    if ((validTo = virXMLPropString(node, "passwdValidTo"))) {
        if (virDomainGraphicsValidToParse(validTo, &graphics->validTo) < 0)
            return -1;
        graphics->validToSet = true;
    }
    if ((connected = virXMLPropString(node, "connected"))) {
        if ((val = virDomainGraphicsAuthConnectedTypeFromString(connected)) <= 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown connected value %1$s"),
                           connected);
            return -1;
        }
        if (graphics->type == VIR_DOMAIN_GRAPHICS_TYPE_VNC &&
            val != VIR_DOMAIN_GRAPHICS_AUTH_CONNECTED_KEEP) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("VNC supports connected='keep' only"));
            return -1;
        }
        graphics->connected = val;
    }
    return 0;
}


/* address= and socket= of the first <listen>, checked against the legacy
 * listen= and socket= attributes of <graphics> (@gnode, NULL otherwise) */
static int
virDomainGraphicsListenCompatParse(xmlNodePtr node,
                                   xmlNodePtr gnode,
                                   virDomainGraphicsListenDef *listen)
{
    g_autofree char *addressCompat = gnode ? virXMLPropString(gnode, "listen") : NULL;
    g_autofree char *socketCompat = gnode ? virXMLPropString(gnode, "socket") : NULL;

    if (listen->type == VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_ADDRESS) {
        listen->address = virDomainGraphicsPropNonEmpty(node, "address");
        if (listen->address && addressCompat && !g_str_equal(listen->address, addressCompat)) {
            virReportError(
                VIR_ERR_CONFIG_UNSUPPORTED,
                _("graphics 'listen' attribute '%1$s' must match 'address' attribute of first listen element (found '%2$s')"),
                addressCompat, listen->address);
            return -1;
        }
        if (!listen->address && addressCompat && *addressCompat)
            listen->address = g_steal_pointer(&addressCompat);
    } else if (listen->type == VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_SOCKET) {
        listen->socket = virXMLPropString(node, "socket");
        if (listen->socket && socketCompat && !g_str_equal(listen->socket, socketCompat)) {
            virReportError(
                VIR_ERR_CONFIG_UNSUPPORTED,
                _("graphics 'socket' attribute '%1$s' must match 'socket' attribute of first listen element (found '%2$s')"),
                socketCompat, listen->socket);
            return -1;
        }
        if (!listen->socket)
            listen->socket = g_steal_pointer(&socketCompat);
    }
    return 0;
}


static int
virDomainGraphicsListenParse(xmlNodePtr node,
                             xmlNodePtr gnode,
                             virDomainGraphicsDef *graphics,
                             virDomainGraphicsListenDef *listen,
                             unsigned int flags)
{
    g_autofree char *network = NULL;
    g_autofree char *socket = NULL;
    unsigned int type = 0;

    if (virXMLPropEnum(node, "type", virDomainGraphicsListenTypeFromString, VIR_XML_PROP_REQUIRED,
                       &type) < 0)
        return -1;
    listen->type = type;
    listen->fromConfig = true;
    if ((type == VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_SOCKET ||
         type == VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_NONE) &&
        graphics->type != VIR_DOMAIN_GRAPHICS_TYPE_VNC &&
        graphics->type != VIR_DOMAIN_GRAPHICS_TYPE_SPICE) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("listen type '%1$s' is not available for graphics type '%2$s'"),
                       virDomainGraphicsListenTypeToString(type),
                       virDomainGraphicsTypeToString(graphics->type));
        return -1;
    }
    if (virDomainGraphicsListenCompatParse(node, gnode, listen) < 0)
        return -1;
    if ((network = virXMLPropString(node, "network")) &&
        type != VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_NETWORK) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("'network' attribute is valid only for listen type 'network'"));
        return -1;
    }
    if (type != VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_SOCKET &&
        (socket = virXMLPropString(node, "socket"))) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("'socket' attribute is valid only for listen type 'socket'"));
        return -1;
    }
    if (type == VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_NETWORK) {
        /* a missing network is refused once the legacy socket= is applied */
        listen->network = g_steal_pointer(&network);
        if (!(flags & VIR_DOMAIN_DEF_PARSE_INACTIVE))
            listen->address = virDomainGraphicsPropNonEmpty(node, "address");
    }
    return 0;
}


static int
virDomainGraphicsListensParse(xmlNodePtr node, virDomainGraphicsDef *graphics, unsigned int flags)
{
    g_autofree xmlNodePtr *nodes = NULL;
    size_t n = virXMLNodeGetSubelementList(node, "listen", &nodes);
    virDomainGraphicsListenDef compat = { 0 };
    size_t i;

    graphics->listens = g_new0(virDomainGraphicsListenDef, MAX(n, 1));
    for (i = 0; i < n; i++) {
        if (virDomainGraphicsListenParse(nodes[i], i == 0 ? node : NULL, graphics,
                                         &graphics->listens[i], flags) < 0) {
            virDomainGraphicsListenDefClear(&graphics->listens[i]);
            return -1;
        }
        graphics->nListens++;
    }

    /* the legacy listen= and (vnc) socket= attributes */
    if (graphics->type == VIR_DOMAIN_GRAPHICS_TYPE_VNC &&
        (compat.socket = virXMLPropString(node, "socket"))) {
        compat.type = VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_SOCKET;
    } else {
        compat.type = VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_ADDRESS;
        compat.address = virDomainGraphicsPropNonEmpty(node, "listen");
    }
    if (graphics->nListens == 0) {
        graphics->listens[graphics->nListens++] = compat;
    } else if (compat.type == VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_SOCKET &&
               (graphics->listens[0].type == VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_ADDRESS ||
                graphics->listens[0].type == VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_NETWORK)) {
        virDomainGraphicsListenDefClear(&graphics->listens[0]);
        graphics->listens[0] = compat;
    } else {
        virDomainGraphicsListenDefClear(&compat);
    }
    return 0;
}


static int
virDomainGraphicsGLParse(xmlNodePtr node, virDomainGraphicsDef *graphics, bool needEnable)
{
    xmlNodePtr gl = virXMLNodeGetSubelement(node, "gl");

    if (!gl)
        return 0;
    if (needEnable &&
        virXMLPropTristateBool(gl, "enable", VIR_XML_PROP_REQUIRED, &graphics->gl) < 0)
        return -1;
    if (graphics->type != VIR_DOMAIN_GRAPHICS_TYPE_SDL)
        graphics->rendernode = virXMLPropString(gl, "rendernode");
    return 0;
}


static int
virDomainGraphicsAudioParse(xmlNodePtr node, virDomainGraphicsDef *graphics)
{
    xmlNodePtr audio = virXMLNodeGetSubelement(node, "audio");

    if (!audio)
        return 0;
    return virXMLPropUInt(audio, "id", 10, VIR_XML_PROP_REQUIRED | VIR_XML_PROP_NONZERO,
                          &graphics->audioId) < 0
               ? -1
               : 0;
}


/* ---- per type ---- */

static int
virDomainGraphicsVNCParse(xmlNodePtr node, virDomainGraphicsDef *graphics, unsigned int flags)
{
    g_autofree char *port = virXMLPropString(node, "port");
    g_autofree char *autoport = virXMLPropString(node, "autoport");
    unsigned int share = 0;
    bool inactive = flags & VIR_DOMAIN_DEF_PARSE_INACTIVE;

    if (port) {
        if (virStrToLong_i(port, NULL, 10, &graphics->port) < 0) {
            virReportError(VIR_ERR_INTERNAL_ERROR, _("cannot parse vnc port %1$s"), port);
            return -1;
        }
        /* -1 is the old way of asking for an automatic port */
        if (graphics->port == -1) {
            if (inactive)
                graphics->port = 0;
            graphics->autoport = true;
        }
    } else {
        graphics->autoport = true;
    }
    if (g_strcmp0(autoport, "yes") == 0) {
        if (inactive)
            graphics->port = 0;
        graphics->autoport = true;
    } else if (g_strcmp0(autoport, "no") == 0) {
        graphics->autoport = false;
    }

    if (virXMLPropInt(node, "websocket", 10, VIR_XML_PROP_NONE, &graphics->websocket, 0) < 0 ||
        virXMLPropEnum(node, "sharePolicy", virDomainGraphicsVNCSharePolicyTypeFromString,
                       VIR_XML_PROP_NONZERO, &share) < 0 ||
        virXMLPropTristateBool(node, "powerControl", VIR_XML_PROP_NONE, &graphics->powerControl) <
            0)
        return -1;
    graphics->sharePolicy = share;
    graphics->keymap = virXMLPropString(node, "keymap");
    if (virDomainGraphicsAuthParse(node, graphics) < 0)
        return -1;
    return virDomainGraphicsAudioParse(node, graphics);
}


static int
virDomainGraphicsRDPParse(xmlNodePtr node, virDomainGraphicsDef *graphics, unsigned int flags)
{
    g_autofree char *port = virXMLPropString(node, "port");
    g_autofree char *autoport = virXMLPropString(node, "autoport");
    g_autofree char *replaceUser = virXMLPropString(node, "replaceUser");
    g_autofree char *multiUser = virXMLPropString(node, "multiUser");

    if (port) {
        if (virStrToLong_i(port, NULL, 10, &graphics->port) < 0) {
            virReportError(VIR_ERR_INTERNAL_ERROR, _("cannot parse rdp port %1$s"), port);
            return -1;
        }
        if (graphics->port == -1) {
            graphics->port = 0;
            graphics->autoport = true;
        }
    } else {
        graphics->autoport = true;
    }
    if (g_strcmp0(autoport, "yes") == 0) {
        if (flags & VIR_DOMAIN_DEF_PARSE_INACTIVE)
            graphics->port = 0;
        graphics->autoport = true;
    }
    graphics->replaceUser = g_strcmp0(replaceUser, "yes") == 0;
    graphics->multiUser = g_strcmp0(multiUser, "yes") == 0;
    return 0;
}


static int
virDomainGraphicsSpiceChannelsParse(xmlNodePtr node, virDomainGraphicsDef *graphics)
{
    g_autofree xmlNodePtr *nodes = NULL;
    size_t n = virXMLNodeGetSubelementList(node, "channel", &nodes);
    size_t i;

    for (i = 0; i < n; i++) {
        unsigned int name = 0;
        unsigned int mode = 0;

        if (virXMLPropEnum(nodes[i], "name", virDomainGraphicsSpiceChannelNameTypeFromString,
                           VIR_XML_PROP_REQUIRED, &name) < 0 ||
            virXMLPropEnum(nodes[i], "mode", virDomainGraphicsSpiceChannelModeTypeFromString,
                           VIR_XML_PROP_REQUIRED, &mode) < 0)
            return -1;
        graphics->channels[name] = mode;
    }
    return 0;
}


/* Parses the first <@elem @attr=...> child as a required enum, if any. */
static int
virDomainGraphicsSpiceEnumParse(
    xmlNodePtr node, const char *elem, const char *attr, int (*strToInt)(const char *), int *result)
{
    xmlNodePtr child = virXMLNodeGetSubelement(node, elem);
    unsigned int val = 0;

    if (!child)
        return 0;
    if (virXMLPropEnum(child, attr, strToInt, VIR_XML_PROP_REQUIRED | VIR_XML_PROP_NONZERO, &val) <
        0)
        return -1;
    *result = val;
    return 0;
}


static int
virDomainGraphicsSpiceChildrenParse(xmlNodePtr node, virDomainGraphicsDef *graphics)
{
    xmlNodePtr cur;

    if (virDomainGraphicsSpiceChannelsParse(node, graphics) < 0 ||
        virDomainGraphicsSpiceEnumParse(node, "image", "compression",
                                        virDomainGraphicsSpiceImageCompressionTypeFromString,
                                        &graphics->image) < 0 ||
        virDomainGraphicsSpiceEnumParse(node, "jpeg", "compression",
                                        virDomainGraphicsSpiceCompressionTypeFromString,
                                        &graphics->jpeg) < 0 ||
        virDomainGraphicsSpiceEnumParse(node, "zlib", "compression",
                                        virDomainGraphicsSpiceCompressionTypeFromString,
                                        &graphics->zlib) < 0 ||
        virDomainGraphicsSpiceEnumParse(node, "streaming", "mode",
                                        virDomainGraphicsSpiceStreamingModeTypeFromString,
                                        &graphics->streaming) < 0 ||
        virDomainGraphicsSpiceEnumParse(node, "mouse", "mode", virDomainMouseModeTypeFromString,
                                        &graphics->mousemode) < 0)
        return -1;
    if ((cur = virXMLNodeGetSubelement(node, "playback")) &&
        virXMLPropTristateSwitch(cur, "compression", VIR_XML_PROP_REQUIRED, &graphics->playback) <
            0)
        return -1;
    if ((cur = virXMLNodeGetSubelement(node, "clipboard")) &&
        virXMLPropTristateBool(cur, "copypaste", VIR_XML_PROP_REQUIRED, &graphics->copypaste) < 0)
        return -1;
    if ((cur = virXMLNodeGetSubelement(node, "filetransfer")) &&
        virXMLPropTristateBool(cur, "enable", VIR_XML_PROP_REQUIRED, &graphics->filetransfer) < 0)
        return -1;
    return virDomainGraphicsGLParse(node, graphics, true);
}


static int
virDomainGraphicsSpiceParse(xmlNodePtr node, virDomainGraphicsDef *graphics, unsigned int flags)
{
    virTristateBool autoport = VIR_TRISTATE_BOOL_ABSENT;
    unsigned int mode = 0;

    if (virXMLPropInt(node, "port", 10, VIR_XML_PROP_NONE, &graphics->port, 0) < 0 ||
        virXMLPropInt(node, "tlsPort", 10, VIR_XML_PROP_NONE, &graphics->tlsPort, 0) < 0 ||
        virXMLPropTristateBool(node, "autoport", VIR_XML_PROP_NONE, &autoport) < 0)
        return -1;
    if (autoport == VIR_TRISTATE_BOOL_YES) {
        graphics->autoport = true;
        if (flags & VIR_DOMAIN_DEF_PARSE_INACTIVE) {
            graphics->port = 0;
            graphics->tlsPort = 0;
        }
    }
    if (virXMLPropEnum(node, "defaultMode", virDomainGraphicsSpiceChannelModeTypeFromString,
                       VIR_XML_PROP_NONE, &mode) < 0)
        return -1;
    graphics->defaultMode = mode;
    graphics->keymap = virXMLPropString(node, "keymap");
    if (virDomainGraphicsAuthParse(node, graphics) < 0)
        return -1;
    return virDomainGraphicsSpiceChildrenParse(node, graphics);
}


static int
virDomainGraphicsDBusParse(xmlNodePtr node, virDomainGraphicsDef *graphics)
{
    virTristateBool p2p = VIR_TRISTATE_BOOL_ABSENT;

    graphics->dbusAddress = virXMLPropString(node, "address");
    if (virXMLPropTristateBool(node, "p2p", VIR_XML_PROP_NONE, &p2p) < 0)
        return -1;
    graphics->dbusP2P = p2p == VIR_TRISTATE_BOOL_YES;
    if (graphics->dbusP2P && graphics->dbusAddress) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("D-Bus p2p with an address is not supported"));
        return -1;
    }
    if (virDomainGraphicsGLParse(node, graphics, true) < 0)
        return -1;
    return virDomainGraphicsAudioParse(node, graphics);
}


virDomainGraphicsDef *
virDomainGraphicsDefParseXML(xmlXPathContextPtr ctxt,
                             xmlNodePtr node,
                             virDomainDef *def G_GNUC_UNUSED,
                             unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virDomainGraphicsDef) graphics = g_new0(virDomainGraphicsDef, 1);
    unsigned int type = 0;
    int rc = 0;

    ctxt->node = node;
    if (virXMLPropEnum(node, "type", virDomainGraphicsTypeFromString, VIR_XML_PROP_REQUIRED,
                       &type) < 0)
        return NULL;
    graphics->type = type;
    /* the listens come first, as in libvirt (their errors win) */
    if ((type == VIR_DOMAIN_GRAPHICS_TYPE_VNC || type == VIR_DOMAIN_GRAPHICS_TYPE_SPICE ||
         type == VIR_DOMAIN_GRAPHICS_TYPE_RDP) &&
        virDomainGraphicsListensParse(node, graphics, flags) < 0)
        return NULL;

    switch ((virDomainGraphicsType)type) {
    case VIR_DOMAIN_GRAPHICS_TYPE_VNC:
        rc = virDomainGraphicsVNCParse(node, graphics, flags);
        break;
    case VIR_DOMAIN_GRAPHICS_TYPE_RDP:
        rc = virDomainGraphicsRDPParse(node, graphics, flags);
        break;
    case VIR_DOMAIN_GRAPHICS_TYPE_SPICE:
        rc = virDomainGraphicsSpiceParse(node, graphics, flags);
        break;
    case VIR_DOMAIN_GRAPHICS_TYPE_SDL:
        graphics->xauth = virXMLPropString(node, "xauth");
        G_GNUC_FALLTHROUGH;
    case VIR_DOMAIN_GRAPHICS_TYPE_DESKTOP:
        graphics->display = virXMLPropString(node, "display");
        rc = virXMLPropTristateBool(node, "fullscreen", VIR_XML_PROP_NONE, &graphics->fullscreen);
        if (rc >= 0 && type == VIR_DOMAIN_GRAPHICS_TYPE_SDL)
            rc = virDomainGraphicsGLParse(node, graphics, true);
        break;
    case VIR_DOMAIN_GRAPHICS_TYPE_EGL_HEADLESS:
        rc = virDomainGraphicsGLParse(node, graphics, false);
        break;
    case VIR_DOMAIN_GRAPHICS_TYPE_DBUS:
        rc = virDomainGraphicsDBusParse(node, graphics);
        break;
    case VIR_DOMAIN_GRAPHICS_TYPE_LAST:
        break;
    }
    if (rc < 0)
        return NULL;
    return g_steal_pointer(&graphics);
}


/* ---- formatting ---- */

static void
virDomainGraphicsAuthFormat(virBuffer *buf,
                            const virDomainGraphicsDef *graphics,
                            unsigned int flags)
{
    if (!graphics->passwd)
        return;
    if (flags & VIR_DOMAIN_DEF_FORMAT_SECURE)
        virBufferEscapeString(buf, " passwd='%s'", graphics->passwd);
    if (graphics->validToSet) {
        g_autoptr(GDateTime) then = g_date_time_new_from_unix_utc(graphics->validTo);

        if (then)
            virBufferAsprintf(buf, " passwdValidTo='%04d-%02d-%02dT%02d:%02d:%02d'",
                              g_date_time_get_year(then), g_date_time_get_month(then),
                              g_date_time_get_day_of_month(then), g_date_time_get_hour(then),
                              g_date_time_get_minute(then), g_date_time_get_second(then));
    }
    if (graphics->connected)
        virBufferAsprintf(buf, " connected='%s'",
                          virDomainGraphicsAuthConnectedTypeToString(graphics->connected));
}


static void
virDomainGraphicsListenAttrFormat(virBuffer *buf, const virDomainGraphicsDef *graphics)
{
    const virDomainGraphicsListenDef *listen = graphics->nListens ? &graphics->listens[0] : NULL;

    if (listen && listen->type == VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_ADDRESS && listen->address &&
        !listen->autoGenerated)
        virBufferEscapeString(buf, " listen='%s'", listen->address);
}


static bool
virDomainGraphicsHasPorts(const virDomainGraphicsDef *graphics)
{
    int type =
        graphics->nListens ? graphics->listens[0].type : VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_ADDRESS;

    return type == VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_ADDRESS ||
           type == VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_NETWORK;
}


static void
virDomainGraphicsVNCAttrsFormat(virBuffer *buf,
                                const virDomainGraphicsDef *graphics,
                                unsigned int flags)
{
    const virDomainGraphicsListenDef *listen = graphics->nListens ? &graphics->listens[0] : NULL;

    if (listen && listen->type == VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_SOCKET) {
        if (listen->socket && !(listen->autoGenerated && (flags & VIR_DOMAIN_DEF_FORMAT_INACTIVE)))
            virBufferEscapeString(buf, " socket='%s'", listen->socket);
    } else if (virDomainGraphicsHasPorts(graphics)) {
        if (graphics->port && (!graphics->autoport || !(flags & VIR_DOMAIN_DEF_FORMAT_INACTIVE)))
            virBufferAsprintf(buf, " port='%d'", graphics->port);
        else if (graphics->autoport)
            virBufferAddLit(buf, " port='-1'");
        virBufferAsprintf(buf, " autoport='%s'", graphics->autoport ? "yes" : "no");
        if (graphics->websocket)
            virBufferAsprintf(buf, " websocket='%d'", graphics->websocket);
        virDomainGraphicsListenAttrFormat(buf, graphics);
    }
    virBufferEscapeString(buf, " keymap='%s'", graphics->keymap);
    if (graphics->sharePolicy)
        virBufferAsprintf(buf, " sharePolicy='%s'",
                          virDomainGraphicsVNCSharePolicyTypeToString(graphics->sharePolicy));
    if (graphics->powerControl)
        virBufferAsprintf(buf, " powerControl='%s'",
                          virTristateBoolTypeToString(graphics->powerControl));
    virDomainGraphicsAuthFormat(buf, graphics, flags);
}


static void
virDomainGraphicsSpiceAttrsFormat(virBuffer *buf,
                                  const virDomainGraphicsDef *graphics,
                                  unsigned int flags)
{
    if (virDomainGraphicsHasPorts(graphics)) {
        if (graphics->port)
            virBufferAsprintf(buf, " port='%d'", graphics->port);
        if (graphics->tlsPort)
            virBufferAsprintf(buf, " tlsPort='%d'", graphics->tlsPort);
        virBufferAsprintf(buf, " autoport='%s'", graphics->autoport ? "yes" : "no");
        virDomainGraphicsListenAttrFormat(buf, graphics);
    }
    virBufferEscapeString(buf, " keymap='%s'", graphics->keymap);
    if (graphics->defaultMode)
        virBufferAsprintf(buf, " defaultMode='%s'",
                          virDomainGraphicsSpiceChannelModeTypeToString(graphics->defaultMode));
    virDomainGraphicsAuthFormat(buf, graphics, flags);
}


static void
virDomainGraphicsAttrsFormat(virBuffer *buf,
                             const virDomainGraphicsDef *graphics,
                             unsigned int flags)
{
    switch ((virDomainGraphicsType)graphics->type) {
    case VIR_DOMAIN_GRAPHICS_TYPE_VNC:
        virDomainGraphicsVNCAttrsFormat(buf, graphics, flags);
        break;
    case VIR_DOMAIN_GRAPHICS_TYPE_SPICE:
        virDomainGraphicsSpiceAttrsFormat(buf, graphics, flags);
        break;
    case VIR_DOMAIN_GRAPHICS_TYPE_RDP:
        if (graphics->port || graphics->autoport)
            virBufferAsprintf(buf, " port='%d'", graphics->port);
        if (graphics->autoport)
            virBufferAddLit(buf, " autoport='yes'");
        if (graphics->replaceUser)
            virBufferAddLit(buf, " replaceUser='yes'");
        if (graphics->multiUser)
            virBufferAddLit(buf, " multiUser='yes'");
        virDomainGraphicsListenAttrFormat(buf, graphics);
        break;
    case VIR_DOMAIN_GRAPHICS_TYPE_SDL:
    case VIR_DOMAIN_GRAPHICS_TYPE_DESKTOP:
        virBufferEscapeString(buf, " display='%s'", graphics->display);
        virBufferEscapeString(buf, " xauth='%s'", graphics->xauth);
        if (graphics->fullscreen == VIR_TRISTATE_BOOL_YES)
            virBufferAddLit(buf, " fullscreen='yes'");
        break;
    case VIR_DOMAIN_GRAPHICS_TYPE_DBUS:
        virBufferEscapeString(buf, " address='%s'", graphics->dbusAddress);
        if (graphics->dbusP2P)
            virBufferAddLit(buf, " p2p='yes'");
        break;
    case VIR_DOMAIN_GRAPHICS_TYPE_EGL_HEADLESS:
    case VIR_DOMAIN_GRAPHICS_TYPE_LAST:
        break;
    }
}


static void
virDomainGraphicsListensFormat(virBuffer *buf,
                               const virDomainGraphicsDef *graphics,
                               unsigned int flags)
{
    size_t i;

    for (i = 0; i < graphics->nListens; i++) {
        const virDomainGraphicsListenDef *listen = &graphics->listens[i];

        virBufferAsprintf(buf, "<listen type='%s'",
                          virDomainGraphicsListenTypeToString(listen->type));
        if (listen->address &&
            (listen->type == VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_ADDRESS ||
             !(flags & VIR_DOMAIN_DEF_FORMAT_INACTIVE)) &&
            !(listen->autoGenerated && (flags & VIR_DOMAIN_DEF_FORMAT_INACTIVE)))
            virBufferEscapeString(buf, " address='%s'", listen->address);
        virBufferEscapeString(buf, " network='%s'", listen->network);
        if (listen->socket && !(listen->autoGenerated && (flags & VIR_DOMAIN_DEF_FORMAT_INACTIVE)))
            virBufferEscapeString(buf, " socket='%s'", listen->socket);
        virBufferAddLit(buf, "/>\n");
    }
}


static void
virDomainGraphicsSpiceChildrenFormat(virBuffer *buf, const virDomainGraphicsDef *graphics)
{
    size_t i;

    for (i = 0; i < VIR_DOMAIN_GRAPHICS_SPICE_CHANNEL_LAST; i++) {
        if (graphics->channels[i])
            virBufferAsprintf(buf, "<channel name='%s' mode='%s'/>\n",
                              virDomainGraphicsSpiceChannelNameTypeToString(i),
                              virDomainGraphicsSpiceChannelModeTypeToString(graphics->channels[i]));
    }
    if (graphics->image)
        virBufferAsprintf(buf, "<image compression='%s'/>\n",
                          virDomainGraphicsSpiceImageCompressionTypeToString(graphics->image));
    if (graphics->jpeg)
        virBufferAsprintf(buf, "<jpeg compression='%s'/>\n",
                          virDomainGraphicsSpiceCompressionTypeToString(graphics->jpeg));
    if (graphics->zlib)
        virBufferAsprintf(buf, "<zlib compression='%s'/>\n",
                          virDomainGraphicsSpiceCompressionTypeToString(graphics->zlib));
    if (graphics->playback)
        virBufferAsprintf(buf, "<playback compression='%s'/>\n",
                          virTristateSwitchTypeToString(graphics->playback));
    if (graphics->streaming)
        virBufferAsprintf(buf, "<streaming mode='%s'/>\n",
                          virDomainGraphicsSpiceStreamingModeTypeToString(graphics->streaming));
    if (graphics->mousemode)
        virBufferAsprintf(buf, "<mouse mode='%s'/>\n",
                          virDomainMouseModeTypeToString(graphics->mousemode));
    if (graphics->copypaste)
        virBufferAsprintf(buf, "<clipboard copypaste='%s'/>\n",
                          virTristateBoolTypeToString(graphics->copypaste));
    if (graphics->filetransfer)
        virBufferAsprintf(buf, "<filetransfer enable='%s'/>\n",
                          virTristateBoolTypeToString(graphics->filetransfer));
}


static void
virDomainGraphicsGLFormat(virBuffer *buf, const virDomainGraphicsDef *graphics)
{
    if (!graphics->gl && !graphics->rendernode)
        return;
    virBufferAddLit(buf, "<gl");
    if (graphics->gl)
        virBufferAsprintf(buf, " enable='%s'", virTristateBoolTypeToString(graphics->gl));
    virBufferEscapeString(buf, " rendernode='%s'", graphics->rendernode);
    virBufferAddLit(buf, "/>\n");
}


int
virDomainGraphicsDefFormat(virBuffer *buf,
                           const virDomainGraphicsDef *graphics,
                           const virDomainDef *def G_GNUC_UNUSED,
                           unsigned int flags)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    virBufferAsprintf(&attrBuf, " type='%s'", virDomainGraphicsTypeToString(graphics->type));
    virDomainGraphicsAttrsFormat(&attrBuf, graphics, flags);
    virDomainGraphicsListensFormat(&childBuf, graphics, flags);
    if (graphics->type == VIR_DOMAIN_GRAPHICS_TYPE_SPICE)
        virDomainGraphicsSpiceChildrenFormat(&childBuf, graphics);
    virDomainGraphicsGLFormat(&childBuf, graphics);
    if (graphics->audioId)
        virBufferAsprintf(&childBuf, "<audio id='%u'/>\n", graphics->audioId);
    virXMLFormatElement(buf, "graphics", &attrBuf, &childBuf);
    return 0;
}


int
virDomainGraphicsDefPostParse(virDomainGraphicsDef *graphics, virDomainDef *def)
{
    size_t i;

    /* checked once the legacy socket= attribute has replaced the first listen */
    for (i = 0; i < graphics->nListens; i++) {
        if (graphics->listens[i].type == VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_NETWORK &&
            !graphics->listens[i].network) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("'network' attribute is required for listen type 'network'"));
            return -1;
        }
    }

    /* a spice server without ports does not listen at all */
    if (graphics->type == VIR_DOMAIN_GRAPHICS_TYPE_SPICE && graphics->nListens &&
        graphics->listens[0].type == VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_ADDRESS &&
        graphics->port == 0 && graphics->tlsPort == 0 && !graphics->autoport) {
        g_clear_pointer(&graphics->listens[0].address, g_free);
        graphics->listens[0].type = VIR_DOMAIN_GRAPHICS_LISTEN_TYPE_NONE;
    }
    /* only a VNC server's audio id is checked by libvirt */
    if (!graphics->audioId || graphics->type != VIR_DOMAIN_GRAPHICS_TYPE_VNC)
        return 0;
    for (i = 0; def && i < def->naudios; i++) {
        if (def->audios[i]->id == graphics->audioId)
            return 0;
    }
    virReportError(VIR_ERR_XML_ERROR, _("no audio device with ID %1$u"), graphics->audioId);
    return -1;
}
