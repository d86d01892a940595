/*
 * virnetsocket.h: sockets for RPC: listen, connect, fd passing, and the
 * non-blocking reading and writing of whole frames
 *
 * Shared by the server (virnetserver*.c) and the client (virnetclient.c).
 * Every descriptor made here has O_CLOEXEC set.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <sys/types.h>

#include "virnetmessage.h"

/*
 * virNetSocketListenUNIX:
 * Binds and listens on @path (parent directory created, a stale socket
 * file replaced; a live one, i.e. one a connect() succeeds on, is an
 * error "Failed to bind socket to '...': Address already in use"), then
 * chmod @mode and, unless @gid is (gid_t)-1, chown to @gid.
 * Returns the non-blocking listening fd, or -1 with a system error.
 */
int virNetSocketListenUNIX(const char *path, mode_t mode, gid_t gid);

/*
 * virNetSocketListenTCP:
 * Listens on every address @addr:@port resolves to (numeric or name).
 * Fills *@fds (g_new) / *@nfds with non-blocking listening fds.
 * Returns 0, or -1 with an error.
 */
int virNetSocketListenTCP(const char *addr, const char *port, int **fds, size_t *nfds);

/* Returns the local port of a bound TCP socket, or -1. */
int virNetSocketGetPort(int fd);

/* accept4() with SOCK_CLOEXEC|SOCK_NONBLOCK; -1 with errno on failure. */
int virNetSocketAccept(int listenfd);

/*
 * virNetSocketConnectUNIX / virNetSocketConnectTCP:
 * Connect (blocking), then return the fd (blocking mode, CLOEXEC), or -1
 * with VIR_ERR_SYSTEM_ERROR reported as libvirt words it:
 * "Failed to connect socket to '/path': No such file or directory",
 * "unable to connect to server at 'host:port': Connection refused".
 */
int virNetSocketConnectUNIX(const char *path);
int virNetSocketConnectTCP(const char *host, const char *port);

/* Switches @fd to non-blocking (or back). Returns 0 or -1 (errno). */
int virNetSocketSetBlocking(int fd, bool blocking);

/*
 * virNetSocketGetUNIXIdentity:
 * SO_PEERCRED of a UNIX socket. Returns 0, or -1 with an error.
 */
int virNetSocketGetUNIXIdentity(int fd, uid_t *uid, gid_t *gid, pid_t *pid);

/*
 * virNetSocketSendFD / virNetSocketRecvFD:
 * Send one descriptor with a single 1-byte (0x00) sendmsg carrying
 * SCM_RIGHTS, or receive one (1 byte + the descriptor, made CLOEXEC).
 * Return 1 on success, 0 if the socket would block (non-blocking), -1
 * with an error (system error, or EOF).
 */
int virNetSocketSendFD(int sock, int fd);
int virNetSocketRecvFD(int sock, int *fd);

/*
 * virNetSocketReadMessage:
 * Reads from non-blocking @fd into @msg, which must have been prepared
 * with virNetMessagePrepareRead(). Reads the length word, checks it
 * (virNetMessageDecodeLength), reads the rest, decodes the header; for a
 * *_WITH_FDS frame it then decodes the fd count and receives that many
 * descriptors (virNetSocketRecvFD) into @msg->fds.
 * Returns 1 when the whole message (and its fds) is in, 0 when more
 * bytes are needed (EAGAIN; call again when readable), -1 on EOF ("End of
 * file while reading data: Input/output error", VIR_ERR_SYSTEM_ERROR) or
 * error (bad length: VIR_ERR_RPC).
 */
int virNetSocketReadMessage(int fd, virNetMessage *msg);

/*
 * virNetSocketWriteMessage:
 * Writes the encoded @msg (from bufferOffset) to non-blocking @fd, then
 * its @nfds descriptors (virNetSocketSendFD).
 * Returns 1 when everything went out, 0 when the socket is full (call
 * again when writable), -1 on error (EPIPE etc., system error reported).
 */
int virNetSocketWriteMessage(int fd, virNetMessage *msg);
