/*
 * libvirt.c: library initialisation, version and opening connections
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "datatypes.h"
#include "libvirt-error.h"
#include "virdomainevent.h"
#include "virdriver.h"
#include "virnetworkevent.h"
#include "virlog.h"
#include "virstoragepoolevent.h"
#include "virthread.h"
#ifdef WITH_TEST_DRIVER
# include "testd/virtestdriver.h"
#endif
#ifdef WITH_REMOTE
# include "remote/remote_driver.h"
#endif

#define VIR_FROM_THIS VIR_FROM_NONE

VIR_LOG_INIT("lib.libvirt");


/*
 * Registers the drivers built into the library, in priority order: the
 * first one that accepts a URI serves it.
 */
static int
virRegisterBuiltinDrivers(void)
{
#ifdef WITH_TEST_DRIVER
    if (virTestDriverRegister() < 0)
        return -1;
#endif
#ifdef WITH_REMOTE
    /* last: libvirt's remote driver is asked about every URI the local
     * drivers declined */
    if (remoteRegister() < 0)
        return -1;
#endif
    return 0;
}


/* The handle constructor of storage pool events (no private data). */
static virStoragePool *
virGlobalGetStoragePool(virConnect *conn, const char *name, const unsigned char *uuid)
{
    return virGetStoragePool(conn, name, uuid, NULL, NULL);
}


static int
virGlobalOnceInit(void)
{
    if (virErrorInitialize() < 0)
        return -1;
    if (getuid() != geteuid() || getgid() != getegid()) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                       _("libvirt.so is not safe to use from setuid/setgid programs"));
        return -1;
    }
    virLogSetFromEnv();
    /* events of every driver turn into public handles with these */
    virDomainEventSetGetDomain(virGetDomain);
    virNetworkEventSetGetNetwork(virGetNetwork);
    virStoragePoolEventSetGetStoragePool(virGlobalGetStoragePool);
    VIR_DEBUG("registering drivers");
    return virRegisterBuiltinDrivers();
}

VIR_ONCE_GLOBAL_INIT(virGlobal);


int
virInitialize(void)
{
    if (virGlobalInitialize() < 0) {
        virDispatchError(NULL);
        return -1;
    }
    return 0;
}


int
virGetVersion(unsigned long *libVer, const char *type G_GNUC_UNUSED, unsigned long *typeVer)
{
    if (virInitialize() < 0)
        return -1;
    VIR_DEBUG("libVer=%p, type=%s, typeVer=%p", libVer, NULLSTR(type), typeVer);

    virResetLastError();
    if (!libVer) {
        /* libvirt reports nothing specific here: the generic failure */
        virDispatchError(NULL);
        return -1;
    }
    *libVer = LIBVIR_VERSION_NUMBER;
    if (typeVer)
        *typeVer = LIBVIR_VERSION_NUMBER;
    return 0;
}


/*
 * Reads one line from stdin into a new string without its newline;
 * without echo when @echo is false and stdin is a terminal. Returns NULL
 * on end of file (treated as "" by the caller) or error.
 */
static char *
virAuthReadLine(bool echo)
{
    struct termios old;
    bool restore = false;
    char buf[1024];
    char *ret = NULL;

    if (!echo && isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0) {
        struct termios quiet = old;

        quiet.c_lflag &= ~(tcflag_t)ECHO;
        restore = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    if (fgets(buf, sizeof(buf), stdin)) {
        buf[strcspn(buf, "\n")] = '\0';
        ret = g_strdup(buf);
    }
    if (restore) {
        (void)tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        printf("\n");
    }
    return ret;
}


/* Prompts on the terminal for each credential, as libvirt's default does. */
static int
virConnectAuthCallbackDefault(virConnectCredentialPtr cred,
                              unsigned int ncred,
                              void *cbdata G_GNUC_UNUSED)
{
    size_t i;

    for (i = 0; i < ncred; i++) {
        g_autofree char *answer = NULL;
        bool echo = true;

        switch (cred[i].type) {
        case VIR_CRED_EXTERNAL:
            /* Only a PolicyKit challenge can have been satisfied elsewhere. */
            if (!cred[i].challenge || !g_str_equal(cred[i].challenge, "PolicyKit"))
                return -1;
            continue;
        case VIR_CRED_PASSPHRASE:
        case VIR_CRED_NOECHOPROMPT:
            echo = false;
            break;
        case VIR_CRED_USERNAME:
        case VIR_CRED_AUTHNAME:
        case VIR_CRED_ECHOPROMPT:
        case VIR_CRED_REALM:
            break;
        default:
            return -1;
        }
        if (printf("%s: ", NULLSTR_EMPTY(cred[i].prompt)) < 0 || fflush(stdout) != 0)
            return -1;
        answer = virAuthReadLine(echo);
        if (!answer || !*answer) {
            g_free(answer);
            answer = g_strdup(NULLSTR_EMPTY(cred[i].defresult));
        }
        cred[i].resultlen = strlen(answer);
        cred[i].result = g_steal_pointer(&answer);
    }
    return 0;
}


/* The credential types the default callback answers (no USERNAME, as in libvirt). */
static int virConnectCredTypeDefault[] = {
    VIR_CRED_AUTHNAME,   VIR_CRED_ECHOPROMPT,   VIR_CRED_REALM,
    VIR_CRED_PASSPHRASE, VIR_CRED_NOECHOPROMPT, VIR_CRED_EXTERNAL,
};

static virConnectAuth virConnectAuthDefault = {
    virConnectCredTypeDefault,
    G_N_ELEMENTS(virConnectCredTypeDefault),
    virConnectAuthCallbackDefault,
    NULL,
};

virConnectAuthPtr virConnectAuthPtrDefault = &virConnectAuthDefault;


/* The shared body of the three open calls. */
static virConnect *
virConnectOpenCommon(const char *name, virConnectAuth *auth, unsigned int flags)
{
    virConnect *conn;

    if (virInitialize() < 0)
        return NULL;
    VIR_DEBUG("name=%s, auth=%p, flags=0x%x", NULLSTR(name), auth, flags);
    virResetLastError();
    if (!(conn = virDriverOpenConnect(name, auth, flags)))
        virDispatchError(NULL);
    return conn;
}


virConnectPtr
virConnectOpen(const char *name)
{
    return virConnectOpenCommon(name, NULL, 0);
}


virConnectPtr
virConnectOpenReadOnly(const char *name)
{
    return virConnectOpenCommon(name, NULL, VIR_CONNECT_RO);
}


virConnectPtr
virConnectOpenAuth(const char *name, virConnectAuthPtr auth, unsigned int flags)
{
    return virConnectOpenCommon(name, auth, flags);
}


int
virConnectClose(virConnectPtr conn)
{
    VIR_DEBUG("conn=%p", conn);

    virResetLastError();
    if (!virCheckConnect(conn))
        return -1;
    /* 0 tells the caller that this was the last reference. */
    return virObjectUnref(conn) ? 0 : 1;
}
