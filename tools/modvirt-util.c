/*
 * modvirt-util.c: what the command families share: lookups of the objects
 * named on the command line, library errors, reading files, printing XML
 * (the CLI's only libxml2 user, for --xpath), domain state names
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/xpath.h>

#include "internal.h"
#include "modvirt.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlDoc, xmlFreeDoc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlXPathContext, xmlXPathFreeContext);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlXPathObject, xmlXPathFreeObject);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlBuffer, xmlBufferFree);

/* Largest XML file the commands read, as virsh. */
#define MODVIRT_MAX_XML_FILE (10 * 1024 * 1024)


virConnectPtr
modvirtConn(vshControl *ctl)
{
    modvirtControl *priv = ctl->privData;

    return priv->conn;
}


void
modvirtResetError(vshControl *ctl)
{
    vshResetError(ctl);
    virResetLastError();
}


void
modvirtSaveLibError(vshControl *ctl)
{
    virErrorPtr err = virGetLastError();

    if (err && err->code != VIR_ERR_OK && err->message)
        vshSaveError(ctl, "%s", err->message);
}


virDomainPtr
modvirtLookupDomainBy(vshControl *ctl, const char *name, unsigned int flags)
{
    virConnectPtr conn = modvirtConn(ctl);
    virDomainPtr dom = NULL;
    char *end = NULL;
    long id;

    if (flags & MODVIRT_BYID) {
        errno = 0;
        id = strtol(name, &end, 10);
        if (!errno && end != name && !*end && id >= 0 && id <= INT_MAX)
            dom = virDomainLookupByID(conn, id);
    }
    if (!dom && (flags & MODVIRT_BYUUID) && strlen(name) == VIR_UUID_STRING_BUFLEN - 1)
        dom = virDomainLookupByUUIDString(conn, name);
    if (!dom && (flags & MODVIRT_BYNAME))
        dom = virDomainLookupByName(conn, name);

    /* Which of the lookups failed, and why, is not worth reporting. */
    modvirtResetError(ctl);
    if (!dom)
        vshError(ctl, _("failed to get domain '%s'"), name);
    return dom;
}


virDomainPtr
modvirtCommandOptDomainBy(vshControl *ctl, const vshCmd *cmd, const char **name, unsigned int flags)
{
    const char *n = NULL;

    if (vshCommandOptStringReq(ctl, cmd, "domain", &n) < 0)
        return NULL;
    vshDebug(ctl, VSH_ERR_INFO, "%s: found option <%s>: %s\n", cmd->def->name, "domain", n);
    if (name)
        *name = n;
    return modvirtLookupDomainBy(ctl, n, flags);
}


virDomainPtr
modvirtCommandOptDomain(vshControl *ctl, const vshCmd *cmd, const char **name)
{
    return modvirtCommandOptDomainBy(ctl, cmd, name,
                                     MODVIRT_BYID | MODVIRT_BYUUID | MODVIRT_BYNAME);
}


virNetworkPtr
modvirtCommandOptNetworkBy(vshControl *ctl,
                           const vshCmd *cmd,
                           const char **name,
                           unsigned int flags)
{
    virNetworkPtr net = NULL;
    const char *n = NULL;

    if (vshCommandOptStringReq(ctl, cmd, "network", &n) < 0)
        return NULL;
    if (name)
        *name = n;
    if ((flags & MODVIRT_BYUUID) && strlen(n) == VIR_UUID_STRING_BUFLEN - 1)
        net = virNetworkLookupByUUIDString(modvirtConn(ctl), n);
    if (!net && (flags & MODVIRT_BYNAME))
        net = virNetworkLookupByName(modvirtConn(ctl), n);
    if (!net)
        vshError(ctl, _("failed to get network '%s'"), n);
    return net;
}


virStoragePoolPtr
modvirtCommandOptPoolBy(
    vshControl *ctl, const vshCmd *cmd, const char *optname, const char **name, unsigned int flags)
{
    virStoragePoolPtr pool = NULL;
    const char *n = NULL;

    if (vshCommandOptStringReq(ctl, cmd, optname, &n) < 0)
        return NULL;
    if (name)
        *name = n;
    if ((flags & MODVIRT_BYUUID) && strlen(n) == VIR_UUID_STRING_BUFLEN - 1)
        pool = virStoragePoolLookupByUUIDString(modvirtConn(ctl), n);
    if (!pool && (flags & MODVIRT_BYNAME))
        pool = virStoragePoolLookupByName(modvirtConn(ctl), n);
    if (!pool)
        vshError(ctl, _("failed to get pool '%s'"), n);
    return pool;
}


/* A volume found without --pool must not be taken from another pool than asked. */
static virStorageVolPtr
modvirtVolCheckPool(vshControl *ctl, virStorageVolPtr vol, virStoragePoolPtr pool, const char *n)
{
    g_autoptr(modvirtStoragePool) volpool = NULL;

    if (!pool || !vol)
        return vol;
    if ((volpool = virStoragePoolLookupByVolume(vol)) &&
        !g_str_equal(virStoragePoolGetName(volpool), virStoragePoolGetName(pool))) {
        modvirtResetError(ctl);
        vshError(ctl, _("Requested volume '%s' is not in pool '%s'"), n,
                 virStoragePoolGetName(pool));
        virStorageVolFree(vol);
        return NULL;
    }
    return vol;
}


virStorageVolPtr
modvirtCommandOptVolBy(vshControl *ctl,
                       const vshCmd *cmd,
                       const char *optname,
                       const char *pooloptname,
                       const char **name,
                       unsigned int flags)
{
    g_autoptr(modvirtStoragePool) pool = NULL;
    virStorageVolPtr vol = NULL;
    const char *n = NULL;
    const char *p = NULL;

    if (vshCommandOptStringReq(ctl, cmd, optname, &n) < 0)
        return NULL;
    if (pooloptname && vshCommandOptStringReq(ctl, cmd, pooloptname, &p) < 0)
        return NULL;
    if (p) {
        if (!(pool = modvirtCommandOptPoolBy(ctl, cmd, pooloptname, name, flags)))
            return NULL;
        if (virStoragePoolIsActive(pool) != 1) {
            vshError(ctl, _("pool '%s' is not active"), p);
            return NULL;
        }
    }
    if (name)
        *name = n;

    if (pool && (flags & MODVIRT_BYNAME))
        vol = virStorageVolLookupByName(pool, n);
    if (!vol && (flags & MODVIRT_BYUUID))
        vol = virStorageVolLookupByKey(modvirtConn(ctl), n);
    if (!vol && (flags & MODVIRT_BYUUID))
        vol = virStorageVolLookupByPath(modvirtConn(ctl), n);

    if (!vol) {
        if (pool || !pooloptname)
            vshError(ctl, _("failed to get vol '%s'"), n);
        else
            vshError(ctl, _("failed to get vol '%s', specifying --%s might help"), n, pooloptname);
    } else {
        modvirtResetError(ctl);
    }
    return modvirtVolCheckPool(ctl, vol, pool, n);
}


virSecretPtr
modvirtCommandOptSecret(vshControl *ctl, const vshCmd *cmd, const char **name)
{
    virSecretPtr secret;
    const char *n = NULL;

    if (vshCommandOptStringReq(ctl, cmd, "secret", &n) < 0)
        return NULL;
    if (name)
        *name = n;
    if (!(secret = virSecretLookupByUUIDString(modvirtConn(ctl), n)))
        vshError(ctl, _("failed to get secret '%s'"), n);
    return secret;
}


/* Read all of @fd (at most @max bytes) into a NUL-terminated buffer. */
static char *
modvirtReadFd(vshControl *ctl, int fd, const char *path, size_t max, size_t *len)
{
    g_autoptr(GString) buf = g_string_new(NULL);
    char chunk[8192];
    ssize_t got;

    while ((got = read(fd, chunk, sizeof(chunk))) != 0) {
        if (got < 0) {
            if (errno == EINTR)
                continue;
            vshSaveError(ctl, _("Failed to read file '%s': %s"), path, g_strerror(errno));
            return NULL;
        }
        if (buf->len + got > max) {
            vshSaveError(ctl, _("Failed to read file '%s': %s"), path, g_strerror(EINVAL));
            return NULL;
        }
        g_string_append_len(buf, chunk, got);
    }
    if (len)
        *len = buf->len;
    return g_string_free(g_steal_pointer(&buf), FALSE);
}


char *
modvirtReadFileLen(vshControl *ctl, const char *path, size_t max, size_t *len)
{
    char *ret;
    int fd;

    if (g_str_equal(path, "-"))
        return modvirtReadFd(ctl, STDIN_FILENO, path, max, len);
    if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
        vshSaveError(ctl, _("Failed to open file '%s': %s"), path, g_strerror(errno));
        return NULL;
    }
    ret = modvirtReadFd(ctl, fd, path, max, len);
    (void)close(fd);
    return ret;
}


char *
modvirtReadFile(vshControl *ctl, const char *path)
{
    return modvirtReadFileLen(ctl, path, MODVIRT_MAX_XML_FILE, NULL);
}


/* Characters an editor command or file name may use without a shell. */
#define MODVIRT_EDITOR_SAFE_CHARS                                                                  \
 "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:@/"


/* Run the user's editor on @path. Returns 0 or -1 with the error printed. */
static int
modvirtRunEditor(vshControl *ctl, const char *path)
{
    const char *editor = g_getenv("VISUAL");
    g_autoptr(GError) err = NULL;
    g_autofree char *shcmd = NULL;
    int status = 0;

    if (!editor)
        editor = g_getenv("EDITOR");
    if (!editor)
        editor = "vi";
    /* EDITOR may carry options: run it through a shell then. */
    if (strspn(editor, MODVIRT_EDITOR_SAFE_CHARS) != strlen(editor)) {
        if (strspn(path, MODVIRT_EDITOR_SAFE_CHARS) != strlen(path)) {
            vshError(
                ctl,
                _("%s: temporary filename contains shell meta or other unacceptable characters (is $TMPDIR wrong?)"),
                path);
            return -1;
        }
        shcmd = g_strdup_printf("%s %s", editor, path);
    }
    {
        const char *shArgv[] = { "sh", "-c", shcmd, NULL };
        const char *edArgv[] = { editor, path, NULL };

        if (!g_spawn_sync(NULL, (char **)(shcmd ? shArgv : edArgv), NULL,
                          G_SPAWN_SEARCH_PATH | G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL, NULL,
                          NULL, &status, &err) ||
            !g_spawn_check_wait_status(status, &err)) {
            vshError(ctl, _("%s: edit failed: %s"), path, err->message);
            return -1;
        }
    }
    return 0;
}


char *
modvirtEditText(vshControl *ctl, const char *text)
{
    g_autoptr(GError) err = NULL;
    g_autofree char *path = NULL;
    char *edited = NULL;
    int fd;

    if ((fd = g_file_open_tmp("modvirtXXXXXX.xml", &path, &err)) < 0) {
        vshError(ctl, _("failed to create temporary file: %s"), err->message);
        return NULL;
    }
    (void)close(fd);
    if (!g_file_set_contents(path, text, -1, &err)) {
        vshError(ctl, _("failed to write to the temporary file: %s"), err->message);
        (void)unlink(path);
        return NULL;
    }
    if (modvirtRunEditor(ctl, path) == 0 && !g_file_get_contents(path, &edited, NULL, &err))
        vshError(ctl, _("%s: failed to read the edited file: %s"), path, err->message);
    (void)unlink(path);
    return edited;
}


/* Print one node as libxml2 formats it. */
static void
modvirtPrintNode(vshControl *ctl, xmlDocPtr doc, xmlNodePtr node)
{
    g_autoptr(xmlBuffer) buf = xmlBufferCreate();

    xmlNodeDump(buf, doc, node, 0, 1);
    vshPrint(ctl, "%s\n", (const char *)xmlBufferContent(buf));
}


/* Print the nodes inside a new <nodes> element. */
static void
modvirtPrintWrapped(vshControl *ctl, xmlNodeSetPtr set)
{
    g_autoptr(xmlDoc) newdoc = xmlNewDoc((const xmlChar *)"1.0");
    xmlNodePtr root = xmlNewNode(NULL, (const xmlChar *)"nodes");
    int i;

    xmlDocSetRootElement(newdoc, root);
    for (i = 0; set && i < set->nodeNr; i++) {
        xmlNodePtr copy = xmlDocCopyNode(set->nodeTab[i], newdoc, 1);

        if (copy && !xmlAddChild(root, copy))
            xmlFreeNode(copy);
    }
    modvirtPrintNode(ctl, newdoc, root);
}


bool
modvirtDumpXML(vshControl *ctl, const char *xml, const char *xpath, bool wrap)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autoptr(xmlXPathObject) obj = NULL;
    int oldblank;
    int i;

    if (!xpath) {
        vshPrint(ctl, "%s", xml);
        return true;
    }
    oldblank = xmlKeepBlanksDefault(0);
    doc = xmlReadDoc((const xmlChar *)xml, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOENT);
    xmlKeepBlanksDefault(oldblank);
    if (!doc || !(ctxt = xmlXPathNewContext(doc))) {
        vshSaveError(ctl, "%s", _("internal error: failed to parse XML document"));
        return false;
    }
    ctxt->node = xmlDocGetRootElement(doc);
    /* A malformed expression is reported by libxml2 itself and selects nothing. */
    if (!(obj = xmlXPathEval((const xmlChar *)xpath, ctxt)))
        return true;
    if (obj->type != XPATH_NODESET) {
        vshSaveError(ctl, _("internal error: Incorrect xpath '%s'"), xpath);
        return false;
    }
    if (wrap) {
        modvirtPrintWrapped(ctl, obj->nodesetval);
        return true;
    }
    for (i = 0; obj->nodesetval && i < obj->nodesetval->nodeNr; i++)
        modvirtPrintNode(ctl, doc, obj->nodesetval->nodeTab[i]);
    return true;
}


/* Parse @xml and evaluate @expr from its root element. */
static xmlXPathObjectPtr
modvirtXPathEval(vshControl *ctl, const char *xml, const char *expr, xmlDocPtr *docOut)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;
    xmlXPathObjectPtr obj;

    doc = xmlReadDoc((const xmlChar *)xml, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOENT);
    if (!doc || !(ctxt = xmlXPathNewContext(doc))) {
        vshSaveError(ctl, "%s", _("internal error: failed to parse XML document"));
        return NULL;
    }
    ctxt->node = xmlDocGetRootElement(doc);
    if (!(obj = xmlXPathEval((const xmlChar *)expr, ctxt))) {
        vshSaveError(ctl, _("internal error: Incorrect xpath '%s'"), expr);
        return NULL;
    }
    *docOut = g_steal_pointer(&doc);
    return obj;
}


char *
modvirtXPathString(vshControl *ctl, const char *xml, const char *expr)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathObject) obj = modvirtXPathEval(ctl, xml, expr, &doc);

    if (!obj)
        return NULL;
    if (obj->type != XPATH_STRING || !obj->stringval) {
        vshSaveError(ctl, _("internal error: Incorrect xpath '%s'"), expr);
        return NULL;
    }
    return g_strdup((const char *)obj->stringval);
}


int
modvirtXPathBoolean(vshControl *ctl, const char *xml, const char *expr)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathObject) obj = modvirtXPathEval(ctl, xml, expr, &doc);

    if (!obj)
        return -1;
    return xmlXPathCastToBoolean(obj) ? 1 : 0;
}


char **
modvirtXPathStrings(vshControl *ctl, const char *xml, const char *expr)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathObject) obj = modvirtXPathEval(ctl, xml, expr, &doc);
    g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func(g_free);
    int i;

    if (!obj)
        return NULL;
    if (obj->type != XPATH_NODESET) {
        vshSaveError(ctl, _("internal error: Incorrect xpath '%s'"), expr);
        return NULL;
    }
    for (i = 0; obj->nodesetval && i < obj->nodesetval->nodeNr; i++) {
        xmlChar *val = xmlNodeGetContent(obj->nodesetval->nodeTab[i]);

        g_ptr_array_add(values, g_strdup(val ? (const char *)val : ""));
        xmlFree(val);
    }
    g_ptr_array_add(values, NULL);
    return (char **)g_ptr_array_free(g_steal_pointer(&values), FALSE);
}


GPtrArray *
modvirtXPathRecords(vshControl *ctl, const char *xml, const char *nodes, const char *const *fields)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autoptr(xmlXPathObject) set = NULL;
    GPtrArray *records;
    int i;

    doc = xmlReadDoc((const xmlChar *)xml, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOENT);
    if (!doc || !(ctxt = xmlXPathNewContext(doc))) {
        vshSaveError(ctl, "%s", _("internal error: failed to parse XML document"));
        return NULL;
    }
    ctxt->node = xmlDocGetRootElement(doc);
    if (!(set = xmlXPathEval((const xmlChar *)nodes, ctxt)) || set->type != XPATH_NODESET) {
        vshSaveError(ctl, _("internal error: Incorrect xpath '%s'"), nodes);
        return NULL;
    }
    records = g_ptr_array_new_with_free_func((GDestroyNotify)g_strfreev);
    for (i = 0; set->nodesetval && i < set->nodesetval->nodeNr; i++) {
        char **values = g_new0(char *, g_strv_length((char **)fields) + 1);
        size_t j;

        for (j = 0; fields[j]; j++) {
            g_autoptr(xmlXPathObject) obj = NULL;

            ctxt->node = set->nodesetval->nodeTab[i];
            obj = xmlXPathEval((const xmlChar *)fields[j], ctxt);
            values[j] = g_strdup(obj && obj->type == XPATH_STRING && obj->stringval
                                     ? (const char *)obj->stringval
                                     : "");
        }
        g_ptr_array_add(records, values);
    }
    return records;
}


char *
modvirtXMLSetText(vshControl *ctl G_GNUC_UNUSED,
                  const char *xml,
                  const char *expr,
                  const char *text)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;
    g_autoptr(xmlXPathObject) obj = NULL;
    g_autoptr(xmlBuffer) buf = NULL;

    doc = xmlReadDoc((const xmlChar *)xml, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOENT);
    if (!doc || !(ctxt = xmlXPathNewContext(doc)) ||
        !(obj = xmlXPathEval((const xmlChar *)expr, ctxt)) || obj->type != XPATH_NODESET ||
        !obj->nodesetval || obj->nodesetval->nodeNr < 1)
        return NULL;
    xmlNodeSetContent(obj->nodesetval->nodeTab[0], (const xmlChar *)text);
    buf = xmlBufferCreate();
    xmlNodeDump(buf, doc, doc->children, 0, 1);
    return g_strdup((const char *)xmlBufferContent(buf));
}


bool
modvirtDumpXMLCmd(vshControl *ctl, const vshCmd *cmd, const char *xml)
{
    const char *xpath = NULL;

    if (vshCommandOptStringQuiet(ctl, cmd, "xpath", &xpath) < 0)
        return false;
    return modvirtDumpXML(ctl, xml, xpath, vshCommandOptBool(cmd, "wrap"));
}


char *
modvirtGetDomainDescription(vshControl *ctl, virDomainPtr dom, bool title, unsigned int flags)
{
    int type = title ? VIR_DOMAIN_METADATA_TITLE : VIR_DOMAIN_METADATA_DESCRIPTION;
    g_autofree char *xml = NULL;
    char *desc;
    int code;

    if ((desc = virDomainGetMetadata(dom, type, NULL, flags)))
        return desc;
    code = virGetLastErrorCode();
    if (code == VIR_ERR_NO_DOMAIN_METADATA) {
        modvirtResetError(ctl);
        return g_strdup("");
    }
    if (code != VIR_ERR_NO_SUPPORT)
        return NULL;

    /* Drivers without the metadata call: read the XML. */
    modvirtResetError(ctl);
    if (!(xml = virDomainGetXMLDesc(dom, flags)))
        return NULL;
    return modvirtXPathString(ctl, xml, title ? "string(./title[1])" : "string(./description[1])");
}


const char *
modvirtDomainStateToString(int state)
{
    static const char *const names[] = {
        N_("no state"),    N_("running"),  N_("idle"),    N_("paused"),
        N_("in shutdown"), N_("shut off"), N_("crashed"), N_("pmsuspended"),
    };

    if (state < 0 || state >= (int)G_N_ELEMENTS(names))
        return _("no state");
    return _(names[state]);
}


const char *
modvirtDomainStateReasonToString(int state, int reason)
{
    static const char *const running[] = {
        N_("unknown"),
        N_("booted"),
        N_("migrated"),
        N_("restored"),
        N_("from snapshot"),
        N_("unpaused"),
        N_("migration canceled"),
        N_("save canceled"),
        N_("event wakeup"),
        N_("crashed"),
        N_("post-copy"),
        N_("post-copy failed"),
        NULL,
    };
    static const char *const paused[] = {
        N_("unknown"),
        N_("user"),
        N_("migrating"),
        N_("saving"),
        N_("dumping"),
        N_("I/O error"),
        N_("watchdog"),
        N_("from snapshot"),
        N_("shutting down"),
        N_("creating snapshot"),
        N_("crashed"),
        N_("starting up"),
        N_("post-copy"),
        N_("post-copy failed"),
        NULL,
    };
    static const char *const shutdown[] = { N_("unknown"), N_("user"), NULL };
    static const char *const shutoff[] = {
        N_("unknown"), N_("shutdown"), N_("destroyed"),     N_("crashed"), N_("migrated"),
        N_("saved"),   N_("failed"),   N_("from snapshot"), N_("daemon"),  NULL,
    };
    static const char *const crashed[] = { N_("unknown"), N_("panicked"), NULL };
    static const char *const unknown[] = { N_("unknown"), NULL };
    const char *const *names = unknown;
    int i;

    if (state == VIR_DOMAIN_RUNNING)
        names = running;
    else if (state == VIR_DOMAIN_PAUSED)
        names = paused;
    else if (state == VIR_DOMAIN_SHUTDOWN)
        names = shutdown;
    else if (state == VIR_DOMAIN_SHUTOFF)
        names = shutoff;
    else if (state == VIR_DOMAIN_CRASHED)
        names = crashed;
    for (i = 0; reason >= 0 && names[i]; i++) {
        if (i == reason)
            return _(names[i]);
    }
    return _("unknown");
}


int
modvirtDomainState(vshControl *ctl, virDomainPtr dom, int *reason)
{
    virDomainInfo info;
    int state;

    if (reason)
        *reason = -1;
    if (virDomainGetState(dom, &state, reason, 0) == 0)
        return state;
    if (virGetLastErrorCode() != VIR_ERR_NO_SUPPORT)
        return -1;
    modvirtResetError(ctl);
    if (virDomainGetInfo(dom, &info) < 0)
        return -1;
    return info.state;
}


void
modvirtDomainFree(virDomainPtr dom)
{
    if (dom)
        virDomainFree(dom);
}


void
modvirtNetworkFree(virNetworkPtr net)
{
    if (net)
        virNetworkFree(net);
}


void
modvirtStoragePoolFree(virStoragePoolPtr pool)
{
    if (pool)
        virStoragePoolFree(pool);
}


void
modvirtStorageVolFree(virStorageVolPtr vol)
{
    if (vol)
        virStorageVolFree(vol);
}


void
modvirtSecretFree(virSecretPtr secret)
{
    if (secret)
        virSecretFree(secret);
}


void
modvirtDomainSnapshotFree(virDomainSnapshotPtr snap)
{
    if (snap)
        virDomainSnapshotFree(snap);
}
