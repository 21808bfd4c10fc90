#!/usr/bin/env bash
# Benchmark 4: the Topics pane filling with 10,000 topics (headless, Monocle) against raw AdminClient listTopics + describeTopics.
# Knobs: BENCH_TOPICS (default 10000), BENCH_ROUNDS (default 3), BENCH_JVM_OPTS (e.g. a flight recording).
source "$(dirname "$0")/classpath.sh"
exec java -Xmx1g ${BENCH_JVM_OPTS:-} -Dtestfx.robot=glass -Dtestfx.headless=true -Dglass.platform=Monocle \
    -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true -cp "$BENCH_CP" io.pinpipe.bench.TopicsPaneFill
