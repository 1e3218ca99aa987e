using DutyGraph.Graph.Datasets;

namespace DutyGraph.Tests.Support;

/// <summary>A small county with a township, written as a user would write it, for tests that need a few of everything.</summary>
public static class SmallCounty
{
    public const string Units = """
        行政区划,单位,类型,挂牌名称,编制数,设立日期,撤销日期
        上犹县,县城市管理局,政府部门,县城管局,30,2019-03-01,
        上犹县,县市场监督管理局,政府部门,,60,,
        上犹县,县征收办,事业单位,,8,,2024-08-01
        上犹县,县数据局,政府部门,,12,2025-01-01,
        上犹县/营前镇,营前镇综合行政执法队,乡镇,,6,,
        上犹县/营前镇,营前镇党政综合办公室,乡镇,,5,,
        """;

    public const string Sections = """
        行政区划,单位,科室,类型,编制数,实有人数,设立日期,撤销日期
        上犹县,县市场监督管理局,食品生产安全监督管理股,业务,4,4,,
        上犹县,县市场监督管理局,食品经营安全监督管理股,业务,5,5,,
        上犹县,县城市管理局,综合执法大队,执法,12,10,,
        """;

    public const string Duties = """
        行政区划,单位,科室,事项编码,事项名称,事项类型,角色,生效日期,失效日期
        上犹县,县市场监督管理局,食品生产安全监督管理股,SY-XK-01,食品生产许可,行政许可,牵头,,
        上犹县,县市场监督管理局,食品经营安全监督管理股,SY-XK-02,食品经营许可,行政许可,牵头,,
        上犹县,县城市管理局,综合执法大队,SY-CF-01,对餐饮服务业油烟污染的行政处罚,行政处罚,牵头,,
        上犹县,县征收办,,SY-QT-01,征收补偿资金专户管理,其他行政权力,牵头,,
        上犹县,县征收办,,SY-QT-02,征收安置房分配,其他行政权力,牵头,,2024-08-01
        上犹县,县城市管理局,,SY-QT-02,征收安置房分配,其他行政权力,牵头,2024-08-01,
        上犹县/营前镇,县城管局,,,餐饮油烟扰民巡查,配合履职,牵头,,
        上犹县/营前镇,营前镇综合行政执法队,,,餐饮油烟扰民巡查,配合履职,配合,,
        上犹县/营前镇,县自然资源局,,,违法用地巡查上报,配合履职,牵头,,
        """;

    public const string Correspondences = """
        乡镇,乡镇机构,县直部门,备注
        上犹县/营前镇,营前镇综合行政执法队,县城市管理局,
        上犹县/营前镇,营前镇综合行政执法队,县征收办,
        上犹县/营前镇,营前镇党政综合办公室,县乡村振兴局,
        """;

    public static string WriteTo(TempFolder temp, string name = "county")
    {
        temp.Write($"{name}/units.csv", Units);
        temp.Write($"{name}/sections.csv", Sections);
        temp.Write($"{name}/duties.csv", Duties);
        temp.Write($"{name}/correspondences.csv", Correspondences);
        return temp.File(name);
    }

    public static DatasetFolder Open(TempFolder temp) => DatasetFolder.Open(WriteTo(temp));
}
