/*
 * virxml.h: the one wrapper around libxml2
 *
 * Parsing with libvirt's error reporting, XPath and attribute getters that
 * return typed values, RelaxNG validation, and node serialisation. Nothing
 * else in modvirt includes libxml2's parser or XPath headers directly;
 * src/conf uses the types (xmlNodePtr, xmlDocPtr, xmlXPathContextPtr)
 * through this header.
 *
 * Getter return convention (as libvirt's virXMLProp* family):
 *   1  the value was present and valid, *result set
 *   0  absent (and not required), *result set to the default
 *  -1  present but invalid (or required and absent): error reported with
 *      VIR_ERR_XML_ERROR naming the attribute and the element
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#include "virbuffer.h"
#include "virenum.h"

/* Input larger than this is refused before parsing (libvirt: 10 MiB). */
#define VIR_XML_MAX_INPUT (10 * 1024 * 1024)

/*
 * virXMLParseHelper:
 * @domcode: error domain for parse errors (the caller's VIR_FROM_THIS)
 * @filename: file to read, or NULL when parsing @xmlStr
 * @xmlStr: the document text, or NULL when reading @filename
 * @url: name used in error messages, e.g. "(domain_definition)"
 * @rootelement: expected name of the root element, or NULL for any
 * @ctxt: if non-NULL, set to a new XPath context whose node is the root
 * @schemafile: RelaxNG schema file name (e.g. "domain.rng") used when
 *              @validate is true; looked up in virXMLSchemaDir()
 * @validate: validate against @schemafile
 *
 * Parses one document without network access, entity substitution or
 * DTD loading; ignorable white space between elements is dropped (as
 * libvirt 9.0 does, which is what re-indents <metadata> on output).
 * Nesting is capped at libxml2's default depth (256).
 *
 * Errors (libvirt's codes and texts):
 *  - not well-formed: VIR_ERR_XML_DETAIL in @domcode, message
 *    "URL:LINE: MESSAGE\nCONTEXT-LINE\n-----^" (libxml2's message of the
 *    first fatal error, the offending line and a caret under the column;
 *    "at line LINE: ..." without @url and @filename; an empty context
 *    line prints as "(null)");
 *  - wrong root: VIR_ERR_XML_ERROR in VIR_FROM_XML "expecting root element
 *    of 'domain', not 'foo'";
 *  - a string over VIR_XML_MAX_INPUT bytes: VIR_ERR_XML_ERROR in @domcode;
 *  - schema failure: see virXMLValidateAgainstSchema();
 *  - unreadable file: VIR_ERR_SYSTEM_ERROR; a file over VIR_XML_MAX_INPUT
 *    bytes: VIR_ERR_INTERNAL_ERROR (virFileReadAll()).
 *
 * Returns a new document (free with xmlFreeDoc, or g_autoptr(xmlDoc)),
 * or NULL with an error reported.
 */
xmlDocPtr virXMLParseHelper(int domcode,
                            const char *filename,
                            const char *xmlStr,
                            const char *url,
                            const char *rootelement,
                            xmlXPathContextPtr *ctxt,
                            const char *schemafile,
                            bool validate);

/*
 * virXMLParse:
 * As virXMLParseHelper() with the calling file's VIR_FROM_THIS as the
 * error domain (so a domain XML error says VIR_FROM_DOMAIN, as libvirt).
 */
#define virXMLParse(filename, xmlStr, url, rootelement, ctxt, schemafile, validate)                \
 virXMLParseHelper(VIR_FROM_THIS, filename, xmlStr, url, rootelement, ctxt, schemafile, validate)

#define virXMLParseStringCtxt(xmlStr, url, root, pctxt)                                            \
 virXMLParse(NULL, xmlStr, url, root, pctxt, NULL, false)
#define virXMLParseFileCtxt(filename, root, pctxt)                                                 \
 virXMLParse(filename, NULL, NULL, root, pctxt, NULL, false)

/*
 * virXMLSchemaDir:
 *
 * Returns the directory holding the RelaxNG schemas (static string, read
 * once): $MODVIRT_SCHEMA_DIR if set and non-empty, else
 * /usr/share/libvirt/schemas.
 */
const char *virXMLSchemaDir(void);

/*
 * virXMLValidateAgainstSchema:
 * @schemafile: schema file name (relative to virXMLSchemaDir()) or an
 *              absolute path
 * @doc: the document
 *
 * Compiled schemas are cached for the life of the process (keyed by the
 * resolved path); thread safe.
 *
 * Returns 0 if @doc is valid, or -1 with an error in VIR_FROM_XML:
 * VIR_ERR_XML_INVALID_SCHEMA "Unable to validate doc against PATH\nMSG\n..."
 * (libxml2's messages, one per line), or VIR_ERR_INTERNAL_ERROR "Unable
 * to parse RelaxNG schema 'PATH': ..." when the schema itself is bad.
 */
int virXMLValidateAgainstSchema(const char *schemafile, xmlDocPtr doc);

/* XPath evaluation relative to ctxt->node; ctxt->node is left unchanged. */

/*
 * virXPathString:
 * Returns a new string with the value of @xpath (a string expression such
 * as "string(./name)", or a node set: the string value of its first
 * node), or NULL when that is empty or the expression is invalid (no
 * error reported).
 */
char *virXPathString(const char *xpath, xmlXPathContextPtr ctxt);

/*
 * virXPathInt/UInt/Long/ULong/LongLong/ULongLong (base 10) and the *Base
 * variants:
 * Returns 0 and sets *@value; -1 when absent or empty (no error); -2 when
 * the value is not a valid number of that type (no error: the caller
 * knows the element and reports it). Strings are parsed strictly
 * (virStrToLong_*: no trailing text); the unsigned variants refuse a '-'.
 * A numeric XPath result (e.g. count()) must be integral and in range.
 */
int virXPathInt(const char *xpath, xmlXPathContextPtr ctxt, int *value);
int virXPathUInt(const char *xpath, xmlXPathContextPtr ctxt, unsigned int *value);
int virXPathUIntBase(const char *xpath,
                     xmlXPathContextPtr ctxt,
                     unsigned int base,
                     unsigned int *value);
int virXPathLong(const char *xpath, xmlXPathContextPtr ctxt, long *value);
int virXPathULong(const char *xpath, xmlXPathContextPtr ctxt, unsigned long *value);
int virXPathLongLong(const char *xpath, xmlXPathContextPtr ctxt, long long *value);
int virXPathULongLong(const char *xpath, xmlXPathContextPtr ctxt, unsigned long long *value);
int virXPathULongLongBase(const char *xpath,
                          xmlXPathContextPtr ctxt,
                          unsigned int base,
                          unsigned long long *value);

/*
 * virXPathBoolean:
 * Returns 1 if @xpath evaluates to true (a boolean expression such as
 * "boolean(./acpi)"), 0 if false, -1 if it is not a boolean expression
 * (-1 with VIR_ERR_INTERNAL_ERROR only for NULL arguments).
 */
int virXPathBoolean(const char *xpath, xmlXPathContextPtr ctxt);

/* Returns the first node selected by @xpath (borrowed), or NULL. */
xmlNodePtr virXPathNode(const char *xpath, xmlXPathContextPtr ctxt);

/*
 * virXPathNodeSet:
 * @list: if non-NULL, set to a new array (g_free) of borrowed nodes, or
 *        NULL when there are none
 *
 * Returns the number of nodes selected (0 if none or the expression is
 * invalid), or -1 with VIR_ERR_INTERNAL_ERROR "Incorrect xpath 'X'" if
 * @xpath selects something other than a node set.
 */
int virXPathNodeSet(const char *xpath, xmlXPathContextPtr ctxt, xmlNodePtr **list);

/*
 * VIR_XPATH_NODE_AUTORESTORE:
 * Saves ctxt->node and restores it when the enclosing scope ends.
 */
typedef struct {
    xmlXPathContextPtr ctxt;
    xmlNodePtr node;
} virXPathContextNodeSave;
void virXPathContextNodeRestore(virXPathContextNodeSave *save);
#define VIR_XPATH_NODE_AUTORESTORE_NAME(_name, _ctxt)                                              \
 G_GNUC_UNUSED g_auto(virXPathContextNodeSave) _name = { .ctxt = _ctxt, .node = _ctxt->node };
#define VIR_XPATH_NODE_AUTORESTORE(_ctxt) VIR_XPATH_NODE_AUTORESTORE_NAME(_ctxt##CtxtSave, _ctxt)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(virXPathContextNodeSave, virXPathContextNodeRestore);

/* Child elements of one node (no XPath). */

/* Returns the first child element of @node named @name (borrowed), or NULL. */
xmlNodePtr virXMLNodeGetSubelement(xmlNodePtr node, const char *name);

/*
 * virXMLNodeGetSubelementList:
 * @name: element name, or NULL for every child element
 * @list: if non-NULL, set to a new array (g_free) of borrowed nodes, or
 *        NULL when there are none
 *
 * Returns the number of matching child elements.
 */
size_t virXMLNodeGetSubelementList(xmlNodePtr node, const char *name, xmlNodePtr **list);

/* Attribute and content getters on one node. All errors: VIR_FROM_XML. */

/* Returns a new string with the attribute's value, or NULL if absent. */
char *virXMLPropString(xmlNodePtr node, const char *name);
/* Like virXMLPropString, but reports VIR_ERR_XML_ERROR "Missing required
 * attribute 'name' in element 'elem'" when absent. */
char *virXMLPropStringRequired(xmlNodePtr node, const char *name);
/*
 * virXMLNodeContentString:
 * Returns a new string with the text content of element @node ("" when
 * it has none), or NULL with VIR_ERR_INTERNAL_ERROR if @node is not an
 * element.
 */
char *virXMLNodeContentString(xmlNodePtr node);

typedef enum {
    VIR_XML_PROP_NONE = 0,
    VIR_XML_PROP_REQUIRED = 1 << 0,    /* absent is an error */
    VIR_XML_PROP_NONZERO = 1 << 1,     /* 0 (or the enum's first value) is invalid */
    VIR_XML_PROP_NONNEGATIVE = 1 << 2, /* negative is invalid (signed getters) */
} virXMLPropFlags;

/*
 * virXMLPropInt / UInt / UIntDefault / LongLong / ULongLong:
 * @base: 0 (auto: 0x.. hex, 0.. octal) or 10 or 16
 * @defaultResult: written to *@result first, so it is the value when the
 *                 attribute is absent (0 for the variants without it)
 *
 * Returns 1 if present and valid, 0 if absent (not required), -1 with
 * VIR_ERR_XML_ERROR (libvirt's texts):
 *   "Missing required attribute 'name' in element 'elem'"
 *   "Invalid value for attribute 'name' in element 'elem': 'val'. Expected
 *    integer value" (UInt/ULongLong: "non-negative integer value";
 *    LongLong: "long long integer value")
 *   "... 'val'. Expected non-negative value" (NONNEGATIVE)
 *   "Invalid value for attribute 'name' in element 'elem': Zero is not
 *    permitted" (NONZERO)
 */
int virXMLPropInt(xmlNodePtr node,
                  const char *name,
                  int base,
                  virXMLPropFlags flags,
                  int *result,
                  int defaultResult);
int virXMLPropUInt(
    xmlNodePtr node, const char *name, int base, virXMLPropFlags flags, unsigned int *result);
int virXMLPropUIntDefault(xmlNodePtr node,
                          const char *name,
                          int base,
                          virXMLPropFlags flags,
                          unsigned int *result,
                          unsigned int defaultResult);
int virXMLPropLongLong(xmlNodePtr node,
                       const char *name,
                       int base,
                       virXMLPropFlags flags,
                       long long *result,
                       long long defaultResult);
int virXMLPropULongLong(
    xmlNodePtr node, const char *name, int base, virXMLPropFlags flags, unsigned long long *result);

/*
 * virXMLPropEnum:
 * @strToInt: a *TypeFromString function
 *
 * Returns 1 and sets *@result to the enum value, 0 if absent (*@result
 * set to 0, or @defaultResult), -1 with VIR_ERR_XML_ERROR "Invalid value
 * for attribute 'name' in element 'elem': 'val'." for an unknown value
 * (or 0 with NONZERO), or the missing-attribute error with REQUIRED.
 */
int virXMLPropEnum(xmlNodePtr node,
                   const char *name,
                   int (*strToInt)(const char *),
                   virXMLPropFlags flags,
                   unsigned int *result);
int virXMLPropEnumDefault(xmlNodePtr node,
                          const char *name,
                          int (*strToInt)(const char *),
                          virXMLPropFlags flags,
                          unsigned int *result,
                          unsigned int defaultResult);
/*
 * yes/no into virTristateBool, on/off into virTristateSwitch ("default"
 * is refused; ABSENT when missing). The AllowDefault variant accepts
 * "default" as ABSENT, for documents older libvirt wrote that way.
 */
int virXMLPropTristateBool(xmlNodePtr node,
                           const char *name,
                           virXMLPropFlags flags,
                           virTristateBool *result);
int virXMLPropTristateBoolAllowDefault(xmlNodePtr node,
                                       const char *name,
                                       virXMLPropFlags flags,
                                       virTristateBool *result);
int virXMLPropTristateSwitch(xmlNodePtr node,
                             const char *name,
                             virXMLPropFlags flags,
                             virTristateSwitch *result);

/*
 * virXMLPropUUID:
 * @result: VIR_UUID_BUFLEN bytes, written only when valid
 *
 * Returns 1, 0 if absent, -1 with VIR_ERR_XML_ERROR "Invalid value for
 * attribute 'name' in element 'elem': 'val'. Expected UUID".
 */
int virXMLPropUUID(xmlNodePtr node, const char *name, virXMLPropFlags flags, unsigned char *result);

/* True if the element's name is @str. */
#define virXMLNodeNameEqual(node, str) xmlStrEqual((node)->name, BAD_CAST(str))

/*
 * virXMLNodeToString:
 * Returns a new string with @node serialised by libxml2's formatter at
 * level 0 (no XML declaration, no trailing newline; children indented by
 * 2 spaces where libxml2 formats), or NULL with VIR_ERR_INTERNAL_ERROR.
 */
char *virXMLNodeToString(xmlDocPtr doc, xmlNodePtr node);

/*
 * virXMLFormatNodeIndented:
 * @buf: the buffer; the node starts at its current indentation
 * @node: the element to write (e.g. the <metadata> element), or NULL
 *
 * Writes @node and its subtree followed by a newline, the way libvirt 9.0
 * formats <metadata>: libxml2's serialiser with 2-space indentation per
 * level (children of elements that have text children stay on one
 * line), attributes in double quotes, namespace declarations kept.
 *
 * Returns 0 (also for NULL @node), -1 with VIR_ERR_INTERNAL_ERROR.
 */
int virXMLFormatNodeIndented(virBuffer *buf, xmlNodePtr node);
#define virXMLFormatMetadata(buf, node) virXMLFormatNodeIndented(buf, node)

/*
 * virXMLNodeSanitizeNamespaces:
 * @node: e.g. a copy of <metadata>; may be NULL
 *
 * Removes the child nodes of @node that have no namespace (including
 * text), and every child after the first one of each namespace URI, as
 * libvirt does with <metadata>.
 */
void virXMLNodeSanitizeNamespaces(xmlNodePtr node);

/*
 * virXMLFindChildNodeByNs:
 * Returns the first child element of @root in namespace @uri
 * (borrowed), or NULL.
 */
xmlNodePtr virXMLFindChildNodeByNs(xmlNodePtr root, const char *uri);

/*
 * virXMLCheckIllegalChars:
 * @nodeName: what is checked, for the message ("name")
 * @str: the value
 * @illegal: the characters not allowed (e.g. "\n")
 *
 * Returns 0, or -1 with VIR_ERR_XML_DETAIL (VIR_FROM_XML) "invalid char
 * in NODENAME: C" (the character itself, libvirt's text) when @str
 * contains one of @illegal.
 */
int virXMLCheckIllegalChars(const char *nodeName, const char *str, const char *illegal);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlDoc, xmlFreeDoc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlXPathContext, xmlXPathFreeContext);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlXPathObject, xmlXPathFreeObject);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlBuffer, xmlBufferFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlNode, xmlFreeNode);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlParserCtxt, xmlFreeParserCtxt);
