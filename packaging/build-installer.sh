#!/usr/bin/env bash
# Builds Pinpipe's installers with the JDK's jlink and jpackage, on the OS it runs on:
#   Linux: an app image tarball and a .deb (INSTALLER_TYPES="deb rpm" adds an .rpm and needs rpmbuild;
#   INSTALLER_TYPES=none builds the app image and tarball only)
#   Windows: an .msi (needs WiX 3); macOS: a .dmg.
# Run it through `mvn -Pinstaller package`, which builds target/pinpipe.jar and target/lib first and passes
# the metadata from the pom as INSTALLER_* variables. Settings per OS are jpackage argument files under
# packaging/<os>/. Output: target/installer/. See packaging/README.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

name=${INSTALLER_NAME:-Pinpipe}
version=${INSTALLER_VERSION:?INSTALLER_VERSION is set by mvn -Pinstaller package}
vendor=${INSTALLER_VENDOR:-Pinpipe}
description=${INSTALLER_DESCRIPTION:-$name}
license=${INSTALLER_LICENSE:-LICENSE}
cds=${INSTALLER_CDS:-on}
out=target/installer
started=$SECONDS

say() { echo "installer: $* ($((SECONDS - started)) s)"; }
fail() { echo "installer: $*" >&2; exit 1; }

case "$(uname -s)" in
  Linux) os=linux; default_types=deb ;;
  Darwin) os=macos; default_types=dmg ;;
  MINGW* | MSYS* | CYGWIN*) os=windows; default_types=msi ;;
  *) fail "unsupported OS $(uname -s)" ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=aarch64 ;;
  *) fail "unsupported CPU $(uname -m)" ;;
esac
types=${INSTALLER_TYPES:-$default_types}
[ "$types" = none ] && types=""   # the app image (and tarball) only, as the smoke test uses
# Windows installers take only numbers (1.2.3): a -SNAPSHOT suffix stays in the file names, not in the metadata.
numeric_version=${version%%-*}

[ -f target/pinpipe.jar ] && [ -d target/lib ] || fail "run mvn -Pinstaller package (target/pinpipe.jar and target/lib are missing)"
for tool in jdeps jlink jpackage; do command -v "$tool" >/dev/null || fail "$tool is missing: use a full JDK 17+"; done
if [ "$os" = linux ]; then
  command -v strip >/dev/null || fail "strip is missing (Debian/Ubuntu: apt-get install binutils)"
  if [[ " $types " == *" deb "* ]]; then
    for tool in fakeroot dpkg-deb objcopy; do
      command -v "$tool" >/dev/null || fail "$tool is missing (Debian/Ubuntu: apt-get install fakeroot dpkg-dev binutils)"
    done
  fi
fi

rm -rf "$out"
mkdir -p "$out"

# 1. The app's jars without JavaFX (it goes into the runtime as modules) and without other systems' natives.
java packaging/InstallerJars.java slim "$os" "$arch" target/lib "$out/input/lib" javafx-
cp target/pinpipe.jar "$out/input/"
fx_jars=$(ls target/lib/javafx-*-[0-9]*-*.jar)   # the jars with a platform classifier hold the classes
fx_path=$(echo "$fx_jars" | tr '\n' "$( [ "$os" = windows ] && echo ';' || echo ':')" | sed 's/[:;]$//')
say "app jars ready: $(du -sh "$out/input" | cut -f1)"

# 2. The JDK modules the code refers to (jdeps over all classes, flattened: some jars declare modules whose
#    optional requirements are absent), plus those only reached through services and reflection. jdeps reads
#    every class of the dependencies (half a minute or more), so that answer is kept per set of jars.
deps() { jdeps --multi-release 17 --ignore-missing-deps --print-module-deps --module-path "$fx_path" "$@"; }
cache=target/installer-modules-$( (cd target/lib && ls -l -- *.jar) | cksum | cut -d' ' -f1).txt
if [ ! -s "$cache" ]; then
  java packaging/InstallerJars.java classes "$out/classes" "$out"/input/lib/*.jar
  deps "$out/classes" >"$cache.tmp" && mv "$cache.tmp" "$cache"
  rm -rf "$out/classes"
fi
# jdk.crypto.ec: TLS to MSK negotiates elliptic-curve keys; jdk.management: the broker's OS metrics.
# jdk.localedata stays out (English messages only), and so do the compiler, jshell and jfr.
modules=$( (cat "$cache"; deps "$out/input/pinpipe.jar"; echo jdk.crypto.ec,jdk.management) | tr ',' '\n' | sort -u | paste -sd, -)
echo "$modules" | tr ',' '\n' >"$out/modules.txt"
say "modules: $modules"

# 3. The runtime: jlink, stripped, JavaFX's native libraries next to the JDK's so nothing unpacks at first run.
jlink --module-path "$fx_path" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress=2 --generate-cds-archive --output "$out/runtime" >/dev/null
chmod -R u+w "$out/runtime"
# Kept: bin/java, which the sandbox forks its broker with. Gone: tools the app never runs, and the class-data
# archive for heaps over 32 GB.
rm -f "$out"/runtime/bin/{jrunscript,keytool,rmiregistry}{,.exe} "$out"/runtime/lib/server/classes_nocoops.jsa \
  "$out"/runtime/bin/server/classes_nocoops.jsa
natives_dir=$out/runtime/lib
[ "$os" = windows ] && natives_dir=$out/runtime/bin
java packaging/InstallerJars.java natives "$natives_dir" $fx_jars
if [ "$os" = linux ]; then
  find "$out/runtime" -name '*.so' -exec strip -p --strip-unneeded {} +
fi
say "runtime: $(du -sh "$out/runtime" | cut -f1)"

# 4. The app image: launcher, runtime and jars in one folder.
metadata=(--name "$name" --app-version "$numeric_version" --vendor "$vendor" --description "$description")
jpackage --type app-image --dest "$out/image" "${metadata[@]}" --runtime-image "$out/runtime" \
  --input "$out/input" @packaging/app-image.txt @"packaging/$os/app-image.txt"
case "$os" in
  linux) image=$out/image/$name; launcher=$image/bin/$name; app_dir=$image/lib/app ;;
  macos) image=$out/image/$name.app; launcher=$image/Contents/MacOS/$name; app_dir=$image/Contents/app ;;
  windows) image=$out/image/$name; launcher=$image/$name-cli.exe; app_dir=$image/app ;;
esac
say "app image: $(du -sh "$image" | cut -f1)"

# 5. Class-data sharing (Linux): one training run to the first window lists the classes it loads; the
#    archive made from that list is mapped at start instead of parsing and verifying those classes again.
#    JDK 17 takes an archive only on the class path it was made with, so it is made where the app lives:
#    by the .deb's postinst in /opt/pinpipe, and below for this app image (docs/decisions/0005).
cds_ready=no
if [ "$cds" = on ] && [ "$os" = linux ]; then
  if packaging/train-cds.sh "$launcher" "$app_dir/pinpipe.classlist"; then
    cp packaging/cds-dump.sh "$app_dir/"
    for cfg in "$app_dir"/*.cfg; do   # each launcher's settings: map the archive if there is one, and send
      # JVM warnings (an archive that does not match) to stderr, never into the command line's output
      awk '
        BEGIN { n = split("-XX:SharedArchiveFile=$APPDIR/pinpipe.jsa -Xlog:disable -Xlog:all=warning:stderr", o, " ") }
        { print } /^\[JavaOptions\]/ { for (i = 1; i <= n; i++) print "java-options=" o[i]; done = 1 }
        END { if (!done) { print ""; print "[JavaOptions]"; for (i = 1; i <= n; i++) print "java-options=" o[i] } }' \
        "$cfg" >"$cfg.new" && mv "$cfg.new" "$cfg"
    done
    cds_ready=yes
    say "class list: $(wc -l <"$app_dir/pinpipe.classlist") classes"
  else
    echo "installer: no class-data archive (the training run failed); the app starts without it" >&2
  fi
fi

# 6. The portable tarball (Linux) and the installers.
if [ "$os" = linux ]; then
  tarball=$out/pinpipe-$version-linux-$arch.tar.gz
  tar -C "$out/image" --transform "s|^$name|pinpipe-$version|" -czf "$tarball" "$name"
  say "$(basename "$tarball"): $(du -h "$tarball" | cut -f1)"
fi
license_args=()
[ -f "$license" ] && license_args=(--license-file "$license")
for type in $types; do
  jpackage --type "$type" --dest "$out" "${metadata[@]}" ${license_args[@]+"${license_args[@]}"} --app-image "$image" \
    @"packaging/$os/$type.txt"
done
if [ "$cds_ready" = yes ]; then   # after packaging: an archive made here is valid only here
  packaging/cds-dump.sh "$(cd "$app_dir" && pwd)" "$(cd "$image/lib/runtime" && pwd)"
  say "class-data archive for this app image: $(du -h "$app_dir/pinpipe.jsa" | cut -f1)"
fi
say "done: $(cd "$out" && ls -1 ./*.deb ./*.rpm ./*.msi ./*.dmg ./*.tar.gz 2>/dev/null | tr '\n' ' ')"
