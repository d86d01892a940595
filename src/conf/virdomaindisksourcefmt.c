/*
 * virdomaindisksourcefmt.c: formatting, post-parse defaults and checks of
 * disk storage sources (the parser is in virdomaindisksource.c)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "internal.h"
#include "virdomaindisksource.h"
#include "virerror.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

/* ---------------------------------------------------------------- format */

static void
virStorageSourceFormatNetwork(virBuffer *attrBuf,
                              virBuffer *childBuf,
                              const virStorageSource *src,
                              unsigned int flags)
{
    size_t i;

    virBufferAsprintf(attrBuf, " protocol='%s'", virStorageNetProtocolTypeToString(src->protocol));
    if (src->volume) {
        g_autofree char *name = g_strdup_printf("%s/%s", src->volume, NULLSTR_EMPTY(src->path));

        virBufferEscapeString(attrBuf, " name='%s'", name);
    } else {
        virBufferEscapeString(attrBuf, " name='%s'", src->path);
    }
    virBufferEscapeString(attrBuf, " query='%s'", src->query);
    if (src->haveTLS != VIR_TRISTATE_BOOL_ABSENT)
        virBufferAsprintf(attrBuf, " tls='%s'", virTristateBoolTypeToString(src->haveTLS));
    virBufferEscapeString(attrBuf, " tlsHostname='%s'", src->tlsHostname);

    for (i = 0; i < src->nhosts; i++) {
        const virStorageNetHostDef *h = &src->hosts[i];

        virBufferAddLit(childBuf, "<host");
        virBufferEscapeString(childBuf, " name='%s'", h->name);
        if (h->port)
            virBufferAsprintf(childBuf, " port='%u'", h->port);
        if (h->transport)
            virBufferAsprintf(childBuf, " transport='%s'",
                              virStorageNetHostTransportTypeToString(h->transport));
        virBufferEscapeString(childBuf, " socket='%s'", h->socket);
        virBufferAddLit(childBuf, "/>\n");
    }

    virBufferEscapeString(childBuf, "<snapshot name='%s'/>\n", src->snapshot);
    virBufferEscapeString(childBuf, "<config file='%s'/>\n", src->configFile);
    if (src->initiatorIqn) {
        virBufferAddLit(childBuf, "<initiator>\n");
        virBufferAdjustIndent(childBuf, 2);
        virBufferEscapeString(childBuf, "<iqn name='%s'/>\n", src->initiatorIqn);
        virBufferAdjustIndent(childBuf, -2);
        virBufferAddLit(childBuf, "</initiator>\n");
    }
    if (src->sslverify != VIR_TRISTATE_BOOL_ABSENT)
        virBufferAsprintf(childBuf, "<ssl verify='%s'/>\n",
                          virTristateBoolTypeToString(src->sslverify));
    if (src->ncookies && (flags & VIR_DOMAIN_DEF_FORMAT_SECURE)) {
        virBufferAddLit(childBuf, "<cookies>\n");
        virBufferAdjustIndent(childBuf, 2);
        for (i = 0; i < src->ncookies; i++) {
            virBufferEscapeString(childBuf, "<cookie name='%s'>", src->cookies[i]->name);
            virBufferEscapeString(childBuf, "%s</cookie>\n", src->cookies[i]->value);
        }
        virBufferAdjustIndent(childBuf, -2);
        virBufferAddLit(childBuf, "</cookies>\n");
    }
    if (src->readahead)
        virBufferAsprintf(childBuf, "<readahead size='%llu'/>\n", src->readahead);
    if (src->timeout)
        virBufferAsprintf(childBuf, "<timeout seconds='%llu'/>\n", src->timeout);
    if (src->protocol == VIR_STORAGE_NET_PROTOCOL_NFS && (src->nfsUser || src->nfsGroup)) {
        virBufferAddLit(childBuf, "<identity");
        virBufferEscapeString(childBuf, " user='%s'", src->nfsUser);
        virBufferEscapeString(childBuf, " group='%s'", src->nfsGroup);
        virBufferAddLit(childBuf, "/>\n");
    }
}


static void
virStorageSourceFormatType(virBuffer *attrBuf,
                           virBuffer *childBuf,
                           const virStorageSource *src,
                           unsigned int flags)
{
    switch ((virStorageType)src->type) {
    case VIR_STORAGE_TYPE_FILE:
        virBufferEscapeString(attrBuf, " file='%s'", src->path);
        virBufferEscapeString(attrBuf, " fdgroup='%s'", src->fdgroup);
        break;
    case VIR_STORAGE_TYPE_BLOCK:
        virBufferEscapeString(attrBuf, " dev='%s'", src->path);
        break;
    case VIR_STORAGE_TYPE_DIR:
        virBufferEscapeString(attrBuf, " dir='%s'", src->path);
        break;
    case VIR_STORAGE_TYPE_NETWORK:
        virStorageSourceFormatNetwork(attrBuf, childBuf, src, flags);
        break;
    case VIR_STORAGE_TYPE_VOLUME:
        if (src->hasSrcpool) {
            virBufferEscapeString(attrBuf, " pool='%s'", src->srcpool_pool);
            virBufferEscapeString(attrBuf, " volume='%s'", src->srcpool_volume);
            if (src->srcpool_mode)
                virBufferAsprintf(attrBuf, " mode='%s'",
                                  virStorageSourcePoolModeTypeToString(src->srcpool_mode));
        }
        break;
    case VIR_STORAGE_TYPE_NVME:
        if (src->hasNvme) {
            virBufferAddLit(attrBuf, " type='pci'");
            if (src->nvmeManaged != VIR_TRISTATE_BOOL_ABSENT)
                virBufferAsprintf(attrBuf, " managed='%s'",
                                  virTristateBoolTypeToString(src->nvmeManaged));
            virBufferAsprintf(attrBuf, " namespace='%llu'", src->nvmeNamespace);
            virPCIDeviceAddressFormat(childBuf, &src->nvmePciAddr, false);
        }
        break;
    case VIR_STORAGE_TYPE_VHOST_USER:
        virBufferAddLit(attrBuf, " type='unix'");
        virBufferEscapeString(attrBuf, " path='%s'", src->vhostuserPath);
        if (src->reconnectEnabled != VIR_TRISTATE_BOOL_ABSENT) {
            virBufferAsprintf(childBuf, "<reconnect enabled='%s'",
                              virTristateBoolTypeToString(src->reconnectEnabled));
            if (src->reconnectEnabled == VIR_TRISTATE_BOOL_YES)
                virBufferAsprintf(childBuf, " timeout='%u'", src->reconnectTimeout);
            virBufferAddLit(childBuf, "/>\n");
        }
        break;
    case VIR_STORAGE_TYPE_NONE:
    case VIR_STORAGE_TYPE_LAST:
        break;
    }
}


static void
virStorageSourceFormatSeclabels(virBuffer *buf, const virStorageSource *src, unsigned int flags)
{
    size_t i;

    for (i = 0; i < src->nseclabels; i++) {
        const virStorageSourceSeclabel *sl = src->seclabels[i];

        /* inactive XML skips overrides that say nothing */
        if ((flags & VIR_DOMAIN_DEF_FORMAT_INACTIVE) && !sl->label && sl->relabel)
            continue;
        virBufferAddLit(buf, "<seclabel");
        virBufferEscapeString(buf, " model='%s'", sl->model);
        if (sl->labelskip)
            virBufferAddLit(buf, " labelskip='yes'");
        else
            virBufferAsprintf(buf, " relabel='%s'", sl->relabel ? "yes" : "no");
        if (sl->label) {
            virBufferAddLit(buf, ">\n");
            virBufferAdjustIndent(buf, 2);
            virBufferEscapeString(buf, "<label>%s</label>\n", sl->label);
            virBufferAdjustIndent(buf, -2);
            virBufferAddLit(buf, "</seclabel>\n");
        } else {
            virBufferAddLit(buf, "/>\n");
        }
    }
}


static void
virStorageSourceFormatPR(virBuffer *buf, const virStorageSource *src)
{
    virBufferAsprintf(buf, "<reservations managed='%s'",
                      virTristateBoolTypeToString(src->prManaged));
    if (src->prPath) {
        virBufferAddLit(buf, ">\n");
        virBufferAdjustIndent(buf, 2);
        virBufferEscapeString(buf, "<source type='unix' path='%s' mode='client'/>\n", src->prPath);
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</reservations>\n");
    } else {
        virBufferAddLit(buf, "/>\n");
    }
}


int
virStorageSourceFormat(virBuffer *buf,
                       const virStorageSource *src,
                       const char *element,
                       const char *policy,
                       bool attrIndex,
                       bool skipAuth,
                       bool skipEnc,
                       unsigned int flags)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    virStorageSourceFormatType(&attrBuf, &childBuf, src, flags);

    if (src->hasSlice) {
        virBufferAddLit(&childBuf, "<slices>\n");
        virBufferAdjustIndent(&childBuf, 2);
        virBufferAsprintf(&childBuf, "<slice type='storage' offset='%llu' size='%llu'/>\n",
                          src->sliceOffset, src->sliceSize);
        virBufferAdjustIndent(&childBuf, -2);
        virBufferAddLit(&childBuf, "</slices>\n");
    }

    if (src->type != VIR_STORAGE_TYPE_NETWORK)
        virStorageSourceFormatSeclabels(&childBuf, src, flags);

    /* a volume's credentials live in its pool */
    if (src->auth && !skipAuth && src->type != VIR_STORAGE_TYPE_VOLUME)
        virStorageAuthDefFormat(&childBuf, src->auth);

    if (src->encryption && !skipEnc && virStorageEncryptionFormat(&childBuf, src->encryption) < 0)
        return -1;

    if (src->hasPR)
        virStorageSourceFormatPR(&childBuf, src);

    if (policy && src->type != VIR_STORAGE_TYPE_NETWORK)
        virBufferEscapeString(&attrBuf, " startupPolicy='%s'", policy);

    if (attrIndex && src->id != 0)
        virBufferAsprintf(&attrBuf, " index='%u'", src->id);

    virXMLFormatElement(buf, element, &attrBuf, &childBuf);
    return 0;
}


int
virStorageSourceBackingStoreFormat(virBuffer *buf, const virStorageSource *src, unsigned int flags)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    const virStorageSource *bs = src->backingStore;

    if (!bs)
        return 0;

    if (bs->type == VIR_STORAGE_TYPE_NONE) {
        virBufferAddLit(buf, "<backingStore/>\n");
        return 0;
    }

    if (bs->format <= 0 || bs->format >= VIR_STORAGE_FILE_LAST) {
        virReportError(VIR_ERR_INTERNAL_ERROR, _("unexpected disk backing store format %1$d"),
                       bs->format);
        return -1;
    }

    virBufferAsprintf(&attrBuf, " type='%s'", virStorageTypeToString(bs->type));
    if (bs->id != 0)
        virBufferAsprintf(&attrBuf, " index='%u'", bs->id);

    if (bs->metadataCacheMaxSize > 0) {
        virBufferAsprintf(&childBuf, "<format type='%s'>\n",
                          virStorageFileFormatTypeToString(bs->format));
        virBufferAdjustIndent(&childBuf, 2);
        virBufferAddLit(&childBuf, "<metadata_cache>\n");
        virBufferAdjustIndent(&childBuf, 2);
        virBufferAsprintf(&childBuf, "<max_size unit='bytes'>%llu</max_size>\n",
                          bs->metadataCacheMaxSize);
        virBufferAdjustIndent(&childBuf, -2);
        virBufferAddLit(&childBuf, "</metadata_cache>\n");
        virBufferAdjustIndent(&childBuf, -2);
        virBufferAddLit(&childBuf, "</format>\n");
    } else {
        virBufferAsprintf(&childBuf, "<format type='%s'/>\n",
                          virStorageFileFormatTypeToString(bs->format));
    }

    if (virStorageSourceFormat(&childBuf, bs, "source", NULL, false, false, false, flags) < 0 ||
        virStorageSourceBackingStoreFormat(&childBuf, bs, flags) < 0)
        return -1;

    virXMLFormatElement(buf, "backingStore", &attrBuf, &childBuf);
    return 0;
}


/* ---------------------------------------------------------------- post-parse, validation */

static unsigned int
virStorageNetProtocolDefaultPort(int protocol)
{
    switch ((virStorageNetProtocol)protocol) {
    case VIR_STORAGE_NET_PROTOCOL_HTTP:
        return 80;
    case VIR_STORAGE_NET_PROTOCOL_HTTPS:
        return 443;
    case VIR_STORAGE_NET_PROTOCOL_FTP:
        return 21;
    case VIR_STORAGE_NET_PROTOCOL_FTPS:
        return 990;
    case VIR_STORAGE_NET_PROTOCOL_TFTP:
        return 69;
    case VIR_STORAGE_NET_PROTOCOL_SHEEPDOG:
        return 7000;
    case VIR_STORAGE_NET_PROTOCOL_NBD:
        return 10809;
    case VIR_STORAGE_NET_PROTOCOL_SSH:
        return 22;
    case VIR_STORAGE_NET_PROTOCOL_ISCSI:
        return 3260;
    case VIR_STORAGE_NET_PROTOCOL_GLUSTER:
        return 24007;
    case VIR_STORAGE_NET_PROTOCOL_VXHS:
        return 9999;
    case VIR_STORAGE_NET_PROTOCOL_RBD:
    case VIR_STORAGE_NET_PROTOCOL_NFS:
    case VIR_STORAGE_NET_PROTOCOL_NONE:
    case VIR_STORAGE_NET_PROTOCOL_LAST:
        break;
    }
    return 0;
}


void
virStorageSourceAssignDefaultPorts(virStorageSource *src)
{
    size_t i;

    for (; src; src = src->backingStore) {
        if (src->type != VIR_STORAGE_TYPE_NETWORK)
            continue;
        for (i = 0; i < src->nhosts; i++) {
            if (src->hosts[i].transport == VIR_STORAGE_NET_HOST_TRANS_TCP &&
                src->hosts[i].port == 0)
                src->hosts[i].port = virStorageNetProtocolDefaultPort(src->protocol);
        }
    }
}


static int
virStorageSourceValidateOne(const virStorageSource *src)
{
    const char *usage;

    if (src->type == VIR_STORAGE_TYPE_NETWORK && src->auth) {
        usage = src->auth->secrettype;
        if (!usage || !(g_str_equal(usage, "none") || g_str_equal(usage, "volume") ||
                        g_str_equal(usage, "ceph") || g_str_equal(usage, "iscsi") ||
                        g_str_equal(usage, "tls") || g_str_equal(usage, "vtpm"))) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown secret type '%1$s'"),
                           NULLSTR(usage));
            return -1;
        }
        if ((src->protocol == VIR_STORAGE_NET_PROTOCOL_ISCSI && !g_str_equal(usage, "iscsi")) ||
            (src->protocol == VIR_STORAGE_NET_PROTOCOL_RBD && !g_str_equal(usage, "ceph"))) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("invalid secret type '%1$s'"), usage);
            return -1;
        }
    }

    if (src->encryption && src->encryption->format == VIR_STORAGE_ENCRYPTION_FORMAT_LUKS &&
        src->encryption->encinfo.cipher_name) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("supplying <cipher> for domain disk definition is unnecessary"));
        return -1;
    }
    return 0;
}


int
virStorageSourceValidateChain(const virStorageSource *src)
{
    for (; src; src = src->backingStore) {
        if (virStorageSourceValidateOne(src) < 0)
            return -1;
    }
    return 0;
}
