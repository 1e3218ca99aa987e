#!/usr/bin/env python3
"""Verify the DutyGraph evaluation set in this folder against the spec rules and print counts.
Standalone: reads only the CSV files next to it. Exit code 1 on any failure."""
import csv, io, os, re, sys, collections, itertools
ROOT = os.path.dirname(os.path.abspath(__file__))
EVAL = "2025-06-30"
FAIL = []
def fail(msg): FAIL.append(msg)
def ok(cond, msg):
    if not cond: fail(msg)
    return cond

HEADERS = {
 "county/units.csv": ["行政区划","单位","类型","上级单位","挂牌名称","合署办公","编制数","设立日期","撤销日期"],
 "county/sections.csv": ["行政区划","单位","科室","类型","编制数","实有人数","设立日期","撤销日期"],
 "county/duties.csv": ["行政区划","单位","科室","事项编码","事项名称","事项类型","职责内容","实施依据","角色","生效日期","失效日期","状态"],
 "county/correspondences.csv": ["乡镇","乡镇机构","县直部门","备注"],
 "questions.csv": ["问题","行政区划","正确单位","县直对口单位","备注"],
 "overlaps.csv": ["簇","类型","行政区划","事项名称","单位","科室","说明"],
 "shenguan.csv": ["簇","行政区划","事项名称","单位","科室","说明"],
 "distractors.csv": ["簇","类型","行政区划","事项名称","单位","科室","说明"],
 "orphans.csv": ["类型","行政区划","事项名称","单位","科室","说明"],
}
def load(rel):
    p = os.path.join(ROOT, rel)
    if not ok(os.path.exists(p), f"missing file {rel}"): return []
    raw = open(p, "rb").read()
    ok(not raw.startswith(b"\xef\xbb\xbf"), f"{rel}: has BOM")
    ok(b"\r" not in raw, f"{rel}: CR line ends")
    text = raw.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    ok(rows and rows[0] == HEADERS[rel], f"{rel}: header {rows[0] if rows else None}")
    for i, r in enumerate(rows[1:], 2):
        ok(len(r) == len(HEADERS[rel]), f"{rel}:{i}: {len(r)} fields")
    return [dict(zip(HEADERS[rel], r)) for r in rows[1:]]
for extra in ["README.md", "check.py"]:
    ok(os.path.exists(os.path.join(ROOT, extra)), f"missing {extra}")

U = load("county/units.csv"); S = load("county/sections.csv"); D = load("county/duties.csv")
C = load("county/correspondences.csv"); Q = load("questions.csv"); O = load("overlaps.csv")
SG = load("shenguan.csv"); DS = load("distractors.csv"); OR = load("orphans.csv")

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
def chk_date(v, where):
    if v: ok(DATE.match(v) is not None, f"bad date {v!r} in {where}")
def inforce(r):
    return (not r["生效日期"] or r["生效日期"] <= EVAL) and (not r["失效日期"] or r["失效日期"] > EVAL)
def chain(j):
    p = j.split("/"); return ["/".join(p[:i]) for i in range(len(p), 0, -1)]
def abolished(rec): return bool(rec and rec.get("撤销日期") and rec["撤销日期"] <= EVAL)

# ---------- units / sections
UTYPES = {"党委部门","政府部门","群团组织","事业单位","乡镇","派出机构","议事协调机构","其他"}
units = {}
for u in U:
    ok(u["行政区划"] and u["单位"], f"unit missing fields {u}")
    ok(u["类型"] in UTYPES, f"unit type {u['类型']}")
    ok(u["编制数"] == "" or u["编制数"].isdigit(), f"编制数 {u['编制数']}")
    chk_date(u["设立日期"], u["单位"]); chk_date(u["撤销日期"], u["单位"])
    ok(not re.search(r"[,;、]", u["挂牌名称"]), f"挂牌名称 must use ；: {u['挂牌名称']}")
    ok((u["行政区划"], u["单位"]) not in units, f"duplicate unit {u['单位']}")
    units[(u["行政区划"], u["单位"])] = u
def unit(j, name):
    for jj in chain(j):
        if (jj, name) in units: return units[(jj, name)]
    return None
for u in U:
    if u["上级单位"]: ok(unit(u["行政区划"], u["上级单位"]) is not None, f"上级单位 missing: {u['上级单位']}")
COUNTY = collections.Counter(u["行政区划"] for u in U if "/" not in u["行政区划"]).most_common(1)[0][0]
TOWNS = sorted({u["行政区划"] for u in U if "/" in u["行政区划"]})
secs = {}
for s in S:
    ok((s["行政区划"], s["单位"]) in units, f"section of unknown unit {s['单位']}")
    ok(s["类型"] in {"综合","业务","执法","审批","其他"}, f"section type {s['类型']}")
    for k in ("编制数","实有人数"): ok(s[k] == "" or s[k].isdigit(), f"{k} {s[k]}")
    chk_date(s["设立日期"], s["科室"]); chk_date(s["撤销日期"], s["科室"])
    secs[(s["行政区划"], s["单位"], s["科室"])] = s
for key, u in units.items():
    ok(any(k[:2] == key for k in secs), f"unit without sections: {key[1]}")
ok(any(abolished(u) and "2023-01-01" <= u["撤销日期"] <= "2025-12-31" for u in U), "no unit abolished by a 2023-2025 reform")
ok(any(abolished(s) and "2023-01-01" <= s["撤销日期"] <= "2025-12-31" for s in S), "no section abolished by a 2023-2025 reform")

# ---------- duties
CTYPES = {"行政许可","行政处罚","行政强制","行政征收","行政给付","行政检查","行政确认","行政奖励","行政裁决","其他行政权力","公共服务","内部管理"}
TTYPES = {"基本履职","配合履职","上级收回"}
by = collections.defaultdict(list)
for r in D:
    ok(r["事项名称"], f"duty without title {r}")
    ok(r["角色"] in ("牵头","配合",""), f"角色 {r['角色']}")
    ok(r["状态"] in ("有效","取消",""), f"状态 {r['状态']}")
    if r["状态"] == "取消": ok(bool(r["失效日期"]), f"取消 without 失效日期: {r['事项名称']}")
    chk_date(r["生效日期"], r["事项名称"]); chk_date(r["失效日期"], r["事项名称"])
    if "/" in r["行政区划"]: ok(r["事项类型"] in TTYPES, f"township duty type {r['事项类型']}")
    else: ok(r["事项类型"] in CTYPES, f"county duty type {r['事项类型']}")
    by[(r["行政区划"], r["事项编码"])].append(r)
for (j, code), rows in by.items():
    ok(len({r["事项名称"] for r in rows}) == 1, f"code {code} has several titles")
    t = rows[0]["事项类型"]
    if t == "基本履职":
        ok(len(rows) == 1 and rows[0]["角色"] == "牵头" and (not rows[0]["单位"] or (j, rows[0]["单位"]) in units),
           f"基本履职 shape {code}")
    elif t == "配合履职":
        co = [r for r in rows if r["角色"] == "配合"]; le = [r for r in rows if r["角色"] != "配合"]
        ok(len(co) == 1 and (j, co[0]["单位"]) in units, f"配合履职 配合 row {code}")
        ok(len(le) <= 1 and all((j, r["单位"]) not in units for r in le), f"配合履职 lead must be a county unit {code}")
    elif t == "上级收回":
        ok(len(rows) == 1 and (j, rows[0]["单位"]) not in units, f"上级收回 must name a county unit {code}")
cnt = collections.Counter(r["行政区划"] for r in D)
ok(cnt[COUNTY] >= 650, f"county list has {cnt[COUNTY]} rows (<650)")
ok(len(TOWNS) >= 3, "fewer than 3 townships")
for t in TOWNS: ok(cnt[t] >= 100, f"{t} list has {cnt[t]} rows (<100)")
held = {r["单位"] for r in D if r["行政区划"] == COUNTY}
for (j, n), u in units.items():
    if j == COUNTY and not abolished(u): ok(n in held, f"county unit without duties: {n}")
moved = [code for (j, code), rows in by.items()
         if any(r["失效日期"] and r["失效日期"] <= EVAL and r["状态"] != "取消" for r in rows)
         and any(r["生效日期"] and r["生效日期"] in {x["失效日期"] for x in rows} for r in rows)]
ok(len(moved) >= 1, "no duty moved by the reform (失效日期/生效日期 on the same code)")
# no duty left with only expired rows unless cancelled
for (j, code), rows in by.items():
    if any(r["状态"] == "取消" for r in rows): continue
    if all(r["单位"] for r in rows) and not any(inforce(r) for r in rows):
        fail(f"duty {code} {rows[0]['事项名称']} has no row in force and is not cancelled")

# ---------- orphans (independent recomputation)
def compute_orphans():
    out = []
    for (j, code), rows in by.items():
        if any(r["状态"] == "取消" and r["失效日期"] and r["失效日期"] <= EVAL for r in rows): continue
        title = rows[0]["事项名称"]
        if all(not r["单位"] for r in rows): out.append(("UNHELD", j, title, "", "")); continue
        live = [r for r in rows if inforce(r) and r["单位"]]
        if live and all(r["角色"] == "配合" for r in live):
            for r in live: out.append(("NO_LEAD", j, title, r["单位"], r["科室"]))
        for r in live:
            u = unit(j, r["单位"])
            if u is None: out.append(("MISSING_UNIT", j, title, r["单位"], r["科室"])); continue
            s = None
            if r["科室"]:
                s = secs.get((u["行政区划"], u["单位"], r["科室"]))
                if s is None: out.append(("MISSING_SECTION", j, title, r["单位"], r["科室"])); continue
            if r["角色"] != "配合" and not r["失效日期"] and (abolished(u) or abolished(s)):
                out.append(("ABOLISHED_HOLDER", j, title, r["单位"], r["科室"]))
    mapped = set()
    for c in C:
        mapped.add((c["乡镇"], c["乡镇机构"]))
        cu = unit(c["乡镇"], c["县直部门"])
        if cu is None or abolished(cu): out.append(("BROKEN_CORRESPONDENCE", c["乡镇"], "", c["乡镇机构"], ""))
    for (j, n), u in units.items():
        if "/" in j and not abolished(u) and (j, n) not in mapped:
            out.append(("UNMAPPED_TOWNSHIP_OFFICE", j, "", n, ""))
    return out
calc = collections.Counter(compute_orphans())
given = collections.Counter((o["类型"], o["行政区划"], o["事项名称"], o["单位"], o["科室"]) for o in OR)
ok(calc == given, f"orphans.csv differs from data: missing {list((calc-given).elements())[:5]} extra {list((given-calc).elements())[:5]}")
otypes = collections.Counter(o[0] for o in calc.elements())
for t in ["UNHELD","NO_LEAD","ABOLISHED_HOLDER","MISSING_SECTION","MISSING_UNIT","BROKEN_CORRESPONDENCE"]:
    ok(otypes[t] >= 3, f"only {otypes[t]} {t} orphans")
ok(otypes["UNMAPPED_TOWNSHIP_OFFICE"] >= 2, "fewer than 2 UNMAPPED_TOWNSHIP_OFFICE")
for c in C:
    ok(c["乡镇"] in TOWNS and (c["乡镇"], c["乡镇机构"]) in units, f"correspondence office unknown {c['乡镇机构']}")
cancelled = [rows for rows in by.values() if any(r["状态"] == "取消" and r["失效日期"] and r["失效日期"] <= EVAL for r in rows)]
ok(len(cancelled) >= 3, "fewer than 3 cancelled duties")
for rows in cancelled:
    ok(not any(inforce(r) and r["单位"] for r in rows), f"cancelled duty still held: {rows[0]['事项名称']}")
    ok(not any(o["事项名称"] == rows[0]["事项名称"] and o["行政区划"] == rows[0]["行政区划"] for o in OR), "cancelled duty in orphans")

# ---------- lead holdings in force, by list
lead = collections.defaultdict(list)   # (区划, title) -> rows
for r in D:
    if r["角色"] != "配合" and inforce(r) and r["单位"] and r["状态"] != "取消":
        lead[(r["行政区划"], r["事项名称"])].append(r)
def find_member(m, roles=("牵头",)):
    return [r for r in D if r["行政区划"] == m["行政区划"] and r["事项名称"] == m["事项名称"] and r["单位"] == m["单位"]
            and r["科室"] == m["科室"] and inforce(r) and (r["角色"] or "牵头") in roles]

# ---------- overlaps
clusters = collections.defaultdict(list)
for o in O:
    ok(o["类型"] in ("重复","交叉"), f"overlap type {o['类型']}")
    ok(len(find_member(o)) == 1, f"overlap member not a unique 牵头 holding in force: {o['事项名称']} {o['单位']}")
    clusters[o["簇"]].append(o)
pairs_overlap = set()
for k, ms in clusters.items():
    ok(len(ms) >= 2, f"cluster {k} has {len(ms)} member")
    ok(len({m["行政区划"] for m in ms}) == 1 and len({m["类型"] for m in ms}) == 1, f"cluster {k} mixes lists/types")
    hs = [(m["单位"], m["科室"]) for m in ms]
    ok(len(set(hs)) == len(hs), f"cluster {k} repeats a holder")
    if ms[0]["类型"] == "交叉": ok(len({m["单位"] for m in ms}) == len(ms), f"交叉 cluster {k} needs different units")
    for a, b in itertools.combinations(ms, 2):
        pairs_overlap.add(frozenset([(a["行政区划"], a["事项名称"], a["单位"], a["科室"]), (b["行政区划"], b["事项名称"], b["单位"], b["科室"])]))
nclu = len(clusters)
ident = sum(1 for ms in clusters.values() if len({m["事项名称"] for m in ms}) == 1)
secclu = sum(1 for ms in clusters.values() if len({m["单位"] for m in ms}) == 1)
tri = sum(1 for ms in clusters.values() if len(ms) >= 3)
kinds = collections.Counter(ms[0]["类型"] for ms in clusters.values())
ok(nclu >= 30, f"only {nclu} overlap clusters"); ok(kinds["重复"] > 0 and kinds["交叉"] > 0, "need both kinds")
ok(0.15 <= ident / max(nclu, 1) <= 0.40, f"identical-title clusters {ident}/{nclu} not about a quarter")
ok(secclu >= 2, "need clusters between sections of one unit"); ok(tri >= 2, "need a few 3-member clusters")
# ---------- shenguan
sgc = collections.defaultdict(list)
for s in SG:
    ok(len(find_member(s)) == 1, f"shenguan member not a unique 牵头 holding: {s['事项名称']}")
    sgc[s["簇"]].append(s)
ok(len(sgc) >= 5, f"only {len(sgc)} 审管分离 pairs")
pairs_sg = set()
for k, ms in sgc.items():
    ok(len(ms) == 2, f"shenguan {k} size")
    types = {}
    for m in ms:
        r = find_member(m)
        if r: types[m["单位"]] = r[0]["事项类型"]
    ap = [u for u in types if "行政审批局" in u]
    ok(len(ap) == 1 and types.get(ap[0]) == "行政许可", f"shenguan {k}: need one 行政审批局 行政许可 member")
    ok(any(t in ("行政检查","行政处罚") for u, t in types.items() if u not in ap), f"shenguan {k}: other member must inspect/punish")
    pairs_sg.add(frozenset((m["行政区划"], m["事项名称"], m["单位"], m["科室"]) for m in ms))
ok(not (pairs_sg & pairs_overlap), "a 审管分离 pair is also listed as overlap")
# every pair of different lead holders with the SAME title in one list must be a planted overlap / shenguan pair
for (j, t), rows in lead.items():
    for a, b in itertools.combinations(rows, 2):
        if (a["单位"], a["科室"]) == (b["单位"], b["科室"]): continue
        if a["事项类型"] == "内部管理" and a["单位"] != b["单位"]: continue
        key = frozenset([(j, t, a["单位"], a["科室"]), (j, t, b["单位"], b["科室"])])
        ok(key in pairs_overlap or key in pairs_sg, f"unplanted same-title overlap in {j}: {t} ({a['单位']} / {b['单位']})")
# ---------- distractors
dc = collections.defaultdict(list)
DTYPES = {"内部事务","牵头配合","对象不同","同法不同条","属地不同","上下级","三定分工"}
for d in DS:
    ok(d["类型"] in DTYPES, f"distractor type {d['类型']}")
    ok(len(find_member(d, ("牵头","配合"))) == 1, f"distractor member not found: {d['事项名称']} {d['单位']}")
    dc[d["簇"]].append(d)
for k, ms in dc.items():
    ok(len(ms) == 2, f"distractor {k} has {len(ms)} rows")
    p = frozenset((m["行政区划"], m["事项名称"], m["单位"], m["科室"]) for m in ms)
    ok(p not in pairs_overlap and p not in pairs_sg, f"distractor {k} is an overlap pair")
dk = collections.Counter(ms[0]["类型"] for ms in dc.values())
ok(len(dc) >= 50, f"only {len(dc)} distractor pairs"); ok(dk["内部事务"] >= 10, "fewer than 10 内部事务 pairs")

# ---------- questions
members = {(m["行政区划"], m["事项名称"], m["单位"]) for m in O + SG}
orphan_duties = {(o["行政区划"], o["事项名称"]) for o in OR if o["事项名称"]}
orphan_units = {(o["行政区划"], o["单位"]) for o in OR if o["类型"] in ("BROKEN_CORRESPONDENCE","UNMAPPED_TOWNSHIP_OFFICE")}
corr = {(c["乡镇"], c["乡镇机构"], c["县直部门"]) for c in C}
oos = 0; qunits = set(); qj = collections.Counter()
for q in Q:
    qj[q["行政区划"]] += 1
    ok(q["问题"].strip(), "empty question")
    ok(q["行政区划"] == COUNTY or q["行政区划"] in TOWNS, f"question jurisdiction {q['行政区划']}")
    if q["备注"].startswith("范围外："):
        oos += 1; ok(not q["正确单位"] and not q["县直对口单位"], f"out-of-scope with unit: {q['问题']}"); continue
    ok(q["备注"].startswith("对应事项："), f"备注 format {q['备注']}")
    title = q["备注"][len("对应事项："):]
    rows = lead.get((q["行政区划"], title), [])
    hs = {r["单位"] for r in rows}
    if not ok(len(hs) == 1, f"question {q['问题']}: matching duty has {len(hs)} lead units"): continue
    ok(q["正确单位"] in hs, f"question {q['问题']}: 正确单位 {q['正确单位']} vs {hs}")
    qunits.add(q["正确单位"])
    ok((q["行政区划"], title, q["正确单位"]) not in members, f"question answer is overlap/审管分离 member: {title}")
    ok((q["行政区划"], title) not in orphan_duties and (q["行政区划"], q["正确单位"]) not in orphan_units, f"question answer is orphan: {title}")
    ok(not any(title[i:i+8] in q["问题"] for i in range(len(title) - 7)), f"question copies 8+ chars of title: {q['问题']}")
    typ = rows[0]["事项类型"]
    if typ == "基本履职":
        ok((q["行政区划"], q["正确单位"], q["县直对口单位"]) in corr, f"county counterpart not in correspondences: {q['问题']}")
    else:
        ok(q["县直对口单位"] == "", f"县直对口单位 must be empty: {q['问题']}")
ok(len(Q) >= 220, f"only {len(Q)} questions"); ok(oos >= 15, f"only {oos} out-of-scope questions")
for t in TOWNS: ok(qj[t] >= 10, f"only {qj[t]} questions in {t}")
ok(len(qunits) >= 50, f"questions cover only {len(qunits)} units")

# ---------- report
print("jurisdiction:", COUNTY, "townships:", ", ".join(TOWNS))
print("units:", len(U), dict(collections.Counter(u["类型"] for u in U)))
print("sections:", len(S), " abolished units:", sum(abolished(u) for u in U), " abolished sections:", sum(abolished(s) for s in S))
print("duty rows:", dict(cnt), " distinct duties:", len(by), " moved duties:", len(moved), " cancelled:", len(cancelled))
print("correspondences:", len(C))
print("overlap clusters:", nclu, dict(kinds), " identical-title:", ident, " between sections:", secclu, " 3+ members:", tri, " member rows:", len(O))
print("审管分离 pairs:", len(sgc), " distractor pairs:", len(dc), dict(dk))
print("orphans:", sum(calc.values()), dict(otypes))
print("questions:", len(Q), " out of scope:", oos, " by jurisdiction:", dict(qj), " distinct answer units:", len(qunits))
if FAIL:
    print(f"\nFAILED ({len(FAIL)}):"); [print(" -", f) for f in FAIL[:60]]; sys.exit(1)
print("\nALL CHECKS PASSED")
