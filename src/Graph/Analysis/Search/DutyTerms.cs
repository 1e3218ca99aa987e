using System.Runtime.CompilerServices;
using DutyGraph.Graph.Duties;
using DutyGraph.Graph.Text;

namespace DutyGraph.Graph.Analysis.Search;

/// <summary>
/// What search reads in each duty (its normalised title, field lengths and bigram counts), kept
/// while the duty record lives: a model brought up to date after a change reads only the duties
/// that changed (an unchanged duty is the same record).
/// </summary>
public sealed class DutyTerms
{
    private readonly ConditionalWeakTable<Duty, Terms> _terms = [];

    /// <summary>One string per bigram, shared by every duty that has it.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _grams = new(StringComparer.Ordinal);

    /// <summary>A duty's normalised title, the length of each field in bigrams (at least 1), and how often each bigram occurs in each field.</summary>
    public sealed record Terms(string Title, int[] Lengths, (string Gram, byte Title, byte Description, byte Basis)[] Grams);

    public Terms Of(Duty duty) => _terms.GetValue(duty, d => Read(d, gram => _grams.GetOrAdd(gram, gram)));

    public static Terms Read(Duty duty) => Read(duty, gram => gram);

    private static Terms Read(Duty duty, Func<string, string> intern)
    {
        var counts = new Dictionary<string, (byte T, byte D, byte B)>(StringComparer.Ordinal);
        string[] fields = [SearchText.Normalize(duty.Title), SearchText.Normalize(duty.Description), SearchText.Normalize(duty.Basis)];
        var lengths = new int[fields.Length];
        for (var f = 0; f < fields.Length; f++)
        {
            lengths[f] = Math.Max(1, fields[f].Length - 1);
            foreach (var gram in SearchText.Bigrams(fields[f]))
            {
                var (t, d, b) = counts.GetValueOrDefault(gram);
                counts[gram] = f switch
                {
                    0 => ((byte)Math.Min(255, t + 1), d, b),
                    1 => (t, (byte)Math.Min(255, d + 1), b),
                    _ => (t, d, (byte)Math.Min(255, b + 1)),
                };
            }
        }
        return new Terms(fields[0], lengths, [.. counts.Select(c => (intern(c.Key), c.Value.T, c.Value.D, c.Value.B))]);
    }
}
