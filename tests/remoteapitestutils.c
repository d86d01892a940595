/*
 * remoteapitestutils.c: the in-process server and the comparisons of
 * remoteapitest
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>
#include <unistd.h>

#include "datatypes.h"
#include "remote_dispatch.h"
#include "remoteapitestutils.h"
#include "virnetserver.h"

virConnectPtr lconn;
virConnectPtr rconn;
char *tmpdir;


/* Compares the results of a local and a remote call (see SAME_RET). */
void
testCompare(int lret, virErrorPtr lerr, int rret, bool mustFail, int line)
{
    virErrorPtr rerr = virGetLastError();

    if (lret != rret || (mustFail && lret >= 0) ||
        (lret < 0 &&
         (!rerr || rerr->code != lerr->code || g_strcmp0(rerr->message, lerr->message) != 0)))
        g_printerr("line %d: local %d (%s), remote %d (%s)\n", line, lret, NULLSTR(lerr->message),
                   rret, rerr ? NULLSTR(rerr->message) : "no error");
    g_assert_cmpint(rret, ==, lret);
    if (mustFail)
        g_assert_cmpint(lret, <, 0);
    if (lret < 0) {
        g_assert_nonnull(rerr);
        g_assert_cmpint(rerr->code, ==, lerr->code);
        g_assert_cmpint(rerr->domain, ==, lerr->domain);
        g_assert_cmpstr(rerr->message, ==, lerr->message);
    }
    virFreeError(lerr);
    virResetLastError();
}


/* Both strings (new, freed here) are equal and not NULL. */
void
testSameStr(char *l, char *r)
{
    g_assert_nonnull(l);
    g_assert_cmpstr(r, ==, l);
    g_free(l);
    g_free(r);
}


/* The remote call fails with VIR_ERR_RPC from the remote driver, @msg. */
void
testRemoteError(bool failed, const char *msg)
{
    g_assert_true(failed);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_RPC);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_REMOTE);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, msg);
    virResetLastError();
}


/* A new string naming everything that identifies the handle @obj. */
static char *
testIdent(void *obj)
{
    char uuid[VIR_UUID_STRING_BUFLEN] = "";

    if (virObjectIsDomain(obj)) {
        virDomainGetUUIDString(obj, uuid);
        return g_strdup_printf("dom %s %s %d", virDomainGetName(obj), uuid, virDomainGetID(obj));
    }
    if (virObjectIsNetwork(obj)) {
        virNetworkGetUUIDString(obj, uuid);
        return g_strdup_printf("net %s %s", virNetworkGetName(obj), uuid);
    }
    if (virObjectIsStoragePool(obj)) {
        virStoragePoolGetUUIDString(obj, uuid);
        return g_strdup_printf("pool %s %s", virStoragePoolGetName(obj), uuid);
    }
    if (virObjectIsStorageVol(obj))
        return g_strdup_printf("vol %s %s %s", ((virStorageVol *)obj)->pool,
                               virStorageVolGetName(obj), virStorageVolGetKey(obj));
    if (virObjectIsSecret(obj)) {
        virSecretGetUUIDString(obj, uuid);
        return g_strdup_printf("secret %s %d %s", uuid, virSecretGetUsageType(obj),
                               virSecretGetUsageID(obj));
    }
    g_assert_true(virObjectIsDomainSnapshot(obj));
    return g_strdup_printf("snap %s of %s", virDomainSnapshotGetName(obj),
                           virDomainGetName(virDomainSnapshotGetDomain(obj)));
}


/* Both handles (new references, released here) name the same object. */
void
testSameObj(void *l, void *r)
{
    g_autofree char *lid = NULL;
    g_autofree char *rid = NULL;

    g_assert_nonnull(l);
    g_assert_nonnull(r);
    lid = testIdent(l);
    rid = testIdent(r);
    g_assert_cmpstr(rid, ==, lid);
    virObjectUnref(l);
    virObjectUnref(r);
}


/* Both arrays of @n items (consumed by @same) are alike. */
static void
testSameItems(int ln, void **l, int rn, void **r, void (*same)(void *l, void *r))
{
    int i;

    g_assert_cmpint(ln, >=, 0);
    g_assert_cmpint(rn, ==, ln);
    for (i = 0; i < ln; i++)
        same(l[i], r[i]);
}


/* Both NULL-terminated handle lists (new, freed here) are alike. */
void
testSameList(int ln, void **l, int rn, void **r)
{
    testSameItems(ln, l, rn, r, testSameObj);
    g_assert_null(r[ln]);
    g_free(l);
    g_free(r);
}


static void
testSameStrItem(void *l, void *r)
{
    testSameStr(l, r);
}


/* Both name arrays (the names are freed here) are alike. */
void
testSameNames(int ln, char **l, int rn, char **r)
{
    testSameItems(ln, (void **)l, rn, (void **)r, testSameStrItem);
}


/* The id of the domain named @name (and its state in *@state unless
 * NULL), read through the local connection. */
int
testLocalDomain(const char *name, int *state)
{
    virDomainPtr dom = virDomainLookupByName(lconn, name);
    int id;

    g_assert_nonnull(dom);
    if (state)
        g_assert_cmpint(virDomainGetState(dom, state, NULL, 0), ==, 0);
    id = virDomainGetID(dom);
    virDomainFree(dom);
    return id;
}


int
testLocalState(const char *name)
{
    int state = -1;

    testLocalDomain(name, &state);
    return state;
}


/* Frees a NULL-terminated lease array (or NULL). */
void
testFreeLeases(virNetworkDHCPLeasePtr *leases)
{
    size_t i;

    for (i = 0; leases && leases[i]; i++)
        virNetworkDHCPLeaseFree(leases[i]);
    g_free(leases);
}


static virNetServer *srv;
static GThread *thread;
static char *sock;


static gpointer
testServerRun(gpointer server)
{
    virNetServerRun(server);
    return NULL;
}


static void
testQuietErrors(void *opaque G_GNUC_UNUSED, virErrorPtr err G_GNUC_UNUSED)
{
}


void
testServerStart(int *argc, char ***argv)
{
    virNetServerConfig cfg;
    g_autofree char *uri = NULL;

    g_test_init(argc, argv, NULL);
    virSetErrorFunc(NULL, testQuietErrors);
    g_assert_cmpint(virEventRegisterDefaultImpl(), ==, 0);
    tmpdir = g_dir_make_tmp("remoteapitest-XXXXXX", NULL);
    g_assert_nonnull(tmpdir);
    sock = g_strdup_printf("%s/sock", tmpdir);
    uri = g_strdup_printf("test+unix:///default?socket=%s", sock);

    virNetServerConfigDefaults(&cfg);
    remoteDispatchSetDefaultURI("test:///default");
    srv = virNetServerNew("remoteapitest", &cfg, remoteDispatchClientNew, remoteDispatchClientFree,
                          NULL);
    g_assert_nonnull(srv);
    virNetServerAddProgram(srv, remoteDispatchProgramNew());
    g_assert_cmpint(virNetServerAddUNIXSocket(srv, sock, 0600, (gid_t)-1, false), ==, 0);
    thread = g_thread_new("server", testServerRun, srv);

    lconn = virConnectOpen("test:///default");
    rconn = virConnectOpen(uri);
    g_assert_nonnull(lconn);
    g_assert_nonnull(rconn);
    /* the remote driver serves it, not the test driver of this process */
    g_assert_cmpstr(rconn->driver->name, ==, "remote");
}


void
testServerStop(void)
{
    g_assert_cmpint(virConnectClose(rconn), ==, 0);
    g_assert_cmpint(virConnectClose(lconn), >=, 0);
    virNetServerQuit(srv);
    g_thread_join(thread);
    virNetServerFree(srv);
    (void)unlink(sock);
    (void)rmdir(tmpdir);
    g_clear_pointer(&sock, g_free);
    g_clear_pointer(&tmpdir, g_free);
}
