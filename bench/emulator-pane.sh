#!/usr/bin/env bash
# Benchmark 3: JavaFX pulse gaps and heap while the Emulator pane shows a run at maximum pace.
# Usage: bench/emulator-pane.sh [EVENTS_MARK ...]     (default marks: 100000 1000000 5000000)
# Headless (Monocle, software rendering) so it runs anywhere; the app, sandbox broker and database are real.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
    -Dmdep.includeScope=test
exec java -Xmx1g -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
    -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
    io.pinpipe.app.EmulatorPaneBench "$@"
