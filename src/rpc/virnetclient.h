/*
 * virnetclient.h: the client side of an RPC connection
 *
 * A virNetClient owns one connected socket (UNIX or TCP) and a dedicated
 * I/O thread that polls the socket and a wake-up pipe. Any number of
 * threads may call at once: each call is encoded by its own thread, put
 * on the socket (directly when the socket is idle, else through the I/O
 * thread's queue), and its thread sleeps until the I/O thread hands it
 * the REPLY with the same serial. The I/O thread also:
 *   - answers KEEPALIVE PING with PONG, and once keepalive is started
 *     pings an idle server itself, closing the connection when @count
 *     pings in a row stay unanswered ("connection closed due to keepalive
 *     timeout");
 *   - hands MESSAGE frames (events) to the message handler;
 *   - routes STREAM frames to the stream registered on their serial.
 * When the socket closes (EOF, error, keepalive), pending calls fail with
 * the error that closed it, later calls with "client socket is closed",
 * and the close callback runs once with the reason
 * (VIR_CONNECT_CLOSE_REASON_*).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "virnetmessage.h"
#include "virnetprotocol.h"
#include "virobject.h"

typedef struct _virNetClient virNetClient;
typedef struct _virNetClientStream virNetClientStream;

/*
 * Called on the I/O thread for each MESSAGE frame that is not keepalive.
 * @msg is borrowed (its header decoded, its payload not); the handler must
 * not block on RPC calls of the same client.
 */
typedef void (*virNetClientMessageFunc)(virNetClient *client, virNetMessage *msg, void *opaque);

/*
 * Called once when the connection closes for a reason other than
 * virNetClientClose(): @reason is VIR_CONNECT_CLOSE_REASON_EOF, _ERROR or
 * _KEEPALIVE. Runs on the I/O thread, with no lock held, after every
 * pending call has been failed.
 */
typedef void (*virNetClientCloseFunc)(virNetClient *client, int reason, void *opaque);

/*
 * virNetClientNew:
 * @fd: a connected socket (ownership passes to the client, even on failure)
 * @isUnix: whether @fd is a UNIX socket (allows fd passing)
 *
 * Starts the I/O thread. Returns a new client (one reference: release it
 * with virNetClientClose() then virObjectUnref()), or NULL with an error
 * reported.
 */
virNetClient *virNetClientNew(int fd, bool isUnix);

/*
 * virNetClientSetMessageHandler / virNetClientSetCloseCallback:
 * Install the handlers (NULL to remove). @opaque must stay valid until
 * virNetClientClose() returned or the handler was removed. Any thread.
 */
void
virNetClientSetMessageHandler(virNetClient *client, virNetClientMessageFunc func, void *opaque);
void virNetClientSetCloseCallback(virNetClient *client, virNetClientCloseFunc func, void *opaque);

/* Returns the next call serial (0, 1, 2, ... as libvirt clients). */
uint32_t virNetClientNewSerial(virNetClient *client);

/*
 * virNetClientCall:
 * @def: the program (remoteProgramDef)
 * @proc: the procedure number
 * @serial: the serial to use (virNetClientNewSerial())
 * @args: the argument struct described by the procedure, or NULL for void
 * @ret: a zeroed return struct to fill (caller frees with virXDRFree), or
 *       NULL for void
 * @fdsin / @nfdsin: descriptors to send (duplicated: the caller keeps
 *       its own); a call with descriptors goes as CALL_WITH_FDS
 * @fdsout / @nfdsout: set to the descriptors of a REPLY_WITH_FDS (g_new,
 *       the caller closes them), or NULL/0; both may be NULL
 *
 * Sends the call and waits for its reply. Returns 0, or -1 with the
 * thread's last error set: the server's error unchanged for an error
 * reply, or a local one (VIR_ERR_RPC for a malformed reply, the error
 * that closed the socket, "client socket is closed").
 */
int virNetClientCall(virNetClient *client,
                     const virNetProgramDef *def,
                     int proc,
                     uint32_t serial,
                     const void *args,
                     void *ret,
                     const int *fdsin,
                     size_t nfdsin,
                     int **fdsout,
                     size_t *nfdsout);

/*
 * virNetClientKeepAliveStart:
 * @interval: seconds of silence from the server before a PING (> 0)
 * @count: unanswered PINGs after which the connection is closed
 *
 * Starts client-side keepalive; a no-op returning 0 when it runs already.
 * Returns 0, or -1 with an error (connection closed).
 */
int virNetClientKeepAliveStart(virNetClient *client, int interval, unsigned int count);

/* Stops client-side keepalive (PINGs from the server are still answered). */
void virNetClientKeepAliveStop(virNetClient *client);

/* Returns true while the socket is open. */
bool virNetClientIsOpen(virNetClient *client);

/* Returns true for a UNIX socket. */
bool virNetClientIsUnix(virNetClient *client);

/*
 * virNetClientClose:
 * Closes the socket without running the close callback, fails pending
 * calls and waits for the I/O thread to finish (unless called from the
 * I/O thread itself, e.g. from a close callback). Idempotent; NULL is fine.
 */
void virNetClientClose(virNetClient *client);

/*
 * Streams. A stream is registered on the serial of the call that opens
 * it, BEFORE the call is sent, so that no data frame can get lost; after
 * the reply, data flows as STREAM frames of that serial (wire-protocol.md
 * section 8).
 */

/*
 * virNetClientStreamNew:
 * Registers a stream for frames of @def/@proc/@serial. Returns the new
 * stream (free with virNetClientStreamFree); never NULL.
 */
virNetClientStream *
virNetClientStreamNew(virNetClient *client, const virNetProgramDef *def, int proc, uint32_t serial);

/*
 * virNetClientStreamSend:
 * Sends @len bytes (> 0) as STREAM CONTINUE frames of at most
 * VIR_NET_MESSAGE_STREAM_CHUNK bytes, waiting until they are written.
 * Returns @len, or -1 with an error (the server's stream error, a closed
 * stream or socket).
 */
int virNetClientStreamSend(virNetClientStream *st, const char *data, size_t len);

/*
 * virNetClientStreamRecv:
 * Copies up to @len bytes of received data into @data, waiting for some
 * unless @nonblock. Returns the number of bytes (0 at end of data), -2
 * when @nonblock and nothing is there, or -1 with an error (the server's
 * stream error, a closed socket).
 */
int virNetClientStreamRecv(virNetClientStream *st, char *data, size_t len, bool nonblock);

/*
 * virNetClientStreamFinish:
 * Sends STREAM OK and waits for the server's confirmation. Returns 0, or
 * -1 with the server's error (e.g. the upload failed) or a local one.
 */
int virNetClientStreamFinish(virNetClientStream *st);

/*
 * virNetClientStreamAbort:
 * Sends an abort (STREAM ERROR, empty) and waits until the server has
 * acknowledged it. Returns 0, or -1 with an error if the socket closed.
 */
int virNetClientStreamAbort(virNetClientStream *st);

/* Unregisters and frees @st; NULL is fine. */
void virNetClientStreamFree(virNetClientStream *st);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virNetClient, virObjectUnref);
