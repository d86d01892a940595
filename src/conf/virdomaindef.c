/*
 * virdomaindef.c: the domain XML model: entry points, top-level parse
 * and format
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virdomaindef.h"
#include "virdomaindevices.h"
#include "virdomaingeneral.h"
#include "virdomainlifecycle.h"
#include "virdomainpostparse.h"
#include "virdomainvalidate.h"
#include "virerror.h"
#include "virlog.h"
#include "virunits.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_LOG_INIT("conf.domaindef");

VIR_ENUM_IMPL(virDomainVirt,
              VIR_DOMAIN_VIRT_LAST,
              "none",
              "qemu",
              "kqemu",
              "kvm",
              "xen",
              "lxc",
              "uml",
              "openvz",
              "test",
              "vmware",
              "hyperv",
              "vbox",
              "phyp",
              "parallels",
              "bhyve",
              "vz",
              "ch");


virDomainDef *
virDomainDefNew(void)
{
    virDomainDef *def = g_new0(virDomainDef, 1);

    def->id = -1;
    return def;
}


static void
virDomainDefFreeGeneral(virDomainDef *def)
{
    size_t i;

    g_free(def->name);
    g_free(def->title);
    g_free(def->description);
    if (def->metadata)
        xmlFreeNode(def->metadata);
    for (i = 0; i < def->maxvcpus; i++)
        g_free(def->vcpus[i]);
    g_free(def->vcpus);
    virBitmapFree(def->cpumask);
    for (i = 0; i < def->niothreadids; i++)
        virDomainIOThreadIDDefFree(def->iothreadids[i]);
    g_free(def->iothreadids);
    virDomainResourceDefFree(def->resource);
    for (i = 0; i < def->nsysinfos; i++)
        virDomainSysinfoDefFree(def->sysinfos[i]);
    g_free(def->sysinfos);
    g_free(def->bootloader);
    g_free(def->bootloader_args);
    virDomainFeaturesDetailsClear(&def->feat);
    for (i = 0; i < def->nseclabels; i++)
        virSecurityLabelDefFree(def->seclabels[i]);
    g_free(def->seclabels);
    virDomainSecDefFree(def->sec);
}


void
virDomainDefFree(virDomainDef *def)
{
    if (!def)
        return;

    virDomainDevicesFree(def);
    virDomainDefFreeGeneral(def);
    virDomainOSDefClear(&def->os);
    virDomainIdmapDefClear(&def->idmap);
    virCPUDefFree(def->cpu);
    virDomainBlkiotuneClear(&def->blkio);
    virDomainMemtuneClear(&def->mem);
    virDomainCputuneClear(&def->cputune);
    virDomainNumaClear(&def->numa);
    virDomainClockDefClear(&def->clock);
    g_free(def);
}


static int
virDomainDefParseType(xmlXPathContextPtr ctxt, virDomainDef *def, unsigned int flags)
{
    xmlNodePtr root = ctxt->node;
    g_autofree char *type = virXMLPropString(root, "type");
    g_autofree char *id = NULL;

    if (!type) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("missing domain type attribute"));
        return -1;
    }
    if ((def->virtType = virDomainVirtTypeFromString(type)) <= 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("invalid domain type %1$s"), type);
        return -1;
    }

    def->id = -1;
    if (!(flags & VIR_DOMAIN_DEF_PARSE_INACTIVE) && (id = virXMLPropString(root, "id")) &&
        virStrToLong_i(id, NULL, 10, &def->id) < 0)
        def->id = -1;
    return 0;
}


static int
virDomainDefParseSysinfos(xmlXPathContextPtr ctxt, virDomainDef *def, bool uuidGenerated)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n = virXPathNodeSet("./sysinfo", ctxt, &nodes);
    int i;

    for (i = 0; i < n; i++) {
        virDomainSysinfoDef *sysinfo =
            virDomainSysinfoParseXML(nodes[i], ctxt, def->uuid, uuidGenerated);

        if (!sysinfo)
            return -1;
        VIR_DOMAIN_APPEND(def->sysinfos, def->nsysinfos, sysinfo);
    }
    return n < 0 ? -1 : 0;
}


/* The elements up to <os>, in libvirt's order. */
static int
virDomainDefParseHead(xmlXPathContextPtr ctxt, virDomainDef *def, unsigned int flags)
{
    bool uuidGenerated = false;

    if (virDomainDefParseType(ctxt, def, flags) < 0 ||
        virDomainDefParseIdentity(ctxt, def, &uuidGenerated) < 0 ||
        virDomainDefParseMemoryXML(ctxt, def) < 0 ||
        virDomainBlkiotuneParseXML(ctxt, def, flags) < 0 ||
        virDomainMemtuneParseXML(ctxt, def, flags) < 0 ||
        virDomainMemoryBackingParseXML(ctxt, def, flags) < 0 ||
        virDomainDefParseVcpuXML(ctxt, def) < 0 || virDomainDefParseIOThreadsXML(ctxt, def) < 0 ||
        virDomainDefParseResourceXML(ctxt, def) < 0 ||
        virDomainDefParseSysinfos(ctxt, def, uuidGenerated) < 0)
        return -1;

    def->bootloader = virXPathString("string(./bootloader)", ctxt);
    def->bootloader_args = virXPathString("string(./bootloader_args)", ctxt);
    return 0;
}


static int
virDomainDefParseCPU(xmlXPathContextPtr ctxt, virDomainDef *def, unsigned int flags)
{
    xmlNodePtr node = virXPathNode("./cpu[1]", ctxt);

    if (!node)
        return 0;
    if (!(def->cpu = virCPUDefParseXML(ctxt, node, flags)))
        return -1;
    return 0;
}


static int
virDomainDefParseBody(xmlXPathContextPtr ctxt, virDomainDef *def, unsigned int flags)
{
    if (virDomainOSDefParseXML(ctxt, def, flags) < 0 ||
        virDomainIdmapParseXML(ctxt, def, flags) < 0 || virDomainFeaturesParseXML(ctxt, def) < 0 ||
        virDomainDefParseCPU(ctxt, def, flags) < 0 ||
        virDomainCputuneParseXML(ctxt, def, flags) < 0 ||
        virDomainNumatuneParseXML(ctxt, def, flags) < 0 ||
        virDomainClockParseXML(ctxt, def, flags) < 0 ||
        virDomainDefParseLifecycleXML(ctxt, def) < 0 || virDomainDefParsePMXML(ctxt, def) < 0 ||
        virDomainDefParsePerfXML(ctxt, def) < 0 || virDomainDevicesParseXML(ctxt, def, flags) < 0 ||
        virDomainDefParseSeclabelsXML(ctxt, def, flags) < 0 ||
        virDomainDefParseKeywrapXML(ctxt, def) < 0 ||
        virDomainDefParseLaunchSecurityXML(ctxt, def) < 0)
        return -1;
    return 0;
}


virDomainDef *
virDomainDefParseNode(xmlXPathContextPtr ctxt,
                      xmlNodePtr root,
                      const virDomainXMLOption *xmlopt,
                      unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autoptr(virDomainDef) def = virDomainDefNew();

    if (!virXMLNodeNameEqual(root, "domain")) {
        virReportErrorHelper(VIR_FROM_XML, VIR_ERR_XML_ERROR, __FILE__, __func__, __LINE__,
                             _("expecting root element of 'domain', not '%1$s'"), root->name);
        return NULL;
    }
    ctxt->node = root;

    if (virDomainDefParseHead(ctxt, def, flags) < 0 || virDomainDefParseBody(ctxt, def, flags) < 0)
        return NULL;

    if (virDomainDefPostParse(def, xmlopt, flags) < 0)
        return NULL;
    if (virDomainDefValidate(def) < 0)
        return NULL;
    return g_steal_pointer(&def);
}


virDomainDef *
virDomainDefParseStringFull(const char *xml, const virDomainXMLOption *xmlopt, unsigned int flags)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;

    if (!(doc = virXMLParse(NULL, xml, _("(domain_definition)"), "domain", &ctxt, "domain.rng",
                            flags & VIR_DOMAIN_DEF_PARSE_VALIDATE_SCHEMA)))
        return NULL;
    return virDomainDefParseNode(ctxt, xmlDocGetRootElement(doc), xmlopt, flags);
}


virDomainDef *
virDomainDefParseString(const char *xml, unsigned int flags)
{
    return virDomainDefParseStringFull(xml, NULL, flags);
}


static void
virDomainDefFormatHead(virBuffer *buf, const virDomainDef *def, unsigned int flags)
{
    size_t i;

    virDomainDefFormatIdentity(buf, def);
    virDomainDefFormatMemory(buf, def);
    virDomainBlkiotuneFormat(buf, def, flags);
    virDomainMemtuneFormat(buf, def, flags);
    virDomainMemoryBackingFormat(buf, def, flags);
    virDomainDefFormatVcpu(buf, def);
    virDomainDefFormatIOThreads(buf, def);
    virDomainCputuneFormat(buf, def, flags);
    virDomainNumatuneFormat(buf, def, flags);
    virDomainDefFormatResource(buf, def);
    for (i = 0; i < def->nsysinfos; i++)
        virDomainSysinfoFormat(buf, def->sysinfos[i]);
    if (def->bootloader) {
        virBufferEscapeString(buf, "<bootloader>%s</bootloader>\n", def->bootloader);
        virBufferEscapeString(buf, "<bootloader_args>%s</bootloader_args>\n", def->bootloader_args);
    }
}


int
virDomainDefFormatBuf(virBuffer *buf, const virDomainDef *def, unsigned int flags)
{
    const char *type = virDomainVirtTypeToString(def->virtType);

    if (!type) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unexpected domain type %1$d"), def->virtType);
        return -1;
    }
    virBufferAsprintf(buf, "<domain type='%s'", type);
    if (!(flags & VIR_DOMAIN_DEF_FORMAT_INACTIVE) && def->id >= 0)
        virBufferAsprintf(buf, " id='%d'", def->id);
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);

    virDomainDefFormatHead(buf, def, flags);
    virDomainOSDefFormat(buf, def, flags);
    virDomainIdmapFormat(buf, def, flags);
    virDomainFeaturesFormat(buf, def);
    if (def->cpu && virCPUDefFormatBuf(buf, def->cpu, flags) < 0)
        return -1;
    virDomainClockFormat(buf, def, flags);
    virDomainDefFormatLifecycle(buf, def);
    virDomainDefFormatPM(buf, def);
    virDomainDefFormatPerf(buf, def);
    if (virDomainDevicesFormat(buf, def, flags) < 0)
        return -1;
    virDomainDefFormatSeclabels(buf, def);
    virDomainDefFormatKeywrap(buf, def);
    virDomainDefFormatLaunchSecurity(buf, def);

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</domain>\n");
    return 0;
}


char *
virDomainDefFormat(const virDomainDef *def, unsigned int flags)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;

    if (virDomainDefFormatBuf(&buf, def, flags) < 0)
        return NULL;
    return virBufferContentAndReset(&buf);
}


unsigned int
virDomainDefGetVcpus(const virDomainDef *def)
{
    unsigned int n = 0;
    size_t i;

    for (i = 0; i < def->maxvcpus; i++) {
        if (def->vcpus[i]->online)
            n++;
    }
    return n;
}


int
virDomainDefFindController(const virDomainDef *def, int type, int idx)
{
    size_t i;

    for (i = 0; i < def->ncontrollers; i++) {
        if (def->controllers[i]->type == type && def->controllers[i]->idx == idx)
            return i;
    }
    return -1;
}


void
virDomainDefAddController(virDomainDef *def, virDomainControllerDef *cont)
{
    ssize_t pos = -1;
    ssize_t i;

    /* after the last controller of the same type with a lower index, or
     * before the first one with a higher index; else at the end */
    for (i = (ssize_t)def->ncontrollers - 1; i >= 0; i--) {
        const virDomainControllerDef *cur = def->controllers[i];

        if (cur->type != cont->type)
            continue;
        if (cont->idx == -1) {
            pos = i + 1;
            break;
        }
        if (cur->idx > cont->idx)
            pos = i;
        else if (cur->idx < cont->idx && pos == -1)
            break;
    }
    if (pos < 0)
        pos = def->ncontrollers;

    def->controllers = g_renew(virDomainControllerDef *, def->controllers, def->ncontrollers + 1);
    memmove(def->controllers + pos + 1, def->controllers + pos,
            (def->ncontrollers - pos) * sizeof(*def->controllers));
    def->controllers[pos] = cont;
    def->ncontrollers++;
}


/* Calls @cb on def->LIST[k]->info for each element. */
#define ITERATE_LIST(list, nlist, name)                                                            \
 do {                                                                                              \
  size_t k;                                                                                        \
  for (k = 0; k < def->nlist; k++) {                                                               \
   if (cb(def, &def->list[k]->info, name, opaque) < 0)                                             \
    return -1;                                                                                     \
  }                                                                                                \
 } while (0)

#define ITERATE_ONE(field, name)                                                                   \
 do {                                                                                              \
  if (def->field && cb(def, &def->field->info, name, opaque) < 0)                                  \
   return -1;                                                                                      \
 } while (0)


static int
virDomainDeviceInfoIterateFirst(virDomainDef *def, virDomainDeviceInfoCallback cb, void *opaque)
{
    size_t i;

    ITERATE_LIST(disks, ndisks, "disk");
    ITERATE_LIST(nets, nnets, "interface");
    ITERATE_LIST(sounds, nsounds, "sound");
    for (i = 0; i < def->nhostdevs; i++) {
        /* an <interface type='hostdev'> was visited as an interface */
        if (def->hostdevs[i]->parentnet || !def->hostdevs[i]->info)
            continue;
        if (cb(def, def->hostdevs[i]->info, "hostdev", opaque) < 0)
            return -1;
    }
    ITERATE_LIST(videos, nvideos, "video");
    ITERATE_LIST(controllers, ncontrollers, "controller");
    ITERATE_LIST(smartcards, nsmartcards, "smartcard");
    ITERATE_LIST(serials, nserials, "serial");
    ITERATE_LIST(parallels, nparallels, "parallel");
    ITERATE_LIST(channels, nchannels, "channel");
    ITERATE_LIST(consoles, nconsoles, "console");
    ITERATE_LIST(inputs, ninputs, "input");
    ITERATE_LIST(fss, nfss, "filesystem");
    return 0;
}


int
virDomainDeviceInfoIterate(virDomainDef *def, virDomainDeviceInfoCallback cb, void *opaque)
{
    if (virDomainDeviceInfoIterateFirst(def, cb, opaque) < 0)
        return -1;
    ITERATE_LIST(watchdogs, nwatchdogs, "watchdog");
    ITERATE_ONE(memballoon, "memballoon");
    ITERATE_LIST(hubs, nhubs, "hub");
    ITERATE_LIST(shmems, nshmems, "shmem");
    ITERATE_LIST(tpms, ntpms, "tpm");
    ITERATE_LIST(panics, npanics, "panic");
    ITERATE_LIST(mems, nmems, "memory");
    ITERATE_LIST(redirdevs, nredirdevs, "redirdev");
    ITERATE_LIST(rngs, nrngs, "rng");
    ITERATE_ONE(iommu, "iommu");
    ITERATE_ONE(vsock, "vsock");
    ITERATE_ONE(nvram, "nvram");
    ITERATE_LIST(cryptos, ncryptos, "crypto");
    return 0;
}
