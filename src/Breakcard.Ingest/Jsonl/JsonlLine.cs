using System.Text.Json;

namespace Breakcard.Ingest.Jsonl;

/// <summary>
/// The properties of one events.jsonl line, read with <see cref="Utf8JsonReader"/> into slots:
/// strings are materialised only for properties that become event strings; times and coded
/// values are copied into reusable character buffers. Reused for every line.
/// </summary>
internal sealed class JsonlLine
{
    private readonly string?[] _strings = new string?[JsonlProperties.Count];
    private readonly long[] _numbers = new long[JsonlProperties.Count];
    private readonly bool[] _isNumber = new bool[JsonlProperties.Count];
    private readonly char[][] _codes = [new char[64], new char[64], new char[64], new char[64]];
    private readonly int[] _codeLength = new int[4];

    /// <summary>Bit mask of the properties present (null values included).</summary>
    public int Present { get; private set; }

    /// <summary>Bit mask of the properties present with a null value.</summary>
    public int Nulls { get; private set; }

    /// <summary>Set when parsing failed: the reason, the property at fault (or null) and the detail.</summary>
    public (RejectReason Reason, string? Property, string Detail) Problem { get; private set; }

    public bool Has(JsonlProperty p) => (Present & (1 << (int)p)) != 0 && (Nulls & (1 << (int)p)) == 0;

    public string? String(JsonlProperty p) => _strings[(int)p];

    public bool IsNumber(JsonlProperty p) => _isNumber[(int)p];

    public long Number(JsonlProperty p) => _numbers[(int)p];

    /// <summary>A short coded value (type, time, channel, kind) copied into a buffer; empty when absent or too long.</summary>
    public ReadOnlySpan<char> Code(JsonlProperty p) => CodeSlot(p) is var slot and >= 0 ? _codes[slot].AsSpan(0, _codeLength[slot]) : [];

    /// <summary>Parses <paramref name="utf8"/>; false with <see cref="Problem"/> set when it is not one flat JSON object of known properties.</summary>
    public bool TryParse(ReadOnlySpan<byte> utf8)
    {
        Present = 0;
        Nulls = 0;
        Array.Clear(_strings);
        Array.Clear(_isNumber);
        Array.Clear(_codeLength);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 2 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return Fail(RejectReason.Malformed, null, "the line is not a JSON object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var index = JsonlProperties.Find(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
                if (index < 0 || reader.ValueIsEscaped)
                {
                    var name = reader.GetString()!;
                    index = JsonlProperties.Find(System.Text.Encoding.UTF8.GetBytes(name));
                    if (index < 0)
                    {
                        return Fail(RejectReason.UnknownProperty, null, $"unknown property \"{(name.Length > 40 ? name[..40] + "…" : name)}\"");
                    }
                }

                var bit = 1 << index;
                var property = (JsonlProperty)index;
                if ((Present & bit) != 0)
                {
                    return Fail(RejectReason.UnknownProperty, JsonlProperties.NameOf(property), "the property is given twice");
                }

                Present |= bit;
                reader.Read();
                if (!Store(ref reader, property, bit))
                {
                    return false;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject)
            {
                return Fail(RejectReason.Malformed, null, "the line is not a flat JSON object");
            }

            // Anything after the object (a second value) makes this Read throw.
            return !reader.Read() || Fail(RejectReason.Malformed, null, "more than one JSON value on the line");
        }
        catch (JsonException ex)
        {
            var message = ex.Message;
            var cut = message.IndexOf(" LineNumber", StringComparison.Ordinal);
            return Fail(RejectReason.Malformed, null, "not valid JSON: " + (cut > 0 ? message[..cut].TrimEnd() : message));
        }
    }

    private bool Store(ref Utf8JsonReader reader, JsonlProperty property, int bit)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                Nulls |= bit;
                return true;
            case JsonTokenType.Number:
                if (!reader.TryGetInt64(out var n))
                {
                    return Fail(property == JsonlProperty.AmountFen ? RejectReason.InvalidAmount : RejectReason.InvalidDuration,
                        JsonlProperties.NameOf(property), "must be a whole number");
                }

                _numbers[(int)property] = n;
                _isNumber[(int)property] = true;
                return true;
            case JsonTokenType.String:
                var slot = CodeSlot(property);
                if (slot >= 0)
                {
                    var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
                    _codeLength[slot] = length <= _codes[slot].Length ? reader.CopyString(_codes[slot]) : 0;
                    if (length > _codes[slot].Length)
                    {
                        return Fail(RejectReason.Malformed, JsonlProperties.NameOf(property), "the value is too long");
                    }
                }
                else
                {
                    _strings[(int)property] = reader.GetString();
                }

                return true;
            default:
                return Fail(RejectReason.Malformed, JsonlProperties.NameOf(property), "must be a string, a number or null, not an object or array");
        }
    }

    private static int CodeSlot(JsonlProperty p) => p switch
    {
        JsonlProperty.Type => 0,
        JsonlProperty.Time => 1,
        JsonlProperty.Channel => 2,
        JsonlProperty.Kind => 3,
        _ => -1,
    };

    private bool Fail(RejectReason reason, string? property, string detail)
    {
        Problem = (reason, property, detail);
        return false;
    }
}
