#!/usr/bin/python3
"""virshtest: Debian's virsh 9.0 (and our modvirt CLI) against virttestd.

Each scenario is one command string (commands separated by "; ", one
client process, as a user would type them). It runs three ways:

  reference: Debian's `virsh -c test:///default` (libvirt's in-process
             test driver);
  virsh:     Debian's `virsh -c test+unix:///default?socket=...` against a
             fresh virttestd (our daemon) under a temporary root;
  modvirt:   our `modvirt` CLI against a fresh virttestd, the same way.

stdout, stderr and the exit status must equal the reference byte for byte,
after two normalisations of legitimate differences:
  - the connection URI printed by `uri` and in messages is the socket URI
    instead of test:///default (it is the URI the client was given);
  - `version` prints an extra "Running against daemon: X" line for a
    remote connection (libvirt's virsh does this against libvirtd too);
  - "CPU time:" of a running domain: the test driver derives it from the
    clock.

Secrets: libvirt's in-process test driver has none, so the secret
scenario compares modvirt with Debian's virsh, both against virttestd, and
virsh's output with the text libvirt's virsh prints for these commands.

A last part checks events across processes: `virsh event --all --loop
--timeout 5` runs while another client destroys and starts the domain;
the listener must print both lifecycle events.

usage: virshtest.py VIRTTESTD DATADIR [MODVIRT]
Prints TAP. Skips itself when virsh (libvirt-clients) is missing.
"""
import os
import re
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from interoputil import Tap, Virttestd, client_env, run  # noqa: E402

VIRTTESTD, DATA = sys.argv[1], sys.argv[2]
MODVIRT = sys.argv[3] if len(sys.argv) > 3 else None

DOM = os.path.join(DATA, 'domain.xml')
NET = os.path.join(DATA, 'network.xml')

SCENARIOS = [
    ('host', ['version', 'uri', 'hostname', 'nodeinfo', 'capabilities']),
    ('list', ['list', 'list --all', 'list --name', 'list --uuid', 'list --inactive']),
    ('info', ['dominfo test', 'domstate test', 'domstate test --reason', 'domid test',
              'domuuid test', 'domname 1', 'dumpxml test', 'dumpxml test --inactive']),
    ('missing', ['dominfo nosuch', 'domstate nosuch', 'dumpxml nosuch', 'start nosuch']),
    ('lifecycle', ['define ' + DOM, 'list --all', 'start guest1', 'dominfo guest1',
                   'suspend guest1', 'domstate guest1 --reason', 'resume guest1',
                   'domstate guest1 --reason', 'shutdown guest1', 'domstate guest1',
                   'start guest1', 'destroy guest1', 'undefine guest1', 'list --all']),
    ('refused', ['start test', 'resume test', 'define ' + DOM, 'start guest1',
                 'start guest1', 'undefine guest1', 'list --all']),
    ('tuning', ['autostart test', 'dominfo test', 'autostart test --disable', 'dominfo test',
                'setmem test 4194304', 'dominfo test', 'setvcpus test 1 --live',
                'vcpucount test', 'setmaxmem test 4194304 --config', 'dominfo test']),
    ('networks', ['net-list --all', 'net-info default', 'net-dumpxml default',
                  'net-define ' + NET, 'net-list --all', 'net-start isolated',
                  'net-list', 'net-dumpxml isolated', 'net-destroy isolated',
                  'net-undefine isolated', 'net-list --all', 'net-info nosuch']),
    ('storage', ['pool-list --all', 'pool-info default-pool', 'pool-list --details',
                 'vol-list default-pool', 'vol-create-as default-pool v1 1G',
                 'vol-list default-pool --details', 'vol-info v1 --pool default-pool',
                 'vol-dumpxml v1 --pool default-pool', 'vol-delete v1 --pool default-pool',
                 'vol-list default-pool', 'pool-info nosuch']),
]

SECRET = os.path.join(DATA, 'secret.xml')
SECRET_UUID = '8f7c2a4e-1b3d-4e5f-9a6b-7c8d9e0f1a2b'
SECRET_CMDS = ['secret-define ' + SECRET, 'secret-set-value %s --base64 aGVsbG8=' % SECRET_UUID,
               'secret-get-value ' + SECRET_UUID, 'secret-list',
               'secret-undefine ' + SECRET_UUID, 'secret-list']
SECRET_WANT = '''exit 0
--- stdout
Secret %s created

Secret value set

aGVsbG8=
 UUID                                   Usage
------------------------------------------------------------------------------
 %s   volume /var/lib/libvirt/images/x.img

Secret %s deleted

 UUID   Usage
---------------

--- stderr
error: Passing secret value as command-line argument is insecure!
''' % (SECRET_UUID, SECRET_UUID, SECRET_UUID)

URI_RE = re.compile(r'test\+unix:///default\?socket=[^\s\'"]+')


CPU_RE = re.compile(r'(?m)^(CPU time: +)[0-9.]+s$')


def normalise(text):
    text = URI_RE.sub('test:///default', text)
    text = CPU_RE.sub(r'\1<time>', text)
    return ''.join(line for line in text.splitlines(True)
                   if not line.startswith('Running against daemon: '))


def outcome(got):
    return 'exit %d\n--- stdout\n%s--- stderr\n%s' % (got.returncode, normalise(got.stdout),
                                                        normalise(got.stderr))


def scenario(tap, virsh, name, commands):
    line = '; '.join(commands)
    want = outcome(run([virsh, '-c', 'test:///default', line], env=client_env()))
    clients = [('virsh', virsh)] + ([('modvirt', MODVIRT)] if MODVIRT else [])
    for label, client in clients:
        with Virttestd(VIRTTESTD) as d:
            got = outcome(run([client, '-c', d.uri, line], env=client_env()))
            status = d.stop()
            problems = []
            if got != want:
                problems.append('differs from virsh on test:///default:\n--- want\n%s\n--- got\n%s'
                                % (want, got))
            if status != 0:
                problems.append('virttestd exit status %r; log:\n%s' % (status, d.read_log()))
            tap.check('%s-%s' % (label, name), problems)


def secrets(tap, virsh):
    line = '; '.join(SECRET_CMDS)
    clients = [('virsh', virsh)] + ([('modvirt', MODVIRT)] if MODVIRT else [])
    for label, client in clients:
        with Virttestd(VIRTTESTD) as d:
            got = outcome(run([client, '-c', d.uri, line], env=client_env()))
            d.stop()
        tap.check('%s-secrets' % label, [] if got == SECRET_WANT else
                  ['--- want\n%s\n--- got\n%s' % (SECRET_WANT, got)])


def events(tap, label, client):
    """A listener in one process sees lifecycle events caused by another."""
    with Virttestd(VIRTTESTD) as d:
        listener = subprocess.Popen([client, '-c', d.uri, 'event --all --loop --timeout 5'],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                    env=client_env())
        time.sleep(1.5)
        actor = run([client, '-c', d.uri, 'destroy test; start test'], env=client_env())
        try:
            out, err = listener.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            listener.kill()
            out, err = listener.communicate()
        want = ("event 'lifecycle' for domain 'test': Stopped Destroyed\n"
                "event 'lifecycle' for domain 'test': Started Booted\n"
                "event loop timed out\n"
                "events received: 2\n")
        problems = []
        if actor.returncode != 0:
            problems.append('actor failed: %s' % actor.stderr)
        # virsh ends `event --timeout` with status 1 when the loop timed
        # out (also against libvirtd); only the printed events matter here
        if out.strip() + '\n' != want:
            problems.append('listener exit %r\n--- want\n%s--- got\n%s--- stderr\n%s'
                            % (listener.returncode, want, out, err))
        tap.check('%s-events' % label, problems)


def main():
    tap = Tap()
    virsh = shutil.which('virsh')
    if not virsh:
        tap.check('virsh', [], skip='virsh (Debian package libvirt-clients) is not installed')
        return tap.emit()
    for name, commands in SCENARIOS:
        scenario(tap, virsh, name, commands)
    secrets(tap, virsh)
    events(tap, 'virsh', virsh)
    if MODVIRT:
        events(tap, 'modvirt', MODVIRT)
    return tap.emit()


if __name__ == '__main__':
    sys.exit(main())
