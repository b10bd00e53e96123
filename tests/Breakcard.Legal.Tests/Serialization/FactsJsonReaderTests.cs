using Breakcard.Core;
using Breakcard.Legal.Facts;
using Breakcard.Legal.Serialization;

namespace Breakcard.Legal.Tests.Serialization;

public sealed class FactsJsonReaderTests
{
    private const string Source = "facts.json";

    private static readonly DateOnly Today = new(2026, 11, 22);

    private const string Good = """
        {
          "schema": "breakcard.legal.facts/1",
          "case_ref": "test",
          "conduct_date": "2023-04-20",
          "defendant": { "kind": "person", "birth_date": "2003-09-02" },
          "help_kinds": ["other_help", "payment_settlement"],
          "helped_crime_verified": true,
          "helped_telecom_fraud": null,
          "objects_helped": 2,
          "settlement_fen": 21000000,
          "illegal_gains_fen": 300000,
          "cards": [ { "kind": "bank_card", "holder": "own", "dealing": "sold", "count": 6 } ],
          "inflow": { "one_way_inflow_fen": 45000000, "verified_fraud_fen": 1200000 },
          "prior_administrative_penalties": [ { "date": "2022-01-05", "ground": "helping_network_crime" } ],
          "consequences": "serious",
          "real_name_verification_help": true,
          "knowledge": { "indicators": ["abnormal_price_or_method"], "admitted": false, "contrary_evidence": true, "other_circumstance": "x" },
          "other_crime_indicators": ["handled_proceeds"],
          "earlier_acts": [ { "date": "2022-10-01", "dealt_with": true, "settlement_fen": 100, "note": "n" } ]
        }
        """;

    [Fact]
    public void Read_GoodFile_BindsEveryField()
    {
        var result = FactsJsonReader.Read(Good, Source, Today);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var f = result.Facts!;
        Assert.Equal(new DateOnly(2023, 4, 20), f.ConductDate);
        Assert.Equal([HelpKind.OtherHelp, HelpKind.PaymentSettlement], f.HelpKinds);
        Assert.Equal(new Defendant(DefendantKind.Person, new DateOnly(2003, 9, 2)), f.Defendant);
        Assert.True(f.HelpedCrimeVerified);
        Assert.Null(f.HelpedTelecomFraud);
        Assert.Equal(2, f.Act.ObjectsHelped);
        Assert.Equal(Money.FromYuan(210_000), f.Act.Settlement);
        Assert.Null(f.Act.AdvertisingFunds);
        Assert.Equal(Money.FromYuan(3_000), f.Act.IllegalGains);
        Assert.Equal(new CardDealing(CardKind.BankCard, CardHolder.Own, Dealing.Sold, 6), Assert.Single(f.Act.Cards));
        Assert.Equal(new FundInflow(Money.FromYuan(450_000), Money.FromYuan(12_000), Money.Zero), f.Act.Inflow);
        Assert.Equal(new PriorPenalty(new DateOnly(2022, 1, 5), PenaltyGround.HelpingNetworkCrime), Assert.Single(f.PriorPenalties));
        Assert.Equal(Consequences.Serious, f.HelpedCrimeConsequences);
        Assert.True(f.RealNameVerificationHelp);
        Assert.Equal([KnowledgeIndicator.AbnormalPriceOrMethod], f.KnowledgeIndicators);
        Assert.False(f.KnowledgeAdmitted);
        Assert.True(f.ContraryEvidenceOfKnowledge);
        Assert.Equal("x", f.OtherKnowledgeCircumstance);
        Assert.Equal([OtherCrimeIndicator.HandledProceeds], f.OtherCrimeIndicators);
        var act = Assert.Single(f.EarlierActs);
        Assert.True(act.DealtWith);
        Assert.Equal(Money.FromFen(100), act.Quantities.Settlement);
    }

    [Fact]
    public void Read_Minimal_DefaultsAreUnknownOrNone()
    {
        var f = FactsJsonReader.Read("""{"conduct_date":"2023-01-01","help_kinds":["advertising"]}""", Source).Facts!;
        Assert.Equal(Defendant.UnknownPerson, f.Defendant);
        Assert.Null(f.HelpedCrimeVerified);
        Assert.Null(f.Act.Settlement);
        Assert.Empty(f.Act.Cards);
        Assert.False(f.KnowledgeAdmitted);
    }

    [Fact]
    public void Read_ByteOrderMark_IsAccepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("""{"conduct_date":"2023-01-01","help_kinds":["advertising"]}""")];
        Assert.True(FactsJsonReader.Read(bytes, Source).Succeeded);
    }

    // Each kind of bad input: the line, the field and what is wrong.
    [Theory]
    [InlineData("{\n\"conduct_date\": \"2023-01-01\",\n\"help_kinds\": [\"advertising\"],\n\"colour\": 1\n}", 4, "colour", "unknown field; expected one of: schema, case_ref")]
    [InlineData("{\n\"conduct_date\": \"2023-01-01\",\n\"help_kinds\": \"advertising\"\n}", 3, "help_kinds", "expected an array, got a string")]
    [InlineData("{\n\"conduct_date\": \"2023-01-01\",\n\"help_kinds\": [\"advertising\"],\n\"settlement_fen\": \"200000\"\n}", 4, "settlement_fen", "expected a whole number of fen")]
    [InlineData("{\n\"conduct_date\": \"2023-01-01\",\n\"help_kinds\": [\"advertising\"],\n\"settlement_fen\": 2000.5\n}", 4, "settlement_fen", "2000.5 is not a whole number of fen")]
    [InlineData("{\n\"conduct_date\": \"2023-01-01\",\n\"help_kinds\": [\"advertising\"],\n\n\"illegal_gains_fen\": -300\n}", 5, "illegal_gains_fen", "is negative (-300 fen)")]
    [InlineData("{\n\"conduct_date\": \"2023-02-29\",\n\"help_kinds\": [\"advertising\"]\n}", 2, "conduct_date", "\"2023-02-29\" is not a real calendar date")]
    [InlineData("{\n\"conduct_date\": \"01/03/2023\",\n\"help_kinds\": [\"advertising\"]\n}", 2, "conduct_date", "is not a date written yyyy-MM-dd")]
    [InlineData("{\n\"help_kinds\": [\"advertising\"]\n}", 1, "conduct_date", "required field is missing")]
    [InlineData("{\n\"conduct_date\": null,\n\"help_kinds\": [\"advertising\"]\n}", 1, "conduct_date", "required field is missing")]
    [InlineData("{\n\"conduct_date\": \"2023-01-01\"\n}", 1, "help_kinds", "required field is missing")]
    [InlineData("{\n\"conduct_date\": \"2023-01-01\",\n\"help_kinds\": [\"advertising\", \"magic\"]\n}", 3, "help_kinds[1]", "unknown value \"magic\"; expected one of: internet_access")]
    [InlineData("{\n\"conduct_date\": \"2023-01-01\",\n\"help_kinds\": [\"advertising\"],\n\"cards\": [\n  {\"kind\": \"bank_card\", \"holder\": \"own\", \"dealing\": \"sold\"}\n]\n}", 5, "cards[0].count", "required field is missing")]
    [InlineData("{\n\"conduct_date\": \"2023-01-01\",\n\"help_kinds\": [\"advertising\"],\n\"inflow\": {\n  \"one_way_inflow_fen\": 100,\n  \"verified_fraud_fen\": 101\n}\n}", 6, "inflow.verified_fraud_fen", "exceeds the one-way inflow")]
    [InlineData("{\n\"conduct_date\": \"2023-01-01\",\n\"help_kinds\": [\"advertising\"],\n\"earlier_acts\": [\n  {\"date\": \"2023-05-01\"}\n]\n}", 5, "earlier_acts[0].date", "not before conduct_date")]
    [InlineData("{\n\"conduct_date\": \"2023-01-01\",\n\"help_kinds\": [\"advertising\"],\n\"conduct_date\": \"2023-01-02\"\n}", 4, "conduct_date", "given twice")]
    [InlineData("{\n\"conduct_date\": \"2030-01-01\",\n\"help_kinds\": [\"advertising\"]\n}", 2, "conduct_date", "after today (2026-11-22)")]
    [InlineData("{\n\"conduct_date\": \"2023-01-01\",\n\"help_kinds\": [\"advertising\"],\n\"helped_crime_verified\": \"yes\"\n}", 4, "helped_crime_verified", "expected true or false, got a string")]
    [InlineData("{\n\"conduct_date\": \"2023-01-01\",\n\"help_kinds\": [\"advertising\"],\n\"objects_helped\": 99999999999\n}", 4, "objects_helped", "99999999999 is too large")]
    [InlineData("{\n\"schema\": \"breakcard.legal.facts/9\",\n\"conduct_date\": \"2023-01-01\",\n\"help_kinds\": [\"advertising\"]\n}", 2, "schema", "unsupported schema")]
    public void Read_BadInput_NamesLineFieldAndReason(string json, long line, string field, string reasonPart)
    {
        var result = FactsJsonReader.Read(json, Source, Today);
        Assert.False(result.Succeeded);
        var error = result.Errors[0];
        Assert.Equal((Source, line, field), (error.Source, error.Line, error.Field));
        Assert.Contains(reasonPart, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\n\"conduct_date\": \"2023-01-01\",\n}", 3, "trailing comma")]
    [InlineData("{\n\"conduct_date\": \"2023-01-01\"\n\"help_kinds\": []}", 3, "not valid JSON")]
    [InlineData("{\n// comment\n}", 2, "not valid JSON")]
    public void Read_SyntaxError_NamesLine(string json, long line, string reasonPart)
    {
        var error = Assert.Single(FactsJsonReader.Read(json, Source).Errors);
        Assert.Equal(line, error.Line);
        Assert.Null(error.Field);
        Assert.Contains(reasonPart, error.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("  \n ", "the file is empty")]
    [InlineData("[1]", "expected a JSON object of facts, got an array")]
    public void Read_NotAFactsObject_SaysSo(string json, string reasonPart)
    {
        Assert.Contains(reasonPart, Assert.Single(FactsJsonReader.Read(json, Source).Errors).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeveralProblems_ReportsAllInLineOrder()
    {
        const string json = "{\n\"conduct_date\": \"2023-13-01\",\n\"help_kinds\": [\"advertising\"],\n\"x\": 1,\n\"consequences\": \"dire\"\n}";
        var errors = FactsJsonReader.Read(json, Source).Errors;
        Assert.Equal([2L, 4L, 5L], errors.Select(e => e.Line!.Value));
    }

    [Fact]
    public void ReadOrThrow_Invalid_ThrowsFirstLocatedError()
    {
        var ex = Assert.Throws<Core.Errors.InvalidInputException>(() => FactsJsonReader.ReadOrThrow("{\n\"help_kinds\": []\n}"u8, Source));
        Assert.Equal("facts.json:1: field 'conduct_date': required field is missing", ex.Message);
    }
}
