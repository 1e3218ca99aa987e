# -*- coding: utf-8 -*-
"""各单位的内部管理事项（本单位安全生产、党风廉政、财务、档案、保密、人事……）。

Real lists word these differently in every unit; when a wording is already taken by another
unit, the unit's own name is put in front (as many 部门职责清单 do: "市教育局机关安全生产管理").
"""
from common import add, CITY, R
from units import TOP, section_kind

THEMES = {
    "安全生产": (["本单位安全生产工作", "机关安全生产和消防安全管理", "机关内部安全保卫和安全生产",
               "落实单位安全生产主体责任", "办公场所消防安全和安全生产检查"], "%s机关安全生产管理",
              "《中华人民共和国安全生产法》；《机关、团体、企业、事业单位消防安全管理规定》"),
    "党风廉政": (["党风廉政建设和反腐败工作", "全面从严治党主体责任落实", "廉政风险防控和作风建设",
               "党风廉政建设责任制落实", "机关纪律作风建设"], "%s党风廉政建设",
              "《党委（党组）落实全面从严治党主体责任规定》"),
    "财务": (["机关财务管理和国有资产管理", "部门预决算编制和财务核算", "单位财务收支和资产管理",
            "机关经费和政府采购内部管理", "内部财务管理"], "%s财务和资产管理",
           "《中华人民共和国预算法》；《行政事业性国有资产管理条例》"),
    "档案": (["机关档案管理", "文书档案和业务档案管理", "单位综合档案室管理", "档案收集整理和移交进馆"],
           "%s档案管理", "《中华人民共和国档案法》；《机关档案管理规定》"),
    "保密": (["机关保密工作", "保密和机要密码管理", "涉密载体和涉密人员管理", "单位保密管理"],
           "%s保密工作", "《中华人民共和国保守国家秘密法》"),
    "人事": (["干部人事和机构编制管理", "工作人员考核、工资和人事档案管理", "人事管理和干部教育培训",
            "干部职工人事管理", "机关人事工资管理"], "%s人事管理",
           "《中华人民共和国公务员法》；《事业单位人事管理条例》"),
    "机关党建": (["机关党的建设", "机关党委（党支部）日常工作", "机关党建和精神文明建设",
               "党员教育管理和机关党组织建设"], "%s机关党建",
              "《中国共产党党和国家机关基层组织工作条例》"),
    "意识形态": (["意识形态工作责任制落实", "意识形态阵地管理"], "%s意识形态工作",
               "《党委（党组）意识形态工作责任制实施办法》"),
    "政务公开": (["本部门政务公开和政府信息公开", "部门政府信息公开工作", "政务信息和政务公开"],
               "%s政务公开", "《中华人民共和国政府信息公开条例》"),
    "督查": (["督查督办和绩效考核", "重点工作督办和绩效管理"], "%s督查督办", "《政府督查工作条例》"),
    "建议提案": (["人大代表建议和政协提案承办", "承办建议提案办理"], "%s建议提案办理",
               "《全国人民代表大会代表建议、批评和意见办理办法》"),
    "法治": (["部门法治建设和规范性文件合法性审核", "依法行政和法治政府建设", "行政执法“三项制度”落实"],
           "%s法治建设", "《法治政府建设实施纲要（2021—2025年）》"),
    "网信": (["网络安全和信息化建设", "单位网络安全管理"], "%s网络安全和信息化",
           "《中华人民共和国网络安全法》"),
    "内审": (["内部审计", "内部控制和内部审计"], "%s内部审计", "《审计署关于内部审计工作的规定》"),
    "值班": (["值班值守和突发事件信息报送", "机关值班和信息报送"], "%s值班值守",
           "《国务院办公厅关于加强和改进值班工作的通知》"),
    "后勤": (["机关后勤保障", "机关事务和后勤管理"], "%s后勤保障", "《党政机关厉行节约反对浪费条例》"),
}
CORE = ["安全生产", "党风廉政", "财务"]
EXTRA = ["档案", "保密", "人事", "机关党建", "意识形态", "政务公开", "督查", "建议提案", "法治", "网信",
         "内审", "值班", "后勤"]
# themes a unit must not carry as 内部管理 because it is the unit's line duty
SKIP = {
    "市纪委监委": {"党风廉政"}, "市委办公室": {"保密", "档案"}, "市档案馆": {"档案"},
    "市委组织部": {"人事"}, "市直机关工委": {"机关党建"}, "市人民政府办公室": {"政务公开", "督查"},
    "市审计局": {"内审"}, "市司法局": {"法治"}, "市委网络安全和信息化委员会办公室": {"网信"},
    "市公安局": {"网信"}, "市机关事务管理中心": {"后勤"}, "市委宣传部": {"意识形态"},
}

INTERNAL_GROUPS = []   # (theme, [row, ...]) used for 内部事务 distractors


def _office(secs):
    names = [s.rstrip("+!") for s in secs.split(";")]
    for n in names:
        if section_kind(n) == "综合":
            return n
    return names[0]


def load():
    used = set()
    by_theme = {}
    idx = 0
    for (name, kind, parent, alias, co, quota, vf, vt, secs) in TOP:
        if kind == "乡镇":
            continue
        office = _office(secs)
        themes = [CORE[idx % 3], CORE[(idx + 1) % 3], EXTRA[idx % len(EXTRA)]]
        small = quota < 10
        if vt or small:              # abolished and very small units list two items only
            themes = themes[:2]
        skip = set(SKIP.get(name, set()))
        if kind in ("党委部门", "群团组织", "议事协调机构"):
            skip.add("政务公开")
        SKIP[name] = skip
        themes = [t for t in themes if t not in skip]
        # make up for a skipped theme so that every unit has at least 2 (abolished) / 3 items
        k = 1
        while len(themes) < (2 if (vt or small) else 3):
            t = EXTRA[(idx + k) % len(EXTRA)]
            if t not in themes and t not in SKIP.get(name, set()):
                themes.append(t)
            k += 1
        for t in themes:
            variants, pat, basis = THEMES[t]
            title = None
            for v in variants:
                if v not in used:
                    title = v
                    break
            if title is None:
                title = pat % name
            used.add(title)
            rvf = R if vf == R else ""
            rvt = R if vt == R else ""
            row = add(CITY, name, office, title, "内部管理", basis, "", "牵头", None, rvf, rvt,
                      prefix="NB-%03d" % (idx + 1))
            by_theme.setdefault(t, []).append(row)
        idx += 1
    # 内部事务 distractor groups: the same own-affairs duty in three different units (in force)
    n = 0
    for t in CORE + EXTRA:
        rows = [r for r in by_theme.get(t, []) if not r["vt"]]
        step = max(1, len(rows) // 3)
        chunks = [rows[i * step: i * step + 1] for i in range(3)]
        pick = [c[0] for c in chunks if c]
        if len(pick) >= 2 and n < 13:
            n += 1
            gid = "DI%02d" % n
            for r in pick:
                r["tags"].setdefault("d", []).append(gid)
            INTERNAL_GROUPS.append((gid, t, pick))
        if t in CORE and n < 13 and len(rows) >= 6:
            # a second group for the most common themes
            pick2 = [rows[1], rows[len(rows) // 2 + 1], rows[-2]]
            if len({r["unit"] for r in pick2}) == 3:
                n += 1
                gid = "DI%02d" % n
                for r in pick2:
                    r["tags"].setdefault("d", []).append(gid)
                INTERNAL_GROUPS.append((gid, t, pick2))
