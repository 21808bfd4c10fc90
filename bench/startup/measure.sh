#!/usr/bin/env bash
# Launch-to-first-window of Pinpipe's app image and of a minimal JavaFX window (HelloWindow, packaged with the
# same runtime), alternating, in one Xvfb session. Each app prints "pinpipe-first-window epochMs=..." at its
# first frame (-Dpinpipe.startupMarker=exit, then closes); the time counted is from just before the launcher is
# exec'd to that line. Usage (after mvn -Pinstaller package; see docs/performance.md):
#   bench/startup/measure.sh [APP_IMAGE_DIR (default target/installer/image/Pinpipe, or /opt/pinpipe)] [RUNS (7)]
set -euo pipefail
cd "$(dirname "$0")/../.."
image=$(cd "${1:-target/installer/image/Pinpipe}" && pwd)
runs=${2:-7}
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s '-screen 0 1400x900x24' "$0" "$image" "$runs"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The baseline app: compiled against the JavaFX jars, packaged by jpackage with Pinpipe's runtime.
fx=$(ls target/lib/javafx-*-[0-9]*-*.jar | tr '\n' ':')
mkdir -p "$work/hello-classes" "$work/hello-input"
javac --release 17 --module-path "$fx" --add-modules javafx.controls -d "$work/hello-classes" bench/startup/HelloWindow.java
jar --create --file "$work/hello-input/hello.jar" --main-class HelloWindow -C "$work/hello-classes" .
jpackage --type app-image --dest "$work" --name HelloWindow --input "$work/hello-input" --main-jar hello.jar \
  --runtime-image "$image/lib/runtime"

# Pinpipe without its class-data archive: a copy of the image whose launcher settings drop the option.
cp -a "$image" "$work/nocds"
sed -i '/SharedArchiveFile/d' "$work/nocds/lib/app/"*.cfg

export PINPIPE_HOME=$work/home
one_run() { # launcher -> prints ms from launch to first window
  local log=$work/run.log start
  start=$(date +%s%3N)
  JAVA_TOOL_OPTIONS=-Dpinpipe.startupMarker=exit timeout 120 "$1" >"$log" 2>&1 || true
  local shown
  shown=$(sed -n 's/.*pinpipe-first-window epochMs=\([0-9]*\).*/\1/p' "$log")
  [ -n "$shown" ] || { echo "no first window from $1:" >&2; cat "$log" >&2; exit 1; }
  echo $((shown - start))
  # Whatever the app's sandbox did meanwhile is stopped before the next run.
  "$image/bin/Pinpipe" sandbox stop >/dev/null 2>&1 || true
}
declare -A times=()
names=(hello pinpipe pinpipe-nocds)
declare -A launchers=([hello]=$work/HelloWindow/bin/HelloWindow [pinpipe]=$image/bin/Pinpipe
  [pinpipe-nocds]=$work/nocds/bin/Pinpipe)
for name in "${names[@]}"; do one_run "${launchers[$name]}" >/dev/null; done   # warm-up: disk cache, sandbox format
for run in $(seq 1 "$runs"); do
  for name in "${names[@]}"; do
    ms=$(one_run "${launchers[$name]}")
    times[$name]="${times[$name]:-} $ms"
    echo "run $run $name $ms ms" >&2
  done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
hello=$(echo "${times[hello]}" | median)
echo "| app | median ms | ratio to Hello | all runs (ms) |"
echo "|---|---|---|---|"
for name in "${names[@]}"; do
  m=$(echo "${times[$name]}" | median)
  echo "| $name | $m | $(awk -v a="$m" -v b="$hello" 'BEGIN { printf "%.2f", a / b }') |${times[$name]} |"
done
