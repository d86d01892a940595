#!/usr/bin/env python3
#
# virttestdtest.py: the daemon skeleton, driven from outside through
# virttestd: options, sockets, pid file, single instance, signals,
# --timeout, --daemon and configuration errors.
#
# Usage: virttestdtest.py PATH-TO-VIRTTESTD
# Output: TAP. Every daemon runs under --root in a fresh temp dir, every
# wait is bounded, whatever is started is killed at the end.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import os
import shutil
import signal
import socket
import stat
import struct
import subprocess
import sys
import tempfile
import time
import traceback

REMOTE_PROGRAM = 0x20008086
PROC_AUTH_LIST = 66
START_TIMEOUT = 15
STOP_TIMEOUT = 15

DAEMON = None
TMP = None
STARTED = []  # Popen objects and pids we must not leave behind


def run(args, timeout=20, **kwargs):
    """Runs virttestd with @args to completion (bounded)."""
    return subprocess.run([DAEMON] + args, capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL, **kwargs)


def new_root(name):
    root = os.path.join(TMP, name)
    os.makedirs(root)
    return root


def layout(root):
    run_dir = os.path.join(root, "run", "libvirt")
    return {
        "rw": os.path.join(run_dir, "virttestd-sock"),
        "ro": os.path.join(run_dir, "virttestd-sock-ro"),
        "admin": os.path.join(run_dir, "virttestd-admin-sock"),
        "pid": os.path.join(root, "run", "virttestd.pid"),
        "state": os.path.join(run_dir, "test"),
        "log": os.path.join(root, "var", "log", "libvirt", "virttestd.log"),
    }


def wait_for(cond, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return
        time.sleep(0.05)
    raise AssertionError("timed out after %ss waiting for %s" % (timeout, what))


def is_socket(path):
    try:
        return stat.S_ISSOCK(os.stat(path).st_mode)
    except FileNotFoundError:
        return False


def mode_of(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def pid_alive(pid):
    """True while @pid exists and is not a zombie."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return fields[0] != "Z"
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False


def start(args, name):
    """Starts virttestd in the foreground; waits for its rw socket."""
    root = new_root(name)
    paths = layout(root)
    proc = subprocess.Popen([DAEMON, "--root", root] + args, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    STARTED.append(proc)

    def up():
        if proc.poll() is not None:
            out, err = proc.communicate(timeout=5)
            raise AssertionError("virttestd exited with %s: %s" % (proc.returncode, err))
        return is_socket(paths["rw"]) and os.path.exists(paths["pid"])

    wait_for(up, START_TIMEOUT, "the sockets of " + name)
    return proc, root, paths


def stop(proc, sig=signal.SIGTERM):
    """Sends @sig and returns (exit status, stderr)."""
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=STOP_TIMEOUT)
    return proc.returncode, err


def rpc_auth_list(path, timeout=10):
    """One REMOTE AUTH_LIST call over @path; returns (status, body)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(timeout)
        s.connect(path)
        header = struct.pack(">IIiiii", REMOTE_PROGRAM, 1, PROC_AUTH_LIST, 0, 7, 0)
        s.sendall(struct.pack(">I", 4 + len(header)) + header)
        data = b""
        while len(data) < 4:
            chunk = s.recv(4 - len(data))
            if not chunk:
                raise AssertionError("connection closed before the reply")
            data += chunk
        (length,) = struct.unpack(">I", data)
        while len(data) < length:
            chunk = s.recv(length - len(data))
            if not chunk:
                raise AssertionError("connection closed inside the reply")
            data += chunk
    prog, vers, proc, mtype, serial, status = struct.unpack(">IIiiii", data[4:28])
    assert (prog, vers, proc, mtype, serial) == (REMOTE_PROGRAM, 1, PROC_AUTH_LIST, 1, 7), \
        "unexpected reply header %r" % ((prog, vers, proc, mtype, serial),)
    return status, data[28:]


def can_connect(path):
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(5)
            s.connect(path)
        return True
    except OSError:
        return False


def write_conf(name, text):
    path = os.path.join(TMP, name)
    with open(path, "w") as f:
        f.write(text)
    return path


# ---- the tests ----

def test_version():
    r = run(["--version"])
    assert r.returncode == 0, r
    assert r.stdout.startswith("virttestd (modvirt) "), r.stdout
    r2 = run(["-V"])
    assert r2.returncode == 0 and r2.stdout == r.stdout, r2


def test_help():
    r = run(["--help", "--root", os.path.join(TMP, "help-root")])
    assert r.returncode == 0, r
    for word in ("Usage:", "--config", "--pid-file", "--daemon", "--timeout", "--verbose",
                 "--version", "--root", os.path.join(TMP, "help-root", "run", "libvirt",
                                                     "virttestd-sock")):
        assert word in r.stdout, "%r missing from help: %s" % (word, r.stdout)
    assert not os.path.exists(os.path.join(TMP, "help-root")), "--help created files"


def test_bad_options():
    for args, word in ((["--bogus"], "bogus"), (["-Z"], "-Z"), (["extra"], "extra"),
                       (["--timeout", "abc"], "abc"), (["--timeout", "-1"], "-1"),
                       (["--config"], "config"), (["--root", ""], "root")):
        r = run(args)
        assert r.returncode == 1, (args, r)
        assert word in r.stderr and "error" in r.stderr, (args, r.stderr)
        assert r.stdout == "", (args, r.stdout)


def test_start_stop():
    proc, root, paths = start([], "basic")
    try:
        assert is_socket(paths["rw"]) and is_socket(paths["ro"]), "sockets missing"
        assert mode_of(paths["rw"]) == 0o700, oct(mode_of(paths["rw"]))
        assert mode_of(paths["ro"]) == 0o777, oct(mode_of(paths["ro"]))
        assert not os.path.exists(paths["admin"]), "the admin socket is not served yet"
        with open(paths["pid"]) as f:
            assert f.read() == "%d\n" % proc.pid
        assert os.path.isdir(paths["state"]), "state dir missing"
        assert mode_of(os.path.dirname(paths["rw"])) == 0o755
        status, body = rpc_auth_list(paths["rw"])
        assert status == 0, "AUTH_LIST failed: %r" % body
        status, body = rpc_auth_list(paths["ro"])
        assert status == 0, "AUTH_LIST on the read-only socket failed: %r" % body
    finally:
        rc, err = stop(proc)
    assert rc == 0, (rc, err)
    for key in ("rw", "ro", "pid"):
        assert not os.path.exists(paths[key]), "%s left behind" % paths[key]


def test_second_instance():
    proc, root, paths = start([], "twice")
    try:
        r = subprocess.run([DAEMON, "--root", root], capture_output=True, text=True,
                           timeout=20, stdin=subprocess.DEVNULL)
        assert r.returncode == 1, r
        assert paths["pid"] in r.stderr and "error" in r.stderr, r.stderr
        # the first one is untouched
        assert proc.poll() is None, "the first instance died"
        assert is_socket(paths["rw"]) and is_socket(paths["ro"]), "first sockets removed"
        with open(paths["pid"]) as f:
            assert f.read() == "%d\n" % proc.pid, "pid file overwritten"
        assert rpc_auth_list(paths["rw"])[0] == 0

        # same sockets through another pid file: the live socket is refused
        other_pid = os.path.join(TMP, "twice-other.pid")
        r = subprocess.run([DAEMON, "--root", root, "--pid-file", other_pid],
                           capture_output=True, text=True, timeout=20,
                           stdin=subprocess.DEVNULL)
        assert r.returncode == 1, r
        assert paths["rw"] in r.stderr, r.stderr
        assert not os.path.exists(other_pid), "pid file of the refused instance left"
        assert rpc_auth_list(paths["rw"])[0] == 0, "first instance's socket stolen"
    finally:
        rc, err = stop(proc)
    assert rc == 0, (rc, err)


def test_sighup():
    proc, root, paths = start([], "hup")
    try:
        for _ in range(3):
            proc.send_signal(signal.SIGHUP)
            time.sleep(0.3)
        assert proc.poll() is None, "SIGHUP killed the daemon"
        assert rpc_auth_list(paths["rw"])[0] == 0
    finally:
        rc, err = stop(proc, signal.SIGINT)
    assert rc == 0, (rc, err)
    assert not os.path.exists(paths["rw"])


def test_sighup_bad_config():
    conf = write_conf("hup.conf", "log_level = 3\n")
    proc, root, paths = start(["--config", conf], "hup-bad")
    try:
        write_conf("hup.conf", "log_level = \n")
        proc.send_signal(signal.SIGHUP)
        time.sleep(0.5)
        assert proc.poll() is None, "a bad file on SIGHUP killed the daemon"
        assert rpc_auth_list(paths["rw"])[0] == 0
    finally:
        rc, err = stop(proc)
    assert rc == 0, (rc, err)
    assert "hup.conf:1" in err, "reload error not reported: %s" % err


def test_timeout():
    proc, root, paths = start(["--timeout", "2"], "timeout")
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        raise AssertionError("--timeout 2 did not exit when idle")
    assert proc.returncode == 0, proc.communicate()
    assert not os.path.exists(paths["rw"]) and not os.path.exists(paths["pid"])


def test_daemon():
    root = new_root("daemon")
    paths = layout(root)
    t0 = time.monotonic()
    r = run(["--daemon", "--root", root], timeout=30)
    assert r.returncode == 0, r
    assert r.stdout == "" and r.stderr == "", r
    assert time.monotonic() - t0 < 20
    # the parent returned only once the daemon was listening
    assert is_socket(paths["rw"]), "socket not there when --daemon returned"
    with open(paths["pid"]) as f:
        pid = int(f.read())
    STARTED.append(pid)
    assert pid_alive(pid), "the daemon is not running"
    assert rpc_auth_list(paths["rw"])[0] == 0
    assert os.path.exists(paths["log"]), "detached daemon has no log file"

    r = run(["--daemon", "--root", root], timeout=30)
    assert r.returncode == 1, r
    assert paths["pid"] in r.stderr, r.stderr
    assert pid_alive(pid)

    os.kill(pid, signal.SIGTERM)
    wait_for(lambda: not pid_alive(pid), STOP_TIMEOUT, "the daemon to exit")
    wait_for(lambda: not os.path.exists(paths["pid"]), 5, "the pid file to go")
    assert not os.path.exists(paths["rw"])


def test_daemon_bad_config():
    conf = write_conf("daemon-bad.conf", "# comment\nmax_workers = 4\nmin_workers = \"x\"\n")
    r = run(["--daemon", "--root", new_root("daemon-bad"), "--config", conf], timeout=30)
    assert r.returncode == 1, r
    assert conf + ":3:" in r.stderr, r.stderr


def test_bad_config():
    conf = write_conf("syntax.conf", "max_workers = 4\n\nmax_clients = \n")
    r = run(["--root", new_root("bad-conf"), "--config", conf])
    assert r.returncode == 1, r
    assert conf + ":3:" in r.stderr and "error" in r.stderr, r.stderr

    conf = write_conf("unknown.conf", "max_worker = 4\n")
    r = run(["--root", new_root("unknown-conf"), "-f", conf])
    assert r.returncode == 1, r
    assert conf + ":1:" in r.stderr and "max_worker" in r.stderr, r.stderr

    missing = os.path.join(TMP, "missing.conf")
    r = run(["--root", new_root("missing-conf"), "--config", missing])
    assert r.returncode == 1, r
    assert missing in r.stderr, r.stderr

    # the default file is read from the root and is optional
    root = new_root("default-conf")
    os.makedirs(os.path.join(root, "etc", "libvirt"))
    with open(os.path.join(root, "etc", "libvirt", "virttestd.conf"), "w") as f:
        f.write("listen_tls = 1\n")
    r = run(["--root", root])
    assert r.returncode == 1, r
    assert "virttestd.conf:1:" in r.stderr and "listen_tls" in r.stderr, r.stderr


def test_config_applied():
    sockdir = os.path.join(TMP, "sockdir")
    conf = write_conf("applied.conf",
                      'unix_sock_dir = "%s"\nunix_sock_rw_perms = "0770"\n'
                      'unix_sock_ro_perms = "0755"\nunix_sock_group = "0"\n' % sockdir)
    root = new_root("applied")
    proc = subprocess.Popen([DAEMON, "--root", root, "--config", conf],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    STARTED.append(proc)
    rw = os.path.join(sockdir, "virttestd-sock")
    ro = os.path.join(sockdir, "virttestd-sock-ro")
    try:
        wait_for(lambda: is_socket(rw) or proc.poll() is not None, START_TIMEOUT, "sockets")
        assert proc.poll() is None, proc.communicate()
        assert mode_of(rw) == 0o770, oct(mode_of(rw))
        assert mode_of(ro) == 0o755, oct(mode_of(ro))
        assert os.stat(rw).st_gid == 0
        assert not os.path.exists(layout(root)["rw"]), "socket also in the default dir"
        assert os.path.exists(layout(root)["pid"]), "pid file moved with the sockets"
    finally:
        rc, err = stop(proc)
    assert rc == 0, (rc, err)
    assert not os.path.exists(rw)


def free_tcp_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_tcp():
    port = free_tcp_port()
    conf = write_conf("tcp.conf", 'listen_tcp = 1\ntcp_port = "%d"\n' % port)
    proc, root, paths = start(["--config", conf], "tcp")
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            pass
    finally:
        rc, err = stop(proc)
    assert rc == 0, (rc, err)


NOBODY = 65534


def as_unprivileged():
    """The command prefix that runs virttestd as a non-root user, or None."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if not setpriv:
        return None
    return [setpriv, "--reuid=%d" % NOBODY, "--regid=%d" % NOBODY, "--clear-groups"]


def owned_dir(path):
    os.makedirs(path)
    if os.geteuid() == 0:
        os.chown(path, NOBODY, NOBODY)
    os.chmod(path, 0o700)
    return path


def test_session():
    prefix = as_unprivileged()
    if prefix is None:
        return "SKIP no setpriv to drop root"
    os.chmod(TMP, 0o755)
    home = owned_dir(os.path.join(TMP, "session-home"))
    runtime = owned_dir(os.path.join(home, "run"))
    confdir = os.path.join(home, ".config", "libvirt")
    os.makedirs(confdir)
    with open(os.path.join(confdir, "virttestd.conf"), "w") as f:
        f.write('unix_sock_rw_perms = "0750"\n')
    env = dict(os.environ, HOME=home, XDG_RUNTIME_DIR=runtime)
    env.pop("XDG_CONFIG_HOME", None)
    env.pop("XDG_CACHE_HOME", None)
    sock = os.path.join(runtime, "libvirt", "virttestd-sock")
    pidfile = os.path.join(runtime, "libvirt", "virttestd.pid")
    proc = subprocess.Popen(prefix + [DAEMON], env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    STARTED.append(proc)
    try:
        wait_for(lambda: is_socket(sock) or proc.poll() is not None, START_TIMEOUT, "sockets")
        assert proc.poll() is None, proc.communicate()
        assert mode_of(sock) == 0o750, "default session config not read: %o" % mode_of(sock)
        assert os.stat(sock).st_uid == os.stat(home).st_uid
        assert not os.path.exists(sock + "-ro"), "no read-only socket in session mode"
        assert mode_of(os.path.dirname(sock)) == 0o700
        with open(pidfile) as f:
            assert f.read() == "%d\n" % proc.pid
        assert rpc_auth_list(sock)[0] == 0
    finally:
        rc, err = stop(proc)
    assert rc == 0, (rc, err)
    assert not os.path.exists(sock) and not os.path.exists(pidfile)

    # --root works without privileges too, with the system layout
    root = owned_dir(os.path.join(TMP, "session-root"))
    paths = layout(root)
    proc = subprocess.Popen(prefix + [DAEMON, "--root", root], env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    STARTED.append(proc)
    try:
        wait_for(lambda: is_socket(paths["ro"]) or proc.poll() is not None, START_TIMEOUT,
                 "sockets")
        assert proc.poll() is None, proc.communicate()
        assert is_socket(paths["rw"]) and os.path.exists(paths["pid"])
        assert not os.path.exists(os.path.join(runtime, "libvirt", "virttestd-sock"))
    finally:
        rc, err = stop(proc)
    assert rc == 0, (rc, err)


TESTS = [
    test_version,
    test_help,
    test_bad_options,
    test_start_stop,
    test_second_instance,
    test_sighup,
    test_sighup_bad_config,
    test_timeout,
    test_daemon,
    test_daemon_bad_config,
    test_bad_config,
    test_config_applied,
    test_tcp,
    test_session,
]


def cleanup():
    for item in STARTED:
        try:
            if isinstance(item, int):
                if pid_alive(item):
                    os.kill(item, signal.SIGKILL)
            elif item.poll() is None:
                item.kill()
                item.communicate(timeout=10)
        except Exception:
            pass
    if TMP:
        shutil.rmtree(TMP, ignore_errors=True)


def main():
    global DAEMON, TMP

    if len(sys.argv) < 2 or not os.access(sys.argv[1], os.X_OK):
        print("1..0 # SKIP no virttestd executable given")
        return 0
    DAEMON = sys.argv[1]
    TMP = tempfile.mkdtemp(prefix="virttestdtest-")
    failed = 0
    print("1..%d" % len(TESTS))
    sys.stdout.flush()
    try:
        for i, test in enumerate(TESTS, 1):
            name = test.__name__[len("test_"):]
            try:
                skip = test()
                if skip:
                    print("ok %d - %s # %s" % (i, name, skip))
                else:
                    print("ok %d - %s" % (i, name))
            except Exception:
                failed += 1
                print("not ok %d - %s" % (i, name))
                for line in traceback.format_exc().splitlines():
                    print("# " + line)
            sys.stdout.flush()
    finally:
        cleanup()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
