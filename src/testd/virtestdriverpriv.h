/*
 * virtestdriverpriv.h: the state of the test driver, shared by its files
 *
 * One virTestDriver serves a connection: test:///default connections of a
 * process share one (created by the first open, freed when the last one
 * closes); every test:///PATH.xml connection has its own. The driver
 * object's lock guards nothing mutable: the node data is fixed once the
 * connection is open, and the object lists lock themselves.
 *
 * The driver callbacks in the virtest*.c files are static and named as
 * libvirt's test driver names them (testDomainUndefineFlags, ...): the
 * name shows in libvirt's "unsupported flags (0x...) in function NAME"
 * message, which virDriverCheckFlags() reproduces.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>

#include "datatypes.h"
#include "vircapabilities.h"
#include "virdomainobjlist.h"
#include "virnetworkobj.h"
#include "virobjectevent.h"
#include "virsecretobj.h"
#include "virstorageobj.h"

#define VIR_TEST_MODEL "i686"
#define VIR_TEST_EMULATOR "/usr/bin/test-hv"
#define VIR_TEST_MAX_VCPUS 32
#define VIR_TEST_DOMAIN_NS "http://libvirt.org/schemas/domain/test/1.0"

/* Capacity of every pool: 100 GiB, as libvirt's test driver. */
#define VIR_TEST_POOL_CAPACITY (100ULL * 1024 * 1024 * 1024)

/* One NUMA cell of test:///default. */
typedef struct _virTestCell virTestCell;
struct _virTestCell {
    unsigned long long mem;     /* KiB */
    unsigned long long freeMem; /* KiB */
    unsigned int ncpus;
};

typedef struct _virTestDriver virTestDriver;
struct _virTestDriver {
    virObjectLockable parent;
    virNodeInfo nodeInfo; /* fixed once open */
    virTestCell *cells;   /* fixed once open, owned */
    size_t ncells;
    virCaps *caps;                    /* fixed once open, owned */
    const virDomainXMLOption *xmlopt; /* static */
    virDomainObjList *domains;        /* owned, self-locking */
    virNetworkObjList *networks;      /* owned, self-locking */
    virStoragePoolObjList *pools;     /* owned, self-locking */
    virSecretObjList *secrets;        /* owned, self-locking */
    virObjectEventState *events;      /* owned, self-locking */
    gint nextDomID;                   /* next domain id; g_atomic only */
};

/* virtestdriver.c */

/* Returns a new, empty driver state, or NULL with an error. */
virTestDriver *virTestDriverNew(void);

/* virtestnode.c */

/*
 * virTestNodeLoadDefault / virTestNodeLoadFile:
 * Fill a new driver with libvirt's default node (test:///default) or the
 * node description in @path (test:///PATH). Return 0 or -1 with an error.
 */
int virTestNodeLoadDefault(virTestDriver *driver);
int virTestNodeLoadFile(virTestDriver *driver, const char *path);

/* virtestdomain.c: lifecycle helpers used by several files */

/*
 * virTestDomObjFromDomain:
 * Returns the domain object of @dom, locked with a reference, or NULL
 * with VIR_ERR_NO_DOMAIN "no domain with matching uuid 'U' (NAME)".
 */
virDomainObj *virTestDomObjFromDomain(virDomain *dom);

/*
 * virTestDomainStartState:
 * Marks @vm running with @reason and a new id, keeping its persistent
 * configuration apart. Returns 0, or -1 with an error (then the domain
 * is left shut off, reason FAILED).
 */
int virTestDomainStartState(virTestDriver *driver, virDomainObj *vm, int reason);

/*
 * virTestDomainShutdownState:
 * Marks @vm shut off with @reason (its configuration becomes current
 * again) and resets the id of the handle @dom (may be NULL).
 */
void virTestDomainShutdownState(virDomain *dom, virDomainObj *vm, int reason);

/*
 * virTestDomainEvent:
 * Queues a lifecycle event of @vm (locked): @type a virDomainEventType,
 * @detail its detail.
 */
void virTestDomainEvent(virTestDriver *driver, virDomainObj *vm, int type, int detail);

/* The table fillers: each file puts its static callbacks in the tables. */
void virTestDomainFillDriver(virHypervisorDriver *drv);
void virTestDomainConfFillDriver(virHypervisorDriver *drv);
void virTestDomainSaveFillDriver(virHypervisorDriver *drv);
void virTestSnapshotFillDriver(virHypervisorDriver *drv);
void virTestEventFillDriver(virHypervisorDriver *drv, virNetworkDriver *netdrv);
void virTestNetworkFillDriver(virNetworkDriver *drv);
void virTestStoragePoolFillDriver(virStorageDriver *drv);
void virTestStorageVolFillDriver(virStorageDriver *drv);
void virTestSecretFillDriver(virSecretDriver *drv);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virTestDriver, virObjectUnref);
