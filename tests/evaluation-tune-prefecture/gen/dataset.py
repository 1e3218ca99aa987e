# -*- coding: utf-8 -*-
"""Assembles county/units.csv, sections.csv, duties.csv, correspondences.csv."""
from common import (CITY, JB, LH, REFORM, TYPES, parse_block, content_for)
import city_units
import city_duties_1, city_duties_2, city_duties_3, city_duties_4
import internal
import districts
import streets

DUTY_FIELDS = ["行政区划", "单位", "科室", "事项编码", "事项名称", "事项类型", "职责内容",
               "实施依据", "角色", "生效日期", "失效日期", "状态"]

# 牵头配合: (lead unit, lead title, support unit, support section, support content)
COOPS = [
    ("市应急管理局", "生产安全事故调查处理", "市总工会", "权益保障部",
     "派员参加事故调查组，依法维护职工合法权益，提出对事故责任人的处理意见。"),
    ("市自然资源和规划局", "地质灾害防治和地质灾害危险性评估管理", "市应急管理局", "应急指挥和预案管理科",
     "负责地质灾害应急救援的组织协调，指导受威胁群众转移避险。"),
    ("市水利和湖泊局", "河湖长制工作组织协调", "市生态环境局", "水生态环境科",
     "负责河湖水质监测和入河排污口排查整治，配合河湖长制考核。"),
    ("市农业农村局", "长江流域重点水域禁捕退捕监督管理", "市公安局", "治安管理支队",
     "依法打击非法捕捞犯罪，配合开展禁捕水域联合执法。"),
    ("市农业农村局", "长江流域重点水域禁捕退捕监督管理", "市市场监督管理局", "市场监管综合行政执法支队",
     "负责市场流通环节销售非法捕捞渔获物的监督检查。"),
    ("市商务局", "汽车以旧换新补贴审核发放", "市公安局", "交通警察支队",
     "核验旧车注销登记和新车注册登记信息。"),
    ("市商务局", "汽车以旧换新补贴审核发放", "市财政局", "国库科",
     "负责补贴资金的筹集、拨付和使用监督。"),
    ("市生态环境局", "生态环境损害赔偿磋商", "市司法局", "行政执法协调监督科",
     "提供法律咨询，推动磋商协议司法确认。"),
    ("市残联", "残疾人证核发", "市卫生健康委员会", "医政医管科",
     "指定残疾评定医疗机构，对残疾评定工作进行业务指导。"),
    ("市退役军人事务局", "退役士兵安置", "市人力资源和社会保障局", "就业促进和失业保险科",
     "落实退役士兵就业培训、岗位推荐和社会保险接续。"),
    ("市林业局", "森林防火期野外用火审批", "市应急管理局", "防灾减灾救灾科",
     "负责森林火灾扑救的应急指挥协调和救援力量调度。"),
]


def new_row(jur, unit, sec, code, title, cat, content, basis, role="牵头", start="", end="", status="有效"):
    return {"行政区划": jur, "单位": unit, "科室": sec, "事项编码": code, "事项名称": title,
            "事项类型": cat, "职责内容": content, "实施依据": basis, "角色": role,
            "生效日期": start, "失效日期": end, "状态": status}


class Coder:
    def __init__(self, prefix):
        self.prefix = prefix
        self.seq = {}

    def __call__(self, idx, tc):
        k = (idx, tc)
        self.seq[k] = self.seq.get(k, 0) + 1
        return f"{self.prefix}{idx:02d}{tc}{self.seq[k]:03d}"


def expand_block(jur, unit, items, idx, coder, unit_end="", unit_start="", sec_end=None,
                 sec_start=None):
    """Turn parsed lines of one unit into duty rows (with moves, cancellations)."""
    rows = []
    sec_end = sec_end or {}
    sec_start = sec_start or {}
    for it in items:
        cat = TYPES[it["tc"]]
        code = coder(idx, it["tc"])
        fl = it["flags"]
        content = content_for(cat, it["title"], it["content"])
        start = fl.get("from", "")
        if unit_start or sec_start.get(it["sec"]):
            start = start or REFORM
        if "cancel" in fl:
            rows.append(new_row(jur, unit, it["sec"], code, it["title"], cat, content, it["basis"],
                                start=start, end=fl["cancel"], status="取消"))
            continue
        if "move" in fl:
            tu, ts = fl["move"].split("/", 1)
            tu = tu or unit
            rows.append(new_row(jur, unit, it["sec"], code, it["title"], cat, content, it["basis"],
                                start=start, end=REFORM))
            rows.append(new_row(jur, tu, ts, code, it["title"], cat, content, it["basis"],
                                start=REFORM))
            continue
        dead = unit_end or sec_end.get(it["sec"])
        if dead and "keep" not in fl:
            raise SystemExit(f"row of abolished holder neither moved nor kept: {unit} {it}")
        rows.append(new_row(jur, unit, it["sec"], code, it["title"], cat, content, it["basis"],
                            start=start))
    return rows


def build_city():
    units, sections = city_units.build_units()
    unit_by = {u["单位"]: u for u in units}
    secs_of = {}
    for s in sections:
        secs_of.setdefault(s["单位"], []).append(s)
    all_duties = {}
    for mod in (city_duties_1, city_duties_2, city_duties_3, city_duties_4):
        for k, v in mod.DUTIES.items():
            if k in all_duties:
                raise SystemExit("duplicate unit block " + k)
            all_duties[k] = v
    coder = Coder("CJ")
    rows = []
    for name, block in all_duties.items():
        if name not in unit_by:
            raise SystemExit("unknown city unit " + name)
        u = unit_by[name]
        sec_end = {s["科室"]: s["撤销日期"] for s in secs_of.get(name, []) if s["撤销日期"]}
        sec_start = {s["科室"]: s["设立日期"] for s in secs_of.get(name, []) if s["设立日期"]}
        rows += expand_block(CITY, name, parse_block(block), city_units.UNIT_INDEX[name], coder,
                             unit_end=u["撤销日期"], unit_start=u["设立日期"],
                             sec_end=sec_end, sec_start=sec_start)
    # internal management
    ilist = []
    for u in city_units.UNITS:
        name, kind = u[0], u[1]
        if kind == "议事协调机构":
            continue
        secs = secs_of.get(name, [])
        first = ""
        for s in secs:
            if s["类型"] == "综合" and (not s["撤销日期"] or u[7]):
                first = s["科室"]
                break
        if not first and secs:
            first = [s for s in secs if not s["撤销日期"] or u[7]][0]["科室"]
        ilist.append((name, kind, city_units.UNIT_META[name]["dom"], bool(u[7]), first))
    for (name, sec, title, basis) in internal.internal_items(ilist):
        u = unit_by[name]
        code = coder(city_units.UNIT_INDEX[name], "NB")
        content = content_for("内部管理", title, "")
        if u["撤销日期"]:
            rows.append(new_row(CITY, name, sec, code, title, "内部管理", content, basis,
                                end=u["撤销日期"], status="取消"))
        else:
            rows.append(new_row(CITY, name, sec, code, title, "内部管理", content, basis,
                                start=u["设立日期"]))
    # 牵头配合
    for (lu, lt, su, ss, sc) in COOPS:
        lead = [r for r in rows if r["单位"] == lu and r["事项名称"] == lt and r["角色"] == "牵头"
                and not r["失效日期"]]
        assert len(lead) == 1, (lu, lt, lead)
        l = lead[0]
        rows.append(new_row(CITY, su, ss, l["事项编码"], lt, l["事项类型"], sc, l["实施依据"],
                            role="配合"))
    return units, sections, rows


def build_district(jur, prefix, unit_list, duty_blocks, parent_city=CITY):
    units, sections, corr = [], [], []
    coder = Coder(prefix)
    rows = []
    index = {}
    for i, u in enumerate(unit_list):
        (name, kind, alias, quota, start, end, secs, dui) = u
        index[name] = i + 1
        units.append({"行政区划": jur, "单位": name, "类型": kind, "上级单位": "",
                      "挂牌名称": alias, "合署办公": "", "编制数": str(quota),
                      "设立日期": start, "撤销日期": end})
        for j, s in enumerate(secs.split("；")):
            s_start = s_end = ""
            if s.endswith("@"):
                s, s_start = s[:-1], REFORM
            elif s.endswith("!"):
                s, s_end = s[:-1], REFORM
            q = 2 + (i + j * 2) % 5
            sections.append({"行政区划": jur, "单位": name, "科室": s,
                             "类型": city_units._sec_kind(s), "编制数": str(q),
                             "实有人数": "0" if s_end else str(max(1, q - (i + j) % 2)),
                             "设立日期": s_start, "撤销日期": s_end})
        for target in [t for t in dui.split("；") if t]:
            corr.append({"乡镇": jur, "乡镇机构": name, "县直部门": target, "备注": "业务对口"})
    unit_by = {u["单位"]: u for u in units}
    for name, block in duty_blocks.items():
        if name not in unit_by:
            raise SystemExit("unknown district unit " + name)
        u = unit_by[name]
        secs = [s for s in sections if s["单位"] == name]
        rows += expand_block(jur, name, parse_block(block), index[name], coder,
                             unit_end=u["撤销日期"], unit_start=u["设立日期"],
                             sec_end={s["科室"]: 1 for s in secs if s["撤销日期"]},
                             sec_start={s["科室"]: 1 for s in secs if s["设立日期"]})
    return units, sections, rows, corr


def parse_street_template(text):
    out = []
    for raw in text.strip("\n").split("\n"):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        p = [x.strip() for x in line.split("|")]
        while len(p) < 7:
            p.append("")
        org, tc, title, basis = p[0], p[1], p[2], p[3]
        if tc == "PH":
            c_lead, c_sup, flags = p[4], p[5], p[6]
        else:
            c_lead, c_sup, flags = p[4], "", p[5]
        fl = {}
        for tok in flags.split(";"):
            tok = tok.strip()
            if not tok:
                continue
            if "=" in tok:
                k, v = tok.split("=", 1)
                fl[k] = v
            else:
                fl[tok] = "1"
        out.append(dict(org=org, tc=tc, title=title, basis=basis, c_lead=c_lead,
                        c_sup=c_sup, flags=fl))
    return out


# planted street-level oddities
STREET_OVERRIDE_UNIT = {
    # (街道, 事项名称) -> unit name written in the list (not defined anywhere)
    ("青石桥街道", "辖区小微企业和“九小场所”安全生产检查"): "青石桥街道安全生产监督管理办公室",
}
UNMAPPED_OFFICES = {("滨江街道", "退役军人服务站"), ("湖东街道", "农业服务中心")}


def build_street(district_jur, street, prefix, offices, template):
    jur = district_jur + "/" + street
    units = [{"行政区划": jur, "单位": street + "办事处", "类型": "乡镇", "上级单位": "",
              "挂牌名称": "", "合署办公": "", "编制数": "", "设立日期": "", "撤销日期": ""}]
    corr = []
    for i, (o, dui) in enumerate(offices):
        units.append({"行政区划": jur, "单位": street + o, "类型": "其他",
                      "上级单位": street + "办事处", "挂牌名称": "", "合署办公": "",
                      "编制数": str(3 + (i * 5) % 7), "设立日期": "", "撤销日期": ""})
        if (street, o) in UNMAPPED_OFFICES:
            continue
        for t in dui.split("；"):
            corr.append({"乡镇": jur, "乡镇机构": street + o, "县直部门": t, "备注": ""})
    rows = []
    seq = {}
    for it in parse_street_template(template):
        fl = it["flags"]
        if "only" in fl and fl["only"] != street:
            continue
        tc = it["tc"]
        seq[tc] = seq.get(tc, 0) + 1
        code = f"{prefix}-{tc}-{seq[tc]:03d}"
        cat = TYPES[tc]
        if tc == "JB":
            unit = STREET_OVERRIDE_UNIT.get((street, it["title"]), street + it["org"])
            c = content_for(cat, it["title"], it["c_lead"])
            if "cancel" in fl:
                rows.append(new_row(jur, unit, "", code, it["title"], cat, c, it["basis"],
                                    end=fl["cancel"], status="取消"))
            else:
                rows.append(new_row(jur, unit, "", code, it["title"], cat, c, it["basis"]))
        elif tc == "PH":
            lead_u, sup_o = it["org"].split(">")
            if "nolead" not in fl:
                c1 = it["c_lead"] or ("牵头实施" + it["title"] + "。")
                rows.append(new_row(jur, lead_u, "", code, it["title"], cat, c1, it["basis"]))
            c2 = it["c_sup"] or content_for(cat, it["title"], "")
            rows.append(new_row(jur, street + sup_o, "", code, it["title"], cat, c2,
                                it["basis"], role="配合"))
        elif tc == "SH":
            c = content_for(cat, it["title"], it["c_lead"])
            rows.append(new_row(jur, it["org"], "", code, it["title"], cat, c, it["basis"],
                                start=REFORM))
    return units, rows, corr


def build_all():
    units, sections, rows = build_city()
    corr = []
    for jur, prefix, ul, db in ((JB, "JB", districts.JB_UNITS, districts.JB_DUTIES),
                                (LH, "LH", districts.LH_UNITS, districts.LH_DUTIES)):
        u, s, r, c = build_district(jur, prefix, ul, db)
        units += u
        sections += s
        rows += r
        corr += c
    for dj, street, prefix, offices, tpl in (
            (JB, "滨江街道", "BJ", streets.JB_OFFICES, streets.TEMPLATE_JB),
            (JB, "青石桥街道", "QSQ", streets.JB_OFFICES, streets.TEMPLATE_JB),
            (LH, "湖东街道", "HD", streets.LH_OFFICES, streets.TEMPLATE_LH)):
        u, r, c = build_street(dj, street, prefix, offices, tpl)
        units += u
        rows += r
        corr += c
    import plants
    rows += plants.orphan_rows()
    corr += plants.broken_correspondences()
    return units, sections, rows, corr
