/*
 * virobjecteventtestutils.h: shared fixtures of the event tests
 * (virobjecteventtest, virdomaineventtest)
 *
 * Connections are plain lockable objects, and the public handles that
 * callbacks receive come from a fake constructor installed as the domain
 * and network handle hooks, so the tests need nothing from src/lib.
 * Callbacks log what they receive through virObjectEventTestRecord();
 * events are delivered by the default GLib event loop, and every wait is
 * bounded.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>

#include <glib.h>

#include "virdomainevent.h"
#include "virnetworkevent.h"
#include "virobjectevent.h"

/* Generous: only reached when the code under test is broken. */
#define TEST_WAIT_MS 5000

/* Register typed callbacks through the generic registration types. */
#define TEST_CB(cb) ((virConnectDomainEventGenericCallback)(void (*)(void))(cb))
#define TEST_NET_CB(cb) ((virConnectNetworkEventGenericCallback)(void (*)(void))(cb))

/* The reference count of a virObject. */
#define TEST_REFS(obj) g_atomic_int_get(&((virObject *)(obj))->refs)

/* Two objects; handles show the first byte of the UUID (aa, bb). */
extern const unsigned char virObjectEventTestUUIDA[VIR_UUID_BUFLEN];
extern const unsigned char virObjectEventTestUUIDB[VIR_UUID_BUFLEN];

/* Deliveries logged since the last reset, one "tag:name/id/uuid0:text\n" each. */
extern GString *virObjectEventTestLog;
/* Callback invocations since the last reset. */
extern int virObjectEventTestDelivered;
/* Handles made by the fake constructor and not yet released. */
extern int virObjectEventTestHandlesLive;

/* One registration's data: what it saw, and what it does when first called. */
typedef struct _virObjectEventTestCb virObjectEventTestCb;
struct _virObjectEventTestCb {
    const char *tag;            /* prefix of its log lines */
    virConnectPtr conn;         /* the connection it must be called with */
    int calls;                  /* invocations */
    int frees;                  /* free callback invocations */
    int freesSeen;              /* @frees when the callback last returned */
    virObjectEventState *state; /* for the actions below */
    int deregisterID;           /* >= 0: deregister this callback number */
    /* not NULL: register @registerFn (LIFECYCLE, all domains) with it */
    virObjectEventTestCb *registerCb;
    virConnectDomainEventGenericCallback registerFn;
    int registeredID;      /* what that registration returned */
    virObjectEvent *queue; /* not NULL: queue it (ownership passes) */
};

/* A free callback for virObjectEventTestCb data: counts in @frees. */
void virObjectEventTestCbFree(void *opaque);

/*
 * virObjectEventTestRecord:
 * @conn, @handle, @opaque: what the callback received (@opaque is a
 *                          virObjectEventTestCb)
 *
 * Checks the connection, logs the delivery with the formatted text and,
 * on the first call, carries out the registration's actions.
 */
void virObjectEventTestRecord(virConnectPtr conn, void *handle, void *opaque, const char *fmt, ...)
    G_GNUC_PRINTF(4, 5);

/* Sets up the loop and the handle hooks (idempotent) and clears the log and counters. */
void virObjectEventTestReset(void);

/* A new connection stand-in (one reference). */
virConnectPtr virObjectEventTestConnNew(void);

/*
 * Runs the loop until @target deliveries have been counted since the last
 * reset, or @ms pass. Returns true if the target was reached.
 */
bool virObjectEventTestRunUntil(int target, unsigned int ms);

/* Delivers until @target, then makes sure nothing more comes. */
void virObjectEventTestExpect(int target);

/*
 * Ends a test: with every callback gone and the loop run, the timer must
 * have dropped its reference, so the caller's is the last (the state is
 * freed here), and no handle is left over.
 */
void virObjectEventTestFinish(virObjectEventState *state);

/* Checks the last error (domain VIR_FROM_NONE; @message unless NULL) and resets it. */
void virObjectEventTestCheckError(int code, const char *message);
