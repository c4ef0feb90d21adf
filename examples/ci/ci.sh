#!/usr/bin/env bash
# imkit in any CI (plain shell and Maven): the three targets of the GitHub Actions recipe.
# Usage: examples/ci/ci.sh emulator | third-party URL | sandbox ACCOUNT_ID
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
  third-party)   # (b) another implementation at a URL; known deviations in imkit-baseline.txt
    baseline=()
    if [ -f imkit-baseline.txt ]; then baseline=(--baseline imkit-baseline.txt); fi
    ./imkit run --endpoint "$2" --access-key-id test --secret-access-key test "${baseline[@]}" \
      --report-dir "$reports" ;;
  sandbox)       # (c) a sandbox account; credentials from the default AWS chain (e.g. OIDC web identity)
    trap './imkit cleanup --journal "$reports/journal.jsonl" --endpoint https://ssm-incidents.us-east-1.amazonaws.com --allow-account "$2" || true' EXIT
    ./imkit run --endpoint https://ssm-incidents.us-east-1.amazonaws.com --region us-east-1 --profile smoke \
      --allow-account "$2" --report-dir "$reports" ;;
  *) echo "usage: $0 emulator | third-party URL | sandbox ACCOUNT_ID" >&2; exit 2 ;;
esac
# The reports to keep as artifacts: $reports/report.html, $reports/allure-results/, $reports/junit/
