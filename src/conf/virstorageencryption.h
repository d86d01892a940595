/*
 * virstorageencryption.h: storage elements shared by pools, volumes and
 * domain disks
 *
 * - secret references: <secret uuid='...'/> or <secret usage='...'/>
 * - <auth type='chap|ceph' username='...'><secret .../></auth>
 * - <encryption format='default|qcow|luks|luks2' engine='qemu|librbd'>
 *     <secret type='passphrase' uuid|usage='...'/>
 *     <cipher name='...' size='...' mode='...' hash='...'/>
 *     <ivgen name='...' hash='...'/>
 *   </encryption>
 *
 * Parsed and formatted as libvirt 9.0 does (docs/formatstorageencryption.rst,
 * docs/formatstorage.rst, schema storagecommon.rng).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "internal.h"
#include "virbuffer.h"
#include "virenum.h"
#include "viruuid.h"
#include "virxml.h"

/* How a <secret> element names the secret object it refers to. */
typedef enum {
    VIR_SECRET_LOOKUP_TYPE_NONE = 0,
    VIR_SECRET_LOOKUP_TYPE_UUID,
    VIR_SECRET_LOOKUP_TYPE_USAGE,

    VIR_SECRET_LOOKUP_TYPE_LAST
} virSecretLookupType;

/* A reference to a secret object, by UUID or by usage string. */
typedef struct _virSecretLookupTypeDef virSecretLookupTypeDef;
struct _virSecretLookupTypeDef {
    virSecretLookupType type; /* which member of @u is valid */
    union {
        unsigned char uuid[VIR_UUID_BUFLEN]; /* raw UUID (type UUID) */
        char *usage;                         /* usage id, owned (type USAGE) */
    } u;
};

/*
 * virSecretLookupParseSecret:
 * @secretnode: a <secret> element
 * @def: filled in (must be zeroed or cleared by the caller)
 *
 * Reads the 'uuid' or 'usage' attribute (exactly one must be present).
 * Errors (VIR_ERR_XML_ERROR, domain VIR_FROM_NONE as libvirt): "missing
 * secret uuid or usage attribute", "either secret uuid or usage expected",
 * "invalid secret uuid '...'".
 *
 * Returns 0, or -1 with an error reported (@def then holds nothing).
 */
int virSecretLookupParseSecret(xmlNodePtr secretnode, virSecretLookupTypeDef *def);

/*
 * virSecretLookupFormatSecret:
 * @buf: output buffer, at the indentation of the element
 * @secrettype: value of the 'type' attribute, or NULL to write none
 * @def: the reference
 *
 * Writes "<secret[ type='...'][ uuid='...'| usage='...']/>\n".
 */
void virSecretLookupFormatSecret(virBuffer *buf,
                                 const char *secrettype,
                                 const virSecretLookupTypeDef *def);

/* Frees the usage string of @def and resets it to type NONE. */
void virSecretLookupDefClear(virSecretLookupTypeDef *def);

/* Makes @dst (overwritten, not freed) a deep copy of @src. */
void virSecretLookupDefCopy(virSecretLookupTypeDef *dst, const virSecretLookupTypeDef *src);


/* <auth type='...'> */
typedef enum {
    VIR_STORAGE_AUTH_TYPE_NONE = 0, /* attribute absent (domain disks) */
    VIR_STORAGE_AUTH_TYPE_CHAP,
    VIR_STORAGE_AUTH_TYPE_CEPH,

    VIR_STORAGE_AUTH_TYPE_LAST
} virStorageAuthType;
VIR_ENUM_DECL(virStorageAuth);

/* Credentials for a network storage source. */
typedef struct _virStorageAuthDef virStorageAuthDef;
struct _virStorageAuthDef {
    char *username;                      /* required, owned */
    char *secrettype;                    /* <secret type='...'> as written, or NULL; owned */
    virStorageAuthType authType;         /* NONE when 'type' was absent */
    virSecretLookupTypeDef seclookupdef; /* the secret holding the password */
};

/*
 * virStorageAuthDefParse:
 * @node: the <auth> element
 * @ctxt: XPath context (its node is changed and restored)
 *
 * Errors: VIR_ERR_XML_ERROR "missing username for auth", "Missing
 * <secret> element in auth"; VIR_ERR_CONFIG_UNSUPPORTED "unknown auth
 * type '...'"; those of virSecretLookupParseSecret(). A missing 'type' is
 * not an error here (callers that need one check authType).
 *
 * Returns a new definition (free with virStorageAuthDefFree), or NULL with
 * an error reported.
 */
virStorageAuthDef *virStorageAuthDefParse(xmlNodePtr node, xmlXPathContextPtr ctxt);

/*
 * virStorageAuthDefFormat:
 * Writes the <auth> element with its <secret> child at @buf's indentation.
 */
void virStorageAuthDefFormat(virBuffer *buf, const virStorageAuthDef *authdef);

/* Returns a deep copy of @src (NULL for NULL). */
virStorageAuthDef *virStorageAuthDefCopy(const virStorageAuthDef *src);

/* Frees @def and its strings; accepts NULL. */
void virStorageAuthDefFree(virStorageAuthDef *def);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virStorageAuthDef, virStorageAuthDefFree);


/* <encryption format='...'> */
typedef enum {
    VIR_STORAGE_ENCRYPTION_FORMAT_DEFAULT = 0,
    VIR_STORAGE_ENCRYPTION_FORMAT_QCOW,
    VIR_STORAGE_ENCRYPTION_FORMAT_LUKS,
    VIR_STORAGE_ENCRYPTION_FORMAT_LUKS2,

    VIR_STORAGE_ENCRYPTION_FORMAT_LAST
} virStorageEncryptionFormatType;
VIR_ENUM_DECL(virStorageEncryptionFormat);

/* <encryption engine='...'>; DEFAULT means the attribute is absent */
typedef enum {
    VIR_STORAGE_ENCRYPTION_ENGINE_DEFAULT = 0,
    VIR_STORAGE_ENCRYPTION_ENGINE_QEMU,
    VIR_STORAGE_ENCRYPTION_ENGINE_LIBRBD,

    VIR_STORAGE_ENCRYPTION_ENGINE_LAST
} virStorageEncryptionEngine;
VIR_ENUM_DECL(virStorageEncryptionEngine);

/* <secret type='...'> inside <encryption> */
typedef enum {
    VIR_STORAGE_ENCRYPTION_SECRET_TYPE_PASSPHRASE = 0,

    VIR_STORAGE_ENCRYPTION_SECRET_TYPE_LAST
} virStorageEncryptionSecretType;
VIR_ENUM_DECL(virStorageEncryptionSecret);

typedef struct _virStorageEncryptionSecret virStorageEncryptionSecret;
struct _virStorageEncryptionSecret {
    virStorageEncryptionSecretType type;
    virSecretLookupTypeDef seclookupdef;
};

/* <cipher> and <ivgen> (luks); all strings owned, NULL when absent */
typedef struct _virStorageEncryptionInfoDef virStorageEncryptionInfoDef;
struct _virStorageEncryptionInfoDef {
    unsigned int cipher_size; /* bits; meaningful when cipher_name is set */
    char *cipher_name;
    char *cipher_mode;
    char *cipher_hash;
    char *ivgen_name;
    char *ivgen_hash;
};

typedef struct _virStorageEncryption virStorageEncryption;
struct _virStorageEncryption {
    virStorageEncryptionEngine engine;
    virStorageEncryptionFormatType format;
    size_t nsecrets;
    virStorageEncryptionSecret **secrets; /* owned array of owned secrets */
    virStorageEncryptionInfoDef encinfo;
};

/*
 * virStorageEncryptionParseNode:
 * @node: the <encryption> element
 * @ctxt: XPath context (its node is changed and restored)
 *
 * Errors as libvirt: VIR_ERR_XML_ERROR "unknown volume encryption
 * format" (absent), "unknown volume encryption secret type" (absent),
 * "cipher info missing 'name' attribute", "missing ivgen info name
 * string", "ivgen element found, but cipher is missing";
 * VIR_ERR_CONFIG_UNSUPPORTED "unknown volume encryption format type X",
 * "unknown volume encryption secret type X"; attribute errors of virxml
 * for 'engine' and the cipher 'size'.
 *
 * Returns a new definition (free with virStorageEncryptionFree), or NULL
 * with an error reported.
 */
virStorageEncryption *virStorageEncryptionParseNode(xmlNodePtr node, xmlXPathContextPtr ctxt);

/*
 * virStorageEncryptionFormat:
 * Writes the <encryption> element at @buf's indentation. Returns 0, or -1
 * with VIR_ERR_INTERNAL_ERROR for an out-of-range enum value.
 */
int virStorageEncryptionFormat(virBuffer *buf, const virStorageEncryption *enc);

/* Returns a deep copy of @src (NULL for NULL). */
virStorageEncryption *virStorageEncryptionCopy(const virStorageEncryption *src);

/* Frees @enc and everything it owns; accepts NULL. */
void virStorageEncryptionFree(virStorageEncryption *enc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virStorageEncryption, virStorageEncryptionFree);
