#!/usr/bin/env bash
# Throughput of the standalone emulator under wrk: GetResponsePlan and StartIncident at 32 connections.
# Needs: wrk (apt-get install -y wrk) and the shaded jar (cd emulator && mvn -B -q package -DskipTests).
# Usage: benchmarks/emulator/run-wrk.sh [seconds per run, default 20] [connections, default 32]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/emulator/target/imkit-emulator.jar"
seconds="${1:-20}"
connections="${2:-32}"
port="${IMKIT_BENCH_PORT:-18321}"
[ -f "$jar" ] || { echo "run-wrk: $jar is missing; build it with: cd emulator && mvn -B -q package -DskipTests" >&2; exit 2; }
command -v wrk >/dev/null || { echo "run-wrk: wrk is missing; install it with: apt-get install -y wrk" >&2; exit 2; }

log="$(mktemp)"
java -Xms1g -Xmx2g -jar "$jar" --port "$port" >"$log" 2>&1 &
emulator=$!
trap 'kill "$emulator" 2>/dev/null || true; wait "$emulator" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 50); do grep -q "listening on" "$log" && break; sleep 0.2; done
grep -q "listening on" "$log" || { cat "$log" >&2; exit 1; }
base="http://127.0.0.1:$port"
auth="AWS4-HMAC-SHA256 Credential=AKIDBENCH/20261122/us-east-1/ssm-incidents/aws4_request, SignedHeaders=host;x-amz-date, Signature=$(printf '0%.0s' $(seq 64))"
curl -sf -o /dev/null -X POST "$base/createResponsePlan" -H "Authorization: $auth" -H 'Content-Type: application/json' \
  -d '{"name":"bench","displayName":"Benchmark plan","incidentTemplate":{"title":"bench","impact":3,"summary":"s"},"chatChannel":{"empty":{}},"engagements":["arn:aws:ssm-contacts:us-east-1:111122223333:contact/alice"]}'

run() {
  local name="$1" script="$2"
  echo "== $name: wrk -t2 -c$connections -d${seconds}s (after a 5 s warm-up)"
  wrk -t2 -c"$connections" -d5s -s "$here/$script" "$base" >/dev/null
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/$script" "$base" \
    | grep -E "Requests/sec|Latency|50%|90%|99%|requests in|Non-2xx|Socket errors"
}
run GetResponsePlan get-response-plan.lua
run StartIncident start-incident.lua
