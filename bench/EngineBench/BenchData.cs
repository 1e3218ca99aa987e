using System.Text.Json;
using DutyGraph.Graph.Datasets;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Jurisdictions;

namespace DutyGraph.Bench;

/// <summary>The seed dataset as the benchmark's plain data: units with their jurisdiction, sections, holdings and duties.</summary>
internal static class BenchData
{
    public static string WriteJson(string seedFolder, string path)
    {
        var read = DatasetReader.ReadFolder(seedFolder);
        var dataset = read.Dataset;
        var holdings = dataset.Duties
            .SelectMany(d => d.Holdings.Select(h => (Duty: d.Duty.Value, Holding: h.Value)))
            .ToLookup(x => (x.Holding.Unit, x.Holding.Section ?? ""));
        var dutyIds = dataset.Duties.Select((d, i) => (d.Duty.Value, i + 1)).ToDictionary(x => x.Value, x => x.Item2);
        var sectionId = 0;
        var units = dataset.Units.Select((row, i) =>
        {
            var u = row.Value;
            var place = Jurisdiction.FromName(u.Jurisdiction);
            return new Dictionary<string, object?>
            {
                ["id"] = $"U{i + 1}", ["name"] = u.Name, ["kind"] = u.Kind, ["aliases"] = u.Aliases, ["staffQuota"] = u.StaffQuota,
                ["jurisdiction"] = new { name = place.Name, level = Jurisdiction.LevelName(place.Level) },
                ["sections"] = dataset.Sections.Where(s => s.Value.Unit == u.Name && s.Value.Jurisdiction == u.Jurisdiction).Select(s => new
                {
                    id = $"S{++sectionId}", name = s.Value.Name, kind = s.Value.Kind, staffQuota = s.Value.StaffQuota,
                    holdings = holdings[(u.Name, s.Value.Name)].Select(h => new
                    {
                        role = h.Holding.Role == Role.Lead ? "LEAD" : "SUPPORT",
                        validFrom = h.Holding.ValidFrom?.ToString("yyyy-MM-dd"),
                        duty = new { id = $"D{dutyIds[h.Duty]}", title = h.Duty.Title, code = h.Duty.Code, category = h.Duty.Category },
                    }).ToList(),
                }).ToList(),
            };
        }).ToList();
        var jurisdictions = units.Select(u => u["jurisdiction"]).Distinct().ToList();
        File.WriteAllText(path, JsonSerializer.Serialize(new { units, jurisdictions }));
        return path;
    }

    /// <summary>JSON as plain data: dictionaries, lists, strings, numbers, booleans (what the default resolver reads).</summary>
    public static object? ToValue(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Object => json.EnumerateObject().Aggregate(new Dictionary<string, object?>(), (d, p) => { d[p.Name] = ToValue(p.Value); return d; }),
        JsonValueKind.Array => json.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.String => json.GetString(),
        // An int stays an int (a conditional of int and double would make every number a double, which GraphQL.NET refuses for an Int).
        JsonValueKind.Number => json.TryGetInt32(out var i) ? (object)i : json.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
