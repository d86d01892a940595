/*
 * virdomainmetadata.c: <title>, <description> and <metadata> of a domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <libxml/tree.h>

#include "internal.h"
#include "virdomainmetadata.h"
#include "virerror.h"
#include "virxml.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN


/* Puts @node and every element below it in namespace @ns. */
static void
virDomainMetadataSetNs(xmlNodePtr node, xmlNsPtr ns)
{
    xmlNodePtr child;

    xmlSetNs(node, ns);
    for (child = node->children; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE)
            virDomainMetadataSetNs(child, ns);
    }
}


/* Strips every namespace from @node and the elements below it. */
static void
virDomainMetadataClearNs(xmlNodePtr node)
{
    xmlNodePtr child;

    xmlSetNs(node, NULL);
    if (node->nsDef) {
        xmlFreeNsList(node->nsDef);
        node->nsDef = NULL;
    }
    for (child = node->children; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE)
            virDomainMetadataClearNs(child);
    }
}


/* Sets *@ret to the element of namespace @uri, or NULL if there is none.
 * Returns 0, or -1 with an error. */
static int
virDomainMetadataGetElement(virDomainDef *def, const char *uri, char **ret)
{
    g_autoptr(xmlNode) copy = NULL;
    xmlNodePtr node;

    *ret = NULL;
    if (!(node = virXMLFindChildNodeByNs(def->metadata, uri)))
        return 0;
    copy = xmlCopyNode(node, 1);
    virDomainMetadataClearNs(copy);
    if (!(*ret = virXMLNodeToString(node->doc, copy)))
        return -1;
    return 0;
}


char *
virDomainDefGetMetadata(virDomainDef *def, int type, const char *uri)
{
    char *ret = NULL;

    switch (type) {
    case VIR_DOMAIN_METADATA_DESCRIPTION:
        ret = g_strdup(def->description);
        break;
    case VIR_DOMAIN_METADATA_TITLE:
        ret = g_strdup(def->title);
        break;
    case VIR_DOMAIN_METADATA_ELEMENT:
        if (uri && virDomainMetadataGetElement(def, uri, &ret) < 0)
            return NULL;
        break;
    default:
        virReportError(VIR_ERR_INVALID_ARG, _("unknown metadata type '%1$d'"), type);
        return NULL;
    }

    if (!ret)
        virReportError(VIR_ERR_NO_DOMAIN_METADATA, "%s",
                       _("Requested metadata element is not present"));
    return ret;
}


/* Parses @metadata into a new element in namespace @uri with prefix @key. */
static xmlNodePtr
virDomainMetadataParseElement(const char *metadata, const char *key, const char *uri)
{
    g_autoptr(xmlDoc) doc = NULL;
    xmlNodePtr node;
    xmlNsPtr ns;

    if (!(doc = virXMLParse(NULL, metadata, _("(metadata_xml)"), NULL, NULL, NULL, false)))
        return NULL;
    if (xmlValidateNCName(BAD_CAST key, 0) != 0) {
        virReportError(VIR_ERR_INVALID_ARG, "%s",
                       _("failed to validate prefix for a new XML namespace"));
        return NULL;
    }
    node = xmlCopyNode(xmlDocGetRootElement(doc), 1);
    if (!(ns = xmlNewNs(node, BAD_CAST uri, BAD_CAST key))) {
        xmlFreeNode(node);
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("failed to create a new XML namespace"));
        return NULL;
    }
    virDomainMetadataSetNs(node, ns);
    return node;
}


static int
virDomainDefSetMetadataElement(virDomainDef *def,
                               const char *metadata,
                               const char *key,
                               const char *uri)
{
    xmlNodePtr new = NULL;
    xmlNodePtr old;

    if (metadata && !(new = virDomainMetadataParseElement(metadata, key, uri)))
        return -1;
    if (new && !def->metadata)
        def->metadata = xmlNewNode(NULL, BAD_CAST "metadata");
    while ((old = virXMLFindChildNodeByNs(def->metadata, uri))) {
        xmlUnlinkNode(old);
        xmlFreeNode(old);
    }
    if (new)
        xmlAddChild(def->metadata, new);
    return 0;
}


int
virDomainDefSetMetadata(
    virDomainDef *def, int type, const char *metadata, const char *key, const char *uri)
{
    switch (type) {
    case VIR_DOMAIN_METADATA_DESCRIPTION:
        g_clear_pointer(&def->description, g_free);
        if (metadata && *metadata)
            def->description = g_strdup(metadata);
        return 0;
    case VIR_DOMAIN_METADATA_TITLE:
        g_clear_pointer(&def->title, g_free);
        if (metadata && *metadata)
            def->title = g_strdup(metadata);
        return 0;
    case VIR_DOMAIN_METADATA_ELEMENT:
        return virDomainDefSetMetadataElement(def, metadata, key, uri);
    default:
        virReportError(VIR_ERR_INVALID_ARG, _("unknown metadata type '%1$d'"), type);
        return -1;
    }
}


char *
virDomainObjGetMetadata(virDomainObj *vm, int type, const char *uri, unsigned int flags)
{
    virDomainDef *def;

    if (!(def = virDomainObjGetOneDef(vm, flags)))
        return NULL;
    return virDomainDefGetMetadata(def, type, uri);
}


int
virDomainObjSetMetadata(virDomainObj *vm,
                        int type,
                        const char *metadata,
                        const char *key,
                        const char *uri,
                        unsigned int flags)
{
    virDomainDef *def;
    virDomainDef *persDef;

    if (virDomainObjGetDefs(vm, flags, &def, &persDef) < 0)
        return -1;
    if (def && virDomainDefSetMetadata(def, type, metadata, key, uri) < 0)
        return -1;
    if (persDef && virDomainDefSetMetadata(persDef, type, metadata, key, uri) < 0)
        return -1;
    return 0;
}
