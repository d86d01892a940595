/*
 * virunits.h: strict number parsing and scaled integers ("512 MiB")
 *
 * Two groups of helpers:
 *  - virStrToLong_*: strtol-family wrappers that reject empty input,
 *    trailing garbage (unless the caller asks for the end pointer) and
 *    out-of-range values, as libvirt's; no error is reported, the caller
 *    knows what was being parsed.
 *  - virScaleInteger / virParseScaledValue: libvirt's unit suffixes
 *    (b, bytes, K/KiB, KB, M/MiB, MB, ... E/EiB, EB; case-insensitive)
 *    with overflow checks, for elements such as <memory unit='MiB'>.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>

#include "virxml.h"

/*
 * virStrToLong_i / _ui / _l / _ul / _ll / _ull:
 * @s: the text; leading white space and a sign are accepted (strtol)
 * @end_ptr: if non-NULL, set to the first unparsed character and trailing
 *           text is allowed; if NULL, trailing text is an error
 * @base: 0 (auto: 0x hex, 0 octal), or 2..36
 * @result: written only on success
 *
 * The unsigned variants accept a leading '-' as strtoul does ("-1" is
 * the maximum value) like libvirt's; use the *p ("positive") variants
 * to refuse any '-'.
 *
 * Returns 0 on success, -1 when @s has no number, has trailing text
 * (without @end_ptr) or the value does not fit. No error is reported.
 */
int virStrToLong_i(const char *s, char **end_ptr, int base, int *result);
int virStrToLong_ui(const char *s, char **end_ptr, int base, unsigned int *result);
int virStrToLong_uip(const char *s, char **end_ptr, int base, unsigned int *result);
int virStrToLong_l(const char *s, char **end_ptr, int base, long *result);
int virStrToLong_ul(const char *s, char **end_ptr, int base, unsigned long *result);
int virStrToLong_ulp(const char *s, char **end_ptr, int base, unsigned long *result);
int virStrToLong_ll(const char *s, char **end_ptr, int base, long long *result);
int virStrToLong_ull(const char *s, char **end_ptr, int base, unsigned long long *result);
int virStrToLong_ullp(const char *s, char **end_ptr, int base, unsigned long long *result);

/*
 * virScaleInteger:
 * @value: the number to scale, in units of @suffix; scaled in place
 * @suffix: the unit: NULL or "" (use @scale), "b", "byte", "bytes",
 *          "k"/"KiB" (1024), "KB" (1000), and likewise M, G, T, P, E;
 *          case-insensitive
 * @scale: multiplier used when @suffix is NULL or empty (must not be 0)
 * @limit: largest allowed result
 *
 * Returns 0 with *@value multiplied, or -1 (leaving *@value) with:
 * VIR_ERR_INVALID_ARG "unknown suffix 'XB'"; VIR_ERR_OVERFLOW "value too
 * large: 100EiB" when the result would exceed @limit;
 * VIR_ERR_INTERNAL_ERROR for a zero @scale. Errors are in VIR_FROM_NONE,
 * as libvirt's.
 */
int virScaleInteger(unsigned long long *value,
                    const char *suffix,
                    unsigned long long scale,
                    unsigned long long limit);

/*
 * virParseScaledValue:
 * @xpath: XPath of the number (element or attribute), relative to
 *         ctxt->node, e.g. "./memory[1]"
 * @units_xpath: XPath of the unit, or NULL for "@xpath/@unit"
 * @ctxt: XPath context
 * @val: set to the value in bytes (times @scale when no unit is given);
 *       set to 0 when absent or on error
 * @scale: default multiplier when there is no unit (1024 for KiB)
 * @max: largest allowed result
 * @required: absence is an error
 *
 * The number must be a non-negative decimal integer (leading white space
 * and '+' allowed, as libvirt's).
 *
 * Returns 1 when present and valid, 0 when absent and not @required, -1
 * with an error: VIR_ERR_XML_ERROR (VIR_FROM_XML) "missing element or
 * attribute './memory[1]'" or "Invalid value 'abc' for element or
 * attribute './memory[1]'", or the errors of virScaleInteger().
 */
int virParseScaledValue(const char *xpath,
                        const char *units_xpath,
                        xmlXPathContextPtr ctxt,
                        unsigned long long *val,
                        unsigned long long scale,
                        unsigned long long max,
                        bool required);
