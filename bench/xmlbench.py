#!/usr/bin/env python3
"""XML parse+format benchmark: modvirt's src/conf against libvirt 9.0.

For every valid input of a kind (libvirt's corpus inputs and our own
differential inputs), measures in one run, side by side:

  ours     xmlconvtool --repeat N: parse + test-driver defaults + format,
           timed inside the process (no process start-up counted)
  libvirt  Debian's libvirt through python3-libvirt on test:///default:
           defineXML + XMLDesc + undefine, timed N times in-process

libvirt's figure includes the test driver's object bookkeeping and the
Python binding's call overhead, so it is a reference cost, not a pure
parser figure. Prints a table of medians (microseconds per document) and
the ratio libvirt/ours. Must run under /usr/bin/python3 (python3-libvirt).

usage: xmlbench.py BUILDDIR [REPEAT]
"""
import glob
import os
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, '..', 'shared', 'corpus')

KINDS = {
    'domain': ['domain/genericxml2xmlindata/*.xml'],
    'network': ['network/networkxml2xmlin/*.xml'],
    'pool': ['storagepool/storagepoolxml2xmlin/*.xml'],
}


def inputs(kind):
    files = []
    for pattern in KINDS[kind]:
        files += glob.glob(os.path.join(CORPUS, pattern))
    files += glob.glob(os.path.join(ROOT, 'tests', 'confdiff', kind, '*.xml'))
    return sorted(files)


def ours(tool, kind, path, repeat):
    p = subprocess.run([tool, '--kind', kind, '--test-driver', '--repeat', str(repeat), path],
                       capture_output=True, text=True, timeout=120)
    if p.returncode != 0:
        return None
    m = re.search(r'repeat (\d+) total_ns (\d+)', p.stderr)
    return int(m.group(2)) / 1000.0 / repeat if m else None


def theirs(libvirt, conn, kind, xml, repeat):
    define = {'domain': conn.defineXML, 'network': conn.networkDefineXML,
              'pool': conn.storagePoolDefineXML}[kind]
    try:
        obj = define(xml)
        obj.XMLDesc(0)
        obj.undefine()
    except libvirt.libvirtError:
        return None
    start = time.perf_counter_ns()
    for _ in range(repeat):
        obj = define(xml)
        obj.XMLDesc(0)
        obj.undefine()
    return (time.perf_counter_ns() - start) / 1000.0 / repeat


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    tool = os.path.join(argv[1], 'tests', 'xmlconvtool')
    repeat = int(argv[2]) if len(argv) > 2 else 200
    try:
        import libvirt
    except ImportError:
        print('xmlbench: python3-libvirt not available; run under /usr/bin/python3')
        return 1
    libvirt.registerErrorHandler(lambda *a: None, None)
    conn = libvirt.open('test:///default')
    supported = subprocess.run([tool, '--list-kinds'], capture_output=True,
                               text=True).stdout.split()
    print('%-8s %6s %14s %14s %8s' % ('kind', 'docs', 'ours us/doc', 'libvirt us/doc', 'ratio'))
    for kind in KINDS:
        if kind not in supported:
            print('%-8s not supported by xmlconvtool yet' % kind)
            continue
        a, b = [], []
        for path in inputs(kind):
            with open(path, encoding='utf-8') as f:
                xml = f.read()
            t_ours = ours(tool, kind, path, repeat)
            t_theirs = theirs(libvirt, conn, kind, xml, repeat)
            if t_ours is None or t_theirs is None:
                continue
            a.append(t_ours)
            b.append(t_theirs)
        if not a:
            print('%-8s no document accepted by both' % kind)
            continue
        ma, mb = statistics.median(a), statistics.median(b)
        print('%-8s %6d %14.1f %14.1f %7.2fx' % (kind, len(a), ma, mb, mb / ma))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
