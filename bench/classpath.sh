# Sourced by the benchmark scripts: compiles the app and the test classes (where the benchmarks live) and
# sets BENCH_CP to them plus the test class path with Kafka's tools (the 'bench' profile; never in the app).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
MVN_OFFLINE=${MVN_OFFLINE:--o}
mvn -B -q $MVN_OFFLINE -Pbench test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
BENCH_CP="$PWD/target/test-classes:$PWD/target/classes:$(cat target/bench.classpath)"
export BENCH_CP
