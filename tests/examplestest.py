#!/usr/bin/python3
"""examplestest: the client programs of examples/ built as users build them.

1. The in-tree build of examples/listdomains (meson) runs against
   test:///default and must list the default domain with its info.
2. The project is installed into a temporary DESTDIR; the example is
   compiled from outside the tree with `cc ... $(pkg-config --cflags --libs
   modvirt)` against that installation and must print the same.
3. When Debian's libvirt development files are installed, the same source
   is compiled against libvirt (`pkg-config libvirt`): its output on
   libvirt's own test:///default must be identical (the oracle).

usage: examplestest.py BUILDDIR SRCDIR LISTDOMAINS CC...
Prints TAP.
"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile

BUILDDIR, SRCDIR, LISTDOMAINS = sys.argv[1:4]
CC = sys.argv[4:]
SOURCE = os.path.join(SRCDIR, 'examples', 'listdomains.c')
TIMEOUT = 60

results = []


def check(name, problems, skip=None):
    results.append((name, problems, skip))


def run(argv, env=None):
    return subprocess.run(argv, capture_output=True, text=True, timeout=TIMEOUT, env=env)


def expect_default(out):
    """What listdomains must print for test:///default's one domain."""
    problems = []
    for line in ['1 domain(s) on test:///default', 'Name:       test',
                 'UUID:       6695eb01-f6a4-8304-79aa-97f2502e193f', 'State:      running',
                 'CPU(s):     2', 'Max memory: 8388608 KiB', 'Persistent: yes']:
        if line not in out.splitlines():
            problems.append('missing line %r in:\n%s' % (line, out))
    return problems


def pkg_config(env, *args):
    got = run(['pkg-config'] + list(args), env=env)
    if got.returncode != 0:
        raise RuntimeError('pkg-config %s failed: %s' % (' '.join(args), got.stderr))
    return got.stdout.split()


def build_and_run(tmp, name, flags, env=None):
    exe = os.path.join(tmp, name)
    got = run(CC + [SOURCE, '-o', exe] + flags)
    if got.returncode != 0:
        return None, ['compile failed: %s' % got.stderr]
    got = run([exe], env=env)
    if got.returncode != 0:
        return None, ['%s exited %d: %s' % (name, got.returncode, got.stderr)]
    return got.stdout, []


def main():
    got = run([LISTDOMAINS])
    intree = got.stdout
    check('in-tree', ([] if got.returncode == 0 else ['exit %d: %s' % (got.returncode, got.stderr)])
          + expect_default(got.stdout))

    got = run([LISTDOMAINS, 'bogus:///x'])
    check('error-exit', [] if got.returncode == 1 and
          got.stderr.splitlines()[-1:][0:1] != [] and
          got.stderr.splitlines()[-1].startswith('error: ')
          else ['want exit 1 and an error line, got %d %r' % (got.returncode, got.stderr)])

    tmp = tempfile.mkdtemp(prefix='examplestest-')
    try:
        dest = os.path.join(tmp, 'dest')
        got = run(['meson', 'install', '-C', BUILDDIR, '--destdir', dest, '--no-rebuild', '--quiet'])
        pcs = glob.glob(os.path.join(dest, '**', 'modvirt.pc'), recursive=True)
        if got.returncode != 0 or not pcs:
            check('pkg-config', ['meson install failed: %s' % got.stderr])
        else:
            env = dict(os.environ, PKG_CONFIG_PATH=os.path.dirname(pcs[0]))
            prefix = pkg_config(env, '--variable=prefix', 'modvirt')[0]
            relocate = '--define-variable=prefix=' + dest + prefix
            flags = pkg_config(env, relocate, '--cflags', '--libs', 'modvirt')
            libdir = pkg_config(env, relocate, '--variable=libdir', 'modvirt')[0]
            runenv = dict(os.environ, LD_LIBRARY_PATH=libdir)
            out, problems = build_and_run(tmp, 'listdomains-pc', flags, runenv)
            if out is not None and out != intree:
                problems.append('differs from the in-tree build:\n%s' % out)
            check('pkg-config', problems)

        if subprocess.run(['pkg-config', '--exists', 'libvirt']).returncode != 0:
            check('vs-libvirt', [], skip='libvirt-dev (pkg-config libvirt) is not installed')
        else:
            out, problems = build_and_run(tmp, 'listdomains-libvirt',
                                          pkg_config(None, '--cflags', '--libs', 'libvirt'))
            if out is not None and out != intree:
                problems.append('libvirt prints:\n%s\nmodvirt prints:\n%s' % (out, intree))
            check('vs-libvirt', problems)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print('1..%d' % len(results))
    failed = 0
    for i, (name, problems, skip) in enumerate(results, 1):
        if skip:
            print('ok %d - %s # SKIP %s' % (i, name, skip))
        elif problems:
            failed += 1
            print('not ok %d - %s' % (i, name))
            for p in problems:
                print('  ' + p.replace('\n', '\n  '))
        else:
            print('ok %d - %s' % (i, name))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
