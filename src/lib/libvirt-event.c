/*
 * libvirt-event.c: the public event loop API
 *
 * Thin entry points over src/util/virevent.h (the registry of the active
 * event loop, which library code and drivers use directly) and
 * src/util/vireventglib.h (the default loop on GLib's main context), as
 * libvirt's libvirt-event.c is over its virevent.c and vireventglib.c.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include "libvirt-error.h"
#include "virevent.h"
#include "vireventglib.h"
#include "virlog.h"

#define VIR_FROM_THIS VIR_FROM_EVENT

VIR_LOG_INIT("lib.event");


void
virEventRegisterImpl(virEventAddHandleFunc addHandle,
                     virEventUpdateHandleFunc updateHandle,
                     virEventRemoveHandleFunc removeHandle,
                     virEventAddTimeoutFunc addTimeout,
                     virEventUpdateTimeoutFunc updateTimeout,
                     virEventRemoveTimeoutFunc removeTimeout)
{
    VIR_DEBUG("addHandle=%p updateHandle=%p removeHandle=%p addTimeout=%p updateTimeout=%p "
              "removeTimeout=%p",
              (void *)addHandle, (void *)updateHandle, (void *)removeHandle, (void *)addTimeout,
              (void *)updateTimeout, (void *)removeTimeout);
    /* As in libvirt, only the first registration takes effect. */
    (void)virEventImplRegister(addHandle, updateHandle, removeHandle, addTimeout, updateTimeout,
                               removeTimeout);
}


int
virEventRegisterDefaultImpl(void)
{
    VIR_DEBUG("registering the default event loop");
    if (virInitialize() < 0)
        return -1;
    virResetLastError();
    virEventGLibRegister();
    return 0;
}


int
virEventRunDefaultImpl(void)
{
    VIR_DEBUG("running the default event loop");
    virResetLastError();
    if (virEventGLibRunOnce() < 0) {
        virDispatchError(NULL);
        return -1;
    }
    return 0;
}


/*
 * The forwarding calls report nothing when no loop is registered: libvirt
 * returns -1 (or does nothing) silently there, and callers check.
 */
int
virEventAddHandle(int fd, int events, virEventHandleCallback cb, void *opaque, virFreeCallback ff)
{
    return virEventImplAddHandle(fd, events, cb, opaque, ff);
}


void
virEventUpdateHandle(int watch, int events)
{
    virEventImplUpdateHandle(watch, events);
}


int
virEventRemoveHandle(int watch)
{
    return virEventImplRemoveHandle(watch);
}


int
virEventAddTimeout(int frequency, virEventTimeoutCallback cb, void *opaque, virFreeCallback ff)
{
    return virEventImplAddTimeout(frequency, cb, opaque, ff);
}


void
virEventUpdateTimeout(int timer, int frequency)
{
    virEventImplUpdateTimeout(timer, frequency);
}


int
virEventRemoveTimeout(int timer)
{
    return virEventImplRemoveTimeout(timer);
}
