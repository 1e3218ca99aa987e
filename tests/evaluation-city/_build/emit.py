# -*- coding: utf-8 -*-
"""Second stage: answer files + writing.  Run: python3 _build/emit.py"""
import csv, os, sys, itertools, collections
sys.path.insert(0, os.path.dirname(__file__))
import gen as G
from gen import ROWS, P, CORR, U, UNITS, CITY, YX, BT, STREETS, EVAL, office
from questions import Q

JUR = {'C': CITY, 'Y': YX, 'B': BT}
for sp, conf in G.ST_.CONF.items():
    JUR[conf['code'].split('-')[1]] = sp


def inforce(r):
    return (not r['start'] or r['start'] <= EVAL) and (not r['end'] or r['end'] > EVAL) and r['status'] != '取消'


def row(jur, key, role='牵头', need_force=True):
    c = [r for r in ROWS if r['jur'] == jur and r['key'] == key and r['role'] == role and (inforce(r) or not need_force)]
    assert len(c) == 1, (jur, key, role, len(c))
    return c[0]


def hold(r):
    return (r['unit'], r['sec'])


# ------------------------------------------------------------------ shenguan
SG = [
    (CITY, 'zj01', 'zj02'), (CITY, 'cg01', 'cg02'), (CITY, 'sj01', 'sj02'), (CITY, 'sl01', 'sl02'),
    (CITY, 'st01', 'st02'), (CITY, 'zr02', 'cg20'), (CITY, 'wj01', 'wj02'), (CITY, 'sj15', 'sj16'),
    (YX, 'sj03', 'sj04'), (YX, 'wj05', 'wj06'), (YX, 'wl02', 'wl03'),
    (BT, 'ny01', 'ny02'), (BT, 'cg04', 'cg05'), (BT, 'cg08', 'cg09'),
]
# ------------------------------------------------------------------ distractors
def ik(dom, t):
    return 'int_' + dom + '_' + str(G.INTERNAL.index(t))


S0, S1, S2 = G.INTERNAL[0], G.INTERNAL[1], G.INTERNAL[2]
WJ_, TY_, BS_, LW_, XG_, SQ_ = list(G.ST_.CONF)
D = [
    # 内部事务
    ('内部事务', CITY, (ik('FGW', S0), '牵头'), (ik('JY', S0), '牵头'), '各单位对本单位安全生产负责，不是同一事项'),
    ('内部事务', CITY, (ik('ZJ', S1), '牵头'), (ik('JT', S1), '牵头'), '各单位本单位党风廉政建设'),
    ('内部事务', CITY, (ik('MZ', S2), '牵头'), (ik('SF', S2), '牵头'), '各单位本单位保密工作'),
    ('内部事务', CITY, (ik('SJ', S0), '牵头'), (ik('WJ', S0), '牵头'), '各单位对本单位安全生产负责'),
    ('内部事务', CITY, (ik('SP', S1), '牵头'), (ik('CG', S1), '牵头'), '各单位本单位党风廉政建设'),
    ('内部事务', CITY, 'AUTO_CITY', None, '各单位内部事务'),
    ('内部事务', YX, (ik('MZ', S0), '牵头'), (ik('RS', S0), '牵头'), '各单位对本单位安全生产负责'),
    ('内部事务', YX, (ik('ZJ', S1), '牵头'), (ik('NS', S1), '牵头'), '各单位本单位党风廉政建设'),
    ('内部事务', YX, (ik('WJ', S2), '牵头'), (ik('SJ', S2), '牵头'), '各单位本单位保密工作'),
    ('内部事务', BT, (ik('JY', S0), '牵头'), (ik('MZ', S0), '牵头'), '各单位对本单位安全生产负责'),
    ('内部事务', BT, (ik('CG', S1), '牵头'), (ik('YJ', S1), '牵头'), '各单位本单位党风廉政建设'),
    ('内部事务', BT, 'AUTO_BT', None, '各单位内部事务'),
    # 牵头配合
    ('牵头配合', CITY, ('st22', '牵头'), ('st22', '配合'), '重污染天气应急管控：生态环境局牵头，工信局配合'),
    ('牵头配合', CITY, ('yj08', '牵头'), ('yj08', '配合'), '受灾人员救助：应急管理局牵头，民政局配合'),
    ('牵头配合', WJ_, ('P1', '牵头'), ('P1', '配合'), '配合履职事项的牵头和配合两行'),
    ('牵头配合', WJ_, ('P6', '牵头'), ('P6', '配合'), '配合履职事项的牵头和配合两行'),
    ('牵头配合', TY_, ('P7', '牵头'), ('P7', '配合'), '配合履职事项的牵头和配合两行'),
    ('牵头配合', TY_, ('P15', '牵头'), ('P15', '配合'), '配合履职事项的牵头和配合两行'),
    ('牵头配合', BS_, ('P11', '牵头'), ('P11', '配合'), '配合履职事项的牵头和配合两行'),
    ('牵头配合', BS_, ('P12', '牵头'), ('P12', '配合'), '配合履职事项的牵头和配合两行'),
    ('牵头配合', LW_, ('P2', '牵头'), ('P2', '配合'), '配合履职事项的牵头和配合两行'),
    ('牵头配合', LW_, ('P14', '牵头'), ('P14', '配合'), '配合履职事项的牵头和配合两行'),
    ('牵头配合', XG_, ('P8', '牵头'), ('P8', '配合'), '配合履职事项的牵头和配合两行'),
    ('牵头配合', XG_, ('P15', '牵头'), ('P15', '配合'), '配合履职事项的牵头和配合两行'),
    ('牵头配合', SQ_, ('P10', '牵头'), ('P10', '配合'), '配合履职事项的牵头和配合两行'),
    ('牵头配合', SQ_, ('P3', '牵头'), ('P3', '配合'), '配合履职事项的牵头和配合两行'),
    # 对象不同
    ('对象不同', CITY, ('zr14', '牵头'), ('ny07', '牵头'), '陆生野生动物与水生野生动物人工繁育许可，主管部门不同'),
    ('对象不同', CITY, ('ny03', '牵头'), ('zr16', '牵头'), '农作物种子与林草种子生产经营许可'),
    ('对象不同', CITY, ('kj06', '牵头'), ('ga03', '牵头'), '外国人来华工作许可与外国人工作类居留许可是两种许可'),
    ('对象不同', CITY, ('ga05', '牵头'), ('ny10', '牵头'), '机动车驾驶证与拖拉机、联合收割机驾驶证'),
    ('对象不同', CITY, ('fg01', '牵头'), ('fg04', '牵头'), '企业投资项目核准与政府投资项目审批'),
    ('对象不同', CITY, ('ty01', '牵头'), ('sb02', '牵头'), '残疾军人抚恤金与工伤保险待遇'),
    ('对象不同', YX, ('ny08', '牵头'), ('zr11', '牵头'), '渔业捕捞许可与林木采伐许可'),
    ('对象不同', YX, ('jy19', '牵头'), ('mz20', '牵头'), '困难学生生活补助与事实无人抚养儿童基本生活补贴'),
    ('对象不同', YX, ('jy11', '牵头'), ('ga20', '牵头'), '校车使用许可与校车驾驶资格'),
    ('对象不同', BT, ('ga14', '牵头'), ('wj05', '牵头'), '旅馆业特种行业许可与公共场所卫生许可'),
    ('对象不同', BT, ('rs03', '牵头'), ('mz01', '牵头'), '就业困难人员认定与最低生活保障对象认定'),
    # 同法不同条
    ('同法不同条', CITY, ('fg07', '牵头'), ('sj19', '牵头'), '同依《价格法》：价格认定与明码标价违法处罚'),
    ('同法不同条', CITY, ('st05', '牵头'), ('cg17', '牵头'), '同依《大气污染防治法》：超标排放与露天烧烤'),
    ('同法不同条', CITY, ('st07', '牵头'), ('cg15', '牵头'), '同依《固体废物污染环境防治法》：危险废物与生活垃圾'),
    ('同法不同条', YX, ('ga22', '牵头'), ('cg31', '牵头'), '同依《噪声污染防治法》：公共场所活动噪声与商业高音喇叭'),
    ('同法不同条', YX, ('st05', '牵头'), ('cg17', '牵头'), '同依《大气污染防治法》：超标排放与露天烧烤'),
    ('同法不同条', BT, ('ga22', '牵头'), ('cg31', '牵头'), '同依《噪声污染防治法》：公共场所活动噪声与商业高音喇叭'),
    ('同法不同条', BT, ('st05', '牵头'), ('cg35', '牵头'), '同依《大气污染防治法》：超标排放与露天焚烧落叶垃圾'),
    # 三定分工
    ('三定分工', CITY, ('yj03', '牵头'), ('zj17', '牵头'), '应急部门综合监管与住建部门行业安全监管'),
    ('三定分工', CITY, ('yj07', '牵头'), ('sl08', '牵头'), '防汛抗旱指挥部日常工作与水工程调度和监测预警'),
    ('三定分工', CITY, ('zr17', '牵头'), ('yj09', '牵头'), '森林火灾预防（林业）与扑救指挥（应急）'),
    ('三定分工', CITY, ('fg13', '牵头'), ('zj20', '牵头'), '招标投标综合指导协调与房建市政工程招投标监督'),
    ('三定分工', CITY, ('gx02', '牵头'), ('fg03', '牵头'), '节能监察与固定资产投资项目节能审查'),
    ('三定分工', YX, ('ny17', '牵头'), ('sj36', '牵头'), '农产品生产环节与市场销售环节质量安全监管'),
    ('三定分工', YX, ('yj03', '牵头'), ('jt12', '牵头'), '应急部门综合监管与交通运输行业安全监管'),
    ('三定分工', BT, ('yj07', '牵头'), ('sl08', '牵头'), '防汛抗旱指挥部日常工作与水工程调度和监测预警'),
    ('三定分工', BT, ('zr17', '牵头'), ('yj09', '牵头'), '森林火灾预防（林业）与扑救指挥（应急）'),
    ('三定分工', CITY, ('fg17', '牵头'), ('sw07', '牵头'), '价格监测（发改）与生活必需品供应监测保供（商务）'),
    ('三定分工', CITY, ('wj21', '牵头'), ('mz14', '牵头'), '医养结合机构医疗服务质量（卫健）与养老机构监管（民政）'),
    ('三定分工', CITY, ('rs10', '牵头'), ('zj24', '牵头'), '欠薪查处（人社）与工程建设领域工资专用账户和保证金管理（住建）'),
    ('三定分工', BT, ('ny17', '牵头'), ('sj36', '牵头'), '农产品生产环节与市场销售环节质量安全监管'),
    ('三定分工', SQ_, ('ny5', '牵头'), ('U4', '牵头'), '镇村河湖长巡河报告与区水务局河道违法建设处罚'),
    ('同法不同条', YX, ('ga23', '牵头'), ('yj12', '牵头'), '同依《烟花爆竹安全管理条例》：违规燃放（公安）与非法经营储存（应急）'),
    ('同法不同条', BT, ('zr07', '牵头'), ('ny16', '牵头'), '同依《土地管理法》：一般非法占地（自然资源）与农村村民非法占地建住宅（农业农村）'),
    ('对象不同', YX, ('rs18', '牵头'), ('yb05', '牵头'), '城乡居民养老保险与城乡居民医疗保险'),
    ('对象不同', YX, ('jt18', '牵头'), ('cg09', '牵头'), '占用挖掘公路与占用挖掘城市道路'),
    ('对象不同', BS_, ('P12', '牵头'), ('zf4', '牵头'), '露天焚烧秸秆与露天焚烧落叶、垃圾'),
    ('对象不同', SQ_, ('P10', '牵头'), ('cz1', '牵头'), '乡村建设规划许可与宅基地审批是两项不同审批'),
]


def auto_internal(jur, exclude_titles):
    """pick one more internal pair in jur using a title other than the first two."""
    by_t = collections.defaultdict(list)
    for r in ROWS:
        if r['jur'] == jur and r['tag'] == 'internal' and inforce(r):
            by_t[r['title']].append(r['key'])
    for t in G.INTERNAL[3:]:
        if len(by_t[t]) >= 2:
            return (by_t[t][0], '牵头'), (by_t[t][1], '牵头')
    raise RuntimeError('no auto internal pair')


DIS = []
for d in D:
    kind, jur, a, b, note = d
    if a in ('AUTO_CITY', 'AUTO_BT'):
        a, b = auto_internal(jur, ())
    DIS.append((kind, jur, a, b, note))

# ------------------------------------------------------------------ orphan computation (by rule)
unit_idx = {}
for (j, d), u in UNITS.items():
    unit_idx[(j, u['name'])] = u
    for al in (u['alias'].split('；') if u['alias'] else []):
        unit_idx[(j, al)] = u


def lookup(jur, name):
    j = jur
    while True:
        if (j, name) in unit_idx:
            return unit_idx[(j, name)]
        if '/' not in j:
            return None
        j = j.rsplit('/', 1)[0]


def abolished(date):
    return bool(date) and date <= EVAL


def sec_row(u, sname):
    for s in u['sec_rows']:
        if s['name'] == sname:
            return s
    return None


ORPH = []
bycode = collections.defaultdict(list)
for r in ROWS:
    bycode[(r['jur'], r['code'])].append(r)
for (jur, code), rs in bycode.items():
    live = [r for r in rs if inforce(r)]
    if any(r['status'] == '取消' for r in rs):
        continue
    if len(rs) == 1 and not rs[0]['unit']:
        ORPH.append(('UNHELD', jur, rs[0]['title'], '', '', '清单中该事项无承担单位'))
        continue
    leads = [r for r in live if r['role'] == '牵头']
    if not leads and live:
        for r in live:
            ORPH.append(('NO_LEAD', jur, r['title'], r['unit'], r['sec'], '在2025-06-30仅有配合单位，无牵头单位'))
for r in ROWS:
    if not r['unit'] or not inforce(r):
        continue
    u = lookup(r['jur'], r['unit'])
    if u is None:
        ORPH.append(('MISSING_UNIT', r['jur'], r['title'], r['unit'], r['sec'], f"单位“{r['unit']}”在单位表中不存在"))
        continue
    if r['sec']:
        s = sec_row(u, r['sec'])
        if s is None:
            ORPH.append(('MISSING_SECTION', r['jur'], r['title'], r['unit'], r['sec'], f"科室“{r['sec']}”在科室表中不存在"))
            continue
    if r['role'] == '牵头' and not r['end']:
        if abolished(u['abol']):
            ORPH.append(('ABOLISHED_HOLDER', r['jur'], r['title'], r['unit'], r['sec'], f"{u['name']}已于{u['abol']}撤销，事项未划转"))
        elif r['sec'] and abolished(sec_row(u, r['sec'])['abol']):
            ORPH.append(('ABOLISHED_HOLDER', r['jur'], r['title'], r['unit'], r['sec'], f"{r['sec']}已于{sec_row(u, r['sec'])['abol']}撤销，事项未划转"))
mapped = set((c[0], c[1]) for c in CORR)
for sp, o, uname, note in CORR:
    u = lookup(STREETS[sp][0], uname)
    if u is None:
        ORPH.append(('BROKEN_CORRESPONDENCE', sp, '', o, '', f'对应的区直部门“{uname}”不存在'))
    elif abolished(u['abol']):
        ORPH.append(('BROKEN_CORRESPONDENCE', sp, '', o, '', f'对应的区直部门“{uname}”已于{u["abol"]}撤销'))
for (j, d), u in UNITS.items():
    if j in STREETS and (j, u['name']) not in mapped:
        ORPH.append(('UNMAPPED_TOWNSHIP_OFFICE', j, '', u['name'], '', '该街道（镇）机构在对应表中没有任何对口区直部门'))

# ------------------------------------------------------------------ matter conflict check (ground truth)
lead_force = [r for r in ROWS if inforce(r) and r['role'] == '牵头' and r['unit'] and r['type'] != '内部管理']
planted_pairs = set()
clusters = collections.defaultdict(list)
for cid, kind, jur, key in P:
    clusters[cid].append((kind, jur, row(jur, key)))
for cid, mem in clusters.items():
    for (k1, j1, r1), (k2, j2, r2) in itertools.combinations(mem, 2):
        assert j1 == j2 and k1 == k2
        assert hold(r1) != hold(r2), cid
        assert r1['matter'] and r1['matter'] == r2['matter'], (cid, r1['title'], r2['title'])
        if k1 == '交叉':
            assert r1['unit'] != r2['unit'] and r1['type'] != r2['type'], cid
        else:
            same_action = r1['type'] == r2['type'] or (r1['type'] in ('基本履职', '上级收回') and r2['type'] in ('基本履职', '上级收回'))
            assert same_action, (cid, r1['type'], r2['type'])
        planted_pairs.add(frozenset([id(r1), id(r2)]))
sg_pairs = set()
for jur, a, b in SG:
    r1, r2 = row(jur, a), row(jur, b)
    assert r1['type'] == '行政许可' and r2['type'] in ('行政检查', '行政处罚'), (a, b)
    assert '审批' in r1['unit'], r1['unit']
    assert r1['matter'] and r1['matter'] == r2['matter'], (a, b)
    sg_pairs.add(frozenset([id(r1), id(r2)]))
conf = []
by_list_matter = collections.defaultdict(list)
for r in lead_force:
    if r['matter']:
        by_list_matter[(r['jur'], r['matter'])].append(r)
for (jur, m), rs in by_list_matter.items():
    for r1, r2 in itertools.combinations(rs, 2):
        if hold(r1) == hold(r2):
            continue
        if r1['unit'] == r2['unit'] and r1['type'] != r2['type']:
            continue
        pk = frozenset([id(r1), id(r2)])
        if pk not in planted_pairs and pk not in sg_pairs:
            conf.append((jur, m, r1['title'], r1['unit'], r2['title'], r2['unit']))
if conf:
    for c in conf:
        print('UNPLANNED CONFLICT', c)
    raise SystemExit(1)
# identical titles with different holders must be planted
tt = collections.defaultdict(list)
for r in lead_force:
    tt[(r['jur'], r['title'])].append(r)
for (jur, t), rs in tt.items():
    hs = set(hold(r) for r in rs)
    if len(hs) > 1:
        for r1, r2 in itertools.combinations(rs, 2):
            if hold(r1) != hold(r2):
                assert frozenset([id(r1), id(r2)]) in planted_pairs, (jur, t)

# ------------------------------------------------------------------ questions
QOUT = []
qkeys = []
for q in Q:
    code, key, text = q[0], q[1], q[2]
    jur = JUR[code]
    if key is None:
        QOUT.append((text, jur, '', '', q[3]))
        continue
    r = row(jur, key)
    cp = ''
    if r['type'] == '基本履职':
        cp = r['counterpart']
        assert (jur, r['unit']) in mapped
        assert (jur, r['unit'], cp) in set((c[0], c[1], c[2]) for c in CORR), (jur, key)
    QOUT.append((text, jur, r['unit'], cp, '对应事项：' + r['title']))
    qkeys.append((jur, key))
assert len(set(qkeys)) == len(qkeys), [k for k, v in collections.Counter(qkeys).items() if v > 1]

# ------------------------------------------------------------------ write
OUT = G.ROOT


def w(path, header, rows):
    with open(os.path.join(OUT, path), 'w', encoding='utf-8', newline='') as f:
        wr = csv.writer(f, lineterminator='\n', quoting=csv.QUOTE_MINIMAL)
        wr.writerow(header)
        for x in rows:
            wr.writerow(x)


JORDER = [CITY, YX] + [s for s in STREETS if s.startswith(YX)] + [BT] + [s for s in STREETS if s.startswith(BT)]
urows = []
srows = []
for j in JORDER:
    for (jj, d), u in UNITS.items():
        if jj != j:
            continue
        urows.append([j, u['name'], u['type'], u['parent'], u['alias'], '', u['bz'], u['est'], u['abol']])
        for s in u['sec_rows']:
            bz = s['bz'] if s['bz'] is not None else 3 + (len(s['name']) * 7 + len(u['name'])) % 6
            sy = bz - ((len(s['name']) + len(u['name'])) % 3 == 0)
            if s['abol'] and s['abol'] <= EVAL:
                sy = 0
            srows.append([j, u['name'], s['name'], s['type'], bz, sy, s['est'], s['abol']])
w('county/units.csv', ['行政区划', '单位', '类型', '上级单位', '挂牌名称', '合署办公', '编制数', '设立日期', '撤销日期'], urows)
w('county/sections.csv', ['行政区划', '单位', '科室', '类型', '编制数', '实有人数', '设立日期', '撤销日期'], srows)
drows = []
for j in JORDER:
    for r in ROWS:
        if r['jur'] == j:
            drows.append([j, r['unit'], r['sec'], r['code'], r['title'], r['type'], r['content'], r['basis'],
                          r['role'], r['start'], r['end'], r['status']])
w('county/duties.csv', ['行政区划', '单位', '科室', '事项编码', '事项名称', '事项类型', '职责内容', '实施依据', '角色', '生效日期', '失效日期', '状态'], drows)
w('county/correspondences.csv', ['乡镇', '乡镇机构', '县直部门', '备注'], [list(c) for c in CORR])
w('questions.csv', ['问题', '行政区划', '正确单位', '县直对口单位', '备注'], QOUT)
orow = []
OVNOTE = {
    1: '相对集中处罚权后住建局清单未删除，与城管执法局重复',
    2: '人行道违停：交警支队和城管执法局（相对集中处罚权）同时列为处罚事项',
    3: '同一处罚由业务科和执法支队分别列入',
    4: '特种设备使用单位检查由监察科和执法支队分别列入',
    5: '夜间施工噪声三部门同时列为处罚事项',
    6: '烈士褒扬金职责2019年已划入退役军人事务局，民政局清单未删除',
    7: '医疗救助职责已划入医疗保障局，民政局清单仍保留',
    8: '入河排污口设置审核职责已划入生态环境部门，水利局清单仍保留',
    9: '河道采砂：水利局许可、自然资源局处罚，一事两主',
    10: '秸秆禁烧：农业农村局监管、生态环境局处罚，一事两主',
    11: '私屠滥宰处罚职责已划入农业农村局，商务局清单未删除',
    12: '单用途预付卡：商务局备案、市场监管局处罚，一事两主',
    13: '共享单车：交通运输局备案管理、城管局查处停放，一事两主',
    14: '就业见习补贴由两个科室分别列入',
    15: '营业性演出检查由市场管理科和执法支队分别列入',
    16: '失业保险金由人社局和社保中心分别列为给付事项',
    17: '二次供水由卫健委和住建局分别检查',
    18: '农村村民非法占地建住宅处罚：2019年土地管理法修改后由农业农村部门实施，自然资源分局清单未删除',
    19: '职业卫生监管已划入卫生健康部门，应急管理局清单仍保留',
    20: '餐厨垃圾：城管监管、市场监管处罚，一事两主',
    21: '建筑工地扬尘三部门同时列为处罚事项',
    22: '残疾人两项补贴由两个股室分别列入',
    23: '养犬：公安登记、综合执法局查处，一事两主',
    24: '城区违规饲养畜禽由综合执法局和农业农村部门同时查处',
    25: '明码标价处罚由价格股和执法大队分别列入',
    26: '企业技术改造项目属于企业投资项目，发改局、工信局均列备案',
    27: '学校卫生监督检查由教育局和卫健局分别列入',
    28: '二次供水：水务局管理、卫健局检查，一事两主',
    29: '餐饮油烟三部门同时列为处罚事项',
    30: '乱涂写处罚由市容股和执法大队分别列入',
    31: '居民医保参保登记职责已划入医保局，人社局清单未删除',
    32: '烟花爆竹零售：应急管理局许可，公安分局误列未经许可经营的处罚',
    33: '城镇燃气安全检查由住建局和城市管理局分别列入',
    34: '残疾人两项补贴受理由社会事务办和便民服务中心分别列入',
    35: '宅基地审批：镇基本履职与区农业农村和水利局上级收回并存',
    36: '森林防火巡查由平安建设办和农业综合服务中心分别列入',
}
for cid in sorted(clusters):
    for kind, jur, r in clusters[cid]:
        orow.append([cid, kind, jur, r['title'], r['unit'], r['sec'], OVNOTE[cid]])
w('overlaps.csv', ['簇', '类型', '行政区划', '事项名称', '单位', '科室', '说明'], orow)
sgrow = []
SGNOTE = {6: '城管执法局依相对集中行政处罚权查处无证建设，属审管分离后的事后监管', 8: '市场监管局对登记事项开展双随机抽查（审管分离）'}
for i, (jur, a, b) in enumerate(SG, 1):
    for k in (a, b):
        r = row(jur, k)
        sgrow.append([i, jur, r['title'], r['unit'], r['sec'],
                      '行政审批局集中行使许可权（审管分离）' if k == a else SGNOTE.get(i, '行业主管部门负责事中事后监管（审管分离）')])
w('shenguan.csv', ['簇', '行政区划', '事项名称', '单位', '科室', '说明'], sgrow)
drow = []
for i, (kind, jur, a, b, note) in enumerate(DIS, 1):
    for k, role in (a, b):
        r = row(jur, k, role)
        drow.append([i, kind, jur, r['title'], r['unit'], r['sec'], note])
w('distractors.csv', ['簇', '类型', '行政区划', '事项名称', '单位', '科室', '说明'], drow)
w('orphans.csv', ['类型', '行政区划', '事项名称', '单位', '科室', '说明'], [list(o) for o in ORPH])
# matter tags for check.py
mt = []
for r in ROWS:
    mt.append([r['jur'], r['code'], r['unit'], r['sec'], r['role'], r['matter']])
w('_build/matters.csv', ['行政区划', '事项编码', '单位', '科室', '角色', '事项归类'], mt)

if __name__ == '__main__':
    cnt = collections.Counter(r['jur'] for r in ROWS)
    for j in JORDER:
        print(j, cnt[j])
    print('questions', len(QOUT), 'oos', sum(1 for q in QOUT if not q[2]))
    print('clusters', len(clusters), 'shenguan', len(SG), 'distractors', len(DIS))
    print(collections.Counter(o[0] for o in ORPH))
    for o in ORPH:
        print('  ', o)
