# Sourced by the benchmark scripts: compiles the app and the test classes (where the benchmarks live) and
# sets BENCH_CP to them plus the test class path with Kafka's tools (test scope; never in the app).
# Maven runs online, so a fresh machine downloads kafka-tools the first time; BENCH_OFFLINE=1 adds -o.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# MVN_FLAGS is read again by scripts that build more (emulator-before-after.sh builds an older commit too).
case "${BENCH_OFFLINE:-}" in
    "" | 0 | false | no) MVN_FLAGS="" ;;
    *) MVN_FLAGS="-o" ;;
esac
mvn -B -q $MVN_FLAGS test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
BENCH_CP="$PWD/target/test-classes:$PWD/target/classes:$(cat target/bench.classpath)"
export BENCH_CP
