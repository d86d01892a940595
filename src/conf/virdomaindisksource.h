/*
 * virdomaindisksource.h: the storage source of a domain disk (<source>,
 * <backingStore> chain, network hosts, auth, encryption, reservations,
 * slices, seclabels)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virbuffer.h"
#include "virdeviceinfo.h"
#include "virenum.h"
#include "virstorageencryption.h"
#include "virstoragevolconf.h"
#include "virxml.h"

/* <disk type='...'> / <backingStore type='...'> */
typedef enum {
    VIR_STORAGE_TYPE_NONE = 0,
    VIR_STORAGE_TYPE_FILE,
    VIR_STORAGE_TYPE_BLOCK,
    VIR_STORAGE_TYPE_DIR,
    VIR_STORAGE_TYPE_NETWORK,
    VIR_STORAGE_TYPE_VOLUME,
    VIR_STORAGE_TYPE_NVME,
    VIR_STORAGE_TYPE_VHOST_USER,

    VIR_STORAGE_TYPE_LAST
} virStorageType;
VIR_ENUM_DECL(virStorage);

/* <source protocol='...'> */
typedef enum {
    VIR_STORAGE_NET_PROTOCOL_NONE = 0,
    VIR_STORAGE_NET_PROTOCOL_NBD,
    VIR_STORAGE_NET_PROTOCOL_RBD,
    VIR_STORAGE_NET_PROTOCOL_SHEEPDOG,
    VIR_STORAGE_NET_PROTOCOL_GLUSTER,
    VIR_STORAGE_NET_PROTOCOL_ISCSI,
    VIR_STORAGE_NET_PROTOCOL_HTTP,
    VIR_STORAGE_NET_PROTOCOL_HTTPS,
    VIR_STORAGE_NET_PROTOCOL_FTP,
    VIR_STORAGE_NET_PROTOCOL_FTPS,
    VIR_STORAGE_NET_PROTOCOL_TFTP,
    VIR_STORAGE_NET_PROTOCOL_SSH,
    VIR_STORAGE_NET_PROTOCOL_VXHS,
    VIR_STORAGE_NET_PROTOCOL_NFS,

    VIR_STORAGE_NET_PROTOCOL_LAST
} virStorageNetProtocol;
VIR_ENUM_DECL(virStorageNetProtocol);

/* <host transport='...'> */
typedef enum {
    VIR_STORAGE_NET_HOST_TRANS_TCP = 0,
    VIR_STORAGE_NET_HOST_TRANS_UNIX,
    VIR_STORAGE_NET_HOST_TRANS_RDMA,

    VIR_STORAGE_NET_HOST_TRANS_LAST
} virStorageNetHostTransport;
VIR_ENUM_DECL(virStorageNetHostTransport);

/* image formats (virStorageFileFormat) are shared with volumes: virstoragevolconf.h */

/* <source mode='...'> of type='volume' */
typedef enum {
    VIR_STORAGE_SOURCE_POOL_MODE_DEFAULT = 0,
    VIR_STORAGE_SOURCE_POOL_MODE_HOST,
    VIR_STORAGE_SOURCE_POOL_MODE_DIRECT,

    VIR_STORAGE_SOURCE_POOL_MODE_LAST
} virStorageSourcePoolMode;
VIR_ENUM_DECL(virStorageSourcePoolMode);

/* <host name='...' port='...' transport='...' socket='...'/> */
typedef struct _virStorageNetHostDef virStorageNetHostDef;
struct _virStorageNetHostDef {
    char *name;        /* host name or address, NULL for unix */
    unsigned int port; /* 0 = absent */
    int transport;     /* virStorageNetHostTransport */
    char *socket;      /* unix socket path */
};

/* <cookie name='...'>value</cookie> (http/https) */
typedef struct _virStorageNetCookieDef virStorageNetCookieDef;
struct _virStorageNetCookieDef {
    char *name;
    char *value;
};

/* <seclabel model='...' relabel='...'><label>..</label></seclabel> */
typedef struct _virStorageSourceSeclabel virStorageSourceSeclabel;
struct _virStorageSourceSeclabel {
    char *model;    /* NULL when absent */
    char *label;    /* NULL when absent */
    bool relabel;   /* relabel='yes' (the default) */
    bool labelskip; /* labelskip='yes' (live XML only) */
};

/* The <source> of a disk, and each <backingStore> (a chain). */
typedef struct _virStorageSource virStorageSource;
struct _virStorageSource {
    int type;        /* virStorageType; NONE = end of chain */
    unsigned int id; /* index= (live XML only), 0 = absent */
    char *path;      /* file=/dev=/dir=, or network image name */
    char *fdgroup;   /* <source file= fdgroup=...> */

    /* type='network' */
    int protocol;            /* virStorageNetProtocol */
    char *volume;            /* gluster volume / rbd pool: name='VOLUME/path' */
    char *query;             /* http(s) query= */
    virTristateBool haveTLS; /* tls= */
    char *tlsHostname;       /* tlsHostname= */
    virStorageNetHostDef *hosts;
    size_t nhosts;
    char *snapshot;                   /* rbd <snapshot name=.../> */
    char *configFile;                 /* rbd <config file=.../> */
    char *initiatorIqn;               /* iscsi <initiator><iqn name=...></initiator> */
    virTristateBool sslverify;        /* https/ftps <ssl verify=.../> */
    virStorageNetCookieDef **cookies; /* http(s) <cookies> */
    size_t ncookies;
    unsigned long long readahead; /* <readahead size=...>, bytes, 0 = absent */
    unsigned long long timeout;   /* <timeout seconds=...>, 0 = absent */
    char *nfsUser;                /* nfs <identity user=...> */
    char *nfsGroup;               /* nfs <identity group=...> */

    /* type='volume' */
    bool hasSrcpool;      /* a <source pool= volume=> was given */
    char *srcpool_pool;   /* pool= */
    char *srcpool_volume; /* volume= */
    int srcpool_mode;     /* virStorageSourcePoolMode */

    /* type='nvme' */
    bool hasNvme;                     /* a <source type='pci'> was given */
    virTristateBool nvmeManaged;      /* managed= */
    unsigned long long nvmeNamespace; /* namespace= */
    virPCIDeviceAddress nvmePciAddr;  /* <address .../> */

    /* type='vhostuser' */
    char *vhostuserPath;              /* <source type='unix' path=...> */
    virTristateBool reconnectEnabled; /* <reconnect enabled=...> */
    unsigned int reconnectTimeout;    /* <reconnect timeout=...>, seconds */

    int format;                              /* virStorageFileFormat, NONE = absent */
    unsigned long long metadataCacheMaxSize; /* bytes, 0 = absent */
    bool readonly;                           /* <readonly/> (always true for backing stores) */
    bool shared;                             /* <shareable/> */
    virStorageAuthDef *auth;                 /* <auth>, NULL if absent */
    virStorageEncryption *encryption;        /* <encryption>, NULL if absent */

    virStorageSourceSeclabel **seclabels;
    size_t nseclabels;

    /* <reservations managed=...><source type='unix' path= mode='client'/> */
    bool hasPR;
    virTristateBool prManaged;
    char *prPath;

    /* <slices><slice type='storage' offset= size=/></slices> */
    bool hasSlice;
    unsigned long long sliceOffset;
    unsigned long long sliceSize;

    virStorageSource *backingStore; /* NULL = no <backingStore>; type NONE = <backingStore/> */
};

/* Returns a new, empty source (type NONE). */
virStorageSource *virStorageSourceNew(void);

/* Frees a storage source chain; accepts NULL. */
void virStorageSourceFree(virStorageSource *src);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virStorageSource, virStorageSourceFree);

/*
 * virStorageNetHostDefParseXML:
 * @node: a <host> element
 * @host: filled in (zeroed by the caller; free its strings on error too)
 *
 * Parses name/port/transport/socket as libvirt: a unix transport needs a
 * socket and ignores name/port, others need a name. Errors:
 * VIR_ERR_CONFIG_UNSUPPORTED (unknown transport), VIR_ERR_XML_ERROR,
 * VIR_ERR_INVALID_ARG (bad port). Returns 0 or -1.
 */
int virStorageNetHostDefParseXML(xmlNodePtr node, virStorageNetHostDef *host);

/* True if @src names no storage (no path for local types, no protocol...). */
bool virStorageSourceIsEmpty(const virStorageSource *src);

/* True for file, block and dir sources. */
bool virStorageSourceIsLocalStorage(const virStorageSource *src);

/*
 * virStorageSourceParse:
 * @node: the <source> element
 * @ctxt: XPath context (node changed and restored)
 * @src: filled in; its @type must be set already
 * @flags: virDomainDefParseFlags
 *
 * Parses the attributes and children of a <source> for @src->type.
 * Returns 0, or -1 with an error reported (libvirt's codes).
 */
int virStorageSourceParse(xmlNodePtr node,
                          xmlXPathContextPtr ctxt,
                          virStorageSource *src,
                          unsigned int flags);

/*
 * virStorageSourceBackingStoreParse:
 * @ctxt: XPath context positioned on the element owning <backingStore>
 * @src: the source the chain hangs from
 * @flags: virDomainDefParseFlags
 *
 * Parses ./backingStore recursively into @src->backingStore.
 * Returns 0, or -1 with an error reported.
 */
int virStorageSourceBackingStoreParse(xmlXPathContextPtr ctxt,
                                      virStorageSource *src,
                                      unsigned int flags);

/*
 * virStorageSourceFormat:
 * @buf: output, at the element's indentation
 * @src: the source
 * @element: element name ("source")
 * @policy: startupPolicy value to write (0 = none), a string or NULL
 * @attrIndex: write index= when set
 * @skipAuth: <auth> was given at disk level (written by the caller)
 * @skipEnc: <encryption> was given at disk level (written by the caller)
 * @flags: virDomainDefFormatFlags
 *
 * Writes the <source> element (nothing when it would be empty).
 * Returns 0 or -1 with an error.
 */
int virStorageSourceFormat(virBuffer *buf,
                           const virStorageSource *src,
                           const char *element,
                           const char *policy,
                           bool attrIndex,
                           bool skipAuth,
                           bool skipEnc,
                           unsigned int flags);

/*
 * virStorageSourceBackingStoreFormat:
 * Writes @src's <backingStore> chain (nothing if @src->backingStore is
 * NULL). Returns 0 or -1 with an error.
 */
int
virStorageSourceBackingStoreFormat(virBuffer *buf, const virStorageSource *src, unsigned int flags);

/*
 * virStorageSourceAssignDefaultPorts:
 * Sets the protocol's default port on TCP hosts that have none
 * (nbd 10809, iscsi 3260, gluster 24007, http 80, ...), as libvirt's
 * post-parse does, for @src and its backing chain.
 */
void virStorageSourceAssignDefaultPorts(virStorageSource *src);

/*
 * virStorageSourceValidateChain:
 * Checks each source of the chain (auth secret types, luks cipher...).
 * Returns 0 or -1 with an error.
 */
int virStorageSourceValidateChain(const virStorageSource *src);
