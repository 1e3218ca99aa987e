# internal duties: every county unit does these for itself (内部事务 look-alikes)
from common import COUNTY
CORE = [("负责本部门安全生产工作","《中华人民共和国安全生产法》","落实本部门安全生产主体责任，组织本单位安全检查和隐患整改。"),
        ("本单位党风廉政建设","《中国共产党党内监督条例》","落实全面从严治党主体责任，开展廉政教育和廉政风险防控。")]
EXTRA = [("机关党建工作","《中国共产党党和国家机关基层组织工作条例》","负责机关党组织建设、党员教育管理和组织生活。"),
         ("本单位保密工作","《中华人民共和国保守国家秘密法》","负责本单位涉密人员、涉密载体和计算机信息系统的保密管理。"),
         ("机关财务管理","《中华人民共和国会计法》；《中华人民共和国预算法》","编制本单位预决算，负责会计核算、资金支付和内部控制。"),
         ("本单位信访维稳工作","《信访工作条例》","受理涉及本单位的信访事项，排查化解矛盾纠纷。")]
def add(units, sections, add_row, code_for):
    n = 0
    for u in units:
        if u["行政区划"] != COUNTY or u["类型"] == "议事协调机构" or u["撤销日期"]:
            continue
        n += 1
        secs = [s for s in sections if s["单位"] == u["单位"] and s["行政区划"] == COUNTY and s["类型"] == "综合" and not s["撤销日期"]]
        if not secs:
            secs = [s for s in sections if s["单位"] == u["单位"] and s["类型"] == "综合"]
        sec = secs[0]["科室"]
        exp = u["撤销日期"] or ""
        items = list(CORE)
        if n % 3 != 0:
            items.append(EXTRA[n % 4])
        else:
            items.append(EXTRA[(n + 1) % 4])
        if n % 5 == 0:
            items.append(EXTRA[(n + 2) % 4])
        for (t, b, c) in items:
            add_row(COUNTY, u["单位"], sec, code_for(f"NB{n:02d}", "内部管理"), t, "内部管理", c, b, "牵头", "", exp)
