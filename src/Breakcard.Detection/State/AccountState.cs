using System.Runtime.InteropServices;
using Breakcard.Detection.Engine;

namespace Breakcard.Detection.State;

/// <summary>
/// Everything the engine remembers about one bank or payment account: 216 bytes, no references,
/// kept in a flat array per shard. Times are stored seconds (<see cref="EngineTime"/>), amounts
/// whole yuan unless the name says fen. The local day of the day counters and the fan window's
/// half are those of <see cref="LastSeen"/> (the engine's time never goes back), so they are
/// computed, not stored (ADR 0160). Mutable on purpose: the engine updates it in place through
/// <c>ref</c>. Not thread safe; a shard is owned by one thread.
/// </summary>
/// <remarks>
/// Implementation note: fields are grouped by what one event touches together (timeline and day
/// counters, then the window bitmaps, then the pool and strengths), so an update reads few cache
/// lines. The size is pinned by a test and reported in docs/benchmarks.md.
/// </remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public struct AccountState
{
    /// <summary>Last event seen, or <see cref="EngineTime.Never"/> for an account not seen yet.</summary>
    public int LastSeen;

    /// <summary>When the account came back after a dormant gap, or <see cref="EngineTime.Never"/>.</summary>
    public int RevivedAt;

    /// <summary>Inflows today.</summary>
    public ushort InCount;

    /// <summary>Outflows today.</summary>
    public ushort OutCount;

    /// <summary>Events today in the local night.</summary>
    public ushort NightToday;

    /// <summary>Night events today that are unusual for this account's history.</summary>
    public ushort UnusualNight;

    /// <summary>Amounts just under a reporting threshold, today.</summary>
    public ushort UnderThreshold;

    /// <summary>Length of the dormant gap before <see cref="RevivedAt"/> (days, saturating).</summary>
    public ushort DormantGapDays;

    /// <summary>Inflow volume today (yuan, saturating).</summary>
    public uint InYuan;

    /// <summary>Outflow volume today (yuan, saturating).</summary>
    public uint OutYuan;

    /// <summary>Exponentially weighted mean of events per calendar day before today.</summary>
    public float BaseCount;

    /// <summary>Exponentially weighted mean of daily volume (yuan, in + out) before today.</summary>
    public float BaseYuan;

    /// <summary>Calendar days of history behind the baselines (saturating).</summary>
    public ushort HistoryDays;

    /// <summary>Events before today (halved with <see cref="HistoryNight"/> when it saturates).</summary>
    public ushort HistoryEvents;

    /// <summary>Night events before today.</summary>
    public ushort HistoryNight;

    /// <summary>
    /// The static signal read from the holder once at first sight: the accounts-per-identity strength
    /// of a person's account, or <see cref="StaticShellFlag"/> plus the shell-company strength of a
    /// company's corporate account (never both: one needs a person, the other a company).
    /// </summary>
    public byte StaticSignal;

    /// <summary>Halves of the fan window since <see cref="GatherSource"/> was last confirmed, saturating at 2 (only "at most one" matters).</summary>
    public byte GatherAge;

    /// <summary>Unrelated payers never seen before, current half window (linear-counting bitmap).</summary>
    public ulong PayersNow;

    /// <summary>Unrelated payers, previous half window.</summary>
    public ulong PayersPrev;

    /// <summary>New payees of other holders, current half window.</summary>
    public ulong PayeesNow;

    /// <summary>New payees, previous half window.</summary>
    public ulong PayeesPrev;

    /// <summary>Bloom filter (low half) of every counterparty seen.</summary>
    public ulong KnownLow;

    /// <summary>Bloom filter (high half) of every counterparty seen.</summary>
    public ulong KnownHigh;

    /// <summary>Intermediaries that forwarded money from <see cref="GatherSource"/> (bitmap).</summary>
    public ulong Intermediaries;

    /// <summary>Companies paying this (personal) account, this fan window (bitmap).</summary>
    public ulong CompanyPayers;

    /// <summary>Accounts this one sent test-sized transfers to, this fan window (bitmap).</summary>
    public ulong TestedCards;

    /// <summary>The source whose money several intermediaries forwarded here, or -1.</summary>
    public int GatherSource;

    /// <summary>Payer of the latest significant inflow (the upstream this account forwards from), or -1.</summary>
    public int Upstream;

    /// <summary>Where the money this account last received started (for cycles), or -1.</summary>
    public int Origin;

    /// <summary>Unmatched recent inflow (fen, saturating): what pass-through matching drains.</summary>
    public uint PoolFen;

    /// <summary>Inflow since the pool last emptied (fen, saturating).</summary>
    public uint PoolInFen;

    /// <summary>Time of the latest inflow into the pool.</summary>
    public int PoolAt;

    /// <summary>The latest inflows, for evidence.</summary>
    public InflowRing Inflows;

    /// <summary>Pass-through cycles, current half window.</summary>
    public byte PassNow;

    /// <summary>Pass-through cycles, previous half window.</summary>
    public byte PassPrev;

    /// <summary>Yuan passed through in completed cycles, current half window (thousands, saturating).</summary>
    public ushort PassKiloNow;

    /// <summary>Yuan passed through, previous half window (thousands, saturating).</summary>
    public ushort PassKiloPrev;

    /// <summary>Money returning to its origin, current half window.</summary>
    public byte CycleNow;

    /// <summary>Money returning to its origin, previous half window.</summary>
    public byte CyclePrev;

    /// <summary>Last device logged in from, or -1.</summary>
    public int LastDevice;

    /// <summary>Strengths, risk, alert state and evidence chain.</summary>
    public ScoreState Score;

    /// <summary>Marks <see cref="StaticSignal"/> as the shell-company strength (strengths are 0–100, below this bit).</summary>
    public const byte StaticShellFlag = 0x80;

    /// <summary>A never-seen account.</summary>
    public static AccountState Empty => new()
    {
        LastSeen = EngineTime.Never, RevivedAt = EngineTime.Never, GatherSource = -1, Upstream = -1, Origin = -1,
        PoolAt = EngineTime.Never, LastDevice = -1, Score = ScoreState.Empty,
    };
}
