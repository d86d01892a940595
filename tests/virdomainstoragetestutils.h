/*
 * virdomainstoragetestutils.h: data-driven checks of the storage device
 * families (<disk>, <controller>, <filesystem>, <hostdev>) on their own,
 * shared by virdomaindisktest and virdomainhostdevtest
 *
 * Each case is a whole domain document NAME.xml. Only the four families
 * are parsed (with the parse-time ordering, post-parse, implicit
 * controllers and validation steps libvirt applies to them, in libvirt's
 * order) and formatted; the result is compared byte for byte with
 * NAME-out.xml, the same elements cut out of libvirt 9.0's output
 * (test:///default, inactive) for that document. Invalid cases must fail
 * with libvirt's error code.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stddef.h>

typedef struct _virDomainStorageTestCase virDomainStorageTestCase;
struct _virDomainStorageTestCase {
    const char *name; /* NAME.xml in the data directory */
    int code;         /* 0: valid, compare with NAME-out.xml; else the error code */
};

#define STORAGE_TEST_OK(name)                                                                      \
 {                                                                                                 \
  name, 0                                                                                          \
 }
#define STORAGE_TEST_BAD(name, code)                                                               \
 {                                                                                                 \
  name, code                                                                                       \
 }

/*
 * virDomainStorageTestRun:
 * @xml: a domain document
 * @out: set to the formatted device elements (a new string) on success
 *
 * Returns 0, or -1 with the virError of the failing step.
 */
int virDomainStorageTestRun(const char *xml, char **out);

/*
 * virDomainStorageTestRegister:
 * @prefix: test path prefix, e.g. "/conf/domain/disk/data"
 * @datadir: data directory name under $abs_srcdir (static storage)
 * @cases: the cases (static storage)
 * @ncases: their number
 *
 * Adds one GLib test per case.
 */
void virDomainStorageTestRegister(const char *prefix,
                                  const char *datadir,
                                  const virDomainStorageTestCase *cases,
                                  size_t ncases);
