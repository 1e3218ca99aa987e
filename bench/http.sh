#!/usr/bin/env bash
# HTTP benchmark of `dutygraph serve`: a typical unit page query (20 units of a county with
# their jurisdiction, totalCount and pageInfo) POSTed by wrk over CONNECTIONS keep-alive
# connections for SECONDS, RUNS times, against a Release build on a fresh seeded store.
# Prints each run's requests/s and p50/p99 latency, then their medians.
#   bench/http.sh [RUNS] [SECONDS] [CONNECTIONS]
# wrk comes from Debian (apt-get install wrk); the script installs it when it can.
set -euo pipefail
runs=${1:-3}; seconds=${2:-10}; connections=${3:-32}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >/dev/null || (apt-get update >/dev/null && apt-get install -y wrk >/dev/null)
  else echo "wrk is needed: sudo apt-get install wrk" >&2; exit 1; fi
fi
dotnet build "$root/src/GraphQL" -c Release -v quiet -nologo >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
Logging__LogLevel__Default=Warning "$root/src/GraphQL/bin/Release/net10.0/dutygraph" serve --db "$work/bench.db" --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
cat >"$work/query.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
wrk.body = '{"query":"query UnitPage($j: String!, $after: String) { units(jurisdiction: $j, first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id name kind aliases staffQuota validFrom jurisdiction { name level } } } }","variables":{"j":"上犹县"}}'
LUA
body=$(curl -sf "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' --data-binary "$(sed -n "s/^wrk.body = '\(.*\)'$/\1/p" "$work/query.lua")")
grep -q '"totalCount":' <<<"$body" || { echo "the query failed: $body" >&2; exit 1; }
wrk -t2 -c"$connections" -d10s -s "$work/query.lua" "http://127.0.0.1:$port/graphql" >/dev/null   # warm-up: the JIT recompiles hot code with profile data in the first seconds
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.2f", v}'; }
rates=(); p50s=(); p99s=()
for i in $(seq "$runs"); do
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$work/query.lua" "http://127.0.0.1:$port/graphql")
  rate=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out" | to_ms); p99=$(awk '$1=="99%" {print $2}' <<<"$out" | to_ms)
  errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" || true)
  echo "run $i: $rate requests/s, p50 $p50 ms, p99 $p99 ms ${errors}"
  rates+=("$rate"); p50s+=("$p50"); p99s+=("$p99")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "median of $runs runs: $(median "${rates[@]}") requests/s, p50 $(median "${p50s[@]}") ms, p99 $(median "${p99s[@]}") ms ($connections connections, $(nproc) cores shared by server and wrk)"
