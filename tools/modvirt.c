/*
 * modvirt.c: the command-line tool
 *
 * At this stage of the project it only reports what it was built with;
 * the virsh-compatible shell arrives with the public API and test driver.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "internal.h"

/* Hypervisor drivers compiled into this build, in routing-table order. */
static const char *const modvirtDrivers[] = {
    NULL,
};


static void
modvirtPrintVersion(void)
{
    size_t i;

    printf("modvirt library version %s\n", PACKAGE_VERSION);
    printf("Compiled with drivers:");
    if (!modvirtDrivers[0])
        printf(" (none yet)");
    for (i = 0; modvirtDrivers[i]; i++)
        printf(" %s", modvirtDrivers[i]);
    printf("\n");
}


static void
modvirtUsage(FILE *out)
{
    fprintf(out, "Usage: modvirt [OPTION]... COMMAND\n"
                 "\n"
                 "Options:\n"
                 "  -h, --help      show this help\n"
                 "  -V, --version   show the version and the compiled drivers\n"
                 "\n"
                 "Commands:\n"
                 "  version         show the version and the compiled drivers\n"
                 "  help            show this help\n");
}


int
main(int argc, char **argv)
{
    const char *cmd;

    if (argc < 2) {
        modvirtUsage(stderr);
        return 1;
    }
    cmd = argv[1];
    if (g_str_equal(cmd, "version") || g_str_equal(cmd, "-V") || g_str_equal(cmd, "--version")) {
        modvirtPrintVersion();
        return 0;
    }
    if (g_str_equal(cmd, "help") || g_str_equal(cmd, "-h") || g_str_equal(cmd, "--help")) {
        modvirtUsage(stdout);
        return 0;
    }
    fprintf(stderr, "error: unknown command: '%s'\n", cmd);
    return 1;
}
