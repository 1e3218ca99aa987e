"""Generate the 松岭县 blind evaluation set: python3 gen/build.py"""
import os
import sys
from collections import defaultdict, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import COUNTY, TYPES, make_desc, write_csv, parse_block  # noqa: E402
import units_county  # noqa: E402
import duties_party, duties_gov1, duties_gov2, duties_gov3, duties_inst  # noqa: E402
import internal  # noqa: E402
import township as T  # noqa: E402
import plants as P  # noqa: E402
import questions as Q  # noqa: E402
from resolve import Store, norm, in_force, holder_status, classify, active  # noqa: E402

SRC_LIST = "松岭县权责清单（2024年版，2025年3月动态调整）"
SRC_SANDING = "松岭县机构改革方案及各部门\"三定\"规定"

# ------------------------------------------------------------------ units & sections
units, sections = [], []
ucode = {}
for u in units_county.U:
    units.append(dict(jur=COUNTY, name=u["name"], kind=u["kind"], parent=u["parent"], aliases=u["aliases"],
                      coloc=u["coloc"], quota=u["quota"], start=u["start"], end=u["end"],
                      src=SRC_SANDING))
    ucode[u["name"]] = u["code"]
    for spec in u["sections"]:
        p = spec.split(":")
        name, kind, quota, actual = p[0], p[1], p[2], p[3]
        start = p[4] if len(p) > 4 else ""
        end = p[5] if len(p) > 5 else ""
        sections.append(dict(jur=COUNTY, unit=u["name"], name=name, kind=kind, quota=quota, actual=actual,
                             start=start, end=end))

TOWN_J = {}
office_name = {}
KC = {"镇": "T", "乡": "X", "街道": "J"}
NEW_OFFICE_DATE = {"hzb": "2024-06-01", "lzb": "2024-06-01", "wgz": "2024-05-01"}
for tname, tc, kind, gov, quota in T.TOWNS:
    j = f"{COUNTY}/{tname}"
    TOWN_J[tname] = j
    units.append(dict(jur=j, name=gov, kind="乡镇", parent="", aliases="", coloc="", quota=quota,
                      start="", end="", src=f"{tname}机构设置方案（2021年乡镇机构改革）"))
    keys = [k for k, v in T.OFFICES.items() if KC[kind] in v[2]] + T.EXTRA_OFFICES.get(tname, [])
    for k in keys:
        suf, okind, _, _ = T.OFFICES[k]
        nm = tname + suf
        office_name[(tname, k)] = nm
        start, end = T.ABOLISHED_OFFICES.get((tname, k), ("2021-08-01", ""))
        start = NEW_OFFICE_DATE.get(k, start)
        units.append(dict(jur=j, name=nm, kind=okind, parent=gov, aliases="", coloc="",
                          quota=3 if okind == "其他" else 4, start=start, end=end,
                          src=f"{tname}机构设置方案（2021年乡镇机构改革）" if k not in NEW_OFFICE_DATE else f"{tname}党委会议纪要（新设机构）"))

store = Store(units, sections)

# ------------------------------------------------------------------ county duties
BLOCKS = OrderedDict()
for mod in (duties_party, duties_gov1, duties_gov2, duties_gov3, duties_inst):
    for k, v in mod.D.items():
        assert k not in BLOCKS, k
        BLOCKS[k] = v
for k in BLOCKS:
    assert k in ucode, f"block for unknown unit {k}"

duties = []          # row dicts
seq = defaultdict(int)
keycode = {}         # (jur, key) -> code
keydesc = {}
default_basis = {u["name"]: u["basis"] for u in units_county.U}


def add_row(jur, unit, section, tcode, title, basis, code, desc, role="牵头", frm="", to="", status="", src="", intern=False):
    duties.append(dict(jur=jur, unit=unit, section=section, code=code, title=title, cat=TYPES[tcode],
                       desc=desc, basis=basis, role=role, **{"from": frm}, to=to, status=status, src=src,
                       internal=intern))


def new_code(jur, prefix, tcode):
    seq[(jur, prefix, tcode)] += 1
    return f"SL-{prefix}-{tcode}-{seq[(jur, prefix, tcode)]:03d}"


def county_line(block_unit, d):
    holder = d.get("unit", block_unit)
    owner = block_unit if block_unit else holder
    canon = store.find(COUNTY, holder)
    if canon:
        prefix = ucode[canon["name"]]
    else:
        prefix = {"县安全生产监督管理局": "AJJ", "县食品药品监督管理局": "SYJ"}.get(holder, "WRL")
    if "key" in d:
        kk = (COUNTY, d["key"])
        if kk not in keycode:
            keycode[kk] = new_code(COUNTY, prefix, d["t"])
            keydesc[kk] = (make_desc(d["t"], d["title"]), d["title"])
        code = keycode[kk]
        desc, t0 = keydesc[kk]
        assert t0 == d["title"], (t0, d["title"])
    else:
        code = new_code(COUNTY, prefix, d["t"])
        desc = make_desc(d["t"], d["title"])
    basis = d["basis"] or default_basis.get(canon["name"] if canon else "", "")
    add_row(COUNTY, holder, d["section"], d["t"], d["title"], basis, code, desc,
            role=d.get("role", "牵头"), frm=d.get("from", ""), to=d.get("to", ""), status=d.get("status", ""),
            src=SRC_LIST)


for idx, (uname, text) in enumerate(BLOCKS.items()):
    for d in parse_block(text):
        county_line(uname, d)
    u = next(x for x in units_county.U if x["name"] == uname)
    if u["end"]:
        continue
    secnames = [s.split(":")[0] for s in u["sections"]]
    kinds = {s.split(":")[0]: s.split(":")[1] for s in u["sections"]}
    isec = "办公室" if "办公室" in secnames else next(n for n in secnames if kinds[n] == "综合")
    for title, desc, basis in internal.internal_for(uname, u["kind"], u["quota"], idx):
        add_row(COUNTY, uname, isec, "NB", title, basis, new_code(COUNTY, u["code"], "NB"), desc, src=SRC_LIST, intern=True)

for d in parse_block(P.ORPHAN_COUNTY):
    county_line("", d) if d.get("unit") == "" else county_line(d["unit"], d)

# ------------------------------------------------------------------ township duties
def tdesc(cat, title):
    if cat == "JB":
        return f"负责辖区{title}相关工作，建立工作台账，发现问题及时处置并按规定上报。"
    if cat == "PH":
        return f"县直部门牵头负责{title}；乡镇（街道）做好宣传动员、排查摸底、信息报送等配合工作。"
    return f"{title}已由县直部门收回实施，乡镇（街道）不再承担，做好政策宣传和群众引导。"


town_src = {}
for tname, tc, kind, gov, quota in T.TOWNS:
    j = TOWN_J[tname]
    src = f"{tname}履行职责事项清单（2024年版）"
    kc = KC[kind]

    def tcode(cat):
        seq[(j, cat)] += 1
        return f"{tc}-{cat}-{seq[(j, cat)]:03d}"

    def office_rows(key, title, cat, role, code, desc, basis):
        key = T.OVERRIDE.get((tname, title), key)
        nm = office_name[(tname, key)]
        if (tname, key) in T.ABOLISHED_OFFICES and (tname, title) not in T.ABOLISHED_LEFT:
            end = T.ABOLISHED_OFFICES[(tname, key)][1]
            add_row(j, nm, "", cat, title, basis, code, desc, role=role, to=end, src=src)
            add_row(j, office_name[(tname, "zfd")], "", cat, title, basis, code, desc, role=role, frm=end, src=src)
        else:
            add_row(j, nm, "", cat, title, basis, code, desc, role=role, src=src)

    for key, title, applies, basis, only in T.BASIC:
        if kc not in applies or (only and tname not in only):
            continue
        office_rows(key, title, "JB", "牵头", tcode("JB"), tdesc("JB", title), basis or T.G)
    for tn, cat, title, unit in T.UNHELD_TOWN + T.MISSING_UNIT_TOWN:
        if tn == tname:
            add_row(j, unit, "", "JB", title, T.G, tcode("JB"), tdesc("JB", title), src=src)
    for cu, key, title, applies, basis, only in T.COOP:
        if kc not in applies or (only and tname not in only):
            continue
        code = tcode("PH")
        desc = tdesc("PH", title)
        if (tname, title) not in T.NO_LEAD_TOWN:
            add_row(j, cu, "", "PH", title, basis or T.G, code, desc, role="牵头", src=src)
        office_rows(key, title, "PH", "配合", code, desc, basis or T.G)
    for cu, title, applies, basis in T.TAKEN:
        if kc not in applies:
            continue
        add_row(j, cu, "", "SH", title, basis, tcode("SH"), tdesc("SH", title), src=src)

# ------------------------------------------------------------------ correspondences
corr = []
for tname, tc, kind, gov, quota in T.TOWNS:
    j = TOWN_J[tname]
    for (tn, key), nm in office_name.items():
        if tn != tname:
            continue
        for cu in T.OFFICES[key][3]:
            corr.append(dict(town=j, office=nm, county=cu, note="", src="松岭县乡镇（街道）与县直部门工作衔接对应表（2024年3月修订）"))
    for tn, key, cu in T.BROKEN:
        if tn == tname:
            corr.append(dict(town=j, office=office_name[(tn, key)], county=cu, note="",
                             src="松岭县乡镇（街道）与县直部门工作衔接对应表（2024年3月修订）"))
NOTE = {"dzb": "综合性对应", "djb": "2024年机构改革后两新党建对应县委社会工作部", "cgb": "2024年6月30日起职能并入街道综合行政执法队"}
for c in corr:
    for (tn, key), nm in office_name.items():
        if nm == c["office"] and c["town"].endswith(tn):
            c["note"] = NOTE.get(key, "")

# ------------------------------------------------------------------ self checks on the data
by_duty = defaultdict(list)
for r in duties:
    by_duty[(r["jur"], r["code"])].append(r)
for k, rows in by_duty.items():
    assert len({r["title"] for r in rows}) == 1, k
    assert len({r["desc"] for r in rows}) == 1, k

orph = {}
for k, rows in by_duty.items():
    c = classify(store, rows)
    assert c != "NO_HOLDER", (k, rows[0]["title"])
    if c:
        orph[k] = c
    else:
        # strict: every live holder of a fine duty resolves to an active unit/section
        for r in rows:
            if in_force(r) and r.get("status") != "取消":
                st, _ = holder_status(store, r)
                assert st == "OK", (r["jur"], r["unit"], r["section"], r["title"], st)

planted_titles = set(P.ORPHAN_NOTES)
got_titles = {by_duty[k][0]["title"] for k in orph}
assert got_titles == planted_titles, (got_titles ^ planted_titles)
cancelled = [k for k, rows in by_duty.items() if any(r["status"] == "取消" for r in rows)]
assert len(cancelled) == 2

# correspondence orphans
corr_orph = []
for c in corr:
    u = store.find(COUNTY, c["county"])
    if u is None or not active(u["start"], u["end"]):
        corr_orph.append(("BROKEN_CORRESPONDENCE", c["town"], c["county"], c["office"]))
holders = set()
for r in duties:
    if r["jur"] != COUNTY and r["unit"] and in_force(r):
        u = store.find(r["jur"], r["unit"])
        if u and u["jur"] == r["jur"]:
            holders.add((r["jur"], u["name"]))
mapped = {(c["town"], c["office"]) for c in corr}
unmapped = sorted(h for h in holders if h not in mapped)
for h in holders:
    if h in mapped:
        ok = [c for c in corr if (c["town"], c["office"]) == h and store.find(COUNTY, c["county"]) is not None
              and active(store.find(COUNTY, c["county"])["start"], store.find(COUNTY, c["county"])["end"])]
        assert ok, h
assert len(unmapped) == 3 and len(corr_orph) == 3, (unmapped, corr_orph)

# unintended same-title duplicates on one list
lead_by_title = defaultdict(set)
for (j, code), rows in by_duty.items():
    if (j, code) in orph or any(r["status"] == "取消" for r in rows):
        continue
    for r in rows:
        if in_force(r) and r["role"] != "配合" and not r["internal"]:
            lead_by_title[(j, r["title"])].add(code)


def jname(short):
    return COUNTY if short == "县" else TOWN_J[short]


def find_holding(jur, unit, title, section=None, lead=True):
    hits = []
    for r in duties:
        if r["jur"] != jur or r["title"] != title or not in_force(r) or r["status"] == "取消":
            continue
        if lead and r["role"] == "配合":
            continue
        if not lead and r["role"] != "配合":
            continue
        cu = store.find(jur, r["unit"])
        if r["unit"] != unit and (cu is None or cu["name"] != unit):
            continue
        if section is not None and r["section"] != section:
            continue
        hits.append(r)
    assert len(hits) == 1, (jur, unit, title, section, len(hits))
    return hits[0]


# ------------------------------------------------------------------ overlaps
ov_rows, ov_codes = [], set()
for i, (typ, short, items, note) in enumerate(P.OVERLAPS, 1):
    j = jname(short)
    cl = f"OV{i:02d}"
    seen = set()
    for it in items:
        r = find_holding(j, it[0], it[1], it[2] if len(it) > 2 else None)
        assert (j, r["code"]) not in orph
        hk = (norm(store.find(j, r["unit"])["name"]), r["section"])
        assert hk not in seen
        seen.add(hk)
        ov_codes.add((j, r["code"]))
        ov_rows.append([cl, typ, j, r["title"], r["unit"], r["section"], note])
for (j, title), codes in lead_by_title.items():
    if len(codes) > 1:
        assert all((j, c) in ov_codes for c in codes), (j, title, codes)

# ------------------------------------------------------------------ 审管分离
sg_rows, sg_codes = [], set()
for i, (short, ptitle, dunit, dtitle) in enumerate(P.SHENGUAN, 1):
    j = jname(short)
    a = find_holding(j, P.SP, ptitle)
    b = find_holding(j, dunit, dtitle)
    assert a["cat"] == "行政许可" or a["cat"] == "行政确认"
    for r in (a, b):
        assert (j, r["code"]) not in ov_codes and (j, r["code"]) not in orph
        sg_codes.add((j, r["code"]))
    cl = f"SG{i:02d}"
    sg_rows.append([cl, j, a["title"], a["unit"], a["section"], "行政审批服务局实施许可（相对集中行政许可权改革划入）。"])
    sg_rows.append([cl, j, b["title"], b["unit"], b["section"], "原主管部门负责批后监管，审管分离的制度安排，不是重复或交叉。"])

# ------------------------------------------------------------------ distractors
ds_rows = []
n = 0
# 内部事务: the same internal duty held by many units, each its own
internal_groups = defaultdict(list)
for r in duties:
    if r["internal"] and r["jur"] == COUNTY:
        internal_groups[r["title"]].append(r)
for title, rows in internal_groups.items():
    if len(rows) < 3:
        continue
    n += 1
    m = len(rows)
    pick = [rows[(n * 7) % m], rows[(n * 7 + m // 3) % m], rows[(n * 7 + 2 * m // 3) % m]]
    for r in pick:
        ds_rows.append([f"DS{n:02d}", "内部事务", r["jur"], r["title"], r["unit"], r["section"],
                        "各单位清单都列有本单位的同名内部管理事项，对象是本单位自身，不是对外职责的重复。"])
n_internal = n
for typ, items, note in P.DISTRACTORS:
    n += 1
    for it in items:
        j = jname(it[0])
        role_lead = True
        try:
            r = find_holding(j, it[1], it[2], it[3] if len(it) > 3 else None)
        except AssertionError:
            r = find_holding(j, it[1], it[2], it[3] if len(it) > 3 else None, lead=False)
            role_lead = False
        assert (j, r["code"]) not in ov_codes and (j, r["code"]) not in orph, (j, r["title"])
        ds_rows.append([f"DS{n:02d}", typ, j, r["title"], r["unit"], r["section"], note])

# ------------------------------------------------------------------ orphans.csv
or_rows = []
for k, typ in sorted(orph.items(), key=lambda kv: (kv[1], kv[0])):
    rows = by_duty[k]
    t = rows[0]["title"]
    if typ == "UNHELD":
        unit, sec = "", ""
    elif typ == "NO_LEAD":
        live = [r for r in rows if in_force(r)]
        pairs = sorted({(r["unit"], r["section"]) for r in live})
        unit = "；".join(p[0] for p in pairs)
        sec = "；".join(p[1] for p in pairs) if any(p[1] for p in pairs) else ""
    else:
        lead = [r for r in rows if in_force(r) and r["role"] != "配合"][0]
        unit, sec = lead["unit"], lead["section"]
    or_rows.append([typ, k[0], t, unit, sec, P.ORPHAN_NOTES[t]])
rev_office = {v: k for k, v in office_name.items()}
for typ, town, cu, office in corr_orph:
    tn, key = rev_office[office]
    or_rows.append([typ, town, "", cu, office, P.CORR_NOTES[(tn, key)]])
for town, office in unmapped:
    tn, key = rev_office[office]
    or_rows.append(["UNMAPPED_TOWNSHIP_OFFICE", town, "", office, "", P.CORR_NOTES[(tn, key)]])

# ------------------------------------------------------------------ questions
single_corr = defaultdict(list)
for c in corr:
    single_corr[(c["town"], c["office"])].append(c)
qs_rows = []
answered = set()
for short, title, text in Q.load():
    if title is None:
        qs_rows.append([text[0], COUNTY if short == "县" else jname(short), "", "", text[1]])
        continue
    j = jname(short)
    lists = [j] if j == COUNTY else [j, COUNTY]
    hit = None
    for lj in lists:
        codes = {r["code"] for r in duties if r["jur"] == lj and r["title"] == title and r["status"] != "取消"}
        if codes:
            assert len(codes) == 1, (short, title, codes)
            hit = (lj, codes.pop())
            break
    assert hit, (short, title)
    assert hit not in ov_codes and hit not in orph, (short, title)
    rows = by_duty[hit]
    leads = [r for r in rows if in_force(r) and r["role"] != "配合"]
    assert len(leads) == 1, (short, title)
    u = store.find(hit[0], leads[0]["unit"])
    answer = u["name"]
    county_side = ""
    if u["jur"] != COUNTY:
        cs = single_corr[(u["jur"], u["name"])]
        assert len(cs) == 1, (short, title, answer, cs)
        county_side = cs[0]["county"]
    answered.add(answer)
    where = "本乡镇（街道）清单" if hit[0] != COUNTY else "县级清单"
    qs_rows.append([text, j, answer, county_side, f"依据{where}事项：{title}（{hit[1]}）"])

need = set()
for r in duties:
    if r["jur"] == COUNTY and in_force(r) and r["role"] != "配合" and not r["internal"] and r["unit"]:
        k = (r["jur"], r["code"])
        if k in orph:
            continue
        u = store.find(COUNTY, r["unit"])
        need.add(u["name"])
missing = need - answered
assert not missing, missing

# ------------------------------------------------------------------ write
def S(x):
    return x or ""


write_csv(os.path.join(ROOT, "county/units.csv"),
          ["行政区划", "单位", "类型", "上级单位", "挂牌名称", "合署办公", "编制数", "设立日期", "撤销日期", "来源"],
          [[u["jur"], u["name"], u["kind"], u["parent"], u["aliases"], u["coloc"], u["quota"], u["start"], u["end"], u["src"]]
           for u in units])
write_csv(os.path.join(ROOT, "county/sections.csv"),
          ["行政区划", "单位", "科室", "类型", "编制数", "实有人数", "设立日期", "撤销日期", "来源"],
          [[s["jur"], s["unit"], s["name"], s["kind"], s["quota"], s["actual"], s["start"], s["end"], SRC_SANDING]
           for s in sections])
write_csv(os.path.join(ROOT, "county/duties.csv"),
          ["行政区划", "单位", "科室", "事项编码", "事项名称", "事项类型", "职责内容", "实施依据", "角色", "生效日期", "失效日期", "状态", "来源"],
          [[r["jur"], r["unit"], r["section"], r["code"], r["title"], r["cat"], r["desc"], r["basis"],
            r["role"], r["from"], r["to"], S(r["status"]) or "有效", r["src"]] for r in duties])
write_csv(os.path.join(ROOT, "county/correspondences.csv"),
          ["乡镇", "乡镇机构", "县直部门", "备注", "来源"],
          [[c["town"], c["office"], c["county"], c["note"], c["src"]] for c in corr])
write_csv(os.path.join(ROOT, "questions.csv"), ["问题", "行政区划", "正确单位", "县直对口单位", "备注"], qs_rows)
write_csv(os.path.join(ROOT, "overlaps.csv"), ["簇", "类型", "行政区划", "事项名称", "单位", "科室", "说明"], ov_rows)
write_csv(os.path.join(ROOT, "distractors.csv"), ["簇", "类型", "行政区划", "事项名称", "单位", "科室", "说明"], ds_rows)
write_csv(os.path.join(ROOT, "shenguan.csv"), ["簇", "行政区划", "事项名称", "单位", "科室", "说明"], sg_rows)
write_csv(os.path.join(ROOT, "orphans.csv"), ["类型", "行政区划", "事项名称", "单位", "科室", "说明"], or_rows)

# ------------------------------------------------------------------ counts
cnt = defaultdict(int)
for r in duties:
    cnt[r["jur"]] += 1
county_rows = cnt[COUNTY]
internal_rows = sum(1 for r in duties if r["jur"] == COUNTY and r["internal"])
otypes = defaultdict(int)
for r in or_rows:
    otypes[r[0]] += 1
stats = dict(
    units=len(units), county_units=sum(1 for u in units if u["jur"] == COUNTY), sections=len(sections),
    duty_rows=len(duties), county_rows=county_rows, internal_rows=internal_rows,
    internal_pct=round(100 * internal_rows / county_rows, 1),
    town_rows={t: cnt[TOWN_J[t]] for t in TOWN_J}, corr=len(corr),
    questions=len(qs_rows), oos=sum(1 for q in qs_rows if not q[2]),
    township_q=sum(1 for q in qs_rows if "/" in q[1]),
    overlaps=len(P.OVERLAPS), overlap_rows=len(ov_rows),
    distractor_groups=n, internal_groups=n_internal, shenguan=len(P.SHENGUAN),
    orphans=len(or_rows), orphan_types=dict(otypes), aliases=sum(1 for u in units if u["aliases"]),
)
import json  # noqa: E402
with open(os.path.join(ROOT, "gen", "stats.json"), "w", encoding="utf-8") as f:
    json.dump(stats, f, ensure_ascii=False, indent=1)
print(json.dumps(stats, ensure_ascii=False, indent=1))

import readme  # noqa: E402
readme.write(os.path.join(ROOT, "README.md"), stats)

