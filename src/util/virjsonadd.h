/*
 * virjsonadd.h: building JSON objects from a list of typed key-value pairs
 *
 * Kept apart from virjson so that each file stays small; it uses only the
 * public virjson API.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdarg.h>

#include <glib.h>

#include "virjson.h"

/*
 * virJSONValueObjectAdd:
 * @objptr: pointer to the object to add to; if *@objptr is NULL a new
 *          object is created and stored there when at least one member
 *          was added
 * @...: pairs of "T:key" and a value, terminated by NULL
 *
 * Builds an object in one call:
 *
 *     virJSONValueObjectAdd(&props, "s:driver", "qcow2",
 *                           "S:node-name", nodename_or_null,
 *                           "u:cache-size", 4096,
 *                           "b:read-only", true,
 *                           "A:file", &file_or_null,
 *                           NULL);
 *
 * Type letters (libvirt's; 'T' for virTristate is not supported):
 *   s  string (const char *), must not be NULL    S  same, omitted if NULL
 *   i  int                                        z  int, omitted if 0
 *   j  int, error if negative                     y  int, omitted if 0, error if negative
 *   k  int, omitted if negative
 *   I  long long                                  Z  long long, omitted if 0
 *   J  long long, error if negative               Y  long long, omitted if 0, error if < 0
 *   K  long long, omitted if negative
 *   u  unsigned int                               p  unsigned int, omitted if 0
 *   U  unsigned long long                         P  unsigned long long, omitted if 0
 *      (libvirt sends values above LLONG_MAX as negative numbers for old
 *      QEMUs; QEMU >= 2.10 reads unsigned ones, which we send)
 *   d  double
 *   b  bool (pass an int or bool)                 B  bool, omitted if false
 *   n  JSON null (no value argument)
 *   a  virJSONValue ** (taken: *ptr set to NULL), must not be NULL
 *   A  virJSONValue **, omitted if *ptr is NULL
 *   m  virBitmap * as an array of its set bits, must not be NULL
 *   M  virBitmap *, omitted if NULL
 *
 * Returns 1 if the object has members afterwards, 0 if it has none (and
 * then a NULL *@objptr stays NULL), or -1 with VIR_ERR_INTERNAL_ERROR for
 * a malformed key, an unknown letter, a forbidden NULL or negative value
 * or a duplicate key. On error the members added so far stay in an
 * existing object, a new object is freed, and 'a'/'A' values after the
 * failing pair are not taken.
 */
int virJSONValueObjectAdd(virJSONValue **objptr, ...) G_GNUC_NULL_TERMINATED;
int virJSONValueObjectAddVArgs(virJSONValue **objptr, va_list args);
