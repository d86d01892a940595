#!/usr/bin/python3
"""handofftest: the proxy handoff control socket of virttestd, driven from
Python as virtproxyd would drive it (docs/proxy.md, "Handoff: the control
protocol"), independently of our C code.

A socketpair stands for a client connection: one end is the "client",
the other is passed with SCM_RIGHTS over <sockdir>/virttestd-handoff-sock
together with the client's AUTH_LIST + CONNECT_OPEN frames as pending
bytes. The client end then talks to virttestd directly.

usage: handofftest.py VIRTTESTD
Prints TAP.
"""
import os
import socket
import stat
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from interoputil import Tap, Virttestd  # noqa: E402

VIRTTESTD = sys.argv[1]

REMOTE, KEEPALIVE = 0x20008086, 0x6b656570
CALL, REPLY, MESSAGE = 0, 1, 2
OK, ERROR = 0, 1
AUTH_LIST, OPEN, GET_HOSTNAME, DOMAIN_DEFINE_XML = 66, 1, 59, 11
PING, PONG = 1, 2
FLAG_READONLY, FLAG_KEEPALIVE = 1, 2
VIR_ERR_OPERATION_DENIED = 29


def xstr(s):
    b = s.encode()
    return struct.pack('>I', len(b)) + b + b'\0' * (-len(b) % 4)


def frame(prog, proc, payload=b'', serial=0, mtype=CALL, status=OK, vers=1):
    body = struct.pack('>IIiiIi', prog, vers, proc, mtype, serial, status) + payload
    return struct.pack('>I', len(body) + 4) + body


def opening_frames():
    return (frame(REMOTE, AUTH_LIST, serial=0)
            + frame(REMOTE, OPEN, struct.pack('>I', 1) + xstr('test:///default')
                    + struct.pack('>I', 0), serial=1))


def header(npending, flags=0, magic=b'MVHO', version=1):
    return magic + struct.pack('>IIIIIII', version, 32, flags, os.getuid(), os.getgid(),
                               os.getpid(), npending)


def recv_exact(s, n):
    buf = b''
    while len(buf) < n:
        chunk = s.recv(n - len(buf))
        if not chunk:
            raise EOFError('connection closed')
        buf += chunk
    return buf


def read_frame(s):
    (length,) = struct.unpack('>I', recv_exact(s, 4))
    data = recv_exact(s, length - 4)
    return struct.unpack('>IIiiIi', data[:24]), data[24:]


def read_reply(s):
    while True:
        hdr, payload = read_frame(s)
        if hdr[0] == KEEPALIVE and hdr[2] == PING:
            s.sendall(frame(KEEPALIVE, PONG, mtype=MESSAGE))
            continue
        if hdr[3] == REPLY:
            return hdr, payload


def control(path):
    c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    c.settimeout(10)
    c.connect(path)
    return c


def status_of(c):
    try:
        return struct.unpack('>I', recv_exact(c, 4))[0]
    except (EOFError, OSError):
        return None


def hand_off(ctl, flags=0, pending=None):
    """Hands a new client over; returns (status, client socket)."""
    client, passed = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(10)
    pending = opening_frames() if pending is None else pending
    socket.send_fds(ctl, [header(len(pending), flags) + pending], [passed.fileno()])
    st = status_of(ctl)
    passed.close()  # the proxy keeps nothing
    return st, client


def check_open(client):
    problems = []
    # both calls were pending at once: the replies may come in either order
    replies = sorted((read_reply(client)[0] for _ in range(2)), key=lambda h: h[4])
    if replies[0][2] != AUTH_LIST or replies[0][4] != 0 or replies[0][5] != OK:
        problems.append('AUTH_LIST reply %r' % (replies[0],))
    if replies[1][2] != OPEN or replies[1][4] != 1 or replies[1][5] != OK:
        problems.append('CONNECT_OPEN reply %r' % (replies[1],))
    client.sendall(frame(REMOTE, GET_HOSTNAME, serial=2))
    hdr, payload = read_reply(client)
    if hdr[2] != GET_HOSTNAME or hdr[5] != OK or len(payload) < 8:
        problems.append('GET_HOSTNAME reply %r' % (hdr,))
    return problems


def basic(tap, d, path):
    mode = stat.S_IMODE(os.stat(path).st_mode)
    tap.check('socket-mode-0600', [] if mode == 0o600 else ['mode %o' % mode])
    ctl = control(path)
    st, client = hand_off(ctl)
    problems = [] if st == 0 else ['control status %r' % st]
    if st == 0:
        problems += check_open(client)
    client.close()
    tap.check('handoff-get-hostname', problems)

    # several handoffs on one control connection
    problems = []
    clients = []
    for i in range(10):
        st, client = hand_off(ctl)
        if st != 0:
            problems.append('handoff %d: status %r' % (i, st))
            break
        problems += check_open(client)
        clients.append(client)
    for c in clients:
        c.close()
    tap.check('ten-handoffs-one-connection', problems)

    st, client = hand_off(ctl, flags=FLAG_READONLY)
    problems = [] if st == 0 else ['control status %r' % st]
    if st == 0:
        problems += check_open(client)
        client.sendall(frame(REMOTE, DOMAIN_DEFINE_XML,
                             xstr('<domain type="test"><name>ho</name></domain>'), serial=3))
        hdr, payload = read_reply(client)
        code = struct.unpack('>i', payload[:4])[0] if hdr[5] == ERROR else None
        if code != VIR_ERR_OPERATION_DENIED:
            problems.append('read-only define: status %d code %r' % (hdr[5], code))
    client.close()
    ctl.close()
    tap.check('handoff-readonly', problems)


def bad(tap, d, path):
    for name, hdr, want in (('bad-magic', header(0, magic=b'XXXX'), 1),
                            ('bad-version', header(0, version=7), 2),
                            ('oversized-pending', header(32 * 1024 * 1024 + 5), 1)):
        ctl = control(path)
        client, passed = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        socket.send_fds(ctl, [hdr], [passed.fileno()])
        st = status_of(ctl)
        closed = status_of(ctl) is None
        problems = [] if st == want else ['status %r, want %d' % (st, want)]
        if not closed:
            problems.append('control connection kept')
        tap.check(name, problems)
        ctl.close()
        client.close()
        passed.close()
    ctl = control(path)
    st, client = hand_off(ctl)
    tap.check('serves-after-bad', ([] if st == 0 else ['status %r' % st])
              + (check_open(client) if st == 0 else []))
    client.close()
    ctl.close()


def main():
    tap = Tap()
    with Virttestd(VIRTTESTD) as d:
        path = os.path.join(os.path.dirname(d.sock), 'virttestd-handoff-sock')
        if not os.path.exists(path):
            tap.check('handoff-socket', ['%s missing' % path])
            return tap.emit()
        basic(tap, d, path)
        bad(tap, d, path)
        tap.check('daemon-alive', [] if d.alive() else ['virttestd died:\n' + d.read_log()])
        status = d.stop()
        tap.check('clean-exit', [] if status == 0 else
                  ['exit status %r; log:\n%s' % (status, d.read_log())])
        tap.check('socket-removed', [] if not os.path.exists(path) else ['%s left' % path])
    return tap.emit()


if __name__ == '__main__':
    sys.exit(main())
