/*
 * virdomainobjlisttest.c: tests for the domain objects and their list
 * (virobjlist, virdomainobj, virdomainobjlist, virdomainmetadata,
 * virdomainsnapshotobjlist)
 *
 * The error texts were checked against Debian's libvirt 9.0 through
 * python3-libvirt on test:///default (defineXML / createXML clashes,
 * metadata calls, set memory with both LIVE and CONFIG).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virdomainmetadata.h"
#include "virdomainobjlist.h"
#include "virdomainpostparse.h"
#include "virerror.h"
#include "virobjlist.h"
#include "viruuid.h"

#define UUID_FMT "6695eb01-f6a4-8304-79aa-97f2502e19%02x"


static void
testCheckError(int code, int domain, const char *message)
{
    virErrorPtr err = virGetLastError();

    g_assert_nonnull(err);
    if (err->code != code || err->domain != domain ||
        (message && g_strcmp0(err->message, message) != 0))
        g_printerr("got error %d/%d: %s\n", err->code, err->domain, NULLSTR(err->message));
    g_assert_cmpint(err->code, ==, code);
    g_assert_cmpint(err->domain, ==, domain);
    if (message)
        g_assert_cmpstr(err->message, ==, message);
    virResetLastError();
}


static virDomainDef *
testMakeDef(const char *name, int uuidbyte)
{
    g_autofree char *xml = g_strdup_printf("<domain type='test'><name>%s</name>"
                                           "<uuid>" UUID_FMT "</uuid>"
                                           "<memory>1024</memory><vcpu>2</vcpu>"
                                           "<os><type>hvm</type></os></domain>",
                                           name, uuidbyte);
    virDomainDef *def = virDomainDefParseStringFull(xml, virDomainXMLOptionGetTestDriver(),
                                                    VIR_DOMAIN_DEF_PARSE_INACTIVE);

    g_assert_nonnull(def);
    return def;
}


/* Adds a persistent inactive domain; returns it unlocked with the list's
 * reference only. */
static void
testAdd(virDomainObjList *doms, const char *name, int uuidbyte)
{
    virDomainDef *def = testMakeDef(name, uuidbyte);
    virDomainObj *vm = virDomainObjListAdd(doms, &def, 0, NULL);

    g_assert_nonnull(vm);
    g_assert_null(def);
    vm->persistent = true;
    virDomainObjSetState(vm, VIR_DOMAIN_SHUTOFF, VIR_DOMAIN_SHUTOFF_UNKNOWN);
    virDomainObjEndAPI(&vm);
}


static void
testStart(virDomainObjList *doms, const char *name, int id, int state)
{
    virDomainObj *vm = virDomainObjListFindByName(doms, name);

    g_assert_nonnull(vm);
    g_assert_cmpint(virDomainObjSetDefTransient(vm, virDomainXMLOptionGetTestDriver()), ==, 0);
    vm->def->id = id;
    virDomainObjSetState(vm, state, 1);
    virDomainObjEndAPI(&vm);
}


static void
testGenericList(void)
{
    g_autoptr(virObjList) list = virObjListNew();
    g_autoptr(virDomainObj) a = virDomainObjNew();
    g_autoptr(virDomainObj) b = virDomainObjNew();
    unsigned char ua[VIR_UUID_BUFLEN] = { 1 };
    unsigned char ub[VIR_UUID_BUFLEN] = { 2 };
    void **objs;
    size_t n = 0;
    void *found;

    virObjectUnlock(a);
    virObjectUnlock(b);
    g_assert_cmpint(virObjListAdd(list, a, ua, "a"), ==, 0);
    g_assert_cmpint(virObjListAdd(list, b, ub, "b"), ==, 0);
    /* taken keys are refused */
    g_assert_cmpint(virObjListAdd(list, b, ua, "c"), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, VIR_FROM_NONE, NULL);
    g_assert_cmpint(virObjListCount(list), ==, 2);

    found = virObjListFindByUUID(list, ub);
    g_assert_true(found == (void *)b);
    virObjectUnref(found);
    g_assert_null(virObjListFindByName(list, "c"));

    g_assert_cmpint(virObjListRename(list, a, "b"), ==, -1);
    testCheckError(VIR_ERR_INTERNAL_ERROR, VIR_FROM_NONE, NULL);
    g_assert_cmpint(virObjListRename(list, a, "z"), ==, 0);
    g_assert_true(virObjListHasName(list, "z"));
    g_assert_false(virObjListHasName(list, "a"));
    g_free(found = virObjListGetName(list, a));
    g_assert_nonnull(found);

    /* insertion order survives a rename and a removal */
    virObjListRemove(list, a);
    virObjListRemove(list, a); /* not listed any more: no-op */
    g_assert_cmpint(virObjListAdd(list, a, ua, "a"), ==, 0);
    objs = virObjListCollect(list, &n);
    g_assert_cmpint(n, ==, 2);
    g_assert_true(objs[0] == (void *)b);
    g_assert_true(objs[1] == (void *)a);
    g_assert_null(objs[2]);
    virObjectListFree(objs);
}


static void
testAddClash(void)
{
    g_autoptr(virDomainObjList) doms = virDomainObjListNew();
    virDomainDef *def;
    virDomainDef *old = NULL;
    virDomainObj *vm;

    testAdd(doms, "test", 0x3f);

    def = testMakeDef("other", 0x3f);
    g_assert_null(virDomainObjListAdd(doms, &def, 0, NULL));
    testCheckError(VIR_ERR_OPERATION_FAILED, VIR_FROM_DOMAIN,
                   "operation failed: domain 'test' is already defined with uuid "
                   "6695eb01-f6a4-8304-79aa-97f2502e193f");
    virDomainDefFree(def);

    def = testMakeDef("test", 0x30);
    g_assert_null(virDomainObjListAdd(doms, &def, 0, NULL));
    testCheckError(VIR_ERR_OPERATION_FAILED, VIR_FROM_DOMAIN,
                   "operation failed: domain 'test' already exists with uuid "
                   "6695eb01-f6a4-8304-79aa-97f2502e193f");
    virDomainDefFree(def);

    /* redefinition of the same domain hands the old definition back */
    def = testMakeDef("test", 0x3f);
    vm = virDomainObjListAdd(doms, &def, 0, &old);
    g_assert_nonnull(vm);
    g_assert_nonnull(old);
    virDomainDefFree(old);
    virDomainObjEndAPI(&vm);

    testStart(doms, "test", 1, VIR_DOMAIN_RUNNING);
    def = testMakeDef("test", 0x3f);
    g_assert_null(virDomainObjListAdd(doms, &def, VIR_DOMAIN_OBJ_LIST_ADD_CHECK_LIVE, NULL));
    testCheckError(VIR_ERR_OPERATION_INVALID, VIR_FROM_DOMAIN,
                   "Requested operation is not valid: domain 'test' is already active");
    virDomainDefFree(def);
}


static void
testLookupRemove(void)
{
    g_autoptr(virDomainObjList) doms = virDomainObjListNew();
    unsigned char uuid[VIR_UUID_BUFLEN];
    virDomainObj *vm;

    testAdd(doms, "a", 1);
    testAdd(doms, "b", 2);
    testStart(doms, "b", 7, VIR_DOMAIN_RUNNING);

    g_assert_cmpint(virUUIDParse("6695eb01-f6a4-8304-79aa-97f2502e1901", uuid), ==, 0);
    vm = virDomainObjListFindByUUID(doms, uuid);
    g_assert_nonnull(vm);
    g_assert_cmpstr(vm->def->name, ==, "a");
    virDomainObjEndAPI(&vm);
    g_assert_null(vm);

    g_assert_null(virDomainObjListFindByID(doms, -1));
    g_assert_null(virDomainObjListFindByID(doms, 8));
    vm = virDomainObjListFindByID(doms, 7);
    g_assert_nonnull(vm);
    g_assert_cmpstr(vm->def->name, ==, "b");
    virDomainObjListRemove(doms, vm);
    virDomainObjEndAPI(&vm);

    g_assert_null(virDomainObjListFindByName(doms, "b"));
    g_assert_cmpint(virDomainObjListNumOfDomains(doms, true), ==, 0);
    g_assert_cmpint(virDomainObjListNumOfDomains(doms, false), ==, 1);
}


static void
testRename(void)
{
    g_autoptr(virDomainObjList) doms = virDomainObjListNew();
    virDomainObj *vm;

    testAdd(doms, "a", 1);
    testAdd(doms, "b", 2);
    vm = virDomainObjListFindByName(doms, "a");
    g_assert_cmpint(virDomainObjListRename(doms, vm, "a"), ==, -1);
    testCheckError(VIR_ERR_OPERATION_INVALID, VIR_FROM_DOMAIN,
                   "Requested operation is not valid: Can't rename domain to itself");
    g_assert_cmpint(virDomainObjListRename(doms, vm, "b"), ==, -1);
    testCheckError(VIR_ERR_OPERATION_INVALID, VIR_FROM_DOMAIN,
                   "Requested operation is not valid: domain with name 'b' already exists");
    g_assert_cmpint(virDomainObjListRename(doms, vm, "c"), ==, 0);
    g_assert_cmpstr(vm->def->name, ==, "c");
    virDomainObjEndAPI(&vm);
    g_assert_null(virDomainObjListFindByName(doms, "a"));
    vm = virDomainObjListFindByName(doms, "c");
    g_assert_nonnull(vm);
    virDomainObjEndAPI(&vm);
}


/* The domains of the filter table: name, active state, persistent,
 * autostart, managed save, snapshot. */
static virDomainObjList *
testFilterList(void)
{
    virDomainObjList *doms = virDomainObjListNew();
    virDomainObj *vm;

    testAdd(doms, "run", 1);
    testAdd(doms, "paused", 2);
    testAdd(doms, "off", 3);
    testAdd(doms, "snap", 4);
    testAdd(doms, "suspended", 5);
    testStart(doms, "run", 3, VIR_DOMAIN_RUNNING);
    testStart(doms, "paused", 1, VIR_DOMAIN_PAUSED);
    testStart(doms, "suspended", 2, VIR_DOMAIN_PMSUSPENDED);

    vm = virDomainObjListFindByName(doms, "run");
    vm->autostart = true;
    virDomainObjEndAPI(&vm);
    vm = virDomainObjListFindByName(doms, "paused");
    vm->persistent = false;
    virDomainObjEndAPI(&vm);
    vm = virDomainObjListFindByName(doms, "off");
    vm->hasManagedSave = true;
    virDomainObjEndAPI(&vm);
    vm = virDomainObjListFindByName(doms, "snap");
    g_assert_nonnull(virDomainSnapshotObjListAdd(
        vm->snapshots, virDomainSnapshotDefParseString("<domainsnapshot/>", NULL, 0)));
    virDomainObjEndAPI(&vm);
    return doms;
}


typedef struct {
    unsigned int flags;
    const char *expect; /* names in insertion order, space separated */
} testFilterCase;

static const testFilterCase filterCases[] = {
    { 0, "run paused off snap suspended" },
    { VIR_CONNECT_LIST_DOMAINS_ACTIVE, "run paused suspended" },
    { VIR_CONNECT_LIST_DOMAINS_INACTIVE, "off snap" },
    { VIR_CONNECT_LIST_DOMAINS_ACTIVE | VIR_CONNECT_LIST_DOMAINS_INACTIVE,
      "run paused off snap suspended" },
    { VIR_CONNECT_LIST_DOMAINS_PERSISTENT, "run off snap suspended" },
    { VIR_CONNECT_LIST_DOMAINS_TRANSIENT, "paused" },
    { VIR_CONNECT_LIST_DOMAINS_RUNNING, "run" },
    { VIR_CONNECT_LIST_DOMAINS_PAUSED, "paused" },
    { VIR_CONNECT_LIST_DOMAINS_SHUTOFF, "off snap" },
    { VIR_CONNECT_LIST_DOMAINS_OTHER, "suspended" },
    { VIR_CONNECT_LIST_DOMAINS_RUNNING | VIR_CONNECT_LIST_DOMAINS_OTHER, "run suspended" },
    { VIR_CONNECT_LIST_DOMAINS_MANAGEDSAVE, "off" },
    { VIR_CONNECT_LIST_DOMAINS_NO_MANAGEDSAVE, "run paused snap suspended" },
    { VIR_CONNECT_LIST_DOMAINS_AUTOSTART, "run" },
    { VIR_CONNECT_LIST_DOMAINS_NO_AUTOSTART, "paused off snap suspended" },
    { VIR_CONNECT_LIST_DOMAINS_HAS_SNAPSHOT, "snap" },
    { VIR_CONNECT_LIST_DOMAINS_NO_SNAPSHOT, "run paused off suspended" },
    { VIR_CONNECT_LIST_DOMAINS_HAS_CHECKPOINT, "" },
    { VIR_CONNECT_LIST_DOMAINS_NO_CHECKPOINT, "run paused off snap suspended" },
    { VIR_CONNECT_LIST_DOMAINS_INACTIVE | VIR_CONNECT_LIST_DOMAINS_NO_MANAGEDSAVE, "snap" },
    { VIR_CONNECT_LIST_DOMAINS_ACTIVE | VIR_CONNECT_LIST_DOMAINS_PERSISTENT |
          VIR_CONNECT_LIST_DOMAINS_NO_AUTOSTART,
      "suspended" },
};


static void
testFilter(gconstpointer opaque)
{
    const testFilterCase *tc = opaque;
    g_autoptr(virDomainObjList) doms = testFilterList();
    g_autoptr(GString) got = g_string_new("");
    size_t n = 0;
    virDomainObj **vms = virDomainObjListCollect(doms, tc->flags, &n);
    size_t i;

    for (i = 0; i < n; i++) {
        virObjectLock(vms[i]);
        g_string_append_printf(got, "%s%s", i ? " " : "", vms[i]->def->name);
        virObjectUnlock(vms[i]);
    }
    g_assert_null(vms[n]);
    virObjectListFree(vms);
    g_assert_cmpstr(got->str, ==, tc->expect);
}


static void
testOldListCalls(void)
{
    g_autoptr(virDomainObjList) doms = testFilterList();
    int ids[10] = { 0 };
    char *names[10] = { NULL };

    /* ascending ids whatever the insertion order */
    g_assert_cmpint(virDomainObjListGetActiveIDs(doms, ids, 10), ==, 3);
    g_assert_cmpint(ids[0], ==, 1);
    g_assert_cmpint(ids[1], ==, 2);
    g_assert_cmpint(ids[2], ==, 3);
    g_assert_cmpint(virDomainObjListGetActiveIDs(doms, ids, 2), ==, 2);
    g_assert_cmpint(virDomainObjListGetInactiveNames(doms, names, 10), ==, 2);
    g_assert_cmpstr(names[0], ==, "off");
    g_assert_cmpstr(names[1], ==, "snap");
    g_free(names[0]);
    g_free(names[1]);
    g_assert_cmpint(virDomainObjListGetInactiveNames(doms, names, 1), ==, 1);
    g_free(names[0]);
}


static void
testDefs(void)
{
    g_autoptr(virDomainObjList) doms = virDomainObjListNew();
    virDomainObj *vm;
    virDomainDef *live;
    virDomainDef *pers;
    unsigned int flags = 0;

    testAdd(doms, "a", 1);
    vm = virDomainObjListFindByName(doms, "a");
    g_assert_cmpint(virDomainObjGetDefs(vm, VIR_DOMAIN_AFFECT_LIVE, &live, &pers), ==, -1);
    testCheckError(VIR_ERR_OPERATION_INVALID, VIR_FROM_DOMAIN,
                   "Requested operation is not valid: domain is not running");
    g_assert_cmpint(virDomainObjUpdateModificationImpact(vm, &flags), ==, 0);
    g_assert_cmpuint(flags, ==, VIR_DOMAIN_AFFECT_CONFIG);
    g_assert_cmpint(virDomainObjCheckActive(vm), ==, -1);
    testCheckError(VIR_ERR_OPERATION_INVALID, VIR_FROM_DOMAIN, NULL);

    /* running: the live definition is a copy, the config is kept apart */
    g_assert_cmpint(virDomainObjSetDefTransient(vm, virDomainXMLOptionGetTestDriver()), ==, 0);
    vm->def->id = 4;
    g_assert_nonnull(vm->newDef);
    g_assert_true(virDomainObjGetPersistentDef(vm) == vm->newDef);
    g_assert_null(virDomainObjGetOneDef(vm, VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG));
    testCheckError(VIR_ERR_INVALID_ARG, VIR_FROM_DOMAIN,
                   "Flags 'VIR_DOMAIN_AFFECT_LIVE' and 'VIR_DOMAIN_AFFECT_CONFIG' are "
                   "mutually exclusive");
    g_assert_true(virDomainObjGetOneDef(vm, 0) == vm->def);
    vm->def->currentMemory = 9;
    virDomainObjRemoveTransientDef(vm);
    g_assert_false(virDomainObjIsActive(vm));
    g_assert_cmpuint(vm->def->currentMemory, ==, 1024);

    vm->persistent = false;
    g_assert_null(virDomainObjGetOneDef(vm, VIR_DOMAIN_AFFECT_CONFIG));
    testCheckError(VIR_ERR_OPERATION_INVALID, VIR_FROM_DOMAIN,
                   "Requested operation is not valid: transient domains do not have any "
                   "persistent config");
    virDomainObjEndAPI(&vm);
}


static void
testMetadata(void)
{
    g_autoptr(virDomainDef) def = testMakeDef("m", 1);
    g_autofree char *xml = NULL;
    g_autofree char *got = NULL;

    g_assert_null(virDomainDefGetMetadata(def, VIR_DOMAIN_METADATA_DESCRIPTION, NULL));
    testCheckError(VIR_ERR_NO_DOMAIN_METADATA, VIR_FROM_DOMAIN,
                   "metadata not found: Requested metadata element is not present");
    g_assert_null(virDomainDefGetMetadata(def, 7, NULL));
    testCheckError(VIR_ERR_INVALID_ARG, VIR_FROM_DOMAIN,
                   "invalid argument: unknown metadata type '7'");

    g_assert_cmpint(virDomainDefSetMetadata(def, VIR_DOMAIN_METADATA_TITLE, "t", NULL, NULL), ==,
                    0);
    g_assert_cmpint(virDomainDefSetMetadata(def, VIR_DOMAIN_METADATA_ELEMENT,
                                            "<foo bar='1'><baz/></foo>", "app", "http://app/"),
                    ==, 0);
    g_assert_cmpint(
        virDomainDefSetMetadata(def, VIR_DOMAIN_METADATA_ELEMENT, "<q", "k", "http://k/"), ==, -1);
    testCheckError(VIR_ERR_XML_DETAIL, VIR_FROM_DOMAIN, NULL);

    got = virDomainDefGetMetadata(def, VIR_DOMAIN_METADATA_ELEMENT, "http://app/");
    g_assert_cmpstr(got, ==, "<foo bar=\"1\">\n  <baz/>\n</foo>");
    xml = virDomainDefFormat(def, VIR_DOMAIN_DEF_FORMAT_INACTIVE);
    g_assert_nonnull(strstr(xml, "  <title>t</title>\n"));
    g_assert_nonnull(strstr(xml, "    <app:foo xmlns:app=\"http://app/\" bar=\"1\">\n"
                                 "      <app:baz/>\n"
                                 "    </app:foo>\n"));

    /* an empty title removes it, a NULL element removes the element */
    g_assert_cmpint(virDomainDefSetMetadata(def, VIR_DOMAIN_METADATA_TITLE, "", NULL, NULL), ==, 0);
    g_assert_null(def->title);
    g_assert_cmpint(
        virDomainDefSetMetadata(def, VIR_DOMAIN_METADATA_ELEMENT, NULL, NULL, "http://app/"), ==,
        0);
    g_assert_null(virDomainDefGetMetadata(def, VIR_DOMAIN_METADATA_ELEMENT, "http://app/"));
    testCheckError(VIR_ERR_NO_DOMAIN_METADATA, VIR_FROM_DOMAIN, NULL);
}


static void
testSnapshotList(void)
{
    virDomainSnapshotObjList *list = virDomainSnapshotObjListNew();
    const char *const names[] = { "s1", "s2", "s3", "s4" };
    const char *const parents[] = { NULL, "s1", "s1", "s3" };
    g_autoptr(GPtrArray) got = NULL;
    virDomainSnapshotDef *dup;
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(names); i++) {
        virDomainSnapshotDef *def = g_new0(virDomainSnapshotDef, 1);

        def->name = g_strdup(names[i]);
        def->parent_name = g_strdup(parents[i]);
        def->state = i == 3 ? VIR_DOMAIN_SNAPSHOT_SHUTOFF : VIR_DOMAIN_SNAPSHOT_RUNNING;
        g_assert_nonnull(virDomainSnapshotObjListAdd(list, def));
    }
    dup = g_new0(virDomainSnapshotDef, 1);
    dup->name = g_strdup("s2");
    g_assert_null(virDomainSnapshotObjListAdd(list, dup));
    testCheckError(VIR_ERR_OPERATION_FAILED, VIR_FROM_DOMAIN,
                   "operation failed: domain moment s2 already exists");
    virDomainSnapshotDefFree(dup);

    g_assert_cmpint(virDomainSnapshotObjListNum(list, NULL, 0), ==, 4);
    g_assert_cmpint(virDomainSnapshotObjListNum(list, NULL, VIR_DOMAIN_SNAPSHOT_LIST_ROOTS), ==, 1);
    g_assert_cmpint(virDomainSnapshotObjListNum(list, NULL, VIR_DOMAIN_SNAPSHOT_LIST_LEAVES), ==,
                    2);
    g_assert_cmpint(virDomainSnapshotObjListNum(list, NULL, VIR_DOMAIN_SNAPSHOT_LIST_INACTIVE), ==,
                    1);
    g_assert_cmpint(virDomainSnapshotObjListNum(list, NULL, VIR_DOMAIN_SNAPSHOT_LIST_NO_METADATA),
                    ==, 0);
    g_assert_cmpint(virDomainSnapshotObjListNum(list, virDomainSnapshotObjListFind(list, "s1"), 0),
                    ==, 2);
    g_assert_cmpint(virDomainSnapshotObjListNum(list, virDomainSnapshotObjListFind(list, "s1"),
                                                VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS),
                    ==, 3);

    virDomainSnapshotObjListSetCurrent(list, "s4");
    g_assert_true(
        virDomainSnapshotObjListRemoveDescendants(list, virDomainSnapshotObjListFind(list, "s3")));
    g_assert_null(virDomainSnapshotObjListGetCurrent(list));
    virDomainSnapshotObjListReparentChildren(list, virDomainSnapshotObjListFind(list, "s1"));
    g_assert_false(virDomainSnapshotObjListRemove(list, "s1"));
    got = virDomainSnapshotObjListCollect(list, NULL, VIR_DOMAIN_SNAPSHOT_LIST_ROOTS);
    g_assert_cmpuint(got->len, ==, 2);
    g_assert_cmpstr(((virDomainSnapshotDef *)g_ptr_array_index(got, 0))->name, ==, "s2");
    virDomainSnapshotObjListFree(list);
}


int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);
    virErrorInitialize();

    g_test_add_func("/conf/domainobjlist/generic", testGenericList);
    g_test_add_func("/conf/domainobjlist/add-clash", testAddClash);
    g_test_add_func("/conf/domainobjlist/lookup-remove", testLookupRemove);
    g_test_add_func("/conf/domainobjlist/rename", testRename);
    for (i = 0; i < G_N_ELEMENTS(filterCases); i++) {
        g_autofree char *path =
            g_strdup_printf("/conf/domainobjlist/filter/0x%x", filterCases[i].flags);

        g_test_add_data_func(path, &filterCases[i], testFilter);
    }
    g_test_add_func("/conf/domainobjlist/old-list-calls", testOldListCalls);
    g_test_add_func("/conf/domainobjlist/defs", testDefs);
    g_test_add_func("/conf/domainobjlist/metadata", testMetadata);
    g_test_add_func("/conf/domainobjlist/snapshots", testSnapshotList);
    return g_test_run();
}
