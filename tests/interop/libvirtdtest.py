#!/usr/bin/python3
"""libvirtdtest: our modvirt CLI as a client of Debian's libvirtd.

Client-side compatibility: the same scenarios as virshtest.py run through
Debian's virsh and through our modvirt, both against one Debian libvirtd
serving test+unix:///default on a private socket (a fresh daemon per
scenario); stdout, stderr and the exit status must be identical.

usage: libvirtdtest.py DATADIR MODVIRT
Prints TAP. Skips itself when virsh or libvirtd is not installed.
"""
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from interoputil import Libvirtd, Tap, client_env, run  # noqa: E402

DATA, MODVIRT = sys.argv[1], sys.argv[2]
sys.argv = [sys.argv[0], '/nonexistent', DATA]
import virshtest  # noqa: E402  (its scenarios and normalisation)


def main():
    tap = Tap()
    virsh = shutil.which('virsh')
    if not virsh or not Libvirtd.available():
        tap.check('libvirtd', [], skip='virsh and libvirtd (libvirt-clients, libvirt-daemon) '
                  'are needed')
        return tap.emit()
    for name, commands in virshtest.SCENARIOS:
        line = '; '.join(commands)
        with Libvirtd() as d:
            want = virshtest.outcome(run([virsh, '-c', d.uri, line], env=client_env()))
        with Libvirtd() as d:
            got = virshtest.outcome(run([MODVIRT, '-c', d.uri, line], env=client_env()))
        problems = []
        if got != want:
            problems.append('modvirt differs from virsh against libvirtd:\n--- virsh\n%s\n'
                            '--- modvirt\n%s' % (want, got))
        if 'error: failed to connect' in want:
            problems.append('virsh could not reach libvirtd:\n%s' % want)
        tap.check('libvirtd-' + name, problems)
    return tap.emit()


if __name__ == '__main__':
    sys.exit(main())
