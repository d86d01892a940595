/*
 * virdomainsysinfo.c: <sysinfo> of a domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virdomainsysinfo.h"
#include "virerror.h"
#include "virunits.h"
#include "viruuid.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_ENUM_IMPL(virSysinfo, VIR_SYSINFO_LAST, "smbios", "fwcfg");

/* One SMBIOS entry of a block: the table field and its name. */
typedef struct {
    const char *name;
    size_t offset;
} virSysinfoField;

#define FIELD(type, member)                                                                        \
 {                                                                                                 \
#  member, G_STRUCT_OFFSET(type, member)                                                           \
 }

static const virSysinfoField biosFields[] = {
    FIELD(virSysinfoBIOSDef, vendor),
    FIELD(virSysinfoBIOSDef, version),
    FIELD(virSysinfoBIOSDef, date),
    FIELD(virSysinfoBIOSDef, release),
};

static const virSysinfoField systemFields[] = {
    FIELD(virSysinfoSystemDef, manufacturer), FIELD(virSysinfoSystemDef, product),
    FIELD(virSysinfoSystemDef, version),      FIELD(virSysinfoSystemDef, serial),
    FIELD(virSysinfoSystemDef, uuid),         FIELD(virSysinfoSystemDef, sku),
    FIELD(virSysinfoSystemDef, family),
};

static const virSysinfoField baseBoardFields[] = {
    FIELD(virSysinfoBaseBoardDef, manufacturer), FIELD(virSysinfoBaseBoardDef, product),
    FIELD(virSysinfoBaseBoardDef, version),      FIELD(virSysinfoBaseBoardDef, serial),
    FIELD(virSysinfoBaseBoardDef, asset),        FIELD(virSysinfoBaseBoardDef, location),
};

static const virSysinfoField chassisFields[] = {
    FIELD(virSysinfoChassisDef, manufacturer), FIELD(virSysinfoChassisDef, version),
    FIELD(virSysinfoChassisDef, serial),       FIELD(virSysinfoChassisDef, asset),
    FIELD(virSysinfoChassisDef, sku),
};

#undef FIELD

#define FIELDPTR(obj, field) ((char **)((char *)(obj) + (field)->offset))


/*
 * Fills the string fields of @obj from the <entry name=...> children of
 * ctxt->node (the first non-empty one of each name). Returns true if any
 * field was set.
 */
static bool
virSysinfoParseFields(xmlXPathContextPtr ctxt,
                      void *obj,
                      const virSysinfoField *fields,
                      size_t nfields)
{
    bool any = false;
    size_t i;

    for (i = 0; i < nfields; i++) {
        g_autofree char *xpath = g_strdup_printf("string(entry[@name='%s'])", fields[i].name);
        char **dst = FIELDPTR(obj, &fields[i]);

        if ((*dst = virXPathString(xpath, ctxt)))
            any = true;
    }
    return any;
}


static void
virSysinfoFreeFields(void *obj, const virSysinfoField *fields, size_t nfields)
{
    size_t i;

    if (!obj)
        return;
    for (i = 0; i < nfields; i++)
        g_free(*FIELDPTR(obj, &fields[i]));
}


/* mm/dd/yy or mm/dd/yyyy: month 1-12, day 1-31, numeric year */
static bool
virSysinfoBIOSDateValid(const char *date)
{
    char *end = NULL;
    int month;
    int day;
    unsigned int year;

    if (virStrToLong_i(date, &end, 10, &month) < 0 || *end != '/' || month < 1 || month > 12)
        return false;
    if (virStrToLong_i(end + 1, &end, 10, &day) < 0 || *end != '/' || day < 1 || day > 31)
        return false;
    return virStrToLong_uip(end + 1, NULL, 10, &year) == 0;
}


static int
virSysinfoBIOSParseXML(xmlXPathContextPtr ctxt, virDomainSysinfoDef *def)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autofree virSysinfoBIOSDef *bios = g_new0(virSysinfoBIOSDef, 1);

    if (!(ctxt->node = virXPathNode("./bios[1]", ctxt)))
        return 0;
    if (!virSysinfoParseFields(ctxt, bios, biosFields, G_N_ELEMENTS(biosFields)))
        return 0;

    def->bios = g_steal_pointer(&bios);
    if (def->bios->date && !virSysinfoBIOSDateValid(def->bios->date)) {
        virReportError(VIR_ERR_XML_DETAIL, "%s", _("Invalid BIOS 'date' format"));
        return -1;
    }
    return 0;
}


static int
virSysinfoSystemParseXML(xmlXPathContextPtr ctxt,
                         virDomainSysinfoDef *def,
                         unsigned char *domUUID,
                         bool uuidGenerated)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autofree virSysinfoSystemDef *sys = g_new0(virSysinfoSystemDef, 1);
    unsigned char uuid[VIR_UUID_BUFLEN];
    char uuidstr[VIR_UUID_STRING_BUFLEN];

    if (!(ctxt->node = virXPathNode("./system[1]", ctxt)))
        return 0;
    if (!virSysinfoParseFields(ctxt, sys, systemFields, G_N_ELEMENTS(systemFields)))
        return 0;

    def->system = g_steal_pointer(&sys);
    if (!def->system->uuid)
        return 0;

    if (virUUIDParse(def->system->uuid, uuid) < 0) {
        virReportError(VIR_ERR_XML_DETAIL, "%s", _("malformed <sysinfo> uuid element"));
        return -1;
    }
    if (uuidGenerated) {
        memcpy(domUUID, uuid, VIR_UUID_BUFLEN);
    } else if (memcmp(domUUID, uuid, VIR_UUID_BUFLEN) != 0) {
        virReportError(VIR_ERR_XML_DETAIL, "%s", _("UUID mismatch between <uuid> and <sysinfo>"));
        return -1;
    }
    g_free(def->system->uuid);
    def->system->uuid = g_strdup(virUUIDFormat(uuid, uuidstr));
    return 0;
}


static void
virSysinfoBaseBoardParseXML(xmlXPathContextPtr ctxt, virDomainSysinfoDef *def)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autofree xmlNodePtr *nodes = NULL;
    int n = virXPathNodeSet("./baseBoard", ctxt, &nodes);
    int i;

    if (n <= 0)
        return;
    def->baseBoard = g_new0(virSysinfoBaseBoardDef, n);
    for (i = 0; i < n; i++) {
        virSysinfoBaseBoardDef *board = &def->baseBoard[def->nbaseBoard];

        ctxt->node = nodes[i];
        if (virSysinfoParseFields(ctxt, board, baseBoardFields, G_N_ELEMENTS(baseBoardFields)))
            def->nbaseBoard++;
    }
}


static void
virSysinfoChassisParseXML(xmlXPathContextPtr ctxt, virDomainSysinfoDef *def)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autofree virSysinfoChassisDef *chassis = g_new0(virSysinfoChassisDef, 1);

    if (!(ctxt->node = virXPathNode("./chassis[1]", ctxt)))
        return;
    if (virSysinfoParseFields(ctxt, chassis, chassisFields, G_N_ELEMENTS(chassisFields)))
        def->chassis = g_steal_pointer(&chassis);
}


static void
virSysinfoOEMStringsParseXML(xmlXPathContextPtr ctxt, virDomainSysinfoDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n = virXPathNodeSet("./oemStrings/entry", ctxt, &nodes);
    int i;

    if (n <= 0)
        return;
    def->oemStrings = g_new0(char *, n + 1);
    for (i = 0; i < n; i++)
        def->oemStrings[def->noemStrings++] = virXMLNodeContentString(nodes[i]);
}


static int
virSysinfoFWCfgParseXML(xmlXPathContextPtr ctxt, virDomainSysinfoDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n = virXPathNodeSet("./entry", ctxt, &nodes);
    int i;

    if (n <= 0)
        return 0;
    def->fw_cfgs = g_new0(virSysinfoFWCfgDef, n);
    for (i = 0; i < n; i++) {
        virSysinfoFWCfgDef *entry = &def->fw_cfgs[def->nfw_cfgs];
        g_autofree char *name = virXMLPropString(nodes[i], "name");
        g_autofree char *file = virXMLPropString(nodes[i], "file");
        g_autofree char *value = virXMLNodeContentString(nodes[i]);

        if (!name) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("Firmware entry is missing 'name' attribute"));
            return -1;
        }
        if (value && !*value)
            g_clear_pointer(&value, g_free);
        if (!value && !file) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("Firmware entry must have either value or 'file' attribute"));
            return -1;
        }
        entry->name = g_steal_pointer(&name);
        if (file)
            entry->file = g_steal_pointer(&file);
        else
            entry->value = g_steal_pointer(&value);
        def->nfw_cfgs++;
    }
    return 0;
}


virDomainSysinfoDef *
virDomainSysinfoParseXML(xmlNodePtr node,
                         xmlXPathContextPtr ctxt,
                         unsigned char *domUUID,
                         bool uuidGenerated)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt)
    g_autoptr(virDomainSysinfoDef) def = g_new0(virDomainSysinfoDef, 1);
    unsigned int type = 0;

    if (virXMLPropEnum(node, "type", virSysinfoTypeFromString, VIR_XML_PROP_REQUIRED, &type) < 0)
        return NULL;
    def->type = type;
    ctxt->node = node;

    if (def->type == VIR_SYSINFO_FWCFG) {
        if (virSysinfoFWCfgParseXML(ctxt, def) < 0)
            return NULL;
        return g_steal_pointer(&def);
    }

    if (virSysinfoBIOSParseXML(ctxt, def) < 0 ||
        virSysinfoSystemParseXML(ctxt, def, domUUID, uuidGenerated) < 0)
        return NULL;
    virSysinfoBaseBoardParseXML(ctxt, def);
    virSysinfoChassisParseXML(ctxt, def);
    virSysinfoOEMStringsParseXML(ctxt, def);
    return g_steal_pointer(&def);
}


static void
virSysinfoFormatFields(virBuffer *buf,
                       const char *element,
                       const void *obj,
                       const virSysinfoField *fields,
                       size_t nfields)
{
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    size_t i;

    if (!obj)
        return;
    for (i = 0; i < nfields; i++) {
        const char *val = *FIELDPTR(obj, &fields[i]);

        if (!val)
            continue;
        virBufferAsprintf(&childBuf, "<entry name='%s'>", fields[i].name);
        virBufferEscapeString(&childBuf, "%s</entry>\n", val);
    }
    virXMLFormatElement(buf, element, NULL, &childBuf);
}


static void
virSysinfoFWCfgFormat(virBuffer *buf, const virDomainSysinfoDef *def)
{
    size_t i;

    for (i = 0; i < def->nfw_cfgs; i++) {
        const virSysinfoFWCfgDef *entry = &def->fw_cfgs[i];

        virBufferEscapeString(buf, "<entry name='%s'", entry->name);
        if (entry->file)
            virBufferEscapeString(buf, " file='%s'/>\n", entry->file);
        else
            virBufferEscapeString(buf, ">%s</entry>\n", entry->value);
    }
}


void
virDomainSysinfoFormat(virBuffer *buf, const virDomainSysinfoDef *def)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    size_t i;

    virBufferAsprintf(&attrBuf, " type='%s'", virSysinfoTypeToString(def->type));

    virSysinfoFormatFields(&childBuf, "bios", def->bios, biosFields, G_N_ELEMENTS(biosFields));
    virSysinfoFormatFields(&childBuf, "system", def->system, systemFields,
                           G_N_ELEMENTS(systemFields));
    for (i = 0; i < def->nbaseBoard; i++)
        virSysinfoFormatFields(&childBuf, "baseBoard", &def->baseBoard[i], baseBoardFields,
                               G_N_ELEMENTS(baseBoardFields));
    virSysinfoFormatFields(&childBuf, "chassis", def->chassis, chassisFields,
                           G_N_ELEMENTS(chassisFields));

    if (def->noemStrings) {
        virBufferAddLit(&childBuf, "<oemStrings>\n");
        virBufferAdjustIndent(&childBuf, 2);
        for (i = 0; i < def->noemStrings; i++)
            virBufferEscapeString(&childBuf, "<entry>%s</entry>\n", def->oemStrings[i]);
        virBufferAdjustIndent(&childBuf, -2);
        virBufferAddLit(&childBuf, "</oemStrings>\n");
    }

    virSysinfoFWCfgFormat(&childBuf, def);
    virXMLFormatElement(buf, "sysinfo", &attrBuf, &childBuf);
}


void
virDomainSysinfoDefFree(virDomainSysinfoDef *def)
{
    size_t i;

    if (!def)
        return;
    virSysinfoFreeFields(def->bios, biosFields, G_N_ELEMENTS(biosFields));
    g_free(def->bios);
    virSysinfoFreeFields(def->system, systemFields, G_N_ELEMENTS(systemFields));
    g_free(def->system);
    for (i = 0; i < def->nbaseBoard; i++)
        virSysinfoFreeFields(&def->baseBoard[i], baseBoardFields, G_N_ELEMENTS(baseBoardFields));
    g_free(def->baseBoard);
    virSysinfoFreeFields(def->chassis, chassisFields, G_N_ELEMENTS(chassisFields));
    g_free(def->chassis);
    g_strfreev(def->oemStrings);
    for (i = 0; i < def->nfw_cfgs; i++) {
        g_free(def->fw_cfgs[i].name);
        g_free(def->fw_cfgs[i].value);
        g_free(def->fw_cfgs[i].file);
    }
    g_free(def->fw_cfgs);
    g_free(def);
}
