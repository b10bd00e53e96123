using System.Globalization;
using System.Text;
using System.Text.Json;
using Breakcard.Core.Errors;
using Breakcard.Core.People;

namespace Breakcard.Core.Judgments;

/// <summary>
/// The JSON form of <see cref="JudgmentRecord"/>: what <c>breakcard judgments extract</c> writes
/// (one object per line) and what gold-label files hold (an array, one element per judgment in
/// the document file). Property names and value forms are documented in docs/judgments.md.
/// Empty fields are written as <c>null</c> so that "not stated" is visible; a missing property
/// reads as null. Money is a JSON number of yuan with two decimals, converted exactly from fen.
/// </summary>
public static class JudgmentJson
{
    /// <summary>Writes one record as a JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, JudgmentRecord record)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);
        writer.WriteStartObject();
        writer.WriteString("source", record.Source);
        WriteString(writer, "court", record.Court);
        WriteString(writer, "case_number", record.CaseNumber?.ToString());
        WriteString(writer, "date", record.Date?.ToString(Events.EventSchema.DateFormat, CultureInfo.InvariantCulture));
        writer.WriteStartArray("defendants");
        foreach (var d in record.Defendants)
        {
            WriteDefendant(writer, d);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("warnings");
        foreach (var w in record.Warnings)
        {
            writer.WriteStringValue(w);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>One record as JSON text (one line unless <paramref name="indented"/>), with CJK characters unescaped.</summary>
    public static string ToJson(JudgmentRecord record, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options(indented)))
        {
            Write(writer, record);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Several records as an indented JSON array (the gold-label file form).</summary>
    public static string ToJsonArray(IEnumerable<JudgmentRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options(indented: true)))
        {
            writer.WriteStartArray();
            foreach (var r in records)
            {
                Write(writer, r);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>
    /// Reads records from JSON text: an array of objects, a single object, or JSON Lines.
    /// Throws <see cref="InvalidInputException"/> naming <paramref name="sourceName"/>, the record
    /// (line for JSON Lines, element number for an array) and the field at fault.
    /// </summary>
    public static IReadOnlyList<JudgmentRecord> ReadAll(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        var trimmed = json.AsSpan().TrimStart();
        if (trimmed.IsEmpty)
        {
            return [];
        }

        var records = new List<JudgmentRecord>();
        if (trimmed[0] == '[')
        {
            using var doc = Parse(json, sourceName, null);
            var index = 0;
            foreach (var element in doc.RootElement.EnumerateArray())
            {
                index++;
                records.Add(Read(element, sourceName, index));
            }

            return records;
        }

        var lineNumber = 0;
        foreach (var line in json.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = Parse(line, sourceName, lineNumber);
            records.Add(Read(doc.RootElement, sourceName, lineNumber));
        }

        return records;
    }

    /// <summary>Reads one record from a JSON object; <paramref name="recordNumber"/> locates errors.</summary>
    public static JudgmentRecord Read(JsonElement element, string sourceName, long? recordNumber)
    {
        var ctx = new Context(sourceName, recordNumber);
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw ctx.Error(null, "expected a JSON object for a judgment");
        }

        var defendants = new List<DefendantRecord>();
        if (element.TryGetProperty("defendants", out var ds) && ds.ValueKind == JsonValueKind.Array)
        {
            foreach (var d in ds.EnumerateArray())
            {
                defendants.Add(ReadDefendant(d, ctx));
            }
        }

        var caseText = ctx.String(element, "case_number");
        CaseNumber? caseNumber = null;
        if (caseText is not null)
        {
            caseNumber = CaseNumber.TryParse(caseText, out var cn, out var error) ? cn : throw ctx.Error("case_number", error);
        }

        return new JudgmentRecord
        {
            Source = ctx.String(element, "source") ?? sourceName,
            Court = ctx.String(element, "court"),
            CaseNumber = caseNumber,
            Date = ctx.Date(element, "date"),
            Defendants = defendants,
            Warnings = ctx.Strings(element, "warnings"),
        };
    }

    private static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        // Judgments are Chinese text: keep it readable rather than \uXXXX-escaped.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static JsonDocument Parse(string json, string sourceName, long? line)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new InvalidInputException(new InputError(sourceName, line ?? (ex.LineNumber + 1), null, "not valid JSON: " + ex.Message), ex);
        }
    }

    private static void WriteDefendant(Utf8JsonWriter w, DefendantRecord d)
    {
        w.WriteStartObject();
        w.WriteString("name", d.Name);
        WriteEnum(w, "gender", d.Gender);
        WriteString(w, "birth_date", d.BirthDate?.ToString(Events.EventSchema.DateFormat, CultureInfo.InvariantCulture));
        WriteInt(w, "age_at_judgment", d.AgeAtJudgment);
        WriteString(w, "ethnicity", d.Ethnicity);
        WriteEnum(w, "education", d.Education);
        WriteEnum(w, "occupation", d.Occupation);
        WriteString(w, "occupation_text", d.OccupationText);
        WriteBool(w, "student", d.Student);
        WriteBool(w, "prior_record", d.PriorRecord);
        WriteBool(w, "recidivist", d.Recidivist);
        WriteBool(w, "minor_at_offence", d.MinorAtOffence);
        if (d.OffenceStart is { } start)
        {
            WriteString(w, "offence_start", start.ToString(Events.EventSchema.DateFormat, CultureInfo.InvariantCulture));
        }

        w.WriteStartArray("charges");
        foreach (var c in d.Charges)
        {
            w.WriteStringValue(c);
        }

        w.WriteEndArray();
        if (d.Conduct is { } conduct)
        {
            w.WriteStartArray("conduct");
            foreach (var t in JudgmentVocabulary.ToTexts(conduct))
            {
                w.WriteStringValue(t);
            }

            w.WriteEndArray();
        }
        else
        {
            w.WriteNull("conduct");
        }

        WriteQuantity(w, "bank_cards", d.BankCards);
        WriteQuantity(w, "phone_cards", d.PhoneCards);
        WriteAmount(w, "settlement", d.Settlement);
        WriteAmount(w, "illegal_gains", d.IllegalGains);
        WriteEnum(w, "sentence", d.Sentence);
        WriteInt(w, "term_months", d.TermMonths);
        WriteInt(w, "probation_months", d.ProbationMonths);
        WriteMoney(w, "fine_yuan", d.Fine);
        WriteBool(w, "surrender", d.Surrender);
        WriteBool(w, "confession", d.Confession);
        WriteBool(w, "plea_leniency", d.PleaLeniency);
        WriteBool(w, "restitution", d.Restitution);
        WriteBool(w, "accessory", d.Accessory);
        w.WriteEndObject();
    }

    private static DefendantRecord ReadDefendant(JsonElement e, Context ctx)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw ctx.Error("defendants", "expected a JSON object for each defendant");
        }

        ConductKinds? conduct = null;
        if (e.TryGetProperty("conduct", out var c) && c.ValueKind == JsonValueKind.Array)
        {
            var kinds = ConductKinds.None;
            foreach (var item in c.EnumerateArray())
            {
                var text = item.GetString() ?? "";
                kinds |= JudgmentVocabulary.TryParse(text, out ConductKinds k) ? k : throw ctx.Error("conduct", $"unknown conduct kind \"{text}\"");
            }

            conduct = kinds;
        }

        return new DefendantRecord
        {
            Name = ctx.String(e, "name") ?? throw ctx.Error("name", "every defendant needs a name"),
            Gender = ctx.Enum<Gender>(e, "gender", JudgmentVocabulary.TryParse),
            BirthDate = ctx.Date(e, "birth_date"),
            AgeAtJudgment = ctx.Int(e, "age_at_judgment"),
            Ethnicity = ctx.String(e, "ethnicity"),
            Education = ctx.Enum<Education>(e, "education", JudgmentVocabulary.TryParse),
            Occupation = ctx.Enum<Occupation>(e, "occupation", JudgmentVocabulary.TryParse),
            OccupationText = ctx.String(e, "occupation_text"),
            Student = ctx.Bool(e, "student"),
            PriorRecord = ctx.Bool(e, "prior_record"),
            Recidivist = ctx.Bool(e, "recidivist"),
            MinorAtOffence = ctx.Bool(e, "minor_at_offence"),
            OffenceStart = ctx.Date(e, "offence_start"),
            Charges = ctx.Strings(e, "charges"),
            Conduct = conduct,
            BankCards = ctx.Quantity(e, "bank_cards"),
            PhoneCards = ctx.Quantity(e, "phone_cards"),
            Settlement = ctx.Amount(e, "settlement"),
            IllegalGains = ctx.Amount(e, "illegal_gains"),
            Sentence = ctx.Enum<SentenceKind>(e, "sentence", JudgmentVocabulary.TryParse),
            TermMonths = ctx.Int(e, "term_months"),
            ProbationMonths = ctx.Int(e, "probation_months"),
            Fine = ctx.Money(e, "fine_yuan"),
            Surrender = ctx.Bool(e, "surrender"),
            Confession = ctx.Bool(e, "confession"),
            PleaLeniency = ctx.Bool(e, "plea_leniency"),
            Restitution = ctx.Bool(e, "restitution"),
            Accessory = ctx.Bool(e, "accessory"),
        };
    }

    private static void WriteString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteEnum<T>(Utf8JsonWriter w, string name, T? value) where T : struct, Enum =>
        WriteString(w, name, value is { } v ? JudgmentVocabulary.ToText(v) : null);

    private static void WriteInt(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteBool(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } v)
        {
            w.WriteBoolean(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteMoney(Utf8JsonWriter w, string name, Money? value)
    {
        w.WritePropertyName(name);
        if (value is { } m)
        {
            w.WriteRawValue(m.ToYuanString(), skipInputValidation: true);
        }
        else
        {
            w.WriteNullValue();
        }
    }

    private static void WriteAmount(Utf8JsonWriter w, string name, Amount? value)
    {
        WriteMoney(w, name + "_yuan", value?.Value);
        WriteBool(w, name + "_at_least", value?.AtLeast);
    }

    private static void WriteQuantity(Utf8JsonWriter w, string name, Quantity? value)
    {
        WriteInt(w, name, value?.Value);
        WriteBool(w, name + "_at_least", value?.AtLeast);
    }

    /// <summary>Reading helpers that locate every error.</summary>
    private readonly record struct Context(string Source, long? Record)
    {
        public InvalidInputException Error(string? field, string reason) => new(new InputError(Source, Record, field, reason));

        public string? String(JsonElement e, string name) =>
            !e.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null ? null
            : p.ValueKind == JsonValueKind.String ? p.GetString() : throw Error(name, "expected a string");

        public IReadOnlyList<string> Strings(JsonElement e, string name)
        {
            if (!e.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
            {
                return [];
            }

            if (p.ValueKind != JsonValueKind.Array)
            {
                throw Error(name, "expected an array of strings");
            }

            var list = new List<string>();
            foreach (var item in p.EnumerateArray())
            {
                list.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : throw Error(name, "expected an array of strings"));
            }

            return list;
        }

        public bool? Bool(JsonElement e, string name) =>
            !e.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null ? null
            : p.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Error(name, "expected true, false or null"),
            };

        public int? Int(JsonElement e, string name) =>
            !e.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null ? null
            : p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var v) ? v : throw Error(name, "expected a whole number");

        public DateOnly? Date(JsonElement e, string name)
        {
            var text = String(e, name);
            return text is null ? null
                : DateOnly.TryParseExact(text, Events.EventSchema.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? d : throw Error(name, "expected a date as yyyy-MM-dd");
        }

        public Money? Money(JsonElement e, string name)
        {
            if (!e.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (p.ValueKind != JsonValueKind.Number)
            {
                throw Error(name, "expected a number of yuan");
            }

            return Breakcard.Core.Money.TryParseYuan(p.GetRawText(), out var m, out var error) ? m : throw Error(name, error);
        }

        public Amount? Amount(JsonElement e, string name) =>
            Money(e, name + "_yuan") is { } m ? new Amount(m, Bool(e, name + "_at_least") ?? false) : null;

        public Quantity? Quantity(JsonElement e, string name) =>
            Int(e, name) is { } v ? new Quantity(v, Bool(e, name + "_at_least") ?? false) : null;

        public T? Enum<T>(JsonElement e, string name, TryParser<T> parse) where T : struct, System.Enum
        {
            var text = String(e, name);
            return text is null ? null : parse(text, out var v) ? v : throw Error(name, $"unknown value \"{text}\"");
        }
    }

    private delegate bool TryParser<T>(string text, out T value);
}
