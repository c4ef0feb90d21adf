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
for jar in "$emulator_jar" "$bench_jar"; do
  [ -f "$jar" ] || { echo "explore/run.sh: $jar is missing; build with: mvn -B -q install -DskipTests" >&2; exit 2; }
done
command -v wrk >/dev/null || { echo "explore/run.sh: wrk is missing; install it with: apt-get install -y wrk" >&2; exit 2; }

log="$(mktemp)"
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$emulator_jar" --port "$port" >"$log" 2>&1 &
emulator=$!
trap 'kill "$emulator" 2>/dev/null || true; wait "$emulator" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 50); do grep -q "listening on" "$log" && break; sleep 0.2; done
grep -q "listening on" "$log" || { cat "$log" >&2; exit 1; }
base="http://127.0.0.1:$port"
auth="AWS4-HMAC-SHA256 Credential=AKIDBENCH/20261122/us-east-1/ssm-incidents/aws4_request, SignedHeaders=host;x-amz-date, Signature=$(printf '0%.0s' $(seq 64))"
curl -sf -o /dev/null -X POST "$base/createResponsePlan" -H "Authorization: $auth" -H 'Content-Type: application/json' \
  -d '{"name":"bench","displayName":"Benchmark plan","incidentTemplate":{"title":"bench","impact":3,"summary":"s"},"chatChannel":{"empty":{}},"engagements":["arn:aws:ssm-contacts:us-east-1:111122223333:contact/alice"]}'
echo "== the emulator under wrk, one thread, one connection (GetResponsePlan, after a 5 s warm-up)"
wrk -t1 -c1 -d5s -s "$root/benchmarks/emulator/get-response-plan.lua" "$base" >/dev/null
wrk -t1 -c1 -d20s --latency -s "$root/benchmarks/emulator/get-response-plan.lua" "$base" \
  | grep -E "Requests/sec|Latency|50%|99%|requests in"
kill "$emulator"; wait "$emulator" 2>/dev/null || true
echo "== exploration against the embedded emulator, ${seconds} s"
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$bench_jar" dev.imkit.benchmarks.explore.ExploreRun "$seconds" "$sample" \
  2>/dev/null
