/*
 * virdomainvalidate.h: semantic checks of a parsed domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virconftypes.h"

/*
 * virDomainDefValidate:
 * @def: a parsed, post-parsed domain
 *
 * Checks the rules libvirt's generic validation applies (name chars,
 * duplicate device addresses/aliases/targets, memory sizes...).
 * Returns 0, or -1 with an error reported (same codes as libvirt).
 */
int virDomainDefValidate(const virDomainDef *def);
