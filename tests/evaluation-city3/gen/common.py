# -*- coding: utf-8 -*-
"""Shared helpers for the 渭原市 blind evaluation set."""
import csv
import os

EVAL_DATE = '2025-06-30'
CITY = '渭原市'
DIST = '渭原市/临渭区'
DONGGUAN = '渭原市/临渭区/东关街道'
NANTANG = '渭原市/临渭区/南塘街道'
LONGBEI = '渭原市/临渭区/龙背镇'
STREETS = [DONGGUAN, NANTANG, LONGBEI]

CAT = {
    '许可': '行政许可', '处罚': '行政处罚', '强制': '行政强制', '征收': '行政征收',
    '给付': '行政给付', '检查': '行政检查', '确认': '行政确认', '奖励': '行政奖励',
    '裁决': '行政裁决', '其他': '其他行政权力', '服务': '公共服务', '内部': '内部管理',
    '基本': '基本履职', '配合': '配合履职', '收回': '上级收回',
}
CATCODE = {
    '行政许可': 'XK', '行政处罚': 'CF', '行政强制': 'QZ', '行政征收': 'ZS', '行政给付': 'JF',
    '行政检查': 'JC', '行政确认': 'QR', '行政奖励': 'JL', '行政裁决': 'CJ', '其他行政权力': 'QT',
    '公共服务': 'GG', '内部管理': 'NB',
}

LAW = {
    '食安法': '《中华人民共和国食品安全法》',
    '产质法': '《中华人民共和国产品质量法》',
    '特设法': '《中华人民共和国特种设备安全法》',
    '计量法': '《中华人民共和国计量法》',
    '药管法': '《中华人民共和国药品管理法》',
    '械条例': '《医疗器械监督管理条例》',
    '妆条例': '《化妆品监督管理条例》',
    '广告法': '《中华人民共和国广告法》',
    '价格法': '《中华人民共和国价格法》',
    '反不正当': '《中华人民共和国反不正当竞争法》',
    '消法': '《中华人民共和国消费者权益保护法》',
    '商标法': '《中华人民共和国商标法》',
    '专利法': '《中华人民共和国专利法》',
    '无照办法': '《无证无照经营查处办法》',
    '公示条例': '《企业信息公示暂行条例》',
    '主体条例': '《中华人民共和国市场主体登记管理条例》',
    '陕小作坊': '《陕西省食品小作坊小餐饮及摊贩管理条例》',
    '道交法': '《中华人民共和国道路交通安全法》',
    '治安法': '《中华人民共和国治安管理处罚法》',
    '禁毒法': '《中华人民共和国禁毒法》',
    '烟花条例': '《烟花爆竹安全管理条例》',
    '危化条例': '《危险化学品安全管理条例》',
    '环保法': '《中华人民共和国环境保护法》',
    '环评法': '《中华人民共和国环境影响评价法》',
    '大气法': '《中华人民共和国大气污染防治法》',
    '水污法': '《中华人民共和国水污染防治法》',
    '固废法': '《中华人民共和国固体废物污染环境防治法》',
    '噪声法': '《中华人民共和国噪声污染防治法》',
    '土地法': '《中华人民共和国土地管理法》',
    '矿产法': '《中华人民共和国矿产资源法》',
    '规划法': '《中华人民共和国城乡规划法》',
    '测绘法': '《中华人民共和国测绘法》',
    '森林法': '《中华人民共和国森林法》',
    '种子法': '《中华人民共和国种子法》',
    '野保法': '《中华人民共和国野生动物保护法》',
    '防火条例': '《森林防火条例》',
    '农药条例': '《农药管理条例》',
    '兽药条例': '《兽药管理条例》',
    '动防法': '《中华人民共和国动物防疫法》',
    '农产品法': '《中华人民共和国农产品质量安全法》',
    '渔业法': '《中华人民共和国渔业法》',
    '农机条例': '《农业机械安全监督管理条例》',
    '建筑法': '《中华人民共和国建筑法》',
    '消防法': '《中华人民共和国消防法》',
    '燃气条例': '《城镇燃气管理条例》',
    '物业条例': '《物业管理条例》',
    '安全生产法': '《中华人民共和国安全生产法》',
    '市容条例': '《城市市容和环境卫生管理条例》',
    '绿化条例': '《城市绿化条例》',
    '道路条例': '《城市道路管理条例》',
    '建筑垃圾规定': '《城市建筑垃圾管理规定》',
    '公路法': '《中华人民共和国公路法》',
    '运输条例': '《中华人民共和国道路运输条例》',
    '巡游规定': '《巡游出租汽车经营服务管理规定》',
    '网约车办法': '《网络预约出租汽车经营服务管理暂行办法》',
    '水法': '《中华人民共和国水法》',
    '河道条例': '《中华人民共和国河道管理条例》',
    '水保法': '《中华人民共和国水土保持法》',
    '防洪法': '《中华人民共和国防洪法》',
    '医疗机构条例': '《医疗机构管理条例》',
    '公共场所条例': '《公共场所卫生管理条例》',
    '职业病法': '《中华人民共和国职业病防治法》',
    '传染病法': '《中华人民共和国传染病防治法》',
    '人口计生法': '《中华人民共和国人口与计划生育法》',
    '旅游法': '《中华人民共和国旅游法》',
    '娱乐条例': '《娱乐场所管理条例》',
    '网吧条例': '《互联网上网服务营业场所管理条例》',
    '演出条例': '《营业性演出管理条例》',
    '文物法': '《中华人民共和国文物保护法》',
    '出版条例': '《出版管理条例》',
    '健身条例': '《全民健身条例》',
    '社保法': '《中华人民共和国社会保险法》',
    '监察条例': '《劳动保障监察条例》',
    '劳动合同法': '《中华人民共和国劳动合同法》',
    '工伤条例': '《工伤保险条例》',
    '就业促进法': '《中华人民共和国就业促进法》',
    '救助办法': '《社会救助暂行办法》',
    '殡葬条例': '《殡葬管理条例》',
    '养老办法': '《养老机构管理办法》',
    '宗教条例': '《宗教事务条例》',
    '统计法': '《中华人民共和国统计法》',
    '审计法': '《中华人民共和国审计法》',
    '医保条例': '《医疗保障基金使用监督管理条例》',
    '人防法': '《中华人民共和国人民防空法》',
    '公积金条例': '《住房公积金管理条例》',
    '粮食条例': '《粮食流通管理条例》',
    '价格认定': '《价格认定规定》',
    '会计法': '《中华人民共和国会计法》',
    '采购法': '《中华人民共和国政府采购法》',
    '预算法': '《中华人民共和国预算法》',
    '信访条例': '《信访工作条例》',
    '公开条例': '《中华人民共和国政府信息公开条例》',
    '民办教育法': '《中华人民共和国民办教育促进法》',
    '义务教育法': '《中华人民共和国义务教育法》',
    '资助办法': '《学生资助资金管理办法》',
    '退役保障法': '《中华人民共和国退役军人保障法》',
    '抚恤条例': '《军人抚恤优待条例》',
    '烈士条例': '《烈士褒扬条例》',
    '节能法': '《中华人民共和国节约能源法》',
    '中小企业法': '《中华人民共和国中小企业促进法》',
    '不动产条例': '《不动产登记暂行条例》',
    '灾害条例': '《自然灾害救助条例》',
    '见义勇为': '《国务院办公厅转发民政部等部门关于加强见义勇为人员权益保护意见的通知》',
    '党内': '《中国共产党党和国家机关基层组织工作条例》',
}


def law(key):
    if not key:
        return ''
    if key in LAW:
        return LAW[key]
    if key.startswith('《'):
        return key
    return '《' + key + '》'


def describe(cat, title):
    """A list-style 职责内容 generated from the category and the title."""
    if cat == '行政许可':
        return f'依申请办理{title}，对申请材料进行审查，符合法定条件、标准的作出准予许可决定，不符合的书面说明理由。'
    if cat == '行政处罚':
        t = title[1:] if title.startswith('对') else title
        t = t[:-3] if t.endswith('的处罚') else t
        return f'对{t}的违法行为依法立案调查，根据情节作出警告、罚款、没收违法所得等行政处罚决定并监督执行。'
    if cat == '行政强制':
        return f'在调查违法行为过程中，依法{title}，并按规定及时作出处理决定。'
    if cat == '行政检查':
        return f'依法开展{title}，采取“双随机、一公开”等方式实施检查，对发现的问题依法处理。'
    if cat == '行政征收':
        return f'依法开展{title}工作，足额征收并按规定缴入国库。'
    if cat == '行政给付':
        return f'对符合条件的对象开展{title}工作，按规定审核、公示并足额发放。'
    if cat == '行政确认':
        return f'依申请办理{title}，对符合条件的予以确认并出具相应证明文书。'
    if cat == '行政奖励':
        return f'组织开展{title}，对符合条件的单位和个人按规定给予表彰奖励。'
    if cat == '行政裁决':
        return f'依申请受理{title}，依法调查核实并作出裁决决定。'
    if cat == '其他行政权力':
        return f'依法承担{title}相关工作。'
    if cat == '公共服务':
        return f'面向群众和企业提供{title}服务，公开办事指南，限时办结。'
    if cat == '内部管理':
        return f'负责{title}。'
    return f'负责{title}相关工作。'


def write_csv(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8-sig', newline='') as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        for r in rows:
            w.writerow(['' if v is None else v for v in r])


class Store:
    """Collects units, sections, duties and correspondences for all lists."""

    def __init__(self):
        self.units = []        # dicts
        self.sections = []     # dicts
        self.duties = []       # dicts
        self.corr = []         # dicts
        self._codes = {}       # (jur, prefix) -> counter
        self._unit_keys = set()
        self._sec_keys = set()

    def unit(self, jur, name, kind, parent='', aliases='', coloc='', staff=None,
             start='', end='', source=''):
        key = (jur, name)
        assert key not in self._unit_keys, key
        self._unit_keys.add(key)
        self.units.append(dict(jur=jur, name=name, kind=kind, parent=parent,
                               aliases=aliases, coloc=coloc, staff=staff,
                               start=start, end=end, source=source))

    def section(self, jur, unit, name, kind, staff=None, actual=None, start='', end=''):
        key = (jur, unit, name)
        if key in self._sec_keys:
            return
        self._sec_keys.add(key)
        self.sections.append(dict(jur=jur, unit=unit, name=name, kind=kind,
                                  staff=staff, actual=actual, start=start, end=end))

    def has_section(self, jur, unit, name):
        return (jur, unit, name) in self._sec_keys

    def new_code(self, jur, unitcode, cat):
        pre = {'渭原市': 'WY', '渭原市/临渭区': 'LW'}.get(jur)
        if pre is None:
            return ''
        cc = CATCODE[cat]
        k = (pre, unitcode, cc)
        self._codes[k] = self._codes.get(k, 0) + 1
        return f'{pre}-{unitcode}-{cc}-{self._codes[k]:03d}'

    def duty(self, jur, unit, section, code, title, cat, desc=None, basis='', role='牵头',
             start='', end='', status='', source=''):
        if desc is None:
            desc = describe(cat, title)
        d = dict(jur=jur, unit=unit, section=section, code=code, title=title, cat=cat,
                 desc=desc, basis=law(basis), role=role, start=start, end=end,
                 status=status, source=source)
        self.duties.append(d)
        return d

    def correspond(self, township, office, county, note=''):
        self.corr.append(dict(township=township, office=office, county=county, note=note))
