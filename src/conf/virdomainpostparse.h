/*
 * virdomainpostparse.h: default values libvirt's generic domain parser
 * (and its test driver) apply after parsing
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virconftypes.h"

/*
 * virDiskNameToIndex:
 * @name: a disk target such as "sda", "hdc", "vdab", "xvda1"
 *
 * Returns the disk's index ("sda" 0, "sdz" 25, "sdaa" 26; a trailing
 * partition number is ignored), or -1 if @name has no known prefix (fd,
 * hd, vd, sd, xvd, ubd) or is malformed. No error is reported.
 */
int virDiskNameToIndex(const char *name);

/*
 * virDomainDiskDefAssignAddress:
 * @disk: a disk without an address
 *
 * Gives @disk the drive address libvirt derives from its target name
 * (ide: 4 per controller, 2 per bus; fdc: 2 per controller; scsi: 7 per
 * controller; sata: 6 per controller); other buses get none.
 * Returns 0, or -1 with VIR_ERR_XML_ERROR "Unknown disk name '...' and no
 * address specified".
 */
int virDomainDiskDefAssignAddress(virDomainDiskDef *disk);

/*
 * virDomainXMLOptionGetTestDriver:
 *
 * Returns the static hooks of libvirt's test driver (test:///default):
 * default architecture i686, interfaces without a target get
 * "testnetN", generated MACs are random and an all-zero MAC is kept.
 */
const virDomainXMLOption *virDomainXMLOptionGetTestDriver(void);

/*
 * virDomainXMLOptionGetGeneric:
 *
 * Returns the static hooks that reproduce libvirt's genericxml2xml test
 * suite: default architecture x86_64, an all-zero MAC counts as unset,
 * and generated MACs come from a fixed generator (52:54:00:00:00:00).
 */
const virDomainXMLOption *virDomainXMLOptionGetGeneric(void);
