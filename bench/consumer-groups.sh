#!/usr/bin/env bash
# Benchmark 5: 1,000 consumer groups over 10,000 partitions read with lag by Pinpipe against Kafka's own
# kafka-consumer-groups.sh --describe --all-groups (ConsumerGroupCommand, same JVM, same broker, alternating rounds).
# Knobs: BENCH_GROUPS (default 1000), BENCH_PARTITIONS (default 10000), BENCH_ROUNDS (default 3), BENCH_JVM_OPTS.
source "$(dirname "$0")/classpath.sh"
exec java -Xmx2g ${BENCH_JVM_OPTS:-} -Dtestfx.robot=glass -Dtestfx.headless=true -Dglass.platform=Monocle \
    -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true -cp "$BENCH_CP" io.pinpipe.bench.ConsumerGroupsBench
