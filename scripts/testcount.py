#!/usr/bin/env python3
"""Counts every test case in one or more meson testlog.json files.

A TAP test contributes one case per 'ok'/'not ok' line (a '# SKIP'
directive counts as skipped, and so does '# TODO': a known gap, which TAP
does not count as a failure); a test that printed no TAP plan counts as
one case by its result. Prints 'N passed, N failed, N skipped' last.
"""
import json
import re
import sys

TAP = re.compile(r'^(not ok|ok)\b(.*)$')


def count(path, totals):
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            rec = json.loads(line)
            result = rec.get('result', '')
            cases = [TAP.match(l) for l in rec.get('stdout', '').splitlines()]
            cases = [m for m in cases if m]
            if not cases:
                if result == 'SKIP':
                    totals['skipped'] += 1
                elif result in ('OK', 'EXPECTEDFAIL'):
                    totals['passed'] += 1
                else:
                    totals['failed'] += 1
                    totals['names'].append(rec.get('name'))
                continue
            for m in cases:
                rest = m.group(2)
                if re.search(r'#\s*(SKIP|TODO)', rest, re.I):
                    totals['skipped'] += 1
                elif m.group(1) == 'ok':
                    totals['passed'] += 1
                else:
                    totals['failed'] += 1
                    totals['names'].append('%s:%s' % (rec.get('name'), rest.strip()))
            # A crash after some cases passed must still count as a failure.
            if result not in ('OK', 'SKIP', 'EXPECTEDFAIL') and \
                    all(m.group(1) == 'ok' for m in cases):
                totals['failed'] += 1
                totals['names'].append('%s (exit: %s)' % (rec.get('name'), result))


def main():
    totals = {'passed': 0, 'failed': 0, 'skipped': 0, 'names': []}
    for path in sys.argv[1:]:
        count(path, totals)
    for name in totals['names']:
        print('FAILED: %s' % name)
    print('%d passed, %d failed, %d skipped' %
          (totals['passed'], totals['failed'], totals['skipped']))
    return 1 if totals['failed'] else 0


if __name__ == '__main__':
    sys.exit(main())
