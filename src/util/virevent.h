/*
 * virevent.h: the registry of the active event loop implementation
 *
 * One event loop implementation (six functions, libvirt's
 * virEventRegisterImpl() contract) serves the whole process: either the
 * application's own, or the default one on GLib's main context
 * (vireventglib.h). Library code and drivers reach it only through the
 * virEventImpl*() wrappers below; the public entry points of
 * <libvirt/libvirt-event.h> (virEventRegisterImpl, virEventAddHandle, ...)
 * live in src/lib and forward here. The internal names differ from the
 * public ones so that both can be linked into one library.
 *
 * As in libvirt, the wrappers report no error: with no implementation
 * registered the add and remove calls return -1 and the update calls do
 * nothing. Callers that need an error use virEventImplRequire().
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>

#include "virerror.h"

#include <libvirt/libvirt.h>

/*
 * virEventImplRegister:
 * @addHandle, @updateHandle, @removeHandle: the file handle functions
 * @addTimeout, @updateTimeout, @removeTimeout: the timer functions
 *
 * Installs an event loop implementation for the whole process. As with
 * libvirt, only the first registration takes effect: later calls are
 * ignored (logged at debug level). Any thread may call it; the functions
 * must stay valid until the process exits.
 *
 * Returns true if this call installed the implementation, false if one
 * was already installed.
 */
bool virEventImplRegister(virEventAddHandleFunc addHandle,
                          virEventUpdateHandleFunc updateHandle,
                          virEventRemoveHandleFunc removeHandle,
                          virEventAddTimeoutFunc addTimeout,
                          virEventUpdateTimeoutFunc updateTimeout,
                          virEventRemoveTimeoutFunc removeTimeout);

/*
 * virEventImplIsRegistered:
 *
 * Returns true once an implementation with handle and timer functions is
 * installed.
 */
bool virEventImplIsRegistered(void);

/*
 * virEventImplRequire:
 *
 * Returns 0 if an implementation is installed, otherwise -1 with
 * VIR_ERR_CONFIG_UNSUPPORTED reported ("An event loop implementation must
 * be registered", as libvirt says).
 */
int virEventImplRequire(void);

/*
 * virEventImplAddHandle:
 * @fd: the file descriptor to watch (not owned)
 * @events: VIR_EVENT_HANDLE_* bits to watch for; 0 watches nothing yet
 * @cb: called on the event loop thread when a condition occurs
 * @opaque: passed to @cb
 * @ff: if not NULL, releases @opaque after the watch is removed
 *
 * Returns the watch number (> 0), or -1 (no error reported) if no
 * implementation is registered or it refused.
 */
int virEventImplAddHandle(
    int fd, int events, virEventHandleCallback cb, void *opaque, virFreeCallback ff);

/*
 * virEventImplUpdateHandle:
 * @watch: a watch number from virEventImplAddHandle()
 * @events: the new VIR_EVENT_HANDLE_* bits; 0 pauses the watch
 *
 * Changes what @watch waits for. Unknown watches are ignored.
 */
void virEventImplUpdateHandle(int watch, int events);

/*
 * virEventImplRemoveHandle:
 * @watch: a watch number from virEventImplAddHandle()
 *
 * Stops @watch; its free callback runs later, from the event loop.
 * Returns 0, or -1 (no error reported) if @watch is unknown or no
 * implementation is registered.
 */
int virEventImplRemoveHandle(int watch);

/*
 * virEventImplAddTimeout:
 * @timeout: period in milliseconds; 0 fires on every loop iteration, -1
 *           creates the timer disabled
 * @cb: called on the event loop thread each time the timer fires
 * @opaque: passed to @cb
 * @ff: if not NULL, releases @opaque after the timer is removed
 *
 * Returns the timer number (> 0), or -1 (no error reported) if no
 * implementation is registered or it refused.
 */
int
virEventImplAddTimeout(int timeout, virEventTimeoutCallback cb, void *opaque, virFreeCallback ff);

/*
 * virEventImplUpdateTimeout:
 * @timer: a timer number from virEventImplAddTimeout()
 * @timeout: the new period, with the meanings of virEventImplAddTimeout()
 *
 * Changes (and restarts) the period of @timer. Unknown timers are
 * ignored.
 */
void virEventImplUpdateTimeout(int timer, int timeout);

/*
 * virEventImplRemoveTimeout:
 * @timer: a timer number from virEventImplAddTimeout()
 *
 * Stops @timer; its free callback runs later, from the event loop.
 * Returns 0, or -1 (no error reported) if @timer is unknown or no
 * implementation is registered.
 */
int virEventImplRemoveTimeout(int timer);
