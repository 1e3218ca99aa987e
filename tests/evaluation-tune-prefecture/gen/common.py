# -*- coding: utf-8 -*-
"""Shared helpers for the 澄江市 evaluation set generator."""
import csv
import io
import os

CITY = "澄江市"
JB = "澄江市/江滨区"
LH = "澄江市/临湖区"
REFORM = "2024-12-20"
EVAL = "2025-06-30"

TYPES = {
    "XK": "行政许可", "CF": "行政处罚", "QZ": "行政强制", "ZS": "行政征收",
    "JF": "行政给付", "JC": "行政检查", "QR": "行政确认", "JL": "行政奖励",
    "CJ": "行政裁决", "QT": "其他行政权力", "GG": "公共服务", "NB": "内部管理",
    "JB": "基本履职", "PH": "配合履职", "SH": "上级收回",
}

# default 职责内容 by type, used when a line gives none
DEFAULT_CONTENT = {
    "行政许可": "承担{t}的受理、审查、决定、送达和公开，做好与监管部门的信息推送。",
    "行政处罚": "承担{t}的立案、调查取证、审查、告知、决定、送达和执行。",
    "行政强制": "依法实施{t}，履行告知、决定、送达、解除等程序。",
    "行政征收": "依法核定、征收和解缴，公示征收标准，办理减免缓申请。",
    "行政给付": "承担{t}的申请受理、审核、公示、发放和动态管理。",
    "行政检查": "制定年度检查计划，开展{t}，实施“双随机、一公开”抽查，依法处理发现的问题。",
    "行政确认": "受理{t}申请，审核材料并出具确认结果。",
    "行政奖励": "组织{t}的推荐、评审、公示和奖励兑现。",
    "行政裁决": "受理{t}申请，组织调查、调解，依法作出裁决。",
    "其他行政权力": "依法办理{t}，承担相应的监督管理责任。",
    "公共服务": "提供{t}服务，公开办事指南，做好咨询解答和办理。",
    "内部管理": "负责{t}，落实主体责任，建立健全相关制度。",
    "基本履职": "负责{t}。",
    "配合履职": "配合上级主管部门做好{t}。",
    "上级收回": "{t}由区直主管部门直接实施，街道不再承担。",
}


def write_csv(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        if isinstance(r, dict):
            w.writerow([r.get(h, "") for h in header])
        else:
            w.writerow(r)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def parse_block(text):
    """Lines: 科室|类型码|事项名称|实施依据|职责内容|flags  (last two optional).
    Blank lines and lines starting with # are skipped."""
    out = []
    for raw in text.strip("\n").split("\n"):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        while len(parts) < 6:
            parts.append("")
        sec, tc, title, basis, content, flags = parts[:6]
        fl = {}
        for tok in flags.split(";"):
            tok = tok.strip()
            if not tok:
                continue
            if "=" in tok:
                k, v = tok.split("=", 1)
                fl[k.strip()] = v.strip()
            else:
                fl[tok] = "1"
        out.append(dict(sec=sec, tc=tc, title=title, basis=basis,
                        content=content, flags=fl))
    return out


def content_for(cat, title, content):
    if content:
        return content
    t = title if "“" in title else "“" + title + "”"
    return DEFAULT_CONTENT[cat].format(t=t)
