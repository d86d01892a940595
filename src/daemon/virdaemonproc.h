/*
 * virdaemonproc.h: the process side of a daemon's start-up, shared by the
 * RPC daemons (virdaemon.c) and virtproxyd
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virdaemonpaths.h"

/*
 * virDaemonProcMakeDirs:
 * Creates the runtime directories of @paths (run, socket, state and pid
 * file directories): 0755, or 0700 in session mode, as libvirt's daemons.
 * Returns 0, or -1 with a system error.
 */
int virDaemonProcMakeDirs(const virDaemonPaths *paths);

/*
 * virDaemonProcDetach:
 * --daemon. Forks twice (the daemon is the grandchild: not a session
 * leader, no controlling terminal) and makes it a new session. Safe only
 * before any thread starts, which is also why it does not exec.
 *
 * Returns -1 with an error if forking failed; 0 in the daemon, with
 * *@statusFd set to the pipe the daemon reports through
 * (virDaemonProcReportReady, or closing it: failure); 1 in the original
 * process, which has waited for the daemon's verdict and stored the exit
 * status to return (0 ready, 1 failed) in *@exitStatus.
 */
int virDaemonProcDetach(int *statusFd, int *exitStatus);

/*
 * virDaemonProcReportReady:
 * The daemon is up: changes to '/', points stdin/out/err at /dev/null,
 * tells the waiting parent and closes *@statusFd. No-op when *@statusFd
 * is -1 (not detached).
 */
void virDaemonProcReportReady(int *statusFd);
