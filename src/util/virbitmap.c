/*
 * virbitmap.c: fixed-size or growable bit sets, and libvirt's cpuset syntax
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <limits.h>
#include <stdint.h>
#include <string.h>

#include <glib.h>

#include "internal.h"
#include "virbitmap.h"
#include "virbuffer.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_NONE

/*
 * Invariant: every bit at or beyond @nbits in @map (the tail of the last
 * used unit and all units up to @map_alloc) is 0, so growing the bitmap
 * never exposes stale bits and whole units can be compared and counted.
 */
struct _virBitmap {
    size_t nbits;       /* size in bits */
    size_t map_len;     /* units in use: DIV_ROUND_UP(nbits, BITS_PER_UNIT) */
    size_t map_alloc;   /* units allocated, >= map_len */
    unsigned long *map; /* bit b is bit (b % BITS) of map[b / BITS]; owned */
};

#define VIR_BITMAP_BITS_PER_UNIT ((size_t)sizeof(unsigned long) * CHAR_BIT)
#define VIR_BITMAP_UNIT(b) ((b) / VIR_BITMAP_BITS_PER_UNIT)
#define VIR_BITMAP_BIT(b) (1UL << ((b) % VIR_BITMAP_BITS_PER_UNIT))
#define VIR_BITMAP_UNITS(nbits)                                                                    \
 (((nbits) + VIR_BITMAP_BITS_PER_UNIT - 1) / VIR_BITMAP_BITS_PER_UNIT)


virBitmap *
virBitmapNew(size_t size)
{
    virBitmap *bitmap = g_new0(virBitmap, 1);

    bitmap->nbits = size;
    bitmap->map_len = VIR_BITMAP_UNITS(size);
    bitmap->map_alloc = bitmap->map_len;
    bitmap->map = g_new0(unsigned long, bitmap->map_alloc);
    return bitmap;
}


void
virBitmapFree(virBitmap *bitmap)
{
    if (!bitmap)
        return;

    g_free(bitmap->map);
    g_free(bitmap);
}


virBitmap *
virBitmapNewCopy(const virBitmap *src)
{
    virBitmap *dst = virBitmapNew(src->nbits);

    memcpy(dst->map, src->map, src->map_len * sizeof(src->map[0]));
    return dst;
}


size_t
virBitmapSize(const virBitmap *bitmap)
{
    return bitmap->nbits;
}


/* Clears the unused bits of the last unit, restoring the invariant. */
static void
virBitmapClearTail(virBitmap *bitmap)
{
    size_t tail = bitmap->nbits % VIR_BITMAP_BITS_PER_UNIT;

    if (tail)
        bitmap->map[bitmap->map_len - 1] &= (1UL << tail) - 1;
}


/* Grows @bitmap so that it holds at least @nbits bits. */
static void
virBitmapExpand(virBitmap *bitmap, size_t nbits)
{
    size_t units = VIR_BITMAP_UNITS(nbits);
    size_t newalloc;

    if (nbits <= bitmap->nbits)
        return;

    if (units > bitmap->map_alloc) {
        /* doubling keeps repeated SetBitExpand calls linear overall */
        newalloc = MAX(units, bitmap->map_alloc * 2);
        bitmap->map = g_renew(unsigned long, bitmap->map, newalloc);
        memset(bitmap->map + bitmap->map_alloc, 0,
               (newalloc - bitmap->map_alloc) * sizeof(bitmap->map[0]));
        bitmap->map_alloc = newalloc;
    }
    bitmap->nbits = nbits;
    bitmap->map_len = units;
}


static int
virBitmapCheckRange(const virBitmap *bitmap, size_t b)
{
    if (b < bitmap->nbits)
        return 0;

    virReportError(VIR_ERR_INVALID_ARG, _("bit '%1$zu' is outside a bitmap of %2$zu bits"), b,
                   bitmap->nbits);
    return -1;
}


int
virBitmapSetBit(virBitmap *bitmap, size_t b)
{
    if (virBitmapCheckRange(bitmap, b) < 0)
        return -1;

    bitmap->map[VIR_BITMAP_UNIT(b)] |= VIR_BITMAP_BIT(b);
    return 0;
}


int
virBitmapClearBit(virBitmap *bitmap, size_t b)
{
    if (virBitmapCheckRange(bitmap, b) < 0)
        return -1;

    bitmap->map[VIR_BITMAP_UNIT(b)] &= ~VIR_BITMAP_BIT(b);
    return 0;
}


void
virBitmapSetBitExpand(virBitmap *bitmap, size_t b)
{
    g_assert(b < SIZE_MAX);
    virBitmapExpand(bitmap, b + 1);
    bitmap->map[VIR_BITMAP_UNIT(b)] |= VIR_BITMAP_BIT(b);
}


void
virBitmapClearBitExpand(virBitmap *bitmap, size_t b)
{
    g_assert(b < SIZE_MAX);
    virBitmapExpand(bitmap, b + 1);
    bitmap->map[VIR_BITMAP_UNIT(b)] &= ~VIR_BITMAP_BIT(b);
}


bool
virBitmapIsBitSet(const virBitmap *bitmap, size_t b)
{
    if (b >= bitmap->nbits)
        return false;

    return (bitmap->map[VIR_BITMAP_UNIT(b)] & VIR_BITMAP_BIT(b)) != 0;
}


int
virBitmapGetBit(const virBitmap *bitmap, size_t b, bool *result)
{
    if (virBitmapCheckRange(bitmap, b) < 0)
        return -1;

    *result = virBitmapIsBitSet(bitmap, b);
    return 0;
}


void
virBitmapSetAll(virBitmap *bitmap)
{
    memset(bitmap->map, 0xff, bitmap->map_len * sizeof(bitmap->map[0]));
    virBitmapClearTail(bitmap);
}


void
virBitmapClearAll(virBitmap *bitmap)
{
    memset(bitmap->map, 0, bitmap->map_len * sizeof(bitmap->map[0]));
}


bool
virBitmapIsAllSet(const virBitmap *bitmap)
{
    return virBitmapCountBits(bitmap) == bitmap->nbits;
}


bool
virBitmapIsAllClear(const virBitmap *bitmap)
{
    size_t i;

    for (i = 0; i < bitmap->map_len; i++) {
        if (bitmap->map[i])
            return false;
    }
    return true;
}


size_t
virBitmapCountBits(const virBitmap *bitmap)
{
    size_t count = 0;
    size_t i;

    for (i = 0; i < bitmap->map_len; i++)
        count += __builtin_popcountl(bitmap->map[i]);
    return count;
}


/* Shared search: @invert looks for clear bits instead of set ones. */
static ssize_t
virBitmapNextBit(const virBitmap *bitmap, ssize_t pos, bool invert)
{
    size_t start;
    size_t unit;
    unsigned long bits;
    size_t found;

    if (!bitmap)
        return -1;

    start = pos < 0 ? 0 : (size_t)pos + 1;
    if (start >= bitmap->nbits)
        return -1;

    unit = VIR_BITMAP_UNIT(start);
    bits = invert ? ~bitmap->map[unit] : bitmap->map[unit];
    bits &= ~(VIR_BITMAP_BIT(start) - 1);
    while (bits == 0 && ++unit < bitmap->map_len)
        bits = invert ? ~bitmap->map[unit] : bitmap->map[unit];

    if (bits == 0)
        return -1;

    found = unit * VIR_BITMAP_BITS_PER_UNIT + __builtin_ctzl(bits);
    /* an inverted tail of the last unit shows "clear" bits beyond nbits */
    if (found >= bitmap->nbits)
        return -1;
    return found;
}


ssize_t
virBitmapNextSetBit(const virBitmap *bitmap, ssize_t pos)
{
    return virBitmapNextBit(bitmap, pos, false);
}


ssize_t
virBitmapNextClearBit(const virBitmap *bitmap, ssize_t pos)
{
    return virBitmapNextBit(bitmap, pos, true);
}


ssize_t
virBitmapLastSetBit(const virBitmap *bitmap)
{
    size_t unit;

    if (!bitmap)
        return -1;

    for (unit = bitmap->map_len; unit > 0; unit--) {
        unsigned long bits = bitmap->map[unit - 1];

        if (bits) {
            return (unit - 1) * VIR_BITMAP_BITS_PER_UNIT +
                   (VIR_BITMAP_BITS_PER_UNIT - 1 - __builtin_clzl(bits));
        }
    }
    return -1;
}


bool
virBitmapEqual(const virBitmap *b1, const virBitmap *b2)
{
    const virBitmap *tmp;
    size_t i;

    if (!b1 || !b2)
        return b1 == b2;

    if (b1->map_len > b2->map_len) {
        tmp = b1;
        b1 = b2;
        b2 = tmp;
    }

    for (i = 0; i < b1->map_len; i++) {
        if (b1->map[i] != b2->map[i])
            return false;
    }
    for (; i < b2->map_len; i++) {
        if (b2->map[i])
            return false;
    }
    return true;
}


bool
virBitmapOverlaps(const virBitmap *b1, const virBitmap *b2)
{
    size_t n = MIN(b1->map_len, b2->map_len);
    size_t i;

    for (i = 0; i < n; i++) {
        if (b1->map[i] & b2->map[i])
            return true;
    }
    return false;
}


void
virBitmapIntersect(virBitmap *a, const virBitmap *b)
{
    size_t i;

    for (i = 0; i < a->map_len; i++)
        a->map[i] &= i < b->map_len ? b->map[i] : 0;
}


void
virBitmapUnion(virBitmap *a, const virBitmap *b)
{
    size_t i;

    virBitmapExpand(a, b->nbits);
    for (i = 0; i < b->map_len; i++)
        a->map[i] |= b->map[i];
}


void
virBitmapSubtract(virBitmap *a, const virBitmap *b)
{
    size_t n = MIN(a->map_len, b->map_len);
    size_t i;

    for (i = 0; i < n; i++)
        a->map[i] &= ~b->map[i];
}


void
virBitmapShrink(virBitmap *bitmap, size_t size)
{
    size_t units = VIR_BITMAP_UNITS(size);

    if (!bitmap || size >= bitmap->nbits)
        return;

    memset(bitmap->map + units, 0, (bitmap->map_len - units) * sizeof(bitmap->map[0]));
    bitmap->nbits = size;
    bitmap->map_len = units;
    virBitmapClearTail(bitmap);
}


static void
virBitmapSkipSpaces(const char **cur)
{
    while (g_ascii_isspace(**cur))
        (*cur)++;
}


/* Reads a decimal number of at most INT_MAX (libvirt's limit) at *@cur. */
static int
virBitmapParseNumber(const char **cur, size_t *val)
{
    size_t n = 0;

    if (!g_ascii_isdigit(**cur))
        return -1;

    while (g_ascii_isdigit(**cur)) {
        n = n * 10 + (**cur - '0');
        if (n > INT_MAX)
            return -1;
        (*cur)++;
    }
    *val = n;
    return 0;
}


/* Parses one item "N", "N-M" or "^N" and its separator; advances *@cur. */
static int
virBitmapParseItem(const char **cur, size_t *start, size_t *last, bool *neg)
{
    *neg = **cur == '^';
    if (*neg)
        (*cur)++;

    if (virBitmapParseNumber(cur, start) < 0)
        return -1;
    virBitmapSkipSpaces(cur);

    *last = *start;
    if (**cur == '-') {
        if (*neg)
            return -1;
        (*cur)++;
        virBitmapSkipSpaces(cur);
        if (virBitmapParseNumber(cur, last) < 0 || *last < *start)
            return -1;
        virBitmapSkipSpaces(cur);
    }

    if (**cur == ',') {
        (*cur)++;
        virBitmapSkipSpaces(cur);
    } else if (**cur != '\0') {
        return -1;
    }
    return 0;
}


/*
 * Applies @str to @bitmap. @limit is the highest bit allowed; when
 * @expand, the bitmap grows to fit.
 */
static int
virBitmapParseInternal(const char *str, virBitmap *bitmap, size_t limit, bool expand)
{
    const char *cur = str;
    size_t start;
    size_t last;
    size_t i;
    bool neg;

    if (!str)
        goto error;

    virBitmapSkipSpaces(&cur);
    if (!*cur)
        goto error;

    while (*cur) {
        if (virBitmapParseItem(&cur, &start, &last, &neg) < 0 || last > limit)
            goto error;

        if (expand)
            virBitmapExpand(bitmap, last + 1);
        for (i = start; i <= last; i++) {
            if (neg)
                bitmap->map[VIR_BITMAP_UNIT(i)] &= ~VIR_BITMAP_BIT(i);
            else
                bitmap->map[VIR_BITMAP_UNIT(i)] |= VIR_BITMAP_BIT(i);
        }
    }
    return 0;

error:
    virReportError(VIR_ERR_INVALID_ARG, _("Failed to parse bitmap '%1$s'"), NULLSTR(str));
    return -1;
}


int
virBitmapParse(const char *str, virBitmap **bitmap, size_t bitmapSize)
{
    g_autoptr(virBitmap) tmp = virBitmapNew(bitmapSize);

    /* a 0-bit bitmap admits no bit at all: make the limit check fail */
    if (bitmapSize == 0) {
        virReportError(VIR_ERR_INVALID_ARG, _("Failed to parse bitmap '%1$s'"), NULLSTR(str));
        return -1;
    }

    if (virBitmapParseInternal(str, tmp, bitmapSize - 1, false) < 0)
        return -1;

    *bitmap = g_steal_pointer(&tmp);
    return 0;
}


virBitmap *
virBitmapParseUnlimited(const char *str)
{
    g_autoptr(virBitmap) tmp = virBitmapNew(0);

    if (virBitmapParseInternal(str, tmp, VIR_BITMAP_PARSE_UNLIMITED_MAX, true) < 0)
        return NULL;

    return g_steal_pointer(&tmp);
}


char *
virBitmapFormat(const virBitmap *bitmap)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;
    ssize_t start;
    ssize_t end;

    start = virBitmapNextSetBit(bitmap, -1);
    if (start < 0)
        return g_strdup("");

    while (start >= 0) {
        end = start;
        while (virBitmapIsBitSet(bitmap, end + 1))
            end++;

        if (end == start)
            virBufferAsprintf(&buf, "%zd,", start);
        else
            virBufferAsprintf(&buf, "%zd-%zd,", start, end);

        start = virBitmapNextSetBit(bitmap, end);
    }

    virBufferTrim(&buf, ",");
    return virBufferContentAndReset(&buf);
}


virBitmap *
virBitmapNewData(const void *data, size_t len)
{
    const unsigned char *bytes = data;
    virBitmap *bitmap;
    size_t i;

    g_assert(len <= SIZE_MAX / CHAR_BIT);
    bitmap = virBitmapNew(len * CHAR_BIT);
    for (i = 0; i < len; i++) {
        bitmap->map[i / sizeof(unsigned long)] |= (unsigned long)bytes[i]
                                                  << ((i % sizeof(unsigned long)) * CHAR_BIT);
    }
    return bitmap;
}


void
virBitmapToDataBuf(const virBitmap *bitmap, unsigned char *bytes, size_t len)
{
    size_t have = bitmap->map_len * sizeof(unsigned long);
    size_t i;

    memset(bytes, 0, len);
    for (i = 0; i < MIN(len, have); i++) {
        bytes[i] =
            (bitmap->map[i / sizeof(unsigned long)] >> ((i % sizeof(unsigned long)) * CHAR_BIT)) &
            0xff;
    }
}


void
virBitmapToData(const virBitmap *bitmap, unsigned char **data, size_t *dataLen)
{
    ssize_t last = virBitmapLastSetBit(bitmap);
    size_t len = last < 0 ? 1 : (size_t)last / CHAR_BIT + 1;

    *data = g_new0(unsigned char, len);
    *dataLen = len;
    virBitmapToDataBuf(bitmap, *data, len);
}


char *
virBitmapToString(const virBitmap *bitmap)
{
    size_t ndigits = (bitmap->nbits + 3) / 4;
    char *str = g_new0(char, ndigits + 1);
    size_t i;
    size_t bit;
    unsigned int nibble;

    /* digit i (from the right) holds bits 4i .. 4i+3 */
    for (i = 0; i < ndigits; i++) {
        bit = i * 4;
        nibble = (bitmap->map[VIR_BITMAP_UNIT(bit)] >> (bit % VIR_BITMAP_BITS_PER_UNIT)) & 0xf;
        str[ndigits - 1 - i] = "0123456789abcdef"[nibble];
    }
    return str;
}


virBitmap *
virBitmapNewString(const char *string)
{
    size_t len = strlen(string);
    virBitmap *bitmap;
    size_t i;
    size_t bit;
    unsigned long nibble;

    if (strspn(string, "0123456789abcdefABCDEF") != len) {
        virReportError(VIR_ERR_INVALID_ARG, _("Invalid hexadecimal string '%1$s'"), string);
        return NULL;
    }

    bitmap = virBitmapNew(len * 4);
    for (i = 0; i < len; i++) {
        bit = i * 4;
        nibble = g_ascii_xdigit_value(string[len - 1 - i]);
        bitmap->map[VIR_BITMAP_UNIT(bit)] |= nibble << (bit % VIR_BITMAP_BITS_PER_UNIT);
    }
    return bitmap;
}
