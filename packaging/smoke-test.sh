#!/usr/bin/env bash
# Smoke test of the installed app, with no Java on PATH: `--version` answers, and the sandbox broker starts
# from the bundled runtime, answers, and stops.
#   packaging/smoke-test.sh              builds the app image (mvn -Pinstaller package, no .deb) and tests it
#   packaging/smoke-test.sh --no-build   tests target/installer/image/Pinpipe as it is
#   packaging/smoke-test.sh --deb        also builds the .deb, installs it (apt-get, as root), tests
#                                        /usr/bin/pinpipe and the menu entry, then removes the package
# Environment: INSTALLER_CDS=off skips the class-data training run (which needs a display or xvfb-run).
set -euo pipefail
cd "$(dirname "$0")/.."
build=yes
deb=no
for arg in "$@"; do
  case "$arg" in
    --no-build) build=no ;;
    --deb) deb=yes ;;
    *) echo "usage: $0 [--no-build] [--deb]" >&2; exit 2 ;;
  esac
done
started=$SECONDS
fail() { echo "smoke-test: FAILED: $*" >&2; exit 1; }
ok() { echo "smoke-test: ok: $* ($((SECONDS - started)) s)"; }

if [ "$build" = yes ]; then
  types=none
  [ "$deb" = yes ] && types=deb
  mvn -B -q -Pinstaller -DskipTests -Dinstaller.types="$types" -Dinstaller.cds="${INSTALLER_CDS:-on}" package
  ok "mvn -Pinstaller package (installer types: $types)"
fi
version=$(sed -n 's/^version=//p' target/classes/io/pinpipe/core/version.properties)

# PATH without java (and no JAVA_HOME): whatever runs must come from the app's own runtime.
nojava=$(mktemp -d)
trap 'rm -rf "$nojava"' EXIT
for tool in sh cat; do ln -s "$(command -v $tool)" "$nojava/$tool"; done

check_app() { # launcher, folder the app lives in
  local launcher=$1 folder=$2 home out pid exe state
  home=$(mktemp -d)
  run() { env -u JAVA_HOME -u JAVA_TOOL_OPTIONS PATH="$nojava" PINPIPE_HOME="$home" "$launcher" "$@"; }
  out=$(run --version 2>&1) || fail "$launcher --version: $out"
  [[ "$out" == "pinpipe $version"* ]] || fail "$launcher --version printed: $out"
  ok "$launcher --version: $(echo "$out" | tr '\n' ' ')"

  out=$(run sandbox start 2>&1) || fail "sandbox start: $out"
  [[ "$out" == *"bootstrap=127.0.0.1:"* ]] || fail "sandbox start printed: $out"
  out=$(run sandbox status 2>&1)
  pid=$(echo "$out" | sed -n 's/.* pid=\([0-9]*\).*/\1/p')
  [ -n "$pid" ] || fail "sandbox status printed: $out"
  exe=$(readlink -f "/proc/$pid/exe")
  [[ "$exe" == "$(readlink -f "$folder")"/* ]] || fail "the broker runs $exe, not the bundled runtime under $folder"
  ok "sandbox running: $out (broker JVM: $exe)"

  out=$(run sandbox stop 2>&1) || fail "sandbox stop: $out"
  out=$(run sandbox status 2>&1 || true)
  [[ "$out" == stopped* ]] || fail "after sandbox stop, status printed: $out"
  for _ in $(seq 1 50); do   # gone, or a zombie its new parent has yet to reap
    state=$(ps -o stat= -p "$pid" 2>/dev/null || true)
    [ -z "$state" ] || [[ "$state" == Z* ]] && break
    sleep 0.2
  done
  [ -z "$state" ] || [[ "$state" == Z* ]] || fail "the broker process $pid is still alive 10 s after stop"
  ok "sandbox stopped"
  rm -rf "$home"
}

image=target/installer/image/Pinpipe
[ -x "$image/bin/Pinpipe" ] || fail "no app image at $image (run without --no-build)"
check_cds() { # launcher, app folder: a launcher that names an archive must be able to map it
  if grep -q SharedArchiveFile "$2/lib/app/Pinpipe.cfg"; then
    [ -s "$2/lib/app/pinpipe.jsa" ] || fail "the launcher names a class-data archive that is missing in $2"
    # -Xshare:on fails outright when the archive cannot be mapped, where the default would carry on silently.
    out=$(env JAVA_TOOL_OPTIONS=-Xshare:on PATH="$nojava" "$1" --version 2>&1) \
      || fail "the class-data archive in $2 does not map: $out"
    ok "class-data archive in $2 maps"
  fi
}
check_cds "$image/bin/Pinpipe" "$image"
check_app "$image/bin/Pinpipe" "$image"

if [ "$deb" = yes ]; then
  [ "$(id -u)" = 0 ] || fail "--deb installs a package: run as root"
  package=$(ls target/installer/pinpipe_*.deb)
  ok "$(basename "$package"): $(du -h "$package" | cut -f1), installed size $(dpkg-deb -f "$package" Installed-Size) KiB"
  # The menu folders a desktop has (a bare server lacks them, and then gets the command line only).
  mkdir -p /usr/share/applications /usr/share/desktop-directories /etc/xdg/menus
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$package" >/dev/null
  ok "installed $(dpkg-query -W -f '${Package} ${Version}' pinpipe)"
  [ "$(readlink /usr/bin/pinpipe)" = /opt/pinpipe/bin/Pinpipe ] || fail "/usr/bin/pinpipe is not the launcher link"
  desktop=$(ls /usr/share/applications/pinpipe-*.desktop 2>/dev/null || true)
  [ -n "$desktop" ] && grep -q '^Exec=/opt/pinpipe/bin/Pinpipe' "$desktop" && grep -q '^Categories=Development' "$desktop" \
    || fail "no menu entry with Exec=/opt/pinpipe/bin/Pinpipe in /usr/share/applications"
  ok "menu entry $desktop"
  check_cds /usr/bin/pinpipe /opt/pinpipe
  check_app /usr/bin/pinpipe /opt/pinpipe
  DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq pinpipe >/dev/null
  [ ! -e /usr/bin/pinpipe ] && [ ! -e /opt/pinpipe ] || fail "removing the package left /usr/bin/pinpipe or /opt/pinpipe behind"
  ok "removed"
fi
echo "smoke-test: all passed in $((SECONDS - started)) s"
