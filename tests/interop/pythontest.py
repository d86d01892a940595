#!/usr/bin/python3
"""pythontest: Debian's python3-libvirt 9.0 against virttestd.

  - 20 threads x 500 calls on one connection (lookups, info, XML reads,
    lists, versions), every answer checked against the values read once
    before the threads start;
  - an event-loop client receives the lifecycle events that another
    connection causes (destroy, start, suspend, resume);
  - errors arrive with libvirt's code, domain and message;
  - conn.close() returns 0 and the daemon keeps serving.

usage: pythontest.py VIRTTESTD   (run with /usr/bin/python3)
Prints TAP. Skips itself when python3-libvirt is missing.
"""
import os
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from interoputil import Tap, Virttestd  # noqa: E402

VIRTTESTD = sys.argv[1]
THREADS, CALLS = 20, 500

os.environ['LIBVIRT_AUTOSTART'] = '0'


def expected(conn):
    dom = conn.lookupByName('test')
    return {
        # state, maxMem, memory, nrVirtCpu (the CPU time follows the clock)
        'info': dom.info()[:4],
        'xml': dom.XMLDesc(0),
        'uuid': dom.UUIDString(),
        'names': sorted(d.name() for d in conn.listAllDomains()),
        'version': conn.getVersion(),
        'hostname': conn.getHostname(),
        'nets': sorted(conn.listNetworks()),
    }


def hammer(libvirt, conn, want, errors, seed):
    calls = [
        lambda: conn.lookupByName('test').info()[:4] == want['info'],
        lambda: conn.lookupByName('test').XMLDesc(0) == want['xml'],
        lambda: conn.lookupByUUIDString(want['uuid']).name() == 'test',
        lambda: sorted(d.name() for d in conn.listAllDomains()) == want['names'],
        lambda: conn.getVersion() == want['version'],
        lambda: conn.getHostname() == want['hostname'],
        lambda: sorted(conn.listNetworks()) == want['nets'],
        lambda: conn.lookupByID(1).name() == 'test',
    ]
    for i in range(CALLS):
        try:
            if not calls[(i + seed) % len(calls)]():
                errors.append('thread %d call %d: wrong answer' % (seed, i))
                return
        except libvirt.libvirtError as e:
            errors.append('thread %d call %d: %s' % (seed, i, e))
            return


def threads_case(tap, libvirt, uri):
    conn = libvirt.open(uri)
    want = expected(conn)
    errors = []
    workers = [threading.Thread(target=hammer, args=(libvirt, conn, want, errors, n))
               for n in range(THREADS)]
    start = time.time()
    for t in workers:
        t.start()
    for t in workers:
        t.join(timeout=300)
    hung = [t for t in workers if t.is_alive()]
    elapsed = time.time() - start
    problems = errors[:10]
    if hung:
        problems.append('%d threads did not finish' % len(hung))
    tap.check('threads-%dx%d (%.1fs)' % (THREADS, CALLS, elapsed), problems)
    tap.check('close', [] if conn.close() == 0 else ['close() did not return 0'])


def error_of(libvirt, func):
    """(code, domain, message) of the error func raises, or None."""
    try:
        func()
    except libvirt.libvirtError as e:
        return (e.get_error_code(), e.get_error_domain(), e.get_error_message())
    return None


def refusals(libvirt, uri):
    """The errors of refused operations on a connection to uri."""
    xml = ('<domain type="test"><name>x</name><memory>1024</memory>'
           '<os><type>hvm</type></os></domain>')
    conn = libvirt.open(uri)
    got = [error_of(libvirt, lambda: conn.lookupByName('nosuch')),
           error_of(libvirt, lambda: conn.lookupByName('test').create()),
           error_of(libvirt, lambda: conn.lookupByName('test').resume()),
           error_of(libvirt, lambda: conn.networkLookupByName('nosuch')),
           error_of(libvirt, lambda: conn.storagePoolLookupByName('nosuch'))]
    conn.close()
    ro = libvirt.openReadOnly(uri)
    got.append(error_of(libvirt, lambda: ro.defineXML(xml)))
    ro.close()
    return got


def errors_case(tap, libvirt, uri):
    """Refused operations fail as they do on libvirt's own test:///default."""
    want = refusals(libvirt, 'test:///default')
    got = refusals(libvirt, uri)
    problems = ['call %d: want %r, got %r' % (i, w, g)
                for i, (w, g) in enumerate(zip(want, got)) if w != g]
    if None in want:
        problems.append('the reference did not refuse every call: %r' % want)
    tap.check('errors', problems)


def events_case(tap, libvirt, uri):
    libvirt.virEventRegisterDefaultImpl()
    stop = threading.Event()

    def loop():
        while not stop.is_set():
            libvirt.virEventRunDefaultImpl()

    runner = threading.Thread(target=loop, daemon=True)
    runner.start()
    got = []
    listener = libvirt.open(uri)
    cb = listener.domainEventRegisterAny(
        None, libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE,
        lambda c, d, ev, detail, opaque: got.append((d.name(), ev, detail)), None)
    actor = libvirt.open(uri)
    dom = actor.lookupByName('test')
    dom.suspend()
    dom.resume()
    dom.destroy()
    dom.create()
    actor.close()
    want = [('test', libvirt.VIR_DOMAIN_EVENT_SUSPENDED, libvirt.VIR_DOMAIN_EVENT_SUSPENDED_PAUSED),
            ('test', libvirt.VIR_DOMAIN_EVENT_RESUMED, libvirt.VIR_DOMAIN_EVENT_RESUMED_UNPAUSED),
            ('test', libvirt.VIR_DOMAIN_EVENT_STOPPED, libvirt.VIR_DOMAIN_EVENT_STOPPED_DESTROYED),
            ('test', libvirt.VIR_DOMAIN_EVENT_STARTED, libvirt.VIR_DOMAIN_EVENT_STARTED_BOOTED)]
    deadline = time.time() + 10
    while len(got) < len(want) and time.time() < deadline:
        time.sleep(0.05)
    problems = [] if got == want else ['want %r, got %r' % (want, got)]
    listener.domainEventDeregisterAny(cb)
    if listener.close() != 0:
        problems.append('close() of the event client did not return 0')
    stop.set()
    # wake the loop so the thread can see the flag
    libvirt.virEventAddTimeout(0, lambda t, o: libvirt.virEventRemoveTimeout(t), None)
    runner.join(timeout=5)
    tap.check('events', problems)


def main():
    tap = Tap()
    try:
        import libvirt
    except ImportError:
        tap.check('python3-libvirt', [], skip='python3-libvirt is not installed')
        return tap.emit()
    libvirt.registerErrorHandler(lambda opaque, err: None, None)
    with Virttestd(VIRTTESTD) as d:
        threads_case(tap, libvirt, d.uri)
        errors_case(tap, libvirt, d.uri)
        events_case(tap, libvirt, d.uri)
        still = libvirt.open(d.uri)
        tap.check('still-serving', [] if still.lookupByName('test').isActive() == 1
                  else ['the daemon stopped answering'])
        still.close()
        status = d.stop()
        tap.check('clean-exit', [] if status == 0
                  else ['virttestd exit status %r; log:\n%s' % (status, d.read_log())])
    return tap.emit()


if __name__ == '__main__':
    sys.exit(main())
