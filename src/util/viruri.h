/*
 * viruri.h: parsing and formatting of connection URIs
 *
 * The one module that wraps GLib's URI parser (GUri). Everything else
 * that takes a URI apart or builds one calls these functions.
 *
 * The model follows libvirt's virURI: components are stored decoded
 * (except the query, which is kept exactly as written), an IPv6 host is
 * stored without its brackets, an absent or empty host is NULL, an absent
 * port is 0, and the query is also split into an ordered list of decoded
 * name/value parameters. "qemu:///system" has server NULL and path
 * "/system"; "esx://host/?no_verify=1" has server "host", path "/" and one
 * parameter no_verify=1.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stddef.h>

#include <glib.h>

#include "virconf.h"

typedef struct _virURIParam virURIParam;
struct _virURIParam {
    char *name;  /* decoded parameter name, owned */
    char *value; /* decoded value, owned; "" when the query had no '=' */
    bool ignore; /* true: left out by virURIFormatParams() */
};

typedef struct _virURI virURI;
struct _virURI {
    char *scheme;   /* e.g. "qemu+ssh"; lower case; NULL for a relative reference */
    char *server;   /* decoded host without IPv6 brackets; NULL if absent or empty */
    char *user;     /* decoded userinfo (everything before '@'), or NULL */
    int port;       /* 1..65535, or 0 when absent */
    char *path;     /* decoded path, or NULL when empty */
    char *query;    /* raw query without the '?', still %-encoded, or NULL */
    char *fragment; /* decoded fragment, or NULL */

    virURIParam *params; /* the query split at '&' (or ';'), in order */
    size_t paramsCount;  /* number of used entries in @params */
    size_t paramsAlloc;  /* number of allocated entries in @params */
};

/*
 * virURIParse:
 * @uri: the URI text (absolute, or a relative reference such as "xen")
 *
 * Splits @uri into its components and its query into parameters. The
 * scheme is lower-cased (it is case-insensitive); everything else is kept
 * as written, apart from %-decoding. Characters that a URI may not contain
 * unescaped (space, control bytes, non-ASCII, "<>\"\\^`{|}"), bad %-escapes,
 * escapes of NUL or invalid UTF-8, a bad port or a bad IPv6 literal are
 * rejected.
 *
 * Returns a new virURI (free with virURIFree), or NULL with
 * VIR_ERR_INTERNAL_ERROR "Unable to parse URI ..." reported.
 */
virURI *virURIParse(const char *uri);

/*
 * virURIFormat:
 * @uri: the URI to format
 *
 * Builds the text form of @uri: the path, user and fragment are %-encoded
 * again, an IPv6 server is put in brackets, port 0 is left out and the
 * query is written as stored in @uri->query (set it from
 * virURIFormatParams() to apply parameter changes). When a scheme is set,
 * "//" always follows it, as in libvirt ("qemu:/system" formats as
 * "qemu:///system"), and a ':' in the first segment of a relative
 * reference is escaped so that it cannot read back as a scheme. Never
 * fails.
 *
 * Returns a new string; the caller frees it.
 */
char *virURIFormat(virURI *uri);

/*
 * virURIFormatParams:
 * @uri: the URI whose parameters to format
 *
 * Joins the parameters not marked ignore as "name=value&...", in order,
 * with each value %-encoded (everything but letters, digits and "-._~").
 *
 * Returns a new string ("" when there is no parameter); the caller frees it.
 */
char *virURIFormatParams(virURI *uri);

/*
 * virURIFree:
 * @uri: the URI to free, or NULL
 *
 * Frees @uri and everything it owns.
 */
void virURIFree(virURI *uri);

/*
 * virURIResolveAlias:
 * @conf: a configuration (libvirt.conf) holding "uri_aliases", or NULL
 * @alias: the name to look up
 * @uri: set to a new copy of the URI the alias stands for, or NULL
 *
 * Looks @alias up in the "uri_aliases" string list, whose entries read
 * "name=uri" with names made of letters, digits, '_' and '-'. Not finding
 * it (or having no such list) is not an error: *@uri is then NULL.
 *
 * Returns 0, or -1 with VIR_ERR_CONF_SYNTAX reported for a malformed
 * entry (or a type error from the config getter).
 */
int virURIResolveAlias(virConf *conf, const char *alias, char **uri);

/*
 * virURIGetParam:
 * @uri: a parsed URI
 * @name: the parameter name, matched case-insensitively
 *
 * Returns the value of the first parameter called @name (borrowed, valid
 * as long as @uri is), or NULL with VIR_ERR_INVALID_ARG "Missing URI
 * parameter ..." reported when there is none.
 */
const char *virURIGetParam(virURI *uri, const char *name);

/*
 * virURICheckUnixSocket:
 * @uri: a parsed URI
 *
 * Tells whether @uri names its own UNIX socket: its transport is "unix"
 * ("qemu+unix://...") and it has a "socket" parameter (case-insensitive).
 * Such a URI may lead to a remote daemon even though it looks local.
 * As in libvirt, other transports never count, even with ?socket=.
 *
 * Returns true or false; reports nothing.
 */
bool virURICheckUnixSocket(virURI *uri);

/*
 * virURIParamsSetIgnore:
 * @uri: a parsed URI
 * @ignore: the value to set
 * @names: NULL-terminated list of parameter names (case-insensitive)
 *
 * Sets the ignore flag of every parameter whose name is in @names, so
 * that virURIFormatParams() leaves them out (or puts them back).
 */
void virURIParamsSetIgnore(virURI *uri, bool ignore, const char *const *names);

/*
 * virURISplitScheme:
 * @scheme: a URI scheme such as "qemu+ssh" or "qemu"
 * @driver: set to a new copy of the driver part ("qemu")
 * @transport: set to a new copy of the transport part ("ssh"), or NULL
 *             when @scheme has no '+'
 *
 * Splits a scheme at its '+'. The outputs are written only on success.
 *
 * Returns 0, or -1 with VIR_ERR_INVALID_ARG reported when @scheme is NULL
 * or empty, has an empty driver or transport, or more than one '+'.
 */
int virURISplitScheme(const char *scheme, char **driver, char **transport);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virURI, virURIFree);
