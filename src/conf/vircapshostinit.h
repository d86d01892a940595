/*
 * vircapshostinit.h: fills the <host> part of the capabilities from the
 * machine (sysfs and procfs)
 *
 * What is read, and how it compares with libvirt 9.0:
 * - <cpu>: <arch> (if not set yet); from the first processor of
 *   /proc/cpuinfo on x86: <vendor> (GenuineIntel -> Intel, AuthenticAMD
 *   -> AMD, HygonGenuine -> Hygon), <microcode>, <signature>,
 *   <maxphysaddr mode='emulate'> and one <feature> per "flags" entry, by
 *   the kernel's flag names. libvirt instead names a CPU model from its
 *   cpu_map and lists only the features beyond it, in its own spelling;
 *   without cpu_map we leave <model> out and list every flag. <topology>
 *   comes from the node info (sockets, dies='1', cores, threads) exactly
 *   as libvirt does. No <counter> (libvirt asks KVM for the TSC rate).
 * - <pages>: the ordinary page size and every hugepages-NkB pool.
 * - <power_management>: from /sys/power/state ("mem", "disk"; hybrid
 *   when both are there and /sys/power/disk offers "suspend"). libvirt
 *   asks systemd-logind or pm-is-supported instead.
 * - <iommu>: support='yes' when /sys/kernel/iommu_groups has an entry.
 * - <topology>: as libvirt: one cell per NUMA node with memory, page
 *   pools, distances and CPUs (offline CPUs included, with ids 0 and only
 *   themselves as siblings); without NUMA (or when the nodes cannot be
 *   read) one made-up cell 0 built from the node info.
 * - <cache>: level 3 and higher caches of the online CPUs, as libvirt,
 *   without resource control (libvirt reads /sys/fs/resctrl).
 * Left to the driver: <uuid> unless asked for, <migration_features>,
 * <secmodel> unless asked for, the host <features> (pae, vmx, ...).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "vircapshost.h"

typedef enum {
    /* Set <uuid> from virGetHostUUID() (when not already valid). */
    VIR_CAPS_HOST_INIT_UUID = 1 << 0,
    /* Add <secmodel><model>none</model><doi>0</doi>, what libvirt shows
     * when no security driver is in use. */
    VIR_CAPS_HOST_INIT_SECMODEL_NONE = 1 << 1,
} virCapsHostInitFlags;

/*
 * virCapsHostInitFromSystem:
 * @host: the host part of the capabilities to fill; host->arch, when
 *        set, is the architecture used to read /proc/cpuinfo, otherwise
 *        it is set to virNodeInfoHostArch()
 * @sysfs_prefix: root of sysfs, NULL for "/sys"
 * @procfs_prefix: root of procfs, NULL for "/proc"
 * @flags: bitwise-OR of virCapsHostInitFlags
 *
 * Fills the CPU, pages, power management, IOMMU, NUMA topology and cache
 * parts of @host (see above), replacing what was there.
 *
 * Returns 0, or -1 with an error reported (the node info or a NUMA
 * node's files could not be read, see virnodeinfo.h).
 */
int virCapsHostInitFromSystem(virCapsHost *host,
                              const char *sysfs_prefix,
                              const char *procfs_prefix,
                              unsigned int flags);
