# -*- coding: utf-8 -*-
"""Independent checker for the 渭原市 blind evaluation set.

Re-reads only the CSV files and verifies every rule of the brief. Exit code 1 on any failure.
Usage: python3 check.py   (from this folder or anywhere)
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
EVAL = '2025-06-30'
FAIL = []
WARN = []


def fail(msg):
    FAIL.append(msg)


def read(path, header):
    full = os.path.join(ROOT, path)
    if not os.path.exists(full):
        fail(f'{path}: missing')
        return []
    raw = open(full, 'rb').read()
    if not raw.startswith(b'\xef\xbb\xbf'):
        fail(f'{path}: no UTF-8 byte-order mark')
    text = raw.decode('utf-8-sig')
    rows = list(csv.reader(text.splitlines(True)))
    if not rows or [h.strip() for h in rows[0]] != header:
        fail(f'{path}: header {rows[0] if rows else None} != {header}')
        return []
    out = []
    for i, r in enumerate(rows[1:], start=2):
        if not any(x.strip() for x in r):
            continue
        if len(r) != len(header):
            fail(f'{path}:{i}: {len(r)} fields, expected {len(header)}')
            continue
        out.append(dict(zip(header, [x.strip() for x in r]), _line=i))
    return out


def norm(s):
    s = (s or '').strip()
    s = s.replace('(', '（').replace(')', '）')
    s = re.sub(r'[\s\u3000]+', '', s)
    return s


DATE_RE = re.compile(r'^(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?$')


def date(s, where):
    if not s:
        return ''
    m = DATE_RE.match(s)
    if not m:
        fail(f'{where}: bad date {s!r}')
        return ''
    return f'{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}'


units = read('county/units.csv', ['行政区划', '单位', '类型', '上级单位', '挂牌名称', '合署办公', '编制数', '设立日期', '撤销日期', '来源'])
sections = read('county/sections.csv', ['行政区划', '单位', '科室', '类型', '编制数', '实有人数', '设立日期', '撤销日期'])
duties = read('county/duties.csv', ['行政区划', '单位', '科室', '事项编码', '事项名称', '事项类型', '职责内容', '实施依据', '角色', '生效日期', '失效日期', '状态', '来源'])
corrs = read('county/correspondences.csv', ['乡镇', '乡镇机构', '县直部门', '备注'])
questions = read('questions.csv', ['问题', '行政区划', '正确单位', '县直对口单位', '备注'])
overlaps = read('overlaps.csv', ['簇', '类型', '行政区划', '事项名称', '单位', '科室', '说明'])
distractors = read('distractors.csv', ['簇', '类型', '行政区划', '事项名称', '单位', '科室', '说明'])
shenguan = read('shenguan.csv', ['簇', '行政区划', '事项名称', '单位', '科室', '说明'])
orphans = read('orphans.csv', ['类型', '行政区划', '事项名称', '单位', '科室', '说明'])

CITY = '渭原市'
DIST = '渭原市/临渭区'
JURS = sorted({u['行政区划'] for u in units})
STREETS = [j for j in JURS if j.count('/') == 2]
if CITY not in JURS or DIST not in JURS or len(STREETS) != 3:
    fail(f'jurisdictions: expected 渭原市, 渭原市/临渭区 and 3 streets, got {JURS}')


def chain(jur):
    parts = jur.split('/')
    return ['/'.join(parts[:i]) for i in range(len(parts), 0, -1)]


# ------------------------------------------------------------------ units and sections
UNIT = {}        # (jur, norm name) -> unit row
ALIAS = {}       # (jur, norm alias) -> unit row
for u in units:
    where = f"units.csv:{u['_line']}"
    for k in ('行政区划', '单位'):
        if not u[k]:
            fail(f'{where}: empty {k}')
    u['start'] = date(u['设立日期'], where)
    u['end'] = date(u['撤销日期'], where)
    if u['编制数'] and not u['编制数'].isdigit():
        fail(f'{where}: 编制数 not a whole number')
    key = (u['行政区划'], norm(u['单位']))
    if key in UNIT:
        fail(f'{where}: unit defined twice {key}')
    UNIT[key] = u
for u in units:
    for a in [x for x in re.split('[；;]', u['挂牌名称']) if x.strip()]:
        key = (u['行政区划'], norm(a))
        if key in UNIT or key in ALIAS:
            fail(f"units.csv:{u['_line']}: alias {a} collides with another unit or alias")
        ALIAS[key] = u


def find_unit(jur, name):
    n = norm(name)
    for j in chain(jur):
        if (j, n) in UNIT:
            return UNIT[(j, n)]
        if (j, n) in ALIAS:
            return ALIAS[(j, n)]
    return None


def abolished(row):
    return bool(row.get('end')) and row['end'] <= EVAL


SEC = {}
for s in sections:
    where = f"sections.csv:{s['_line']}"
    s['start'] = date(s['设立日期'], where)
    s['end'] = date(s['撤销日期'], where)
    u = UNIT.get((s['行政区划'], norm(s['单位'])))
    if u is None:
        fail(f'{where}: section of unknown unit {s["单位"]}')
        continue
    key = (s['行政区划'], norm(u['单位']), norm(s['科室']))
    if key in SEC:
        fail(f'{where}: section defined twice {key}')
    SEC[key] = s
    for k in ('编制数', '实有人数'):
        if s[k] and not s[k].isdigit():
            fail(f'{where}: {k} not a whole number')


def find_section(unit_row, name):
    return SEC.get((unit_row['行政区划'], norm(unit_row['单位']), norm(name)))


# ------------------------------------------------------------------ duties
CATS_UP = {'行政许可', '行政处罚', '行政强制', '行政征收', '行政给付', '行政检查', '行政确认', '行政奖励',
           '行政裁决', '其他行政权力', '公共服务', '内部管理'}
CATS_TOWN = {'基本履职', '配合履职', '上级收回'}
DUTY = defaultdict(list)   # (jur, key) -> rows
for d in duties:
    where = f"duties.csv:{d['_line']}"
    if not d['行政区划'] or not d['事项名称']:
        fail(f'{where}: missing 行政区划 or 事项名称')
    if d['行政区划'] not in JURS:
        fail(f'{where}: unknown 行政区划 {d["行政区划"]}')
    d['start'] = date(d['生效日期'], where)
    d['end'] = date(d['失效日期'], where)
    d['role'] = d['角色'] or '牵头'
    if d['role'] not in ('牵头', '配合'):
        fail(f'{where}: bad role {d["角色"]}')
    d['status'] = d['状态'] or '有效'
    if d['status'] not in ('有效', '取消'):
        fail(f'{where}: bad status')
    if d['status'] == '取消' and not d['end']:
        fail(f'{where}: 取消 without 失效日期')
    town = d['行政区划'] in STREETS
    if town and d['事项类型'] not in CATS_TOWN:
        fail(f'{where}: township duty with category {d["事项类型"]}')
    if not town and d['事项类型'] not in CATS_UP:
        fail(f'{where}: list duty with category {d["事项类型"]}')
    d['key'] = (d['行政区划'], d['事项编码'] or norm(d['事项名称']))
    DUTY[d['key']].append(d)

for k, rows in DUTY.items():
    if len({norm(r['事项名称']) for r in rows}) > 1:
        fail(f'duty {k}: one code with several titles')
    if len({r['职责内容'] for r in rows}) > 1:
        fail(f'duty {k}: 职责内容 differs between rows')
    if len({r['status'] for r in rows}) > 1:
        fail(f'duty {k}: mixed status')


def in_force(d):
    if d['status'] == '取消':
        return False
    if d['start'] and d['start'] > EVAL:
        return False
    if d['end'] and d['end'] <= EVAL:
        return False
    return True


def holder_problem(d):
    """None if the row's holder exists and is active, else an orphan type."""
    if not d['单位']:
        return 'UNHELD'
    u = find_unit(d['行政区划'], d['单位'])
    if u is None:
        return 'MISSING_UNIT'
    if abolished(u):
        return 'ABOLISHED_HOLDER'
    if d['科室']:
        s = find_section(u, d['科室'])
        if s is None:
            return 'MISSING_SECTION'
        if abolished(s):
            return 'ABOLISHED_HOLDER'
    return None


# row counts
cnt = Counter(d['行政区划'] for d in duties)
for j in (CITY, DIST):
    if not 900 <= cnt[j] <= 1300:
        fail(f'{j}: {cnt[j]} duty rows, expected 900–1300')
for j in STREETS:
    if not 80 <= cnt[j] <= 120:
        fail(f'{j}: {cnt[j]} duty rows, expected 80–120')
up = [d for d in duties if d['行政区划'] in (CITY, DIST)]
internal_share = sum(1 for d in up if d['事项类型'] == '内部管理') / max(1, len(up))
if not 0.12 <= internal_share <= 0.18:
    fail(f'internal-management share {internal_share:.1%}, expected about 15%')
alias_rows = sum(1 for d in duties if d['单位'] and (d['行政区划'], norm(d['单位'])) not in UNIT
                 and find_unit(d['行政区划'], d['单位']) is not None
                 and find_unit(d['行政区划'], d['单位']) in ALIAS.values())
aliased_units = sum(1 for u in units if u['挂牌名称'])

# ------------------------------------------------------------------ computed orphans
computed = set()
cancelled = set()
valid_lead = {}     # duty key -> set of (jur of unit, canonical unit, section)
for k, rows in DUTY.items():
    if rows[0]['status'] == '取消':
        cancelled.add(k)
        continue
    live = [r for r in rows if in_force(r)]
    title = rows[0]['事项名称']
    jur = rows[0]['行政区划']
    if any(not r['单位'] for r in live):
        for r in live:
            if not r['单位']:
                computed.add(('UNHELD', jur, title, '', ''))
        continue
    leads = [r for r in live if r['role'] == '牵头']
    if not leads:
        if not live:
            fail(f'duty {k}: nobody holds it on the date and it is not cancelled')
            continue
        r = live[0]
        computed.add(('NO_LEAD', jur, title, r['单位'], r['科室']))
        continue
    good = set()
    probs = []
    for r in leads:
        p = holder_problem(r)
        if p is None:
            u = find_unit(jur, r['单位'])
            good.add((u['行政区划'], u['单位'], norm(r['科室'])))
        else:
            probs.append((p, r))
    if good:
        valid_lead[k] = good
        if probs:
            fail(f'duty {k}: a lead holder is broken although another is fine: {probs[0][1]["单位"]}')
    else:
        p, r = probs[0]
        computed.add((p, jur, title, r['单位'], r['科室']))
    for r in live:
        if r['role'] == '配合' and holder_problem(r) is not None:
            fail(f'duty {k}: supporting holder {r["单位"]}/{r["科室"]} is broken')

# township offices
CORR = defaultdict(list)
for c in corrs:
    where = f"correspondences.csv:{c['_line']}"
    if c['乡镇'] not in STREETS:
        fail(f'{where}: unknown township {c["乡镇"]}')
        continue
    if (c['乡镇'], norm(c['乡镇机构'])) not in UNIT:
        fail(f'{where}: township office {c["乡镇机构"]} is not a unit of {c["乡镇"]}')
    CORR[(c['乡镇'], norm(c['乡镇机构']))].append(c)
    cu = find_unit(DIST, c['县直部门'])
    if cu is None or abolished(cu):
        computed.add(('BROKEN_CORRESPONDENCE', c['乡镇'], '', c['县直部门'], c['乡镇机构']))
holding_offices = set()
for d in duties:
    if d['行政区划'] in STREETS and d['单位'] and (d['行政区划'], norm(d['单位'])) in UNIT and in_force(d):
        holding_offices.add((d['行政区划'], norm(d['单位'])))
mapped_ok = set()
for key in holding_offices:
    rows = CORR.get(key, [])
    if not rows:
        computed.add(('UNMAPPED_TOWNSHIP_OFFICE', key[0], '', UNIT[key]['单位'], ''))
        continue
    goods = [c for c in rows if find_unit(DIST, c['县直部门']) and not abolished(find_unit(DIST, c['县直部门']))]
    if not goods:
        fail(f'township office {key}: mapped only to missing/abolished county units')
    else:
        mapped_ok.add(key)

listed = set()
for o in orphans:
    t = (o['类型'], o['行政区划'], o['事项名称'], o['单位'], o['科室'])
    if t in listed:
        fail(f'orphans.csv:{o["_line"]}: listed twice')
    listed.add(t)
    if not o['说明']:
        fail(f'orphans.csv:{o["_line"]}: empty 说明')
for t in sorted(computed - listed):
    fail(f'unlisted orphan in the data: {t}')
for t in sorted(listed - computed):
    fail(f'orphans.csv lists something that is not an orphan: {t}')
otypes = Counter(t[0] for t in listed)
for kind in ('UNHELD', 'NO_LEAD', 'ABOLISHED_HOLDER', 'MISSING_UNIT', 'MISSING_SECTION',
             'BROKEN_CORRESPONDENCE', 'UNMAPPED_TOWNSHIP_OFFICE'):
    if otypes[kind] < 3:
        fail(f'orphans: only {otypes[kind]} of {kind}, need 3')
if not 20 <= len(listed) <= 30:
    fail(f'orphans: {len(listed)} in all, expected about 24')
if len(cancelled) < 2:
    fail(f'only {len(cancelled)} cancelled duties, need 2')
orphan_keys = {(t[1], norm(t[2])) for t in listed if t[2]}

# ------------------------------------------------------------------ row matcher for answer files


def match_rows(jur, title, unit, sec, role=None, live_only=True):
    """duty rows of that list with that title and holder (alias-aware)."""
    u = find_unit(jur, unit) if unit else None
    out = []
    for d in duties:
        if d['行政区划'] != jur or norm(d['事项名称']) != norm(title):
            continue
        if live_only and not in_force(d):
            continue
        if role and d['role'] != role:
            continue
        if unit:
            du = find_unit(jur, d['单位']) if d['单位'] else None
            if du is None or u is None or du is not u:
                continue
        elif d['单位']:
            continue
        if norm(d['科室']) != norm(sec):
            continue
        out.append(d)
    return out


# ------------------------------------------------------------------ overlaps
clusters = defaultdict(list)
for o in overlaps:
    clusters[o['簇']].append(o)
if len(clusters) < 35:
    fail(f'overlaps: {len(clusters)} clusters, need 35')
ov_rowkeys = {}
mix = Counter()
for cid, rows in clusters.items():
    if not 2 <= len(rows) <= 3:
        fail(f'overlap {cid}: {len(rows)} rows')
    kinds = {r['类型'] for r in rows}
    jurs = {r['行政区划'] for r in rows}
    if len(kinds) != 1 or kinds - {'重复', '交叉'}:
        fail(f'overlap {cid}: bad 类型 {kinds}')
    if len(jurs) != 1:
        fail(f'overlap {cid}: rows on several lists')
    holders = set()
    for r in rows:
        hits = match_rows(r['行政区划'], r['事项名称'], r['单位'], r['科室'], role='牵头')
        if not hits:
            fail(f'overlap {cid}: no lead holding in force for {r["事项名称"]} / {r["单位"]} / {r["科室"]}')
            continue
        if any(holder_problem(h) for h in hits):
            fail(f'overlap {cid}: holder not valid')
        if (r['行政区划'], norm(r['事项名称'])) in orphan_keys:
            fail(f'overlap {cid}: row is an orphan')
        u = find_unit(r['行政区划'], r['单位'])
        holders.add((u['单位'], norm(r['科室'])))
        ov_rowkeys[(r['行政区划'], norm(r['事项名称']), u['单位'], norm(r['科室']))] = cid
        if not r['说明']:
            fail(f'overlap {cid}: empty 说明')
    if len(holders) != len(rows):
        fail(f'overlap {cid}: two rows with the same holder')
    units_in = {h[0] for h in holders}
    titles = {norm(r['事项名称']) for r in rows}
    if '交叉' in kinds:
        mix['交叉'] += 1
        if any('行政审批服务局' in u for u in units_in):
            fail(f'overlap {cid}: 交叉 involving the approval bureau (that is 审管分离)')
    if len(units_in) == 1:
        mix['同单位两科室'] += 1
    elif len(titles) == 1:
        mix['同名两单位'] += 1
    elif '重复' in kinds:
        mix['换说法'] += 1
    if any(('综合行政执法' in u or '城市管理执法' in u) for u in units_in) and len(units_in) > 1:
        mix['综合执法划转'] += 1
for k in ('交叉', '同单位两科室', '同名两单位', '换说法', '综合执法划转'):
    if mix[k] < 3:
        fail(f'overlaps: only {mix[k]} clusters of kind {k}')

# ------------------------------------------------------------------ unplanned overlap scan
internal_groups = set()
groups = defaultdict(list)
for o in distractors:
    groups[o['簇']].append(o)
for cid, rows in groups.items():
    if rows[0]['类型'] == '内部事务':
        for r in rows:
            u = find_unit(r['行政区划'], r['单位'])
            if u:
                internal_groups.add((r['行政区划'], norm(r['事项名称']), u['单位'], norm(r['科室'])))
by_title = defaultdict(set)
for d in duties:
    if d['role'] != '牵头' or not in_force(d) or not d['单位'] or holder_problem(d):
        continue
    u = find_unit(d['行政区划'], d['单位'])
    by_title[(d['行政区划'], norm(d['事项名称']))].add((u['单位'], norm(d['科室'])))
for (jur, title), holders in by_title.items():
    if len(holders) < 2:
        continue
    for unit, sec in holders:
        k = (jur, title, unit, sec)
        if k not in ov_rowkeys and k not in internal_groups:
            fail(f'unplanned overlap: {jur} {title} held by {sorted(holders)}')
            break

# ------------------------------------------------------------------ distractors
if len(groups) < 60:
    fail(f'distractors: {len(groups)} groups, need 60')
dkinds = Counter()
DK = {'内部事务', '牵头配合', '对象不同', '同法不同条', '属地不同', '上下级', '三定分工'}
for cid, rows in groups.items():
    kinds = {r['类型'] for r in rows}
    if len(kinds) != 1 or kinds - DK:
        fail(f'distractor {cid}: bad 类型 {kinds}')
        continue
    kind = kinds.pop()
    dkinds[kind] += 1
    if len(rows) < 2:
        fail(f'distractor {cid}: fewer than 2 rows')
    clusters_hit = Counter()
    roles = set()
    dkeys = set()
    for r in rows:
        hits = match_rows(r['行政区划'], r['事项名称'], r['单位'], r['科室'])
        if not hits:
            fail(f'distractor {cid}: no holding for {r["行政区划"]} {r["事项名称"]} / {r["单位"]} / {r["科室"]}')
            continue
        roles |= {h['role'] for h in hits}
        dkeys |= {h['key'] for h in hits}
        u = find_unit(r['行政区划'], r['单位'])
        ck = ov_rowkeys.get((r['行政区划'], norm(r['事项名称']), u['单位'] if u else '', norm(r['科室'])))
        if ck:
            clusters_hit[ck] += 1
    if any(v >= 2 for v in clusters_hit.values()):
        fail(f'distractor {cid}: two of its rows form a planted overlap')
    if kind == '牵头配合' and (roles != {'牵头', '配合'} or len(dkeys) != 1):
        fail(f'distractor {cid}: 牵头配合 group is not one duty with a lead and a supporter')
    if kind in ('属地不同', '上下级') and len({r['行政区划'] for r in rows}) < 2:
        fail(f'distractor {cid}: {kind} group on a single list')
    if kind == '三定分工' and len({r['单位'] for r in rows}) != 1:
        fail(f'distractor {cid}: 三定分工 group spans several units')
if dkinds['内部事务'] < 10:
    fail(f'distractors: only {dkinds["内部事务"]} 内部事务 groups')
for k in DK:
    if dkinds[k] < 1:
        fail(f'distractors: no group of type {k}')

# ------------------------------------------------------------------ 审管分离
sg = defaultdict(list)
for s in shenguan:
    sg[s['簇']].append(s)
if len(sg) < 8:
    fail(f'shenguan: {len(sg)} pairs, need 8')
for cid, rows in sg.items():
    if len(rows) != 2 or len({r['行政区划'] for r in rows}) != 1:
        fail(f'shenguan {cid}: needs 2 rows on one list')
        continue
    approval = [r for r in rows if '行政审批服务局' in (find_unit(r['行政区划'], r['单位']) or {}).get('单位', '')]
    other = [r for r in rows if r not in approval]
    if len(approval) != 1 or len(other) != 1:
        fail(f'shenguan {cid}: not one approval bureau row and one department row')
        continue
    a = match_rows(approval[0]['行政区划'], approval[0]['事项名称'], approval[0]['单位'], approval[0]['科室'], role='牵头')
    b = match_rows(other[0]['行政区划'], other[0]['事项名称'], other[0]['单位'], other[0]['科室'], role='牵头')
    if not a or a[0]['事项类型'] != '行政许可':
        fail(f'shenguan {cid}: approval row is not a permit held in force')
    if not b or b[0]['事项类型'] not in ('行政检查', '行政处罚'):
        fail(f'shenguan {cid}: department row is not a supervision duty held in force')
    for r in rows:
        u = find_unit(r['行政区划'], r['单位'])
        if (r['行政区划'], norm(r['事项名称']), u['单位'] if u else '', norm(r['科室'])) in ov_rowkeys:
            fail(f'shenguan {cid}: row is also a planted overlap')

# ------------------------------------------------------------------ questions
if len(questions) < 300:
    fail(f'questions: {len(questions)}, need 300')
oos = 0
covered = set()
seen_q = set()
ov_titles = {(o['行政区划'], norm(o['事项名称'])) for o in overlaps}
for qq in questions:
    where = f"questions.csv:{qq['_line']}"
    if qq['问题'] in seen_q:
        fail(f'{where}: duplicate question')
    seen_q.add(qq['问题'])
    jur = qq['行政区划']
    if jur not in JURS:
        fail(f'{where}: unknown 行政区划 {jur}')
        continue
    if not qq['正确单位']:
        oos += 1
        if qq['县直对口单位'] or not qq['备注']:
            fail(f'{where}: out-of-scope question needs empty 县直对口单位 and a 备注')
        continue
    m = re.search(r'对应事项：(.+?)（[^（）]*）(；|$)', qq['备注'])
    if not m:
        fail(f'{where}: 备注 does not name the duty')
        continue
    title = m.group(1)
    keys = {d['key'] for d in duties if d['行政区划'] == jur and norm(d['事项名称']) == norm(title)}
    if len(keys) != 1:
        fail(f'{where}: duty {title} found {len(keys)} times on {jur}')
        continue
    k = keys.pop()
    if k not in valid_lead:
        fail(f'{where}: duty {title} has no valid lead (orphan or cancelled)')
        continue
    leads = {(j, u) for j, u, s in valid_lead[k]}
    if len(leads) != 1:
        fail(f'{where}: duty {title} has several lead units {leads}')
        continue
    ujur, unit = leads.pop()
    if unit != qq['正确单位']:
        fail(f'{where}: 正确单位 {qq["正确单位"]} but the list says {unit}')
    if (jur, norm(title)) in ov_titles:
        fail(f'{where}: question targets a planted overlap')
    # no other unit leads a duty of the same title on that list
    if len({h[0] for h in by_title.get((jur, norm(title)), set())}) > 1:
        fail(f'{where}: title {title} is led by several units on {jur}')
    if ujur in STREETS:
        key = (ujur, norm(unit))
        cu = qq['县直对口单位']
        if not cu:
            fail(f'{where}: township office answer without 县直对口单位')
        elif not any(norm(c['县直部门']) == norm(cu) for c in CORR.get(key, [])):
            fail(f'{where}: {unit} is not mapped to {cu}')
        else:
            cur = find_unit(DIST, cu)
            if cur is None or abolished(cur):
                fail(f'{where}: 县直对口单位 {cu} missing or abolished')
        if key not in mapped_ok:
            fail(f'{where}: answer is an unmapped township office')
    elif qq['县直对口单位']:
        fail(f'{where}: 县直对口单位 given for a non-township answer')
    covered.add((ujur, unit))
if oos < 20:
    fail(f'questions: only {oos} out-of-scope, need 20')

# coverage: every unit that leads an external duty (not 内部管理) in force is the answer somewhere
need = set()
for k, good in valid_lead.items():
    rows = DUTY[k]
    if rows[0]['事项类型'] == '内部管理':
        continue
    if (rows[0]['行政区划'], norm(rows[0]['事项名称'])) in ov_titles and len(good) > 0:
        pass
    for j, u, s in good:
        if j != rows[0]['行政区划']:
            continue     # a county unit leading a township duty is covered by its own list
        if j in STREETS and (j, norm(u)) not in mapped_ok:
            continue
        need.add((j, u))
missing = sorted(need - covered)
for j, u in missing:
    fail(f'coverage: no question answered by {u} ({j})')

# ------------------------------------------------------------------ report
qcount = Counter(q['行政区划'] for q in questions)
print('渭原市 blind evaluation set — check')
print(f'  units {len(units)} (with 挂牌 {aliased_units}), sections {len(sections)}, duty rows {len(duties)}, '
      f'duties {len(DUTY)}, correspondences {len(corrs)}')
for j in JURS:
    print(f'    {j}: {cnt[j]} duty rows, {qcount[j]} questions')
print(f'  internal-management share (city+district): {internal_share:.1%}; rows held under a 挂牌 name: {alias_rows}')
print(f'  questions {len(questions)} (out of scope {oos}); units covered {len(covered)} of {len(need)} needing cover')
print(f'  overlap clusters {len(clusters)} {dict(Counter(r[0]["类型"] for r in clusters.values()))} mix {dict(mix)}')
print(f'  distractor groups {len(groups)} {dict(dkinds)}')
print(f'  shenguan pairs {len(sg)}')
print(f'  orphans {len(listed)} {dict(otypes)}; cancelled duties {len(cancelled)}')
if FAIL:
    print(f'\nFAILED ({len(FAIL)}):')
    for f in FAIL[:200]:
        print('  -', f)
    sys.exit(1)
print('\nOK')
