/*
 * listdomains.c: list the domains of a connection and print their info
 *
 * A client program written against the libvirt API, built here against
 * modvirt's headers and library:
 *
 *   cc listdomains.c $(pkg-config --cflags --libs modvirt) -o listdomains
 *   ./listdomains [URI]          (default: test:///default)
 *
 * Prints one block per domain (active and inactive) and exits 0, or
 * prints libvirt's error message and exits 1.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <stdlib.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

static const char *
stateName(unsigned char state)
{
    static const char *const names[] = {
        "no state",    "running",  "idle",    "paused",
        "in shutdown", "shut off", "crashed", "pmsuspended",
    };

    if (state < sizeof(names) / sizeof(names[0]))
        return names[state];
    return "unknown";
}


static int
printDomain(virDomainPtr dom)
{
    virDomainInfo info;
    char uuid[VIR_UUID_STRING_BUFLEN];
    int persistent;

    if (virDomainGetInfo(dom, &info) < 0 || virDomainGetUUIDString(dom, uuid) < 0)
        return -1;
    if ((persistent = virDomainIsPersistent(dom)) < 0)
        return -1;

    printf("Name:       %s\n", virDomainGetName(dom));
    printf("UUID:       %s\n", uuid);
    printf("State:      %s\n", stateName(info.state));
    printf("CPU(s):     %u\n", info.nrVirtCpu);
    printf("Max memory: %lu KiB\n", info.maxMem);
    printf("Memory:     %lu KiB\n", info.memory);
    printf("Persistent: %s\n\n", persistent ? "yes" : "no");
    return 0;
}


int
main(int argc, char **argv)
{
    const char *uri = argc > 1 ? argv[1] : "test:///default";
    virConnectPtr conn = NULL;
    virDomainPtr *domains = NULL;
    int ndomains = 0;
    int ret = EXIT_FAILURE;
    int i;

    if (!(conn = virConnectOpenReadOnly(uri)))
        goto cleanup;
    if ((ndomains = virConnectListAllDomains(conn, &domains, 0)) < 0)
        goto cleanup;

    printf("%d domain(s) on %s\n\n", ndomains, uri);
    for (i = 0; i < ndomains; i++) {
        if (printDomain(domains[i]) < 0)
            goto cleanup;
    }
    ret = EXIT_SUCCESS;

cleanup:
    if (ret != EXIT_SUCCESS)
        fprintf(stderr, "error: %s\n", virGetLastErrorMessage());
    for (i = 0; i < ndomains; i++)
        virDomainFree(domains[i]);
    free(domains);
    if (conn)
        virConnectClose(conn);
    return ret;
}
