#!/usr/bin/env python3
"""CLI tests: runs the built modvirt with a table of arguments and checks
exit codes and output. Prints TAP.

Usage: modvirtclitest.py MODVIRT VERSION

MODVIRT is the virsh-compatible shell; the test also compares it with
Debian's virsh 9.0 when that is installed:
  - `help CMD` must print exactly what `virsh help CMD` prints, for every
    command modvirt has (and `CMD --help` the same);
  - `help` and `help GROUP` must list modvirt's commands with virsh's
    lines, groups and order (modvirt has a subset of the commands);
  - the interactive shell, fed on stdin, must print what virsh prints,
    program name aside.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

MODVIRT = sys.argv[1]
VERSION = sys.argv[2]

# (name, argv, expected exit code, text that stdout must contain,
#  text that stderr must contain)
SHELL_CASES = [
    ('version-short', ['-v'], 0, '%s\n' % VERSION, ''),
    ('version-long', ['-V'], 0, 'modvirt %s' % VERSION, ''),
    ('version-option', ['--version=long'], 0, 'modvirt %s' % VERSION, ''),
    ('usage', ['-h'], 0, 'modvirt [options]... [<command_string>]', ''),
    ('help', ['help'], 0, 'Grouped commands:', ''),
    ('help-list', ['help', 'list'], 0, '    list - list domains\n', ''),
    ('unknown-command', ['frobnicate'], 1, '', "error: unknown command: 'frobnicate'\n"),
    ('unknown-option', ['--frob'], 1, '', "error: unsupported option '--frob'. See --help.\n"),
    ('missing-argument', ['dominfo'], 1, '', "error: command 'dominfo' requires <domain> option\n"),
    ('echo', ['echo', 'a', 'b c'], 0, 'a b c\n', ''),
    ('echo-string', ['echo a; echo "b c"'], 0, 'a\nb c\n', ''),
    ('empty-string', [''], 1, '', ''),
    ('bad-uri', ['-c', 'nosuchdriver:///x', 'uri'], 1, '', 'error: failed to connect to the hypervisor\n'),
]


def run(argv, stdin=None):
    env = dict(os.environ, LC_ALL='C')
    for name in ('LIBVIRT_DEFAULT_URI', 'VIRSH_DEFAULT_CONNECT_URI',
                 'MODVIRT_DEFAULT_CONNECT_URI'):
        env.pop(name, None)
    tmp = tempfile.mkdtemp(prefix='modvirtclitest-')
    env['HOME'] = tmp
    env['XDG_CACHE_HOME'] = os.path.join(tmp, 'cache')
    try:
        return subprocess.run(argv, capture_output=True, text=True, timeout=30,
                              input=stdin, env=env, stdin=None if stdin else subprocess.DEVNULL)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


class Tap:
    def __init__(self):
        self.results = []

    def check(self, name, problems, skip=None):
        self.results.append((name, problems, skip))

    def emit(self):
        print('1..%d' % len(self.results))
        failed = 0
        for i, (name, problems, skip) in enumerate(self.results, 1):
            if skip:
                print('ok %d /tools/modvirt/%s # SKIP %s' % (i, name, skip))
            elif problems:
                failed += 1
                print('not ok %d /tools/modvirt/%s' % (i, name))
                for pr in problems:
                    for line in pr.splitlines():
                        print('# ' + line)
            else:
                print('ok %d /tools/modvirt/%s' % (i, name))
        return 1 if failed else 0


def table_cases(tap, cases):
    for name, argv, rc, out, err in cases:
        p = run([MODVIRT] + argv)
        problems = []
        if p.returncode != rc:
            problems.append('exit %d, expected %d' % (p.returncode, rc))
        if out not in p.stdout:
            problems.append('stdout %r lacks %r' % (p.stdout, out))
        if err not in p.stderr:
            problems.append('stderr %r lacks %r' % (p.stderr, err))
        tap.check(name, problems)


def diff_text(want, got):
    import difflib
    return ''.join(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                        'virsh', 'modvirt'))


def parse_groups(text):
    """{group header: [command lines]} of a `help` listing, in order."""
    groups = {}
    order = []
    current = None
    for line in text.splitlines():
        if line.startswith(' ') and not line.startswith('    '):
            current = line
            groups[current] = []
            order.append(current)
        elif line.startswith('    ') and current:
            groups[current].append(line)
    return order, groups


def listing_cases(tap, virsh):
    """modvirt's listing is virsh's, restricted to modvirt's commands."""
    mine = run([MODVIRT, 'help']).stdout
    ref = run([virsh, 'help']).stdout
    morder, mgroups = parse_groups(mine)
    rorder, rgroups = parse_groups(ref)
    problems = []
    if not mine.startswith('Grouped commands:\n\n'):
        problems.append('missing "Grouped commands:" header')
    if [g for g in rorder if g in mgroups] != morder:
        problems.append('groups %r are not a subsequence of %r' % (morder, rorder))
    for group in morder:
        if group not in rgroups:
            problems.append('group %r is not virsh\'s' % group)
            continue
        expect = [line for line in rgroups[group] if line in mgroups[group]]
        if expect != mgroups[group]:
            problems.append('group %r: lines or order differ from virsh:\n%s' %
                            (group, diff_text('\n'.join(expect), '\n'.join(mgroups[group]))))
    tap.check('help-listing-vs-virsh', problems)
    for group in morder:
        keyword = re.search(r"\(help keyword '(\w+)'\)", group).group(1)
        got = run([MODVIRT, 'help', keyword]).stdout
        want = group + '\n' + ''.join(l + '\n' for l in mgroups[group]) + '\n'
        tap.check('help-group-%s' % keyword,
                  [] if got == want else [diff_text(want, got)])
    return [line.split()[0] for g in morder for line in mgroups[g]]


def help_cases(tap, virsh, commands):
    """help CMD and CMD --help, byte for byte against virsh."""
    for cmd in commands:
        want = run([virsh, 'help', cmd])
        got = run([MODVIRT, 'help', cmd])
        problems = []
        if (got.returncode, got.stdout, got.stderr) != (want.returncode, want.stdout, want.stderr):
            problems.append(diff_text(want.stdout + want.stderr, got.stdout + got.stderr))
        alt = run([MODVIRT, cmd, '--help'])
        if alt.stdout != want.stdout:
            problems.append('%s --help differs from help %s' % (cmd, cmd))
        tap.check('help-vs-virsh/%s' % cmd, problems)


def manpage_cases(tap, commands):
    """docs/modvirt.1.rst has a section for every command, and no other."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'docs',
                        'modvirt.1.rst')
    with open(path, encoding='utf-8') as f:
        text = f.read()
    documented = re.findall(r'(?m)^([a-z][a-z0-9-]*)\n-+\n', text)
    problems = []
    missing = sorted(set(commands) - set(documented))
    extra = sorted(set(documented) - set(commands))
    if missing:
        problems.append('not documented: %s' % ', '.join(missing))
    if extra:
        problems.append('documented but not a command: %s' % ', '.join(extra))
    tap.check('manpage-commands', problems)


def interactive_cases(tap, virsh):
    """The shell fed on stdin: banner, prompts, echoed lines, output."""
    scripts = [
        ('interactive', 'echo hello\nhelp pwd\nfoo\nquit\n', []),
        ('interactive-eof', 'echo "a b"; echo c', []),
        ('interactive-readonly', 'echo x\n', ['-r']),
        ('interactive-quiet', 'echo x\nexit\n', ['-q']),
    ]
    for name, stdin, opts in scripts:
        want = run([virsh] + opts, stdin)
        got = run([MODVIRT] + opts, stdin)
        want_out = want.stdout.replace('virsh', 'modvirt')
        problems = []
        if got.returncode != want.returncode:
            problems.append('exit %d, virsh %d' % (got.returncode, want.returncode))
        if got.stdout != want_out:
            problems.append('stdout:\n' + diff_text(want_out, got.stdout))
        if got.stderr != want.stderr:
            problems.append('stderr:\n' + diff_text(want.stderr, got.stderr))
        tap.check(name, problems)


def main():
    tap = Tap()
    table_cases(tap, SHELL_CASES)
    manpage_cases(tap, [line.split()[0] for line in run([MODVIRT, 'help']).stdout.splitlines()
                        if line.startswith('    ')])
    virsh = shutil.which('virsh')
    if not virsh:
        tap.check('help-vs-virsh', [], skip='virsh (Debian package libvirt-clients) is not installed')
        return tap.emit()
    commands = listing_cases(tap, virsh)
    help_cases(tap, virsh, commands)
    interactive_cases(tap, virsh)
    return tap.emit()


if __name__ == '__main__':
    sys.exit(main())
