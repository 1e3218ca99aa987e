"""Shared helpers for the 松岭县 evaluation set generator."""
import csv
import os

COUNTY = "松岭县"
CITY = "鹤原市"
EVAL_DATE = "2025-06-30"

TYPES = {
    "XK": "行政许可", "CF": "行政处罚", "QZ": "行政强制", "ZS": "行政征收",
    "JF": "行政给付", "JC": "行政检查", "QR": "行政确认", "JL": "行政奖励",
    "CJ": "行政裁决", "QT": "其他行政权力", "GF": "公共服务", "NB": "内部管理",
    "JB": "基本履职", "PH": "配合履职", "SH": "上级收回",
}


def core(title, *suffixes):
    for s in suffixes:
        if title.endswith(s):
            return title[: -len(s)]
    return title


def make_desc(tcode, title):
    """职责内容 in the way published lists word it (one text per duty)."""
    t = title
    if tcode == "XK":
        c = core(t, "许可证核发", "许可证办理", "审批", "许可", "核准", "核发", "登记", "审查")
        return f"受理{c}申请，对申请材料和条件进行审查，符合法定条件、标准的依法作出准予许可决定并颁发相关证照；不予许可的书面说明理由。"
    if tcode == "CF":
        c = t[1:] if t.startswith("对") else t
        c = core(c, "的处罚")
        return f"对{c}的违法行为，依法立案调查，根据情节作出责令改正、警告、罚款、没收违法所得等行政处罚决定。"
    if tcode == "JC":
        return f"依法开展{t}，采取双随机抽查与重点检查相结合的方式，对检查中发现的问题责令整改，涉嫌违法的依法查处。"
    if tcode == "QZ":
        return f"在法定情形下依法实施{t}，履行告知、听取陈述申辩、制作笔录等程序，并在法定期限内作出处理决定。"
    if tcode == "ZS":
        return f"依照法律法规规定的标准和程序组织{t}，及时足额缴入国库。"
    if tcode == "JF":
        return f"对符合条件的对象进行审核认定，按规定标准和程序做好{t}，资金按时足额发放到位。"
    if tcode == "QR":
        return f"依申请对{core(t, '认定', '确认', '登记')}相关事项进行审核，符合条件的予以确认（登记）并出具相关证明。"
    if tcode == "JL":
        return f"按照规定条件和程序组织{t}，对符合条件的单位和个人给予表彰奖励。"
    if tcode == "CJ":
        return f"依当事人申请受理{t}案件，查明事实、组织调解，调解不成的依法作出裁决。"
    if tcode == "QT":
        return f"负责{t}，按照职责分工做好组织实施、指导协调和督促落实。"
    if tcode == "GF":
        return f"面向群众和市场主体提供{t}，公开办事指南，按承诺时限办结。"
    if tcode == "NB":
        return f"负责本单位{t}，建立健全相关制度并组织落实。"
    return t


def write_csv(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        for r in rows:
            w.writerow(["" if v is None else v for v in r])


def parse_block(text):
    """Lines: TYPE|title|section|basis|opts  (opts: k=v;k=v)."""
    out = []
    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|")
        while len(parts) < 5:
            parts.append("")
        tcode, title, section, basis, opts = [p.strip() for p in parts[:5]]
        if tcode not in TYPES:
            raise ValueError(f"bad type {tcode!r} in line {line!r}")
        o = {}
        if opts:
            for kv in opts.split(";"):
                if not kv.strip():
                    continue
                k, v = kv.split("=", 1)
                o[k.strip()] = v.strip()
        out.append(dict(t=tcode, title=title, section=section, basis=basis, **o))
    return out
