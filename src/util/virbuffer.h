/*
 * virbuffer.h: a growable string with automatic indentation, for formatters
 *
 * A virBuffer lives on the stack, starts as VIR_BUFFER_INITIALIZER and
 * allocates on the first append. Formatters append text and either take
 * the result with virBufferContentAndReset() or let g_auto(virBuffer)
 * free it:
 *
 *     g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;
 *     virBufferAddLit(&buf, "<domain>\n");
 *     virBufferAdjustIndent(&buf, 2);
 *     virBufferEscapeString(&buf, "<name>%s</name>\n", name);
 *     virBufferAdjustIndent(&buf, -2);
 *     virBufferAddLit(&buf, "</domain>\n");
 *     return virBufferContentAndReset(&buf);
 *
 * Automatic indentation: every appending call except virBufferAddBuffer()
 * first writes "indent" spaces when the buffer is empty or ends with a
 * newline. Newlines inside one appended string do not trigger indentation
 * (use virBufferAddStr() for text of several lines).
 *
 * Appending never fails (GLib aborts on out-of-memory). Every function
 * accepts a NULL @buf and then does nothing. A buffer is not thread safe.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include <glib.h>

typedef struct _virBuffer virBuffer;

/*
 * The body is public so that a buffer can live on the stack; use only the
 * functions below to touch it.
 */
struct _virBuffer {
    GString *str; /* content, NULL until the first append; owned */
    int indent;   /* spaces written at the start of each new line, >= 0 */
};

#define VIR_BUFFER_INITIALIZER                                                                     \
 {                                                                                                 \
  NULL, 0                                                                                          \
 }

/*
 * VIR_BUFFER_INIT_CHILD:
 * @parentbuf: pointer to the buffer the child will be added to
 *
 * Initializer of a buffer for child elements of an element written to
 * @parentbuf: empty, indented two spaces deeper than @parentbuf.
 */
#define VIR_BUFFER_INIT_CHILD(parentbuf)                                                           \
 {                                                                                                 \
  NULL, (parentbuf)->indent + 2                                                                    \
 }

/*
 * virBufferAdd:
 * @buf: the buffer
 * @str: the bytes to append; NULL appends nothing (not even indentation)
 * @len: number of bytes of @str to append, or -1 for strlen(@str)
 *
 * Appends @str after automatic indentation.
 */
void virBufferAdd(virBuffer *buf, const char *str, int len);

/*
 * virBufferAddLit:
 * @buf: the buffer
 * @lit: a string literal
 *
 * Appends a string literal without measuring it at run time.
 * virBufferAddLit(buf, "") only writes pending indentation.
 */
#define virBufferAddLit(buf, lit) virBufferAdd(buf, "" lit "", sizeof(lit) - 1)

/*
 * virBufferAddChar:
 * @buf: the buffer
 * @c: the character
 *
 * Appends one character after automatic indentation.
 */
void virBufferAddChar(virBuffer *buf, char c);

/*
 * virBufferAddStr:
 * @buf: the buffer
 * @str: text of one or more lines; NULL appends nothing
 *
 * Appends @str line by line, so that every line of it is indented (unlike
 * virBufferAdd, which indents only the first).
 */
void virBufferAddStr(virBuffer *buf, const char *str);

/*
 * virBufferStrcat:
 * @buf: the buffer
 * @...: strings to append, terminated by NULL
 *
 * Appends each string with virBufferAdd(buf, s, -1).
 */
void virBufferStrcat(virBuffer *buf, ...) G_GNUC_NULL_TERMINATED;

/*
 * virBufferAddBuffer:
 * @buf: the buffer to append to; may be NULL
 * @toadd: the buffer whose content is appended; may be NULL
 *
 * Appends the content of @toadd as it is: no indentation is applied,
 * since @toadd was normally built at the right indentation already (see
 * VIR_BUFFER_INIT_CHILD). @toadd is always emptied and reset, even when
 * @buf is NULL.
 */
void virBufferAddBuffer(virBuffer *buf, virBuffer *toadd);

/*
 * virBufferAsprintf:
 * @buf: the buffer
 * @format: printf format
 *
 * Appends formatted text after automatic indentation.
 */
void virBufferAsprintf(virBuffer *buf, const char *format, ...) G_GNUC_PRINTF(2, 3);

/*
 * virBufferVasprintf:
 *
 * Like virBufferAsprintf() with a va_list.
 */
void virBufferVasprintf(virBuffer *buf, const char *format, va_list ap) G_GNUC_PRINTF(2, 0);

/*
 * virBufferEscapeString:
 * @buf: the buffer
 * @format: printf format with exactly one %s (e.g. "<name>%s</name>\n")
 * @str: the value; NULL appends nothing at all (not even @format)
 *
 * Appends @format with @str escaped for XML text and attribute values:
 * & < > " ' become &amp; &lt; &gt; &quot; &apos;, and control characters
 * other than tab, newline and carriage return (which XML 1.0 forbids) are
 * dropped. Bytes >= 0x80 are copied unchanged (UTF-8 is assumed).
 */
void virBufferEscapeString(virBuffer *buf, const char *format, const char *str);

/*
 * virBufferEscape:
 * @buf: the buffer
 * @escape: the escape character to insert
 * @toescape: the characters that get @escape in front of them
 * @format: printf format with exactly one %s
 * @str: the value; NULL appends nothing
 *
 * Appends @format with every character of @str found in @toescape
 * preceded by @escape. The characters of @format are not escaped.
 */
void virBufferEscape(
    virBuffer *buf, char escape, const char *toescape, const char *format, const char *str);

/*
 * virBufferEscapeShell:
 * @buf: the buffer
 * @str: the word; NULL appends nothing
 *
 * Appends @str quoted so that /bin/sh reads it back as the one word @str:
 * as it is when it has no shell metacharacters, '' when empty, otherwise
 * in single quotes with each ' written as '\''.
 */
void virBufferEscapeShell(virBuffer *buf, const char *str);

/*
 * virBufferURIEncodeString:
 * @buf: the buffer
 * @str: the text; NULL appends nothing
 *
 * Appends @str percent-encoded: ASCII letters, digits and "-._~" are
 * kept, every other byte becomes %XX (upper-case hex, as RFC 3986
 * recommends).
 */
void virBufferURIEncodeString(virBuffer *buf, const char *str);

/*
 * virBufferAdjustIndent:
 * @buf: the buffer
 * @indent: change of the indentation, positive or negative
 *
 * Changes the automatic indentation. The result is clamped to 0..INT_MAX.
 */
void virBufferAdjustIndent(virBuffer *buf, int indent);

/*
 * virBufferSetIndent:
 * @buf: the buffer
 * @indent: new indentation; negative values are taken as 0
 */
void virBufferSetIndent(virBuffer *buf, int indent);

/*
 * virBufferSetChildIndent:
 * @buf: the buffer to set up
 * @parentbuf: the buffer @buf will later be added to
 *
 * Sets the indentation of @buf to that of @parentbuf plus two.
 */
void virBufferSetChildIndent(virBuffer *buf, const virBuffer *parentbuf);

/*
 * virBufferGetIndent:
 * @buf: the buffer
 *
 * Returns the indentation setting of @buf (0 for NULL).
 */
size_t virBufferGetIndent(const virBuffer *buf);

/*
 * virBufferGetEffectiveIndent:
 * @buf: the buffer
 *
 * Returns how many spaces the next append would write before its text:
 * the indentation when @buf is empty or ends with a newline, else 0.
 */
size_t virBufferGetEffectiveIndent(const virBuffer *buf);

/*
 * virBufferTrim:
 * @buf: the buffer
 * @str: the suffix to remove; NULL does nothing
 *
 * Removes @str from the end of @buf if the content ends with it exactly.
 */
void virBufferTrim(virBuffer *buf, const char *str);

/*
 * virBufferTrimChars:
 * @buf: the buffer
 * @trim: set of characters; NULL does nothing
 *
 * Removes the longest tail of @buf made only of characters in @trim
 * (possibly the whole content).
 */
void virBufferTrimChars(virBuffer *buf, const char *trim);

/*
 * virBufferTrimLen:
 * @buf: the buffer
 * @len: number of bytes to remove from the end
 *
 * Removes the last @len bytes; does nothing if @len is negative or
 * larger than the content.
 */
void virBufferTrimLen(virBuffer *buf, int len);

/*
 * virBufferUse:
 * @buf: the buffer
 *
 * Returns the length of the content in bytes (0 for NULL).
 */
size_t virBufferUse(const virBuffer *buf);

/*
 * virBufferCurrentContent:
 * @buf: the buffer
 *
 * Returns the content (borrowed: valid until the next change of @buf),
 * "" when the buffer is empty, NULL only when @buf is NULL.
 */
const char *virBufferCurrentContent(virBuffer *buf);

/*
 * virBufferContentAndReset:
 * @buf: the buffer
 *
 * Returns the content, which the caller owns and frees with g_free(), and
 * resets @buf to VIR_BUFFER_INITIALIZER (indentation included). Returns
 * NULL when nothing was ever appended, as libvirt does; a buffer that was
 * appended to and then trimmed to nothing returns "".
 */
char *virBufferContentAndReset(virBuffer *buf);

/*
 * virBufferFreeAndReset:
 * @buf: the buffer; may be NULL
 *
 * Frees the content and resets @buf to VIR_BUFFER_INITIALIZER.
 */
void virBufferFreeAndReset(virBuffer *buf);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(virBuffer, virBufferFreeAndReset);

/*
 * virXMLFormatElement:
 * @buf: the buffer the element is written to
 * @name: the element name
 * @attrBuf: attributes, each written as " name='value'"; may be NULL
 * @childBuf: the element content, built at @buf's indentation plus two
 *            (see VIR_BUFFER_INIT_CHILD); may be NULL
 *
 * Writes the element only if it has attributes or content:
 * "<name attrs/>\n" without content, otherwise "<name attrs>\n", the
 * content, then "</name>\n". Both @attrBuf and @childBuf are always
 * emptied and reset.
 *
 * (Declared here until an XML module takes it over.)
 */
void virXMLFormatElement(virBuffer *buf, const char *name, virBuffer *attrBuf, virBuffer *childBuf);

/*
 * virXMLFormatElementEmpty:
 *
 * Like virXMLFormatElement(), but writes "<name/>\n" when both buffers
 * are empty instead of nothing.
 */
void
virXMLFormatElementEmpty(virBuffer *buf, const char *name, virBuffer *attrBuf, virBuffer *childBuf);

/*
 * virXMLFormatElementInternal:
 * @allowEmpty: write "<name/>\n" even when both buffers are empty
 * @childNewline: put a newline after the opening tag; false is for
 *                elements with text content: "<name attrs>text</name>\n"
 *                (the text in @childBuf then has no indentation)
 *
 * The general form of virXMLFormatElement().
 */
void virXMLFormatElementInternal(virBuffer *buf,
                                 const char *name,
                                 virBuffer *attrBuf,
                                 virBuffer *childBuf,
                                 bool allowEmpty,
                                 bool childNewline);
