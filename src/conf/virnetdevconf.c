/*
 * virnetdevconf.c: network-device pieces shared by <network> and the
 * domain <interface>: <bandwidth>, <vlan>, <virtualport>, <route> and
 * <port isolated>
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virlog.h"
#include "virnetdevconf.h"
#include "virunits.h"

/* libvirt reports these from its util code, hence no error domain. */
#define VIR_FROM_THIS VIR_FROM_NONE

/* ... except the virtualport completeness checks, which are VIR_FROM_NET. */
#define virReportNetError(code, ...)                                                               \
 virReportErrorHelper(VIR_FROM_NET, code, __FILE__, __func__, __LINE__, __VA_ARGS__)

VIR_LOG_INIT("conf.netdevconf");

VIR_ENUM_IMPL(virNativeVlanMode, VIR_NATIVE_VLAN_MODE_LAST, "default", "tagged", "untagged");

VIR_ENUM_IMPL(virNetDevVPort,
              VIR_NETDEV_VPORT_PROFILE_LAST,
              "none",
              "802.1Qbg",
              "802.1Qbh",
              "openvswitch",
              "midonet");


/* ---- <bandwidth> ---- */

void
virNetDevBandwidthFree(virNetDevBandwidth *def)
{
    if (!def)
        return;
    g_free(def->in);
    g_free(def->out);
    g_free(def);
}


/* Parses one rate attribute; returns 1 if set, 0 if absent, -1 on error. */
static int
virNetDevBandwidthRateAttr(xmlNodePtr node, const char *name, unsigned long long *value)
{
    g_autofree char *str = virXMLPropString(node, name);

    if (!str)
        return 0;
    if (virStrToLong_ullp(str, NULL, 10, value) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("could not convert bandwidth %1$s value '%2$s'"), name, str);
        return -1;
    }
    return 1;
}


static virNetDevBandwidthRate *
virNetDevBandwidthRateParse(xmlNodePtr node, bool inbound)
{
    g_autofree virNetDevBandwidthRate *rate = g_new0(virNetDevBandwidthRate, 1);
    int hasAverage;
    int hasPeak;
    int hasBurst;
    int hasFloor;

    if ((hasAverage = virNetDevBandwidthRateAttr(node, "average", &rate->average)) < 0 ||
        (hasPeak = virNetDevBandwidthRateAttr(node, "peak", &rate->peak)) < 0 ||
        (hasBurst = virNetDevBandwidthRateAttr(node, "burst", &rate->burst)) < 0 ||
        (hasFloor = virNetDevBandwidthRateAttr(node, "floor", &rate->floor)) < 0)
        return NULL;

    if (!hasAverage && !hasFloor) {
        virReportError(VIR_ERR_XML_DETAIL, "%s",
                       _("Missing mandatory average or floor attributes"));
        return NULL;
    }

    if ((hasPeak || hasBurst) && !hasAverage) {
        virReportError(VIR_ERR_XML_DETAIL, "%s",
                       _("'peak' and 'burst' require 'average' attribute"));
        return NULL;
    }

    if (hasFloor && !inbound) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("'floor' attribute allowed only in <inbound> element"));
        return NULL;
    }

    return g_steal_pointer(&rate);
}


/* Handles the classID attribute of <bandwidth>. */
static int
virNetDevBandwidthParseClassID(xmlNodePtr node, unsigned int *classID)
{
    g_autofree char *str = virXMLPropString(node, "classID");

    if (!str)
        return 0;

    if (!classID) {
        virReportError(VIR_ERR_XML_DETAIL, "%s",
                       _("classID attribute not supported on <bandwidth> in this usage context"));
        return -1;
    }

    if (virStrToLong_uip(str, NULL, 10, classID) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("Unable to parse class id '%1$s'"), str);
        return -1;
    }
    return 0;
}


int
virNetDevBandwidthParse(virNetDevBandwidth **bandwidth,
                        unsigned int *classID,
                        xmlNodePtr node,
                        bool allowFloor)
{
    g_autoptr(virNetDevBandwidth) def = g_new0(virNetDevBandwidth, 1);
    xmlNodePtr child;

    if (virNetDevBandwidthParseClassID(node, classID) < 0)
        return -1;

    for (child = node->children; child; child = child->next) {
        virNetDevBandwidthRate **slot;
        bool inbound;

        if (child->type != XML_ELEMENT_NODE)
            continue;
        if (virXMLNodeNameEqual(child, "inbound"))
            inbound = true;
        else if (virXMLNodeNameEqual(child, "outbound"))
            inbound = false;
        else
            continue;

        slot = inbound ? &def->in : &def->out;
        if (*slot) {
            virReportError(VIR_ERR_XML_DETAIL, _("Only one child <%1$s> element allowed"),
                           inbound ? "inbound" : "outbound");
            return -1;
        }
        if (!(*slot = virNetDevBandwidthRateParse(child, inbound)))
            return -1;
    }

    if (def->in && def->in->floor && !allowFloor) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("floor attribute is not supported for this config"));
        return -1;
    }

    if (!def->in && !def->out)
        *bandwidth = NULL;
    else
        *bandwidth = g_steal_pointer(&def);
    return 0;
}


static void
virNetDevBandwidthRateFormat(const virNetDevBandwidthRate *rate, const char *name, virBuffer *buf)
{
    if (!rate || (!rate->average && !rate->floor))
        return;

    virBufferAsprintf(buf, "<%s", name);
    if (rate->average)
        virBufferAsprintf(buf, " average='%llu'", rate->average);
    if (rate->peak)
        virBufferAsprintf(buf, " peak='%llu'", rate->peak);
    if (rate->floor)
        virBufferAsprintf(buf, " floor='%llu'", rate->floor);
    if (rate->burst)
        virBufferAsprintf(buf, " burst='%llu'", rate->burst);
    virBufferAddLit(buf, "/>\n");
}


void
virNetDevBandwidthFormat(const virNetDevBandwidth *def, unsigned int classID, virBuffer *buf)
{
    if (!def)
        return;

    virBufferAddLit(buf, "<bandwidth");
    if (classID)
        virBufferAsprintf(buf, " classID='%u'", classID);
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);
    virNetDevBandwidthRateFormat(def->in, "inbound", buf);
    virNetDevBandwidthRateFormat(def->out, "outbound", buf);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</bandwidth>\n");
}


virNetDevBandwidth *
virNetDevBandwidthCopy(const virNetDevBandwidth *src)
{
    virNetDevBandwidth *dst;

    if (!src)
        return NULL;

    dst = g_new0(virNetDevBandwidth, 1);
    if (src->in)
        dst->in = g_memdup2(src->in, sizeof(*src->in));
    if (src->out)
        dst->out = g_memdup2(src->out, sizeof(*src->out));
    return dst;
}


/* ---- <vlan> ---- */

void
virNetDevVlanClear(virNetDevVlan *def)
{
    if (!def)
        return;
    g_free(def->tag);
    memset(def, 0, sizeof(*def));
}


bool
virNetDevVlanIsSet(const virNetDevVlan *def)
{
    return def && def->nTags > 0;
}


/* Parses one <tag>; records a native mode in @def. */
static int
virNetDevVlanTagParse(xmlNodePtr node, virNetDevVlan *def, unsigned int *id)
{
    unsigned int mode;

    if (virXMLPropUInt(node, "id", 10, VIR_XML_PROP_REQUIRED, id) < 0)
        return -1;

    if (*id > VIR_NETDEV_VLAN_MAX_ID) {
        virReportError(VIR_ERR_XML_ERROR, _("vlan tag id %1$u too large (maximum 4095)"), *id);
        return -1;
    }

    if (virXMLPropEnum(node, "nativeMode", virNativeVlanModeTypeFromString, VIR_XML_PROP_NONZERO,
                       &mode) < 0)
        return -1;

    if (mode != VIR_NATIVE_VLAN_MODE_DEFAULT) {
        if (def->nativeMode != VIR_NATIVE_VLAN_MODE_DEFAULT) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("duplicate native vlan setting"));
            return -1;
        }
        def->nativeMode = mode;
        def->nativeTag = *id;
    }
    return 0;
}


/* Applies the trunk attribute (@trunk may be NULL) once the tags are known. */
static int
virNetDevVlanParseTrunk(virNetDevVlan *def, const char *trunk)
{
    if (def->nTags > 1) {
        if (trunk && !g_str_equal(trunk, "yes")) {
            virReportError(
                VIR_ERR_XML_ERROR,
                _("invalid \"trunk='%1$s'\" in <vlan> - trunk='yes' is required for more than one vlan tag"),
                trunk);
            return -1;
        }
        def->trunk = true;
        return 0;
    }

    if (!trunk)
        return 0;

    if (g_str_equal(trunk, "yes")) {
        def->trunk = true;
    } else if (g_str_equal(trunk, "no")) {
        if (def->nativeMode != VIR_NATIVE_VLAN_MODE_DEFAULT) {
            virReportError(
                VIR_ERR_XML_ERROR, "%s",
                _("invalid configuration in <vlan> - \"trunk='no'\" is not allowed with a native vlan id"));
            return -1;
        }
        def->trunk = false;
    } else {
        virReportError(VIR_ERR_XML_ERROR,
                       _("invalid \"trunk='%1$s'\" in <vlan> - must be yes or no"), trunk);
        return -1;
    }
    return 0;
}


int
virNetDevVlanParse(xmlNodePtr node, virNetDevVlan *def)
{
    g_autofree xmlNodePtr *tags = NULL;
    g_autofree char *trunk = NULL;
    size_t ntags;
    size_t i;

    ntags = virXMLNodeGetSubelementList(node, "tag", &tags);
    if (ntags == 0) {
        virReportError(
            VIR_ERR_XML_ERROR, "%s",
            _("missing tag id - each <vlan> must have at least one <tag id='n'/> subelement"));
        return -1;
    }

    def->tag = g_new0(unsigned int, ntags);
    for (i = 0; i < ntags; i++) {
        if (virNetDevVlanTagParse(tags[i], def, &def->tag[i]) < 0) {
            virNetDevVlanClear(def);
            return -1;
        }
    }
    def->nTags = ntags;

    /* an empty trunk attribute counts as absent, as libvirt's XPath does */
    trunk = virXMLPropString(node, "trunk");
    if (trunk && !*trunk)
        g_clear_pointer(&trunk, g_free);

    if (virNetDevVlanParseTrunk(def, trunk) < 0) {
        virNetDevVlanClear(def);
        return -1;
    }
    return 0;
}


void
virNetDevVlanFormat(const virNetDevVlan *def, virBuffer *buf)
{
    size_t i;

    if (!virNetDevVlanIsSet(def))
        return;

    virBufferAsprintf(buf, "<vlan%s>\n", def->trunk ? " trunk='yes'" : "");
    virBufferAdjustIndent(buf, 2);
    for (i = 0; i < def->nTags; i++) {
        virBufferAsprintf(buf, "<tag id='%u'", def->tag[i]);
        if (def->nativeMode != VIR_NATIVE_VLAN_MODE_DEFAULT && def->nativeTag == def->tag[i])
            virBufferAsprintf(buf, " nativeMode='%s'",
                              virNativeVlanModeTypeToString(def->nativeMode));
        virBufferAddLit(buf, "/>\n");
    }
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</vlan>\n");
}


/* ---- <virtualport> ---- */

/* Parses a numeric parameter no larger than @max. */
static int
virNetDevVPortParseNumber(xmlNodePtr params,
                          const char *name,
                          const char *outOfRangeMsg,
                          unsigned int max,
                          unsigned int *value,
                          bool *specified)
{
    g_autofree char *str = virXMLPropString(params, name);

    if (!str)
        return 0;

    if (virStrToLong_ui(str, NULL, 0, value) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("cannot parse value of %1$s parameter"), name);
        return -1;
    }
    if (*value > max) {
        virReportError(VIR_ERR_XML_ERROR, "%s", outOfRangeMsg);
        return -1;
    }
    *specified = true;
    return 0;
}


static int
virNetDevVPortParseUUID(xmlNodePtr params, const char *name, unsigned char *uuid, bool *specified)
{
    g_autofree char *str = virXMLPropString(params, name);

    if (!str)
        return 0;

    if (virUUIDParse(str, uuid) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("cannot parse %1$s parameter as a uuid"), name);
        return -1;
    }
    *specified = true;
    return 0;
}


static int
virNetDevVPortParseParameters(xmlNodePtr params, virNetDevVPortProfile *def)
{
    g_autofree char *profileID = NULL;
    unsigned int val = 0;

    if (virNetDevVPortParseNumber(params, "managerid", _("value of managerid out of range"), 0xFF,
                                  &val, &def->managerID_specified) < 0)
        return -1;
    def->managerID = val;

    if (virNetDevVPortParseNumber(params, "typeid", _("value for typeid out of range"), 0xFFFFFF,
                                  &def->typeID, &def->typeID_specified) < 0)
        return -1;

    val = 0;
    if (virNetDevVPortParseNumber(params, "typeidversion", _("value of typeidversion out of range"),
                                  0xFF, &val, &def->typeIDVersion_specified) < 0)
        return -1;
    def->typeIDVersion = val;

    if (virNetDevVPortParseUUID(params, "instanceid", def->instanceID, &def->instanceID_specified) <
        0)
        return -1;

    if ((profileID = virXMLPropString(params, "profileid"))) {
        if (g_strlcpy(def->profileID, profileID, sizeof(def->profileID)) >=
            sizeof(def->profileID)) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("profileid parameter too long"));
            return -1;
        }
    }

    return virNetDevVPortParseUUID(params, "interfaceid", def->interfaceID,
                                   &def->interfaceID_specified);
}


/* Fills in the ids libvirt generates for a new interface. */
static int
virNetDevVPortGenerateMissing(virNetDevVPortProfile *def)
{
    bool none = def->virtPortType == VIR_NETDEV_VPORT_PROFILE_NONE;

    if ((none || def->virtPortType == VIR_NETDEV_VPORT_PROFILE_8021QBG) &&
        !def->instanceID_specified) {
        if (virUUIDGenerate(def->instanceID) < 0)
            return -1;
        def->instanceID_specified = true;
    }

    if ((none || def->virtPortType == VIR_NETDEV_VPORT_PROFILE_OPENVSWITCH) &&
        !def->interfaceID_specified) {
        if (virUUIDGenerate(def->interfaceID) < 0)
            return -1;
        def->interfaceID_specified = true;
    }
    return 0;
}


virNetDevVPortProfile *
virNetDevVPortProfileParse(xmlNodePtr node, unsigned int flags)
{
    g_autofree virNetDevVPortProfile *def = g_new0(virNetDevVPortProfile, 1);
    g_autofree char *type = virXMLPropString(node, "type");
    xmlNodePtr params;

    if (type) {
        int t = virNetDevVPortTypeFromString(type);

        if (t <= 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown virtualport type %1$s"), type);
            return NULL;
        }
        def->virtPortType = t;
    } else if (flags & VIR_VPORT_XML_REQUIRE_TYPE) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing required virtualport type"));
        return NULL;
    }

    if ((params = virXMLNodeGetSubelement(node, "parameters")) &&
        virNetDevVPortParseParameters(params, def) < 0)
        return NULL;

    if ((flags & VIR_VPORT_XML_GENERATE_MISSING_DEFAULTS) && virNetDevVPortGenerateMissing(def) < 0)
        return NULL;

    if (def->virtPortType != VIR_NETDEV_VPORT_PROFILE_NONE) {
        bool generate = flags & VIR_VPORT_XML_GENERATE_MISSING_DEFAULTS;

        if ((flags & VIR_VPORT_XML_REQUIRE_ALL_ATTRIBUTES) &&
            virNetDevVPortProfileCheckComplete(def, generate) < 0)
            return NULL;
        if (virNetDevVPortProfileCheckNoExtras(def) < 0)
            return NULL;
    }

    return g_steal_pointer(&def);
}


static int
virNetDevVPortMissing(const virNetDevVPortProfile *def, const char *name)
{
    virReportNetError(VIR_ERR_XML_ERROR, _("missing %1$s in <virtualport type='%2$s'>"), name,
                      virNetDevVPortTypeToString(def->virtPortType));
    return -1;
}


int
virNetDevVPortProfileCheckComplete(const virNetDevVPortProfile *def, bool generateMissing)
{
    if (!def)
        return 0;

    switch (def->virtPortType) {
    case VIR_NETDEV_VPORT_PROFILE_8021QBG:
        if (!def->managerID_specified)
            return virNetDevVPortMissing(def, "managerid");
        if (!def->typeID_specified)
            return virNetDevVPortMissing(def, "typeid");
        if (!def->typeIDVersion_specified)
            return virNetDevVPortMissing(def, "typeidversion");
        if (!generateMissing && !def->instanceID_specified)
            return virNetDevVPortMissing(def, "instanceid");
        break;
    case VIR_NETDEV_VPORT_PROFILE_8021QBH:
        if (!def->profileID[0])
            return virNetDevVPortMissing(def, "profileid");
        break;
    case VIR_NETDEV_VPORT_PROFILE_OPENVSWITCH:
        if (!generateMissing && !def->interfaceID_specified)
            return virNetDevVPortMissing(def, "interfaceid");
        break;
    case VIR_NETDEV_VPORT_PROFILE_MIDONET:
        if (!def->interfaceID_specified)
            return virNetDevVPortMissing(def, "interfaceid");
        break;
    case VIR_NETDEV_VPORT_PROFILE_NONE:
    case VIR_NETDEV_VPORT_PROFILE_LAST:
        break;
    }
    return 0;
}


int
virNetDevVPortProfileCheckNoExtras(const virNetDevVPortProfile *def)
{
    const char *extra = NULL;
    bool qbg;
    bool qbh;
    bool ovs;

    if (!def || def->virtPortType == VIR_NETDEV_VPORT_PROFILE_NONE ||
        def->virtPortType == VIR_NETDEV_VPORT_PROFILE_MIDONET)
        return 0;

    qbg = def->virtPortType == VIR_NETDEV_VPORT_PROFILE_8021QBG;
    qbh = def->virtPortType == VIR_NETDEV_VPORT_PROFILE_8021QBH;
    ovs = def->virtPortType == VIR_NETDEV_VPORT_PROFILE_OPENVSWITCH;

    if (!qbg && def->managerID_specified)
        extra = "managerid";
    else if (!qbg && def->typeID_specified)
        extra = "typeid";
    else if (!qbg && def->typeIDVersion_specified)
        extra = "typeidversion";
    else if (!qbg && def->instanceID_specified)
        extra = "instanceid";
    else if (!(qbh || ovs) && def->profileID[0])
        extra = "profileid";
    else if (!ovs && def->interfaceID_specified)
        extra = "interfaceid";

    if (extra) {
        virReportNetError(VIR_ERR_XML_ERROR,
                          _("extra %1$s unsupported in <virtualport type='%2$s'>"), extra,
                          virNetDevVPortTypeToString(def->virtPortType));
        return -1;
    }
    return 0;
}


static bool
virNetDevVPortHasParameters(const virNetDevVPortProfile *def)
{
    return def->managerID_specified || def->typeID_specified || def->typeIDVersion_specified ||
           def->instanceID_specified || def->profileID[0] || def->interfaceID_specified;
}


static void
virNetDevVPortFormatParameters(const virNetDevVPortProfile *def, virBuffer *buf)
{
    virNetDevVPortProfileType type = def->virtPortType;
    bool none = type == VIR_NETDEV_VPORT_PROFILE_NONE;
    char uuidstr[VIR_UUID_STRING_BUFLEN];

    virBufferAddLit(buf, "<parameters");
    if (none || type == VIR_NETDEV_VPORT_PROFILE_8021QBG) {
        if (def->managerID_specified)
            virBufferAsprintf(buf, " managerid='%d'", def->managerID);
        if (def->typeID_specified)
            virBufferAsprintf(buf, " typeid='%u'", def->typeID);
        if (def->typeIDVersion_specified)
            virBufferAsprintf(buf, " typeidversion='%d'", def->typeIDVersion);
        if (def->instanceID_specified)
            virBufferAsprintf(buf, " instanceid='%s'", virUUIDFormat(def->instanceID, uuidstr));
    }
    if ((none || type == VIR_NETDEV_VPORT_PROFILE_OPENVSWITCH ||
         type == VIR_NETDEV_VPORT_PROFILE_MIDONET) &&
        def->interfaceID_specified)
        virBufferAsprintf(buf, " interfaceid='%s'", virUUIDFormat(def->interfaceID, uuidstr));
    /* libvirt writes the profile id without escaping it; so do we */
    if ((none || type == VIR_NETDEV_VPORT_PROFILE_8021QBH ||
         type == VIR_NETDEV_VPORT_PROFILE_OPENVSWITCH) &&
        def->profileID[0])
        virBufferAsprintf(buf, " profileid='%s'", def->profileID);
    virBufferAddLit(buf, "/>\n");
}


void
virNetDevVPortProfileFormat(const virNetDevVPortProfile *def, virBuffer *buf)
{
    bool hasParams;

    if (!def)
        return;

    hasParams = virNetDevVPortHasParameters(def);
    if (def->virtPortType == VIR_NETDEV_VPORT_PROFILE_NONE && !hasParams)
        return;

    virBufferAddLit(buf, "<virtualport");
    if (def->virtPortType != VIR_NETDEV_VPORT_PROFILE_NONE)
        virBufferAsprintf(buf, " type='%s'", virNetDevVPortTypeToString(def->virtPortType));

    if (!hasParams) {
        virBufferAddLit(buf, "/>\n");
        return;
    }

    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);
    virNetDevVPortFormatParameters(def, buf);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</virtualport>\n");
}


bool
virNetDevVPortProfileEqual(const virNetDevVPortProfile *a, const virNetDevVPortProfile *b)
{
    if (!a || !b)
        return a == b;

    return a->virtPortType == b->virtPortType && a->managerID_specified == b->managerID_specified &&
           a->managerID == b->managerID && a->typeID_specified == b->typeID_specified &&
           a->typeID == b->typeID && a->typeIDVersion_specified == b->typeIDVersion_specified &&
           a->typeIDVersion == b->typeIDVersion &&
           a->instanceID_specified == b->instanceID_specified &&
           memcmp(a->instanceID, b->instanceID, VIR_UUID_BUFLEN) == 0 &&
           g_str_equal(a->profileID, b->profileID) &&
           a->interfaceID_specified == b->interfaceID_specified &&
           memcmp(a->interfaceID, b->interfaceID, VIR_UUID_BUFLEN) == 0;
}


/* ---- <port isolated> ---- */

int
virNetDevPortParse(xmlNodePtr node, virTristateBool *isolated)
{
    return virXMLPropTristateBool(node, "isolated", VIR_XML_PROP_NONE, isolated) < 0 ? -1 : 0;
}


void
virNetDevPortFormat(virBuffer *buf, virTristateBool isolated)
{
    if (isolated == VIR_TRISTATE_BOOL_ABSENT)
        return;
    virBufferAsprintf(buf, "<port isolated='%s'/>\n", virTristateBoolTypeToString(isolated));
}


/* ---- <route> ---- */

/* libvirt's route parser belongs to its network code, hence this domain. */
#define virReportRouteError(code, ...)                                                             \
 virReportErrorHelper(VIR_FROM_NETWORK, code, __FILE__, __func__, __LINE__, __VA_ARGS__)

void
virNetDevIPRouteFree(virNetDevIPRoute *def)
{
    if (!def)
        return;
    g_free(def->family);
    g_free(def);
}


/* The checks of a route without family or with family='ipv4'. */
static int
virNetDevIPRouteCheckIPv4(const char *errorDetail,
                          const virNetDevIPRoute *def,
                          const char *address,
                          const char *netmask)
{
    if (!VIR_SOCKET_ADDR_IS_FAMILY(&def->address, AF_INET)) {
        if (def->family)
            virReportRouteError(
                VIR_ERR_XML_ERROR,
                _("%1$s: IPv4 family specified for non-IPv4 address '%2$s' in route definition"),
                errorDetail, address);
        else
            virReportRouteError(
                VIR_ERR_XML_ERROR,
                _("%1$s: No family specified for non-IPv4 address '%2$s' in route definition"),
                errorDetail, address);
        return -1;
    }
    /* libvirt names the address, not the gateway, in these messages */
    if (!VIR_SOCKET_ADDR_IS_FAMILY(&def->gateway, AF_INET)) {
        if (def->family)
            virReportRouteError(
                VIR_ERR_XML_ERROR,
                _("%1$s: IPv4 family specified for non-IPv4 gateway '%2$s' in route definition"),
                errorDetail, address);
        else
            virReportRouteError(
                VIR_ERR_XML_ERROR,
                _("%1$s: No family specified for non-IPv4 gateway '%2$s' in route definition"),
                errorDetail, address);
        return -1;
    }
    if (netmask) {
        if (!VIR_SOCKET_ADDR_IS_FAMILY(&def->netmask, AF_INET)) {
            virReportRouteError(
                VIR_ERR_XML_ERROR,
                _("%1$s: Invalid netmask '%2$s' for address '%3$s' (both must be IPv4)"),
                errorDetail, netmask, address);
            return -1;
        }
        if (def->has_prefix) {
            virReportRouteError(VIR_ERR_XML_ERROR,
                                _("%1$s: Route definition cannot have both a prefix and a netmask"),
                                errorDetail);
            return -1;
        }
    }
    if (def->has_prefix && def->prefix > 32) {
        virReportRouteError(
            VIR_ERR_XML_ERROR,
            _("%1$s: Invalid prefix %2$u specified in route definition, must be 0 - 32"),
            errorDetail, def->prefix);
        return -1;
    }
    return 0;
}


static int
virNetDevIPRouteCheckIPv6(const char *errorDetail,
                          const virNetDevIPRoute *def,
                          const char *address,
                          const char *netmask,
                          const char *gateway)
{
    if (!VIR_SOCKET_ADDR_IS_FAMILY(&def->address, AF_INET6)) {
        virReportRouteError(
            VIR_ERR_XML_ERROR,
            _("%1$s: ipv6 family specified for non-IPv6 address '%2$s' in route definition"),
            errorDetail, address);
        return -1;
    }
    if (netmask) {
        virReportRouteError(
            VIR_ERR_XML_ERROR,
            _("%1$s: Specifying netmask invalid for IPv6 address '%2$s' in route definition"),
            errorDetail, address);
        return -1;
    }
    if (!VIR_SOCKET_ADDR_IS_FAMILY(&def->gateway, AF_INET6)) {
        virReportRouteError(
            VIR_ERR_XML_ERROR,
            _("%1$s: ipv6 specified for non-IPv6 gateway address '%2$s' in route definition"),
            errorDetail, gateway);
        return -1;
    }
    if (def->has_prefix && def->prefix > 128) {
        virReportRouteError(
            VIR_ERR_XML_ERROR,
            _("%1$s: Invalid prefix %2$u specified in route definition, must be 0 - 128"),
            errorDetail, def->prefix);
        return -1;
    }
    return 0;
}


/* Parses the three addresses of a route. */
static int
virNetDevIPRouteParseAddrs(const char *errorDetail,
                           virNetDevIPRoute *def,
                           const char *address,
                           const char *netmask,
                           const char *gateway)
{
    if (!address) {
        virReportRouteError(VIR_ERR_XML_ERROR,
                            _("%1$s: Missing required address attribute in route definition"),
                            errorDetail);
        return -1;
    }
    if (!gateway) {
        virReportRouteError(VIR_ERR_XML_ERROR,
                            _("%1$s: Missing required gateway attribute in route definition"),
                            errorDetail);
        return -1;
    }
    if (virSocketAddrParseQuiet(&def->address, address, AF_UNSPEC) < 0) {
        virReportRouteError(VIR_ERR_XML_ERROR,
                            _("%1$s: Bad network address '%2$s' in route definition"), errorDetail,
                            address);
        return -1;
    }
    if (virSocketAddrParseQuiet(&def->gateway, gateway, AF_UNSPEC) < 0) {
        virReportRouteError(VIR_ERR_XML_ERROR,
                            _("%1$s: Bad gateway address '%2$s' in route definition"), errorDetail,
                            gateway);
        return -1;
    }
    if (netmask && virSocketAddrParseQuiet(&def->netmask, netmask, AF_UNSPEC) < 0) {
        virReportRouteError(VIR_ERR_XML_ERROR,
                            _("%1$s: Bad netmask address '%2$s' in route definition"), errorDetail,
                            netmask);
        return -1;
    }
    return 0;
}


/* The destination must be a network address for its netmask or prefix. */
static int
virNetDevIPRouteCheckNetwork(const char *errorDetail,
                             const virNetDevIPRoute *def,
                             const char *address)
{
    virSocketAddr network;
    int rc;

    if (VIR_SOCKET_ADDR_VALID(&def->netmask))
        rc = virSocketAddrMask(&def->address, &def->netmask, &network);
    else
        rc = virSocketAddrMaskByPrefix(&def->address, def->has_prefix ? def->prefix : 0, &network);

    if (rc < 0 || !virSocketAddrEqual(&network, &def->address)) {
        virReportRouteError(VIR_ERR_XML_ERROR,
                            _("%1$s: Address '%2$s' in route definition is not a network address"),
                            errorDetail, address);
        return -1;
    }
    return 0;
}


virNetDevIPRoute *
virNetDevIPRouteParse(const char *errorDetail, xmlNodePtr node)
{
    g_autoptr(virNetDevIPRoute) def = g_new0(virNetDevIPRoute, 1);
    g_autofree char *address = virXMLPropString(node, "address");
    g_autofree char *netmask = virXMLPropString(node, "netmask");
    g_autofree char *gateway = virXMLPropString(node, "gateway");
    int rc;

    def->family = virXMLPropString(node, "family");

    if ((rc = virXMLPropUInt(node, "prefix", 10, VIR_XML_PROP_NONE, &def->prefix)) < 0)
        return NULL;
    def->has_prefix = rc == 1;
    if ((rc = virXMLPropUInt(node, "metric", 10, VIR_XML_PROP_NONZERO, &def->metric)) < 0)
        return NULL;
    def->has_metric = rc == 1;

    if (virNetDevIPRouteParseAddrs(errorDetail, def, address, netmask, gateway) < 0)
        return NULL;

    if (!def->family || g_str_equal(def->family, "ipv4")) {
        rc = virNetDevIPRouteCheckIPv4(errorDetail, def, address, netmask);
    } else if (g_str_equal(def->family, "ipv6")) {
        rc = virNetDevIPRouteCheckIPv6(errorDetail, def, address, netmask, gateway);
    } else {
        virReportRouteError(VIR_ERR_XML_ERROR,
                            _("%1$s: Unrecognized family '%2$s' in route definition"), errorDetail,
                            def->family);
        rc = -1;
    }
    if (rc < 0 || virNetDevIPRouteCheckNetwork(errorDetail, def, address) < 0)
        return NULL;

    return g_steal_pointer(&def);
}


int
virNetDevIPRouteFormat(virBuffer *buf, const virNetDevIPRoute *def)
{
    g_autofree char *address = NULL;
    g_autofree char *gateway = NULL;

    if (!(address = virSocketAddrFormat(&def->address)) ||
        !(gateway = virSocketAddrFormat(&def->gateway)))
        return -1;

    virBufferAddLit(buf, "<route");
    virBufferEscapeString(buf, " family='%s'", def->family);
    virBufferAsprintf(buf, " address='%s'", address);
    if (VIR_SOCKET_ADDR_VALID(&def->netmask)) {
        g_autofree char *netmask = virSocketAddrFormat(&def->netmask);

        if (!netmask)
            return -1;
        virBufferAsprintf(buf, " netmask='%s'", netmask);
    }
    if (def->has_prefix)
        virBufferAsprintf(buf, " prefix='%u'", def->prefix);
    virBufferAsprintf(buf, " gateway='%s'", gateway);
    if (def->has_metric && def->metric > 0)
        virBufferAsprintf(buf, " metric='%u'", def->metric);
    virBufferAddLit(buf, "/>\n");
    return 0;
}


int
virNetDevIPRouteGetPrefix(const virNetDevIPRoute *def)
{
    return virSocketAddrGetIPPrefix(&def->address, &def->netmask,
                                    def->has_prefix ? (int)def->prefix : 0);
}
