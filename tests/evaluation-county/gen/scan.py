# heuristic scan for accidental overlaps: similar titles held (牵头, in force) by different holders of one list
import csv, itertools, re, sys, collections
EVAL = "2025-06-30"
STOP = ["行政处罚","监督检查","监督管理","行政许可","的","对","和","及","与","等","或者","行为","违法","违反","规定","擅自","未经","批准",
        "组织实施","组织","实施","管理","工作","服务","审批","核发","登记","查处","指导","检查","许可证","许可","办理","申请","受理","建设","发放","认定","监督","单位","活动","经营者","情况","有关","相关","未按","按规定","开展","日常","县级","乡镇","街道","负责","协助","事项","本部门","本单位"]
def norm(t):
    for s in STOP: t = t.replace(s, " ")
    return t
def bigrams(t):
    out=set()
    for part in norm(t).split():
        for i in range(len(part)-1): out.add(part[i:i+2])
    return out
def inforce(r):
    return (not r["生效日期"] or r["生效日期"] <= EVAL) and (not r["失效日期"] or r["失效日期"] > EVAL)
def main(excl=set(), thr=2):
    d = [r for r in csv.DictReader(open("county/duties.csv")) if r["角色"] != "配合" and inforce(r) and r["单位"] and r["事项类型"] != "内部管理"]
    by = collections.defaultdict(list)
    for r in d: by[r["行政区划"]].append(r)
    res=[]
    for j, rows in by.items():
        for a, b in itertools.combinations(rows, 2):
            if (a["单位"], a["科室"]) == (b["单位"], b["科室"]): continue
            if a["单位"] == b["单位"] and a["事项名称"] != b["事项名称"]: 
                pass
            ka=(j,a["事项名称"],a["单位"]); kb=(j,b["事项名称"],b["单位"])
            if frozenset([ka,kb]) in excl: continue
            s = len(bigrams(a["事项名称"]) & bigrams(b["事项名称"]))
            if s >= thr: res.append((s, j, a["单位"]+"/"+a["科室"], a["事项名称"], b["单位"]+"/"+b["科室"], b["事项名称"]))
    res.sort(reverse=True)
    return res
if __name__ == "__main__":
    thr = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    for r in main(thr=thr): print(r[0], r[1][-4:], "|", r[2], r[3], "||", r[4], r[5])
