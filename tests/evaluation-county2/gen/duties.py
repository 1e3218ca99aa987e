# -*- coding: utf-8 -*-
"""把各模块的职责事项组装成 duties.csv 的行。"""
from common import COUNTY, TOWNS, REFORM, LIST_DATE, TOWN_LIST_DATE, TYPE_MAP, TYPE_CODE
import units as U
import internal
import township
import duties_party, duties_gov1, duties_gov2, duties_gov3

ALL_TEXT = {}
for m in (duties_party, duties_gov1, duties_gov2, duties_gov3):
    for k, v in m.D.items():
        assert k not in ALL_TEXT, k
        ALL_TEXT[k] = v

INTERNAL_MAP = {}

TEMPL = {
    '行政许可': ['受理{t}申请，依法审查，作出准予或者不予许可的决定，并对被许可人开展事中事后监管。',
             '负责{t}的受理、审查、决定和送达，公开办事指南和审批结果。'],
    '行政处罚': ['依法办理{t}案件：立案、调查取证、告知、决定、送达和执行。',
             '承担{t}，对违法行为依法调查处理，推行"首违不罚"等包容审慎监管。'],
    '行政检查': ['依法开展{t}，对发现的问题责令整改，涉嫌违法的依法查处。',
             '制定年度检查计划，按照"双随机、一公开"方式开展{t}。'],
    '行政确认': ['受理{t}申请，审核申请材料，依法予以确认（登记）。'],
    '行政给付': ['受理{t}申请，审核对象资格，按规定标准核定并发放。'],
    '行政征收': ['依法核定并征收{t}，按规定办理减免和缴库。'],
    '行政奖励': ['组织{t}的推荐、评审、公示和表彰。'],
    '行政裁决': ['依法受理{t}申请，组织审理，作出裁决或决定。'],
    '行政强制': ['依法实施{t}，履行催告、告知、决定和执行程序。'],
    '其他行政权力': ['负责{t}。', '承担{t}工作，制定工作方案并组织实施。'],
    '公共服务': ['提供{t}服务，公开办事指南，做好咨询解答。', '负责{t}，推行"一次办好"。'],
}


def make_desc(typ, title, i):
    ts = TEMPL.get(typ, ['负责{t}。'])
    return ts[i % len(ts)].format(t=title)


class Builder:
    def __init__(self):
        self.rows = []
        self.counters = {}
        self.uidx = U.unit_index()
        self.unit_meta = {u[0]: u for u in U.COUNTY_UNITS}
        self.sec_new = set()
        for name, kind, parent, alias, coloc, quota, vf, vt, secs in U.COUNTY_UNITS:
            for s in secs.split():
                if s.endswith('+'):
                    self.sec_new.add((name, s[:-1]))

    def code(self, unit, typ):
        n = self.uidx.get(unit, 99)
        tc = TYPE_CODE[typ]
        key = (n, tc)
        self.counters[key] = self.counters.get(key, 0) + 1
        return '%s-%02d%03d' % (tc, n, self.counters[key])

    def add(self, jur, unit, sec, code, title, typ, desc, basis, role='牵头', vf='', vt='', st='有效'):
        r = {'行政区划': jur, '单位': unit, '科室': sec, '事项编码': code, '事项名称': title,
             '事项类型': typ, '职责内容': desc, '实施依据': basis, '角色': role,
             '生效日期': vf, '失效日期': vt, '状态': st}
        self.rows.append(r)
        return r

    def default_vf(self, unit, sec):
        meta = self.unit_meta.get(unit)
        if meta and meta[6] == REFORM:
            return REFORM
        if (unit, sec) in self.sec_new:
            return REFORM
        return LIST_DATE

    def county(self):
        pending = []
        i = 0
        for unit, text in ALL_TEXT.items():
            assert unit in self.unit_meta, unit
            for line in text.strip().splitlines():
                f = line.split('|')
                i += 1
                if f[1] == '配合':
                    pending.append((unit, f))
                    continue
                sec, typ, title, basis = f[0], TYPE_MAP[f[1]], f[2], f[3]
                desc, opts = None, {}
                for x in f[4:]:
                    if '=' in x and x.split('=')[0] in ('vf', 'vt', 'st', 'role'):
                        k, v = x.split('=', 1)
                        opts[k] = v
                    else:
                        desc = x
                if desc is None:
                    desc = make_desc(typ, title, i)
                st = opts.get('st', '有效')
                if '<' in sec:
                    sec, old = sec.split('<')
                    if '/' in old:
                        ou, osec = old.split('/')
                    else:
                        ou, osec = unit, old
                    code = self.code(ou, typ)
                    self.add(COUNTY, ou, osec, code, title, typ, desc, basis,
                             vf=LIST_DATE, vt=REFORM)
                    self.add(COUNTY, unit, sec, code, title, typ, desc, basis,
                             vf=REFORM, vt=opts.get('vt', ''), st=st)
                else:
                    code = self.code(unit, typ)
                    self.add(COUNTY, unit, sec, code, title, typ, desc, basis,
                             vf=opts.get('vf', self.default_vf(unit, sec)), vt=opts.get('vt', ''), st=st)
        # 配合行：与牵头行同一事项编码
        for unit, f in pending:
            sec, lead_unit, title, desc = f[0], f[2], f[3], f[4]
            leads = [r for r in self.rows if r['行政区划'] == COUNTY and r['单位'] == lead_unit
                     and r['事项名称'] == title and r['角色'] == '牵头']
            if len(leads) > 1:
                leads = [r for r in leads if not r['失效日期']]
            assert len(leads) == 1, (unit, title, len(leads))
            L = leads[0]
            self.add(COUNTY, unit, sec, L['事项编码'], title, L['事项类型'], desc, L['实施依据'],
                     role='配合', vf=self.default_vf(unit, sec))
        self.specials()
        self.internal()

    def specials(self):
        J = COUNTY
        # 无人承接（新法新规新增事项，清单编制时未明确实施主体）
        self.add(J, '', '', 'QT-00001', '无障碍环境建设监督管理', '其他行政权力',
                 '对无障碍设施建设、改造和维护情况开展监督管理。',
                 '《中华人民共和国无障碍环境建设法》第五条', vf=LIST_DATE)
        self.add(J, '', '', 'QT-00002', '电动自行车集中充电设施建设管理', '其他行政权力',
                 '统筹住宅小区电动自行车集中停放和充电设施建设，消除飞线充电隐患。',
                 '《中华人民共和国消防法》；《电动自行车安全隐患全链条整治行动方案》', vf=REFORM)
        # 单位名称已不存在（沿用旧机构名称未更新）
        self.add(J, '县安全生产监督管理局', '', 'JC-80001', '非煤矿山安全生产监督检查', '行政检查',
                 '对辖区非煤矿山企业安全生产条件和安全管理开展监督检查。',
                 '《中华人民共和国安全生产法》；《非煤矿矿山企业安全生产许可证实施办法》', vf=LIST_DATE)
        self.add(J, '县食品药品监督管理局', '', 'QT-81001', '药品不良反应监测和报告', '其他行政权力',
                 '组织药品经营、使用单位开展药品不良反应监测和报告。',
                 '《中华人民共和国药品管理法》第八十一条；《药品不良反应报告和监测管理办法》', vf=LIST_DATE)
        # 科室名称在内设机构中不存在
        self.add(J, '县市场监督管理局', '价格监督检查股', self.code('县市场监督管理局', '行政检查'),
                 '明码标价和收费公示监督检查', '行政检查',
                 '对经营者明码标价和收费公示情况开展监督检查。', '《明码标价和禁止价格欺诈规定》', vf=LIST_DATE)
        self.add(J, '县交通运输局', '运政股', self.code('县交通运输局', '行政检查'),
                 '出租汽车经营行为监督检查', '行政检查',
                 '对巡游出租汽车、网络预约出租汽车经营行为开展监督检查。',
                 '《巡游出租汽车经营服务管理规定》；《网络预约出租汽车经营服务管理暂行办法》', vf=LIST_DATE)
        self.add(J, '县教育和体育局', '校外培训监管股', self.code('县教育和体育局', '行政检查'),
                 '校外培训机构日常监管', '行政检查',
                 '对校外培训机构办学行为、收费和资金监管开展日常检查。',
                 '《国务院办公厅关于规范校外培训机构发展的意见》', vf=LIST_DATE)

    def internal(self):
        used = set(r['事项名称'] for r in self.rows if r['行政区划'] == COUNTY)
        lst = []
        big = {'县公安局', '县市场监督管理局', '县行政审批服务局', '县综合行政执法局', '县教育和体育局',
               '县卫生健康局', '县自然资源和规划局', '县农业农村局', '县住房和城乡建设局'}
        for i, u in enumerate(U.COUNTY_UNITS):
            name, vt = u[0], u[7]
            n = 2 if vt else (4 if name in big else 3)
            lst.append((name, i, n))
        titles = internal.internal_titles(lst, used)
        INTERNAL_MAP.clear()
        INTERNAL_MAP.update(titles)
        for i, u in enumerate(U.COUNTY_UNITS):
            name, secs, uvf, uvt = u[0], u[8].split(), u[6], u[7]
            sec = ''
            for s in secs:
                s2 = s.rstrip('+-')
                if U.sec_kind(s2) == '综合':
                    sec = s2
                    break
            for topic, title in titles[name]:
                code = self.code(name, '内部管理')
                vf = REFORM if uvf == REFORM else LIST_DATE
                self.add(COUNTY, name, sec, code, title, '内部管理', internal.DESC[topic],
                         '《中华人民共和国安全生产法》' if topic == '安全' else
                         '《中国共产党纪律处分条例》' if topic == '廉政' else
                         '《中华人民共和国会计法》；《行政单位财务规则》' if topic == '财务' else
                         '《中华人民共和国档案法》' if topic == '档案' else
                         '《中华人民共和国保守国家秘密法》' if topic == '保密' else
                         '《中华人民共和国公务员法》；《事业单位人事管理条例》' if topic == '人事' else
                         '《中国共产党党和国家机关基层组织工作条例》' if topic == '党建' else
                         '《党委（党组）意识形态工作责任制实施办法》' if topic == '意识形态' else
                         '《中华人民共和国政府信息公开条例》' if topic == '政务公开' else
                         '《法治政府建设实施纲要（2021—2025年）》' if topic == '法治' else
                         '《信访工作条例》' if topic == '信访' else
                         '《中华人民共和国网络安全法》' if topic == '网络安全' else
                         '《党政机关厉行节约反对浪费条例》' if topic == '后勤' else
                         '《中华人民共和国公务员法》',
                         vf=vf, vt=uvt)

    def towns(self):
        pref = {'DY': 'DYZ', 'LL': 'LLX', 'YC': 'YCJD'}
        letter = {'DY': 'D', 'LL': 'L', 'YC': 'Y'}
        for key, jur in TOWNS.items():
            n = {'JB': 0, 'PH': 0, 'SH': 0}
            for line in township.ITEMS.strip().splitlines():
                f = line.split('|')
                app, kind, okey, cty, title, basis, d_off, d_cty = f[:8]
                opts = dict(x.split('=', 1) for x in f[8].split(';') if x) if len(f) > 8 and f[8] else {}
                if not (app == 'A' or letter[key] in app):
                    continue
                office = '' if okey == 'NONE' else township.OFF[key].get(okey)
                assert office is not None, (key, okey)
                if kind == '基本':
                    n['JB'] += 1
                    code = '%s-JB-%03d' % (pref[key], n['JB'])
                    st = opts.get('st', '有效')
                    if 'from' in opts:
                        self.add(jur, opts['from'], '', code, title, '基本履职', d_off, basis,
                                 vf=TOWN_LIST_DATE, vt=REFORM)
                        self.add(jur, office, '', code, title, '基本履职', d_off, basis, vf=REFORM)
                    else:
                        self.add(jur, office, '', code, title, '基本履职', d_off, basis,
                                 vf=TOWN_LIST_DATE, vt=opts.get('vt', ''), st=st)
                elif kind == '配合':
                    n['PH'] += 1
                    code = '%s-PH-%03d' % (pref[key], n['PH'])
                    if cty:
                        cu, cs = cty.split('/')
                        self.add(jur, cu, cs, code, title, '配合履职', d_cty, basis, vf=TOWN_LIST_DATE)
                    self.add(jur, office, '', code, title, '配合履职', d_off, basis, role='配合',
                             vf=TOWN_LIST_DATE)
                elif kind == '收回':
                    n['SH'] += 1
                    code = '%s-SH-%03d' % (pref[key], n['SH'])
                    cu, cs = cty.split('/')
                    self.add(jur, cu, cs, code, title, '上级收回', d_cty, basis, vf=TOWN_LIST_DATE)
                else:
                    raise ValueError(line)


def build_duties():
    b = Builder()
    b.county()
    b.towns()
    return b.rows
