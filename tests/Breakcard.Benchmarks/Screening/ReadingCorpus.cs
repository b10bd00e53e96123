using System.Text;
using Breakcard.Screening.Input;
using Breakcard.Simulation.JobAds;

namespace Breakcard.Benchmarks.Screening;

/// <summary>
/// The texts the per-reading benchmarks screen: by default a fixed-seed corpus from the simulator — half held-out, half
/// development ads, the splits the readings are tuned and tested on (the training split is what they already fit) — or the
/// readable records of a file <c>breakcard screen ads</c> reads (JSON Lines, CSV or text), such as the ads a
/// <c>screen bench --save-ads</c> run kept, so two builds whose simulators differ read the same texts.
/// </summary>
internal static class ReadingCorpus
{
    /// <summary>The simulator's seed for the default corpus (the one <c>screen bench</c> uses for its held-out ads).</summary>
    public const int Seed = 7;

    /// <summary>Ads in the default corpus.</summary>
    public const int DefaultCount = 5_000;

    /// <summary>
    /// <paramref name="count"/> ads from <see cref="Seed"/>: with <paramref name="split"/> <c>both</c> the first half held-out and
    /// the rest development; with <c>held-out</c> or <c>development</c> all from that split (the held-out split is the round's
    /// blind set once the round is run).
    /// </summary>
    public static string[] Simulated(int count = DefaultCount, string split = "both")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        var heldOutCount = split switch
        {
            "both" => count / 2,
            "held-out" => count,
            "development" => 0,
            _ => throw new ArgumentOutOfRangeException(nameof(split), split, "held-out, development or both"),
        };
        var heldOut = JobAdGenerator.Generate(Seed, new JobAdOptions(heldOutCount, JobAdSplit.HeldOut));
        var development = JobAdGenerator.Generate(Seed, new JobAdOptions(count - heldOutCount, JobAdSplit.Development));
        return [.. heldOut.Concat(development).Select(a => a.Text)];
    }

    /// <summary>The readable records of <paramref name="path"/>; each unreadable one is written to <paramref name="errors"/> with its line.</summary>
    public static string[] FromFile(string path, TextWriter errors)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var texts = new List<string>();
        foreach (var input in AdFileReader.Read(reader, path, AdFileFormats.FromFileName(path)))
        {
            if (input.Error is { } error)
            {
                errors.WriteLine(error.ToString());
                continue;
            }

            texts.Add(input.Record!.Text);
        }

        return texts.Count == 0 ? throw new InvalidDataException($"{path}: no ad could be read") : [.. texts];
    }
}
