/*
 * virxml.c: the one wrapper around libxml2
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <string.h>

#include <libxml/relaxng.h>
#include <libxml/xpathInternals.h>

#include "internal.h"
#include "virerror.h"
#include "virfile.h"
#include "virunits.h"
#include "viruuid.h"
#include "virxml.h"

#define VIR_FROM_THIS VIR_FROM_XML

#define VIR_XML_DEFAULT_SCHEMA_DIR "/usr/share/libvirt/schemas"

/* Parse errors are reported in the caller's domain, not VIR_FROM_XML. */
#define virReportErrorDomain(domcode, code, ...)                                                   \
 virReportErrorHelper(domcode, code, __FILE__, __func__, __LINE__, __VA_ARGS__)

/* Per-parse state handed to the error callback through ctxt->_private. */
typedef struct {
    int domcode;   /* error domain of the caller */
    bool reported; /* an error was reported for this parse already */
} virXMLParserData;


/*
 * Returns the line of the parser input around the current position as a
 * new string, and in *@col the offset of the current position in it.
 */
static char *
virXMLParserContextLine(xmlParserInputPtr input, size_t *col)
{
    const xmlChar *base = input->base;
    const xmlChar *cur = input->cur;
    const xmlChar *end;

    /* An error at a line end belongs to the line before it. */
    while (cur > base && (*cur == '\n' || *cur == '\r'))
        cur--;
    while (cur > base && *cur != '\n' && *cur != '\r')
        cur--;
    if (*cur == '\n' || *cur == '\r')
        cur++;

    *col = input->cur > cur ? (size_t)(input->cur - cur) : 0;
    end = cur;
    while (*end != '\0' && *end != '\n' && *end != '\r')
        end++;
    return g_strndup((const char *)cur, end - cur);
}


/*
 * libxml2 calls this for every parse error (XML_PARSE_NOWARNING keeps
 * warnings away). Only the first fatal one is reported, with the
 * offending line and a caret under the column, as libvirt does.
 */
static void
virXMLCatchError(void *ctx, const char *msg G_GNUC_UNUSED, ...)
{
    xmlParserCtxtPtr pctxt = ctx;
    virXMLParserData *data;
    g_autofree char *line = NULL;
    g_autofree char *where = NULL;
    g_autoptr(GString) caret = NULL;
    const xmlError *err;
    size_t col = 0;
    size_t i;

    if (!pctxt || !pctxt->_private || !pctxt->input)
        return;
    data = pctxt->_private;
    err = &pctxt->lastError;
    if (data->reported || err->level != XML_ERR_FATAL || !err->message)
        return;
    data->reported = true;

    line = virXMLParserContextLine(pctxt->input, &col);
    caret = g_string_new(NULL);
    for (i = 0; i < col && line[i] != '\0'; i++)
        g_string_append_c(caret, line[i] == '\t' ? '\t' : '-');
    g_string_append_c(caret, '^');

    if (err->file)
        where = g_strdup_printf("%s:%d", err->file, err->line);
    else
        where = g_strdup_printf("at line %d", err->line);
    /* libvirt 9.0 prints an empty context line as "(null)". */
    virReportErrorDomain(data->domcode, VIR_ERR_XML_DETAIL, "%s: %s%s\n%s", where, err->message,
                         *line ? line : "(null)", caret->str);
}


static void
virXMLIgnoreStructuredError(void *data G_GNUC_UNUSED, xmlErrorPtr err G_GNUC_UNUSED)
{
}


/* Parses @text (at most VIR_XML_MAX_INPUT bytes) named @docname. */
static xmlDocPtr
virXMLParseText(int domcode, const char *text, const char *docname, const char *url)
{
    g_autoptr(xmlParserCtxt) pctxt = NULL;
    virXMLParserData data = { .domcode = domcode, .reported = false };
    xmlDocPtr doc;
    size_t len = strlen(text);

    if (len > VIR_XML_MAX_INPUT) {
        virReportErrorDomain(domcode, VIR_ERR_XML_ERROR,
                             _("document '%1$s' is larger than the limit of %2$d bytes"), docname,
                             VIR_XML_MAX_INPUT);
        return NULL;
    }

    if (!(pctxt = xmlNewParserCtxt()) || !pctxt->sax)
        g_error("failed to allocate an XML parser context");
    pctxt->_private = &data;
    pctxt->sax->error = virXMLCatchError;

    /*
     * No XML_PARSE_NOENT: entities are not substituted and external ones
     * are never loaded; NONET forbids network access; NOBLANKS drops
     * formatting white space as libvirt 9.0 does. Without XML_PARSE_HUGE
     * libxml2 refuses nesting deeper than 256 levels.
     */
    doc = xmlCtxtReadMemory(pctxt, text, (int)len, url, NULL,
                            XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOBLANKS);
    if (!doc && !data.reported) {
        virReportErrorDomain(domcode, VIR_ERR_XML_ERROR, _("failed to parse xml document '%1$s'"),
                             docname);
    }
    return doc;
}


xmlDocPtr
virXMLParseHelper(int domcode,
                  const char *filename,
                  const char *xmlStr,
                  const char *url,
                  const char *rootelement,
                  xmlXPathContextPtr *ctxt,
                  const char *schemafile,
                  bool validate)
{
    g_autofree char *content = NULL;
    g_autoptr(xmlDoc) doc = NULL;
    xmlNodePtr root;

    /* virFileReadAll refuses files over the limit itself. */
    if (filename && virFileReadAll(filename, VIR_XML_MAX_INPUT, &content) < 0)
        return NULL;
    if (!filename && !xmlStr) {
        virReportErrorDomain(domcode, VIR_ERR_INTERNAL_ERROR, "%s", _("no XML document given"));
        return NULL;
    }
    if (filename)
        doc = virXMLParseText(domcode, content, filename, filename);
    else
        doc = virXMLParseText(domcode, xmlStr, url ? url : "[inline data]", url);
    if (!doc)
        return NULL;

    if (!(root = xmlDocGetRootElement(doc))) {
        virReportErrorDomain(domcode, VIR_ERR_INTERNAL_ERROR, "%s", _("missing root element"));
        return NULL;
    }

    if (rootelement && !virXMLNodeNameEqual(root, rootelement)) {
        virReportError(VIR_ERR_XML_ERROR, _("expecting root element of '%1$s', not '%2$s'"),
                       rootelement, (const char *)root->name);
        return NULL;
    }

    if (validate && schemafile && virXMLValidateAgainstSchema(schemafile, doc) < 0)
        return NULL;

    if (ctxt) {
        if (!(*ctxt = xmlXPathNewContext(doc)))
            g_error("failed to allocate an XPath context");
        (*ctxt)->node = root;
        /* A bad expression is the caller's -1, not noise on stderr. */
        (*ctxt)->error = virXMLIgnoreStructuredError;
    }

    return g_steal_pointer(&doc);
}


const char *
virXMLSchemaDir(void)
{
    static gsize once;
    static const char *dir;

    if (g_once_init_enter(&once)) {
        const char *env = g_getenv("MODVIRT_SCHEMA_DIR");

        dir = g_strdup(env && *env ? env : VIR_XML_DEFAULT_SCHEMA_DIR);
        g_once_init_leave(&once, 1);
    }
    return dir;
}


/* One compiled schema; @lock serialises validations that use it. */
typedef struct {
    xmlRelaxNGPtr rng;
    GMutex lock;
} virXMLSchema;

static GMutex virXMLSchemaCacheLock;
static GHashTable *virXMLSchemaCache; /* resolved path -> virXMLSchema *, never freed */


/* Collects libxml2's validation and schema messages into a virBuffer. */
static void
virXMLSchemaCollectError(void *ctx, const char *msg, ...)
{
    virBuffer *buf = ctx;
    va_list ap;

    va_start(ap, msg);
    virBufferVasprintf(buf, msg, ap);
    va_end(ap);
}


static void
virXMLSchemaIgnoreWarning(void *ctx G_GNUC_UNUSED, const char *msg G_GNUC_UNUSED, ...)
{
}


/* Compiles the schema at @path. Returns NULL with an error. */
static xmlRelaxNGPtr
virXMLSchemaCompile(const char *path)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;
    xmlRelaxNGParserCtxtPtr pctxt;
    xmlRelaxNGPtr rng;

    /* Like the other allocations here, failure is out of memory: abort. */
    if (!(pctxt = xmlRelaxNGNewParserCtxt(path)))
        g_error("failed to allocate a RelaxNG parser context");
    xmlRelaxNGSetParserErrors(pctxt, virXMLSchemaCollectError, virXMLSchemaIgnoreWarning, &buf);
    rng = xmlRelaxNGParse(pctxt);
    xmlRelaxNGFreeParserCtxt(pctxt);
    if (!rng) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("Unable to parse RelaxNG schema '%1$s': %2$s"),
                       path, virBufferCurrentContent(&buf));
        return NULL;
    }
    return rng;
}


/* Returns the cached compiled schema for @path (borrowed), compiling it once. */
static virXMLSchema *
virXMLSchemaLookup(const char *path)
{
    virXMLSchema *schema;

    g_mutex_lock(&virXMLSchemaCacheLock);
    if (!virXMLSchemaCache)
        virXMLSchemaCache = g_hash_table_new(g_str_hash, g_str_equal);
    schema = g_hash_table_lookup(virXMLSchemaCache, path);
    if (!schema) {
        xmlRelaxNGPtr rng = virXMLSchemaCompile(path);

        if (rng) {
            schema = g_new0(virXMLSchema, 1);
            schema->rng = rng;
            g_mutex_init(&schema->lock);
            g_hash_table_insert(virXMLSchemaCache, g_strdup(path), schema);
        }
    }
    g_mutex_unlock(&virXMLSchemaCacheLock);
    return schema;
}


int
virXMLValidateAgainstSchema(const char *schemafile, xmlDocPtr doc)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;
    g_autofree char *path = NULL;
    xmlRelaxNGValidCtxtPtr vctxt;
    virXMLSchema *schema;
    int rc;

    if (g_path_is_absolute(schemafile))
        path = g_strdup(schemafile);
    else
        path = g_build_filename(virXMLSchemaDir(), schemafile, NULL);

    if (!(schema = virXMLSchemaLookup(path)))
        return -1;

    g_mutex_lock(&schema->lock);
    if (!(vctxt = xmlRelaxNGNewValidCtxt(schema->rng)))
        g_error("failed to allocate a RelaxNG validation context");
    xmlRelaxNGSetValidErrors(vctxt, virXMLSchemaCollectError, virXMLSchemaIgnoreWarning, &buf);
    rc = xmlRelaxNGValidateDoc(vctxt, doc);
    xmlRelaxNGFreeValidCtxt(vctxt);
    g_mutex_unlock(&schema->lock);

    if (rc != 0) {
        virReportError(VIR_ERR_XML_INVALID_SCHEMA, _("Unable to validate doc against %1$s\n%2$s"),
                       path, virBufferCurrentContent(&buf));
        return -1;
    }
    return 0;
}


/*
 * Evaluates @xpath with ctxt->node preserved. Returns the result or NULL
 * (invalid expression or arguments; no error reported).
 */
static xmlXPathObjectPtr
virXPathEval(const char *xpath, xmlXPathContextPtr ctxt)
{
    xmlXPathObjectPtr obj;
    xmlNodePtr node;

    if (!xpath || !ctxt)
        return NULL;
    node = ctxt->node;
    obj = xmlXPathEval(BAD_CAST xpath, ctxt);
    ctxt->node = node;
    return obj;
}


/* Returns the string value of a string or node-set result, NULL if empty. */
static char *
virXPathObjectToString(xmlXPathObjectPtr obj)
{
    g_autofree xmlChar *str = NULL;

    switch (obj->type) {
    case XPATH_STRING:
        if (!obj->stringval || !obj->stringval[0])
            return NULL;
        return g_strdup((const char *)obj->stringval);
    case XPATH_NODESET:
        if (!obj->nodesetval || obj->nodesetval->nodeNr == 0)
            return NULL;
        str = xmlXPathCastNodeSetToString(obj->nodesetval);
        if (!str || !str[0])
            return NULL;
        return g_strdup((const char *)str);
    default:
        return NULL;
    }
}


char *
virXPathString(const char *xpath, xmlXPathContextPtr ctxt)
{
    g_autoptr(xmlXPathObject) obj = virXPathEval(xpath, ctxt);

    if (!obj)
        return NULL;
    return virXPathObjectToString(obj);
}


/* 2^63 and 2^64 as doubles, the bounds of numeric XPath results. */
#define VIR_XPATH_2P63 9223372036854775808.0
#define VIR_XPATH_2P64 18446744073709551616.0

/*
 * Evaluates a number-valued @xpath: text is parsed strictly in @base, a
 * numeric result (count() and friends) must be integral. The value must
 * lie in [@min, @max]. Returns 0, -1 when absent or empty, -2 when invalid.
 */
static int
virXPathSigned(
    const char *xpath, xmlXPathContextPtr ctxt, long long min, long long max, long long *value)
{
    g_autoptr(xmlXPathObject) obj = virXPathEval(xpath, ctxt);
    g_autofree char *str = NULL;
    long long val;

    if (!obj)
        return -1;
    if (obj->type == XPATH_NUMBER) {
        if (!(obj->floatval >= -VIR_XPATH_2P63 && obj->floatval < VIR_XPATH_2P63) ||
            (double)(long long)obj->floatval != obj->floatval)
            return -2;
        val = (long long)obj->floatval;
    } else if (!(str = virXPathObjectToString(obj))) {
        return -1;
    } else if (virStrToLong_ll(str, NULL, 10, &val) < 0) {
        return -2;
    }
    if (val < min || val > max)
        return -2;
    *value = val;
    return 0;
}


/* As virXPathSigned() for values in [0, @max]; text must have no '-'. */
static int
virXPathUnsigned(const char *xpath,
                 xmlXPathContextPtr ctxt,
                 unsigned int base,
                 unsigned long long max,
                 unsigned long long *value)
{
    g_autoptr(xmlXPathObject) obj = virXPathEval(xpath, ctxt);
    g_autofree char *str = NULL;
    unsigned long long val;

    if (!obj)
        return -1;
    if (obj->type == XPATH_NUMBER) {
        if (!(obj->floatval >= 0 && obj->floatval < VIR_XPATH_2P64) ||
            (double)(unsigned long long)obj->floatval != obj->floatval)
            return -2;
        val = (unsigned long long)obj->floatval;
    } else if (!(str = virXPathObjectToString(obj))) {
        return -1;
    } else if (virStrToLong_ullp(str, NULL, (int)base, &val) < 0) {
        return -2;
    }
    if (val > max)
        return -2;
    *value = val;
    return 0;
}


int
virXPathLongLong(const char *xpath, xmlXPathContextPtr ctxt, long long *value)
{
    return virXPathSigned(xpath, ctxt, G_MININT64, G_MAXINT64, value);
}


int
virXPathInt(const char *xpath, xmlXPathContextPtr ctxt, int *value)
{
    long long tmp = 0;
    int rc = virXPathSigned(xpath, ctxt, G_MININT, G_MAXINT, &tmp);

    *value = rc == 0 ? (int)tmp : *value;
    return rc;
}


int
virXPathLong(const char *xpath, xmlXPathContextPtr ctxt, long *value)
{
    long long tmp = 0;
    int rc = virXPathSigned(xpath, ctxt, G_MINLONG, G_MAXLONG, &tmp);

    *value = rc == 0 ? (long)tmp : *value;
    return rc;
}


int
virXPathULongLongBase(const char *xpath,
                      xmlXPathContextPtr ctxt,
                      unsigned int base,
                      unsigned long long *value)
{
    return virXPathUnsigned(xpath, ctxt, base, G_MAXUINT64, value);
}


int
virXPathULongLong(const char *xpath, xmlXPathContextPtr ctxt, unsigned long long *value)
{
    return virXPathUnsigned(xpath, ctxt, 10, G_MAXUINT64, value);
}


int
virXPathUIntBase(const char *xpath, xmlXPathContextPtr ctxt, unsigned int base, unsigned int *value)
{
    unsigned long long tmp = 0;
    int rc = virXPathUnsigned(xpath, ctxt, base, G_MAXUINT, &tmp);

    *value = rc == 0 ? (unsigned int)tmp : *value;
    return rc;
}


int
virXPathUInt(const char *xpath, xmlXPathContextPtr ctxt, unsigned int *value)
{
    return virXPathUIntBase(xpath, ctxt, 10, value);
}


int
virXPathULong(const char *xpath, xmlXPathContextPtr ctxt, unsigned long *value)
{
    unsigned long long tmp = 0;
    int rc = virXPathUnsigned(xpath, ctxt, 10, G_MAXULONG, &tmp);

    *value = rc == 0 ? (unsigned long)tmp : *value;
    return rc;
}


int
virXPathBoolean(const char *xpath, xmlXPathContextPtr ctxt)
{
    g_autoptr(xmlXPathObject) obj = NULL;

    if (!xpath || !ctxt) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("Invalid parameter"));
        return -1;
    }
    obj = virXPathEval(xpath, ctxt);
    if (!obj || obj->type != XPATH_BOOLEAN || obj->boolval < 0 || obj->boolval > 1)
        return -1;
    return obj->boolval;
}


xmlNodePtr
virXPathNode(const char *xpath, xmlXPathContextPtr ctxt)
{
    g_autoptr(xmlXPathObject) obj = NULL;

    if (!xpath || !ctxt) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("Invalid parameter"));
        return NULL;
    }
    obj = virXPathEval(xpath, ctxt);
    if (!obj || obj->type != XPATH_NODESET || !obj->nodesetval || obj->nodesetval->nodeNr <= 0 ||
        !obj->nodesetval->nodeTab)
        return NULL;
    return obj->nodesetval->nodeTab[0];
}


int
virXPathNodeSet(const char *xpath, xmlXPathContextPtr ctxt, xmlNodePtr **list)
{
    g_autoptr(xmlXPathObject) obj = NULL;
    int n;

    if (list)
        *list = NULL;
    if (!xpath || !ctxt) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("Invalid parameter"));
        return -1;
    }
    if (!(obj = virXPathEval(xpath, ctxt)))
        return 0;
    if (obj->type != XPATH_NODESET) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("Incorrect xpath '%1$s'"), xpath);
        return -1;
    }
    if (!obj->nodesetval || obj->nodesetval->nodeNr <= 0)
        return 0;

    n = obj->nodesetval->nodeNr;
    if (list)
        *list = g_memdup2(obj->nodesetval->nodeTab, sizeof(xmlNodePtr) * n);
    return n;
}


void
virXPathContextNodeRestore(virXPathContextNodeSave *save)
{
    if (!save->ctxt)
        return;
    save->ctxt->node = save->node;
}


xmlNodePtr
virXMLNodeGetSubelement(xmlNodePtr node, const char *name)
{
    xmlNodePtr n;

    for (n = node->children; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE && virXMLNodeNameEqual(n, name))
            return n;
    }
    return NULL;
}


size_t
virXMLNodeGetSubelementList(xmlNodePtr node, const char *name, xmlNodePtr **list)
{
    g_autoptr(GPtrArray) found = g_ptr_array_new();
    xmlNodePtr n;
    size_t count;

    if (list)
        *list = NULL;
    for (n = node->children; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE && (!name || virXMLNodeNameEqual(n, name)))
            g_ptr_array_add(found, n);
    }
    count = found->len;
    if (list && count > 0)
        *list = (xmlNodePtr *)g_ptr_array_free(g_steal_pointer(&found), FALSE);
    return count;
}


char *
virXMLPropString(xmlNodePtr node, const char *name)
{
    return (char *)xmlGetProp(node, BAD_CAST name);
}


/* Reports the missing-attribute error; returns -1. */
static int
virXMLPropMissing(xmlNodePtr node, const char *name)
{
    virReportError(VIR_ERR_XML_ERROR, _("Missing required attribute '%1$s' in element '%2$s'"),
                   name, (const char *)node->name);
    return -1;
}


char *
virXMLPropStringRequired(xmlNodePtr node, const char *name)
{
    char *ret = virXMLPropString(node, name);

    if (!ret)
        virXMLPropMissing(node, name);
    return ret;
}


char *
virXMLNodeContentString(xmlNodePtr node)
{
    xmlChar *content;

    if (node->type != XML_ELEMENT_NODE) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("node '%1$s' has unexpected type %2$d"),
                       (const char *)node->name, (int)node->type);
        return NULL;
    }
    if (!(content = xmlNodeGetContent(node)))
        return g_strdup("");
    return (char *)content;
}


/*
 * Fetches attribute @name into *@value. Returns 1 if present, 0 if absent
 * and not required, -1 (error reported) if absent and required.
 */
static int
virXMLPropFetch(xmlNodePtr node, const char *name, virXMLPropFlags flags, char **value)
{
    if ((*value = virXMLPropString(node, name)))
        return 1;
    if (flags & VIR_XML_PROP_REQUIRED)
        return virXMLPropMissing(node, name);
    return 0;
}


/* Reports "Invalid value ... 'val'. Expected @what"; returns -1. */
static int
virXMLPropInvalid(xmlNodePtr node, const char *name, const char *value, const char *what)
{
    virReportError(VIR_ERR_XML_ERROR,
                   _("Invalid value for attribute '%1$s' in element '%2$s': '%3$s'. Expected %4$s"),
                   name, (const char *)node->name, value, what);
    return -1;
}


static int
virXMLPropZero(xmlNodePtr node, const char *name)
{
    virReportError(VIR_ERR_XML_ERROR,
                   _("Invalid value for attribute '%1$s' in element '%2$s': Zero is not permitted"),
                   name, (const char *)node->name);
    return -1;
}


/*
 * Parses attribute @name as a signed integer in [@min, @max] into *@val.
 * Returns 1 if present and valid, 0 if absent (not required), -1 with an
 * error; @what names the expected type in the message.
 */
static int
virXMLPropSigned(xmlNodePtr node,
                 const char *name,
                 int base,
                 virXMLPropFlags flags,
                 long long min,
                 long long max,
                 const char *what,
                 long long *val)
{
    g_autofree char *tmp = NULL;
    int rc;

    if ((rc = virXMLPropFetch(node, name, flags, &tmp)) <= 0)
        return rc;
    if (virStrToLong_ll(tmp, NULL, base, val) < 0 || *val < min || *val > max)
        return virXMLPropInvalid(node, name, tmp, what);
    if ((flags & VIR_XML_PROP_NONNEGATIVE) && *val < 0)
        return virXMLPropInvalid(node, name, tmp, "non-negative value");
    if ((flags & VIR_XML_PROP_NONZERO) && *val == 0)
        return virXMLPropZero(node, name);
    return 1;
}


/* As virXMLPropSigned() for non-negative values up to @max ('-' refused). */
static int
virXMLPropUnsigned(xmlNodePtr node,
                   const char *name,
                   int base,
                   virXMLPropFlags flags,
                   unsigned long long max,
                   unsigned long long *val)
{
    g_autofree char *tmp = NULL;
    int rc;

    if ((rc = virXMLPropFetch(node, name, flags, &tmp)) <= 0)
        return rc;
    if (virStrToLong_ullp(tmp, NULL, base, val) < 0 || *val > max)
        return virXMLPropInvalid(node, name, tmp, "non-negative integer value");
    if ((flags & VIR_XML_PROP_NONZERO) && *val == 0)
        return virXMLPropZero(node, name);
    return 1;
}


int
virXMLPropLongLong(xmlNodePtr node,
                   const char *name,
                   int base,
                   virXMLPropFlags flags,
                   long long *result,
                   long long defaultResult)
{
    long long val;
    int rc = virXMLPropSigned(node, name, base, flags, G_MININT64, G_MAXINT64,
                              "long long integer value", &val);

    *result = rc == 1 ? val : defaultResult;
    return rc;
}


int
virXMLPropInt(xmlNodePtr node,
              const char *name,
              int base,
              virXMLPropFlags flags,
              int *result,
              int defaultResult)
{
    long long val;
    int rc = virXMLPropSigned(node, name, base, flags, G_MININT, G_MAXINT, "integer value", &val);

    *result = rc == 1 ? (int)val : defaultResult;
    return rc;
}


int
virXMLPropULongLong(
    xmlNodePtr node, const char *name, int base, virXMLPropFlags flags, unsigned long long *result)
{
    unsigned long long val;
    int rc = virXMLPropUnsigned(node, name, base, flags, G_MAXUINT64, &val);

    *result = rc == 1 ? val : 0;
    return rc;
}


int
virXMLPropUIntDefault(xmlNodePtr node,
                      const char *name,
                      int base,
                      virXMLPropFlags flags,
                      unsigned int *result,
                      unsigned int defaultResult)
{
    unsigned long long val;
    int rc = virXMLPropUnsigned(node, name, base, flags, G_MAXUINT, &val);

    *result = rc == 1 ? (unsigned int)val : defaultResult;
    return rc;
}


int
virXMLPropUInt(
    xmlNodePtr node, const char *name, int base, virXMLPropFlags flags, unsigned int *result)
{
    return virXMLPropUIntDefault(node, name, base, flags, result, 0);
}


int
virXMLPropEnumDefault(xmlNodePtr node,
                      const char *name,
                      int (*strToInt)(const char *),
                      virXMLPropFlags flags,
                      unsigned int *result,
                      unsigned int defaultResult)
{
    g_autofree char *tmp = NULL;
    int val;
    int rc;

    *result = defaultResult;
    if ((rc = virXMLPropFetch(node, name, flags, &tmp)) <= 0)
        return rc;

    val = strToInt(tmp);
    if (val < 0 || ((flags & VIR_XML_PROP_NONZERO) && val == 0)) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid value for attribute '%1$s' in element '%2$s': '%3$s'."), name,
                       (const char *)node->name, tmp);
        return -1;
    }

    *result = (unsigned int)val;
    return 1;
}


int
virXMLPropEnum(xmlNodePtr node,
               const char *name,
               int (*strToInt)(const char *),
               virXMLPropFlags flags,
               unsigned int *result)
{
    return virXMLPropEnumDefault(node, name, strToInt, flags, result, 0);
}


/* The tri-state enums' compatible type is unsigned int: write them directly. */
G_STATIC_ASSERT(sizeof(virTristateBool) == sizeof(unsigned int));
G_STATIC_ASSERT(sizeof(virTristateSwitch) == sizeof(unsigned int));


int
virXMLPropTristateBool(xmlNodePtr node,
                       const char *name,
                       virXMLPropFlags flags,
                       virTristateBool *result)
{
    return virXMLPropEnumDefault(node, name, virTristateBoolTypeFromString,
                                 flags | VIR_XML_PROP_NONZERO, (unsigned int *)result,
                                 VIR_TRISTATE_BOOL_ABSENT);
}


int
virXMLPropTristateBoolAllowDefault(xmlNodePtr node,
                                   const char *name,
                                   virXMLPropFlags flags,
                                   virTristateBool *result)
{
    return virXMLPropEnumDefault(node, name, virTristateBoolTypeFromString, flags,
                                 (unsigned int *)result, VIR_TRISTATE_BOOL_ABSENT);
}


int
virXMLPropTristateSwitch(xmlNodePtr node,
                         const char *name,
                         virXMLPropFlags flags,
                         virTristateSwitch *result)
{
    return virXMLPropEnumDefault(node, name, virTristateSwitchTypeFromString,
                                 flags | VIR_XML_PROP_NONZERO, (unsigned int *)result,
                                 VIR_TRISTATE_SWITCH_ABSENT);
}


int
virXMLPropUUID(xmlNodePtr node, const char *name, virXMLPropFlags flags, unsigned char *result)
{
    g_autofree char *tmp = NULL;
    unsigned char uuid[VIR_UUID_BUFLEN];
    int rc;

    if ((rc = virXMLPropFetch(node, name, flags, &tmp)) <= 0)
        return rc;
    if (virUUIDParse(tmp, uuid) < 0)
        return virXMLPropInvalid(node, name, tmp, "UUID");

    memcpy(result, uuid, VIR_UUID_BUFLEN);
    return 1;
}


/*
 * Serialises @node with libxml2's formatter at @level (2 spaces each).
 * Returns a new string, or NULL with an error.
 */
static char *
virXMLDumpNode(xmlDocPtr doc, xmlNodePtr node, int level)
{
    g_autoptr(xmlBuffer) xmlbuf = NULL;
    int oldIndent = xmlIndentTreeOutput;
    int rc;

    if (!(xmlbuf = xmlBufferCreate()))
        g_error("failed to allocate an XML buffer");

    /* xmlIndentTreeOutput is per thread in libxml2, so this is safe. */
    xmlIndentTreeOutput = 1;
    rc = xmlNodeDump(xmlbuf, doc, node, level, 1);
    xmlIndentTreeOutput = oldIndent;

    if (rc < 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("failed to convert the XML node tree"));
        return NULL;
    }
    return g_strdup((const char *)xmlBufferContent(xmlbuf));
}


char *
virXMLNodeToString(xmlDocPtr doc, xmlNodePtr node)
{
    return virXMLDumpNode(doc, node, 0);
}


int
virXMLFormatNodeIndented(virBuffer *buf, xmlNodePtr node)
{
    g_autofree char *text = NULL;
    const char *start;

    if (!node)
        return 0;

    if (!(text = virXMLDumpNode(node->doc, node, (int)(virBufferGetIndent(buf) / 2))))
        return -1;

    /* Some libxml2 versions indent the first line too; the buffer does that. */
    start = text;
    while (*start == ' ')
        start++;
    virBufferAsprintf(buf, "%s\n", start);
    return 0;
}


void
virXMLNodeSanitizeNamespaces(xmlNodePtr node)
{
    xmlNodePtr child;

    if (!node)
        return;

    child = node->children;
    while (child) {
        xmlNodePtr next = child->next;
        xmlNodePtr prev;
        bool drop = !child->ns || !child->ns->href;

        /* The children kept so far all have a namespace: keep the first of each. */
        for (prev = node->children; !drop && prev != child; prev = prev->next)
            drop = xmlStrEqual(prev->ns->href, child->ns->href);
        if (drop) {
            xmlUnlinkNode(child);
            xmlFreeNode(child);
        }
        child = next;
    }
}


xmlNodePtr
virXMLFindChildNodeByNs(xmlNodePtr root, const char *uri)
{
    xmlNodePtr n;

    if (!root)
        return NULL;
    for (n = root->children; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE && n->ns && xmlStrEqual(n->ns->href, BAD_CAST uri))
            return n;
    }
    return NULL;
}


int
virXMLCheckIllegalChars(const char *nodeName, const char *str, const char *illegal)
{
    const char *c = strpbrk(str, illegal);

    if (c) {
        virReportError(VIR_ERR_XML_DETAIL, _("invalid char in %1$s: %2$c"), nodeName, *c);
        return -1;
    }
    return 0;
}
