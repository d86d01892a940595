/*
 * internal.h: small macros shared by every part of modvirt
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>
#include <stdbool.h>

/* Marks a translatable message; modvirt ships no translations yet. */
#define _(str) (str)
#define N_(str) (str)

#define G_N_ELEMENTS_CHECKED(a) G_N_ELEMENTS(a)

/* Null-safe string for printing. */
#define NULLSTR(s) ((s) ? (s) : "<null>")
#define NULLSTR_EMPTY(s) ((s) ? (s) : "")

/* String equality helpers; NULL is never equal to a string. */
#define STREQ(a, b) (strcmp(a, b) == 0)
#define STRNEQ(a, b) (strcmp(a, b) != 0)
#define STREQ_NULLABLE(a, b) (g_strcmp0(a, b) == 0)
#define STRNEQ_NULLABLE(a, b) (g_strcmp0(a, b) != 0)
#define STRPREFIX(a, b) (strncmp(a, b, strlen(b)) == 0)
