/*
 * virdomainsysinfo.h: <sysinfo> of a domain (SMBIOS tables and fw_cfg
 * entries)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virbuffer.h"
#include "virconftypes.h"
#include "virenum.h"
#include "virxml.h"

typedef enum {
    VIR_SYSINFO_SMBIOS = 0,
    VIR_SYSINFO_FWCFG,

    VIR_SYSINFO_LAST
} virSysinfoType;
VIR_ENUM_DECL(virSysinfo);

/* <bios>: entries vendor, version, date, release (each may be NULL) */
typedef struct _virSysinfoBIOSDef virSysinfoBIOSDef;
struct _virSysinfoBIOSDef {
    char *vendor;
    char *version;
    char *date; /* mm/dd/yy or mm/dd/yyyy */
    char *release;
};

/* <system> */
typedef struct _virSysinfoSystemDef virSysinfoSystemDef;
struct _virSysinfoSystemDef {
    char *manufacturer;
    char *product;
    char *version;
    char *serial;
    char *uuid; /* canonical form */
    char *sku;
    char *family;
};

/* <baseBoard> (several allowed) */
typedef struct _virSysinfoBaseBoardDef virSysinfoBaseBoardDef;
struct _virSysinfoBaseBoardDef {
    char *manufacturer;
    char *product;
    char *version;
    char *serial;
    char *asset;
    char *location;
};

/* <chassis> */
typedef struct _virSysinfoChassisDef virSysinfoChassisDef;
struct _virSysinfoChassisDef {
    char *manufacturer;
    char *version;
    char *serial;
    char *asset;
    char *sku;
};

/* fw_cfg <entry name='opt/..' file='..'>value</entry> */
typedef struct _virSysinfoFWCfgDef virSysinfoFWCfgDef;
struct _virSysinfoFWCfgDef {
    char *name;
    char *value; /* NULL when @file is set */
    char *file;
};

struct _virDomainSysinfoDef {
    int type;                /* virSysinfoType */
    virSysinfoBIOSDef *bios; /* NULL when absent or empty */
    virSysinfoSystemDef *system;
    virSysinfoBaseBoardDef *baseBoard;
    size_t nbaseBoard;
    virSysinfoChassisDef *chassis;
    char **oemStrings; /* <oemStrings><entry>s */
    size_t noemStrings;
    virSysinfoFWCfgDef *fw_cfgs;
    size_t nfw_cfgs;
};

/*
 * virDomainSysinfoParseXML:
 * @node: a <sysinfo> element
 * @ctxt: XPath context (node changed and restored)
 * @domUUID: the domain's UUID (VIR_UUID_BUFLEN bytes), checked against
 *           <system><entry name='uuid'>
 * @uuidGenerated: true if the domain had no <uuid>: the system UUID then
 *                 replaces @domUUID
 *
 * Returns a new sysinfo, or NULL with an error (libvirt's codes/texts).
 */
virDomainSysinfoDef *virDomainSysinfoParseXML(xmlNodePtr node,
                                              xmlXPathContextPtr ctxt,
                                              unsigned char *domUUID,
                                              bool uuidGenerated);

/* Writes <sysinfo type=...>...</sysinfo> at @buf's indentation. */
void virDomainSysinfoFormat(virBuffer *buf, const virDomainSysinfoDef *def);

void virDomainSysinfoDefFree(virDomainSysinfoDef *def);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainSysinfoDef, virDomainSysinfoDefFree);
