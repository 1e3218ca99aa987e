namespace DutyGraph.Graph.Catalogue;

/// <summary>What a duty does about its matter (the kinds of 权力 and 服务 of 权责清单 practice).</summary>
public enum DutyAction
{
    /// <summary>许可/审批/核发.</summary>
    Permit,
    /// <summary>登记/备案.</summary>
    Registration,
    /// <summary>检查/监管.</summary>
    Inspection,
    /// <summary>查处/处罚.</summary>
    Penalty,
    /// <summary>行政强制.</summary>
    Coercion,
    /// <summary>征收.</summary>
    Levy,
    /// <summary>给付/补贴.</summary>
    Benefit,
    /// <summary>确认.</summary>
    Confirmation,
    /// <summary>裁决.</summary>
    Adjudication,
    /// <summary>奖励.</summary>
    Reward,
    /// <summary>公共服务.</summary>
    PublicService,
    /// <summary>规划/编制.</summary>
    Planning,
    /// <summary>组织/协调/指导.</summary>
    Coordination,
}

/// <summary>Whose affairs a duty is about.</summary>
public enum DutyScope
{
    /// <summary>Citizens, businesses and places: what the holder does for or to others.</summary>
    External,
    /// <summary>The holder's own affairs (本部门/本单位/本系统/机关): every unit has them for itself.</summary>
    Internal,
    /// <summary>Guiding lower levels (乡镇, 基层) in their own work.</summary>
    Guidance,
}

public static class DutyActions
{
    /// <summary>The Chinese name staff read.</summary>
    public static string ChineseName(DutyAction action) => action switch
    {
        DutyAction.Permit => "许可",
        DutyAction.Registration => "登记/备案",
        DutyAction.Inspection => "检查/监管",
        DutyAction.Penalty => "查处/处罚",
        DutyAction.Coercion => "强制",
        DutyAction.Levy => "征收",
        DutyAction.Benefit => "给付/补贴",
        DutyAction.Confirmation => "确认",
        DutyAction.Adjudication => "裁决",
        DutyAction.Reward => "奖励",
        DutyAction.PublicService => "公共服务",
        DutyAction.Planning => "规划/编制",
        _ => "组织/协调/指导",
    };

    /// <summary>Checking or punishing after the fact (事中事后监管): the other side of a permit in 审管分离.</summary>
    public static bool IsSupervision(DutyAction action) =>
        action is DutyAction.Inspection or DutyAction.Penalty or DutyAction.Coercion;

    /// <summary>Letting someone in (准入): a permit, a registration or a confirmation.</summary>
    public static bool IsApproval(DutyAction action) =>
        action is DutyAction.Permit or DutyAction.Registration or DutyAction.Confirmation;

    /// <summary>Deciding an application (许可, 登记, 确认, 给付, 征收, 裁决, 奖励): what the steps before it (受理, 初审) lead to.</summary>
    public static bool IsDecision(DutyAction action) =>
        IsApproval(action) || action is DutyAction.Benefit or DutyAction.Levy or DutyAction.Adjudication or DutyAction.Reward;

    /// <summary>
    /// Two actions of one kind of work: a penalty and the coercive measures beside it are one
    /// enforcement; organising, planning and serving a matter are one management of it.
    /// </summary>
    public static bool SameKind(DutyAction a, DutyAction b) =>
        a == b || (IsEnforcement(a) && IsEnforcement(b)) || (IsManagement(a) && IsManagement(b));

    /// <summary>Whether an action punishes or compels (查处, 强制): enforcement.</summary>
    public static bool IsEnforcement(DutyAction action) => action is DutyAction.Penalty or DutyAction.Coercion;

    private static bool IsManagement(DutyAction action) => action is DutyAction.Coordination or DutyAction.Planning or DutyAction.PublicService;

    public static string ChineseName(DutyScope scope) => scope switch
    {
        DutyScope.Internal => "内部事务",
        DutyScope.Guidance => "指导下级",
        _ => "对外",
    };
}
