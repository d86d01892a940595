/*
 * virdomainfeatures.c: the <features> section of a domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virdomaindef.h"
#include "virdomainfeatures.h"
#include "virerror.h"
#include "virunits.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_ENUM_IMPL(virDomainFeature,
              VIR_DOMAIN_FEATURE_LAST,
              "acpi",
              "apic",
              "pae",
              "hap",
              "viridian",
              "privnet",
              "hyperv",
              "kvm",
              "pvspinlock",
              "capabilities",
              "pmu",
              "vmport",
              "gic",
              "smm",
              "ioapic",
              "hpt",
              "vmcoreinfo",
              "htm",
              "nested-hv",
              "msrs",
              "ccf-assist",
              "xen",
              "cfpc",
              "sbbc",
              "ibs",
              "tcg");

VIR_ENUM_IMPL(virDomainHyperv,
              VIR_DOMAIN_HYPERV_LAST,
              "relaxed",
              "vapic",
              "spinlocks",
              "vpindex",
              "runtime",
              "synic",
              "stimer",
              "reset",
              "vendor_id",
              "frequencies",
              "reenlightenment",
              "tlbflush",
              "ipi",
              "evmcs",
              "avic");

VIR_ENUM_IMPL(virDomainHyperVMode, VIR_DOMAIN_HYPERV_MODE_LAST, "none", "custom", "passthrough");

VIR_ENUM_IMPL(virDomainKVM,
              VIR_DOMAIN_KVM_LAST,
              "hidden",
              "hint-dedicated",
              "poll-control",
              "pv-ipi",
              "dirty-ring");

VIR_ENUM_IMPL(virDomainXen, VIR_DOMAIN_XEN_LAST, "e820_host", "passthrough");

VIR_ENUM_IMPL(virDomainXenPassthroughMode,
              VIR_DOMAIN_XEN_PASSTHROUGH_MODE_LAST,
              "default",
              "sync_pt",
              "share_pt");

VIR_ENUM_IMPL(
    virDomainCapabilitiesPolicy, VIR_DOMAIN_CAPABILITIES_POLICY_LAST, "default", "allow", "deny");

VIR_ENUM_IMPL(virDomainProcessCapsFeature,
              VIR_DOMAIN_PROCES_CAPS_FEATURE_LAST,
              "audit_control",
              "audit_write",
              "block_suspend",
              "chown",
              "dac_override",
              "dac_read_search",
              "fowner",
              "fsetid",
              "ipc_lock",
              "ipc_owner",
              "kill",
              "lease",
              "linux_immutable",
              "mac_admin",
              "mac_override",
              "mknod",
              "net_admin",
              "net_bind_service",
              "net_broadcast",
              "net_raw",
              "setgid",
              "setfcap",
              "setpcap",
              "setuid",
              "sys_admin",
              "sys_boot",
              "sys_chroot",
              "sys_module",
              "sys_nice",
              "sys_pacct",
              "sys_ptrace",
              "sys_rawio",
              "sys_resource",
              "sys_time",
              "sys_tty_config",
              "syslog",
              "wake_alarm");

VIR_ENUM_IMPL(virGICVersion, VIR_GIC_VERSION_LAST, "none", "host", "2", "3");

VIR_ENUM_IMPL(virDomainIOAPIC, VIR_DOMAIN_IOAPIC_LAST, "none", "qemu", "kvm");

VIR_ENUM_IMPL(
    virDomainHPTResizing, VIR_DOMAIN_HPT_RESIZING_LAST, "none", "enabled", "disabled", "required");

VIR_ENUM_IMPL(virDomainMsrsUnknown, VIR_DOMAIN_MSRS_UNKNOWN_LAST, "none", "ignore", "fault");

VIR_ENUM_IMPL(virDomainCFPC, VIR_DOMAIN_CFPC_LAST, "none", "broken", "workaround", "fixed");

VIR_ENUM_IMPL(virDomainIBS,
              VIR_DOMAIN_IBS_LAST,
              "none",
              "broken",
              "workaround",
              "fixed-ibs",
              "fixed-ccd",
              "fixed-na");

#define HYPERV_SPINLOCKS_MIN 4095
#define HYPERV_VENDOR_ID_MAX 12
#define KVM_DIRTY_RING_MIN 1024
#define KVM_DIRTY_RING_MAX 65536


/* Reads a state='on|off' attribute; absent gives @dflt. */
static int
virDomainFeatureState(xmlNodePtr node, bool required, int dflt, int *out)
{
    virTristateSwitch state = VIR_TRISTATE_SWITCH_ABSENT;

    if (virXMLPropTristateSwitch(node, "state",
                                 required ? VIR_XML_PROP_REQUIRED : VIR_XML_PROP_NONE, &state) < 0)
        return -1;
    *out = state == VIR_TRISTATE_SWITCH_ABSENT ? dflt : (int)state;
    return 0;
}


static int
virDomainFeaturesHypervChildParse(xmlNodePtr node, virDomainFeaturesDetails *feat)
{
    int feature = virDomainHypervTypeFromString((const char *)node->name);
    xmlNodePtr child;
    int value;

    if (feature < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("unsupported HyperV Enlightenment feature: %1$s"), node->name);
        return -1;
    }
    if (virDomainFeatureState(node, true, 0, &value) < 0)
        return -1;
    feat->hyperv_features[feature] = value;
    if (value != VIR_TRISTATE_SWITCH_ON)
        return 0;

    switch ((virDomainHyperv)feature) {
    case VIR_DOMAIN_HYPERV_SPINLOCKS:
        if (virXMLPropUInt(node, "retries", 0, VIR_XML_PROP_REQUIRED, &feat->hyperv_spinlocks) < 0)
            return -1;
        if (feat->hyperv_spinlocks < HYPERV_SPINLOCKS_MIN) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("HyperV spinlock retry count must be at least 4095"));
            return -1;
        }
        break;

    case VIR_DOMAIN_HYPERV_STIMER:
        if ((child = virXMLNodeGetSubelement(node, "direct"))) {
            if (virXMLPropTristateSwitch(child, "state", VIR_XML_PROP_REQUIRED,
                                         &feat->hyperv_stimer_direct) < 0)
                return -1;
        }
        break;

    case VIR_DOMAIN_HYPERV_VENDOR_ID:
        g_free(feat->hyperv_vendor_id);
        if (!(feat->hyperv_vendor_id = virXMLPropString(node, "value"))) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("missing 'value' attribute for HyperV feature 'vendor_id'"));
            return -1;
        }
        if (strlen(feat->hyperv_vendor_id) > HYPERV_VENDOR_ID_MAX) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("HyperV vendor_id value must not be more than 12 characters."));
            return -1;
        }
        if (strchr(feat->hyperv_vendor_id, ',')) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("HyperV vendor_id value is invalid"));
            return -1;
        }
        break;

    default:
        break;
    }
    return 0;
}


static int
virDomainFeaturesHypervParse(xmlNodePtr node, virDomainDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    unsigned int mode = VIR_DOMAIN_HYPERV_MODE_CUSTOM;
    size_t n;
    size_t i;

    if (virXMLPropEnumDefault(node, "mode", virDomainHyperVModeTypeFromString, VIR_XML_PROP_NONZERO,
                              &mode, VIR_DOMAIN_HYPERV_MODE_CUSTOM) < 0)
        return -1;
    def->features[VIR_DOMAIN_FEATURE_HYPERV] = mode;

    n = virXMLNodeGetSubelementList(node, NULL, &nodes);
    for (i = 0; i < n; i++) {
        if (virDomainFeaturesHypervChildParse(nodes[i], &def->feat) < 0)
            return -1;
    }
    return 0;
}


static int
virDomainFeaturesKVMParse(xmlNodePtr node, virDomainDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    virDomainFeaturesDetails *feat = &def->feat;
    size_t n;
    size_t i;

    def->features[VIR_DOMAIN_FEATURE_KVM] = VIR_TRISTATE_SWITCH_ON;
    n = virXMLNodeGetSubelementList(node, NULL, &nodes);
    for (i = 0; i < n; i++) {
        int feature = virDomainKVMTypeFromString((const char *)nodes[i]->name);
        int value;

        if (feature < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unsupported KVM feature: %1$s"),
                           nodes[i]->name);
            return -1;
        }
        if (virDomainFeatureState(nodes[i], true, 0, &value) < 0)
            return -1;
        feat->kvm_features[feature] = value;

        if (feature == VIR_DOMAIN_KVM_DIRTY_RING && value == VIR_TRISTATE_SWITCH_ON) {
            unsigned int size;

            if (virXMLPropUInt(nodes[i], "size", 0, VIR_XML_PROP_REQUIRED, &size) < 0)
                return -1;
            if ((size & (size - 1)) != 0 || size < KVM_DIRTY_RING_MIN ||
                size > KVM_DIRTY_RING_MAX) {
                virReportError(VIR_ERR_XML_ERROR, "%s",
                               _("dirty ring must be power of 2 and ranges [1024, 65536]"));
                return -1;
            }
            feat->kvm_dirty_ring_size = size;
        }
    }
    return 0;
}


static int
virDomainFeaturesXenParse(xmlNodePtr node, virDomainDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    virDomainFeaturesDetails *feat = &def->feat;
    size_t n;
    size_t i;

    def->features[VIR_DOMAIN_FEATURE_XEN] = VIR_TRISTATE_SWITCH_ON;
    n = virXMLNodeGetSubelementList(node, NULL, &nodes);
    for (i = 0; i < n; i++) {
        int feature = virDomainXenTypeFromString((const char *)nodes[i]->name);
        int value;

        if (feature < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unsupported Xen feature: %1$s"),
                           nodes[i]->name);
            return -1;
        }
        if (virDomainFeatureState(nodes[i], true, 0, &value) < 0)
            return -1;
        feat->xen_features[feature] = value;

        if (feature == VIR_DOMAIN_XEN_PASSTHROUGH && value == VIR_TRISTATE_SWITCH_ON) {
            unsigned int mode = 0;

            if (virXMLPropEnum(nodes[i], "mode", virDomainXenPassthroughModeTypeFromString,
                               VIR_XML_PROP_NONZERO, &mode) < 0)
                return -1;
            feat->xen_passthrough_mode = mode;
        }
    }
    return 0;
}


static int
virDomainFeaturesCapsParse(xmlNodePtr node, virDomainDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    unsigned int policy = 0;
    size_t n;
    size_t i;

    if (virXMLPropEnum(node, "policy", virDomainCapabilitiesPolicyTypeFromString, VIR_XML_PROP_NONE,
                       &policy) < 0)
        return -1;

    n = virXMLNodeGetSubelementList(node, NULL, &nodes);
    if (policy == VIR_DOMAIN_CAPABILITIES_POLICY_DEFAULT && n == 0)
        return 0;
    def->features[VIR_DOMAIN_FEATURE_CAPABILITIES] = policy;
    def->featureCapsSet = true;

    for (i = 0; i < n; i++) {
        int feature = virDomainProcessCapsFeatureTypeFromString((const char *)nodes[i]->name);
        int value;

        if (feature < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unexpected capability feature '%1$s'"),
                           nodes[i]->name);
            return -1;
        }
        if (virDomainFeatureState(nodes[i], false, VIR_TRISTATE_SWITCH_ON, &value) < 0)
            return -1;
        def->feat.caps_features[feature] = value;
    }
    return 0;
}


static int
virDomainFeaturesSMMParse(xmlXPathContextPtr ctxt, xmlNodePtr node, virDomainDef *def)
{
    int value;
    int rc;

    if (virDomainFeatureState(node, false, VIR_TRISTATE_SWITCH_ON, &value) < 0)
        return -1;
    def->features[VIR_DOMAIN_FEATURE_SMM] = value;
    if (value != VIR_TRISTATE_SWITCH_ON)
        return 0;

    rc = virParseScaledValue("string(./features/smm/tseg)", "string(./features/smm/tseg/@unit)",
                             ctxt, &def->feat.tseg_size, 1024 * 1024, ULLONG_MAX, false);
    if (rc < 0)
        return -1;
    def->feat.tseg_specified = rc > 0;
    return 0;
}


static int
virDomainFeaturesHPTParse(xmlXPathContextPtr ctxt, xmlNodePtr node, virDomainDef *def)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    unsigned int resizing = 0;
    unsigned long long bytes = 0;

    if (virXMLPropEnum(node, "resizing", virDomainHPTResizingTypeFromString, VIR_XML_PROP_NONZERO,
                       &resizing) < 0)
        return -1;

    ctxt->node = node;
    if (virParseScaledValue("./maxpagesize", NULL, ctxt, &bytes, 1024, ULLONG_MAX, false) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("Unable to parse HPT maxpagesize setting"));
        return -1;
    }
    def->feat.hpt_resizing = resizing;
    def->feat.hpt_maxpagesize = bytes / 1024 + (bytes % 1024 ? 1 : 0);

    if (resizing != 0 || def->feat.hpt_maxpagesize > 0)
        def->features[VIR_DOMAIN_FEATURE_HPT] = VIR_TRISTATE_SWITCH_ON;
    return 0;
}


static int
virDomainFeaturesTCGParse(xmlXPathContextPtr ctxt, xmlNodePtr node, virDomainDef *def)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    unsigned long long bytes = 0;

    ctxt->node = node;
    if (virParseScaledValue("./tb-cache", NULL, ctxt, &bytes, 1024, ULLONG_MAX, false) < 0)
        return -1;
    def->feat.tcg_tb_cache = bytes / 1024 + (bytes % 1024 ? 1 : 0);
    if (def->feat.tcg_tb_cache > 0)
        def->features[VIR_DOMAIN_FEATURE_TCG] = VIR_TRISTATE_SWITCH_ON;
    return 0;
}


/* Features whose only content is an enum attribute. */
static int
virDomainFeaturesEnumParse(
    xmlNodePtr node, const char *attr, int (*fromString)(const char *), bool required, int *out)
{
    unsigned int value = 0;
    virXMLPropFlags flags = VIR_XML_PROP_NONZERO;

    if (required)
        flags |= VIR_XML_PROP_REQUIRED;
    if (virXMLPropEnum(node, attr, fromString, flags, &value) < 0)
        return -1;
    *out = value;
    return 0;
}


static int
virDomainFeaturesParseOne(xmlXPathContextPtr ctxt, xmlNodePtr node, virDomainDef *def)
{
    int feature = virDomainFeatureTypeFromString((const char *)node->name);
    int *val;

    if (feature < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unexpected feature '%1$s'"), node->name);
        return -1;
    }
    val = &def->features[feature];

    switch ((virDomainFeature)feature) {
    case VIR_DOMAIN_FEATURE_ACPI:
    case VIR_DOMAIN_FEATURE_PAE:
    case VIR_DOMAIN_FEATURE_VIRIDIAN:
    case VIR_DOMAIN_FEATURE_PRIVNET:
        *val = VIR_TRISTATE_SWITCH_ON;
        return 0;
    case VIR_DOMAIN_FEATURE_APIC:
        *val = VIR_TRISTATE_SWITCH_ON;
        return virXMLPropTristateSwitch(node, "eoi", VIR_XML_PROP_NONE, &def->feat.apic_eoi);
    case VIR_DOMAIN_FEATURE_HAP:
    case VIR_DOMAIN_FEATURE_PVSPINLOCK:
    case VIR_DOMAIN_FEATURE_PMU:
    case VIR_DOMAIN_FEATURE_VMPORT:
    case VIR_DOMAIN_FEATURE_VMCOREINFO:
        return virDomainFeatureState(node, false, VIR_TRISTATE_SWITCH_ON, val);
    case VIR_DOMAIN_FEATURE_HTM:
    case VIR_DOMAIN_FEATURE_NESTED_HV:
    case VIR_DOMAIN_FEATURE_CCF_ASSIST:
        return virDomainFeatureState(node, true, 0, val);
    case VIR_DOMAIN_FEATURE_HYPERV:
        return virDomainFeaturesHypervParse(node, def);
    case VIR_DOMAIN_FEATURE_KVM:
        return virDomainFeaturesKVMParse(node, def);
    case VIR_DOMAIN_FEATURE_XEN:
        return virDomainFeaturesXenParse(node, def);
    case VIR_DOMAIN_FEATURE_CAPABILITIES:
        return virDomainFeaturesCapsParse(node, def);
    case VIR_DOMAIN_FEATURE_GIC:
        *val = VIR_TRISTATE_SWITCH_ON;
        return virDomainFeaturesEnumParse(node, "version", virGICVersionTypeFromString, false,
                                          &def->feat.gic_version);
    case VIR_DOMAIN_FEATURE_SMM:
        return virDomainFeaturesSMMParse(ctxt, node, def);
    case VIR_DOMAIN_FEATURE_IOAPIC:
        return virDomainFeaturesEnumParse(node, "driver", virDomainIOAPICTypeFromString, false,
                                          val);
    case VIR_DOMAIN_FEATURE_HPT:
        return virDomainFeaturesHPTParse(ctxt, node, def);
    case VIR_DOMAIN_FEATURE_MSRS:
        *val = VIR_TRISTATE_SWITCH_ON;
        return virDomainFeaturesEnumParse(node, "unknown", virDomainMsrsUnknownTypeFromString, true,
                                          &def->feat.msrs_unknown);
    case VIR_DOMAIN_FEATURE_CFPC:
    case VIR_DOMAIN_FEATURE_SBBC:
        return virDomainFeaturesEnumParse(node, "value", virDomainCFPCTypeFromString, false, val);
    case VIR_DOMAIN_FEATURE_IBS:
        return virDomainFeaturesEnumParse(node, "value", virDomainIBSTypeFromString, false, val);
    case VIR_DOMAIN_FEATURE_TCG:
        return virDomainFeaturesTCGParse(ctxt, node, def);
    case VIR_DOMAIN_FEATURE_LAST:
        break;
    }
    return 0;
}


int
virDomainFeaturesParseXML(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    xmlNodePtr features;
    size_t n;
    size_t i;

    if (!(features = virXPathNode("./features", ctxt)))
        return 0;

    n = virXMLNodeGetSubelementList(features, NULL, &nodes);
    for (i = 0; i < n; i++) {
        if (virDomainFeaturesParseOne(ctxt, nodes[i], def) < 0)
            return -1;
    }
    return 0;
}


static void
virDomainFeaturesStateFormat(virBuffer *buf, const char *name, int state)
{
    virBufferAsprintf(buf, "<%s state='%s'/>\n", name, virTristateSwitchTypeToString(state));
}


static void
virDomainFeaturesHypervFormat(virBuffer *buf, const virDomainDef *def)
{
    const virDomainFeaturesDetails *feat = &def->feat;
    size_t j;

    virBufferAsprintf(buf, "<hyperv mode='%s'>\n",
                      virDomainHyperVModeTypeToString(def->features[VIR_DOMAIN_FEATURE_HYPERV]));
    virBufferAdjustIndent(buf, 2);
    for (j = 0; j < VIR_DOMAIN_HYPERV_LAST; j++) {
        int state = feat->hyperv_features[j];
        const char *name = virDomainHypervTypeToString(j);

        if (state == VIR_TRISTATE_SWITCH_ABSENT)
            continue;
        virBufferAsprintf(buf, "<%s state='%s'", name, virTristateSwitchTypeToString(state));
        if (state != VIR_TRISTATE_SWITCH_ON) {
            virBufferAddLit(buf, "/>\n");
            continue;
        }
        if (j == VIR_DOMAIN_HYPERV_SPINLOCKS) {
            virBufferAsprintf(buf, " retries='%u'", feat->hyperv_spinlocks);
        } else if (j == VIR_DOMAIN_HYPERV_VENDOR_ID) {
            virBufferEscapeString(buf, " value='%s'", feat->hyperv_vendor_id);
        } else if (j == VIR_DOMAIN_HYPERV_STIMER &&
                   feat->hyperv_stimer_direct == VIR_TRISTATE_SWITCH_ON) {
            virBufferAddLit(buf, ">\n");
            virBufferAdjustIndent(buf, 2);
            virDomainFeaturesStateFormat(buf, "direct", feat->hyperv_stimer_direct);
            virBufferAdjustIndent(buf, -2);
            virBufferAddLit(buf, "</stimer>\n");
            continue;
        }
        virBufferAddLit(buf, "/>\n");
    }
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</hyperv>\n");
}


static void
virDomainFeaturesKVMFormat(virBuffer *buf, const virDomainFeaturesDetails *feat)
{
    size_t j;

    virBufferAddLit(buf, "<kvm>\n");
    virBufferAdjustIndent(buf, 2);
    for (j = 0; j < VIR_DOMAIN_KVM_LAST; j++) {
        int state = feat->kvm_features[j];

        if (state == VIR_TRISTATE_SWITCH_ABSENT)
            continue;
        if (j == VIR_DOMAIN_KVM_DIRTY_RING && state == VIR_TRISTATE_SWITCH_ON) {
            virBufferAsprintf(buf, "<dirty-ring state='on' size='%u'/>\n",
                              feat->kvm_dirty_ring_size);
            continue;
        }
        virDomainFeaturesStateFormat(buf, virDomainKVMTypeToString(j), state);
    }
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</kvm>\n");
}


static void
virDomainFeaturesXenFormat(virBuffer *buf, const virDomainFeaturesDetails *feat)
{
    size_t j;

    virBufferAddLit(buf, "<xen>\n");
    virBufferAdjustIndent(buf, 2);
    for (j = 0; j < VIR_DOMAIN_XEN_LAST; j++) {
        int state = feat->xen_features[j];

        if (state == VIR_TRISTATE_SWITCH_ABSENT)
            continue;
        if (j == VIR_DOMAIN_XEN_PASSTHROUGH && state == VIR_TRISTATE_SWITCH_ON &&
            feat->xen_passthrough_mode) {
            virBufferAsprintf(buf, "<passthrough state='on' mode='%s'/>\n",
                              virDomainXenPassthroughModeTypeToString(feat->xen_passthrough_mode));
            continue;
        }
        virDomainFeaturesStateFormat(buf, virDomainXenTypeToString(j), state);
    }
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</xen>\n");
}


static void
virDomainFeaturesCapsFormat(virBuffer *buf, const virDomainDef *def)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    size_t j;

    virBufferAsprintf(
        &attrBuf, " policy='%s'",
        virDomainCapabilitiesPolicyTypeToString(def->features[VIR_DOMAIN_FEATURE_CAPABILITIES]));
    for (j = 0; j < VIR_DOMAIN_PROCES_CAPS_FEATURE_LAST; j++) {
        if (def->feat.caps_features[j] == VIR_TRISTATE_SWITCH_ABSENT)
            continue;
        virDomainFeaturesStateFormat(&childBuf, virDomainProcessCapsFeatureTypeToString(j),
                                     def->feat.caps_features[j]);
    }
    virXMLFormatElement(buf, "capabilities", &attrBuf, &childBuf);
}


/* Writes a size with the largest binary unit (up to PiB) that divides it. */
static void
virDomainFeaturesTsegFormat(virBuffer *buf, unsigned long long bytes)
{
    static const char *const units[] = { "B", "KiB", "MiB", "GiB", "TiB", "PiB" };
    size_t u = 0;

    while (bytes != 0 && bytes % 1024 == 0 && u + 1 < G_N_ELEMENTS(units)) {
        bytes /= 1024;
        u++;
    }
    virBufferAsprintf(buf, "<tseg unit='%s'>%llu</tseg>\n", units[u], bytes);
}


static void
virDomainFeaturesSMMFormat(virBuffer *buf, const virDomainDef *def)
{
    int state = def->features[VIR_DOMAIN_FEATURE_SMM];

    virBufferAsprintf(buf, "<smm state='%s'", virTristateSwitchTypeToString(state));
    if (state != VIR_TRISTATE_SWITCH_ON || !def->feat.tseg_specified) {
        virBufferAddLit(buf, "/>\n");
        return;
    }
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);
    virDomainFeaturesTsegFormat(buf, def->feat.tseg_size);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</smm>\n");
}


static void
virDomainFeaturesHPTFormat(virBuffer *buf, const virDomainFeaturesDetails *feat)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    if (feat->hpt_resizing)
        virBufferAsprintf(&attrBuf, " resizing='%s'",
                          virDomainHPTResizingTypeToString(feat->hpt_resizing));
    if (feat->hpt_maxpagesize)
        virBufferAsprintf(&childBuf, "<maxpagesize unit='KiB'>%llu</maxpagesize>\n",
                          feat->hpt_maxpagesize);
    virXMLFormatElement(buf, "hpt", &attrBuf, &childBuf);
}


/* The features written as <name/>, <name state=.../> or <name attr=.../>;
 * returns false for the others. */
static bool
virDomainFeaturesFormatSimple(virBuffer *buf, const virDomainDef *def, virDomainFeature f)
{
    const virDomainFeaturesDetails *feat = &def->feat;
    const char *name = virDomainFeatureTypeToString(f);
    int val = def->features[f];

    switch (f) {
    case VIR_DOMAIN_FEATURE_ACPI:
    case VIR_DOMAIN_FEATURE_PAE:
    case VIR_DOMAIN_FEATURE_VIRIDIAN:
    case VIR_DOMAIN_FEATURE_PRIVNET:
        if (val == VIR_TRISTATE_SWITCH_ON)
            virBufferAsprintf(buf, "<%s/>\n", name);
        return true;
    case VIR_DOMAIN_FEATURE_APIC:
        if (val == VIR_TRISTATE_SWITCH_ON) {
            virBufferAddLit(buf, "<apic");
            if (feat->apic_eoi)
                virBufferAsprintf(buf, " eoi='%s'", virTristateSwitchTypeToString(feat->apic_eoi));
            virBufferAddLit(buf, "/>\n");
        }
        return true;
    case VIR_DOMAIN_FEATURE_HAP:
    case VIR_DOMAIN_FEATURE_PVSPINLOCK:
    case VIR_DOMAIN_FEATURE_PMU:
    case VIR_DOMAIN_FEATURE_VMPORT:
    case VIR_DOMAIN_FEATURE_VMCOREINFO:
    case VIR_DOMAIN_FEATURE_HTM:
    case VIR_DOMAIN_FEATURE_NESTED_HV:
    case VIR_DOMAIN_FEATURE_CCF_ASSIST:
        virDomainFeaturesStateFormat(buf, name, val);
        return true;
    case VIR_DOMAIN_FEATURE_IOAPIC:
        virBufferAsprintf(buf, "<ioapic driver='%s'/>\n", virDomainIOAPICTypeToString(val));
        return true;
    case VIR_DOMAIN_FEATURE_MSRS:
        virBufferAsprintf(buf, "<msrs unknown='%s'/>\n",
                          virDomainMsrsUnknownTypeToString(feat->msrs_unknown));
        return true;
    case VIR_DOMAIN_FEATURE_CFPC:
    case VIR_DOMAIN_FEATURE_SBBC:
        virBufferAsprintf(buf, "<%s value='%s'/>\n", name, virDomainCFPCTypeToString(val));
        return true;
    case VIR_DOMAIN_FEATURE_IBS:
        virBufferAsprintf(buf, "<ibs value='%s'/>\n", virDomainIBSTypeToString(val));
        return true;
    default:
        return false;
    }
}


static void
virDomainFeaturesFormatOne(virBuffer *buf, const virDomainDef *def, virDomainFeature f)
{
    const virDomainFeaturesDetails *feat = &def->feat;

    if (virDomainFeaturesFormatSimple(buf, def, f))
        return;

    switch (f) {
    case VIR_DOMAIN_FEATURE_HYPERV:
        virDomainFeaturesHypervFormat(buf, def);
        break;
    case VIR_DOMAIN_FEATURE_KVM:
        virDomainFeaturesKVMFormat(buf, feat);
        break;
    case VIR_DOMAIN_FEATURE_XEN:
        virDomainFeaturesXenFormat(buf, feat);
        break;
    case VIR_DOMAIN_FEATURE_CAPABILITIES:
        virDomainFeaturesCapsFormat(buf, def);
        break;
    case VIR_DOMAIN_FEATURE_GIC:
        virBufferAddLit(buf, "<gic");
        if (feat->gic_version)
            virBufferAsprintf(buf, " version='%s'", virGICVersionTypeToString(feat->gic_version));
        virBufferAddLit(buf, "/>\n");
        break;
    case VIR_DOMAIN_FEATURE_SMM:
        virDomainFeaturesSMMFormat(buf, def);
        break;
    case VIR_DOMAIN_FEATURE_HPT:
        virDomainFeaturesHPTFormat(buf, feat);
        break;
    case VIR_DOMAIN_FEATURE_TCG:
        virBufferAddLit(buf, "<tcg>\n");
        virBufferAdjustIndent(buf, 2);
        virBufferAsprintf(buf, "<tb-cache unit='KiB'>%llu</tb-cache>\n", feat->tcg_tb_cache);
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</tcg>\n");
        break;
    default:
        break;
    }
}


void
virDomainFeaturesFormat(virBuffer *buf, const virDomainDef *def)
{
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    size_t i;

    for (i = 0; i < VIR_DOMAIN_FEATURE_LAST; i++) {
        if (i == VIR_DOMAIN_FEATURE_CAPABILITIES) {
            if (def->featureCapsSet)
                virDomainFeaturesFormatOne(&childBuf, def, i);
            continue;
        }
        if (def->features[i] == 0)
            continue;
        virDomainFeaturesFormatOne(&childBuf, def, i);
    }
    virXMLFormatElement(buf, "features", NULL, &childBuf);
}


void
virDomainFeaturesDetailsClear(virDomainFeaturesDetails *feat)
{
    g_free(feat->hyperv_vendor_id);
    memset(feat, 0, sizeof(*feat));
}
