/*
 * virdomaindevices.c: the <devices> section of a domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include "virdomaindef.h"
#include "virdomaindevices.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

/*
 * Parses every ./devices/ELEM with virDomainTYPEDefParseXML and appends
 * the result to def->LIST / def->NLIST.
 */
#define DEVICES_PARSE_LIST(elem, type, list, nlist)                                                \
 do {                                                                                              \
  g_autofree xmlNodePtr *nodes = NULL;                                                             \
  int cnt = virXPathNodeSet("./devices/" elem, ctxt, &nodes);                                      \
  int k;                                                                                           \
  if (cnt < 0)                                                                                     \
   return -1;                                                                                      \
  for (k = 0; k < cnt; k++) {                                                                      \
   virDomain##type##Def *dev = virDomain##type##DefParseXML(ctxt, nodes[k], def, flags);           \
   if (!dev)                                                                                       \
    return -1;                                                                                     \
   VIR_DOMAIN_APPEND(def->list, def->nlist, dev);                                                  \
  }                                                                                                \
 } while (0)

/* Like DEVICES_PARSE_LIST, placing each device with INSERT(def, dev). */
#define DEVICES_PARSE_INSERT(elem, type, insert)                                                   \
 do {                                                                                              \
  g_autofree xmlNodePtr *nodes = NULL;                                                             \
  int cnt = virXPathNodeSet("./devices/" elem, ctxt, &nodes);                                      \
  int k;                                                                                           \
  if (cnt < 0)                                                                                     \
   return -1;                                                                                      \
  for (k = 0; k < cnt; k++) {                                                                      \
   virDomain##type##Def *dev = virDomain##type##DefParseXML(ctxt, nodes[k], def, flags);           \
   if (!dev)                                                                                       \
    return -1;                                                                                     \
   insert(def, dev);                                                                               \
  }                                                                                                \
 } while (0)

/* At most one ./devices/ELEM, stored in def->FIELD. */
#define DEVICES_PARSE_ONE(elem, type, field, code, msg)                                            \
 do {                                                                                              \
  g_autofree xmlNodePtr *nodes = NULL;                                                             \
  int cnt = virXPathNodeSet("./devices/" elem, ctxt, &nodes);                                      \
  if (cnt < 0)                                                                                     \
   return -1;                                                                                      \
  if (cnt > 1) {                                                                                   \
   virReportError(code, "%s", msg);                                                                \
   return -1;                                                                                      \
  }                                                                                                \
  if (cnt == 1 && !(def->field = virDomain##type##DefParseXML(ctxt, nodes[0], def, flags)))        \
   return -1;                                                                                      \
 } while (0)


static int
virDomainDevicesParseStorage(xmlXPathContextPtr ctxt, virDomainDef *def, unsigned int flags)
{
    def->emulator = virXPathString("string(./devices/emulator[1])", ctxt);

    /* disks and controllers are kept sorted the way libvirt inserts them */
    DEVICES_PARSE_INSERT("disk", Disk, virDomainDiskInsert);
    DEVICES_PARSE_INSERT("controller", Controller, virDomainControllerInsert);
    DEVICES_PARSE_LIST("lease", Lease, leases, nleases);
    DEVICES_PARSE_LIST("filesystem", FS, fss, nfss);
    DEVICES_PARSE_LIST("interface", Net, nets, nnets);
    DEVICES_PARSE_LIST("smartcard", Smartcard, smartcards, nsmartcards);
    DEVICES_PARSE_LIST("serial", Chr, serials, nserials);
    DEVICES_PARSE_LIST("parallel", Chr, parallels, nparallels);
    DEVICES_PARSE_LIST("console", Chr, consoles, nconsoles);
    DEVICES_PARSE_LIST("channel", Chr, channels, nchannels);
    return 0;
}


static int
virDomainDevicesParseOthers(xmlXPathContextPtr ctxt, virDomainDef *def, unsigned int flags)
{
    DEVICES_PARSE_LIST("input", Input, inputs, ninputs);
    DEVICES_PARSE_LIST("tpm", TPM, tpms, ntpms);
    DEVICES_PARSE_LIST("graphics", Graphics, graphics, ngraphics);
    DEVICES_PARSE_LIST("sound", Sound, sounds, nsounds);
    DEVICES_PARSE_LIST("audio", Audio, audios, naudios);
    DEVICES_PARSE_LIST("video", Video, videos, nvideos);
    DEVICES_PARSE_LIST("hostdev", Hostdev, hostdevs, nhostdevs);
    DEVICES_PARSE_LIST("redirdev", Redirdev, redirdevs, nredirdevs);
    DEVICES_PARSE_ONE("redirfilter", RedirFilter, redirfilter, VIR_ERR_INTERNAL_ERROR,
                      _("only one set of redirection filter rule is supported"));
    DEVICES_PARSE_LIST("hub", Hub, hubs, nhubs);
    DEVICES_PARSE_LIST("watchdog", Watchdog, watchdogs, nwatchdogs);
    DEVICES_PARSE_ONE("memballoon", Memballoon, memballoon, VIR_ERR_INTERNAL_ERROR,
                      _("only a single memory balloon device is supported"));
    DEVICES_PARSE_LIST("rng", RNG, rngs, nrngs);
    DEVICES_PARSE_LIST("panic", Panic, panics, npanics);
    DEVICES_PARSE_LIST("shmem", Shmem, shmems, nshmems);
    DEVICES_PARSE_LIST("memory", Memory, mems, nmems);
    DEVICES_PARSE_ONE("iommu", IOMMU, iommu, VIR_ERR_XML_ERROR,
                      _("only a single IOMMU device is supported"));
    DEVICES_PARSE_ONE("vsock", Vsock, vsock, VIR_ERR_XML_ERROR,
                      _("only a single vsock device is supported"));
    DEVICES_PARSE_ONE("nvram", NVRAM, nvram, VIR_ERR_INTERNAL_ERROR,
                      _("only a single nvram device is supported"));
    DEVICES_PARSE_LIST("crypto", Crypto, cryptos, ncryptos);
    return 0;
}


int
virDomainDevicesParseXML(xmlXPathContextPtr ctxt, virDomainDef *def, unsigned int flags)
{
    if (virDomainDevicesParseStorage(ctxt, def, flags) < 0 ||
        virDomainDevicesParseOthers(ctxt, def, flags) < 0)
        return -1;
    return 0;
}


/* Formats def->LIST[0..NLIST) with virDomainTYPEDefFormat. */
#define DEVICES_FORMAT_LIST(type, list, nlist)                                                     \
 do {                                                                                              \
  size_t k;                                                                                        \
  for (k = 0; k < def->nlist; k++) {                                                               \
   if (virDomain##type##DefFormat(buf, def->list[k], def, flags) < 0)                              \
    return -1;                                                                                     \
  }                                                                                                \
 } while (0)

#define DEVICES_FORMAT_ONE(type, field)                                                            \
 do {                                                                                              \
  if (def->field && virDomain##type##DefFormat(buf, def->field, def, flags) < 0)                   \
   return -1;                                                                                      \
 } while (0)


static int
virDomainDevicesFormatFirst(virBuffer *buf, const virDomainDef *def, unsigned int flags)
{
    virBufferEscapeString(buf, "<emulator>%s</emulator>\n", def->emulator);
    DEVICES_FORMAT_LIST(Disk, disks, ndisks);
    DEVICES_FORMAT_LIST(Controller, controllers, ncontrollers);
    DEVICES_FORMAT_LIST(Lease, leases, nleases);
    DEVICES_FORMAT_LIST(FS, fss, nfss);
    DEVICES_FORMAT_LIST(Net, nets, nnets);
    DEVICES_FORMAT_LIST(Smartcard, smartcards, nsmartcards);
    if (virDomainDefChrsFormat(buf, def, flags) < 0)
        return -1;
    DEVICES_FORMAT_LIST(Input, inputs, ninputs);
    DEVICES_FORMAT_LIST(TPM, tpms, ntpms);
    DEVICES_FORMAT_LIST(Graphics, graphics, ngraphics);
    DEVICES_FORMAT_LIST(Sound, sounds, nsounds);
    DEVICES_FORMAT_LIST(Audio, audios, naudios);
    DEVICES_FORMAT_LIST(Video, videos, nvideos);
    return 0;
}


static int
virDomainDevicesFormatRest(virBuffer *buf, const virDomainDef *def, unsigned int flags)
{
    size_t i;

    for (i = 0; i < def->nhostdevs; i++) {
        /* an <interface type='hostdev'> also lists its hostdev here */
        if (def->hostdevs[i]->parentnet)
            continue;
        if (virDomainHostdevDefFormat(buf, def->hostdevs[i], def, flags) < 0)
            return -1;
    }
    DEVICES_FORMAT_LIST(Redirdev, redirdevs, nredirdevs);
    DEVICES_FORMAT_ONE(RedirFilter, redirfilter);
    DEVICES_FORMAT_LIST(Hub, hubs, nhubs);
    DEVICES_FORMAT_LIST(Watchdog, watchdogs, nwatchdogs);
    DEVICES_FORMAT_ONE(Memballoon, memballoon);
    DEVICES_FORMAT_LIST(RNG, rngs, nrngs);
    DEVICES_FORMAT_LIST(Panic, panics, npanics);
    DEVICES_FORMAT_LIST(Shmem, shmems, nshmems);
    DEVICES_FORMAT_LIST(Memory, mems, nmems);
    DEVICES_FORMAT_ONE(IOMMU, iommu);
    DEVICES_FORMAT_ONE(Vsock, vsock);
    DEVICES_FORMAT_ONE(NVRAM, nvram);
    DEVICES_FORMAT_LIST(Crypto, cryptos, ncryptos);
    return 0;
}


int
virDomainDevicesFormat(virBuffer *buf, const virDomainDef *def, unsigned int flags)
{
    virBufferAddLit(buf, "<devices>\n");
    virBufferAdjustIndent(buf, 2);
    if (virDomainDevicesFormatFirst(buf, def, flags) < 0 ||
        virDomainDevicesFormatRest(buf, def, flags) < 0)
        return -1;
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</devices>\n");
    return 0;
}


/* Frees def->LIST[0..NLIST) and the array. */
#define DEVICES_FREE_LIST(type, list, nlist)                                                       \
 do {                                                                                              \
  size_t k;                                                                                        \
  for (k = 0; k < def->nlist; k++)                                                                 \
   virDomain##type##DefFree(def->list[k]);                                                         \
  g_clear_pointer(&def->list, g_free);                                                             \
  def->nlist = 0;                                                                                  \
 } while (0)

#define DEVICES_FREE_ONE(type, field) g_clear_pointer(&def->field, virDomain##type##DefFree)


static void
virDomainDevicesFreeHostdevs(virDomainDef *def)
{
    size_t i;

    for (i = 0; i < def->nhostdevs; i++) {
        /* owned by its <interface> */
        if (!def->hostdevs[i]->parentnet)
            virDomainHostdevDefFree(def->hostdevs[i]);
    }
    g_clear_pointer(&def->hostdevs, g_free);
    def->nhostdevs = 0;
}


void
virDomainDevicesFree(virDomainDef *def)
{
    g_clear_pointer(&def->emulator, g_free);
    DEVICES_FREE_LIST(Disk, disks, ndisks);
    DEVICES_FREE_LIST(Controller, controllers, ncontrollers);
    DEVICES_FREE_LIST(Lease, leases, nleases);
    DEVICES_FREE_LIST(FS, fss, nfss);
    virDomainDevicesFreeHostdevs(def);
    DEVICES_FREE_LIST(Net, nets, nnets);
    DEVICES_FREE_LIST(Smartcard, smartcards, nsmartcards);
    DEVICES_FREE_LIST(Chr, serials, nserials);
    DEVICES_FREE_LIST(Chr, parallels, nparallels);
    DEVICES_FREE_LIST(Chr, consoles, nconsoles);
    DEVICES_FREE_LIST(Chr, channels, nchannels);
    DEVICES_FREE_LIST(Input, inputs, ninputs);
    DEVICES_FREE_LIST(TPM, tpms, ntpms);
    DEVICES_FREE_LIST(Graphics, graphics, ngraphics);
    DEVICES_FREE_LIST(Sound, sounds, nsounds);
    DEVICES_FREE_LIST(Audio, audios, naudios);
    DEVICES_FREE_LIST(Video, videos, nvideos);
    DEVICES_FREE_LIST(Redirdev, redirdevs, nredirdevs);
    DEVICES_FREE_ONE(RedirFilter, redirfilter);
    DEVICES_FREE_LIST(Hub, hubs, nhubs);
    DEVICES_FREE_LIST(Watchdog, watchdogs, nwatchdogs);
    DEVICES_FREE_ONE(Memballoon, memballoon);
    DEVICES_FREE_LIST(RNG, rngs, nrngs);
    DEVICES_FREE_LIST(Panic, panics, npanics);
    DEVICES_FREE_LIST(Shmem, shmems, nshmems);
    DEVICES_FREE_LIST(Memory, mems, nmems);
    DEVICES_FREE_ONE(IOMMU, iommu);
    DEVICES_FREE_ONE(Vsock, vsock);
    DEVICES_FREE_ONE(NVRAM, nvram);
    DEVICES_FREE_LIST(Crypto, cryptos, ncryptos);
}
