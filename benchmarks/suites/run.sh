#!/usr/bin/env bash
# The checked-request rate beside the raw one-connection rate of the same emulator, in one run:
# 1. wrk, one thread and one connection, GetResponsePlan against the standalone emulator (no signing, no judging);
# 2. the VALIDATION checks with 100 examples per rule site against the embedded emulator, with the launcher's JVM
#    flags (SuiteRun: each category's time, requests and checked requests per second; the VALIDATION line is the
#    figure), reports written as a run writes them.
# Needs: wrk (apt-get install -y wrk), curl and the built jars (mvn -B -q install -DskipTests).
# Usage: benchmarks/suites/run.sh [runs of the suite, default 1]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
emulator_jar="$root/emulator/target/imkit-emulator.jar"
bench_jar="$root/benchmarks/target/benchmarks.jar"
runs="${1:-1}"
port="${IMKIT_BENCH_PORT:-18323}"
# shellcheck source=../emulator/serve.sh
. "$root/benchmarks/emulator/serve.sh"
require_built "$emulator_jar" "$bench_jar"
require_tools wrk curl

serve_emulator "$emulator_jar" "$port" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
reports="$(mktemp -d)"
trap 'stop_emulator; rm -rf "$reports"' EXIT
wrk_one_connection 10
stop_emulator
for run in $(seq "$runs"); do
  echo "== VALIDATION, 100 examples per rule site, against the embedded emulator (run $run of $runs)"
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:CompileThresholdScaling=0.25 -Dimkit.tries=100 \
    -Dimkit.only=VALIDATION -Dimkit.report-dir="$reports/run-$run" -cp "$bench_jar" dev.imkit.benchmarks.suites.SuiteRun \
    2>/dev/null | grep -E "VALIDATION |whole process"
done
