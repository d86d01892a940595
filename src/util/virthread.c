/*
 * virthread.c: one-time initialisation, locks, conditions and threads
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <pthread.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virthread.h"

#define VIR_FROM_THIS VIR_FROM_THREAD


int
virOnceRun(virOnceControl *once, virOnceFunc init)
{
    if (g_once_init_enter(&once->done)) {
        if (init() < 0) {
            /* Later callers (in other threads too) must see the same
             * failure, so keep a copy to hand out again. */
            if (!virGetLastError())
                virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("one-time initialization failed"));
            once->error = virErrorCopyNew(virGetLastError());
            once->result = -1;
        }
        g_once_init_leave(&once->done, 1);
    }

    if (once->result < 0) {
        virSetError(once->error);
        return -1;
    }
    return 0;
}


void
virMutexInit(virMutex *m)
{
    g_mutex_init(&m->lock);
}


void
virMutexDestroy(virMutex *m)
{
    g_mutex_clear(&m->lock);
}


void
virMutexLock(virMutex *m)
{
    g_mutex_lock(&m->lock);
}


void
virMutexUnlock(virMutex *m)
{
    g_mutex_unlock(&m->lock);
}


/* pthread rwlock calls only fail on misuse or resource exhaustion; treat
 * them like GLib treats its own lock failures. */
static void
virRWLockCheck(int rc, const char *what)
{
    if (rc != 0)
        g_error("%s failed: %s", what, g_strerror(rc));
}


void
virRWLockInit(virRWLock *m)
{
    pthread_rwlockattr_t attr;

    virRWLockCheck(pthread_rwlockattr_init(&attr), "pthread_rwlockattr_init");
#ifdef PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP
    /* glibc prefers readers by default, which lets a steady stream of
     * readers starve a writer forever. */
    virRWLockCheck(
        pthread_rwlockattr_setkind_np(&attr, PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP),
        "pthread_rwlockattr_setkind_np");
#endif
    virRWLockCheck(pthread_rwlock_init(&m->lock, &attr), "pthread_rwlock_init");
    pthread_rwlockattr_destroy(&attr);
}


void
virRWLockDestroy(virRWLock *m)
{
    virRWLockCheck(pthread_rwlock_destroy(&m->lock), "pthread_rwlock_destroy");
}


void
virRWLockRead(virRWLock *m)
{
    virRWLockCheck(pthread_rwlock_rdlock(&m->lock), "pthread_rwlock_rdlock");
}


void
virRWLockWrite(virRWLock *m)
{
    virRWLockCheck(pthread_rwlock_wrlock(&m->lock), "pthread_rwlock_wrlock");
}


void
virRWLockUnlock(virRWLock *m)
{
    virRWLockCheck(pthread_rwlock_unlock(&m->lock), "pthread_rwlock_unlock");
}


void
virCondInit(virCond *c)
{
    g_cond_init(&c->cond);
}


void
virCondDestroy(virCond *c)
{
    g_cond_clear(&c->cond);
}


void
virCondWait(virCond *c, virMutex *m)
{
    g_cond_wait(&c->cond, &m->lock);
}


int
virCondWaitUntil(virCond *c, virMutex *m, unsigned long long whenms)
{
    gint64 nowms = g_get_real_time() / 1000;
    gint64 end;

    if (whenms <= (unsigned long long)nowms) {
        errno = ETIMEDOUT;
        return -1;
    }
    /* Callers compute @whenms from the wall clock (libvirt's contract);
     * GCond waits on the monotonic clock, so translate the remaining
     * time rather than the absolute value. Cap it so the sum cannot
     * overflow. */
    end = MIN(whenms - (unsigned long long)nowms, (unsigned long long)G_MAXINT32 * 1000);
    end = g_get_monotonic_time() + end * 1000;
    if (!g_cond_wait_until(&c->cond, &m->lock, end)) {
        errno = ETIMEDOUT;
        return -1;
    }
    return 0;
}


void
virCondSignal(virCond *c)
{
    g_cond_signal(&c->cond);
}


void
virCondBroadcast(virCond *c)
{
    g_cond_broadcast(&c->cond);
}


typedef struct _virThreadStart virThreadStart;
struct _virThreadStart {
    virThreadFunc func;
    void *opaque;
};


static gpointer
virThreadTrampoline(gpointer data)
{
    virThreadStart start = *(virThreadStart *)data;

    g_free(data);
    start.func(start.opaque);
    return NULL;
}


int
virThreadCreate(
    const char *name, bool joinable, virThreadFunc func, void *opaque, virThread *thread)
{
    virThreadStart *start = g_new0(virThreadStart, 1);
    g_autoptr(GError) gerr = NULL;
    GThread *gthread;

    start->func = func;
    start->opaque = opaque;
    gthread = g_thread_try_new(name, virThreadTrampoline, start, &gerr);
    if (!gthread) {
        g_free(start);
        virReportError(VIR_ERR_SYSTEM_ERROR, _("cannot create thread '%1$s': %2$s"), NULLSTR(name),
                       gerr ? gerr->message : "unknown error");
        return -1;
    }

    if (joinable && thread) {
        thread->thread = gthread;
    } else {
        /* Dropping our reference detaches it: GLib frees the thread's
         * resources when it finishes. */
        g_thread_unref(gthread);
        if (thread)
            thread->thread = NULL;
    }
    return 0;
}


void
virThreadJoin(virThread *thread)
{
    if (!thread->thread)
        return;
    g_thread_join(thread->thread);
    thread->thread = NULL;
}


unsigned long long
virThreadSelfID(void)
{
    return (unsigned long long)gettid();
}
