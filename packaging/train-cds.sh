#!/usr/bin/env bash
# Class-data sharing training run (called by build-installer.sh): opens the app image's launcher on a
# throw-away PINPIPE_HOME until its first window is up, then closes it, and writes the names of the classes
# it loaded to CLASSLIST (-XX:DumpLoadedClassList); cds-dump.sh turns that into the archive where the app
# lives. On Linux without a display it uses xvfb-run.
# Usage: train-cds.sh LAUNCHER CLASSLIST
set -euo pipefail
launcher=$1
classlist=$2
if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "train-cds: no DISPLAY and no xvfb-run (apt-get install xvfb)" >&2; exit 1; }
  exec xvfb-run -a -s '-screen 0 1400x900x24' "$0" "$@"
fi
limit=()
command -v timeout >/dev/null && limit=(timeout 180)   # macOS has no timeout(1)
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
rm -f "$classlist"
# The training run goes the way every start goes (sandbox start included), then stops at the first window.
PINPIPE_HOME=$home JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$classlist -Dpinpipe.startupMarker=exit" \
  ${limit[@]+"${limit[@]}"} "$launcher" >"$home/train.log" 2>&1 || true
if ! grep -q pinpipe-first-window "$home/train.log" || [ ! -s "$classlist" ]; then
  echo "train-cds: the training run did not finish; its output:" >&2
  cat "$home/train.log" >&2
  exit 1
fi
