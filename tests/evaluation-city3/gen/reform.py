# -*- coding: utf-8 -*-
"""2024 机构改革 at city and district level, the planted orphans of those two lists, the cancelled
items and a transfer that only takes effect after the evaluation date."""
from common import CITY, DIST, describe

ORPHANS = []   # (类型, 行政区划, 事项名称, 单位, 科室, 说明)


def orphan(kind, jur, title, unit, sec, note):
    ORPHANS.append((kind, jur, title, unit, sec, note))


def build_reform(store):
    # ------------------------------------------------------------ both levels: 乡村振兴局 merged into 农业农村局
    store.section(CITY, '渭原市农业农村局', '乡村振兴科', '业务', staff=8, actual=7, start='2024-03-18')
    store.section(DIST, '临渭区农业农村局', '乡村振兴股', '业务', staff=6, actual=6, start='2024-03-18')

    # ------------------------------------------------------------ city
    # 大数据管理科 (市政府办) and 政务信息化科 (市审批局) were abolished when 市数据局 was set up
    store.section(CITY, '渭原市人民政府办公室', '大数据管理科', '业务', staff=6, actual=5,
                  start='2019-03-01', end='2024-04-30')
    store.section(CITY, '渭原市行政审批服务局', '政务信息化科', '业务', staff=5, actual=5,
                  start='2019-03-01', end='2024-04-30')

    t = '扶贫项目资产后续管理监督'
    store.duty(CITY, '渭原市乡村振兴局', '规划财务科', store.new_code(CITY, 'XCZX', '其他行政权力'),
               t, '其他行政权力', basis='《中华人民共和国乡村振兴促进法》')
    orphan('ABOLISHED_HOLDER', CITY, t, '渭原市乡村振兴局', '规划财务科',
           '市乡村振兴局2024年3月31日撤销，职责并入市农业农村局乡村振兴科，但本事项未随之划转，仍挂在已撤销单位名下。')

    t = '电子证照归集应用'
    store.duty(CITY, '渭原市行政审批服务局', '政务信息化科', store.new_code(CITY, 'SPJ', '其他行政权力'),
               t, '其他行政权力', basis='《国务院关于在线政务服务的若干规定》')
    orphan('ABOLISHED_HOLDER', CITY, t, '渭原市行政审批服务局', '政务信息化科',
           '政务信息化科已于2024年4月30日撤销（职能转入市数据局），本事项未调整承办机构，无在职科室承接。')

    t = '预拌混凝土和散装水泥推广应用管理'
    store.duty(CITY, '渭原市散装水泥办公室', '', store.new_code(CITY, 'SZSN', '其他行政权力'),
               t, '其他行政权力', basis='《中华人民共和国循环经济促进法》')
    orphan('MISSING_UNIT', CITY, t, '渭原市散装水泥办公室', '',
           '清单仍写“市散装水泥办公室”，该单位在现行三定和单位名录中均不存在。')

    t = '行政区域界线管理'
    store.duty(CITY, '渭原市民政局', '区划地名科', store.new_code(CITY, 'MZ', '其他行政权力'),
               t, '其他行政权力', basis='《行政区域界线管理条例》')
    orphan('MISSING_SECTION', CITY, t, '渭原市民政局', '区划地名科',
           '市民政局三定中没有“区划地名科”（区划地名工作由社会事务科承担），承办科室写错。')

    t = '城市地下管线综合管理'
    store.duty(CITY, '', '', 'WY-WZT-QT-001', t, '其他行政权力', basis='《城镇排水与污水处理条例》',
               desc='统筹城市地下管线普查、综合管理信息系统建设和管线占道施工协调。')
    orphan('UNHELD', CITY, t, '', '', '清单列出事项但实施主体栏为空，住建、城管、水务均未认领。')

    t = '城市内涝治理'
    code = 'WY-WZT-QT-002'
    desc = '组织城市易涝点排查整治、排水防涝设施建设和汛期城市排涝。'
    store.duty(CITY, '渭原市水务局', '水旱灾害防御科', code, t, '其他行政权力', desc=desc,
               basis='《城镇排水与污水处理条例》', role='配合')
    store.duty(CITY, '渭原市城市管理执法局', '市政设施管理科', code, t, '其他行政权力', desc=desc,
               basis='《城镇排水与污水处理条例》', role='配合')
    orphan('NO_LEAD', CITY, t, '渭原市水务局', '水旱灾害防御科',
           '水务局、城管执法局均只列为配合单位，清单未明确牵头单位。')

    # ------------------------------------------------------------ district
    store.unit(DIST, '临渭区科学技术局', '政府部门', staff=12, start='2019-03-29', end='2024-03-31')
    for s in ('办公室', '科技管理股'):
        store.section(DIST, '临渭区科学技术局', s, '综合' if s == '办公室' else '业务', staff=4,
                      actual=4, end='2024-03-31')
    store.unit(DIST, '临渭区工业和信息化局', '政府部门', staff=22, start='2019-03-29', end='2024-03-31')
    for s in ('办公室', '工业发展股', '中小企业股'):
        store.section(DIST, '临渭区工业和信息化局', s, '综合' if s == '办公室' else '业务', staff=5,
                      actual=5, end='2024-03-31')
    store.unit(DIST, '临渭区城乡建设执法大队', '事业单位', parent='临渭区住房和城乡建设局', staff=40,
               start='2016-05-01', end='2024-06-30')
    for s in ('食品流通股', '餐饮服务监管股'):
        store.section(DIST, '临渭区市场监督管理局', s, '业务', staff=7, actual=6, end='2024-05-31')

    t = '工业企业技术改造项目备案'
    store.duty(DIST, '临渭区工业和信息化局', '工业发展股', store.new_code(DIST, 'GX', '其他行政权力'),
               t, '其他行政权力', basis='《企业投资项目核准和备案管理条例》')
    orphan('ABOLISHED_HOLDER', DIST, t, '临渭区工业和信息化局', '工业发展股',
           '区工业和信息化局2024年3月31日撤销，并入新组建的区科技和工业信息化局，本事项漏划转。')

    t = '对餐饮服务提供者未按规定公示食品安全信息的处罚'
    store.duty(DIST, '临渭区市场监督管理局', '餐饮服务监管股', store.new_code(DIST, 'SCJG', '行政处罚'),
               t, '行政处罚', basis='食安法')
    orphan('ABOLISHED_HOLDER', DIST, t, '临渭区市场监督管理局', '餐饮服务监管股',
           '餐饮服务监管股2024年5月31日撤销（并入食品经营安全股），本事项承办科室未更新。')

    t = '农业生产资料供应保障'
    store.duty(DIST, '临渭区供销合作社联合社', '', store.new_code(DIST, 'GXS', '其他行政权力'),
               t, '其他行政权力', basis='《中华人民共和国农业法》')
    orphan('MISSING_UNIT', DIST, t, '临渭区供销合作社联合社', '',
           '“区供销合作社联合社”不在区级单位名录中，实施主体无从对应。')

    t = '尘肺病患者救治救助'
    store.duty(DIST, '临渭区卫生健康局', '职业健康股', store.new_code(DIST, 'WJ', '其他行政权力'),
               t, '其他行政权力', basis='职业病法')
    orphan('MISSING_SECTION', DIST, t, '临渭区卫生健康局', '职业健康股',
           '区卫生健康局未设“职业健康股”（职业健康工作由公共卫生股承担）。')

    t = '电动自行车集中充电设施建设管理'
    store.duty(DIST, '', '', 'LW-WZT-QT-001', t, '其他行政权力', basis='消防法',
               desc='统筹住宅小区电动自行车集中停放充电设施规划建设和运行管理。')
    orphan('UNHELD', DIST, t, '', '', '清单有事项无主体，住建、消防、综合执法之间未明确。')

    t = '铁路沿线安全环境治理'
    code = 'LW-WZT-QT-002'
    desc = '开展铁路沿线违章建筑、彩钢瓦、垃圾堆放等安全隐患排查整治。'
    store.duty(DIST, '渭原市公安局临渭分局', '治安管理大队', code, t, '其他行政权力', desc=desc,
               basis='《铁路安全管理条例》', role='配合')
    store.duty(DIST, '临渭区交通运输局', '安全监督股', code, t, '其他行政权力', desc=desc,
               basis='《铁路安全管理条例》', role='配合')
    orphan('NO_LEAD', DIST, t, '渭原市公安局临渭分局', '治安管理大队',
           '公安分局、交通运输局均为配合，清单未列牵头单位。')

    # cancelled on purpose (not orphans)
    t = '粮食收购资格认定'
    store.duty(DIST, '临渭区粮食和物资储备局', '粮食和物资储备股', store.new_code(DIST, 'FG', '行政许可'),
               t, '行政许可', basis='粮食条例', end='2021-04-15', status='取消',
               desc='2021年修订的《粮食流通管理条例》取消粮食收购资格许可，改为备案管理，本事项停止实施。')

    # a transfer decided in 2025 that takes effect only on 2025-09-01: 住建 still leads on the date
    for d in store.duties:
        if d['jur'] == DIST and d['title'] == '对擅自变动房屋建筑主体和承重结构的处罚':
            d['end'] = '2025-09-01'
            store.duty(DIST, '临渭区综合行政执法局', '环境和建设执法股', d['code'], d['title'], d['cat'],
                       desc=d['desc'], basis=d['basis'], start='2025-09-01')
            break
    else:
        raise AssertionError('future transfer duty missing')
