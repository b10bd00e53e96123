using System.Globalization;
using System.Text;
using Breakcard.Core.Errors;
using Breakcard.Legal.Facts;
using S = Breakcard.Legal.Facts.FactsSchema;

namespace Breakcard.Legal.Serialization;

/// <summary>
/// Reads a facts file (JSON, schema in <c>docs/legal.md</c>) into <see cref="ConductFacts"/>.
/// Every error names the source, the 1-based line and the field: syntax errors, unknown fields,
/// wrong types, impossible dates, missing required fields, and the semantic problems of
/// <see cref="ConductFacts.Validate"/> (negative amounts, dates out of order). No I/O: the caller
/// supplies the bytes. Thread safe.
/// </summary>
public static class FactsJsonReader
{
    /// <summary>Largest facts file accepted (bytes).</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    private static readonly string[] RootFields =
    [
        S.Schema, S.CaseReference, S.Note, S.ConductDate, S.Defendant, S.HelpKinds, S.HelpedCrimeVerified, S.HelpedTelecomFraud,
        S.ObjectsHelped, S.Settlement, S.AdvertisingFunds, S.IllegalGains, S.Cards, S.Inflow, S.PriorPenalties, S.Consequences,
        S.OtherSeriousCircumstance, S.RealNameVerificationHelp, S.Knowledge, S.OtherCrimeIndicators, S.EarlierActs,
    ];

    private static readonly string[] DefendantFields = [S.DefendantKind, S.BirthDate];
    private static readonly string[] CardFields = [S.CardKind, S.CardHolder, S.CardDealing, S.CardCount];
    private static readonly string[] InflowFields = [S.OneWayInflow, S.VerifiedFraud, S.LawfullyExplained];
    private static readonly string[] PenaltyFields = [S.PenaltyDate, S.PenaltyGround];
    private static readonly string[] KnowledgeFields = [S.KnowledgeIndicators, S.OtherKnowledgeCircumstance, S.KnowledgeAdmitted, S.ContraryEvidence];

    private static readonly string[] ActFields =
        [S.ActDate, S.DealtWith, S.Note, S.ObjectsHelped, S.Settlement, S.AdvertisingFunds, S.IllegalGains, S.Cards, S.Inflow];

    /// <summary>Reads facts from UTF-8 JSON text.</summary>
    /// <param name="utf8">The file's bytes (a UTF-8 byte-order mark is allowed).</param>
    /// <param name="source">Name of the file or upload, used in error messages.</param>
    /// <param name="today">When given, a conduct date after it is an error.</param>
    public static FactsReadResult Read(ReadOnlySpan<byte> utf8, string source, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (utf8.Length > MaxBytes)
        {
            return Failed(new InputError(source, null, null, string.Create(CultureInfo.InvariantCulture, $"the file is {utf8.Length:N0} bytes; facts files are limited to {MaxBytes:N0}")));
        }

        JsonNode root;
        try
        {
            root = JsonTreeParser.Parse(utf8, source);
        }
        catch (InvalidInputException ex)
        {
            return Failed(ex.Error);
        }

        var binder = new FactsBinder(source);
        binder.Index(root);
        var facts = Bind(root, binder);
        if (binder.Errors.Count > 0 || facts is null)
        {
            return new FactsReadResult(null, [.. binder.Errors.OrderBy(e => e.Line ?? 0)]);
        }

        var problems = facts.Validate(today);
        return problems.Count == 0
            ? new FactsReadResult(facts, [])
            : new FactsReadResult(null, [.. problems.Select(binder.Locate).OrderBy(e => e.Line ?? 0)]);
    }

    /// <summary>Reads facts from JSON text.</summary>
    public static FactsReadResult Read(string json, string source, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json), source, today);
    }

    /// <summary>Reads facts or throws <see cref="InvalidInputException"/> for the first error.</summary>
    public static ConductFacts ReadOrThrow(ReadOnlySpan<byte> utf8, string source, DateOnly? today = null)
    {
        var result = Read(utf8, source, today);
        return result.Succeeded ? result.Facts! : throw new InvalidInputException(result.Errors[0]);
    }

    private static FactsReadResult Failed(InputError error) => new(null, [error]);

    private static ConductFacts? Bind(JsonNode root, FactsBinder b)
    {
        if (root.Kind != JsonNodeKind.Object)
        {
            b.Error(root, $"expected a JSON object of facts, got {root.KindName}");
            return null;
        }

        var f = b.Object(root, RootFields)!;
        if (b.Text(f[S.Schema]) is { } schema && schema != S.SchemaId)
        {
            b.Error(f[S.Schema]!, $"unsupported schema \"{schema}\"; this version reads \"{S.SchemaId}\"");
        }

        var conductDate = b.Date(f.Required(S.ConductDate));
        var helpKindsNode = f.Required(S.HelpKinds);
        var helpKinds = b.EnumArray<HelpKind>(helpKindsNode);
        var defendant = Defendant(b, f[S.Defendant]);
        var knowledge = b.Object(f[S.Knowledge], KnowledgeFields);
        var penalties = b.Array(f[S.PriorPenalties], n => Penalty(b, n));
        var earlier = b.Array(f[S.EarlierActs], n => EarlierAct(b, n));
        var facts = new ConductFacts
        {
            ConductDate = conductDate ?? default,
            HelpKinds = helpKinds,
            CaseReference = b.Text(f[S.CaseReference]),
            Defendant = defendant,
            HelpedCrimeVerified = b.Bool(f[S.HelpedCrimeVerified]),
            HelpedTelecomFraud = b.Bool(f[S.HelpedTelecomFraud]),
            Act = Quantities(b, f),
            EarlierActs = earlier,
            PriorPenalties = penalties,
            HelpedCrimeConsequences = b.Enum<Consequences>(f[S.Consequences]),
            OtherSeriousCircumstance = b.Text(f[S.OtherSeriousCircumstance]),
            RealNameVerificationHelp = b.Bool(f[S.RealNameVerificationHelp]) ?? false,
            KnowledgeIndicators = knowledge is null ? [] : b.EnumArray<KnowledgeIndicator>(knowledge[S.KnowledgeIndicators]),
            OtherKnowledgeCircumstance = knowledge is null ? null : b.Text(knowledge[S.OtherKnowledgeCircumstance]),
            KnowledgeAdmitted = knowledge is not null && (b.Bool(knowledge[S.KnowledgeAdmitted]) ?? false),
            ContraryEvidenceOfKnowledge = knowledge is not null && (b.Bool(knowledge[S.ContraryEvidence]) ?? false),
            OtherCrimeIndicators = b.EnumArray<OtherCrimeIndicator>(f[S.OtherCrimeIndicators]),
        };
        _ = b.Text(f[S.Note]);
        return conductDate is null || helpKindsNode is null ? null : facts;
    }

    private static Defendant Defendant(FactsBinder b, JsonNode? node)
    {
        var d = b.Object(node, DefendantFields);
        if (d is null)
        {
            return Facts.Defendant.UnknownPerson;
        }

        return new Defendant(b.Enum<DefendantKind>(d[S.DefendantKind]) ?? DefendantKind.Person, b.Date(d[S.BirthDate]));
    }

    private static ActQuantities Quantities(FactsBinder b, FactsBinder.Fields f) => new()
    {
        ObjectsHelped = b.Count(f[S.ObjectsHelped]),
        Settlement = b.Fen(f[S.Settlement]),
        AdvertisingFunds = b.Fen(f[S.AdvertisingFunds]),
        IllegalGains = b.Fen(f[S.IllegalGains]),
        Cards = b.Array(f[S.Cards], n => Card(b, n)),
        Inflow = Inflow(b, f[S.Inflow]),
    };

    private static CardDealing? Card(FactsBinder b, JsonNode node)
    {
        var c = b.Object(node, CardFields);
        if (c is null)
        {
            return null;
        }

        var kind = b.Enum<CardKind>(c.Required(S.CardKind));
        var holder = b.Enum<CardHolder>(c.Required(S.CardHolder));
        var dealing = b.Enum<Dealing>(c.Required(S.CardDealing));
        var count = b.Count(c.Required(S.CardCount));
        return kind is { } k && holder is { } h && dealing is { } d && count is { } n ? new CardDealing(k, h, d, n) : null;
    }

    private static FundInflow? Inflow(FactsBinder b, JsonNode? node)
    {
        var i = b.Object(node, InflowFields);
        if (i is null)
        {
            return null;
        }

        var inflow = b.Fen(i.Required(S.OneWayInflow));
        var fraud = b.Fen(i[S.VerifiedFraud]);
        var lawful = b.Fen(i[S.LawfullyExplained]) ?? Core.Money.Zero;
        return inflow is { } total ? new FundInflow(total, fraud, lawful) : null;
    }

    private static PriorPenalty? Penalty(FactsBinder b, JsonNode node)
    {
        var p = b.Object(node, PenaltyFields);
        if (p is null)
        {
            return null;
        }

        var date = b.Date(p.Required(S.PenaltyDate));
        var ground = b.Enum<PenaltyGround>(p.Required(S.PenaltyGround));
        return date is { } d && ground is { } g ? new PriorPenalty(d, g) : null;
    }

    private static EarlierAct? EarlierAct(FactsBinder b, JsonNode node)
    {
        var a = b.Object(node, ActFields);
        if (a is null)
        {
            return null;
        }

        var date = b.Date(a.Required(S.ActDate));
        var dealtWith = b.Bool(a[S.DealtWith]) ?? false;
        var quantities = Quantities(b, a);
        _ = b.Text(a[S.Note]);
        return date is { } d ? new EarlierAct(d, dealtWith, quantities) : null;
    }
}
