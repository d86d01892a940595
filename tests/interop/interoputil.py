"""Shared pieces of the interop tests: TAP output, bounded commands, and
our virttestd under a temporary root directory.

Every process a test starts is bounded in time and stopped at the end;
every temporary directory is removed.
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

TIMEOUT = 60


class Tap:
    """Collects results and prints TAP at the end."""

    def __init__(self):
        self.results = []

    def check(self, name, problems, skip=None):
        self.results.append((name, list(problems), skip))

    def equal(self, name, want, got, what='output'):
        problems = []
        if want != got:
            problems.append('%s differs:\n--- want\n%s\n--- got\n%s' % (what, want, got))
        self.check(name, problems)

    def emit(self):
        print('1..%d' % len(self.results))
        failed = 0
        for i, (name, problems, skip) in enumerate(self.results, 1):
            if skip:
                print('ok %d - %s # SKIP %s' % (i, name, skip))
            elif problems:
                failed += 1
                print('not ok %d - %s' % (i, name))
                for p in problems:
                    print('  ' + str(p).replace('\n', '\n  '))
            else:
                print('ok %d - %s' % (i, name))
        sys.stdout.flush()
        return 1 if failed else 0


def run(argv, timeout=TIMEOUT, env=None, input=None):
    """Runs a command; returns CompletedProcess (text). A timeout is a
    result with returncode -9 and a note in stderr, not an exception."""
    try:
        return subprocess.run(argv, capture_output=True, text=True, timeout=timeout,
                              env=env, input=input)
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode() if isinstance(e.stdout, bytes) else (e.stdout or '')
        err = e.stderr.decode() if isinstance(e.stderr, bytes) else (e.stderr or '')
        return subprocess.CompletedProcess(argv, -9, out, err + '\n<timed out after %ds>' % timeout)


def client_env():
    """Environment for client programs: no autostart, no default URI, a
    private XDG_RUNTIME_DIR so nothing touches the user's sockets."""
    env = dict(os.environ)
    env.pop('LIBVIRT_DEFAULT_URI', None)
    env['LIBVIRT_AUTOSTART'] = '0'
    env['LC_ALL'] = 'C'
    return env


class Virttestd:
    """Our virttestd, serving test:///default under a temporary root."""

    def __init__(self, binary, conf='', wrapper=None):
        self.binary = binary
        self.root = tempfile.mkdtemp(prefix='interop-')
        self.conf = conf
        # e.g. VIRTTESTD_WRAPPER="valgrind --leak-check=full --error-exitcode=1"
        self.wrapper = wrapper or os.environ.get('VIRTTESTD_WRAPPER', '').split()
        self.proc = None
        self.sock = os.path.join(self.root, 'run', 'libvirt', 'virttestd-sock')
        self.sock_ro = self.sock + '-ro'
        self.uri = 'test+unix:///default?socket=' + self.sock
        self.log = os.path.join(self.root, 'daemon.log')

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def start(self):
        confdir = os.path.join(self.root, 'etc', 'libvirt')
        os.makedirs(confdir, exist_ok=True)
        with open(os.path.join(confdir, 'virttestd.conf'), 'w') as f:
            f.write(self.conf)
        self.logf = open(self.log, 'w')
        self.proc = subprocess.Popen(self.wrapper + [self.binary, '--root', self.root],
                                     stdout=self.logf, stderr=subprocess.STDOUT,
                                     env=client_env())
        deadline = time.time() + 20
        while time.time() < deadline:
            if os.path.exists(self.sock):
                return
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        raise RuntimeError('virttestd did not start: %s' % self.read_log())

    def read_log(self):
        try:
            with open(self.log) as f:
                return f.read()
        except OSError:
            return ''

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def stop(self):
        """SIGTERM; returns the exit status (None if it had to be killed)."""
        if self.proc is None:
            return None
        status = self.proc.poll()
        if status is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                status = self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                status = None
        self.proc = None
        self.logf.close()
        return status


class Libvirtd:
    """Debian's libvirtd serving test:///default on a private socket.

    Started with no driver modules (LIBVIRT_DRIVER_DIR is an empty
    directory: the test driver is built into libvirtd) and a private
    configuration, pid file, log and XDG directories, so it touches
    nothing outside its temporary directory and needs neither virtlogd nor
    the libvirt-qemu user."""

    BINARY = '/usr/sbin/libvirtd'

    def __init__(self):
        self.root = tempfile.mkdtemp(prefix='interop-libvirtd-')
        run_dir = os.path.join(self.root, 'run')
        self.sock = os.path.join(run_dir, 'libvirt-sock')
        self.uri = 'test+unix:///default?socket=' + self.sock
        self.proc = None

    @classmethod
    def available(cls):
        return os.access(cls.BINARY, os.X_OK)

    def __enter__(self):
        run_dir = os.path.dirname(self.sock)
        os.makedirs(run_dir)
        conf = os.path.join(self.root, 'libvirtd.conf')
        with open(conf, 'w') as f:
            f.write('unix_sock_dir = "%s"\nauth_unix_rw = "none"\nauth_unix_ro = "none"\n'
                    'log_outputs = "3:file:%s"\n' % (run_dir, os.path.join(self.root, 'log')))
        env = client_env()
        env['LIBVIRT_DRIVER_DIR'] = os.path.join(self.root, 'no-modules')
        os.makedirs(env['LIBVIRT_DRIVER_DIR'])
        for var in ('HOME', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'XDG_RUNTIME_DIR'):
            env[var] = os.path.join(self.root, var.lower())
            os.makedirs(env[var], mode=0o700)
        self.out = open(os.path.join(self.root, 'stdout'), 'w')
        self.proc = subprocess.Popen([self.BINARY, '-f', conf, '-p',
                                      os.path.join(self.root, 'pid')],
                                     stdout=self.out, stderr=subprocess.STDOUT, env=env)
        deadline = time.time() + 20
        while time.time() < deadline and not os.path.exists(self.sock):
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        if not os.path.exists(self.sock):
            self.__exit__()
            raise RuntimeError('libvirtd did not start')
        return self

    def __exit__(self, *exc):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.out.close()
        shutil.rmtree(self.root, ignore_errors=True)
