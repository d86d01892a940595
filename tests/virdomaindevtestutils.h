/*
 * virdomaindevtestutils.h: data-driven checks of whole domain documents,
 * shared by the device family tests (virdomainnettest, virdomainchrtest,
 * virdomaingraphicstest, virdomaindevmisctest)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stddef.h>

/* One case: NAME.xml in the data directory; code 0 = valid, compared with
 * NAME-out.xml; otherwise parsing must fail with @code in @domain. */
typedef struct _virDomainDevTestCase virDomainDevTestCase;
struct _virDomainDevTestCase {
    const char *name;
    int code;
    int domain;
};

#define TEST_OK(name)                                                                              \
 {                                                                                                 \
  name, 0, 0                                                                                       \
 }
#define TEST_BAD(name, code, domain)                                                               \
 {                                                                                                 \
  name, code, domain                                                                               \
 }

/*
 * virDomainDevTestRegister:
 * @prefix: test path prefix, e.g. "/conf/domain/net"
 * @datadir: name of the data directory under $abs_srcdir, e.g.
 *           "virdomainnetdata"; must stay valid while the tests run
 * @cases: the cases (static storage)
 * @ncases: their number
 *
 * Adds one GLib test per case. Each parses NAME.xml as libvirt's test
 * driver does (virDomainXMLOptionGetTestDriver, inactive), formats the
 * inactive XML and compares it byte for byte with NAME-out.xml (the
 * output of libvirt 9.0 for the same input), or checks the error.
 */
void virDomainDevTestRegister(const char *prefix,
                              const char *datadir,
                              const virDomainDevTestCase *cases,
                              size_t ncases);
