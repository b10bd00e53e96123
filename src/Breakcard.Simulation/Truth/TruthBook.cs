using Breakcard.Core.Truth;

namespace Breakcard.Simulation.Truth;

/// <summary>
/// Ground truth of every entity that is not plain normal life, by entity index. Entities absent
/// here are normal (their persona is on the entity tables). A few thousand entries per million
/// people, so dictionaries are fine.
/// </summary>
internal sealed class TruthBook
{
    public Dictionary<int, EntityTruth> Persons { get; } = [];

    public Dictionary<int, EntityTruth> Accounts { get; } = [];

    public Dictionary<int, EntityTruth> Phones { get; } = [];

    public Dictionary<int, EntityTruth> Devices { get; } = [];

    public Dictionary<int, EntityTruth> Companies { get; } = [];

    /// <summary>Per aider person: what a judgment needs.</summary>
    public Dictionary<int, AiderTally> Aiders { get; } = [];

    /// <summary>Labels <paramref name="index"/> in <paramref name="map"/>, or adds the typology to its existing label.
    /// An existing label keeps its role and ring: each entity belongs to one ring.</summary>
    public static EntityTruth Label(Dictionary<int, EntityTruth> map, int index, TruthRole role, Typology typology, int ring)
    {
        if (map.TryGetValue(index, out var truth))
        {
            truth.Add(typology);
            return truth;
        }

        truth = new EntityTruth(role, typology, ring);
        map[index] = truth;
        return truth;
    }

    public AiderTally Tally(int person, int ring, TruthRole role, Typology typology)
    {
        if (!Aiders.TryGetValue(person, out var tally))
        {
            Aiders[person] = tally = new AiderTally(ring, role, typology);
        }

        return tally;
    }

    public static void Touch(Dictionary<int, EntityTruth> map, int index, long second)
    {
        if (index >= 0 && map.TryGetValue(index, out var truth))
        {
            truth.Touch(second);
        }
    }
}

/// <summary>What a court needs to know about one aider (2019 Interpretation Art. 12; Opinion (II) Art. 7).</summary>
internal sealed class AiderTally(int ring, TruthRole role, Typology typology)
{
    public int Ring { get; } = ring;

    public TruthRole Role { get; } = role;

    public Typology Typology { get; } = typology;

    public int BankCards { get; set; }

    public int PhoneCards { get; set; }

    /// <summary>Money flowing one way into the cards or accounts the person provided or used, in fen.</summary>
    public long SettlementFen { get; set; }

    /// <summary>Illegal gains (sale price, rent, commission, fees) in fen.</summary>
    public long GainsFen { get; set; }

    public long FirstAct { get; set; } = long.MaxValue;

    public long LastAct { get; set; } = long.MinValue;

    public void Act(long second)
    {
        FirstAct = Math.Min(FirstAct, second);
        LastAct = Math.Max(LastAct, second);
    }
}
