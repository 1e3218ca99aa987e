# -*- coding: utf-8 -*-
"""Re-reads the CSVs of this evaluation set (and nothing else) and verifies the rules of the
spec. Exit code 1 on any failure. Prints the counts at the end."""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
EVAL = "2025-06-30"
TOP = "澄江市"
REFORM = "2024-12-20"

HEADERS = {
    "county/units.csv": ["行政区划", "单位", "类型", "上级单位", "挂牌名称", "合署办公", "编制数", "设立日期", "撤销日期"],
    "county/sections.csv": ["行政区划", "单位", "科室", "类型", "编制数", "实有人数", "设立日期", "撤销日期"],
    "county/duties.csv": ["行政区划", "单位", "科室", "事项编码", "事项名称", "事项类型", "职责内容", "实施依据",
                          "角色", "生效日期", "失效日期", "状态"],
    "county/correspondences.csv": ["乡镇", "乡镇机构", "县直部门", "备注"],
    "questions.csv": ["问题", "行政区划", "正确单位", "县直对口单位", "备注"],
    "overlaps.csv": ["簇", "类型", "行政区划", "事项名称", "单位", "科室", "说明"],
    "shenguan.csv": ["簇", "行政区划", "事项名称", "单位", "科室", "说明"],
    "distractors.csv": ["簇", "类型", "行政区划", "事项名称", "单位", "科室", "说明"],
    "orphans.csv": ["类型", "行政区划", "事项名称", "单位", "科室", "说明"],
}
UNIT_KINDS = {"党委部门", "政府部门", "群团组织", "事业单位", "乡镇", "派出机构", "议事协调机构", "其他"}
SEC_KINDS = {"综合", "业务", "执法", "审批", "其他"}
DUTY_KINDS = {"行政许可", "行政处罚", "行政强制", "行政征收", "行政给付", "行政检查", "行政确认", "行政奖励",
              "行政裁决", "其他行政权力", "公共服务", "内部管理"}
TOWN_KINDS = {"基本履职", "配合履职", "上级收回"}
ORPHAN_KINDS = ["UNHELD", "NO_LEAD", "ABOLISHED_HOLDER", "MISSING_UNIT", "MISSING_SECTION",
                "BROKEN_CORRESPONDENCE", "UNMAPPED_TOWNSHIP_OFFICE"]
DIS_KINDS = {"内部事务", "牵头配合", "对象不同", "同法不同条", "属地不同", "上下级", "三定分工"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

errors = []


def err(msg):
    errors.append(msg)


def read(rel):
    path = os.path.join(ROOT, rel)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{rel}: has a BOM")
    if b"\r" in raw:
        err(f"{rel}: has CR line ends")
    text = raw.decode("utf-8")
    rows = list(csv.reader(text.splitlines()))
    if rows[0] != HEADERS[rel]:
        err(f"{rel}: header {rows[0]} != {HEADERS[rel]}")
    out = []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(rows[0]):
            err(f"{rel}:{i}: {len(r)} fields")
            continue
        out.append(dict(zip(rows[0], r)))
    return out


units = read("county/units.csv")
sections = read("county/sections.csv")
duties = read("county/duties.csv")
corrs = read("county/correspondences.csv")
questions = read("questions.csv")
overlaps = read("overlaps.csv")
shenguan = read("shenguan.csv")
distractors = read("distractors.csv")
orphans = read("orphans.csv")


def chk_date(rel, v):
    if v and not DATE_RE.match(v):
        err(f"{rel}: bad date {v!r}")


# ---------- basic validity ----------
unit_by = {}
for u in units:
    k = (u["行政区划"], u["单位"])
    if k in unit_by:
        err(f"duplicate unit {k}")
    unit_by[k] = u
    if u["类型"] not in UNIT_KINDS:
        err(f"unit kind {u['类型']}")
    chk_date("units", u["设立日期"])
    chk_date("units", u["撤销日期"])
    if u["编制数"] and not u["编制数"].isdigit():
        err(f"unit quota {u}")
sec_by = {}
for s in sections:
    k = (s["行政区划"], s["单位"], s["科室"])
    if k in sec_by:
        err(f"duplicate section {k}")
    sec_by[k] = s
    if (s["行政区划"], s["单位"]) not in unit_by:
        err(f"section of unknown unit {k}")
    if s["类型"] not in SEC_KINDS:
        err(f"section kind {s['类型']}")
    chk_date("sections", s["设立日期"])
    chk_date("sections", s["撤销日期"])

jurs = set(u["行政区划"] for u in units) | set(d["行政区划"] for d in duties)


def chain(j):
    parts = j.split("/")
    return ["/".join(parts[:i]) for i in range(len(parts), 0, -1)]


def resolve_unit(j, name, start_above=False):
    c = chain(j)
    if start_above:
        c = c[1:]
    for jj in c:
        if (jj, name) in unit_by:
            return jj
    return None


def alive(rec):
    return not rec["撤销日期"] or rec["撤销日期"] > EVAL


def in_force(d):
    return (d["状态"] != "取消" and (not d["生效日期"] or d["生效日期"] <= EVAL)
            and (not d["失效日期"] or d["失效日期"] > EVAL))


for d in duties:
    sub = "/" in d["行政区划"]
    kinds = DUTY_KINDS | (TOWN_KINDS if sub else set())
    if d["事项类型"] not in kinds:
        err(f"duty kind {d['事项类型']} in {d['行政区划']}")
    if d["角色"] not in ("牵头", "配合"):
        err(f"role {d['角色']}")
    if d["状态"] not in ("有效", "取消"):
        err(f"status {d['状态']}")
    if d["状态"] == "取消" and not d["失效日期"]:
        err(f"取消 without 失效日期: {d['事项名称']}")
    chk_date("duties", d["生效日期"])
    chk_date("duties", d["失效日期"])
    if not d["事项名称"]:
        err("duty without title")
    if not d["实施依据"]:
        err(f"duty without basis: {d['事项名称']}")
for c in corrs:
    if c["乡镇"] not in jurs or "/" not in c["乡镇"]:
        err(f"correspondence township {c['乡镇']}")
    if (c["乡镇"], c["乡镇机构"]) not in unit_by:
        err(f"correspondence office not defined: {c['乡镇']} {c['乡镇机构']}")

# ---------- orphan recomputation ----------
found = set()
duty_groups = defaultdict(list)
for d in duties:
    duty_groups[(d["行政区划"], d["事项编码"] or d["事项名称"])].append(d)
for key, rs in duty_groups.items():
    live = [d for d in rs if in_force(d)]
    if live and not any(d["角色"] == "牵头" for d in live):
        found.add(("NO_LEAD", key[0], live[0]["事项名称"], "", ""))
    for d in live:
        j, unit, sec = d["行政区划"], d["单位"], d["科室"]
        if not unit:
            found.add(("UNHELD", j, d["事项名称"], "", ""))
            continue
        uj = resolve_unit(j, unit)
        if uj is None:
            found.add(("MISSING_UNIT", j, d["事项名称"], unit, ""))
            continue
        dead = not alive(unit_by[(uj, unit)])
        if not dead and sec:
            s = sec_by.get((uj, unit, sec))
            if s is None:
                found.add(("MISSING_SECTION", j, d["事项名称"], unit, sec))
                continue
            dead = not alive(s)
        if dead:
            others = [o for o in live if o is not d and o["角色"] == "牵头" and o["单位"]
                      and resolve_unit(j, o["单位"]) and alive(unit_by[(resolve_unit(j, o["单位"]), o["单位"])])]
            if not others:
                found.add(("ABOLISHED_HOLDER", j, d["事项名称"], unit, sec))
mapped = set()
for c in corrs:
    mapped.add((c["乡镇"], c["乡镇机构"]))
    uj = resolve_unit(c["乡镇"], c["县直部门"], start_above=True)
    if uj is None or not alive(unit_by[(uj, c["县直部门"])]):
        found.add(("BROKEN_CORRESPONDENCE", c["乡镇"], "", c["县直部门"], ""))
holders = set()
for d in duties:
    if in_force(d) and "/" in d["行政区划"] and (d["行政区划"], d["单位"]) in unit_by:
        holders.add((d["行政区划"], d["单位"]))
for h in holders:
    if h not in mapped:
        found.add(("UNMAPPED_TOWNSHIP_OFFICE", h[0], "", h[1], ""))

planted = set()
for o in orphans:
    if o["类型"] not in ORPHAN_KINDS:
        err(f"orphan kind {o['类型']}")
    k = (o["类型"], o["行政区划"], o["事项名称"], o["单位"], o["科室"])
    if k in planted:
        err(f"duplicate orphan {k}")
    planted.add(k)
for k in sorted(found - planted):
    err(f"orphan found but not planted: {k}")
for k in sorted(planted - found):
    err(f"orphan planted but not found: {k}")
okinds = Counter(o["类型"] for o in orphans)
if not 22 <= len(orphans) <= 28:
    err(f"orphans: {len(orphans)} not in 22-28")
for k in ORPHAN_KINDS:
    if okinds[k] < 2:
        err(f"orphan kind {k} only {okinds[k]}")
# planted orphans naming a duty match exactly one duty row (NO_LEAD: one duty)
for o in orphans:
    if not o["事项名称"]:
        continue
    rs = [d for d in duties if d["行政区划"] == o["行政区划"] and d["事项名称"] == o["事项名称"]
          and (o["类型"] == "NO_LEAD" or (d["单位"] == o["单位"] and d["科室"] == o["科室"]))]
    if o["类型"] == "NO_LEAD":
        if len(set(d["事项编码"] for d in rs)) != 1:
            err(f"NO_LEAD orphan not one duty: {o['事项名称']}")
    elif len(rs) != 1:
        err(f"orphan row matches {len(rs)} duty rows: {o['事项名称']}")

cancelled = [d for d in duties if d["状态"] == "取消" and d["失效日期"] and d["失效日期"] < EVAL]
if len(cancelled) < 2:
    err("fewer than 2 取消 duties")


# ---------- keyed rows ----------
def match(rel, r):
    rs = [d for d in duties if d["行政区划"] == r["行政区划"] and d["事项名称"] == r["事项名称"]
          and d["单位"] == r["单位"] and d["科室"] == r["科室"]]
    if len(rs) != 1:
        err(f"{rel}: row matches {len(rs)} duty rows: {r['行政区划']} {r['单位']} {r['科室']} {r['事项名称']}")
        return None
    return rs[0]


ov_cl = defaultdict(list)
for r in overlaps:
    d = match("overlaps", r)
    if d is None:
        continue
    if r["类型"] not in ("重复", "交叉"):
        err(f"overlap type {r['类型']}")
    if not (in_force(d) and d["角色"] == "牵头"):
        err(f"overlap member not a lead row in force: {r['事项名称']}")
    ov_cl[r["簇"]].append((r, d))
ident_clusters = 0
for cid, ms in ov_cl.items():
    if len(set(m[0]["行政区划"] for m in ms)) != 1:
        err(f"overlap {cid} spans lists")
    if not 2 <= len(ms) <= 3:
        err(f"overlap {cid} has {len(ms)} members")
    hs = [(m[1]["单位"], m[1]["科室"]) for m in ms]
    if len(set(hs)) != len(hs):
        err(f"overlap {cid}: holders not different")
    if len(set(m[0]["类型"] for m in ms)) != 1:
        err(f"overlap {cid}: mixed types")
    if len(set(m[1]["事项名称"] for m in ms)) == 1:
        ident_clusters += 1
if not 35 <= len(ov_cl) <= 45:
    err(f"overlap clusters {len(ov_cl)} not in 35-45")
if ident_clusters < 8:
    err(f"only {ident_clusters} identical-title overlap clusters")

sg_cl = defaultdict(list)
for r in shenguan:
    d = match("shenguan", r)
    if d is not None:
        if not (in_force(d) and d["角色"] == "牵头"):
            err(f"shenguan member not a lead row in force: {r['事项名称']}")
        sg_cl[r["簇"]].append((r, d))
for cid, ms in sg_cl.items():
    if len(ms) != 2:
        err(f"shenguan {cid}: {len(ms)} rows")
        continue
    appr = [m for m in ms if m[1]["单位"].endswith("行政审批局") and m[1]["事项类型"] == "行政许可"]
    if len(appr) != 1:
        err(f"shenguan {cid}: needs exactly one 行政审批局 licence")
    if ms[0][1]["单位"] == ms[1][1]["单位"]:
        err(f"shenguan {cid}: same unit")
    if ms[0][0]["行政区划"] != ms[1][0]["行政区划"]:
        err(f"shenguan {cid}: spans lists")
if len(sg_cl) < 8:
    err(f"shenguan pairs {len(sg_cl)} < 8")

di_cl = defaultdict(list)
for r in distractors:
    d = match("distractors", r)
    if r["类型"] not in DIS_KINDS:
        err(f"distractor type {r['类型']}")
    if d is not None:
        di_cl[r["簇"]].append((r, d))
di_types = Counter(ms[0][0]["类型"] for ms in di_cl.values())
if not 60 <= len(di_cl) <= 80:
    err(f"distractor groups {len(di_cl)} not in 60-80")
if di_types["内部事务"] < 12:
    err("fewer than 12 内部事务 groups")
if di_types["牵头配合"] < 8:
    err("fewer than 8 牵头配合 groups")
for cid, ms in di_cl.items():
    if len(ms) < 2:
        err(f"distractor {cid} has {len(ms)} rows")
    if ms[0][0]["类型"] == "牵头配合":
        roles = Counter(m[1]["角色"] for m in ms)
        if roles["牵头"] != 1 or roles["配合"] < 1 or len(set(m[1]["事项编码"] for m in ms)) != 1:
            err(f"牵头配合 {cid} is not one lead plus support rows of one duty")

# ---------- identical titles of different lead holders ----------
def rk(d):
    return (d["行政区划"], d["事项名称"], d["单位"], d["科室"])


together = defaultdict(set)
for src, cl in (("ov", ov_cl), ("sg", sg_cl)):
    for cid, ms in cl.items():
        for m in ms:
            together[rk(m[1])].add(src + cid)
for cid, ms in di_cl.items():
    if ms[0][0]["类型"] == "内部事务":
        for m in ms:
            together[rk(m[1])].add("di" + cid)
by_title = defaultdict(list)
for d in duties:
    if in_force(d) and d["角色"] == "牵头" and d["单位"]:
        by_title[(d["行政区划"], d["事项名称"])].append(d)
ident_pairs = 0
for k, rs in by_title.items():
    for i in range(len(rs)):
        for j in range(i + 1, len(rs)):
            a, b = rs[i], rs[j]
            if (a["单位"], a["科室"]) == (b["单位"], b["科室"]):
                continue
            ident_pairs += 1
            if not (together[rk(a)] & together[rk(b)]):
                err(f"identical title of two lead holders not planted: {k} {a['单位']}/{a['科室']} vs {b['单位']}/{b['科室']}")
# 内部事务 groups must be own-affairs rows
for cid, ms in di_cl.items():
    if ms[0][0]["类型"] == "内部事务" and any(m[1]["事项类型"] != "内部管理" for m in ms):
        err(f"内部事务 {cid} contains a non-内部管理 row")

# ---------- questions ----------
corr_set = set((c["乡镇"], c["乡镇机构"], c["县直部门"]) for c in corrs)
empty_q = 0
q_units = set()
for q in questions:
    if not q["问题"].strip():
        err("empty question")
    if q["行政区划"] not in jurs:
        err(f"question jurisdiction {q['行政区划']}")
    if not q["正确单位"]:
        empty_q += 1
        if q["县直对口单位"]:
            err("uncovered question with 县直对口单位")
        continue
    uj = resolve_unit(q["行政区划"], q["正确单位"])
    if uj is None:
        err(f"question unit not found: {q['正确单位']}")
        continue
    if not alive(unit_by[(uj, q["正确单位"])]):
        err(f"question unit abolished: {q['正确单位']}")
    q_units.add((uj, q["正确单位"]))
    leads = [d for d in duties if d["行政区划"] == q["行政区划"] and d["单位"] == q["正确单位"]
             and d["角色"] == "牵头" and in_force(d)]
    if not leads:
        err(f"question unit holds no lead duty in force in {q['行政区划']}: {q['正确单位']}")
    if q["备注"] not in set(d["事项名称"] for d in leads):
        err(f"question 备注 is not a lead duty of its unit: {q['正确单位']} {q['备注']}")
    if "/" in q["行政区划"]:
        if (q["行政区划"], q["正确单位"], q["县直对口单位"]) not in corr_set:
            err(f"question 县直对口单位 not a correspondence: {q['正确单位']} -> {q['县直对口单位']}")
    elif q["县直对口单位"]:
        err("top-list question with 县直对口单位")
if not 300 <= len(questions) <= 450:
    err(f"questions {len(questions)} not in 300-450")
if empty_q < 20:
    err(f"only {empty_q} uncovered questions")
if len(q_units) < 70:
    err(f"questions spread over only {len(q_units)} units")

# ---------- sizes and reform ----------
def n_duties(j, pred=lambda d: True):
    return len(set(d["事项编码"] or d["事项名称"] for d in duties if d["行政区划"] == j and pred(d)))


top_n = n_duties(TOP)
top_nb = sum(1 for d in duties if d["行政区划"] == TOP and d["事项类型"] == "内部管理" and in_force(d))
if not 700 <= top_n <= 1000:
    err(f"top list {top_n} duties not in 700-1000")
if not 150 <= top_nb <= 250:
    err(f"top list 内部管理 {top_nb} not in 150-250")
sub_lists = sorted(j for j in jurs if "/" in j)
sub_counts = {j: n_duties(j, in_force) for j in sub_lists}
for j, n in sub_counts.items():
    if not 80 <= n <= 150:
        err(f"list {j}: {n} duties in force not in 80-150")
for u in units:
    if u["行政区划"] != TOP or u["类型"] == "议事协调机构" or not alive(u):
        continue
    n = sum(1 for s in sections if s["行政区划"] == TOP and s["单位"] == u["单位"] and alive(s))
    if not 2 <= n <= 8:
        err(f"{u['单位']} has {n} sections in force")
abolished = [u for u in units if u["撤销日期"] == REFORM]
created = [u for u in units if u["设立日期"] == REFORM]
merged = [s for s in sections if s["撤销日期"] == REFORM]
moves = 0
by_code = defaultdict(list)
for d in duties:
    by_code[(d["行政区划"], d["事项编码"])].append(d)
for k, rs in by_code.items():
    old = [d for d in rs if d["失效日期"] == REFORM and d["状态"] == "有效"]
    new = [d for d in rs if d["生效日期"] == REFORM and in_force(d)]
    if old and new:
        moves += 1
if not abolished or not created or not merged or moves < 10:
    err(f"reform too thin: abolished {len(abolished)}, created {len(created)}, "
        f"sections closed {len(merged)}, moved duties {moves}")

# ---------- report ----------
if errors:
    for e in errors[:200]:
        print("FAIL:", e)
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
print("OK")
print(f"units {len(units)} (top list {sum(1 for u in units if u['行政区划'] == TOP)}, "
      f"abolished {len(abolished)}, created {len(created)}); sections {len(sections)} "
      f"(closed by the reform {len(merged)})")
print(f"duty rows {len(duties)}; top list {top_n} duties, of which 内部管理 in force {top_nb}; "
      f"moved by the reform {moves}; cancelled {len(cancelled)}")
for j in sub_lists:
    print(f"  {j}: {sub_counts[j]} duties in force")
print(f"correspondences {len(corrs)}")
print(f"questions {len(questions)} (uncovered {empty_q}, units {len(q_units)})")
print(f"overlap clusters {len(ov_cl)} (identical titles {ident_clusters}, "
      f"重复 {sum(1 for m in ov_cl.values() if m[0][0]['类型'] == '重复')}, "
      f"交叉 {sum(1 for m in ov_cl.values() if m[0][0]['类型'] == '交叉')})")
print(f"shenguan pairs {len(sg_cl)}")
print(f"distractor groups {len(di_cl)}: " + ", ".join(f"{k} {v}" for k, v in sorted(di_types.items())))
print(f"orphans {len(orphans)}: " + ", ".join(f"{k} {okinds[k]}" for k in ORPHAN_KINDS))
print(f"identical-title lead pairs checked {ident_pairs}")
