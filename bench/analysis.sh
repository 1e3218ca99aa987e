#!/usr/bin/env bash
# Analysis benchmark on `dutygraph generate --counties N` (default 100, about 500,000 duties):
# read model and meanings build time and memory, the duplicate scan of the whole set with its
# cluster sizes, and who-is-responsible p50/p99 once warm.
#   bench/analysis.sh [COUNTIES]        (BENCH_DIR=folder keeps the data and store between runs)
set -euo pipefail
counties=${1:-100}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-$(mktemp -d)}
dotnet build "$root/src/GraphQL" -c Release -v quiet -nologo >/dev/null
exe="$root/src/GraphQL/bin/Release/net10.0/dutygraph"
[ -f "$work/data/duties.csv" ] || "$exe" generate --counties "$counties" --out "$work/data"
[ -f "$work/analysis.db" ] || "$exe" import "$work/data" --db "$work/analysis.db" | tail -n 1
dotnet run -c Release --project "$root/bench/AnalysisBench" -- "$work/analysis.db"
