# -*- coding: utf-8 -*-
"""Verify the 青岚市 evaluation set against the rules of the evaluation spec.

Run from anywhere:  python3 check.py          (exit code 0 = all rules pass)
Optional:           python3 check.py --similar  (also list look-alike pairs for manual review)
Reads only the files of this folder.  _build/matters.csv (matter tags written by the
generator) is used, when present, for the "no unplanned overlap" ground-truth check.
"""
import csv, io, os, re, sys, itertools, collections

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = '2025-06-30'
ERR = []
WARN = []


def err(msg):
    ERR.append(msg)


def read(path, header):
    p = os.path.join(HERE, path)
    if not os.path.exists(p):
        err(f'missing file {path}')
        return []
    raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err(f'{path}: has BOM')
    if b'\r' in raw:
        err(f'{path}: CR line ends')
    try:
        txt = raw.decode('utf-8')
    except UnicodeDecodeError:
        err(f'{path}: not UTF-8')
        return []
    rows = list(csv.reader(io.StringIO(txt, newline='')))
    if not rows or rows[0] != header:
        err(f'{path}: header {rows[0] if rows else None} != {header}')
        return []
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f'{path}:{i}: {len(r)} fields')
            continue
        out.append(dict(zip(header, r)))
    return out


DATE = re.compile(r'^\d{4}-\d{2}-\d{2}$')


def chkdate(path, r, *cols):
    for c in cols:
        if r[c] and not DATE.match(r[c]):
            err(f'{path}: bad date {c}={r[c]!r}')


units = read('county/units.csv', ['行政区划', '单位', '类型', '上级单位', '挂牌名称', '合署办公', '编制数', '设立日期', '撤销日期'])
secs = read('county/sections.csv', ['行政区划', '单位', '科室', '类型', '编制数', '实有人数', '设立日期', '撤销日期'])
duties = read('county/duties.csv', ['行政区划', '单位', '科室', '事项编码', '事项名称', '事项类型', '职责内容', '实施依据', '角色', '生效日期', '失效日期', '状态'])
corrs = read('county/correspondences.csv', ['乡镇', '乡镇机构', '县直部门', '备注'])
questions = read('questions.csv', ['问题', '行政区划', '正确单位', '县直对口单位', '备注'])
HDR = ['簇', '类型', '行政区划', '事项名称', '单位', '科室', '说明']
overlaps = read('overlaps.csv', HDR)
shenguan = read('shenguan.csv', ['簇', '行政区划', '事项名称', '单位', '科室', '说明'])
distractors = read('distractors.csv', HDR)
orphans = read('orphans.csv', ['类型', '行政区划', '事项名称', '单位', '科室', '说明'])
for f in ('README.md', 'check.py'):
    if not os.path.exists(os.path.join(HERE, f)):
        err(f'missing {f}')

# ---------------------------------------------------------------- units / sections
UTYPES = {'党委部门', '政府部门', '群团组织', '事业单位', '乡镇', '派出机构', '议事协调机构', '其他'}
STYPES = {'综合', '业务', '执法', '审批', '其他'}
uidx = {}      # (jur, name or alias) -> unit row
ukey = set()
for u in units:
    chkdate('units', u, '设立日期', '撤销日期')
    if not u['行政区划'] or not u['单位']:
        err(f'unit without jurisdiction/name {u}')
    if u['类型'] not in UTYPES:
        err(f'unit type {u["类型"]}')
    if u['编制数'] and not u['编制数'].isdigit():
        err(f'unit 编制数 {u["编制数"]}')
    k = (u['行政区划'], u['单位'])
    if k in ukey:
        err(f'duplicate unit {k}')
    ukey.add(k)
    uidx[k] = u
for u in units:
    for al in filter(None, u['挂牌名称'].split('；')):
        if (u['行政区划'], al) in uidx:
            err(f'alias clash {al}')
        uidx[(u['行政区划'], al)] = u
JURS = sorted(set(u['行政区划'] for u in units), key=lambda j: (j.count('/'), j))


def parent(j):
    return j.rsplit('/', 1)[0] if '/' in j else None


def lookup(jur, name):
    j = jur
    while j:
        if (j, name) in uidx:
            return uidx[(j, name)]
        j = parent(j)
    return None


def is_abol(d):
    return bool(d) and d <= EVAL


for u in units:
    if u['上级单位'] and lookup(u['行政区划'], u['上级单位']) is None:
        err(f'上级单位 {u["上级单位"]} of {u["单位"]} not found')
sidx = {}
for s in secs:
    chkdate('sections', s, '设立日期', '撤销日期')
    if (s['行政区划'], s['单位']) not in ukey:
        err(f'section of unknown unit {s["单位"]}')
    if s['类型'] not in STYPES:
        err(f'section type {s["类型"]}')
    for c in ('编制数', '实有人数'):
        if s[c] and not s[c].isdigit():
            err(f'section {c} {s[c]}')
    k = (s['行政区划'], s['单位'], s['科室'])
    if k in sidx:
        err(f'duplicate section {k}')
    sidx[k] = s

LEVEL = {}
for j in JURS:
    LEVEL[j] = {0: 'city', 1: 'district', 2: 'street'}[j.count('/')]
CITY = [j for j in JURS if LEVEL[j] == 'city']
DISTS = [j for j in JURS if LEVEL[j] == 'district']
STREETS = [j for j in JURS if LEVEL[j] == 'street']
if len(CITY) != 1 or len(DISTS) != 2 or any(sum(1 for s in STREETS if parent(s) == d) != 3 for d in DISTS):
    err(f'jurisdiction layout: city {CITY} districts {DISTS} streets {STREETS}')
ucount = collections.Counter(u['行政区划'] for u in units)
for j in CITY:
    if not 22 <= ucount[j] <= 32:
        err(f'{j}: {ucount[j]} units (about 25 expected)')
for j in DISTS:
    if not 17 <= ucount[j] <= 26:
        err(f'{j}: {ucount[j]} units (about 20 expected)')
for u in units:
    if LEVEL[u['行政区划']] != 'street':
        if not any(k[0] == u['行政区划'] and k[1] == u['单位'] for k in sidx):
            err(f'unit without sections {u["单位"]}')
    else:
        if u['类型'] not in ('乡镇', '事业单位'):
            err(f'township office type {u["单位"]} {u["类型"]}')
if not any(u['单位'].find('行政审批') >= 0 for u in units if u['行政区划'] in CITY):
    err('no 市行政审批服务局')
if not any('城市管理综合行政执法局' in u['单位'] for u in units if u['行政区划'] in CITY):
    err('no 市城市管理综合行政执法局')

# ---------------------------------------------------------------- duties
DTYPES = {'行政许可', '行政处罚', '行政强制', '行政征收', '行政给付', '行政检查', '行政确认', '行政奖励', '行政裁决',
          '其他行政权力', '公共服务', '内部管理'}
TTYPES = {'基本履职', '配合履职', '上级收回'}


def inforce(r):
    return (not r['生效日期'] or r['生效日期'] <= EVAL) and (not r['失效日期'] or r['失效日期'] > EVAL) and r['状态'] != '取消'


bycode = collections.defaultdict(list)
for r in duties:
    chkdate('duties', r, '生效日期', '失效日期')
    if r['行政区划'] not in LEVEL:
        err(f'duty in unknown jurisdiction {r["行政区划"]}')
        continue
    if not r['事项名称'] or not r['事项编码']:
        err(f'duty without title/code {r}')
    if r['角色'] not in ('牵头', '配合', ''):
        err(f'role {r["角色"]}')
    r['角色'] = r['角色'] or '牵头'
    if r['状态'] not in ('有效', '取消', ''):
        err(f'status {r["状态"]}')
    r['状态'] = r['状态'] or '有效'
    if r['状态'] == '取消' and not r['失效日期']:
        err(f'取消 without 失效日期: {r["事项名称"]}')
    street = LEVEL[r['行政区划']] == 'street'
    if street and r['事项类型'] not in TTYPES:
        err(f'street duty type {r["事项类型"]}')
    if not street and r['事项类型'] not in DTYPES:
        err(f'duty type {r["事项类型"]}')
    bycode[(r['行政区划'], r['事项编码'])].append(r)
for k, rs in bycode.items():
    if len(set(r['事项名称'] for r in rs)) > 1 or len(set(r['事项类型'] for r in rs)) > 1:
        err(f'code {k} has different titles/types')
rowcount = collections.Counter(r['行政区划'] for r in duties)
for j in CITY:
    if rowcount[j] < 350:
        err(f'{j}: only {rowcount[j]} duty rows')
for j in DISTS:
    if rowcount[j] < 250:
        err(f'{j}: only {rowcount[j]} duty rows')


def resolve(r):
    """-> (unit row or None, section row or None, problem)"""
    if not r['单位']:
        return None, None, 'empty'
    u = lookup(r['行政区划'], r['单位'])
    if u is None:
        return None, None, 'MISSING_UNIT'
    if r['科室']:
        s = sidx.get((u['行政区划'], u['单位'], r['科室']))
        if s is None:
            return u, None, 'MISSING_SECTION'
        return u, s, ''
    return u, None, ''


def holder(r):
    u, s, p = resolve(r)
    return ((u['行政区划'], u['单位']) if u else (r['行政区划'], r['单位']), r['科室'])


# township list rules
for (jur, code), rs in bycode.items():
    if LEVEL[jur] != 'street':
        continue
    t = rs[0]['事项类型']
    for r in rs:
        u, s, p = resolve(r)
        if p in ('MISSING_UNIT', 'empty'):
            continue
        own = u['行政区划'] == jur
        if t == '基本履职' and (not own or r['角色'] != '牵头'):
            err(f'{jur} 基本履职 {r["事项名称"]} not held by a township office as 牵头')
        if t == '上级收回' and (own or r['角色'] != '牵头'):
            err(f'{jur} 上级收回 {r["事项名称"]} not held by a district unit')
        if t == '配合履职':
            if r['角色'] == '牵头' and own:
                err(f'{jur} 配合履职 {r["事项名称"]}: lead is a township office')
            if r['角色'] == '配合' and not own:
                err(f'{jur} 配合履职 {r["事项名称"]}: 配合 is not a township office')
    if t == '配合履职':
        roles = sorted(r['角色'] for r in rs)
        if roles != ['牵头', '配合'] and roles != ['配合']:
            err(f'{jur} 配合履职 {code} roles {roles}')

# ---------------------------------------------------------------- orphans recomputed by the rules
calc = set()
for (jur, code), rs in bycode.items():
    if any(r['状态'] == '取消' for r in rs):
        continue
    if len(rs) == 1 and not rs[0]['单位']:
        calc.add(('UNHELD', jur, rs[0]['事项名称'], '', ''))
        continue
    live = [r for r in rs if inforce(r) and r['单位']]
    if live and not [r for r in live if r['角色'] == '牵头']:
        for r in live:
            calc.add(('NO_LEAD', jur, r['事项名称'], r['单位'], r['科室']))
for r in duties:
    if not r['单位'] or not inforce(r):
        continue
    u, s, p = resolve(r)
    if p in ('MISSING_UNIT', 'MISSING_SECTION'):
        calc.add((p, r['行政区划'], r['事项名称'], r['单位'], r['科室']))
        continue
    if r['角色'] == '牵头' and not r['失效日期'] and (is_abol(u['撤销日期']) or (s and is_abol(s['撤销日期']))):
        calc.add(('ABOLISHED_HOLDER', r['行政区划'], r['事项名称'], r['单位'], r['科室']))
mapped = set()
for c in corrs:
    if c['乡镇'] not in STREETS:
        err(f'correspondence township {c["乡镇"]} unknown')
        continue
    o = uidx.get((c['乡镇'], c['乡镇机构']))
    if o is None:
        if not any(k[0] == c['乡镇'] and k[2] == c['乡镇机构'] for k in sidx):
            err(f'correspondence office {c["乡镇机构"]} unknown')
    mapped.add((c['乡镇'], c['乡镇机构']))
    cu = lookup(parent(c['乡镇']), c['县直部门'])
    if cu is None or is_abol(cu['撤销日期']):
        calc.add(('BROKEN_CORRESPONDENCE', c['乡镇'], '', c['乡镇机构'], ''))
for u in units:
    if LEVEL[u['行政区划']] == 'street' and (u['行政区划'], u['单位']) not in mapped and not is_abol(u['撤销日期']):
        calc.add(('UNMAPPED_TOWNSHIP_OFFICE', u['行政区划'], '', u['单位'], ''))
given = set((o['类型'], o['行政区划'], o['事项名称'], o['单位'], o['科室']) for o in orphans)
if len(given) != len(orphans):
    err('duplicate orphan rows')
for x in sorted(calc - given):
    err(f'orphan not listed: {x}')
for x in sorted(given - calc):
    err(f'listed orphan not found by the rules: {x}')
ocount = collections.Counter(o['类型'] for o in orphans)
for k in ('UNHELD', 'NO_LEAD', 'ABOLISHED_HOLDER', 'MISSING_SECTION', 'MISSING_UNIT', 'BROKEN_CORRESPONDENCE'):
    if ocount[k] < 3:
        err(f'only {ocount[k]} {k}')
if ocount['UNMAPPED_TOWNSHIP_OFFICE'] < 2:
    err('UNMAPPED_TOWNSHIP_OFFICE < 2')
cancelled = [rs for rs in bycode.values() if any(r['状态'] == '取消' for r in rs)]
for rs in cancelled:
    if any(r['状态'] != '取消' or not r['失效日期'] or r['失效日期'] > EVAL for r in rs):
        err(f'cancelled duty not cleanly cancelled: {rs[0]["事项名称"]}')
if len(cancelled) < 3:
    err('fewer than 3 cancelled duties')

# ---------------------------------------------------------------- reform
abol = [u for u in units if u['撤销日期'] and '2023-01-01' <= u['撤销日期'] <= '2025-12-31']
abol_s = [s for s in secs if s['撤销日期'] and '2023-01-01' <= s['撤销日期'] <= '2025-12-31']
moved = []
for k, rs in bycode.items():
    ends = set(r['失效日期'] for r in rs if r['失效日期'] and r['状态'] != '取消')
    starts = set(r['生效日期'] for r in rs if r['生效日期'])
    for d in ends & starts:
        if '2023-01-01' <= d <= EVAL:
            moved.append(k)
if not abol or not abol_s or len(moved) < 3:
    err(f'reform: abolished units {len(abol)}, sections {len(abol_s)}, moved duties {len(moved)}')

# ---------------------------------------------------------------- lead holdings in force
LEAD = [r for r in duties if inforce(r) and r['角色'] == '牵头' and r['单位']]


def find_rows(jur, title, unit, sec, roles=('牵头',)):
    return [r for r in duties if r['行政区划'] == jur and r['事项名称'] == title and r['单位'] == unit
            and r['科室'] == sec and r['角色'] in roles and inforce(r)]


def member(x, roles=('牵头',)):
    rs = find_rows(x['行政区划'], x['事项名称'], x['单位'], x['科室'], roles)
    if len(rs) != 1:
        err(f'answer row not found uniquely as {roles} in force: {x["行政区划"]} {x["事项名称"]} {x["单位"]} {x["科室"]} ({len(rs)})')
        return None
    return rs[0]


# ---------------------------------------------------------------- overlaps
cl = collections.defaultdict(list)
for o in overlaps:
    r = member(o)
    if r is not None:
        cl[o['簇']].append((o['类型'], r))
overlap_pairs = set()
overlap_rows = set()
kinds = collections.Counter()
ident = 0
secclusters = 0
three = 0
where = collections.Counter()
for cid, mem in cl.items():
    ks = set(k for k, _ in mem)
    if len(ks) != 1 or list(ks)[0] not in ('重复', '交叉'):
        err(f'overlap cluster {cid} kind {ks}')
    kind = list(ks)[0]
    kinds[kind] += 1
    if len(mem) < 2:
        err(f'overlap cluster {cid} has {len(mem)} members')
    if len(mem) == 3:
        three += 1
    if len(set(r['行政区划'] for _, r in mem)) != 1:
        err(f'overlap cluster {cid} crosses lists')
    where[LEVEL[mem[0][1]['行政区划']]] += 1
    if len(set(r['事项名称'] for _, r in mem)) == 1:
        ident += 1
    units_in = set(holder(r)[0] for _, r in mem)
    if len(units_in) == 1:
        secclusters += 1
    for (_, a), (_, b) in itertools.combinations(mem, 2):
        if holder(a) == holder(b):
            err(f'overlap cluster {cid}: same holder twice')
        if kind == '交叉' and holder(a)[0] == holder(b)[0]:
            err(f'交叉 cluster {cid}: same unit')
        if kind == '交叉' and a['事项类型'] == b['事项类型']:
            err(f'交叉 cluster {cid}: same action type')
        overlap_pairs.add(frozenset([id(a), id(b)]))
    for _, r in mem:
        overlap_rows.add(id(r))
if len(cl) < 30 or not kinds['重复'] or not kinds['交叉'] or three < 2 or secclusters < 2:
    err(f'overlap clusters {len(cl)} kinds {dict(kinds)} three {three} section-level {secclusters}')
if not (0.15 <= ident / max(1, len(cl)) <= 0.4):
    err(f'identical-title clusters {ident}/{len(cl)}')
if not (where['city'] and where['district'] >= 2 and where['street']):
    err(f'overlap spread {dict(where)}')

# ---------------------------------------------------------------- shenguan
sgc = collections.defaultdict(list)
for o in shenguan:
    r = member(o)
    if r is not None:
        sgc[o['簇']].append(r)
sg_pairs = set()
sg_rows = set()
for cid, mem in sgc.items():
    if len(mem) != 2:
        err(f'shenguan {cid}: {len(mem)} members')
        continue
    lic = [r for r in mem if r['事项类型'] == '行政许可' and '审批' in holder(r)[0][1]]
    sup = [r for r in mem if r['事项类型'] in ('行政检查', '行政处罚') and '审批' not in holder(r)[0][1]]
    if len(lic) != 1 or len(sup) != 1 or mem[0]['行政区划'] != mem[1]['行政区划']:
        err(f'shenguan {cid} malformed')
    sg_pairs.add(frozenset([id(mem[0]), id(mem[1])]))
    for r in mem:
        sg_rows.add(id(r))
if len(sgc) < 5:
    err('fewer than 5 shenguan pairs')
if overlap_pairs & sg_pairs:
    err('a pair is both overlap and shenguan')

# ---------------------------------------------------------------- distractors
DK = {'内部事务', '牵头配合', '对象不同', '同法不同条', '属地不同', '上下级', '三定分工'}
dc = collections.defaultdict(list)
for o in distractors:
    if o['类型'] not in DK:
        err(f'distractor kind {o["类型"]}')
    r = member(o, roles=('牵头', '配合'))
    if r is not None:
        dc[o['簇']].append((o['类型'], r))
dk = collections.Counter()
for cid, mem in dc.items():
    if len(mem) != 2:
        err(f'distractor {cid}: {len(mem)} rows')
        continue
    (k1, a), (k2, b) = mem
    dk[k1] += 1
    if k1 != k2:
        err(f'distractor {cid} mixed kinds')
    if a['行政区划'] != b['行政区划']:
        err(f'distractor {cid} crosses lists')
    if frozenset([id(a), id(b)]) in overlap_pairs | sg_pairs:
        err(f'distractor {cid} is a planted overlap/shenguan pair')
    if k1 == '牵头配合' and (a['事项编码'] != b['事项编码'] or {a['角色'], b['角色']} != {'牵头', '配合'}):
        err(f'distractor {cid} 牵头配合 malformed')
    if k1 == '内部事务' and (a['事项类型'] != '内部管理' or a['事项名称'] != b['事项名称'] or holder(a) == holder(b)):
        err(f'distractor {cid} 内部事务 malformed')
    if k1 not in ('牵头配合',) and holder(a) == holder(b):
        err(f'distractor {cid}: same holder')
if len(dc) < 50 or dk['内部事务'] < 10:
    err(f'distractors {len(dc)} internal {dk["内部事务"]}')
internal_titles = collections.Counter(r['事项名称'] for r in duties if r['事项类型'] == '内部管理')
if sum(1 for t, n in internal_titles.items() if n >= 15) < 2:
    err('internal duties should appear in many units')

# ---------------------------------------------------------------- ground truth: no unplanned overlaps
mpath = os.path.join(HERE, '_build', 'matters.csv')
if os.path.exists(mpath):
    tags = {}
    for m in csv.DictReader(open(mpath, encoding='utf-8')):
        tags[(m['行政区划'], m['事项编码'], m['单位'], m['科室'], m['角色'])] = m['事项归类']
    grp = collections.defaultdict(list)
    for r in LEAD:
        if r['事项类型'] == '内部管理':
            continue
        t = tags.get((r['行政区划'], r['事项编码'], r['单位'], r['科室'], r['角色']))
        if t is None:
            err(f'no matter tag for {r["事项名称"]}')
        elif t:
            grp[(r['行政区划'], t)].append(r)
    for (jur, t), rs in grp.items():
        for a, b in itertools.combinations(rs, 2):
            if holder(a) == holder(b):
                continue
            if holder(a)[0] == holder(b)[0] and a['事项类型'] != b['事项类型']:
                continue
            if frozenset([id(a), id(b)]) not in overlap_pairs | sg_pairs:
                err(f'unplanned same-matter pair in {jur}: {a["事项名称"]} / {b["事项名称"]}')
    # every planted pair shares a tag
    for pair in overlap_pairs | sg_pairs:
        a, b = [r for r in LEAD if id(r) in pair]
        ta = tags.get((a['行政区划'], a['事项编码'], a['单位'], a['科室'], a['角色']))
        tb = tags.get((b['行政区划'], b['事项编码'], b['单位'], b['科室'], b['角色']))
        if not ta or ta != tb:
            err(f'planted pair without common matter tag: {a["事项名称"]} / {b["事项名称"]}')
else:
    WARN.append('_build/matters.csv absent: matter-level ground-truth check skipped')
# identical titles held by different lead holders must be planted
tt = collections.defaultdict(list)
for r in LEAD:
    if r['事项类型'] != '内部管理':
        tt[(r['行政区划'], r['事项名称'])].append(r)
for k, rs in tt.items():
    for a, b in itertools.combinations(rs, 2):
        if holder(a) != holder(b) and frozenset([id(a), id(b)]) not in overlap_pairs:
            err(f'identical title, different holders, not planted: {k}')

# ---------------------------------------------------------------- questions
orph_keys = set((o['行政区划'], o['事项名称']) for o in orphans if o['事项名称'])
orph_offices = set((o['行政区划'], o['单位']) for o in orphans if o['类型'] in ('BROKEN_CORRESPONDENCE', 'UNMAPPED_TOWNSHIP_OFFICE'))
ov_keys = set((o['行政区划'], o['事项名称']) for o in overlaps) | set((o['行政区划'], o['事项名称']) for o in shenguan)
corr_set = set((c['乡镇'], c['乡镇机构'], c['县直部门']) for c in corrs)
oos = 0
qj = collections.Counter()
qunits = collections.defaultdict(set)
qtypes = collections.Counter()


def longest_common(a, b):
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


for q in questions:
    jur = q['行政区划']
    if jur not in LEVEL:
        err(f'question jurisdiction {jur}')
        continue
    qj[LEVEL[jur]] += 1
    if not q['问题'].strip():
        err('empty question')
    if not q['正确单位']:
        if not q['备注'].startswith('范围外：') or q['县直对口单位']:
            err(f'out-of-scope row malformed: {q["问题"]}')
        oos += 1
        continue
    if not q['备注'].startswith('对应事项：'):
        err(f'备注 {q["备注"]}')
        continue
    title = q['备注'][len('对应事项：'):]
    rs = [r for r in duties if r['行政区划'] == jur and r['事项名称'] == title]
    codes = set(r['事项编码'] for r in rs)
    if len(codes) != 1:
        err(f'question title not a unique duty in {jur}: {title} ({len(codes)})')
        continue
    leads = [r for r in rs if inforce(r) and r['角色'] == '牵头' and r['单位']]
    if len(leads) != 1:
        err(f'question duty without exactly one lead: {title}')
        continue
    L = leads[0]
    u, s, p = resolve(L)
    if p or is_abol(u['撤销日期']) or (s and is_abol(s['撤销日期'])):
        err(f'question answered by an invalid holding: {title}')
        continue
    if q['正确单位'] != u['单位']:
        err(f'question answer {q["正确单位"]} != {u["单位"]} for {title}')
    if (jur, title) in ov_keys or (jur, title) in orph_keys or (jur, u['单位']) in orph_offices:
        err(f'question answer is a planted overlap/shenguan/orphan: {title}')
    lc = longest_common(q['问题'], title)
    if lc >= 8:
        err(f'question copies {lc} chars of its title: {q["问题"]} / {title}')
    typ = L['事项类型']
    qtypes[typ] += 1
    if typ == '基本履职':
        if not q['县直对口单位'] or (jur, u['单位'], q['县直对口单位']) not in corr_set:
            err(f'基本履职 question without valid 县直对口单位: {q["问题"]}')
        else:
            cu = lookup(parent(jur), q['县直对口单位'])
            if cu is None or is_abol(cu['撤销日期']):
                err(f'县直对口单位 invalid: {q["县直对口单位"]}')
    elif q['县直对口单位']:
        err(f'县直对口单位 given for a non-基本履职 duty: {q["问题"]}')
    qunits[jur].add(u['单位'])
if len(questions) < 220 or oos < 15:
    err(f'questions {len(questions)} out-of-scope {oos}')
for j in JURS:
    if not any(q['行政区划'] == j for q in questions):
        err(f'no question asked in {j}')
for j in CITY + DISTS:
    n_units = sum(1 for u in units if u['行政区划'] == j and not is_abol(u['撤销日期']))
    if len(qunits[j]) < 0.7 * n_units:
        err(f'{j}: questions reach only {len(qunits[j])} of {n_units} units')
for t in ('基本履职', '配合履职', '上级收回'):
    if not qtypes[t]:
        err(f'no street question on {t}')

# ---------------------------------------------------------------- look-alike listing (manual review aid)
if '--similar' in sys.argv:
    STOP = ['行政处罚', '行政许可', '监督检查', '监督管理', '的', '对', '和', '或者', '违反', '规定', '擅自', '未', '核发',
            '审批', '登记', '管理', '发放', '行为', '许可证', '查处', '备案', '服务', '组织', '实施', '工作', '、', '（', '）']

    def norm(t):
        for s in STOP:
            t = t.replace(s, '')
        return t

    def bigr(t):
        return set(t[i:i + 2] for i in range(len(t) - 1))
    known = overlap_pairs | sg_pairs | set(frozenset([id(a), id(b)]) for m in dc.values() if len(m) == 2 for (_, a), (_, b) in [m])
    by = collections.defaultdict(list)
    for r in LEAD:
        if r['事项类型'] != '内部管理':
            by[r['行政区划']].append(r)
    for jur, rs in by.items():
        for a, b in itertools.combinations(rs, 2):
            if holder(a)[0] == holder(b)[0] or frozenset([id(a), id(b)]) in known:
                continue
            x, y = bigr(norm(a['事项名称'])), bigr(norm(b['事项名称']))
            if x and y and len(x & y) / min(len(x), len(y)) >= 0.5:
                print(f'  look-alike [{jur}] {a["事项名称"]} ({a["单位"]}) ~ {b["事项名称"]} ({b["单位"]})')

# ---------------------------------------------------------------- report
print('duty rows:', dict(rowcount))
print('units:', dict(ucount))
print('sections:', len(secs), 'correspondences:', len(corrs))
print('questions:', len(questions), 'in scope:', len(questions) - oos, 'out of scope:', oos, 'by level:', dict(qj))
print('street questions by duty type:', {k: v for k, v in qtypes.items() if k in TTYPES})
print('overlap clusters:', len(cl), dict(kinds), 'identical titles:', ident, '3-member:', three,
      'within one unit:', secclusters, 'by level:', dict(where))
print('shenguan pairs:', len(sgc))
print('distractor pairs:', len(dc), dict(dk))
print('orphans:', len(orphans), dict(ocount))
print('cancelled duties:', len(cancelled), [rs[0]['事项名称'] for rs in cancelled])
print('reform: abolished units', [u['单位'] for u in abol], 'abolished sections', len(abol_s), 'moved duties', len(moved))
for w_ in WARN:
    print('WARNING:', w_)
if ERR:
    print(f'FAILED: {len(ERR)} problem(s)')
    for e in ERR[:200]:
        print('  -', e)
    sys.exit(1)
print('ALL CHECKS PASSED')
