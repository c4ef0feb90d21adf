#!/usr/bin/env bash
# imkit in any CI (plain shell and Maven): the three targets of the GitHub Actions recipe.
# Usage: examples/ci/ci.sh emulator | third-party URL | sandbox ACCOUNT_ID
# Exit codes are imkit's: 0 pass, 1 new failures, 2 usage or configuration, 3 the URL is unreachable or is not an
# ssm-incidents endpoint (one line says what it answered).
set -euo pipefail
cd "$(dirname "$0")/../.."
reports=${IMKIT_REPORTS:-imkit-reports}

case "${1:-emulator}" in
  emulator)      # (a) the reference emulator started as a service on a port
    ./imkit emulator --port 4566 > "${TMPDIR:-/tmp}/imkit-emulator.log" 2>&1 &
    emulator=$!
    trap 'kill $emulator' EXIT
    for _ in $(seq 60); do curl -s -o /dev/null http://127.0.0.1:4566/ && break; sleep 2; done
    ./imkit run --endpoint http://127.0.0.1:4566 --access-key-id AKIDEXAMPLE --secret-access-key x \
      --report-dir "$reports" ;;
  third-party)   # (b) another emulator at a URL, e.g. a service container http://localstack:4566; known
                 # deviations in imkit-baseline.txt. --live false: it is an emulator wherever it runs, so no
                 # credentials, account, allowlist, rate limit or request budget are needed
    baseline=()
    if [ -f imkit-baseline.txt ]; then baseline=(--baseline imkit-baseline.txt); fi
    ./imkit run --endpoint "$2" --live false "${baseline[@]}" --report-dir "$reports" ;;
  sandbox)       # (c) a sandbox account; credentials from the default AWS chain (e.g. OIDC web identity)
    trap './imkit cleanup --journal "$reports/journal.jsonl" --endpoint https://ssm-incidents.us-east-1.amazonaws.com --allow-account "$2" || true' EXIT
    ./imkit run --endpoint https://ssm-incidents.us-east-1.amazonaws.com --region us-east-1 --profile smoke \
      --allow-account "$2" --report-dir "$reports" ;;
  *) echo "usage: $0 emulator | third-party URL | sandbox ACCOUNT_ID" >&2; exit 2 ;;
esac
# The reports to keep as artifacts: $reports/report.html, $reports/allure-results/, $reports/junit/
