import collections, sys
from common import COUNTY, EVAL, tj
import orphans as OR, corr, planted_orphans, towns
import plan_overlaps as PO, plan_distractors as PD
def J(t): return tj(t) if t else COUNTY
def write_all(units, sections, duties, w):
    db = OR.DB(units, sections, duties, corr.rows())
    def find(m, role=None):
        t, title, unit, sec = m
        j = J(t)
        rows = [r for r in duties if r["行政区划"] == j and r["事项名称"] == title and r["单位"] == unit and OR.inforce(r)]
        if role: rows = [r for r in rows if r["角色"] == role]
        if sec is not None: rows = [r for r in rows if r["科室"] == sec]
        assert len(rows) == 1, ("member not unique/found", m, len(rows))
        return rows[0]
    # overlaps
    ov, members = [], set()
    for i, (typ, mem, note) in enumerate(PO.OVERLAPS, 1):
        for m in mem:
            r = find(m); assert r["角色"] == "牵头", m
            ov.append(dict(簇=i, 类型=typ, 行政区划=r["行政区划"], 事项名称=r["事项名称"], 单位=r["单位"], 科室=r["科室"], 说明=note))
            members.add((r["行政区划"], r["事项名称"], r["单位"]))
    w("overlaps.csv", ["簇","类型","行政区划","事项名称","单位","科室","说明"], ov)
    sg = []
    for i, (mem, note) in enumerate(PO.SHENGUAN, 1):
        for m in mem:
            r = find(m); assert r["角色"] == "牵头", m
            sg.append(dict(簇=i, 行政区划=r["行政区划"], 事项名称=r["事项名称"], 单位=r["单位"], 科室=r["科室"], 说明=note))
            members.add((r["行政区划"], r["事项名称"], r["单位"]))
    w("shenguan.csv", ["簇","行政区划","事项名称","单位","科室","说明"], sg)
    ds = []
    for i, (typ, a, b, note) in enumerate(PD.D, 1):
        for m in (a, b):
            r = find(m)
            ds.append(dict(簇=i, 类型=typ, 行政区划=r["行政区划"], 事项名称=r["事项名称"], 单位=r["单位"], 科室=r["科室"], 说明=note))
    w("distractors.csv", ["簇","类型","行政区划","事项名称","单位","科室","说明"], ds)
    # orphans
    orph = db.orphans()
    got = {(o[0], o[1], o[2] if o[0] not in ("BROKEN_CORRESPONDENCE","UNMAPPED_TOWNSHIP_OFFICE") else "", o[3]) for o in orph}
    want = set()
    for (typ, t, title, unit) in planted_orphans.P:
        if typ in ("BROKEN_CORRESPONDENCE","UNMAPPED_TOWNSHIP_OFFICE"): want.add((typ, J(t), "", unit))
        else: want.add((typ, J(t), title, unit))
    if got != want:
        print("ORPHAN MISMATCH\n unexpected:", sorted(got - want), "\n missing:", sorted(want - got)); sys.exit(1)
    w("orphans.csv", ["类型","行政区划","事项名称","单位","科室","说明"],
      [dict(类型=o[0], 行政区划=o[1], 事项名称=o[2], 单位=o[3], 科室=o[4], 说明=o[5]) for o in orph])
    orphan_units = {(o[1], o[3]) for o in orph if o[0] in ("BROKEN_CORRESPONDENCE","UNMAPPED_TOWNSHIP_OFFICE")}
    orphan_duties = {(o[1], o[2]) for o in orph if o[2]}
    # questions
    import questions
    qs = []; errs = []
    def A(c, msg):
        if not c: errs.append(msg)
        return c
    for (t, q, target) in questions.Q:
        j = J(t)
        if target.startswith("范围外："):
            qs.append(dict(问题=q, 行政区划=j, 正确单位="", 县直对口单位="", 备注=target)); continue
        rows = [r for r in duties if r["行政区划"] == j and r["事项名称"] == target]
        if not A(rows, ("no duty", j, target)): continue
        leads = {r["单位"] for r in rows if r["角色"] != "配合" and OR.inforce(r) and r["单位"]}
        if not A(len(leads) == 1, ("lead not unique", j, target, leads)): continue
        unit = leads.pop()
        A((j, target, unit) not in members, ("question on overlap/shenguan member", target))
        A((j, target) not in orphan_duties, ("question on orphan", target))
        A((j, unit) not in orphan_units, ("question on orphan office", target, unit))
        for i in range(len(target) - 7):
            A(target[i:i+8] not in q, ("copies title", q, target[i:i+8]))
        cp = ""
        typ = rows[0]["事项类型"]
        if typ == "基本履职":
            cp = towns.COUNTERPART[(j, target)]
            A(any(c["乡镇"] == j and c["乡镇机构"] == unit and c["县直部门"] == cp for c in corr.rows()), ("counterpart", target))
        qs.append(dict(问题=q, 行政区划=j, 正确单位=unit, 县直对口单位=cp, 备注="对应事项：" + target))
    if errs:
        for e in errs: print("QERR", e)
        sys.exit(1)
    w("questions.csv", ["问题","行政区划","正确单位","县直对口单位","备注"], qs)
    print("overlap clusters", len(PO.OVERLAPS), "shenguan", len(PO.SHENGUAN), "distractor pairs", len(PD.D),
          "orphans", collections.Counter(o[0] for o in orph), "questions", len(qs))
