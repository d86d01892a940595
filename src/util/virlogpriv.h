/*
 * virlogpriv.h: virlog internals exposed for tests only
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#ifndef VIR_LOGPRIV_H_ALLOW
# error "virlogpriv.h may only be included by virlog.c and its test"
#endif

#include "virlog.h"

/*
 * virLogSetJournalSocketPath:
 * @path: the datagram socket journald outputs connect to, or NULL for the
 *        system one (/run/systemd/journal/socket)
 *
 * Lets a test stand in for journald. Affects outputs set afterwards.
 */
void virLogSetJournalSocketPath(const char *path);
