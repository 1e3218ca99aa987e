# -*- coding: utf-8 -*-
"""Re-read the CSVs of this evaluation set (and nothing else) and verify every rule of the spec.

Exit code 1 on any failure; prints the counts at the end.
"""
import csv
import datetime
import io
import os
import re
import sys
from collections import defaultdict, Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
EVAL = "2025-06-30"
ERR = []


def err(msg):
    ERR.append(msg)


HEADERS = {
    "county/units.csv": ["行政区划", "单位", "类型", "上级单位", "挂牌名称", "合署办公", "编制数", "设立日期", "撤销日期"],
    "county/sections.csv": ["行政区划", "单位", "科室", "类型", "编制数", "实有人数", "设立日期", "撤销日期"],
    "county/duties.csv": ["行政区划", "单位", "科室", "事项编码", "事项名称", "事项类型", "职责内容", "实施依据", "角色",
                          "生效日期", "失效日期", "状态"],
    "county/correspondences.csv": ["乡镇", "乡镇机构", "县直部门", "备注"],
    "questions.csv": ["问题", "行政区划", "正确单位", "县直对口单位", "备注"],
    "overlaps.csv": ["簇", "类型", "行政区划", "事项名称", "单位", "科室", "说明"],
    "shenguan.csv": ["簇", "行政区划", "事项名称", "单位", "科室", "说明"],
    "distractors.csv": ["簇", "类型", "行政区划", "事项名称", "单位", "科室", "说明"],
    "orphans.csv": ["类型", "行政区划", "事项名称", "单位", "科室", "说明"],
}


def load(name):
    path = os.path.join(ROOT, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: has a byte-order mark" % name)
    if b"\r" in raw:
        err("%s: CR line ends" % name)
    text = raw.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != HEADERS[name]:
        err("%s: header %r" % (name, rows[0] if rows else None))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    if buf.getvalue() != text:
        err("%s: not written with minimal quoting / LF ends" % name)
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(rows[0]):
            err("%s line %d: %d fields" % (name, i, len(r)))
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def isodate(s, where):
    if s == "":
        return
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        err("%s: date %r not ISO" % (where, s))
        return
    try:
        datetime.date.fromisoformat(s)
    except ValueError:
        err("%s: invalid date %r" % (where, s))


units = load("county/units.csv")
sections = load("county/sections.csv")
duties = load("county/duties.csv")
corrs = load("county/correspondences.csv")
questions = load("questions.csv")
overlaps = load("overlaps.csv")
shenguan = load("shenguan.csv")
distractors = load("distractors.csv")
orphans = load("orphans.csv")

UNIT_KINDS = {"党委部门", "政府部门", "群团组织", "事业单位", "乡镇", "派出机构", "议事协调机构", "其他"}
SEC_KINDS = {"综合", "业务", "执法", "审批", "其他"}
TOP_CATS = {"行政许可", "行政处罚", "行政强制", "行政征收", "行政给付", "行政检查", "行政确认", "行政奖励", "行政裁决",
            "其他行政权力", "公共服务", "内部管理"}
TOWN_CATS = {"基本履职", "配合履职", "上级收回"}

# ---------------- units & sections ----------------
U = {}
for i, u in enumerate(units, 2):
    k = (u["行政区划"], u["单位"])
    if k in U:
        err("units.csv line %d: duplicate unit %r" % (i, k))
    U[k] = u
    if u["类型"] not in UNIT_KINDS:
        err("units.csv line %d: kind %r" % (i, u["类型"]))
    isodate(u["设立日期"], "units.csv line %d" % i)
    isodate(u["撤销日期"], "units.csv line %d" % i)
    if u["编制数"] and not u["编制数"].isdigit():
        err("units.csv line %d: 编制数" % i)
S = {}
for i, s in enumerate(sections, 2):
    k = (s["行政区划"], s["单位"], s["科室"])
    if k in S:
        err("sections.csv line %d: duplicate section %r" % (i, k))
    S[k] = s
    if (s["行政区划"], s["单位"]) not in U:
        err("sections.csv line %d: unit %r not in units.csv" % (i, s["单位"]))
    if s["类型"] not in SEC_KINDS:
        err("sections.csv line %d: kind %r" % (i, s["类型"]))
    isodate(s["设立日期"], "sections.csv line %d" % i)
    isodate(s["撤销日期"], "sections.csv line %d" % i)
    uu = U.get((s["行政区划"], s["单位"]))
    if uu and uu["撤销日期"] and (not s["撤销日期"] or s["撤销日期"] > uu["撤销日期"]):
        err("sections.csv line %d: section outlives its abolished unit" % i)

TOP = sorted({u["行政区划"] for u in units if "/" not in u["行政区划"]})
if len(TOP) != 1:
    err("expected one top jurisdiction, got %r" % TOP)
CITY = TOP[0]
TOWNS = sorted({u["行政区划"] for u in units if "/" in u["行政区划"]})


def active(date_from, date_to):
    return (not date_from or date_from <= EVAL) and (not date_to or date_to > EVAL)


def resolve_unit(juris, unit):
    j = juris
    while True:
        if (j, unit) in U:
            return j
        if "/" not in j:
            return None
        j = j.rsplit("/", 1)[0]


def abolished(rec):
    return bool(rec["撤销日期"]) and rec["撤销日期"] <= EVAL


# sections per top unit
secs_by_unit = defaultdict(list)
for s in sections:
    secs_by_unit[(s["行政区划"], s["单位"])].append(s)
for (j, name), u in U.items():
    if "/" in j or u["类型"] == "乡镇":
        continue
    ss = secs_by_unit[(j, name)]
    n = len([s for s in ss if active(s["设立日期"], s["撤销日期"])]) if not abolished(u) else len(ss)
    if not 2 <= n <= 8:
        err("unit %s has %d sections (2-8 required)" % (name, n))

# ---------------- duties ----------------
D = []
keycount = Counter()
code_title = {}
cancelled = 0
for i, d in enumerate(duties, 2):
    d["_line"] = i
    where = "duties.csv line %d" % i
    isodate(d["生效日期"], where)
    isodate(d["失效日期"], where)
    j = d["行政区划"]
    if j != CITY and j not in TOWNS:
        err("%s: unknown jurisdiction %r" % (where, j))
    cats = TOP_CATS if j == CITY else (TOP_CATS | TOWN_CATS)
    if d["事项类型"] not in cats:
        err("%s: category %r" % (where, d["事项类型"]))
    if d["角色"] not in ("牵头", "配合"):
        err("%s: role %r" % (where, d["角色"]))
    if d["状态"] not in ("有效", "取消"):
        err("%s: status %r" % (where, d["状态"]))
    if d["状态"] == "取消":
        cancelled += 1
        if not d["失效日期"] or d["失效日期"] >= EVAL:
            err("%s: 取消 without 失效日期 before the evaluation date" % where)
    if not d["事项名称"]:
        err("%s: empty title" % where)
    if not d["实施依据"]:
        err("%s: empty 实施依据" % where)
    k = (j, d["事项名称"], d["单位"], d["科室"])
    keycount[k] += 1
    if d["事项编码"]:
        ck = (j, d["事项编码"])
        if ck in code_title and code_title[ck] != d["事项名称"]:
            err("%s: code %s used for two titles" % (where, d["事项编码"]))
        code_title[ck] = d["事项名称"]
    d["_inforce"] = d["状态"] == "有效" and active(d["生效日期"], d["失效日期"])
    d["_lead"] = d["角色"] == "牵头"
    D.append(d)
for k, c in keycount.items():
    if c > 1:
        err("duty (行政区划, 事项名称, 单位, 科室) %r appears %d times" % (k, c))
if cancelled < 2:
    err("fewer than 2 取消 duties")
DK = {(d["行政区划"], d["事项名称"], d["单位"], d["科室"]): d for d in D}


def find(r, what):
    k = (r["行政区划"], r["事项名称"], r["单位"], r["科室"])
    if keycount.get(k, 0) != 1:
        err("%s row %r matches %d duty rows" % (what, k, keycount.get(k, 0)))
        return None
    return DK[k]


def holder(d):
    return (d["单位"], d["科室"])


# ---------------- orphan recomputation ----------------
found = set()
orphan_rows = set()
for d in D:
    if not d["_inforce"]:
        continue
    key = (d["行政区划"], d["事项名称"], d["单位"], d["科室"])
    if not d["单位"]:
        found.add(("UNHELD",) + key)
        orphan_rows.add(key)
        continue
    uj = resolve_unit(d["行政区划"], d["单位"])
    if uj is None:
        found.add(("MISSING_UNIT",) + key)
        orphan_rows.add(key)
        continue
    if abolished(U[(uj, d["单位"])]):
        found.add(("ABOLISHED_HOLDER",) + key)
        orphan_rows.add(key)
        continue
    if d["科室"]:
        s = S.get((uj, d["单位"], d["科室"]))
        if s is None:
            found.add(("MISSING_SECTION",) + key)
            orphan_rows.add(key)
        elif abolished(s):
            found.add(("ABOLISHED_HOLDER",) + key)
            orphan_rows.add(key)
groups = defaultdict(list)
for d in D:
    if d["_inforce"]:
        groups[(d["行政区划"], d["事项编码"] or d["事项名称"])].append(d)
noload = {}
for g, rows in groups.items():
    if not any(r["_lead"] for r in rows):
        k = ("NO_LEAD", rows[0]["行政区划"], rows[0]["事项名称"])
        found.add(k)
        noload[k] = {holder(r) for r in rows}
for i, c in enumerate(corrs, 2):
    tj = c["乡镇"]
    if tj not in TOWNS:
        err("correspondences.csv line %d: township %r unknown" % (i, tj))
    if (tj, c["乡镇机构"]) not in U and not any(k[0] == tj and k[2] == c["乡镇机构"] for k in S):
        err("correspondences.csv line %d: township office %r not defined" % (i, c["乡镇机构"]))
    parent = tj.rsplit("/", 1)[0]
    cu = U.get((parent, c["县直部门"]))
    if cu is None or abolished(cu):
        found.add(("BROKEN_CORRESPONDENCE", tj, "", c["县直部门"], c["乡镇机构"]))
mapped = {(c["乡镇"], c["乡镇机构"]) for c in corrs}
for (j, name), u in U.items():
    if "/" not in j:
        continue
    holds = any(d["_inforce"] and d["行政区划"] == j and d["单位"] == name for d in D)
    if holds and (j, name) not in mapped:
        found.add(("UNMAPPED_TOWNSHIP_OFFICE", j, "", name, ""))

planted = set()
kinds = Counter()
for r in orphans:
    kinds[r["类型"]] += 1
    if r["类型"] == "NO_LEAD":
        k = ("NO_LEAD", r["行政区划"], r["事项名称"])
        planted.add(k)
        d = find(r, "orphans.csv")
        if d is not None and k in noload and holder(d) not in noload[k]:
            err("orphans.csv NO_LEAD row names a holder that is not a 配合 holder: %r" % (k,))
    elif r["类型"] in ("BROKEN_CORRESPONDENCE", "UNMAPPED_TOWNSHIP_OFFICE"):
        planted.add((r["类型"], r["行政区划"], r["事项名称"], r["单位"], r["科室"]))
        if r["类型"] == "BROKEN_CORRESPONDENCE":
            n = sum(1 for c in corrs if c["乡镇"] == r["行政区划"] and c["县直部门"] == r["单位"]
                    and c["乡镇机构"] == r["科室"])
            if n != 1:
                err("orphans.csv BROKEN_CORRESPONDENCE row matches %d correspondence rows" % n)
    else:
        find(r, "orphans.csv")
        planted.add((r["类型"], r["行政区划"], r["事项名称"], r["单位"], r["科室"]))
for k in sorted(found - planted):
    err("orphan found but not planted: %r" % (k,))
for k in sorted(planted - found):
    err("orphan planted but not found: %r" % (k,))
for kind in ("UNHELD", "NO_LEAD", "ABOLISHED_HOLDER", "MISSING_UNIT", "MISSING_SECTION",
             "BROKEN_CORRESPONDENCE", "UNMAPPED_TOWNSHIP_OFFICE"):
    if kinds[kind] < 2:
        err("orphan kind %s planted %d times (>=2 required)" % (kind, kinds[kind]))
if not 22 <= len(orphans) <= 28:
    err("orphans: %d (22-28 required)" % len(orphans))
if set(kinds) - {"UNHELD", "NO_LEAD", "ABOLISHED_HOLDER", "MISSING_UNIT", "MISSING_SECTION",
                 "BROKEN_CORRESPONDENCE", "UNMAPPED_TOWNSHIP_OFFICE"}:
    err("unknown orphan kinds %r" % set(kinds))

# holder validity of every other row across its whole life (no accidental orphan later or earlier)
for d in D:
    key = (d["行政区划"], d["事项名称"], d["单位"], d["科室"])
    if key in orphan_rows or not d["单位"] or d["状态"] == "取消":
        continue
    uj = resolve_unit(d["行政区划"], d["单位"])
    if uj is None:
        err("duties.csv line %d: unit %r not found (and not in force)" % (d["_line"], d["单位"]))
        continue
    recs = [U[(uj, d["单位"])]]
    if d["科室"]:
        s = S.get((uj, d["单位"], d["科室"]))
        if s is None:
            err("duties.csv line %d: section %r not found" % (d["_line"], d["科室"]))
            continue
        recs.append(s)
    for rec in recs:
        if rec["撤销日期"] and (not d["失效日期"] or d["失效日期"] > rec["撤销日期"]):
            err("duties.csv line %d: holder abolished %s while the row runs on" % (d["_line"], rec["撤销日期"]))
        if rec["设立日期"] and rec["设立日期"] >= "2025-01-01" and (not d["生效日期"] or d["生效日期"] < rec["设立日期"]):
            err("duties.csv line %d: row starts before its holder was set up" % d["_line"])

# ---------------- sizes ----------------
top_rows = [d for d in D if d["行政区划"] == CITY]
internal_rows = [d for d in top_rows if d["事项类型"] == "内部管理"]
if not 700 <= len(top_rows) <= 1000:
    err("top list has %d duties (700-1000)" % len(top_rows))
if not 150 <= len(internal_rows) <= 250:
    err("top list has %d 内部管理 duties (150-250)" % len(internal_rows))
town_lists = sorted({d["行政区划"] for d in D if d["行政区划"] != CITY})
if not 2 <= len(town_lists) <= 4:
    err("%d township lists (2-4)" % len(town_lists))
town_counts = {}
for t in town_lists:
    rows = [d for d in D if d["行政区划"] == t]
    ngroups = len({d["事项编码"] or d["事项名称"] for d in rows})
    town_counts[t] = (len(rows), ngroups)
    if not 80 <= len(rows) <= 150 or not 80 <= ngroups <= 150:
        err("township list %s: %d rows, %d duties (80-150)" % (t, len(rows), ngroups))
    if not any(c["乡镇"] == t for c in corrs):
        err("township %s has no correspondences" % t)

# ---------------- overlaps ----------------
ov_rows = defaultdict(list)
in_overlap = {}
for r in overlaps:
    if r["类型"] not in ("重复", "交叉"):
        err("overlaps.csv: type %r" % r["类型"])
    d = find(r, "overlaps.csv")
    if d is None:
        continue
    k = (d["行政区划"], d["事项名称"], d["单位"], d["科室"])
    if k in in_overlap:
        err("overlaps.csv: row %r in two clusters" % (k,))
    in_overlap[k] = r["簇"]
    ov_rows[r["簇"]].append((r, d))
identical = 0
for c, items in ov_rows.items():
    if not 2 <= len(items) <= 3:
        err("overlap cluster %s has %d rows" % (c, len(items)))
    if len({r["类型"] for r, d in items}) != 1:
        err("overlap cluster %s mixes types" % c)
    if len({d["行政区划"] for r, d in items}) != 1:
        err("overlap cluster %s spans lists" % c)
    hs = [holder(d) for r, d in items]
    if len(set(hs)) != len(hs):
        err("overlap cluster %s: holders not all different" % c)
    for r, d in items:
        if not (d["_inforce"] and d["_lead"]):
            err("overlap cluster %s: row %r not a lead row in force" % (c, d["事项名称"]))
        if (d["行政区划"], d["事项名称"], d["单位"], d["科室"]) in orphan_rows:
            err("overlap cluster %s: row is an orphan" % c)
    if len({d["事项名称"] for r, d in items}) == 1:
        identical += 1
if not 35 <= len(ov_rows) <= 45:
    err("overlaps: %d clusters (35-45)" % len(ov_rows))
if not 8 <= identical <= 13:
    err("overlaps: %d identical-title clusters (about 10)" % identical)

# ---------------- shenguan ----------------
sg_rows = defaultdict(list)
in_sg = {}
for r in shenguan:
    d = find(r, "shenguan.csv")
    if d is None:
        continue
    k = (d["行政区划"], d["事项名称"], d["单位"], d["科室"])
    if k in in_overlap:
        err("shenguan row %r is also in overlaps" % (k,))
    in_sg[k] = r["簇"]
    sg_rows[r["簇"]].append(d)
for c, ds in sg_rows.items():
    if len(ds) != 2:
        err("shenguan pair %s has %d rows" % (c, len(ds)))
        continue
    appr = [d for d in ds if d["单位"].endswith("行政审批局")]
    if len(appr) != 1 or appr[0]["事项类型"] != "行政许可":
        err("shenguan pair %s: needs exactly one 行政审批局 licence row" % c)
    for d in ds:
        if not (d["_inforce"] and d["_lead"]):
            err("shenguan pair %s: row not lead in force" % c)
    if ds[0]["行政区划"] != ds[1]["行政区划"]:
        err("shenguan pair %s spans lists" % c)
if len(sg_rows) < 8:
    err("shenguan: %d pairs (>=8)" % len(sg_rows))

# ---------------- distractors ----------------
DKINDS = {"内部事务", "牵头配合", "对象不同", "同法不同条", "属地不同", "上下级", "三定分工"}
di_rows = defaultdict(list)
for r in distractors:
    if r["类型"] not in DKINDS:
        err("distractors.csv: type %r" % r["类型"])
    d = find(r, "distractors.csv")
    if d is None:
        continue
    if (d["行政区划"], d["事项名称"], d["单位"], d["科室"]) in in_overlap:
        err("distractor row %r is also a planted overlap" % d["事项名称"])
    di_rows[(r["簇"], r["类型"])].append(d)
dkind = Counter()
for (c, t), ds in di_rows.items():
    dkind[t] += 1
    if len(ds) < 2:
        err("distractor group %s has %d rows" % (c, len(ds)))
    js = {d["行政区划"] for d in ds}
    if t == "属地不同":
        if len(js) < 2:
            err("distractor %s (属地不同) is within one list" % c)
    elif t == "上下级":
        if len(js) < 2 and len({d["单位"] for d in ds}) < 2:
            err("distractor %s (上下级) needs two levels" % c)
    elif len(js) != 1:
        err("distractor %s spans lists" % c)
    if t == "内部事务":
        if any(d["事项类型"] != "内部管理" for d in ds) or len({d["单位"] for d in ds}) < 2:
            err("distractor %s (内部事务) must be 内部管理 rows of >=2 units" % c)
    if t == "牵头配合":
        leads = [d for d in ds if d["_lead"] and d["_inforce"]]
        sups = [d for d in ds if not d["_lead"] and d["_inforce"]]
        if len(leads) != 1 or not sups or len({d["事项名称"] for d in ds}) != 1:
            err("distractor %s (牵头配合) needs one lead and support rows of one duty" % c)
    if t not in ("属地不同", "上下级"):
        leads = [d for d in ds if d["_lead"] and d["_inforce"]]
        for a in leads:
            for b in leads:
                if a is not b and a["事项名称"] == b["事项名称"] and holder(a) != holder(b):
                    err("distractor %s holds an identical-title pair of lead holders" % c)
if not 60 <= len(di_rows) <= 80:
    err("distractors: %d groups (60-80)" % len(di_rows))
if dkind["内部事务"] < 12:
    err("distractors: %d 内部事务 groups (>=12)" % dkind["内部事务"])
if dkind["牵头配合"] < 8:
    err("distractors: %d 牵头配合 groups (>=8)" % dkind["牵头配合"])

# ---------------- identical titles of different lead holders ----------------
by_title = defaultdict(list)
for d in D:
    if d["_inforce"] and d["_lead"]:
        by_title[(d["行政区划"], d["事项名称"])].append(d)
for (j, t), ds in by_title.items():
    hs = {holder(d) for d in ds}
    if len(hs) < 2:
        continue
    tags = set()
    for d in ds:
        k = (d["行政区划"], d["事项名称"], d["单位"], d["科室"])
        tags.add(in_overlap.get(k) or in_sg.get(k) or "UNPLANTED")
    if len(tags) != 1 or "UNPLANTED" in tags:
        err("identical title %r in %s held by %d lead holders, not planted as one cluster (%r)"
            % (t, j, len(hs), tags))

# ---------------- questions ----------------
corr_pairs = {(c["乡镇"], c["乡镇机构"], c["县直部门"]) for c in corrs}
qunits = set()
empty = 0
seen_q = set()
for i, q in enumerate(questions, 2):
    where = "questions.csv line %d" % i
    if q["问题"] in seen_q:
        err("%s: duplicate question" % where)
    seen_q.add(q["问题"])
    j = q["行政区划"]
    if j != CITY and j not in TOWNS:
        err("%s: jurisdiction %r" % (where, j))
        continue
    if not q["正确单位"]:
        empty += 1
        if q["县直对口单位"]:
            err("%s: 县直对口单位 without 正确单位" % where)
        continue
    uj = resolve_unit(j, q["正确单位"])
    if uj is None or abolished(U[(uj, q["正确单位"])]):
        err("%s: unit %r does not exist (or abolished)" % (where, q["正确单位"]))
        continue
    qunits.add((uj, q["正确单位"]))
    leads = [d for d in D if d["行政区划"] == j and d["单位"] == q["正确单位"] and d["_lead"] and d["_inforce"]]
    if not leads:
        err("%s: %s holds no lead duty in force in %s" % (where, q["正确单位"], j))
    m = re.search(r"事项：(.+?)(；|$)", q["备注"])
    if not m:
        err("%s: 备注 does not name the duty" % where)
    else:
        title = m.group(1)
        hit = [d for d in leads if d["事项名称"] == title]
        if not hit:
            err("%s: duty %r is not a lead duty in force of %s" % (where, title, q["正确单位"]))
        else:
            k = (hit[0]["行政区划"], hit[0]["事项名称"], hit[0]["单位"], hit[0]["科室"])
            if k in in_overlap or k in orphan_rows:
                err("%s: answering duty is a planted overlap/orphan" % where)
    if "/" in j:
        if not q["县直对口单位"] or (j, q["正确单位"], q["县直对口单位"]) not in corr_pairs:
            err("%s: 县直对口单位 %r is not a correspondence of %s" % (where, q["县直对口单位"], q["正确单位"]))
    elif q["县直对口单位"]:
        err("%s: 县直对口单位 given for a top-list question" % where)
if not 300 <= len(questions) <= 450:
    err("questions: %d (300-450)" % len(questions))
if len(qunits) < 70:
    err("questions spread over %d units (>=70)" % len(qunits))
if empty < 20:
    err("questions: %d uncovered (>=20)" % empty)

# ---------------- report ----------------
print("单位 %d（市级 %d，镇街机构 %d），内设机构 %d" % (
    len(units), len([u for u in units if "/" not in u["行政区划"]]),
    len([u for u in units if "/" in u["行政区划"]]), len(sections)))
print("职责事项 %d 行：市级清单 %d（内部管理 %d，评估日有效 %d），取消 %d" % (
    len(D), len(top_rows), len(internal_rows), len([d for d in top_rows if d["_inforce"]]), cancelled))
for t in town_lists:
    print("  %s：%d 行，%d 项" % (t, town_counts[t][0], town_counts[t][1]))
print("衔接对应 %d 行" % len(corrs))
print("问题 %d（覆盖单位 %d，无对应 %d）" % (len(questions), len(qunits), empty))
print("重叠簇 %d（%d 行；同名 %d；重复 %d，交叉 %d）" % (
    len(ov_rows), len(overlaps), identical,
    len([c for c, it in ov_rows.items() if it[0][0]["类型"] == "重复"]),
    len([c for c, it in ov_rows.items() if it[0][0]["类型"] == "交叉"])))
print("审管分离 %d 对" % len(sg_rows))
print("干扰组 %d（%s）" % (len(di_rows), "，".join("%s %d" % (k, dkind[k]) for k in
                                                  ["内部事务", "牵头配合", "对象不同", "同法不同条", "属地不同", "上下级", "三定分工"])))
print("孤儿 %d（%s）" % (len(orphans), "，".join("%s %d" % (k, v) for k, v in kinds.items())))
if ERR:
    print("\nFAILED: %d problem(s)" % len(ERR))
    for e in ERR[:200]:
        print("  - " + e)
    sys.exit(1)
print("\nOK")
