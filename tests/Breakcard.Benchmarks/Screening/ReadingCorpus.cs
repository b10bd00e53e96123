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

    /// <summary><paramref name="count"/> ads: the first half held-out, the rest development, both from <see cref="Seed"/>.</summary>
    public static string[] Simulated(int count = DefaultCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        var heldOut = JobAdGenerator.Generate(Seed, new JobAdOptions(count / 2, JobAdSplit.HeldOut));
        var development = JobAdGenerator.Generate(Seed, new JobAdOptions(count - (count / 2), JobAdSplit.Development));
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
