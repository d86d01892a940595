/*
 * libvirt-event.h: the event loop that delivers events and drives I/O
 *
 * An application either registers its own loop with virEventRegisterImpl(),
 * or uses the library's default loop: virEventRegisterDefaultImpl() once,
 * then virEventRunDefaultImpl() in a loop. Either must happen before the
 * connections whose events it should deliver are opened.
 *
 * Do not include this file directly: include <libvirt/libvirt.h>.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#ifndef __VIR_LIBVIRT_H_INCLUDES__
# error "Don't include this file directly, only use libvirt/libvirt.h"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Conditions on a file descriptor (a bit mask, as poll() uses). */
typedef enum {
    VIR_EVENT_HANDLE_READABLE = 1 << 0,
    VIR_EVENT_HANDLE_WRITABLE = 1 << 1,
    VIR_EVENT_HANDLE_ERROR = 1 << 2,
    VIR_EVENT_HANDLE_HANGUP = 1 << 3,
} virEventHandleType;

/*
 * Called with the watch number, its @fd, the virEventHandleType bits that
 * occurred and the opaque data.
 */
typedef void (*virEventHandleCallback)(int watch, int fd, int events, void *opaque);

/*
 * The functions of an event loop implementation. AddHandle watches @fd for
 * @event and returns a watch number (> 0) or -1; UpdateHandle changes the
 * conditions; RemoveHandle stops the watch and returns 0 or -1 (the loop
 * calls @ff on the opaque data later, outside the callback).
 */
typedef int (*virEventAddHandleFunc)(
    int fd, int event, virEventHandleCallback cb, void *opaque, virFreeCallback ff);
typedef void (*virEventUpdateHandleFunc)(int watch, int event);
typedef int (*virEventRemoveHandleFunc)(int watch);

/* Called with the timer number and the opaque data when a timer fires. */
typedef void (*virEventTimeoutCallback)(int timer, void *opaque);

/*
 * Timers: AddTimeout fires every @timeout milliseconds (0: on every loop
 * iteration, -1: disabled) and returns a timer number (> 0) or -1;
 * UpdateTimeout changes the period; RemoveTimeout stops the timer and
 * returns 0 or -1.
 */
typedef int (*virEventAddTimeoutFunc)(int timeout,
                                      virEventTimeoutCallback cb,
                                      void *opaque,
                                      virFreeCallback ff);
typedef void (*virEventUpdateTimeoutFunc)(int timer, int timeout);
typedef int (*virEventRemoveTimeoutFunc)(int timer);

/*
 * Installs an application's event loop. All six functions are required
 * (the update and remove ones may be called from any thread). Only the
 * first registration takes effect, as in libvirt: call it once, before
 * opening connections.
 */
void virEventRegisterImpl(virEventAddHandleFunc addHandle,
                          virEventUpdateHandleFunc updateHandle,
                          virEventRemoveHandleFunc removeHandle,
                          virEventAddTimeoutFunc addTimeout,
                          virEventUpdateTimeoutFunc updateTimeout,
                          virEventRemoveTimeoutFunc removeTimeout);

/* Installs the library's own event loop. Returns 0 or -1. */
int virEventRegisterDefaultImpl(void);

/*
 * Runs one iteration of the default event loop: waits for the next event
 * or timer and dispatches it. Returns 0 or -1.
 */
int virEventRunDefaultImpl(void);

/*
 * Calls into whichever event loop is registered. virEventAddHandle and
 * virEventAddTimeout return a watch or timer number, or -1; the remove
 * calls return 0 or -1. Without a registered loop they return -1 (or do
 * nothing) without setting an error, as libvirt does.
 */
int
virEventAddHandle(int fd, int events, virEventHandleCallback cb, void *opaque, virFreeCallback ff);
void virEventUpdateHandle(int watch, int events);
int virEventRemoveHandle(int watch);
int virEventAddTimeout(int frequency, virEventTimeoutCallback cb, void *opaque, virFreeCallback ff);
void virEventUpdateTimeout(int timer, int frequency);
int virEventRemoveTimeout(int timer);

#ifdef __cplusplus
}
#endif
