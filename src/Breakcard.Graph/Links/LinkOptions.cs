using Breakcard.Core;
using Breakcard.Core.Links;

namespace Breakcard.Graph.Links;

/// <summary>
/// Thresholds shared by ring detection, dealer and shell-factory finding and mule distance.
/// Defaults are documented in docs/tracing.md with their reasons. Immutable.
/// </summary>
public sealed record LinkOptions
{
    /// <summary>A device linking more distinct holders than this is a hub and links nothing (default 60:
    /// above a card dealer's phone, below an internet café's shared terminal).</summary>
    public int MaxDeviceHolders { get; init; } = 60;

    /// <summary>A phone linking more distinct holders than this is a hub (default 30).</summary>
    public int MaxPhoneHolders { get; init; } = 30;

    /// <summary>An IP linking more distinct holders than this is a hub — carrier NAT, campus and
    /// public Wi-Fi addresses (default 15).</summary>
    public int MaxIpHolders { get; init; } = 15;

    /// <summary>An address linking more distinct holders than this is a hub — dormitories,
    /// apartment blocks recorded without unit numbers (default 12).</summary>
    public int MaxAddressHolders { get; init; } = 12;

    /// <summary>Window within which forwarded money counts as passed through (default 24 h).</summary>
    public TimeSpan PassThroughWindow { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Share of received money forwarded within the window from which an account is a
    /// pass-through (default 0.7).</summary>
    public double PassThroughShare { get; init; } = 0.7;

    /// <summary>Minimum money received for the pass-through test (default ¥5,000).</summary>
    public Money PassThroughMinInflow { get; init; } = Money.FromYuan(5_000);

    /// <summary>Minimum total transferred between two suspected accounts to link them (default ¥1,000).</summary>
    public Money MinFlow { get; init; } = Money.FromYuan(1_000);

    /// <summary>Monitoring score at or above which an account counts as a suspected mule (0–1, default 0.5).</summary>
    public double ScoreThreshold { get; init; } = 0.5;

    /// <summary>Smallest ring reported: accounts (default 3).</summary>
    public int MinRingAccounts { get; init; } = 3;

    /// <summary>Smallest ring reported: distinct holders (default 2).</summary>
    public int MinRingHolders { get; init; } = 2;

    /// <summary>Report only rings with at least one confirmed or suspected mule (default true).</summary>
    public bool RequireMuleEvidence { get; init; } = true;

    /// <summary>Distinct holders other than the controller from which a person or device is a card dealer (default 3).</summary>
    public int MinDealerHolders { get; init; } = 3;

    /// <summary>Companies at one address from which it is a shell factory (default 5).</summary>
    public int MinShellCompanies { get; init; } = 5;

    /// <summary>Largest distance reported by mule distance; farther is "unreachable" (default 6).</summary>
    public int MaxMuleDistance { get; init; } = 6;

    /// <summary>Accounts with more distinct counterparties than this do not pass distance on (default 100: shops, employers).</summary>
    public int MaxDistanceCounterparties { get; init; } = 100;

    /// <summary>The hub cap for a shared kind.</summary>
    public int MaxHoldersFor(EntityKind kind) => kind switch
    {
        EntityKind.Device => MaxDeviceHolders,
        EntityKind.Phone => MaxPhoneHolders,
        EntityKind.Ip => MaxIpHolders,
        EntityKind.Address => MaxAddressHolders,
        _ => int.MaxValue,
    };
}
