#!/bin/sh
# The main job: virttestd, the test hypervisor served over libvirt's RPC
# protocol, under a temporary root directory; the modvirt CLI (and, when
# installed, Debian's virsh) drive it over its UNIX socket; then it stops.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build"
modvirt="$build/tools/modvirt"
virttestd="$build/src/daemon/virttestd"
tmp=$(mktemp -d)
pid=
cleanup() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid"
        wait "$pid" || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

cat > "$tmp/demo.xml" <<'XML'
<domain type='test'>
  <name>demo</name>
  <memory unit='MiB'>256</memory>
  <vcpu>2</vcpu>
  <os><type arch='x86_64'>hvm</type></os>
</domain>
XML

echo "== starting virttestd --root $tmp"
"$virttestd" --root "$tmp" &
pid=$!
sock="$tmp/run/libvirt/virttestd-sock"
i=0
while [ ! -S "$sock" ]; do
    i=$((i + 1))
    if [ "$i" -gt 100 ] || ! kill -0 "$pid" 2>/dev/null; then
        echo "virttestd did not start" >&2
        exit 1
    fi
    sleep 0.1
done
uri="test+unix:///default?socket=$sock"

echo "== modvirt -c '$uri'"
"$modvirt" -c "$uri" version
"$modvirt" -c "$uri" "list --all; define $tmp/demo.xml; start demo; list --all; dominfo demo; dumpxml demo"

if command -v virsh >/dev/null 2>&1; then
    echo "== Debian's virsh -c '$uri' (the same daemon, so it sees 'demo')"
    virsh -c "$uri" "list --all; domstate demo --reason; destroy demo; undefine demo; list --all"
fi

echo "== stopping virttestd"
kill -TERM "$pid"
wait "$pid"
pid=
echo "virttestd exited cleanly"
