/*
 * virconf.c: reader, typed getters and writer for libvirt's config format
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <limits.h>
#include <stdint.h>
#include <string.h>

#include <glib.h>

#include "internal.h"
#include "virconf.h"
#include "virerror.h"
#include "virfile.h"
#include "virlog.h"

#define VIR_FROM_THIS VIR_FROM_CONF

VIR_LOG_INIT("util.conf");

/* The same sanity limit as libvirt; real files are a few KiB. */
#define VIR_CONF_MAX_SIZE (10 * 1024 * 1024)

/* Lists inside lists are legal but nobody nests deeply; bounds recursion. */
#define VIR_CONF_MAX_DEPTH 16

/* What errors call a configuration that was not read from a file. */
#define VIR_CONF_MEMORY_NAME "memory conf"

#define VIR_CONF_IS_BLANK(c) ((c) == ' ' || (c) == '\t')
#define VIR_CONF_IS_EOL(c) ((c) == '\n' || (c) == '\r')

typedef struct _virConfEntry virConfEntry;
struct _virConfEntry {
    virConfEntry *next;  /* next entry in file order, owned */
    char *name;          /* setting name, or NULL for a comment line */
    virConfValue *value; /* NULL for a comment line */
    char *comment;       /* text after '#' (without it), or NULL */
    int line;            /* line the entry starts on; 0 if set by code */
};

struct _virConf {
    char *filename;        /* for messages; NULL when not read from a file */
    unsigned int flags;    /* virConfFlags */
    virConfEntry *entries; /* first entry, owned */
    virConfEntry *last;    /* last entry (for appending), borrowed */
};

typedef struct _virConfParser virConfParser;
struct _virConfParser {
    const char *filename; /* for messages */
    const char *cur;      /* next character to read */
    const char *end;      /* one past the last character */
    int line;             /* line of @cur, from 1 */
    unsigned int flags;   /* virConfFlags */
};

static const char *const virConfTypeNames[VIR_CONF_LAST] = {
    "*unexpected*", "long", "unsigned long", "string", "list",
};


const char *
virConfTypeToString(int type)
{
    if (type < 0 || type >= VIR_CONF_LAST)
        return NULL;
    return virConfTypeNames[type];
}


static const char *
virConfName(virConf *conf)
{
    return conf->filename ? conf->filename : VIR_CONF_MEMORY_NAME;
}


void
virConfFreeValue(virConfValue *val)
{
    virConfValue *elem;

    if (!val)
        return;

    elem = val->list;
    while (elem) {
        virConfValue *next = elem->next;

        virConfFreeValue(elem);
        elem = next;
    }
    g_free(val->str);
    g_free(val);
}


static virConfValue *
virConfValueNew(virConfType type)
{
    virConfValue *val = g_new0(virConfValue, 1);

    val->type = type;
    return val;
}


virConfValue *
virConfValueNewString(const char *str)
{
    virConfValue *val = virConfValueNew(VIR_CONF_STRING);

    val->str = g_strdup(str);
    return val;
}


virConfValue *
virConfValueNewLLong(long long l)
{
    virConfValue *val = virConfValueNew(VIR_CONF_LLONG);

    val->l = l;
    return val;
}


virConfValue *
virConfValueNewULLong(unsigned long long ul)
{
    virConfValue *val = virConfValueNew(VIR_CONF_ULLONG);

    val->l = (long long)ul;
    return val;
}


virConfValue *
virConfValueNewList(virConfValue *list)
{
    virConfValue *val = virConfValueNew(VIR_CONF_LIST);

    val->list = list;
    return val;
}


static virConf *
virConfCreate(const char *filename, unsigned int flags)
{
    virConf *conf = g_new0(virConf, 1);

    conf->filename = g_strdup(filename);
    conf->flags = flags;
    return conf;
}


virConf *
virConfNew(void)
{
    return virConfCreate(NULL, 0);
}


void
virConfFree(virConf *conf)
{
    virConfEntry *entry;

    if (!conf)
        return;

    entry = conf->entries;
    while (entry) {
        virConfEntry *next = entry->next;

        g_free(entry->name);
        virConfFreeValue(entry->value);
        g_free(entry->comment);
        g_free(entry);
        entry = next;
    }
    g_free(conf->filename);
    g_free(conf);
}


/* Takes ownership of @name, @value and @comment. */
static void
virConfAppendEntry(virConf *conf, char *name, virConfValue *value, char *comment, int line)
{
    virConfEntry *entry = g_new0(virConfEntry, 1);

    entry->name = name;
    entry->value = value;
    entry->comment = comment;
    entry->line = line;

    if (conf->last)
        conf->last->next = entry;
    else
        conf->entries = entry;
    conf->last = entry;
}


static bool
virConfNameMatches(virConf *conf, const char *name, const char *setting)
{
    if (!name)
        return false;
    if (conf->flags & VIR_CONF_FLAG_VMX_FORMAT)
        return g_ascii_strcasecmp(name, setting) == 0;
    return g_str_equal(name, setting);
}


static virConfEntry *
virConfFindEntry(virConf *conf, const char *setting)
{
    virConfEntry *entry;

    for (entry = conf->entries; entry; entry = entry->next) {
        if (virConfNameMatches(conf, entry->name, setting))
            return entry;
    }
    return NULL;
}


static void
virConfSyntaxError(virConfParser *p, const char *msg)
{
    virReportError(VIR_ERR_CONF_SYNTAX, "%1$s:%2$d: %3$s", p->filename, p->line, msg);
}


/* The current character, or NUL at the end (the text holds no NUL). */
static char
virConfPeek(virConfParser *p)
{
    return p->cur < p->end ? *p->cur : '\0';
}


static void
virConfSkipBlanks(virConfParser *p)
{
    while (p->cur < p->end && VIR_CONF_IS_BLANK(*p->cur))
        p->cur++;
}


static void
virConfSkipBlanksAndEOL(virConfParser *p)
{
    while (p->cur < p->end && (VIR_CONF_IS_BLANK(*p->cur) || VIR_CONF_IS_EOL(*p->cur))) {
        if (*p->cur == '\n')
            p->line++;
        p->cur++;
    }
}


/* Returns the text after '#' up to the end of the line, without the '#'. */
static char *
virConfParseComment(virConfParser *p)
{
    const char *base = ++p->cur;

    while (p->cur < p->end && !VIR_CONF_IS_EOL(*p->cur))
        p->cur++;
    return g_strndup(base, p->cur - base);
}


/* Decimal digits after an optional sign, with overflow checked. */
static virConfValue *
virConfParseNumber(virConfParser *p)
{
    bool neg = false;
    unsigned long long ul = 0;
    unsigned long long limit;

    if (virConfPeek(p) == '-') {
        neg = true;
        p->cur++;
    } else if (virConfPeek(p) == '+') {
        p->cur++;
    }

    if (!g_ascii_isdigit(virConfPeek(p))) {
        virConfSyntaxError(p, _("unterminated number"));
        return NULL;
    }

    limit = neg ? (unsigned long long)LLONG_MAX + 1 : ULLONG_MAX;
    while (g_ascii_isdigit(virConfPeek(p))) {
        unsigned int digit = *p->cur - '0';

        if (ul > (limit - digit) / 10) {
            virConfSyntaxError(p, _("number out of range"));
            return NULL;
        }
        ul = ul * 10 + digit;
        p->cur++;
    }

    if (!neg)
        return virConfValueNewULLong(ul);
    /* Negate without overflowing on LLONG_MIN. */
    return virConfValueNewLLong(ul == 0 ? 0 : -(long long)(ul - 1) - 1);
}


/* A string in @quote characters that must end on the same line. */
static char *
virConfParseQuoted(virConfParser *p, char quote)
{
    const char *base = ++p->cur;
    char *ret;

    while (p->cur < p->end && *p->cur != quote && !VIR_CONF_IS_EOL(*p->cur))
        p->cur++;

    if (virConfPeek(p) != quote) {
        virConfSyntaxError(p, _("unterminated string"));
        return NULL;
    }
    ret = g_strndup(base, p->cur - base);
    p->cur++;
    return ret;
}


/* A """string""" that may span lines; it ends at the first """. */
static char *
virConfParseTripleQuoted(virConfParser *p)
{
    const char *base = p->cur + 3;
    const char *close = g_strstr_len(base, p->end - base, "\"\"\"");
    const char *stop = close ? close : p->end;
    const char *c;
    char *ret;

    for (c = base; c < stop; c++) {
        if (*c == '\n')
            p->line++;
    }
    p->cur = stop;

    if (!close) {
        virConfSyntaxError(p, _("unterminated string"));
        return NULL;
    }
    ret = g_strndup(base, close - base);
    p->cur = close + 3;
    return ret;
}


/* LXC format: the rest of the line, trailing blanks dropped. */
static char *
virConfParseUnquoted(virConfParser *p)
{
    const char *base = p->cur;
    const char *last;

    while (p->cur < p->end && !VIR_CONF_IS_EOL(*p->cur))
        p->cur++;
    last = p->cur;
    while (last > base && VIR_CONF_IS_BLANK(last[-1]))
        last--;
    return g_strndup(base, last - base);
}


static virConfValue *
virConfParseString(virConfParser *p)
{
    char *str;
    virConfValue *val;

    if (p->end - p->cur >= 3 && strncmp(p->cur, "\"\"\"", 3) == 0)
        str = virConfParseTripleQuoted(p);
    else if (*p->cur == '"' || *p->cur == '\'')
        str = virConfParseQuoted(p, *p->cur);
    else
        str = virConfParseUnquoted(p);

    if (!str)
        return NULL;
    val = virConfValueNew(VIR_CONF_STRING);
    val->str = str;
    return val;
}


static virConfValue *virConfParseValue(virConfParser *p, unsigned int depth);

/*
 * "[ value, value, ]": blanks and newlines may surround the values and
 * separators, and a comma may follow the last value.
 */
static virConfValue *
virConfParseList(virConfParser *p, unsigned int depth)
{
    g_autoptr(virConfValue) list = virConfValueNewList(NULL);
    virConfValue **tail = &list->list;

    if (depth >= VIR_CONF_MAX_DEPTH) {
        virConfSyntaxError(p, _("lists nested too deeply"));
        return NULL;
    }

    p->cur++;
    virConfSkipBlanksAndEOL(p);
    while (p->cur < p->end && *p->cur != ']') {
        if (tail != &list->list) {
            if (*p->cur != ',') {
                virConfSyntaxError(p, _("expecting a separator in list"));
                return NULL;
            }
            p->cur++;
            virConfSkipBlanksAndEOL(p);
            if (virConfPeek(p) == ']')
                break;
        }
        if (!(*tail = virConfParseValue(p, depth + 1)))
            return NULL;
        tail = &(*tail)->next;
        virConfSkipBlanksAndEOL(p);
    }

    if (virConfPeek(p) != ']') {
        virConfSyntaxError(p, _("list is not closed with ]"));
        return NULL;
    }
    p->cur++;
    return g_steal_pointer(&list);
}


static virConfValue *
virConfParseValue(virConfParser *p, unsigned int depth)
{
    char c;

    virConfSkipBlanks(p);
    if (p->cur >= p->end) {
        virConfSyntaxError(p, _("expecting a value"));
        return NULL;
    }

    c = *p->cur;
    if (c == '"' || c == '\'' || (p->flags & VIR_CONF_FLAG_LXC_FORMAT))
        return virConfParseString(p);

    if (c == '[') {
        if (p->flags & VIR_CONF_FLAG_VMX_FORMAT) {
            virConfSyntaxError(p, _("lists not allowed in VMX format"));
            return NULL;
        }
        return virConfParseList(p, depth);
    }

    if (g_ascii_isdigit(c) || c == '-' || c == '+') {
        if (p->flags & VIR_CONF_FLAG_VMX_FORMAT) {
            virConfSyntaxError(p, _("numbers not allowed in VMX format"));
            return NULL;
        }
        return virConfParseNumber(p);
    }

    virConfSyntaxError(p, _("expecting a value"));
    return NULL;
}


static bool
virConfIsNameChar(virConfParser *p, char c)
{
    if (g_ascii_isalnum(c) || c == '_')
        return true;
    if ((p->flags & VIR_CONF_FLAG_VMX_FORMAT) && (c == ':' || c == '.' || c == '-'))
        return true;
    if ((p->flags & VIR_CONF_FLAG_LXC_FORMAT) && c == '.')
        return true;
    return false;
}


static char *
virConfParseName(virConfParser *p)
{
    const char *base = p->cur;
    char c = virConfPeek(p);

    if (!g_ascii_isalpha(c) && !((p->flags & VIR_CONF_FLAG_VMX_FORMAT) && c == '.')) {
        virConfSyntaxError(p, _("expecting a name"));
        return NULL;
    }

    while (p->cur < p->end && virConfIsNameChar(p, *p->cur))
        p->cur++;
    return g_strndup(base, p->cur - base);
}


/* One comment line or "name = value [# comment]", appended to @conf. */
static int
virConfParseStatement(virConfParser *p, virConf *conf)
{
    g_autofree char *name = NULL;
    g_autoptr(virConfValue) value = NULL;
    char *comment = NULL;
    int line;

    virConfSkipBlanksAndEOL(p);
    if (p->cur >= p->end)
        return 0;

    if (*p->cur == '#') {
        comment = virConfParseComment(p);
        virConfAppendEntry(conf, NULL, NULL, comment, p->line);
        return 0;
    }

    line = p->line;
    if (!(name = virConfParseName(p)))
        return -1;

    virConfSkipBlanks(p);
    if (virConfPeek(p) != '=') {
        virConfSyntaxError(p, _("expecting an assignment"));
        return -1;
    }
    p->cur++;

    if (!(value = virConfParseValue(p, 0)))
        return -1;

    virConfSkipBlanks(p);
    if (virConfPeek(p) == '#')
        comment = virConfParseComment(p);

    VIR_DEBUG("Add entry %s", name);
    virConfAppendEntry(conf, g_steal_pointer(&name), g_steal_pointer(&value), comment, line);
    return 0;
}


/* Statements end at a newline or a ';'. */
static int
virConfParseSeparator(virConfParser *p)
{
    virConfSkipBlanks(p);
    if (p->cur >= p->end)
        return 0;

    if (*p->cur == ';')
        p->cur++;
    else if (!VIR_CONF_IS_EOL(*p->cur)) {
        virConfSyntaxError(p, _("expecting a separator"));
        return -1;
    }
    virConfSkipBlanksAndEOL(p);
    return 0;
}


static virConf *
virConfParse(const char *filename, const char *content, size_t len, unsigned int flags)
{
    g_autoptr(virConf) conf = virConfCreate(filename, flags);
    virConfParser p = { filename, content, content + len, 1, flags };
    const char *nul;

    if (len > VIR_CONF_MAX_SIZE) {
        virReportError(VIR_ERR_CONF_SYNTAX, _("%1$s: configuration larger than %2$d bytes"),
                       filename, VIR_CONF_MAX_SIZE);
        return NULL;
    }

    /* The parser treats the text as a C string: refuse embedded NULs. */
    if ((nul = memchr(content, '\0', len))) {
        for (; p.cur < nul; p.cur++) {
            if (*p.cur == '\n')
                p.line++;
        }
        virConfSyntaxError(&p, _("unexpected NUL byte"));
        return NULL;
    }

    while (p.cur < p.end) {
        if (virConfParseStatement(&p, conf) < 0)
            return NULL;
        if (virConfParseSeparator(&p) < 0)
            return NULL;
    }

    return g_steal_pointer(&conf);
}


virConf *
virConfReadFile(const char *filename, unsigned int flags)
{
    g_autofree char *content = NULL;
    int len;

    VIR_DEBUG("filename=%s", NULLSTR(filename));

    if (!filename) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("no configuration file name given"));
        return NULL;
    }

    if ((len = virFileReadAll(filename, VIR_CONF_MAX_SIZE, &content)) < 0)
        return NULL;

    return virConfParse(filename, content, len, flags);
}


virConf *
virConfReadString(const char *content, unsigned int flags)
{
    if (!content) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("no configuration text given"));
        return NULL;
    }

    return virConfParse(VIR_CONF_MEMORY_NAME, content, strlen(content), flags);
}


virConfValue *
virConfGetValue(virConf *conf, const char *setting)
{
    virConfEntry *entry;

    if (!conf)
        return NULL;
    entry = virConfFindEntry(conf, setting);
    return entry ? entry->value : NULL;
}


virConfType
virConfGetValueType(virConf *conf, const char *setting)
{
    virConfValue *val = virConfGetValue(conf, setting);

    return val ? val->type : VIR_CONF_NONE;
}


int
virConfGetValueString(virConf *conf, const char *setting, char **value)
{
    virConfValue *val = virConfGetValue(conf, setting);

    if (!val)
        return 0;

    if (val->type != VIR_CONF_STRING) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("%1$s: expected a string for '%2$s' parameter"),
                       virConfName(conf), setting);
        return -1;
    }

    g_free(*value);
    *value = g_strdup(val->str);
    return 1;
}


static char **
virConfListToStrv(virConf *conf, const char *setting, virConfValue *list)
{
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new();
    virConfValue *elem;

    for (elem = list; elem; elem = elem->next) {
        if (elem->type != VIR_CONF_STRING) {
            virReportError(VIR_ERR_CONF_SYNTAX,
                           _("%1$s: expected a string list for '%2$s' parameter"),
                           virConfName(conf), setting);
            return NULL;
        }
        g_strv_builder_add(builder, elem->str);
    }
    return g_strv_builder_end(builder);
}


int
virConfGetValueStringList(virConf *conf, const char *setting, bool compatString, char ***values)
{
    virConfValue *val = virConfGetValue(conf, setting);
    char **strv = NULL;

    if (!val)
        return 0;

    if (val->type == VIR_CONF_LIST) {
        if (!(strv = virConfListToStrv(conf, setting, val->list)))
            return -1;
    } else if (val->type == VIR_CONF_STRING && compatString) {
        strv = g_new0(char *, 2);
        strv[0] = g_strdup(val->str);
    } else if (compatString) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("%1$s: expected a string or string list for '%2$s' parameter"),
                       virConfName(conf), setting);
        return -1;
    } else {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("%1$s: expected a string list for '%2$s' parameter"), virConfName(conf),
                       setting);
        return -1;
    }

    g_strfreev(*values);
    *values = strv;
    return 1;
}


int
virConfGetValueBool(virConf *conf, const char *setting, bool *value)
{
    virConfValue *val = virConfGetValue(conf, setting);

    if (!val)
        return 0;

    if (val->type != VIR_CONF_ULLONG) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("%1$s: expected a bool for '%2$s' parameter"),
                       virConfName(conf), setting);
        return -1;
    }

    if ((unsigned long long)val->l > 1) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("%1$s: value for '%2$s' parameter must be 0 or 1"),
                       virConfName(conf), setting);
        return -1;
    }

    *value = val->l == 1;
    return 1;
}


/* Shared by the signed getters: any integer within [@min, @max]. */
static int
virConfGetSigned(virConf *conf, const char *setting, long long min, long long max, long long *out)
{
    virConfValue *val = virConfGetValue(conf, setting);
    bool inrange;

    if (!val)
        return 0;

    if (val->type == VIR_CONF_ULLONG)
        inrange = (unsigned long long)val->l <= (unsigned long long)max;
    else if (val->type == VIR_CONF_LLONG)
        inrange = val->l >= min && val->l <= max;
    else {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("%1$s: expected a signed integer for '%2$s' parameter"), virConfName(conf),
                       setting);
        return -1;
    }

    if (!inrange) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("%1$s: value for '%2$s' parameter must be in range %3$lld:%4$lld"),
                       virConfName(conf), setting, min, max);
        return -1;
    }

    *out = val->l;
    return 1;
}


/* Shared by the unsigned getters: an unsigned integer up to @max. */
static int
virConfGetUnsigned(virConf *conf,
                   const char *setting,
                   unsigned long long max,
                   unsigned long long *out)
{
    virConfValue *val = virConfGetValue(conf, setting);

    if (!val)
        return 0;

    if (val->type != VIR_CONF_ULLONG) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("%1$s: expected an unsigned integer for '%2$s' parameter"),
                       virConfName(conf), setting);
        return -1;
    }

    if ((unsigned long long)val->l > max) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("%1$s: value for '%2$s' parameter must be in range 0:%3$llu"),
                       virConfName(conf), setting, max);
        return -1;
    }

    *out = (unsigned long long)val->l;
    return 1;
}


int
virConfGetValueInt(virConf *conf, const char *setting, int *value)
{
    long long l = 0;
    int rc = virConfGetSigned(conf, setting, INT_MIN, INT_MAX, &l);

    if (rc == 1)
        *value = (int)l;
    return rc;
}


int
virConfGetValueSSizeT(virConf *conf, const char *setting, ssize_t *value)
{
    long long l = 0;
    int rc = virConfGetSigned(conf, setting, -(long long)SSIZE_MAX - 1, SSIZE_MAX, &l);

    if (rc == 1)
        *value = (ssize_t)l;
    return rc;
}


int
virConfGetValueLLong(virConf *conf, const char *setting, long long *value)
{
    return virConfGetSigned(conf, setting, LLONG_MIN, LLONG_MAX, value);
}


int
virConfGetValueUInt(virConf *conf, const char *setting, unsigned int *value)
{
    unsigned long long ul = 0;
    int rc = virConfGetUnsigned(conf, setting, UINT_MAX, &ul);

    if (rc == 1)
        *value = (unsigned int)ul;
    return rc;
}


int
virConfGetValueSizeT(virConf *conf, const char *setting, size_t *value)
{
    unsigned long long ul = 0;
    int rc = virConfGetUnsigned(conf, setting, SIZE_MAX, &ul);

    if (rc == 1)
        *value = (size_t)ul;
    return rc;
}


int
virConfGetValueULLong(virConf *conf, const char *setting, unsigned long long *value)
{
    return virConfGetUnsigned(conf, setting, ULLONG_MAX, value);
}


int
virConfSetValue(virConf *conf, const char *setting, virConfValue *value)
{
    virConfEntry *entry;

    if (!value || (value->type == VIR_CONF_STRING && !value->str)) {
        virConfFreeValue(value);
        virReportError(VIR_ERR_INVALID_ARG, _("no value given for setting '%1$s'"), setting);
        return -1;
    }

    if ((entry = virConfFindEntry(conf, setting))) {
        virConfFreeValue(entry->value);
        entry->value = value;
        return 0;
    }

    virConfAppendEntry(conf, g_strdup(setting), value, NULL, 0);
    return 0;
}


int
virConfWalk(virConf *conf, virConfWalkCallback callback, void *opaque)
{
    virConfEntry *entry;

    if (!conf)
        return 0;

    for (entry = conf->entries; entry; entry = entry->next) {
        if (entry->name && entry->value && callback(entry->name, entry->value, opaque) < 0)
            return -1;
    }
    return 0;
}


int
virConfCheckKeys(virConf *conf, const char *const *known)
{
    virConfEntry *entry;
    size_t i;

    for (entry = conf->entries; entry; entry = entry->next) {
        bool found = false;

        if (!entry->name)
            continue;
        for (i = 0; known[i] && !found; i++)
            found = virConfNameMatches(conf, entry->name, known[i]);
        if (found)
            continue;

        if (entry->line > 0) {
            virReportError(VIR_ERR_CONF_SYNTAX, _("%1$s:%2$d: unknown setting '%3$s'"),
                           virConfName(conf), entry->line, entry->name);
        } else {
            virReportError(VIR_ERR_CONF_SYNTAX, _("%1$s: unknown setting '%2$s'"),
                           virConfName(conf), entry->name);
        }
        return -1;
    }
    return 0;
}


static int
virConfFormatString(GString *buf, const char *str)
{
    bool multiline = strpbrk(str, "\r\n") != NULL;
    size_t len = strlen(str);

    if (!multiline && !strchr(str, '"')) {
        g_string_append_printf(buf, "\"%s\"", str);
        return 0;
    }
    if (!multiline && !strchr(str, '\'')) {
        g_string_append_printf(buf, "'%s'", str);
        return 0;
    }

    /* Triple quotes end at the first """, so these cannot be written. */
    if (strstr(str, "\"\"\"") || (len > 0 && str[len - 1] == '"')) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("string '%1$s' cannot be quoted in a configuration file"), str);
        return -1;
    }
    g_string_append_printf(buf, "\"\"\"%s\"\"\"", str);
    return 0;
}


static int
virConfFormatValue(GString *buf, virConfValue *val)
{
    virConfValue *elem;

    switch (val->type) {
    case VIR_CONF_LLONG:
        g_string_append_printf(buf, "%lld", val->l);
        return 0;
    case VIR_CONF_ULLONG:
        g_string_append_printf(buf, "%llu", (unsigned long long)val->l);
        return 0;
    case VIR_CONF_STRING:
        return virConfFormatString(buf, val->str);
    case VIR_CONF_LIST:
        g_string_append(buf, "[ ");
        for (elem = val->list; elem; elem = elem->next) {
            if (elem != val->list)
                g_string_append(buf, ", ");
            if (virConfFormatValue(buf, elem) < 0)
                return -1;
        }
        g_string_append(buf, " ]");
        return 0;
    case VIR_CONF_NONE:
    case VIR_CONF_LAST:
    default:
        break;
    }

    virReportError(VIR_ERR_INTERNAL_ERROR, _("unexpected configuration value type %1$d"),
                   (int)val->type);
    return -1;
}


char *
virConfFormat(virConf *conf)
{
    g_autoptr(GString) buf = g_string_new(NULL);
    virConfEntry *entry;

    for (entry = conf->entries; entry; entry = entry->next) {
        if (entry->name) {
            g_string_append_printf(buf, "%s = ", entry->name);
            if (virConfFormatValue(buf, entry->value) < 0)
                return NULL;
            if (entry->comment)
                g_string_append_printf(buf, " #%s", entry->comment);
        } else if (entry->comment) {
            g_string_append_printf(buf, "#%s", entry->comment);
        }
        g_string_append_c(buf, '\n');
    }

    return g_string_free(g_steal_pointer(&buf), FALSE);
}


int
virConfWriteMem(char *memory, int *len, virConf *conf)
{
    g_autofree char *content = NULL;
    size_t used;

    if (!memory || !len || *len <= 0 || !conf)
        return -1;

    if (!(content = virConfFormat(conf)))
        return -1;

    used = strlen(content);
    if (used >= (size_t)*len) {
        *len = used > INT_MAX ? INT_MAX : (int)used;
        return -1;
    }

    memcpy(memory, content, used);
    *len = (int)used;
    return (int)used;
}


int
virConfWriteFile(const char *filename, virConf *conf)
{
    g_autofree char *content = NULL;
    size_t len;

    if (!(content = virConfFormat(conf)))
        return -1;

    len = strlen(content);
    if (len > INT_MAX) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("configuration for '%1$s' is too large"),
                       filename);
        return -1;
    }

    if (virFileWriteAtomic(filename, content, len, 0600) < 0)
        return -1;
    return (int)len;
}
