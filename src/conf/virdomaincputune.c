/*
 * virdomaincputune.c: <cputune>
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virdomaindef.h"
#include "virdomaintune.h"
#include "virerror.h"
#include "virlog.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_LOG_INIT("conf.domaincputune");

#define VIR_CFS_PERIOD_MIN 1000ULL
#define VIR_CFS_PERIOD_MAX 1000000ULL
#define VIR_CFS_QUOTA_MIN 1000LL
#define VIR_CFS_QUOTA_MAX 17592186044415LL
#define VIR_CPU_SHARES_MIN 2ULL
#define VIR_CPU_SHARES_MAX 262144ULL

VIR_ENUM_IMPL(virProcessSchedPolicy, VIR_PROC_POLICY_LAST, "none", "batch", "idle", "fifo", "rr");

/* the scalar children of <cputune>, in libvirt's output order */
typedef struct {
    const char *name; /* element */
    const char *what; /* for "can't parse cputune %s value" */
    size_t offset;    /* in virDomainCputune */
    bool isSigned;
} virDomainCputuneScalar;

static const virDomainCputuneScalar cputuneScalars[] = {
    { "period", "period", G_STRUCT_OFFSET(virDomainCputune, period), false },
    { "quota", "quota", G_STRUCT_OFFSET(virDomainCputune, quota), true },
    { "global_period", "global period", G_STRUCT_OFFSET(virDomainCputune, global_period), false },
    { "global_quota", "global quota", G_STRUCT_OFFSET(virDomainCputune, global_quota), true },
    { "emulator_period", "emulator period", G_STRUCT_OFFSET(virDomainCputune, emulator_period),
      false },
    { "emulator_quota", "emulator quota", G_STRUCT_OFFSET(virDomainCputune, emulator_quota), true },
    { "iothread_period", "iothread period", G_STRUCT_OFFSET(virDomainCputune, iothread_period),
      false },
    { "iothread_quota", "iothread quota", G_STRUCT_OFFSET(virDomainCputune, iothread_quota), true },
};


static void
virDomainPinDefFree(virDomainPinDef *pin)
{
    if (!pin)
        return;
    virBitmapFree(pin->cpumask);
    g_free(pin);
}


static int
virDomainCputuneParseScalars(xmlXPathContextPtr ctxt, virDomainCputune *cputune)
{
    size_t i;
    int rc;

    rc = virXPathULongLong("string(./cputune/shares[1])", ctxt, &cputune->shares);
    if (rc == -2) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("can't parse cputune shares value"));
        return -1;
    }
    cputune->sharesSpecified = rc == 0;

    for (i = 0; i < G_N_ELEMENTS(cputuneScalars); i++) {
        const virDomainCputuneScalar *s = &cputuneScalars[i];
        g_autofree char *xpath = g_strdup_printf("string(./cputune/%s[1])", s->name);
        char *field = (char *)cputune + s->offset;

        if (s->isSigned)
            rc = virXPathLongLong(xpath, ctxt, (long long *)(void *)field);
        else
            rc = virXPathULongLong(xpath, ctxt, (unsigned long long *)(void *)field);
        if (rc == -2) {
            virReportError(VIR_ERR_XML_ERROR, _("can't parse cputune %1$s value"), s->what);
            return -1;
        }
    }
    return 0;
}


/* libvirt's range checks, run after everything is parsed */
static int
virDomainCputuneValidateScalars(const virDomainCputune *cputune)
{
    size_t i;

    if (cputune->shares &&
        (cputune->shares < VIR_CPU_SHARES_MIN || cputune->shares > VIR_CPU_SHARES_MAX)) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Value of cputune '%1$s' must be in range [%2$llu, %3$llu]"), "shares",
                       VIR_CPU_SHARES_MIN, VIR_CPU_SHARES_MAX);
        return -1;
    }

    for (i = 0; i < G_N_ELEMENTS(cputuneScalars); i++) {
        const virDomainCputuneScalar *s = &cputuneScalars[i];
        const char *field = (const char *)cputune + s->offset;

        if (s->isSigned) {
            long long val = *(const long long *)(const void *)field;

            if (val > 0 && (val < VIR_CFS_QUOTA_MIN || val > VIR_CFS_QUOTA_MAX)) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                               _("Value of cputune '%1$s' must be in range [%2$lld, %3$lld]"),
                               s->name, VIR_CFS_QUOTA_MIN, VIR_CFS_QUOTA_MAX);
                return -1;
            }
        } else {
            unsigned long long val = *(const unsigned long long *)(const void *)field;

            if (val > 0 && (val < VIR_CFS_PERIOD_MIN || val > VIR_CFS_PERIOD_MAX)) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                               _("Value of cputune '%1$s' must be in range [%2$llu, %3$llu]"),
                               s->name, VIR_CFS_PERIOD_MIN, VIR_CFS_PERIOD_MAX);
                return -1;
            }
        }
    }
    return 0;
}


/* cpuset='...' of a pin element: required, not empty */
static virBitmap *
virDomainCputuneParseCpuset(xmlNodePtr node, const char *element)
{
    g_autofree char *cpuset = virXMLPropString(node, "cpuset");
    g_autoptr(virBitmap) map = NULL;

    if (!cpuset) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("missing cpuset for %1$s"), element);
        return NULL;
    }
    if (virBitmapParse(cpuset, &map, VIR_DOMAIN_CPUMASK_LEN) < 0)
        return NULL;
    if (virBitmapIsAllClear(map)) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("Invalid value of 'cpuset': %1$s"), cpuset);
        return NULL;
    }
    return g_steal_pointer(&map);
}


static virDomainPinDef *
virDomainCputuneFindPin(virDomainPinDef **pins, size_t npins, unsigned int id)
{
    size_t i;

    for (i = 0; i < npins; i++) {
        if (pins[i]->id == id)
            return pins[i];
    }
    return NULL;
}


static int
virDomainCputuneParseVcpupin(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    virDomainCputune *cputune = &def->cputune;
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./cputune/vcpupin", ctxt, &nodes)) <= 0)
        return n;

    cputune->vcpupin = g_new0(virDomainPinDef *, n);
    for (i = 0; i < (size_t)n; i++) {
        unsigned int vcpu;
        size_t pos;
        virDomainPinDef *pin;

        if (virXMLPropUInt(nodes[i], "vcpu", 10, VIR_XML_PROP_REQUIRED, &vcpu) < 0)
            return -1;
        if (vcpu >= def->maxvcpus) {
            VIR_DEBUG("Ignoring vcpupin for missing vcpus");
            continue;
        }
        if (virDomainCputuneFindPin(cputune->vcpupin, cputune->nvcpupin, vcpu)) {
            virReportError(VIR_ERR_INTERNAL_ERROR, _("duplicate vcpupin for vcpu '%1$u'"), vcpu);
            return -1;
        }

        pin = g_new0(virDomainPinDef, 1);
        pin->id = vcpu;
        if (!(pin->cpumask = virDomainCputuneParseCpuset(nodes[i], "vcpupin"))) {
            virDomainPinDefFree(pin);
            return -1;
        }

        /* keep them sorted by vCPU, as libvirt stores them per vCPU */
        for (pos = cputune->nvcpupin; pos > 0 && cputune->vcpupin[pos - 1]->id > vcpu; pos--)
            cputune->vcpupin[pos] = cputune->vcpupin[pos - 1];
        cputune->vcpupin[pos] = pin;
        cputune->nvcpupin++;
    }
    return 0;
}


static bool
virDomainCputuneHasIOThread(const virDomainDef *def, unsigned int id)
{
    size_t i;

    for (i = 0; i < def->niothreadids; i++) {
        if (def->iothreadids[i]->iothread_id == id)
            return true;
    }
    return false;
}


static int
virDomainCputuneParseIOThreadpin(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    virDomainCputune *cputune = &def->cputune;
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./cputune/iothreadpin", ctxt, &nodes)) <= 0)
        return n;

    cputune->iothreadpin = g_new0(virDomainPinDef *, n);
    for (i = 0; i < (size_t)n; i++) {
        unsigned int id;
        virDomainPinDef *pin;

        if (virXMLPropUInt(nodes[i], "iothread", 10, VIR_XML_PROP_REQUIRED | VIR_XML_PROP_NONZERO,
                           &id) < 0)
            return -1;
        if (!virDomainCputuneHasIOThread(def, id)) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("Cannot find 'iothread' : %1$u"), id);
            return -1;
        }
        if (virDomainCputuneFindPin(cputune->iothreadpin, cputune->niothreadpin, id)) {
            virReportError(VIR_ERR_INTERNAL_ERROR,
                           _("duplicate iothreadpin for same iothread '%1$u'"), id);
            return -1;
        }

        pin = g_new0(virDomainPinDef, 1);
        pin->id = id;
        cputune->iothreadpin[cputune->niothreadpin++] = pin;
        if (!(pin->cpumask = virDomainCputuneParseCpuset(nodes[i], "iothreadpin")))
            return -1;
    }
    return 0;
}


static int
virDomainCputuneParseEmulatorpin(xmlXPathContextPtr ctxt, virDomainCputune *cputune)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;

    if ((n = virXPathNodeSet("./cputune/emulatorpin", ctxt, &nodes)) <= 0)
        return n;
    if (n > 1) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("only one emulatorpin is supported"));
        return -1;
    }
    if (!(cputune->emulatorpin = virDomainCputuneParseCpuset(nodes[0], "emulatorpin")))
        return -1;
    return 0;
}


/* scheduler= and priority= of a *sched element */
static int
virDomainCputuneParseSchedPolicy(xmlNodePtr node, int *policy, int *priority)
{
    unsigned int pol;

    if (virXMLPropEnum(node, "scheduler", virProcessSchedPolicyTypeFromString,
                       VIR_XML_PROP_REQUIRED | VIR_XML_PROP_NONZERO, &pol) < 0)
        return -1;
    *policy = pol;
    *priority = 0;
    if (pol == VIR_PROC_POLICY_FIFO || pol == VIR_PROC_POLICY_RR) {
        if (virXMLPropInt(node, "priority", 10, VIR_XML_PROP_REQUIRED, priority, 0) < 0)
            return -1;
    }
    return 0;
}


/* ids='...' of vcpusched / iothreadsched: required, not empty */
static virBitmap *
virDomainCputuneParseSchedIds(xmlNodePtr node, const char *name, const char *attr)
{
    g_autofree char *str = virXMLPropString(node, attr);
    g_autoptr(virBitmap) map = NULL;

    if (!str) {
        virReportError(VIR_ERR_XML_ERROR, _("Missing attribute '%1$s' in element '%2$s'"), attr,
                       name);
        return NULL;
    }
    if (virBitmapParse(str, &map, VIR_DOMAIN_CPUMASK_LEN) < 0)
        return NULL;
    if (virBitmapIsAllClear(map)) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("'%1$s' scheduler bitmap '%2$s' is empty"),
                       attr, str);
        return NULL;
    }
    return g_steal_pointer(&map);
}


static virDomainThreadSchedParam *
virDomainCputuneFindSched(virDomainThreadSchedParam **list, size_t n, unsigned int id)
{
    size_t i;

    for (i = 0; i < n; i++) {
        if (list[i]->id == id)
            return list[i];
    }
    return NULL;
}


/* adds one entry per id of @ids to the vcpusched or iothreadsched list */
static int
virDomainCputuneAddSched(virDomainDef *def, bool vcpu, virBitmap *ids, int policy, int priority)
{
    virDomainCputune *cputune = &def->cputune;
    virDomainThreadSchedParam ***list = vcpu ? &cputune->vcpusched : &cputune->iothreadsched;
    size_t *n = vcpu ? &cputune->nvcpusched : &cputune->niothreadsched;
    ssize_t id = -1;

    while ((id = virBitmapNextSetBit(ids, id)) >= 0) {
        virDomainThreadSchedParam *sched;
        size_t pos = *n;

        if (vcpu && (size_t)id >= def->maxvcpus) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("vCPU '%1$zd' is not present in domain definition"), id);
            return -1;
        }
        if (!vcpu && !virDomainCputuneHasIOThread(def, id)) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("Cannot find 'iothread' : %1$zd"), id);
            return -1;
        }
        if (virDomainCputuneFindSched(*list, *n, id)) {
            virReportError(VIR_ERR_XML_DETAIL, _("'%1$s' attributes '%2$s' must not overlap"),
                           vcpu ? "vcpusched" : "iothreadsched", vcpu ? "vcpus" : "iothreads");
            return -1;
        }

        sched = g_new0(virDomainThreadSchedParam, 1);
        sched->id = id;
        sched->policy = policy;
        sched->priority = priority;
        *list = g_renew(virDomainThreadSchedParam *, *list, *n + 1);
        /* vCPUs are kept sorted by id (libvirt writes them in vCPU order) */
        if (vcpu) {
            for (; pos > 0 && (*list)[pos - 1]->id > (unsigned int)id; pos--)
                (*list)[pos] = (*list)[pos - 1];
        }
        (*list)[pos] = sched;
        (*n)++;
    }
    return 0;
}


static int
virDomainCputuneParseSchedList(xmlXPathContextPtr ctxt, virDomainDef *def, bool vcpu)
{
    const char *name = vcpu ? "vcpusched" : "iothreadsched";
    g_autofree char *xpath = g_strdup_printf("./cputune/%s", name);
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet(xpath, ctxt, &nodes)) <= 0)
        return n;

    for (i = 0; i < (size_t)n; i++) {
        g_autoptr(virBitmap) ids = NULL;
        int policy;
        int priority;

        if (!(ids = virDomainCputuneParseSchedIds(nodes[i], name, vcpu ? "vcpus" : "iothreads")) ||
            virDomainCputuneParseSchedPolicy(nodes[i], &policy, &priority) < 0 ||
            virDomainCputuneAddSched(def, vcpu, ids, policy, priority) < 0)
            return -1;
    }
    return 0;
}


static int
virDomainCputuneParseEmulatorsched(xmlXPathContextPtr ctxt, virDomainCputune *cputune)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;

    if ((n = virXPathNodeSet("./cputune/emulatorsched", ctxt, &nodes)) <= 0)
        return n;
    if (n > 1) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("only one emulatorsched is supported"));
        return -1;
    }
    cputune->emulatorsched = g_new0(virDomainThreadSchedParam, 1);
    return virDomainCputuneParseSchedPolicy(nodes[0], &cputune->emulatorsched->policy,
                                            &cputune->emulatorsched->priority);
}


int
virDomainCputuneParseXML(xmlXPathContextPtr ctxt,
                         virDomainDef *def,
                         unsigned int flags G_GNUC_UNUSED)
{
    virDomainCputune *cputune = &def->cputune;

    if (virDomainCputuneParseScalars(ctxt, cputune) < 0 ||
        virDomainCputuneParseVcpupin(ctxt, def) < 0 ||
        virDomainCputuneParseEmulatorpin(ctxt, cputune) < 0 ||
        virDomainCputuneParseIOThreadpin(ctxt, def) < 0 ||
        virDomainCputuneParseSchedList(ctxt, def, true) < 0 ||
        virDomainCputuneParseSchedList(ctxt, def, false) < 0 ||
        virDomainCputuneParseEmulatorsched(ctxt, cputune) < 0 ||
        virDomainResctrlParseXML(ctxt, def) < 0)
        return -1;

    return virDomainCputuneValidateScalars(cputune);
}


static void
virDomainCputuneFormatPin(virBuffer *buf,
                          const char *name,
                          const char *attr,
                          const virDomainPinDef *pin)
{
    g_autofree char *cpuset = virBitmapFormat(pin->cpumask);

    virBufferAsprintf(buf, "<%s %s='%u' cpuset='%s'/>\n", name, attr, pin->id, cpuset);
}


static void
virDomainCputuneFormatSched(virBuffer *buf,
                            const char *name,
                            const char *attr,
                            const virDomainThreadSchedParam *sched)
{
    virBufferAsprintf(buf, "<%s", name);
    if (attr)
        virBufferAsprintf(buf, " %s='%u'", attr, sched->id);
    virBufferAsprintf(buf, " scheduler='%s'", virProcessSchedPolicyTypeToString(sched->policy));
    if (sched->policy == VIR_PROC_POLICY_FIFO || sched->policy == VIR_PROC_POLICY_RR)
        virBufferAsprintf(buf, " priority='%d'", sched->priority);
    virBufferAddLit(buf, "/>\n");
}


static void
virDomainCputuneFormatScalars(virBuffer *buf, const virDomainCputune *cputune)
{
    size_t i;

    if (cputune->sharesSpecified)
        virBufferAsprintf(buf, "<shares>%llu</shares>\n", cputune->shares);

    for (i = 0; i < G_N_ELEMENTS(cputuneScalars); i++) {
        const virDomainCputuneScalar *s = &cputuneScalars[i];
        const char *field = (const char *)cputune + s->offset;

        if (s->isSigned) {
            long long val = *(const long long *)(const void *)field;

            if (val)
                virBufferAsprintf(buf, "<%s>%lld</%s>\n", s->name, val, s->name);
        } else {
            unsigned long long val = *(const unsigned long long *)(const void *)field;

            if (val)
                virBufferAsprintf(buf, "<%s>%llu</%s>\n", s->name, val, s->name);
        }
    }
}


void
virDomainCputuneFormat(virBuffer *buf, const virDomainDef *def, unsigned int flags G_GNUC_UNUSED)
{
    const virDomainCputune *cputune = &def->cputune;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    const virDomainPinDef *pin;
    const virDomainThreadSchedParam *sched;
    size_t i;

    virDomainCputuneFormatScalars(&childBuf, cputune);

    for (i = 0; i < cputune->nvcpupin; i++)
        virDomainCputuneFormatPin(&childBuf, "vcpupin", "vcpu", cputune->vcpupin[i]);

    if (cputune->emulatorpin) {
        g_autofree char *cpuset = virBitmapFormat(cputune->emulatorpin);

        virBufferAsprintf(&childBuf, "<emulatorpin cpuset='%s'/>\n", cpuset);
    }

    for (i = 0; i < def->niothreadids; i++) {
        unsigned int id = def->iothreadids[i]->iothread_id;

        if ((pin = virDomainCputuneFindPin(cputune->iothreadpin, cputune->niothreadpin, id)))
            virDomainCputuneFormatPin(&childBuf, "iothreadpin", "iothread", pin);
    }

    if (cputune->emulatorsched)
        virDomainCputuneFormatSched(&childBuf, "emulatorsched", NULL, cputune->emulatorsched);

    for (i = 0; i < cputune->nvcpusched; i++)
        virDomainCputuneFormatSched(&childBuf, "vcpusched", "vcpus", cputune->vcpusched[i]);

    for (i = 0; i < def->niothreadids; i++) {
        unsigned int id = def->iothreadids[i]->iothread_id;

        if ((sched =
                 virDomainCputuneFindSched(cputune->iothreadsched, cputune->niothreadsched, id)))
            virDomainCputuneFormatSched(&childBuf, "iothreadsched", "iothreads", sched);
    }

    virDomainResctrlFormat(&childBuf, cputune);

    virXMLFormatElement(buf, "cputune", NULL, &childBuf);
}


void
virDomainCputuneClear(virDomainCputune *cputune)
{
    size_t i;

    if (!cputune)
        return;
    for (i = 0; i < cputune->nvcpupin; i++)
        virDomainPinDefFree(cputune->vcpupin[i]);
    g_free(cputune->vcpupin);
    virBitmapFree(cputune->emulatorpin);
    for (i = 0; i < cputune->niothreadpin; i++)
        virDomainPinDefFree(cputune->iothreadpin[i]);
    g_free(cputune->iothreadpin);
    g_free(cputune->emulatorsched);
    for (i = 0; i < cputune->nvcpusched; i++)
        g_free(cputune->vcpusched[i]);
    g_free(cputune->vcpusched);
    for (i = 0; i < cputune->niothreadsched; i++)
        g_free(cputune->iothreadsched[i]);
    g_free(cputune->iothreadsched);
    for (i = 0; i < cputune->nresctrls; i++)
        virDomainResctrlDefFree(cputune->resctrls[i]);
    g_free(cputune->resctrls);
    memset(cputune, 0, sizeof(*cputune));
}
