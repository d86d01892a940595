/*
 * virenum.h: enums with to/from-string tables, and the tri-state types
 *
 * VIR_ENUM_DECL(virFoo) declares
 *     const char *virFooTypeToString(int type);   NULL if out of range
 *     int virFooTypeFromString(const char *str);  -1 if unknown or NULL
 * and VIR_ENUM_IMPL(virFoo, VIR_FOO_LAST, "a", "b", ...) defines them in
 * one .c file; the build fails if the number of strings is not _LAST.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>

#include <glib.h>

/*
 * virEnumFromString:
 * @types: the table
 * @ntypes: its size
 * @type: the string, may be NULL
 *
 * Returns the index of @type in @types, or -1.
 */
int virEnumFromString(const char *const *types, unsigned int ntypes, const char *type);

/*
 * virEnumToString:
 *
 * Returns @types[@type] (static), or NULL when @type is out of range.
 */
const char *virEnumToString(const char *const *types, unsigned int ntypes, int type);

#define VIR_ENUM_IMPL(name, lastVal, ...)                                                          \
 static const char *const name##TypeList[] = { __VA_ARGS__ };                                      \
 const char *name##TypeToString(int type)                                                          \
 {                                                                                                 \
  return virEnumToString(name##TypeList, G_N_ELEMENTS(name##TypeList), type);                      \
 }                                                                                                 \
 int name##TypeFromString(const char *type)                                                        \
 {                                                                                                 \
  return virEnumFromString(name##TypeList, G_N_ELEMENTS(name##TypeList), type);                    \
 }                                                                                                 \
 G_STATIC_ASSERT(G_N_ELEMENTS(name##TypeList) == lastVal)

#define VIR_ENUM_DECL(name)                                                                        \
 const char *name##TypeToString(int type);                                                         \
 int name##TypeFromString(const char *type)

/* A setting that may be absent, "yes" or "no". */
typedef enum {
    VIR_TRISTATE_BOOL_ABSENT = 0,
    VIR_TRISTATE_BOOL_YES,
    VIR_TRISTATE_BOOL_NO,

    VIR_TRISTATE_BOOL_LAST
} virTristateBool;

/* A setting that may be absent, "on" or "off". */
typedef enum {
    VIR_TRISTATE_SWITCH_ABSENT = 0,
    VIR_TRISTATE_SWITCH_ON,
    VIR_TRISTATE_SWITCH_OFF,

    VIR_TRISTATE_SWITCH_LAST
} virTristateSwitch;

/* "default", "yes", "no" and "default", "on", "off" */
VIR_ENUM_DECL(virTristateBool);
VIR_ENUM_DECL(virTristateSwitch);

virTristateBool virTristateBoolFromBool(bool val);
virTristateSwitch virTristateSwitchFromBool(bool val);

/*
 * virTristateBoolToBool:
 * @t: the value
 * @b: set to true for YES, false for NO, untouched for ABSENT
 */
void virTristateBoolToBool(virTristateBool t, bool *b);
void virTristateSwitchToBool(virTristateSwitch t, bool *b);
