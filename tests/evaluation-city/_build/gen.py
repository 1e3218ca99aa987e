# -*- coding: utf-8 -*-
"""Generate the 青岚市 evaluation set.  Run: python3 _build/gen.py"""
import csv, os, sys, hashlib, collections
sys.path.insert(0, os.path.dirname(__file__))
from units import *          # noqa
from catalog import CAT, ORDER, TYPES, domain_of
import streets as ST_

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EVAL = '2025-06-30'
ROWS = []          # duty rows (dicts)

ALIAS = {YX: {'KJ': 'KGX', 'GX': 'KGX', 'SL': 'NS', 'NY': 'NS'},
         BT: {'KJ': 'GX', 'NS': 'NY'},
         CITY: {}}


def U(jur, dom):
    dom = ALIAS.get(jur, {}).get(dom, dom)
    return UNITS[(jur, dom)]


def secname(jur, dom, key):
    if key is None or key == '':
        return ''
    u = U(jur, dom)
    if key not in u['secs']:
        raise KeyError(f'{jur} {u["name"]} has no section key {key}')
    return u['secs'][key]


TEMPL = {
    '行政许可': ['受理申请并审查材料，必要时组织现场核查，依法作出准予或者不予许可的决定，核发证件并公开许可结果。',
             '负责申请受理、审查和决定；对符合条件的核发许可证件，不符合条件的书面说明理由；依法办理变更、延续和注销。',
             '依法受理、审核并作出许可决定，建立许可档案，配合做好事中事后监管信息推送。'],
    '行政处罚': ['对违法行为立案调查、收集证据，告知当事人陈述申辩权利，依法作出行政处罚决定并执行。',
             '负责案件受理、调查取证、审查、告知、决定、送达和执行；涉嫌犯罪的依法移送司法机关。',
             '依法查处违法行为，责令改正，作出处罚决定并督促履行，按规定公示处罚信息。'],
    '行政检查': ['制定年度检查计划，采取“双随机、一公开”方式开展监督检查，对发现的问题责令整改并跟踪复查。',
             '依法开展日常监督检查和专项检查，记录检查情况，发现违法行为依法处理或者移交。',
             '组织实施监督检查，建立监管档案，检查结果依法向社会公开。'],
    '行政强制': ['依法实施查封、扣押等行政强制措施，制作现场笔录，及时作出处理决定。'],
    '行政征收': ['依法核定征收标准和数额，开具票据，按规定缴入国库。'],
    '行政给付': ['受理申请，审核对象资格，按规定标准核定并发放资金，建立发放台账。',
             '负责政策宣传、资格审核、资金核拨和发放监督，定期公示发放情况。',
             '审核申请材料，按标准足额发放，及时停发不符合条件对象的待遇。'],
    '行政确认': ['受理申请，审核相关材料，符合条件的予以确认并出具证明或者办理登记。',
             '依法审查认定，作出确认决定并告知申请人，建立档案。'],
    '行政奖励': ['组织评选推荐，审核公示，依法给予表彰奖励。'],
    '行政裁决': ['受理当事人申请，组织调查、调解，依法作出裁决并送达。'],
    '其他行政权力': ['依照法律法规规定组织实施，加强指导和监督。',
               '负责受理、审核和日常管理，按规定报送上级部门。',
               '统筹协调、组织实施并加强事中事后监管。'],
    '公共服务': ['提供咨询、受理和办理服务，公开办事指南，做好服务对象意见反馈。',
             '组织开展服务，保障服务质量，接受群众监督。'],
    '内部管理': ['负责本单位该项内部事务的组织实施和日常管理。'],
}


def content_for(typ, title):
    t = TEMPL[typ]
    h = int(hashlib.md5(title.encode('utf-8')).hexdigest(), 16)
    return t[h % len(t)]


def add(jur, key, unit_name, sec, title, typ, basis, role='牵头', start='', end='', status='有效',
        matter='', content=None, tag=''):
    r = dict(jur=jur, key=key, unit=unit_name, sec=sec, title=title, type=typ,
             content=content if content is not None else content_for(typ, title),
             basis=basis, role=role, start=start, end=end, status=status, matter=matter, tag=tag)
    ROWS.append(r)
    return r


def add_cat(jur, key, dom=None, sec=None, title=None, **kw):
    c = CAT[key]
    dom = dom or domain_of(key)
    sec = c['sec'] if sec is None else sec
    u = U(jur, dom)
    return add(jur, key, u['name'], secname(jur, dom, sec), title or c['title'], c['type'], c['basis'],
               matter=c['matter'], **kw)


# ------------------------------------------------------------------ overrides
OVR = {
    CITY: {'fg01': ('SP', 'tz'), 'jy01': ('SP', 'shsw'), 'cz01': ('SP', 'sczr'), 'rs01': ('SP', 'shsw'),
           'rs02': ('SP', 'shsw'), 'rs12': ('SP', 'shsw'), 'zr01': ('SP', 'jsgc'), 'zr02': ('SP', 'jsgc'),
           'zr04': ('SP', 'tz'), 'zr11': ('SP', 'nlhb'), 'st01': ('SP', 'nlhb'), 'st03': ('SP', 'nlhb'),
           'zj01': ('SP', 'jsgc'), 'zj03': ('SP', 'jsgc'), 'zj22': ('SP', 'jsgc'), 'jt01': ('SP', 'jtsl'),
           'sl01': ('SP', 'jtsl'), 'sl05': ('SP', 'jtsl'), 'wj01': ('SP', 'shsw'), 'yj01': ('SP', 'sczr'),
           'sj01': ('SP', 'sczr'), 'sj15': ('SP', 'sczr'), 'sj26': ('SP', 'sczr'), 'cg01': ('SP', 'jsgc'),
           'cg04': ('SP', 'jsgc'), 'cg06': ('SP', 'jsgc'), 'cg08': ('SP', 'jsgc'), 'cg10': ('SP', 'jsgc'),
           'cg11': ('SP', 'nlhb'), 'cg19': ('SP', 'sczr')},
    YX: {'sj03': ('SP', 'sczr'), 'wj01': ('SP', 'shsw'), 'wj05': ('SP', 'shsw'), 'wl01': ('SP', 'shsw'),
         'wl02': ('SP', 'shsw'), 'wl04': ('SP', 'shsw'), 'jy02': ('SP', 'shsw'), 'rs01': ('SP', 'shsw'),
         'zj01': ('SP', 'jsxm'), 'wl14': ('JY', 'ty'), 'wl15': ('JY', 'ty'), 'wl16': ('JY', 'ty')},
    BT: {'ny01': ('SP', 'nl'), 'cg04': ('SP', 'nl'), 'cg08': ('SP', 'nl'), 'cg11': ('SP', 'nl'),
         'zj01': ('SP', 'jsxm')},
}
# district title variants (same duty, wording of the district list)
DTITLE = {
    YX: {'sf07': '对不服区政府工作部门和街道办事处（镇政府）行政行为的行政复议',
         'zj09': '公共租赁住房和保障性租赁住房保障资格审核',
         'sj07': '食品安全监督抽检和风险监测', 'wl13': '区图书馆、文化馆和街道（镇）综合文化站免费开放服务',
         'zr17': '森林火灾预防和护林员巡护管理', 'sl07': '区、镇、村三级河湖长制组织实施'},
    BT: {'sf07': '区人民政府行政复议案件受理和审理', 'sj23': '12315消费者投诉举报受理处理',
         'cz08': '惠民惠农补贴“一卡通”资金发放', 'jy14': '义务教育阶段学生学籍管理和转学服务',
         'zr20': '地质灾害隐患点巡查和群测群防员管理'},
}
LEVEL = {CITY: 'C', YX: 'Y', BT: 'B'}

START = {'sw08': '2024-05-01', 'yb09': '2023-01-01', 'sj17': '2022-11-01'}
for jur in (CITY, YX, BT):
    for key in ORDER:
        c = CAT[key]
        if LEVEL[jur] not in c['levels']:
            continue
        dom, sec = OVR[jur].get(key, (None, None))
        title = DTITLE.get(jur, {}).get(key)
        add_cat(jur, key, dom=dom, sec=sec, title=title, start=START.get(key, ''))


def addu(jur, key, dom, sec, title, typ, basis, **kw):
    u = U(jur, dom)
    return add(jur, key, u['name'], secname(jur, dom, sec), title, typ, basis, **kw)


# ------------------------------------------------------------------ planted overlaps (rows)
DQ = '《中华人民共和国大气污染防治法》'
P = []   # (cluster_id, kind, jur, key)


def plant(cid, kind, jur, key):
    P.append((cid, kind, jur, key))


# city
addu(CITY, 'O1a', 'ZJ', 'zl', '对施工单位未采取有效措施防治扬尘污染的行政处罚', '行政处罚', DQ + '；《建设工程安全生产管理条例》', matter='扬尘')
addu(CITY, 'O1b', 'CG', 'zf', '对施工单位未采取有效措施防治扬尘污染的行政处罚', '行政处罚', DQ, matter='扬尘')
plant(1, '重复', CITY, 'O1a'); plant(1, '重复', CITY, 'O1b')
addu(CITY, 'O2a', 'GA', 'jj', '对机动车在人行道上违法停放的行政处罚', '行政处罚', '《中华人民共和国道路交通安全法》', matter='人行道违停')
addu(CITY, 'O2b', 'CG', 'zf', '查处机动车占用人行道乱停乱放', '行政处罚', '《中华人民共和国道路交通安全法》；《城市道路管理条例》', matter='人行道违停')
plant(2, '重复', CITY, 'O2a'); plant(2, '重复', CITY, 'O2b')
addu(CITY, 'O3a', 'SJ', 'spjy', '对生产经营超过保质期食品的行政处罚', '行政处罚', '《中华人民共和国食品安全法》', matter='过期食品')
addu(CITY, 'O3b', 'SJ', 'zf', '对生产经营超过保质期食品的行政处罚', '行政处罚', '《中华人民共和国食品安全法》', matter='过期食品')
plant(3, '重复', CITY, 'O3a'); plant(3, '重复', CITY, 'O3b')
addu(CITY, 'O4a', 'SJ', 'tz', '特种设备使用单位监督检查', '行政检查', '《中华人民共和国特种设备安全法》', matter='特种设备使用')
addu(CITY, 'O4b', 'SJ', 'zf', '电梯、锅炉等特种设备使用安全日常检查', '行政检查', '《中华人民共和国特种设备安全法》', matter='特种设备使用')
plant(4, '重复', CITY, 'O4a'); plant(4, '重复', CITY, 'O4b')
ZS = '《中华人民共和国噪声污染防治法》'
addu(CITY, 'O5a', 'ST', 'zf', '对在噪声敏感建筑物集中区域夜间进行产生噪声的建筑施工作业的行政处罚', '行政处罚', ZS, matter='施工噪声')
addu(CITY, 'O5b', 'ZJ', 'zl', '对建筑施工场界噪声超标排放的行政处罚', '行政处罚', ZS, matter='施工噪声')
addu(CITY, 'O5c', 'CG', 'zf', '查处夜间违规施工噪声扰民', '行政处罚', ZS, matter='施工噪声')
for k in ('O5a', 'O5b', 'O5c'):
    plant(5, '重复', CITY, k)
addu(CITY, 'O6a', 'MZ', 'sw', '烈士褒扬金发放', '行政给付', '《烈士褒扬条例》', matter='烈士褒扬金')
addu(CITY, 'O6b', 'TYJR', 'yf', '烈士褒扬金发放', '行政给付', '《烈士褒扬条例》', matter='烈士褒扬金')
plant(6, '重复', CITY, 'O6a'); plant(6, '重复', CITY, 'O6b')
addu(CITY, 'O7a', 'YB', 'dy', '医疗救助待遇给付', '行政给付', '《社会救助暂行办法》', matter='医疗救助')
addu(CITY, 'O7b', 'MZ', 'jz', '困难群众医疗救助金发放', '行政给付', '《社会救助暂行办法》', matter='医疗救助')
plant(7, '重复', CITY, 'O7a'); plant(7, '重复', CITY, 'O7b')
addu(CITY, 'O8a', 'ST', 'sh', '入河排污口设置审批', '其他行政权力', '《中华人民共和国水污染防治法》；《中华人民共和国水法》', matter='入河排污口')
addu(CITY, 'O8b', 'SL', 'szy', '新建、改建或者扩大入河排污口审核', '其他行政权力', '《中华人民共和国水法》', matter='入河排污口')
plant(8, '重复', CITY, 'O8a'); plant(8, '重复', CITY, 'O8b')
addu(CITY, 'O9b', 'ZR', 'zf', '对在河道管理范围内非法采砂的行政处罚', '行政处罚', '《中华人民共和国矿产资源法》', matter='河道采砂')
plant(9, '交叉', CITY, 'sl04'); plant(9, '交叉', CITY, 'O9b')
addu(CITY, 'O10a', 'NY', 'zzy', '秸秆综合利用和禁烧监督管理', '其他行政权力', DQ, matter='秸秆焚烧')
addu(CITY, 'O10b', 'ST', 'zf', '对露天焚烧秸秆的行政处罚', '行政处罚', DQ, matter='秸秆焚烧')
plant(10, '交叉', CITY, 'O10a'); plant(10, '交叉', CITY, 'O10b')
addu(CITY, 'O11a', 'NY', 'zf', '对未经定点从事生猪屠宰活动的行政处罚', '行政处罚', '《生猪屠宰管理条例》', matter='私屠滥宰')
addu(CITY, 'O11b', 'SW', 'sc', '对未经定点从事生猪屠宰活动的行政处罚', '行政处罚', '《生猪屠宰管理条例》', matter='私屠滥宰')
plant(11, '重复', CITY, 'O11a'); plant(11, '重复', CITY, 'O11b')
addu(CITY, 'O12a', 'SW', 'sc', '单用途商业预付卡发卡企业备案', '其他行政权力', '《单用途商业预付卡管理办法（试行）》', matter='预付卡')
addu(CITY, 'O12b', 'SJ', 'xb', '对经营者以预收款方式提供商品或者服务未按照约定提供的行政处罚', '行政处罚', '《中华人民共和国消费者权益保护法》', matter='预付卡')
plant(12, '交叉', CITY, 'O12a'); plant(12, '交叉', CITY, 'O12b')
addu(CITY, 'O13a', 'JT', 'cz', '互联网租赁自行车运营企业备案', '其他行政权力', '《中华人民共和国道路交通安全法》', matter='共享单车')
addu(CITY, 'O13b', 'CG', 'zf', '对互联网租赁自行车违规停放影响市容的查处', '行政处罚', '《城市市容和环境卫生管理条例》', matter='共享单车')
plant(13, '交叉', CITY, 'O13a'); plant(13, '交叉', CITY, 'O13b')
addu(CITY, 'O14a', 'RS', 'jy', '就业见习补贴发放', '行政给付', '《中华人民共和国就业促进法》', matter='就业见习补贴')
addu(CITY, 'O14b', 'RS', 'rc', '高校毕业生就业见习补贴申领', '行政给付', '《中华人民共和国就业促进法》', matter='就业见习补贴')
plant(14, '重复', CITY, 'O14a'); plant(14, '重复', CITY, 'O14b')
addu(CITY, 'O15a', 'WL', 'sc', '营业性演出活动监督检查', '行政检查', '《营业性演出管理条例》', matter='营业性演出')
addu(CITY, 'O15b', 'WL', 'zf', '营业性演出活动监督检查', '行政检查', '《营业性演出管理条例》', matter='营业性演出')
plant(15, '重复', CITY, 'O15a'); plant(15, '重复', CITY, 'O15b')
addu(CITY, 'O16a', 'RS', 'jy', '失业保险金申领审核', '行政给付', '《失业保险条例》', matter='失业保险金')
addu(CITY, 'O16b', 'SB', 'sygs', '失业保险金发放', '行政给付', '《失业保险条例》；《中华人民共和国社会保险法》', matter='失业保险金')
plant(16, '重复', CITY, 'O16a'); plant(16, '重复', CITY, 'O16b')
addu(CITY, 'O17a', 'WJ', 'jd', '二次供水卫生监督检查', '行政检查', '《生活饮用水卫生监督管理办法》', matter='二次供水')
addu(CITY, 'O17b', 'ZJ', 'csjs', '二次供水设施运行管理监督检查', '行政检查', '《城市供水条例》', matter='二次供水')
plant(17, '重复', CITY, 'O17a'); plant(17, '重复', CITY, 'O17b')
# mark wl01 as sharing the 营业性演出 matter (same unit WL)
# 云溪区
TD = '《中华人民共和国土地管理法》'
addu(YX, 'YO1a', 'ZR', 'zf', '对农村村民未经批准非法占用土地建住宅的行政处罚', '行政处罚', TD, matter='宅基地违法')
addu(YX, 'YO1b', 'NS', 'zf', '对农村村民未经批准非法占用土地建住宅的行政处罚', '行政处罚', TD, matter='宅基地违法')
plant(18, '重复', YX, 'YO1a'); plant(18, '重复', YX, 'YO1b')
addu(YX, 'YO2b', 'YJ', 'wh', '工贸企业职业卫生监督检查', '行政检查', '《中华人民共和国职业病防治法》；《中华人民共和国安全生产法》', matter='职业卫生')
plant(19, '重复', YX, 'wj11'); plant(19, '重复', YX, 'YO2b')
addu(YX, 'YO3a', 'CG', 'sr', '餐厨垃圾收运处置监督管理', '其他行政权力', '《中华人民共和国固体废物污染环境防治法》', matter='餐厨')
addu(YX, 'YO3b', 'SJ', 'zf', '对餐饮服务提供者未按规定处置餐厨废弃物的行政处罚', '行政处罚', '《中华人民共和国食品安全法》', matter='餐厨')
plant(20, '交叉', YX, 'YO3a'); plant(20, '交叉', YX, 'YO3b')
addu(YX, 'YO4a', 'ZJ', 'zl', '对建筑工地扬尘污染防治不力的行政处罚', '行政处罚', DQ, matter='扬尘')
addu(YX, 'YO4b', 'CG', 'zf', '查处建筑施工工地扬尘污染', '行政处罚', DQ, matter='扬尘')
addu(YX, 'YO4c', 'ST', 'zf', '对施工工地未采取有效防尘降尘措施的行政处罚', '行政处罚', DQ, matter='扬尘')
for k in ('YO4a', 'YO4b', 'YO4c'):
    plant(21, '重复', YX, k)
addu(YX, 'YO5a', 'MZ', 'jz', '困难残疾人生活补贴和重度残疾人护理补贴发放', '行政给付', '《中华人民共和国残疾人保障法》', matter='残疾人两项补贴')
addu(YX, 'YO5b', 'MZ', 'sw', '困难残疾人生活补贴和重度残疾人护理补贴发放', '行政给付', '《中华人民共和国残疾人保障法》', matter='残疾人两项补贴')
plant(22, '重复', YX, 'YO5a'); plant(22, '重复', YX, 'YO5b')
addu(YX, 'YO6a', 'GA', 'za', '养犬登记', '行政确认', '《中华人民共和国动物防疫法》', matter='养犬')
addu(YX, 'YO6b', 'CG', 'zf', '对携犬出户未束犬链、未及时清除犬只粪便的查处', '行政处罚', '《中华人民共和国动物防疫法》；《城市市容和环境卫生管理条例》', matter='养犬')
plant(23, '交叉', YX, 'YO6a'); plant(23, '交叉', YX, 'YO6b')
addu(YX, 'YO7a', 'CG', 'zf', '对在城市市区饲养家禽家畜影响市容环境卫生的行政处罚', '行政处罚', '《城市市容和环境卫生管理条例》', matter='城区养殖')
addu(YX, 'YO7b', 'NS', 'xm', '城区畜禽禁养区违规养殖查处', '行政处罚', '《中华人民共和国畜牧法》；《畜禽规模养殖污染防治条例》', matter='城区养殖')
plant(24, '重复', YX, 'YO7a'); plant(24, '重复', YX, 'YO7b')
addu(YX, 'YO8a', 'SJ', 'jg', '查处不明码标价行为', '行政处罚', '《中华人民共和国价格法》', matter='明码标价')
addu(YX, 'YO8b', 'SJ', 'zf', '对经营者未按规定明码标价的行政处罚', '行政处罚', '《中华人民共和国价格法》；《明码标价和禁止价格欺诈规定》', matter='明码标价')
plant(25, '重复', YX, 'YO8a'); plant(25, '重复', YX, 'YO8b')
# 北塘区
plant(26, '重复', BT, 'fg02'); plant(26, '重复', BT, 'gx01')
addu(BT, 'BO2a', 'JY', 'ws', '学校卫生监督检查', '行政检查', '《学校卫生工作条例》', matter='学校卫生')
addu(BT, 'BO2b', 'WJ', 'jd', '学校卫生监督检查', '行政检查', '《学校卫生工作条例》', matter='学校卫生')
plant(27, '重复', BT, 'BO2a'); plant(27, '重复', BT, 'BO2b')
addu(BT, 'BO3a', 'SL', 'gs', '城市二次供水设施建设和运行管理', '其他行政权力', '《城市供水条例》', matter='二次供水')
addu(BT, 'BO3b', 'WJ', 'jd', '对二次供水单位的卫生监督检查', '行政检查', '《生活饮用水卫生监督管理办法》', matter='二次供水')
plant(28, '交叉', BT, 'BO3a'); plant(28, '交叉', BT, 'BO3b')
addu(BT, 'BO4b', 'ST', 'zf', '对排放油烟的餐饮服务业经营者未安装油烟净化设施的行政处罚', '行政处罚', DQ, matter='餐饮油烟')
addu(BT, 'BO4c', 'SJ', 'zf', '查处餐饮单位油烟污染扰民', '行政处罚', DQ, matter='餐饮油烟')
for k in ('cg16', 'BO4b', 'BO4c'):
    plant(29, '重复', BT, k)
addu(BT, 'BO5a', 'CG', 'sr', '对在城市建筑物、设施上乱涂写、刻画、张贴的行政处罚', '行政处罚', '《城市市容和环境卫生管理条例》', matter='乱涂写')
addu(BT, 'BO5b', 'CG', 'zf', '对在城市建筑物、设施上乱涂写、刻画、张贴的行政处罚', '行政处罚', '《城市市容和环境卫生管理条例》', matter='乱涂写')
plant(30, '重复', BT, 'BO5a'); plant(30, '重复', BT, 'BO5b')
addu(BT, 'BO6b', 'RS', 'sb', '城乡居民医疗保险参保缴费登记', '行政确认', '《中华人民共和国社会保险法》', matter='居民医保参保')
plant(31, '重复', BT, 'yb05'); plant(31, '重复', BT, 'BO6b')
addu(BT, 'BO7b', 'GA', 'za', '对未经许可经营烟花爆竹的行政处罚', '行政处罚', '《烟花爆竹安全管理条例》', matter='烟花零售')
plant(32, '交叉', BT, 'yj02'); plant(32, '交叉', BT, 'BO7b')
addu(BT, 'BO8a', 'ZJ', 'rq', '城镇燃气安全监督检查', '行政检查', '《城镇燃气管理条例》', matter='燃气安全')
addu(BT, 'BO8b', 'CG', 'rq', '燃气经营和使用安全日常检查', '行政检查', '《城镇燃气管理条例》', matter='燃气安全')
plant(33, '重复', BT, 'BO8a'); plant(33, '重复', BT, 'BO8b')

# ------------------------------------------------------------------ reform, orphans, cancelled, misc (city)
RC, RD = REFORM_CITY, REFORM_DIST
PX = '《中华人民共和国乡村振兴促进法》'
LN = '《中华人民共和国老年人权益保障法》'


def move(jur, key, title, typ, basis, old, new, date, matter=''):
    """old/new = (dom, sec)"""
    addu(jur, key, old[0], old[1], title, typ, basis, end=date, matter=matter, tag='moved-old')
    addu(jur, key, new[0], new[1], title, typ, basis, start=date, matter=matter, tag='moved-new')


# 数字经济科 -> 市数据局
move(CITY, 'mv_sj1', '公共数据资源目录编制和共享交换管理', '其他行政权力', '《中华人民共和国数据安全法》', ('FGW', 'sz'), ('SJJ', 'sjzy'), RC)
move(CITY, 'mv_sj2', '数字经济发展规划编制和重点项目统筹推进', '其他行政权力', '《“十四五”数字经济发展规划》', ('FGW', 'sz'), ('SJJ', 'szjj'), RC)
move(CITY, 'mv_sj3', '市级政务信息化项目建设方案审核', '其他行政权力', '《国家政务信息化项目建设管理办法》', ('FGW', 'tz'), ('SJJ', 'jcss'), RC)
addu(CITY, 'sjj01', 'SJJ', 'sjzy', '公共数据开放利用申请受理', '公共服务', '《中华人民共和国数据安全法》', start=RC)
addu(CITY, 'sjj02', 'SJJ', 'szjj', '数据要素市场培育和应用场景推广', '其他行政权力', '《中华人民共和国数据安全法》', start=RC)
addu(CITY, 'ab_fg', 'FGW', 'sz', '数字经济核心产业统计监测', '其他行政权力', '《中华人民共和国统计法》；《数字经济及其核心产业统计分类（2021）》', tag='orphan')
# 市乡村振兴局 -> 市农业农村局
move(CITY, 'mv_zx1', '防止返贫动态监测和帮扶工作统筹指导', '其他行政权力', PX, ('XCZX', 'kf'), ('NY', 'xczx'), RC)
move(CITY, 'mv_zx2', '衔接推进乡村振兴补助资金项目库建设和管理', '其他行政权力', PX, ('XCZX', 'xm'), ('NY', 'bf'), RC)
move(CITY, 'mv_zx3', '东西部协作和定点帮扶工作组织协调', '其他行政权力', PX, ('XCZX', 'bf'), ('NY', 'xczx'), RC)
move(CITY, 'mv_zx4', '扶贫项目资产后续管理监督', '其他行政权力', PX, ('XCZX', 'xm'), ('NY', 'bf'), RC)
move(CITY, 'mv_zx5', '脱贫人口小额信贷风险补偿金管理', '其他行政权力', PX, ('XCZX', 'xm'), ('NY', 'bf'), RC)
addu(CITY, 'ab_zx', 'XCZX', 'kf', '雨露计划职业教育补助发放', '行政给付', PX, tag='orphan')
# 卫健委老龄健康科 -> 民政局老龄工作科 / 卫健委基层卫生健康科
move(CITY, 'mv_ll1', '老年人优待证办理', '公共服务', LN, ('WJ', 'll'), ('MZ', 'll'), RC)
move(CITY, 'mv_ll2', '百岁老人长寿补贴发放', '行政给付', LN, ('WJ', 'll'), ('MZ', 'll'), RC)
move(CITY, 'mv_ll3', '老龄事业发展规划编制和“敬老月”活动组织', '其他行政权力', LN, ('WJ', 'll'), ('MZ', 'll'), RC)
move(CITY, 'mv_ll4', '老年健康服务体系建设和老年人健康管理指导', '公共服务', '《中华人民共和国基本医疗卫生与健康促进法》', ('WJ', 'll'), ('WJ', 'jc'), RC)
addu(CITY, 'ab_ll', 'WJ', 'll', '市老龄工作委员会办公室日常工作', '其他行政权力', LN, tag='orphan')
# scheduled transfer (not yet in force on the evaluation date)
move(CITY, 'cg29', '城市桥梁隧道安全检测监督', '行政检查', '《城市道路管理条例》', ('CG', 'sz'), ('ZJ', 'csjs'), '2025-09-01')
# dangling references
add(CITY, 'mu_c', '青岚市安全生产监督管理局', '', '非煤矿山建设项目安全设施设计审查', '行政许可', '《中华人民共和国安全生产法》；《非煤矿矿山企业安全生产许可证实施办法》', tag='orphan')
add(CITY, 'ms_c', U(CITY, 'SJ')['name'], '标准管理科', '企业标准自我声明公开监督检查', '行政检查', '《中华人民共和国标准化法》', tag='orphan')
add(CITY, 'uh_c', '', '', '城市地下综合管廊运营维护监督管理', '其他行政权力', '《城市地下管线工程档案管理办法》', tag='orphan')
addu(CITY, 'nl_c', 'SJ', 'spjy', '餐厨废弃物收运处置监督管理', '其他行政权力', '《中华人民共和国固体废物污染环境防治法》', role='配合',
     content='配合做好餐饮服务提供者餐厨废弃物处置台账检查。', tag='orphan')
# cancelled duties
addu(CITY, 'cx_c1', 'SW', 'wm', '对外贸易经营者备案登记', '其他行政权力', '《中华人民共和国对外贸易法》', end='2022-12-30', status='取消')
addu(CITY, 'cx_c2', 'FGW', 'ls', '粮食收购资格认定', '行政许可', '《粮食流通管理条例》', end='2021-04-15', status='取消')
# 配合 rows on city duties
addu(CITY, 'st22', 'GX', 'yx', CAT['st22']['title'], CAT['st22']['type'], CAT['st22']['basis'], role='配合',
     content='指导督促工业企业落实重污染天气错峰生产和减排措施。')
addu(CITY, 'yj08', 'MZ', 'jz', CAT['yj08']['title'], CAT['yj08']['type'], CAT['yj08']['basis'], role='配合',
     content='对符合条件的受灾困难群众及时纳入社会救助范围。')

# ------------------------------------------------------------------ 云溪区 reform and orphans
move(YX, 'ymv1', '防止返贫监测对象识别认定', '行政确认', PX, ('XCZX', 'bf'), ('NS', 'xczx'), RD)
move(YX, 'ymv2', '脱贫人口小额信贷贴息', '行政给付', PX, ('XCZX', 'bf'), ('NS', 'xczx'), RD)
move(YX, 'ymv3', '衔接推进乡村振兴补助资金项目实施管理', '其他行政权力', PX, ('XCZX', 'bf'), ('NS', 'xczx'), RD)
addu(YX, 'nl_y', 'XCZX', 'bf', '脱贫户产业发展奖补资金发放', '行政给付', PX, end=RD)
addu(YX, 'nl_y', 'CZ', 'nn', '脱贫户产业发展奖补资金发放', '行政给付', PX, role='配合',
     content='按规定拨付奖补资金，配合做好资金使用监督。', tag='orphan')
addu(YX, 'ab_y', 'XCZX', 'bf', '脱贫劳动力外出务工一次性交通补助发放', '行政给付', PX, tag='orphan')
add(YX, 'mu_y', '云溪区城市管理局', '', '城市生活垃圾中转站运行监督管理', '其他行政权力', '《城市生活垃圾管理办法》', tag='orphan')
add(YX, 'ms_y', U(YX, 'RS')['name'], '劳动监察股', '对用人单位违法延长劳动者工作时间的行政处罚', '行政处罚', '《中华人民共和国劳动法》；《劳动保障监察条例》', tag='orphan')
add(YX, 'uh_y', '', '', '电动自行车集中充电设施建设运营监督管理', '其他行政权力', '《中华人民共和国消防法》', tag='orphan')
addu(YX, 'cx_y', 'RS', 'jy', '台港澳人员在内地就业许可', '行政许可', '《中华人民共和国就业促进法》', end='2018-07-28', status='取消')

# ------------------------------------------------------------------ 北塘区 reform and orphans
move(BT, 'bmv1', '高龄津贴发放', '行政给付', LN, ('WJ', 'll'), ('MZ', 'll'), RD)
move(BT, 'bmv2', '老年人优待证办理', '公共服务', LN, ('WJ', 'll'), ('MZ', 'll'), RD)
addu(BT, 'ab_b', 'WJ', 'll', '老年人能力综合评估', '行政确认', LN, tag='orphan')
add(BT, 'ms_b', U(BT, 'CG')['name'], '市容科', '对在临街建筑物阳台外、窗外堆放吊挂有碍市容物品的行政处罚', '行政处罚', '《城市市容和环境卫生管理条例》', tag='orphan')
add(BT, 'uh_b', '', '', '居民小区高空抛物坠物风险排查治理', '其他行政权力', '《中华人民共和国民法典》', tag='orphan')
addu(BT, 'cx_b', 'MZ', 'yl', '养老机构设立许可', '行政许可', LN, end='2018-12-29', status='取消')
add(BT, 'alias_b', '北塘区综合行政执法局', '', '城市管理领域信用评价和失信行为认定', '其他行政权力', '《优化营商环境条例》')

# ------------------------------------------------------------------ internal duties
INTERNAL = ['负责本部门安全生产工作', '本单位党风廉政建设', '本单位保密工作', '机关党建工作', '本单位信访维稳工作',
            '机关财务管理', '本单位政务公开工作', '本单位档案管理']
INT_CONTENT = {
    '负责本部门安全生产工作': '落实“管行业必须管安全”和本单位安全生产主体责任，组织机关办公场所安全检查。',
    '本单位党风廉政建设': '落实全面从严治党主体责任，开展廉政教育和廉政风险防控。',
    '本单位保密工作': '落实保密责任制，做好涉密人员、载体和信息系统管理。',
    '机关党建工作': '负责机关党组织建设、党员教育管理和党费收缴。',
    '本单位信访维稳工作': '受理办理涉及本单位的信访事项，排查化解矛盾。',
    '机关财务管理': '负责本单位预算编制执行、财务核算和资产管理。',
    '本单位政务公开工作': '负责本单位政府信息主动公开和依申请公开办理。',
    '本单位档案管理': '负责本单位文书档案收集、整理、归档和利用。',
}
for jur in (CITY, YX, BT):
    doms = [d for (j, d) in UNITS if j == jur]
    for i, dom in enumerate(doms):
        u = UNITS[(jur, dom)]
        if u['abol']:
            titles = INTERNAL[:2]
        else:
            titles = INTERNAL[:2]
            if i % 2 == 0 or dom in ('MZ', 'SF', 'SJ', 'WJ'):
                titles = titles + [INTERNAL[2]]
            extra = INTERNAL[3:]
            titles = titles + [extra[(i + j) % len(extra)] for j in range(i % 2 + (1 if jur == CITY else 0))]
        seen = []
        for t in titles:
            if t in seen:
                continue
            seen.append(t)
            sk = 'bgs' if 'bgs' in u['secs'] else ('zh' if 'zh' in u['secs'] else '')
            add(jur, 'int_' + dom + '_' + str(INTERNAL.index(t)), u['name'], u['secs'].get(sk, ''), t, '内部管理',
                '《中国共产党纪律处分条例》' if '党' in t else ('《中华人民共和国保守国家秘密法》' if '保密' in t else
                ('《中华人民共和国安全生产法》' if '安全' in t else ('《信访工作条例》' if '信访' in t else
                 ('《中华人民共和国政府信息公开条例》' if '公开' in t else ('《中华人民共和国档案法》' if '档案' in t else '《中华人民共和国会计法》'))))),
                content=INT_CONTENT[t], start='', end=(u['abol'] or ''), tag='internal')
# make sure certain internal pairs used as distractors exist in every unit they name (checked later)

# ------------------------------------------------------------------ streets
CORR = []   # (street, office name, district unit name, note)
for sp, conf in ST_.CONF.items():
    dist = STREETS[sp][0]
    for k in STREET_OFFICES[sp]:
        for d in office_counterparts(sp, k):
            CORR.append((sp, office(sp, k), U(dist, d)['name'], '业务指导和工作衔接'))
    # basic
    for bk in conf['basic']:
        okey, dom, title, basis, content = ST_.BASIC[bk]
        title = conf['rename'].get(bk, title)
        r = add(sp, bk, office(sp, okey), '', title, '基本履职', basis, content=content)
        r['counterpart'] = U(dist, dom)['name'] if dom else ''
    for pk in conf['pair']:
        dom, okey, title, basis, c1, c2 = ST_.PAIR[pk]
        add(sp, pk, U(dist, dom)['name'], '', title, '配合履职', basis, content=c1)
        add(sp, pk, office(sp, okey), '', title, '配合履职', basis, role='配合', content=c2)
    for uk in conf['up']:
        dom, title, basis, content = ST_.UP[uk]
        add(sp, uk, U(dist, dom)['name'], '', title, '上级收回', basis, content=content)

for sp, okey, uname, note in BROKEN:
    CORR.append((sp, office(sp, okey), uname, note))
# 望江街道便民服务中心 also receives disability-subsidy applications
CORR.append(('青岚市/云溪区/望江街道', office('青岚市/云溪区/望江街道', 'bm'), U(YX, 'MZ')['name'], '残疾人两项补贴申请受理衔接'))

WJ_, TY_, BS_, LW_, XG_, SQ_ = list(ST_.CONF)
# planted street overlaps
r = add(WJ_, 'WO1a', office(WJ_, 'sh'), '', '残疾人两项补贴申请受理', '基本履职', '《中华人民共和国残疾人保障法》',
        content='受理困难残疾人生活补贴和重度残疾人护理补贴申请，入户核实后报区民政局。', matter='残疾人两项补贴')
r['counterpart'] = U(YX, 'MZ')['name']
r = add(WJ_, 'WO1b', office(WJ_, 'bm'), '', '残疾人两项补贴申请受理', '基本履职', '《中华人民共和国残疾人保障法》',
        content='在便民服务中心窗口受理残疾人两项补贴申请，录入系统。', matter='残疾人两项补贴')
r['counterpart'] = U(YX, 'MZ')['name']
plant(34, '重复', WJ_, 'WO1a'); plant(34, '重复', WJ_, 'WO1b')
r = add(BS_, 'SO2a', office(BS_, 'cz'), '', '农村宅基地和村民住宅建设审批', '基本履职', '《中华人民共和国土地管理法》',
        content=ST_.BASIC['cz1'][4], matter='宅基地审批')
r['counterpart'] = U(YX, 'NS')['name']
add(BS_, 'SO2b', U(YX, 'NS')['name'], '', '农村村民宅基地审批', '上级收回', '《中华人民共和国土地管理法》',
    content='由区农业农村部门收回统一审批，镇负责受理和现场踏勘。', matter='宅基地审批')
plant(35, '重复', BS_, 'SO2a'); plant(35, '重复', BS_, 'SO2b')
r = add(SQ_, 'SO3a', office(SQ_, 'pa'), '', '森林防火巡查和野外用火管理', '基本履职', '《森林防火条例》',
        content='组织护林员和应急队伍开展森林防火巡查，审批管理野外生产用火。', matter='森林防火巡查')
r['counterpart'] = U(BT, 'ZR')['name']
r = add(SQ_, 'SO3b', office(SQ_, 'ny'), '', '护林防火巡查和野外火源管控', '基本履职', '《中华人民共和国森林法》；《森林防火条例》',
        content='落实林长制网格护林员巡山护林，管控野外火源。', matter='森林防火巡查')
r['counterpart'] = U(BT, 'ZR')['name']
plant(36, '重复', SQ_, 'SO3a'); plant(36, '重复', SQ_, 'SO3b')
# street orphans
add(LW_, 'uh_lw', '', '', '住宅小区化粪池清掏监督', '基本履职', '《城市市容和环境卫生管理条例》',
    content='督促物业和产权单位定期清掏化粪池。', tag='orphan')
dom, okey, title, basis, c1, c2 = ST_.PAIR['P13']
add(XG_, 'P13', office(XG_, okey), '', title, '配合履职', basis, role='配合', content=c2, tag='orphan')
dom, okey, title, basis, c1, c2 = ST_.PAIR['P17']
add(SQ_, 'P17', office(SQ_, okey), '', title, '配合履职', basis, role='配合', content=c2, tag='orphan')
add(SQ_, 'mu_sq', '北塘区国土资源局', '', '对无证开采砂石、取土的行政处罚', '上级收回', '《中华人民共和国矿产资源法》',
    content='由区级部门收回实施。', tag='orphan')
# UNMAPPED offices' duties and 综治中心
for sp, bk in ((TY_, None), (XG_, None)):
    pass

# ------------------------------------------------------------------ codes
ABBR = {'行政许可': 'XK', '行政处罚': 'CF', '行政强制': 'QZ', '行政征收': 'ZS', '行政给付': 'JF', '行政检查': 'JC',
        '行政确认': 'QR', '行政奖励': 'JL', '行政裁决': 'CJ', '其他行政权力': 'QT', '公共服务': 'GG', '内部管理': 'NB',
        '基本履职': 'JB', '配合履职': 'PH', '上级收回': 'SH'}
LISTCODE = {CITY: 'QL', YX: 'QLYX', BT: 'QLBT'}
for sp, conf in ST_.CONF.items():
    LISTCODE[sp] = 'QL' + conf['code'].replace('-', '')
counters = collections.Counter()
codes = {}
for r in ROWS:
    k = (r['jur'], r['key'])
    if k not in codes:
        a = ABBR[r['type']]
        counters[(r['jur'], a)] += 1
        codes[k] = f"{LISTCODE[r['jur']]}-{a}-{counters[(r['jur'], a)]:03d}"
    r['code'] = codes[k]
