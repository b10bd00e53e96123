using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Breakcard.Legal.Facts;
using S = Breakcard.Legal.Facts.FactsSchema;

namespace Breakcard.Cases.Evaluation;

/// <summary>
/// Writes <see cref="ConductFacts"/> as a facts file (<c>breakcard.legal.facts/1</c>, the schema
/// <see cref="Legal.Serialization.FactsJsonReader"/> reads), so facts derived from a case can be
/// stored with its evaluation, or written out for a user to complete. Unknown values are left
/// out (unknown, not zero). Thread safe.
/// </summary>
public static class FactsJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The facts as an indented JSON document.</summary>
    public static string ToJson(ConductFacts facts, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString(S.Schema, S.SchemaId);
            Text(w, S.CaseReference, facts.CaseReference);
            Text(w, S.Note, note);
            w.WriteString(S.ConductDate, Date(facts.ConductDate));
            w.WriteStartObject(S.Defendant);
            w.WriteString(S.DefendantKind, FactsNames.Of(facts.Defendant.Kind));
            if (facts.Defendant.BirthDate is { } birth)
            {
                w.WriteString(S.BirthDate, Date(birth));
            }

            w.WriteEndObject();
            Enums(w, S.HelpKinds, facts.HelpKinds);
            Bool(w, S.HelpedCrimeVerified, facts.HelpedCrimeVerified);
            Bool(w, S.HelpedTelecomFraud, facts.HelpedTelecomFraud);
            Quantities(w, facts.Act);
            if (!facts.PriorPenalties.IsDefaultOrEmpty)
            {
                w.WriteStartArray(S.PriorPenalties);
                foreach (var p in facts.PriorPenalties)
                {
                    w.WriteStartObject();
                    w.WriteString(S.PenaltyDate, Date(p.Date));
                    w.WriteString(S.PenaltyGround, FactsNames.Of(p.Ground));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            if (facts.HelpedCrimeConsequences is { } consequences)
            {
                w.WriteString(S.Consequences, FactsNames.Of(consequences));
            }

            Text(w, S.OtherSeriousCircumstance, facts.OtherSeriousCircumstance);
            if (facts.RealNameVerificationHelp)
            {
                w.WriteBoolean(S.RealNameVerificationHelp, true);
            }

            Knowledge(w, facts);
            if (!facts.OtherCrimeIndicators.IsDefaultOrEmpty)
            {
                Enums(w, S.OtherCrimeIndicators, facts.OtherCrimeIndicators);
            }

            if (!facts.EarlierActs.IsDefaultOrEmpty)
            {
                w.WriteStartArray(S.EarlierActs);
                foreach (var act in facts.EarlierActs)
                {
                    w.WriteStartObject();
                    w.WriteString(S.ActDate, Date(act.Date));
                    if (act.DealtWith)
                    {
                        w.WriteBoolean(S.DealtWith, true);
                    }

                    Quantities(w, act.Quantities);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void Knowledge(Utf8JsonWriter w, ConductFacts facts)
    {
        if (facts.KnowledgeIndicators.IsDefaultOrEmpty && facts.OtherKnowledgeCircumstance is null && !facts.KnowledgeAdmitted && !facts.ContraryEvidenceOfKnowledge)
        {
            return;
        }

        w.WriteStartObject(S.Knowledge);
        if (!facts.KnowledgeIndicators.IsDefaultOrEmpty)
        {
            Enums(w, S.KnowledgeIndicators, facts.KnowledgeIndicators);
        }

        Text(w, S.OtherKnowledgeCircumstance, facts.OtherKnowledgeCircumstance);
        if (facts.KnowledgeAdmitted)
        {
            w.WriteBoolean(S.KnowledgeAdmitted, true);
        }

        if (facts.ContraryEvidenceOfKnowledge)
        {
            w.WriteBoolean(S.ContraryEvidence, true);
        }

        w.WriteEndObject();
    }

    private static void Quantities(Utf8JsonWriter w, ActQuantities q)
    {
        if (q.ObjectsHelped is { } objects)
        {
            w.WriteNumber(S.ObjectsHelped, objects);
        }

        Fen(w, S.Settlement, q.Settlement);
        Fen(w, S.AdvertisingFunds, q.AdvertisingFunds);
        Fen(w, S.IllegalGains, q.IllegalGains);
        if (!q.Cards.IsDefaultOrEmpty)
        {
            w.WriteStartArray(S.Cards);
            foreach (var c in q.Cards)
            {
                w.WriteStartObject();
                w.WriteString(S.CardKind, FactsNames.Of(c.Kind));
                w.WriteString(S.CardHolder, FactsNames.Of(c.Holder));
                w.WriteString(S.CardDealing, FactsNames.Of(c.Dealing));
                w.WriteNumber(S.CardCount, c.Count);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (q.Inflow is { } inflow)
        {
            w.WriteStartObject(S.Inflow);
            w.WriteNumber(S.OneWayInflow, inflow.OneWayInflow.Fen);
            Fen(w, S.VerifiedFraud, inflow.VerifiedFraudMoney);
            w.WriteNumber(S.LawfullyExplained, inflow.LawfullyExplained.Fen);
            w.WriteEndObject();
        }
    }

    private static void Enums<T>(Utf8JsonWriter w, string name, ImmutableArray<T> values) where T : struct, Enum
    {
        w.WriteStartArray(name);
        foreach (var v in values.IsDefault ? [] : values)
        {
            w.WriteStringValue(FactsNames.Of(v));
        }

        w.WriteEndArray();
    }

    private static void Fen(Utf8JsonWriter w, string name, Core.Money? money)
    {
        if (money is { } m)
        {
            w.WriteNumber(name, m.Fen);
        }
    }

    private static void Bool(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } v)
        {
            w.WriteBoolean(name, v);
        }
    }

    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
