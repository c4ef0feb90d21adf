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
# shellcheck source=serve.sh
. "$here/serve.sh"
require_built "$jar"
require_tools wrk curl

serve_emulator "$jar" "$port" -Xms1g -Xmx2g

run() {
  local name="$1" script="$2"
  echo "== $name: wrk -t2 -c$connections -d${seconds}s (after a 5 s warm-up)"
  wrk -t2 -c"$connections" -d5s -s "$here/$script" "$base" >/dev/null
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/$script" "$base" \
    | grep -E "Requests/sec|Latency|50%|90%|99%|requests in|Non-2xx|Socket errors"
}
run GetResponsePlan get-response-plan.lua
run StartIncident start-incident.lua
