/*
 * virstorageencryption.c: secret references, <auth> and <encryption>
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <glib.h>

#include "virerror.h"
#include "virlog.h"
#include "virstorageencryption.h"

#define VIR_FROM_THIS VIR_FROM_STORAGE

VIR_LOG_INIT("conf.storageencryption");

VIR_ENUM_IMPL(virStorageAuth, VIR_STORAGE_AUTH_TYPE_LAST, "none", "chap", "ceph");

VIR_ENUM_IMPL(virStorageEncryptionFormat,
              VIR_STORAGE_ENCRYPTION_FORMAT_LAST,
              "default",
              "qcow",
              "luks",
              "luks2");

VIR_ENUM_IMPL(
    virStorageEncryptionEngine, VIR_STORAGE_ENCRYPTION_ENGINE_LAST, "default", "qemu", "librbd");

VIR_ENUM_IMPL(virStorageEncryptionSecret, VIR_STORAGE_ENCRYPTION_SECRET_TYPE_LAST, "passphrase");

/* libvirt reports secret reference errors from its util code, which has
 * no error domain of its own */
#define virReportLookupError(...)                                                                  \
 virReportErrorHelper(VIR_FROM_NONE, VIR_ERR_XML_ERROR, __FILE__, __func__, __LINE__, __VA_ARGS__)


int
virSecretLookupParseSecret(xmlNodePtr secretnode, virSecretLookupTypeDef *def)
{
    g_autofree char *uuid = virXMLPropString(secretnode, "uuid");
    g_autofree char *usage = virXMLPropString(secretnode, "usage");

    if (!uuid && !usage) {
        virReportLookupError(_("missing secret uuid or usage attribute"));
        return -1;
    }
    if (uuid && usage) {
        virReportLookupError(_("either secret uuid or usage expected"));
        return -1;
    }
    if (uuid) {
        if (virUUIDParse(uuid, def->u.uuid) < 0) {
            virReportLookupError(_("invalid secret uuid '%1$s'"), uuid);
            return -1;
        }
        def->type = VIR_SECRET_LOOKUP_TYPE_UUID;
    } else {
        def->u.usage = g_steal_pointer(&usage);
        def->type = VIR_SECRET_LOOKUP_TYPE_USAGE;
    }
    return 0;
}


void
virSecretLookupFormatSecret(virBuffer *buf,
                            const char *secrettype,
                            const virSecretLookupTypeDef *def)
{
    char uuidstr[VIR_UUID_STRING_BUFLEN];

    virBufferAddLit(buf, "<secret");
    /* libvirt writes this value unescaped; escaping only differs for
     * values that would make the output malformed */
    virBufferEscapeString(buf, " type='%s'", secrettype);
    if (def->type == VIR_SECRET_LOOKUP_TYPE_UUID) {
        virBufferAsprintf(buf, " uuid='%s'", virUUIDFormat(def->u.uuid, uuidstr));
    } else if (def->type == VIR_SECRET_LOOKUP_TYPE_USAGE) {
        virBufferEscapeString(buf, " usage='%s'", def->u.usage);
    }
    virBufferAddLit(buf, "/>\n");
}


void
virSecretLookupDefClear(virSecretLookupTypeDef *def)
{
    if (!def)
        return;
    if (def->type == VIR_SECRET_LOOKUP_TYPE_USAGE)
        g_free(def->u.usage);
    memset(def, 0, sizeof(*def));
}


void
virSecretLookupDefCopy(virSecretLookupTypeDef *dst, const virSecretLookupTypeDef *src)
{
    *dst = *src;
    if (src->type == VIR_SECRET_LOOKUP_TYPE_USAGE)
        dst->u.usage = g_strdup(src->u.usage);
}


virStorageAuthDef *
virStorageAuthDefParse(xmlNodePtr node, xmlXPathContextPtr ctxt)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virStorageAuthDef) authdef = g_new0(virStorageAuthDef, 1);
    g_autofree char *authtype = NULL;
    xmlNodePtr secretnode;

    ctxt->node = node;

    if (!(authdef->username = virXPathString("string(./@username)", ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing username for auth"));
        return NULL;
    }

    if ((authtype = virXPathString("string(./@type)", ctxt))) {
        int t = virStorageAuthTypeFromString(authtype);

        if (t < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown auth type '%1$s'"), authtype);
            return NULL;
        }
        authdef->authType = t;
    }

    if (!(secretnode = virXPathNode("./secret", ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("Missing <secret> element in auth"));
        return NULL;
    }

    /* kept as written: domain disks compare it with the disk's protocol */
    authdef->secrettype = virXMLPropString(secretnode, "type");

    if (virSecretLookupParseSecret(secretnode, &authdef->seclookupdef) < 0)
        return NULL;

    return g_steal_pointer(&authdef);
}


void
virStorageAuthDefFormat(virBuffer *buf, const virStorageAuthDef *authdef)
{
    if (authdef->authType == VIR_STORAGE_AUTH_TYPE_NONE) {
        virBufferEscapeString(buf, "<auth username='%s'>\n", authdef->username);
    } else {
        virBufferAsprintf(buf, "<auth type='%s' ", virStorageAuthTypeToString(authdef->authType));
        virBufferEscapeString(buf, "username='%s'>\n", authdef->username);
    }
    virBufferAdjustIndent(buf, 2);
    virSecretLookupFormatSecret(buf, authdef->secrettype, &authdef->seclookupdef);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</auth>\n");
}


virStorageAuthDef *
virStorageAuthDefCopy(const virStorageAuthDef *src)
{
    virStorageAuthDef *dst;

    if (!src)
        return NULL;
    dst = g_new0(virStorageAuthDef, 1);
    dst->username = g_strdup(src->username);
    dst->secrettype = g_strdup(src->secrettype);
    dst->authType = src->authType;
    virSecretLookupDefCopy(&dst->seclookupdef, &src->seclookupdef);
    return dst;
}


void
virStorageAuthDefFree(virStorageAuthDef *def)
{
    if (!def)
        return;
    g_free(def->username);
    g_free(def->secrettype);
    virSecretLookupDefClear(&def->seclookupdef);
    g_free(def);
}


static void
virStorageEncryptionSecretFree(virStorageEncryptionSecret *secret)
{
    if (!secret)
        return;
    virSecretLookupDefClear(&secret->seclookupdef);
    g_free(secret);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virStorageEncryptionSecret, virStorageEncryptionSecretFree);


static void
virStorageEncryptionInfoDefClear(virStorageEncryptionInfoDef *info)
{
    g_free(info->cipher_name);
    g_free(info->cipher_mode);
    g_free(info->cipher_hash);
    g_free(info->ivgen_name);
    g_free(info->ivgen_hash);
    memset(info, 0, sizeof(*info));
}


void
virStorageEncryptionFree(virStorageEncryption *enc)
{
    size_t i;

    if (!enc)
        return;
    for (i = 0; i < enc->nsecrets; i++)
        virStorageEncryptionSecretFree(enc->secrets[i]);
    g_free(enc->secrets);
    virStorageEncryptionInfoDefClear(&enc->encinfo);
    g_free(enc);
}


virStorageEncryption *
virStorageEncryptionCopy(const virStorageEncryption *src)
{
    virStorageEncryption *dst;
    size_t i;

    if (!src)
        return NULL;
    dst = g_new0(virStorageEncryption, 1);
    dst->engine = src->engine;
    dst->format = src->format;
    dst->secrets = g_new0(virStorageEncryptionSecret *, src->nsecrets);
    dst->nsecrets = src->nsecrets;
    for (i = 0; i < src->nsecrets; i++) {
        dst->secrets[i] = g_new0(virStorageEncryptionSecret, 1);
        dst->secrets[i]->type = src->secrets[i]->type;
        virSecretLookupDefCopy(&dst->secrets[i]->seclookupdef, &src->secrets[i]->seclookupdef);
    }
    dst->encinfo.cipher_size = src->encinfo.cipher_size;
    dst->encinfo.cipher_name = g_strdup(src->encinfo.cipher_name);
    dst->encinfo.cipher_mode = g_strdup(src->encinfo.cipher_mode);
    dst->encinfo.cipher_hash = g_strdup(src->encinfo.cipher_hash);
    dst->encinfo.ivgen_name = g_strdup(src->encinfo.ivgen_name);
    dst->encinfo.ivgen_hash = g_strdup(src->encinfo.ivgen_hash);
    return dst;
}


static virStorageEncryptionSecret *
virStorageEncryptionSecretParse(xmlXPathContextPtr ctxt, xmlNodePtr node)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virStorageEncryptionSecret) secret = g_new0(virStorageEncryptionSecret, 1);
    g_autofree char *type_str = NULL;
    int type;

    ctxt->node = node;

    if (!(type_str = virXPathString("string(./@type)", ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("unknown volume encryption secret type"));
        return NULL;
    }
    if ((type = virStorageEncryptionSecretTypeFromString(type_str)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown volume encryption secret type %1$s"),
                       type_str);
        return NULL;
    }
    secret->type = type;

    if (virSecretLookupParseSecret(node, &secret->seclookupdef) < 0)
        return NULL;

    return g_steal_pointer(&secret);
}


static int
virStorageEncryptionInfoParse(xmlXPathContextPtr ctxt, virStorageEncryptionInfoDef *info)
{
    xmlNodePtr cipher = virXPathNode("./cipher", ctxt);
    xmlNodePtr ivgen = virXPathNode("./ivgen", ctxt);

    if (cipher) {
        if (!(info->cipher_name = virXMLPropString(cipher, "name"))) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("cipher info missing 'name' attribute"));
            return -1;
        }
        if (virXMLPropUInt(cipher, "size", 10, VIR_XML_PROP_REQUIRED, &info->cipher_size) < 0)
            return -1;
        info->cipher_mode = virXMLPropString(cipher, "mode");
        info->cipher_hash = virXMLPropString(cipher, "hash");
    }

    if (ivgen) {
        if (!info->cipher_name) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("ivgen element found, but cipher is missing"));
            return -1;
        }
        if (!(info->ivgen_name = virXMLPropString(ivgen, "name"))) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("missing ivgen info name string"));
            return -1;
        }
        info->ivgen_hash = virXMLPropString(ivgen, "hash");
    }
    return 0;
}


virStorageEncryption *
virStorageEncryptionParseNode(xmlNodePtr node, xmlXPathContextPtr ctxt)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virStorageEncryption) enc = g_new0(virStorageEncryption, 1);
    g_autofree char *format_str = NULL;
    g_autofree xmlNodePtr *nodes = NULL;
    unsigned int engine = VIR_STORAGE_ENCRYPTION_ENGINE_DEFAULT;
    int format;
    int n;
    size_t i;

    ctxt->node = node;

    if (!(format_str = virXPathString("string(./@format)", ctxt))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("unknown volume encryption format"));
        return NULL;
    }
    if ((format = virStorageEncryptionFormatTypeFromString(format_str)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown volume encryption format type %1$s"),
                       format_str);
        return NULL;
    }
    enc->format = format;

    if (virXMLPropEnum(node, "engine", virStorageEncryptionEngineTypeFromString,
                       VIR_XML_PROP_NONZERO, &engine) < 0)
        return NULL;
    enc->engine = engine;

    if ((n = virXPathNodeSet("./secret", ctxt, &nodes)) < 0)
        return NULL;
    if (n > 0) {
        enc->secrets = g_new0(virStorageEncryptionSecret *, n);
        for (i = 0; i < (size_t)n; i++) {
            if (!(enc->secrets[i] = virStorageEncryptionSecretParse(ctxt, nodes[i])))
                return NULL;
            enc->nsecrets++;
        }
    }

    if (virStorageEncryptionInfoParse(ctxt, &enc->encinfo) < 0)
        return NULL;

    return g_steal_pointer(&enc);
}


static void
virStorageEncryptionInfoFormat(virBuffer *buf, const virStorageEncryptionInfoDef *info)
{
    if (info->cipher_name) {
        virBufferEscapeString(buf, "<cipher name='%s'", info->cipher_name);
        virBufferAsprintf(buf, " size='%u'", info->cipher_size);
        virBufferEscapeString(buf, " mode='%s'", info->cipher_mode);
        virBufferEscapeString(buf, " hash='%s'", info->cipher_hash);
        virBufferAddLit(buf, "/>\n");
    }
    if (info->ivgen_name) {
        virBufferEscapeString(buf, "<ivgen name='%s'", info->ivgen_name);
        virBufferEscapeString(buf, " hash='%s'", info->ivgen_hash);
        virBufferAddLit(buf, "/>\n");
    }
}


int
virStorageEncryptionFormat(virBuffer *buf, const virStorageEncryption *enc)
{
    const char *format = virStorageEncryptionFormatTypeToString(enc->format);
    size_t i;

    if (!format) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("unexpected encryption format"));
        return -1;
    }
    virBufferAsprintf(buf, "<encryption format='%s'", format);
    if (enc->engine != VIR_STORAGE_ENCRYPTION_ENGINE_DEFAULT) {
        const char *engine = virStorageEncryptionEngineTypeToString(enc->engine);

        if (!engine) {
            virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("unexpected encryption engine"));
            return -1;
        }
        virBufferAsprintf(buf, " engine='%s'", engine);
    }
    /* libvirt always writes an opening and a closing tag, even when
     * there is no child */
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);

    for (i = 0; i < enc->nsecrets; i++) {
        const char *type = virStorageEncryptionSecretTypeToString(enc->secrets[i]->type);

        if (!type) {
            virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                           _("unexpected volume encryption secret type"));
            return -1;
        }
        virSecretLookupFormatSecret(buf, type, &enc->secrets[i]->seclookupdef);
    }
    virStorageEncryptionInfoFormat(buf, &enc->encinfo);

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</encryption>\n");
    return 0;
}
