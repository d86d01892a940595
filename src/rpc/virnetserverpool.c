/*
 * virnetserverpool.c: the server's worker threads
 *
 * Ordinary workers (at least min, started on demand up to max) take any
 * job, priority jobs first; priority workers take only priority jobs, so
 * a priority procedure runs even while every ordinary worker is stuck in
 * a slow call. GThreadPool has no such second class of threads, hence
 * this small pool.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <glib.h>

#include "internal.h"
#include "virlog.h"

#define VIR_NETSERVERPRIV_H_ALLOW
#include "virnetserverpriv.h"

VIR_LOG_INIT("rpc.netserverpool");

struct _virNetServerPool {
    GMutex lock;
    GCond cond;      /* ordinary workers wait here for a job */
    GCond prioCond;  /* priority workers wait here */
    GQueue jobs;     /* ordinary jobs (lock) */
    GQueue prioJobs; /* priority jobs (lock) */
    unsigned int maxWorkers;
    size_t nWorkers;    /* ordinary workers started (lock) */
    size_t nFree;       /* ordinary workers waiting (lock) */
    size_t nPrio;       /* priority workers started (lock) */
    size_t nPrioFree;   /* priority workers waiting (lock) */
    GPtrArray *threads; /* GThread *, every worker (lock) */
    bool quit;          /* workers drain the queues and exit (lock) */
    virNetServerPoolJobFunc func;
    void *opaque;
};

typedef struct {
    virNetServerPool *pool;
    bool prio;
} virNetServerPoolWorker;


/* Pool lock held: the next job for a worker of this kind, or NULL. */
static void *
virNetServerPoolTakeLocked(virNetServerPool *pool, bool prio)
{
    if (!g_queue_is_empty(&pool->prioJobs))
        return g_queue_pop_head(&pool->prioJobs);
    if (prio)
        return NULL;
    return g_queue_pop_head(&pool->jobs);
}


static gpointer
virNetServerPoolWorkerMain(gpointer data)
{
    virNetServerPoolWorker *w = data;
    virNetServerPool *pool = w->pool;
    bool prio = w->prio;

    g_free(w);
    g_mutex_lock(&pool->lock);
    while (true) {
        void *job = virNetServerPoolTakeLocked(pool, prio);

        if (!job) {
            if (pool->quit)
                break;
            if (prio) {
                pool->nPrioFree++;
                g_cond_wait(&pool->prioCond, &pool->lock);
                pool->nPrioFree--;
            } else {
                pool->nFree++;
                g_cond_wait(&pool->cond, &pool->lock);
                pool->nFree--;
            }
            continue;
        }
        g_mutex_unlock(&pool->lock);
        pool->func(job, pool->opaque);
        g_mutex_lock(&pool->lock);
    }
    g_mutex_unlock(&pool->lock);
    return NULL;
}


/* Pool lock held: starts one more worker. Returns false if it could not. */
static bool
virNetServerPoolSpawnLocked(virNetServerPool *pool, bool prio)
{
    virNetServerPoolWorker *w = g_new0(virNetServerPoolWorker, 1);
    g_autoptr(GError) err = NULL;
    GThread *thread;

    w->pool = pool;
    w->prio = prio;
    thread = g_thread_try_new(prio ? "rpc-prio-worker" : "rpc-worker", virNetServerPoolWorkerMain,
                              w, &err);
    if (!thread) {
        VIR_DEBUG("cannot start a worker thread: %s, ignoring", err->message);
        g_free(w);
        return false;
    }
    g_ptr_array_add(pool->threads, thread);
    if (prio)
        pool->nPrio++;
    else
        pool->nWorkers++;
    return true;
}


virNetServerPool *
virNetServerPoolNew(unsigned int minWorkers,
                    unsigned int maxWorkers,
                    unsigned int prioWorkers,
                    virNetServerPoolJobFunc func,
                    void *opaque)
{
    virNetServerPool *pool = g_new0(virNetServerPool, 1);

    g_mutex_init(&pool->lock);
    g_cond_init(&pool->cond);
    g_cond_init(&pool->prioCond);
    g_queue_init(&pool->jobs);
    g_queue_init(&pool->prioJobs);
    pool->maxWorkers = MAX(maxWorkers, 1);
    pool->threads = g_ptr_array_new();
    pool->func = func;
    pool->opaque = opaque;

    g_mutex_lock(&pool->lock);
    for (unsigned int i = 0; i < MIN(MAX(minWorkers, 1), pool->maxWorkers); i++)
        virNetServerPoolSpawnLocked(pool, false);
    for (unsigned int i = 0; i < prioWorkers; i++)
        virNetServerPoolSpawnLocked(pool, true);
    g_mutex_unlock(&pool->lock);
    return pool;
}


void
virNetServerPoolSubmit(virNetServerPool *pool, void *job, bool priority)
{
    g_mutex_lock(&pool->lock);
    if (priority) {
        g_queue_push_tail(&pool->prioJobs, job);
        if (pool->nPrioFree > 0)
            g_cond_signal(&pool->prioCond);
        else
            g_cond_signal(&pool->cond);
    } else {
        g_queue_push_tail(&pool->jobs, job);
        g_cond_signal(&pool->cond);
    }
    /*
     * A free worker may not have woken for an earlier job yet, so compare
     * the waiting jobs with the free workers rather than just testing
     * nFree.
     */
    if (!priority || pool->nPrio == 0) {
        size_t waiting = g_queue_get_length(&pool->jobs) + g_queue_get_length(&pool->prioJobs);

        if (waiting > pool->nFree + pool->nPrioFree && pool->nWorkers < pool->maxWorkers)
            virNetServerPoolSpawnLocked(pool, false);
    }
    g_mutex_unlock(&pool->lock);
}


void
virNetServerPoolRunHere(virNetServerPool *pool, void *job)
{
    pool->func(job, pool->opaque);
}


size_t
virNetServerPoolWorkerCount(virNetServerPool *pool, bool priority)
{
    size_t n;

    g_mutex_lock(&pool->lock);
    n = priority ? pool->nPrio : pool->nWorkers;
    g_mutex_unlock(&pool->lock);
    return n;
}


void
virNetServerPoolFree(virNetServerPool *pool)
{
    if (!pool)
        return;
    g_mutex_lock(&pool->lock);
    pool->quit = true;
    g_cond_broadcast(&pool->cond);
    g_cond_broadcast(&pool->prioCond);
    g_mutex_unlock(&pool->lock);

    /* workers are only added under the lock, and no one submits any more */
    for (guint i = 0; i < pool->threads->len; i++)
        g_thread_join(g_ptr_array_index(pool->threads, i));
    g_ptr_array_free(pool->threads, TRUE);

    /* with no worker at all (thread creation failed) run what is left */
    while (!g_queue_is_empty(&pool->prioJobs))
        pool->func(g_queue_pop_head(&pool->prioJobs), pool->opaque);
    while (!g_queue_is_empty(&pool->jobs))
        pool->func(g_queue_pop_head(&pool->jobs), pool->opaque);

    g_cond_clear(&pool->cond);
    g_cond_clear(&pool->prioCond);
    g_mutex_clear(&pool->lock);
    g_free(pool);
}
