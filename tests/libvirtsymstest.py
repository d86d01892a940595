#!/usr/bin/python3
"""libvirtsymstest: libmodvirt.so exports exactly the public API.

The dynamic symbols of the library, the names in its version script and
the functions and variables declared in include/libvirt/*.h must be the
same set, all in version node MODVIRT_0.1.0.

usage: libvirtsymstest.py LIBRARY SYMSFILE INCLUDEDIR
"""
import glob
import os
import re
import subprocess
import sys


def header_names(incdir):
    names = set()
    for path in glob.glob(os.path.join(incdir, 'libvirt', '*.h')):
        text = re.sub(r'/\*.*?\*/', '', open(path).read(), flags=re.S)
        text = re.sub(r'^\s*#.*$', '', text, flags=re.M)
        text = re.sub(r'typedef\s+(enum|struct)[^;]*?\{.*?\}[^;]*;', '', text, flags=re.S)
        text = re.sub(r'struct\s+\w+\s*\{.*?\};', '', text, flags=re.S)
        for stmt in text.split(';'):
            s = ' '.join(stmt.replace('extern "C" {', '').replace('}', '').split())
            if not s or s.startswith('typedef'):
                continue
            m = re.match(r'[\w\s\*]*?\b(vir\w+)\s*\(', s)
            if m:
                names.add(m.group(1))
            elif s.startswith('VIR_EXPORT_VAR'):
                names.add(s.split()[-1])
    return names


def syms_names(path):
    text = re.sub(r'/\*.*?\*/', '', open(path).read(), flags=re.S)
    nodes = re.findall(r'(\w+)\s*\{(.*?)\}\s*;', text, flags=re.S)
    names = {}
    for node, body in nodes:
        glob_part = body.split('local:')[0].replace('global:', '')
        for n in re.findall(r'(\w+)\s*;', glob_part):
            names[n] = node
    return names


def exported(lib):
    out = subprocess.run(['nm', '-D', '--defined-only', lib], check=True,
                         capture_output=True, text=True).stdout
    syms = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        name, _, version = parts[2].partition('@')
        if parts[1] == 'A' and not version:
            continue  # the version node itself
        syms[name] = version.lstrip('@')
    return syms


def main():
    lib, symsfile, incdir = sys.argv[1:4]
    headers = header_names(incdir)
    syms = syms_names(symsfile)
    exports = exported(lib)
    checks = [
        ('the version script lists exactly the header API',
         set(syms) ^ headers),
        ('the library exports exactly the header API',
         set(exports) ^ headers),
        ('every export is in MODVIRT_0.1.0',
         {n for n, v in exports.items() if v != 'MODVIRT_0.1.0'}),
    ]
    print('1..%d' % len(checks))
    failed = False
    for i, (what, diff) in enumerate(checks, 1):
        if diff:
            failed = True
            print('not ok %d - %s' % (i, what))
            for n in sorted(diff):
                print('# %s' % n)
        else:
            print('ok %d - %s (%d symbols)' % (i, what, len(headers)))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
