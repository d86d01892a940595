/*
 * virtestdriver.h: the test hypervisor driver (test:///default and
 * test:///PATH.xml), an in-memory mock of a hypervisor that behaves as
 * libvirt's test driver does (docs/drvtest.rst of libvirt)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

/*
 * virTestDriverRegister:
 *
 * Registers the test driver in the connection driver registry
 * (virdriver.h): it serves URIs with scheme "test" and no server. Called
 * once at library initialisation.
 *
 * Returns 0, or -1 with an error reported.
 */
int virTestDriverRegister(void);
