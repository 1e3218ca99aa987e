# -*- coding: utf-8 -*-
"""公共常量与写文件工具。"""
import csv
import os
import re

_Q = re.compile(r'"([^"]*)"')


def cn_quotes(v):
    """把成对的英文双引号换成中文引号“”。"""
    return _Q.sub(lambda m: '\u201c' + m.group(1) + '\u201d', v)

COUNTY = '沂川县'
TOWNS = {
    'DY': '沂川县/东阳镇',
    'LL': '沂川县/柳林乡',
    'YC': '沂川县/沂城街道',
}
REFORM = '2024-11-15'        # 机构改革生效日
EVAL = '2025-06-30'          # 评测日
LIST_DATE = '2023-06-01'     # 县级权责清单（2023年版）公布施行日
TOWN_LIST_DATE = '2024-03-01'  # 乡镇（街道）履行职责事项清单施行日
UNIT_DATE = '2019-03-01'     # 2019年县级机构改革挂牌日

TYPE_MAP = {
    '许可': '行政许可', '处罚': '行政处罚', '强制': '行政强制', '征收': '行政征收',
    '给付': '行政给付', '检查': '行政检查', '确认': '行政确认', '奖励': '行政奖励',
    '裁决': '行政裁决', '其他': '其他行政权力', '服务': '公共服务', '内部': '内部管理',
    '基本': '基本履职', '配合履职': '配合履职', '收回': '上级收回',
}
TYPE_CODE = {
    '行政许可': 'XK', '行政处罚': 'CF', '行政强制': 'QZ', '行政征收': 'ZS',
    '行政给付': 'JF', '行政检查': 'JC', '行政确认': 'QR', '行政奖励': 'JL',
    '行政裁决': 'CJ', '其他行政权力': 'QT', '公共服务': 'GG', '内部管理': 'NB',
}

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write_csv(rel, header, rows):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n', quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        for r in rows:
            if isinstance(r, dict):
                r = [r.get(h, '') for h in header]
            w.writerow(['' if v is None else cn_quotes(str(v)) for v in r])
    return len(rows)
