# -*- coding: utf-8 -*-
"""Shared constants, the duty registry and the small text DSL used by the data modules."""
import csv
import io
import os

CITY = "榕溪市"
R = "2025-01-01"          # 机构改革生效日
EVAL = "2025-06-30"       # 评估日
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CAT = {
    "许可": "行政许可", "处罚": "行政处罚", "强制": "行政强制", "征收": "行政征收",
    "给付": "行政给付", "检查": "行政检查", "确认": "行政确认", "奖励": "行政奖励",
    "裁决": "行政裁决", "其他": "其他行政权力", "服务": "公共服务", "内部": "内部管理",
    "基本": "基本履职", "配合": "配合履职", "收回": "上级收回",
}
CATCODE = {
    "行政许可": "XK", "行政处罚": "CF", "行政强制": "QZ", "行政征收": "ZS", "行政给付": "JF",
    "行政检查": "JC", "行政确认": "QR", "行政奖励": "JL", "行政裁决": "CJ",
    "其他行政权力": "QT", "公共服务": "GG", "内部管理": "NB",
    "基本履职": "JB", "配合履职": "PH", "上级收回": "SH",
}

DUTIES = []          # every duty row, in order
_SEQ = {}            # code sequence per prefix


def next_code(prefix):
    n = _SEQ.get(prefix, 0) + 1
    _SEQ[prefix] = n
    return "%s-%03d" % (prefix, n)


def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow(["" if v is None else str(v) for v in r])
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def strip_prefix(title):
    t = title
    for p in ("对", "查处"):
        if t.startswith(p):
            t = t[len(p):]
    for s in ("的行政处罚", "的处罚", "行为的查处", "的查处", "的处理"):
        if t.endswith(s):
            t = t[: -len(s)]
            break
    return t


def auto_content(title, cat, role):
    """职责内容 written the way 清单 compilers usually fill the column."""
    if role == "配合":
        return "配合牵头部门做好%s相关工作：提供相关信息和材料，参与联合检查、调查核实和宣传引导，发现问题及时报告。" % title
    if cat == "行政许可":
        return "受理%s申请，对申请材料进行审查，需要现场核查的组织核查，依法作出准予或者不予许可的决定，核发相关证件并公开许可结果。" % title.replace("核发", "").replace("审批", "")
    if cat == "行政处罚":
        return "对%s行为依法立案调查、收集证据，告知当事人陈述申辩权利，依法作出行政处罚决定并监督执行。" % strip_prefix(title)
    if cat == "行政检查":
        return "依法开展%s，制定检查计划，对发现的问题责令限期整改，涉嫌违法的依法立案查处或者移送有关部门。" % title
    if cat == "行政给付":
        return "受理%s申请，审核申请人资格条件，按规定标准核定并按时足额发放，实行动态管理并公示。" % title
    if cat == "行政确认":
        return "受理%s申请，审查申请材料，对符合条件的予以确认（登记）并出具相关证明。" % title
    if cat == "行政奖励":
        return "组织%s的申报、审核和评定，按规定程序给予表彰奖励并向社会公开。" % title
    if cat == "行政裁决":
        return "受理当事人%s申请，依法调查核实、组织调解，调解不成的依法作出裁决。" % title
    if cat == "行政强制":
        return "对符合法定情形的，依法实施%s，制作现场笔录，并在法定期限内作出处理决定。" % title
    if cat == "行政征收":
        return "依法核定并征收%s，出具票据，按规定缴入国库。" % title
    if cat == "公共服务":
        return "提供%s服务，公开办事指南和办理流程，按承诺时限办结。" % title
    if cat == "内部管理":
        return "负责%s，建立健全相关制度并抓好落实。" % title
    if cat == "基本履职":
        return "负责辖区内%s工作，建立工作台账，按要求报送情况。" % title
    if cat == "上级收回":
        return "由市直部门收回直接行使%s，镇（街道）不再承担，必要时提供信息协助。" % title
    return "负责%s的组织实施和监督管理。" % title


def add(juris, unit, section, title, cat, basis="", content="", role="牵头", code=None,
        vf="", vt="", status="有效", tags=None, prefix=None):
    row = dict(juris=juris, unit=unit, section=section, title=title, cat=cat, basis=basis,
               content=content or auto_content(title, cat, role), role=role, code=code,
               vf=vf, vt=vt, status=status, tags=dict(tags or {}), prefix=prefix)
    DUTIES.append(row)
    return row


def block(unit, abbr, text, juris=CITY, vf_default=""):
    """Parse one unit's list.

    Each line: 科室|事项名称|类型|实施依据|职责内容|flags
    flags: t=O01 (overlap/shenguan), d=DO1,DL2 (distractor groups), x=KIND (orphan),
           role=配合, mv=单位/科室 (moved by the reform), vf=, vt=, st=取消, code=, u=单位
    """
    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        while len(parts) < 6:
            parts.append("")
        sec, title, cat, basis, content, flags = parts[:6]
        fl = {}
        for f in flags.split(";"):
            f = f.strip()
            if f:
                k, v = f.split("=", 1)
                fl[k.strip()] = v.strip()
        cat = CAT.get(cat, cat)
        role = fl.get("role", "牵头")
        tags = {}
        if "t" in fl:
            tags["t"] = fl["t"]
        if "d" in fl:
            tags["d"] = fl["d"].split(",")
        if "x" in fl:
            tags["x"] = fl["x"]
        u = fl.get("u", unit)
        code = fl.get("code")
        prefix = "%s-%s" % (CATCODE[cat], abbr)
        if code is None and role != "配合":
            code = next_code(prefix)
        vf = fl.get("vf", vf_default)
        vt = fl.get("vt", "")
        status = "取消" if fl.get("st") == "取消" else "有效"
        if "mv" in fl:
            nu, ns = fl["mv"].split("/", 1)
            add(juris, u, sec, title, cat, basis, content, role, code, vf, R, status, {}, prefix)
            add(juris, nu, ns, title, cat, basis, content, role, code, R, vt, status, tags, prefix)
        else:
            add(juris, u, sec, title, cat, basis, content, role, code, vf, vt, status, tags, prefix)


def resolve_codes():
    """配合 rows share the code of the duty they support (same list, same title)."""
    by_title = {}
    for r in DUTIES:
        if r["code"]:
            by_title.setdefault((r["juris"], r["title"]), r["code"])
    for r in DUTIES:
        if not r["code"]:
            key = (r["juris"], r["title"])
            if key in by_title:
                r["code"] = by_title[key]
            else:
                r["code"] = next_code(r["prefix"] or "QT-ZZ")
                by_title[key] = r["code"]
