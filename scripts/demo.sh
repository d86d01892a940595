#!/bin/sh
# The main job: what modvirt can do at this stage of the project.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/build/tools/modvirt" version
