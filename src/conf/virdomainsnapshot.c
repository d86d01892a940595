/*
 * virdomainsnapshot.c: the domain snapshot XML model
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>
#include <time.h>

#include "internal.h"
#include "virdomainsnapshot.h"
#include "virerror.h"
#include "virxml.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN_SNAPSHOT

VIR_ENUM_IMPL(virDomainSnapshotState,
              VIR_DOMAIN_SNAPSHOT_LAST,
              "nostate",
              "running",
              "blocked",
              "paused",
              "shutdown",
              "shutoff",
              "crashed",
              "pmsuspended",
              "disk-snapshot");


void
virDomainSnapshotDefFree(virDomainSnapshotDef *def)
{
    size_t i;

    if (!def)
        return;
    g_free(def->name);
    g_free(def->description);
    g_free(def->parent_name);
    g_free(def->memorysnapshotfile);
    for (i = 0; i < def->ndisks; i++)
        g_free(def->disks[i].name);
    g_free(def->disks);
    virDomainDefFree(def->dom);
    g_free(def);
}


/* snapshot='...' of @node into @location; absent leaves DEFAULT */
static int
virDomainSnapshotParseLocation(xmlNodePtr node, int *location)
{
    g_autofree char *str = virXMLPropString(node, "snapshot");
    int val;

    if (!str)
        return 0;
    if ((val = virDomainSnapshotLocationTypeFromString(str)) <= 0) {
        virReportError(VIR_ERR_XML_ERROR, _("unknown snapshot location '%1$s'"), str);
        return -1;
    }
    *location = val;
    return 0;
}


static int
virDomainSnapshotParseDisks(xmlXPathContextPtr ctxt, virDomainSnapshotDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./disks/disk", ctxt, &nodes)) < 0)
        return -1;
    def->disks = g_new0(virDomainSnapshotDiskDef, n);
    for (i = 0; i < (size_t)n; i++) {
        virDomainSnapshotDiskDef *disk = &def->disks[def->ndisks];

        if (!(disk->name = virXMLPropString(nodes[i], "name"))) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("missing name from disk snapshot element"));
            return -1;
        }
        def->ndisks++;
        if (virDomainSnapshotParseLocation(nodes[i], &disk->snapshot) < 0)
            return -1;
    }
    return 0;
}


static int
virDomainSnapshotParseRedefine(xmlXPathContextPtr ctxt,
                               virDomainSnapshotDef *def,
                               const virDomainXMLOption *xmlopt)
{
    g_autofree char *state = NULL;
    xmlNodePtr domnode;

    if (!def->name) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("a redefined snapshot must have a name"));
        return -1;
    }
    if (virXPathLongLong("string(./creationTime)", ctxt, &def->creationTime) < 0) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing creationTime from existing snapshot"));
        return -1;
    }
    def->parent_name = virXPathString("string(./parent/name)", ctxt);
    if ((state = virXPathString("string(./state)", ctxt))) {
        if ((def->state = virDomainSnapshotStateTypeFromString(state)) <= 0) {
            virReportError(VIR_ERR_XML_ERROR, _("Invalid state '%1$s' in domain snapshot XML"),
                           state);
            return -1;
        }
    } else {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing state from existing snapshot"));
        return -1;
    }
    if ((domnode = virXPathNode("./domain", ctxt)) &&
        !(def->dom = virDomainDefParseNode(ctxt, domnode, xmlopt, VIR_DOMAIN_DEF_PARSE_INACTIVE)))
        return -1;
    return 0;
}


virDomainSnapshotDef *
virDomainSnapshotDefParseNode(xmlXPathContextPtr ctxt,
                              xmlNodePtr node,
                              const virDomainXMLOption *xmlopt,
                              bool *current,
                              unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autoptr(virDomainSnapshotDef) def = g_new0(virDomainSnapshotDef, 1);
    xmlNodePtr memnode;
    int active = 0;

    if (!virXMLNodeNameEqual(node, "domainsnapshot")) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("expecting root element of 'domainsnapshot', not '%1$s'"), node->name);
        return NULL;
    }
    ctxt->node = node;

    def->name = virXPathString("string(./name)", ctxt);
    def->description = virXPathString("string(./description)", ctxt);
    if (flags & VIR_DOMAIN_SNAPSHOT_PARSE_REDEFINE) {
        if (virDomainSnapshotParseRedefine(ctxt, def, xmlopt) < 0)
            return NULL;
    } else {
        def->creationTime = (long long)time(NULL);
        if (!def->name)
            def->name = g_strdup_printf("%lld", def->creationTime);
    }

    if ((memnode = virXPathNode("./memory", ctxt))) {
        if (virDomainSnapshotParseLocation(memnode, &def->memory) < 0)
            return NULL;
        def->memorysnapshotfile = virXMLPropString(memnode, "file");
    }
    if (virDomainSnapshotParseDisks(ctxt, def) < 0)
        return NULL;

    if (current) {
        if (virXPathInt("string(./active)", ctxt, &active) == -2) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("Could not find 'active' element"));
            return NULL;
        }
        *current = active != 0;
    }
    return g_steal_pointer(&def);
}


virDomainSnapshotDef *
virDomainSnapshotDefParseString(const char *xml,
                                const virDomainXMLOption *xmlopt,
                                unsigned int flags)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;

    if (!(doc = virXMLParse(NULL, xml, _("(domain_snapshot)"), "domainsnapshot", &ctxt,
                            "domainsnapshot.rng", flags & VIR_DOMAIN_SNAPSHOT_PARSE_VALIDATE)))
        return NULL;
    return virDomainSnapshotDefParseNode(ctxt, xmlDocGetRootElement(doc), xmlopt, NULL, flags);
}


static void
virDomainSnapshotDefFormatDisks(virBuffer *buf, const virDomainSnapshotDef *def)
{
    size_t i;

    if (!def->ndisks)
        return;
    virBufferAddLit(buf, "<disks>\n");
    virBufferAdjustIndent(buf, 2);
    for (i = 0; i < def->ndisks; i++) {
        const virDomainSnapshotDiskDef *disk = &def->disks[i];

        virBufferEscapeString(buf, "<disk name='%s'", disk->name);
        if (disk->snapshot > 0)
            virBufferAsprintf(buf, " snapshot='%s'",
                              virDomainSnapshotLocationTypeToString(disk->snapshot));
        virBufferAddLit(buf, "/>\n");
    }
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</disks>\n");
}


char *
virDomainSnapshotDefFormat(const virDomainSnapshotDef *def, unsigned int domainFlags)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    virBufferAddLit(&buf, "<domainsnapshot>\n");
    virBufferAdjustIndent(&buf, 2);
    virBufferEscapeString(&buf, "<name>%s</name>\n", def->name);
    virBufferEscapeString(&buf, "<description>%s</description>\n", def->description);
    if (def->state > 0)
        virBufferAsprintf(&buf, "<state>%s</state>\n",
                          virDomainSnapshotStateTypeToString(def->state));
    if (def->parent_name) {
        virBufferAddLit(&buf, "<parent>\n");
        virBufferAdjustIndent(&buf, 2);
        virBufferEscapeString(&buf, "<name>%s</name>\n", def->parent_name);
        virBufferAdjustIndent(&buf, -2);
        virBufferAddLit(&buf, "</parent>\n");
    }
    if (def->creationTime)
        virBufferAsprintf(&buf, "<creationTime>%lld</creationTime>\n", def->creationTime);
    if (def->memory > 0) {
        virBufferAsprintf(&buf, "<memory snapshot='%s'",
                          virDomainSnapshotLocationTypeToString(def->memory));
        virBufferEscapeString(&buf, " file='%s'", def->memorysnapshotfile);
        virBufferAddLit(&buf, "/>\n");
    }
    virDomainSnapshotDefFormatDisks(&buf, def);
    if (def->dom &&
        virDomainDefFormatBuf(&buf, def->dom, domainFlags | VIR_DOMAIN_DEF_FORMAT_INACTIVE) < 0)
        return NULL;
    virBufferAdjustIndent(&buf, -2);
    virBufferAddLit(&buf, "</domainsnapshot>\n");
    return virBufferContentAndReset(&buf);
}


static virDomainSnapshotDiskDef *
virDomainSnapshotFindDisk(virDomainSnapshotDiskDef *disks, size_t ndisks, const char *name)
{
    size_t i;

    for (i = 0; i < ndisks; i++) {
        if (g_str_equal(disks[i].name, name))
            return &disks[i];
    }
    return NULL;
}


/* Checks the <disk> elements the XML gave; returns 0 or -1 with an error. */
static int
virDomainSnapshotCheckGivenDisks(virDomainSnapshotDef *def, int defaultLocation, bool requireMatch)
{
    virDomainDef *dom = def->dom;
    size_t i;
    size_t j;

    for (i = 0; i < def->ndisks; i++) {
        virDomainSnapshotDiskDef *disk = &def->disks[i];
        bool known = false;

        if (virDomainSnapshotFindDisk(def->disks, i, disk->name)) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("disk '%1$s' specified twice"),
                           disk->name);
            return -1;
        }
        for (j = 0; j < dom->ndisks && !known; j++)
            known = g_str_equal(dom->disks[j]->dst, disk->name);
        if (!known) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("no disk named '%1$s'"), disk->name);
            return -1;
        }
        if (requireMatch && disk->snapshot > 0 && disk->snapshot != defaultLocation &&
            !(defaultLocation == VIR_DOMAIN_SNAPSHOT_LOCATION_EXTERNAL &&
              disk->snapshot == VIR_DOMAIN_SNAPSHOT_LOCATION_NO)) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("disk '%1$s' must use snapshot mode '%2$s'"), disk->name,
                           virDomainSnapshotLocationTypeToString(defaultLocation));
            return -1;
        }
    }
    return 0;
}


/* The location of the domain's disk @disk in the snapshot. */
static int
virDomainSnapshotDiskLocation(virDomainSnapshotDef *def,
                              virDomainDiskDef *disk,
                              int defaultLocation)
{
    virDomainSnapshotDiskDef *given = virDomainSnapshotFindDisk(def->disks, def->ndisks, disk->dst);

    if (given && given->snapshot > 0)
        return given->snapshot;
    if (disk->snapshot > 0)
        return disk->snapshot;
    if (disk->src && disk->src->readonly)
        return VIR_DOMAIN_SNAPSHOT_LOCATION_NO;
    return defaultLocation;
}


int
virDomainSnapshotAlignDisks(virDomainSnapshotDef *def, int defaultLocation, bool requireMatch)
{
    virDomainDef *dom = def->dom;
    virDomainSnapshotDiskDef *aligned;
    size_t i;

    if (!dom) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("missing domain in snapshot"));
        return -1;
    }
    if (virDomainSnapshotCheckGivenDisks(def, defaultLocation, requireMatch) < 0)
        return -1;

    aligned = g_new0(virDomainSnapshotDiskDef, dom->ndisks);
    for (i = 0; i < dom->ndisks; i++) {
        aligned[i].name = g_strdup(dom->disks[i]->dst);
        aligned[i].snapshot = virDomainSnapshotDiskLocation(def, dom->disks[i], defaultLocation);
    }
    for (i = 0; i < def->ndisks; i++)
        g_free(def->disks[i].name);
    g_free(def->disks);
    def->disks = aligned;
    def->ndisks = dom->ndisks;

    /* file names of external disk snapshots are not modelled: refused as
     * libvirt 9.0's test driver refuses them for its disks */
    for (i = 0; i < def->ndisks; i++) {
        if (def->disks[i].snapshot == VIR_DOMAIN_SNAPSHOT_LOCATION_EXTERNAL) {
            virReportError(
                VIR_ERR_CONFIG_UNSUPPORTED,
                _("source for disk '%1$s' is not a regular file; refusing to generate external snapshot name"),
                def->disks[i].name);
            return -1;
        }
    }
    return 0;
}


bool
virDomainSnapshotDefIsExternal(const virDomainSnapshotDef *def)
{
    size_t i;

    if (def->memory == VIR_DOMAIN_SNAPSHOT_LOCATION_EXTERNAL)
        return true;
    for (i = 0; i < def->ndisks; i++) {
        if (def->disks[i].snapshot == VIR_DOMAIN_SNAPSHOT_LOCATION_EXTERNAL)
            return true;
    }
    return false;
}
