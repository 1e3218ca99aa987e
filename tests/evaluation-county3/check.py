#!/usr/bin/env python3
"""Independent checker for the 松岭县 blind evaluation set.
Re-reads only the CSV files and verifies every rule of the spec. Exit code 1 on any failure."""
import csv
import os
import re
import sys
from collections import defaultdict, Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
EVAL = "2025-06-30"
FAIL = []


def fail(msg):
    FAIL.append(msg)


def ok(cond, msg):
    if not cond:
        fail(msg)
    return cond


def read(rel, header):
    path = os.path.join(ROOT, rel)
    raw = open(path, "rb").read()
    ok(raw.startswith(b"\xef\xbb\xbf"), f"{rel}: no UTF-8 BOM")
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(text.splitlines(keepends=True)))
    ok(rows and rows[0] == header, f"{rel}: header {rows[0] if rows else None} != {header}")
    out = []
    for i, r in enumerate(rows[1:], 2):
        if not any(c.strip() for c in r):
            continue
        ok(len(r) == len(header), f"{rel}:{i}: {len(r)} fields")
        out.append(dict(zip(header, r)))
    return out


DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def date_ok(v, where):
    ok(v == "" or bool(DATE.match(v)), f"{where}: bad date {v!r}")


TR = str.maketrans({"（": "(", "）": ")", "\u3000": " "})


def norm(s):
    return "".join((s or "").translate(TR).split())


def up(j):
    return j.split("/")[0] if "/" in j else None


# ------------------------------------------------------------------ read
units = read("county/units.csv", ["行政区划", "单位", "类型", "上级单位", "挂牌名称", "合署办公", "编制数", "设立日期", "撤销日期", "来源"])
sections = read("county/sections.csv", ["行政区划", "单位", "科室", "类型", "编制数", "实有人数", "设立日期", "撤销日期", "来源"])
duties = read("county/duties.csv", ["行政区划", "单位", "科室", "事项编码", "事项名称", "事项类型", "职责内容", "实施依据", "角色", "生效日期", "失效日期", "状态", "来源"])
corr = read("county/correspondences.csv", ["乡镇", "乡镇机构", "县直部门", "备注", "来源"])
questions = read("questions.csv", ["问题", "行政区划", "正确单位", "县直对口单位", "备注"])
overlaps = read("overlaps.csv", ["簇", "类型", "行政区划", "事项名称", "单位", "科室", "说明"])
distractors = read("distractors.csv", ["簇", "类型", "行政区划", "事项名称", "单位", "科室", "说明"])
shenguan = read("shenguan.csv", ["簇", "行政区划", "事项名称", "单位", "科室", "说明"])
orphans = read("orphans.csv", ["类型", "行政区划", "事项名称", "单位", "科室", "说明"])

# ------------------------------------------------------------------ units / sections
jurs = {u["行政区划"] for u in units}
county = [j for j in jurs if "/" not in j]
ok(len(county) == 1, f"expected one county jurisdiction, got {county}")
COUNTY = county[0] if county else ""
towns = sorted(j for j in jurs if "/" in j)
ok(len(towns) == 5, f"expected 5 townships, got {len(towns)}")
kinds = Counter(("街道" if t.endswith("街道") else t[-1]) for t in towns)
ok(kinds == Counter({"镇": 2, "乡": 1, "街道": 2}), f"township kinds {kinds}")
for t in towns:
    ok(up(t) == COUNTY, f"{t} not under {COUNTY}")

U = {}
for i, u in enumerate(units, 2):
    ok(u["行政区划"] and u["单位"], f"units.csv:{i}: missing required value")
    k = (u["行政区划"], norm(u["单位"]))
    ok(k not in U, f"units.csv:{i}: duplicate unit {k}")
    U[k] = dict(u, secs={})
    date_ok(u["设立日期"], f"units.csv:{i}")
    date_ok(u["撤销日期"], f"units.csv:{i}")
    ok(u["编制数"] == "" or u["编制数"].isdigit(), f"units.csv:{i}: 编制数")
ALIAS = {}
for (j, n), u in U.items():
    for a in [x for x in u["挂牌名称"].replace(";", "；").split("；") if x.strip()]:
        ka = (j, norm(a))
        ok(ka not in U and ka not in ALIAS, f"alias {a} collides with another unit name/alias")
        # an alias must not shadow a name in a township under the county either
        ALIAS[ka] = u
ok(sum(1 for u in U.values() if u["挂牌名称"]) >= 10, "fewer than 10 units carry 挂牌名称")
for i, s in enumerate(sections, 2):
    k = (s["行政区划"], norm(s["单位"]))
    if ok(k in U, f"sections.csv:{i}: unit {s['单位']} not defined"):
        ok(norm(s["科室"]) not in U[k]["secs"], f"sections.csv:{i}: duplicate section")
        U[k]["secs"][norm(s["科室"])] = s
    date_ok(s["设立日期"], f"sections.csv:{i}")
    date_ok(s["撤销日期"], f"sections.csv:{i}")
suffix_ok = sum(1 for s in sections if s["科室"].endswith(("股", "室")))
ok(suffix_ok / max(1, len(sections)) >= 0.75, "most sections should be 股/室 (东北 wording)")

county_units = [u for (j, n), u in U.items() if j == COUNTY]
ck = Counter(u["类型"] for u in county_units)
for need in ("党委部门", "政府部门", "群团组织", "事业单位", "派出机构"):
    ok(ck[need] > 0, f"no county unit of kind {need}")
names = " ".join(u["单位"] for u in county_units)
for need in ("社会保险服务中心", "医疗保障事务中心", "疾病预防控制中心", "不动产登记中心", "行政审批服务局", "综合行政执法局", "生态环境局"):
    ok(need in names, f"key unit containing {need} missing")
ok(any("分局" in u["单位"] and "生态环境局" in u["单位"] and u["类型"] == "派出机构" for u in county_units), "no 市生态环境局 分局")


def find(jur, name):
    j = jur
    while j:
        k = (j, norm(name))
        if k in U:
            return U[k]
        if k in ALIAS:
            return ALIAS[k]
        j = up(j)
    return None


def active_unit(u):
    return not (u["撤销日期"] and u["撤销日期"] <= EVAL)


def active_sec(s):
    return not (s["撤销日期"] and s["撤销日期"] <= EVAL)


def in_force(r):
    return (not r["生效日期"] or r["生效日期"] <= EVAL) and (not r["失效日期"] or r["失效日期"] > EVAL)


def holder(r):
    u = find(r["行政区划"], r["单位"])
    if u is None:
        return "MISSING_UNIT", None
    if not active_unit(u):
        return "ABOLISHED_HOLDER", u
    if r["科室"]:
        s = u["secs"].get(norm(r["科室"]))
        if s is None:
            return "MISSING_SECTION", u
        if not active_sec(s):
            return "ABOLISHED_HOLDER", u
    return "OK", u


# ------------------------------------------------------------------ duties
CAT_C = {"行政许可", "行政处罚", "行政强制", "行政征收", "行政给付", "行政检查", "行政确认", "行政奖励", "行政裁决", "其他行政权力", "公共服务", "内部管理"}
CAT_T = {"基本履职", "配合履职", "上级收回"}
D = defaultdict(list)
for i, r in enumerate(duties, 2):
    w = f"duties.csv:{i}"
    ok(r["行政区划"] in jurs, f"{w}: unknown 行政区划")
    ok(r["事项名称"], f"{w}: 事项名称 required")
    ok(r["角色"] in ("牵头", "配合"), f"{w}: 角色 {r['角色']}")
    ok(r["状态"] in ("有效", "取消"), f"{w}: 状态 {r['状态']}")
    date_ok(r["生效日期"], w)
    date_ok(r["失效日期"], w)
    if r["状态"] == "取消":
        ok(bool(r["失效日期"]), f"{w}: 取消 without 失效日期")
    cats = CAT_C if r["行政区划"] == COUNTY else CAT_T
    ok(r["事项类型"] in cats, f"{w}: 事项类型 {r['事项类型']} not allowed on this list")
    D[(r["行政区划"], r["事项编码"] or r["事项名称"])].append(r)
for k, rows in D.items():
    ok(len({r["事项名称"] for r in rows}) == 1, f"duty {k}: rows disagree on 事项名称")
    ok(len({r["职责内容"] for r in rows}) == 1, f"duty {k}: rows disagree on 职责内容")

per_list = Counter(r["行政区划"] for r in duties)
ok(900 <= per_list[COUNTY] <= 1300, f"county rows {per_list[COUNTY]} not in 900–1300")
for t in towns:
    ok(80 <= per_list[t] <= 120, f"{t} rows {per_list[t]} not in 80–120")
internal = sum(1 for r in duties if r["行政区划"] == COUNTY and r["事项类型"] == "内部管理")
pct = internal / max(1, per_list[COUNTY])
ok(0.12 <= pct <= 0.19, f"内部管理 share {pct:.1%} not ~15%")

# township list structure
for k, rows in D.items():
    j = k[0]
    if j == COUNTY:
        continue
    cat = rows[0]["事项类型"]
    for r in rows:
        ok(r["事项类型"] == cat, f"{k}: mixed categories")
        u = find(j, r["单位"]) if r["单位"] else None
        if u is None:
            continue
        town_side = u["行政区划"] == j
        if cat == "基本履职":
            ok(town_side and r["角色"] == "牵头", f"{k}: 基本履职 must be led by a township office")
        elif cat == "配合履职":
            ok(town_side == (r["角色"] == "配合"), f"{k}: 配合履职 needs county 牵头 / township 配合")
        else:
            ok(not town_side and r["角色"] == "牵头", f"{k}: 上级收回 must be led by a county unit")
    if cat == "配合履职":
        ok(any(r["角色"] == "配合" for r in rows), f"{k}: 配合履职 without township 配合 row")

# ------------------------------------------------------------------ orphans computed from the data
computed = {}
cancelled = []
for k, rows in D.items():
    if any(r["状态"] == "取消" for r in rows):
        cancelled.append(k)
        ok(len(rows) == 1 and rows[0]["失效日期"] <= EVAL, f"{k}: cancelled duty should be one row cancelled before {EVAL}")
        continue
    title = rows[0]["事项名称"]
    if any(not r["单位"].strip() for r in rows):
        computed[("UNHELD", k[0], title)] = ("", "")
        continue
    live = [r for r in rows if in_force(r)]
    leads = [r for r in live if r["角色"] != "配合"]
    if not ok(bool(live), f"{k} {title}: no holding in force and not cancelled"):
        continue
    if not leads:
        pairs = sorted({(r["单位"], r["科室"]) for r in live})
        computed[("NO_LEAD", k[0], title)] = ("；".join(p[0] for p in pairs),
                                               "；".join(p[1] for p in pairs) if any(p[1] for p in pairs) else "")
        continue
    sts = [(holder(r)[0], r) for r in leads]
    if any(s == "OK" for s, _ in sts):
        for r in live:
            ok(holder(r)[0] == "OK", f"{k} {title}: in-force holder {r['单位']}/{r['科室']} is {holder(r)[0]}")
        continue
    s, r = sts[0]
    computed[(s, k[0], title)] = (r["单位"], r["科室"])
ok(len(cancelled) == 2, f"expected exactly 2 cancelled duties, got {len(cancelled)}")

# correspondences
mapped = defaultdict(list)
for i, c in enumerate(corr, 2):
    ok(c["乡镇"] in towns, f"correspondences.csv:{i}: unknown township {c['乡镇']}")
    off = find(c["乡镇"], c["乡镇机构"])
    ok(off is not None and off["行政区划"] == c["乡镇"], f"correspondences.csv:{i}: office {c['乡镇机构']} not a township unit")
    mapped[(c["乡镇"], norm(c["乡镇机构"]))].append(c)
    cu = U.get((COUNTY, norm(c["县直部门"]))) or ALIAS.get((COUNTY, norm(c["县直部门"])))
    if cu is None or not active_unit(cu):
        computed[("BROKEN_CORRESPONDENCE", c["乡镇"], "", c["县直部门"], c["乡镇机构"])] = (c["县直部门"], c["乡镇机构"])
holders = set()
for r in duties:
    if r["行政区划"] != COUNTY and r["单位"] and in_force(r) and r["状态"] != "取消":
        u = find(r["行政区划"], r["单位"])
        if u is not None and u["行政区划"] == r["行政区划"]:
            holders.add((r["行政区划"], u["单位"]))
for j, name in sorted(holders):
    rows = mapped.get((j, norm(name)), [])
    if not rows:
        computed[("UNMAPPED_TOWNSHIP_OFFICE", j, "", name, "")] = (name, "")
    else:
        good = [c for c in rows if (U.get((COUNTY, norm(c["县直部门"]))) or ALIAS.get((COUNTY, norm(c["县直部门"]))))
                and active_unit(U.get((COUNTY, norm(c["县直部门"]))) or ALIAS.get((COUNTY, norm(c["县直部门"]))))]
        ok(bool(good), f"{j} {name}: holds duties but no correspondence to an existing county unit")

listed = {}
for i, o in enumerate(orphans, 2):
    if o["类型"] in ("BROKEN_CORRESPONDENCE", "UNMAPPED_TOWNSHIP_OFFICE"):
        ok(o["事项名称"] == "", f"orphans.csv:{i}: 事项名称 must be empty for {o['类型']}")
        key = (o["类型"], o["行政区划"], "", o["单位"], o["科室"]) if o["类型"] == "BROKEN_CORRESPONDENCE" \
            else (o["类型"], o["行政区划"], "", o["单位"], "")
    else:
        key = (o["类型"], o["行政区划"], o["事项名称"])
    ok(key not in listed, f"orphans.csv:{i}: duplicate")
    listed[key] = (o["单位"], o["科室"])
    ok(bool(o["说明"]), f"orphans.csv:{i}: 说明 empty")
missing = set(computed) - set(listed)
extra = set(listed) - set(computed)
ok(not missing, f"orphans in the data but not in orphans.csv: {sorted(missing)}")
ok(not extra, f"orphans.csv rows that are not orphans: {sorted(extra)}")
for k in set(computed) & set(listed):
    if k[0] not in ("UNHELD",):
        ok(computed[k] == listed[k], f"orphan {k}: 单位/科室 {listed[k]} != data {computed[k]}")
ot = Counter(k[0] for k in listed)
for t in ("UNHELD", "NO_LEAD", "ABOLISHED_HOLDER", "MISSING_UNIT", "MISSING_SECTION", "BROKEN_CORRESPONDENCE", "UNMAPPED_TOWNSHIP_OFFICE"):
    ok(ot[t] >= 3, f"fewer than 3 orphans of type {t}")
ok(20 <= len(listed) <= 30, f"orphan total {len(listed)} not about 24")
orphan_duties = {(k[1], k[2]) for k in list(listed) + list(computed) if k[2]}
for k in cancelled:
    ok((k[0], D[k][0]["事项名称"]) not in orphan_duties, "a cancelled duty is listed as orphan")

# ------------------------------------------------------------------ 机构改革 (2024): abolitions, 先立后破
abol_units = [u for u in county_units if u["撤销日期"].startswith("2024")]
new_units = [u for u in county_units if u["设立日期"].startswith("2024")]
abol_secs = [s for s in sections if s["撤销日期"].startswith("2024")]
ok(len(abol_units) >= 3, "the 2024 reform should abolish at least 3 county units")
ok(len(new_units) >= 1, "the 2024 reform should set up new units")
ok(len(abol_secs) >= 2, "the 2024 reform should abolish sections")
handovers = 0
for k, rows in D.items():
    ends = {r["失效日期"] for r in rows if r["失效日期"] and r["状态"] != "取消"}
    for r in rows:
        if r["生效日期"] and r["生效日期"] in ends:
            handovers += 1
            u = find(r["行政区划"], r["单位"])
            if u and u["设立日期"]:
                ok(u["设立日期"] <= r["生效日期"], f"{k}: new holder set up after handover (先立后破)")
            if u and r["科室"] and norm(r["科室"]) in u["secs"]:
                s = u["secs"][norm(r["科室"])]
                ok(not s["设立日期"] or s["设立日期"] <= r["生效日期"], f"{k}: new section set up after handover")
ok(handovers >= 10, f"only {handovers} duty handovers recorded")
ok(any(k[0] == "ABOLISHED_HOLDER" and k[1] == COUNTY for k in listed), "reform left no planted orphan")

# ------------------------------------------------------------------ holdings lookup for answer files


def holdings(jur, title, unit, section):
    hits = []
    for r in duties:
        if r["行政区划"] != jur or r["事项名称"] != title or not in_force(r) or r["状态"] == "取消":
            continue
        if r["单位"] != unit:
            u = find(jur, r["单位"])
            if u is None or u["单位"] != unit:
                continue
        if r["科室"] != section:
            continue
        hits.append(r)
    return hits


# ------------------------------------------------------------------ overlaps
OV = defaultdict(list)
for o in overlaps:
    OV[o["簇"]].append(o)
ok(len(OV) >= 35, f"only {len(OV)} overlap clusters")
ov_keys = set()
kinds_seen = Counter()
for cl, rows in OV.items():
    ok(2 <= len(rows) <= 3, f"{cl}: {len(rows)} rows")
    ok(len({r["行政区划"] for r in rows}) == 1, f"{cl}: rows on different lists")
    ok(len({r["类型"] for r in rows}) == 1 and rows[0]["类型"] in ("重复", "交叉"), f"{cl}: 类型")
    hs, cats, codes, units_ = set(), set(), set(), set()
    for r in rows:
        h = [x for x in holdings(r["行政区划"], r["事项名称"], r["单位"], r["科室"]) if x["角色"] == "牵头"]
        if not ok(len(h) == 1, f"{cl}: no single lead holding for {r['单位']}/{r['科室']} {r['事项名称']}"):
            continue
        x = h[0]
        ok(holder(x)[0] == "OK", f"{cl}: holder not active")
        ok((r["行政区划"], r["事项名称"]) not in orphan_duties, f"{cl}: orphan in overlap")
        u = find(r["行政区划"], r["单位"]) or {"单位": r["单位"]}
        hs.add((u["单位"], r["科室"]))
        units_.add(u["单位"])
        cats.add(x["事项类型"])
        codes.add(x["事项编码"])
        ov_keys.add((r["行政区划"], r["事项名称"], u["单位"], r["科室"]))
        ok(x["事项类型"] != "内部管理", f"{cl}: internal duty in overlap")
    ok(len(hs) == len(rows), f"{cl}: holders not distinct")
    ok(len(codes) == len(rows), f"{cl}: rows must be different duties (codes)")
    titles = {r["事项名称"] for r in rows}
    if rows[0]["类型"] == "交叉":
        ok(len(cats) >= 2, f"{cl}: 交叉 needs different actions")
        ok(not any("行政审批" in u for u in units_), f"{cl}: 交叉 should not involve the 行政审批局 (that is 审管分离)")
        kinds_seen["交叉"] += 1
    else:
        kinds_seen["identical" if len(titles) == 1 and len(units_) > 1 else "paraphrase" if len(units_) > 1 else "two-sections"] += 1
    if any("综合行政执法局" in u for u in units_):
        kinds_seen["综合执法"] += 1
    if any("行政审批" in u for u in units_):
        kinds_seen["审批局"] += 1
for need in ("identical", "paraphrase", "two-sections", "交叉", "综合执法", "审批局"):
    ok(kinds_seen[need] >= 3, f"overlap mix: fewer than 3 of {need}")
# nothing else on a list looks like an exact duplicate
bytitle = defaultdict(set)
for k, rows in D.items():
    if any(r["状态"] == "取消" for r in rows) or (k[0], rows[0]["事项名称"]) in orphan_duties:
        continue
    for r in rows:
        if in_force(r) and r["角色"] != "配合" and r["事项类型"] != "内部管理":
            bytitle[(k[0], r["事项名称"])].add(r["事项编码"])
for (j, t), cs in bytitle.items():
    if len(cs) > 1:
        ok(any(key[0] == j and key[1] == t for key in ov_keys), f"unplanted identical-title duties on {j}: {t}")

# ------------------------------------------------------------------ 审管分离
SG = defaultdict(list)
for s in shenguan:
    SG[s["簇"]].append(s)
ok(len(SG) >= 8, f"only {len(SG)} 审管分离 pairs")
sg_keys = set()
for cl, rows in SG.items():
    ok(len(rows) == 2 and rows[0]["行政区划"] == rows[1]["行政区划"], f"{cl}: must be 2 rows on one list")
    kinds2 = []
    for r in rows:
        h = [x for x in holdings(r["行政区划"], r["事项名称"], r["单位"], r["科室"]) if x["角色"] == "牵头"]
        if not ok(len(h) == 1, f"{cl}: no lead holding {r['单位']} {r['事项名称']}"):
            continue
        u = find(r["行政区划"], r["单位"]) or {"单位": r["单位"]}
        kinds2.append(("审批" if "行政审批" in u["单位"] else "部门", h[0]["事项类型"]))
        key = (r["行政区划"], r["事项名称"], u["单位"], r["科室"])
        ok(key not in ov_keys, f"{cl}: 审管分离 row is also a planted overlap")
        sg_keys.add(key)
    ok(sorted(kinds2) == [("审批", "行政许可"), ("部门", "行政检查")], f"{cl}: needs 审批局 permit + department inspection, got {kinds2}")

# ------------------------------------------------------------------ distractors
DS = defaultdict(list)
for d in distractors:
    DS[d["簇"]].append(d)
ok(len(DS) >= 60, f"only {len(DS)} distractor groups")
DTYPES = {"内部事务", "牵头配合", "对象不同", "同法不同条", "属地不同", "上下级", "三定分工"}
dt = Counter()
for cl, rows in DS.items():
    ok(len(rows) >= 2, f"{cl}: fewer than 2 rows")
    t = rows[0]["类型"]
    ok(all(r["类型"] == t for r in rows) and t in DTYPES, f"{cl}: bad 类型 {t}")
    dt[t] += 1
    hs = []
    for r in rows:
        h = holdings(r["行政区划"], r["事项名称"], r["单位"], r["科室"])
        if not ok(len(h) == 1, f"{cl}: holding not found {r['行政区划']} {r['单位']} {r['事项名称']}"):
            continue
        hs.append(h[0])
        u = find(r["行政区划"], r["单位"]) or {"单位": r["单位"]}
        ok((r["行政区划"], r["事项名称"], u["单位"], r["科室"]) not in ov_keys, f"{cl}: distractor row is a planted overlap")
        ok((r["行政区划"], r["事项名称"]) not in orphan_duties, f"{cl}: distractor row is an orphan")
    if len(hs) != len(rows):
        continue
    if t == "内部事务":
        ok(all(h["事项类型"] == "内部管理" for h in hs) and len({h["单位"] for h in hs}) == len(hs), f"{cl}: 内部事务 must be internal duties of different units")
    if t == "牵头配合":
        ok(len({h["事项编码"] for h in hs}) == 1 and sorted(h["角色"] for h in hs) == ["牵头", "配合"], f"{cl}: 牵头配合 must be one duty, one lead one support")
    if t == "属地不同":
        ok(len({h["行政区划"] for h in hs}) == len(hs) and len({h["事项名称"] for h in hs}) == 1, f"{cl}: 属地不同 must be one title on different lists")
    if t == "上下级":
        ok({h["行政区划"] == COUNTY for h in hs} == {True, False}, f"{cl}: 上下级 needs a county and a township row")
    if t == "三定分工" or t == "同法不同条":
        ok(len({h["行政区划"] for h in hs}) == 1 and len({h["事项编码"] for h in hs}) == len(hs), f"{cl}: must be different duties on one list")
ok(dt["内部事务"] >= 10, "fewer than 10 内部事务 groups")
for t in DTYPES:
    ok(dt[t] >= 3, f"fewer than 3 distractor groups of {t}")

# ------------------------------------------------------------------ questions
ok(len(questions) >= 300, f"only {len(questions)} questions")
oos = [q for q in questions if not q["正确单位"]]
ok(len(oos) >= 20, f"only {len(oos)} out-of-scope questions")
answered = set()
per_town_q = Counter()
for i, q in enumerate(questions, 2):
    w = f"questions.csv:{i}"
    ok(bool(q["问题"].strip()), f"{w}: empty question")
    ok(q["行政区划"] in jurs, f"{w}: unknown 行政区划")
    if not q["正确单位"]:
        ok(q["县直对口单位"] == "" and bool(q["备注"]), f"{w}: out-of-scope needs empty answers and a 备注")
        continue
    j = q["行政区划"]
    per_town_q[j] += 1
    u = U.get((j, norm(q["正确单位"]))) or U.get((COUNTY, norm(q["正确单位"])))
    if not ok(u is not None and u["单位"] == q["正确单位"], f"{w}: 正确单位 {q['正确单位']} is not an exact unit name on this list or above"):
        continue
    ok(active_unit(u), f"{w}: 正确单位 abolished")
    m = re.search(r"（([A-Z]{2}-[A-Z]{2}-\d{3}|SL-[A-Z]+-[A-Z]{2}-\d{3})）$", q["备注"])
    if not ok(m is not None, f"{w}: 备注 must cite the duty code"):
        continue
    code = m.group(1)
    lists = [j] if j == COUNTY else [j, COUNTY]
    k = next(((lj, code) for lj in lists if (lj, code) in D), None)
    if not ok(k is not None, f"{w}: cited duty {code} not on the list"):
        continue
    rows = D[k]
    title = rows[0]["事项名称"]
    if j != COUNTY and k[0] == COUNTY:
        ok(not any(r["行政区划"] == j and r["事项名称"] == title for r in duties), f"{w}: township list has the same title; answer should come from it")
    ok((k[0], title) not in orphan_duties, f"{w}: question on an orphan")
    ok(not any((k[0], title, find(k[0], r["单位"])["单位"] if find(k[0], r["单位"]) else "", r["科室"]) in ov_keys for r in rows),
       f"{w}: question on a planted overlap (ambiguous)")
    leads = {(find(k[0], r["单位"]) or {"单位": r["单位"]})["单位"] for r in rows if in_force(r) and r["角色"] != "配合" and r["状态"] != "取消"}
    ok(leads == {q["正确单位"]}, f"{w}: data leads {leads} != {q['正确单位']}")
    answered.add(q["正确单位"])
    if u["行政区划"] != COUNTY:
        cs = mapped.get((u["行政区划"], norm(u["单位"])), [])
        ok(len(cs) == 1 and cs[0]["县直部门"] == q["县直对口单位"], f"{w}: 县直对口单位 {q['县直对口单位']} vs correspondences {[c['县直部门'] for c in cs]}")
        cu = U.get((COUNTY, norm(q["县直对口单位"])))
        ok(cu is not None and active_unit(cu), f"{w}: 县直对口单位 not an active county unit")
    else:
        ok(q["县直对口单位"] == "", f"{w}: 县直对口单位 must be empty when a county unit answers")
for t in towns:
    ok(per_town_q[t] >= 10, f"{t}: only {per_town_q[t]} questions")
need = set()
for k, rows in D.items():
    if k[0] != COUNTY or (k[0], rows[0]["事项名称"]) in orphan_duties:
        continue
    for r in rows:
        if in_force(r) and r["角色"] != "配合" and r["事项类型"] != "内部管理" and r["状态"] != "取消":
            fu = find(COUNTY, r["单位"])
            if fu is not None:
                need.add(fu["单位"])
ok(not (need - answered), f"departments with no question: {sorted(need - answered)}")

# ------------------------------------------------------------------ report
print(f"county: {COUNTY}; townships: {', '.join(t.split('/')[1] for t in towns)}")
print(f"units {len(units)} (county {len(county_units)}), sections {len(sections)}, correspondences {len(corr)}")
print(f"duty rows {len(duties)}: county {per_list[COUNTY]} (内部管理 {internal}, {pct:.1%}); "
      + ", ".join(f"{t.split('/')[1]} {per_list[t]}" for t in towns))
print(f"questions {len(questions)} (out-of-scope {len(oos)}, township {sum(per_town_q[t] for t in towns)})")
print(f"overlap clusters {len(OV)} ({dict(Counter(r[0]['类型'] for r in OV.values()))}), 审管分离 {len(SG)}, distractor groups {len(DS)} {dict(dt)}")
print(f"orphans {len(listed)} {dict(ot)}; cancelled duties {len(cancelled)}; reform handovers {handovers}")
if FAIL:
    print(f"\nFAILED ({len(FAIL)}):")
    for f in FAIL[:200]:
        print(" -", f)
    sys.exit(1)
print("\nALL CHECKS PASSED")
