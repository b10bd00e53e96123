using Breakcard.Core.People;
using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="ProfileMismatchIndicator"/>: daily inflow a holder's profile explains.</summary>
public sealed record ProfileMismatchOptions
{
    /// <summary>Students (yuan per day).</summary>
    public int StudentYuan { get; init; } = 20_000;

    /// <summary>Holders aged 22 or younger who are not students, and holders without a fixed job (yuan per day).</summary>
    public int YoungOrUnemployedYuan { get; init; } = 30_000;

    /// <summary>Farmers and retired people (yuan per day).</summary>
    public int FarmerOrRetiredYuan { get; init; } = 50_000;

    /// <summary>Employees and public servants (yuan per day).</summary>
    public int EmployeeYuan { get; init; } = 100_000;

    /// <summary>Self-employed holders (yuan per day).</summary>
    public int SelfEmployedYuan { get; init; } = 300_000;

    /// <summary>Without a known profile: this multiple of the account's own daily volume baseline…</summary>
    public int BaselineMultiple { get; init; } = 30;

    /// <summary>…and at least this much (yuan per day).</summary>
    public int UnknownProfileMinYuan { get; init; } = 50_000;

    /// <summary>Days of history needed before the baseline is trusted.</summary>
    public int MinHistoryDays { get; init; } = 14;
}

/// <summary>
/// Huge amounts against the holder's profile: a student receiving ¥200,000 in a day. Today's
/// inflow is compared with what the holder's occupation and age explain (reference data); when
/// no profile is known, with a multiple of the account's own history, and without history with an
/// absolute floor. Company accounts are left to <see cref="CorporateUnrelatedIndicator"/>.
/// </summary>
public static class ProfileMismatchIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.ProfileMismatch, "PROFILE_MISMATCH", "huge amount for the holder's profile",
        "Daily inflow far beyond what the holder's occupation and age (or the account's own history) explain.",
        "PBOC 2006 Art. 11(1) (inconsistent with the customer's profile); source paper §4.4 (huge amounts)",
        LegalBasis.Pboc2006Art11Item1,
        IndicatorCategory.Context, AppliesTo.Accounts, 20);

    /// <summary>The daily inflow (yuan) the profile explains, or 0 when the profile is unknown.</summary>
    public static long ProfileCapYuan(byte occupation, byte age, ProfileMismatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        long cap = (Occupation)occupation switch
        {
            Occupation.Student => options.StudentYuan,
            Occupation.Unemployed => options.YoungOrUnemployedYuan,
            Occupation.Farmer or Occupation.Retired => options.FarmerOrRetiredYuan,
            Occupation.SelfEmployed => options.SelfEmployedYuan,
            Occupation.Employee or Occupation.TechEmployee or Occupation.BankInsider or Occupation.TelecomInsider
                or Occupation.PublicSector => options.EmployeeYuan,
            _ => 0,
        };
        if (cap > 0 && age is > 0 and <= 22 && (Occupation)occupation != Occupation.Student)
        {
            cap = Math.Min(cap, options.YoungOrUnemployedYuan);
        }

        return cap;
    }

    /// <summary>The daily inflow (yuan) that fires: the profile's cap, else the larger of the floor and a multiple of the baseline, else (history too short) the floor.</summary>
    public static long Threshold(byte occupation, byte age, float baselineYuanPerDay, int historyDays, ProfileMismatchOptions options)
    {
        var cap = ProfileCapYuan(occupation, age, options);
        if (cap > 0)
        {
            return cap;
        }

        if (historyDays < options.MinHistoryDays)
        {
            // Without a profile or a history only the absolute floor can judge.
            return options.UnknownProfileMinYuan;
        }

        // Unchecked: clamped first, so the conversion cannot overflow.
        return Math.Max(options.UnknownProfileMinYuan, unchecked((long)MathF.Ceiling(Math.Min(baselineYuanPerDay * options.BaselineMultiple, 1e15f))));
    }

    /// <summary>Strength from today's inflow.</summary>
    public static byte Strength(long inflowYuanToday, byte occupation, byte age, float baselineYuanPerDay, int historyDays, ProfileMismatchOptions options)
    {
        var t = Threshold(occupation, age, baselineYuanPerDay, historyDays, options);
        return t < 0 ? (byte)0 : IndicatorMath.Ramp(inflowYuanToday, t);
    }
}
