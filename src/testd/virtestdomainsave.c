/*
 * virtestdomainsave.c: test driver save, restore, managed save and core
 * dumps
 *
 * A save image is what libvirt's test driver writes, so that images are
 * interchangeable: the magic "TestGuestMagic" with its terminating NUL
 * (15 bytes), the length of the XML as a native-endian int, then the
 * domain XML (live definition, with secrets). A core dump is the magic
 * alone. A managed save is only a flag on the domain.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "datatypes.h"
#include "internal.h"
#include "virerror.h"
#include "virfile.h"
#include "virtestdriverpriv.h"

#define VIR_FROM_THIS VIR_FROM_TEST

#define TEST_SAVE_MAGIC "TestGuestMagic"
/* largest XML a save image may carry, as libvirt's test driver */
#define TEST_SAVE_MAX_XML 8192


/* Reads exactly @len bytes unless the file ends; returns the count read
 * or -1 (errno set). */
static ssize_t
testSafeRead(int fd, void *buf, size_t len)
{
    size_t done = 0;

    while (done < len) {
        ssize_t r = read(fd, (char *)buf + done, len - done);

        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            return -1;
        if (r == 0)
            break;
        done += r;
    }
    return done;
}


static int
testDomainSaveImageWrite(const char *path, virDomainDef *def)
{
    g_autofree char *xml = virDomainDefFormat(def, VIR_DOMAIN_DEF_FORMAT_SECURE);
    int fd;
    int len;

    if (!xml)
        return -1;
    if ((fd = open(path, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, S_IRUSR | S_IWUSR)) < 0) {
        virReportSystemError(errno, _("saving domain '%1$s' to '%2$s': open failed"), def->name,
                             path);
        return -1;
    }
    len = strlen(xml);
    if (virFileSafeWrite(fd, TEST_SAVE_MAGIC, sizeof(TEST_SAVE_MAGIC)) < 0 ||
        virFileSafeWrite(fd, &len, sizeof(len)) < 0 || virFileSafeWrite(fd, xml, len) < 0 ||
        virFileClose(&fd) < 0) {
        virReportSystemError(errno, _("saving domain '%1$s' to '%2$s': write failed"), def->name,
                             path);
        if (fd >= 0)
            (void)close(fd);
        (void)unlink(path);
        return -1;
    }
    return 0;
}


/* Reads the XML of a save image; returns a new string or NULL with an error. */
static char *
testDomainSaveImageReadXML(int fd, const char *path)
{
    char magic[sizeof(TEST_SAVE_MAGIC)];
    g_autofree char *xml = NULL;
    int len;

    if (testSafeRead(fd, magic, sizeof(magic)) != sizeof(magic)) {
        virReportSystemError(errno, _("incomplete save header in '%1$s'"), path);
        return NULL;
    }
    if (memcmp(magic, TEST_SAVE_MAGIC, sizeof(magic)) != 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("mismatched header magic"));
        return NULL;
    }
    if (testSafeRead(fd, &len, sizeof(len)) != sizeof(len)) {
        virReportSystemError(errno, _("failed to read metadata length in '%1$s'"), path);
        return NULL;
    }
    if (len < 1 || len > TEST_SAVE_MAX_XML) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("length of metadata out of range"));
        return NULL;
    }
    xml = g_new0(char, len + 1);
    if (testSafeRead(fd, xml, len) != len) {
        virReportSystemError(errno, _("incomplete metadata in '%1$s'"), path);
        return NULL;
    }
    return g_steal_pointer(&xml);
}


/* Parses the domain of the save image @path; NULL with an error. */
static virDomainDef *
testDomainSaveImageOpen(virTestDriver *driver, const char *path)
{
    g_autofree char *xml = NULL;
    int fd;

    if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
        virReportSystemError(errno, _("cannot read domain image '%1$s'"), path);
        return NULL;
    }
    xml = testDomainSaveImageReadXML(fd, path);
    (void)close(fd);
    if (!xml)
        return NULL;
    return virDomainDefParseStringFull(xml, driver->xmlopt, VIR_DOMAIN_DEF_PARSE_INACTIVE);
}


static int
testDomainSaveFlags(virDomain *dom, const char *path, const char *dxml, unsigned int flags)
{
    virTestDriver *driver = dom->conn->privateData;
    virDomainObj *vm;
    int ret = -1;

    if (!virDriverCheckFlags(flags, 0))
        return -1;
    if (dxml) {
        virReportError(VIR_ERR_ARGUMENT_UNSUPPORTED, "%s", _("xml modification unsupported"));
        return -1;
    }
    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    if (virDomainObjCheckActive(vm) < 0 || testDomainSaveImageWrite(path, vm->def) < 0)
        goto cleanup;

    virTestDomainShutdownState(dom, vm, VIR_DOMAIN_SHUTOFF_SAVED);
    virTestDomainEvent(driver, vm, VIR_DOMAIN_EVENT_STOPPED, VIR_DOMAIN_EVENT_STOPPED_SAVED);
    if (!vm->persistent)
        virDomainObjListRemove(driver->domains, vm);
    ret = 0;

cleanup:
    virDomainObjEndAPI(&vm);
    return ret;
}


static int
testDomainSave(virDomain *dom, const char *path)
{
    return testDomainSaveFlags(dom, path, NULL, 0);
}


static int
testDomainRestoreFlags(virConnect *conn, const char *path, const char *dxml, unsigned int flags)
{
    virTestDriver *driver = conn->privateData;
    g_autoptr(virDomainDef) def = NULL;
    virDomainObj *vm;
    int ret = -1;

    if (!virDriverCheckFlags(flags, 0))
        return -1;
    if (dxml) {
        virReportError(VIR_ERR_ARGUMENT_UNSUPPORTED, "%s", _("xml modification unsupported"));
        return -1;
    }
    if (!(def = testDomainSaveImageOpen(driver, path)))
        return -1;
    if (!(vm = virDomainObjListAdd(
              driver->domains, &def,
              VIR_DOMAIN_OBJ_LIST_ADD_LIVE | VIR_DOMAIN_OBJ_LIST_ADD_CHECK_LIVE, NULL)))
        return -1;

    if (virTestDomainStartState(driver, vm, VIR_DOMAIN_RUNNING_RESTORED) < 0) {
        if (!vm->persistent)
            virDomainObjListRemove(driver->domains, vm);
        goto cleanup;
    }
    virTestDomainEvent(driver, vm, VIR_DOMAIN_EVENT_STARTED, VIR_DOMAIN_EVENT_STARTED_RESTORED);
    ret = 0;

cleanup:
    virDomainObjEndAPI(&vm);
    return ret;
}


static int
testDomainRestore(virConnect *conn, const char *path)
{
    return testDomainRestoreFlags(conn, path, NULL, 0);
}


static char *
testDomainSaveImageGetXMLDesc(virConnect *conn, const char *path, unsigned int flags)
{
    g_autoptr(virDomainDef) def = NULL;

    if (!virDriverCheckFlags(flags, VIR_DOMAIN_SAVE_IMAGE_XML_SECURE))
        return NULL;
    if (!(def = testDomainSaveImageOpen(conn->privateData, path)))
        return NULL;
    return virDomainDefFormat(def, VIR_DOMAIN_DEF_FORMAT_SECURE);
}


static int
testDomainSaveImageDefineXML(virConnect *conn,
                             const char *path,
                             const char *dxml,
                             unsigned int flags)
{
    virTestDriver *driver = conn->privateData;
    g_autoptr(virDomainDef) def = NULL;
    g_autoptr(virDomainDef) newdef = NULL;

    if (!virDriverCheckFlags(flags, VIR_DOMAIN_SAVE_RUNNING | VIR_DOMAIN_SAVE_PAUSED))
        return -1;
    if (!(def = testDomainSaveImageOpen(driver, path)) ||
        !(newdef =
              virDomainDefParseStringFull(dxml, driver->xmlopt, VIR_DOMAIN_DEF_PARSE_INACTIVE)))
        return -1;
    return testDomainSaveImageWrite(path, newdef);
}


static int
testDomainManagedSave(virDomain *dom, unsigned int flags)
{
    virTestDriver *driver = dom->conn->privateData;
    virDomainObj *vm;
    int ret = -1;

    if (!virDriverCheckFlags(flags, VIR_DOMAIN_SAVE_BYPASS_CACHE | VIR_DOMAIN_SAVE_RUNNING |
                                        VIR_DOMAIN_SAVE_PAUSED))
        return -1;
    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    if (virDomainObjCheckActive(vm) < 0)
        goto cleanup;
    if (!vm->persistent) {
        virReportError(VIR_ERR_OPERATION_INVALID, "%s",
                       _("cannot do managed save for transient domain"));
        goto cleanup;
    }
    virTestDomainShutdownState(dom, vm, VIR_DOMAIN_SHUTOFF_SAVED);
    virTestDomainEvent(driver, vm, VIR_DOMAIN_EVENT_STOPPED, VIR_DOMAIN_EVENT_STOPPED_SAVED);
    vm->hasManagedSave = true;
    ret = 0;

cleanup:
    virDomainObjEndAPI(&vm);
    return ret;
}


static int
testDomainHasManagedSaveImage(virDomain *dom, unsigned int flags)
{
    virDomainObj *vm;
    int ret;

    if (!virDriverCheckFlags(flags, 0))
        return -1;
    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    ret = vm->hasManagedSave;
    virDomainObjEndAPI(&vm);
    return ret;
}


static int
testDomainManagedSaveRemove(virDomain *dom, unsigned int flags)
{
    virDomainObj *vm;

    if (!virDriverCheckFlags(flags, 0))
        return -1;
    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    vm->hasManagedSave = false;
    virDomainObjEndAPI(&vm);
    return 0;
}


/* Writes the core dump file of @name: just the magic. */
static int
testDomainWriteCoreDump(const char *name, const char *to)
{
    int fd;

    if ((fd = open(to, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, S_IRUSR | S_IWUSR)) < 0) {
        virReportSystemError(errno, _("domain '%1$s' coredump: failed to open %2$s"), name, to);
        return -1;
    }
    if (virFileSafeWrite(fd, TEST_SAVE_MAGIC, sizeof(TEST_SAVE_MAGIC)) < 0) {
        virReportSystemError(errno, _("domain '%1$s' coredump: failed to write header to %2$s"),
                             name, to);
        (void)close(fd);
        return -1;
    }
    if (virFileClose(&fd) < 0) {
        virReportSystemError(errno, _("domain '%1$s' coredump: write failed: %2$s"), name, to);
        return -1;
    }
    return 0;
}


static int
testDomainCoreDumpWithFormat(virDomain *dom,
                             const char *to,
                             unsigned int dumpformat,
                             unsigned int flags)
{
    virTestDriver *driver = dom->conn->privateData;
    virDomainObj *vm;
    int ret = -1;

    if (!virDriverCheckFlags(flags, VIR_DUMP_CRASH))
        return -1;
    if (!(vm = virTestDomObjFromDomain(dom)))
        return -1;
    if (virDomainObjCheckActive(vm) < 0 || testDomainWriteCoreDump(dom->name, to) < 0)
        goto cleanup;
    if (dumpformat != VIR_DOMAIN_CORE_DUMP_FORMAT_RAW) {
        virReportError(VIR_ERR_OPERATION_UNSUPPORTED, "%s",
                       _("kdump-compressed format is not supported here"));
        goto cleanup;
    }
    if (flags & VIR_DUMP_CRASH) {
        virTestDomainShutdownState(dom, vm, VIR_DOMAIN_SHUTOFF_CRASHED);
        virTestDomainEvent(driver, vm, VIR_DOMAIN_EVENT_STOPPED, VIR_DOMAIN_EVENT_STOPPED_CRASHED);
        if (!vm->persistent)
            virDomainObjListRemove(driver->domains, vm);
    }
    ret = 0;

cleanup:
    virDomainObjEndAPI(&vm);
    return ret;
}


static int
testDomainCoreDump(virDomain *dom, const char *to, unsigned int flags)
{
    return testDomainCoreDumpWithFormat(dom, to, VIR_DOMAIN_CORE_DUMP_FORMAT_RAW, flags);
}


void
virTestDomainSaveFillDriver(virHypervisorDriver *drv)
{
    drv->domainSave = testDomainSave;
    drv->domainSaveFlags = testDomainSaveFlags;
    drv->domainRestore = testDomainRestore;
    drv->domainRestoreFlags = testDomainRestoreFlags;
    drv->domainSaveImageGetXMLDesc = testDomainSaveImageGetXMLDesc;
    drv->domainSaveImageDefineXML = testDomainSaveImageDefineXML;
    drv->domainManagedSave = testDomainManagedSave;
    drv->domainHasManagedSaveImage = testDomainHasManagedSaveImage;
    drv->domainManagedSaveRemove = testDomainManagedSaveRemove;
    drv->domainCoreDump = testDomainCoreDump;
    drv->domainCoreDumpWithFormat = testDomainCoreDumpWithFormat;
}
