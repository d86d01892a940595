/*
 * virnetservertestutils.h: a toy RPC server in a thread and a raw
 * client speaking frames, for virnetservertest
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>

#include <glib.h>

#include "remote_protocol.h"
#include "virnetmessage.h"
#include "virnetserver.h"

/* Generous bound for anything that should happen "at once". */
#define TEST_WAIT_MS 5000

/* The server under test and what its handlers saw. */
typedef struct {
    char *dir;    /* temp dir, removed by testServerStop */
    char *sock;   /* read-write socket */
    char *sockro; /* read-only socket */
    virNetServer *srv;
    GThread *thread; /* runs virNetServerRun */
    gint runDone;    /* atomic: virNetServerRun returned */
    gint privNew;    /* atomic: per-client data made */
    gint privFree;   /* atomic: ... and freed */

    GMutex lock;                     /* guards what follows */
    GCond cond;                      /* broadcast on every change */
    int slowActive;                  /* slow handlers running now */
    int slowMax;                     /* most slow handlers seen at once */
    bool release;                    /* slow handlers may return */
    virNetServerClient *eventClient; /* a reference, from the event registration */
    int identityRc;                  /* GetUNIXIdentity at CONNECT_OPEN */
    uid_t identityUid;
    GPtrArray *streams;   /* handler-side stream references */
    int streamsAdded;     /* streams the handlers opened */
    GString *upload;      /* data an upload stream received */
    int uploadFinished;   /* upload streams that got OK */
    int uploadAborted;    /* streams whose recv got ERROR */
    int downloadFinished; /* download streams that got OK */
    GThread *sender;      /* sends download data */
    bool senderGo;        /* the sender may start */
    bool senderDone;
    gint streamsFreed; /* atomic: stream free callbacks */
    int graphicsRead;  /* read end kept by OPEN_GRAPHICS_FD */
} testServer;

/* The running server (one at a time). */
extern testServer *ts;

/* A config with small pools, for tests. */
void testConfig(virNetServerConfig *cfg);

/* Starts a server with @cfg, and a TCP listener on 127.0.0.1 if @tcp. */
void testServerStart(const virNetServerConfig *cfg, bool tcp);
/* Starts its main loop thread (apart, so a test can set things up first). */
void testServerRun(void);
/* Start + Run with testConfig(), no TCP. */
void testStartDefault(void);
/* Waits until virNetServerRun returned; false on timeout. */
bool testWaitRunDone(void);
/* Quits it (if not done yet), checks Run returned 0, frees everything. */
void testServerStop(void);
/* Lets slow handlers return. */
void testRelease(void);
/* Waits until @counter (guarded by ts->lock) reaches @value; false on timeout. */
bool testWaitCounter(int *counter, int value);
/* Waits until the server has @n clients; false on timeout. */
bool testWaitClients(size_t n);

/* Size and content of the download a DOMAIN_SCREENSHOT stream sends. */
#define TEST_DOWNLOAD_LEN (2 * 1024 * 1024)
/* ...of which the handler sends this much before it has even returned */
#define TEST_DOWNLOAD_HELD 1000
char testPattern(size_t i);

/* ---- the raw client ---- */

/* Connects to @path; reads time out after 100 ms so waits stay bounded. */
int testConnect(const char *path);
/* Writes raw bytes on a new connection, closes it if @hangup; the fd or -1. */
int testRawClient(const char *bytes, size_t len, bool hangup);
/* Sends one frame (blocking). */
void testSendFull(int fd,
                  uint32_t prog,
                  uint32_t vers,
                  int proc,
                  int type,
                  uint32_t serial,
                  int status,
                  const virXDRStruct *desc,
                  const void *data,
                  const int *fds,
                  size_t nfds);
/* Sends a REMOTE CALL. */
void testCall(int fd, int proc, uint32_t serial, const virXDRStruct *desc, const void *args);
/* Sends a STREAM frame of REMOTE @proc. */
void testSendStream(int fd, int proc, uint32_t serial, int status, const char *data, size_t len);
/* One frame within @ms: 1 (*@out set), 0 timeout, -1 connection closed. */
int testRead(int fd, int ms, virNetMessage **out);
/* The next frame that is not a keepalive PING (PINGs are answered). */
virNetMessage *testRecv(int fd);
/* Asserts the server closes the connection (frames before are skipped). */
void testExpectClosed(int fd);
/* Checks a successful reply and decodes its return into @ret (void: NULL). */
void
testCheckReply(virNetMessage *msg, int proc, uint32_t serial, const virXDRStruct *desc, void *ret);
/* Checks an error frame. */
void testCheckError(
    virNetMessage *msg, int type, uint32_t serial, int code, int domain, const char *message);
/* Calls and expects an error reply. */
void testCallError(int fd,
                   int proc,
                   uint32_t serial,
                   const virXDRStruct *desc,
                   const void *args,
                   int code,
                   int domain,
                   const char *message);
/* Calls a void procedure and expects success. */
void testCallVoid(int fd, int proc, uint32_t serial, const virXDRStruct *desc, const void *args);
/* AUTH_LIST then CONNECT_OPEN (serials 0, 1). */
void testOpen(int fd);
/* CONNECT_GET_HOSTNAME answers "testhost". */
void testExpectHostname(int fd, uint32_t serial);
/* Sends the slow call (DOMAIN_GET_HOSTNAME of domain @name). */
void testSendSlow(int fd, uint32_t serial, const char *name);
/* Checks its reply: the hostname is the domain name. */
void testExpectSlowReply(virNetMessage *msg, uint32_t serial, const char *name);
/* Opens an upload stream (STORAGE_VOL_UPLOAD) and checks the reply. */
void testCallUpload(int fd, uint32_t serial);
