/*
 * virxmltest.c: tests for the libxml2 wrapper
 *
 * Expected parse error messages were recorded from libvirt 9.0
 * (python3-libvirt, test:///default, defineXML).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "virerror.h"
#include "viruuid.h"
#include "virxml.h"

/* The parse errors below are reported in the caller's domain. */
#define VIR_FROM_THIS VIR_FROM_DOMAIN


/* Asserts the last error's code, domain (unless -1) and (unless NULL) full message. */
static void
testCheckError(int code, int domain, const char *message)
{
    virErrorPtr err = virGetLastError();

    g_assert_nonnull(err);
    g_assert_cmpint(err->code, ==, code);
    if (domain >= 0)
        g_assert_cmpint(err->domain, ==, domain);
    if (message)
        g_assert_cmpstr(err->message, ==, message);
    virResetLastError();
}


typedef struct {
    const char *name;
    const char *input;
    const char *message; /* VIR_ERR_XML_DETAIL in VIR_FROM_DOMAIN */
} testParseErrorCase;

static const testParseErrorCase parseErrorCases[] = {
    { "premature-end", "<domain>",
      "(domain_definition):1: Premature end of data in tag domain line 1\n<domain>\n--------^" },
    { "empty", "", "(domain_definition):1: Document is empty\n(null)\n^" },
    { "blank", "   \n  ", "(domain_definition):2: Start tag expected, '<' not found\n  \n--^" },
    { "premature-end-child", "<domain type='test'><name>x</name>",
      "(domain_definition):1: Premature end of data in tag domain line 1\n"
      "<domain type='test'><name>x</name>\n----------------------------------^" },
    { "tag-mismatch", "<domain type='test'>\n<name>x</name>\n<memory>1</memory>\n</domin>",
      "(domain_definition):4: Opening and ending tag mismatch: domain line 1 and domin\n"
      "</domin>\n--------^" },
    { "garbage", "garbage",
      "(domain_definition):1: Start tag expected, '<' not found\ngarbage\n^" },
    { "attr-redefined", "<domain a='1' a='2'/>",
      "(domain_definition):1: Attribute a redefined\n<domain a='1' a='2'/>\n-------------------^" },
    { "undefined-entity", "<domain>&foo;</domain>",
      "(domain_definition):1: Entity 'foo' not defined\n<domain>&foo;</domain>\n-------------^" },
    { "missing-gt", "<domain type='test'>\n  <name>x</name>\n  <memory>1</memory\n</domain>",
      "(domain_definition):4: expected '>'\n</domain>\n^" },
    { "tab-context", "<domain>\n\t<name>x</nam>\n</domain>",
      "(domain_definition):2: Opening and ending tag mismatch: name line 2 and nam\n"
      "\t<name>x</nam>\n\t-------------^" },
    { "crlf", "<domain>\r\n<name>\r\n</domain>",
      "(domain_definition):3: Opening and ending tag mismatch: name line 2 and domain\n"
      "</domain>\n---------^" },
    { "two-roots", "<domain/><domain/>",
      "(domain_definition):1: Extra content at the end of the document\n"
      "<domain/><domain/>\n---------^" },
    { "unquoted-attr", "<domain type=test/>",
      "(domain_definition):1: AttValue: \" or ' expected\n<domain type=test/>\n-------------^" },
    { "lt-in-attr", "<domain type='<'/>",
      "(domain_definition):1: Unescaped '<' not allowed in attributes values\n"
      "<domain type='<'/>\n--------------^" },
    { "bad-char-ref", "<domain>&#0;</domain>",
      "(domain_definition):1: xmlParseCharRef: invalid xmlChar value 0\n"
      "<domain>&#0;</domain>\n------------^" },
    { "xml-decl-late", "<domain/>\n<?xml version='1.0'?>",
      "(domain_definition):2: XML declaration allowed only at the start of the document\n"
      "<?xml version='1.0'?>\n-----^" },
};


static void
testParseError(const void *opaque)
{
    const testParseErrorCase *tc = opaque;
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autoptr(xmlDoc) doc = NULL;

    doc = virXMLParse(NULL, tc->input, "(domain_definition)", "domain", &ctxt, NULL, false);
    g_assert_null(doc);
    g_assert_null(ctxt);
    testCheckError(VIR_ERR_XML_DETAIL, VIR_FROM_DOMAIN, tc->message);
}


static void
testParseMisc(void)
{
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autoptr(xmlDoc) doc = NULL;
    xmlDocPtr bad;

    /* without a URL the message names the line only */
    g_assert_null(virXMLParseStringCtxt("<a>", NULL, NULL, NULL));
    testCheckError(VIR_ERR_XML_DETAIL, VIR_FROM_DOMAIN,
                   "at line 1: Premature end of data in tag a line 1\n<a>\n---^");

    /* the wrong root is an XML_ERROR of the XML domain (libvirt's text) */
    g_assert_null(virXMLParse(NULL, "<foo/>", "(domain_definition)", "domain", &ctxt, NULL, false));
    g_assert_null(ctxt);
    testCheckError(VIR_ERR_XML_ERROR, VIR_FROM_XML,
                   "XML error: expecting root element of 'domain', not 'foo'");

    /* invalid UTF-8 is not well-formed */
    g_assert_null(virXMLParseStringCtxt("<a>\xff\xfe</a>", "(x)", NULL, NULL));
    testCheckError(VIR_ERR_XML_DETAIL, VIR_FROM_DOMAIN, NULL);

    /* only the first fatal error is reported, and a later parse starts afresh */
    bad = virXMLParseStringCtxt("<a><b></c></a>", "(x)", NULL, NULL);
    g_assert_null(bad);
    testCheckError(VIR_ERR_XML_DETAIL, VIR_FROM_DOMAIN,
                   "(x):1: Opening and ending tag mismatch: b line 1 and c\n"
                   "<a><b></c></a>\n----------^");

    doc = virXMLParse(NULL, "<domain><name>x</name></domain>", "(d)", "domain", &ctxt, NULL, false);
    g_assert_nonnull(doc);
    g_assert_nonnull(ctxt);
    g_assert_true(ctxt->node == xmlDocGetRootElement(doc));
    g_assert_null(virGetLastError());
}


static void
testParseFile(void)
{
    g_autofree char *dir = g_dir_make_tmp("virxmltest-XXXXXX", NULL);
    g_autofree char *path = g_build_filename(dir, "doc.xml", NULL);
    g_autofree char *missing = g_build_filename(dir, "missing.xml", NULL);
    g_autofree char *expect = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autoptr(xmlDoc) doc = NULL;
    g_autofree char *name = NULL;

    g_assert_nonnull(dir);
    g_assert_true(g_file_set_contents(path, "<net>\n  <name>n1</name>\n</net>\n", -1, NULL));
    doc = virXMLParseFileCtxt(path, "net", &ctxt);
    g_assert_nonnull(doc);
    name = virXPathString("string(./name)", ctxt);
    g_assert_cmpstr(name, ==, "n1");

    g_assert_null(virXMLParseFileCtxt(missing, NULL, NULL));
    testCheckError(VIR_ERR_SYSTEM_ERROR, -1, NULL);

    /* errors in a file name the file */
    g_assert_true(g_file_set_contents(path, "<net>\n<name>\n", -1, NULL));
    g_assert_null(virXMLParseFileCtxt(path, NULL, NULL));
    expect = g_strdup_printf("%s:3: Premature end of data in tag name line 2\n(null)\n^", path);
    testCheckError(VIR_ERR_XML_DETAIL, VIR_FROM_DOMAIN, expect);

    g_assert_cmpint(unlink(path), ==, 0);
    g_assert_cmpint(rmdir(dir), ==, 0);
}


/* Builds @depth nested <a> elements around "x". */
static char *
testNested(size_t depth)
{
    GString *s = g_string_sized_new(depth * 7 + 2);
    size_t i;

    for (i = 0; i < depth; i++)
        g_string_append(s, "<a>");
    g_string_append_c(s, 'x');
    for (i = 0; i < depth; i++)
        g_string_append(s, "</a>");
    return g_string_free(s, FALSE);
}


static void
testParseLimits(void)
{
    g_autofree char *ok = testNested(200);
    g_autofree char *deep = testNested(300);
    g_autofree char *huge = NULL;
    g_autoptr(xmlDoc) doc = NULL;
    g_autofree char *big = NULL;
    virErrorPtr err;

    doc = virXMLParseStringCtxt(ok, "(x)", NULL, NULL);
    g_assert_nonnull(doc);

    /* nesting deeper than libxml2's 256 levels is an error, not a crash */
    g_assert_null(virXMLParseStringCtxt(deep, "(x)", NULL, NULL));
    err = virGetLastError();
    g_assert_nonnull(err);
    g_assert_cmpint(err->code, ==, VIR_ERR_XML_DETAIL);
    g_assert_nonnull(strstr(err->message, "Excessive depth in document: 256"));
    virResetLastError();

    /* a 50 MB deeply nested document is refused before parsing */
    huge = testNested(50 * 1000 * 1000 / 7);
    g_assert_null(virXMLParseStringCtxt(huge, "(x)", NULL, NULL));
    testCheckError(VIR_ERR_XML_ERROR, VIR_FROM_DOMAIN,
                   "XML error: document '(x)' is larger than the limit of 10485760 bytes");

    /* just over 10 MiB of otherwise fine XML is refused too; 10 MiB is fine */
    big = g_malloc(VIR_XML_MAX_INPUT + 2);
    memset(big, 'x', VIR_XML_MAX_INPUT + 1);
    memcpy(big, "<a>", 3);
    memcpy(big + VIR_XML_MAX_INPUT + 1 - 4, "</a>", 4);
    big[VIR_XML_MAX_INPUT + 1] = '\0';
    g_assert_null(virXMLParseStringCtxt(big, NULL, NULL, NULL));
    testCheckError(
        VIR_ERR_XML_ERROR, VIR_FROM_DOMAIN,
        "XML error: document '[inline data]' is larger than the limit of 10485760 bytes");
    memcpy(big + VIR_XML_MAX_INPUT - 4, "</a>", 5);
    g_clear_pointer(&doc, xmlFreeDoc);
    doc = virXMLParseStringCtxt(big, NULL, NULL, NULL);
    g_assert_nonnull(doc);
}


static void
testParseEntities(void)
{
    g_autofree char *dir = g_dir_make_tmp("virxmltest-XXXXXX", NULL);
    g_autofree char *secret = g_build_filename(dir, "secret", NULL);
    g_autofree char *xml = NULL;
    g_autofree char *value = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autoptr(xmlDoc) doc = NULL;
    GString *laughs = g_string_new("<!DOCTYPE r [<!ENTITY l0 'ha'>");
    g_autofree char *laughsXML = NULL;
    xmlDocPtr bomb;
    int i;

    /* an external entity is never loaded */
    g_assert_true(g_file_set_contents(secret, "TOPSECRET", -1, NULL));
    xml = g_strdup_printf("<!DOCTYPE r [<!ENTITY e SYSTEM 'file://%s'>]><r>a&e;b</r>", secret);
    doc = virXMLParseStringCtxt(xml, "(x)", "r", &ctxt);
    g_assert_nonnull(doc);
    value = virXPathString("string(/r)", ctxt);
    g_assert_cmpstr(value, ==, "ab");
    g_clear_pointer(&value, g_free);

    /* internal entities expand on reading, as in libvirt */
    g_clear_pointer(&ctxt, xmlXPathFreeContext);
    g_clear_pointer(&doc, xmlFreeDoc);
    doc = virXMLParseStringCtxt("<!DOCTYPE r [<!ENTITY n 'foo'>]><r>&n;</r>", "(x)", "r", &ctxt);
    g_assert_nonnull(doc);
    value = virXPathString("string(/r)", ctxt);
    g_assert_cmpstr(value, ==, "foo");

    /* "billion laughs": libxml2's amplification check stops it */
    for (i = 1; i <= 12; i++)
        g_string_append_printf(laughs,
                               "<!ENTITY l%d '&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;"
                               "&l%d;&l%d;&l%d;&l%d;'>",
                               i, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1,
                               i - 1);
    g_string_append(laughs, "]><r>&l12;</r>");
    laughsXML = g_string_free(laughs, FALSE);
    bomb = virXMLParseStringCtxt(laughsXML, "(x)", NULL, NULL);
    g_assert_null(bomb);
    testCheckError(VIR_ERR_XML_DETAIL, VIR_FROM_DOMAIN, NULL);

    g_assert_cmpint(unlink(secret), ==, 0);
    g_assert_cmpint(rmdir(dir), ==, 0);
}


static const char xpathDoc[] =
    "<r a='1'>"
    "  <s>hello</s><empty></empty>"
    "  <n>42</n><neg>-7</neg><big>18446744073709551615</big><hex>ff</hex>"
    "  <sp> 12</sp><trail>12 </trail><frac>1.5</frac><int64>9223372036854775808</int64>"
    "  <i>1</i><i>2</i><i>3</i>"
    "</r>";

typedef struct {
    const char *xpath;
    int rcInt; /* virXPathInt */
    int valInt;
    int rcUInt; /* virXPathUInt */
    int rcULL;  /* virXPathULongLong */
    unsigned long long valULL;
    int rcLL; /* virXPathLongLong */
} testXPathNumberCase;

static const testXPathNumberCase xpathNumberCases[] = {
    { "string(./n)", 0, 42, 0, 0, 42, 0 },
    { "./n", 0, 42, 0, 0, 42, 0 },
    { "string(./neg)", 0, -7, -2, -2, 0, 0 },
    { "string(./big)", -2, 0, -2, 0, 18446744073709551615ULL, -2 },
    { "string(./int64)", -2, 0, -2, 0, 9223372036854775808ULL, -2 },
    { "string(./hex)", -2, 0, -2, -2, 0, -2 },
    { "string(./sp)", 0, 12, 0, 0, 12, 0 },
    { "string(./trail)", -2, 0, -2, -2, 0, -2 },
    { "string(./frac)", -2, 0, -2, -2, 0, -2 },
    { "string(./missing)", -1, 0, -1, -1, 0, -1 },
    { "string(./empty)", -1, 0, -1, -1, 0, -1 },
    { "count(./i)", 0, 3, 0, 0, 3, 0 },
    { "count(./i) div 2", -2, 0, -2, -2, 0, -2 },
    { "0 - count(./i)", 0, -3, -2, -2, 0, 0 },
    { "string(./@a)", 0, 1, 0, 0, 1, 0 },
    { "this is not xpath(", -1, 0, -1, -1, 0, -1 },
};


static void
testXPathNumbers(void)
{
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autoptr(xmlDoc) doc = virXMLParseStringCtxt(xpathDoc, "(x)", "r", &ctxt);
    size_t i;

    g_assert_nonnull(doc);
    for (i = 0; i < G_N_ELEMENTS(xpathNumberCases); i++) {
        const testXPathNumberCase *tc = &xpathNumberCases[i];
        int vi = -999;
        unsigned int vu = 999;
        unsigned long long vull = 999;
        long long vll = -999;

        g_test_message("xpath %s", tc->xpath);
        g_assert_cmpint(virXPathInt(tc->xpath, ctxt, &vi), ==, tc->rcInt);
        g_assert_cmpint(vi, ==, tc->rcInt == 0 ? tc->valInt : -999);
        g_assert_cmpint(virXPathUInt(tc->xpath, ctxt, &vu), ==, tc->rcUInt);
        g_assert_cmpint(virXPathULongLong(tc->xpath, ctxt, &vull), ==, tc->rcULL);
        g_assert_cmpuint(vull, ==, tc->rcULL == 0 ? tc->valULL : 999);
        g_assert_cmpint(virXPathLongLong(tc->xpath, ctxt, &vll), ==, tc->rcLL);
        g_assert_true(ctxt->node == xmlDocGetRootElement(doc));
    }
    g_assert_cmpint(virXPathUIntBase("string(./hex)", ctxt, 16, &(unsigned int){ 0 }), ==, 0);
    g_assert_null(virGetLastError());
}


static void
testXPathOther(void)
{
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autoptr(xmlDoc) doc = virXMLParseStringCtxt(xpathDoc, "(x)", "r", &ctxt);
    g_autofree xmlNodePtr *list = NULL;
    g_autofree char *s1 = NULL;
    g_autofree char *s2 = NULL;
    xmlNodePtr root = xmlDocGetRootElement(doc);

    s1 = virXPathString("string(./s)", ctxt);
    g_assert_cmpstr(s1, ==, "hello");
    s2 = virXPathString("./i", ctxt);
    g_assert_cmpstr(s2, ==, "1");
    g_assert_null(virXPathString("string(./empty)", ctxt));
    g_assert_null(virXPathString("string(./nothere)", ctxt));
    g_assert_null(virXPathString("count(./i)", ctxt));

    g_assert_cmpint(virXPathBoolean("boolean(./s)", ctxt), ==, 1);
    g_assert_cmpint(virXPathBoolean("boolean(./nothere)", ctxt), ==, 0);
    g_assert_cmpint(virXPathBoolean("./s", ctxt), ==, -1);

    g_assert_cmpint(virXPathNodeSet("./i", ctxt, &list), ==, 3);
    g_assert_cmpstr((const char *)list[2]->children->content, ==, "3");
    g_assert_cmpint(virXPathNodeSet("./nothere", ctxt, NULL), ==, 0);
    g_assert_cmpint(virXPathNodeSet("count(./i)", ctxt, NULL), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, VIR_FROM_XML,
                   "internal error: Incorrect xpath 'count(./i)'");

    g_assert_true(virXPathNode("./n", ctxt) == virXMLNodeGetSubelement(root, "n"));
    g_assert_null(virXPathNode("./nothere", ctxt));
    g_assert_cmpuint(virXMLNodeGetSubelementList(root, "i", NULL), ==, 3);
    g_assert_cmpuint(virXMLNodeGetSubelementList(root, NULL, NULL), ==, 13);

    /* the autorestore macro puts ctxt->node back at the end of a scope */
    {
        VIR_XPATH_NODE_AUTORESTORE(ctxt)
        ctxt->node = virXPathNode("./s", ctxt);
        g_assert_true(ctxt->node != root);
    }
    g_assert_true(ctxt->node == root);
}


typedef struct {
    const char *attr;
    virXMLPropFlags flags;
    int rc;
    const char *message; /* VIR_ERR_XML_ERROR detail, or NULL */
} testPropCase;

static const char propDoc[] = "<e n='42' z='0' neg='-5' big='4294967296' hex='0x1f' junk='4x' "
                              "yes='yes' on='on' def='default' bad='maybe' "
                              "u='c7a5fdbd-edaf-9c42-ab1d-000102fe0ff0' ub='c7a5'/>";

static const testPropCase propUIntCases[] = {
    { "n", VIR_XML_PROP_NONE, 1, NULL },
    { "missing", VIR_XML_PROP_NONE, 0, NULL },
    { "missing", VIR_XML_PROP_REQUIRED, -1, "Missing required attribute 'missing' in element 'e'" },
    { "z", VIR_XML_PROP_NONZERO, -1,
      "Invalid value for attribute 'z' in element 'e': Zero is not permitted" },
    { "neg", VIR_XML_PROP_NONE, -1,
      "Invalid value for attribute 'neg' in element 'e': '-5'. Expected non-negative integer value" },
    { "big", VIR_XML_PROP_NONE, -1,
      "Invalid value for attribute 'big' in element 'e': '4294967296'. Expected non-negative integer value" },
    { "junk", VIR_XML_PROP_NONE, -1,
      "Invalid value for attribute 'junk' in element 'e': '4x'. Expected non-negative integer value" },
    { "hex", VIR_XML_PROP_NONE, 1, NULL },
};

static const testPropCase propIntCases[] = {
    { "neg", VIR_XML_PROP_NONE, 1, NULL },
    { "neg", VIR_XML_PROP_NONNEGATIVE, -1,
      "Invalid value for attribute 'neg' in element 'e': '-5'. Expected non-negative value" },
    { "big", VIR_XML_PROP_NONE, -1,
      "Invalid value for attribute 'big' in element 'e': '4294967296'. Expected integer value" },
    { "z", VIR_XML_PROP_NONZERO, -1,
      "Invalid value for attribute 'z' in element 'e': Zero is not permitted" },
};

static const testPropCase propEnumCases[] = {
    { "yes", VIR_XML_PROP_NONE, 1, NULL },
    { "def", VIR_XML_PROP_NONE, -1,
      "Invalid value for attribute 'def' in element 'e': 'default'." },
    { "bad", VIR_XML_PROP_NONE, -1, "Invalid value for attribute 'bad' in element 'e': 'maybe'." },
    { "on", VIR_XML_PROP_NONE, -1, "Invalid value for attribute 'on' in element 'e': 'on'." },
    { "missing", VIR_XML_PROP_NONE, 0, NULL },
    { "missing", VIR_XML_PROP_REQUIRED, -1, "Missing required attribute 'missing' in element 'e'" },
};


static void
testPropCheck(const testPropCase *tc, int rc)
{
    g_test_message("attribute %s flags %d", tc->attr, tc->flags);
    g_assert_cmpint(rc, ==, tc->rc);
    if (tc->message) {
        g_autofree char *full = g_strdup_printf("XML error: %s", tc->message);

        testCheckError(VIR_ERR_XML_ERROR, VIR_FROM_XML, full);
    } else
        g_assert_null(virGetLastError());
}


static void
testProps(void)
{
    g_autoptr(xmlDoc) doc = virXMLParseStringCtxt(propDoc, "(x)", NULL, NULL);
    xmlNodePtr e = xmlDocGetRootElement(doc);
    unsigned char uuid[VIR_UUID_BUFLEN] = { 0 };
    virTristateBool tb = VIR_TRISTATE_BOOL_NO;
    virTristateSwitch ts = VIR_TRISTATE_SWITCH_OFF;
    unsigned int u = 7;
    int i = 7;
    size_t k;

    for (k = 0; k < G_N_ELEMENTS(propUIntCases); k++)
        testPropCheck(&propUIntCases[k],
                      virXMLPropUInt(e, propUIntCases[k].attr, 0, propUIntCases[k].flags, &u));
    g_assert_cmpuint(u, ==, 0x1f);
    for (k = 0; k < G_N_ELEMENTS(propIntCases); k++)
        testPropCheck(&propIntCases[k],
                      virXMLPropInt(e, propIntCases[k].attr, 10, propIntCases[k].flags, &i, 3));
    g_assert_cmpint(i, ==, 3);
    for (k = 0; k < G_N_ELEMENTS(propEnumCases); k++)
        testPropCheck(&propEnumCases[k], virXMLPropTristateBool(e, propEnumCases[k].attr,
                                                                propEnumCases[k].flags, &tb));
    g_assert_cmpint(tb, ==, VIR_TRISTATE_BOOL_ABSENT);

    g_assert_cmpint(virXMLPropTristateBool(e, "yes", VIR_XML_PROP_NONE, &tb), ==, 1);
    g_assert_cmpint(tb, ==, VIR_TRISTATE_BOOL_YES);
    g_assert_cmpint(virXMLPropTristateBoolAllowDefault(e, "def", VIR_XML_PROP_NONE, &tb), ==, 1);
    g_assert_cmpint(tb, ==, VIR_TRISTATE_BOOL_ABSENT);
    g_assert_cmpint(virXMLPropTristateSwitch(e, "on", VIR_XML_PROP_NONE, &ts), ==, 1);
    g_assert_cmpint(ts, ==, VIR_TRISTATE_SWITCH_ON);
    g_assert_cmpint(virXMLPropUIntDefault(e, "missing", 10, VIR_XML_PROP_NONE, &u, 9), ==, 0);
    g_assert_cmpuint(u, ==, 9);

    g_assert_cmpint(virXMLPropUUID(e, "u", VIR_XML_PROP_NONE, uuid), ==, 1);
    g_assert_cmpint(uuid[0], ==, 0xc7);
    g_assert_cmpint(virXMLPropUUID(e, "ub", VIR_XML_PROP_NONE, uuid), ==, -1);
    testCheckError(
        VIR_ERR_XML_ERROR, VIR_FROM_XML,
        "XML error: Invalid value for attribute 'ub' in element 'e': 'c7a5'. Expected UUID");
}


static void
testStrings(void)
{
    g_autoptr(xmlDoc) doc =
        virXMLParseStringCtxt("<e a='x&amp;y'>t<b>u</b></e>", "(x)", NULL, NULL);
    xmlNodePtr e = xmlDocGetRootElement(doc);
    g_autofree char *a = virXMLPropString(e, "a");
    g_autofree char *content = virXMLNodeContentString(e);
    g_autofree char *req = NULL;
    g_autofree char *str = virXMLNodeToString(doc, e);

    g_assert_cmpstr(a, ==, "x&y");
    g_assert_null(virXMLPropString(e, "b"));
    g_assert_null(virXMLPropStringRequired(e, "b"));
    testCheckError(VIR_ERR_XML_ERROR, VIR_FROM_XML,
                   "XML error: Missing required attribute 'b' in element 'e'");
    req = virXMLPropStringRequired(e, "a");
    g_assert_cmpstr(req, ==, "x&y");
    g_assert_cmpstr(content, ==, "tu");
    g_assert_null(virXMLNodeContentString(e->children));
    testCheckError(VIR_ERR_INTERNAL_ERROR, VIR_FROM_XML,
                   "internal error: node 'text' has unexpected type 3");
    g_assert_cmpstr(str, ==, "<e a=\"x&amp;y\">t<b>u</b></e>");

    g_assert_cmpint(virXMLCheckIllegalChars("name", "a/b", "\n"), ==, 0);
    g_assert_cmpint(virXMLCheckIllegalChars("name", "a\nb", "\n"), ==, -1);
    testCheckError(VIR_ERR_XML_DETAIL, VIR_FROM_XML, "invalid char in name: \n");
}


/* Reads a file of tests/virxmldata. */
static char *
testReadData(const char *name)
{
    g_autofree char *path = g_build_filename(g_getenv("abs_srcdir"), "virxmldata", name, NULL);
    char *content = NULL;

    g_assert_true(g_file_get_contents(path, &content, NULL, NULL));
    return content;
}


static void
testMetadata(const void *opaque)
{
    const char *name = opaque;
    g_autofree char *inName = g_strdup_printf("%s.xml", name);
    g_autofree char *outName = g_strdup_printf("%s-out.xml", name);
    g_autofree char *input = testReadData(inName);
    g_autofree char *expect = testReadData(outName);
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autoptr(xmlDoc) doc =
        virXMLParse(NULL, input, "(domain_definition)", "domain", &ctxt, NULL, false);
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;
    g_autoptr(xmlNode) copy = NULL;
    g_autofree char *got = NULL;

    g_assert_nonnull(doc);
    /* what the domain model does: keep a sanitised copy, format it later */
    copy = xmlCopyNode(virXPathNode("./metadata[1]", ctxt), 1);
    g_assert_nonnull(copy);
    virXMLNodeSanitizeNamespaces(copy);
    virBufferAdjustIndent(&buf, 2);
    g_assert_cmpint(virXMLFormatNodeIndented(&buf, copy), ==, 0);
    got = virBufferContentAndReset(&buf);
    g_assert_cmpstr(got, ==, expect);
}


static void
testNamespaces(void)
{
    g_autoptr(xmlDoc) doc = virXMLParseStringCtxt(
        "<m><a:x xmlns:a='http://a/'/><b:y xmlns:b='http://b/'/></m>", "(x)", NULL, NULL);
    xmlNodePtr m = xmlDocGetRootElement(doc);
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    g_assert_true(virXMLFindChildNodeByNs(m, "http://b/") == m->children->next);
    g_assert_null(virXMLFindChildNodeByNs(m, "http://c/"));
    g_assert_null(virXMLFindChildNodeByNs(NULL, "http://a/"));
    g_assert_cmpint(virXMLFormatNodeIndented(&buf, NULL), ==, 0);
    g_assert_cmpuint(virBufferUse(&buf), ==, 0);
}


static char *
testSchemaPath(const char *name)
{
    return g_build_filename(g_getenv("abs_srcdir"), "virxmldata", name, NULL);
}


static void
testSchema(void)
{
    g_autofree char *rng = testSchemaPath("test.rng");
    g_autofree char *badrng = testSchemaPath("bad.rng");
    g_autofree char *expect = NULL;
    g_autoptr(xmlDoc) good =
        virXMLParseStringCtxt("<box size='3'><label>a</label></box>", "(x)", NULL, NULL);
    g_autoptr(xmlDoc) bad = virXMLParseStringCtxt("<box size='x'/>", "(x)", NULL, NULL);
    size_t i;

    /* twice: the second time uses the cached compiled schema */
    for (i = 0; i < 2; i++) {
        g_assert_cmpint(virXMLValidateAgainstSchema(rng, good), ==, 0);
        g_assert_cmpint(virXMLValidateAgainstSchema(rng, bad), ==, -1);
        expect = g_strdup_printf("XML document failed to validate against schema: "
                                 "Unable to validate doc against %s\n"
                                 "Type unsignedInt doesn't allow value 'x'\n"
                                 "Element box failed to validate attributes\n",
                                 rng);
        testCheckError(VIR_ERR_XML_INVALID_SCHEMA, VIR_FROM_XML, expect);
        g_clear_pointer(&expect, g_free);
    }

    g_assert_cmpint(virXMLValidateAgainstSchema(badrng, good), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, VIR_FROM_XML, NULL);

    /* validation through the parser */
    g_assert_null(virXMLParse(NULL, "<box/>", "(x)", "box", NULL, rng, true));
    testCheckError(VIR_ERR_XML_INVALID_SCHEMA, VIR_FROM_XML, NULL);
    g_assert_cmpstr(virXMLSchemaDir(), !=, "");
}


/* The message libvirt 9.0 gives for the same document with domain.rng. */
static void
testSchemaLibvirt(void)
{
    g_autofree char *rng = g_build_filename(virXMLSchemaDir(), "domain.rng", NULL);
    g_autofree char *expect = NULL;
    const char *xml = "<domain type='test'><name>m</name><memory>1024</memory>"
                      "<os><type>hvm</type></os><bogus/></domain>";

    if (!g_file_test(rng, G_FILE_TEST_EXISTS)) {
        g_test_skip("libvirt's schemas are not installed");
        return;
    }
    g_assert_null(
        virXMLParse(NULL, xml, "(domain_definition)", "domain", NULL, "domain.rng", true));
    expect = g_strdup_printf("XML document failed to validate against schema: Unable to "
                             "validate doc against %s\nElement domain has extra content: "
                             "bogus\n",
                             rng);
    testCheckError(VIR_ERR_XML_INVALID_SCHEMA, VIR_FROM_XML, expect);
}


static gpointer
testSchemaThread(gpointer opaque)
{
    const char *rng = opaque;
    size_t i;

    for (i = 0; i < 50; i++) {
        g_autoptr(xmlDoc) doc = virXMLParseStringCtxt("<box size='3'/>", "(x)", NULL, NULL);
        g_autoptr(xmlDoc) bad = virXMLParseStringCtxt("<box/>", "(x)", NULL, NULL);

        if (!doc || virXMLValidateAgainstSchema(rng, doc) < 0 ||
            virXMLValidateAgainstSchema(rng, bad) == 0)
            return GINT_TO_POINTER(1);
        virResetLastError();
    }
    return NULL;
}


static void
testSchemaThreads(void)
{
    g_autofree char *rng = testSchemaPath("test.rng");
    GThread *threads[4];
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(threads); i++)
        threads[i] = g_thread_new("schema", testSchemaThread, rng);
    for (i = 0; i < G_N_ELEMENTS(threads); i++)
        g_assert_null(g_thread_join(threads[i]));
}


int
main(int argc, char **argv)
{
    static const char *metadataCases[] = { "metadata-basic", "metadata-nested", "metadata-empty" };
    size_t i;

    g_test_init(&argc, &argv, NULL);

    for (i = 0; i < G_N_ELEMENTS(parseErrorCases); i++) {
        g_autofree char *path =
            g_strdup_printf("/util/xml/parse/error/%s", parseErrorCases[i].name);

        g_test_add_data_func(path, &parseErrorCases[i], testParseError);
    }
    g_test_add_func("/util/xml/parse/misc", testParseMisc);
    g_test_add_func("/util/xml/parse/file", testParseFile);
    g_test_add_func("/util/xml/parse/limits", testParseLimits);
    g_test_add_func("/util/xml/parse/entities", testParseEntities);
    g_test_add_func("/util/xml/xpath/numbers", testXPathNumbers);
    g_test_add_func("/util/xml/xpath/other", testXPathOther);
    g_test_add_func("/util/xml/prop/typed", testProps);
    g_test_add_func("/util/xml/prop/strings", testStrings);
    for (i = 0; i < G_N_ELEMENTS(metadataCases); i++) {
        g_autofree char *path = g_strdup_printf("/util/xml/metadata/%s", metadataCases[i]);

        g_test_add_data_func(path, metadataCases[i], testMetadata);
    }
    g_test_add_func("/util/xml/namespaces", testNamespaces);
    g_test_add_func("/util/xml/schema/validate", testSchema);
    g_test_add_func("/util/xml/schema/threads", testSchemaThreads);
    g_test_add_func("/util/xml/schema/libvirt-domain", testSchemaLibvirt);

    return g_test_run();
}
