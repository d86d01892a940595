/*
 * virdriverhypervisor.h: the hypervisor (domain) driver table
 *
 * The functions a hypervisor driver provides for connections, the node and
 * domains (snapshots and domain events included). One static instance per
 * driver, referenced from its virConnectDriver.
 *
 * Every field implements the public API function of the same name with
 * "vir" prefixed (connectListAllDomains -> virConnectListAllDomains) and
 * takes the same arguments. src/lib has already reset the last error and
 * checked the objects, the pointer arguments and the read-only flag as
 * libvirt does; the driver checks @flags (virDriverCheckFlags), reports
 * its own errors with virReportError() and returns the public function's
 * error value. A NULL field makes the public call fail with
 * VIR_ERR_NO_SUPPORT. Objects handed out (lookups, lists) are new
 * references made with the virGet*() constructors of src/lib/datatypes.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virconf.h"
#include "virerror.h"

/*
 * Outcome of a driver's connectOpen: it accepts the URI, declines it (the
 * next driver is asked) or fails (the open stops with the error the driver
 * reported). The values are libvirt's.
 */
typedef enum {
    VIR_DRV_OPEN_SUCCESS = 0,
    VIR_DRV_OPEN_DECLINED = -1,
    VIR_DRV_OPEN_ERROR = -2,
} virDrvOpenStatus;

typedef struct _virHypervisorDriver virHypervisorDriver;
struct _virHypervisorDriver {
    /* the driver's name, e.g. "Test"; virConnectGetType() falls back to it */
    const char *name;

    /*
     * Proposes a URI when the application opened a NULL URI and neither
     * LIBVIRT_DEFAULT_URI nor uri_default is set: stores a new string in
     * *@uri (or leaves it NULL to pass). Returns 0, or -1 with an error.
     * Optional.
     */
    int (*connectURIProbe)(char **uri);

    /*
     * Asked in registration order whether it serves @conn->uri (NULL when
     * the application gave none and nothing was probed; otherwise parsed,
     * with a non-NULL path). @conn->flags holds VIR_CONNECT_RO. On
     * VIR_DRV_OPEN_SUCCESS the driver keeps its state in
     * @conn->privateData. @auth may be NULL; @conf is the client
     * configuration (libvirt.conf), possibly NULL. Required.
     */
    virDrvOpenStatus (*connectOpen)(virConnect *conn,
                                    virConnectAuth *auth,
                                    virConf *conf,
                                    unsigned int flags);

    /*
     * Releases what connectOpen set up; called once, when the last
     * reference to the connection goes. Must not report errors that
     * matter to anyone. Required.
     */
    int (*connectClose)(virConnect *conn);

    /* connections and the node */
    const char *(*connectGetType)(virConnect *conn);
    int (*connectGetVersion)(virConnect *conn, unsigned long *hvVer);
    int (*connectGetLibVersion)(virConnect *conn, unsigned long *libVer);
    char *(*connectGetHostname)(virConnect *conn);
    char *(*connectGetSysinfo)(virConnect *conn, unsigned int flags);
    int (*connectGetMaxVcpus)(virConnect *conn, const char *type);
    int (*nodeGetInfo)(virConnect *conn, virNodeInfo *info);
    char *(*connectGetCapabilities)(virConnect *conn);
    unsigned long long (*nodeGetFreeMemory)(virConnect *conn);
    int (*nodeGetCellsFreeMemory)(virConnect *conn,
                                  unsigned long long *freeMems,
                                  int startCell,
                                  int maxCells);
    int (*nodeGetSecurityModel)(virConnect *conn, virSecurityModel *secmodel);
    int (*connectIsEncrypted)(virConnect *conn);
    int (*connectIsSecure)(virConnect *conn);
    int (*connectIsAlive)(virConnect *conn);
    int (*connectSetKeepAlive)(virConnect *conn, int interval, unsigned int count);
    int (*connectRegisterCloseCallback)(virConnect *conn,
                                        virConnectCloseFunc cb,
                                        void *opaque,
                                        virFreeCallback freecb);
    int (*connectUnregisterCloseCallback)(virConnect *conn, virConnectCloseFunc cb);

    /* domains: listing, lookup, definition and lifecycle */
    int (*connectListDomains)(virConnect *conn, int *ids, int maxids);
    int (*connectNumOfDomains)(virConnect *conn);
    int (*connectListDefinedDomains)(virConnect *conn, char **const names, int maxnames);
    int (*connectNumOfDefinedDomains)(virConnect *conn);
    int (*connectListAllDomains)(virConnect *conn, virDomain ***domains, unsigned int flags);
    virDomain *(*domainLookupByName)(virConnect *conn, const char *name);
    virDomain *(*domainLookupByID)(virConnect *conn, int id);
    virDomain *(*domainLookupByUUID)(virConnect *conn, const unsigned char *uuid);
    virDomain *(*domainCreateXML)(virConnect *conn, const char *xmlDesc, unsigned int flags);
    virDomain *(*domainDefineXML)(virConnect *conn, const char *xml);
    virDomain *(*domainDefineXMLFlags)(virConnect *conn, const char *xml, unsigned int flags);
    int (*domainUndefine)(virDomain *domain);
    int (*domainUndefineFlags)(virDomain *domain, unsigned int flags);
    int (*domainCreate)(virDomain *domain);
    int (*domainCreateWithFlags)(virDomain *domain, unsigned int flags);
    int (*domainShutdown)(virDomain *domain);
    int (*domainShutdownFlags)(virDomain *domain, unsigned int flags);
    int (*domainReboot)(virDomain *domain, unsigned int flags);
    int (*domainReset)(virDomain *domain, unsigned int flags);
    int (*domainDestroy)(virDomain *domain);
    int (*domainDestroyFlags)(virDomain *domain, unsigned int flags);
    int (*domainSuspend)(virDomain *domain);
    int (*domainResume)(virDomain *domain);

    /* domains: information and configuration */
    int (*domainGetInfo)(virDomain *domain, virDomainInfo *info);
    int (*domainGetState)(virDomain *domain, int *state, int *reason, unsigned int flags);
    int (*domainGetJobInfo)(virDomain *dom, virDomainJobInfo *info);
    char *(*domainGetOSType)(virDomain *domain);
    unsigned long (*domainGetMaxMemory)(virDomain *domain);
    int (*domainSetMaxMemory)(virDomain *domain, unsigned long memory);
    int (*domainSetMemory)(virDomain *domain, unsigned long memory);
    int (*domainSetMemoryFlags)(virDomain *domain, unsigned long memory, unsigned int flags);
    int (*domainGetMaxVcpus)(virDomain *domain);
    int (*domainSetVcpus)(virDomain *domain, unsigned int nvcpus);
    int (*domainSetVcpusFlags)(virDomain *domain, unsigned int nvcpus, unsigned int flags);
    int (*domainGetVcpusFlags)(virDomain *domain, unsigned int flags);
    int (*domainGetSecurityLabel)(virDomain *domain, virSecurityLabel *seclabel);
    char *(*domainGetHostname)(virDomain *domain, unsigned int flags);
    char *(*domainGetXMLDesc)(virDomain *domain, unsigned int flags);
    int (*domainGetAutostart)(virDomain *domain, int *autostart);
    int (*domainSetAutostart)(virDomain *domain, int autostart);
    int (*domainIsActive)(virDomain *dom);
    int (*domainIsPersistent)(virDomain *dom);
    int (*domainIsUpdated)(virDomain *dom);
    char *(*domainGetMetadata)(virDomain *domain, int type, const char *uri, unsigned int flags);
    int (*domainSetMetadata)(virDomain *domain,
                             int type,
                             const char *metadata,
                             const char *key,
                             const char *uri,
                             unsigned int flags);
    int (*domainRename)(virDomain *dom, const char *new_name, unsigned int flags);
    int (*domainGetMessages)(virDomain *domain, char ***msgs, unsigned int flags);
    int (*domainAttachDevice)(virDomain *domain, const char *xml);
    int (*domainDetachDevice)(virDomain *domain, const char *xml);
    int (*domainAttachDeviceFlags)(virDomain *domain, const char *xml, unsigned int flags);
    int (*domainDetachDeviceFlags)(virDomain *domain, const char *xml, unsigned int flags);
    int (*domainUpdateDeviceFlags)(virDomain *domain, const char *xml, unsigned int flags);
    int (*domainDetachDeviceAlias)(virDomain *domain, const char *alias, unsigned int flags);

    /* domains: save, restore, managed save and core dumps */
    int (*domainSave)(virDomain *domain, const char *to);
    int (*domainSaveFlags)(virDomain *domain, const char *to, const char *dxml, unsigned int flags);
    int (*domainSaveParams)(virDomain *domain,
                            virTypedParameter *params,
                            int nparams,
                            unsigned int flags);
    int (*domainRestore)(virConnect *conn, const char *from);
    int (*domainRestoreFlags)(virConnect *conn,
                              const char *from,
                              const char *dxml,
                              unsigned int flags);
    int (*domainRestoreParams)(virConnect *conn,
                               virTypedParameter *params,
                               int nparams,
                               unsigned int flags);
    char *(*domainSaveImageGetXMLDesc)(virConnect *conn, const char *file, unsigned int flags);
    int (*domainSaveImageDefineXML)(virConnect *conn,
                                    const char *file,
                                    const char *dxml,
                                    unsigned int flags);
    int (*domainManagedSave)(virDomain *dom, unsigned int flags);
    int (*domainHasManagedSaveImage)(virDomain *dom, unsigned int flags);
    int (*domainManagedSaveRemove)(virDomain *dom, unsigned int flags);
    char *(*domainManagedSaveGetXMLDesc)(virDomain *domain, unsigned int flags);
    int (*domainManagedSaveDefineXML)(virDomain *domain, const char *dxml, unsigned int flags);
    int (*domainCoreDump)(virDomain *domain, const char *to, unsigned int flags);
    int (*domainCoreDumpWithFormat)(virDomain *domain,
                                    const char *to,
                                    unsigned int dumpformat,
                                    unsigned int flags);

    /* domain events */
    int (*connectDomainEventRegister)(virConnect *conn,
                                      virConnectDomainEventCallback cb,
                                      void *opaque,
                                      virFreeCallback freecb);
    int (*connectDomainEventDeregister)(virConnect *conn, virConnectDomainEventCallback cb);
    int (*connectDomainEventRegisterAny)(virConnect *conn,
                                         virDomain *dom,
                                         int eventID,
                                         virConnectDomainEventGenericCallback cb,
                                         void *opaque,
                                         virFreeCallback freecb);
    int (*connectDomainEventDeregisterAny)(virConnect *conn, int callbackID);

    /* snapshots */
    virDomainSnapshot *(*domainSnapshotCreateXML)(virDomain *domain,
                                                  const char *xmlDesc,
                                                  unsigned int flags);
    char *(*domainSnapshotGetXMLDesc)(virDomainSnapshot *snapshot, unsigned int flags);
    int (*domainSnapshotNum)(virDomain *domain, unsigned int flags);
    int (*domainSnapshotListNames)(virDomain *domain,
                                   char **names,
                                   int nameslen,
                                   unsigned int flags);
    int (*domainListAllSnapshots)(virDomain *domain,
                                  virDomainSnapshot ***snaps,
                                  unsigned int flags);
    int (*domainSnapshotNumChildren)(virDomainSnapshot *snapshot, unsigned int flags);
    int (*domainSnapshotListChildrenNames)(virDomainSnapshot *snapshot,
                                           char **names,
                                           int nameslen,
                                           unsigned int flags);
    int (*domainSnapshotListAllChildren)(virDomainSnapshot *snapshot,
                                         virDomainSnapshot ***snaps,
                                         unsigned int flags);
    virDomainSnapshot *(*domainSnapshotLookupByName)(virDomain *domain,
                                                     const char *name,
                                                     unsigned int flags);
    int (*domainHasCurrentSnapshot)(virDomain *domain, unsigned int flags);
    virDomainSnapshot *(*domainSnapshotCurrent)(virDomain *domain, unsigned int flags);
    virDomainSnapshot *(*domainSnapshotGetParent)(virDomainSnapshot *snapshot, unsigned int flags);
    int (*domainSnapshotIsCurrent)(virDomainSnapshot *snapshot, unsigned int flags);
    int (*domainSnapshotHasMetadata)(virDomainSnapshot *snapshot, unsigned int flags);
    int (*domainRevertToSnapshot)(virDomainSnapshot *snapshot, unsigned int flags);
    int (*domainSnapshotDelete)(virDomainSnapshot *snapshot, unsigned int flags);
};
