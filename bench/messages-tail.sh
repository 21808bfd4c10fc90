#!/usr/bin/env bash
# JavaFX pulse gaps and heap while the Messages pane tails (Live) the emulator's posts topic, the emulator at maximum
# pace: the whole app on its sandbox (forked broker, sample database), headless (Monocle, software rendering).
# Usage: bench/messages-tail.sh [MESSAGES_MARK ...]     (default marks: 100000 1000000 5000000)
source "$(dirname "$0")/classpath.sh"
exec java -Xmx1g -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
    -cp "$BENCH_CP" io.pinpipe.bench.MessagesTailBench "$@"
