/*
 * virtestnode.c: the node descriptions of the test driver
 *
 * test:///default starts from libvirt's built-in node (the running domain
 * "test", network "default", pool "default-pool", 2 NUMA cells of 8 CPUs);
 * test:///PATH reads a <node> document in libvirt's test driver format:
 *
 *   <node xmlns:test="http://libvirt.org/schemas/domain/test/1.0">
 *     <cpu><nodes/><sockets/><cores/><threads/><active/><mhz/><model/></cpu>
 *     <memory>KiB</memory>
 *     <domain ...>...<test:runstate>N</test:runstate><test:transient/>
 *        <test:hasmanagedsave/><test:domainsnapshot>...</test:domainsnapshot></domain>
 *     <domain file='dom.xml'/>      (relative to the node file)
 *     <network>...</network>
 *     <pool>...<volume>...</volume><volume file='vol.xml'/></pool>
 *   </node>
 *
 * Interfaces, node devices and <auth> users are not modelled.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include <libxml/xpathInternals.h>

#include "internal.h"
#include "virerror.h"
#include "virfile.h"
#include "virlog.h"
#include "virtestdriverpriv.h"
#include "virxml.h"

#define VIR_FROM_THIS VIR_FROM_TEST

VIR_LOG_INIT("testd.node");

static const char testDefaultNodeXML[] =
    "<node>"
    "<domain type='test'>"
    "  <name>test</name>"
    "  <uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid>"
    "  <memory>8388608</memory>"
    "  <currentMemory>2097152</currentMemory>"
    "  <vcpu>2</vcpu>"
    "  <os><type>hvm</type></os>"
    "  <devices>"
    "    <disk type='file' device='disk'>"
    "      <source file='/guest/diskimage1'/>"
    "      <target dev='vda' bus='virtio'/>"
    "      <address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/>"
    "    </disk>"
    "    <interface type='network'>"
    "      <mac address='aa:bb:cc:dd:ee:ff'/>"
    "      <source network='default' bridge='virbr0'/>"
    "      <address type='pci' domain='0x0000' bus='0x00' slot='0x1' function='0x0'/>"
    "    </interface>"
    "    <memballoon model='virtio'>"
    "      <address type='pci' domain='0x0000' bus='0x00' slot='0x2' function='0x0'/>"
    "    </memballoon>"
    "  </devices>"
    "</domain>"
    "<network>"
    "  <name>default</name>"
    "  <uuid>dd8fe884-6c02-601e-7551-cca97df1c5df</uuid>"
    "  <bridge name='virbr0'/>"
    "  <forward/>"
    "  <ip address='192.168.122.1' netmask='255.255.255.0'>"
    "    <dhcp><range start='192.168.122.2' end='192.168.122.254'/></dhcp>"
    "  </ip>"
    "</network>"
    "<pool type='dir'>"
    "  <name>default-pool</name>"
    "  <uuid>dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566</uuid>"
    "  <target><path>/default-pool</path></target>"
    "</pool>"
    "</node>";


/* Reads and parses @path; errors as libvirt's test driver reports them. */
static xmlDocPtr
testParseFile(const char *path, const char *root, xmlXPathContextPtr *ctxt)
{
    g_autofree char *content = NULL;

    if (!g_file_get_contents(path, &content, NULL, NULL)) {
        virReportError(VIR_ERR_XML_ERROR, _("failed to parse xml document '%1$s'"), path);
        return NULL;
    }
    return virXMLParseHelper(VIR_FROM_THIS, NULL, content, path, root, ctxt, NULL, false);
}


/*
 * An element with file='...' stands for the root of that file (relative
 * to the node file @base): the file's root replaces it in the document.
 * Returns the element to parse, or NULL with an error.
 */
static xmlNodePtr
testParseXMLDocFromFile(xmlNodePtr node, const char *base, const char *type)
{
    g_autofree char *rel = virXMLPropString(node, "file");
    g_autofree char *path = NULL;
    g_autofree char *dir = NULL;
    g_autoptr(xmlDoc) doc = NULL;
    xmlNodePtr copy;

    if (!rel)
        return node;
    if (g_path_is_absolute(rel) || !base) {
        path = g_strdup(rel);
    } else {
        dir = g_path_get_dirname(base);
        path = g_strdup_printf("%s/%s", dir, rel);
    }
    if (!(doc = testParseFile(path, type, NULL)))
        return NULL;
    copy = xmlDocCopyNode(xmlDocGetRootElement(doc), node->doc, 1);
    if (!copy) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("Failed to copy XML node"));
        return NULL;
    }
    xmlReplaceNode(node, copy);
    xmlFreeNode(node);
    return copy;
}


/* One /node/cpu/ or /node/ number: 0 found, 1 absent, -1 error reported. */
static int
testParseNodeNumber(xmlXPathContextPtr ctxt, const char *what, const char *xpath, long *value)
{
    int rc = virXPathLong(xpath, ctxt, value);

    if (rc == -2) {
        virReportError(VIR_ERR_XML_ERROR, _("invalid node %1$s value"), what);
        return -1;
    }
    return rc == 0 ? 0 : 1;
}


static int
testParseNodeInfo(virNodeInfo *info, xmlXPathContextPtr ctxt)
{
    g_autofree char *model = NULL;
    long l;
    int rc;

    if ((rc = testParseNodeNumber(ctxt, "cpu nodes", "string(/node/cpu/nodes[1])", &l)) < 0)
        return -1;
    if (rc == 0)
        info->nodes = l;
    if ((rc = testParseNodeNumber(ctxt, "cpu sockets", "string(/node/cpu/sockets[1])", &l)) < 0)
        return -1;
    if (rc == 0)
        info->sockets = l;
    if ((rc = testParseNodeNumber(ctxt, "cpu cores", "string(/node/cpu/cores[1])", &l)) < 0)
        return -1;
    if (rc == 0)
        info->cores = l;
    if ((rc = testParseNodeNumber(ctxt, "cpu threads", "string(/node/cpu/threads[1])", &l)) < 0)
        return -1;
    if (rc == 0)
        info->threads = l;
    info->cpus = info->cores * info->threads * info->sockets * info->nodes;
    if ((rc = testParseNodeNumber(ctxt, "cpu active", "string(/node/cpu/active[1])", &l)) < 0)
        return -1;
    if (rc == 0 && l < (long)info->cpus)
        info->cpus = l;
    if ((rc = testParseNodeNumber(ctxt, "cpu mhz", "string(/node/cpu/mhz[1])", &l)) < 0)
        return -1;
    if (rc == 0)
        info->mhz = l;
    if ((model = virXPathString("string(/node/cpu/model[1])", ctxt))) {
        if (strlen(model) >= sizeof(info->model)) {
            virReportError(VIR_ERR_INTERNAL_ERROR, _("Model %1$s too big for destination"), model);
            return -1;
        }
        g_strlcpy(info->model, model, sizeof(info->model));
    }
    if ((rc = testParseNodeNumber(ctxt, "memory", "string(/node/memory[1])", &l)) < 0)
        return -1;
    if (rc == 0)
        info->memory = l;
    return 0;
}


/* The test: namespace data of one domain. */
typedef struct {
    int runstate;
    bool transient;
    bool hasManagedSave;
} testDomainNS;


static int
testParseDomainNS(xmlXPathContextPtr ctxt, testDomainNS *ns)
{
    unsigned int state;
    int rc;

    ns->transient = virXPathBoolean("boolean(./test:transient)", ctxt) == 1;
    ns->hasManagedSave = virXPathBoolean("boolean(./test:hasmanagedsave)", ctxt) == 1;
    rc = virXPathUInt("string(./test:runstate)", ctxt, &state);
    if (rc == 0) {
        if (state >= VIR_DOMAIN_LAST) {
            virReportError(VIR_ERR_XML_ERROR, _("runstate '%1$d' out of range'"), state);
            return -1;
        }
        ns->runstate = state;
    } else if (rc == -1) {
        ns->runstate = VIR_DOMAIN_RUNNING;
    } else {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("invalid runstate"));
        return -1;
    }
    if (ns->transient && ns->runstate == VIR_DOMAIN_SHUTOFF) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("transient domain cannot have runstate 'shutoff'"));
        return -1;
    }
    if (ns->hasManagedSave && ns->runstate != VIR_DOMAIN_SHUTOFF) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("domain with managedsave data can only have runstate 'shutoff'"));
        return -1;
    }
    return 0;
}


static int
testParseDomainSnapshots(virTestDriver *driver,
                         virDomainObj *vm,
                         const char *file,
                         xmlXPathContextPtr ctxt)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n = virXPathNodeSet("./test:domainsnapshot", ctxt, &nodes);
    size_t i;

    for (i = 0; n > 0 && i < (size_t)n; i++) {
        g_autoptr(virDomainSnapshotDef) def = NULL;
        xmlNodePtr node;
        bool current = false;

        if (!(node = testParseXMLDocFromFile(nodes[i], file, "domainsnapshot")) ||
            !(def = virDomainSnapshotDefParseNode(ctxt, node, driver->xmlopt, &current,
                                                  VIR_DOMAIN_SNAPSHOT_PARSE_REDEFINE)))
            return -1;
        if (current && virDomainSnapshotObjListGetCurrent(vm->snapshots)) {
            virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                           _("more than one snapshot claims to be active"));
            return -1;
        }
        if (current)
            virDomainSnapshotObjListSetCurrent(vm->snapshots, def->name);
        if (!virDomainSnapshotObjListAdd(vm->snapshots, def))
            return -1;
        def = NULL;
    }
    return n < 0 ? -1 : 0;
}


static int
testParseDomain(virTestDriver *driver, const char *file, xmlXPathContextPtr ctxt, xmlNodePtr node)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autoptr(virDomainDef) def = NULL;
    testDomainNS ns = { 0 };
    virDomainObj *vm = NULL;
    int ret = -1;

    if (!(node = testParseXMLDocFromFile(node, file, "domain")) ||
        !(def = virDomainDefParseNode(ctxt, node, driver->xmlopt, VIR_DOMAIN_DEF_PARSE_INACTIVE)))
        return -1;
    ctxt->node = node;
    if (testParseDomainNS(ctxt, &ns) < 0 ||
        !(vm = virDomainObjListAdd(driver->domains, &def, 0, NULL)))
        return -1;

    if (testParseDomainSnapshots(driver, vm, file, ctxt) < 0)
        goto cleanup;
    vm->persistent = !ns.transient;
    vm->hasManagedSave = ns.hasManagedSave;
    if (ns.runstate != VIR_DOMAIN_SHUTOFF) {
        if (virTestDomainStartState(driver, vm, VIR_DOMAIN_RUNNING_BOOTED) < 0)
            goto cleanup;
    } else {
        virTestDomainShutdownState(NULL, vm, 0);
    }
    /* the file names the state; the reason is unknown */
    virDomainObjSetState(vm, ns.runstate, 0);
    ret = 0;

cleanup:
    virDomainObjEndAPI(&vm);
    return ret;
}


static int
testParseDomains(virTestDriver *driver, const char *file, xmlXPathContextPtr ctxt)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n = virXPathNodeSet("/node/domain", ctxt, &nodes);
    size_t i;

    for (i = 0; n > 0 && i < (size_t)n; i++) {
        if (testParseDomain(driver, file, ctxt, nodes[i]) < 0)
            return -1;
    }
    return n < 0 ? -1 : 0;
}


static int
testParseNetworks(virTestDriver *driver, const char *file, xmlXPathContextPtr ctxt)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n = virXPathNodeSet("/node/network", ctxt, &nodes);
    size_t i;

    for (i = 0; n > 0 && i < (size_t)n; i++) {
        g_autoptr(virNetworkDef) def = NULL;
        virNetworkObj *obj;
        xmlNodePtr node;

        if (!(node = testParseXMLDocFromFile(nodes[i], file, "network")) ||
            !(def = virNetworkDefParseNode(ctxt, node, 0)) ||
            !(obj = virNetworkObjListAssignDef(driver->networks, &def, 0)))
            return -1;
        obj->active = true;
        virNetworkObjEndAPI(&obj);
    }
    return n < 0 ? -1 : 0;
}


/* Adds the volumes of a pool of the node file. */
static int
testParseVolumes(
    virStoragePoolObj *pool, const char *file, xmlXPathContextPtr ctxt, xmlNodePtr *nodes, int n)
{
    virStoragePoolDef *pooldef = pool->def;
    size_t i;

    for (i = 0; n > 0 && i < (size_t)n; i++) {
        g_autoptr(virStorageVolDef) vol = NULL;
        xmlNodePtr node;

        if (!(node = testParseXMLDocFromFile(nodes[i], file, "volume")) ||
            !(vol = virStorageVolDefParseNode(pooldef, ctxt, node, 0)))
            return -1;
        if (!vol->target.path)
            vol->target.path = g_strdup_printf("%s/%s", pooldef->target.path, vol->name);
        if (!vol->key)
            vol->key = g_strdup(vol->target.path);
        pooldef->allocation += vol->allocation;
        pooldef->available = pooldef->capacity - pooldef->allocation;
        virStoragePoolObjAddVol(pool, g_steal_pointer(&vol));
    }
    return 0;
}


static int
testParsePool(virTestDriver *driver, const char *file, xmlXPathContextPtr ctxt, xmlNodePtr node)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autoptr(virStoragePoolDef) def = NULL;
    g_autofree xmlNodePtr *volnodes = NULL;
    virStoragePoolObj *pool;
    int nvols;
    int ret;

    /* the <volume> children of the node file, even for <pool file=...> */
    ctxt->node = node;
    if ((nvols = virXPathNodeSet("./volume", ctxt, &volnodes)) < 0)
        return -1;
    if (!(node = testParseXMLDocFromFile(node, file, "pool")) ||
        !(def = virStoragePoolDefParseNode(ctxt, node, 0)))
        return -1;
    def->capacity = VIR_TEST_POOL_CAPACITY;
    def->allocation = 0;
    def->available = VIR_TEST_POOL_CAPACITY;
    if (!(pool = virStoragePoolObjListAdd(driver->pools, &def, 0)))
        return -1;
    pool->persistent = true;
    pool->active = true;
    ret = testParseVolumes(pool, file, ctxt, volnodes, nvols);
    virStoragePoolObjEndAPI(&pool);
    return ret;
}


static int
testParseStorage(virTestDriver *driver, const char *file, xmlXPathContextPtr ctxt)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n = virXPathNodeSet("/node/pool", ctxt, &nodes);
    size_t i;

    for (i = 0; n > 0 && i < (size_t)n; i++) {
        if (testParsePool(driver, file, ctxt, nodes[i]) < 0)
            return -1;
    }
    return n < 0 ? -1 : 0;
}


/* Builds the capabilities from the node data (libvirt's test model). */
static int
testBuildCapabilities(virTestDriver *driver)
{
    static const char *const ostypes[] = { "hvm", "xen" };
    static const unsigned int pages[] = { 4, 8, 2048, 1024 * 1024 };
    g_autoptr(virCaps) caps = virCapabilitiesNew(VIR_TEST_MODEL, false, false);
    virCapsHostNUMA *numa;
    size_t i;
    size_t j;

    if (!caps || virCapsHostAddFeature(&caps->host, "pae") < 0 ||
        virCapsHostAddFeature(&caps->host, "nonpae") < 0)
        return -1;
    caps->host.iommu = virFileIsDir("/sys/kernel/iommu_groups") &&
                       g_file_test("/sys/kernel/iommu_groups/0", G_FILE_TEST_EXISTS);
    for (i = 0; i < G_N_ELEMENTS(pages); i++)
        virCapsHostAddPageSize(&caps->host, pages[i]);

    numa = virCapsHostNUMANew();
    for (i = 0; i < driver->ncells; i++) {
        virCapsHostNUMACellCPU *cpus = g_new0(virCapsHostNUMACellCPU, driver->cells[i].ncpus);
        virCapsHostNUMACellPageInfo *pageinfo = g_new0(virCapsHostNUMACellPageInfo, 3);

        for (j = 0; j < driver->cells[i].ncpus; j++) {
            cpus[j].id = i * driver->cells[i].ncpus + j;
            cpus[j].socket_id = i;
            cpus[j].core_id = j;
            cpus[j].siblings = virBitmapNew(16);
            (void)virBitmapSetBit(cpus[j].siblings, cpus[j].id);
        }
        /* cell 1 has 8 KiB base pages, as in libvirt's model */
        pageinfo[0].size = i == 1 ? pages[1] : pages[0];
        pageinfo[0].avail = driver->cells[i].mem / pageinfo[0].size;
        pageinfo[1].size = pages[2];
        pageinfo[2].size = pages[3];
        virCapsHostNUMAAddCell(numa, i, driver->cells[i].mem, driver->cells[i].ncpus, &cpus, 0,
                               NULL, 3, &pageinfo);
    }
    virCapsHostSetNUMA(&caps->host, numa);

    for (i = 0; i < G_N_ELEMENTS(ostypes); i++) {
        virCapsGuest *guest = virCapabilitiesAddGuest(caps, ostypes[i], VIR_TEST_MODEL,
                                                      VIR_TEST_EMULATOR, NULL, 0, NULL);

        if (!guest || !virCapabilitiesAddGuestDomain(guest, "test", NULL, NULL, 0, NULL))
            return -1;
        virCapabilitiesAddGuestFeature(guest, VIR_CAPS_GUEST_FEATURE_TYPE_PAE);
        virCapabilitiesAddGuestFeature(guest, VIR_CAPS_GUEST_FEATURE_TYPE_NONPAE);
    }
    if (!virCapsHostAddSecModel(&caps->host, "testSecurity", ""))
        return -1;
    driver->caps = g_steal_pointer(&caps);
    return 0;
}


static void
testSetDefaultNodeInfo(virNodeInfo *info)
{
    memset(info, 0, sizeof(*info));
    g_strlcpy(info->model, VIR_TEST_MODEL, sizeof(info->model));
    info->memory = 3 * 1024 * 1024;
    info->cpus = 16;
    info->mhz = 1400;
    info->nodes = 2;
    info->sockets = 2;
    info->cores = 2;
    info->threads = 2;
}


/* The node's contents, in libvirt's order. */
static int
testParseNode(virTestDriver *driver, const char *file, xmlXPathContextPtr ctxt)
{
    xmlXPathRegisterNs(ctxt, BAD_CAST "test", BAD_CAST VIR_TEST_DOMAIN_NS);
    if (testParseNodeInfo(&driver->nodeInfo, ctxt) < 0 ||
        testParseDomains(driver, file, ctxt) < 0 || testParseNetworks(driver, file, ctxt) < 0 ||
        testParseStorage(driver, file, ctxt) < 0)
        return -1;
    return 0;
}


int
virTestNodeLoadDefault(virTestDriver *driver)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;
    size_t i;

    testSetDefaultNodeInfo(&driver->nodeInfo);
    driver->ncells = 2;
    driver->cells = g_new0(virTestCell, driver->ncells);
    for (i = 0; i < driver->ncells; i++) {
        driver->cells[i].ncpus = 8;
        driver->cells[i].mem = (i + 1) * 2048 * 1024;
        driver->cells[i].freeMem = (i + 1) * 1024 * 1024;
    }
    if (testBuildCapabilities(driver) < 0)
        return -1;
    if (!(doc = virXMLParseHelper(VIR_FROM_THIS, NULL, testDefaultNodeXML, _("(test driver)"),
                                  "node", &ctxt, NULL, false)))
        return -1;
    return testParseNode(driver, NULL, ctxt);
}


int
virTestNodeLoadFile(virTestDriver *driver, const char *path)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;

    testSetDefaultNodeInfo(&driver->nodeInfo);
    if (testBuildCapabilities(driver) < 0)
        return -1;
    if (!(doc = testParseFile(path, "node", &ctxt)))
        return -1;
    return testParseNode(driver, path, ctxt);
}
