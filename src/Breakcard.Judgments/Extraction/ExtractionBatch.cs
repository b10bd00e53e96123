using Breakcard.Core.Errors;
using Breakcard.Core.Judgments;
using Breakcard.Judgments.Reading;

namespace Breakcard.Judgments.Extraction;

/// <summary>The outcome of extracting a corpus: the judgments read, and every part of the input that could not be read, with the reason.</summary>
/// <param name="Judgments">Extracted judgments, in input order.</param>
/// <param name="Problems">Unreadable documents (and unreadable parts of files), in input order.</param>
public sealed record ExtractionBatch(IReadOnlyList<JudgmentRecord> Judgments, IReadOnlyList<InputError> Problems)
{
    /// <summary>
    /// Extracts every document of <paramref name="reads"/> (for example <see cref="JudgmentFileReader.ReadAll"/>),
    /// in parallel but keeping input order, so results are the same on any number of cores.
    /// </summary>
    public static ExtractionBatch Run(IEnumerable<ReadResult> reads, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reads);
        var outcomes = reads.AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(r => r.Problem is { } p ? ExtractionResult.Failed(p) : JudgmentExtractor.Extract(r.Document!))
            .ToList();
        return new ExtractionBatch(
            [.. outcomes.Where(o => o.Record is not null).Select(o => o.Record!)],
            [.. outcomes.Where(o => o.Problem is not null).Select(o => o.Problem!)]);
    }
}
