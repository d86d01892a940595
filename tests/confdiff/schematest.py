#!/usr/bin/env python3
"""Schema test: everything our formatter produces validates against
Debian's libvirt 9.0 RelaxNG schemas.

For each kind xmlconvtool supports, every input in tests/confdiff/<kind>/
that we accept is formatted (as the test driver would show it) and the
output is validated with `xmllint --relaxng` against the kind's schema
from /usr/share/libvirt/schemas (or $MODVIRT_SCHEMA_DIR). One TAP line per
document. libvirt's parser (and ours, like it) accepts some documents the
schema rejects when the caller does not ask for validation; for those the
input is validated too, and an output is only required to validate when
its input does (the others are listed as skipped, with the reason). Skips,
saying why, when xmllint or the schemas are missing.

usage: schematest.py XMLCONVTOOL CONFDIFF_DIR
"""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

SCHEMAS = {
    'domain': 'domain.rng',
    'network': 'network.rng',
    'pool': 'storagepool.rng',
    'vol': 'storagevol.rng',
    'secret': 'secret.rng',
}
POOL_COMMENT = re.compile(r'<!--\s*confdiff-pool:\s*(\S+)\s*-->')
TIMEOUT = 120
PER_FILE_TIMEOUT = 10

# Outputs that do not validate although the input does, because libvirt
# 9.0 formats them that way itself and we match libvirt byte for byte.
# Reported as TAP TODO with the reason, so they stay visible.
KNOWN_INVALID = {
    'pool/dir-octal-ids.xml': 'libvirt 9.0 prints a gid above INT_MAX as a negative '
                              'number, which its own schema rejects; we print what it prints',
}


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    tool, confdir = argv[1], argv[2]
    schemadir = os.environ.get('MODVIRT_SCHEMA_DIR', '/usr/share/libvirt/schemas')
    xmllint = shutil.which('xmllint')
    if not xmllint:
        print('1..0 # SKIP xmllint (libxml2-utils) not installed')
        return 0
    if not os.path.exists(os.path.join(schemadir, 'domain.rng')):
        print('1..0 # SKIP libvirt schemas not found in %s (apt-get install libvirt0)' % schemadir)
        return 0
    kinds = subprocess.run([tool, '--list-kinds'], capture_output=True, text=True,
                           timeout=TIMEOUT).stdout.split()
    lines = []
    tmp = tempfile.mkdtemp(prefix='schematest-')
    try:
        for kind in sorted(SCHEMAS):
            if kind not in kinds:
                lines.append((True, '/conf/schema/%s' % kind, 'SKIP kind not implemented yet', []))
                continue
            lines += check_kind(tool, xmllint, confdir, schemadir, kind, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print('1..%d' % len(lines))
    failed = 0
    for i, (ok, name, directive, diag) in enumerate(lines, 1):
        print('%s %d %s%s' % ('ok' if ok else 'not ok', i, name,
                               ' # ' + directive if directive else ''))
        for d in diag:
            print('# ' + d)
        failed += 0 if ok or directive.startswith('TODO') else 1
    return 1 if failed else 0


def check_kind(tool, xmllint, confdir, schemadir, kind, tmp):
    """Formats every accepted input of @kind and validates the outputs."""
    outputs = {}
    for path in sorted(glob.glob(os.path.join(confdir, kind, '*.xml'))):
        cmd = [tool, '--kind', kind, '--test-driver']
        if kind == 'vol':
            with open(path, encoding='utf-8') as f:
                m = POOL_COMMENT.search(f.read())
            cmd += ['--pool', os.path.join(confdir, 'vol', 'pools', m.group(1) if m else 'dir.xml')]
        p = subprocess.run(cmd + [path], capture_output=True, timeout=TIMEOUT)
        if p.returncode != 0:
            continue  # rejected input: nothing of ours to validate
        out = os.path.join(tmp, '%s-%s' % (kind, os.path.basename(path)))
        with open(out, 'wb') as f:
            f.write(p.stdout)
        outputs[out] = os.path.basename(path)
    if not outputs:
        return [(True, '/conf/schema/%s' % kind, 'SKIP no accepted inputs', [])]
    schema = os.path.join(schemadir, SCHEMAS[kind])
    inputs = {out: os.path.join(confdir, kind, name) for out, name in outputs.items()}
    out_report = validate(xmllint, schema, sorted(outputs))
    # Only the inputs of failing outputs need checking (RelaxNG validation
    # of domain documents is slow in libxml2).
    failing = [inputs[o] for o in outputs if ('%s validates' % o) not in out_report]
    in_report = validate(xmllint, schema, sorted(failing)) if failing else ''
    lines = []
    for out, name in sorted(outputs.items(), key=lambda kv: kv[1]):
        test = '/conf/schema/%s/%s' % (kind, name)
        if ('%s validates' % out) in out_report:
            lines.append((True, test, '', []))
        elif ('%s timed out' % out) in out_report:
            lines.append((True, test, 'SKIP xmllint did not finish in %ds (libxml2 RelaxNG is '
                          'exponential on elements with many optional attributes)'
                          % PER_FILE_TIMEOUT, []))
        elif ('%s validates' % inputs[out]) not in in_report:
            lines.append((True, test, 'SKIP the input itself does not validate', []))
        else:
            diag = [l for l in out_report.splitlines() if l.startswith(out)][:5]
            known = KNOWN_INVALID.get('%s/%s' % (kind, name))
            lines.append((False, test, 'TODO ' + known if known else '', diag))
    return lines


def validate(xmllint, schema, files, jobs=2):
    """Returns an xmllint-style report ("FILE validates" / "FILE fails to
    validate" plus messages) for @files against @schema, one xmllint run
    per file, @jobs at a time. libxml2's RelaxNG validator is exponential on
    elements with many optional attributes (a disk <driver> with every
    attribute set takes minutes), so each run is limited to
    PER_FILE_TIMEOUT seconds and an overrun is reported as "FILE timed out"."""
    import concurrent.futures

    def one(path):
        try:
            p = subprocess.run([xmllint, '--noout', '--relaxng', schema, path],
                               capture_output=True, text=True, timeout=PER_FILE_TIMEOUT)
            return p.stderr
        except subprocess.TimeoutExpired:
            return '%s timed out\n' % path

    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        return ''.join(pool.map(one, files))

if __name__ == '__main__':
    sys.exit(main(sys.argv))
