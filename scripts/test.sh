#!/bin/sh
# Quick start, step 2: build (if needed) and run the whole test suite.
# Ends with a line "N passed, N failed, N skipped" counting every test case.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
builddir=${MODVIRT_BUILDDIR:-build}
if [ ! -f "$builddir/build.ninja" ]; then
    meson setup "$builddir" -Dwerror=true || exit 1
fi
ninja -C "$builddir" || exit 1
meson test -C "$builddir" --print-errorlogs --num-processes 2 "$@"
rc=$?
python3 scripts/testcount.py "$builddir/meson-logs/testlog.json" || rc=1
exit $rc
