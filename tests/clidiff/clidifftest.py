#!/usr/bin/env python3
"""Differential test of the modvirt CLI against Debian's virsh 9.0.

Each line of a script file (*.cmds in this directory) is one case: the
same command line runs through `virsh -c URI` and `MODVIRT -c URI`, in a
fresh temporary directory each, and stdout, stderr and the exit code must
be byte-identical. A plain line is handed over as one argument (virsh's
command-string mode, so "a; b" runs two commands in one process); a line
starting with "!" is split like a shell command and passed as separate
arguments (global options allowed). In a line, @DATA@ is this directory
and @TMP@ the case's temporary directory. The first line of a script file,
"#uri: URI", names the connection (@DATA@ substituted).

A script may also say "#session: URI" (secret.cmds does): Debian's test
driver has no secrets, so its cases run a second time with virsh against
a session-mode libvirtd started for the run (as user nobody when run as
root; every case starts with no secret defined) at URI, and modvirt
against the script's URI; modvirt-oracle uses URI too. SKIP entries say
which of the two runs they concern.

Usage: clidifftest.py MODVIRT [--oracle] [SCRIPT...]

With --oracle, MODVIRT is modvirt-oracle (the same commands linked against
Debian's libvirt), so that only the CLI is under test. Otherwise MODVIRT is
the real modvirt. Every case must pass. Prints TAP.
"""
import os
import pwd
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))

# Output that legitimately differs, normalized on both sides before the
# comparison: (regular expression, replacement, reason).
NORMALIZE = [
    (r'(?m)^(CPU time: +)[0-9.]+s$', r'\1<time>',
     'the test driver derives a running domain\'s CPU time from the clock'),
    (r'(?m)^(Creation Time: +).*$', r'\1<time>',
     'snapshots record their creation time'),
    (r'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4}', '<time>',
     'snapshot-list prints creation times'),
    (r'<creationTime>\d+</creationTime>', '<creationTime/>',
     'snapshot XML records the creation time'),
    (r'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\+0000: ', '<timestamp>: ',
     'event --timestamp prints the current time'),
]

# Cases that do not run at all, with the reason: (regular expression on
# the line, reason, runs) where runs is ALL, or PLAIN (the run against the
# script's URI) or SESSION (the run of virsh against the session daemon).
PLAIN, SESSION = ('plain',), ('session',)
ALL = PLAIN + SESSION
SKIP = [
    (r'^help( \'\')?$|^help (domain|host|network|pool|volume|secret|snapshot|monitor|events)$',
     'modvirt has a subset of the commands; modvirtclitest checks the listing line by line', ALL),
    (r'^! .*-[vV]\b|--version', 'the version lines name the program and its own version', ALL),
    (r'^! .*-t\b', '--timing prints measured durations', ALL),
    # Volume wipe and resize: issue 4 asks for them and modvirt's test
    # driver has them (wipe does nothing, resize follows libvirt's storage
    # driver; testdriverobjtest checks both), Debian's test driver has not
    # (VIR_ERR_NO_SUPPORT). The cases that fail in virsh's own option
    # parsing still compare.
    (r'\bvol-wipe v1 --pool default-pool( --algorithm (zero|nnsa))?$',
     "Debian's test driver has no vol-wipe (modvirt's has; testdriverobjtest checks it)", ALL),
    (r'\bvol-resize v1 [0-9]+[KMG]\b',
     "Debian's test driver has no vol-resize (modvirt's has; testdriverobjtest checks it)", ALL),
    (r'--(storage \S+|remove-all-storage) --wipe-storage',
     "undefine --wipe-storage wipes with virStorageVolWipe, which Debian's test driver lacks",
     ALL),
    # Secrets: Debian's test driver has none, modvirt's has them; the
    # session run compares these cases against libvirtd's secret driver.
    (r'^secret-(list|define @|dumpxml [0-9a-f]{8}-|get-value|undefine [0-9a-f]{8}-)'
     r'|^secret-set-value [0-9a-f-]{36}( --base64 \S+)?$',
     "Debian's test driver has no secrets (compared against a session libvirtd in the "
     "session run)", PLAIN),
    (r'^secret-event .*--timeout',
     "modvirt's test driver raises no secret events (libvirt's has no secrets at all)",
     SESSION),
]

# Commands whose virsh 9.0 job watcher can hang for ever when the job
# ends at once (its event thread may see the job end before the main
# thread waits for it, losing the wake-up). A good run takes milliseconds,
# so these get a short timeout and more attempts.
JOB_COMMANDS = {'save', 'managedsave', 'dump'}
JOB_TIMEOUT = 3
JOB_ATTEMPTS = 8


def load_scripts(paths):
    """Yield (script name, uri, session uri or None, line number, line) for every case."""
    for path in paths:
        uri = 'test:///default'
        session = None
        cases = []
        with open(path, encoding='utf-8') as f:
            for num, raw in enumerate(f, 1):
                line = raw.rstrip('\n')
                if line.startswith('#uri:'):
                    uri = line[5:].strip().replace('@DATA@', HERE)
                    continue
                if line.startswith('#session:'):
                    session = line[9:].strip()
                    continue
                if not line.strip() or line.lstrip().startswith('#'):
                    continue
                cases.append((num, line))
        for num, line in cases:
            yield os.path.basename(path), uri, None, num, line
        if session:
            for num, line in cases:
                yield os.path.basename(path), uri, session, num, line


def case_argv(uri, line, tmp, data=HERE):
    """The arguments after the program name (@data replaces @DATA@)."""
    line = line.replace('@DATA@', data).replace('@TMP@', tmp)
    if line.startswith('!'):
        return ['-c', uri] + shlex.split(line[1:])
    return ['-c', uri, line]


def case_commands(line):
    """Command names a case uses (first word of each ;-separated part)."""
    text = line[1:] if line.startswith('!') else line
    names = []
    for part in text.split(';'):
        words = part.split()
        while words and words[0].startswith('-'):
            words = words[1:]
        if words:
            names.append(words[0])
    return names


def run(prog, argv, tmp, timeout=10, daemon=None):
    """Runs @prog in @tmp; with @daemon (a SessionDaemon), as its client."""
    env = {
        'PATH': os.environ.get('PATH', '/usr/bin:/bin'),
        'LC_ALL': 'C',
        'HOME': tmp,
        'XDG_CACHE_HOME': os.path.join(tmp, '.cache'),
        'XDG_CONFIG_HOME': os.path.join(tmp, '.config'),
        'EDITOR': 'true',
        'VISUAL': 'true',
    }
    prefix = []
    if daemon:
        env.update(daemon.client_env)
        prefix = daemon.prefix
    try:
        p = subprocess.run(prefix + [prog] + argv, cwd=tmp, env=env, capture_output=True,
                           timeout=timeout, stdin=subprocess.DEVNULL)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return 'timeout', b'', b''


def run_virsh(virsh, argv, tmp, line, daemon=None):
    """Runs virsh, again if it hangs: virsh 9.0 sometimes does when a save
    or dump job ends at once (see JOB_COMMANDS)."""
    job = any(c in JOB_COMMANDS for c in case_commands(line))
    for _ in range(JOB_ATTEMPTS if job else 5):
        clean_dir(tmp)
        if daemon:
            daemon.reset(virsh, tmp)
        ref = run(virsh, argv, tmp, JOB_TIMEOUT if job else 10, daemon)
        if ref[0] != 'timeout':
            break
    return ref


def normalize(data):
    text = data.decode('utf-8', 'replace')
    for pattern, repl, _ in NORMALIZE:
        text = re.sub(pattern, repl, text)
    return text


def clean_dir(path):
    for name in os.listdir(path):
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            shutil.rmtree(full)
        else:
            os.unlink(full)


def compare(virsh, modvirt, case, tmp, daemon=None):
    """Run both; return a list of differences (empty when identical), or
    None when virsh kept hanging. @case: (virsh argv, modvirt argv, line)."""
    ref = run_virsh(virsh, case[0], tmp, case[2], daemon)
    if ref[0] == 'timeout':
        return None
    clean_dir(tmp)
    if daemon and daemon.for_modvirt:
        daemon.reset(virsh, tmp)
        got = run(modvirt, case[1], tmp, daemon=daemon)
    else:
        got = run(modvirt, case[1], tmp)
    problems = []
    if ref[0] != got[0]:
        problems.append('exit code: virsh %s, modvirt %s' % (ref[0], got[0]))
    for name, a, b in (('stdout', ref[1], got[1]), ('stderr', ref[2], got[2])):
        na, nb = normalize(a), normalize(b)
        if na != nb:
            problems.append('%s differs:\n  virsh:   %r\n  modvirt: %r' % (name, na, nb))
    return problems


class SessionDaemon:
    """Debian's libvirtd in session mode under a temporary root, for the
    session runs: started once, emptied of secrets before every case."""

    def __init__(self, uri, oracle):
        self.uri = uri
        self.for_modvirt = oracle  # modvirt-oracle is a client of it too
        self.proc = None
        self.prefix = []
        self.root = tempfile.mkdtemp(prefix='clidiff-session-')
        self.tmp = os.path.join(self.root, 'case')
        # a copy of the data the daemon's user can read wherever the checkout is
        self.data = os.path.join(self.root, 'data-files')
        try:
            self._start()
        except Exception:
            self.close()
            raise

    def _start(self):
        libvirtd = '/usr/sbin/libvirtd'
        if not os.access(libvirtd, os.X_OK):
            raise RuntimeError('%s not found (package libvirt-daemon)' % libvirtd)
        os.chmod(self.root, 0o755)
        env = {'PATH': '/usr/sbin:/usr/bin:/sbin:/bin', 'LC_ALL': 'C', 'LIBVIRT_AUTOSTART': '0'}
        for var, sub in (('HOME', 'home'), ('XDG_RUNTIME_DIR', 'run'),
                         ('XDG_CONFIG_HOME', 'config'), ('XDG_CACHE_HOME', 'cache'),
                         ('XDG_DATA_HOME', 'data')):
            os.mkdir(os.path.join(self.root, sub), 0o700)
            env[var] = os.path.join(self.root, sub)
        os.mkdir(self.tmp, 0o755)
        shutil.copytree(HERE, self.data, ignore=shutil.ignore_patterns('*.py', '__pycache__'))
        # session mode needs an ordinary user: as root, run as nobody
        if os.geteuid() == 0:
            nobody = pwd.getpwnam('nobody')
            setpriv = shutil.which('setpriv')
            if not setpriv:
                raise RuntimeError('setpriv not found')
            for top, dirs, files in os.walk(self.root):
                for name in dirs + files:
                    os.chown(os.path.join(top, name), nobody.pw_uid, nobody.pw_gid)
            os.chown(self.root, nobody.pw_uid, nobody.pw_gid)
            self.prefix = [setpriv, '--reuid=%d' % nobody.pw_uid,
                           '--regid=%d' % nobody.pw_gid, '--clear-groups']
        # clients find the daemon's socket under its runtime directory
        self.client_env = {'XDG_RUNTIME_DIR': env['XDG_RUNTIME_DIR'], 'LIBVIRT_AUTOSTART': '0'}
        self.log = os.path.join(self.root, 'libvirtd.log')
        with open(self.log, 'w') as log:
            self.proc = subprocess.Popen(self.prefix + [libvirtd, '--timeout', '600'], env=env,
                                         stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                         start_new_session=True)
        sock = os.path.join(env['XDG_RUNTIME_DIR'], 'libvirt', 'libvirt-sock')
        deadline = time.monotonic() + 30
        while not os.path.exists(sock):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                with open(self.log) as f:
                    raise RuntimeError('libvirtd did not start: %s' % f.read()[-500:])
            time.sleep(0.05)

    def reset(self, virsh, tmp):
        """Undefines every secret the previous case left."""
        got = run(virsh, ['-c', self.uri, 'secret-list'], tmp, daemon=self)
        if got[0] != 0:
            raise RuntimeError('cannot list the session secrets: %r' % (got,))
        uuids = re.findall(r'(?m)^ ([0-9a-f]{8}-[0-9a-f-]{27}) ', got[1].decode())
        if uuids:
            cmds = '; '.join('secret-undefine %s' % u for u in uuids)
            got = run(virsh, ['-q', '-c', self.uri, cmds], tmp, daemon=self)
            if got[0] != 0:
                raise RuntimeError('cannot undefine the session secrets: %r' % (got,))

    def close(self):
        if self.proc:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.root, ignore_errors=True)


def print_problems(problems):
    for p in problems:
        for pl in p.splitlines():
            print('# ' + pl)


def run_cases(virsh, modvirt, cases, oracle, tmp):
    """Runs every case, printing TAP lines; returns the number of failures."""
    failed = 0
    daemon = None
    daemon_error = None
    try:
        for i, (script, uri, session, num, line) in enumerate(cases, 1):
            run_name = 'session' if session else 'plain'
            desc = '%s:%d %s%s' % (script, num, line, ' [session]' if session else '')
            skip = [reason for pattern, reason, runs in SKIP
                    if run_name in runs and re.search(pattern, line)]
            if session and not daemon and not daemon_error:
                try:
                    daemon = SessionDaemon(session, oracle)
                except Exception as e:  # noqa: BLE001 - reported as the skip reason
                    daemon_error = 'no session libvirtd for %s: %s' % (session, e)
            if session and daemon_error:
                skip = skip or [daemon_error]
            if skip:
                print('ok %d %s # SKIP %s' % (i, desc, skip[0]))
                continue
            case_tmp = daemon.tmp if session else tmp
            data = daemon.data if session else HERE
            virsh_argv = case_argv(session or uri, line, case_tmp, data)
            modvirt_argv = case_argv(session if session and oracle else uri, line, case_tmp, data)
            try:
                problems = compare(virsh, modvirt, (virsh_argv, modvirt_argv, line), case_tmp,
                                   daemon if session else None)
            except RuntimeError as e:
                problems = ['the session daemon failed: %s' % e]
            if problems is None:
                print('ok %d %s # SKIP virsh hung in every attempt' % (i, desc))
            elif not problems:
                print('ok %d %s' % (i, desc))
            else:
                failed += 1
                print('not ok %d %s' % (i, desc))
                print_problems(problems)
    finally:
        if daemon:
            daemon.close()
    return failed


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    modvirt = os.path.abspath(args.pop(0))
    oracle = '--oracle' in args
    scripts = [a for a in args if a != '--oracle']
    if not scripts:
        scripts = sorted(os.path.join(HERE, f) for f in os.listdir(HERE) if f.endswith('.cmds'))
    virsh = shutil.which('virsh')
    cases = list(load_scripts(scripts))
    if not virsh:
        print('1..0 # SKIP virsh (Debian package libvirt-clients) is not installed')
        return 0

    print('1..%d' % len(cases))
    for pattern, repl, reason in NORMALIZE:
        print('# normalized (%s): %s' % (reason, pattern))
    with tempfile.TemporaryDirectory(prefix='clidiff-') as tmp:
        failed = run_cases(virsh, modvirt, cases, oracle, tmp)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
