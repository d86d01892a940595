/*
 * virnetworkupdatetest.c: tests for virNetworkUpdate on network definitions
 *
 * Each section case applies one update to tests/virnetworkupdatedata/
 * base.xml. A successful one must format as NAME.xml, and a failing one
 * must give the error code and message; both were produced once by
 * Debian's libvirt 9.0 (virsh -c test:///default "net-define base.xml;
 * net-update updnet COMMAND SECTION XML --config --parent-index N;
 * net-dumpxml updnet"). The object cases check the live/config rules.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virerror.h"
#include "virnetworkupdate.h"

#define ADD_LAST VIR_NETWORK_UPDATE_COMMAND_ADD_LAST
#define ADD_FIRST VIR_NETWORK_UPDATE_COMMAND_ADD_FIRST
#define MODIFY VIR_NETWORK_UPDATE_COMMAND_MODIFY
#define DELETE VIR_NETWORK_UPDATE_COMMAND_DELETE
#define LIVE VIR_NETWORK_UPDATE_AFFECT_LIVE
#define CONFIG VIR_NETWORK_UPDATE_AFFECT_CONFIG

typedef struct {
    const char *name;
    unsigned int command;
    unsigned int section;
    int parentIndex;
    const char *xml;
    int code;            /* 0: success, the result is NAME.xml */
    const char *message; /* the error's full message */
} testSectionCase;

/* clang-format off */
#define OK(name, cmd, sect, idx, xml) { name, cmd, VIR_NETWORK_SECTION_##sect, idx, xml, 0, NULL }
#define ERR(name, cmd, sect, idx, xml, code, msg)                                                  \
 { name, cmd, VIR_NETWORK_SECTION_##sect, idx, xml, VIR_ERR_##code, msg }
#define INVALID "Requested operation is not valid: "
#define UNSUPPORTED "Operation not supported: "

static const testSectionCase sectionCases[] = {
    OK("dhcp-host-add-last", ADD_LAST, IP_DHCP_HOST, -1,
       "<host mac='52:54:00:00:00:02' name='two' ip='192.168.125.12'/>"),
    OK("dhcp-host-add-first", ADD_FIRST, IP_DHCP_HOST, -1,
       "<host mac='52:54:00:00:00:02' ip='192.168.125.12'/>"),
    OK("dhcp-host-add-index", ADD_LAST, IP_DHCP_HOST, 0,
       "<host name='three' ip='192.168.125.13'><lease expiry='1' unit='hours'/></host>"),
    OK("dhcp-host-modify-mac", MODIFY, IP_DHCP_HOST, -1,
       "<host mac='52:54:00:00:00:01' name='renamed' ip='192.168.125.20'/>"),
    OK("dhcp-host-modify-name", MODIFY, IP_DHCP_HOST, -1,
       "<host mac='52:54:00:00:00:09' name='one' ip='192.168.125.21'/>"),
    OK("dhcp-host-delete-mac", DELETE, IP_DHCP_HOST, -1, "<host mac='52:54:00:00:00:01'/>"),
    /* MAC addresses compare by value */
    OK("dhcp-host-delete-mac-case", DELETE, IP_DHCP_HOST, -1,
       "<host mac='52:54:0:0:0:1' ip='192.168.125.11'/>"),
    OK("dhcp-host-delete-ip", DELETE, IP_DHCP_HOST, -1, "<host ip='192.168.125.11'/>"),
    OK("dhcp-host-ipv6", ADD_LAST, IP_DHCP_HOST, 1,
       "<host id='0:1:0:1:18:aa:62:fe:0:16:3e:44:55:66' name='v6' ip='2001:db8:ac10:fe01::5'/>"),
    OK("dhcp-range-add-first", ADD_FIRST, IP_DHCP_RANGE, -1,
       "<range start='192.168.125.150' end='192.168.125.160'/>"),
    OK("dhcp-range-add-last", ADD_LAST, IP_DHCP_RANGE, -1,
       "<range start='192.168.125.150' end='192.168.125.160'><lease expiry='2' unit='hours'/></range>"),
    OK("dhcp-range-delete", DELETE, IP_DHCP_RANGE, -1,
       "<range start='192.168.125.10' end='192.168.125.100'/>"),
    OK("forward-interface-add", ADD_LAST, FORWARD_INTERFACE, -1, "<interface dev='eth0'/>"),
    OK("portgroup-add", ADD_LAST, PORTGROUP, -1,
       "<portgroup name='sales'><vlan><tag id='42'/></vlan></portgroup>"),
    OK("portgroup-add-first", ADD_FIRST, PORTGROUP, -1,
       "<portgroup name='sales' trustGuestRxFilters='no'/>"),
    OK("portgroup-modify", MODIFY, PORTGROUP, -1,
       "<portgroup name='engineering' default='yes' trustGuestRxFilters='yes'/>"),
    OK("portgroup-delete", DELETE, PORTGROUP, -1, "<portgroup name='engineering'/>"),
    OK("dns-host-add", ADD_LAST, DNS_HOST, -1,
       "<host ip='192.168.125.3'><hostname>host</hostname><hostname>alias</hostname></host>"),
    OK("dns-host-add-first", ADD_FIRST, DNS_HOST, -1,
       "<host ip='192.168.125.3'><hostname>other</hostname></host>"),
    OK("dns-host-delete-ip", DELETE, DNS_HOST, -1, "<host ip='192.168.125.2'/>"),
    OK("dns-host-delete-name", DELETE, DNS_HOST, -1, "<host><hostname>host</hostname></host>"),
    OK("dns-txt-add", ADD_LAST, DNS_TXT, -1, "<txt name='other' value='text'/>"),
    OK("dns-txt-add-first", ADD_FIRST, DNS_TXT, -1, "<txt name='other' value='text'/>"),
    OK("dns-txt-delete", DELETE, DNS_TXT, -1, "<txt name='example'/>"),
    OK("dns-srv-add", ADD_LAST, DNS_SRV, -1, "<srv service='ldap' protocol='udp'/>"),
    OK("dns-srv-add-first", ADD_FIRST, DNS_SRV, -1,
       "<srv service='ldap' protocol='tcp' target='srv.example' port='389'/>"),
    OK("dns-srv-delete", DELETE, DNS_SRV, -1, "<srv service='name'/>"),

    ERR("err-malformed", ADD_LAST, IP_DHCP_HOST, -1, "<host", XML_DETAIL,
        "network_update_xml:1: Couldn't find end of Start Tag host line 1\n<host\n-----^"),
    ERR("err-element", ADD_LAST, IP_DHCP_HOST, -1,
        "<range start='192.168.125.5' end='192.168.125.6'/>", XML_ERROR,
        "XML error: unexpected element <range>, expecting <host>, while updating network 'updnet'"),
    ERR("err-index", ADD_LAST, IP_DHCP_HOST, 5,
        "<host mac='52:54:00:00:00:02' ip='192.168.125.12'/>", OPERATION_INVALID,
        INVALID "couldn't update dhcp host entry - no <ip> element found at index 5 in network 'updnet'"),
    ERR("err-family", ADD_LAST, IP_DHCP_HOST, 0, "<host name='x' ip='2001:db8:ac10:fe01::5'/>",
        OPERATION_INVALID,
        INVALID "the address family of a host entry IP must match the address family of the dhcp element's parent"),
    ERR("err-dhcp-host-dup", ADD_LAST, IP_DHCP_HOST, -1,
        "<host mac='52:54:00:00:00:02' name='one' ip='192.168.125.12'/>", OPERATION_INVALID,
        INVALID "there is an existing dhcp host entry in network 'updnet' that matches \"<host mac='52:54:00:00:00:02' name='one' ip='192.168.125.12'/>\""),
    ERR("err-dhcp-host-modify", MODIFY, IP_DHCP_HOST, -1,
        "<host mac='52:54:00:00:00:02' ip='192.168.125.12'/>", OPERATION_INVALID,
        INVALID "couldn't locate an existing dhcp host entry with \"mac='52:54:00:00:00:02'\" \"name='(null)'\" \"ip='192.168.125.12'\" in network 'updnet'"),
    ERR("err-dhcp-host-delete", DELETE, IP_DHCP_HOST, -1, "<host name='nobody'/>",
        OPERATION_INVALID,
        INVALID "couldn't locate a matching dhcp host entry in network 'updnet'"),
    ERR("err-dhcp-host-partial", DELETE, IP_DHCP_HOST, -1, "<host/>", XML_ERROR,
        "XML error: At least one of name, mac, or ip attribute must be specified for static host definition in network 'updnet' "),
    ERR("err-dhcp-host-noip", ADD_LAST, IP_DHCP_HOST, -1, "<host mac='52:54:00:00:00:02'/>",
        XML_ERROR, "XML error: Missing IP address in static host definition for network 'updnet'"),
    ERR("err-dhcp-host-multicast", ADD_LAST, IP_DHCP_HOST, -1,
        "<host mac='01:54:00:00:00:02' ip='192.168.125.12'/>", XML_ERROR,
        "XML error: expected unicast mac address, found multicast '01:54:00:00:00:02' in network 'updnet'"),
    ERR("err-dhcp-range-modify", MODIFY, IP_DHCP_RANGE, -1,
        "<range start='192.168.125.10' end='192.168.125.100'/>", OPERATION_UNSUPPORTED,
        UNSUPPORTED "dhcp ranges cannot be modified, only added or deleted"),
    ERR("err-dhcp-range-dup", ADD_LAST, IP_DHCP_RANGE, -1,
        "<range start='192.168.125.10' end='192.168.125.100'/>", OPERATION_INVALID,
        INVALID "there is an existing dhcp range entry in network 'updnet' that matches \"<range start='192.168.125.10' end='192.168.125.100'/>\""),
    ERR("err-dhcp-range-delete", DELETE, IP_DHCP_RANGE, -1,
        "<range start='192.168.125.10' end='192.168.125.101'/>", OPERATION_INVALID,
        INVALID "couldn't locate a matching dhcp range entry in network 'updnet'"),
    ERR("err-dhcp-range-outside", ADD_LAST, IP_DHCP_RANGE, -1,
        "<range start='10.0.0.1' end='10.0.0.9'/>", INTERNAL_ERROR,
        "internal error: range 10.0.0.1 - 10.0.0.9 is not entirely within network 192.168.125.1/24"),
    ERR("err-forward-interface-modify", MODIFY, FORWARD_INTERFACE, -1, "<interface dev='eth0'/>",
        OPERATION_UNSUPPORTED,
        UNSUPPORTED "forward interface entries cannot be modified, only added or deleted"),
    ERR("err-forward-interface-nodev", ADD_LAST, FORWARD_INTERFACE, -1, "<interface/>",
        XML_ERROR, "XML error: missing dev attribute in <interface> element"),
    ERR("err-forward-interface-delete", DELETE, FORWARD_INTERFACE, -1, "<interface dev='eth0'/>",
        OPERATION_INVALID,
        INVALID "couldn't find an interface entry in network 'updnet' matching <interface dev='eth0'>"),
    ERR("err-portgroup-dup", ADD_LAST, PORTGROUP, -1, "<portgroup name='engineering'/>",
        OPERATION_INVALID,
        INVALID "there is an existing portgroup entry in network 'updnet' that matches \"<portgroup name='engineering'>\""),
    ERR("err-portgroup-default", ADD_LAST, PORTGROUP, -1, "<portgroup name='sales' default='yes'/>",
        OPERATION_INVALID,
        INVALID "a different portgroup entry in network 'updnet' is already set as the default. Only one default is allowed."),
    ERR("err-portgroup-missing", MODIFY, PORTGROUP, -1, "<portgroup name='sales'/>",
        OPERATION_INVALID,
        INVALID "couldn't find a portgroup entry in network 'updnet' matching <portgroup name='sales'>"),
    ERR("err-portgroup-noname", ADD_LAST, PORTGROUP, -1, "<portgroup/>", XML_ERROR,
        "XML error: Missing required name attribute in portgroup"),
    ERR("err-dns-host-modify", MODIFY, DNS_HOST, -1, "<host ip='192.168.125.2'/>",
        OPERATION_UNSUPPORTED, UNSUPPORTED "DNS HOST records cannot be modified, only added or deleted"),
    ERR("err-dns-host-dup", ADD_LAST, DNS_HOST, -1,
        "<host ip='192.168.125.2'><hostname>x</hostname></host>", OPERATION_INVALID,
        INVALID "there is already at least one DNS HOST record with a matching field in network updnet"),
    ERR("err-dns-host-delete", DELETE, DNS_HOST, -1, "<host ip='192.168.125.99'/>",
        OPERATION_INVALID, INVALID "couldn't locate a matching DNS HOST record in network updnet"),
    ERR("err-dns-host-empty", DELETE, DNS_HOST, -1, "<host/>", XML_DETAIL,
        "Missing ip and hostname in network 'updnet' DNS HOST record"),
    ERR("err-dns-txt-dup", ADD_LAST, DNS_TXT, -1, "<txt name='example' value='x'/>",
        OPERATION_INVALID,
        INVALID "there is already a DNS TXT record with name 'example' in network updnet"),
    ERR("err-dns-txt-delete", DELETE, DNS_TXT, -1, "<txt name='nosuch'/>", OPERATION_INVALID,
        INVALID "couldn't locate a matching DNS TXT record in network updnet"),
    ERR("err-dns-txt-novalue", ADD_LAST, DNS_TXT, -1, "<txt name='other'/>", XML_DETAIL,
        "missing required value attribute in DNS TXT record named 'other' of network updnet"),
    ERR("err-dns-srv-dup", ADD_LAST, DNS_SRV, -1, "<srv service='name' protocol='tcp'/>",
        OPERATION_INVALID,
        INVALID "there is already at least one DNS SRV record matching all specified fields in network updnet"),
    ERR("err-dns-srv-delete", DELETE, DNS_SRV, -1, "<srv service='nosuch'/>", OPERATION_INVALID,
        INVALID "couldn't locate a matching DNS SRV record in network updnet"),
    ERR("err-dns-srv-noproto", ADD_LAST, DNS_SRV, -1, "<srv service='ldap'/>", XML_DETAIL,
        "missing required protocol attribute in DNS SRV record 'ldap' of network 'updnet'"),
    ERR("err-section-bridge", ADD_LAST, BRIDGE, -1, "<bridge name='x'/>", OPERATION_UNSUPPORTED,
        UNSUPPORTED "can't update 'bridge' section of network 'updnet'"),
    ERR("err-section-domain", MODIFY, DOMAIN, -1, "<domain name='x'/>", OPERATION_UNSUPPORTED,
        UNSUPPORTED "can't update 'domain' section of network 'updnet'"),
    ERR("err-section-ip", ADD_LAST, IP, -1, "<ip address='10.0.0.1'/>", OPERATION_UNSUPPORTED,
        UNSUPPORTED "can't update 'ip' section of network 'updnet'"),
    ERR("err-section-forward", ADD_LAST, FORWARD, -1, "<forward mode='route'/>",
        OPERATION_UNSUPPORTED, UNSUPPORTED "can't update 'forward' section of network 'updnet'"),
    ERR("err-section-forward-pf", ADD_LAST, FORWARD_PF, -1, "<pf dev='eth0'/>",
        OPERATION_UNSUPPORTED, UNSUPPORTED "can't update 'forward pf' section of network 'updnet'"),
};
/* clang-format on */


static char *
testDataPath(const char *name)
{
    const char *srcdir = g_getenv("abs_srcdir");

    if (!srcdir)
        srcdir = MODVIRT_SOURCE_ROOT "/tests";
    return g_strdup_printf("%s/virnetworkupdatedata/%s.xml", srcdir, name);
}


static virNetworkDef *
testParseBase(void)
{
    g_autofree char *path = testDataPath("base");
    virNetworkDef *def = virNetworkDefParseFile(path, 0);

    if (!def)
        g_printerr("%s: %s\n", path, virGetLastErrorMessage());
    g_assert_nonnull(def);
    return def;
}


/* Asserts the last error's code and (unless NULL) full message, then resets it. */
static void
testCheckError(int code, const char *message)
{
    if (virGetLastErrorCode() != code || (message && g_strcmp0(virGetLastErrorMessage(), message)))
        g_printerr("got error %d: '%s'\n", virGetLastErrorCode(), virGetLastErrorMessage());
    g_assert_cmpint(virGetLastErrorCode(), ==, code);
    if (message)
        g_assert_cmpstr(virGetLastErrorMessage(), ==, message);
    virResetLastError();
}


static void
testSection(const void *opaque)
{
    const testSectionCase *tc = opaque;
    g_autoptr(virNetworkDef) def = testParseBase();
    g_autofree char *path = NULL;
    g_autofree char *expected = NULL;
    g_autofree char *actual = NULL;
    int rc;

    rc = virNetworkDefUpdateSection(def, tc->command, tc->section, tc->parentIndex, tc->xml, 0);
    if (tc->code) {
        g_assert_cmpint(rc, ==, -1);
        testCheckError(tc->code, tc->message);
        return;
    }
    if (rc < 0)
        g_printerr("%s: %s\n", tc->name, virGetLastErrorMessage());
    g_assert_cmpint(rc, ==, 0);

    path = testDataPath(tc->name);
    g_assert_true(g_file_get_contents(path, &expected, NULL, NULL));
    actual = virNetworkDefFormat(def, 0);
    g_assert_nonnull(actual);
    g_assert_cmpstr(actual, ==, expected);
}


/* Codes outside the enums are refused with libvirt's messages. */
static void
testUnknownCodes(void)
{
    g_autoptr(virNetworkDef) def = testParseBase();

    g_assert_cmpint(
        virNetworkDefUpdateSection(def, 99, VIR_NETWORK_SECTION_IP_DHCP_HOST, -1,
                                   "<host mac='52:54:00:00:00:02' ip='192.168.125.12'/>", 0),
        ==, -1);
    testCheckError(VIR_ERR_OPERATION_UNSUPPORTED,
                   UNSUPPORTED "unrecognized network update command code 99");
    g_assert_cmpint(virNetworkDefUpdateSection(def, ADD_LAST, 99, -1, "<host/>", 0), ==, -1);
    testCheckError(VIR_ERR_OPERATION_UNSUPPORTED,
                   UNSUPPORTED "can't update unrecognized section of network");
    g_assert_cmpint(
        virNetworkDefUpdateSection(def, ADD_LAST, VIR_NETWORK_SECTION_NONE, -1, "<host/>", 0), ==,
        -1);
    testCheckError(VIR_ERR_OPERATION_UNSUPPORTED, NULL);
}


/* DHCP is served on one <ip> per family: a second IPv4 one may not get records. */
static void
testMultiDHCP(void)
{
    g_autoptr(virNetworkDef) def = virNetworkDefParseString(
        "<network><name>two</name><bridge name='virbr7'/>"
        "<ip address='10.1.0.1' prefix='24'><dhcp><range start='10.1.0.2' end='10.1.0.9'/></dhcp></ip>"
        "<ip address='10.2.0.1' prefix='24'/></network>",
        0);

    g_assert_nonnull(def);
    g_assert_cmpint(virNetworkDefUpdateSection(def, ADD_LAST, VIR_NETWORK_SECTION_IP_DHCP_HOST, 1,
                                               "<host mac='52:54:00:00:00:02' ip='10.2.0.5'/>", 0),
                    ==, -1);
    testCheckError(VIR_ERR_OPERATION_INVALID,
                   INVALID "dhcp is supported only for a single IPv4 address on each network");
    /* without an index, the <ip> that already has DHCP is the one */
    g_assert_cmpint(virNetworkDefUpdateSection(def, ADD_LAST, VIR_NETWORK_SECTION_IP_DHCP_HOST, -1,
                                               "<host mac='52:54:00:00:00:02' ip='10.1.0.5'/>", 0),
                    ==, 0);
    g_assert_cmpuint(def->ips[0].nhosts, ==, 1);
    g_assert_cmpuint(def->ips[1].nhosts, ==, 0);
}


/* Without any <ip> there is no DHCP to update. */
static void
testNoIP(void)
{
    g_autoptr(virNetworkDef) def =
        virNetworkDefParseString("<network><name>bare</name><bridge name='virbr8'/></network>", 0);

    g_assert_nonnull(def);
    g_assert_cmpint(virNetworkDefUpdateSection(def, ADD_LAST, VIR_NETWORK_SECTION_IP_DHCP_RANGE, -1,
                                               "<range start='10.0.0.2' end='10.0.0.9'/>", 0),
                    ==, -1);
    testCheckError(VIR_ERR_OPERATION_INVALID, INVALID
                   "couldn't update dhcp host entry - no <ip> element found in network 'bare'");
}


/* ---- virNetworkObjUpdate ---- */

#define HOST_A "<host mac='52:54:00:00:00:0a' ip='192.168.125.30'/>"

/* A network object from base.xml: @active, @persistent. */
static virNetworkObj *
testObjNew(virNetworkObjList *list, bool active, bool persistent)
{
    g_autoptr(virNetworkDef) def = testParseBase();
    virNetworkObj *obj;

    obj = virNetworkObjListAssignDef(list, &def, persistent ? 0 : VIR_NETWORK_OBJ_LIST_ADD_LIVE);
    g_assert_nonnull(obj);
    obj->active = active;
    return obj;
}


/* Number of DHCP hosts of @def's first <ip> (NULL: -1). */
static int
testHosts(const virNetworkDef *def)
{
    return def ? (int)def->ips[0].nhosts : -1;
}


/*
 * Runs one DHCP host update on @obj and checks its result and the hosts of
 * the live and the persistent (newDef) definitions (-1: no definition).
 */
static void
testObjStep(virNetworkObj *obj,
            unsigned int command,
            const char *xml,
            unsigned int flags,
            int rc,
            int liveHosts,
            int newHosts)
{
    g_assert_cmpint(
        virNetworkObjUpdate(obj, command, VIR_NETWORK_SECTION_IP_DHCP_HOST, -1, xml, flags), ==,
        rc);
    g_assert_cmpint(testHosts(obj->def), ==, liveHosts);
    g_assert_cmpint(testHosts(obj->newDef), ==, newHosts);
}


static void
testObjRefused(void)
{
    g_autoptr(virNetworkObjList) list = virNetworkObjListNew();
    virNetworkObj *obj = testObjNew(list, false, true);

    testObjStep(obj, ADD_LAST, HOST_A, LIVE, -1, 1, -1);
    testCheckError(VIR_ERR_OPERATION_INVALID, INVALID "network is not running");
    virNetworkObjListRemove(list, obj);
    virNetworkObjEndAPI(&obj);

    obj = testObjNew(list, true, false);
    testObjStep(obj, ADD_LAST, HOST_A, CONFIG, -1, 1, -1);
    testCheckError(VIR_ERR_OPERATION_INVALID,
                   INVALID "cannot change persistent config of a transient network");
    /* the live definition of a transient network can change */
    testObjStep(obj, ADD_LAST, HOST_A, LIVE, 0, 2, -1);
    virNetworkObjEndAPI(&obj);
}


static void
testObjInactive(void)
{
    g_autoptr(virNetworkObjList) list = virNetworkObjListNew();
    virNetworkObj *obj = testObjNew(list, false, true);

    /* an inactive network has one definition, the persistent one */
    testObjStep(obj, ADD_LAST, HOST_A, CONFIG, 0, 2, -1);
    virNetworkObjEndAPI(&obj);
}


static void
testObjActive(void)
{
    g_autoptr(virNetworkObjList) list = virNetworkObjListNew();
    virNetworkObj *obj = testObjNew(list, true, true);

    /* CONFIG on a running network: a persistent definition apart from the live one */
    testObjStep(obj, ADD_LAST, HOST_A, CONFIG, 0, 1, 2);
    /* both: the live one fits, the persistent one has the host already, so nothing changes */
    testObjStep(obj, ADD_LAST, HOST_A, LIVE | CONFIG, -1, 1, 2);
    testCheckError(VIR_ERR_OPERATION_INVALID, NULL);
    testObjStep(obj, DELETE, "<host ip='192.168.125.11'/>", LIVE | CONFIG, 0, 0, 1);
    virNetworkObjEndAPI(&obj);
}


/* A change the definition cannot hold fails the final format/parse check. */
static void
testObjCheckCycle(void)
{
    g_autoptr(virNetworkObjList) list = virNetworkObjListNew();
    g_autoptr(virNetworkDef) def = virNetworkDefParseString(
        "<network><name>nodns</name><bridge name='virbr9'/><dns enable='no'/></network>", 0);
    virNetworkObj *obj;

    g_assert_nonnull(def);
    obj = virNetworkObjListAssignDef(list, &def, 0);
    g_assert_nonnull(obj);
    obj->active = true;
    g_assert_cmpint(virNetworkObjUpdate(obj, ADD_LAST, VIR_NETWORK_SECTION_DNS_TXT, -1,
                                        "<txt name='a' value='b'/>", LIVE),
                    ==, -1);
    testCheckError(VIR_ERR_XML_ERROR, "XML error: Extra data in disabled network 'nodns'");
    g_assert_cmpuint(obj->def->dns.ntxts, ==, 0);
    virNetworkObjEndAPI(&obj);
}


int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);

    for (i = 0; i < G_N_ELEMENTS(sectionCases); i++) {
        g_autofree char *path =
            g_strdup_printf("/conf/networkupdate/section/%s", sectionCases[i].name);

        g_test_add_data_func(path, &sectionCases[i], testSection);
    }
    g_test_add_func("/conf/networkupdate/unknown-codes", testUnknownCodes);
    g_test_add_func("/conf/networkupdate/multi-dhcp", testMultiDHCP);
    g_test_add_func("/conf/networkupdate/no-ip", testNoIP);
    g_test_add_func("/conf/networkupdate/obj/refused", testObjRefused);
    g_test_add_func("/conf/networkupdate/obj/inactive", testObjInactive);
    g_test_add_func("/conf/networkupdate/obj/active", testObjActive);
    g_test_add_func("/conf/networkupdate/obj/check-cycle", testObjCheckCycle);
    return g_test_run();
}
