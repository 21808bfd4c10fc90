#!/usr/bin/env bash
# Regenerates docs/screenshots/<pane>.png, one per pane of the navigation (io.pinpipe.app.PaneId, so a new pane
# is picked up by itself), with the sandbox running and the emulator streaming into it:
#   1. builds the jar, starts the sandbox on a throw-away PINPIPE_HOME with the command line, and starts
#      `pinpipe emulate` into the 0a1b2c3d4e5f.pin/.geo/.user topics in the background;
#   2. runs the ScreenshotTour test (the real app, headless under Monocle, the app's own scene snapshots) on
#      that home; 3. stops the emulator and the sandbox.
# Usage: docs/screenshots/make-screenshots.sh   (about a minute; no display needed)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$PWD/docs/screenshots
home=$(mktemp -d)
pinpipe() { PINPIPE_HOME=$home java -jar target/pinpipe.jar "$@"; }
cleanup() {
  [ -n "${feeder:-}" ] && kill "$feeder" 2>/dev/null && wait "$feeder" 2>/dev/null
  pinpipe sandbox stop >/dev/null 2>&1 || true
  rm -rf "$home"
}
trap cleanup EXIT

mvn -B -q -o -DskipTests package
mkdir -p "$home/config"   # the default settings, as a new user has them (the tests' own default is "off")
echo '{"startSandboxOnOpen": true}' >"$home/config/settings.json"
pinpipe sandbox start
pinpipe emulate --source sandbox --topic-prefix 0a1b2c3d4e5f --create-topics --pace 25 --duration 10m \
  >"$home/emulate.log" 2>&1 &
feeder=$!
for _ in $(seq 1 60); do   # until the three topics hold records
  pinpipe topics list 2>/dev/null | grep -q '0a1b2c3d4e5f.user' && break
  sleep 1
done
sleep 5   # a few seconds of records, so counts and rates are not zero

mvn -B -q -o test -Dtest=ScreenshotTour -Dsurefire.failIfNoSpecifiedTests=false \
  -Dpinpipe.tour.home="$home" -Dpinpipe.tour.out="$out"
ls -1 "$out"/*.png
