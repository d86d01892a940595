/*
 * virdomainrng.c: rng, tpm, memballoon and shmem devices
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include "virdomainchr.h"
#include "virdomaindef.h"
#include "virdomaindevmisc.h"
#include "virerror.h"
#include "virunits.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_ENUM_IMPL(virDomainRNGModel,
              VIR_DOMAIN_RNG_MODEL_LAST,
              "virtio",
              "virtio-transitional",
              "virtio-non-transitional");

VIR_ENUM_IMPL(virDomainRNGBackend, VIR_DOMAIN_RNG_BACKEND_LAST, "random", "egd", "builtin");

VIR_ENUM_IMPL(virDomainTPMModel,
              VIR_DOMAIN_TPM_MODEL_LAST,
              "default",
              "tpm-tis",
              "tpm-crb",
              "tpm-spapr",
              "spapr-tpm-proxy");

VIR_ENUM_IMPL(virDomainTPMBackend, VIR_DOMAIN_TPM_TYPE_LAST, "passthrough", "emulator", "external");

VIR_ENUM_IMPL(virDomainTPMVersion, VIR_DOMAIN_TPM_VERSION_LAST, "default", "1.2", "2.0");

VIR_ENUM_IMPL(
    virDomainTPMPcrBank, VIR_DOMAIN_TPM_PCR_BANK_LAST, "sha1", "sha256", "sha384", "sha512");

VIR_ENUM_IMPL(virDomainMemballoonModel,
              VIR_DOMAIN_MEMBALLOON_MODEL_LAST,
              "virtio",
              "xen",
              "none",
              "virtio-transitional",
              "virtio-non-transitional");

VIR_ENUM_IMPL(virDomainShmemModel,
              VIR_DOMAIN_SHMEM_MODEL_LAST,
              "ivshmem",
              "ivshmem-plain",
              "ivshmem-doorbell");

VIR_ENUM_IMPL(virDomainShmemRole, VIR_DOMAIN_SHMEM_ROLE_LAST, "default", "master", "peer");


/* ---- rng ---- */

void
virDomainRNGDefFree(virDomainRNGDef *rng)
{
    if (!rng)
        return;
    g_free(rng->file);
    virDomainChrSourceDefFree(rng->chrSource);
    virDomainDeviceInfoClear(&rng->info);
    g_free(rng);
}


static int
virDomainRNGBackendParse(xmlXPathContextPtr ctxt,
                         xmlNodePtr backend,
                         virDomainRNGDef *rng,
                         unsigned int flags)
{
    g_autofree char *model = virXMLPropString(backend, "model");
    g_autofree char *type = NULL;
    int val;

    if (!model) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing RNG device backend model"));
        return -1;
    }
    if ((rng->backend = virDomainRNGBackendTypeFromString(model)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown RNG backend model '%1$s'"), model);
        return -1;
    }
    switch ((virDomainRNGBackend)rng->backend) {
    case VIR_DOMAIN_RNG_BACKEND_RANDOM:
        rng->file = virXMLNodeContentString(backend);
        if (rng->file && !*rng->file)
            g_clear_pointer(&rng->file, g_free);
        if (!rng->file)
            rng->file = g_strdup("/dev/random");
        break;
    case VIR_DOMAIN_RNG_BACKEND_EGD:
        if (!(type = virXMLPropString(backend, "type"))) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("missing EGD backend type"));
            return -1;
        }
        if ((val = virDomainChrTypeFromString(type)) < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown backend type '%1$s' for egd"),
                           type);
            return -1;
        }
        rng->chrSource = virDomainChrSourceDefNew();
        rng->chrSource->type = val;
        return virDomainChrSourceDefParseXML(ctxt, backend, rng->chrSource, flags);
    case VIR_DOMAIN_RNG_BACKEND_BUILTIN:
    case VIR_DOMAIN_RNG_BACKEND_LAST:
        break;
    }
    return 0;
}


static int
virDomainRNGRateParse(xmlXPathContextPtr ctxt, virDomainRNGDef *rng)
{
    if (virXPathUInt("string(./rate/@bytes)", ctxt, &rng->rate) == -2) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("invalid RNG rate bytes value"));
        return -1;
    }
    if (virXPathUInt("string(./rate/@period)", ctxt, &rng->period) == -2) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("invalid RNG rate period value"));
        return -1;
    }
    return 0;
}


virDomainRNGDef *
virDomainRNGDefParseXML(xmlXPathContextPtr ctxt,
                        xmlNodePtr node,
                        virDomainDef *def G_GNUC_UNUSED,
                        unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virDomainRNGDef) rng = g_new0(virDomainRNGDef, 1);
    g_autofree char *model = virXMLPropString(node, "model");
    g_autofree xmlNodePtr *backends = NULL;

    ctxt->node = node;
    if (!model) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing RNG device model"));
        return NULL;
    }
    if ((rng->model = virDomainRNGModelTypeFromString(model)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown RNG model '%1$s'"), model);
        return NULL;
    }
    if (virXMLNodeGetSubelementList(node, "backend", &backends) != 1) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("only one RNG backend is supported"));
        return NULL;
    }
    if (virDomainRNGBackendParse(ctxt, backends[0], rng, flags) < 0 ||
        virDomainRNGRateParse(ctxt, rng) < 0 ||
        virDomainDeviceInfoParseXML(ctxt, node, &rng->info, flags) < 0 ||
        virDomainVirtioOptionsParseXML(virXMLNodeGetSubelement(node, "driver"), &rng->virtio) < 0)
        return NULL;
    return g_steal_pointer(&rng);
}


static int
virDomainRNGBackendFormat(virBuffer *buf, const virDomainRNGDef *rng, unsigned int flags)
{
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    virBufferAsprintf(buf, "<backend model='%s'", virDomainRNGBackendTypeToString(rng->backend));
    switch ((virDomainRNGBackend)rng->backend) {
    case VIR_DOMAIN_RNG_BACKEND_RANDOM:
        virBufferEscapeString(buf, ">%s</backend>\n", rng->file);
        break;
    case VIR_DOMAIN_RNG_BACKEND_EGD:
        /* both tags are written, even when the source says nothing */
        virBufferAsprintf(buf, " type='%s'>\n", virDomainChrTypeToString(rng->chrSource->type));
        if (virDomainChrSourceDefFormat(&childBuf, rng->chrSource, flags) < 0)
            return -1;
        virBufferAddBuffer(buf, &childBuf);
        virBufferAddLit(buf, "</backend>\n");
        break;
    case VIR_DOMAIN_RNG_BACKEND_BUILTIN:
    case VIR_DOMAIN_RNG_BACKEND_LAST:
        virBufferAddLit(buf, "/>\n");
        break;
    }
    return 0;
}


int
virDomainRNGDefFormat(virBuffer *buf,
                      const virDomainRNGDef *rng,
                      const virDomainDef *def G_GNUC_UNUSED,
                      unsigned int flags)
{
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    g_auto(virBuffer) drvBuf = VIR_BUFFER_INITIALIZER;

    virBufferAsprintf(buf, "<rng model='%s'>\n", virDomainRNGModelTypeToString(rng->model));
    if (rng->rate) {
        virBufferAsprintf(&childBuf, "<rate bytes='%u'", rng->rate);
        if (rng->period)
            virBufferAsprintf(&childBuf, " period='%u'", rng->period);
        virBufferAddLit(&childBuf, "/>\n");
    }
    if (virDomainRNGBackendFormat(&childBuf, rng, flags) < 0)
        return -1;
    virDomainVirtioOptionsFormat(&drvBuf, &rng->virtio);
    virXMLFormatElement(&childBuf, "driver", &drvBuf, NULL);
    virDomainDeviceInfoFormat(&childBuf, &rng->info, flags);
    virBufferAddBuffer(buf, &childBuf);
    virBufferAddLit(buf, "</rng>\n");
    return 0;
}


int
virDomainRNGDefPostParse(virDomainRNGDef *rng, virDomainDef *def G_GNUC_UNUSED)
{
    if (rng->chrSource && virDomainChrSourceDefValidate(rng->chrSource, NULL) < 0)
        return -1;
    return 0;
}


/* ---- tpm ---- */

void
virDomainTPMDefFree(virDomainTPMDef *tpm)
{
    if (!tpm)
        return;
    g_free(tpm->path);
    virDomainDeviceInfoClear(&tpm->info);
    g_free(tpm);
}


static int
virDomainTPMPcrBanksParse(xmlNodePtr banks, virDomainTPMDef *tpm)
{
    xmlNodePtr cur;
    int val;

    for (cur = banks->children; cur; cur = cur->next) {
        if (cur->type != XML_ELEMENT_NODE)
            continue;
        if ((val = virDomainTPMPcrBankTypeFromString((const char *)cur->name)) < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("Unsupported PCR banks '%1$s'"),
                           (const char *)cur->name);
            return -1;
        }
        tpm->activePcrBanks |= 1U << val;
    }
    if (tpm->activePcrBanks && tpm->version != VIR_DOMAIN_TPM_VERSION_2_0) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("<active_pcr_banks/> requires TPM version '2.0'"));
        return -1;
    }
    return 0;
}


static int
virDomainTPMEmulatorParse(xmlNodePtr backend, virDomainTPMDef *tpm)
{
    g_autofree char *persistent = virXMLPropString(backend, "persistent_state");
    xmlNodePtr encryption = virXMLNodeGetSubelement(backend, "encryption");
    xmlNodePtr banks = virXMLNodeGetSubelement(backend, "active_pcr_banks");
    g_autofree char *secret = encryption ? virXMLPropString(encryption, "secret") : NULL;

    if (persistent) {
        if (!g_str_equal(persistent, "yes") && !g_str_equal(persistent, "no")) {
            virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                           _("Invalid persistent_state value, either 'yes' or 'no'"));
            return -1;
        }
        tpm->persistent_state = g_str_equal(persistent, "yes");
    }
    if (secret) {
        if (virUUIDParse(secret, tpm->secretUUID) < 0) {
            virReportError(VIR_ERR_INTERNAL_ERROR, _("Unable to parse secret uuid '%1$s'"), secret);
            return -1;
        }
        tpm->hasSecretUUID = true;
    }
    return banks ? virDomainTPMPcrBanksParse(banks, tpm) : 0;
}


static int
virDomainTPMExternalParse(xmlNodePtr backend, virDomainTPMDef *tpm)
{
    xmlNodePtr source = virXMLNodeGetSubelement(backend, "source");
    g_autofree char *type = source ? virXMLPropString(source, "type") : NULL;
    g_autofree char *mode = source ? virXMLPropString(source, "mode") : NULL;

    if (!type) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing external TPM backend type"));
        return -1;
    }
    if (!g_str_equal(type, "unix")) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("only source type 'unix' is supported for external TPM device"));
        return -1;
    }
    if (mode && !g_str_equal(mode, "connect")) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("only 'client' mode is supported for external TPM device"));
        return -1;
    }
    if (!(tpm->path = virXMLPropString(source, "path"))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing TPM external source path"));
        return -1;
    }
    return 0;
}


virDomainTPMDef *
virDomainTPMDefParseXML(xmlXPathContextPtr ctxt,
                        xmlNodePtr node,
                        virDomainDef *def G_GNUC_UNUSED,
                        unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virDomainTPMDef) tpm = g_new0(virDomainTPMDef, 1);
    xmlNodePtr backend = virXMLNodeGetSubelement(node, "backend");
    xmlNodePtr device;
    unsigned int val = 0;
    int rc = 0;

    ctxt->node = node;
    if (virXMLPropEnum(node, "model", virDomainTPMModelTypeFromString, VIR_XML_PROP_NONE, &val) < 0)
        return NULL;
    tpm->model = val;
    if (!backend) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("missing TPM device backend"));
        return NULL;
    }
    if (virXMLPropEnum(backend, "type", virDomainTPMBackendTypeFromString, VIR_XML_PROP_REQUIRED,
                       &val) < 0)
        return NULL;
    tpm->type = val;
    if (tpm->type == VIR_DOMAIN_TPM_TYPE_EMULATOR) {
        if (virXMLPropEnum(backend, "version", virDomainTPMVersionTypeFromString,
                           VIR_XML_PROP_NONZERO, &val) < 0)
            return NULL;
        tpm->version = val;
    }

    switch ((virDomainTPMBackendType)tpm->type) {
    case VIR_DOMAIN_TPM_TYPE_PASSTHROUGH:
        if ((device = virXMLNodeGetSubelement(backend, "device")))
            tpm->path = virXMLPropString(device, "path");
        if (!tpm->path)
            tpm->path = g_strdup("/dev/tpm0");
        break;
    case VIR_DOMAIN_TPM_TYPE_EMULATOR:
        rc = virDomainTPMEmulatorParse(backend, tpm);
        break;
    case VIR_DOMAIN_TPM_TYPE_EXTERNAL:
        rc = virDomainTPMExternalParse(backend, tpm);
        break;
    case VIR_DOMAIN_TPM_TYPE_LAST:
        break;
    }
    if (rc < 0 || virDomainDeviceInfoParseXML(ctxt, node, &tpm->info, flags) < 0)
        return NULL;
    return g_steal_pointer(&tpm);
}


static void
virDomainTPMBackendFormat(virBuffer *buf, const virDomainTPMDef *tpm)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    g_auto(virBuffer) bankBuf = VIR_BUFFER_INIT_CHILD(&childBuf);
    char uuidstr[VIR_UUID_STRING_BUFLEN];
    size_t i;

    virBufferAsprintf(&attrBuf, " type='%s'", virDomainTPMBackendTypeToString(tpm->type));
    switch ((virDomainTPMBackendType)tpm->type) {
    case VIR_DOMAIN_TPM_TYPE_PASSTHROUGH:
        virBufferEscapeString(&childBuf, "<device path='%s'/>\n", tpm->path);
        break;
    case VIR_DOMAIN_TPM_TYPE_EMULATOR:
        if (tpm->version)
            virBufferAsprintf(&attrBuf, " version='%s'",
                              virDomainTPMVersionTypeToString(tpm->version));
        if (tpm->persistent_state)
            virBufferAddLit(&attrBuf, " persistent_state='yes'");
        if (tpm->hasSecretUUID)
            virBufferAsprintf(&childBuf, "<encryption secret='%s'/>\n",
                              virUUIDFormat(tpm->secretUUID, uuidstr));
        for (i = 0; i < VIR_DOMAIN_TPM_PCR_BANK_LAST; i++) {
            if (tpm->activePcrBanks & (1U << i))
                virBufferAsprintf(&bankBuf, "<%s/>\n", virDomainTPMPcrBankTypeToString(i));
        }
        virXMLFormatElement(&childBuf, "active_pcr_banks", NULL, &bankBuf);
        break;
    case VIR_DOMAIN_TPM_TYPE_EXTERNAL:
        virBufferEscapeString(&childBuf, "<source type='unix' mode='connect' path='%s'/>\n",
                              tpm->path);
        break;
    case VIR_DOMAIN_TPM_TYPE_LAST:
        break;
    }
    virXMLFormatElement(buf, "backend", &attrBuf, &childBuf);
}


int
virDomainTPMDefFormat(virBuffer *buf,
                      const virDomainTPMDef *tpm,
                      const virDomainDef *def G_GNUC_UNUSED,
                      unsigned int flags)
{
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    virBufferAddLit(buf, "<tpm");
    if (tpm->model)
        virBufferAsprintf(buf, " model='%s'", virDomainTPMModelTypeToString(tpm->model));
    virBufferAddLit(buf, ">\n");
    virDomainTPMBackendFormat(&childBuf, tpm);
    virDomainDeviceInfoFormat(&childBuf, &tpm->info, flags);
    virBufferAddBuffer(buf, &childBuf);
    virBufferAddLit(buf, "</tpm>\n");
    return 0;
}


int
virDomainTPMDefPostParse(virDomainTPMDef *tpm G_GNUC_UNUSED, virDomainDef *def G_GNUC_UNUSED)
{
    return 0;
}


/* ---- memballoon ---- */

void
virDomainMemballoonDefFree(virDomainMemballoonDef *memballoon)
{
    if (!memballoon)
        return;
    virDomainDeviceInfoClear(&memballoon->info);
    g_free(memballoon);
}


virDomainMemballoonDef *
virDomainMemballoonDefParseXML(xmlXPathContextPtr ctxt,
                               xmlNodePtr node,
                               virDomainDef *def G_GNUC_UNUSED,
                               unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virDomainMemballoonDef) mb = g_new0(virDomainMemballoonDef, 1);
    xmlNodePtr stats = virXMLNodeGetSubelement(node, "stats");
    unsigned int model = 0;

    ctxt->node = node;
    if (virXMLPropEnum(node, "model", virDomainMemballoonModelTypeFromString, VIR_XML_PROP_REQUIRED,
                       &model) < 0 ||
        virXMLPropTristateSwitch(node, "autodeflate", VIR_XML_PROP_NONE, &mb->autodeflate) < 0 ||
        virXMLPropTristateSwitch(node, "freePageReporting", VIR_XML_PROP_NONE,
                                 &mb->free_page_reporting) < 0)
        return NULL;
    mb->model = model;
    if (stats && virXMLPropInt(stats, "period", 10, VIR_XML_PROP_NONE, &mb->period, 0) < 0)
        return NULL;
    if (virDomainDeviceInfoParseXML(ctxt, node, &mb->info, flags) < 0 ||
        virDomainVirtioOptionsParseXML(virXMLNodeGetSubelement(node, "driver"), &mb->virtio) < 0)
        return NULL;
    return g_steal_pointer(&mb);
}


int
virDomainMemballoonDefFormat(virBuffer *buf,
                             const virDomainMemballoonDef *mb,
                             const virDomainDef *def G_GNUC_UNUSED,
                             unsigned int flags)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    g_auto(virBuffer) drvBuf = VIR_BUFFER_INITIALIZER;

    virBufferAsprintf(&attrBuf, " model='%s'", virDomainMemballoonModelTypeToString(mb->model));
    if (mb->autodeflate)
        virBufferAsprintf(&attrBuf, " autodeflate='%s'",
                          virTristateSwitchTypeToString(mb->autodeflate));
    if (mb->free_page_reporting)
        virBufferAsprintf(&attrBuf, " freePageReporting='%s'",
                          virTristateSwitchTypeToString(mb->free_page_reporting));
    if (mb->period > 0)
        virBufferAsprintf(&childBuf, "<stats period='%d'/>\n", mb->period);
    virDomainDeviceInfoFormat(&childBuf, &mb->info, flags);
    virDomainVirtioOptionsFormat(&drvBuf, &mb->virtio);
    virXMLFormatElement(&childBuf, "driver", &drvBuf, NULL);
    virXMLFormatElement(buf, "memballoon", &attrBuf, &childBuf);
    return 0;
}


int
virDomainMemballoonDefPostParse(virDomainMemballoonDef *memballoon G_GNUC_UNUSED,
                                virDomainDef *def G_GNUC_UNUSED)
{
    return 0;
}


/* ---- shmem ---- */

void
virDomainShmemDefFree(virDomainShmemDef *shmem)
{
    if (!shmem)
        return;
    g_free(shmem->name);
    g_free(shmem->server_path);
    virDomainDeviceInfoClear(&shmem->info);
    g_free(shmem);
}


static int
virDomainShmemChildrenParse(xmlXPathContextPtr ctxt, xmlNodePtr node, virDomainShmemDef *shmem)
{
    xmlNodePtr model = virXMLNodeGetSubelement(node, "model");
    xmlNodePtr server = virXMLNodeGetSubelement(node, "server");
    xmlNodePtr msi = virXMLNodeGetSubelement(node, "msi");
    unsigned int val = 0;

    if (model && virXMLPropEnum(model, "type", virDomainShmemModelTypeFromString, VIR_XML_PROP_NONE,
                                &val) < 0)
        return -1;
    shmem->model = val;
    if (virParseScaledValue("./size[1]", NULL, ctxt, &shmem->size, 1, ULLONG_MAX, false) < 0)
        return -1;
    if (server) {
        shmem->server_enabled = true;
        shmem->server_path = virXMLPropString(server, "path");
    }
    if (msi) {
        shmem->msi_enabled = true;
        if (virXMLPropUInt(msi, "vectors", 10, VIR_XML_PROP_NONE, &shmem->msi_vectors) < 0 ||
            virXMLPropTristateSwitch(msi, "ioeventfd", VIR_XML_PROP_NONE, &shmem->msi_ioeventfd) <
                0)
            return -1;
    }
    return 0;
}


virDomainShmemDef *
virDomainShmemDefParseXML(xmlXPathContextPtr ctxt,
                          xmlNodePtr node,
                          virDomainDef *def G_GNUC_UNUSED,
                          unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virDomainShmemDef) shmem = g_new0(virDomainShmemDef, 1);
    unsigned int role = 0;

    ctxt->node = node;
    if (!(shmem->name = virXMLPropString(node, "name"))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("shmem element must contain 'name' attribute"));
        return NULL;
    }
    if (virDomainShmemChildrenParse(ctxt, node, shmem) < 0)
        return NULL;
    /* the legacy ivshmem model has no role: libvirt ignores it there */
    if (shmem->model != VIR_DOMAIN_SHMEM_MODEL_IVSHMEM) {
        if (virXMLPropEnum(node, "role", virDomainShmemRoleTypeFromString, VIR_XML_PROP_NONZERO,
                           &role) < 0)
            return NULL;
        shmem->role = role;
    }
    if (shmem->msi_enabled && !shmem->server_enabled) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("msi option is only supported with a server"));
        return NULL;
    }
    if (virDomainDeviceInfoParseXML(ctxt, node, &shmem->info, flags) < 0)
        return NULL;
    return g_steal_pointer(&shmem);
}


int
virDomainShmemDefFormat(virBuffer *buf,
                        const virDomainShmemDef *shmem,
                        const virDomainDef *def G_GNUC_UNUSED,
                        unsigned int flags)
{
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    virBufferEscapeString(buf, "<shmem name='%s'", shmem->name);
    if (shmem->role)
        virBufferAsprintf(buf, " role='%s'", virDomainShmemRoleTypeToString(shmem->role));
    virBufferAddLit(buf, ">\n");
    virBufferAsprintf(&childBuf, "<model type='%s'/>\n",
                      virDomainShmemModelTypeToString(shmem->model));
    if (shmem->size)
        virBufferAsprintf(&childBuf, "<size unit='M'>%llu</size>\n", shmem->size >> 20);
    if (shmem->server_enabled) {
        virBufferAddLit(&childBuf, "<server");
        virBufferEscapeString(&childBuf, " path='%s'", shmem->server_path);
        virBufferAddLit(&childBuf, "/>\n");
    }
    if (shmem->msi_enabled) {
        virBufferAddLit(&childBuf, "<msi");
        if (shmem->msi_vectors)
            virBufferAsprintf(&childBuf, " vectors='%u'", shmem->msi_vectors);
        if (shmem->msi_ioeventfd)
            virBufferAsprintf(&childBuf, " ioeventfd='%s'",
                              virTristateSwitchTypeToString(shmem->msi_ioeventfd));
        virBufferAddLit(&childBuf, "/>\n");
    }
    virDomainDeviceInfoFormat(&childBuf, &shmem->info, flags);
    virBufferAddBuffer(buf, &childBuf);
    virBufferAddLit(buf, "</shmem>\n");
    return 0;
}


int
virDomainShmemDefPostParse(virDomainShmemDef *shmem, virDomainDef *def G_GNUC_UNUSED)
{
    if (strchr(shmem->name, '/')) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("shmem name cannot include '/' character"));
        return -1;
    }
    return 0;
}
