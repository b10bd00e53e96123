using Breakcard.Core;
using Breakcard.Core.Accounts;
using Breakcard.Core.Events;
using Breakcard.Core.Identifiers;
using Breakcard.Core.People;
using Breakcard.Core.Time;
using Breakcard.EarlyWarning.Input;
using Breakcard.EarlyWarning.Scoring;

namespace Breakcard.EarlyWarning.Tests;

/// <summary>A hand-built town for the scorer: every account, device and event written out, so each expected score can be computed by hand.</summary>
internal static class Town
{
    public static readonly DateOnly Start = new(2025, 3, 1);

    // Luhn-valid IMEIs (check digits computed by hand).
    public const string HolderPhone = "490154203237518";
    public const string FamilyPhone = "356938035643809";
    public const string RingPhone = "352099001761481";

    public static DateTimeOffset At(int day, int hour, int minute = 0) => ChinaTime.At(Start.AddDays(day), new TimeOnly(hour, minute));

    /// <summary>A 22-year-old unemployed holder with junior-high schooling (three priors).</summary>
    public static HolderFacts Young(string id) => new(id, new DateOnly(2003, 1, 1), Occupation.Unemployed, Education.JuniorHigh);

    /// <summary>A 45-year-old employee with a bachelor's degree (no prior).</summary>
    public static HolderFacts Settled(string id) => new(id, new DateOnly(1980, 1, 1), Occupation.Employee, Education.Bachelor);

    public static AccountFacts Account(string number, string holder, DateOnly opened, DateOnly? phoneActivated = null, DateOnly? lastActivity = null) =>
        new(number, holder, AccountClass.ClassI, opened, lastActivity ?? Start.AddDays(-2), phoneActivated);

    public static TransactionEvent Transfer(string id, DateTimeOffset at, string from, string to, long fen, Channel channel = Channel.Transfer) =>
        new(id, at, from, to, Money.FromFen(fen), channel, null);

    public static LoginEvent Login(string id, DateTimeOffset at, string account, string device) => new(id, at, account, DeviceId.Parse(device), null);

    public static EarlyWarningScorer Scorer(WarningOptions? options = null) => new(options ?? new WarningOptions(), Start);
}
