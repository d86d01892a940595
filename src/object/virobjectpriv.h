/*
 * virobjectpriv.h: object core internals that tests need
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef VIR_OBJECTPRIV_H_ALLOW
# error "virobjectpriv.h may only be included by virobject.c or test suites"
#endif /* VIR_OBJECTPRIV_H_ALLOW */

#pragma once

#include <stddef.h>

#include "virobject.h"

/* Class magics are VIR_OBJECT_MAGIC_BASE + n, n < 0x10000. */
#define VIR_OBJECT_MAGIC_BASE 0xCAFE0000u
#define VIR_OBJECT_MAGIC_MASK 0xFFFF0000u

/* What the magic and class pointer of a disposed object are set to. */
#define VIR_OBJECT_POISON 0xDEADBEEFu

/*
 * virObjectFreeHook:
 * @mem: the poisoned memory of a disposed object
 * @size: its size in bytes (the class's instance size)
 *
 * Takes ownership of @mem, which must eventually be released with g_free().
 */
typedef void (*virObjectFreeHook)(void *mem, size_t size);

/*
 * virObjectSetFreeHook:
 * @hook: replaces the final g_free() of disposed objects; NULL restores it
 *
 * For tests only: lets a test inspect the poisoned memory of an object
 * after its last reference is gone (with plain g_free() that would read
 * freed memory), and call functions on a poisoned object to check that
 * they refuse it. Process-wide; install it before creating the objects of
 * interest and remove it afterwards.
 */
void virObjectSetFreeHook(virObjectFreeHook hook);
