/*
 * virjson.c: JSON values: a tree to build and inspect, parsed and printed
 *            by json-c
 *
 * json-c parses into its own tree, which we convert into ours: json-c
 * represents JSON null as a NULL pointer, merges number text into binary
 * values and gives no stable index access to object members, none of
 * which suits the libvirt-style API. Printing converts back.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <math.h>
#include <string.h>

#include <glib.h>
#include <json-c/json.h>

#include "internal.h"
#include "virerror.h"
#include "virjson.h"
#include "virlog.h"

#define VIR_FROM_THIS VIR_FROM_NONE

VIR_LOG_INIT("util.json");

typedef struct _virJSONObjectPair virJSONObjectPair;
struct _virJSONObjectPair {
    char *key;           /* owned */
    virJSONValue *value; /* owned, never NULL */
};

struct _virJSONValue {
    virJSONType type;
    union {
        GPtrArray *object; /* of virJSONObjectPair *, owned, in insertion order */
        GPtrArray *array;  /* of virJSONValue *, owned */
        char *string;      /* owned, no NUL inside */
        char *number;      /* owned decimal JSON number text, e.g. "-5", "1.5e3" */
        bool boolean;
    } data;
};


static void
virJSONObjectPairFree(gpointer opaque)
{
    virJSONObjectPair *pair = opaque;

    g_free(pair->key);
    virJSONValueFree(pair->value);
    g_free(pair);
}


static virJSONValue *
virJSONValueNew(virJSONType type)
{
    virJSONValue *value = g_new0(virJSONValue, 1);

    value->type = type;
    if (type == VIR_JSON_TYPE_OBJECT)
        value->data.object = g_ptr_array_new_with_free_func(virJSONObjectPairFree);
    else if (type == VIR_JSON_TYPE_ARRAY)
        value->data.array = g_ptr_array_new_with_free_func((GDestroyNotify)virJSONValueFree);
    return value;
}


void
virJSONValueFree(virJSONValue *value)
{
    if (!value)
        return;

    switch (value->type) {
    case VIR_JSON_TYPE_OBJECT:
        g_ptr_array_unref(value->data.object);
        break;
    case VIR_JSON_TYPE_ARRAY:
        g_ptr_array_unref(value->data.array);
        break;
    case VIR_JSON_TYPE_STRING:
        g_free(value->data.string);
        break;
    case VIR_JSON_TYPE_NUMBER:
        g_free(value->data.number);
        break;
    case VIR_JSON_TYPE_BOOLEAN:
    case VIR_JSON_TYPE_NULL:
        break;
    }
    g_free(value);
}


virJSONType
virJSONValueGetType(const virJSONValue *value)
{
    return value->type;
}


virJSONValue *
virJSONValueNewString(const char *data)
{
    virJSONValue *value;

    if (!data)
        return virJSONValueNewNull();

    value = virJSONValueNew(VIR_JSON_TYPE_STRING);
    value->data.string = g_strdup(data);
    return value;
}


/* Takes ownership of @text, which must be a valid JSON number. */
static virJSONValue *
virJSONValueNewNumber(char *text)
{
    virJSONValue *value = virJSONValueNew(VIR_JSON_TYPE_NUMBER);

    value->data.number = text;
    return value;
}


virJSONValue *
virJSONValueNewNumberInt(int data)
{
    return virJSONValueNewNumber(g_strdup_printf("%d", data));
}


virJSONValue *
virJSONValueNewNumberUint(unsigned int data)
{
    return virJSONValueNewNumber(g_strdup_printf("%u", data));
}


virJSONValue *
virJSONValueNewNumberLong(long long data)
{
    return virJSONValueNewNumber(g_strdup_printf("%lld", data));
}


virJSONValue *
virJSONValueNewNumberUlong(unsigned long long data)
{
    return virJSONValueNewNumber(g_strdup_printf("%llu", data));
}


virJSONValue *
virJSONValueNewNumberDouble(double data)
{
    static const char *const formats[] = { "%.15g", "%.16g", "%.17g" };
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    size_t i;

    if (!isfinite(data))
        return virJSONValueNewNull();

    /* the shortest form that reads back exactly: 0.1 rather than
     * 0.10000000000000001; %.17g always does */
    for (i = 0; i < G_N_ELEMENTS(formats); i++) {
        g_ascii_formatd(buf, sizeof(buf), formats[i], data);
        if (g_ascii_strtod(buf, NULL) == data)
            break;
    }
    /* keep it recognisably a double ("3.0", not "3") so that integer
     * getters refuse it after printing and parsing, as before */
    if (!strpbrk(buf, ".eE"))
        return virJSONValueNewNumber(g_strconcat(buf, ".0", NULL));
    return virJSONValueNewNumber(g_strdup(buf));
}


virJSONValue *
virJSONValueNewBoolean(bool boolean)
{
    virJSONValue *value = virJSONValueNew(VIR_JSON_TYPE_BOOLEAN);

    value->data.boolean = boolean;
    return value;
}


virJSONValue *
virJSONValueNewNull(void)
{
    return virJSONValueNew(VIR_JSON_TYPE_NULL);
}


virJSONValue *
virJSONValueNewArray(void)
{
    return virJSONValueNew(VIR_JSON_TYPE_ARRAY);
}


virJSONValue *
virJSONValueNewObject(void)
{
    return virJSONValueNew(VIR_JSON_TYPE_OBJECT);
}


static void
virJSONValueObjectAddPair(virJSONValue *object, const char *key, virJSONValue *value)
{
    virJSONObjectPair *pair = g_new0(virJSONObjectPair, 1);

    pair->key = g_strdup(key);
    pair->value = value;
    g_ptr_array_add(object->data.object, pair);
}


virJSONValue *
virJSONValueCopy(const virJSONValue *value)
{
    virJSONValue *copy = virJSONValueNew(value->type);
    virJSONObjectPair *pair;
    size_t i;

    switch (value->type) {
    case VIR_JSON_TYPE_OBJECT:
        for (i = 0; i < value->data.object->len; i++) {
            pair = g_ptr_array_index(value->data.object, i);
            virJSONValueObjectAddPair(copy, pair->key, virJSONValueCopy(pair->value));
        }
        break;
    case VIR_JSON_TYPE_ARRAY:
        for (i = 0; i < value->data.array->len; i++) {
            g_ptr_array_add(copy->data.array,
                            virJSONValueCopy(g_ptr_array_index(value->data.array, i)));
        }
        break;
    case VIR_JSON_TYPE_STRING:
        copy->data.string = g_strdup(value->data.string);
        break;
    case VIR_JSON_TYPE_NUMBER:
        copy->data.number = g_strdup(value->data.number);
        break;
    case VIR_JSON_TYPE_BOOLEAN:
        copy->data.boolean = value->data.boolean;
        break;
    case VIR_JSON_TYPE_NULL:
        break;
    }
    return copy;
}


/* Returns the index of @key in @object, or -1. @object must be an object. */
static gssize
virJSONValueObjectFind(const virJSONValue *object, const char *key)
{
    virJSONObjectPair *pair;
    size_t i;

    for (i = 0; i < object->data.object->len; i++) {
        pair = g_ptr_array_index(object->data.object, i);
        if (g_str_equal(pair->key, key))
            return i;
    }
    return -1;
}


int
virJSONValueObjectAppend(virJSONValue *object, const char *key, virJSONValue **value)
{
    if (!object || object->type != VIR_JSON_TYPE_OBJECT) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("expecting JSON object"));
        return -1;
    }
    if (!value || !*value) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("missing value of key '%1$s'"), key);
        return -1;
    }
    if (virJSONValueObjectFind(object, key) >= 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("duplicate key '%1$s'"), key);
        return -1;
    }

    virJSONValueObjectAddPair(object, key, g_steal_pointer(value));
    return 0;
}


/* Appends @value, which it always consumes. */
static int
virJSONValueObjectAppendNew(virJSONValue *object, const char *key, virJSONValue *value)
{
    g_autoptr(virJSONValue) tmp = value;

    return virJSONValueObjectAppend(object, key, &tmp);
}


int
virJSONValueObjectAppendString(virJSONValue *object, const char *key, const char *value)
{
    return virJSONValueObjectAppendNew(object, key, virJSONValueNewString(value));
}


int
virJSONValueObjectAppendNumberInt(virJSONValue *object, const char *key, int number)
{
    return virJSONValueObjectAppendNew(object, key, virJSONValueNewNumberInt(number));
}


int
virJSONValueObjectAppendNumberUint(virJSONValue *object, const char *key, unsigned int number)
{
    return virJSONValueObjectAppendNew(object, key, virJSONValueNewNumberUint(number));
}


int
virJSONValueObjectAppendNumberLong(virJSONValue *object, const char *key, long long number)
{
    return virJSONValueObjectAppendNew(object, key, virJSONValueNewNumberLong(number));
}


int
virJSONValueObjectAppendNumberUlong(virJSONValue *object,
                                    const char *key,
                                    unsigned long long number)
{
    return virJSONValueObjectAppendNew(object, key, virJSONValueNewNumberUlong(number));
}


int
virJSONValueObjectAppendNumberDouble(virJSONValue *object, const char *key, double number)
{
    return virJSONValueObjectAppendNew(object, key, virJSONValueNewNumberDouble(number));
}


int
virJSONValueObjectAppendBoolean(virJSONValue *object, const char *key, bool boolean)
{
    return virJSONValueObjectAppendNew(object, key, virJSONValueNewBoolean(boolean));
}


int
virJSONValueObjectAppendNull(virJSONValue *object, const char *key)
{
    return virJSONValueObjectAppendNew(object, key, virJSONValueNewNull());
}


bool
virJSONValueObjectHasKey(const virJSONValue *object, const char *key)
{
    if (!object || object->type != VIR_JSON_TYPE_OBJECT)
        return false;

    return virJSONValueObjectFind(object, key) >= 0;
}


virJSONValue *
virJSONValueObjectGet(virJSONValue *object, const char *key)
{
    gssize i;

    if (!object || object->type != VIR_JSON_TYPE_OBJECT)
        return NULL;

    if ((i = virJSONValueObjectFind(object, key)) < 0)
        return NULL;

    return ((virJSONObjectPair *)g_ptr_array_index(object->data.object, i))->value;
}


virJSONValue *
virJSONValueObjectGetByType(virJSONValue *object, const char *key, virJSONType type)
{
    virJSONValue *value = virJSONValueObjectGet(object, key);

    if (!value || value->type != type)
        return NULL;
    return value;
}


const char *
virJSONValueObjectGetString(virJSONValue *object, const char *key)
{
    return virJSONValueGetString(virJSONValueObjectGet(object, key));
}


virJSONValue *
virJSONValueObjectGetObject(virJSONValue *object, const char *key)
{
    return virJSONValueObjectGetByType(object, key, VIR_JSON_TYPE_OBJECT);
}


virJSONValue *
virJSONValueObjectGetArray(virJSONValue *object, const char *key)
{
    return virJSONValueObjectGetByType(object, key, VIR_JSON_TYPE_ARRAY);
}


int
virJSONValueObjectGetNumberInt(virJSONValue *object, const char *key, int *value)
{
    return virJSONValueGetNumberInt(virJSONValueObjectGet(object, key), value);
}


int
virJSONValueObjectGetNumberUint(virJSONValue *object, const char *key, unsigned int *value)
{
    return virJSONValueGetNumberUint(virJSONValueObjectGet(object, key), value);
}


int
virJSONValueObjectGetNumberLong(virJSONValue *object, const char *key, long long *value)
{
    return virJSONValueGetNumberLong(virJSONValueObjectGet(object, key), value);
}


int
virJSONValueObjectGetNumberUlong(virJSONValue *object, const char *key, unsigned long long *value)
{
    return virJSONValueGetNumberUlong(virJSONValueObjectGet(object, key), value);
}


int
virJSONValueObjectGetNumberDouble(virJSONValue *object, const char *key, double *value)
{
    return virJSONValueGetNumberDouble(virJSONValueObjectGet(object, key), value);
}


int
virJSONValueObjectGetBoolean(virJSONValue *object, const char *key, bool *value)
{
    return virJSONValueGetBoolean(virJSONValueObjectGet(object, key), value);
}


bool
virJSONValueObjectIsNull(virJSONValue *object, const char *key)
{
    return virJSONValueIsNull(virJSONValueObjectGet(object, key));
}


int
virJSONValueObjectRemoveKey(virJSONValue *object, const char *key, virJSONValue **value)
{
    virJSONObjectPair *pair;
    gssize i;

    if (value)
        *value = NULL;

    if (!object || object->type != VIR_JSON_TYPE_OBJECT) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("expecting JSON object"));
        return -1;
    }

    if ((i = virJSONValueObjectFind(object, key)) < 0)
        return 0;

    pair = g_ptr_array_steal_index(object->data.object, i);
    if (value)
        *value = g_steal_pointer(&pair->value);
    virJSONObjectPairFree(pair);
    return 1;
}


static virJSONValue *
virJSONValueObjectStealByType(virJSONValue *object, const char *key, virJSONType type)
{
    virJSONValue *value = NULL;

    if (!virJSONValueObjectGetByType(object, key, type))
        return NULL;

    (void)virJSONValueObjectRemoveKey(object, key, &value);
    return value;
}


virJSONValue *
virJSONValueObjectStealArray(virJSONValue *object, const char *key)
{
    return virJSONValueObjectStealByType(object, key, VIR_JSON_TYPE_ARRAY);
}


virJSONValue *
virJSONValueObjectStealObject(virJSONValue *object, const char *key)
{
    return virJSONValueObjectStealByType(object, key, VIR_JSON_TYPE_OBJECT);
}


size_t
virJSONValueObjectKeysNumber(const virJSONValue *object)
{
    if (!object || object->type != VIR_JSON_TYPE_OBJECT)
        return 0;

    return object->data.object->len;
}


const char *
virJSONValueObjectGetKey(virJSONValue *object, size_t n)
{
    if (n >= virJSONValueObjectKeysNumber(object))
        return NULL;

    return ((virJSONObjectPair *)g_ptr_array_index(object->data.object, n))->key;
}


virJSONValue *
virJSONValueObjectGetValue(virJSONValue *object, size_t n)
{
    if (n >= virJSONValueObjectKeysNumber(object))
        return NULL;

    return ((virJSONObjectPair *)g_ptr_array_index(object->data.object, n))->value;
}


int
virJSONValueObjectForeachKeyValue(virJSONValue *object,
                                  virJSONValueObjectIteratorFunc cb,
                                  void *opaque)
{
    virJSONObjectPair *pair;
    size_t i;

    if (!object || object->type != VIR_JSON_TYPE_OBJECT) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("expecting JSON object"));
        return -1;
    }

    for (i = 0; i < object->data.object->len; i++) {
        pair = g_ptr_array_index(object->data.object, i);
        if (cb(pair->key, pair->value, opaque) < 0)
            return -1;
    }
    return 0;
}


size_t
virJSONValueArraySize(const virJSONValue *array)
{
    if (!array || array->type != VIR_JSON_TYPE_ARRAY)
        return 0;

    return array->data.array->len;
}


virJSONValue *
virJSONValueArrayGet(virJSONValue *array, size_t i)
{
    if (i >= virJSONValueArraySize(array))
        return NULL;

    return g_ptr_array_index(array->data.array, i);
}


virJSONValue *
virJSONValueArraySteal(virJSONValue *array, size_t i)
{
    if (i >= virJSONValueArraySize(array))
        return NULL;

    return g_ptr_array_steal_index(array->data.array, i);
}


int
virJSONValueArrayAppend(virJSONValue *array, virJSONValue **value)
{
    if (!array || array->type != VIR_JSON_TYPE_ARRAY) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("expecting JSON array"));
        return -1;
    }
    if (!value || !*value) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("missing array element"));
        return -1;
    }

    g_ptr_array_add(array->data.array, g_steal_pointer(value));
    return 0;
}


int
virJSONValueArrayAppendString(virJSONValue *array, const char *value)
{
    g_autoptr(virJSONValue) str = virJSONValueNewString(value);

    return virJSONValueArrayAppend(array, &str);
}


const char *
virJSONValueGetString(virJSONValue *value)
{
    if (!value || value->type != VIR_JSON_TYPE_STRING)
        return NULL;

    return value->data.string;
}


/* Number text of @value as a signed 64-bit integer. */
static int
virJSONValueNumberToLong(const virJSONValue *value, gint64 min, gint64 max, gint64 *result)
{
    if (!value || value->type != VIR_JSON_TYPE_NUMBER)
        return -1;

    /* rejects fractions, exponents and out-of-range values alike */
    if (!g_ascii_string_to_signed(value->data.number, 10, min, max, result, NULL))
        return -1;
    return 0;
}


static int
virJSONValueNumberToUlong(const virJSONValue *value, guint64 max, guint64 *result)
{
    if (!value || value->type != VIR_JSON_TYPE_NUMBER)
        return -1;

    /* g_ascii_string_to_unsigned() refuses a '-' sign */
    if (!g_ascii_string_to_unsigned(value->data.number, 10, 0, max, result, NULL))
        return -1;
    return 0;
}


int
virJSONValueGetNumberInt(virJSONValue *value, int *result)
{
    gint64 n;

    if (virJSONValueNumberToLong(value, G_MININT, G_MAXINT, &n) < 0)
        return -1;
    *result = n;
    return 0;
}


int
virJSONValueGetNumberUint(virJSONValue *value, unsigned int *result)
{
    guint64 n;

    if (virJSONValueNumberToUlong(value, G_MAXUINT, &n) < 0)
        return -1;
    *result = n;
    return 0;
}


int
virJSONValueGetNumberLong(virJSONValue *value, long long *result)
{
    gint64 n;

    if (virJSONValueNumberToLong(value, G_MININT64, G_MAXINT64, &n) < 0)
        return -1;
    *result = n;
    return 0;
}


int
virJSONValueGetNumberUlong(virJSONValue *value, unsigned long long *result)
{
    guint64 n;

    if (virJSONValueNumberToUlong(value, G_MAXUINT64, &n) < 0)
        return -1;
    *result = n;
    return 0;
}


int
virJSONValueGetNumberDouble(virJSONValue *value, double *result)
{
    char *end = NULL;
    double d;

    if (!value || value->type != VIR_JSON_TYPE_NUMBER)
        return -1;

    d = g_ascii_strtod(value->data.number, &end);
    if (!end || *end != '\0' || !isfinite(d))
        return -1;
    *result = d;
    return 0;
}


int
virJSONValueGetBoolean(virJSONValue *value, bool *result)
{
    if (!value || value->type != VIR_JSON_TYPE_BOOLEAN)
        return -1;

    *result = value->data.boolean;
    return 0;
}


bool
virJSONValueIsNull(const virJSONValue *value)
{
    return value && value->type == VIR_JSON_TYPE_NULL;
}


bool
virJSONValueIsObject(const virJSONValue *value)
{
    return value && value->type == VIR_JSON_TYPE_OBJECT;
}


bool
virJSONValueIsArray(const virJSONValue *value)
{
    return value && value->type == VIR_JSON_TYPE_ARRAY;
}


static virJSONValue *virJSONValueFromJsonC(struct json_object *jobj, const char **reason);


static virJSONValue *
virJSONValueFromJsonCContainer(struct json_object *jobj, const char **reason)
{
    g_autoptr(virJSONValue) value = NULL;
    virJSONValue *child;
    size_t i;

    if (json_object_is_type(jobj, json_type_array)) {
        value = virJSONValueNewArray();
        for (i = 0; i < json_object_array_length(jobj); i++) {
            if (!(child = virJSONValueFromJsonC(json_object_array_get_idx(jobj, i), reason)))
                return NULL;
            g_ptr_array_add(value->data.array, child);
        }
        return g_steal_pointer(&value);
    }

    value = virJSONValueNewObject();
    {
        json_object_object_foreach(jobj, key, val)
        {
            if (!(child = virJSONValueFromJsonC(val, reason)))
                return NULL;
            /* json-c already merged repeated keys */
            virJSONValueObjectAddPair(value, key, child);
        }
    }
    return g_steal_pointer(&value);
}


/* Converts a json-c tree; on failure sets *@reason (static text). */
static virJSONValue *
virJSONValueFromJsonC(struct json_object *jobj, const char **reason)
{
    const char *str;

    switch (json_object_get_type(jobj)) {
    case json_type_null:
        return virJSONValueNewNull();
    case json_type_boolean:
        return virJSONValueNewBoolean(json_object_get_boolean(jobj));
    case json_type_double:
        /* strict mode still lets NaN and Infinity through, and 1e999
         * overflows to infinity */
        if (!isfinite(json_object_get_double(jobj))) {
            *reason = _("number is not finite");
            return NULL;
        }
        /* reprinted from the value: json-c accepts and would echo text
         * such as "1." that is not valid JSON */
        return virJSONValueNewNumberDouble(json_object_get_double(jobj));
    case json_type_int:
        if (json_object_get_int64(jobj) < 0)
            return virJSONValueNewNumberLong(json_object_get_int64(jobj));
        return virJSONValueNewNumberUlong(json_object_get_uint64(jobj));
    case json_type_string:
        str = json_object_get_string(jobj);
        if (strlen(str) != (size_t)json_object_get_string_len(jobj)) {
            *reason = _("string contains a NUL character");
            return NULL;
        }
        return virJSONValueNewString(str);
    case json_type_object:
    case json_type_array:
        return virJSONValueFromJsonCContainer(jobj, reason);
    }

    *reason = _("unknown value type");
    return NULL;
}


virJSONValue *
virJSONValueFromString(const char *jsonstring)
{
    struct json_tokener *tok = NULL;
    struct json_object *jobj = NULL;
    virJSONValue *value = NULL;
    const char *reason = NULL;

    VIR_DEBUG("string=%s", NULLSTR(jsonstring));
    if (!jsonstring) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("cannot parse json %1$s: %2$s"), "(null)",
                       _("no input"));
        return NULL;
    }

    tok = json_tokener_new_ex(VIR_JSON_MAX_DEPTH);
    json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
    /* the terminating NUL is passed too: it ends a top-level number and
     * makes "unexpected end of data" the answer to incomplete input */
    jobj = json_tokener_parse_ex(tok, jsonstring, strlen(jsonstring) + 1);
    if (json_tokener_get_error(tok) != json_tokener_success)
        reason = json_tokener_error_desc(json_tokener_get_error(tok));
    else
        value = virJSONValueFromJsonC(jobj, &reason);

    json_object_put(jobj);
    json_tokener_free(tok);

    if (!value) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("cannot parse json %1$s: %2$s"), jsonstring,
                       reason);
        return NULL;
    }
    return value;
}


/* Builds a json-c tree for printing; JSON null is json-c's NULL. */
static struct json_object *
virJSONValueToJsonC(const virJSONValue *value)
{
    struct json_object *jobj = NULL;
    virJSONObjectPair *pair;
    size_t i;

    switch (value->type) {
    case VIR_JSON_TYPE_OBJECT:
        jobj = json_object_new_object();
        for (i = 0; i < value->data.object->len; i++) {
            pair = g_ptr_array_index(value->data.object, i);
            json_object_object_add_ex(jobj, pair->key, virJSONValueToJsonC(pair->value),
                                      JSON_C_OBJECT_ADD_KEY_IS_NEW);
        }
        break;
    case VIR_JSON_TYPE_ARRAY:
        jobj = json_object_new_array_ext(value->data.array->len);
        for (i = 0; i < value->data.array->len; i++) {
            json_object_array_add(jobj,
                                  virJSONValueToJsonC(g_ptr_array_index(value->data.array, i)));
        }
        break;
    case VIR_JSON_TYPE_STRING:
        jobj = json_object_new_string(value->data.string);
        break;
    case VIR_JSON_TYPE_NUMBER:
        /* a number with explicit text is printed as exactly that text,
         * which keeps 64-bit integers and doubles as they were */
        jobj =
            json_object_new_double_s(g_ascii_strtod(value->data.number, NULL), value->data.number);
        break;
    case VIR_JSON_TYPE_BOOLEAN:
        jobj = json_object_new_boolean(value->data.boolean);
        break;
    case VIR_JSON_TYPE_NULL:
        break;
    }
    return jobj;
}


char *
virJSONValueToString(virJSONValue *value, bool pretty)
{
    struct json_object *jobj = virJSONValueToJsonC(value);
    int flags = JSON_C_TO_STRING_NOSLASHESCAPE;
    char *ret;

    if (pretty)
        flags |= JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED;
    else
        flags |= JSON_C_TO_STRING_PLAIN;

    ret = g_strconcat(json_object_to_json_string_ext(jobj, flags), pretty ? "\n" : "", NULL);
    json_object_put(jobj);
    return ret;
}
