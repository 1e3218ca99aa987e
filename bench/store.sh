#!/usr/bin/env bash
# The store contract's workload (a bulk load, the API's reads, single writes; p50/p99) on
# `dutygraph generate --counties N` (default 5, about 25,000 duties), on the embedded store, or with
# STORE=neo4j on the Neo4j of NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD (its database is replaced).
#   bench/store.sh [COUNTIES] [REPEATS]        (BENCH_DIR=folder keeps the data between runs)
set -euo pipefail
counties=${1:-5}
repeats=${2:-200}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-$(mktemp -d)}
dotnet build "$root/src/GraphQL" -c Release -v quiet -nologo >/dev/null
exe="$root/src/GraphQL/bin/Release/net10.0/dutygraph"
[ -f "$work/store-data/duties.csv" ] || "$exe" generate --counties "$counties" --out "$work/store-data"
target="$work/store-bench.db"
[ "${STORE:-sqlite}" = neo4j ] && target=neo4j
dotnet run -c Release --project "$root/bench/StoreBench" -- "$work/store-data" "$target" "$repeats"
