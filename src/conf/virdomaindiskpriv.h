/*
 * virdomaindiskpriv.h: helpers shared by the disk modules and their tests
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef VIR_DOMAINDISKPRIV_H_ALLOW
# error "virdomaindiskpriv.h may only be included by the disk modules and their tests"
#endif

#pragma once

/*
 * virDomainDiskNameIndex:
 * @name: a disk target such as "sda", "hdc", "vdab", "xvda1"; may be NULL
 *
 * Returns the disk index of @name ("sda" 0, "sdz" 25, "sdaa" 26; a trailing
 * partition number is ignored), or -1 for an unknown prefix, no letters,
 * trailing text or an index that does not fit an int. No error reported.
 */
int virDomainDiskNameIndex(const char *name);
