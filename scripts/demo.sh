#!/bin/sh
# The main job: the modvirt CLI against the in-memory test hypervisor.
# It lists, defines, starts and inspects a guest on test:///default (one
# modvirt process, so every command sees the same in-memory state).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
modvirt="$root/build/tools/modvirt"
xml=$(mktemp --suffix=.xml)
trap 'rm -f "$xml"' EXIT
cat > "$xml" <<'XML'
<domain type='test'>
  <name>demo</name>
  <memory unit='MiB'>256</memory>
  <vcpu>2</vcpu>
  <os><type arch='x86_64'>hvm</type></os>
</domain>
XML
"$modvirt" -c test:///default version
"$modvirt" -c test:///default "list --all; define $xml; start demo; list --all; dominfo demo; dumpxml demo"
