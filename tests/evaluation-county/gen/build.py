import csv, glob, importlib, os, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
from common import *
import content
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TCODE = {"综":"综合","业":"业务","执":"执法","审":"审批","其":"其他"}

def w(path, header, rows):
    with open(os.path.join(ROOT, path), "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(header)
        for r in rows:
            wr.writerow([("" if r.get(h) is None else r.get(h)) for h in header])

# ---------------- units & sections
units, sections = [], []
def add_unit(j, name, typ, sup, gp, hs, bz, sd, cd, secs):
    units.append(dict(行政区划=j, 单位=name, 类型=typ, 上级单位=sup, 挂牌名称=gp, 合署办公=hs, 编制数=bz, 设立日期=sd, 撤销日期=cd))
    for s in secs:
        p = s.split("/") + ["", ""]
        sections.append(dict(行政区划=j, 单位=name, 科室=p[0], 类型=TCODE[p[1]], 编制数=p[2], 实有人数=p[3],
                             设立日期=p[4] or "", 撤销日期=p[5] or ""))
for m in ["units_party", "units_gov1", "units_gov2", "units_gov3", "units_inst"]:
    for u in importlib.import_module(m).U:
        add_unit(COUNTY, *u)
import units_town as UT
for t, lst in UT.TOWN_UNITS.items():
    for (name, typ, bz, secs) in lst:
        add_unit(tj(t), name, typ, "", "", "", bz, "2019-12-30", "", secs)

# ---------------- duties
duties = []
seq = collections.Counter()
def code_for(prefix, typ):
    seq[(prefix, typ)] += 1
    return f"LJ-{prefix}-{TYPE_CODE[typ]}-{seq[(prefix, typ)]:03d}"

def add_row(j, unit, sec, code, title, typ, cont, basis, role="牵头", eff="", exp="", status="有效"):
    duties.append(dict(行政区划=j, 单位=unit, 科室=sec, 事项编码=code, 事项名称=title, 事项类型=typ,
                       职责内容=cont, 实施依据=basis, 角色=role, 生效日期=eff, 失效日期=exp, 状态=status))

MVINFO = {}
county_mods = sorted(glob.glob(os.path.join(os.path.dirname(__file__), "d_*.py")))
for path in county_mods:
    mod = importlib.import_module(os.path.basename(path)[:-3])
    for (unit, prefix, rows) in mod.MODS:
        for r in rows:
            sec, typ, title, basis = r[:4]
            cont = r[4] if len(r) > 4 and r[4] else content.default(typ, title)
            o = r[5] if len(r) > 5 else {}
            code = o.get("code") or code_for(prefix, typ)
            if code.startswith("MV-") and o.get("exp"):
                MVINFO[code] = (prefix, typ)
            add_row(COUNTY, o.get("unit", unit), o.get("sec", sec), code, title, typ, cont, basis,
                    o.get("role", "牵头"), o.get("eff", ""), o.get("exp", ""), o.get("status", "有效"))
            for co in o.get("co", []):
                cu, cs, cc = co[:3]
                co_o = co[3] if len(co) > 3 else {}
                add_row(COUNTY, cu, cs, code, title, typ, cc, basis, "配合", co_o.get("eff", ""), co_o.get("exp", ""))

# moved duties: give the shared code in the old holder's numbering
for mv, (prefix, typ) in sorted(MVINFO.items()):
    seq[(prefix, typ)] += 1
    real = f"LJ-{prefix}-{TYPE_CODE[typ]}-{100 + seq[(prefix, typ)]:03d}"
    for d in duties:
        if d["事项编码"] == mv: d["事项编码"] = real
assert not any(d["事项编码"].startswith("MV-") for d in duties), "unmapped MV code"

# internal duties for every county unit (each unit does these for itself)
import internal
internal.add(units, sections, add_row, code_for)

# township lists
import towns
towns.add(add_row)

if __name__ == "__main__":
    w("county/units.csv", ["行政区划","单位","类型","上级单位","挂牌名称","合署办公","编制数","设立日期","撤销日期"], units)
    w("county/sections.csv", ["行政区划","单位","科室","类型","编制数","实有人数","设立日期","撤销日期"], sections)
    w("county/duties.csv", ["行政区划","单位","科室","事项编码","事项名称","事项类型","职责内容","实施依据","角色","生效日期","失效日期","状态"], duties)
    import corr
    w("county/correspondences.csv", ["乡镇","乡镇机构","县直部门","备注"], corr.rows())
    import outputs
    outputs.write_all(units, sections, duties, w)
    c = collections.Counter(d["行政区划"] for d in duties)
    print("units", len(units), "sections", len(sections), "duties", dict(c))
