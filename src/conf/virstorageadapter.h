/*
 * virstorageadapter.h: the <adapter> element of scsi storage pools
 *
 *   <adapter type='scsi_host' name='scsi_host1'/>
 *   <adapter type='scsi_host'>
 *     <parentaddr unique_id='1'>
 *       <address domain='0x0000' bus='0x00' slot='0x1f' function='0x2'/>
 *     </parentaddr>
 *   </adapter>
 *   <adapter type='fc_host' parent='scsi_host5' managed='yes'
 *            wwnn='20000000c9831b4b' wwpn='10000000c9831b4b'/>
 *
 * As libvirt 9.0 (docs/formatstorage.rst): a missing type means a
 * scsi_host given by name alone; validation is separate from parsing
 * because libvirt checks the adapter only for scsi pools.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "internal.h"
#include "virbuffer.h"
#include "virenum.h"
#include "virxml.h"

/* <adapter type='...'>; DEFAULT means no usable adapter was given */
typedef enum {
    VIR_STORAGE_ADAPTER_TYPE_DEFAULT = 0,
    VIR_STORAGE_ADAPTER_TYPE_SCSI_HOST,
    VIR_STORAGE_ADAPTER_TYPE_FC_HOST,

    VIR_STORAGE_ADAPTER_TYPE_LAST
} virStorageAdapterType;
VIR_ENUM_DECL(virStorageAdapter);

/* <adapter type='scsi_host'> */
typedef struct _virStorageAdapterSCSIHost virStorageAdapterSCSIHost;
struct _virStorageAdapterSCSIHost {
    char *name;            /* name='...', owned, or NULL */
    bool has_parent;       /* a <parentaddr> was given */
    int unique_id;         /* <parentaddr unique_id='...'> (>= 0) */
    unsigned int domain;   /* <address domain=...> (any 32-bit value) */
    unsigned int bus;      /* (<= 0xFF) */
    unsigned int slot;     /* (<= 0x1F) */
    unsigned int function; /* (<= 7) */
};

/* <adapter type='fc_host'>; all strings owned, NULL when absent */
typedef struct _virStorageAdapterFCHost virStorageAdapterFCHost;
struct _virStorageAdapterFCHost {
    char *parent;
    char *parent_wwnn;
    char *parent_wwpn;
    char *parent_fabric_wwn;
    char *wwnn;
    char *wwpn;
    virTristateBool managed;
};

typedef struct _virStorageAdapter virStorageAdapter;
struct _virStorageAdapter {
    virStorageAdapterType type;
    union {
        virStorageAdapterSCSIHost scsi_host;
        virStorageAdapterFCHost fchost;
    } data;
};

/*
 * virStorageAdapterParseXML:
 * @node: the <adapter> element
 * @ctxt: XPath context (its node is changed and restored)
 * @adapter: filled in (zeroed by the caller)
 *
 * Errors: virxml attribute errors for 'type' (an unknown value or
 * 'default'), 'managed' and the PCI address numbers; VIR_ERR_XML_ERROR
 * "Missing scsi_host PCI address element", "Missing or invalid scsi
 * adapter 'unique_id' value", "Use of ... requires use of the adapter
 * 'type'", and the PCI address range errors (domain VIR_FROM_NONE).
 *
 * Returns 0, or -1 with an error reported (@adapter may then hold
 * strings: clear it with virStorageAdapterClear()).
 */
int virStorageAdapterParseXML(xmlNodePtr node, xmlXPathContextPtr ctxt, virStorageAdapter *adapter);

/*
 * virStorageAdapterValidate:
 *
 * Checks that @adapter is complete: a type, name xor parentaddr for
 * scsi_host, wwnn and wwpn (16 hex digits) for fc_host, parent_wwnn and
 * parent_wwpn together. Returns 0, or -1 with VIR_ERR_XML_ERROR (or
 * VIR_ERR_INTERNAL_ERROR "Malformed wwn: ..." in VIR_FROM_NONE).
 */
int virStorageAdapterValidate(const virStorageAdapter *adapter);

/* Writes the <adapter> element at @buf's indentation (type must not be
 * DEFAULT). */
void virStorageAdapterFormat(virBuffer *buf, const virStorageAdapter *adapter);

/* Frees the strings of @adapter and zeroes it. */
void virStorageAdapterClear(virStorageAdapter *adapter);
