# Sourced by the benchmark scripts (not run alone): the standalone emulator on a port, with the response plan the
# wrk scripts read, and wrk on one connection against it.
#
# serve_emulator JAR PORT [java options...]  starts it, waits until it listens, sets $base, creates the plan
#                                            "bench"; stop_emulator (called by the EXIT trap it sets) stops it
# wrk_one_connection SECONDS                 GetResponsePlan on one thread and one connection, after a 5 s warm-up
# require_built FILE...                      stops (exit 2) with how to build when a jar is missing
# require_tools TOOL...                      stops (exit 2) with how to install when a tool is missing
serve_emulator() {
  local jar="$1" port="$2"
  shift 2
  serve_log="$(mktemp)"
  java "$@" -jar "$jar" --port "$port" >"$serve_log" 2>&1 &
  serve_pid=$!
  trap stop_emulator EXIT
  for _ in $(seq 50); do grep -q "listening on" "$serve_log" && break; sleep 0.2; done
  grep -q "listening on" "$serve_log" || { cat "$serve_log" >&2; exit 1; }
  base="http://127.0.0.1:$port"
  local auth="AWS4-HMAC-SHA256 Credential=AKIDBENCH/20261122/us-east-1/ssm-incidents/aws4_request, SignedHeaders=host;x-amz-date, Signature=$(printf '0%.0s' $(seq 64))"
  curl -sf -o /dev/null -X POST "$base/createResponsePlan" -H "Authorization: $auth" -H 'Content-Type: application/json' \
    -d '{"name":"bench","displayName":"Benchmark plan","incidentTemplate":{"title":"bench","impact":3,"summary":"s"},"chatChannel":{"empty":{}},"engagements":["arn:aws:ssm-contacts:us-east-1:111122223333:contact/alice"]}'
}

stop_emulator() {
  if [ -n "${serve_pid:-}" ]; then
    kill "$serve_pid" 2>/dev/null || true
    wait "$serve_pid" 2>/dev/null || true
    serve_pid=""
  fi
  rm -f "${serve_log:-}"
}

wrk_one_connection() {
  local seconds="$1" lua
  lua="$(dirname "${BASH_SOURCE[0]}")/get-response-plan.lua"
  echo "== the emulator under wrk, one thread, one connection (GetResponsePlan, after a 5 s warm-up)"
  wrk -t1 -c1 -d5s -s "$lua" "$base" >/dev/null
  wrk -t1 -c1 -d"${seconds}s" --latency -s "$lua" "$base" | grep -E "Requests/sec|Latency|50%|99%|requests in"
}

require_built() {
  local file
  for file in "$@"; do
    [ -f "$file" ] || { echo "$(basename "$0"): $file is missing; build with: mvn -B -q install -DskipTests" >&2; exit 2; }
  done
}

require_tools() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "$(basename "$0"): $tool is missing; install it with: apt-get install -y $tool" >&2; exit 2; }
  done
}
