/*
 * virdriver.h: connection drivers, their registration and the open
 * sequence
 *
 * A connection driver bundles the tables of one API family each
 * (hypervisor, network, storage, secret) that serve a connection. Drivers
 * register once, at library initialisation, in priority order; opening a
 * URI asks each in turn whether it serves the URI, as libvirt does:
 *
 *   1. A NULL or empty name means $LIBVIRT_DEFAULT_URI, then uri_default
 *      of the client configuration file, then the first URI a driver's
 *      connectURIProbe proposes; without any, drivers are asked with no
 *      URI at all.
 *   2. Unless VIR_CONNECT_NO_ALIASES is given, a name listed in the
 *      configuration's uri_aliases is replaced by its URI.
 *   3. The URI is parsed; one without a scheme fails with
 *      VIR_ERR_NO_CONNECT "URI '...' does not include a driver name".
 *   4. Each driver in registration order: skipped when it is localOnly and
 *      the URI names a server, or when it lists uriSchemes and the URI's
 *      scheme is not among them (or there is no URI); a remoteOnly driver
 *      fails the open for a URI without a server (VIR_ERR_INVALID_ARG).
 *      Otherwise its connectOpen accepts (the open succeeds), declines
 *      (next driver) or fails (the open fails with the driver's error).
 *   5. When every driver declined: VIR_ERR_NO_CONNECT "no connection
 *      driver available for NAME".
 *
 * The client configuration file is $XDG_CONFIG_HOME/libvirt/libvirt.conf
 * (~/.config/...) for ordinary users and SYSCONFDIR/libvirt/libvirt.conf
 * for root, as in libvirt; a missing file is not an error.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>

#include "virdriverhypervisor.h"
#include "virdrivernetwork.h"
#include "virdriversecret.h"
#include "virdriverstorage.h"
#include "virdriverstream.h"

/* Most connection drivers that can be registered, as in libvirt. */
#define VIR_DRIVER_MAX 21

typedef struct _virConnectDriver virConnectDriver;
struct _virConnectDriver {
    /* never asked for a URI that names a server (e.g. qemu://host/system) */
    bool localOnly;
    /* serves only URIs naming a server; one without fails the whole open */
    bool remoteOnly;
    /*
     * NULL-terminated list of the URI schemes served; the driver is not
     * asked about other URIs, nor when there is no URI. NULL: asked about
     * every URI (and the absence of one), like libvirt's remote driver.
     */
    const char *const *uriSchemes;
    /* the tables serving a connection; hypervisorDriver is required */
    virHypervisorDriver *hypervisorDriver;
    virNetworkDriver *networkDriver;
    virStorageDriver *storageDriver;
    virSecretDriver *secretDriver;
};

/*
 * virRegisterConnectDriver:
 * @driver: a driver with a hypervisorDriver that has connectOpen and
 *          connectClose; must stay valid (static) for the process' life
 *
 * Appends @driver to the list that virDriverOpenConnect() asks, after the
 * drivers registered before it. Meant for library initialisation (not
 * thread-safe against a concurrent open).
 *
 * Returns the driver's position (>= 0), or -1 with VIR_ERR_INVALID_ARG
 * (NULL or incomplete driver) or VIR_ERR_INTERNAL_ERROR ("Too many
 * drivers, cannot register NAME") reported.
 */
int virRegisterConnectDriver(virConnectDriver *driver);

/*
 * virHasDriverForURIScheme:
 * @scheme: a URI scheme, e.g. "test"
 *
 * Returns true if a registered driver lists @scheme in its uriSchemes.
 */
bool virHasDriverForURIScheme(const char *scheme);

/*
 * virDriverOpenConnect:
 * @name: the URI, or NULL / "" for the default
 * @auth: authentication callbacks handed to the drivers, or NULL
 * @flags: virConnectFlags; VIR_CONNECT_RO is kept in the connection
 *
 * Runs the open sequence described above. The caller (virConnectOpen*)
 * has initialised the library and reset the last error; this function
 * does not dispatch errors.
 *
 * Returns a new connection (release with virObjectUnref or
 * virConnectClose) served by the accepting driver, or NULL with an error
 * reported.
 */
virConnect *virDriverOpenConnect(const char *name, virConnectAuth *auth, unsigned int flags);

/*
 * virDriverCheckFlagsFull / virDriverCheckFlags:
 * @flags: the flags a caller passed
 * @supported: the flags the driver function understands
 *
 * For driver functions. Returns true if @flags has no bit outside
 * @supported; otherwise reports VIR_ERR_INVALID_ARG "unsupported flags
 * (0x...) in function NAME" (libvirt's text) in the calling file's
 * domain and returns false.
 */
bool virDriverCheckFlagsFull(unsigned int flags,
                             unsigned int supported,
                             int domain,
                             const char *filename,
                             const char *funcname,
                             size_t linenr);

#define virDriverCheckFlags(flags, supported)                                                      \
 virDriverCheckFlagsFull(flags, supported, VIR_FROM_THIS, __FILE__, __func__, __LINE__)
