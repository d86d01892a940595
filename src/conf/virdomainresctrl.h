/*
 * virdomainresctrl.h: <cachetune> and <memorytune> of <cputune>
 * (resource control groups; included by virdomaincputune.h)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virbitmap.h"
#include "virbuffer.h"
#include "virconftypes.h"
#include "virenum.h"
#include "virxml.h"


/* <cachetune><cache type='...'> */
typedef enum {
    VIR_CACHE_TYPE_BOTH = 0,
    VIR_CACHE_TYPE_CODE,
    VIR_CACHE_TYPE_DATA,

    VIR_CACHE_TYPE_LAST
} virCacheType;
VIR_ENUM_DECL(virCache);

/* <cache id= level= type= size= unit=/> of a cachetune, size in bytes */
typedef struct _virDomainResctrlCache virDomainResctrlCache;
struct _virDomainResctrlCache {
    unsigned int level;
    unsigned int id;
    int type;                /* virCacheType */
    unsigned long long size; /* bytes */
};

/* <node id= bandwidth=/> of a memorytune */
typedef struct _virDomainResctrlMemBW virDomainResctrlMemBW;
struct _virDomainResctrlMemBW {
    unsigned int id;
    unsigned int bandwidth; /* percent, 0..100 */
};

/* <monitor level= vcpus=/> of a cachetune (cache) or memorytune (memBW) */
typedef struct _virDomainResctrlMonitor virDomainResctrlMonitor;
struct _virDomainResctrlMonitor {
    bool membw;         /* memorytune monitor (no level) */
    unsigned int level; /* cachetune monitor: 3 */
    virBitmap *vcpus;
};

/* One resctrl group: the <cachetune> and <memorytune> with these vcpus. */
typedef struct _virDomainResctrlDef virDomainResctrlDef;
struct _virDomainResctrlDef {
    virBitmap *vcpus;
    virDomainResctrlCache *caches; /* sorted by level, id, type */
    size_t ncaches;
    virDomainResctrlMemBW *membws; /* sorted by id */
    size_t nmembws;
    virDomainResctrlMonitor *monitors; /* document order */
    size_t nmonitors;
    bool cachetune; /* came from a <cachetune> element */
};

/*
 * virDomainResctrlParseXML:
 * @ctxt: XPath context whose node is <domain>
 * @def: reads def->maxvcpus, fills def->cputune.resctrls
 *
 * Parses every <cachetune>, then every <memorytune> of <cputune> (a
 * memorytune with the vcpus of an existing group joins it); vcpus beyond
 * the domain's are dropped and groups left empty are ignored, as libvirt
 * does. Returns 0, or -1 with libvirt's error.
 */
int virDomainResctrlParseXML(xmlXPathContextPtr ctxt, virDomainDef *def);

/* Writes the <cachetune> elements of all groups, then the <memorytune> ones. */
void virDomainResctrlFormat(virBuffer *buf, const virDomainCputune *cputune);

/* Frees @resctrl and everything it owns; NULL is allowed. */
void virDomainResctrlDefFree(virDomainResctrlDef *resctrl);
