using System.Text.Json;
using Breakcard.Core;
using Breakcard.Legal.Evaluation;
using Breakcard.Legal.Serialization;
using static Breakcard.Legal.Tests.Sample;

namespace Breakcard.Legal.Tests.Serialization;

public sealed class EvaluationJsonWriterTests
{
    [Fact]
    public void ToJson_CarriesOutcomeCriteriaLabelsAndFinesInFen()
    {
        var facts = Baseline().WithAct(a => a with { IllegalGains = Money.FromYuan(1_500) });
        using var doc = JsonDocument.Parse(EvaluationJsonWriter.ToJson(LegalEvaluator.Evaluate(facts)));
        var root = doc.RootElement;
        Assert.Equal("breakcard.legal.evaluation/1", root.GetProperty("schema").GetString());
        Assert.Equal("2025-09-01", root.GetProperty("conduct_date").GetString());
        Assert.Equal("not_criminal", root.GetProperty("outcome").GetString());
        var criteria = root.GetProperty("criteria").EnumerateArray().ToList();
        Assert.Equal(LegalEvaluator.Criteria.Length, criteria.Count);
        var gains = criteria.Single(c => c.GetProperty("id").GetString() == "2019-art12-1-4-gains");
        Assert.Equal("not_met", gains.GetProperty("status").GetString());
        Assert.Equal("illegal gains ¥1,500 < ¥10,000", gains.GetProperty("decisive").GetString());
        Assert.Equal("official", gains.GetProperty("source").GetProperty("label").GetString());
        Assert.Equal("2019-11-01", gains.GetProperty("source").GetProperty("effective_from").GetString());
        var provisional = criteria.Single(c => c.GetProperty("id").GetString() == "2025-telecom-cards");
        Assert.Equal("provisional", provisional.GetProperty("source").GetProperty("label").GetString());
        var art38 = root.GetProperty("administrative_sanctions")[0];
        Assert.Equal(JsonValueKind.Null, art38.GetProperty("fine").GetProperty("minimum_fen").ValueKind);
        Assert.Equal(10_000_000, art38.GetProperty("fine").GetProperty("maximum_fen").GetInt64());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("penalty").ValueKind);
        Assert.Contains(root.GetProperty("sources").EnumerateArray(), s => s.GetProperty("label").GetString() == "secondary source");
    }

    [Fact]
    public void ToJson_Penalty_HasMinimumFineInFen()
    {
        var facts = Baseline().WithAct(a => a with { ObjectsHelped = 3 }) with { Defendant = new(Breakcard.Legal.Facts.DefendantKind.Person, new DateOnly(2009, 1, 1)) };
        using var doc = JsonDocument.Parse(EvaluationJsonWriter.ToJson(LegalEvaluator.Evaluate(facts)));
        var penalty = doc.RootElement.GetProperty("penalty");
        Assert.Equal(50_000, penalty.GetProperty("minimum_fine_fen").GetInt64());
        Assert.True(penalty.GetProperty("minor_at_conduct_date").GetBoolean());
        Assert.Equal(36, penalty.GetProperty("max_imprisonment_months").GetInt32());
    }
}
