/*
 * virbuffer.c: a growable string with automatic indentation, for formatters
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <limits.h>
#include <string.h>

#include <glib.h>

#include "internal.h"
#include "virbuffer.h"


/* Creates the GString on first use, so an initialised buffer costs nothing. */
static void
virBufferEnsure(virBuffer *buf)
{
    if (!buf->str)
        buf->str = g_string_new(NULL);
}


static void
virBufferApplyIndent(virBuffer *buf)
{
    size_t n = virBufferGetEffectiveIndent(buf);

    virBufferEnsure(buf);
    while (n-- > 0)
        g_string_append_c(buf->str, ' ');
}


void
virBufferAdd(virBuffer *buf, const char *str, int len)
{
    if (!buf || !str)
        return;

    virBufferApplyIndent(buf);
    if (len < 0)
        g_string_append(buf->str, str);
    else
        g_string_append_len(buf->str, str, len);
}


void
virBufferAddChar(virBuffer *buf, char c)
{
    virBufferAdd(buf, &c, 1);
}


void
virBufferAddStr(virBuffer *buf, const char *str)
{
    const char *nl;

    if (!buf || !str)
        return;

    while (*str) {
        nl = strchr(str, '\n');
        if (!nl) {
            virBufferAdd(buf, str, -1);
            return;
        }
        virBufferAdd(buf, str, nl - str + 1);
        str = nl + 1;
    }
}


void
virBufferStrcat(virBuffer *buf, ...)
{
    va_list ap;
    const char *s;

    if (!buf)
        return;

    va_start(ap, buf);
    while ((s = va_arg(ap, const char *)) != NULL)
        virBufferAdd(buf, s, -1);
    va_end(ap);
}


void
virBufferAddBuffer(virBuffer *buf, virBuffer *toadd)
{
    if (!toadd)
        return;

    if (buf && toadd->str && toadd->str->len > 0) {
        virBufferEnsure(buf);
        g_string_append_len(buf->str, toadd->str->str, toadd->str->len);
    }
    virBufferFreeAndReset(toadd);
}


void
virBufferAsprintf(virBuffer *buf, const char *format, ...)
{
    va_list ap;

    va_start(ap, format);
    virBufferVasprintf(buf, format, ap);
    va_end(ap);
}


void
virBufferVasprintf(virBuffer *buf, const char *format, va_list ap)
{
    if (!buf || !format)
        return;

    virBufferApplyIndent(buf);
    g_string_append_vprintf(buf->str, format, ap);
}


/*
 * Returns the XML replacement of @c: an entity, "" for a character XML 1.0
 * cannot carry, or NULL when @c is copied as it is. libvirt drops only
 * 0x01-0x19 (minus tab, LF, CR); we also drop 0x1A-0x1F, which it copies
 * into documents no XML parser accepts.
 */
static const char *
virBufferXMLEntity(unsigned char c)
{
    switch (c) {
    case '<':
        return "&lt;";
    case '>':
        return "&gt;";
    case '&':
        return "&amp;";
    case '"':
        return "&quot;";
    case '\'':
        return "&apos;";
    case '\t':
    case '\n':
    case '\r':
        return NULL;
    default:
        return c < 0x20 ? "" : NULL;
    }
}


void
virBufferEscapeString(virBuffer *buf, const char *format, const char *str)
{
    g_autoptr(GString) escaped = NULL;
    const char *p;
    const char *ent;

    if (!buf || !format || !str)
        return;

    escaped = g_string_sized_new(strlen(str) + 1);
    for (p = str; *p; p++) {
        ent = virBufferXMLEntity((unsigned char)*p);
        if (ent)
            g_string_append(escaped, ent);
        else
            g_string_append_c(escaped, *p);
    }

    virBufferAsprintf(buf, format, escaped->str);
}


void
virBufferEscape(
    virBuffer *buf, char escape, const char *toescape, const char *format, const char *str)
{
    g_autoptr(GString) escaped = NULL;
    const char *p;

    if (!buf || !toescape || !format || !str)
        return;

    escaped = g_string_sized_new(strlen(str) + 1);
    for (p = str; *p; p++) {
        if (strchr(toescape, *p))
            g_string_append_c(escaped, escape);
        g_string_append_c(escaped, *p);
    }

    virBufferAsprintf(buf, format, escaped->str);
}


void
virBufferEscapeShell(virBuffer *buf, const char *str)
{
    g_autoptr(GString) quoted = NULL;
    const char *p;

    if (!buf || !str)
        return;

    if (!*str) {
        virBufferAddLit(buf, "''");
        return;
    }

    /* Same metacharacter set as libvirt, so quoting decisions match. */
    if (!strpbrk(str, "\r\t\n !\"#$&'()*;<>?[\\]^`{|}~")) {
        virBufferAdd(buf, str, -1);
        return;
    }

    quoted = g_string_new("'");
    for (p = str; *p; p++) {
        if (*p == '\'')
            g_string_append(quoted, "'\\''");
        else
            g_string_append_c(quoted, *p);
    }
    g_string_append_c(quoted, '\'');

    virBufferAdd(buf, quoted->str, quoted->len);
}


void
virBufferURIEncodeString(virBuffer *buf, const char *str)
{
    if (!buf || !str)
        return;

    virBufferApplyIndent(buf);
    g_string_append_uri_escaped(buf->str, str, NULL, FALSE);
}


void
virBufferAdjustIndent(virBuffer *buf, int indent)
{
    if (!buf)
        return;

    if (indent > 0 && buf->indent > INT_MAX - indent)
        buf->indent = INT_MAX;
    else if (indent < 0 && buf->indent < -(long long)indent)
        buf->indent = 0;
    else
        buf->indent += indent;
}


void
virBufferSetIndent(virBuffer *buf, int indent)
{
    if (!buf)
        return;

    buf->indent = MAX(indent, 0);
}


void
virBufferSetChildIndent(virBuffer *buf, const virBuffer *parentbuf)
{
    if (!buf || !parentbuf)
        return;

    buf->indent = parentbuf->indent;
    virBufferAdjustIndent(buf, 2);
}


size_t
virBufferGetIndent(const virBuffer *buf)
{
    if (!buf)
        return 0;

    return buf->indent;
}


size_t
virBufferGetEffectiveIndent(const virBuffer *buf)
{
    if (!buf)
        return 0;

    if (buf->str && buf->str->len > 0 && buf->str->str[buf->str->len - 1] != '\n')
        return 0;

    return buf->indent;
}


void
virBufferTrim(virBuffer *buf, const char *str)
{
    size_t len;

    if (!buf || !buf->str || !str)
        return;

    len = strlen(str);
    if (len > buf->str->len || memcmp(buf->str->str + buf->str->len - len, str, len) != 0) {
        return;
    }

    g_string_truncate(buf->str, buf->str->len - len);
}


void
virBufferTrimChars(virBuffer *buf, const char *trim)
{
    size_t len;

    if (!buf || !buf->str || !trim)
        return;

    len = buf->str->len;
    /* strchr() would also match the terminating NUL; a NUL in the
     * content is never trimmed. */
    while (len > 0 && buf->str->str[len - 1] != '\0' && strchr(trim, buf->str->str[len - 1])) {
        len--;
    }

    g_string_truncate(buf->str, len);
}


void
virBufferTrimLen(virBuffer *buf, int len)
{
    if (!buf || !buf->str || len < 0 || (size_t)len > buf->str->len)
        return;

    g_string_truncate(buf->str, buf->str->len - len);
}


size_t
virBufferUse(const virBuffer *buf)
{
    if (!buf || !buf->str)
        return 0;

    return buf->str->len;
}


const char *
virBufferCurrentContent(virBuffer *buf)
{
    if (!buf)
        return NULL;

    if (!buf->str)
        return "";

    return buf->str->str;
}


char *
virBufferContentAndReset(virBuffer *buf)
{
    char *content = NULL;

    if (!buf)
        return NULL;

    if (buf->str)
        content = g_string_free(buf->str, FALSE);

    buf->str = NULL;
    buf->indent = 0;
    return content;
}


void
virBufferFreeAndReset(virBuffer *buf)
{
    if (!buf)
        return;

    if (buf->str)
        g_string_free(buf->str, TRUE);

    buf->str = NULL;
    buf->indent = 0;
}


void
virXMLFormatElementInternal(virBuffer *buf,
                            const char *name,
                            virBuffer *attrBuf,
                            virBuffer *childBuf,
                            bool allowEmpty,
                            bool childNewline)
{
    bool hasAttrs = virBufferUse(attrBuf) > 0;
    bool hasChildren = virBufferUse(childBuf) > 0;

    if (!buf || !name || (!allowEmpty && !hasAttrs && !hasChildren)) {
        virBufferFreeAndReset(attrBuf);
        virBufferFreeAndReset(childBuf);
        return;
    }

    virBufferAsprintf(buf, "<%s", name);
    virBufferAddBuffer(buf, attrBuf);

    if (hasChildren) {
        virBufferAddChar(buf, '>');
        if (childNewline)
            virBufferAddChar(buf, '\n');
        virBufferAddBuffer(buf, childBuf);
        virBufferAsprintf(buf, "</%s>\n", name);
    } else {
        virBufferAddLit(buf, "/>\n");
    }

    virBufferFreeAndReset(childBuf);
}


void
virXMLFormatElement(virBuffer *buf, const char *name, virBuffer *attrBuf, virBuffer *childBuf)
{
    virXMLFormatElementInternal(buf, name, attrBuf, childBuf, false, true);
}


void
virXMLFormatElementEmpty(virBuffer *buf, const char *name, virBuffer *attrBuf, virBuffer *childBuf)
{
    virXMLFormatElementInternal(buf, name, attrBuf, childBuf, true, true);
}
