/*
 * virdomainchrsrc.h: the host side of a character device (<source>,
 * <protocol>, <log>), shared by <serial>/<parallel>/<console>/<channel>,
 * <redirdev>, <smartcard mode='passthrough'>, rng egd backends
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virbuffer.h"
#include "virconftypes.h"
#include "virenum.h"
#include "virxml.h"

/* <serial type=...>: the host side of a chardev */
typedef enum {
    VIR_DOMAIN_CHR_TYPE_NULL = 0,
    VIR_DOMAIN_CHR_TYPE_VC,
    VIR_DOMAIN_CHR_TYPE_PTY,
    VIR_DOMAIN_CHR_TYPE_DEV,
    VIR_DOMAIN_CHR_TYPE_FILE,
    VIR_DOMAIN_CHR_TYPE_PIPE,
    VIR_DOMAIN_CHR_TYPE_STDIO,
    VIR_DOMAIN_CHR_TYPE_UDP,
    VIR_DOMAIN_CHR_TYPE_TCP,
    VIR_DOMAIN_CHR_TYPE_UNIX,
    VIR_DOMAIN_CHR_TYPE_SPICEVMC,
    VIR_DOMAIN_CHR_TYPE_SPICEPORT,
    VIR_DOMAIN_CHR_TYPE_NMDM,
    VIR_DOMAIN_CHR_TYPE_QEMU_VDAGENT,
    VIR_DOMAIN_CHR_TYPE_DBUS,

    VIR_DOMAIN_CHR_TYPE_LAST
} virDomainChrType;
VIR_ENUM_DECL(virDomainChr);

/* <protocol type=...> of a tcp chardev */
typedef enum {
    VIR_DOMAIN_CHR_TCP_PROTOCOL_RAW = 0,
    VIR_DOMAIN_CHR_TCP_PROTOCOL_TELNET,
    VIR_DOMAIN_CHR_TCP_PROTOCOL_TELNETS,
    VIR_DOMAIN_CHR_TCP_PROTOCOL_TLS,

    VIR_DOMAIN_CHR_TCP_PROTOCOL_LAST
} virDomainChrTcpProtocol;
VIR_ENUM_DECL(virDomainChrTcpProtocol);

/* <source mode=...> of tcp/udp/unix chardevs */
typedef enum {
    VIR_DOMAIN_CHR_SOURCE_MODE_CONNECT = 0,
    VIR_DOMAIN_CHR_SOURCE_MODE_BIND,

    VIR_DOMAIN_CHR_SOURCE_MODE_LAST
} virDomainChrSourceModeType;
VIR_ENUM_DECL(virDomainChrSourceMode);

/* <mouse mode=...> (qemu-vdagent source and spice graphics) */
typedef enum {
    VIR_DOMAIN_MOUSE_MODE_DEFAULT = 0,
    VIR_DOMAIN_MOUSE_MODE_SERVER,
    VIR_DOMAIN_MOUSE_MODE_CLIENT,

    VIR_DOMAIN_MOUSE_MODE_LAST
} virDomainMouseMode;
VIR_ENUM_DECL(virDomainMouseMode);

/* <seclabel model= relabel=><label>..</label></seclabel> inside <source> */
typedef struct _virDomainChrSeclabelDef virDomainChrSeclabelDef;
struct _virDomainChrSeclabelDef {
    char *model;    /* security driver name, NULL = any; owned */
    char *label;    /* first <label> text, owned; NULL if none */
    bool relabel;   /* relabel='yes' (the default) */
    bool labelskip; /* labelskip='yes' (live XML only) */
};

/* The host side of a chardev. */
struct _virDomainChrSourceDef {
    int type;                            /* virDomainChrType */
    char *path;                          /* pty/dev/file/pipe/unix path, owned; may be "" */
    virTristateSwitch append;            /* file <source append=...> */
    char *host;                          /* tcp host / udp connect host, owned */
    char *service;                       /* tcp service / udp connect service, owned */
    char *bindHost;                      /* udp bind host, owned */
    char *bindService;                   /* udp bind service, owned */
    bool listen;                         /* tcp/unix mode='bind' */
    int protocol;                        /* tcp virDomainChrTcpProtocol */
    virTristateBool tls;                 /* tcp <source tls=...> */
    virTristateBool reconnectEnabled;    /* tcp/unix <reconnect enabled=...> */
    unsigned int reconnectTimeout;       /* seconds, valid when enabled */
    char *spiceport;                     /* spiceport <source channel=...>, owned */
    char *dbusChannel;                   /* dbus <source channel=...>, owned */
    char *master;                        /* nmdm master=, owned */
    char *slave;                         /* nmdm slave=, owned */
    virTristateBool clipboard;           /* qemu-vdagent <clipboard copypaste=...> */
    int mouseMode;                       /* qemu-vdagent <mouse mode=...>: virDomainMouseMode */
    char *logfile;                       /* <log file=...>, owned */
    virTristateSwitch logappend;         /* <log append=...> */
    virDomainChrSeclabelDef **seclabels; /* owned */
    size_t nseclabels;
};

/*
 * virDomainChrSourceDefParseXML:
 * @ctxt: XPath context
 * @node: the element holding the <source>, <protocol> and <log> children
 *        (e.g. <serial>, <redirdev>, rng <backend>)
 * @src: filled in; src->type must be set by the caller
 * @flags: virDomainDefParseFlags
 *
 * Returns 0, or -1 with an error.
 */
int virDomainChrSourceDefParseXML(xmlXPathContextPtr ctxt,
                                  xmlNodePtr node,
                                  virDomainChrSourceDef *src,
                                  unsigned int flags);

/*
 * virDomainChrSourceDefFormat:
 * Writes the <source>, <protocol> and <log> children for @src at @buf's
 * indentation (the caller writes the element and its type attribute).
 * Returns 0 or -1 with an error.
 */
int
virDomainChrSourceDefFormat(virBuffer *buf, const virDomainChrSourceDef *src, unsigned int flags);

/*
 * virDomainChrSourceReconnectParseXML:
 * @source: a <source> element
 * @src: gets reconnectEnabled and reconnectTimeout from its <reconnect>
 *       child (ignored without enabled=; timeout required when 'yes')
 *
 * Returns 0, or -1 with the attribute getters' errors.
 */
int virDomainChrSourceReconnectParseXML(xmlNodePtr source, virDomainChrSourceDef *src);

/* Writes <reconnect enabled= [timeout=]/> when set. */
void virDomainChrSourceReconnectFormat(virBuffer *buf, const virDomainChrSourceDef *src);

/*
 * virDomainChrSourceDefValidate:
 * @src: the source
 * @chr: the chardev holding it, or NULL (redirdev, rng...)
 *
 * Checks the attributes the source type needs (libvirt's texts and
 * codes, e.g. VIR_ERR_INTERNAL_ERROR "Missing source path attribute for
 * char device"). Returns 0 or -1 with an error.
 */
int virDomainChrSourceDefValidate(const virDomainChrSourceDef *src, const virDomainChrDef *chr);

/* Returns true if @a and @b describe the same host side. */
bool virDomainChrSourceDefIsEqual(const virDomainChrSourceDef *a, const virDomainChrSourceDef *b);

/* Returns a new, empty source (type NULL); never fails. */
virDomainChrSourceDef *virDomainChrSourceDefNew(void);

/* Frees @src and everything it owns; NULL is allowed. */
void virDomainChrSourceDefFree(virDomainChrSourceDef *src);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainChrSourceDef, virDomainChrSourceDefFree);
