/*
 * libvirt-error.h: the final stage of error reporting of the public API
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virerror.h"

/*
 * virDispatchError:
 * @conn: the connection the failed call worked on, or NULL when there is
 *        none (or it is invalid)
 *
 * Called once by every public entry point that is about to return its
 * error value: makes sure an error is set (libvirt's generic "An error
 * occurred, but the cause is unknown" otherwise), copies it into @conn's
 * own error slot (virConnGetLastError), then runs @conn's error callback,
 * or the process-wide one, or prints the error on stderr when neither is
 * set. Takes @conn's lock only to copy and to read the callback; the
 * callback runs without it.
 */
void virDispatchError(virConnect *conn);
