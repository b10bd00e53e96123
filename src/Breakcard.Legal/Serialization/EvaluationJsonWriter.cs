using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Breakcard.Legal.Evaluation;
using Breakcard.Legal.Facts;
using Breakcard.Legal.Internal;
using Breakcard.Legal.Sources;

namespace Breakcard.Legal.Serialization;

/// <summary>
/// Writes a <see cref="LegalEvaluation"/> as machine-readable JSON (schema
/// <see cref="SchemaId"/>, documented in <c>docs/legal.md</c>): snake_case names, amounts in fen,
/// dates yyyy-MM-dd, every rule with its citation, effective date and label. Thread safe.
/// </summary>
public static class EvaluationJsonWriter
{
    /// <summary>Value of the output's <c>schema</c> field.</summary>
    public const string SchemaId = "breakcard.legal.evaluation/1";

    // Output goes to files and terminals, never into HTML, so Chinese text and ¥ stay readable.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The evaluation as an indented JSON document.</summary>
    public static string ToJson(LegalEvaluation evaluation)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, evaluation);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the evaluation as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, LegalEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(evaluation);
        var c = evaluation.Conclusion;
        writer.WriteStartObject();
        writer.WriteString("schema", SchemaId);
        writer.WriteString("case_ref", evaluation.Facts.CaseReference);
        writer.WriteString("conduct_date", Amounts.Format(evaluation.Facts.ConductDate));
        writer.WriteString("outcome", Snake(c.Outcome.ToString()));
        writer.WriteString("serious_circumstances", Snake(c.Serious.ToString()));
        if (c.Paragraph is { } paragraph)
        {
            writer.WriteNumber("paragraph", paragraph);
        }
        else
        {
            writer.WriteNull("paragraph");
        }

        Strings(writer, "basis", c.Basis);
        writer.WriteBoolean("basis_only_secondary_or_provisional", c.BasisOnlySecondaryOrProvisional);
        Strings(writer, "reasons", c.Reasons);
        WriteAggregation(writer, evaluation.Conduct);
        WriteCriteria(writer, evaluation);
        WriteKnowledge(writer, evaluation.Knowledge);
        WritePenalty(writer, evaluation.Penalty);
        WriteSanctions(writer, evaluation);
        Objects(writer, "other_crimes", evaluation.OtherCrimes, o =>
        {
            writer.WriteString("indicator", FactsNames.Of(o.Indicator));
            writer.WriteString("crime", o.Crime);
            writer.WriteString("text", o.Text);
            SourceRef(writer, o.Source);
        });
        Objects(writer, "sources", evaluation.Sources, s =>
        {
            writer.WriteString("citation", s.Citation);
            writer.WriteString("document", s.Document.Title);
            writer.WriteString("document_zh", s.Document.ChineseTitle);
            writer.WriteString("effective_from", s.EffectiveFromText);
            writer.WriteString("label", s.Label);
            writer.WriteString("effective_date_basis", s.Document.EffectiveDateBasis);
            writer.WriteString("note", s.Note);
        });
        Strings(writer, "notes", evaluation.Notes);
        writer.WriteEndObject();
    }

    private static void WriteAggregation(Utf8JsonWriter writer, AggregatedConduct conduct)
    {
        writer.WriteStartObject("aggregation");
        Objects(writer, "acts", conduct.Acts, act =>
        {
            writer.WriteString("date", Amounts.Format(act.Date));
            writer.WriteBoolean("conduct_act", act.IsConductAct);
            writer.WriteBoolean("included", act.Included);
            writer.WriteString("reason", act.Reason);
        });
        Partial(writer, "objects_helped", conduct.ObjectsHelped.Known, conduct.ObjectsHelped.KnownParts, conduct.ObjectsHelped.UnknownParts);
        Partial(writer, FactsSchema.Settlement, conduct.Settlement);
        Partial(writer, FactsSchema.AdvertisingFunds, conduct.AdvertisingFunds);
        Partial(writer, FactsSchema.IllegalGains, conduct.IllegalGains);
        Partial(writer, "counted_inflow_fen", conduct.CountedInflow);
        Partial(writer, FactsSchema.VerifiedFraud, conduct.VerifiedFraudMoney);
        writer.WriteEndObject();
    }

    private static void WriteCriteria(Utf8JsonWriter writer, LegalEvaluation evaluation) =>
        Objects(writer, "criteria", evaluation.Criteria, r =>
        {
            writer.WriteString("id", r.Id);
            writer.WriteString("title", r.Info.Title);
            writer.WriteString("group", Snake(r.Info.Group.ToString()));
            writer.WriteString("status", Snake(r.Status.ToString()));
            writer.WriteString("decisive", r.Decisive);
            SourceRef(writer, r.Info.Source);
        });

    private static void WriteKnowledge(Utf8JsonWriter writer, KnowledgeAssessment knowledge)
    {
        writer.WriteStartObject("knowledge");
        writer.WriteString("finding", Snake(knowledge.Finding.ToString()));
        writer.WriteString("explanation", knowledge.Explanation);
        Objects(writer, "presumptions", knowledge.Presumptions, p =>
        {
            writer.WriteString("indicator", p.Indicator is { } i ? FactsNames.Of(i) : null);
            writer.WriteString("text", p.Text);
            writer.WriteBoolean("in_force", p.InForce);
            SourceRef(writer, p.Source);
        });
        writer.WriteEndObject();
    }

    private static void WritePenalty(Utf8JsonWriter writer, PenaltyRange? penalty)
    {
        if (penalty is null)
        {
            writer.WriteNull("penalty");
            return;
        }

        writer.WriteStartObject("penalty");
        writer.WriteNumber("min_imprisonment_months", penalty.MinImprisonmentMonths);
        writer.WriteNumber("max_imprisonment_months", penalty.MaxImprisonmentMonths);
        writer.WriteNumber("min_detention_months", penalty.MinDetentionMonths);
        writer.WriteNumber("max_detention_months", penalty.MaxDetentionMonths);
        NullableNumber(writer, "minimum_fine_fen", penalty.MinimumFine?.Fen);
        NullableNumber(writer, "age_at_conduct_date", penalty.AgeAtConductDate);
        if (penalty.MinorAtConductDate is { } minor)
        {
            writer.WriteBoolean("minor_at_conduct_date", minor);
        }
        else
        {
            writer.WriteNull("minor_at_conduct_date");
        }

        Objects(writer, "terms", penalty.Terms, t =>
        {
            writer.WriteString("text", t.Text);
            SourceRef(writer, t.Source);
        });
        writer.WriteEndObject();
    }

    private static void WriteSanctions(Utf8JsonWriter writer, LegalEvaluation evaluation) =>
        Objects(writer, "administrative_sanctions", evaluation.AdministrativeSanctions, s =>
        {
            writer.WriteString("id", s.Id);
            writer.WriteString("status", Snake(s.Status.ToString()));
            writer.WriteString("why", s.Why);
            writer.WriteString("detention", s.Detention);
            if (s.Fine is { } fine)
            {
                writer.WriteStartObject("fine");
                NullableNumber(writer, "minimum_fen", fine.Minimum?.Fen);
                writer.WriteNumber("maximum_fen", fine.Maximum.Fen);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("fine");
            }

            writer.WriteString("fine_basis", s.FineBasis);
            Strings(writer, "notes", s.Notes);
            SourceRef(writer, s.Source);
        });

    /// <summary>An array named <paramref name="name"/> with one object per item, filled by <paramref name="write"/>.</summary>
    private static void Objects<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<T> write)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            write(item);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void SourceRef(Utf8JsonWriter writer, LegalSource source)
    {
        writer.WriteStartObject("source");
        writer.WriteString("citation", source.Citation);
        writer.WriteString("effective_from", source.EffectiveFromText);
        writer.WriteString("label", source.Label);
        writer.WriteEndObject();
    }

    private static void Partial(Utf8JsonWriter writer, string name, PartialAmount amount) =>
        Partial(writer, name, amount.Known.Fen, amount.KnownParts, amount.UnknownParts);

    private static void Partial(Utf8JsonWriter writer, string name, long known, int knownParts, int unknownParts)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("known", known);
        writer.WriteNumber("known_parts", knownParts);
        writer.WriteNumber("unknown_parts", unknownParts);
        writer.WriteEndObject();
    }

    private static void NullableNumber(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var v in values)
        {
            writer.WriteStringValue(v);
        }

        writer.WriteEndArray();
    }

    private static string Snake(string pascal) => JsonNamingPolicy.SnakeCaseLower.ConvertName(pascal);
}
