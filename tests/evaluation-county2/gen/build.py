# -*- coding: utf-8 -*-
"""生成全部 CSV：python3 gen/build.py"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import COUNTY, TOWNS, write_csv
import units as U
import duties as DU
import correspondences as CO
import questions as Q
import planted as P
import internal as IN

H_UNITS = ['行政区划', '单位', '类型', '上级单位', '挂牌名称', '合署办公', '编制数', '设立日期', '撤销日期']
H_SECS = ['行政区划', '单位', '科室', '类型', '编制数', '实有人数', '设立日期', '撤销日期']
H_DUTY = ['行政区划', '单位', '科室', '事项编码', '事项名称', '事项类型', '职责内容', '实施依据', '角色', '生效日期', '失效日期', '状态']
H_CORR = ['乡镇', '乡镇机构', '县直部门', '备注']
H_Q = ['问题', '行政区划', '正确单位', '县直对口单位', '备注']
H_OV = ['簇', '类型', '行政区划', '事项名称', '单位', '科室', '说明']
H_SG = ['簇', '行政区划', '事项名称', '单位', '科室', '说明']
H_DI = ['簇', '类型', '行政区划', '事项名称', '单位', '科室', '说明']
H_OR = ['类型', '行政区划', '事项名称', '单位', '科室', '说明']


def main():
    units, secs = U.build_units()
    duties = DU.build_duties()
    corr = CO.build_corr()

    write_csv('county/units.csv', H_UNITS, units)
    write_csv('county/sections.csv', H_SECS, secs)
    write_csv('county/duties.csv', H_DUTY, duties)
    write_csv('county/correspondences.csv', H_CORR, corr)

    # ---- questions ----
    qs = []
    for line in Q.COUNTY_Q.strip().splitlines():
        unit, title, q = line.split('|')
        qs.append([q, COUNTY, unit, '', title])
    for key, text in Q.TOWN_Q.items():
        for line in text.strip().splitlines():
            office, title, cu, q = line.split('|')
            qs.append([q, TOWNS[key], office, cu, title])
    for line in Q.UNCOVERED.strip().splitlines():
        jur, q, note = line.split('|')
        qs.append([q, jur, '', '', note])
    random.Random(20250630).shuffle(qs)
    write_csv('questions.csv', H_Q, qs)

    # ---- overlaps ----
    ov = []
    for i, (typ, jur, note, members) in enumerate(P.OVERLAPS, 1):
        for title, unit, sec in members:
            ov.append(['O%02d' % i, typ, jur, title, unit, sec, note])
    write_csv('overlaps.csv', H_OV, ov)

    # ---- shenguan ----
    sg = []
    for i, (lic, sup, unit, sec) in enumerate(P.SHENGUAN, 1):
        note = '审批局实施“%s”，%s负责批后监管/查处（审管分离）。' % (lic, unit)
        sg.append(['S%02d' % i, COUNTY, lic, P.AP, P.ap_section(lic, duties), note])
        sg.append(['S%02d' % i, COUNTY, sup, unit, sec, note])
    write_csv('shenguan.csv', H_SG, sg)

    # ---- distractors ----
    di = []
    n = 0
    # 内部事务：同一类自身事务分别出现在几个单位
    by_topic = {}
    abolished = {u[0] for u in U.COUNTY_UNITS if u[7]}
    secmap = {}
    for r in duties:
        if r['事项类型'] == '内部管理' and not r['失效日期']:
            secmap[(r['单位'], r['事项名称'])] = r['科室']
    for unit, picks in DU.INTERNAL_MAP.items():
        if unit in abolished:
            continue
        for topic, title in picks:
            by_topic.setdefault(topic, []).append((unit, title))
    names = {t: ps for t, ps in IN.TOPICS}
    for topic, _ in IN.TOPICS:
        lst = by_topic.get(topic, [])
        if len(lst) < 2:
            continue
        n += 1
        pick = lst[:3]
        note = '各单位自身的%s事务（内部管理），用语相近但各管本单位，不是重叠。' % topic
        for unit, title in pick:
            di.append(['D%02d' % n, '内部事务', COUNTY, title, unit, secmap[(unit, title)], note])
    for typ, note, members in P.DISTRACTORS_FIXED:
        n += 1
        for jur, title, unit, sec in members:
            di.append(['D%02d' % n, typ, jur, title, unit, sec, note])
    write_csv('distractors.csv', H_DI, di)

    # ---- orphans ----
    write_csv('orphans.csv', H_OR, [list(o) for o in P.ORPHANS])
    print('built: units %d, sections %d, duties %d, correspondences %d, questions %d, '
          'overlap rows %d, shenguan rows %d, distractor rows %d, orphans %d'
          % (len(units), len(secs), len(duties), len(corr), len(qs), len(ov), len(sg), len(di), len(P.ORPHANS)))


if __name__ == '__main__':
    main()
