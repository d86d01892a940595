#!/usr/bin/python3
"""libvirtcompattest: modvirt's public headers against libvirt's.

For every name modvirt's include/libvirt declares, Debian's libvirt 9.0
headers (/usr/include/libvirt) must agree:

  1. every enum constant and integer or string macro has the same value
     (a program prints them, compiled once against each header set);
  2. every function prototype and callback type is the same (modvirt's
     declarations are repeated after libvirt's headers; any difference is
     a "conflicting types" error);
  3. every public struct has the same size and field offsets;
  4. the headers build as C++ (extern "C" blocks), when a C++ compiler is
     there.

Skips itself when libvirt's headers are not installed.

usage: libvirtcompattest.py OURINCLUDE THEIRINCLUDE CC
"""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

HEADERS = '#include <libvirt/libvirt.h>\n#include <libvirt/virterror.h>\n'


def strip(text):
    text = re.sub(r'/\*.*?\*/', '', text, flags=re.S)
    return re.sub(r'\\\n', ' ', text)


def our_texts(inc):
    return {os.path.basename(p): strip(open(p).read())
            for p in sorted(glob.glob(os.path.join(inc, 'libvirt', '*.h')))}


def constants(texts):
    """Enum constants and object-like macros with a value: name -> kind."""
    names = {}
    for text in texts.values():
        for body in re.findall(r'typedef\s+enum\s*\{(.*?)\}', text, flags=re.S):
            body = re.sub(r'^\s*#.*$', '', body, flags=re.M)
            for m in re.finditer(r'\b(VIR_\w+)\s*(=|,|$)', body, flags=re.M):
                if not m.group(1).endswith('_LAST'):
                    names[m.group(1)] = 'int'
        for m in re.finditer(r'^\s*#\s*define\s+(VIR_\w+|LIBVIR_\w+)\s+(.+)$', text, flags=re.M):
            name, value = m.group(1), m.group(2).strip()
            if name in ('VIR_EXPORT_VAR', 'VIR_DEPRECATED') or name.startswith('MODVIRT'):
                continue
            names[name] = 'str' if value.startswith('"') else 'int'
    return names


def prototypes(texts):
    """Function declarations and function pointer typedefs, as text."""
    decls = []
    for text in texts.values():
        text = re.sub(r'^\s*#.*$', '', text, flags=re.M)
        text = re.sub(r'typedef\s+enum\s*\{.*?\}\s*\w+\s*;', '', text, flags=re.S)
        text = re.sub(r'struct\s+\w+\s*\{.*?\}\s*;', '', text, flags=re.S)
        text = text.replace('extern "C" {', '')
        for stmt in text.split(';'):
            s = ' '.join(stmt.split()).lstrip('} ')
            if '(' not in s:
                continue
            if s.startswith('typedef') and '(*' not in s:
                continue
            decls.append(s + ';')
    return decls


def structs(texts):
    """struct tag -> field names (first level only)."""
    out = {}
    for text in texts.values():
        for tag, body in re.findall(r'struct\s+(_vir\w+)\s*\{(.*?)\}\s*;', text, flags=re.S):
            body = re.sub(r'union\s*\{.*?\}', 'union', body, flags=re.S)
            fields = []
            for decl in body.split(';'):
                m = re.search(r'(\w+)\s*(\[[^\]]*\])?\s*$', decl.strip())
                if m and decl.strip():
                    fields.append(m.group(1))
            out[tag] = fields
    return out


class Tester:
    def __init__(self, cc, ours, theirs, tmp):
        self.cc, self.ours, self.theirs, self.tmp = cc, ours, theirs, tmp

    def compile(self, name, code, inc, extra=()):
        src = os.path.join(self.tmp, name + '.c')
        exe = os.path.join(self.tmp, name)
        with open(src, 'w') as f:
            f.write(code)
        cmd = self.cc + ['-std=gnu11', '-w', '-I', inc, src, '-o', exe] + list(extra)
        res = subprocess.run(cmd, capture_output=True, text=True)
        return res, exe

    def run_both(self, name, code):
        outs = []
        for inc in (self.ours, self.theirs):
            res, exe = self.compile(name, code, inc)
            if res.returncode != 0:
                return None, res.stderr
            outs.append(subprocess.run([exe], capture_output=True, text=True, check=True).stdout)
        return outs, None


def print_values(names):
    lines = ['#include <stdio.h>', '#include <stddef.h>', HEADERS, 'int main(void)', '{']
    for n, kind in sorted(names.items()):
        if kind == 'str':
            lines.append('    printf("%%s=%%s\\n", "%s", %s);' % (n, n))
        else:
            lines.append('    printf("%%s=%%lld\\n", "%s", (long long)(%s));' % (n, n))
    lines += ['    return 0;', '}']
    return '\n'.join(lines) + '\n'


def print_layouts(layout):
    lines = ['#include <stdio.h>', '#include <stddef.h>', HEADERS, 'int main(void)', '{']
    for tag, fields in sorted(layout.items()):
        lines.append('    printf("%s size=%%zu\\n", sizeof(struct %s));' % (tag, tag))
        for f in fields:
            lines.append('    printf("%s.%s=%%zu\\n", offsetof(struct %s, %s));' % (tag, f, tag, f))
    lines += ['    return 0;', '}']
    return '\n'.join(lines) + '\n'


def diff_lines(a, b):
    sa, sb = a.splitlines(), b.splitlines()
    return ['ours %s / libvirt %s' % (x, y) for x, y in zip(sa, sb) if x != y]


def main():
    ours, theirs, cc = sys.argv[1], sys.argv[2], sys.argv[3:]
    if not os.path.exists(os.path.join(theirs, 'libvirt', 'libvirt.h')):
        print('1..0 # SKIP libvirt headers not installed in %s' % theirs)
        return 0
    texts = our_texts(ours)
    tmp = tempfile.mkdtemp(prefix='libvirtcompattest-')
    t = Tester(cc, ours, theirs, tmp)
    results = []
    try:
        outs, err = t.run_both('values', print_values(constants(texts)))
        results.append(('enum and macro values match libvirt (%d names)' % len(constants(texts)),
                        [err] if err else diff_lines(*outs)))

        code = HEADERS + '\n'.join(prototypes(texts)) + '\nint main(void) { return 0; }\n'
        res, _ = t.compile('protos', code, theirs)
        results.append(('prototypes and callback types match libvirt (%d declarations)'
                        % len(prototypes(texts)),
                        [] if res.returncode == 0 else res.stderr.splitlines()[:40]))

        outs, err = t.run_both('layouts', print_layouts(structs(texts)))
        results.append(('struct layouts match libvirt (%d structs)' % len(structs(texts)),
                        [err] if err else diff_lines(*outs)))

        cxx = shutil.which('c++') or shutil.which('g++')
        if cxx:
            src = os.path.join(tmp, 'cxx.cc')
            with open(src, 'w') as f:
                f.write(HEADERS + 'int main() { return virGetLastError() != 0; }\n')
            res = subprocess.run([cxx, '-fsyntax-only', '-Wall', '-Wextra', '-Werror', '-pedantic',
                                  '-I', ours, src], capture_output=True, text=True)
            results.append(('the headers build as C++',
                            [] if res.returncode == 0 else res.stderr.splitlines()[:20]))
    finally:
        shutil.rmtree(tmp)

    print('1..%d' % len(results))
    failed = False
    for i, (what, problems) in enumerate(results, 1):
        print('%s %d - %s' % ('not ok' if problems else 'ok', i, what))
        for p in problems:
            print('# %s' % p)
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
