# township lists built from t_base (common template) and per-town extras
from common import COUNTY, TOWNS, tj
import units_town as UT, t_base, content
import collections
LETTER = {"石桥镇": "S", "白沙乡": "B", "江南街道": "J"}
def role_of(spec, town):
    # "NY;J=CG" -> role for town
    parts = spec.split(";")
    r = parts[0]
    for p in parts[1:]:
        k, v = p.split("=")
        if k == LETTER[town]:
            r = v
    return r
def applies(towns, town):
    return towns == "*" or LETTER[town] in towns

COUNTERPART = {}
def add(add_row):
    for town, tc in TOWNS.items():
        j = tj(town); seq = collections.Counter()
        def code(kind):
            seq[kind] += 1
            return f"LJ{tc}-{kind}-{seq[kind]:03d}"
        for it in t_base.BASIC + t_base.extra(town):
            towns, role, title, cp, basis, cont = it[:6]
            o = it[6] if len(it) > 6 else {}
            if not applies(towns, town): continue
            office = UT.ROLE[town][role_of(role, town)]
            COUNTERPART[(j, title)] = cp
            add_row(j, o.get("unit", office), o.get("sec", ""), code("JB"), title, "基本履职", cont, basis, "牵头", o.get("eff", ""), o.get("exp", ""), o.get("status", "有效"))
        for it in t_base.COOP + t_base.extra_coop(town):
            towns, lead, lcont, role, ocont, title, basis = it[:7]
            o = it[7] if len(it) > 7 else {}
            if not applies(towns, town): continue
            office = UT.ROLE[town][role_of(role, town)]
            c = code("PH")
            if not (o.get("nolead") and LETTER[town] in o["nolead"]):
                add_row(j, lead, "", c, title, "配合履职", lcont, basis, "牵头")
            add_row(j, office, "", c, title, "配合履职", ocont, basis, "配合")
        for it in t_base.BACK + t_base.extra_back(town):
            towns, unit, title, basis, cont = it[:5]
            if not applies(towns, town): continue
            add_row(j, unit, "", code("SH"), title, "上级收回", cont, basis, "牵头")
