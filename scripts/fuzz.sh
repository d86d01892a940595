#!/bin/sh
# Builds the libFuzzer targets with clang and runs each for SECONDS
# (default 60) on a seed corpus made from the project's own inputs.
# Exits non-zero if a target crashes, leaks or breaks the round trip.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${1:-60}
builddir=build-fuzz
if [ ! -f "$builddir/build.ninja" ]; then
    CC=clang meson setup "$builddir" -Dfuzz=true -Db_sanitize=address,undefined \
        -Db_lundef=false -Dwerror=true >/dev/null
fi
ninja -C "$builddir" tests/fuzz/domainfuzz tests/fuzz/networkfuzz tests/fuzz/rpcfuzz >/dev/null
status=0
for kind in domain network rpc; do
    seeds=$(mktemp -d)
    cp tests/confdiff/$kind/*.xml "$seeds"/ 2>/dev/null || true
    cp tests/fuzz/$kind-seeds/* "$seeds"/ 2>/dev/null || true
    echo "fuzz: $kind for ${seconds}s ($(ls "$seeds" | wc -l) seeds)"
    if ! ASAN_OPTIONS=detect_leaks=1 "$builddir/tests/fuzz/${kind}fuzz" \
            -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 -max_len=65536 \
            -artifact_prefix="$builddir/fuzz-$kind-" "$seeds" > "$builddir/fuzz-$kind.log" 2>&1; then
        echo "fuzz: $kind FAILED; see $builddir/fuzz-$kind.log"
        tail -40 "$builddir/fuzz-$kind.log"
        status=1
    else
        grep -E '^Done|^#[0-9]+.*DONE' "$builddir/fuzz-$kind.log" | tail -1
    fi
    rm -rf "$seeds"
done
exit $status
