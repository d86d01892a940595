#!/usr/bin/python3
"""Differential test: modvirt's XML models against Debian's libvirt 9.0.

usage: confdifftest.py XMLCONVTOOL CONFDIFF_DIR

For every input tests/confdiff/<kind>/*.xml the oracle (python3-libvirt:
libvirt's test driver, or a session libvirtd for secrets) defines the
document and dumps it back; xmlconvtool does the same with our code. The
outputs must be identical after masking values the oracle generates (uuids
and MACs that are not in the input). When the oracle rejects an input, we
must reject it with the same error code. Prints TAP. See README.md.

Internal mode (run by this script as the secret oracle's client):
    confdifftest.py --secret-oracle   (JSON list of XML on stdin)
"""
import difflib
import glob
import json
import os
import pwd
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

KINDS = ['domain', 'network', 'pool', 'vol', 'secret']
TOOL_TIMEOUT = 30          # seconds per xmlconvtool run
ORACLE_TIMEOUT = 300       # seconds for the whole secret oracle
DIFF_LINES = 40            # lines of unified diff shown per miss
POOL_COMMENT = re.compile(r'<!--\s*confdiff-pool:\s*(\S+)\s*-->')
DEFAULT_POOL = 'dir.xml'   # under vol/pools/

UUID_ELEM = re.compile(r'<uuid>([0-9a-fA-F-]{32,36})</uuid>')
MAC_ATTR = re.compile(r"(<mac address=')([0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5})(')")


# ---------------------------------------------------------------- results

class Result:
    """What one side produced: XML text, or an error (code, domain, message)."""

    def __init__(self, xml=None, code=None, domain=None, message=None, broken=None):
        self.xml = xml
        self.code = code
        self.domain = domain
        self.message = message
        self.broken = broken  # the side could not run at all: why

    def describe(self):
        if self.broken:
            return 'broken: %s' % self.broken
        if self.xml is not None:
            return 'ok'
        return 'error code %s domain %s: %s' % (self.code, self.domain,
                                                (self.message or '').split('\n')[0])


def libvirt_result(func):
    """Runs func() -> xml with libvirt errors turned into a Result."""
    import libvirt
    try:
        return Result(xml=func())
    except libvirt.libvirtError as e:
        return Result(code=e.get_error_code(), domain=e.get_error_domain(),
                      message=e.get_error_message())


# ---------------------------------------------------------------- oracles

def oracle_test_driver(kind, cases):
    """Runs every case of a test-driver kind in this process."""
    import libvirt
    libvirt.registerErrorHandler(lambda ctx, err: None, None)
    conn = libvirt.open('test:///default')
    out = {}
    try:
        for case in cases:
            out[case['name']] = ORACLES[kind](libvirt, conn, case)
    finally:
        conn.close()
    return out


def _domain(libvirt, conn, case):
    def run():
        dom = conn.defineXML(case['xml'])
        try:
            return dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE)
        finally:
            dom.undefine()
    return libvirt_result(run)


def _network(libvirt, conn, case):
    def run():
        net = conn.networkDefineXML(case['xml'])
        try:
            # The test driver refuses VIR_NETWORK_XML_INACTIVE (unsupported
            # flags 0x1); a defined, inactive network's XML is the same.
            return net.XMLDesc(0)
        finally:
            net.undefine()
    return libvirt_result(run)


def _pool(libvirt, conn, case):
    def run():
        pool = conn.storagePoolDefineXML(case['xml'])
        try:
            # the test driver refuses VIR_STORAGE_XML_INACTIVE; the pool is
            # inactive anyway
            return pool.XMLDesc(0)
        finally:
            pool.undefine()
    return libvirt_result(run)


def _vol(libvirt, conn, case):
    try:
        pool = conn.storagePoolDefineXML(case['pool_xml'])
    except libvirt.libvirtError as e:
        return Result(broken='pool context %s rejected: %s' %
                      (case['pool_name'], e.get_error_message()))
    try:
        pool.create()

        def run():
            vol = pool.createXML(case['xml'], 0)
            try:
                return vol.XMLDesc(0)
            finally:
                vol.delete(0)
        return libvirt_result(run)
    except libvirt.libvirtError as e:
        return Result(broken='pool context %s: %s' % (case['pool_name'], e.get_error_message()))
    finally:
        if pool.isActive():
            pool.destroy()
        pool.undefine()


ORACLES = {'domain': _domain, 'network': _network, 'pool': _pool, 'vol': _vol}


def secret_oracle_client():
    """--secret-oracle: defines each secret of stdin's list on the session daemon."""
    import libvirt
    libvirt.registerErrorHandler(lambda ctx, err: None, None)
    xmls = json.load(sys.stdin)
    conn = None
    deadline = time.monotonic() + 20
    while conn is None:
        try:
            conn = libvirt.open('secret:///session')
        except libvirt.libvirtError as e:
            if time.monotonic() > deadline:
                json.dump({'broken': 'cannot connect: %s' % e.get_error_message()}, sys.stdout)
                return 0
            time.sleep(0.05)
    out = []
    for xml in xmls:
        def run():
            sec = conn.secretDefineXML(xml)
            try:
                return sec.XMLDesc(0)
            finally:
                sec.undefine()
        r = libvirt_result(run)
        out.append({'xml': r.xml, 'code': r.code, 'domain': r.domain, 'message': r.message})
    conn.close()
    json.dump({'results': out}, sys.stdout)
    return 0


def _drop_privileges_prefix(tmp):
    """Runs the daemon as 'nobody' when we are root (session mode needs non-root)."""
    if os.geteuid() != 0:
        return []
    try:
        nobody = pwd.getpwnam('nobody')
    except KeyError:
        raise RuntimeError("no user 'nobody' to run the session daemon as")
    setpriv = shutil.which('setpriv')
    if not setpriv:
        raise RuntimeError('setpriv not found')
    for root, dirs, files in os.walk(tmp):
        for name in dirs + files:
            os.chown(os.path.join(root, name), nobody.pw_uid, nobody.pw_gid)
    os.chown(tmp, nobody.pw_uid, nobody.pw_gid)
    return [setpriv, '--reuid=%d' % nobody.pw_uid, '--regid=%d' % nobody.pw_gid,
            '--clear-groups']


def oracle_secret(cases):
    """Starts Debian's libvirtd in session mode in a temp dir and asks it."""
    libvirtd = '/usr/sbin/libvirtd'
    if not os.access(libvirtd, os.X_OK):
        raise RuntimeError('%s not found (package libvirt-daemon)' % libvirtd)
    tmp = tempfile.mkdtemp(prefix='confdiff-secret-')
    daemon = None
    try:
        os.chmod(tmp, 0o755)
        env = {'PATH': '/usr/sbin:/usr/bin:/sbin:/bin', 'LIBVIRT_AUTOSTART': '0',
               'LC_ALL': 'C'}
        for var, sub in (('HOME', 'home'), ('XDG_RUNTIME_DIR', 'run'),
                         ('XDG_CONFIG_HOME', 'config'), ('XDG_CACHE_HOME', 'cache'),
                         ('XDG_DATA_HOME', 'data')):
            os.mkdir(os.path.join(tmp, sub), 0o700)
            env[var] = os.path.join(tmp, sub)
        # the client runs as the daemon's user, who may not read the checkout
        client_script = os.path.join(tmp, 'oracle-client.py')
        shutil.copy(os.path.abspath(__file__), client_script)
        prefix = _drop_privileges_prefix(tmp)
        with open(os.path.join(tmp, 'libvirtd.log'), 'w') as log:
            daemon = subprocess.Popen(prefix + [libvirtd, '--timeout', '120'], env=env,
                                      stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                      start_new_session=True)
        client = subprocess.run(prefix + ['/usr/bin/python3', client_script, '--secret-oracle'],
                                input=json.dumps([c['xml'] for c in cases]), env=env,
                                capture_output=True, text=True, timeout=ORACLE_TIMEOUT)
        if client.returncode != 0:
            raise RuntimeError('secret oracle client failed: %s' % client.stderr.strip())
        reply = json.loads(client.stdout)
        if 'broken' in reply:
            with open(os.path.join(tmp, 'libvirtd.log')) as f:
                raise RuntimeError('%s; libvirtd log: %s' % (reply['broken'], f.read()[-2000:]))
        return {case['name']: Result(**r) for case, r in zip(cases, reply['results'])}
    finally:
        if daemon:
            daemon.send_signal(signal.SIGTERM)
            try:
                daemon.wait(10)
            except subprocess.TimeoutExpired:
                daemon.kill()
                daemon.wait()
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- ours

def run_tool(tool, kind, path, pool_path=None, test_driver=True):
    """Runs xmlconvtool; returns a Result (broken when it could not run)."""
    cmd = [tool, '--kind', kind]
    if pool_path:
        cmd += ['--pool', pool_path]
    if test_driver:
        cmd.append('--test-driver')
    cmd.append(path)
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=TOOL_TIMEOUT)
    except subprocess.TimeoutExpired:
        return Result(broken='xmlconvtool timed out after %ds' % TOOL_TIMEOUT)
    out = p.stdout.decode('utf-8', 'replace')
    err = p.stderr.decode('utf-8', 'replace')
    if p.returncode == 0:
        return Result(xml=out)
    if p.returncode == 1:
        m = re.match(r'error: (-?\d+) (-?\d+): (.*)', err, re.S)
        if m:
            return Result(code=int(m.group(1)), domain=int(m.group(2)),
                          message=m.group(3).rstrip('\n'))
    if p.returncode < 0:
        return Result(broken='xmlconvtool killed by signal %d' % -p.returncode)
    return Result(broken='xmlconvtool exit %d: %s' % (p.returncode, err.strip()[:500]))


def supported_kinds(tool):
    p = subprocess.run([tool, '--list-kinds'], capture_output=True, text=True,
                       timeout=TOOL_TIMEOUT)
    if p.returncode != 0:
        raise RuntimeError('xmlconvtool --list-kinds failed: %s' % p.stderr.strip())
    return set(p.stdout.split())


# ---------------------------------------------------------------- comparing

def mask(xml, source):
    """Masks uuids and MACs in @xml that do not appear in the input @source."""
    low = source.lower()
    xml = UUID_ELEM.sub(lambda m: m.group(0) if m.group(1).lower() in low
                        else '<uuid>MASKED-UUID</uuid>', xml)
    return MAC_ATTR.sub(lambda m: m.group(0) if m.group(2).lower() in low
                        else m.group(1) + 'MASKED-MAC' + m.group(3), xml)


def unified(a, b, fa, fb):
    lines = list(difflib.unified_diff(a.splitlines(True), b.splitlines(True), fa, fb))
    shown = lines[:DIFF_LINES]
    if len(lines) > DIFF_LINES:
        shown.append('... (%d more diff lines)\n' % (len(lines) - DIFF_LINES))
    return ''.join(l if l.endswith('\n') else l + '\n' for l in shown)


def compare(case, oracle, ours):
    """Returns (ok, diagnostic lines)."""
    if oracle.broken:
        return False, ['oracle %s' % oracle.broken]
    if ours.broken:
        return False, ['ours %s' % ours.broken]
    if oracle.xml is None and ours.xml is None:
        if oracle.code == ours.code:
            return True, []
        return False, ['oracle: %s' % oracle.describe(), 'ours:   %s' % ours.describe()]
    if oracle.xml is None or ours.xml is None:
        return False, ['oracle: %s' % oracle.describe(), 'ours:   %s' % ours.describe()]
    a = mask(oracle.xml, case['xml'])
    b = mask(ours.xml, case['xml'])
    if a == b:
        return True, []
    return False, unified(a, b, 'oracle', 'ours').splitlines()


# ---------------------------------------------------------------- cases

def load_cases(confdir, kind):
    cases = []
    for path in sorted(glob.glob(os.path.join(confdir, kind, '*.xml'))):
        with open(path, encoding='utf-8') as f:
            xml = f.read()
        case = {'name': os.path.basename(path), 'path': path, 'xml': xml}
        if kind == 'vol':
            m = POOL_COMMENT.search(xml)
            pool_name = m.group(1) if m else DEFAULT_POOL
            case['pool_name'] = pool_name
            case['pool_path'] = os.path.join(confdir, 'vol', 'pools', pool_name)
            with open(case['pool_path'], encoding='utf-8') as f:
                case['pool_xml'] = f.read()
        cases.append(case)
    return cases


class Tap:
    def __init__(self):
        self.lines = []
        self.n = 0

    def add(self, ok, name, directive='', diag=()):
        self.n += 1
        line = '%s %d %s' % ('ok' if ok else 'not ok', self.n, name)
        if directive:
            line += ' # ' + directive
        self.lines.append(line)
        self.lines.extend('# ' + d.rstrip('\n') for d in diag)

    def comment(self, text):
        self.lines.append('# ' + text)

    def emit(self):
        print('1..%d' % self.n)
        for line in self.lines:
            print(line)
        sys.stdout.flush()


def run_kind(tap, tool, confdir, kind):
    cases = load_cases(confdir, kind)
    if not cases:
        tap.add(True, '/conf/diff/%s' % kind, 'SKIP no inputs')
        return
    try:
        if kind == 'secret':
            oracle = oracle_secret(cases)
        else:
            oracle = oracle_test_driver(kind, cases)
    except Exception as e:  # the oracle itself could not run: say so, fail
        for case in cases:
            tap.add(False, '/conf/diff/%s/%s' % (kind, case['name']), '',
                    ['oracle could not run: %s' % e])
        tap.comment('%s: matched 0 of %d (oracle unavailable)' % (kind, len(cases)))
        return
    matched = 0
    misses = []
    for case in cases:
        ours = run_tool(tool, kind, case['path'], case.get('pool_path'))
        ok, diag = compare(case, oracle[case['name']], ours)
        matched += ok
        if not ok:
            misses.append(case['name'])
        tap.add(ok, '/conf/diff/%s/%s' % (kind, case['name']), '', diag)
    tap.comment('%s: matched %d of %d%s' % (kind, matched, len(cases),
                                            (' (misses: %s)' % ', '.join(misses))
                                            if misses else ''))


def main(argv):
    if len(argv) == 2 and argv[1] == '--secret-oracle':
        return secret_oracle_client()
    if len(argv) != 3:
        print('usage: confdifftest.py XMLCONVTOOL CONFDIFF_DIR', file=sys.stderr)
        return 2
    tool, confdir = os.path.abspath(argv[1]), argv[2]
    try:
        import libvirt  # noqa: F401
    except ImportError:
        print('1..0 # SKIP Debian libvirt (python3-libvirt) not installed')
        return 0

    tap = Tap()
    supported = supported_kinds(tool)
    for kind in KINDS:
        if kind not in supported:
            tap.add(True, '/conf/diff/%s' % kind, 'SKIP kind not implemented yet')
            continue
        run_kind(tap, tool, confdir, kind)
    tap.emit()
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
