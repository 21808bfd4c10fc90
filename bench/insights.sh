#!/usr/bin/env bash
# The Insights pane reading the emulator's pipeline from the beginning while the emulator runs at maximum pace: events
# read/s, result lag (delivered and shown), snapshot query time, JavaFX pulse gaps (idle, then reading) and heap after
# GC per mark. The whole app on its sandbox (forked broker, sample database), headless (Monocle, software rendering).
# Usage: bench/insights.sh [EVENTS_MARK ...]     (default marks: 1000000 3000000; events = messages of the 3 topics)
source "$(dirname "$0")/classpath.sh"
exec java -Xmx1g -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
    ${BENCH_JVM_OPTS:-} -cp "$BENCH_CP" io.pinpipe.bench.InsightsBench "$@"
