# shared constants and helpers
COUNTY = "岚江县"
EVAL = "2025-06-30"
REFORM = "2024-12-01"          # 岚江县机构改革实施日期
TOWNS = {"石桥镇": "SQ", "白沙乡": "BS", "江南街道": "JN"}
def tj(t):                      # township jurisdiction string
    return f"{COUNTY}/{t}"
TYPE_CODE = {"行政许可":"XK","行政处罚":"CF","行政强制":"QZ","行政征收":"ZS","行政给付":"GF",
             "行政检查":"JC","行政确认":"QR","行政奖励":"JL","行政裁决":"CJ","其他行政权力":"QT",
             "公共服务":"GG","内部管理":"NB","基本履职":"JB","配合履职":"PH","上级收回":"SH"}
