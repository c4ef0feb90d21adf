#!/usr/bin/env bash
# Differential exploration's throughput beside the raw one-connection rate of the same emulator, in one run:
# 1. wrk, one thread and one connection, GetResponsePlan against the standalone emulator (no signing, no judging);
# 2. imkit's exploration against the embedded emulator (target and reference both embedded, every step sent to
#    both sides, judged) with the launcher's JVM flags, its heap after a full GC sampled as it goes.
# Needs: wrk (apt-get install -y wrk) and the built jars (mvn -B -q install -DskipTests).
# Usage: benchmarks/explore/run.sh [seconds of exploration, default 60] [heap sample every N s, default 10]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
emulator_jar="$root/emulator/target/imkit-emulator.jar"
bench_jar="$root/benchmarks/target/benchmarks.jar"
seconds="${1:-60}"
sample="${2:-10}"
port="${IMKIT_BENCH_PORT:-18322}"
# shellcheck source=../emulator/serve.sh
. "$root/benchmarks/emulator/serve.sh"
require_built "$emulator_jar" "$bench_jar"
require_tools wrk curl

serve_emulator "$emulator_jar" "$port" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
wrk_one_connection 20
stop_emulator
echo "== exploration against the embedded emulator, ${seconds} s"
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$bench_jar" dev.imkit.benchmarks.explore.ExploreRun "$seconds" "$sample" \
  2>/dev/null
