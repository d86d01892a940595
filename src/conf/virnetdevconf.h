/*
 * virnetdevconf.h: network-device pieces shared by <network> and the
 * domain <interface>: <bandwidth>, <vlan>, <virtualport>, <route> and
 * <port isolated>
 *
 * Parsers take the element node, report libvirt's error codes and texts,
 * and formatters write at the buffer's indentation in libvirt's order.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stddef.h>

#include "virbuffer.h"
#include "virenum.h"
#include "virsocketaddr.h"
#include "viruuid.h"
#include "virxml.h"

/* ---- <bandwidth> ---- */

/* One direction of <bandwidth>: <inbound .../> or <outbound .../>. */
typedef struct _virNetDevBandwidthRate virNetDevBandwidthRate;
struct _virNetDevBandwidthRate {
    unsigned long long average; /* kilobytes per second; 0 = unset */
    unsigned long long peak;    /* kilobytes per second; 0 = unset */
    unsigned long long floor;   /* kilobytes per second, inbound only; 0 = unset */
    unsigned long long burst;   /* kibibytes; 0 = unset */
};

typedef struct _virNetDevBandwidth virNetDevBandwidth;
struct _virNetDevBandwidth {
    virNetDevBandwidthRate *in;  /* <inbound>, owned; NULL when absent */
    virNetDevBandwidthRate *out; /* <outbound>, owned; NULL when absent */
};

/* Frees @def (NULL is fine). */
void virNetDevBandwidthFree(virNetDevBandwidth *def);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virNetDevBandwidth, virNetDevBandwidthFree);

/*
 * virNetDevBandwidthParse:
 * @bandwidth: set to a new definition, or to NULL when the element has
 *             neither <inbound> nor <outbound> (libvirt then drops it)
 * @classID: where the classID attribute goes; NULL when the context does
 *           not allow it (a classID then is an error)
 * @node: the <bandwidth> element
 * @allowFloor: whether inbound 'floor' is allowed (domain interfaces of
 *              type network); otherwise it is VIR_ERR_CONFIG_UNSUPPORTED
 *
 * Errors (VIR_FROM_NONE, as libvirt): VIR_ERR_XML_DETAIL for a second
 * <inbound>/<outbound>, a missing average/floor, or a classID where none
 * is allowed; VIR_ERR_CONFIG_UNSUPPORTED for unparsable numbers, a floor
 * on <outbound> or where not allowed.
 *
 * Returns 0, or -1 with an error (then *@bandwidth is untouched).
 */
int virNetDevBandwidthParse(virNetDevBandwidth **bandwidth,
                            unsigned int *classID,
                            xmlNodePtr node,
                            bool allowFloor);

/*
 * virNetDevBandwidthFormat:
 * @def: the definition, or NULL (nothing is written)
 * @classID: written as classID='N' when non-zero
 * @buf: the output
 *
 * Writes <bandwidth>...</bandwidth> (always with an end tag); a rate is
 * written only when its average or floor is set, attributes in the
 * order average, peak, floor, burst.
 */
void virNetDevBandwidthFormat(const virNetDevBandwidth *def, unsigned int classID, virBuffer *buf);

/* Returns a new deep copy of @src, or NULL for NULL. */
virNetDevBandwidth *virNetDevBandwidthCopy(const virNetDevBandwidth *src);

/* ---- <vlan> ---- */

typedef enum {
    VIR_NATIVE_VLAN_MODE_DEFAULT = 0,
    VIR_NATIVE_VLAN_MODE_TAGGED,
    VIR_NATIVE_VLAN_MODE_UNTAGGED,

    VIR_NATIVE_VLAN_MODE_LAST
} virNativeVlanMode;

VIR_ENUM_DECL(virNativeVlanMode);

#define VIR_NETDEV_VLAN_MAX_ID 4095

typedef struct _virNetDevVlan virNetDevVlan;
struct _virNetDevVlan {
    bool trunk;                   /* trunk='yes', or implied by several tags */
    size_t nTags;                 /* 0 when no <vlan> was given */
    unsigned int *tag;            /* nTags ids, 0..4095, owned */
    virNativeVlanMode nativeMode; /* mode of the native vlan, DEFAULT if none */
    unsigned int nativeTag;       /* id of the tag carrying nativeMode */
};

/*
 * virNetDevVlanParse:
 * @node: the <vlan> element
 * @def: filled in (must be cleared by the caller beforehand)
 *
 * Errors: VIR_ERR_XML_ERROR (VIR_FROM_NONE) for no <tag>, an id over
 * 4095, two native modes, a bad trunk value or trunk='no' with several
 * tags or a native mode; the attribute getters' errors for a missing or
 * non-numeric id or a bad nativeMode.
 *
 * Returns 0, or -1 with an error (@def is cleared again).
 */
int virNetDevVlanParse(xmlNodePtr node, virNetDevVlan *def);

/* Writes <vlan>...</vlan> when @def has tags; nothing otherwise. */
void virNetDevVlanFormat(const virNetDevVlan *def, virBuffer *buf);

/* Frees the tags of @def and zeroes it (@def itself is not freed). */
void virNetDevVlanClear(virNetDevVlan *def);

/* Returns true when @def has at least one tag. */
bool virNetDevVlanIsSet(const virNetDevVlan *def);

/* ---- <virtualport> ---- */

typedef enum {
    VIR_NETDEV_VPORT_PROFILE_NONE = 0,
    VIR_NETDEV_VPORT_PROFILE_8021QBG,
    VIR_NETDEV_VPORT_PROFILE_8021QBH,
    VIR_NETDEV_VPORT_PROFILE_OPENVSWITCH,
    VIR_NETDEV_VPORT_PROFILE_MIDONET,

    VIR_NETDEV_VPORT_PROFILE_LAST
} virNetDevVPortProfileType;

VIR_ENUM_DECL(virNetDevVPort);

/* profileid holds at most this many characters (plus the terminator). */
#define VIR_NETDEV_VPORT_PROFILE_ID_BUFLEN 40

typedef struct _virNetDevVPortProfile virNetDevVPortProfile;
struct _virNetDevVPortProfile {
    virNetDevVPortProfileType virtPortType; /* NONE: no type attribute */
    /* 802.1Qbg */
    unsigned char managerID; /* 0..255 */
    bool managerID_specified;
    unsigned int typeID; /* 0..0xFFFFFF */
    bool typeID_specified;
    unsigned char typeIDVersion; /* 0..255 */
    bool typeIDVersion_specified;
    unsigned char instanceID[VIR_UUID_BUFLEN];
    bool instanceID_specified;
    /* 802.1Qbh and openvswitch; "" when unset */
    char profileID[VIR_NETDEV_VPORT_PROFILE_ID_BUFLEN];
    /* openvswitch and midonet */
    unsigned char interfaceID[VIR_UUID_BUFLEN];
    bool interfaceID_specified;
};

typedef enum {
    /* generate instanceid (802.1Qbg, no type) and interfaceid
     * (openvswitch, no type) when not given */
    VIR_VPORT_XML_GENERATE_MISSING_DEFAULTS = 1 << 0,
    /* every parameter the type needs must be present */
    VIR_VPORT_XML_REQUIRE_ALL_ATTRIBUTES = 1 << 1,
    /* the type attribute must be present */
    VIR_VPORT_XML_REQUIRE_TYPE = 1 << 2,
} virNetDevVPortXMLFlags;

/*
 * virNetDevVPortProfileParse:
 * @node: the <virtualport> element
 * @flags: virNetDevVPortXMLFlags
 *
 * Parses the type and the <parameters> child. Unless the type is absent
 * or midonet, parameters the type does not use are an error ("extra
 * managerid unsupported in <virtualport type='openvswitch'>").
 *
 * Errors: VIR_ERR_CONFIG_UNSUPPORTED for an unknown type; VIR_ERR_XML_ERROR
 * for a missing type (REQUIRE_TYPE), unparsable or out-of-range values;
 * VIR_ERR_XML_ERROR in VIR_FROM_NET for missing (REQUIRE_ALL_ATTRIBUTES)
 * or extra parameters.
 *
 * Returns a new profile (free with g_free), or NULL with an error.
 */
virNetDevVPortProfile *virNetDevVPortProfileParse(xmlNodePtr node, unsigned int flags);

/*
 * virNetDevVPortProfileFormat:
 * @def: the profile, or NULL (nothing written)
 * @buf: the output
 *
 * Writes <virtualport type='...'> with a <parameters> child holding the
 * parameters that were given and that the type uses; nothing at all for
 * a profile without type and parameters.
 */
void virNetDevVPortProfileFormat(const virNetDevVPortProfile *def, virBuffer *buf);

/*
 * virNetDevVPortProfileCheckComplete:
 * @def: the profile (may be NULL)
 * @generateMissing: true when missing ids will be generated later, so
 *                   their absence is no error
 *
 * Returns 0 if every parameter @def's type needs is there, -1 with
 * VIR_ERR_XML_ERROR (VIR_FROM_NET) "missing managerid in <virtualport
 * type='802.1Qbg'>" otherwise.
 */
int virNetDevVPortProfileCheckComplete(const virNetDevVPortProfile *def, bool generateMissing);

/*
 * virNetDevVPortProfileCheckNoExtras:
 *
 * Returns 0 if @def has no parameter its type does not use, -1 with
 * VIR_ERR_XML_ERROR (VIR_FROM_NET) otherwise.
 */
int virNetDevVPortProfileCheckNoExtras(const virNetDevVPortProfile *def);

/* Returns true if @a and @b are equal (both NULL counts as equal). */
bool virNetDevVPortProfileEqual(const virNetDevVPortProfile *a, const virNetDevVPortProfile *b);

/* ---- <route> ---- */

typedef struct _virNetDevIPRoute virNetDevIPRoute;
struct _virNetDevIPRoute {
    char *family;          /* family attribute as given ("ipv4", "ipv6"), or NULL */
    virSocketAddr address; /* the destination network */
    virSocketAddr netmask; /* unset when not given */
    unsigned int prefix;   /* valid when has_prefix */
    bool has_prefix;
    virSocketAddr gateway;
    unsigned int metric; /* valid when has_metric; never 0 */
    bool has_metric;
};

/* Frees @def (NULL is fine). */
void virNetDevIPRouteFree(virNetDevIPRoute *def);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virNetDevIPRoute, virNetDevIPRouteFree);

/*
 * virNetDevIPRouteParse:
 * @errorDetail: prefix of the error messages (the network's name)
 * @node: the <route> element
 *
 * Parses and checks a static route: required address and gateway, the
 * families of address, gateway and netmask, the prefix range, and that
 * the address is a network address for its netmask or prefix (0 when
 * neither is given). Errors are VIR_ERR_XML_ERROR "NAME: ..." (and the
 * attribute getters' errors for prefix and metric).
 *
 * Returns a new route, or NULL with an error.
 */
virNetDevIPRoute *virNetDevIPRouteParse(const char *errorDetail, xmlNodePtr node);

/* Writes <route .../>. Returns 0, or -1 with an error. */
int virNetDevIPRouteFormat(virBuffer *buf, const virNetDevIPRoute *def);

/*
 * virNetDevIPRouteGetPrefix:
 *
 * Returns the prefix length of @def: the prefix if given, else the
 * netmask's, else the natural one of its address.
 */
int virNetDevIPRouteGetPrefix(const virNetDevIPRoute *def);

/* ---- <port isolated='yes|no'/> ---- */

/*
 * virNetDevPortParse:
 * @node: the <port> element
 * @isolated: set to the isolated attribute (ABSENT when missing)
 *
 * Returns 0, or -1 with the attribute getter's error.
 */
int virNetDevPortParse(xmlNodePtr node, virTristateBool *isolated);

/* Writes <port isolated='...'/> unless @isolated is ABSENT. */
void virNetDevPortFormat(virBuffer *buf, virTristateBool isolated);
