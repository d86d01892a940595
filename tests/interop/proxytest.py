#!/usr/bin/python3
"""proxytest: Debian's virsh and python3-libvirt through virtproxyd.

virttestd and virtproxyd run under one temporary root R, so they share
R/run/libvirt: clients use test+unix:///default?socket=R/run/libvirt/
libvirt-sock and the proxy forwards to R/run/libvirt/virttestd-sock.

  - virshtest.py's scenarios through the proxy: output equal to virsh on
    the in-process test:///default (same normalisation), and the secrets;
  - events through the proxy (event --loop while another client destroys
    and starts the guest);
  - the read-only socket: reads work, a define is refused (code 29);
  - python3-libvirt, 16 threads x 200 calls (proxypython.py, run with
    /usr/bin/python3);
  - an unknown scheme, a missing backend, a backend killed mid-session
    (the session ends, the proxy serves again once the backend is back);
  - routing overrides from virtproxyd.conf: `route_test` pointed at a
    second virttestd, and `qemu` URIs. The real virtqemud does not exist
    yet and virttestd only serves test:/// URIs (its socket name is fixed
    to virttestd-sock), so `route_qemu` points at a virttestd socket and
    the test checks that the qemu:///system open reached that daemon (its
    own "no connection driver" answer) instead of the proxy's "backend
    socket ... virtqemud-sock is not available".

Everything runs twice: with handoff (the default: the proxy passes each
client's socket to virttestd over virttestd-handoff-sock) and forwarding
(`handoff = 0`, checks named proxy-fwd-*). Handoff only: 10 handed-off
sessions hold no proxy fd and outlive a proxy restart; a route whose
socket has no handoff sibling is forwarded; a handoff socket that refuses
(a fake one, which also checks the message: header, pending CONNECT_OPEN,
one descriptor) makes the proxy forward instead; one that never answers
does not hold the proxy's loop (other clients are served meanwhile) and
the proxy forgets that client after 2 s.

usage: proxytest.py VIRTTESTD VIRTPROXYD DATADIR
Prints TAP. Skips the virsh parts when virsh is missing.
"""
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from interoputil import Tap, Virttestd, client_env, run  # noqa: E402

VIRTTESTD, VIRTPROXYD, DATA = sys.argv[1], sys.argv[2], sys.argv[3]
sys.argv = [sys.argv[0], VIRTTESTD, DATA]
import virshtest  # noqa: E402  (its scenarios and normalisation)

PIPELINED = 60000
HERE = os.path.dirname(os.path.abspath(__file__))
REMOTE = 0x20008086
# the mode of the Proxy instances: handoff (the default) or forwarding
MODE = {'handoff': True}


class ModeTap:
    """Names the checks of the forwarding run proxy-fwd-*."""

    def __init__(self, tap, prefix):
        self.tap = tap
        self.prefix = prefix

    def check(self, name, problems, skip=None):
        self.tap.check(name.replace('proxy-', self.prefix, 1), problems, skip)


class Proxy:
    """virtproxyd under the root of a Virttestd (same run directory)."""

    def __init__(self, root, conf=''):
        self.root = root
        self.conf = conf
        self.proc = None
        rundir = os.path.join(root, 'run', 'libvirt')
        self.sock = os.path.join(rundir, 'libvirt-sock')
        self.sock_ro = self.sock + '-ro'
        self.uri = 'test+unix:///default?socket=' + self.sock
        self.uri_ro = 'test+unix:///default?socket=' + self.sock_ro
        self.log = os.path.join(root, 'proxy.log')

    def __enter__(self):
        confdir = os.path.join(self.root, 'etc', 'libvirt')
        os.makedirs(confdir, exist_ok=True)
        with open(os.path.join(confdir, 'virtproxyd.conf'), 'w') as f:
            f.write(self.conf + ('' if MODE['handoff'] else 'handoff = 0\n'))
        self.logf = open(self.log, 'w')
        self.proc = subprocess.Popen([VIRTPROXYD, '--root', self.root], stdout=self.logf,
                                     stderr=subprocess.STDOUT, env=client_env())
        deadline = time.time() + 20
        while time.time() < deadline:
            if os.path.exists(self.sock_ro):
                return self
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        raise RuntimeError('virtproxyd did not start: %s' % self.read_log())

    def read_log(self):
        with open(self.log) as f:
            return f.read()

    def alive(self):
        return self.proc.poll() is None

    def __exit__(self, *exc):
        self.stop()

    def stop(self):
        status = self.proc.poll()
        if status is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                status = self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                status = None
        self.logf.close()
        return status


def virsh_line(virsh, uri, line, readonly=False):
    argv = [virsh] + (['-r'] if readonly else []) + ['-c', uri, line]
    return run(argv, env=client_env())


def scenarios(tap, virsh):
    for name, commands in virshtest.SCENARIOS:
        line = '; '.join(commands)
        want = virshtest.outcome(run([virsh, '-c', 'test:///default', line], env=client_env()))
        with Virttestd(VIRTTESTD) as d, Proxy(d.root) as p:
            got = virshtest.outcome(virsh_line(virsh, p.uri, line))
            status = p.stop()
        problems = []
        if got != want:
            problems.append('differs from virsh on test:///default:\n--- want\n%s\n--- got\n%s'
                            % (want, got))
        if status != 0:
            problems.append('virtproxyd exit status %r' % status)
        tap.check('proxy-' + name, problems)
    with Virttestd(VIRTTESTD) as d, Proxy(d.root) as p:
        got = virshtest.outcome(virsh_line(virsh, p.uri, '; '.join(virshtest.SECRET_CMDS)))
    tap.check('proxy-secrets', [] if got == virshtest.SECRET_WANT else
              ['--- want\n%s\n--- got\n%s' % (virshtest.SECRET_WANT, got)])


def events(tap, virsh):
    with Virttestd(VIRTTESTD) as d, Proxy(d.root) as p:
        listener = subprocess.Popen([virsh, '-c', p.uri, 'event --all --loop --timeout 5'],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                    env=client_env())
        time.sleep(1.5)
        actor = virsh_line(virsh, p.uri, 'destroy test; start test')
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
    if out.strip() + '\n' != want:
        problems.append('--- want\n%s--- got\n%s--- stderr\n%s' % (want, out, err))
    tap.check('proxy-events', problems)


def readonly(tap, virsh):
    dom = os.path.join(DATA, 'domain.xml')
    with Virttestd(VIRTTESTD) as d, Proxy(d.root) as p:
        reads = virsh_line(virsh, p.uri_ro, 'list --all; domstate test', readonly=True)
        define = virsh_line(virsh, p.uri_ro, 'define ' + dom, readonly=True)
        after = virsh_line(virsh, p.uri, 'list --all --name')
    problems = []
    if reads.returncode != 0 or 'running' not in reads.stdout:
        problems.append('reads failed: %s %s' % (reads.stdout, reads.stderr))
    if define.returncode == 0 or ('operation forbidden: read only access prevents '
                                  'virDomainDefineXML') not in define.stderr:
        problems.append('define was not refused: %s %s' % (define.stdout, define.stderr))
    if after.stdout.split() != ['test']:
        problems.append('the define went through: %r' % after.stdout)
    tap.check('proxy-readonly', problems)


def python(tap):
    py = '/usr/bin/python3'
    if not os.path.exists(py) or run([py, '-c', 'import libvirt']).returncode != 0:
        tap.check('proxy-python', [], skip='python3-libvirt is not installed')
        return
    with Virttestd(VIRTTESTD) as d, Proxy(d.root) as p:
        got = run([py, os.path.join(HERE, 'proxypython.py'), p.uri, p.uri_ro], timeout=300,
                  env=client_env())
        alive = p.alive()
    problems = []
    if got.returncode != 0 or got.stdout.strip() != 'ok':
        problems.append('exit %d\n%s%s' % (got.returncode, got.stdout, got.stderr))
    if not alive:
        problems.append('virtproxyd died')
    tap.check('proxy-python', problems)


def errors(tap, virsh):
    with Virttestd(VIRTTESTD) as d, Proxy(d.root) as p:
        bogus = virsh_line(virsh, 'bogus+unix:///x?socket=' + p.sock, 'list')
        qemu = virsh_line(virsh, 'qemu+unix:///system?socket=' + p.sock, 'list')
        d.stop()
        down = virsh_line(virsh, p.uri, 'list')
        alive = p.alive()
    problems = []
    if bogus.returncode == 0 or 'error: no connection driver available for bogus:///x\n' \
            not in bogus.stderr:
        problems.append('unknown scheme: %s' % bogus.stderr)
    want = "backend socket '%s' is not available" % os.path.join(d.root, 'run', 'libvirt',
                                                                 'virtqemud-sock')
    if qemu.returncode == 0 or want not in qemu.stderr:
        problems.append('qemu without virtqemud: %s' % qemu.stderr)
    want = "backend socket '%s' is not available" % os.path.join(d.root, 'run', 'libvirt',
                                                                 'virttestd-sock')
    if down.returncode == 0 or want not in down.stderr or \
            'no connection driver available for' not in down.stderr:
        problems.append('backend down: %s' % down.stderr)
    if not alive:
        problems.append('virtproxyd died')
    tap.check('proxy-errors', problems)


def frame(sock, prog, proc, serial, payload=b''):
    sock.sendall(struct.pack('>IIIiIII', 28 + len(payload), prog, 1, proc, 0, serial, 0) + payload)


def read_exactly(sock, n):
    data = b''
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def read_frame(sock):
    """(header tuple, payload) of the next frame, or None at EOF."""
    head = read_exactly(sock, 4)
    rest = head and read_exactly(sock, struct.unpack('>I', head)[0] - 4)
    if rest is None:
        return None
    data = head + rest
    return struct.unpack('>IIIiIII', data[:28]), data[28:]


def xdr_string(text):
    raw = text.encode()
    return struct.pack('>II', 1, len(raw)) + raw + b'\0' * (-len(raw) % 4)


def backend_death(tap, virsh):
    """A killed backend ends its sessions; the proxy serves once it is back."""
    remote = 0x20008086
    problems = []
    with Virttestd(VIRTTESTD) as d, Proxy(d.root) as p:
        s = socket.socket(socket.AF_UNIX)
        s.settimeout(10)
        s.connect(p.sock)
        frame(s, remote, 66, 0)
        frame(s, remote, 1, 1, xdr_string('test:///default') + struct.pack('>I', 0))
        replies = [read_frame(s), read_frame(s)]
        if any(r is None or r[0][6] != 0 for r in replies):
            problems.append('handshake failed: %r' % replies)
        d.proc.kill()
        d.proc.wait()
        try:
            eof = read_frame(s) is None
        except socket.timeout:
            eof = False
        if not eof:
            problems.append('the session did not end with the backend')
        s.close()
        d.logf.close()
        d.proc = None
        d.start()
        p.proc.send_signal(signal.SIGHUP)  # ignored: nothing to reload yet
        time.sleep(0.2)
        again = virsh_line(virsh, p.uri, 'list --name')
        if again.stdout.split() != ['test']:
            problems.append('not served after the restart: %s %s' % (again.stdout, again.stderr))
        if not p.alive():
            problems.append('virtproxyd died')
    tap.check('proxy-backend-restart', problems)


def xdr_opt_string(payload, off):
    """(text or None, next offset) of an optional XDR string at off."""
    present, = struct.unpack('>I', payload[off:off + 4])
    if not present:
        return None, off + 4
    n, = struct.unpack('>I', payload[off + 4:off + 8])
    return payload[off + 8:off + 8 + n].decode(), off + 8 + ((n + 3) & ~3)


def preopen(tap):
    """The proxy's own answers before CONNECT_OPEN, then pipelined calls."""
    remote, keepalive = 0x20008086, 0x6b656570
    problems = []
    with Virttestd(VIRTTESTD) as d, Proxy(d.root) as p:
        s = socket.socket(socket.AF_UNIX)
        s.settimeout(10)
        s.connect(p.sock)
        frame(s, remote, 66, 0)
        head, body = read_frame(s)
        if head[3:] != (66, 1, 0, 0) or body != struct.pack('>II', 1, 0):
            problems.append('AUTH_LIST: %r %r' % (head, body))
        frame(s, remote, 60, 1, struct.pack('>i', 10))
        head, body = read_frame(s)
        if head[5:] != (1, 0) or body != struct.pack('>i', 1):
            problems.append('feature 10: %r %r' % (head, body))
        s.sendall(struct.pack('>IIIiIII', 28, keepalive, 1, 1, 2, 0, 0))
        head, body = read_frame(s)
        if head[:5] != (28, keepalive, 1, 2, 2):
            problems.append('PING: %r' % (head,))
        frame(s, remote, 3, 7)  # CONNECT_GET_TYPE before the open
        head, body = read_frame(s)
        code, domain = struct.unpack('>ii', body[:8])
        msg, _ = xdr_opt_string(body, 8)
        if head[5:] != (7, 1) or (code, domain, msg) != (
                1, 7, 'internal error: hypervisor connection not open'):
            problems.append('call before open: %r %r' % (head, (code, domain, msg)))
        frame(s, remote, 1, 2, xdr_string('test:///default') + struct.pack('>I', 0))
        head, body = read_frame(s)
        if head[3:] != (1, 1, 2, 0):
            problems.append('CONNECT_OPEN: %r %r' % (head, body))
        # a CALL_WITH_FDS (DOMAIN_CREATE_XML_WITH_FILES, one fd sent with
        # SCM_RIGHTS after the frame): the backend must get the fd and
        # answer (virttestd: NO_SUPPORT, after receiving the fd; a
        # byte-only relay would lose it and the backend would drop the
        # connection); then the session still works
        xml = open(os.path.join(DATA, 'domain.xml')).read().encode()
        args = struct.pack('>II', 1, len(xml)) + xml + b'\0' * (-len(xml) % 4)
        args += struct.pack('>I', 0)
        s.sendall(struct.pack('>IIIiIII', 32 + len(args), remote, 1, 309, 4, 3, 0) +
                  struct.pack('>I', 1) + args)
        r, w = os.pipe()
        socket.send_fds(s, [b'\0'], [r])
        os.close(r)
        os.close(w)
        got = read_frame(s)
        if got is None or got[0][3] != 309 or got[0][4] not in (1, 5) or got[0][5] != 3:
            problems.append('CALL_WITH_FDS: %r' % (got and got[0],))
        frame(s, remote, 4, 4)
        got = read_frame(s)
        if got is None or got[0][3:] != (4, 1, 4, 0):
            problems.append('call after CALL_WITH_FDS: %r' % (got and got[0],))
        # 60000 pipelined CONNECT_GET_VERSION calls (1.7 MB, more than the
        # proxy queues per side) written by a thread while this one reads
        # slowly at first: every reply arrives, in order (back-pressure)
        calls = b''.join(struct.pack('>IIIiIII', 28, remote, 1, 4, 0, 100 + i, 0)
                         for i in range(PIPELINED))
        sender = threading.Thread(target=s.sendall, args=(calls,))
        sender.start()
        time.sleep(1)
        serials = []
        for _ in range(PIPELINED):
            r = read_frame(s)
            if r is None:
                break
            serials.append(r[0][5])
        if serials != list(range(100, 100 + PIPELINED)):
            problems.append('pipelined replies: %d, first wrong at %r' % (
                len(serials), next((i for i, v in enumerate(serials) if v != 100 + i), None)))
        sender.join()
        frame(s, remote, 2, 5000)  # CONNECT_CLOSE: reply, then EOF
        head, _ = read_frame(s)
        if head[3:] != (2, 1, 5000, 0) or read_frame(s) is not None:
            problems.append('CONNECT_CLOSE: %r' % (head,))
        s.close()
    tap.check('proxy-preopen-pipeline', problems)


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def tcp(tap, virsh):
    """listen_tcp = 1: plain TCP on loopback, routed like the UNIX socket."""
    port = free_port()
    with Virttestd(VIRTTESTD) as d, \
            Proxy(d.root, 'listen_tcp = 1\ntcp_port = "%d"\n' % port) as p:
        got = virsh_line(virsh, 'test+tcp://127.0.0.1:%d/default' % port, 'list --name')
        alive = p.alive()
    problems = []
    if got.returncode != 0 or got.stdout.split() != ['test']:
        problems.append('exit %d: %s %s' % (got.returncode, got.stdout, got.stderr))
    if not alive:
        problems.append('virtproxyd died')
    tap.check('proxy-tcp', problems)


def overrides(tap, virsh):
    """route_test to a second virttestd; route_qemu to a virttestd socket."""
    dom = os.path.join(DATA, 'domain.xml')
    with Virttestd(VIRTTESTD) as a, Virttestd(VIRTTESTD) as b:
        conf = 'route_test = "%s"\nroute_qemu = "%s"\n' % (b.sock, a.sock)
        with Proxy(a.root, conf) as p:
            define = virsh_line(virsh, p.uri, 'define ' + dom)
            in_a = virsh_line(virsh, a.uri, 'list --all --name')
            in_b = virsh_line(virsh, b.uri, 'list --all --name')
            qemu = virsh_line(virsh, 'qemu+unix:///system?socket=' + p.sock, 'list')
    problems = []
    if define.returncode != 0:
        problems.append('define failed: %s' % define.stderr)
    if in_a.stdout.split() != ['test'] or sorted(in_b.stdout.split()) != ['guest1', 'test']:
        problems.append('route_test not followed: a=%r b=%r' % (in_a.stdout, in_b.stdout))
    # virttestd's own refusal of qemu:///system: the open reached it
    if qemu.stderr != ('error: failed to connect to the hypervisor\n'
                       'error: no connection driver available for qemu:///system\n'):
        problems.append('route_qemu not followed: %r' % qemu.stderr)
    tap.check('proxy-route-overrides', problems)


def fd_count(pid):
    return len(os.listdir('/proc/%d/fd' % pid))


def open_session(path, keepalive=False):
    """A raw client through the proxy: AUTH_LIST, feature 10, CONNECT_OPEN."""
    s = socket.socket(socket.AF_UNIX)
    s.settimeout(10)
    s.connect(path)
    frame(s, REMOTE, 66, 0)
    replies = [read_frame(s)]
    if keepalive:
        frame(s, REMOTE, 60, 1, struct.pack('>i', 10))
        replies.append(read_frame(s))
    frame(s, REMOTE, 1, 2, xdr_string('test:///default') + struct.pack('>I', 0))
    replies.append(read_frame(s))
    if any(r is None or r[0][6] != 0 for r in replies):
        raise RuntimeError('handshake failed: %r' % replies)
    return s


def get_type(s, serial):
    """CONNECT_GET_TYPE on session s: the type string, or a problem text."""
    try:
        frame(s, REMOTE, 3, serial)
        got = read_frame(s)
    except OSError as e:
        return 'error %s' % e
    while got is not None and got[0][1] == 0x6b656570:  # keepalive PING: skip
        got = read_frame(s)
    if got is None or got[0][3:] != (3, 1, serial, 0):
        return 'bad reply %r' % (got and got[0],)
    return xdr_opt_string(b'\0\0\0\1' + got[1], 0)[0]


def handoff_restart(tap):
    """10 handed-off sessions: no proxy fd, and they outlive a proxy restart."""
    problems = []
    with Virttestd(VIRTTESTD) as d, Proxy(d.root) as p:
        time.sleep(0.2)
        before = fd_count(p.proc.pid)
        sessions = [open_session(p.sock, keepalive=(i % 2 == 0)) for i in range(10)]
        time.sleep(0.2)
        after = fd_count(p.proc.pid)
        if abs(after - before) > 1:
            problems.append('proxy fds: %d before, %d with 10 handed-off sessions'
                            % (before, after))
        status = p.stop()
        if status != 0:
            problems.append('virtproxyd exit status %r' % status)
        p.__enter__()
        for i, s in enumerate(sessions):
            got = get_type(s, 10 + i)
            if got != 'TEST':
                problems.append('session %d after the restart: %r' % (i, got))
        ro = open_session(p.sock_ro)
        if get_type(ro, 5) != 'TEST':
            problems.append('read-only session after the restart failed')
        for s in sessions + [ro]:
            s.close()
    tap.check('proxy-handoff-restart', problems)


def handoff_fallback(tap):
    """A route whose socket has no handoff sibling is forwarded (2 proxy fds)."""
    problems = []
    with Virttestd(VIRTTESTD) as d:
        link = os.path.join(d.root, 'backend.socket')
        os.symlink(d.sock, link)
        with Proxy(d.root, 'route_test = "%s"\n' % link) as p:
            time.sleep(0.2)
            before = fd_count(p.proc.pid)
            s = open_session(p.sock)
            after = fd_count(p.proc.pid)
            got = get_type(s, 7)
            s.close()
    if got != 'TEST':
        problems.append('forwarded session: %r' % got)
    if after - before != 2:
        problems.append('proxy fds: %d before, %d with a forwarded session' % (before, after))
    tap.check('proxy-handoff-fallback', problems)


def handoff_refused(tap):
    """A handoff socket answering 4 (refused): the message is right, the
    session is forwarded instead and the client does not notice."""
    problems = []
    got = {}
    with Virttestd(VIRTTESTD) as d:
        link = os.path.join(d.root, 'fake-sock-ro')
        os.symlink(d.sock_ro, link)
        ctl = socket.socket(socket.AF_UNIX)
        ctl.bind(os.path.join(d.root, 'fake-handoff-sock'))
        ctl.listen(1)
        ctl.settimeout(10)

        def serve():
            try:
                conn, _ = ctl.accept()
                conn.settimeout(10)
                data, fds, _, _ = socket.recv_fds(conn, 32, 1)
                while len(data) < 32:
                    data += conn.recv(32 - len(data))
                n, = struct.unpack('>I', data[28:32])
                pending = read_exactly(conn, n)
                got.update(header=data, pending=pending, fds=len(fds))
                for fd in fds:
                    os.close(fd)
                conn.sendall(struct.pack('>I', 4))
                conn.close()
            except OSError as e:
                got['error'] = str(e)

        server = threading.Thread(target=serve)
        server.start()
        # route_test's read-only socket is fake-sock-ro -> virttestd-sock-ro
        with Proxy(d.root, 'route_test = "%s"\n' % link[:-3]) as p:
            s = open_session(p.sock_ro, keepalive=True)
            typ = get_type(s, 9)
            s.close()
        server.join()
        ctl.close()
    if typ != 'TEST':
        problems.append('the refused session was not forwarded: %r' % typ)
    want_open = struct.pack('>IIIiIII', 28 + len(xdr_string('test:///default')) + 4,
                            REMOTE, 1, 1, 0, 2, 0) + xdr_string('test:///default') + \
        struct.pack('>I', 0)
    hdr = got.get('header', b'')
    if len(hdr) != 32 or hdr[:4] != b'MVHO' or struct.unpack('>7I', hdr[4:]) != (
            1, 32, 3, os.getuid(), os.getgid(), os.getpid(), len(want_open)):
        problems.append('header %r (%r)' % (hdr, got.get('error')))
    if got.get('pending') != want_open:
        problems.append('pending %r, want %r' % (got.get('pending'), want_open))
    if got.get('fds') != 1:
        problems.append('descriptors: %r' % got.get('fds'))
    tap.check('proxy-handoff-refused', problems)


def handoff_stalled(tap):
    """A handoff socket that never answers does not hold the proxy's loop;
    after 2 s the proxy forgets that client (its descriptor is in the
    stalled daemon's hands), which ends when that daemon drops it."""
    problems = []
    with Virttestd(VIRTTESTD) as d:
        ctl = socket.socket(socket.AF_UNIX)
        ctl.bind(os.path.join(d.root, 'stuck-handoff-sock'))
        ctl.listen(1)
        open(os.path.join(d.root, 'stuck-sock'), 'w').close()
        with Proxy(d.root, 'route_qemu = "%s"\n' % os.path.join(d.root, 'stuck-sock')) as p:
            time.sleep(0.2)
            before = fd_count(p.proc.pid)
            s = socket.socket(socket.AF_UNIX)
            s.settimeout(10)
            s.connect(p.sock)
            frame(s, REMOTE, 1, 2, xdr_string('qemu:///system') + struct.pack('>I', 0))
            time.sleep(0.2)
            start = time.time()
            other = open_session(p.sock)
            took = time.time() - start
            typ = get_type(other, 3)
            other.close()
            waiting = fd_count(p.proc.pid)
            time.sleep(2.5)
            after = fd_count(p.proc.pid)
            alive = p.alive()
            ctl.close()  # the stalled "daemon" goes: the in-flight descriptor with it
            try:
                dropped = read_frame(s) is None
            except socket.timeout:
                dropped = False
            s.close()
    if took > 1:
        problems.append('the next client waited %.1f s' % took)
    if typ != 'TEST' or not alive:
        problems.append('the proxy did not go on: %r alive=%r' % (typ, alive))
    if waiting != before + 2 or after != before:
        problems.append('proxy fds: %d before, %d waiting, %d after the deadline'
                        % (before, waiting, after))
    if not dropped:
        problems.append('the stalled client did not end with the stalled daemon')
    tap.check('proxy-handoff-stalled', problems)


def run_all(tap, virsh):
    if virsh:
        scenarios(tap, virsh)
        events(tap, virsh)
        readonly(tap, virsh)
        errors(tap, virsh)
        backend_death(tap, virsh)
        overrides(tap, virsh)
        tcp(tap, virsh)
    preopen(tap)
    python(tap)


def main():
    tap = Tap()
    virsh = shutil.which('virsh')
    if not virsh:
        tap.check('virsh', [], skip='virsh (Debian package libvirt-clients) is not installed')
    MODE['handoff'] = True
    run_all(tap, virsh)
    handoff_restart(tap)
    handoff_fallback(tap)
    handoff_refused(tap)
    handoff_stalled(tap)
    MODE['handoff'] = False
    run_all(ModeTap(tap, 'proxy-fwd-'), virsh)
    return tap.emit()


if __name__ == '__main__':
    sys.exit(main())
