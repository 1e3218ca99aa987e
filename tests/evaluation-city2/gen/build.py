# -*- coding: utf-8 -*-
"""Generate every CSV of the 榕溪市 evaluation set:  python3 gen/build.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import common                                   # noqa: E402
from common import ROOT, CITY, DUTIES, write_csv  # noqa: E402
import units                                    # noqa: E402
import d_party                                  # noqa: E402
import d_gov1                                   # noqa: E402
import d_gov2                                   # noqa: E402
import d_gov3                                   # noqa: E402
import internal                                 # noqa: E402
import township                                 # noqa: E402
import planted                                  # noqa: E402
import questions                                # noqa: E402

H_UNITS = ["行政区划", "单位", "类型", "上级单位", "挂牌名称", "合署办公", "编制数", "设立日期", "撤销日期"]
H_SECTIONS = ["行政区划", "单位", "科室", "类型", "编制数", "实有人数", "设立日期", "撤销日期"]
H_DUTIES = ["行政区划", "单位", "科室", "事项编码", "事项名称", "事项类型", "职责内容", "实施依据", "角色",
            "生效日期", "失效日期", "状态"]
H_CORR = ["乡镇", "乡镇机构", "县直部门", "备注"]
H_Q = ["问题", "行政区划", "正确单位", "县直对口单位", "备注"]
H_OV = ["簇", "类型", "行政区划", "事项名称", "单位", "科室", "说明"]
H_SG = ["簇", "行政区划", "事项名称", "单位", "科室", "说明"]
H_DI = ["簇", "类型", "行政区划", "事项名称", "单位", "科室", "说明"]
H_OR = ["类型", "行政区划", "事项名称", "单位", "科室", "说明"]


def main():
    d_party.load()
    d_gov1.load()
    d_gov2.load()
    d_gov3.load()
    internal.load()
    township.load()
    common.resolve_codes()

    county = os.path.join(ROOT, "county")
    write_csv(os.path.join(county, "units.csv"), H_UNITS, units.unit_rows())
    write_csv(os.path.join(county, "sections.csv"), H_SECTIONS, units.section_rows())

    # order: top list first (by unit order of units.csv), then each township list
    order = {}
    for i, r in enumerate(units.unit_rows()):
        order.setdefault(r[1], i)
    jur_order = {CITY: 0}
    for i, t in enumerate(township.TOWNS):
        jur_order["%s/%s" % (CITY, t[0])] = i + 1
    rows = sorted(enumerate(DUTIES), key=lambda p: (jur_order[p[1]["juris"]], p[0]))
    duty_rows = []
    for _, d in rows:
        duty_rows.append([d["juris"], d["unit"], d["section"], d["code"], d["title"], d["cat"], d["content"],
                          d["basis"], d["role"], d["vf"], d["vt"], d["status"]])
    write_csv(os.path.join(county, "duties.csv"), H_DUTIES, duty_rows)
    write_csv(os.path.join(county, "correspondences.csv"), H_CORR, township.CORR_ROWS)

    # ---- answer keys ----
    ov, sg, di, orph = [], [], [], []
    for d in DUTIES:
        t = d["tags"].get("t")
        if t and t.startswith("O"):
            typ, note = planted.OVERLAPS[t]
            ov.append([t, typ, d["juris"], d["title"], d["unit"], d["section"], note])
        elif t and t.startswith("S"):
            sg.append([t, d["juris"], d["title"], d["unit"], d["section"], planted.SHENGUAN[t]])
        for g in d["tags"].get("d", []):
            if g in planted.DISTRACTORS:
                typ, note = planted.DISTRACTORS[g]
                di.append([g, typ, d["juris"], d["title"], d["unit"], d["section"], note])
        x = d["tags"].get("x")
        if x:
            orph.append([x, d["juris"], d["title"], d["unit"], d["section"], planted.ORPHAN_NOTES[x]])
    for (gid, theme, rws) in internal.INTERNAL_GROUPS:
        for d in rws:
            di.append([gid, "内部事务", d["juris"], d["title"], d["unit"], d["section"],
                       "各单位自身的%s事务，属内部管理，不是职责重叠。" % theme])
    for (tc, ok, cu, note) in township.BROKEN:
        town = [t for t in township.TOWNS if t[1] == tc][0][0]
        orph.append(["BROKEN_CORRESPONDENCE", "%s/%s" % (CITY, town), "", cu, township.office_name(ok, tc),
                     planted.ORPHAN_NOTES["BROKEN_CORRESPONDENCE"] + "（" + note + "）"])
    for tc, ok in township.UNMAPPED.items():
        town = [t for t in township.TOWNS if t[1] == tc][0][0]
        orph.append(["UNMAPPED_TOWNSHIP_OFFICE", "%s/%s" % (CITY, town), "", township.office_name(ok, tc), "",
                     planted.ORPHAN_NOTES["UNMAPPED_TOWNSHIP_OFFICE"]])

    def cid(s):
        head = s.rstrip("0123456789")
        num = s[len(head):]
        return (head, int(num) if num else 0)
    ov.sort(key=lambda r: cid(r[0]))
    sg.sort(key=lambda r: cid(r[0]))
    kinds = ["内部事务", "牵头配合", "对象不同", "同法不同条", "属地不同", "上下级", "三定分工"]
    di.sort(key=lambda r: (kinds.index(r[1]), cid(r[0])))
    okinds = ["UNHELD", "NO_LEAD", "ABOLISHED_HOLDER", "MISSING_UNIT", "MISSING_SECTION",
              "BROKEN_CORRESPONDENCE", "UNMAPPED_TOWNSHIP_OFFICE"]
    orph.sort(key=lambda r: okinds.index(r[0]))
    write_csv(os.path.join(ROOT, "overlaps.csv"), H_OV, ov)
    write_csv(os.path.join(ROOT, "shenguan.csv"), H_SG, sg)
    write_csv(os.path.join(ROOT, "distractors.csv"), H_DI, di)
    write_csv(os.path.join(ROOT, "orphans.csv"), H_OR, orph)
    write_csv(os.path.join(ROOT, "questions.csv"), H_Q, questions.rows())
    print("duties %d, overlaps %d rows, shenguan %d rows, distractors %d rows, orphans %d, questions %d"
          % (len(duty_rows), len(ov), len(sg), len(di), len(orph), len(questions.rows())))


if __name__ == "__main__":
    main()
