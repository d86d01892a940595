/*
 * virsecretconf.h: the secret XML model (<secret>)
 *
 *   <secret ephemeral='no' private='yes'>
 *     <uuid>...</uuid>
 *     <description>...</description>
 *     <usage type='volume|ceph|iscsi|tls|vtpm'>
 *       <volume>|<name>|<target>...</...>
 *     </usage>
 *   </secret>
 *
 * As libvirt 9.0 (docs/formatsecret.rst, schema secret.rng).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "internal.h"
#include "virbuffer.h"
#include "virenum.h"
#include "virerror.h"
#include "viruuid.h"
#include "virxml.h"

/*
 * <usage type='...'> takes the values of the public virSecretUsageType
 * (include/libvirt/libvirt-secret.h, read through virerror.h, which also
 * makes its VIR_SECRET_USAGE_TYPE_LAST sentinel visible).
 */
VIR_ENUM_DECL(virSecretUsage);

typedef struct _virSecretDef virSecretDef;
struct _virSecretDef {
    bool isephemeral;                    /* ephemeral='yes': never stored on disk */
    bool isprivate;                      /* private='yes': value never revealed */
    unsigned char uuid[VIR_UUID_BUFLEN]; /* generated when absent */
    char *description;                   /* owned, NULL when absent */
    virSecretUsageType usage_type;
    char *usage_id; /* volume path, ceph/tls/vtpm name or iscsi
                                          * target, owned; NULL for type NONE */
};

typedef enum {
    /* validate against secret.rng first (the value of the public
     * VIR_SECRET_DEFINE_VALIDATE) */
    VIR_SECRET_DEF_PARSE_VALIDATE = 1 << 0,
} virSecretDefParseFlags;

/*
 * virSecretDefParseString:
 * @xml: the document
 * @flags: virSecretDefParseFlags
 *
 * Errors as libvirt (domain VIR_FROM_SECRET): VIR_ERR_XML_ERROR "invalid
 * value of 'ephemeral'" / "'private'" (not yes/no), "unknown secret
 * usage type" (type absent); VIR_ERR_INTERNAL_ERROR "malformed uuid
 * element", "<Kind> usage specified, but <child> is missing";
 * VIR_ERR_CONFIG_UNSUPPORTED "unknown secret usage type X".
 *
 * Returns a new definition (free with virSecretDefFree), or NULL with an
 * error reported.
 */
virSecretDef *virSecretDefParseString(const char *xml, unsigned int flags);

/*
 * virSecretDefParseNode:
 * @ctxt: XPath context of the document (its node is changed and restored)
 * @node: the <secret> element
 * @flags: virSecretDefParseFlags (VALIDATE only applies to ParseString)
 *
 * As virSecretDefParseString() for an already parsed document.
 */
virSecretDef *virSecretDefParseNode(xmlXPathContextPtr ctxt, xmlNodePtr node, unsigned int flags);

/*
 * virSecretDefFormat:
 * @def: the definition
 * @flags: unused, pass 0
 *
 * Returns the <secret> document as a new string, or NULL with
 * VIR_ERR_INTERNAL_ERROR for an out-of-range usage type.
 */
char *virSecretDefFormat(const virSecretDef *def, unsigned int flags);

/* Appends the <secret> document to @buf. Returns 0 or -1 (as above). */
int virSecretDefFormatBuf(virBuffer *buf, const virSecretDef *def, unsigned int flags);

/*
 * virSecretDefValidate:
 * Checks that the usage type is known and has its usage id. Returns 0,
 * or -1 with the error the parser reports for the same problem.
 */
int virSecretDefValidate(const virSecretDef *def);

/* Frees @def and its strings; accepts NULL. */
void virSecretDefFree(virSecretDef *def);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virSecretDef, virSecretDefFree);
