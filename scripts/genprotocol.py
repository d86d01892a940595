#!/usr/bin/env python3
#
# genprotocol.py: turn src/rpc/remote_protocol.def into C
#
# Usage: genprotocol.py INPUT.def OUTPUT.h OUTPUT.c
#
# The language of the .def file is described at its top. The output is:
#   OUTPUT.h  #defines for the consts, the procedure number enums, the C
#             structs (typedef'd tagged structs) and extern declarations of
#             their virXDRStruct descriptions (virnetxdr.h)
#   OUTPUT.c  the descriptions and one virNetProgramDef table per program
#             (virnetprotocol.h), procedures sorted by number
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import os
import re
import sys

SCALARS = {
    'i': ('VIR_XDR_INT', 'int32_t'),
    'u': ('VIR_XDR_UINT', 'uint32_t'),
    'h': ('VIR_XDR_HYPER', 'int64_t'),
    'uh': ('VIR_XDR_UHYPER', 'uint64_t'),
    'd': ('VIR_XDR_DOUBLE', 'double'),
    'c': ('VIR_XDR_CHAR', 'int32_t'),
    'uc': ('VIR_XDR_UCHAR', 'uint32_t'),
}

REFS = {
    'D': 'remote_nonnull_domain',
    'N': 'remote_nonnull_network',
    'P': 'remote_nonnull_storage_pool',
    'V': 'remote_nonnull_storage_vol',
    'SEC': 'remote_nonnull_secret',
    'SNAP': 'remote_nonnull_domain_snapshot',
    'IF': 'remote_nonnull_interface',
    'ND': 'remote_nonnull_node_device',
}

# Words kept upper case when deriving the public API name.
API_WORDS = {'XML', 'UUID', 'ID', 'OS', 'CPU', 'DHCP', 'FD', 'URI', 'PM',
             'NMI', 'SCSI', 'WWN', 'MAC', 'SEV', 'FS'}

FLAG_BITS = {
    'H': 'VIR_NET_PROC_PRIORITY',
    'R': 'VIR_NET_PROC_READONLY',
    'M': 'VIR_NET_PROC_MESSAGE',
    'F': 'VIR_NET_PROC_FDS',
    'T': 'VIR_NET_PROC_STREAM',
    'P': 'VIR_NET_PROC_PREOPEN',
}

STRING_MAX = 'REMOTE_STRING_MAX'

IDENT = r'[A-Za-z_][A-Za-z0-9_]*'
TYPE_RE = re.compile(r'^(?P<base>%s)(?:(?P<opt>\?)|<(?P<var>%s|[0-9]+)>|'
                     r'\[(?P<fix>%s|[0-9]+)\])?$' % (IDENT, IDENT, IDENT))
FIELD_RE = re.compile(r'^(?P<name>%s):(?P<type>\S+)$' % IDENT)


class DefError(Exception):
    pass


class Field:
    """One member: its C declaration and its virXDRField."""

    def __init__(self, name, kind, ctype, cdecl, limit, sub, deps):
        self.name = name
        self.kind = kind        # VIR_XDR_*
        self.ctype = ctype      # C type, or None when cdecl says it all
        self.cdecl = cdecl      # the declaration line inside the struct
        self.limit = limit      # C expression for @max, '0' for none
        self.sub = sub          # C expression of the sub description or 'NULL'
        self.deps = deps        # struct names that must be complete first


class Struct:
    def __init__(self, name, fields, line):
        self.name = name
        self.fields = fields
        self.line = line


class Proc:
    def __init__(self, num, name, flags, api, args, ret, line):
        self.num = num
        self.name = name
        self.flags = flags
        self.api = api
        self.args = args
        self.ret = ret
        self.line = line


class Program:
    def __init__(self, name, prefix):
        self.name = name
        self.prefix = prefix
        self.procs = []


class Parser:
    def __init__(self):
        self.consts = {}        # name -> int, in order
        self.structs = {}       # name -> Struct (named and generated)
        self.order = []         # struct names in definition order
        self.programs = []
        self.elems = {}         # builtin element descs used: key -> (kind, ctype, limit)
        self.pending = []       # (struct, field name, struct ref, line) to check

    # ---- statements ----
    def parse(self, path):
        stmts = []
        with open(path, encoding='utf-8') as f:
            for lineno, raw in enumerate(f, 1):
                text = raw.split('#', 1)[0].rstrip()
                if not text.strip():
                    continue
                if text[0] in ' \t':
                    if not stmts:
                        raise DefError('%d: continuation without a statement' % lineno)
                    stmts[-1][1].extend(text.split())
                else:
                    stmts.append((lineno, text.split()))
        for lineno, toks in stmts:
            try:
                self.statement(toks, lineno)
            except DefError as e:
                raise DefError('%s:%d: %s' % (path, lineno, e))
        for sname, fname, ref, lineno in self.pending:
            if ref not in self.structs:
                raise DefError('%s:%d: %s.%s: unknown struct %s' %
                               (path, lineno, sname, fname, ref))

    def statement(self, toks, lineno):
        kw = toks[0]
        if kw == 'const':
            if len(toks) != 3 or not re.match('^%s$' % IDENT, toks[1]):
                raise DefError('const NAME VALUE expected')
            if toks[1] in self.consts:
                raise DefError('const %s defined twice' % toks[1])
            self.consts[toks[1]] = self.number(toks[2])
        elif kw == 'struct':
            if len(toks) < 3:
                raise DefError('struct NAME FIELD... expected')
            self.add_struct(toks[1], self.fields(toks[1], toks[2:], lineno), lineno)
        elif kw == 'program':
            if len(toks) != 3:
                raise DefError('program NAME PREFIX expected')
            self.programs.append(Program(toks[1], toks[2]))
        elif kw in ('proc', 'event'):
            self.proc(kw, toks, lineno)
        else:
            raise DefError('unknown statement %r' % kw)

    def number(self, tok):
        if re.match(r'^[0-9]+$', tok):
            return int(tok)
        if tok in self.consts:
            return self.consts[tok]
        raise DefError('%r is neither a number nor a const' % tok)

    def add_struct(self, name, fields, lineno):
        if name in self.structs:
            raise DefError('struct %s defined twice' % name)
        seen = set()
        for f in fields:
            if f.name in seen:
                raise DefError('%s: field %s twice' % (name, f.name))
            seen.add(f.name)
        self.structs[name] = Struct(name, fields, lineno)
        self.order.append(name)

    def proc(self, kw, toks, lineno):
        if not self.programs:
            raise DefError('%s before any program' % kw)
        prog = self.programs[-1]
        if len(toks) < 3:
            raise DefError('%s NUM NAME ... expected' % kw)
        num = self.number(toks[1])
        name = toks[2]
        if not re.match(r'^[A-Z][A-Z0-9_]*$', name):
            raise DefError('bad procedure name %r' % name)
        rest = toks[3:]
        flags = 'M' if kw == 'event' else ''
        if kw == 'proc':
            if not rest:
                raise DefError('proc needs FLAGS')
            if rest[0] != '-':
                flags += rest[0]
            rest = rest[1:]
        elif rest and ':' not in rest[0] and rest[0] != '-' and not rest[0].startswith('api='):
            flags += rest[0]
            rest = rest[1:]
        for ch in flags:
            if ch not in FLAG_BITS:
                raise DefError('unknown flag %r' % ch)
        api = None
        if rest and rest[0].startswith('api='):
            api = rest[0][4:]
            rest = rest[1:]
        if api is None:
            api = derive_api(name)
        base = '%s_%s' % (prog.prefix, name.lower())
        if kw == 'event':
            args, ret = None, self.payload(base + '_msg', rest, lineno)
        else:
            if rest.count('->') != 1:
                raise DefError('proc needs exactly one "->"')
            i = rest.index('->')
            args = self.payload(base + '_args', rest[:i], lineno)
            ret = self.payload(base + '_ret', rest[i + 1:], lineno)
        for p in prog.procs:
            if p.num == num or p.name == name:
                raise DefError('procedure %d/%s defined twice' % (num, name))
        prog.procs.append(Proc(num, name, flags, api, args, ret, lineno))

    def payload(self, sname, toks, lineno):
        if toks == ['-'] or not toks:
            return None
        self.add_struct(sname, self.fields(sname, toks, lineno), lineno)
        return sname

    # ---- fields ----
    def fields(self, sname, toks, lineno):
        out = []
        for tok in toks:
            m = FIELD_RE.match(tok)
            if not m:
                raise DefError('%s: bad field %r (name:TYPE)' % (sname, tok))
            out.append(self.field(sname, m.group('name'), m.group('type'), lineno))
        return out

    def limit(self, tok):
        self.number(tok)  # validates
        return tok

    def struct_ref(self, sname, fname, base, lineno):
        target = REFS.get(base, base)
        self.pending.append((sname, fname, target, lineno))
        return target

    def elem(self, key, kind, ctype, limit):
        self.elems[key] = (kind, ctype, limit)
        return '&remoteElem_%s' % key

    def field(self, sname, fname, tstr, lineno):
        m = TYPE_RE.match(tstr)
        if not m:
            raise DefError('%s.%s: bad type %r' % (sname, fname, tstr))
        base, opt, var, fix = m.group('base'), m.group('opt'), m.group('var'), m.group('fix')
        arr = 'virXDRArray %s;' % fname

        def bad():
            return DefError('%s.%s: type %r not allowed' % (sname, fname, tstr))

        if base in SCALARS:
            kind, ctype = SCALARS[base]
            if opt or fix:
                raise bad()
            if var:
                sub = self.elem(base, kind, ctype, '0')
                return Field(fname, 'VIR_XDR_ARRAY', None, arr + ' /* of %s */' % ctype,
                             self.limit(var), sub, [])
            return Field(fname, kind, ctype, '%s %s;' % (ctype, fname), '0', 'NULL', [])
        if base == 'S':
            if fix:
                raise bad()
            if var:
                sub = self.elem('string', 'VIR_XDR_STRING', 'char *', STRING_MAX)
                return Field(fname, 'VIR_XDR_ARRAY', None, arr + ' /* of char * */',
                             self.limit(var), sub, [])
            kind = 'VIR_XDR_OPT_STRING' if opt else 'VIR_XDR_STRING'
            return Field(fname, kind, None, 'char *%s;' % fname, STRING_MAX, 'NULL', [])
        if base == 'UUID':
            if opt or var or fix:
                raise bad()
            return Field(fname, 'VIR_XDR_OPAQUE_FIXED', None,
                         'unsigned char %s[16];' % fname, '16', 'NULL', [])
        if base == 'O':
            if var:
                return Field(fname, 'VIR_XDR_OPAQUE', None, arr + ' /* of unsigned char */',
                             self.limit(var), 'NULL', [])
            if fix:
                return Field(fname, 'VIR_XDR_OPAQUE_FIXED', None,
                             'unsigned char %s[%s];' % (fname, fix), self.limit(fix), 'NULL', [])
            raise bad()
        if base == 'char':
            if var:
                return Field(fname, 'VIR_XDR_CHARS', None, arr + ' /* of char, NUL counted */',
                             self.limit(var), 'NULL', [])
            if fix:
                return Field(fname, 'VIR_XDR_CHARS_FIXED', None,
                             'char %s[%s];' % (fname, fix), self.limit(fix), 'NULL', [])
            raise bad()
        if base == 'TP':
            if not var:
                raise bad()
            return Field(fname, 'VIR_XDR_TYPED_PARAMS', None, arr + ' /* of virXDRTypedParam */',
                         self.limit(var), 'NULL', [])
        if base in REFS or base.startswith('remote_'):
            target = self.struct_ref(sname, fname, base, lineno)
            sub = '&%s_desc' % target
            if fix:
                raise bad()
            if var:
                return Field(fname, 'VIR_XDR_ARRAY', None, arr + ' /* of %s */' % target,
                             self.limit(var), sub, [])
            if opt:
                return Field(fname, 'VIR_XDR_OPT_STRUCT', None, '%s *%s;' % (target, fname),
                             '0', sub, [])
            return Field(fname, 'VIR_XDR_STRUCT', None, '%s %s;' % (target, fname), '0', sub,
                         [target])
        raise bad()


def derive_api(name):
    words = []
    for w in name.split('_'):
        words.append(w if w in API_WORDS else w.capitalize())
    return 'vir' + ''.join(words)


def struct_order(p):
    """Definition order, moved so inline members come before their users."""
    done = set()
    out = []

    def visit(name, stack):
        if name in done:
            return
        if name in stack:
            raise DefError('struct %s contains itself' % name)
        for f in p.structs[name].fields:
            for d in f.deps:
                visit(d, stack + [name])
        done.add(name)
        out.append(name)

    for name in p.order:
        visit(name, [])
    return out


def gen_header(p, guard_name):
    o = []
    o.append('/* Generated by scripts/genprotocol.py from %s: do not edit. */' % guard_name)
    o.append('')
    o.append('#pragma once')
    o.append('')
    o.append('#include <stdint.h>')
    o.append('')
    o.append('#include "virnetprotocol.h"')
    o.append('#include "virnetxdr.h"')
    o.append('')
    for name, val in p.consts.items():
        o.append('#define %s %d' % (name, val))
    o.append('')
    for prog in p.programs:
        up = prog.name.upper()
        o.append('typedef enum {')
        for pr in sorted(prog.procs, key=lambda x: x.num):
            o.append('    %s_PROC_%s = %d,' % (up, pr.name, pr.num))
        o.append('} %s_procedure;' % prog.prefix)
        o.append('')
    for name in p.order:
        o.append('typedef struct %s %s;' % (name, name))
    o.append('')
    for name in struct_order(p):
        o.append('struct %s {' % name)
        for f in p.structs[name].fields:
            o.append('    %s' % f.cdecl)
        o.append('};')
        o.append('extern const virXDRStruct %s_desc;' % name)
        o.append('')
    return '\n'.join(o).rstrip() + '\n'


def gen_source(p, hname, defname):
    o = []
    o.append('/* Generated by scripts/genprotocol.py from %s: do not edit. */' % defname)
    o.append('')
    o.append('#include <config.h>')
    o.append('')
    o.append('#include <stddef.h>')
    o.append('')
    o.append('#include "%s"' % hname)
    o.append('')
    for key, (kind, ctype, limit) in sorted(p.elems.items()):
        o.append('static const virXDRField remoteElem_%s_fields[] = {' % key)
        o.append('    { "value", %s, 0, %s, NULL },' % (kind, limit))
        o.append('};')
        o.append('static const virXDRStruct remoteElem_%s = {' % key)
        o.append('    "%s", sizeof(%s), 1, remoteElem_%s_fields,' % (ctype, ctype, key))
        o.append('};')
        o.append('')
    for name in p.order:
        s = p.structs[name]
        o.append('static const virXDRField %s_fields[] = {' % name)
        for f in s.fields:
            o.append('    { "%s", %s, offsetof(%s, %s), %s, %s },' %
                     (f.name, f.kind, name, f.name, f.limit, f.sub))
        o.append('};')
        o.append('const virXDRStruct %s_desc = {' % name)
        o.append('    "%s", sizeof(%s), %d, %s_fields,' % (name, name, len(s.fields), name))
        o.append('};')
        o.append('')
    for prog in p.programs:
        procs = sorted(prog.procs, key=lambda x: x.num)
        up = prog.name.upper()
        o.append('static const virNetProcedure %sProcs[] = {' % prog.prefix)
        for pr in procs:
            bits = ' | '.join(FLAG_BITS[c] for c in 'HRMFTP' if c in pr.flags) or '0'
            args = '&%s_desc' % pr.args if pr.args else 'NULL'
            ret = '&%s_desc' % pr.ret if pr.ret else 'NULL'
            o.append('    { %s_PROC_%s, "%s", "%s", %s, %s,' % (up, pr.name, pr.name, pr.api,
                                                              args, ret))
            o.append('      %s },' % bits)
        o.append('};')
        o.append('')
        o.append('const virNetProgramDef %sProgramDef = {' % prog.prefix)
        o.append('    "%s", %s_PROGRAM, %s_PROTOCOL_VERSION, %sProcs, %d,' %
                 (up, up, up, prog.prefix, len(procs)))
        o.append('};')
        o.append('')
    return '\n'.join(o).rstrip() + '\n'


def write_if_changed(path, text):
    try:
        with open(path, encoding='utf-8') as f:
            if f.read() == text:
                return
    except OSError:
        pass
    tmp = path + '.tmp'
    with open(tmp, 'w', encoding='utf-8') as f:
        f.write(text)
    os.replace(tmp, path)


def main(argv):
    if len(argv) != 4:
        sys.stderr.write('usage: %s INPUT.def OUTPUT.h OUTPUT.c\n' % argv[0])
        return 2
    defpath, hpath, cpath = argv[1:]
    p = Parser()
    try:
        p.parse(defpath)
        defname = os.path.basename(defpath)
        header = gen_header(p, defname)
        source = gen_source(p, os.path.basename(hpath), defname)
    except DefError as e:
        sys.stderr.write('genprotocol: %s\n' % e)
        return 1
    write_if_changed(hpath, header)
    write_if_changed(cpath, source)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
