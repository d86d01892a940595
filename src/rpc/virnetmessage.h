/*
 * virnetmessage.h: one RPC message (frame) and its header
 *
 * A frame is a 4-byte big-endian length that counts itself, a 24-byte
 * header (program, version, procedure, type, serial, status) and an XDR
 * payload (wire-protocol.md section 2). A virNetMessage holds the whole
 * frame in @buffer (length word included) plus the file descriptors that
 * travel with it. Both the server and the client use it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "virerror.h"
#include "virnetprotocol.h"

#define VIR_NET_MESSAGE_LEN_MAX 4
#define VIR_NET_MESSAGE_HEADER_MAX 24
/* largest message, length word excluded, as libvirt 9.0 (32 MiB) */
#define VIR_NET_MESSAGE_MAX 33554432
#define VIR_NET_MESSAGE_PAYLOAD_MAX (VIR_NET_MESSAGE_MAX - VIR_NET_MESSAGE_HEADER_MAX)
#define VIR_NET_MESSAGE_INITIAL 65536
#define VIR_NET_MESSAGE_NUM_FDS_MAX 32
/* stream data chunks are kept to this size */
#define VIR_NET_MESSAGE_STREAM_CHUNK 262144

typedef enum {
    VIR_NET_CALL = 0,
    VIR_NET_REPLY = 1,
    VIR_NET_MESSAGE = 2,
    VIR_NET_STREAM = 3,
    VIR_NET_CALL_WITH_FDS = 4,
    VIR_NET_REPLY_WITH_FDS = 5,
    VIR_NET_STREAM_HOLE = 6,
} virNetMessageType;

typedef enum {
    VIR_NET_OK = 0,
    VIR_NET_ERROR = 1,
    VIR_NET_CONTINUE = 2,
} virNetMessageStatus;

typedef struct _virNetMessageHeader virNetMessageHeader;
struct _virNetMessageHeader {
    uint32_t prog;
    uint32_t vers;
    int32_t proc;
    int32_t type; /* virNetMessageType */
    uint32_t serial;
    int32_t status; /* virNetMessageStatus */
};

typedef struct _virNetMessage virNetMessage;
struct _virNetMessage {
    virNetMessageHeader header;
    char *buffer;        /* the whole frame: length word, header, payload */
    size_t bufferLength; /* bytes of @buffer in use (== frame length when complete) */
    size_t bufferOffset; /* I/O progress: bytes read or written so far */
    size_t bufferCap;    /* allocated size of @buffer */
    int *fds;            /* descriptors travelling with the message (owned) */
    size_t nfds;
    size_t donefds;      /* I/O progress on @fds */
    virNetMessage *next; /* for queues */
};

/* Returns a new, empty message (never NULL). */
virNetMessage *virNetMessageNew(void);

/* Closes the owned fds, frees the buffer and @msg. NULL is a no-op. */
void virNetMessageFree(virNetMessage *msg);

/* Empties @msg for reuse (frees buffer, closes fds, zeroes the header). */
void virNetMessageClear(virNetMessage *msg);

/*
 * virNetMessagePrepareRead:
 * Makes @msg ready to receive the 4-byte length word: bufferLength = 4,
 * bufferOffset = 0, and room for the whole 28-byte header (which may be
 * read together with the length word).
 */
void virNetMessagePrepareRead(virNetMessage *msg);

/*
 * virNetMessageDecodeLength:
 * After the 4 length bytes have been read: checks the length (at least
 * 28, at most VIR_NET_MESSAGE_MAX + 4) and grows the buffer so the rest
 * of the frame can be read (bufferLength = the frame length).
 * Returns 0, or -1 with VIR_ERR_RPC reported ("packet N bytes received
 * from server too small/large" as libvirt words it).
 */
int virNetMessageDecodeLength(virNetMessage *msg);

/*
 * virNetMessageDecodeHeader:
 * After the whole frame is in the buffer: decodes the header into
 * @msg->header. Returns 0, or -1 with VIR_ERR_RPC.
 */
int virNetMessageDecodeHeader(virNetMessage *msg);

/*
 * virNetMessageEncodeHeader:
 * Starts a new frame in @msg's buffer from @msg->header: length word
 * (placeholder) and header. Any previous buffer content is dropped.
 * Returns 0, or -1 with VIR_ERR_RPC.
 */
int virNetMessageEncodeHeader(virNetMessage *msg);

/*
 * virNetMessageEncodePayload:
 * Appends @data encoded by @desc (NULL: nothing) after the header,
 * growing the buffer up to VIR_NET_MESSAGE_MAX, and writes the final
 * length word. For the *_WITH_FDS types the u32 fd count (@msg->nfds) is
 * written before the payload. Sets bufferOffset = 0 ready for writing.
 * Returns 0, or -1 with VIR_ERR_RPC ("Unable to encode message payload").
 */
int virNetMessageEncodePayload(virNetMessage *msg, const virXDRStruct *desc, const void *data);

/*
 * virNetMessageEncodePayloadRaw:
 * Same for raw bytes (stream data): appends @len bytes of @data.
 */
int virNetMessageEncodePayloadRaw(virNetMessage *msg, const char *data, size_t len);

/*
 * virNetMessageDecodeNumFDs:
 * For CALL_WITH_FDS / REPLY_WITH_FDS frames: reads the u32 fd count that
 * opens the payload (at most VIR_NET_MESSAGE_NUM_FDS_MAX) into a fresh
 * @msg->fds array of -1 entries and @msg->nfds. Returns 0 or -1 (VIR_ERR_RPC).
 */
int virNetMessageDecodeNumFDs(virNetMessage *msg);

/*
 * virNetMessageDecodePayload:
 * Decodes the payload after the header (and after the fd count for
 * *_WITH_FDS frames) into @data with @desc. Returns 0 or -1 (VIR_ERR_RPC
 * "Unable to decode message payload").
 */
int virNetMessageDecodePayload(virNetMessage *msg, const virXDRStruct *desc, void *data);

/*
 * virNetMessagePayload:
 * Returns a pointer to the payload after the header (and fd count) and
 * its length in *@len (for stream data).
 */
const char *virNetMessagePayload(const virNetMessage *msg, size_t *len);

/*
 * virNetMessageSaveError:
 * Fills @rerr (a zeroed remote_error) from the calling thread's last
 * error; with no last error, VIR_ERR_INTERNAL_ERROR "Library function
 * returned error but did not set virError". int1/int2 = -1 when unused.
 */
struct remote_error;
void virNetMessageSaveError(struct remote_error *rerr);

/*
 * virNetMessageEncodeError:
 * Turns @msg (whose header holds the call's prog/vers/proc/serial) into
 * an error reply (type REPLY, or STREAM for stream errors, status ERROR)
 * carrying the thread's last error. Returns 0 or -1.
 */
int virNetMessageEncodeError(virNetMessage *msg, virNetMessageType type);

/*
 * virNetMessageRaiseError:
 * Makes the thread's last error the one described by @rerr (code, domain,
 * message, level, str1-3, int1-2 unchanged), as a client does with an
 * error reply.
 */
void virNetMessageRaiseError(const struct remote_error *rerr);
