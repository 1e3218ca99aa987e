using System.Text;

namespace DutyGraph.Server.Api.Analysis;

/// <summary>.NET enum names as GraphQL writes them: NoLead ↔ NO_LEAD.</summary>
public static class EnumNames
{
    public static string Of<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }
            builder.Append(char.ToUpperInvariant(name[i]));
        }
        return builder.ToString();
    }

    public static T Parse<T>(string name) where T : struct, Enum => Enum.Parse<T>(name.Replace("_", "", StringComparison.Ordinal), ignoreCase: true);
}
