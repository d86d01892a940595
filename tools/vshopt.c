/*
 * vshopt.c: reading the options of a parsed command
 *
 * Numbers follow libvirt's rules: base 10, the whole value must be a
 * number, and unsigned accessors refuse a minus sign unless they "wrap".
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "vsh.h"


/*
 * Find option @name: 1 with *@opt set when given, 0 when not, -1 when
 * not given but required.
 */
static int
vshCommandOpt(const vshCmd *cmd, const char *name, const vshCmdOpt **opt)
{
    const vshCmdOptDef *def;
    const vshCmdOpt *cur;
    int ret = 0;

    *opt = NULL;
    for (def = cmd->def->opts; def && def->name; def++) {
        if (g_str_equal(def->name, name)) {
            if (def->flags & VSH_OFLAG_REQ)
                ret = -1;
            break;
        }
    }
    for (cur = cmd->opts; cur; cur = cur->next) {
        if (g_str_equal(cur->def->name, name)) {
            *opt = cur;
            return 1;
        }
    }
    return ret;
}


bool
vshCommandOptBool(const vshCmd *cmd, const char *name)
{
    const vshCmdOpt *opt;

    return vshCommandOpt(cmd, name, &opt) == 1;
}


int
vshCommandOptStringReq(vshControl *ctl, const vshCmd *cmd, const char *name, const char **value)
{
    const vshCmdOpt *opt;
    const char *error = NULL;
    int rc;

    *value = NULL;
    rc = vshCommandOpt(cmd, name, &opt);
    if (rc == 0)
        return 0;
    if (rc < 0)
        error = _("Mandatory option not present");
    else if (!*opt->data && !(opt->def->flags & VSH_OFLAG_EMPTY_OK))
        error = _("Option argument is empty");
    if (error) {
        vshError(ctl, _("Failed to get option '%s': %s"), name, error);
        return -1;
    }
    *value = opt->data;
    return 0;
}


int
vshCommandOptStringQuiet(vshControl *ctl G_GNUC_UNUSED,
                         const vshCmd *cmd,
                         const char *name,
                         const char **value)
{
    const vshCmdOpt *opt;
    int rc;

    if ((rc = vshCommandOpt(cmd, name, &opt)) <= 0)
        return rc;
    if (!*opt->data && !(opt->def->flags & VSH_OFLAG_EMPTY_OK))
        return -1;
    *value = opt->data;
    return 1;
}


/* Whether a minus sign occurs in the part of @s that strtoull consumed. */
static bool
vshHasMinus(const char *s, const char *end)
{
    return memchr(s, '-', end - s) != NULL;
}


/*
 * Parse @s as an unsigned number of at most @max. @wrap accepts negative
 * values as their two's complement in the width of @max; otherwise a
 * minus sign is an error. With @end, trailing text is allowed and
 * returned there. Returns 0 or -1.
 */
static int
vshParseUnsigned(
    const char *s, char **end, bool wrap, unsigned long long max, unsigned long long *value)
{
    unsigned long long val;
    char *p;

    errno = 0;
    val = strtoull(s, &p, 10);
    if (errno || p == s || (!end && *p))
        return -1;
    if (vshHasMinus(s, p)) {
        if (!wrap)
            return -1;
        if (max != ULLONG_MAX) {
            /* "-N" means max + 1 - N, provided N fits. */
            if (-val > max)
                return -1;
            val &= max;
        }
    }
    if (val > max)
        return -1;
    if (end)
        *end = p;
    *value = val;
    return 0;
}


static int
vshParseSigned(const char *s, long long min, long long max, long long *value)
{
    long long val;
    char *p;

    errno = 0;
    val = strtoll(s, &p, 10);
    if (errno || p == s || *p || val < min || val > max)
        return -1;
    *value = val;
    return 0;
}


static void
vshNumericError(vshControl *ctl, const vshCmdOpt *opt)
{
    vshError(ctl, _("Numeric value '%s' for <%s> option is malformed or out of range"), opt->data,
             opt->def->name);
}


/* Common body of the signed accessors. */
static int
vshCommandOptSigned(vshControl *ctl,
                    const vshCmd *cmd,
                    const char *name,
                    long long min,
                    long long max,
                    long long *value)
{
    const vshCmdOpt *opt;
    int rc;

    if ((rc = vshCommandOpt(cmd, name, &opt)) <= 0)
        return rc;
    if (vshParseSigned(opt->data, min, max, value) < 0) {
        vshNumericError(ctl, opt);
        return -1;
    }
    return 1;
}


/* Common body of the unsigned accessors. */
static int
vshCommandOptUnsigned(vshControl *ctl,
                      const vshCmd *cmd,
                      const char *name,
                      bool wrap,
                      unsigned long long max,
                      unsigned long long *value)
{
    const vshCmdOpt *opt;
    int rc;

    if ((rc = vshCommandOpt(cmd, name, &opt)) <= 0)
        return rc;
    if (vshParseUnsigned(opt->data, NULL, wrap, max, value) < 0) {
        vshNumericError(ctl, opt);
        return -1;
    }
    return 1;
}


int
vshCommandOptInt(vshControl *ctl, const vshCmd *cmd, const char *name, int *value)
{
    long long val;
    int rc = vshCommandOptSigned(ctl, cmd, name, INT_MIN, INT_MAX, &val);

    if (rc > 0)
        *value = val;
    return rc;
}


int
vshCommandOptLongLong(vshControl *ctl, const vshCmd *cmd, const char *name, long long *value)
{
    return vshCommandOptSigned(ctl, cmd, name, LLONG_MIN, LLONG_MAX, value);
}


int
vshCommandOptUInt(vshControl *ctl, const vshCmd *cmd, const char *name, unsigned int *value)
{
    unsigned long long val;
    int rc = vshCommandOptUnsigned(ctl, cmd, name, false, UINT_MAX, &val);

    if (rc > 0)
        *value = val;
    return rc;
}


int
vshCommandOptUIntWrap(vshControl *ctl, const vshCmd *cmd, const char *name, unsigned int *value)
{
    unsigned long long val;
    int rc = vshCommandOptUnsigned(ctl, cmd, name, true, UINT_MAX, &val);

    if (rc > 0)
        *value = val;
    return rc;
}


int
vshCommandOptUL(vshControl *ctl, const vshCmd *cmd, const char *name, unsigned long *value)
{
    unsigned long long val;
    int rc = vshCommandOptUnsigned(ctl, cmd, name, false, ULONG_MAX, &val);

    if (rc > 0)
        *value = val;
    return rc;
}


int
vshCommandOptULWrap(vshControl *ctl, const vshCmd *cmd, const char *name, unsigned long *value)
{
    unsigned long long val;
    int rc = vshCommandOptUnsigned(ctl, cmd, name, true, ULONG_MAX, &val);

    if (rc > 0)
        *value = val;
    return rc;
}


int
vshCommandOptULongLong(vshControl *ctl,
                       const vshCmd *cmd,
                       const char *name,
                       unsigned long long *value)
{
    return vshCommandOptUnsigned(ctl, cmd, name, false, ULLONG_MAX, value);
}


int
vshCommandOptULongLongWrap(vshControl *ctl,
                           const vshCmd *cmd,
                           const char *name,
                           unsigned long long *value)
{
    return vshCommandOptUnsigned(ctl, cmd, name, true, ULLONG_MAX, value);
}


/*
 * Multiply @value by the unit of @suffix ("" uses @scale; b/byte/bytes;
 * k, M, ... E or KiB... are powers of 1024; KB, MB... powers of 1000),
 * refusing results above @limit. Saves libvirt's error text on failure.
 */
static int
vshScaleInteger(vshControl *ctl,
                unsigned long long *value,
                const char *suffix,
                unsigned long long scale,
                unsigned long long limit)
{
    static const char units[] = "kmgtpe";
    const char *unit;
    unsigned long long base;
    size_t i;

    if (!*suffix) {
        suffix = "";
    } else if (g_ascii_strcasecmp(suffix, "b") == 0 || g_ascii_strcasecmp(suffix, "byte") == 0 ||
               g_ascii_strcasecmp(suffix, "bytes") == 0) {
        scale = 1;
    } else {
        if (!suffix[1] || g_ascii_strcasecmp(suffix + 1, "iB") == 0) {
            base = 1024;
        } else if (g_ascii_tolower(suffix[1]) == 'b' && !suffix[2]) {
            base = 1000;
        } else {
            vshSaveError(ctl, _("invalid argument: unknown suffix '%s'"), suffix);
            return -1;
        }
        if (!(unit = strchr(units, g_ascii_tolower(*suffix))) || !*suffix) {
            vshSaveError(ctl, _("invalid argument: unknown suffix '%s'"), suffix);
            return -1;
        }
        scale = 1;
        for (i = 0; i <= (size_t)(unit - units); i++)
            scale *= base;
    }
    if (*value && *value > limit / scale) {
        vshSaveError(ctl, _("numerical overflow: value too large: %llu%s"), *value, suffix);
        return -1;
    }
    *value *= scale;
    return 0;
}


int
vshParseScaledInt(vshControl *ctl,
                  const char *str,
                  unsigned long long *value,
                  unsigned long long scale,
                  unsigned long long max)
{
    char *end = NULL;

    if (vshParseUnsigned(str, &end, false, ULLONG_MAX, value) < 0)
        return -1;
    return vshScaleInteger(ctl, value, end, scale, max);
}


int
vshCommandOptScaledInt(vshControl *ctl,
                       const vshCmd *cmd,
                       const char *name,
                       unsigned long long *value,
                       int scale,
                       unsigned long long max)
{
    const vshCmdOpt *opt;
    char *end = NULL;
    int rc;

    if ((rc = vshCommandOpt(cmd, name, &opt)) <= 0)
        return rc;
    if (vshParseUnsigned(opt->data, &end, false, ULLONG_MAX, value) < 0 ||
        vshScaleInteger(ctl, value, end, scale, max) < 0) {
        vshError(ctl, _("Scaled numeric value '%s' for <%s> option is malformed or out of range"),
                 opt->data, name);
        return -1;
    }
    return 1;
}


int
vshCommandOptTimeoutToMs(vshControl *ctl, const vshCmd *cmd, int *timeout)
{
    unsigned int secs;
    int rc;

    if ((rc = vshCommandOptUInt(ctl, cmd, "timeout", &secs)) <= 0)
        return rc;
    if (secs == 0 || secs > INT_MAX / 1000) {
        vshError(ctl, _("Numeric value '%u' for <%s> option is malformed or out of range"), secs,
                 "timeout");
        return -1;
    }
    *timeout = (int)secs * 1000;
    return rc;
}


const vshCmdOpt *
vshCommandOptArgv(const vshCmd *cmd, const vshCmdOpt *prev)
{
    const vshCmdOpt *opt = prev ? prev->next : cmd->opts;

    for (; opt; opt = opt->next) {
        if (opt->def->type == VSH_OT_ARGV)
            return opt;
    }
    return NULL;
}


int
vshExclusiveFlags(vshControl *ctl, bool hasA, const char *a, bool hasB, const char *b)
{
    if (hasA && hasB) {
        vshError(ctl, _("Options --%s and --%s are mutually exclusive"), a, b);
        return -1;
    }
    return 0;
}


int
vshExclusiveOptions(vshControl *ctl, const vshCmd *cmd, const char *a, const char *b)
{
    return vshExclusiveFlags(ctl, vshCommandOptBool(cmd, a), a, vshCommandOptBool(cmd, b), b);
}


int
vshRequireFlag(vshControl *ctl, bool hasBy, const char *by, bool hasNeeded, const char *needed)
{
    if (hasBy && !hasNeeded) {
        vshError(ctl, _("Option --%s is required by option --%s"), needed, by);
        return -1;
    }
    return 0;
}


int
vshRequireOption(vshControl *ctl, const vshCmd *cmd, const char *by, const char *needed)
{
    return vshRequireFlag(ctl, vshCommandOptBool(cmd, by), by, vshCommandOptBool(cmd, needed),
                          needed);
}
