#!/usr/bin/env bash
# Regenerates docs/screenshots/<pane>.png, one per pane of the navigation (io.pinpipe.app.PaneRegistry, so a new pane
# is picked up by itself), plus emulator-dark.png, with every pane at work:
#   1. builds the jar and starts the sandbox on a throw-away PINPIPE_HOME with the command line;
#   2. runs the ScreenshotTour test on that home (the real app, headless under Monocle, the app's own scene
#      snapshots), which drives the window like a person: Start in the Emulator pane (fixed rate, 50 events/s,
#      prefix 0a1b2c3d4e5f), a peek at 0a1b2c3d4e5f.pin in Topics, and the Clusters pane on a local fake MSK
#      endpoint with test-only keys written under that home;
#   3. stops the sandbox and deletes the home.
# Usage: docs/screenshots/make-screenshots.sh   (about two minutes; no display needed)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$PWD/docs/screenshots
home=$(mktemp -d)
pinpipe() { PINPIPE_HOME=$home java -jar target/pinpipe.jar "$@"; }
cleanup() {
  pinpipe sandbox stop >/dev/null 2>&1 || true
  rm -rf "$home"
}
trap cleanup EXIT

mvn -B -q -o -DskipTests package
bootstrap=$(pinpipe sandbox start | sed -n 's/^bootstrap=//p')
# The default settings, as a new user has them (the tests' own default is "off"), with the port the broker
# got as the preferred one: 9092 when free, so the Sandbox pane shows no "not on port 9092" note.
mkdir -p "$home/config"
echo "{\"startSandboxOnOpen\": true, \"sandboxPort\": ${bootstrap##*:}}" >"$home/config/settings.json"

mvn -B -q -o test -Dtest=ScreenshotTour -Dsurefire.failIfNoSpecifiedTests=false \
  -Dpinpipe.tour.home="$home" -Dpinpipe.tour.out="$out"
ls -1 "$out"/*.png
