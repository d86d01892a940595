/*
 * virdomainnettest.c: tests for <interface> devices
 *
 * Whole domains from tests/virdomainnetdata/NAME.xml are parsed as libvirt's
 * test driver does and formatted; NAME-out.xml holds what libvirt 9.0
 * printed for the same input (generated once with its test driver and
 * committed). Invalid inputs must fail with libvirt's error code and
 * domain. Direct checks of single functions follow the table.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virdomaindef.h"
#include "virdomaindevtestutils.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_NONE

static const virDomainDevTestCase cases[] = {
    TEST_OK("net-network"),
    TEST_OK("net-network-portgroup"),
    TEST_OK("net-bridge"),
    TEST_OK("net-user"),
    TEST_OK("net-default-type"),
    TEST_OK("net-ethernet-managed-no"),
    TEST_OK("net-ethernet-ips"),
    TEST_OK("net-direct"),
    TEST_OK("net-direct-default-mode"),
    TEST_OK("net-direct-qbg"),
    TEST_OK("net-hostdev-pci"),
    TEST_OK("net-hostdev-usb"),
    TEST_OK("net-vhostuser"),
    TEST_OK("net-vhostuser-reconnect"),
    TEST_OK("net-server-client"),
    TEST_OK("net-mcast-udp"),
    TEST_OK("net-vdpa-null"),
    TEST_OK("net-vds"),
    TEST_OK("net-internal"),
    TEST_OK("net-full-options"),
    TEST_OK("net-bridge-port-teaming"),
    TEST_OK("net-model-case"),
    TEST_OK("net-driver-nonvirtio-dropped"),
    TEST_OK("net-driver-queues-one"),
    TEST_OK("net-filterref-sorted"),
    TEST_OK("net-filterref-user-dropped"),
    TEST_OK("net-target-generated-names"),
    TEST_OK("net-portforward"),
    TEST_OK("net-mac-short-groups"),
    TEST_OK("net-mtu-coalesce-zero"),
    TEST_OK("net-network-vport-instance"),
    TEST_OK("net-bandwidth-empty"),
    TEST_OK("net-hostdev-address"),
    TEST_OK("net-address-types"),
    TEST_OK("net-escape"),
    /* XML error: expected unicast mac address, found multicast '01:54:00:11:22:33' */
    TEST_BAD("bad-net-multicast-mac", 27, 20),
    /* XML error: interface type='network' requires a 'source' element */
    TEST_BAD("bad-net-no-source", 27, 20),
    /* invalid argument: Model name contains invalid characters */
    TEST_BAD("bad-net-model-chars", 8, 20),
    /* internal error: Wrong or no <model> 'type' attribute specified with <interface
     * type='vhostuser'/>. vhostuser requires the virtio-net* frontend */
    TEST_BAD("bad-net-vhostuser-model", 1, 20),
    /* unsupported configuration: <virtualport> element unsupported for <interface type='user'> */
    TEST_BAD("bad-net-virtualport-user", 67, 20),
    /* unsupported configuration: iommu driver option is only supported for virtio devices */
    TEST_BAD("bad-net-iommu-e1000", 67, 20),
    /* numerical overflow: value '4294967296' is too big for coalesce parameter, maximum is
     * '4294967295' */
    TEST_BAD("bad-net-coalesce-overflow", 82, 20),
    /* unsupported configuration: teaming persistent attribute must be set if teaming type is
     * 'transient' */
    TEST_BAD("bad-net-teaming-transient", 67, 20),
    TEST_OK("net-hostdev-virtio-driver"),
    /* unsupported configuration: unmanaged target dev is not supported on interfaces of type
     * 'bridge' */
    TEST_BAD("bad-net-unmanaged-bridge", 67, 20),
    /* unsupported configuration: interface 52:54:00:d4:00:44 - <port isolated='yes'/> is not
     * supported for network interfaces with type='direct' */
    TEST_BAD("bad-net-isolated-direct", 67, 20),
    /* XML error: Hostdev already exists in the domain configuration */
    TEST_BAD("bad-net-hostdev-twice", 27, 20),
};

/* Builds an interface of @type named @ifname (NULL: none). */
static virDomainNetDef *
testNetNew(int type, const char *ifname)
{
    virDomainNetDef *net = g_new0(virDomainNetDef, 1);

    net->type = type;
    net->ifname = g_strdup(ifname);
    return net;
}


/* The test driver fills the first free testnetN, skipping names in use. */
static void
testNetTestDriverNames(void)
{
    g_autoptr(virDomainDef) def = virDomainDefNew();

    def->nets = g_new0(virDomainNetDef *, 3);
    def->nets[def->nnets++] = testNetNew(VIR_DOMAIN_NET_TYPE_USER, NULL);
    def->nets[def->nnets++] = testNetNew(VIR_DOMAIN_NET_TYPE_USER, "testnet0");
    def->nets[def->nnets++] = testNetNew(VIR_DOMAIN_NET_TYPE_USER, NULL);
    g_assert_cmpint(virDomainNetTestDriverPostParse(def), ==, 0);
    g_assert_cmpstr(def->nets[0]->ifname, ==, "testnet1");
    g_assert_cmpstr(def->nets[1]->ifname, ==, "testnet0");
    g_assert_cmpstr(def->nets[2]->ifname, ==, "testnet2");
}


/* Known models are canonical, unknown ones are kept as given. */
static void
testNetModelString(void)
{
    g_autoptr(virDomainNetDef) net = testNetNew(VIR_DOMAIN_NET_TYPE_USER, NULL);

    g_assert_null(virDomainNetGetModelString(net));
    net->model = VIR_DOMAIN_NET_MODEL_AM79C970A;
    g_assert_cmpstr(virDomainNetGetModelString(net), ==, "Am79C970A");
    g_assert_false(virDomainNetIsVirtioModel(net));
    net->model = VIR_DOMAIN_NET_MODEL_UNKNOWN;
    net->modelstr = g_strdup("NE2K_PCI");
    g_assert_cmpstr(virDomainNetGetModelString(net), ==, "NE2K_PCI");
    net->model = VIR_DOMAIN_NET_MODEL_VIRTIO_TRANSITIONAL;
    g_assert_true(virDomainNetIsVirtioModel(net));
}


/* The virtio transport options are refused for a non-virtio model. */
static void
testNetVirtioOptions(void)
{
    virDomainVirtioOptions opts = { 0 };

    g_assert_false(virDomainVirtioOptionsIsSet(&opts));
    g_assert_cmpint(virDomainVirtioOptionsCheckNonVirtio(&opts), ==, 0);
    opts.packed = VIR_TRISTATE_SWITCH_OFF;
    g_assert_true(virDomainVirtioOptionsIsSet(&opts));
    g_assert_cmpint(virDomainVirtioOptionsCheckNonVirtio(&opts), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_CONFIG_UNSUPPORTED);
    g_assert_nonnull(strstr(virGetLastErrorMessage(),
                            "packed driver option is only supported for virtio devices"));
}


static void
testRegisterUnit(void)
{
    g_test_add_func("/conf/domain/net/unit/testdriver-names", testNetTestDriverNames);
    g_test_add_func("/conf/domain/net/unit/model-string", testNetModelString);
    g_test_add_func("/conf/domain/net/unit/virtio-options", testNetVirtioOptions);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    virDomainDevTestRegister("/conf/domain/net", "virdomainnetdata", cases, G_N_ELEMENTS(cases));
    testRegisterUnit();
    return g_test_run();
}
