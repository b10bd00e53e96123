using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Breakcard.Core.Errors;
using Breakcard.Detection.Engine;
using Breakcard.Detection.Indicators;
using Breakcard.Detection.Scoring;

namespace Breakcard.Detection;

/// <summary>
/// Every setting of the monitoring engine: engine (time, memory), indicator thresholds and the
/// points model. Loads from a JSON file whose sections are optional; anything left out keeps its
/// documented default. Immutable.
/// </summary>
public sealed record DetectionOptions
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        WriteIndented = true,
    };

    /// <summary>Engine settings.</summary>
    public EngineOptions Engine { get; init; } = new();

    /// <summary>Indicator thresholds.</summary>
    public IndicatorOptions Indicators { get; init; } = new();

    /// <summary>Points model and control bands.</summary>
    public ScoringOptions Scoring { get; init; } = new();

    /// <summary>The defaults.</summary>
    public static DetectionOptions Default { get; } = new();

    /// <summary>Reads and validates an options file; errors name the file, line and setting.</summary>
    public static DetectionOptions Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = File.ReadAllText(path);
        DetectionOptions? options;
        try
        {
            options = JsonSerializer.Deserialize<DetectionOptions>(text, Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidInputException(new InputError(path, ex.LineNumber + 1, ex.Path, FirstSentence(ex.Message)), ex);
        }

        if (options is null)
        {
            throw new InvalidInputException(new InputError(path, 1, null, "the file holds no options object"));
        }

        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new InvalidInputException(new InputError(path, null, errors[0].Setting, errors[0].Reason));
        }

        return options;
    }

    /// <summary>The options as indented JSON (what <see cref="Load"/> reads).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Every invalid setting, with its path and the reason; empty when valid.</summary>
    public IReadOnlyList<(string Setting, string Reason)> Validate()
    {
        var errors = new List<(string, string)>();
        void Check(bool ok, string setting, string reason)
        {
            if (!ok)
            {
                errors.Add((setting, reason));
            }
        }

        var e = Engine;
        Check(Math.Abs(e.UtcOffsetMinutes) <= 14 * 60, "engine.utcOffsetMinutes", "must lie between -840 and 840");
        Check(e.AllowedLatenessSeconds >= 0, "engine.allowedLatenessSeconds", "must not be negative");
        Check(e.DeduplicationRetentionSeconds >= e.AllowedLatenessSeconds, "engine.deduplicationRetentionSeconds", "must be at least engine.allowedLatenessSeconds");
        Check(e.Shards is >= 1 and <= 64 && (e.Shards & (e.Shards - 1)) == 0, "engine.shards", "must be a power of two from 1 to 64");
        Check(e.HalfWindowHours is >= 1 and <= 24 * 31, "engine.halfWindowHours", "must be between 1 and 744");
        Check(e.BaselineDays is >= 1 and <= 365, "engine.baselineDays", "must be between 1 and 365");
        Check(e.StrengthKeptPerDayPercent is >= 0 and <= 100, "engine.strengthKeptPerDayPercent", "must be between 0 and 100");
        Check(e.EvidenceLogCapacity is >= 1024 and <= 1 << 28, "engine.evidenceLogCapacity", "must be between 1024 and 268435456");
        Check(e.MaxEvidencePerAlert is >= 1 and <= 1000, "engine.maxEvidencePerAlert", "must be between 1 and 1000");
        Check(e.WatchRisk is >= 0 and <= 100, "engine.watchRisk", "must be between 0 and 100");

        var s = Scoring;
        Check(s.AlertThreshold is >= 1 and <= 100, "scoring.alertThreshold", "must be between 1 and 100");
        Check(s.AlertThreshold <= s.DelaySettlementFrom && s.DelaySettlementFrom <= s.RestrictFrom && s.RestrictFrom <= s.SuspendFrom && s.SuspendFrom <= 100,
            "scoring", "bands must rise: alertThreshold ≤ delaySettlementFrom ≤ restrictFrom ≤ suspendFrom ≤ 100");
        Check(s.ContextAloneCap is >= 0 and <= 100, "scoring.contextAloneCap", "must be between 0 and 100");
        foreach (var (code, weight) in s.Weights)
        {
            Check(IndicatorCatalog.All.Any(i => i.Code == code), "scoring.weights." + code, "is not an indicator reason code");
            Check(weight is >= 0 and <= 100, "scoring.weights." + code, "must be between 0 and 100");
        }

        foreach (var section in typeof(IndicatorOptions).GetProperties())
        {
            var value = section.GetValue(Indicators);
            if (value is null)
            {
                errors.Add(("indicators." + Camel(section.Name), "must not be null"));
                continue;
            }

            foreach (var p in section.PropertyType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(int)))
            {
                var v = (int)p.GetValue(value)!;
                var path = "indicators." + Camel(section.Name) + "." + Camel(p.Name);
                if (p.Name.EndsWith("Hour", StringComparison.Ordinal))
                {
                    Check(v is >= 0 and <= 24, path, "must be an hour from 0 to 24");
                }
                else if (p.Name.EndsWith("Percent", StringComparison.Ordinal))
                {
                    Check(v is >= 0 and <= 100, path, "must be a percentage from 0 to 100");
                }
                else
                {
                    Check(v >= 1, path, "must be at least 1");
                }
            }
        }

        Check(Indicators.JustUnderThreshold.ThresholdsYuan.All(t => t >= 1), "indicators.justUnderThreshold.thresholdsYuan", "every threshold must be at least 1");
        return errors;
    }

    /// <summary>The weight (points at full strength) of <paramref name="id"/>.</summary>
    public int WeightOf(IndicatorId id)
    {
        var info = IndicatorCatalog.Of(id);
        return Scoring.Weights.TryGetValue(info.Code, out var w) ? w : info.DefaultWeight;
    }

    private static string Camel(string name) => char.ToLower(name[0], CultureInfo.InvariantCulture) + name[1..];

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
