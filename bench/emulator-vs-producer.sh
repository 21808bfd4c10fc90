#!/usr/bin/env bash
# Benchmark 1: the emulator at maximum pace against Kafka's ProducerPerformance (same broker, records, sizes, acks=all).
# Knobs: BENCH_EVENTS (default 1000000 events = 3 million records per run), BENCH_ROUNDS (default 3).
source "$(dirname "$0")/classpath.sh"
exec java -Xmx512m -cp "$BENCH_CP" io.pinpipe.bench.EmulatorVsProducer
