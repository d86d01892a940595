/*
 * remote_driver_priv.h: what the remote driver's per-family files share
 *
 * remote_driver.c owns the connection (virNetClient, event state,
 * keepalive) and the connection-level functions; remote_domain*.c,
 * remote_network.c, remote_storage.c and remote_secret.c implement the
 * object families with remoteCall() and the conversions of
 * remote_objects.h, and fill their fields of the driver tables.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "datatypes.h"
#include "remote_objects.h"
#include "remote_protocol.h"
#include "virdriver.h"

/*
 * remoteCall:
 * @conn: a connection opened by the remote driver
 * @proc: a REMOTE_PROC_* procedure
 * @args: its argument struct (generated type), or NULL for void
 * @ret: a zeroed return struct to fill, or NULL for void; the caller frees
 *       it with virXDRFree(remoteProgramDef's ret description) -- or,
 *       simpler, with remoteFreeRet()
 *
 * Sends the call with the next serial and waits for its reply (other
 * threads may call concurrently on the same connection). An error reply
 * becomes the thread's last error unchanged.
 *
 * Returns 0, or -1 with an error (the server's, or a local one such as
 * "client socket is closed").
 */
int remoteCall(virConnect *conn, int proc, const void *args, void *ret);

/*
 * remoteCallFDs: remoteCall for CALL_WITH_FDS procedures: sends @nfdsin
 * descriptors with the call; received ones (REPLY_WITH_FDS) are returned
 * in *@fdsout (g_new, caller closes) / *@nfdsout; both may be NULL when
 * none are expected.
 */
int remoteCallFDs(virConnect *conn,
                  int proc,
                  const void *args,
                  void *ret,
                  const int *fdsin,
                  size_t nfdsin,
                  int **fdsout,
                  size_t *nfdsout);

/* Frees the members of a return struct of @proc filled by remoteCall. */
void remoteFreeRet(int proc, void *ret);

/*
 * Fill the family's fields of the remote driver tables (called once by
 * remoteRegister() before it registers the driver).
 */
void remoteDomainDriverInit(virHypervisorDriver *drv);      /* remote_domain.c */
void remoteDomainExtraDriverInit(virHypervisorDriver *drv); /* remote_domain_extra.c */
void remoteNetworkDriverInit(virNetworkDriver *drv);        /* remote_network.c */
void remoteStorageDriverInit(virStorageDriver *drv);        /* remote_storage.c */
void remoteSecretDriverInit(virSecretDriver *drv);          /* remote_secret.c */

/*
 * remoteStreamCall:  (remote_stream.c; added by the client helper)
 * @st: a stream made by virStreamNew() on a remote connection, not yet
 *      attached
 * @proc: a procedure that opens a stream (VIR_NET_PROC_STREAM), e.g.
 *        REMOTE_PROC_STORAGE_VOL_UPLOAD / _DOWNLOAD
 * @args, @ret: as for remoteCall()
 *
 * Makes the call with the stream registered on its serial; on success
 * attaches @st to the remote stream driver (virStreamSend/Recv/Finish/
 * Abort then move the data as STREAM frames). On failure @st stays
 * unattached. Returns 0, or -1 with an error (the server's, unchanged).
 */
int remoteStreamCall(virStream *st, int proc, const void *args, void *ret);
