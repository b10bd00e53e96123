using Breakcard.Core.Judgments;
using Breakcard.Judgments.Extraction;
using Breakcard.Judgments.Reading;

namespace Breakcard.Judgments.Tests;

/// <summary>The hand-written golden judgments, extracted.</summary>
internal static class GoldenFiles
{
    /// <summary>The one judgment in Golden/dev/<paramref name="file"/>, extracted.</summary>
    public static JudgmentRecord ExtractDev(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Golden", "dev", file);
        var doc = Assert.Single(JudgmentFileReader.ReadFile(path, file)).Document!;
        return JudgmentExtractor.Extract(doc).Record!;
    }
}
