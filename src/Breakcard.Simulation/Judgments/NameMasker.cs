using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Judgments;

/// <summary>
/// Masks names as published judgments do: the surname followed by 某 or 某某 (刘某, 刘某某),
/// with 甲, 乙, 丙 … to tell apart defendants whose masked names would coincide (王某甲, 王某乙).
/// Also invents masked names for other people (victims, judges, counsel) that cannot be confused
/// with a defendant's.
/// </summary>
internal sealed class NameMasker
{
    private const string Ordinals = "甲乙丙丁戊己庚辛";
    private readonly SeededRandom _random;
    private readonly HashSet<string> _defendantSurnames = new(StringComparer.Ordinal);
    private readonly string _suffix;

    public NameMasker(SeededRandom random)
    {
        _random = random;
        _suffix = random.Chance(0.5) ? "某" : "某某";
    }

    /// <summary>Masked names of the defendants, unique within the judgment.</summary>
    public IReadOnlyList<string> Defendants(IReadOnlyList<DefendantCaseFacts> defendants)
    {
        var surnames = defendants.Select(d => Surname(d.FullName)).ToList();
        foreach (var s in surnames)
        {
            _defendantSurnames.Add(s);
        }

        var names = new string[defendants.Count];
        foreach (var group in surnames.Select((s, i) => (s, i)).GroupBy(x => x.s, StringComparer.Ordinal))
        {
            var members = group.ToList();
            for (var k = 0; k < members.Count; k++)
            {
                names[members[k].i] = members.Count == 1 ? group.Key + _suffix : group.Key + "某" + Ordinals[k];
            }
        }

        return names;
    }

    /// <summary>A masked name for someone who is not a defendant.</summary>
    public string Other()
    {
        while (true)
        {
            var s = _random.Pick(Pools.Surnames);
            if (!_defendantSurnames.Contains(s))
            {
                return s + (_random.Chance(0.5) ? "某" : "某某");
            }
        }
    }

    private static string Surname(string fullName)
    {
        foreach (var compound in Pools.CompoundSurnames)
        {
            if (fullName.StartsWith(compound, StringComparison.Ordinal))
            {
                return compound;
            }
        }

        return fullName[..1];
    }
}
