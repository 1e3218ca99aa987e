#!/usr/bin/env bash
# Mixed workload on `dutygraph generate --counties N` (default 20) served by `dutygraph serve`:
# four readers alone, then with two editors writing duties into random counties, whole-store
# questions under the same writers, a 1 MB question, six worst-case questions at once and the
# server's processor use after them. RUNS runs (default 3) of SECONDS a phase (default 30);
# prints each run's figures and their medians.
#   bench/mixed.sh [COUNTIES] [RUNS] [SECONDS]      (BENCH_DIR=folder keeps the generated data)
set -euo pipefail
counties=${1:-20}; runs=${2:-3}; seconds=${3:-30}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-$(mktemp -d)}
dotnet build "$root/src/GraphQL" -c Release -v quiet -nologo >/dev/null
dotnet build "$root/bench/MixedBench" -c Release -v quiet -nologo >/dev/null
exe="$root/src/GraphQL/bin/Release/net10.0/dutygraph"
[ -f "$work/data/duties.csv" ] || "$exe" generate --counties "$counties" --out "$work/data" >/dev/null
rm -f "$work/mixed.db" "$work/mixed.db-wal" "$work/mixed.db-shm"
"$exe" import "$work/data" --db "$work/mixed.db" | tail -n 1
# One editor key for the editors, and a reader key for each reader (each dispatcher desk has its own, as the rate limits count by key).
keys=(); settings=()
for i in 0 1 2 3 4; do
  keys[$i]="dg_bench_$(head -c 24 /dev/urandom | base64 | tr -d '/+=')"
  role=$([ "$i" = 0 ] && echo Editor || echo Reader)
  settings+=("Access__Keys__${i}__Name=bench$i" "Access__Keys__${i}__Sha256=$(printf '%s' "${keys[$i]}" | sha256sum | cut -d' ' -f1)" "Access__Keys__${i}__Role=$role")
done
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
env Logging__LogLevel__Default=Warning "${settings[@]}" \
  "$exe" serve --db "$work/mixed.db" --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 150); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
dotnet "$root/bench/MixedBench/bin/Release/net10.0/MixedBench.dll" "http://127.0.0.1:$port" "$(IFS=,; echo "${keys[*]}")" "$server" "$runs" "$seconds"
