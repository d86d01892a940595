#!/usr/bin/python3
"""wiretest: raw frames against virttestd, written from the protocol facts
(docs: wire-protocol.md), independently of our C code.

Bad input: frames shorter than the header or longer than the limit, an
unknown program, version or procedure, truncated and trailing XDR, a
second CONNECT_OPEN, calls before CONNECT_OPEN, a client that disconnects
mid-frame, 1,000 clients connecting at once. Each gets libvirt's answer
(an error reply, or the connection closed for that client alone) and the
daemon keeps serving everyone else.

Keepalive: the daemon answers PING at any time; after a client asked
feature 10 the daemon pings it when idle and drops it when it stops
answering (interval x count, from the daemon's config); a virsh-like
client that answers stays connected across 30 s of idleness.

usage: wiretest.py VIRTTESTD [--quick]   (--quick: no 30 s idle case)
Prints TAP.
"""
import os
import resource
import socket
import struct
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from interoputil import Tap, Virttestd  # noqa: E402

VIRTTESTD = sys.argv[1]
QUICK = '--quick' in sys.argv[2:]

REMOTE, KEEPALIVE = 0x20008086, 0x6b656570
CALL, REPLY, MESSAGE = 0, 1, 2
OK, ERROR = 0, 1
AUTH_LIST, OPEN, GET_HOSTNAME, SUPPORTS_FEATURE, GET_URI, CLOSE = 66, 1, 59, 60, 110, 2
PING, PONG = 1, 2


def xstr(s):
    b = s.encode()
    return struct.pack('>I', len(b)) + b + b'\0' * (-len(b) % 4)


def frame(prog, proc, payload=b'', serial=0, mtype=CALL, status=OK, vers=1):
    body = struct.pack('>IIiiIi', prog, vers, proc, mtype, serial, status) + payload
    return struct.pack('>I', len(body) + 4) + body


class Conn:
    def __init__(self, path):
        self.s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.s.settimeout(10)
        self.s.connect(path)
        self.serial = 0

    def close(self):
        self.s.close()

    def send(self, data):
        self.s.sendall(data)

    def recv_exact(self, n):
        buf = b''
        while len(buf) < n:
            chunk = self.s.recv(n - len(buf))
            if not chunk:
                raise EOFError('connection closed')
            buf += chunk
        return buf

    def read(self):
        (length,) = struct.unpack('>I', self.recv_exact(4))
        data = self.recv_exact(length - 4)
        hdr = struct.unpack('>IIiiIi', data[:24])
        return hdr, data[24:]

    def read_reply(self):
        """Next REPLY, answering PINGs meanwhile."""
        while True:
            hdr, payload = self.read()
            if hdr[0] == KEEPALIVE and hdr[2] == PING:
                self.send(frame(KEEPALIVE, PONG, mtype=MESSAGE))
                continue
            if hdr[3] == REPLY:
                return hdr, payload

    def call(self, proc, payload=b'', prog=REMOTE, vers=1):
        self.send(frame(prog, proc, payload, self.serial, vers=vers))
        self.serial += 1
        return self.read_reply()

    def handshake(self, keepalive=False):
        self.call(AUTH_LIST)
        if keepalive:
            self.call(SUPPORTS_FEATURE, struct.pack('>i', 10))
        hdr, payload = self.call(OPEN, struct.pack('>I', 1) + xstr('test:///default')
                                 + struct.pack('>I', 0))
        return hdr[5] == OK

    def closed(self, timeout=10):
        """True if the peer closes the connection within timeout."""
        self.s.settimeout(timeout)
        try:
            while self.s.recv(65536):
                pass
            return True
        except (socket.timeout, TimeoutError):
            return False
        except OSError:
            return True


def error_of(payload):
    code, domain, has_msg = struct.unpack('>iiI', payload[:12])
    msg = ''
    if has_msg:
        (n,) = struct.unpack('>I', payload[12:16])
        msg = payload[16:16 + n].decode()
    return code, domain, msg


def expect_error(tap, name, reply, code, domain, msg):
    hdr, payload = reply
    if hdr[5] != ERROR:
        tap.check(name, ['want an error reply, got status %d' % hdr[5]])
        return
    got = error_of(payload)
    tap.check(name, [] if got == (code, domain, msg) else
              ['want %r, got %r' % ((code, domain, msg), got)])


def bad_frames(tap, d):
    c = Conn(d.sock)
    expect_error(tap, 'before-open', c.call(GET_HOSTNAME), 1, 7,
                 'internal error: hypervisor connection not open')
    expect_error(tap, 'feature-before-open', c.call(SUPPORTS_FEATURE, struct.pack('>i', 14)), 1, 7,
                 'internal error: hypervisor connection not open')
    hdr, payload = c.call(SUPPORTS_FEATURE, struct.pack('>i', 10))
    tap.check('feature-10-before-open', [] if hdr[5] == OK and payload == struct.pack('>i', 1)
              else ['got status %d payload %r' % (hdr[5], payload)])
    c.send(frame(KEEPALIVE, PING, mtype=MESSAGE))
    hdr, _ = c.read()
    tap.check('ping-before-open', [] if hdr[0] == KEEPALIVE and hdr[2] == PONG else ['got %r' % (hdr,)])
    expect_error(tap, 'unknown-program', c.call(1, prog=0x12345678), 39, 7,
                 'Cannot find program 305419896 version 1')
    expect_error(tap, 'unknown-version', c.call(1, prog=REMOTE, vers=2), 39, 7,
                 'Cannot find program 536903814 version 2')
    expect_error(tap, 'open-unknown-uri',
                 c.call(OPEN, struct.pack('>I', 1) + xstr('bogus:///x') + struct.pack('>I', 0)),
                 5, 0, 'no connection driver available for bogus:///x')
    c.close()
    c = Conn(d.sock)
    tap.check('open', [] if c.handshake() else ['CONNECT_OPEN failed'])
    expect_error(tap, 'unknown-procedure', c.call(999), 39, 7, 'unknown procedure: 999')
    expect_error(tap, 'event-procedure', c.call(318), 39, 7, 'unknown procedure: 318')
    truncated = struct.pack('>I', 1) + struct.pack('>I', 100) + b'test'
    expect_error(tap, 'truncated-xdr', c.call(OPEN, truncated), 39, 7,
                 'Unable to decode message payload')
    hdr, payload = c.call(GET_HOSTNAME, b'trailing bytes!!')
    tap.check('trailing-xdr-ignored', [] if hdr[5] == OK else
              ['status %d' % hdr[5]])
    hdr, payload = c.call(OPEN, struct.pack('>I', 1) + xstr('test:///default') + struct.pack('>I', 0))
    tap.check('second-open', [] if hdr[5] == ERROR else ['a second CONNECT_OPEN succeeded'])
    c.close()

    for name, data in [('short-frame', struct.pack('>I', 8) + b'\0' * 4),
                       ('huge-frame', struct.pack('>I', 40 * 1024 * 1024) + b'\0' * 24),
                       ('mid-frame-disconnect', frame(REMOTE, AUTH_LIST)[:15])]:
        c = Conn(d.sock)
        c.send(data)
        if name == 'mid-frame-disconnect':
            c.close()
            ok = True
        else:
            ok = c.closed()
            c.close()
        other = Conn(d.sock)
        served = other.handshake()
        other.close()
        tap.check(name, ([] if ok else ['the daemon kept the connection'])
                  + ([] if served else ['the daemon stopped serving others']))


def many_clients(tap, d, n=1000):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard < n + 100:
        tap.check('1000-clients', [], skip='RLIMIT_NOFILE hard limit %d is too low' % hard)
        return
    conns = []
    problems = []
    try:
        for _ in range(n):
            conns.append(Conn(d.sock))
        for c in conns:
            c.send(frame(REMOTE, AUTH_LIST, serial=0))
        for c in conns:
            hdr, _ = c.read_reply()
            if hdr[5] != OK:
                problems.append('AUTH_LIST failed')
                break
    except (OSError, EOFError) as e:
        problems.append('after %d clients: %s' % (len(conns), e))
    finally:
        for c in conns:
            c.close()
    other = Conn(d.sock)
    if not other.handshake():
        problems.append('the daemon stopped serving')
    other.close()
    tap.check('1000-clients', problems)


def keepalive(tap):
    conf = 'keepalive_interval = 1\nkeepalive_count = 2\n'
    with Virttestd(VIRTTESTD, conf=conf) as d:
        silent = Conn(d.sock)
        silent.handshake(keepalive=True)
        start = time.time()
        pings = 0
        silent.s.settimeout(15)
        dropped = False
        try:
            while time.time() - start < 15:
                hdr, _ = silent.read()
                if hdr[0] == KEEPALIVE and hdr[2] == PING:
                    pings += 1
        except (EOFError, OSError):
            dropped = True
        elapsed = time.time() - start
        silent.close()
        problems = []
        if not dropped:
            problems.append('a client that never answers was not dropped in 15 s')
        elif pings < 2 or elapsed > 8:
            problems.append('dropped after %.1f s and %d pings (want 2 pings, ~3 s)'
                            % (elapsed, pings))
        tap.check('keepalive-drops-silent-client', problems)

        quiet = Conn(d.sock)
        quiet.handshake(keepalive=False)
        time.sleep(4)
        hdr, _ = quiet.call(GET_HOSTNAME)
        tap.check('no-pings-without-feature-10', [] if hdr[5] == OK else ['call failed'])
        quiet.close()

    if QUICK:
        tap.check('idle-30s', [], skip='--quick')
        return
    with Virttestd(VIRTTESTD) as d:
        answering = Conn(d.sock)
        answering.handshake(keepalive=True)
        deadline = time.time() + 31
        answering.s.settimeout(1)
        problems = []
        while time.time() < deadline:
            try:
                hdr, _ = answering.read()
                if hdr[0] == KEEPALIVE and hdr[2] == PING:
                    answering.send(frame(KEEPALIVE, PONG, mtype=MESSAGE))
            except (socket.timeout, TimeoutError):
                continue
            except (EOFError, OSError) as e:
                problems.append('dropped while idle: %s' % e)
                break
        if not problems:
            answering.s.settimeout(10)
            hdr, _ = answering.call(GET_HOSTNAME)
            if hdr[5] != OK:
                problems.append('call after 30 s idle failed')
        answering.close()
        tap.check('idle-30s', problems)


def main():
    tap = Tap()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    with Virttestd(VIRTTESTD) as d:
        bad_frames(tap, d)
        many_clients(tap, d)
        tap.check('daemon-alive', [] if d.alive() else ['virttestd died:\n' + d.read_log()])
        status = d.stop()
        tap.check('clean-exit', [] if status == 0 else
                  ['exit status %r; log:\n%s' % (status, d.read_log())])
    keepalive(tap)
    return tap.emit()


if __name__ == '__main__':
    sys.exit(main())
