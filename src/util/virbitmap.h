/*
 * virbitmap.h: fixed-size or growable bit sets, and libvirt's cpuset syntax
 *
 * A bitmap has a size (number of bits, possibly 0); bits are numbered from
 * 0. The *Expand functions grow a bitmap to fit the bit they touch; every
 * other function treats bits at or beyond the size as out of range.
 *
 * The text form ("cpuset syntax") is a comma-separated list of items:
 * "N" sets bit N, "N-M" (N <= M) sets bits N to M, "^N" clears bit N,
 * applied left to right: "0-7,^3" is 0-2,4-7. Spaces may surround items,
 * commas and '-'; one trailing comma is tolerated, as in libvirt.
 *
 * A bitmap is not thread safe.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include <glib.h>

typedef struct _virBitmap virBitmap;

/*
 * The largest bit virBitmapParseUnlimited() accepts (2^24 - 1): the input
 * is untrusted, and a bitmap of that size already takes 2 MiB.
 */
#define VIR_BITMAP_PARSE_UNLIMITED_MAX ((1U << 24) - 1)

/*
 * virBitmapNew:
 * @size: number of bits, may be 0
 *
 * Returns a new bitmap with all bits clear; free with virBitmapFree().
 * Never fails.
 */
virBitmap *virBitmapNew(size_t size);

/*
 * virBitmapFree:
 * @bitmap: the bitmap, may be NULL
 */
void virBitmapFree(virBitmap *bitmap);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virBitmap, virBitmapFree);

/*
 * virBitmapNewCopy:
 * @src: the bitmap to copy
 *
 * Returns a new bitmap of the same size and bits as @src.
 */
virBitmap *virBitmapNewCopy(const virBitmap *src);

/*
 * virBitmapSize:
 *
 * Returns the number of bits @bitmap can hold.
 */
size_t virBitmapSize(const virBitmap *bitmap);

/*
 * virBitmapSetBit / virBitmapClearBit:
 * @bitmap: the bitmap
 * @b: the bit
 *
 * Sets or clears bit @b. Returns 0, or -1 with VIR_ERR_INVALID_ARG if @b
 * is out of range (the bitmap is then unchanged).
 */
int virBitmapSetBit(virBitmap *bitmap, size_t b);
int virBitmapClearBit(virBitmap *bitmap, size_t b);

/*
 * virBitmapSetBitExpand:
 * @bitmap: the bitmap
 * @b: the bit
 *
 * Sets bit @b, first growing @bitmap to @b + 1 bits if it is smaller.
 */
void virBitmapSetBitExpand(virBitmap *bitmap, size_t b);

/*
 * virBitmapClearBitExpand:
 *
 * Clears bit @b, first growing @bitmap to @b + 1 bits if it is smaller
 * (so that the size reflects every bit mentioned, as libvirt does).
 */
void virBitmapClearBitExpand(virBitmap *bitmap, size_t b);

/*
 * virBitmapIsBitSet:
 *
 * Returns whether bit @b is set; false when @b is out of range.
 */
bool virBitmapIsBitSet(const virBitmap *bitmap, size_t b);

/*
 * virBitmapGetBit:
 * @result: set to the bit's value on success
 *
 * Returns 0, or -1 with VIR_ERR_INVALID_ARG if @b is out of range.
 */
int virBitmapGetBit(const virBitmap *bitmap, size_t b, bool *result);

/*
 * virBitmapSetAll / virBitmapClearAll:
 *
 * Set or clear every bit within the size.
 */
void virBitmapSetAll(virBitmap *bitmap);
void virBitmapClearAll(virBitmap *bitmap);

/*
 * virBitmapIsAllSet / virBitmapIsAllClear:
 *
 * Return whether every bit within the size is set (true for size 0), or
 * whether none is.
 */
bool virBitmapIsAllSet(const virBitmap *bitmap);
bool virBitmapIsAllClear(const virBitmap *bitmap);

/*
 * virBitmapCountBits:
 *
 * Returns the number of set bits.
 */
size_t virBitmapCountBits(const virBitmap *bitmap);

/*
 * virBitmapNextSetBit / virBitmapNextClearBit:
 * @bitmap: the bitmap, may be NULL (nothing found)
 * @pos: search after this bit; -1 to search from bit 0
 *
 * Returns the first set (clear) bit after @pos, or -1 if there is none.
 * Iterate with: for (i = -1; (i = virBitmapNextSetBit(map, i)) >= 0;)
 */
ssize_t virBitmapNextSetBit(const virBitmap *bitmap, ssize_t pos);
ssize_t virBitmapNextClearBit(const virBitmap *bitmap, ssize_t pos);

/*
 * virBitmapLastSetBit:
 * @bitmap: the bitmap, may be NULL
 *
 * Returns the highest set bit, or -1 if none is set.
 */
ssize_t virBitmapLastSetBit(const virBitmap *bitmap);

/*
 * virBitmapEqual:
 *
 * Returns true if @b1 and @b2 have the same bits set, whatever their
 * sizes; two NULLs are equal, NULL and a bitmap are not.
 */
bool virBitmapEqual(const virBitmap *b1, const virBitmap *b2);

/*
 * virBitmapOverlaps:
 *
 * Returns true if some bit is set in both bitmaps.
 */
bool virBitmapOverlaps(const virBitmap *b1, const virBitmap *b2);

/*
 * virBitmapIntersect: @a = @a AND @b (bits beyond @b's size are cleared)
 * virBitmapUnion:     @a = @a OR @b (@a grows to @b's size if smaller)
 * virBitmapSubtract:  @a = @a AND NOT @b
 */
void virBitmapIntersect(virBitmap *a, const virBitmap *b);
void virBitmapUnion(virBitmap *a, const virBitmap *b);
void virBitmapSubtract(virBitmap *a, const virBitmap *b);

/*
 * virBitmapShrink:
 * @bitmap: the bitmap
 * @size: the new size
 *
 * Reduces the size to @size, dropping the bits beyond it; does nothing
 * if the bitmap is not larger than @size.
 */
void virBitmapShrink(virBitmap *bitmap, size_t size);

/*
 * virBitmapParse:
 * @str: text in cpuset syntax (see the top of this file)
 * @bitmap: set to a new bitmap of @bitmapSize bits on success
 * @bitmapSize: size of the new bitmap; bits at or beyond it are errors
 *
 * Returns 0, or -1 with VIR_ERR_INVALID_ARG "Failed to parse bitmap
 * '...'" (for NULL, empty or malformed text and out-of-range bits).
 */
int virBitmapParse(const char *str, virBitmap **bitmap, size_t bitmapSize);

/*
 * virBitmapParseUnlimited:
 * @str: text in cpuset syntax
 *
 * Like virBitmapParse(), but the bitmap grows to fit the highest bit
 * mentioned, up to VIR_BITMAP_PARSE_UNLIMITED_MAX. Returns a new bitmap,
 * or NULL with VIR_ERR_INVALID_ARG.
 */
virBitmap *virBitmapParseUnlimited(const char *str);

/*
 * virBitmapFormat:
 * @bitmap: the bitmap, may be NULL
 *
 * Returns the set bits in cpuset syntax with maximal ranges, e.g.
 * "0-3,5,7-8"; "" when no bit is set or @bitmap is NULL. Caller frees.
 */
char *virBitmapFormat(const virBitmap *bitmap);

/*
 * virBitmapNewData:
 * @data: bytes, bit 0 being the lowest bit of the first byte
 * @len: number of bytes, >= 0
 *
 * Returns a new bitmap of @len * 8 bits holding @data.
 */
virBitmap *virBitmapNewData(const void *data, size_t len);

/*
 * virBitmapToData:
 * @bitmap: the bitmap
 * @data: set to a new array (caller frees) in virBitmapNewData's layout
 * @dataLen: set to its length: enough bytes for the highest set bit, at
 *           least 1
 */
void virBitmapToData(const virBitmap *bitmap, unsigned char **data, size_t *dataLen);

/*
 * virBitmapToDataBuf:
 * @bytes: @len bytes to fill in virBitmapNewData's layout; bits that do
 *         not fit are dropped, bytes beyond the bitmap are zeroed
 */
void virBitmapToDataBuf(const virBitmap *bitmap, unsigned char *bytes, size_t len);

/*
 * virBitmapToString:
 *
 * Returns the bitmap as one hexadecimal number (bit 0 the least
 * significant), lower case, zero-padded to (size + 3) / 4 digits and
 * without "0x": bits 0 and 5 of a 12-bit map give "021". Caller frees.
 */
char *virBitmapToString(const virBitmap *bitmap);

/*
 * virBitmapNewString:
 * @string: hexadecimal digits only, as virBitmapToString() writes them
 *
 * Returns a new bitmap of 4 * strlen(@string) bits, or NULL with
 * VIR_ERR_INVALID_ARG for a non-hex character.
 */
virBitmap *virBitmapNewString(const char *string);
