/*
 * virttestd.c: the test driver served over RPC
 *
 * The test driver runs inside the library (test:///default is one shared
 * in-memory host per process), so this daemon only needs the skeleton:
 * every client's CONNECT_OPEN opens test:///default (or the name it
 * sends) in this process, and all clients see and change the same state.
 * Its socket is virttestd-sock, reached with
 * "test+unix:///default?socket=PATH".
 *
 * libvirt's test driver forgets test:///default when its last connection
 * closes; libvirtd serving it does the same, so two virsh runs one after
 * the other never see each other's changes. virttestd instead holds a
 * connection of its own for its whole life: the in-memory host lives as
 * long as the daemon, which is what a user of a daemon expects (define a
 * guest with one client, start it with another).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <libvirt/libvirt.h>

#include "virdaemon.h"

static virConnectPtr virTestDaemonHolder;


static int
virTestDaemonInit(const virDaemonPaths *paths G_GNUC_UNUSED,
                  bool privileged G_GNUC_UNUSED,
                  void *opaque G_GNUC_UNUSED)
{
    if (!(virTestDaemonHolder = virConnectOpen("test:///default")))
        return -1;
    return 0;
}


static void
virTestDaemonShutdown(void *opaque G_GNUC_UNUSED)
{
    if (virTestDaemonHolder)
        virConnectClose(virTestDaemonHolder);
    virTestDaemonHolder = NULL;
}


static const virDaemonInfo virTestDaemonInfo = {
    .name = "virttestd",
    .driver = "test",
    .defaultURI = "test:///default",
    .summary = "modvirt test driver daemon",
    /* every call of the in-memory driver is quick */
    .inlinePriority = true,
    .init = virTestDaemonInit,
    .shutdown = virTestDaemonShutdown,
};


int
main(int argc, char **argv)
{
    return virDaemonMain(argc, argv, &virTestDaemonInfo);
}
