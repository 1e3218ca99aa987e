# -*- coding: utf-8 -*-
"""内部管理 items of the city's units (each unit's own affairs).
Every unit carries one item worded the common way (shared with several other
units), most party/government units one item about their own 系统, and about
two thirds one item worded in their own house style."""

COMMON = [
    ("本单位安全生产工作", "《中华人民共和国安全生产法》第二十一条"),
    ("机关党风廉政建设", "《中国共产党廉洁自律准则》；《中国共产党纪律处分条例》"),
    ("机关财务管理", "《中华人民共和国预算法》；《行政单位财务规则》"),
    ("机关档案管理", "《中华人民共和国档案法》；《机关档案工作条例》"),
    ("机关保密工作", "《中华人民共和国保守国家秘密法》"),
    ("机关人事管理", "《中华人民共和国公务员法》；《事业单位人事管理条例》"),
    ("政务公开和政府信息公开", "《中华人民共和国政府信息公开条例》"),
    ("意识形态工作责任制落实", "《党委（党组）意识形态工作责任制实施办法》"),
    ("机关党的建设", "《中国共产党党和国家机关基层组织工作条例》"),
    ("国有资产管理", "《行政事业性国有资产管理条例》"),
    ("本单位信访维稳工作", "《信访工作条例》"),
    ("法治机关建设", "《法治政府建设实施纲要（2021—2025年）》"),
    ("督查督办", "《政府督查工作条例》"),
    ("网络安全和信息化建设", "《中华人民共和国网络安全法》"),
    ("机关后勤服务保障", "《党政机关厉行节约反对浪费条例》"),
    ("干部教育培训", "《干部教育培训工作条例》"),
]

SYSTEM_TAILS = [
    ("党风廉政建设和反腐败工作", "《中国共产党党内监督条例》"),
    ("干部队伍建设和教育培训", "《干部教育培训工作条例》"),
    ("安全生产和信访稳定工作", "《中华人民共和国安全生产法》；《信访工作条例》"),
    ("意识形态和宣传信息工作", "《党委（党组）意识形态工作责任制实施办法》"),
    ("行风建设和服务效能提升", "《优化营商环境条例》"),
    ("内部审计和财务监督", "《审计署关于内部审计工作的规定》"),
    ("统计数据报送和质量管理", "《中华人民共和国统计法》"),
    ("精神文明创建", "《新时代公民道德建设实施纲要》"),
]

HOUSE_TAILS = [
    ("财务管理和国有资产管理", "《行政单位财务规则》；《行政事业性国有资产管理条例》"),
    ("档案和保密管理", "《中华人民共和国档案法》；《中华人民共和国保守国家秘密法》"),
    ("人事劳资和离退休人员服务管理", "《中华人民共和国公务员法》"),
    ("政务信息和政务公开工作", "《中华人民共和国政府信息公开条例》"),
    ("后勤保障和公务用车管理", "《党政机关公务用车管理办法》"),
    ("信息化建设和网络安全管理", "《中华人民共和国网络安全法》"),
    ("督查督办和绩效考核", "《政府督查工作条例》"),
    ("法治建设和合法性审查", "《法治政府建设实施纲要（2021—2025年）》"),
    ("党建和精神文明建设", "《中国共产党党和国家机关基层组织工作条例》"),
]

SYSTEM_KINDS = ("党委部门", "政府部门")


SHORT = {
    "市委办公室": "市委办", "市委政法委员会": "市委政法委", "市委网络安全和信息化委员会办公室": "市委网信办",
    "市委机构编制委员会办公室": "市委编办", "市委金融委员会办公室": "市委金融办",
    "市直机关工作委员会": "市直机关工委", "市人民政府办公室": "市政府办公室",
    "市发展和改革委员会": "发改委", "市经济和信息化局": "经信局", "市科学技术局": "科技局",
    "市人力资源和社会保障局": "人社局", "市住房和城乡建设局": "住建局",
    "市城市管理和综合执法局": "城管执法局", "市卫生健康委员会": "卫健委",
    "市人民政府国有资产监督管理委员会": "国资委", "市市场监督管理局": "市场监管局",
    "市文化和旅游局": "文旅局", "市医疗保障局": "医保局",
}


def house_prefix(name):
    if name in SHORT:
        base = SHORT[name]
    elif name.startswith("市委") or name.startswith("市直") or name.startswith("团市委"):
        base = name
    else:
        base = name[1:] if name.startswith("市") else name
    if base.endswith(("局", "委", "办", "部", "工委", "工会", "联", "协", "会", "室")):
        return base + "机关"
    return base


def internal_items(units):
    """units: list of (name, kind, dom, is_abolished, first_section).
    Returns list of (unit, section, title, basis)."""
    out = []
    idx = 0
    for (name, kind, dom, abolished, sec) in units:
        t, b = COMMON[idx % len(COMMON)]
        out.append((name, sec, t, b))
        if kind in SYSTEM_KINDS:
            tail, b2 = SYSTEM_TAILS[idx % len(SYSTEM_TAILS)]
            out.append((name, sec, "全市" + dom + "系统" + tail, b2))
        if idx % 3 != 0:
            tail, b3 = HOUSE_TAILS[(idx // 2) % len(HOUSE_TAILS)]
            out.append((name, sec, house_prefix(name) + tail, b3))
        idx += 1
    return out
