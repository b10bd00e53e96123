using Breakcard.Cases.Evaluation;
using Breakcard.Legal.Evaluation;
using Breakcard.Legal.Serialization;

namespace Breakcard.Cases.Tests.Evaluation;

/// <summary>Facts written by the case system read back as the same facts: the legal evaluation of the round trip equals the original's.</summary>
public sealed class FactsJsonWriterTests
{
    public static TheoryData<string> Examples() =>
        [.. Directory.GetFiles(Path.Combine(Repository.Root(), "docs", "examples", "legal"), "*.json").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(Examples))]
    public void ToJson_ShippedExample_RoundTripsToTheSameEvaluation(string file)
    {
        var path = Path.Combine(Repository.Root(), "docs", "examples", "legal", file);
        var original = FactsJsonReader.ReadOrThrow(File.ReadAllBytes(path), file);
        var written = FactsJsonWriter.ToJson(original);
        var again = FactsJsonReader.Read(written, "written");
        Assert.True(again.Succeeded, string.Join("; ", again.Errors));
        Assert.Equal(EvaluationJsonWriter.ToJson(LegalEvaluator.Evaluate(original)), EvaluationJsonWriter.ToJson(LegalEvaluator.Evaluate(again.Facts!)));
        Assert.Equal(written, FactsJsonWriter.ToJson(again.Facts!));
    }

    [Fact]
    public void ToJson_UnknownAmounts_AreLeftOutNotZero()
    {
        var facts = new Legal.Facts.ConductFacts { ConductDate = new DateOnly(2024, 1, 2), HelpKinds = [Legal.Facts.HelpKind.OtherHelp] };
        var json = FactsJsonWriter.ToJson(facts, "note");
        Assert.DoesNotContain("settlement_fen", json, StringComparison.Ordinal);
        Assert.DoesNotContain("illegal_gains_fen", json, StringComparison.Ordinal);
        Assert.Contains("\"note\": \"note\"", json, StringComparison.Ordinal);
    }
}
