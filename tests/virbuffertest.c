/*
 * virbuffertest.c: tests for the string buffer module
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <limits.h>

#include "internal.h"
#include "virbuffer.h"


/* Compares and prints both strings on mismatch (g_assert_cmpstr does). */
static void
testCheckContent(virBuffer *buf, const char *expect)
{
    g_autofree char *got = virBufferContentAndReset(buf);

    g_assert_cmpstr(got, ==, expect);
    g_assert_null(buf->str);
    g_assert_cmpint(buf->indent, ==, 0);
}


static void
testEmpty(void)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    g_assert_cmpuint(virBufferUse(&buf), ==, 0);
    g_assert_cmpstr(virBufferCurrentContent(&buf), ==, "");
    g_assert_null(virBufferContentAndReset(&buf));

    /* NULL string appends nothing and allocates nothing */
    virBufferAdd(&buf, NULL, -1);
    virBufferEscapeString(&buf, "<a>%s</a>", NULL);
    virBufferEscapeShell(&buf, NULL);
    virBufferURIEncodeString(&buf, NULL);
    virBufferAddStr(&buf, NULL);
    g_assert_null(buf.str);

    /* appended then trimmed to nothing gives "" rather than NULL */
    virBufferAddLit(&buf, "x");
    virBufferTrim(&buf, "x");
    g_assert_cmpuint(virBufferUse(&buf), ==, 0);
    g_assert_cmpstr(virBufferCurrentContent(&buf), ==, "");
    testCheckContent(&buf, "");

    /* NULL buffers are accepted everywhere */
    virBufferAdd(NULL, "x", -1);
    virBufferAddChar(NULL, 'x');
    virBufferAsprintf(NULL, "%d", 1);
    virBufferAdjustIndent(NULL, 2);
    virBufferTrim(NULL, "x");
    virBufferFreeAndReset(NULL);
    g_assert_null(virBufferContentAndReset(NULL));
    g_assert_null(virBufferCurrentContent(NULL));
    g_assert_cmpuint(virBufferUse(NULL), ==, 0);
    g_assert_cmpuint(virBufferGetIndent(NULL), ==, 0);
}


static void
testBasicAdd(void)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    virBufferAdd(&buf, "hello", -1);
    virBufferAdd(&buf, " world!!", 6);
    virBufferAddChar(&buf, '!');
    virBufferAsprintf(&buf, " %d-%s", 42, "x");
    virBufferStrcat(&buf, "a", "", "b", NULL);
    g_assert_cmpuint(virBufferUse(&buf), ==, strlen("hello world! 42-xab"));
    g_assert_cmpstr(virBufferCurrentContent(&buf), ==, "hello world! 42-xab");
    testCheckContent(&buf, "hello world! 42-xab");
}


typedef enum {
    INDENT_ADD,
    INDENT_CHAR,
    INDENT_LIT,
    INDENT_STR,
    INDENT_PRINTF,
    INDENT_ESCAPE,
    INDENT_SHELL,
    INDENT_URI,
    INDENT_STRCAT,
    INDENT_TWICE,
    INDENT_NESTED,
} testIndentOp;


static void
testIndentNested(virBuffer *buf)
{
    virBufferAddLit(buf, "<a>\n");
    virBufferAdjustIndent(buf, 2);
    virBufferAddLit(buf, "<b>\n");
    virBufferAdjustIndent(buf, 2);
    virBufferAddLit(buf, "<c/>\n");
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</b>\n");
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</a>\n");
}


static void
testIndentRun(virBuffer *buf, testIndentOp op)
{
    switch (op) {
    case INDENT_ADD:
        virBufferAdd(buf, "a\nb\n", -1);
        break;
    case INDENT_CHAR:
        virBufferAddChar(buf, '\n');
        break;
    case INDENT_LIT:
        virBufferAddLit(buf, "");
        break;
    case INDENT_STR:
        virBufferAddStr(buf, "a\nb\n\nc");
        break;
    case INDENT_PRINTF:
        virBufferAsprintf(buf, "%s\n", "p");
        break;
    case INDENT_ESCAPE:
        virBufferEscapeString(buf, "<%s>\n", "&");
        break;
    case INDENT_SHELL:
        virBufferEscapeShell(buf, "a b");
        break;
    case INDENT_URI:
        virBufferURIEncodeString(buf, "a b");
        break;
    case INDENT_STRCAT:
        virBufferStrcat(buf, "x\n", "y", NULL);
        break;
    case INDENT_TWICE:
        /* the second append continues the line: no indentation */
        virBufferAddLit(buf, "a");
        virBufferAddLit(buf, "b\n");
        break;
    case INDENT_NESTED:
        testIndentNested(buf);
        break;
    }
}

typedef struct {
    const char *name;
    int indent;
    testIndentOp op;
    const char *expect;
} testIndentCase;

static const testIndentCase indentCases[] = {
    /* only the first line of one virBufferAdd is indented */
    { "add", 3, INDENT_ADD, "   a\nb\n" },
    { "char", 2, INDENT_CHAR, "  \n" },
    { "lit-empty", 4, INDENT_LIT, "    " },
    /* virBufferAddStr indents every line, empty lines too */
    { "str", 2, INDENT_STR, "  a\n  b\n  \n  c" },
    { "printf", 1, INDENT_PRINTF, " p\n" },
    { "escape", 2, INDENT_ESCAPE, "  <&amp;>\n" },
    { "shell", 2, INDENT_SHELL, "  'a b'" },
    { "uri", 2, INDENT_URI, "  a%20b" },
    { "strcat", 2, INDENT_STRCAT, "  x\n  y" },
    { "twice", 2, INDENT_TWICE, "  ab\n" },
    { "zero", 0, INDENT_TWICE, "ab\n" },
    { "nested", 0, INDENT_NESTED, "<a>\n  <b>\n    <c/>\n  </b>\n</a>\n" },
};


static void
testIndent(const void *opaque)
{
    const testIndentCase *tc = opaque;
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    virBufferSetIndent(&buf, tc->indent);
    testIndentRun(&buf, tc->op);
    g_assert_cmpstr(virBufferCurrentContent(&buf), ==, tc->expect);
    testCheckContent(&buf, tc->expect);
}


static void
testIndentSettings(void)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;
    virBuffer child = VIR_BUFFER_INITIALIZER;

    g_assert_cmpuint(virBufferGetIndent(&buf), ==, 0);
    virBufferAdjustIndent(&buf, 3);
    virBufferAdjustIndent(&buf, 2);
    g_assert_cmpuint(virBufferGetIndent(&buf), ==, 5);
    g_assert_cmpuint(virBufferGetEffectiveIndent(&buf), ==, 5);

    virBufferAddLit(&buf, "x");
    g_assert_cmpuint(virBufferGetIndent(&buf), ==, 5);
    g_assert_cmpuint(virBufferGetEffectiveIndent(&buf), ==, 0);
    virBufferAddLit(&buf, "\n");
    g_assert_cmpuint(virBufferGetEffectiveIndent(&buf), ==, 5);

    /* clamping at both ends */
    virBufferAdjustIndent(&buf, -100);
    g_assert_cmpuint(virBufferGetIndent(&buf), ==, 0);
    virBufferAdjustIndent(&buf, INT_MIN);
    g_assert_cmpuint(virBufferGetIndent(&buf), ==, 0);
    virBufferSetIndent(&buf, INT_MAX - 1);
    virBufferAdjustIndent(&buf, 10);
    g_assert_cmpuint(virBufferGetIndent(&buf), ==, INT_MAX);
    virBufferSetIndent(&buf, -4);
    g_assert_cmpuint(virBufferGetIndent(&buf), ==, 0);

    virBufferSetIndent(&buf, 4);
    virBufferSetChildIndent(&child, &buf);
    g_assert_cmpuint(virBufferGetIndent(&child), ==, 6);
    {
        virBuffer child2 = VIR_BUFFER_INIT_CHILD(&buf);

        g_assert_cmpint(child2.indent, ==, 6);
        g_assert_null(child2.str);
    }

    /* content and reset also resets the indentation */
    virBufferAddLit(&buf, "y");
    testCheckContent(&buf, "     x\n    y");
    g_assert_cmpuint(virBufferGetIndent(&buf), ==, 0);
}


typedef struct {
    const char *name;
    const char *format;
    const char *input;
    const char *expect;
} testEscapeCase;

static const testEscapeCase escapeCases[] = {
    { "plain", "<a>%s</a>", "hello", "<a>hello</a>" },
    { "empty", "<a>%s</a>", "", "<a></a>" },
    { "entities", "%s", "<&>\"'", "&lt;&amp;&gt;&quot;&apos;" },
    { "attr", " name='%s'", "it's", " name='it&apos;s'" },
    { "already-escaped", "%s", "&amp;", "&amp;amp;" },
    /* tab, LF and CR are legal XML and kept */
    { "whitespace", "%s", "a\tb\nc\rd", "a\tb\nc\rd" },
    /* other C0 controls are dropped, including 0x1a-0x1f */
    { "controls", "%s",
      "a\x01"
      "b\x08"
      "c\x0b\x0c"
      "d\x19"
      "e\x1a\x1f"
      "f",
      "abcdef" },
    { "utf8", "%s", "h\xc3\xa9llo \xe2\x82\xac", "h\xc3\xa9llo \xe2\x82\xac" },
    { "del", "%s", "a\x7f", "a\x7f" },
    /* the format itself is not escaped */
    { "format-kept", "<x a='&'>%s</x>", "<", "<x a='&'>&lt;</x>" },
    { "percent", "%s", "100%", "100%" },
};


static void
testEscapeString(const void *opaque)
{
    const testEscapeCase *tc = opaque;
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    virBufferEscapeString(&buf, tc->format, tc->input);
    testCheckContent(&buf, tc->expect);
}


static const testEscapeCase shellCases[] = {
    { "plain", NULL, "abc", "abc" },
    { "path", NULL, "/usr/bin/a-b_c.d,e=f", "/usr/bin/a-b_c.d,e=f" },
    { "empty", NULL, "", "''" },
    { "space", NULL, "a b", "'a b'" },
    { "quote", NULL, "it's", "'it'\\''s'" },
    { "only-quote", NULL, "'", "''\\'''" },
    { "dollar", NULL, "$HOME", "'$HOME'" },
    { "backslash", NULL, "a\\b", "'a\\b'" },
    { "newline", NULL, "a\nb", "'a\nb'" },
    { "glob", NULL, "*.c", "'*.c'" },
};


static void
testEscapeShell(const void *opaque)
{
    const testEscapeCase *tc = opaque;
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    virBufferEscapeShell(&buf, tc->input);
    testCheckContent(&buf, tc->expect);
}


static const testEscapeCase uriCases[] = {
    { "plain", NULL, "abcXYZ019", "abcXYZ019" },
    { "unreserved", NULL, "-._~", "-._~" },
    { "empty", NULL, "", "" },
    { "reserved", NULL, "a b/c?d=e&f", "a%20b%2Fc%3Fd%3De%26f" },
    { "percent", NULL, "100%", "100%25" },
    { "utf8", NULL, "\xc3\xa9", "%C3%A9" },
};


static void
testURIEncode(const void *opaque)
{
    const testEscapeCase *tc = opaque;
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    virBufferURIEncodeString(&buf, tc->input);
    testCheckContent(&buf, tc->expect);
}


static void
testEscapeGeneric(void)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    virBufferEscape(&buf, '\\', "\\'", "'%s'", "a'b\\c");
    testCheckContent(&buf, "'a\\'b\\\\c'");

    virBufferEscape(&buf, '\\', ",", "%s", "no-commas");
    testCheckContent(&buf, "no-commas");

    virBufferEscape(&buf, ',', ",", "file=%s", "a,b,,c");
    testCheckContent(&buf, "file=a,,b,,,,c");
}


typedef enum {
    TRIM_STR,
    TRIM_CHARS,
    TRIM_LEN,
} testTrimMode;

typedef struct {
    const char *name;
    const char *content;
    testTrimMode mode;
    const char *arg;
    int len;
    const char *expect;
} testTrimCase;

static const testTrimCase trimCases[] = {
    { "str-match", "a,b,", TRIM_STR, ",", 0, "a,b" },
    { "str-nomatch", "a,b", TRIM_STR, ",", 0, "a,b" },
    { "str-once", "a,,", TRIM_STR, ",", 0, "a," },
    { "str-multi", "ab, ", TRIM_STR, ", ", 0, "ab" },
    { "str-longer", "ab", TRIM_STR, "xab", 0, "ab" },
    { "str-whole", "ab", TRIM_STR, "ab", 0, "" },
    { "str-empty", "ab", TRIM_STR, "", 0, "ab" },
    { "str-null", "ab", TRIM_STR, NULL, 0, "ab" },
    { "chars", "a, ,\n", TRIM_CHARS, ", \n", 0, "a" },
    { "chars-none", "abc", TRIM_CHARS, ",", 0, "abc" },
    /* trimming may empty the buffer, including its first byte */
    { "chars-all", ",,,", TRIM_CHARS, ",", 0, "" },
    { "chars-one", ",", TRIM_CHARS, ",", 0, "" },
    { "chars-null", "a,", TRIM_CHARS, NULL, 0, "a," },
    { "len", "abcdef", TRIM_LEN, NULL, 2, "abcd" },
    { "len-all", "ab", TRIM_LEN, NULL, 2, "" },
    { "len-too-long", "ab", TRIM_LEN, NULL, 3, "ab" },
    { "len-negative", "ab", TRIM_LEN, NULL, -1, "ab" },
    { "len-zero", "ab", TRIM_LEN, NULL, 0, "ab" },
};


static void
testTrim(const void *opaque)
{
    const testTrimCase *tc = opaque;
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    virBufferAdd(&buf, tc->content, -1);
    switch (tc->mode) {
    case TRIM_STR:
        virBufferTrim(&buf, tc->arg);
        break;
    case TRIM_CHARS:
        virBufferTrimChars(&buf, tc->arg);
        break;
    case TRIM_LEN:
        virBufferTrimLen(&buf, tc->len);
        break;
    }
    g_assert_cmpuint(virBufferUse(&buf), ==, strlen(tc->expect));
    testCheckContent(&buf, tc->expect);
}


static void
testTrimEmptyBuffer(void)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    virBufferTrim(&buf, "x");
    virBufferTrimChars(&buf, "x");
    virBufferTrimLen(&buf, 1);
    g_assert_null(buf.str);
}


static void
testAddBuffer(void)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) child = VIR_BUFFER_INITIALIZER;

    virBufferSetIndent(&buf, 4);
    virBufferSetIndent(&child, 2);
    virBufferAddLit(&child, "x\n");
    /* no indentation is applied by AddBuffer: the child keeps its own */
    virBufferAddBuffer(&buf, &child);
    g_assert_null(child.str);
    g_assert_cmpint(child.indent, ==, 0);
    g_assert_cmpstr(virBufferCurrentContent(&buf), ==, "  x\n");

    /* an empty child changes nothing and does not allocate */
    virBufferAddBuffer(&buf, &child);
    g_assert_cmpstr(virBufferCurrentContent(&buf), ==, "  x\n");

    /* a NULL target still consumes the child */
    virBufferAddLit(&child, "lost");
    virBufferAddBuffer(NULL, &child);
    g_assert_null(child.str);
    virBufferAddBuffer(&buf, NULL);

    /* AddBuffer into an empty target allocates it */
    virBufferFreeAndReset(&buf);
    virBufferAddLit(&child, "y");
    virBufferAddBuffer(&buf, &child);
    testCheckContent(&buf, "y");
}


typedef struct {
    const char *name;
    const char *attrs;    /* NULL: no attribute buffer */
    const char *children; /* NULL: no child buffer */
    bool allowEmpty;
    bool childNewline;
    const char *expect;
} testElementCase;

static const testElementCase elementCases[] = {
    { "nothing", NULL, NULL, false, true, "  <x>\n" },
    { "empty-bufs", "", "", false, true, "  <x>\n" },
    { "attrs", " a='1' b='2'", NULL, false, true, "  <x>\n  <e a='1' b='2'/>\n" },
    { "children", NULL, "<c/>\n", false, true, "  <x>\n  <e>\n    <c/>\n  </e>\n" },
    { "both", " a='1'", "<c/>\n<d/>\n", false, true,
      "  <x>\n  <e a='1'>\n    <c/>\n    <d/>\n  </e>\n" },
    { "empty-allowed", NULL, NULL, true, true, "  <x>\n  <e/>\n" },
    { "text", " a='1'", "val", false, false, "  <x>\n  <e a='1'>val</e>\n" },
};


static void
testFormatElement(const void *opaque)
{
    const testElementCase *tc = opaque;
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INITIALIZER;

    virBufferSetIndent(&buf, 2);
    virBufferAddLit(&buf, "<x>\n");
    if (tc->childNewline)
        virBufferSetChildIndent(&childBuf, &buf);
    virBufferAdd(&attrBuf, tc->attrs, -1);
    /* AddStr indents every line of the children at the child indentation */
    virBufferAddStr(&childBuf, tc->children);

    if (tc->allowEmpty)
        virXMLFormatElementEmpty(&buf, "e", &attrBuf, &childBuf);
    else
        virXMLFormatElementInternal(&buf, "e", &attrBuf, &childBuf, false, tc->childNewline);

    g_assert_null(attrBuf.str);
    g_assert_null(childBuf.str);
    g_assert_cmpstr(virBufferCurrentContent(&buf), ==, tc->expect);
}


static void
testFormatElementPlain(void)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(&buf);

    virXMLFormatElement(&buf, "e", &attrBuf, &childBuf);
    g_assert_null(virBufferContentAndReset(&buf));
    /* the consumed child buffer lost its indentation too */
    g_assert_cmpint(childBuf.indent, ==, 0);

    virBufferSetChildIndent(&childBuf, &buf);
    virBufferAsprintf(&attrBuf, " id='%d'", 3);
    virBufferAddLit(&childBuf, "<c/>\n");
    virXMLFormatElement(&buf, "e", &attrBuf, &childBuf);
    testCheckContent(&buf, "<e id='3'>\n  <c/>\n</e>\n");
}


static void
testAutoCleanup(void)
{
    /* run under valgrind/ASan this must not leak */
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;
    virBufferAddLit(&buf, "leak?");
    g_assert_cmpuint(virBufferUse(&buf), ==, 5);
}


static void
testLong(void)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;
    g_autofree char *big = g_strnfill(100000, 'z');
    g_autofree char *out = NULL;
    size_t i;

    for (i = 0; i < 1000; i++)
        virBufferAsprintf(&buf, "%zu,", i);
    virBufferTrim(&buf, ",");
    virBufferAdd(&buf, big, -1);
    out = virBufferContentAndReset(&buf);
    g_assert_true(g_str_has_prefix(out, "0,1,2,"));
    g_assert_nonnull(strstr(out, "998,999zzz"));
    g_assert_true(g_str_has_suffix(out, "zzz"));
    g_assert_cmpuint(strlen(out), ==, 3890 + 100000 - 1);
}


#define ADD_TABLE(prefix, cases, func)                                                             \
 do {                                                                                              \
  size_t i_;                                                                                       \
  for (i_ = 0; i_ < G_N_ELEMENTS(cases); i_++) {                                                   \
   g_autofree char *p_ = g_strdup_printf("%s/%s", prefix, cases[i_].name);                         \
   g_test_add_data_func(p_, &cases[i_], func);                                                     \
  }                                                                                                \
 } while (0)


int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);

    g_test_add_func("/util/buffer/empty", testEmpty);
    g_test_add_func("/util/buffer/add", testBasicAdd);
    ADD_TABLE("/util/buffer/indent", indentCases, testIndent);
    g_test_add_func("/util/buffer/indent-settings", testIndentSettings);
    ADD_TABLE("/util/buffer/escape-xml", escapeCases, testEscapeString);
    ADD_TABLE("/util/buffer/escape-shell", shellCases, testEscapeShell);
    ADD_TABLE("/util/buffer/uri-encode", uriCases, testURIEncode);
    g_test_add_func("/util/buffer/escape-generic", testEscapeGeneric);
    ADD_TABLE("/util/buffer/trim", trimCases, testTrim);
    g_test_add_func("/util/buffer/trim-empty", testTrimEmptyBuffer);
    g_test_add_func("/util/buffer/add-buffer", testAddBuffer);
    ADD_TABLE("/util/buffer/format-element", elementCases, testFormatElement);
    g_test_add_func("/util/buffer/format-element-plain", testFormatElementPlain);
    g_test_add_func("/util/buffer/auto-cleanup", testAutoCleanup);
    g_test_add_func("/util/buffer/long", testLong);

    return g_test_run();
}
