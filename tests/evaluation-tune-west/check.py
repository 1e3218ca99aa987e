#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""独立校验岷溪县评测集：只读取本目录下的 CSV，逐条核对 spec 的规则。失败时退出码 1。"""
import csv, io, os, re, sys, datetime
from collections import defaultdict, Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
EVAL = '2025-06-30'
ERR = []


def err(msg):
    ERR.append(msg)


HEADERS = {
    'county/units.csv': '行政区划,单位,类型,上级单位,挂牌名称,合署办公,编制数,设立日期,撤销日期',
    'county/sections.csv': '行政区划,单位,科室,类型,编制数,实有人数,设立日期,撤销日期',
    'county/duties.csv': '行政区划,单位,科室,事项编码,事项名称,事项类型,职责内容,实施依据,角色,生效日期,失效日期,状态',
    'county/correspondences.csv': '乡镇,乡镇机构,县直部门,备注',
    'questions.csv': '问题,行政区划,正确单位,县直对口单位,备注',
    'overlaps.csv': '簇,类型,行政区划,事项名称,单位,科室,说明',
    'shenguan.csv': '簇,行政区划,事项名称,单位,科室,说明',
    'distractors.csv': '簇,类型,行政区划,事项名称,单位,科室,说明',
    'orphans.csv': '类型,行政区划,事项名称,单位,科室,说明',
}
DATE_COLS = {'设立日期', '撤销日期', '生效日期', '失效日期'}


def load(rel):
    path = os.path.join(ROOT, rel)
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err('%s: has BOM' % rel)
    if b'\r' in raw:
        err('%s: contains CR (must be LF only)' % rel)
    text = raw.decode('utf-8')
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or ','.join(rows[0]) != HEADERS[rel]:
        err('%s: header mismatch: %r' % (rel, rows[0] if rows else None))
    # quoting only where needed: re-serialise with minimal quoting and compare
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n', quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    if buf.getvalue() != text:
        err('%s: not written with minimal quoting / LF line ends' % rel)
    head = rows[0]
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(head):
            err('%s:%d: %d fields, expected %d' % (rel, i, len(r), len(head)))
            continue
        d = dict(zip(head, r))
        for c in DATE_COLS & set(head):
            v = d[c]
            if v:
                try:
                    if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', v):
                        raise ValueError
                    datetime.date.fromisoformat(v)
                except ValueError:
                    err('%s:%d: bad date %s=%r' % (rel, i, c, v))
        d['_line'] = i
        out.append(d)
    return out


units = load('county/units.csv')
sections = load('county/sections.csv')
duties = load('county/duties.csv')
corrs = load('county/correspondences.csv')
questions = load('questions.csv')
overlaps = load('overlaps.csv')
shenguan = load('shenguan.csv')
distractors = load('distractors.csv')
orphans = load('orphans.csv')

UNIT_KINDS = {'党委部门', '政府部门', '群团组织', '事业单位', '乡镇', '派出机构', '议事协调机构', '其他'}
DUTY_KINDS = {'行政许可', '行政处罚', '行政强制', '行政征收', '行政给付', '行政检查', '行政确认', '行政奖励',
              '行政裁决', '其他行政权力', '公共服务', '内部管理', '基本履职', '配合履职', '上级收回'}

# ---------- units / sections ----------
unit_map = {}
for u in units:
    k = (u['行政区划'], u['单位'])
    if k in unit_map:
        err('units: duplicate %s' % (k,))
    unit_map[k] = u
    if u['类型'] not in UNIT_KINDS:
        err('units:%d bad 类型 %r' % (u['_line'], u['类型']))
    if u['编制数'] and not u['编制数'].isdigit():
        err('units:%d bad 编制数' % u['_line'])
jurs = sorted(set(u['行政区划'] for u in units))
top = [j for j in jurs if '/' not in j]
if len(top) != 1:
    err('expected exactly one top jurisdiction, got %s' % top)
TOP = top[0] if top else ''
towns = [j for j in jurs if '/' in j]
if not 2 <= len(towns) <= 4:
    err('expected 2-4 township lists, got %d' % len(towns))

sec_map = {}
for s in sections:
    k = (s['行政区划'], s['单位'], s['科室'])
    if k in sec_map:
        err('sections: duplicate %s' % (k,))
    sec_map[k] = s
    if (s['行政区划'], s['单位']) not in unit_map:
        err('sections:%d unit not in units.csv: %s' % (s['_line'], s['单位']))
    if s['类型'] not in ('综合', '业务', '执法', '审批', '其他', ''):
        err('sections:%d bad 类型' % s['_line'])


def abolished(row):
    v = row.get('撤销日期', '')
    return bool(v) and v <= EVAL


def ancestors(j):
    parts = j.split('/')
    return ['/'.join(parts[:i]) for i in range(len(parts), 0, -1)]


def resolve(j, unit):
    for a in ancestors(j):
        if (a, unit) in unit_map:
            return a
    return None


# county units: 2-8 live sections each
for (j, name), u in unit_map.items():
    if j != TOP or abolished(u):
        continue
    live = [s for s in sections if s['行政区划'] == j and s['单位'] == name and not abolished(s)]
    if not 2 <= len(live) <= 8:
        err('unit %s has %d live sections (need 2-8)' % (name, len(live)))
kinds_present = set(u['类型'] for u in units if u['行政区划'] == TOP)
for k in ('党委部门', '政府部门', '群团组织', '事业单位'):
    if k not in kinds_present:
        err('no unit of kind %s' % k)
if not any('行政审批局' in u['单位'] for u in units if u['行政区划'] == TOP):
    err('no 行政审批局')
if not any('综合行政执法局' in u['单位'] for u in units if u['行政区划'] == TOP):
    err('no 综合行政执法局')

# ---------- duties ----------
def in_force(r):
    if r['状态'] == '取消':
        return False
    if r['生效日期'] and r['生效日期'] > EVAL:
        return False
    if r['失效日期'] and r['失效日期'] <= EVAL:
        return False
    return True


dkey = Counter()
for r in duties:
    if r['行政区划'] not in jurs:
        err('duties:%d unknown 行政区划 %s' % (r['_line'], r['行政区划']))
    if not r['事项名称']:
        err('duties:%d empty 事项名称' % r['_line'])
    if r['事项类型'] not in DUTY_KINDS:
        err('duties:%d bad 事项类型 %r' % (r['_line'], r['事项类型']))
    if r['角色'] not in ('牵头', '配合'):
        err('duties:%d bad 角色' % r['_line'])
    if r['状态'] not in ('有效', '取消'):
        err('duties:%d bad 状态' % r['_line'])
    if r['状态'] == '取消' and not (r['失效日期'] and r['失效日期'] < EVAL):
        err('duties:%d 取消 needs 失效日期 before evaluation date' % r['_line'])
    if r['生效日期'] and r['失效日期'] and r['失效日期'] < r['生效日期']:
        err('duties:%d 失效 before 生效' % r['_line'])
    if not r['实施依据']:
        err('duties:%d empty 实施依据' % r['_line'])
    dkey[(r['行政区划'], r['事项名称'], r['单位'], r['科室'])] += 1
for k, n in dkey.items():
    if n > 1:
        err('duties: (行政区划,事项名称,单位,科室) not unique: %s' % (k,))


def find_rows(j, title, unit, sec):
    return [r for r in duties if r['行政区划'] == j and r['事项名称'] == title and r['单位'] == unit and r['科室'] == sec]


def duty_group(r):
    return (r['行政区划'], r['事项编码'] or ('T:' + r['事项名称']))


groups = defaultdict(list)
for r in duties:
    groups[duty_group(r)].append(r)

# ---------- orphans planted ----------
ORPHAN_KINDS = ['UNHELD', 'NO_LEAD', 'ABOLISHED_HOLDER', 'MISSING_UNIT', 'MISSING_SECTION',
                'BROKEN_CORRESPONDENCE', 'UNMAPPED_TOWNSHIP_OFFICE']
planted_orphans = set()
for o in orphans:
    if o['类型'] not in ORPHAN_KINDS:
        err('orphans:%d bad 类型' % o['_line'])
    planted_orphans.add((o['类型'], o['行政区划'], o['事项名称'], o['单位'], o['科室']))
    if o['类型'] in ORPHAN_KINDS[:5]:
        m = find_rows(o['行政区划'], o['事项名称'], o['单位'], o['科室'])
        if len(m) != 1:
            err('orphans:%d matches %d duty rows' % (o['_line'], len(m)))
planted_missing = {(o['行政区划'], o['事项名称'], o['单位'], o['科室']) for o in orphans
                   if o['类型'] in ('MISSING_UNIT', 'MISSING_SECTION', 'UNHELD')}
planted_abol = {(o['行政区划'], o['事项名称'], o['单位'], o['科室']) for o in orphans if o['类型'] == 'ABOLISHED_HOLDER'}

# every holding's unit and section exist unless planted as missing
for r in duties:
    k = (r['行政区划'], r['事项名称'], r['单位'], r['科室'])
    if k in planted_missing:
        continue
    if not r['单位']:
        err('duties:%d no unit but not planted UNHELD' % r['_line'])
        continue
    a = resolve(r['行政区划'], r['单位'])
    if a is None:
        err('duties:%d unit %s does not exist' % (r['_line'], r['单位']))
        continue
    if r['科室'] and (a, r['单位'], r['科室']) not in sec_map:
        err('duties:%d section %s/%s does not exist' % (r['_line'], r['单位'], r['科室']))

# ---------- orphan recomputation ----------
found = set()
for r in duties:
    if not in_force(r):
        continue
    k = (r['行政区划'], r['事项名称'], r['单位'], r['科室'])
    if not r['单位']:
        found.add(('UNHELD',) + k)
        continue
    a = resolve(r['行政区划'], r['单位'])
    if a is None:
        found.add(('MISSING_UNIT',) + k)
    elif abolished(unit_map[(a, r['单位'])]):
        found.add(('ABOLISHED_HOLDER',) + k)
    elif r['科室'] and (a, r['单位'], r['科室']) not in sec_map:
        found.add(('MISSING_SECTION',) + k)
    elif r['科室'] and abolished(sec_map[(a, r['单位'], r['科室'])]):
        found.add(('ABOLISHED_HOLDER',) + k)
for g, rs in groups.items():
    live = [r for r in rs if in_force(r)]
    if live and not any(r['角色'] == '牵头' for r in live):
        for r in live:
            found.add(('NO_LEAD', r['行政区划'], r['事项名称'], r['单位'], r['科室']))
town_offices = defaultdict(set)
for c in corrs:
    town_offices[c['乡镇']].add(c['乡镇机构'])
    if (c['乡镇'], c['乡镇机构']) not in unit_map:
        err('correspondences:%d 乡镇机构 %s not a unit of %s' % (c['_line'], c['乡镇机构'], c['乡镇']))
    a = resolve(c['乡镇'], c['县直部门'])
    if a is None or a != TOP or abolished(unit_map[(a, c['县直部门'])]):
        found.add(('BROKEN_CORRESPONDENCE', c['乡镇'], '', c['县直部门'], ''))
for t in towns:
    holders = set(r['单位'] for r in duties if r['行政区划'] == t and in_force(r))
    for (j, name), u in unit_map.items():
        if j == t and name in holders and name not in town_offices[t]:
            found.add(('UNMAPPED_TOWNSHIP_OFFICE', t, '', name, ''))
if found != planted_orphans:
    for x in sorted(found - planted_orphans):
        err('orphan found but not planted: %s' % (x,))
    for x in sorted(planted_orphans - found):
        err('orphan planted but not found: %s' % (x,))
ok_counts = Counter(o[0] for o in planted_orphans)
for k in ORPHAN_KINDS:
    if ok_counts[k] < 2:
        err('orphan kind %s planted %d times (need >=2)' % (k, ok_counts[k]))
if not 22 <= len(planted_orphans) <= 28:
    err('orphans: %d (need 22-28)' % len(planted_orphans))

# rows ended without successor must be cancelled, moved, or a planted NO_LEAD
for r in duties:
    if r['状态'] == '有效' and r['失效日期'] and r['失效日期'] <= EVAL:
        live = [x for x in groups[duty_group(r)] if in_force(x)]
        if not live:
            err('duties:%d ended without successor and not 取消: %s' % (r['_line'], r['事项名称']))
cancelled = [r for r in duties if r['状态'] == '取消']
if len(cancelled) < 2:
    err('need >=2 取消 duties')

# ---------- reform ----------
abolished_units = [u for u in units if abolished(u)]
created = [u for u in units if u['设立日期'] and '2024-01-01' <= u['设立日期'] <= EVAL]
reform_days = set(u['撤销日期'] for u in abolished_units)
if not abolished_units or not created:
    err('reform must abolish and create units')
moves = 0
for g, rs in groups.items():
    for a in rs:
        if a['失效日期'] in reform_days and a['状态'] == '有效':
            for b in rs:
                if b is not a and b['生效日期'] == a['失效日期'] and b['单位'] + b['科室'] != a['单位'] + a['科室']:
                    moves += 1
if moves < 5:
    err('too few moved duties (%d)' % moves)

# ---------- sizes ----------
top_rows = [r for r in duties if r['行政区划'] == TOP]
top_duties = set(duty_group(r) for r in top_rows)
internal_duties = set(duty_group(r) for r in top_rows if r['事项类型'] == '内部管理')
if not 700 <= len(top_duties) <= 1000:
    err('top list has %d duties (need 700-1000)' % len(top_duties))
if not 150 <= len(internal_duties) <= 250:
    err('top list has %d 内部管理 duties (need 150-250)' % len(internal_duties))
town_sizes = {}
for t in towns:
    n = len(set(duty_group(r) for r in duties if r['行政区划'] == t))
    town_sizes[t] = n
    if not 80 <= n <= 150:
        err('%s has %d duties (need 80-150)' % (t, n))
    if t not in town_offices:
        err('%s has no correspondences' % t)

# ---------- overlaps ----------
def match_one(fname, row, need_lead=True):
    m = find_rows(row['行政区划'], row['事项名称'], row['单位'], row['科室'])
    if len(m) != 1:
        err('%s:%d matches %d duty rows (%s / %s / %s)' % (fname, row['_line'], len(m), row['事项名称'], row['单位'], row['科室']))
        return None
    r = m[0]
    if need_lead and (r['角色'] != '牵头' or not in_force(r)):
        err('%s:%d not a lead row in force on %s' % (fname, row['_line'], EVAL))
    return r


clusters = defaultdict(list)
for o in overlaps:
    clusters[o['簇']].append(o)
    if o['类型'] not in ('重复', '交叉'):
        err('overlaps:%d bad 类型' % o['_line'])
    if not o['说明']:
        err('overlaps:%d empty 说明' % o['_line'])
identical_clusters = 0
holder_cluster = defaultdict(set)
for cid, ms in clusters.items():
    if not 2 <= len(ms) <= 3:
        err('overlap %s has %d members' % (cid, len(ms)))
    if len(set(m['行政区划'] for m in ms)) != 1:
        err('overlap %s spans several lists' % cid)
    if len(set(m['类型'] for m in ms)) != 1:
        err('overlap %s mixed 类型' % cid)
    holders = [(m['单位'], m['科室']) for m in ms]
    if len(set(holders)) != len(holders):
        err('overlap %s members share a holder' % cid)
    for m in ms:
        match_one('overlaps', m)
        holder_cluster[(m['行政区划'], m['事项名称'], m['单位'], m['科室'])].add(cid)
    if len(set(m['事项名称'] for m in ms)) == 1:
        identical_clusters += 1
if not 35 <= len(clusters) <= 45:
    err('overlaps: %d clusters (need 35-45)' % len(clusters))
if not 7 <= identical_clusters <= 14:
    err('overlaps: %d identical-title clusters (need about 10)' % identical_clusters)

# ---------- shenguan ----------
pairs = defaultdict(list)
for s in shenguan:
    pairs[s['簇']].append(s)
for cid, ms in pairs.items():
    if len(ms) != 2:
        err('shenguan %s has %d rows' % (cid, len(ms)))
        continue
    rs = [match_one('shenguan', m) for m in ms]
    if None in rs:
        continue
    lic = [r for r in rs if '行政审批局' in r['单位'] and r['事项类型'] == '行政许可']
    oth = [r for r in rs if '行政审批局' not in r['单位']]
    if len(lic) != 1 or len(oth) != 1:
        err('shenguan %s: need one 行政审批局 licence and one department row' % cid)
    if len(set(m['行政区划'] for m in ms)) != 1:
        err('shenguan %s spans lists' % cid)
    for m in ms:
        holder_cluster[(m['行政区划'], m['事项名称'], m['单位'], m['科室'])].add(cid)
if len(pairs) < 8:
    err('shenguan: %d pairs (need >= 8)' % len(pairs))

# ---------- identical titles of different lead holders ----------
by_title = defaultdict(set)
for r in duties:
    if in_force(r) and r['角色'] == '牵头' and r['单位']:
        by_title[(r['行政区划'], r['事项名称'])].add((r['单位'], r['科室']))
for (j, t), hs in by_title.items():
    if len(hs) < 2:
        continue
    sets = [holder_cluster.get((j, t, u, s), set()) for u, s in hs]
    common = set.intersection(*sets) if sets else set()
    if not common:
        err('identical title held by several lead holders but not planted: %s %s %s' % (j, t, sorted(hs)))

# ---------- distractors ----------
DKINDS = {'内部事务', '牵头配合', '对象不同', '同法不同条', '属地不同', '上下级', '三定分工'}
dgroups = defaultdict(list)
for d in distractors:
    dgroups[d['簇']].append(d)
    if d['类型'] not in DKINDS:
        err('distractors:%d bad 类型' % d['_line'])
dk = Counter()
for gid, ms in dgroups.items():
    kinds = set(m['类型'] for m in ms)
    if len(kinds) != 1:
        err('distractor %s mixed 类型' % gid)
    kind = ms[0]['类型']
    dk[kind] += 1
    if len(ms) < 2:
        err('distractor %s has <2 rows' % gid)
    rs = [match_one('distractors', m, need_lead=False) for m in ms]
    if None in rs:
        continue
    if not all(in_force(r) for r in rs):
        err('distractor %s has rows not in force' % gid)
    if kind == '内部事务':
        if not all(r['事项类型'] == '内部管理' for r in rs) or len(set(r['单位'] for r in rs)) < 2:
            err('distractor %s: 内部事务 needs 内部管理 rows of several units' % gid)
    if kind == '牵头配合':
        if len(set(duty_group(r) for r in rs)) != 1 or Counter(r['角色'] for r in rs)['牵头'] != 1:
            err('distractor %s: 牵头配合 needs one duty with exactly one lead row' % gid)
    if kind == '属地不同' and len(set(r['行政区划'] for r in rs)) < 2:
        err('distractor %s: 属地不同 needs two lists' % gid)
    if kind == '三定分工' and len(set(r['单位'] for r in rs)) != 1:
        err('distractor %s: 三定分工 needs one unit' % gid)
    # must not be a planted overlap
    cl = [holder_cluster.get((m['行政区划'], m['事项名称'], m['单位'], m['科室']), set()) for m in ms]
    if len(cl) >= 2 and set.intersection(*cl):
        err('distractor %s coincides with a planted overlap' % gid)
if not 60 <= len(dgroups) <= 80:
    err('distractors: %d groups (need 60-80)' % len(dgroups))
if dk['内部事务'] < 12:
    err('distractors: 内部事务 %d (need >= 12)' % dk['内部事务'])
if dk['牵头配合'] < 8:
    err('distractors: 牵头配合 %d (need >= 8)' % dk['牵头配合'])

# ---------- questions ----------
corr_set = {(c['乡镇'], c['乡镇机构'], c['县直部门']) for c in corrs}
overlap_rows = {(o['行政区划'], o['事项名称'], o['单位']) for o in overlaps}
q_units = set()
empty_q = 0
for q in questions:
    if not q['问题'].strip():
        err('questions:%d empty question' % q['_line'])
    j = q['行政区划']
    if j not in jurs:
        err('questions:%d unknown 行政区划' % q['_line'])
        continue
    u = q['正确单位']
    if not u:
        empty_q += 1
        if q['县直对口单位']:
            err('questions:%d 县直对口单位 without 正确单位' % q['_line'])
        continue
    a = resolve(j, u)
    if a is None:
        err('questions:%d unit %s not in units.csv' % (q['_line'], u))
        continue
    if abolished(unit_map[(a, u)]):
        err('questions:%d unit %s abolished' % (q['_line'], u))
    leads = [r for r in duties if r['行政区划'] == j and r['单位'] == u and r['角色'] == '牵头' and in_force(r)]
    if not leads:
        err('questions:%d unit %s holds no lead duty in force in %s' % (q['_line'], u, j))
    if not any(r['事项名称'] == q['备注'] for r in leads):
        err('questions:%d 备注 %r is not a lead duty in force of %s' % (q['_line'], q['备注'], u))
    if (j, q['备注'], u) in overlap_rows:
        err('questions:%d answer is a planted overlap (ambiguous)' % q['_line'])
    if '/' in j:
        if a != j:
            err('questions:%d township question must name a township office' % q['_line'])
        if (j, u, q['县直对口单位']) not in corr_set:
            err('questions:%d no correspondence %s -> %s' % (q['_line'], u, q['县直对口单位']))
        elif ('BROKEN_CORRESPONDENCE', j, '', q['县直对口单位'], '') in planted_orphans:
            err('questions:%d uses a broken correspondence' % q['_line'])
    elif q['县直对口单位']:
        err('questions:%d 县直对口单位 given for a county question' % q['_line'])
    q_units.add((j, u))
if not 300 <= len(questions) <= 450:
    err('questions: %d (need 300-450)' % len(questions))
if empty_q < 20:
    err('questions: %d without unit (need >= 20)' % empty_q)
if len(q_units) < 70:
    err('questions spread over %d units (need >= 70)' % len(q_units))
qs = Counter(q['问题'] for q in questions)
for t, n in qs.items():
    if n > 1:
        err('duplicate question: %s' % t)

# ---------- report ----------
print('units: %d (%d in %s, %d abolished, %d created 2024-2025)' % (
    len(units), sum(1 for u in units if u['行政区划'] == TOP), TOP, len(abolished_units), len(created)))
print('sections: %d' % len(sections))
print('duty rows: %d; %s duties: %d (内部管理 %d); township duties: %s' % (
    len(duties), TOP, len(top_duties), len(internal_duties),
    ', '.join('%s %d' % (t.split('/')[-1], n) for t, n in town_sizes.items())))
print('moved duty rows at reform: %d; cancelled (取消) rows: %d' % (moves, len(cancelled)))
print('correspondences: %d' % len(corrs))
print('questions: %d (no unit: %d; units covered: %d)' % (len(questions), empty_q, len(q_units)))
print('overlaps: %d clusters (%d identical titles; 重复 %d, 交叉 %d)' % (
    len(clusters), identical_clusters,
    sum(1 for c in clusters.values() if c[0]['类型'] == '重复'), sum(1 for c in clusters.values() if c[0]['类型'] == '交叉')))
print('shenguan: %d pairs' % len(pairs))
print('distractors: %d groups (%s)' % (len(dgroups), ', '.join('%s %d' % kv for kv in sorted(dk.items()))))
print('orphans: %d (%s)' % (len(planted_orphans), ', '.join('%s %d' % (k, ok_counts[k]) for k in ORPHAN_KINDS)))
if ERR:
    print('\nFAILED: %d problem(s)' % len(ERR))
    for e in ERR[:200]:
        print('  - ' + e)
    sys.exit(1)
print('\nOK')
