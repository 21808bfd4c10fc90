#!/usr/bin/env bash
# The emulator against an earlier commit of itself, alternating in fresh JVMs against one warm sandbox broker:
# whether a change made it faster, on a machine whose speed moves from minute to minute.
# Usage: bench/emulator-before-after.sh REV      Knobs: BENCH_EVENTS (default 1000000), BENCH_ROUNDS (default 3),
# BENCH_OFFLINE=1 (Maven with -o, for this build and the older one; online by default).
source "$(dirname "$0")/classpath.sh"
rev=${1:?"Usage: $0 REV (the commit to compare with, e.g. HEAD~1)"}
before="$PWD/target/bench-before"
rm -rf "$before"
git worktree remove --force "$before" 2>/dev/null || true
git worktree add -q --detach "$before" "$rev"
trap 'git worktree remove --force "$before"' EXIT
(cd "$before" && mvn -B -q $MVN_FLAGS compile)
java -Xmx512m -cp "$BENCH_CP" io.pinpipe.bench.EmulatorBeforeAfter "$before/target/classes" "$PWD/target/classes"
