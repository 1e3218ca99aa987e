# -*- coding: utf-8 -*-
"""独立校验：只读 CSV，不导入 gen/ 下任何模块。失败时退出码为 1。

用法：python3 check.py
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
EVAL = '2025-06-30'
COUNTY = '沂川县'

HEADERS = {
    'county/units.csv': ['行政区划', '单位', '类型', '上级单位', '挂牌名称', '合署办公', '编制数', '设立日期', '撤销日期'],
    'county/sections.csv': ['行政区划', '单位', '科室', '类型', '编制数', '实有人数', '设立日期', '撤销日期'],
    'county/duties.csv': ['行政区划', '单位', '科室', '事项编码', '事项名称', '事项类型', '职责内容', '实施依据',
                          '角色', '生效日期', '失效日期', '状态'],
    'county/correspondences.csv': ['乡镇', '乡镇机构', '县直部门', '备注'],
    'questions.csv': ['问题', '行政区划', '正确单位', '县直对口单位', '备注'],
    'overlaps.csv': ['簇', '类型', '行政区划', '事项名称', '单位', '科室', '说明'],
    'shenguan.csv': ['簇', '行政区划', '事项名称', '单位', '科室', '说明'],
    'distractors.csv': ['簇', '类型', '行政区划', '事项名称', '单位', '科室', '说明'],
    'orphans.csv': ['类型', '行政区划', '事项名称', '单位', '科室', '说明'],
}

UNIT_KINDS = {'党委部门', '政府部门', '群团组织', '事业单位', '乡镇', '派出机构', '议事协调机构', '其他'}
SEC_KINDS = {'综合', '业务', '执法', '审批', '其他'}
COUNTY_TYPES = {'行政许可', '行政处罚', '行政强制', '行政征收', '行政给付', '行政检查', '行政确认', '行政奖励',
                '行政裁决', '其他行政权力', '公共服务', '内部管理'}
TOWN_TYPES = {'基本履职', '配合履职', '上级收回'}
ORPHAN_KINDS = ['UNHELD', 'NO_LEAD', 'ABOLISHED_HOLDER', 'MISSING_UNIT', 'MISSING_SECTION',
                'BROKEN_CORRESPONDENCE', 'UNMAPPED_TOWNSHIP_OFFICE']
DIS_KINDS = {'内部事务', '牵头配合', '对象不同', '同法不同条', '属地不同', '上下级', '三定分工'}
DATE_RE = re.compile(r'^\d{4}-\d{2}-\d{2}$')

errors = []


def err(msg):
    errors.append(msg)


def read(rel):
    path = os.path.join(ROOT, rel)
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err('%s: 有 BOM' % rel)
    if b'\r' in raw:
        err('%s: 含 CR 换行' % rel)
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError:
        err('%s: 不是 UTF-8' % rel)
        return []
    rows = list(csv.reader(text.splitlines(keepends=True)))
    if not rows or rows[0] != HEADERS[rel]:
        err('%s: 表头不符 %r' % (rel, rows[0] if rows else None))
        return []
    out = []
    for i, r in enumerate(rows[1:], 2):
        if not any(r):
            continue
        if len(r) != len(HEADERS[rel]):
            err('%s:%d 列数 %d' % (rel, i, len(r)))
            continue
        out.append(dict(zip(HEADERS[rel], r)))
    return out


def check_quoting(rel):
    """字段只在含逗号、引号或换行时才加引号。"""
    text = open(os.path.join(ROOT, rel), encoding='utf-8').read()
    for i, line in enumerate(text.split('\n'), 1):
        if '"' not in line:
            continue
        for cell in next(csv.reader([line])):
            needs = any(c in cell for c in ',"\n')
            if not needs and ('"%s"' % cell) in line and cell:
                err('%s:%d 字段不必要地加了引号：%s' % (rel, i, cell[:20]))


def date_ok(v):
    return v == '' or bool(DATE_RE.match(v))


def in_force(r):
    if r['状态'] == '取消':
        return False
    if r['生效日期'] and r['生效日期'] > EVAL:
        return False
    if r['失效日期'] and r['失效日期'] <= EVAL:
        return False
    return True


def chain(jur):
    parts = jur.split('/')
    return ['/'.join(parts[:i]) for i in range(len(parts), 0, -1)]


units = read('county/units.csv')
secs = read('county/sections.csv')
duties = read('county/duties.csv')
corr = read('county/correspondences.csv')
questions = read('questions.csv')
overlaps = read('overlaps.csv')
shenguan = read('shenguan.csv')
distractors = read('distractors.csv')
orphans = read('orphans.csv')
for rel in HEADERS:
    check_quoting(rel)

# ---------------- 单位与科室 ----------------
U = {}
for u in units:
    k = (u['行政区划'], u['单位'])
    if k in U:
        err('单位重复 %s' % (k,))
    U[k] = u
    if u['类型'] not in UNIT_KINDS:
        err('单位类型非法 %s %s' % (k, u['类型']))
    for c in ('设立日期', '撤销日期'):
        if not date_ok(u[c]):
            err('单位日期格式 %s %s' % (k, u[c]))
    if u['编制数'] and not u['编制数'].isdigit():
        err('编制数非整数 %s' % (k,))

S = {}
for s in secs:
    k = (s['行政区划'], s['单位'], s['科室'])
    if k in S:
        err('科室重复 %s' % (k,))
    S[k] = s
    if (s['行政区划'], s['单位']) not in U:
        err('科室所属单位不存在 %s' % (k,))
    if s['类型'] not in SEC_KINDS:
        err('科室类型非法 %s' % (k,))
    for c in ('设立日期', '撤销日期'):
        if not date_ok(s[c]):
            err('科室日期格式 %s' % (k,))


def resolve_unit(jur, name):
    for j in chain(jur):
        if (j, name) in U:
            return j
    return None


def abolished_unit(j, name):
    d = U[(j, name)]['撤销日期']
    return bool(d) and d <= EVAL


def abolished_sec(j, name, sec):
    d = S[(j, name, sec)]['撤销日期']
    return bool(d) and d <= EVAL


for (j, name), u in U.items():
    for col in ('上级单位', '合署办公'):
        if u[col] and not resolve_unit(j, u[col]):
            err('%s 不存在：%s %s' % (col, name, u[col]))

# 每个县直单位（不含乡镇机构）2–8 个科室
sec_count = Counter((s['行政区划'], s['单位']) for s in secs)
for (j, name), u in U.items():
    if j == COUNTY:
        n = sec_count[(j, name)]
        if not 2 <= n <= 8:
            err('科室数不在2–8：%s %d' % (name, n))

# ---------------- 职责事项 ----------------
towns = sorted({u['行政区划'] for u in units if u['行政区划'] != COUNTY})
for r in duties:
    k = (r['行政区划'], r['单位'], r['事项名称'])
    for c in ('生效日期', '失效日期'):
        if not date_ok(r[c]):
            err('职责日期格式 %s %s' % (k, r[c]))
    if r['角色'] not in ('牵头', '配合'):
        err('角色非法 %s' % (k,))
    if r['状态'] not in ('有效', '取消'):
        err('状态非法 %s' % (k,))
    if r['状态'] == '取消' and not r['失效日期']:
        err('取消事项缺失效日期 %s' % (k,))
    allowed = COUNTY_TYPES if r['行政区划'] == COUNTY else TOWN_TYPES
    if r['事项类型'] not in allowed:
        err('事项类型非法 %s %s' % (k, r['事项类型']))
    if not r['事项名称']:
        err('事项名称为空')
    if r['行政区划'] != COUNTY and r['行政区划'] not in towns:
        err('职责行政区划未知 %s' % r['行政区划'])
    if not r['实施依据']:
        err('缺实施依据 %s' % (k,))

top = [r for r in duties if r['行政区划'] == COUNTY]
top_internal = [r for r in top if r['事项类型'] == '内部管理']
if not 700 <= len(top) <= 1000:
    err('县级清单事项数 %d 不在700–1000' % len(top))
top_in = [r for r in top if in_force(r)]
if not 700 <= len(top_in) <= 1000:
    err('县级清单有效事项数 %d 不在700–1000' % len(top_in))
if not 150 <= len(top_internal) <= 250:
    err('内部管理事项 %d 不在150–250' % len(top_internal))
if not 2 <= len(towns) <= 4:
    err('乡镇清单数 %d' % len(towns))
town_counts = {}
for t in towns:
    rows = [r for r in duties if r['行政区划'] == t]
    items = {r['事项编码'] or r['事项名称'] for r in rows}
    town_counts[t] = (len(rows), len(items))
    if not 80 <= len(rows) <= 150 or not 80 <= len(items) <= 150:
        err('乡镇清单 %s 行数 %d / 事项数 %d 不在80–150' % (t, len(rows), len(items)))

cancelled = [r for r in duties if r['状态'] == '取消' and r['失效日期'] and r['失效日期'] < EVAL]
if len(cancelled) < 2:
    err('取消事项不足2个')

# 改革：撤销与新设单位、划转事项
abol_units = [u for u in units if u['撤销日期']]
reform_days = {u['撤销日期'] for u in abol_units}
new_units = [u for u in units if u['设立日期'] in reform_days]
if not abol_units or not new_units:
    err('缺少改革中撤销/新设的单位')
for d in reform_days:
    if not ('2024-01-01' <= d <= EVAL):
        err('改革日期不在2024–2025且早于评测日：%s' % d)
by_code = defaultdict(list)
for r in duties:
    if r['事项编码']:
        by_code[(r['行政区划'], r['事项编码'])].append(r)
moved = 0
for k, rs in by_code.items():
    olds = [r for r in rs if r['失效日期'] in reform_days and r['状态'] == '有效']
    news = [r for r in rs if r['生效日期'] in reform_days and r['角色'] == '牵头']
    for o in olds:
        for n in news:
            if (o['单位'], o['科室']) != (n['单位'], n['科室']) and o['事项名称'] == n['事项名称']:
                moved += 1
if moved < 20:
    err('改革划转事项太少：%d' % moved)
sec_merged = sum(1 for s in secs if s['撤销日期'])
if not sec_merged:
    err('没有科室合并/撤销')


# ---------------- 失管重算 ----------------
def duty_key(r):
    return (r['行政区划'], r['事项编码'] or r['事项名称'])


computed = set()
for r in duties:
    if not in_force(r):
        continue
    jur, name, sec = r['行政区划'], r['单位'], r['科室']
    if not name:
        computed.add(('UNHELD', jur, r['事项名称'], '', ''))
        continue
    j = resolve_unit(jur, name)
    if j is None:
        computed.add(('MISSING_UNIT', jur, r['事项名称'], name, sec))
        continue
    if abolished_unit(j, name):
        computed.add(('ABOLISHED_HOLDER', jur, r['事项名称'], name, sec))
        continue
    if sec:
        if (j, name, sec) not in S:
            computed.add(('MISSING_SECTION', jur, r['事项名称'], name, sec))
        elif abolished_sec(j, name, sec):
            computed.add(('ABOLISHED_HOLDER', jur, r['事项名称'], name, sec))
groups = defaultdict(list)
for r in duties:
    if in_force(r):
        groups[duty_key(r)].append(r)
for k, rs in groups.items():
    if not any(r['角色'] == '牵头' for r in rs):
        for r in rs:
            if r['角色'] == '配合':
                computed.add(('NO_LEAD', r['行政区划'], r['事项名称'], r['单位'], r['科室']))
for c in corr:
    t = c['乡镇']
    if t not in towns:
        err('对应表乡镇未知 %s' % t)
    parent = '/'.join(t.split('/')[:-1])
    cu = c['县直部门']
    if (parent, cu) not in U or abolished_unit(parent, cu):
        computed.add(('BROKEN_CORRESPONDENCE', t, '', cu, c['乡镇机构']))
mapped = {(c['乡镇'], c['乡镇机构']) for c in corr}
for t in towns:
    holders = set()
    for r in duties:
        if r['行政区划'] == t and in_force(r) and r['单位'] and (t, r['单位']) in U:
            holders.add(r['单位'])
    for h in holders:
        if (t, h) not in mapped:
            computed.add(('UNMAPPED_TOWNSHIP_OFFICE', t, '', h, ''))

planted_orphans = set()
for o in orphans:
    if o['类型'] not in ORPHAN_KINDS:
        err('失管类型非法 %s' % o['类型'])
    planted_orphans.add((o['类型'], o['行政区划'], o['事项名称'], o['单位'], o['科室']))
if len(planted_orphans) != len(orphans):
    err('orphans.csv 有重复行')
for x in sorted(computed - planted_orphans):
    err('未埋设却重算出的失管：%s' % (x,))
for x in sorted(planted_orphans - computed):
    err('埋设但重算不出的失管：%s' % (x,))
okinds = Counter(o['类型'] for o in orphans)
for k in ORPHAN_KINDS:
    if okinds[k] < 2:
        err('失管类型 %s 少于2个' % k)
if not 22 <= len(orphans) <= 28:
    err('失管总数 %d 不在22–28' % len(orphans))

# 除埋设的缺失外，所有行的单位和科室都存在（含已失效的行）
miss_unit_ok = {(o['行政区划'], o['事项名称'], o['单位']) for o in orphans if o['类型'] == 'MISSING_UNIT'}
miss_sec_ok = {(o['行政区划'], o['事项名称'], o['单位'], o['科室']) for o in orphans if o['类型'] == 'MISSING_SECTION'}
for r in duties:
    if not r['单位']:
        continue
    j = resolve_unit(r['行政区划'], r['单位'])
    if j is None:
        if (r['行政区划'], r['事项名称'], r['单位']) not in miss_unit_ok:
            err('单位不存在且未埋设：%s %s' % (r['单位'], r['事项名称']))
        continue
    if r['科室'] and (j, r['单位'], r['科室']) not in S:
        if (r['行政区划'], r['事项名称'], r['单位'], r['科室']) not in miss_sec_ok:
            err('科室不存在且未埋设：%s %s %s' % (r['单位'], r['科室'], r['事项名称']))
for c in corr:
    if (c['乡镇'], c['乡镇机构']) not in U:
        # 只允许埋设的 MISSING_UNIT 机构（对应表与清单同样沿用旧名）
        if not any(o['类型'] == 'MISSING_UNIT' and o['行政区划'] == c['乡镇'] and o['单位'] == c['乡镇机构']
                   for o in orphans):
            err('对应表乡镇机构不存在：%s %s' % (c['乡镇'], c['乡镇机构']))


# ---------------- 埋设行与职责行一一对应 ----------------
def match(jur, title, unit, sec):
    return [r for r in duties if r['行政区划'] == jur and r['事项名称'] == title
            and r['单位'] == unit and r['科室'] == sec]


def one(rel, row):
    m = match(row['行政区划'], row['事项名称'], row['单位'], row['科室'])
    if len(m) != 1:
        err('%s：匹配 %d 行 %s/%s/%s/%s' % (rel, len(m), row['行政区划'], row['事项名称'], row['单位'], row['科室']))
        return None
    return m[0]


for o in orphans:
    if o['类型'] in ('BROKEN_CORRESPONDENCE', 'UNMAPPED_TOWNSHIP_OFFICE'):
        continue
    one('orphans.csv', o)


def holder(r):
    return (r['单位'], r['科室'])


# 重叠
clusters = defaultdict(list)
for o in overlaps:
    clusters[o['簇']].append(o)
ident = 0
ov_pairs = set()
for cid, rows in clusters.items():
    if not 2 <= len(rows) <= 3:
        err('重叠簇 %s 行数 %d' % (cid, len(rows)))
    if {r['类型'] for r in rows} - {'重复', '交叉'} or len({r['类型'] for r in rows}) != 1:
        err('重叠簇 %s 类型非法' % cid)
    if len({r['行政区划'] for r in rows}) != 1:
        err('重叠簇 %s 跨清单' % cid)
    ds = [one('overlaps.csv', r) for r in rows]
    if None in ds:
        continue
    for d in ds:
        if d['角色'] != '牵头' or not in_force(d):
            err('重叠簇 %s 成员不是有效牵头行：%s' % (cid, d['事项名称']))
    hs = [holder(d) for d in ds]
    if len(set(hs)) != len(hs):
        err('重叠簇 %s 牵头主体相同' % cid)
    if len({d['事项名称'] for d in ds}) == 1:
        ident += 1
    for a in ds:
        for b in ds:
            if a is not b:
                ov_pairs.add((a['行政区划'], a['事项名称'], holder(a), b['事项名称'], holder(b)))
if not 35 <= len(clusters) <= 45:
    err('重叠簇数 %d 不在35–45' % len(clusters))
if not 8 <= ident <= 12:
    err('同名重叠簇 %d 个，应约为10' % ident)

# 审管分离
sg = defaultdict(list)
for s in shenguan:
    sg[s['簇']].append(s)
sg_pairs = set()
for cid, rows in sg.items():
    if len(rows) != 2:
        err('审管分离 %s 行数 %d' % (cid, len(rows)))
        continue
    ds = [one('shenguan.csv', r) for r in rows]
    if None in ds:
        continue
    ap = [d for d in ds if '行政审批' in d['单位']]
    other = [d for d in ds if '行政审批' not in d['单位']]
    if len(ap) != 1 or ap[0]['事项类型'] != '行政许可':
        err('审管分离 %s 没有审批局的行政许可' % cid)
    for d in ds:
        if d['角色'] != '牵头' or not in_force(d):
            err('审管分离 %s 成员不是有效牵头行' % cid)
    a, b = ds
    sg_pairs.add((a['行政区划'], a['事项名称'], holder(a), b['事项名称'], holder(b)))
    sg_pairs.add((b['行政区划'], b['事项名称'], holder(b), a['事项名称'], holder(a)))
if len(sg) < 8:
    err('审管分离不足8对')

# 同一清单中同名、不同牵头主体的事项必须全部埋设
by_title = defaultdict(list)
for r in duties:
    if in_force(r) and r['角色'] == '牵头' and r['单位']:
        by_title[(r['行政区划'], r['事项名称'])].append(r)
for (jur, title), rs in by_title.items():
    hs = sorted({holder(r) for r in rs})
    for i in range(len(hs)):
        for k in range(i + 1, len(hs)):
            p = (jur, title, hs[i], title, hs[k])
            if p not in ov_pairs and p not in sg_pairs:
                err('同名不同牵头主体未埋设：%s %s %s / %s' % (jur, title, hs[i], hs[k]))

# 干扰项
dg = defaultdict(list)
for d in distractors:
    dg[d['簇']].append(d)
dkinds = Counter()
for cid, rows in dg.items():
    kinds = {r['类型'] for r in rows}
    if len(kinds) != 1 or not kinds <= DIS_KINDS:
        err('干扰项 %s 类型非法' % cid)
        continue
    kind = kinds.pop()
    dkinds[kind] += 1
    if len(rows) < 2:
        err('干扰项 %s 少于2行' % cid)
    ds = [one('distractors.csv', r) for r in rows]
    if None in ds:
        continue
    for d in ds:
        if not in_force(d):
            err('干扰项 %s 成员不在有效期内' % cid)
    if kind == '内部事务' and any(d['事项类型'] != '内部管理' for d in ds):
        err('内部事务干扰项 %s 含非内部管理行' % cid)
    if kind == '牵头配合':
        roles = Counter(d['角色'] for d in ds)
        if roles['牵头'] != 1 or roles['配合'] < 1 or len({duty_key(d) for d in ds}) != 1:
            err('牵头配合干扰项 %s 不是一牵头一配合的同一事项' % cid)
    if kind == '属地不同' and len({d['行政区划'] for d in ds}) < 2:
        err('属地不同干扰项 %s 不跨清单' % cid)
    # 干扰组内不得含有已埋设的重叠对
    for a in ds:
        for b in ds:
            if a is not b and (a['行政区划'], a['事项名称'], holder(a), b['事项名称'], holder(b)) in ov_pairs:
                err('干扰项 %s 与重叠簇相同' % cid)
if not 60 <= len(dg) <= 80:
    err('干扰项组数 %d 不在60–80' % len(dg))
if dkinds['内部事务'] < 12:
    err('内部事务干扰项不足12')
if dkinds['牵头配合'] < 8:
    err('牵头配合干扰项不足8')

# ---------------- 问题 ----------------
overlap_members = {(o['行政区划'], o['事项名称'], o['单位'], o['科室']) for o in overlaps}
q_units = set()
uncovered = 0
corr_set = {(c['乡镇'], c['乡镇机构'], c['县直部门']) for c in corr}
for i, q in enumerate(questions, 2):
    jur, unit, cu, note = q['行政区划'], q['正确单位'], q['县直对口单位'], q['备注']
    if not q['问题']:
        err('questions.csv:%d 问题为空' % i)
    if jur != COUNTY and jur not in towns:
        err('questions.csv:%d 行政区划未知 %s' % (i, jur))
    if not unit:
        uncovered += 1
        if cu:
            err('questions.csv:%d 无对应单位却有对口单位' % i)
        continue
    j = resolve_unit(jur, unit)
    if j is None or abolished_unit(j, unit):
        err('questions.csv:%d 正确单位不存在或已撤销 %s' % (i, unit))
        continue
    q_units.add((j, unit))
    leads = [r for r in duties if r['行政区划'] == jur and r['单位'] == unit and r['角色'] == '牵头' and in_force(r)]
    if not leads:
        err('questions.csv:%d %s 在该清单无有效牵头事项' % (i, unit))
    m = [r for r in leads if r['事项名称'] == note]
    if len(m) != 1:
        err('questions.csv:%d 备注事项不是 %s 的有效牵头事项：%s' % (i, unit, note))
    else:
        r = m[0]
        sec_ok = not r['科室'] or ((j, unit, r['科室']) in S and not abolished_sec(j, unit, r['科室']))
        if not sec_ok:
            err('questions.csv:%d 答案行科室失管' % i)
        if (jur, note, unit, r['科室']) in overlap_members:
            err('questions.csv:%d 答案事项属于重叠簇：%s' % (i, note))
        others = [x for x in by_title.get((jur, note), []) if x['单位'] != unit]
        if others:
            err('questions.csv:%d 答案事项有其他牵头单位：%s' % (i, note))
    if jur == COUNTY:
        if cu:
            err('questions.csv:%d 县级问题不应有对口单位' % i)
    else:
        if j != jur:
            err('questions.csv:%d 乡镇问题的正确单位应为乡镇机构' % i)
        if not cu or (COUNTY, cu) not in U or abolished_unit(COUNTY, cu):
            err('questions.csv:%d 县直对口单位不存在 %s' % (i, cu))
        if (jur, unit, cu) not in corr_set:
            err('questions.csv:%d 对应表中无 %s—%s' % (i, unit, cu))
if not 300 <= len(questions) <= 450:
    err('问题数 %d 不在300–450' % len(questions))
if uncovered < 20:
    err('无对应单位的问题不足20')
if len(q_units) < 70:
    err('问题涉及单位 %d 个，少于70' % len(q_units))

# ---------------- 结果 ----------------
print('单位 %d（县直 %d，乡镇及其机构 %d；撤销 %d，改革新设 %d）' % (
    len(units), sum(1 for u in units if u['行政区划'] == COUNTY),
    sum(1 for u in units if u['行政区划'] != COUNTY), len(abol_units), len(new_units)))
print('科室 %d（撤销 %d）' % (len(secs), sec_merged))
print('职责事项行 %d：县级清单 %d（有效 %d，内部管理 %d），改革划转 %d，取消 %d' % (
    len(duties), len(top), len(top_in), len(top_internal), moved, len(cancelled)))
for t in towns:
    print('  %s：%d 行 / %d 个事项' % (t, town_counts[t][0], town_counts[t][1]))
print('对应表 %d 行' % len(corr))
print('问题 %d（涉及单位 %d，无对应单位 %d）' % (len(questions), len(q_units), uncovered))
print('重叠簇 %d（同名 %d，重复 %d，交叉 %d）' % (
    len(clusters), ident, sum(1 for c in clusters.values() if c[0]['类型'] == '重复'),
    sum(1 for c in clusters.values() if c[0]['类型'] == '交叉')))
print('审管分离 %d 对' % len(sg))
print('干扰项 %d 组：%s' % (len(dg), '，'.join('%s %d' % (k, dkinds[k]) for k in
                                         ['内部事务', '牵头配合', '对象不同', '同法不同条', '属地不同', '上下级', '三定分工'])))
print('失管 %d：%s' % (len(orphans), '，'.join('%s %d' % (k, okinds[k]) for k in ORPHAN_KINDS)))
if errors:
    print('\n失败 %d 项：' % len(errors))
    for e in errors[:200]:
        print('  - ' + e)
    sys.exit(1)
print('\n全部检查通过。')
