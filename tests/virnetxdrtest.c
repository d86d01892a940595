/*
 * virnetxdrtest.c: tests for the XDR codec and the generated protocol tables
 *
 * Byte vectors come from wire-protocol.md (observed libvirt 9.0 traffic).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include <glib.h>

#include "internal.h"
#include "remote_protocol.h"
#include "virerror.h"
#include "virnetxdr.h"


/*
 * Parses hex digits (white space ignored); "zN" stands for N zero bytes.
 */
static GByteArray *
testHex(const char *hex)
{
    GByteArray *out = g_byte_array_new();

    while (*hex) {
        if (g_ascii_isspace(*hex)) {
            hex++;
        } else if (*hex == 'z') {
            char *end = NULL;
            guint64 n = g_ascii_strtoull(hex + 1, &end, 10);
            guint8 zero = 0;

            g_assert_true(end != hex + 1);
            while (n--)
                g_byte_array_append(out, &zero, 1);
            hex = end;
        } else {
            guint8 b;

            g_assert_true(g_ascii_isxdigit(hex[0]) && g_ascii_isxdigit(hex[1]));
            b = (g_ascii_xdigit_value(hex[0]) << 4) | g_ascii_xdigit_value(hex[1]);
            g_byte_array_append(out, &b, 1);
            hex += 2;
        }
    }
    return out;
}


/* Encodes @data into a new buffer; asserts success. */
static char *
testEncode(const virXDRStruct *desc, const void *data, size_t *len)
{
    char *buf = NULL;
    size_t cap = 0;

    *len = 0;
    g_assert_cmpint(virXDREncodeGrow(desc, data, &buf, len, &cap, 1 << 26), ==, 0);
    return buf;
}


static void
testAssertRPCError(const char *message)
{
    virError *err = virGetLastError();

    g_assert_nonnull(err);
    g_assert_cmpint(err->code, ==, VIR_ERR_RPC);
    g_assert_cmpint(err->domain, ==, VIR_FROM_RPC);
    g_assert_cmpstr(err->message, ==, message);
    virResetLastError();
}


static bool
testIsZero(const void *data, size_t len)
{
    const char *p = data;
    size_t i;

    for (i = 0; i < len; i++) {
        if (p[i])
            return false;
    }
    return true;
}


/* ---- byte-exact vectors ---------------------------------------------- */

typedef struct {
    const char *name;
    const virXDRStruct *desc;
    void (*fill)(void *data);
    const char *hex;
} testVector;

#define TEST_DOM_TEST "00000004 74657374 00010203 04050607 08090a0b 0c0d0e0f"

static void
testFillDom(remote_nonnull_domain *dom, const char *name, int id, unsigned char uuidbyte)
{
    size_t i;

    dom->name = g_strdup(name);
    for (i = 0; i < 16; i++)
        dom->uuid[i] = uuidbyte == 0xaa ? i : uuidbyte;
    dom->id = id;
}


static void
testFillConnectOpen(void *data)
{
    remote_connect_open_args *a = data;

    a->name = g_strdup("qemu:///session");
    a->flags = 6;
}


static void
testFillGetInfo(void *data)
{
    remote_domain_get_info_ret *r = data;

    r->state = 1;
    r->maxMem = 0x100000;
    r->memory = 0x80000;
    r->nrVirtCpu = 2;
    r->cpuTime = 0x0102030405060708ULL;
}


static void
testFillNodeInfo(void *data)
{
    remote_node_get_info_ret *r = data;

    memcpy(r->model, "i686", 4);
    r->memory = 16;
    r->cpus = 1;
    r->mhz = 2;
    r->nodes = 3;
    r->sockets = 4;
    r->cores = 5;
    r->threads = 6;
}


static void
testFillChars(virXDRArray *arr, const char *str)
{
    arr->len = strlen(str) + 1;
    arr->val = g_strdup(str);
}


static void
testFillSecModel(void *data)
{
    remote_node_get_security_model_ret *r = data;

    testFillChars(&r->model, "none");
    testFillChars(&r->doi, "0");
}


static void
testFillSecLabel(void *data)
{
    remote_domain_get_security_label_ret *r = data;

    testFillChars(&r->label, "");
}


static void
testFillMaxVcpusAbsent(void *data)
{
    ((remote_connect_get_max_vcpus_args *)data)->type = NULL;
}


static void
testFillMaxVcpus(void *data)
{
    ((remote_connect_get_max_vcpus_args *)data)->type = g_strdup("kvm");
}


static void
testFillLookupRet(void *data)
{
    testFillDom(&((remote_domain_lookup_by_name_ret *)data)->dom, "test", -1, 0xaa);
}


static void
testFillTypedParams(void *data)
{
    remote_domain_set_memory_parameters_args *a = data;
    virXDRTypedParam *tp = g_new0(virXDRTypedParam, 7);

    testFillDom(&a->dom, "a", 1, 0);
    tp[0] = (virXDRTypedParam){ g_strdup("i"), 1, { .i = -2 } };
    tp[1] = (virXDRTypedParam){ g_strdup("u"), 2, { .ui = 3 } };
    tp[2] = (virXDRTypedParam){ g_strdup("l"), 3, { .l = -4 } };
    tp[3] = (virXDRTypedParam){ g_strdup("ul"), 4, { .ul = 5 } };
    tp[4] = (virXDRTypedParam){ g_strdup("d"), 5, { .d = 1.5 } };
    tp[5] = (virXDRTypedParam){ g_strdup("b"), 6, { .i = 1 } };
    tp[6] = (virXDRTypedParam){ g_strdup("s"), 7, { .s = g_strdup("xyz") } };
    a->params.len = 7;
    a->params.val = tp;
    a->flags = 4;
}


static void
testFillError(void *data)
{
    remote_error *e = data;

    e->code = VIR_ERR_NO_DOMAIN;
    e->domain = VIR_FROM_TEST;
    e->message = g_strdup("Domain not found");
    e->level = VIR_ERR_ERROR;
    e->str1 = g_strdup("Domain not found");
    e->int1 = -1;
    e->int2 = -1;
}


static void
testFillListAll(void *data)
{
    remote_connect_list_all_domains_ret *r = data;
    remote_nonnull_domain *doms = g_new0(remote_nonnull_domain, 2);

    testFillDom(&doms[0], "a", -1, 0);
    testFillDom(&doms[1], "bc", 3, 0xff);
    r->domains.len = 2;
    r->domains.val = doms;
    r->ret = 2;
}


static void
testFillLifecycle(void *data)
{
    remote_domain_event_callback_lifecycle_msg *m = data;

    m->callbackID = 0;
    testFillDom(&m->msg.dom, "test", 1, 0);
    m->msg.event = 3;
    m->msg.detail = 0;
}


static void
testFillPMWakeup(void *data)
{
    remote_domain_event_callback_pmwakeup_msg *m = data;

    m->callbackID = 5;
    m->reason = 0;
    testFillDom(&m->msg.dom, "test", 1, 0xaa);
}


static void
testFillAuthList(void *data)
{
    remote_auth_list_ret *r = data;

    r->types.len = 1;
    r->types.val = g_new0(int32_t, 1);
}


static void
testFillSecretValue(void *data)
{
    remote_secret_get_value_ret *r = data;

    r->value.len = 3;
    r->value.val = g_strdup("abc");
}


static void
testFillNames(void *data)
{
    remote_connect_list_defined_domains_ret *r = data;
    char **names = g_new0(char *, 2);

    names[0] = g_strdup("a");
    names[1] = g_strdup("bcdef");
    r->names.len = 2;
    r->names.val = names;
}


static void
testFillVolInfo(void *data)
{
    remote_storage_vol_get_info_ret *r = data;

    r->type = -1;
    r->capacity = 1;
}


static void
testFillCPUMap(void *data)
{
    remote_node_get_cpu_map_ret *r = data;

    r->cpumap.len = 1;
    r->cpumap.val = g_memdup2("\x0f", 1);
    r->online = 4;
    r->ret = 4;
}


static const testVector testVectors[] = {
    { "connect-open", &remote_connect_open_args_desc, testFillConnectOpen,
      "00000001 0000000f 71656d75 3a2f2f2f 73657373 696f6e00 00000006" },
    { "domain-get-info-32-bytes", &remote_domain_get_info_ret_desc, testFillGetInfo,
      "00000001 00000000 00100000 00000000 00080000 00000002 01020304 05060708" },
    { "node-get-info-model-128-bytes", &remote_node_get_info_ret_desc, testFillNodeInfo,
      "00000069 00000036 00000038 00000036 z112 00000000 00000010"
      "00000001 00000002 00000003 00000004 00000005 00000006" },
    { "security-model-nul-counted", &remote_node_get_security_model_ret_desc, testFillSecModel,
      "00000005 0000006e 0000006f 0000006e 00000065 00000000 00000002 00000030 00000000" },
    { "security-label-empty", &remote_domain_get_security_label_ret_desc, testFillSecLabel,
      "00000001 00000000 00000000" },
    { "optional-string-absent", &remote_connect_get_max_vcpus_args_desc, testFillMaxVcpusAbsent,
      "00000000" },
    { "optional-string-present", &remote_connect_get_max_vcpus_args_desc, testFillMaxVcpus,
      "00000001 00000003 6b766d00" },
    { "domain-uuid", &remote_domain_lookup_by_name_ret_desc, testFillLookupRet,
      TEST_DOM_TEST " ffffffff" },
    { "typed-params-all-types", &remote_domain_set_memory_parameters_args_desc, testFillTypedParams,
      "00000001 61000000 z16 00000001 00000007"
      "00000001 69000000 00000001 fffffffe"
      "00000001 75000000 00000002 00000003"
      "00000001 6c000000 00000003 ffffffff fffffffc"
      "00000002 756c0000 00000004 00000000 00000005"
      "00000001 64000000 00000005 3ff80000 00000000"
      "00000001 62000000 00000006 00000001"
      "00000001 73000000 00000007 00000003 78797a00"
      "00000004" },
    { "remote-error", &remote_error_desc, testFillError,
      "0000002a 0000000c 00000001 00000010 446f6d61 696e206e 6f742066 6f756e64 00000002"
      "00000000 00000001 00000010 446f6d61 696e206e 6f742066 6f756e64 00000000 00000000"
      "ffffffff ffffffff 00000000" },
    { "list-all-domains", &remote_connect_list_all_domains_ret_desc, testFillListAll,
      "00000002 00000001 61000000 z16 ffffffff"
      "00000002 62630000 ffffffff ffffffff ffffffff ffffffff 00000003 00000002" },
    { "event-lifecycle-nested", &remote_domain_event_callback_lifecycle_msg_desc, testFillLifecycle,
      "00000000 00000004 74657374 z16 00000001 00000003 00000000" },
    { "event-pmwakeup-reason-first", &remote_domain_event_callback_pmwakeup_msg_desc,
      testFillPMWakeup, "00000005 00000000 " TEST_DOM_TEST " 00000001" },
    { "auth-list-none", &remote_auth_list_ret_desc, testFillAuthList, "00000001 00000000" },
    { "secret-value-opaque", &remote_secret_get_value_ret_desc, testFillSecretValue,
      "00000003 61626300" },
    { "string-array", &remote_connect_list_defined_domains_ret_desc, testFillNames,
      "00000002 00000001 61000000 00000005 62636465 66000000" },
    { "vol-info-char", &remote_storage_vol_get_info_ret_desc, testFillVolInfo,
      "ffffffff 00000000 00000001 00000000 00000000" },
    { "cpumap-opaque", &remote_node_get_cpu_map_ret_desc, testFillCPUMap,
      "00000001 0f000000 00000004 00000004" },
};


/* Encodes the filled struct, compares with the vector, decodes the vector
 * and re-encodes it. */
static void
testVectorRun(const void *opaque)
{
    const testVector *v = opaque;
    g_autoptr(GByteArray) want = testHex(v->hex);
    g_autofree char *data = g_malloc0(v->desc->size);
    g_autofree char *back = g_malloc0(v->desc->size);
    g_autofree char *buf = NULL;
    g_autofree char *buf2 = NULL;
    size_t len;
    size_t len2;

    v->fill(data);
    buf = testEncode(v->desc, data, &len);
    g_assert_cmpmem(buf, len, want->data, want->len);

    g_assert_cmpint(virXDRDecode(v->desc, (char *)want->data, want->len, back), ==, 0);
    buf2 = testEncode(v->desc, back, &len2);
    g_assert_cmpmem(buf2, len2, want->data, want->len);

    virXDRFree(v->desc, data);
    virXDRFree(v->desc, back);
    g_assert_true(testIsZero(back, v->desc->size));
}


/* Every strict prefix of a vector fails to decode and leaves the struct zeroed. */
static void
testVectorTruncated(const void *opaque)
{
    const testVector *v = opaque;
    g_autoptr(GByteArray) want = testHex(v->hex);
    g_autofree char *data = g_malloc0(v->desc->size);
    size_t n;

    for (n = 0; n < want->len; n++) {
        if (virXDRDecode(v->desc, (char *)want->data, n, data) == 0)
            g_error("%s: prefix of %zu bytes decoded", v->name, n);
        testAssertRPCError("Unable to decode message payload");
        g_assert_true(testIsZero(data, v->desc->size));
    }
}


static void
testDecodedValues(void)
{
    g_autoptr(GByteArray) sec = testHex("00000005 0000006e 0000006f 0000006e 00000065 00000000"
                                        "00000001 00000000");
    g_autoptr(GByteArray) info = testHex("ffffff80 000000ff z120 z32");
    remote_node_get_security_model_ret model = { 0 };
    remote_node_get_info_ret ni = { 0 };

    /* char<N> values arrive NUL-terminated with the NUL counted */
    g_assert_cmpint(
        virXDRDecode(&remote_node_get_security_model_ret_desc, (char *)sec->data, sec->len, &model),
        ==, 0);
    g_assert_cmpuint(model.model.len, ==, 5);
    g_assert_cmpstr(model.model.val, ==, "none");
    g_assert_cmpuint(model.doi.len, ==, 1);
    g_assert_cmpstr(model.doi.val, ==, "");
    virXDRFree(&remote_node_get_security_model_ret_desc, &model);

    /* chars -128 and 255 are both accepted */
    g_assert_cmpint(
        virXDRDecode(&remote_node_get_info_ret_desc, (char *)info->data, info->len, &ni), ==, 0);
    g_assert_cmpint((unsigned char)ni.model[0], ==, 0x80);
    g_assert_cmpint((unsigned char)ni.model[1], ==, 0xff);
}


/* ---- decode error paths ----------------------------------------------- */

typedef struct {
    const char *name;
    const virXDRStruct *desc;
    const char *hex;
} testBadInput;

static const testBadInput testBadInputs[] = {
    { "empty", &remote_connect_open_args_desc, "" },
    { "string-over-limit", &remote_domain_lookup_by_name_args_desc, "00400001 61616161" },
    { "string-longer-than-data", &remote_domain_lookup_by_name_args_desc, "00000100 61616161" },
    { "string-embedded-nul", &remote_domain_lookup_by_name_args_desc, "00000003 61006200" },
    { "opaque-4gib", &remote_secret_get_value_ret_desc, "ffffffff" },
    { "opaque-over-limit", &remote_secret_get_value_ret_desc, "00010001 z65540" },
    { "array-over-limit", &remote_auth_list_ret_desc, "00000015 z84" },
    { "array-longer-than-data", &remote_connect_list_all_domains_ret_desc, "00004000 z64" },
    { "array-4gib", &remote_connect_list_domains_ret_desc, "ffffffff" },
    { "string-array-4gib", &remote_connect_list_defined_domains_ret_desc, "ffffffff" },
    { "typed-params-4gib", &remote_domain_get_scheduler_parameters_ret_desc, "ffffffff" },
    { "typed-params-over-limit", &remote_domain_get_scheduler_parameters_ret_desc,
      "00000011 z400" },
    { "chars-over-limit", &remote_node_get_security_model_ret_desc, "00000102 z1032" },
    { "chars-4gib", &remote_node_get_security_model_ret_desc, "ffffffff" },
    { "chars-bad-value", &remote_node_get_security_model_ret_desc, "00000001 00000100 00000000" },
    { "chars-fixed-bad-value", &remote_node_get_info_ret_desc, "fffffe00 z124 z32" },
    { "optional-string-flag-2", &remote_connect_get_max_vcpus_args_desc, "00000002" },
    { "optional-struct-flag-2", &remote_connect_domain_event_callback_register_any_args_desc,
      "00000000 00000002" },
    { "typed-param-type-0", &remote_domain_get_scheduler_parameters_ret_desc,
      "00000001 00000001 61000000 00000000 00000000" },
    { "typed-param-type-8", &remote_domain_get_scheduler_parameters_ret_desc,
      "00000001 00000001 61000000 00000008 00000000 00000000" },
    { "typed-param-string-truncated", &remote_domain_get_scheduler_parameters_ret_desc,
      "00000001 00000001 61000000 00000007 00000010 6162" },
    { "nested-array-truncated", &remote_domain_interface_addresses_ret_desc,
      "00000001 00000001 61000000 00000000 00000002 00000000 00000001 31000000 00000008" },
};


static void
testBadInputRun(const void *opaque)
{
    const testBadInput *t = opaque;
    g_autoptr(GByteArray) in = testHex(t->hex);
    g_autofree char *data = g_malloc0(t->desc->size);

    g_assert_cmpint(virXDRDecode(t->desc, (char *)in->data, in->len, data), ==, -1);
    testAssertRPCError("Unable to decode message payload");
    g_assert_true(testIsZero(data, t->desc->size));
}


static void
testTrailingBytes(void)
{
    g_autoptr(GByteArray) in = testHex("00000001 00000003 61626300 00000006 deadbeef 01");
    remote_connect_open_args args = { 0 };

    g_assert_cmpint(virXDRDecode(&remote_connect_open_args_desc, (char *)in->data, in->len, &args),
                    ==, 0);
    g_assert_cmpstr(args.name, ==, "abc");
    g_assert_cmpuint(args.flags, ==, 6);
    virXDRFree(&remote_connect_open_args_desc, &args);
    g_assert_null(args.name);

    /* a void payload decodes from anything */
    g_assert_cmpint(virXDRDecode(NULL, NULL, 0, NULL), ==, 0);
}


/* ---- encode error paths ----------------------------------------------- */

static void
testEncodeFails(const virXDRStruct *desc, const void *data)
{
    char buf[64] = "keep";
    size_t len = 4;

    g_assert_cmpint(virXDREncode(desc, data, buf, &len, sizeof(buf)), ==, -1);
    testAssertRPCError("Unable to encode message payload");
    g_assert_cmpuint(len, ==, 4);
}


static void
testEncodeErrors(void)
{
    remote_domain_lookup_by_name_args look = { NULL };
    remote_auth_list_ret auth = { { 21, NULL } };
    remote_domain_get_scheduler_parameters_ret sched = { { 0 } };
    remote_node_get_security_model_ret model = { { 0 } };
    virXDRTypedParam tp = { (char *)"f", 0, { .i = 0 } };
    int32_t types[21] = { 0 };
    g_autofree char *huge = g_strnfill(VIR_XDR_STRING_MAX + 1, 'a');

    testEncodeFails(&remote_domain_lookup_by_name_args_desc, &look); /* NULL string */
    look.name = huge;
    testEncodeFails(&remote_domain_lookup_by_name_args_desc, &look); /* over 4 MiB */
    testEncodeFails(&remote_auth_list_ret_desc, &auth);              /* len without val */
    auth.types.val = types;
    testEncodeFails(&remote_auth_list_ret_desc, &auth); /* 21 > 20 */

    sched.params.len = 1;
    sched.params.val = &tp;
    testEncodeFails(&remote_domain_get_scheduler_parameters_ret_desc, &sched); /* type 0 */
    tp.type = 8;
    testEncodeFails(&remote_domain_get_scheduler_parameters_ret_desc, &sched);
    tp.type = 7; /* STRING with a NULL value */
    testEncodeFails(&remote_domain_get_scheduler_parameters_ret_desc, &sched);
    tp.type = 1;
    tp.field = NULL;
    testEncodeFails(&remote_domain_get_scheduler_parameters_ret_desc, &sched);

    model.model.len = 258;
    model.model.val = huge;
    testEncodeFails(&remote_node_get_security_model_ret_desc, &model);
}


static void
testEncodeBuffer(void)
{
    remote_connect_open_args args = { (char *)"qemu:///session", 6 };
    char buf[32] = { 0 };
    size_t len = 4;
    char *grow = NULL;
    size_t glen = 0;
    size_t gcap = 0;

    memcpy(buf, "head", 4);
    /* the encoding needs 28 bytes: 31 - 4 = 27 is one too few */
    g_assert_cmpint(virXDREncode(&remote_connect_open_args_desc, &args, buf, &len, 31), ==, -1);
    testAssertRPCError("Unable to encode message payload");
    g_assert_cmpuint(len, ==, 4);
    g_assert_cmpint(virXDREncode(&remote_connect_open_args_desc, &args, buf, &len, 32), ==, 0);
    g_assert_cmpuint(len, ==, 32);
    g_assert_cmpmem(buf, 8, "head\0\0\0\x01", 8);

    /* a void payload writes nothing */
    g_assert_cmpint(virXDREncode(NULL, NULL, buf, &len, 32), ==, 0);
    g_assert_cmpuint(len, ==, 32);

    /* growing stops at the cap */
    g_assert_cmpint(
        virXDREncodeGrow(&remote_connect_open_args_desc, &args, &grow, &glen, &gcap, 16), ==, -1);
    testAssertRPCError("Unable to encode message payload");
    g_assert_cmpuint(glen, ==, 0);
    g_assert_cmpint(
        virXDREncodeGrow(&remote_connect_open_args_desc, &args, &grow, &glen, &gcap, 28), ==, 0);
    g_assert_cmpuint(glen, ==, 28);
    g_assert_cmpuint(gcap, ==, 28);
    g_free(grow);
}


/* ---- nesting depth ------------------------------------------------------ */

typedef struct testNode testNode;
struct testNode {
    int32_t v;
    testNode *next;
};
static const virXDRStruct testNodeDesc;
static const virXDRField testNodeFields[] = {
    { "v", VIR_XDR_INT, offsetof(testNode, v), 0, NULL },
    { "next", VIR_XDR_OPT_STRUCT, offsetof(testNode, next), 0, &testNodeDesc },
};
static const virXDRStruct testNodeDesc = { "testNode", sizeof(testNode), 2, testNodeFields };


static GByteArray *
testNodeWire(size_t n)
{
    g_autoptr(GString) hex = g_string_new("");
    size_t i;

    for (i = 0; i < n; i++)
        g_string_append_printf(hex, "%08zx %08x ", i, i + 1 < n ? 1 : 0);
    return testHex(hex->str);
}


static void
testDepth(void)
{
    g_autoptr(GByteArray) ok = testNodeWire(10);
    g_autoptr(GByteArray) deep = testNodeWire(40);
    testNode node = { 0 };
    testNode *nodes = g_new0(testNode, 40);
    g_autofree char *buf = NULL;
    size_t len;
    size_t i;

    g_assert_cmpint(virXDRDecode(&testNodeDesc, (char *)ok->data, ok->len, &node), ==, 0);
    g_assert_nonnull(node.next);
    buf = testEncode(&testNodeDesc, &node, &len);
    g_assert_cmpmem(buf, len, ok->data, ok->len);
    virXDRFree(&testNodeDesc, &node);

    g_assert_cmpint(virXDRDecode(&testNodeDesc, (char *)deep->data, deep->len, &node), ==, -1);
    testAssertRPCError("Unable to decode message payload");
    g_assert_null(node.next);

    for (i = 0; i + 1 < 40; i++)
        nodes[i].next = &nodes[i + 1];
    testEncodeFails(&testNodeDesc, nodes);
    g_free(nodes);
}


/* ---- generic round trips over every procedure ---------------------------- */

static void testFill(const virXDRStruct *desc, void *data, bool full, unsigned int depth);

static void
testFillArray(const virXDRField *f, virXDRArray *arr, bool full, unsigned int depth)
{
    size_t i;

    if (!full)
        return;
    switch (f->type) {
    case VIR_XDR_OPAQUE:
        arr->len = 3;
        arr->val = g_memdup2("\x01\x02\x03", 3);
        break;
    case VIR_XDR_CHARS:
        testFillChars(arr, "ab");
        break;
    case VIR_XDR_TYPED_PARAMS: {
        virXDRTypedParam *tp = g_new0(virXDRTypedParam, 7);

        for (i = 0; i < 7; i++) {
            tp[i].field = g_strdup_printf("p%zu", i);
            tp[i].type = i + 1;
            tp[i].value.ul = 0x8000000000000001ULL;
        }
        tp[4].value.d = -2.25;
        tp[6].value.s = g_strdup("sv");
        arr->len = 7;
        arr->val = tp;
        break;
    }
    default:
        arr->len = MIN(2, f->max);
        arr->val = g_malloc0_n(arr->len, f->sub->size);
        for (i = 0; i < arr->len; i++)
            testFill(f->sub, (char *)arr->val + i * f->sub->size, full, depth + 1);
    }
}


/* Makes @data valid for @desc: minimal (strings "", optionals absent,
 * arrays empty) or full (everything present, 2-element arrays). */
static void
testFill(const virXDRStruct *desc, void *data, bool full, unsigned int depth)
{
    size_t i;

    for (i = 0; i < desc->nfields; i++) {
        const virXDRField *f = &desc->fields[i];
        char *p = (char *)data + f->offset;

        switch (f->type) {
        case VIR_XDR_INT:
        case VIR_XDR_CHAR:
            *(int32_t *)p = full ? -7 : 0;
            break;
        case VIR_XDR_UINT:
        case VIR_XDR_UCHAR:
            *(uint32_t *)p = full ? 7 : 0;
            break;
        case VIR_XDR_HYPER:
            *(int64_t *)p = full ? -(1LL << 40) : 0;
            break;
        case VIR_XDR_UHYPER:
            *(uint64_t *)p = full ? 1ULL << 63 : 0;
            break;
        case VIR_XDR_DOUBLE:
            *(double *)p = full ? 0.5 : 0;
            break;
        case VIR_XDR_STRING:
            *(char **)p = g_strdup(full ? "str" : "");
            break;
        case VIR_XDR_OPT_STRING:
            *(char **)p = full ? g_strdup("opt") : NULL;
            break;
        case VIR_XDR_OPAQUE_FIXED:
            memset(p, full ? 0xa5 : 0, f->max);
            break;
        case VIR_XDR_CHARS_FIXED:
            memset(p, full ? 'c' : 0, f->max);
            break;
        case VIR_XDR_STRUCT:
            testFill(f->sub, p, full, depth + 1);
            break;
        case VIR_XDR_OPT_STRUCT:
            if (full && depth < 4) {
                *(void **)p = g_malloc0(f->sub->size);
                testFill(f->sub, *(void **)p, full, depth + 1);
            }
            break;
        default:
            testFillArray(f, (virXDRArray *)p, full, depth);
        }
    }
}


static void
testRoundTripDesc(const virXDRStruct *desc, bool full)
{
    g_autofree char *data = g_malloc0(desc->size);
    g_autofree char *back = g_malloc0(desc->size);
    g_autofree char *buf = NULL;
    g_autofree char *buf2 = NULL;
    size_t len;
    size_t len2;

    testFill(desc, data, full, 0);
    buf = testEncode(desc, data, &len);
    g_assert_cmpuint(len % 4, ==, 0);
    if (virXDRDecode(desc, buf, len, back) < 0)
        g_error("%s (%s) does not decode", desc->name, full ? "full" : "minimal");
    buf2 = testEncode(desc, back, &len2);
    g_assert_cmpmem(buf2, len2, buf, len);
    virXDRFree(desc, data);
    virXDRFree(desc, back);
    g_assert_true(testIsZero(data, desc->size));
}


static void
testRoundTripProgram(const void *opaque)
{
    const virNetProgramDef *def = opaque;
    size_t i;
    int full;

    for (i = 0; i < def->nprocs; i++) {
        for (full = 0; full < 2; full++) {
            if (def->procs[i].args)
                testRoundTripDesc(def->procs[i].args, full);
            if (def->procs[i].ret)
                testRoundTripDesc(def->procs[i].ret, full);
        }
    }
    testRoundTripDesc(&remote_error_desc, false);
    testRoundTripDesc(&remote_error_desc, true);
}


/* ---- the tables ------------------------------------------------------------ */

static void
testTableSorted(const void *opaque)
{
    const virNetProgramDef *def = opaque;
    size_t i;

    g_assert_cmpuint(def->nprocs, >, 0);
    for (i = 0; i < def->nprocs; i++) {
        const virNetProcedure *p = &def->procs[i];

        if (i > 0)
            g_assert_cmpint(def->procs[i - 1].proc, <, p->proc);
        g_assert_true(virNetProgramDefLookup(def, p->proc) == p);
        g_assert_true(g_str_has_prefix(p->api, "vir"));
        if (p->flags & VIR_NET_PROC_MESSAGE)
            g_assert_null(p->args);
    }
    g_assert_null(virNetProgramDefLookup(def, 0));
    g_assert_null(virNetProgramDefLookup(def, -1));
    g_assert_null(virNetProgramDefLookup(def, 444));
    g_assert_null(virNetProgramDefLookup(NULL, 1));
}


/* Procedures the issue requires, by number. */
static const int testRequiredProcs[] = {
    1,   2,   3,   4,   5,   6,   7,   59,  60,  66,  101, 102, 110, 122, 149, 157, 158, 162, 203,
    227, 228, 293, 312, 340, 342, 360, 361, 403, 419, 21,  22,  23,  24,  25,  37,  51,  273, 344,
    9,   10,  11,  12,  27,  28,  33,  34,  35,  53,  54,  55,  182, 183, 184, 196, 231, 232, 233,
    234, 245, 258, 309, 310, 350, 358, 8,   13,  14,  15,  16,  17,  18,  19,  20,  26,  29,  30,
    31,  32,  56,  57,  58,  64,  65,  121, 150, 151, 159, 160, 161, 163, 164, 174, 187, 194, 197,
    198, 199, 200, 202, 204, 212, 219, 223, 229, 230, 243, 251, 264, 265, 274, 277, 278, 298, 337,
    353, 392, 418, 426, 185, 186, 188, 189, 190, 191, 192, 193, 244, 246, 247, 271, 272, 275, 201,
    211, 296, 343, 443, 36,  38,  39,  40,  41,  42,  43,  44,  45,  46,  47,  48,  49,  50,  52,
    152, 153, 283, 291, 341, 432, 437, 71,  72,  73,  74,  75,  76,  77,  78,  79,  80,  81,  82,
    83,  84,  85,  86,  87,  88,  89,  90,  91,  92,  154, 155, 281, 282, 391, 93,  94,  95,  96,
    97,  98,  99,  100, 125, 165, 208, 209, 259, 260, 378, 139, 140, 141, 142, 143, 144, 145, 146,
    147, 287, 313, 314, 316, 317, 368, 369, 380, 381, 315, 318, 319, 320, 321, 322, 323, 324, 325,
    326, 327, 328, 329, 330, 331, 332, 333, 339, 346, 348, 354, 359, 362, 363, 367, 370, 373, 379,
    382, 383, 385, 423, 438, 235, 236, 388, 389, 440, 441, 334,
};


static void
testTableContents(void)
{
    const virNetProcedure *p;
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(testRequiredProcs); i++) {
        if (!virNetProgramDefLookup(&remoteProgramDef, testRequiredProcs[i]))
            g_error("procedure %d missing", testRequiredProcs[i]);
    }

    p = virNetProgramDefLookup(&remoteProgramDef, REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME);
    g_assert_cmpstr(p->name, ==, "DOMAIN_LOOKUP_BY_NAME");
    g_assert_cmpstr(p->api, ==, "virDomainLookupByName");
    g_assert_true(p->args == &remote_domain_lookup_by_name_args_desc);
    g_assert_true(p->ret == &remote_domain_lookup_by_name_ret_desc);
    g_assert_cmpuint(p->flags, ==, VIR_NET_PROC_PRIORITY | VIR_NET_PROC_READONLY);

    g_assert_cmpstr(virNetProgramDefLookup(&remoteProgramDef, 14)->api, ==, "virDomainGetXMLDesc");
    g_assert_cmpstr(virNetProgramDefLookup(&remoteProgramDef, 19)->api, ==, "virDomainGetOSType");
    g_assert_cmpstr(virNetProgramDefLookup(&remoteProgramDef, 22)->api, ==, "virDomainLookupByID");
    g_assert_cmpstr(virNetProgramDefLookup(&remoteProgramDef, 341)->api, ==,
                    "virNetworkGetDHCPLeases");
    g_assert_cmpstr(virNetProgramDefLookup(&remoteProgramDef, 316)->api, ==,
                    "virConnectDomainEventRegisterAny");
    g_assert_cmpstr(virNetProgramDefLookup(&remoteProgramDef, 11)->api, ==, "virDomainDefineXML");

    /* read-only denial: mutating calls and GET_VALUE are not R */
    g_assert_false(virNetProgramDefLookup(&remoteProgramDef, 11)->flags & VIR_NET_PROC_READONLY);
    g_assert_false(virNetProgramDefLookup(&remoteProgramDef, 145)->flags & VIR_NET_PROC_READONLY);
    g_assert_true(virNetProgramDefLookup(&remoteProgramDef, 316)->flags & VIR_NET_PROC_READONLY);
    g_assert_true(virNetProgramDefLookup(&remoteProgramDef, 12)->flags & VIR_NET_PROC_PRIORITY);

    for (i = 0; i < remoteProgramDef.nprocs; i++) {
        p = &remoteProgramDef.procs[i];
        g_assert_cmpint(!!(p->flags & VIR_NET_PROC_PREOPEN), ==,
                        p->proc == 1 || p->proc == 60 || (p->proc >= 66 && p->proc <= 70));
        g_assert_cmpint(!!(p->flags & VIR_NET_PROC_FDS), ==,
                        p->proc == 309 || p->proc == 310 || p->proc == 343 || p->proc == 443);
        g_assert_cmpint(!!(p->flags & VIR_NET_PROC_STREAM), ==,
                        p->proc == 201 || p->proc == 208 || p->proc == 209 || p->proc == 211 ||
                            p->proc == 296);
        g_assert_cmpint(!!(p->flags & VIR_NET_PROC_MESSAGE), ==,
                        p->proc == 315 || p->proc == 362 || p->proc == 370 || p->proc == 373 ||
                            p->proc == 382 || p->proc == 383 ||
                            (g_str_has_prefix(p->name, "DOMAIN_EVENT_")));
        g_assert_cmpint(p->proc, <=, 443);
    }

    g_assert_cmpuint(keepaliveProgramDef.prog, ==, KEEPALIVE_PROGRAM);
    g_assert_cmpuint(keepaliveProgramDef.nprocs, ==, 2);
    p = virNetProgramDefLookup(&keepaliveProgramDef, KEEPALIVE_PROC_PONG);
    g_assert_cmpstr(p->name, ==, "PONG");
    g_assert_true(p->flags & VIR_NET_PROC_MESSAGE);
    g_assert_null(p->ret);
    g_assert_cmpuint(remoteProgramDef.prog, ==, REMOTE_PROGRAM);
    g_assert_cmpuint(remoteProgramDef.vers, ==, 1);
}


int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);
    g_assert_cmpint(virErrorInitialize(), ==, 0);

    for (i = 0; i < G_N_ELEMENTS(testVectors); i++) {
        g_autofree char *p1 = g_strdup_printf("/rpc/xdr/vector/%s", testVectors[i].name);
        g_autofree char *p2 = g_strdup_printf("/rpc/xdr/truncated/%s", testVectors[i].name);

        g_test_add_data_func(p1, &testVectors[i], testVectorRun);
        g_test_add_data_func(p2, &testVectors[i], testVectorTruncated);
    }
    for (i = 0; i < G_N_ELEMENTS(testBadInputs); i++) {
        g_autofree char *p = g_strdup_printf("/rpc/xdr/bad/%s", testBadInputs[i].name);

        g_test_add_data_func(p, &testBadInputs[i], testBadInputRun);
    }
    g_test_add_func("/rpc/xdr/decoded-values", testDecodedValues);
    g_test_add_func("/rpc/xdr/trailing-bytes", testTrailingBytes);
    g_test_add_func("/rpc/xdr/encode/errors", testEncodeErrors);
    g_test_add_func("/rpc/xdr/encode/buffer", testEncodeBuffer);
    g_test_add_func("/rpc/xdr/depth", testDepth);
    g_test_add_data_func("/rpc/xdr/roundtrip/remote", &remoteProgramDef, testRoundTripProgram);
    g_test_add_data_func("/rpc/xdr/roundtrip/keepalive", &keepaliveProgramDef,
                         testRoundTripProgram);
    g_test_add_data_func("/rpc/protocol/sorted/remote", &remoteProgramDef, testTableSorted);
    g_test_add_data_func("/rpc/protocol/sorted/keepalive", &keepaliveProgramDef, testTableSorted);
    g_test_add_func("/rpc/protocol/contents", testTableContents);

    return g_test_run();
}
