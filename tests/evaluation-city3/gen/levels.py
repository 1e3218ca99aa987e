# -*- coding: utf-8 -*-
"""Turns the department catalogue into units, sections and duty rows for 渭原市 and 临渭区."""
from common import CITY, DIST, CAT
from depts_a import DEPTS_A
from depts_b import DEPTS_B
from depts_c import DEPTS_C

from depts_more import EXTRA, EXTRA_SECS, NEW_DEPTS

DEPTS = DEPTS_A + DEPTS_B + DEPTS_C + NEW_DEPTS
for _d in DEPTS:
    _d['duties'] = list(_d['duties']) + EXTRA.get(_d['key'], [])
    _d['secs'] = dict(_d['secs'], **EXTRA_SECS.get(_d['key'], {}))
LEVEL_JUR = {'C': CITY, 'D': DIST}
LEVEL_IDX = {'C': 0, 'D': 1}
DEFAULT_START = {'C': '2019-02-28', 'D': '2019-03-29'}

# Internal-management duties (内部管理), worded as real lists word them. Each entry: base title and
# a variant some units use instead.
INTERNAL = [
    ('机关党的建设', '本单位党建工作'),
    ('本单位安全生产', '本部门安全生产工作'),
    ('机关财务和国有资产管理', '机关财务和国有资产管理'),
    ('档案管理', '机关档案管理'),
    ('保密工作', '保密工作'),
    ('意识形态工作', '意识形态工作'),
    ('干部人事管理', '机关干部人事管理'),
    ('人大代表建议和政协委员提案办理', '人大代表建议和政协委员提案办理'),
]
INTERNAL_BASIS = {
    '机关党的建设': '党内', '本单位党建工作': '党内',
    '本单位安全生产': '安全生产法', '本部门安全生产工作': '安全生产法',
    '机关财务和国有资产管理': '《行政事业性国有资产管理条例》',
    '档案管理': '《中华人民共和国档案法》', '机关档案管理': '《中华人民共和国档案法》',
    '保密工作': '《中华人民共和国保守国家秘密法》',
    '意识形态工作': '《党委（党组）意识形态工作责任制实施办法》',
    '干部人事管理': '《中华人民共和国公务员法》', '机关干部人事管理': '《中华人民共和国公务员法》',
    '人大代表建议和政协委员提案办理': '《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》',
}
INTERNAL_DESC = {
    '机关党的建设': '负责机关党组织建设、党员教育管理监督和党内组织生活制度落实。',
    '本单位党建工作': '负责本单位党组织建设、党员教育管理和“三会一课”等组织生活制度落实。',
    '本单位安全生产': '落实“管行业必须管安全”，负责本单位办公场所、车辆、消防等安全生产工作。',
    '本部门安全生产工作': '负责本部门机关及所属单位安全生产责任制落实和隐患排查。',
    '机关财务和国有资产管理': '负责本单位预决算编制、财务收支、政府采购和国有资产管理。',
    '档案管理': '负责本单位文书档案、业务档案的收集、整理、保管和利用。',
    '机关档案管理': '负责机关文书、业务、会计档案的归档、保管和移交。',
    '保密工作': '负责本单位涉密人员、涉密载体和信息系统保密管理。',
    '意识形态工作': '落实意识形态工作责任制，负责本单位意识形态阵地管理。',
    '干部人事管理': '负责本单位干部任免、考核、培训、工资福利和退休管理。',
    '机关干部人事管理': '负责机关干部职工任免、考核、培训和工资福利工作。',
    '人大代表建议和政协委员提案办理': '负责承办人大代表建议、政协委员提案，按期答复。',
}


def level_info(dept, lv):
    info = dept.get(lv)
    if info is None:
        return None
    d = dict(info)
    d.setdefault('kind', dept['kind'])
    d.setdefault('parent', '')
    d.setdefault('aliases', '')
    d.setdefault('coloc', '')
    d.setdefault('start', DEFAULT_START[lv])
    d.setdefault('end', '')
    return d


def alias_name(info, idx):
    al = [a for a in info['aliases'].replace(';', '；').split('；') if a]
    return al[idx]


def office_section(dept, lv):
    """The section that carries internal duties: the first 综合 section at that level."""
    for key, t in dept['secs'].items():
        name = t[LEVEL_IDX[lv]]
        if name and t[2] == '综合':
            return name
    return ''


# The district market bureau merged its 食品流通股 and 餐饮服务监管股 into 食品经营安全股 on
# 2024-05-15 (see reform.py). Every sp2 duty of the district gets the old holder as history.
SCJG_MERGE_DATE = '2024-05-15'


def scjg_old_section(title):
    if any(w in title for w in ('餐饮', '餐具', '集中用餐', '食堂')):
        return '餐饮服务监管股'
    return '食品流通股'


def build_levels(store):
    unit_index = 0
    for dept in DEPTS:
        for lv in ('C', 'D'):
            info = level_info(dept, lv)
            if info is None:
                continue
            jur = LEVEL_JUR[lv]
            idx = LEVEL_IDX[lv]
            unit_index += 1
            store.unit(jur, info['name'], info['kind'], parent=info['parent'],
                       aliases=info['aliases'], coloc=info['coloc'], staff=info.get('staff'),
                       start=info['start'], end=info['end'])
            sec_start = dept.get('sec_start', '')
            seen = []
            for key, t in dept['secs'].items():
                name = t[idx]
                if not name or name in seen:
                    continue
                seen.append(name)
                staff = 4 + (len(name) * 3 + unit_index) % 9
                if t[2] == '执法':
                    staff += 10
                actual = staff - (unit_index + len(seen)) % 3
                start = sec_start
                if dept['key'] == 'scjg' and lv == 'D' and key == 'sp2':
                    start = SCJG_MERGE_DATE
                store.section(jur, info['name'], name, t[2], staff=staff, actual=actual,
                              start=start, end=info['end'])
            unitcode = dept['code']
            ext_count = 0
            merge = dept.get('merge', {}).get(lv)
            for tup in dept['duties']:
                levels, cshort, title, skey, basis = tup[:5]
                opts = tup[5] if len(tup) > 5 else {}
                if lv not in levels:
                    continue
                cat = CAT[cshort]
                sname = dept['secs'][skey][idx]
                assert sname, (dept['key'], lv, title)
                uname = info['name']
                al = opts.get('alias')
                if al:
                    if isinstance(al, dict):
                        if lv in al:
                            uname = alias_name(info, al[lv])
                    elif lv in al:
                        uname = alias_name(info, 0)
                code = store.new_code(jur, unitcode, cat)
                desc = opts.get('desc')
                start = opts.get('start', '')
                hist = opts.get('hist', {}).get(lv)
                if cat != '内部管理':
                    ext_count += 1
                if merge:
                    # abolished unit: old holder until the merge, the new holder after it
                    new_unit, new_sec, mdate = merge
                    d = store.duty(jur, uname, sname, code, title, cat, desc=desc, basis=basis,
                                   end=mdate)
                    store.duty(jur, new_unit, new_sec, code, title, cat, desc=d['desc'],
                               basis=basis, start=mdate)
                    continue
                if hist:
                    d = store.duty(jur, hist[0], hist[1], code, title, cat, desc=desc, basis=basis,
                                   end=start)
                    desc = d['desc']
                if dept['key'] == 'scjg' and lv == 'D' and skey == 'sp2':
                    d = store.duty(jur, uname, scjg_old_section(title), code, title, cat, desc=desc,
                                   basis=basis, end=SCJG_MERGE_DATE)
                    desc = d['desc']
                    start = SCJG_MERGE_DATE
                store.duty(jur, uname, sname, code, title, cat, desc=desc, basis=basis, start=start,
                           end=opts.get('end', ''), status=opts.get('status', ''))
            # internal management duties
            if dept.get('abolished'):
                continue
            n = dept.get('internal')
            if n is None:
                n = 4 if ext_count >= 25 else (3 if ext_count >= 8 else 2)
            osec = office_section(dept, lv)
            for k in range(n):
                base, variant = INTERNAL[2 + (k - 2 + unit_index) % (len(INTERNAL) - 2)] if k >= 2 else INTERNAL[k]
                title = variant if unit_index % 3 == 2 else base
                code = store.new_code(jur, unitcode, '内部管理')
                store.duty(jur, info['name'], osec, code, title, '内部管理',
                           desc=INTERNAL_DESC[title], basis=INTERNAL_BASIS[title],
                           start=info['start'] if info['start'] > '2020' else '')
