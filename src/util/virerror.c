/*
 * virerror.c: thread-local last error, reporting and the message table
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"
#include "virerror.h"
#include "virlog.h"

#define VIR_FROM_THIS VIR_FROM_NONE

VIR_LOG_INIT("util.error");

/* The calling thread's last error; freed when the thread exits. */
static GPrivate virLastErr = G_PRIVATE_INIT((GDestroyNotify)virFreeError);

/* Guards virErrorHandler and virUserData. */
static GMutex virErrorFuncLock;
static virErrorFunc virErrorHandler;
static void *virUserData;


/*
 * The default text of each error code, as libvirt 9.0 prints it (clients
 * and users match on these). @plain is used when the report carries no
 * detail; @detailed holds exactly one "%s" for the detail. Most codes put
 * the detail after ": " (ERR_COLON) or after a space (ERR_SPACE); the
 * others spell both texts out (ERR_OWN). @name is the enum's symbol.
 */
typedef struct {
    const char *name;
    const char *plain;
    const char *detailed;
} virErrorText;

#define ERR_COLON(code, text) [code] = { #code, N_(text), N_(text ": %s") }
#define ERR_SPACE(code, text) [code] = { #code, N_(text), N_(text " %s") }
#define ERR_OWN(code, text, detailed) [code] = { #code, N_(text), N_(detailed) }

static const virErrorText virErrorTexts[] = {
    [VIR_ERR_OK] = { "VIR_ERR_OK", NULL, NULL },
    ERR_COLON(VIR_ERR_INTERNAL_ERROR, "internal error"),
    ERR_COLON(VIR_ERR_NO_MEMORY, "out of memory"),
    ERR_COLON(VIR_ERR_NO_SUPPORT, "this function is not supported by the connection driver"),
    ERR_SPACE(VIR_ERR_UNKNOWN_HOST, "unknown host"),
    ERR_OWN(VIR_ERR_NO_CONNECT,
            "no connection driver available",
            "no connection driver available for %s"),
    ERR_SPACE(VIR_ERR_INVALID_CONN, "invalid connection pointer in"),
    ERR_SPACE(VIR_ERR_INVALID_DOMAIN, "invalid domain pointer in"),
    ERR_COLON(VIR_ERR_INVALID_ARG, "invalid argument"),
    ERR_COLON(VIR_ERR_OPERATION_FAILED, "operation failed"),
    ERR_COLON(VIR_ERR_GET_FAILED, "GET operation failed"),
    ERR_COLON(VIR_ERR_POST_FAILED, "POST operation failed"),
    ERR_SPACE(VIR_ERR_HTTP_ERROR, "got unknown HTTP error code"),
    ERR_COLON(VIR_ERR_SEXPR_SERIAL, "failed to serialize S-Expr"),
    ERR_SPACE(VIR_ERR_NO_XEN, "could not use Xen hypervisor entry"),
    ERR_SPACE(VIR_ERR_XEN_CALL, "failed Xen syscall"),
    ERR_SPACE(VIR_ERR_OS_TYPE, "unknown OS type"),
    ERR_COLON(VIR_ERR_NO_KERNEL, "missing kernel information"),
    ERR_OWN(VIR_ERR_NO_ROOT,
            "missing root device information",
            "missing root device information in %s"),
    ERR_SPACE(VIR_ERR_NO_SOURCE, "missing source information for device"),
    ERR_SPACE(VIR_ERR_NO_TARGET, "missing target information for device"),
    ERR_OWN(VIR_ERR_NO_NAME, "missing name information", "missing name information in %s"),
    ERR_OWN(VIR_ERR_NO_OS,
            "missing operating system information",
            "missing operating system information for %s"),
    ERR_OWN(VIR_ERR_NO_DEVICE, "missing devices information", "missing devices information for %s"),
    ERR_SPACE(VIR_ERR_NO_XENSTORE, "could not connect to Xen Store"),
    ERR_OWN(
        VIR_ERR_DRIVER_FULL, "too many drivers registered", "too many drivers registered in %s"),
    ERR_COLON(VIR_ERR_CALL_FAILED, "library call failed"),
    ERR_OWN(VIR_ERR_XML_ERROR, "XML description is invalid or not well formed", "XML error: %s"),
    ERR_OWN(VIR_ERR_DOM_EXIST, "this domain exists already", "domain %s exists already"),
    ERR_OWN(VIR_ERR_OPERATION_DENIED,
            "operation forbidden for read only access",
            "operation forbidden: %s"),
    ERR_SPACE(VIR_ERR_OPEN_FAILED, "failed to open configuration file"),
    ERR_SPACE(VIR_ERR_READ_FAILED, "failed to read configuration file"),
    ERR_SPACE(VIR_ERR_PARSE_FAILED, "failed to parse configuration file"),
    ERR_COLON(VIR_ERR_CONF_SYNTAX, "configuration file syntax error"),
    ERR_COLON(VIR_ERR_WRITE_FAILED, "failed to write configuration file"),
    ERR_OWN(VIR_ERR_XML_DETAIL, "parser error", "%s"),
    ERR_SPACE(VIR_ERR_INVALID_NETWORK, "invalid network pointer in"),
    ERR_OWN(VIR_ERR_NETWORK_EXIST, "this network exists already", "network %s exists already"),
    ERR_OWN(VIR_ERR_SYSTEM_ERROR, "system call error", "%s"),
    ERR_OWN(VIR_ERR_RPC, "RPC error", "%s"),
    ERR_OWN(VIR_ERR_GNUTLS_ERROR, "GNUTLS call error", "%s"),
    ERR_COLON(VIR_WAR_NO_NETWORK, "Failed to find the network"),
    ERR_COLON(VIR_ERR_NO_DOMAIN, "Domain not found"),
    ERR_COLON(VIR_ERR_NO_NETWORK, "Network not found"),
    ERR_COLON(VIR_ERR_INVALID_MAC, "invalid MAC address"),
    ERR_COLON(VIR_ERR_AUTH_FAILED, "authentication failed"),
    ERR_SPACE(VIR_ERR_INVALID_STORAGE_POOL, "invalid storage pool pointer in"),
    ERR_SPACE(VIR_ERR_INVALID_STORAGE_VOL, "invalid storage volume pointer in"),
    ERR_COLON(VIR_WAR_NO_STORAGE, "Failed to find a storage driver"),
    ERR_COLON(VIR_ERR_NO_STORAGE_POOL, "Storage pool not found"),
    ERR_COLON(VIR_ERR_NO_STORAGE_VOL, "Storage volume not found"),
    ERR_COLON(VIR_WAR_NO_NODE, "Failed to find a node driver"),
    ERR_OWN(VIR_ERR_INVALID_NODE_DEVICE,
            "invalid node device pointer",
            "invalid node device pointer in %s"),
    ERR_COLON(VIR_ERR_NO_NODE_DEVICE, "Node device not found"),
    ERR_COLON(VIR_ERR_NO_SECURITY_MODEL, "Security model not found"),
    ERR_COLON(VIR_ERR_OPERATION_INVALID, "Requested operation is not valid"),
    ERR_COLON(VIR_WAR_NO_INTERFACE, "Failed to find the interface"),
    ERR_COLON(VIR_ERR_NO_INTERFACE, "Interface not found"),
    ERR_SPACE(VIR_ERR_INVALID_INTERFACE, "invalid interface pointer in"),
    ERR_COLON(VIR_ERR_MULTIPLE_INTERFACES, "multiple matching interfaces found"),
    ERR_COLON(VIR_WAR_NO_NWFILTER, "Failed to start the nwfilter driver"),
    ERR_COLON(VIR_ERR_INVALID_NWFILTER, "Invalid network filter"),
    ERR_COLON(VIR_ERR_NO_NWFILTER, "Network filter not found"),
    ERR_COLON(VIR_ERR_BUILD_FIREWALL, "Error while building firewall"),
    ERR_COLON(VIR_WAR_NO_SECRET, "Failed to find a secret storage driver"),
    ERR_COLON(VIR_ERR_INVALID_SECRET, "Invalid secret"),
    ERR_COLON(VIR_ERR_NO_SECRET, "Secret not found"),
    ERR_COLON(VIR_ERR_CONFIG_UNSUPPORTED, "unsupported configuration"),
    ERR_COLON(VIR_ERR_OPERATION_TIMEOUT, "Timed out during operation"),
    ERR_COLON(VIR_ERR_MIGRATE_PERSIST_FAILED, "Failed to make domain persistent after migration"),
    ERR_COLON(VIR_ERR_HOOK_SCRIPT_FAILED, "Hook script execution failed"),
    ERR_COLON(VIR_ERR_INVALID_DOMAIN_SNAPSHOT, "Invalid domain snapshot"),
    ERR_COLON(VIR_ERR_NO_DOMAIN_SNAPSHOT, "Domain snapshot not found"),
    ERR_OWN(VIR_ERR_INVALID_STREAM, "invalid stream pointer", "invalid stream pointer in %s"),
    ERR_COLON(VIR_ERR_ARGUMENT_UNSUPPORTED, "argument unsupported"),
    ERR_COLON(VIR_ERR_STORAGE_PROBE_FAILED, "Storage pool probe failed"),
    ERR_COLON(VIR_ERR_STORAGE_POOL_BUILT, "Storage pool already built"),
    ERR_COLON(VIR_ERR_SNAPSHOT_REVERT_RISKY, "revert requires force"),
    ERR_COLON(VIR_ERR_OPERATION_ABORTED, "operation aborted"),
    ERR_COLON(VIR_ERR_AUTH_CANCELLED, "authentication cancelled"),
    ERR_COLON(VIR_ERR_NO_DOMAIN_METADATA, "metadata not found"),
    ERR_COLON(VIR_ERR_MIGRATE_UNSAFE, "Unsafe migration"),
    ERR_COLON(VIR_ERR_OVERFLOW, "numerical overflow"),
    ERR_COLON(VIR_ERR_BLOCK_COPY_ACTIVE, "block copy still active"),
    ERR_COLON(VIR_ERR_OPERATION_UNSUPPORTED, "Operation not supported"),
    ERR_COLON(VIR_ERR_SSH, "SSH transport error"),
    ERR_COLON(VIR_ERR_AGENT_UNRESPONSIVE, "Guest agent is not responding"),
    ERR_COLON(VIR_ERR_RESOURCE_BUSY, "resource busy"),
    ERR_COLON(VIR_ERR_ACCESS_DENIED, "access denied"),
    ERR_COLON(VIR_ERR_DBUS_SERVICE, "error from service"),
    ERR_OWN(VIR_ERR_STORAGE_VOL_EXIST,
            "this storage volume exists already",
            "storage volume %s exists already"),
    ERR_COLON(VIR_ERR_CPU_INCOMPATIBLE, "the CPU is incompatible with host CPU"),
    ERR_COLON(VIR_ERR_XML_INVALID_SCHEMA, "XML document failed to validate against schema"),
    ERR_COLON(VIR_ERR_MIGRATE_FINISH_OK, "migration successfully aborted"),
    ERR_COLON(VIR_ERR_AUTH_UNAVAILABLE, "authentication unavailable"),
    ERR_COLON(VIR_ERR_NO_SERVER, "Server not found"),
    ERR_COLON(VIR_ERR_NO_CLIENT, "Client not found"),
    ERR_COLON(VIR_ERR_AGENT_UNSYNCED, "guest agent replied with wrong id to guest-sync command"),
    ERR_COLON(VIR_ERR_LIBSSH, "libssh transport error"),
    ERR_COLON(VIR_ERR_DEVICE_MISSING, "device not found"),
    ERR_COLON(VIR_ERR_INVALID_NWFILTER_BINDING, "Invalid network filter binding"),
    ERR_COLON(VIR_ERR_NO_NWFILTER_BINDING, "Network filter binding not found"),
    ERR_COLON(VIR_ERR_INVALID_DOMAIN_CHECKPOINT, "Invalid domain checkpoint"),
    ERR_COLON(VIR_ERR_NO_DOMAIN_CHECKPOINT, "Domain checkpoint not found"),
    ERR_COLON(VIR_ERR_NO_DOMAIN_BACKUP, "Domain backup job id not found"),
    ERR_COLON(VIR_ERR_INVALID_NETWORK_PORT, "Invalid network port pointer"),
    ERR_OWN(VIR_ERR_NETWORK_PORT_EXIST,
            "this network port exists already",
            "network port %s exists already"),
    ERR_COLON(VIR_ERR_NO_NETWORK_PORT, "network port not found"),
    ERR_COLON(VIR_ERR_NO_HOSTNAME, "no hostname found"),
    ERR_COLON(VIR_ERR_CHECKPOINT_INCONSISTENT, "checkpoint inconsistent"),
    ERR_COLON(VIR_ERR_MULTIPLE_DOMAINS, "multiple matching domains found"),
};

#undef ERR_COLON
#undef ERR_SPACE
#undef ERR_OWN

/* A new code in virterror.h must get a text here (virerrortest checks each one). */
G_STATIC_ASSERT(G_N_ELEMENTS(virErrorTexts) == VIR_ERR_MULTIPLE_DOMAINS + 1);


/* What libvirt 9.0 prints for each virErrorDomain. */
static const char *const virErrorDomainNames[] = {
    [VIR_FROM_NONE] = "",
    [VIR_FROM_XEN] = "Xen Driver",
    [VIR_FROM_XEND] = "Xen Daemon",
    [VIR_FROM_XENSTORE] = "Xen Store",
    [VIR_FROM_SEXPR] = "S-Expression",
    [VIR_FROM_XML] = "XML Util",
    [VIR_FROM_DOM] = "Domain",
    [VIR_FROM_RPC] = "XML-RPC",
    [VIR_FROM_PROXY] = "Proxy Daemon",
    [VIR_FROM_CONF] = "Config File",
    [VIR_FROM_QEMU] = "QEMU Driver",
    [VIR_FROM_NET] = "Network",
    [VIR_FROM_TEST] = "Test Driver",
    [VIR_FROM_REMOTE] = "Remote Driver",
    [VIR_FROM_OPENVZ] = "OpenVZ Driver",
    [VIR_FROM_XENXM] = "Xen XM Driver",
    [VIR_FROM_STATS_LINUX] = "Linux Statistics",
    [VIR_FROM_LXC] = "LXC Driver",
    [VIR_FROM_STORAGE] = "Storage Driver",
    [VIR_FROM_NETWORK] = "Network Driver",
    [VIR_FROM_DOMAIN] = "Domain Config",
    [VIR_FROM_UML] = "User Mode Linux Driver",
    [VIR_FROM_NODEDEV] = "Node Device Driver",
    [VIR_FROM_XEN_INOTIFY] = "Xen Inotify Driver",
    [VIR_FROM_SECURITY] = "Security Driver",
    [VIR_FROM_VBOX] = "VirtualBox Driver",
    [VIR_FROM_INTERFACE] = "Network Interface Driver",
    [VIR_FROM_ONE] = "Open Nebula Driver",
    [VIR_FROM_ESX] = "ESX Driver",
    [VIR_FROM_PHYP] = "Power Hypervisor Driver",
    [VIR_FROM_SECRET] = "Secrets Driver",
    [VIR_FROM_CPU] = "CPU Driver",
    [VIR_FROM_XENAPI] = "XenAPI Driver",
    [VIR_FROM_NWFILTER] = "Network Filter Driver",
    [VIR_FROM_HOOK] = "Lifecycle Hook",
    [VIR_FROM_DOMAIN_SNAPSHOT] = "Domain Snapshot",
    [VIR_FROM_AUDIT] = "Audit Utils",
    [VIR_FROM_SYSINFO] = "Sysinfo Utils",
    [VIR_FROM_STREAMS] = "I/O Stream Utils",
    [VIR_FROM_VMWARE] = "VMware Driver",
    [VIR_FROM_EVENT] = "Event Loop",
    [VIR_FROM_LIBXL] = "Xen Light Driver",
    [VIR_FROM_LOCKING] = "Lock Driver",
    [VIR_FROM_HYPERV] = "Hyper-V Driver",
    [VIR_FROM_CAPABILITIES] = "Capabilities Utils",
    [VIR_FROM_URI] = "URI Utils",
    [VIR_FROM_AUTH] = "Authentication Utils",
    [VIR_FROM_DBUS] = "DBus Utils",
    [VIR_FROM_PARALLELS] = "Parallels Cloud Server",
    [VIR_FROM_DEVICE] = "Device Config",
    [VIR_FROM_SSH] = "SSH transport layer",
    [VIR_FROM_LOCKSPACE] = "Lock Space",
    [VIR_FROM_INITCTL] = "Init control",
    [VIR_FROM_IDENTITY] = "Identity",
    [VIR_FROM_CGROUP] = "Cgroup",
    [VIR_FROM_ACCESS] = "Access Manager",
    [VIR_FROM_SYSTEMD] = "Systemd",
    [VIR_FROM_BHYVE] = "Bhyve",
    [VIR_FROM_CRYPTO] = "Crypto",
    [VIR_FROM_FIREWALL] = "Firewall",
    [VIR_FROM_POLKIT] = "Polkit",
    [VIR_FROM_THREAD] = "Thread jobs",
    [VIR_FROM_ADMIN] = "Admin Interface",
    [VIR_FROM_LOGGING] = "Log Manager",
    [VIR_FROM_XENXL] = "Xen XL Config",
    [VIR_FROM_PERF] = "Perf",
    [VIR_FROM_LIBSSH] = "Libssh transport layer",
    [VIR_FROM_RESCTRL] = "Resource control",
    [VIR_FROM_FIREWALLD] = "FirewallD",
    [VIR_FROM_DOMAIN_CHECKPOINT] = "Domain Checkpoint",
    [VIR_FROM_TPM] = "TPM",
    [VIR_FROM_BPF] = "BPF",
    [VIR_FROM_CH] = "Cloud-Hypervisor Driver",
};

G_STATIC_ASSERT(G_N_ELEMENTS(virErrorDomainNames) == VIR_FROM_CH + 1);


int
virErrorInitialize(void)
{
    /* The GPrivate slot needs no set-up; kept for libvirt's call order. */
    return 0;
}


const char *
virErrorMsg(int code, const char *info)
{
    const virErrorText *t;

    if (code <= VIR_ERR_OK || (size_t)code >= G_N_ELEMENTS(virErrorTexts))
        return info ? "%s" : _("unknown error");
    t = &virErrorTexts[code];
    return info ? _(t->detailed) : _(t->plain);
}


const char *
virErrorNumberName(int code)
{
    if (code < 0 || (size_t)code >= G_N_ELEMENTS(virErrorTexts))
        return NULL;
    return virErrorTexts[code].name;
}


const char *
virErrorDomainName(int domain)
{
    if (domain < 0 || (size_t)domain >= G_N_ELEMENTS(virErrorDomainNames))
        return "";
    return virErrorDomainNames[domain];
}


/*
 * Builds the message of @code around @detail. The table's formats hold a
 * single "%s", so it is substituted by hand: a '%' inside @detail is then
 * plain text and no format string ever comes from a variable.
 */
static char *
virErrorBuildMessage(int code, const char *detail)
{
    const char *fmt = virErrorMsg(code, detail);
    const char *conv;

    if (!detail)
        return g_strdup(fmt);
    conv = strstr(fmt, "%s");
    g_assert(conv);
    return g_strdup_printf("%.*s%s%s", (int)(conv - fmt), fmt, detail, conv + 2);
}


/* Returns the thread's error slot, creating an empty one on first use. */
static virError *
virLastErrorObject(void)
{
    virError *err = g_private_get(&virLastErr);

    if (!err) {
        err = g_new0(virError, 1);
        g_private_set(&virLastErr, err);
    }
    return err;
}


void
virResetError(virErrorPtr err)
{
    if (!err)
        return;
    g_free(err->message);
    g_free(err->str1);
    g_free(err->str2);
    g_free(err->str3);
    memset(err, 0, sizeof(*err));
}


void
virFreeError(virErrorPtr err)
{
    virResetError(err);
    g_free(err);
}


int
virCopyError(const virError *from, virError *to)
{
    if (!to)
        return 0;
    virResetError(to);
    if (!from)
        return 0;
    to->code = from->code;
    to->domain = from->domain;
    to->level = from->level;
    to->message = g_strdup(from->message);
    to->str1 = g_strdup(from->str1);
    to->str2 = g_strdup(from->str2);
    to->str3 = g_strdup(from->str3);
    to->int1 = from->int1;
    to->int2 = from->int2;
    /* conn, dom and net stay NULL: a copy must not hold borrowed objects. */
    return to->code;
}


virError *
virErrorCopyNew(const virError *err)
{
    virError *ret = g_new0(virError, 1);

    virCopyError(err, ret);
    return ret;
}


virErrorPtr
virGetLastError(void)
{
    virError *err = virLastErrorObject();

    if (err->code == VIR_ERR_OK)
        return NULL;
    return err;
}


const char *
virGetLastErrorMessage(void)
{
    virError *err = virLastErrorObject();

    if (err->code == VIR_ERR_OK)
        return _("no error");
    if (!err->message)
        return _("unknown error");
    return err->message;
}


int
virGetLastErrorCode(void)
{
    return virLastErrorObject()->code;
}


int
virGetLastErrorDomain(void)
{
    return virLastErrorObject()->domain;
}


int
virCopyLastError(virErrorPtr to)
{
    if (!to)
        return -1;
    /* As in libvirt, @to may be uninitialised: never free what it holds. */
    memset(to, 0, sizeof(*to));
    return virCopyError(virLastErrorObject(), to);
}


virErrorPtr
virSaveLastError(void)
{
    int saved_errno = errno;
    virError *ret = virErrorCopyNew(virLastErrorObject());

    errno = saved_errno;
    return ret;
}


void
virResetLastError(void)
{
    virError *err = g_private_get(&virLastErr);

    if (err)
        virResetError(err);
}


int
virSetError(const virError *newerr)
{
    int saved_errno = errno;

    virCopyError(newerr, virLastErrorObject());
    errno = saved_errno;
    return 0;
}


void
virErrorPreserveLast(virError **saveerr)
{
    int saved_errno = errno;
    virError *err = virLastErrorObject();

    *saveerr = NULL;
    if (err->code != VIR_ERR_OK) {
        *saveerr = virErrorCopyNew(err);
        virResetError(err);
    }
    errno = saved_errno;
}


void
virErrorRestore(virError **savederr)
{
    int saved_errno = errno;

    if (!*savederr)
        return;
    virSetError(*savederr);
    g_clear_pointer(savederr, virFreeError);
    errno = saved_errno;
}


bool
virErrorLastCodeIs(int code)
{
    return virLastErrorObject()->code == code;
}


bool
virLastErrorIsSystemErrno(int errnum)
{
    virError *err = virLastErrorObject();

    if (err->code != VIR_ERR_SYSTEM_ERROR)
        return false;
    return errnum == 0 || err->int1 == errnum;
}


void
virErrorSetErrnoFromLastError(void)
{
    virError *err = virLastErrorObject();

    if (err->code == VIR_ERR_SYSTEM_ERROR && err->int1 > 0)
        errno = err->int1;
    else if (err->code == VIR_ERR_NO_MEMORY)
        errno = ENOMEM;
    else
        errno = EIO;
}


void
virLastErrorPrefixMessage(const char *fmt, ...)
{
    int saved_errno = errno;
    virError *err = virLastErrorObject();
    g_autofree char *prefix = NULL;
    char *message;
    va_list ap;

    if (err->code == VIR_ERR_OK)
        return;
    va_start(ap, fmt);
    prefix = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    message = g_strdup_printf("%s: %s", prefix, NULLSTR_EMPTY(err->message));
    g_free(err->message);
    err->message = message;
    errno = saved_errno;
}


void
virSetErrorFunc(void *userData, virErrorFunc handler)
{
    g_mutex_lock(&virErrorFuncLock);
    virErrorHandler = handler;
    virUserData = userData;
    g_mutex_unlock(&virErrorFuncLock);
}


virError *
virErrorDispatchLast(void)
{
    virError *err = virLastErrorObject();

    if (err->code == VIR_ERR_OK) {
        virResetError(err);
        err->code = VIR_ERR_INTERNAL_ERROR;
        err->domain = VIR_FROM_NONE;
        err->level = VIR_ERR_ERROR;
        err->message = g_strdup(_("An error occurred, but the cause is unknown"));
    }
    return err;
}


void
virErrorInvokeHandler(virErrorFunc handler, void *userData, virError *err)
{
    if (!handler) {
        g_mutex_lock(&virErrorFuncLock);
        handler = virErrorHandler;
        userData = virUserData;
        g_mutex_unlock(&virErrorFuncLock);
    }
    if (handler)
        handler(userData, err);
    else
        virDefaultErrorFunc(err);
}


void
virDefaultErrorFunc(virErrorPtr err)
{
    const char *dom;
    const char *lvl = "";
    const char *msg;
    size_t len;

    if (!err || err->code == VIR_ERR_OK)
        return;
    if (err->domain < 0 || (size_t)err->domain >= G_N_ELEMENTS(virErrorDomainNames))
        dom = "Unknown";
    else
        dom = virErrorDomainNames[err->domain];
    if (err->level == VIR_ERR_WARNING)
        lvl = _("warning");
    else if (err->level == VIR_ERR_ERROR)
        lvl = _("error");
    msg = err->message ? err->message : _("unknown error");
    len = strlen(msg);

    /*
     * libvirt's exact shapes, which scripts parse: the two empty fields
     * would name the domain or network, which a modvirt error never
     * carries; a message that ends in a newline gets no second one.
     */
    if (err->domain == VIR_FROM_XML && err->code == VIR_ERR_XML_DETAIL && err->int1 != 0)
        fprintf(stderr, "libvirt: %s %s : line %d: %s", dom, lvl, err->int1, msg);
    else if (len > 0 && msg[len - 1] == '\n')
        fprintf(stderr, "libvirt: %s %s : %s", dom, lvl, msg);
    else
        fprintf(stderr, "libvirt: %s %s : %s\n", dom, lvl, msg);
}


/*
 * The one place that records an error: replaces the thread's last error
 * with one whose message is @message and logs it with the reporter's
 * location. The error callback does not run here but once per failed
 * public call (virErrorDispatchLast and virErrorInvokeHandler), as in
 * libvirt: internal code may report and then recover, and a callback must
 * not see such errors.
 */
static void
virErrorRaiseMessage(const char *filename,
                     const char *funcname,
                     size_t linenr,
                     int domain,
                     int code,
                     virErrorLevel level,
                     const char *str1,
                     const char *str2,
                     const char *str3,
                     int int1,
                     int int2,
                     const char *message)
{
    virError *to = virLastErrorObject();

    virResetError(to);
    if (code == VIR_ERR_OK)
        return;

    to->code = code;
    to->domain = domain;
    to->level = level;
    to->message = g_strdup(message);
    to->str1 = g_strdup(str1);
    to->str2 = g_strdup(str2);
    to->str3 = g_strdup(str3);
    to->int1 = int1;
    to->int2 = int2;

    if (virLogSourceEnabled(&virLogSelf, VIR_LOG_DEBUG)) {
        virLogMessage(&virLogSelf, VIR_LOG_DEBUG, filename, (int)linenr, funcname,
                      "error %d (%s) from domain %d (%s): %s", code,
                      NULLSTR(virErrorNumberName(code)), domain, virErrorDomainName(domain),
                      to->message);
    }
}


/* Records an error whose message is the default text of @code around @detail. */
static void
virErrorRaise(const char *filename,
              const char *funcname,
              size_t linenr,
              int domain,
              int code,
              virErrorLevel level,
              const char *str1,
              const char *str2,
              const char *str3,
              int int1,
              int int2,
              const char *detail)
{
    g_autofree char *message = NULL;

    if (code != VIR_ERR_OK)
        message = virErrorBuildMessage(code, detail);
    virErrorRaiseMessage(filename, funcname, linenr, domain, code, level, str1, str2, str3, int1,
                         int2, message);
}


void
virRaiseErrorFull(const char *filename,
                  const char *funcname,
                  size_t linenr,
                  int domain,
                  int code,
                  virErrorLevel level,
                  const char *str1,
                  const char *str2,
                  const char *str3,
                  int int1,
                  int int2,
                  const char *fmt,
                  ...)
{
    int saved_errno = errno;
    g_autofree char *detail = NULL;

    if (fmt) {
        va_list ap;

        va_start(ap, fmt);
        detail = g_strdup_vprintf(fmt, ap);
        va_end(ap);
    }
    if (!detail)
        detail = g_strdup(_("No error message provided"));

    virErrorRaiseMessage(filename, funcname, linenr, domain, code, level, str1, str2, str3, int1,
                         int2, detail);
    errno = saved_errno;
}


void
virReportErrorHelper(int domain,
                     int code,
                     const char *filename,
                     const char *funcname,
                     size_t linenr,
                     const char *fmt,
                     ...)
{
    int saved_errno = errno;
    g_autofree char *detail = NULL;

    if (fmt) {
        va_list ap;

        va_start(ap, fmt);
        detail = g_strdup_vprintf(fmt, ap);
        va_end(ap);
    }
    if (detail && !*detail)
        g_clear_pointer(&detail, g_free);

    virErrorRaise(filename, funcname, linenr, domain, code, VIR_ERR_ERROR,
                  virErrorMsg(code, detail), detail, NULL, -1, -1, detail);
    errno = saved_errno;
}


void
virReportSystemErrorFull(int domain,
                         int theerrno,
                         const char *filename,
                         const char *funcname,
                         size_t linenr,
                         const char *fmt,
                         ...)
{
    int saved_errno = errno;
    g_autofree char *detail = NULL;
    const char *errstr = g_strerror(theerrno);

    if (fmt) {
        g_autofree char *what = NULL;
        va_list ap;

        va_start(ap, fmt);
        what = g_strdup_vprintf(fmt, ap);
        va_end(ap);
        detail = g_strdup_printf("%s: %s", what, errstr);
    } else {
        detail = g_strdup(errstr);
    }

    virErrorRaise(filename, funcname, linenr, domain, VIR_ERR_SYSTEM_ERROR, VIR_ERR_ERROR,
                  virErrorMsg(VIR_ERR_SYSTEM_ERROR, detail), detail, NULL, theerrno, -1, detail);
    errno = saved_errno;
}
