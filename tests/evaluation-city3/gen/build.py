# -*- coding: utf-8 -*-
"""Builds the 渭原市 blind evaluation set: python3 gen/build.py (from the set's folder or anywhere)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

from common import Store, write_csv, EVAL_DATE, CITY, DIST, STREETS  # noqa: E402
from levels import build_levels  # noqa: E402
from reform import build_reform, ORPHANS  # noqa: E402
from streets import build_streets  # noqa: E402
from plants import build_plants, OVERLAPS, SHENGUAN, DISTRACTORS  # noqa: E402
from questions import Q, OOS  # noqa: E402

SOURCE = {
    CITY: '渭原市政府部门权责清单（2024年动态调整版）',
    DIST: '临渭区政府部门权责清单（2024年动态调整版）',
}
for j in STREETS:
    SOURCE[j] = j.split('/')[-1] + '履行职责事项清单（2024年版）'
UNIT_SOURCE = {
    CITY: '渭原市机构改革方案及各部门“三定”规定（2019年，2024年调整）',
    DIST: '临渭区机构改革方案及各部门“三定”规定（2019年，2024年调整）',
}
for j in STREETS:
    UNIT_SOURCE[j] = '临渭区镇（街道）机构设置方案（2019年）'


def in_force(d, date=EVAL_DATE):
    if d['status'] == '取消':
        return False
    if d['start'] and d['start'] > date:
        return False
    if d['end'] and d['end'] <= date:
        return False
    return True


def main():
    store = Store()
    build_levels(store)
    build_reform(store)
    build_streets(store)
    build_plants(store)

    # ------------------------------------------------------------- alias / unit lookup for answers
    chain = {}
    for j in [CITY, DIST] + STREETS:
        parts = j.split('/')
        chain[j] = ['/'.join(parts[:i]) for i in range(len(parts), 0, -1)]
    canon = {}
    for u in store.units:
        canon[(u['jur'], u['name'])] = u['name']
        for a in [x for x in u['aliases'].replace(';', '；').split('；') if x]:
            canon[(u['jur'], a)] = u['name']

    def resolve(jur, name):
        for j in chain[jur]:
            if (j, name) in canon:
                return j, canon[(j, name)]
        return None, None

    corr = {(c['township'], c['office'], c['county']) for c in store.corr}
    overlap_keys = {(o[2], o[3]) for o in OVERLAPS}

    qrows = []
    for jur, text, title, county, note in Q:
        rows = [d for d in store.duties if d['jur'] == jur and d['title'] == title]
        assert rows, (jur, title)
        assert (jur, title) not in overlap_keys, ('question on an overlap', jur, title)
        leads = {resolve(jur, d['unit']) for d in rows if d['role'] == '牵头' and d['unit'] and in_force(d)}
        assert len(leads) == 1, (jur, title, leads)
        ujur, unit = leads.pop()
        assert unit, (jur, title)
        if ujur in STREETS:
            assert county and (jur, unit, county) in corr, (jur, title, unit, county)
        else:
            assert county is None, (jur, title, county)
            county = ''
        cat = rows[0]['cat']
        remark = f'对应事项：{title}（{cat}）'
        if note:
            remark += '；' + note
        qrows.append([text, jur, unit, county, remark])
    for jur, text, reason in OOS:
        qrows.append([text, jur, '', '', '不属于政务服务事项：' + reason])
    texts = [r[0] for r in qrows]
    assert len(texts) == len(set(texts)), 'duplicate question text'

    # ------------------------------------------------------------- write
    cdir = os.path.join(ROOT, 'county')
    write_csv(os.path.join(cdir, 'units.csv'),
              ['行政区划', '单位', '类型', '上级单位', '挂牌名称', '合署办公', '编制数', '设立日期', '撤销日期', '来源'],
              [[u['jur'], u['name'], u['kind'], u['parent'], u['aliases'], u['coloc'], u['staff'],
                u['start'], u['end'], UNIT_SOURCE[u['jur']]] for u in store.units])
    write_csv(os.path.join(cdir, 'sections.csv'),
              ['行政区划', '单位', '科室', '类型', '编制数', '实有人数', '设立日期', '撤销日期'],
              [[s['jur'], s['unit'], s['name'], s['kind'], s['staff'], s['actual'], s['start'], s['end']]
               for s in store.sections])
    write_csv(os.path.join(cdir, 'duties.csv'),
              ['行政区划', '单位', '科室', '事项编码', '事项名称', '事项类型', '职责内容', '实施依据', '角色',
               '生效日期', '失效日期', '状态', '来源'],
              [[d['jur'], d['unit'], d['section'], d['code'], d['title'], d['cat'], d['desc'], d['basis'],
                d['role'], d['start'], d['end'], d['status'] or '有效', SOURCE[d['jur']]] for d in store.duties])
    write_csv(os.path.join(cdir, 'correspondences.csv'),
              ['乡镇', '乡镇机构', '县直部门', '备注'],
              [[c['township'], c['office'], c['county'], c['note']] for c in store.corr])
    write_csv(os.path.join(ROOT, 'questions.csv'), ['问题', '行政区划', '正确单位', '县直对口单位', '备注'], qrows)
    write_csv(os.path.join(ROOT, 'overlaps.csv'), ['簇', '类型', '行政区划', '事项名称', '单位', '科室', '说明'],
              [list(o) for o in OVERLAPS])
    write_csv(os.path.join(ROOT, 'distractors.csv'), ['簇', '类型', '行政区划', '事项名称', '单位', '科室', '说明'],
              [list(o) for o in DISTRACTORS])
    write_csv(os.path.join(ROOT, 'shenguan.csv'), ['簇', '行政区划', '事项名称', '单位', '科室', '说明'],
              [list(o) for o in SHENGUAN])
    write_csv(os.path.join(ROOT, 'orphans.csv'), ['类型', '行政区划', '事项名称', '单位', '科室', '说明'],
              [list(o) for o in ORPHANS])

    from collections import Counter
    c = Counter(d['jur'] for d in store.duties)
    print('units', len(store.units), 'sections', len(store.sections), 'duty rows', len(store.duties))
    for j, n in c.items():
        print(' ', j, n)
    print('correspondences', len(store.corr), 'questions', len(qrows), '(out of scope', len(OOS), ')')
    print('overlap clusters', len({o[0] for o in OVERLAPS}), 'distractor groups', len({o[0] for o in DISTRACTORS}),
          'shenguan pairs', len({o[0] for o in SHENGUAN}), 'orphans', len(ORPHANS))


if __name__ == '__main__':
    main()
