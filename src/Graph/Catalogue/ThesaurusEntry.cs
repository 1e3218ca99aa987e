namespace DutyGraph.Graph.Catalogue;

/// <summary>
/// A staff addition to the catalogue, in the thesaurus format (口语, 清单用语): an everyday word
/// and the list wording or matter it stands for (油烟 → 餐饮服务业油烟). Kept in the store and exported.
/// </summary>
public sealed record ThesaurusEntry(string Everyday, string ListTerm, string? Note = null);
