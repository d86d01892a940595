/*
 * virconf.h: libvirt's configuration file format (libvirtd.conf, qemu.conf...)
 *
 * The syntax: one "name = value" setting per line (or several separated
 * by ';'), '#' comments to the end of the line, blank lines. Names start
 * with a letter and go on with letters, digits and '_'. A value is
 *  - an integer: decimal digits with an optional sign; a leading '-'
 *    makes it signed (VIR_CONF_LLONG), anything else unsigned
 *    (VIR_CONF_ULLONG), so values up to 2^64-1 fit;
 *  - a string in "double" or 'single' quotes on one line, or in
 *    """triple quotes""" across lines; there are no escape sequences;
 *  - a list "[ value, value, ]", possibly over several lines, with an
 *    optional trailing comma (no comments inside a list).
 * A setting named twice keeps its first value for the getters.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include <glib.h>

typedef enum {
    VIR_CONF_NONE = 0, /* unset */
    VIR_CONF_LLONG,    /* a signed integer (written with a leading '-') */
    VIR_CONF_ULLONG,   /* an unsigned integer */
    VIR_CONF_STRING,   /* a string */
    VIR_CONF_LIST,     /* a list of values */

    VIR_CONF_LAST
} virConfType;

typedef enum {
    /*
     * VMware .vmx files: names may also contain ':', '.' and '-' (and
     * start with '.'), are looked up case-insensitively, and values may
     * only be strings.
     */
    VIR_CONF_FLAG_VMX_FORMAT = 1 << 0,
    /*
     * LXC config files: names may contain '.', and every value is a
     * string; an unquoted value runs to the end of the line (trailing
     * blanks dropped) and cannot be followed by a comment.
     */
    VIR_CONF_FLAG_LXC_FORMAT = 1 << 1,
} virConfFlags;

typedef struct _virConfValue virConfValue;
struct _virConfValue {
    virConfType type;   /* which of the fields below is meaningful */
    virConfValue *next; /* next element when inside a list, owned */
    long long l;        /* LLONG value; for ULLONG the bits of the unsigned value */
    char *str;          /* STRING value, owned, never NULL for a STRING */
    virConfValue *list; /* LIST elements (first of a chain via @next), owned */
};

typedef struct _virConf virConf;

/*
 * virConfTypeToString:
 *
 * Returns the static name of a virConfType ("long", "unsigned long",
 * "string", "list"), or NULL when out of range.
 */
const char *virConfTypeToString(int type);

/*
 * virConfNew:
 *
 * Returns a new, empty configuration (free with virConfFree). Its errors
 * name it "memory conf".
 */
virConf *virConfNew(void);

/*
 * virConfReadFile:
 * @filename: the file to read
 * @flags: virConfFlags
 *
 * Reads and parses a configuration file of at most 10 MiB.
 *
 * Returns a new virConf, or NULL with an error reported: the error of
 * virFileReadAll() when the file cannot be read or is too big, or
 * VIR_ERR_CONF_SYNTAX "FILE:LINE: what was expected" for bad syntax (also
 * for a NUL byte in the file).
 */
virConf *virConfReadFile(const char *filename, unsigned int flags);

/*
 * virConfReadString:
 * @content: NUL-terminated configuration text
 * @flags: virConfFlags
 *
 * Like virConfReadFile() for text in memory (also at most 10 MiB, else
 * VIR_ERR_CONF_SYNTAX); errors name it "memory conf".
 */
virConf *virConfReadString(const char *content, unsigned int flags);

/*
 * virConfFree:
 * @conf: the configuration, or NULL
 *
 * Frees @conf, its entries and all their values.
 */
void virConfFree(virConf *conf);

/*
 * virConfFreeValue:
 * @val: a value, or NULL
 *
 * Frees @val and, for a list, all its elements. Does not follow
 * @val->next.
 */
void virConfFreeValue(virConfValue *val);

/*
 * virConfValueNewString / NewLLong / NewULLong / NewList:
 *
 * Return a new value of the given type (free with virConfFreeValue).
 * NewString copies @str, which must not be NULL. NewList takes ownership
 * of the chain @list (may be NULL for an empty list).
 */
virConfValue *virConfValueNewString(const char *str);
virConfValue *virConfValueNewLLong(long long l);
virConfValue *virConfValueNewULLong(unsigned long long ul);
virConfValue *virConfValueNewList(virConfValue *list);

/*
 * virConfGetValue:
 * @conf: the configuration, or NULL
 * @setting: a setting name
 *
 * Returns the value of the first entry named @setting (borrowed, valid
 * until @conf is changed or freed), or NULL when absent.
 */
virConfValue *virConfGetValue(virConf *conf, const char *setting);

/*
 * virConfGetValueType:
 *
 * Returns the type of @setting, or VIR_CONF_NONE when absent.
 */
virConfType virConfGetValueType(virConf *conf, const char *setting);

/*
 * The typed getters below share one contract. @value is written only when
 * the setting is present with a suitable type and range. They return 1
 * when it was set, 0 when absent (@value untouched) and -1 with
 * VIR_ERR_INTERNAL_ERROR "FILE: expected ... for 'NAME' parameter" (or
 * "...: value for 'NAME' parameter must be in range MIN:MAX") reported
 * otherwise.
 */

/*
 * virConfGetValueString:
 * @value: on success *@value is freed and replaced by a new copy of the
 *         string (the caller frees it)
 */
int virConfGetValueString(virConf *conf, const char *setting, char **value);

/*
 * virConfGetValueStringList:
 * @compatString: also accept a single string, as a one-element list
 * @values: on success *@values is freed (g_strfreev) and replaced by a
 *          new NULL-terminated list (free with g_strfreev)
 *
 * A list holding anything but strings is reported as VIR_ERR_CONF_SYNTAX,
 * as libvirt does.
 */
int
virConfGetValueStringList(virConf *conf, const char *setting, bool compatString, char ***values);

/* virConfGetValueBool: the value must be the unsigned integer 0 or 1. */
int virConfGetValueBool(virConf *conf, const char *setting, bool *value);

/* Signed getters accept both integer types, range-checked. */
int virConfGetValueInt(virConf *conf, const char *setting, int *value);
int virConfGetValueSSizeT(virConf *conf, const char *setting, ssize_t *value);
int virConfGetValueLLong(virConf *conf, const char *setting, long long *value);

/* Unsigned getters accept only unsigned integers (no '-'), range-checked. */
int virConfGetValueUInt(virConf *conf, const char *setting, unsigned int *value);
int virConfGetValueSizeT(virConf *conf, const char *setting, size_t *value);
int virConfGetValueULLong(virConf *conf, const char *setting, unsigned long long *value);

/*
 * virConfSetValue:
 * @conf: the configuration
 * @setting: a setting name
 * @value: the new value; ownership passes to @conf in every case
 *
 * Replaces the value of the first entry named @setting, or appends a new
 * entry.
 *
 * Returns 0, or -1 with VIR_ERR_INVALID_ARG reported (and @value freed)
 * when @value is NULL or a string value has a NULL string.
 */
int virConfSetValue(virConf *conf, const char *setting, virConfValue *value);

/*
 * virConfWalkCallback:
 *
 * Called by virConfWalk() for each setting in file order; @value is
 * borrowed. Returning < 0 stops the walk.
 */
typedef int (*virConfWalkCallback)(const char *name, virConfValue *value, void *opaque);

/*
 * virConfWalk:
 *
 * Calls @callback for every setting (not comments) in order.
 * Returns 0, or -1 as soon as a callback returns < 0.
 */
int virConfWalk(virConf *conf, virConfWalkCallback callback, void *opaque);

/*
 * virConfCheckKeys:
 * @conf: the configuration
 * @known: NULL-terminated list of the setting names the caller uses
 *
 * For daemons: rejects a configuration that sets anything they do not
 * know (typically a typo that would otherwise be ignored silently).
 *
 * Returns 0 when every setting is in @known, or -1 with
 * VIR_ERR_CONF_SYNTAX "FILE:LINE: unknown setting 'NAME'" reported for
 * the first one that is not.
 */
int virConfCheckKeys(virConf *conf, const char *const *known);

/*
 * virConfFormat:
 * @conf: the configuration
 *
 * Writes @conf back in its syntax: one "name = value" line per setting,
 * comments kept, blank lines dropped. Strings are put in double quotes,
 * or single quotes when they contain '"', or triple quotes when they
 * span lines or contain both.
 *
 * Returns a new string (the caller frees it), or NULL with
 * VIR_ERR_CONFIG_UNSUPPORTED reported for a string no quoting can hold
 * (one needing triple quotes that contains '"""' or ends with '"').
 */
char *virConfFormat(virConf *conf);

/*
 * virConfWriteMem:
 * @memory: the buffer to write into (not NUL-terminated by this call)
 * @len: in: the size of @memory; out: the size of the text, even when it
 *       did not fit
 * @conf: the configuration
 *
 * libvirt's interface to virConfFormat().
 *
 * Returns the number of bytes written, or -1 when an argument is NULL or
 * not positive, the text does not fit in fewer than *@len bytes (no
 * error reported: grow the buffer to more than *@len), or formatting
 * failed (error reported).
 */
int virConfWriteMem(char *memory, int *len, virConf *conf);

/*
 * virConfWriteFile:
 * @filename: where to write
 * @conf: the configuration
 *
 * Writes virConfFormat() of @conf atomically (virFileWriteAtomic): a new
 * file with mode 0600 replaces @filename, which is never left half
 * written.
 *
 * Returns the number of bytes written, or -1 with an error reported.
 */
int virConfWriteFile(const char *filename, virConf *conf);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virConf, virConfFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virConfValue, virConfFreeValue);
