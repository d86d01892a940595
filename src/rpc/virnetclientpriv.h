/*
 * virnetclientpriv.h: what virnetclient.c and virnetclientstream.c share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef VIR_NETCLIENTPRIV_H_ALLOW
# error "virnetclientpriv.h is for virnetclient*.c only"
#endif

#pragma once

#include "virnetclient.h"
#include "virthread.h"

/* ---- implemented by virnetclient.c ---- */

/*
 * virNetClientSendMessage:
 * Sends @msg (ownership taken) and waits until it is written, and with
 * @expectReply until its reply came; the reply goes to *@reply (owned by
 * the caller; may be NULL without @expectReply). Returns 0, or -1 with
 * an error (closed socket). Called without the client lock.
 */
int virNetClientSendMessage(virNetClient *client,
                            virNetMessage *msg,
                            bool expectReply,
                            virNetMessage **reply);

/*
 * virNetClientReportClosedLocked:
 * Reports why nothing can go on: with @pending, the error that closed
 * the socket (if one was recorded); else "client socket is closed".
 */
void virNetClientReportClosedLocked(virNetClient *client, bool pending);

/* Whether the socket is closed (client lock held). */
bool virNetClientIsClosedLocked(virNetClient *client);

/* Waits on @cond with the client lock (held by the caller). */
void virNetClientWaitLocked(virNetClient *client, virCond *cond);

/* (Un)registers a stream for frame routing (client lock held). */
void virNetClientAddStreamLocked(virNetClient *client, virNetClientStream *st);
void virNetClientRemoveStreamLocked(virNetClient *client, virNetClientStream *st);

/* ---- implemented by virnetclientstream.c, called by the I/O thread ---- */

/* Whether a frame with header @hdr belongs to @st. */
bool virNetClientStreamMatches(virNetClientStream *st, const virNetMessageHeader *hdr);

/* Takes a STREAM or STREAM_HOLE frame of @st (ownership of @msg taken). */
void virNetClientStreamDispatchLocked(virNetClientStream *st, virNetMessage *msg);

/* Wakes @st's waiters (the socket closed). */
void virNetClientStreamWakeLocked(virNetClientStream *st);
