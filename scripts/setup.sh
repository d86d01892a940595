#!/bin/sh
# Quick start, step 1: install what is needed, build, run the main job.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
sh scripts/install-deps.sh
if [ ! -f build/build.ninja ]; then
    meson setup build -Dwerror=true
fi
ninja -C build
sh scripts/demo.sh
