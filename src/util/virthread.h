/*
 * virthread.h: one-time initialisation, locks, conditions and threads
 *
 * Thin wrappers over GLib (GMutex, GCond, GThread, g_once) and, for the
 * reader/writer lock, POSIX rwlocks. None of the lock or condition calls
 * can fail: like GLib, they abort on resource exhaustion, the same policy
 * as out-of-memory.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <pthread.h>
#include <stdbool.h>

#include <glib.h>

#include "virerror.h"

/*
 * virOnceControl: state of one VIR_ONCE_GLOBAL_INIT. Zero-initialised
 * static storage is the initial state; the fields are private.
 */
typedef struct _virOnceControl virOnceControl;
struct _virOnceControl {
    gsize done;      /* set (to 1) by g_once_init_leave once @init ran */
    int result;      /* what @init returned; written before @done */
    virError *error; /* copy of the error @init reported, if it failed */
};

typedef int (*virOnceFunc)(void);

/*
 * virOnceRun:
 * @once: the control, zero-initialised static storage
 * @init: the initialiser; returns 0 on success, -1 with an error reported
 *
 * Runs @init exactly once per @once, however many threads call at the
 * same time; the others wait until it has finished. Returns 0 if @init
 * succeeded. If it failed, this and every later call (in any thread)
 * return -1 and set the calling thread's last error to a copy of the
 * error @init reported (VIR_ERR_INTERNAL_ERROR if it reported none).
 *
 * Use it through VIR_ONCE_GLOBAL_INIT rather than directly.
 */
int virOnceRun(virOnceControl *once, virOnceFunc init);

/*
 * VIR_ONCE_GLOBAL_INIT:
 * @name: prefix, e.g. virFoo
 *
 * Given a previously defined `static int virFooOnceInit(void)`, the line
 *
 *     VIR_ONCE_GLOBAL_INIT(virFoo);
 *
 * defines `static int virFooInitialize(void)`, which runs virFooOnceInit
 * once (see virOnceRun for the contract) and returns 0 or -1.
 */
#define VIR_ONCE_GLOBAL_INIT(name)                                                                 \
 static virOnceControl name##OnceControl;                                                          \
 static G_GNUC_UNUSED int name##Initialize(void)                                                   \
 {                                                                                                 \
  return virOnceRun(&name##OnceControl, name##OnceInit);                                           \
 }                                                                                                 \
 G_STATIC_ASSERT(sizeof(name##OnceControl) > 0)


/*
 * virMutex: a non-recursive mutex. Static storage needs no
 * initialisation (or use VIR_MUTEX_INITIALIZER); a mutex embedded in
 * allocated memory needs virMutexInit() and virMutexDestroy().
 */
typedef struct _virMutex virMutex;
struct _virMutex {
    GMutex lock;
};

#define VIR_MUTEX_INITIALIZER                                                                      \
 {                                                                                                 \
  0                                                                                                \
 }

/* virMutexInit: prepares @m for use. */
void virMutexInit(virMutex *m);

/* virMutexDestroy: releases @m, which must be unlocked. */
void virMutexDestroy(virMutex *m);

/* virMutexLock: locks @m, waiting as needed; @m must not be held by the caller. */
void virMutexLock(virMutex *m);

/* virMutexUnlock: unlocks @m, which the calling thread holds. */
void virMutexUnlock(virMutex *m);


/*
 * virRWLock: many readers or one writer. Writers are preferred: once a
 * writer waits, new readers wait too, so writers do not starve. A thread
 * therefore must not take a read lock it already holds (that can
 * deadlock against a waiting writer). Needs virRWLockInit().
 */
typedef struct _virRWLock virRWLock;
struct _virRWLock {
    pthread_rwlock_t lock;
};

/* virRWLockInit: prepares @m for use. */
void virRWLockInit(virRWLock *m);

/* virRWLockDestroy: releases @m, which must be unlocked. */
void virRWLockDestroy(virRWLock *m);

/* virRWLockRead: takes @m for reading, waiting while a writer holds or wants it. */
void virRWLockRead(virRWLock *m);

/* virRWLockWrite: takes @m for writing, waiting until no one else holds it. */
void virRWLockWrite(virRWLock *m);

/* virRWLockUnlock: releases the read or write hold the calling thread has on @m. */
void virRWLockUnlock(virRWLock *m);


/*
 * virCond: a condition variable used with a virMutex. Waits may wake up
 * spuriously: always wait in a loop that re-checks the predicate. Static
 * storage needs no initialisation; embedded ones need virCondInit() and
 * virCondDestroy().
 */
typedef struct _virCond virCond;
struct _virCond {
    GCond cond;
};

/* virCondInit: prepares @c for use. */
void virCondInit(virCond *c);

/* virCondDestroy: releases @c; no thread may be waiting on it. */
void virCondDestroy(virCond *c);

/*
 * virCondWait:
 * @c: the condition
 * @m: a mutex the caller holds
 *
 * Atomically unlocks @m and waits for @c; @m is held again on return.
 */
void virCondWait(virCond *c, virMutex *m);

/*
 * virCondWaitUntil:
 * @c: the condition
 * @m: a mutex the caller holds
 * @whenms: absolute deadline in milliseconds since the Epoch (wall clock,
 *          as libvirt's virCondWaitUntil; internally converted to a
 *          monotonic deadline, so later clock changes do not matter)
 *
 * Like virCondWait() but gives up at @whenms. Returns 0 when woken
 * (possibly spuriously), or -1 with errno set to ETIMEDOUT when the
 * deadline passed; no virError is reported. @m is held again either way.
 */
int virCondWaitUntil(virCond *c, virMutex *m, unsigned long long whenms);

/* virCondSignal: wakes one thread waiting on @c, if any. */
void virCondSignal(virCond *c);

/* virCondBroadcast: wakes every thread waiting on @c. */
void virCondBroadcast(virCond *c);


/*
 * virThread: handle of a joinable thread; filled by virThreadCreate().
 */
typedef struct _virThread virThread;
struct _virThread {
    GThread *thread; /* owned reference, dropped by virThreadJoin() */
};

typedef void (*virThreadFunc)(void *opaque);

/*
 * virThreadCreate:
 * @name: thread name for debugging (the kernel keeps 15 characters)
 * @joinable: whether the thread will be joined with virThreadJoin()
 * @func: what the thread runs
 * @opaque: passed to @func, which takes care of it
 * @thread: filled with the handle on success; may be NULL if !@joinable
 *
 * Starts a thread running @func(@opaque). A non-joinable thread cleans up
 * after itself when @func returns. Returns 0, or -1 with
 * VIR_ERR_SYSTEM_ERROR reported if the thread cannot be created (then
 * @func never runs and @thread is untouched).
 */
int virThreadCreate(
    const char *name, bool joinable, virThreadFunc func, void *opaque, virThread *thread);

/*
 * virThreadJoin:
 * @thread: a handle filled by virThreadCreate() with @joinable true
 *
 * Waits for the thread to finish and releases the handle. Must be called
 * exactly once per joinable thread, never from the thread itself.
 */
void virThreadJoin(virThread *thread);

/*
 * virThreadSelfID:
 *
 * Returns the kernel id (tid) of the calling thread, as shown in logs and
 * /proc; for the main thread it equals the process id.
 */
unsigned long long virThreadSelfID(void);
