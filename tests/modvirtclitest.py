#!/usr/bin/env python3
"""CLI tests: runs the built modvirt with a table of arguments and checks
exit codes and output. Prints TAP."""
import os
import subprocess
import sys

MODVIRT = sys.argv[1]
VERSION = sys.argv[2]

# (name, argv, expected exit code, text that stdout must contain,
#  text that stderr must contain)
CASES = [
    ('version', ['version'], 0, 'modvirt library version %s\n' % VERSION, ''),
    ('version-flag', ['--version'], 0, 'modvirt library version %s\n' % VERSION, ''),
    ('version-short', ['-V'], 0, 'Compiled with drivers:', ''),
    ('help', ['help'], 0, 'Usage: modvirt', ''),
    ('unknown-command', ['frobnicate'], 1, '', "error: unknown command: 'frobnicate'"),
    ('no-command', [], 1, '', 'Usage: modvirt'),
]


def main():
    print('1..%d' % len(CASES))
    failed = 0
    for i, (name, argv, rc, out, err) in enumerate(CASES, 1):
        p = subprocess.run([MODVIRT] + argv, capture_output=True, text=True,
                           timeout=30, env=dict(os.environ, LC_ALL='C'))
        problems = []
        if p.returncode != rc:
            problems.append('exit %d, expected %d' % (p.returncode, rc))
        if out not in p.stdout:
            problems.append('stdout %r lacks %r' % (p.stdout, out))
        if err not in p.stderr:
            problems.append('stderr %r lacks %r' % (p.stderr, err))
        if problems:
            failed += 1
            print('not ok %d /tools/modvirt/%s' % (i, name))
            for pr in problems:
                print('# ' + pr)
        else:
            print('ok %d /tools/modvirt/%s' % (i, name))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
