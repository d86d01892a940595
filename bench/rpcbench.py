#!/usr/bin/python3
"""RPC benchmark: modvirt's virttestd against Debian's libvirtd, one run.

Both daemons serve test+unix:///default?socket=... from a private temporary
directory; the same python3-libvirt client code drives both, interleaved
(A B, B A, ... rounds, so machine noise hits both alike). Two modes: pinned
(client and both daemons on CPU 0: per-call cost without cross-core
wake-ups) and unpinned (every CPU). For each figure the table gives the
median for libvirtd, for modvirt, the ratio modvirt/libvirtd and the goal
(reported, never asserted).

libvirtd is Debian's, started by hand without systemd:
  --libvirtd stock    (default) as installed, every driver module it finds,
                      in a private mount namespace: private /run/libvirt,
                      /etc/libvirt (qemu.conf: user/group root, security
                      driver none), /var/{lib,cache,log}/libvirt and, when
                      the system has no libvirt-qemu user or group, a
                      private /etc/passwd and /etc/group that add them.
                      Nothing outside the temporary directory is written.
  --libvirtd minimal  LIBVIRT_DRIVER_DIR points at an empty directory: only
                      the drivers built into libvirt.so (test, remote).
Neither needs virtlogd: it is only used when a QEMU guest starts.

usage: bench/run [--quick] [--check] [--mode both|pinned|unpinned]
                 [--libvirtd stock|minimal] [--no-build] [--no-install]
                 [--time-limit SECONDS] [BUILDDIR]

BUILDDIR (default build/) is set up with meson if missing and brought up
to date with ninja; its src/daemon/virttestd is our daemon. --quick runs
small iteration counts (under a minute); --check exits 1 unless both
daemons answered every figure in every mode. Run as root (apt-get, the
mount namespace); as another user only --libvirtd minimal works (untested).
"""
import argparse
import ctypes
import grp
import importlib
import importlib.util
import json
import math
import multiprocessing
import os
import pwd
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIBVIRTD = '/usr/sbin/libvirtd'
DOMAIN_XML = ("<domain type='test'><name>%s</name><memory unit='KiB'>8192</memory>"
              "<vcpu>1</vcpu><os><type>hvm</type></os></domain>")
CONNS = (1, 4, 16, 64)
NAMES = ('libvirtd', 'modvirt')

# Iteration counts: calls per batch (per round and daemon), rounds, seconds
# per throughput window, and the time limit of the measuring phase.
QUICK = dict(rounds=2, connect=20, version=300, lookup=150, list1=60, list100=15,
             list1000=3, define=30, tp_seconds=0.25, tp_rounds=1, deadline=150)
FULL = dict(rounds=10, connect=100, version=2000, lookup=1000, list1=400, list100=100,
            list1000=10, define=200, tp_seconds=0.5, tp_rounds=9, deadline=1200)

LE, GE = '<=', '>='
# key, label, goal (op, ratio modvirt/libvirtd) or None
ROWS = [
    ('connect', 'connect+close, median us', (LE, 0.4)),
    ('version', 'getVersion, median us', (LE, 0.4)),
    ('version_p99', 'getVersion, p99 us', None),
    ('lookup', 'lookupByName+info, median us', (LE, 0.4)),
    ('list1', 'listAllDomains 1 dom, median us', (LE, 0.4)),
    ('list100', 'listAllDomains 100 doms, median us', (LE, 0.4)),
    ('list1000', 'listAllDomains 1000 doms, median us', (LE, 0.4)),
    ('define', 'defineXML, median us', (LE, 0.4)),
] + [('tp%d' % k, 'calls/s, %d connection%s' % (k, 's' if k > 1 else ''), (GE, 2.5))
     for k in CONNS] + [
    ('cpu_call', 'daemon CPU per call, us', None),
    ('client_cpu', 'client CPU per call, us', None),
    ('rss_idle', 'RSS idle, MiB', (LE, 0.2)),
    ('rss_1000', 'RSS with 1000 domains, MiB', None),
]

libvirt = None  # imported once the packages are in place


class BenchError(Exception):
    """A figure could not be measured (wrong answer, worker failure)."""


class DaemonError(Exception):
    """A daemon could not be started."""


def log(msg):
    sys.stderr.write('bench: %s\n' % msg)
    sys.stderr.flush()


def cpulist(cpus):
    return ','.join(str(c) for c in sorted(cpus))


# ---------------------------------------------------------------- setup

def ensure_packages(allow_install):
    """Installs what the benchmark needs with apt-get when missing."""
    need = []
    if not os.access(LIBVIRTD, os.X_OK):
        need.append('libvirt-daemon')
    if importlib.util.find_spec('libvirt') is None:
        need.append('python3-libvirt')
    if not all(shutil.which(t) for t in ('taskset', 'unshare', 'setpriv')):
        need.append('util-linux')
    if need:
        if not allow_install or os.geteuid() != 0:
            raise SystemExit('bench: missing packages: %s (install them as root)' % ' '.join(need))
        log('installing %s' % ' '.join(need))
        cmd = ['apt-get', 'install', '-y', '--no-install-recommends'] + need
        env = dict(os.environ, DEBIAN_FRONTEND='noninteractive')
        if subprocess.run(cmd, env=env, timeout=900).returncode != 0:
            subprocess.run(['apt-get', 'update'], env=env, timeout=900)
            if subprocess.run(cmd, env=env, timeout=900).returncode != 0:
                raise SystemExit('bench: apt-get install %s failed' % ' '.join(need))
        importlib.invalidate_caches()
    global libvirt
    libvirt = importlib.import_module('libvirt')
    libvirt.registerErrorHandler(lambda *a: None, None)


def ensure_build(builddir, build):
    """Returns (path of virttestd or None, reason when None)."""
    binary = os.path.join(builddir, 'src', 'daemon', 'virttestd')
    if not build:
        return (binary, None) if os.access(binary, os.X_OK) else (None, '%s not built' % binary)
    steps = []
    if not os.path.isdir(builddir):
        steps.append(['meson', 'setup', builddir])
    steps.append(['ninja', '-C', builddir, 'src/daemon/virttestd'])
    for step in steps:
        log('running %s' % ' '.join(step))
        try:
            p = subprocess.run(step, cwd=ROOT, capture_output=True, text=True, timeout=1800)
        except (OSError, subprocess.TimeoutExpired) as e:
            p = subprocess.CompletedProcess(step, -1, '', str(e))
        if p.returncode != 0:
            tail = '\n'.join((p.stdout + p.stderr).strip().splitlines()[-15:])
            if os.access(binary, os.X_OK):
                log('%s failed; using the existing %s\n%s' % (step[0], binary, tail))
                return binary, None
            return None, '%s failed:\n%s' % (' '.join(step), tail)
    if not os.access(binary, os.X_OK):
        return None, '%s was not built (src/testd/virttestd.c missing?)' % binary
    return binary, None


# ---------------------------------------------------------------- daemons

def daemon_env(extra=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith('LIBVIRT_')}
    env['LC_ALL'] = 'C'
    env.update(extra or {})
    return env


class Daemon:
    """A daemon under a private work directory; dies with this process."""
    name = ''

    def __init__(self, workdir, cpus):
        self.workdir = workdir
        self.cpus = cpus
        self.proc = None
        self.sock = None
        self.log = os.path.join(workdir, 'daemon.log')
        os.makedirs(workdir, exist_ok=True)

    def uri(self):
        return 'test+unix:///default?socket=' + self.sock

    def spawn(self, argv, env):
        # setpriv: killed if we die; taskset: the CPU set of this mode.
        cmd = ['setpriv', '--pdeathsig', 'KILL', 'taskset', '-c', cpulist(self.cpus)] + argv
        with open(self.log, 'ab') as logf:
            self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=logf,
                                         stderr=subprocess.STDOUT, env=env, cwd=self.workdir,
                                         start_new_session=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if os.path.exists(self.sock):
                return
            if self.proc.poll() is not None:
                raise DaemonError('exited with status %d\n%s' % (self.proc.returncode,
                                                                 self.log_tail()))
            time.sleep(0.02)
        raise DaemonError('no socket %s after 30 s\n%s' % (self.sock, self.log_tail()))

    def log_tail(self, lines=15):
        try:
            with open(self.log, errors='replace') as f:
                return ''.join(f.readlines()[-lines:])
        except OSError:
            return ''

    def rss_kib(self):
        with open('/proc/%d/status' % self.proc.pid) as f:
            for line in f:
                if line.startswith('VmRSS:'):
                    return int(line.split()[1])
        raise BenchError('no VmRSS for pid %d' % self.proc.pid)

    def cpu_ns(self):
        """CPU time of all the daemon's threads so far, in ns."""
        total = 0
        taskdir = '/proc/%d/task' % self.proc.pid
        for tid in os.listdir(taskdir):
            try:
                with open(os.path.join(taskdir, tid, 'schedstat')) as f:
                    total += int(f.read().split()[0])
            except (OSError, ValueError, IndexError):
                pass  # the thread just exited
        return total

    def stop(self, kill=False):
        if self.proc is None or self.proc.poll() is not None:
            return
        if kill:
            self.proc.kill()
        else:
            self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)


def private_user_files(nsdir):
    """Copies of /etc/passwd and /etc/group adding libvirt-qemu where the
    system lacks it; returns [(copy, target)] to bind-mount."""
    binds = []
    try:
        gid = grp.getgrnam('libvirt-qemu').gr_gid
    except KeyError:
        gid = next(g for g in range(64055, 65000) if not _exists(grp.getgrgid, g))
        binds.append((_copy_add(nsdir, '/etc/group', 'libvirt-qemu:x:%d:\n' % gid), '/etc/group'))
    try:
        pwd.getpwnam('libvirt-qemu')
    except KeyError:
        uid = next(u for u in range(64055, 65000) if not _exists(pwd.getpwuid, u))
        line = 'libvirt-qemu:x:%d:%d:Libvirt Qemu:/var/lib/libvirt:/usr/sbin/nologin\n' % (uid, gid)
        binds.append((_copy_add(nsdir, '/etc/passwd', line), '/etc/passwd'))
    return binds


def _exists(lookup, num):
    try:
        lookup(num)
        return True
    except KeyError:
        return False


def _copy_add(nsdir, path, line):
    copy = os.path.join(nsdir, os.path.basename(path))
    with open(path) as f:
        text = f.read()
    with open(copy, 'w') as f:
        f.write(text + ('' if text.endswith('\n') else '\n') + line)
    return copy


def namespace_prefix(workdir):
    """argv prefix running a command in a private mount namespace where
    every place libvirtd writes to is a directory under workdir."""
    nsdir = os.path.join(workdir, 'ns')
    binds = []
    for target in ('/run/libvirt', '/etc/libvirt', '/var/lib/libvirt', '/var/cache/libvirt',
                   '/var/log/libvirt'):
        src = os.path.join(nsdir, target.strip('/').replace('/', '-'))
        os.makedirs(src)
        if not os.path.isdir(target):
            if target == '/etc/libvirt':
                raise DaemonError('/etc/libvirt is missing: use --libvirtd minimal')
            # Hide the parent instead (for /run: all of it, for libvirtd only).
            target = os.path.dirname(target)
        binds.append((src, target))
    with open(os.path.join(nsdir, 'etc-libvirt', 'qemu.conf'), 'w') as f:
        f.write('user = "root"\ngroup = "root"\nsecurity_driver = "none"\n')
    binds += private_user_files(nsdir)
    script = 'set -e\n' + ''.join('mount --bind "%s" "%s"\n' % b for b in binds) + 'exec "$@"\n'
    return ['unshare', '--mount', '--propagation', 'private', 'sh', '-c', script, 'sh']


class Libvirtd(Daemon):
    """Debian's libvirtd on a private socket directory."""
    name = 'libvirtd'

    def __init__(self, workdir, cpus, flavor):
        super().__init__(workdir, cpus)
        self.flavor = flavor

    def start(self):
        run = os.path.join(self.workdir, 'run')
        os.makedirs(run)
        self.sock = os.path.join(run, 'libvirt-sock')
        conf = os.path.join(self.workdir, 'libvirtd.conf')
        with open(conf, 'w') as f:
            f.write('unix_sock_dir = "%s"\nauth_unix_rw = "none"\nauth_unix_ro = "none"\n'
                    'log_outputs = "3:file:%s"\n'
                    % (run, os.path.join(self.workdir, 'libvirtd.log')))
        argv = [LIBVIRTD, '-f', conf, '-p', os.path.join(self.workdir, 'libvirtd.pid')]
        env = daemon_env()
        if self.flavor == 'minimal':
            empty = os.path.join(self.workdir, 'no-driver-modules')
            os.makedirs(empty)
            env['LIBVIRT_DRIVER_DIR'] = empty
            for var, sub in (('HOME', 'home'), ('XDG_CONFIG_HOME', 'config'),
                             ('XDG_CACHE_HOME', 'cache'), ('XDG_RUNTIME_DIR', 'xdgrun')):
                env[var] = os.path.join(self.workdir, sub)
                os.makedirs(env[var], mode=0o700)
        else:
            argv = namespace_prefix(self.workdir) + argv
        try:
            self.spawn(argv, env)
        except DaemonError as e:
            if self.flavor == 'minimal':
                raise
            raise DaemonError('%s\n(--libvirtd minimal needs no mount namespace)' % e) from e

    def log_tail(self, lines=15):
        text = super().log_tail(lines)
        try:
            with open(os.path.join(self.workdir, 'libvirtd.log'), errors='replace') as f:
                text += ''.join(f.readlines()[-lines:])
        except OSError:
            pass
        return text


class Virttestd(Daemon):
    """Our virttestd under a private root directory."""
    name = 'modvirt'

    def __init__(self, workdir, cpus, binary, why):
        super().__init__(workdir, cpus)
        self.binary = binary
        self.why = why

    def start(self):
        if self.binary is None:
            raise DaemonError(self.why)
        confdir = os.path.join(self.workdir, 'etc', 'libvirt')
        os.makedirs(confdir)
        with open(os.path.join(confdir, 'virttestd.conf'), 'w'):
            pass
        self.sock = os.path.join(self.workdir, 'run', 'libvirt', 'virttestd-sock')
        self.spawn([self.binary, '--root', self.workdir], daemon_env())


# ---------------------------------------------------------------- clients

def _worker(pipe):
    """One client process of the throughput figures: opens a connection,
    waits for the start time, calls until the end time, reports."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    lv = importlib.import_module('libvirt')
    lv.registerErrorHandler(lambda *a: None, None)
    conn = None
    while True:
        msg = pipe.recv()
        if msg[0] == 'quit':
            return
        if msg[0] == 'open':
            os.sched_setaffinity(0, msg[2])
            try:
                conn = lv.open(msg[1])
                conn.lookupByName('test')
                pipe.send(('ready',))
            except lv.libvirtError as e:
                conn = None
                pipe.send(('error', str(e)))
            continue
        _, t_start, t_end = msg
        count, err = 0, None
        delay = t_start - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        cpu0 = time.process_time_ns()
        try:
            while conn is not None and time.monotonic() < t_end:
                conn.getVersion()
                conn.lookupByName('test').info()
                count += 3
        except lv.libvirtError as e:
            err = str(e)
        end = time.monotonic()
        cpu = time.process_time_ns() - cpu0
        if conn is not None:
            try:
                conn.close()
            except lv.libvirtError:
                pass
        conn = None
        pipe.send(('done', count, end, err, cpu))


class WorkerPool:
    """max(CONNS) client processes, forked before libvirt is used here."""

    def __init__(self, n):
        ctx = multiprocessing.get_context('fork')
        self.workers = []
        for _ in range(n):
            ours, theirs = ctx.Pipe()
            p = ctx.Process(target=_worker, args=(theirs,), daemon=True)
            p.start()
            theirs.close()
            self.workers.append((p, ours))

    @staticmethod
    def _recv(pipe, timeout):
        try:
            if pipe.poll(timeout):
                return pipe.recv()
        except (EOFError, OSError) as e:
            raise BenchError('a client process died: %s' % (e or 'end of file')) from e
        raise BenchError('a client process did not answer within %d s' % timeout)

    def throughput(self, uri, k, cpus, seconds, cpu_ns):
        """Returns (total calls per second of k connections, one per
        process; calls; daemon CPU ns spent, from cpu_ns(); client CPU ns)."""
        ws = self.workers[:k]
        for _, pipe in ws:
            pipe.send(('open', uri, cpus))
        errors = [r[1] for r in (self._recv(pipe, 60) for _, pipe in ws) if r[0] != 'ready']
        cpu0 = cpu_ns()
        t_start = time.monotonic() + 0.05
        t_end = t_start + (0 if errors else seconds)
        for _, pipe in ws:
            pipe.send(('go', t_start, t_end))
        done = [self._recv(pipe, seconds + 60) for _, pipe in ws]
        cpu = cpu_ns() - cpu0
        errors += [d[3] for d in done if d[3]]
        if errors:
            raise BenchError(errors[0])
        calls = sum(d[1] for d in done)
        return (calls / (max(d[2] for d in done) - t_start), calls, cpu,
                sum(d[4] for d in done))

    def kill(self):
        for p, pipe in self.workers:
            if p.is_alive():
                p.kill()
            pipe.close()
        for p, _ in self.workers:
            p.join(5)
        self.workers = []

    def quit(self):
        for p, pipe in self.workers:
            try:
                pipe.send(('quit',))
            except OSError:
                pass
        for p, _ in self.workers:
            p.join(5)
        self.kill()


# ---------------------------------------------------------------- cleanup

class Cleanup:
    """Stops everything this run started; safe to call twice, from the
    watchdog thread or the main thread."""

    def __init__(self, top):
        self.top = top
        self.lock = threading.Lock()
        self.daemons = []
        self.pool = None
        self.done = False

    def run(self, abort=False):
        with self.lock:
            if self.done:
                return
            self.done = True
            if self.pool is not None:
                self.pool.kill()
            for d in self.daemons:
                d.stop(kill=abort)
            shutil.rmtree(self.top, ignore_errors=True)


def start_watchdog(cleanup, seconds):
    """Ctrl-C, SIGTERM, SIGHUP or the time limit: stop everything, exit.
    A thread does it, so a client call blocked on a hung daemon cannot
    delay it (killing the daemons unblocks the call)."""
    rfd, wfd = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, lambda *a: None)
    signal.set_wakeup_fd(wfd)
    deadline = time.monotonic() + seconds

    def watch():
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                why, status = 'time limit of %d s reached' % seconds, 124
                break
            if select.select([rfd], [], [], left)[0]:
                data = os.read(rfd, 16)
                if data:
                    why, status = 'signal %d' % data[0], 128 + data[0]
                    break
        log('stopping (%s); cleaning up' % why)
        cleanup.run(abort=True)
        os._exit(status)

    threading.Thread(target=watch, daemon=True).start()


# ---------------------------------------------------------------- figures

class Ctx:
    """One daemon's side of a mode: its bench connection and state."""

    def __init__(self, daemon, conn):
        self.daemon = daemon
        self.conn = conn
        self.uri = daemon.uri()
        self.count = len(conn.listAllDomains(0))


def timed(n, call):
    out = []
    for _ in range(n):
        t0 = time.perf_counter_ns()
        call()
        out.append(time.perf_counter_ns() - t0)
    return out


def fig_connect(ctx, n):
    def once():
        libvirt.open(ctx.uri).close()
    return timed(n, once)


def fig_version(ctx, n):
    if ctx.conn.getVersion() <= 0:
        raise BenchError('getVersion returned no version')
    return timed(n, ctx.conn.getVersion)


def fig_lookup(ctx, n):
    if len(ctx.conn.lookupByName('test').info()) != 5:
        raise BenchError('info() did not return 5 fields')
    return timed(n, lambda: ctx.conn.lookupByName('test').info())


def fig_list(ctx, n):
    got = len(ctx.conn.listAllDomains(0))
    if got != ctx.count:
        raise BenchError('listAllDomains returned %d domains, expected %d' % (got, ctx.count))
    return timed(n, lambda: ctx.conn.listAllDomains(0))


def fig_define(ctx, n):
    out = []
    for i in range(n):
        xml = DOMAIN_XML % ('bench-def-%d' % i)
        t0 = time.perf_counter_ns()
        dom = ctx.conn.defineXML(xml)
        out.append(time.perf_counter_ns() - t0)
        if dom.name() != 'bench-def-%d' % i:
            raise BenchError('defineXML returned domain %s' % dom.name())
        dom.undefine()
    return out


def populate(ctx, total):
    """Defines domains until the daemon holds total of them."""
    for i in range(ctx.count, total):
        ctx.conn.defineXML(DOMAIN_XML % ('bench-%04d' % i))
    ctx.count = max(ctx.count, total)


def interleave(ctxs, fn, rounds, n):
    """Runs fn(ctx, n) rounds times per daemon, alternating the order;
    returns ({name: samples}, {name: error})."""
    samples = {name: [] for name in ctxs}
    errors = {}
    for r in range(rounds + 1):  # round 0 warms up and is discarded
        order = list(ctxs) if r % 2 == 0 else list(ctxs)[::-1]
        for name in order:
            if name in errors:
                continue
            try:
                got = fn(ctxs[name], n if r else max(1, n // 10))
            except (libvirt.libvirtError, BenchError) as e:
                errors[name] = str(e)
                continue
            if r:
                samples[name] += got
    return samples, errors


def p99(values):
    s = sorted(values)
    return s[max(0, math.ceil(0.99 * len(s)) - 1)]


class ModeRun:
    """Every figure of one mode; results[key][name] = value or None."""

    def __init__(self, mode, cpus, params, pool):
        self.mode = mode
        self.cpus = cpus
        self.params = params
        self.pool = pool
        self.results = {key: {name: None for name in NAMES} for key, _, _ in ROWS}
        self.errors = []
        self.ctxs = {}
        self.cpu = {name: [0, 0, 0] for name in NAMES}  # calls, daemon, client CPU ns
        self.cpu_failed = set()
        self.other_load = 0.0

    def fail(self, key, name, msg):
        self.errors.append('%s %s: %s' % (name, key, msg.strip().splitlines()[0] if msg else '?'))

    def per_call(self, key, fn, n, stat=statistics.median, extra=None):
        samples, errors = interleave(self.ctxs, fn, self.params['rounds'], n)
        for name, values in samples.items():
            if name in errors:
                self.fail(key, name, errors[name])
                continue
            self.results[key][name] = stat(values) / 1000.0
            if extra:
                self.results[extra][name] = p99(values) / 1000.0

    def throughput(self, k):
        key = 'tp%d' % k
        rates = {name: [] for name in self.ctxs}
        failed = set(self.cpu_failed)
        for r in range(self.params['tp_rounds']):
            order = list(self.ctxs) if r % 2 == 0 else list(self.ctxs)[::-1]
            for name in order:
                if name in failed:
                    continue
                ctx = self.ctxs[name]
                try:
                    rate, calls, cpu, client = self.pool.throughput(ctx.uri, k, self.cpus,
                                                            self.params['tp_seconds'],
                                                            ctx.daemon.cpu_ns)
                except (BenchError, OSError) as e:
                    failed.add(name)
                    self.cpu_failed.add(name)
                    self.fail(key, name, str(e))
                    continue
                rates[name].append(rate)
                self.cpu[name][0] += calls
                self.cpu[name][1] += cpu
                self.cpu[name][2] += client
        for name, values in rates.items():
            if name not in failed and values:
                self.results[key][name] = statistics.median(values)

    def rss(self, key):
        for name, ctx in self.ctxs.items():
            try:
                self.results[key][name] = ctx.daemon.rss_kib() / 1024.0
            except (OSError, BenchError) as e:
                self.fail(key, name, str(e))

    def grow(self, total):
        for name, ctx in list(self.ctxs.items()):
            try:
                populate(ctx, total)
            except libvirt.libvirtError as e:
                self.fail('define %d domains' % total, name, str(e))
                ctx.count = -1  # the list figures of this daemon then fail

    def run_figures(self):
        p = self.params
        self.per_call('connect', fig_connect, p['connect'])
        self.per_call('version', fig_version, p['version'], extra='version_p99')
        self.per_call('lookup', fig_lookup, p['lookup'])
        self.per_call('define', fig_define, p['define'])
        self.per_call('list1', fig_list, p['list1'])
        for k in CONNS:
            self.throughput(k)
        for name in self.ctxs:
            calls, cpu, client = self.cpu[name]
            if calls and name not in self.cpu_failed:
                self.results['cpu_call'][name] = cpu / calls / 1000.0
                self.results['client_cpu'][name] = client / calls / 1000.0
        self.grow(100)
        self.per_call('list100', fig_list, p['list100'])
        self.grow(1000)
        self.per_call('list1000', fig_list, p['list1000'])
        self.rss('rss_1000')


def run_mode(mode, cpus, params, pool, cleanup, args, binary, why):
    """Starts both daemons for one mode, measures, stops them."""
    os.sched_setaffinity(0, cpus)
    workdir = os.path.join(cleanup.top, mode)
    run = ModeRun(mode, cpus, params, pool)
    daemons = [Libvirtd(os.path.join(workdir, 'libvirtd'), cpus, args.libvirtd),
               Virttestd(os.path.join(workdir, 'modvirt'), cpus, binary, why)]
    holders = []
    load = OtherLoad(pool)
    try:
        for d in daemons:
            cleanup.daemons.append(d)
            try:
                d.start()
                holders.append(libvirt.open(d.uri()))
                time.sleep(0.1)
                run.results['rss_idle'][d.name] = d.rss_kib() / 1024.0
                run.ctxs[d.name] = Ctx(d, libvirt.open(d.uri()))
            except (DaemonError, libvirt.libvirtError, OSError, BenchError) as e:
                msg = '%s daemon failed to start: %s' % (d.name, str(e).strip())
                log(msg)
                run.errors.append(msg.splitlines()[0])
        if run.ctxs:
            run.run_figures()
    finally:
        run.other_load = load.percent(daemons)
        for ctx in run.ctxs.values():
            _close(ctx.conn)
        for conn in holders:
            _close(conn)
        for d in daemons:
            if d.proc is not None and d.proc.poll() is not None and d.name in run.ctxs:
                msg = '%s died during the run (exit status %s)' % (d.name, d.proc.returncode)
                log('%s; its log ends with:\n%s' % (msg, d.log_tail()))
                run.errors.append(msg)
            d.stop()
            if d.proc is not None and d.proc.returncode not in (0, -signal.SIGTERM):
                log('%s exited with status %s' % (d.name, d.proc.returncode))
        shutil.rmtree(workdir, ignore_errors=True)
    return run


def _close(conn):
    try:
        conn.close()
    except libvirt.libvirtError:
        pass


# ---------------------------------------------------------------- report

def busy_ticks():
    """Busy clock ticks of the whole machine (every CPU) so far."""
    with open('/proc/stat') as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    return sum(fields) - fields[3] - fields[4]  # all but idle and iowait


def own_ticks(pids):
    """Clock ticks used by the given processes (this run's own)."""
    total = 0
    for pid in pids:
        try:
            with open('/proc/%d/stat' % pid) as f:
                fields = f.read().rsplit(')', 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except (OSError, IndexError, ValueError):
            pass
    return total


class OtherLoad:
    """How much CPU the rest of the machine used while a mode ran, in
    percent of one CPU: a noisy neighbour makes the figures unreliable."""

    def __init__(self, pool):
        self.pool = pool
        self.t0 = time.monotonic()
        self.busy0 = busy_ticks()
        self.own0 = own_ticks(self.pids())

    def pids(self, daemons=()):
        return ([os.getpid()] + [p.pid for p, _ in self.pool.workers] +
                [d.proc.pid for d in daemons if d.proc is not None])

    def percent(self, daemons):
        """Call while the daemons still run (their time counts as ours)."""
        busy = busy_ticks() - self.busy0
        own = own_ticks(self.pids(daemons)) - self.own0
        seconds = time.monotonic() - self.t0
        return 100.0 * max(0, busy - own) / os.sysconf('SC_CLK_TCK') / seconds

def machine():
    model = '?'
    with open('/proc/cpuinfo') as f:
        for line in f:
            if line.startswith('model name'):
                model = line.split(':', 1)[1].strip()
                break
    versions = subprocess.run(['dpkg-query', '-W', '-f', '${Package} ${Version}, ',
                               'libvirt-daemon', 'python3-libvirt'],
                              capture_output=True, text=True).stdout.strip(', ')
    head = subprocess.run(['git', '-C', ROOT, 'rev-parse', '--short', 'HEAD'],
                          capture_output=True, text=True).stdout.strip()
    return ('%d CPUs (%s), kernel %s; %s; modvirt %s' %
            (os.cpu_count(), model, os.uname().release, versions, head or '?'))


def build_info(builddir):
    """The optimisation settings of our build, as meson recorded them."""
    try:
        with open(os.path.join(builddir, 'meson-info', 'intro-buildoptions.json')) as f:
            opts = {o['name']: o['value'] for o in json.load(f)}
    except (OSError, ValueError, KeyError, TypeError):
        return 'build options unknown'
    text = 'buildtype %s (-O%s), sanitizers %s' % (opts.get('buildtype'), opts.get('optimization'),
                                                  opts.get('b_sanitize'))
    if str(opts.get('optimization')) in ('0', 'g') or opts.get('b_sanitize') not in (None, 'none'):
        text += ' [WARNING: not a release-like build; figures are not representative]'
    return text


def fmt(value):
    if value is None:
        return '-'
    return '%.0f' % value if value >= 1000 else '%.1f' % value


def print_table(run, title):
    print('\n%s' % title)
    print('%-36s %10s %10s %9s %8s %4s' % ('figure', 'libvirtd', 'modvirt', 'ratio', 'goal', 'met'))
    for key, label, goal in ROWS:
        a, b = run.results[key]['libvirtd'], run.results[key]['modvirt']
        ratio = b / a if a and b is not None else None
        goal_s = '%s%.1fx' % goal if goal else ''
        met = ''
        if goal and ratio is not None:
            met = 'yes' if (ratio <= goal[1] if goal[0] == LE else ratio >= goal[1]) else 'no'
        print('%-36s %10s %10s %9s %8s %4s' % (label, fmt(a), fmt(b),
                                             '%.2fx' % ratio if ratio is not None else '-',
                                             goal_s, met))
    for e in run.errors:
        print('  error: %s' % e)
    sys.stdout.flush()


def complete(run):
    return all(v is not None for row in run.results.values() for v in row.values())


# ---------------------------------------------------------------- main

def parse_args(argv):
    ap = argparse.ArgumentParser(prog='bench/run', description=__doc__.split('\n')[0])
    ap.add_argument('builddir', nargs='?', default=os.path.join(ROOT, 'build'))
    ap.add_argument('--quick', action='store_true', help='small iteration counts (smoke run)')
    ap.add_argument('--check', action='store_true',
                    help='exit 1 unless both daemons answered every figure')
    ap.add_argument('--mode', choices=('both', 'pinned', 'unpinned'), default='both')
    ap.add_argument('--libvirtd', choices=('stock', 'minimal'), default='stock')
    ap.add_argument('--no-build', dest='build', action='store_false',
                    help='use BUILDDIR as it is')
    ap.add_argument('--no-install', dest='install', action='store_false',
                    help='never run apt-get')
    ap.add_argument('--time-limit', type=int, default=0, metavar='SECONDS',
                    help='stop everything after SECONDS of measuring (default %d, quick %d)'
                    % (FULL['deadline'], QUICK['deadline']))
    return ap.parse_args(argv)


def main(argv):
    args = parse_args(argv)
    args.builddir = os.path.abspath(args.builddir)
    if args.libvirtd == 'stock' and os.geteuid() != 0:
        log('not root: no private mount namespace, using --libvirtd minimal')
        args.libvirtd = 'minimal'
    params = QUICK if args.quick else FULL
    ensure_packages(args.install)
    binary, why = ensure_build(args.builddir, args.build)
    if binary is None:
        log('modvirt daemon not available: %s' % why)
    allcpus = os.sched_getaffinity(0)
    modes = [m for m in ('pinned', 'unpinned') if args.mode in (m, 'both')]
    top = tempfile.mkdtemp(prefix='modvirt-bench-')
    cleanup = Cleanup(top)
    cleanup.pool = WorkerPool(max(CONNS))
    start_watchdog(cleanup, args.time_limit or params['deadline'])
    ok = True
    try:
        print('machine: %s' % machine())
        print('modvirt build: %s, %s' % (args.builddir, build_info(args.builddir)))
        print('libvirtd: %s; %s run; same python3-libvirt client code, interleaved' %
              (args.libvirtd, 'quick' if args.quick else 'full'))
        for mode in modes:
            cpus = {min(allcpus)} if mode == 'pinned' else allcpus
            t0 = time.monotonic()
            run = run_mode(mode, cpus, params, cleanup.pool, cleanup, args, binary, why)
            print_table(run, '%s: client and both daemons on CPU %s (%.0f s; other processes '
                        'used %.0f%% of a CPU meanwhile)' % (mode, cpulist(cpus),
                                                              time.monotonic() - t0,
                                                              run.other_load))
            ok = ok and complete(run)
        cleanup.pool.quit()
    finally:
        cleanup.run()
    if args.check:
        print('check: %s' % ('every figure answered by both daemons' if ok
                             else 'FAILED: some figures are missing'))
        return 0 if ok else 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
