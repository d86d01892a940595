/*
 * virdomainmetadata.h: <title>, <description> and <metadata> of a
 * domain, as virDomainGetMetadata() and virDomainSetMetadata() see them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virdomainobj.h"

/*
 * virDomainDefGetMetadata:
 * @def: the definition
 * @type: a virDomainMetadataType
 * @uri: namespace of the element (VIR_DOMAIN_METADATA_ELEMENT only)
 *
 * Returns a new string: the title, the description, or the element in
 * namespace @uri without its namespace, serialised. Errors (libvirt's):
 * VIR_ERR_NO_DOMAIN_METADATA "Requested metadata element is not present",
 * VIR_ERR_INVALID_ARG "unknown metadata type 'N'"; all VIR_FROM_DOMAIN.
 */
char *virDomainDefGetMetadata(virDomainDef *def, int type, const char *uri);

/*
 * virDomainDefSetMetadata:
 * @def: the definition
 * @type: a virDomainMetadataType
 * @metadata: the new title or description (NULL or "" removes it), or an
 *            XML element (NULL removes the element of namespace @uri)
 * @key: namespace prefix for an element
 * @uri: namespace of an element
 *
 * An element replaces the one of the same namespace; its namespace is
 * applied to it and its descendants with prefix @key. Errors: malformed
 * element XML (virxml's VIR_ERR_XML_DETAIL "(metadata_xml):..."), an
 * invalid @key (VIR_ERR_INVALID_ARG), unknown @type. Returns 0 or -1.
 */
int virDomainDefSetMetadata(
    virDomainDef *def, int type, const char *metadata, const char *key, const char *uri);

/*
 * virDomainObjGetMetadata / virDomainObjSetMetadata:
 * The same on the definition(s) that @flags (virDomainModificationImpact)
 * select, with the errors of virDomainObjGetOneDef() and
 * virDomainObjGetDefs(). Need the object lock.
 */
char *virDomainObjGetMetadata(virDomainObj *vm, int type, const char *uri, unsigned int flags);
int virDomainObjSetMetadata(virDomainObj *vm,
                            int type,
                            const char *metadata,
                            const char *key,
                            const char *uri,
                            unsigned int flags);
