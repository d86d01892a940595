/*
 * modvirt-event.c: the background thread running the library's default
 * event loop, and waiting for events (until a callback is satisfied,
 * Ctrl-C or a timeout)
 *
 * A wait sleeps in poll() on a pipe. Callbacks (on the event thread) and
 * the SIGINT handler write one byte into it: 'd' for done, 'i' for
 * interrupt.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include <glib-unix.h>

#include "internal.h"
#include "modvirt.h"

struct _modvirtEvents {
    GThread *thread;         /* runs virEventRunDefaultImpl() */
    gint quit;               /* atomic: the thread should stop */
    int wakeTimer;           /* timer used to wake the loop at exit, or -1 */
    int pipe[2];             /* a wait in progress, else -1 */
    gint64 deadline;         /* monotonic end of the wait, or 0 for none */
    struct sigaction oldint; /* SIGINT action before the wait */
};

/* The write end of the pipe of the current wait, for the signal handler. */
static volatile sig_atomic_t modvirtEventSignalFd = -1;


static gpointer
modvirtEventThread(gpointer opaque)
{
    modvirtEvents *ev = opaque;

    while (!g_atomic_int_get(&ev->quit)) {
        if (virEventRunDefaultImpl() < 0)
            break;
    }
    return NULL;
}


static void
modvirtEventWakeTimer(int timer G_GNUC_UNUSED, void *opaque G_GNUC_UNUSED)
{
}


bool
modvirtEventLoopStart(vshControl *ctl)
{
    modvirtControl *priv = ctl->privData;
    modvirtEvents *ev;

    if (virEventRegisterDefaultImpl() < 0) {
        modvirtSaveLibError(ctl);
        vshReportError(ctl);
        return false;
    }
    ev = g_new0(modvirtEvents, 1);
    ev->pipe[0] = ev->pipe[1] = -1;
    ev->wakeTimer = virEventAddTimeout(-1, modvirtEventWakeTimer, NULL, NULL);
    ev->thread = g_thread_new("modvirt-events", modvirtEventThread, ev);
    priv->events = ev;
    return true;
}


void
modvirtEventLoopStop(vshControl *ctl)
{
    modvirtControl *priv = ctl->privData;
    modvirtEvents *ev = priv->events;

    if (!ev)
        return;
    g_atomic_int_set(&ev->quit, 1);
    if (ev->wakeTimer >= 0)
        virEventUpdateTimeout(ev->wakeTimer, 0);
    g_thread_join(ev->thread);
    if (ev->wakeTimer >= 0)
        (void)virEventRemoveTimeout(ev->wakeTimer);
    g_free(ev);
    priv->events = NULL;
}


static void
modvirtEventSigint(int sig G_GNUC_UNUSED)
{
    int fd = modvirtEventSignalFd;
    char c = 'i';

    if (fd >= 0 && write(fd, &c, 1) < 0) {
        /* Nothing can be done in a signal handler. */
    }
}


void
modvirtEventStart(vshControl *ctl, int timeoutMs)
{
    modvirtControl *priv = ctl->privData;
    modvirtEvents *ev = priv->events;
    struct sigaction sa;
    GError *err = NULL;

    if (!ev)
        return;
    if (!g_unix_open_pipe(ev->pipe, FD_CLOEXEC, &err)) {
        vshError(ctl, _("failed to create pipe: %s"), err->message);
        g_error_free(err);
        ev->pipe[0] = ev->pipe[1] = -1;
        return;
    }
    ev->deadline = timeoutMs > 0 ? g_get_monotonic_time() + (gint64)timeoutMs * 1000 : 0;
    modvirtEventSignalFd = ev->pipe[1];
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = modvirtEventSigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &ev->oldint);
}


void
modvirtEventDone(vshControl *ctl)
{
    modvirtControl *priv = ctl->privData;
    modvirtEvents *ev = priv->events;
    char c = 'd';

    if (ev && ev->pipe[1] >= 0 && write(ev->pipe[1], &c, 1) < 0)
        vshDebug(ctl, VSH_ERR_WARNING, "failed to wake the event wait: %s\n", g_strerror(errno));
}


modvirtEventResult
modvirtEventWait(vshControl *ctl)
{
    modvirtControl *priv = ctl->privData;
    modvirtEvents *ev = priv->events;
    struct pollfd pfd;
    char c;

    if (!ev || ev->pipe[0] < 0)
        return MODVIRT_EVENT_INTERRUPT;
    pfd.fd = ev->pipe[0];
    pfd.events = POLLIN;
    for (;;) {
        int timeout = -1;
        int rc;

        if (ev->deadline) {
            gint64 left = ev->deadline - g_get_monotonic_time();

            if (left <= 0)
                return MODVIRT_EVENT_TIMEOUT;
            timeout = (left + 999) / 1000;
        }
        rc = poll(&pfd, 1, timeout);
        if (rc < 0 && errno == EINTR)
            continue;
        if (rc == 0)
            continue;
        if (rc < 0 || read(ev->pipe[0], &c, 1) != 1)
            return MODVIRT_EVENT_INTERRUPT;
        return c == 'd' ? MODVIRT_EVENT_DONE : MODVIRT_EVENT_INTERRUPT;
    }
}


bool
modvirtEventWaitReport(vshControl *ctl, const int *count)
{
    switch (modvirtEventWait(ctl)) {
    case MODVIRT_EVENT_INTERRUPT:
        vshPrint(ctl, "%s", _("event loop interrupted\n"));
        break;
    case MODVIRT_EVENT_TIMEOUT:
        vshPrint(ctl, "%s", _("event loop timed out\n"));
        break;
    case MODVIRT_EVENT_DONE:
        break;
    }
    vshPrint(ctl, _("events received: %d\n"), *count);
    return *count > 0;
}


void
modvirtEventCleanup(vshControl *ctl)
{
    modvirtControl *priv = ctl->privData;
    modvirtEvents *ev = priv->events;

    if (!ev || ev->pipe[0] < 0)
        return;
    sigaction(SIGINT, &ev->oldint, NULL);
    modvirtEventSignalFd = -1;
    (void)close(ev->pipe[0]);
    (void)close(ev->pipe[1]);
    ev->pipe[0] = ev->pipe[1] = -1;
}


char *
modvirtEventTimestamp(bool enabled)
{
    g_autoptr(GDateTime) now = NULL;
    g_autofree char *base = NULL;

    if (!enabled)
        return g_strdup("");
    now = g_date_time_new_now_utc();
    base = g_date_time_format(now, "%Y-%m-%d %H:%M:%S");
    return g_strdup_printf("%s.%03d+0000: ", base, g_date_time_get_microsecond(now) / 1000);
}
