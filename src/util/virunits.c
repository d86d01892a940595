/*
 * virunits.c: strict number parsing and scaled integers
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "virerror.h"
#include "virunits.h"

/* libvirt reports scaling errors from its generic utility code. */
#define VIR_FROM_THIS VIR_FROM_NONE

/* The XPath-level errors of virParseScaledValue belong to the XML domain. */
#define virReportXMLError(code, ...)                                                               \
 virReportErrorHelper(VIR_FROM_XML, code, __FILE__, __func__, __LINE__, __VA_ARGS__)


/*
 * Checks the common strtol-family outcome: a number was found, no
 * range error, and no trailing text unless the caller takes the end.
 */
static int
virStrToLongCheck(const char *s, char *end, char **end_ptr, int err)
{
    if (err != 0 || end == s)
        return -1;
    if (end_ptr)
        *end_ptr = end;
    else if (*end != '\0')
        return -1;
    return 0;
}


/* True if a '-' appears in the parsed part [s, end). */
static bool
virStrToLongHasMinus(const char *s, const char *end)
{
    return memchr(s, '-', end - s) != NULL;
}


int
virStrToLong_i(const char *s, char **end_ptr, int base, int *result)
{
    long val;
    char *end = NULL;

    errno = 0;
    val = strtol(s, &end, base);
    if (virStrToLongCheck(s, end, end_ptr, errno) < 0 || val < INT_MIN || val > INT_MAX)
        return -1;
    *result = (int)val;
    return 0;
}


int
virStrToLong_ui(const char *s, char **end_ptr, int base, unsigned int *result)
{
    unsigned long val;
    char *end = NULL;

    errno = 0;
    val = strtoul(s, &end, base);
    if (virStrToLongCheck(s, end, end_ptr, errno) < 0)
        return -1;
    /*
     * strtoul negates "-1" in unsigned long, which is wider than int here:
     * accept a negative value only if its magnitude fits in unsigned int,
     * so that "-1" means UINT_MAX as with a 32-bit long.
     */
    if (virStrToLongHasMinus(s, end)) {
        if (-val > UINT_MAX)
            return -1;
        val &= UINT_MAX;
    } else if (val > UINT_MAX) {
        return -1;
    }
    *result = (unsigned int)val;
    return 0;
}


int
virStrToLong_uip(const char *s, char **end_ptr, int base, unsigned int *result)
{
    unsigned long val;
    char *end = NULL;

    errno = 0;
    val = strtoul(s, &end, base);
    if (virStrToLongCheck(s, end, end_ptr, errno) < 0 || virStrToLongHasMinus(s, end) ||
        val > UINT_MAX)
        return -1;
    *result = (unsigned int)val;
    return 0;
}


int
virStrToLong_l(const char *s, char **end_ptr, int base, long *result)
{
    long val;
    char *end = NULL;

    errno = 0;
    val = strtol(s, &end, base);
    if (virStrToLongCheck(s, end, end_ptr, errno) < 0)
        return -1;
    *result = val;
    return 0;
}


int
virStrToLong_ul(const char *s, char **end_ptr, int base, unsigned long *result)
{
    unsigned long val;
    char *end = NULL;

    errno = 0;
    val = strtoul(s, &end, base);
    if (virStrToLongCheck(s, end, end_ptr, errno) < 0)
        return -1;
    *result = val;
    return 0;
}


int
virStrToLong_ulp(const char *s, char **end_ptr, int base, unsigned long *result)
{
    unsigned long val;
    char *end = NULL;

    errno = 0;
    val = strtoul(s, &end, base);
    if (virStrToLongCheck(s, end, end_ptr, errno) < 0 || virStrToLongHasMinus(s, end))
        return -1;
    *result = val;
    return 0;
}


int
virStrToLong_ll(const char *s, char **end_ptr, int base, long long *result)
{
    long long val;
    char *end = NULL;

    errno = 0;
    val = strtoll(s, &end, base);
    if (virStrToLongCheck(s, end, end_ptr, errno) < 0)
        return -1;
    *result = val;
    return 0;
}


int
virStrToLong_ull(const char *s, char **end_ptr, int base, unsigned long long *result)
{
    unsigned long long val;
    char *end = NULL;

    errno = 0;
    val = strtoull(s, &end, base);
    if (virStrToLongCheck(s, end, end_ptr, errno) < 0)
        return -1;
    *result = val;
    return 0;
}


int
virStrToLong_ullp(const char *s, char **end_ptr, int base, unsigned long long *result)
{
    unsigned long long val;
    char *end = NULL;

    errno = 0;
    val = strtoull(s, &end, base);
    if (virStrToLongCheck(s, end, end_ptr, errno) < 0 || virStrToLongHasMinus(s, end))
        return -1;
    *result = val;
    return 0;
}


/*
 * Returns the multiplier of a non-empty unit @suffix, or 0 with an error
 * reported when it is not a known unit.
 */
static unsigned long long
virScaleSuffix(const char *suffix)
{
    static const char prefixes[] = "kmgtpe";
    const char *pos;
    unsigned long long base;
    unsigned long long scale = 1;
    size_t i;

    if (g_ascii_strcasecmp(suffix, "b") == 0 || g_ascii_strcasecmp(suffix, "byte") == 0 ||
        g_ascii_strcasecmp(suffix, "bytes") == 0)
        return 1;

    /* "K" and "KiB" are powers of two, "KB" powers of ten. */
    if (suffix[1] == '\0' || g_ascii_strcasecmp(suffix + 1, "iB") == 0) {
        base = 1024;
    } else if (g_ascii_tolower(suffix[1]) == 'b' && suffix[2] == '\0') {
        base = 1000;
    } else {
        virReportError(VIR_ERR_INVALID_ARG, _("unknown suffix '%1$s'"), suffix);
        return 0;
    }

    pos = strchr(prefixes, g_ascii_tolower(suffix[0]));
    if (!pos || suffix[0] == '\0') {
        virReportError(VIR_ERR_INVALID_ARG, _("unknown suffix '%1$s'"), suffix);
        return 0;
    }
    for (i = 0; i <= (size_t)(pos - prefixes); i++)
        scale *= base;
    return scale;
}


int
virScaleInteger(unsigned long long *value,
                const char *suffix,
                unsigned long long scale,
                unsigned long long limit)
{
    if (!suffix || !*suffix) {
        if (scale == 0) {
            virReportError(VIR_ERR_INTERNAL_ERROR, _("invalid scale %1$llu"), scale);
            return -1;
        }
        suffix = "";
    } else if ((scale = virScaleSuffix(suffix)) == 0) {
        return -1;
    }

    if (*value && *value > limit / scale) {
        virReportError(VIR_ERR_OVERFLOW, _("value too large: %1$llu%2$s"), *value, suffix);
        return -1;
    }

    *value *= scale;
    return 0;
}


int
virParseScaledValue(const char *xpath,
                    const char *units_xpath,
                    xmlXPathContextPtr ctxt,
                    unsigned long long *val,
                    unsigned long long scale,
                    unsigned long long max,
                    bool required)
{
    g_autofree char *numberXPath = g_strdup_printf("string(%s)", xpath);
    g_autofree char *unitXPath = NULL;
    g_autofree char *number = NULL;
    g_autofree char *unit = NULL;
    unsigned long long bytes;

    *val = 0;

    if (!(number = virXPathString(numberXPath, ctxt))) {
        if (!required)
            return 0;
        virReportXMLError(VIR_ERR_XML_ERROR, _("missing element or attribute '%1$s'"), xpath);
        return -1;
    }

    if (virStrToLong_ullp(number, NULL, 10, &bytes) < 0) {
        virReportXMLError(VIR_ERR_XML_ERROR,
                          _("Invalid value '%1$s' for element or attribute '%2$s'"), number, xpath);
        return -1;
    }

    if (units_xpath)
        unitXPath = g_strdup_printf("string(%s)", units_xpath);
    else
        unitXPath = g_strdup_printf("string(%s/@unit)", xpath);
    unit = virXPathString(unitXPath, ctxt);

    if (virScaleInteger(&bytes, unit, scale, max) < 0)
        return -1;

    *val = bytes;
    return 1;
}
