/*
 * virjson.h: JSON values: a tree to build and inspect, parsed and printed
 *            by json-c (the only module that uses json-c directly)
 *
 * A virJSONValue is one JSON value; objects and arrays own their
 * children. Objects keep their keys in insertion order and reject
 * duplicate keys on append. Numbers keep their decimal text, so integers
 * of any sign up to 64 bits pass through unchanged; the typed getters
 * convert and fail on values that do not fit the requested C type.
 * (Numbers read from text: see virJSONValueFromString.)
 *
 * Error contract: constructors never fail. Parsing and appending report
 * errors (VIR_ERR_INTERNAL_ERROR, as libvirt). The getters (Get*,
 * ObjectGet*) are lookups that report NOTHING when the key is missing or
 * the value has another type or range: callers report what they expected,
 * e.g. "reply has no 'return' object".
 *
 * Values are not thread safe; read-only use from several threads is fine.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stddef.h>

#include <glib.h>

typedef enum {
    VIR_JSON_TYPE_OBJECT,
    VIR_JSON_TYPE_ARRAY,
    VIR_JSON_TYPE_STRING,
    VIR_JSON_TYPE_NUMBER,
    VIR_JSON_TYPE_BOOLEAN,
    VIR_JSON_TYPE_NULL,
} virJSONType;

typedef struct _virJSONValue virJSONValue;

/* The deepest nesting virJSONValueFromString() accepts. */
#define VIR_JSON_MAX_DEPTH 128

/*
 * virJSONValueFree:
 * @value: the value and all its children; may be NULL
 */
void virJSONValueFree(virJSONValue *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virJSONValue, virJSONValueFree);

/*
 * virJSONValueGetType:
 *
 * Returns the type of @value.
 */
virJSONType virJSONValueGetType(const virJSONValue *value);

/*
 * Constructors: each returns a new value, owned by the caller (free it
 * or hand it to an Append function). They never fail.
 *
 * virJSONValueNewString copies @data; NULL gives a JSON null (as libvirt).
 * Note: libvirt's version takes ownership of @data; ours does not.
 * virJSONValueNewNumberDouble gives a JSON null for NaN and infinities,
 * which JSON cannot express, and otherwise the shortest text that reads
 * back as the same double, always with a '.' or exponent ("3.0", "0.1",
 * "1e+300") so that integer getters refuse it.
 */
virJSONValue *virJSONValueNewString(const char *data);
virJSONValue *virJSONValueNewNumberInt(int data);
virJSONValue *virJSONValueNewNumberUint(unsigned int data);
virJSONValue *virJSONValueNewNumberLong(long long data);
virJSONValue *virJSONValueNewNumberUlong(unsigned long long data);
virJSONValue *virJSONValueNewNumberDouble(double data);
virJSONValue *virJSONValueNewBoolean(bool boolean);
virJSONValue *virJSONValueNewNull(void);
virJSONValue *virJSONValueNewArray(void);
virJSONValue *virJSONValueNewObject(void);

/*
 * virJSONValueCopy:
 *
 * Returns a new deep copy of @value.
 */
virJSONValue *virJSONValueCopy(const virJSONValue *value);

/*
 * virJSONValueObjectAppend:
 * @object: a JSON object
 * @key: the new key
 * @value: pointer to the value; on success the object takes it and
 *         *@value is set to NULL; on failure the caller keeps it
 *
 * Adds @key at the end of @object. Returns 0, or -1 with
 * VIR_ERR_INTERNAL_ERROR if @object is not an object, *@value is NULL or
 * @key is already present ("duplicate key '...'").
 */
int virJSONValueObjectAppend(virJSONValue *object, const char *key, virJSONValue **value);

/*
 * Shorthands for virJSONValueObjectAppend() with a new value; same
 * errors. AppendString with a NULL @value appends a JSON null.
 */
int virJSONValueObjectAppendString(virJSONValue *object, const char *key, const char *value);
int virJSONValueObjectAppendNumberInt(virJSONValue *object, const char *key, int number);
int virJSONValueObjectAppendNumberUint(virJSONValue *object, const char *key, unsigned int number);
int virJSONValueObjectAppendNumberLong(virJSONValue *object, const char *key, long long number);
int virJSONValueObjectAppendNumberUlong(virJSONValue *object,
                                        const char *key,
                                        unsigned long long number);
int virJSONValueObjectAppendNumberDouble(virJSONValue *object, const char *key, double number);
int virJSONValueObjectAppendBoolean(virJSONValue *object, const char *key, bool boolean);
int virJSONValueObjectAppendNull(virJSONValue *object, const char *key);

/*
 * To build an object from many members in one call, see
 * virJSONValueObjectAdd() in virjsonadd.h.
 */

/*
 * virJSONValueObjectHasKey:
 *
 * Returns true if @object is an object with member @key.
 */
bool virJSONValueObjectHasKey(const virJSONValue *object, const char *key);

/*
 * virJSONValueObjectGet:
 *
 * Returns the value of @key (borrowed: valid while @object holds it), or
 * NULL if @object is not an object or has no such key.
 */
virJSONValue *virJSONValueObjectGet(virJSONValue *object, const char *key);

/*
 * virJSONValueObjectGetByType:
 *
 * Like virJSONValueObjectGet(), but NULL also when the value is not of
 * @type.
 */
virJSONValue *virJSONValueObjectGetByType(virJSONValue *object, const char *key, virJSONType type);

/*
 * Typed lookups of member @key (no error reported, see the top):
 * GetString returns the string (borrowed) or NULL; GetObject/GetArray the
 * value (borrowed) or NULL; the number and boolean getters return 0 and
 * set *@value, or -1 leaving *@value alone when the key is missing, the
 * value has another type, or the number is not an integer (for the
 * integer getters) or does not fit the C type.
 */
const char *virJSONValueObjectGetString(virJSONValue *object, const char *key);
virJSONValue *virJSONValueObjectGetObject(virJSONValue *object, const char *key);
virJSONValue *virJSONValueObjectGetArray(virJSONValue *object, const char *key);
int virJSONValueObjectGetNumberInt(virJSONValue *object, const char *key, int *value);
int virJSONValueObjectGetNumberUint(virJSONValue *object, const char *key, unsigned int *value);
int virJSONValueObjectGetNumberLong(virJSONValue *object, const char *key, long long *value);
int
virJSONValueObjectGetNumberUlong(virJSONValue *object, const char *key, unsigned long long *value);
int virJSONValueObjectGetNumberDouble(virJSONValue *object, const char *key, double *value);
int virJSONValueObjectGetBoolean(virJSONValue *object, const char *key, bool *value);

/*
 * virJSONValueObjectIsNull:
 *
 * Returns true if member @key exists and is JSON null.
 */
bool virJSONValueObjectIsNull(virJSONValue *object, const char *key);

/*
 * virJSONValueObjectRemoveKey:
 * @object: a JSON object
 * @key: the member to remove
 * @value: if non-NULL, set to the removed value (caller owns it), or to
 *         NULL when nothing was removed; if NULL the value is freed
 *
 * Returns 1 if the member was removed, 0 if there was none, or -1 with
 * VIR_ERR_INTERNAL_ERROR if @object is not an object.
 */
int virJSONValueObjectRemoveKey(virJSONValue *object, const char *key, virJSONValue **value);

/*
 * virJSONValueObjectStealArray / virJSONValueObjectStealObject:
 *
 * Remove member @key and return it (caller owns it) if it is an array
 * (an object); otherwise leave @object alone and return NULL, reporting
 * nothing.
 */
virJSONValue *virJSONValueObjectStealArray(virJSONValue *object, const char *key);
virJSONValue *virJSONValueObjectStealObject(virJSONValue *object, const char *key);

/*
 * virJSONValueObjectKeysNumber:
 *
 * Returns the number of members (0 for a non-object).
 */
size_t virJSONValueObjectKeysNumber(const virJSONValue *object);

/*
 * virJSONValueObjectGetKey / virJSONValueObjectGetValue:
 * @n: index in insertion order
 *
 * Return the key (value) of the @n-th member, borrowed, or NULL if out of
 * range or @object is not an object.
 */
const char *virJSONValueObjectGetKey(virJSONValue *object, size_t n);
virJSONValue *virJSONValueObjectGetValue(virJSONValue *object, size_t n);

/*
 * virJSONValueObjectIteratorFunc:
 * @key: the member's key (borrowed)
 * @value: the member's value (borrowed; the callback may modify it but
 *         must not add or remove members of the object being walked)
 *
 * Returns 0 to go on, -1 to stop the walk.
 */
typedef int (*virJSONValueObjectIteratorFunc)(const char *key, virJSONValue *value, void *opaque);

/*
 * virJSONValueObjectForeachKeyValue:
 *
 * Calls @cb for each member in order. Returns 0, or -1 if @object is not
 * an object (VIR_ERR_INTERNAL_ERROR reported) or @cb returned < 0 (no
 * error added: the callback reports its own).
 */
int virJSONValueObjectForeachKeyValue(virJSONValue *object,
                                      virJSONValueObjectIteratorFunc cb,
                                      void *opaque);

/*
 * virJSONValueArraySize:
 *
 * Returns the number of elements (0 for a non-array).
 */
size_t virJSONValueArraySize(const virJSONValue *array);

/*
 * virJSONValueArrayGet:
 *
 * Returns element @i (borrowed), or NULL if out of range or @array is not
 * an array.
 */
virJSONValue *virJSONValueArrayGet(virJSONValue *array, size_t i);

/*
 * virJSONValueArraySteal:
 *
 * Removes element @i and returns it (caller owns it); the elements after
 * it move down. NULL if out of range or not an array.
 */
virJSONValue *virJSONValueArraySteal(virJSONValue *array, size_t i);

/*
 * virJSONValueArrayAppend:
 * @value: pointer to the value; taken (and *@value set to NULL) on success
 *
 * Returns 0, or -1 with VIR_ERR_INTERNAL_ERROR if @array is not an array
 * or *@value is NULL.
 */
int virJSONValueArrayAppend(virJSONValue *array, virJSONValue **value);

/*
 * virJSONValueArrayAppendString:
 *
 * Appends a new string (a JSON null for NULL). Errors as ArrayAppend.
 */
int virJSONValueArrayAppendString(virJSONValue *array, const char *value);

/*
 * Value getters (no error reported): GetString returns the string
 * (borrowed) of a string value, else NULL; the number and boolean getters
 * behave as their ObjectGet counterparts.
 */
const char *virJSONValueGetString(virJSONValue *value);
int virJSONValueGetNumberInt(virJSONValue *value, int *result);
int virJSONValueGetNumberUint(virJSONValue *value, unsigned int *result);
int virJSONValueGetNumberLong(virJSONValue *value, long long *result);
int virJSONValueGetNumberUlong(virJSONValue *value, unsigned long long *result);
int virJSONValueGetNumberDouble(virJSONValue *value, double *result);
int virJSONValueGetBoolean(virJSONValue *value, bool *result);
bool virJSONValueIsNull(const virJSONValue *value);
bool virJSONValueIsObject(const virJSONValue *value);
bool virJSONValueIsArray(const virJSONValue *value);

/*
 * virJSONValueFromString:
 * @jsonstring: one JSON value (any type), optionally surrounded by
 *              whitespace; untrusted input is fine
 *
 * Parses strictly: no trailing commas or garbage, valid UTF-8, no NaN or
 * Infinity, no "\u0000" in strings, at most VIR_JSON_MAX_DEPTH levels.
 * Integers keep their exact text; other numbers are reprinted in the
 * shortest form of their double value ("1e3" becomes "1000.0"), so
 * they never satisfy the integer getters.
 *
 * Leniencies inherited from json-c: if an object repeats a key, the last
 * value wins; integers beyond the 64-bit range are clamped to it; keys in
 * single quotes, "1." and raw tabs inside strings are accepted.
 *
 * Returns a new value, or NULL with VIR_ERR_INTERNAL_ERROR
 * "cannot parse json ...: <reason>".
 */
virJSONValue *virJSONValueFromString(const char *jsonstring);

/*
 * virJSONValueToString:
 * @value: the value to print
 * @pretty: false for the compact form ({"a":1,"b":[true]}); true for one
 *          member per line indented by two spaces, "key": value, ending
 *          with a newline
 *
 * Returns a new string (caller frees). '/' is not escaped. Never fails.
 */
char *virJSONValueToString(virJSONValue *value, bool pretty);
