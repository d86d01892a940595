/*
 * virdomainlifecycle.c: lifecycle actions, <pm>, <perf>, <seclabel>,
 * <keywrap> of a domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virdomaindef.h"
#include "virdomainlifecycle.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN


/* Parses <on_EVENT>; absent or empty keeps *@action. */
static int
virDomainLifecycleParseOne(xmlXPathContextPtr ctxt,
                           const char *event,
                           int *action,
                           int (*fromString)(const char *))
{
    g_autofree char *xpath = g_strdup_printf("string(./on_%s[1])", event);
    g_autofree char *value = virXPathString(xpath, ctxt);
    int v;

    if (!value)
        return 0;
    if ((v = fromString(value)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown on_%1$s action: %2$s"), event, value);
        return -1;
    }
    *action = v;
    return 0;
}


static int
virDomainLifecycleCheckNoCoredump(const char *event, int action)
{
    if (action == VIR_DOMAIN_LIFECYCLE_ACTION_COREDUMP_DESTROY ||
        action == VIR_DOMAIN_LIFECYCLE_ACTION_COREDUMP_RESTART) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Lifecycle event '%1$s' doesn't support '%2$s' action"), event,
                       virDomainLifecycleActionTypeToString(action));
        return -1;
    }
    return 0;
}


int
virDomainDefParseLifecycleXML(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    def->onPoweroff = VIR_DOMAIN_LIFECYCLE_ACTION_DESTROY;
    def->onReboot = VIR_DOMAIN_LIFECYCLE_ACTION_RESTART;
    def->onCrash = VIR_DOMAIN_LIFECYCLE_ACTION_DESTROY;

    if (virDomainLifecycleParseOne(ctxt, "poweroff", &def->onPoweroff,
                                   virDomainLifecycleActionTypeFromString) < 0 ||
        virDomainLifecycleCheckNoCoredump("poweroff", def->onPoweroff) < 0)
        return -1;
    if (virDomainLifecycleParseOne(ctxt, "reboot", &def->onReboot,
                                   virDomainLifecycleActionTypeFromString) < 0 ||
        virDomainLifecycleCheckNoCoredump("reboot", def->onReboot) < 0)
        return -1;
    if (virDomainLifecycleParseOne(ctxt, "crash", &def->onCrash,
                                   virDomainLifecycleActionTypeFromString) < 0)
        return -1;
    if (virDomainLifecycleParseOne(ctxt, "lockfailure", &def->onLockFailure,
                                   virDomainLockFailureTypeFromString) < 0)
        return -1;
    return 0;
}


void
virDomainDefFormatLifecycle(virBuffer *buf, const virDomainDef *def)
{
    virBufferAsprintf(buf, "<on_poweroff>%s</on_poweroff>\n",
                      virDomainLifecycleActionTypeToString(def->onPoweroff));
    virBufferAsprintf(buf, "<on_reboot>%s</on_reboot>\n",
                      virDomainLifecycleActionTypeToString(def->onReboot));
    virBufferAsprintf(buf, "<on_crash>%s</on_crash>\n",
                      virDomainLifecycleActionTypeToString(def->onCrash));
    if (def->onLockFailure != VIR_DOMAIN_LOCK_FAILURE_DEFAULT)
        virBufferAsprintf(buf, "<on_lockfailure>%s</on_lockfailure>\n",
                          virDomainLockFailureTypeToString(def->onLockFailure));
}


static int
virDomainPMStateParse(xmlXPathContextPtr ctxt, const char *xpath, virTristateBool *val)
{
    xmlNodePtr node = virXPathNode(xpath, ctxt);

    if (!node)
        return 0;
    return virXMLPropTristateBool(node, "enabled", VIR_XML_PROP_NONE, val);
}


int
virDomainDefParsePMXML(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    if (virDomainPMStateParse(ctxt, "./pm/suspend-to-mem", &def->pm_suspend_to_mem) < 0 ||
        virDomainPMStateParse(ctxt, "./pm/suspend-to-disk", &def->pm_suspend_to_disk) < 0)
        return -1;
    return 0;
}


void
virDomainDefFormatPM(virBuffer *buf, const virDomainDef *def)
{
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    if (def->pm_suspend_to_mem)
        virBufferAsprintf(&childBuf, "<suspend-to-mem enabled='%s'/>\n",
                          virTristateBoolTypeToString(def->pm_suspend_to_mem));
    if (def->pm_suspend_to_disk)
        virBufferAsprintf(&childBuf, "<suspend-to-disk enabled='%s'/>\n",
                          virTristateBoolTypeToString(def->pm_suspend_to_disk));
    virXMLFormatElement(buf, "pm", NULL, &childBuf);
}


int
virDomainDefParsePerfXML(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n = virXPathNodeSet("./perf/event", ctxt, &nodes);
    int i;

    for (i = 0; i < n; i++) {
        unsigned int event = 0;
        virTristateBool enabled = VIR_TRISTATE_BOOL_ABSENT;

        if (virXMLPropEnum(nodes[i], "name", virPerfEventTypeFromString, VIR_XML_PROP_REQUIRED,
                           &event) < 0)
            return -1;
        if (def->perf[event]) {
            virReportError(VIR_ERR_XML_ERROR, _("perf event '%1$s' was already specified"),
                           virPerfEventTypeToString(event));
            return -1;
        }
        if (virXMLPropTristateBool(nodes[i], "enabled", VIR_XML_PROP_REQUIRED, &enabled) < 0)
            return -1;
        def->perf[event] = enabled;
    }
    return n < 0 ? -1 : 0;
}


void
virDomainDefFormatPerf(virBuffer *buf, const virDomainDef *def)
{
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    size_t i;

    for (i = 0; i < VIR_PERF_EVENT_LAST; i++) {
        if (!def->perf[i])
            continue;
        virBufferAsprintf(&childBuf, "<event name='%s' enabled='%s'/>\n",
                          virPerfEventTypeToString(i), virTristateBoolTypeToString(def->perf[i]));
    }
    virXMLFormatElement(buf, "perf", NULL, &childBuf);
}


void
virSecurityLabelDefFree(virSecurityLabelDef *seclabel)
{
    if (!seclabel)
        return;
    g_free(seclabel->model);
    g_free(seclabel->label);
    g_free(seclabel->imagelabel);
    g_free(seclabel->baselabel);
    g_free(seclabel);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virSecurityLabelDef, virSecurityLabelDefFree);


static int
virSecurityLabelRelabelParse(xmlNodePtr node, virSecurityLabelDef *seclabel)
{
    virTristateBool relabel = VIR_TRISTATE_BOOL_ABSENT;

    if (virXMLPropTristateBool(node, "relabel", VIR_XML_PROP_NONE, &relabel) < 0)
        return -1;

    if (relabel == VIR_TRISTATE_BOOL_ABSENT)
        seclabel->relabel = seclabel->type == VIR_DOMAIN_SECLABEL_DYNAMIC;
    else
        seclabel->relabel = relabel == VIR_TRISTATE_BOOL_YES;

    if (seclabel->type == VIR_DOMAIN_SECLABEL_DYNAMIC && !seclabel->relabel) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("dynamic label type must use resource relabeling"));
        return -1;
    }
    if (seclabel->type == VIR_DOMAIN_SECLABEL_NONE && seclabel->relabel) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("resource relabeling is not compatible with 'none' label type"));
        return -1;
    }
    return 0;
}


static virSecurityLabelDef *
virSecurityLabelDefParseXML(xmlXPathContextPtr ctxt, xmlNodePtr node, unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autoptr(virSecurityLabelDef) seclabel = g_new0(virSecurityLabelDef, 1);
    unsigned int type = 0;

    ctxt->node = node;
    seclabel->model = virXMLPropString(node, "model");
    if (virXMLPropEnum(node, "type", virDomainSeclabelTypeFromString, VIR_XML_PROP_NONE, &type) < 0)
        return NULL;
    seclabel->type = type;

    if (virSecurityLabelRelabelParse(node, seclabel) < 0)
        return NULL;

    if (seclabel->type == VIR_DOMAIN_SECLABEL_STATIC) {
        if (!(seclabel->label = virXPathString("string(./label[1])", ctxt))) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("security label is missing"));
            return NULL;
        }
    }
    if (seclabel->type == VIR_DOMAIN_SECLABEL_DYNAMIC)
        seclabel->baselabel = virXPathString("string(./baselabel[1])", ctxt);
    if (!(flags & VIR_DOMAIN_DEF_PARSE_INACTIVE) && seclabel->type != VIR_DOMAIN_SECLABEL_NONE) {
        if (!seclabel->label)
            seclabel->label = virXPathString("string(./label[1])", ctxt);
        seclabel->imagelabel = virXPathString("string(./imagelabel[1])", ctxt);
    }
    return g_steal_pointer(&seclabel);
}


int
virDomainDefParseSeclabelsXML(xmlXPathContextPtr ctxt, virDomainDef *def, unsigned int flags)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n = virXPathNodeSet("./seclabel", ctxt, &nodes);
    int i;
    size_t j;

    for (i = 0; i < n; i++) {
        virSecurityLabelDef *seclabel = virSecurityLabelDefParseXML(ctxt, nodes[i], flags);

        if (!seclabel)
            return -1;
        for (j = 0; j < def->nseclabels; j++) {
            if (STREQ_NULLABLE(seclabel->model, def->seclabels[j]->model)) {
                virReportError(VIR_ERR_XML_DETAIL, _("seclabel for model %1$s is already provided"),
                               seclabel->model ? seclabel->model : "(null)");
                virSecurityLabelDefFree(seclabel);
                return -1;
            }
        }
        VIR_DOMAIN_APPEND(def->seclabels, def->nseclabels, seclabel);
    }

    if (def->nseclabels > 1) {
        for (j = 0; j < def->nseclabels; j++) {
            if (!def->seclabels[j]->model) {
                virReportError(VIR_ERR_XML_ERROR, "%s",
                               _("missing security model when using multiple labels"));
                return -1;
            }
        }
    }
    return n < 0 ? -1 : 0;
}


void
virDomainDefFormatSeclabels(virBuffer *buf, const virDomainDef *def)
{
    size_t i;

    for (i = 0; i < def->nseclabels; i++) {
        const virSecurityLabelDef *seclabel = def->seclabels[i];
        g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
        g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

        if (seclabel->type == VIR_DOMAIN_SECLABEL_DEFAULT)
            continue;
        virBufferAsprintf(&attrBuf, " type='%s'", virDomainSeclabelTypeToString(seclabel->type));
        virBufferEscapeString(&attrBuf, " model='%s'", seclabel->model);
        if (seclabel->type != VIR_DOMAIN_SECLABEL_NONE)
            virBufferAsprintf(&attrBuf, " relabel='%s'", seclabel->relabel ? "yes" : "no");

        if (seclabel->type != VIR_DOMAIN_SECLABEL_NONE) {
            virBufferEscapeString(&childBuf, "<label>%s</label>\n", seclabel->label);
            virBufferEscapeString(&childBuf, "<imagelabel>%s</imagelabel>\n", seclabel->imagelabel);
        }
        if (seclabel->type == VIR_DOMAIN_SECLABEL_DYNAMIC)
            virBufferEscapeString(&childBuf, "<baselabel>%s</baselabel>\n", seclabel->baselabel);
        virXMLFormatElement(buf, "seclabel", &attrBuf, &childBuf);
    }
}


int
virDomainDefParseKeywrapXML(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n = virXPathNodeSet("./keywrap/cipher", ctxt, &nodes);
    int i;

    for (i = 0; i < n; i++) {
        g_autofree char *name = NULL;
        virTristateSwitch state = VIR_TRISTATE_SWITCH_ABSENT;
        virTristateSwitch *dst;

        if (!(name = virXMLPropStringRequired(nodes[i], "name")))
            return -1;
        if (STREQ(name, "aes")) {
            dst = &def->keywrap_aes;
        } else if (STREQ(name, "dea")) {
            dst = &def->keywrap_dea;
        } else {
            virReportErrorHelper(VIR_FROM_XML, VIR_ERR_XML_ERROR, __FILE__, __func__, __LINE__,
                                 _("Invalid value for attribute '%1$s' in element '%2$s': '%3$s'."),
                                 "name", "cipher", name);
            return -1;
        }
        if (virXMLPropTristateSwitch(nodes[i], "state", VIR_XML_PROP_REQUIRED, &state) < 0)
            return -1;
        if (*dst) {
            virReportError(
                VIR_ERR_INTERNAL_ERROR,
                _("A domain definition can have no more than one cipher node with name %1$s"),
                name);
            return -1;
        }
        *dst = state;
        def->keywrap_set = true;
    }
    return n < 0 ? -1 : 0;
}


void
virDomainDefFormatKeywrap(virBuffer *buf, const virDomainDef *def)
{
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    if (def->keywrap_aes)
        virBufferAsprintf(&childBuf, "<cipher name='aes' state='%s'/>\n",
                          virTristateSwitchTypeToString(def->keywrap_aes));
    if (def->keywrap_dea)
        virBufferAsprintf(&childBuf, "<cipher name='dea' state='%s'/>\n",
                          virTristateSwitchTypeToString(def->keywrap_dea));
    virXMLFormatElement(buf, "keywrap", NULL, &childBuf);
}


VIR_ENUM_IMPL(virDomainLaunchSecurity, VIR_DOMAIN_LAUNCH_SECURITY_LAST, "", "sev", "s390-pv");


void
virDomainSecDefFree(virDomainSecDef *sec)
{
    if (!sec)
        return;
    g_free(sec->dh_cert);
    g_free(sec->session);
    g_free(sec);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainSecDef, virDomainSecDefFree);


/* An optional unsigned child; @have is set when present. */
static int
virDomainSEVParseUInt(
    xmlXPathContextPtr ctxt, const char *xpath, const char *what, unsigned int *val, bool *have)
{
    int rc = virXPathUInt(xpath, ctxt, val);

    if (rc == -2) {
        virReportError(VIR_ERR_XML_ERROR, _("Invalid format for launch security %1$s"), what);
        return -1;
    }
    *have = rc == 0;
    return 0;
}


static int
virDomainSEVDefParseXML(xmlXPathContextPtr ctxt, xmlNodePtr node, virDomainSecDef *sec)
{
    if (virXMLPropTristateBool(node, "kernelHashes", VIR_XML_PROP_NONE, &sec->kernel_hashes) < 0)
        return -1;
    if (virDomainSEVParseUInt(ctxt, "string(./cbitpos)", "cbitpos", &sec->cbitpos,
                              &sec->haveCbitpos) < 0 ||
        virDomainSEVParseUInt(ctxt, "string(./reducedPhysBits)", "reduced-phys-bits",
                              &sec->reduced_phys_bits, &sec->haveReducedPhysBits) < 0)
        return -1;
    if (virXPathUIntBase("string(./policy)", ctxt, 16, &sec->policy) < 0) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("failed to get launch security policy"));
        return -1;
    }
    sec->dh_cert = virXPathString("string(./dhCert)", ctxt);
    sec->session = virXPathString("string(./session)", ctxt);
    return 0;
}


int
virDomainDefParseLaunchSecurityXML(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autoptr(virDomainSecDef) sec = NULL;
    xmlNodePtr node = virXPathNode("./launchSecurity[1]", ctxt);
    unsigned int type = 0;

    if (!node)
        return 0;
    ctxt->node = node;
    if (virXMLPropEnum(node, "type", virDomainLaunchSecurityTypeFromString,
                       VIR_XML_PROP_REQUIRED | VIR_XML_PROP_NONZERO, &type) < 0)
        return -1;

    sec = g_new0(virDomainSecDef, 1);
    sec->sectype = type;
    if (type == VIR_DOMAIN_LAUNCH_SECURITY_SEV && virDomainSEVDefParseXML(ctxt, node, sec) < 0)
        return -1;
    def->sec = g_steal_pointer(&sec);
    return 0;
}


void
virDomainDefFormatLaunchSecurity(virBuffer *buf, const virDomainDef *def)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    const virDomainSecDef *sec = def->sec;

    if (!sec)
        return;
    virBufferAsprintf(&attrBuf, " type='%s'", virDomainLaunchSecurityTypeToString(sec->sectype));
    if (sec->sectype == VIR_DOMAIN_LAUNCH_SECURITY_SEV) {
        if (sec->kernel_hashes)
            virBufferAsprintf(&attrBuf, " kernelHashes='%s'",
                              virTristateBoolTypeToString(sec->kernel_hashes));
        if (sec->haveCbitpos)
            virBufferAsprintf(&childBuf, "<cbitpos>%u</cbitpos>\n", sec->cbitpos);
        if (sec->haveReducedPhysBits)
            virBufferAsprintf(&childBuf, "<reducedPhysBits>%u</reducedPhysBits>\n",
                              sec->reduced_phys_bits);
        virBufferAsprintf(&childBuf, "<policy>0x%04x</policy>\n", sec->policy);
        virBufferEscapeString(&childBuf, "<dhCert>%s</dhCert>\n", sec->dh_cert);
        virBufferEscapeString(&childBuf, "<session>%s</session>\n", sec->session);
    }
    virXMLFormatElement(buf, "launchSecurity", &attrBuf, &childBuf);
}
