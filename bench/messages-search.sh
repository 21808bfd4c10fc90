#!/usr/bin/env bash
# Benchmark 6: search 1,000,000 emulator pin rows in one topic for a text about 1 % hold: Pinpipe's
# `messages read --from beginning --count 0 --filter ... --format raw` against Kafka's ConsoleConsumer | grep -F
# (same broker, fresh JVMs, alternating rounds, medians). Knobs: BENCH_MESSAGES (default 1000000),
# BENCH_ROUNDS (default 3), BENCH_JVM_OPTS (both sides, e.g. -XX:StartFlightRecording=filename=/tmp/{main}.jfr).
source "$(dirname "$0")/classpath.sh"
exec java -Xmx2g -cp "$BENCH_CP" io.pinpipe.bench.MessagesSearchBench
