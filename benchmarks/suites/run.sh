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
for jar in "$emulator_jar" "$bench_jar"; do
  [ -f "$jar" ] || { echo "suites/run.sh: $jar is missing; build with: mvn -B -q install -DskipTests" >&2; exit 2; }
done
for tool in wrk curl; do
  command -v "$tool" >/dev/null || { echo "suites/run.sh: $tool is missing; install it with: apt-get install -y $tool" >&2; exit 2; }
done

log="$(mktemp)"
reports="$(mktemp -d)"
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$emulator_jar" --port "$port" >"$log" 2>&1 &
emulator=$!
trap 'kill "$emulator" 2>/dev/null || true; wait "$emulator" 2>/dev/null || true; rm -rf "$log" "$reports"' EXIT
for _ in $(seq 50); do grep -q "listening on" "$log" && break; sleep 0.2; done
grep -q "listening on" "$log" || { cat "$log" >&2; exit 1; }
base="http://127.0.0.1:$port"
auth="AWS4-HMAC-SHA256 Credential=AKIDBENCH/20261122/us-east-1/ssm-incidents/aws4_request, SignedHeaders=host;x-amz-date, Signature=$(printf '0%.0s' $(seq 64))"
curl -sf -o /dev/null -X POST "$base/createResponsePlan" -H "Authorization: $auth" -H 'Content-Type: application/json' \
  -d '{"name":"bench","displayName":"Benchmark plan","incidentTemplate":{"title":"bench","impact":3,"summary":"s"},"chatChannel":{"empty":{}},"engagements":["arn:aws:ssm-contacts:us-east-1:111122223333:contact/alice"]}'
echo "== the emulator under wrk, one thread, one connection (GetResponsePlan, after a 5 s warm-up)"
wrk -t1 -c1 -d5s -s "$root/benchmarks/emulator/get-response-plan.lua" "$base" >/dev/null
wrk -t1 -c1 -d10s --latency -s "$root/benchmarks/emulator/get-response-plan.lua" "$base" \
  | grep -E "Requests/sec|Latency|50%|99%|requests in"
kill "$emulator"; wait "$emulator" 2>/dev/null || true
for run in $(seq "$runs"); do
  echo "== VALIDATION, 100 examples per rule site, against the embedded emulator (run $run of $runs)"
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:CompileThresholdScaling=0.25 -Dimkit.tries=100 \
    -Dimkit.only=VALIDATION -Dimkit.report-dir="$reports/run-$run" -cp "$bench_jar" dev.imkit.benchmarks.suites.SuiteRun \
    2>/dev/null | grep -E "VALIDATION |whole process"
done
