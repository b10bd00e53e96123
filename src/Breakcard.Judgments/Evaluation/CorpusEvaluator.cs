using Breakcard.Core.Errors;
using Breakcard.Core.Judgments;
using Breakcard.Judgments.Extraction;
using Breakcard.Judgments.Reading;

namespace Breakcard.Judgments.Evaluation;

/// <summary>
/// Evaluates the extractor on a labelled corpus: every document file <c>x.ext</c> with a gold file
/// <c>x.expected.json</c> beside it (a JSON array, one record per judgment in the file, matched by
/// source). Documents without gold are ignored; a gold record without a matching extraction
/// counts as not extracted.
/// </summary>
public static class CorpusEvaluator
{
    /// <summary>Evaluates the corpus under <paramref name="root"/>.</summary>
    public static AccuracyReport Evaluate(string root)
    {
        var report = new AccuracyReport();
        foreach (var file in JudgmentFileReader.ListFiles(root))
        {
            var goldPath = GoldPathOf(file);
            if (!File.Exists(goldPath))
            {
                continue;
            }

            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var directory = Path.GetDirectoryName(relative)?.Replace('\\', '/');
            var prefix = string.IsNullOrEmpty(directory) ? "" : directory + "/";
            var gold = JudgmentJson.ReadAll(File.ReadAllText(goldPath), goldPath);
            var extracted = new Dictionary<string, JudgmentRecord>(StringComparer.Ordinal);
            foreach (var read in JudgmentFileReader.ReadFile(file, Path.GetFileName(file)))
            {
                if (read.Document is { } doc && JudgmentExtractor.Extract(doc).Record is { } record)
                {
                    extracted[record.Source] = record;
                }
            }

            foreach (var expected in gold)
            {
                extracted.TryGetValue(expected.Source, out var actual);
                report.Add(expected with { Source = prefix + expected.Source }, actual is null ? null : actual with { Source = prefix + actual.Source });
            }
        }

        return report;
    }

    /// <summary>The gold file beside a document: x.txt → x.expected.json.</summary>
    public static string GoldPathOf(string documentPath)
    {
        ArgumentNullException.ThrowIfNull(documentPath);
        var directory = Path.GetDirectoryName(documentPath) ?? "";
        return Path.Combine(directory, Path.GetFileNameWithoutExtension(documentPath) + JudgmentFileReader.ExpectedSuffix);
    }

    /// <summary>Reads a gold file, locating errors.</summary>
    public static IReadOnlyList<JudgmentRecord> ReadGold(string goldPath)
    {
        try
        {
            return JudgmentJson.ReadAll(File.ReadAllText(goldPath), goldPath);
        }
        catch (IOException ex)
        {
            throw new InvalidInputException(new InputError(goldPath, null, null, "cannot read the gold file: " + ex.Message), ex);
        }
    }
}
