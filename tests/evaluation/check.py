#!/usr/bin/env python3
"""Consistency check of a DutyGraph evaluation set (tests/evaluation by default).

Run from anywhere:  python3 tests/evaluation/check.py [SET_FOLDER]
(for example  python3 tests/evaluation/check.py tests/evaluation-heldout)
Exit status 0 when every check passes; otherwise the failures are listed.

It checks that
  * the files are UTF-8 without BOM with LF line ends and the expected headers;
  * units/sections keys are unique, every section's unit exists, same-code duty rows agree;
  * orphans.csv is exactly the set of orphans computed from county/ at EVAL_DATE;
  * every overlaps.csv / distractors.csv row matches a duties.csv row, overlap members are
    active 牵头 holdings of different holders in one jurisdiction;
  * every question's 正确单位 exists and is the only unit leading its 对应事项 (in 备注),
    that duty is neither planted overlap nor orphan, 县直对口单位 agrees with
    correspondences.csv, and the question does not copy the duty title;
and prints the counts.
"""
import csv
import os
import re
import sys
from collections import defaultdict

EVAL_DATE = '2025-06-30'
HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
COUNTY = os.path.join(HERE, 'county')
errors = []


def fail(msg):
    errors.append(msg)


def read(path, header):
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        fail(f'{path}: has a BOM')
    if b'\r' in raw:
        fail(f'{path}: has CR characters (expected LF line ends)')
    rows = list(csv.reader(raw.decode('utf-8').splitlines()))
    if rows[0] != header:
        fail(f'{path}: header {rows[0]} != {header}')
    return [dict(zip(header, r)) for r in rows[1:] if any(r)]


FW = {ord('（'): '(', ord('）'): ')', ord('\u3000'): ' '}


def key(name):
    """Name key as formats.md says: trimmed, full-width ASCII forms folded to half-width."""
    s = ''.join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in name.translate(FW))
    return re.sub(r'\s+', ' ', s).strip()


units = read(os.path.join(COUNTY, 'units.csv'), ['行政区划', '单位', '类型', '上级单位', '挂牌名称', '合署办公', '编制数', '设立日期', '撤销日期'])
sections = read(os.path.join(COUNTY, 'sections.csv'), ['行政区划', '单位', '科室', '类型', '编制数', '实有人数', '设立日期', '撤销日期'])
duties = read(os.path.join(COUNTY, 'duties.csv'), ['行政区划', '单位', '科室', '事项编码', '事项名称', '事项类型', '职责内容', '实施依据', '角色', '生效日期', '失效日期'])
corr = read(os.path.join(COUNTY, 'correspondences.csv'), ['乡镇', '乡镇机构', '县直部门', '备注'])
GT = ['簇', '行政区划', '事项名称', '单位', '科室', '说明']
overlaps = read(os.path.join(HERE, 'overlaps.csv'), GT)
distractors = read(os.path.join(HERE, 'distractors.csv'), GT)
orphans = read(os.path.join(HERE, 'orphans.csv'), ['类型', '行政区划', '事项名称', '单位', '科室', '说明'])
questions = read(os.path.join(HERE, 'questions.csv'), ['问题', '行政区划', '正确单位', '县直对口单位', '备注'])

# ---------------- units and sections ----------------
unit_by_key = {}
for u in units:
    k = (u['行政区划'], key(u['单位']))
    if k in unit_by_key:
        fail(f'units.csv: duplicate unit {k}')
    unit_by_key[k] = u
alias = {}
for u in units:
    for a in filter(None, re.split('[；;]', u['挂牌名称'])):
        alias.setdefault((u['行政区划'], key(a)), u)
sec_by_key = {}
for s in sections:
    k = (s['行政区划'], key(s['单位']), key(s['科室']))
    if k in sec_by_key:
        fail(f'sections.csv: duplicate section {k}')
    sec_by_key[k] = s
    if (s['行政区划'], key(s['单位'])) not in unit_by_key:
        fail(f'sections.csv: section {k} of a unit units.csv does not define')


def ancestors(j):
    parts = j.split('/')
    return ['/'.join(parts[:i]) for i in range(len(parts), 0, -1)]


def find_unit(j, name, above_only=False):
    for a in ancestors(j)[1 if above_only else 0:]:
        for table in (unit_by_key, alias):
            if (a, key(name)) in table:
                return table[(a, key(name))]
    return None


def abolished(rec):
    return bool(rec['撤销日期']) and rec['撤销日期'] <= EVAL_DATE


def not_yet(rec):
    return bool(rec['设立日期']) and rec['设立日期'] > EVAL_DATE


def active_row(d):
    return (not d['生效日期'] or d['生效日期'] <= EVAL_DATE) and (not d['失效日期'] or d['失效日期'] > EVAL_DATE)


for u in units:
    for ref in ('上级单位', '合署办公'):
        if u[ref] and not find_unit(u['行政区划'], u[ref]):
            fail(f'units.csv: {u["单位"]} {ref} {u[ref]} does not exist')

# ---------------- duties ----------------
by_duty = defaultdict(list)   # (jurisdiction, code or title) -> rows
for i, d in enumerate(duties, 2):
    d['line'] = i
    by_duty[(d['行政区划'], d['事项编码'] or d['事项名称'])].append(d)
    if d['角色'] not in ('牵头', '配合', ''):
        fail(f'duties.csv:{i}: role {d["角色"]}')
    if not d['单位'] and d['科室']:
        fail(f'duties.csv:{i}: section without unit')
for k, rows in by_duty.items():
    f0 = [rows[0][c] for c in ('事项名称', '事项类型', '职责内容', '实施依据')]
    for r in rows[1:]:
        if [r[c] for c in ('事项名称', '事项类型', '职责内容', '实施依据')] != f0:
            fail(f'duties.csv:{r["line"]}: fields differ from line {rows[0]["line"]} of the same duty')
    holders = [(key(r['单位']), key(r['科室']), r['角色'] or '牵头', r['生效日期']) for r in rows if r['单位']]
    if len(holders) != len(set(holders)):
        fail(f'duty {k}: a holder is repeated')
    leads = [r for r in rows if r['单位'] and (r['角色'] or '牵头') == '牵头']
    for a in range(len(leads)):
        for b in range(a + 1, len(leads)):
            x, y = leads[a], leads[b]
            if (x['生效日期'] or '0000') < (y['失效日期'] or '9999') and (y['生效日期'] or '0000') < (x['失效日期'] or '9999'):
                fail(f'duty {k}: two lead holders at the same time (lines {x["line"]}, {y["line"]})')


def role(d):
    return d['角色'] or '牵头'


def holder_state(d):
    """'ok', 'MISSING_UNIT', 'MISSING_SECTION', 'ABOLISHED' for a row with a unit."""
    u = find_unit(d['行政区划'], d['单位'])
    if u is None:
        return 'MISSING_UNIT'
    if d['科室']:
        s = sec_by_key.get((u['行政区划'], key(u['单位']), key(d['科室'])))
        if s is None:
            return 'MISSING_SECTION'
        if abolished(s) or not_yet(s):
            return 'ABOLISHED'
    if abolished(u) or not_yet(u):
        return 'ABOLISHED'
    return 'ok'


# holdings must lie inside their holder's lifetime (except the planted abolished holders)
for d in duties:
    if not d['单位'] or holder_state(d) in ('MISSING_UNIT', 'MISSING_SECTION'):
        continue
    u = find_unit(d['行政区划'], d['单位'])
    recs = [u] + ([sec_by_key[(u['行政区划'], key(u['单位']), key(d['科室']))]] if d['科室'] else [])
    for rec in recs:
        if rec['设立日期'] and (not d['生效日期'] or d['生效日期'] < rec['设立日期']):
            fail(f'duties.csv:{d["line"]}: holding starts before {rec.get("科室") or rec["单位"]} exists ({rec["设立日期"]})')
        if rec['撤销日期'] and (not d['失效日期'] or d['失效日期'] > rec['撤销日期']):
            d['outlives'] = True

# ---------------- orphans computed from the data ----------------
computed = set()
dangling_rows = set()
for d in duties:
    if d['单位']:
        st = holder_state(d)
        if st in ('MISSING_UNIT', 'MISSING_SECTION'):
            computed.add((st, d['行政区划'], d['事项名称'], d['单位'], d['科室']))
            dangling_rows.add(d['line'])
for k, rows in by_duty.items():
    title, j = rows[0]['事项名称'], rows[0]['行政区划']
    held = [r for r in rows if r['单位']]
    if not held:
        computed.add(('UNHELD', j, title, '', ''))
        continue
    leads = [r for r in held if role(r) == '牵头' and active_row(r)]
    if not leads:
        sup = [r for r in held if active_row(r)]
        for r in sup:
            computed.add(('NO_LEAD', j, title, r['单位'], r['科室']))
        continue
    if any(r['line'] in dangling_rows for r in leads):
        continue   # reported above as MISSING_UNIT / MISSING_SECTION
    if all(holder_state(r) == 'ABOLISHED' for r in leads):
        for r in leads:
            computed.add(('ABOLISHED_HOLDER', j, title, r['单位'], r['科室']))
for c in corr:
    cu = find_unit(c['乡镇'], c['县直部门'], above_only=True)
    if cu is None or abolished(cu):
        computed.add(('BROKEN_CORRESPONDENCE', c['乡镇'], '', c['乡镇机构'], ''))
    if (c['乡镇'], key(c['乡镇机构'])) not in unit_by_key:
        fail(f'correspondences.csv: office {c["乡镇机构"]} is not a unit of {c["乡镇"]}')
mapped = {(c['乡镇'], key(c['乡镇机构'])) for c in corr}
for u in units:
    if '/' in u['行政区划'] and not abolished(u) and (u['行政区划'], key(u['单位'])) not in mapped:
        computed.add(('UNMAPPED_TOWNSHIP_OFFICE', u['行政区划'], '', u['单位'], ''))

listed = {(o['类型'], o['行政区划'], o['事项名称'], o['单位'], o['科室']) for o in orphans}
if len(listed) != len(orphans):
    fail('orphans.csv: a row is listed twice')
for o in sorted(computed - listed):
    fail(f'orphan in the data but not in orphans.csv: {o}')
for o in sorted(listed - computed):
    fail(f'orphans.csv row that the data does not produce: {o}')
for o in orphans:
    if o['类型'] == 'BROKEN_CORRESPONDENCE':
        name = re.split('[（(]', o['说明'])[0]
        if not any(c['乡镇'] == o['行政区划'] and c['乡镇机构'] == o['单位'] and c['县直部门'] == name for c in corr):
            fail(f'orphans.csv: BROKEN_CORRESPONDENCE {o["单位"]} -> {name} is not a correspondences.csv row')
for d in duties:
    if d.get('outlives') and ('ABOLISHED_HOLDER', d['行政区划'], d['事项名称'], d['单位'], d['科室']) not in listed:
        fail(f'duties.csv:{d["line"]}: holding outlives its abolished holder but is not a planted ABOLISHED_HOLDER')
orphan_titles = {(o['行政区划'], o['事项名称']) for o in orphans if o['事项名称']}

# ---------------- overlaps and distractors ----------------
def match(row, what):
    hits = [d for d in duties if d['行政区划'] == row['行政区划'] and d['事项名称'] == row['事项名称']
            and d['单位'] == row['单位'] and d['科室'] == row['科室']]
    if not hits:
        fail(f'{what}: no duties.csv row {row["行政区划"]} / {row["事项名称"]} / {row["单位"]} / {row["科室"]}')
    return hits


overlap_keys = set()
clusters = defaultdict(list)
for r in overlaps:
    hits = match(r, f'overlaps.csv cluster {r["簇"]}')
    if hits and not any(role(h) == '牵头' and active_row(h) and holder_state(h) == 'ok' for h in hits):
        fail(f'overlaps.csv cluster {r["簇"]}: {r["事项名称"]} is not an active lead holding at {EVAL_DATE}')
    clusters[r['簇']].append(r)
    overlap_keys.add((r['行政区划'], r['事项名称']))
for c, rows in clusters.items():
    if len(rows) < 2:
        fail(f'overlaps.csv cluster {c}: fewer than 2 members')
    if len({r['行政区划'] for r in rows}) != 1:
        fail(f'overlaps.csv cluster {c}: members in different jurisdictions')
    if len({(key(r['单位']), key(r['科室'])) for r in rows}) != len(rows):
        fail(f'overlaps.csv cluster {c}: two members have the same holder')
pairs = defaultdict(list)
for r in distractors:
    match(r, f'distractors.csv pair {r["簇"]}')
    pairs[r['簇']].append(r)
for c, rows in pairs.items():
    if len(rows) != 2:
        fail(f'distractors.csv pair {c}: {len(rows)} rows, expected 2')
    elif all((r['行政区划'], r['事项名称']) in overlap_keys for r in rows) and \
            len({x['簇'] for x in overlaps if (x['行政区划'], x['事项名称']) in {(r['行政区划'], r['事项名称']) for r in rows}}) == 1:
        fail(f'distractors.csv pair {c}: both members are in the same planted overlap cluster')

# ---------------- questions ----------------
corr_pairs = {(c['乡镇'], c['乡镇机构'], c['县直部门']) for c in corr}
answer_units = set()
for i, q in enumerate(questions, 2):
    m = re.match(r'对应事项：([^；]+)', q['备注'])
    if not m:
        fail(f'questions.csv:{i}: 备注 does not name the 对应事项')
        continue
    title = m.group(1)
    j = q['行政区划']
    unit = find_unit(j, q['正确单位'])
    if unit is None or abolished(unit):
        fail(f'questions.csv:{i}: 正确单位 {q["正确单位"]} does not exist or is abolished')
        continue
    answer_units.add(q['正确单位'])
    rows = [d for d in duties if d['行政区划'] == j and d['事项名称'] == title and d['单位'] and role(d) == '牵头' and active_row(d)]
    lead_units = {find_unit(j, d['单位'])['单位'] if find_unit(j, d['单位']) else d['单位'] for d in rows}
    if lead_units != {unit['单位']}:
        fail(f'questions.csv:{i}: duty {title} in {j} is led by {sorted(lead_units)}, not only by {q["正确单位"]}')
    if any(holder_state(d) != 'ok' for d in rows):
        fail(f'questions.csv:{i}: duty {title} has a dangling or abolished holder')
    if (j, title) in overlap_keys:
        fail(f'questions.csv:{i}: answer {title} is a planted overlap')
    if (j, title) in orphan_titles:
        fail(f'questions.csv:{i}: answer {title} is a planted orphan')
    if '/' in j:
        kind = {d['事项类型'] for d in rows}
        if q['县直对口单位']:
            if kind != {'基本履职'}:
                fail(f'questions.csv:{i}: 县直对口单位 given but {title} is {kind}')
            if (j, q['正确单位'], q['县直对口单位']) not in corr_pairs:
                fail(f'questions.csv:{i}: {q["正确单位"]} does not answer to {q["县直对口单位"]} in correspondences.csv')
        elif kind != {'上级收回'}:
            fail(f'questions.csv:{i}: {title} is {kind}; a township question without 县直对口单位 must be 上级收回')
    elif q['县直对口单位']:
        fail(f'questions.csv:{i}: county question with 县直对口单位')
    text = q['问题']
    for n in range(8, len(title) + 1):
        if any(title[s:s + n] in text for s in range(len(title) - n + 1)):
            fail(f'questions.csv:{i}: question copies 8+ characters of the duty title {title}')
            break

# ---------------- counts ----------------
distinct = {(d['行政区划'], d['事项编码'] or d['事项名称']) for d in duties}
kinds = defaultdict(int)
for o in orphans:
    kinds[o['类型']] += 1
sizes = defaultdict(int)
for rows in clusters.values():
    sizes[len(rows)] += 1
county_units = [u for u in units if '/' not in u['行政区划']]
print(f'units: {len(units)} ({len(county_units)} county, {len(units) - len(county_units)} township; '
      f'{sum(abolished(u) for u in units)} abolished)')
print(f'sections: {len(sections)} ({sum(abolished(s) for s in sections)} abolished)')
print(f'duty rows: {len(duties)}; distinct duties: {len(distinct)}; correspondences: {len(corr)}')
print('duty rows by jurisdiction: ' + ', '.join(f'{j} {n}' for j, n in sorted(
    {j: sum(d['行政区划'] == j for d in duties) for j in {d['行政区划'] for d in duties}}.items())))
print(f'overlap clusters: {len(clusters)} ({", ".join(f"{n} of {k} members" for k, n in sorted(sizes.items()))}); '
      f'distractor pairs: {len(pairs)}')
print('orphans: ' + ', '.join(f'{k} {v}' for k, v in sorted(kinds.items())) + f' (total {len(orphans)})')
print(f'questions: {len(questions)} ({sum("/" in q["行政区划"] for q in questions)} township); '
      f'{len(answer_units)} different answer units')
if errors:
    print(f'\n{len(errors)} problem(s):')
    for e in errors:
        print('  ' + e)
    sys.exit(1)
print('OK')
