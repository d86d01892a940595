/*
 * libvirtheadertest.c: the public headers as a client program sees them
 *
 * Built with -std=c99 -pedantic -Wall -Wextra -Werror against include/
 * only and linked with libmodvirt.so, like a program written for libvirt.
 * It uses no internal header and no GLib, and prints TAP itself.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <string.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

static int testNumber;
static int testFailed;


static void
testOk(int cond, const char *what)
{
    testNumber++;
    if (!cond)
        testFailed = 1;
    printf("%s %d - %s\n", cond ? "ok" : "not ok", testNumber, what);
}


static void
testQuiet(void *opaque, virErrorPtr err)
{
    int *calls = opaque;

    (void)err;
    (*calls)++;
}


int
main(void)
{
    unsigned long version = 0;
    virConnectPtr conn;
    virErrorPtr err;
    int calls = 0;

    printf("1..9\n");

    testOk(LIBVIR_VERSION_NUMBER == 9000000 && LIBVIR_CHECK_VERSION(8, 10, 0), "version macros");
    testOk(virGetVersion(&version, NULL, NULL) == 0 && version == LIBVIR_VERSION_NUMBER,
           "virGetVersion reports the API level");

    /* enum values and struct layouts a client compiles in */
    testOk(VIR_DOMAIN_RUNNING == 1 && VIR_CONNECT_LIST_DOMAINS_AUTOSTART == (1 << 10) &&
               VIR_DOMAIN_EVENT_ID_DEVICE_ADDED == 19 && VIR_ERR_NO_DOMAIN == 42 &&
               VIR_STORAGE_VOL_PLOOP == 5 && VIR_SECRET_USAGE_TYPE_VTPM == 5,
           "enum values");
    testOk(sizeof(((virNodeInfo *)NULL)->model) == 32 &&
               sizeof(((virTypedParameter *)NULL)->field) == VIR_TYPED_PARAM_FIELD_LENGTH &&
               VIR_UUID_STRING_BUFLEN == 37,
           "struct fields");
    testOk(virConnectAuthPtrDefault != NULL && virConnectAuthPtrDefault->ncredtype > 0,
           "virConnectAuthPtrDefault");

    /* the error API through the shared library */
    virSetErrorFunc(&calls, testQuiet);
    /* no local driver serves the scheme: the remote driver tries the
     * socket the URI names, as libvirt's does */
    conn = virConnectOpen("nosuchdriver:///x?socket=/nonexistent/modvirt-sock");
    err = virGetLastError();
    testOk(conn == NULL && err && err->code == VIR_ERR_SYSTEM_ERROR &&
               strcmp(err->message, "Failed to connect socket to '/nonexistent/modvirt-sock': "
                                    "No such file or directory") == 0,
           "failed open reports libvirt's socket error");
    testOk(calls == 1, "the error callback runs once per failed call");
    testOk(virDomainGetName(NULL) == NULL && virGetLastErrorCode() == VIR_ERR_INVALID_DOMAIN &&
               calls == 2,
           "invalid handle");
    virResetLastError();
    testOk(virGetLastError() == NULL && strcmp(virGetLastErrorMessage(), "no error") == 0,
           "virResetLastError");

    return testFailed;
}
