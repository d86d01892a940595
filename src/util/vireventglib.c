/*
 * vireventglib.c: the default event loop, on GLib's main context
 *
 * Each watch or timer is an entry in one of two tables (number -> entry),
 * guarded by virEventGLibLock. An entry owns at most one GSource, attached
 * to the default main context, whose callback data is the entry itself.
 *
 * Lifetime: the fields a callback reads (number, fd, callback, opaque)
 * never change after creation, so dispatch takes no lock. Removing an
 * entry takes it out of its table and destroys its source at once, then
 * frees it from an idle source: that idle can only run on the thread
 * that iterates the context, after the dispatch in progress (if any) has
 * returned, so a callback never sees its entry freed under it and a free
 * callback never runs inside the remove call.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <limits.h>

#include <glib-unix.h>
#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "vireventglib.h"
#include "virlog.h"

#define VIR_FROM_THIS VIR_FROM_EVENT

VIR_LOG_INIT("util.eventglib");

typedef struct _virEventGLibEntry virEventGLibEntry;
struct _virEventGLibEntry {
    int id;                            /* watch or timer number, > 0 */
    int fd;                            /* watches: the fd; timers: -1 */
    int events;                        /* watches: VIR_EVENT_HANDLE_* bits;
                                        * timers: period in ms (-1 off);
                                        * guarded by virEventGLibLock */
    GSource *source;                   /* our reference, or NULL while paused;
                                        * guarded by virEventGLibLock */
    virEventHandleCallback handleCb;   /* watches only */
    virEventTimeoutCallback timeoutCb; /* timers only */
    void *opaque;                      /* handed to the callbacks */
    virFreeCallback ff;                /* releases @opaque, or NULL */
};

/* Guards the tables, the counters and the mutable entry fields. */
static GMutex virEventGLibLock;
static GHashTable *virEventGLibHandles; /* watch number -> entry */
static GHashTable *virEventGLibTimers;  /* timer number -> entry */
static int virEventGLibNextHandle = 1;
static int virEventGLibNextTimer = 1;


static gpointer
virEventGLibTablesInit(gpointer data G_GNUC_UNUSED)
{
    virEventGLibHandles = g_hash_table_new(g_direct_hash, g_direct_equal);
    virEventGLibTimers = g_hash_table_new(g_direct_hash, g_direct_equal);
    return NULL;
}


static void
virEventGLibEnsureTables(void)
{
    static GOnce once = G_ONCE_INIT;

    g_once(&once, virEventGLibTablesInit, NULL);
}


static GIOCondition
virEventGLibEventsToCondition(int events)
{
    GIOCondition cond = 0;

    if (events & VIR_EVENT_HANDLE_READABLE)
        cond |= G_IO_IN;
    if (events & VIR_EVENT_HANDLE_WRITABLE)
        cond |= G_IO_OUT;
    if (events & VIR_EVENT_HANDLE_ERROR)
        cond |= G_IO_ERR;
    if (events & VIR_EVENT_HANDLE_HANGUP)
        cond |= G_IO_HUP;
    return cond;
}


static int
virEventGLibConditionToEvents(GIOCondition cond)
{
    int events = 0;

    if (cond & G_IO_IN)
        events |= VIR_EVENT_HANDLE_READABLE;
    if (cond & G_IO_OUT)
        events |= VIR_EVENT_HANDLE_WRITABLE;
    /* The API has no "invalid fd" bit: report it as an error. */
    if (cond & (G_IO_ERR | G_IO_NVAL))
        events |= VIR_EVENT_HANDLE_ERROR;
    if (cond & G_IO_HUP)
        events |= VIR_EVENT_HANDLE_HANGUP;
    return events;
}


/*
 * Picks the next free number of @table and advances @next, wrapping
 * before INT_MAX and skipping numbers still in use. Caller holds the lock.
 */
static int
virEventGLibAllocID(GHashTable *table, int *next)
{
    int id;

    do {
        id = *next;
        *next = (*next == INT_MAX) ? 1 : *next + 1;
    } while (g_hash_table_contains(table, GINT_TO_POINTER(id)));
    return id;
}


/*
 * Attaches a new idle source of default priority to the default context.
 * Default rather than idle priority: a timer of period 0 is always ready,
 * and GLib only dispatches the highest ready priority, so an idle-priority
 * source would never run next to it.
 */
static void
virEventGLibIdleAdd(GSourceFunc func, gpointer data)
{
    GSource *idle = g_idle_source_new();

    g_source_set_priority(idle, G_PRIORITY_DEFAULT);
    g_source_set_callback(idle, func, data, NULL);
    g_source_attach(idle, NULL);
    g_source_unref(idle);
}


static gboolean
virEventGLibSourceUnrefIdle(gpointer data)
{
    g_source_unref(data);
    return G_SOURCE_REMOVE;
}


/*
 * Stops @entry's source, if any. The source is destroyed now (no more
 * dispatches), but our last reference is dropped from the loop thread:
 * releasing it here, possibly on another thread while the loop is
 * dispatching it, is what libvirt avoids too (GLib merge request 1358).
 * Caller holds the lock.
 */
static void
virEventGLibEntryStopLocked(virEventGLibEntry *entry)
{
    if (!entry->source)
        return;
    g_source_destroy(entry->source);
    virEventGLibIdleAdd(virEventGLibSourceUnrefIdle, g_steal_pointer(&entry->source));
}


static gboolean
virEventGLibEntryFreeIdle(gpointer data)
{
    virEventGLibEntry *entry = data;

    VIR_DEBUG("freeing entry %d opaque=%p", entry->id, entry->opaque);
    if (entry->ff)
        entry->ff(entry->opaque);
    g_free(entry);
    return G_SOURCE_REMOVE;
}


/*
 * Takes watch (or, with @timer, timer) @id out of its table, stops it and
 * schedules its release. Returns 0, or -1 if @id is unknown.
 */
static int
virEventGLibEntryRemove(bool timer, int id)
{
    GHashTable *table;
    virEventGLibEntry *entry;

    virEventGLibEnsureTables();
    table = timer ? virEventGLibTimers : virEventGLibHandles;
    g_mutex_lock(&virEventGLibLock);
    entry = g_hash_table_lookup(table, GINT_TO_POINTER(id));
    if (!entry) {
        g_mutex_unlock(&virEventGLibLock);
        VIR_DEBUG("no watch or timer %d to remove", id);
        return -1;
    }
    g_hash_table_remove(table, GINT_TO_POINTER(id));
    virEventGLibEntryStopLocked(entry);
    virEventGLibIdleAdd(virEventGLibEntryFreeIdle, entry);
    g_mutex_unlock(&virEventGLibLock);
    return 0;
}


/* ---- file handles ---- */

static gboolean
virEventGLibHandleDispatch(gint fd G_GNUC_UNUSED, GIOCondition cond, gpointer data)
{
    virEventGLibEntry *entry = data;
    int events = virEventGLibConditionToEvents(cond);

    VIR_DEBUG("watch %d fd=%d events=%d", entry->id, entry->fd, events);
    if (entry->handleCb)
        entry->handleCb(entry->id, entry->fd, events, entry->opaque);
    return G_SOURCE_CONTINUE;
}


/* Gives @entry a source for its current events (none for 0). Lock held. */
static void
virEventGLibHandleStartLocked(virEventGLibEntry *entry)
{
    if (entry->events == 0)
        return;
    entry->source = g_unix_fd_source_new(entry->fd, virEventGLibEventsToCondition(entry->events));
    g_source_set_callback(entry->source, G_SOURCE_FUNC(virEventGLibHandleDispatch), entry, NULL);
    g_source_attach(entry->source, NULL);
}


int
virEventGLibAddHandle(
    int fd, int events, virEventHandleCallback cb, void *opaque, virFreeCallback ff)
{
    virEventGLibEntry *entry = g_new0(virEventGLibEntry, 1);
    int id;

    entry->fd = fd;
    entry->events = events;
    entry->handleCb = cb;
    entry->opaque = opaque;
    entry->ff = ff;

    virEventGLibEnsureTables();
    g_mutex_lock(&virEventGLibLock);
    id = entry->id = virEventGLibAllocID(virEventGLibHandles, &virEventGLibNextHandle);
    g_hash_table_insert(virEventGLibHandles, GINT_TO_POINTER(id), entry);
    virEventGLibHandleStartLocked(entry);
    g_mutex_unlock(&virEventGLibLock);

    VIR_DEBUG("added watch %d fd=%d events=%d opaque=%p", id, fd, events, opaque);
    return id;
}


void
virEventGLibUpdateHandle(int watch, int events)
{
    virEventGLibEntry *entry;

    virEventGLibEnsureTables();
    g_mutex_lock(&virEventGLibLock);
    entry = g_hash_table_lookup(virEventGLibHandles, GINT_TO_POINTER(watch));
    if (!entry) {
        VIR_DEBUG("no watch %d to update, ignoring", watch);
    } else if (entry->events != events) {
        VIR_DEBUG("watch %d events %d -> %d", watch, entry->events, events);
        virEventGLibEntryStopLocked(entry);
        entry->events = events;
        virEventGLibHandleStartLocked(entry);
    }
    g_mutex_unlock(&virEventGLibLock);
}


int
virEventGLibRemoveHandle(int watch)
{
    return virEventGLibEntryRemove(false, watch);
}


/* ---- timers ---- */

static gboolean
virEventGLibTimeoutDispatch(gpointer data)
{
    virEventGLibEntry *entry = data;

    VIR_DEBUG("timer %d", entry->id);
    if (entry->timeoutCb)
        entry->timeoutCb(entry->id, entry->opaque);
    return G_SOURCE_CONTINUE;
}


/* Gives @entry a source for its period (none for a negative one). Lock held. */
static void
virEventGLibTimeoutStartLocked(virEventGLibEntry *entry)
{
    if (entry->events < 0)
        return;
    /* Period 0 makes a source that is ready again on every iteration. */
    entry->source = g_timeout_source_new(entry->events);
    g_source_set_callback(entry->source, virEventGLibTimeoutDispatch, entry, NULL);
    g_source_attach(entry->source, NULL);
}


int
virEventGLibAddTimeout(int timeout, virEventTimeoutCallback cb, void *opaque, virFreeCallback ff)
{
    virEventGLibEntry *entry = g_new0(virEventGLibEntry, 1);
    int id;

    entry->fd = -1;
    entry->events = timeout < 0 ? -1 : timeout;
    entry->timeoutCb = cb;
    entry->opaque = opaque;
    entry->ff = ff;

    virEventGLibEnsureTables();
    g_mutex_lock(&virEventGLibLock);
    id = entry->id = virEventGLibAllocID(virEventGLibTimers, &virEventGLibNextTimer);
    g_hash_table_insert(virEventGLibTimers, GINT_TO_POINTER(id), entry);
    virEventGLibTimeoutStartLocked(entry);
    g_mutex_unlock(&virEventGLibLock);

    VIR_DEBUG("added timer %d period=%d opaque=%p", id, timeout, opaque);
    return id;
}


void
virEventGLibUpdateTimeout(int timer, int timeout)
{
    virEventGLibEntry *entry;

    virEventGLibEnsureTables();
    g_mutex_lock(&virEventGLibLock);
    entry = g_hash_table_lookup(virEventGLibTimers, GINT_TO_POINTER(timer));
    if (!entry) {
        VIR_DEBUG("no timer %d to update, ignoring", timer);
    } else {
        /* Always restart, even with the same period: as libvirt does, an
         * update means "count from now". */
        VIR_DEBUG("timer %d period %d -> %d", timer, entry->events, timeout);
        virEventGLibEntryStopLocked(entry);
        entry->events = timeout < 0 ? -1 : timeout;
        virEventGLibTimeoutStartLocked(entry);
    }
    g_mutex_unlock(&virEventGLibLock);
}


int
virEventGLibRemoveTimeout(int timer)
{
    return virEventGLibEntryRemove(true, timer);
}


/* ---- registration and running ---- */

void
virEventGLibRegister(void)
{
    static gsize done;

    if (g_once_init_enter(&done)) {
        virEventGLibEnsureTables();
        (void)virEventImplRegister(virEventGLibAddHandle, virEventGLibUpdateHandle,
                                   virEventGLibRemoveHandle, virEventGLibAddTimeout,
                                   virEventGLibUpdateTimeout, virEventGLibRemoveTimeout);
        g_once_init_leave(&done, 1);
    }
}


int
virEventGLibRunOnce(void)
{
    (void)g_main_context_iteration(NULL, TRUE);
    return 0;
}
