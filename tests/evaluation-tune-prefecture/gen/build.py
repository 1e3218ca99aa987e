# -*- coding: utf-8 -*-
"""python3 gen/build.py  — writes county/*.csv and the answer keys."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

from common import CITY, JB, LH, EVAL, write_csv  # noqa: E402
import dataset  # noqa: E402
import keys  # noqa: E402
import plants  # noqa: E402
import questions  # noqa: E402
import internal  # noqa: E402

UNIT_H = ["行政区划", "单位", "类型", "上级单位", "挂牌名称", "合署办公", "编制数", "设立日期", "撤销日期"]
SEC_H = ["行政区划", "单位", "科室", "类型", "编制数", "实有人数", "设立日期", "撤销日期"]
DUTY_H = dataset.DUTY_FIELDS
CORR_H = ["乡镇", "乡镇机构", "县直部门", "备注"]
Q_H = ["问题", "行政区划", "正确单位", "县直对口单位", "备注"]
OV_H = ["簇", "类型", "行政区划", "事项名称", "单位", "科室", "说明"]
SG_H = ["簇", "行政区划", "事项名称", "单位", "科室", "说明"]
DI_H = ["簇", "类型", "行政区划", "事项名称", "单位", "科室", "说明"]
OR_H = ["类型", "行政区划", "事项名称", "单位", "科室", "说明"]


def in_force(r):
    return (r["状态"] != "取消" and (not r["生效日期"] or r["生效日期"] <= EVAL)
            and (not r["失效日期"] or r["失效日期"] > EVAL))


def find(rows, jur, unit, title, sec=None, role="牵头"):
    hits = [r for r in rows if r["行政区划"] == jur and r["单位"] == unit and r["事项名称"] == title
            and r["角色"] == role and in_force(r) and (sec is None or r["科室"] == sec)]
    if len(hits) != 1:
        raise SystemExit(f"key row not unique ({len(hits)}): {jur} {unit} {title} {sec} {role}")
    return hits[0]


def main():
    units, sections, rows, corr = dataset.build_all()
    cdir = os.path.join(ROOT, "county")
    write_csv(os.path.join(cdir, "units.csv"), UNIT_H, units)
    write_csv(os.path.join(cdir, "sections.csv"), SEC_H, sections)
    write_csv(os.path.join(cdir, "duties.csv"), DUTY_H, rows)
    write_csv(os.path.join(cdir, "correspondences.csv"), CORR_H, corr)

    used = set()

    # overlaps
    ov = []
    for cid, typ, jur, members, note in keys.OVERLAPS:
        for m in members:
            unit, title = m[0], m[1]
            sec = m[2] if len(m) > 2 else None
            r = find(rows, jur, unit, title, sec)
            used.add(id(r))
            ov.append([cid, typ, jur, title, unit, r["科室"], note])
    write_csv(os.path.join(ROOT, "overlaps.csv"), OV_H, ov)
    used_ov = set(used)

    sg = []
    for cid, jur, members, note in keys.SHENGUAN:
        for unit, title in members:
            r = find(rows, jur, unit, title)
            if id(r) in used_ov:
                raise SystemExit("shenguan row is also an overlap member: " + title)
            used.add(id(r))
            sg.append([cid, jur, title, unit, r["科室"], note])
    write_csv(os.path.join(ROOT, "shenguan.csv"), SG_H, sg)

    di = []
    for cid, typ, members, note in keys.DISTRACTORS:
        for m in members:
            jur, unit, title = m[0], m[1], m[2]
            sec = (m[3] or None) if len(m) > 3 else None
            role = m[4] if len(m) > 4 else "牵头"
            r = find(rows, jur, unit, title, sec, role)
            if id(r) in used_ov:
                raise SystemExit("distractor row is also an overlap member: " + title)
            di.append([cid, typ, jur, title, unit, r["科室"], note])
    # 内部事务: every own-affairs title shared by several units, all its rows
    n = max(int(d[0][1:]) for d in keys.DISTRACTORS)
    if len(set(d[0] for d in keys.DISTRACTORS)) != len(keys.DISTRACTORS):
        raise SystemExit("duplicate distractor cluster id")
    for t, _b in internal.COMMON:
        holders = [r for r in rows if r["行政区划"] == CITY and r["事项名称"] == t and in_force(r)
                   and r["事项类型"] == "内部管理"]
        if len(holders) < 2:
            continue
        n += 1
        cid = f"D{n:02d}"
        for r in holders:
            di.append([cid, "内部事务", CITY, t, r["单位"], r["科室"],
                       f"“{t}”是各单位自身的内部管理事项，{len(holders)}个单位各管本单位，不是重复职责。"])
    write_csv(os.path.join(ROOT, "distractors.csv"), DI_H, di)

    # orphans
    write_csv(os.path.join(ROOT, "orphans.csv"), OR_H, [list(o) for o in plants.ORPHANS])

    # questions
    corr_of = {}
    for c in corr:
        corr_of.setdefault((c["乡镇"], c["乡镇机构"]), []).append(c["县直部门"])
    qs = []
    for line in questions.CITY_Q.strip().split("\n"):
        unit, title, q = line.split("|")
        find(rows, CITY, unit, title)
        qs.append([q, CITY, unit, "", title])
    for jur, block in ((JB, questions.JB_Q), (LH, questions.LH_Q)):
        for line in block.strip().split("\n"):
            parts = line.split("|")
            unit, title, q = parts[0], parts[1], parts[-1]
            find(rows, jur, unit, title)
            dui = corr_of.get((jur, unit))
            if not dui:
                raise SystemExit("district unit without correspondence: " + unit)
            target = parts[2] if len(parts) == 4 else dui[0]
            if target not in dui:
                raise SystemExit(f"{unit} does not correspond to {target}")
            qs.append([q, jur, unit, target, title])
    for street, block in questions.STREET_Q.items():
        jur = (JB if street != "湖东街道" else LH) + "/" + street
        for line in block.strip().split("\n"):
            unit, title, dui, q = line.split("|")
            find(rows, jur, unit, title)
            if dui not in corr_of.get((jur, unit), []):
                raise SystemExit(f"street office {unit} does not correspond to {dui}")
            qs.append([q, jur, unit, dui, title])
    for line in questions.UNCOVERED_Q.strip().split("\n"):
        jur, q = line.split("|")
        qs.append([q, jur, "", "", "清单无对应职责（非政府职能或辖区外机构事务）"])
    write_csv(os.path.join(ROOT, "questions.csv"), Q_H, qs)
    print(f"units {len(units)}, sections {len(sections)}, duties {len(rows)}, "
          f"correspondences {len(corr)}, questions {len(qs)}, overlaps {len(keys.OVERLAPS)}, "
          f"shenguan {len(keys.SHENGUAN)}, distractor groups {len(set(r[0] for r in di))}, orphans {len(plants.ORPHANS)}")


if __name__ == "__main__":
    main()
