/*
 * virevent.c: the registry of the active event loop implementation
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virevent.h"
#include "virlog.h"

#define VIR_FROM_THIS VIR_FROM_EVENT

VIR_LOG_INIT("util.event");

/* The six functions of one implementation; immutable once published. */
typedef struct _virEventImplFuncs virEventImplFuncs;
struct _virEventImplFuncs {
    virEventAddHandleFunc addHandle;
    virEventUpdateHandleFunc updateHandle;
    virEventRemoveHandleFunc removeHandle;
    virEventAddTimeoutFunc addTimeout;
    virEventUpdateTimeoutFunc updateTimeout;
    virEventRemoveTimeoutFunc removeTimeout;
};

/*
 * The installed implementation, published once with a compare-and-swap
 * and never changed or freed afterwards, so readers need no lock: any
 * thread may call the wrappers while another registers.
 */
static virEventImplFuncs *virEventImpl;


static const virEventImplFuncs *
virEventImplGet(void)
{
    return g_atomic_pointer_get(&virEventImpl);
}


bool
virEventImplRegister(virEventAddHandleFunc addHandle,
                     virEventUpdateHandleFunc updateHandle,
                     virEventRemoveHandleFunc removeHandle,
                     virEventAddTimeoutFunc addTimeout,
                     virEventUpdateTimeoutFunc updateTimeout,
                     virEventRemoveTimeoutFunc removeTimeout)
{
    virEventImplFuncs *funcs = g_new0(virEventImplFuncs, 1);

    VIR_DEBUG("handle functions %p %p %p, timeout functions %p %p %p", (void *)addHandle,
              (void *)updateHandle, (void *)removeHandle, (void *)addTimeout, (void *)updateTimeout,
              (void *)removeTimeout);

    funcs->addHandle = addHandle;
    funcs->updateHandle = updateHandle;
    funcs->removeHandle = removeHandle;
    funcs->addTimeout = addTimeout;
    funcs->updateTimeout = updateTimeout;
    funcs->removeTimeout = removeTimeout;

    if (!g_atomic_pointer_compare_and_exchange(&virEventImpl, NULL, funcs)) {
        VIR_DEBUG("an event loop implementation is already registered, ignoring");
        g_free(funcs);
        return false;
    }
    return true;
}


bool
virEventImplIsRegistered(void)
{
    const virEventImplFuncs *impl = virEventImplGet();

    return impl && impl->addHandle && impl->addTimeout;
}


int
virEventImplRequire(void)
{
    if (!virEventImplIsRegistered()) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("An event loop implementation must be registered"));
        return -1;
    }
    return 0;
}


int
virEventImplAddHandle(
    int fd, int events, virEventHandleCallback cb, void *opaque, virFreeCallback ff)
{
    const virEventImplFuncs *impl = virEventImplGet();

    if (!impl || !impl->addHandle)
        return -1;
    return impl->addHandle(fd, events, cb, opaque, ff);
}


void
virEventImplUpdateHandle(int watch, int events)
{
    const virEventImplFuncs *impl = virEventImplGet();

    if (impl && impl->updateHandle)
        impl->updateHandle(watch, events);
}


int
virEventImplRemoveHandle(int watch)
{
    const virEventImplFuncs *impl = virEventImplGet();

    if (!impl || !impl->removeHandle)
        return -1;
    return impl->removeHandle(watch);
}


int
virEventImplAddTimeout(int timeout, virEventTimeoutCallback cb, void *opaque, virFreeCallback ff)
{
    const virEventImplFuncs *impl = virEventImplGet();

    if (!impl || !impl->addTimeout)
        return -1;
    return impl->addTimeout(timeout, cb, opaque, ff);
}


void
virEventImplUpdateTimeout(int timer, int timeout)
{
    const virEventImplFuncs *impl = virEventImplGet();

    if (impl && impl->updateTimeout)
        impl->updateTimeout(timer, timeout);
}


int
virEventImplRemoveTimeout(int timer)
{
    const virEventImplFuncs *impl = virEventImplGet();

    if (!impl || !impl->removeTimeout)
        return -1;
    return impl->removeTimeout(timer);
}
