using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Breakcard.Core.Errors;
using Breakcard.Detection;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The detection options a shard runs, as a shard tells the gateway before a stream starts (ADR 0218).
/// </summary>
/// <param name="Silo">The silo hosting the shard.</param>
/// <param name="Fingerprint">SHA-256 (first 16 hex digits) of <paramref name="OptionsJson"/>.</param>
/// <param name="OptionsJson">The effective options (<see cref="LocalIndicators.Apply"/>) as JSON.</param>
/// <param name="Model">The risk model's identity ("points", or a learned model's algorithm and file fingerprint; ADR 0327).</param>
[GenerateSerializer, Immutable]
public sealed record ShardSettings(
    [property: Id(0)] string Silo,
    [property: Id(1)] string Fingerprint,
    [property: Id(2)] string OptionsJson,
    [property: Id(3)] string Model);

/// <summary>
/// Whether the gateway and the silos run the same detection options (ADR 0218). The gateway's
/// sequencer (lateness, de-duplication, reorder) and place stage (device, IP and cell windows and
/// thresholds) run engine code with its own options; shards run theirs. Options that differ give
/// outputs that are neither run's, so the gateway compares fingerprints of the effective options
/// before it streams any event and refuses with the settings that differ, by name.
/// </summary>
public static class DetectionAgreement
{
    /// <summary>The fingerprint of <paramref name="optionsJson"/> (SHA-256, first 16 hex digits).</summary>
    public static string Fingerprint(string optionsJson)
    {
        ArgumentNullException.ThrowIfNull(optionsJson);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(optionsJson)))[..16];
    }

    /// <summary>What a shard on <paramref name="silo"/> reports for <paramref name="options"/> (effective options) and the points model.</summary>
    public static ShardSettings Of(DetectionOptions options, string silo) => Of(options, PointsIdentity, silo);

    /// <summary>What a shard on <paramref name="silo"/> reports for <paramref name="options"/> (effective options) and the model <paramref name="model"/> (its identity).</summary>
    public static ShardSettings Of(DetectionOptions options, string model, string silo)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(model);
        var json = LocalIndicators.Apply(options).ToJson();
        return new ShardSettings(silo, Fingerprint(json), json, model);
    }

    /// <summary>
    /// Every setting (JSON path, e.g. <c>engine.allowedLatenessSeconds</c>) whose value differs
    /// between <paramref name="expectedJson"/> and <paramref name="actualJson"/>, with both values,
    /// in document order.
    /// </summary>
    public static IReadOnlyList<(string Setting, string Expected, string Actual)> Differences(string expectedJson, string actualJson)
    {
        var differences = new List<(string, string, string)>();
        Compare(string.Empty, JsonNode.Parse(expectedJson), JsonNode.Parse(actualJson), differences);
        return differences;
    }

    /// <summary>
    /// Throws <see cref="InvalidInputException"/> naming the first shard whose options differ from
    /// <paramref name="gateway"/>'s, its silo and every differing setting; returns when all agree.
    /// </summary>
    public static void Check(DetectionOptions gateway, string stream, IReadOnlyList<ShardSettings> shards) => Check(gateway, PointsIdentity, stream, shards);

    /// <summary>
    /// Throws <see cref="InvalidInputException"/> naming the first shard whose options or risk model
    /// differ from the gateway's (<paramref name="gateway"/>, <paramref name="model"/>), its silo and
    /// what differs; returns when all agree.
    /// </summary>
    public static void Check(DetectionOptions gateway, string model, string stream, IReadOnlyList<ShardSettings> shards)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        ArgumentNullException.ThrowIfNull(shards);
        var mine = Of(gateway, model, "gateway");
        for (var k = 0; k < shards.Count; k++)
        {
            var s = shards[k];
            if (s.Model != mine.Model)
            {
                // The gateway scores nothing, but the shards of one stream must score alike, and the
                // gateway's model is the reference they are held to, as its options are (ADR 0327).
                throw new InvalidInputException(new InputError(
                    "risk model",
                    null,
                    "--model",
                    $"silo {s.Silo} (shard {k} of stream {stream}) runs the risk model {s.Model}, this gateway {mine.Model}. " +
                    "Give the gateway and every silo the same model file (--model, or none for the points model); no event was sent."));
            }

            if (s.Fingerprint == mine.Fingerprint && s.OptionsJson == mine.OptionsJson)
            {
                continue;
            }

            var differences = Differences(mine.OptionsJson, s.OptionsJson);
            var listed = string.Join("; ", differences.Take(8).Select(d => $"{d.Setting} = {d.Expected} at the gateway, {d.Actual} at the silo"));
            var more = differences.Count > 8 ? $"; and {differences.Count - 8} more" : string.Empty;
            throw new InvalidInputException(new InputError(
                "detection options",
                null,
                differences.Count > 0 ? differences[0].Setting : null,
                $"silo {s.Silo} (shard {k} of stream {stream}) runs other detection options than this gateway " +
                $"(fingerprint {s.Fingerprint}, gateway {mine.Fingerprint}): {listed}{more}. " +
                "Give the gateway and every silo the same options file (--options); no event was sent."));
        }
    }

    /// <summary>The identity of the points model, what a host without <c>--model</c> runs.</summary>
    public static string PointsIdentity { get; } = ((Detection.Scoring.IRiskModel)new Detection.Scoring.PointsModel(DetectionOptions.Default)).Identity;

    private static void Compare(string path, JsonNode? expected, JsonNode? actual, List<(string, string, string)> differences)
    {
        if (expected is JsonObject e && actual is JsonObject a)
        {
            foreach (var name in e.Select(p => p.Key).Union(a.Select(p => p.Key), StringComparer.Ordinal))
            {
                Compare(path.Length == 0 ? name : path + "." + name, e[name], a[name], differences);
            }

            return;
        }

        var (x, y) = (Text(expected), Text(actual));
        if (x != y)
        {
            differences.Add((path.Length == 0 ? "(options)" : path, x, y));
        }
    }

    private static string Text(JsonNode? node) => node?.ToJsonString() ?? "(absent)";
}
