#!/usr/bin/env python3
# mktrees.py: writes the fake sysfs/procfs trees used by virnodeinfotest
# and vircapabilitiestest (the "hostinit" cases).
#
# Each case is a small host description; the script writes
#   <case>/sys/devices/system/{cpu,node}/...   as Linux lays them out
#   <case>/sys/kernel/mm/hugepages/...         system huge page pools
#   <case>/sys/power/{state,disk}, <case>/sys/kernel/iommu_groups/
#   <case>/proc/{cpuinfo,meminfo}
# Run it from this directory after changing a case: ./mktrees.py
# (it rewrites every tree it knows about and nothing else).
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))


def fmt_list(ids):
    """cpuset syntax with ranges, as the kernel prints it"""
    ids = sorted(ids)
    out = []
    i = 0
    while i < len(ids):
        j = i
        while j + 1 < len(ids) and ids[j + 1] == ids[j] + 1:
            j += 1
        out.append(str(ids[i]) if i == j else "%d-%d" % (ids[i], ids[j]))
        i = j + 1
    return ",".join(out)


def fmt_mask(ids, nbits):
    """hex mask in 32-bit groups, most significant first, as in cpumap"""
    val = 0
    for i in ids:
        val |= 1 << i
    groups = max(1, (nbits + 31) // 32)
    return ",".join("%08x" % ((val >> (32 * g)) & 0xffffffff)
                    for g in reversed(range(groups)))


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def cpuinfo_x86(case):
    blocks = []
    for cpu in case["cpus"]:
        if not cpu["online"]:
            continue
        lines = [
            ("processor", str(cpu["id"])),
            ("vendor_id", case.get("vendor", "GenuineIntel")),
            ("cpu family", str(case.get("family", 6))),
            ("model", str(case.get("model", 85))),
            ("model name", case.get("model_name", "Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz")),
            ("stepping", str(case.get("stepping", 4))),
            ("microcode", case.get("microcode", "0x2006e05")),
        ]
        mhz = case.get("mhz")
        if callable(mhz):
            mhz = mhz(cpu["id"])
        if mhz is not None:
            lines.append(("cpu MHz", mhz))
        lines += [
            ("cache size", "22528 KB"),
            ("physical id", str(cpu["socket"])),
            ("core id", str(cpu["core"])),
            ("fpu", "yes"),
            ("flags", case.get("flags", "fpu vme de pse tsc msr pae mce cx8 apic sep "
                               "mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 "
                               "ht syscall nx pdpe1gb rdtscp lm pni vmx ssse3 sse4_1 "
                               "sse4_2 x2apic popcnt aes xsave avx hypervisor")),
            ("bogomips", "4200.00"),
            ("address sizes", case.get("addrsizes", "46 bits physical, 48 bits virtual")),
            ("power management", ""),
        ]
        blocks.append("".join("%s\t: %s\n" % (k, v) if v else "%s:\n" % k
                              for k, v in lines))
    return "\n".join(blocks) + "\n"


def cpuinfo_arm(case):
    text = ""
    for cpu in case["cpus"]:
        if cpu["online"]:
            text += ("processor\t: %d\nBogoMIPS\t: 50.00\nFeatures\t: fp asimd evtstrm "
                     "aes pmull sha1 sha2 crc32 cpuid\nCPU implementer\t: 0x41\n"
                     "CPU architecture: 8\nCPU variant\t: 0x3\nCPU part\t: 0xd0c\n"
                     "CPU revision\t: 1\n\n" % cpu["id"])
    return text


def cpuinfo_s390(case):
    text = ("vendor_id       : IBM/S390\n# processors    : %d\n"
            "bogomips per cpu: 3241.00\nfeatures\t: esan3 zarch stfle msa ldisp eimm "
            "dfp edat etf3eh highgprs te vx sie\n" % len(case["cpus"]))
    for cpu in case["cpus"]:
        text += ("processor %d: version = 00,  identification = 0133E8,  "
                 "machine = 3906\n" % cpu["id"])
    text += "\n"
    for cpu in case["cpus"]:
        text += ("cpu number      : %d\ncpu MHz dynamic : 5208\n"
                 "cpu MHz static  : 5208\n\n" % cpu["id"])
    return text


def meminfo(total, free, prefix=""):
    return ("%sMemTotal:       %8d kB\n%sMemFree:        %8d kB\n"
            "%sMemUsed:        %8d kB\n%sActive:          %8d kB\n"
            % (prefix, total, prefix, free, prefix, total - free, prefix, 1024))


def make_cpus(sockets, cores, threads, nodes_of_socket=None, offline=(),
              node_of_cpu=None):
    """Linux numbering: first every core's first thread, socket by socket,
    then the second threads, and so on."""
    cpus = []
    ncores = sockets * cores
    for t in range(threads):
        for s in range(sockets):
            for c in range(cores):
                cid = t * ncores + s * cores + c
                cpus.append({"id": cid, "socket": s, "core": c, "thread": t})
    for cpu in cpus:
        cpu["online"] = cpu["id"] not in offline
        if node_of_cpu:
            cpu["node"] = node_of_cpu(cpu)
        elif nodes_of_socket:
            cpu["node"] = nodes_of_socket[cpu["socket"]]
        else:
            cpu["node"] = 0
    return cpus


def write_tree(name, case):
    root = os.path.join(HERE, name)
    shutil.rmtree(root, ignore_errors=True)
    sysd = os.path.join(root, "sys/devices/system")
    cpus = case["cpus"]
    all_ids = [c["id"] for c in cpus]
    online = [c["id"] for c in cpus if c["online"]]
    write(os.path.join(sysd, "cpu/present"), fmt_list(all_ids) + "\n")
    write(os.path.join(sysd, "cpu/possible"), fmt_list(all_ids) + "\n")
    write(os.path.join(sysd, "cpu/online"), fmt_list(online) + "\n")
    write(os.path.join(sysd, "cpu/kernel_max"), "8191\n")
    for cpu in cpus:
        cdir = os.path.join(sysd, "cpu/cpu%d" % cpu["id"])
        if cpu["id"] != 0 or not case.get("cpu0_no_online"):
            write(os.path.join(cdir, "online"), "1\n" if cpu["online"] else "0\n")
        if not cpu["online"]:
            os.makedirs(cdir, exist_ok=True)
            continue
        sibs = [c["id"] for c in cpus if c["online"] and c["socket"] == cpu["socket"]
                and c["core"] == cpu["core"]]
        topo = os.path.join(cdir, "topology")
        write(os.path.join(topo, "physical_package_id"),
              case.get("package_text", "%d\n") % cpu["socket"]
              if "%d" in case.get("package_text", "%d\n") else case["package_text"])
        write(os.path.join(topo, "die_id"), case.get("die_text", "0\n"))
        write(os.path.join(topo, "core_id"), case.get("core_text", "%d\n" % cpu["core"]))
        write(os.path.join(topo, "thread_siblings_list"), fmt_list(sibs) + "\n")
        pkg = [c["id"] for c in cpus if c["online"] and c["socket"] == cpu["socket"]]
        write(os.path.join(topo, "core_siblings_list"), fmt_list(pkg) + "\n")
        if case.get("cpufreq_khz"):
            freq = os.path.join(cdir, "cpufreq")
            for name in ("cpuinfo_max_freq", "scaling_cur_freq", "base_frequency"):
                write(os.path.join(freq, name), "%d\n" % case["cpufreq_khz"])
        if case.get("l3"):
            idx = os.path.join(cdir, "cache/index3")
            write(os.path.join(idx, "id"), "%d\n" % cpu["socket"])
            write(os.path.join(idx, "level"), "3\n")
            write(os.path.join(idx, "type"), "Unified\n")
            write(os.path.join(idx, "size"), case["l3"] + "\n")
            write(os.path.join(idx, "shared_cpu_list"), fmt_list(pkg) + "\n")
            idx = os.path.join(cdir, "cache/index0")
            write(os.path.join(idx, "level"), "1\n")
            write(os.path.join(idx, "type"), "Data\n")
            write(os.path.join(idx, "size"), "32K\n")
            write(os.path.join(idx, "shared_cpu_list"), fmt_list(sibs) + "\n")

    hugesizes = case.get("hugepages", {})
    nodes = case.get("nodes")
    if nodes is not None:
        ndir = os.path.join(sysd, "node")
        ids = sorted(nodes)
        write(os.path.join(ndir, "online"), fmt_list(ids) + "\n")
        write(os.path.join(ndir, "possible"), fmt_list(ids) + "\n")
        for n in ids:
            node = nodes[n]
            d = os.path.join(ndir, "node%d" % n)
            ncpus = [c["id"] for c in cpus if c["node"] == n]
            write(os.path.join(d, "cpulist"), fmt_list(ncpus) + "\n")
            write(os.path.join(d, "cpumap"), fmt_mask(ncpus, max(all_ids) + 1) + "\n")
            for cid in ncpus:
                os.symlink("../../cpu/cpu%d" % cid, os.path.join(d, "cpu%d" % cid))
            write(os.path.join(d, "meminfo"),
                  meminfo(node["total"], node["free"], "Node %d " % n))
            write(os.path.join(d, "distance"), node["distance"] + "\n")
            for size, (nr, fr) in hugesizes.items():
                h = os.path.join(d, "hugepages/hugepages-%dkB" % size)
                write(os.path.join(h, "nr_hugepages"), "%d\n" % nr)
                write(os.path.join(h, "free_hugepages"), "%d\n" % fr)
    for size, (nr, fr) in hugesizes.items():
        mult = len(nodes) if nodes else 1
        h = os.path.join(root, "sys/kernel/mm/hugepages/hugepages-%dkB" % size)
        write(os.path.join(h, "nr_hugepages"), "%d\n" % (nr * mult))
        write(os.path.join(h, "free_hugepages"), "%d\n" % (fr * mult))
    write(os.path.join(root, "sys/power/state"), case.get("power_state", "") + "\n")
    if "power_disk" in case:
        write(os.path.join(root, "sys/power/disk"), case["power_disk"] + "\n")
    for g in range(case.get("iommu_groups", 0)):
        write(os.path.join(root, "sys/kernel/iommu_groups/%d/type" % g), "DMA\n")

    kind = case.get("cpuinfo", "x86")
    text = {"x86": cpuinfo_x86, "arm": cpuinfo_arm, "s390": cpuinfo_s390}[kind](case)
    if "cpuinfo_edit" in case:
        text = case["cpuinfo_edit"](text)
    write(os.path.join(root, "proc/cpuinfo"), text)
    write(os.path.join(root, "proc/meminfo"), meminfo(case["memtotal"], case["memfree"]))


def _bad_second_mhz(text):
    first = text.find("cpu MHz")
    second = text.find("cpu MHz", first + 1)
    end = text.find("\n", second)
    return text[:second] + "cpu MHz\t\t: fast" + text[end:]


CASES = {
    # The machine the oracle ran on (a 2-vCPU KVM guest): one node whose
    # MemTotal differs from /proc/meminfo's on purpose.
    "vm-2cpu": {
        "cpus": make_cpus(1, 2, 1),
        "vendor": "AuthenticAMD", "family": 25, "model": 17, "stepping": 1,
        "model_name": "AMD EPYC", "microcode": "0x1000065",
        "mhz": "2596.132", "addrsizes": "48 bits physical, 48 bits virtual",
        "nodes": {0: {"total": 6645964, "free": 5718424, "distance": "10"}},
        "hugepages": {2048: (0, 0), 1048576: (0, 0)},
        "l3": "32768K",
        "memtotal": 24684084, "memfree": 23804016,
    },
    # Two sockets, 8 cores each, hyper-threading, a node per socket;
    # the last CPU reports a different frequency (the last one counts).
    "2s8c-ht": {
        "cpus": make_cpus(2, 8, 2, nodes_of_socket=[0, 1]),
        "mhz": lambda cid: "2401.500" if cid == 31 else "2100.000",
        "nodes": {0: {"total": 16777216, "free": 8388608, "distance": "10 21"},
                  1: {"total": 16777216, "free": 4194304, "distance": "21 10"}},
        "hugepages": {2048: (512, 256), 1048576: (1, 1)},
        "l3": "22528K",
        "power_state": "freeze mem disk",
        "power_disk": "[platform] shutdown reboot suspend",
        "iommu_groups": 3,
        "memtotal": 33554432, "memfree": 12582912,
    },
    # One CPU, a kernel without NUMA (no node directory) and without
    # huge pages; cpu0 has no "online" file as on most machines.
    "single-cpu": {
        "cpus": make_cpus(1, 1, 1),
        "cpu0_no_online": True,
        "mhz": "1999.999",
        "power_state": "freeze mem",
        "memtotal": 1015808, "memfree": 512000,
    },
    # One socket split into two NUMA nodes (4 cores each).
    "numa-split-socket": {
        "cpus": make_cpus(1, 8, 1, node_of_cpu=lambda c: 0 if c["core"] < 4 else 1),
        "vendor": "AuthenticAMD", "family": 23, "model": 49, "stepping": 0,
        "model_name": "AMD EPYC 7702P 64-Core Processor", "microcode": "0x830104d",
        "mhz": "3000.000",
        "nodes": {0: {"total": 8388608, "free": 7340032, "distance": "10 12"},
                  1: {"total": 8388608, "free": 6291456, "distance": "12 10"}},
        "hugepages": {2048: (0, 0)},
        "memtotal": 16777216, "memfree": 13631488,
    },
    # 4 cores x 2 threads with CPUs 5 and 7 taken offline.
    "offline-cpus": {
        "cpus": make_cpus(1, 4, 2, offline=(5, 7)),
        "mhz": "2800.000",
        "nodes": {0: {"total": 8388608, "free": 4194304, "distance": "10"}},
        "memtotal": 8388608, "memfree": 4194304,
    },
    # No "cpu MHz" in /proc/cpuinfo and no cpufreq directory.
    "no-mhz": {
        "cpus": make_cpus(1, 4, 1),
        "mhz": None,
        "nodes": {0: {"total": 4194304, "free": 2097152, "distance": "10"}},
        "memtotal": 4194304, "memfree": 2097152,
    },
    # No "cpu MHz" either, but cpufreq knows the frequency: libvirt does
    # not look there, so still 0.
    "cpufreq-only": {
        "cpus": make_cpus(1, 2, 1),
        "mhz": None,
        "cpufreq_khz": 3400000,
        "nodes": {0: {"total": 4194304, "free": 2097152, "distance": "10"}},
        "memtotal": 4194304, "memfree": 2097152,
    },
    # A memory-only node: the node count does not multiply out, so the
    # numbers fall back to 1 node, 1 socket, cpus cores, 1 thread.
    "odd-topology": {
        "cpus": make_cpus(1, 4, 1),
        "mhz": "2000.000",
        "nodes": {0: {"total": 4194304, "free": 1048576, "distance": "10 20"},
                  1: {"total": 2097152, "free": 2097152, "distance": "20 10"}},
        "memtotal": 6291456, "memfree": 3145728,
    },
    # Nodes 0 and 2 only (node 1 missing): two sockets of two cores.
    "sparse-nodes": {
        "cpus": make_cpus(2, 2, 1, nodes_of_socket=[0, 2]),
        "mhz": "2200.000",
        "nodes": {0: {"total": 4194304, "free": 3145728, "distance": "10 20"},
                  2: {"total": 4194304, "free": 1048576, "distance": "20 10"}},
        "memtotal": 8388608, "memfree": 4194304,
    },
    # A parse error in the second "cpu MHz" line: the first value stays.
    "bad-mhz": {
        "cpus": make_cpus(1, 2, 1),
        "mhz": "1800.000",
        "cpuinfo_edit": _bad_second_mhz,
        "memtotal": 2097152, "memfree": 1048576,
    },
    # physical_package_id is not a number: an error.
    "bad-socket": {
        "cpus": make_cpus(1, 2, 1),
        "mhz": "1800.000",
        "package_text": "zero\n",
        "memtotal": 2097152, "memfree": 1048576,
    },
    # aarch64: no frequency in /proc/cpuinfo, package and die ids -1.
    "arm-8cpu": {
        "cpus": make_cpus(1, 8, 1),
        "cpuinfo": "arm",
        "package_text": "-1\n", "die_text": "-1\n",
        "nodes": {0: {"total": 16777216, "free": 15728640, "distance": "10"}},
        "memtotal": 16777216, "memfree": 15728640,
    },
    # s390x: every logical CPU is a core of its own.
    "s390-4cpu": {
        "cpus": make_cpus(1, 4, 1),
        "core_text": "0\n",
        "cpuinfo": "s390",
        "memtotal": 8388608, "memfree": 4194304,
    },
}


if __name__ == "__main__":
    for name, case in CASES.items():
        write_tree(name, case)
