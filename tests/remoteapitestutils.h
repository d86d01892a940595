/*
 * remoteapitestutils.h: the in-process server and the comparisons of
 * remoteapitest
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "datatypes.h"

extern virConnectPtr lconn; /* test:///default, in process */
extern virConnectPtr rconn; /* the same, through the server */
extern char *tmpdir;        /* a temporary directory, removed by testServerStop */

/*
 * testServerStart:
 * g_test_init()s, makes @tmpdir, starts a REMOTE server for
 * test:///default on a socket there (in a thread) and opens @lconn and
 * @rconn (test+unix:///default?socket=...). Asserts success.
 */
void testServerStart(int *argc, char ***argv);

/* Closes both connections, stops the server and removes @tmpdir. */
void testServerStop(void);

/*
 * testCompare:
 * Compares the result @lret (its error @lerr, consumed) of a local call
 * with @rret and the thread's last error of the remote call: same value,
 * and for failures (< 0) the same code, domain and message. @mustFail
 * also asserts a failure. @line: the caller's, for the report.
 */
void testCompare(int lret, virErrorPtr lerr, int rret, bool mustFail, int line);

/* The local call and then the remote call return the same int, or fail
 * (< 0) with the same error. */
#define SAME_RESULT(lexpr, rexpr, mustFail)                                                        \
 do {                                                                                              \
  int lret_;                                                                                       \
  virErrorPtr lerr_;                                                                               \
  virResetLastError();                                                                             \
  lret_ = (lexpr);                                                                                 \
  lerr_ = virSaveLastError();                                                                      \
  virResetLastError();                                                                             \
  testCompare(lret_, lerr_, (rexpr), mustFail, __LINE__);                                          \
 } while (0)
#define SAME_RET(lexpr, rexpr) SAME_RESULT(lexpr, rexpr, false)
/* Both calls fail (@lfailed and @rfailed are their failure tests) alike. */
#define SAME_FAIL(lfailed, rfailed) SAME_RESULT((lfailed) ? -1 : 0, (rfailed) ? -1 : 0, true)

/* Both strings (new, freed here) are equal and not NULL. */
void testSameStr(char *l, char *r);

/* The remote call failed with VIR_ERR_RPC from the remote driver, @msg. */
void testRemoteError(bool failed, const char *msg);

/* Both handles (new references, released here) name the same object. */
void testSameObj(void *l, void *r);

/* Both NULL-terminated handle lists of @ln / @rn handles (new, freed
 * here) are alike. */
void testSameList(int ln, void **l, int rn, void **r);

/* Both name arrays of @ln / @rn names (the names are freed here) are alike. */
void testSameNames(int ln, char **l, int rn, char **r);

/* The results of @listAll over both connections, with and without an
 * array (counting only), are alike; ditto counting with @filter. */
#define SAME_LIST_ALL(listAll, lobj, robj, filter)                                                 \
 do {                                                                                              \
  void **l_ = NULL;                                                                                \
  void **r_ = NULL;                                                                                \
  int ln_ = listAll(lobj, (void *)&l_, 0);                                                         \
  int rn_ = listAll(robj, (void *)&r_, 0);                                                         \
  testSameList(ln_, l_, rn_, r_);                                                                  \
  SAME_RET(listAll(lobj, NULL, 0), listAll(robj, NULL, 0));                                        \
  SAME_RET(listAll(lobj, NULL, filter), listAll(robj, NULL, filter));                              \
 } while (0)

/* The legacy name lists of @list (maxnames 64) are alike. */
#define SAME_NAMES(list, lobj, robj)                                                               \
 do {                                                                                              \
  char *l_[64] = { NULL };                                                                         \
  char *r_[64] = { NULL };                                                                         \
  int ln_ = list(lobj, l_, 64);                                                                    \
  int rn_ = list(robj, r_, 64);                                                                    \
  testSameNames(ln_, l_, rn_, r_);                                                                 \
 } while (0)

/* The id of the domain named @name (and its state in *@state unless
 * NULL), read through @lconn; asserts that it exists. */
int testLocalDomain(const char *name, int *state);

/* The state of the domain named @name, read through @lconn. */
int testLocalState(const char *name);

/* Frees a NULL-terminated lease array (or NULL). */
void testFreeLeases(virNetworkDHCPLeasePtr *leases);
