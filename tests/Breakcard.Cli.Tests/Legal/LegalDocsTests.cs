using Breakcard.Legal.Evaluation;

namespace Breakcard.Cli.Tests.Legal;

/// <summary>docs/legal.md documents every criterion the evaluator reports, with its date and label.</summary>
public sealed class LegalDocsTests
{
    [Fact]
    public void LegalMd_HasARowForEveryCriterionWithDateAndLabel()
    {
        var lines = File.ReadAllLines(Path.Combine(LegalEvaluateCommandTests.RepositoryRoot(), "docs", "legal.md"));
        Assert.All(LegalEvaluator.Criteria, c =>
        {
            var row = lines.SingleOrDefault(l => l.StartsWith($"| `{c.Id}` |", StringComparison.Ordinal));
            Assert.True(row is not null, $"docs/legal.md has no row for {c.Id}");
            Assert.Contains(c.Source.EffectiveFromText, row, StringComparison.Ordinal);
            Assert.Contains(c.Source.Label, row, StringComparison.Ordinal);
        });
    }
}
