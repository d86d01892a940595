/*
 * virdomainobj.h: a domain as a driver keeps it (virDomainObj)
 *
 * A virObjectLockable holding the domain's definitions and its run
 * state, as libvirt's virDomainObj does: @def is the live definition of
 * an active domain (the persistent one of an inactive domain); while a
 * persistent domain runs, @newDef holds its persistent configuration.
 * Drivers read and write the fields with the object locked; lookups in a
 * virDomainObjList hand out locked objects with a reference, released
 * with virDomainObjEndAPI().
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>

#include "virdomaindef.h"
#include "virdomainsnapshotobjlist.h"
#include "virerror.h"
#include "virobject.h"

typedef struct _virDomainObj virDomainObj;
struct _virDomainObj {
    virObjectLockable parent;            /* the lock guards every field below */
    virDomainDef *def;                   /* live definition (persistent one when inactive), owned */
    virDomainDef *newDef;                /* persistent config while active, owned, or NULL */
    int state;                           /* virDomainState */
    int reason;                          /* the virDomain*Reason of @state */
    bool persistent;                     /* has a persistent configuration */
    bool autostart;                      /* started with the driver */
    bool hasManagedSave;                 /* a managed save image exists */
    bool removing;                       /* being removed from its list: treat as gone */
    virDomainSnapshotObjList *snapshots; /* owned, never NULL */
    void *privateData;                   /* the driver's, or NULL */
    GDestroyNotify privateDataFreeFunc;  /* frees @privateData with the object, or NULL */
};

/*
 * virDomainObjNew:
 *
 * Returns a new domain object, locked, with one reference, no
 * definition, state SHUTOFF (reason UNKNOWN) and an empty snapshot list; or NULL with an
 * error reported if the class cannot be created.
 */
virDomainObj *virDomainObjNew(void);

/*
 * virDomainObjEndAPI:
 * @vm: address of a locked object with a reference held by the caller,
 *      or of NULL
 *
 * Unlocks and unrefs *@vm and sets it to NULL.
 */
void virDomainObjEndAPI(virDomainObj **vm);

/* True if @vm runs (has an id). Needs the lock. */
bool virDomainObjIsActive(virDomainObj *vm);

/*
 * virDomainObjGetState / virDomainObjSetState:
 * Read or set the virDomainState and its reason (@reason may be NULL).
 * Need the lock.
 */
int virDomainObjGetState(virDomainObj *vm, int *reason);
void virDomainObjSetState(virDomainObj *vm, int state, int reason);

/*
 * virDomainObjCheckActive:
 * Returns 0 if @vm is active, else -1 with VIR_ERR_OPERATION_INVALID
 * (VIR_FROM_DOMAIN) "domain is not running".
 */
int virDomainObjCheckActive(virDomainObj *vm);

/*
 * virDomainObjAssignDef:
 * @vm: the object (locked)
 * @def: address of the new definition; ownership is taken (*@def is
 *       set to NULL)
 * @live: @def is a live definition (starting a domain) rather than a new
 *        persistent configuration
 * @oldDef: if non-NULL, receives the definition replaced (the caller
 *          frees it); otherwise it is freed
 *
 * As libvirt: a live definition replaces @def, keeping the persistent one
 * in @newDef; a configuration replaces @newDef of an active domain or
 * @def of an inactive one.
 */
void virDomainObjAssignDef(virDomainObj *vm, virDomainDef **def, bool live, virDomainDef **oldDef);

/*
 * virDomainObjSetDefTransient:
 * Before starting a persistent domain: keeps a copy of its definition as
 * @newDef, so that live changes do not reach the configuration. Returns 0,
 * or -1 with an error if the definition cannot be copied.
 */
int virDomainObjSetDefTransient(virDomainObj *vm, const virDomainXMLOption *xmlopt);

/*
 * virDomainObjRemoveTransientDef:
 * After stopping: the persistent configuration (@newDef, if any) becomes
 * @def again and the id is reset to -1.
 */
void virDomainObjRemoveTransientDef(virDomainObj *vm);

/*
 * virDomainObjGetPersistentDef:
 * Returns the persistent configuration (borrowed), or NULL for a
 * transient domain.
 */
virDomainDef *virDomainObjGetPersistentDef(virDomainObj *vm);

/*
 * virDomainObjUpdateModificationImpact:
 * @vm: the object
 * @flags: virDomainModificationImpact bits; CURRENT (0) is resolved to
 *         LIVE or CONFIG by the domain's state
 *
 * Returns 0, or -1 with VIR_ERR_OPERATION_INVALID "domain is not running"
 * (LIVE on an inactive domain) or "transient domains do not have any
 * persistent config" (CONFIG on a transient one), libvirt's texts.
 */
int virDomainObjUpdateModificationImpact(virDomainObj *vm, unsigned int *flags);

/*
 * virDomainObjGetDefs:
 * Resolves @flags as above and sets *@liveDef (LIVE) and *@persDef
 * (CONFIG) to the definitions to change (borrowed) or NULL. Returns 0 or
 * -1 with an error.
 */
int virDomainObjGetDefs(virDomainObj *vm,
                        unsigned int flags,
                        virDomainDef **liveDef,
                        virDomainDef **persDef);

/*
 * virDomainObjGetOneDefState:
 * @vm: the object
 * @flags: LIVE, CONFIG or CURRENT (not both: VIR_ERR_INVALID_ARG "Flags
 *         'VIR_DOMAIN_AFFECT_LIVE' and 'VIR_DOMAIN_AFFECT_CONFIG' are
 *         mutually exclusive")
 * @live: if non-NULL, set to whether the live definition was chosen
 *
 * Returns the one definition @flags selects (borrowed), or NULL with an
 * error.
 */
virDomainDef *virDomainObjGetOneDefState(virDomainObj *vm, unsigned int flags, bool *live);
virDomainDef *virDomainObjGetOneDef(virDomainObj *vm, unsigned int flags);

/*
 * virDomainDefCopy:
 * @src: the definition
 * @xmlopt: parser hooks, or NULL
 * @migratable: copy the inactive form (no runtime-only data)
 *
 * Returns a deep copy (made by formatting and parsing back, with id -1),
 * or NULL with an error.
 */
virDomainDef *
virDomainDefCopy(const virDomainDef *src, const virDomainXMLOption *xmlopt, bool migratable);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainObj, virObjectUnref);
