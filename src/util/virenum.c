/*
 * virenum.c: enum <-> string tables and the tri-state types
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include "virenum.h"

VIR_ENUM_IMPL(virTristateBool, VIR_TRISTATE_BOOL_LAST, "default", "yes", "no");

VIR_ENUM_IMPL(virTristateSwitch, VIR_TRISTATE_SWITCH_LAST, "default", "on", "off");


int
virEnumFromString(const char *const *types, unsigned int ntypes, const char *type)
{
    unsigned int i;

    if (!type)
        return -1;

    for (i = 0; i < ntypes; i++) {
        /* A table may leave holes for values that have no name. */
        if (types[i] && g_str_equal(types[i], type))
            return (int)i;
    }

    return -1;
}


const char *
virEnumToString(const char *const *types, unsigned int ntypes, int type)
{
    if (type < 0 || (unsigned int)type >= ntypes)
        return NULL;

    return types[type];
}


virTristateBool
virTristateBoolFromBool(bool val)
{
    return val ? VIR_TRISTATE_BOOL_YES : VIR_TRISTATE_BOOL_NO;
}


virTristateSwitch
virTristateSwitchFromBool(bool val)
{
    return val ? VIR_TRISTATE_SWITCH_ON : VIR_TRISTATE_SWITCH_OFF;
}


void
virTristateBoolToBool(virTristateBool t, bool *b)
{
    switch (t) {
    case VIR_TRISTATE_BOOL_YES:
        *b = true;
        break;
    case VIR_TRISTATE_BOOL_NO:
        *b = false;
        break;
    case VIR_TRISTATE_BOOL_ABSENT:
    case VIR_TRISTATE_BOOL_LAST:
        break;
    }
}


void
virTristateSwitchToBool(virTristateSwitch t, bool *b)
{
    switch (t) {
    case VIR_TRISTATE_SWITCH_ON:
        *b = true;
        break;
    case VIR_TRISTATE_SWITCH_OFF:
        *b = false;
        break;
    case VIR_TRISTATE_SWITCH_ABSENT:
    case VIR_TRISTATE_SWITCH_LAST:
        break;
    }
}
