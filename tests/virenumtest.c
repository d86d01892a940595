/*
 * virenumtest.c: tests for enum string tables and tri-states
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include "virenum.h"

typedef enum {
    TEST_COLOR_RED,
    TEST_COLOR_GREEN,
    TEST_COLOR_NONAME,
    TEST_COLOR_BLUE,

    TEST_COLOR_LAST
} testColor;

VIR_ENUM_DECL(testColor);
/* A NULL entry is a value without a name (allowed, never matched). */
VIR_ENUM_IMPL(testColor, TEST_COLOR_LAST, "red", "green", NULL, "blue");


typedef struct {
    const char *str;
    int value; /* -1: unknown */
} testEnumCase;

static const testEnumCase colorCases[] = {
    { "red", TEST_COLOR_RED },
    { "green", TEST_COLOR_GREEN },
    { "blue", TEST_COLOR_BLUE },
    { "Red", -1 }, /* case-sensitive */
    { "red ", -1 },
    { "", -1 },
    { "purple", -1 },
    { NULL, -1 },
};


static void
testEnumFromString(void)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(colorCases); i++) {
        g_test_message("string %s", NULLSTR(colorCases[i].str));
        g_assert_cmpint(testColorTypeFromString(colorCases[i].str), ==, colorCases[i].value);
    }
}


static void
testEnumToString(void)
{
    g_assert_cmpstr(testColorTypeToString(TEST_COLOR_RED), ==, "red");
    g_assert_cmpstr(testColorTypeToString(TEST_COLOR_BLUE), ==, "blue");
    g_assert_null(testColorTypeToString(TEST_COLOR_NONAME));
    g_assert_null(testColorTypeToString(TEST_COLOR_LAST));
    g_assert_null(testColorTypeToString(-1));
    g_assert_null(testColorTypeToString(G_MAXINT));
}


static void
testTristateBool(void)
{
    bool b = true;

    g_assert_cmpstr(virTristateBoolTypeToString(VIR_TRISTATE_BOOL_ABSENT), ==, "default");
    g_assert_cmpstr(virTristateBoolTypeToString(VIR_TRISTATE_BOOL_YES), ==, "yes");
    g_assert_cmpstr(virTristateBoolTypeToString(VIR_TRISTATE_BOOL_NO), ==, "no");
    g_assert_cmpint(virTristateBoolTypeFromString("yes"), ==, VIR_TRISTATE_BOOL_YES);
    g_assert_cmpint(virTristateBoolTypeFromString("no"), ==, VIR_TRISTATE_BOOL_NO);
    g_assert_cmpint(virTristateBoolTypeFromString("default"), ==, VIR_TRISTATE_BOOL_ABSENT);
    g_assert_cmpint(virTristateBoolTypeFromString("on"), ==, -1);

    g_assert_cmpint(virTristateBoolFromBool(true), ==, VIR_TRISTATE_BOOL_YES);
    g_assert_cmpint(virTristateBoolFromBool(false), ==, VIR_TRISTATE_BOOL_NO);

    virTristateBoolToBool(VIR_TRISTATE_BOOL_NO, &b);
    g_assert_false(b);
    virTristateBoolToBool(VIR_TRISTATE_BOOL_ABSENT, &b);
    g_assert_false(b); /* untouched */
    virTristateBoolToBool(VIR_TRISTATE_BOOL_YES, &b);
    g_assert_true(b);
    virTristateBoolToBool(VIR_TRISTATE_BOOL_ABSENT, &b);
    g_assert_true(b); /* untouched */
}


static void
testTristateSwitch(void)
{
    bool b = true;

    g_assert_cmpstr(virTristateSwitchTypeToString(VIR_TRISTATE_SWITCH_ABSENT), ==, "default");
    g_assert_cmpstr(virTristateSwitchTypeToString(VIR_TRISTATE_SWITCH_ON), ==, "on");
    g_assert_cmpstr(virTristateSwitchTypeToString(VIR_TRISTATE_SWITCH_OFF), ==, "off");
    g_assert_null(virTristateSwitchTypeToString(VIR_TRISTATE_SWITCH_LAST));
    g_assert_cmpint(virTristateSwitchTypeFromString("off"), ==, VIR_TRISTATE_SWITCH_OFF);
    g_assert_cmpint(virTristateSwitchTypeFromString("yes"), ==, -1);

    g_assert_cmpint(virTristateSwitchFromBool(true), ==, VIR_TRISTATE_SWITCH_ON);
    g_assert_cmpint(virTristateSwitchFromBool(false), ==, VIR_TRISTATE_SWITCH_OFF);

    virTristateSwitchToBool(VIR_TRISTATE_SWITCH_OFF, &b);
    g_assert_false(b);
    virTristateSwitchToBool(VIR_TRISTATE_SWITCH_ABSENT, &b);
    g_assert_false(b);
    virTristateSwitchToBool(VIR_TRISTATE_SWITCH_ON, &b);
    g_assert_true(b);
}


int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);

    g_test_add_func("/util/enum/from-string", testEnumFromString);
    g_test_add_func("/util/enum/to-string", testEnumToString);
    g_test_add_func("/util/enum/tristate-bool", testTristateBool);
    g_test_add_func("/util/enum/tristate-switch", testTristateSwitch);

    return g_test_run();
}
