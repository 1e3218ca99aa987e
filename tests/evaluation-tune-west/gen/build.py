# -*- coding: utf-8 -*-
"""生成岷溪县评测集全部 CSV：python3 gen/build.py"""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
import units as U
import d_party, d_gov_a, d_gov_b, d_gov_c
import internal
import township as T

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

DUTY_COLS = ['行政区划', '单位', '科室', '事项编码', '事项名称', '事项类型', '职责内容', '实施依据', '角色',
             '生效日期', '失效日期', '状态']
UNIT_COLS = ['行政区划', '单位', '类型', '上级单位', '挂牌名称', '合署办公', '编制数', '设立日期', '撤销日期']
SEC_COLS = ['行政区划', '单位', '科室', '类型', '编制数', '实有人数', '设立日期', '撤销日期']
CORR_COLS = ['乡镇', '乡镇机构', '县直部门', '备注']

DEFAULT_CONTENT = {
    '行政许可': '依法受理申请，审查申请材料，必要时组织现场核查，在法定时限内作出准予或者不予许可的决定。',
    '行政处罚': '对违法行为立案调查、收集证据，依法作出行政处罚决定并送达执行。',
    '行政强制': '依法实施查封、扣押等行政强制措施，制作现场笔录，及时作出处理决定。',
    '行政征收': '依法核定征收对象和数额，组织征收并足额缴入国库。',
    '行政给付': '受理申请，审核对象资格，按标准及时足额发放，并动态管理。',
    '行政检查': '制定检查计划，按照“双随机、一公开”等方式实施监督检查，依法处理发现的问题。',
    '行政确认': '受理申请，审查核实有关事实，依法予以确认、登记或者出具证明。',
    '行政奖励': '组织申报推荐，按程序审核、公示并实施奖励。',
    '行政裁决': '受理争议申请，组织调查和调解，依法作出裁决。',
    '其他行政权力': '依照法律法规和三定规定履行相应管理职责。',
    '公共服务': '提供政策咨询、受理和办理服务，在承诺时限内办结。',
    '内部管理': '落实本单位相关内部管理制度。',
    '基本履职': '按照属地管理原则组织实施，做好日常工作，并向县级主管部门报送情况。',
    '配合履职': '在县级主管部门指导下做好摸排、宣传、信息报送等配合工作。',
    '上级收回': '由县级部门统一实施，乡镇发现问题线索及时报告。',
}


def _strip(t, heads, tails):
    for h in heads:
        if t.startswith(h) and len(t) > len(h) + 2:
            t = t[len(h):]
            break
    for x in tails:
        if t.endswith(x) and len(t) > len(x) + 2:
            t = t[:-len(x)]
            break
    return t


def default_content(typ, title, jur):
    if typ == '行政处罚':
        obj = _strip(title, ('对', '查处'), ('行为的行政处罚', '的行政处罚', '行为的处罚', '的处罚', '行为的查处', '的查处', '行为'))
        return '对%s的行为立案调查、收集证据，依法作出行政处罚决定并送达执行。' % obj
    if typ == '行政检查':
        obj = _strip(title, (), ('监督检查', '日常监管', '监督管理', '检查'))
        return '对%s开展日常检查和“双随机、一公开”抽查，发现问题依法处理。' % obj
    if typ == '行政许可':
        return '受理“%s”申请，审查申请材料，必要时组织现场核查，在法定时限内作出准予或者不予许可的决定。' % title
    if typ == '行政给付':
        return '受理%s申请，审核对象资格，按标准及时足额发放，并实行动态管理。' % _strip(title, (), ('发放', '给付'))
    if typ == '行政确认':
        return '受理%s申请，审查核实有关事实，依法予以确认、登记或者出具证明。' % title
    if typ == '行政强制':
        return '依法实施“%s”，制作现场笔录，及时作出处理决定。' % title
    if typ == '行政征收':
        return '依法核定%s的对象和数额，组织征收并足额缴入国库。' % _strip(title, (), ('征收',))
    if typ == '行政奖励':
        return '组织%s的申报推荐，按程序审核、公示并实施奖励。' % title
    if typ == '行政裁决':
        return '受理%s申请，组织调查和调解，依法作出裁决。' % title
    if typ == '其他行政权力':
        return '负责%s工作，按照三定规定组织实施。' % title
    if typ == '公共服务':
        return '提供%s服务，公开办事指南，在承诺时限内办结。' % _strip(title, (), ('服务',))
    if typ == '基本履职':
        return '负责本乡镇%s，按照属地管理原则组织实施并向县级主管部门报送情况。' % title
    if typ == '上级收回':
        return '由县级部门统一实施“%s”，乡镇发现问题线索及时报告。' % title
    if typ == '配合履职':
        return '配合县级部门做好%s。' % title
    return DEFAULT_CONTENT[typ]


def write_csv(path, cols, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n', quoting=csv.QUOTE_MINIMAL)
    w.writerow(cols)
    for r in rows:
        w.writerow([r.get(c, '') if isinstance(r, dict) else r[i] for i, c in enumerate(cols)])
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(buf.getvalue())


class Builder:
    def __init__(self):
        self.units, self.sections = U.parse_units()
        self.unit_no = {}
        n = 0
        for u in self.units:
            if u['行政区划'] == COUNTY:
                n += 1
                self.unit_no[u['单位']] = n
        self.sec_from = {(s['单位'], s['科室']): s['设立日期'] for s in self.sections}
        self.unit_from = {u['单位']: u['设立日期'] for u in self.units if u['行政区划'] == COUNTY}
        self.rows = []
        self.seq = {}

    def code(self, prefix, abbr):
        k = (prefix, abbr)
        self.seq[k] = self.seq.get(k, 0) + 1
        return '%s-%s-%03d' % (prefix, abbr, self.seq[k])

    def county_code(self, unit, typ):
        no = self.unit_no.get(unit, 99 if unit else 0)
        return self.code('MX%02d' % no, TYPE_ABBR[typ])

    def default_from(self, unit, sec):
        if self.sec_from.get((unit, sec)) == REFORM or self.unit_from.get(unit) == REFORM:
            return REFORM
        return COUNTY_LIST_DATE

    def add(self, **kw):
        r = {c: '' for c in DUTY_COLS}
        r.update(kw)
        if not r['角色']:
            r['角色'] = '牵头'
        if not r['状态']:
            r['状态'] = '有效'
        if not r['职责内容']:
            r['职责内容'] = default_content(r['事项类型'], r['事项名称'], r['行政区划'])
        self.rows.append(r)
        return r

    @staticmethod
    def split_flags(parts):
        flags, pcs = {}, []
        for f in parts:
            if not f:
                continue
            k, v = f.split('=', 1)
            if k == 'pc':
                pcs.append(v)
            else:
                flags[k] = v
        return flags, pcs

    FLAG_KEYS = ('mv=', 'pc=', 'end=', 'cancel=', 'from=', 'role=', 'code=', 'lead=', 'mvt=')

    def content_flags(self, rest):
        content = ''
        if rest and not rest[0].startswith(self.FLAG_KEYS):
            content, rest = rest[0], rest[1:]
        for f in rest:
            if f and not f.startswith(self.FLAG_KEYS):
                raise SystemExit('bad flag: %r' % f)
        flags, pcs = self.split_flags(rest)
        return content, flags, pcs

    def parse_county(self, text):
        jur = unit = sec = None
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith('//'):
                continue
            if line[0] == '!':
                jur = line[1:]
                continue
            if line[0] == '#':
                unit = '' if line[1:] == '-' else line[1:]
                sec = ''
                continue
            if line[0] == '@':
                sec = '' if line[1:] == '-' else line[1:]
                continue
            p = line.split('|')
            typ = TYPE_MAP[p[0]]
            title, basis = p[1], p[2]
            content, flags, pcs = self.content_flags(p[3:])
            code = flags.get('code') or self.county_code(unit, typ)
            frm = flags.get('from') or self.default_from(unit, sec)
            base = dict(行政区划=jur, 事项编码=code, 事项名称=title, 事项类型=typ, 实施依据=basis)
            lead = self.add(单位=unit, 科室=sec, 职责内容=content, 角色=flags.get('role', '牵头'),
                            生效日期=frm, **base)
            if 'cancel' in flags:
                lead['状态'] = '取消'
                lead['失效日期'] = flags['cancel']
            if 'end' in flags:
                lead['失效日期'] = flags['end']
            if 'mv' in flags:
                lead['失效日期'] = REFORM
                nu, ns = flags['mv'].split('/')
                self.add(单位=nu, 科室=ns, 职责内容=content, 角色='牵头', 生效日期=REFORM, **base)
            for pc in pcs:
                who, pcontent = pc.split(':', 1)
                pu, ps = who.split('/')
                self.add(单位=pu, 科室=ps, 职责内容=pcontent, 角色='配合',
                         生效日期=self.default_from(pu, ps) if frm == COUNTY_LIST_DATE else frm, **base)

    def add_internal(self):
        used = set(r['事项名称'] for r in self.rows if r['行政区划'] == COUNTY)
        self.internal = internal.gen_internal(self.units, self.sections, used)
        for unit, sec, key, title, basis, content, abolished in self.internal:
            r = self.add(行政区划=COUNTY, 单位=unit, 科室=sec, 事项编码=self.county_code(unit, '内部管理'),
                         事项名称=title, 事项类型='内部管理', 职责内容=content, 实施依据=basis,
                         生效日期=self.default_from(unit, sec))
            if abolished:
                r['状态'] = '取消'
                r['失效日期'] = abolished

    def parse_town(self):
        tmap = {'基本': '基本履职', '配合': '配合履职', '收回': '上级收回'}
        for tk in ('QG', 'BY', 'SM'):
            jur = T.JUR[tk]
            pref = TOWN_PREFIX[jur]

            def holder(key):
                if key.startswith('C:'):
                    u, s = key[2:].split('/') if '/' in key[2:] else (key[2:], '-')
                    return ('' if u == '-' else u), ('' if s == '-' else s)
                return T.SHORT[tk] + T.OFFICES[tk][key], ''
            for line in T.TEXT.splitlines():
                line = line.strip()
                if not line:
                    continue
                p = line.split('|')
                filt = p[0]
                if filt != '*' and tk not in filt.split(','):
                    continue
                key, tcode, title, basis = p[1], p[2], p[3], p[4]
                title = T.RENAME.get(tk, {}).get(title, title)
                content, flags, _ = self.content_flags(p[5:])
                typ = tmap.get(tcode) or TYPE_MAP[tcode]
                code = self.code(pref, TYPE_ABBR[typ])
                u, s = holder(key)
                frm = flags.get('from') or TOWN_LIST_DATE
                base = dict(行政区划=jur, 事项编码=code, 事项名称=title, 实施依据=basis)
                role = '配合' if typ == '配合履职' and not key.startswith('C:') else '牵头'
                r = self.add(单位=u, 科室=s, 事项类型=typ, 职责内容=content, 角色=role, 生效日期=frm, **base)
                if 'cancel' in flags:
                    r['状态'] = '取消'
                    r['失效日期'] = flags['cancel']
                if 'mv' in flags:
                    r['失效日期'] = REFORM
                    nu, ns = holder(flags['mv'])
                    ntyp = tmap.get(flags.get('mvt', ''), typ)
                    self.add(单位=nu, 科室=ns, 事项类型=ntyp, 职责内容=content, 角色='牵头',
                             生效日期=REFORM, **base)
                if 'lead' in flags:
                    who, lc = flags['lead'].split(':', 1)
                    lu, ls = who.split('/')
                    self.add(单位=lu, 科室=ls, 事项类型='配合履职', 职责内容=lc, 角色='牵头',
                             生效日期=frm, **base)

    def correspondences(self):
        out = []
        for tk in ('QG', 'BY', 'SM'):
            jur = T.JUR[tk]
            pairs = list(T.CORR) + T.CORR_EXTRA.get(tk, []) + (T.CORR_BROKEN_QG if tk == 'QG' else [])
            seen = set()
            for key, cu, note in pairs:
                office = T.SHORT[tk] + T.OFFICES[tk][key]
                if office.endswith('退役军人服务站') or office.endswith('社会事业服务中心'):
                    continue  # 未纳入衔接对应表（有意保留的孤儿）
                if (office, cu) in seen:
                    continue
                seen.add((office, cu))
                out.append({'乡镇': jur, '乡镇机构': office, '县直部门': cu, '备注': note})
        return out


def main():
    b = Builder()
    for mod in (d_party, d_gov_a, d_gov_b, d_gov_c):
        b.parse_county(mod.TEXT)
    b.add_internal()
    b.parse_town()
    corr = b.correspondences()
    write_csv(os.path.join(ROOT, 'county', 'units.csv'), UNIT_COLS, b.units)
    write_csv(os.path.join(ROOT, 'county', 'sections.csv'), SEC_COLS, b.sections)
    write_csv(os.path.join(ROOT, 'county', 'duties.csv'), DUTY_COLS, b.rows)
    write_csv(os.path.join(ROOT, 'county', 'correspondences.csv'), CORR_COLS, corr)
    try:
        import plants, questions
    except ImportError:
        print('plants/questions not yet written')
        return b
    plants.write(b, ROOT, write_csv)
    questions.write(b, ROOT, write_csv)
    return b


if __name__ == '__main__':
    b = main()
    from collections import Counter
    c = Counter(r['行政区划'] for r in b.rows)
    print('duty rows by list:', dict(c))
    print('internal:', sum(1 for r in b.rows if r['事项类型'] == '内部管理'))
