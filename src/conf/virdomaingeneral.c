/*
 * virdomaingeneral.c: the general top-level elements of a domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virdomaindef.h"
#include "virdomaingeneral.h"
#include "virerror.h"
#include "virunits.h"
#include "viruuid.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

/* libvirt's cap on memory sizes, in KiB */
#define MEMORY_MAX_KIB 9007199254740991ULL
#define CPUMASK_LEN 2048
/* far above any hypervisor's limit, low enough to allocate */
#define VCPUS_MAX (1U << 20)


VIR_ENUM_IMPL(virDomainLifecycleAction,
              VIR_DOMAIN_LIFECYCLE_ACTION_LAST,
              "destroy",
              "restart",
              "rename-restart",
              "preserve",
              "coredump-destroy",
              "coredump-restart");

VIR_ENUM_IMPL(virDomainLockFailure,
              VIR_DOMAIN_LOCK_FAILURE_LAST,
              "default",
              "poweroff",
              "restart",
              "pause",
              "ignore");

VIR_ENUM_IMPL(virPerfEvent,
              VIR_PERF_EVENT_LAST,
              "cmt",
              "mbmt",
              "mbml",
              "cpu_cycles",
              "instructions",
              "cache_references",
              "cache_misses",
              "branch_instructions",
              "branch_misses",
              "bus_cycles",
              "stalled_cycles_frontend",
              "stalled_cycles_backend",
              "ref_cpu_cycles",
              "cpu_clock",
              "task_clock",
              "page_faults",
              "context_switches",
              "cpu_migrations",
              "page_faults_min",
              "page_faults_maj",
              "alignment_faults",
              "emulation_faults");

VIR_ENUM_IMPL(virDomainSeclabel, VIR_DOMAIN_SECLABEL_LAST, "default", "none", "dynamic", "static");

VIR_ENUM_IMPL(
    virDomainCpuPlacementMode, VIR_DOMAIN_CPU_PLACEMENT_MODE_LAST, "default", "static", "auto");


static int
virDomainDefParseUUID(xmlXPathContextPtr ctxt, virDomainDef *def, bool *uuidGenerated)
{
    g_autofree char *uuid = virXPathString("string(./uuid[1])", ctxt);

    *uuidGenerated = false;
    if (!uuid) {
        *uuidGenerated = true;
        return virUUIDGenerate(def->uuid);
    }
    if (virUUIDParse(uuid, def->uuid) < 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("malformed uuid element"));
        return -1;
    }
    return 0;
}


static int
virDomainDefParseGenid(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    g_autofree char *genid = NULL;

    if (!virXPathNode("./genid", ctxt))
        return 0;
    def->genidRequested = true;
    if (!(genid = virXPathString("string(./genid)", ctxt))) {
        def->genidGenerated = true;
        return virUUIDGenerate(def->genid);
    }
    if (virUUIDParse(genid, def->genid) < 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("malformed genid element"));
        return -1;
    }
    return 0;
}


int
virDomainDefParseIdentity(xmlXPathContextPtr ctxt, virDomainDef *def, bool *uuidGenerated)
{
    xmlNodePtr metadata;

    if (!(def->name = virXPathString("string(./name[1])", ctxt))) {
        virReportError(VIR_ERR_NO_NAME, NULL);
        return -1;
    }
    if (virXMLCheckIllegalChars("name", def->name, "\n") < 0)
        return -1;

    if (virDomainDefParseUUID(ctxt, def, uuidGenerated) < 0 ||
        virDomainDefParseGenid(ctxt, def) < 0)
        return -1;

    def->title = virXPathString("string(./title[1])", ctxt);
    if (def->title && strchr(def->title, '\n')) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("Domain title can't contain newlines"));
        return -1;
    }
    def->description = virXPathString("string(./description[1])", ctxt);

    if ((metadata = virXPathNode("./metadata[1]", ctxt))) {
        def->metadata = xmlCopyNode(metadata, 1);
        virXMLNodeSanitizeNamespaces(def->metadata);
    }
    return 0;
}


void
virDomainDefFormatIdentity(virBuffer *buf, const virDomainDef *def)
{
    char uuidstr[VIR_UUID_STRING_BUFLEN];

    virBufferEscapeString(buf, "<name>%s</name>\n", def->name);
    virBufferAsprintf(buf, "<uuid>%s</uuid>\n", virUUIDFormat(def->uuid, uuidstr));
    if (def->genidRequested)
        virBufferAsprintf(buf, "<genid>%s</genid>\n", virUUIDFormat(def->genid, uuidstr));
    virBufferEscapeString(buf, "<title>%s</title>\n", def->title);
    virBufferEscapeString(buf, "<description>%s</description>\n", def->description);
    if (def->metadata)
        virXMLFormatMetadata(buf, def->metadata);
}


int
virDomainParseMemory(const char *xpath,
                     const char *units_xpath,
                     xmlXPathContextPtr ctxt,
                     unsigned long long *mem,
                     bool required)
{
    unsigned long long bytes;
    int rc;

    if ((rc = virParseScaledValue(xpath, units_xpath, ctxt, &bytes, 1024, LLONG_MAX, required)) <=
        0)
        return rc;

    *mem = bytes / 1024 + (bytes % 1024 ? 1 : 0);
    if (*mem > MEMORY_MAX_KIB) {
        virReportError(VIR_ERR_OVERFLOW, "%s", _("size value too large"));
        return -1;
    }
    return 1;
}


int
virDomainDefParseMemoryXML(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    xmlNodePtr node;
    int rc;

    if (virDomainParseMemory("./maxMemory[1]", NULL, ctxt, &def->maxMemory, false) < 0)
        return -1;
    rc = virXPathUInt("string(./maxMemory[1]/@slots)", ctxt, &def->memorySlots);
    if (rc == -2) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("Failed to parse memory slot count"));
        return -1;
    }

    if (virDomainParseMemory("./memory[1]", NULL, ctxt, &def->memory, false) < 0)
        return -1;
    if ((node = virXPathNode("./memory[1]", ctxt)) &&
        virXMLPropTristateSwitch(node, "dumpCore", VIR_XML_PROP_NONE, &def->dumpCore) < 0)
        return -1;

    if (virDomainParseMemory("./currentMemory[1]", NULL, ctxt, &def->currentMemory, false) < 0)
        return -1;
    return 0;
}


void
virDomainDefFormatMemory(virBuffer *buf, const virDomainDef *def)
{
    if (def->maxMemory > 0 || def->memorySlots > 0) {
        virBufferAsprintf(buf, "<maxMemory slots='%u' unit='KiB'>%llu</maxMemory>\n",
                          def->memorySlots, def->maxMemory);
    }
    virBufferAddLit(buf, "<memory");
    if (def->dumpCore)
        virBufferAsprintf(buf, " dumpCore='%s'", virTristateSwitchTypeToString(def->dumpCore));
    virBufferAsprintf(buf, " unit='KiB'>%llu</memory>\n", def->memory);
    virBufferAsprintf(buf, "<currentMemory unit='KiB'>%llu</currentMemory>\n", def->currentMemory);
}


void
virDomainDefSetVcpusMax(virDomainDef *def, unsigned int maxvcpus)
{
    size_t i;

    for (i = maxvcpus; i < def->maxvcpus; i++)
        g_free(def->vcpus[i]);
    def->vcpus = g_renew(virDomainVcpuDef *, def->vcpus, maxvcpus);
    for (i = def->maxvcpus; i < maxvcpus; i++)
        def->vcpus[i] = g_new0(virDomainVcpuDef, 1);
    def->maxvcpus = maxvcpus;
}


static int
virDomainDefParseVcpuCount(xmlNodePtr node, unsigned int *maxvcpus)
{
    g_autofree char *text = virXMLNodeContentString(node);

    if (!text || virStrToLong_ui(text, NULL, 10, maxvcpus) < 0) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("maximum vcpus count must be an integer"));
        return -1;
    }
    /* libvirt itself dies allocating "-1" vCPUs; refuse absurd counts */
    if (*maxvcpus > VCPUS_MAX) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("maximum vcpus count %1$u is too large"),
                       *maxvcpus);
        return -1;
    }
    return 0;
}


static int
virDomainDefParseVcpuElement(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    xmlNodePtr node = virXPathNode("./vcpu[1]", ctxt);
    g_autofree char *cpuset = NULL;
    unsigned int maxvcpus = 1;
    unsigned int current = 0;
    size_t i;
    int rc = 0;

    if (node) {
        if (virDomainDefParseVcpuCount(node, &maxvcpus) < 0)
            return -1;
        if ((rc = virXMLPropUInt(node, "current", 10, VIR_XML_PROP_NONE, &current)) < 0)
            return -1;
        if (virXMLPropEnum(node, "placement", virDomainCpuPlacementModeTypeFromString,
                           VIR_XML_PROP_NONE, &def->placement_mode) < 0)
            return -1;
        cpuset = virXMLPropString(node, "cpuset");
    }
    if (rc == 0)
        current = maxvcpus;
    if (current > maxvcpus) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("maximum vCPU count must not be less than current vCPU count"));
        return -1;
    }

    virDomainDefSetVcpusMax(def, maxvcpus);
    for (i = 0; i < current; i++)
        def->vcpus[i]->online = true;

    if (cpuset && def->placement_mode != VIR_DOMAIN_CPU_PLACEMENT_MODE_AUTO) {
        if (virBitmapParse(cpuset, &def->cpumask, CPUMASK_LEN) < 0)
            return -1;
        if (virBitmapIsAllClear(def->cpumask)) {
            virReportError(VIR_ERR_XML_ERROR, _("Invalid value of 'cpuset': %1$s"), cpuset);
            return -1;
        }
    }
    if (def->placement_mode == VIR_DOMAIN_CPU_PLACEMENT_MODE_DEFAULT)
        def->placement_mode = VIR_DOMAIN_CPU_PLACEMENT_MODE_STATIC;
    return 0;
}


static int
virDomainDefParseVcpuEntry(xmlNodePtr node, virDomainDef *def)
{
    virDomainVcpuDef *vcpu;
    unsigned int id;
    virTristateBool enabled;

    if (virXMLPropUInt(node, "id", 10, VIR_XML_PROP_REQUIRED, &id) < 0)
        return -1;
    if (id >= def->maxvcpus) {
        virReportError(VIR_ERR_XML_ERROR, _("vcpu id '%1$u' is out of range of maximum vcpu count"),
                       id);
        return -1;
    }
    vcpu = def->vcpus[id];

    if (virXMLPropTristateBool(node, "enabled", VIR_XML_PROP_REQUIRED, &enabled) < 0)
        return -1;
    vcpu->online = enabled == VIR_TRISTATE_BOOL_YES;
    if (virXMLPropTristateBool(node, "hotpluggable", VIR_XML_PROP_NONE, &vcpu->hotpluggable) < 0)
        return -1;
    if (virXMLPropUInt(node, "order", 10, VIR_XML_PROP_NONE, &vcpu->order) < 0)
        return -1;
    return 0;
}


/*
 * <vcpus> lists the state of each vCPU: unlisted ones are offline, and
 * the online ones default to not hotpluggable, the offline ones to
 * hotpluggable. The current count then follows from it.
 */
int
virDomainDefParseVcpuXML(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if (virDomainDefParseVcpuElement(ctxt, def) < 0)
        return -1;

    if ((n = virXPathNodeSet("./vcpus/vcpu", ctxt, &nodes)) <= 0)
        return n;

    for (i = 0; i < def->maxvcpus; i++)
        def->vcpus[i]->online = false;
    for (i = 0; i < (size_t)n; i++) {
        if (virDomainDefParseVcpuEntry(nodes[i], def) < 0)
            return -1;
    }

    for (i = 0; i < def->maxvcpus; i++) {
        virDomainVcpuDef *vcpu = def->vcpus[i];

        if (vcpu->hotpluggable == VIR_TRISTATE_BOOL_ABSENT)
            vcpu->hotpluggable = vcpu->online ? VIR_TRISTATE_BOOL_NO : VIR_TRISTATE_BOOL_YES;
        if (!vcpu->online && vcpu->hotpluggable == VIR_TRISTATE_BOOL_NO) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("vcpu '%1$zu' is both offline and not hotpluggable"), i);
            return -1;
        }
    }
    return 0;
}


static bool
virDomainDefHasVcpuDetails(const virDomainDef *def)
{
    size_t i;

    for (i = 0; i < def->maxvcpus; i++) {
        if (def->vcpus[i]->hotpluggable || def->vcpus[i]->order)
            return true;
    }
    return false;
}


void
virDomainDefFormatVcpu(virBuffer *buf, const virDomainDef *def)
{
    unsigned int current = virDomainDefGetVcpus(def);
    size_t i;

    virBufferAsprintf(buf, "<vcpu placement='%s'",
                      virDomainCpuPlacementModeTypeToString(def->placement_mode));
    if (def->cpumask && def->placement_mode != VIR_DOMAIN_CPU_PLACEMENT_MODE_AUTO) {
        g_autofree char *cpumask = virBitmapFormat(def->cpumask);

        virBufferAsprintf(buf, " cpuset='%s'", cpumask);
    }
    if (current != def->maxvcpus)
        virBufferAsprintf(buf, " current='%u'", current);
    virBufferAsprintf(buf, ">%u</vcpu>\n", def->maxvcpus);

    if (!virDomainDefHasVcpuDetails(def))
        return;

    virBufferAddLit(buf, "<vcpus>\n");
    virBufferAdjustIndent(buf, 2);
    for (i = 0; i < def->maxvcpus; i++) {
        const virDomainVcpuDef *vcpu = def->vcpus[i];

        virBufferAsprintf(buf, "<vcpu id='%zu' enabled='%s'", i, vcpu->online ? "yes" : "no");
        if (vcpu->hotpluggable)
            virBufferAsprintf(buf, " hotpluggable='%s'",
                              virTristateBoolTypeToString(vcpu->hotpluggable));
        if (vcpu->order)
            virBufferAsprintf(buf, " order='%u'", vcpu->order);
        virBufferAddLit(buf, "/>\n");
    }
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</vcpus>\n");
}


void
virDomainIOThreadIDDefFree(virDomainIOThreadIDDef *iothr)
{
    g_free(iothr);
}


static int
virDomainIOThreadIDParse(xmlNodePtr node, virDomainDef *def)
{
    g_autofree virDomainIOThreadIDDef *iothr = g_new0(virDomainIOThreadIDDef, 1);
    size_t i;

    if (virXMLPropUInt(node, "id", 10, VIR_XML_PROP_REQUIRED | VIR_XML_PROP_NONZERO,
                       &iothr->iothread_id) < 0)
        return -1;
    if (virXMLPropInt(node, "thread_pool_min", 10, VIR_XML_PROP_NONNEGATIVE,
                      &iothr->thread_pool_min, -1) < 0 ||
        virXMLPropInt(node, "thread_pool_max", 10, VIR_XML_PROP_NONNEGATIVE,
                      &iothr->thread_pool_max, -1) < 0)
        return -1;

    for (i = 0; i < def->niothreadids; i++) {
        if (def->iothreadids[i]->iothread_id == iothr->iothread_id) {
            virReportError(VIR_ERR_XML_ERROR, _("duplicate iothread id '%1$u' found"),
                           iothr->iothread_id);
            return -1;
        }
    }
    if (iothr->thread_pool_max == 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("thread_pool_max must be a positive integer"));
        return -1;
    }
    /* as libvirt: a minimum without a maximum (-1) is refused too */
    if (iothr->thread_pool_min >= 0 && iothr->thread_pool_min > iothr->thread_pool_max) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("thread_pool_min must be smaller or equal to thread_pool_max"));
        return -1;
    }
    VIR_DOMAIN_APPEND(def->iothreadids, def->niothreadids, g_steal_pointer(&iothr));
    return 0;
}


static bool
virDomainIOThreadIDExists(const virDomainDef *def, unsigned int id)
{
    size_t i;

    for (i = 0; i < def->niothreadids; i++) {
        if (def->iothreadids[i]->iothread_id == id)
            return true;
    }
    return false;
}


int
virDomainDefParseIOThreadsXML(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    g_autofree char *count = virXPathString("string(./iothreads[1])", ctxt);
    unsigned int niothreads = 0;
    unsigned int nextid = 1;
    int n;
    int i;

    if (count && virStrToLong_uip(count, NULL, 10, &niothreads) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("invalid iothreads count '%1$s'"), count);
        return -1;
    }

    if ((n = virXPathNodeSet("./iothreadids/iothread", ctxt, &nodes)) < 0)
        return -1;
    for (i = 0; i < n; i++) {
        if (virDomainIOThreadIDParse(nodes[i], def) < 0)
            return -1;
    }

    while (def->niothreadids < niothreads) {
        virDomainIOThreadIDDef *iothr;

        while (virDomainIOThreadIDExists(def, nextid))
            nextid++;
        iothr = g_new0(virDomainIOThreadIDDef, 1);
        iothr->iothread_id = nextid++;
        iothr->autofill = true;
        iothr->thread_pool_min = -1;
        iothr->thread_pool_max = -1;
        VIR_DOMAIN_APPEND(def->iothreadids, def->niothreadids, g_steal_pointer(&iothr));
    }
    return 0;
}


void
virDomainDefFormatIOThreads(virBuffer *buf, const virDomainDef *def)
{
    bool explicit = false;
    size_t i;

    if (def->niothreadids == 0)
        return;
    virBufferAsprintf(buf, "<iothreads>%zu</iothreads>\n", def->niothreadids);

    for (i = 0; i < def->niothreadids; i++) {
        if (!def->iothreadids[i]->autofill)
            explicit = true;
    }
    if (!explicit)
        return;

    virBufferAddLit(buf, "<iothreadids>\n");
    virBufferAdjustIndent(buf, 2);
    for (i = 0; i < def->niothreadids; i++) {
        const virDomainIOThreadIDDef *iothr = def->iothreadids[i];

        virBufferAsprintf(buf, "<iothread id='%u'", iothr->iothread_id);
        if (iothr->thread_pool_min >= 0)
            virBufferAsprintf(buf, " thread_pool_min='%d'", iothr->thread_pool_min);
        if (iothr->thread_pool_max >= 0)
            virBufferAsprintf(buf, " thread_pool_max='%d'", iothr->thread_pool_max);
        virBufferAddLit(buf, "/>\n");
    }
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</iothreadids>\n");
}


void
virDomainResourceDefFree(virDomainResourceDef *res)
{
    if (!res)
        return;
    g_free(res->partition);
    g_free(res->appid);
    g_free(res);
}


int
virDomainDefParseResourceXML(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autofree xmlNodePtr *nodes = NULL;
    virDomainResourceDef *res;
    int n;

    if ((n = virXPathNodeSet("./resource", ctxt, &nodes)) <= 0)
        return n;
    if (n > 1) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("only one resource element is supported"));
        return -1;
    }

    ctxt->node = nodes[0];
    res = g_new0(virDomainResourceDef, 1);
    res->partition = virXPathString("string(./partition)", ctxt);
    res->appid = virXPathString("string(./fibrechannel/@appid)", ctxt);
    if (!res->partition && !res->appid) {
        virDomainResourceDefFree(res);
        /* libvirt fails here without saying why */
        virReportErrorHelper(VIR_FROM_NONE, VIR_ERR_INTERNAL_ERROR, __FILE__, __func__, __LINE__,
                             "%s", _("An error occurred, but the cause is unknown"));
        return -1;
    }
    def->resource = res;
    return 0;
}


void
virDomainDefFormatResource(virBuffer *buf, const virDomainDef *def)
{
    if (!def->resource)
        return;
    virBufferAddLit(buf, "<resource>\n");
    virBufferAdjustIndent(buf, 2);
    virBufferEscapeString(buf, "<partition>%s</partition>\n", def->resource->partition);
    virBufferEscapeString(buf, "<fibrechannel appid='%s'/>\n", def->resource->appid);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</resource>\n");
}
