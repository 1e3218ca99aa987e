#!/usr/bin/env bash
# Import benchmark: `dutygraph generate --counties N` (default 100, about 500,000 duty rows),
# then `dutygraph import` of it into a fresh store RUNS times (default 3). Each run prints its
# own rows/s and peak memory; this script prints the medians.
#   bench/import.sh [COUNTIES] [RUNS]
set -euo pipefail
counties=${1:-100}
runs=${2:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-$(mktemp -d)}
dotnet build "$root/src/GraphQL" -c Release -v quiet -nologo >/dev/null
exe="$root/src/GraphQL/bin/Release/net10.0/dutygraph"
[ -f "$work/data/duties.csv" ] || "$exe" generate --counties "$counties" --out "$work/data"
rates=(); peaks=()
for i in $(seq "$runs"); do
  rm -f "$work/bench.db" "$work/bench.db-wal" "$work/bench.db-shm"
  line=$("$exe" import "$work/data" --db "$work/bench.db" | tail -n 1)
  echo "run $i: $line"
  rates+=("$(sed -E 's/.* = ([0-9,]+) rows\/s.*/\1/' <<<"$line" | tr -d ,)")
  peaks+=("$(sed -E 's/.*peak memory ([0-9,]+) MB.*/\1/' <<<"$line" | tr -d ,)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "median of $runs runs: $(median "${rates[@]}") rows/s, peak memory $(median "${peaks[@]}") MB ($counties counties, $(nproc) cores)"
