/*
 * virnetxdr.h: declarative XDR descriptions and the codec that walks them
 *
 * Every RPC payload (procedure arguments, return values, event bodies,
 * the error struct) is a C struct described once by a virXDRStruct: a
 * list of fields, each with its wire type, its offset in the C struct and
 * its limit. One generic codec encodes, decodes and frees any described
 * struct with libtirpc's XDR primitives (xdr_int, xdr_hyper, xdr_opaque,
 * ...). No procedure has marshalling code of its own: the descriptions
 * are generated from src/rpc/remote_protocol.def (see
 * scripts/genprotocol.py), and the client and the server both use them.
 *
 * C representation of each wire type (what the generated structs hold):
 *
 *   VIR_XDR_INT        int32_t          (also XDR enums, booleans)
 *   VIR_XDR_UINT       uint32_t
 *   VIR_XDR_HYPER      int64_t
 *   VIR_XDR_UHYPER     uint64_t
 *   VIR_XDR_DOUBLE     double
 *   VIR_XDR_CHAR       int32_t   XDR char/short: 4 bytes on the wire
 *   VIR_XDR_UCHAR      uint32_t  XDR unsigned char/short: 4 bytes
 *   VIR_XDR_STRING     char *    never NULL when encoding; @max bytes
 *   VIR_XDR_OPT_STRING char *    NULL = absent (u32 0 on the wire)
 *   VIR_XDR_OPAQUE_FIXED unsigned char[@max]  fixed opaque (UUID: 16)
 *   VIR_XDR_OPAQUE     virXDRArray of bytes (len, val), at most @max
 *   VIR_XDR_CHARS_FIXED char[@max]   fixed XDR char array: 4 bytes per
 *                      char on the wire, NUL-padded (NODE_GET_INFO model)
 *   VIR_XDR_CHARS      virXDRArray of char: u32 count + 4 bytes per char;
 *                      libvirt counts the terminating NUL (labels)
 *   VIR_XDR_STRUCT     an inline nested struct described by @sub
 *   VIR_XDR_OPT_STRUCT pointer to a struct described by @sub, NULL = absent
 *   VIR_XDR_ARRAY      virXDRArray of elements described by @sub
 *                      (element size = @sub->size), at most @max
 *   VIR_XDR_TYPED_PARAMS virXDRArray of virXDRTypedParam, at most @max
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
    VIR_XDR_INT = 0,
    VIR_XDR_UINT,
    VIR_XDR_HYPER,
    VIR_XDR_UHYPER,
    VIR_XDR_DOUBLE,
    VIR_XDR_CHAR,
    VIR_XDR_UCHAR,
    VIR_XDR_STRING,
    VIR_XDR_OPT_STRING,
    VIR_XDR_OPAQUE_FIXED,
    VIR_XDR_OPAQUE,
    VIR_XDR_CHARS_FIXED,
    VIR_XDR_CHARS,
    VIR_XDR_STRUCT,
    VIR_XDR_OPT_STRUCT,
    VIR_XDR_ARRAY,
    VIR_XDR_TYPED_PARAMS,
} virXDRType;

/* Largest remote string (remote_nonnull_string), as libvirt 9.0. */
#define VIR_XDR_STRING_MAX 4194304

/* The C layout of every variable-length value (opaque, chars, arrays). */
typedef struct _virXDRArray virXDRArray;
struct _virXDRArray {
    uint32_t len;
    void *val;
};

typedef struct _virXDRStruct virXDRStruct;

typedef struct _virXDRField virXDRField;
struct _virXDRField {
    const char *name; /* the field's name, for logs and tests */
    virXDRType type;
    size_t offset;           /* offsetof() in the C struct */
    uint32_t max;            /* limit / fixed length, see above; 0 = none */
    const virXDRStruct *sub; /* for STRUCT, OPT_STRUCT, ARRAY */
};

struct _virXDRStruct {
    const char *name; /* e.g. "remote_domain_lookup_by_name_args" */
    size_t size;      /* sizeof() of the C struct */
    size_t nfields;
    const virXDRField *fields;
};

/* remote_typed_param: field name, then a union on the virTypedParameterType */
typedef struct _virXDRTypedParam virXDRTypedParam;
struct _virXDRTypedParam {
    char *field;
    int32_t type; /* VIR_TYPED_PARAM_INT (1) .. STRING (7) */
    union {
        int32_t i;   /* INT, BOOLEAN */
        uint32_t ui; /* UINT */
        int64_t l;   /* LLONG */
        uint64_t ul; /* ULLONG */
        double d;    /* DOUBLE */
        char *s;     /* STRING */
    } value;
};

/*
 * virXDREncode:
 * @desc: the description of @data, or NULL for a void payload
 * @data: the C struct to encode
 * @buf: the buffer to append to
 * @buflen: in: bytes already used in @buf; out: bytes used after encoding
 * @bufcap: the size of @buf
 *
 * Appends the XDR encoding of @data to @buf at offset *@buflen. Fails
 * (without changing *@buflen) when the encoding does not fit in @bufcap
 * bytes or a value breaks its limit (a string longer than @max, a NULL
 * STRING, an array over @max, an unknown typed parameter type).
 *
 * Returns 0, or -1 with VIR_ERR_RPC reported ("Unable to encode message
 * payload" or a more precise text) in the RPC domain.
 */
int
virXDREncode(const virXDRStruct *desc, const void *data, char *buf, size_t *buflen, size_t bufcap);

/*
 * virXDREncodeGrow:
 * @desc: the description of @data, or NULL for a void payload
 * @data: the C struct to encode
 * @buf: a g_malloc'd buffer (may be NULL when *@bufcap is 0); may be
 *       reallocated
 * @buflen: in: bytes already used in *@buf; out: bytes used after encoding
 * @bufcap: in/out: the allocated size of *@buf
 * @maxcap: the largest *@bufcap allowed
 *
 * Like virXDREncode(), but grows *@buf (doubling, at most to @maxcap)
 * while the encoding does not fit. Fails without changing *@buflen when
 * a value breaks its limit or the encoding needs more than @maxcap bytes.
 *
 * Returns 0, or -1 with VIR_ERR_RPC "Unable to encode message payload".
 */
int virXDREncodeGrow(const virXDRStruct *desc,
                     const void *data,
                     char **buf,
                     size_t *buflen,
                     size_t *bufcap,
                     size_t maxcap);

/*
 * virXDRDecode:
 * @desc: the description, or NULL for a void payload (always succeeds)
 * @buf: the payload
 * @buflen: its length
 * @data: a zero-filled C struct of @desc->size bytes to fill
 *
 * Decodes @buf into @data. Trailing bytes after a complete payload are
 * ignored, as libvirt does. On failure (truncated payload, a length over
 * its limit, an optional-flag other than 0/1, a bad typed parameter
 * type) whatever was allocated into @data is freed and @data is zeroed.
 *
 * Returns 0, or -1 with VIR_ERR_RPC "Unable to decode message payload"
 * reported in the RPC domain.
 */
int virXDRDecode(const virXDRStruct *desc, const char *buf, size_t buflen, void *data);

/*
 * virXDRFree:
 * @desc: the description of @data, or NULL (no-op)
 * @data: a struct filled by virXDRDecode() or by hand with g_malloc'd
 *        strings/arrays, or NULL
 *
 * Frees everything @data points to (strings, arrays, optional structs,
 * nested members) with g_free and zeroes @data. Does not free @data.
 */
void virXDRFree(const virXDRStruct *desc, void *data);
