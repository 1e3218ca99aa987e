"""Writes README.md with the counts of the generated set."""


def write(path, st):
    t = st["town_rows"]
    ot = st["orphan_types"]
    text = f"""# 松岭县 blind evaluation set (evaluation-county3)

A fictional county in 东北 — **松岭县**, under the fictional 黑龙江省鹤原市 — written from general
knowledge of county government after the 2019 and 2024 机构改革. All units, places and people are
fictional; laws are cited by name only. Evaluation date **2025-06-30**.

Regenerate and verify:

```
python3 gen/build.py     # writes county/*.csv and the answer files (and asserts its own consistency)
python3 check.py         # re-reads only the CSVs, checks every rule, exit 1 on failure
```

## The place

* County list (`松岭县`): {st['county_units']} county-level units — 党委部门 (县委办 with 保密局/档案局/机要局 牌子,
  组织部, 宣传部 with 新闻出版局/版权局/电影局/网信办 牌子, 统战部, 政法委, 社会工作部 (new 2024), 纪委监委,
  编办, 老干部局), 政府部门 (all the usual 局, 公安局, 审计局, 统计局, 信访局, 医保局, **县行政审批服务局**
  (挂县政务服务管理办公室), **县综合行政执法局** (挂县城市管理局), 县数据局 (new 2024)), 派出机构
  (**鹤原市生态环境局松岭分局**, 鹤原市住房公积金管理中心松岭县管理部), 松岭县消防救援大队, 群团 (总工会,
  团县委, 妇联, 残联, 工商联, 科协, 红十字会) and key 事业单位 (社会保险服务中心, 医疗保障事务中心, 疾病预防控制中心,
  不动产登记中心, 动物疫病预防控制中心, 农业技术推广中心, 公路事业发展中心, 机关事务服务中心, 档案馆, 融媒体中心).
  Sections use 东北 wording: 股 and 室 (公安/执法 units also have 大队).
* {st['aliases']} units carry 挂牌名称; some duty rows name the holder by its 牌子 (县国家保密局, 县档案局, 县版权局,
  县新闻出版局, 县科学技术局, 县体育局, 县文物局, 县人民防空办公室, 县地震局, 县中医药管理局, 县林长制办公室,
  县人民政府地方志办公室 …). Questions always answer with the unit's own name.
* Five townships/streets, each with its own 履行职责事项清单 and 衔接对应表 rows:
  兴隆镇 ({t['兴隆镇']} rows), 柳河镇 ({t['柳河镇']}), 红旗乡 ({t['红旗乡']}, has a 朝鲜族 flavour), 新华街道 ({t['新华街道']}),
  站前街道 ({t['站前街道']}, around the railway station). Township offices are units of the township
  (`兴隆镇社会事务办公室` …, parent = the 镇人民政府 / 街道办事处). 基本履职 rows are led by an office; 配合履职 are two rows
  (county unit 牵头, office 配合); 上级收回 rows are led by the county unit. Correspondences: {st['corr']} rows.

## 2024 机构改革 (先立后破)

| date | change | duties moved |
|---|---|---|
| 2024-03-20 | 县委社会工作部 set up (合署 县信访局) | 两新党建 from 组织部 (section abolished 2024-04-01), 志愿服务 from 宣传部 (2024-04-01) |
| 2024-03-25 / 04-01 | 县乡村振兴局 abolished into 县农业农村局 (new 乡村振兴股, 防返贫监测股) | 4 duties moved; **2 left behind** |
| 2024-03-20 / 04-01 | 市场监管局 价格监督检查股 → 价格监督和竞争执法股 | 2 penalties moved; **1 inspection left behind** |
| 2024-03-25 / 04-01 | 人社局 劳动关系股 + 劳动保障监察股 → 劳动关系和保障监察股 | 3 duties moved |
| 2024-05-20 / 05-31 | 县人民政府金融工作办公室 abolished → 财政局 金融股 (挂县委金融办) | 2 moved; **1 left behind** |
| 2024-09-20 / 10-31 | 县大数据中心 abolished → 县数据局 | 1 moved; **1 left behind** |
| 2024-06-30 | 新华街道城市管理办公室 merged into 新华街道综合行政执法队 | 3 moved; **1 left behind** |
| 2025-09-01 (future) | 乡道、村道养护管理 from 县交通运输局 to 县公路事业发展中心 | on 2025-06-30 the 交通运输局 still leads |

Two duties are cancelled on purpose (状态 取消 with 失效日期): 粮食收购资格许可 (发改, 2021-04-15) and
机动车维修经营许可 (交通, 2019-03-02). They are not orphans.

## What was planted

* **questions.csv** — {st['questions']} questions ({st['township_q']} asked in a township, {st['oos']} out of scope).
  Everyday words with 东北 dialect (咋整, 埋汰, 苞米, 屯子, 二踢脚 …), short and rambling ones. Intent decides:
  办证/报名/考试 → permit or service holder (often 县行政审批服务局), 举报/投诉 → penalty holder, 补贴没到账 → payer.
  Look-alikes across units (驾驶证 vs 拖拉机驾驶证, 工伤认定 vs 工伤待遇, 失业登记 vs 失业金, 医疗救助 vs 医保报销,
  供热投诉 vs 供热价格, 县道除雪 vs 城区清雪, 施工噪声 vs 工业噪声 vs 邻里噪声 …). 备注 cites the duty
  (title and 事项编码) the answer comes from. 县直对口单位 is filled only when a township office answers, and only
  offices with exactly one correspondence row are used as answers. No question touches a planted overlap or orphan.
  Every county unit that leads an external duty is the answer to at least one question.
* **overlaps.csv** — {st['overlaps']} clusters ({st['overlap_rows']} rows): permits left in the department after 划转 to the
  审批局, penalties left in 住建/自然资源/水务 after 划转 to 综合执法局 (one with a third holder, 生态环境分局),
  identical titles in two departments, paraphrased penalties (商务 vs 市场监管 预付卡, 文旅 vs 市场监管 旅行社, 卫健 vs 市场监管
  医疗广告, 生态环境 vs 农业 秸秆, 民政 vs 住建 取暖补贴 …), two sections of one unit with the same duty, 交叉 pairs
  (农药, 燃气, 烟花爆竹零售, 河道采砂, 林木采伐, 学科类校外培训, 养犬), and 3 township-list overlaps.
* **shenguan.csv** — {st['shenguan']} 审管分离 pairs (审批局 permit + department inspection).
* **distractors.csv** — {st['distractor_groups']} groups: {st['internal_groups']} 内部事务 groups (the same 内部管理 title in many units),
  牵头配合, 对象不同, 同法不同条, 属地不同, 上下级, 三定分工.
* **orphans.csv** — {st['orphans']} orphans: {', '.join(f'{k} {v}' for k, v in sorted(ot.items()))}.
  check.py recomputes the orphan set from the CSVs and requires it to equal orphans.csv exactly.

## Counts

* units {st['units']} (county {st['county_units']}), sections {st['sections']}
* duty rows {st['duty_rows']}: county {st['county_rows']} (内部管理 {st['internal_rows']}, {st['internal_pct']}%),
  townships {', '.join(f'{k} {v}' for k, v in t.items())}
* questions {st['questions']}, overlap clusters {st['overlaps']}, 审管分离 {st['shenguan']}, distractor groups {st['distractor_groups']}, orphans {st['orphans']}

## Conventions worth knowing

* Every duty has a 事项编码; rows of one duty share code, title and 职责内容. Identical titles in two units are two
  different duties (different codes).
* A 配合履职 lead row on a township list has 事项类型 配合履职 and 角色 牵头; the township row has 角色 配合.
* 来源 is filled on every file (三定, 权责清单 2024年版, 乡镇清单, 衔接对应表 2024年3月修订).
* The abolished 新华街道城市管理办公室 keeps its (valid) correspondence row, so it is not an UNMAPPED office; its one
  un-moved duty is an ABOLISHED_HOLDER orphan. The three planted broken correspondences sit on offices that also have
  a valid row.

## Judgement calls (where a grader might read it differently)

* Holders named by a 牌子 (县国家保密局, 县体育局 …) resolve to the unit that carries it; 正确单位 uses the unit's own name.
* Only township offices with exactly one correspondence row are used as question answers, so 县直对口单位 is never a
  choice between several units (党政综合办公室 and 党建工作办公室 answer to two county units and are never answers).
* Pairs listed as distractors, not overlaps, that a strict reader might call 交叉: a 局 and its own 事业单位 splitting
  行政 and 经办 (工伤认定 / 工伤待遇, 失业登记 / 失业金, 医保基金监管 / 费用结算, 传染病执法 / 疫情监测), 审计 vs 发改稽察,
  财政预算管理 vs 预算执行审计. Apart from the 26 listed 审管分离 inspection pairs, the department's own penalties on a
  matter the 审批局 licenses (e.g. 无证经营食品) are also meant as 审管分离, not overlaps.
* 《黑龙江省城市供热条例》 is cited for 供热; the cancellation dates (2021-04-15, 2019-03-02) follow the revisions of the
  粮食流通管理条例 and 道路运输条例 as I remember them and may be off by a little.
* 党委部门 and 群团 duties are typed with the 权责清单 categories (其他行政权力/公共服务) for uniformity, although real
  党委 lists are 职责清单.
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
