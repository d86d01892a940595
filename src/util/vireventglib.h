/*
 * vireventglib.h: the default event loop, on GLib's main context
 *
 * Handles are GLib unix fd sources and timers GLib timeout sources, all
 * attached to the global default GMainContext, so the loop runs whenever
 * anyone iterates that context (virEventGLibRunOnce(), g_main_loop_run()
 * on a loop of the default context, ...). Every function may be called
 * from any thread: a source attached from another thread wakes the loop.
 *
 * Callbacks run on the thread that iterates the context. Watch and timer
 * numbers start at 1 and are never reused while the watch or timer they
 * named still exists. Removing a watch or timer stops its callback at
 * once; its free callback runs afterwards from an idle source of the same
 * context, never from inside the remove call or the callback that called
 * it, as libvirt does.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virevent.h"

/*
 * virEventGLibRegister:
 *
 * Installs this implementation with virEventImplRegister() the first time
 * it is called; later calls do nothing. If the application installed its
 * own implementation first, that one stays (virEventImplRegister() keeps
 * the first), but the functions below still work on their own.
 */
void virEventGLibRegister(void);

/*
 * virEventGLibRunOnce:
 *
 * Runs one iteration of the default main context, waiting until at least
 * one source is ready (what virEventRunDefaultImpl() does). Returns 0.
 */
int virEventGLibRunOnce(void);

/*
 * virEventGLibAddHandle / UpdateHandle / RemoveHandle /
 * AddTimeout / UpdateTimeout / RemoveTimeout:
 *
 * The implementation's six functions, with the contracts of the
 * corresponding virEventImpl*() wrappers in virevent.h. Exposed so that
 * tests and embedders can call them directly.
 *
 * AddHandle watches @fd for the VIR_EVENT_HANDLE_* bits in @events
 * (READABLE, WRITABLE, ERROR, HANGUP map to G_IO_IN, OUT, ERR, HUP; an
 * invalid fd is reported to @cb as ERROR). @events 0 creates the watch
 * paused. The callback receives the conditions that occurred.
 *
 * AddTimeout with @timeout -1 creates the timer disabled, 0 fires on every
 * loop iteration, n > 0 every n milliseconds. UpdateTimeout restarts the
 * period from now.
 *
 * The add functions return a number > 0 (they cannot fail); the remove
 * functions return 0, or -1 without reporting an error for an unknown
 * number; the update functions ignore unknown numbers.
 */
int virEventGLibAddHandle(
    int fd, int events, virEventHandleCallback cb, void *opaque, virFreeCallback ff);
void virEventGLibUpdateHandle(int watch, int events);
int virEventGLibRemoveHandle(int watch);
int
virEventGLibAddTimeout(int timeout, virEventTimeoutCallback cb, void *opaque, virFreeCallback ff);
void virEventGLibUpdateTimeout(int timer, int timeout);
int virEventGLibRemoveTimeout(int timer);
