/*
 * virdaemonopts.h: the command line of a modvirt daemon
 *
 * The options of libvirt's daemons (short and long forms):
 *   -f | --config FILE      configuration file
 *   -p | --pid-file FILE    pid file
 *   -d | --daemon           detach from the terminal
 *   -t | --timeout SECONDS  exit when idle that long (0: never)
 *   -v | --verbose          log at "info" level
 *   -V | --version          print "NAME (modvirt) VERSION" and exit
 *   -h | --help             print the help and exit
 * plus modvirt's own:
 *   --root DIR              put every path under DIR (virdaemonpaths.h)
 * Long options also take "--opt=VALUE". Non-option arguments are an
 * error, as with libvirtd.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>

#include <glib.h>

#include "virdaemonpaths.h"

typedef struct _virDaemonOpts virDaemonOpts;
struct _virDaemonOpts {
    char *configFile;     /* --config, made absolute; NULL: the default */
    char *pidFile;        /* --pid-file, made absolute; NULL: the default */
    char *root;           /* --root, made absolute; NULL: none */
    bool daemonize;       /* --daemon */
    unsigned int timeout; /* --timeout in seconds; 0: never */
    bool verbose;         /* --verbose */
    bool version;         /* --version: the caller prints it and exits 0 */
    bool help;            /* --help: the caller prints it and exits 0 */
};

/*
 * virDaemonOptsParse:
 * @argc, @argv: main()'s arguments (not modified)
 *
 * Returns new options (free with virDaemonOptsFree), or NULL with
 * VIR_ERR_INVALID_ARG reported for an unknown option, a missing or bad
 * value, or a non-option argument; the message names the option.
 * Relative paths are made absolute against the current directory, so
 * they keep their meaning once a detached daemon leaves it.
 */
virDaemonOpts *virDaemonOptsParse(int argc, char **argv);

/* Frees @opts; NULL is accepted. */
void virDaemonOptsFree(virDaemonOpts *opts);

/*
 * virDaemonOptsVersion:
 *
 * Returns the new string "@name (modvirt) PACKAGE_VERSION" (no newline).
 */
char *virDaemonOptsVersion(const char *name);

/*
 * virDaemonOptsHelp:
 * @name: the daemon's name
 * @summary: one line saying what it serves
 * @paths: its default paths, listed in the help (may be NULL)
 *
 * Returns the new help text (usage, options, default paths), ending in a
 * newline.
 */
char *virDaemonOptsHelp(const char *name, const char *summary, const virDaemonPaths *paths);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDaemonOpts, virDaemonOptsFree);
