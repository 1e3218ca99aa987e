#!/usr/bin/env bash
# The dispatcher's page on the seed: `dutygraph serve` on a fresh store (it loads seed/), then
# ROUNDS rounds (default 10) of 40 everyday complaints asked as `GET /?q=…&j=…`, one at a time,
# as a browser opening a link would. Prints the first (cold) request's time, then the median,
# p95 and worst of the rest, in milliseconds (goal: p95 ≤ 300 ms).
#   bench/pages.sh [ROUNDS]
set -euo pipefail
rounds=${1:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
dotnet build "$root/src/GraphQL" -c Release -v quiet -nologo >/dev/null
exe="$root/src/GraphQL/bin/Release/net10.0/dutygraph"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
env Logging__LogLevel__Default=Warning "$exe" serve --db "$work/pages.db" --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 300); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
questions=(
  "楼下饭店油烟太大" "小区门口有人占道摆摊" "工地晚上十二点还在施工" "邻居家狗不拴绳咬人" "超市卖过期食品"
  "河里有人电鱼" "村里有人乱占耕地建房" "公司拖欠工资三个月" "想办个体工商户营业执照" "孩子上学报名找谁"
  "路灯坏了一个月没人修" "垃圾堆在路边没人清运" "出租车不打表乱收费" "药店卖假药" "养老金没到账"
  "低保怎么申请" "农村危房改造补贴" "秸秆焚烧烟太大" "网吧让未成年人进去" "电动车在楼道充电"
  "医院乱收费" "学校周边有人卖三无零食" "自来水发黄" "小区物业乱收停车费" "噪音扰民的KTV"
  "政府网站信息不更新" "12345热线打不通" "企业投资项目备案" "招商引资项目落地" "工业园区道路坏了"
  "非法营运的黑车" "山上有人盗伐树木" "婚姻登记要带什么" "残疾证怎么办" "退役军人优抚"
  "燃气管道漏气" "违章建筑举报" "户口迁移" "食品经营许可证去哪办" "开诊所要什么手续"
)
places=("上犹县" "上犹县/营前镇" "连江县" "淮北市" "")
times=()
cold=""
for round in $(seq "$rounds"); do
  for i in "${!questions[@]}"; do
    q=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "${questions[$i]}")
    j=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "${places[$((i % ${#places[@]}))]}")
    t=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H 'Accept: text/html' "http://127.0.0.1:$port/?q=$q&j=$j")
    [ "${t%% *}" = 200 ] || { echo "GET /?q=${questions[$i]} answered ${t%% *}" >&2; exit 1; }
    ms=$(awk -v s="${t#* }" 'BEGIN {printf "%.1f", s * 1000}')
    if [ -z "$cold" ]; then cold=$ms; else times+=("$ms"); fi
  done
done
printf '%s\n' "${times[@]}" | sort -n | awk -v cold="$cold" '{a[NR]=$1} END {
  printf "dispatcher page on the seed: first request %.1f ms; then %d requests: median %.1f ms, p95 %.1f ms, worst %.1f ms (goal p95 <= 300 ms)\n",
    cold, NR, a[int((NR+1)/2)], a[int(NR*0.95 + 0.999)], a[NR] }'
