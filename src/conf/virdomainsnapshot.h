/*
 * virdomainsnapshot.h: the domain snapshot XML model (<domainsnapshot>)
 *
 *   <domainsnapshot>
 *     <name>s1</name>
 *     <description>...</description>
 *     <state>running</state>            (output, and input on redefine)
 *     <parent><name>s0</name></parent>  (output, and input on redefine)
 *     <creationTime>1700000000</creationTime>
 *     <memory snapshot='no|internal|external' file='...'/>
 *     <disks><disk name='vda' snapshot='no|internal|external|manual'/></disks>
 *     <domain type='...'>...</domain>   (output, and input on redefine)
 *   </domainsnapshot>
 *
 * As libvirt 9.0 (docs/formatsnapshot.rst), limited to what the test
 * driver needs: disk <source> and <driver> children are not modelled.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stddef.h>

#include "virbuffer.h"
#include "virdomaindef.h"
#include "virenum.h"

/* <state>: the domain states of virDomainState plus disk-snapshot */
typedef enum {
    VIR_DOMAIN_SNAPSHOT_NOSTATE = 0,
    VIR_DOMAIN_SNAPSHOT_RUNNING,
    VIR_DOMAIN_SNAPSHOT_BLOCKED,
    VIR_DOMAIN_SNAPSHOT_PAUSED,
    VIR_DOMAIN_SNAPSHOT_SHUTDOWN,
    VIR_DOMAIN_SNAPSHOT_SHUTOFF,
    VIR_DOMAIN_SNAPSHOT_CRASHED,
    VIR_DOMAIN_SNAPSHOT_PMSUSPENDED,
    VIR_DOMAIN_SNAPSHOT_DISK_SNAPSHOT,

    VIR_DOMAIN_SNAPSHOT_LAST
} virDomainSnapshotState;
VIR_ENUM_DECL(virDomainSnapshotState);

/* snapshot='...' of <memory> and <disk>: virDomainSnapshotLocation
 * (virdomaindisk.h) */

/* <disk name= snapshot=/> */
typedef struct _virDomainSnapshotDiskDef virDomainSnapshotDiskDef;
struct _virDomainSnapshotDiskDef {
    char *name;   /* target dev, owned */
    int snapshot; /* virDomainSnapshotLocation */
};

typedef struct _virDomainSnapshotDef virDomainSnapshotDef;
struct _virDomainSnapshotDef {
    char *name;                      /* owned, never NULL once parsed */
    char *description;               /* owned, NULL when absent */
    char *parent_name;               /* owned, NULL for a root */
    long long creationTime;          /* seconds since the epoch */
    int state;                       /* virDomainSnapshotState */
    int memory;                      /* virDomainSnapshotLocation */
    char *memorysnapshotfile;        /* <memory file=...>, owned, may be NULL */
    virDomainSnapshotDiskDef *disks; /* owned */
    size_t ndisks;
    virDomainDef *dom; /* the domain at snapshot time, owned, may be NULL */
};

typedef enum {
    /* accept <state>, <parent>, <creationTime> and <domain> (redefining
     * snapshot metadata) instead of stamping the creation time */
    VIR_DOMAIN_SNAPSHOT_PARSE_REDEFINE = 1 << 0,
    /* validate against domainsnapshot.rng first */
    VIR_DOMAIN_SNAPSHOT_PARSE_VALIDATE = 1 << 1,
} virDomainSnapshotParseFlags;

/* Frees @def and everything it owns; NULL is fine. */
void virDomainSnapshotDefFree(virDomainSnapshotDef *def);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainSnapshotDef, virDomainSnapshotDefFree);

/*
 * virDomainSnapshotDefParseString:
 * @xml: the <domainsnapshot> document
 * @xmlopt: domain parser hooks for an embedded <domain>, or NULL
 * @flags: virDomainSnapshotParseFlags
 *
 * Without REDEFINE the creation time is now and a missing name becomes
 * the creation time in decimal, as libvirt does. Errors: malformed XML
 * and a wrong root (virxml, VIR_FROM_DOMAIN_SNAPSHOT); VIR_ERR_XML_ERROR
 * for unknown <state>, snapshot='...' values or a <disk> without name;
 * a redefinition without <name>: VIR_ERR_BAD_DOMAIN_SNAPSHOT "a redefined
 * snapshot must have a name".
 *
 * Returns a new definition, or NULL with an error reported.
 */
virDomainSnapshotDef *virDomainSnapshotDefParseString(const char *xml,
                                                      const virDomainXMLOption *xmlopt,
                                                      unsigned int flags);

/*
 * virDomainSnapshotDefParseNode: as above for an element of a parsed
 * document (the test driver's <test:domainsnapshot> nodes). @current is
 * set to whether the element carries <active>1</active>.
 */
virDomainSnapshotDef *virDomainSnapshotDefParseNode(xmlXPathContextPtr ctxt,
                                                    xmlNodePtr node,
                                                    const virDomainXMLOption *xmlopt,
                                                    bool *current,
                                                    unsigned int flags);

/*
 * virDomainSnapshotDefFormat:
 * @def: the snapshot
 * @domainFlags: virDomainDefFormatFlags for the embedded <domain>
 *               (SECURE); INACTIVE is always added
 *
 * Returns the document as a new string, or NULL with an error.
 */
char *virDomainSnapshotDefFormat(const virDomainSnapshotDef *def, unsigned int domainFlags);

/*
 * virDomainSnapshotAlignDisks:
 * @def: a new snapshot whose @dom is set
 * @defaultLocation: the location of disks the XML did not list
 * @requireMatch: listed disks must use @defaultLocation (or 'no' when it
 *                is external)
 *
 * Checks the <disk> elements against @def->dom and completes the list in
 * the domain's disk order, as libvirt does. Errors
 * (VIR_ERR_CONFIG_UNSUPPORTED, libvirt's texts): "no disk named 'X'",
 * "disk 'X' specified twice", "disk 'X' must use snapshot mode 'M'", and
 * for a disk that would be saved externally "source for disk 'X' is not
 * a regular file; refusing to generate external snapshot name" (external
 * file names are not modelled). Returns 0 or -1.
 */
int virDomainSnapshotAlignDisks(virDomainSnapshotDef *def, int defaultLocation, bool requireMatch);

/*
 * virDomainSnapshotDefIsExternal:
 * Returns true if the memory or any disk is saved externally.
 */
bool virDomainSnapshotDefIsExternal(const virDomainSnapshotDef *def);
