/*
 * modvirt-conn.h: connection set-up for modvirt-main.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "vsh.h"

/* Install the engine hooks and the library error handler on @ctl. */
void modvirtConnInit(vshControl *ctl);

/* Close the connection at exit, reporting leaked references. */
void modvirtConnClose(vshControl *ctl);
