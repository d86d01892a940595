#!/usr/bin/python3
"""proxypython: python3-libvirt through virtproxyd (run by proxytest.py).

usage: proxypython.py URI URI_RO   (with /usr/bin/python3)
16 threads x 200 calls on one connection opened through the proxy (with
the default event loop, so the keepalive feature is negotiated), every
answer checked against values read once before; then a read-only
connection through libvirt-sock-ro reads but is refused a define with
VIR_ERR_OPERATION_DENIED (29). Prints "ok" or the problems; exit 0/1.
"""
import sys
import threading

import libvirt

URI, URI_RO = sys.argv[1], sys.argv[2]
THREADS, CALLS = 16, 200


def hammer(conn, want, errors, seed):
    calls = [
        lambda: conn.lookupByName('test').info()[:4] == want['info'],
        lambda: conn.lookupByName('test').XMLDesc(0) == want['xml'],
        lambda: conn.getVersion() == want['version'],
        lambda: sorted(d.name() for d in conn.listAllDomains()) == want['names'],
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


def main():
    libvirt.virEventRegisterDefaultImpl()
    stop = threading.Event()

    def loop():
        while not stop.is_set():
            libvirt.virEventRunDefaultImpl()

    threading.Thread(target=loop, daemon=True).start()
    conn = libvirt.open(URI)
    dom = conn.lookupByName('test')
    want = {'info': dom.info()[:4], 'xml': dom.XMLDesc(0), 'version': conn.getVersion(),
            'names': sorted(d.name() for d in conn.listAllDomains())}
    del dom  # a live domain object keeps the connection referenced
    errors = []
    workers = [threading.Thread(target=hammer, args=(conn, want, errors, n))
               for n in range(THREADS)]
    for t in workers:
        t.start()
    for t in workers:
        t.join(timeout=240)
    if any(t.is_alive() for t in workers):
        errors.append('threads did not finish')
    if conn.close() != 0:
        errors.append('close() did not return 0')
    libvirt.registerErrorHandler(lambda ctx, err: None, None)
    ro = libvirt.openReadOnly(URI_RO)
    if ro.lookupByName('test').name() != 'test':
        errors.append('read-only lookup failed')
    try:
        ro.defineXML('<domain type="test"><name>x</name><memory>1024</memory>'
                     '<os><type>hvm</type></os></domain>')
        errors.append('read-only define succeeded')
    except libvirt.libvirtError as e:
        if e.get_error_code() != libvirt.VIR_ERR_OPERATION_DENIED:
            errors.append('read-only define: %d %s' % (e.get_error_code(), e))
    ro.close()
    stop.set()
    print('\n'.join(errors[:10]) if errors else 'ok')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
