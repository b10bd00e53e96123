namespace Breakcard.EarlyWarning.Scoring;

/// <summary>
/// Tunables of early warning. Defaults were set on a development city (seed 101, ADR 100); the
/// figures in docs/early-warning.md are for them.
/// </summary>
public sealed record WarningOptions
{
    /// <summary>Score (0–100) from which a holder is put on the warning list.</summary>
    public int WarnAt { get; init; } = 50;

    /// <summary>Each prior factor multiplies the evidence by 1 + this (three factors at most count).</summary>
    public double PriorBoost { get; init; } = 0.1;

    /// <summary>Most prior factors that count.</summary>
    public int MaxPriors { get; init; } = 3;

    /// <summary>An account opened this many days before the observed time or later is new.</summary>
    public int NewAccountDays { get; init; } = 14;

    /// <summary>A bound phone card activated this many days before the observed time or later is new.</summary>
    public int NewPhoneDays { get; init; } = 30;

    /// <summary>An account with no customer transaction for this many days before the period is dormant.</summary>
    public int DormantDays { get; init; } = 180;

    /// <summary>An inflow up to this many fen from a first-time payer is a test transfer.</summary>
    public long TestTransferMaxFen { get; init; } = 100;

    /// <summary>First-time payers within 24 hours that make <see cref="Signals.SignalKind.StrangerInflows"/>.</summary>
    public int StrangerPayers { get; init; } = 5;

    /// <summary>How soon an outflow must follow a stranger's inflow to be a pass-through.</summary>
    public TimeSpan PassThroughWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Pass-throughs within 24 hours on one account that make the signal: one can be a coincidence (a shop paying its wholesaler).</summary>
    public int PassThroughRepeats { get; init; } = 2;

    /// <summary>Smallest inflow (fen) considered for a pass-through.</summary>
    public long PassThroughMinFen { get; init; } = 10_000;

    /// <summary>Distinct other holders a device must have logged into to be a shared device.</summary>
    public int SharedDeviceHolders { get; init; } = 3;

    /// <summary>Settlement threshold of 法释〔2019〕15号 Art. 12(2): ¥200,000, in fen.</summary>
    public long SettlementThresholdFen { get; init; } = 20_000_000;

    /// <summary>Cards in others' hands from which 法发〔2021〕22号 Art. 9 counts the conduct as serious (five).</summary>
    public int CardsThreshold { get; init; } = 5;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (WarnAt is < 1 or > 100 || PriorBoost is < 0 or > 1 || MaxPriors is < 0 or > 4 || NewAccountDays < 0 || NewPhoneDays < 0 || DormantDays < 1
            || TestTransferMaxFen < 1 || StrangerPayers < 2 || PassThroughWindow <= TimeSpan.Zero || PassThroughRepeats < 1 || PassThroughMinFen < 0 || SharedDeviceHolders < 2
            || SettlementThresholdFen < 1 || CardsThreshold < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(WarningOptions), this, "an early-warning option is out of range");
        }
    }
}
