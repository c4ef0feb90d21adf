#!/usr/bin/env bash
# The sharded recipes on one machine: N shards of the checks and of an exploration, as N CI jobs would run them
# (here one after the other), then one merged report of each. The CI recipes: github-actions-shards.yml,
# gitlab-ci-shards.yml.
# Usage: examples/ci/shards.sh [N, default 3] [sequences of the exploration, default 600]
set -euo pipefail
cd "$(dirname "$0")/../.."
shards=${1:-3}
sequences=${2:-600}
reports=${IMKIT_REPORTS:-imkit-reports/shards}
seed=${IMKIT_SEED:-$RANDOM$RANDOM}
status=0
for k in $(seq "$shards"); do
  ./imkit run --shard "$k/$shards" --seed "$seed" --report-dir "$reports/run-$k" || status=$?
  ./imkit explore --shard "$k/$shards" --seed "$seed" --sequences "$sequences" \
    --report-dir "$reports/explore-$k" || status=$?
done
./imkit report "$reports"/run-* --out "$reports/merged/run/report.html"
./imkit report "$reports"/explore-* --out "$reports/merged/explore/report.html"
exit "$status"
