/*
 * virtestdriver.c: the test driver's registration, connections and node
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <netdb.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "datatypes.h"
#include "internal.h"
#include "virdomainpostparse.h"
#include "virdriver.h"
#include "virerror.h"
#include "virlog.h"
#include "virtestdriver.h"
#include "virtestdriverpriv.h"
#include "virthread.h"

#define VIR_FROM_THIS VIR_FROM_TEST

VIR_LOG_INIT("testd.driver");

static virClass *virTestDriverClass;
static void virTestDriverDispose(void *obj);

/* The state of test:///default, shared by the connections of the process
 * that use it; guarded by defaultLock. */
static virMutex defaultLock = VIR_MUTEX_INITIALIZER;
static virTestDriver *defaultDriver;
static size_t defaultConnections;


static int
virTestDriverOnceInit(void)
{
    if (!VIR_CLASS_NEW(virTestDriver, virClassForObjectLockable()))
        return -1;
    return 0;
}

VIR_ONCE_GLOBAL_INIT(virTestDriver);


static void
virTestDriverDispose(void *obj)
{
    virTestDriver *driver = obj;

    virObjectUnref(driver->domains);
    virObjectUnref(driver->networks);
    virObjectUnref(driver->pools);
    virObjectUnref(driver->secrets);
    virObjectUnref(driver->events);
    virObjectUnref(driver->caps);
    g_free(driver->cells);
}


virTestDriver *
virTestDriverNew(void)
{
    g_autoptr(virTestDriver) driver = NULL;

    if (virTestDriverInitialize() < 0)
        return NULL;
    if (!(driver = virObjectLockableNew(virTestDriverClass)))
        return NULL;
    driver->xmlopt = virDomainXMLOptionGetTestDriver();
    if (!(driver->domains = virDomainObjListNew()) ||
        !(driver->networks = virNetworkObjListNew()) ||
        !(driver->pools = virStoragePoolObjListNew()) ||
        !(driver->secrets = virSecretObjListNew()) || !(driver->events = virObjectEventStateNew()))
        return NULL;
    g_atomic_int_set(&driver->nextDomID, 1);
    return g_steal_pointer(&driver);
}


static int
testOpenDefault(virConnect *conn)
{
    virTestDriver *driver = NULL;
    int ret = VIR_DRV_OPEN_ERROR;

    virMutexLock(&defaultLock);
    if (!defaultDriver) {
        if (!(driver = virTestDriverNew()) || virTestNodeLoadDefault(driver) < 0) {
            virObjectUnref(driver);
            goto cleanup;
        }
        defaultDriver = driver;
    }
    conn->privateData = virObjectRef(defaultDriver);
    defaultConnections++;
    ret = VIR_DRV_OPEN_SUCCESS;

cleanup:
    virMutexUnlock(&defaultLock);
    return ret;
}


static int
testOpenFromFile(virConnect *conn, const char *path)
{
    g_autoptr(virTestDriver) driver = virTestDriverNew();

    if (!driver || virTestNodeLoadFile(driver, path) < 0)
        return VIR_DRV_OPEN_ERROR;
    conn->privateData = g_steal_pointer(&driver);
    return VIR_DRV_OPEN_SUCCESS;
}


static virDrvOpenStatus
testConnectOpen(virConnect *conn,
                virConnectAuth *auth G_GNUC_UNUSED,
                virConf *conf G_GNUC_UNUSED,
                unsigned int flags)
{
    const char *path;

    if (!virDriverCheckFlags(flags, VIR_CONNECT_RO | VIR_CONNECT_NO_ALIASES))
        return VIR_DRV_OPEN_ERROR;
    if (!conn->uri)
        return VIR_DRV_OPEN_DECLINED;

    path = conn->uri->path ? conn->uri->path : "";
    if (path[0] == '\0' || g_str_equal(path, "/")) {
        virReportError(VIR_ERR_INVALID_ARG, "%s",
                       _("testOpen: supply a path or use test:///default"));
        return VIR_DRV_OPEN_ERROR;
    }
    if (g_str_equal(path, "/default"))
        return testOpenDefault(conn);
    return testOpenFromFile(conn, path);
}


static int
testConnectClose(virConnect *conn)
{
    virTestDriver *driver = conn->privateData;

    if (!driver)
        return 0;
    virObjectEventStateDeregisterConn(driver->events, conn);
    conn->privateData = NULL;

    virMutexLock(&defaultLock);
    if (driver == defaultDriver && --defaultConnections == 0) {
        /* the last user of test:///default: the next open starts afresh */
        virObjectUnref(defaultDriver);
        defaultDriver = NULL;
    }
    virMutexUnlock(&defaultLock);
    virObjectUnref(driver);
    return 0;
}


static const char *
testConnectGetType(virConnect *conn G_GNUC_UNUSED)
{
    return "TEST";
}


static int
testConnectGetVersion(virConnect *conn G_GNUC_UNUSED, unsigned long *hvVer)
{
    *hvVer = 2;
    return 0;
}


/* The host name as libvirt's virGetHostname() gives it: the canonical
 * name when the plain one has no domain part and resolves. */
static char *
testConnectGetHostname(virConnect *conn G_GNUC_UNUSED)
{
    char name[HOST_NAME_MAX + 1] = "";
    struct addrinfo hints = { .ai_flags = AI_CANONNAME | AI_CANONIDN, .ai_family = AF_UNSPEC };
    struct addrinfo *info = NULL;
    char *ret;

    if (gethostname(name, sizeof(name) - 1) < 0) {
        virReportSystemError(errno, "%s", _("failed to determine host name"));
        return NULL;
    }
    if (strchr(name, '.') || getaddrinfo(name, NULL, &hints, &info) != 0)
        return g_strdup(name);
    if (info->ai_canonname && !g_str_has_prefix(info->ai_canonname, "localhost"))
        ret = g_strdup(info->ai_canonname);
    else
        ret = g_strdup(name);
    freeaddrinfo(info);
    return ret;
}


static int
testConnectGetMaxVcpus(virConnect *conn G_GNUC_UNUSED, const char *type G_GNUC_UNUSED)
{
    return VIR_TEST_MAX_VCPUS;
}


static int
testNodeGetInfo(virConnect *conn, virNodeInfo *info)
{
    virTestDriver *driver = conn->privateData;

    *info = driver->nodeInfo;
    return 0;
}


static char *
testConnectGetCapabilities(virConnect *conn)
{
    virTestDriver *driver = conn->privateData;

    return virCapabilitiesFormatXML(driver->caps);
}


static char *
testConnectGetSysinfo(virConnect *conn G_GNUC_UNUSED, unsigned int flags)
{
    if (!virDriverCheckFlags(flags, 0))
        return NULL;
    return g_strdup("<sysinfo type='smbios'>\n"
                    "  <bios>\n"
                    "    <entry name='vendor'>LENOVO</entry>\n"
                    "    <entry name='version'>G4ETA1WW (2.61 )</entry>\n"
                    "    <entry name='date'>05/07/2014</entry>\n"
                    "    <entry name='release'>2.61</entry>\n"
                    "  </bios>\n"
                    "</sysinfo>\n");
}


/* As libvirt's test driver: the sum of the cells' free memory, in the
 * cells' unit (KiB), which is what callers of test:///default see. */
static unsigned long long
testNodeGetFreeMemory(virConnect *conn)
{
    virTestDriver *driver = conn->privateData;
    unsigned long long total = 0;
    size_t i;

    for (i = 0; i < driver->ncells; i++)
        total += driver->cells[i].freeMem;
    return total;
}


static int
testNodeGetCellsFreeMemory(virConnect *conn,
                           unsigned long long *freeMems,
                           int startCell,
                           int maxCells)
{
    virTestDriver *driver = conn->privateData;
    int n = 0;
    int cell;

    if (startCell < 0 || (size_t)startCell >= driver->ncells) {
        virReportError(VIR_ERR_INVALID_ARG, "%s", _("Range exceeds available cells"));
        return -1;
    }
    for (cell = startCell; (size_t)cell < driver->ncells && n < maxCells; cell++)
        freeMems[n++] = driver->cells[cell].mem;
    return n;
}


static int
testNodeGetSecurityModel(virConnect *conn G_GNUC_UNUSED, virSecurityModel *secmodel)
{
    memset(secmodel, 0, sizeof(*secmodel));
    g_strlcpy(secmodel->model, "testSecurity", sizeof(secmodel->model));
    return 0;
}


static int
testConnectIsSecure(virConnect *conn G_GNUC_UNUSED)
{
    return 1;
}


static int
testConnectIsEncrypted(virConnect *conn G_GNUC_UNUSED)
{
    return 0;
}


static int
testConnectIsAlive(virConnect *conn G_GNUC_UNUSED)
{
    return 1;
}


static virHypervisorDriver testHypervisorDriver = {
    .name = "Test",
    .connectOpen = testConnectOpen,
    .connectClose = testConnectClose,
    .connectGetType = testConnectGetType,
    .connectGetVersion = testConnectGetVersion,
    .connectGetHostname = testConnectGetHostname,
    .connectGetSysinfo = testConnectGetSysinfo,
    .connectGetMaxVcpus = testConnectGetMaxVcpus,
    .nodeGetInfo = testNodeGetInfo,
    .connectGetCapabilities = testConnectGetCapabilities,
    .nodeGetFreeMemory = testNodeGetFreeMemory,
    .nodeGetCellsFreeMemory = testNodeGetCellsFreeMemory,
    .nodeGetSecurityModel = testNodeGetSecurityModel,
    .connectIsEncrypted = testConnectIsEncrypted,
    .connectIsSecure = testConnectIsSecure,
    .connectIsAlive = testConnectIsAlive,
};

static virNetworkDriver testNetworkDriver = {
    .name = "Test",
};

static virStorageDriver testStorageDriver = {
    .name = "Test",
};

static virSecretDriver testSecretDriver = {
    .name = "Test",
};

static const char *const testURISchemes[] = { "test", NULL };

static virConnectDriver testConnectDriver = {
    .localOnly = true,
    .uriSchemes = testURISchemes,
    .hypervisorDriver = &testHypervisorDriver,
    .networkDriver = &testNetworkDriver,
    .storageDriver = &testStorageDriver,
    .secretDriver = &testSecretDriver,
};


int
virTestDriverRegister(void)
{
    virTestDomainFillDriver(&testHypervisorDriver);
    virTestDomainConfFillDriver(&testHypervisorDriver);
    virTestDomainSaveFillDriver(&testHypervisorDriver);
    virTestSnapshotFillDriver(&testHypervisorDriver);
    virTestEventFillDriver(&testHypervisorDriver, &testNetworkDriver);
    virTestNetworkFillDriver(&testNetworkDriver);
    virTestStoragePoolFillDriver(&testStorageDriver);
    virTestStorageVolFillDriver(&testStorageDriver);
    virTestSecretFillDriver(&testSecretDriver);

    if (virRegisterConnectDriver(&testConnectDriver) < 0)
        return -1;
    return 0;
}
