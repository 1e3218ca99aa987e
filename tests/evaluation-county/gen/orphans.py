# compute orphans from the written data (same logic as check.py)
from common import EVAL
import collections
def inforce(r):
    return (not r["生效日期"] or r["生效日期"] <= EVAL) and (not r["失效日期"] or r["失效日期"] > EVAL)
def chain(j):
    parts = j.split("/")
    return ["/".join(parts[:i]) for i in range(len(parts), 0, -1)]
class DB:
    def __init__(self, units, sections, duties, corr):
        self.units = {(u["行政区划"], u["单位"]): u for u in units}
        self.secs = {(s["行政区划"], s["单位"], s["科室"]): s for s in sections}
        self.duties, self.corr = duties, corr
    def unit(self, j, name):
        for jj in chain(j):
            if (jj, name) in self.units: return self.units[(jj, name)]
        return None
    def abolished(self, rec):
        return bool(rec and rec.get("撤销日期") and rec["撤销日期"] <= EVAL)
    def orphans(self):
        out = []
        by = collections.defaultdict(list)
        for r in self.duties: by[(r["行政区划"], r["事项编码"])].append(r)
        for (j, code), rows in by.items():
            if any(r["状态"] == "取消" and r["失效日期"] and r["失效日期"] <= EVAL for r in rows):
                continue
            title = rows[0]["事项名称"]
            if all(not r["单位"] for r in rows):
                out.append(("UNHELD", j, title, "", "", "")); continue
            live = [r for r in rows if inforce(r) and r["单位"]]
            leads = [r for r in live if r["角色"] != "配合"]
            coops = [r for r in live if r["角色"] == "配合"]
            if not leads and coops:
                for r in coops: out.append(("NO_LEAD", j, title, r["单位"], r["科室"], "仅有配合单位在履职，无牵头单位"))
            for r in live:
                u = self.unit(j, r["单位"])
                if u is None:
                    out.append(("MISSING_UNIT", j, title, r["单位"], r["科室"], "单位未在units.csv中定义")); continue
                if r["科室"]:
                    s = self.secs.get((u["行政区划"], u["单位"], r["科室"]))
                    if s is None:
                        out.append(("MISSING_SECTION", j, title, r["单位"], r["科室"], "科室未在sections.csv中定义")); continue
                else:
                    s = None
                if r["角色"] != "配合" and not r["失效日期"] and (self.abolished(u) or self.abolished(s)):
                    what = f"科室已于{s['撤销日期']}撤销" if self.abolished(s) and not self.abolished(u) else f"单位已于{u['撤销日期']}撤销"
                    out.append(("ABOLISHED_HOLDER", j, title, r["单位"], r["科室"], what))
        mapped = set()
        for c in self.corr:
            mapped.add((c["乡镇"], c["乡镇机构"]))
            cu = self.unit(c["乡镇"], c["县直部门"])
            if cu is None or self.abolished(cu):
                out.append(("BROKEN_CORRESPONDENCE", c["乡镇"], "", c["乡镇机构"], "", f"对应县直部门“{c['县直部门']}”" + ("已撤销" if cu else "不存在")))
        for (j, name), u in self.units.items():
            if "/" in j and not self.abolished(u) and (j, name) not in mapped:
                out.append(("UNMAPPED_TOWNSHIP_OFFICE", j, "", name, "", "该机构无任何对应县直部门"))
        return out
