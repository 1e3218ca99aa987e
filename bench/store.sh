#!/usr/bin/env bash
# The store contract's workload on the embedded store (a bulk load, the API's reads, single writes; p50/p99),
# on `dutygraph generate --counties N` (default 5, about 25,000 duties): the figures the Neo4j store is compared with.
#   bench/store.sh [COUNTIES] [REPEATS]        (BENCH_DIR=folder keeps the data between runs)
set -euo pipefail
counties=${1:-5}
repeats=${2:-200}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-$(mktemp -d)}
dotnet build "$root/src/GraphQL" -c Release -v quiet -nologo >/dev/null
exe="$root/src/GraphQL/bin/Release/net10.0/dutygraph"
[ -f "$work/store-data/duties.csv" ] || "$exe" generate --counties "$counties" --out "$work/store-data"
dotnet run -c Release --project "$root/bench/StoreBench" -- "$work/store-data" "$work/store-bench.db" "$repeats"
