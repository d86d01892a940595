/*
 * virnetxdr.c: the descriptor-walking XDR codec
 *
 * Encodes, decodes and frees any struct described by a virXDRStruct, with
 * libtirpc's memory streams and primitives. Everything read from the wire
 * is untrusted: every length is checked against its limit and against the
 * bytes left in the buffer before anything is allocated, nesting is
 * bounded, and a failed decode frees what it had built.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <limits.h>
#include <string.h>

#include <glib.h>
#include <rpc/xdr.h>

#include "internal.h"
#include "virerror.h"
#include "virlog.h"
#include "virnetxdr.h"

#define VIR_FROM_THIS VIR_FROM_RPC

VIR_LOG_INIT("rpc.netxdr");

/* Deepest nesting of structs a description may have (ours have 4). */
#define VIR_XDR_DEPTH_MAX 16

/* Smallest wire size of one typed parameter: field length, type, int. */
#define VIR_XDR_TYPED_PARAM_MIN_WIRE 12

typedef struct {
    XDR xdr;
    size_t len;        /* bytes the stream covers */
    bool nospace;      /* encode: the buffer was too small */
    const char *field; /* innermost field that failed, for the log */
} virXDRCtx;


static size_t
virXDRRemaining(virXDRCtx *ctx)
{
    size_t pos = xdr_getpos(&ctx->xdr);

    return pos < ctx->len ? ctx->len - pos : 0;
}


static size_t virXDRStructMinWire(const virXDRStruct *desc, unsigned int depth);

/* The fewest bytes a value of @f can take on the wire. */
static size_t
virXDRFieldMinWire(const virXDRField *f, unsigned int depth)
{
    switch (f->type) {
    case VIR_XDR_HYPER:
    case VIR_XDR_UHYPER:
    case VIR_XDR_DOUBLE:
        return 8;
    case VIR_XDR_OPAQUE_FIXED:
        return ((size_t)f->max + 3) & ~(size_t)3;
    case VIR_XDR_CHARS_FIXED:
        return (size_t)f->max * 4;
    case VIR_XDR_STRUCT:
        return virXDRStructMinWire(f->sub, depth + 1);
    default:
        return 4;
    }
}


static size_t
virXDRStructMinWire(const virXDRStruct *desc, unsigned int depth)
{
    size_t total = 0;
    size_t i;

    if (!desc || depth > VIR_XDR_DEPTH_MAX)
        return 4;
    for (i = 0; i < desc->nfields; i++)
        total += virXDRFieldMinWire(&desc->fields[i], depth);
    return total ? total : 1;
}


static uint32_t
virXDRStringMax(const virXDRField *f)
{
    return f->max ? f->max : VIR_XDR_STRING_MAX;
}


/* ---------------------------------------------------------------------- */
/* Encoding                                                                 */

/* Records that a primitive failed: in an xdrmem encode stream the only
 * way for that to happen is running out of room. */
static bool
virXDRPut(virXDRCtx *ctx, bool_t ok)
{
    if (!ok)
        ctx->nospace = true;
    return ok;
}


static bool
virXDRPutU32(virXDRCtx *ctx, uint32_t val)
{
    u_int v = val;

    return virXDRPut(ctx, xdr_u_int(&ctx->xdr, &v));
}


static bool
virXDRPutInt(virXDRCtx *ctx, int32_t val)
{
    int v = val;

    return virXDRPut(ctx, xdr_int(&ctx->xdr, &v));
}


/* u32 count, then the bytes padded to 4 */
static bool
virXDRPutBytes(virXDRCtx *ctx, const void *bytes, uint32_t len)
{
    if (!virXDRPutU32(ctx, len))
        return false;
    return virXDRPut(ctx, xdr_opaque(&ctx->xdr, (char *)bytes, len));
}


static bool
virXDREncodeString(virXDRCtx *ctx, const char *str, uint32_t max)
{
    size_t len;

    if (!str)
        return false;
    len = strlen(str);
    if (len > max)
        return false;
    return virXDRPutBytes(ctx, str, len);
}


/* XDR char: one 4-byte word per character, sign-extended like libvirt on x86 */
static bool
virXDREncodeChars(virXDRCtx *ctx, const char *chars, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        if (!virXDRPutInt(ctx, (signed char)chars[i]))
            return false;
    }
    return true;
}


static bool
virXDREncodeTypedParam(virXDRCtx *ctx, const virXDRTypedParam *tp)
{
    virXDRTypedParam copy = *tp;

    if (!virXDREncodeString(ctx, tp->field, VIR_XDR_STRING_MAX) || !virXDRPutInt(ctx, tp->type))
        return false;

    switch (tp->type) {
    case 1: /* INT */
    case 6: /* BOOLEAN */
        return virXDRPutInt(ctx, tp->value.i);
    case 2: /* UINT */
        return virXDRPutU32(ctx, tp->value.ui);
    case 3: /* LLONG */
        return virXDRPut(ctx, xdr_hyper(&ctx->xdr, (quad_t *)&copy.value.l));
    case 4: /* ULLONG */
        return virXDRPut(ctx, xdr_u_hyper(&ctx->xdr, (u_quad_t *)&copy.value.ul));
    case 5: /* DOUBLE */
        return virXDRPut(ctx, xdr_double(&ctx->xdr, &copy.value.d));
    case 7: /* STRING */
        return virXDREncodeString(ctx, tp->value.s, VIR_XDR_STRING_MAX);
    default:
        return false;
    }
}


static bool
virXDREncodeStruct(virXDRCtx *ctx, const virXDRStruct *desc, const void *data, unsigned int depth);

static bool
virXDREncodeArray(virXDRCtx *ctx, const virXDRField *f, const virXDRArray *arr, unsigned int depth)
{
    const char *val = arr->val;
    size_t i;

    if ((f->max && arr->len > f->max) || (arr->len && !val))
        return false;

    switch (f->type) {
    case VIR_XDR_OPAQUE:
        return virXDRPutBytes(ctx, val, arr->len);
    case VIR_XDR_CHARS:
        return virXDRPutU32(ctx, arr->len) && virXDREncodeChars(ctx, val, arr->len);
    case VIR_XDR_TYPED_PARAMS:
        if (!virXDRPutU32(ctx, arr->len))
            return false;
        for (i = 0; i < arr->len; i++) {
            if (!virXDREncodeTypedParam(ctx, (const virXDRTypedParam *)val + i))
                return false;
        }
        return true;
    default: /* VIR_XDR_ARRAY */
        if (!f->sub || !virXDRPutU32(ctx, arr->len))
            return false;
        for (i = 0; i < arr->len; i++) {
            if (!virXDREncodeStruct(ctx, f->sub, val + i * f->sub->size, depth + 1))
                return false;
        }
        return true;
    }
}


static bool
virXDREncodeField(virXDRCtx *ctx, const virXDRField *f, const char *p, unsigned int depth)
{
    switch (f->type) {
    case VIR_XDR_INT:
    case VIR_XDR_CHAR:
        return virXDRPutInt(ctx, *(const int32_t *)p);
    case VIR_XDR_UINT:
    case VIR_XDR_UCHAR:
        return virXDRPutU32(ctx, *(const uint32_t *)p);
    case VIR_XDR_HYPER:
        return virXDRPut(ctx, xdr_hyper(&ctx->xdr, (quad_t *)p));
    case VIR_XDR_UHYPER:
        return virXDRPut(ctx, xdr_u_hyper(&ctx->xdr, (u_quad_t *)p));
    case VIR_XDR_DOUBLE:
        return virXDRPut(ctx, xdr_double(&ctx->xdr, (double *)p));
    case VIR_XDR_STRING:
        return virXDREncodeString(ctx, *(char *const *)p, virXDRStringMax(f));
    case VIR_XDR_OPT_STRING:
        if (!*(char *const *)p)
            return virXDRPutU32(ctx, 0);
        return virXDRPutU32(ctx, 1) &&
               virXDREncodeString(ctx, *(char *const *)p, virXDRStringMax(f));
    case VIR_XDR_OPAQUE_FIXED:
        return virXDRPut(ctx, xdr_opaque(&ctx->xdr, (char *)p, f->max));
    case VIR_XDR_CHARS_FIXED:
        return virXDREncodeChars(ctx, p, f->max);
    case VIR_XDR_STRUCT:
        return virXDREncodeStruct(ctx, f->sub, p, depth + 1);
    case VIR_XDR_OPT_STRUCT:
        if (!*(void *const *)p)
            return virXDRPutU32(ctx, 0);
        return virXDRPutU32(ctx, 1) &&
               virXDREncodeStruct(ctx, f->sub, *(void *const *)p, depth + 1);
    case VIR_XDR_OPAQUE:
    case VIR_XDR_CHARS:
    case VIR_XDR_ARRAY:
    case VIR_XDR_TYPED_PARAMS:
        return virXDREncodeArray(ctx, f, (const virXDRArray *)p, depth);
    }
    return false;
}


static bool
virXDREncodeStruct(virXDRCtx *ctx, const virXDRStruct *desc, const void *data, unsigned int depth)
{
    size_t i;

    if (!desc || depth > VIR_XDR_DEPTH_MAX)
        return false;
    for (i = 0; i < desc->nfields; i++) {
        const virXDRField *f = &desc->fields[i];

        if (!virXDREncodeField(ctx, f, (const char *)data + f->offset, depth)) {
            if (!ctx->field)
                ctx->field = f->name;
            return false;
        }
    }
    return true;
}


/* Encodes without reporting; *@nospace tells a full buffer from bad data. */
static int
virXDREncodeInternal(const virXDRStruct *desc,
                     const void *data,
                     char *buf,
                     size_t *buflen,
                     size_t bufcap,
                     bool *nospace)
{
    virXDRCtx ctx = { 0 };
    size_t room;
    bool ok;

    *nospace = false;
    if (!desc)
        return 0;
    if (*buflen > bufcap || !data)
        return -1;
    room = MIN(bufcap - *buflen, (size_t)UINT_MAX);
    ctx.len = room;
    xdrmem_create(&ctx.xdr, buf ? buf + *buflen : NULL, room, XDR_ENCODE);
    ok = virXDREncodeStruct(&ctx, desc, data, 0);
    if (ok)
        *buflen += xdr_getpos(&ctx.xdr);
    xdr_destroy(&ctx.xdr);
    if (!ok) {
        *nospace = ctx.nospace;
        VIR_DEBUG("cannot encode %s at field %s (%s)", desc->name, NULLSTR(ctx.field),
                  ctx.nospace ? "no room" : "bad value");
        return -1;
    }
    return 0;
}


int
virXDREncode(const virXDRStruct *desc, const void *data, char *buf, size_t *buflen, size_t bufcap)
{
    bool nospace;

    if (virXDREncodeInternal(desc, data, buf, buflen, bufcap, &nospace) < 0) {
        virReportError(VIR_ERR_RPC, "%s", _("Unable to encode message payload"));
        return -1;
    }
    return 0;
}


int
virXDREncodeGrow(const virXDRStruct *desc,
                 const void *data,
                 char **buf,
                 size_t *buflen,
                 size_t *bufcap,
                 size_t maxcap)
{
    for (;;) {
        bool nospace = false;
        size_t newcap;

        if (virXDREncodeInternal(desc, data, *buf, buflen, *bufcap, &nospace) == 0)
            return 0;
        if (!nospace || *bufcap >= maxcap)
            break;
        newcap = MIN(maxcap, MAX(*bufcap * 2, (size_t)1024));
        *buf = g_realloc(*buf, newcap);
        *bufcap = newcap;
    }
    virReportError(VIR_ERR_RPC, "%s", _("Unable to encode message payload"));
    return -1;
}


/* ---------------------------------------------------------------------- */
/* Decoding                                                                 */

static bool
virXDRGetU32(virXDRCtx *ctx, uint32_t *val)
{
    u_int v;

    if (!xdr_u_int(&ctx->xdr, &v))
        return false;
    *val = v;
    return true;
}


static bool
virXDRGetInt(virXDRCtx *ctx, int32_t *val)
{
    int v;

    if (!xdr_int(&ctx->xdr, &v))
        return false;
    *val = v;
    return true;
}


/* A string of at most @max bytes; embedded NULs are refused. */
static bool
virXDRDecodeString(virXDRCtx *ctx, char **out, uint32_t max)
{
    uint32_t len;
    char *str;

    if (!virXDRGetU32(ctx, &len) || len > max || len > virXDRRemaining(ctx))
        return false;
    str = g_malloc(len + 1);
    if (!xdr_opaque(&ctx->xdr, str, len) || memchr(str, '\0', len)) {
        g_free(str);
        return false;
    }
    str[len] = '\0';
    *out = str;
    return true;
}


static bool
virXDRDecodeOptional(virXDRCtx *ctx, bool *present)
{
    uint32_t flag;

    if (!virXDRGetU32(ctx, &flag) || flag > 1)
        return false;
    *present = flag == 1;
    return true;
}


static bool
virXDRDecodeChars(virXDRCtx *ctx, char *chars, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        int32_t c;

        if (!virXDRGetInt(ctx, &c) || c < -128 || c > 255)
            return false;
        chars[i] = (char)c;
    }
    return true;
}


static bool
virXDRDecodeTypedParam(virXDRCtx *ctx, virXDRTypedParam *tp)
{
    int32_t type;

    if (!virXDRDecodeString(ctx, &tp->field, VIR_XDR_STRING_MAX) || !virXDRGetInt(ctx, &type))
        return false;

    switch (type) {
    case 1: /* INT */
    case 6: /* BOOLEAN */
        tp->type = type;
        return virXDRGetInt(ctx, &tp->value.i);
    case 2: /* UINT */
        tp->type = type;
        return virXDRGetU32(ctx, &tp->value.ui);
    case 3: /* LLONG */
        tp->type = type;
        return xdr_hyper(&ctx->xdr, (quad_t *)&tp->value.l);
    case 4: /* ULLONG */
        tp->type = type;
        return xdr_u_hyper(&ctx->xdr, (u_quad_t *)&tp->value.ul);
    case 5: /* DOUBLE */
        tp->type = type;
        return xdr_double(&ctx->xdr, &tp->value.d);
    case 7: /* STRING */
        tp->type = type;
        return virXDRDecodeString(ctx, &tp->value.s, VIR_XDR_STRING_MAX);
    default:
        return false;
    }
}


static bool
virXDRDecodeStruct(virXDRCtx *ctx, const virXDRStruct *desc, void *data, unsigned int depth);

/*
 * Reads the count of a variable-length value and allocates room for it,
 * after checking it against the limit and against what the remaining
 * bytes could possibly hold (@minwire bytes per element at least).
 */
static bool
virXDRDecodeCount(virXDRCtx *ctx,
                  const virXDRField *f,
                  virXDRArray *arr,
                  size_t minwire,
                  size_t elemsize,
                  size_t extra)
{
    uint32_t n;

    if (!virXDRGetU32(ctx, &n))
        return false;
    if ((f->max && n > f->max) || n > virXDRRemaining(ctx) / MAX(minwire, (size_t)1))
        return false;
    if (n || extra)
        arr->val = g_malloc0_n((size_t)n + extra, elemsize);
    arr->len = n;
    return true;
}


static bool
virXDRDecodeArray(virXDRCtx *ctx, const virXDRField *f, virXDRArray *arr, unsigned int depth)
{
    size_t i;

    switch (f->type) {
    case VIR_XDR_OPAQUE:
        return virXDRDecodeCount(ctx, f, arr, 1, 1, 0) && xdr_opaque(&ctx->xdr, arr->val, arr->len);
    case VIR_XDR_CHARS:
        /* one spare byte keeps the chars NUL-terminated for C users */
        return virXDRDecodeCount(ctx, f, arr, 4, 1, 1) &&
               virXDRDecodeChars(ctx, arr->val, arr->len);
    case VIR_XDR_TYPED_PARAMS:
        if (!virXDRDecodeCount(ctx, f, arr, VIR_XDR_TYPED_PARAM_MIN_WIRE, sizeof(virXDRTypedParam),
                               0))
            return false;
        for (i = 0; i < arr->len; i++) {
            if (!virXDRDecodeTypedParam(ctx, (virXDRTypedParam *)arr->val + i))
                return false;
        }
        return true;
    default: /* VIR_XDR_ARRAY */
        if (!f->sub || !virXDRDecodeCount(ctx, f, arr, virXDRStructMinWire(f->sub, depth + 1),
                                          f->sub->size, 0))
            return false;
        for (i = 0; i < arr->len; i++) {
            if (!virXDRDecodeStruct(ctx, f->sub, (char *)arr->val + i * f->sub->size, depth + 1))
                return false;
        }
        return true;
    }
}


static bool
virXDRDecodeField(virXDRCtx *ctx, const virXDRField *f, char *p, unsigned int depth)
{
    bool present;

    switch (f->type) {
    case VIR_XDR_INT:
    case VIR_XDR_CHAR:
        return virXDRGetInt(ctx, (int32_t *)p);
    case VIR_XDR_UINT:
    case VIR_XDR_UCHAR:
        return virXDRGetU32(ctx, (uint32_t *)p);
    case VIR_XDR_HYPER:
        return xdr_hyper(&ctx->xdr, (quad_t *)p);
    case VIR_XDR_UHYPER:
        return xdr_u_hyper(&ctx->xdr, (u_quad_t *)p);
    case VIR_XDR_DOUBLE:
        return xdr_double(&ctx->xdr, (double *)p);
    case VIR_XDR_STRING:
        return virXDRDecodeString(ctx, (char **)p, virXDRStringMax(f));
    case VIR_XDR_OPT_STRING:
        if (!virXDRDecodeOptional(ctx, &present))
            return false;
        return !present || virXDRDecodeString(ctx, (char **)p, virXDRStringMax(f));
    case VIR_XDR_OPAQUE_FIXED:
        return xdr_opaque(&ctx->xdr, p, f->max);
    case VIR_XDR_CHARS_FIXED:
        return virXDRDecodeChars(ctx, p, f->max);
    case VIR_XDR_STRUCT:
        return virXDRDecodeStruct(ctx, f->sub, p, depth + 1);
    case VIR_XDR_OPT_STRUCT:
        if (!f->sub || !virXDRDecodeOptional(ctx, &present))
            return false;
        if (!present)
            return true;
        *(void **)p = g_malloc0(f->sub->size);
        return virXDRDecodeStruct(ctx, f->sub, *(void **)p, depth + 1);
    case VIR_XDR_OPAQUE:
    case VIR_XDR_CHARS:
    case VIR_XDR_ARRAY:
    case VIR_XDR_TYPED_PARAMS:
        return virXDRDecodeArray(ctx, f, (virXDRArray *)p, depth);
    }
    return false;
}


static bool
virXDRDecodeStruct(virXDRCtx *ctx, const virXDRStruct *desc, void *data, unsigned int depth)
{
    size_t i;

    if (!desc || depth > VIR_XDR_DEPTH_MAX)
        return false;
    for (i = 0; i < desc->nfields; i++) {
        const virXDRField *f = &desc->fields[i];

        if (!virXDRDecodeField(ctx, f, (char *)data + f->offset, depth)) {
            if (!ctx->field)
                ctx->field = f->name;
            return false;
        }
    }
    return true;
}


int
virXDRDecode(const virXDRStruct *desc, const char *buf, size_t buflen, void *data)
{
    virXDRCtx ctx = { 0 };
    bool ok;

    if (!desc)
        return 0;
    ctx.len = MIN(buflen, (size_t)UINT_MAX);
    xdrmem_create(&ctx.xdr, (char *)buf, ctx.len, XDR_DECODE);
    ok = data && virXDRDecodeStruct(&ctx, desc, data, 0);
    xdr_destroy(&ctx.xdr);
    if (!ok) {
        VIR_DEBUG("cannot decode %s at field %s", desc->name, NULLSTR(ctx.field));
        virXDRFree(desc, data);
        virReportError(VIR_ERR_RPC, "%s", _("Unable to decode message payload"));
        return -1;
    }
    return 0;
}


/* ---------------------------------------------------------------------- */
/* Freeing                                                                  */

static void virXDRFreeStruct(const virXDRStruct *desc, void *data, unsigned int depth);

static void
virXDRFreeArray(const virXDRField *f, virXDRArray *arr, unsigned int depth)
{
    size_t i;

    if (f->type == VIR_XDR_TYPED_PARAMS) {
        virXDRTypedParam *tps = arr->val;

        for (i = 0; tps && i < arr->len; i++) {
            g_free(tps[i].field);
            if (tps[i].type == 7)
                g_free(tps[i].value.s);
        }
    } else if (f->type == VIR_XDR_ARRAY && f->sub) {
        for (i = 0; arr->val && i < arr->len; i++)
            virXDRFreeStruct(f->sub, (char *)arr->val + i * f->sub->size, depth + 1);
    }
    g_free(arr->val);
    arr->val = NULL;
    arr->len = 0;
}


static void
virXDRFreeStruct(const virXDRStruct *desc, void *data, unsigned int depth)
{
    size_t i;

    if (!desc || depth > VIR_XDR_DEPTH_MAX)
        return;
    for (i = 0; i < desc->nfields; i++) {
        const virXDRField *f = &desc->fields[i];
        char *p = (char *)data + f->offset;

        switch (f->type) {
        case VIR_XDR_STRING:
        case VIR_XDR_OPT_STRING:
            g_clear_pointer((char **)p, g_free);
            break;
        case VIR_XDR_STRUCT:
            virXDRFreeStruct(f->sub, p, depth + 1);
            break;
        case VIR_XDR_OPT_STRUCT:
            if (*(void **)p) {
                virXDRFreeStruct(f->sub, *(void **)p, depth + 1);
                g_clear_pointer((void **)p, g_free);
            }
            break;
        case VIR_XDR_OPAQUE:
        case VIR_XDR_CHARS:
        case VIR_XDR_ARRAY:
        case VIR_XDR_TYPED_PARAMS:
            virXDRFreeArray(f, (virXDRArray *)p, depth);
            break;
        default:
            break;
        }
    }
}


void
virXDRFree(const virXDRStruct *desc, void *data)
{
    if (!desc || !data)
        return;
    virXDRFreeStruct(desc, data, 0);
    memset(data, 0, desc->size);
}
