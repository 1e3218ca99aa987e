using System.CommandLine;
using DutyGraph.Graph.Catalogue;

namespace DutyGraph.Server.Cli;

/// <summary>
/// <c>dutygraph catalogue</c>: the matter catalogue that ships with DutyGraph. <c>read TITLE…</c>
/// shows how list titles are understood (matters, action, scope), <c>ask QUESTION…</c> what a
/// question names and wants, <c>stats</c> the catalogue's size by field.
/// </summary>
internal static class CatalogueCommand
{
    public static Command Create()
    {
        var titles = new Argument<string[]>("TITLE") { Description = "List titles (事项名称)", Arity = ArgumentArity.OneOrMore };
        var category = new Option<string?>("--category") { Description = "The 事项类型 the titles have, e.g. 行政处罚" };
        var read = new Command("read", "How the catalogue reads list titles: matters, action, scope and what else the title says") { titles, category };
        read.SetAction(result =>
        {
            var reader = new DutyReader(MatterCatalogue.Shipped, []);
            foreach (var title in result.GetValue(titles)!)
            {
                var m = reader.ReadTitle(title, result.GetValue(category));
                var matters = m.Matters.Count == 0 ? "（无目录事项）" : string.Join("；", m.Matters.Select((x, i) => $"{x.Name}〔{x.Field}，由“{m.MatterWords[i]}”〕"));
                Console.WriteLine($"{title}\n  事项 {matters}\n  行为 {DutyActions.ChineseName(m.Action)}（{m.ActionWord}）  范围 {DutyActions.ChineseName(m.Scope)}  其余 {string.Join("、", m.Rest)}");
            }
            return 0;
        });
        var questions = new Argument<string[]>("QUESTION") { Description = "What callers say", Arity = ArgumentArity.OneOrMore };
        var ask = new Command("ask", "What the catalogue reads in questions: the matters named and what the caller wants") { questions };
        ask.SetAction(result =>
        {
            foreach (var question in result.GetValue(questions)!)
            {
                var r = QuestionReading.Read(question, MatterCatalogue.Shipped);
                Console.WriteLine($"{question}\n  事项 {string.Join("；", r.Matters.Select(m => $"{m.Matter.Name}〔{m.Matter.Field}，“{m.Words}”{(m.Everyday ? "口语" : "清单用语")} {m.Weight:0.00}〕"))}" +
                    $"\n  所求 {string.Join("；", r.Intents.Select(i => $"{DutyActions.ChineseName(i.Action)}（{i.Words}）"))}");
            }
            return 0;
        });
        var stats = new Command("stats", "The catalogue's size by field");
        stats.SetAction(_ =>
        {
            var catalogue = MatterCatalogue.Shipped;
            foreach (var field in catalogue.Matters.GroupBy(m => Matter.TopField(m.Field)).OrderByDescending(g => g.Count()))
            {
                Console.WriteLine($"{field.Key}: {field.Count()} matters, {field.Sum(m => m.Wordings.Count)} list wordings, {field.Sum(m => m.Everyday.Count)} everyday words");
            }
            Console.WriteLine($"all: {catalogue.Matters.Count} matters, {catalogue.Matters.Sum(m => m.Wordings.Count)} list wordings, " +
                $"{catalogue.Matters.Sum(m => m.Everyday.Count)} everyday words, {catalogue.UnitKinds.Count} unit kinds");
            return 0;
        });
        return new Command("catalogue", "The matter catalogue (事项目录) that ships with DutyGraph") { read, ask, stats };
    }
}
