from common import tj
import units_town as UT
NOTE = {"DZ":"党建和综合业务","JJ":"经济发展业务","SH":"社会事务业务","PA":"平安建设业务","ZR":"自然资源和村镇建设业务",
        "NY":"农业农村业务","YJ":"应急管理业务","ZF":"综合行政执法业务","BM":"政务服务业务","NF":"农业技术服务业务",
        "TY":"退役军人服务业务","WT":"文化体育业务","SQ":"社区建设业务","CG":"城市管理业务"}
def pairs():
    out = []
    for town, roles in UT.ROLE.items():
        seen = set()
        for role, office in roles.items():
            if (town, office) in UT.UNMAPPED: continue
            for cu in UT.ROLE_CORR[role]:
                if (office, cu) in seen: continue
                seen.add((office, cu))
                out.append((town, office, cu, NOTE[role]))
    for (town, office, cu, note) in UT.BROKEN:
        out.append((town, office, cu, note))
    return out
def rows():
    return [dict(乡镇=tj(t), 乡镇机构=o, 县直部门=c, 备注=n) for (t, o, c, n) in pairs()]
