/*
 * viruri.c: parsing and formatting of connection URIs on top of GUri
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include <glib.h>

#include "internal.h"
#include "virconf.h"
#include "virerror.h"
#include "virlog.h"
#include "viruri.h"

#define VIR_FROM_THIS VIR_FROM_URI

VIR_LOG_INIT("util.uri");

/* No real connection URI comes near this; it bounds work on hostile input. */
#define VIR_URI_MAX_LEN (64 * 1024)

/*
 * Components are decoded (so "%20" in a path becomes a space) except the
 * query, which is kept raw (see virURIRawQuery) so that virURIFormat()
 * writes it back exactly and the parameters are decoded one by one. NON_DNS keeps the host as
 * written instead of IDN-converting it: hosts here may be names that are
 * not DNS names at all.
 */
#define VIR_URI_GFLAGS (G_URI_FLAGS_ENCODED_QUERY | G_URI_FLAGS_NON_DNS)

/* Characters that RFC 3986 allows anywhere in a URI, besides alnums. */
#define VIR_URI_ALLOWED_PUNCT "-._~:/?#[]@!$&'()*+,;=%"

#define VIR_URI_ALIAS_CHARS "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"


static void
virURIReportParseError(const char *uri)
{
    virReportError(VIR_ERR_INTERNAL_ERROR, _("Unable to parse URI %1$s"), NULLSTR(uri));
}


/*
 * GUri tolerates characters such as spaces that libxml2 (and therefore
 * libvirt) refuses, so check the character set ourselves first.
 */
static bool
virURICharsValid(const char *uri)
{
    const char *p;

    for (p = uri; *p; p++) {
        if (g_ascii_isalnum(*p))
            continue;
        if (strchr(VIR_URI_ALLOWED_PUNCT, *p))
            continue;
        return false;
    }
    return true;
}


/*
 * A reference without a scheme must not have a ':' in its first path
 * segment (RFC 3986 path-noscheme): "://x" or "1abc:foo" are not URIs,
 * although GUri hands them back as relative paths. Checked on the raw
 * text, so that an escaped "%3A" stays allowed.
 */
static bool
virURIRelativeValid(const char *uri)
{
    return memchr(uri, ':', strcspn(uri, "/?#")) == NULL;
}


/*
 * GUri normalises even an "encoded" query (it turns "%7E" into "~"), so
 * take the query text from the input itself: neither '?' nor '#' can come
 * before it, and it ends at the fragment's '#'.
 */
static char *
virURIRawQuery(const char *uri)
{
    size_t len = strcspn(uri, "#");
    const char *qmark = memchr(uri, '?', len);

    if (!qmark)
        return NULL;
    return g_strndup(qmark + 1, len - (qmark + 1 - uri));
}


static void
virURIParamAppend(virURI *uri, char *name, char *value)
{
    if (uri->paramsCount == uri->paramsAlloc) {
        uri->paramsAlloc = MAX(4, uri->paramsAlloc * 2);
        uri->params = g_renew(virURIParam, uri->params, uri->paramsAlloc);
    }
    uri->params[uri->paramsCount].name = name;
    uri->params[uri->paramsCount].value = value;
    uri->params[uri->paramsCount].ignore = false;
    uri->paramsCount++;
}


/*
 * Splits one "name=value" chunk [start, end) and appends it. A chunk
 * without '=' is a name with an empty value and a chunk that starts with
 * '=' is skipped, as CGI.pm (and libvirt) do. Returns -1 if an escape
 * decodes to NUL or is malformed.
 */
static int
virURIParseOneParam(virURI *uri, const char *start, const char *end)
{
    const char *eq = memchr(start, '=', end - start);
    g_autofree char *name = NULL;
    g_autofree char *value = NULL;

    if (eq == start)
        return 0;

    if (!(name = g_uri_unescape_segment(start, eq ? eq : end, NULL)))
        return -1;

    if (eq)
        value = g_uri_unescape_segment(eq + 1, end, NULL);
    else
        value = g_strdup("");
    if (!value)
        return -1;

    virURIParamAppend(uri, g_steal_pointer(&name), g_steal_pointer(&value));
    return 0;
}


/*
 * Fills @uri->params from @uri->query. Like libvirt, each chunk ends at
 * the next '&' or, only when no '&' is left, at the next ';'.
 */
static int
virURIParseParams(virURI *uri)
{
    const char *cur = uri->query;

    if (!cur)
        return 0;

    while (*cur) {
        const char *end = strchr(cur, '&');

        if (!end)
            end = strchr(cur, ';');
        if (!end)
            end = cur + strlen(cur);

        if (end > cur && virURIParseOneParam(uri, cur, end) < 0)
            return -1;

        cur = *end ? end + 1 : end;
    }
    return 0;
}


static char *
virURIEmptyToNull(char *str)
{
    if (str && !*str) {
        g_free(str);
        return NULL;
    }
    return str;
}


virURI *
virURIParse(const char *uri)
{
    g_autoptr(virURI) ret = NULL;
    g_autoptr(GError) gerr = NULL;
    char *host = NULL;
    char *path = NULL;
    int port = -1;

    if (!uri || strlen(uri) > VIR_URI_MAX_LEN || !virURICharsValid(uri)) {
        VIR_DEBUG("URI is NULL, too long or has invalid characters");
        virURIReportParseError(uri);
        return NULL;
    }

    ret = g_new0(virURI, 1);
    if (!g_uri_split(uri, VIR_URI_GFLAGS, &ret->scheme, &ret->user, &host, &port, &path,
                     &ret->query, &ret->fragment, &gerr)) {
        VIR_DEBUG("GUri rejected '%s': %s", uri, gerr->message);
        g_free(host);
        g_free(path);
        virURIReportParseError(uri);
        return NULL;
    }

    g_free(ret->query);
    ret->query = virURIRawQuery(uri);
    ret->server = virURIEmptyToNull(host);
    ret->path = virURIEmptyToNull(path);
    /* libvirt's convention: no port without a server, and 0 for "none". */
    ret->port = (ret->server && port > 0) ? port : 0;

    if (!ret->scheme && !virURIRelativeValid(uri)) {
        virURIReportParseError(uri);
        return NULL;
    }

    if (virURIParseParams(ret) < 0) {
        VIR_DEBUG("bad escape in the query of '%s'", uri);
        virURIReportParseError(uri);
        return NULL;
    }

    return g_steal_pointer(&ret);
}


char *
virURIFormat(virURI *uri)
{
    const char *host = uri->server;
    g_autofree char *path = NULL;
    char *ret;

    /* An empty authority keeps "scheme://" even without a server. */
    if (!host && uri->scheme)
        host = "";

    /* With an authority, GUri insists on an empty or absolute path. */
    if (host && uri->path && uri->path[0] != '/')
        path = g_strdup_printf("/%s", uri->path);
    else
        path = g_strdup(NULLSTR_EMPTY(uri->path));

    ret = g_uri_join(VIR_URI_GFLAGS, uri->scheme, uri->user, host, uri->port > 0 ? uri->port : -1,
                     path, uri->query, uri->fragment);

    /* GUri leaves a ':' in the first segment of a relative path as it is,
     * which would read back as a scheme. */
    if (!host && !virURIRelativeValid(ret)) {
        size_t seglen = strcspn(ret, "/?#");
        GString *fixed = g_string_new_len(ret, seglen);

        g_string_replace(fixed, ":", "%3A", 0);
        g_string_append(fixed, ret + seglen);
        g_free(ret);
        return g_string_free(fixed, FALSE);
    }
    return ret;
}


char *
virURIFormatParams(virURI *uri)
{
    GString *str = g_string_new(NULL);
    size_t i;

    for (i = 0; i < uri->paramsCount; i++) {
        if (uri->params[i].ignore)
            continue;
        if (str->len > 0)
            g_string_append_c(str, '&');
        g_string_append_uri_escaped(str, uri->params[i].name, NULL, FALSE);
        g_string_append_c(str, '=');
        g_string_append_uri_escaped(str, uri->params[i].value, NULL, FALSE);
    }

    return g_string_free(str, FALSE);
}


void
virURIFree(virURI *uri)
{
    size_t i;

    if (!uri)
        return;

    g_free(uri->scheme);
    g_free(uri->server);
    g_free(uri->user);
    g_free(uri->path);
    g_free(uri->query);
    g_free(uri->fragment);

    for (i = 0; i < uri->paramsCount; i++) {
        g_free(uri->params[i].name);
        g_free(uri->params[i].value);
    }
    g_free(uri->params);
    g_free(uri);
}


static int
virURIFindAliasMatch(char *const *aliases, const char *alias, char **uri)
{
    size_t aliaslen = strlen(alias);

    for (; *aliases; aliases++) {
        const char *eq = strchr(*aliases, '=');
        size_t namelen;

        if (!eq) {
            virReportError(
                VIR_ERR_CONF_SYNTAX,
                _("Malformed 'uri_aliases' config entry '%1$s', expected 'alias=uri://host/path'"),
                *aliases);
            return -1;
        }

        namelen = eq - *aliases;
        if (strspn(*aliases, VIR_URI_ALIAS_CHARS) < namelen) {
            virReportError(
                VIR_ERR_CONF_SYNTAX,
                _("Malformed 'uri_aliases' config entry '%1$s', aliases may only contain 'a-Z, 0-9, _, -'"),
                *aliases);
            return -1;
        }

        if (namelen == aliaslen && strncmp(*aliases, alias, aliaslen) == 0) {
            VIR_DEBUG("Resolved alias '%s' to '%s'", alias, eq + 1);
            *uri = g_strdup(eq + 1);
            return 0;
        }
    }

    VIR_DEBUG("No alias found for '%s'", alias);
    return 0;
}


int
virURIResolveAlias(virConf *conf, const char *alias, char **uri)
{
    g_auto(GStrv) aliases = NULL;

    *uri = NULL;

    if (!conf)
        return 0;

    if (virConfGetValueStringList(conf, "uri_aliases", false, &aliases) < 0)
        return -1;

    if (!aliases)
        return 0;

    return virURIFindAliasMatch(aliases, alias, uri);
}


const char *
virURIGetParam(virURI *uri, const char *name)
{
    size_t i;

    for (i = 0; i < uri->paramsCount; i++) {
        if (g_ascii_strcasecmp(uri->params[i].name, name) == 0)
            return uri->params[i].value;
    }

    virReportError(VIR_ERR_INVALID_ARG, _("Missing URI parameter '%1$s'"), name);
    return NULL;
}


bool
virURICheckUnixSocket(virURI *uri)
{
    const char *plus;
    size_t i;

    if (!uri->scheme || !(plus = strchr(uri->scheme, '+')))
        return false;

    if (!g_str_equal(plus, "+unix"))
        return false;

    for (i = 0; i < uri->paramsCount; i++) {
        if (g_ascii_strcasecmp(uri->params[i].name, "socket") == 0)
            return true;
    }
    return false;
}


void
virURIParamsSetIgnore(virURI *uri, bool ignore, const char *const *names)
{
    size_t i;
    size_t j;

    for (i = 0; i < uri->paramsCount; i++) {
        for (j = 0; names[j]; j++) {
            if (g_ascii_strcasecmp(uri->params[i].name, names[j]) == 0)
                uri->params[i].ignore = ignore;
        }
    }
}


int
virURISplitScheme(const char *scheme, char **driver, char **transport)
{
    const char *plus;

    if (!scheme || !*scheme) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("missing URI scheme"));
        return -1;
    }

    plus = strchr(scheme, '+');
    if (plus && (plus == scheme || plus[1] == '\0' || strchr(plus + 1, '+'))) {
        virReportError(VIR_ERR_INVALID_ARG, _("Invalid transport in URI scheme '%1$s'"), scheme);
        return -1;
    }

    if (plus) {
        *driver = g_strndup(scheme, plus - scheme);
        *transport = g_strdup(plus + 1);
    } else {
        *driver = g_strdup(scheme);
        *transport = NULL;
    }
    return 0;
}
