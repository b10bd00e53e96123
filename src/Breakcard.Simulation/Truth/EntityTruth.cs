using Breakcard.Core.Truth;

namespace Breakcard.Simulation.Truth;

/// <summary>Ground truth of one entity that takes part in a ring (as aider, tool or victim).</summary>
internal sealed class EntityTruth(TruthRole role, Typology primary, int ring)
{
    public TruthRole Role { get; set; } = role;

    /// <summary>The typology the entity's illicit events are labelled with.</summary>
    public Typology Primary { get; set; } = primary;

    /// <summary>Every typology the entity is part of (bit i = <see cref="Typology"/> value i).</summary>
    public int Typologies { get; private set; } = 1 << (int)primary;

    public int Ring { get; } = ring;

    /// <summary>How a ring got an account (truth/accounts.csv <c>source</c>), or null.</summary>
    public string? Source { get; set; }

    public RecruitmentChannel Recruitment { get; set; }

    /// <summary>When the entity was sold or handed over (seconds since the start), or <see cref="long.MaxValue"/>.</summary>
    public long SoldAt { get; set; } = long.MaxValue;

    /// <summary>First labelled event touching the entity (seconds), or <see cref="long.MaxValue"/>.</summary>
    public long FirstIllicit { get; set; } = long.MaxValue;

    public void Add(Typology typology) => Typologies |= 1 << (int)typology;

    public bool Has(Typology typology) => (Typologies & (1 << (int)typology)) != 0;

    public void Touch(long second)
    {
        if (second < FirstIllicit)
        {
            FirstIllicit = second;
        }
    }
}
