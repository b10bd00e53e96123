using Breakcard.Core.Truth;

namespace Breakcard.Simulation;

/// <summary>What a simulation produced: counts, ground-truth totals, buffering and files.</summary>
public sealed class WorldSummary
{
    /// <summary>The folder the world was written to.</summary>
    public required string Folder { get; init; }

    /// <summary>The options it was generated with.</summary>
    public required SimulationOptions Options { get; init; }

    /// <summary>People in the city.</summary>
    public int People { get; init; }

    /// <summary>Companies (businesses, institutions, shells).</summary>
    public int Companies { get; init; }

    /// <summary>Bank and payment accounts.</summary>
    public int Accounts { get; init; }

    /// <summary>Phone cards.</summary>
    public int Phones { get; init; }

    /// <summary>Devices.</summary>
    public int Devices { get; init; }

    /// <summary>Fraud rings.</summary>
    public int Rings { get; init; }

    /// <summary>People who aided a ring.</summary>
    public int Aiders { get; init; }

    /// <summary>Aiders the world's courts would convict.</summary>
    public int Convicted { get; init; }

    /// <summary>Victims (including payers into settlement mules).</summary>
    public int Victims { get; init; }

    /// <summary>Accounts that ground truth counts as positives (role neither normal nor victim).</summary>
    public int PositiveAccounts { get; init; }

    /// <summary>Transactions written.</summary>
    public long Transactions { get; init; }

    /// <summary>Calls written.</summary>
    public long Calls { get; init; }

    /// <summary>SMS written.</summary>
    public long Sms { get; init; }

    /// <summary>Logins written.</summary>
    public long Logins { get; init; }

    /// <summary>All events.</summary>
    public long Events => Transactions + Calls + Sms + Logins;

    /// <summary>Events with a ground-truth label (illicit).</summary>
    public long LabelledEvents { get; init; }

    /// <summary>Entities (persons, accounts, phones, devices, companies; victims excluded) per typology.</summary>
    public required IReadOnlyDictionary<Typology, int> TypologyEntities { get; init; }

    /// <summary>Labelled events per typology.</summary>
    public required IReadOnlyDictionary<Typology, long> TypologyEvents { get; init; }

    /// <summary>Most events held in memory for one day: the streaming generator's buffer, which
    /// does not grow with the number of days. At most three day batches are alive at once.</summary>
    public int MaxEventsPerDay { get; init; }

    /// <summary>Most deferred actions (forwards, sweeps, withdrawals) waiting at once.</summary>
    public int MaxPendingActions { get; init; }

    /// <summary>Every file written, with size and SHA-256 (the manifest lists the same).</summary>
    public required IReadOnlyList<Output.WrittenFile> Files { get; init; }

    /// <summary>People per persona (hard negatives included: merchants, employers, landlords, couriers, sweepers, night-shift workers).</summary>
    public required IReadOnlyDictionary<Persona, int> Personas { get; init; }

    /// <summary>The card sellers' measured shares against the published targets (STATISTICS.md).</summary>
    public required IReadOnlyList<CalibrationShare> Calibration { get; init; }

    /// <summary>One line per ring (as truth/rings.csv).</summary>
    public required IReadOnlyList<RingSummary> RingSummaries { get; init; }

    /// <summary>Where the time went (processing time; not part of the reproducible output).</summary>
    public required SimulationTimings Timings { get; init; }
}

/// <summary>One calibrated share of the card sellers: the target and what the world holds.</summary>
/// <param name="Name">What is measured, for example "aged under 30".</param>
/// <param name="Target">Published share (0–1).</param>
/// <param name="Measured">Share among the world's card sellers (0–1).</param>
/// <param name="Sellers">Card sellers measured.</param>
public sealed record CalibrationShare(string Name, double Target, double Measured, int Sellers);

/// <summary>One ring of the simulated world.</summary>
/// <param name="Id">Ring id, for example "R0001".</param>
/// <param name="Scheme">The fraud it runs (snake_case, as in truth/rings.csv).</param>
/// <param name="Components">Its optional parts (settlement mules, shell factory, SIM box, …).</param>
/// <param name="Victims">Victims, including payers into its settlement mules.</param>
/// <param name="VictimLossFen">Victims' payments into it, in fen.</param>
/// <param name="Aiders">People who aided it.</param>
/// <param name="Accounts">Accounts it controlled.</param>
public sealed record RingSummary(string Id, string Scheme, IReadOnlyList<string> Components, int Victims, long VictimLossFen, int Aiders, int Accounts);

/// <summary>Processing time of a simulation's phases, for benchmarks.</summary>
/// <param name="Build">Building the city and its rings.</param>
/// <param name="EntityFiles">Writing the entity files.</param>
/// <param name="Days">Wall time of the day-by-day stream (generation and writing overlap).</param>
/// <param name="Generating">Time the generator thread was busy.</param>
/// <param name="Writing">Time the writer thread was busy.</param>
/// <param name="TruthFiles">Writing the truth entity files and the manifest inputs.</param>
public sealed record SimulationTimings(TimeSpan Build, TimeSpan EntityFiles, TimeSpan Days, TimeSpan Generating, TimeSpan Writing, TimeSpan TruthFiles)
{
    /// <summary>All phases.</summary>
    public TimeSpan Total => Build + EntityFiles + Days + TruthFiles;
}
