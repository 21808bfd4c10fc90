#!/bin/sh
# Makes the app's class-data archive (lib/app/pinpipe.jsa) from the class list of the build's training run,
# with the class path exactly as the launcher gives it: JDK 17 accepts an archive only on the class path it
# was dumped with, so this runs where the app lives: by the build for its own app image, and by the .deb's
# postinst in /opt/pinpipe. Without the archive the app starts too, only slower.
# Usage: cds-dump.sh APP_DIR RUNTIME_DIR   (APP_DIR holds the launcher's .cfg, pinpipe.classlist and the jars)
set -e
app=$1
runtime=$2
cfg=$(ls "$app"/*.cfg | head -n 1)
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app|" | paste -sd: -)
java=$runtime/bin/java
[ -x "$java" ] || java=$runtime/bin/java.exe
"$java" -Xshare:dump -XX:SharedClassListFile="$app/pinpipe.classlist" -XX:SharedArchiveFile="$app/pinpipe.jsa" \
  -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$classpath" >/dev/null
